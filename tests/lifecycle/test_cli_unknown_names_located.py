"""CLI: an unknown platform or IPR type in a lifecycle or counter-notice file is located:
exit 2, the file, the line and the JSON path in the message, never a traceback."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _edit(source: str, key: str, value: str, target: Path) -> Path:
    """A copy of an example with the line ``key = ...`` set to ``value``."""
    text = (EXAMPLES / source).read_text(encoding="utf-8")
    edited, count = re.subn(
        rf"^{key} = .*$", f"{key} = {json.dumps(value)}", text, count=1, flags=re.M
    )
    assert count == 1
    target.write_text(edited, encoding="utf-8")
    return target


def _line_of(path: Path, key: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(f"{key} ="))


def _fails_at(
    capsys: pytest.CaptureFixture[str], argv: list[str], file: Path, where: str, line: int
) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert "Traceback" not in err
    assert f"{file}:{line}:" in err and f"{where}:" in err
    return err


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("platform", "1689", ["unknown platform", "did you mean '1688'"]),
        ("platform", "nope", ["unknown platform"]),
        ("ipr_type", "trade mark", ["unknown IPR type", "did you mean 'trademark'"]),
    ],
)
def test_counter_notice_toml_names_file_line_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, key: str, value: str, words: list[str]
) -> None:
    path = _edit("counter-notice-1688.toml", key, value, tmp_path / "cn.toml")
    err = _fails_at(capsys, ["counter-notice", str(path)], path, f"$.{key}", _line_of(path, key))
    assert all(w in err for w in words)


def test_counter_notice_json_names_file_line_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tomllib.loads((EXAMPLES / "counter-notice-1688.toml").read_text(encoding="utf-8"))
    data["platform"] = "nope"
    path = tmp_path / "cn.json"
    path.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    line = _line_of_json(path, "platform")
    _fails_at(capsys, ["counter-notice", str(path)], path, "$.platform", line)


def test_counter_notice_reports_platform_and_ipr_type_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = _edit("counter-notice-1688.toml", "platform", "nope", tmp_path / "a.toml")
    path = tmp_path / "b.toml"
    text = first.read_text(encoding="utf-8")
    path.write_text(text.replace('ipr_type = "trademark"', 'ipr_type = "trade mark"'))
    assert main(["counter-notice", str(path)]) == 2
    err = capsys.readouterr().err
    assert "$.platform:" in err and "$.ipr_type:" in err and "Traceback" not in err


def test_counter_notice_complaint_date_before_the_rule_book_is_located(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (EXAMPLES / "counter-notice-1688.toml").read_text(encoding="utf-8")
    path = tmp_path / "cn.toml"
    path.write_text(
        re.sub(r"^complaint_date = .*$", "complaint_date = 2001-01-01", text, flags=re.M),
        encoding="utf-8",
    )
    line = _line_of(path, "complaint_date")
    err = _fails_at(capsys, ["counter-notice", str(path)], path, "$.complaint_date", line)
    assert "coverage" in err


def test_lifecycle_toml_names_file_line_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _edit("lifecycle-late-counter-notice.toml", "platform", "nope", tmp_path / "lc.toml")
    err = _fails_at(
        capsys, ["lifecycle", str(path)], path, "$.platform", _line_of(path, "platform")
    )
    assert "unknown platform" in err


def test_lifecycle_json_names_file_line_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads((EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8"))
    data["platform"] = "alibaba"
    path = tmp_path / "lc.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    err = _fails_at(
        capsys, ["lifecycle", str(path)], path, "$.platform", _line_of_json(path, "platform")
    )
    assert "unknown platform" in err and "did you mean" in err


def test_lifecycle_platform_option_is_named_as_an_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = EXAMPLES / "lifecycle-late-counter-notice.toml"
    assert main(["lifecycle", str(path), "--platform", "nope"]) == 2
    err = capsys.readouterr().err
    assert "--platform: unknown platform" in err and "Traceback" not in err
    assert "$.platform" not in err


def test_the_unchanged_examples_still_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lifecycle", str(EXAMPLES / "lifecycle-late-counter-notice.toml")]) in (0, 1)
    assert main(["counter-notice", str(EXAMPLES / "counter-notice-1688.toml")]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


def _line_of_json(path: Path, key: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip().startswith(f'"{key}":'))
