"""The rule text of sections 1.4-1.5 and part 0 on them, case by case (rules37).

Each row quotes the words it checks (section and rule id), the plan it changes and what a user
of ``ipprules.check`` should get under a reading: the findings above ``info``. They were
written from ipp-rules.md before the code was run and cover what rules18-35 did least: the
limits through ``check`` (not the planner) at N-1, N and N+1 on every platform, Lazada
country and channel, Xianyu filed as Taobao (B1), reason codes on the day before, of and after
they begin (R51's 21 Jan 2015, the members' code of R50/R75 and its trial of 28 Dec 2021), a
member's code on Xianyu and off the Tao marketplaces (R79), and ``advise`` agreeing with it.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import check, plan_from_data
from ipprules.errors import CoverageError
from test_rule_text_24 import LAZADA, PLATFORMS, plan, urls

NOISE = {"document-quality-unknown", "platform-start-undated", "other-reading-finding"}
XIANYU = [f"https://www.goofish.com/item?id={1065574393669 + i}" for i in range(301)]
FORM: dict[str, Any] = {
    "account": {"registered": False},
    "complaint": {"channel": "standalone_form"},
}
MEMBER = {"good_faith": True}
TRIAL = {"good_faith": True, "good_faith_trials": [2021]}


def found(data: dict[str, Any], reading: str = "brief") -> set[tuple[str, str]]:
    """The findings above ``info`` (severity, code), without the ones no row varies."""
    report = check(plan_from_data(data), interpretation=reading)
    return {(f.severity.value, f.code) for f in report.findings if f.code not in NOISE} - {
        ("info", f.code) for f in report.findings
    }


TOO_MANY = {("error", "listings-too-many")}

ROWS: list[tuple[str, dict[str, Any], str, set[tuple[str, str]]]] = [
    (
        "B1/R43: Xianyu is filed by selecting Taobao; at most 300 per complaint (300)",
        plan("taobao", "tm_counterfeit", listings=XIANYU[:300]),
        "brief",
        set(),
    ),
    (
        "B1/R43: Xianyu filed as Taobao, 301 listings",
        plan("taobao", "tm_counterfeit", listings=XIANYU),
        "brief",
        TOO_MANY,
    ),
    (
        "B2/R44: the stand-alone form, at most 10 links (a Lazada site, inferred: 10)",
        plan("lazada_vn", "tm_counterfeit", listings=urls("lazada_vn", 10), **FORM),
        "brief",
        set(),
    ),
    (
        "B2/R44: the stand-alone form on a Lazada site, 11 links",
        plan("lazada_th", "tm_counterfeit", listings=urls("lazada_th", 11), **FORM),
        "brief",
        TOO_MANY,
    ),
    (
        "R44 (official): no source says Lazada takes the form: unknown, and 11 still too many",
        plan("lazada_sg", "tm_counterfeit", listings=urls("lazada_sg", 11), **FORM),
        "official",
        TOO_MANY | {("unknown", "channel-platform-unknown"), ("unknown", "right-place-unknown")},
    ),
    (
        "B2: Registered IPP users cannot use it",
        plan("tmall", "tm_counterfeit", complaint={"channel": "standalone_form"}),
        "brief",
        {("error", "channel-registered-account")},
    ),
    (
        "R51: AliExpress categories (policy updated 21 Jan 2015): (c) confuse or mislead, the day before",
        plan("aliexpress", "tm_misleading", as_of="2015-01-20"),
        "brief",
        {("error", "reason-unknown")},
    ),
    (
        "R51 (c) on the day the policy was updated",
        plan("aliexpress", "tm_misleading", as_of="2015-01-21"),
        "brief",
        set(),
    ),
    (
        "R50/R75: members' additional reasons, effective for all from 15 Apr 2022 (the day before)",
        plan("taobao", "gf_counterfeit_simplified", as_of="2022-04-14", account=MEMBER),
        "brief",
        {("error", "reason-unknown")},
    ),
    (
        "R50/R75: a member on 15 Apr 2022",
        plan("tmall_global", "gf_counterfeit_simplified", as_of="2022-04-15", account=MEMBER),
        "brief",
        set(),
    ),
    (
        "R50: reasons that other accounts do not have (a non-member on 15 Apr 2022)",
        plan("tmall", "gf_counterfeit_simplified", as_of="2022-04-15"),
        "brief",
        {("error", "reason-good-faith-only")},
    ),
    (
        "R75: trial from 28 Dec 2021 (a trial member, the day before)",
        plan("taobao", "gf_counterfeit_simplified", as_of="2021-12-27", account=TRIAL),
        "brief",
        {("error", "reason-unknown")},
    ),
    (
        "R75: trial from 28 Dec 2021 (a trial member on the day)",
        plan("taobao", "gf_counterfeit_simplified", as_of="2021-12-28", account=TRIAL),
        "brief",
        set(),
    ),
    (
        "R79/B1: the Tao marketplaces take the members' reasons; Xianyu is filed as Taobao",
        plan("taobao", "gf_counterfeit_simplified", listings=XIANYU[:2], account=MEMBER),
        "brief",
        set(),
    ),
    (
        "R79/D2: the Handbook limits the programme to the Tao marketplaces (Alibaba.com)",
        plan("alibaba_com", "gf_counterfeit_simplified", account=MEMBER),
        "brief",
        {("error", "reason-wrong-platform")},
    ),
]


@pytest.mark.parametrize(("words", "data", "reading", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_the_rule_text_answers(
    words: str, data: dict[str, Any], reading: str, expected: set[tuple[str, str]]
) -> None:
    """Each row: the statement quoted, the plan, the reading and the findings expected."""
    assert found(data, reading) == expected, words


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("n", "expected"), [(299, set()), (300, set()), (301, TOO_MANY)])
def test_at_most_300_listings_per_complaint_through_check(
    platform: str, n: int, expected: set[tuple[str, str]]
) -> None:
    """R43 "Maximum 300 listings per complaint (IPP account)", on every platform and Lazada site."""
    assert found(plan(platform, "tm_counterfeit", listings=urls(platform, n))) == expected


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    platform=st.sampled_from(PLATFORMS),
    n=st.integers(9, 11),
    reading=st.sampled_from(["brief", "official"]),
)
def test_at_most_10_links_on_the_stand_alone_form(platform: str, n: int, reading: str) -> None:
    """B2/R44 "at most 10 links per complaint" on the form, under both readings."""
    result = found(plan(platform, "tm_counterfeit", listings=urls(platform, n), **FORM), reading)
    assert (("error", "listings-too-many") in result) is (n > 10)


@pytest.mark.parametrize("platform", LAZADA)
def test_lazada_attachments_at_the_limits(platform: str) -> None:
    """R47 "each file at most 5 MB, at most 4 attachments" on each Lazada site, not on Taobao."""

    def filed(where: str, sizes: list[float]) -> set[tuple[str, str]]:
        evidence = [{"kind": "test_purchase_report", "language": "en", "size_mb": s} for s in sizes]
        return found(plan(where, "tm_counterfeit", complaint={"evidence": evidence}))

    assert filed(platform, [5.0] * 4) == set()
    assert ("error", "attachments-too-many") in filed(platform, [1.0] * 5)
    assert ("error", "attachment-too-large") in filed(platform, [5.01])
    assert not {c for _, c in filed("taobao", [1.0] * 5)} & {"attachments-too-many"}


def test_before_the_reason_list_of_6_jan_2015_is_not_answered() -> None:
    """R48 "A fixed list of complaint reasons was added ... on 6 Jan 2015": the day before is
    outside the rule book, said with the library's own error, never a guess."""
    with pytest.raises(CoverageError, match="2015-01-06"):
        found(plan("taobao", "tm_counterfeit", as_of="2015-01-05"))
    assert found(plan("taobao", "tm_counterfeit", as_of="2015-01-06")) == set()


@pytest.mark.parametrize(
    ("day", "trial", "member"),
    [("2021-12-28", True, True), ("2022-04-14", False, True), ("2022-04-15", False, False)],
)
def test_advise_agrees_with_check_on_the_members_code(day: str, trial: bool, member: bool) -> None:
    """R50/R75 with C4: ``advise`` offers the members' code exactly when ``check`` takes it."""
    advice = ipprules.advise("trademark", "taobao", member=member, trial=trial, as_of=day)
    offered = "gf_counterfeit_simplified" in {s.code for s in advice.admissible}
    account = TRIAL if trial else (MEMBER if member else {})
    taken = not found(plan("taobao", "gf_counterfeit_simplified", as_of=day, account=account))
    assert offered is taken


def test_xianyu_advice_is_taobao_s_under_the_brief_and_names_the_other_reading() -> None:
    """B1 "Xianyu ... is filed by selecting Taobao" (R54: Taobao's two design-patent texts);
    D11 "No retrieved source names Xianyu": the answer names the reading that differs."""
    advice = ipprules.advise("patent", "xianyu", subtype="design", as_of="2024-06-03")
    assert {s.code for s in advice.admissible} == {"pat_design_judgment", "pat_design_suspected"}
    assert "official" in advice.other_readings
    with pytest.raises(ipprules.UnknownNameError, match="not documented"):
        ipprules.advise(
            "patent", "xianyu", subtype="design", as_of="2024-06-03", interpretation="official"
        )


def _two(key: str, value: list[str]) -> dict[str, Any]:
    """A Taobao plan whose one complaint gives ``key`` a list of two, with a second right."""
    data = plan("taobao", "tm_counterfeit")
    data["rights"].append(dict(data["rights"][0], id="r2"))
    data["complaints"][0][key] = value
    return data


def test_one_right_one_reason_one_target_per_complaint() -> None:
    """R45 "One complaint relies on one IPR document"; R41 step 5 "Choose one complaint
    reason"; step 4 "Product listing" or "Store front": two rights are an error of the check,
    two reasons or two targets are refused on reading, with the JSON path."""
    assert found(_two("right", ["r1", "r2"])) == {("error", "complaint-several-rights")}
    with pytest.raises(ipprules.InputError, match=r"\$\.complaints\[0\]\.reason: one reason"):
        found(_two("reason", ["tm_counterfeit", "tm_misuse"]))
    with pytest.raises(ipprules.InputError, match=r"\$\.complaints\[0\]\.target: one target"):
        found(_two("target", ["listing", "storefront"]))


def test_a_store_url_among_listings_and_a_test_purchase_without_evidence() -> None:
    """R41 step 4 (a store front is its own complaint type) and B17 "a document (e.g. test
    purchase images) may be attached": a test-purchase reason needs its purchase's evidence."""
    mixed = [*urls("taobao", 1), "https://shop123456789.taobao.com/"]
    assert found(plan("taobao", "tm_counterfeit", listings=mixed)) == {
        ("error", "listing-wrong-kind")
    }
    assert found(plan("taobao", "tm_counterfeit_test_purchase")) == {("error", "evidence-missing")}
    two = {"order_number": "1234567890123, 2234567890123"}
    assert found(plan("taobao", "tm_counterfeit", complaint=two)) == {
        ("error", "order-number-several")
    }
