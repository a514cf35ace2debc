"""Hostile calls to the public API added or changed on 7 Dec 2026 (sweep apifuzz8): endless
generators where a collection belongs (checked as read, refused or stopped in bounded time),
and many notes for one day of a calendar. Only ``TypeError`` or an
:class:`~ipprules.errors.IpprulesError` may escape; each test below failed before its fix.
"""

from __future__ import annotations

import datetime as dt
import itertools
import signal
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ipprules import goodfaith as gf
from ipprules.calendars import CalendarError, HolidayCalendar
from ipprules.checks import advise
from ipprules.errors import InputError, IpprulesError
from ipprules.listings.columns import misread_as_utf8


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


#: How long a refusal may take before the input counts as read for ever: a hang guard, not a
#: speed test (a refusal takes milliseconds; the machine may be loaded).
_HANG = 5.0


def _within(
    seconds: float, call: Callable[[], object], refused: Any = (TypeError, IpprulesError)
) -> None:
    """``call`` raises ``refused`` within ``seconds`` (an endless input that is read to a
    list first never answers: the alarm stops it in Python code, ``_Hang``)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        with pytest.raises(refused):
            call()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ints() -> Iterator[Any]:
    """An endless generator of ints, a loop of Python code (so the alarm can stop a ``list()``
    of it; ``itertools.count()``, or ``yield from`` it, fills the memory without a check)."""
    number = 0
    while True:
        yield number
        number += 1


def _strs() -> Iterator[str]:
    for n in itertools.count():
        yield f"x{n}"


def _pairs() -> Iterator[tuple[dt.date, str]]:
    while True:
        yield (dt.date(2024, 1, 2), "estimated")


def _dates() -> Iterator[dt.date]:
    while True:
        yield dt.date(2024, 1, 2)


def _fives() -> Iterator[int]:
    while True:
        yield 5


@pytest.mark.parametrize(
    "call",
    [
        lambda: misread_as_utf8(_ints(), ["平台"]),
        lambda: misread_as_utf8(["ƽ̨"], _ints()),
        lambda: advise("trademark", "taobao", facts=_ints(), as_of="2024-01-02"),
        lambda: HolidayCalendar(holidays=_ints()),
        lambda: HolidayCalendar(workdays=_ints()),
        lambda: HolidayCalendar(weekend=_ints()),
    ],
    ids=["misread-header", "misread-wanted", "advise-facts", "holidays", "workdays", "weekend"],
)
def test_an_endless_generator_of_the_wrong_type_is_refused_at_once(
    call: Callable[[], object],
) -> None:
    """Each read its input to a list (or a frozenset) before checking an item: with
    ``itertools.count()`` the process grew until the kernel killed it."""
    _within(_HANG, call)


def test_an_endless_generator_of_str_stops_at_the_reading_limit() -> None:
    """``misread_as_utf8`` of endless column names read them all first (no answer)."""
    _within(_HANG, lambda: misread_as_utf8(["ƽ̨"], _strs()), InputError)
    with pytest.raises(InputError, match=r"wanted: more than 100,000 items"):
        misread_as_utf8(["ƽ̨"], _strs())


def test_a_standing_given_endless_metrics_is_refused() -> None:
    history = gf.History.from_records([])
    _within(_HANG, lambda: gf.standing(history, "2024-03-01", metrics=_ints()))


@pytest.mark.parametrize(
    ("field", "endless"),
    [("day_notes", _pairs), ("holidays", _dates), ("weekend", _fives)],
)
def test_an_endless_generator_of_good_items_stops(field: str, endless: Any) -> None:
    """Good items for ever: read past the number of dates there are, refused (the notes of a
    day grew for ever; holidays and weekend were read into a list or frozenset)."""
    from ipprules.calendars import base

    limit = base.MAX_CALENDAR_ITEMS
    base.MAX_CALENDAR_ITEMS = 1000  # the same code path, in a moment
    try:
        _within(_HANG, lambda: HolidayCalendar(**{field: endless()}), CalendarError)
        with pytest.raises(CalendarError, match=rf"HolidayCalendar {field}: more than 1,000"):
            HolidayCalendar(**{field: endless()})
    finally:
        base.MAX_CALENDAR_ITEMS = limit


@pytest.mark.no_cover
def test_many_notes_for_one_day_are_said_once() -> None:
    """200,000 notes for one day were joined to the text so far one by one (quadratic: ~3.5
    s); the same text is said once."""
    day = dt.date(2024, 1, 2)
    notes = [(day, "estimated")] * 200_000 + [(day, "other")]
    calendar = HolidayCalendar(day_notes=notes)
    assert calendar.day_notes == ((day, "estimated; other"),)
    assert calendar.notes_between(dt.date(2024, 1, 1), day) == ("2024-01-02: estimated; other",)


def test_notes_between_reads_its_dates_as_the_other_methods_do() -> None:
    """``notes_between`` compared what it was given with each noted day: a datetime or a
    ``YYYY-MM-DD`` string (which ``covers`` and ``is_business_day`` read) was a bare
    ``TypeError: can't compare ...``, and junk passed unseen on a calendar without notes."""
    calendar = HolidayCalendar(day_notes={dt.date(2024, 1, 3): "estimated"})
    assert calendar.notes_between(dt.datetime(2024, 1, 2, 9, 30), "2024-01-05") == (
        "2024-01-03: estimated",
    )
    with pytest.raises(TypeError, match="start"):
        HolidayCalendar().notes_between(None, dt.date(2024, 1, 5))  # type: ignore[arg-type]
    with pytest.raises(InputError):
        calendar.notes_between(dt.date(2024, 1, 2), "2024-02-30")
