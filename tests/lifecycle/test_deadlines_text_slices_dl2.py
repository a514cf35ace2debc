"""A ``Deadlines`` (what ``deadlines_from``/``next_deadlines`` return) gives its text like the
other results, and a slice of it is a ``Deadlines`` that keeps its rule book and reading
(dl2: a slice was a plain tuple without them and there was no ``text()``)."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main
from ipprules.lifecycle import deadlines_from, next_deadlines
from ipprules.lifecycle.deadlines import Deadlines
from ipprules.lifecycle.states import Event, State

ON = date(2022, 1, 19)


def _found() -> Deadlines:
    return deadlines_from("takedown", ON, platform="aliexpress")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    start=st.none() | st.integers(-4, 4),
    stop=st.none() | st.integers(-4, 4),
    step=st.none() | st.integers(-3, 3).filter(lambda n: n != 0),
)
def test_a_slice_is_deadlines_with_the_same_labels_and_items(
    start: int | None, stop: int | None, step: int | None
) -> None:
    view = ipprules.default_rulebook().as_of(date(2024, 5, 6), "official")
    found = deadlines_from("ipr_verified", date(2024, 5, 6), view, counterfeit=True)
    assert len(found) >= 2
    part = found[start:stop:step]
    assert type(part) is Deadlines
    assert part == tuple(found)[start:stop:step]
    assert (part.rulebook, part.interpretation) == (found.rulebook, "official")
    assert part.to_dict()["count"] == len(part)


def test_an_index_is_still_one_deadline() -> None:
    found = _found()
    assert found[0] is next(iter(found)) and found[-1].deadline_id == "counter_notice_round_2_3"


def test_text_is_the_table_the_cli_prints_headed_by_the_book_and_reading() -> None:
    found = _found()
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["deadline", "takedown", "--on", "2022-01-19", "--platform", "aliexpress"])
    assert code == 0
    label = f"{ipprules.default_rulebook().label} · interpretation brief"
    text = found.text()
    assert text.splitlines()[0] == f"Deadlines ({label}):"
    body = text.split("\n", 1)[1]  # the CLI heads it with the event and date
    assert body in out.getvalue() and "counter_notice_round_2_3" in body


def test_an_empty_slice_says_none_under_its_reading() -> None:
    part = _found()[:0]
    assert part.text() == (
        f"Deadlines ({ipprules.default_rulebook().label} · interpretation brief): "
        "none (for the filters given)."
    )


def test_next_deadlines_gives_text_too() -> None:
    view = ipprules.default_rulebook().as_of(ON, "official")
    found = next_deadlines(State.TAKEN_DOWN, {Event.TAKEDOWN: ON}, view)
    assert found and found[:1].text().splitlines()[0].endswith("interpretation official):")
