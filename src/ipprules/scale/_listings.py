"""Listings at scale: parse every URL of a Dask DataFrame, then de-duplicate across partitions.

Each partition is parsed on its own by the columnar kernel
(:func:`ipprules.columnar.parse_column` over its URL column); nothing is computed to build the
graph (the output ``meta`` is declared). The de-duplication works in two passes and moves only
``(identity key, position)`` pairs: the first pass parses each partition for its keys and keeps
the first position of every key it holds; those pairs are shuffled by key to find the first
occurrence globally, and the pairs that lost go back to their own partition (by partition
number, with known divisions); the second pass parses each partition again (a path source is
read again) and marks its duplicates, so no parsed rows wait in memory for the shuffle. Beyond
:data:`_FEW_PARTITIONS` partitions the pairs of :data:`_GROUP` neighbouring partitions move
together, so the graph grows about linearly with the partitions (:func:`_exchanged`). A row
is a duplicate exactly when :func:`ipprules.listings.dedupe` on the whole input in order would
call it one, and points at the same first occurrence.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from ipprules.listings import RECORD_FIELDS

if TYPE_CHECKING:
    from ipprules.errors import InputError
from ipprules.scale._common import (
    encodable,
    files_named,
    one_file_zips,
    refuse_twice,
    renamed,
    shown_file,
    text_column,
    with_article,
)
from ipprules.scale._deps import DaskFrame, DaskSeries, PandasFrame, PandasSeries, require

__all__ = [
    "COLUMNS",
    "PARQUET_OPTIONS",
    "CsvHead",
    "csv_head",
    "listing_meta",
    "parse_partition",
    "parse_urls",
    "read_urls",
    "write_listings",
]

#: The columns of :func:`parse_urls`, with their kind: every field of the listing record
#: schema (:data:`ipprules.listings.RECORD_FIELDS`: the same keys for a listing and a
#: rejection, as ``as_dict()`` gives them), the source partition and position
#: (0-based within the partition), and what de-duplication made of the row (``status`` is
#: ``listing``, ``duplicate`` or ``rejected``; ``first_partition``/``first_position`` locate
#: the first occurrence of a duplicate's identity).
COLUMNS: tuple[tuple[str, str], ...] = (
    *RECORD_FIELDS,
    ("partition", "int64"),
    ("position", "int64"),
    ("status", "string"),
    ("first_partition", "Int64"),
    ("first_position", "Int64"),
)
#: position bits in the global order key ``partition << _SHIFT | position``
_SHIFT = 40
#: how the de-duplication's two exchanges move their pairs: Dask's task-based shuffle, which
#: runs on every scheduler (synchronous, threads, processes, distributed) and sends its
#: pieces through the scheduler's own data transfers, not a directory one machine can see
_SHUFFLE = "tasks"
#: the partitions up to which the de-duplication's exchanges move one partition of pairs per
#: input partition; beyond, :data:`_GROUP` neighbouring partitions' pairs move as one (see
#: :func:`_exchanged`)
_FEW_PARTITIONS = 32
_GROUP = 8
#: the rows from which a partition's first pass uses the columnar kernel (on the URLs of
#: ``benchmarks/scale.py``, the kernel's CPU against ``parse_listing`` per row: 1.19x at
#: 25,000 rows, 0.94x at 50,000, 0.85x at 100,000, 0.83x at 400,000)
_COLUMNAR_KEYS = 65_536

#: The options :func:`write_listings` passes to pyarrow's Parquet writer
#: (``pyarrow.parquet.write_table``) for the rows of :func:`parse_urls`, unless you pass your
#: own: snappy compression (as ``to_parquet`` by default); dictionary encoding only for the
#: columns of few distinct values (``to_parquet`` tries it on every column, and on the URLs,
#: ids, identity keys and positions it only costs time, then falls back); min/max statistics
#: only for the numbers (``partition``, ``position``, ``first_partition``,
#: ``first_position``: a filter on ``partition`` still skips the other files; a text column
#: mixes its values in every file, so its statistics would skip nothing). The file holds the
#: same columns, types and values; on 1,000,000 URLs of ``benchmarks/scale.py`` the write
#: takes about 0.77 times the CPU of ``to_parquet``'s defaults and the files are 4% smaller.
PARQUET_OPTIONS: Mapping[str, Any] = MappingProxyType(
    {
        "compression": "snappy",
        "use_dictionary": (
            "platform",
            "marketplace",
            "kind",
            "region",
            "code",
            "reason",
            "status",
            "partition",
            "first_partition",
        ),
        "write_statistics": ("partition", "position", "first_partition", "first_position"),
    }
)


def _dtypes() -> dict[str, Any]:
    pd = require("pandas")
    string = pd.StringDtype("pyarrow")
    kinds = {"string": string, "bool": "bool", "int64": "int64", "Int64": pd.Int64Dtype()}
    return {name: kinds[kind] for name, kind in COLUMNS}


def listing_meta() -> PandasFrame:
    """An empty pandas DataFrame with the columns and dtypes of :func:`parse_urls`.

    Pass it as ``meta=`` when you map your own function over partitions with these columns,
    so Dask does not call it on a fake row to guess them.

    >>> meta = listing_meta()
    >>> len(meta), list(meta.columns)[:4], str(meta.dtypes["ok"])
    (0, ['input', 'ok', 'platform', 'marketplace'], 'bool')
    """
    pd = require("pandas")
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in _dtypes().items()})


def parse_partition(
    frame: PandasFrame, column: str = "url", partition_info: dict[str, Any] | None = None
) -> PandasFrame:
    """Parse one pandas partition: one output row per input row, in order (no de-duplication).

    ``frame`` is a pandas DataFrame with a ``column`` of URLs, or a Series of them (as
    ``ddf.url.map_partitions(parse_partition, meta=listing_meta())`` passes it; without
    ``meta=``, Dask calls it on a fake partition to guess the columns, which works too). A
    DataFrame without ``column`` is an :class:`~ipprules.errors.InputError` naming it.
    A missing URL (None, NaN, NA, NaT) is parsed as the empty string (a rejection) and keeps
    a missing ``input``; any other value that is not text is a :class:`TypeError` naming its
    row (never read as missing), and a lone surrogate an
    :class:`~ipprules.errors.InputError`.

    >>> import pandas as pd
    >>> out = parse_partition(pd.DataFrame({"url": [
    ...     "https://detail.tmall.com/item.htm?id=690091011924&skuId=1", "not a url"]}))
    >>> out[["ok", "platform", "identity", "code", "position"]].values.tolist()
    [[True, 'tmall', 'taobao-item:690091011924', <NA>, 0], [False, <NA>, <NA>, 'not-a-url', 1]]
    """
    from ipprules.columnar import parse_column
    from ipprules.planner.engine import _cyclic_gc_paused
    from ipprules.scale._common import partition_number

    number = partition_number(partition_info)
    # the columnar kernel: a missing URL is the empty string's rejection with a null input;
    # no cycles are made, and a worker's big heap makes every collection expensive
    urls = _strings(_url_series(frame, column))
    with _cyclic_gc_paused():
        table = parse_column(urls, nulls="reject")
    return _record_frame(table, urls, number, frame.index)


def _record_frame(table: Any, urls: Any, number: int, index: Any) -> PandasFrame:
    """The kernel's ``table`` of the partition ``number`` as the pandas frame of
    :data:`COLUMNS` on ``index``: each Arrow column wrapped as its pandas array once, in the
    order of :data:`COLUMNS` (no frame made and then widened, reordered and re-indexed), the
    ``input`` column the partition's own Arrow URLs (``urls``, which the kernel's ``input``
    equals, its nulls included), not the kernel's copy of them cast back."""
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    pd = require("pandas")
    np = require("numpy")
    string = pd.StringDtype("pyarrow")
    n = table.num_rows
    ok = table.column("ok")
    columns: dict[str, Any] = {}
    for name, kind in COLUMNS:
        if name == "input":
            value = pa.chunked_array([urls]) if isinstance(urls, pa.Array) else urls
        elif name == "status":
            value = pc.if_else(ok, "listing", "rejected")
        elif name == "ok":
            columns[name] = ok.to_numpy()
            continue
        elif name in ("partition", "position"):
            numbers = np.full(n, number) if name == "partition" else np.arange(n)
            columns[name] = numbers.astype("int64", copy=False)
            continue
        elif kind == "Int64":  # first_partition, first_position: no duplicate before dedupe
            columns[name] = pd.arrays.IntegerArray(
                np.zeros(n, dtype="int64"), np.ones(n, dtype=bool)
            )
            continue
        else:
            value = table.column(name)
        columns[name] = string.__from_arrow__(value)
    return pd.DataFrame(columns, index=index, copy=False)


def _missing_column(column: str, columns: Iterable[object]) -> InputError:
    """The error of a frame without the URL ``column``, naming its columns and the first whose
    name says it holds links as a file's header is read (``URL``, ``Link``, ``商品链接``:
    :data:`~ipprules.listings.columns.URL_COLUMNS`, without regard to case), with the
    keyword that names it: a frame is read by the column it is told, not by such a name.

    >>> str(_missing_column("url", ["title", "URL"]))
    "$.url: no column 'url' (columns: title, URL); the URLs in 'URL'? name it, column='URL'"
    """
    from ipprules.errors import InputError
    from ipprules.listings.columns import URL_COLUMNS, column_key

    names = [str(c) for c in columns]
    like = next((n for n in names if column_key(n) in (*URL_COLUMNS, column_key(column))), None)
    hint = f"; the URLs in {like!r}? name it, column={like!r}" if like is not None else ""
    return InputError(
        f"no column {column!r} (columns: {', '.join(names)}){hint}", path=f"$.{column}"
    )


def _url_series(frame: PandasFrame | PandasSeries, column: str) -> PandasSeries:
    """The URL column of a partition: ``frame[column]``, or ``frame`` itself if a Series."""
    pd = require("pandas")
    if isinstance(frame, pd.Series):
        return frame
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(
            f"expected a pandas DataFrame or Series of URLs, got {type(frame).__name__}"
        )
    from ipprules.errors import InputError, plain

    if isinstance(column, str):
        column = plain(column)  # a str subclass's own __eq__ and __hash__ are never called
    if column not in frame.columns:
        raise _missing_column(column, frame.columns)
    found = frame[column]
    if isinstance(found, pd.DataFrame):  # a frame with two columns of that name
        raise InputError(
            f"{found.shape[1]} columns named {column!r}: which holds the URLs is not known",
            path=f"$.{column}",
        )
    return found


class _StringDtypes:
    """``types_mapper`` for ``Table.to_pandas``: Arrow strings as pandas ``string[pyarrow]``."""

    def get(self, arrow_type: Any) -> Any:
        pa = require("pyarrow")
        if arrow_type in (pa.string(), pa.large_string()):
            return require("pandas").StringDtype("pyarrow")
        return None


class _ParquetDtypes(_StringDtypes):
    """``types_mapper`` of a Parquet file read whole: strings as ``string[pyarrow]``, dates as
    Arrow dates (as ``dd.read_parquet`` reads them)."""

    def get(self, arrow_type: Any) -> Any:
        pa = require("pyarrow")
        if arrow_type == pa.date32():
            return require("pandas").ArrowDtype(arrow_type)
        return super().get(arrow_type)


_PARQUET_DTYPES = _ParquetDtypes()


def _strings(series: PandasSeries) -> Any:
    """The URL column as an Arrow string array, null where a value is missing (None, NaN, NA).

    A value that is neither text nor missing is a :class:`TypeError` naming its row (as
    :func:`ipprules.listings.parse_listings` refuses one), never read as missing; a ``str``
    Arrow cannot hold (a lone surrogate) is an :class:`~ipprules.errors.InputError`."""
    pa = require("pyarrow")
    pd = require("pandas")
    if series.dtype != object:
        try:
            arrow = pa.array(series.array, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):  # complex
            arrow = pa.nulls(0)
        if pa.types.is_dictionary(arrow.type):  # a categorical column: its values
            arrow = arrow.dictionary_decode()
        if pa.types.is_string_view(arrow.type):
            arrow = arrow.cast(pa.string())
        if pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type):
            return arrow
        if len(series) and not series.isna().all():
            raise TypeError(f"the URL column holds {series.dtype} values, not text")
    else:
        fast = _object_strings(series, pa, pd)
        if fast is not None:
            return fast
    texts: list[str | None] = []
    for label, item in zip(series.index, series.tolist(), strict=True):
        if isinstance(item, str):
            texts.append(item)
        elif _missing(item, pd):
            texts.append(None)
        else:
            kind = with_article(type(item).__name__)
            raise TypeError(f"the URL column holds {kind} at row {label!r}, not text")
    try:
        return pa.array(texts, pa.string())
    except UnicodeEncodeError:
        from ipprules.errors import InputError

        for label, text in zip(series.index, texts, strict=True):
            if text is not None and not encodable(text):
                raise InputError(
                    "not valid Unicode (a lone surrogate): Arrow strings are UTF-8",
                    path=f"$[{label!r}]",
                ) from None
        raise  # pragma: no cover - some row could not be encoded


def _object_strings(series: PandasSeries, pa: Any, pd: Any) -> Any:
    """An object column of text (and missing values) as an Arrow string array without a
    Python loop over its rows: pandas' type inference (in C) finds every present value a
    ``str``, and only the missing ones are looked at, each as :func:`_missing` reads it.
    ``None`` when that cannot be shown (a value that is not text, a missing value
    :func:`_missing` does not take, a lone surrogate): the caller's row-by-row loop then
    decides, and names the row."""
    if not len(series) or pd.api.types.infer_dtype(series, skipna=True) != "string":
        return None
    values = series.to_numpy(dtype=object)
    gaps = pd.isna(values)
    if gaps.any():
        np = require("numpy")
        if not all(_missing(values[i], pd) for i in np.flatnonzero(gaps).tolist()):
            return None
        values = values.copy()
        values[gaps] = None
    try:
        return pa.array(values, pa.string())
    except (pa.ArrowException, TypeError, ValueError, UnicodeError):
        return None


def _missing(item: object, pd: Any) -> bool:
    """None, NaN (a float or numpy float), ``pd.NA`` or ``pd.NaT``."""
    if item is None or item is pd.NA or item is pd.NaT:
        return True
    return isinstance(item, float) and item != item


# ---------------------------------------------------------------- de-duplication


def _first_keys(
    frame: PandasFrame,
    column: str,
    use_derived: bool,
    partition_info: dict[str, Any] | None = None,
) -> PandasFrame:
    """``(key, order)`` of the first row of every identity key in one input partition (the
    first pass: the partition is parsed for its keys only, nothing else is kept), in the
    order of their first rows.

    A partition of :data:`_COLUMNAR_KEYS` rows or more goes through the columnar kernel (its
    ``identity`` and ``derived_key`` columns are ``parse_listing``'s, row for row, and they
    are the columns the marking pass reads); a smaller one through ``parse_listing`` row by
    row, which costs less there than the kernel's vectorised steps."""
    from ipprules.planner.engine import _cyclic_gc_paused

    pd = require("pandas")
    from ipprules.scale._common import partition_number

    number = partition_number(partition_info)
    urls = _strings(frame[column])
    with _cyclic_gc_paused():
        if len(urls) >= _COLUMNAR_KEYS:
            keys, positions = _columnar_keys(urls, use_derived)
        else:
            keys, positions = _listing_keys(urls, use_derived)
    return pd.DataFrame(
        {
            "key": pd.array(keys, dtype=pd.StringDtype("pyarrow")),
            "order": pd.array((number << _SHIFT) | positions, dtype="int64"),
        }
    )


def _listing_keys(urls: Any, use_derived: bool) -> tuple[Any, Any]:
    """The first pass's keys and their first positions, by ``parse_listing`` per row."""
    from ipprules.listings import Listing, parse_listing

    np = require("numpy")
    first: dict[str, int] = {}
    keep = first.setdefault
    for position, text in enumerate(urls.fill_null("").to_pylist()):
        r = parse_listing(text)
        if type(r) is Listing:
            keep((r.derived_identity or r.identity) if use_derived else r.identity, position)
    return list(first), np.fromiter(first.values(), dtype="int64", count=len(first))


def _columnar_keys(urls: Any, use_derived: bool) -> tuple[Any, Any]:
    """The first pass's keys and their first positions, by the columnar kernel: Arrow's
    dictionary encoding numbers the keys in order of first appearance, and the first row of
    each number is its first position."""
    from ipprules.columnar import parse_column

    pc = require("pyarrow.compute")
    np = require("numpy")
    table = parse_column(urls, nulls="reject")
    at = np.flatnonzero(table.column("ok").to_numpy())
    keys = table.column("identity").take(at)
    if use_derived:
        keys = pc.coalesce(table.column("derived_key").take(at), keys)
    encoded = pc.dictionary_encode(keys).combine_chunks()
    _, firsts = np.unique(encoded.indices.to_numpy(), return_index=True)
    return encoded.dictionary, at[firsts].astype("int64")


def _losers(pairs: PandasFrame) -> PandasFrame:
    """Of ``(key, order)`` pairs holding every pair of their keys: the pairs that are not
    their key's first occurrence, as ``(part, order, first)``, indexed by nothing."""
    pd = require("pandas")
    first = pairs.groupby("key", sort=False)["order"].transform("min")
    lost = pairs["order"] != first
    order = pairs["order"][lost].to_numpy()
    return pd.DataFrame(
        {"part": order >> _SHIFT, "order": order, "first": first[lost].to_numpy()}
    ).astype("int64")


def _listed_keys(frame: PandasFrame, use_derived: bool) -> tuple[Any, Any, Any]:
    """Of one parsed partition: the row numbers of its listings, their identity keys
    (``derived_key`` first when ``use_derived``) dictionary-encoded in order of first
    appearance, and their global orders ``partition << _SHIFT | position``."""
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    np = require("numpy")
    at = np.flatnonzero(frame["ok"].to_numpy())
    keys = pa.chunked_array(pa.array(frame["identity"].array)).take(at)
    if use_derived:
        derived = pa.chunked_array(pa.array(frame["derived_key"].array))
        keys = pc.coalesce(derived.take(at), keys)
    encoded = pc.dictionary_encode(keys).combine_chunks()
    order = (frame["partition"].to_numpy()[at] << _SHIFT) | frame["position"].to_numpy()[at]
    return at, encoded, order


def _parsed_first_keys(frame: PandasFrame, use_derived: bool) -> PandasFrame:
    """``(key, order)`` of the first row of every identity key in one parsed partition (the
    pairs of :func:`_first_keys`, read from the rows of :func:`parse_partition` instead of
    parsing again: ``parse_urls(..., keep_parsed=True)``)."""
    pd = require("pandas")
    np = require("numpy")
    _, encoded, order = _listed_keys(frame, use_derived)
    _, firsts = np.unique(encoded.indices.to_numpy(), return_index=True)
    return pd.DataFrame(
        {
            "key": pd.array(encoded.dictionary, dtype=pd.StringDtype("pyarrow")),
            "order": pd.array(order[firsts], dtype="int64"),
        }
    )


def _finish(frame: PandasFrame, losers: PandasFrame, use_derived: bool) -> PandasFrame:
    """Mark the duplicates of one parsed partition, given the pairs of it that lost globally.

    Each key's first row in the partition is found once (Arrow's dictionary encoding numbers
    the keys in order of first appearance), its order remapped to the global first when it
    lost; a row is a duplicate when its key's first order is not its own. The three columns
    that change are built whole and set on a shallow copy (no copy of the other columns, no
    row-by-row writes into Arrow arrays)."""
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    pd = require("pandas")
    np = require("numpy")
    if not frame["ok"].to_numpy().any():
        return frame
    at, encoded, order = _listed_keys(frame, use_derived)
    codes = encoded.indices.to_numpy()
    _, firsts = np.unique(codes, return_index=True)  # the first row of each code, by code
    first = order[firsts]  # each key's first order in this partition
    lost = losers["order"].to_numpy()
    if len(lost):
        sorted_at = np.argsort(lost, kind="stable")
        lost = lost[sorted_at]
        to = losers["first"].to_numpy()[sorted_at]
        where = np.minimum(np.searchsorted(lost, first), len(lost) - 1)
        hit = lost[where] == first
        first = np.where(hit, to[where], first)
    first = first[codes]
    duplicate = first != order
    if not duplicate.any():
        return frame
    marked = np.zeros(len(frame), dtype=bool)
    marked[at[duplicate]] = True
    values = np.zeros(len(frame), dtype="int64")
    values[at[duplicate]] = first[duplicate]
    string = pd.StringDtype("pyarrow")
    status = pa.chunked_array(pa.array(frame["status"].array))
    out = frame.copy(deep=False)
    out["status"] = string.__from_arrow__(pc.if_else(pa.array(marked), "duplicate", status))
    out["first_partition"] = pd.arrays.IntegerArray(values >> _SHIFT, ~marked)
    out["first_position"] = pd.arrays.IntegerArray(values & ((1 << _SHIFT) - 1), ~marked)
    return out


def _parse_and_finish(
    frame: PandasFrame,
    losers: PandasFrame,
    column: str,
    use_derived: bool,
    partition_info: dict[str, Any] | None = None,
) -> PandasFrame:
    """The second pass: parse one input partition and mark its duplicates."""
    return _finish(parse_partition(frame, column, partition_info), losers, use_derived)


def _losers_meta() -> PandasFrame:
    pd = require("pandas")
    return pd.DataFrame({c: pd.Series([], dtype="int64") for c in ("part", "order", "first")})


def _pairs_meta() -> PandasFrame:
    pd = require("pandas")
    return pd.DataFrame(
        {
            "key": pd.Series([], dtype=pd.StringDtype("pyarrow")),
            "order": pd.Series([], dtype="int64"),
        }
    )


def _exchanged(pairs: DaskFrame, nparts: int) -> DaskFrame:
    """The losing pairs of every input partition, ``nparts`` partitions indexed by ``part``
    (partition ``i`` holds the pairs of input partition ``i``, divisions ``0..nparts``).

    Up to :data:`_FEW_PARTITIONS` partitions the pairs are shuffled by key into ``nparts``
    partitions and the losers back by partition number. Beyond, a task shuffle's tasks grow
    faster than its partitions (about ``n * n`` in one stage, ``n * sqrt(n)`` in two), so the
    pairs of :data:`_GROUP` neighbouring partitions are concatenated first (no computing: the
    pairs are the keys' first rows, few against the rows), both exchanges move
    ``ceil(nparts / _GROUP)`` partitions, and each group of losers is split back by its known
    divisions: the graph grows about linearly with the partitions."""
    group = _GROUP if nparts > _FEW_PARTITIONS else 1
    buckets = max(1, -(-nparts // group))
    if group > 1:
        pairs = pairs.repartition(npartitions=buckets)
    shuffled = pairs.shuffle(on="key", npartitions=buckets, shuffle_method=_SHUFFLE)
    losers = shuffled.map_partitions(_losers, meta=_losers_meta(), enforce_metadata=False)
    divisions = [*range(0, nparts, group), nparts]
    by_part: DaskFrame = losers.set_index("part", divisions=divisions, shuffle_method=_SHUFFLE)
    if group > 1:
        by_part = by_part.repartition(divisions=list(range(nparts + 1)))
    return by_part


# ---------------------------------------------------------------------- the door


def parse_urls(
    source: DaskFrame | DaskSeries | str | os.PathLike[str],
    *,
    column: str | None = None,
    dedupe: bool = True,
    use_derived: bool = False,
    blocksize: int | str = "32MiB",
    keep_parsed: bool = False,
) -> DaskFrame:
    """Parse every URL of ``source`` into a Dask DataFrame of :data:`COLUMNS`, lazily.

    ``source`` is a Dask DataFrame with a ``column`` of URLs, a Dask Series, or a path glob
    (see :func:`read_urls`; ``column=None``, the default, finds a file's URL column by one of
    its names, as ``ipprules listings`` does without ``--column``, and a frame's ``url``
    column; a ``column`` given is read as ``--column`` reads it). One output row per input row, in
    the input's partitions and order. ``dedupe=True`` marks every listing whose identity
    key (``derived_key`` first when ``use_derived``) appeared at an earlier (partition,
    position) as a ``duplicate`` of the first one, as :func:`ipprules.listings.dedupe` does
    on one machine; it parses every URL twice (keys first, rows second: see the module's
    docstring). A Dask DataFrame passed as ``source`` is computed once and its URL column
    kept until the second pass. ``keep_parsed=True`` parses every URL once instead and keeps
    each parsed partition in the workers' memory until its duplicates are known (the same
    rows; about 1.7x faster with de-duplication on 2,000,000 URLs, see ``docs/scaling.md``),
    at a memory that grows with the input, not the partition (a distributed worker's
    ``memory_limit`` spills it to disk). Without ``dedupe`` there is nothing to keep the
    rows for: ``keep_parsed=True`` with ``dedupe=False`` is refused
    (:class:`~ipprules.errors.InputError`, before any work), as ``ipprules listings`` refuses
    ``--keep-parsed`` without ``--dedupe``.

    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> urls = pd.DataFrame({"url": [
    ...     "https://item.taobao.com/item.htm?id=606832683299",
    ...     "https://s.taobao.com/search?q=shoes",
    ...     "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x"]})
    >>> out = parse_urls(dd.from_pandas(urls, npartitions=2))
    >>> with dask.config.set(scheduler="synchronous"):
    ...     table = out.compute()
    >>> table[["status", "partition", "position", "first_position"]].values.tolist()
    [['listing', 0, 0, <NA>], ['rejected', 0, 1, <NA>], ['duplicate', 1, 0, 0]]
    """
    _check_flags(dedupe, use_derived, keep_parsed)
    column = _check_column(column)  # a Series: ValueError from `or`
    dd = require("dask.dataframe")
    given, column = column, column or "url"
    frame = _as_frame(source, given, blocksize)
    meta = listing_meta()
    if not dedupe:
        parsed: DaskFrame = frame.map_partitions(
            parse_partition, column, meta=meta, enforce_metadata=False
        )
        return parsed
    nparts = frame.npartitions
    if keep_parsed:
        return _deduped_once(frame, column, use_derived)
    pairs = frame.map_partitions(
        _first_keys, column, use_derived, meta=_pairs_meta(), enforce_metadata=False
    )
    # both exchanges by tasks, named: left to Dask, the method is chosen when the graph is
    # optimised, and with no default distributed client (the CLI's clients are not set as
    # default) that is the "disk" shuffle, which writes to one machine's local disk (partd)
    by_part = _exchanged(pairs, nparts)
    # the second pass parses again: a path is read again (nothing waits in memory for the
    # shuffle); a Dask DataFrame you pass keeps its URL column in memory until then
    again = _as_frame(source, given, blocksize, run=1)
    result: DaskFrame = dd.map_partitions(
        _parse_and_finish,
        again,
        by_part,
        column,
        use_derived,
        meta=meta,
        align_dataframes=False,
        enforce_metadata=False,
    )
    return result


def _check_flags(dedupe: bool, use_derived: bool, keep_parsed: bool) -> None:
    """:func:`parse_urls`' flags: bools, and ``keep_parsed`` only with ``dedupe``."""
    from ipprules._args import require_bool

    require_bool(dedupe, "dedupe")
    require_bool(use_derived, "use_derived")
    require_bool(keep_parsed, "keep_parsed")
    if keep_parsed and not dedupe:  # it would change nothing: say so, as the CLI does
        from ipprules.errors import InputError

        raise InputError(
            "keep_parsed=True keeps the parsed URLs in the Dask workers' memory while "
            "dedupe=True finds the duplicates: give dedupe=True (or leave keep_parsed False)"
        )


def _deduped_once(frame: DaskFrame, column: str, use_derived: bool) -> DaskFrame:
    """:func:`parse_urls`' rows with ``dedupe=True, keep_parsed=True``: each partition parsed
    once and kept (in the workers' memory) until the exchange of its identity keys says which
    of its listings are duplicates."""
    dd = require("dask.dataframe")
    meta = listing_meta()
    parsed = frame.map_partitions(parse_partition, column, meta=meta, enforce_metadata=False)
    held = parsed.map_partitions(
        _parsed_first_keys, use_derived, meta=_pairs_meta(), enforce_metadata=False
    )
    kept: DaskFrame = dd.map_partitions(
        _finish,
        parsed,
        _exchanged(held, frame.npartitions),
        use_derived,
        meta=meta,
        align_dataframes=False,
        enforce_metadata=False,
    )
    return kept


def write_listings(frame: DaskFrame, path: Any, **options: Any) -> Any:
    """Write the rows of :func:`parse_urls` as Parquet, one file per partition, under the
    directory ``path``: ``frame.to_parquet(path, write_index=False, **PARQUET_OPTIONS)``, any
    option of yours (``to_parquet``'s and pyarrow's writer's: ``compute=False``,
    ``compression="zstd"``, ``use_dictionary=True``, ``write_index=True``...) in place of
    the default of that name. Returns what ``to_parquet`` returns (``None``, or the lazy
    write with ``compute=False``).

    The options (:data:`PARQUET_OPTIONS`) change how the file is encoded, not what it holds:
    ``pd.read_parquet(path)`` and ``dd.read_parquet(path)`` give the frame they give for
    ``frame.to_parquet(path, write_index=False)``. A ``frame`` that is not a Dask DataFrame
    is a :class:`TypeError`; a directory that cannot be written, or an option the writer
    refuses, an :class:`~ipprules.errors.IpprulesError` naming ``path``. So is a directory
    that already holds files (``to_parquet`` leaves the files it does not write, and an
    earlier write's would be read back with these rows), unless you pass ``overwrite=True``
    (which deletes them; refused when ``frame`` reads its URLs from files there) or
    ``append=True``.

    >>> import dask, dask.dataframe as dd, pandas as pd, tempfile
    >>> urls = pd.DataFrame({"url": ["https://item.taobao.com/item.htm?id=606832683299"]})
    >>> with tempfile.TemporaryDirectory() as out:
    ...     write_listings(parse_urls(dd.from_pandas(urls, npartitions=1)), out,
    ...                    compute_kwargs={"scheduler": "synchronous"})
    ...     pd.read_parquet(out)[["identity", "status"]].values.tolist()
    [['taobao-item:606832683299', 'listing']]
    """
    from ipprules.errors import IpprulesError

    dd = require("dask.dataframe")
    if not isinstance(frame, dd.DataFrame):
        raise TypeError(
            f"expected a Dask DataFrame (as parse_urls returns), got {type(frame).__name__}"
        )
    where = path_text(path)
    refuse_star(where, f"cannot write the rows as Parquet to {where}")
    chosen = {"write_index": False, **PARQUET_OPTIONS, **options}
    try:
        if not chosen.get("overwrite") and not chosen.get("append"):
            _refuse_leftovers(path, where, chosen.get("storage_options"))
        elif chosen.get("overwrite"):
            _refuse_reading_from(frame, path, where, chosen.get("storage_options"))
        return frame.to_parquet(path, **chosen)
    except IpprulesError:  # a worker's error about an input file (it reached the write)
        raise
    except (
        OSError,
        ValueError,
        NotImplementedError,  # engine="fastparquet"
        require("pyarrow").ArrowException,
    ) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, OSError) and exc.strerror:  # the reason, not the path again
            detail = exc.strerror
        raise IpprulesError(f"cannot write the rows as Parquet to {where}: {detail[:200]}") from exc


def refuse_star(path: str, said: str) -> None:
    """An :class:`~ipprules.errors.IpprulesError` (``said: ...``) when the output directory
    ``path`` holds a ``*``: Dask's ``to_parquet`` reads it as a glob of files and fails
    (``AssertionError: only one path``) whatever the glob matches."""
    if "*" in path:
        from ipprules.errors import IpprulesError

        raise IpprulesError(
            f"{said}: Dask reads the '*' in its name as a glob, not as the directory to write; "
            "name a directory without a '*'"
        )


def _refuse_leftovers(path: Any, where: str, storage: Any) -> None:
    """An :class:`~ipprules.errors.IpprulesError` when the directory ``path`` holds files:
    ``to_parquet`` leaves the files it does not write, so an earlier write's
    ``part.7.parquet`` would be read back with these rows (as ``ipprules listings --out``
    refuses a directory that is not empty)."""
    from ipprules.errors import IpprulesError

    fsspec = require("fsspec")
    fs, base = fsspec.core.url_to_fs(os.fspath(path), **(storage or {}))
    if not fs.isdir(base):
        return  # nothing there (or a file: the writer's own error names it)
    shown = entries_shown(fs.ls(base, detail=False))
    if shown:
        raise IpprulesError(
            f"cannot write the rows as Parquet to {where}: the directory is not empty (it holds "
            f"{shown}), and the files not written again would be read back with these rows; "
            "write to an empty directory, or pass overwrite=True (deletes what it holds) or "
            "append=True"
        )


def _refuse_reading_from(frame: DaskFrame, path: Any, where: str, storage: Any) -> None:
    """An :class:`~ipprules.errors.IpprulesError` when ``overwrite=True`` would delete a
    file that ``frame`` reads (a path glob given to :func:`parse_urls` under ``path``):
    ``to_parquet`` deletes the directory before the graph runs, so the input was lost and
    the run failed on a missing file. Dask refuses it for its own ``read_parquet`` only."""
    from dask.dataframe.dask_expr.io.io import FromMap

    from ipprules.errors import IpprulesError

    fsspec = require("fsspec")
    _, base = fsspec.core.url_to_fs(os.fspath(path), **(storage or {}))
    prefix = base.rstrip("/") + "/"
    for op in frame.expr.find_operations(FromMap):
        for items in op.iterables:
            for item in items:
                piece = item[0] if isinstance(item, tuple) and item else None
                if not isinstance(piece, _Piece):
                    continue
                read = fsspec.core.url_to_fs(piece.path)[1]
                if (read.rstrip("/") + "/").startswith(prefix):
                    raise IpprulesError(
                        f"cannot write the rows as Parquet to {where} with overwrite=True: "
                        f"the rows are read from {piece.path}, which it would delete before "
                        "reading it; write to another directory"
                    )


def entry_name(path: Any) -> str:
    """The last part of ``path`` (a directory's entry as ``fs.ls`` names it)."""
    return str(path).rstrip("/").rsplit("/", 1)[-1]


def entries_shown(paths: Iterable[Any]) -> str:
    """The names of a directory's entries (``fs.ls``), sorted, as a message shows them
    (``a, b, c and 4 more``); empty for none.

    >>> entries_shown(["out/part.1.parquet", "out/part.0.parquet"]), entries_shown([])
    ('part.0.parquet, part.1.parquet', '')
    """
    held = sorted(map(entry_name, paths))
    return ", ".join(held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")


def _check_column(column: object) -> str | None:
    """``column``, a name (as a plain ``str``: a subclass's own ``strip``, ``__eq__`` and
    ``__hash__`` are never called) or ``None`` (a blank name, which meant the default ``url``
    in silence, is refused: ``None`` asks for the URL column by its names)."""
    if column is None:
        return None
    if not isinstance(column, str):
        raise TypeError(f"column must be a str or None, got {type(column).__name__}")
    from ipprules.errors import plain

    column = plain(column)
    if not column.strip():
        from ipprules.errors import InputError

        raise InputError(
            f"column: a blank name {column!r}; give the URL column's name, or None to find it "
            "by one of its names"
        )
    return column


def _as_frame(source: Any, given: str | None, blocksize: int | str, run: int = 0) -> DaskFrame:
    dd = require("dask.dataframe")
    if isinstance(source, str | os.PathLike):
        return read_urls(source, column=given, blocksize=blocksize, _run=run)
    column = given or "url"
    if isinstance(source, dd.Series):
        source = source.to_frame(name=column)
        text_column(source, column, "URL")
        return source
    if isinstance(source, dd.DataFrame):
        if column not in source.columns:
            raise _missing_column(column, source.columns)
        refuse_twice(source.columns, column, "URLs")
        text_column(source, column, "URL")
        return source[[column]]
    raise TypeError(f"expected a Dask DataFrame, Series or a path glob, got {type(source)!r}")


def read_urls(
    path: str | os.PathLike[str],
    *,
    column: str | None = None,
    blocksize: int | str = "32MiB",
    _run: int = 0,
) -> DaskFrame:
    """Read URLs from files matching ``path`` (a glob) into a one-column Dask DataFrame.

    Each file is read as its own name says (:func:`file_kind`), so a glob may mix kinds:
    ``*.parquet`` files (or a directory of them alone: one holding other files too is
    refused, as they would not be read) give one partition per file (only the URL column is
    read); ``*.csv`` (or ``*.csv.gz``) files one partition per file, read
    as ``ipprules listings`` reads a CSV (:mod:`ipprules.listings.columns`: cells split by
    commas, semicolons or tabs, or by what an Excel ``sep=`` line names, decided from each
    file's header before anything runs; every cell read as text); anything else is plain
    text, one URL per line, read in blocks of ``blocksize`` bytes split at line ends (blank
    lines are skipped, as ``ipprules listings`` does; a ``\\r`` before the line end is
    dropped), unless its first line is a CSV header (a ``sep=`` line, or a line without
    ``://`` that a delimiter splits into cells naming the URL column): it is then read as a
    CSV, as on one machine; ``.jsonl`` and ``.ndjson`` files, and text files whose first line
    starts with ``{``, are JSON Lines, read in blocks too: the value of each object's URL key
    (``column``, or by the same names), as ``ipprules listings`` reads them. Paths may be any
    ``fsspec`` URL (``s3://...``) the workers can open.

    ``column`` names the URL column (matched as given, else ignoring case, spaces, dashes
    and underscores, as ``--column``: ``column="url"`` on a header without it is refused, as
    on one machine, ``no column 'url'``); ``None``, the default, takes the first header cell
    named ``url``, ``link``, ``href``, ``链接``...
    (:data:`ipprules.listings.columns.URL_COLUMNS`), as ``ipprules listings`` does without
    ``--column``. The frame's column is ``column`` (``url`` for ``None``). A file read as a
    list of URLs one a line has no column to name: a ``column`` other than ``url`` is refused
    for it (``column= needs a CSV or JSON Lines input``), as
    :func:`ipprules.planner.read_lines` refuses it.

    >>> from ipprules.scale import read_urls
    >>> urls = read_urls("examples/urls.txt")
    >>> table = urls.compute(scheduler="synchronous")
    >>> urls.npartitions, list(table.columns), len(table)
    (1, ['url'], 24)
    """
    from ipprules._options import _option, column_option, read_by_name

    column = _check_column(column)
    dd = require("dask.dataframe")
    name = column or "url"
    path = path_text(path)
    # named as typed, not by the absolute paths read; the URL column named as Python does
    with files_as_typed(path), column_option("column="), read_by_name():
        pieces = _pieces(path, column, blocksize)
        option = _option()  # said by the workers too (column=, or the command's --column)
    pieces = [piece._replace(shown=shown_file(piece.path, path)) for piece in pieces]
    pd = require("pandas")
    meta = pd.DataFrame({name: pd.Series([], dtype=pd.StringDtype("pyarrow"))})
    # ``_run`` only makes the tasks distinct: a second read of the same files (the second
    # pass of the de-duplication) is read again rather than kept in memory from the first
    frame: DaskFrame = dd.from_map(
        _read_piece, [(piece, _run, option) for piece in pieces], column=name, meta=meta,
        label="read-urls", enforce_metadata=False,
    )  # fmt: skip
    return frame


class CsvHead(NamedTuple):
    """How a CSV file is read, decided from its first lines: the ``delimiter``, the
    1-based ``line`` of the header (an Excel ``sep=`` line and blank lines before it are
    skipped) and its ``cells`` (split as :mod:`csv` splits them, a byte order mark dropped)."""

    delimiter: str
    line: int
    cells: tuple[str, ...]


class _Piece(NamedTuple):
    """One partition of :func:`read_urls`: a ``parquet``, ``csv`` or ``text`` file (a
    block of ``length`` bytes at ``offset`` for text, of a file of ``total`` bytes when its
    blocks were planned), with the URL column's name (Parquet) or the CSV header found
    before anything ran (``None``: the worker finds it)."""

    kind: str
    path: str
    offset: int = 0
    length: int = 0
    source: str = ""
    head: CsvHead | None = None
    total: int = -1
    stamp: tuple[int, Any] | None = None
    #: the file's name as the user typed it (its errors name it so), if not ``path``
    shown: str = ""


def _pieces(path: str, column: str | None, blocksize: int | str) -> list[_Piece]:
    """The partitions of the files matching ``path``, each file read as its own name says
    (:func:`file_kind`; a text file whose first line is a CSV header as a CSV), whatever the
    glob; checks the column of every Parquet and CSV file now, not on a worker."""
    from ipprules.errors import InputError

    fsspec = require("fsspec")
    size = block_size(blocksize)
    paths = matching_paths(path)
    one_file_zips(paths)  # a zip of several files or none: refused as one machine does
    parquet = is_parquet(path, paths)
    pieces: list[_Piece] = []
    for p in paths:
        kind = "parquet" if parquet else file_kind(p)
        if kind == "text":
            _refuse_document(p)
            kind = text_kind(p, column)
            _lines_take_no_column(kind, column, p)
        if kind == "parquet":  # a file footer each
            stamp = file_stamp(p)  # rewritten before its read: refused (see check_unchanged)
            schema = parquet_schema(p)
            source = _parquet_column(schema.names, column, p)
            _check_text_type(schema.field(source).type, source, p)
            pieces.append(_Piece("parquet", p, source=source, stamp=stamp))
        elif kind == "csv":
            stamp = file_stamp(p)
            head = _csv_head_checked(p, column)
            pieces.append(_Piece("csv", p, source=column or "", head=head, stamp=stamp))
        else:  # text or JSON Lines: blocks split at line ends
            try:
                _refuse_old_mac(p)
            except InputError as exc:  # a NUL byte before the bare CR is said first
                raise _first_error(kind, p, column if kind == "jsonl" else None, exc) from None
            fs, local = fsspec.core.url_to_fs(p)
            total = fs.size(local)
            source = column or "" if kind == "jsonl" else ""
            if _compressed(p):  # gzip cannot be split: the whole file is one partition
                pieces.append(_Piece(kind, p, 0, -1, source, None, total))
                continue
            # a block no longer than the rest of the file: each read allocates its length
            # first (a blocksize of 64 GiB was a MemoryError on a file of 1 KB)
            pieces += [
                _Piece(kind, p, lo, max(min(size, total - lo), 1), source, None, total)
                for lo in range(0, max(total, 1), size)
            ]
    return pieces


def _lines_take_no_column(kind: str, column: str | None, path: str) -> None:
    """Refuse ``column`` for a file read as a list of URLs one a line (``kind`` ``text``),
    as :func:`ipprules.planner.read_lines` and ``ipprules listings --column`` refuse it
    (``column= needs a CSV or JSON Lines input``): it named no column of the file, its lines
    read all the same. ``url`` names the one column such a list is read into.
    """
    from ipprules._options import _option
    from ipprules.errors import InputError

    if kind == "text" and column is not None and column != "url":
        raise InputError(f"{_option()} needs a CSV or JSON Lines input", file=path)


def block_size(blocksize: int | str) -> int:
    """``blocksize`` (a number of bytes, or text such as ``"32MiB"``) as a positive number of
    bytes; a value of another type is a :class:`TypeError`, one that is not a positive size
    an :class:`~ipprules.errors.IpprulesError` naming ``blocksize``.

    >>> block_size("32MiB"), block_size(1000)
    (33554432, 1000)
    """
    from ipprules.errors import IpprulesError, plain

    if isinstance(blocksize, bool) or not isinstance(blocksize, int | str):
        raise TypeError(
            f"blocksize must be an int or a str such as '32MiB', got {type(blocksize).__name__}"
        )
    # as its plain value: a subclass's own strip or comparisons are never called
    blocksize = plain(blocksize) if isinstance(blocksize, str) else int.__index__(blocksize)
    size = blocksize
    if isinstance(blocksize, str):
        if not blocksize.strip():  # Dask reads "" as 1 byte: a partition per byte
            raise IpprulesError(
                f"blocksize: not a size in bytes {blocksize!r} (expected e.g. '32MiB')"
            )
        try:
            size = require("dask").utils.parse_bytes(blocksize)
        except (ValueError, TypeError):
            raise IpprulesError(
                f"blocksize: not a size in bytes {blocksize!r} (expected e.g. '32MiB')"
            ) from None
    if not isinstance(size, int) or size < 1:
        raise IpprulesError(f"blocksize: expected a positive number of bytes, got {blocksize!r}")
    return size


def _compressed(path: str) -> bool:
    """Whether the text or JSON Lines file ``path`` is compressed, as its name says
    (``urls.txt.gz``, ``.bz2``, ``.xz``...): read in blocks of its bytes, it was refused as
    "gzip-compressed data", where ``ipprules listings`` reads it uncompressed on one
    machine; it is read whole (compressed data cannot be split at line ends), one
    partition."""
    return require("fsspec.utils").infer_compression(path) is not None


def _refuse_old_mac(path: str) -> None:
    """Refuse a text file of old Mac line ends (a bare CR inside its first non-blank line, in
    its first 64 KiB), as ``ipprules listings`` does on one machine: read in blocks split at
    line ends, it would be one line, and its URLs but the first would be lost."""
    from ipprules._files import old_mac_line

    head = read_bytes(path, 1 << 16).removeprefix(b"\xef\xbb\xbf")  # a BOM is no text
    for number, raw in enumerate(head.split(b"\n"), start=1):
        text = raw.decode("utf-8", "replace")
        if text.strip():  # blank as one machine finds it (U+2028, U+0085... are white space)
            old_mac_line(text, path, number)
            return


def _parquet_column(names: Sequence[str], column: str | None, path: str) -> str:
    """The URL column of a Parquet file with columns ``names``, found as in a CSV header
    (see :func:`read_urls`); a file without one is refused naming it (no line: a Parquet
    file has no header line)."""
    from ipprules.listings.columns import url_column

    # the URL column named twice is said in a CSV header's words ("the column 'url' is named
    # twice: which holds the URLs?"; Arrow reads a column by its name: which one is unknown)
    with parquet_header(path):
        return names[url_column(list(names), column, path)]


@contextlib.contextmanager
def parquet_header(path: str) -> Iterator[None]:
    """Within it, an :class:`~ipprules.errors.InputError` of a check made for a CSV header
    (its line and cell) is raised again naming the Parquet file ``path`` alone, in the same
    words: a Parquet file has no header line (``in the header`` and the hint about pandas'
    CSV index are dropped)."""
    from ipprules._files import PANDAS_INDEX
    from ipprules.errors import InputError

    try:
        yield
    except InputError as exc:
        message = exc.problems[0].message.replace(" in the header (", " (", 1)
        message = message.replace(f"; {PANDAS_INDEX}", "").replace(f" {PANDAS_INDEX}", "")
        raise InputError(message, path=exc.problems[0].path, file=path) from None


def _refuse_document(path: str) -> None:
    """Refuse another command's TOML or JSON document as ``ipprules listings`` refuses it on
    one machine (:func:`ipprules.listings.columns.refuse_document`); its first line is read
    only for a plain ``.json`` name (a ``.json.gz`` is not decompressed to look at it)."""
    from ipprules._files import compression_of
    from ipprules.listings.columns import refuse_document

    packed = compression_of(path)
    plain = path[: -len(packed)] if packed else path
    if not plain.lower().endswith((".toml", ".json")):
        return
    filled: list[str] = []
    if not packed and plain.lower().endswith(".json"):  # a lone "[": the line after it too
        filled = list(itertools.islice((t for _, t in _head_lines(path) if t.strip()), 2))
    first, then = [*filled, None, None][:2]
    refuse_document(plain, first, path, then)


def text_kind(path: str, column: str | None) -> str:
    """How a file that is not Parquet or CSV by its name is read, as ``ipprules listings``
    decides it on one machine (:func:`ipprules.listings.columns.input_kind`): ``jsonl``
    (``.jsonl``, ``.ndjson``, or a first non-blank line starting with ``{``), ``csv`` (a
    first line that is a CSV header) or ``text``; a first line that cannot be read now is
    left to the worker that reads the file as text."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import input_kind

    try:
        first = next((text for _, text in _head_lines(path) if text.strip()), None)
    except InputError:
        first = None
    kind = input_kind(path, first, column)
    return "text" if kind == "lines" else kind


def file_kind(path: str) -> str:
    """How :func:`read_urls` reads the file ``path``, by its name: ``parquet`` (``.parquet``,
    ``.pq``), ``csv`` (``.csv``, ``.csv.gz``) or ``text`` (anything else).

    >>> file_kind("crawl/a.PARQUET"), file_kind("s3://b/u.csv.gz"), file_kind("urls.txt")
    ('parquet', 'csv', 'text')
    """
    name = path.lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith((".csv", ".csv.gz")):
        return "csv"
    return "text"


def _check_text_type(kind: Any, column: str, path: str) -> None:
    """Refuse a Parquet column of ``kind`` that does not hold text (or only nulls)."""
    from ipprules.errors import InputError

    pa = require("pyarrow")
    if not (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_null(kind)
        or (getattr(pa.types, "is_string_view", None) and pa.types.is_string_view(kind))
        or (pa.types.is_dictionary(kind) and pa.types.is_string(kind.value_type))
    ):
        raise InputError(f"the column {column!r} holds {kind} values, not text", file=path)


def is_parquet(path: str, paths: list[str]) -> bool:
    """Whether the files ``path`` matched (``paths``) are read as Parquet."""
    suffixes = (".parquet", ".pq")
    return path.lower().rstrip("/").endswith(suffixes) or all(
        p.lower().endswith(suffixes) for p in paths
    )


def parquet_schema(path: str) -> Any:
    """The Arrow schema of a Parquet file (its footer only); a file that is not Parquet, or
    is cut short, is an :class:`~ipprules.errors.InputError` naming it."""
    with require("fsspec").open(path, "rb") as handle:
        schema = parquet_read(path, require("pyarrow.parquet").read_schema, handle)
    return _without_pandas_index(schema)


def _without_pandas_index(schema: Any) -> Any:
    """``schema`` without the columns pandas wrote for an unnamed index
    (``__index_level_0__``... of a filtered frame's ``to_parquet``, listed in the file's
    pandas metadata): not data (``pd.read_parquet`` makes them the index), so not a column
    of the file to check or read. A named index (``url``, ``account``) stays a column."""
    import re

    try:
        meta = schema.pandas_metadata or {}
    except ValueError:  # pandas metadata that is not JSON: no index known
        meta = {}
    index = meta.get("index_columns", []) if isinstance(meta, dict) else []
    for name in index:
        pandas_own = isinstance(name, str) and re.fullmatch(r"__index_level_\d+__", name)
        if pandas_own and name in schema.names:
            schema = schema.remove(schema.get_field_index(name))
    return schema


def parquet_read(path: str, read: Callable[..., Any], *args: Any, **options: Any) -> Any:
    """``read(*args, **options)`` (a pyarrow Parquet reader on the file ``path``), its
    failure (not Parquet, cut short, a bad page: a worker may find it only when it reads the
    pages) an :class:`~ipprules.errors.InputError` naming the file."""
    pa = require("pyarrow")
    try:
        return read(*args, **options)
    except (pa.ArrowException, OSError) as exc:
        from ipprules.errors import InputError

        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise InputError(f"not a readable Parquet file ({detail})", file=path) from None


def parquet_frame(path: str, columns: Sequence[str] | None = None) -> PandasFrame:
    """The ``columns`` (all: ``None``) of the Parquet file ``path`` as pandas, text as
    ``string[pyarrow]`` (a dictionary-encoded column decoded), dates as Arrow dates, as
    ``dd.read_parquet`` gives them; a file that cannot be read is an
    :class:`~ipprules.errors.InputError` naming it."""
    from ipprules.errors import InputError

    pq = require("pyarrow.parquet")
    try:
        with require("fsspec").open(path, "rb") as handle:
            table = parquet_read(path, pq.read_table, handle, columns=columns)
    except OSError as exc:  # removed (or made unreadable) since it was listed
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from None
    return _parquet_pandas(table)


def _parquet_pandas(table: Any) -> PandasFrame:
    """An Arrow ``table`` as pandas, one column per column of the file (its schema's
    names, as every check reads them): pandas' own metadata is ignored, or a column it
    wrote from an index (``to_parquet`` of a frame indexed by ``url`` or ``account``, or
    the ``__index_level_0__`` of a filtered frame) would become the frame's index and be
    missing from its columns (a ``KeyError``)."""
    pa = require("pyarrow")
    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type) and pa.types.is_string(field.type.value_type):
            table = table.set_column(i, field.name, table.column(i).cast(pa.string()))
    return table.to_pandas(types_mapper=_PARQUET_DTYPES.get, ignore_metadata=True)


def parquet_meta(schema: Any) -> PandasFrame:
    """The empty pandas frame :func:`parquet_frame` gives for a file of ``schema``."""
    return _parquet_pandas(schema.empty_table())


def check_columns(
    names: Sequence[str], wanted: Sequence[str], path: str, line: int | None = None
) -> None:
    """Refuse a file (its column ``names``) that lacks one of the ``wanted`` columns."""
    from ipprules.errors import InputError

    for column in wanted:
        if column not in names:
            raise InputError(
                f"no column {column!r} (columns: {', '.join(names)})", file=path, line=line
            )


def _csv_frame(path: str, column: str, source: str | None, head: CsvHead | None) -> PandasFrame:
    """A whole CSV file's URL column (every cell as text, see :func:`csv_table`) as a frame
    of one ``column``; ``source`` names the file's URL column as :func:`read_urls` takes it
    (``None``: a URL column by one of its names). A file of nothing but white space and
    ``#`` lines (:func:`_no_header`) holds no URL: no rows, as ``ipprules listings`` reads it
    on one machine (which also strips each URL cell of white space)."""
    from ipprules.listings.columns import names_column

    pd = require("pandas")
    text = _whole_text(path)
    if head is None:  # the header could not be read before: found (or refused) here
        if _no_header(text):
            return pd.DataFrame({column: pd.Series([], dtype=pd.StringDtype("pyarrow"))})
        head = csv_head(path, names_column(source), _text=text, comments=True)
    index = _url_index(head, source, path)
    # only the URL column is made a pandas column: a header of 100,000 cells is read in a
    # moment, not in the minutes that building (and converting) every column takes
    frame = csv_table(path, head, usecols=(index,), _text=_blank_records(text, head))
    _refuse_header_again(frame.iloc[:, 0], text, head, index, path)
    # each cell stripped of white space, as ``ipprules listings`` reads a CSV's URL cells
    return pd.DataFrame({column: frame.iloc[:, 0].str.strip()})


def _no_header(text: str) -> bool:
    """Whether a CSV ``text`` holds nothing but blank lines and ``#`` comment lines (not
    PowerShell's ``#TYPE`` line 1): no header and no URL, no rows, as ``ipprules listings``
    reads it on one machine (which skips those lines before a header)."""
    from ipprules._files import _comment_line

    lines = enumerate(text.split("\n"), start=1)
    return all(not line.strip() or _comment_line(line, number) for number, line in lines)


def _refuse_header_again(cells: Any, text: str, head: CsvHead, index: int, path: str) -> None:
    """Refuse the first row of a CSV ``text`` (its URL cells ``cells``, at ``index`` of the
    header ``head``) that is the header again (``cat jan.csv feb.csv``), at its line, as
    ``ipprules listings`` refuses it on one machine (:func:`ipprules._files.header_again`):
    only a row whose URL cell names the URL column is read again, whole, from ``text``."""
    import csv

    from ipprules._files import HEADER_AGAIN, column_name, header_again, named_width
    from ipprules.errors import InputError
    from ipprules.scale._common import record_lines

    written = head.cells[index]
    want, longest = column_name(written), len(written) + 8
    short = (cells.str.len() <= longest).fillna(False).to_numpy(dtype=bool)
    found = [p for p in short.nonzero()[0] if column_name(str(cells.iloc[p])) == want]
    if not found:
        return
    again = [column_name(c) for c in head.cells[: named_width(list(head.cells))]]
    starts, lines = record_lines(text, head.line, head.delimiter), text.split("\n")
    for position in found:
        line = starts[position]
        try:
            row = next(csv.reader([lines[line - 1].rstrip("\r")], delimiter=head.delimiter))
        except (csv.Error, StopIteration):  # pragma: no cover - a header-like row over lines
            continue
        if header_again(row, again):
            raise InputError(HEADER_AGAIN, file=path, line=line, column=1)


#: A line after the first of quotes and white space only, holding a quote or white space
#: other than spaces, tabs and a CR (pandas itself skips a line of those): maybe a record of
#: one cell of white space (``\u00a0``, ``" "``), which ``ipprules listings`` reads as no
#: row. Searched from each line end: about 3% of pandas' read of a file that has none.
_WHITE_RECORD = re.compile(r'\n[ \t\r]*(?:"|[^\S \t\r\n])(?:[^\S\n]|")*(?=\n|\Z)')


def _blank_records(text: str, head: CsvHead) -> str:
    """``text`` with each record after the header that is one cell of white space (not
    empty: ``""`` is a record) made blank lines, which pandas skips: ``ipprules listings``
    reads no row from such a record, where pandas read one (``\u00a0``, ``\u3000``, a quoted
    ``" "``; pandas skips only lines of spaces and tabs). A csv module pass over the file,
    only when it holds a line of white space and quotes only; the line numbers are kept."""
    import csv

    if _WHITE_RECORD.search(text) is None:
        return text
    lines = text.split("\n")
    reader = csv.reader((line + "\n" for line in lines), delimiter=head.delimiter, strict=True)
    blank: list[tuple[int, int]] = []
    end = 0  # the lines read before the next record
    try:
        for row in reader:
            first, end = end + 1, reader.line_num
            if first > head.line and len(row) == 1 and row[0] and not row[0].strip():
                blank.append((first, end))
    except csv.Error:
        return text  # not valid CSV: csv_table names the problem
    for first, last in blank:
        lines[first - 1 : last] = [""] * (last - first + 1)
    return "\n".join(lines)


def _url_index(head: CsvHead, column: str | None, path: str) -> int:
    """The position of the URL column in a CSV header (see :func:`read_urls`); a header
    without it, or naming it twice, refused as ``ipprules listings`` refuses it on one machine
    (:func:`ipprules.listings.columns.url_column`: a column named twice was said to be
    missing, ``no column 'url' (columns: url, url)``)."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import url_column

    try:
        return url_column([c.strip() for c in head.cells], column, path, head.line)
    except InputError:
        refuse_document_head(path, "a list of URLs (one a line, a CSV or JSON Lines)", _RENAME)
        raise


#: How the Dask path of ``ipprules listings`` reads a file line by line (it has no --input).
_RENAME = "; to read it line by line, rename it (a file not named *.csv is read a URL a line)"


def refuse_document_head(path: str, instead: str, hint: str = "") -> None:
    """Refuse a CSV file whose header was refused when its first line that holds something
    (blank lines and ``#`` comments skipped) is a TOML or JSON document's
    (:func:`ipprules._files.document_in`), as one machine's readers refuse it: the Dask
    planner and listings said "no URL column" of a plan's ``[account]``. ``instead`` names
    what the reader wants, ``hint`` ends the message. Lines that cannot be read now are left
    to the error being raised."""
    from ipprules._files import document_in
    from ipprules.errors import InputError

    try:
        said = document_in(_head_lines(path), instead)
    except InputError:
        return
    if said is not None:
        raise InputError(said[0] + hint, file=path, line=said[1])


def _csv_head_checked(path: str, column: str | None) -> CsvHead | None:
    """The header of a CSV file, refused when it does not name the URL column (read now,
    not on a worker). A header that cannot be read now (an empty file, a bad byte) is left
    to the worker that reads the file, which reports it with the file's other problems."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import names_column

    try:
        head = csv_head(path, names_column(column), comments=True)  # # lines skipped
    except InputError:
        return None
    _url_index(head, column, path)
    return head


def _whole_text(path: str, *, lone_cr: bool = False) -> str:
    """A whole CSV file as strict UTF-8 text (see :func:`ipprules._files.decode_text`), its
    lines held to one machine's cap (:data:`ipprules._files.DEFAULT_MAX_LINE` bytes, a
    ``\\r`` before the ``\\n`` and a leading byte order mark not counted): a longer line is
    the error ``ipprules listings`` and ``ipprules plan`` give, naming the file and the line,
    after any error of the lines before it (it was read, a 50 MB cell and all). ``lone_cr``: a
    carriage return alone ends a line too, as one machine reads a history file.

    A compressed file (``urls.csv.gz``, ``.bz2``, ``.xz``) is decompressed as it is read, in
    blocks of 256 KiB, each checked as it comes: a gzip bomb (1 GB of zeros in 1 MB) is
    refused at its first line longer than the cap, or its first NUL byte, having held no more
    than that much, not decompressed whole first. A file that passes is held whole, as an
    uncompressed one is (pandas reads it whole)."""
    from ipprules._files import decode_text

    if not _compressed(path):
        data = read_bytes(path)
        start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        long = _long_run(data, start, lone_cr)
        if long is not None:
            raise _long_csv_line(data[:4], data[:long], path, _line_head(data, long, lone_cr))
        return decode_text(data, path)
    return decode_text(_decompressed_csv(path, lone_cr), path)


def _decompressed_csv(path: str, lone_cr: bool) -> bytes:
    """The decompressed bytes of the compressed CSV file ``path``, read in blocks, refused
    (see :func:`_whole_text`) at its first line longer than the cap; read only up to the
    end of the block where a whole line first holds a NUL byte (which
    :func:`~ipprules._files.decode_text` refuses; in a line not yet ended, one machine finds
    the line too long first)."""
    from ipprules._files import _CHUNK

    pieces: list[bytes] = []
    carry = b""  # the last line read, not yet ended
    at = 0  # where ``carry`` starts in the file
    skip = -1  # the bytes of a byte order mark at its start (-1: not yet read)
    with _Decompressed(path) as stream:
        while chunk := stream.read(_CHUNK):
            pieces.append(chunk)
            region = carry + chunk
            if skip < 0:
                skip = 3 if region.startswith(b"\xef\xbb\xbf") else 0
            long = _long_run(region, skip if at == 0 else 0, lone_cr)
            if long is not None:
                whole = b"".join(pieces)
                head = _line_head(whole, at + long, lone_cr)
                raise _long_csv_line(pieces[0][:4], whole[: at + long], path, head)
            end = region.rfind(b"\n")
            if lone_cr:
                end = max(end, region.rfind(b"\r"))
            if region.find(b"\0", 0, end + 1) >= 0:  # in a whole line: its error, as one machine's
                break
            carry = region[end + 1 :]
            at += end + 1
    return b"".join(pieces)


def _long_run(data: bytes, start: int, lone_cr: bool) -> int | None:
    """Where the first line of ``data`` (from ``start``) longer than
    :data:`ipprules._files.DEFAULT_MAX_LINE` bytes starts (its ``\\r`` before the ``\\n`` or
    the end not counted), or ``None``; ``lone_cr``: a ``\\r`` alone ends a line too. A scan
    by windows of the cap (a call or two per MiB), not by lines.

    >>> x, cr = b"x" * (1 << 20), b"\\r"
    >>> _long_run(b"a\\n" + x + cr + b"\\n", 0, False), _long_run(b"a\\n" + x + b"x", 0, False)
    (None, 2)
    >>> _long_run(b"a\\n" + x + cr + b"x", 0, True), _long_run(b"a\\n" + cr + x + x, 0, True)
    (None, 3)
    """
    from ipprules._files import DEFAULT_MAX_LINE as limit

    size, at = len(data), start
    while size - at > limit:
        window = at + limit + 1  # a line end in data[at:window]: no line there is too long
        end = data.rfind(b"\n", at, window)
        if lone_cr:
            end = max(end, data.rfind(b"\r", at, window))
        if end >= 0:
            at = end + 1
            continue
        end = data.find(b"\n", at)
        if lone_cr:
            cr = data.find(b"\r", at)
            end = cr if end < 0 or 0 <= cr < end else end
        end = size if end < 0 else end
        length = end - at - (not lone_cr and data[end - 1 : end] == b"\r")
        if length > limit:
            return at
        at = end + 1
    return None


def _line_head(data: bytes, start: int, lone_cr: bool) -> bytes:
    """The first 1 MiB of the long line of ``data`` at ``start``, as
    :func:`ipprules._files.long_line_head` takes it (a character cut at its end left out),
    for the CSV files one machine reads with :mod:`ipprules._files`; nothing for a history
    (``lone_cr``), whose one-machine reader says a long line before the bytes on it."""
    from ipprules._files import DEFAULT_MAX_LINE, long_line_head

    return (
        b""
        if lone_cr
        else long_line_head(data[start : start + DEFAULT_MAX_LINE], 1, DEFAULT_MAX_LINE)
    )


def _long_csv_line(head: bytes, before: bytes, path: str, line: bytes = b"") -> Any:
    """The error of a line too long (:func:`_whole_text`) after the bytes ``before`` of a
    file that starts with ``head``: the error of the file's start (UTF-16) or of those lines
    or of the long line's first bytes ``line`` (a bad byte, a NUL) if it has one, as one
    machine finds it first, else one machine's ``line longer than 1 MiB`` naming the line."""
    from ipprules._files import DEFAULT_MAX_LINE, _check_start, _long_line, decode_text
    from ipprules.errors import InputError

    _check_start(head, path, InputError)
    decode_text(before + line, path)
    return _long_line(path, InputError, before.count(b"\n") + 1, DEFAULT_MAX_LINE)


def read_bytes(path: str, size: int = -1) -> bytes:
    """The first ``size`` bytes (all: ``-1``) of the file ``path``, uncompressed as its name
    says (``.gz``, ``.bz2``, ``.xz``...); a file that cannot be read or uncompressed (not
    gzip data, cut short) is an :class:`~ipprules.errors.InputError` naming it, not the
    decompressor's error."""
    import lzma
    import zlib

    try:
        with require("fsspec").open(path, "rb", compression="infer") as handle:
            data: bytes = handle.read(size)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise _unreadable(exc, path) from None
    return data


def csv_table(
    path: str,
    head: CsvHead | None = None,
    *,
    usecols: Sequence[int] | None = None,
    _text: str | None = None,
    keep_cr: bool = False,
    _checked: bool = False,
) -> PandasFrame:
    """A whole CSV file, every cell as text (``string[pyarrow]``, empty cells ``""``), read
    with the delimiter and header line of ``head`` (:func:`csv_head`; found here when not
    given, with no column to look for: a ``sep=`` line's delimiter, else the one that splits
    the header into most cells).

    The file must be UTF-8 text with no NUL byte and a header row; anything else raises
    :class:`~ipprules.errors.InputError` naming the file (and the line, where known).
    ``usecols``: the positions of the only columns to give (all: ``None``); ``_text``: the
    file's text, already read. A record of more than :data:`ipprules._files.MAX_RECORD`
    characters is refused as one machine refuses it (``keep_cr``: counted as the history
    readers count a line, a ``\\r`` before its ``\\n`` too; see
    :func:`ipprules._files.long_record_at`); ``_checked``: the caller has held the records
    that pandas reads to it."""
    import io
    import warnings

    from ipprules._files import bare_cr_row
    from ipprules.errors import InputError

    pd = require("pandas")
    text = _whole_text(path) if _text is None else _text
    if not text.strip():
        raise InputError("empty file: no header row", file=path)
    if head is None:
        head = csv_head(path, _text=text)
    try:
        bare_cr_row(text, path, head.delimiter, head.line)  # pandas ends a line at a bare CR
        if '"' in text and _text_after_quote(text, head.delimiter):  # pandas joins "a"b as ab
            line, column, message = _csv_problem(text, ValueError(), head.delimiter)
            raise InputError(message, file=path, line=line, column=column)  # as one machine
    except InputError as exc:  # unless a record too long comes first
        line = exc.problems[0].line
        raise _long_record(path, text, head.delimiter, keep_cr, line) or exc from None
    if head.line > 1:  # blank the lines before the header (a sep= line): numbers are kept
        text = "\n" * (head.line - 1) + text.split("\n", head.line - 1)[-1]
    try:
        with warnings.catch_warnings():
            # a row longer than the header keeps its first cells (as on one machine), and
            # the header's first column is never taken for an index
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.StringIO(text),
                sep=head.delimiter,
                dtype=str,
                keep_default_na=False,
                index_col=False,
                usecols=None if usecols is None else list(usecols),
            )
    except (pd.errors.ParserError, ValueError) as exc:
        line, column, message = _csv_problem(text, exc, head.delimiter)
        found = InputError(message, file=path, line=line, column=column)
        raise _long_record(path, text, head.delimiter, keep_cr, line) or found from None
    if not _checked and _spans_lines(text, head.delimiter, len(frame)):  # a record too long?
        long = _long_record(path, text, head.delimiter, keep_cr)
        if long is not None:
            raise long
    string = pd.StringDtype("pyarrow")
    return pd.DataFrame({str(name): frame[name].astype(string) for name in frame.columns})


def _spans_lines(text: str, delimiter: str, rows: int) -> bool:
    """Whether the CSV ``text`` (as pandas read it: ``rows`` rows) may hold a record longer
    than one machine reads (:data:`ipprules._files.MAX_RECORD`): it is that long, has a
    quote, and not one row a line (a line of nothing but spaces and tabs, as pandas skips,
    aside). Cheap: counts of lines; the file is read with :mod:`csv` only where it holds.

    >>> _spans_lines("url\\n" + "a\\n" * 9, ",", 9), _spans_lines('u\\n"a\\nb"\\n', ",", 1)
    (False, False)
    """
    from ipprules import _files

    if len(text) < _files.MAX_RECORD or '"' not in text:
        return False
    lines = text.count("\n") + 1  # the end of a text ending in \n counted as a blank line
    if rows == lines - text.endswith("\n") - 1:
        return False  # a row a line (a row takes at least a line that is not blank)
    blank = re.escape("".join(sorted(set(" \t\r") - {delimiter})))
    blanks = len(re.findall(rf"\n[{blank}]*(?=\n|\Z)", text))
    blanks += re.match(rf"[{blank}]*(?:\n|\Z)", text) is not None
    return rows != lines - blanks - 1  # the header is no row


def _long_record(
    path: str, text: str, delimiter: str, keep_cr: bool, line: int | None = None
) -> InputError | None:
    """The error one machine gives for the first record of the CSV ``text`` longer than it
    reads (:func:`ipprules._files.long_record_at`) that starts on line ``line`` or before
    (``None``: anywhere); ``None`` if there is none."""
    from ipprules import _files
    from ipprules.errors import InputError

    until = None if line is None else line + 1
    at = _files.long_record_at(text, delimiter, until=until, keep_cr=keep_cr)
    if at is None:
        return None
    message = f"not valid CSV: {_files.long_record(_files.MAX_RECORD)}"
    return InputError(message, file=path, line=at[0], column=at[1])


def _text_after_quote(text: str, delimiter: str) -> bool:
    """Whether a quoted cell of ``text`` has text after its closing quote (``"a"b``): the
    csv module (``strict=True``, as ``ipprules listings`` reads) refuses it, pandas reads
    ``ab``. A quote opens a quoted cell only at a cell's start (after the delimiter, a line
    end or the start of the text); elsewhere it is text.

    >>> _text_after_quote('url\\n"a"b\\n', ","), _text_after_quote('url\\n"a""b",x\\na"b\\n', ",")
    (True, False)
    """
    # each quoted cell (its "" pairs unrolled: linear, and findall builds no match objects;
    # about a third of pandas' read of a file of quoted cells), and what follows its quote
    cells = re.compile(rf'(?:^|(?<=[{re.escape(delimiter)}\n]))"[^"]*(?:""[^"]*)*"(.?)', re.M)
    return not set(cells.findall(text)) <= {delimiter, "\n", "\r", ""}


def _csv_problem(
    text: str, exc: Exception, delimiter: str = ","
) -> tuple[int | None, int | None, str]:
    """The line, column and message of the CSV error pandas raised (``exc``) on ``text``,
    worded as the single-machine reader words it (:func:`ipprules._files.iter_csv`); read
    again with :mod:`csv` only on this error path. A quoted cell never closed is located at
    the line and column where it opens, a quoted cell with text after its quote where it
    starts (:func:`ipprules._files.csv_error_at`).

    >>> _csv_problem('url\\n"https://a\\nhttps://b\\n', ValueError("EOF inside string"))
    (2, 1, 'not valid CSV: unexpected end of data (a quote opened on this line is never closed)')
    """
    import csv
    import io
    import re

    from ipprules._files import csv_error_at, csv_problem

    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    start = 1
    while True:
        try:
            next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # worded as every reader words it
            own = [f"{x}\n" for x in text.split("\n")[start - 1 : max(reader.line_num, start)]]
            said, line = csv_problem(error, reader.line_num, start, first=own[0] if own else None)
            message = f"not valid CSV: {said}"
            where = csv_error_at(own, start, delimiter)
            if where is None:
                return line, None, message
            return where[0], where[1], message
        start = reader.line_num + 1
    detail = str(exc).strip()
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", detail)
    if found:
        want, at, got = found.groups()
        return int(at), 1, f"not valid CSV: {got} cells where the header has {want}"
    first = detail.splitlines()[0][:200] if detail else type(exc).__name__
    return None, None, f"not valid CSV: {first}"


def path_text(path: Any) -> str:
    """``path`` (a str or an :class:`os.PathLike` such as :class:`pathlib.Path`) as text; any
    other value is a :class:`TypeError`."""
    text = os.fspath(path) if isinstance(path, os.PathLike) else path
    if not isinstance(text, str):
        raise TypeError(
            f"path must be a str or a path object (a path or a glob), got {type(path).__name__}"
        )
    return text if type(text) is str else str.__str__(text)  # a subclass's __eq__ is not called


def matching_paths(path: str, *, one_kind: bool = False) -> list[str]:
    """The files a path glob names (a directory: the Parquet files in it, refused if it holds
    other files), sorted, as URLs the workers can open; :class:`~ipprules.errors.InputError`
    when none, or when the path's file system cannot list them (``s3://`` without ``s3fs``,
    an unknown protocol, a ``zip://`` URL on a file that is not a zip archive...).
    ``one_kind``: the caller reads a glob of one kind of file (the planner's rows, the
    histories), so a mixed directory's refusal offers no glob of them all."""
    from ipprules.errors import InputError, IpprulesError

    path = path_text(path)
    if not path.strip():
        raise InputError("empty path", file=repr(path))
    try:
        return _matching_paths(path, one_kind)
    except IpprulesError:
        raise
    except Exception as exc:  # fsspec and its back ends raise what they like
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise InputError(f"cannot list the files: {detail}", file=path) from None


def _matching_paths(path: str, one_kind: bool = False) -> list[str]:
    from ipprules.errors import InputError

    fsspec = require("fsspec")
    fs, _, paths = fsspec.core.get_fs_token_paths(path)
    globbed = (
        len(paths) == 1
        and "*" not in path
        and any(char in path for char in "?[")
        and not fs.exists(paths[0])
    )
    if globbed:  # fsspec expands a glob with a '*' only: 'part-?.csv' was "No such file"
        paths = fs.glob(paths[0])
    if len(paths) == 1 and not globbed and fs.isdir(paths[0]):
        paths = _parquet_in_directory(fs, paths[0], path, one_kind)
    elif any(char in path for char in "*?["):
        _refuse_directories(fs, path)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    local = protocol in ("file", "local")
    if not paths:
        from ipprules._files import _near_name

        near = _near_name(path, FileNotFoundError()) if local else ""  # as one machine
        raise InputError(f"no file matches{near}", file=path)
    if local:
        for p in sorted(paths):
            _refuse_special(p)
    return [p if local else f"{protocol}://{p}" for p in sorted(paths)]


def _parquet_in_directory(fs: Any, base: str, path: str, one_kind: bool = False) -> list[str]:
    """The Parquet files (``*.parquet``, ``*.pq``) under the directory ``base`` (``path`` as
    given). A directory that holds none, or holds other files too, is refused: those files
    would not be read, and nothing would say so (a crawl folder of Parquet, CSV and text files
    gave the Parquet files' rows alone); the refusal offers the globs the caller reads
    (``one_kind``: not one of them all). Other files named from ``_`` or ``.`` (``_SUCCESS``,
    ``_metadata``, ``.part.crc``: a writer's bookkeeping, which pyarrow's datasets skip too)
    are not data and do not count."""
    from ipprules.errors import InputError

    base = base.rstrip("/")
    shown = path.rstrip("/")
    parquet: list[str] = []
    other: list[str] = []
    for found in sorted(fs.find(base)):
        inside = found[len(base) :].lstrip("/")
        if found.lower().endswith((".parquet", ".pq")):
            parquet.append(found)
        elif not any(part.startswith(("_", ".")) for part in inside.split("/")):
            other.append(inside)
    if not parquet:
        raise InputError(
            "a directory without Parquet files (*.parquet, *.pq): name its other files "
            f"with a glob ({shown}/*)",
            file=path,
        )
    if other:
        more = f" and {len(other) - 1} more" if len(other) > 1 else ""
        said = (
            f"a directory is read as its Parquet files, and it holds other files too "
            f"({other[0]}{more}), which would not be read: "
        )
        if one_kind:  # a glob of Parquet and CSV files is refused there: of one kind each
            csv_glob = f" ({shown}/*.csv)" if any(".csv" in o.lower() for o in other) else ""
            said += (
                f"name the Parquet files alone ({shown}/*.parquet), or the CSV files alone "
                f"with a glob{csv_glob}: a glob names files of one kind (all Parquet, or all CSV)"
            )
        else:
            said += (
                f"name them all with a glob ({shown}/*), or the Parquet files alone "
                f"({shown}/*.parquet)"
            )
        raise InputError(said, file=path)
    return parquet


def _refuse_special(path: str) -> None:
    """Refuse a local path that is missing, unreadable or not a regular file (a FIFO would
    block the reader for ever, ``/dev/zero`` has a size of 0 and never ends), as
    :func:`ipprules._files.open_input` refuses it on one machine; and, under a size cap
    given (``--max-bytes``, :func:`ipprules._files.reading_limits`), a file larger than it
    (without one, files of any size are read: in blocks, or a CSV file by one worker)."""
    from ipprules._files import _MAX_BYTES, CAP_HINT, _kind_of, _near_name, _size
    from ipprules.errors import InputError

    try:
        info = os.stat(path)
    except OSError as exc:  # missing, a symbolic link loop, a dangling link...
        near = _near_name(path, exc)  # a typo in the name: the file meant, as one machine
        raise InputError(f"cannot read the file: {exc.strerror or exc}{near}", file=path) from None
    kind = _kind_of(info.st_mode)
    if kind is not None:
        raise InputError(f"not a regular file ({kind}); give a file", file=path)
    cap = _MAX_BYTES.get()
    if cap is not None and info.st_size > cap:
        raise InputError(f"file larger than {_size(cap)} {CAP_HINT}", file=path)


def _refuse_directories(fs: Any, path: str) -> None:
    """Refuse a glob that matches a directory: its files would not be read, and nothing
    would say so (Spark, for one, writes a table as a directory named ``x.parquet``)."""
    from ipprules.errors import InputError

    try:
        found = fs.glob(path, detail=True)
    except (OSError, ValueError):  # pragma: no cover - the glob was just listed
        return
    for name, info in sorted(found.items()):
        if info.get("type") == "directory":
            raise InputError(
                "a directory matches the glob, and its files would not be read: name them "
                f"with a glob of their own ({name.rstrip('/')}/*), or the directory alone "
                "for its Parquet files",
                file=name,
            )


def _decode_block(data: bytes, path: str, offset: int) -> str:
    """Strict UTF-8 text of the block of ``path`` that starts at byte ``offset`` (see
    :func:`ipprules._files.decode_text`), errors located by their line in the whole file: the
    lines before the block are counted only then. A byte order mark is dropped from the
    first block only."""
    from ipprules._files import decode_text
    from ipprules.errors import InputError

    try:
        text = decode_text(data, path)
    except InputError as exc:
        raise _in_whole_file(exc, path, offset) from None
    if offset and data.startswith(b"\xef\xbb\xbf"):
        text = "\ufeff" + text
    return text


def _in_whole_file(exc: Any, path: str, offset: int) -> Any:
    """An error about a line of the block of ``path`` at byte ``offset``, its line counted in
    the whole file (the lines before the block are counted only then); as it is for the
    first block, or when it names no line."""
    from ipprules.errors import InputError

    problem = exc.problems[0]
    if not offset or problem.line is None:
        return exc
    line = problem.line + _lines_before(path, offset)
    return InputError(
        problem.message, path=problem.path, file=path, line=line, column=problem.column
    )


def _lines_before(path: str, offset: int) -> int:
    """The lines of ``path`` before the block that starts at byte ``offset`` (a block after
    the first starts after the first line end at or after its offset)."""
    before = 1
    with require("fsspec").open(path, "rb") as handle:
        done = 0
        while done < offset:
            chunk = handle.read(min(1 << 20, offset - done))
            if not chunk:
                break
            before += chunk.count(b"\n")
            done += len(chunk)
    return before


def _head_lines(
    path: str, *, lone_cr: bool = False, comments: bool = False
) -> Iterator[tuple[int, str]]:
    """The numbered lines of a file's first 64 KiB (strict UTF-8, line endings dropped,
    errors located by line), read now rather than on a worker; past them, an
    :class:`~ipprules.errors.InputError` (a header row longer than 64 KiB). ``lone_cr``: a
    carriage return alone ends a line too (as :mod:`csv` reads a history file);
    ``comments``: a ``#`` line the 64 KiB cut is read past (a planner's comment before its
    header, which one machine skips), up to one machine's ``line longer than 1 MiB``."""
    from ipprules._files import (
        DEFAULT_MAX_BYTES,
        DEFAULT_MAX_LINE,
        _check_start,
        _long_line,
        decode_text,
        long_line,
    )
    from ipprules.errors import InputError

    size = 1 << 16
    while True:
        head = read_bytes(path, size)
        cut = len(head) == size
        if not (comments and cut and _cut_in_comment(head)):
            break
        long = long_line(head, DEFAULT_MAX_LINE)
        if long is not None:  # a comment line longer than one machine takes
            raise _long_line(path, InputError, long, DEFAULT_MAX_LINE)
        if size >= DEFAULT_MAX_BYTES:  # pragma: no cover - 64 MiB of comments: said as before
            break
        size *= 4
    _check_start(head, path, InputError)  # UTF-16's byte order mark, said as one machine says it
    if lone_cr and b"\r" in head:
        head = LONE_CR_BYTES.sub(b"\n", head)
    lines = head.split(b"\n")
    rest = lines.pop() if cut else b""
    start = 0  # the offset of the line in ``head``
    for number, raw in enumerate(lines, start=1):
        try:
            text = decode_text(raw.rstrip(b"\r"), path)
        except InputError as exc:
            problem = exc.problems[0]
            raise InputError(
                _bad_byte_said(head, start, raw) or problem.message,
                file=path,
                line=number,
                column=problem.column,
            ) from None
        yield number, text
        start += len(raw) + 1
    if cut and rest:
        # a bad byte or a NUL in it first: binary data without line ends is no long header
        nul, bad = rest.find(b"\0"), -1
        try:
            codecs.utf_8_decode(rest, "strict", False)
        except UnicodeDecodeError as exc:
            bad = exc.end
        upto = min(at for at in (nul + 1, bad) if at > 0) if nul >= 0 or bad >= 0 else 0
        if upto:
            raw = rest[:upto]
            try:
                decode_text(raw, path)
            except InputError as exc:
                raise InputError(
                    _bad_byte_said(head, start, raw) or exc.problems[0].message,
                    file=path,
                    line=len(lines) + 1,
                    column=exc.problems[0].column,
                ) from None
        raise InputError("a header row longer than 64 KiB", file=path, line=len(lines) + 1)


def _cut_in_comment(head: bytes) -> bool:
    """Whether the last line of ``head`` (a file's first bytes, cut inside that line) is a
    ``#`` comment the planner skips before a CSV header (:func:`ipprules._files._comment_line`:
    not PowerShell's ``#TYPE`` line 1)."""
    from ipprules._files import _comment_line

    start = max(head.rfind(b"\n"), head.rfind(b"\r")) + 1
    text = head[start : start + 64].decode("utf-8", "replace")
    return _comment_line(text, 1 if start == 0 else 2)


def _bad_byte_said(head: bytes, start: int, raw: bytes) -> str | None:
    """The message for the byte of the line ``raw`` (at ``start`` in ``head``, a file's first
    bytes) that is not UTF-8, its hint (GBK, UTF-16, gzip...) judged on the bytes around it
    in ``head``, as one machine judges them in the file: the line alone (a PNG's
    ``\\x89PNG``) could read as Chinese text where the file does not. ``None``: the
    line's problem is not a bad byte."""
    from ipprules._files import not_utf8

    try:
        raw.decode("utf-8-sig" if start == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        bom = 3 if start == 0 and raw.startswith(b"\xef\xbb\xbf") else 0
        return not_utf8(head, start + bom + exc.start, head)
    return None


#: A carriage return that is not part of a CRLF line end (an old Mac line end).
LONE_CR = re.compile(r"\r(?!\n)")
LONE_CR_BYTES = re.compile(rb"\r(?!\n)")


def _no_column(cells: list[str]) -> bool:
    return False


def csv_head(
    path: str,
    is_header: Callable[[list[str]], bool] | None = None,
    *,
    _text: str | None = None,
    lone_cr: bool = False,
    comments: bool = False,
) -> CsvHead:
    """How a CSV file is read (:class:`CsvHead`), from its first lines, read now: the
    delimiter a ``sep=`` line names, else the first of ``, ; tab`` that makes the header one
    ``is_header`` takes, else the one that splits it into most cells, as
    :func:`ipprules._files.csv_dialect` finds it for ``ipprules listings`` and
    ``ipprules plan`` on one machine. ``_text``: the file's text, already read; ``lone_cr``:
    a carriage return alone ends a line (see :func:`_head_lines`); ``comments``: ``#``
    lines before the header are skipped, as the one-machine planner skips them."""
    import csv

    from ipprules._files import KeptLines, csv_dialect, csv_error_at, csv_problem, old_mac_header
    from ipprules.errors import InputError

    if _text is None:
        lines: Iterator[tuple[int, str]] = _head_lines(path, lone_cr=lone_cr, comments=comments)
    else:
        lines = enumerate((line.rstrip("\r") for line in _text.split("\n")), start=1)
    head, delimiter = csv_dialect(lines, is_header or _no_column, name=path, comments=comments)
    if not head or not head[-1][1].strip():
        raise InputError("empty file: no header row", file=path, line=1)
    number, header = head[-1]
    old_mac_header(header, path, number)  # as every CSV reader: not the csv module's advice

    kept = KeptLines()  # the header record's lines, no more than one machine reads

    def record() -> Iterator[str]:  # a quoted header cell may hold a line end (Excel's)
        held = kept.lines
        for text in itertools.chain([header.lstrip("\ufeff")], (t for _, t in lines)):
            held.append(text + "\n")
            if len(held) > 1 and kept.more(text + "\n"):
                return  # the lines after the header, up to the cap
            yield text + "\n"

    reader = csv.reader(record(), delimiter=delimiter, strict=True)
    try:
        cells = next(reader)
    except csv.Error as exc:  # worded and placed as one machine's readers do
        message, line = csv_problem(exc, number + reader.line_num - 1, number, kept)
        line, column = csv_error_at(kept.parts(), number, delimiter) or (line, None)
        raise InputError(f"not valid CSV: {message}", file=path, line=line, column=column) from None
    return CsvHead(delimiter, number, tuple(cells))


def csv_header(path: str, is_header: Callable[[list[str]], bool] | None = None) -> list[str]:
    """The column names of a CSV file's header row (strict UTF-8), read now from the file's
    first 64 KiB (:func:`csv_head`), as pandas names them for the worker that reads the
    file."""
    return header_names(path, csv_head(path, is_header))


def header_names(path: str, head: CsvHead) -> list[str]:
    """The column names of the header ``head`` of the CSV file ``path``, as pandas names
    them for the worker that reads the file."""
    import csv
    import io

    from ipprules.errors import InputError

    pd = require("pandas")
    text = io.StringIO()
    csv.writer(text, delimiter=head.delimiter, lineterminator="\n").writerow(head.cells)
    try:
        columns = pd.read_csv(
            io.StringIO(text.getvalue()), sep=head.delimiter, nrows=0, dtype=str
        ).columns
    except (pd.errors.ParserError, ValueError) as exc:
        message = f"not CSV: {str(exc).strip()[:200]}"
        raise InputError(message, file=path, line=head.line) from None
    return [str(name) for name in columns]


def _read_piece(piece: tuple[_Piece, int, str], column: str) -> PandasFrame:
    """One partition of :func:`read_urls`, its errors naming the file as typed and the URL
    column's option as the caller gives it (``column=``, or a command's ``--column``)."""
    from ipprules._options import column_option, read_by_name

    with (
        files_named({piece[0].path: piece[0].shown or piece[0].path}),
        column_option(piece[2]),
        read_by_name(),
    ):
        return _piece_frame(piece[0], column)


def _piece_frame(piece: _Piece, column: str) -> PandasFrame:
    from ipprules.errors import InputError

    kind, path, offset, length, source, head, total, stamp, _ = piece
    fsspec = require("fsspec")
    if kind in ("parquet", "csv"):
        if stamp is not None:  # its column was found in the file as it was then
            check_unchanged(path, stamp)
        if kind == "parquet":
            return parquet_frame(path, [source]).rename(columns={source: column})
        return _csv_frame(path, column, source or None, head)
    if length < 0:  # a compressed file, whole (see _compressed), read as its name says
        return _compressed_frame(kind, path, total, column, source or None)
    try:
        with fsspec.open(path, "rb") as handle:
            _unchanged(path, total, handle.seek(0, 2))  # its blocks would mix two versions
            data = require("fsspec.utils").read_block(handle, offset, length, delimiter=b"\n")
    except OSError as exc:  # removed (or made unreadable) since it was listed
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from None
    try:
        _refuse_long_lines(data, path, offset)
        if kind == "jsonl":
            return _jsonl_frame(data, column, path, offset, source or None)
        return _lines_frame(data, column, path, offset)
    except InputError as exc:  # the file's first error, whichever block ran first
        raise _first_error(kind, path, source or None, exc) from None


def _first_error(kind: str, path: str, key: str | None, found: Any) -> Any:
    """The error ``ipprules listings`` gives for the text or JSON Lines file ``path`` on one
    machine (its reader run over the file until it fails), where a block of it failed with
    ``found``; ``found`` itself if that reader finds nothing.

    A block is read whole, then checked: its long lines first, its bytes, its JSON; one
    machine reads the file in order, in blocks of 256 KiB. A bad line in the last block
    was said where one earlier in the file was first on one machine (the scheduler ran
    that block first), a line longer than 1 MiB before a line of bad JSON above it, a bare
    CR of the first line before a NUL byte before it; the hint on a NUL byte (UTF-16?) was
    judged on the bytes of the block, not of the file. Only on the error path: the file is
    read again from its start, a line at a time, nothing kept."""
    import sys

    from ipprules._files import iter_lines, old_mac_line
    from ipprules.errors import InputError
    from ipprules.listings.columns import jsonl_urls

    try:
        with _Decompressed(path) as stream:
            lines = iter_lines(stream, max_bytes=sys.maxsize)  # type: ignore[arg-type]  # readinto
            head = []
            for number, text in lines:  # the first line that is not blank, as one machine
                head.append((number, text))
                if text.strip():
                    old_mac_line(text, path, number)
                    break
            every = itertools.chain(head, lines)
            for _ in jsonl_urls(every, key, path) if kind == "jsonl" else every:
                pass
    except InputError as exc:
        return exc
    return found


def _compressed_frame(
    kind: str, path: str, total: int, column: str, key: str | None
) -> PandasFrame:
    """A whole compressed text or JSON Lines file (see :func:`_compressed`) as a frame of its
    URLs, decompressed as it is read, line by line, as ``ipprules listings`` reads it on one
    machine (:func:`ipprules._files.iter_lines`: strict UTF-8, no NUL byte, no line longer
    than :data:`ipprules._files.DEFAULT_MAX_LINE`, each error naming the file and line): no
    more than a block of 256 KiB and one line are held beside the URLs kept, so a gzip bomb
    (1 GB of zeros in 1 MB) is refused at its first long line, not decompressed whole first.
    """
    import sys

    from ipprules._files import iter_lines
    from ipprules.errors import InputError
    from ipprules.listings.columns import jsonl_urls
    from ipprules.planner.engine import _cyclic_gc_paused

    pd = require("pandas")
    try:
        _unchanged(path, total, file_stamp(path)[0])
        # a tuple per line, no cycles: a worker's big heap made each collection expensive
        with _Decompressed(path) as stream, _cyclic_gc_paused():
            # no size cap on what it holds: as a text file of any size read in blocks
            lines = iter_lines(stream, max_bytes=sys.maxsize)  # type: ignore[arg-type]  # readinto
            if kind == "jsonl":
                urls = [url for _, url in jsonl_urls(lines, key, path)]
            else:
                urls = [text for _, text in lines if text.strip()]
    except OSError as exc:  # removed (or made unreadable) since it was listed
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from None
    return pd.DataFrame({column: pd.array(urls, dtype=pd.StringDtype("pyarrow"))})


class _Decompressed:
    """The decompressed bytes of the file ``path`` (``readinto``), uncompressed as its name
    says, read as they are needed; data that cannot be uncompressed (not gzip, cut short) is
    an :class:`~ipprules.errors.InputError` naming the file, as :func:`read_bytes` says it."""

    def __init__(self, path: str) -> None:
        self.name = path
        self._opened = require("fsspec").open(path, "rb", compression="infer")
        self._file: Any = None

    def __enter__(self) -> _Decompressed:
        self._file = self._opened.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self._opened.close()

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def read(self, size: int) -> bytes:
        """The next ``size`` decompressed bytes at most (``b""``: the end)."""
        import lzma
        import zlib

        try:
            data: bytes = self._file.read(size)
        except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise _unreadable(exc, self.name) from None
        return data


def _unreadable(exc: BaseException, path: str) -> Any:
    """The :class:`~ipprules.errors.InputError` for a file that cannot be read or
    uncompressed (``exc``), naming it (not the decompressor's error)."""
    from ipprules.errors import InputError

    reason = getattr(exc, "strerror", None) or (str(exc).strip().splitlines() or [""])[0]
    return InputError(f"cannot read the file: {reason[:200] or type(exc).__name__}", file=path)


def file_stamp(path: str) -> tuple[int, Any]:
    """The size and modification time of the file ``path`` (a URL fsspec opens)."""
    fs, local = require("fsspec").core.url_to_fs(path)
    info = fs.info(local)
    return int(info.get("size") or 0), info.get("mtime", info.get("LastModified"))


def check_unchanged(path: str, stamp: tuple[int, Any]) -> None:
    """Refuse the file ``path`` when it is no longer as :func:`file_stamp` found it (its
    header or footer was read then: a CSV rewritten with its columns in another order was
    read by the old header's places, in silence), or is gone."""
    from ipprules.errors import InputError

    try:
        now = file_stamp(path)
    except OSError as exc:  # removed (or made unreadable) since it was listed
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path) from None
    _unchanged(path, stamp[0], now[0])
    if now[1] != stamp[1]:
        raise InputError(
            "the file changed while it was read (rewritten since it was listed): read it once "
            "it is written",
            file=path,
        )


def _unchanged(path: str, total: int, size: int) -> None:
    """Refuse a file of ``size`` bytes now that had ``total`` when it was listed."""
    if total >= 0 and size != total:
        from ipprules.errors import InputError

        raise InputError(
            f"the file changed while it was read ({total} bytes when it was listed, "
            f"{size} now): read it once it is written",
            file=path,
        )


def _refuse_long_lines(data: bytes, path: str, offset: int) -> None:
    """Refuse a line of a text or JSON Lines block longer than one machine reads
    (:data:`ipprules._files.DEFAULT_MAX_LINE` bytes, its ``\r`` and a leading byte order mark
    not counted), with the error ``ipprules listings`` gives, naming the line in the whole
    file (a 50 MB line was a ``too-long`` rejection on Dask, an error on one machine)."""
    from ipprules._files import DEFAULT_MAX_LINE, _long_line, long_line, long_line_head
    from ipprules.errors import InputError

    body = data[3:] if not offset and data.startswith(b"\xef\xbb\xbf") else data
    line = long_line(body, DEFAULT_MAX_LINE)
    if line is not None:
        # a bad byte or a NUL on a line before the long one, or in its first 1 MiB (a binary
        # file without line ends), is said first, as on one machine
        head = long_line_head(body, line, DEFAULT_MAX_LINE)
        _decode_block(data[: len(data) - len(body) + len(head)], path, offset)
        error = _long_line(path, InputError, line, DEFAULT_MAX_LINE)
        raise _in_whole_file(error, path, offset)


def _jsonl_frame(data: bytes, column: str, path: str, offset: int, key: str | None) -> PandasFrame:
    """One block of a JSON Lines file as a frame of the URLs its objects hold, read as
    ``ipprules listings`` reads them (:func:`ipprules.listings.columns.jsonl_urls`: the value
    of ``key``, else of a key named ``url``, ``link``...; blank lines and empty values
    skipped); an error names the file and its line in the whole file."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import jsonl_urls

    pd = require("pandas")
    lines = enumerate(
        (line.rstrip("\r") for line in _decode_block(data, path, offset).split("\n")), 1
    )
    try:
        urls = [url for _, url in jsonl_urls(lines, key, path)]
    except InputError as exc:
        raise _in_whole_file(exc, path, offset) from None
    return pd.DataFrame({column: pd.array(urls, dtype=pd.StringDtype("pyarrow"))})


def _lines_frame(data: bytes, column: str, path: str, offset: int) -> PandasFrame:
    """One block of a text file as a frame of its non-blank lines.

    The text must be UTF-8 without NUL bytes, as for ``ipprules listings`` on one machine: an
    invalid byte raises :class:`~ipprules.errors.InputError` naming the file, line and column
    (the lines before the block are counted only then)."""
    pd = require("pandas")
    text = _decode_block(data, path, offset)
    # a "\r\n" ending is removed whole, as one machine reads it: "x\r\r\n" keeps "x\r"
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    kept = [line for line in lines if line.strip()]
    return pd.DataFrame({column: pd.array(kept, dtype=pd.StringDtype("pyarrow"))})


@contextlib.contextmanager
def files_as_typed(typed: Any, paths: Iterable[str] = ()) -> Iterator[None]:
    """Re-raise an :class:`~ipprules.errors.InputError` with the files it names (and those
    of ``paths`` its messages name; by default the files ``typed`` matches) as the user typed
    them (:func:`~ipprules.scale._common.shown_file`), not by the absolute paths the readers
    open: ``ipprules plan data/a.csv`` names ``data/a.csv``, with ``--workers`` too."""
    from ipprules.errors import InputError

    try:
        yield
    except InputError as exc:
        if not isinstance(typed, str | os.PathLike) or not isinstance(os.fspath(typed), str):
            raise
        from ipprules.errors import plain

        text = plain(os.fspath(typed))  # a str subclass's own __str__ is never called
        if "://" in text or "::" in text:  # a URL's files are named by their URLs: not listed
            raise
        named = {p.file for p in exc.problems if isinstance(p.file, str)}
        named |= set(paths or _listed(text))
        names = {p: shown_file(p, text) for p in named}
        # a folder as typed too: the file meant for a missing one ("did you mean '/abs/e/u.csv'")
        folders = {os.path.dirname(p) + os.sep: os.path.dirname(s) for p, s in names.items()}
        # and the folder of a folder (the file meant in a folder of a near name)
        folders |= {
            os.path.dirname(f[:-1]) + os.sep: os.path.dirname(s) for f, s in folders.items()
        }
        names |= {f: s + os.sep if s else "" for f, s in folders.items() if f != os.sep}
        renamed(exc, names)
        raise


def _listed(typed: str) -> list[str]:
    """The files ``typed`` names now, or none where they cannot be listed."""
    from ipprules.errors import IpprulesError

    try:
        return matching_paths(typed)
    except IpprulesError:
        return []
