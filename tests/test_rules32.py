"""Rule answers the closing notes left open (rules32), each test citing the rule text it
reads (part 0 of the rule book, the brief, B*; parts 1-4, R* and D*)."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks import check, plan_from_data

READINGS = ("brief", "official", "brief-at-least-100")

# ------------------------------ 1. right-not-accepted words the status it refuses (B7, B9)

_LISTINGS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i123456789-s987654321.html",
}
_REASONS = {"trademark": "tm_counterfeit", "patent": "pat_invention"}


def _plan(platform: str, right: dict[str, Any]) -> dict[str, Any]:
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
                "reason": _REASONS[right["ipr_type"]],
                "supplement": "Infringing listings.",
                "listings": [_LISTINGS[platform]],
            }
        ],
    }


def _refusals(platform: str, right: dict[str, Any], reading: str) -> list[str]:
    report = check(plan_from_data(_plan(platform, right)), interpretation=reading)
    return [f.message for f in report.findings if f.code == "right-not-accepted"]


@settings(max_examples=12)
@given(
    platform=st.sampled_from(sorted(_LISTINGS)),
    ipr_type=st.sampled_from(sorted(_REASONS)),
    status=st.sampled_from(["unregistered", "pending"]),
    reading=st.sampled_from(READINGS),
)
@example(platform="taobao", ipr_type="trademark", status="unregistered", reading="brief")
@example(platform="taobao", ipr_type="patent", status="unregistered", reading="official")
@example(platform="aliexpress", ipr_type="trademark", status="pending", reading="brief")
def test_right_not_accepted_words_the_status_it_refuses(
    platform: str, ipr_type: str, status: str, reading: str
) -> None:
    """B7: "Trademarks must be registered; pending applications cannot be uploaded or relied
    on"; B9/R18 (inferred): a patent must be granted. A right never applied for
    (``status = "unregistered"``) is refused as unregistered, not as "a pending application
    (or a Notice of Acceptance)"; a pending one is still refused as an application. Either
    way the refusal is made on every platform, under every reading."""
    right = {"ipr_type": ipr_type, "status": status, "place": "CN", "filing_date": "2024-03-02"}
    if ipr_type == "patent":
        right["subtype"] = "invention"
    (message,) = _refusals(platform, right, reading)
    words = {"trademark": "mark", "patent": "patent"}[ipr_type]
    if status == "unregistered":
        assert f"an unregistered {words}" in message
        assert "pending" not in message
        assert "application" not in message
        assert "Notice of Acceptance" not in message
    else:
        assert "application" in message
        assert "unregistered" not in message
