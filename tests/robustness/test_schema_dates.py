"""The JSON Schemas' date pattern takes exactly the dates the readers take (review12: the
schemas passed ``0001-01-01``, which every reader refuses)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import ipprules
from ipprules._dates import FIRST_DATE, LAST_DATE

SCHEMAS = Path(ipprules.__file__).parent / "schemas"


def _date_patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if node.get("format") == "date":
            yield node["pattern"]
        for value in node.values():
            yield from _date_patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _date_patterns(value)


PATTERNS = sorted(
    {
        pattern
        for path in SCHEMAS.glob("*.schema.json")
        for pattern in _date_patterns(json.loads(path.read_text(encoding="utf-8")))
    }
)


def test_every_schema_has_the_one_date_pattern() -> None:
    assert len(PATTERNS) == 1


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_the_date_pattern_takes_the_readers_years(day: dt.date) -> None:
    (pattern,) = PATTERNS
    assert bool(re.search(pattern, day.isoformat())) == (FIRST_DATE <= day <= LAST_DATE)


def test_the_bounds_themselves() -> None:
    (pattern,) = PATTERNS
    for text, taken in (
        ("1900-01-01", True),
        ("2999-12-31", True),
        ("1899-12-31", False),
        ("3000-01-01", False),
        ("0001-01-01", False),
    ):
        assert bool(re.search(pattern, text)) is taken, text
