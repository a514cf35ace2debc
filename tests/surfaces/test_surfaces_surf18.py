"""surf18: every result says which rule book and reading it answers under, in every format
(the data of a lifecycle batch and of a rules diff, the Good Faith what-if and history
views, the advisor's rows, the deadline results)."""

from __future__ import annotations

import json

import pytest

import ipprules
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
