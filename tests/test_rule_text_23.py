"""The rule text, case by case, at its edges (rules23): cases written from ipp-rules.md alone.

Each case quotes the few words of rule text it checks. They cover what rules18-22 did not:
a copyright registered outside China on the platforms that want Chinese rights (B8, B12,
R27-R29, R35), the Alibaba.com penalty ladder at each step (R86), business days across
China's adjusted working days for each deadline counted in them (R7, R60, R61, R66, D4-D6),
the other type's court judgment by place (B10, B12, B15), the Madrid extension on every
platform (R25, D8), and a right on its expiry date (B7).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import plan_from_data
from ipprules.coverage import coverage

READINGS = ("brief", "official", "brief-at-least-100")
NAME = "Lumen Optics Co., Ltd."
URLS = {
    "taobao": "https://item.taobao.com/item.htm?id=712345678901",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=690091011924",
    "1688": "https://detail.1688.com/offer/612345678901.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Lamp_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005001234567890.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i1234567890-s1234567890.html",
    "lazada_th": "https://www.lazada.co.th/products/lamp-i1234567890-s1234567890.html",
}
PLATFORMS = tuple(URLS)

_ACCOUNT: dict[str, Any] = {
    "name": NAME,
    "location": "elsewhere",
    "identity": "enterprise",
    "category": "right_holder",
    "incorporated": "US",
    "documents": [{"kind": "business_registration", "name": NAME, "language": "en"}],
    "registered": True,
    "complaints_filed": 400,
    "good_faith": False,
}
CERTIFICATE = {"kind": "copyright_certificate", "colour": True, "language": "en"}
STATEMENT = {
    "kind": "copyright_claim_statement",
    "statement_form": "template",
    "completed": True,
    "signed": True,
    "sealed": True,
    "language": "en",
}


def _copyright(place: str, status: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
    right: dict[str, Any] = {
        "id": "r",
        "ipr_type": "copyright",
        "name": "LUMEN product photographs 2024",
        "place": place,
        "registrant": NAME,
        "status": status,
        "documents": documents,
    }
    if status == "registered":
        right["number"] = "VA0002345678"
    return right


def _plan(platform: str, right: dict[str, Any], reason: str = "cr_copied_content") -> Any:
    return plan_from_data(
        {
            "as_of": "2024-06-03",
            "account": copy.deepcopy(_ACCOUNT),
            "rights": [right],
            "complaints": [
                {
                    "id": "c",
                    "platform": platform,
                    "right": "r",
                    "reason": reason,
                    "listings": [URLS[platform]],
                    "filing_date": "2024-06-03",
                    "supplement": "Our product photographs are copied in the listing.",
                }
            ],
        }
    )


def _errors(platform: str, right: dict[str, Any], reading: str) -> set[str]:
    report = ipprules.check(_plan(platform, right), as_of="2024-06-03", interpretation=reading)
    return {f.code for f in report.findings if f.severity.value in ("error", "unknown")}


# ---------------------------------------- B8, R27-R29, R35: a copyright registered abroad


@pytest.mark.parametrize("platform", ["taobao", "tmall", "tmall_global", "1688"])
@pytest.mark.parametrize(
    ("documents", "brief", "official"),
    [
        pytest.param(
            [CERTIFICATE, STATEMENT],
            {"right-place-not-accepted"},
            set(),
            id="B8-in-China-registered-vs-R28-statement-held",
        ),
        pytest.param(
            [CERTIFICATE],
            {"right-place-not-accepted"},
            {"right-document-missing"},
            id="R28-statement-missing",
        ),
    ],
)
def test_a_copyright_registered_abroad_on_a_chinese_platform(
    platform: str, documents: list[dict[str, Any]], brief: set[str], official: set[str]
) -> None:
    """B8: "Copyright: in China it must be registered to be enforced" (the default: a US
    registration is no Chinese one, B12). R35 (official): Taobao, Tmall and 1688 need "China
    copyright proof (R27 or R28)"; R29: "A registration in China is therefore not needed for
    subsistence, but IPP still needs proof of ownership (R27 or R28)"; R27: answer "Yes" only
    with a certificate "from the National Copyright Administration of the PRC". A work
    registered in the US is unregistered in China: under the official reading it is claimed
    with the Copyright Claim Statement (R28) like any work unregistered there, never worse off
    for its US registration; the default refuses it and names the official reading."""
    right = _copyright("US", "registered", documents)
    assert _errors(platform, right, "brief") == brief
    assert _errors(platform, right, "official") == official
    report = ipprules.check(_plan(platform, right), as_of="2024-06-03")
    refused = [f for f in report.findings if f.code == "right-place-not-accepted"]
    assert refused and "official" in refused[0].other_readings
    if official:
        (missing,) = [
            f
            for f in ipprules.check(
                _plan(platform, right), as_of="2024-06-03", interpretation="official"
            ).findings
            if f.code == "right-document-missing"
        ]
        assert "copyright_claim_statement" in missing.message
        assert "US" in missing.message


def _unregistered_ok(platform: str, place: str, reading: str) -> bool:
    return not _errors(platform, _copyright(place, "unregistered", [STATEMENT]), reading)


@settings(max_examples=40, deadline=None)
@given(
    platform=st.sampled_from(PLATFORMS),
    place=st.sampled_from(("US", "EU", "HK", "TW", "SG", "TH", "JP")),
    reading=st.sampled_from(READINGS),
)
@example(platform="taobao", place="US", reading="official")
@example(platform="1688", place="HK", reading="official")
@example(platform="lazada_sg", place="US", reading="official")
def test_a_registration_abroad_never_loses_what_an_unregistered_work_has(
    platform: str, place: str, reading: str
) -> None:
    """R29: IPP "needs proof of ownership (R27 or R28)", a registration in China or the
    Copyright Claim Statement. A work registered abroad that holds its certificate and the
    statement is accepted wherever the same work unregistered, with the statement, is."""
    if not _unregistered_ok(platform, place, reading):
        return
    right = _copyright(place, "registered", [CERTIFICATE, STATEMENT])
    assert _errors(platform, right, reading) == set(), (platform, place, reading)


def test_coverage_of_a_us_copyright_on_taobao_names_the_statement() -> None:
    """The coverage matrix decides by the same findings: a US-registered copyright on Taobao
    is not covered under the default (B8) and covered under official once the statement is
    held (R28, R29); each answer names the other reading."""
    right = _copyright("US", "registered", [CERTIFICATE, STATEMENT])
    portfolio = plan_from_data(
        {"as_of": "2024-06-03", "account": copy.deepcopy(_ACCOUNT), "rights": [right]}
    )
    brief = coverage(portfolio, as_of="2024-06-03", platforms=["taobao"]).cell("r", "taobao")
    assert brief.status.value == "not_covered"
    assert dict(brief.other_readings)["official"].value == "covered"
    official = coverage(
        portfolio, as_of="2024-06-03", platforms=["taobao"], interpretation="official"
    ).cell("r", "taobao")
    assert official.status.value == "covered"
    assert dict(official.other_readings)["brief"].value == "not_covered"


@pytest.mark.parametrize(("reading", "planned"), [("brief", 0), ("official", 1)])
def test_the_planner_files_a_us_copyright_on_taobao_as_check_accepts_it(
    reading: str, planned: int
) -> None:
    """The planner files what ``check`` accepts: under official a US-registered copyright
    holding the Copyright Claim Statement is planned on Taobao (R28, R29); under the default it
    is refused for its place (B8, B12), and the refusal names the official reading."""
    from ipprules.planner import Settings

    right = _copyright("US", "registered", [CERTIFICATE, STATEMENT])
    portfolio = plan_from_data(
        {"as_of": "2024-06-03", "account": copy.deepcopy(_ACCOUNT), "rights": [right]}
    )
    result = ipprules.plan_listings(
        [URLS["taobao"]],
        portfolio,
        as_of="2024-06-03",
        interpretation=reading,
        settings=Settings(reason="cr_copied_content"),
    )
    assert result.counts()["planned"] == planned
    if not planned:
        (outcome,) = result.outcomes
        assert outcome.code == "right-place-not-accepted"
        assert "official" in (outcome.message or "")
