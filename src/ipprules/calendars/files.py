"""User calendars from JSON or TOML files, read strictly.

The format (every key optional; JSON shown, TOML takes the same keys and also native dates)::

    {
      "name": "Hangzhou office",
      "weekend": [5, 6],
      "holidays": ["2024-10-01", "2024-10-02"],
      "workdays": ["2024-09-29"],
      "valid_from": "2024-01-01",
      "valid_until": "2024-12-31",
      "day_notes": {"2024-10-08": "the office may stay closed"}
    }

``day_notes`` maps a date to a note that a count crossing it carries (a day in doubt: the count
stays, the note says why it may move). ``weekend`` holds weekday numbers (0 = Monday ... 6 =
Sunday, default ``[5, 6]``); dates are ``YYYY-MM-DD``. Unknown keys, wrong types, bad or
duplicate dates, a date that is both a holiday and a working day, a make-up working day that is
not on a weekend: each is reported, all of them at once, in one
:class:`~ipprules.errors.InputError` naming the file, the JSON path and, where it can be found,
the line.
The items of one list get at most 100 problems, and the unknown keys at most 100; the rest are
counted in one more problem, at the list (or the top level).

>>> cal = calendar_from_data({"name": "demo", "holidays": ["2024-10-01"]})
>>> cal.is_business_day(date(2024, 10, 1))
False
>>> bad = {"holidays": ["2024-10-01", "2024-13-01"], "colour": "red"}
>>> calendar_from_data(bad, file="cal.json")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ipprules.errors.InputError: cal.json: $.colour: unknown key 'colour'; known keys: name, ...
cal.json: $.holidays[1]: expected a date (YYYY-MM-DD), got '2024-13-01' (month must be in 1..12)
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ipprules._convert import _kind as _value_kind
from ipprules._convert import _other_kind, too_many
from ipprules._dates import date_hint, date_hint_of, date_problem
from ipprules._files import _member, read_document
from ipprules.calendars.base import HolidayCalendar
from ipprules.errors import InputError, Problem, did_you_mean, plain, shown_value

__all__ = ["calendar_from_data", "load_calendar"]

_KEYS = ("name", "weekend", "holidays", "workdays", "day_notes", "valid_from", "valid_until")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

#: Maps a JSON path to ``(line, column)`` in the source file, when it can be found.
Locator = Callable[[str], "tuple[int, int] | None"]


def _kind(value: object) -> str:
    """What a top-level document that is no table is (``an array``), as :mod:`ipprules._files`
    words it; a value inside is worded by :func:`_value_kind`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _path_text(parts: list[str | int]) -> str:
    """A JSON path as the document readers write it: a key that is not a plain name quoted
    (``$['a b']``), so that :meth:`~ipprules._files.Document.locate` finds its line.

    >>> _path_text(["holidays", 1]), _path_text(["colour", "x y"])
    ('$.holidays[1]', "$.colour['x y']")
    """
    out = "$"
    for part in parts:
        out = f"{out}[{shown_value(part)}]" if isinstance(part, int) else _member(out, part)
    return out


#: The most problems listed for the items of one list: the rest are counted, in one problem
#: at the list (a list of 100,000 items that are not dates took 0.75 s of CPU to locate
#: each, four times what reading the file took; a terminal shows the first 100 problems).
_LISTED = 100


class _Collector:
    def __init__(self, file: str | None, locate: Locator | None) -> None:
        self.file = file
        self.locate = locate
        self.problems: list[Problem] = []
        self.listed: dict[str, int] = {}  # a list's key -> the problems of its items
        self.unlisted: dict[str, int] = {}  # those past _LISTED, counted only

    def add(self, parts: list[str | int], value: object, message: str | Callable[[], str]) -> None:
        """Add a problem at ``parts``; ``message`` may be a function making it, called only
        for a problem that is listed (a list's items past the first ``_LISTED`` are counted:
        a list of 40,000 non-dates made 40,000 date hints, most never shown)."""
        if len(parts) > 1 and isinstance(key := parts[0], str):  # an item of a list
            if self.listed.get(key, 0) >= _LISTED:
                self.unlisted[key] = self.unlisted.get(key, 0) + 1
                return
            self.listed[key] = self.listed.get(key, 0) + 1
        self._append(parts, message if isinstance(message, str) else message())

    def _append(self, parts: list[str | int], message: str) -> None:
        path = _path_text(parts)
        found = self.locate(path) if self.locate is not None else None
        line, column = found if found is not None else (None, None)
        self.problems.append(Problem(message, path, self.file, line, column))

    def unknown_key(self, key: str, listed: bool) -> bool:
        """``$.nmae: unknown key 'nmae' (did you mean 'name'?)`` at the key's line, as every
        other reader words it; with no known key near, the first such key lists the known
        keys. Whether the known keys are listed now."""
        near = did_you_mean(key, _KEYS)
        hint = near or ("" if listed else f"; known keys: {', '.join(_KEYS)}")
        self._append([key], f"unknown key {shown_value(key)}{hint}")
        return listed or not near

    def all(self) -> list[Problem]:
        """The problems, and one at each list whose items had more than are listed."""
        for key, more in self.unlisted.items():
            self._append(
                [key],
                f"and {more:,} more problem{'s' if more > 1 else ''} in the items of this list "
                f"(the first {_LISTED} are listed)",
            )
        self.unlisted.clear()
        return self.problems


def _parse_date(value: object, parts: list[str | int], out: _Collector) -> date | None:
    day = _read_date(value, parts, out)
    problem = None if day is None else date_problem(day)
    if problem is not None:
        out.add(parts, value, problem)
        return None
    return day


#: The words every reader of a date uses (``expected a date (YYYY-MM-DD), got ...``).
_EXPECTED = "expected a date (YYYY-MM-DD)"


def _read_date(value: object, parts: list[str | int], out: _Collector) -> date | None:
    if type(value) is date:  # TOML's native local date
        return value
    if not isinstance(value, str):
        out.add(parts, value, lambda: f"{_EXPECTED}, got {_value_kind(value)}{date_hint_of(value)}")
        return None
    if not _ISO_DATE.match(value):
        out.add(parts, value, lambda: f"{_EXPECTED}, got {value!r}{date_hint(value)}")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:  # the parser's reason as the hint (month must be in 1..12)
        out.add(parts, value, f"{_EXPECTED}, got {value!r} ({exc})")
        return None


def _parse_dates(
    data: dict[str, Any], key: str, out: _Collector
) -> list[tuple[date, list[str | int]]]:
    if key not in data:
        return []
    value = data[key]
    if not isinstance(value, list):
        out.add([key], value, f"expected an array of dates, got {_value_kind(value)}")
        return []
    refusal = too_many(value)
    if refusal is not None:
        out.add([key], value, refusal)
        return []
    seen: dict[date, int] = {}
    result: list[tuple[date, list[str | int]]] = []
    for index, item in enumerate(value):
        parts: list[str | int] = [key, index]
        day = _parse_date(item, parts, out)
        if day is None:
            continue
        if day in seen:
            out.add(parts, item, f"duplicate date {day.isoformat()} (also at index {seen[day]})")
            continue
        seen[day] = index
        result.append((day, parts))
    return result


def _day_notes(data: dict[str, Any], out: _Collector) -> dict[date, str]:
    """``day_notes``: a table of ``YYYY-MM-DD`` to a non-blank note, checked."""
    value = data.get("day_notes", {})
    if not isinstance(value, dict):
        out.add(["day_notes"], value, f"expected a table of date to note, got {_value_kind(value)}")
        return {}
    refusal = too_many(list(value))
    if refusal is not None:
        out.add(["day_notes"], value, refusal)
        return {}
    notes: dict[date, str] = {}
    for key, text in value.items():
        day = _parse_date(key, ["day_notes", key], out)
        text = plain(text) if isinstance(text, str) else text  # its own strip is not called
        if not isinstance(text, str) or not text.strip():
            out.add(["day_notes", key], text, f"expected a note (text), got {_value_kind(text)}")
        elif day is not None:
            notes[day] = text
    return notes


def _weekend(data: dict[str, Any], out: _Collector) -> set[int]:
    """The weekday numbers of ``weekend`` (default Saturday and Sunday), checked."""
    if "weekend" not in data:
        return {5, 6}
    raw = data["weekend"]
    if not isinstance(raw, list):
        out.add(["weekend"], raw, f"expected an array of weekday numbers, got {_value_kind(raw)}")
        return {5, 6}
    weekend: set[int] = set()
    for index, item in enumerate(raw):
        if isinstance(item, bool) or not isinstance(item, int):
            out.add(
                ["weekend", index],
                item,
                f"expected a weekday number 0..6 (0 = Monday), got {_value_kind(item)}",
            )
            continue
        item = int.__index__(item)  # an int subclass's own comparisons are not called
        if not 0 <= item <= 6:
            out.add(["weekend", index], item, f"{shown_value(item)} is not a weekday number 0..6")
        elif item in weekend:
            out.add(["weekend", index], item, f"duplicate weekday {item}")
        else:
            weekend.add(item)
    if len(weekend) == 7:
        out.add(["weekend"], None, "a weekend of all seven days leaves no business day")
    return weekend


def _bounds(data: dict[str, Any], out: _Collector) -> tuple[date | None, date | None]:
    """``valid_from`` and ``valid_until``, checked (and in order)."""
    bounds: dict[str, date | None] = {"valid_from": None, "valid_until": None}
    for key in bounds:
        if key in data:
            bounds[key] = _parse_date(data[key], [key], out)
    lo, hi = bounds["valid_from"], bounds["valid_until"]
    if lo is not None and hi is not None and lo > hi:
        out.add(["valid_until"], data["valid_until"], "valid_until is before valid_from")
    return lo, hi


def calendar_from_data(
    data: object,
    *,
    file: str | None = None,
    default_name: str = "calendar",
    locate: Locator | None = None,
) -> HolidayCalendar:
    """Build a :class:`HolidayCalendar` from parsed JSON or TOML data, strictly.

    ``file`` only names the source in error messages; ``locate`` (a JSON path to ``(line,
    column)``, such as :meth:`ipprules._files.Document.locate`) adds positions to them.

    >>> calendar_from_data({"weekend": [4, 5], "workdays": ["2024-09-27"]}).weekend
    frozenset({4, 5})
    >>> calendar_from_data({"weekend": [5, "6"]})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.weekend[1]: expected a weekday number 0..6 ..., got '6'
    """
    out = _Collector(file, locate)
    if not isinstance(data, dict):
        out.add([], data, f"expected an object (table) at the top level, got {_kind(data)}")
        raise InputError(problems=out.all())
    unknown = [key for key in data if key not in _KEYS]
    listed = False
    for key in unknown[:_LISTED]:
        listed = out.unknown_key(key, listed)
    if len(unknown) > _LISTED:  # the rest counted, as the items of a list are
        out.add(
            [],
            None,
            f"and {len(unknown) - _LISTED:,} more unknown keys (the first {_LISTED} are named)",
        )

    name = default_name
    if "name" in data:
        given = data["name"]  # a str subclass as its characters: its strip is not called
        if isinstance(given, str) and plain(given).strip():
            name = plain(given)
        else:
            out.add(
                ["name"],
                data["name"],
                f"expected a non-empty string, got {_value_kind(data['name'])}",
            )

    weekend = _weekend(data, out)

    holidays = _parse_dates(data, "holidays", out)
    workdays = _parse_dates(data, "workdays", out)
    holiday_days = {day for day, _ in holidays}
    for day, parts in workdays:
        if day in holiday_days:
            out.add(parts, day.isoformat(), f"{day.isoformat()} is also listed as a holiday")
        elif day.weekday() not in weekend:
            out.add(
                parts,
                day.isoformat(),
                f"{day.isoformat()} is not a weekend day; only weekend days can be make-up "
                "working days",
            )

    lo, hi = _bounds(data, out)
    notes = _day_notes(data, out)

    if out.problems:
        other = _other_kind(data, HolidayCalendar) if unknown else None
        if other is not None:  # a plan or a lifecycle case, given as a calendar
            out.problems.insert(0, Problem(other, "$", file))
        raise InputError(problems=out.all())
    return HolidayCalendar(
        name=name,
        weekend=weekend,
        holidays=holiday_days,
        workdays={day for day, _ in workdays},
        valid_from=lo,
        valid_until=hi,
        day_notes=notes,
    )


def load_calendar(path: str | os.PathLike[str]) -> HolidayCalendar:
    """Read a calendar from a ``.json`` or ``.toml`` file (see the module documentation).

    The calendar's name defaults to the file's stem.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "office.toml").write_text('holidays = [2024-10-01, 2024-10-02]\\n')
    >>> load_calendar(folder / "office.toml").name
    'office'
    >>> text = '{\\n  "holidays": [\\n    "2024-10-01",\\n    "1 Oct"\\n  ]\\n}'
    >>> _ = (folder / "bad.json").write_text(text)
    >>> load_calendar(folder / "bad.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: ...:4:5: $.holidays[1]: expected a date (YYYY-MM-DD), got '1 Oct'
    """
    path = plain(path) if isinstance(path, str) else path  # a str subclass's __str__ is not called
    file = Path(path)
    if file.suffix.lower() not in (".json", ".toml"):
        raise InputError("calendar files must end in .json or .toml", file=str(path))
    doc = read_document(file)
    return calendar_from_data(doc.data, file=str(path), default_name=file.stem, locate=doc.locate)
