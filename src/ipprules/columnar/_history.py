"""The columnar Good Faith fold: a table of outcome rows to the counters of a History.

The pure-Python fold (:func:`ipprules.goodfaith.engine.fold`) stays the reference: this
module gives the same counters for every valid table, and for a table holding an invalid
row it hands the first such row (in table order) to the reference fold, which raises its
error. It imports pyarrow and is imported only by :mod:`ipprules.columnar`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ipprules.errors import InputError
from ipprules.goodfaith.engine import _LIMIT, FIRST_DAY, LAST_DAY, Slots, fold_rows
from ipprules.rulebook.platform_names import platform_case_slip

#: The table's columns, in the order of an :data:`~ipprules.goodfaith.model.OutcomeRow`.
ROW_COLUMNS = (
    "day",
    "platform",
    "reason_code",
    "taken_down",
    "rejected",
    "withdrawn",
    "pending",
    "reinstated",
)
_COUNTS = ROW_COLUMNS[3:]
#: date32 values count days from 1970-01-01; ordinals from 0001-01-01 (day 1).
_EPOCH = dt.date(1970, 1, 1).toordinal()
_INT64_MAX = (1 << 63) - 1
#: Rows folded per block (bounds the working memory: about 100 bytes a row).
BLOCK = 1 << 20
#: The summed columns: the five counts, then the rows (complaints) taken down, rejected,
#: pending and reinstated; the rows withdrawn are the rest (every valid row has one outcome).
_SUMS = ("td", "rj", "wd", "pd", "ri", "c_td", "c_rj", "c_pd", "c_ri", "rows")


def _column(table: Any, name: str) -> Any:
    """Column ``name`` as a chunked array of the kind the fold reads (day: int64
    ordinals; platform, reason code: strings; counts: int64), or None for a column of
    another type (the reference fold refuses each of its values, null or not). Booleans
    count 0 and 1, as the reference fold counts ``False`` and ``True``; an unsigned value
    beyond int64 becomes the largest int64, refused as out of range (:func:`_row` shows the
    table's value)."""
    column, kind = _decoded(table, name)
    if pa.types.is_null(kind):  # no values, or only nulls (refused row by row)
        text = name in ("platform", "reason_code")
        return column.cast(pa.string() if text else pa.int64())
    if name == "day" and (pa.types.is_date32(kind) or pa.types.is_date64(kind)):
        try:
            days = column.cast(pa.date32()).cast(pa.int32()).cast(pa.int64())
        except pa.ArrowInvalid:  # a date64 value that is not a whole day
            raise InputError(
                f"column 'day' must hold whole days, got {kind} values with a time of day",
                path="$.day",
            ) from None
        return pc.add(days, _EPOCH)
    if name in ("platform", "reason_code"):
        if pa.types.is_string(kind) or pa.types.is_large_string(kind):
            return column
        if pa.types.is_string_view(kind):
            return column.cast(pa.large_string())
        return None
    if pa.types.is_uint64(kind):
        column = pc.min_element_wise(column, pa.scalar(_INT64_MAX, pa.uint64()))
    if pa.types.is_integer(kind) or (name != "day" and pa.types.is_boolean(kind)):
        return column.cast(pa.int64())
    return None  # values the reference fold refuses in every row (floats, bytes, lists...)


def _decoded(table: Any, name: str) -> tuple[Any, Any]:
    """The one column ``name`` of ``table`` and its type, dictionary-decoded (an
    InputError if the table has no such column, or several)."""
    found = len(table.schema.get_all_field_indices(name))
    if found != 1:
        what = f"{found} columns named {name!r}" if found else f"no column {name!r}"
        raise InputError(
            f"the table has {what} (it needs {', '.join(ROW_COLUMNS)})", path=f"$.{name}"
        )
    column = table.column(name)
    kind = column.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
        column = column.cast(kind)
    return column, kind


def _row(block: Any, i: int) -> tuple[Any, ...]:
    """Row ``i`` of ``block`` as the reference fold's tuple: the table's values, a date
    (date32, date64 of whole days) as its ordinal, the day the kernel reads."""
    row = []
    for name in ROW_COLUMNS:
        value = block.column(name)[i].as_py()
        row.append(value.toordinal() if type(value) is dt.date else value)
    return tuple(row)


def _surely_valid(cols: dict[str, Any]) -> bool:
    """Whether no row of ``cols`` is refused, from a few aggregates (no null, every day and
    count in range, no empty platform or code, an outcome in every row, reinstated <=
    taken_down everywhere): cheaper than the per-row mask of :func:`_invalid`, which is
    computed only when this says False (the same rows refused, the same first one)."""
    if any(column.null_count for column in cols.values()):
        return False
    td, rj, wd, pd, ri = (cols[c] for c in _COUNTS)
    days = pc.min_max(cols["day"]).as_py()
    if days["min"] is not None and (days["min"] < FIRST_DAY or days["max"] > LAST_DAY):
        return False
    for count in (td, rj, wd, pd, ri):
        low_high = pc.min_max(count).as_py()
        if low_high["min"] is not None and (low_high["min"] < 0 or low_high["max"] >= _LIMIT):
            return False
    # counts in 0.._LIMIT: the sums and the difference below cannot overflow
    least = pc.min(pc.add(pc.add(td, rj), pc.add(wd, pd))).as_py()
    if least is not None and least <= 0:
        return False
    most = pc.max(pc.subtract(ri, td)).as_py()
    if most is not None and most > 0:
        return False
    for name in ("platform", "reason_code"):
        shortest = pc.min(pc.binary_length(cols[name])).as_py()
        if shortest is not None and shortest <= 0:
            return False
    return not _case_slips(cols["platform"])


def _case_slips(platforms: Any) -> list[str]:
    """The platforms of a block written in another case than their id (``Taobao``), which
    the reference fold refuses (:func:`~ipprules.rulebook.platform_names.platform_case_slip`):
    each distinct value looked at once."""
    names = pc.unique(platforms).to_pylist()
    return [n for n in names if isinstance(n, str) and n and platform_case_slip(n) is not None]


def _invalid(cols: dict[str, Any]) -> Any:
    """Per row, whether the reference fold refuses it (a null, a day out of range, an
    empty platform or code, a count outside 0..131,071, no outcome, reinstated >
    taken_down)."""
    td, rj, wd, pd, ri = (cols[c] for c in _COUNTS)
    bad = pc.or_(pc.less(cols["day"], FIRST_DAY), pc.greater(cols["day"], LAST_DAY))
    for name in ("platform", "reason_code"):
        bad = pc.or_(bad, pc.equal(pc.utf8_length(cols[name]), 0))
    for count in (td, rj, wd, pd, ri):
        bad = pc.or_(bad, pc.or_(pc.less(count, 0), pc.greater_equal(count, _LIMIT)))
    nothing = pc.equal(pc.add(pc.add(td, rj), pc.add(wd, pd)), 0)
    bad = pc.or_(bad, pc.or_(nothing, pc.greater(ri, td)))
    slips = _case_slips(cols["platform"])
    if slips:  # Taobao: refused by the reference fold, with its "did you mean"
        bad = pc.or_(bad, pc.is_in(cols["platform"], value_set=pa.array(slips, pa.string())))
    return pc.fill_null(bad, True)  # a null anywhere in a row: refused


def _grouped(cols: dict[str, Any]) -> Any:
    """The counters summed per (platform, reason code, day), as a table."""
    td, rj, wd, pd, ri = (cols[c] for c in _COUNTS)
    taken = pc.greater(td, 0)
    some_pending = pc.greater(pd, 0)
    # the rows are valid (:func:`_invalid`): each has one outcome, taken down first, then
    # pending, rejected, withdrawn (the rest); reinstated only where taken down
    flags = {
        "c_td": taken,
        "c_rj": pc.and_not(pc.greater(rj, 0), pc.or_(taken, some_pending)),
        "c_pd": pc.and_not(some_pending, taken),
        "c_ri": pc.greater(ri, 0),
    }
    data = {
        "platform": cols["platform"],
        "code": cols["reason_code"],
        "day": cols["day"],
        **dict(zip(_SUMS[:5], (td, rj, wd, pd, ri), strict=True)),
        **flags,  # booleans, summed as counts
    }
    by_key = pa.table(data).group_by(["platform", "code", "day"], use_threads=False)
    found = by_key.aggregate([(name, "sum") for name in _SUMS[:-1]] + [("day", "count")])
    return found.rename_columns(
        ["rows_sum" if name == "day_count" else name for name in found.column_names]
    )


def fold_table(table: Any) -> tuple[dict[tuple[str, str], Slots], int]:
    """The counters of the rows of ``table`` (as :func:`~ipprules.goodfaith.engine.fold`
    gives them) and the number of complaints; the reference fold's error for the first
    invalid row. The rows are read :data:`BLOCK` at a time (bounded working memory)."""
    parts = []
    for start in range(0, max(table.num_rows, 1), BLOCK):
        block = table.slice(start, BLOCK)
        cols = {name: _column(block, name) for name in ROW_COLUMNS}
        if any(column is None for column in cols.values()):
            if block.num_rows:  # the reference refuses the first row: its error
                fold_rows([_row(block, 0)], {}, [])
                raise InputError(f"row {start} of the table is invalid")  # pragma: no cover
            return {}, 0
        if _surely_valid(cols):
            parts.append(_grouped(cols))
            continue
        invalid = _invalid(cols)
        if pc.any(invalid).as_py():
            first = pc.index(invalid, True).as_py()
            fold_rows([_row(block, first)], {}, [])  # raises the reference fold's error
            raise InputError(f"row {start + first} of the table is invalid")  # pragma: no cover
        parts.append(_grouped(cols))
    found = _merged(parts).to_pydict()
    sums = [found[f"{name}_sum"] for name in _SUMS]
    slots: dict[tuple[str, str], Slots] = {}
    n = 0
    keys = (found["platform"], found["code"], found["day"])
    for platform, code, day, td, rj, wd, pd, ri, c_td, c_rj, c_pd, c_ri, rows in zip(
        *keys, *sums, strict=True
    ):
        n += rows
        c_wd = rows - c_td - c_rj - c_pd
        slots.setdefault((platform, code), {})[day] = [
            rows,
            td,
            rj,
            wd,
            pd,
            ri,
            c_td,
            c_rj,
            c_wd,
            c_pd,
            c_ri,
        ]
    return {key: slots[key] for key in sorted(slots)}, n


def _merged(parts: list[Any]) -> Any:
    """The blocks' sums per (platform, reason code, day) summed over the blocks."""
    if len(parts) == 1:
        return parts[0]
    by_key = pa.concat_tables(parts).group_by(["platform", "code", "day"], use_threads=False)
    again = by_key.aggregate([(f"{name}_sum", "sum") for name in _SUMS])
    return again.rename_columns([c.removesuffix("_sum") for c in again.column_names])
