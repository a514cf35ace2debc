"""``history_from_table`` on hostile tables (columnar2): every shape, Arrow type, null and
value a user can hand it gives what ``History.from_rows`` gives for the same rows (the
table's values, a date as its ordinal), the same error for the first row it refuses, or a
``TypeError`` / ``InputError`` of its own: never a pyarrow exception or a silent drop."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")

from ipprules.columnar import _history, history_from_table  # noqa: E402
from ipprules.columnar._history import ROW_COLUMNS  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.goodfaith import History  # noqa: E402
from ipprules.goodfaith.engine import DENSE_MIN, FIRST_DAY, LAST_DAY  # noqa: E402

DAY = dt.date(2023, 1, 2).toordinal()
ROWS = [
    (DAY, "taobao", "tm_counterfeit", 1, 0, 0, 0, 0),
    (DAY + 1, "tmall", "x", 2, 1, 0, 0, 1),
    (DAY, "taobao", "tm_counterfeit", 0, 0, 3, 0, 0),
]
TEXT = ("platform", "reason_code")


def _table(rows: list[tuple[Any, ...]], **arrays: Any) -> Any:
    """The table of ``rows`` (int64 and string columns); ``arrays`` replace columns."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in ROW_COLUMNS]
    data = {
        name: pa.array(list(values), pa.string() if name in TEXT else pa.int64())
        for name, values in zip(ROW_COLUMNS, columns, strict=True)
        if name not in arrays
    }
    return pa.table({**data, **arrays})


def _rows_of(table: Any) -> list[tuple[Any, ...]]:
    """The same rows as tuples: the table's values, a date as its ordinal."""
    return [
        tuple(
            v.toordinal() if type(v) is dt.date else v
            for v in (record[name] for name in ROW_COLUMNS)
        )
        for record in table.select(list(ROW_COLUMNS)).to_pylist()
    ]


def _outcome(fold: Callable[[], History]) -> Any:
    try:
        return fold()
    except InputError as exc:
        return ("InputError", str(exc))


def _same(table: Any) -> Any:
    """The kernel's answer, checked equal to the reference's over the same rows."""
    kernel = _outcome(lambda: history_from_table(table))
    pure = _outcome(lambda: History.from_rows(_rows_of(table)))
    assert kernel == pure
    if isinstance(pure, History):
        assert repr(kernel) == repr(pure)
        assert kernel.complaints == pure.complaints
    return kernel


def _values(name: str, rows: list[tuple[Any, ...]]) -> list[Any]:
    return [row[ROW_COLUMNS.index(name)] for row in rows]


def _as(kind: str, name: str, rows: list[tuple[Any, ...]]) -> Any:
    """Column ``name`` of ``rows`` as an Arrow array of the kind ``kind``."""
    values = _values(name, rows)
    dates = [dt.date.fromordinal(v) for v in values] if name == "day" else None
    makers: dict[str, Callable[[], Any]] = {
        "bool": lambda: pa.array([bool(v) for v in values]),
        "list": lambda: pa.array([[v] for v in values]),
        "struct": lambda: pa.array([{"v": v} for v in values]),
        "text": lambda: pa.array([str(v) for v in values]),
        "bytes": lambda: pa.array([str(v).encode() for v in values], pa.binary()),
        "large_bytes": lambda: pa.array([str(v).encode() for v in values], pa.large_binary()),
        "dictionary": lambda: pa.array(values).dictionary_encode(),
        "dictionary_int8": lambda: (
            pa.array(values)
            .dictionary_encode()
            .cast(pa.dictionary(pa.int8(), pa.array(values).type))
        ),
        "null": lambda: pa.nulls(len(values)),
        "ints": lambda: pa.array(range(len(values)), pa.int64()),
        "date32": lambda: pa.array(dates, pa.date32()),
        "date64": lambda: pa.array(dates, pa.date64()),
        "timestamp": lambda: pa.array(dates).cast(pa.timestamp("s")),
        "timestamp_tz": lambda: pa.array(dates).cast(pa.timestamp("us", tz="Asia/Shanghai")),
        "decimal": lambda: pa.array([decimal.Decimal(v) for v in values], pa.decimal128(20)),
    }
    if kind in makers:
        return makers[kind]()
    return pa.array(values).cast(getattr(pa, kind)())


NUMBER_KINDS = ["int32", "int64", "uint32", "uint64", "float64", "float32", "bool", "decimal"]
OTHER_KINDS = ["list", "struct", "text", "bytes", "dictionary", "null"]
CASES = [
    *[("day", k) for k in [*NUMBER_KINDS, *OTHER_KINDS, "date32", "date64", "timestamp"]],
    ("day", "timestamp_tz"),
    *[(n, k) for n in TEXT for k in ["large_string", "string_view", "bytes", "large_bytes"]],
    *[(n, k) for n in TEXT for k in ["dictionary", "dictionary_int8", "null", "ints", "list"]],
    *[(n, k) for n in ("taken_down", "reinstated") for k in [*NUMBER_KINDS, *OTHER_KINDS]],
    *[("rejected", k) for k in ["int8", "int16", "uint8", "uint16", "uint64", "bool"]],
]


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_every_arrow_type_answers_as_the_reference_over_the_same_rows(name: str, kind: str) -> None:
    """A type the kernel reads gives the reference's history; another holds values the
    reference refuses, and its error is the reference's for the first row; no rows: no
    complaints, as the reference folds no rows."""
    if kind == "string_view" and not hasattr(pa, "string_view"):
        pytest.skip("no string_view in this pyarrow")
    array = pa.array(_values(name, ROWS)).cast(pa.string_view()) if kind == "string_view" else None
    table = _table(ROWS, **{name: array if array is not None else _as(kind, name, ROWS)})
    _same(table)
    assert _same(table.slice(0, 0)) == History.from_rows([])


def test_the_types_the_kernel_reads_give_a_history() -> None:
    """Not refusals everywhere: the readable kinds fold (bools count 0 and 1)."""
    readable = [("day", "date64"), ("taken_down", "bool"), ("day", "dictionary")]
    readable += [("reinstated", "uint64"), ("platform", "dictionary_int8")]
    for name, kind in readable:
        assert isinstance(_same(_table(ROWS, **{name: _as(kind, name, ROWS)})), History)


@pytest.mark.parametrize("name", ROW_COLUMNS)
@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_null_in_any_column_is_the_reference_error(name: str, where: int) -> None:
    """A null before, after, or in a key the fold has seen: the reference's message for the
    row as the user wrote it (its counts too, not a made-up row)."""
    rows = [list(row) for row in ROWS]
    rows[where][ROW_COLUMNS.index(name)] = None
    table = _table([tuple(row) for row in rows])
    error = _same(table)
    assert error[0] == "InputError"
    assert str(tuple(rows[where]))[1:-1] in error[1]


@pytest.mark.parametrize(
    "shape",
    [
        lambda t: t.slice(0, 0),
        lambda t: t.slice(0, 1),
        lambda t: t.slice(1, 1),
        lambda t: t.append_column("account", pa.array(["a"] * t.num_rows)),
        lambda t: t.select(list(reversed(ROW_COLUMNS))),
        lambda t: pa.table(
            {
                n: pa.chunked_array([pa.array([], c.type), *c.chunks, pa.array([], c.type)])
                for n, c in zip(t.column_names, t.columns, strict=True)
            }
        ),
        lambda t: pa.table(
            {n: pa.chunked_array([], c.type) for n, c in zip(ROW_COLUMNS, t.columns, strict=True)}
        ),
        lambda t: pa.concat_tables([t, t, t.slice(0, 0), t]).combine_chunks(),
    ],
)
def test_table_shapes_fold_as_the_reference(shape: Callable[[Any], Any]) -> None:
    assert isinstance(_same(shape(_table(ROWS))), History)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.drop_columns(["pending"]), "the table has no column 'pending'"),
        (lambda t: t.rename_columns([c.upper() for c in ROW_COLUMNS]), "no column 'day'"),
        (lambda t: t.append_column("day", t.column("day")), "2 columns named 'day'"),
        (lambda t: pa.table({}), "no column 'day'"),
    ],
)
def test_missing_renamed_or_repeated_columns_are_named(
    change: Callable[[Any], Any], message: str
) -> None:
    with pytest.raises(InputError, match=message) as caught:
        history_from_table(change(_table(ROWS)))
    assert caught.value.path.startswith("$.")


def _frames() -> list[Any]:
    table = _table(ROWS)
    junk: list[Any] = [None, "history.parquet", table.to_pydict(), ROWS, table.to_batches()[0]]
    try:
        junk.append(table.to_pandas())
        import dask.dataframe as dd

        junk.append(dd.from_pandas(table.to_pandas(), npartitions=1))
    except ImportError:
        pass
    return junk


@pytest.mark.parametrize("junk", _frames(), ids=lambda j: type(j).__name__)
def test_other_python_types_are_a_type_error_that_says_how_to_make_a_table(junk: Any) -> None:
    with pytest.raises(TypeError, match=r"must be a pyarrow Table, got \w+ \(make one with"):
        history_from_table(junk)


BIG, SMALL = 2**63 - 1, -(2**63)
VALUES = [
    (BIG, "t", "c", 1, 0, 0, 0, 0),
    (SMALL, "t", "c", 1, 0, 0, 0, 0),
    (FIRST_DAY - 1, "t", "c", 1, 0, 0, 0, 0),
    (LAST_DAY, "t", "c", 1, 0, 0, 0, 0),
    (DAY, "unknown-platform", "not-a-code", 1, 0, 0, 0, 0),
    (DAY, "t", "c", BIG, 0, 0, 0, 0),
    (DAY, "t", "c", SMALL, 0, 0, 0, 0),
    (DAY, "t", "c", 1, BIG, BIG, BIG, 0),
    (DAY, "t", "c", 131_071, 0, 0, 0, 131_071),
    (DAY, "t", "c", 0, 0, 0, 0, 0),
    (DAY, "\x00", "\u202eevil\u202c", 1, 0, 0, 0, 0),
    (DAY, "x" * (1 << 20), " ", 0, 1, 0, 0, 0),
    (DAY, "", "c", 1, 0, 0, 0, 0),
]


@pytest.mark.parametrize("row", VALUES, ids=range(len(VALUES)))
def test_extreme_values_answer_as_the_reference(row: tuple[Any, ...]) -> None:
    _same(_table([ROWS[0], row, ROWS[1]]))


@pytest.mark.parametrize(
    "day", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(1900, 1, 1), dt.date(9999, 12, 31)]
)
@pytest.mark.parametrize("kind", [pa.date32(), pa.date64()])
def test_far_dates_answer_as_the_reference(day: dt.date, kind: Any) -> None:
    rows = [ROWS[0], (day.toordinal(), *ROWS[0][1:])]
    _same(_table(rows, day=pa.array([dt.date.fromordinal(r[0]) for r in rows], kind)))


def test_an_unsigned_value_beyond_int64_is_its_rows_error_in_row_order() -> None:
    """2**64 - 1 is the reference's count error for its row, and an earlier invalid row
    still comes first (it was a column error that hid it)."""
    rows = [ROWS[0], (DAY, "t", "c", 2**64 - 1, 0, 0, 0, 0), (DAY, "t", "", 1, 0, 0, 0, 0)]
    counts = pa.array(_values("taken_down", rows), pa.uint64())
    assert "18446744073709551615" in _same(_table(rows, taken_down=counts))[1]
    assert "'t', ''" in _same(_table(rows[::-1], taken_down=counts[::-1]))[1]
    days = pa.array([DAY, 2**64 - 1], pa.uint64())
    assert "(18446744073709551615, 'tmall'" in _same(_table(ROWS[:2], day=days))[1]


def test_a_date64_with_a_time_of_day_is_named() -> None:
    moments = pa.array([86_400_000 * 19_359 + 5, 86_400_000 * 19_359], pa.date64())
    with pytest.raises(InputError, match="column 'day' must hold whole days") as caught:
        history_from_table(_table(ROWS[:2], day=moments))
    assert caught.value.path == "$.day"


def test_three_million_rows_with_one_bad_row_at_the_end() -> None:
    """The error names the last row, as the reference's over the same rows, read a block at
    a time (no block is folded whole past BLOCK rows)."""
    n = 3_000_000
    day = np.full(n, DAY, dtype=np.int64)
    day[::7] += 1
    taken = np.ones(n, dtype=np.int64)
    taken[-1] = -5
    zero = np.zeros(n, dtype=np.int64)
    text = pa.array(["taobao", "tmall"]).take(pa.array(np.arange(n) % 2))
    counts = dict.fromkeys(("rejected", "withdrawn", "pending", "reinstated"), zero)
    table = pa.table(
        {"day": day, "platform": text, "reason_code": text, "taken_down": taken, **counts}
    )
    sizes: list[int] = []
    grouped = _history._grouped

    def spy(cols: dict[str, Any]) -> Any:
        sizes.append(len(cols["day"]))
        return grouped(cols)

    with mock.patch.object(_history, "_grouped", spy), pytest.raises(InputError) as kernel:
        history_from_table(table)
    tail = _rows_of(table.slice(n - 5))
    with pytest.raises(InputError) as pure:
        History.from_rows(tail)
    assert str(kernel.value) == str(pure.value)
    assert "-5" in str(kernel.value)
    assert sizes and max(sizes) <= _history.BLOCK


def test_the_reference_shows_the_row_as_given_for_a_bad_key() -> None:
    """A row refused for its key names the user's counts in every path (a new key, a seen
    key, the dense fold), the same message the kernel gives for it."""
    bad = (None, "taobao", "tm_counterfeit", 9, 1, 0, 0, 0)
    messages = set()
    for rows in ([bad], [ROWS[0], bad], [*([ROWS[0]] * DENSE_MIN), bad]):
        with pytest.raises(InputError) as caught:
            History.from_rows(rows)
        messages.add(str(caught.value))
    assert len(messages) == 1
    assert "9, 1, 0, 0, 0" in messages.pop()


def test_a_row_with_a_count_too_long_to_print_is_shown_item_by_item() -> None:
    """``repr`` of an int of 5,001 digits fails: the message shows the row's other values
    (the day, platform and code the user looks for), whichever check refuses it."""
    huge = 10**5000
    for day in (1, DAY):
        with pytest.raises(InputError) as caught:
            History.from_rows([(day, "a", "b", huge, 0, 0, 0, 0)])
        assert f"({day}, 'a', 'b', an int of 5,001 digits, 0, 0, 0, 0)" in str(caught.value)
