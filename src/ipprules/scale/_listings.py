"""Listings at scale: parse every URL of a Dask DataFrame, then de-duplicate across partitions.

Each partition is parsed on its own by the columnar kernel
(:func:`ipprules.columnar.parse_column` over its URL column); nothing is computed to build the
graph (the output ``meta`` is declared). The de-duplication works in two passes and moves only
``(identity key, position)`` pairs: the first pass parses each partition for its keys and keeps
the first position of every key it holds; those pairs are shuffled by key to find the first
occurrence globally, and the pairs that lost go back to their own partition (by partition
number, with known divisions); the second pass parses each partition again (a path source is
read again) and marks its duplicates, so no parsed rows wait in memory for the shuffle. A row
is a duplicate exactly when :func:`ipprules.listings.dedupe` on the whole input in order would
call it one, and points at the same first occurrence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ipprules.listings import RECORD_FIELDS
from ipprules.scale._deps import DaskFrame, DaskSeries, PandasFrame, PandasSeries, require

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

    number = 0 if partition_info is None else int(partition_info["number"])
    # the columnar kernel: a missing URL is the empty string's rejection with a null input;
    # no cycles are made, and a worker's big heap makes every collection expensive
    with _cyclic_gc_paused():
        table = parse_column(_strings(frame[column]), nulls="reject")
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
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arrow = pa.nulls(0)
        if pa.types.is_dictionary(arrow.type):  # a categorical column: its values
            arrow = arrow.dictionary_decode()
        if pa.types.is_string_view(arrow.type):
            arrow = arrow.cast(pa.string())
        if pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type):
            return arrow
        if len(series) and not series.isna().all():
            raise TypeError(f"the URL column holds {series.dtype} values, not text")
    texts: list[str | None] = []
    for label, item in zip(series.index, series.tolist(), strict=True):
        if isinstance(item, str):
            texts.append(item)
        elif _missing(item, pd):
            texts.append(None)
        else:
            raise TypeError(
                f"the URL column holds a {type(item).__name__} at row {label!r}, not text"
            )
    try:
        return pa.array(texts, pa.string())
    except UnicodeEncodeError:
        from ipprules.errors import InputError

        for label, text in zip(series.index, texts, strict=True):
            if text is not None and not _encodable(text):
                raise InputError(
                    "not valid Unicode (a lone surrogate): Arrow strings are UTF-8",
                    path=f"$[{label!r}]",
                ) from None
        raise  # pragma: no cover - some row could not be encoded


def _missing(item: object, pd: Any) -> bool:
    """None, NaN (a float or numpy float), ``pd.NA`` or ``pd.NaT``."""
    if item is None or item is pd.NA or item is pd.NaT:
        return True
    return isinstance(item, float) and item != item


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------- de-duplication


def _key(frame: PandasFrame, use_derived: bool) -> PandasSeries:
    key = frame["identity"]
    if use_derived:
        key = frame["derived_key"].fillna(key)
    return key


def _first_keys(
    frame: PandasFrame,
    column: str,
    use_derived: bool,
    partition_info: dict[str, Any] | None = None,
) -> PandasFrame:
    """``(key, order)`` of the first row of every identity key in one input partition (the
    first pass: the partition is parsed for its keys only, nothing else is kept)."""
    from ipprules.listings import Listing, parse_listing
    from ipprules.planner.engine import _cyclic_gc_paused

    pd = require("pandas")
    number = 0 if partition_info is None else int(partition_info["number"])
    texts = _strings(frame[column]).fill_null("").to_pylist()
    first: dict[str, int] = {}
    keep = first.setdefault
    with _cyclic_gc_paused():
        for position, text in enumerate(texts):
            r = parse_listing(text)
            if type(r) is Listing:
                keep((r.derived_identity or r.identity) if use_derived else r.identity, position)
    base = number << _SHIFT
    return pd.DataFrame(
        {
            "key": pd.array(list(first), dtype=pd.StringDtype("pyarrow")),
            "order": pd.array([base | p for p in first.values()], dtype="int64"),
        }
    )


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
    np = require("numpy")
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
    # by position, not by index label: a partition's labels may repeat (pd.concat of batches)
    at = np.flatnonzero(listed)[duplicate]
    dup_first = first.to_numpy()[duplicate]
    columns = out.columns
    out.iloc[at, columns.get_loc("status")] = "duplicate"
    out.iloc[at, columns.get_loc("first_partition")] = dup_first >> _SHIFT
    out.iloc[at, columns.get_loc("first_position")] = dup_first & ((1 << _SHIFT) - 1)
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
    of the first one, as :func:`ipprules.listings.dedupe` does on one machine; it parses
    every URL twice (keys first, rows second: see the module's docstring). A Dask DataFrame
    passed as ``source`` is computed once and its URL column kept until the second pass.

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
    if not dedupe:
        parsed: DaskFrame = frame.map_partitions(
            parse_partition, column, meta=meta, enforce_metadata=False
        )
        return parsed
    nparts = frame.npartitions
    pairs = frame.map_partitions(
        _first_keys, column, use_derived, meta=_pairs_meta(), enforce_metadata=False
    )
    shuffled = pairs.shuffle(on="key", npartitions=max(1, nparts))
    losers = shuffled.map_partitions(_losers, meta=_losers_meta(), enforce_metadata=False)
    by_part = losers.set_index("part", divisions=list(range(nparts + 1)))
    # the second pass parses again: a path is read again (nothing waits in memory for the
    # shuffle); a Dask DataFrame you pass keeps its URL column in memory until then
    again = _as_frame(source, column, blocksize, run=1)
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


def _as_frame(source: Any, column: str, blocksize: int | str, run: int = 0) -> DaskFrame:
    dd = require("dask.dataframe")
    if isinstance(source, str):
        return read_urls(source, column=column, blocksize=blocksize, _run=run)
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


def read_urls(
    path: str, *, column: str = "url", blocksize: int | str = "32MiB", _run: int = 0
) -> DaskFrame:
    """Read URLs from files matching ``path`` (a glob) into a one-column Dask DataFrame.

    Each file is read as its own name says (:func:`file_kind`), so a glob may mix kinds:
    ``*.parquet`` files (or a directory of them) give one partition per file (only
    ``column`` is read); ``*.csv`` (or ``*.csv.gz``) files one partition per file (a header
    naming ``column``; every cell read as text); anything else is plain text, one URL per
    line, read in blocks of ``blocksize`` bytes split at line ends (blank lines are skipped,
    as ``ipprules listings`` does; a ``\\r`` before the line end is dropped). Paths may be
    any ``fsspec`` URL (``s3://...``) the workers can open.
    """
    dd = require("dask.dataframe")
    pieces = _pieces(path, column, blocksize)
    pd = require("pandas")
    meta = pd.DataFrame({column: pd.Series([], dtype=pd.StringDtype("pyarrow"))})
    # ``_run`` only makes the tasks distinct: a second read of the same files (the second
    # pass of the de-duplication) is read again rather than kept in memory from the first
    frame: DaskFrame = dd.from_map(
        _read_piece, [(*piece, _run) for piece in pieces], column=column, meta=meta,
        label="read-urls", enforce_metadata=False,
    )  # fmt: skip
    return frame


#: one partition of :func:`read_urls`: (kind, file, byte offset, byte length)
_Piece = tuple[str, str, int, int]


def _pieces(path: str, column: str, blocksize: int | str) -> list[_Piece]:
    """The partitions of the files matching ``path``, each file read as its own name says
    (:func:`file_kind`), whatever the glob; checks the column of every Parquet and CSV file
    now, not on a worker."""
    fsspec = require("fsspec")
    paths = matching_paths(path)
    parquet = is_parquet(path, paths)
    size = require("dask").utils.parse_bytes(blocksize) if isinstance(blocksize, str) else blocksize
    pieces: list[_Piece] = []
    for p in paths:
        kind = "parquet" if parquet else file_kind(p)
        if kind == "parquet":  # a file footer each
            schema = parquet_schema(p)
            check_columns(schema.names, (column,), p)
            _check_text_type(schema.field(column).type, column, p)
            pieces.append(("parquet", p, 0, 0))
        elif kind == "csv":
            _check_csv_header(p, column)
            pieces.append(("csv", p, 0, 0))
        else:
            fs, local = fsspec.core.url_to_fs(p)
            total = fs.size(local)
            pieces += [("text", p, lo, size) for lo in range(0, max(total, 1), size)]
    return pieces


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
    """The Arrow schema of a Parquet file (its footer only)."""
    with require("fsspec").open(path, "rb") as handle:
        return require("pyarrow.parquet").read_schema(handle)


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


def _csv_frame(path: str, column: str) -> PandasFrame:
    """A whole CSV file's ``column`` (every cell as text), see :func:`csv_table`."""
    pd = require("pandas")
    frame = csv_table(path)
    check_columns(list(map(str, frame.columns)), (column,), path, line=1)
    return pd.DataFrame({column: frame[column]})


def csv_table(path: str) -> PandasFrame:
    """A whole CSV file, every cell as text (``string[pyarrow]``, empty cells ``""``).

    The file must be UTF-8 text with no NUL byte and a header row; anything else raises
    :class:`~ipprules.errors.InputError` naming the file (and the line, where known)."""
    import io
    import warnings

    from ipprules._files import decode_text
    from ipprules.errors import InputError

    fsspec = require("fsspec")
    pd = require("pandas")
    with fsspec.open(path, "rb", compression="infer") as handle:
        data = handle.read()
    text = decode_text(data, path)
    if not text.strip():
        raise InputError("empty file: no header row", file=path)
    try:
        with warnings.catch_warnings():
            # a row longer than the header keeps its first cells (as on one machine), and
            # the header's first column is never taken for an index
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.StringIO(text), dtype=str, keep_default_na=False, index_col=False
            )
    except (pd.errors.ParserError, ValueError) as exc:
        line, message = _csv_problem(text, exc)
        raise InputError(message, file=path, line=line) from None
    string = pd.StringDtype("pyarrow")
    return pd.DataFrame({str(name): frame[name].astype(string) for name in frame.columns})


def _csv_problem(text: str, exc: Exception) -> tuple[int | None, str]:
    """The line and message of the CSV error pandas raised (``exc``) on ``text``, worded as
    the single-machine reader words it (:func:`ipprules._files.iter_csv`); read again with
    :mod:`csv` only on this error path. A quoted cell never closed is located at the line
    where it opens.

    >>> _csv_problem('url\\n"https://a\\nhttps://b\\n', ValueError("EOF inside string"))
    (2, 'not valid CSV: unexpected end of data (a quote opened on this line is never closed)')
    """
    import csv
    import io
    import re

    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            message = f"not valid CSV: {error}"
            if "unexpected end of data" in str(error) and reader.line_num > start:
                message += " (a quote opened on this line is never closed)"
                return start, message
            return reader.line_num, message
        start = reader.line_num + 1
    detail = str(exc).strip()
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", detail)
    if found:
        want, line, got = found.groups()
        return int(line), f"not valid CSV: {got} cells where the header has {want}"
    return None, f"not valid CSV: {detail.splitlines()[0][:200] if detail else type(exc).__name__}"


def matching_paths(path: str) -> list[str]:
    """The files a path glob names (a directory: the Parquet files in it), sorted, as URLs
    the workers can open; :class:`~ipprules.errors.InputError` when none."""
    from ipprules.errors import InputError

    fsspec = require("fsspec")
    fs, _, paths = fsspec.core.get_fs_token_paths(path)
    if len(paths) == 1 and fs.isdir(paths[0]):
        paths = [p for p in fs.find(paths[0]) if p.lower().endswith((".parquet", ".pq"))]
    if not paths:
        raise InputError("no file matches", file=path)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    local = protocol in ("file", "local")
    return [p if local else f"{protocol}://{p}" for p in sorted(paths)]


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
        problem = exc.problems[0]
        if not offset or problem.line is None:
            raise
        line = problem.line + _lines_before(path, offset)
        raise InputError(problem.message, file=path, line=line, column=problem.column) from None
    if offset and data.startswith(b"\xef\xbb\xbf"):
        text = "\ufeff" + text
    return text


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


def csv_header(path: str) -> list[str]:
    """The column names of a CSV file's header row (strict UTF-8), read now from the file's
    first 64 KiB, as pandas names them for the worker that reads the file."""
    import io

    from ipprules._files import decode_text
    from ipprules.errors import InputError

    with require("fsspec").open(path, "rb", compression="infer") as handle:
        head = handle.read(1 << 16)
    first, newline, _ = head.partition(b"\n")
    if not newline and len(head) == 1 << 16:
        raise InputError("a header row longer than 64 KiB", file=path, line=1)
    text = decode_text(first.rstrip(b"\r"), path)
    if not text.strip():
        raise InputError("empty file: no header row", file=path, line=1)
    pd = require("pandas")
    try:
        columns = pd.read_csv(io.StringIO(text), nrows=0, dtype=str).columns
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(f"not CSV: {str(exc).strip()[:200]}", file=path, line=1) from None
    return [str(name) for name in columns]


def _check_csv_header(path: str, column: str) -> None:
    """Refuse a CSV file whose header does not name ``column`` (read now, not on a worker).

    A header that cannot be read now is left to the worker that reads the file, which
    reports it with the file's other problems."""
    from ipprules.errors import InputError

    try:
        names = csv_header(path)
    except InputError:
        return
    check_columns(names, (column,), path, line=1)


def _read_piece(piece: tuple[str, str, int, int, int], column: str) -> PandasFrame:
    kind, path, offset, length, _ = piece
    fsspec = require("fsspec")
    if kind == "parquet":
        with fsspec.open(path, "rb") as handle:
            table = require("pyarrow.parquet").read_table(handle, columns=[column])
        return table.to_pandas(types_mapper=_STRING_DTYPES.get)
    if kind == "csv":
        return _csv_frame(path, column)
    with fsspec.open(path, "rb") as handle:
        data = require("fsspec.utils").read_block(handle, offset, length, delimiter=b"\n")
    return _lines_frame(data, column, path, offset)


def _lines_frame(data: bytes, column: str, path: str, offset: int) -> PandasFrame:
    """One block of a text file as a frame of its non-blank lines.

    The text must be UTF-8 without NUL bytes, as for ``ipprules listings`` on one machine: an
    invalid byte raises :class:`~ipprules.errors.InputError` naming the file, line and column
    (the lines before the block are counted only then)."""
    pd = require("pandas")
    text = _decode_block(data, path, offset)
    lines = [line.rstrip("\r") for line in text.split("\n")]
    kept = [line for line in lines if line.strip()]
    return pd.DataFrame({column: pd.array(kept, dtype=pd.StringDtype("pyarrow"))})
