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

from collections.abc import Hashable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ipprules._args import is_blank, plain_optional_str, rulebook_alias
from ipprules._convert import shown_value
from ipprules._dates import FIRST_DATE, LAST_DATE, as_date, optional_date_field, rulebook_keys
from ipprules._table import reading_label, shown_html
from ipprules._typed import check_types
from ipprules.errors import CoverageError, InputError, IpprulesError, UnknownNameError, plain
from ipprules.lifecycle.readings import batch_rule, grounds, other_views, reading_of, window_rule
from ipprules.lifecycle.states import (
    INITIAL_STATE,
    STARTS_AT,
    DeadlineHook,
    Event,
    R56Outcome,
    State,
    as_state,
    event_info,
    state_info,
    table_row,
    transition_for,
    transitions,
)

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import ResolvedRules, RuleBook
    from ipprules.rulebook.model import Answer

__all__ = [
    "BatchResult",
    "EventRecord",
    "IllegalTransition",
    "ItemResult",
    "allowed_events",
    "apply_batch",
    "deadline_hooks",
    "differs_under",
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
    """An event that the current state does not allow. Names the state, event and alternatives.

    Where another reading of the rules allows the event there (R65 states no window for a
    withdrawal, B20 does), ``other_readings`` names those interpretations, ``rule_ids`` the
    rules on each side, and the message says so: disputed rules are never silent.

    >>> from ipprules.lifecycle import IllegalTransition, State, step
    >>> try:
    ...     step(State.TAKEN_DOWN, "takedown")
    ... except IllegalTransition as error:
    ...     print(error.state.value, error.event.value)
    ...     print([event.value for event in error.allowed])
    taken_down takedown
    ['counter_notice_filed', 'counter_notice_window_expired', 'withdraw']
    """

    default_message = "event not allowed in this state"

    def __init__(
        self,
        state: State,
        event: Event,
        allowed: Sequence[Event],
        *,
        other_readings: Sequence[str] = (),
        rule_ids: Sequence[str] = (),
        readings: str = "",
        confidence: str | None = None,
    ) -> None:
        self.state = state
        self.event = event
        self.allowed = tuple(allowed)
        self.other_readings = tuple(other_readings)
        """The interpretations under which the event is allowed in ``state``."""
        self.rule_ids = tuple(rule_ids)
        """The rule ids that decide the move under this reading and under the others."""
        self.confidence = confidence
        """The weakest confidence of the rules the readings' sides rest on, where weak
        (``inferred`` for R65's withdrawal under review); ``readings`` then ends with its
        ``[confidence ...]`` mark, as a finding of ``check`` does. ``None``: none is weak."""
        self.index: int | None = None
        """The position of the event in a replayed list, where one is known."""
        if self.allowed:
            choices = "allowed: " + ", ".join(e.value for e in self.allowed)
        else:
            choices = f"state {state.value!r} is final: no event is allowed"
        text = f"event {event.value!r} is not allowed in state {state.value!r}; {choices}"
        super().__init__(text + (f"; {readings}" if readings else ""))


def name_key(name: str) -> str:
    """An event's or a state's name as the machine looks it up: blanks around it dropped, in
    lower case, hyphens and spaces as underscores.

    >>> name_key(" Counter-Notice filed ")
    'counter_notice_filed'
    """
    name = plain(name) if isinstance(name, str) else name  # not a subclass's own strip
    return name.strip().lower().replace("-", "_").replace(" ", "_")


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
        key = name_key(plain(name))  # a str subclass's own strip/lower are not called
        try:
            return Event(key)
        except ValueError:
            pass
    elif isinstance(name, Mapping | tuple | list):  # a row of a table, not an event's name
        how = "EventRecord(**row)" if isinstance(name, Mapping) else "EventRecord(*row)"
        raise TypeError(
            f"an event must be an EventRecord, an Event or an event's name, got "
            f"{type(name).__name__} {_name_shown(name)} (make a record of it: "
            f"ipprules.lifecycle.{how})"
        )
    else:  # a wrong Python type (None, a number, bytes): not a name that is unknown
        raise TypeError(
            f"an event must be an EventRecord, an Event or an event's name (a str), got "
            f"{type(name).__name__} {_name_shown(name)}"
        )
    known = [e.value for e in Event]
    if key in STARTS_AT:  # 'complaint_filed', as `ipprules deadline` and `rules deadlines` name it
        event = STARTS_AT[key]
        if event is not None:
            note = (
                f"{key} is a deadline's start (ipprules deadline {key}), not an event of the "
                f"lifecycle: it counts as {event.value!r}"
            )
            raise UnknownNameError("event", name[:], known, note=note, suggestion=event.value)
        note = (
            f"{key} is a date from outside the lifecycle: give it apart (an events file's "
            f"{key} key, --{key.replace('_', '-')}; {key}_on= in Python)"
        )
        raise UnknownNameError("event", name[:], known, note=note, nearest=False)
    raise UnknownNameError("event", _name_shown(name), known)


def _name_shown(name: object) -> str:
    """A name as an error shows it: a plain str (a str subclass's ``__str__`` may raise), or
    the value's repr, cut short (an int of 5,000 digits has no text)."""
    return name[:] if isinstance(name, str) else shown_value(name)


def parse_state(name: State | str) -> State:
    """A :class:`State` from its name.

    >>> parse_state("taken-down")
    <State.TAKEN_DOWN: 'taken_down'>
    """
    if isinstance(name, State):
        return name
    if isinstance(name, str):
        key = name_key(plain(name))  # a str subclass's own strip/lower are not called
        try:
            return State(key)
        except ValueError:
            pass
    else:  # a wrong Python type (None, a number, bytes): not a name that is unknown
        raise TypeError(
            f"a state must be a State or a state's name (a str), got "
            f"{type(name).__name__} {_name_shown(name)}"
        )
    raise UnknownNameError("state", _name_shown(name), [s.value for s in State])


def _check_reason(
    instance: EventRecord, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None and not isinstance(value, str):  # reason=3: a wrong Python type
        raise TypeError(f"reason must be a str or None, got {type(value).__name__}{_gap(value)}")
    if value is not None and is_blank(value):  # a pasted zero-width space is no reason
        raise IpprulesError("an event's reason must be a non-empty string")
    if value is None and event_info(instance.event).needs_reason:
        raise IpprulesError(f"event {instance.event.value!r} needs a reason")


def _check_date(value: object, what: str, name: str | None = None) -> date:
    """A date from a ``date``, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string, within
    the dates deadlines are counted for (else a CoverageError); a wrong type's TypeError names
    the parameter ``name`` as typed (``what`` when not given)."""
    if type(value) is not date:
        _refuse_zoned(value, what)
        value = as_date(value, what, bounded=False, name=name)  # type: ignore[arg-type]
    if not FIRST_DATE <= value <= LAST_DATE:
        raise CoverageError(
            f"the {what} {value} lies outside {FIRST_DATE}..{LAST_DATE}, the dates deadlines "
            "are counted for"
        )
    return value


def _refuse_zoned(value: object, what: str) -> None:
    """A ``datetime`` with a time zone is refused, as files refuse date-times: its date
    depends on the zone it is read in (23:00 UTC is the next day in China), and deadlines are
    counted in whole days. A naive ``datetime`` gives its date, as documented; pandas' NaT
    (no day, and no ``utcoffset``) is left to :func:`~ipprules._dates.as_date` to refuse."""
    if isinstance(value, datetime) and value == value and value.utcoffset() is not None:
        raise InputError(
            f"the {what} {value.isoformat()} is a datetime with a time zone ({value.tzname()}): "
            "its date depends on the zone it is read in, and deadlines are counted in whole "
            "days, as files give them (YYYY-MM-DD); give the date itself (value.date() for "
            "its date in its own zone, value.astimezone(zone).date() for another zone's)"
        )


def _event_date(value: date | str | None) -> date | None:
    """An event's date: a ``date``, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string,
    within the range deadlines are counted for (else the replay's CoverageError, at once)."""
    _refuse_zoned(value, "event date")
    day = optional_date_field(value, "on", bounded=False)
    return None if day is None else _check_date(day, "event date")


#: What a door of events says of a data frame given as its events: a record of each row, its
#: gaps (NaN, NaT: a row with no reason or no date) as None, the fields' "no value".
_FRAME_EVENTS = (
    "make an EventRecord of each row, [EventRecord(**row) for row in "
    "df.astype(object).where(df.notna(), None).to_dict('records')] (columns event, on, "
    "reason; the frame's gaps as None), or read an events file with "
    "ipprules.lifecycle.read_events(path)"
)


def _gap(value: object) -> str:
    """What a message adds of a missing value of pandas or numpy (NaN, ``pd.NA``, ``NaT``):
    a field's "no value" is ``None``, which a frame's gaps become by
    ``df.astype(object).where(df.notna(), None)``; ``""`` for another value."""
    kind = type(value)
    if (isinstance(value, float) and value != value) or kind.__name__ in ("NAType", "NaTType"):
        return (
            " (a missing value, a gap in a pandas column: give None, or leave the field out; "
            "a frame's gaps become None by df.astype(object).where(df.notna(), None))"
        )
    return ""


def _refuse_mapping(events: object, name: str = "events") -> None:
    """A TypeError for a mapping given where a sequence of events is expected (iterating a
    dict gives its keys, which would be read as event names)."""
    if isinstance(events, Mapping):
        raise TypeError(
            f"{name} must be a sequence of events (EventRecord, Event or event names), not a "
            f"mapping ({type(events).__name__}): give its events in a list, or one event as "
            "EventRecord(**row)"
        )


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
    reason: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=_check_reason
    )


EventLike = Event | EventRecord | str


def _event_of(event: EventLike) -> Event:
    if isinstance(event, EventRecord):
        return event.event
    return parse_event(event)


def _allowed(state: State, view: ResolvedRules) -> tuple[Event, ...]:
    return tuple(row.event for row in transitions(rulebook=view) if row.source is state)


@rulebook_alias("rules")
def allowed_events(
    state: State, *, rulebook: RuleBook | ResolvedRules | None = None
) -> tuple[Event, ...]:
    """The events allowed in ``state`` under the reading of ``rulebook``, in table order (empty
    for a final state). ``rulebook`` is a rule book (default: the embedded one, its default
    interpretation) or a view; see :mod:`ipprules.lifecycle.readings`.

    >>> allowed_events(State.CLOSED)
    ()
    >>> from ipprules.rulebook import default_rulebook
    >>> official = default_rulebook().as_of("2024-06-03", "official")
    >>> [e.value for e in allowed_events(State.UNDER_REVIEW, rulebook=official)]
    ['takedown', 'reject', 'withdraw']
    """
    current = as_state(state)
    return _allowed(current, reading_of(rulebook))


def _moves(view: ResolvedRules, state: State, event: Event) -> bool:
    """Whether the move exists in the table and the reading lets it apply."""
    return transition_for(state, event, rulebook=view) is not None


@attrs.frozen
class _Differ:
    """How the other readings answer a move: those that answer otherwise, the rule ids of
    every side (this reading's first), and a phrase naming every reading on each side (empty
    when all agree)."""

    names: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    text: str = ""
    confidence: str | None = None
    """The weakest confidence of the records either side rests on, where weak."""
    mark: str = ""
    """Its ``[confidence ...]`` mark, naming the weak records' rules (empty: none is weak)."""


def _weak(views: Sequence[ResolvedRules], event: Event) -> tuple[str | None, str]:
    """The weakest confidence of the records ``views`` rest on for ``event``, where weak (a
    third-party or inferred rule), and its mark."""
    from ipprules.rulebook.model import WEAK_CONFIDENCES, confidence_mark, weakest

    records = [window_rule(view, event.value) for view in views]
    weak = [r for r in records if r is not None and r.confidence.value in WEAK_CONFIDENCES]
    if not weak:
        return None, ""
    sure = weakest(*(r.confidence.value for r in weak))
    ids = tuple(dict.fromkeys(i for r in weak for i in r.rules))
    return sure, confidence_mark(sure, ids)


def _side(
    views: Sequence[ResolvedRules], event: Event, allowed: bool
) -> tuple[str, tuple[str, ...]]:
    """The readings of one side of a move, named, and the rule ids they rest on (none: the
    table allows the move, or no record in force does, readings.opens)."""
    ids = tuple(dict.fromkeys(r for view in views for r in grounds(view, event)))
    names = ", ".join(view.interpretation for view in views)
    bare = "the table" if allowed else "no lifecycle record allows it"
    return f"{names} ({', '.join(ids) or bare})", ids


def _differ(view: ResolvedRules, state: State, event: Event) -> _Differ:
    here = _moves(view, state, event)
    same: list[ResolvedRules] = [view]
    other: list[ResolvedRules] = []
    for _, reading in other_views(view):
        (same if _moves(reading, state, event) == here else other).append(reading)
    if not other:
        return _Differ()
    mine, mine_ids = _side(same, event, here)
    theirs, their_ids = _side(other, event, not here)
    if here:
        text = f"allowed under {mine}; not under: {theirs}"
    else:
        text = f"not under {mine}; allowed under: {theirs}"
    ids = (*mine_ids, *(r for r in their_ids if r not in mine_ids))
    names = tuple(reading.interpretation for reading in other)
    sure, mark = _weak([*same, *other], event)
    return _Differ(names, ids, "the readings differ: " + text, sure, mark)


@rulebook_alias("rules")
def differs_under(
    state: State, event: EventLike, *, rulebook: RuleBook | ResolvedRules | None = None
) -> tuple[str, ...]:
    """The other interpretations of the rule book under which ``event`` in ``state`` answers
    otherwise than under ``rulebook`` (allowed where this reading refuses it, or the reverse), in
    the book's order; empty where every reading agrees.

    >>> differs_under(State.UNDER_REVIEW, Event.WITHDRAW)     # B20 refuses it, R65 does not
    ('official',)
    >>> differs_under(State.TAKEN_DOWN, Event.WITHDRAW), differs_under(State.CLOSED, "withdraw")
    ((), ())
    """
    current = as_state(state)
    kind = _event_of(event)
    return _differ(reading_of(rulebook), current, kind).names


def _unset(view: ResolvedRules, state: State, event: Event) -> str:
    """Why a move of the table is refused where no record in force says where ``event`` is
    allowed (the narrow default of readings.opens), else empty."""
    row = table_row(state, event)
    if row is None or not row.by_reading or window_rule(view, event.value) is not None:
        return ""
    return (
        f"no record of the rule book's lifecycle section in force says where {event.value!r} is "
        f"allowed, so only the moves every reading allows apply (this one needs a record that "
        f"allows it: {', '.join(row.rule_ids)})"
    )


def _illegal(view: ResolvedRules, state: State, event: Event) -> IllegalTransition:
    found = _differ(view, state, event)
    return IllegalTransition(
        state,
        event,
        _allowed(state, view),
        other_readings=found.names,
        rule_ids=found.rule_ids,
        readings=found.text + found.mark or _unset(view, state, event),
        confidence=found.confidence,
    )


@rulebook_alias("rules")
def step(
    state: State, event: EventLike, *, rulebook: RuleBook | ResolvedRules | None = None
) -> State:
    """The state after ``event``; raises :class:`IllegalTransition` if it is not allowed under
    the reading of ``rulebook`` (default: the embedded rule book's default interpretation).

    >>> step(State.PENDING_VERIFICATION, "ipr_verified")
    <State.UNDER_REVIEW: 'under_review'>
    >>> step(State.UNDER_REVIEW, "withdraw")
    Traceback (most recent call last):
    ...
    ipprules.lifecycle.machine.IllegalTransition: event 'withdraw' is not allowed in state 'under_review'; allowed: takedown, reject; the readings differ: not under brief, brief-at-least-100 (B20); allowed under: official (R65, R56, R58) [confidence inferred: R65, R56, R58]
    >>> from ipprules.rulebook import default_rulebook
    >>> step(State.UNDER_REVIEW, "withdraw", rulebook=default_rulebook().as_of("2024-06-03", "official"))
    <State.WITHDRAWN_BEFORE_TAKEDOWN: 'withdrawn_before_takedown'>
    """  # noqa: E501
    current = as_state(state)
    kind = _event_of(event)
    view = reading_of(rulebook)
    row = transition_for(current, kind, rulebook=view)
    if row is None:
        raise _illegal(view, current, kind)
    return row.target


@rulebook_alias("rules")
def trace(
    events: Iterable[EventLike],
    start: State = INITIAL_STATE,
    *,
    rulebook: RuleBook | ResolvedRules | None = None,
) -> tuple[State, ...]:
    """Every state visited, ``start`` first (the moves of the reading of ``rulebook``).

    >>> [s.value for s in trace(["ipr_verified", EventRecord("reject", reason="no proof")])]
    ['pending_verification', 'under_review', 'rejected']
    """
    return _states(events, start, rulebook, "trace")


def _states(
    events: Iterable[EventLike],
    start: State,
    rulebook: RuleBook | ResolvedRules | None,
    function: str,
) -> tuple[State, ...]:
    """:func:`trace`'s states, ``function`` the public function called (named in the error
    for a generator read by two threads at once)."""
    from ipprules._args import refuse_frame, refuse_two_threads, require_iterable

    refuse_frame(events, "events", "events (EventRecord, Event or event names)", _FRAME_EVENTS)
    require_iterable(events, "events", "events")
    _refuse_mapping(events)
    states = [as_state(start)]
    view = reading_of(rulebook)
    try:
        for event in events:
            states.append(step(states[-1], event, rulebook=view))
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, f"{function}(): events")
        raise
    return tuple(states)


@rulebook_alias("rules")
def replay(
    events: Iterable[EventLike],
    start: State = INITIAL_STATE,
    *,
    rulebook: RuleBook | ResolvedRules | None = None,
) -> State:
    """The state reached by applying ``events`` in order from ``start``. Pure and deterministic.

    Bare events (an :class:`Event` or its name) stand for records whose date and reason are not
    known; the reason a rule asks for is enforced where an :class:`EventRecord` is made. The
    moves are those of the reading of ``rulebook`` (default: the embedded rule book's default
    interpretation; :func:`differs_under` says where another reading answers otherwise).

    >>> replay(["ipr_verified", "takedown", "withdraw"])
    <State.WITHDRAWN: 'withdrawn'>
    """
    return _states(events, start, rulebook, "replay")[-1]


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


@rulebook_alias("rules")
def reachable_states(
    start: State = INITIAL_STATE, *, rulebook: RuleBook | ResolvedRules | None = None
) -> frozenset[State]:
    """Every state reachable from ``start`` through the table, under the reading of ``rulebook``.

    >>> from ipprules.rulebook import default_rulebook
    >>> reachable_states() == frozenset(State) - {State.WITHDRAWN_BEFORE_TAKEDOWN}   # B20
    True
    >>> reachable_states(rulebook=default_rulebook().as_of("2024-06-03", "official")) == set(State)
    True
    """
    first = as_state(start)
    view = reading_of(rulebook)
    seen = {first}
    todo = [first]
    while todo:
        current = todo.pop()
        for row in transitions(rulebook=view):
            if row.source is current and row.target not in seen:
                seen.add(row.target)
                todo.append(row.target)
    return frozenset(seen)


def _error_key(error: IllegalTransition | None) -> tuple[Any, ...] | None:
    """What an item's refusal says (its type, message and attributes), compared and hashed in
    place of the error object: an error compares by identity, and an item pickled to a worker
    and back, copied or answered twice would never equal itself."""
    if error is None:
        return None
    return (type(error), error.args, tuple(sorted(vars(error).items())))


@attrs.frozen
class ItemResult(Generic[K]):
    """The outcome of a batch event for one listing: the new state, or the refusal.

    ``other_readings`` names the interpretations under which the event in ``before`` answers
    otherwise (refused where it was applied, or the reverse; a refusal's ``error`` says so too).

    >>> from ipprules.lifecycle import State, apply_batch
    >>> item = apply_batch({"b": State.TAKEN_DOWN}, "takedown").items[0]
    >>> item.key, item.ok, item.after
    ('b', False, <State.TAKEN_DOWN: 'taken_down'>)
    >>> type(item.error).__name__
    'IllegalTransition'
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    key: K
    before: State
    after: State
    # compared by what it says (an error compares by identity): equal after a round trip
    error: IllegalTransition | None = attrs.field(default=None, eq=_error_key)
    other_readings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the event was applied."""
        return self.error is None


def _hint_names() -> dict[str, object]:
    """The names :class:`BatchResult`'s hints use that are imported only for type checking."""
    from ipprules.rulebook.model import Answer

    return {"Answer": Answer}


@attrs.frozen
class BatchResult(Generic[K]):
    """Per-listing results of one event applied to many listings, in input order.

    ``batch`` says whether the filer can take the event for many listings in one action under
    the reading applied (``interpretation``): ``yes`` (B20: counter-notices can be rejected in
    batch), ``unknown`` where the rules have a gap (R67: no official page documents a "batch
    reject"; the items are then the listings' outcomes one by one; also where no record in
    force speaks of an event whose batching is a question, a rejection of counter-notices),
    or ``None`` where no rule speaks of it (a complaint-wide event reaches every listing by
    itself). ``rule_ids`` and
    ``note`` are those of the rule-book record behind ``batch``; ``other_readings`` names the
    interpretations under which ``batch`` or some item's outcome differs.

    >>> from ipprules.lifecycle import State, apply_batch
    >>> result = apply_batch({"a": State.UNDER_REVIEW, "b": State.TAKEN_DOWN}, "takedown")
    >>> [item.key for item in result.succeeded], [item.key for item in result.failed]
    (['a'], ['b'])
    >>> result.batch is None  # no rule speaks of batching a takedown
    True
    """

    def __attrs_post_init__(self) -> None:
        check_types(self, _hint_names)  # a wrong type is a TypeError naming the field

    event: EventRecord
    items: tuple[ItemResult[K], ...]
    batch: Answer | None = None
    rule_ids: tuple[str, ...] = ()
    note: str = ""
    interpretation: str | None = None
    other_readings: tuple[str, ...] = ()
    #: The label of the rule book read (its notebook view names it as the commands do).
    rulebook: str = ""
    #: What the answer must say beside the rows (S56: a withdrawal after the takedown on
    #: Taobao, or the platform not given, so that question is open).
    notes: tuple[str, ...] = ()
    #: The version of that rule book (``to_dict()`` gives it, and the date it names as
    #: ``rulebook_date``).
    rulebook_version: str | None = None

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

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per listing, in input order: its key (a ``str`` or ``int`` as given,
        any other key as its ``str``), the states before and after, whether the event was
        applied, the refusal's message and the readings under which the item differs.

        >>> from ipprules.lifecycle import State, apply_batch
        >>> rows = apply_batch({"a": State.UNDER_REVIEW, "b": State.TAKEN_DOWN}, "takedown")
        >>> [(r["key"], r["after"], r["ok"]) for r in rows.to_records()]
        [('a', 'taken_down', True), ('b', 'taken_down', False)]
        """
        return [
            {
                "key": item.key if isinstance(item.key, str | int) else str(item.key),
                "before": item.before.value,
                "after": item.after.value,
                "ok": item.ok,
                "error": None if item.error is None else str(item.error),
                "other_readings": list(item.other_readings),
            }
            for item in self.items
        ]

    def to_frame(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (needs the ``pandas`` extra): states
        categorical, ``ok`` boolean, the readings as lists."""
        from ipprules._frames import to_frame

        states = [s.value for s in State]
        return to_frame(
            self.to_records(),
            categories={"before": states, "after": states},
            bools=("ok",),
            texts=("error",),
            lists=("other_readings",),
            columns=("key", "before", "after", "ok", "error", "other_readings"),
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the event (its date and reason), the ``batch`` answer with
        its rules and note, the rule book's label and the reading (``rulebook``,
        ``interpretation``), the readings that differ and the items (:meth:`to_records`).

        >>> from ipprules.lifecycle import State, reject_counter_notices
        >>> batch = reject_counter_notices({"A1": State.COUNTER_NOTIFIED_1}, reason="forged")
        >>> data = batch.to_dict()
        >>> data["event"], data["batch"], data["items"][0]["after"]
        ('filer_rejects_counter_notice', 'yes', 'counter_notice_rejected_1')
        """
        return {
            "event": self.event.event.value,
            "on": None if self.event.on is None else self.event.on.isoformat(),
            "reason": self.event.reason,
            "batch": None if self.batch is None else self.batch.value,
            "rule_ids": list(self.rule_ids),
            "note": self.note,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "interpretation": self.interpretation,
            "other_readings": list(self.other_readings),
            "items": self.to_records(),
            "notes": list(self.notes),
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def _repr_html_(self) -> str:
        """A notebook's view: the event, the batch answer and one row per listing."""

        e = shown_html
        batch = "no rule speaks of it" if self.batch is None else self.batch.value
        rules = f" ({e(', '.join(self.rule_ids))})" if self.rule_ids else ""
        reading = reading_label(self.rulebook, str(self.interpretation))
        differ = (
            f"<p>differs under: {e(', '.join(self.other_readings))}</p>"
            if self.other_readings
            else ""
        )
        rows = "".join(
            f"<tr><td>{e(str(r['key']))}</td><td>{e(r['before'])}</td><td>{e(r['after'])}</td>"
            f"<td>{'applied' if r['ok'] else 'refused'}</td><td>{e(r['error'] or '')}</td></tr>"
            for r in self.to_records()
        )
        return (
            f"<div><p><strong>{e(self.event.event.value)}</strong> for {len(self.items)} "
            f"listing(s): {len(self.succeeded)} applied, {len(self.failed)} refused; "
            f"in batch: {e(batch)}{rules}; {e(reading)}</p>"
            + "".join(f"<p>note: {e(n)}</p>" for n in self.notes)
            + f"{differ}<table><thead><tr><th>key</th><th>before</th><th>after</th>"
            f"<th>outcome</th><th>why refused</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )


#: The events whose batching is a question of the rules whatever the book holds: B20 says
#: counter-notices can be rejected in batch, R67 finds no official "batch reject".
BATCH_QUESTIONS = frozenset({Event.FILER_REJECTS_COUNTER_NOTICE})


def _batch_of(view: ResolvedRules, event: Event) -> tuple[Answer | None, tuple[str, ...], str]:
    """The batch answer of ``view`` for ``event``, its rule ids and note. With no record in
    force, an event whose batching is a question (B20, R67; or one a record of the book
    speaks of on another day or reading) is a gap, ``unknown``; any other event, ``None``."""
    record = batch_rule(view, event)
    if record is not None:
        return (record.batch, record.rules, record.text)
    asked = event in BATCH_QUESTIONS or any(
        getattr(r, "event", None) == event and getattr(r, "batch", None) is not None
        for r in view.book.records("lifecycle")
    )
    if not asked:
        return (None, (), "")
    from ipprules.rulebook.model import Answer

    return (
        Answer.UNKNOWN,
        (),
        f"no record of the rule book's lifecycle section in force on {view.as_of} "
        f"({view.rulebook}, {view.interpretation}) says whether {event.value} can be taken "
        "for many listings in one action: unknown (a gap)",
    )


def _batch_readings(
    view: ResolvedRules, event: Event, items: Sequence[ItemResult[K]]
) -> tuple[str, ...]:
    """The interpretations under which the batch answer or some item's outcome differs, in the
    book's order."""
    answer = _batch_of(view, event)[0]
    differ = {name for name, other in other_views(view) if _batch_of(other, event)[0] != answer}
    differ.update(name for item in items for name in item.other_readings)
    return tuple(name for name in view.book.interpretations if name in differ)


@rulebook_alias("rules")
def apply_batch(
    states: Mapping[K, State],
    event: EventRecord | Event | str,
    *,
    rulebook: RuleBook | ResolvedRules | None = None,
    platform: str | None = None,
) -> BatchResult[K]:
    """Apply one event to many listings; never stops half way. A refused item keeps its state.

    Unlike :func:`step` and :func:`replay`, which take a bare event as a record whose date and
    reason are not known, a batch is one filing action: an event the rules give a reason for
    (``reject``, R59; ``filer_rejects_counter_notice``, B20) must come as an
    :class:`EventRecord` with its reason (or use :func:`reject_counter_notices`); a bare one is
    refused before any listing is moved.

    The moves and the ``batch`` answer are those of the reading of ``rulebook`` (default: the
    embedded rule book's default interpretation); see :class:`BatchResult`. ``platform`` (a
    platform id of the rule book, optional) is what a withdrawal once the listings were taken
    down is noted against: on ``taobao`` the ``notes`` say what a low-quality source says (S56,
    R65), as a replay's do; without a platform they say that this question is open.

    >>> result = apply_batch({"a": State.UNDER_REVIEW, "b": State.TAKEN_DOWN}, "takedown")
    >>> result.states
    {'a': <State.TAKEN_DOWN: 'taken_down'>, 'b': <State.TAKEN_DOWN: 'taken_down'>}
    >>> [(i.key, i.ok) for i in result.items], result.batch
    ([('a', True), ('b', False)], None)
    >>> apply_batch({"a": State.TAKEN_DOWN}, "withdraw", platform="taobao").notes[0][:40]
    'withdraw in taken_down on taobao: a low-'
    """
    from ipprules._args import require_mapping

    require_mapping(states, "states")
    record = event if isinstance(event, EventRecord) else EventRecord(parse_event(event))
    # every state is checked before any is moved: a bad one is an error, not a refused item
    current = {key: as_state(state) for key, state in states.items()}
    view = reading_of(rulebook)
    if platform is not None:  # an unknown one is refused, not ignored
        _platform_view(rulebook, view, record.on).platform(platform, filed_as=False)
    differ: dict[State, tuple[str, ...]] = {}
    items: list[ItemResult[K]] = []
    for key, state in current.items():
        if state not in differ:
            differ[state] = _differ(view, state, record.event).names
        try:
            after, error = step(state, record, rulebook=view), None
        except IllegalTransition as exc:
            after, error = state, exc
        items.append(ItemResult(key, state, after, error, differ[state]))
    answer, rule_ids, note = _batch_of(view, record.event)
    others = _batch_readings(view, record.event, items)
    return BatchResult(
        record,
        tuple(items),
        answer,
        rule_ids,
        note,
        view.interpretation,
        others,
        view.rulebook,
        _withdrawal_notes(items, record.event, platform),
        view.rulebook_version,
    )


def _platform_view(
    rules: RuleBook | ResolvedRules | None, view: ResolvedRules, on: date | None
) -> ResolvedRules:
    """The rules a batch's platform is checked against: a view as given, else the book on the
    event's date, or with no date on the latest change of its platforms (a platform that
    joined IPP after the lifecycle's last change, Lazada, is known)."""
    if rules is view:
        return view
    day = on if on is not None else max(view.book.change_dates("platforms"))
    return view.book.as_of(day, view.interpretation, trial=view.trial)


# R65: the one source that speaks of a window for a withdrawal (low quality, Taobao only)
_S56_SAID = (
    "withdraw in {state} on taobao: a low-quality third-party source (S56, R65 [3P, low]) "
    "says that on Taobao a complaint can be withdrawn only while it is still being processed, "
    "not after; the {who} follows B20 and the official R56 (S1), which names a withdrawal as "
    "one way a listing taken down comes back online, and keeps it"
)


def _withdrawal_notes(
    items: Sequence[ItemResult[K]], event: Event, platform: str | None
) -> tuple[str, ...]:
    """S56 (R65 [3P, low]): on Taobao a complaint can be withdrawn only while it is still
    being processed. Where a batch withdrew listings already taken down, the note that says
    so on ``taobao``, or, with no platform given, that this question is left open."""
    if event is not Event.WITHDRAW or platform not in (None, "taobao"):
        return ()
    after = [i.before.value for i in items if i.ok and state_info(i.before).processed]
    if not after:
        return ()  # under review only: S56 agrees that it can be withdrawn
    where = ", ".join(dict.fromkeys(after))
    if platform == "taobao":
        return (_S56_SAID.format(state=where, who="batch"),)
    return (
        f"withdraw in {where}: no platform was given, so whether it could still be withdrawn "
        "is open on Taobao, where a low-quality third-party source (S56, R65 [3P, low]) says "
        "a complaint can be withdrawn only while it is still being processed; elsewhere, and "
        "under B20 and the official R56 (S1), it can (give platform= to answer it)",
    )


@rulebook_alias("rules")
def reject_counter_notices(
    states: Mapping[K, State],
    reason: str,
    on: date | None = None,
    *,
    rulebook: RuleBook | ResolvedRules | None = None,
) -> BatchResult[K]:
    """B20: the filer rejects the pending counter-notices of many listings with one reason.

    Listings with no pending counter-notice are reported as refused, not skipped silently.
    Whether the rejections can be filed as one batch depends on the reading: ``batch`` is
    ``yes`` under the brief (B20), ``unknown`` under ``official``, where no page documents a
    "batch reject" (R67, a gap; each rejection is still a documented reply, R58), and
    ``other_readings`` names the readings that answer otherwise.

    >>> r = reject_counter_notices(
    ...     {"x": State.COUNTER_NOTIFIED_1, "y": State.COUNTER_NOTIFIED_3, "z": State.CLOSED},
    ...     reason="invoice is forged",
    ... )
    >>> [(i.key, i.after.value, i.ok) for i in r.items]
    [('x', 'counter_notice_rejected_1', True), ('y', 'closed', True), ('z', 'closed', False)]
    >>> r.batch.value, r.rule_ids, r.other_readings
    ('yes', ('B20',), ('official',))
    >>> from ipprules.rulebook import default_rulebook
    >>> o = reject_counter_notices({"x": State.COUNTER_NOTIFIED_1}, reason="forged",
    ...                            rulebook=default_rulebook().as_of("2024-06-03", "official"))
    >>> o.batch.value, o.rule_ids, o.other_readings, o.states["x"].value
    ('unknown', ('R67', 'R58'), ('brief', 'brief-at-least-100'), 'counter_notice_rejected_1')
    """
    from ipprules._args import require_mapping

    require_mapping(states, "states")
    record = EventRecord(Event.FILER_REJECTS_COUNTER_NOTICE, on=on, reason=reason)
    return apply_batch(states, record, rulebook=rulebook)


@rulebook_alias("rules")
def mermaid(*, rulebook: RuleBook | ResolvedRules | None = None) -> str:
    """A Mermaid ``stateDiagram-v2`` of the transition table under the reading of ``rulebook``
    (generated, never hand-edited): the states reachable under it and its moves.

    >>> print(mermaid().splitlines()[0])
    stateDiagram-v2
    >>> from ipprules.rulebook import default_rulebook
    >>> official = mermaid(rulebook=default_rulebook().as_of("2024-06-03", "official"))
    >>> "under_review --> withdrawn_before_takedown : withdraw" in official
    True
    >>> "withdrawn_before_takedown" in mermaid()
    False
    """
    view = reading_of(rulebook)
    shown = reachable_states(rulebook=view)
    lines = ["stateDiagram-v2", f"    [*] --> {INITIAL_STATE.value}"]
    for state in State:
        if state in shown:
            label = state_info(state).label.replace(":", " -")
            lines.append(f"    {state.value} : {label}")
    for row in transitions(rulebook=view):
        lines.append(f"    {row.source.value} --> {row.target.value} : {row.event.value}")
    for state in State:
        if state in shown and is_terminal(state):
            lines.append(f"    {state.value} --> [*]")
    return "\n".join(lines) + "\n"
