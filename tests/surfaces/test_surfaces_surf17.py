"""surf17: the remaining notebook views (counter-notice, advise, lifecycle batch, Good Faith
timeline) name the rule book and reading as the commands do (one ``reading_label``),
HTML-escaped."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import attrs
import pytest

import ipprules
from ipprules._table import reading_label
from ipprules.counternotice.reading import read_counter_notice
from ipprules.lifecycle import State, apply_batch

HOSTILE = "book <b>&</b>"


def _relabelled(view: Any, rulebook: str) -> Any:
    """``view`` with another rule-book label (a diff is a tuple: relabelled in place)."""
    if attrs.has(type(view)):
        return attrs.evolve(view, rulebook=rulebook)
    view.rulebook = rulebook
    return view


def _views() -> list[tuple[str, Any]]:
    history = ipprules.History.from_file("examples/history.csv")
    book = ipprules.default_rulebook()
    notice = read_counter_notice("examples/counter-notice-alibaba.toml")
    return [
        ("counter-notice", ipprules.assess_counter_notice(notice)),
        ("advise", ipprules.advise("copyright", "1688", as_of="2026-11-23")),
        ("lifecycle batch", apply_batch({"a": State.UNDER_REVIEW}, "takedown")),
        ("good faith timeline", ipprules.timeline(history, date(2022, 1, 1), date(2022, 3, 1))),
        ("rules diff", ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))),
    ]


@pytest.mark.parametrize("index", range(5), ids=[n for n, _ in _views()])
def test_a_view_names_the_book_and_reading_as_the_commands_do(index: int) -> None:
    _, view = _views()[index]
    label = reading_label(view.rulebook, str(view.interpretation))
    assert view.rulebook and html.escape(label) in view._repr_html_()
    hostile = _relabelled(view, HOSTILE)
    shown = hostile._repr_html_()
    assert html.escape(reading_label(HOSTILE, str(view.interpretation))) in shown
    assert "<b>&</b>" not in shown
