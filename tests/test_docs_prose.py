"""What the docs pages say of the input files holds for the files ipprules reads (docs30).

The schemas page gave the date pattern as ``^\\d{4}-\\d{2}-\\d{2}$`` while every shipped schema
holds ``^(19|2\\d)\\d{2}-\\d{2}-\\d{2}$``; the Good Faith page named no key of a what-if
complaint (``filed`` on no page at all).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ipprules import schemas

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: The input formats whose every key a page names (the rule-book override is described by its
#: schema and the generated rule tables: its keys are the records' fields).
DOCUMENTED = (
    "plan",
    "portfolio",
    "history",
    "what-if",
    "violations",
    "calendar",
    "lifecycle",
    "planner-urls",
    "counter-notice",
)


def _keys(node: object, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        out.update(node.get("properties", {}))
        for value in node.values():
            _keys(value, out)
    elif isinstance(node, list):
        for value in node:
            _keys(value, out)
    return out


def _docs_text() -> str:
    pages = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def test_the_schemas_page_gives_the_date_pattern_the_schemas_hold() -> None:
    shipped = "\n".join(schemas.path(n).read_text(encoding="utf-8") for n in DOCUMENTED)
    patterns = {
        json.loads(f'"{p}"') for p in re.findall(r'"pattern": "([^"]*-\\\\d\{2\}\$)"', shipped)
    }
    assert len(patterns) == 1, patterns
    page = (DOCS / "schemas.md").read_text(encoding="utf-8")
    assert f"pattern `{patterns.pop()}`" in page


@pytest.mark.parametrize("name", DOCUMENTED)
def test_every_key_of_an_input_file_is_named_on_a_page(name: str) -> None:
    text = _docs_text()
    keys = _keys(schemas.schema(name), set()) - {"$schema"}
    assert keys
    forms = ("`{}`", '"{}"', "`{} =", "`[[{}]]`", "`[{}]`")
    missing = sorted(k for k in keys if not any(f.format(k) in text for f in forms))
    assert missing == []


def test_the_holidays_extra_missing_is_a_missing_extra() -> None:
    """errors.md: a feature whose optional extra is not installed raises ``MissingExtra``
    naming the extra; the China calendar raised ``MissingExtraError``, an ``IpprulesError``
    that ``except ipprules.MissingExtra`` did not catch."""
    import pickle
    import sys
    from unittest import mock

    import ipprules
    from ipprules.calendars import MissingExtraError, china_calendar

    with mock.patch.dict(sys.modules, {"holidays": None}), pytest.raises(MissingExtraError) as info:
        china_calendar(2024)
    error = info.value
    assert isinstance(error, ipprules.MissingExtra)
    assert error.extra == "holidays"
    assert "pip install 'ipprules[holidays]'" in str(error)
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is MissingExtraError and back.extra == "holidays" and str(back) == str(error)


def test_the_lifecycle_state_table_names_each_states_deadlines() -> None:
    """The state table gives each state's deadlines and rules: ``taken_down`` left out
    ``counter_notice_lazada`` (D4), ``under_review`` ``seller_response_alibaba_com`` (R60)."""
    from ipprules.lifecycle import State, state_info

    page = (DOCS / "lifecycle.md").read_text(encoding="utf-8")
    table = page.split("| state | listing online |", 1)[1].split("\n\n", 1)[0]
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"`[a-z_0-9]+`", cells[0]):
            deadlines = re.findall(r"`([a-z_0-9]+)`", cells[3])
            rows[cells[0].strip("`")] = (deadlines, re.findall(r"\b[BRD]\d+\b", cells[4]))
    assert set(rows) == {s.value for s in State}
    for state in State:
        info = state_info(state)
        assert rows[state.value] == ([h.deadline_id for h in info.deadlines], list(info.rule_ids))


def test_the_lifecycle_deadline_table_names_every_deadline_of_the_book() -> None:
    """'The rule book's deadlines' left out counter_notice_lazada and processing_good_faith."""
    import ipprules

    page = (DOCS / "lifecycle.md").read_text(encoding="utf-8")
    table = page.split("| id | kind | amount | from | rules |", 1)[1].split("\n\n", 1)[0]
    listed = [re.match(r"\| `([a-z_0-9]+)` \|", line) for line in table.splitlines()]
    ids = {m.group(1) for m in listed if m}
    book = ipprules.default_rulebook()
    in_book = {d for day in book.change_dates() for d in book.as_of(day).deadlines}
    assert ids == in_book
