"""Sweep left3: what the afternoon's sweeps left, on inputs and messages.

1. A 0-byte violations file is no violations, as a 0-byte history is an empty history: said
   in a note, never silent (``penalties`` refused it, exit 2, failing a clean seller's run).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.penalties import read_violations

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PENALTIES = ["penalties", "FILE", "--platform", "aliexpress", "--as-of", "2026-11-23"]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def _with(argv: list[str], path: str) -> list[str]:
    return [path if a == "FILE" else a for a in argv]


# ------------------------------------------------------------ 1. an empty violations file


@pytest.mark.parametrize("text", ["", "\n \n", "\ufeff"])
def test_an_empty_violations_file_is_no_violations_said(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "violations.csv"
    path.write_text(text, "utf-8")
    assert read_violations(path) == ()  # was InputError "empty file: expected a header"
    code, out, err = _run(_with(PENALTIES, str(path)), capsys)
    assert (code, err) == (0, "")
    assert f"note: {path} holds no violations (no rows)" in out
    code, out, err = _run([*_with(PENALTIES, str(path)), "--format", "json"], capsys)
    assert code == 0
    notes = json.loads(out)["notes"]
    assert any("holds no violations" in n for n in notes)
    # the same facts as a header alone, and good-faith reads its 0-byte file alike
    header = tmp_path / "header.csv"
    header.write_text("date,kind\n", "utf-8")
    assert _run(_with(PENALTIES, str(header)), capsys)[0] == 0
    history = tmp_path / "history.csv"
    history.write_text(text, "utf-8")
    assert _run(["good-faith", str(history), "--as-of", "2026-11-23"], capsys)[0] in (0, 1)


def test_an_empty_stdin_is_no_violations_said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    code, out, err = _run(_with(PENALTIES, "-"), capsys)
    assert (code, err) == (0, "")
    assert "holds no violations (no rows)" in out
