"""ASCII text saved as UTF-16 without a byte order mark (every other byte NUL) was "NUL byte
in text (is the file UTF-16 or binary?)": the hint UTF-16 files with CJK text already had
("the file looks like UTF-16 (without a byte order mark): save it as UTF-8") is now given for
every reader: listings, plan, check, good-faith (CSV and JSON Lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
AS_OF = {
    "listings": [],
    "plan": ["--as-of", "2026-11-23"],
    "check": ["--as-of", "2026-11-23"],
    "good-faith": ["--as-of", "2024-01-01"],
}
HINT = "NUL byte in text; the file looks like UTF-16 (without a byte order mark): save it as UTF-8"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    ("example", "argv"),
    [
        ("urls.txt", ["listings"]),
        ("planner-urls.csv", ["plan", "--account", str(EXAMPLES / "planner-account.toml")]),
        ("plan.toml", ["check"]),
        ("history.csv", ["good-faith"]),
        ("planner-urls.jsonl", ["listings"]),
    ],
)
def test_ascii_utf16_without_a_bom_is_named(
    codec: str, example: str, argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / example
    path.write_bytes((EXAMPLES / example).read_text(encoding="utf-8").encode(codec))
    code = main([argv[0], str(path), *argv[1:], *AS_OF[argv[0]]])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith(f"ipprules: error: {path}:1:")
    assert captured.err.strip().endswith(HINT)


def test_a_jsonl_history_in_utf16_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "h.jsonl"
    path.write_bytes('{"type": "complaint"}\n'.encode("utf-16-be"))
    assert main(["good-faith", str(path), "--as-of", "2024-01-01"]) == 2
    assert capsys.readouterr().err.strip().endswith(HINT)


def test_a_lone_nul_keeps_its_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(b"https://item.taobao.com/item.htm?id=606832683299\nx\x00y\n")
    assert main(["listings", str(path)]) == 2
    err = capsys.readouterr().err.strip()  # no UTF-16 hint: a stray NUL in UTF-8 (left3)
    assert "UTF-16" not in err
    assert err.endswith(
        "NUL byte in text: a NUL byte in a UTF-8 file, after 'x' (the text "
        "around it reads as UTF-8; a NUL is no character of text): remove it"
    )
