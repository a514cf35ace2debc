"""lazada4: the rules side of Lazada's six countries (notes in /work/notes/sweep-lazada4.md).

1. B14 (brief) against R40 (official gap): a complaint on each Lazada site backed by a right
   registered in that site's country passes; one registered in another Lazada country is
   refused under the brief and ``unknown`` under the official reading, the other reading named.
2. Deadlines on each Lazada site are counted in a named calendar: the default count
   (``weekends``, not the country's holidays: ``country_calendar`` is opt-in) says so by name,
   across a national holiday of that country as on any other day.
3. A complaint entry holding a second listing whose slug is decoded (Thai, Vietnamese) is
   ``listing-several-urls``, as one whose slug is ASCII (the second link was not named: the
   listing was lost without a word).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ipprules.calendars import china_calendar
from ipprules.lifecycle import deadline_for, deadlines_from

from .test_check24_rules import LAZADA_HOSTS, _names_other_reading, on
from .test_rule_text_check21 import _findings

COUNTRIES = {f"lazada_{site}": site.upper() for site in LAZADA_HOSTS}


@pytest.mark.parametrize("platform", sorted(COUNTRIES))
def test_each_lazada_site_takes_its_own_countrys_right_only(platform: str) -> None:
    """B14: the right registered in the site's own country passes on both readings' terms
    (the official one: R40's gap, ``unknown``); another Lazada country's is refused under the
    brief, naming the place the site accepts, and unknown under ``official``."""
    own = COUNTRIES[platform]
    brief = {f.code: str(f.severity) for f in _findings(on(platform, own), "brief")}
    assert not {c for c, s in brief.items() if s in ("error", "unknown")}, brief
    for other in sorted(set(COUNTRIES.values()) - {own}):
        findings = _findings(on(platform, other), "brief")
        refused = [f for f in findings if f.code == "right-place-not-accepted"]
        assert refused and str(refused[0].severity) == "error", (platform, other)
        assert f"registered in {other}" in refused[0].message, refused[0].message
        assert f"accepts rights registered in {own}" in refused[0].message, refused[0].message
        assert _names_other_reading(findings), (platform, other)
        official = {f.code: str(f.severity) for f in _findings(on(platform, other), "official")}
        assert official.get("right-place-unknown") == "unknown", official
        assert "right-place-not-accepted" not in official, official


#: A national public holiday of each country on a weekday (the count must not pretend to
#: know it): Hari Raya Puasa, Tet, Songkran, Idul Fitri, Araw ng Kagitingan, Hari Raya Puasa.
HOLIDAYS = {
    "lazada_sg": date(2025, 3, 31),
    "lazada_vn": date(2025, 1, 29),
    "lazada_th": date(2025, 4, 14),
    "lazada_id": date(2025, 3, 31),
    "lazada_ph": date(2025, 4, 9),
    "lazada_my": date(2025, 3, 31),
}


@pytest.mark.parametrize("platform", sorted(HOLIDAYS))
def test_lazada_deadlines_name_the_calendar_they_count_in(platform: str) -> None:
    """Counted from the day before the country's holiday, the 3 business days (R61, the
    default) and the 3-5 working days (D4, the named alternative) count the holiday as a
    working day in the default ``weekends`` calendar, and every answer names that calendar."""
    holiday = HOLIDAYS[platform]
    start = date.fromordinal(holiday.toordinal() - 1)
    for deadline, due in (("counter_notice_round_1", 3), ("counter_notice_lazada", 3)):
        result = deadline_for(deadline, start, platform=platform)
        assert result.counted_in == "weekends", result
        assert "calendar 'weekends'" in result.describe(), result.describe()
        days = [date.fromordinal(start.toordinal() + n) for n in range(1, 8)]
        working = [d for d in days if d.weekday() < 5]
        assert result.due == working[due - 1], (platform, result.due)
        assert holiday in working[:due]  # the holiday was counted: no country calendar
    alternative = deadline_for("counter_notice_round_1", start, platform=platform).note or ""
    assert "counter_notice_lazada" in alternative, alternative


def _several(entry: str) -> dict[str, Any]:
    data = on("lazada_th", "TH")
    data["complaints"][0]["listings"] = [entry]
    return data


FIRST = "https://www.lazada.co.th/products/pdp-i2896336114.html"
SECONDS = [
    "https://www.lazada.co.th/products/pdp-i4212266679.html",  # already named
    "https://www.lazada.co.th/products/กระเป๋า-i4212266679.html",
    "https://www.lazada.co.th/products/%E0%B8%81-i4212266679.html",
    "www.lazada.co.th/products/รองเท้า-i4212266679-s20072727483.html",
]


@pytest.mark.parametrize("second", SECONDS)
def test_a_second_listing_with_a_decoded_slug_is_several_urls(second: str) -> None:
    """The check's ``listing-several-urls`` names a second listing whose slug is decoded
    (it was not named: the entry passed and the second listing was lost)."""
    codes = {f.code for f in _findings(_several(f"{FIRST} {second}"), "brief")}
    assert "listing-several-urls" in codes, codes
    alone = {f.code for f in _findings(_several(FIRST), "brief")}
    assert "listing-several-urls" not in alone, alone


TLDS = {"sg": "sg", "id": "co.id", "my": "com.my", "th": "co.th", "ph": "com.ph", "vn": "vn"}


@pytest.mark.parametrize("platform", sorted(COUNTRIES))
def test_a_lazada_complaint_takes_its_own_sites_listings_only(platform: str) -> None:
    """Item ids are per site (listing-urls.md section 7): a complaint on one Lazada site
    refuses another site's listing (``listing-wrong-platform``) and any site's store
    (``listing-wrong-kind``: store-front complaints only on Taobao and Tmall, B16)."""
    own = platform.removeprefix("lazada_")
    for site, tld in TLDS.items():
        data = on(platform, COUNTRIES[platform])
        data["complaints"][0]["listings"] = [
            f"https://www.lazada.{tld}/products/pdp-i2896336114.html"
        ]
        errors = {f.code for f in _findings(data, "brief") if str(f.severity) == "error"}
        assert errors == (set() if site == own else {"listing-wrong-platform"}), (site, errors)
    data = on(platform, COUNTRIES[platform])
    data["complaints"][0]["listings"] = [f"https://www.lazada.{TLDS[own]}/shop/xmdgbhc3/"]
    errors = {f.code for f in _findings(data, "brief") if str(f.severity) == "error"}
    assert errors == {"listing-wrong-kind"}, errors


@pytest.mark.parametrize("platform", sorted(COUNTRIES))
def test_a_lazada_count_in_chinas_holidays_says_they_are_not_the_sites(platform: str) -> None:
    """Counted in the built-in calendar of mainland China's holidays (Golden Week 2024 here,
    a week of working days in the six countries), a Lazada site's window says the calendar
    is not its country's and names the country's own (``--calendar site``); a Taobao window in the
    same calendar, and a Lazada one in ``weekends``, say nothing of it."""
    calendar = china_calendar(2024, 2025)
    country = COUNTRIES[platform]
    for deadline in ("counter_notice_round_1", "counter_notice_lazada"):
        result = deadline_for(deadline, date(2024, 9, 30), calendar=calendar, platform=platform)
        assert result.due == date(2024, 10, 10)  # the holidays counted, as asked
        assert f"mainland China's public holidays, not {country}'s" in (result.note or "")
        plain = deadline_for(deadline, date(2024, 9, 30), platform=platform)
        assert "mainland China" not in (plain.note or ""), plain.note
    listed = deadlines_from("takedown", date(2024, 9, 30), calendar=calendar, platform=platform)
    assert listed and all("mainland China" in (r.note or "") for r in listed), listed
    taobao = deadline_for("counter_notice_round_1", date(2024, 9, 30), calendar=calendar,
                          platform="taobao")  # fmt: skip
    assert "mainland China" not in (taobao.note or ""), taobao.note
