"""review26: ``ipprules plan --right '  '`` (white space only) is refused naming the option,
as ``--right ''`` is; since Settings refuses a blank right (9bdce31) the message named
``$: settings.right``, a Python field the command line has no word for."""

from __future__ import annotations

import pytest

from ipprules.cli import main


@pytest.mark.parametrize("option", ["--right", "--reason"])
@pytest.mark.parametrize("value", ["  ", "\u3000"])
def test_a_blank_right_or_reason_names_the_option(
    option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["plan", "--account", "examples/planner-account.toml", "examples/urls.txt"]
    assert main([*argv, "--as-of", "2026-11-23", option, value]) == 2
    err = capsys.readouterr().err
    assert f"argument {option}: white space only" in err, err
    assert "settings." not in err
