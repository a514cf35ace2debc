"""A long history shuffled in memory gives the timeline of the same rows in file order (#14).

The other order tests use a few dozen rows, which never reach the dense fold or its scattered
path (lists of :data:`engine.SCATTER_MIN` rows or more, told scattered by their addresses).
Here random histories of twice that length, made row by row in file order (own tuple, own
strings, own day, as a reader makes them) and then shuffled in memory, are compared with the
same rows in file order and with the reference fold (the rows as a stream), through the
timeline: counts, changes and every day's answer.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import History, engine, timeline

START = dt.date(2022, 1, 3)


def fresh(text: str) -> str:
    """A new str object equal to ``text``."""
    return text.encode().decode()


def history_rows(seed: int, days: int, platforms: int, codes: int) -> list[tuple[Any, ...]]:
    """``2 * SCATTER_MIN`` random rows over ``days`` days, in file order: every outcome
    (taken down, rejected, withdrawn, pending, reinstated) on a random platform and code."""
    rnd = random.Random(seed)
    names = ("taobao", "tmall", "tmall_global")[:platforms]
    reasons = ("tm_counterfeit", "tm_misuse", "cr_copied_content", "pat_design")[:codes]
    n, first = engine.SCATTER_MIN * 2, START.toordinal()
    rows = []
    for k in range(n):
        td = rnd.choice((0, 0, 1, 1, 1, 2, 5, 40))
        rj, wd, pd = (rnd.choice((0, 0, 0, 1, 3)) for _ in range(3))
        if not td and not rj | wd | pd:
            rj = 1  # a complaint has at least one listing with an outcome
        ri = rnd.randint(0, td) if rnd.random() < 0.05 else 0
        platform, code = fresh(rnd.choice(names)), fresh(rnd.choice(reasons))
        rows.append((first + k * days // n + 0, platform, code, td, rj, wd, pd, ri))
    return rows


@pytest.mark.no_cover
@settings(max_examples=3, deadline=None, derandomize=True)
@given(
    seed=st.integers(0, 2**32 - 1),
    days=st.integers(30, 400),
    platforms=st.integers(1, 3),
    codes=st.integers(1, 4),
)
def test_a_long_history_shuffled_in_memory_gives_the_file_order_timeline(
    seed: int, days: int, platforms: int, codes: int
) -> None:
    rows = history_rows(seed, days, platforms, codes)
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    assert engine._scattered(shuffled)  # the path under test is taken
    assert not engine._scattered(rows)
    last = START + dt.timedelta(days=days + 30)
    expected = timeline(History.from_rows(iter(rows)), START, last)  # the reference fold
    for order in (rows, shuffled):
        history = History.from_rows(order)
        assert history == History.from_rows(iter(rows))
        got = timeline(history, START, last)
        assert got.columns == expected.columns
        assert got.changes == expected.changes
