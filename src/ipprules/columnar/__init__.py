"""The columnar kernel (the optional extra ``ipprules[arrow]``): a column of URLs to a table.

:func:`parse_column` parses a column of listing URLs (a pyarrow string array or chunked
array, or any sequence of ``str``) into a ``pyarrow.Table`` whose columns are exactly
:data:`ipprules.listings.RECORD_FIELDS` and whose row ``i`` is
``parse_listing(urls[i]).as_dict()``, for every input. Vectorised ``pyarrow.compute`` (RE2,
anchored full matches) proves the common literal-host forms and short links; every other row
goes through the pure-Python :func:`ipprules.listings.parse_listing`, which stays the
reference.

:func:`history_from_table` folds a table of Good Faith outcome rows (read from Parquet or a
CSV with pyarrow) into a :class:`~ipprules.goodfaith.History` with Arrow compute: the same
history as :meth:`History.from_rows <ipprules.goodfaith.History.from_rows>` over the same
rows, which stays the reference.

Nothing in ``import ipprules`` imports this package; it needs ``pip install 'ipprules[arrow]'``
(pyarrow and numpy).

>>> from ipprules.columnar import parse_column
>>> table = parse_column([
...     "https://detail.1688.com/offer/585943639773.html?spm=a261p",
...     "https://m.tb.cn/h.4CEhFr0",
...     None,
... ])
>>> table.column("identity").to_pylist()
['1688-offer:585943639773', None, None]
>>> table.column("code").to_pylist()
[None, 'short-link', 'empty']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ipprules import errors

if TYPE_CHECKING:
    import pyarrow

    from ipprules.goodfaith import AccountEvent, History

__all__ = ["BLOCK", "history_from_table", "parse_column", "record_schema"]

#: Rows parsed per vectorised block (bounds the kernel's working memory).
BLOCK = 1 << 18


def _require() -> Any:
    try:
        import numpy  # noqa: F401
        import pyarrow
    except ImportError:
        raise errors.MissingExtra("arrow", "ipprules.columnar") from None
    return pyarrow


def record_schema() -> pyarrow.Schema:
    """The Arrow schema of :func:`parse_column`'s tables (:data:`RECORD_FIELDS` as types).

    >>> record_schema().field("ok").type
    DataType(bool)
    """
    _require()
    from ipprules.columnar._kernel import SCHEMA

    return SCHEMA


def history_from_table(table: pyarrow.Table, events: Iterable[AccountEvent] = ()) -> History:
    """A Good Faith history from a table of outcome rows, folded with Arrow compute.

    ``table`` has the columns ``day`` (integer ordinals, or ``date32``/``date64`` dates),
    ``platform``, ``reason_code`` (strings, also dictionary-encoded) and the integer counts
    ``taken_down``, ``rejected``, ``withdrawn``, ``pending``, ``reinstated`` (booleans
    count 0 and 1, as ``from_rows`` counts them); other columns are not read. A column of
    another type (floats, bytes, timestamps...) holds values ``from_rows`` refuses: its
    error for the first row. The history equals ``History.from_rows(rows, events)`` over
    the same rows (``(day, platform, reason_code, taken_down, ...)`` tuples, a date as its
    ordinal) in any order, and a table with an invalid row raises the error ``from_rows``
    raises for its first one (in table order). A history of millions of rows read with
    pyarrow (``pyarrow.parquet.read_table``, ``pyarrow.csv.read_csv``) never becomes
    Python rows: the fold costs a fraction of the pure one (docs/performance.md), and
    :func:`~ipprules.goodfaith.timeline` and :func:`~ipprules.goodfaith.standing` take the
    history as they take any other.

    Raises :class:`TypeError` for a ``table`` that is not a pyarrow Table, or an event that
    is not an :class:`~ipprules.goodfaith.AccountEvent`;
    :class:`ipprules.errors.InputError` for a missing or repeated column, and for an
    invalid row; :class:`ipprules.errors.MissingExtra` without pyarrow.

    >>> import datetime as dt, pyarrow as pa
    >>> from ipprules.goodfaith import History
    >>> day = dt.date(2023, 1, 2).toordinal()
    >>> rows = [(day, "taobao", "tm_counterfeit", 9, 1, 0, 0, 0),
    ...         (day, "tmall", "tm_misuse", 0, 0, 0, 2, 0)]
    >>> table = pa.table(dict(zip(["day", "platform", "reason_code", "taken_down",
    ...     "rejected", "withdrawn", "pending", "reinstated"], zip(*rows))))
    >>> history = history_from_table(table)
    >>> history
    History(2 complaint(s), 0 event(s), 2023-01-02..2023-01-02)
    >>> history == History.from_rows(rows)
    True
    """
    pa = _require()
    from ipprules._args import refuse_two_threads, require_instance, require_iterable
    from ipprules.columnar._history import fold_table
    from ipprules.goodfaith import AccountEvent, History
    from ipprules.goodfaith.engine import Counts

    if not isinstance(table, pa.Table):
        raise TypeError(
            f"history_from_table(): table must be a pyarrow Table, got {type(table).__name__}"
            " (make one with pyarrow.table(columns), pyarrow.Table.from_pandas(frame), "
            "pyarrow.Table.from_batches(batches) or pyarrow.parquet.read_table(path))"
        )
    try:
        found = [
            require_instance(e, AccountEvent, "events[]")
            for e in require_iterable(events, "events", "account events")
        ]
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "history_from_table(): events")
        raise
    slots, n = fold_table(table)
    return History(Counts(slots, found), n)


def parse_column(
    urls: pyarrow.Array | pyarrow.ChunkedArray | Sequence[str | None],
    *,
    nulls: Literal["reject", "error"] = "reject",
) -> pyarrow.Table:
    """Parse a column of URLs; row ``i`` of the table is ``parse_listing(urls[i]).as_dict()``.

    ``urls`` is a pyarrow ``string``/``large_string`` array or chunked array (also
    dictionary-encoded, as Parquet and pandas categoricals keep text), or a sequence
    of ``str`` (a list, a tuple, a pandas Series of strings, where NaN and NA are missing
    values...). The table has the columns of
    :data:`ipprules.listings.RECORD_FIELDS` (strings, ``ok`` a bool), one row per input, in
    order, in chunks of at most :data:`BLOCK` rows.

    A missing input (a null, or ``None`` in a sequence) is accounted for as a rejection:
    with ``nulls="reject"`` (the default) its row is that of the empty string (code
    ``empty``) with a null ``input``; with ``nulls="error"`` it raises :class:`TypeError`
    naming its position, as :func:`ipprules.listings.parse_listings` does for every item that
    is not a ``str`` (``parse_listings(): item 1: text must be a str, got NoneType (a missing
    value)...``): a column is a table's, where a gap is a value; an iterable of strings holds
    none.

    Raises :class:`TypeError` for an array that is not of strings, a sequence with an item
    that is not a ``str`` or ``None``, or a single string;
    :class:`ipprules.errors.InputError` for a ``str`` Arrow cannot hold (a lone surrogate);
    :class:`ipprules.errors.MissingExtra` without pyarrow.

    >>> parse_column(["https://www.lazada.sg/products/pdp-i4212266679.html"]).num_rows
    1
    >>> parse_column([None], nulls="error")
    Traceback (most recent call last):
    ...
    TypeError: parse_column(): urls[0] is null (nulls="error")
    """
    pa = _require()
    from ipprules.columnar._kernel import SCHEMA, parse_block

    if not isinstance(nulls, str) or errors.plain(nulls) not in ("reject", "error"):
        shown = errors.quoted(nulls) if isinstance(nulls, str) else repr(nulls)
        raise TypeError(f'parse_column(): nulls must be "reject" or "error", got {shown}')
    nulls = errors.plain(nulls)  # type: ignore[assignment]  # never a subclass's own __eq__
    chunks = _chunks(pa, urls)
    batches = []
    done = 0
    for chunk in chunks:
        if nulls == "error" and chunk.null_count:
            first = chunk.is_null().index(True).as_py()
            raise TypeError(f'parse_column(): urls[{done + first}] is null (nulls="error")')
        for start in range(0, len(chunk), BLOCK):
            batches.append(parse_block(chunk.slice(start, BLOCK)))
        done += len(chunk)
    return pa.Table.from_batches(batches, schema=SCHEMA)


def _chunks(pa: Any, urls: object) -> list[Any]:
    """``urls`` as a list of ``string``/``large_string`` arrays."""
    if isinstance(urls, str | bytes):
        raise TypeError(
            "parse_column(): urls must be a column of strings, not a single "
            f"{type(urls).__name__} (wrap one URL in a list)"
        )
    if isinstance(urls, pa.ChunkedArray):
        chunks = list(urls.chunks)
        kind = urls.type
    elif isinstance(urls, pa.Array):
        chunks = [urls]
        kind = urls.type
    else:
        chunks = [_from_sequence(pa, urls)]
        kind = chunks[0].type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return chunks
    if getattr(pa.types, "is_string_view", None) and pa.types.is_string_view(kind):
        return [chunk.cast(pa.string()) for chunk in chunks]
    if pa.types.is_null(kind):
        return [chunk.cast(pa.string()) for chunk in chunks]
    if pa.types.is_dictionary(kind):  # a dictionary-encoded column (Parquet, a categorical)
        values = kind.value_type
        if pa.types.is_string(values) or pa.types.is_large_string(values):
            return [chunk.dictionary_decode() for chunk in chunks]
    raise TypeError(f"parse_column(): urls must be an array of strings, got {kind}")


def _strings(pa: Any, make: Any) -> Any:
    """The array ``make()`` gives when it holds text only (strings, nulls, a categorical of
    strings), as a ``string``/``large_string`` array; ``None`` otherwise (or on failure)."""
    try:
        array = make()
    except (pa.ArrowException, TypeError, ValueError, UnicodeError):
        return None
    kind = array.type
    if pa.types.is_dictionary(kind) and (
        pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type)
    ):
        return array.dictionary_decode()
    if pa.types.is_null(kind):
        return array.cast(pa.string())
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return array
    return None


def _frame_hint(urls: object) -> str:
    """What to pass instead of a data frame: its column of URLs, named by the first column
    whose name says it holds links (:data:`~ipprules.listings.columns.URL_COLUMNS`, without
    regard to case), else ``'url'``; ``""`` for what is no frame."""
    from ipprules._args import is_frame
    from ipprules.listings.columns import URL_COLUMNS, column_key

    if not is_frame(urls):
        return ""
    names = [n for n in getattr(urls, "columns", ()) if isinstance(n, str)]
    like = next((n for n in names if column_key(n) in URL_COLUMNS), "url")
    return f" (pass its column of URLs, df[{like!r}])"


def _read_items(urls: Iterable[object]) -> list[object]:
    """The items of an iterable that is no sequence (a generator), each checked as it is read:
    the first that is neither a ``str`` nor ``None`` is a TypeError at once (an endless
    generator of junk stops there; it was read to a list first)."""
    items: list[object] = []
    for position, item in enumerate(urls):
        if item is not None and not isinstance(item, str):
            raise TypeError(
                f"parse_column(): urls[{position}] must be a str or None, got {type(item).__name__}"
            )
        items.append(item)
    return items


def _from_sequence(pa: Any, urls: object) -> Any:
    dimensions = getattr(urls, "ndim", 1)
    if dimensions != 1:  # a DataFrame was pyarrow's KeyError (0), not the column it holds
        raise TypeError(
            "parse_column(): urls must be a column of strings (one dimension), got "
            f"{type(urls).__name__} of {dimensions} dimensions{_frame_hint(urls)}"
        )
    # the type is inferred, not asked for: asked for strings, pyarrow decodes bytes (b"x",
    # a bytearray, a numpy bytes_) as UTF-8 where parse_listing refuses them (TypeError);
    # inferred, any bytes make the array binary, and the items are checked one by one below
    if type(urls).__module__.split(".")[0] == "pandas":  # a Series: NaN, NA are missing values
        found = _strings(pa, lambda: pa.array(urls, from_pandas=True))
        if found is not None:
            return found
    if isinstance(urls, Sequence):
        items: Sequence[object] = urls
    elif isinstance(urls, Iterable):
        items = _read_items(urls)
    else:
        raise TypeError(
            f"parse_column(): urls must be a column of strings, got {type(urls).__name__}"
        )
    found = _strings(pa, lambda: pa.array(items))
    if found is not None:
        return found
    for position, item in enumerate(items):
        if item is not None and not isinstance(item, str):
            raise TypeError(
                f"parse_column(): urls[{position}] must be a str or None, got {type(item).__name__}"
            ) from None
        if item is not None:
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise errors.InputError(
                    "not valid Unicode (a lone surrogate): Arrow strings are UTF-8",
                    path=f"$[{position}]",
                ) from None
    raise TypeError("parse_column(): urls could not be read as strings")  # pragma: no cover
