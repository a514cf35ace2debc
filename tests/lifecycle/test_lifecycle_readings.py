"""R-5: the lifecycle has readings. B20 (the brief, the default) allows a withdrawal only from
the takedown on and a batch rejection of counter-notices; R65 (official) states no withdrawal
window, and R67 finds no "batch reject" (a gap). Both readings are rule-book data; wherever they
answer otherwise, the answer says so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.errors import RuleDataError
from ipprules.lifecycle import (
    INITIAL_STATE,
    Event,
    EventRecord,
    IllegalTransition,
    State,
    allowed_events,
    apply_batch,
    differs_under,
    event_info,
    is_online,
    is_terminal,
    lifecycle_report,
    mermaid,
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
from ipprules.lifecycle.states import table_row
from ipprules.rulebook import default_rulebook, load_rulebook
from ipprules.rulebook.model import LIFECYCLE_EVENTS, LIFECYCLE_MOVES, LIFECYCLE_STATES, Answer

S, E = State, Event
BOOK = default_rulebook()
DAY = "2024-06-03"
VIEWS = {name: BOOK.as_of(DAY, name) for name in BOOK.interpretations}
OFFICIAL = VIEWS["official"]
BRIEF = VIEWS["brief"]
#: B20: processing subject to counter-notification (the takedown and every counter-notice stage)
B20_WINDOW = {
    S.TAKEN_DOWN,
    S.COUNTER_NOTIFIED_1,
    S.COUNTER_NOTIFIED_2,
    S.COUNTER_NOTIFIED_3,
    S.COUNTER_NOTICE_REJECTED_1,
    S.COUNTER_NOTICE_REJECTED_2,
}


def _withdrawable(rules: Any = None) -> set[State]:
    return {s for s in State if E.WITHDRAW in allowed_events(s, rulebook=rules)}


# -- the repro of the finding ----------------------------------------------------------------


def test_a_withdrawal_under_review_is_refused_by_the_brief_naming_official() -> None:
    with pytest.raises(IllegalTransition) as info:
        step(S.UNDER_REVIEW, E.WITHDRAW)
    err = info.value
    assert err.other_readings == ("official",)
    assert err.rule_ids == ("B20", "R65", "R56", "R58")
    assert err.allowed == (E.TAKEDOWN, E.REJECT)  # the default's choices are unchanged
    assert "allowed under: official (R65, R56, R58)" in str(err)
    # every reading that refuses is named, not only this one (brief-at-least-100 refuses too)
    assert "not under brief, brief-at-least-100 (B20); allowed under: official" in str(err)


def test_a_withdrawal_under_review_is_allowed_under_official() -> None:
    after = step(S.UNDER_REVIEW, E.WITHDRAW, rulebook=OFFICIAL)
    assert after is S.WITHDRAWN_BEFORE_TAKEDOWN
    info = state_info(after)
    # never taken down: online, final, not processed, and so not an R56 outcome
    assert (info.online, info.terminal, info.processed) == (True, True, False)
    assert stays_online(after) is None
    assert differs_under(S.UNDER_REVIEW, E.WITHDRAW, rulebook=OFFICIAL) == (
        "brief",
        "brief-at-least-100",
    )


def test_the_window_of_each_reading() -> None:
    assert _withdrawable() == B20_WINDOW
    assert _withdrawable(BRIEF) == B20_WINDOW == _withdrawable(VIEWS["brief-at-least-100"])
    assert _withdrawable(OFFICIAL) == B20_WINDOW | {S.UNDER_REVIEW}
    # no reading withdraws a complaint not submitted yet (R7) or one already decided
    for view in VIEWS.values():
        assert S.PENDING_VERIFICATION not in _withdrawable(view)
        assert not any(is_terminal(s) for s in _withdrawable(view))


def test_the_default_table_and_diagram_are_unchanged_by_the_readings() -> None:
    default = transitions()
    assert default == transitions(rulebook=BOOK) == transitions(rulebook=BRIEF)
    extra = [row for row in transitions(rulebook=OFFICIAL) if row not in default]
    assert [(r.source, r.event, r.target) for r in extra] == [
        (S.UNDER_REVIEW, E.WITHDRAW, S.WITHDRAWN_BEFORE_TAKEDOWN)
    ]
    assert extra[0].rule_ids == ("R65",)
    assert "withdrawn_before_takedown" not in mermaid()
    assert "under_review --> withdrawn_before_takedown : withdraw" in mermaid(rulebook=OFFICIAL)
    assert reachable_states(rulebook=OFFICIAL) == frozenset(State)


# -- every move, every reading (Hypothesis) --------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    state=st.sampled_from(State),
    event=st.sampled_from(Event),
    name=st.sampled_from(BOOK.interpretations),
)
def test_differs_under_names_exactly_the_readings_that_answer_otherwise(
    state: State, event: Event, name: str
) -> None:
    view = VIEWS[name]
    here = transition_for(state, event, rulebook=view) is not None
    expected = tuple(
        other
        for other in BOOK.interpretations
        if other != name
        and (transition_for(state, event, rulebook=VIEWS[other]) is not None) != here
    )
    assert differs_under(state, event, rulebook=view) == expected
    if here:
        row = transition_for(state, event, rulebook=view)
        assert row is not None and step(state, event, rulebook=view) is row.target
        return
    with pytest.raises(IllegalTransition) as info:
        step(state, event, rulebook=view)
    assert info.value.other_readings == expected
    assert ("allowed under:" in str(info.value)) == bool(expected)
    if expected:
        _assert_sides_named(str(info.value), name, expected)


def _assert_sides_named(message: str, name: str, expected: tuple[str, ...]) -> None:
    """The message names every reading of the book once, on its side: those that refuse the
    move (this one first) before ``allowed under:``, those that allow it after."""
    refused, _, allowed = message.partition("the readings differ: not under ")[2].partition(
        "; allowed under: "
    )
    refusing = refused.rpartition(" (")[0].split(", ")
    allowing = allowed.rpartition(" (")[0].split(", ")
    assert refusing[0] == name
    assert tuple(allowing) == expected
    assert sorted(refusing + allowing) == sorted(BOOK.interpretations)


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(BOOK.interpretations),
    data=st.data(),
)
def test_random_walks_of_each_reading_keep_the_invariants(name: str, data: st.DataObject) -> None:
    view = VIEWS[name]
    state, taken_down = INITIAL_STATE, False
    events: list[EventRecord] = []
    for _ in range(data.draw(st.integers(0, 12), label="length")):
        allowed = allowed_events(state, rulebook=view)
        if not allowed:
            break
        event = data.draw(st.sampled_from(allowed))
        events.append(EventRecord(event, reason="x" if event_info(event).needs_reason else None))
        state = step(state, event, rulebook=view)
        taken_down |= state is S.TAKEN_DOWN
        # R56: once taken down, only its three situations bring a listing back online
        if taken_down and is_online(state):
            assert stays_online(state) is not None
        assert state is not S.WITHDRAWN_BEFORE_TAKEDOWN or not taken_down
    assert replay(events, rulebook=view) is state
    assert trace(events, rulebook=view)[-1] is state
    report = lifecycle_report(events, view)
    assert report.state is state
    assert report.interpretation == name
    # a note for exactly the events whose move another reading answers otherwise
    noted = {n.index for n in report.readings}
    before = trace(events, rulebook=view)
    assert noted == {i for i, e in enumerate(events) if differs_under(before[i], e, rulebook=view)}


# -- batches (B20 vs R67) ---------------------------------------------------------------------


def test_batch_rejection_is_b20_under_the_brief_and_unknown_under_official() -> None:
    states = {"a": S.COUNTER_NOTIFIED_1, "b": S.UNDER_REVIEW, "c": S.COUNTER_NOTIFIED_3}
    brief = reject_counter_notices(states, reason="forged")
    assert (brief.batch, brief.rule_ids, brief.interpretation) == (Answer.YES, ("B20",), "brief")
    assert brief.other_readings == ("official",)
    official = reject_counter_notices(states, reason="forged", rulebook=OFFICIAL)
    assert official.batch is Answer.UNKNOWN
    assert official.rule_ids == ("R67", "R58")
    assert "R67" in official.note or "batch reject" in official.note
    assert official.other_readings == ("brief", "brief-at-least-100")
    # each listing's rejection is the same under both readings (a documented reply, R58)
    assert official.states == brief.states
    assert [i.ok for i in official.items] == [True, False, True]


def test_a_batch_says_which_items_another_reading_answers_otherwise() -> None:
    states = {"in review": S.UNDER_REVIEW, "down": S.TAKEN_DOWN, "closed": S.CLOSED}
    result = apply_batch(states, E.WITHDRAW)
    assert result.batch is None and result.rule_ids == ()
    assert [(i.key, i.ok, i.other_readings) for i in result.items] == [
        ("in review", False, ("official",)),
        ("down", True, ()),
        ("closed", False, ()),
    ]
    assert result.other_readings == ("official",)
    assert result.items[0].error is not None
    assert result.items[0].error.other_readings == ("official",)
    under = apply_batch(states, E.WITHDRAW, rulebook=OFFICIAL)
    assert under.states["in review"] is S.WITHDRAWN_BEFORE_TAKEDOWN
    assert under.other_readings == ("brief", "brief-at-least-100")
    # a complaint-wide event: no rule on batches, no reading differs
    verified = apply_batch({"x": INITIAL_STATE}, E.IPR_VERIFIED, rulebook=OFFICIAL)
    assert (verified.batch, verified.other_readings) == (None, ())


# -- reports --------------------------------------------------------------------------------


def test_a_report_under_official_notes_the_brief() -> None:
    events = [
        EventRecord("ipr_verified", on="2024-06-03"),
        EventRecord("withdraw", on="2024-06-04"),
    ]
    report = lifecycle_report(events, OFFICIAL, platform="taobao")
    assert report.state is S.WITHDRAWN_BEFORE_TAKEDOWN
    assert [(n.index, n.event, n.state) for n in report.readings] == [
        (1, E.WITHDRAW, S.UNDER_REVIEW)
    ]
    assert report.other_readings == ("brief", "brief-at-least-100")
    data = report.to_dict()
    assert data["interpretation"] == "official"
    assert data["other_readings"] == ["brief", "brief-at-least-100"]
    assert data["readings"][0]["path"] == "$[1]"
    assert "B20" in data["readings"][0]["rule_ids"]
    assert [r["other_readings"] for r in report.to_records()] == [
        [],
        ["brief", "brief-at-least-100"],
    ]
    assert "differs under: brief" in repr(report)
    with pytest.raises(IllegalTransition, match="allowed under: official") as info:
        lifecycle_report(events, platform="taobao")
    assert info.value.index == 1


def test_a_report_where_the_readings_agree_notes_nothing() -> None:
    events = ["ipr_verified", "takedown", "withdraw"]
    for view in VIEWS.values():
        report = lifecycle_report(events, view)
        assert report.state is S.WITHDRAWN
        assert report.readings == () and report.other_readings == ()
        assert report.to_dict()["readings"] == []


# -- the data --------------------------------------------------------------------------------


def test_the_vocabulary_of_the_data_is_the_machines() -> None:
    assert tuple(s.value for s in State) == LIFECYCLE_STATES
    assert tuple(e.value for e in Event) == LIFECYCLE_EVENTS


def test_every_state_a_record_opens_has_a_move_in_the_table() -> None:
    every = {
        (row.source, row.event) for view in VIEWS.values() for row in transitions(rulebook=view)
    }
    for record in BOOK.records("lifecycle"):
        for state in record.states:
            assert (State(state), Event(record.event)) in every, (record.id, state)
        assert record.rules and record.sources


def test_the_official_window_under_review_is_an_inference() -> None:
    """R65 states no window: that a complaint under review can be withdrawn is read from that
    silence (and a low-quality S56), so the record is ``inferred``, not ``official``."""
    from ipprules.rulebook.model import Confidence

    record = OFFICIAL.lifecycle["withdrawal_window"]
    assert "under_review" in record.states
    assert record.confidence is Confidence.INFERRED
    assert record.note.startswith("Inferred:")
    assert "S56" in record.note and "no window" in record.note
    assert BRIEF.lifecycle["withdrawal_window"].confidence is Confidence.BRIEF


def test_the_section_shows_each_reading(capsys: pytest.CaptureFixture[str]) -> None:
    from ipprules.cli import main

    shown = {}
    for name in ("brief", "official"):
        argv = ["rules", "section", "lifecycle", "--as-of", DAY, "--interpretation", name]
        assert main([*argv, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)["data"]
        shown[name] = {r["id"]: (r["rules"], r["states"], r["batch"]) for r in data}
    assert shown["brief"]["withdrawal_window"][0] == ["B20"]
    assert "under_review" not in shown["brief"]["withdrawal_window"][1]
    assert shown["official"]["withdrawal_window"][0][0] == "R65"
    assert "under_review" in shown["official"]["withdrawal_window"][1]
    assert shown["brief"]["batch_counter_notice_rejection"][2] == "yes"
    assert shown["official"]["batch_counter_notice_rejection"][::2] == (["R67", "R58"], "unknown")


def _override(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "over.json"
    path.write_text(json.dumps({"lifecycle": records}), encoding="utf-8")
    return path


def _record(**changes: Any) -> dict[str, Any]:
    base = {
        "id": "withdrawal_window",
        "event": "withdraw",
        "states": ["taken_down"],
        "text": "only while taken down",
        "effective_from": "2015-01-06",
        "sources": ["S1"],
        "confidence": "user",
        "rules": ["R65"],
    }
    return {**base, **changes}


def test_the_window_is_data_an_override_can_change(tmp_path: Path) -> None:
    book = load_rulebook(_override(tmp_path, [_record()]))
    assert _withdrawable(book) == {S.TAKEN_DOWN}
    assert _withdrawable(book.as_of(DAY, "official")) == B20_WINDOW | {S.UNDER_REVIEW}


@pytest.mark.parametrize(
    ("records", "fragment"),
    [
        ([_record(states=["deleted"])], "unknown state 'deleted'"),
        ([_record(event="appeal")], "unknown event 'appeal'"),
        ([_record(id="another_window")], "already set by record"),
        ([_record(states=["taken_down", "pending_verification"])], "no move from state"),
        ([_record(states=["closed"])], r"states\[0\]: event 'withdraw' has no move"),
    ],
)
def test_bad_lifecycle_data_is_refused_at_load(
    tmp_path: Path, records: list[dict[str, Any]], fragment: str
) -> None:
    with pytest.raises(RuleDataError, match=fragment):
        load_rulebook(_override(tmp_path, records))


# -- without data: the narrow default (review7 F6) ------------------------------------------


def _no_lifecycle(tmp_path: Path) -> Any:
    path = tmp_path / "empty.toml"
    path.write_text('name = "no lifecycle"\nreplace = ["lifecycle"]\n', encoding="utf-8")
    return load_rulebook(path)


def test_without_a_lifecycle_record_a_withdrawal_under_review_is_refused(tmp_path: Path) -> None:
    book = _no_lifecycle(tmp_path)
    for name in book.interpretations:
        view = book.as_of(DAY, name)
        with pytest.raises(IllegalTransition) as info:
            step(S.UNDER_REVIEW, E.WITHDRAW, rulebook=view)
        assert "no record of the rule book's lifecycle section in force" in str(info.value)
        assert "needs a record that allows it: R65" in str(info.value)
        assert _withdrawable(view) == B20_WINDOW  # the moves every reading allows
        assert differs_under(S.UNDER_REVIEW, E.WITHDRAW, rulebook=view) == ()
        assert S.WITHDRAWN_BEFORE_TAKEDOWN not in reachable_states(rulebook=view)


def test_without_data_every_move_but_the_reading_dependent_ones_applies(tmp_path: Path) -> None:
    view = _no_lifecycle(tmp_path).as_of(DAY, "official")
    table = {(row.source, row.event) for v in VIEWS.values() for row in transitions(rulebook=v)}
    for state in State:
        for event in Event:
            row = table_row(state, event)
            applies = transition_for(state, event, rulebook=view) is not None
            assert applies == (row is not None and not row.by_reading), (state, event)
            assert (row is not None) == ((state, event) in table)


def test_the_reading_dependent_moves_are_those_the_readings_disagree_on() -> None:
    """``by_reading`` marks exactly the moves some reading of the embedded book refuses and
    another allows: without data, the narrow default is every reading's common ground."""
    marked = {(r.source, r.event) for r in transitions(rulebook=OFFICIAL) if r.by_reading}
    for day in BOOK.change_dates("lifecycle"):
        views = [BOOK.as_of(day, name) for name in BOOK.interpretations]
        sets = [{(r.source, r.event) for r in transitions(rulebook=v)} for v in views]
        assert set.union(*sets) - set.intersection(*sets) == marked


def test_a_window_that_starts_later_leaves_the_earlier_days_narrow(tmp_path: Path) -> None:
    book = load_rulebook(_override(tmp_path, [_record(effective_from="2020-01-01")]))
    early, late = book.as_of("2019-06-03"), book.as_of(DAY)
    assert _withdrawable(late) == {S.TAKEN_DOWN}
    assert _withdrawable(early) == B20_WINDOW  # not every move: the brief's refusal stands
    with pytest.raises(IllegalTransition) as info:
        step(S.UNDER_REVIEW, E.WITHDRAW, rulebook=early)
    assert info.value.other_readings == ("official",)
    assert "not under brief, brief-at-least-100 (no lifecycle record allows it)" in str(info.value)


def test_the_vocabulary_of_moves_the_book_checks_is_the_tables() -> None:
    pairs = {(row.source.value, row.event.value) for row in _all_rows()}
    assert {(s, e) for e, states in LIFECYCLE_MOVES.items() for s in states} == pairs
    assert tuple(LIFECYCLE_MOVES) == LIFECYCLE_EVENTS


def _all_rows() -> list[Any]:
    return [row for s in State for e in Event if (row := table_row(s, e)) is not None]


@settings(max_examples=40, deadline=None)
@given(
    event=st.sampled_from(LIFECYCLE_EVENTS),
    states=st.lists(st.sampled_from(LIFECYCLE_STATES), min_size=1, max_size=4, unique=True),
)
def test_a_record_naming_a_state_without_the_move_is_refused_at_load(
    event: str, states: list[str]
) -> None:
    import tempfile

    rid = "withdrawal_window" if event == "withdraw" else "a_window"
    record = _record(id=rid, event=event, states=states)
    bad = [s for s in states if s not in LIFECYCLE_MOVES[event]]
    with tempfile.TemporaryDirectory() as folder:
        path = _override(Path(folder), [record])
        if not bad:
            view = load_rulebook(path).as_of(DAY)
            # a record accepted is applied as written: the event moves from exactly its states
            moved = {s.value for s in State if transition_for(s, Event(event), rulebook=view)}
            assert moved == set(states)
            return
        with pytest.raises(RuleDataError) as info:
            load_rulebook(path)
    first = states.index(bad[0])
    assert f"$.lifecycle[0].states[{first}]" in str(info.value)
    assert f"event {event!r} has no move from state {bad[0]!r}" in str(info.value)


def test_rules_of_the_wrong_type_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="rulebook must be a RuleBook or ResolvedRules"):
        step(S.UNDER_REVIEW, E.TAKEDOWN, rulebook="official")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rulebook must be a RuleBook or ResolvedRules"):
        allowed_events(S.UNDER_REVIEW, rulebook=3)  # type: ignore[arg-type]


# -- the command line -------------------------------------------------------------------------

ARGV = [
    "lifecycle",
    "--events",
    "ipr_verified,withdraw",
    "--on",
    "2024-06-03,2024-06-04",
    "--platform",
    "taobao",
]


def test_cli_default_refuses_naming_official(capsys: pytest.CaptureFixture[str]) -> None:
    from ipprules.cli import main

    assert main(ARGV) == 2
    err = capsys.readouterr().err
    assert "not allowed in state 'under_review'" in err
    assert "allowed under: official (R65, R56, R58)" in err
    assert "Traceback" not in err


def test_cli_official_withdraws_and_names_the_brief(capsys: pytest.CaptureFixture[str]) -> None:
    from ipprules.cli import main

    assert main([*ARGV, "--interpretation", "official"]) == 0
    out = capsys.readouterr().out
    assert "withdrawn_before_takedown" in out
    assert "#2 reading: withdraw in under_review" in out
    assert "differs under: brief, brief-at-least-100" in out
    assert main([*ARGV, "--interpretation", "official", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["state"], data["interpretation"]) == ("withdrawn_before_takedown", "official")
    assert data["other_readings"] == ["brief", "brief-at-least-100"]


# -- without a batch record: a gap, not a silent None ---------------------------------------


def test_without_a_batch_record_batch_rejection_is_unknown(tmp_path: Path) -> None:
    book = _no_lifecycle(tmp_path)
    for name in book.interpretations:
        view = book.as_of(DAY, name)
        result = reject_counter_notices({"x": S.COUNTER_NOTIFIED_1}, reason="f", rulebook=view)
        assert result.batch is Answer.UNKNOWN
        assert f"in force on {DAY}" in result.note and "unknown (a gap)" in result.note
        assert result.states["x"] is S.COUNTER_NOTICE_REJECTED_1  # each rejection still applies
    # an event no rule asks about in batch (complaint-wide) still answers None
    assert apply_batch({"a": S.UNDER_REVIEW}, "takedown", rulebook=book).batch is None


def test_a_batch_record_that_starts_later_leaves_the_earlier_days_unknown(
    tmp_path: Path,
) -> None:
    later = {
        "id": "batch_counter_notice_rejection",
        "event": "filer_rejects_counter_notice",
        "batch": "yes",
        "text": "in batch from 2020",
        "effective_from": "2020-01-01",
        "sources": ["BRIEF"],
        "confidence": "user",
        "rules": ["B20"],
    }
    book = load_rulebook(_override(tmp_path, [later]))
    states = {"x": S.COUNTER_NOTIFIED_1}
    early = reject_counter_notices(states, reason="f", rulebook=book.as_of("2019-06-03"))
    late = reject_counter_notices(states, reason="f", rulebook=book.as_of(DAY))
    assert (early.batch, late.batch) == (Answer.UNKNOWN, Answer.YES)
    assert "in force on 2019-06-03" in early.note
