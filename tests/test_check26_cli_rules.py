"""check26: ``--rules`` given several times layers the files in the order given, as
``load_rulebook(b, base=load_rulebook(a))`` does (it was refused: "given twice")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules import check, load_rulebook
from ipprules.checks.plan import read_plan
from ipprules.cli import main

PLAN = Path(__file__).resolve().parents[1] / "examples" / "plan.toml"
PORTAL = """
[[channels]]
id = "portal"
name = "IPP portal"
max_listings = {limit}
effective_from = 2015-01-06
sources = ["BRIEF"]
confidence = "user"
"""


def _files(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(PORTAL.format(limit=300), encoding="utf-8")
    b.write_text(PORTAL.format(limit=1), encoding="utf-8")
    return a, b


def _cli(files: list[Path], capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str, str]]:
    args = ["check", str(PLAN), "--as-of", "2026-11-23", "--format", "json"]
    for path in files:
        args += ["--rules", str(path)]
    assert main(args) == 1
    data = json.loads(capsys.readouterr().out)
    return [(f["code"], f["path"], f["message"]) for f in data["findings"]]


def _python(files: list[Path]) -> list[tuple[str, str, str]]:
    book = None
    for path in files:
        book = load_rulebook(path, base=book)
    report = check(read_plan(PLAN), as_of="2026-11-23", rulebook=book)
    return [(f.code, f.path, f.message) for f in report.findings]


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_rules_twice_layers_in_the_order_given(
    order: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _files(tmp_path)
    files = [a, b] if order == "ab" else [b, a]
    cli = _cli(files, capsys)
    assert cli == _python(files)
    too_many = [f for f in cli if f[0] == "listings-too-many"]
    assert bool(too_many) is (order == "ab")  # b's limit of 1 is the last word only after a
