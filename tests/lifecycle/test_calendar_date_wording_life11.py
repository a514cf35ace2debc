"""A calendar file's bad date is worded as every other reader words one: ``expected a date
(YYYY-MM-DD), got ...``, with the same hints (life11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _calendar(tmp_path: Path, written: str) -> list[str]:
    path = tmp_path / "cal.toml"
    path.write_text(f"holidays = [{written}]\n", encoding="utf-8")
    return ["deadline", "takedown", "--on", "2026-09-27", "--calendar", str(path)]


def _lifecycle_file(tmp_path: Path, written: str) -> list[str]:
    text = (EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8")
    path = tmp_path / "events.json"
    path.write_text(text.replace('"2022-01-10"', written), encoding="utf-8")
    return ["lifecycle", str(path)]


def _said(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    return re.split(r"\$[\w.\[\]]+: ", err.rstrip(), maxsplit=1)[-1]  # after the JSON path


@pytest.mark.parametrize(
    "written",
    ['"03/11/2026"', '"2026/11/03"', '"3 November 2026"'],
)
def test_a_calendar_file_words_a_bad_date_as_an_events_file(
    written: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = _said(_calendar(tmp_path, written), capsys)
    events = _said(_lifecycle_file(tmp_path, written), capsys)
    assert calendar.startswith("expected a date (YYYY-MM-DD), got ")
    assert calendar == events


def test_an_impossible_day_keeps_the_parsers_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _said(_calendar(tmp_path, '"2026-02-30"'), capsys)
    assert said == "expected a date (YYYY-MM-DD), got '2026-02-30' (day is out of range for month)"


def test_a_date_of_another_type_is_worded_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _said(_calendar(tmp_path, "12"), capsys)
    assert said == "expected a date (YYYY-MM-DD), got int"


@pytest.mark.parametrize("written", ["12", "true", "1.5", "[]"])
def test_a_calendar_names_a_dates_type_as_an_events_file(
    written: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One wording of a value's type (``got int``, not ``got an integer``) in both readers
    (life12)."""
    calendar = _said(_calendar(tmp_path, written), capsys)
    assert calendar == _said(_lifecycle_file(tmp_path, written), capsys)
