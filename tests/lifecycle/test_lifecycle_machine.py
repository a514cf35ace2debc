"""The complaint state machine: table integrity, each transition, R56, batches, the diagram."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from ipprules.errors import IpprulesError, UnknownNameError
from ipprules.lifecycle import (
    INITIAL_STATE,
    Event,
    EventRecord,
    IllegalTransition,
    R56Outcome,
    State,
    allowed_events,
    apply_batch,
    deadline_hooks,
    event_info,
    is_online,
    is_terminal,
    mermaid,
    parse_event,
    parse_state,
    reachable_states,
    reject_counter_notices,
    replay,
    state_info,
    stays_online,
    step,
    trace,
    transition_for,
    transitions,
)
from ipprules.rulebook import default_rulebook

S, E = State, Event
RULEBOOK_DEADLINE_IDS = {
    "counter_notice_round_1",
    "counter_notice_lazada",
    "counter_notice_round_2_3",
    "seller_response_alibaba_com",
    "ipr_verification",
    "filer_reply_to_counter_notice",
    "processing_general",
    "processing_counterfeit",
    "processing_alibaba_com_review",
    "processing_lazada_ipp_plus",
}

# every transition, written out by hand from the rules (the table must match exactly)
EXPECTED = {
    (S.PENDING_VERIFICATION, E.IPR_VERIFIED): S.UNDER_REVIEW,
    (S.PENDING_VERIFICATION, E.IPR_REFUSED): S.REJECTED,
    (S.UNDER_REVIEW, E.TAKEDOWN): S.TAKEN_DOWN,
    (S.UNDER_REVIEW, E.REJECT): S.REJECTED,
    (S.TAKEN_DOWN, E.COUNTER_NOTICE_FILED): S.COUNTER_NOTIFIED_1,
    (S.TAKEN_DOWN, E.COUNTER_NOTICE_WINDOW_EXPIRED): S.COUNTER_NOTICE_REJECTED_1,
    (S.TAKEN_DOWN, E.WITHDRAW): S.WITHDRAWN,
    (S.COUNTER_NOTICE_REJECTED_1, E.COUNTER_NOTICE_FILED): S.COUNTER_NOTIFIED_2,
    (S.COUNTER_NOTICE_REJECTED_1, E.COUNTER_NOTICE_WINDOW_EXPIRED): S.CLOSED,
    (S.COUNTER_NOTICE_REJECTED_1, E.WITHDRAW): S.WITHDRAWN,
    (S.COUNTER_NOTICE_REJECTED_2, E.COUNTER_NOTICE_FILED): S.COUNTER_NOTIFIED_3,
    (S.COUNTER_NOTICE_REJECTED_2, E.COUNTER_NOTICE_WINDOW_EXPIRED): S.CLOSED,
    (S.COUNTER_NOTICE_REJECTED_2, E.WITHDRAW): S.WITHDRAWN,
}
for _k, _failed in (
    (1, S.COUNTER_NOTICE_REJECTED_1),
    (2, S.COUNTER_NOTICE_REJECTED_2),
    (3, S.CLOSED),
):
    _cn = S(f"counter_notified_{_k}")
    EXPECTED[(_cn, E.FILER_ACCEPTS_COUNTER_NOTICE)] = S.REINSTATED_BY_FILER
    EXPECTED[(_cn, E.PLATFORM_ACCEPTS_COUNTER_NOTICE)] = S.REINSTATED_BY_PLATFORM
    EXPECTED[(_cn, E.FILER_REJECTS_COUNTER_NOTICE)] = _failed
    EXPECTED[(_cn, E.PLATFORM_REJECTS_COUNTER_NOTICE)] = _failed
    EXPECTED[(_cn, E.WITHDRAW)] = S.WITHDRAWN


# -- the table -----------------------------------------------------------------------------


def test_table_is_exactly_the_expected_transitions() -> None:
    table = {(t.source, t.event): t.target for t in transitions()}
    assert table == EXPECTED
    assert len(transitions()) == len(EXPECTED)  # no duplicate (state, event) rows


@pytest.mark.parametrize(("key", "target"), sorted(EXPECTED.items()))
def test_each_transition(key: tuple[State, Event], target: State) -> None:
    state, event = key
    assert step(state, event) is target
    assert event in allowed_events(state)


@pytest.mark.parametrize(
    ("state", "event"), [(s, e) for s in State for e in Event if (s, e) not in EXPECTED]
)
def test_each_refusal(state: State, event: Event) -> None:
    with pytest.raises(IllegalTransition) as info:
        step(state, event)
    err = info.value
    assert (err.state, err.event) == (state, event)
    assert err.allowed == allowed_events(state)
    assert f"in state {state.value!r}" in str(err)
    assert f"event {event.value!r}" in str(err)
    for other in err.allowed:
        assert other.value in str(err)


def test_every_row_cites_rules_and_sources() -> None:
    for row in transitions():
        assert row.rule_ids, row
        assert row.source_ids, row
        assert all(re.fullmatch(r"[BRD]\d+", r) for r in row.rule_ids), row
        assert all(re.fullmatch(r"S\d+[a-z]?", s) for s in row.source_ids), row


def test_every_state_and_event_is_described() -> None:
    for state in State:
        info = state_info(state)
        assert info.state is state
        assert info.label
        assert info.rule_ids
        assert info.terminal == (allowed_events(state) == ())
    for event in Event:
        assert event_info(event).event is event
        assert event_info(event).rule_ids


def test_every_state_is_reachable_and_can_finish() -> None:
    # under the brief (B20) a complaint under review cannot be withdrawn; R65 (official) can
    assert reachable_states() == frozenset(State) - {S.WITHDRAWN_BEFORE_TAKEDOWN}
    book = default_rulebook()
    views = [book.as_of("2024-06-03", name) for name in book.interpretations]
    assert frozenset().union(*(reachable_states(rulebook=v) for v in views)) == frozenset(State)
    for state in State:
        assert any(is_terminal(s) for s in reachable_states(state))


def test_deadline_hooks_use_rulebook_ids() -> None:
    used = {h.deadline_id for s in State for h in deadline_hooks(s)}
    assert used == RULEBOOK_DEADLINE_IDS
    assert [h.deadline_id for h in deadline_hooks(S.TAKEN_DOWN)] == [
        "counter_notice_round_1",
        "counter_notice_lazada",
        "seller_response_alibaba_com",
    ]
    assert deadline_hooks(S.COUNTER_NOTIFIED_2)[0].deadline_id == "filer_reply_to_counter_notice"
    # R61: every counter-notice window is counted from receipt of the complaint; R60: the
    # Alibaba.com seller response from the notice, a date outside the machine
    for state in (S.TAKEN_DOWN, S.COUNTER_NOTICE_REJECTED_1, S.COUNTER_NOTICE_REJECTED_2):
        for hook in deadline_hooks(state):
            expected = None if hook.deadline_id == "seller_response_alibaba_com" else E.TAKEDOWN
            assert hook.counted_from is expected


def test_every_hook_counts_from_the_event_its_rule_names() -> None:
    from ipprules import default_rulebook
    from ipprules.lifecycle import STARTS_AT

    book = default_rulebook()
    for state in State:
        for hook in deadline_hooks(state):
            for record in book.records("deadlines"):
                if record.id == hook.deadline_id:
                    starts_at = record.starts_at  # type: ignore[attr-defined]
                    assert STARTS_AT[starts_at] is hook.counted_from, (state, hook)
    for state in State:
        if is_terminal(state):
            assert deadline_hooks(state) == ()


def test_counter_notice_rounds() -> None:
    rounds = [state_info(s).counter_notice_round for s in State]
    assert max(r for r in rounds if r is not None) == 3  # R61: three chances
    # a fourth counter-notice is impossible
    three_failed = replay(
        ["ipr_verified", "takedown"]
        + ["counter_notice_filed", "platform_rejects_counter_notice"] * 3
    )
    assert three_failed is S.CLOSED
    assert E.COUNTER_NOTICE_FILED not in allowed_events(three_failed)


# -- R56 -----------------------------------------------------------------------------------


def paths(state: State = INITIAL_STATE) -> Iterator[tuple[tuple[Event, ...], State]]:
    """Every path through the (acyclic) graph, as (events, final state), ending anywhere."""
    yield (), state
    for event in allowed_events(state):
        for rest, end in paths(step(state, event)):
            yield (event, *rest), end


def test_graph_is_acyclic() -> None:
    all_paths = list(paths())
    assert all(len(events) <= 12 for events, _ in all_paths)


def test_r56_exactly_three_ways_to_stay_online_after_processing() -> None:
    outcomes: set[R56Outcome] = set()
    last_events: set[Event] = set()
    for events, end in paths():
        visited = trace(events)
        processed = S.TAKEN_DOWN in visited
        if processed and is_online(end):
            reason = stays_online(end)
            assert reason is not None, events
            outcomes.add(reason)
            last_events.add(events[-1])
        else:
            assert stays_online(end) is None, events
    assert outcomes == set(R56Outcome)
    assert len(R56Outcome) == 3
    assert last_events == {
        E.FILER_ACCEPTS_COUNTER_NOTICE,
        E.PLATFORM_ACCEPTS_COUNTER_NOTICE,
        E.WITHDRAW,
    }
    assert [s for s in State if stays_online(s) is not None] == [
        S.REINSTATED_BY_FILER,
        S.REINSTATED_BY_PLATFORM,
        S.WITHDRAWN,
    ]


def test_once_taken_down_a_listing_is_offline_until_an_r56_outcome() -> None:
    for state in State:
        info = state_info(state)
        if info.processed:
            assert info.online == (info.r56 is not None), state


def test_withdrawal_only_while_subject_to_counter_notification() -> None:
    # B20: processing subject to counter-notification = taken down, any counter-notice stage
    allowed = {s for s in State if E.WITHDRAW in allowed_events(s)}
    assert allowed == {
        S.TAKEN_DOWN,
        S.COUNTER_NOTIFIED_1,
        S.COUNTER_NOTIFIED_2,
        S.COUNTER_NOTIFIED_3,
        S.COUNTER_NOTICE_REJECTED_1,
        S.COUNTER_NOTICE_REJECTED_2,
    }
    with pytest.raises(IllegalTransition, match="allowed: takedown, reject"):
        step(S.UNDER_REVIEW, E.WITHDRAW)


def test_rejected_notice_is_online_but_not_an_r56_outcome() -> None:
    state = replay(["ipr_verified", EventRecord(E.REJECT, reason="no proof of use")])
    assert state is S.REJECTED
    assert is_online(state)
    assert stays_online(state) is None


# -- events, parsing, replay ---------------------------------------------------------------


def test_event_records() -> None:
    record = EventRecord("filer-rejects-counter-notice", on=date(2024, 10, 8), reason="forged")
    assert record.event is E.FILER_REJECTS_COUNTER_NOTICE
    with pytest.raises(IpprulesError, match="needs a reason"):
        EventRecord(E.FILER_REJECTS_COUNTER_NOTICE)
    with pytest.raises(IpprulesError, match="non-empty"):
        EventRecord(E.REJECT, reason="  ")
    with pytest.raises(UnknownNameError):
        EventRecord("appeal")
    assert EventRecord(E.WITHDRAW, reason="settled").reason == "settled"


def test_parse_names() -> None:
    assert parse_event(" IPR verified ") is E.IPR_VERIFIED
    assert parse_state("COUNTER-NOTIFIED-2") is S.COUNTER_NOTIFIED_2
    with pytest.raises(UnknownNameError, match="known: ipr_verified, ipr_refused") as info:
        parse_event("appeal")
    assert info.value.known == tuple(e.value for e in Event)
    with pytest.raises(UnknownNameError, match="unknown state"):
        parse_state("deleted")
    with pytest.raises(TypeError, match="got int 3"):  # a wrong type, not an unknown name
        parse_event(3)  # type: ignore[arg-type]


def test_replay_and_trace() -> None:
    events = ["ipr_verified", "takedown", "counter_notice_window_expired", "counter_notice_filed"]
    assert trace(events) == (
        S.PENDING_VERIFICATION,
        S.UNDER_REVIEW,
        S.TAKEN_DOWN,
        S.COUNTER_NOTICE_REJECTED_1,
        S.COUNTER_NOTIFIED_2,
    )
    assert replay(events) is S.COUNTER_NOTIFIED_2
    assert replay([]) is INITIAL_STATE
    assert replay(["counter_notice_filed"], start=S.TAKEN_DOWN) is S.COUNTER_NOTIFIED_1
    with pytest.raises(IllegalTransition, match="allowed: ipr_verified, ipr_refused"):
        replay(["takedown"])


def test_final_state_error_message() -> None:
    with pytest.raises(IllegalTransition, match="'closed' is final: no event is allowed"):
        step(S.CLOSED, E.WITHDRAW)


def test_transition_for() -> None:
    row = transition_for(S.COUNTER_NOTIFIED_3, E.FILER_REJECTS_COUNTER_NOTICE)
    assert row is not None
    assert row.target is S.CLOSED
    assert "B20" in row.rule_ids
    assert transition_for(S.CLOSED, E.TAKEDOWN) is None


# -- batches (B20) -------------------------------------------------------------------------


def test_batch_rejection_never_stops_half_way() -> None:
    states = {
        "l1": S.COUNTER_NOTIFIED_1,
        "l2": S.UNDER_REVIEW,  # no counter-notice: refused, and the batch goes on
        "l3": S.COUNTER_NOTIFIED_2,
        "l4": S.WITHDRAWN,
        "l5": S.COUNTER_NOTIFIED_3,
    }
    result = reject_counter_notices(states, reason="the invoice is forged", on=date(2024, 10, 8))
    assert [i.key for i in result.items] == list(states)
    assert result.states == {
        "l1": S.COUNTER_NOTICE_REJECTED_1,
        "l2": S.UNDER_REVIEW,
        "l3": S.COUNTER_NOTICE_REJECTED_2,
        "l4": S.WITHDRAWN,
        "l5": S.CLOSED,
    }
    assert [i.key for i in result.succeeded] == ["l1", "l3", "l5"]
    assert [i.key for i in result.failed] == ["l2", "l4"]
    failed = result.failed[0].error
    assert failed is not None
    assert failed.allowed == (E.TAKEDOWN, E.REJECT)
    assert result.event.reason == "the invoice is forged"
    assert result.event.on == date(2024, 10, 8)
    with pytest.raises(IpprulesError, match="non-empty"):
        reject_counter_notices(states, reason="")


def test_complaint_wide_event_applies_to_every_listing() -> None:
    complaint = dict.fromkeys(range(300), INITIAL_STATE)
    result = apply_batch(complaint, E.IPR_VERIFIED)
    assert set(result.states.values()) == {S.UNDER_REVIEW}
    assert len(result.succeeded) == 300
    assert not result.failed


# -- the diagram ---------------------------------------------------------------------------


def test_mermaid_is_generated_from_the_table() -> None:
    text = mermaid()
    lines = text.splitlines()
    assert lines[0] == "stateDiagram-v2"
    assert f"    [*] --> {INITIAL_STATE.value}" in lines
    arrows = [line.strip() for line in lines if "-->" in line and "[*]" not in line]
    assert arrows == [f"{t.source} --> {t.target} : {t.event}" for t in transitions()]
    finals = {line.split()[0] for line in lines if line.endswith("--> [*]")}
    assert finals == {s.value for s in reachable_states() if is_terminal(s)}
    assert mermaid() == text  # deterministic
