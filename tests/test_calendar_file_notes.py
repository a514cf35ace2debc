"""A calendar file's ``day_notes`` (docs/lifecycle.md, Calendar files): a table of date to
note that a count crossing the day carries; every problem of it named at its path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ipprules.calendars import add_business_days
from ipprules.calendars.files import calendar_from_data, load_calendar
from ipprules.errors import InputError


def test_a_files_day_notes_are_the_calendars(tmp_path: Path) -> None:
    path = tmp_path / "office.toml"
    path.write_text('name = "office"\n[day_notes]\n2026-12-24 = "may close at noon"\n')
    cal = load_calendar(path)
    assert cal.day_notes == ((date(2026, 12, 24), "may close at noon"),)
    assert add_business_days(date(2026, 12, 22), 3, cal) == date(2026, 12, 25)
    notes = cal.notes_between(date(2026, 12, 22), date(2026, 12, 28))
    assert notes == ("2026-12-24: may close at noon",)


def test_every_problem_of_the_notes_is_named_at_its_path() -> None:
    bad = {"day_notes": {"2026-13-01": "x", "2026-12-26": 5, "2026-12-27": " "}}
    with pytest.raises(InputError) as caught:
        calendar_from_data(bad, file="cal.json")
    text = str(caught.value)
    assert "$.day_notes['2026-13-01']: expected a date" in text
    assert "$.day_notes['2026-12-26']: expected a note (text), got int" in text
    assert "$.day_notes['2026-12-27']: expected a note" in text
    with pytest.raises(InputError, match=r"\$\.day_notes: expected a table of date to note"):
        calendar_from_data({"day_notes": [["2026-12-24", "x"]]})
