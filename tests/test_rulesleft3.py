"""Rule answers the closing notes left open (rulesleft3), each test citing the rule text it
reads (part 0 of the rule book, the brief, B*; parts 1-2, R* and D*)."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.errors import UnknownNameError

READINGS = ("brief", "official", "brief-at-least-100")
DAY = "2024-06-03"

# ------------------------------------------------ 1. ResolvedRules.platform agrees with the CLI


def _cli(*argv: str) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of ``ipprules ARGV``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _cli_platform(name: str, reading: str) -> tuple[int, dict[str, Any]]:
    argv = ["rules", "platform", name, "--as-of", DAY, "--interpretation", reading]
    code, out, _ = _cli(*argv, "--format", "json")
    return code, json.loads(out) if code == 0 else {}


@pytest.mark.parametrize("reading", ["brief", "brief-at-least-100"])
def test_platform_xianyu_is_taobaos_record_with_the_b1_note(reading: str) -> None:
    """B1: "Xianyu (Taobao's second-hand market) is filed by selecting Taobao". The CLI's
    ``rules platform xianyu`` answers with Taobao's rules and a note (rulesleft2); the Python
    API raised UnknownNameError. It now answers as the CLI does, the note in the record."""
    rules = default_rulebook().as_of(DAY, reading)
    record = rules.platform("xianyu")
    assert record.id == "taobao"
    assert record.note.startswith(
        "xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao (B1), so these "
        "are taobao's rules (differs under: official)"
    )
    assert record.storefront_complaints is rules.platform("taobao").storefront_complaints
    with pytest.raises(UnknownNameError, match="is filed as taobao"):
        rules.platform("xianyu", filed_as=False)  # a platform of its own: refused, with why


def test_platform_xianyu_under_official_is_still_refused() -> None:
    """R33: "Xianyu: no retrievable source confirms it as an IPP complaint target. This is a
    gap" (D11): under ``official`` the API refuses it, naming the readings that file it."""
    rules = default_rulebook().as_of(DAY, "official")
    with pytest.raises(UnknownNameError, match=r"not documented \(differs under: brief"):
        rules.platform("xianyu")


_NAMES = ("xianyu", "taobao", "lazada_sg", "lazada", "tmall_global", "goofish")


@settings(max_examples=8)
@given(name=st.sampled_from(_NAMES), reading=st.sampled_from(READINGS))
@example(name="xianyu", reading="brief")
@example(name="xianyu", reading="official")
def test_the_api_and_the_cli_answer_a_platform_name_alike(name: str, reading: str) -> None:
    """B1, R33, D11: ``rules platform NAME`` (the decided behaviour) and
    ``ResolvedRules.platform(NAME)`` answer the same names with the same platform, and refuse
    the same names; where the CLI notes the marketplace, the record's note says the same."""
    rules = default_rulebook().as_of(DAY, reading)
    code, out = _cli_platform(name, reading)
    try:
        record = rules.platform(name)
    except UnknownNameError:
        assert code == 2
        return
    assert code == 0
    assert out["data"]["platform"]["id"] == record.id
    for note in out["notes"]:
        if note.startswith(f"{name} is not an IPP platform"):
            assert record.note.startswith(note)


# ------------------------------------- 2. the counterfeit class on Lazada: inferred (R88)

LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")


@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("platform", ["lazada_sg", "lazada_vn"])
def test_the_counterfeit_class_on_lazada_is_inferred(platform: str, reading: str) -> None:
    """R88: "Lazada non-compliance points: counterfeit up to 16, content (text or image)
    infringement 1, patent up to 6, registered design up to 6" - points per kind, no class
    named. The counterfeit codes said their class "serious" was sourced there (third-party,
    "via R88"); where the text names no class it is inferred, and advise says so."""
    import ipprules

    advice = ipprules.advise(
        "trademark", platform, facts=["counterfeit_product"], as_of=DAY, interpretation=reading
    )
    found = {s.code: s for s in advice.admissible}
    for code in ("tm_counterfeit", "tm_counterfeit_test_purchase"):
        assert found[code].severity.value == "serious"
        assert found[code].severity_confidence == "inferred"
        assert f"inferred on {platform}" in found[code].why
    # AliExpress names the class (R51, serious (b)): not inferred there
    other = ipprules.advise("trademark", "aliexpress", facts=["counterfeit_product"], as_of=DAY)
    assert {s.code: s for s in other.admissible}["tm_counterfeit"].severity_confidence != (
        "inferred"
    )


_KINDS = ("counterfeit", "content", "patent", "registered_design")


@settings(max_examples=12)
@given(
    platform=st.sampled_from(LAZADA),
    kinds=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=5),
    reading=st.sampled_from(READINGS),
)
@example(platform="lazada_sg", kinds=["counterfeit"], reading="brief")
@example(platform="lazada_ph", kinds=["content", "patent"], reading="official")
@example(platform="lazada_th", kinds=["counterfeit"] * 3, reading="brief")
def test_lazada_penalties_say_the_serious_class_is_inferred_and_the_points_are_r88s(
    platform: str, kinds: list[str], reading: str
) -> None:
    """R88 gives the points and names no class: the penalty record's serious kinds are
    inferred (the serious figure's basis and a note say so whenever a counterfeit is counted),
    its points stay sourced (third-party, R88), and the closure rests on them alone: the same
    violations close the account exactly when their points reach 48."""
    from datetime import date, timedelta

    from ipprules.penalties import Violation, penalty_standing

    day = date(2024, 5, 1)
    points = {"counterfeit": 16, "content": 1, "patent": 6, "registered_design": 6}
    violations = [Violation(on=day, kind=k, points=points[k]) for k in kinds]  # one day:
    view = default_rulebook().as_of(DAY, reading)  # all in force (Lazada's validity: a gap)
    s = penalty_standing(violations, platform, day + timedelta(days=3), rulebook=view)
    assert s.rule.confidence.value == "third-party" and "R88" in s.rule.rules
    assert s.serious.basis[0] == "serious_kinds=counterfeit (inferred)"
    noted = [n for n in s.notes if n.startswith(f"which violations are serious on {platform}")]
    assert bool(noted) == ("counterfeit" in kinds)
    if noted:
        assert "is inferred" in noted[0] and "R88" in noted[0]
    assert (s.closed.value == "yes") == (sum(points[k] for k in kinds) >= 48)


# ------------------------- 4. an agent-category account filing a right in its own name (R10)

AGENT_NAME = "Brand Guard Ltd."
AGENT = {
    "name": AGENT_NAME,
    "location": "elsewhere",
    "category": "agent",
    "identity": "enterprise",
    "incorporated": "HK",
    "documents": [
        {
            "kind": "business_registration",
            "name": AGENT_NAME,
            "language": "en",
            "valid_until": "2027-06-30",
        }
    ],
}


def _own_right(registrant: str) -> dict[str, Any]:
    return {
        "id": "r",
        "ipr_type": "trademark",
        "place": "CN",
        "name": "GUARD",
        "number": "31234567",
        "registration_date": "2019-06-14",
        "expiry_date": "2029-06-13",
        "classes": [9],
        "registrant": registrant,
        "documents": [{"kind": "trademark_certificate", "colour": True, "language": "zh"}],
    }


def _agent_plan(registrant: str) -> Any:
    from ipprules.checks import plan_from_data

    complaint = {
        "id": "c",
        "platform": "taobao",
        "right": "r",
        "reason": "tm_counterfeit",
        "supplement": "The listing sells counterfeit goods bearing the mark.",
        "listings": ["https://item.taobao.com/item.htm?id=606832683299"],
    }
    return plan_from_data(
        {"account": AGENT, "rights": [_own_right(registrant)], "complaints": [complaint]}
    )


@settings(max_examples=10)
@given(
    registrant=st.sampled_from(
        [
            AGENT_NAME,
            "brand  guard ltd.",
            "ＢＲＡＮＤ ＧＵＡＲＤ ＬＴＤ．",
            "Lumen Optics Co., Ltd.",
        ]
    ),
    reading=st.sampled_from(READINGS),
)
@example(registrant=AGENT_NAME, reading="brief")
@example(registrant="Lumen Optics Co., Ltd.", reading="official")
def test_an_agent_filing_a_right_in_its_own_name_needs_no_letter(
    registrant: str, reading: str
) -> None:
    """R10: "A complainant who is not the rights holder must supply a letter of authorization";
    R11: IPP generates its template "once the IPR details are filled in and the complainant
    differs from the rights holder". An agent-category account (B4) filing a right registered
    in its own name (R5: the same name, case, spacing and full-width forms aside) is the rights
    holder: no letter is asked, by check or by coverage. A right of another holder still needs
    one (authorisation-missing)."""
    from ipprules.checks import check
    from ipprules.checks.evidence import _same_name
    from ipprules.coverage import coverage

    plan = _agent_plan(registrant)
    own = _same_name(registrant, AGENT_NAME)
    report = check(plan, as_of=DAY, interpretation=reading)
    codes = {f.code for f in report.findings}
    assert ("authorisation-missing" in codes) == (not own)
    cell = coverage(plan, as_of=DAY, interpretation=reading, platforms=["taobao"]).cell(
        "r", "taobao"
    )
    assert ("authorisation-missing" in {f.code for f in cell.findings}) == (not own)
    if own:
        assert cell.status.value == "covered"


@pytest.mark.parametrize("reading", READINGS)
def test_for_platform_answers_xianyu_as_platform_does(reading: str) -> None:
    """B1 (brief): Xianyu's rules are Taobao's, the note in the platform record; R33, D11
    (official): refused. ``for_platform`` (the data of ``rules platform``) agrees with
    ``platform``."""
    rules = default_rulebook().as_of(DAY, reading)
    if reading == "official":
        with pytest.raises(UnknownNameError):
            rules.for_platform("xianyu")
        return
    data = rules.for_platform("xianyu")
    taobao = rules.for_platform("taobao")
    assert data["platform"]["note"].startswith("xianyu is not an IPP platform")
    assert {k: v for k, v in data.items() if k != "platform"} == {
        k: v for k, v in taobao.items() if k != "platform"
    }
