"""An error located nowhere in a file (an option's value found unusable after parsing) is
printed as its message alone: ``$: `` (the root of no document) told the user nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

#: (argv, the start of the one error line): each refused after parsing, naming the option
CASES = [
    (
        ["good-faith", "examples/history.csv", "--timeline", "2026-01-01", "2025-01-01"],
        "ipprules: error: --timeline: TO (2025-01-01) comes before FROM (2026-01-01)",
    ),
    (
        ["lifecycle", "examples/lifecycle-counter-notice.json", "--platform", "nosuch"],
        "ipprules: error: --platform: unknown platform",
    ),
    (
        ["lifecycle", "--events", "ipr_verified", "--on", "2024-01-02,2024-01-03"],
        "ipprules: error: --on: $: 2 date(s) for 1 event(s)",  # located in --on's list
    ),
]


@pytest.mark.parametrize(("argv", "start"), CASES)
def test_an_option_error_is_its_message(
    argv: list[str], start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(start)
    assert not err[0].startswith("ipprules: error: $")


def test_a_problem_in_a_file_keeps_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text("[1, 2]\n")
    assert main(["check", str(plan), "--as-of", "2026-11-23"]) == 2
    err = capsys.readouterr().err
    assert f"{plan}:" in err and "$" in err
