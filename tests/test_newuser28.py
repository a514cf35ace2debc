"""An operations engineer's command-line runs (Windows habits, pipes, CI): each test is a
friction found and fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests._cli import run_cli


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("plan.toml", 'as_of = "2026-11-23"\nnote = "C:\\Users\\x\\plan.toml"\n', "2:13"),
        ("plan.toml", 'as_of = "2026-11-23"\nnote = "C:\\xyz"\n', "2:13"),
        ("plan.json", '{"as_of": "2026-11-23", "note": "C:\\Users\\x"}', "1:36"),
    ],
)
def test_windows_path_in_a_string_says_how_to_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, said: str
) -> None:
    """A Windows path typed into a TOML "..." or JSON string fails on its backslash escape:
    the error says so and how to write it, not only "Invalid hex value"."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli(["check", str(path)], capsys)
    assert (code, out) == (2, "")
    assert f"{name}:{said}: $: not valid " in err
    assert "starts an escape" in err and "Windows path" in err
    assert err.count("\n") == 1 and "Traceback" not in err
