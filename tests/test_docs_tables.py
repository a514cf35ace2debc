"""Every Markdown table in the docs is whole: a row is never cut off from its table.

A paragraph placed between two rows ends the table; the rows after it render as plain text
with literal bars (it happened to the interpretations table of docs/rulebook.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]


def _orphan_rows(text: str) -> list[int]:
    """Line numbers of table rows that belong to no table (outside code fences)."""
    lines = text.splitlines()
    fenced = False
    in_table = False
    orphans = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            in_table = False
            continue
        if fenced:
            continue
        row = line.lstrip().startswith("|")
        if not row:
            in_table = False
            continue
        if in_table:
            continue
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if following.startswith("|") and set(following) <= set("|-: "):
            in_table = True  # a header row and its separator start a table
        else:
            orphans.append(i + 1)
    return orphans


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_table_row_is_cut_off_from_its_table(page: Path) -> None:
    assert _orphan_rows(page.read_text(encoding="utf-8")) == []


def test_a_row_after_a_paragraph_is_found() -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |\nA paragraph.\n| 3 | 4 |\n"
    assert _orphan_rows(text) == [5]
