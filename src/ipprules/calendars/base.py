"""Business days: the :class:`Calendar` protocol, :class:`HolidayCalendar` and day arithmetic.

Counting convention
-------------------

Business days are counted *in the direction of travel, excluding the starting date and
including the end date*:

* ``business_days_between(a, b)`` with ``a <= b`` is the number of business days in ``(a, b]``;
  with ``a > b`` it is *minus* the number of business days in ``[b, a)``.
* ``add_business_days(start, n)`` with ``n > 0`` is the *n*-th business day after ``start``;
  with ``n < 0`` the ``|n|``-th business day before ``start``; with ``n == 0`` ``start`` itself.

So a deadline "within N business days from receipt" falls on ``add_business_days(receipt, N)``:
the receipt day itself never counts, even when it is a business day. The two functions are exact
inverses: ``business_days_between(d, add_business_days(d, n)) == n`` for every date ``d`` and
integer ``n``, and ``add_business_days(a, business_days_between(a, b)) == b`` whenever ``b`` is a
business day (or ``b == a``).

>>> from datetime import date
>>> friday = date(2024, 9, 27)
>>> add_business_days(friday, 1)            # the next Monday
datetime.date(2024, 9, 30)
>>> add_business_days(friday, 3)
datetime.date(2024, 10, 2)
>>> business_days_between(friday, date(2024, 10, 2))
3
>>> add_business_days(date(2024, 9, 30), -1)   # back from a Monday to the Friday
datetime.date(2024, 9, 27)
>>> business_days_between(date(2024, 9, 30), friday)
-1
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import attrs

from ipprules._dates import as_date
from ipprules.errors import CoverageError, IpprulesError, plain, shown_value

__all__ = [
    "WEEKENDS",
    "Calendar",
    "CalendarError",
    "HolidayCalendar",
    "add_business_days",
    "business_days_between",
    "is_business_day",
]

#: Longest run of consecutive days off that the generic (day by day) arithmetic accepts before it
#: decides that a calendar has no business day left.
MAX_DAYS_OFF_IN_A_ROW = 1000

_DAY = timedelta(days=1)


class CalendarError(IpprulesError):
    """A calendar is unusable: it has no business days, or arithmetic ran off the date range.

    >>> from ipprules.calendars import CalendarError, HolidayCalendar, add_business_days
    >>> try:
    ...     HolidayCalendar(weekend=range(7))
    ... except CalendarError as error:
    ...     print(error)
    a weekend of all seven days leaves no business day
    >>> try:
    ...     add_business_days("9999-12-30", 5)
    ... except CalendarError as error:
    ...     print(error)
    business-day arithmetic ran outside the supported date range
    """

    default_message = "unusable calendar"


@runtime_checkable
class Calendar(Protocol):
    """Anything that can say whether a date is a business day.

    A plain object with an ``is_business_day`` method is enough; the arithmetic functions of
    this module work on any such object (day by day), and fast on :class:`HolidayCalendar`.

    >>> class EveryDay:
    ...     def is_business_day(self, d: date) -> bool:
    ...         return True
    >>> isinstance(EveryDay(), Calendar)
    True
    >>> add_business_days(date(2024, 9, 28), 2, EveryDay())
    datetime.date(2024, 9, 30)
    """

    def is_business_day(self, d: date, /) -> bool:
        """Whether ``d`` is a business day."""
        ...


def _date_set(field: str, values: Iterable[date]) -> frozenset[date]:
    """A field of dates (``holidays``, ``workdays``): any collection of plain dates as a
    frozenset, a mapping by its keys (``holidays.China(years=2024)`` maps each date to its
    name); a value that is no collection (one date, a string), or holds anything but plain
    dates, is a :class:`TypeError` naming the field."""
    wrong = TypeError(
        f"HolidayCalendar {field} must be a collection of dates, not {shown_value(values)} "
        f"({type(values).__name__})"
    )
    if isinstance(values, str | bytes | date) or not isinstance(values, Iterable):
        raise wrong
    items: set[date] = set()
    stamps: list[datetime] = []
    for day in _bounded(field, values):
        if type(day) is date:
            items.add(day)
        elif isinstance(day, datetime):
            stamps.append(day)
        else:  # refused as read: an endless generator of anything else stops here
            raise _not_a_date(field, day)
    _check_items(field, stamps)
    return frozenset(items)


#: The most items a field of a calendar may hold: the number of dates there are (an input
#: longer than that repeats itself; an endless generator stops there).
MAX_CALENDAR_ITEMS = date.max.toordinal()


def _bounded(field: str, values: Iterable[Any]) -> Iterator[Any]:
    """``values`` as read, refused with a :class:`CalendarError` past
    :data:`MAX_CALENDAR_ITEMS` items (so an endless generator is not read forever); a
    generator read by two threads at once is :func:`~ipprules._args.refuse_two_threads`'
    error."""
    try:
        for index, value in enumerate(values):
            if index == MAX_CALENDAR_ITEMS:
                raise CalendarError(
                    f"HolidayCalendar {field}: more than {MAX_CALENDAR_ITEMS:,} items, more "
                    "than there are dates (an endless generator?)"
                )
            yield value
    except ValueError as error:  # the caller's generator, read by two threads at once
        from ipprules._args import refuse_two_threads

        refuse_two_threads(error, f"HolidayCalendar(): {field}")
        raise


def _holiday_set(values: Iterable[date]) -> frozenset[date]:
    return _date_set("holidays", values)


def _workday_set(values: Iterable[date]) -> frozenset[date]:
    return _date_set("workdays", values)


def _check_items(field: str, items: Iterable[object]) -> None:
    """Refuse anything but plain dates (the earliest datetime first, else the first other)."""
    wrong = [day for day in items if type(day) is not date]
    if wrong:
        stamps = sorted((d for d in wrong if isinstance(d, datetime)), key=str)
        raise _not_a_date(field, stamps[0] if stamps else wrong[0])


def _not_a_date(field: str, value: object) -> TypeError:
    """The error for ``value`` where ``field`` takes plain dates: a datetime says to give its
    date (a time of day has no place in a calendar), anything else names its type."""
    if isinstance(value, datetime):
        return TypeError(
            f"HolidayCalendar {field}: {value!r} is a datetime, not a date: give its date "
            f"({value.date().isoformat()}, value.date())"
        )
    return TypeError(
        f"HolidayCalendar {field}: {shown_value(value)} ({type(value).__name__}) is not a date "
        "(datetime.date)"
    )


def _to_weekday_set(values: Iterable[int]) -> frozenset[int]:
    if not isinstance(values, Iterable) or isinstance(values, str | bytes):
        raise TypeError(
            f"HolidayCalendar weekend must be a collection of weekday numbers, not "
            f"{shown_value(values)} ({type(values).__name__})"
        )
    days: set[int] = set()
    for day in _bounded("weekend", values):
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise _not_a_weekday(day)  # refused as read: an endless generator stops here
        days.add(day)
    return frozenset(days)


def _not_a_weekday(day: object) -> CalendarError:
    return CalendarError(
        f"weekend day {shown_value(day)} is not a weekday number (0 = Monday ... 6 = Sunday)"
    )


def _check_weekend(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, frozenset):  # pragma: no cover - the converter makes a frozenset
        raise CalendarError("weekend must be a set of weekday numbers")
    for day in value:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise _not_a_weekday(day)
    if len(value) == 7:
        raise CalendarError("a weekend of all seven days leaves no business day")


def _check_dates(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    assert isinstance(value, frozenset)  # the converter guarantees it
    _check_items(attribute.name, value)


def _day_note_pairs(value: Any) -> tuple[tuple[date, str], ...]:
    """``day_notes`` as sorted ``(date, text)`` pairs: a mapping or pairs of a plain date and
    a str (a ``TypeError`` naming the field otherwise)."""
    items = value.items() if isinstance(value, Mapping) else value
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise TypeError(
            "HolidayCalendar day_notes: a mapping of date to str, not "
            f"{shown_value(value)} ({type(value).__name__})"
        )
    pairs: dict[date, dict[str, None]] = {}
    for item in _bounded("day_notes", items):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError(
                f"HolidayCalendar day_notes: {shown_value(item)} is not a (date, text) pair"
            )
        day, text = item
        if type(day) is not date:
            raise _not_a_date("day_notes", day)
        if not isinstance(text, str):
            raise TypeError(
                f"HolidayCalendar day_notes: {shown_value(text)} ({type(text).__name__}) "
                "is not a str"
            )
        pairs.setdefault(day, {})[plain(text)] = None  # each text of a day once, in order
    return tuple(sorted((day, "; ".join(texts)) for day, texts in pairs.items()))


def _check_bound(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and type(value) is not date:
        raise _not_a_date(attribute.name, value)


@attrs.frozen
class HolidayCalendar:
    """Weekends, explicit days off (holidays) and make-up working days on weekend days.

    ``weekend`` holds weekday numbers (``date.weekday()``: 0 = Monday ... 6 = Sunday).
    ``holidays`` are days off; ``workdays`` are weekend days that are working days (China's
    adjusted working days, 调休). A date cannot be both; a make-up working day must fall on a
    weekend day. ``valid_from`` and ``valid_until`` (inclusive, optional) declare the dates the
    calendar knows: asking about a date outside them raises :class:`~ipprules.errors.CoverageError`
    rather than silently treating an unknown holiday as a working day. The date fields take
    plain dates only: a datetime (a time of day has no place in a calendar), a string or any
    other value is a :class:`TypeError` naming the field.

    >>> golden_week = HolidayCalendar(
    ...     name="CN 2024 National Day",
    ...     holidays=[date(2024, 10, d) for d in range(1, 8)],
    ...     workdays=[date(2024, 9, 29), date(2024, 10, 12)],
    ... )
    >>> golden_week.is_business_day(date(2024, 9, 29))   # a Sunday worked in exchange
    True
    >>> golden_week.is_business_day(date(2024, 10, 4))   # a Friday off
    False
    >>> add_business_days(date(2024, 9, 27), 3, golden_week)
    datetime.date(2024, 10, 8)
    >>> HolidayCalendar(holidays=[date(2024, 9, 29)], workdays=[date(2024, 9, 29)])
    Traceback (most recent call last):
    ...
    ipprules.calendars.base.CalendarError: 2024-09-29 is both a holiday and a make-up working day
    >>> from datetime import datetime
    >>> HolidayCalendar(holidays=[datetime(2024, 10, 1, 9, 30)])
    Traceback (most recent call last):
    ...
    TypeError: HolidayCalendar holidays: datetime.datetime(2024, 10, 1, 9, 30) is a datetime, \
not a date: give its date (2024-10-01, value.date())
    """

    name: str = "weekends"
    weekend: frozenset[int] = attrs.field(
        default=frozenset({5, 6}), converter=_to_weekday_set, validator=_check_weekend
    )
    holidays: frozenset[date] = attrs.field(
        default=frozenset(), converter=_holiday_set, validator=_check_dates
    )
    workdays: frozenset[date] = attrs.field(
        default=frozenset(), converter=_workday_set, validator=_check_dates
    )
    valid_from: date | None = attrs.field(default=None, validator=_check_bound)
    valid_until: date | None = attrs.field(default=None, validator=_check_bound)
    day_notes: tuple[tuple[date, str], ...] = attrs.field(
        default=(), kw_only=True, converter=_day_note_pairs
    )
    """Days whose status the calendar's source leaves in doubt, each with what to say about
    it (a holiday whose date is estimated, a day off it does not count): ``(date, text)``
    pairs, or a mapping, kept in date order. A count across such a day says so
    (:meth:`notes_between`)."""
    # Sorted ordinals of the exceptions to the weekly pattern, for counting by bisection; set
    # once the fields are validated.
    _extra_off: tuple[int, ...] = attrs.field(init=False, default=(), eq=False, repr=False)
    _extra_on: tuple[int, ...] = attrs.field(init=False, default=(), eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        both = self.holidays & self.workdays
        if both:
            raise CalendarError(
                f"{min(both).isoformat()} is both a holiday and a make-up working day"
            )
        for day in sorted(self.workdays):
            if day.weekday() not in self.weekend:
                raise CalendarError(
                    f"make-up working day {day.isoformat()} is not a weekend day; "
                    "it is a working day already"
                )
        if (
            self.valid_from is not None
            and self.valid_until is not None
            and self.valid_from > self.valid_until
        ):
            raise CalendarError("valid_from is after valid_until")
        off = sorted(d.toordinal() for d in self.holidays if d.weekday() not in self.weekend)
        object.__setattr__(self, "_extra_off", tuple(off))
        object.__setattr__(self, "_extra_on", tuple(sorted(d.toordinal() for d in self.workdays)))

    def notes_between(self, start: date | str, end: date | str) -> tuple[str, ...]:
        """The :attr:`day_notes` of the days after ``start`` up to ``end`` (inclusive), the
        days a count from ``start`` to ``end`` crosses: each text once, after its dates.
        ``start`` and ``end`` are read as :meth:`covers` reads a date (a ``datetime`` gives its
        date, a ``YYYY-MM-DD`` string is read; anything else is a ``TypeError`` naming it).

        >>> cal = HolidayCalendar(day_notes={date(2028, 2, 28): "estimated",
        ...                                  date(2028, 2, 29): "estimated"})
        >>> cal.notes_between(date(2028, 2, 25), date(2028, 3, 1))
        ('2028-02-28, 2028-02-29: estimated',)
        >>> cal.notes_between(date(2028, 2, 29), date(2028, 3, 1))
        ()
        """
        start, end = _day(start, "start"), _day(end, "end")
        days: dict[str, list[str]] = {}
        for d, text in self.day_notes:
            if start < d <= end:
                days.setdefault(text, []).append(d.isoformat())
        return tuple(f"{', '.join(when)}: {text}" for text, when in days.items())

    def covers(self, d: date | str) -> bool:
        """Whether ``d`` lies within the dates the calendar declares it knows.

        >>> HolidayCalendar(valid_from=date(2024, 1, 1)).covers(date(2023, 12, 31))
        False
        """
        d = _day(d, "d")
        if self.valid_from is not None and d < self.valid_from:
            return False
        return self.valid_until is None or d <= self.valid_until

    def _check_covered(self, first: date, last: date) -> None:
        for d in (first, last):
            if not self.covers(d):
                lo = self.valid_from.isoformat() if self.valid_from else "any date"
                hi = self.valid_until.isoformat() if self.valid_until else "any date"
                raise CoverageError(
                    f"calendar {self.name!r} covers {lo} to {hi}; {d.isoformat()} is outside it"
                )

    def is_business_day(self, d: date | str, /) -> bool:
        """Whether ``d`` (a date or a ``YYYY-MM-DD`` string) is a business day.

        >>> WEEKENDS.is_business_day(date(2024, 9, 28))
        False
        """
        d = _day(d, "d")
        self._check_covered(d, d)
        if d.weekday() in self.weekend:
            return d in self.workdays
        return d not in self.holidays

    # -- fast arithmetic on ordinals -------------------------------------------------------

    def _count_after(self, a: int, b: int) -> int:
        """Business days in the ordinal range ``(a, b]`` (``a <= b``), without coverage checks."""
        span = b - a
        weeks, rest = divmod(span, 7)
        count = weeks * (7 - len(self.weekend))
        # the last `rest` days of the range: a + 7*weeks + 1 .. b
        weekday = date.fromordinal(b).weekday()
        for back in range(rest):
            if (weekday - back) % 7 not in self.weekend:
                count += 1
        count -= bisect.bisect_right(self._extra_off, b) - bisect.bisect_right(self._extra_off, a)
        count += bisect.bisect_right(self._extra_on, b) - bisect.bisect_right(self._extra_on, a)
        return count

    def _add_forward(self, start: int, n: int) -> int:
        """The ordinal of the n-th (n >= 1) business day after ``start``."""
        # exponential search for an upper bound, then bisection for the first day reaching n
        step = n * 7 // (7 - len(self.weekend)) + 7
        hi = start + step
        while self._count_after(start, hi) < n:
            step *= 2
            hi = start + step
        lo = start  # count(lo) < n <= count(hi)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._count_after(start, mid) >= n:
                hi = mid
            else:
                lo = mid
        return hi

    def _add_backward(self, start: int, n: int) -> int:
        """The ordinal of the n-th (n >= 1) business day before ``start``."""
        step = n * 7 // (7 - len(self.weekend)) + 7
        lo = start - step
        # business days in [lo, start) == count after (lo - 1) up to (start - 1)
        while self._count_after(lo - 1, start - 1) < n:
            step *= 2
            lo = start - step
        hi = start  # count([hi, start)) < n <= count([lo, start))
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._count_after(mid - 1, start - 1) >= n:
                lo = mid
            else:
                hi = mid
        return lo


#: The default calendar: Saturday and Sunday off, no holidays.
WEEKENDS = HolidayCalendar(name="weekends")


def require_calendar(calendar: object, name: str = "calendar") -> Calendar:
    """``calendar`` when it is a :class:`Calendar` (has an ``is_business_day`` method);
    anything else is a TypeError naming ``name``.

    >>> require_calendar("china")
    Traceback (most recent call last):
    ...
    TypeError: calendar must have an is_business_day method, not str
    """
    if isinstance(calendar, type) or not isinstance(calendar, Calendar):
        what = f"the class {calendar.__name__}" if isinstance(calendar, type) else None
        raise TypeError(
            f"{name} must have an is_business_day method, not {what or type(calendar).__name__}"
        )
    return calendar


def is_business_day(d: date | str, calendar: Calendar = WEEKENDS) -> bool:
    """Whether ``d`` is a business day in ``calendar`` (default :data:`WEEKENDS`).

    >>> is_business_day(date(2024, 9, 30))
    True
    """
    day = _day(d, "d")
    return require_calendar(calendar).is_business_day(day)


def _day(value: object, name: str) -> date:
    """A date from a ``date``, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string (any
    date: the arithmetic runs to ``date.max``); anything else is a TypeError naming ``name``."""
    if type(value) is date:
        return value
    return as_date(value, name, bounded=False)  # type: ignore[arg-type]


def _date_or_raise(ordinal: int) -> date:
    if not 1 <= ordinal <= date.max.toordinal():
        raise CalendarError("business-day arithmetic ran outside the supported date range")
    return date.fromordinal(ordinal)


def add_business_days(start: date | str, n: int, calendar: Calendar = WEEKENDS) -> date:
    """The ``n``-th business day after ``start`` (before it when ``n`` is negative).

    ``start`` itself never counts; ``n == 0`` returns ``start`` unchanged. See the module
    documentation for the counting convention.

    >>> add_business_days(date(2024, 9, 28), 1)   # from a Saturday
    datetime.date(2024, 9, 30)
    >>> add_business_days(date(2024, 9, 28), 0)
    datetime.date(2024, 9, 28)
    >>> add_business_days(date(2024, 9, 28), -1)
    datetime.date(2024, 9, 27)
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    n = int.__index__(n)  # an int subclass's own comparisons are never called
    start = _day(start, "start")
    require_calendar(calendar)
    if n == 0:
        return start
    if isinstance(calendar, HolidayCalendar):
        origin = start.toordinal()
        try:
            if n > 0:
                result = _date_or_raise(calendar._add_forward(origin, n))
            else:
                result = _date_or_raise(calendar._add_backward(origin, -n))
        except (OverflowError, ValueError) as exc:
            if isinstance(exc, IpprulesError):
                raise
            raise CalendarError(
                "business-day arithmetic ran outside the supported date range"
            ) from exc
        if n > 0:
            calendar._check_covered(start + _DAY, result)
        else:
            calendar._check_covered(result, start - _DAY)
        return result
    return _add_generic(start, n, calendar)


def _add_generic(start: date, n: int, calendar: Calendar) -> date:
    direction = 1 if n > 0 else -1
    step = timedelta(days=direction)
    d = start
    remaining = abs(n)
    off_in_a_row = 0
    while remaining:
        try:
            d += step
        except OverflowError as exc:
            raise CalendarError(
                "business-day arithmetic ran outside the supported date range"
            ) from exc
        if calendar.is_business_day(d):
            remaining -= 1
            off_in_a_row = 0
        else:
            off_in_a_row += 1
            if off_in_a_row > MAX_DAYS_OFF_IN_A_ROW:
                raise CalendarError(
                    f"calendar {getattr(calendar, 'name', calendar)!r} has no business day in "
                    f"{MAX_DAYS_OFF_IN_A_ROW} days in a row"
                )
    return d


def business_days_between(a: date | str, b: date | str, calendar: Calendar = WEEKENDS) -> int:
    """Business days from ``a`` to ``b``: those in ``(a, b]``, or minus those in ``[b, a)``.

    >>> business_days_between(date(2024, 9, 27), date(2024, 9, 30))   # Friday to Monday
    1
    >>> business_days_between(date(2024, 9, 28), date(2024, 9, 29))   # within a weekend
    0
    >>> business_days_between(date(2024, 9, 30), date(2024, 9, 27))
    -1
    """
    a, b = _day(a, "a"), _day(b, "b")
    require_calendar(calendar)
    if a == b:
        return 0
    if isinstance(calendar, HolidayCalendar):
        if a < b:
            calendar._check_covered(a + _DAY, b)
            return calendar._count_after(a.toordinal(), b.toordinal())
        calendar._check_covered(b, a - _DAY)
        return -calendar._count_after(b.toordinal() - 1, a.toordinal() - 1)
    if a < b:
        first, last, sign = a + _DAY, b, 1
    else:
        first, last, sign = b, a - _DAY, -1
    count = 0
    d = first
    while d <= last:
        count += calendar.is_business_day(d)
        d += _DAY
    return sign * count
