"""The rule text of sections 1.1-1.3 and part 0 on them, case by case (rules35).

Each row quotes the words it checks (section and rule id), the facts it changes in a clean
plan, the reading it is checked under and what a user of ``ipprules.check`` should get: the
findings (severity and code) and whether the answer says that the other reading differs.
They were written from ipp-rules.md before the code was run, and cover what rules18-34 did
least: a registration of each kind on the platforms that take it only in part (Tmall Global's
Hong Kong right and Madrid registration under both readings, Macau, WIPO and EU registrations
on Lazada), copyright registered outside the platform's place (claimed as the unregistered
work, R29), the agent's letters (holder, right, dates) and Xianyu filed as Taobao (B1) with
the agent's letters for Taobao, which the check refused before (rules35's find).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _copyright_plans import STATEMENT
from ipprules.checks import check, plan_from_data
from test_rule_text_24 import FIRST, LAZADA
from test_rule_text_24 import URL as _URLS

NAME = "Lumen Optics Co., Ltd."
HOLDER = "Brand Owner GmbH"
#: a listing of each platform (test_rule_text_24's, each with one listing id), and Xianyu's
URL = {
    **{p: url.format(FIRST.get(p, 606832683299)) for p, url in _URLS.items()},
    "xianyu": "https://www.goofish.com/item?id=1065574393669",
}
TM_CERT = {"kind": "trademark_certificate", "colour": True, "language": "zh", "name": NAME}
CR_CERT = {"kind": "copyright_certificate", "colour": True, "language": "zh", "name": NAME}
EXTENSION = {"kind": "madrid_extension_certificate", "colour": True, "language": "zh"}
LETTER = {
    "rights": ["r1"],
    "platforms": ["taobao"],
    "valid_until": "2027-06-30",
    "states_scope": True,
    "states_validity": True,
    "issuer": HOLDER,
    "issuer_identity": "enterprise",
    "template": True,
    "sealed": True,
    "grants_enforcement": True,
    "language": "en",
}


def plan(
    platform: str = "taobao",
    *,
    right: dict[str, Any] | None = None,
    account: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A clean plan: an HK company's Chinese trademark on ``platform``, with changes."""
    ipr = (right or {}).get("ipr_type", "trademark")
    the_right: dict[str, Any] = {
        "id": "r1",
        "ipr_type": ipr,
        "name": "LUMEN",
        "place": "CN",
        "number": "31234567",
        "registration_date": "2019-06-14",
        "expiry_date": "2029-06-13",
        "registrant": NAME,
        "documents": [TM_CERT if ipr == "trademark" else CR_CERT],
        **({"classes": [9]} if ipr == "trademark" else {}),
        **(right or {}),
    }
    return {
        "as_of": "2026-11-23",
        "account": {
            "name": NAME,
            "location": "elsewhere",
            "identity": "enterprise",
            "incorporated": "HK",
            "documents": [
                {
                    "kind": "business_registration",
                    "name": NAME,
                    "language": "en",
                    "valid_until": "2027-06-30",
                }
            ],
            **(account or {}),
        },
        "rights": [the_right],
        "complaints": [
            {
                "id": "c1",
                "platform": platform,
                "right": "r1",
                "reason": "tm_counterfeit" if ipr == "trademark" else "cr_copied_content",
                "supplement": "Counterfeit LUMEN lamps sold as genuine.",
                "listings": [URL[platform]],
            }
        ],
    }


def agent(platform: str, *letters: dict[str, Any]) -> dict[str, Any]:
    """An agent filing ``platform`` for HOLDER's Chinese trademark with ``letters``."""
    return plan(
        platform,
        right={"registrant": HOLDER},
        account={"category": "agent", "authorisations": [{**LETTER, **x} for x in letters]},
    )


# (section: the words, the plan, the reading, the findings other than info, the codes whose
# answer names another reading: an error or unknown names it; under a reading with no such
# finding, an info ``other-reading-finding`` of the other's code says it)
ROWS: list[tuple[str, dict[str, Any], str | None, set[tuple[str, str]], set[str]]] = [
    (
        "B13: Tmall Global: rights registered in mainland China or Hong Kong",
        plan("tmall_global", right={"place": "HK"}),
        None,
        set(),
        {"right-place-not-accepted"},  # R36 (official, inferred): China registration only
    ),
    (
        "R36: Tmall Global is treated like R35 (China registration needed) [INFERRED]",
        plan("tmall_global", right={"place": "HK"}),
        "official",
        {("error", "right-place-not-accepted")},
        {"right-place-not-accepted"},
    ),
    (
        "B13/R36: Macau is neither mainland China nor Hong Kong",
        plan("tmall_global", right={"place": "MO"}),
        None,
        {("error", "right-place-not-accepted")},
        {"right-place-not-accepted"},  # under official refused with another list (CN only)
    ),
    (
        "R35/R36: a Madrid registration with a China territorial-extension certificate",
        plan(
            "tmall_global",
            right={"place": "WO", "madrid": True, "documents": [TM_CERT, EXTENSION]},
        ),
        "official",
        set(),
        set(),
    ),
    (
        "R25: IPP still requires a certificate of territorial extension to China",
        plan("tmall_global", right={"place": "WO", "madrid": True}),
        None,
        {("error", "right-place-not-accepted")},
        {"right-place-not-accepted"},
    ),
    (
        "B14: Lazada: a right registered in the respective country (a WIPO registration)",
        plan("lazada_th", right={"place": "WO", "madrid": True}),
        None,
        {("error", "right-place-not-accepted")},
        {"right-place-not-accepted", "right-place-unknown"},  # R40: not documented (official)
    ),
    (
        "R40: no source states whether the IPR must be registered in the Lazada country",
        plan("lazada_vn", right={"place": "EU"}),
        "official",
        {("unknown", "right-place-unknown")},
        {"right-place-unknown", "right-place-not-accepted"},  # B14 refuses an EU mark
    ),
    (
        "B15: Alibaba.com accepts IP rights registered outside China (an EU mark)",
        plan("alibaba_com", right={"place": "EU"}),
        None,
        set(),
        set(),
    ),
    (
        "R29: a registration in China is not needed for subsistence, but IPP needs proof"
        " of ownership (an HK copyright on Tmall Global, official: claimed as unregistered)",
        plan("tmall_global", right={"ipr_type": "copyright", "place": "HK"}),
        "official",
        {("error", "right-document-missing")},
        {"right-document-missing"},
    ),
    (
        "R28: unregistered copyright is claimed with a Copyright Claim Statement (R29, R36)",
        plan(
            "tmall_global",
            right={"ipr_type": "copyright", "place": "HK", "documents": [CR_CERT, STATEMENT]},
        ),
        "official",
        set(),
        set(),
    ),
    (
        "B8: in China copyright must be registered to be enforced (Tmall Global)",
        plan(
            "tmall_global",
            right={"ipr_type": "copyright", "status": "unregistered", "documents": [STATEMENT]},
        ),
        None,
        {("error", "right-not-accepted")},
        {"right-not-accepted"},
    ),
    (
        "R27: the software screenshot is asked of copyright registered in mainland China",
        plan("aliexpress", right={"ipr_type": "copyright", "place": "US", "software": True}),
        None,
        set(),
        set(),
    ),
    (
        "R4: a Hong Kong company's certificate is still within its valid period (last day)",
        plan(
            account={
                "documents": [
                    {
                        "kind": "business_registration",
                        "name": NAME,
                        "language": "en",
                        "valid_until": "2026-11-23",
                    }
                ]
            }
        ),
        None,
        set(),
        set(),
    ),
    (
        "R10: a letter issued by the rights holder (one issued by a distributor is not)",
        agent("taobao", {"issuer": "Lamp Distributor Ltd"}),
        None,
        {("error", "authorisation-issuer-not-holder")},
        set(),
    ),
    (
        "R10: a letter that allows enforcement of the IPR (another right's letter)",
        agent("taobao", {"rights": ["r9"]}),
        None,
        {("error", "authorisation-missing")},
        set(),
    ),
    (
        "R32: the POA must state the validity period (one not yet in force on the day)",
        agent("taobao", {"valid_from": "2027-01-01"}),
        None,
        {("error", "authorisation-not-valid")},
        set(),
    ),
    (
        "R11: IPP's template POA, sealed by an entity rights holder, needs no title (R12"
        " asks it of the holder's own template)",
        agent("aliexpress", {"platforms": ["aliexpress"], "signatory_title": False}),
        None,
        set(),
        set(),
    ),
    (
        "B1: Xianyu is filed by selecting Taobao: the agent's letter for Taobao covers it",
        agent("xianyu", {}),
        None,
        {("error", "platform-unknown"), ("unknown", "listing-not-judged")},
        {"platform-unknown", "listing-not-judged", "authorisation-missing"},
    ),
    (
        "R32 with B1: a Xianyu complaint is a Taobao one: the letter states its scope",
        agent("xianyu", {"states_scope": False, "states_validity": False}),
        None,
        {
            ("error", "platform-unknown"),
            ("unknown", "listing-not-judged"),
            ("error", "authorisation-scope-unstated"),
        },
        {
            "platform-unknown",
            "listing-not-judged",
            "authorisation-scope-unstated",  # under official: no letter names Xianyu
            "authorisation-missing",
        },
    ),
    (
        "R33/D11: no source names Xianyu: the Taobao letter does not name it",
        agent("xianyu", {}),
        "official",
        {
            ("error", "platform-unknown"),
            ("unknown", "listing-not-judged"),
            ("error", "authorisation-missing"),
        },
        {"platform-unknown", "listing-not-judged", "authorisation-missing"},
    ),
    (
        "R10: a letter naming Xianyu only does not cover a complaint filed on Taobao",
        agent("taobao", {"platforms": ["xianyu"]}),
        None,
        {("error", "authorisation-missing")},
        set(),
    ),
]


def _answer(data: dict[str, Any], reading: str | None) -> tuple[set[tuple[str, str]], set[str]]:
    report = check(plan_from_data(copy.deepcopy(data)), interpretation=reading)
    found = {(f.severity.value, f.code) for f in report.findings if f.severity.value != "info"}
    differ = {
        f.code for f in report.findings if f.other_readings and f.code != "other-reading-finding"
    }
    differ |= {
        f.message.split(": ")[1].split()[1]
        for f in report.findings
        if f.code == "other-reading-finding"
    }
    return found, differ


@pytest.mark.parametrize(("statement", "data", "reading", "found", "differ"), ROWS)
def test_rule_text(
    statement: str,
    data: dict[str, Any],
    reading: str | None,
    found: set[tuple[str, str]],
    differ: set[str],
) -> None:
    got, other = _answer(data, reading)
    assert (got, other) == (found, differ), statement


# ---------------------------------------- B12-B15: a registration of one place on each platform

ACCEPTED = {  # part 0, word for word: B12, B13, B14 (and B15: any place)
    "taobao": {"CN"},
    "tmall": {"CN"},
    "1688": {"CN"},
    "tmall_global": {"CN", "HK"},
    **{p: {p.removeprefix("lazada_").upper()} for p in LAZADA},
}
PLACES = ("CN", "HK", "TW", "MO", "US", "GB", "EU", "WO", "JP", *(p[-2:].upper() for p in LAZADA))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.sampled_from(sorted(URL.keys() - {"xianyu"})), st.sampled_from(PLACES))
def test_place_on_each_platform(platform: str, place: str) -> None:
    """B12-B15: a trademark registered in ``place`` on ``platform`` is refused, with the rule
    cited, exactly where part 0 does not accept the place; Alibaba.com and AliExpress take any
    place, and say that a Chinese one is faster (B15)."""
    report = check(plan_from_data(plan(platform, right={"place": place})))
    codes = {f.code: f for f in report.findings}
    refused = platform in ACCEPTED and place not in ACCEPTED[platform]
    assert ("right-place-not-accepted" in codes) is refused
    if refused:
        finding = codes["right-place-not-accepted"]
        wanted = (
            {"B14"}
            if platform.startswith("lazada")
            else {"B13"}
            if "global" in platform
            else {"B12"}
        )
        assert wanted <= set(finding.rule_ids) and "BRIEF" in finding.sources
        assert f"registered in {place}" in finding.message
    assert ("right-place-not-preferred" in codes) is (platform not in ACCEPTED and place != "CN")
