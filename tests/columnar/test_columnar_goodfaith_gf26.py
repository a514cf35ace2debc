"""``history_from_table`` (the columnar Good Faith fold) against the reference
``History.from_rows``: the same history for the same rows in any order, the same timeline,
and the reference's error for the first invalid row (gf26)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")

from ipprules.columnar import _history, history_from_table  # noqa: E402
from ipprules.columnar._history import ROW_COLUMNS  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.goodfaith import AccountEvent, EventKind, History, timeline  # noqa: E402
from ipprules.goodfaith.engine import DENSE_MIN, FIRST_DAY, LAST_DAY  # noqa: E402
from ipprules.rulebook.platform_names import platform_case_slip  # noqa: E402

AS_OF = dt.date(2023, 12, 31)
DAYS = st.sampled_from(
    [
        FIRST_DAY,
        FIRST_DAY + 1,
        AS_OF.toordinal() - 90,
        AS_OF.toordinal() - 89,
        AS_OF.toordinal(),
        LAST_DAY - 1,
        LAST_DAY,
    ]
)
#: platform and reason-code cells; no platform id mistyped (``Tmall ``: refused, BAD's kind)
NAMES = st.one_of(
    st.sampled_from(
        ["taobao", "tmall", "tmall_global", "xianyu", "Tmal ", " ", "é", "\x00", "a,b"]
    ),
    st.text(min_size=1, max_size=6),
).filter(lambda name: platform_case_slip(name) is None)
#: one row per outcome the fold counts (counts 0..131,071, reinstated <= taken_down)
COUNT = st.integers(0, 131_071)


@st.composite
def outcome_rows(draw: Any) -> tuple[Any, ...]:
    kind = draw(st.sampled_from(["taken", "pending", "rejected", "withdrawn", "mixed"]))
    td = rj = wd = pd = ri = 0
    if kind == "taken":
        td = draw(st.integers(1, 131_071))
        ri = draw(st.integers(0, td))
    elif kind == "pending":
        pd = draw(st.integers(1, 131_071))
    elif kind == "rejected":
        rj = draw(st.integers(1, 131_071))
    elif kind == "withdrawn":
        wd = draw(st.integers(1, 131_071))
    else:
        td, rj, wd, pd = draw(st.tuples(COUNT, COUNT, COUNT, COUNT))
        if td + rj + wd + pd == 0:
            wd = 1
        ri = draw(st.integers(0, td))
    return (draw(DAYS), draw(NAMES), draw(NAMES), td, rj, wd, pd, ri)


def _table(rows: list[tuple[Any, ...]], dates: bool = False, dictionary: bool = False) -> Any:
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in ROW_COLUMNS]
    arrays = []
    for name, values in zip(ROW_COLUMNS, columns, strict=True):
        if name == "day":
            array = pa.array(list(values), pa.int64())
            if dates:
                array = pa.array([None if v is None else dt.date.fromordinal(v) for v in values])
        elif name in ("platform", "reason_code"):
            array = pa.array(list(values), pa.string())
            if dictionary:
                array = array.dictionary_encode()
        else:
            array = pa.array(list(values), pa.int64())
        arrays.append(array)
    return pa.table(dict(zip(ROW_COLUMNS, arrays, strict=True)))


@settings(max_examples=50, deadline=None)
@given(
    st.lists(outcome_rows(), max_size=40),
    st.booleans(),
    st.booleans(),
    st.randoms(),
    st.sampled_from([_history.BLOCK, 1, 3, 16]),
)
def test_the_same_history_as_from_rows(
    rows: list[tuple[Any, ...]], dates: bool, dictionary: bool, rnd: random.Random, block: int
) -> None:
    """In any order, and folded a block of ``block`` rows at a time."""
    pure = History.from_rows(rows)
    rnd.shuffle(rows)
    with mock.patch.object(_history, "BLOCK", block):
        kernel = history_from_table(_table(rows, dates, dictionary))
    assert kernel == pure
    assert kernel.complaints == pure.complaints
    assert repr(kernel) == repr(pure)


BAD = [
    (FIRST_DAY - 1, "tmall", "x", 1, 0, 0, 0, 0),
    (LAST_DAY + 1, "tmall", "x", 1, 0, 0, 0, 0),
    (FIRST_DAY, "", "x", 1, 0, 0, 0, 0),
    (FIRST_DAY, "tmall", "", 1, 0, 0, 0, 0),
    (FIRST_DAY, "tmall", "x", -1, 0, 0, 0, 0),
    (FIRST_DAY, "tmall", "x", 1, 131_072, 0, 0, 0),
    (FIRST_DAY, "tmall", "x", 0, 0, 0, 0, 0),
    (FIRST_DAY, "tmall", "x", 1, 0, 0, 0, 2),
    (FIRST_DAY, "tmall", "x", 0, 0, 1, 0, 1),
    (None, "tmall", "x", 1, 0, 0, 0, 0),
    (FIRST_DAY, None, "x", 1, 0, 0, 0, 0),
    (FIRST_DAY, "tmall", "x", 1, None, 0, 0, 0),
]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(outcome_rows(), max_size=10),
    st.sampled_from(BAD),
    st.sampled_from(BAD),
    st.sampled_from([_history.BLOCK, 2, 5]),
)
@pytest.mark.parametrize("dates", [False, True])
def test_the_first_invalid_row_raises_the_reference_error(
    dates: bool,
    rows: list[tuple[Any, ...]],
    bad: tuple[Any, ...],
    later: tuple[Any, ...],
    block: int,
) -> None:
    if dates and bad[0] is not None and not 1 <= bad[0] <= dt.date.max.toordinal():
        return  # no date32 for it
    rows = [*rows, bad, *rows, later]
    with pytest.raises(InputError) as pure:
        History.from_rows(rows)
    with pytest.raises(InputError) as kernel, mock.patch.object(_history, "BLOCK", block):
        history_from_table(_table(rows, dates))
    assert str(kernel.value) == str(pure.value)


def test_a_long_shuffled_history_gives_the_same_timeline() -> None:
    """Past DENSE_MIN rows the reference folds in dense columns; the timeline of the
    kernel's history equals the reference's on every day of three years."""
    rnd = random.Random(26)
    first = AS_OF.toordinal() - 3 * 365 + 1
    outcomes = [(3, 1, 0, 0, 1), (0, 2, 0, 0, 0), (0, 0, 1, 0, 0), (0, 0, 0, 4, 0)]
    rows = [
        (
            first + rnd.randrange(3 * 365),
            rnd.choice(["taobao", "tmall"]),
            f"c{rnd.randrange(4)}",
            *rnd.choice(outcomes),
        )
        for _ in range(DENSE_MIN * 2)
    ]
    events = [AccountEvent(date=dt.date(2021, 1, 2), kind=EventKind.DECLARATION)]
    pure = History.from_rows(rows, events)
    kernel = history_from_table(_table(rows), events)
    assert kernel == pure
    start = AS_OF - dt.timedelta(days=3 * 365 - 1)
    mine, theirs = (timeline(h, start, AS_OF, interpretation="brief") for h in (kernel, pure))
    assert mine.columns == theirs.columns
    assert mine.changes == theirs.changes


@pytest.mark.parametrize(
    ("table", "error", "message"),
    [
        ([(1, 2)], TypeError, "must be a pyarrow Table"),
        (pa.table({"day": [1]}), InputError, "no column 'platform'"),
        (
            None,
            InputError,
            r"invalid outcome row \(693596, 't', 'c', 1\.0, .*counts must be integers",
        ),
    ],
)
def test_junk_is_refused(table: Any, error: type[Exception], message: str) -> None:
    if table is None:
        table = _table([(FIRST_DAY, "t", "c", 1, 0, 0, 0, 0)]).set_column(
            3, "taken_down", pa.array([1.0])
        )
    with pytest.raises(error, match=message):
        history_from_table(table)


@pytest.mark.parametrize(("bad", "later"), [(BAD[4], BAD[0]), (BAD[0], BAD[4]), (BAD[9], BAD[7])])
def test_a_long_history_raises_the_reference_error_for_its_first_invalid_row(
    bad: tuple[Any, ...], later: tuple[Any, ...]
) -> None:
    """Past DENSE_MIN rows the reference folds in dense columns; its error is still that of
    the first invalid row in list order, and so is the kernel's."""
    rows = [(FIRST_DAY + i % 500, "tmall", "c", 1, 0, 0, 0, 0) for i in range(DENSE_MIN * 2)]
    rows[DENSE_MIN] = bad
    rows[DENSE_MIN + 7] = later
    with pytest.raises(InputError) as pure:
        History.from_rows(rows)
    with pytest.raises(InputError) as kernel:
        history_from_table(_table(rows))
    assert str(kernel.value) == str(pure.value)
    assert repr(bad[:3])[:-1] in str(kernel.value)
