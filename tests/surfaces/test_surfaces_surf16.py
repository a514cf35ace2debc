"""surf16: the notebook views name the rule book and reading as the commands do
(``RULEBOOK · interpretation NAME``, one ``reading_label``), HTML-escaped."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import attrs
import pytest

import ipprules
from ipprules import default_rulebook
from ipprules._table import reading_label
from ipprules.coverage import coverage
from ipprules.lifecycle import deadline_for
from ipprules.penalties import Violation, penalty_standing

HOSTILE = "book <b>&</b>"


def _views() -> list[tuple[str, Any]]:
    history = ipprules.History.from_file("examples/history.csv")
    violations = [Violation(on=date(2024, 5, 6), kind="counterfeit", points=16)]
    return [
        ("good faith standing", ipprules.standing(history, "2022-12-31")),
        ("deadline", deadline_for("processing_counterfeit", date(2024, 5, 6))),
        ("penalty standing", penalty_standing(violations, "lazada_sg", date(2024, 5, 6))),
        (
            "coverage",
            coverage(ipprules.read_plan("examples/portfolio.toml"), as_of="2026-12-02"),
        ),
        (
            "check report",
            ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23"),
        ),
    ]


@pytest.mark.no_cover
@pytest.mark.parametrize("index", range(5), ids=[n for n, _ in _views()])
def test_a_view_names_the_book_and_reading_as_the_commands_do(index: int) -> None:
    _, view = _views()[index]
    label = reading_label(view.rulebook, view.interpretation)
    assert view.rulebook and html.escape(label) in view._repr_html_()
    hostile = attrs.evolve(view, rulebook=HOSTILE)
    shown = hostile._repr_html_()
    assert html.escape(reading_label(HOSTILE, view.interpretation)) in shown
    assert "<b>&</b>" not in shown


def test_resolved_rules_view_names_the_book_and_reading() -> None:
    view = default_rulebook().as_of("2024-05-06", "official")
    label = reading_label(view.rulebook, "official")
    assert html.escape(label) in view._repr_html_()
