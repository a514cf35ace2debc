"""Business-day calendars and business-day arithmetic.

* :class:`Calendar` - the protocol: anything with ``is_business_day(d)``.
* :class:`HolidayCalendar` - weekends, holidays and make-up working days; :data:`WEEKENDS` is
  the default (Saturday and Sunday off).
* :func:`add_business_days`, :func:`business_days_between` - exact inverses (the starting date
  never counts, the end date does; see :mod:`ipprules.calendars.base`).
* :func:`load_calendar`, :func:`calendar_from_data` - user calendars from JSON or TOML.
* :func:`china_calendar` - mainland China from the optional ``holidays`` package.
* :func:`country_calendar` - one of Lazada's six countries (``SG``, ``MY``, ``TH``, ``ID``,
  ``PH``, ``VN``) from the same package.

>>> from datetime import date
>>> from ipprules.calendars import WEEKENDS, add_business_days
>>> add_business_days(date(2024, 9, 27), 3, WEEKENDS)
datetime.date(2024, 10, 2)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ipprules.calendars.base import (
    WEEKENDS,
    Calendar,
    CalendarError,
    HolidayCalendar,
    add_business_days,
    business_days_between,
    is_business_day,
)

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.calendars.china import MissingExtraError, china_calendar, last_china_year
    from ipprules.calendars.countries import LAZADA_COUNTRIES, country_calendar
    from ipprules.calendars.files import calendar_from_data, load_calendar

# file reading and the holidays extra are imported on first use (PEP 562): importing is cheap
_LAZY = {
    "MissingExtraError": "ipprules.calendars.china",
    "china_calendar": "ipprules.calendars.china",
    "last_china_year": "ipprules.calendars.china",
    "LAZADA_COUNTRIES": "ipprules.calendars.countries",
    "country_calendar": "ipprules.calendars.countries",
    "calendar_from_data": "ipprules.calendars.files",
    "load_calendar": "ipprules.calendars.files",
}

__all__ = [
    "LAZADA_COUNTRIES",
    "WEEKENDS",
    "Calendar",
    "CalendarError",
    "HolidayCalendar",
    "MissingExtraError",
    "add_business_days",
    "business_days_between",
    "calendar_from_data",
    "china_calendar",
    "country_calendar",
    "is_business_day",
    "last_china_year",
    "load_calendar",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ipprules.calendars' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
