"""docs/coverage.md: the command it shows prints the output it shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "coverage.md"

pytestmark = pytest.mark.skipif(not DOC.exists(), reason="docs are not part of this checkout")


def test_the_console_blocks_are_the_real_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    blocks = re.findall(r"```console\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks
    for body in blocks:
        command, _, shown = body.partition("\n")
        assert command.startswith("$ ipprules coverage "), command
        code = main(shlex.split(command[2:])[1:])
        out = capsys.readouterr()
        assert code == 1  # the example has rights usable nowhere and lapses, on purpose
        assert out.err + out.out == shown
