"""The rule text, case by case, at its edges (rules24): cases written from ipp-rules.md alone.

Each case quotes the few words of rule text it checks. They cover what rules18-23 did least:
the reason-code matrix per platform, IPR type and subtype, target and date (B16, R48, R50-R55,
R75), a wrong code refused with the codes that fit named (B16: "a wrong reason code cannot be
fixed"), the advisor's ranking from the facts (C4), the listing limits as the planner groups
at the limit and one over it on every platform and channel (B2, B17, B18, R43, R44), listing
kinds (storefront, short link, Xianyu filed as Taobao, another platform's listing: B1, B16,
R41, R42, D11, D13) and the test purchase's order number (B17).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import check, plan_from_data
from ipprules.errors import UnknownNameError
from ipprules.planner import PlanLine, Settings, plan_listings

LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")
TAO = ("taobao", "tmall", "tmall_global")
PLATFORMS = (*TAO, "1688", "alibaba_com", "aliexpress", *LAZADA)
_TLD = {"sg": "sg", "id": "co.id", "my": "com.my", "th": "co.th", "ph": "com.ph", "vn": "vn"}
URL = {
    "taobao": "https://item.taobao.com/item.htm?id={}",
    "tmall": "https://detail.tmall.com/item.htm?id={}",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id={}",
    "1688": "https://detail.1688.com/offer/{}.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Lamp_{}.html",
    "aliexpress": "https://www.aliexpress.com/item/{}.html",
    **{
        f"lazada_{c}": f"https://www.lazada.{t}/products/lamp-i{{}}-s98765.html"
        for c, t in _TLD.items()
    },
}
FIRST = {"1688": 612345678901, "alibaba_com": 1600123456789, "aliexpress": 1005001234567890}
NAME = "Lumen Optics Co., Ltd."
#: the IPR types and patent subtypes of B6 and R17
KINDS = (
    ("trademark", None),
    ("copyright", None),
    ("patent", "design"),
    ("patent", "utility_model"),
    ("patent", "invention"),
    ("other", None),
)
REASON_FINDINGS = ("reason-wrong-ipr-type", "reason-wrong-subtype", "reason-wrong-platform")
WRONG = (*REASON_FINDINGS, "reason-wrong-target")


def offered_in(message: str) -> list[str]:
    """The codes a wrong-reason finding names as offered: the list after the last ': ', the
    confidence marks that end the message left aside (they follow the list since rules39)."""
    return _MARKS.sub("", message).rsplit(": ", 1)[1].split(", ")


_MARKS = re.compile(r"(?: \[confidence [^\]]*\])+$")


def urls(platform: str, n: int) -> list[str]:
    first = FIRST.get(platform, 712345678901)
    return [URL[platform].format(first + i) for i in range(n)]


def place(platform: str) -> str:
    """The place B12-B14 accept on the platform (Lazada: the site's country)."""
    return platform[-2:].upper() if platform in LAZADA else "CN"


def right(platform: str, kind: str, subtype: str | None) -> dict[str, Any]:
    held: dict[str, Any] = {
        "id": "r1",
        "ipr_type": kind,
        "place": place(platform),
        "name": "LUMEN",
        "number": "31234567",
        "registrant": NAME,
        "documents": [],
    }
    if subtype is not None:
        held["subtype"] = subtype
    return held


def plan(
    platform: str,
    reason: str,
    *,
    kind: str = "trademark",
    subtype: str | None = None,
    target: str = "listing",
    listings: list[str] | None = None,
    account: dict[str, Any] | None = None,
    complaint: dict[str, Any] | None = None,
    as_of: str = "2024-06-03",
) -> dict[str, Any]:
    acc = {
        "name": NAME,
        "location": "elsewhere",
        "identity": "enterprise",
        "incorporated": "US",
        "documents": [{"kind": "business_registration", "name": NAME, "language": "en"}],
        "complaints_filed": 400,
        **(account or {}),
    }
    held = right(platform, kind, subtype)
    if kind == "trademark":
        held.update(
            registration_date="2010-01-01",
            expiry_date="2034-01-01",
            classes=[9],
            documents=[
                {
                    "kind": "trademark_certificate",
                    "colour": True,
                    "language": "zh",
                    "class_pages": [9],
                }
            ],
        )
    filed = {
        "id": "c1",
        "platform": platform,
        "right": "r1",
        "reason": reason,
        "target": target,
        "supplement": "The listing infringes the LUMEN right.",
        "listings": urls(platform, 1) if listings is None else listings,
        **(complaint or {}),
    }
    return {"as_of": as_of, "account": acc, "rights": [held], "complaints": [filed]}


def codes(data: dict[str, Any], reading: str = "brief") -> dict[str, str]:
    """The findings' codes (without the ones no case here varies) and their messages."""
    report = check(plan_from_data(data), interpretation=reading)
    noise = {"document-quality-unknown", "platform-start-undated", "other-reading-finding"}
    return {f.code: f.message for f in report.findings if f.code not in noise}


# ----------------------------------------------------------- the reason-code matrix (B16)


def offered(
    kind: str, subtype: str | None, platform: str, day: str, member: bool = False
) -> set[str]:
    """The reason codes of a listing complaint, from the rule text alone."""
    if kind == "trademark":
        # R51/R52/R55: counterfeit (serious), other improper use of the mark (general); B17:
        # the test purchase; R51 (c): AliExpress's "confuse or mislead", policy of 21 Jan 2015;
        # R50/R75: the members' additional reasons, for all from 15 Apr 2022, Tao only (R79)
        found = {"tm_counterfeit", "tm_counterfeit_test_purchase", "tm_misuse"}
        if platform == "aliexpress" and day >= "2015-01-21":
            found.add("tm_misleading")
        if member and platform in TAO and day >= "2022-04-15":
            found.add("gf_counterfeit_simplified")
        return found
    if kind == "copyright":  # R51 serious (a) piracy, R55 photographs, R52 other improper use
        return {"cr_piracy", "cr_copied_content", "cr_misuse"}
    if kind == "other":  # B10: court judgments and rights that fit no other type
        return {"other_judgment"}
    if subtype == "design":  # R54: Taobao's two design texts; R52/R55 elsewhere
        return (
            {"pat_design_judgment", "pat_design_suspected"} if platform in TAO else {"pat_design"}
        )
    return {"pat_invention"}  # R52: "infringement of a design, utility-model or invention patent"


DAYS = (
    "2015-01-06",
    "2015-01-20",
    "2015-01-21",
    "2019-05-31",
    "2019-06-01",
    "2022-04-14",
    "2022-04-15",
)


@pytest.mark.no_cover
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("kind", "subtype"), KINDS)
@pytest.mark.parametrize("day", DAYS)
def test_the_reason_codes_offered_per_platform_type_and_day(
    platform: str, kind: str, subtype: str | None, day: str
) -> None:
    """B16 "Reason codes depend on the IPR type"; R48 "A fixed list of complaint reasons was
    added ... on 6 Jan 2015"; R51 "(policy updated 21 Jan 2015)"; R54, R52, R55; R95 "Lazada
    IPP opened to the public Jun 2019" (the rule book starts it on 1 June)."""
    if platform in LAZADA and day < "2019-06-01":
        with pytest.raises(UnknownNameError, match="from 2019-06-01"):
            ipprules.advise(kind, platform, subtype=subtype, as_of=day)
        return
    advice = ipprules.advise(kind, platform, subtype=subtype, as_of=day)
    assert {s.code for s in advice.admissible} == offered(kind, subtype, platform, day)


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("day", ["2022-04-14", "2022-04-15"])
def test_a_members_additional_reason_only_on_the_tao_marketplaces(platform: str, day: str) -> None:
    """R50 "GFTM members get additional reasons (reason codes)"; R75 "effective for all rights
    holders from 15 Apr 2022"; R79 "applicable to the Tao marketplaces"."""
    advice = ipprules.advise("trademark", platform, member=True, as_of=day)
    assert {s.code for s in advice.admissible} == offered("trademark", None, platform, day, True)


#: store-front reason codes under the brief (B16: "storefront only on Taobao and Tmall,
#: including Tmall Global"; R42: "Store front when the trademark appears on the complained
#: party's store"); a patent is used in products, not on a store
STORE_BRIEF = {
    "trademark": {"tm_store_misuse"},
    "copyright": {"cr_misuse"},
    "other": {"other_judgment"},
}


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("kind", "subtype"), KINDS)
def test_storefront_reason_codes_under_each_reading(
    platform: str, kind: str, subtype: str | None
) -> None:
    """B16 (brief): store fronts on the Taobao family only; R42/D13 (official): documented in
    the Taobao-family *trademark* how-to only, elsewhere a gap (``unknown``)."""
    brief = ipprules.advise(
        kind, platform, subtype=subtype, target="storefront", as_of="2024-06-03"
    )
    official = ipprules.advise(
        kind,
        platform,
        subtype=subtype,
        target="storefront",
        as_of="2024-06-03",
        interpretation="official",
    )
    expected = STORE_BRIEF.get(kind, set()) if platform in TAO else set()
    assert {s.code for s in brief.admissible} == expected
    assert not brief.gap
    if platform not in TAO:
        assert any("no store-front complaints" in n for n in brief.notes)
    documented = platform in TAO and kind == "trademark"
    assert official.gap is not documented
    if documented:
        assert {s.code for s in official.admissible} == {"tm_store_misuse"}
        assert official.other_readings == ()
    else:  # the gap answers unknown, and each answer names the reading that differs
        assert any("not documented" in n for n in official.notes)
        assert "brief" in official.other_readings
        assert "official" in brief.other_readings or expected == {
            s.code for s in official.admissible
        }


# ------------------------------------- a wrong code is refused, naming the ones that fit (B16)

CODES = (
    "tm_counterfeit",
    "tm_counterfeit_test_purchase",
    "tm_misuse",
    "tm_store_misuse",
    "tm_misleading",
    "cr_piracy",
    "cr_copied_content",
    "cr_misuse",
    "pat_design_judgment",
    "pat_design_suspected",
    "pat_design",
    "pat_invention",
    "other_judgment",
)


@pytest.mark.no_cover
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("kind", "subtype"), KINDS)
def test_a_code_of_another_type_or_platform_names_the_codes_that_fit(
    platform: str, kind: str, subtype: str | None
) -> None:
    """B16: "Reason codes depend on the IPR type; a wrong reason code cannot be fixed: the
    complaint is rejected": every code not offered is an error whose message names the codes
    that are offered for the right's type, subtype, platform and target on the day."""
    fit = offered(kind, subtype, platform, "2024-06-03")
    for code in CODES:
        found = codes(plan(platform, code, kind=kind, subtype=subtype))
        wrong = {c: m for c, m in found.items() if c in WRONG}
        if code in fit:
            assert not wrong, (code, wrong)
            continue
        assert wrong, code
        for message in wrong.values():
            named = offered_in(message)
            assert "offered for" in message
            assert set(named) == fit, (code, message)


@settings(max_examples=60, deadline=None)
@given(
    platform=st.sampled_from(PLATFORMS),
    kind=st.sampled_from(KINDS),
    target=st.sampled_from(["listing", "storefront"]),
    reading=st.sampled_from(["brief", "official"]),
    code=st.sampled_from(CODES),
)
@example(
    platform="aliexpress",
    kind=("trademark", None),
    target="storefront",
    reading="brief",
    code="tm_store_misuse",
)
@example(
    platform="taobao",
    kind=("patent", "design"),
    target="listing",
    reading="brief",
    code="pat_design",
)
@example(
    platform="taobao",
    kind=("copyright", None),
    target="storefront",
    reading="official",
    code="cr_piracy",
)
def test_check_names_the_codes_advise_offers(
    platform: str, kind: tuple[str, str | None], target: str, reading: str, code: str
) -> None:
    """B16/C4: what ``check`` names when it refuses a code is what ``advise`` offers for the
    same right, platform, target and reading (or says that none is offered)."""
    ipr_type, subtype = kind
    advice = ipprules.advise(
        ipr_type,
        platform,
        subtype=subtype,
        target=target,
        as_of="2024-06-03",
        interpretation=reading,
    )
    data = plan(platform, code, kind=ipr_type, subtype=subtype, target=target)
    if target == "storefront":
        data["complaints"][0]["listings"] = []
    wrong = [m for c, m in codes(data, reading).items() if c in WRONG]
    fit = {s.code for s in advice.admissible}
    if code in fit:
        assert not wrong
    for message in wrong:
        if fit:
            assert set(offered_in(message)) == fit
        else:
            assert "no reason code is offered" in message


def test_cli_check_names_the_codes_offered_on_taobao(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R51 (c) is AliExpress's category: a Taobao complaint with it exits 1, and the finding
    names Taobao's trademark codes."""
    from ipprules.cli import main

    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan("taobao", "tm_misleading")), encoding="utf-8")
    assert main(["check", str(path), "--as-of", "2024-06-03", "--format", "json"]) == 1
    found = [
        f
        for f in json.loads(capsys.readouterr().out)["findings"]
        if f["code"] == "reason-wrong-platform"
    ]
    assert len(found) == 1
    assert offered_in(found[0]["message"]) == [
        "tm_counterfeit",
        "tm_counterfeit_test_purchase",
        "tm_misuse",
    ]


# ----------------------------------------------------------------- advise's ranking (C4)

RANKING = [
    # (platform, type, subtype, target, facts, member, first, text)
    *[
        (
            p,
            "trademark",
            None,
            "listing",
            ["counterfeit_product"],
            False,
            "tm_counterfeit",
            "R51 serious (b) products not authorized by the trademark owner (counterfeits)",
        )
        for p in PLATFORMS
    ],
    *[
        (
            p,
            "trademark",
            None,
            "listing",
            ["counterfeit_product", "test_purchase"],
            False,
            "tm_counterfeit_test_purchase",
            "B17 a document (e.g. test purchase images) may be attached",
        )
        for p in PLATFORMS
    ],
    (
        "taobao",
        "trademark",
        None,
        "listing",
        ["logo_in_images"],
        False,
        "tm_misuse",
        "R51 general (b) unfair use of trademark rights in the offer or sale of products",
    ),
    (
        "aliexpress",
        "trademark",
        None,
        "listing",
        ["misleading_information"],
        False,
        "tm_misleading",
        "R51 general (c) product descriptions that confuse or mislead",
    ),
    (
        "taobao",
        "trademark",
        None,
        "storefront",
        ["store_name"],
        False,
        "tm_store_misuse",
        "R42 use Store front when the trademark appears on the complained party's store",
    ),
    (
        "1688",
        "copyright",
        None,
        "listing",
        ["pirated_copies"],
        False,
        "cr_piracy",
        "R52 piracy, meaning unauthorized copies of books, e-books, software",
    ),
    (
        "aliexpress",
        "copyright",
        None,
        "listing",
        ["copied_photos"],
        False,
        "cr_copied_content",
        "R55 unauthorized use of a third party's photographs in listings",
    ),
    (
        "taobao",
        "patent",
        "design",
        "listing",
        ["design", "court_judgment"],
        False,
        "pat_design_judgment",
        "R54 (a) prove infringement by a court judgment or administrative ruling",
    ),
    (
        "taobao",
        "patent",
        "design",
        "listing",
        ["design"],
        False,
        "pat_design_suspected",
        "R54 (b) no judicial judgment or administrative ruling, but ... suspected",
    ),
    (
        "lazada_vn",
        "patent",
        "design",
        "listing",
        ["design"],
        False,
        "pat_design",
        "R55 patent or design infringement",
    ),
    (
        "alibaba_com",
        "patent",
        "utility_model",
        "listing",
        ["invention"],
        False,
        "pat_invention",
        "R52 infringement of a design, utility-model or invention patent",
    ),
    (
        "tmall",
        "trademark",
        None,
        "listing",
        ["counterfeit_product"],
        True,
        "tm_counterfeit",
        "R50 GFTM members get additional reasons, not which: the documented category leads",
    ),
    (
        "1688",
        "trademark",
        None,
        "listing",
        ["counterfeit_product"],
        True,
        "tm_counterfeit",
        "R79 the Good Faith Program applies to the Tao marketplaces",
    ),
]


@pytest.mark.parametrize(
    ("platform", "kind", "subtype", "target", "facts", "member", "first", "text"), RANKING
)
def test_advise_ranks_first_the_code_the_facts_bear(
    platform: str,
    kind: str,
    subtype: str | None,
    target: str,
    facts: list[str],
    member: bool,
    first: str,
    text: str,
) -> None:
    advice = ipprules.advise(
        kind,
        platform,
        subtype=subtype,
        target=target,
        facts=facts,
        member=member,
        as_of="2024-06-03",
    )
    assert advice.best is not None
    assert advice.best.code == first, text


@pytest.mark.parametrize("platform", TAO)
def test_a_store_name_on_a_listing_points_at_the_store_front(platform: str) -> None:
    """R42: "Use Store front when the trademark appears on the complained party's store rather
    than on specific listings"."""
    advice = ipprules.advise("trademark", platform, facts=["store_name"], as_of="2024-06-03")
    assert any("store-front complaint (R42)" in n for n in advice.notes)


@pytest.mark.parametrize("platform", [p for p in PLATFORMS if p != "aliexpress"])
def test_misleading_information_is_aliexpress_s_category_only(platform: str) -> None:
    """R51 (c) is AliExpress's "confuse or mislead" category: elsewhere it is not offered."""
    advice = ipprules.advise(
        "trademark", platform, facts=["misleading_information"], as_of="2024-06-03"
    )
    refused = {n.code: n.reasons for n in advice.not_admissible}
    assert refused["tm_misleading"] == (f"not offered on {platform}",)


# ------------------------------------------------------- form limits, as the planner groups

PORTAL = [(300, [300]), (301, [300, 1]), (600, [300, 300]), (601, [300, 300, 1])]
FORM = [(10, [10]), (11, [10, 1]), (20, [10, 10]), (21, [10, 10, 1])]


def planned(
    platform: str,
    lines: list[Any],
    reason: str = "tm_counterfeit",
    reading: str = "brief",
    account: dict[str, Any] | None = None,
    **kw: Any,
) -> Any:
    data = plan(platform, reason, account=account)
    return plan_listings(
        lines,
        plan_from_data(data),
        as_of="2024-06-03",
        settings=Settings(reason=reason, **kw),
        interpretation=reading,
    )


@pytest.mark.no_cover
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("n", "sizes"), PORTAL)
def test_the_planner_groups_at_300_per_complaint(platform: str, n: int, sizes: list[int]) -> None:
    """R43 "Maximum 300 listings per complaint (IPP account)"; B17 "at most 300 per
    complaint": at 300 one complaint, at 301 a second one; every line accounted for."""
    result = planned(platform, urls(platform, n))
    assert [len(c.complaint.listings) for c in result.complaints] == sizes
    assert result.counts() == {"planned": n, "duplicate": 0, "rejected": 0}
    assert "listings-too-many" not in {f.code for f in result.report.findings}


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("n", "sizes"), FORM)
def test_the_planner_groups_at_10_on_the_stand_alone_form(
    platform: str, n: int, sizes: list[int]
) -> None:
    """B2/R44 "at most 10 links per complaint" on the stand-alone form (an account that is not
    registered: "Registered IPP users cannot use it")."""
    result = planned(
        platform, urls(platform, n), channel="standalone_form", account={"registered": False}
    )
    assert [len(c.complaint.listings) for c in result.complaints] == sizes
    assert {c.complaint.channel.value for c in result.complaints} == {"standalone_form"}
    assert not result.report.errors


def test_the_planner_refuses_the_form_to_a_registered_account() -> None:
    """B2 "Registered IPP users cannot use it": every line rejected with the check's code."""
    result = planned("taobao", urls("taobao", 3), channel="standalone_form")
    assert result.counts() == {"planned": 0, "duplicate": 0, "rejected": 3}
    assert result.rejected_by_code() == {"check:channel-registered-account": 3}


def test_the_planner_groups_each_platform_on_its_own() -> None:
    """R41 step 2 "choose the platform": listings of several platforms make one complaint per
    platform, each within its 300."""
    lines = urls("taobao", 301) + urls("aliexpress", 2) + urls("lazada_my", 1)
    result = planned("taobao", lines)
    got = sorted((c.complaint.platform, len(c.complaint.listings)) for c in result.complaints)
    # the right is registered in CN: Lazada Malaysia wants a Malaysian right (B14)
    assert got == [("aliexpress", 2), ("taobao", 1), ("taobao", 300)]
    assert result.rejected_by_code() == {"right-place-not-accepted": 1}


@pytest.mark.parametrize(
    ("filed", "reading", "sizes"),
    [
        (100, "brief", [50, 99, 99, 53]),  # B21 "more than 100 complaints": 100 is new
        (100, "brief-at-least-100", [300, 1]),  # B21 "at least 100": 100 has a track record
        (101, "brief", [300, 1]),
        (99, "brief-at-least-100", [50, 99, 99, 53]),
    ],
)
def test_a_new_filers_batches_stay_small_under_protect(
    filed: int, reading: str, sizes: list[int]
) -> None:
    """B18 "Bulk filing is risky for new filers: one wrong batch of 300 rejected URLs needs
    2,700 accepted notices"; the track record is B21's volume, read both ways (D1)."""
    result = planned(
        "taobao",
        urls("taobao", 301),
        reading=reading,
        account={"complaints_filed": filed},
        strategy="protect",
    )
    assert [len(c.complaint.listings) for c in result.complaints] == sizes
    assert "new-filer-large-batch" not in {
        f.code for f in result.report.findings if f.severity.value != "info"
    }


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_no_text_length_is_in_the_rule_text(reading: str) -> None:
    """R41 step 7 "Explain why it is infringement in Supplement infringement reason(s)": the
    rule text gives no length, so a long supplement is not refused (a length would be made up)."""
    found = codes(
        plan("taobao", "tm_counterfeit", complaint={"supplement": "Counterfeit. " * 5000}), reading
    )
    assert not any(c.startswith("supplement") for c in found)


# ------------------------------------------------------------------------- listing kinds

STORES = {"taobao": "https://shop67319432.taobao.com", "tmall": "https://lumen.tmall.com"}


@pytest.mark.parametrize("platform", sorted(STORES))
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_a_store_url_fits_a_store_front_complaint_only(platform: str, reading: str) -> None:
    """R41 step 4 "Choose the complaint type: Product listing or Store front": a store's URL
    in a store-front complaint is accepted; in a listing complaint, and a listing's URL in a
    store-front complaint, it is the wrong kind."""
    store = codes(
        plan(platform, "tm_store_misuse", target="storefront", listings=[STORES[platform]]), reading
    )
    assert store == {}
    as_listing = codes(plan(platform, "tm_counterfeit", listings=[STORES[platform]]), reading)
    assert set(as_listing) == {"listing-wrong-kind"}
    item_in_store = codes(plan(platform, "tm_store_misuse", target="storefront"), reading)
    assert set(item_in_store) == {"listing-wrong-kind"}


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_planner_files_a_store_url_as_a_store_front(reading: str) -> None:
    """B16 "product listing or storefront (storefront only on Taobao and Tmall)": the planner
    takes the target from the URL's kind."""
    result = planned("taobao", [STORES["taobao"]], reason="tm_store_misuse", reading=reading)
    assert [c.complaint.target.value for c in result.complaints] == ["storefront"]
    assert not result.report.errors


PAIRS = [(a, b) for a in PLATFORMS for b in PLATFORMS if a != b]


@pytest.mark.no_cover
@pytest.mark.parametrize(("listed", "filed"), PAIRS)
def test_a_listing_of_another_platform_is_refused(listed: str, filed: str) -> None:
    """R41 step 2 "choose the platform" (the Lazada form "asks for the regional site first",
    B14): a listing of one platform in a complaint for another is an error."""
    found = codes(plan(filed, "tm_counterfeit", listings=urls(listed, 1)))
    assert "listing-wrong-platform" in found


SHORT = [
    "https://m.tb.cn/h.5ZxYzAb",
    "https://e.tb.cn/h.abcdEFG",
    "https://qr.1688.com/s/abcDEF12",
    "https://a.aliexpress.com/_mKabcde",
    "https://s.click.aliexpress.com/e/_DlNAbcd",
    "https://s.alibaba.com/abcd1234",
    "https://s.lazada.sg/s.abcDE",
    "https://c.lazada.co.th/t/c.abcDE",
]


@pytest.mark.parametrize("link", SHORT)
def test_a_short_link_is_never_guessed(link: str) -> None:
    """C2 "never guess what a short link hides"; B17 "each URL is checked for structure and
    that the listing is live": the planner rejects it, and says to open it."""
    result = planned("taobao", [link])
    assert result.rejected_by_code() == {"listing:short-link": 1}
    assert "paste the page it leads to" in (result.outcomes[0].message or "")


@pytest.mark.parametrize(
    ("filed", "brief", "official"),
    [
        ("taobao", set(), {"listing-marketplace-unknown"}),
        ("tmall", {"listing-wrong-platform"}, {"listing-wrong-platform"}),
        ("aliexpress", {"listing-wrong-platform"}, {"listing-wrong-platform"}),
    ],
)
def test_xianyu_is_filed_by_selecting_taobao(
    filed: str, brief: set[str], official: set[str]
) -> None:
    """B1 "Xianyu (Taobao's second-hand market) is filed by selecting Taobao"; D11/R33 "No
    retrievable source names Xianyu" (official: a gap under Taobao, never another platform)."""
    xianyu = ["https://www.goofish.com/item?id=1065574393669"]
    assert set(codes(plan(filed, "tm_counterfeit", listings=xianyu), "brief")) == brief
    assert set(codes(plan(filed, "tm_counterfeit", listings=xianyu), "official")) == official


def test_the_planner_files_xianyu_as_taobao_under_the_brief_only() -> None:
    """B1 (brief) against D11 (official): planned on Taobao, or rejected naming the brief."""
    line = ["https://www.goofish.com/item?id=1065574393669"]
    brief = planned("taobao", line)
    assert [c.complaint.platform for c in brief.complaints] == ["taobao"]
    official = planned("taobao", line, reading="official")
    assert official.rejected_by_code() == {"marketplace-not-filable": 1}
    assert "brief" in (official.outcomes[0].message or "")


def test_advise_on_xianyu_points_at_taobao() -> None:
    """B1: Xianyu is no platform of its own; it is filed by selecting Taobao, so the advice
    is Taobao's, with a note naming Taobao and the other reading (rulesleft: was an error)."""
    advice = ipprules.advise("trademark", "xianyu", as_of="2024-06-03")
    assert advice.platform == "taobao" and "filed as taobao" in advice.notes[0]
    assert "official" in advice.other_readings
    with pytest.raises(UnknownNameError, match="not documented") as caught:
        ipprules.advise("trademark", "xianyu", as_of="2024-06-03", interpretation="official")
    assert "brief" in str(caught.value)


# ------------------------------------------------------- the test purchase's order (B17)

REPORT = {"kind": "test_purchase_report", "language": "en"}


@pytest.mark.parametrize(
    ("order", "evidence", "expected"),
    [
        ("1234567890123456", [REPORT], set()),
        (None, [REPORT], {"evidence-missing"}),
        ("1234567890123456", [], {"evidence-missing"}),
        ("1234567890123456, 2234567890123456", [REPORT], {"order-number-several"}),
        ("1234567890123456;2234567890123456", [REPORT], {"order-number-several"}),
        ("1234567890123456 / 2234567890123456", [REPORT], {"order-number-several"}),
    ],
)
@pytest.mark.parametrize("platform", ["taobao", "aliexpress", "lazada_ph"])
def test_a_test_purchase_needs_its_report_and_one_order(
    platform: str, order: str | None, evidence: list[dict[str, Any]], expected: set[str]
) -> None:
    """B17 "a document (e.g. test purchase images) may be attached"; the order number of the
    test purchase, one order per complaint (the rule book's document ``order_number``)."""
    complaint: dict[str, Any] = {"evidence": copy.deepcopy(evidence)}
    if order is not None:
        complaint["order_number"] = order
    assert (
        set(codes(plan(platform, "tm_counterfeit_test_purchase", complaint=complaint))) == expected
    )


def test_the_planner_makes_one_complaint_per_order() -> None:
    """One test purchase per complaint (C7): lines of two orders make two complaints; a line
    without an order is rejected, not filed under another line's order."""
    lines = [
        PlanLine(line=i + 1, url=u, order_number=o)
        for i, (u, o) in enumerate(zip(urls("taobao", 4), ["111", "111", "222", None], strict=True))
    ]
    result = planned("taobao", lines, reason="tm_counterfeit_test_purchase")
    got = sorted((c.complaint.order_number, c.lines) for c in result.complaints)
    assert got == [("111", (1, 2)), ("222", (3,))]
    assert result.rejected_by_code() == {"missing-order": 1}


def test_the_day_is_the_complaints_filing_date() -> None:
    """R51's date (21 Jan 2015) is read on the complaint's own filing date, not the plan's."""
    data = plan("aliexpress", "tm_misleading", as_of="2015-01-21")
    data["complaints"][0]["filing_date"] = "2015-01-20"
    assert "reason-unknown" in codes(data)
    data["complaints"][0]["filing_date"] = str(dt.date(2015, 1, 21))
    assert "reason-unknown" not in codes(data)


# ------------------------------------- R54: Taobao's design texts, beyond Taobao by inference


@pytest.mark.parametrize(
    ("platform", "confidence"),
    [("taobao", "third-party"), ("tmall", "inferred"), ("tmall_global", "inferred")],
)
@pytest.mark.parametrize("facts", [["design"], ["design", "court_judgment"]])
def test_r54_design_texts_are_taobao_s_and_inferred_on_tmall(
    platform: str, confidence: str, facts: list[str]
) -> None:
    """R54 "Taobao design-patent reason texts (translated): [3P] S37": third-party on Taobao;
    on Tmall and Tmall Global they are offered by inference (R30's shared TaoTian platform),
    and the advice says so."""
    advice = ipprules.advise("patent", platform, subtype="design", facts=facts, as_of="2024-06-03")
    assert {s.code: s.confidence for s in advice.admissible} == {
        "pat_design_judgment": confidence,
        "pat_design_suspected": confidence,
    }


@pytest.mark.parametrize(
    ("platform", "confidence"), [("taobao", "third-party"), ("tmall", "inferred")]
)
def test_cli_rules_reasons_shows_r54_s_confidence_per_platform(
    capsys: pytest.CaptureFixture[str], platform: str, confidence: str
) -> None:
    from ipprules.cli import main

    args = [
        "rules",
        "reasons",
        "--platform",
        platform,
        "--ipr-type",
        "patent",
        "--as-of",
        "2024-06-03",
    ]
    assert main(args) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    got = {row[0]: row[-1] for row in rows if row and row[0].startswith("pat_design")}
    assert got == {"pat_design_judgment": confidence, "pat_design_suspected": confidence}


def test_an_inferred_platform_the_code_is_not_offered_on_is_refused(tmp_path: Path) -> None:
    """Rule data is validated when loaded: an inferred platform must be one of the code's."""
    from ipprules import load_rulebook
    from ipprules.errors import RuleDataError

    code = next(
        c for c in ipprules.default_rulebook().to_data()["reason_codes"] if c["id"] == "pat_design"
    )
    code = {**code, "id": "mine", "inferred_platforms": ["taobao"]}
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"reason_codes": [code]}, default=str), encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    found = {(p.path, p.message) for p in caught.value.problems}
    assert (
        "$.reason_codes[0].inferred_platforms[0]",
        "inferred platform 'taobao' is not among the code's platforms",
    ) in found


STORE_URLS = {
    "tmall_global": "https://lumen.tmall.hk",
    "1688": "https://shop1234567890.1688.com",
    "alibaba_com": "https://lumen.en.alibaba.com",
    "aliexpress": "https://www.aliexpress.com/store/1101234567",
    **{p: f"https://www.lazada.{_TLD[p[-2:]]}/shop/lumen-store/" for p in LAZADA},
}


@pytest.mark.parametrize("platform", sorted(STORE_URLS))
def test_the_planner_files_store_fronts_by_reading(platform: str) -> None:
    """B16 (brief) "storefront only on Taobao and Tmall, including Tmall Global": a store's URL
    is planned there and rejected elsewhere; R42/D13 (official): elsewhere it is a documented
    gap (``rules-unknown``). Each answer names the reading that differs."""
    brief = planned(platform, [STORE_URLS[platform]], reason="tm_store_misuse")
    official = planned(
        platform, [STORE_URLS[platform]], reason="tm_store_misuse", reading="official"
    )
    if platform in TAO:
        for result in (brief, official):
            assert [c.complaint.target.value for c in result.complaints] == ["storefront"]
            assert not result.report.errors
        return
    assert brief.rejected_by_code() == {"storefront-not-allowed": 1}
    assert "differs under: official" in (brief.outcomes[0].message or "")
    assert official.rejected_by_code() == {"rules-unknown": 1}
    assert "not documented" in (official.outcomes[0].message or "")
    assert "differs under: brief" in (official.outcomes[0].message or "")


@pytest.mark.parametrize(
    ("filed", "reading", "differs"),
    [
        (99, "brief", None),  # a new filer under both readings
        (100, "brief", "brief-at-least-100"),  # new under "more than 100", not under "at least"
        (100, "brief-at-least-100", "brief, official"),
        (100, "official", "brief-at-least-100"),
        (101, "brief", None),
    ],
)
def test_a_protect_plan_names_the_reading_that_would_ramp_otherwise(
    filed: int, reading: str, differs: str | None
) -> None:
    """B21 "more than 100 complaints filed in the last three months (one brief says 'at least
    100')" with B18: whether protect ramps a new filer's complaints depends on the reading, and
    the plan says which other reading answers otherwise; the plain strategy does not ramp."""
    result = planned(
        "taobao",
        urls("taobao", 120),
        reading=reading,
        account={"complaints_filed": filed},
        strategy="protect",
    )
    if differs is None:
        assert result.notes == ()
    else:
        assert len(result.notes) == 1
        assert f"under {differs} it is" in result.notes[0]
        assert result.as_dict()["notes"] == list(result.notes)
    fewest = planned(
        "taobao", urls("taobao", 120), reading=reading, account={"complaints_filed": filed}
    )
    assert fewest.notes == ()


def test_cli_plan_prints_the_reading_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipprules.cli import main

    data = plan("taobao", "tm_counterfeit", account={"complaints_filed": 100})
    data["complaints"] = []
    account = tmp_path / "plan.json"
    account.write_text(json.dumps(data), encoding="utf-8")
    lines = tmp_path / "urls.txt"
    lines.write_text("\n".join(urls("taobao", 120)) + "\n", encoding="utf-8")
    args = ["plan", str(lines), "--account", str(account), "--reason", "tm_counterfeit"]
    main([*args, "--strategy", "protect", "--as-of", "2024-06-03"])
    out = capsys.readouterr().out
    assert "note: with 100 complaint(s) filed the account is a new filer under brief" in out
    assert "under brief-at-least-100 it is not one (D1)" in out


@pytest.mark.parametrize(
    ("kind", "platform", "facts", "named"),
    [
        ("trademark", "taobao", ["pirated_copies"], {"copyright": "cr_piracy"}),
        (
            "copyright",
            "aliexpress",
            ["counterfeit_product"],
            {"trademark": "tm_counterfeit, tm_counterfeit_test_purchase"},
        ),
        ("trademark", "lazada_sg", ["design"], {"patent": "pat_design"}),
        ("other", "tmall", ["design"], {"patent": "pat_design_judgment, pat_design_suspected"}),
        ("trademark", "taobao", ["counterfeit_product"], {}),
        ("trademark", "taobao", ["misleading_information"], {}),  # R51 (c): a trademark reason
    ],
)
def test_advise_names_the_type_whose_reasons_fit_the_facts(
    kind: str, platform: str, facts: list[str], named: dict[str, str]
) -> None:
    """B16 "Reason codes depend on the IPR type; a wrong reason code cannot be fixed": facts
    that no reason of the right's type fits point at the type whose reasons do, by name."""
    advice = ipprules.advise(kind, platform, facts=facts, as_of="2024-06-03")
    notes = [n for n in advice.notes if n.startswith(f"no {kind} reason fits")]
    assert len(notes) == len(named)
    for other, ids in named.items():
        assert any(f"{other} reasons on {platform} do ({ids})" in n for n in notes)
