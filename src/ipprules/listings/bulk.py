"""Bulk parsing and de-duplication: streams, input order, every input accounted for.

>>> results = list(dedupe(parse_listings([
...     "https://www.aliexpress.com/item/1005004878609097.html",
...     "https://es.aliexpress.com/item/1005004878609097.html?spm=x",
...     "not a url",
... ])))
>>> summarize(results)
Summary(total=3, parsed=1, duplicates=1, rejected={'not-a-url': 1})
>>> duplicate_groups(results)
{'aliexpress-item:1005004878609097': [0, 1]}
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from operator import length_hint
from typing import Any, get_args

import attrs

from ipprules._args import refuse_two_threads
from ipprules._convert import shown_value
from ipprules._gc import pause, resume
from ipprules._typed import check_types, read_only
from ipprules.errors import StreamConsumedError
from ipprules.listings.model import RECORD_FIELDS, Duplicate, Listing, Rejection
from ipprules.listings.parser import parse_listing

__all__ = [
    "Outcome",
    "ParseResults",
    "StreamConsumedError",
    "Summary",
    "dedupe",
    "duplicate_groups",
    "parse_listings",
    "summarize",
]

#: What one input became.
Outcome = Listing | Duplicate | Rejection
_OUTCOMES = (Listing, Duplicate, Rejection)
_PASSING = frozenset({Duplicate, Rejection})


class ParseResults:
    """The results of :func:`parse_listings`: ``(position, listing or rejection)`` pairs in
    input order, parsed lazily while you iterate (nothing is kept).

    Built from a re-iterable input (a list, a tuple, a pandas Series...), it can be iterated
    again (the inputs are parsed again). Built from a one-shot stream (a generator, an open
    file), it can be iterated once; a second iteration raises :class:`StreamConsumedError`
    rather than yield nothing. :attr:`reiterable` tells which.

    >>> from ipprules import parse_listings
    >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
    >>> results
    ParseResults(2 inputs, re-iterable)
    >>> [(i, r.ok) for i, r in results]
    [(0, True), (1, False)]
    >>> results.summary().line()
    '2 inputs: 1 parsed, 0 duplicates, 1 rejected (not-a-url 1)'
    >>> [record["identity"] for record in results.to_records()]
    ['taobao-item:690091011924', None]
    """

    __slots__ = ("_iterator", "_texts")

    def __init__(self, texts: Iterable[str]) -> None:
        if isinstance(texts, str | bytes):
            raise TypeError(
                f"parse_listings(): texts must be an iterable of strings, not a single "
                f"{type(texts).__name__} (wrap one URL in a list)"
            )
        from ipprules._args import refuse_frame, refuse_used_stream

        refuse_used_stream(texts, "parse_listings(): texts")
        refuse_frame(
            texts,
            "parse_listings(): texts",
            "strings",
            "iterating a DataFrame gives its column names: pass its column of URLs, df['url']",
        )
        try:
            iterator = iter(texts)
        except TypeError:
            raise TypeError(
                "parse_listings(): texts must be an iterable of strings, got "
                f"{type(texts).__name__}"
            ) from None
        self._texts = texts
        # a one-shot stream is its own iterator; None once it has been handed out
        self._iterator: Iterator[str] | None = iterator if iterator is texts else None

    @property
    def reiterable(self) -> bool:
        """Whether the results can be iterated more than once (the input is not a stream).

        >>> from ipprules import parse_listings
        >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
        >>> results.reiterable, parse_listings(iter(["x"])).reiterable
        (True, False)
        """
        return self._iterator is None

    @property
    def _used(self) -> bool:
        return self._iterator is _USED

    def __iter__(self) -> Iterator[tuple[int, Listing | Rejection]]:
        iterator = self._iterator
        if iterator is None:
            index = _series_index(self._texts)
            blocks = _blocks(iter(self._texts))
            return blocks if index is None else _labelled(blocks, index)
        if iterator is _USED:
            raise StreamConsumedError()
        self._iterator = _USED
        return _blocks(iterator)

    def __eq__(self, other: object) -> bool:
        """Equal by value when both are re-iterable and were given the same inputs in the same
        order (so they iterate to the same outcomes): a pickled or copied ``ParseResults`` of a
        list equals the original. A one-shot stream equals only itself: comparing it by value
        would read it up.

        >>> import pickle
        >>> from ipprules import parse_listings
        >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
        >>> pickle.loads(pickle.dumps(results)) == results
        True
        >>> results == parse_listings(("https://detail.tmall.com/item.htm?id=690091011924", "x"))
        True
        >>> results == parse_listings(["x"]), parse_listings(iter(["x"])) == parse_listings(["x"])
        (False, False)
        """
        if not isinstance(other, ParseResults):
            return NotImplemented
        if self is other:
            return True
        if self._iterator is not None or other._iterator is not None:
            return False  # a stream: only itself (reading it to compare would use it up)
        return list(self._texts) == list(other._texts)

    #: Unhashable: the inputs (a list...) may change after the results were made.
    __hash__ = None  # type: ignore[assignment]

    def __length_hint__(self) -> int:
        try:
            return len(self._texts)  # type: ignore[arg-type]
        except TypeError:
            return 0

    def summary(self) -> Summary:
        """Counts of what every input became (iterates the results).

        >>> from ipprules import parse_listings
        >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
        >>> results.summary()
        Summary(total=2, parsed=1, duplicates=0, rejected={'not-a-url': 1})
        """
        return summarize(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per input: ``position`` and the fields of :data:`RECORD_FIELDS`.

        >>> from ipprules import parse_listings
        >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
        >>> [(r["position"], r["ok"], r["code"]) for r in results.to_records()]
        [(0, True, None), (1, False, 'not-a-url')]
        """
        return [{"position": position, **result.as_dict()} for position, result in self]

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, iterating the results once: ``results`` (:meth:`to_records`)
        and their ``summary`` (:meth:`Summary.as_dict`).

        >>> from ipprules import parse_listings
        >>> data = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"]
        ...                       ).as_dict()
        >>> [r["ok"] for r in data["results"]], data["summary"]["line"]
        ([True, False], '2 inputs: 1 parsed, 0 duplicates, 1 rejected (not-a-url 1)')
        """
        tally = Tally()
        results = [
            {"position": position, **tally.add(result).as_dict()} for position, result in self
        ]
        return {"results": results, "summary": tally.summary().as_dict()}

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records` (needs the ``pandas`` extra): one row per
        input (no input: no row, the same columns), string columns (pandas' text dtype,
        whatever the rows), ``position`` an integer and ``ok`` a bool column, the coded
        columns categorical. Built from a pandas Series, the frame keeps the Series' index
        (its labels, as ``df["url"].dropna()`` leaves them), so it joins back to the frame
        the column came from (``df.join(results.to_frame())``); ``position`` stays the place
        in the input.

        >>> from ipprules import parse_listings
        >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
        >>> frame = results.to_frame()
        >>> list(frame["ok"]), str(frame["position"].dtype)
        ([True, False], 'int64')
        """
        from ipprules._frames import to_frame

        records = self.to_records()
        frame = to_frame(records, categories=_categories(), texts=_TEXTS, columns=_COLUMNS)
        # no input still gives every column, ``position`` and ``ok`` with the dtypes of a row
        frame = frame.astype({"position": "int64", "ok": "bool"})
        index = _series_index(self._texts)
        if index is not None and len(index) == len(frame):
            frame.index = index
        return frame

    def text(self) -> str:
        """The text ``ipprules listings`` prints for these inputs: a table, a row an input
        numbered 1, 2..., and the summary line. It parses the inputs again (a one-shot stream:
        reads it, as iterating does). ``print()`` and ``str()`` give it too for re-iterable
        inputs; of a one-shot stream they give the one-line ``repr()`` and how to see the
        rows, so that printing never uses the stream up.

        >>> from ipprules import parse_listings
        >>> print(parse_listings(iter(["x"])))
        ParseResults(one-shot stream, not read yet): a stream is read only once, so printing does not read it; results.text() reads it and gives the table, once
        """  # noqa: E501
        from ipprules.listings.table import results_text

        return results_text(self, Tally())

    def __str__(self) -> str:
        if self._iterator is None:
            return self.text()
        # one line that says why the table is not shown and how to see the rows
        if self._used:
            how = "parse_listings(list(texts)) keeps the inputs to show them"
        else:
            how = "results.text() reads it and gives the table, once"
        return f"{self!r}: a stream is read only once, so printing does not read it; {how}"

    def __repr__(self) -> str:
        if self._iterator is None:
            try:
                n = len(self._texts)  # type: ignore[arg-type]
                return f"ParseResults({n} input{'' if n == 1 else 's'}, re-iterable)"
            except TypeError:
                return "ParseResults(re-iterable)"
        if self._used:
            return "ParseResults(one-shot stream, already read)"
        return "ParseResults(one-shot stream, not read yet)"

    def _repr_html_(self) -> str:
        from ipprules._table import shown_html as escape

        if self._iterator is not None:
            state = "already read" if self._used else "not read yet: iterate it once"
            return (
                f"<p><b>ParseResults</b>: a one-shot stream of inputs ({escape(state)}); "
                "showing it would use it up. Keep the results with <code>list(...)</code> or "
                "<code>.to_records()</code>, or parse a list to see a table.</p>"
            )
        rows = []
        total = parsed = 0
        rejected: dict[str, int] = {}
        for position, result in self:
            total += 1
            if type(result) is Listing:
                parsed += 1
            else:
                code = result.code  # type: ignore[union-attr]
                rejected[code] = rejected.get(code, 0) + 1
            if position < _HTML_ROWS:
                rows.append(_html_row(position, result))
        summary = Summary(total, parsed, 0, dict(sorted(rejected.items())))
        more = f"<p>first {_HTML_ROWS} of {total} rows shown</p>" if total > _HTML_ROWS else ""
        head = "".join(
            f"<th>{name}</th>"
            for name in (
                "#",
                "input",
                "ok",
                "platform / code",
                "kind",
                "id",
                "canonical URL / reason",
            )
        )
        return (
            f"<p><b>ParseResults</b>: {escape(summary.line())}</p><table><thead><tr>{head}"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"
        )


_USED: Iterator[str] = iter(())
_NONE: Any = object()  # no first item: an empty input
#: How many inputs are parsed at a time while the cyclic collector is paused.
BLOCK = 512


def _blocks(
    texts: Iterator[str],
    function: str = "parse_listings",
    parse: Callable[[str], Listing | Rejection] = parse_listing,
) -> Iterator[tuple[int, Listing | Rejection]]:
    """The results, parsed :data:`BLOCK` at a time with the cyclic garbage collector paused
    (the caller's setting is restored before any result is handed out).

    Parsing allocates only acyclic objects, so pausing the collector loses nothing. Nothing
    that the collector tracks is allocated while it runs (the iterator over a block is made
    while it is paused), so a caller who keeps every result (``list(parse_listings(...))``)
    triggers no collection during the run: the collector finds the results once, young, at
    the caller's next allocation, instead of rescanning all the results kept so far every
    time a block of them ages into the older generations (about a third of the time of such
    a run). Memory stays bounded by one block for a caller who streams.

    An input that is no ``str`` is :func:`parse_listing`'s :class:`TypeError`, said again
    naming its index (``function``'s ``item N``): the index is read off the block's positions
    once it is raised, so the loop counts nothing more.
    """
    results = map(parse, texts)
    start = 0
    while True:
        # counted across threads (ipprules._gc): another thread's pause is no setting
        paused = pause()
        positions = iter(range(start, start + BLOCK))
        try:
            block = iter(list(zip(positions, islice(results, BLOCK), strict=False)))
            first = next(block, None)
        except TypeError as error:
            # zip took the position of the item that raised before parse_listing refused it
            position = start + BLOCK - 1 - length_hint(positions)
            raise _item_error(error, function, position) from None
        except ValueError as error:  # the caller's generator, read by two threads at once
            refuse_two_threads(
                error, f"{function}(): {'texts' if function == 'parse_listings' else 'results'}"
            )
            raise
        finally:
            resume(paused)
        if first is None:
            return
        yield first
        yield from block
        start += BLOCK


def _parse_stream(texts: Iterator[str]) -> Iterator[tuple[int, Listing | Rejection]]:
    """:func:`parse_listings` of a stream of ``str`` (a command's lines), where a text the
    same as the one before it gets the same result without being parsed again (a result is
    immutable and holds no position): a stream of one line repeated, as ``yes`` writes, is
    parsed once. The last text is kept by :func:`functools.lru_cache` (in C: a ``str`` is its
    own key), a look-up more for a text that differs; only for ``str``, which it hashes.

    >>> [result.code for _, result in _parse_stream(iter(["y", "y", "x"]))]
    ['not-a-url', 'not-a-url', 'not-a-url']
    """
    return _blocks(texts, "parse_listings", functools.lru_cache(maxsize=1)(parse_listing))


def _item_error(error: TypeError, function: str, position: int) -> TypeError:
    """``error`` (raised while ``function`` parsed the input at ``position``) naming the
    input's index when it is :func:`parse_listing`'s refusal of a ``text`` that is no ``str``,
    and how to read a column with gaps when that is a missing value; else ``error`` itself.

    >>> str(_item_error(TypeError("parse_listing(): text must be a str, got int"), "dedupe", 3))
    'dedupe(): item 3: text must be a str, got int'
    """
    said = str(error)
    if not said.startswith(_NOT_TEXT):
        return error
    said = f"{function}(): item {position}: {said[len('parse_listing(): ') :]}"
    if _MISSING in said:  # parse_listing's own hint replaced by the one of a bulk call
        said = said[: said.index(_MISSING) + len(_MISSING)]
        said += (
            ": drop the gaps first (series.dropna()), or read the column with "
            "ipprules.columnar.parse_column, which answers a missing value with the empty "
            "string's rejection (empty)"
        )
    return TypeError(said)


_NOT_TEXT = "parse_listing(): text must be a str, got "
_MISSING = " (a missing value)"
_HTML_ROWS = 20
_HTML_HEAD = ("#", "input", "ok", "platform / code", "kind", "id", "canonical URL / reason")
# categorical, each with every value it can take (a region is open: text)
_CATEGORIES = ("platform", "marketplace", "kind", "code")
# the columns of to_records, in order: no input still gives them all
_COLUMNS = ("position", *(name for name, _ in RECORD_FIELDS))
# pandas' text dtype, with no row or one as with many (inferred, they were object when empty)
_TEXTS = tuple(n for n, kind in RECORD_FIELDS if kind == "string" and n not in _CATEGORIES)


def _labelled(
    blocks: Iterator[tuple[int, Listing | Rejection]], index: Any
) -> Iterator[tuple[int, Listing | Rejection]]:
    """``blocks``, whose refusal of an item (``parse_listings(): item N: ...``) also names
    the item's label in ``index``, its pandas Series' index, where that is not ``N``: after
    ``dropna()`` or a filter, ``N`` is no label of the frame the column came from."""
    try:
        yield from blocks
    except TypeError as error:
        said = str(error)
        head = "parse_listings(): item "
        number = said[len(head) :].partition(":")[0]
        if not said.startswith(head) or not number.isdigit() or int(number) >= len(index):
            raise
        label = index[int(number) : int(number) + 1].tolist()[0]
        if type(label) is int and label == int(number):  # a RangeIndex's: the number itself
            raise
        raise TypeError(
            said.replace(f"item {number}:", f"item {number} (index label {shown_value(label)}):", 1)
        ) from None


def _series_index(texts: object) -> Any:
    """The index of ``texts`` when it is a pandas Series (told without importing pandas),
    else ``None``."""
    kind = type(texts)
    if kind.__name__ == "Series" and kind.__module__.split(".")[0] == "pandas":
        return getattr(texts, "index", None)
    return None


@functools.cache
def _categories() -> dict[str, tuple[str, ...]]:
    """The categorical columns of :meth:`ParseResults.to_frame` and every value each can take,
    so the frames of two calls concatenate and stay ``category``."""
    from ipprules.listings.codes import REJECTION_CODES
    from ipprules.listings.forms import all_forms
    from ipprules.listings.model import Kind, Platform

    return {
        "platform": get_args(Platform),
        "marketplace": tuple(dict.fromkeys(f.marketplace for f in all_forms())),
        "kind": get_args(Kind),
        "code": tuple(REJECTION_CODES),
    }


def _html_row(position: int, result: Listing | Rejection) -> str:
    from ipprules._table import shown_html as escape

    source: str = result.source
    shown = source if len(source) <= 80 else source[:77] + "..."
    if type(result) is Listing:
        cells = [position, shown, "yes", result.platform, result.kind, result.id,
                 result.canonical_url]  # fmt: skip
    else:
        cells = [position, shown, "no", result.code, None, None, result.message]  # type: ignore[union-attr]
    return (
        "<tr>"
        + "".join(
            f"<td style='text-align:left'>{'' if cell is None else escape(str(cell))}</td>"
            for cell in cells
        )
        + "</tr>"
    )


def parse_listings(texts: Iterable[str]) -> ParseResults:
    """Parse every input lazily, in order: ``(position, listing or rejection)`` pairs.

    Positions count from 0 over the inputs as given; nothing is skipped or merged (pipe the
    result through :func:`dedupe` for that). ``texts`` is any iterable of strings (not a
    single string). The result streams: it parses while you iterate and keeps nothing (see
    :class:`ParseResults` for iterating twice, tables and data frames). An item that is no
    ``str`` is a :class:`TypeError` naming its index, raised when the iteration reaches it; a
    missing value (a gap in a pandas column) is said so, with how to read a column with gaps
    (:func:`ipprules.columnar.parse_column` answers one with the ``empty`` rejection).

    >>> from ipprules import parse_listings
    >>> [(i, type(r).__name__) for i, r in parse_listings(["https://m.tb.cn/h.4CEhFr0", ""])]
    [(0, 'Rejection'), (1, 'Rejection')]
    >>> list(parse_listings(["https://m.tb.cn/h.4CEhFr0", None]))
    Traceback (most recent call last):
    ...
    TypeError: parse_listings(): item 1: text must be a str, got NoneType (a missing value)...
    """
    return ParseResults(texts)


def dedupe(
    results: Iterable[tuple[int, Outcome]] | Iterable[str], *, use_derived: bool = False
) -> Iterator[tuple[int, Outcome]]:
    """Mark every listing whose identity was seen before as a :class:`Duplicate` of the first.

    Streams in input order; rejections and earlier duplicates pass through unchanged, so
    de-duplicating twice changes nothing. ``use_derived=True`` also merges AliExpress ids
    that differ by 2**51 (an unverified inference, see :attr:`Listing.derived_identity`).
    ``results`` are the ``(position, result)`` pairs of :func:`parse_listings`, or any
    iterable of strings (parsed first). A position is an ``int`` from 0 up, as
    :func:`parse_listings` numbers its inputs: any other item is a :class:`TypeError`.

    >>> from ipprules import dedupe
    >>> [type(r).__name__ for _, r in dedupe(["https://item.taobao.com/item.htm?id=606832683299",
    ...                                       "item.taobao.com/item.htm?id=606832683299"])]
    ['Listing', 'Duplicate']
    """
    from ipprules._args import require_bool

    items = _pairs(results, "dedupe", "results")
    return _dedupe(items, require_bool(use_derived, "use_derived"))


def _dedupe(items: Iterator[Any], use_derived: bool) -> Iterator[tuple[int, Outcome]]:
    seen: dict[str, int] = {}
    first_seen = seen.get
    try:  # around the whole loop, never per item: free while nothing is raised
        for index, item in enumerate(items):  # the index: for the error of a bad item alone
            try:
                # a pair (a tuple, not a list) whose position is an int from 0 up, whatever its
                # result: a str, None, bool or negative position is no pair of parse_listings
                # (which counts its inputs from 0), a rejection's or a duplicate's no more than
                # a listing's
                if type(item) is not tuple or len(item) != 2:
                    raise TypeError
                position, result = item
                if type(position) is not int or position < 0:
                    raise TypeError
                if type(result) is Listing:
                    # Listing.identity, inlined: this runs once per input
                    parts = result[0].identity_parts
                    key = parts[0] + result[1] + parts[1] if parts is not None else result.identity
                    if use_derived:
                        key = result.derived_identity or key
                    # by presence, not by position: a position given twice (two runs' results
                    # chained, each from 0) still marks the second a duplicate
                    first = first_seen(key)
                    if first is not None:
                        yield position, Duplicate(result, first, key)
                        continue
                    seen[key] = position
                elif type(result) not in _PASSING:
                    raise TypeError
            except (TypeError, IndexError, KeyError):
                raise TypeError(_bad_item("dedupe", "results", item, index)) from None
            yield item
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "dedupe(): results")
        raise


def _pairs(results: object, function: str, name: str) -> Iterator[tuple[int, Outcome]]:
    """``results`` checked: an iterable (not a string) of ``(position, result)`` pairs, or of
    strings (parsed here). The check of each pair is made as it streams past."""
    if isinstance(results, str | bytes):
        raise TypeError(
            f"{function}(): {name} must be an iterable of (position, result) pairs or of "
            f"strings, not a single {type(results).__name__}"
        )
    from ipprules._args import refuse_used_stream

    refuse_used_stream(results, f"{function}(): {name}")
    try:
        iterator: Iterator[Any] = iter(results)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(
            f"{function}(): {name} must be an iterable, got {type(results).__name__}"
        ) from None
    try:
        first = next(iterator, _NONE)
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, f"{function}(): {name}")
        raise
    if first is not _NONE:
        if isinstance(first, str):
            return _blocks(chain((first,), iterator), function)
        if type(first) is not tuple:  # neither a string nor a pair: refused naming its index
            raise TypeError(_bad_item(function, name, first, 0))
        items: Iterator[Any] = chain((first,), iterator)
        return items if function == "dedupe" else _checked(items, function, name)
    return iterator


def _checked(items: Iterator[object], function: str, name: str) -> Iterator[tuple[int, Outcome]]:
    try:  # around the whole loop, never per item: free while nothing is raised
        for index, item in enumerate(items):
            if (
                type(item) is not tuple
                or len(item) != 2
                or type(item[0]) is not int
                or item[0] < 0  # no input of parse_listings is at a negative position
                or not isinstance(item[1], _OUTCOMES)
            ):
                raise TypeError(_bad_item(function, name, item, index))
            yield item
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, f"{function}(): {name}")
        raise


def _bad_item(function: str, name: str, item: object, index: int | None = None) -> str:
    """The :class:`TypeError` of an item of ``name`` that is neither a ``(position, result)``
    pair nor a string, naming its index where it is known.

    >>> _bad_item("summarize", "results", None, 0)[-34:]
    'or a string; got NoneType (item 0)'
    """
    shown = type(item).__name__
    if item is not None:
        shown += f" {shown_value(item, 63)}"
    if index is not None:
        shown += f" (item {index})"
    return (
        f"{function}(): every item of {name} must be a (position, result) pair from "
        f"parse_listings(), or a string; got {shown}"
    )


def duplicate_groups(
    results: Iterable[tuple[int, Outcome]] | Iterable[str],
) -> dict[str, list[int]]:
    """Identity -> positions of the inputs that collapsed into it (first one first), for every
    identity that more than one input had, as :func:`dedupe` decides them.

    ``results`` are strings, the pairs of :func:`parse_listings` or those of :func:`dedupe`:
    the same inputs give the same groups in each form (the :class:`Duplicate` markers of
    ``dedupe(..., use_derived=True)`` are kept as they are, so its groups are those of the
    derived keys).

    >>> duplicate_groups(["https://item.taobao.com/item.htm?id=606832683299", "x",
    ...                   "https://m.intl.taobao.com/detail/detail.html?id=606832683299"])
    {'taobao-item:606832683299': [0, 2]}
    """
    groups: dict[str, list[int]] = {}
    pairs = _pairs(results, "duplicate_groups", "results")
    for position, result in _dedupe(pairs, use_derived=False):
        if isinstance(result, Duplicate):
            groups.setdefault(result.key, [result.first]).append(position)
    return groups


@attrs.frozen
class Summary:
    """Counts over a run: parsed listings, duplicates, and rejections by code.

    >>> results = parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
    >>> summary = results.summary()
    >>> summary.total, summary.parsed, summary.rejected
    (2, 1, {'not-a-url': 1})
    """

    total: int
    parsed: int
    duplicates: int
    # read-only (a caller's change altered line()); compared, not hashed: a summary hashes
    # by its counts, as every result is a dict key
    rejected: dict[str, int] = attrs.field(converter=read_only, hash=False)

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def line(self) -> str:
        """One line for humans.

        >>> Summary(5, 3, 1, {"short-link": 1}).line()
        '5 inputs: 3 parsed, 1 duplicate, 1 rejected (short-link 1)'
        """
        rejected = sum(self.rejected.values())
        reasons = ", ".join(f"{code} {n}" for code, n in sorted(self.rejected.items()))
        return (
            f"{self.total} input{'' if self.total == 1 else 's'}: {self.parsed} parsed, "
            f"{self.duplicates} duplicate{'' if self.duplicates == 1 else 's'}, "
            f"{rejected} rejected" + (f" ({reasons})" if reasons else "")
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the counts and the :meth:`line` (the ``summary`` of
        ``ipprules listings --format json``).

        >>> Summary(5, 3, 1, {"short-link": 1}).as_dict()["line"]
        '5 inputs: 3 parsed, 1 duplicate, 1 rejected (short-link 1)'
        """
        return attrs.asdict(self) | {"line": self.line()}

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


class Tally:
    """What the inputs became, counted one result at a time (what :func:`summarize` counts,
    for a caller that streams the results on).

    >>> tally = Tally()
    >>> tally.add(parse_listing("not a url")).code
    'not-a-url'
    >>> tally.summary().line()
    '1 input: 0 parsed, 0 duplicates, 1 rejected (not-a-url 1)'
    """

    __slots__ = ("duplicates", "parsed", "rejected", "total")

    def __init__(self) -> None:
        self.total = self.parsed = self.duplicates = 0
        self.rejected: dict[str, int] = {}

    def add(self, result: Outcome) -> Outcome:
        """Count ``result`` and hand it back."""
        self.total += 1
        if type(result) is Listing:
            self.parsed += 1
        elif isinstance(result, Duplicate):
            self.duplicates += 1
        elif isinstance(result, Rejection):
            self.rejected[result.code] = self.rejected.get(result.code, 0) + 1
        return result

    def summary(self) -> Summary:
        """The counts so far."""
        rejected = dict(sorted(self.rejected.items()))
        return Summary(self.total, self.parsed, self.duplicates, rejected)


def summarize(results: Iterable[tuple[int, Outcome]] | Iterable[str]) -> Summary:
    """Count what every input became.

    >>> from ipprules.listings import dedupe, parse_listings, summarize
    >>> urls = ["https://item.taobao.com/item.htm?id=606832683299",
    ...         "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
    ...         "https://s.taobao.com/search?q=shoes"]
    >>> summarize(urls)
    Summary(total=3, parsed=2, duplicates=0, rejected={'not-a-listing': 1})
    >>> summarize(dedupe(parse_listings(urls)))  # duplicates are counted once de-duplicated
    Summary(total=3, parsed=1, duplicates=1, rejected={'not-a-listing': 1})
    """
    tally = Tally()
    for _, result in _pairs(results, "summarize", "results"):
        tally.add(result)
    return tally.summary()
