"""A CSV history split by ``;`` or a tab, read as the same history split by commas.

The one-machine history reader (:mod:`ipprules.goodfaith.history`) is a hand-tuned comma
reader. A history whose header is split by another delimiter (by the rule every CSV reader
of ipprules follows, :func:`ipprules._files.csv_dialect`: an Excel export where the decimal
mark is a comma, or its "Unicode text") is read through :class:`CommaStream`, which gives the
same records written with commas, line for line (blank lines and the line breaks inside
quoted cells kept), so every line number the reader says is the file's. A comma file is read
as it is: its header line is peeked at, nothing more.

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
from collections.abc import Iterator
from typing import IO, Any, cast

from ipprules._files import cap_set, column_name, csv_dialect, iter_csv, open_input, sep_line

__all__ = ["CommaStream", "by_commas", "names_type_and_date"]

#: How much of a stream is peeked at for its header line.
_PEEK = 1 << 16
#: Characters of comma text gathered before they are handed on.
_PIECE = 1 << 16


def names_type_and_date(cells: list[str]) -> bool:
    """Whether CSV header cells are a history's: they name ``type`` and ``date`` (as the
    reader names its columns, :func:`ipprules._files.column_name`).

    >>> names_type_and_date(["Type", " date ", "note"]), names_type_and_date(["type;date"])
    (True, False)
    """
    names = {column_name(cell) for cell in cells}
    return {"type", "date"} <= names


def _first_line(stream: IO[Any]) -> str | None:
    """The stream's first line (at most :data:`_PEEK` bytes of it), read without consuming
    anything; None when the stream can neither peek nor seek."""
    data: Any
    try:
        if hasattr(stream, "peek") and not isinstance(stream, io.TextIOBase):
            data = stream.peek(_PEEK)[:_PEEK]
        elif getattr(stream, "seekable", bool)():
            at = stream.tell()
            data = stream.read(_PEEK)
            stream.seek(at)
        else:
            return None
    except (OSError, ValueError):  # a closed stream, a bad byte: the reader says what
        return None
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    return str(data).lstrip("\ufeff").split("\n", 1)[0]


def by_commas(stream: IO[Any], name: str, *, owned: bool = False) -> tuple[IO[Any], bool]:
    """``(stream, changed)``: ``stream`` as it is when its header line is split by commas,
    else (``changed``) a :class:`CommaStream` of it. The delimiter is the one
    :func:`ipprules._files.csv_dialect` takes from the header line with
    :func:`names_type_and_date`, as ``ipprules plan`` and ``read_histories`` take theirs.
    A blank line 1 or an Excel ``sep=`` line is left to the reader (which refuses it).
    ``owned``: closing the new stream closes ``stream``.

    >>> import io
    >>> by_commas(io.BytesIO(b"type\\tdate\\n"), "h")[0].read()
    b'type,date\\n'
    """
    readable = isinstance(stream, io.TextIOBase) or hasattr(stream, "readinto")
    if readable and not getattr(stream, "closed", False) and _first_line(stream) is None:
        stream = open_input(stream, max_bytes=_cap())  # a pipe read as text: peeked at
    first = _first_line(stream)
    if first is None or not first.strip() or sep_line(first) is not None:
        return stream, False
    delimiter = csv_dialect([(1, first)], names_type_and_date)[1]
    if delimiter == ",":
        return stream, False
    return cast("IO[Any]", CommaStream(stream, name, delimiter, owned=owned)), True


def _comma_text(stream: IO[Any], name: str, delimiter: str, cap: int | None) -> Iterator[bytes]:
    """The records of ``stream`` (read by :func:`ipprules._files.iter_csv` with
    ``delimiter``: its errors name ``name`` and the line) written with commas, in pieces,
    each record on the line it starts on (the blank lines before it written as blank)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    following = 1  # the line the next record would start on
    for start, row in iter_csv(stream, max_bytes=cap, name=name, delimiter=delimiter):
        if start > following:
            out.write("\n" * (start - following))
        writer.writerow(row)
        following = start + 1 + sum(cell.count("\n") for cell in row)
        if out.tell() > _PIECE:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def _cap() -> int | None:
    """The size cap of a history read here: the history's own when none is set."""
    from ipprules.goodfaith.history import HISTORY_MAX_BYTES

    return HISTORY_MAX_BYTES if cap_set() is None else None


class CommaStream(io.RawIOBase):
    """A binary stream of a CSV split by ``delimiter``, written with commas
    (:func:`by_commas`). A problem of the file (a bad byte, a quote never closed) is an
    :class:`~ipprules.errors.InputError` naming ``name`` and the line, raised by the read
    that reaches it.

    >>> import io
    >>> CommaStream(io.BytesIO(b"a;b\\n\\n1,5;2\\n"), "h", ";").read()
    b'a,b\\n\\n"1,5",2\\n'
    """

    def __init__(self, stream: IO[Any], name: str, delimiter: str, *, owned: bool = False) -> None:
        super().__init__()
        self._stream = stream
        self._owned = owned
        self._pieces = _comma_text(stream, name, delimiter, _cap())
        self._left = memoryview(b"")

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
