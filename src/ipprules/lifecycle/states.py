"""The complaint lifecycle as data: states, events and the transition table.

Every listing in a complaint moves through the same machine; complaint-wide events (the IPR is
verified) apply to each of its listings (see :func:`ipprules.lifecycle.machine.apply_batch`).
Each state and each transition names the rules (``R56``, ``B20`` ...) and sources (``S1`` ...) it
rests on; each state names the deadlines that run while a listing is in it, by the ids the rule
book uses (``counter_notice_round_1`` ...), so that deadlines can be computed from the table.

>>> t = transition_for(State.TAKEN_DOWN, Event.COUNTER_NOTICE_FILED)
>>> t.target
<State.COUNTER_NOTIFIED_1: 'counter_notified_1'>
>>> t.rule_ids, t.source_ids
(('R57', 'R61'), ('S9', 'S25'))
>>> state_info(State.REINSTATED_BY_FILER).r56
<R56Outcome.FILER_ACCEPTED_COUNTER_NOTICE: 'filer_accepted_counter_notice'>
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from ipprules._args import require_member, rulebook_alias
from ipprules._typed import check_types
from ipprules._vocab import NamedEnum

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import ResolvedRules, RuleBook

__all__ = [
    "INITIAL_STATE",
    "STARTS_AT",
    "DeadlineHook",
    "Event",
    "EventInfo",
    "HookCondition",
    "R56Outcome",
    "State",
    "StateInfo",
    "Transition",
    "event_info",
    "state_info",
    "table_row",
    "transition_for",
    "transitions",
]


class State(NamedEnum):
    """Where one listing of a complaint stands.

    >>> from ipprules.lifecycle import State
    >>> State("pending_verification")
    <State.PENDING_VERIFICATION: 'pending_verification'>
    >>> len(State)
    14
    """

    PENDING_VERIFICATION = "pending_verification"
    UNDER_REVIEW = "under_review"
    REJECTED = "rejected"
    TAKEN_DOWN = "taken_down"
    COUNTER_NOTIFIED_1 = "counter_notified_1"
    COUNTER_NOTIFIED_2 = "counter_notified_2"
    COUNTER_NOTIFIED_3 = "counter_notified_3"
    COUNTER_NOTICE_REJECTED_1 = "counter_notice_rejected_1"
    COUNTER_NOTICE_REJECTED_2 = "counter_notice_rejected_2"
    REINSTATED_BY_FILER = "reinstated_by_filer"
    REINSTATED_BY_PLATFORM = "reinstated_by_platform"
    WITHDRAWN = "withdrawn"
    WITHDRAWN_BEFORE_TAKEDOWN = "withdrawn_before_takedown"
    CLOSED = "closed"


class Event(NamedEnum):
    """Something that happens to a listing of a complaint.

    >>> from ipprules.lifecycle import Event
    >>> Event("ipr_verified")
    <Event.IPR_VERIFIED: 'ipr_verified'>
    >>> len(Event)
    11
    """

    IPR_VERIFIED = "ipr_verified"
    IPR_REFUSED = "ipr_refused"
    TAKEDOWN = "takedown"
    REJECT = "reject"
    COUNTER_NOTICE_FILED = "counter_notice_filed"
    COUNTER_NOTICE_WINDOW_EXPIRED = "counter_notice_window_expired"
    FILER_ACCEPTS_COUNTER_NOTICE = "filer_accepts_counter_notice"
    FILER_REJECTS_COUNTER_NOTICE = "filer_rejects_counter_notice"
    PLATFORM_ACCEPTS_COUNTER_NOTICE = "platform_accepts_counter_notice"
    PLATFORM_REJECTS_COUNTER_NOTICE = "platform_rejects_counter_notice"
    WITHDRAW = "withdraw"


class R56Outcome(NamedEnum):
    """R56: the only three ways a listing stays online after its takedown was processed.

    >>> from ipprules.lifecycle import R56Outcome
    >>> R56Outcome("filer_accepted_counter_notice")
    <R56Outcome.FILER_ACCEPTED_COUNTER_NOTICE: 'filer_accepted_counter_notice'>
    >>> len(R56Outcome)
    3
    """

    FILER_ACCEPTED_COUNTER_NOTICE = "filer_accepted_counter_notice"
    PLATFORM_ACCEPTED_COUNTER_NOTICE = "platform_accepted_counter_notice"
    FILER_WITHDREW = "filer_withdrew"


#: Where every listing starts: its IPR may still await verification (R7).
INITIAL_STATE = State.PENDING_VERIFICATION


class HookCondition(NamedEnum):
    """When a deadline hook applies only to some complaints.

    >>> from ipprules.lifecycle import HookCondition
    >>> HookCondition("counterfeit")
    <HookCondition.COUNTERFEIT: 'counterfeit'>
    >>> [m.value for m in HookCondition]
    ['counterfeit', 'ipp_plus']
    """

    COUNTERFEIT = "counterfeit"
    """Only for complaints about counterfeits (high priority, B19)."""
    IPP_PLUS = "ipp_plus"
    """Only for members of Lazada's invitation-only IPP Plus (R66, R92)."""


@attrs.frozen
class DeadlineHook:
    """A deadline that runs while a listing is in a state.

    ``deadline_id`` is the rule book's id; ``counted_from`` is the event whose date starts the
    count, the one the rule's ``starts_at`` names (:data:`STARTS_AT`; R61: counter-notice
    windows run from the seller's receipt of the complaint, that is from the takedown), or
    ``None`` when the count starts outside the machine: the IPR's submission for verification
    (R7) or, on Alibaba.com, the notice the seller receives (R60); their dates are given apart.
    ``condition`` restricts the hook to some complaints; the rule book's own ``platforms``
    restrict it to platforms. ``missed`` is the event that missing the deadline amounts to
    (R61: a counter-notice out of time is deemed not established and uses up its chance), or
    ``None`` where missing it does not move the listing. The durations themselves are rule-book
    data, not part of this table.

    >>> from ipprules.lifecycle import State, state_info
    >>> hook = state_info(State.TAKEN_DOWN).deadlines[0]
    >>> hook.deadline_id, hook.counted_from, hook.rule_ids
    ('counter_notice_round_1', <Event.TAKEDOWN: 'takedown'>, ('R61',))
    >>> hook.missed
    <Event.COUNTER_NOTICE_WINDOW_EXPIRED: 'counter_notice_window_expired'>
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    deadline_id: str
    counted_from: Event | None
    rule_ids: tuple[str, ...] = ()
    condition: HookCondition | None = None
    missed: Event | None = None


#: The rule book's ``starts_at`` names and the event of the machine whose date starts the count
#: (``None``: a date from outside the machine, given by the caller under that name).
STARTS_AT: Mapping[str, Event | None] = MappingProxyType(
    {
        "complaint_received": Event.TAKEDOWN,
        "complaint_filed": Event.IPR_VERIFIED,
        "counter_notice_received": Event.COUNTER_NOTICE_FILED,
        "ipr_submitted": None,
        "notice_received": None,
    }
)


@attrs.frozen
class StateInfo:
    """What a state means: a label, whether the listing is online, what deadlines run.

    >>> from ipprules.lifecycle import State, state_info
    >>> info = state_info(State.TAKEN_DOWN)
    >>> info.label, info.online, info.terminal
    ('Taken down', False, False)
    >>> [hook.deadline_id for hook in info.deadlines]
    ['counter_notice_round_1', 'counter_notice_lazada', 'seller_response_alibaba_com']
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    state: State
    label: str
    description: str
    online: bool
    terminal: bool
    processed: bool
    counter_notice_round: int | None = None
    r56: R56Outcome | None = None
    deadlines: tuple[DeadlineHook, ...] = ()
    rule_ids: tuple[str, ...] = ()


@attrs.frozen
class EventInfo:
    """What an event means and who causes it; ``needs_reason`` when a reason must be given.

    >>> from ipprules.lifecycle import Event, event_info
    >>> info = event_info(Event.WITHDRAW)
    >>> info.label, info.actor, info.needs_reason
    ('filer withdraws', 'filer', False)
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    event: Event
    label: str
    actor: str
    needs_reason: bool = False
    rule_ids: tuple[str, ...] = ()


@attrs.frozen
class Transition:
    """One row of the transition table: in ``source``, ``event`` leads to ``target``.

    ``by_reading`` marks a move that only some readings allow (R65's withdrawal while under
    review, which B20 refuses): it applies only where a ``lifecycle`` record in force lists its
    source state. Where no record in force sets the states of the event (an override that
    replaces the section, or a record that starts later), the move does not apply: without
    data, only the moves every reading allows do (the narrow default).

    >>> from ipprules.lifecycle import Event, State, transition_for
    >>> row = transition_for(State.TAKEN_DOWN, Event.COUNTER_NOTICE_FILED)
    >>> row.target, row.rule_ids, row.by_reading
    (<State.COUNTER_NOTIFIED_1: 'counter_notified_1'>, ('R57', 'R61'), False)
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    source: State
    event: Event
    target: State
    rule_ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    note: str = ""
    by_reading: bool = False


@functools.cache
def _states() -> Mapping[State, StateInfo]:
    # A data table (#16): one StateInfo row per state, written as code only to share the hooks.
    s = State
    expired = Event.COUNTER_NOTICE_WINDOW_EXPIRED
    round_1 = DeadlineHook("counter_notice_round_1", Event.TAKEDOWN, ("R61",), missed=expired)
    round_2_3 = DeadlineHook("counter_notice_round_2_3", Event.TAKEDOWN, ("R61",), missed=expired)
    # D4: on Lazada a third party gives 3-5 working days (a range shown beside R61, not a trigger)
    lazada = DeadlineHook("counter_notice_lazada", Event.TAKEDOWN, ("D4",))
    # R60: from the notice the seller receives, a date outside the machine (``notice_received``)
    alibaba = DeadlineHook("seller_response_alibaba_com", None, ("R60",))
    reply = DeadlineHook("filer_reply_to_counter_notice", Event.COUNTER_NOTICE_FILED, ("D4",))
    # B19, R66, D5: a complaint is submitted automatically once its IPR is verified (R7), so the
    # processing expectations run from ``ipr_verified``
    verified = Event.IPR_VERIFIED
    processing = (
        DeadlineHook("processing_general", verified, ("B19", "R66", "D5")),
        DeadlineHook(
            "processing_counterfeit", verified, ("B19", "R66", "D5"), HookCondition.COUNTERFEIT
        ),
        DeadlineHook("processing_alibaba_com_review", verified, ("R66", "D5")),
        DeadlineHook(
            "processing_lazada_ipp_plus", verified, ("R66", "R92", "D5"), HookCondition.IPP_PLUS
        ),
    )
    rows = [
        StateInfo(
            s.PENDING_VERIFICATION,
            "Pending verification",
            "The IPR awaits verification; the complaint is prepared but not processed. It is "
            "submitted automatically once the IPR is verified (R7).",
            online=True,
            terminal=False,
            processed=False,
            deadlines=(DeadlineHook("ipr_verification", None, ("R7", "D6")),),
            rule_ids=("R7",),
        ),
        StateInfo(
            s.UNDER_REVIEW,
            "Under review",
            "Submitted; the platform reviews the complaint (B19, R66).",
            online=True,
            terminal=False,
            processed=False,
            deadlines=(*processing, alibaba),
            rule_ids=("B19", "R60", "R66"),
        ),
        StateInfo(
            s.REJECTED,
            "Rejected",
            "The notice was invalid or unsuccessful: the listing stays, and the filer is told the "
            "rejection reason (R59). Not an R56 outcome: the takedown was never processed.",
            online=True,
            terminal=True,
            processed=False,
            rule_ids=("R59",),
        ),
        StateInfo(
            s.TAKEN_DOWN,
            "Taken down",
            "Established and processed: the listing is removed. The seller may file a first "
            "counter-notice (R57, R61); the complaint may be withdrawn (B20).",
            online=False,
            terminal=False,
            processed=True,
            counter_notice_round=1,
            deadlines=(round_1, lazada, alibaba),
            rule_ids=("R57", "R60", "R61"),
        ),
    ]
    for k in (1, 2, 3):
        rows.append(
            StateInfo(
                s(f"counter_notified_{k}"),
                f"Counter-notified (round {k})",
                f"The seller filed counter-notice {k} of 3; the filer may accept or reject it with "
                "a reason, and the platform decides whether to reinstate (R57, R58, R61).",
                online=False,
                terminal=False,
                processed=True,
                counter_notice_round=k,
                deadlines=(reply,),
                rule_ids=("R57", "R58", "R61"),
            )
        )
    for k in (1, 2):
        rows.append(
            StateInfo(
                s(f"counter_notice_rejected_{k}"),
                f"Counter-notice {k} not established",
                f"Counter-notice {k} was rejected (by the filer with a reason, or by the "
                "platform), or its window passed; the listing stays down and the seller may use "
                f"chance {k + 1} of 3 (R61).",
                online=False,
                terminal=False,
                processed=True,
                counter_notice_round=k + 1,
                deadlines=(round_2_3,),
                rule_ids=("B20", "R61"),
            )
        )
    rows += [
        StateInfo(
            s.REINSTATED_BY_FILER,
            "Reinstated: filer accepted the counter-notice",
            "The filer accepted the seller's counter-notice; the listing is back online (R56.1).",
            online=True,
            terminal=True,
            processed=True,
            r56=R56Outcome.FILER_ACCEPTED_COUNTER_NOTICE,
            rule_ids=("R56", "R58"),
        ),
        StateInfo(
            s.REINSTATED_BY_PLATFORM,
            "Reinstated: platform accepted the counter-notice",
            "Alibaba accepted the seller's counter-notice; the listing is back online (R56.2).",
            online=True,
            terminal=True,
            processed=True,
            r56=R56Outcome.PLATFORM_ACCEPTED_COUNTER_NOTICE,
            rule_ids=("R56", "R57"),
        ),
        StateInfo(
            s.WITHDRAWN,
            "Withdrawn",
            "The filer withdrew the complaint; the listing is back online (R56.3, R65).",
            online=True,
            terminal=True,
            processed=True,
            r56=R56Outcome.FILER_WITHDREW,
            rule_ids=("R56", "R65", "B20"),
        ),
        StateInfo(
            s.WITHDRAWN_BEFORE_TAKEDOWN,
            "Withdrawn before takedown",
            "The filer withdrew the complaint while it was under review, where the reading "
            "allows it (R65 states no window; B20 allows a withdrawal only from the takedown "
            "on): the listing was never taken down and stays online. Not an R56 outcome.",
            online=True,
            terminal=True,
            processed=False,
            rule_ids=("R65",),
        ),
        StateInfo(
            s.CLOSED,
            "Closed",
            "The takedown stands: the last counter-notice failed or the counter-notice windows "
            "passed (R61).",
            online=False,
            terminal=True,
            processed=True,
            rule_ids=("R61",),
        ),
    ]
    return MappingProxyType({row.state: row for row in rows})


@functools.cache
def _events() -> Mapping[Event, EventInfo]:
    e = Event
    rows = (
        EventInfo(e.IPR_VERIFIED, "IPR verified", "platform", rule_ids=("R7",)),
        EventInfo(e.IPR_REFUSED, "IPR refused", "platform", rule_ids=("R7", "R9")),
        EventInfo(e.TAKEDOWN, "takedown processed", "platform", rule_ids=("R57",)),
        EventInfo(e.REJECT, "notice rejected", "platform", needs_reason=True, rule_ids=("R59",)),
        EventInfo(e.COUNTER_NOTICE_FILED, "counter-notice filed", "seller", rule_ids=("R61",)),
        EventInfo(
            e.COUNTER_NOTICE_WINDOW_EXPIRED,
            "counter-notice window passed",
            "clock",
            rule_ids=("R61",),
        ),
        EventInfo(
            e.FILER_ACCEPTS_COUNTER_NOTICE,
            "filer accepts the counter-notice",
            "filer",
            rule_ids=("R56", "R58"),
        ),
        EventInfo(
            e.FILER_REJECTS_COUNTER_NOTICE,
            "filer rejects the counter-notice",
            "filer",
            needs_reason=True,
            rule_ids=("B20", "R58"),
        ),
        EventInfo(
            e.PLATFORM_ACCEPTS_COUNTER_NOTICE,
            "platform accepts the counter-notice",
            "platform",
            rule_ids=("R56", "R57"),
        ),
        EventInfo(
            e.PLATFORM_REJECTS_COUNTER_NOTICE,
            "platform rejects the counter-notice",
            "platform",
            rule_ids=("R57",),
        ),
        EventInfo(e.WITHDRAW, "filer withdraws", "filer", rule_ids=("B20", "R56", "R65")),
    )
    return MappingProxyType({row.event: row for row in rows})


@rulebook_alias("rules")
def transitions(*, rulebook: RuleBook | ResolvedRules | None = None) -> tuple[Transition, ...]:
    """The transition table under a reading, in a stable order (the order of the diagram and
    the docs).

    The table holds the moves of every reading; the rule book's ``lifecycle`` section says
    where an event is allowed under each (B20: a withdrawal from the takedown on; R65 states no
    window). Where no record in force speaks of an event, its moves apply except those only
    some readings allow (:attr:`Transition.by_reading`). ``rulebook`` is a rule book (default: the
    embedded one, its default interpretation) or a view (see :mod:`ipprules.lifecycle.readings`).

    >>> len(transitions()) > 20
    True
    >>> from ipprules.rulebook import default_rulebook
    >>> official = default_rulebook().as_of("2024-06-03", "official")
    >>> [r.target.value for r in transitions(rulebook=official)
    ...  if (r.source, r.event) == (State.UNDER_REVIEW, Event.WITHDRAW)]
    ['withdrawn_before_takedown']
    """
    from ipprules.lifecycle.readings import opens, reading_of

    view = reading_of(rulebook)
    return tuple(row for row in _table() if opens(view, row.source, row.event, row.by_reading))


@functools.cache
def _table() -> tuple[Transition, ...]:
    """Every row of every reading."""
    s, e, t = State, Event, Transition
    rows: list[Transition] = [
        t(s.PENDING_VERIFICATION, e.IPR_VERIFIED, s.UNDER_REVIEW, ("R7",), ("S27", "S28"),
          "submitted automatically once the IPR is verified"),
        t(s.PENDING_VERIFICATION, e.IPR_REFUSED, s.REJECTED, ("R7", "R9"), ("S1", "S27"),
          "inferred: a complaint needs an approved IPR"),
        t(s.UNDER_REVIEW, e.TAKEDOWN, s.TAKEN_DOWN, ("R57",), ("S9",)),
        t(s.UNDER_REVIEW, e.REJECT, s.REJECTED, ("R59",), ("S17",),
          "the filer receives the rejection reason"),
        t(s.UNDER_REVIEW, e.WITHDRAW, s.WITHDRAWN_BEFORE_TAKEDOWN, ("R65",), ("S1", "S17"),
          "only where the reading allows a withdrawal before the takedown (R65, not B20)",
          by_reading=True),
        t(s.TAKEN_DOWN, e.COUNTER_NOTICE_FILED, s.COUNTER_NOTIFIED_1, ("R57", "R61"),
          ("S9", "S25")),
        t(s.TAKEN_DOWN, e.COUNTER_NOTICE_WINDOW_EXPIRED, s.COUNTER_NOTICE_REJECTED_1, ("R61",),
          ("S25",), "missing the deadline uses up the first chance"),
        t(s.TAKEN_DOWN, e.WITHDRAW, s.WITHDRAWN, ("B20", "R56", "R65"), ("S1", "S17")),
    ]  # fmt: skip
    for k in (1, 2, 3):
        notified = s(f"counter_notified_{k}")
        failed = s(f"counter_notice_rejected_{k}") if k < 3 else s.CLOSED
        last = " (the last chance: the takedown stands)" if k == 3 else ""
        rows += [
            t(notified, e.FILER_ACCEPTS_COUNTER_NOTICE, s.REINSTATED_BY_FILER,
              ("R56", "R58"), ("S1", "S17")),
            t(notified, e.PLATFORM_ACCEPTS_COUNTER_NOTICE, s.REINSTATED_BY_PLATFORM,
              ("R56", "R57"), ("S1", "S9")),
            t(notified, e.FILER_REJECTS_COUNTER_NOTICE, failed, ("B20", "R58", "R61"),
              ("S17", "S25"), "rejected with a reason" + last),
            t(notified, e.PLATFORM_REJECTS_COUNTER_NOTICE, failed, ("R57", "R61"),
              ("S9", "S25"), last.strip(" ()")),
            t(notified, e.WITHDRAW, s.WITHDRAWN, ("B20", "R56", "R65"), ("S1", "S17")),
        ]  # fmt: skip
    for k in (1, 2):
        failed = s(f"counter_notice_rejected_{k}")
        rows += [
            t(failed, e.COUNTER_NOTICE_FILED, s(f"counter_notified_{k + 1}"), ("R61",),
              ("S25",), f"chance {k + 1} of 3"),
            t(failed, e.COUNTER_NOTICE_WINDOW_EXPIRED, s.CLOSED, ("R61",), ("S25",),
              "the 2nd and 3rd chances share one window from receipt"),
            t(failed, e.WITHDRAW, s.WITHDRAWN, ("B20", "R56", "R65"), ("S1", "S17")),
        ]  # fmt: skip
    return tuple(rows)


@functools.cache
def _index() -> Mapping[tuple[State, Event], Transition]:
    return MappingProxyType({(row.source, row.event): row for row in _table()})


@rulebook_alias("rules")
def transition_for(
    state: State, event: Event, *, rulebook: RuleBook | ResolvedRules | None = None
) -> Transition | None:
    """The table row for ``event`` in ``state``, or ``None`` when the event is not allowed
    under the reading of ``rulebook`` (see :func:`transitions`).

    >>> transition_for(State.CLOSED, Event.WITHDRAW) is None
    True
    >>> transition_for(State.UNDER_REVIEW, Event.WITHDRAW) is None     # B20, the default
    True
    >>> transition_for("closed", "appeal")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: unknown event 'appeal'; known: ipr_verified, ...
    """
    from ipprules.lifecycle.readings import opens, reading_of

    row = _index().get((as_state(state), as_event(event)))
    if row is None or not opens(reading_of(rulebook), row.source, row.event, row.by_reading):
        return None
    return row


def table_row(state: State, event: Event) -> Transition | None:
    """The table's row for ``event`` in ``state`` under any reading (``None``: no reading has
    the move); :func:`transition_for` says whether a reading lets it apply.

    >>> table_row(State.UNDER_REVIEW, Event.WITHDRAW).by_reading
    True
    """
    return _index().get((as_state(state), as_event(event)))


def state_info(state: State) -> StateInfo:
    """The description of a state.

    >>> state_info(State.TAKEN_DOWN).deadlines[0].deadline_id
    'counter_notice_round_1'
    """
    return _states()[as_state(state)]


def event_info(event: Event) -> EventInfo:
    """The description of an event.

    >>> event_info(Event.FILER_REJECTS_COUNTER_NOTICE).needs_reason
    True
    """
    return _events()[as_event(event)]


def as_state(value: object) -> State:
    """``value`` as a :class:`State`: a member, or the exact value of one (``"taken_down"``).

    The one check of a state argument at the doors of the lifecycle API: a ``str`` that names
    no state raises :class:`~ipprules.errors.UnknownNameError`, anything else
    :class:`TypeError`. (:func:`~ipprules.lifecycle.machine.parse_state` is the lenient reader
    of names typed by people.)

    >>> as_state("taken_down")
    <State.TAKEN_DOWN: 'taken_down'>
    >>> as_state(None)
    Traceback (most recent call last):
    ...
    TypeError: state must be a State or its value (a str), got NoneType
    """
    return require_member(value, State, "state")


def as_event(value: object) -> Event:
    """``value`` as an :class:`Event`: a member, or the exact value of one; see :func:`as_state`.

    >>> as_event("withdraw")
    <Event.WITHDRAW: 'withdraw'>
    """
    return require_member(value, Event, "event")
