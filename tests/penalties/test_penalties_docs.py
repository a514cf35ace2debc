"""docs/penalties.md: its examples run."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "penalties.md"

pytestmark = pytest.mark.skipif(not DOC.exists(), reason="docs are not part of this checkout")


def test_examples_in_the_page_run() -> None:
    result = doctest.testfile(
        str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted > 10
    assert result.failed == 0


def test_every_command_in_the_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    from ipprules.cli import main

    root = DOC.parents[1]
    commands = [line[2:] for line in DOC.read_text().splitlines() if line.startswith("$ ipprules ")]
    assert len(commands) >= 2
    for command in commands:
        argv = shlex.split(command)[1:]
        argv = [str(root / a) if a.startswith("examples/") else a for a in argv]
        code = main(argv)
        assert code in (0, 1), (command, capsys.readouterr().err)
        assert capsys.readouterr().out.strip(), command
