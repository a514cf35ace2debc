"""Pure functions over the lifecycle table: step, replay, batch events, R56, the diagram.

>>> s = replay(["ipr_verified", "takedown", "counter_notice_filed"])
>>> s
<State.COUNTER_NOTIFIED_1: 'counter_notified_1'>
>>> [e.value for e in allowed_events(s)]  # doctest: +NORMALIZE_WHITESPACE
['filer_accepts_counter_notice', 'platform_accepts_counter_notice',
 'filer_rejects_counter_notice', 'platform_rejects_counter_notice', 'withdraw']
>>> step(s, Event.TAKEDOWN)
Traceback (most recent call last):
...
ipprules.lifecycle.machine.IllegalTransition: event 'takedown' is not allowed in state 'counter_notified_1'; allowed: filer_accepts_counter_notice, platform_accepts_counter_notice, filer_rejects_counter_notice, platform_rejects_counter_notice, withdraw
>>> stays_online(step(s, Event.FILER_ACCEPTS_COUNTER_NOTICE))
<R56Outcome.FILER_ACCEPTED_COUNTER_NOTICE: 'filer_accepted_counter_notice'>
"""  # noqa: E501

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable, Mapping, Sequence
from datetime import date
from typing import Generic, TypeVar

import attrs

from ipprules._dates import as_date
from ipprules.errors import IpprulesError, UnknownNameError
from ipprules.lifecycle.states import (
    INITIAL_STATE,
    DeadlineHook,
    Event,
    R56Outcome,
    State,
    as_state,
    event_info,
    state_info,
    transition_for,
    transitions,
)

__all__ = [
    "BatchResult",
    "EventRecord",
    "IllegalTransition",
    "ItemResult",
    "allowed_events",
    "apply_batch",
    "deadline_hooks",
    "is_online",
    "is_terminal",
    "mermaid",
    "parse_event",
    "parse_state",
    "reachable_states",
    "reject_counter_notices",
    "replay",
    "stays_online",
    "step",
    "trace",
]

K = TypeVar("K", bound=Hashable)


class IllegalTransition(IpprulesError):
    """An event that the current state does not allow. Names the state, event and alternatives."""

    default_message = "event not allowed in this state"

    def __init__(self, state: State, event: Event, allowed: Sequence[Event]) -> None:
        self.state = state
        self.event = event
        self.allowed = tuple(allowed)
        self.index: int | None = None
        """The position of the event in a replayed list, where one is known."""
        if self.allowed:
            choices = "allowed: " + ", ".join(e.value for e in self.allowed)
        else:
            choices = f"state {state.value!r} is final: no event is allowed"
        super().__init__(
            f"event {event.value!r} is not allowed in state {state.value!r}; {choices}"
        )


def parse_event(name: Event | str) -> Event:
    """An :class:`Event` from its name (``"counter_notice_filed"``, ``"counter-notice-filed"``).

    >>> parse_event("Counter-Notice-Filed")
    <Event.COUNTER_NOTICE_FILED: 'counter_notice_filed'>
    >>> parse_event("appeal")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: unknown event 'appeal'; known: ipr_verified, ipr_refused, ...
    """
    if isinstance(name, Event):
        return name
    if isinstance(name, str):
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return Event(key)
        except ValueError:
            pass
    raise UnknownNameError("event", str(name), [e.value for e in Event])


def parse_state(name: State | str) -> State:
    """A :class:`State` from its name.

    >>> parse_state("taken-down")
    <State.TAKEN_DOWN: 'taken_down'>
    """
    if isinstance(name, State):
        return name
    if isinstance(name, str):
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return State(key)
        except ValueError:
            pass
    raise UnknownNameError("state", str(name), [s.value for s in State])


def _check_reason(
    instance: EventRecord, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise IpprulesError("an event's reason must be a non-empty string")
    if value is None and event_info(instance.event).needs_reason:
        raise IpprulesError(f"event {instance.event.value!r} needs a reason")


def _event_date(value: date | str | None) -> date | None:
    """An event's date: a ``date``, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string
    (whether it lies in the range deadlines are counted for is checked on replay)."""
    return None if value is None else as_date(value, "on", bounded=False)


@attrs.frozen
class EventRecord:
    """An event as it happened: when (``on``) and why (``reason``, required where the rules ask
    for one: a rejected notice, R59; a counter-notice rejected by the filer, B20).

    The dates are kept for deadline computation; the state machine itself only reads ``event``.

    >>> EventRecord(Event.TAKEDOWN, on=date(2024, 9, 27))
    EventRecord(event=<Event.TAKEDOWN: 'takedown'>, on=datetime.date(2024, 9, 27), reason=None)
    >>> EventRecord("takedown", on="2024-09-27").on
    datetime.date(2024, 9, 27)
    >>> EventRecord(Event.REJECT)
    Traceback (most recent call last):
    ...
    ipprules.errors.IpprulesError: event 'reject' needs a reason
    """

    event: Event = attrs.field(converter=parse_event)
    on: date | None = attrs.field(default=None, converter=_event_date)
    reason: str | None = attrs.field(default=None, validator=_check_reason)


EventLike = Event | EventRecord | str


def _event_of(event: EventLike) -> Event:
    if isinstance(event, EventRecord):
        return event.event
    return parse_event(event)


@functools.cache
def _allowed(state: State) -> tuple[Event, ...]:
    return tuple(row.event for row in transitions() if row.source is state)


def allowed_events(state: State) -> tuple[Event, ...]:
    """The events allowed in ``state``, in table order (empty for a final state).

    >>> allowed_events(State.CLOSED)
    ()
    """
    return _allowed(as_state(state))


def step(state: State, event: EventLike) -> State:
    """The state after ``event``; raises :class:`IllegalTransition` if it is not allowed.

    >>> step(State.PENDING_VERIFICATION, "ipr_verified")
    <State.UNDER_REVIEW: 'under_review'>
    """
    current = as_state(state)
    kind = _event_of(event)
    row = transition_for(current, kind)
    if row is None:
        raise IllegalTransition(current, kind, _allowed(current))
    return row.target


def trace(events: Iterable[EventLike], start: State = INITIAL_STATE) -> tuple[State, ...]:
    """Every state visited, ``start`` first.

    >>> [s.value for s in trace(["ipr_verified", EventRecord("reject", reason="no proof")])]
    ['pending_verification', 'under_review', 'rejected']
    """
    from ipprules._args import require_iterable

    require_iterable(events, "events", "events")
    states = [as_state(start)]
    for event in events:
        states.append(step(states[-1], event))
    return tuple(states)


def replay(events: Iterable[EventLike], start: State = INITIAL_STATE) -> State:
    """The state reached by applying ``events`` in order from ``start``. Pure and deterministic.

    Bare events (an :class:`Event` or its name) stand for records whose date and reason are not
    known; the reason a rule asks for is enforced where an :class:`EventRecord` is made.

    >>> replay(["ipr_verified", "takedown", "withdraw"])
    <State.WITHDRAWN: 'withdrawn'>
    """
    return trace(events, start)[-1]


def is_terminal(state: State) -> bool:
    """Whether nothing more can happen to the listing.

    >>> is_terminal(State.REJECTED), is_terminal(State.TAKEN_DOWN)
    (True, False)
    """
    return state_info(state).terminal


def is_online(state: State) -> bool:
    """Whether the listing is online in ``state``.

    >>> is_online(State.UNDER_REVIEW), is_online(State.COUNTER_NOTIFIED_2)
    (True, False)
    """
    return state_info(state).online


def stays_online(state: State) -> R56Outcome | None:
    """R56: why the listing is online again after its takedown was processed, else ``None``.

    Exactly three states answer, one per situation of R56.

    >>> stays_online(State.WITHDRAWN)
    <R56Outcome.FILER_WITHDREW: 'filer_withdrew'>
    >>> stays_online(State.REJECTED) is None    # online, but never processed
    True
    """
    return state_info(state).r56


def deadline_hooks(state: State) -> tuple[DeadlineHook, ...]:
    """The deadlines (rule-book ids) that run while a listing is in ``state``.

    >>> [h.deadline_id for h in deadline_hooks(State.COUNTER_NOTICE_REJECTED_1)]
    ['counter_notice_round_2_3']
    """
    return state_info(state).deadlines


def reachable_states(start: State = INITIAL_STATE) -> frozenset[State]:
    """Every state reachable from ``start`` through the table.

    >>> reachable_states() == frozenset(State)
    True
    """
    return _reachable(as_state(start))


@functools.cache
def _reachable(start: State) -> frozenset[State]:
    seen = {start}
    todo = [start]
    while todo:
        current = todo.pop()
        for event in _allowed(current):
            target = step(current, event)
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return frozenset(seen)


@attrs.frozen
class ItemResult(Generic[K]):
    """The outcome of a batch event for one listing: the new state, or the refusal."""

    key: K
    before: State
    after: State
    error: IllegalTransition | None = None

    @property
    def ok(self) -> bool:
        """Whether the event was applied."""
        return self.error is None


@attrs.frozen
class BatchResult(Generic[K]):
    """Per-listing results of one event applied to many listings, in input order."""

    event: EventRecord
    items: tuple[ItemResult[K], ...]

    @property
    def states(self) -> dict[K, State]:
        """Every listing's state afterwards (unchanged where the event was refused)."""
        return {item.key: item.after for item in self.items}

    @property
    def succeeded(self) -> tuple[ItemResult[K], ...]:
        """The items the event was applied to."""
        return tuple(item for item in self.items if item.ok)

    @property
    def failed(self) -> tuple[ItemResult[K], ...]:
        """The items that refused the event, each with its :class:`IllegalTransition`."""
        return tuple(item for item in self.items if not item.ok)


def apply_batch(states: Mapping[K, State], event: EventRecord | Event | str) -> BatchResult[K]:
    """Apply one event to many listings; never stops half way. A refused item keeps its state.

    >>> result = apply_batch({"a": State.UNDER_REVIEW, "b": State.TAKEN_DOWN}, "takedown")
    >>> result.states
    {'a': <State.TAKEN_DOWN: 'taken_down'>, 'b': <State.TAKEN_DOWN: 'taken_down'>}
    >>> [(i.key, i.ok) for i in result.items]
    [('a', True), ('b', False)]
    """
    from ipprules._args import require_mapping

    require_mapping(states, "states")
    record = event if isinstance(event, EventRecord) else EventRecord(parse_event(event))
    # every state is checked before any is moved: a bad one is an error, not a refused item
    current = {key: as_state(state) for key, state in states.items()}
    items: list[ItemResult[K]] = []
    for key, state in current.items():
        try:
            items.append(ItemResult(key, state, step(state, record)))
        except IllegalTransition as exc:
            items.append(ItemResult(key, state, state, exc))
    return BatchResult(record, tuple(items))


def reject_counter_notices(
    states: Mapping[K, State], reason: str, on: date | None = None
) -> BatchResult[K]:
    """B20: the filer rejects the pending counter-notices of many listings with one reason.

    Listings with no pending counter-notice are reported as refused, not skipped silently.

    >>> r = reject_counter_notices(
    ...     {"x": State.COUNTER_NOTIFIED_1, "y": State.COUNTER_NOTIFIED_3, "z": State.CLOSED},
    ...     reason="invoice is forged",
    ... )
    >>> [(i.key, i.after.value, i.ok) for i in r.items]
    [('x', 'counter_notice_rejected_1', True), ('y', 'closed', True), ('z', 'closed', False)]
    """
    from ipprules._args import require_mapping

    require_mapping(states, "states")
    record = EventRecord(Event.FILER_REJECTS_COUNTER_NOTICE, on=on, reason=reason)
    return apply_batch(states, record)


def mermaid() -> str:
    """A Mermaid ``stateDiagram-v2`` of the transition table (generated, never hand-edited).

    >>> print(mermaid().splitlines()[0])
    stateDiagram-v2
    """
    lines = ["stateDiagram-v2", f"    [*] --> {INITIAL_STATE.value}"]
    for state in State:
        label = state_info(state).label.replace(":", " -")
        lines.append(f"    {state.value} : {label}")
    for row in transitions():
        lines.append(f"    {row.source.value} --> {row.target.value} : {row.event.value}")
    for state in State:
        if is_terminal(state):
            lines.append(f"    {state.value} --> [*]")
    return "\n".join(lines) + "\n"
