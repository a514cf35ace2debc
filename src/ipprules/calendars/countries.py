"""The public holidays of Lazada's six countries, from the optional ``holidays`` package.

Lazada's windows are counted in business or working days of the site's country (B14: each
site is its country's; R61, D4). :func:`country_calendar` builds a
:class:`~ipprules.calendars.HolidayCalendar` for Singapore (``SG``), Malaysia (``MY``),
Thailand (``TH``), Indonesia (``ID``), the Philippines (``PH``) or Vietnam (``VN``) from
``holidays.country_holidays(code, years=...)``: the national public holidays are days off,
with the substitute days ("in lieu", "observed") as the package gives them, Saturday and
Sunday are the weekend, and the weekend days the government makes working days in exchange
(Vietnam's) are working days.

What the rule book does not settle is never guessed; a count across such a day says so (the
calendar's ``day_notes``, in a deadline's ``note``):

* Malaysia: national holidays only (B14: the right's country). Lazada MY is in Kuala Lumpur,
  but the rule book does not say that the federal territory's own holidays (Federal Territory
  Day, Thaipusam, ...) stop the count: those weekdays are working days, each with a note.
* Indonesia: the collective leave days (cuti bersama, the package's ``government`` category)
  are working days, each with a note: whether Lazada ID counts them is a known gap.
* A holiday whose date the package estimates (an Islamic or lunar feast not yet announced,
  marked "estimated") is a day off, with a note that its date may move.

This is an optional extra: ``pip install ipprules[holidays]``. The package is imported only
when :func:`country_calendar` is called, never by ``import ipprules``.

>>> cal = country_calendar("th", 2025)                # doctest: +SKIP
>>> cal.name, cal.is_business_day(date(2025, 4, 14))  # doctest: +SKIP
('TH 2025', False)
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

from ipprules.calendars.base import HolidayCalendar
from ipprules.calendars.china import MissingExtraError, year_range
from ipprules.errors import CoverageError, UnknownNameError, plain, shown_value

__all__ = ["LAZADA_COUNTRIES", "country_calendar", "country_of_site"]

#: The countries of Lazada's six sites (``lazada_sg`` ... ``lazada_vn``), by ISO code.
LAZADA_COUNTRIES = {
    "SG": "Singapore",
    "MY": "Malaysia",
    "TH": "Thailand",
    "ID": "Indonesia",
    "PH": "the Philippines",
    "VN": "Vietnam",
}


def country_of_site(platform: str) -> str | None:
    """The ISO code of a Lazada site's country (``lazada_th`` is ``TH``); ``None`` for any
    other platform.

    >>> country_of_site("lazada_th"), country_of_site("taobao")
    ('TH', None)
    """
    if not isinstance(platform, str):
        raise TypeError(f"platform must be a str, not {type(platform).__name__}")
    code = platform.removeprefix("lazada_").upper() if platform.startswith("lazada_") else ""
    return code if code in LAZADA_COUNTRIES else None


def _holidays_module(code: str) -> Any:
    feature = f"the {LAZADA_COUNTRIES[code]} ({code}) holiday calendar"
    try:
        return importlib.import_module("holidays")
    except ImportError as exc:
        raise MissingExtraError(
            f"{feature} needs the optional 'holidays' package: pip install 'ipprules[holidays]'",
            feature=feature,
        ) from exc


#: What a count across a day off the rule book does not settle says, by country.
_NOT_COUNTED = {
    "MY": (
        "Kuala Lumpur (federal territory) holidays, not national ones, not counted as days "
        "off: the rule book does not say whether Lazada MY's working days skip them "
        "(a known gap)"
    ),
    "ID": (
        "collective leave (cuti bersama), not counted as days off: the rule book does not say "
        "whether Lazada ID's working days skip it (a known gap)"
    ),
}

#: What a count across a holiday whose date the package estimates says.
_ESTIMATED = (
    "days off on dates the 'holidays' package estimates (a feast not yet announced): they may "
    "move, and the count with them"
)


def _doubtful_days(
    holidays: Any, code: str, years: range, start: date, end: date, days_off: set[date]
) -> dict[date, str]:
    """The notes of the calendar's doubtful days: the days off whose date the package
    estimates, and the weekdays it does not count as days off though the country's people
    may be off (Kuala Lumpur's own holidays, Indonesia's collective leave)."""
    source = holidays.country_holidays(code, years=years)
    notes = {d: _ESTIMATED for d in days_off if "estimated" in str(source.get(d, ""))}
    if code in _NOT_COUNTED:
        extra = (
            holidays.country_holidays(code, years=years, subdiv="KUL")
            if code == "MY"
            else holidays.country_holidays(code, years=years, categories=("government",))
        )
        for d in extra:
            if start <= d <= end and d not in days_off and d.weekday() < 5:
                notes[d] = _NOT_COUNTED[code]
    return notes


def country_calendar(
    country: str, first_year: int, last_year: int | None = None
) -> HolidayCalendar:
    """The business days of one of Lazada's six countries for ``first_year`` .. ``last_year``.

    ``country`` is ``SG``, ``MY``, ``TH``, ``ID``, ``PH`` or ``VN`` (any case); another code is
    an :class:`~ipprules.errors.UnknownNameError` naming the six. The calendar, named like
    ``TH 2025`` or ``TH 2025-2026``, covers 1 January of ``first_year`` to 31 December of
    ``last_year`` (default: ``first_year``); outside that it raises
    :class:`~ipprules.errors.CoverageError`, as does a year outside those the installed
    ``holidays`` release covers for that country. Holidays whose date the package estimates
    (Islamic and lunar feasts it marks "estimated") are days off as it gives them, each with a
    note in the calendar's ``day_notes``; so are Kuala Lumpur's own holidays (MY) and
    Indonesia's collective leave days (ID), which are working days here (the rule book does not
    say that Lazada skips them). A deadline counted across such a day says so in its ``note``.
    Without the ``holidays`` package it raises :class:`MissingExtraError`, whose ``feature``
    names the country's calendar.

    >>> from ipprules.calendars import add_business_days
    >>> th = country_calendar("TH", 2025)                 # doctest: +SKIP
    >>> add_business_days(date(2025, 4, 11), 1, th)       # Songkran, then its day in lieu
    ... # doctest: +SKIP
    datetime.date(2025, 4, 17)
    """
    if not isinstance(country, str):
        raise TypeError(f"country must be a str, not {type(country).__name__}")
    first_year, last_year = year_range(first_year, last_year)
    country = plain(country)  # a str subclass's own strip, __eq__ and __hash__ are not called
    code = country.strip().upper()
    if code not in LAZADA_COUNTRIES:
        raise UnknownNameError("Lazada country", country, list(LAZADA_COUNTRIES))
    holidays = _holidays_module(code)
    probe = holidays.country_holidays(code)
    low, high = int(probe.start_year), int(probe.end_year)
    if first_year < low or last_year > high:
        raise CoverageError(
            f"the installed 'holidays' {holidays.__version__} has {LAZADA_COUNTRIES[code]}'s "
            f"({code}) public holidays for {low} to {high}; asked for {shown_value(first_year)} "
            f"to {shown_value(last_year)}. "
            "Upgrade 'holidays', or load your own calendar file with load_calendar()"
        )
    start, end = date(first_year, 1, 1), date(last_year, 12, 31)
    # a substitute day or a make-up working day can fall across a year's end: read the years
    # on either side too (within the package's range) and keep the dates inside this one
    years = range(max(first_year - 1, low), min(last_year + 1, high) + 1)
    source = holidays.country_holidays(code, years=years)
    weekend_workdays = getattr(source, "weekend_workdays", None) or ()
    workdays = {d for d in weekend_workdays if start <= d <= end and d.weekday() >= 5}
    days_off = {d for d in source if start <= d <= end and d not in workdays}
    return HolidayCalendar(
        name=f"{code} {first_year}"
        if first_year == last_year
        else f"{code} {first_year}-{last_year}",
        holidays=days_off,
        workdays=workdays,
        valid_from=start,
        valid_until=end,
        day_notes=_doubtful_days(holidays, code, years, start, end, days_off),
    )
