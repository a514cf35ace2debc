"""surf18: every result says which rule book and reading it answers under, in every format
(the data of a lifecycle batch and of a rules diff, the Good Faith what-if and history
views, the advisor's rows, the deadline results)."""

from __future__ import annotations

import html
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules._table import reading_label
from ipprules.lifecycle import (
    Event,
    State,
    apply_batch,
    deadlines_from,
    next_deadlines,
    reject_counter_notices,
)
from ipprules.lifecycle.deadlines import DEADLINE_COLUMNS

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


_STARTS = ("ipr_verified", "takedown", "counter_notice_filed", "reject", "notice_received")


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    start=st.sampled_from(_STARTS),
    reading=st.sampled_from(BOOK.interpretations),
    day=st.sampled_from([date(2019, 6, 3), date(2022, 1, 19), date(2024, 9, 27)]),
)
def test_deadlines_from_gives_its_table_as_data_with_its_book_and_reading(
    start: str, reading: str, day: date
) -> None:
    """``deadlines_from`` gave a plain tuple, each deadline with ``to_dict`` but the whole
    with no ``to_dict``/``to_records``/``to_frame`` nor the book and reading it answered
    under. It is a tuple still, and each of these accounts for every deadline."""
    found = deadlines_from(start, day, BOOK.as_of(day, reading))
    plain = tuple(found)
    assert found == plain and isinstance(found, tuple) and found[:1] == plain[:1]
    assert (found.rulebook, found.interpretation) == (BOOK.label, reading)
    data = json.loads(json.dumps(found.to_dict()))
    assert data == {  # surf21: what was asked too, as ipprules deadline --format json
        "event": start,
        "on": day.isoformat(),
        "platform": None,
        "calendar": "weekends",
        "rulebook": BOOK.label,
        "rulebook_version": BOOK.version,  # left13: "rules as of" in every result
        "rulebook_date": BOOK.data_date.isoformat(),
        "interpretation": reading,
        "count": len(plain),
        "deadlines": [json.loads(json.dumps(r.to_dict())) for r in plain],
        "notes": [],
        "other_readings": {},
    }
    rows = found.to_records()
    assert [r["deadline_id"] for r in rows] == [r.deadline_id for r in plain]
    assert all(tuple(r) == DEADLINE_COLUMNS for r in rows)
    assert [r["due"] for r in rows] == [r.due for r in plain]
    frame = found.to_frame()
    assert tuple(frame.columns) == DEADLINE_COLUMNS and len(frame) == len(plain)
    assert str(frame["due"].dtype) == "datetime64[s]"
    shown = found._repr_html_()
    assert html.escape(reading_label(BOOK.label, reading)) in shown
    assert shown.count("<tr>") == len(plain) + 1


@pytest.mark.parametrize("reading", BOOK.interpretations)
def test_next_deadlines_names_its_book_and_reading(reading: str) -> None:
    view = BOOK.as_of("2022-01-19", reading)
    found = next_deadlines(State.TAKEN_DOWN, {Event.TAKEDOWN: date(2022, 1, 19)}, view)
    assert found and (found.rulebook, found.interpretation) == (BOOK.label, reading)
    assert found.to_dict()["count"] == len(found) == len(found.to_records())


def test_deadlines_relabelled_by_hand_are_escaped_in_a_notebook() -> None:
    found = deadlines_from("takedown", date(2022, 1, 19))
    found.rulebook = "book <b>&</b>"
    shown = found._repr_html_()
    assert "<b>&</b>" not in shown
    assert html.escape(reading_label("book <b>&</b>", "brief")) in shown
