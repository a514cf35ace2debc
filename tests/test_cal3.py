"""cal3: what Lazada's country calendars leave in doubt is said, never silently guessed.

Indonesia's collective leave (cuti bersama) and Kuala Lumpur's own holidays are working days
(the rule book names the country only, B14), and a count across one says so; a count across a
holiday whose date the ``holidays`` package estimates says so; ``MissingExtraError.feature``
names the calendar asked for.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from unittest import mock

import holidays
import pytest

from ipprules.calendars import HolidayCalendar, MissingExtraError, country_calendar
from ipprules.cli import main
from ipprules.lifecycle import deadline_for

FIRST = "counter_notice_round_1"  # 3 business days (R61)


def test_indonesias_collective_leave_is_a_working_day_and_a_count_across_it_says_so() -> None:
    joint = holidays.country_holidays("ID", years=2025, categories=("government",))
    leave = date(2025, 4, 2)  # Eid al-Fitr Joint Holiday, a Wednesday
    assert leave in joint and leave not in holidays.country_holidays("ID", years=2025)
    cal = country_calendar("ID", 2025)
    assert cal.is_business_day(leave)  # the default calendar: not guessed a day off
    result = deadline_for(FIRST, date(2025, 3, 31), calendar=cal, platform="lazada_id")
    assert result.due == date(2025, 4, 4)  # 31 March and 1 April are Idul Fitri
    assert result.note is not None
    assert "2025-04-02, 2025-04-03, 2025-04-04: collective leave (cuti bersama)" in result.note
    assert "known gap" in result.note
    # a window across no such day carries no calendar note
    plain = deadline_for(FIRST, date(2025, 7, 1), calendar=cal, platform="lazada_id")
    assert plain.note is not None and "cuti bersama" not in plain.note


def test_malaysia_is_national_holidays_with_kuala_lumpurs_own_noted() -> None:
    thaipusam = date(2025, 2, 11)  # a Kuala Lumpur holiday, not a national one
    assert thaipusam in holidays.MY(years=2025, subdiv="KUL")
    cal = country_calendar("my", 2025)
    assert cal.is_business_day(thaipusam)
    result = deadline_for(FIRST, date(2025, 2, 10), calendar=cal, platform="lazada_my")
    assert result.due == date(2025, 2, 13)
    assert result.note is not None
    assert "2025-02-11: Kuala Lumpur (federal territory) holidays" in result.note
    # a national holiday is a day off and no note of doubt
    national = deadline_for(FIRST, date(2025, 3, 28), calendar=cal, platform="lazada_my")
    assert national.due == date(2025, 4, 4) and "Kuala Lumpur" not in (national.note or "")


def _estimated_weekday(code: str) -> date:
    """A weekday holiday whose date the installed ``holidays`` estimates (2028-2032)."""
    source = holidays.country_holidays(code, years=range(2028, 2033))
    return min(d for d, n in source.items() if "estimated" in n and d.weekday() < 4)


@pytest.mark.parametrize("code", ["SG", "ID"])
def test_a_count_across_an_estimated_holiday_says_so(
    code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    day = _estimated_weekday(code)
    cal = country_calendar(code, day.year)
    assert not cal.is_business_day(day)
    before = date.fromordinal(day.toordinal() - 1)
    result = deadline_for(FIRST, before, calendar=cal)
    assert result.note is not None
    assert f"{day}" in result.note and "the 'holidays' package estimates" in result.note
    argv = ["deadline", FIRST, "--on", str(before), "--calendar", code.lower(), "--format", "json"]
    assert main(argv) == 0
    (shown,) = json.loads(capsys.readouterr().out)["deadlines"]
    assert shown["note"] == result.note.replace(f"'{code} {day.year}'", f"'{shown['counted_in']}'")


def test_missing_extra_names_the_country_calendar_asked_for() -> None:
    with (
        mock.patch.dict(sys.modules, {"holidays": None}),
        pytest.raises(MissingExtraError) as caught,
    ):
        country_calendar("id", 2025)
    assert caught.value.feature == "the Indonesia (ID) holiday calendar"
    assert caught.value.extra == "holidays"
    assert str(caught.value).startswith("the Indonesia (ID) holiday calendar needs")
    assert "China" not in str(caught.value)
    assert MissingExtraError().feature == "the China holiday calendar"


def test_day_notes_are_checked_and_kept_in_date_order() -> None:
    cal = HolidayCalendar(day_notes=[(date(2025, 5, 2), "b"), (date(2025, 5, 1), "a")])
    assert cal.day_notes == ((date(2025, 5, 1), "a"), (date(2025, 5, 2), "b"))
    assert cal.notes_between(date(2025, 4, 30), date(2025, 5, 2)) == (
        "2025-05-01: a",
        "2025-05-02: b",
    )
    with pytest.raises(TypeError, match="datetime"):
        HolidayCalendar(day_notes={datetime(2025, 5, 1, 9): "a"})
    with pytest.raises(TypeError, match="not a str"):
        HolidayCalendar(day_notes={date(2025, 5, 1): 1})
    with pytest.raises(TypeError, match="day_notes"):
        HolidayCalendar(day_notes="2025-05-01")


def test_the_named_alternative_window_says_the_doubtful_days_it_crosses_beyond_this_one() -> None:
    """D4's 3-5 working days run to 8 April, across the collective leave of 7 April that the
    default window (to 4 April) does not reach: the alternative's dates say so."""
    cal = country_calendar("ID", 2025)
    result = deadline_for(FIRST, date(2025, 3, 31), calendar=cal, platform="lazada_id")
    assert result.note is not None
    assert (
        "due 2025-04-04 to 2025-04-08 (counted in calendar 'ID 2025' across 2025-04-07: "
        "collective leave (cuti bersama)"
    ) in result.note
