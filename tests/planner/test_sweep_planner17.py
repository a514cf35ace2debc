"""A C7 sweep of the planner against the rule text, as a reader of ipp-rules.md would test it.

Each row names the rule it checks. Through ``plan_listings`` and ``ipprules plan``: the limits
(R43/B17: 300 on the portal; R44/B2: 10 on the stand-alone form), one right (R45), one reason
and one target kind (B16, R41/R42) and one test purchase per complaint, the platforms and
where each accepts rights (B1, B12-B15), canonical de-duplication (listing-urls.md §0, §10),
every line accounted for, the dates the rules start on, the Good Faith projection (B21) and
the ready-to-paste export.
"""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from planner_accounts import make_account

from ipprules.checks import check
from ipprules.checks.model import Plan
from ipprules.cli import main
from ipprules.errors import CoverageError
from ipprules.goodfaith import History, read_history
from ipprules.planner import (
    PlanLine,
    Settings,
    Status,
    Strategy,
    export,
    plan_listings,
    project,
    read_lines,
)
from ipprules.rulebook.model import Target

DAY = "2026-11-23"
TB = "https://item.taobao.com/item.htm?id={}"
FIRST = 606832683000
HISTORY = Path(__file__).parents[2] / "examples" / "history.csv"

URLS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=690091011925",
    "1688": "https://detail.1688.com/offer/623456789012.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Widget_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004383736171.html",
    "lazada_sg": "https://www.lazada.sg/products/widget-i123456789-s987654321.html",
}


def account(**fields: object) -> Plan:
    """The planner tests' account with a Singapore mark too (B14: Lazada takes its country's)."""
    base = make_account(**fields)  # type: ignore[arg-type]
    us = next(right for right in base.rights if right.id == "tm-us")
    sg = attrs.evolve(us, id="tm-sg", place="SG")
    return attrs.evolve(base, rights=(*base.rights, sg))


def plan(lines, plan_account=None, as_of=DAY, **settings):
    return plan_listings(
        lines, plan_account or account(), as_of=as_of, settings=Settings(**settings)
    )


def taobao(count: int) -> list[str]:
    return [TB.format(FIRST + i) for i in range(count)]


def sizes(result) -> list[int]:
    return [len(p.complaint.listings) for p in result.complaints]


def conserved(result, lines: int) -> None:
    counts = result.counts()
    assert counts["planned"] + counts["duplicate"] + counts["rejected"] == lines
    assert len(result.outcomes) == lines
    assert sum(sizes(result)) == counts["planned"]


# R43/B17: at most 300 listings a complaint on the portal, filled in input order


@pytest.mark.parametrize(("count", "expected"), [(300, [300]), (301, [300, 1]), (600, [300, 300])])
def test_r43_portal_holds_300_a_complaint(count: int, expected: list[int]) -> None:
    urls = taobao(count)
    result = plan(urls, right="tm-cn", reason="tm_counterfeit")
    assert sizes(result) == expected
    planned = [url for p in result.complaints for url in p.complaint.listings]
    assert planned == urls  # fewest: input order, canonical URLs as given
    conserved(result, count)
    assert result.report.ok


# R44/B2: at most 10 links on the stand-alone form, which registered IPP users cannot use


@pytest.mark.parametrize(("count", "expected"), [(10, [10]), (11, [10, 1]), (21, [10, 10, 1])])
def test_r44_standalone_form_holds_10(count: int, expected: list[int]) -> None:
    result = plan(
        taobao(count),
        account(registered=False),
        right="tm-cn",
        reason="tm_counterfeit",
        channel="standalone_form",
    )
    assert sizes(result) == expected
    assert all(p.complaint.channel.value == "standalone_form" for p in result.complaints)
    conserved(result, count)


def test_b2_registered_users_cannot_use_the_standalone_form() -> None:
    result = plan(taobao(3), right="tm-cn", reason="tm_counterfeit", channel="standalone_form")
    assert result.counts() == {"planned": 0, "duplicate": 0, "rejected": 3}
    assert {o.code for o in result.outcomes} == {"check:channel-registered-account"}


def test_b18_protect_on_the_standalone_form_stays_within_10() -> None:
    lines = [
        PlanLine(i + 1, TB.format(FIRST + i), confidence=Fraction(1, 2 if i % 5 == 0 else 1))
        for i in range(23)
    ]
    for filed in (5, 500):  # a new filer's ramp (50) is above the form's 10: the form wins
        result = plan(
            lines,
            account(registered=False, complaints_filed=filed),
            right="tm-cn",
            reason="tm_counterfeit",
            channel="standalone_form",
            strategy=Strategy.PROTECT,
        )
        assert max(sizes(result)) <= 10
        assert [p.quarantined for p in result.complaints] == [False, False, True]
        conserved(result, 23)


# B1, B12-B15: every IPP platform, and the registrations each accepts


@pytest.mark.parametrize(
    ("platform", "right", "planned"),
    [
        ("taobao", "tm-cn", True),  # B12
        ("taobao", "tm-us", False),
        ("tmall", "tm-cn", True),
        ("tmall", "tm-us", False),
        ("tmall_global", "tm-cn", True),  # B13
        ("1688", "tm-cn", True),
        ("1688", "tm-us", False),
        ("alibaba_com", "tm-us", True),  # B15
        ("aliexpress", "tm-us", True),
        ("lazada_sg", "tm-sg", True),  # B14
        ("lazada_sg", "tm-cn", False),
        ("lazada_sg", "tm-us", False),
    ],
)
def test_b12_b15_which_registrations_each_platform_takes(
    platform: str, right: str, planned: bool
) -> None:
    result = plan([URLS[platform]], right=right, reason="tm_counterfeit")
    (outcome,) = result.outcomes
    if planned:
        assert outcome.status is Status.PLANNED
        assert result.complaints[0].complaint.platform == platform
    else:
        assert outcome.status is Status.REJECTED
        assert outcome.code == "right-place-not-accepted"
        assert platform in (outcome.message or "")


def test_b1_xianyu_is_filed_as_taobao() -> None:
    result = plan(["https://www.goofish.com/item?id=606832683301"], right="tm-cn",
                  reason="tm_counterfeit")  # fmt: skip
    assert result.complaints[0].complaint.platform == "taobao"


# B16, R41, R42: one target kind a complaint; store fronts only on the Taobao family


def test_b16_storefronts_and_listings_never_share_a_complaint() -> None:
    lines = [
        PlanLine(1, "https://shop123456.taobao.com/", reason="tm_store_misuse"),
        PlanLine(2, TB.format(606832683299), reason="tm_counterfeit"),
        PlanLine(3, "https://shop123456.taobao.com/index.htm", reason="tm_store_misuse"),
        PlanLine(4, "https://acme.tmall.com/", reason="tm_store_misuse"),
        PlanLine(5, TB.format(606832683298), reason="tm_counterfeit"),
    ]
    result = plan(lines, right="tm-cn")
    kinds = {(p.complaint.platform, p.complaint.target) for p in result.complaints}
    assert kinds == {
        ("taobao", Target.STOREFRONT),
        ("taobao", Target.LISTING),
        ("tmall", Target.STOREFRONT),
    }
    assert [o.status for o in result.outcomes].count(Status.DUPLICATE) == 1  # line 3: line 1
    conserved(result, 5)


@pytest.mark.parametrize("platform", ["aliexpress", "1688"])
def test_r42_no_storefront_complaints_off_the_taobao_family(platform: str) -> None:
    store = {
        "aliexpress": "https://www.aliexpress.com/store/1234567",
        "1688": "https://shop1234.1688.com/",
    }[platform]
    result = plan([store], right="tm-cn", reason="tm_misuse")
    assert result.outcomes[0].code == "storefront-not-allowed"


def test_r41_a_listing_url_is_not_filed_as_a_storefront() -> None:
    line = PlanLine(1, TB.format(606832683299), reason="tm_store_misuse", target=Target.STOREFRONT)
    assert plan([line], right="tm-cn").outcomes[0].code == "wrong-kind"


# R45 and B16: one right and one reason a complaint, given per line


def test_r45_several_rights_and_reasons_in_one_input() -> None:
    lines = [
        PlanLine(1, TB.format(606832683299), right="tm-cn", reason="tm_counterfeit"),
        PlanLine(2, TB.format(606832683300), right="tm-cn", reason="tm_misuse"),
        PlanLine(3, URLS["aliexpress"], right="tm-us", reason="tm_misuse"),
        PlanLine(4, URLS["aliexpress"], right="tm-cn", reason="tm_misuse"),  # another right
        PlanLine(5, URLS["aliexpress"], right="tm-cn", reason="tm_counterfeit"),  # same right
        PlanLine(6, TB.format(606832683301), right="tm-cn", reason="tm_counterfeit"),
    ]
    result = plan(lines)
    keys = [
        (p.complaint.platform, p.complaint.right, p.complaint.reason) for p in result.complaints
    ]
    assert len(keys) == len(set(keys)) == 4
    assert [(o.line, o.duplicate_of) for o in result.outcomes if o.duplicate_of] == [(5, 4)]
    assert check(result.plan, as_of=DAY).ok  # what it emits checks clean
    conserved(result, 6)


# one test purchase a complaint


def test_one_test_purchase_per_complaint() -> None:
    reason = "tm_counterfeit_test_purchase"
    lines = [
        PlanLine(1, TB.format(606832683201), reason=reason, order_number="123"),
        PlanLine(2, TB.format(606832683202), reason=reason, order_number="123"),
        PlanLine(3, TB.format(606832683203), reason=reason, order_number="0123"),
        PlanLine(4, TB.format(606832683204), reason=reason),
    ]
    result = plan(lines, right="tm-cn")
    orders = [(p.complaint.order_number, len(p.complaint.listings)) for p in result.complaints]
    assert orders == [("123", 2), ("0123", 1)]
    assert result.outcomes[3].code == "missing-order"
    conserved(result, 4)


# listing-urls.md §0 and §10: canonical forms collapse; short links are never merged


def test_forms_of_one_listing_are_one_listing() -> None:
    forms = [
        TB.format(606832683299),
        "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
        "https://item.taobao.com/item.htm?spm=a1z10&id=606832683299&ns=1#detail",
        "http://item.taobao.com/item.htm?id=606832683299&amp;spm=x",
        "item.taobao.com/item.htm?id=606832683299",
        "【淘宝】「title」 https://item.taobao.com/item.htm?id=606832683299 CZ356",
        URLS["aliexpress"],
        "https://m.aliexpress.com/item/1005004383736171.html",
        "https://www.aliexpress.us/item/1005004383736171.html?spm=a2g0o",
    ]
    result = plan(forms, right="tm-cn", reason="tm_counterfeit")
    assert result.counts() == {"planned": 2, "duplicate": 7, "rejected": 0}
    assert [p.complaint.listings for p in result.complaints] == [
        (TB.format(606832683299),),
        (URLS["aliexpress"],),
    ]


def test_short_links_are_never_merged_with_what_they_may_hide() -> None:
    short = "https://m.tb.cn/h.4CEhFr0?sm=70d491"
    result = plan([TB.format(606832683299), short, short], right="tm-cn", reason="tm_counterfeit")
    assert [(o.status, o.code) for o in result.outcomes] == [
        (Status.PLANNED, None),
        (Status.REJECTED, "listing:short-link"),
        (Status.REJECTED, "listing:short-link"),
    ]


def test_taobao_or_tmall_hosts_are_not_guessed() -> None:
    urls = [
        "https://m.intl.taobao.com/detail/detail.html?id=606832683290",
        "https://world.taobao.com/item/606832683291.htm",
    ]
    result = plan(urls, right="tm-cn", reason="tm_counterfeit")
    assert [o.code for o in result.outcomes] == ["ambiguous-platform"] * 2


def test_rejected_lines_say_why_and_every_line_is_accounted_for() -> None:
    lines = [
        "https://s.taobao.com/search?q=acme",
        "https://item.taobao.com.evil.cn/item.htm?id=606832683299",
        "https://pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299",
        "https://item.taobao.com/item.htm?id=606832683299&id=606832683298",
        TB.format(606832683299) + " " + TB.format(606832683298),
        TB.format(606832683299),
        "",
    ]
    result = plan(lines, right="tm-cn", reason="tm_counterfeit")
    codes = [o.code for o in result.outcomes]
    assert codes == [
        "listing:not-a-listing",
        "listing:lookalike-host",
        "listing:agent-site",
        "listing:conflicting-ids",
        "several-listings",
        None,
        "listing:empty",
    ]
    assert all(o.message for o in result.outcomes if o.status is Status.REJECTED)
    conserved(result, 7)


# dates: a platform or a reason code is not planned before it starts


def test_lazada_is_not_an_ipp_platform_before_2019_06_01() -> None:
    line = PlanLine(1, URLS["lazada_sg"], right="tm-sg", reason="tm_counterfeit")
    before = plan([line], as_of="2019-05-31")
    assert before.outcomes[0].code == "platform-not-in-force"
    assert "2019-06-01" in (before.outcomes[0].message or "")
    assert plan([line], as_of="2019-06-01").outcomes[0].status is Status.PLANNED


def test_r51_misleading_reason_is_not_in_force_before_2015_01_21() -> None:
    line = PlanLine(1, URLS["aliexpress"], right="tm-us", reason="tm_misleading")
    assert plan([line], as_of="2015-01-20").outcomes[0].code == "reason-not-admissible"
    assert plan([line], as_of="2015-01-21").outcomes[0].status is Status.PLANNED


def test_r48_nothing_is_planned_before_the_rule_books_coverage() -> None:
    with pytest.raises(CoverageError):
        plan(taobao(1), as_of="2015-01-05", right="tm-cn", reason="tm_counterfeit")


def test_r50_good_faith_reason_codes_are_for_members_only() -> None:
    line = PlanLine(1, TB.format(606832683299), right="tm-cn", reason="gf_counterfeit_simplified")
    refused = plan([line], as_of="2022-04-15").outcomes[0]
    assert refused.code == "reason-not-admissible"
    assert "Good Faith members" in (refused.message or "")
    member = plan([line], account(good_faith=True), as_of="2022-04-15")
    assert member.outcomes[0].status is Status.PLANNED


# B21: the projected Good Faith effect, from no history and from an account's


def test_b21_projection_without_and_with_a_history() -> None:
    lines = [PlanLine(i + 1, url, confidence=Fraction(9, 10)) for i, url in enumerate(taobao(5))]
    result = plan(lines, right="tm-cn", reason="tm_counterfeit")
    fresh = project(result)
    assert fresh.before.criterion("volume").value == 0
    assert fresh.after.criterion("volume").value == 1
    history = History.from_file(HISTORY)
    result = plan(lines, as_of="2022-12-01", right="tm-cn", reason="tm_counterfeit")
    known = project(result, history)
    assert known.before.criterion("volume").value + 1 == known.after.criterion("volume").value
    assert known.before.qualifies and known.after.qualifies


def test_b21_projection_from_history_records_says_how_to_make_a_history() -> None:
    """project(result, read_history(...)) said only 'history must be a History, got list';
    it now names the constructors, as standing and what_if do."""
    result = plan(taobao(1), right="tm-cn", reason="tm_counterfeit")
    with pytest.raises(TypeError, match=r"History\.from_file, History\.from_records"):
        project(result, read_history(HISTORY))  # type: ignore[arg-type]


# export: each batch within its channel's limit, the order kept, ready to paste


@pytest.mark.parametrize(("channel", "limit"), [("portal", 300), ("standalone_form", 10)])
def test_export_batches_are_within_the_limit_in_order(
    tmp_path: Path, channel: str, limit: int
) -> None:
    urls = taobao(limit * 2 + 3)
    result = plan(
        urls,
        account(registered=channel == "portal"),
        right="tm-cn",
        reason="tm_counterfeit",
        channel=channel,
    )
    export(result, tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    pasted: list[str] = []
    for row in manifest["complaints"]:
        batch = (tmp_path / row["file"]).read_text(encoding="utf-8").split()
        assert 0 < len(batch) <= limit and row["listings"] == len(batch)
        pasted += batch
    assert pasted == urls


def test_cli_plan_accounts_for_every_line(tmp_path: Path, capsys) -> None:
    account_file = Path(__file__).parents[2] / "examples" / "planner-account.toml"
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([*taobao(301), "https://m.tb.cn/h.4CEhFr0", taobao(1)[0]]) + "\n")
    code = main(["plan", str(urls), "--account", str(account_file), "--reason",
                 "tm_counterfeit", "--as-of", DAY, "--format", "json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # a line was rejected
    assert out["counts"] == {"planned": 301, "duplicate": 1, "rejected": 1}
    assert [len(c["listings"]) for c in out["complaints"]] == [300, 1]
    assert len(out["lines"]) == 303
    assert date.fromisoformat(out["as_of"]) == date(2026, 11, 23)


# the line's own cells, as a spreadsheet user writes them


@pytest.mark.parametrize(
    ("cell", "target"),
    [
        ("listing", Target.LISTING),
        ("Listing", Target.LISTING),
        ("Product listing", Target.LISTING),  # the IPP form's word (R41)
        ("product_listing", Target.LISTING),
        ("storefront", Target.STOREFRONT),
        ("Storefront", Target.STOREFRONT),
        ("Store front", Target.STOREFRONT),  # the IPP form's word (R41, R42)
        ("store-front", Target.STOREFRONT),
        ("STORE FRONT", Target.STOREFRONT),
    ],
)
def test_r41_target_cell_takes_the_ipp_forms_words(
    tmp_path: Path, cell: str, target: Target
) -> None:
    """R41 names the complaint types "Product listing" and "Store front"; a CSV cell holding
    them (or 'Storefront' with a capital) was refused as 'expected listing or storefront'."""
    url = "https://shop123456.taobao.com/" if target is Target.STOREFRONT else TB.format(1)
    csv = tmp_path / "urls.csv"
    csv.write_text(f"url,target\n{url},{cell}\n", encoding="utf-8")
    (line,) = read_lines(csv)
    assert line.target is target


def test_r41_target_cell_still_refuses_other_words(tmp_path: Path) -> None:
    from ipprules.errors import InputError

    csv = tmp_path / "urls.csv"
    csv.write_text("url,target\nhttps://shop123456.taobao.com/,shop\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected listing or storefront"):
        list(read_lines(csv))


def test_unknown_right_cell_names_the_nearest_right() -> None:
    """A line's right cell 'TM-CN' was 'the right 'TM-CN' is not in the plan'; the --right
    option names the nearest right, and so does the line now."""
    line = PlanLine(1, TB.format(606832683299), right="TM-CN", reason="tm_counterfeit")
    (outcome,) = plan([line]).outcomes
    assert outcome.code == "unknown-right"
    assert "did you mean 'tm-cn'?" in (outcome.message or "")


@pytest.mark.parametrize(
    ("url", "reason", "said"),
    [
        (TB.format(606832683299), "TM_COUNTERFEIT", "did you mean 'tm_counterfeit'?"),
        (TB.format(606832683299), "tm_countrfeit", "did you mean 'tm_counterfeit'?"),
        ("https://shop123456.taobao.com/", "tm_counterfeit", "admissible here: tm_store_misuse"),
        (TB.format(606832683299), "tm_store_misuse", "admissible here: tm_counterfeit"),
    ],
)
def test_b16_a_reason_not_admissible_names_the_admissible_ones(
    url: str, reason: str, said: str
) -> None:
    """B16: a wrong reason code cannot be fixed once filed; the rejection names the code
    meant, or the codes admissible for the line's right, platform and target."""
    (outcome,) = plan([PlanLine(1, url, right="tm-cn", reason=reason)]).outcomes
    assert outcome.code == "reason-not-admissible"
    assert said in (outcome.message or "")


def test_near_names_are_looked_for_a_bounded_number_of_times() -> None:
    """Each unknown right is compared with every right of the plan; a file of a million
    distinct wrong rights would make that the run's cost, so only the first 1,000 get one."""
    lines = [
        PlanLine(i + 1, TB.format(FIRST + i), right=f"TM-CN-{i}", reason="tm_counterfeit")
        for i in range(1001)
    ]
    said = ["did you mean 'tm-cn'?" in (o.message or "") for o in plan(lines).outcomes]
    assert said == [True] * 1000 + [False]


@pytest.mark.parametrize("mobile_first", [True, False])
def test_a_taobao_or_tmall_link_is_a_duplicate_only_after_its_item(mobile_first: bool) -> None:
    """listing-urls.md §1: the mobile hosts serve both sites, so alone they are not guessed;
    after the item's own link (one id space) the mobile link is that listing again. The
    lines are read once, in order (docs/planner.md says so)."""
    mobile = "https://m.intl.taobao.com/detail/detail.html?id=606832683299"
    urls = [mobile, TB.format(606832683299)] if mobile_first else [TB.format(606832683299), mobile]
    result = plan(urls, right="tm-cn", reason="tm_counterfeit")
    expected = {"planned": 1, "duplicate": 0 if mobile_first else 1}
    expected["rejected"] = 1 if mobile_first else 0
    assert result.counts() == expected
    conserved(result, 2)
