"""Listings at scale: parse every URL of a Dask DataFrame, then de-duplicate across partitions.

Each partition is parsed on its own (:func:`ipprules.listings.parse_listing` over its URL
column); nothing is computed to build the graph (the output ``meta`` is declared). The
de-duplication moves only ``(identity key, position)`` pairs: each partition keeps the first
row of every key it holds, those pairs are shuffled by key to find the first occurrence
globally, and the pairs that lost go back to their own partition (by partition number, with
known divisions). A row is a duplicate exactly when :func:`ipprules.listings.dedupe` on the
whole input in order would call it one, and points at the same first occurrence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ipprules.listings import RECORD_FIELDS
from ipprules.scale._deps import DaskFrame, DaskSeries, PandasFrame, PandasSeries, require
from ipprules.scale._records import record_table

__all__ = ["COLUMNS", "listing_meta", "parse_partition", "parse_urls", "read_urls"]

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

    A missing URL (None, NaN, NA) is parsed as the empty string (a rejection) and keeps a
    missing ``input``.

    >>> import pandas as pd
    >>> out = parse_partition(pd.DataFrame({"url": [
    ...     "https://detail.tmall.com/item.htm?id=690091011924&skuId=1", "not a url"]}))
    >>> out[["ok", "platform", "identity", "code", "position"]].values.tolist()
    [[True, 'tmall', 'taobao-item:690091011924', <NA>, 0], [False, <NA>, <NA>, 'not-a-url', 1]]
    """
    number = 0 if partition_info is None else int(partition_info["number"])
    inputs, texts = _inputs(frame[column])
    from ipprules.planner.engine import _cyclic_gc_paused

    with _cyclic_gc_paused():  # a tuple per row, no cycles: the collector would rescan them all
        table = record_table(texts)
    table = table.set_column(0, "input", inputs)
    n = table.num_rows
    pc = require("pyarrow.compute")
    status = pc.if_else(table.column("ok"), "listing", "rejected")
    table = table.append_column("status", status)
    pd = require("pandas")
    out = table.to_pandas(types_mapper=_STRING_DTYPES.get)
    np = require("numpy")
    missing = pd.arrays.IntegerArray(np.zeros(n, dtype="int64"), np.ones(n, dtype=bool))
    out["partition"] = np.full(n, number, dtype="int64")
    out["position"] = np.arange(n, dtype="int64")
    out["first_partition"] = missing
    out["first_position"] = missing.copy()
    out = out[[name for name, _ in COLUMNS]]
    out.index = frame.index
    return out


class _StringDtypes:
    """``types_mapper`` for ``Table.to_pandas``: Arrow strings as pandas ``string[pyarrow]``."""

    def get(self, arrow_type: Any) -> Any:
        pa = require("pyarrow")
        if arrow_type in (pa.string(), pa.large_string()):
            return require("pandas").StringDtype("pyarrow")
        return None


_STRING_DTYPES = _StringDtypes()


def _inputs(series: PandasSeries) -> tuple[Any, list[str]]:
    """The URL column as an Arrow string array (null where missing) and as texts to parse
    (``""`` where missing)."""
    pa = require("pyarrow")
    if series.dtype != object:
        try:
            arrow = pa.array(series.array, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arrow = pa.nulls(0)
        if pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type):
            arrow = arrow.cast(pa.string())
            return arrow, arrow.fill_null("").to_pylist()
    raw = series.tolist()
    kept = [t if isinstance(t, str) else None for t in raw]
    return pa.array(kept, type=pa.string()), [t if t is not None else "" for t in kept]


# ---------------------------------------------------------------- de-duplication


def _key(frame: PandasFrame, use_derived: bool) -> PandasSeries:
    key = frame["identity"]
    if use_derived:
        key = frame["derived_key"].fillna(key)
    return key


def _local_firsts(frame: PandasFrame, use_derived: bool) -> PandasFrame:
    """``(key, order)`` of the first row of every key in one parsed partition."""
    pd = require("pandas")
    listed = frame[frame["ok"]]
    order = (listed["partition"].to_numpy() << _SHIFT) | listed["position"].to_numpy()
    pairs = pd.DataFrame({"key": _key(listed, use_derived).array, "order": order})
    return pairs.drop_duplicates("key").reset_index(drop=True)


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


def _finish(frame: PandasFrame, losers: PandasFrame, use_derived: bool) -> PandasFrame:
    """Mark the duplicates of one parsed partition, given the pairs of it that lost globally."""
    pd = require("pandas")
    listed = frame["ok"].to_numpy()
    if not listed.any():
        return frame
    rows = frame[listed]
    order = pd.Series((rows["partition"].to_numpy() << _SHIFT) | rows["position"].to_numpy())
    local_first = order.groupby(_key(rows, use_derived).to_numpy(), sort=False).transform("min")
    remap = pd.Series(losers["first"].to_numpy(), index=losers["order"].to_numpy())
    first = local_first.map(remap).fillna(local_first).astype("int64")
    duplicate = (first != order).to_numpy()
    if not duplicate.any():
        return frame
    out = frame.copy()
    index = out.index[listed][duplicate]
    dup_first = first.to_numpy()[duplicate]
    out.loc[index, "status"] = "duplicate"
    out.loc[index, "first_partition"] = dup_first >> _SHIFT
    out.loc[index, "first_position"] = dup_first & ((1 << _SHIFT) - 1)
    return out


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


# ---------------------------------------------------------------------- the door


def parse_urls(
    source: DaskFrame | DaskSeries | str | Sequence[str],
    *,
    column: str = "url",
    dedupe: bool = True,
    use_derived: bool = False,
    blocksize: int | str = "32MiB",
) -> DaskFrame:
    """Parse every URL of ``source`` into a Dask DataFrame of :data:`COLUMNS`, lazily.

    ``source`` is a Dask DataFrame with a ``column`` of URLs, a Dask Series, or a path glob
    (see :func:`read_urls`). One output row per input row, in the input's partitions and
    order. ``dedupe=True`` marks every listing whose identity key (``derived_key`` first
    when ``use_derived``) appeared at an earlier (partition, position) as a ``duplicate``
    of the first one, as :func:`ipprules.listings.dedupe` does on one machine.

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
    dd = require("dask.dataframe")
    frame = _as_frame(source, column, blocksize)
    meta = listing_meta()
    parsed = frame.map_partitions(parse_partition, column, meta=meta, enforce_metadata=False)
    if not dedupe:
        return parsed
    nparts = parsed.npartitions
    pairs = parsed.map_partitions(
        _local_firsts, use_derived, meta=_pairs_meta(), enforce_metadata=False
    )
    shuffled = pairs.shuffle(on="key", npartitions=max(1, nparts))
    losers = shuffled.map_partitions(_losers, meta=_losers_meta(), enforce_metadata=False)
    by_part = losers.set_index("part", divisions=list(range(nparts + 1)))
    result: DaskFrame = dd.map_partitions(
        _finish,
        parsed,
        by_part,
        use_derived,
        meta=meta,
        align_dataframes=False,
        enforce_metadata=False,
    )
    return result


def _as_frame(source: Any, column: str, blocksize: int | str) -> DaskFrame:
    dd = require("dask.dataframe")
    if isinstance(source, str):
        return read_urls(source, column=column, blocksize=blocksize)
    if isinstance(source, dd.Series):
        return source.to_frame(name=column)
    if isinstance(source, dd.DataFrame):
        if column not in source.columns:
            from ipprules.errors import InputError

            raise InputError(
                f"no column {column!r} (columns: {', '.join(map(str, source.columns))})",
                path=f"$.{column}",
            )
        return source[[column]]
    raise TypeError(f"expected a Dask DataFrame, Series or a path glob, got {type(source)!r}")


def read_urls(path: str, *, column: str = "url", blocksize: int | str = "32MiB") -> DaskFrame:
    """Read URLs from files matching ``path`` (a glob) into a one-column Dask DataFrame.

    ``*.parquet`` files (or a directory) are read with :func:`dask.dataframe.read_parquet`
    (only ``column``); ``*.csv`` with :func:`dask.dataframe.read_csv` (a header naming
    ``column``; every cell read as text); anything else is plain text, one URL per line, read in
    blocks of ``blocksize`` bytes split at line ends (blank lines are skipped, as
    ``ipprules listings`` does; a ``\\r`` before the line end is dropped).
    """
    dd = require("dask.dataframe")
    lowered = path.lower().rstrip("/")
    if lowered.endswith((".parquet", ".pq")) or _is_dir(path):
        frame: DaskFrame = dd.read_parquet(path, columns=[column])
        return frame
    if lowered.endswith((".csv", ".csv.gz")):
        csv = dd.read_csv(
            path,
            usecols=[column],
            dtype=str,
            keep_default_na=False,
            blocksize=None if lowered.endswith(".gz") else blocksize,
            encoding="utf-8-sig",
        )
        return csv
    read_bytes = require("dask.bytes").read_bytes
    _, blocks = read_bytes(path, delimiter=b"\n", blocksize=blocksize, sample=False)
    flat = [block for file_blocks in blocks for block in file_blocks]
    meta = require("pandas").DataFrame(
        {column: require("pandas").Series([], dtype=require("pandas").StringDtype("pyarrow"))}
    )
    return dd.from_delayed([_text_block(b, column) for b in flat], meta=meta, verify_meta=False)


def _is_dir(path: str) -> bool:
    import os

    return os.path.isdir(path)


def _text_block(block: Any, column: str) -> Any:
    delayed = require("dask").delayed
    return delayed(_lines_frame)(block, column)


def _lines_frame(data: bytes, column: str) -> PandasFrame:
    pd = require("pandas")
    text = data.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = [line.rstrip("\r") for line in text.split("\n")]
    kept = [line for line in lines if line.strip()]
    return pd.DataFrame({column: pd.array(kept, dtype=pd.StringDtype("pyarrow"))})
