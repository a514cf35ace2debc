"""Mainland China's public holidays and adjusted working days, from the ``holidays`` package.

This is an optional extra: ``pip install ipprules[holidays]``. The ``holidays`` package is
imported only when :func:`china_calendar` is called, never by ``import ipprules``.

``holidays.China`` models both halves of the State Council's yearly schedule: the days off
(statutory holidays plus the weekdays given off in exchange, 调休) and the weekend days worked in
exchange (``weekend_workdays``, 补班). Only the years for which the installed ``holidays`` release
carries the published schedule are accepted; a later year raises
:class:`~ipprules.errors.CoverageError` instead of guessing, because the schedule for a year is
announced only in the November before it.

>>> cal = china_calendar(2024)                        # doctest: +SKIP
>>> cal.is_business_day(date(2024, 9, 29))            # doctest: +SKIP
True
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

from ipprules.calendars.base import HolidayCalendar
from ipprules.errors import CoverageError, IpprulesError, MissingExtra, shown_value

__all__ = ["FIRST_CHINA_YEAR", "MissingExtraError", "china_calendar", "last_china_year"]

#: The first year whose schedule the ``holidays`` package checked against the State Council's
#: notices (its own documentation says "from 2001 onwards").
FIRST_CHINA_YEAR = 2001


class MissingExtraError(MissingExtra):
    """An optional dependency is not installed: the ``holidays`` extra (a
    :class:`~ipprules.errors.MissingExtra`, whose ``extra`` is ``"holidays"``).

    >>> import sys
    >>> from unittest import mock
    >>> from ipprules.calendars import MissingExtraError, china_calendar
    >>> with mock.patch.dict(sys.modules, {"holidays": None}):  # as if not installed
    ...     try:
    ...         china_calendar(2024)
    ...     except MissingExtraError as error:
    ...         print(error)
    the China holiday calendar needs the optional 'holidays' package: pip install ...

    ``feature`` names what was asked for (``"the China holiday calendar"``, ``"the Indonesia
    (ID) holiday calendar"``), as :class:`~ipprules.errors.MissingExtra`'s does.
    """

    default_message = "an optional dependency is missing"

    def __init__(
        self, message: str | None = None, *, feature: str = "the China holiday calendar"
    ) -> None:
        if not isinstance(feature, str):
            raise TypeError(f"feature must be a str, not {type(feature).__name__}")
        self.extra = "holidays"
        self.feature = feature
        IpprulesError.__init__(self, message)


def _holidays_module() -> Any:
    try:
        return importlib.import_module("holidays")
    except ImportError as exc:
        raise MissingExtraError(
            "the China holiday calendar needs the optional 'holidays' package: "
            "pip install 'ipprules[holidays]'"
        ) from exc


def last_china_year() -> int:
    """The last year whose official schedule the installed ``holidays`` package carries.

    >>> last_china_year() >= 2024                         # doctest: +SKIP
    True
    """
    _holidays_module()
    try:
        china = importlib.import_module("holidays.countries.china")
        schedule = china.ChinaStaticHolidays.special_public_holidays
        return int(max(schedule))
    except (ImportError, AttributeError, TypeError, ValueError) as exc:  # pragma: no cover
        raise MissingExtraError(
            "the installed 'holidays' package does not expose China's yearly schedule; "
            "install a supported release: pip install 'ipprules[holidays]'"
        ) from exc


def year_range(first_year: object, last_year: object) -> tuple[int, int]:
    """``first_year`` and ``last_year`` (default: ``first_year``) of a calendar checked: whole
    numbers (a ``TypeError`` otherwise), the first not after the last (an ``IpprulesError``).

    >>> year_range(2024, None), year_range(2024, 2026)
    ((2024, 2024), (2024, 2026))
    """
    if last_year is None:
        last_year = first_year
    for value in (first_year, last_year):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"years must be integers, not {type(value).__name__}")
    assert isinstance(first_year, int) and isinstance(last_year, int)  # for mypy
    # as plain ints: an int subclass's own comparisons (which may raise) are never called
    first_year, last_year = int.__index__(first_year), int.__index__(last_year)
    if first_year > last_year:
        raise IpprulesError(
            f"first_year {shown_value(first_year)} is after last_year {shown_value(last_year)}"
        )
    return first_year, last_year


def china_calendar(first_year: int, last_year: int | None = None) -> HolidayCalendar:
    """Mainland China's days off and make-up working days for ``first_year`` .. ``last_year``.

    The calendar covers 1 January of ``first_year`` to 31 December of ``last_year`` (default:
    ``first_year``); outside that it raises :class:`~ipprules.errors.CoverageError`.
    Half-day holidays (for example the afternoon of 8 March for women) are not days off.

    >>> cal = china_calendar(2024)                        # doctest: +SKIP
    >>> from ipprules.calendars import add_business_days
    >>> add_business_days(date(2024, 9, 27), 3, cal)      # doctest: +SKIP
    datetime.date(2024, 10, 8)
    """
    first_year, last_year = year_range(first_year, last_year)
    holidays = _holidays_module()
    newest = last_china_year()
    if first_year < FIRST_CHINA_YEAR or last_year > newest:
        raise CoverageError(
            f"the installed 'holidays' {holidays.__version__} has China's official schedule "
            f"for {FIRST_CHINA_YEAR} to {newest}; asked for {shown_value(first_year)} to "
            f"{shown_value(last_year)}. "
            "Upgrade 'holidays', or load your own calendar file with load_calendar()"
        )
    start, end = date(first_year, 1, 1), date(last_year, 12, 31)
    # A year's notice can move a make-up working day into the previous December, so read one
    # year beyond the range and keep only the dates inside it.
    years = range(first_year, min(last_year + 1, newest) + 1)
    source = holidays.China(years=years)
    days_off = {d for d in source if start <= d <= end}
    weekend_workdays = getattr(source, "weekend_workdays", None)
    if weekend_workdays is None:  # pragma: no cover - releases before the make-up days existed
        raise MissingExtraError(
            f"'holidays' {holidays.__version__} does not model China's make-up working days; "
            "pip install 'ipprules[holidays]' to get a supported release"
        )
    workdays = {d for d in weekend_workdays if start <= d <= end}
    return HolidayCalendar(
        name=f"CN {first_year}" if first_year == last_year else f"CN {first_year}-{last_year}",
        holidays=days_off,
        workdays=workdays,
        valid_from=start,
        valid_until=end,
    )
