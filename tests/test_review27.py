"""Review27: a second look at rules23's copyright registered abroad, on Lazada (B8, B14, R40).

B14 (the brief, the default): Lazada takes "a right registered in the respective country".
B8 speaks of unregistered copyright ("unregistered copyright can be enforced on international
platforms ... with a statement of ownership"); reading a copyright registered elsewhere as
the unregistered work rests on R29, which the brief does not state. So under the default a
copyright registered outside the Lazada site's country is refused for its place, and the
refusal names ``official``; under ``official`` the registration's answer is a documented gap
(R40), and the work holding the Copyright Claim Statement is accepted as the unregistered work
is, naming the brief. The disputed answer is never silent.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from _copyright_plans import ACCOUNT, CERTIFICATE, STATEMENT, copyright_right
from ipprules.calendars.base import WEEKENDS
from ipprules.checks import plan_from_data
from ipprules.coverage import coverage
from ipprules.lifecycle.deadlines import deadline_for, due_date
from ipprules.planner import Settings

SITES = {
    "lazada_sg": "https://www.lazada.sg/products/lamp-i1234567890-s1234567890.html",
    "lazada_id": "https://www.lazada.co.id/products/lamp-i1234567890-s1234567890.html",
    "lazada_my": "https://www.lazada.com.my/products/lamp-i1234567890-s1234567890.html",
    "lazada_th": "https://www.lazada.co.th/products/lamp-i1234567890-s1234567890.html",
    "lazada_ph": "https://www.lazada.com.ph/products/lamp-i1234567890-s1234567890.html",
    "lazada_vn": "https://www.lazada.vn/products/lamp-i1234567890-s1234567890.html",
}
DAY = "2024-06-03"


def _portfolio(site: str, place: str, *, complaint: bool = True) -> Any:
    right = copyright_right(place, "registered", [CERTIFICATE, STATEMENT])
    data: dict[str, Any] = {"as_of": DAY, "account": copy.deepcopy(ACCOUNT), "rights": [right]}
    if complaint:
        data["complaints"] = [
            {
                "id": "c",
                "platform": site,
                "right": "r",
                "reason": "cr_copied_content",
                "listings": [SITES[site]],
                "filing_date": DAY,
                "supplement": "Our product photographs are copied in the listing.",
            }
        ]
    return plan_from_data(data)


def _errors(site: str, place: str, reading: str) -> list[Any]:
    report = ipprules.check(_portfolio(site, place), as_of=DAY, interpretation=reading)
    return [f for f in report.findings if f.severity.value in ("error", "unknown")]


@settings(max_examples=30, deadline=None)
@given(
    site=st.sampled_from(sorted(SITES)),
    place=st.sampled_from(("US", "CN", "EU", "HK", "JP", "SG", "TH", "VN")),
    reading=st.sampled_from(("brief", "brief-at-least-100")),
)
@example(site="lazada_sg", place="US", reading="brief")
@example(site="lazada_th", place="SG", reading="brief-at-least-100")
def test_the_default_refuses_a_copyright_registered_outside_the_site_country_naming_official(
    site: str, place: str, reading: str
) -> None:
    """B14: "a right registered in the respective country". A copyright registered in the
    site's own country is accepted; one registered elsewhere, even holding the statement, is
    refused for its place under the brief, and the refusal names ``official``, under which it
    is accepted; the ``official`` answer names the brief in turn."""
    errors = _errors(site, place, reading)
    if place == site[-2:].upper():
        assert errors == []
        return
    assert [f.code for f in errors] == ["right-place-not-accepted"]
    assert "official" in errors[0].other_readings
    assert _errors(site, place, "official") == []
    official = ipprules.check(_portfolio(site, place), as_of=DAY, interpretation="official")
    assert any(reading in f.other_readings for f in official.findings)


@settings(max_examples=12, deadline=None)
@given(site=st.sampled_from(sorted(SITES)), place=st.sampled_from(("US", "CN", "JP")))
@example(site="lazada_sg", place="US")
def test_coverage_and_the_planner_follow_the_default_on_lazada(site: str, place: str) -> None:
    """The coverage cell and the planner answer as ``check`` does: not covered and not
    planned under the brief (B14), covered and planned under official (R28, R40), each
    coverage cell naming the other reading."""
    brief = coverage(_portfolio(site, place, complaint=False), as_of=DAY, platforms=[site])
    cell = brief.cell("r", site)
    assert cell.status.value == "not_covered"
    assert dict(cell.other_readings)["official"].value == "covered"
    official = coverage(
        _portfolio(site, place, complaint=False),
        as_of=DAY,
        platforms=[site],
        interpretation="official",
    ).cell("r", site)
    assert official.status.value == "covered"
    for reading, planned in (("brief", 0), ("official", 1)):
        result = ipprules.plan_listings(
            [SITES[site]],
            _portfolio(site, place, complaint=False),
            as_of=DAY,
            interpretation=reading,
            settings=Settings(reason="cr_copied_content"),
        )
        assert result.counts()["planned"] == planned, (reading, result.outcomes)
        if not planned:
            (outcome,) = result.outcomes
            assert outcome.code == "right-place-not-accepted"


# ------------------------------------------ R61's change: the other count's date (rules23 fix 4)

CHANGE = dt.date(2022, 1, 20)


@settings(max_examples=60, deadline=None)
@given(start=st.dates(dt.date(2021, 11, 1), dt.date(2022, 1, 19)))
@example(start=dt.date(2021, 12, 9))
@example(start=dt.date(2021, 12, 13))
@example(start=dt.date(2021, 12, 14))
def test_the_note_never_names_a_due_date_before_the_rule_it_counts_takes_effect(
    start: dt.date,
) -> None:
    """R61: "30 business days" until 20 Jan 2022, 27 from it. The note on a window open on
    that day names the date under the 27 days; counted from 9 Dec 2021 those end on 17 Jan,
    when the 30 days were still the rule, so 17 Jan is no due date under either count: the
    note says the window would close with the change (its last day 19 Jan) instead."""
    result = deadline_for("counter_notice_round_2_3", start)
    assert result.latest is not None
    if result.latest < CHANGE:  # nothing on the change (the note says R61 names no platform)
        assert result.note is not None and "rule changes" not in result.note
        return
    assert result.note is not None
    other = due_date(start, 27, "business_days", WEEKENDS)
    if other < CHANGE:
        assert f"it would be {other}" not in result.note
        assert f"its count ends on {other}, before that rule takes effect" in result.note
        assert f"its last day {CHANGE - dt.timedelta(days=1)}" in result.note
    else:
        assert f"it would be {other}" in result.note
