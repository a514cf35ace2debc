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

import importlib
import os
import shutil
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Literal, TextIO, TypeVar

__all__ = ["display_width", "echo", "fit", "progress", "width"]

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
        try:
            columns = int(forced)
        except ValueError:
            columns = 0
        return max(columns, MIN_WIDTH) if columns > 0 else None
    out = stream if stream is not None else sys.stdout
    if not _isatty(out):
        return None
    return max(shutil.get_terminal_size().columns, MIN_WIDTH)


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes (wide CJK characters count two).

    >>> display_width("abc"), display_width("淘宝")
    (3, 4)
    """
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


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


def _wrap(line: str, limit: int) -> list[str]:
    if display_width(line) <= limit:
        return [line]
    first_indent = line[: len(line) - len(line.lstrip(" "))]
    indent = _continuation_indent(line)
    if display_width(indent) > limit // 2:
        indent = first_indent if display_width(first_indent) <= limit // 2 else ""
    words = line.split()
    lines: list[str] = []
    current = first_indent
    current_width = display_width(current)
    at_start = True
    for word in words:
        w = display_width(word)
        room = limit - current_width - (0 if at_start else 1)
        if w <= room:
            current += word if at_start else " " + word
            current_width += w if at_start else w + 1
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
    next_check = 1024
    next_show = start + delay
    count = 0
    try:
        for item in items:
            yield item
            count += 1
            if count >= next_check:
                next_check = count + 1024
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
        unit_scale=True,
        dynamic_ncols=True,
        leave=False,
    )
    return bar
