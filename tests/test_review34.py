"""review34: a receipt after the counter-notice is refused (R57, R61); date TypeErrors name
the parameter as typed."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.lifecycle import (
    Event,
    EventRecord,
    deadline_for,
    deadlines_from,
    lifecycle_report,
    next_deadlines,
)
from ipprules.lifecycle.states import State
from ipprules.penalties import Violation, penalty_standing
from ipprules.rulebook import default_rulebook


def _events(verified: date, answered: int) -> list[EventRecord]:
    return [
        EventRecord("ipr_verified", on=verified),
        EventRecord("takedown", on=verified + timedelta(days=10)),
        EventRecord("counter_notice_filed", on=verified + timedelta(days=10 + answered)),
    ]


@settings(max_examples=30, deadline=None)
@given(
    verified=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 6, 30)),
    answered=st.integers(min_value=0, max_value=3),
    shift=st.integers(min_value=0, max_value=30),
    platform=st.sampled_from(["aliexpress", "taobao", "lazada_sg"]),
)
@example(verified=date(2024, 9, 5), answered=2, shift=13, platform="aliexpress")  # a day after
@example(verified=date(2024, 9, 5), answered=2, shift=12, platform="aliexpress")  # that day
def test_a_receipt_after_the_counter_notice_is_refused(
    verified: date, answered: int, shift: int, platform: str
) -> None:
    events = _events(verified, answered)
    filed = events[2].on
    assert filed is not None
    received = verified + timedelta(days=shift)
    run = lambda: lifecycle_report(  # noqa: E731
        events, platform=platform, notice_received_on=received
    )
    if received <= filed:
        assert run().events == tuple(events)  # taken: received by the counter-notice's day
        return
    with pytest.raises(InputError) as caught:
        run()
    assert caught.value.path == "$.notice_received"
    message = str(caught.value)
    assert f"notice_received {received} is after the counter-notice filed on {filed}" in message
    assert "R61" in message


def test_the_cli_refuses_it_at_the_key_or_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "platform": "aliexpress",
        "notice_received": "2024-09-24",
        "events": [
            {"event": "ipr_verified", "on": "2024-09-05"},
            {"event": "takedown", "on": "2024-09-20"},
            {"event": "counter_notice_filed", "on": "2024-09-23"},
        ],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert main(["lifecycle", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:3:" in err and "$.notice_received:" in err
    assert "after the counter-notice filed on 2024-09-23" in err and "Traceback" not in err
    events = ["--events", "ipr_verified,takedown,counter_notice_filed"]
    dates = ["--on", "2024-09-05,2024-09-20,2024-09-23"]
    assert main(["lifecycle", *events, *dates, "--notice-received", "2024-09-24"]) == 2
    assert "--notice-received" in capsys.readouterr().err
    assert main(["lifecycle", *events, *dates, "--notice-received", "2024-09-23"]) == 0


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (
            lambda: lifecycle_report(["ipr_verified"], notice_received_on=20240905),
            "notice_received_on",
        ),
        (lambda: lifecycle_report(["ipr_verified"], ipr_submitted_on=20240905), "ipr_submitted_on"),
        (
            lambda: next_deadlines(State.UNDER_REVIEW, {}, notice_received_on=1.5),
            "notice_received_on",
        ),
        (lambda: deadlines_from("takedown", 20240905), "start"),
        (lambda: deadline_for("ipr_verification", 20240905), "start"),
        (
            lambda: next_deadlines(State.TAKEN_DOWN, {Event.TAKEDOWN: 20240905}),
            "event_dates['takedown']",
        ),
    ],
)
def test_a_wrong_date_type_names_the_parameter(call: object, name: str) -> None:
    with pytest.raises(TypeError) as caught:
        call()  # type: ignore[operator]
    assert str(caught.value).startswith(f"{name} must be a datetime.date or a 'YYYY-MM-DD'")


@settings(max_examples=10, deadline=None)
@given(
    where=st.lists(st.sampled_from(["taobao", "xianyu", "tmall"]), min_size=1, max_size=4),
    reading=st.sampled_from(["brief", "official", "brief-at-least-100"]),
)
@example(where=["xianyu", "taobao"], reading="official")  # it named no other reading
@example(where=["xianyu", "taobao"], reading="brief")
def test_b1_other_readings_are_named_from_either_side(where: list[str], reading: str) -> None:
    """Under ``official`` xianyu rows are left out of Taobao's standing; under the brief they
    are counted (B1). Each side names the other in ``other_readings`` whenever they count
    different rows; official named the brief only when the closure differed too."""
    violations = [
        Violation(on=date(2024, 5, 1 + i), kind="general", platform=p) for i, p in enumerate(where)
    ]
    book = default_rulebook()
    answers = {
        name: penalty_standing(violations, "taobao", "2024-06-01", book.as_of("2024-06-01", name))
        for name in ("brief", "official", "brief-at-least-100")
    }
    mine = answers[reading]
    for name, other in answers.items():
        if name != reading and other.counted != mine.counted:
            assert name in mine.other_readings


def test_the_penalties_text_says_the_rows_counted_differ(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under official only the rows counted differ from the brief here (taobao has no penalty
    rules: the closure is unknown under both): the line said 'closure or bar differs'."""
    path = tmp_path / "v.csv"
    path.write_text("date,kind,platform\n2024-05-01,general,xianyu\n2024-05-02,general,taobao\n")
    argv = ["penalties", str(path), "--platform", "taobao", "--as-of", "2024-06-01"]
    assert main([*argv, "--interpretation", "official"]) == 0
    out = capsys.readouterr().out
    assert "figures differ under: brief, brief-at-least-100" in out


def test_the_late_receipt_note_names_a_window_the_calendar_cannot_date() -> None:
    """Every seller window is in the note (rules35): one the calendar does not cover (round 2-3
    from a takedown on 2024-12-18 ends in 2025) is named without a date, not left out."""
    from ipprules.calendars import calendar_from_data

    calendar = calendar_from_data(
        {"name": "office", "valid_from": "2024-01-01", "valid_until": "2024-12-31"}
    )
    events = [
        EventRecord("ipr_verified", on="2024-12-16"),
        EventRecord("takedown", on="2024-12-18"),
    ]
    report = lifecycle_report(events, calendar=calendar, notice_received_on="2024-12-19")
    (note,) = report.notes
    assert "counter_notice_round_1 would end on 2024-12-23" in note
    assert "counter_notice_round_2_3 has no date (calendar 'office' covers 2024-01-01" in note


@pytest.mark.parametrize(
    ("received", "why"),
    [
        ("2024-09-01", "before ipr_verified (2024-09-05)"),
        ("2024-09-20", "after the counter-notice filed on 2024-09-12"),
    ],
)
def test_next_deadlines_refuses_an_impossible_receipt_as_the_replay_does(
    received: str, why: str
) -> None:
    dates = {
        Event.IPR_VERIFIED: date(2024, 9, 5),
        Event.TAKEDOWN: date(2024, 9, 10),
        Event.COUNTER_NOTICE_FILED: date(2024, 9, 12),
    }
    state = State.COUNTER_NOTICE_REJECTED_1
    with pytest.raises(InputError, match=re.escape(why)) as caught:
        next_deadlines(state, dates, notice_received_on=received)
    assert caught.value.path == "$.notice_received"
    assert next_deadlines(state, dates, notice_received_on="2024-09-12")  # that day: taken


@pytest.mark.parametrize("event", ["ipr_verified", "ipr_refused"])
def test_a_verification_before_submission_is_named_as_one(event: str) -> None:
    """A refusal of the IPR is its verification's outcome, as an approval is: before the
    submission it is refused as 'verification follows submission', not as a claim processed
    before the IPR was verified (it never was)."""
    with pytest.raises(InputError) as caught:
        lifecycle_report([EventRecord(event, on="2024-09-10")], ipr_submitted_on="2024-09-12")
    assert caught.value.path == "$[0].on"
    assert str(caught.value).endswith(
        f"{event} on 2024-09-10 is before the IPR was submitted (2024-09-12); "
        "verification follows submission (R7)"
    )
