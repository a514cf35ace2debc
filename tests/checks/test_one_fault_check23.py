"""check23: one finding per fault.

A store front filed where the platform takes none (B16: store fronts only on Taobao and Tmall,
including Tmall Global) is one fault: the complaint type is chosen before the reason (R41), so
a store-front reason code there, or a listing code on the store front, fails with it. The
check reports ``storefront-not-allowed`` alone, citing B16 and R42 (not the platform's record),
and names the listing codes to file with instead. A listing code the platform does not offer
at all stays a fault of its own.
"""

from __future__ import annotations

import pytest

from .test_rule_text_check21 import _cites_its_sources, _findings, taking

AE_STORE = "https://www.aliexpress.com/store/1102345678"
REASON_MISFITS = {"reason-wrong-platform", "reason-wrong-target"}


def _store_front(reason: str, platform: str = "aliexpress") -> dict[str, object]:
    return taking(
        platform,
        right_place="CN",
        complaint_target="storefront",
        complaint_reason=reason,
        complaint_listings=[AE_STORE],
    )


@pytest.mark.parametrize("reason", ["tm_store_misuse", "tm_misuse", "tm_counterfeit"])
def test_a_store_front_on_aliexpress_is_one_finding_citing_b16(reason: str) -> None:
    found = _findings(_store_front(reason), "brief")
    codes = [f.code for f in found]
    assert codes.count("storefront-not-allowed") == 1
    assert not REASON_MISFITS & set(codes), codes
    (store,) = [f for f in found if f.code == "storefront-not-allowed"]
    assert store.path == "$.complaints[0].target"
    assert set(store.rule_ids) == {"B16", "R42"}
    assert _cites_its_sources(store.rule_ids, store.sources) == []
    # the fix names the listing codes offered there (the form's next step, R41)
    assert "file against the listings" in store.message
    assert "tm_misuse" in store.message.split("offered for", 1)[1]


def test_the_official_reading_no_longer_names_a_reason_fault_under_the_brief() -> None:
    """Under ``official`` store fronts on AliExpress are a gap (D13); the brief's answer it
    names is the one store-front fault, not a reason-code one as well."""
    found = _findings(_store_front("tm_store_misuse"), "official")
    others = [f.message for f in found if f.code == "other-reading-finding"]
    assert any("storefront-not-allowed" in m for m in others)
    assert not any("reason-wrong-platform" in m for m in others), others


def test_a_listing_code_not_offered_on_the_platform_stays_a_fault_of_its_own() -> None:
    """A Taobao-family listing code (a Good Faith member's) on an AliExpress store front:
    fixing the target to listings leaves the code wrong there, so it is two faults."""
    data = _store_front("gf_counterfeit_simplified")
    data["account"]["good_faith"] = True  # type: ignore[index]
    codes = [f.code for f in _findings(data, "brief")]
    assert "storefront-not-allowed" in codes
    assert "reason-wrong-platform" in codes
    assert "reason-wrong-target" not in codes


def test_advise_rules_out_a_store_front_code_for_the_store_front_alone() -> None:
    """advise says of a store-front code where the platform takes no store fronts what
    ``check`` says: the store front, not also that the code is not offered there."""
    from ipprules import advise

    advice = advise("trademark", "aliexpress", target="storefront", as_of="2026-11-23")
    (store,) = [s for s in advice.not_admissible if s.code == "tm_store_misuse"]
    assert any("has no store-front complaints" in why for why in store.reasons)
    assert not any("not offered on" in why for why in store.reasons), store.reasons


@pytest.mark.parametrize("platform", ["aliexpress", "1688", "alibaba_com", "lazada_sg"])
def test_coverage_says_one_fault_for_a_store_front_where_none_is_taken(platform: str) -> None:
    """coverage's store-front cell where the platform takes none (brief) holds the store
    front alone, citing B16 and R42, as ``check`` does: not a reason-code finding beside it."""
    import datetime as dt

    from ipprules.checks import plan_from_data
    from ipprules.coverage import coverage

    plan = plan_from_data(taking("taobao"))  # a CN trademark r1 of the example account
    day = dt.date(2026, 11, 23)
    cov = coverage(plan, as_of=day, horizon=0, interpretation="brief", platforms=[platform])
    cell = cov.cell("r1", platform, "storefront")
    codes = [f.code for f in cell.findings]
    assert "storefront-not-allowed" in codes
    assert not REASON_MISFITS & set(codes), codes
    (store,) = [f for f in cell.findings if f.code == "storefront-not-allowed"]
    assert set(store.rule_ids) == {"B16", "R42"}
