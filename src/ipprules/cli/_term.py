"""Terminal helpers for the CLI: output fitted to the terminal, progress on long runs.

For the owners of CLI subcommands. Three things, all of which do nothing when the output is
not a terminal, so pipes, files and ``--format json`` get the full, unchanged text:

* :func:`width` - the width to fit text output to: ``None`` (no limit) unless stdout is a
  terminal, then the terminal's width (``COLUMNS`` is honoured, as by
  :func:`shutil.get_terminal_size`). ``IPPRULES_WIDTH=N`` in the environment forces a width
  even when piped (tests, logs for narrow viewers); ``IPPRULES_WIDTH=0`` turns fitting off.
* :func:`fit` / :func:`echo` - fit text to that width. ``mode="wrap"`` (prose, findings)
  breaks long lines at spaces and indents the continuation under the line's own indent;
  ``mode="truncate"`` (tables, whose columns must stay aligned) cuts long lines and marks the
  cut with ``…``. Widths are display columns (a CJK character counts two).
* :func:`fit_text` - fit a block of output: tables as :func:`ipprules.cli._common.table`
  prints them (a header, a ``----  ---`` line, rows) get their widest columns wrapped inside
  the column, so they stay aligned and lose nothing; other lines wrap. :func:`fitted_stdout`
  applies it to everything a command prints; the CLI's ``main`` uses it for ``--format
  text``, so a subcommand needs no change unless it wants something else.
* :func:`progress` - wrap an iterable to show progress on stderr, only when stderr is a
  terminal and only once the run has lasted ``delay`` seconds (1 s by default). It uses
  ``tqdm`` when the optional extra ``progress`` is installed (``pip install
  'ipprules[progress]'``) and a plain one-line counter otherwise. When stderr is not a
  terminal it returns the iterable itself: no cost at all.

Use at a print site::

    from ipprules.cli._term import echo, progress

    echo(report_text)                       # instead of print(report_text)
    echo(table_text, mode="truncate")       # tables keep their alignment
    for line in progress(lines, desc="planning", unit="line"):
        ...

>>> fit("alpha beta gamma delta", 11)
'alpha beta\\ngamma delta'
>>> fit("  - a finding that is far too long", 16)
'  - a finding\\n    that is far\\n    too long'
>>> fit("id  name  a-very-long-cell", 14, mode="truncate")
'id  name  a-v…'
>>> fit("no limit when piped", None)
'no limit when piped'
"""

from __future__ import annotations

import contextlib
import importlib
import io
import itertools
import os
import re
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, TextIO, TypeVar

from ipprules._table import char_width as _char_width
from ipprules._table import display_width

__all__ = ["display_width", "echo", "fit", "fit_text", "fitted_stdout", "progress", "width"]

T = TypeVar("T")

#: Environment variable that forces the output width (``0``: never fit).
WIDTH_ENV = "IPPRULES_WIDTH"
#: Narrowest width fitting will use: below it wrapping would make the text unreadable.
MIN_WIDTH = 20
_ELLIPSIS = "…"

Mode = Literal["wrap", "truncate"]


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or unusual streams
        return False


def width(stream: TextIO | None = None) -> int | None:
    """The width to fit text to on ``stream`` (stdout by default); ``None`` means no limit.

    ``IPPRULES_WIDTH`` forces a width (``0`` means no limit); otherwise the terminal's width
    when the stream is a terminal, and no limit when it is a pipe or a file.
    """
    forced = os.environ.get(WIDTH_ENV, "").strip()
    if forced:
        columns = int(forced) if width_problem() is None else 0  # main refuses it first
        return max(columns, MIN_WIDTH) if columns > 0 else None
    out = stream if stream is not None else sys.stdout
    if not _isatty(out):
        return None
    return max(shutil.get_terminal_size().columns, MIN_WIDTH)


#: The widest ``IPPRULES_WIDTH`` taken (beyond it no line is ever cut).
MAX_WIDTH = 1_000_000


def width_problem() -> str | None:
    """What is wrong with ``IPPRULES_WIDTH`` in the environment, or ``None`` (unset, empty or
    a whole number of columns from 0 to 1,000,000). ``IPPRULES_WIDTH=abc`` was taken as no
    limit without a word.

    >>> import os
    >>> os.environ[WIDTH_ENV] = "8O"
    >>> print(width_problem())  # doctest: +NORMALIZE_WHITESPACE
    environment variable IPPRULES_WIDTH: expected a whole number of columns from 0 to
    1,000,000 (0: no limit), got '8O'
    >>> del os.environ[WIDTH_ENV]
    """
    given = os.environ.get(WIDTH_ENV, "")
    forced = given.strip()
    digits = forced.lstrip("0")  # a 5,000-digit number is no int: at most 7 digits are read
    if not forced or (forced.isascii() and forced.isdigit() and int(digits[:8] or 0) <= MAX_WIDTH):
        return None
    shown = given if len(given) <= 40 else given[:37] + "..."
    return (
        f"environment variable {WIDTH_ENV}: expected a whole number of columns from 0 to "
        f"{MAX_WIDTH:,} (0: no limit), got {shown!r}"
    )


def _truncate(line: str, limit: int) -> str:
    if display_width(line) <= limit:
        return line
    used = 0
    out: list[str] = []
    for char in line:
        w = _char_width(char)
        if used + w > limit - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + _ELLIPSIS


def _hard_split(word: str, limit: int) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for char in word:
        w = _char_width(char)
        if used + w > limit and current:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += w
    if current:
        pieces.append("".join(current))
    return pieces


def _continuation_indent(line: str) -> str:
    stripped = line.lstrip(" ")
    indent = line[: len(line) - len(stripped)]
    # a list item ("- ", "* ", "1. ") continues under its text, not under its marker
    marker, _, _rest = stripped.partition(" ")
    if marker in ("-", "*", "•") or (marker[:-1].isdigit() and marker.endswith((".", ")"))):
        indent += " " * (len(marker) + 1)
    return indent


#: A word and the white space before it.
_GAPPED = re.compile(r"(\s*)(\S+)")


def _wrap(line: str, limit: int) -> list[str]:
    if display_width(line) <= limit:
        return [line]
    first_indent = line[: len(line) - len(line.lstrip(" "))]
    indent = _continuation_indent(line)
    if display_width(indent) > limit // 2:
        indent = first_indent if display_width(first_indent) <= limit // 2 else ""
    lines: list[str] = []
    current = first_indent
    current_width = display_width(current)
    at_start = True
    for gap, word in _GAPPED.findall(line):
        # the spaces before a word are kept within a line (the columns of aligned lines, as
        # good-faith's criteria, stayed aligned only where a line was short); a break drops them
        sep = gap if gap and not gap.strip(" ") else " "
        w = display_width(word)
        room = limit - current_width - (0 if at_start else len(sep))
        if w <= room:
            current += word if at_start else sep + word
            current_width += w if at_start else w + len(sep)
            at_start = False
            continue
        if not at_start:
            lines.append(current)
            current, current_width, at_start = indent, display_width(indent), True
        pieces = _hard_split(word, max(limit - current_width, 1))
        for piece in pieces[:-1]:
            lines.append(current + piece)
            current, current_width = indent, display_width(indent)
        current += pieces[-1]
        current_width += display_width(pieces[-1])
        at_start = False
    lines.append(current)
    return lines


def fit(text: str, limit: int | None, *, mode: Mode = "wrap") -> str:
    """Fit every line of ``text`` to ``limit`` display columns (``None``: unchanged).

    ``wrap`` breaks at spaces, continuing under the line's indent (under the text of a list
    item); a word longer than the line is split. ``truncate`` cuts and ends with ``…``.
    """
    if limit is None:
        return text
    if mode not in ("wrap", "truncate"):
        raise TypeError(f"mode must be 'wrap' or 'truncate', not {mode!r}")
    out: list[str] = []
    for line in text.split("\n"):
        if mode == "truncate":
            out.append(_truncate(line, limit))
        else:
            out.extend(_wrap(line.rstrip(), limit) if display_width(line) > limit else [line])
    return "\n".join(out)


def echo(text: str = "", *, mode: Mode = "wrap", file: TextIO | None = None) -> None:
    """Print ``text`` fitted to the width of ``file`` (stdout by default); see :func:`fit`."""
    stream = file if file is not None else sys.stdout
    print(fit(text, width(stream), mode=mode), file=stream)


_SEPARATOR = re.compile(r"^-+(?: {2,}-+)+$")
#: Narrowest a wrapped table column gets.
MIN_COLUMN = 8


def _spans(separator: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"-+", separator)]


def _cells(line: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    cells = []
    for i, (start, _end) in enumerate(spans):
        stop = spans[i + 1][0] if i + 1 < len(spans) else len(line)
        cells.append(line[start:stop].strip())
    return cells


def _table_widths(natural: list[int], words: list[int], limit: int) -> list[int] | None:
    """Column widths that fit ``limit``: the widest columns shrink first, down to their
    longest word; only if that is not enough are words split (down to :data:`MIN_COLUMN`)."""
    widths = list(natural)

    def total() -> int:
        return sum(widths) + 2 * (len(widths) - 1)

    keep_words = [min(n, max(w, MIN_COLUMN)) for n, w in zip(natural, words, strict=True)]
    for floors in (keep_words, [min(n, MIN_COLUMN) for n in natural]):
        while total() > limit:
            shrinkable = [i for i in range(len(widths)) if widths[i] > floors[i]]
            if not shrinkable:
                break
            widths[max(shrinkable, key=lambda i: widths[i])] -= 1
        if total() <= limit:
            return widths
    return None  # cannot fit: the lines are left to plain wrapping


def _fit_table(lines: list[str], limit: int) -> list[str]:
    """A header, its separator and rows, re-laid so that it fits, cells wrapped in columns."""
    spans = _spans(lines[1])
    rows = [_cells(line, spans) for line in [lines[0], *lines[2:]]]
    natural = [max(display_width(row[i]) for row in rows) for i in range(len(spans))]
    words = [
        max((display_width(word) for row in rows for word in row[i].split()), default=0)
        for i in range(len(spans))
    ]
    widths = _table_widths(natural, words, limit)
    if widths is None:
        return [out for line in lines for out in _wrap(line, limit)]
    out: list[str] = []
    for n, row in enumerate(rows):
        pieces = [_wrap(cell, w) if cell else [""] for cell, w in zip(row, widths, strict=True)]
        for k in range(max(len(p) for p in pieces)):
            parts = []
            for p, w in zip(pieces, widths, strict=True):
                piece = p[k] if k < len(p) else ""
                parts.append(piece + " " * (w - display_width(piece)))
            out.append("  ".join(parts).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def _is_row(line: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a line after a table's separator is a row of it. A table starts at the first
    column (its separator does), so an indented line with text in a gap between two columns is
    a note printed under the table (``  taobao, tmall: no penalty rules ...`` under ``rules
    penalties``), not a row: it was cut into the columns' cells and wrapped in them.

    >>> spans = _spans("--------  -----")
    >>> _is_row("alibaba   6", spans), _is_row("  a note under the table", spans)
    (True, False)
    """
    if not line.startswith(" "):
        return True
    gaps = (at for (_, end), (start, _) in itertools.pairwise(spans) for at in range(end, start))
    return all(at >= len(line) or line[at] == " " for at in gaps)


def fit_text(text: str, limit: int | None) -> str:
    """Fit command output to ``limit`` columns: tables re-laid with wrapped cells, lines wrapped.

    >>> table = "id   label\\n---  -----------------------\\nabc  a long label for a cell"
    >>> print(fit_text(table, 20))
    id   label
    ---  ---------------
    abc  a long label
         for a cell
    """
    if limit is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _SEPARATOR.match(lines[i + 1]) and lines[i].strip():
            end = i + 2
            spans = _spans(lines[i + 1])
            while end < len(lines) and lines[end].strip() and _is_row(lines[end], spans):
                end += 1
            block = lines[i:end]
            if any(display_width(line) > limit for line in block):
                out.extend(_fit_table(block, limit))
            else:
                out.extend(block)
            i = end
            continue
        line = lines[i]
        out.extend(_wrap(line.rstrip(), limit) if display_width(line) > limit else [line])
        i += 1
    return "\n".join(out)


class _FittedStream(io.TextIOBase):
    """A text stream that fits complete writes to a width before passing them on."""

    def __init__(self, target: TextIO, limit: int) -> None:
        self.target = target
        self.limit = limit
        self.pending: list[str] = []

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.pending.append(text)
        if text.endswith("\n"):
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.pending:
            block = "".join(self.pending)
            self.pending = []
            self.target.write(fit_text(block, self.limit))
        self.target.flush()

    def isatty(self) -> bool:
        return _isatty(self.target)


@contextlib.contextmanager
def fitted_stdout(enabled: bool = True) -> Iterator[None]:
    """Within the block, what is printed to stdout is fitted to :func:`width` (a no-op when
    stdout is not a terminal and no width is forced, or when ``enabled`` is false)."""
    limit = width(sys.stdout) if enabled else None
    if limit is None:
        yield
        return
    original = sys.stdout
    stream = _FittedStream(original, limit)
    sys.stdout = stream
    try:
        yield
    finally:
        stream.flush()
        sys.stdout = original


class _PlainProgress:
    """A one-line counter on a terminal: ``planning: 1,234,567 lines (412,000/s)``."""

    def __init__(self, stream: TextIO, desc: str, unit: str, total: int | None) -> None:
        self.stream = stream
        self.desc = desc
        self.unit = unit
        self.total = total
        self.shown = False

    def show(self, count: int, elapsed: float) -> None:
        rate = count / elapsed if elapsed > 0 else 0.0
        head = f"{self.desc}: " if self.desc else ""
        done = f"{count:,}" if self.total is None else f"{count:,}/{self.total:,}"
        text = f"\r{head}{done} {self.unit}s ({rate:,.0f}/s)"
        self.stream.write(text[: (width(self.stream) or 80) + 1])
        self.stream.flush()
        self.shown = True

    def close(self, count: int, elapsed: float) -> None:
        if self.shown:
            self.show(count, elapsed)
            self.stream.write("\n")
            self.stream.flush()


def _plain(
    items: Iterable[T], stream: TextIO, desc: str, unit: str, total: int | None, delay: float
) -> Iterator[T]:
    display = _PlainProgress(stream, desc, unit, total)
    start = time.monotonic()
    next_check = 1
    next_show = start + delay
    count = 0
    try:
        for item in items:
            yield item
            count += 1
            if count >= next_check:
                next_check = count + min(count, 1024)  # every item at first, then sparser
                now = time.monotonic()
                if now >= next_show:
                    display.show(count, now - start)
                    next_show = now + 0.25
    finally:
        display.close(count, time.monotonic() - start)


def progress(
    items: Iterable[T],
    *,
    desc: str = "",
    unit: str = "item",
    total: int | None = None,
    delay: float = 1.0,
    file: TextIO | None = None,
) -> Iterable[T]:
    """``items`` with a progress display on stderr when stderr is a terminal.

    Nothing is shown before ``delay`` seconds have passed, so short runs stay silent. Uses
    tqdm (the ``progress`` extra) when installed, else a plain counter. When the stream is not
    a terminal, ``items`` itself is returned.

    >>> import io
    >>> items = [1, 2, 3]
    >>> progress(items, file=io.StringIO()) is items   # not a terminal: untouched
    True
    """
    stream = file if file is not None else sys.stderr
    if not _isatty(stream):
        return items
    try:
        tqdm_module = importlib.import_module("tqdm")
    except ImportError:
        return _plain(items, stream, desc, unit, total, delay)
    bar: Iterable[T] = tqdm_module.tqdm(
        items,
        desc=desc or None,
        unit=unit,
        total=total,
        delay=delay,
        file=stream,
        unit_scale=total is None or total >= 10_000,
        dynamic_ncols=True,
        leave=False,
    )
    return bar
