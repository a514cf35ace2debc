"""A Hypothesis rule-based state machine drives random event sequences through the lifecycle."""

from __future__ import annotations

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from ipprules.lifecycle import (
    INITIAL_STATE,
    Event,
    IllegalTransition,
    State,
    allowed_events,
    is_online,
    is_terminal,
    reachable_states,
    replay,
    state_info,
    stays_online,
    step,
    trace,
    transition_for,
)


class ListingLifecycle(RuleBasedStateMachine):
    """Throws any event at a listing; the model is the event log and the table itself."""

    def __init__(self) -> None:
        super().__init__()
        self.state = INITIAL_STATE
        self.accepted: list[Event] = []
        self.was_taken_down = False

    @rule(event=st.sampled_from(Event))
    def any_event(self, event: Event) -> None:
        allowed = allowed_events(self.state)
        if event in allowed:
            new = step(self.state, event)
            row = transition_for(self.state, event)
            assert row is not None
            assert new is row.target
            self.state = new
            self.accepted.append(event)
            self.was_taken_down |= new is State.TAKEN_DOWN
        else:
            before = self.state
            with pytest.raises(IllegalTransition) as info:
                step(self.state, event)
            assert info.value.state is before
            assert info.value.event is event
            assert info.value.allowed == allowed
            assert self.state is before

    @precondition(lambda self: not is_terminal(self.state))
    @rule(data=st.data())
    def allowed_event(self, data: st.DataObject) -> None:
        # steer towards deep paths: pick among the allowed events, mostly those that do not end
        # the listing's life, so that every counter-notice round is reached
        allowed = allowed_events(self.state)
        onward = tuple(e for e in allowed if not is_terminal(step(self.state, e)))
        if onward and data.draw(st.integers(0, 4), label="keep going") > 0:
            allowed = onward
        event = data.draw(st.sampled_from(allowed))
        self.state = step(self.state, event)
        self.accepted.append(event)
        self.was_taken_down |= self.state is State.TAKEN_DOWN

    @invariant()
    def state_is_legal(self) -> None:
        assert self.state in reachable_states()

    @invariant()
    def replay_is_deterministic(self) -> None:
        assert replay(self.accepted) is self.state
        assert replay(tuple(self.accepted)) is self.state
        assert trace(self.accepted)[-1] is self.state

    @invariant()
    def online_after_processing_only_through_r56(self) -> None:
        if self.was_taken_down and is_online(self.state):
            assert stays_online(self.state) is not None
        if stays_online(self.state) is not None:
            assert self.was_taken_down
            assert is_terminal(self.state)

    @invariant()
    def at_most_three_counter_notices(self) -> None:
        assert self.accepted.count(Event.COUNTER_NOTICE_FILED) <= 3
        round_ = state_info(self.state).counter_notice_round
        assert round_ is None or 1 <= round_ <= 3


ListingLifecycle.TestCase.settings = settings(max_examples=60, stateful_step_count=20)
TestListingLifecycle = ListingLifecycle.TestCase
