"""``ipprules.lifecycle.read_events``: the reader ``ipprules lifecycle EVENTS_FILE`` uses,
public: the same events, facts and replay from Python, the same located errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules.errors
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.lifecycle import ComplaintEvents, Event, EventRecord, read_events

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = ["lifecycle-counter-notice.json", "lifecycle-late-counter-notice.toml"]


@pytest.mark.parametrize("name", FILES)
def test_the_report_is_the_commands(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    events = read_events(EXAMPLES / name)
    assert isinstance(events, ComplaintEvents)
    main(["lifecycle", str(EXAMPLES / name), "--format", "json"])
    printed = json.loads(capsys.readouterr().out)
    assert printed["platform"] == events.platform == "aliexpress"  # surf21: in to_dict()
    assert printed["calendar"] == "weekends"
    assert printed["notes"] == []  # no B1 note, no late receipt: to_dict() holds them (rules34)
    assert printed == json.loads(json.dumps(events.report().to_dict()))
    assert read_events(str(EXAMPLES / name)) == events  # a str path reads alike


def test_a_bare_list_of_events_is_read_with_default_facts(tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    path.write_text('[{"event": "ipr_verified", "on": "2024-05-06"}, {"event": "takedown"}]')
    assert read_events(path) == ComplaintEvents(
        events=(EventRecord("ipr_verified", on="2024-05-06"), EventRecord(Event.TAKEDOWN))
    )


def _known_event(name: str) -> bool:
    """Whether the reader takes ``name`` as an event: its value in any case, with spaces or
    hyphens for its underscores (``IPR VERIFIED``, drawn in CI, is ``ipr_verified``)."""
    from ipprules.lifecycle.machine import parse_event

    try:
        parse_event(name)
    except ipprules.errors.IpprulesError:
        return False
    return True


@settings(max_examples=25, deadline=None)
@given(name=st.text(min_size=1, max_size=12).filter(lambda n: not _known_event(n)))
def test_an_unknown_event_is_an_input_error_at_its_line(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    path = tmp_path_factory.mktemp("e") / "e.json"
    rows = [{"event": "ipr_verified"}, {"event": name}]
    path.write_text('{"events": [\n' + ",\n".join(json.dumps(r) for r in rows) + "\n]}")
    with pytest.raises(InputError) as caught:
        read_events(path)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("$.events[1].event", 3)


def test_a_path_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="path must be a str, a Path or a stream, got int"):
        read_events(3)  # type: ignore[arg-type]


def test_lifecycle_report_of_an_events_file_says_to_call_its_report() -> None:
    """``lifecycle_report(read_events(path))``, the first thing a notebook tries, raised
    "'ComplaintEvents' object is not iterable", which names no way out."""
    from ipprules import lifecycle_report
    from ipprules.lifecycle import read_events

    events = read_events("examples/lifecycle-counter-notice.json")
    with pytest.raises(TypeError, match=r"ComplaintEvents.*call its report\(\)"):
        lifecycle_report(events)  # type: ignore[arg-type]
    by_hand = lifecycle_report(
        events.events,
        platform=events.platform,
        counterfeit=events.counterfeit,
        ipp_plus=events.ipp_plus,
        ipr_submitted_on=events.ipr_submitted,
        notice_received_on=events.notice_received,
    )  # the way out the message names, with the file's facts
    assert (by_hand.state, by_hand.deadlines) == (events.report().state, events.report().deadlines)


@pytest.mark.parametrize("value", [3, None, 2.5, object()])
def test_lifecycle_report_of_no_sequence_names_what_it_takes(value: object) -> None:
    from ipprules import lifecycle_report

    with pytest.raises(TypeError, match=r"sequence of events \(EventRecord, Event or event"):
        lifecycle_report(value)  # type: ignore[arg-type]
