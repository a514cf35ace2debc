"""left13: every result that names its rule book gives its version and date too, and
``--version``'s help says it ignores ``--format``."""

from __future__ import annotations

from typing import Any

import pytest
from tests._cli import run_cli

import ipprules
from ipprules.coverage import CoverageSummary


def test_version_says_it_prints_text_whatever_the_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(["--help"], capsys)
    assert code == 0
    help_text = " ".join(out.split())
    assert "--version ignores it" in help_text
    code, out, _ = run_cli(["--version", "--format", "json"], capsys)
    assert code == 0 and out.startswith("ipprules ") and not out.startswith("{")


BOOK = {"rulebook_version": "2026.11.23", "rulebook_date": "2026-11-23"}


def _named(data: dict[str, Any]) -> dict[str, Any]:
    """The rule book's keys of a ``to_dict()``, which must sit right after ``rulebook``."""
    keys = list(data)
    at = keys.index("rulebook")
    assert keys[at + 1 : at + 3] == ["rulebook_version", "rulebook_date"], keys
    return {k: data[k] for k in BOOK}


def test_good_faith_advice_coverage_and_views_name_the_books_version_and_date() -> None:
    history = ipprules.History.from_file("examples/history.csv")
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    cover = ipprules.coverage(portfolio, as_of="2026-11-23")
    results = [
        ipprules.timeline(history, "2022-12-30", "2022-12-31").to_dict(),
        ipprules.what_if(history, [], "2022-12-31").to_dict(),
        ipprules.advise(
            "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23"
        ).to_dict(),
        cover.to_dict(),
        CoverageSummary.of(cover).to_dict(),
        ipprules.default_rulebook().as_of("2026-11-23").to_dict(),
    ]
    for data in results:
        assert _named(data) == BOOK
    diff = ipprules.coverage_diff(cover, cover).to_dict()
    assert _named(diff["before"]) == _named(diff["after"]) == BOOK
