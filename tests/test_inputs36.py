"""Two reader left-overs (inputs36): a calendar's unknown key names the key it may stand
for, as every other reader's does; ``plan --reason/--right/--target/--order-number`` naming
several values is refused with the rule, as a plan cell naming several is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cal.json", '{"name": "x",\n "hoildays": ["2024-10-01"],\n "colour": 1}'),
        ("cal.toml", 'name = "x"\nhoildays = ["2024-10-01"]\ncolour = 1\n'),
    ],
)
def test_a_calendar_unknown_key_says_did_you_mean_at_its_line(
    name: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said ``$.hoildays: unknown key; known keys: ...`` with no suggestion."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    argv = ["deadline", "takedown", "--on", "2024-09-27", "--platform", "taobao"]
    code, out, err = _run([*argv, "--calendar", str(path)], capsys)
    lines = err.splitlines()
    assert (code, out, len(lines)) == (2, "", 2)
    assert lines[0].startswith(f"ipprules: error: {path}:2:")
    assert lines[0].endswith(": $.hoildays: unknown key 'hoildays' (did you mean 'holidays'?)")
    assert lines[1].startswith(f"{path}:3:")
    assert lines[1].endswith(
        ": $.colour: unknown key 'colour'; known keys: name, weekend, holidays, "
        "workdays, valid_from, valid_until"
    )
