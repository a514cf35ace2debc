"""The complaint lifecycle: states, events and transitions as data, plus pure functions.

* :mod:`ipprules.lifecycle.states` - the enums and the transition table (with rule and source
  ids, and the deadline ids that run in each state).
* :mod:`ipprules.lifecycle.machine` - :func:`step`, :func:`replay`, :func:`allowed_events`,
  :func:`apply_batch`, :func:`reject_counter_notices`, :func:`stays_online` (R56),
  :func:`differs_under`, :func:`mermaid`.
* :mod:`ipprules.lifecycle.readings` - where the moves depend on the reading of the rules:
  the rule book's ``lifecycle`` section (B20's withdrawal window and batch rejection; R65,
  R67 under ``official``). Every function takes ``rulebook=`` (a rule book or a view;
  ``rules=``, its old name, still works with a DeprecationWarning).
* :mod:`ipprules.lifecycle.deadlines` - :func:`deadline_for`, :func:`next_deadlines`,
  :func:`lifecycle_report`: the deadlines of the rule book counted from event dates.
* :mod:`ipprules.lifecycle.reading` - :func:`read_events`: a complaint's events from a JSON
  or TOML file, as ``ipprules lifecycle EVENTS_FILE`` reads them (:class:`ComplaintEvents`;
  its ``report()`` replays them).

>>> from ipprules.lifecycle import replay, stays_online
>>> stays_online(replay(["ipr_verified", "takedown", "counter_notice_filed",
...                      "platform_accepts_counter_notice"]))
<R56Outcome.PLATFORM_ACCEPTED_COUNTER_NOTICE: 'platform_accepted_counter_notice'>
"""

from __future__ import annotations

from ipprules.lifecycle.deadlines import (
    OUTSIDE_STARTS,
    DeadlineFlag,
    DeadlineResult,
    Deadlines,
    DeadlineStatus,
    FlagKind,
    LifecycleReport,
    ReadingNote,
    TraceMove,
    deadline_for,
    deadlines_from,
    due_date,
    lifecycle_report,
    next_deadlines,
)
from ipprules.lifecycle.machine import (
    BatchResult,
    EventRecord,
    IllegalTransition,
    ItemResult,
    allowed_events,
    apply_batch,
    deadline_hooks,
    differs_under,
    is_online,
    is_terminal,
    mermaid,
    parse_event,
    parse_state,
    reachable_states,
    reject_counter_notices,
    replay,
    stays_online,
    step,
    trace,
)
from ipprules.lifecycle.reading import ComplaintEvents, read_events
from ipprules.lifecycle.states import (
    INITIAL_STATE,
    STARTS_AT,
    DeadlineHook,
    Event,
    EventInfo,
    HookCondition,
    R56Outcome,
    State,
    StateInfo,
    Transition,
    event_info,
    state_info,
    transition_for,
    transitions,
)

__all__ = [
    "INITIAL_STATE",
    "OUTSIDE_STARTS",
    "STARTS_AT",
    "BatchResult",
    "ComplaintEvents",
    "DeadlineFlag",
    "DeadlineHook",
    "DeadlineResult",
    "DeadlineStatus",
    "Deadlines",
    "Event",
    "EventInfo",
    "EventRecord",
    "FlagKind",
    "HookCondition",
    "IllegalTransition",
    "ItemResult",
    "LifecycleReport",
    "R56Outcome",
    "ReadingNote",
    "State",
    "StateInfo",
    "TraceMove",
    "Transition",
    "allowed_events",
    "apply_batch",
    "deadline_for",
    "deadline_hooks",
    "deadlines_from",
    "differs_under",
    "due_date",
    "event_info",
    "is_online",
    "is_terminal",
    "lifecycle_report",
    "mermaid",
    "next_deadlines",
    "parse_event",
    "parse_state",
    "reachable_states",
    "read_events",
    "reject_counter_notices",
    "replay",
    "state_info",
    "stays_online",
    "step",
    "trace",
    "transition_for",
    "transitions",
]
