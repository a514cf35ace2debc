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

import enum
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from ipprules.calendars.base import WEEKENDS, Calendar, add_business_days
from ipprules.errors import InputError, IpprulesError
from ipprules.lifecycle.machine import EventRecord, trace
from ipprules.lifecycle.states import (
    INITIAL_STATE,
    DeadlineHook,
    Event,
    HookCondition,
    State,
    state_info,
)

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import ResolvedRules, RuleBook
    from ipprules.rulebook.model import Deadline, Source

__all__ = [
    "DeadlineResult",
    "DeadlineStatus",
    "LifecycleReport",
    "deadline_for",
    "deadlines_from",
    "due_date",
    "lifecycle_report",
    "next_deadlines",
]


class DeadlineStatus(enum.StrEnum):
    """What a :class:`DeadlineResult` can say about its date."""

    DUE = "due"
    """A binding deadline: ``due`` is the last day."""
    EXPECTED = "expected"
    """An expectation, not a guarantee: ``due`` (and ``latest``) are expected dates."""
    UNKNOWN = "unknown"
    """No source documents the limit: there is no date."""
    UNDATED = "undated"
    """The event that starts the count has no date: there is no date yet."""


@attrs.frozen
class DeadlineResult:
    """One deadline or expectation computed from a start date, with the rule record it rests on.

    ``due`` is the last day of a deadline or the expected date of an expectation; ``latest`` is
    the end of an expected range (``amount_max``), else equal to ``due``. Both are ``None`` when
    the status is ``unknown`` or ``undated``. ``counted_in`` names the calendar used for business
    or working days (``None`` for calendar days and hours).
    """

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

    @property
    def kind(self) -> str:
        """``deadline``, ``expectation`` or ``unknown`` (the rule's kind)."""
        return str(self.rule.kind.value)

    @property
    def amount(self) -> int | None:
        """The rule's amount (``None`` for an unknown limit)."""
        return self.rule.amount

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rule-book ids (``R61``, ``D4`` ...) the record encodes."""
        return self.rule.rules

    def describe(self) -> str:
        """One line for people.

        >>> print(deadline_for("processing_counterfeit", date(2024, 5, 6)).describe())
        processing_counterfeit: expected by 2024-05-07 (24 hours from 2024-05-06; an expectation, not a guarantee)
        """  # noqa: E501
        rule = self.rule
        if self.status is DeadlineStatus.UNKNOWN:
            return f"{self.deadline_id}: unknown (no source gives this limit)"
        if self.status is DeadlineStatus.UNDATED:
            event = self.counted_from.value if self.counted_from else "its start"
            return f"{self.deadline_id}: no date yet (needs the date of {event})"
        unit = rule.unit.value.replace("_", " ") if rule.unit else ""
        span = f"{rule.amount}" if rule.amount_max is None else f"{rule.amount}-{rule.amount_max}"
        when = str(self.due) if self.latest == self.due else f"{self.due} to {self.latest}"
        cal = f" in calendar {self.counted_in!r}" if self.counted_in else ""
        assert self.start is not None
        basis = f"{span} {unit}{cal} from {self.start}"
        if self.status is DeadlineStatus.DUE:
            return f"{self.deadline_id}: due {when} ({basis})"
        return f"{self.deadline_id}: expected by {when} ({basis}; an expectation, not a guarantee)"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
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
            "counted_in": self.counted_in,
            "starts_at": rule.starts_at,
            "who": rule.who,
            "platforms": list(rule.platforms),
            "description": rule.description,
            "effective_from": rule.effective_from.isoformat(),
            "effective_until": _iso(rule.effective_until),
            "confidence": rule.confidence.value,
            "rule_ids": list(rule.rules),
            "sources": [{"id": s.id, "title": s.title, "url": s.url} for s in self.sources],
            "rulebook": self.rulebook,
        }


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _calendar_name(calendar: Calendar) -> str:
    name = getattr(calendar, "name", None)
    return name if isinstance(name, str) else type(calendar).__name__


def due_date(start: date, amount: int, unit: str, calendar: Calendar = WEEKENDS) -> date:
    """The date ``amount`` units after ``start`` (see the module documentation for units).

    >>> due_date(date(2024, 9, 27), 3, "business_days")     # Friday -> Wednesday
    datetime.date(2024, 10, 2)
    >>> due_date(date(2024, 9, 27), 3, "calendar_days")
    datetime.date(2024, 9, 30)
    >>> due_date(date(2024, 9, 27), 24, "hours"), due_date(date(2024, 9, 27), 25, "hours")
    (datetime.date(2024, 9, 28), datetime.date(2024, 9, 29))
    """
    if unit in ("business_days", "working_days"):
        return add_business_days(start, amount, calendar)
    if unit == "calendar_days":
        return start + timedelta(days=amount)
    if unit == "hours":
        return start + timedelta(days=-(-amount // 24))
    raise IpprulesError(f"unknown time unit {unit!r}")


def _rulebook(rules: RuleBook | ResolvedRules | None) -> tuple[RuleBook, str | None, bool]:
    from ipprules.rulebook import ResolvedRules, default_rulebook

    if rules is None:
        return default_rulebook(), None, False
    if isinstance(rules, ResolvedRules):
        return rules.book, rules.interpretation, rules.trial
    return rules, None, False


def deadline_for(
    deadline_id: str,
    start: date,
    rules: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
) -> DeadlineResult:
    """A deadline or expectation counted from ``start``, under the rule in force on ``start``.

    ``rules`` is a rule book (default: the embedded one) or a resolved view; a view only lends
    its book, interpretation and trial flag: the rule is always resolved as of ``start``.
    ``platform``, when given, must be one the deadline applies to. Raises
    :class:`~ipprules.errors.UnknownNameError` for an id not in force on ``start`` and
    :class:`~ipprules.errors.CoverageError` for a start outside the rule book (or calendar).

    >>> r = deadline_for("ipr_verification", date(2024, 9, 27))
    >>> r.status.value, r.due, r.latest
    ('expected', datetime.date(2024, 10, 2), datetime.date(2024, 10, 4))
    >>> deadline_for("seller_response_alibaba_com", date(2024, 9, 27), platform="aliexpress")
    Traceback (most recent call last):
    ...
    ipprules.errors.IpprulesError: deadline 'seller_response_alibaba_com' applies only on alibaba_com, not on 'aliexpress'
    """  # noqa: E501
    return _compute(deadline_id, start, rules, calendar, platform=platform)


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
    view = book.as_of(when, interpretation, trial=trial)
    rule = view.deadline(deadline_id)
    if platform is not None:
        view.platform(platform)
        if rule.platforms and platform not in rule.platforms:
            raise IpprulesError(
                f"deadline {deadline_id!r} applies only on {', '.join(rule.platforms)}, "
                f"not on {platform!r}"
            )
    common: dict[str, Any] = {
        "deadline_id": deadline_id,
        "rule": rule,
        "sources": view.sources_of(rule),
        "rulebook": view.rulebook,
        "counted_from": hook.counted_from if hook else None,
        "condition": hook.condition if hook else None,
    }
    if rule.kind.value == "unknown" or rule.amount is None or rule.unit is None:
        return DeadlineResult(
            status=DeadlineStatus.UNKNOWN,
            start=start,
            due=None,
            latest=None,
            counted_in=None,
            **common,
        )
    if start is None:
        return DeadlineResult(
            status=DeadlineStatus.UNDATED,
            start=None,
            due=None,
            latest=None,
            counted_in=None,
            **common,
        )
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
        **common,
    )


def _applies(hook: DeadlineHook, counterfeit: bool, ipp_plus: bool) -> bool:
    if hook.condition is HookCondition.COUNTERFEIT:
        return counterfeit
    if hook.condition is HookCondition.IPP_PLUS:
        return ipp_plus
    return True


def next_deadlines(
    state: State,
    event_dates: Mapping[Event, date],
    rules: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
    counterfeit: bool = False,
    ipp_plus: bool = False,
    ipr_submitted_on: date | None = None,
) -> tuple[DeadlineResult, ...]:
    """The deadlines and expectations that run in ``state`` (:func:`~.deadline_hooks`).

    Each is counted from the date of the event its hook names, taken from ``event_dates`` (the
    latest date of each event), or from ``ipr_submitted_on`` for the IPR verification. A
    missing date gives an ``undated`` result, never a guess. ``platform`` keeps the deadlines
    that apply there (all of them when ``None``); ``counterfeit`` adds the counterfeit
    expectation and ``ipp_plus`` the Lazada IPP Plus one. A deadline not yet in force on its
    start date (IPP Plus before 2020) is left out.

    >>> rows = next_deadlines(State.TAKEN_DOWN, {Event.TAKEDOWN: date(2022, 1, 19)})
    >>> [(r.deadline_id, r.due) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
    [('counter_notice_round_1', datetime.date(2022, 1, 24)),
     ('seller_response_alibaba_com', datetime.date(2022, 1, 24))]
    >>> [r.deadline_id for r in next_deadlines(State.TAKEN_DOWN,
    ...     {Event.TAKEDOWN: date(2022, 1, 19)}, platform="aliexpress")]
    ['counter_notice_round_1']
    """
    from ipprules.errors import UnknownNameError

    book, interpretation, trial = _rulebook(rules)
    known = [*event_dates.values(), *([ipr_submitted_on] if ipr_submitted_on else [])]
    latest_known = max(known) if known else max(book.change_dates("deadlines"))
    if platform is not None:
        book.as_of(latest_known, interpretation, trial=trial).platform(platform)
    results: list[DeadlineResult] = []
    for hook in state_info(state).deadlines:
        if not _applies(hook, counterfeit, ipp_plus):
            continue
        if hook.counted_from is None:
            start = ipr_submitted_on
        else:
            start = event_dates.get(hook.counted_from)
        # the rule in force on the start date; without one, on the latest date known (or the
        # rule book's latest change of deadlines), only to name the rule that will apply
        resolve_on = start or latest_known
        view = book.as_of(resolve_on, interpretation, trial=trial)
        try:
            rule = view.deadline(hook.deadline_id)
        except UnknownNameError:
            continue  # not in force on its start date
        if platform is not None and rule.platforms and platform not in rule.platforms:
            continue
        results.append(
            _compute(
                hook.deadline_id,
                start,
                view,
                calendar,
                platform=platform,
                hook=hook,
                resolve_on=resolve_on,
            )
        )
    return tuple(results)


def deadlines_from(
    event: Event | str | None,
    start: date,
    rules: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
    counterfeit: bool = False,
    ipp_plus: bool = False,
) -> tuple[DeadlineResult, ...]:
    """Every deadline and expectation that ``event`` on ``start`` starts, in table order.

    ``event`` ``None`` stands for the IPR's submission for verification (R7), which is not an
    event of the machine. Filters as in :func:`next_deadlines`.

    >>> [(r.deadline_id, r.amount) for r in deadlines_from("takedown", date(2022, 1, 19),
    ...                                                     platform="aliexpress")]
    [('counter_notice_round_1', 3), ('counter_notice_round_2_3', 30)]
    """
    from ipprules.lifecycle.machine import parse_event

    kind = None if event is None else parse_event(event)
    book, interpretation, trial = _rulebook(rules)
    view = book.as_of(start, interpretation, trial=trial)
    if platform is not None:
        view.platform(platform)
    seen: set[str] = set()
    results: list[DeadlineResult] = []
    for state in State:
        for hook in state_info(state).deadlines:
            if hook.counted_from is not kind or hook.deadline_id in seen:
                continue
            if not _applies(hook, counterfeit, ipp_plus) or hook.deadline_id not in view.deadlines:
                continue
            rule = view.deadlines[hook.deadline_id]
            if platform is not None and rule.platforms and platform not in rule.platforms:
                continue
            seen.add(hook.deadline_id)
            results.append(
                _compute(hook.deadline_id, start, view, calendar, platform=platform, hook=hook)
            )
    return tuple(results)


@attrs.frozen
class LifecycleReport:
    """A replayed complaint: every state visited, where it stands, what runs next."""

    events: tuple[EventRecord, ...]
    states: tuple[State, ...]
    deadlines: tuple[DeadlineResult, ...]

    @property
    def state(self) -> State:
        """The state reached."""
        return self.states[-1]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        info = state_info(self.state)
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
                    "state": s.value,
                }
                for e, s in zip(self.events, self.states[1:], strict=True)
            ],
            "deadlines": [d.to_dict() for d in self.deadlines],
        }


def lifecycle_report(
    events: Iterable[EventRecord | Event | str],
    rules: RuleBook | ResolvedRules | None = None,
    calendar: Calendar = WEEKENDS,
    *,
    platform: str | None = None,
    counterfeit: bool = False,
    ipp_plus: bool = False,
    ipr_submitted_on: date | None = None,
    start: State = INITIAL_STATE,
) -> LifecycleReport:
    """Replay a complaint's events and compute what runs in the state reached.

    Dates must not go backwards (an :class:`~ipprules.errors.InputError` names the event at
    ``$[i].on``); an illegal event raises
    :class:`~ipprules.lifecycle.machine.IllegalTransition`.

    >>> report = lifecycle_report([
    ...     EventRecord("ipr_verified", on=date(2022, 1, 3)),
    ...     EventRecord("takedown", on=date(2022, 1, 4)),
    ...     EventRecord("counter_notice_window_expired", on=date(2022, 1, 7)),
    ... ])
    >>> report.state.value, [(d.deadline_id, d.amount, d.due) for d in report.deadlines]
    ('counter_notice_rejected_1', [('counter_notice_round_2_3', 30, datetime.date(2022, 2, 15))])
    """
    records = tuple(e if isinstance(e, EventRecord) else EventRecord(e) for e in events)
    last: date | None = None
    dates: dict[Event, date] = {}
    for index, record in enumerate(records):
        if record.on is None:
            continue
        if last is not None and record.on < last:
            raise InputError(
                f"event {record.event.value!r} on {record.on} is before the previous event "
                f"({last}); events must be in date order",
                path=f"$[{index}].on",
            )
        last = record.on
        dates[record.event] = record.on
    states = trace(records, start)
    found = next_deadlines(
        states[-1],
        dates,
        rules,
        calendar,
        platform=platform,
        counterfeit=counterfeit,
        ipp_plus=ipp_plus,
        ipr_submitted_on=ipr_submitted_on,
    )
    return LifecycleReport(records, states, found)
