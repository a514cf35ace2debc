"""``HolidayCalendar``'s date fields take plain dates only; anything else is a TypeError that
names the field (a datetime: and the date to give), never a CalendarError or a bare message
from ``frozenset`` ("'datetime.datetime' object is not iterable")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.calendars import HolidayCalendar
from ipprules.errors import IpprulesError

SETS = ("holidays", "workdays")
BOUNDS = ("valid_from", "valid_until")
SAT = date(2024, 9, 28)

not_dates = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)),
    st.dates().map(lambda d: d.isoformat()),
    st.integers(),
    st.none(),
    st.floats(allow_nan=False),
    st.lists(st.dates(), max_size=2),
)


def _build(field: str, value: Any) -> None:
    HolidayCalendar(**{field: value})


@given(field=st.sampled_from(SETS), bad=not_dates, good=st.lists(st.dates(), max_size=3))
def test_a_date_set_refuses_every_other_type_naming_the_field(
    field: str, bad: Any, good: list[date]
) -> None:
    with pytest.raises(TypeError) as info:
        _build(field, [*good, bad])
    assert not isinstance(info.value, IpprulesError)
    message = str(info.value)
    assert message.startswith(f"HolidayCalendar {field}: {bad!r}")
    if isinstance(bad, datetime):
        assert message.endswith(f"give its date ({bad.date().isoformat()}, value.date())")
    else:
        assert message.endswith("is not a date (datetime.date)")


@given(field=st.sampled_from(BOUNDS), bad=not_dates.filter(lambda v: v is not None))
def test_a_bound_refuses_every_other_type_naming_the_field(field: str, bad: Any) -> None:
    with pytest.raises(TypeError, match=f"^HolidayCalendar {field}: "):
        _build(field, bad)


@pytest.mark.parametrize("field", SETS)
@pytest.mark.parametrize("value", [datetime(2024, 9, 28), "2024-09-28", b"x", 5])
def test_a_date_set_that_is_no_collection_is_named(field: str, value: Any) -> None:
    with pytest.raises(TypeError, match=f"^HolidayCalendar {field} must be a collection of dates"):
        _build(field, value)


def test_plain_dates_still_build_a_calendar() -> None:
    cal = HolidayCalendar(
        holidays=(date(2024, 10, 1),),
        workdays=[SAT],
        valid_from=SAT,
        valid_until=date(2024, 12, 31),
    )
    assert cal.is_business_day(SAT) and not cal.is_business_day(date(2024, 10, 1))


@pytest.mark.parametrize("field", SETS)
def test_a_mapping_of_dates_gives_its_dates(field: str) -> None:
    """A mapping of dates to names (the ``holidays`` package's calendars are such mappings)
    gives its keys, as iterating it does; a key that is no date is named."""
    assert getattr(HolidayCalendar(**{field: {SAT: "make-up day"}}), field) == {SAT}
    with pytest.raises(TypeError, match=f"^HolidayCalendar {field}: '2024-09-28'"):
        _build(field, {"2024-09-28": "x"})


def test_a_holidays_package_calendar_is_taken_as_it_is() -> None:
    holidays = pytest.importorskip("holidays")
    china = holidays.China(years=2024)
    cal = HolidayCalendar(holidays=china)
    assert date(2024, 10, 1) in cal.holidays and len(cal.holidays) == len(china)
