"""The fold of a list whose rows lie scattered in memory (read a block at a time, each block
touched first) gives exactly the reference fold's answer, or its error, on every input."""

from __future__ import annotations

import datetime as dt
import random
import tracemalloc
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _folds import folded
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, EventKind, History, engine, standing, timeline

DAY = dt.date(2023, 1, 1).toordinal()


def fresh(text: str) -> str:
    """A new str object equal to ``text`` (as a reader makes it)."""
    return text.encode().decode()


def made(n: int, seed: int = 1) -> list[tuple[Any, ...]]:
    """``n`` rows made one after the other (own tuple, own strings, own day)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        td = rnd.randint(0, 3)
        out.append((DAY + i % 400 + 0, fresh("tmall"), fresh("x"), td, 1 - min(td, 1), 0, 0, 0))
    return out


@pytest.fixture
def always_scattered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every list of two rows or more takes the scattered path (small inputs, full checks),
    touched three rows at a time (blocks end anywhere, a last block is short)."""
    monkeypatch.setattr(engine, "SCATTER_MIN", 2)
    monkeypatch.setattr(engine, "_scattered", lambda rows: True)
    monkeypatch.setattr(engine, "_TOUCH", 3)


class Day(int):
    """An int subclass: the reference fold accepts it only on a day another row made."""


class Name(str):
    """A str subclass (a platform or a reason code)."""


def outcome() -> st.SearchStrategy[tuple[int, ...]]:
    counts = st.integers(0, 4)
    return st.tuples(counts, counts, counts, counts, counts)


good_row = st.builds(
    lambda d, p, c, o: (DAY + d, fresh(p), fresh(c), *o),
    st.integers(-400, 400),  # inside and outside any window
    st.sampled_from(["taobao", "tmall", "xianyu"]),
    st.sampled_from(["tm_counterfeit", "cr_copied_content", "x"]),
    outcome().filter(lambda o: sum(o[:4]) > 0 and o[4] <= o[0]),
)
odd_row = st.one_of(
    st.builds(lambda d, o: (d, "tmall", "x", *o), st.sampled_from([DAY + 0.0, True, 5]), outcome()),
    st.builds(lambda o: (Day(DAY), "tmall", "x", *o), outcome()),
    st.builds(lambda o: (DAY, Name("tmall"), "x", *o), outcome()),
    st.builds(lambda o: (DAY, "tmall", Name("x"), *o), outcome()),
    st.builds(lambda o: (DAY, "", "x", *o), outcome()),
    st.builds(lambda o: [DAY, "tmall", "x", *o], outcome()),  # a list row
    st.builds(lambda o: (DAY, "tmall", "x", *o), outcome()),  # any counts: no listing...
    st.sampled_from(
        [
            (DAY, "tmall", "x", -1, 2, 0, 0, 0),
            (DAY, "tmall", "x", 1 << 17, 0, 0, 0, 0),
            (DAY, "tmall", "x", 1.0, 0, 0, 0, 0),
            (DAY, "tmall", "x", True, 0, 0, 0, 0),
            (DAY, "tmall"),
            "not a row",
            None,
            AccountEvent(date=dt.date(2023, 1, 1), kind=EventKind.ADMISSION),
            AccountEvent(date=dt.date(2023, 1, 1), kind=EventKind.DECLARATION),
            AccountEvent(date=dt.date(2023, 2, 1), kind=EventKind.REMOVAL),
            AccountEvent(date=dt.date(2023, 2, 1), kind=EventKind.WITHDRAWAL),
        ]
    ),
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(good_row, min_size=1, max_size=40),
    st.lists(st.integers(0, 39), max_size=40),
    st.lists(st.tuples(st.integers(0, 80), odd_row), max_size=3),
    st.randoms(use_true_random=False),
)
def test_scattered_fold_equals_the_reference_fold(
    always_scattered: None,
    rows: list[Any],
    again: list[int],
    odd: list[tuple[int, Any]],
    rnd: random.Random,
) -> None:
    """Duplicates (the same objects and equal copies), same-day rows, rows far apart in time,
    every outcome, shuffled; with bad rows, unusual types and events anywhere."""
    rows = rows + [rows[i % len(rows)] for i in again]  # the same objects again
    rows += [tuple(r) for r in rows[::3]]  # equal copies
    reference = folded(engine.fold_rows, rows)
    rnd.shuffle(rows)
    # valid rows in any order: the same counters as the reference fold in the order made
    assert folded(engine.fold, rows) == reference
    for at, item in odd:
        rows.insert(min(at, len(rows)), item)
    # with bad rows, unusual types and events: the reference fold's answer or its error
    assert folded(engine.fold, rows) == folded(engine.fold_rows, rows)


def test_the_first_bad_row_in_the_order_given_is_named(always_scattered: None) -> None:
    rows = made(2000)
    rows[1500] = (DAY, "tmall", "x", 0, 0, 0, 0, 0)
    rows[700] = (DAY, "tmall", "x", 1, 0, 0, 0, 9)
    with pytest.raises(InputError, match=r"invalid outcome row \(738521, 'tmall', 'x', 1, 0, 0"):
        engine.fold(rows, {}, [])


def test_an_int_subclass_day_is_judged_in_the_order_given(always_scattered: None) -> None:
    """The reference accepts an int-subclass day only after a plain row made that day."""
    plain = [(DAY, "tmall", "x", 1, 0, 0, 0, 0)] * 50
    odd = (Day(DAY), "tmall", "x", 2, 0, 0, 0, 0)
    n = engine.fold([*plain, odd], {}, [])  # visited first: the fold must not refuse it
    assert n == 51
    with pytest.raises(InputError, match="the day must be an ordinal"):
        engine.fold([odd, *plain], {}, [])  # visited last: the fold must not accept it


def test_a_shuffled_list_is_folded_without_the_row_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long shuffled list takes the fold in memory order (the row loop is not called) and
    gives the reference fold's counters."""
    rows = made(engine.SCATTER_MIN * 2)
    random.Random(3).shuffle(rows)
    assert engine._scattered(rows)
    expected = folded(engine.fold_rows, rows)

    def no_row_loop(*args: Any) -> int:
        raise AssertionError("the row loop was called")

    monkeypatch.setattr(engine, "fold_rows", no_row_loop)
    assert folded(engine.fold, rows) == expected


def test_rows_in_the_order_they_were_made_keep_the_row_loop() -> None:
    rows = made(engine.SCATTER_MIN * 2)
    assert not engine._scattered(rows)
    assert not engine._scattered([rows[0]] * len(rows))  # one object repeated


def test_touched_visits_every_row_once_in_the_order_given() -> None:
    """Every row once, in the order given, whatever the rows (a list row, a string, a tuple
    subclass: touched without running code of theirs, or not at all)."""
    rows: list[Any] = made(1000)
    random.Random(5).shuffle(rows)
    rows[3], rows[600] = [DAY, "tmall", "x", 1, 0, 0, 0, 0], "not a row"
    rows[700] = Row((DAY, "tmall", "x", 1, 0, 0, 0, 0))
    visited = list(engine._touched(rows))
    assert [id(row) for row in visited] == [id(row) for row in rows]
    assert Row.iterated == 0


class Row(tuple[Any, ...]):
    """A tuple subclass that counts the calls of its own ``__iter__``."""

    iterated = 0

    def __iter__(self) -> Any:
        Row.iterated += 1
        return super().__iter__()


@pytest.mark.no_cover
def test_a_shuffled_fold_keeps_no_copy_of_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The memory a shuffled list's fold takes is its counters', not a copy of the list: before,
    the rows were sorted by address (a new list and a key integer per row, 40 bytes a row).
    65,536 rows (the scattered path from 16,384): the counters' ~160 kB, a sorted copy 3.7 MB,
    the bound 512 kB."""
    monkeypatch.setattr(engine, "SCATTER_MIN", engine.DENSE_MIN)
    rows = made(engine.SCATTER_MIN * 4)
    random.Random(6).shuffle(rows)
    assert engine._scattered(rows)
    tracemalloc.start()
    try:
        n = engine.fold(rows, {}, [])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == len(rows)
    assert peak < 8 * len(rows)  # below a list of the rows alone


def test_standing_and_timeline_are_the_same_in_any_order() -> None:
    rows = made(engine.SCATTER_MIN * 2, seed=9)
    shuffled = list(rows)
    random.Random(7).shuffle(shuffled)
    a, b = History.from_rows(rows), History.from_rows(shuffled)
    assert a == b
    day = dt.date.fromordinal(DAY + 399)
    assert standing(a, day) == standing(b, day)
    start = dt.date.fromordinal(DAY)
    assert timeline(a, start, day).columns == timeline(b, start, day).columns
