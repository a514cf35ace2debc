"""The quicker fold (gf8): the dense and scattered folds' short path for the common row (only
listings taken down) and their count check by one shift, and the merged series shared by the
platform sets that select the same counters, give the reference's answers (#14).

The references: :func:`engine.fold_rows` for the counters (row by row, in order) and a plain
per-day sum of the selected counters for the merged series; standings and timelines are
compared with those made on the reference's merged series, around the window's edges, with
account events, repeats and rows outside every window.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _folds import folded
from ipprules.goodfaith import AccountEvent, EventKind, History, engine, standing, timeline

DAY = dt.date(2023, 3, 31).toordinal()
#: counts around the fold's limit (2**17) and the halves a wrong shift would let through
EDGE_COUNTS = [0, 1, 2, (1 << 16) - 1, 1 << 16, (1 << 17) - 1, 1 << 17, -1, -(1 << 17)]


def fresh(text: str) -> str:
    """A new str object equal to ``text`` (as a reader makes it)."""
    return text.encode().decode()


counts = st.integers(0, 3) | st.sampled_from(EDGE_COUNTS)
#: mostly the common row (listings taken down, nothing else), sometimes any counts
outcomes = st.tuples(st.integers(1, 4), st.just(0), st.just(0), st.just(0), st.just(0)) | st.tuples(
    counts, counts, counts, counts, counts
)
rows_strategy = st.lists(
    st.builds(
        lambda d, p, c, o: (DAY + d, fresh(p), fresh(c), *o),
        st.integers(-800, 5),  # inside the window, outside it, years back
        st.sampled_from(["taobao", "tmall", "tmall_global", "xianyu"]),
        st.sampled_from(["tm_counterfeit", "cr_copied_content"]),
        outcomes,
    ),
    min_size=1,
    max_size=50,
)


def valid(row: tuple[Any, ...]) -> bool:
    """Whether the counts of ``row`` are ones the fold accepts."""
    counts = row[3:]
    return min(counts) >= 0 and max(counts) < 1 << 17 and sum(counts[:4]) > 0 and row[7] <= row[3]


valid_rows = rows_strategy.map(lambda rows: [r for r in rows if valid(r)])
EVENTS = [
    AccountEvent(date=dt.date(2022, 1, 3), kind=EventKind.ADMISSION),
    AccountEvent(date=dt.date(2022, 6, 1), kind=EventKind.REMOVAL),
    AccountEvent(date=dt.date(2022, 9, 1), kind=EventKind.WITHDRAWAL),
    AccountEvent(date=dt.date(2023, 1, 2), kind=EventKind.ABUSE),
    AccountEvent(date=dt.date(2021, 12, 31), kind=EventKind.DECLARATION),
]

QUICK = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@QUICK
@example(rows=[(DAY, "tmall", "x", 1 << 16, 0, 0, 0, 0)], again=[], how="dense", seed=0)
@example(rows=[(DAY, "tmall", "x", 2, 1 << 16, 0, 0, 0)], again=[], how="scattered", seed=0)
@example(rows=[(DAY, "tmall", "x", 2, 0, 0, 1, 0)] * 2, again=[0], how="dense", seed=0)
@given(
    rows_strategy,
    st.lists(st.integers(0, 49), max_size=30),
    st.sampled_from(["dense", "scattered"]),
    st.integers(0, 2**32),
)
def test_quick_folds_give_the_reference_fold(
    rows: list[Any], again: list[int], how: str, seed: int
) -> None:
    """Repeats (the same objects and equal copies) in any order, counts at the limit, the
    common row among others, events: the same counters, events and errors as row by row."""
    rows = rows + [rows[i % len(rows)] for i in again] + [tuple(r) for r in rows[::2]]
    rnd = random.Random(seed)
    rnd.shuffle(rows)
    rows.insert(rnd.randrange(len(rows) + 1), EVENTS[seed % len(EVENTS)])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "DENSE_MIN", 1)
        patch.setattr(engine, "SCATTER_MIN", 2)
        patch.setattr(engine, "_scattered", lambda _rows: how == "scattered")
        patch.setattr(engine, "_TOUCH", 3)  # blocks end anywhere
        got = folded(engine.fold, rows)
    assert got == folded(engine.fold_rows, rows)


def plain_merged(
    counts: engine.Counts, platforms: Any
) -> tuple[engine.Series, list[engine.Series]]:
    """The merged series as their definition says: per day, the sum of the selected counters
    (all reason codes, and each reason code), made afresh on every call."""
    total: engine.Slots = {}
    by_code: dict[str, engine.Slots] = {}
    for (platform, code), per in counts.slots.items():
        if platforms is not None and platform not in platforms:
            continue
        for day, slot in per.items():
            for acc in (total, by_code.setdefault(code, {})):
                old = acc.setdefault(day, [0] * engine.WIDTH)
                acc[day] = [a + b for a, b in zip(old, slot, strict=True)]
    return engine.Series(total), [engine.Series(by_code[c]) for c in sorted(by_code)]


def series_of(merged: tuple[engine.Series, list[engine.Series]]) -> list[tuple[Any, Any]]:
    total, codes = merged
    return [(s.days, s.prefix) for s in (total, *codes)]


@QUICK
@example(
    rows=[(DAY, "xianyu", "tm_counterfeit", 1, 0, 0, 0, 0), (DAY, "taobao", "x", 2, 0, 0, 0, 0)],
    asked=[None, ("taobao", "tmall"), ("taobao", "tmall", "xianyu"), ("xianyu",)],
)
@given(
    valid_rows,
    st.lists(
        st.none() | st.lists(st.sampled_from(["taobao", "tmall", "xianyu", "lazada"])).map(tuple),
        min_size=1,
        max_size=4,
    ),
)
def test_merged_series_are_the_sums_of_the_platforms_asked(
    rows: list[Any], asked: list[Any]
) -> None:
    """Asked in any sequence of platform sets (the same counters selected by several sets,
    sets selecting nothing), each answer is the plain sum of the counters of its platforms."""
    counts = History.from_rows(rows).counts
    for platforms in (*asked, ("taobao",), ("xianyu",), ("tmall", "taobao"), None):
        assert series_of(counts.merged(platforms)) == series_of(plain_merged(counts, platforms))


SHIFTS = st.sampled_from([0, -1, 1, -89, -90, -91, -92, -365, -366, 30])


@pytest.mark.no_cover
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(
    rows=[(DAY - 91, "taobao", "tm_counterfeit", 1, 9, 0, 0, 0)],
    events=[EVENTS[0]],
    shift=-1,
)
@given(
    valid_rows,
    st.lists(st.sampled_from(EVENTS), max_size=3),
    SHIFTS,
)
def test_standing_and_timeline_as_on_the_plain_merged_series(
    rows: list[Any], events: list[AccountEvent], shift: int
) -> None:
    """Standings and a timeline (every reading: the standing sweeps the other readings, whose
    platform sets select the same counters) as when every sweep merges the counters afresh."""
    as_of = dt.date.fromordinal(DAY + shift)
    quick = History.from_rows(rows, events)
    quick_answer = (standing(quick, as_of), timeline(quick, as_of - dt.timedelta(days=40), as_of))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine.Counts, "merged", plain_merged)
        slow = History.from_rows(rows, events)
        slow_answer = (standing(slow, as_of), timeline(slow, as_of - dt.timedelta(days=40), as_of))
    assert quick_answer == slow_answer
