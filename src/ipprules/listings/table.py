"""Plain-text rendering of parsed listings: the table and summary ``ipprules listings``
prints, and what :meth:`ParseResults.text` (and ``str(results)``, ``print(results)``) give.

A leaf of :mod:`ipprules.listings` beside the parser: it reads the results' attributes and
imports no result class at its top, so :mod:`~ipprules.listings.bulk` calls it one way. The
command numbers the rows by the file's lines; ``text()`` by the inputs' positions (1, 2...).

>>> from ipprules import parse_listings
>>> print(parse_listings(["https://detail.tmall.com/item.htm?id=690091011924", "x"]))
line  status    platform   kind     id            canonical URL / reason
----  --------  ---------  -------  ------------  -------------------------------------------------
1     listing   tmall      listing  690091011924  https://detail.tmall.com/item.htm?id=690091011924
2     rejected  not-a-url  -        -             not a URL: no host
2 inputs: 1 parsed, 0 duplicates, 1 rejected (not-a-url 1)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ipprules._table import display_width, table, table_row
from ipprules.listings.parser import may_hold_several, other_listings, space_hint

__all__ = ["HEADERS", "holding_others_line", "table_blocks"]

#: The columns of the text table.
HEADERS = ("line", "status", "platform", "kind", "id", "canonical URL / reason")

#: Rows of the text table laid out together; later rows reuse the widths (streamed).
TABLE_BLOCK = 2000


def holding_others_line(count: int, *, rows_name_them: bool = True) -> str:
    """The end of the summary line for ``count`` inputs holding other listings (also the
    ``--workers`` run's, whose Parquet rows have no ``others``: it says where to see them)."""
    if not count:
        return ""
    where = "see their rows" if rows_name_them else "run without --workers to see which"
    return f"; {count} holding other listings, not read ({where}): put one link per line"


def row_of(line: int, result: Any, line_of: Sequence[int]) -> dict[str, Any]:
    """The record of one result as the command shows it: ``line`` its line, ``line_of`` the
    line of each position (a duplicate names the line of the first)."""
    from ipprules.listings.model import Duplicate, Listing

    data = result.as_dict()  # every row has the same keys, None where a status has no value
    data["duplicate_of"] = line_of[result.first] if isinstance(result, Duplicate) else None
    status = (
        "duplicate" if isinstance(result, Duplicate) else "listing" if data["ok"] else "rejected"
    )
    listing = result.listing if isinstance(result, Duplicate) else result
    known = isinstance(listing, Listing)  # attributes the record schema leaves out
    data["id_type"], data["note"] = (listing.id_type, listing.note) if known else (None, None)
    text = data["input"]
    if status == "rejected":  # a space cut the link? (as the complaint check and plan say)
        data["reason"] += space_hint(text, data["code"])
    others = other_listings(text, listing) if may_hold_several(text) else []
    return {"line": line, "status": status, **data, "others": others}


class _Rows:
    """:func:`row_of` for a command streaming its results: the record of a result that is the
    same object as the one before (a line repeated: :func:`~ipprules.listings.parse_listings`
    hands out one result for it) is the one before's with its line changed, not made again.
    ``line_of`` the line of each position, as for :func:`row_of`.

    >>> from ipprules import parse_listing
    >>> rows, result = _Rows([1, 2]), parse_listing("y")
    >>> rows(1, result) == row_of(1, result, [1, 2]), rows(2, result) == row_of(2, result, [1, 2])
    (True, True)
    """

    __slots__ = ("_line_of", "_result", "_row")

    def __init__(self, line_of: Sequence[int]) -> None:
        self._line_of = line_of
        self._result: Any = None
        self._row: dict[str, Any] = {}

    def __call__(self, line: int, result: Any) -> dict[str, Any]:
        """The record of ``result`` on ``line`` (:func:`row_of`)."""
        if result is not self._result or self._row.get("duplicate_of") is not None:  # a dup
            self._row = row_of(line, result, self._line_of)  # names the line of its first
            self._result = result
            return self._row
        return {**self._row, "line": line}


def _text_row(row: dict[str, Any]) -> list[object]:
    status = row["status"]
    if status == "rejected":
        detail = row["reason"]
        if row.get("suggestion") and row["suggestion"] not in detail:
            detail += f" (try {row['suggestion']})"
        return [row["line"], "rejected", row["code"], None, None, detail + _not_read(row)]
    detail = row["canonical_url"]
    if status == "duplicate":
        detail = f"same as line {row['duplicate_of']}: {row['identity']}"
    elif row.get("note"):
        detail += f" (note: {row['note']})"
    return [row["line"], status, row["platform"], row["kind"], row["id"], detail + _not_read(row)]


def _not_read(row: dict[str, Any]) -> str:
    """The text table's words for the other listings a row's line holds."""
    others = row["others"]
    return f" (not read, other listings on this line: {' '.join(others)})" if others else ""


def table_blocks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The text table, one ``print`` a block: the first :data:`TABLE_BLOCK` rows set the
    column widths and come as one table, the rest follow one a block with the same widths as
    they come (a wider cell pushes its line only)."""
    it = iter(rows)
    block = [_text_row(row) for row in itertools.islice(it, TABLE_BLOCK)]
    text = table(HEADERS, block)
    yield text
    widths = [len(part) for part in text.split("\n")[1].split("  ")]
    first, rest = widths[0], widths[1:]
    cells: list[object] = []
    tail = ""
    for row in it:
        line, *others = _text_row(row)
        if others != cells:  # a row like the one before (a line repeated) is drawn once
            cells, tail = others, table_row(others, rest)
        yield _with_line(line, first, tail)


def _with_line(line: object, width: int, tail: str) -> str:
    """The table line of ``tail`` (the cells after the line's, drawn by :func:`table_row`)
    with ``line`` before it, padded to ``width``: what :func:`table_row` draws of them all.

    >>> _with_line(12, 4, "rejected  x"), _with_line(12, 4, "")
    ('12    rejected  x', '12')
    """
    cell = str(line) if type(line) is int else table_row([line], [width])  # (no end spaces)
    return f"{cell}{' ' * (width - display_width(cell))}  {tail}" if tail else cell


class _Positions:
    """The line of each position when the inputs are numbered 1, 2..."""

    def __getitem__(self, position: int) -> int:
        return position + 1


def results_text(results: Iterable[tuple[int, Any]], counts: Any) -> str:
    """The text ``ipprules listings`` prints for ``(position, result)`` pairs, the inputs
    numbered 1, 2... (the command's line numbers, for a file without blank lines); ``counts``
    a fresh :class:`~ipprules.listings.bulk.Tally` for the summary line."""
    holding = 0
    rows = []
    for position, result in results:
        row = row_of(position + 1, counts.add(result), _Positions())  # type: ignore[arg-type]
        holding += bool(row["others"])
        rows.append(row)
    summary = counts.summary().line() + holding_others_line(holding)
    return "\n".join([*table_blocks(rows), summary])
