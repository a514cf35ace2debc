"""Sweep realfiles6: the readers given real-looking and hostile files.

A ``//`` or ``/* */`` comment, or a comma before ``}``, in a ``.json`` file got a hint; on a
``.jsonl`` line it got the parser's words alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

URL = "https://detail.1688.com/offer/1.html"
COMMENT = "(JSON has no comments: delete them, or write the file as TOML, where # starts one)"
COMMA = "(a comma before } or ]: JSON allows none; delete it)"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    _, err = capsys.readouterr()
    return code, err


HISTORY = (
    '{"type": "complaint", "date": "2022-09-05", "id": "C1", "platform": "taobao", '
    '"reason_code": "tm_misuse", "listings": 2, "taken_down": 2}'
)


@pytest.mark.parametrize(
    ("command", "first", "second", "place", "hint"),
    [
        ("listings", "// exported", f'{{"url": "{URL}"}}', "1:1", COMMENT),
        ("listings", f'{{"url": "{URL}"}}', f'{{"url": "{URL}"}} // again', "2:", COMMENT),
        ("listings", f'{{"url": "{URL}"}}', f'{{"url": "{URL}",}}', "2:", COMMA),
        ("good-faith", HISTORY, "/* a note */", "2:1", COMMENT),
        ("good-faith", HISTORY, HISTORY[:-1] + ", }", "2:", COMMA),
    ],
)
def test_a_json_lines_line_with_a_comment_or_trailing_comma_gets_the_json_hint(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    first: str,
    second: str,
    place: str,
    hint: str,
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(f"{first}\n{second}\n", encoding="utf-8")
    argv = [command, str(path)]
    if command == "good-faith":
        argv += ["--as-of", "2024-01-02"]
    code, err = _run(argv, capsys)
    assert code == 2
    assert f"in.jsonl:{place}" in err
    assert "$: not valid JSON: " in err
    assert err.rstrip().endswith(hint), err
    assert "Traceback" not in err
