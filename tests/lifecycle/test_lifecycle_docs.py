"""docs/lifecycle.md: its examples run, and its diagram is the generated one."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from ipprules.lifecycle import mermaid

DOC = Path(__file__).resolve().parents[2] / "docs" / "lifecycle.md"

pytestmark = pytest.mark.skipif(not DOC.exists(), reason="docs are not part of this checkout")


def test_examples_in_the_page_run() -> None:
    result = doctest.testfile(
        str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted > 10
    assert result.failed == 0


def test_page_shows_the_generated_diagram() -> None:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("stateDiagram-v2")
    end = text.index("```", start)
    assert text[start:end] == mermaid()


def test_every_command_in_the_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    from ipprules.cli import main

    root = DOC.parents[1]
    lines = DOC.read_text(encoding="utf-8").replace("\\\n", " ").splitlines()
    commands = [line.strip()[2:] for line in lines if line.strip().startswith("$ ipprules ")]
    assert len(commands) >= 8
    for command in commands:
        argv = shlex.split(command)[1:]
        argv = [str(root / a) if a.startswith("examples/") else a for a in argv]
        if "--calendar" in argv and argv[argv.index("--calendar") + 1] == "china":
            pytest.importorskip("holidays")
        code = main(argv)
        out, err = capsys.readouterr()
        assert code in (0, 1), (command, err)
        assert out.strip() and "Traceback" not in err, command
