"""Business-day calendars: arithmetic, HolidayCalendar validation, Hypothesis properties."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.calendars import (
    WEEKENDS,
    Calendar,
    CalendarError,
    HolidayCalendar,
    add_business_days,
    business_days_between,
    is_business_day,
)
from ipprules.errors import CoverageError, IpprulesError

MON = date(2024, 9, 23)  # a Monday
FRI = date(2024, 9, 27)
SAT = date(2024, 9, 28)
SUN = date(2024, 9, 29)


class DayByDay:
    """The same rules as a HolidayCalendar, but only through the protocol (the slow path)."""

    def __init__(self, inner: HolidayCalendar) -> None:
        self.inner = inner
        self.name = inner.name

    def is_business_day(self, d: date, /) -> bool:
        return self.inner.is_business_day(d)


# -- examples ------------------------------------------------------------------------------


def test_weekends_default() -> None:
    assert [is_business_day(MON + timedelta(days=i)) for i in range(7)] == [
        True,
        True,
        True,
        True,
        True,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (FRI, 1, date(2024, 9, 30)),
        (SAT, 1, date(2024, 9, 30)),
        (SUN, 1, date(2024, 9, 30)),
        (MON, 1, date(2024, 9, 24)),
        (MON, 5, date(2024, 9, 30)),
        (MON, 10, date(2024, 10, 7)),
        (FRI, 3, date(2024, 10, 2)),
        (SAT, 0, SAT),
        (MON, -1, date(2024, 9, 20)),
        (SUN, -1, FRI),
        (SAT, -1, FRI),
        (date(2024, 9, 30), -1, FRI),
        (date(2024, 10, 7), -10, MON),
    ],
)
def test_add_business_days_examples(start: date, n: int, expected: date) -> None:
    assert add_business_days(start, n) == expected
    assert add_business_days(start, n, DayByDay(WEEKENDS)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (FRI, FRI, 0),
        (FRI, SAT, 0),
        (FRI, date(2024, 9, 30), 1),
        (SAT, SUN, 0),
        (MON, date(2024, 10, 7), 10),
        (date(2024, 9, 30), FRI, -1),  # [Fri, Mon): Friday only
        (SUN, SAT, 0),
        (date(2024, 10, 7), MON, -10),
    ],
)
def test_business_days_between_examples(a: date, b: date, expected: int) -> None:
    assert business_days_between(a, b) == expected
    assert business_days_between(a, b, DayByDay(WEEKENDS)) == expected


def test_r61_round_1_deadline_with_chinese_golden_week() -> None:
    # received on Friday 27 Sep 2024; 3 business days with National Day off and the make-up
    # Sunday 29 Sep worked: Sun 29, Mon 30, then Tue 8 Oct
    cal = HolidayCalendar(
        name="golden week 2024",
        holidays=[date(2024, 10, d) for d in range(1, 8)],
        workdays=[date(2024, 9, 29), date(2024, 10, 12)],
    )
    assert add_business_days(FRI, 3, cal) == date(2024, 10, 8)
    assert add_business_days(FRI, 1, cal) == SUN
    assert business_days_between(FRI, date(2024, 10, 12), cal) == 7
    assert add_business_days(date(2024, 10, 8), -1, cal) == date(2024, 9, 30)


def test_holiday_on_a_weekend_changes_nothing() -> None:
    cal = HolidayCalendar(holidays=[SAT])
    assert business_days_between(MON, date(2024, 10, 7), cal) == 10


def test_custom_weekend() -> None:
    # Friday and Saturday off, as in several Gulf states
    cal = HolidayCalendar(name="fri-sat", weekend=[4, 5])
    assert not cal.is_business_day(FRI)
    assert cal.is_business_day(SUN)
    assert add_business_days(date(2024, 9, 26), 1, cal) == SUN


def test_calendar_protocol_is_structural() -> None:
    assert isinstance(WEEKENDS, Calendar)
    assert isinstance(DayByDay(WEEKENDS), Calendar)
    assert not isinstance(object(), Calendar)


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"holidays": [SUN], "workdays": [SUN]}, "both a holiday and a make-up working day"),
        ({"workdays": [MON]}, "is not a weekend day"),
        ({"weekend": range(7)}, "no business day"),
        ({"weekend": [7]}, "not a weekday number"),
        ({"weekend": [True]}, "not a weekday number"),
        ({"valid_from": date(2025, 1, 1), "valid_until": date(2024, 1, 1)}, "after valid_until"),
    ],
)
def test_holiday_calendar_validation(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(CalendarError, match=message):
        HolidayCalendar(**kwargs)  # type: ignore[arg-type]


def test_datetime_is_not_a_holiday_date() -> None:
    """A datetime in a date field was a CalendarError ("is not a plain date"): it is a wrong
    Python type, a TypeError naming the field and the date to give instead."""
    from datetime import datetime

    with pytest.raises(TypeError) as info:
        HolidayCalendar(holidays=[datetime(2024, 10, 1, 12)])
    assert not isinstance(info.value, CalendarError)
    assert str(info.value) == (
        "HolidayCalendar holidays: datetime.datetime(2024, 10, 1, 12, 0) is a datetime, not a "
        "date: give its date (2024-10-01, value.date())"
    )


def test_calendar_is_frozen_and_hashable_by_value() -> None:
    a = HolidayCalendar(holidays=[MON])
    b = HolidayCalendar(holidays={MON})
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(AttributeError):
        a.name = "x"  # type: ignore[misc]


def test_coverage_is_enforced() -> None:
    cal = HolidayCalendar(name="2024", valid_from=date(2024, 1, 1), valid_until=date(2024, 12, 31))
    assert cal.is_business_day(date(2024, 12, 31))
    with pytest.raises(CoverageError, match="2025-01-01 is outside"):
        cal.is_business_day(date(2025, 1, 1))
    with pytest.raises(CoverageError):
        add_business_days(date(2024, 12, 30), 2, cal)
    with pytest.raises(CoverageError):
        business_days_between(date(2023, 12, 30), date(2024, 1, 3), cal)
    # the starting date itself is never counted, so it may lie just outside
    assert add_business_days(date(2023, 12, 31), 1, cal) == date(2024, 1, 1)
    assert business_days_between(date(2023, 12, 31), date(2024, 1, 2), cal) == 2
    assert add_business_days(date(2025, 1, 1), -1, cal) == date(2024, 12, 31)


def test_business_days_between_backwards_outside_coverage_is_refused() -> None:
    cal = HolidayCalendar(valid_from=date(2024, 1, 1))
    with pytest.raises(CoverageError):
        business_days_between(date(2024, 1, 2), date(2023, 12, 29), cal)


def test_arithmetic_off_the_end_of_time_is_our_error() -> None:
    with pytest.raises(CalendarError):
        add_business_days(date.max - timedelta(days=3), 10)
    with pytest.raises(CalendarError):
        add_business_days(date.min + timedelta(days=3), -10)
    with pytest.raises(CalendarError):
        add_business_days(date.max - timedelta(days=3), 10, DayByDay(WEEKENDS))


def test_generic_calendar_without_business_days_is_refused() -> None:
    class Never:
        name = "never"

        def is_business_day(self, d: date, /) -> bool:
            return False

    with pytest.raises(CalendarError, match="no business day"):
        add_business_days(MON, 1, Never())


def test_n_must_be_an_int() -> None:
    with pytest.raises(TypeError):
        add_business_days(MON, 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        add_business_days(MON, True)


def test_calendar_error_is_an_ipprules_error() -> None:
    assert issubclass(CalendarError, IpprulesError)


# -- Hypothesis ----------------------------------------------------------------------------

DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
STEPS = st.integers(min_value=-400, max_value=400)


@st.composite
def calendars(draw: st.DrawFn) -> HolidayCalendar:
    weekend = draw(st.frozensets(st.integers(0, 6), max_size=6))
    window = st.dates(min_value=date(2023, 6, 1), max_value=date(2025, 6, 30))
    holidays = draw(st.frozensets(window, max_size=40))
    candidates = draw(st.frozensets(window, max_size=20))
    workdays = {d for d in candidates if d.weekday() in weekend and d not in holidays}
    return HolidayCalendar(name="drawn", weekend=weekend, holidays=holidays, workdays=workdays)


NEAR = st.dates(min_value=date(2022, 6, 1), max_value=date(2026, 6, 30))


@given(DATES, st.integers(min_value=1, max_value=2000))
def test_adding_lands_on_a_business_day(start: date, n: int) -> None:
    result = add_business_days(start, n)
    assert result > start
    assert WEEKENDS.is_business_day(result)


@given(calendars(), NEAR, st.integers(min_value=-300, max_value=300).filter(bool))
def test_adding_lands_on_a_business_day_custom(cal: HolidayCalendar, start: date, n: int) -> None:
    result = add_business_days(start, n, cal)
    assert cal.is_business_day(result)
    assert (result > start) == (n > 0)


@given(calendars(), NEAR, STEPS, STEPS)
def test_more_days_never_land_earlier(cal: HolidayCalendar, start: date, m: int, n: int) -> None:
    lo, hi = sorted((m, n))
    assert add_business_days(start, lo, cal) <= add_business_days(start, hi, cal)
    if lo < hi:
        assert add_business_days(start, lo, cal) < add_business_days(start, hi, cal)


@given(calendars(), NEAR, STEPS)
def test_between_inverts_add(cal: HolidayCalendar, start: date, n: int) -> None:
    assert business_days_between(start, add_business_days(start, n, cal), cal) == n


@given(calendars(), NEAR, NEAR)
def test_add_inverts_between_on_business_days(cal: HolidayCalendar, a: date, b: date) -> None:
    back = add_business_days(a, business_days_between(a, b, cal), cal)
    if b == a or cal.is_business_day(b):
        assert back == b
    elif b > a:
        # the last business day before b (or a itself when there is none in between)
        assert back < b
        assert business_days_between(back, b, cal) == 0
    else:
        assert back > b


@settings(max_examples=60)
@given(calendars(), NEAR, NEAR)
def test_fast_path_matches_day_by_day(cal: HolidayCalendar, a: date, b: date) -> None:
    slow = DayByDay(cal)
    assert business_days_between(a, b, cal) == business_days_between(a, b, slow)
    n = (b - a).days // 3
    assert add_business_days(a, n, cal) == add_business_days(a, n, slow)


@given(calendars(), NEAR, NEAR, NEAR)
def test_between_is_additive(cal: HolidayCalendar, a: date, b: date, c: date) -> None:
    a, b, c = sorted((a, b, c))
    total = business_days_between(a, c, cal)
    assert total == business_days_between(a, b, cal) + business_days_between(b, c, cal)
    assert total >= 0


@given(NEAR, st.integers(min_value=0, max_value=500))
def test_more_holidays_never_shorten_a_deadline(start: date, n: int) -> None:
    extra = HolidayCalendar(name="extra", holidays=[start + timedelta(days=i) for i in range(1, 9)])
    assert add_business_days(start, n, extra) >= add_business_days(start, n)


_NOT_CALENDARS = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=8),
    st.binary(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.dates(),
    st.just(HolidayCalendar),  # the class, not a calendar
)


def _calendar_calls() -> dict[str, Callable[[object], object]]:
    from ipprules.lifecycle import (
        Event,
        EventRecord,
        State,
        deadline_for,
        deadlines_from,
        due_date,
        lifecycle_report,
        next_deadlines,
    )

    day = date(2024, 9, 27)
    events = [EventRecord("ipr_verified", day), EventRecord("takedown", day)]
    return {
        "is_business_day": lambda c: is_business_day(day, c),  # type: ignore[arg-type]
        "add_business_days": lambda c: add_business_days(day, 3, c),  # type: ignore[arg-type]
        "add_business_days(0)": lambda c: add_business_days(day, 0, c),  # type: ignore[arg-type]
        "business_days_between": lambda c: business_days_between(day, day, c),  # type: ignore[arg-type]
        "due_date": lambda c: due_date(day, 3, "calendar_days", c),  # type: ignore[arg-type]
        "deadline_for": lambda c: deadline_for("counter_notice_round_1", day, calendar=c),  # type: ignore[arg-type]
        "deadlines_from": lambda c: deadlines_from("takedown", day, calendar=c),  # type: ignore[arg-type]
        "next_deadlines": lambda c: next_deadlines(
            State.TAKEN_DOWN,
            {Event.TAKEDOWN: day},
            calendar=c,  # type: ignore[arg-type]
        ),
        "lifecycle_report": lambda c: lifecycle_report(events, calendar=c),  # type: ignore[arg-type]
    }


@pytest.mark.parametrize("name", sorted(_calendar_calls()))
@settings(max_examples=25, deadline=None)
@given(junk=_NOT_CALENDARS)
def test_a_calendar_that_is_not_one_is_a_type_error(name: str, junk: object) -> None:
    """Before: an AttributeError (``'str' object has no attribute 'is_business_day'``)."""
    with pytest.raises(TypeError, match="calendar must have an is_business_day method"):
        _calendar_calls()[name](junk)


@settings(max_examples=30, deadline=None)
@given(
    amount=st.integers(min_value=3_000_000, max_value=10**12),
    unit=st.sampled_from(["calendar_days", "hours", "business_days", "working_days"]),
)
def test_a_due_date_past_the_last_date_is_a_calendar_error(amount: int, unit: str) -> None:
    """Before: calendar days and hours raised OverflowError (not an ipprules error)."""
    from ipprules.lifecycle import due_date

    if unit == "hours":
        amount *= 24
    with pytest.raises(CalendarError, match="outside the supported date range"):
        due_date(date(2999, 12, 31), amount, unit)
