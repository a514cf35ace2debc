"""docs/checks.md: the files it shows produce the outputs it shows; its examples run."""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

from ipprules.cli import main

DOC = Path(__file__).resolve().parents[2] / "docs" / "checks.md"

pytestmark = pytest.mark.skipif(not DOC.exists(), reason="docs are not part of this checkout")

BLOCK = re.compile(r"```(toml|console)\n(.*?)```", re.DOTALL)


def _steps() -> list[tuple[str, str]]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_tutorial_outputs_are_the_real_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = 0
    for kind, body in _steps():
        if kind == "toml":
            name = body.splitlines()[0].removeprefix("# ").strip()
            assert name.endswith(".toml"), body[:40]
            (tmp_path / name).write_text(body, encoding="utf-8")
            continue
        command, _, shown = body.partition("\n")
        assert command.startswith("$ ipprules "), command
        argv = shlex.split(command[2:])[1:]
        code = main(argv)
        captured = capsys.readouterr()
        if not shown.strip():  # a command shown without its output
            assert code in (0, 1)
            continue
        assert captured.err + captured.out == shown, command
        ran += 1
    assert ran >= 6


def test_the_python_examples_run() -> None:
    result = doctest.testfile(
        str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted >= 10
    assert result.failed == 0
