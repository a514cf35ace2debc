"""The Good Faith engine's month arithmetic is ``dateutil.relativedelta``'s, exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith.engine import add_months, first_day_out, shift_months, window_start

_MONTHS = st.integers(min_value=-130_000, max_value=130_000)


def _reference(day: dt.date, months: int) -> dt.date | type[ValueError]:
    try:
        out: dt.date = day + relativedelta(months=months)
    except ValueError:
        return ValueError
    return out


@given(st.dates(), _MONTHS)
def test_shift_months_is_relativedelta(day: dt.date, months: int) -> None:
    expected = _reference(day, months)
    if expected is ValueError:
        with pytest.raises(ValueError, match="out of range"):
            shift_months(day, months)
    else:
        assert shift_months(day, months) == expected
        assert add_months(day, months) == expected
        assert window_start(day, -months) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_month_ends_and_leap_days(day: dt.date) -> None:
    for months in (1, 3, 6, 12, 24, -1, -3, -12):
        assert shift_months(day, months) == day + relativedelta(months=months)


@given(st.datetimes(), st.integers(min_value=-24, max_value=24))
def test_a_datetime_keeps_its_type_and_time(moment: dt.datetime, months: int) -> None:
    expected = _reference(moment, months)
    if expected is ValueError:
        with pytest.raises(ValueError, match="out of range"):
            shift_months(moment, months)
    else:
        assert shift_months(moment, months) == expected
        assert type(shift_months(moment, months)) is dt.datetime


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 1, 1)),
    st.integers(min_value=1, max_value=36),
)
def test_first_day_out_is_the_first_as_of_without_the_complaint(
    filed: dt.date, months: int
) -> None:
    out = first_day_out(filed, months)
    assert window_start(out, months) >= filed  # out of the window on that day
    day_before = out - dt.timedelta(days=1)
    assert window_start(day_before, months) < filed  # still inside the day before


@pytest.mark.parametrize(
    ("call", "day", "months"),
    [
        (first_day_out, dt.date(2023, 1, 1), 10**6),  # ValueError: year 85356
        (first_day_out, dt.date(9999, 12, 31), 1),
        (first_day_out, dt.date(1, 1, 1), 0),  # OverflowError: the day before 0001-01-01
        (window_start, dt.date(1, 1, 1), 1),
        (add_months, dt.date(9999, 12, 1), 1),
        (shift_months, dt.datetime(2020, 1, 1), 10**30),  # OverflowError: past a C long
        (first_day_out, dt.date(2020, 1, 1), 10**30),
    ],
)
def test_a_shift_out_of_the_years_is_the_librarys_error(
    call: Callable[[dt.date, int], dt.date], day: dt.date, months: int
) -> None:
    """Public functions raise only TypeError or the library's own errors: a month shift out of
    the years 1 to 9999 was a plain ValueError or OverflowError (apifuzz4 left it)."""
    with pytest.raises(InputError, match="out of range") as caught:
        call(day, months)
    assert "dates run from the year 1 to 9999" in str(caught.value)
    assert isinstance(caught.value, ValueError)  # still what relativedelta raises
