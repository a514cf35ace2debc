"""The columnar fold's fast validity check (gf29): a few aggregates say a block has no
invalid row, and only otherwise is the per-row mask computed. The check must agree with
the mask on every block (never "valid" with a refused row in it, never "invalid" without
one), and the folded counters must be those of ``History.from_rows`` (the rows withdrawn
now counted as the rest of the rows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")
pc = pytest.importorskip("pyarrow.compute")

from ipprules.columnar import _history, history_from_table  # noqa: E402
from ipprules.columnar._history import ROW_COLUMNS  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.goodfaith import History  # noqa: E402
from ipprules.goodfaith.engine import _LIMIT, FIRST_DAY, LAST_DAY  # noqa: E402

DAY = dt.date(2023, 11, 1).toordinal()
#: each value valid, on a border, just outside it, or null
DAYS = st.sampled_from([FIRST_DAY - 1, FIRST_DAY, DAY, LAST_DAY, LAST_DAY + 1, None])
NAMES = st.sampled_from(["tmall", "taobao", "", "é", None])
COUNTS = st.sampled_from([0, 0, 1, 2, 7, _LIMIT - 1, _LIMIT, -1, None])
ROWS = st.lists(st.tuples(DAYS, NAMES, NAMES, COUNTS, COUNTS, COUNTS, COUNTS, COUNTS), max_size=8)


def _table(rows: list[tuple[Any, ...]]) -> Any:
    types = [pa.int64(), pa.string(), pa.string()] + [pa.int64()] * 5
    columns = zip(*rows, strict=True) if rows else [()] * len(ROW_COLUMNS)
    arrays = [pa.array(list(c), t) for c, t in zip(columns, types, strict=True)]
    return pa.table(dict(zip(ROW_COLUMNS, arrays, strict=True)))


@settings(max_examples=60, deadline=None)
@given(ROWS)
def test_the_fast_check_agrees_with_the_per_row_mask(rows: list[tuple[Any, ...]]) -> None:
    table = _table(rows)
    cols = {name: _history._column(table, name) for name in ROW_COLUMNS}
    refused = bool(pc.any(_history._invalid(cols)).as_py())
    assert _history._surely_valid(cols) is (not refused)


@settings(max_examples=30, deadline=None)
@given(ROWS)
def test_the_columnar_history_is_the_reference_one_or_its_error(
    rows: list[tuple[Any, ...]],
) -> None:
    try:
        expected: Any = History.from_rows(rows)
    except (InputError, TypeError) as error:
        expected = type(error)
    try:
        got: Any = history_from_table(_table(rows))
    except (InputError, TypeError) as error:
        got = type(error)
    assert got == expected


def test_each_outcome_is_counted_once_with_withdrawn_as_the_rest() -> None:
    rows = [
        (DAY, "tmall", "tm_misuse", 3, 1, 0, 0, 2),  # taken down (and reinstated)
        (DAY, "tmall", "tm_misuse", 0, 2, 1, 0, 0),  # rejected
        (DAY, "tmall", "tm_misuse", 0, 0, 4, 0, 0),  # withdrawn
        (DAY, "tmall", "tm_misuse", 0, 5, 0, 1, 0),  # pending
        (DAY + 1, "taobao", "tm_counterfeit", 0, 0, 1, 0, 0),
    ]
    assert history_from_table(_table(rows)) == History.from_rows(rows)
    slots, n = _history.fold_table(_table(rows))
    assert n == 5
    assert slots[("tmall", "tm_misuse")][DAY] == [4, 3, 8, 5, 1, 2, 1, 1, 1, 1, 1]
