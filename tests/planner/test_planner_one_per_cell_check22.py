"""check22: a planner cell naming several values where a complaint takes one (right R45;
reason code and target kind B16, R41; test purchase B17) is refused naming the rule, at the
cell's line and column, exit 2, in CSV and JSON Lines alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.checks.plan import EXAMPLE_PLAN
from ipprules.cli import main

URL = "https://item.taobao.com/item.htm?id=612345678901"

#: column, a cell naming two, and what the refusal must say.
CELLS = [
    ("right", "tm-cn-9;tm-us-9", "one right per complaint (R45"),
    ("reason", "tm_counterfeit;tm_misuse", "one reason code per complaint (B16, R41"),
    ("reason", "tm_counterfeit | tm_misuse", "one reason code per complaint (B16, R41"),
    ("target", "listing,storefront", "one target kind per complaint (B16, R41"),
    (
        "order_number",
        "1001;1002",
        "one test purchase (one order number) per complaint (inferred from B17",
    ),
]


def _plan(tmp_path: Path, name: str, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    args = ["plan", "--account", str(EXAMPLE_PLAN), "--as-of", "2026-11-23", str(path)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(("column", "cell", "said"), CELLS)
def test_a_csv_cell_naming_several_is_refused_naming_the_rule(
    column: str, cell: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    others = {"right": "tm-cn-9", "reason": "tm_counterfeit", "target": "listing"}
    others[column] = cell
    header = ["url", *others] if column in others else ["url", *others, column]
    row = [URL, *others.values()] if column in others else [URL, *others.values(), cell]
    text = ",".join(header) + "\n" + ",".join(f'"{c}"' for c in row) + "\n"
    err = _plan(tmp_path, "lines.csv", text, capsys)
    column_at = text.splitlines()[1].index(f'"{cell}"') + 1
    assert f"lines.csv:2:{column_at}: $.{column}: {said}" in err
    assert "the cell names 2" in err


@pytest.mark.parametrize("column", ["right", "reason", "target", "order_number"])
def test_a_json_lines_list_is_refused_naming_the_rule(
    column: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps({"url": URL, column: ["a", "b"]})
    err = _plan(tmp_path, "lines.jsonl", line + "\n", capsys)
    assert f"lines.jsonl:1: $.{column}: one " in err and "per complaint" in err
    assert "got a list of 2" in err


def test_one_value_a_cell_is_planned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lines.csv"
    path.write_text(f"url,right,reason\n{URL},tm-cn-9,tm_counterfeit\n", encoding="utf-8")
    args = ["plan", "--account", str(EXAMPLE_PLAN), "--as-of", "2026-11-23", str(path)]
    assert main(args) in (0, 1)
    assert "1 planned in 1 complaint(s)" in capsys.readouterr().out
