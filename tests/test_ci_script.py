"""`.ci/run` runs the README's second command exactly as the README writes it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n(.*?)```", text, re.S)
    assert block is not None, "README.md opens with no console block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_two_one_line_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert "ipprules check examples/" in commands[0]
    assert commands[1].endswith("-m pytest")


def test_ci_runs_the_second_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci
