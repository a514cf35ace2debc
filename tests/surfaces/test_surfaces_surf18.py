"""surf18: every result says which rule book and reading it answers under, in every format
(the data of a lifecycle batch and of a rules diff, the Good Faith what-if and history
views, the advisor's rows, the deadline results)."""

from __future__ import annotations

import html
import json

import pytest

import ipprules
from ipprules._table import reading_label
from ipprules.lifecycle import State, apply_batch, reject_counter_notices

BOOK = ipprules.default_rulebook()


@pytest.mark.parametrize("reading", BOOK.interpretations)
def test_a_lifecycle_batch_s_data_names_its_book_and_reading(reading: str) -> None:
    view = BOOK.as_of("2024-06-03", reading)
    batch = reject_counter_notices({"A1": State.COUNTER_NOTIFIED_1}, reason="x", rulebook=view)
    data = json.loads(json.dumps(batch.to_dict()))
    assert (data["rulebook"], data["interpretation"]) == (BOOK.label, reading)
    assert data["rulebook"] == batch.rulebook and data["items"][0]["key"] == "A1"


def test_a_batch_built_without_a_book_names_the_default_book() -> None:
    data = apply_batch({"a": State.UNDER_REVIEW}, "takedown").to_dict()
    assert data["rulebook"] == BOOK.label and data["interpretation"]


@pytest.mark.parametrize("reading", BOOK.interpretations)
def test_a_rules_diff_s_data_names_the_earlier_view_s_book_and_reading(reading: str) -> None:
    before, after = BOOK.as_of("2022-01-19", reading), BOOK.as_of("2022-01-20", reading)
    data = ipprules.diff_rules(before, after).to_dict()
    assert (data["rulebook"], data["interpretation"]) == (before.rulebook, reading)
    assert data["count"] == len(data["changes"])


def test_a_diff_of_two_whole_books_over_all_dates_names_no_reading() -> None:
    data = ipprules.diff_rules(BOOK, BOOK).to_dict()
    assert (data["rulebook"], data["interpretation"], data["count"]) == ("", None, 0)


@pytest.mark.parametrize("reading", BOOK.interpretations)
def test_a_what_if_names_the_book_and_reading_before_and_after(reading: str) -> None:
    """Guard (it did already): the what-if's text and notebook view name the rule book and
    reading of both standings as ``good-faith --what-if`` does; a History, read from no
    rule book, names none."""
    history = ipprules.History.from_file("examples/history.csv")
    what = ipprules.what_if(history, "examples/what-if.toml", "2022-12-31", interpretation=reading)
    label = reading_label(what.rulebook, reading)
    assert what.rulebook == BOOK.label
    assert what.text().count(label) == 2
    assert what._repr_html_().count(html.escape(label)) == 2
    assert "interpretation" not in history._repr_html_()


@pytest.mark.parametrize(
    ("platform", "target", "facts"),
    [
        ("1688", "storefront", []),
        ("xianyu", "listing", ["counterfeit_product"]),
        ("taobao", "listing", ["counterfeit_product"]),
    ],
)
def test_advice_rows_carry_the_other_readings_decisions_in_one_column(
    platform: str, target: str, facts: list[str]
) -> None:
    """Every row (and the CSV and frame) has ``other_decisions``: each other reading's
    decision as ``reading=decision`` text, the decision's own; empty when none differs."""
    advice = ipprules.advise("trademark", platform, target=target, facts=facts, as_of="2026-11-23")
    theirs = dict(advice.decision.other_decisions)
    expected = "; ".join(f"{name}={theirs[name].text()}" for name in advice.other_readings)
    rows = advice.to_records()
    assert rows and {r["other_decisions"] for r in rows} == {expected}
    frame = advice.to_frame()
    assert list(frame.columns)[-1] == "other_decisions"
    assert set(frame["other_decisions"]) == {expected}


def test_an_advice_with_no_other_reading_has_the_same_columns_and_an_empty_cell() -> None:
    plain = ipprules.advise(
        "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23"
    )
    differs = ipprules.advise("trademark", "1688", target="storefront", as_of="2026-11-23")
    assert not plain.other_readings and differs.other_readings
    assert list(plain.to_frame().columns) == list(differs.to_frame().columns)
    assert {r["other_decisions"] for r in plain.to_records()} == {""}
    assert "official=unknown" in differs.to_records()[0]["other_decisions"]
