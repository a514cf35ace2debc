"""A CSV history split by ``;`` or a tab, read as the same history split by commas.

The one-machine history reader (:mod:`ipprules.goodfaith.history`) is a hand-tuned comma
reader. A history whose header is split by another delimiter (by the rule every CSV reader
of ipprules follows, :func:`ipprules._files.csv_dialect`: an Excel export where the decimal
mark is a comma, or its "Unicode text") is read through :class:`CommaStream`, which gives the
same records written with commas, line for line (blank lines and the line breaks inside
quoted cells kept), so every line number the reader says is the file's. Lines with no
comma, quote or lone carriage return are written by replacing the delimiter (their columns
unmoved); the records that need :mod:`csv` are written again by it, and a problem at one of
their cells is said at its column in the file as written (:meth:`CommaStream.placed`). A
comma file is read as it is: its header line is peeked at, nothing more.

>>> import io
>>> stream, changed = by_commas(io.BytesIO(b'type;date;note\\nnote;2024-01-01;"a,b;c"\\n'), "h")
>>> changed, stream.read()
(True, b'type,date,note\\nnote,2024-01-01,"a,b;c"\\n')
>>> by_commas(io.BytesIO(b"type,date\\n"), "h")[1]
False
"""

from __future__ import annotations

import csv
import io
import re
from collections import deque
from collections.abc import Callable, Iterator
from typing import IO, Any, cast

from ipprules._files import (
    _csv_rows,
    allow_large_csv_fields,
    column_name,
    csv_cell_at,
    csv_cells_at,
    csv_dialect,
    document_line,
    raw_blocks,
    sep_contradicted,
    sep_line,
)
from ipprules.errors import InputError, Problem

#: Checks a header's cells and its line as written (its errors say line 1).
HeaderCheck = Callable[[list[str], str], object]

__all__ = ["CommaStream", "by_commas", "names_type_and_date"]

#: How much of a stream is peeked at for its header line.
_PEEK = 1 << 16
#: Characters of comma text gathered before they are handed on.
_PIECE = 1 << 20


def names_type_and_date(cells: list[str]) -> bool:
    """Whether CSV header cells are a history's: they name ``type`` and ``date`` (as the
    reader names its columns, :func:`ipprules._files.column_name`).

    >>> names_type_and_date(["Type", " date ", "note"]), names_type_and_date(["type;date"])
    (True, False)
    """
    names = {column_name(cell) for cell in cells}
    return {"type", "date"} <= names


def _peeked(stream: IO[Any]) -> tuple[IO[Any], str | None]:
    """``(stream, first line)``: the stream's first line (at most about :data:`_PEEK` bytes
    of it), and a stream that reads from the start again: a buffered binary stream is peeked
    at, any other is read up to a line end and then read through a :class:`_Replay` (a
    stream's reads need not follow ``seek``). None when nothing could be read."""
    data: Any
    try:
        if hasattr(stream, "peek") and not isinstance(stream, io.TextIOBase):
            data = stream.peek(_PEEK)[:_PEEK]
        else:
            data = stream.read(_PEEK)
            while data and "\n" not in _text(data) and len(data) < _PEEK:
                more = stream.read(_PEEK)
                if not more:
                    break
                data += more
            stream = _replay(stream, data)
    except (OSError, ValueError, TypeError):  # a closed stream, a bad byte: the reader says
        return stream, None
    return stream, _text(data).lstrip("\ufeff").split("\n", 1)[0]


def _text(data: Any) -> str:
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)


def by_commas(
    stream: IO[Any],
    name: str,
    *,
    owned: bool = False,
    cap: int | None = None,
    header: HeaderCheck | None = None,
) -> tuple[IO[Any], bool]:
    """``(stream, changed)``: ``stream`` (or a stream reading it again from its start, see
    :func:`_peeked`) when its header line is split by commas, else (``changed``) a
    :class:`CommaStream` of it. The delimiter is the one :func:`ipprules._files.csv_dialect`
    takes from the header line with :func:`names_type_and_date`, as ``ipprules plan`` and
    ``read_histories`` take theirs. A blank line 1 is left to the reader (which refuses it).
    A file that starts with an Excel ``sep=`` line is split by the delimiter it names, and
    read without it: the header on line 1, then a blank line, so that every record is on its
    line of the file; ``header`` checks the header's cells and line, and its errors are
    said at the header's line in the file. ``owned``: closing the new stream closes
    ``stream``; ``cap``: the size cap it is read with (:func:`ipprules._files.open_input`).

    >>> import io
    >>> by_commas(io.BytesIO(b"type\\tdate\\n"), "h")[0].read()
    b'type,date\\n'
    >>> by_commas(io.BytesIO(b"sep=;\\ntype;date\\nnote;2024-01-01\\n"), "h")[0].read()
    b'type,date\\n\\nnote,2024-01-01\\n'
    """
    stream, first = _peeked(stream)
    if first is None or not first.strip():
        return stream, False
    declared = sep_line(first)
    if declared is None and document_line(first) is not None:
        return stream, False  # another document or an odd sep= line: refused as written
    delimiter = declared or csv_dialect([(1, first)], names_type_and_date)[1]
    if delimiter == "," and declared is None:
        return stream, False
    sep = (declared is not None, header)
    commas = CommaStream(stream, name, delimiter, owned=owned, cap=cap, sep=sep)
    return cast("IO[Any]", commas), True


class _ReplayText(io.TextIOBase):
    """A text stream: ``head`` (read from ``stream`` already), then the rest of ``stream``."""

    def __init__(self, stream: IO[Any], head: Any) -> None:
        super().__init__()
        self._stream, self._head = stream, head

    def readable(self) -> bool:
        """True: the stream is read."""
        return True

    def read(self, size: int | None = -1) -> Any:
        """The next text: what was read ahead first."""
        if not self._head:
            return self._stream.read(-1 if size is None else size)
        if size is None or size < 0:
            head, self._head = self._head, self._head[:0]
            return head + self._stream.read()
        head, self._head = self._head[:size], self._head[size:]
        return head


class _ReplayBytes(io.RawIOBase):
    """A binary stream: ``head`` (read from ``stream`` already), then the rest of it."""

    def __init__(self, stream: IO[Any], head: bytes) -> None:
        super().__init__()
        self._stream, self._head = stream, memoryview(head)

    def readable(self) -> bool:
        """True: the stream is read."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer``: with what was read ahead first."""
        if not self._head:  # a stream with read only (no readinto) is read as such
            more = self._stream.read(len(buffer)) or b""
            if len(more) <= len(buffer):
                buffer[: len(more)] = more
                return len(more)
            self._head = memoryview(bytes(more))  # more than asked: the rest is kept
        size = min(len(buffer), len(self._head))
        buffer[:size] = self._head[:size]
        self._head = self._head[size:]
        return size


def _replay(stream: IO[Any], head: Any) -> IO[Any]:
    """``stream`` read again from its start, ``head`` having been read from it."""
    if isinstance(head, bytes):
        return cast("IO[Any]", _ReplayBytes(stream, head))
    return cast("IO[Any]", _ReplayText(stream, head))


#: What only :mod:`csv` reads right: a comma or a quote (a cell written again, quoted), or a
#: carriage return that does not end a line. A run of lines without one is written with
#: commas by :meth:`str.replace`, column for column.
_SPECIAL = re.compile(r'[,"]|\r(?!\n)')
#: Characters of comma text back to which the records written again by :mod:`csv` are kept
#: (their cells move), to say a problem at the file's own column (:meth:`CommaStream.placed`):
#: more than the reader reads ahead (a block of lines, ``history._BLOCK``).
_WINDOW = 1 << 22


class _Feed:
    """The text of a CSV in blocks of whole lines (:func:`ipprules._files.raw_blocks`): a
    position in it, the number of its line, and its lines from there (for :mod:`csv`)."""

    def __init__(self, blocks: Iterator[str]) -> None:
        self.blocks = blocks
        self.text = ""
        self.pos = 0
        self.line = 1
        self.bare_cr = False
        #: where a comma and a quote are next in the block (see :meth:`special`)
        self.found: dict[str, int] = {",": -2, '"': -2}

    def more(self) -> bool:
        """Whether any text is left (the next block taken when this one is read)."""
        while self.pos >= len(self.text):
            text = next(self.blocks, None)
            if text is None:
                return False
            self.text, self.pos = text, 0
            self.bare_cr = "\r" in text and text.count("\r") != text.count("\r\n")
            self.found = {",": -2, '"': -2}
        return True

    def special(self) -> int:
        """Where the next character only :mod:`csv` reads right is (:data:`_SPECIAL`), at or
        after :attr:`pos`; -1 when there is none in this block. A comma and a quote are each
        looked for again (:meth:`str.find`, in C) only once passed (-2: not looked for yet;
        -1: none left in the block)."""
        text, pos = self.text, self.pos
        if self.bare_cr:
            found = _SPECIAL.search(text, pos)
            return -1 if found is None else found.start()
        at = -1
        for char, where in self.found.items():
            if where == -2 or 0 <= where < pos:
                where = self.found[char] = text.find(char, pos)
            if where >= 0 and (at < 0 or where < at):
                at = where
        return at

    def __iter__(self) -> Iterator[tuple[int, str]]:
        while self.more():
            end = self.text.find("\n", self.pos) + 1 or len(self.text)
            line, self.pos = self.text[self.pos : end], end
            self.line += 1
            yield self.line - 1, line


#: A run of records written again by :mod:`csv`: how many characters were handed on before
#: the piece it is in, its first line, and its lines as written in the file.
_Kept = tuple[int, int, list[str]]


def _comma_text(
    stream: IO[Any], name: str, delimiter: str, cap: int | None, sep: _Sep, kept: deque[_Kept]
) -> Iterator[bytes]:
    """The records of ``stream`` (checked and split as :func:`ipprules._files.iter_csv`
    checks and splits them with ``delimiter``: its errors name ``name`` and the line) written
    with commas, in pieces, each on its line. Runs of lines that hold no comma, quote or lone
    carriage return are written by replacing the delimiter; the other records are read by
    :mod:`csv` and written again, and their runs kept in ``kept`` while they are in the last
    :data:`_WINDOW` characters. ``sep``: whether line 1 is an Excel ``sep=`` line, left out
    (the header is written on line 1 and checked, see :func:`_header_first`), and the
    header's check."""
    feed = _Feed(raw_blocks(stream, allow_large_csv_fields(cap), None, InputError, name=name))
    rows = cast(
        "Iterator[tuple[int, list[str], list[str]]]",
        _csv_rows(iter(feed), name, InputError, delimiter, keep=True),
    )
    out = _Out(kept)
    if sep[0]:
        next(rows, None)  # the sep= line: a record of one line
        following = _header_first(rows, out.writer, sep[1], (delimiter, name))
        out.write("\n" * (feed.line - following))  # up to the next record
    elif (first := next(rows, None)) is not None:
        out.writer.writerow(first[1])
        kept.append((0, first[0], first[2]))
    while feed.more():
        text, pos = feed.text, feed.pos
        found = feed.special()
        stop = len(text) if found < 0 else text.rfind("\n", pos, found) + 1
        if stop > pos:  # whole lines, each as it is with commas
            plain = text[pos:stop]
            feed.line += plain.count("\n")
            feed.pos = stop
            if "\r" in plain:
                plain = plain.replace("\r\n", "\n")
            out.write(plain.replace(delimiter, ","))
            out.size += len(plain)
        else:
            _csv_run(feed, rows, out)
        if out.size > _PIECE:
            yield out.piece()
    yield out.piece()


def _csv_run(feed: _Feed, rows: Iterator[tuple[int, list[str], list[str]]], out: _Out) -> None:
    """Read with :mod:`csv` the records from :attr:`_Feed.pos` (a line that needs it) for as
    long as each next line of the block needs it too, write them with commas to ``out``, and
    keep the run (its lines as written, to place a problem's cell: :meth:`CommaStream.placed`)."""
    text, first, lines = feed.text, feed.line, []
    writerow, write = out.writer.writerow, out.write
    while True:
        line = feed.line  # the record's line, unless csv finds blank lines first
        record = next(rows, None)
        if record is None:
            break
        if record[0] > line:  # blank lines (a lone carriage return) csv read first
            write("\n" * (record[0] - line))
            lines += ["\n"] * (record[0] - line)
        writerow(record[1])
        lines += record[2]
        if feed.text is not text or feed.pos >= len(text):
            break
        found = feed.special()
        if found < 0 or text.find("\n", feed.pos, found) >= 0:
            break  # the next line is plain
    out.size += sum(map(len, lines))
    out.kept.append((out.done, first, lines))


class _Out:
    """The comma text written since the last piece (:attr:`writer` writes there too), and
    the runs of records :mod:`csv` wrote again (``kept``, see :data:`_Kept`)."""

    def __init__(self, kept: deque[_Kept]) -> None:
        self.kept = kept
        self.parts: list[str] = []
        self.write = self.parts.append
        self.size = 0  # about the characters in parts (a record read by csv: as written)
        self.done = 0  # characters handed on
        self.writer = csv.writer(cast("Any", self), lineterminator="\n")

    def piece(self) -> bytes:
        """The text written since the last piece, as UTF-8 (the runs kept that are
        :data:`_WINDOW` characters back or more are dropped)."""
        text = "".join(self.parts)
        self.parts.clear()
        self.done += len(text)
        self.size = 0
        while self.kept and self.kept[0][0] < self.done - _WINDOW:
            self.kept.popleft()
        return text.encode("utf-8")


#: Whether a CSV starts with an Excel ``sep=`` line, and the check of its header.
_Sep = tuple[bool, HeaderCheck | None]


def _header_first(
    rows: Iterator[tuple[int, list[str], list[str]]],
    writer: Any,
    check: HeaderCheck | None,
    declared: tuple[str, str],
) -> int:
    """Write the header record of ``rows`` (the file's header after its ``sep=`` line) on
    line 1, once ``check`` takes it (its errors said at the header's line in the file), and
    return the line the next record would start on (2 and more: a blank line 2 stands for
    the header's line of the file). ``declared``: the delimiter the ``sep=`` line names and
    the file's name; a header it does not fit is refused at line 1
    (:func:`ipprules._files.sep_contradicted`, as every CSV reader refuses it)."""
    first = next(rows, None)
    if first is None:
        return 1
    start, row, lines = first
    text = "".join(lines).removesuffix("\n").removesuffix("\r")
    said = sep_contradicted(declared[0], text, names_type_and_date)
    if said is not None:
        raise InputError(said, file=declared[1], line=1)
    if check is not None:
        try:
            check(row, text)
        except InputError as error:
            moved = [_moved(problem, start - 1) for problem in error.problems]
            raise InputError(problems=moved) from None
    writer.writerow(row)
    return 2 + sum(cell.count("\n") for cell in row)


def _moved(problem: Problem, by: int) -> Problem:
    """``problem`` said ``by`` lines further down (if it has a line)."""
    line = None if problem.line is None else problem.line + by
    return Problem(problem.message, problem.path, problem.file, line, problem.column)


class CommaStream(io.RawIOBase):
    """A binary stream of a CSV split by ``delimiter``, written with commas
    (:func:`by_commas`). A problem of the file (a bad byte, a quote never closed) is an
    :class:`~ipprules.errors.InputError` naming ``name`` and the line, raised by the read
    that reaches it.

    >>> import io
    >>> CommaStream(io.BytesIO(b"a;b\\n\\n1,5;2\\n"), "h", ";").read()
    b'a,b\\n\\n"1,5",2\\n'
    """

    def __init__(
        self,
        stream: IO[Any],
        name: str,
        delimiter: str,
        *,
        owned: bool = False,
        cap: int | None = None,
        sep: _Sep = (False, None),
    ) -> None:
        super().__init__()
        self._stream = stream
        self._owned = owned
        self._name, self._delimiter = name, delimiter
        #: the records written again by csv, of the last characters written (see _WINDOW)
        self._kept: deque[_Kept] = deque()
        self._pieces = _comma_text(stream, name, delimiter, cap, sep, self._kept)
        self._left = memoryview(b"")

    def placed(self, error: InputError) -> InputError:
        """``error`` (raised by a reader of this stream) with each problem at a cell of a
        record written again by :mod:`csv` said at the cell's column in the file as
        written (its cells, split by the file's delimiter), not in the comma text.

        >>> import io
        >>> stream = CommaStream(io.BytesIO(b'a;b;c\\n"x";"1,5";bad\\n'), "h", ";")
        >>> stream.read()
        b'a,b,c\\nx,"1,5",bad\\n'
        >>> stream.placed(InputError("bad", file="h", line=2, column=9)).column
        11
        """
        if type(error) is not InputError:
            return error
        problems = [self._place(problem) for problem in error.problems]
        if problems == list(error.problems):
            return error
        return InputError(problems=problems)

    def _place(self, problem: Problem) -> Problem:
        """``problem`` at its cell's column in the file (see :meth:`placed`)."""
        line, column = problem.line, problem.column
        if problem.file != self._name or line is None or column is None:
            return problem
        for _, first, lines in reversed(self._kept):
            if first <= line < first + len(lines):
                return self._in_run(problem, first, lines)
        return problem

    def _in_run(self, problem: Problem, first: int, lines: list[str]) -> Problem:
        """``problem`` in a run of records read by :mod:`csv` from line ``first`` (its
        ``lines`` as written in the file): read again, and the record holding it written
        with commas again, its cell is found and placed in the file's own cells."""
        numbered = enumerate(lines, start=first)
        records = cast(
            "Iterator[tuple[int, list[str], list[str]]]",
            _csv_rows(numbered, self._name, InputError, self._delimiter, keep=True),
        )
        for start, row, written in records:
            if start <= cast("int", problem.line) < start + len(written):
                again = io.StringIO()
                csv.writer(again, lineterminator="\n").writerow(row)
                commas = [end + "\n" for end in again.getvalue().split("\n")[:-1]]
                cells = csv_cells_at(commas, range(len(row) + 1), start)
                at = (problem.line, problem.column)
                index = next((i for i, place in cells.items() if place == at), None)
                if index is None:
                    return problem
                line, column = csv_cell_at(written, index, start, self._delimiter)
                return Problem(problem.message, problem.path, problem.file, line, column)
        return problem

    def readable(self) -> bool:
        """True: the stream is read."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` with the next bytes (0 at the end)."""
        while not self._left:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._left = memoryview(piece)
        size = min(len(buffer), len(self._left))
        buffer[:size] = self._left[:size]
        self._left = self._left[size:]
        return size

    def close(self) -> None:
        """Close the stream (and the stream read, when it is owned)."""
        if not self.closed and self._owned:
            self._stream.close()
        super().close()
