"""Complaint event files (JSON or TOML), read strictly as ``ipprules lifecycle`` reads them.

A file is a complaint's events with the facts that set its deadlines, or a bare list of
events (docs/lifecycle.md). :func:`read_events` gives a :class:`ComplaintEvents`; its
:meth:`~ComplaintEvents.report` replays it (:func:`~ipprules.lifecycle.lifecycle_report`).

>>> events = read_events("examples/lifecycle-counter-notice.json")
>>> events.platform, len(events.events), events.events[-1].reason
('aliexpress', 4, 'the invoice does not name the brand')
>>> events.report().state.value
'counter_notice_rejected_1'
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from ipprules.errors import file_order
from ipprules.lifecycle.machine import EventRecord, _check_date

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Sequence

    from ipprules.calendars import Calendar
    from ipprules.errors import Problem
    from ipprules.lifecycle.deadlines import LifecycleReport
    from ipprules.rulebook import ResolvedRules, RuleBook

__all__ = ["ComplaintEvents", "read_events"]


@attrs.frozen(kw_only=True)
class _EventRow:
    event: str
    on: dt.date | None = None
    reason: str | None = None


@attrs.frozen(kw_only=True)
class _EventsFile:
    events: tuple[_EventRow, ...]
    platform: str | None = None
    counterfeit: bool = False
    ipp_plus: bool = False
    ipr_submitted: dt.date | None = None
    notice_received: dt.date | None = None


def _is(attribute: attrs.Attribute[Any], value: object, kind: type) -> None:
    """``value`` is ``None`` (where the field's default is) or of ``kind`` (a bool is no
    date, a number no bool), else a TypeError naming the field."""
    if value is None and attribute.default is None:
        return
    if isinstance(value, kind) and (kind is not bool or type(value) is bool):
        return
    wanted = f"{kind.__name__}{' or None' if attribute.default is None else ''}"
    raise TypeError(f"{attribute.name} must be a {wanted}, got {type(value).__name__}")


def _day(attribute: attrs.Attribute[Any], value: object) -> None:
    """:func:`_is` a date, within the range deadlines are counted for (else the replay's
    CoverageError, at once)."""
    _is(attribute, value, dt.date)
    if value is not None:
        _check_date(value, f"{attribute.name} date")


def _records(attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple (or list) of :class:`~ipprules.lifecycle.EventRecord`, else a TypeError
    naming the field (and the item)."""
    if not isinstance(value, tuple | list):
        raise TypeError(f"events must be a tuple of EventRecord, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, EventRecord):
            raise TypeError(f"events[{index}] must be an EventRecord, got {type(item).__name__}")


@attrs.frozen(kw_only=True)
class ComplaintEvents:
    """A complaint's events as its file gives them, with the facts that set its deadlines
    (the keyword arguments of :func:`~ipprules.lifecycle.lifecycle_report`).

    >>> events = read_events("examples/lifecycle-late-counter-notice.toml")
    >>> events.platform, events.counterfeit, len(events.events)
    ('aliexpress', False, 5)
    """

    events: tuple[EventRecord, ...] = attrs.field(validator=lambda _, a, v: _records(a, v))
    platform: str | None = attrs.field(default=None, validator=lambda _, a, v: _is(a, v, str))
    counterfeit: bool = attrs.field(default=False, validator=lambda _, a, v: _is(a, v, bool))
    ipp_plus: bool = attrs.field(default=False, validator=lambda _, a, v: _is(a, v, bool))
    ipr_submitted: dt.date | None = attrs.field(default=None, validator=lambda _, a, v: _day(a, v))
    notice_received: dt.date | None = attrs.field(
        default=None, validator=lambda _, a, v: _day(a, v)
    )

    def report(
        self,
        rulebook: RuleBook | ResolvedRules | None = None,
        calendar: Calendar | None = None,
    ) -> LifecycleReport:
        """:func:`~ipprules.lifecycle.lifecycle_report` of these events and facts (``calendar``
        default: weekends only, as there).

        >>> read_events("examples/lifecycle-late-counter-notice.toml").report().flags[0].kind
        <FlagKind.LATE: 'late'>
        """
        from ipprules.calendars import WEEKENDS
        from ipprules.lifecycle.deadlines import lifecycle_report

        return lifecycle_report(
            self.events,
            rulebook,
            WEEKENDS if calendar is None else calendar,
            platform=self.platform,
            counterfeit=self.counterfeit,
            ipp_plus=self.ipp_plus,
            ipr_submitted_on=self.ipr_submitted,
            notice_received_on=self.notice_received,
        )


def read_events(path: str | Path | IO[Any]) -> ComplaintEvents:
    """The events of a complaint from a ``.json`` or ``.toml`` file (``-``: stdin), read
    strictly as ``ipprules lifecycle EVENTS_FILE`` reads them: every problem is an
    :class:`~ipprules.errors.InputError` naming the file, line and path (an unknown event,
    a missing reason, a bad date, an unknown key). An open stream (``io.StringIO(text)``,
    ``io.BytesIO(data)``) is read as TOML or JSON by its text.

    >>> read_events("examples/lifecycle-counter-notice.json").ipr_submitted
    datetime.date(2022, 1, 10)
    """
    return read_located(path)[0]


def read_located(
    path: str | Path | IO[Any],
    *,
    illegal: Callable[
        [list[str], list[dt.date | None], int, ComplaintEvents], tuple[int, str] | None
    ]
    | None = None,
    also: Callable[[Any, Sequence[Problem]], list[Problem]] | None = None,
) -> tuple[ComplaintEvents, str, str, Any]:
    """:func:`read_events`, with the path of the events in the file (``$`` for a bare list,
    else ``$.events``), the file's name and its ``locate`` (a JSON path to its line and
    column): to place the replay's errors about an event at its line. ``illegal`` (the
    command's) is asked, for the first event missing the reason it needs, whether an event up
    to it is not allowed where it comes (given the names, dates, that index and the file's
    facts with the events before it): its index and refusal then stand in for the missing
    reason, at that event. ``also`` (the command's) is given the document as written and
    the problems it is refused for, and gives the problems of its names the read does not
    check (an unknown platform): an unknown key does not hide them."""
    from ipprules._args import require_source
    from ipprules._files import read_document, structure_document
    from ipprules.errors import InputError, Problem

    require_source(path)
    doc = read_document(path)
    prefix = "$" if isinstance(doc.data, list) else "$.events"
    try:
        if isinstance(doc.data, list):  # a list of events: its paths are the file's ($[0].on)
            parsed = _EventsFile(events=structure_document(doc, tuple[_EventRow, ...]))
        else:
            parsed = structure_document(doc, _EventsFile)
    except InputError as exc:  # the events' unknown names too: one run says every slip
        every = [*exc.problems, *_unknown_names(doc, prefix, exc.problems)]
        every += also(doc, every) if also is not None else []
        every.sort(key=file_order)  # file order, the document's own first
        raise InputError(problems=every) from None
    records: list[EventRecord] = []
    problems: list[Problem] = []
    for index, row in enumerate(parsed.events):
        try:
            records.append(EventRecord(row.event, on=row.on, reason=row.reason))
        except ValueError as exc:  # at the value refused: the event's name, else its reason
            where = f"{prefix}[{index}].{_refused(row)}"
            found = doc.locate(where)
            line, column = found if found else (None, None)
            said = None
            if illegal is not None and not problems and "needs a reason" in str(exc):
                names = [r.event for r in parsed.events]
                facts = _facts(parsed, tuple(records))
                said = illegal(names, [r.on for r in parsed.events], index, facts)
            if said is not None:  # an illegal move is said before a reason is asked for
                where = f"{prefix}[{said[0]}]"
                found = doc.locate(where)
                line, column = found if found else (None, None)
                raise InputError(
                    said[1], path=where, file=doc.name, line=line, column=column
                ) from None
            problems.append(Problem(str(exc), where, doc.name, line, column))
    if problems:
        problems += also(doc, problems) if also is not None else []
        problems.sort(key=file_order)
        raise InputError(problems=problems)
    return _facts(parsed, tuple(records)), prefix, doc.name, doc.locate


def _unknown_names(doc: Any, prefix: str, said: Sequence[Problem]) -> list[Problem]:
    """The problems of the events' names written in ``doc`` (its data as written, the file
    being refused for the problems ``said``): an unknown event at its ``event`` key, as
    :func:`read_located` says it of a file read whole; none at a path already ``said``."""
    from ipprules.errors import Problem
    from ipprules.lifecycle.machine import parse_event

    data = doc.data
    rows = data if prefix == "$" else data.get("events") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        return []
    paths = {p.path for p in said}
    found = []
    for index, row in enumerate(rows):
        where = f"{prefix}[{index}].event"
        name = row.get("event") if isinstance(row, dict) else None
        if not isinstance(name, str) or where in paths:
            continue
        try:
            parse_event(name)
        except ValueError as exc:
            at = doc.locate(where)
            line, column = at if at else (None, None)
            found.append(Problem(str(exc), where, doc.name, line, column))
    return found


def _facts(parsed: _EventsFile, records: tuple[EventRecord, ...]) -> ComplaintEvents:
    """The file's facts with ``records`` as its events."""
    return ComplaintEvents(
        events=records,
        platform=parsed.platform,
        counterfeit=parsed.counterfeit,
        ipp_plus=parsed.ipp_plus,
        ipr_submitted=parsed.ipr_submitted,
        notice_received=parsed.notice_received,
    )


def _refused(row: _EventRow) -> str:
    """The key of an event ``EventRecord`` refuses: ``event`` for a name it does not know,
    else ``reason`` (missing where one is needed, or empty)."""
    from ipprules.lifecycle.machine import parse_event

    try:
        parse_event(row.event)
    except ValueError:
        return "event"
    return "reason"
