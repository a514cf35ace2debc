"""``--calendar china`` for years the installed ``holidays`` does not cover: the command line's
error points to what a command-line user can do (a calendar file through ``--calendar``), not
to a Python function."""

from __future__ import annotations

import pytest

from ipprules.cli import main


@pytest.mark.parametrize("command", ["deadline", "lifecycle"])
def test_china_past_the_schedule_points_to_a_calendar_file(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    pytest.importorskip("holidays")
    argv = (
        ["deadline", "takedown", "--on", "2099-06-01", "--calendar", "china"]
        if command == "deadline"
        else [
            *("lifecycle", "--events", "ipr_verified,takedown"),
            *("--on", "2099-06-01,2099-06-02", "--calendar", "china"),
        ]
    )
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--calendar china" in err
    assert "--calendar FILE" in err
    assert "load_calendar()" not in err
