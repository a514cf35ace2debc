"""Hostile states at the doors of the lifecycle API: a str that names no state raises
UnknownNameError, a non-str non-State TypeError; never an AttributeError or a silent answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from ipprules import lifecycle as L
from ipprules.errors import UnknownNameError
from ipprules.lifecycle import Event, State


def _n(value: str) -> Any:
    """A state or event given by its value, as a caller without the enums would."""
    return value


#: One call per function taking a state; ``s`` is where the state goes.
CALLS: dict[str, Callable[[Any], object]] = {
    "step": lambda s: L.step(s, "takedown"),
    "trace": lambda s: L.trace(["takedown"], start=s),
    "trace_empty": lambda s: L.trace([], start=s),
    "replay": lambda s: L.replay(["takedown"], start=s),
    "replay_empty": lambda s: L.replay([], start=s),
    "allowed_events": lambda s: L.allowed_events(s),
    "transition_for": lambda s: L.transition_for(s, Event.TAKEDOWN),
    "state_info": lambda s: L.state_info(s),
    "is_terminal": lambda s: L.is_terminal(s),
    "is_online": lambda s: L.is_online(s),
    "stays_online": lambda s: L.stays_online(s),
    "deadline_hooks": lambda s: L.deadline_hooks(s),
    "reachable_states": lambda s: L.reachable_states(s),
    "apply_batch": lambda s: L.apply_batch({"a": s}, "takedown"),
    "reject_counter_notices": lambda s: L.reject_counter_notices({"a": s}, "forged"),
    "next_deadlines": lambda s: L.next_deadlines(s, {}),
    "lifecycle_report": lambda s: L.lifecycle_report([], start=s),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_an_unknown_state_name_is_an_unknown_name(name: str) -> None:
    with pytest.raises(UnknownNameError, match="unknown state 'x'") as info:
        CALLS[name]("x")
    assert info.value.known == tuple(s.value for s in State)


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("junk", [None, 3, 2.5, b"taken_down", ["taken_down"]])
def test_a_state_of_the_wrong_type_is_a_type_error(name: str, junk: object) -> None:
    with pytest.raises(TypeError, match="state must be a State"):
        CALLS[name](junk)


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("state", [State.UNDER_REVIEW, "under_review"])
def test_a_valid_state_works_as_a_member_or_its_value(name: str, state: State | str) -> None:
    CALLS[name](state)  # no error


def test_a_valid_state_gives_the_same_answers_as_a_member_or_its_value() -> None:
    assert L.step(_n("under_review"), "takedown") is State.TAKEN_DOWN
    assert L.step(_n("pending_verification"), "ipr_verified") is State.UNDER_REVIEW
    assert L.trace([], start=_n("taken_down")) == (State.TAKEN_DOWN,)
    assert L.replay(["counter_notice_filed"], start=_n("taken_down")) is State.COUNTER_NOTIFIED_1
    assert L.allowed_events(_n("closed")) == () == L.allowed_events(State.CLOSED)
    assert L.allowed_events(_n("under_review")) == L.allowed_events(State.UNDER_REVIEW)
    row = L.transition_for(_n("taken_down"), _n("counter_notice_filed"))
    assert row is not None and row.target is State.COUNTER_NOTIFIED_1
    assert L.transition_for(_n("closed"), _n("withdraw")) is None
    batch = L.reject_counter_notices({"a": _n("counter_notified_1"), "b": _n("closed")}, "forged")
    assert batch.items[0].before is State.COUNTER_NOTIFIED_1
    assert [(i.after, i.ok) for i in batch.items] == [
        (State.COUNTER_NOTICE_REJECTED_1, True),
        (State.CLOSED, False),
    ]
    assert L.reachable_states(_n("closed")) == frozenset({State.CLOSED})


def test_an_illegal_event_in_a_state_given_by_name_is_still_an_illegal_transition() -> None:
    with pytest.raises(L.IllegalTransition, match="in state 'closed'"):
        L.step(_n("closed"), "takedown")


def test_transition_for_checks_the_event_too() -> None:
    with pytest.raises(UnknownNameError, match="unknown event 'y'"):
        L.transition_for(State.CLOSED, "y")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="event must be an Event"):
        L.transition_for(State.CLOSED, None)  # type: ignore[arg-type]
    with pytest.raises(UnknownNameError, match="unknown state 'x'"):
        L.transition_for("x", "y")  # type: ignore[arg-type]


def test_a_bad_state_in_a_batch_moves_nothing() -> None:
    states: dict[str, Any] = {"a": State.UNDER_REVIEW, "b": "x"}
    with pytest.raises(UnknownNameError):
        L.apply_batch(states, "takedown")
    with pytest.raises(TypeError, match="mapping"):
        L.apply_batch(None, "takedown")  # type: ignore[arg-type]


def test_events_must_be_a_list_not_a_string() -> None:
    with pytest.raises(TypeError, match="events must be an iterable"):
        L.trace("takedown")
    with pytest.raises(TypeError, match="events must be an iterable"):
        L.replay(None)  # type: ignore[arg-type]


def test_a_dated_report_from_a_bad_start_names_the_state() -> None:
    events = [L.EventRecord("takedown", on=date(2024, 9, 27))]
    with pytest.raises(UnknownNameError, match="unknown state 'x'"):
        L.lifecycle_report(events, start="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        L.lifecycle_report(events, start=None)  # type: ignore[arg-type]
