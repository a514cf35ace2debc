"""Deadlines and expectations of a complaint, from the rule book, dated and sourced.

The durations are rule-book data (``deadlines`` section); this module only counts them. The rule
applied is the one **in force on the start date** (the date of the event that starts the count):
a complaint received on 2022-01-19 gives the seller 30 business days for the second and third
counter-notices, one received on 2022-01-20 gives 27 (R61).

Units
-----

* ``business_days`` and ``working_days`` are counted in the calendar given (default
  :data:`~ipprules.calendars.WEEKENDS`), with :func:`~ipprules.calendars.add_business_days`: the
  start date never counts, the N-th business day after it is the last day.
* ``calendar_days``: the start date plus N days.
* ``hours``: the library works in dates, so N hours are rounded *up* to whole days after the
  start date: 24 hours ends on the next calendar day, 25 to 48 hours on the day after it. The
  start's time of day is unknown, so this is the latest date the period can end on.

Kinds
-----

* ``deadline`` binds someone: :attr:`DeadlineResult.due` is the last day (status ``due``).
* ``expectation`` is what usually happens, never a guarantee: :attr:`DeadlineResult.due` is the
  expected date, :attr:`DeadlineResult.latest` the end of the range where the sources give one
  (status ``expected``).
* ``unknown``: no source gives the limit (the filer's reply to a counter-notice, D4). There is no
  date, and the status says so (``unknown``).

>>> from datetime import date
>>> r = deadline_for("counter_notice_round_2_3", date(2022, 1, 19))
>>> r.amount, r.due, [s.id for s in r.sources]
(30, datetime.date(2022, 3, 2), ['S25'])
>>> deadline_for("counter_notice_round_2_3", date(2022, 1, 20)).amount
27
>>> deadline_for("filer_reply_to_counter_notice", date(2024, 5, 6)).status
<DeadlineStatus.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, SupportsIndex, overload

import attrs

from ipprules._args import (
    file_hint,
    keywords_checked,
    refuse_two_threads,
    require_int,
    require_str,
    rulebook_alias,
)
from ipprules._dates import FIRST_DATE, LAST_DATE, rulebook_keys
from ipprules._table import filed_note_lines, reading_label, shown_html
from ipprules._typed import check_types
from ipprules._vocab import NamedEnum
from ipprules.calendars.base import (
    WEEKENDS,
    Calendar,
    CalendarError,
    add_business_days,
    require_calendar,
)
from ipprules.errors import (
    CoverageError,
    InputError,
    IpprulesError,
    UnknownNameError,
    plain,
    quoted,
    shown_value,
    suggest,
)
from ipprules.lifecycle.machine import (
    _FRAME_EVENTS,
    _S56_SAID,
    EventRecord,
    IllegalTransition,
    _check_date,
    _refuse_mapping,
    name_key,
)
from ipprules.lifecycle.states import (
    INITIAL_STATE,
    STARTS_AT,
    DeadlineHook,
    Event,
    HookCondition,
    State,
    Transition,
    as_state,
    state_info,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ipprules.rulebook import ResolvedRules, RuleBook
    from ipprules.rulebook.model import Deadline, Source, Trial

__all__ = [
    "OUTSIDE_STARTS",
    "DeadlineFlag",
    "DeadlineResult",
    "DeadlineStatus",
    "Deadlines",
    "FlagKind",
    "LifecycleReport",
    "ReadingNote",
    "TraceMove",
    "deadline_for",
    "deadlines_from",
    "due_date",
    "lifecycle_report",
    "next_deadlines",
]


class DeadlineStatus(NamedEnum):
    """What a :class:`DeadlineResult` can say about its date.

    >>> from ipprules.lifecycle import DeadlineStatus
    >>> DeadlineStatus("due")
    <DeadlineStatus.DUE: 'due'>
    >>> [m.value for m in DeadlineStatus]
    ['due', 'expected', 'unknown', 'undated', 'uncounted']
    """

    DUE = "due"
    """A binding deadline: ``due`` is the last day."""
    EXPECTED = "expected"
    """An expectation, not a guarantee: ``due`` (and ``latest``) are expected dates."""
    UNKNOWN = "unknown"
    """No source documents the limit: there is no date."""
    UNDATED = "undated"
    """The event that starts the count has no date: there is no date yet."""
    UNCOUNTED = "uncounted"
    """The calendar does not cover the days the count runs over (a year whose holidays are
    not published yet): no date, never a guess; ``note`` says which days."""


def _hint_names() -> dict[str, object]:
    """The names :class:`DeadlineResult`'s hints use that are imported only for type
    checking."""
    from ipprules.rulebook.model import Deadline, Source

    return {"Deadline": Deadline, "Source": Source}


@attrs.frozen
class DeadlineResult:
    """One deadline or expectation computed from a start date, with the rule record it rests on.

    ``due`` is the last day of a deadline or the expected date of an expectation; ``latest`` is
    the end of an expected range (``amount_max``), else equal to ``due``. Both are ``None`` when
    the status is ``unknown`` or ``undated``. ``counted_in`` names the calendar used for business
    or working days (``None`` for calendar days and hours).

    >>> from datetime import date
    >>> from ipprules.lifecycle import deadline_for
    >>> result = deadline_for("processing_counterfeit", date(2024, 5, 6))
    >>> result.status, result.due
    (<DeadlineStatus.EXPECTED: 'expected'>, datetime.date(2024, 5, 7))
    """

    def __attrs_post_init__(self) -> None:
        check_types(self, _hint_names)  # a wrong type is a TypeError naming the field

    deadline_id: str
    status: DeadlineStatus
    start: date | None
    due: date | None
    latest: date | None
    counted_in: str | None
    rule: Deadline
    sources: tuple[Source, ...]
    rulebook: str
    counted_from: Event | None = None
    condition: HookCondition | None = None
    note: str | None = None
    """Why there is no date, for an ``uncounted`` result."""
    interpretation: str = attrs.field(kw_only=True)
    """The reading of the rule book the rule was resolved under (as :attr:`rulebook`, the
    book)."""
    platform: str | None = attrs.field(default=None, kw_only=True)
    """The platform asked about (:func:`deadline_for`'s ``platform``), if any."""
    rulebook_version: str | None = attrs.field(default=None, kw_only=True)
    """The version of the rule book (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""

    @property
    def platform_confidence(self) -> str:
        """The rule's confidence on :attr:`platform`: ``inferred`` where its source names no
        platform or not this one (R61), else the record's.

        >>> deadline_for("counter_notice_round_1", date(2024, 5, 6), platform="lazada_sg"
        ...              ).platform_confidence
        'inferred'
        """
        return self.rule.confidence_on(self.platform)

    @property
    def confidence_mark(self) -> str:
        """`` [confidence inferred: R61, D4]`` where the date rests on a rule of weak
        confidence on :attr:`platform` (third-party, inferred, or a gap), as ``check``'s
        findings end; ``""`` for a rule the brief or an official page states.

        >>> deadline_for("counter_notice_round_1", date(2024, 5, 6), platform="lazada_sg"
        ...              ).confidence_mark
        ' [confidence inferred: R61, D4]'
        >>> deadline_for("seller_response_alibaba_com", date(2024, 5, 6)).confidence_mark
        ''
        """
        from ipprules.rulebook.model import confidence_mark

        return confidence_mark(self.platform_confidence, self.rule.rules)

    @property
    def kind(self) -> str:
        """``deadline``, ``expectation`` or ``unknown`` (the rule's kind).

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadline_for
        >>> result = deadline_for("processing_counterfeit", date(2024, 5, 6))
        >>> result.kind
        'expectation'
        """
        return str(self.rule.kind.value)

    @property
    def amount(self) -> int | None:
        """The rule's amount (``None`` for an unknown limit).

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadline_for
        >>> result = deadline_for("processing_counterfeit", date(2024, 5, 6))
        >>> result.amount, result.rule.unit.value
        (24, 'hours')
        """
        return self.rule.amount

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rule-book ids (``R61``, ``D4`` ...) the record encodes.

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadline_for
        >>> result = deadline_for("processing_counterfeit", date(2024, 5, 6))
        >>> result.rule_ids
        ('B19', 'R66', 'D5')
        """
        return self.rule.rules

    def describe(self) -> str:
        """One line for people.

        >>> print(deadline_for("processing_counterfeit", date(2024, 5, 6)).describe())
        processing_counterfeit: expected by 2024-05-07 (under 24 hours from 2024-05-06; an expectation, not a guarantee)
        """  # noqa: E501
        rule = self.rule
        if self.status is DeadlineStatus.UNKNOWN:
            return f"{self.deadline_id}: unknown (no source gives this limit)"
        if self.status is DeadlineStatus.UNDATED:
            event = self.counted_from.value if self.counted_from else rule.starts_at
            return f"{self.deadline_id}: no date yet (needs the date of {event})"
        if self.status is DeadlineStatus.UNCOUNTED:
            return f"{self.deadline_id}: no date ({self.note})"
        unit = rule.unit.value.replace("_", " ") if rule.unit else ""
        span = f"{rule.amount}" if rule.amount_max is None else f"{rule.amount}-{rule.amount_max}"
        when = str(self.due) if self.latest == self.due else f"{self.due} to {self.latest}"
        cal = f" in calendar {self.counted_in!r}" if self.counted_in else ""
        assert self.start is not None
        under = "under " if rule.bound.value == "under" else ""
        basis = f"{under}{span} {unit}{cal} from {self.start}"
        if self.status is DeadlineStatus.DUE:
            return f"{self.deadline_id}: due {when} ({basis})"
        return f"{self.deadline_id}: expected by {when} ({basis}; an expectation, not a guarantee)"

    def text(self) -> str:
        """The text ``ipprules deadline NAME --on DATE`` prints for this result: a one-row
        table, then its notes (``str()`` and ``print()`` give it too; ``repr()`` stays one
        line, :meth:`describe` is the one line for people)."""
        from ipprules.lifecycle.text import deadline_text

        return deadline_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"<DeadlineResult {self.describe()}>"

    def _repr_html_(self) -> str:
        """Notebook rendering: the line of :meth:`describe`, the rule ids and sources, then
        the result's note as :meth:`text` gives it (where the sources differ, e.g. D4 on
        Lazada, the named alternative and its dates)."""

        e = shown_html
        sources = ", ".join(s.id for s in self.sources)
        said = f"<br><small>{e(self.note)}</small>" if self.note else ""
        return (
            f"<div><strong>{e(self.kind)}</strong> {e(self.describe() + self.confidence_mark)}"
            f"<br><small>rules {e(', '.join(self.rule_ids))}; sources {e(sources)}; "
            f"confidence {e(self.platform_confidence)}; "
            f"{e(reading_label(self.rulebook, self.interpretation))}</small>{said}</div>"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data.

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadline_for
        >>> result = deadline_for("processing_counterfeit", date(2024, 5, 6))
        >>> data = result.to_dict()
        >>> data["due"], data["kind"], data["rulebook"]
        ('2024-05-07', 'expectation', 'ipprules embedded rule book 2026.11.23')
        """
        rule = self.rule
        return {
            "deadline_id": self.deadline_id,
            "kind": self.kind,
            "status": self.status.value,
            "start": _iso(self.start),
            "counted_from": self.counted_from.value if self.counted_from else None,
            "condition": self.condition.value if self.condition else None,
            "due": _iso(self.due),
            "latest": _iso(self.latest),
            "amount": rule.amount,
            "amount_max": rule.amount_max,
            "unit": rule.unit.value if rule.unit else None,
            "bound": rule.bound.value,
            "counted_in": self.counted_in,
            "starts_at": rule.starts_at,
            "who": rule.who,
            "platforms": list(rule.platforms),
            "description": rule.description,
            "effective_from": rule.effective_from.isoformat(),
            "effective_until": _iso(rule.effective_until),
            "confidence": rule.confidence.value,
            "platform": self.platform,
            "platform_confidence": self.platform_confidence,
            "confidence_mark": self.confidence_mark.strip(),
            "rule_ids": list(rule.rules),
            "sources": [{"id": s.id, "title": s.title, "url": s.url} for s in self.sources],
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "note": self.note,
            "rule_note": rule.note or None,
        }

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict


#: The columns of :meth:`Deadlines.to_records`: :meth:`DeadlineResult.to_dict`'s keys.
DEADLINE_COLUMNS = (
    "deadline_id", "kind", "status", "start", "counted_from", "condition", "due", "latest",
    "amount", "amount_max", "unit", "bound", "counted_in", "starts_at", "who", "platforms",
    "description", "effective_from", "effective_until", "confidence", "platform",
    "platform_confidence", "confidence_mark", "rule_ids", "sources", "interpretation",
    "rulebook", "rulebook_version", "rulebook_date", "note", "rule_note",
)  # fmt: skip

#: What a :class:`Deadlines` is labelled with besides its results.
_LABELS = (
    "rulebook", "interpretation", "event", "on", "platform", "calendar", "notes",
    "other_readings", "rulebook_version",
)  # fmt: skip

#: The columns of :meth:`Deadlines.to_records` that hold a date.
_DATE_COLUMNS = ("start", "due", "latest", "effective_from", "effective_until", "rulebook_date")


def _unpickled_deadlines(results: tuple[DeadlineResult, ...], labels: dict[str, Any]) -> Deadlines:
    """The :class:`Deadlines` of :meth:`Deadlines.__reduce__`."""
    readings = MappingProxyType(labels.pop("other_readings"))
    return Deadlines(results).labelled(other_readings=readings, **labels)


class Deadlines(tuple[DeadlineResult, ...]):
    """What :func:`deadlines_from` and :func:`next_deadlines` return: a tuple of
    :class:`DeadlineResult` (equal to the same results as a plain tuple, indexed, sliced and
    iterated as one; a slice is a ``Deadlines`` with the same labels, a sum a plain tuple)
    that also gives the table as data and as text, with the rule book's label and the
    reading it was answered under (``rulebook``, ``interpretation``, as ``ipprules
    deadline`` names them; ``""`` and ``None`` for results gathered by hand), and what they
    were asked for: the ``event`` and the day it happened ``on`` (:func:`deadlines_from`;
    ``None`` for :func:`next_deadlines`), the ``platform`` (``None``: every platform's) and
    the ``calendar``'s name, with ``notes`` (:func:`deadlines_from`: IPP Plus left out
    before its pilot, R92) and ``other_readings`` (B1: a marketplace filed as another
    platform, keyed ``marketplace NAME``; ``ipprules deadline`` sets them).

    >>> from datetime import date
    >>> from ipprules.lifecycle import deadlines_from
    >>> found = deadlines_from("takedown", date(2022, 1, 19), platform="aliexpress")
    >>> [r.deadline_id for r in found], found.interpretation
    (['counter_notice_round_1', 'counter_notice_round_2_3'], 'brief')
    >>> found == tuple(found)
    True
    """

    rulebook: str = ""
    rulebook_version: str | None = None
    interpretation: str | None = None
    event: str | None = None
    on: date | None = None
    platform: str | None = None
    calendar: str | None = None
    notes: tuple[str, ...] = ()
    other_readings: Mapping[str, tuple[str, ...]] = MappingProxyType({})

    @classmethod
    def _of(cls, results: Iterable[DeadlineResult], view: ResolvedRules, **asked: Any) -> Deadlines:
        """``results`` answered from ``view``, named by its book and reading, and ``asked``
        (the labels of :meth:`labelled`)."""
        found = cls(results).labelled(**asked)
        found.rulebook, found.interpretation = view.rulebook, view.interpretation
        found.rulebook_version = view.rulebook_version
        return found

    def labelled(self, **labels: Any) -> Deadlines:
        """A copy of these deadlines with the labels given (``event``, ``on``,
        ``platform``, ``calendar``, ``notes``, ``other_readings``, ``rulebook``,
        ``rulebook_version``, ``interpretation``) in place of their own; an unknown label is a
        ``TypeError``.

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadlines_from
        >>> found = deadlines_from("takedown", date(2022, 1, 19), platform="aliexpress")
        >>> noted = found.labelled(notes=("asked as aliexpress",))
        >>> noted.notes, noted.event, found.notes
        (('asked as aliexpress',), 'takedown', ())
        """
        unknown = sorted(set(labels) - set(_LABELS))
        if unknown:
            raise TypeError(f"Deadlines.labelled: unknown label(s) {', '.join(unknown)}")
        copy = type(self)(self)
        for name in _LABELS:
            setattr(copy, name, labels.get(name, getattr(self, name)))
        return copy

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy as the results with their labels (``other_readings`` is a read-only
        view, which does not pickle: it goes as a dict and comes back a view).

        >>> import pickle
        >>> from ipprules.lifecycle import deadlines_from
        >>> found = deadlines_from("takedown", "2022-01-19", platform="aliexpress")
        >>> back = pickle.loads(pickle.dumps(found))
        >>> back == found, back.platform, back.rulebook == found.rulebook
        (True, 'aliexpress', True)
        """
        labels = {name: getattr(self, name) for name in _LABELS}
        labels["other_readings"] = dict(self.other_readings)
        return (_unpickled_deadlines, (tuple(self), labels))

    @overload
    def __getitem__(self, index: SupportsIndex) -> DeadlineResult: ...

    @overload
    def __getitem__(self, index: slice) -> Deadlines: ...

    def __getitem__(self, index: SupportsIndex | slice) -> DeadlineResult | Deadlines:
        """One deadline, or a slice of them as a ``Deadlines`` naming the same rule book
        and reading.

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadlines_from
        >>> found = deadlines_from("takedown", date(2022, 1, 19), platform="aliexpress")
        >>> first = found[:1]
        >>> type(first).__name__, len(first), first.interpretation, found[0] is first[0]
        ('Deadlines', 1, 'brief', True)
        """
        if not isinstance(index, slice):
            return super().__getitem__(index)
        return type(self)(super().__getitem__(index)).labelled(
            **{name: getattr(self, name) for name in _LABELS}
        )

    def text(self) -> str:
        """The text table ``ipprules deadline`` prints for these deadlines, headed by the
        rule book and reading, then its notes (``str()`` and ``repr()`` stay the tuple's).

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadlines_from
        >>> found = deadlines_from("takedown", date(2022, 1, 19), platform="aliexpress")
        >>> found.text().splitlines()[0].endswith("interpretation brief):")
        True
        """
        from ipprules.lifecycle.text import deadlines_text

        named = None if self.interpretation is None else self._label()
        said = filed_note_lines(self.notes, self.other_readings)  # B1, as the command says it
        return "\n".join([deadlines_text("Deadlines", self, reading=named), *said])

    def _label(self) -> str:
        """The rule book and reading as ``ipprules deadline`` names them."""
        return reading_label(self.rulebook, str(self.interpretation))

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per deadline, in order: :meth:`DeadlineResult.to_dict`'s keys
        (:data:`DEADLINE_COLUMNS`), its dates as :class:`datetime.date` and its sources as
        their ids.

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadlines_from
        >>> rows = deadlines_from("takedown", date(2022, 1, 19), platform="aliexpress").to_records()
        >>> [(r["deadline_id"], r["due"], r["sources"]) for r in rows][:1]
        [('counter_notice_round_1', datetime.date(2022, 1, 24), ['S25'])]
        """
        rows = []
        for result in self:
            row = result.to_dict()
            row["start"], row["due"], row["latest"] = result.start, result.due, result.latest
            row["effective_from"] = result.rule.effective_from
            row["effective_until"] = result.rule.effective_until
            if row["rulebook_date"] is not None:
                row["rulebook_date"] = date.fromisoformat(row["rulebook_date"])
            row["sources"] = [s.id for s in result.sources]
            rows.append(row)
        return rows

    def to_frame(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (the ``pandas`` extra): the dates
        ``datetime64``, ``kind``, ``status``, ``interpretation``, ``confidence`` and
        ``platform_confidence`` categorical (as the other frames' confidence columns), the
        amounts nullable ``Int64``, lists as lists; the same columns for no deadline.

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadlines_from
        >>> frame = deadlines_from("takedown", date(2022, 1, 19)).to_frame()
        >>> str(frame["due"].dtype), str(frame["status"].dtype), str(frame["amount"].dtype)
        ('datetime64[s]', 'category', 'Int64')
        >>> str(frame["confidence"].dtype), str(frame["platform_confidence"].dtype)
        ('category', 'category')
        """
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import interpretations
        from ipprules.rulebook.model import Confidence, DeadlineKind

        lists = ("platforms", "rule_ids", "sources")
        confidences = (*(c.value for c in Confidence), "unknown")
        named: tuple[str, ...] = (*_DATE_COLUMNS, "kind", "status", "interpretation")
        named += ("amount", "amount_max", "confidence", "platform_confidence")
        return to_frame(
            self.to_records(),
            dates=_DATE_COLUMNS,
            categories={
                "kind": DeadlineKind,
                "status": DeadlineStatus,
                "interpretation": interpretations(),
                "confidence": confidences,
                "platform_confidence": confidences,
            },
            ints=("amount", "amount_max"),
            lists=lists,
            texts=tuple(c for c in DEADLINE_COLUMNS if c not in (*named, *lists)),
            columns=DEADLINE_COLUMNS,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: what was asked (``event``, ``on``, ``platform``,
        ``calendar``), the rule book and reading, how many deadlines, each as
        :meth:`DeadlineResult.to_dict` gives it, and the ``notes`` and ``other_readings``
        (what ``ipprules deadline --format json`` prints, key for key).

        >>> from datetime import date
        >>> from ipprules.lifecycle import deadlines_from
        >>> data = deadlines_from("takedown", date(2022, 1, 19), platform="aliexpress").to_dict()
        >>> data["interpretation"], data["count"], data["deadlines"][0]["deadline_id"]
        ('brief', 2, 'counter_notice_round_1')
        """
        return {
            "event": self.event,
            "on": _iso(self.on),
            "platform": self.platform,
            "calendar": self.calendar,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "interpretation": self.interpretation,
            "count": len(self),
            "deadlines": [result.to_dict() for result in self],
            "notes": list(self.notes),
            "other_readings": {k: list(v) for k, v in self.other_readings.items()},
        }

    #: The same as :meth:`to_dict`: both names work on every result.
    as_dict = to_dict

    def _repr_html_(self) -> str:
        """A notebook's table: one row per deadline (its date, or its range where the latest
        day differs, rules and confidence), headed by the rule book and reading as
        ``ipprules deadline`` names them, then the notes :meth:`text` gives (where the
        sources differ, e.g. D4 on Lazada, the named alternative and its dates)."""

        e = shown_html

        def when(r: DeadlineResult) -> str:
            due, latest = _iso(r.due) or "", _iso(r.latest)
            return due if latest is None or r.latest == r.due else f"{due} to {latest}"

        rows = "".join(
            f"<tr><td>{e(r.deadline_id)}</td><td>{e(r.kind)}</td><td>{e(r.status.value)}</td>"
            f"<td>{e(when(r))}</td><td>{e(', '.join(r.rule_ids))}</td>"
            f"<td>{e(r.platform_confidence)}</td></tr>"
            for r in self
        )
        named = "" if self.interpretation is None else f" ({self._label()})"
        said = [f"{r.deadline_id}: {r.note}" for r in self if r.note]
        said += filed_note_lines(self.notes, self.other_readings)
        notes = "".join(f"<li>{e(line)}</li>" for line in said if line)
        return (
            f"<div><p><strong>{len(self)} deadline(s)</strong>{e(named)}</p><table><thead><tr>"
            "<th>deadline</th><th>kind</th><th>status</th><th>due</th><th>rules</th>"
            f"<th>confidence</th></tr></thead><tbody>{rows}</tbody></table>"
            + (f"<ul>{notes}</ul>" if notes else "")
            + "</div>"
        )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _calendar_name(calendar: Calendar) -> str:
    name = getattr(calendar, "name", None)
    return name if isinstance(name, str) else type(calendar).__name__


#: The units :func:`due_date` counts in.
_UNITS = ("business_days", "working_days", "calendar_days", "hours")


def due_date(start: date | str, amount: int, unit: str, calendar: Calendar = WEEKENDS) -> date:
    """The date ``amount`` units after ``start`` (see the module documentation for units).

    ``start`` is a ``date``, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string, in every
    unit; the answer is a ``date``. ``amount`` is an ``int`` (not a bool or a float: a
    ``TypeError``) and ``unit`` one of the units above (an
    :class:`~ipprules.errors.UnknownNameError` otherwise).

    >>> due_date(date(2024, 9, 27), 3, "business_days")     # Friday -> Wednesday
    datetime.date(2024, 10, 2)
    >>> due_date(date(2024, 9, 27), 3, "calendar_days")
    datetime.date(2024, 9, 30)
    >>> due_date(date(2024, 9, 27), 24, "hours"), due_date(date(2024, 9, 27), 25, "hours")
    (datetime.date(2024, 9, 28), datetime.date(2024, 9, 29))
    >>> due_date("2024-09-27", 3, "calendar_days")
    datetime.date(2024, 9, 30)
    """
    require_calendar(calendar)
    start = _check_date(start, "start date", "start")  # as deadline_for bounds it
    amount = require_int(amount, "amount")  # True or 3.0 counted a day in some units
    unit = require_str(unit, "unit")  # plain: a str subclass's own __hash__ is not called
    if unit in ("business_days", "working_days"):
        return _in_range(add_business_days(start, amount, calendar), amount, unit, start)
    days = {"calendar_days": amount, "hours": -(-amount // 24)}.get(unit)
    if days is None:
        raise UnknownNameError("time unit", unit, _UNITS)
    try:
        return _in_range(start + timedelta(days=days), amount, unit, start)
    except OverflowError:
        raise CalendarError(
            f"{shown_value(amount)} {unit} from {start} runs outside the supported date range"
        ) from None


def _in_range(due: date, amount: int, unit: str, start: date) -> date:
    """``due``, a date within the dates deadlines are counted for, as a start must be (a
    ``CoverageError`` otherwise: 27 business days from 2999-12-30 fall in 3000)."""
    if not FIRST_DATE <= due <= LAST_DATE:
        raise CoverageError(
            f"{shown_value(amount)} {unit.replace('_', ' ')} from {start} fall on {due}, "
            f"outside {FIRST_DATE}..{LAST_DATE}, the dates deadlines are counted for"
        )
    return due


def _rulebook(rules: RuleBook | ResolvedRules | None) -> tuple[RuleBook, str | None, Trial]:
    from ipprules.rulebook import ResolvedRules, default_rulebook

    if rules is None:
        return default_rulebook(), None, False
    from ipprules.rulebook import RuleBook

    if isinstance(rules, ResolvedRules):
        return rules.book, rules.interpretation, rules.trial
    if not isinstance(rules, RuleBook):
        raise TypeError(
            f"rulebook must be a RuleBook or ResolvedRules, got {type(rules).__name__}"
            + file_hint(rules, "RuleBook")
        )
    return rules, None, False


@rulebook_alias("rules")
@keywords_checked({"as_of": "start"})
def deadline_for(
    deadline_id: str,
    start: date | str,
    rulebook: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
) -> DeadlineResult:
    """A deadline or expectation counted from ``start``, under the rule in force on ``start``.

    ``rulebook`` is a rule book (default: the embedded one) or a resolved view; a view only lends
    its book, interpretation and trial flag: the rule is always resolved as of ``start``.
    ``platform``, when given, must be one the deadline applies to. Raises
    :class:`~ipprules.errors.UnknownNameError` for an id not in force on ``start`` and
    :class:`~ipprules.errors.CoverageError` for a start outside the rule book (or calendar).

    >>> from datetime import date
    >>> from ipprules import deadline_for
    >>> r = deadline_for("ipr_verification", date(2024, 9, 27))
    >>> r.status.value, r.due, r.latest
    ('expected', datetime.date(2024, 10, 2), datetime.date(2024, 10, 4))
    >>> deadline_for("seller_response_alibaba_com", date(2024, 9, 27), platform="aliexpress")
    Traceback (most recent call last):
    ...
    ipprules.errors.IpprulesError: deadline 'seller_response_alibaba_com' applies only on alibaba_com, not on 'aliexpress'
    """  # noqa: E501
    require_calendar(calendar)
    start = _check_date(start, "start date", "start")
    if isinstance(platform, str):  # a str subclass's own __format__ is not carried into notes
        platform = plain(platform)
    if isinstance(deadline_id, str):  # nor its strip, __eq__ or __hash__ called
        deadline_id = plain(deadline_id)
    try:
        result = _compute(deadline_id, start, rulebook, calendar, platform=platform)
    except UnknownNameError as exc:
        raise _event_given(exc, deadline_id) from None
    book, interpretation, trial = _rulebook(rulebook)
    view = book.as_of(start, interpretation, trial=trial)
    said = _platform_note(view, result.rule, platform, start, calendar, result.latest)
    note = "; ".join(n for n in (result.note, said) if n) or None
    return attrs.evolve(result, note=note, platform=platform)


def _event_given(exc: UnknownNameError, name: str) -> UnknownNameError:
    """``exc``, or, where ``name`` (an unknown deadline id) is an event that starts deadlines
    (``takedown``, as ``ipprules deadline EVENT`` takes it), the same error saying so and
    naming :func:`deadlines_from`, which takes events. A deadline of the book not in force on
    the day (``exc.note`` says when it is) is answered as it is, not as a misspelt event."""
    if exc.name != name or not isinstance(name, str) or exc.note:
        return exc
    key = name_key(name)
    events = [*(e.value for e in Event), *OUTSIDE_STARTS, *STARTS_AT]
    if key not in events:
        # a misspelt event ('takedwn'), nearer to an event than to any deadline id
        meant = suggest(name, [*exc.known, *events])
        if meant is None or meant not in events:
            return exc
        note = (
            f"did you mean the event {meant!r}? ipprules.lifecycle.deadlines_from({meant!r}, "
            "start) lists the deadlines it starts (as ipprules deadline EVENT does)"
        )
        return UnknownNameError(exc.kind, name, exc.known, note=note, nearest=False)
    note = (
        f"{name!r} is an event, not a deadline: ipprules.lifecycle.deadlines_from({name!r}, "
        "start) lists the deadlines it starts (as ipprules deadline EVENT does)"
    )
    return UnknownNameError(exc.kind, name, exc.known, note=note, nearest=False)


def _platform_note(
    view: ResolvedRules,
    rule: Deadline,
    platform: str | None,
    start: date,
    calendar: Calendar,
    counted_to: date | None = None,
) -> str | None:
    """What the answer must say about the platform (``None``: nothing): that the rule's
    source names no platform, or not this one (R61: inferred), and where another source
    gives the platform a different window for the same act (D4: Lazada's 3-5 working days
    beside R61's 3 business days), which reading is the default and which the named
    alternative, with the other's dates (and the calendar's doubtful days it crosses after
    ``counted_to``, this window's last day)."""
    inferred = _inferred_said(rule, platform)
    parts = [inferred] if inferred else []
    parts += _differs_notes(view, rule, platform, start, calendar, counted_to=counted_to)
    abroad = _other_countrys_calendar(rule, platform, calendar)
    parts += [abroad] if abroad else []
    return "; ".join(parts) or None


def _other_countrys_calendar(
    rule: Deadline, platform: str | None, calendar: Calendar
) -> str | None:
    """That a Lazada site's business days are counted in a built-in calendar of another
    country's public holidays: mainland China's (``china_calendar``, named ``CN …``) or
    another Lazada country's (``country_calendar``, named ``MY …``); the site's own is
    ``country_calendar`` of its country (B14: each site is its country's)."""
    import re

    days = _unit(rule) in ("business_days", "working_days")
    if platform is None or not platform.startswith("lazada_") or not days:
        return None
    name = _calendar_name(calendar)
    built_in = re.fullmatch(r"([A-Z]{2}) \d{4}(?:-\d{4})?", name)
    if built_in is None:
        return None
    from ipprules.calendars.countries import LAZADA_COUNTRIES

    used, country = built_in[1], platform.removeprefix("lazada_").upper()
    if used == country or (used != "CN" and used not in LAZADA_COUNTRIES):
        return None
    whose = "mainland China" if used == "CN" else LAZADA_COUNTRIES[used]
    whose += "'" if whose.endswith("s") else "'s"
    return (
        f"counted in calendar {name!r}, {whose} public holidays, not {country}'s "
        f"(the country of {platform}): count in {country}'s own, "
        f"country_calendar({country!r}) (ipprules: --calendar site or --calendar "
        f"{country.lower()})"
    )


def _inferred_said(rule: Deadline, platform: str | None) -> str | None:
    """That the rule's source names no platform, or not this one (R61, S25: inferred)."""
    if not rule.inferred_on(platform):
        return None
    where = f"on {platform}" if platform else "on every platform"
    return (
        f"its source ({', '.join(rule.sources)}) names no platform: {where} this window is inferred"
    )


def _differs_notes(
    view: ResolvedRules,
    rule: Deadline,
    platform: str | None,
    start: date | None,
    calendar: Calendar = WEEKENDS,
    *,
    counted_to: date | None = None,
) -> list[str]:
    """Where another source gives ``platform`` a different window for the same act (D4:
    Lazada's 3-5 working days beside R61's 3 business days): which reading is the default and
    which the named alternative, with the other's dates counted from ``start`` (none without
    a ``start``: ``ipprules rules deadlines --platform``), and the calendar's doubtful days
    (``notes_between``) the other window crosses after ``counted_to`` (this one's last day,
    whose own note names those up to it)."""
    parts = []
    for other in _differing(view, rule, platform):
        span = _span_of(other)
        when = ""
        if start is not None:
            try:
                due = due_date(start, other.amount or 0, _unit(other), calendar)
                when = f", due {_dates_of(due, start, other, calendar)}"
                last = due_date(
                    start, other.amount_max or other.amount or 0, _unit(other), calendar
                )
                doubt = _calendar_note(calendar, _unit(other), counted_to or start, last)
                when += f" ({doubt})" if doubt else ""
            except IpprulesError:
                when = ", due a date this calendar cannot count"
        shared = ", ".join(r for r in rule.rules if r in other.rules and r.startswith("D"))
        if rule.platforms:  # this one is the platform's own: the general rule is the default
            parts.append(
                f"the sources differ on {platform} ({shared}): the default reading is "
                f"{other.id} ({span}; {', '.join(other.rules)}){when}, and this window "
                "is the named alternative"
            )
        else:
            parts.append(
                f"the sources differ on {platform} ({shared}): this window is the default "
                f"reading; the named alternative is {other.id} ({span}; "
                f"{', '.join(other.rules)}){when}"
            )
    return parts


def disputed_windows(view: ResolvedRules, rule: Deadline, platform: str | None) -> list[str]:
    """Where the sources give ``platform`` another window than ``rule`` for the same act (D4:
    Lazada's 3-5 working days beside R61's 3 business days), which of the two is the default
    reading and which the named alternative, without dates (what ``ipprules rules deadlines
    --platform`` prints under its table); none where they agree.

    >>> from ipprules import default_rulebook
    >>> view = default_rulebook().as_of("2024-06-03")
    >>> rule = view.deadlines["counter_notice_round_1"]
    >>> said = disputed_windows(view, rule, "lazada_sg")
    >>> said[0].endswith("the named alternative is counter_notice_lazada (3-5 working days; D4)")
    True
    >>> disputed_windows(view, rule, "aliexpress")
    []
    """
    return _differs_notes(view, rule, platform, None)


def _with_differs(
    result: DeadlineResult, view: ResolvedRules, platform: str | None, calendar: Calendar
) -> DeadlineResult:
    """``result`` whose note also names the other reading of a disputed window (D4), as
    :func:`deadline_for`'s does, so that a list of deadlines (:func:`deadlines_from`, a
    replay's) never gives the default alone, and a Lazada window counted in China's holidays
    says so (:func:`_other_countrys_calendar`)."""
    if result.start is None or result.due is None:
        return result
    said = _differs_notes(
        view, result.rule, platform, result.start, calendar, counted_to=result.latest
    )
    abroad = _other_countrys_calendar(result.rule, platform, calendar)
    said += [abroad] if abroad else []
    if not said:
        return result
    return attrs.evolve(result, note="; ".join([*([result.note] if result.note else []), *said]))


def _differing(view: ResolvedRules, rule: Deadline, platform: str | None) -> list[Deadline]:
    """The other deadlines in force on ``platform`` for the same act (who, kind and start
    event) that a disagreement (a ``D`` id) ties to ``rule``, one of the two general and
    the other the platform's own, whose windows overlap (D4: R61's first window and
    Lazada's 3-5 working days; not the 27 business days of the later rounds). Only binding
    deadlines: an expectation is what usually happens to one kind of filer, and D5 keeps each
    apart (Good Faith members' 1-3 business days, R78, are no reading of everyone's 3 days,
    B19)."""
    from ipprules.rulebook.model import DeadlineKind

    if platform is None or rule.kind is not DeadlineKind.DEADLINE:
        return []
    disputes = {r for r in rule.rules if r.startswith("D")}
    low, high = rule.amount, rule.amount_max or rule.amount
    found = []
    for other in view.deadlines_for(platform):
        if other.id == rule.id or (other.who, other.kind, other.starts_at) != (
            rule.who,
            rule.kind,
            rule.starts_at,
        ):
            continue
        if not disputes & set(other.rules) or bool(other.platforms) == bool(rule.platforms):
            continue
        if low is None or other.amount is None or high is None:
            continue
        if other.amount <= high and low <= (other.amount_max or other.amount):
            found.append(other)
    return found


def _unit(rule: Deadline) -> str:
    return rule.unit.value if rule.unit else "calendar_days"


def _span_of(rule: Deadline) -> str:
    amount = f"{rule.amount}" if rule.amount_max is None else f"{rule.amount}-{rule.amount_max}"
    return f"{amount} {_unit(rule).replace('_', ' ')}"


def _dates_of(due: date, start: date, rule: Deadline, calendar: Calendar) -> str:
    if rule.amount_max is None:
        return str(due)
    return f"{due} to {due_date(start, rule.amount_max, _unit(rule), calendar)}"


def _compute(
    deadline_id: str,
    start: date | None,
    rules: RuleBook | ResolvedRules | None,
    calendar: Calendar,
    *,
    platform: str | None = None,
    hook: DeadlineHook | None = None,
    resolve_on: date | None = None,
) -> DeadlineResult:
    book, interpretation, trial = _rulebook(rules)
    when = start if start is not None else resolve_on
    if when is None:  # pragma: no cover - callers always give one of them
        raise IpprulesError("a start date is needed")
    _check_date(when, "start date")
    view = book.as_of(when, interpretation, trial=trial)
    rule = view.deadline(deadline_id)
    if platform is not None:
        view.platform(platform, filed_as=False)
        if rule.platforms and platform not in rule.platforms:
            raise IpprulesError(
                f"deadline {deadline_id!r} applies only on {', '.join(rule.platforms)}, "
                f"not on {platform!r}"
            )
    common = _about(rule, view, hook)
    if rule.kind.value == "unknown" or rule.amount is None or rule.unit is None:
        return _dateless(DeadlineStatus.UNKNOWN, start, None, common)
    if start is None:
        return _dateless(DeadlineStatus.UNDATED, None, None, common)
    unit = rule.unit.value
    due = due_date(start, rule.amount, unit, calendar)
    latest = due if rule.amount_max is None else due_date(start, rule.amount_max, unit, calendar)
    binding = rule.kind.value == "deadline"
    return DeadlineResult(
        status=DeadlineStatus.DUE if binding else DeadlineStatus.EXPECTED,
        start=start,
        due=due,
        latest=latest,
        counted_in=_calendar_name(calendar) if unit in ("business_days", "working_days") else None,
        note=_joined(
            _change_note(book, interpretation, trial, rule, start, latest, calendar),
            _calendar_note(calendar, unit, start, latest),
        ),
        **common,
    )


def _joined(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


def _calendar_note(calendar: Calendar, unit: str, start: date, latest: date) -> str | None:
    """What the calendar says about the days a business- or working-day count crosses (its
    ``notes_between``: a holiday whose date is estimated, a day off it counts as a working
    day), named with the calendar; ``None`` where there is nothing to say."""
    notes_between = getattr(calendar, "notes_between", None)
    if unit not in ("business_days", "working_days") or not callable(notes_between):
        return None
    said = notes_between(start, latest)
    if not said:
        return None
    return f"counted in calendar {_calendar_name(calendar)!r} across " + "; ".join(said)


def _change_note(
    book: RuleBook,
    interpretation: str | None,
    trial: Trial,
    rule: Deadline,
    start: date,
    latest: date,
    calendar: Calendar,
) -> str | None:
    """A window the rule's own change falls into (R61: 30 business days until 20 Jan 2022,
    27 from it). The count is the rule in force on the start date; the text does not say
    which rule governs a window still open on the day of the change, so the note names the
    date under the other count (``None`` where the window closes before the change)."""
    until = rule.effective_until
    if until is None or latest < until:
        return None
    head = (
        f"the rule changes on {until}, within this window: counted under the rule in force "
        f"on {start}"
    )
    try:
        later = book.as_of(until, interpretation, trial=trial).deadline(rule.id)
    except IpprulesError:
        return f"{head}; no rule of this id follows it"
    if later.amount is None or later.unit is None:
        return f"{head}; the rule that follows it gives no figure"
    unit = later.unit.value
    try:
        other = due_date(start, later.amount, unit, calendar)
    except IpprulesError:
        other = None
    return (
        f"{head}; under the rule from {until} ({later.amount} {unit.replace('_', ' ')})"
        f"{_other_date(other, until)} (the source does not say which rule governs a window open "
        "on that day)"
    )


def _other_date(other: date | None, until: date) -> str:
    """The date under the rule that follows a change. One that falls before the change (27
    business days from 9 Dec 2021 end on 17 Jan 2022, three days before that count took
    effect) is no due date: the earlier rule was still in force on it, so under that count
    the window closes when the rule changes, its last day the day before."""
    if other is None:
        return " its date cannot be counted in this calendar"
    if other < until:
        return (
            f" its count ends on {other}, before that rule takes effect: read so, the window "
            f"closes when the rule changes (its last day {until - timedelta(days=1)})"
        )
    return f" it would be {other}"


def _dateless(
    status: DeadlineStatus,
    start: date | None,
    counted_in: str | None,
    common: dict[str, Any],
    note: str | None = None,
) -> DeadlineResult:
    """A result without a date (unknown, undated or uncounted), with its rule's fields."""
    return DeadlineResult(
        status=status,
        start=start,
        due=None,
        latest=None,
        counted_in=counted_in,
        note=note,
        **common,
    )


def _about(rule: Deadline, view: ResolvedRules, hook: DeadlineHook | None) -> dict[str, Any]:
    """The fields of a :class:`DeadlineResult` that say which deadline it is and what it
    rests on (the rest say when it falls)."""
    return {
        "deadline_id": rule.id,
        "rule": rule,
        "sources": view.sources_of(rule),
        "rulebook": view.rulebook,
        "rulebook_version": view.rulebook_version,
        "interpretation": view.interpretation,
        "counted_from": hook.counted_from if hook else None,
        "condition": hook.condition if hook else None,
    }


@functools.lru_cache(maxsize=64)
def _conditional_platforms(book: RuleBook, condition: HookCondition) -> tuple[str, ...] | None:
    """The platforms the deadlines of hooks with ``condition`` apply on, under every version
    and reading of ``book`` (``None``: some record applies everywhere)."""
    from ipprules.rulebook.model import Deadline

    ids = {
        h.deadline_id for s in State for h in state_info(s).deadlines if h.condition is condition
    }
    found: set[str] = set()
    for record in book.records("deadlines"):
        if isinstance(record, Deadline) and record.id in ids:
            if not record.platforms:
                return None
            found.update(record.platforms)
    return tuple(sorted(found))


def ipp_plus_problem(rules: RuleBook | ResolvedRules | None, platform: str | None) -> str | None:
    """Why ``ipp_plus`` cannot apply to a complaint on ``platform``, or ``None`` when it can
    (no platform given, a platform the book does not know: its own error says so).

    IPP Plus is Lazada's programme (R92): its processing expectation is the rule book's, on the
    platforms its records name. Asked for on another platform it would be dropped without a
    word, so :func:`next_deadlines`, :func:`deadlines_from` and :func:`lifecycle_report` refuse
    it (an :class:`~ipprules.errors.InputError`), as the CLI refuses ``--ipp-plus``.

    >>> print(ipp_plus_problem(None, "aliexpress"))
    IPP Plus (processing_lazada_ipp_plus, R92) applies only on lazada_id, lazada_my, \
lazada_ph, lazada_sg, lazada_th, lazada_vn, not on 'aliexpress'
    >>> ipp_plus_problem(None, "lazada_sg") is None
    True
    """
    book = _rulebook(rules)[0]
    if platform is None or not any(r.id == platform for r in book.records("platforms")):
        return None
    allowed = _conditional_platforms(book, HookCondition.IPP_PLUS)
    if allowed is None or platform in allowed:
        return None
    return (
        "IPP Plus (processing_lazada_ipp_plus, R92) applies only on "
        f"{', '.join(allowed)}, not on {platform!r}"
    )


def _check_ipp_plus(
    rules: RuleBook | ResolvedRules | None,
    platform: str | None,
    ipp_plus: bool,
    counterfeit: bool = False,
) -> None:
    """``ipp_plus`` and ``counterfeit`` are flags (``"no"`` is no truth value), and IPP Plus
    applies on ``platform``."""
    from ipprules._args import require_bool

    require_bool(counterfeit, "counterfeit")
    if require_bool(ipp_plus, "ipp_plus"):
        problem = ipp_plus_problem(rules, platform)
        if problem is not None:
            raise InputError(problem, path="$.ipp_plus")


def _applies(hook: DeadlineHook, counterfeit: bool, ipp_plus: bool) -> bool:
    if hook.condition is HookCondition.COUNTERFEIT:
        return counterfeit
    if hook.condition is HookCondition.IPP_PLUS:
        return ipp_plus
    return True


#: The starts of a count that lie outside the machine (the rule book's ``starts_at`` names).
OUTSIDE_STARTS = ("ipr_submitted", "notice_received")


def _outside_start(
    hook: DeadlineHook, view: ResolvedRules, outside: Mapping[str, date | None]
) -> date | None:
    """The date a count that starts outside the machine starts on, by the rule's ``starts_at``."""
    rule = view.deadlines.get(hook.deadline_id)
    return None if rule is None else outside.get(rule.starts_at)


#: The ``starts_at`` of the windows R61 counts "from receipt of the complaint": the day the
#: seller received the complaint's notice (``notice_received``) where it is given, else the
#: takedown, which stands for it (:data:`~ipprules.lifecycle.states.STARTS_AT`).
RECEIPT = "complaint_received"


def _start_of(
    hook: DeadlineHook,
    view: ResolvedRules,
    dates: Mapping[Event, date],
    outside: Mapping[str, date | None],
) -> tuple[DeadlineHook, date | None, str | None]:
    """The date ``hook``'s count starts on, the hook as the result names its start, and, for a
    window counted from the seller's receipt of the complaint (R61), a note saying which date
    was used: the notice the seller received (``notice_received``) where it is given, the
    takedown, which stands for it, otherwise."""
    if hook.counted_from is None:
        return hook, _outside_start(hook, view, outside), None
    start = dates.get(hook.counted_from)
    rule = view.deadlines.get(hook.deadline_id)
    if rule is None or rule.starts_at != RECEIPT:
        return hook, start, None
    received = outside.get("notice_received")
    if received is not None:
        said = _receipt_said(rule, received, start)
        return attrs.evolve(hook, counted_from=None), received, said
    return hook, start, None if start is None else _receipt_said(rule, None, start)


def _receipt_said(rule: Deadline, received: date | None, takedown: date | None) -> str:
    """The note on a window R61 counts from receipt of the complaint: counted from the day
    the seller received its notice (``received``), or from the takedown standing for it."""
    ids = ", ".join(r for r in rule.rules if r.startswith("R")) or ", ".join(rule.rules)
    if received is not None:
        other = "" if takedown in (None, received) else f", not from the takedown on {takedown}"
        return (
            f"counted from {received}, the day the seller received the complaint "
            f"({ids}: from receipt of the complaint){other}"
        )
    return (
        f"counted from the takedown on {takedown}, which stands for the day the seller "
        f"received the complaint ({ids}: from receipt of the complaint; give notice_received "
        "to count from that day)"
    )


@rulebook_alias("rules")
def next_deadlines(
    state: State,
    event_dates: Mapping[Event, date | str],
    rulebook: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
    counterfeit: bool = False,
    ipp_plus: bool = False,
    ipr_submitted_on: date | str | None = None,
    notice_received_on: date | str | None = None,
) -> Deadlines:
    """The deadlines and expectations that run in ``state`` (:func:`~.deadline_hooks`).

    Each is counted from the date of the event its rule names (``starts_at``, see
    :data:`~ipprules.lifecycle.states.STARTS_AT`), taken from ``event_dates`` (the latest date
    of each event; a key that names no event, ``TAKEDOWN`` or ``takedwon``, is refused with
    an :class:`~ipprules.errors.UnknownNameError`), or for a start outside the machine from
    ``ipr_submitted_on`` (the IPR verification, R7) or ``notice_received_on`` (the day the
    seller received the complaint's
    notice: R60 on Alibaba.com). R61 counts the counter-notice windows from receipt of the
    complaint (``starts_at`` ``complaint_received``): from ``notice_received_on`` where it is
    given, else from the takedown, which stands for it; the result's ``note`` says which
    date was used. A missing date gives an ``undated`` result, never a guess. ``platform`` keeps the
    deadlines that apply there (all of them when ``None``); ``counterfeit`` adds the
    counterfeit expectation and ``ipp_plus`` the Lazada IPP Plus one (with a ``platform`` IPP
    Plus does not apply on, an :class:`~ipprules.errors.InputError`: see
    :func:`ipp_plus_problem`). A deadline not yet in force on its start date (IPP Plus before
    2020) is left out; the IPP Plus one asked for is said left out in ``notes``, as by
    :func:`deadlines_from`.

    >>> rows = next_deadlines(State.TAKEN_DOWN, {Event.TAKEDOWN: date(2022, 1, 19)})
    >>> [(r.deadline_id, r.status.value, r.due) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('counter_notice_round_1', 'due', datetime.date(2022, 1, 24)),
     ('counter_notice_lazada', 'due', datetime.date(2022, 1, 24)),
     ('seller_response_alibaba_com', 'undated', None)]
    >>> [r.deadline_id for r in next_deadlines(State.TAKEN_DOWN,
    ...     {Event.TAKEDOWN: date(2022, 1, 19)}, platform="aliexpress")]
    ['counter_notice_round_1']
    """
    from ipprules._args import require_mapping

    require_mapping(event_dates, "event_dates")
    require_calendar(calendar)
    platform = plain(platform) if isinstance(platform, str) else platform  # no subclass's __eq__
    dates = {
        _event_key(event): _check_date(day, "event date", f"event_dates[{_key_shown(event)}]")
        for event, day in event_dates.items()
    }
    book, interpretation, trial = _rulebook(rulebook)
    outside = _outside_dates(ipr_submitted_on, notice_received_on)
    _check_receipt_dates(dates, outside)
    known = [*dates.values(), *(d for d in outside.values() if d is not None)]
    latest_known = max(known) if known else max(book.change_dates("deadlines"))
    latest_view = book.as_of(latest_known, interpretation, trial=trial)
    if platform is not None:
        latest_view.platform(platform, filed_as=False)
    _check_ipp_plus(book, platform, ipp_plus, counterfeit)
    results: list[DeadlineResult] = []
    notes: list[str] = []
    for hook in state_info(state).deadlines:
        if _applies(hook, counterfeit, ipp_plus):
            asked = (book, interpretation, trial, latest_view, latest_known, calendar, platform)
            result = _state_result(hook, dates, outside, notes, *asked)
            results.extend(() if result is None else (result,))
    named = _calendar_name(calendar)
    return Deadlines._of(
        results, latest_view, platform=platform, calendar=named, notes=tuple(dict.fromkeys(notes))
    )


def _state_result(
    hook: DeadlineHook,
    dates: Mapping[Event, date],
    outside: dict[str, date | None],
    notes: list[str],
    book: RuleBook,
    interpretation: str | None,
    trial: bool | frozenset[int],
    latest_view: ResolvedRules,
    latest_known: date,
    calendar: Calendar,
    platform: str | None,
) -> DeadlineResult | None:
    """One deadline of :func:`next_deadlines`: ``None`` where it is not in force on its start
    date (the IPP Plus one asked for then said left out in ``notes``) or not on ``platform``."""
    hook, start, said = _start_of(hook, latest_view, dates, outside)
    # the rule in force on the start date; without one, on the latest date known (or the
    # rule book's latest change of deadlines), only to name the rule that will apply
    resolve_on = start or latest_known
    view = book.as_of(resolve_on, interpretation, trial=trial)
    try:
        rule = view.deadline(hook.deadline_id)
    except UnknownNameError:  # not in force on its start date: IPP Plus said left out
        notes.extend(_ipp_plus_note(view) if hook.deadline_id == _IPP_PLUS else ())
        return None
    if platform is not None and rule.platforms and platform not in rule.platforms:
        return None
    result = _compute(
        hook.deadline_id, start, view, calendar, platform=platform, hook=hook,
        resolve_on=resolve_on,
    )  # fmt: skip
    if said is not None and result.start is not None:
        result = attrs.evolve(result, note="; ".join(n for n in (result.note, said) if n))
    return _with_differs(result, view, platform, calendar)


def _check_receipt_dates(dates: Mapping[Any, date], outside: dict[str, date | None]) -> None:
    """:func:`next_deadlines` refuses a ``notice_received_on`` its ``event_dates`` make
    impossible as :func:`lifecycle_report` does: before the verification (R7) or after the
    counter-notice (R61)."""
    if outside["notice_received"] is None:
        return
    kinds = (Event.IPR_VERIFIED, Event.COUNTER_NOTICE_FILED)
    records = tuple(EventRecord(e, on=dates[e]) for e in kinds if e in dates)
    _check_receipt(records, outside)
    _check_answered(records, outside, "event_dates['counter_notice_filed']")


def _event_key(key: object) -> Event:
    """A key of :func:`next_deadlines`'s ``event_dates``: an :class:`Event`, or its name
    exactly; any other name is refused with the nearest (``TAKEDOWN``, ``takedwon``: counted
    from nothing, every deadline it starts was undated without a word)."""
    if isinstance(key, Event):
        return key
    if not isinstance(key, str):
        raise TypeError(f"event_dates keys must be events (Event or str), got {type(key).__name__}")
    try:
        return Event(key)
    except ValueError:
        raise UnknownNameError(
            "event (a key of event_dates)", key, [e.value for e in Event]
        ) from None


def _key_shown(event: object) -> str:
    """A key of ``event_dates`` as a message shows it: an event's name, a string quoted (cut
    when long), else its type."""
    if isinstance(event, Event):
        return repr(event.value)
    return quoted(event) if isinstance(event, str) else type(event).__name__


def _outside_dates(
    ipr_submitted_on: date | str | None, notice_received_on: date | str | None
) -> dict[str, date | None]:
    """The dates of the starts outside the machine, checked (``None``: not known)."""
    return {
        "ipr_submitted": None
        if ipr_submitted_on is None
        else _check_date(ipr_submitted_on, "ipr_submitted_on date", "ipr_submitted_on"),
        "notice_received": None
        if notice_received_on is None
        else _check_date(notice_received_on, "notice_received_on date", "notice_received_on"),
    }


def _starting_point(event: Event | str | None) -> Event | str:
    """An event of the machine, or the name of a start outside it (``None``: the IPR's
    submission, ``ipr_submitted``)."""
    from ipprules.lifecycle.machine import parse_event

    if event is None:
        return "ipr_submitted"
    if isinstance(event, str) and not isinstance(event, Event):
        key = name_key(event)
        if key in OUTSIDE_STARTS:
            return key
        counted_from = STARTS_AT.get(key)  # a rule's ``starts_at`` name: its event
        if counted_from is not None:
            return counted_from
    try:
        return parse_event(event)
    except UnknownNameError as exc:  # every start taken is listed (and suggested), once
        starts = dict.fromkeys([*(e.value for e in Event), *OUTSIDE_STARTS, *STARTS_AT])
        raise UnknownNameError("event", exc.name, list(starts)) from None


def _noted(
    result: DeadlineResult,
    rule: Deadline,
    start: date,
    noticed: date | None,
    platform: str | None,
) -> DeadlineResult:
    """``result`` with the notes :func:`deadline_for` also gives: for R61's windows counted
    from the receipt of the complaint, which date they are counted from (``noticed``, the
    notice's day, or else ``start`` standing for it), and where the rule's source names no
    platform, that the platform is inferred."""
    notes = [result.note]
    if rule.starts_at == RECEIPT and result.due is not None:  # R61: say which date
        notes.append(_receipt_said(rule, noticed, None if noticed else start))
    notes.append(_inferred_said(result.rule, platform))
    joined = "; ".join(n for n in notes if n)
    return result if joined == (result.note or "") else attrs.evolve(result, note=joined)


@rulebook_alias("rules")
def deadlines_from(
    event: Event | str | None,
    start: date | str,
    rulebook: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
    counterfeit: bool = False,
    ipp_plus: bool = False,
) -> Deadlines:
    """Every deadline and expectation that ``event`` on ``start`` starts, in table order.

    ``event`` is an event of the machine, or a start outside it: ``"ipr_submitted"`` (or
    ``None``) for the IPR's submission for verification (R7), ``"notice_received"`` for the
    day the seller receives the complaint's notice (R60 on Alibaba.com, and R61's windows,
    counted from receipt of the complaint; from ``"takedown"`` they are counted too, the
    takedown standing for the receipt where its day is not known). A rule's own ``starts_at``
    name stands for its event (:data:`~ipprules.lifecycle.states.STARTS_AT`:
    ``"complaint_filed"`` is ``ipr_verified``, ``"complaint_received"`` ``takedown``,
    ``"counter_notice_received"`` ``counter_notice_filed``; R61's windows from
    ``"complaint_received"`` are counted from that receipt, ``counted_from`` ``None``, as from
    ``"notice_received"``). Filters as in :func:`next_deadlines`. With ``ipp_plus`` before
    IPP Plus was in force (R92: 2020 in the embedded book) its expectation is not in the
    result, and the result's ``notes`` say it is left out, and why:

    >>> early = deadlines_from("ipr_verified", date(2019, 6, 3), platform="lazada_sg",
    ...                        ipp_plus=True)
    >>> [r.deadline_id for r in early], early.notes[0][:53]
    (['processing_general'], 'ipp_plus: processing_lazada_ipp_plus is in force from')
    >>> [(r.deadline_id, r.amount) for r in deadlines_from("takedown", date(2022, 1, 19),
    ...                                                     platform="aliexpress")]
    [('counter_notice_round_1', 3), ('counter_notice_round_2_3', 30)]
    >>> [(r.deadline_id, r.due) for r in deadlines_from("notice_received", date(2024, 9, 27),
    ...                                                 platform="alibaba_com")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('seller_response_alibaba_com', datetime.date(2024, 10, 2)),
     ('counter_notice_round_1', datetime.date(2024, 10, 2)),
     ('counter_notice_round_2_3', datetime.date(2024, 11, 5))]
    >>> [r.deadline_id for r in deadlines_from("complaint_filed", date(2024, 9, 27),
    ...                                        platform="taobao")]
    ['processing_general']
    """
    kind = _starting_point(event)
    # the receipt of the complaint named as such (R61's own ``starts_at``), not the takedown
    receipt = isinstance(event, str) and name_key(event) == RECEIPT
    start = _check_date(start, "start date", "start")
    platform = plain(platform) if isinstance(platform, str) else platform  # no subclass's format
    require_calendar(calendar)
    book, interpretation, trial = _rulebook(rulebook)
    view = book.as_of(start, interpretation, trial=trial)
    if platform is not None:
        view.platform(platform, filed_as=False)
    _check_ipp_plus(book, platform, ipp_plus, counterfeit)
    seen: set[str] = set()
    results: list[DeadlineResult] = []
    for state in State:
        for hook in state_info(state).deadlines:
            if hook.deadline_id in seen or hook.deadline_id not in view.deadlines:
                continue
            rule = view.deadlines[hook.deadline_id]
            starts = hook.counted_from if hook.counted_from is not None else rule.starts_at
            if kind == "notice_received" and rule.starts_at == RECEIPT:
                starts = kind  # R61: the seller's receipt of the complaint, the notice's day
            if starts != kind or not _applies(hook, counterfeit, ipp_plus):
                continue
            if platform is not None and rule.platforms and platform not in rule.platforms:
                continue
            seen.add(hook.deadline_id)
            if hook.counted_from is not None and (
                starts == "notice_received" or (receipt and rule.starts_at == RECEIPT)
            ):  # counted from the receipt's day, outside the machine: not the takedown's
                hook = attrs.evolve(hook, counted_from=None)
            result = _counted(hook, start, view, calendar, platform)
            noticed = start if starts == "notice_received" or receipt else None
            result = _noted(result, rule, start, noticed, platform)
            results.append(_with_differs(result, view, platform, calendar))
    named = event.value if isinstance(event, Event) else name_key(event or "ipr_submitted")
    asked = {"platform": platform, "calendar": _calendar_name(calendar)}
    notes = _ipp_plus_left_out(view, kind, results) if ipp_plus else ()
    return Deadlines._of(results, view, event=named, on=start, notes=notes, **asked)


#: The expectation ``ipp_plus`` adds (R92).
_IPP_PLUS = "processing_lazada_ipp_plus"


def _ipp_plus_left_out(
    view: ResolvedRules, kind: Event | str, results: list[DeadlineResult]
) -> tuple[str, ...]:
    """With ``ipp_plus``, from an event that starts the IPP Plus expectation but where its
    record is not in force on the view's day (R92; the rule book in use dates it), the note
    that says so: the expectation is left out, never without a word."""
    from ipprules.rulebook.model import Deadline

    if any(r.deadline_id == _IPP_PLUS for r in results):
        return ()
    records = view.book.records("deadlines")
    starts = {r.starts_at for r in records if isinstance(r, Deadline) and r.id == _IPP_PLUS}
    events = starts | {e.value for s in starts if (e := STARTS_AT.get(s)) is not None}
    name = kind.value if isinstance(kind, Event) else kind
    return _ipp_plus_note(view) if name in events else ()


def _ipp_plus_note(view: ResolvedRules) -> tuple[str, ...]:
    """The note that the IPP Plus expectation (R92) asked for is left out, as it is not in
    force on ``view``'s day (``ResolvedRules.not_in_force`` says why); none when it is."""
    said = view.not_in_force("deadlines", _IPP_PLUS)
    return (f"ipp_plus: {left_out_note(view, _IPP_PLUS, said)}",) if said else ()


def _counted(
    hook: DeadlineHook, start: date, view: ResolvedRules, calendar: Calendar, platform: str | None
) -> DeadlineResult:
    """One deadline from ``start``; ``uncounted`` where the calendar does not cover the days
    it runs over (the others are still given: one year's missing holidays hide no more)."""
    try:
        return _compute(hook.deadline_id, start, view, calendar, platform=platform, hook=hook)
    except CoverageError as exc:
        common = _about(view.deadlines[hook.deadline_id], view, hook)
        return _dateless(
            DeadlineStatus.UNCOUNTED, start, _calendar_name(calendar), common, note=str(exc)
        )


class FlagKind(NamedEnum):
    """What is wrong with the timing of a replayed event.

    >>> from ipprules.lifecycle import FlagKind
    >>> FlagKind("late")
    <FlagKind.LATE: 'late'>
    >>> [m.value for m in FlagKind]
    ['late', 'early', 'disputed']
    """

    LATE = "late"
    """The event came after the last day of a deadline that binds it."""
    EARLY = "early"
    """A window was recorded as passed on or before its last day."""
    DISPUTED = "disputed"
    """The event came after the last day of a deadline that binds it, but within another
    reading's window for the replay's platform (Lazada's 3-5 working days beside R61's 3
    business days, D4), or within a window counted under the rule in force on its start but
    after its last day under the count that follows the rule's change (R61's 30 and 27
    business days for a complaint received before 20 Jan 2022): kept as recorded."""


#: The notebook view's heading over each kind of flag (:meth:`LifecycleReport._repr_html_`):
#: an event inside a window the sources dispute (D4) is not out of time.
_FLAG_HEADINGS = {
    FlagKind.LATE: "Out of time:",
    FlagKind.EARLY: "Early:",
    FlagKind.DISPUTED: "Within a disputed window (kept as recorded):",
}


@attrs.frozen
class DeadlineFlag:
    """An event of a replay that does not keep to a deadline of the state it happened in.

    ``index`` is the event's position (``$[index]`` in an events list); ``deadline`` the
    deadline it missed (or the window recorded as passed too early); ``applied`` the event the
    replay applied instead (R61: a counter-notice out of time is deemed not established and uses
    up its chance, so the replay applies ``counter_notice_window_expired``; a counter-notice in
    time for the next round's window is then applied as that round's), else ``None``.

    >>> from datetime import date
    >>> from ipprules.lifecycle import EventRecord, lifecycle_report
    >>> report = lifecycle_report([
    ...     EventRecord("ipr_verified", on=date(2022, 1, 13)),
    ...     EventRecord("takedown", on=date(2022, 1, 20)),
    ...     EventRecord("counter_notice_window_expired", on=date(2022, 1, 26)),
    ...     EventRecord("counter_notice_filed", on=date(2022, 3, 1)),
    ... ])
    >>> flag = report.flags[0]
    >>> flag.path, flag.kind.value, flag.deadline.deadline_id, flag.applied.value
    ('$[3]', 'late', 'counter_notice_round_2_3', 'counter_notice_window_expired')
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    index: int
    event: Event
    on: date
    kind: FlagKind
    deadline: DeadlineResult
    applied: Event | None
    message: str

    @property
    def path(self) -> str:
        """The JSON path of the event in an events list."""
        return f"$[{self.index}]"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "index": self.index,
            "path": self.path,
            "event": self.event.value,
            "on": self.on.isoformat(),
            "kind": self.kind.value,
            "deadline_id": self.deadline.deadline_id,
            "due": _iso(self.deadline.due),
            "applied": self.applied.value if self.applied else None,
            "rule_ids": list(self.deadline.rule_ids),
            "sources": [s.id for s in self.deadline.sources],
            "message": self.message,
            "confidence": self.deadline.platform_confidence,
            "confidence_mark": self.deadline.confidence_mark.strip(),
        }


@attrs.frozen
class TraceMove:
    """One move of a replay's trace: the table row it followed (:func:`transition_for`'s
    :class:`~ipprules.lifecycle.Transition`: its states, event, rules, sources and note) and
    the confidence of the move. That is the confidence of the rule-book record that says where
    the event is allowed, where one does (R65's withdrawal under review: ``inferred``), else the
    weakest kind of the row's sources, ``inferred`` where the row says it is (a refused IPR
    rejects the complaint); ``None`` where the rule book has none of its sources.

    A step of the trace is one move, or more where one event stands for several (R61: a
    counter-notice out of its round's window uses that chance up and counts for the next).

    >>> from ipprules.lifecycle import read_events
    >>> report = read_events("examples/lifecycle-counter-notice.json").report()
    >>> move = report.moves[1][0]
    >>> move.transition.rule_ids, move.transition.source_ids, move.confidence
    (('R57',), ('S9',), 'official')
    >>> move.to_dict()["to"]
    'taken_down'
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    transition: Transition
    confidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: ``from``, ``event``, ``to``, ``rule_ids``, ``sources`` (the
        source ids), ``confidence`` and ``note``."""
        row = self.transition
        return {
            "from": row.source.value,
            "event": row.event.value,
            "to": row.target.value,
            "rule_ids": list(row.rule_ids),
            "sources": list(row.source_ids),
            "confidence": self.confidence,
            "note": row.note,
        }

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


def _move_confidence(row: Transition, view: ResolvedRules) -> str | None:
    """The confidence of a move (see :class:`TraceMove`)."""
    from ipprules.lifecycle.readings import window_rule
    from ipprules.rulebook.model import weakest

    record = window_rule(view, row.event.value)
    if record is not None and row.source.value in record.states:
        return str(record.confidence.value)
    sources = view.book.sources
    kinds = [str(sources[i].kind.value) for i in row.source_ids if i in sources]
    if row.note.startswith("inferred"):
        kinds.append("inferred")
    return weakest(*kinds) if kinds else None


@attrs.frozen
class ReadingNote:
    """An event of a replay whose move depends on the reading of the rules: applied under the
    replay's reading (``interpretation``), answered otherwise under ``other_readings`` (R65
    states no window for a withdrawal, so ``official`` lets a complaint under review be
    withdrawn; B20 does not). ``rule_ids`` are the rules of every side, the replay's first.
    ``confidence`` is that of the record the applied move rests on (``None``: the table's
    own move), and ``message`` ends with its ``confidence_mark`` where it is weak, as a
    finding of ``check`` does (R65's withdrawal under review: ``inferred``).

    >>> from ipprules.lifecycle import EventRecord, lifecycle_report
    >>> from ipprules.rulebook import default_rulebook
    >>> report = lifecycle_report(
    ...     [EventRecord("ipr_verified", on="2024-06-03"),
    ...      EventRecord("withdraw", on="2024-06-04")],
    ...     default_rulebook().as_of("2024-06-03", "official"))
    >>> note = report.readings[0]
    >>> note.path, note.state.value, note.interpretation, note.other_readings
    ('$[1]', 'under_review', 'official', ('brief', 'brief-at-least-100'))
    >>> note.confidence, note.confidence_mark
    ('inferred', ' [confidence inferred: R65, R56, R58]')
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    index: int
    event: Event
    state: State
    """The state the event happened in."""
    interpretation: str
    other_readings: tuple[str, ...]
    rule_ids: tuple[str, ...]
    message: str
    confidence: str | None = None
    confidence_mark: str = ""

    @property
    def path(self) -> str:
        """The JSON path of the event in an events list."""
        return f"$[{self.index}]"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "index": self.index,
            "path": self.path,
            "event": self.event.value,
            "state": self.state.value,
            "interpretation": self.interpretation,
            "other_readings": list(self.other_readings),
            "rule_ids": list(self.rule_ids),
            "message": self.message,
            "confidence": self.confidence,
            "confidence_mark": self.confidence_mark.strip(),
        }


@attrs.frozen
class LifecycleReport:
    """A replayed complaint: every state visited, where it stands, what runs next.

    ``flags`` lists the events that came after a deadline binding them (or a window recorded as
    passed before it did); ``applied`` holds, per event, the event the replay applied last (the
    recorded one, or ``counter_notice_window_expired`` for a counter-notice out of time for
    every round left; one out of its round's window but in time for the next round's is
    applied after the expiry, as that round's counter-notice: the flag's ``applied`` names the
    expiry, R61).
    ``readings`` lists the events whose move another reading of the rules answers otherwise
    (:class:`ReadingNote`), ``interpretation`` the reading the replay applied.

    >>> from ipprules.lifecycle import read_events
    >>> report = read_events("examples/lifecycle-counter-notice.json").report()
    >>> report
    <LifecycleReport counter_notice_rejected_1 after 4 event(s)>
    >>> report.interpretation, report.rulebook
    ('brief', 'ipprules embedded rule book 2026.11.23')
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    events: tuple[EventRecord, ...]
    states: tuple[State, ...]
    deadlines: tuple[DeadlineResult, ...]
    flags: tuple[DeadlineFlag, ...] = ()
    applied: tuple[Event, ...] = ()
    readings: tuple[ReadingNote, ...] = ()
    interpretation: str | None = None
    rulebook: str | None = None
    """The name and version of the rule book whose moves the replay followed (as each
    deadline's :attr:`DeadlineResult.rulebook`)."""
    notes: tuple[str, ...] = ()
    """Notes on the dates given beside the events: a ``notice_received`` after the takedown
    (possible but odd, R57) names both dates and where each of the seller's windows would end
    from the takedown; ``ipp_plus`` on a day before IPP Plus began (R92) says that its
    expectation is left out."""
    moves: tuple[tuple[TraceMove, ...], ...] = ()
    """Per event, the moves the replay made for it (:class:`TraceMove`: each its rules,
    sources and confidence); one, or more where a late counter-notice uses its chance up and
    counts for the next round (R61)."""
    platform: str | None = None
    """The platform the replay answered for (``None``: every platform's deadlines)."""
    calendar: str | None = None
    """The name of the calendar the replay counted business days on (``weekends``, ``CN
    2022-2023``, a calendar file's ``name``; ``ipprules lifecycle`` gives the same)."""
    platform_readings: tuple[str, ...] = ()
    """The readings that file the platform asked for otherwise (B1: a marketplace answered
    as the platform it is filed as, with its note in ``notes``; ``ipprules lifecycle`` sets
    it); they are among :attr:`other_readings`."""
    marketplace: str | None = None
    """The marketplace asked for where it is answered as the :attr:`platform` it is filed as
    (B1: ``xianyu``, filed as ``taobao``; ``ipprules lifecycle --platform xianyu`` sets it):
    the last of :attr:`notes` is then B1's note, which :meth:`text` says last, with the
    readings that file it otherwise (``marketplace xianyu: differs under official``). Not a
    key of :meth:`to_dict`: its note is in ``notes``, its readings in ``other_readings``."""
    rulebook_version: str | None = attrs.field(default=None, kw_only=True)
    """The version of that rule book (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""

    @property
    def state(self) -> State:
        """The state reached."""
        return self.states[-1]

    def _moves_of(self, index: int) -> tuple[TraceMove, ...]:
        return self.moves[index] if index < len(self.moves) else ()

    def step_rules(self, index: int) -> dict[str, Any]:
        """What the step of event ``index`` cites: ``rule_ids`` and ``sources`` (source ids)
        of its moves, first seen first, and ``confidence``, the weakest of theirs (``None``:
        none known), as each step of ``ipprules lifecycle --format json``'s trace has them.

        >>> from ipprules.lifecycle import read_events
        >>> report = read_events("examples/lifecycle-counter-notice.json").report()
        >>> report.step_rules(1)
        {'rule_ids': ['R57'], 'sources': ['S9'], 'confidence': 'official'}
        """
        from ipprules._args import require_int
        from ipprules.rulebook.model import weakest

        moves = self._moves_of(require_int(index, "index"))  # 'x' was compared with a length
        known = [m.confidence for m in moves if m.confidence is not None]
        return {
            "rule_ids": list(dict.fromkeys(r for m in moves for r in m.transition.rule_ids)),
            "sources": list(dict.fromkeys(r for m in moves for r in m.transition.source_ids)),
            "confidence": weakest(*known) if known else None,
        }

    @property
    def other_readings(self) -> tuple[str, ...]:
        """The interpretations under which some event's move differs (first seen first),
        then those that file the platform otherwise (:attr:`platform_readings`)."""
        moves = (n for note in self.readings for n in note.other_readings)
        return tuple(dict.fromkeys([*moves, *self.platform_readings]))

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per replayed event: the event, its date, what was applied, the
        state after it, its timing flag (``late``, ``early`` or ``None``) with its deadline's
        ``due`` date, ``flag_confidence`` and ``flag_confidence_mark`` (as the flag's JSON
        names them), the interpretations under which its move differs (``other_readings``,
        a list), and the rules, sources and confidence the step cites (``rule_ids``,
        ``sources``: lists; ``confidence``, as :meth:`step_rules` gives them).

        >>> from ipprules.lifecycle import read_events
        >>> report = read_events("examples/lifecycle-counter-notice.json").report()
        >>> [(r["event"], r["state"]) for r in report.to_records()][:2]
        [('ipr_verified', 'under_review'), ('takedown', 'taken_down')]
        """
        applied = self.applied or tuple(e.event for e in self.events)
        flags = {f.index: f for f in self.flags}
        notes = {n.index: n for n in self.readings}
        return [
            {
                "index": i,
                "event": e.event.value,
                "on": e.on,
                "reason": e.reason,
                "applied": a.value,
                "state": s.value,
                "flag": flags[i].kind.value if i in flags else None,
                "due": flags[i].deadline.due if i in flags else None,
                "flag_confidence": flags[i].deadline.platform_confidence if i in flags else None,
                "flag_confidence_mark": flags[i].deadline.confidence_mark.strip()
                if i in flags
                else None,
                "other_readings": list(notes[i].other_readings) if i in notes else [],
                **self.step_rules(i),
                "interpretation": self.interpretation,
                "rulebook": self.rulebook,
            }
            for i, (e, a, s) in enumerate(zip(self.events, applied, self.states[1:], strict=True))
        ]

    def to_frame(self) -> pandas.DataFrame:
        """The replay as a pandas DataFrame (needs the ``pandas`` extra)."""
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import interpretations
        from ipprules.rulebook.model import Confidence

        frame = to_frame(
            self.to_records(),
            dates=("on", "due"),
            categories={
                "event": Event,
                "applied": Event,
                "state": State,
                "flag": FlagKind,
                "interpretation": interpretations(),
                "flag_confidence": (*(c.value for c in Confidence), "unknown"),
                "confidence": (*(c.value for c in Confidence), "unknown"),
            },
            lists=("other_readings", "rule_ids", "sources"),
            texts=("reason", "rulebook", "flag_confidence_mark"),
            columns=(
                "index",
                "event",
                "on",
                "reason",
                "applied",
                "state",
                "flag",
                "due",
                "flag_confidence",
                "flag_confidence_mark",
                "other_readings",
                "rule_ids",
                "sources",
                "confidence",
                "interpretation",
                "rulebook",
            ),
        )
        return frame.astype({"index": "int64"})  # no event: the dtype an event gives

    def text(self) -> str:
        """The text ``ipprules lifecycle`` prints for this replay: the trace, the state and
        the deadlines that run next (``str()`` and ``print()`` give it too; ``repr()`` stays
        one line)."""
        from ipprules.lifecycle.text import report_text

        return report_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        late = f", {len(self.flags)} flag(s)" if self.flags else ""
        if self.other_readings:
            late += f", differs under: {', '.join(self.other_readings)}"
        return f"<LifecycleReport {self.state.value} after {len(self.events)} event(s){late}>"

    def _repr_html_(self) -> str:

        info = state_info(self.state)
        cited = [self.step_rules(i) for i in range(len(self.events))]
        rows = "".join(
            f"<tr><td>{i + 1}</td><td>{shown_html(e.event.value)}</td>"
            f"<td>{shown_html(_iso(e.on) or '')}</td><td>{shown_html(s.value)}</td>"
            f"<td>{shown_html(', '.join(cited[i]['rule_ids']))}</td>"
            f"<td>{shown_html(', '.join(cited[i]['sources']))}</td>"
            f"<td>{shown_html(cited[i]['confidence'] or '-')}</td></tr>"
            for i, (e, s) in enumerate(zip(self.events, self.states[1:], strict=True))
        )
        flags = "".join(  # under the heading of their kind: a disputed one is not late (D4)
            f"<p>{_FLAG_HEADINGS[kind]}</p><ul>"
            + "".join(
                f"<li>{shown_html(f.message + f.deadline.confidence_mark)}</li>"
                for f in self.flags
                if f.kind is kind
            )
            + "</ul>"
            for kind in FlagKind
            if any(f.kind is kind for f in self.flags)
        )
        notes = "".join(f"<li>{shown_html(n.message)}</li>" for n in self.readings)
        notes += "".join(f"<li>{shown_html(n)}</li>" for n in self.notes)
        runs = "".join(
            f"<li>{shown_html(d.describe() + d.confidence_mark)}</li>" for d in self.deadlines
        )
        return (
            f"<div><strong>{shown_html(self.state.value)}</strong> "
            f"({shown_html(info.label)})<table><tr><th>#</th><th>event</th><th>on</th>"
            f"<th>state after</th><th>rules</th><th>sources</th><th>confidence</th></tr>"
            f"{rows}</table>"
            + flags
            + (f"<p>Readings differ:</p><ul>{notes}</ul>" if notes else "")
            + (f"<p>Deadlines:</p><ul>{runs}</ul>" if runs else "")
            + "</div>"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what ``ipprules lifecycle --format json`` prints, key for
        key: the ``platform`` and ``calendar`` too, and B1's note in ``notes`` where the
        platform asked for is a marketplace filed as another, whose readings are among
        ``other_readings``).

        >>> from ipprules.lifecycle import read_events
        >>> report = read_events("examples/lifecycle-counter-notice.json").report()
        >>> data = report.to_dict()
        >>> data["state"], data["trace"][0]["event"], data["rulebook"]
        ('counter_notice_rejected_1', 'ipr_verified', 'ipprules embedded rule book 2026.11.23')
        """
        info = state_info(self.state)
        applied = self.applied or tuple(e.event for e in self.events)
        return {
            "state": self.state.value,
            "label": info.label,
            "online": info.online,
            "terminal": info.terminal,
            "stays_online": info.r56.value if info.r56 else None,
            "trace": [
                {
                    "event": e.event.value,
                    "on": _iso(e.on),
                    "reason": e.reason,
                    "applied": a.value,
                    "state": s.value,
                    **self.step_rules(i),
                    "moves": [m.to_dict() for m in self._moves_of(i)],
                }
                for i, (e, a, s) in enumerate(
                    zip(self.events, applied, self.states[1:], strict=True)
                )
            ],
            "flags": [f.to_dict() for f in self.flags],
            "deadlines": [d.to_dict() for d in self.deadlines],
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "readings": [n.to_dict() for n in self.readings],
            "other_readings": list(self.other_readings),
            "notes": list(self.notes),
            "platform": self.platform,
            "calendar": self.calendar,
        }

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict


@attrs.frozen
class _Replay:
    """The settings of one replay, shared by its steps."""

    rules: RuleBook | ResolvedRules | None
    calendar: Calendar
    platform: str | None
    counterfeit: bool
    ipp_plus: bool
    outside: Mapping[str, date | None]
    view: ResolvedRules
    """The reading that decides the moves (the rules in force on the last event's date)."""

    def running(self, state: State, dates: Mapping[Event, date]) -> tuple[DeadlineResult, ...]:
        return next_deadlines(
            state,
            dates,
            self.rules,
            self.calendar,
            platform=self.platform,
            counterfeit=self.counterfeit,
            ipp_plus=self.ipp_plus,
            ipr_submitted_on=self.outside["ipr_submitted"],
            notice_received_on=self.outside["notice_received"],
        )


def _binding(result: DeadlineResult, event: Event) -> bool:
    """Whether a dated deadline binds ``event``: the actor the rule names causes it."""
    from ipprules.lifecycle.states import event_info

    return (
        result.status is DeadlineStatus.DUE
        and result.due is not None
        and result.rule.who == event_info(event).actor
    )


@functools.lru_cache(maxsize=512)
def _may_bind(book: RuleBook, state: State, event: Event, ipp_plus: bool = True) -> bool:
    """Whether some deadline of ``state`` can bind ``event`` under any version of its rule (a
    cheap test that spares the count for most events); without ``ipp_plus`` the IPP Plus
    guarantee (R92), which binds the platform only for members, cannot."""
    from ipprules.lifecycle.states import event_info

    hooks = state_info(state).deadlines
    if event is Event.COUNTER_NOTICE_WINDOW_EXPIRED:
        return any(h.missed is not None for h in hooks)
    if not ipp_plus:
        hooks = tuple(h for h in hooks if h.condition is not HookCondition.IPP_PLUS)
    ids, actor = {h.deadline_id for h in hooks}, event_info(event).actor
    return any(
        r.id in ids and getattr(r, "who", None) == actor and getattr(r, "kind", None) == "deadline"
        for r in book.records("deadlines")
    )


def _flag(
    index: int, record: EventRecord, state: State, replay: _Replay, dates: Mapping[Event, date]
) -> DeadlineFlag | None:
    """The timing flag of one dated event in ``state``, if it has one."""
    from ipprules.lifecycle.states import transition_for

    assert record.on is not None
    if not _may_bind(_rulebook(replay.rules)[0], state, record.event, replay.ipp_plus):
        return None
    hooks = {h.deadline_id: h for h in state_info(state).deadlines}
    results = replay.running(state, dates)
    if record.event is Event.COUNTER_NOTICE_WINDOW_EXPIRED:
        for result in results:
            missed = hooks[result.deadline_id].missed is Event.COUNTER_NOTICE_WINDOW_EXPIRED
            if missed and result.due is not None and record.on <= result.due:
                message = (
                    f"the window {result.deadline_id} runs to {result.due} inclusive; it "
                    f"has not passed on {record.on}{_count_clause(result, record.on, replay)}"
                )
                return DeadlineFlag(
                    index, record.event, record.on, FlagKind.EARLY, result, None, message
                )
        return None
    late = _late_against(record.event, record.on, results, replay.platform)
    if late is None:
        return _count_disputed(index, record, results, replay)
    result, hook = late.missed, hooks[late.missed.deadline_id]
    if late.other is not None:
        return DeadlineFlag(index, record.event, record.on, FlagKind.DISPUTED, result, None,
                            _disputed(record, result, late.other))  # fmt: skip
    legal = hook.missed and transition_for(state, hook.missed, rulebook=replay.view)
    applied = hook.missed if legal else None
    outcome = (
        f"; deemed not established: the replay applies {applied.value} (uses up the chance)"
        if applied
        else ""
    )
    message = (
        f"{record.event.value} on {record.on} is out of time: {result.deadline_id} ran "
        f"{_window(result)} ({', '.join(result.rule.rules)})"
        f"{_also_missed(record, result, results)}{outcome}"
    )
    return DeadlineFlag(index, record.event, record.on, FlagKind.LATE, result, applied, message)


def _other_count(result: DeadlineResult, replay: _Replay) -> tuple[date, Deadline] | None:
    """:func:`count_after_change` for the replay (``None`` where it cannot be counted)."""
    book, interpretation, trial = _rulebook(replay.rules)
    try:
        return count_after_change(
            result, lambda day: book.as_of(day, interpretation, trial=trial), replay.calendar
        )
    except IpprulesError:
        return None


def count_after_change(
    result: DeadlineResult, rules_on: Callable[[date], Any], calendar: Calendar
) -> tuple[date, Deadline] | None:
    """The last day of ``result``'s window under the count that follows its rule's change,
    and that rule, for a window open on the day of the change (R61: 30 business days until
    20 Jan 2022, 27 from it; see :func:`_change_note`); ``None`` for any other window. A count
    that would end before the change ends with it (its last day the day before).
    ``rules_on(day)``: the rules in force on a day (the replay's book and reading, or a
    counter-notice check's). Raises what :func:`due_date` and the book raise (a calendar
    ending before the window: :class:`CoverageError`)."""
    rule, start = result.rule, result.start
    until = rule.effective_until
    if until is None or start is None or result.due is None or result.due < until:
        return None
    later: Deadline = rules_on(until).deadline(rule.id)
    if later.amount is None or later.unit is None:
        return None
    other = due_date(start, later.amount, later.unit.value, calendar)
    return max(other, until - timedelta(days=1)), later


def _count_clause(result: DeadlineResult, on: date, replay: _Replay) -> str:
    """Where ``on`` is within ``result``'s window as counted (the rule in force on its start)
    but after its last day under the count that follows the rule's change, the clause that
    says so (R61 gives both counts and not which governs a window open on the change day);
    ``""`` otherwise."""
    found = _other_count(result, replay)
    if found is None or result.due is None or not found[0] < on <= result.due:
        return ""
    last, later = found
    unit = later.unit.value.replace("_", " ") if later.unit else ""
    return (
        f"; under the rule from {later.effective_from} ({later.amount} {unit}) that window "
        f"ended on {last}: the source does not say which count governs a window open on that "
        "day"
    )


def _count_disputed(
    index: int, record: EventRecord, results: Iterable[DeadlineResult], replay: _Replay
) -> DeadlineFlag | None:
    """A ``disputed`` flag for an event in time under the count of the rule in force on its
    window's start but after the window's last day under the count that follows the rule's
    change (R61: a second or third counter-notice after 27 business days from a complaint
    received before 20 Jan 2022, but within the 30 then in force); kept as recorded."""
    assert record.on is not None
    for result in results:
        if not _binding(result, record.event):
            continue
        clause = _count_clause(result, record.on, replay)
        if clause:
            message = (
                f"{record.event.value} on {record.on} is within {result.deadline_id} "
                f"({_window(result)}, the rule in force on {result.start}; "
                f"{', '.join(result.rule.rules)}){clause}, so the replay keeps it as recorded"
            )
            return DeadlineFlag(
                index, record.event, record.on, FlagKind.DISPUTED, result, None, message
            )
    return None


def _window(result: DeadlineResult) -> str:
    """A flagged deadline's window: ``27 business days (weekends) from 2021-12-01 to
    2022-01-10``, naming the calendar it was counted in (a late verdict can turn on it: on
    China's calendar a Spring Festival week is not business days)."""
    rule = result.rule
    unit = rule.unit.value.replace("_", " ") if rule.unit else ""
    counted = f" ({result.counted_in})" if result.counted_in else ""
    return f"{rule.amount} {unit}{counted} from {result.start} to {result.due}"


def _also_missed(
    record: EventRecord, missed: DeadlineResult, results: Iterable[DeadlineResult]
) -> str:
    """The other deadlines binding the event whose last day it also comes after (on
    Alibaba.com, the seller's 3 working days from the notice, R60, beside R61's window)."""
    assert record.on is not None
    also = [
        r
        for r in results
        if r is not missed
        and _binding(r, record.event)
        and (r.latest or r.due) is not None
        and record.on > (r.latest or r.due)  # type: ignore[operator]
    ]
    return "".join(
        f"; also after {r.deadline_id}, {r.rule.amount}"
        f"{f'-{r.rule.amount_max}' if r.rule.amount_max else ''} "
        f"{(r.rule.unit.value if r.rule.unit else '').replace('_', ' ')} from {r.start} to "
        f"{r.latest or r.due} ({', '.join(r.rule.rules)})"
        for r in also
    )


@attrs.frozen
class _Late:
    """An event after the last day of a deadline that binds it (:func:`_late_against`).

    ``missed`` is the first such deadline; ``other`` a window of the platform's own that binds
    the event too and still holds its date (to its latest day, for a range), else ``None``:
    with one, the sources differ on whether the event is in time (``disputed``: Lazada's 3-5
    working days beside R61's 3 business days, D4), without one it is ``late``.
    """

    missed: DeadlineResult
    other: DeadlineResult | None

    @property
    def kind(self) -> FlagKind:
        """``disputed`` when another window holds the date, else ``late``."""
        return FlagKind.LATE if self.other is None else FlagKind.DISPUTED


def _late_against(
    event: Event, on: date, results: Iterable[DeadlineResult], platform: str | None
) -> _Late | None:
    """Whether ``event`` on ``on`` is out of time against the deadlines running (``results``,
    in table order): the first dated deadline binding the event (its actor is the one the rule
    names) whose last day is before ``on``, and a window of ``platform`` that still holds the
    date; ``None`` when no binding deadline has passed. The decision behind a replay's
    ``late`` and ``disputed`` flags, shared by the counter-notice check (``cn-timing``).

    >>> rows = next_deadlines(State.TAKEN_DOWN, {Event.TAKEDOWN: date(2024, 9, 27)},
    ...                       platform="lazada_sg")
    >>> late = _late_against(Event.COUNTER_NOTICE_FILED, date(2024, 10, 3), rows, "lazada_sg")
    >>> late.kind.value, late.missed.deadline_id, late.other.deadline_id
    ('disputed', 'counter_notice_round_1', 'counter_notice_lazada')
    >>> _late_against(Event.COUNTER_NOTICE_FILED, date(2024, 10, 2), rows, "lazada_sg") is None
    True
    """
    results = tuple(results)
    for missed in results:
        if _binding(missed, event) and missed.due is not None and on > missed.due:
            return _Late(missed, _in_time_elsewhere(event, on, results, platform))
    return None


def _in_time_elsewhere(
    event: Event, on: date, results: tuple[DeadlineResult, ...], platform: str | None
) -> DeadlineResult | None:
    """A deadline of ``platform`` that binds the event and whose window (to its latest day,
    for a range) still holds its date: another source keeps it in time."""
    for other in results:
        last = other.latest or other.due
        if (
            platform is not None
            and platform in other.rule.platforms
            and _binding(other, event)
            and last is not None
            and on <= last
        ):
            return other
    return None


def _disputed(record: EventRecord, missed: DeadlineResult, other: DeadlineResult) -> str:
    rule, theirs = missed.rule, other.rule
    unit = (theirs.unit.value if theirs.unit else "").replace("_", " ")
    amount = f"{theirs.amount}-{theirs.amount_max}" if theirs.amount_max else f"{theirs.amount}"
    window = f"{other.due} to {other.latest}" if other.latest != other.due else f"{other.due}"
    return (
        f"{record.event.value} on {record.on} is after {missed.deadline_id} ({rule.amount} "
        f"{(rule.unit.value if rule.unit else '').replace('_', ' ')} to {missed.due}; "
        f"{', '.join(rule.rules)}) but within {other.deadline_id} ({amount} {unit}, "
        f"{window}; {', '.join(theirs.rules)}): the sources differ, so the replay keeps it "
        "as recorded"
    )


def _acted_on(
    flag: DeadlineFlag,
    records: tuple[EventRecord, ...],
    state: State,
    instead: State,
    view: ResolvedRules,
) -> DeadlineFlag:
    """``flag`` as it stands, or without its substitute event when the next recorded event
    acts on the late event itself (the platform or the filer accepted or rejected the
    counter-notice, or the filer withdrew the complaint while it waited): illegal after what
    the replay applied instead (reaching ``instead``), legal after the event as recorded. The
    record shows the platform treated it as filed, so the replay keeps it and says so."""
    from ipprules.lifecycle.states import transition_for

    later = records[flag.index + 1] if flag.index + 1 < len(records) else None
    if flag.applied is None or later is None:
        return flag
    kept = transition_for(state, flag.event, rulebook=view)
    if kept is None:  # pragma: no cover - a flag applies a legal event
        return flag
    if transition_for(instead, later.event, rulebook=view) or not transition_for(
        kept.target, later.event, rulebook=view
    ):
        return flag
    message = (
        flag.message.split("; deemed not established")[0]
        + f"; kept as recorded: the next event, {later.event.value}, acts on it"
    )
    return attrs.evolve(flag, applied=None, message=message)


def _check_covered(
    rules: RuleBook | ResolvedRules | None,
    records: tuple[EventRecord, ...],
    outside: dict[str, date | None],
) -> None:
    """No rule is in force before the rule book's coverage: the earliest date of the replay
    (an event's, the IPR's submission or the notice's receipt) is refused there, with the
    :class:`~ipprules.errors.CoverageError` the last event's date gives, rather than its event
    replayed under the rules of a later day (an IPR verified on 2014-06-03 and taken down in
    2022 was answered with R7 as if in force in 2014)."""
    from ipprules.lifecycle.readings import _parts

    days = [r.on for r in records if r.on is not None]
    days += [d for d in outside.values() if d is not None]
    if not days:
        return
    book = _parts(rules)[0]
    earliest = min(days)
    if earliest < book.coverage_from:
        book.as_of(earliest)  # raises CoverageError, in its words


def _check_submission(records: tuple[EventRecord, ...], outside: dict[str, date | None]) -> None:
    """The events' dates in order (:func:`_check_order`), then: the IPR is verified after it
    is submitted, and the claim processed only then (R7): an event dated before the
    submission date given (a verification, a takedown, any) is refused at the first such
    event; then :func:`_check_receipt`."""
    _check_order(records)
    submitted = outside["ipr_submitted"]
    _check_receipt(records, outside)
    _check_answered(records, outside)
    if submitted is None:
        return
    for index, record in enumerate(records):
        if record.on is None or record.on >= submitted:
            continue
        if record.event in (Event.IPR_VERIFIED, Event.IPR_REFUSED):  # either outcome
            why = "verification follows submission (R7)"
        else:
            why = "the claim is processed only once the IPR is submitted and verified (R7)"
        raise InputError(
            f"{record.event.value} on {record.on} is before the IPR was submitted "
            f"({submitted}); {why}",
            path=f"$[{index}].on",
        )


def _check_receipt(records: tuple[EventRecord, ...], outside: dict[str, date | None]) -> None:
    """The seller cannot receive a complaint before it exists: it is submitted only once the
    IPR is verified (R7), so a ``notice_received`` before the first dated ``ipr_verified``
    (else before ``ipr_submitted``) is refused at ``$.notice_received``, not taken to close
    the case as late."""
    received = outside["notice_received"]
    if received is None:
        return
    verified = next(
        (r.on for r in records if r.event is Event.IPR_VERIFIED and r.on is not None), None
    )
    for day, what in ((verified, "ipr_verified"), (outside["ipr_submitted"], "ipr_submitted")):
        if day is not None:
            if received < day:
                raise InputError(
                    f"notice_received {received} is before {what} ({day}): the complaint is "
                    "submitted only once the IPR is verified (R7), so the seller cannot have "
                    "received it then",
                    path="$.notice_received",
                )
            return


def _check_answered(
    records: tuple[EventRecord, ...], outside: dict[str, date | None], named: str = ""
) -> None:
    """A counter-notice answers the complaint, so the seller has received it by the day of the
    first dated ``counter_notice_filed`` (R57; R61 counts each counter-notice's time limit from
    receipt of the complaint): a ``notice_received`` after that day is refused at
    ``$.notice_received`` (the same day is taken: received and answered at once). The
    counter-notice is named ``named`` where given (a key of ``event_dates``), else by its
    index among ``records``."""
    received = outside["notice_received"]
    if received is None:
        return
    for index, record in enumerate(records):
        if record.event is Event.COUNTER_NOTICE_FILED and record.on is not None:
            if received > record.on:
                raise InputError(
                    f"notice_received {received} is after the counter-notice filed on "
                    f"{record.on} ({named or f'event {index}'}): a counter-notice answers the "
                    "complaint, so the seller had received it by then (R57; R61 counts each "
                    "counter-notice's time limit from receipt of the complaint)",
                    path="$.notice_received",
                )
            return


def _check_order(records: tuple[EventRecord, ...]) -> None:
    last: date | None = None
    for index, record in enumerate(records):
        if record.on is None:
            continue
        _check_date(record.on, f"date of event {index}")
        if last is not None and record.on < last:
            raise InputError(
                f"event {record.event.value!r} on {record.on} is before the previous event "
                f"({last}); events must be in date order",
                path=f"$[{index}].on",
            )
        last = record.on


def _one_text_hint(events: str | bytes | os.PathLike[Any]) -> str:
    """What to pass instead of one string or path: an events file is read by
    :func:`~ipprules.lifecycle.read_events`, one event name goes in a list."""
    kind = "a string" if isinstance(events, str | bytes) else "a path"
    one = events if isinstance(events, str) and events.isidentifier() else "takedown"
    return (
        f"events must be a sequence of events, not {kind}: read an events file with "
        f"ipprules.lifecycle.read_events(path).report(), or give one event in a list, "
        f"[{shown_value(one)}]"
    )


def _require_events(events: object) -> None:
    """A TypeError that says what to pass, for what is no sequence of events: a string, an
    events file as :func:`~ipprules.lifecycle.read_events` reads it (its ``report()`` applies
    the file's facts too), anything not iterable."""
    from ipprules._args import refuse_frame, refuse_used_stream

    if isinstance(events, str | bytes | os.PathLike):
        raise TypeError(_one_text_hint(events))
    refuse_used_stream(events, "events")
    refuse_frame(events, "events", "events (EventRecord, Event or event names)", _FRAME_EVENTS)
    _refuse_mapping(events)
    if not isinstance(events, Iterable):
        read = callable(getattr(events, "report", None)) and hasattr(events, "events")
        raise TypeError(
            "events must be a sequence of events (EventRecord, Event or event names), got "
            f"{type(events).__name__}"
            + (
                " (an events file as read_events() reads it): call its report(), which passes "
                "the file's platform, dates and flags too, or pass its .events"
                if read
                else ""
            )
        )


@rulebook_alias("rules")
def lifecycle_report(
    events: Iterable[EventRecord | Event | str],
    rulebook: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
    counterfeit: bool = False,
    ipp_plus: bool = False,
    ipr_submitted_on: date | str | None = None,
    notice_received_on: date | str | None = None,
    start: State = INITIAL_STATE,
) -> LifecycleReport:
    """Replay a complaint's events, flag those out of time, compute what runs in the end.

    Dates must not go backwards (an :class:`~ipprules.errors.InputError` names the event at
    ``$[i].on``; a ``notice_received_on`` before the complaint exists, R7, or after a counter-notice, R61, ``$.notice_received``); an illegal event raises
    :class:`~ipprules.lifecycle.machine.IllegalTransition` (its ``index`` names the event).
    Each dated event is checked against the deadlines of the state it happens in, each counted
    from the event its rule names: an event after the last day of a deadline that binds its
    actor is flagged ``late`` (R61: a counter-notice out of time uses up its chance: the replay
    applies ``counter_notice_window_expired``, then the counter-notice as the next round's if
    in time for it), and a window recorded as passed on or before its last day is ``early``.

    The moves follow the reading of ``rulebook`` (its interpretation, default the book's), with
    the rule book's ``lifecycle`` records in force on the last event's date: under the brief a
    complaint can be withdrawn only from the takedown on (B20), under ``official`` before it
    too (R65 states no window). A move another reading answers otherwise is noted in
    ``readings`` (and an event refused here but allowed there raises an
    :class:`~ipprules.lifecycle.machine.IllegalTransition` that names those readings).

    >>> from datetime import date
    >>> from ipprules.lifecycle import EventRecord, lifecycle_report
    >>> report = lifecycle_report([
    ...     EventRecord("ipr_verified", on=date(2022, 1, 3)),
    ...     EventRecord("takedown", on=date(2022, 1, 4)),
    ...     EventRecord("counter_notice_window_expired", on=date(2022, 1, 7)),
    ... ])
    >>> report.state.value, [(d.deadline_id, d.amount, d.due) for d in report.deadlines]
    ('counter_notice_rejected_1', [('counter_notice_round_2_3', 30, datetime.date(2022, 2, 15))])
    >>> late = lifecycle_report([
    ...     EventRecord("ipr_verified", on=date(2022, 1, 13)),
    ...     EventRecord("takedown", on=date(2022, 1, 20)),
    ...     EventRecord("counter_notice_window_expired", on=date(2022, 1, 26)),
    ...     EventRecord("counter_notice_filed", on=date(2022, 3, 1)),   # business day 28
    ... ])
    >>> late.state.value, late.flags[0].kind.value, late.flags[0].deadline.due
    ('closed', 'late', datetime.date(2022, 2, 28))
    >>> from ipprules.rulebook import default_rulebook
    >>> early = lifecycle_report(
    ...     [EventRecord("ipr_verified", on="2024-06-03"), EventRecord("withdraw", on="2024-06-04")],
    ...     default_rulebook().as_of("2024-06-03", "official"))
    >>> early.state.value, early.other_readings
    ('withdrawn_before_takedown', ('brief', 'brief-at-least-100'))
    >>> print(early.readings[0].message)
    withdraw in under_review: the readings differ: allowed under official (R65, R56, R58); not under: brief, brief-at-least-100 (B20) [confidence inferred: R65, R56, R58]
    """  # noqa: E501
    from ipprules.lifecycle.readings import view_on

    _require_events(events)
    require_calendar(calendar)
    platform = plain(platform) if isinstance(platform, str) else platform  # no subclass's __eq__
    try:
        records = tuple(e if isinstance(e, EventRecord) else EventRecord(e) for e in events)
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "lifecycle_report(): events")
        raise
    outside = _outside_dates(ipr_submitted_on, notice_received_on)
    _check_submission(records, outside)
    _check_covered(rulebook, records, outside)
    _check_ipp_plus(rulebook, platform, ipp_plus, counterfeit)
    view = view_on(rulebook, max((r.on for r in records if r.on is not None), default=None))
    replay = _Replay(rulebook, calendar, platform, counterfeit, ipp_plus, outside, view)
    walk = _walk(records, replay, as_state(start))
    found = replay.running(walk.states[-1], walk.dates)
    return LifecycleReport(
        records, tuple(walk.states), found, tuple(walk.flags), tuple(walk.applied),
        tuple(walk.notes), view.interpretation, view.rulebook,
        _report_notes(records, walk, found, replay), tuple(walk.moves),
        platform, _calendar_name(calendar), rulebook_version=view.rulebook_version,
    )  # fmt: skip


def _report_notes(
    records: tuple[EventRecord, ...],
    walk: _Walk,
    found: tuple[DeadlineResult, ...],
    replay: _Replay,
) -> tuple[str, ...]:
    """The notes of a replay: the receipt's day, IPP Plus left out, a lapsed withdrawal."""
    return (
        *_receipt_notes(records, replay),
        *_answer_window_notes(records, replay),
        *_ipp_plus_notes(walk, found, replay),
        *_lapsed_withdrawal_notes(walk, replay),
        *_taobao_withdrawal_notes(walk, replay),
        *_restored_points_notes(records, walk, replay),
    )


#: The rule by which an accepted counter-notice restores the seller's points (1688); a
#: platform's penalty record whose ``counter_notice_restores`` is true restores them (as
#: ``penalties`` decides).
_RESTORES = "R64"
#: The states an accepted counter-notice reaches: the complainant's or the platform's (R56).
_ACCEPTED = {
    State.REINSTATED_BY_FILER: Event.FILER_ACCEPTS_COUNTER_NOTICE,
    State.REINSTATED_BY_PLATFORM: Event.PLATFORM_ACCEPTS_COUNTER_NOTICE,
}


def _restored_points_notes(
    records: tuple[EventRecord, ...], walk: _Walk, replay: _Replay
) -> tuple[str, ...]:
    """R64 (1688): "if the complainant or Alibaba accepts a counter-notice, the deducted
    points or counts are restored". The lifecycle counts no points, so where the replay ends
    in an accepted counter-notice on a platform whose penalty rules restore them, the answer
    points to ``penalties`` and the violation's ``counter_notice_accepted``."""
    from ipprules.rulebook.model import confidence_mark

    accepted = _ACCEPTED.get(walk.states[-1])
    if replay.platform is None or accepted is None:
        return ()
    rule = replay.view.penalties_for(replay.platform)
    if rule is None or rule.counter_notice_restores is not True:
        return ()
    on = next((r.on for r in reversed(records) if r.event is accepted), None)
    day = "its day" if on is None else str(on)
    when = "" if on is None else f" on {on}"
    mark = confidence_mark(rule.confidence.value, (_RESTORES,))
    return (
        f"{accepted.value}{when}: on {replay.platform} an accepted counter-notice restores "
        f"the points or counts deducted for the complaint from that day ({_RESTORES}, "
        f"{', '.join(rule.sources)}){mark}; the lifecycle counts no points: give the "
        f"violation's counter_notice_accepted ({day}) to penalties (ipprules penalties, "
        "Violation(counter_notice_accepted=...)) for the seller's standing",
    )


#: R60's window: the seller's working days from the notice to answer before the removal.
_ANSWER_WINDOW = "seller_response_alibaba_com"


def _answer_window_notes(records: tuple[EventRecord, ...], replay: _Replay) -> tuple[str, ...]:
    """R60 (Alibaba.com): the seller has its working days from the notice to answer (remove
    the listings or counter-notify), "otherwise Alibaba.com removes the listings". A takedown
    on or before the last of those days is not refused, as the seller may have answered by
    removing the listings itself, but the answer says so, naming R60 and the window's end
    (a note, not a flag: no rule says the platform may not remove them earlier)."""
    received = replay.outside["notice_received"]
    takedown = next((r.on for r in records if r.event is Event.TAKEDOWN and r.on), None)
    if replay.platform is None or received is None or takedown is None:
        return ()
    if received > takedown:
        return ()  # the receipt after the takedown has a note of its own
    found = deadlines_from(
        "notice_received", received, replay.view, replay.calendar, platform=replay.platform
    )
    # the platform's own window to answer before the removal (R60: on Alibaba.com only)
    window = next((d for d in found if d.deadline_id == _ANSWER_WINDOW), None)
    # a window the calendar does not cover is refused by the replay before (CoverageError)
    if window is None or window.due is None or window.due < takedown:
        return ()
    cited = ", ".join(window.rule_ids)
    return (
        f"takedown on {takedown} came before the seller's {_span_of(window.rule)} from the "
        f"notice received on {received} ended ({window.deadline_id}, last day {window.due}; "
        f"{cited}): {replay.platform} removes the listings only otherwise, but the seller may "
        "answer by removing them itself, so the takedown is kept as recorded",
    )


def _taobao_withdrawal_notes(walk: _Walk, replay: _Replay) -> tuple[str, ...]:
    """A withdrawal on Taobao once the listing was taken down: S56 would refuse it (R65), a
    reading the rule book does not encode (its ``lifecycle`` record's note says why). The
    answer says so rather than giving the default alone."""
    if replay.platform != "taobao" or not walk.applied or walk.applied[-1] is not Event.WITHDRAW:
        return ()
    before = walk.states[-2]
    if not state_info(before).processed:
        return ()  # under review: S56 agrees that it can be withdrawn
    return (_S56_SAID.format(state=before.value, who="replay"),)


def _lapsed_withdrawal_notes(walk: _Walk, replay: _Replay) -> tuple[str, ...]:
    """A withdrawal dated after the last day of every counter-notice window the seller had
    left: the seller had no chance left (R61), so the complaint was no longer processing
    "subject to counter notification" (B20's window), and with those windows' expiry recorded
    the complaint is closed, which no reading withdraws. The rules do not say whether a
    complaint whose windows have passed can still be withdrawn: the replay keeps the
    withdrawal as recorded, and says so (a withdrawal is final: it is the last event). A
    counter-notice out of time just before it, kept as recorded because the withdrawal acts
    on it, used no chance (R61): the windows are those of the state before it, and the note
    says that counter-notice was out of time (without the withdrawal, the replay closes)."""
    on = walk.dates.get(Event.WITHDRAW)
    if not walk.applied or walk.applied[-1] is not Event.WITHDRAW or on is None:
        return ()
    from ipprules.lifecycle.machine import step

    dates: dict[Event, date] = {k: v for k, v in walk.dates.items() if k is not Event.WITHDRAW}
    state, ends = walk.states[-2], []
    late = next(
        (
            f
            for f in walk.flags
            if f.index == len(walk.applied) - 2
            and f.kind is FlagKind.LATE
            and f.event is Event.COUNTER_NOTICE_FILED
            and f.applied is None
        ),
        None,
    )
    if late is not None:  # the state before the late counter-notice, its windows then
        state = walk.states[-3]
    while state in (
        State.TAKEN_DOWN,
        State.COUNTER_NOTICE_REJECTED_1,
        State.COUNTER_NOTICE_REJECTED_2,
    ):
        lapsing = {h.deadline_id for h in state_info(state).deadlines if h.missed is not None}
        windows = [r for r in replay.running(state, dates) if r.deadline_id in lapsing]
        if not windows or any(r.due is None or r.due >= on for r in windows):
            return ()  # a window still open (or not counted): the seller had a chance left
        ends += [f"{r.deadline_id} ended on {r.due}" for r in windows]
        state = step(state, Event.COUNTER_NOTICE_WINDOW_EXPIRED, rulebook=replay.view)
    if state is not State.CLOSED:  # pragma: no cover - the windows' expiry ends in closed
        return ()
    if late is not None:
        ends.append(f"the counter_notice_filed of {late.on} was out of time")
    return (
        f"withdraw on {on} came after every counter-notice window the seller had left "
        f"({', '.join(ends)}): no chance was left (R61), so the complaint was no longer "
        "processing subject to counter notification (B20), and with those windows' expiry "
        "recorded (counter_notice_window_expired) it is closed, which no reading withdraws; "
        "the rules do not say whether such a complaint can still be withdrawn, so the replay "
        "keeps the withdrawal as recorded",
    )


def _ipp_plus_notes(
    walk: _Walk, found: tuple[DeadlineResult, ...], replay: _Replay
) -> tuple[str, ...]:
    """With ``ipp_plus``, where the IPP Plus expectation runs in the state the replay reached
    but is not in force on the day its count starts (the pilot began in January 2020, R92),
    the note that it is left out, not dropped without a word (as a platform IPP Plus does not
    apply on is refused)."""
    if not replay.ipp_plus:
        return ()
    shown = {r.deadline_id for r in found}
    view = replay.view
    notes = []
    for hook in state_info(walk.states[-1]).deadlines:
        if hook.condition is not HookCondition.IPP_PLUS or hook.deadline_id in shown:
            continue
        start = None if hook.counted_from is None else walk.dates.get(hook.counted_from)
        if start is None:
            continue
        then = view.book.as_of(start, view.interpretation, trial=view.trial)
        said = then.not_in_force("deadlines", hook.deadline_id)
        if said:
            notes.append(f"ipp_plus: {left_out_note(then, hook.deadline_id, said)}")
    return tuple(notes)


def left_out_note(view: ResolvedRules, deadline_id: str, said: str) -> str:
    """An expectation asked for (IPP Plus, R92) but not in force: ``said`` (when it is), the
    rules its records cite in the rule book in use (a ``--rules`` file may date it otherwise
    than the embedded pilot of January 2020), and that it is left out."""
    records = [r for r in view.book.records("deadlines") if r.id == deadline_id]
    cited = ", ".join(dict.fromkeys(rule for r in records for rule in r.rules))
    return f"{said}{f' ({cited})' if cited else ''}, so its expectation is left out"


def _refused_receipt_notes(records: tuple[EventRecord, ...], replay: _Replay) -> tuple[str, ...]:
    """A receipt of the complaint beside a refused IPR is taken, not refused: R7 processes a
    claim only once its IPR is verified (R9: matched to an approved IPR), but the rules do not
    say whether a seller hears of a claim whose IPR is refused. Say so."""
    received = replay.outside["notice_received"]
    index = next((i for i, r in enumerate(records) if r.event is Event.IPR_REFUSED), None)
    if received is None or index is None:
        return ()
    return (
        f"notice_received {received} is given, but the IPR was refused (event {index}): a "
        "claim is processed only once its IPR is verified (R7, R9), and the rules do not say "
        "whether the seller hears of a claim whose IPR is refused; the receipt is kept as given",
    )


def _receipt_notes(records: tuple[EventRecord, ...], replay: _Replay) -> tuple[str, ...]:
    """A receipt of the complaint after the takedown is possible but odd: the seller learns of
    the complaint at the latest at the takedown (R57), and the seller's windows (R61's three
    rounds, R60's answer on Alibaba.com, Lazada's) ran from the receipt. Say so, with the last
    day of each of them counted from the takedown instead. Beside a refused IPR, the note
    that the rules are silent on it (:func:`_refused_receipt_notes`)."""
    refused = _refused_receipt_notes(records, replay)
    if refused:
        return refused
    received = replay.outside["notice_received"]
    takedown = next((r.on for r in records if r.event is Event.TAKEDOWN and r.on), None)
    if received is None or takedown is None or received <= takedown:
        return ()
    found = deadlines_from(
        "notice_received",  # the windows that ran from the receipt, started at the takedown
        takedown,
        replay.view,
        replay.calendar,
        platform=replay.platform,
        counterfeit=replay.counterfeit,
        ipp_plus=replay.ipp_plus,
    )
    ends = [
        f"{d.deadline_id} has no date ({d.note or d.status.value})"  # the calendar's end
        if d.due is None
        else f"{d.deadline_id} would end on {d.due}"
        + (f" to {d.latest}" if d.latest not in (None, d.due) else "")
        for d in found
    ]
    would = f"; from the takedown {', '.join(ends)}" if ends else ""
    return (
        f"notice_received {received} is after the takedown ({takedown}): the seller's windows "
        f"ran from the receipt ({received}), not the takedown, where the seller learns of the "
        f"complaint at the latest (R57){would}",
    )


@attrs.frozen
class _Walk:
    """What a replay's steps gather: the states, flags, events applied, reading notes and the
    latest date of each event applied."""

    states: list[State] = attrs.Factory(list)
    flags: list[DeadlineFlag] = attrs.Factory(list)
    applied: list[Event] = attrs.Factory(list)
    notes: list[ReadingNote] = attrs.Factory(list)
    dates: dict[Event, date] = attrs.Factory(dict)
    moves: list[tuple[TraceMove, ...]] = attrs.Factory(list)


def _move(state: State, event: Event, view: ResolvedRules, moves: list[TraceMove]) -> State:
    """:func:`~ipprules.lifecycle.machine.step` that also keeps the table row it followed (the
    rules and sources a step of the trace cites)."""
    from ipprules.lifecycle.machine import step
    from ipprules.lifecycle.states import transition_for

    reached = step(state, event, rulebook=view)
    row = transition_for(state, event, rulebook=view)
    if row is not None:  # always, once the step is legal
        moves.append(TraceMove(row, _move_confidence(row, view)))
    return reached


def _walk(records: tuple[EventRecord, ...], replay: _Replay, start: State) -> _Walk:
    """Replay ``records`` from ``start``: each event checked against the deadlines of the
    state it happens in, then moved under the replay's reading, noted where another differs."""
    from ipprules.lifecycle.machine import IllegalTransition

    walk = _Walk(states=[start])
    for index, record in enumerate(records):
        kind, here, flag, reached = record.event, walk.states[-1], None, None
        moves: list[TraceMove] = []
        if record.on is not None:
            flag = _flag(index, record, here, replay, walk.dates)
            if flag is not None and flag.applied is not None:
                # R61: the chance is used up; the counter-notice may be the next round's
                dates = {**walk.dates, flag.applied: record.on}
                try:
                    reached = _move(here, flag.applied, replay.view, moves)
                except IllegalTransition as exc:  # pragma: no cover - a flag applies a legal event
                    exc.index = index
                    raise
                reached, kind, flag = _next_round(
                    index, record, flag, (reached, moves), replay, dates
                )
                flag = _acted_on(flag, records, here, reached, replay.view)
                if flag.applied is None:  # kept as recorded
                    kind, reached, moves = record.event, None, []
                else:
                    walk.dates.update(dates)
            if flag is not None:
                walk.flags.append(flag)
        if reached is None:
            try:
                reached = _move(here, kind, replay.view, moves)
            except IllegalTransition as exc:
                error = _answer_before_takedown(exc, replay.platform)
                error = _after_refused_ipr(error, walk.applied)
                error.index = index
                raise error from None
            if record.on is not None:
                walk.dates[kind] = record.on
        note = _reading_note(index, kind, here, replay.view)
        if note is not None:
            walk.notes.append(note)
        walk.states.append(reached)
        walk.applied.append(kind)
        walk.moves.append(tuple(moves))
    return walk


def _after_refused_ipr(exc: IllegalTransition, applied: Sequence[Event]) -> IllegalTransition:
    """An event after the complaint's IPR was refused: B11 lets a refused IPR be edited and
    resubmitted, but no source says whether the complaint prepared on it is then submitted
    (R7: once the IPR is verified) or must be filed again. The machine ends the complaint at
    the refusal (inferred, R7, R9); the refusal of a later event says so, and how to replay
    the resubmission, not only that the state is final."""
    if exc.state is not State.REJECTED or Event.IPR_REFUSED not in applied:
        return exc
    gap = (
        "the IPR was refused: it can be edited and resubmitted (B11), but no source says "
        "whether the complaint prepared on it is then submitted (R7) or must be filed again; "
        "the replay ends the complaint at the refusal (inferred): replay the complaint on the "
        "resubmitted IPR as a new one, from its ipr_verified"
    )
    bare = str(IllegalTransition(exc.state, exc.event, exc.allowed))
    said = str(exc)[len(bare) + 2 :]
    return IllegalTransition(
        exc.state,
        exc.event,
        exc.allowed,
        other_readings=exc.other_readings,
        rule_ids=(*exc.rule_ids, *(r for r in ("B11", "R7", "R9") if r not in exc.rule_ids)),
        readings=f"{said}; {gap}" if said else gap,
        confidence=exc.confidence or "inferred",
    )


def _answer_before_takedown(exc: IllegalTransition, platform: str | None) -> IllegalTransition:
    """A counter-notice while the complaint is under review, where the platform may be
    Alibaba.com: R60 lets its seller answer the notice (remove the listings or counter-notify)
    within 3 working days, before the listings are removed. The machine's rounds begin at the
    takedown (R57, R61), and no source says how such an answer is decided or whether it is
    R61's first round: the refusal says so (a gap), not only that the event is not allowed."""
    if exc.event is not Event.COUNTER_NOTICE_FILED or exc.state is not State.UNDER_REVIEW:
        return exc
    if platform not in (None, "alibaba_com"):
        return exc
    where = "on alibaba_com" if platform else "on alibaba_com (no platform was given)"
    gap = (
        f"{where} the seller may answer the notice before the takedown (R60: within 3 "
        "working days of the notice, remove the listings or counter-notify with documents), "
        "but no source says how such an answer is decided or whether it is R61's first "
        "counter-notice: the replay counts counter-notices from the takedown on, so one "
        "before it cannot be replayed (a gap); replay the events from the takedown, or "
        "leave the answer out"
    )
    bare = str(IllegalTransition(exc.state, exc.event, exc.allowed))
    said = str(exc)[len(bare) + 2 :]  # what the refusal said of the readings, kept
    return IllegalTransition(
        exc.state,
        exc.event,
        exc.allowed,
        other_readings=exc.other_readings,
        rule_ids=(*exc.rule_ids, *(r for r in ("R60", "R61") if r not in exc.rule_ids)),
        readings=f"{said}; {gap}" if said else gap,
    )


def _next_round(
    index: int,
    record: EventRecord,
    flag: DeadlineFlag,
    path: tuple[State, list[TraceMove]],
    replay: _Replay,
    dates: dict[Event, date],
) -> tuple[State, Event, DeadlineFlag]:
    """R61 after a counter-notice out of its round's window: that chance is used up (the
    replay applied the window's expiry, reaching ``reached``), and the seller still has the
    next rounds. A counter-notice in time for the next round's window is that round's
    counter-notice; one after it too uses that chance up as well. The same dates thus give the
    same state whether or not the expiry is recorded as an event. ``path`` is the state
    reached and the moves taken so far, to which each move is added. Returns the state reached,
    the last event applied and the flag, its message saying what became of the counter-notice.
    """
    from ipprules.lifecycle.states import transition_for

    assert record.on is not None
    reached, moves = path
    expired = Event.COUNTER_NOTICE_WINDOW_EXPIRED
    kind: Event = expired
    while transition_for(reached, record.event, rulebook=replay.view):
        again = _flag(index, record, reached, replay, dates)
        if again is None or (  # in time under the count in force on the start (R61)
            again.kind is FlagKind.DISPUTED and _count_clause(again.deadline, record.on, replay)
        ):
            window = next(
                (r for r in replay.running(reached, dates) if _binding(r, record.event)), None
            )
            counted = (
                f"in time for {window.deadline_id} (to {window.due}"
                f"{_count_clause(window, record.on, replay)})"
                if window
                else "legal"
            )
            message = f"{flag.message}; {counted}, so the replay takes it as the next round's"
            message += " counter-notice"
            flag = attrs.evolve(flag, message=message)
            reached, kind = _move(reached, record.event, replay.view, moves), record.event
            dates[kind] = record.on
            break
        if again.applied is not expired or again.kind is not FlagKind.LATE:
            break
        reached = _move(reached, expired, replay.view, moves)
    return reached, kind, flag


def _reading_note(
    index: int, event: Event, state: State, view: ResolvedRules
) -> ReadingNote | None:
    """A note on an applied move that another reading answers otherwise, else ``None``."""
    from ipprules.lifecycle.machine import _differ  # the machine's comparison of readings

    found = _differ(view, state, event)
    if not found.names:
        return None
    from ipprules.lifecycle.readings import window_rule
    from ipprules.rulebook.model import confidence_mark

    record = window_rule(view, event.value)  # the record the applied move rests on, if any
    sure = record.confidence.value if record is not None else None
    mark = confidence_mark(sure, record.rules) if record is not None and sure else ""
    message = f"{event.value} in {state.value}: {found.text}{mark}"
    return ReadingNote(
        index, event, state, view.interpretation, found.names, found.rule_ids, message, sure, mark
    )
