"""left13: every result that names its rule book gives its version and date too, and
``--version``'s help says it ignores ``--format``."""

from __future__ import annotations

import pytest
from tests._cli import run_cli


def test_version_says_it_prints_text_whatever_the_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(["--help"], capsys)
    assert code == 0
    help_text = " ".join(out.split())
    assert "--version ignores it" in help_text
    code, out, _ = run_cli(["--version", "--format", "json"], capsys)
    assert code == 0 and out.startswith("ipprules ") and not out.startswith("{")
