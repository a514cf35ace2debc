"""Lifecycle and counter-notice left-overs (sweep life15).

An event missing its reason is judged legal or not by the dated replay of the events before
it (life13). Where that replay stops on something else (a date out of order, a calendar that
does not cover the dates), the moves of the names alone are no stand-in: they miss the
expiries the dates make (R61) and the replay with the reason given says that other error.
The reason is asked for, and the other error comes in its own turn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

CASES = [
    # (events, dates, options, what the replay says once the reason is given)
    pytest.param(
        ["ipr_verified", "withdraw", "takedown", "reject"],
        ["2024-05-06", "2024-05-08", "2024-05-07", "2024-05-09"],
        [],
        "is before the previous event (2024-05-08); events must be in date order",
        id="date-out-of-order-after-a-move-illegal-by-names",
    ),
    pytest.param(
        ["ipr_verified", "takedown", "counter_notice_filed", "counter_notice_filed",
         "filer_rejects_counter_notice"],
        ["2027-01-04", "2027-01-05", "2027-03-01", "2027-03-02", "2027-03-03"],
        ["--calendar", "china"],
        "China's official schedule for 2001 to 2026",
        id="calendar-not-covering-a-late-counter-notice",
    ),
]  # fmt: skip


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(("events", "dates", "options", "other"), CASES)
def test_events_option_asks_the_reason_not_a_move_of_the_names(
    capsys: pytest.CaptureFixture[str],
    events: list[str],
    dates: list[str],
    options: list[str],
    other: str,
) -> None:
    argv = ["lifecycle", "--platform", "taobao", *options, "--on", ",".join(dates), "--events"]
    err = _run(capsys, [*argv, ",".join(events)])
    last = len(events) - 1
    assert f"--events: $[{last}]: event {events[-1]!r} needs a reason" in err
    assert "not allowed" not in err
    given = _run(capsys, [*argv, ",".join(events) + "=no proof"])
    assert other in given and "not allowed" not in given  # the other error, in its turn


@pytest.mark.parametrize(("events", "dates", "options", "other"), CASES)
def test_events_file_asks_the_reason_not_a_move_of_the_names(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    events: list[str],
    dates: list[str],
    options: list[str],
    other: str,
) -> None:
    rows = [{"event": e, "on": d} for e, d in zip(events, dates, strict=True)]
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"platform": "taobao", "events": rows}, indent=1), "utf-8")
    err = _run(capsys, ["lifecycle", *options, str(path)])
    assert f"$.events[{len(events) - 1}].reason: event {events[-1]!r} needs a reason" in err
    assert "not allowed" not in err
    rows[-1]["reason"] = "no proof"
    path.write_text(json.dumps({"platform": "taobao", "events": rows}, indent=1), "utf-8")
    given = _run(capsys, ["lifecycle", *options, str(path)])
    assert other in given and "not allowed" not in given


def test_a_late_counter_notice_still_says_its_move_before_the_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Guard: where the dated replay runs, its refusal still comes first (life13): the late
    counter-notice became expiries to 'closed' (R61), with the reason or without."""
    events = "ipr_verified,takedown,counter_notice_filed,counter_notice_filed"
    dates = "2024-01-04,2024-01-05,2024-03-01,2024-03-02,2024-03-03"
    argv = ["lifecycle", "--platform", "taobao", "--on", dates, "--events"]
    without = _run(capsys, [*argv, events + ",filer_rejects_counter_notice"])
    assert (
        "--events: $[3]: event 'counter_notice_filed' is not allowed in state 'closed'" in without
    )
    assert _run(capsys, [*argv, events + ",filer_rejects_counter_notice=x"]) == without
