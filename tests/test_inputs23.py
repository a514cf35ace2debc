"""Sweep inputs23: bad and surprising input at the edges (CLI options and files).

Each refusal is exit code 2 and one error line naming what is wrong (the option, the file,
line and column), in bounded time, never a traceback.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import _parsers, main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_FIXTURE = [HealthCheck.function_scoped_fixture]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- 1. no shortened options


def _needed(command: argparse.ArgumentParser) -> list[str]:
    """Words that satisfy a command's required arguments (a dummy value each), so that a
    refusal is about the option under test, not a missing argument."""
    words: list[str] = []
    for action in command._actions:
        if action.option_strings and action.required:
            words += [action.option_strings[-1], "x"]
        elif not action.option_strings and action.nargs is None:
            words.append("x")
    return words


def _shortened() -> list[tuple[str, str]]:
    """(command, a shortened long option of it that is no option of it) for every command;
    ``""`` is the top-level parser."""
    top, commands = _parsers()
    pairs: list[tuple[str, str]] = []
    for name, parser in [("", top), *commands.items()]:
        options = set(parser._option_string_actions)
        for option in sorted(options):
            if option.startswith("--"):
                pairs += [(name, option[:n]) for n in range(3, len(option))]
        pairs = [(n, o) for n, o in pairs if n != name or o not in options]
    return pairs


_SHORTENED = _shortened()


@settings(max_examples=40, deadline=None, suppress_health_check=_FIXTURE)
@given(pair=st.sampled_from(_SHORTENED), value=st.sampled_from(["", "=2", "=2026-01-01"]))
@example(pair=("listings", "--work"), value="=2")
@example(pair=("plan", "--quarantine"), value="=0.5")
@example(pair=("check", "--as"), value="=2026-01-01")
@example(pair=("", "--vers"), value="")
def test_a_shortened_option_is_refused(
    pair: tuple[str, str], value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse took an unambiguous prefix for the option (``listings --work 2`` ran with
    two workers): a later option sharing the prefix would change what a script means in
    silence. Every command refuses it as an unknown argument, exit 2."""
    name, option = pair
    _, commands = _parsers(name or None)
    argv = [name, *_needed(commands[name])] if name else []
    code, out, err = _cli([*argv, option + value], capsys)
    assert code == 2, err
    prog = f"ipprules {name}" if name else "ipprules"
    assert err == f"{prog}: error: unrecognized arguments: {option}{value}\n"
    assert out == ""
