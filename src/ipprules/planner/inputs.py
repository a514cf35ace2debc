"""What the planner reads: a plain list of URLs, or a CSV with a ``url`` column and optional
``right``, ``reason``, ``target``, ``confidence``, ``order_number`` and ``notes`` columns.

Both are streamed line by line; a bad line is an :class:`~ipprules.errors.InputError` naming
the file, line and column, never a traceback.

>>> text = ["url,right,confidence", "https://item.taobao.com/item.htm?id=1,tm-1,0.9"]
>>> lines = list(read_lines(text, name="in.csv"))
>>> lines[0].line, lines[0].right, lines[0].confidence
(2, 'tm-1', Fraction(9, 10))
>>> list(read_lines(["url,colour", "x,red"], name="in.csv"))
Traceback (most recent call last):
...
ipprules.errors.InputError: in.csv:1:2: $.colour: unknown column 'colour' (columns: url, ...)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import IO, NamedTuple

from ipprules.errors import InputError
from ipprules.rulebook.model import Target

__all__ = ["COLUMNS", "PlanLine", "read_lines"]

#: The CSV columns the planner understands; only ``url`` is required.
COLUMNS = ("url", "right", "reason", "target", "confidence", "order_number", "notes")


class PlanLine(NamedTuple):
    """One input line: a URL and what the filer knows about it (a named tuple: one is made
    per input line, so it is cheap and immutable).

    ``line`` is the 1-based line number in the input (the header is line 1 of a CSV).
    ``confidence`` is the filer's confidence that the listing infringes, from 0 to 1.
    """

    line: int
    url: str
    right: str | None = None
    reason: str | None = None
    target: Target | None = None
    confidence: Fraction | None = None
    order_number: str | None = None
    notes: str = ""


def read_lines(
    source: str | Path | IO[str] | Iterable[str], *, name: str | None = None
) -> Iterator[PlanLine]:
    """Stream :class:`PlanLine` from a file path, an open text file or an iterable of strings.

    A first line that starts with ``url`` (a CSV header) makes it a CSV; otherwise every
    non-blank line that does not start with ``#`` is one URL.
    """
    if isinstance(source, str | Path):
        from ipprules._files import allow_large_csv_fields, iter_lines

        allow_large_csv_fields()  # the shared reading layer: no FIFO, a size cap, strict UTF-8
        lines = (text for _, text in iter_lines(source, keep_ends=True))
        yield from _read(lines, name or str(source))
    elif isinstance(source, bytes) or not isinstance(source, Iterable):
        raise TypeError(f"source must be a path, a text file or lines, got {type(source).__name__}")
    else:
        yield from _read(_texts(source), name or "<input>")


def _texts(lines: Iterable[object]) -> Iterator[str]:
    for line in lines:
        if not isinstance(line, str):
            raise TypeError(f"lines must be str, got {type(line).__name__}")
        yield line


def _read(lines: Iterable[str], name: str) -> Iterator[PlanLine]:
    iterator = iter(lines)
    try:
        first = next(iterator)
    except StopIteration:
        return
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=name, line=1) from None
    if first.lstrip("\ufeff").strip().lower().startswith("url"):
        yield from _csv(first, iterator, name)
    else:
        yield from _plain(first, iterator, name)


def _plain(first: str, rest: Iterator[str], name: str) -> Iterator[PlanLine]:
    for number, text in enumerate(_chain(first, rest, name), start=1):
        url = text.strip()
        if url and not url.startswith("#"):
            yield PlanLine(line=number, url=url)


def _chain(first: str, rest: Iterator[str], name: str) -> Iterator[str]:
    yield first
    number = 1
    while True:
        try:
            text = next(rest)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", file=name, line=number + 1) from None
        number += 1
        yield text


def _csv(first: str, rest: Iterator[str], name: str) -> Iterator[PlanLine]:
    reader = csv.reader(_chain(first, rest, name))
    header = [h.strip().lstrip("\ufeff").lower() for h in next(reader)]
    for index, column in enumerate(header):
        if column not in COLUMNS:
            raise InputError(
                f"unknown column {column!r} (columns: {', '.join(COLUMNS)})",
                path=f"$.{column}" if column.isidentifier() else "$",
                file=name,
                line=1,
                column=index + 1,
            )
    if len(set(header)) != len(header):
        raise InputError("a column is named twice", file=name, line=1)
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(
                f"expected {len(header)} cells, got {len(row)}", file=name, line=number
            )
        cells = dict(zip(header, row, strict=True))
        yield _line(cells, header, number, name)


def _line(cells: dict[str, str], header: list[str], number: int, name: str) -> PlanLine:
    def bad(column: str, message: str) -> InputError:
        return InputError(
            message, path=f"$.{column}", file=name, line=number, column=header.index(column) + 1
        )

    url = cells.get("url", "").strip()
    if not url:
        raise bad("url", "the url is empty")
    target: Target | None = None
    raw_target = cells.get("target", "").strip()
    if raw_target:
        try:
            target = Target(raw_target)
        except ValueError:
            raise bad("target", f"expected listing or storefront, got {raw_target!r}") from None
    confidence: Fraction | None = None
    raw_conf = cells.get("confidence", "").strip()
    if raw_conf:
        try:
            confidence = Fraction(raw_conf)
        except (ValueError, ZeroDivisionError):
            raise bad("confidence", f"expected a number from 0 to 1, got {raw_conf!r}") from None
        if not 0 <= confidence <= 1:
            raise bad("confidence", f"expected a number from 0 to 1, got {raw_conf!r}")
    return PlanLine(
        line=number,
        url=url,
        right=cells.get("right", "").strip() or None,
        reason=cells.get("reason", "").strip() or None,
        target=target,
        confidence=confidence,
        order_number=cells.get("order_number", "").strip() or None,
        notes=cells.get("notes", "").strip(),
    )
