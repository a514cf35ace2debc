"""Properties from the rule text (parts 1-4 of the domain notes) over open input spaces."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules._places import ISO_3166_1, REGIONAL
from ipprules.checks import check, plan_from_data

PLATFORM_LISTINGS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Desk-Lamp_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i123456789-s987654321.html",
    "lazada_vn": "https://www.lazada.vn/products/lamp-i123456789-s987654321.html",
}
READINGS = st.sampled_from(["brief", "official", "brief-at-least-100"])
PLACES = st.one_of(
    st.sampled_from(["CN", "HK", "TW", "US", "EU", "SG", "VN", "WO"]),
    st.sampled_from(sorted(ISO_3166_1 | REGIONAL)),  # a plan takes these only (rules53)
)


def plan(platform: str, right: dict[str, Any], reason: str) -> dict[str, Any]:
    return {
        "as_of": "2026-11-23",
        "account": {
            "name": "Lumen Optics Co., Ltd.",
            "location": "elsewhere",
            "identity": "enterprise",
            "documents": ["business_registration"],
            "complaints_filed": 400,
        },
        "rights": [{"id": "r1", "registrant": "Lumen Optics Co., Ltd.", **right}],
        "complaints": [
            {
                "id": "c1",
                "platform": platform,
                "right": "r1",
                "reason": reason,
                "supplement": "Infringing listings.",
                "listings": [PLATFORM_LISTINGS[platform]],
            }
        ],
    }


def codes(data: dict[str, Any], interpretation: str) -> list[str]:
    report = check(plan_from_data(data), interpretation=interpretation)
    return sorted(f.code for f in report.findings if f.code != "other-reading-finding")


@settings(max_examples=60, deadline=None)
@given(
    platform=st.sampled_from(sorted(PLATFORM_LISTINGS)),
    place=PLACES,
    status=st.sampled_from(["unregistered", "pending"]),
    statement=st.booleans(),
    interpretation=READINGS,
)
def test_an_unregistered_copyright_is_judged_without_its_place(
    platform: str, place: str, status: str, statement: bool, interpretation: str
) -> None:
    """R29, R28, B8: a copyright that is not registered has no place of registration (China
    protects foreign works without one; IPP asks for proof of ownership): wherever it names,
    the findings are those of the same right named CN, and none is about its place."""
    docs = ["copyright_claim_statement"] if statement else []
    right = {"ipr_type": "copyright", "status": status, "documents": docs}
    found = codes(plan(platform, {**right, "place": place}, "cr_copied_content"), interpretation)
    assert not [c for c in found if c.startswith("right-place-")]
    assert found == codes(
        plan(platform, {**right, "place": "CN"}, "cr_copied_content"), interpretation
    )


@settings(max_examples=60, deadline=None)
@given(
    platform=st.sampled_from(sorted(PLATFORM_LISTINGS)),
    subtype=st.sampled_from(["invention", "utility_model", "design"]),
    status=st.sampled_from(["unregistered", "pending"]),
    docs=st.lists(st.sampled_from(["patent_certificate", "patent_evaluation_report"]), unique=True),
    interpretation=READINGS,
)
def test_a_patent_application_never_backs_a_complaint(
    platform: str, subtype: str, status: str, docs: list[str], interpretation: str
) -> None:
    """B9, R18 (inferred, as B7 says of trademarks): a patent not yet granted is refused on
    every platform under every reading, whatever documents the plan says it holds."""
    right = {
        "ipr_type": "patent",
        "subtype": subtype,
        "place": "CN",
        "status": status,
        "filing_date": "2024-03-02",
        "documents": docs,
    }
    assert "right-not-accepted" in codes(plan(platform, right, "pat_invention"), interpretation)
