"""The fold in dense columns (a long list of rows, in the order given) gives exactly the answer
of a plain per-row count, and the reference fold's answer or error on every input (#14)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _folds import folded
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, EventKind, History, engine, standing, timeline

#: Days at and around year ends (2019-2024), the first and last day a row may fall on.
YEAR_ENDS = [
    dt.date(year, 12, 31).toordinal() + shift for year in range(2019, 2024) for shift in (-1, 0, 1)
]
EDGES = [engine.FIRST_DAY, engine.LAST_DAY]
DAY = dt.date(2022, 6, 1).toordinal()


def fresh(text: str) -> str:
    """A new str object equal to ``text`` (as a reader makes it)."""
    return text.encode().decode()


def plain(rows: list[Any]) -> tuple[int, dict[tuple[str, str], dict[int, list[int]]]]:
    """The counters of valid rows, counted one row at a time as the engine's docstring says."""
    out: dict[tuple[str, str], dict[int, list[int]]] = {}
    n = 0
    for row in rows:
        if isinstance(row, AccountEvent):
            continue
        day, platform, code, td, rj, wd, pd, ri = row
        slot = out.setdefault((platform, code), {}).setdefault(day, [0] * 11)
        n += 1
        slot[0] += 1  # complaints submitted
        for index, count in enumerate((td, rj, wd, pd, ri), start=1):
            slot[index] += count  # listings
        if td:
            slot[6] += 1  # a complaint with a listing taken down is taken down
        elif pd:
            slot[9] += 1  # else pending if one is
        elif rj:
            slot[7] += 1  # else rejected if one was
        else:
            slot[8] += 1  # else withdrawn
        if ri:
            slot[10] += 1
    return n, out


def outcome() -> st.SearchStrategy[tuple[int, ...]]:
    counts = st.integers(0, 3) | st.sampled_from([0, 1, 300, 100_000])
    return st.tuples(counts, counts, counts, counts, counts)


valid_outcome = outcome().filter(lambda o: sum(o[:4]) > 0 and o[4] <= o[0])

days = st.one_of(
    st.integers(DAY - 1100, DAY + 10),  # about three years
    st.sampled_from(YEAR_ENDS),
    st.sampled_from(EDGES),  # far apart: columns that must grow, or give up
)

good_row = st.builds(
    lambda d, p, c, o: (d + 0, fresh(p), fresh(c), *o),
    days,
    st.sampled_from(["taobao", "tmall", "xianyu", "tmall_global"]),
    st.sampled_from(["tm_counterfeit", "cr_copied_content", "x"]),
    valid_outcome,
)

events = st.sampled_from(
    [
        AccountEvent(date=dt.date(2023, 1, 1), kind=EventKind.ADMISSION),
        AccountEvent(date=dt.date(2021, 12, 31), kind=EventKind.DECLARATION),
        AccountEvent(date=dt.date(2022, 3, 1), kind=EventKind.REMOVAL),
        AccountEvent(date=dt.date(2022, 3, 1), kind=EventKind.WITHDRAWAL),
        AccountEvent(date=dt.date(2022, 5, 2), kind=EventKind.ABUSE),
    ]
)


class Day(int):
    """An int subclass: the reference fold accepts it only on a day another row made."""


class Name(str):
    """A str subclass (a platform or a reason code)."""


odd_row = st.one_of(
    st.builds(
        lambda d, o: (d, "tmall", "x", *o),
        st.sampled_from([DAY + 0.0, True, 5, engine.LAST_DAY + 1, str(DAY), None]),
        outcome(),
    ),
    st.builds(lambda d, o: (Day(d), "tmall", "x", *o), st.sampled_from([DAY, DAY + 1]), outcome()),
    st.builds(lambda o: (DAY, Name("tmall"), "x", *o), outcome()),
    st.builds(lambda o: (DAY, "tmall", Name("x"), *o), outcome()),
    st.builds(lambda o: (DAY, "", "x", *o), outcome()),
    st.builds(lambda o: (DAY, "tmall", [], *o), outcome()),
    st.builds(lambda o: [DAY, "tmall", "x", *o], outcome()),  # a list row
    st.builds(lambda o: (DAY, "tmall", "x", *o), outcome()),  # any counts: no listing...
    st.sampled_from(
        [
            (DAY, "tmall", "x", -1, 2, 0, 0, 0),
            (DAY, "tmall", "x", 1 << 17, 0, 0, 0, 0),
            (DAY, "tmall", "x", 1.0, 0, 0, 0, 0),
            (DAY, "tmall", "x", True, 0, 0, 0, 0),
            (DAY, "tmall", "x", 1, 0, 0, 0, 2),
            (DAY + 0.5, "new", "x", 1, 0, 0, 0, 0),
            (DAY, "tmall"),
            "not a row",
            None,
        ]
    ),
)


@pytest.fixture
def dense_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every list of rows takes the dense fold in order (the scattered path stays off)."""
    monkeypatch.setattr(engine, "DENSE_MIN", 1)
    monkeypatch.setattr(engine, "_scattered", lambda rows: False)


SLOW = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@SLOW
@given(
    st.lists(good_row, min_size=1, max_size=60),
    st.lists(st.integers(0, 59), max_size=40),
    st.lists(st.tuples(st.integers(0, 120), events), max_size=3),
    st.sampled_from([1, 40, 3000, 1 << 14]),
    st.randoms(use_true_random=False),
)
def test_dense_fold_counts_as_the_plain_loop(
    dense_always: None,
    rows: list[Any],
    again: list[int],
    marks: list[tuple[int, AccountEvent]],
    cells: int,
    rnd: random.Random,
) -> None:
    """Duplicates (the same objects and equal copies), same-day rows, days years apart and at
    year ends, every outcome, several platforms and codes, events anywhere, in any order; with
    columns of every size (a small cap makes the fold give up on them part way)."""
    rows = rows + [rows[i % len(rows)] for i in again]  # the same objects again
    rows += [tuple(r) for r in rows[::3]]  # equal copies
    rnd.shuffle(rows)
    for at, event in marks:
        rows.insert(min(at, len(rows)), event)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "DENSE_CELLS", cells)
        n, series, found = folded(engine.fold, rows)
    assert (n, series) == plain(rows)
    assert found == [row for row in rows if isinstance(row, AccountEvent)]
    assert (n, series, found) == folded(engine.fold_rows, rows)


@SLOW
@given(
    st.lists(good_row, min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 80), odd_row | events), min_size=1, max_size=3),
    st.sampled_from([1, 3000, 1 << 14]),
    st.randoms(use_true_random=False),
)
def test_dense_fold_gives_the_reference_fold_answer_or_error(
    dense_always: None,
    rows: list[Any],
    odd: list[tuple[int, Any]],
    cells: int,
    rnd: random.Random,
) -> None:
    """Bad rows (named with the reference's message), unusual types (an int-subclass day is
    accepted only on a day a plain row made before it), events: as the reference fold."""
    rows += [tuple(r) for r in rows[::2]]
    rnd.shuffle(rows)
    for at, item in odd:
        rows.insert(min(at, len(rows)), item)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "DENSE_CELLS", cells)
        assert folded(engine.fold, rows) == folded(engine.fold_rows, rows)


def test_numpy_days_and_counts_as_the_reference(dense_always: None) -> None:
    np = pytest.importorskip("numpy")
    made = (DAY, "tmall", "x", 1, 0, 0, 0, 0)
    on_made = (np.int64(DAY), "tmall", "x", np.int64(2), 0, 0, 0, 0)
    on_new = (np.int64(DAY + 1), "tmall", "x", 1, 0, 0, 0, 0)
    for rows in ([made, on_made], [on_made, made], [made, on_new], [made, on_made, on_new]):
        assert folded(engine.fold, rows) == folded(engine.fold_rows, rows)
    assert folded(engine.fold, [made, on_made])[0] == 2  # accepted where a plain row made it


def made_rows(n: int, seed: int = 1) -> list[tuple[Any, ...]]:
    """``n`` rows in file order over three years (own tuple, own strings, own day)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        td = rnd.randint(0, 3)
        platform, code = rnd.choice(["tmall", "taobao"]), rnd.choice(["x", "y", "z"])
        row = (DAY - 1095 + i * 1095 // n + 0, fresh(platform), fresh(code), td, 1 - min(td, 1))
        out.append((*row, 0, 0, 0))
    return out


@pytest.mark.no_cover
def test_a_long_list_is_counted_without_the_row_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long list in the order it was made (and the same rows as read in random order) takes
    the dense fold, not the reference's row loop, and gives the plain count's counters."""
    rows = made_rows(engine.DENSE_MIN * 2)
    as_read = [
        (d + 0, fresh(p), fresh(c), *o) for d, p, c, *o in random.Random(2).sample(rows, len(rows))
    ]
    expected = [plain(rows), plain(as_read)]

    def no_row_loop(*args: Any) -> int:
        raise AssertionError("the row loop was called")

    monkeypatch.setattr(engine, "fold_rows", no_row_loop)
    assert not engine._scattered(rows) and not engine._scattered(as_read)
    assert [folded(engine.fold, r)[:2] for r in (rows, as_read)] == expected


def test_a_thin_history_goes_on_in_the_reference_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows on days centuries apart would need more cells than rows: the dense fold hands the
    rest of the list over to the reference fold, with the counters and events so far."""
    monkeypatch.setattr(engine, "DENSE_MIN", 1)
    event = AccountEvent(date=dt.date(2023, 1, 1), kind=EventKind.ADMISSION)
    rows: list[Any] = [(DAY, "tmall", "x", 1, 0, 0, 0, 0), event]
    rows += [(engine.FIRST_DAY + 5 * k, "tmall", "x", 1, 0, 0, 0, 0) for k in range(20_000)]
    rows += [event, (DAY, "tmall", "x", 0, 1, 0, 0, 0)]
    n, series, found = folded(engine.fold, rows)
    assert (n, series) == plain(rows)
    assert found == [event, event]


def test_the_first_bad_row_is_named_after_a_thousand_good_ones(dense_always: None) -> None:
    rows: list[Any] = made_rows(3000)
    rows[2500] = (DAY, "tmall", "x", 0, 0, 0, 0, 0)
    rows[1700] = (DAY, "tmall", "x", 1, 0, 0, 0, 9)
    with pytest.raises(InputError, match=r"invalid outcome row \(738307, 'tmall', 'x', 1, 0, 0"):
        engine.fold(rows, {}, [])


@pytest.mark.no_cover
def test_standing_and_timeline_as_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = made_rows(engine.DENSE_MIN * 2, seed=4)
    dense = History.from_rows(rows)
    monkeypatch.setattr(engine, "DENSE_MIN", 1 << 40)  # the reference fold only
    reference = History.from_rows(rows)
    assert dense == reference
    day = dt.date.fromordinal(DAY)
    assert standing(dense, day) == standing(reference, day)
    start = dt.date.fromordinal(DAY - 1095)
    assert timeline(dense, start, day).columns == timeline(reference, start, day).columns


@pytest.mark.no_cover
@pytest.mark.parametrize("where", ["short", "long", "shuffled"])
def test_a_reinstatement_without_a_takedown_is_refused_on_every_path(where: str) -> None:
    """``(day, p, c, 0, 1, 0, 0, 1)``: one listing rejected, one reinstated, none taken down.
    The row check refuses it (reinstated <= taken_down); the folds dropped the reinstatement
    in silence when another listing made the complaint count."""
    bad = (DAY, "tmall", "x", 0, 1, 0, 0, 1)
    rows: list[Any] = made_rows(10 if where == "short" else engine.DENSE_MIN * 2, seed=5)
    if where == "shuffled":
        rows = random.Random(3).sample(rows, len(rows))  # scattered over memory
        assert engine._scattered(rows)
    rows.insert(len(rows) // 2, bad)
    with pytest.raises(InputError, match=r"reinstated <= taken_down"):
        History.from_rows(rows)
    for good in ((DAY, "tmall", "x", 0, 1, 0, 0, 0), (DAY, "tmall", "x", 1, 1, 0, 0, 1)):
        rows[len(rows) // 2] = good
        assert folded(engine.fold, rows)[:2] == plain(rows)


@pytest.mark.parametrize("n", [1, 2, 3, 1000])
def test_the_largest_takedowns_fill_the_shared_cell_exactly(dense_always: None, n: int) -> None:
    """Listings and complaints taken down share one integer per cell (the common row adds to
    one cell, not two): ``n`` rows of the largest count the fold accepts stay below the
    complaints' part, and each counter comes out whole, as the reference counts it."""
    most = engine._LIMIT - 1
    assert engine._Dense(n).one > most * n
    rows: list[Any] = [(DAY, fresh("tmall"), fresh("x"), most, 0, 0, 0, most)] * n
    rows += [(DAY + 1, "tmall", "x", most, most, 0, 0, 0)] * n
    expected = folded(engine.fold_rows, rows)
    assert folded(engine.fold, rows) == expected
    assert expected[1][("tmall", "x")][DAY][:7] == [n, most * n, 0, 0, 0, most * n, n]
