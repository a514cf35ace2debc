"""Reading user files: one guarded door for every input ipprules reads.

* :func:`open_input` opens a regular file or stdin (``"-"``) as a binary stream with a
  size cap; a FIFO, a device, a socket or a directory is refused at once, without
  blocking, and an endless stream stops at the cap with a clear error.
* :func:`iter_lines` yields ``(line number, text)`` decoded as strict UTF-8 (a byte
  order mark is dropped); the first bad byte is reported with its line and column.
* :func:`iter_csv` yields ``(line number, row)``; quoted newlines are counted, and the
  :mod:`csv` module's field limit never surprises (a cell can be as large as the file).
* :func:`read_document` reads JSON or TOML with a nesting-depth cap checked before parsing;
  errors name the file, line and JSON path.

Every error is an :class:`~ipprules.errors.InputError` (or the ``error`` class given).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "bad.json").write_text('{"a": [1,\\n  2,\\n  "x"]}')
22
>>> doc = read_document(folder / "bad.json")
>>> doc.data
{'a': [1, 2, 'x']}
>>> doc.locate("$.a[2]")
(3, 3)
>>> (folder / "broken.json").write_text('{"a": [1,\\n 2,,]}')
16
>>> read_document(folder / "broken.json")
Traceback (most recent call last):
...
ipprules.errors.InputError: .../broken.json:2:4: $: not valid JSON: Expecting value
>>> (folder / "deep.toml").write_text("a = " + "[" * 500 + "]" * 500)
1004
>>> read_document(folder / "deep.toml")
Traceback (most recent call last):
...
ipprules.errors.InputError: .../deep.toml:1:68: $: nested deeper than 64 levels
>>> (folder / "urls.txt").write_bytes(b"\\xef\\xbb\\xbfone\\ntwo\\r\\nbad \\xff here\\n")
23
>>> list(iter_lines(folder / "urls.txt"))
Traceback (most recent call last):
...
ipprules.errors.InputError: .../urls.txt:3:5: $: not UTF-8 text (byte 0xff): save the file as ...
>>> (folder / "rows.csv").write_text('id,note\\n1,"two\\nlines"\\n2,x\\n')
26
>>> list(iter_csv(folder / "rows.csv"))
[(1, ['id', 'note']), (2, ['1', 'two\\nlines']), (4, ['2', 'x'])]
>>> read_document("/dev/zero")
Traceback (most recent call last):
...
ipprules.errors.InputError: /dev/zero: $: not a regular file (a character device); give a file ...
"""

from __future__ import annotations

import array
import bisect
import codecs
import contextlib
import csv
import functools
import io
import itertools
import json
import math
import os
import re
import stat
import sys
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from datetime import date
from typing import IO, Any, BinaryIO, TypeVar, overload

import attrs

from ipprules._convert import structure
from ipprules.errors import InputError, Problem, plain, quoted, shown_value

__all__ = [
    "CSV_DELIMITERS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_LINE",
    "MAX_DEPTH",
    "OLD_MAC_LINES",
    "PANDAS_INDEX",
    "Document",
    "LoneSurrogate",
    "ReadAhead",
    "allow_large_csv_fields",
    "comma_only_problem",
    "csv_cell_at",
    "csv_cells_at",
    "csv_dialect",
    "dos_eof",
    "header_delimiter",
    "iter_csv",
    "iter_csv_dialect",
    "iter_csv_records",
    "iter_lines",
    "keeping_stdin",
    "named_width",
    "not_utf8",
    "open_input",
    "read_document",
    "read_input",
    "read_text",
    "reading_limits",
    "records_hint",
    "sep_contradicted",
    "sep_line",
    "stdin_text",
    "structure_document",
    "surrogate_error",
    "unnamed_cell",
]

T = TypeVar("T")

#: The size cap of one input when neither the caller nor :func:`reading_limits` gives one.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: The longest physical line :func:`iter_lines` and :func:`iter_csv` take, in bytes.
DEFAULT_MAX_LINE = 1024 * 1024
#: The deepest nesting of arrays and tables (or dotted TOML keys) a JSON or TOML file may have.
MAX_DEPTH = 64
#: What is said of a JSON or TOML input nested deeper than :data:`MAX_DEPTH` (a document, or
#: a JSON Lines line deep enough to exhaust the parser, said at its line), in one wording.
TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels"
#: A text this long or shorter cannot nest deeper than :data:`MAX_DEPTH` (each level takes
#: two characters): a JSON Lines line's depth check is a length test for most lines.
NEVER_TOO_DEEP = 2 * MAX_DEPTH

_MAX_BYTES: ContextVar[int | None] = ContextVar("ipprules_max_bytes", default=None)

Source = str | os.PathLike[str] | IO[bytes]

#: How a size-cap refusal says to raise the cap: the CLI's option, or the context manager
#: (exported as ``ipprules.reading_limits``) around a Python call.
CAP_HINT = (
    "(the size cap; raise it with --max-bytes, or in Python with "
    "ipprules.reading_limits(max_bytes=...))"
)
#: :data:`CAP_HINT` as the command line says it: its option alone (the CLI's errors name
#: what a user of the command can change, not a Python call).
CLI_CAP_HINT = "(the size cap; raise it with --max-bytes)"


@contextlib.contextmanager
def reading_limits(*, max_bytes: int | None = None, max_items: int | None = None) -> Iterator[None]:
    """Raise (or lower) the size cap of every input read inside the ``with`` block, and lower
    the item cap (``max_items``: the most items a list of an input may hold, 100,000 by
    default, never raised above that; a block inside another keeps the lower of the two).

    The CLI's ``--max-bytes`` option uses this, so that engines which read their own
    files through this module honour it without a parameter of their own; in Python, wrap
    the call (the default cap is 64 MiB). The cap is a context variable: it holds in the
    thread that entered the block (and asyncio tasks made in it), not in the threads of a pool
    started inside it; enter the block inside the function each worker runs.

    >>> import ipprules
    >>> with ipprules.reading_limits(max_bytes=10):
    ...     ipprules.read_plan("examples/plan.toml")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: examples/plan.toml: $: file larger than 10 bytes (the size \
cap; raise it with --max-bytes, or in Python with ipprules.reading_limits(max_bytes=...))
    >>> from ipprules._files import DEFAULT_MAX_BYTES, byte_cap
    >>> byte_cap() == DEFAULT_MAX_BYTES
    True
    >>> with ipprules.reading_limits(max_items=3):
    ...     ipprules.read_plan("examples/plan.toml")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: examples/plan.toml:27:3: $.rights: a list of 4 items: at most 3 ...
    """
    from ipprules._convert import _ITEM_CAP, MAX_ITEMS, item_cap

    if max_bytes is not None:  # the cap in force is a plain int (the reads compare with it)
        max_bytes = _check_cap(max_bytes, "max_bytes")
    items = None
    if max_items is not None:
        items = _check_cap(max_items, "max_items")
        if items > MAX_ITEMS:
            raise InputError(
                f"max_items must be at most {MAX_ITEMS:,} (the default; it can only be "
                f"lowered), got {_shown_int(items, ',')}"
            )
        items = min(items, item_cap())
    # A block that gives no max_bytes keeps the cap in force (an enclosing block's), as one
    # that gives no max_items keeps the item cap.
    token = _MAX_BYTES.set(max_bytes) if max_bytes is not None else None
    items_token = _ITEM_CAP.set(items) if items is not None else None
    try:
        yield
    finally:
        if items_token is not None:
            _ITEM_CAP.reset(items_token)
        if token is not None:
            _MAX_BYTES.reset(token)


#: The text read from stdin inside :func:`keeping_stdin` (stdin can be read only once).
_STDIN_KEPT: ContextVar[list[str] | None] = ContextVar("ipprules_stdin_kept", default=None)


@contextlib.contextmanager
def keeping_stdin() -> Iterator[None]:
    """Keep the text :func:`read_text` reads from stdin inside the ``with`` block, for
    :func:`stdin_text`: an error found after a document on stdin was read (at run time) is
    then placed by its line, as in a file, which is read again for it. The CLI keeps it
    for the length of a command.

    >>> with keeping_stdin():
    ...     stdin_text() is None
    True
    """
    token = _STDIN_KEPT.set([])
    try:
        yield
    finally:
        _STDIN_KEPT.reset(token)


def stdin_text() -> str | None:
    """The text read from stdin inside :func:`keeping_stdin`, or None (none was read, or
    outside the block)."""
    kept = _STDIN_KEPT.get()
    return kept[-1] if kept else None


def _check_cap(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    value = int.__index__(value)  # an int subclass's own comparisons are never called
    if value < 1:
        raise InputError(f"{name} must be at least 1, got {_shown_int(value)}")
    return value


def _shown_int(value: int, spec: str = "") -> str:
    """``value`` written with the format ``spec``, or named by its count of digits when it is
    too long to write (Python refuses to turn an int of over 4,300 digits into text)."""
    return format(value, spec) if value.bit_length() <= 10_000 else shown_value(value)


def cap_set() -> int | None:
    """The size cap set by :func:`reading_limits` (``--max-bytes``), or None when none is
    (a reader with a default of its own then uses that one)."""
    return _MAX_BYTES.get()


def byte_cap(max_bytes: int | None = None) -> int:
    """The size cap in force: ``max_bytes``, else the one set by :func:`reading_limits`."""
    if max_bytes is not None:
        return _check_cap(max_bytes, "max_bytes")
    return _MAX_BYTES.get() or DEFAULT_MAX_BYTES


def _size(n: int) -> str:
    """A size in bytes as messages write it.

    >>> _size(64 * 1024 * 1024), _size(2048), _size(1000), _size(1), _size(0)
    ('64 MiB', '2 KiB', '1000 bytes', '1 byte', '0 bytes')
    """
    if n and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MiB"
    if n and n % 1024 == 0:
        return f"{n // 1024} KiB"
    return "1 byte" if n == 1 else f"{n} bytes"


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind_of(mode: int) -> str | None:
    """``None`` for a regular file, else what the file is."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "not a regular file"  # pragma: no cover - doors, whiteouts


#: The decompressed bytes of a compressed file read before the rest of it is decompressed
#: ahead, up to the cap (:func:`_unpacked_within`): past a line's most (1 MiB, and a block),
#: so that a gzip bomb of one long line is refused at that line, decompressing no more.
_LOOK_AHEAD_AFTER = 2 * DEFAULT_MAX_LINE
#: The largest cap a compressed file is decompressed ahead to: above it (a history file's
#: 1 TiB) a file over the cap is not to be met, and decompressing twice costs 7% of the CPU
#: of reading a history whole.
_LOOK_AHEAD_CAP = 1 << 30


class _Capped(io.RawIOBase):
    """A raw stream that raises once more than ``cap`` bytes have come through; with
    ``ahead`` (a compressed file's), once :data:`_LOOK_AHEAD_AFTER` bytes have, it calls
    ``ahead()`` (which refuses a file whose decompressed bytes pass the cap) first."""

    def __init__(
        self,
        raw: Any,
        cap: int,
        name: str,
        error: type[InputError],
        owned: bool,
        seekable: bool = False,
        ahead: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._raw = raw
        self._cap = cap
        self._seen = 0
        self._name = name
        self._error = error
        self._owned = owned
        self._seekable = seekable
        self._ahead = ahead

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        """Only when asked for (a second reading that passes over what it does not need)."""
        return self._seekable

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move in the file; the bytes passed over count towards the cap as if read."""
        if not self._seekable:
            raise io.UnsupportedOperation("seek")
        before = self._raw.tell()
        after: int = self._raw.seek(offset, whence)
        self._seen += after - before
        return after

    def tell(self) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("tell")
        return int(self._raw.tell())

    def readinto(self, buffer: Any) -> int:
        try:
            n: int | None = self._raw.readinto(buffer)
        except OSError as exc:  # EIO (/proc/self/mem, a failing disk): said naming the file
            if exc.errno is None:  # a bad gzip member...: its reader's own words
                raise
            why = f"cannot read the file: {exc.strerror or exc}"
            raise self._error(why, file=self._name) from None
        except UnicodeEncodeError as exc:  # a text stream's lone surrogate: no UTF-8 holds it
            char = exc.object[exc.start : exc.start + 1] if isinstance(exc.object, str) else ""
            code = f"\\u{ord(char):04x}, " if char else ""
            why = f"a lone surrogate ({code}half of a UTF-16 pair) in the stream's text is not text"
            raise self._error(why, file=self._name) from None
        if n is None:  # pragma: no cover - non-blocking streams are not offered here
            return 0
        self._seen += n
        if self._seen > self._cap:
            raise self._error(over_cap(self._cap), file=self._name)
        if self._ahead is not None and self._seen > _LOOK_AHEAD_AFTER:
            ahead, self._ahead = self._ahead, None
            ahead()
        return n

    @property
    def name(self) -> str:
        """The name used in messages (``<stdin>`` for standard input)."""
        return self._name

    def close(self) -> None:
        if not self.closed and self._owned:
            self._raw.close()
        super().close()


class _TextAsBytes:
    """A text stream read as UTF-8 bytes, or a binary stream with ``read`` only (no
    ``readinto`` of its own), read through ``readinto`` only. Its reads may return more or
    less than asked: what does not fit the buffer is kept for the next."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._pending = b""

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._pending:
            chunk = self._stream.read(16384)
            if not chunk:
                return 0
            if isinstance(chunk, str):
                chunk = chunk.encode("utf-8", "surrogateescape")
            elif not isinstance(chunk, bytes | bytearray | memoryview):
                raise TypeError(f"the stream's read returned {type(chunk).__name__}, not bytes")
            self._pending = bytes(chunk)
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def source_name(source: object) -> str:
    """The name used in messages for a path, ``"-"`` (stdin) or a stream."""
    if isinstance(source, str):
        source = plain(source)  # a str subclass's own __eq__ is never called
        return "<stdin>" if source == "-" else source
    if isinstance(source, os.PathLike):
        return os.fspath(source)  # type: ignore[no-any-return]
    name = getattr(source, "name", None)
    return plain(name) if isinstance(name, str) else "<stream>"


#: A "path" that is a web address (``https://item.taobao.com/...``, ``www.``...).
_URL_AS_PATH = re.compile(r"\s*(?:https?://|www\.)\S*\s*\Z", re.IGNORECASE)

#: A Windows path: one that starts with a drive (``C:\\``, ``C:/``) or holds a backslash
#: (``out\\sub``, a network share ``\\\\server``), a character no file name needs.
_WINDOWS_PATH = re.compile(r"[A-Za-z]:[\\/]|.*\\", re.DOTALL)
#: Whether this system's paths are Windows ones (read at each call, so a test can say not).
ON_WINDOWS = os.name == "nt"


def windows_path(text: str, windows: bool | None = None) -> bool:
    r"""Whether ``text`` is a Windows path where this system's paths are not (a script
    written for Windows run in a Linux job): ``C:\ci\plan.toml``, ``out\sub``. ``windows``:
    whether this system's paths are Windows ones (default :data:`ON_WINDOWS`).

    >>> windows_path("C:/ci/plan.toml", False), windows_path("out\\sub", False)
    (True, True)
    >>> windows_path("out/sub", False), windows_path("C:/ci/plan.toml", True)
    (False, False)
    """
    if ON_WINDOWS if windows is None else windows:
        return False
    return _WINDOWS_PATH.match(text) is not None


#: The most entries of a folder looked at for a file name near a missing one.
_NEAR_NAMES = 2000


def _near_name(path: str | os.PathLike[str], exc: OSError) -> str:
    """`` (did you mean 'examples/plan.toml'?)`` after a file that does not exist when its
    folder holds a name near it (a typo in a name or its suffix), or, when its folder does
    not exist, a folder of a near name beside it holds that name or one near it; else "".
    Only the first :data:`_NEAR_NAMES` entries of a folder are looked at.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "plan.toml").write_text("")
    >>> _near_name(str(folder / "plan.tom"), FileNotFoundError()).endswith("plan.toml'?)")
    True
    >>> _near_name(str(folder / "other.csv"), FileNotFoundError())
    ''
    >>> _ = (folder / "pyproject.toml").write_text("")
    >>> _near_name(str(folder / "y.toml"), FileNotFoundError())  # '.toml' alone is no likeness
    ''
    >>> (folder / "data").mkdir(); _ = (folder / "data" / "a.csv").write_text("")
    >>> _near_name(str(folder / "dat" / "a.csv"), FileNotFoundError()) == (
    ...     f" (did you mean {str(folder / 'data' / 'a.csv')!r}?)")  # a folder's name mistyped
    True
    """
    if not isinstance(exc, FileNotFoundError):
        return ""
    text = os.fspath(path)
    if not isinstance(text, str):
        return ""
    if _URL_AS_PATH.match(text):  # a pasted listing: `ipprules listings URL`, read_lines(url)
        return (
            " (this is a URL, not a file's path: ipprules reads no network; put listing URLs"
            " in a file, one a line, or - to read them from stdin; in Python, pass them in a"
            " list)"
        )
    if windows_path(text):
        return (
            " (a Windows path: this system's paths are written with /, such as"
            " examples/plan.toml or /home/ci/plan.toml)"
        )
    from ipprules.errors import suggest

    folder, base = os.path.split(text)
    names = _names_in(folder, files=True)
    if names is None:  # no such folder: its name mistyped, in a folder that is there
        parent, last = os.path.split(folder)
        near_folder = suggest(last, _names_in(parent, files=False) or []) if last else None
        if near_folder is None:
            return ""
        folder = os.path.join(parent, near_folder)
        names = _names_in(folder, files=True) or []
    near = base if base in names else suggest(base, names)
    stem, suffix = os.path.splitext(base)
    if near is not None and near != base and suffix and os.path.splitext(near)[1] == suffix:
        # a shared suffix is no likeness: 'y.toml' is not near 'pyproject.toml'
        near = near if suggest(stem, [os.path.splitext(near)[0]]) is not None else None
    return "" if near is None else f" (did you mean {os.path.join(folder, near)!r}?)"


def _names_in(folder: str, *, files: bool) -> list[str] | None:
    """The names of the files (``files``) or folders in ``folder`` (``""``: the current
    one), the first :data:`_NEAR_NAMES` entries; ``None`` when it cannot be read."""
    try:
        with os.scandir(folder or ".") as entries:
            kept = itertools.islice(entries, _NEAR_NAMES)
            return [e.name for e in kept if (e.is_file() if files else e.is_dir())]
    except (OSError, ValueError):
        return None


def open_input(
    path: Source,
    *,
    max_bytes: int | None = None,
    error: type[InputError] = InputError,
    gunzip: bool = False,
    seekable: bool = False,
) -> BinaryIO:
    """Open a regular file, or stdin for ``"-"``, as a binary stream with a size cap.

    A FIFO, a device, a socket or a directory is refused at once, without blocking.
    Reading more than ``max_bytes`` (default :data:`DEFAULT_MAX_BYTES`, or the cap set
    by :func:`reading_limits`) raises ``error`` naming the file. An open stream (binary,
    or text read as UTF-8) is taken as is, under the same cap. With ``gunzip``, a file
    whose name ends in ``.gz``, ``.bz2`` or ``.xz`` is decompressed as it is read
    (:class:`_Gunzipped`: the cap holds for the decompressed bytes; data that is not of
    that kind, or is cut short, is ``error`` naming the file). With ``seekable``, a regular
    file (not decompressed) can be moved in with ``seek``: the bytes passed over count
    towards the cap as if read.

    >>> open_input(".")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: .: $: not a regular file (a directory); give a file or - for stdin
    >>> open_input(3)
    Traceback (most recent call last):
    ...
    TypeError: path must be a str, an os.PathLike or a stream, got int
    """
    cap = byte_cap(max_bytes)
    if isinstance(path, str):  # a str subclass's own __eq__ is never called
        path = plain(path)
    name = source_name(path)
    if isinstance(path, str) and path == "-":
        if sys.stdin is None:  # started with stdin closed (<&-)
            raise error("standard input is closed: give a file, or pipe the input in", file=name)
        raw: Any = getattr(sys.stdin, "buffer", None)
        if raw is None:  # stdin replaced by a text stream (tests, embedding)
            raw = _TextAsBytes(sys.stdin)
        return io.BufferedReader(_Capped(raw, cap, name, error, owned=False), 1 << 16)
    if not isinstance(path, str | os.PathLike):
        return _open_stream(path, cap, name, error)
    if name == "":
        raise error("no file name given (an empty path)")
    if "\0" in name:
        raise error("a file name cannot contain a NUL character", file=repr(name))
    try:
        kind = _kind_of(os.stat(path).st_mode)
        if kind is None:
            # O_NONBLOCK: should the path have become a FIFO since, opening does not block.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _O_BINARY)
            info = os.fstat(fd)
            kind = _kind_of(info.st_mode)
            if kind is not None:
                os.close(fd)
            else:
                _set_blocking(fd)
    except OSError as exc:
        if isinstance(path, str) and _DOCUMENT_TEXT.match(path):
            raise _text_for_path(path, error) from None
        said = f"cannot read the file: {exc.strerror or exc}{_near_name(path, exc)}"
        raise error(said, file=name) from None
    except ValueError as exc:  # e.g. an embedded NUL in a PathLike
        raise error(f"cannot read the file: {exc}", file=name) from None
    if kind is not None:  # "-" is stdin as a str only: a Path("-") (a --calendar) is a file
        where = "a file or - for stdin" if isinstance(path, str) else "a file"
        raise error(f"not a regular file ({kind}); give {where}", file=name)
    if info.st_size > cap:
        os.close(fd)
        raise error(f"file larger than {_size(cap)} {CAP_HINT}", file=name)
    return _file_stream(fd, name, cap, error, compression_of(name) if gunzip else None, seekable)


def refuse_closed(stream: object, name: str, error: type[InputError] = InputError) -> None:
    """An ``error`` naming ``name`` where ``stream`` is closed (its reads would raise
    ``ValueError: I/O operation on closed file``), opened for writing only (its reads would
    raise ``io.UnsupportedOperation: not readable``) or left at its end by earlier reads (read
    again, it would be an empty input, answered in silence)."""
    if getattr(stream, "closed", False) is True:
        raise error("the stream is closed: give an open one, or the file's path", file=name)
    readable = getattr(stream, "readable", None)
    if callable(readable) and readable() is False:
        raise error(
            "cannot read the file: not readable (the stream was opened for writing only)",
            file=name,
        )
    from ipprules._args import read_to_its_end

    if read_to_its_end(stream):  # read again, empty: an empty history, plan... in silence
        raise error(
            "the stream was read to its end by an earlier call (read again it is empty): "
            "seek(0) or open it again",
            file=name,
        )


def _open_stream(stream: object, cap: int, name: str, error: type[InputError]) -> BinaryIO:
    """:func:`open_input` of an open stream (binary, or text read as UTF-8), under the cap;
    anything else (bytes: told to come as ``io.BytesIO(data)``) is a TypeError."""
    refuse_closed(stream, name, error)
    if isinstance(stream, io.TextIOBase):
        raw: Any = _TextAsBytes(stream)
        return io.BufferedReader(_Capped(raw, cap, name, error, owned=False), 1 << 16)
    if getattr(type(stream), "readinto", io.RawIOBase.readinto) is not io.RawIOBase.readinto:
        return io.BufferedReader(_Capped(stream, cap, name, error, owned=False), 1 << 16)
    if callable(getattr(stream, "read", None)):  # read only: what it returns is kept
        raw = _TextAsBytes(stream)
        return io.BufferedReader(_Capped(raw, cap, name, error, owned=False), 1 << 16)
    from ipprules._args import bytes_hint

    raise TypeError(
        "path must be a str, an os.PathLike or a stream, got "
        + type(stream).__name__
        + bytes_hint(stream)
    )


#: A "path" that no file answers to and that reads as a document's text: it holds a line
#: break, or is a JSON object on one line.
_DOCUMENT_TEXT = re.compile(r"(?s:.*\n)|\s*\{.*\}\s*\Z")


def _text_for_path(text: str, error: type[InputError]) -> InputError:
    """The error for a file's text passed where its path belongs (a notebook's
    ``read_plan(text)``, ``History.from_file(csv_text)``): it says so and how to pass text,
    rather than quote the whole text as a file name that cannot be read."""
    from ipprules.errors import shown_value

    return error(
        "this is a file's text, not its path: pass the path of a file, or the text as a"
        " stream, io.StringIO(text)",
        file=f"<text {shown_value(text, 40)}>",
    )


def _file_stream(
    fd: int, name: str, cap: int, error: type[InputError], packed: str | None, seekable: bool
) -> BinaryIO:
    """The buffered, capped stream of an open regular file (decompressed when ``packed``
    names its compression suffix; seekable only when asked and not decompressed)."""
    handle: Any = io.FileIO(fd, "rb", closefd=True)
    ahead = None
    if packed is not None:
        handle = _Gunzipped(handle, name, error, packed)
        if cap <= _LOOK_AHEAD_CAP:
            ahead = functools.partial(_unpacked_within, fd, name, cap, error, packed)
    capped = _Capped(
        handle, cap, name, error, owned=True, seekable=seekable and not packed, ahead=ahead
    )
    return io.BufferedReader(capped, 1 << 16)


def _unpacked_within(fd: int, name: str, cap: int, error: type[InputError], packed: str) -> None:
    """Refuse the compressed file open at ``fd`` (``packed``: its suffix) whose decompressed
    bytes pass ``cap`` (or that cannot be decompressed), decompressing it from its start on
    a second descriptor, 1 MiB at a time; the file's offset is then as it was. Each reader
    parses what it reads as it reads it, so the cap, passed at the end of 64 MiB, was found
    once all of it was parsed (42 s for ``ipprules listings`` on a gzip of 300 MB of URLs);
    decompressing alone to the cap takes a fraction of a second. Called once
    :data:`_LOOK_AHEAD_AFTER` bytes are read (a smaller file is not decompressed twice),
    under a cap of at most :data:`_LOOK_AHEAD_CAP`."""
    at = os.lseek(fd, 0, os.SEEK_CUR)
    os.lseek(fd, 0, os.SEEK_SET)  # the second descriptor shares the offset
    probe: _Gunzipped | None = None
    try:
        probe = _Gunzipped(io.FileIO(os.dup(fd), "rb", closefd=True), name, error, packed)
        buffer, seen = bytearray(1 << 20), 0
        while n := probe.readinto(buffer):
            seen += n
            if seen > cap:
                raise error(over_cap(cap), file=name)
    finally:
        if probe is not None:
            probe.close()
        os.lseek(fd, at, os.SEEK_SET)


def over_cap(cap: int) -> str:
    """What is said of an input whose bytes pass the size ``cap``."""
    return f"input larger than {_size(cap)} {CAP_HINT}"


#: The compressed suffixes a reader with ``gunzip`` decompresses as it reads (the standard
#: library's codecs; the Dask readers take the same), and each codec's name in messages.
COMPRESSED = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz", ".lzma": "lzma", ".zip": "zip"}


def column_name(cell: str) -> str:
    """A CSV header ``cell`` as the column it names, as ``ipprules plan`` and every reader of
    history files read a header: a byte-order mark, the spaces around it and its case do
    not count, and spaces or hyphens between words are one ``_`` (``Reason Code``,
    ``reason-code`` and `` REASON_CODE `` all name ``reason_code``).

    >>> column_name(" Reason Code "), column_name("\ufeffTaken-Down"), column_name("TYPE")
    ('reason_code', 'taken_down', 'type')
    """
    return "_".join(cell.strip().lstrip("\ufeff").lower().replace("-", " ").split())


#: The CSV files ipprules reads: what each is (and for which command), the columns it needs
#: and the columns it knows (tests/test_newuser16.py holds them to the readers'). A CSV given
#: to the wrong command is named for what it is (:func:`other_csv`).
_CSV_KINDS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "history": (
        "a Good Faith history (for `ipprules good-faith`)",
        frozenset({"type", "date"}),
        frozenset({"type", "date", "account", "id", "platform", "reason_code", "listings"})
        | {"taken_down", "rejected", "withdrawn", "pending", "reinstated", "counter_rejected"}
        | {"note"},
    ),
    "violations": (
        "a violations file (for `ipprules penalties`)",
        frozenset({"date", "kind"}),
        frozenset({"date", "kind", "platform", "points", "right", "id"})
        | {"counter_notice_accepted"},
    ),
    "urls": (
        "a list of listing URLs (for `ipprules listings` or `plan`)",
        frozenset({"url"}),
        frozenset({"url", "right", "reason", "target", "confidence", "order_number", "notes"}),
    ),
}


#: The columns of a list of listing URLs the planner reads (besides the URL column's names).
URL_COLUMN_NAMES = _CSV_KINDS["urls"][2]


#: What every CSV reader says of a header whose names are all quoted with apostrophes.
APOSTROPHE_QUOTED = (
    "its column names are quoted with ' (apostrophes): CSV quotes a cell with \" (double "
    'quotes); save the file again with " as the quote (LibreOffice: String delimiter)'
)


#: The separators a Chinese or Japanese user types between columns instead of ``,``: what
#: every CSV reader names when the whole header is one cell they split (full-width first).
_WIDE_SEPARATORS = {
    "\uff0c": "a full-width comma, U+FF0C",
    "\u3001": "an ideographic comma, U+3001",
    "\uff1b": "a full-width semicolon, U+FF1B",
}


def _wide_separated(cells: list[str]) -> str | None:
    """What a header of one cell whose column names are separated by a full-width comma
    (``url，reason``: typed with a Chinese input method) is told; None for any other."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) != 1:
        return None
    known = set().union(*(kind[2] for kind in _CSV_KINDS.values()))
    for mark, what in _WIDE_SEPARATORS.items():
        names = [column_name(part) for part in filled[0].split(mark)]
        if len(names) > 1 and known & set(names):
            return (
                f"its column names are separated by {mark} ({what}), not by , (an ASCII "
                "comma): replace it with , throughout the file"
            )
    return None


#: Column names a Chinese sheet (Feishu/Lark, DingTalk, WPS) gives the columns of a history
#: or a violations file, and the English names they may stand for, in the order tried
#: (:func:`english_column`). Only said in a hint: a column is never read by them.
_CHINESE_COLUMNS: dict[str, tuple[str, ...]] = {
    "日期": ("date",),
    "类型": ("type", "kind"),
    "類型": ("type", "kind"),
    "平台": ("platform",),
    "编号": ("id",),
    "編號": ("id",),
    "备注": ("note", "notes"),
    "備註": ("note", "notes"),
    "原因代码": ("reason_code",),
    "原因": ("reason", "reason_code"),
    "扣分": ("points",),
    "分数": ("points",),
    "权利": ("right",),
    "账号": ("account",),
    "账户": ("account",),
    "置信度": ("confidence",),
    "订单号": ("order_number",),
}


def english_column(name: str, known: Iterable[str]) -> str | None:
    """The column of ``known`` a Chinese column ``name`` (as :func:`column_name` reads it)
    may stand for (``日期``: ``date``), else None: a hint's, never a reading.

    >>> english_column("日期", ["type", "date"]), english_column("类型", ["date", "kind"])
    ('date', 'kind')
    >>> english_column("链接数", ["date"]), english_column("原因", ["date"])
    (None, None)
    """
    meant = set(known)
    return next((c for c in _CHINESE_COLUMNS.get(name.strip(), ()) if c in meant), None)


#: What every CSV reader says of a header that is PowerShell's type line (``Export-Csv`` and
#: ``ConvertTo-Csv`` of Windows PowerShell 5 write ``#TYPE System.Management...`` first).
POWERSHELL_TYPE = (
    "its first line is PowerShell's #TYPE line, not column names: delete that line (or "
    "export with Export-Csv -NoTypeInformation)"
)


def powershell_type(cells: Sequence[str]) -> bool:
    """Whether a CSV's first line ``cells`` (as written, or as :func:`column_name` reads
    them) is Windows PowerShell's ``#TYPE`` line (:data:`POWERSHELL_TYPE`).

    >>> powershell_type(["#TYPE System.Data.DataRow"]), powershell_type(["#type_x.y"])
    (True, True)
    >>> powershell_type(["#type"]), powershell_type(["url"]), powershell_type([])
    (False, False, False)
    """
    first = cells[0].lstrip("\ufeff").lstrip()[:6].lower() if cells else ""
    return first in ("#type ", "#type_")


def other_csv(cells: Iterable[str], mine: str) -> str | None:
    """What a CSV reader of kind ``mine`` (``history``, ``violations`` or ``urls``) says of
    a header, ``cells``, that is not its own but another kind's: every column named is one
    the other kind knows, its needed ones among them. None for any other header.

    >>> other_csv(["date", "kind", "platform"], "history")
    'the file looks like a violations file (for `ipprules penalties`), not a Good Faith history'
    >>> other_csv(["Type", "Date", "Reason Code"], "violations")  # doctest: +ELLIPSIS
    'the file looks like a Good Faith history (for `ipprules good-faith`), not a violations ...'
    >>> other_csv(["date", "kind"], "violations"), other_csv(["date", "owner"], "history")
    (None, None)
    >>> other_csv(["https://item.taobao.com/item.htm?id=1"], "history")  # doctest: +ELLIPSIS
    'its first line holds a link, not column names: the file looks like a list of listing URLs...'

    A header whose every name is quoted with apostrophes (LibreOffice's "Save as CSV" with
    ``'`` as its string delimiter) is told so (:data:`APOSTROPHE_QUOTED`), by every reader:

    >>> print(other_csv(["'url'", "'reason'"], "urls"))  # doctest: +ELLIPSIS
    its column names are quoted with ' (apostrophes): CSV quotes a cell with " (double ...

    And one whose names are separated by a full-width comma (typed with a Chinese input
    method), which every reader reads as one column:

    >>> print(other_csv(["url，reason，confidence"], "urls"))  # doctest: +ELLIPSIS
    its column names are separated by ， (a full-width comma, U+FF0C), not by , (an ASCII ...

    And Windows PowerShell 5's ``#TYPE`` line before the header (:data:`POWERSHELL_TYPE`):

    >>> print(other_csv(["#TYPE System.Management.Automation.PSCustomObject"], "history"))
    ... # doctest: +ELLIPSIS
    its first line is PowerShell's #TYPE line, not column names: delete that line (or ...
    """
    cells = list(cells)
    if powershell_type(cells):
        return POWERSHELL_TYPE
    if (wide := _wide_separated(cells)) is not None:
        return wide
    filled = [cell.strip() for cell in cells if cell.strip()]
    if filled and all(len(c) > 1 and c[0] == c[-1] == "'" for c in filled):
        return APOSTROPHE_QUOTED
    own = _CSV_KINDS[mine]
    if mine != "urls" and any("://" in cell for cell in cells):  # no header: a list of links
        return (
            f"its first line holds a link, not column names: the file looks like "
            f"{_CSV_KINDS['urls'][0]}, not {own[0].split(' (')[0]}"
        )
    names = {column_name(cell) for cell in cells} - {""}
    if names <= own[2]:
        return None
    for what, needed, known in _CSV_KINDS.values():
        if needed <= names <= known:
            return f"the file looks like {what}, not {own[0].split(' (')[0]}"
    return None


#: The keys of a DataFrame's ``to_json`` by its ``orient``, when not one record a line.
_PANDAS_ORIENTS = (
    ("split", {"columns", "data"}, {"columns", "data", "index"}),
    ("table", {"schema", "data"}, {"schema", "data"}),
)


def records_hint(data: object, *, document: bool = False) -> str:
    """What a JSON Lines reader adds to its refusal of a line, ``data``, that is no record
    (one object) but a whole table as another tool writes it: an array of objects on one
    line (``jq -c .`` of an array, pandas' ``to_json(orient="records")``), or a DataFrame's
    ``to_json`` of ``orient`` ``"split"``, ``"table"``, ``"index"`` or ``"columns"`` (pandas'
    default: ``{"url": {"0": ...}}``, every value an object keyed by row numbers); else ``""``.
    ``document``: said by a reader of one JSON document of a list of objects (a violations
    ``.json``), whose fix is ``to_json(orient='records')`` (a DataFrame's orients only).

    >>> records_hint([{"url": "x"}])
    "; an array of objects on one line: write one object a line (jq -c '.[]', or pandas' \
to_json(orient='records', lines=True))"
    >>> records_hint({"columns": ["url"], "index": [0], "data": [["x"]]})
    "; a table as pandas' to_json(orient='split') writes it: write one object a line \
(to_json(orient='records', lines=True))"
    >>> records_hint({"0": {"url": "x"}})[:56], records_hint({"url": "x"}), records_hint([1])
    ("; a table as pandas' to_json(orient='index') writes it: ", '', '')
    >>> records_hint({"url": {"0": "x", "1": "y"}})[:59]
    "; a table as pandas' to_json() writes it (orient='columns')"
    >>> records_hint({"date": {"0": "2024-03-01"}}, document=True)[-51:]
    "write a list of objects (to_json(orient='records'))"
    """
    lines = "to_json(orient='records', lines=True)"
    write = (
        "write a list of objects (to_json(orient='records'))"
        if document
        else f"write one object a line ({lines})"
    )
    if isinstance(data, list):
        if data and all(isinstance(item, dict) for item in data[:100]):
            return (
                "; an array of objects on one line: write one object a line "
                f"(jq -c '.[]', or pandas' {lines})"
            )
        return ""
    if not isinstance(data, dict) or not data:
        return ""
    keys = set(data)
    orient = next((o for o, least, most in _PANDAS_ORIENTS if least <= keys <= most), None)
    if orient is None and all(
        isinstance(k, str) and k.isdigit() and isinstance(v, dict)
        for k, v in itertools.islice(data.items(), 100)
    ):
        orient = "index"
    if orient is None and all(
        isinstance(v, dict) and v and all(isinstance(k, str) and k.isdigit() for k in v)
        for v in itertools.islice(data.values(), 100)
    ):  # pandas' default orient: each column an object of its cells by row number
        return f"; a table as pandas' to_json() writes it (orient='columns'): {write}"
    if orient is None:
        return ""
    return f"; a table as pandas' to_json(orient={orient!r}) writes it: {write}"


def twice_message(name: str, first: str, second: str) -> str:
    """What is said of a header naming the column ``name`` twice, written ``first`` and then
    ``second`` (:func:`column_name`): where they are written differently, that they name
    one column.

    >>> twice_message("type", "type", "type")
    "column 'type' appears twice"
    >>> twice_message("type", "Type", "TYPE ")  # doctest: +ELLIPSIS
    "column 'type' appears twice ('Type' and 'TYPE ': a column's name is read ignoring ..."
    """
    said = f"column {name!r} appears twice"
    if first == second:
        return said
    return f"{said} ({first!r} and {second!r}: a column's name is read ignoring case and spaces)"


def compression_of(name: str) -> str | None:
    """The suffix of ``name`` among :data:`COMPRESSED` (any case), or None.

    >>> compression_of("urls.TXT.GZ"), compression_of("urls.xz"), compression_of("urls.7z")
    ('.gz', '.xz', None)
    """
    lowered = name.lower()
    return next((suffix for suffix in COMPRESSED if lowered.endswith(suffix)), None)


def zip_of(files: int) -> str:
    """What is said of a zip archive of ``files`` files (not 1), on one machine and by the
    Dask readers alike (which read only the first file of such an archive, silently).

    >>> zip_of(0)
    'a zip archive of no file: it is read when it holds one file; unzip it and give the files'
    """
    count = "no file" if not files else f"{files} files"
    return (
        f"a zip archive of {count}: it is read when it holds one file; unzip it and give the files"
    )


def _zip_folder(info: Any) -> bool:
    """Whether a zip archive's member ``info`` is a folder (``ZipInfo.is_dir``, which raises
    ``IndexError`` on a member of an empty name in Python 3.11)."""
    return bool(info.filename.endswith("/"))


class _Gunzipped:
    """A compressed file's decompressed bytes (``readinto``, ``close``), read as they are
    needed: memory stays bounded whatever the size. gzip, bzip2, xz, lzma or zip (an
    archive of one file, as the Dask readers read it) by ``suffix``. Data that is not of
    that kind, a bad block or a file cut short raises ``error`` naming the file (not the
    codec's ``EOFError``)."""

    def __init__(
        self, raw: io.FileIO, name: str, error: type[InputError], suffix: str = ".gz"
    ) -> None:
        self._raw = raw
        self._suffix = suffix
        self._name = name
        self._error = error
        if suffix == ".bz2":
            import bz2

            self._file: Any = bz2.BZ2File(raw, mode="rb")
        elif suffix in (".xz", ".lzma"):
            import lzma

            self._file = lzma.LZMAFile(raw, mode="rb")  # noqa: SIM115 - closed by close()
        elif suffix == ".zip":
            self._file = self._guarded(lambda: self._member(raw))
        else:
            import gzip

            self._file = gzip.GzipFile(fileobj=raw, mode="rb")

    def _member(self, raw: io.FileIO) -> Any:
        """The one file of a zip archive, opened (an archive of none or several is refused:
        which one was meant is not for the reader to guess)."""
        import zipfile

        try:
            archive = zipfile.ZipFile(raw)
        except BaseException:
            raw.close()
            raise
        files = [info for info in archive.infolist() if not _zip_folder(info)]
        if len(files) != 1:
            archive.close()
            raw.close()
            raise self._error(zip_of(len(files)), file=self._name)
        return archive.open(files[0])

    def _guarded(self, step: Any) -> Any:
        """``step()``, with a codec's error as ``error`` naming the file."""
        import lzma
        import zipfile
        import zlib

        try:
            return step()
        except (
            OSError,
            EOFError,
            zlib.error,
            lzma.LZMAError,
            zipfile.BadZipFile,
            NotImplementedError,  # a zip method the standard library lacks
            RuntimeError,  # an encrypted zip member (it needs a password)
            UnicodeDecodeError,  # a zip member's name flagged UTF-8 that is not
        ) as exc:
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            kind = COMPRESSED[self._suffix]
            raise self._error(
                f"not a readable {kind} file ({detail}): the name ends in {self._suffix}, "
                "so it is decompressed",
                file=self._name,
            ) from None

    def readinto(self, buffer: Any) -> int:
        return int(self._guarded(lambda: self._file.readinto(buffer)))

    def close(self) -> None:
        self._file.close()
        self._raw.close()


_O_BINARY = getattr(os, "O_BINARY", 0)


def _set_blocking(fd: int) -> None:
    with contextlib.suppress(AttributeError, OSError):  # pragma: no cover - Windows
        os.set_blocking(fd, True)


def first_char(stream: IO[Any]) -> str:
    """The first character of a stream after a byte-order mark and blanks, without consuming
    anything (empty when the buffered head is blank): how stdin, which has no file suffix,
    tells JSON (``{``, ``[``) from CSV or TOML.

    >>> import io
    >>> first_char(io.BufferedReader(io.BytesIO(b'\\xef\\xbb\\xbf  {"type": 1}')))
    '{'
    """
    head = stream.peek(1 << 16)[: 1 << 16] if hasattr(stream, "peek") else b""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return chr(head[0]) if head and head[0] < 0x80 else ""


def read_input(
    path: Source, *, max_bytes: int | None = None, error: type[InputError] = InputError
) -> bytes:
    """The whole content of a file or stdin as bytes, under the size cap."""
    with open_input(path, max_bytes=max_bytes, error=error) as stream:
        try:
            return stream.read()
        except OSError as exc:
            raise error(
                f"cannot read the file: {exc.strerror or exc}", file=source_name(path)
            ) from None


def _locate(raw: bytes, at: int, line: int, bom: bool = True) -> tuple[int, int]:
    """Line and character column of byte ``at`` (``raw`` is one line when ``line`` is given);
    ``bom``: ``raw`` may start with the file's byte order mark, not counted (a block read
    after it was dropped starts with a U+FEFF of the text, which is counted)."""
    if line:
        head = raw[:at]
    else:
        line = raw.count(b"\n", 0, at) + 1
        head = raw[raw.rfind(b"\n", 0, at) + 1 : at]
    if bom and line == 1 and head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return line, len(head.decode("utf-8", "replace")) + 1


def _bad_byte(raw: bytes, at: int, name: str, error: type[InputError], line: int = 0) -> InputError:
    """The error for an invalid UTF-8 byte, located by line and (character) column."""
    column_line, column = _locate(raw, at, line)
    head = raw if not line else b""
    return error(not_utf8(raw, at, head, name=name), file=name, line=column_line, column=column)


def not_utf8(data: bytes, at: int, head: bytes = b"", *, name: str = "") -> str:
    """The message for ``data[at]``, a byte that is not UTF-8, with a hint when the text
    around it reads as a Chinese encoding, or ``head`` (the file's first bytes, when known)
    as UTF-16 without a byte order mark (else: save it as UTF-8). Only a hint: the file is
    still refused. Every reader words it so (documents, lines, CSV, histories). ``name``: the
    file's name, when known (compressed data in a file already named so is not told to be).

    >>> not_utf8("名称,日期".encode("gbk"), 0)
    'not UTF-8 text (byte 0xc3); the file looks like GBK (GB18030): save it as UTF-8'
    >>> not_utf8("Société".encode("latin-1"), 4)
    'not UTF-8 text (byte 0xe9): save the file as UTF-8 (Excel: CSV UTF-8)'
    >>> print(not_utf8(b"said \\x93no\\x94", 5))  # doctest: +NORMALIZE_WHITESPACE
    not UTF-8 text (byte 0x93): “ (U+201C) as Windows-1252 writes it, a text written or
    pasted in another encoding: save the file as UTF-8, or type “ again in a UTF-8 editor
    >>> not_utf8(bytes.fromhex("1f8b0800"), 1)[:57]
    'not UTF-8 text (byte 0x8b): gzip-compressed data; decompr'
    >>> not_utf8(bytes.fromhex("5041523115041500a4"), 8)[:47]
    'not UTF-8 text (byte 0xa4): a Parquet file; the'
    """
    message = f"not UTF-8 text (byte 0x{data[at]:02x})"
    packed = (
        (b"\x1f\x8b", "gzip", "gunzip", ".gz", at == 1),
        (b"BZh", "bzip2", "bunzip2", ".bz2", at < 16),
        (b"\xfd7zXZ\0", "xz", "unxz", ".xz", at == 0),
        (b"PK\x03\x04", "zip", "unzip", ".zip", at < 64),
    )
    for magic, kind, tool, suffix, near in packed:
        if (head or data).startswith(magic) and (head or near):
            return f"{message}: {_packed_hint(kind, tool, suffix, name)}"
    if (head or data).startswith(b"PAR1"):
        return f"{message}: {_PARQUET}"
    found = _looks_like(data[max(0, data.rfind(b"\n", 0, at) + 1) : at + 4096], head[:4096])
    if found:
        return f"{message}; the file looks like {found}: save it as UTF-8"
    if 0x80 <= data[at] <= 0x9F:  # no Latin-1 letter: Windows-1252's quotes, dashes, euro
        try:
            char = data[at : at + 1].decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:  # a curly quote pasted from a program that writes Windows-1252
            return (
                f"{message}: {char} (U+{ord(char):04X}) as Windows-1252 writes it, a text "
                f"written or pasted in another encoding: save the file as UTF-8, or type {char} "
                "again in a UTF-8 editor"
            )
    return f"{message}: save the file as UTF-8 (Excel: CSV UTF-8)"


def _packed_hint(kind: str, tool: str, suffix: str, name: str = "") -> str:
    """The hint for ``kind``-compressed data in the file ``name``: decompress it, or name it
    ``*suffix`` where it is read decompressed; where it is so named already, the data is
    compressed where that is not undone (a document, which is not read decompressed, or a
    file compressed twice, a zip in a zip). Standard input and a stream have no name to give:
    they are told to decompress it on its way in.

    >>> _packed_hint("gzip", "gunzip", ".gz", "<stdin>")[-48:]
    'on its way in (gunzip -c FILE.gz | ipprules ...)'
    """
    if name == "<stdin>":  # no name to give it: it is undone on its way in
        pipe = {"unzip": "unzip -p"}.get(tool, f"{tool} -c")
        return (
            f"{kind}-compressed data on standard input, which is not read decompressed: "
            f"decompress it on its way in ({pipe} FILE{suffix} | ipprules ...)"
        )
    if name == "<stream>":
        return f"{kind}-compressed data; decompress it first ({tool}: a stream has no name)"
    if name.lower().endswith(suffix):
        return (
            f"{kind}-compressed data where the *{suffix} name is not undone (a document is not "
            f"read decompressed; or the file is compressed twice): decompress it first ({tool})"
        )
    return (
        f"{kind}-compressed data; decompress it first ({tool}), or name it *{suffix} where it "
        "is read decompressed (ipprules listings, plan and good-faith, the Dask readers)"
    )


_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _looks_like(sample: bytes, head: bytes) -> str | None:
    """The encoding ``sample`` (or ``head``, for UTF-16) reads as, when it reads as Chinese
    text (every character over U+007F a CJK one): GB18030 first when every run of bytes over
    0x7f has an even length (as a run of common characters in GBK has), else those of GB18030
    and Big5 (whose characters often end in a byte under 0x80) it reads as. A sample whose
    bytes over 0x7f stand alone, one of them before a small letter, is taken for Latin-1 (é
    in "café"): no hint."""
    if _utf16(head):
        return "UTF-16 (without a byte order mark)"
    runs = _HIGH_RUN.findall(sample)
    if not runs or (all(len(run) == 1 for run in runs) and _LATIN.search(sample)):
        return None  # an accented letter before a small one: Latin-1 more likely (café)
    gbk = _reads_as(sample, "gb18030")
    if gbk and all(len(run) % 2 == 0 for run in runs):
        return "GBK (GB18030)"
    big5 = _reads_as(sample, "big5")
    return {(True, True): "GBK (GB18030) or Big5", (True, False): "GBK (GB18030)"}.get(
        (gbk, big5), "Big5" if big5 else None
    )


_LATIN = re.compile(rb"[\x80-\xff][a-z]")


def _ascii_utf16(sample: bytes) -> bool:
    """Whether nearly every other byte of ``sample`` is NUL and nearly none of the others
    (ASCII text in UTF-16): not a file of NUL bytes (zeroed by a crash), UTF-32 text (three
    NULs in four) or a binary header before zeros, which keep the general message."""
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    nuls, other = sorted((even.count(0) / len(even), odd.count(0) / len(odd)), reverse=True)
    return nuls >= 0.9 and other <= 0.1


def _utf16_text(head: bytes) -> bool:
    """Whether a file's first bytes ``head`` are UTF-16 without a byte order mark, many of
    them NUL (the high bytes of ASCII characters): its first NUL is said with that hint."""
    sample = head[:4096]
    return sample.count(b"\0") * 8 >= len(sample) and _utf16(sample)


def _utf16(head: bytes) -> bool:
    """Whether a file's first bytes ``head`` read as UTF-16 without a byte order mark."""
    even = head[:4096][: len(head[:4096]) // 2 * 2]
    return any(
        even and b"\0" in even and _reads_as(even, codec, cjk=False)
        for codec in ("utf-16-le", "utf-16-be")
    )


def _reads_as(sample: bytes, codec: str, *, cjk: bool = True) -> bool:
    """Whether ``sample`` decodes as ``codec`` (its last 3 bytes may be cut in a character)
    into printable text; ``cjk``: and its characters over U+007F are CJK."""
    for cut in range(min(4, len(sample))):
        try:
            text = sample[: len(sample) - cut].decode(codec)
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    if not all(ch.isprintable() or ch in "\t\r\n" for ch in text):
        return False
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return bool(wide) and (not cjk or all(_cjk(ch) for ch in wide))


def _cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _check_start(raw: bytes, name: str, error: type[InputError]) -> None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error(
            "UTF-16 text (byte order mark); save the file as UTF-8", file=name, line=1, column=1
        )


_PARQUET = (
    "a Parquet file; the Dask readers read it (--workers or --scheduler, ipprules.scale), "
    "one machine reads text, CSV or JSON Lines: export it as CSV"
)


def nul_message(head: bytes, *, name: str = "", around: bytes = b"", at: int = -1) -> str:
    """The message for a NUL byte in a file whose first bytes are ``head`` (``b""``: not
    known), with the Parquet hint :func:`not_utf8` gives: a Parquet file whose first bad
    byte is a NUL (an int or all-null URL column) had only "is the file UTF-16 or binary?".
    ``around``: the bytes read with it, the NUL at offset ``at``; where they are UTF-8 text
    with a stray NUL or two (an export's, a copy's), the message says so and what comes
    before it in its cell, not "UTF-16 or binary".

    >>> nul_message(b"PAR1\x15\x04")[:47]
    'NUL byte in text: a Parquet file; the Dask read'
    >>> nul_message("url,reason".encode("utf-16-be"))[:54]
    'NUL byte in text; the file looks like UTF-16 (without '
    >>> nul_message(b"", around=b"url\\nhttps://a.example/1\\0\\n", at=23)
    "NUL byte in text: a NUL byte in a UTF-8 file, after 'https://a.example/1' (the text \
around it reads as UTF-8; a NUL is no character of text): remove it"
    """
    if head.startswith(b"PAR1"):
        return f"NUL byte in text: {_PARQUET}"
    if head.startswith(b"PK\x03\x04"):  # a zip archive's header holds NUL bytes first
        return f"NUL byte in text: {_packed_hint('zip', 'unzip', '.zip', name)}"
    sample = head[:4096]
    if _ascii_utf16(sample) or _utf16_text(sample):  # ASCII or CJK text in UTF-16
        return (
            "NUL byte in text; the file looks like UTF-16 (without a byte order mark): "
            "save it as UTF-8"
        )
    stray = _stray_nul(around, at)
    if stray is not None:
        return (
            f"NUL byte in text: a NUL byte in a UTF-8 file{stray} (the text around it reads "
            "as UTF-8; a NUL is no character of text): remove it"
        )
    return "NUL byte in text (is the file UTF-16 or binary?)"


def _stray_nul(around: bytes, at: int) -> str | None:
    """``", after '...'"`` (what comes before it on its line, ``""`` at a line's start) when
    ``around[at]``, a NUL, is a stray byte in UTF-8 text (what comes before it since its
    line's start or the last ``,``, ``;`` or tab): the 4 KiB either side, without
    their NULs, decode as UTF-8 into text that is not white space alone, and the NULs are
    at most 2 or 1 in 100 bytes (a binary file or UTF-16 text has many); else None."""
    if at < 0 or around[at : at + 1] != b"\0":
        return None
    start = max(0, at - 4096)
    window = around[start : at + 4096]
    while start and window[:1] and 0x80 <= window[0] <= 0xBF:  # cut in a character
        window, start = window[1:], start + 1
    if window.count(b"\0") > max(2, len(window) // 100) or _ascii_utf16(window[:4096]):
        return None
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(window.replace(b"\0", b""))
        before = window[: at - start].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text.strip():
        return None
    line = before[before.rfind("\n") + 1 :].lstrip("\ufeff")
    cell = re.split("[,;\t]", line)[-1]  # its cell's text, alike whatever splits the cells
    return f", after {quoted(cell[-20:])}" if cell else ""


def _nul(raw: bytes, name: str, error: type[InputError], line: int = 0) -> InputError:
    head = b"" if line else raw  # the file's first bytes, when they are the block's
    at = raw.index(b"\0")
    message = nul_message(head, name=name, around=raw, at=at)
    line, column = _locate(raw, at, line)
    return error(message, file=name, line=line, column=column)


#: DOS's end-of-file mark (Ctrl-Z), which old tools write after a text file's last line.
DOS_EOF = b"\x1a"


def dos_eof(raw: bytes) -> bytes:
    """``raw``, the end of a file, without the one Ctrl-Z byte (DOS's end-of-file mark) it
    ends in, if it does: every reader of ipprules ignores it, as the end of the file it
    marks. Two or more at the end are not a mark, and are left (to be refused as text).

    >>> dos_eof(b"a,b\\r\\n\\x1a"), dos_eof(b"a\\x1a"), dos_eof(b"a\\x1a\\x1a")
    (b'a,b\\r\\n', b'a', b'a\\x1a\\x1a')
    >>> dos_eof(b"\\x1a\\n")  # not at the end: text (refused by the reader)
    b'\\x1a\\n'
    """
    if raw.endswith(DOS_EOF) and not raw.endswith(DOS_EOF * 2):
        return raw[:-1]
    return raw


def decode_text(raw: bytes, name: str, *, error: type[InputError] = InputError) -> str:
    """Strict UTF-8 text from bytes (a UTF-8 byte order mark is dropped; NUL bytes refused;
    a final Ctrl-Z, DOS's end-of-file mark, dropped: :func:`dos_eof`)."""
    raw = dos_eof(raw)
    _check_start(raw, name, error)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = exc.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        if b"\0" in raw[:at]:  # a NUL before the bad byte: the first problem is said
            raise _nul(raw, name, error) from None
        raise _bad_byte(raw, at, name, error) from None
    if "\0" in text:
        raise _nul(raw, name, error)
    return text


def read_text(
    path: Source, *, max_bytes: int | None = None, error: type[InputError] = InputError
) -> str:
    """The whole content of a file or stdin as strict UTF-8 text, under the size cap."""
    raw = read_input(path, max_bytes=max_bytes, error=error)
    text = decode_text(raw, source_name(path), error=error)
    kept = _STDIN_KEPT.get()
    if kept is not None and isinstance(path, str) and path == "-":
        kept[:] = [text]  # for an error found later (stdin_text)
    return text


_CHUNK = 256 * 1024


def _raw_lines(
    path: Source,
    max_bytes: int | None,
    max_line: int | None,
    error: type[InputError],
    keep_ends: bool,
    gunzip: bool = False,
    name: str | None = None,
) -> Iterator[tuple[int, str]]:
    """Lines read in blocks: each block (whole lines) is checked and decoded at once."""
    number = 0  # lines yielded so far
    for text in raw_blocks(path, max_bytes, max_line, error, gunzip=gunzip, name=name):
        parts = text.split("\n")
        if parts[-1] == "":
            parts.pop()
        if keep_ends:
            parts = [part + "\n" for part in parts]
            if not text.endswith("\n"):
                parts[-1] = parts[-1][:-1]
        elif "\r" in text:
            parts = [part[:-1] if part.endswith("\r") else part for part in parts]
        yield from zip(itertools.count(number + 1), parts, strict=False)
        number += len(parts)
        del parts, text  # not alive while the next block is split: one block's lines at once


def raw_blocks(
    path: Source,
    max_bytes: int | None,
    max_line: int | None,
    error: type[InputError],
    *,
    gunzip: bool = False,
    name: str | None = None,
) -> Iterator[str]:
    """The text of a file or stdin in blocks of whole lines (the last may not end at
    ``\\n``), each checked and decoded at once, as :func:`iter_lines` reads it: strict
    UTF-8, a byte order mark dropped, no NUL, no line longer than ``max_line`` bytes.

    >>> import io
    >>> list(raw_blocks(io.BytesIO(b"\\xef\\xbb\\xbfa;b\\n1;2"), None, None, InputError))
    ['a;b\\n', '1;2']
    """
    limit = DEFAULT_MAX_LINE if max_line is None else _check_cap(max_line, "max_line")
    name = source_name(path) if name is None else name
    with open_input(path, max_bytes=max_bytes, error=error, gunzip=gunzip) as stream:
        number = 0  # lines of the blocks given so far
        carry = b""
        first = True
        while True:
            try:
                chunk = stream.read(max(_CHUNK, 4) if first else _CHUNK)  # a whole BOM first
            except OSError as exc:
                raise error(f"cannot read the file: {exc.strerror or exc}", file=name) from None
            if first and chunk:
                first = False
                _check_start(chunk, name, error)
                if chunk.startswith(b"\xef\xbb\xbf"):
                    chunk = chunk[3:]
            if chunk:
                buffer = carry + chunk if carry else chunk
                end = buffer.rfind(b"\n") + 1
                if end == 0:
                    carry = buffer
                    if len(carry) > limit:  # a line too long, or a binary file: say which
                        raise long_or_bad(carry, 1, name, error, number, limit)
                    continue
                block, carry = buffer[:end], buffer[end:]
            elif carry:
                block, carry = dos_eof(carry), b""
                if not block:
                    return
            else:
                return
            text = _decode_block(block, name, error, number, limit)
            number += block.count(b"\n") + (not block.endswith(b"\n"))
            yield text
            del text


def long_line(block: bytes, limit: int) -> int | None:
    """The 1-based number, within ``block``, of its first line longer than ``limit`` bytes
    (its ``\r`` not counted), or None."""
    if len(block) > limit:
        for index, raw in enumerate(block.split(b"\n")):
            if len(raw.removesuffix(b"\r")) > limit:
                return index + 1
    return None


def _long_line(name: str, error: type[InputError], line: int, limit: int) -> InputError:
    return error(f"line longer than {_size(limit)}, the most one may hold", file=name, line=line)


def long_line_head(block: bytes, line: int, limit: int) -> bytes:
    """``block`` up to the end of the first ``limit`` bytes of its (1-based) line ``line``, a
    line longer than ``limit``, without a character those bytes cut: what is checked for a bad
    byte or a NUL before the line is said to be too long, on one machine and by the Dask
    readers alike (a binary file without line ends is a NUL or a bad byte, not a long line).

    >>> long_line_head(b"ab\\n" + "é".encode() * 3, 2, 3)
    b'ab\\n\\xc3\\xa9'
    """
    head = block[: _line_start(block, line) + limit]
    try:  # not final: a character cut at the end is left out, not an error
        used = codecs.utf_8_decode(head, "strict", False)[1]
    except UnicodeDecodeError:  # a bad byte: kept, to be found and said
        return head
    return head[:used]


def long_or_bad(
    block: bytes, long: int, name: str, error: type[InputError], before: int, limit: int
) -> InputError:
    """The error of a block whose line ``long`` is longer than ``limit``: a bad byte or a NUL
    on a line before it, or in its first ``limit`` bytes (:func:`long_line_head`), comes
    first; else the line is too long."""
    head = long_line_head(block, long, limit)
    bad = -1
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if bad < 0 and b"\0" not in head:
        return _long_line(name, error, before + long, limit)
    return _bad_in_block(block, bad, name, error, before)


def _decode_block(block: bytes, name: str, error: type[InputError], before: int, limit: int) -> str:
    """A block of whole lines as text; errors are located by line (after ``before`` lines).
    Of several problems (a line too long, a bad byte, a NUL) the first in the block is said,
    as the Dask readers say it."""
    long = long_line(block, limit)
    if long is not None:
        raise long_or_bad(block, long, name, error, before, limit)
    bad = -1
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if "\0" not in text:
            return text
    raise _bad_in_block(block, bad, name, error, before)


def _bad_in_block(
    block: bytes, bad: int, name: str, error: type[InputError], before: int
) -> InputError:
    """The error of the first NUL of ``block`` before offset ``bad`` (-1: anywhere), else of
    the bad byte at ``bad``."""
    nul = block.find(b"\0", 0, bad if bad >= 0 else len(block))
    head = block if before == 0 else b""
    if nul >= 0:
        line, column = _locate(block, nul, 0, bom=False)  # the file's was dropped
        message = nul_message(head, name=name, around=block, at=nul)
        return error(message, file=name, line=before + line, column=column)
    line, column = _locate(block, bad, 0, bom=False)
    message = not_utf8(block, bad, head, name=name)
    return error(message, file=name, line=before + line, column=column)


def _line_start(block: bytes, line: int) -> int:
    """The offset in ``block`` where its (1-based) line ``line`` starts."""
    at = 0
    for _ in range(line - 1):
        at = block.index(b"\n", at) + 1
    return at


def iter_lines(
    path: Source,
    *,
    max_bytes: int | None = None,
    max_line: int | None = None,
    error: type[InputError] = InputError,
    keep_ends: bool = False,
    gunzip: bool = False,
) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` for each line of a file or stdin, strict UTF-8.

    ``gunzip``: a file named ``*.gz``, ``*.bz2`` or ``*.xz`` is decompressed as it is read (see
    :func:`open_input`), as ``ipprules listings`` and ``ipprules plan`` read one.

    Lines end at ``\\n`` (a ``\\r\\n`` ending is removed whole; a lone ``\\r`` stays
    in the text; ``keep_ends=True`` keeps the endings, for :mod:`csv`). A UTF-8 byte order
    mark is dropped; UTF-16, NUL bytes, invalid UTF-8 and lines longer than ``max_line``
    bytes (default :data:`DEFAULT_MAX_LINE`) are refused with the line and column. The
    file is checked in blocks of 256 KiB, so an error may come before the lines of its
    block that precede it are yielded.
    """
    return _raw_lines(path, max_bytes, max_line, error, keep_ends=keep_ends, gunzip=gunzip)


def iter_csv(
    path: Source,
    *,
    max_bytes: int | None = None,
    max_line: int | None = None,
    error: type[InputError] = InputError,
    delimiter: str = ",",
    name: str | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """``(line number, row)`` for each CSV record; the number is the line the record starts on.

    Quoted cells may span lines (the next record's number counts them). Empty lines
    are skipped. The :mod:`csv` module's field size limit is raised to the size cap
    (a process-wide setting that only ever grows), so a large cell is never refused by
    it; malformed CSV (an unclosed quote, a stray quote) is reported with the line. A
    record holds at most :data:`MAX_RECORD` characters (or ``max_line``, if larger): past
    it, the error is at the quote that opened it (:func:`long_record`). ``name`` names the
    file in messages (default: :func:`source_name` of ``path``).
    """
    cap = allow_large_csv_fields(max_bytes)
    name = source_name(path) if name is None else name
    lines = _raw_lines(path, cap, max_line, error, keep_ends=True, name=name)
    most = max_line if type(max_line) is int else 0  # a longer line makes a longer record
    return _csv_rows(lines, name, error, delimiter, most=most)  # type: ignore[return-value]


def iter_csv_records(
    path: Source,
    *,
    max_bytes: int | None = None,
    max_line: int | None = None,
    error: type[InputError] = InputError,
    delimiter: str = ",",
) -> Iterator[tuple[int, list[str], list[str]]]:
    """:func:`iter_csv` with the record's lines as written (line ends kept) after its cells:
    ``(line number, row, lines)``, to place a cell with :func:`csv_cell_at`.

    >>> import io
    >>> rows = iter_csv_records(io.BytesIO(b'a,b\\n"x\\ny",bad\\n'))
    >>> [(line, csv_cell_at(lines, 1, line)) for line, _, lines in rows]
    [(1, (1, 3)), (2, (3, 4))]
    """
    cap = allow_large_csv_fields(max_bytes)
    name = source_name(path)
    lines = _raw_lines(path, cap, max_line, error, keep_ends=True)
    most = max_line if type(max_line) is int else 0
    return _csv_rows(lines, name, error, delimiter, keep=True, most=most)  # type: ignore[return-value]


def iter_csv_dialect(
    path: Source,
    is_header: Callable[[list[str]], bool],
    *,
    max_bytes: int | None = None,
    error: type[InputError] = InputError,
) -> tuple[str, Iterator[tuple[int, list[str], list[str]]]]:
    """:func:`iter_csv_records` split by the delimiter every CSV reader of ipprules takes
    from the file's header (:func:`csv_dialect`: an Excel ``sep=`` line's, else the first
    of a comma, ``;`` or a tab that makes the header one ``is_header`` takes, else the one
    that splits it into most cells): ``(delimiter, records)``. The lines up to the header
    are read here; a ``sep=`` line is a blank line.

    >>> import io
    >>> names = lambda cells: {"date", "kind"} <= set(cells)
    >>> delimiter, rows = iter_csv_dialect(io.BytesIO(b'date;kind\\n2024-01-01;"a;b"\\n'), names)
    >>> delimiter, [(line, row) for line, row, _ in rows]
    (';', [(1, ['date', 'kind']), (2, ['2024-01-01', 'a;b'])])
    """
    cap = allow_large_csv_fields(max_bytes)
    name = source_name(path)
    lines = _raw_lines(path, cap, None, error, keep_ends=True)
    head, delimiter = csv_dialect(lines, is_header, name=name, error=error)
    every = itertools.chain(head, lines)
    rows = _csv_rows(every, name, error, delimiter, keep=True)
    return delimiter, rows  # type: ignore[return-value]


def allow_large_csv_fields(max_bytes: int | None = None) -> int:
    """Raise the :mod:`csv` field size limit to the size cap (it only grows); return the cap.

    For readers that run :func:`csv.reader` over :func:`iter_lines` (``keep_ends=True``).
    """
    cap = byte_cap(max_bytes)
    limit = min(cap, _FIELD_MOST)  # the csv module takes a C long; no cell is 2 GiB anyway
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    return cap


#: The largest field size limit given to :func:`csv.field_size_limit` (a C ``long``, 32 bits
#: on Windows).
_FIELD_MOST = 2**31 - 1


#: The hint for a CSV header whose first cell is empty: what pandas' ``to_csv`` writes for
#: its index by default (every CSV reader that refuses an empty column name says it there).
PANDAS_INDEX = "is it the index pandas writes first? (write the file with to_csv(index=False))"

#: Written after a count refused for being a whole number with a decimal point (``20.0``).
PANDAS_FLOAT = (
    "write whole numbers without a decimal point (pandas writes an integer column that has "
    "missing values as floats: convert it with astype('Int64') before to_csv)"
)


def float_count(text: str) -> bool:
    """Whether ``text`` is a whole number written with a decimal point and zeros (``20.0``,
    ``3.00``), as pandas writes an integer column holding a missing value.

    >>> float_count("20.0"), float_count(" 3.00 "), float_count("2.5"), float_count("20")
    (True, True, False, False)
    """
    whole, point, zeros = text.strip().partition(".")
    return bool(point) and whole.isascii() and whole.isdigit() and set(zeros) == {"0"}


#: A whole number whose digits a spreadsheet's number format grouped by thousands.
_GROUPED = re.compile(r"\d{1,3}([,.\u00a0\u202f' ])\d{3}(?:\1\d{3})*")


def grouped_count(text: str) -> str | None:
    """The digits of ``text`` when it is a whole number grouped by thousands (``1,204``,
    ``1 204``, a Google Sheets or Excel display format), else None; a pandas float
    (``1.000``, :func:`float_count`) is not one.

    >>> grouped_count("1,204"), grouped_count("12\\u00a0345\\u00a0678"), grouped_count("1.000")
    ('1204', '12345678', None)
    >>> grouped_count("1,2"), grouped_count("1,204.5")
    (None, None)
    """
    text = text.strip()
    if float_count(text) or _GROUPED.fullmatch(text) is None:
        return None
    return re.sub(r"\D", "", text)


#: A number grouped by thousands with a decimal part, its mark the other one: ``1.234,5``
#: (a decimal comma's locale), ``1,234.5``, ``1 234,5``.
_GROUPED_DECIMAL = re.compile(r"\d{1,3}([,.\u00a0\u202f' ])\d{3}(?:\1\d{3})*([.,])(\d+)")


def grouped_number(text: str) -> str | None:
    """The number ``text`` stands for, written plainly (``1234``, ``1234.5``), when a
    spreadsheet's number format grouped its digits by thousands, with or without a decimal
    part after them (``1,234``, ``1.234,5``, ``1,234.5``, ``1 234,5``); else None. Shown in
    a refusal's hint only: a number is never read from it (``1,234`` is 1.234 where the
    decimal mark is a comma).

    >>> grouped_number("1.234,5"), grouped_number("1,234.5"), grouped_number("1,234")
    ('1234.5', '1234.5', '1234')
    >>> grouped_number("1.234.5"), grouped_number("1,234,5"), grouped_number("0,9")
    (None, None, None)
    """
    text = text.strip()
    if (digits := grouped_count(text)) is not None:
        return digits
    found = _GROUPED_DECIMAL.fullmatch(text)
    if found is None or found.group(1) == found.group(2):
        return None
    return re.sub(r"\D", "", text[: found.start(2)]) + "." + found.group(3)


def count_hint(text: str) -> str:
    """What a refused count ``text`` adds after its message when it is a whole number as a
    tool writes it: with a decimal point (pandas: :data:`PANDAS_FLOAT`) or grouped by
    thousands (:func:`grouped_count`), else nothing: one wording for a Good Faith history's
    counts and a violations file's points.

    >>> count_hint("1,204"), count_hint("7x")
    (': digits grouped by a number format; write 1204', '')
    >>> count_hint("1.234,5")
    ': digits grouped by a number format, 1234.5 with its decimals; write a whole number'
    >>> count_hint("20.0")[:40]
    ': write whole numbers without a decimal '

    A number padded with white space (Excel's Accounting format writes `` 20 ``) is told
    so, as a date so padded is:

    >>> count_hint(" 20 "), count_hint("20\u00a0")
    (': write it 20, without spaces', ': write it 20, without spaces')

    And one in full-width digits (a Chinese input method's), as a date so written is:

    >>> count_hint("\uff12\uff10")
    ': write it 20, in ASCII digits'

    And one written as an Excel text formula (:func:`ipprules._dates.excel_text`):

    >>> count_hint('="20"')
    ': an Excel text formula, ="...": write the value itself, 20'
    """
    from ipprules._dates import EXCEL_TEXT, SQL_NULL, excel_text, sql_null

    if (inner := excel_text(text)) is not None:
        return f": {EXCEL_TEXT}, {inner}{count_hint(inner)}"
    if sql_null(text):
        return f": {SQL_NULL}"
    if float_count(text):
        return f": {PANDAS_FLOAT}"
    if (digits := grouped_count(text)) is not None:
        return f": digits grouped by a number format; write {digits}"
    if (number := grouped_number(text)) is not None:
        return (
            f": digits grouped by a number format, {number} with its decimals; write a whole number"
        )
    bare = unicodedata.normalize("NFKC", text[:64]).strip()
    if bare != text and bare.isascii() and bare.isdigit():
        how = "in ASCII digits" if bare != text.strip() else "without spaces"
        return f": write it {bare}, {how}"
    return ""


#: What a reader says of a row that is its header again (``cat jan.csv feb.csv``).
HEADER_AGAIN = "the header again (two files joined?): delete this line"


#: What a reader says of an Excel ``sep=`` line inside a CSV: the first line of the second of
#: two exports joined (``cat jan.csv feb.csv``), its header again on the next line.
SEP_AGAIN = "an Excel sep= line inside the file (two exports joined?): delete this line"


def sep_again(cells: Sequence[str]) -> bool:
    """Whether the CSV record ``cells`` is an Excel ``sep=`` line, split by its delimiter
    (``sep=,`` read with commas is ``['sep=', '']``) or not (``sep=;`` read with commas).

    >>> sep_again(["sep=", ""]), sep_again(["sep=;"]), sep_again(["sep=x", ""])
    (True, True, False)
    """
    if not cells or not cells[0].startswith(("sep=", "\ufeffsep=")):  # cheap for every row
        return False
    first = cells[0].lstrip("\ufeff").strip()
    if len(cells) == 1:
        return sep_line(first) is not None
    return len(cells) == 2 and first == "sep=" and not cells[1].strip()


def header_again(cells: Sequence[str], names: Sequence[str]) -> bool:
    """Whether the row ``cells`` names the columns ``names`` (a header read by
    :func:`column_name`) as a header does: the second of two joined exports.

    >>> header_again(["\ufeffDate", "Kind "], ["date", "kind"])
    True
    >>> header_again(["2024-01-08", "general"], ["date", "kind"])
    False
    """
    return len(cells) >= len(names) > 0 and all(
        column_name(cell) == name for cell, name in zip(cells, names, strict=False)
    )


def header_renamed(cells: Sequence[str], names: Sequence[str]) -> str | None:
    """What a reader says of a row ``cells`` that is a header naming some columns otherwise
    than the file's header ``names`` (read by :func:`column_name`): the second of two
    exports joined, a column renamed between them. It is one when at least half of its
    cells, and at least 2 (its first among them), name the column of the header at their
    place; ``None`` for any other row (or the header again, :func:`header_again`).

    >>> print(header_renamed(["type", "date", "reason"], ["type", "date", "reason_code"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    a header again, naming a column otherwise ('reason' where the first header has
    'reason_code'): two files joined, a column renamed between them? delete this line, and
    check that the lines after it have the first header's columns, in its order
    >>> header_renamed(["complaint", "2024-01-08", "x"], ["type", "date", "reason_code"])
    """
    if len(cells) < len(names) or len(names) < 2 or column_name(cells[0]) != names[0]:
        return None
    if header_again(cells, names):
        return None
    same = [column_name(cell) == name for cell, name in zip(cells, names, strict=False)]
    if not same[0] or 2 * sum(same) < len(names):
        return None
    other = [
        f"{quoted(cell.strip())} where the first header has {quoted(name)}"
        for cell, name, alike in zip(cells, names, same, strict=False)
        if not alike
    ]
    return (
        f"a header again, naming {'a column' if len(other) == 1 else 'columns'} otherwise "
        f"({', '.join(other[:3])}): two files joined, a column renamed between them? delete "
        "this line, and check that the lines after it have the first header's columns, in "
        "its order"
    )


def named_width(header: Sequence[str]) -> int:
    """How many cells of a CSV ``header`` name columns: all but a spreadsheet's empty columns
    after the last named one (Excel's ``,,,``; a cell of white space is empty). The first
    cell always counts: a header of empty names is its reader's to refuse.

    >>> named_width(["url", "notes", "", " "]), named_width(["", "url"]), named_width(["", ""])
    (2, 2, 1)
    """
    named = len(header)
    while named > 1 and not header[named - 1].strip():
        named -= 1
    return named


def unnamed_cell(row: Sequence[str], named: int) -> tuple[int, str] | None:
    """The first cell of a record ``row`` past the ``named`` columns of its header
    (:func:`named_width`) that is not empty (white space is): its index and why it is
    refused; None when there is none (the empty cells of those empty columns are read).

    >>> unnamed_cell(["a", "b", "", " "], 2) is None, unnamed_cell(["a", "b", "", "x"], 2)[0]
    (True, 3)
    """
    for index in range(named, len(row)):
        if row[index].strip():
            return index, (
                f"cell {index + 1} holds {quoted(row[index])} under a column with no name: "
                "name the column in the header, or empty the cell"
            )
    return None


#: What a CSV reader says of a report export's footer line, one cell under the table
#: (Salesforce's "Copyright (c) 2000-2026 salesforce.com, inc. ...", "Confidential
#: Information - Do Not Distribute", "Generated By: ...").
REPORT_FOOTER = (
    "a report's footer line, not a row (Salesforce writes Copyright, Confidential "
    "Information and Generated By lines under the table): delete the lines after the table, "
    "or export the report's details only"
)
_FOOTER = re.compile(
    r"(?:copyright\s*(?:\(c\)|©)|©|confidential information\b|generated by:)", re.I
)


def report_footer(row: Sequence[str]) -> bool:
    """Whether a CSV record ``row`` is a report export's footer line (:data:`REPORT_FOOTER`):
    one cell holding text, which starts as Salesforce's footer lines do.

    >>> report_footer(["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."])
    True
    >>> report_footer(["Generated By:  Ann Lee  11/23/2026 10:00 AM", ""]), report_footer(["x"])
    (True, False)
    >>> report_footer(["Copyright (c) 2026", "https://a.example/1"])
    False
    """
    filled = [cell for cell in row if cell.strip()]
    return len(filled) == 1 and _FOOTER.match(filled[0].strip()) is not None


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
#: What follows a URL's query cut at a comma: its rest (``2&b=3``, ``%20x``), not a word.
_URL_REST = re.compile(r"[\d%&=][\w%&=.+\-/#~]*")


#: The words of a spreadsheet's totals line (``Total``, ``Grand total``, ``合计``).
_TOTALS = frozenset({"total", "totals", "grand total", "subtotal", "sum", "合计", "总计", "小计"})

#: What a reader says of a line that is a spreadsheet's totals, not a record.
TOTALS_LINE = (
    "a totals line (a spreadsheet's sum of the lines above), not a row: delete it (ipprules "
    "counts the rows itself)"
)


def totals_line(cells: Sequence[str]) -> bool:
    """Whether the record ``cells`` is a spreadsheet's totals line: one of its first two
    cells says so (:data:`_TOTALS`, any case, ``Total:`` too).

    >>> totals_line(["Total", "", "5"]), totals_line(["", "合计"]), totals_line(["taobao", "x"])
    (True, True, False)
    """
    return any(cell.strip().rstrip(":：").lower() in _TOTALS for cell in cells[:2])


#: Ditto marks: what a hand-kept table writes for "the same as the line above".
_DITTO = frozenset({"\u3003", '"', "\u201d", "''", "do.", "ditto"})


def as_above(cell: str) -> str:
    """What a reader of a table adds to the refusal of a required ``cell`` that is empty
    (white space is) or a ditto mark: a spreadsheet's merged cells export only their first
    line's value, and a hand-kept file may leave a cell empty, or mark it, to mean "as
    above". The value is never copied down (that would be a guess): ``""`` for any other.

    >>> as_above("")[:45], as_above("\u3003")[:16], as_above("2024-01-08")
    (' (an empty cell: merged cells, or a cell left', ' (a ditto mark: ', '')
    """
    text = cell.strip()
    if not text:
        what = "an empty cell: merged cells, or a cell left empty"
    elif text.lower() in _DITTO:
        what = "a ditto mark: a cell marked"
    else:
        return ""
    return (
        f" ({what} to mean the same as the line above? a line is read alone: "
        "write the value on every line; unmerge the cells before exporting)"
    )


def shape_hint(row: Sequence[str], width: int, delimiter: str | None = None) -> str:
    """What a CSV record ``row`` with a number of cells other than its header's ``width``
    seems to be, for a file that grew by hand (``""``: nothing to say): a line whose cells
    are separated by another delimiter than the header's (pasted from a tab or ``;`` file),
    a ``#`` comment, or a line whose cells past the header's are all empty (a delimiter
    too many at its end). ``delimiter`` is the file's, where the reader knows it.

    >>> print(shape_hint(["a;b;c"], 3))
    : its cells are separated by semicolons, not as the header's: write it as the other lines
    >>> shape_hint(["a", "b", "c", ""], 3, ",")[:46]
    ': its last cell is empty: a comma too many at '
    >>> shape_hint(["2024-01-08", "general", "case-12024-01-09", "general", "case-2"], 3)[:25]
    ': two lines run together?'
    >>> shape_hint(["# added by Ann"], 3)[:19], shape_hint(["a", "b"], 3)
    (': a comment line? a', '')
    """
    if len(row) == 1 and width > 1:
        cell = row[0]
        if cell.lstrip().startswith("#"):
            return ": a comment line? a CSV file has none: delete it (a remark goes in a cell)"
        for other in (",", ";", "\t", "|"):
            if other != delimiter and cell.count(other) == width - 1:
                mark = _DELIMITER_NAMES[other]
                return (
                    f": its cells are separated by {mark}s, not as the header's: "
                    "write it as the other lines"
                )
        return ""
    extra = row[width:]
    start = row[0].strip()[:4]
    if width > 2 and len(row) == 2 * width - 1 and start and start in row[width - 1]:
        return (
            ": two lines run together? it has two lines' cells but one, cell "
            f"{width} holding {quoted(row[width - 1], 60)}: a line break is missing (a file "
            "without a final line break joined to another): break the line there"
        )
    if len(row) > width and all(not cell.strip() for cell in extra):
        mark = _DELIMITER_NAMES.get(delimiter or "", "delimiter")
        cells = "cell is" if len(extra) == 1 else f"{len(extra)} cells are"
        return (
            f": its last {cells} empty: a {mark} too many at the line's end? delete it "
            "(if an empty cell was added inside the line, the cells after it moved right)"
        )
    return ""


def cells_count_message(header: Sequence[str], row: Sequence[str], delimiter: str = ",") -> str:
    """Why a CSV record ``row`` is refused when its number of cells is not its ``header``'s:
    the counts, and, when it has more cells, that a cell holding the ``delimiter`` must be
    quoted, the line's cells as read, and the cell that seems split (a URL cut in its query
    or at a trailing comma, else the last column's text run on). The planner, its Dask
    reader and the violations reader say it with this one helper, in the same words.

    >>> cells_count_message(["url", "notes"], ["x"])
    'expected 2 cells, got 1'
    >>> print(cells_count_message(["url", "notes"], ["https://a.b/1", "cheap", " fake"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    expected 2 cells, got 3: a cell that holds a comma must be quoted ("like, this");
    the line's cells as read: url='https://a.b/1', notes='cheap', cell 3 (no column)=' fake';
    the notes cell seems split at its commas: write it "cheap, fake"

    An Excel ``sep=`` line (the second of two exports joined) is said as one
    (:data:`SEP_AGAIN`):

    >>> cells_count_message(["url", "notes", "reason"], ["sep=", ""])[:36]
    'an Excel sep= line inside the file ('
    """
    if sep_again(row):  # the first line of the second of two exports joined
        return SEP_AGAIN
    said = f"expected {len(header)} cells, got {len(row)}"
    if len(row) < len(header) and report_footer(row):
        return f"{said}: {REPORT_FOOTER}"
    hint = shape_hint(row, len(header), delimiter)
    if hint:
        return said + hint
    if len(row) <= len(header):
        return said
    mark = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    named = [f"{name}={quoted(cell, 80)}" for name, cell in zip(header, row, strict=False)]
    extra = [f"cell {i + 1} (no column)={quoted(row[i], 80)}" for i in range(len(header), len(row))]
    shown = ", ".join(named + extra)
    said += (
        f': a cell that holds a {mark} must be quoted ("like{delimiter} this"); '
        f"the line's cells as read: {shown}"
    )
    for i, cell in enumerate(row[:-1]):
        rest = row[i + 1]
        cut = not rest.strip() or ("?" in cell and _URL_REST.fullmatch(rest) is not None)
        if "://" in cell and cut:
            column = header[i] if i < len(header) else f"cell {i + 1}"
            return f"{said}; the URL in {column} seems cut at a {mark} before {quoted(rest)}"
    last = len(header) - 1
    whole = delimiter.join(row[last:])
    whole = whole if len(whole) <= 60 else whole[:57] + "..."
    return f'{said}; the {header[last]} cell seems split at its {mark}s: write it "{whole}"'


#: The delimiters a CSV header is tried with, in this order (Excel writes ``;`` where the
#: decimal mark is a comma, and a tab in its "Unicode text" export).
CSV_DELIMITERS = (",", ";", "\t")
#: Excel's first line naming the delimiter: sep=, or sep=; (quoted by some exports).
_SEP_LINE = re.compile(r'"?sep=([,;\t|])"?')


def sep_line(text: str) -> str | None:
    """The delimiter an Excel ``sep=`` line names (``sep=;``, ``"sep=,"``), or None when
    ``text`` (a byte order mark and spaces around it ignored) is not such a line.

    >>> sep_line("\\ufeffsep=;"), sep_line('"sep=|"'), sep_line("sep=\\t"), sep_line("url;notes")
    (';', '|', '\\t', None)
    """
    text = text.lstrip("\ufeff")
    found = _SEP_LINE.fullmatch(text.strip(" \r\n")) or _SEP_LINE.fullmatch(text.strip())
    return None if found is None else found.group(1)


def comma_only_problem(
    cells: Sequence[str],
    line: str,
    is_header: Callable[[list[str]], bool],
    what: str,
    instead: str,
) -> str | None:
    """Why a CSV that ``what`` names (``"a history CSV"``), read with commas, is not one:
    its first ``line`` as written is an Excel ``sep=`` line, or its header, one cell
    of ``cells``, is split by ``;`` or a tab into columns ``is_header`` takes (a spreadsheet's
    export where the decimal mark is a comma, or its "Unicode text" one); None otherwise.
    ``instead``: the other format the reader takes.

    >>> is_header = lambda cells: {"date", "kind"} <= {c.strip() for c in cells}
    >>> comma_only_problem(["date;kind"], "date;kind", is_header, "a CSV", "JSON")
    "the header is split by ';', not by commas: a CSV is read comma-separated; export it with \
commas (or as JSON)"
    >>> comma_only_problem(["date", "kind"], "date,kind", is_header, "a CSV", "JSON") is None
    True
    """
    if sep_line(line) is not None:
        return f"an Excel sep= line: {what} starts with its header line; delete this line"
    if named_width(cells) != 1:
        return None
    other = header_delimiter(cells[0], is_header)
    if other is None or other == ",":
        return None
    return (
        f"the header is split by {other!r}, not by commas: {what} is read comma-separated; "
        f"export it with commas (or as {instead})"
    )


def sep_contradicted(given: str, header: str, is_header: Callable[[list[str]], bool]) -> str | None:
    """Why an Excel ``sep=`` line naming ``given`` does not fit the ``header`` line after it
    (the line's text, a byte order mark aside): its delimiter does not make a header
    ``is_header`` takes while another of :data:`CSV_DELIMITERS` does, or it does not split
    the header at all while another does. None when it fits. Excel's ``sep=`` line declares
    the delimiter: every CSV reader of ipprules refuses such a file with this, at the
    ``sep=`` line, rather than reading it by another delimiter.

    >>> names_url = lambda cells: "url" in (c.strip().lower() for c in cells)
    >>> sep_contradicted(";", "url,reason,notes", names_url)
    "the file's first line says sep=; but its header is separated by ','; delete the sep= \
line or fix it"
    >>> sep_contradicted(";", "url;reason", names_url), sep_contradicted(",", "url", names_url)
    (None, None)
    """
    header = header.lstrip("\ufeff")
    try:
        cells = next(csv.reader([header], delimiter=given), [])
    except csv.Error:  # pragma: no cover - the csv module's non-strict reader never raises
        cells = [header]
    if is_header(cells):
        return None
    other = header_delimiter(header, is_header)
    if other is None and len(cells) <= 1:
        counts = {d: header.count(d) for d in CSV_DELIMITERS if d != given}
        most = max(counts, key=lambda d: counts[d])
        other = most if counts[most] else None
    if other is None or other == given:
        return None
    shown = "\\t" if given == "\t" else given
    return (
        f"the file's first line says sep={shown} but its header is separated by {other!r}; "
        "delete the sep= line or fix it"
    )


def header_delimiter(
    text: str, is_header: Callable[[list[str]], bool], given: str | None = None
) -> str | None:
    """The delimiter that splits ``text`` into cells ``is_header`` takes for a header (one
    naming the column a reader needs): ``given`` alone (a ``sep=`` line named it), else the
    first of :data:`CSV_DELIMITERS` that does; None when none does. Cells are split as
    :mod:`csv` splits them (quoted or not); a delimiter the line is not valid CSV with is
    passed over.

    >>> names_url = lambda cells: "url" in (c.strip().lower() for c in cells)
    >>> header_delimiter("URL;notes", names_url), header_delimiter('"url"\\tnotes', names_url)
    (';', '\\t')
    >>> header_delimiter("url;notes", names_url, given=","), header_delimiter("a,b", names_url)
    (None, None)
    """
    for delimiter in (given,) if given else CSV_DELIMITERS:
        try:
            cells = next(csv.reader([text], delimiter=delimiter, strict=True), [])
        except csv.Error:
            continue
        if is_header(cells):
            return delimiter
    return None


class ReadAhead(Sequence[tuple[int, str]]):
    """Numbered lines read ahead of a file's first text, its blank lines kept as runs of
    their numbers and read back as ``(number, "")``: a file of millions of blank lines (within
    the size cap, or a small ``.zip`` or ``.gz`` of line ends) holds a few numbers, not a
    tuple of about 100 bytes each (review23: 64 MiB of line ends took 6.4 GB).

    >>> head = ReadAhead()
    >>> for number in (1, 2, 3):
    ...     head.blank(number)
    >>> head.append((4, "url"))
    >>> list(head), len(head), head[-1]
    ([(1, ''), (2, ''), (3, ''), (4, 'url')], 4, (4, 'url'))
    """

    def __init__(self) -> None:
        self._parts: list[list[int] | tuple[int, str]] = []  # [first, stop) or a line
        self._run: list[int] | None = None  # the last part, a run of blank lines
        self._len = 0

    def blank(self, number: int) -> None:
        """Add the blank line ``number`` (read back as ``(number, "")``)."""
        self._len += 1
        run = self._run
        if run is not None and run[1] == number:
            run[1] += 1
        else:
            self._run = run = [number, number + 1]
            self._parts.append(run)

    def append(self, line: tuple[int, str]) -> None:
        """Add a line as it is."""
        self._run = None
        self._parts.append(line)
        self._len += 1

    def __len__(self) -> int:
        return self._len

    def __repr__(self) -> str:
        return repr(list(self))

    def __iter__(self) -> Iterator[tuple[int, str]]:
        for part in self._parts:
            if isinstance(part, list):
                yield from zip(range(*part), itertools.repeat(""))
            else:
                yield part

    @overload
    def __getitem__(self, index: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, str] | list[tuple[int, str]]:
        if isinstance(index, slice):
            return list(self)[index]
        at = index + self._len if index < 0 else index
        if not 0 <= at < self._len:
            raise IndexError("line index out of range")
        for part in self._parts:
            size = part[1] - part[0] if isinstance(part, list) else 1
            if at < size:
                return (part[0] + at, "") if isinstance(part, list) else part
            at -= size
        raise AssertionError("unreachable")  # pragma: no cover - the length counts the parts


#: What a CSV line whose cells are all empty is made of, whichever delimiter splits it.
_EMPTY_ROW = ' \t\r\n\ufeff",;'


def csv_dialect(
    lines: Iterable[tuple[int, str]],
    is_header: Callable[[list[str]], bool],
    *,
    name: str = "",
    error: type[InputError] = InputError,
    comments: bool = False,
) -> tuple[ReadAhead, str]:
    """The first numbered ``lines`` of a CSV up to its header (blank lines and an Excel
    ``sep=`` line before it, made blank; with ``comments``, ``#`` lines too, as the planner
    reads its URLs, but for PowerShell's ``#TYPE`` line 1, left to be refused as the header:
    :data:`POWERSHELL_TYPE`) and its delimiter: the one a ``sep=`` line names,
    else the first of :data:`CSV_DELIMITERS` that makes the header one ``is_header`` takes
    (:func:`header_delimiter`), else the one that splits the header into most cells (an
    error about its columns then lists them). No header: the lines read and ``","`` (or
    what a ``sep=`` line named). The lines before the header are blank, and read back as
    ``""`` (:class:`ReadAhead`). A ``sep=`` line whose delimiter does not fit the header
    (:func:`sep_contradicted`) is an ``error`` at its line, naming the file ``name``.

    >>> head, delimiter = csv_dialect([(1, "sep=;"), (2, " "), (3, "a;b,c")],
    ...                               lambda cells: "b,c" in cells)
    >>> list(head), delimiter
    ([(1, ''), (2, ''), (3, 'a;b,c')], ';')
    >>> csv_dialect([(1, "a;b;c,d")], lambda cells: False)[1]
    ';'
    """
    head = ReadAhead()
    given: str | None = None
    sep_number = 0
    for number, text in lines:
        named = sep_line(text) if given is None and text.strip() else None
        if named is not None:
            given, sep_number = named, number
            text = ""
        if not text.strip(_EMPTY_ROW) or (comments and _comment_line(text, number)):
            head.blank(number)  # no cell holds anything: a blank line in any dialect
            continue
        head.append((number, text))
        if text.strip():
            header = text.lstrip("\ufeff")
            if (
                given is not None
                and sep_number
                and (said := sep_contradicted(given, header, is_header))
            ):
                raise error(said, file=name or None, line=sep_number)
            found = header_delimiter(header, is_header, given)
            return head, given or found or max(CSV_DELIMITERS, key=header.count)
    return head, given or ","


def _comment_line(text: str, number: int) -> bool:
    """Whether ``text`` (line ``number``) is a ``#`` comment the planner skips before a CSV
    header (:func:`ipprules.planner.inputs.read_lines`): not PowerShell's ``#TYPE`` line 1.

    >>> _comment_line(" # exported", 1), _comment_line("#TYPE System.Data.DataRow", 1)
    (True, False)
    """
    stripped = text.lstrip("\ufeff").strip()
    return stripped.startswith("#") and not (number == 1 and powershell_type([stripped]))


def _csv_rows(
    lines: Iterator[tuple[int, str]],
    name: str,
    error: type[InputError],
    delimiter: str,
    keep: bool = False,
    most: int = 0,
) -> Iterator[tuple[int, list[str]] | tuple[int, list[str], list[str]]]:
    kept = KeptLines(max(most, MAX_RECORD))
    at = [1, 0]  # the line the record read starts on, and the line read last (the numbers
    # given: a reader may leave lines out between records, see goodfaith._commas)

    def texts() -> Iterator[str]:
        for number, text in lines:
            held = kept.lines
            first = not held and not kept.pieces
            held.append(text)
            if len(held) > 1 and kept.more(text):
                return  # a record too long: csv says its quote never closes, csv_problem why
            at[0] = number if first else at[0]
            at[1] = number
            yield text

    reader = csv.reader(texts(), delimiter=delimiter, strict=True)
    header = True  # no row read yet: a bare carriage return there is an old Mac file's
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # placed at the cell that breaks the record, where one does
            if header and _BARE_CR in str(exc):
                raise error(OLD_MAC_LINES, file=name, line=at[1]) from None
            start = at[0]
            message, line = csv_problem(exc, at[1], start, kept)
            del reader  # its cell (4 bytes a character) is freed before the record is placed
            line, column = csv_error_at(kept.parts(), start, delimiter) or (line, None)
            raise error(f"not valid CSV: {message}", file=name, line=line, column=column) from None
        if row:
            header = header and not "".join(row).strip()
            yield (at[0], row, kept.take()) if keep else (at[0], row)
        kept.clear()


#: Lines of one CSV record kept one by one (:class:`KeptLines`); past them, they are joined.
FOLD = 1024
#: The most characters one CSV record may hold, its quoted cells' line breaks included: as
#: many as one line may (:data:`DEFAULT_MAX_LINE`). A quote never closed makes the rest of a
#: file one record, which :mod:`csv` holds at 4 bytes a character and the readers fed a
#: line at a time: past this, they stop and say where the quote opened (sweep inputs29).
MAX_RECORD = DEFAULT_MAX_LINE
#: One line of a piece of :class:`KeptLines` (each line but the file's last ends at ``\n``).
_PIECE_LINE = re.compile(r"[^\n]*+\n|[^\n]++")


class KeptLines:
    """The lines of the CSV record being read (line ends kept, each ending at ``\\n`` but
    the file's last), kept to place its cells. Readers add each line to :attr:`lines`, and
    call :meth:`more` for each line but the record's first: past :data:`FOLD` lines, they
    are joined into one piece (a ``str`` a line cost about 50 bytes for a line of 2
    characters: 36 bytes a byte of the file, sweep quote); past :attr:`most` characters,
    the reader stops feeding :mod:`csv` (which then says the quote never closes, and
    :func:`csv_problem` why).

    >>> kept = KeptLines()
    >>> for line in ["a,\\"b\\n"] * (FOLD + 1):
    ...     kept.lines.append(line)
    ...     if len(kept.lines) > 1 and kept.more(line):
    ...         break
    >>> len(kept.parts()), len(kept.take()), kept.parts()
    (2, 1025, [])
    >>> kept = KeptLines(most=12)
    >>> for line in ["a,\\"b\\n"] * 5:
    ...     kept.lines.append(line)
    ...     if len(kept.lines) > 1 and kept.more(line):
    ...         break
    >>> kept.over, kept.text()
    (True, 'a,"b\\na,"b\\n')
    """

    __slots__ = ("lines", "most", "over", "pieces", "size")

    def __init__(self, most: int | None = None) -> None:
        self.lines: list[str] = []
        self.pieces: list[str] = []
        self.most = MAX_RECORD if most is None else most
        self.size = 0  # characters of the record, once it has a second line
        self.over = False  # whether the record grew past :attr:`most` (it was not read)

    def more(self, line: str) -> bool:
        """Count ``line``, the last of :attr:`lines` and not the record's first. True when
        the record would hold more than :attr:`most` characters with it: ``line`` is taken
        out again (it is not read), :attr:`over` is set, and the reader stops."""
        size = (self.size or len(self.lines[0])) + len(line)
        if size > self.most:
            self.lines.pop()
            self.over = True
            return True
        self.size = size
        if len(self.lines) >= FOLD:
            self.fold()
        return False

    def fold(self) -> None:
        """Join :attr:`lines` into one piece."""
        self.pieces.append("".join(self.lines))
        self.lines.clear()

    def parts(self) -> list[str]:
        """The pieces, then the lines: for :func:`csv_error_at` (a part may hold lines)."""
        return [*self.pieces, *self.lines]

    def take(self) -> list[str]:
        """The lines kept, one a line (the pieces split again); none are kept after."""
        taken = self.lines
        if self.pieces:
            taken = [line for piece in self.pieces for line in _PIECE_LINE.findall(piece)] + taken
        self.lines, self.pieces, self.size = [], [], 0
        return taken

    def clear(self) -> None:
        """Keep no line (the record was read)."""
        self.lines.clear()
        self.pieces.clear()
        self.size = 0

    def text(self) -> str:
        """The lines joined."""
        return "".join(self.parts())


@functools.cache
def _cell_pattern(delimiter: str) -> re.Pattern[str]:
    """One CSV cell as :mod:`csv` reads it: quoted (two quotes inside stand for one) or not
    (up to the next delimiter or line end; a quote inside is a character like any other)."""
    return re.compile(r'"(?:[^"]++|"")*+"|[^\r\n' + re.escape(delimiter) + "]*+")


def csv_cell_at(
    lines: Sequence[str], index: int, line: int = 1, delimiter: str = ","
) -> tuple[int, int]:
    """``(line, column)`` where cell ``index`` of a CSV record starts in the file: ``lines``
    are the record's lines as its reader split them (line ends kept or not) and ``line`` the
    number of the first. The column counts characters from 1, as an editor counts them (a
    byte-order mark at the start of line 1 is not one). Cells are split as :mod:`csv` splits
    them (quoted cells may hold delimiters, doubled quotes and line breaks); an index past
    the last cell gives where the record ends. The one way every CSV reader of the project
    places a cell. A part may hold several lines, each ending at ``\\n`` (the pieces of
    :class:`KeptLines`).

    >>> csv_cell_at(['id,"a, ""b""\\n', 'c",bad\\n'], 2, line=5)
    (6, 4)
    >>> csv_cell_at(['id,"a\\nb\\n', 'c",bad\\n'], 2, line=5)  # lines 5 and 6 in one part
    (7, 4)
    >>> csv_cell_at(["\\ufeffurl;x;y"], 2, delimiter=";")
    (1, 7)
    """
    return csv_cells_at(lines, [index], line, delimiter)[index]


def csv_cells_at(
    lines: Sequence[str], indexes: Iterable[int], line: int = 1, delimiter: str = ","
) -> dict[int, tuple[int, int]]:
    """:func:`csv_cell_at` of each of ``indexes``, by index, in one pass over the record
    (placing each of 400,000 header cells one by one was quadratic: minutes).

    >>> csv_cells_at(['a,"b\\n', 'c",d\\n'], [3, 1, 2])
    {1: (1, 3), 2: (2, 4), 3: (2, 5)}
    """
    text = "".join(lines)
    pattern = _cell_pattern(delimiter)
    starts: dict[int, int] = {}
    pos = cell = 0
    ended = False  # past the last cell: every later index is where the record ends
    for index in sorted(set(indexes)):
        while cell < index and not ended:
            end = pattern.match(text, pos).end()  # type: ignore[union-attr]  # matches ""
            if not text.startswith(delimiter, end):
                pos, ended = end, True
                break
            pos = end + len(delimiter)
            cell += 1
        starts[index] = pos
    return {index: _placed(lines, pos, line) for index, pos in starts.items()}


def _placed(lines: Sequence[str], pos: int, line: int) -> tuple[int, int]:
    """``(line, column)`` of the character at ``pos`` of the record ``lines`` joined (see
    :func:`csv_cell_at`)."""
    for part in lines:
        if pos <= len(part) and not (pos == len(part) and part.endswith(("\n", "\r"))):
            start = part.rfind("\n", 0, pos) + 1  # a piece of lines (:class:`KeptLines`)
            if start:
                line += part.count("\n", 0, pos)
                pos -= start
            break
        pos -= len(part)
        line += part.count("\n", 0, -1) + 1
    else:  # past the last line end: the end of the last line
        line -= 1 if lines else 0
        pos = len(lines[-1].rstrip("\r\n").rpartition("\n")[2]) if lines else 0
    if line == 1 and lines and lines[0].startswith("\ufeff") and pos > 0:
        pos -= 1
    return line, pos + 1


def csv_error_at(
    lines: Sequence[str], line: int = 1, delimiter: str = ","
) -> tuple[int, int] | None:
    """``(line, column)`` where the cell that breaks a CSV record starts (:mod:`csv`'s strict
    errors): a quoted cell never closed, or a quoted cell with text after its closing quote
    (``"abc"def``, a stray quote at the start of a cell). ``lines`` are the record's lines
    from its first (line ends kept or not), ``line`` the number of the first. A bare carriage
    return after a cell (in it, as :mod:`csv` reads it) is named where it is. ``None`` when
    no cell breaks it (the error lies elsewhere: a cell too large...).

    >>> csv_error_at(['a,b,"never closed\\n', 'c,d\\n'], line=4)
    (4, 5)
    >>> csv_error_at(['a,"b"c,d\\n'], line=2), csv_error_at(['a;"x"";"y"z\\n'], delimiter=";")
    ((2, 3), (1, 3))
    >>> csv_error_at(['a,b\\rc,d\\n'], line=3), csv_error_at(['a,b,c\\n']) is None
    ((3, 4), True)
    """
    text = "".join(lines)
    quoted = re.compile(r'"(?:[^"]++|"")*+"')
    pos = 1 if line == 1 and text.startswith("\ufeff") else 0  # a byte-order mark is no cell's
    index = 0
    while True:
        if text.startswith('"', pos):
            found = quoted.match(text, pos)
            if found is None:  # never closed
                return csv_cell_at(lines, index, line, delimiter)
            end = found.end()
            if end < len(text) and not text.startswith(delimiter, end) and text[end] not in "\r\n":
                return csv_cell_at(lines, index, line, delimiter)  # text after the quote
        else:
            end = _cell_pattern(delimiter).match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith(delimiter, end):
            if not _CR_IN_CELL.match(text, end):
                return None
            # a bare carriage return after the cell: named where it is, or where the cell
            # starts when that is a quoted cell of several lines
            at_line, column = csv_cell_at(lines, index, line, delimiter)
            return (at_line, column) if "\n" in text[pos:end] else (at_line, column + end - pos)
        pos, index = end + len(delimiter), index + 1


#: A carriage return that breaks a record where a cell ends (:mod:`csv`: "new-line character
#: seen in unquoted field"): more text follows it on its line (``\r\r\n`` is a line end).
_CR_IN_CELL = re.compile(r"\r+[^\r\n]")


#: The refusal of a text whose lines end in bare carriage returns (old Mac line endings): read
#: by lines (``\n``), the whole file is one line, and a list would lose all its lines but one.
OLD_MAC_LINES = (
    "lines end in bare carriage returns (old Mac line endings): save the file with LF or CRLF "
    "line endings"
)


#: The :mod:`csv` module's words for a bare carriage return in a cell that is not quoted.
_BARE_CR = "new-line character seen in unquoted field"
#: The same in plain words, said by every CSV reader (after a header line, which says
#: :data:`OLD_MAC_LINES`).
BARE_CR_IN_CELL = (
    "a line break (a bare carriage return) inside a cell that is not quoted; a file saved "
    "with old Mac line endings (CR only) needs LF or CRLF ones"
)


def bare_cr_row(text: str, name: str, delimiter: str = ",", header: int = 1) -> None:
    r"""Raise the error every CSV reader gives where a line of ``text`` (a whole CSV file,
    lines ending in LF or CRLF) holds a bare carriage return outside a quoted cell: at the
    header (line ``header``) :data:`OLD_MAC_LINES`, after it ``not valid CSV:``
    :data:`BARE_CR_IN_CELL`; nothing when there is none or another CSV error comes first
    (the caller's reader words that one). For readers of a whole text (pandas splits a line
    at a bare CR, and read a row as two).

    >>> bare_cr_row("url\nhttps://a\rhttps://b\n", "u.csv")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: u.csv:2:10: $: not valid CSV: a line break (a bare carriage...
    >>> bare_cr_row('url,note\nhttps://a,"two\rlines"\n', "u.csv")  # quoted: kept
    """
    if "\r" not in text or _LONE_CR.search(text) is None:
        return
    reader = csv.reader(io.StringIO(text, newline="\n"), delimiter=delimiter, strict=True)
    start = 1  # the line the record being read starts on
    try:
        for _ in reader:
            start = reader.line_num + 1
    except csv.Error as exc:
        if _BARE_CR not in str(exc):
            return
        if reader.line_num <= header:
            raise InputError(OLD_MAC_LINES, file=name, line=reader.line_num) from None
        lines = text.split("\n", reader.line_num)[start - 1 : reader.line_num]
        line, column = csv_error_at(lines, start, delimiter) or (reader.line_num, None)
        message = f"not valid CSV: {BARE_CR_IN_CELL}"  # at its column, as one machine says
        raise InputError(message, file=name, line=line, column=column) from None


#: A carriage return that is not part of a CRLF line end.
_LONE_CR = re.compile(r"\r(?!\n)")


#: The characters :meth:`str.splitlines` (and so an editor or another program) may end a line
#: at, that no reader of ipprules does: a file whose lines end in one is one line.
LINE_SEPARATORS = {
    "\x0b": "a vertical tab (U+000B)",
    "\x0c": "a form feed (U+000C)",
    "\x85": "a next-line character (U+0085)",
    "\u2028": "a line separator (U+2028)",
    "\u2029": "a paragraph separator (U+2029)",
}
_SEPARATOR = re.compile(f"[{''.join(LINE_SEPARATORS)}]")


def separator_error(
    text: str, name: str, line: int, error: type[InputError] = InputError, at: int | None = None
) -> InputError | None:
    r"""The error for a line end no reader of ipprules takes (:data:`LINE_SEPARATORS`) in
    ``text``, line ``line`` of the file ``name``: the first such character (or the one at
    ``at``, an index into ``text``; nothing when that is not one), named at its column.
    Without ``at``, ``text`` must hold two inside it (a file whose lines end so: one alone
    may be a cell's text); one at either end (white space to :meth:`str.strip`) hides none.

    >>> str(separator_error("url\u2028https://a\u2028https://b", "u.txt", 1))[:45]
    'u.txt:1:4: $: a line separator (U+2028), wher'
    >>> separator_error("x\u2028y", "u.txt", 1, at=0), separator_error("a\fb\f", "u.txt", 1)
    (None, None)
    """
    if at is None:  # inside the line's text: one at either end hides nothing (white space)
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        found = _SEPARATOR.search(text, start, end)
        if found is None or _SEPARATOR.search(text, found.end(), end) is None:
            return None  # one alone is taken for the line's text ("a\u2028b"), not its lines
    else:
        found = _SEPARATOR.match(text, at)
    if found is None:
        return None
    return error(
        f"{LINE_SEPARATORS[found.group()]}, where no reader of ipprules ends a line (lines "
        "end at LF or CRLF alone): save the file with LF or CRLF line endings, or delete it",
        file=name,
        line=line,
        column=found.start() + 1,
    )


def old_mac_header(text: str, name: str, line: int) -> None:
    """:data:`OLD_MAC_LINES` at line ``line`` if ``text``, a CSV header line read up to its
    ``\n``, holds a carriage return before its end (``\r\n``, ``\r\r\n``): at its start
    too, where :func:`old_mac_line` trims it (a CR-only file whose line 1 is blank)."""
    if "\r" in text.rstrip("\r\n"):
        raise InputError(OLD_MAC_LINES, file=name, line=line)
    if (separator := separator_error(text, name, line)) is not None:
        raise separator


def old_mac_line(text: str, name: str, line: int, error: type[InputError] = InputError) -> None:
    """:data:`OLD_MAC_LINES` at line ``line`` if ``text`` (one line, read up to its ``\n``)
    holds a carriage return inside it (its ends stripped: a ``\r\r\n`` end is no break)."""
    if "\r" in text.strip():
        raise error(OLD_MAC_LINES, file=name, line=line)
    if (separator := separator_error(text, name, line, error)) is not None and not _one_json(text):
        raise separator


def _one_json(text: str) -> bool:
    """Whether ``text`` is one JSON object or array (a JSON Lines line): a line separator
    inside its strings is their text, not a line end (U+2028 is valid in a JSON string).

    >>> _one_json('{"note": "a\u2028b\u2028c"}'), _one_json('{"a": 1}\u2028{"a": 2}')
    (True, False)
    """
    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # "Extra data": objects one after another
        return False
    return True


def csv_problem(
    exc: Exception,
    line: int,
    start: int,
    kept: KeptLines | None = None,
    first: str | None = None,
) -> tuple[str, int]:
    """The :mod:`csv` module's message in plain words, and the line to name: ``line``, where
    the reader stopped, or ``start``, the first line of the record, for a quote never closed
    (the reader stops at the end of the file, far from the quote) or not closed within the
    most a record may hold (``kept``, the record's lines, grew past it: :class:`KeptLines`).
    A record whose first line (``first``, else the first of ``kept``) looks like a JSON
    object adds :data:`JSON_LINES_HINT` (a JSON Lines file given a ``.csv`` name).

    >>> csv_problem(csv.Error("unexpected end of data"), 90, 2)
    ('unexpected end of data (a quote opened on this line is never closed)', 2)
    >>> kept = KeptLines()
    >>> kept.over = True
    >>> csv_problem(csv.Error("unexpected end of data"), 90, 2, kept)[0]
    'a quote opened on this line is not closed within 1 MiB, the most one record may hold...'
    >>> csv_problem(csv.Error("bad"), 1, 1, first='{"url":"a","n":1}')[0]
    'bad (the line looks like JSON Lines, not CSV)'
    """
    message = str(exc)
    if _BARE_CR in message:  # not Python's advice to open the file in universal-newline mode
        return BARE_CR_IN_CELL, line
    if message == "unexpected end of data":
        if kept is not None and kept.over:
            return long_record(kept.most), start
        message += " (a quote opened on this line is never closed)"
        line = start
    if first is None and kept is not None and (kept.pieces or kept.lines):
        first = kept.parts()[0]
    if first is not None and _looks_json(first):
        message += JSON_LINES_HINT
    return message, line


#: What a CSV error adds when its record's first line looks like a JSON object.
JSON_LINES_HINT = " (the line looks like JSON Lines, not CSV)"


def jsonl_decode_error(
    exc: json.JSONDecodeError, text: str, name: str, line: int, *, first: bool
) -> InputError:
    """The error of the JSON Lines line ``text`` (line ``line`` of ``name``) that is no JSON:
    at its column, in the parser's words (with a JSON document's hint, :func:`_json_hint`, for
    a comment or a comma before ``}``; a comma after the object is named too), or, the
    file's ``first`` line holding something, that it looks like a TOML or JSON document's
    (:func:`document_line`: another command's file given a ``.jsonl`` name; not for an
    object that a hint follows: ``{"url": "x"},`` is a JSON Lines line with a comma).

    >>> try:
    ...     json.loads("[account]")
    ... except json.JSONDecodeError as exc:
    ...     print(jsonl_decode_error(exc, "[account]", "u.jsonl", 1, first=True))
    u.jsonl:1: $: the file looks like a TOML document (another command's file?), not JSON Lines
    >>> try:
    ...     json.loads("[")
    ... except json.JSONDecodeError as exc:
    ...     print(jsonl_decode_error(exc, "[", "h.jsonl", 1, first=True))  # doctest: +ELLIPSIS
    h.jsonl:1:2: $: the file is a JSON array written over lines, not JSON Lines (one JSON...
    """
    separator = separator_error(text, name, line, at=exc.pos)  # lines ending in U+2028
    if separator is not None:
        return separator
    hint = _json_hint(text, exc.pos)  # a comment or a trailing comma: as a .json file's
    if not hint and exc.msg == "Extra data" and text[exc.pos :].strip() == ",":
        hint = _COMMA_AFTER  # an array's items pasted without their brackets
    elif not hint and exc.msg == "Extra data" and text[exc.pos :].lstrip()[:1] == "{":
        hint = _OBJECT_AFTER  # two files joined, the first without its final line break
    if exc.msg.startswith("Unexpected UTF-8 BOM"):  # the parser's advice is for a programmer
        return InputError(BOM_INSIDE, file=name, line=line, column=1)
    whole = hint and text.lstrip("\ufeff").lstrip()[:1] == "{"  # an object, then that
    said = document_line(text, "JSON Lines") if first and not whole else None
    if said is not None and text.lstrip("\ufeff").strip() == "{":
        said += f"; or {JSON_OBJECT_LINES}"  # jq's output without -c: as likely
    if said is not None:
        return InputError(said, file=name, line=line)
    if first and text.lstrip("\ufeff").lstrip()[:1] == "[":  # a scraper's pretty-printed array
        return InputError(JSON_ARRAY_LINES, file=name, line=line, column=exc.colno)
    return InputError(f"not valid JSON: {exc.msg}{hint}", file=name, line=line, column=exc.colno)


#: What a JSON Lines reader adds when its file's first line is a lone ``{``: objects
#: pretty-printed over lines (``jq .`` without ``-c``, ``json.dumps(record, indent=2)``).
JSON_OBJECT_LINES = (
    "its objects are written over several lines (jq without -c, json.dumps with indent): "
    "write one object a line (jq -c . FILE)"
)


#: What a JSON Lines line whose object is followed by a comma alone adds to the parser's words.
_COMMA_AFTER = " (a comma after the object: JSON Lines has none between its lines; delete it)"


#: What a JSON Lines line with a second object after its first adds to the parser's words.
_OBJECT_AFTER = (
    " (a second object on the line: a line break is missing between them, as when a file"
    " without a final line break is joined to another: put each object on a line of its own)"
)


#: What a reader says of a line (not the file's first) that starts with a byte order mark:
#: the second of two files joined (``cat a.csv b.csv``), each saved with one.
BOM_INSIDE = (
    "the line starts with a byte order mark (U+FEFF), which only a file's start may have "
    "(two files joined, cat a.csv b.csv?): delete the mark, not the line"
)


#: What a JSON Lines reader says of a file whose first line opens a JSON array and is no
#: JSON of its own (``[`` alone, ``[{"a": 1},``: an array written over lines, valid JSON).
JSON_ARRAY_LINES = (
    "the file is a JSON array written over lines, not JSON Lines (one JSON object a line): "
    "write its objects one a line (jq -c '.[]' FILE)"
)


def jsonl_value(
    text: str,
    name: str,
    line: int,
    *,
    first: bool,
    old_mac: bool = False,
    column: int | None = None,
) -> Any:
    """The JSON value of the JSON Lines line ``text`` (line ``line`` of ``name``), read by
    :func:`loads_json`: the one reading of a line for ``ipprules listings``, the planner and a
    Good Faith history. What it refuses is an :class:`~ipprules.errors.InputError` naming the
    file, line and column: nested too deep, not JSON (:func:`jsonl_decode_error`; ``old_mac``:
    a carriage return inside the line is :data:`OLD_MAC_LINES` first), a lone surrogate, a key
    twice, ``NaN`` or a number too large at its place (``column`` where it cannot be found).

    >>> jsonl_value('{"url": "x"}', "in.jsonl", 1, first=True)
    {'url': 'x'}
    >>> try:
    ...     jsonl_value('{"n": NaN}', "in.jsonl", 2, first=False)
    ... except InputError as exc:
    ...     print(exc)
    in.jsonl:2:7: $: not valid JSON: NaN is not allowed
    """
    if (
        len(text) > NEVER_TOO_DEEP
        and text.count("[") + text.count("{") > MAX_DEPTH
        and json_too_deep(text)
    ):
        # as a JSON document is refused (Python's parser went on to ~1,000 levels)
        raise InputError(TOO_DEEP, file=name, line=line, column=1)
    try:
        return loads_json(text)
    except json.JSONDecodeError as exc:  # in the parser's words
        if old_mac:
            old_mac_line(text, name, line)  # lines ending in \r alone: one line ("Extra data")
        raise jsonl_decode_error(exc, text, name, line, first=first) from None
    except RecursionError:
        raise InputError(TOO_DEEP, file=name, line=line, column=1) from None
    except LoneSurrogate as exc:
        raise surrogate_error(exc, text, name, line=line - 1) from None
    except ValueError as exc:  # huge integers, a key twice...
        located = duplicate_key_error(text, str(exc), name, line=line)
        if located is not None:
            raise located from None
        at = _json_error_place(text, str(exc))[1] or column  # NaN, 1e999: at its place
        raise InputError(f"not valid JSON: {exc}", file=name, line=line, column=at) from None


def json_lines_line(line: str, instead: str, read: str) -> str | None:
    """What a reader of CSV alone says of a header ``line`` that is a whole JSON object (a
    JSON Lines file given a ``.csv`` name): ``instead`` names what it wanted, ``read`` what
    it reads JSON from. None for any other line.

    >>> json_lines_line('{"date": "2024-01-08"}', "a violations CSV", "a .json file")
    'the file looks like JSON Lines, not a violations CSV (JSON is read from a .json file)'
    >>> json_lines_line("date,kind", "a violations CSV", "a .json file")

    A JSON array of objects on the line (``jq -c .`` of an array) is said so:

    >>> json_lines_line('[{"date": "2024-01-08"}]', "a violations CSV", "a .json file")
    'the file looks like JSON (an array of objects on one line), not a violations CSV (JSON \
is read from a .json file)'
    """
    bare = line.lstrip("\ufeff").strip()
    if bare[:1] == "[" and bare[-1:] == "]" and _looks_json(bare[1:-1]):
        what = "JSON (an array of objects on one line)"
    elif _looks_json(line):
        what = "JSON Lines"
    else:
        return None
    return f"the file looks like {what}, not {instead} (JSON is read from {read})"


def document_line(line: str, instead: str = "CSV") -> str | None:
    """What a CSV reader says of a file whose first line that holds something, ``line``,
    looks like a line of another command's TOML or JSON document (a plan, an account, a
    calendar), rather than a header it could not use: ``[section]``, ``key = value`` or a
    ``# comment`` (TOML's), a lone ``{`` or ``"key": value`` (JSON's). ``instead`` names
    what the reader wanted. None for any other line: an Excel ``sep=`` line
    (:func:`sep_line`), a whole JSON object on the line (JSON Lines: :data:`JSON_LINES_HINT`),
    a ``[`` (a JSON array of URLs may be read as lines).

    >>> document_line("[account]")
    "the file looks like a TOML document (another command's file?), not CSV"
    >>> document_line("{", "a list of URLs")
    "the file looks like a JSON document (another command's file?), not a list of URLs"
    >>> document_line("date,kind"), document_line('{"url": "a"}'), document_line("sep=\\t")
    (None, None, None)
    >>> document_line("sep=x")
    "an Excel sep= line naming 'x': a CSV is split by ',', ';', a tab or '|' (write..."
    """
    text = line.lstrip("\ufeff").strip()
    if sep_line(line) is not None:  # Excel's "sep=;" (or a tab), not a TOML key
        return None
    odd = _ODD_SEP.fullmatch(text)
    if odd is not None:  # "sep=x", "sep=;;", "sep=": Excel's line, naming no delimiter read
        named = repr(odd.group(1)) if odd.group(1) else "nothing"
        return f"an Excel sep= line naming {named}: {ODD_SEP_HINT}"
    if _TOML_FIRST.match(text) and (text[:1] != "#" or text[1:2] in ("", " ")):
        kind = "TOML"
    elif text == "{" or _JSON_MEMBER.match(text) or text.startswith(('{"', "{ ")):
        kind = "JSON" if not _looks_json(text) else ""
    else:
        kind = ""
    return (
        f"the file looks like a {kind} document (another command's file?), not {instead}"
        if kind
        else None
    )


#: An Excel ``sep=`` line naming no delimiter :func:`sep_line` takes (a letter, two, none).
_ODD_SEP = re.compile(r'"?sep=([^"\s]{0,8})"?')
#: What :func:`document_line` says of such a line, after what it names.
ODD_SEP_HINT = (
    "a CSV is split by ',', ';', a tab or '|' (write sep=; or the delimiter the file uses, "
    "or remove the line)"
)


#: The most lines :func:`document_in` reads for a document's first line.
_DOCUMENT_LOOK = 256


def document_in(lines: Iterable[tuple[int, str]], instead: str) -> tuple[str, int] | None:
    """What :func:`document_line` says of the first of the numbered ``lines`` that is
    neither blank nor a ``#`` comment, and its number; None when it says nothing, or no such
    line is among the first :data:`_DOCUMENT_LOOK`. The planner's rule for its first line
    (comments and blank lines before it skipped), for a reader that has refused a header
    already and says why: a plan's ``[account]`` after its comments is found.

    >>> document_in([(1, "# a plan"), (2, ""), (3, "[account]")], "CSV")
    ("the file looks like a TOML document (another command's file?), not CSV", 3)
    >>> document_in([(1, "# exported"), (2, "seller,shop")], "CSV") is None
    True
    """
    for number, text in itertools.islice(lines, _DOCUMENT_LOOK):
        head = text.lstrip("\ufeff").strip()
        if head and not head.startswith("#"):
            said = document_line(text, instead)
            return None if said is None else (said, number)
    return None


def _looks_json(text: str) -> bool:
    """Whether the first line of ``text`` looks like a JSON object (``{...}``)."""
    end = text.find("\n")
    line = (text if end < 0 else text[:end]).lstrip("\ufeff").strip()
    return line.startswith("{") and line.endswith("}")


def long_record(most: int) -> str:
    """What is said of a CSV record that grew past ``most`` characters (:data:`MAX_RECORD`):
    a quoted cell whose closing quote is missing, most likely.

    >>> long_record(MAX_RECORD)
    'a quote opened on this line is not closed within 1 MiB, the most one record may hold
    (is its closing quote missing?)'
    """
    return (
        f"a quote opened on this line is not closed within {_size(most)}, the most one "
        "record may hold (is its closing quote missing?)"
    )


def long_record_at(
    text: str,
    delimiter: str = ",",
    *,
    until: int | None = None,
    keep_cr: bool = True,
    most: int | None = None,
) -> tuple[int, int | None] | None:
    """``(line, column)`` of the quote that opens the first record of a whole CSV ``text``
    (lines ending in ``\\n``) holding more than ``most`` characters (:data:`MAX_RECORD`),
    counted as the readers of lines count them (:class:`KeptLines`: a record of one line is
    never counted); only records that start before line ``until``. ``None`` when there is
    none, or when a CSV error within the cap comes first (the caller words that one).
    ``keep_cr``: a ``\\r`` before a ``\\n`` counts (the readers fed lines with their ends:
    histories, violations); else each line counts its text and one ``\\n`` (the planner,
    ``ipprules listings``). For the readers of a whole text (Dask's), which read such a
    record where one machine refuses it (:func:`long_record`).

    >>> text = 'a,b\\n1,"x\\n' + "y\\n" * 40 + '"\\n2,3\\n'
    >>> long_record_at(text), long_record_at(text, most=60), long_record_at(text, most=90)
    (None, (2, 3), None)
    >>> long_record_at(text[:-6], most=60), long_record_at(text[:-6], most=90)  # never closed
    ((2, 3), None)
    """
    most = MAX_RECORD if most is None else most
    if len(text) < most or '"' not in text:  # a record of it holds at most len(text) + 1
        return None
    allow_large_csv_fields(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline="\n"), delimiter=delimiter, strict=True)
    start = 1  # the first line of the next record
    try:
        for row in reader:
            if until is not None and start >= until:
                return None
            end = reader.line_num
            found = record_over(text, row, start, end, delimiter, keep_cr=keep_cr, most=most)
            if found is not None:
                return found
            start = end + 1
    except csv.Error as exc:  # within the cap: the caller's error; past it, ours
        if until is not None and start >= until:
            return None
        end = reader.line_num if str(exc) != "unexpected end of data" else 0  # 0: to the end
        return _record_over(text, start, end, delimiter, keep_cr, most)
    return None


def record_over(
    text: str,
    row: list[str],
    start: int,
    end: int,
    delimiter: str = ",",
    *,
    keep_cr: bool = True,
    most: int | None = None,
) -> tuple[int, int | None] | None:
    """For a reader of a whole CSV ``text`` that read the cells ``row`` from lines ``start``
    to ``end``: where that record is refused (:func:`long_record_at`) if it holds more than
    ``most`` (:data:`MAX_RECORD`) characters, else ``None``. Cheap: a record of one line,
    or whose cells could not be written in more, is not looked at again.

    >>> cell = "x\\n" + "y\\n" * 40
    >>> text = f'a\\n"{cell}"\\n'
    >>> record_over(text, [cell], 2, 43), record_over(text, [cell], 2, 43, most=60)
    (None, (2, 1))
    """
    most = MAX_RECORD if most is None else most
    if end <= start or _most_raw(row) <= most:
        return None
    return _record_over(text, start, end, delimiter, keep_cr, most)


def _most_raw(row: list[str]) -> int:
    """The most characters the CSV record of ``row``'s cells can be written in: each cell
    quoted, its quotes doubled, a one-character delimiter, and a ``\\r\\n`` end."""
    joined = "".join(row)
    return len(joined) + joined.count('"') + 3 * len(row) + 1


def _record_over(
    text: str, start: int, end: int, delimiter: str, keep_cr: bool, most: int
) -> tuple[int, int | None] | None:
    """Where the record of lines ``start`` to ``end`` (0: the end of ``text``) of a whole
    CSV ``text`` is refused (:func:`long_record_at`), if it holds more than ``most``."""
    pos = _lines_end(text, 0, start - 1)
    stop = len(text) if end == 0 else _lines_end(text, pos, end - start + 1)
    if text.find("\n", pos, stop - 1) < 0 or _counted(text, pos, stop, keep_cr) <= most:
        return None  # one line (never counted), or no more than the cap
    return _over_at(text, pos, stop, start, delimiter, keep_cr, most)


def _lines_end(text: str, pos: int, count: int) -> int:
    """Where the ``count`` lines of ``text`` from ``pos`` end (after their ``\\n``)."""
    for _ in range(count):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return len(text)
    return pos


def _counted(text: str, pos: int, stop: int, keep_cr: bool) -> int:
    """The characters a reader of lines counts for ``text[pos:stop]`` (whole lines): as
    they are, or (``keep_cr`` false) each line's text and one ``\\n``."""
    if keep_cr:
        return stop - pos
    size = stop - pos + (0 if text.endswith("\n", pos, stop) else 1)  # a last line gets \n
    return size - text.count("\r\n", pos, stop)


def _over_at(
    text: str, pos: int, stop: int, start: int, delimiter: str, keep_cr: bool, most: int
) -> tuple[int, int | None]:
    """Where the record ``text[pos:stop]`` (from line ``start``) is refused: its cell that
    breaks once cut to the lines :class:`KeptLines` keeps of it (the quote left open)."""
    kept: list[str] = []
    size = 0
    for line in _PIECE_LINE.finditer(text, pos, stop):
        size += _counted(text, line.start(), line.end(), keep_cr)
        if kept and size > most:
            break
        kept.append(line.group())
    found = csv_error_at(kept, start, delimiter)
    return (start, None) if found is None else found


@attrs.frozen
class Document:
    """A parsed JSON or TOML file: its data and a way to find the line of a JSON path."""

    name: str
    text: str
    data: Any
    format: str
    _toml_index: _TomlIndex | None = attrs.field(default=None, init=False, eq=False, repr=False)
    _json_index: _JsonIndex | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def locate(self, path: str) -> tuple[int, int] | None:
        """``(line, column)`` of the value at a JSON path, when it can be found; for a path
        the document does not hold (a required key left out), that of the nearest value
        that encloses it.

        In TOML a name is where its key is written: a table's own ``[header]`` when it has
        one (even after its sub-tables), else its first mention (a dotted key, or a header
        that goes through it); an index is where the element starts (the ``[[header]]`` of
        an array of tables' element). The root table is where the document's first key or
        header is, as a JSON document's is at its ``{`` (so a key missing from it is placed
        there); a document of comments only has no position (None). The positions are read
        in one pass over the text, on the first call, and kept.

        >>> doc = parse_document(
        ...     'documents = [\\n  { kind = "a" },\\n  { kind = 3 },\\n]\\n', "p.toml", "toml"
        ... )
        >>> doc.locate("$.documents[1].kind"), doc.locate("$.documents[1].kind.deeper")
        ((3, 5), (3, 5))
        >>> doc.locate("$.documents[1]"), doc.locate("$.documents"), doc.locate("$")
        ((3, 3), (1, 1), (1, 1))
        >>> parse_document("# a comment\\n\\n[seller]\\n", "p.toml", "toml").locate("$.platform")
        (3, 1)
        """
        parts = _split_path(path)
        if parts is None:
            return None
        while True:
            found = self._locate(parts)
            if found is not None or not parts:
                return found
            parts = parts[:-1]

    def locate_key(self, path: str, key: str) -> tuple[int, int] | None:
        """``(line, column)`` of ``key`` (any string) in the table at a JSON path, where an
        unknown key is named: in JSON its opening quote, in TOML where :meth:`locate` places
        a name; else :meth:`locate`'s answer for ``path``.

        >>> doc = parse_document('{"a": 1,\\n "c o": [2]}', "p.json", "json")
        >>> doc.locate_key("$", "c o"), doc.locate("$")
        ((2, 2), (1, 1))
        """
        parts = _split_path(path)
        if parts is not None:
            parts = [*parts, key]
            if self.format == "json":
                found = self._json().position(parts, key=True)
            else:
                found = self._locate(parts)
            if found is not None:
                return found
        return self.locate(path)

    def _locate(self, parts: list[str | int]) -> tuple[int, int] | None:
        if self.format == "json":
            return self._json().position(parts)
        index = self._toml_index
        if index is None:  # built once, on the first locate: one pass over the text
            index = _TomlIndex(self.text)
            object.__setattr__(self, "_toml_index", index)
        return index.position(parts)

    def _json(self) -> _JsonIndex:
        index = self._json_index
        if index is None:  # kept: what one locate scans, the next does not scan again
            index = _JsonIndex(self.text)
            object.__setattr__(self, "_json_index", index)
        return index


def read_document(
    path: Source,
    *,
    error: type[InputError] = InputError,
    max_bytes: int | None = None,
    fmt: str | None = None,
) -> Document:
    """Read a ``.json`` or ``.toml`` file (by its suffix, or ``fmt``; JSON otherwise).

    ``"-"`` reads stdin; stdin and a stream without a name (``io.StringIO(text)``) are read as
    TOML or JSON by their text (:func:`stdin_format`). The size cap, strict UTF-8 and a
    nesting-depth cap (:data:`MAX_DEPTH`, checked before parsing) apply.
    """
    name = source_name(path)
    text = read_text(path, max_bytes=max_bytes, error=error)
    return document_from_text(text, name, error=error, fmt=fmt)


def document_from_text(
    text: str, name: str, *, error: type[InputError] = InputError, fmt: str | None = None
) -> Document:
    """:func:`read_document` of a text already read (a stream's, whose first line told that
    it is no history: :func:`~ipprules.goodfaith.plan.read_plan`), named ``name``."""
    if fmt is None and name in ("<stdin>", "<stream>"):  # no suffix to tell the format by
        fmt = stdin_format(text)
    guessed = fmt is None and not name.lower().endswith((".json", ".toml"))
    if fmt is None:
        fmt = "toml" if name.lower().endswith(".toml") else "json"
    try:
        return parse_document(text, name, fmt, error=error)
    except InputError as exc:
        said = exc.problems[0].message
        if not guessed or not said.startswith("not valid JSON") or not text.strip():
            raise
        raise _read_as_json(exc, error, text) from None


#: A TOML document's name an editor gave one suffix too many: ``plan.toml.txt``.
_ADDED_TXT = re.compile(r"\.toml(\.txt)$", re.IGNORECASE)


def _read_as_json(exc: InputError, error: type[InputError], text: str) -> InputError:
    """``exc`` (a file named neither ``*.json`` nor ``*.toml``, read as JSON, and not JSON)
    with a hint saying so: ``plan.txt`` holding TOML was "not valid JSON: Expecting value"
    at line 1, column 1, as if a character were wrong. A ``text`` that looks like another
    command's rows (:func:`rows_look`: a CSV, JSON Lines, a list of URLs) says so instead:
    naming a history ``*.toml`` would not help. A ``plan.toml.txt`` (Notepad's added ``.txt``)
    is told to lose its ``.txt``, without the JSON parser's words, which named a comment or a
    character of a document that is no JSON."""
    first, *rest = exc.problems
    what = rows_look(text)
    added = _ADDED_TXT.search(first.file or "")
    if added is not None:  # plan.toml.txt: the editor's .txt, not the document, is wrong
        meant = (first.file or "")[: added.start(1)]
        hint = (
            f"a file named *{added[0]} is read as JSON, by its last suffix (an editor such as "
            f"Notepad added .txt to the name typed): rename the file {os.path.basename(meant)}"
        )
        return error(problems=[Problem(hint, first.path, first.file), *rest])
    if what is not None:  # "name a TOML document *.toml" was said of a history.csv too
        hint = f"{first.message}; {what}, not a JSON or TOML document"
    elif _yaml_first(text):  # plan.yaml: naming it *.toml would not help
        hint = f"{first.message} (the file looks like YAML: ipprules reads TOML and JSON, not YAML)"
    else:
        hint = (
            f"{first.message} (a file whose name ends in neither .json nor .toml is read as "
            "JSON: name a TOML document *.toml)"
        )
    moved = Problem(hint, first.path, first.file, first.line, first.column)
    return error(problems=[moved, *rest])


def _yaml_first(text: str) -> bool:
    """Whether the first line of ``text`` that holds something (and is no ``#`` comment) is
    a YAML line (``account:``, ``- event: x``, ``---``) that no TOML or JSON document opens
    with."""
    line = next(_content_lines(text), "")
    found = _OTHER_FORMAT.match(line)
    return found is not None and not found["json"] and not _TOML_FIRST.match(line)


def rows_look(text: str) -> str | None:
    """What ``text``, not a JSON or TOML document, looks like by its first line that holds
    something and is not a ``#`` comment: ``the file looks like a CSV file (another
    command's input?)`` for a line split by a comma, a semicolon or a tab (a header of a kind
    of :data:`_CSV_KINDS` names the kind and its command instead), likewise JSON
    Lines (a JSON object on a line, then another) and a list of URLs (``://``); None where
    it may be a TOML or JSON document with an error (a ``key =``, a ``[table]``, a ``{``).

    >>> rows_look("when,what\\n2024-03-04,general\\n")
    "the file looks like a CSV file (another command's input?)"
    >>> rows_look("\\ufeffdate;kind\\n2024-03-04;general\\n")  # an Excel export: its kind
    'the file looks like a violations file (for `ipprules penalties`)'
    >>> rows_look('# urls\\nhttps://a.example/1\\n')
    "the file looks like a list of URLs (another command's input?)"
    >>> rows_look("# plan\\n[account]\\nname = 'x', 1\\n") is None
    True
    """
    lines = _content_lines(text)
    line = next(lines, None)
    if line is None or _TOML_FIRST.match(line) or _JSON_MEMBER.match(line):
        return None  # a TOML or JSON document, with an error
    if _looks_json(line):  # a whole object on the line: JSON Lines if another follows
        what = "JSON Lines" if _looks_json(next(lines, "")) else None
    elif line.startswith(("{", "[")):
        what = None
    elif any(mark in line for mark in ",;\t"):
        if (kind := _csv_kind(line)) is not None:  # the command it is for: named
            return f"the file looks like {kind}"
        what = "a CSV file"
    else:
        what = "a list of URLs" if "://" in line else None
    return None if what is None else f"the file looks like {what} (another command's input?)"


def _csv_kind(line: str) -> str | None:
    """The kind of CSV (:data:`_CSV_KINDS`: a Good Faith history, a violations file, a list
    of listing URLs) whose header ``line`` is, split at its first comma, semicolon or tab;
    None for a header of no kind."""
    delimiter = min((line.find(mark), mark) for mark in ",;\t" if mark in line)[1]
    names = {column_name(cell) for cell in next(csv.reader([line], delimiter=delimiter))}
    names -= {""}
    for what, needed, known in _CSV_KINDS.values():
        if needed <= names <= known:
            return what
    return None


#: A JSON object's member (``"name": ``), as a line of JSON written without its braces.
_JSON_MEMBER = re.compile(r'"(?:[^"\\\n]|\\.)*+"[ \t]*:')


def _content_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` that hold something and are not ``#`` comments, stripped (and
    without a BOM), read one at a time from the start."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].lstrip("\ufeff").strip()
        start = end + 1
        if line and not line.startswith("#"):
            yield line


def stdin_format(text: str) -> str:
    """JSON or TOML for a document on stdin, which has no suffix: JSON when it starts with
    ``{``, else TOML when it reads as TOML (a key or a table first; a JSON array does not).
    A document that reads as neither is told by its first line: TOML when it is a comment,
    a ``key = `` or a ``[table]`` header (JSON has none of them), or a YAML line (whose TOML
    error names it), so that its error is TOML's, at its line, as in a ``.toml`` file; JSON
    otherwise (whose error then says what is wrong).

    >>> stdin_format('x = 1\\n@@@'), stdin_format('[1, 2'), stdin_format('{"a": 1}')
    ('toml', 'json', 'json')
    """
    head = text.lstrip()
    if not head or head.startswith("{"):
        return "json"
    if _TOML_FIRST.match(first := head.split("\n", 1)[0]):  # TOML whether it reads or not:
        return "toml"  # the document is not parsed twice (it was, here and by its reader)
    if (other := _OTHER_FORMAT.match(first)) is not None and not other["json"]:
        return "toml"  # YAML: refused as TOML, whose error names the YAML line
    try:
        if _long_toml_number(text) is not None:  # not read by tomllib (memory): by line 1
            raise ValueError
        tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return "json"
    return "toml"


_BARE_KEY = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')"""
_DOTTED_KEY = rf"{_BARE_KEY}(?:[ \t]*\.[ \t]*{_BARE_KEY})*"
#: The first line of a TOML document: a comment, a key and ``=``, or a table header.
_TOML_FIRST = re.compile(
    rf"#|{_DOTTED_KEY}[ \t]*=|\[\[?[ \t]*[A-Za-z0-9_-]+(?:[ \t]*\.[ \t]*{_BARE_KEY})*[ \t]*\]"
)


# Strings are read a run of plain characters at a time, possessively: a repeat of a
# one-character alternation keeps a backtracking entry per character (a 20 MB string took
# 2.4 GB); these keep none, and match exactly what the plain forms match. A string that
# does not end (no closing quote where its escapes leave one) is read to where it stops, and
# the reading goes on from there: it was retried from each quote escaped in it, so that
# '"\"' * 20_000 (40 KB) took 4.6 s of CPU; the parser refuses such a string where it
# starts, before any bracket after it.
_JSON_SKIP = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[^\[\]{}"]+')
_TOML_SKIP = re.compile(
    r'"""(?:[^"\\]++|\\.|"(?!""))*+(?:""")?|\'\'\'.*?\'\'\'|"(?:[^"\\\n]++|\\.)*+"?|\'[^\'\n]*\''
    r"|#[^\n]*|[^\[\]{}\"'#]+",
    re.DOTALL,
)
# What the depth check keeps of a text: its brackets, and the quotes that open no string.
# All that is skipped up to the next bracket is read by one match, and a run of brackets is
# kept whole (a substitution tried the skipping at each bracket: a text of brackets only
# took five times as long as this). The same text as removing what the skipping matches.
_JSON_KEEP = re.compile(rf"(?:{_JSON_SKIP.pattern})*+([\[\]{{}}]++|'?)")
_TOML_KEEP = re.compile(rf"(?:{_TOML_SKIP.pattern})*+([\[\]{{}}]++|'?)", re.DOTALL)
_PAIR = re.compile(r"\[\]|\{\}")
# a run of dotted key parts, tried only from the start of a word and without backtracking
# into one (a long word is read once: linear in the text)
_DOTTED = re.compile(
    r"(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]*+[ \t]*+\.[ \t]*+){" + str(MAX_DEPTH) + ",}"
)


#: A nest of arrays (or of tables) one level deeper than :data:`MAX_DEPTH`, brackets only.
_NEST_SQUARE = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
_NEST_CURLY = "{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1)
#: A run of opening brackets, a run of closing ones, or a quote that opens no string.
_RUN = re.compile(r"[\[{]+|[\]}]+|[\"']")
#: A run of brackets with no quote (see _long_runs).
_NO_QUOTES = re.compile(r"[^\"']*+")
#: An opening bracket's closing one.
_CLOSER = str.maketrans("[{", "]}")


def _too_deep(text: str, fmt: str, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and tables nest deeper than ``limit`` brackets (strings ignored)."""
    return _depth_check(text, fmt, limit)[0]


#: How deep TOML brackets may nest: the root table, which no bracket opens, is a level, as a
#: JSON document's ``{`` is (``a = [[...]]`` of 64 arrays is 65 levels, as ``{"a": [[...]]}``).
_TOML_BRACKETS = MAX_DEPTH - 1


def _bracket_limit(fmt: str) -> int:
    """How deep the brackets of a ``fmt`` document may nest (TOML's root table is a level)."""
    return _TOML_BRACKETS if fmt == "toml" else MAX_DEPTH


#: Below these, a TOML document's tables and dotted keys cannot take it past MAX_DEPTH: a
#: value is at most 1 + 2R + (R - 1) + B * R levels deep, R the parts of its longest dotted
#: key or header (each part of a header may be an array of tables), B its brackets' depth.
_SHALLOW_BRACKETS = 15
_SHALLOW_DOTS = re.compile(r"(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]*+[ \t]*+\.[ \t]*+){3}")


def _depth_check(text: str, fmt: str, limit: int = MAX_DEPTH) -> tuple[bool, bool]:
    """Whether arrays and tables nest deeper than ``limit`` brackets (or a dotted TOML key
    has more than :data:`MAX_DEPTH` parts), and, for TOML, whether its tables and dotted
    keys may nest it deeper than its brackets say (its data is then measured,
    :func:`_deep_path`)."""
    if text.count("[") + text.count("{") <= limit and fmt == "json":
        return False, False
    brackets = "".join((_TOML_KEEP if fmt == "toml" else _JSON_KEEP).findall(text))
    nest = "[" * (limit + 1) + "]" * (limit + 1)
    if nest in brackets or nest.translate(_CURLY) in brackets:
        return True, False
    if _pairs_too_deep(brackets, limit):
        return True, False
    if fmt != "toml":
        return False, False
    unsure = _pairs_too_deep(brackets, _SHALLOW_BRACKETS)
    if text.count(".") < 3:
        return False, unsure
    keys = _TOML_SKIP.sub(_keep_words, text)
    # a run of 64 dotted parts is sought from the first run of 3 (one pass, for most texts)
    run = _SHALLOW_DOTS.search(keys)
    if run is not None and text.count(".") >= MAX_DEPTH and _DOTTED.search(keys, run.start()):
        return True, False
    return False, unsure or run is not None


_CURLY = str.maketrans("[]", "{}")


def _deep_path(data: Any) -> str | None:
    """The JSON path of the first array or table of ``data`` (parsed TOML) nested deeper
    than :data:`MAX_DEPTH` levels, the root table the first, or None. Read without
    recursion; called only for a document :func:`_depth_check` is unsure of.

    >>> _deep_path({"a": {"b": [[1]]}}) is None
    True
    >>> nest: list[object] = []
    >>> for _ in range(70):
    ...     nest = [nest]
    >>> path = _deep_path({"a": [[], {"b": 1}, nest]})
    >>> path[:6], path.count("[0]")  # the root table, a, a[2] and 62 arrays: 65 levels
    ('$.a[2]', 62)
    """
    stack: list[tuple[Any, int, str]] = [(data, 1, "$")]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            return path
        if isinstance(node, dict):
            inner = [(v, depth + 1, _member(path, k)) for k, v in node.items()]
        else:
            inner = [(v, depth + 1, f"{path}[{i}]") for i, v in enumerate(node)]
        stack.extend(reversed([item for item in inner if isinstance(item[0], dict | list)]))
    return None


def _pairs_too_deep(brackets: str, limit: int = MAX_DEPTH) -> bool:
    """Whether ``brackets`` (brackets, and quotes that open no string) holds a pair nested
    more than ``limit`` pairs deep. Innermost pairs (``[]``, ``{}``) are removed a
    pass at a time while a pass removes a sixteenth of the text or more (a document of small
    arrays and tables is gone in a few; each pass lowers every pair left by one level);
    what is left is read once by :func:`_pairs_above`. Linear in the text: the passes read
    it at most sixteen times over, in all."""
    while limit:
        # what a pass would remove, counted first (neither pair overlaps the other): a
        # pass that would not pay off is not made (the limit stays as it is)
        pairs = brackets.count("[]") + brackets.count("{}")
        if not pairs:
            return False  # no pair is left
        if 32 * pairs < len(brackets):
            break
        brackets = _PAIR.sub("", brackets)
        limit -= 1
    # a bracket next to a closing one of the other kind pairs with nothing, nor does any
    # pair hold it: a wall, as a quote is (the two never overlap: replaced one after the
    # other, as one pattern would); a run between walls too short for a pair one level
    # above the limit is not read
    brackets = brackets.replace("[}", '""').replace("{]", '""')
    return any(_pairs_above(run, limit) for run in _long_runs(brackets, 2 * limit + 2))


def _long_runs(brackets: str, least: int) -> Iterator[str]:
    """The runs of ``brackets`` between quotes that are ``least`` characters long or more,
    in order. The short runs and their quotes are passed over by one match (a search for a
    long run from each place was tried again at each character of a short one).

    >>> list(_long_runs('[]"[[[[]]]]"[[', 4))
    ['[[[[]]]]']
    """
    skip = re.compile(rf"(?:[^\"']{{0,{least - 1}}}+[\"']++)*+")
    pos, end = 0, len(brackets)
    while pos < end:
        pos = skip.match(brackets, pos).end()  # type: ignore[union-attr]
        run = _NO_QUOTES.match(brackets, pos).end()  # type: ignore[union-attr]
        if run - pos >= least:
            yield brackets[pos:run]
        pos = run


def _pairs_above(brackets: str, limit: int) -> bool:
    """Whether ``brackets`` holds a pair nested more than ``limit`` pairs deep: one pass
    over its runs, with a stack of the open brackets. A bracket that closes none of them,
    or a lone quote, ends every open pair (none pairs across it); a pair's height is one
    more than the highest pair closed inside it."""
    stack: list[str] = []
    inner: dict[int, int] = {}  # where in the stack -> the highest pair closed inside it
    for run in _RUN.finditer(brackets):
        found = run[0]
        if found[0] in "[{":
            stack.extend(found)
            continue
        size = len(stack)
        width = min(len(found), size) if found[0] in "]}" else 0
        mirror = "".join(stack[size - width :])[::-1].translate(_CLOSER)
        paired = width
        if mirror != found[:width]:
            paired = 0
            while mirror[paired] == found[paired]:
                paired += 1
        if paired > limit:
            return True
        height = paired
        if inner:  # the pairs closed inside those closed now
            height = 0
            for at in range(size - 1, size - paired - 1, -1):
                height = max(height, inner.pop(at, 0)) + 1
        if height > limit:
            return True
        del stack[size - paired :]
        if paired < len(found):  # a bracket that closes none, or a quote: a wall
            stack.clear()
            inner.clear()
        elif stack and height > inner.get(len(stack) - 1, 0):
            inner[len(stack) - 1] = height
    return False


#: A string, a comment or a run of other characters, else one bracket (see _deep_place).
_DEEP_JSON = re.compile(_JSON_SKIP.pattern + r"|[\s\S]")
_DEEP_TOML = re.compile(_TOML_SKIP.pattern + r"|[\s\S]", re.DOTALL)
#: The most brackets :func:`_deep_place` reads before it gives up (bounded time).
_DEEP_SCAN = 1 << 20


def _deep_place(text: str, fmt: str) -> tuple[int | None, int | None]:
    """The line and column of the first bracket that opens a level deeper than
    :data:`MAX_DEPTH` in ``text`` (strings and comments skipped), for a text
    :func:`_too_deep` refuses; ``(None, None)`` when none is found among its first
    :data:`_DEEP_SCAN` tokens (a TOML key of too many dotted parts).

    >>> _deep_place("{\\n" + '"a": ' + "[" * 70 + "]" * 70 + "}", "json")
    (2, 69)
    """
    depth = 0
    scan = _DEEP_TOML if fmt == "toml" else _DEEP_JSON
    limit = _bracket_limit(fmt)
    for count, token in enumerate(scan.finditer(text)):
        char = token[0]
        if char in ("[", "{"):
            depth += 1
            if depth > limit:
                at = token.start()
                return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        elif char in ("]", "}"):
            depth = max(depth - 1, 0)
        if count > _DEEP_SCAN:
            break
    return None, None


def json_too_deep(text: str) -> bool:
    """Whether a JSON text nests arrays and objects deeper than :data:`MAX_DEPTH` (strings
    ignored): a JSON Lines line is held to a document's cap. A caller on a hot path counts
    the brackets first (``text.count("[") + text.count("{") > MAX_DEPTH``), as this does.

    >>> json_too_deep("[" * 65 + "]" * 65), json_too_deep("[" * 64 + "]" * 64)
    (True, False)
    >>> json_too_deep('{"a": "' + "[" * 100 + '"}')  # brackets in a string
    False
    """
    return _too_deep(text, "json")


def _keep_words(match: re.Match[str]) -> str:
    token = match.group(0)
    if token[0] in "\"'#":
        return "x" if token[0] != "#" else ""
    return token


#: The most digits a TOML number is read with: tomllib reads a number with a pattern that
#: keeps about 120 bytes a digit (a number of a million digits took 122 MB; one of the 64 MiB
#: a document may hold, about 8 GB). An integer that long is refused anyway (4,300 digits).
_MOST_DIGITS = 10_000
#: A run of more than :data:`_MOST_DIGITS` digits, from its start (each run read once; a
#: digit first, so that the engine passes over the rest of the text at C speed).
_DIGIT_RUN = re.compile(rf"[0-9_](?<![0-9_]{{2}})[0-9_]{{{_MOST_DIGITS}}}")
_LONG_NUMBER = f"a number of more than {_MOST_DIGITS:,} digits: too long to read"


def _long_toml_number(text: str) -> int | None:
    """Where a run of more than :data:`_MOST_DIGITS` digits starts outside the strings and
    comments of a TOML text, else None (the strings and comments are only read when a run
    that long is found at all).

    >>> _long_toml_number("a = 1\\nb = " + "1" * 10_001), _long_toml_number("a = 12")
    (10, None)
    >>> _long_toml_number('a = "' + "1" * 10_001 + '"')  # a string
    """
    if _DIGIT_RUN.search(text) is None:
        return None
    for token in _TOML_SKIP.finditer(text):
        if token[0][0] not in "\"'#" and (found := _DIGIT_RUN.search(token[0])) is not None:
            return token.start() + found.start()
    return None


def _reject_float(text: str) -> float:
    if text.lstrip("+-") in ("nan", "inf"):
        raise _Constant(f"{text} is not allowed (NaN and infinities are refused)")
    try:
        return _finite(text)
    except ValueError as exc:  # said as NaN is, not as a number too long for Python
        raise _Constant(str(exc)) from None


def _finite(text: str) -> float:
    """The float a document writes as ``text``, refused when it overflows to an infinity
    (``1e999``: "numbers must be finite" held for ``inf`` and ``NaN`` only).

    >>> _finite("0.9"), _finite("-1e308")
    (0.9, -1e+308)
    >>> _finite("1e999")
    Traceback (most recent call last):
    ...
    ValueError: 1e999 is too large a number (it reads as infinity; NaN and infinities are refused)
    """
    value = float(text)
    if value in (math.inf, -math.inf):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValueError(
            f"{shown} is too large a number (it reads as infinity; NaN and infinities are refused)"
        )
    return value


class _Constant(ValueError):
    """NaN or an infinity in a document."""


def line_of(text: str, line: int) -> str:
    """Line ``line`` (1-based) of ``text``, without its ``\\n``; ``""`` past its end. Found
    without splitting ``text`` into lines (a string a line held about 50 bytes each: an
    unclosed TOML string of 4 MB, named at the file's last line, took 2.6 bytes a byte).

    >>> line_of("a\\nbc\\n", 2), line_of("a\\nbc", 2), line_of("a", 3)
    ('bc', 'bc', '')
    """
    at, seen = 0, 0  # where the lines not yet counted start, and the lines before it
    while seen < line - 1:  # counted a block at a time, then found in the block
        stop = min(at + 65536, len(text))
        count = text.count("\n", at, stop)
        if seen + count < line - 1:
            if stop == len(text):
                return ""
            at, seen = stop, seen + count
            continue
        for _ in range(line - 1 - seen):
            at = text.find("\n", at) + 1
        seen = line - 1
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end]


def parse_document(
    text: str, name: str, fmt: str, *, error: type[InputError] = InputError
) -> Document:
    """Parse text already read; ``fmt`` is ``"json"`` or ``"toml"``.

    Standard input that holds nothing (or only white space) is refused as empty, whatever
    the format (not "not valid JSON: Expecting value"), and so is a JSON file of nothing;
    an empty TOML file is a document of no keys (its reader says what is missing).

    >>> parse_document("", "<stdin>", "json")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: <stdin>: $: the input is empty: standard input held nothing
    """
    if not text.strip() and (name == "<stdin>" or fmt == "json"):
        raise error(_empty_input(text, name), file=name)
    text = _extra_marks(text)
    text = _bare_cr_lines(text) if fmt == "json" and "\r" in text else text  # old Mac lines
    deep, unsure = _depth_check(text, fmt, _bracket_limit(fmt))
    if deep:
        line, column = _deep_place(text, fmt)
        raise error(TOO_DEEP, file=name, line=line, column=column)
    if fmt == "toml" and (at := _long_toml_number(text)) is not None:
        line, column = _line_col(text, at)
        raise error(_LONG_NUMBER, file=name, line=line, column=column)
    if fmt == "toml" and ('"""' in text or "'''" in text):
        _multiline_strings(text, name, error)
    if fmt == "toml":
        data: Any = _load_toml(text, name, error)
    else:
        try:
            data = loads_json(text)
        except json.JSONDecodeError as exc:
            _separator_at(text, name, exc.lineno, exc.colno, error)
            hint = (
                _json_hint(text, exc.pos)
                or _char_hint(text, exc.pos)
                or _backslash_hint(exc.msg, "json")
            )
            if not hint and exc.msg == "Extra data" and text[exc.pos : exc.pos + 1] in "{[":
                hint = _DOCUMENT_AFTER
            message = f"not valid JSON: {exc.msg}{hint}"
            raise error(message, file=name, line=exc.lineno, column=exc.colno) from None
        except LoneSurrogate as exc:
            raise surrogate_error(exc, text, name, error) from None
        except ValueError as exc:
            twice = duplicate_key_error(text, str(exc), name, error)
            if twice is not None:
                raise twice from None
            line, column = _json_error_place(text, str(exc))
            raise error(f"not valid JSON: {exc}", file=name, line=line, column=column) from None
        except RecursionError:  # a nest that is never closed: no pair for the depth check
            line, column = _deep_place(text, fmt)
            raise error(TOO_DEEP, file=name, line=line, column=column) from None
    if fmt == "toml" and _SEPARATOR.search(text):
        _separated_comment(text, name, error)
    doc = Document(name=name, text=text, data=data, format=fmt)
    if unsure and (path := _deep_path(data)) is not None:  # tables and dotted keys count
        line, column = doc.locate(path) or (None, None)
        raise error(TOO_DEEP, file=name, line=line, column=column)
    if isinstance(data, dict) and isinstance(data.get("$schema"), str):
        del data["$schema"]  # an editor's pointer to the file's schema (ipprules.schemas)
    return doc


#: What a JSON document followed by another adds to the parser's "Extra data".
_DOCUMENT_AFTER = (
    " (a second JSON document after the first: two files joined? a file holds one document)"
)


def _offset_of(text: str, line: int, column: int | None) -> int:
    """The offset in ``text`` of its 1-based ``line`` and ``column`` (the line's start
    without a column; past the end, the end)."""
    start = 0
    for _ in range(line - 1):
        found = text.find("\n", start)
        if found < 0:
            return len(text)
        start = found + 1
    return start + (column - 1 if column else 0)


def _load_toml(text: str, name: str, error: type[InputError]) -> Any:
    """The data of TOML ``text`` (floats refused), or ``error`` naming the line and column of
    what is wrong, with a hint where the library knows the likely slip."""
    try:
        return tomllib.loads(text, parse_float=_reject_float)
    except _Constant as exc:
        where = _constant_line(text, exc)
        raise error(f"not valid TOML: {exc}", file=name, line=where) from None
    except RecursionError:  # a nest that is never closed: no pair for the depth check
        line, column = _deep_place(text, "toml")
        raise error(TOO_DEEP, file=name, line=line, column=column) from None
    except tomllib.TOMLDecodeError as exc:
        line, col = _toml_error_position(str(exc))
        if line is not None:  # TOML ends a line at \n alone: say so, not "invalid '\r'"
            old_mac_line(line_of(text, line), name, line, error)
            _separator_at(text, name, line, col, error)
        message = str(exc).split(" (at ")[0]
        if line is None and str(exc).endswith("(at end of document)"):
            # the file ends before the statement does: located at its end, not nowhere
            line, col = text.count("\n") + 1, len(text) - text.rfind("\n")
            message += " (at the end of the file)"
        if line is not None and (table := _toml_table_twice(text, line, message)):
            message, col = table
        elif line is not None and message == "Cannot overwrite a value":
            message, col = _toml_twice(line_of(text, line)[:1000], message, col)
        elif line is not None:
            message += (
                _toml_hint(line_of(text, line)[:1000])
                or _char_hint(text, _offset_of(text, line, col))
                or _backslash_hint(message, "toml")
            )
        raise error(f"not valid TOML: {message}", file=name, line=line, column=col) from None
    except ValueError:  # an integer too long for Python to convert
        line = _long_number_line(text)
        message = "not valid TOML: a number with more than 4,300 digits"
        raise error(message, file=name, line=line) from None


_LEADING_MARKS = re.compile(r"[\s\ufeff]*\ufeff")


def _extra_marks(text: str) -> str:
    r"""``text`` with each byte-order mark before its first content a space (a file saved
    with two, or files joined, a blank line before the second), as a CSV header's second
    one is ignored: white space to JSON and TOML, where it stood (each place unmoved).

    >>> _extra_marks("\ufeff\n\ufeff{}")
    ' \n {}'
    """
    found = _LEADING_MARKS.match(text)
    if found is None:
        return text
    return found.group().replace("\ufeff", " ") + text[found.end() :]


def _separator_at(
    text: str, name: str, line: int, column: int | None, error: type[InputError]
) -> None:
    """:func:`separator_error` where a document's parser stopped (line ``line``, column
    ``column``) at a line end it does not take (U+2028...): the file's lines end so."""
    if column is not None:
        separator = separator_error(line_of(text, line), name, line, error, at=column - 1)
        if separator is not None:
            raise separator from None


def _separated_comment(text: str, name: str, error: type[InputError]) -> None:
    """:func:`separator_error` for a TOML comment line that holds a line end TOML does not
    take (U+2028, NEL...) before more text: the lines after it were read as the comment's
    (a file whose lines end so read as a comment alone, "account is missing")."""
    for number, line in enumerate(text.split("\n"), 1):
        found = _SEPARATOR.search(line) if line.lstrip(" \t\ufeff")[:1] == "#" else None
        if found is not None and line[found.end() :].strip():
            separator = separator_error(line, name, number, error, at=found.start())
            if separator is not None:  # always: the character found is one
                raise separator


def _bare_cr_lines(text: str) -> str:
    r"""``text`` (JSON) with each bare carriage return a line feed: white space to JSON, a
    line end to an editor (old Mac line ends), so that an error names the line shown (TOML
    refuses such a file: :data:`OLD_MAC_LINES`).

    >>> _bare_cr_lines('{\r"a": 1\r\n}')
    '{\n"a": 1\r\n}'
    """
    return _LONE_CR.sub("\n", text) if _LONE_CR.search(text) else text


#: TOML up to the next multi-line string's opening quotes (``"""``, ``'''``): other text,
#: comments and one-line strings (a one-line string not closed read to its line's end).
_TO_MULTILINE = re.compile(
    r"""(?:[^"'#]++|#[^\n]*+|"(?!"")(?:[^"\\\n]++|\\.)*+"?|'(?!'')[^'\n]*+'?|""(?!")|''(?!'))*+"""
)
#: A multi-line string's text and closing quotes, from after its opening ones: up to two
#: quotes of its own may stand right before the closing three (TOML), so a run of 3-5 closes it.
_MULTILINE_END = {
    '"': re.compile(r'(?:[^"\\]++|\\.|"(?!""))*+"{3,5}', re.DOTALL),
    "'": re.compile(r"(?:[^']++|'(?!''))*+'{3,5}"),
}


def _multiline_strings(text: str, name: str, error: type[InputError]) -> None:
    """Refuse a TOML multi-line string that is not closed within :data:`MAX_RECORD`
    characters, as a CSV record is refused, at the line and column of its opening quotes,
    before the text is parsed: tomllib read a string whose closing quotes are missing to
    the end of the file, and said so there ("Unterminated string", 70,000 lines below).

    >>> three = '"' * 3
    >>> _multiline_strings(f"a = {three}x{three}\\nb = 1\\n", "p.toml", InputError)
    >>> _multiline_strings(f"a = 1\\nb = {three}\\nc = 1\\n", "p.toml", InputError)
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: p.toml:2:5: $: not valid TOML: a multi-line string opened on \
this line is never closed (is its closing \"\"\" missing?)
    """
    pos, end = 0, len(text)
    while True:
        pos = _TO_MULTILINE.match(text, pos).end()  # type: ignore[union-attr]  # matches ""
        if pos >= end:
            return
        quote = text[pos]
        closed = _MULTILINE_END[quote].match(text, pos + 3, min(end, pos + 3 + MAX_RECORD + 3))
        if closed is None:
            within = end - pos > MAX_RECORD
            said = (
                f"not closed within {_size(MAX_RECORD)}, the most one may hold"
                if within
                else "never closed"
            )
            line, column = _line_col(text, pos)
            raise error(
                f"not valid TOML: a multi-line string opened on this line is {said} "
                f"(is its closing {quote * 3} missing?)",
                file=name,
                line=line,
                column=column,
            )
        pos = closed.end()


def _empty_input(text: str, name: str) -> str:
    """Why a document of nothing (``text`` empty or white space) is refused."""
    held = "nothing" if not text else "only white space"
    if name == "<stdin>":
        return f"the input is empty: standard input held {held}"
    return "not valid JSON: the file is " + ("empty" if not text else "blank (only white space)")


def surrogate_error(
    exc: LoneSurrogate, text: str, name: str, error: type[InputError] = InputError, line: int = 0
) -> InputError:
    """A lone surrogate at its value's line and column (``line``: the line ``text`` starts on,
    for a line of JSON Lines)."""
    where = Document(name=name, text=text, data=None, format="json").locate(exc.path)
    at, column = where if where else (1, None)
    return error(exc.problem, path=exc.path, file=name, line=at + line, column=column)


def structure_document(
    doc: Document, cls: type[T], *, error: type[InputError] = InputError, path: str = "$"
) -> T:
    """Structure a document's data strictly into ``cls``; errors carry file, line and path
    (an unknown key: the line and column of the key)."""
    return structure(
        doc.data,
        cls,
        file=doc.name,
        locate=doc.locate,
        path=path,
        error=error,
        locate_key=doc.locate_key,
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


#: Digits an integer may have in an input (Python refuses more than 4,300 in any case).
MAX_DIGITS = 100


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number with more than {MAX_DIGITS} digits")
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"the key {key!r} is given twice in one object")
            seen.add(key)
    return out


def loads_json(text: str) -> Any:
    """Parse JSON strictly: no NaN or infinities, no key twice in one object, no integer
    longer than :data:`MAX_DIGITS` digits, no lone surrogate (:class:`LoneSurrogate`).
    Raises ``json.JSONDecodeError`` or ``ValueError``.

    >>> loads_json('{"a": 1, "a": 2}')
    Traceback (most recent call last):
    ...
    ValueError: the key 'a' is given twice in one object
    >>> loads_json('{"note": ["ok", "\\\\ud800"]}')
    Traceback (most recent call last):
    ...
    ipprules._files.LoneSurrogate: $.note[1]: a lone surrogate (\\ud800, half of a UTF-16 ...
    """
    data = json.loads(
        text,
        parse_constant=_reject_constant,
        parse_int=_int,
        parse_float=_finite,  # 1e999: an infinity
        object_pairs_hook=_unique_keys,
    )
    if _SURROGATE_ESCAPE.search(text) or (not text.isascii() and _SURROGATE.search(text)):
        _check_text(data)  # rare: walk the strings only when one may be there
    return data


#: A JSON escape of a UTF-16 surrogate, which JSON decodes alone (unpaired) into a str that
#: cannot be written out as UTF-8 (the output then failed with "surrogates not allowed").
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
#: Such a character itself (a str built in Python or read from a text stream: a file is
#: decoded as strict UTF-8), searched for only in text that is not ASCII: an alternation of
#: the two in one pattern made the search of every JSON Lines line 12 times slower.
_SURROGATE = re.compile("[\ud800-\udfff]")


class LoneSurrogate(ValueError):
    """A string of a JSON document holding half of a UTF-16 pair (``"\\ud800"``), at
    ``path``."""

    def __init__(self, path: str, char: str) -> None:
        self.path = path
        self.problem = f"a lone surrogate (\\u{ord(char):04x}, half of a UTF-16 pair) is not text"
        super().__init__(f"{path}: {self.problem}")


def _check_text(data: Any) -> None:
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            bad = next((c for c in value if "\ud800" <= c <= "\udfff"), None)
            if bad is not None:
                raise LoneSurrogate(path, bad)
        elif isinstance(value, dict):
            for key in value:
                if any("\ud800" <= c <= "\udfff" for c in key):
                    raise LoneSurrogate(path, next(c for c in key if "\ud800" <= c <= "\udfff"))
            stack.extend((_member(path, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(value))))


def _member(path: str, key: str) -> str:
    if _NAME.fullmatch(key):
        return f"{path}.{key}"
    quoted = key.replace("\\", "\\\\").replace("'", "\\'")
    return f"{path}['{quoted}']"


def _constant_line(text: str, error: BaseException) -> int | None:
    """The line of the float a TOML document ``text`` refused with ``error`` (``nan``,
    ``inf``, ``1e999``: tomllib gives ``parse_float`` no place). The refusal is raised inside
    tomllib's ``parse_value`` while its ``pos`` is the value's offset: the line is read from
    there, at no cost; ``None`` where no such frame is found (another tomllib): the error
    then names no line (searching for it took a parse per halving of the document, minutes
    for a large one).

    >>> text = 'a = 1.5\\n[t]\\nb = [\\n  2.0,\\n  nan,\\n]\\n'
    >>> try:
    ...     tomllib.loads(text, parse_float=_reject_float)
    ... except _Constant as exc:
    ...     _constant_line(text, exc)
    5
    """
    offset = _parse_value_offset(error)
    return None if offset is None else text.count("\n", 0, offset) + 1


def _parse_value_offset(error: BaseException) -> int | None:
    """The offset tomllib's innermost ``parse_value`` was at when ``error`` was raised (the
    refused float's first character), or ``None`` if no such frame holds an integer ``pos``."""
    tb = error.__traceback__
    offset = None
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name == "parse_value" and "tomllib" in frame.f_code.co_filename:
            pos = frame.f_locals.get("pos")
            offset = pos if isinstance(pos, int) else offset
        tb = tb.tb_next
    return offset


#: A JSON string (skipped), a constant (``NaN``...) or a number, in the order the parser
#: meets them.
_JSON_FLOAT = re.compile(
    r'"(?:[^"\\]++|\\.)*+"|(-?Infinity|NaN)|(-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?(?:[eE][-+]?[0-9]++)?)'
)


def _json_error_place(text: str, message: str) -> tuple[int | None, int | None]:
    """The line and column of what :func:`loads_json` refused in the JSON document ``text``
    with ``message`` (a ``ValueError``'s), where it can be found exactly, else ``None``s.
    The parser read everything before it, so ``NaN``, ``Infinity`` or an infinite number
    (``1e999``) is the first one outside a string (found on that error only).

    >>> _json_error_place('{"NaN": "NaN",\\n "b": [1.5, NaN]}', "NaN is not allowed")
    (2, 13)
    >>> _json_error_place('{"a":\\n\\n  -1e999}', "-1e999 is too large a number (...)")
    (3, 3)
    >>> _json_error_place('{"id": "' + "1" * 200 + '",\\n "n": ' + "2" * 200 + "}", "101 digits")
    (2, 7)
    """
    if "digits" in message:  # the first integer that long, outside strings
        for match in _JSON_FLOAT.finditer(text):
            number = match.group(2) or ""
            if len(number.lstrip("-")) > MAX_DIGITS and number.lstrip("-").isdigit():
                return _line_col(text, match.start())
        return _long_number_line(text), None  # pragma: no cover - the parser refused one
    constant = message.endswith(" is not allowed")
    if not constant and "too large a number" not in message:
        return None, None
    for match in _JSON_FLOAT.finditer(text):
        number = match.group(2)
        if match.group(1) if constant else number and math.isinf(float(number)):
            return _line_col(text, match.start())
    return None, None  # pragma: no cover - the parser refused one, so one is there


def _long_number_line(text: str) -> int | None:
    """The line of the first integer longer than :data:`MAX_DIGITS` digits in ``text``."""
    found = re.search(f"[0-9]{{{MAX_DIGITS + 1}}}", text)
    return None if found is None else text.count("\n", 0, found.start()) + 1


#: A TOML string, left out of a line before it is searched for a mistyped value.
_TOML_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')
#: A date with a month or day of one digit (2031-3-13): TOML writes two.
_SHORT_DATE = re.compile(r"(?<![\w.:/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.:/-])")
#: A date written with slashes or dots, or day first (13.03.2031, 2031/03/13, 13-03-2031).
_OTHER_DATE = re.compile(
    r"(?<![\w.:/-])(?:\d{1,4}[/.]\d{1,2}[/.]\d{1,4}|\d{1,2}-\d{1,2}-\d{4})(?![\w.:/-])"
)
#: A truth value in another case or word than TOML's ``true`` and ``false``.
_OTHER_BOOL = re.compile(r"=\s*(True|TRUE|False|FALSE|yes|no|Yes|No|YES|NO)\s*(?:#.*)?$")


#: A line that TOML refuses and another format writes: a YAML ``key: value`` (or list item,
#: or document start ``---``), or a JSON object's opening brace.
_OTHER_FORMAT = re.compile(
    r"[ \t]*(?:(?P<json>\{[ \t]*(?:\"|$))|(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)|---[ \t]*$)"
)


def _json_hint(text: str, at: int) -> str:
    """What a JSON syntax error at ``at`` of ``text`` adds when a hand-written file holds
    what JSON has not: a comment (``//``, ``/*``, ``#``: VS Code's JSONC habit) or a comma
    before the closing ``}`` or ``]``; else nothing.

    >>> _json_hint('{\\n  // mine\\n  "a": 1\\n}', 4)
    ' (JSON has no comments: delete them, or write the file as TOML, where # starts one)'
    >>> _json_hint('{"a": 1,\\n}', 9), _json_hint('{"a" 1}', 5)
    (' (a comma before } or ]: JSON allows none; delete it)', '')
    """
    if text.startswith(("//", "/*", "#"), at):
        return " (JSON has no comments: delete them, or write the file as TOML, where # starts one)"
    if text[at : at + 1] in ("}", "]") and text[:at].rstrip().endswith(","):
        return " (a comma before } or ]: JSON allows none; delete it)"
    return ""


#: Characters a hand-edited file gets from a word processor, a web page or a joined file,
#: which JSON and TOML read as no syntax: what each is.
_TYPED_CHARS = {
    "\u201c": "a curly quote",
    "\u201d": "a curly quote",
    "\u2018": "a curly quote",
    "\u2019": "a curly quote",
    "\u00a0": "a no-break space",
    "\ufeff": "a byte order mark",
}


def _char_hint(text: str, at: int) -> str:
    """What a JSON or TOML syntax error at the offset ``at`` of ``text`` adds when the
    character there is one a hand-edited file gets by accident (:data:`_TYPED_CHARS`: a
    curly quote typed by autocorrect, a no-break space pasted from a page, a byte order
    mark of a second file joined to the first): what it is and what to write; else nothing.

    >>> print(_char_hint('name = \u201cX\u201d', 7))  # doctest: +NORMALIZE_WHITESPACE
     (\u201c (U+201C) is a curly quote, as a word processor's autocorrect types it: quote
     with straight quotes " instead)
    >>> _char_hint("a\ufeff", 1)[:42], _char_hint("x = 1", 0)
    (' (a byte order mark (U+FEFF) inside the fi', '')
    """
    char = text[at : at + 1]
    what = _TYPED_CHARS.get(char)
    if what is None:
        return ""
    if char == "\ufeff":
        return (
            " (a byte order mark (U+FEFF) inside the file, which only a file's start may have "
            "(two files joined, cat a b?): delete it)"
        )
    code = f"U+{ord(char):04X}"
    if what == "a no-break space":
        return (
            f" (a no-break space ({code}), as a web page or a word processor gives it: "
            "write a plain space)"
        )
    return (
        f" ({char} ({code}) is a curly quote, as a word processor's autocorrect types it: "
        'quote with straight quotes " instead)'
    )


def _backslash_hint(message: str, fmt: str) -> str:
    r"""What a JSON or TOML (``fmt``) syntax error ``message`` adds when it is a backslash
    escape the format does not know: a Windows path written as typed (``"C:\Users\x"``, where
    ``\U`` starts an escape); else nothing.

    >>> print(_backslash_hint("Invalid hex value", "toml"))  # doctest: +ELLIPSIS
     (a \ in a "..." string starts an escape ...: write a Windows path between single quotes, ...)
    >>> print(_backslash_hint("Invalid \\escape", "json"))
     (a \ in a JSON string starts an escape such as \n: write each \ of a Windows path as \\ or /)
    >>> _backslash_hint("Cannot overwrite a value", "toml")
    ''
    """
    if fmt == "toml" and message in ("Invalid hex value", "Unescaped '\\' in a string"):
        return (
            ' (a \\ in a "..." string starts an escape such as \\n: write a Windows path'
            " between single quotes, 'C:\\Users\\x', or each \\ in it as \\\\ or /)"
        )
    if fmt == "json" and message.startswith("Invalid \\"):
        return (
            " (a \\ in a JSON string starts an escape such as \\n: write each \\ of a Windows"
            " path as \\\\ or /)"
        )
    return ""


def _toml_hint(line: str) -> str:
    """What a TOML syntax error adds when its line holds a value mistyped in a way readers
    meet (a date of one-digit month or day, a date with slashes or dots, ``True``): the form
    TOML writes; a date that is no day of the calendar: why; else nothing.

    >>> _toml_hint("expiry_date = 2029-02-29")
    ' (2029-02-29: no such date: day is out of range for month)'
    >>> _toml_hint("expiry_date = 2029-13-01"), _toml_hint("expiry_date = 2028-02-29")
    (' (2029-13-01: no such date: month must be in 1..12)', '')

    A line of another format (a YAML ``key: value``, a JSON object's opening brace) is named:

    >>> _toml_hint("account:")
    ' (a YAML line? TOML writes key = value: ipprules reads TOML and JSON, not YAML)'
    >>> _toml_hint("{")
    ' (the file looks like JSON: name it .json, or write it as TOML)'
    """
    if (found := _OTHER_FORMAT.match(line)) is not None:
        if found["json"]:
            return " (the file looks like JSON: name it .json, or write it as TOML)"
        return " (a YAML line? TOML writes key = value: ipprules reads TOML and JSON, not YAML)"
    bare = _TOML_STRING.sub('""', line).split("#", 1)[0]  # no string, no comment
    short = _SHORT_DATE.search(bare)
    if short is not None and (len(short.group(2)) == 1 or len(short.group(3)) == 1):
        year, month, day = short.groups()
        return (
            f" ({short.group()}: a date is written YYYY-MM-DD, with two-digit month and day: "
            f"{year}-{int(month):02d}-{int(day):02d})"
        )
    if short is not None:  # a date of the calendar's form that is no day (2019-06-31)
        try:
            date(*(int(part) for part in short.groups()))
        except ValueError as exc:
            return f" ({short.group()}: no such date: {exc})"
    other = _OTHER_DATE.search(bare)
    if other is not None:
        return f" ({other.group()}: a date is written YYYY-MM-DD, such as 2031-03-13)"
    truth = _OTHER_BOOL.search(bare)
    if truth is not None:
        return f" ({truth.group(1)}: TOML writes true or false, in lower case)"
    return _inline_table_hint(bare)


def _inline_table_hint(bare: str) -> str:
    """What a TOML line ``bare`` (its strings and comment taken out) adds when it writes an
    inline table as TOML 1.1 or a JSON habit would (TOML 1.0, which Python's ``tomllib``
    and so ipprules read, has neither): a comma after its last value, or its ``{`` left
    open at the line's end to go on over lines; else nothing.

    >>> _inline_table_hint('documents = [{ kind = "", }]')
    ' (a comma before }: an inline table has none after its last value in TOML 1.0; delete it)'
    >>> _inline_table_hint('documents = [{ kind = "",')  # doctest: +ELLIPSIS
    ' (an inline table { ... } is written on one line in TOML 1.0: join its lines, ...'
    >>> _inline_table_hint('classes = [9,'), _inline_table_hint('a = { b = 1 }')
    ('', '')
    """
    if re.search(r",[ \t]*}", bare):
        return (
            " (a comma before }: an inline table has none after its last value in TOML 1.0; "
            "delete it)"
        )
    if bare.count("{") > bare.count("}") and bare.rstrip()[-1:] in (",", "{"):
        return (
            " (an inline table { ... } is written on one line in TOML 1.0: join its lines, or "
            "write it as a [[table]] or [table] of its own)"
        )
    return ""


#: A TOML line's key, up to its ``=``, after any indentation.
_TOML_LINE_KEY = re.compile(rf"[ \t]*+({_DOTTED_KEY})[ \t]*=")


def _toml_twice(line: str, message: str, column: int | None) -> tuple[str, int | None]:
    """tomllib's "Cannot overwrite a value" (placed after the value) said as the JSON reader
    says a key given twice, at the key: the key the line sets is set already in its table.

    >>> _toml_twice("  as_of = 2024-01-02", "Cannot overwrite a value", 21)
    ("the key 'as_of' (or a part of it) is set already: Cannot overwrite a value", 3)
    >>> _toml_twice("[a]", "Cannot overwrite a value", 4)
    ('Cannot overwrite a value', 4)
    """
    found = _TOML_LINE_KEY.match(line)
    if found is None:
        return message, column
    key = _dotted(found.group(1))
    return f"the key {key!r} (or a part of it) is set already: {message}", found.start(1) + 1


#: The spaces around the dots of a TOML dotted key (``a . b`` is ``a.b``).
_KEY_DOTS = re.compile(r"[ \t]*\.[ \t]*")


def _dotted(written: str) -> str:
    """A TOML dotted key or table name as written, without the spaces around its dots."""
    return _KEY_DOTS.sub(".", written)


#: A TOML table header's name, after ``[`` or ``[[`` (at a line's start: ``match`` on a line
#: or ``finditer`` over a document).
_TOML_HEADERS = re.compile(rf"^[ \t]*+(\[\[?)[ \t]*({_DOTTED_KEY})[ \t]*\]", re.MULTILINE)


def _toml_table_twice(text: str, line: int, message: str) -> tuple[str, int] | None:
    """tomllib's "Cannot declare ('account',) twice" (or "Cannot overwrite a value") on the
    table header of line ``line`` of ``text``, said as the JSON reader says a key given
    twice: the table named as written, at its name's column, with the line of its first
    header when one is found above (else it was made by a dotted key or an inline table);
    ``None`` when the line is no header or the message is another.

    >>> text = "[account]\\nid = 1\\n[ account ]"
    >>> _toml_table_twice(text, 3, "Cannot declare ('account',) twice")
    ('the table [account] is declared twice (first on line 1; give its keys under one header)', 3)
    >>> _toml_table_twice("a.b = 1\\n[a]", 2, "Cannot declare ('a',) twice")[0][:44]
    'the table [a] is declared twice (made above '
    >>> _toml_table_twice("x = 1\\ny = 1", 2, "Cannot overwrite a value") is None
    True
    """
    if not message.startswith(("Cannot declare (", "Cannot overwrite a value")):
        return None
    found = _TOML_HEADERS.match(line_of(text, line)[:1000])
    if found is None:
        return None
    name = _dotted(found.group(2))
    header = f"{found.group(1)}{name}{found.group(1).replace('[', ']')}"
    first = None
    end = 0  # where line ``line`` starts: the headers above it are searched, not copied
    for _ in range(line - 1):
        end = text.index("\n", end) + 1
    for above in _TOML_HEADERS.finditer(text, 0, end):
        if _dotted(above.group(2)) == name:
            first = text.count("\n", 0, above.start()) + 1
            break
    if message.startswith("Cannot overwrite"):  # [[a]] after [a], [a] after a = 1
        since = f" (first on line {first})" if first else ""
        said = f"the key {name!r} (or a part of it) of the header {header} is set already{since}"
        return f"{said}: {message}", found.start(2) + 1
    where = (
        f"first on line {first}; give its keys under one header"
        if first
        else "made above by a dotted key or an inline table; give its keys in one place"
    )
    return f"the table {header} is declared twice ({where})", found.start(2) + 1


def _toml_error_position(message: str) -> tuple[int | None, int | None]:
    m = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if m:
        return int(m.group(1)), int(m.group(2))
    return None, None


_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_\-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]")


def _split_path(path: str) -> list[str | int] | None:
    if not path.startswith("$"):
        return None
    parts: list[str | int] = []
    pos = 1
    while pos < len(path):
        m = _PART.match(path, pos)
        if m is None:
            return None
        if m.group(1) is not None:
            parts.append(m.group(1))
        elif m.group(2) is not None:
            parts.append(int(m.group(2)))
        else:
            parts.append(m.group(3))
        pos = m.end()
    return parts


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_scanstring: Any = getattr(json.decoder, "scanstring")  # noqa: B009 - untyped in typeshed


def duplicate_key_error(
    text: str,
    message: str,
    name: str,
    error: type[InputError] = InputError,
    *,
    line: int = 1,
) -> InputError | None:
    """The located error for :func:`loads_json`'s ``message`` when it is about a key given
    twice in ``text`` (the line and column of the second, the object's path, the line of the
    first); ``None`` for any other message. ``line``: the line ``text`` starts on (a JSON
    Lines record)."""
    twice = _first_duplicate_key(text) if "given twice" in message else None
    if twice is None:
        return None
    key, first, second, where = twice
    at, column = _line_col(text, second)
    return error(
        f"not valid JSON: the key {key!r} is given twice in one object (first on line "
        f"{_line_col(text, first)[0] + line - 1})",
        file=name,
        line=at + line - 1,
        column=column,
        path=where,
    )


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


class _Twice(Exception):
    """A key given twice: (key, offset of its first, of its second, the object's path)."""


def _first_duplicate_key(text: str) -> tuple[str, int, int, str] | None:
    """The first key given twice in one object of JSON ``text``, in text order: ``(key,
    offset of its first occurrence, of the second, the path of the object)``; ``None`` when
    the text cannot be walked (it is then reported without a position)."""
    try:
        _walk_value(text, _WS.match(text, 0).end(), "$")  # type: ignore[union-attr]
    except _Twice as found:
        return found.args
    except (ValueError, IndexError, RecursionError):
        return None
    return None


def _walk_value(text: str, pos: int, path: str) -> int:
    """The end of the JSON value at ``pos``; raises :class:`_Twice` on a key given twice."""
    ch = text[pos]
    if ch == "{":
        seen: dict[str, int] = {}
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        while text[pos] != "}":
            key, end = _scanstring(text, pos + 1)
            if key in seen:
                raise _Twice(key, seen[key], pos, path)
            seen[key] = pos
            pos = _WS.match(text, _WS.match(text, end).end() + 1).end()  # type: ignore[union-attr]
            sub = f"{path}.{key}" if _NAME.fullmatch(key) else f"{path}[{key!r}]"
            pos = _WS.match(text, _walk_value(text, pos, sub)).end()  # type: ignore[union-attr]
            if text[pos] == ",":
                pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        return pos + 1
    if ch == "[":
        index = 0
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        while text[pos] != "]":
            end = _walk_value(text, pos, f"{path}[{index}]")
            pos = _WS.match(text, end).end()  # type: ignore[union-attr]
            if text[pos] == ",":
                pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            index += 1
        return pos + 1
    return _skip_value(text, pos)


def _skip_value(text: str, pos: int) -> int:
    _, end = _DECODER.raw_decode(text, pos)
    return int(end)


# ------------------------------------------------------------------------ TOML positions
#
# A TOML document is located by one pass of a small scanner over its text, run on the first
# ``locate`` (only after tomllib parsed the text) and kept with the document: an index of
# where every key and every array element is written, shaped like the data, so that each
# later ``locate`` is a walk down a path. Strings (basic, literal, multi-line) and comments
# are skipped whole, so a ``kind = 3`` or a ``[[rights]]`` inside one is never taken for a
# key or a header. Every pattern is possessive or matches one run: the pass is linear in
# the text.

_T_BLANK = re.compile(r"(?:[ \t\r\n]++|#[^\n]*+)*+")
_T_WS = re.compile(r"[ \t]*+")
_T_KEY = re.compile(r'[A-Za-z0-9_-]++|"(?:[^"\\\n]++|\\.)*+"|\'[^\'\n]*+\'')
_T_DOT = re.compile(r"[ \t]*+\.[ \t]*+")
# a multi-line string may end with one or two quotes of its own before the closing three
_T_STRING = re.compile(
    r'"""(?:[^"\\]++|\\.|"(?!""))*+"""(?:""|")?+'
    r"|'''.*?'''(?:''|')?+"
    r'|"(?:[^"\\\n]++|\\.)*+"'
    r"|'[^'\n]*+'",
    re.DOTALL,
)
# a number, a boolean or a date-time (which may hold a space): up to what ends a value
_T_BARE = re.compile(r"[^,\]}\r\n#]++")
# the common ``bare_key = bare value`` (a number, a date, true) in one match: a file of a
# million such keys is indexed at a third of the cost
_T_SIMPLE = re.compile(r"([A-Za-z0-9_-]++)[ \t]*+=[ \t]*+(?![\[{\"'])[^,\]}\r\n#]++")


class _Stop(Exception):
    """The TOML scanner met text it does not expect (text that tomllib would refuse)."""


class _TomlTable:
    """Where each key of a table is written, and the index of each value that holds more."""

    __slots__ = ("keys", "kids")

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}
        self.kids: dict[str, _TomlTable | _TomlArray] = {}


class _TomlArray:
    """Where each element of an array starts, and the index of each that holds more."""

    __slots__ = ("kids", "starts")

    def __init__(self) -> None:
        self.starts = array.array("q")
        self.kids: dict[int, _TomlTable | _TomlArray] = {}


def _skip(pattern: re.Pattern[str], text: str, pos: int) -> int:
    found = pattern.match(text, pos)
    return pos if found is None else found.end()


def _toml_key_text(token: str) -> str:
    """The key a key token (bare, ``"basic"`` or ``'literal'``) names."""
    if token[0] == "'" or (token[0] == '"' and "\\" not in token):
        return token[1:-1]
    if token[0] == '"':
        try:
            return str(tomllib.loads("k = " + token)["k"])
        except tomllib.TOMLDecodeError:
            raise _Stop from None
    return token


def _toml_descend(table: _TomlTable, name: str, at: int) -> _TomlTable:
    """The table ``name`` of ``table`` that a dotted key or a header goes through (the last
    element of an array of tables; a table made when there is none yet). A key's first
    mention is where it is, until a ``[table]`` header of its own says otherwise."""
    table.keys.setdefault(name, at)
    found = table.kids.get(name)
    if isinstance(found, _TomlArray):
        last = found.kids.get(len(found.starts) - 1)
        if not isinstance(last, _TomlTable):
            raise _Stop
        return last
    if found is None:
        found = table.kids[name] = _TomlTable()
    return found


class _TomlScanner:
    """One pass over valid TOML text, filling the index of its root table."""

    def __init__(self, text: str, root: _TomlTable) -> None:
        self.text = text
        self.root = root

    def run(self) -> None:
        text, pos, table = self.text, 0, self.root
        while True:
            pos = _skip(_T_BLANK, text, pos)
            if pos >= len(text):
                return
            if text.startswith("[[", pos):
                pos, table = self._header(pos, 2)
            elif text[pos] == "[":
                pos, table = self._header(pos, 1)
            else:
                pos = self._keyval(table, pos)

    def _header(self, start: int, size: int) -> tuple[int, _TomlTable]:
        """A ``[table]`` (``size`` 1) or ``[[array.of.tables]]`` (2) header at ``start``."""
        parts, pos = self._key(_skip(_T_WS, self.text, start + size))
        node = self.root
        for name, at in parts[:-1]:
            node = _toml_descend(node, name, at)
        name, at = parts[-1]
        found = node.kids.get(name)
        if size == 2:  # a new element, at its header
            node.keys.setdefault(name, at)
            group = found if isinstance(found, _TomlArray) else _TomlArray()
            node.kids[name] = group
            table = group.kids[len(group.starts)] = _TomlTable()
            group.starts.append(start)
        else:  # the table's own header: where it is, even after its sub-tables
            node.keys[name] = at
            table = found if isinstance(found, _TomlTable) else _TomlTable()
            node.kids[name] = table
        pos = _skip(_T_WS, self.text, pos)
        if not self.text.startswith("]" * size, pos):
            raise _Stop
        return pos + size, table

    def _key(self, pos: int) -> tuple[list[tuple[str, int]], int]:
        """The parts of a (dotted) key at ``pos`` with their offsets, and where it ends."""
        parts: list[tuple[str, int]] = []
        while True:
            found = _T_KEY.match(self.text, pos)
            if found is None:
                raise _Stop
            parts.append((_toml_key_text(found.group()), pos))
            dot = _T_DOT.match(self.text, found.end())
            if dot is None:
                return parts, found.end()
            pos = dot.end()

    def _keyval(self, table: _TomlTable, pos: int) -> int:
        simple = _T_SIMPLE.match(self.text, pos)
        if simple is not None:
            table.keys[simple.group(1)] = pos
            return simple.end()
        parts, pos = self._key(pos)
        pos = _skip(_T_WS, self.text, pos)
        if not self.text.startswith("=", pos):
            raise _Stop
        for name, at in parts[:-1]:
            table = _toml_descend(table, name, at)
        name, at = parts[-1]
        table.keys[name] = at
        pos, kid = self._value(_skip(_T_WS, self.text, pos + 1))
        if kid is not None:
            table.kids[name] = kid
        return pos

    def _value(self, pos: int) -> tuple[int, _TomlTable | _TomlArray | None]:
        char = self.text[pos : pos + 1]
        if char == "[":
            return self._array(pos)
        if char == "{":
            return self._inline(pos)
        found = (_T_STRING if char in ('"', "'") else _T_BARE).match(self.text, pos)
        if found is None:
            raise _Stop
        return found.end(), None

    def _array(self, pos: int) -> tuple[int, _TomlArray]:
        text = self.text
        group = _TomlArray()
        pos += 1
        while True:
            pos = _skip(_T_BLANK, text, pos)
            if text.startswith("]", pos):
                return pos + 1, group
            group.starts.append(pos)
            pos, kid = self._value(pos)
            if kid is not None:
                group.kids[len(group.starts) - 1] = kid
            pos = _skip(_T_BLANK, text, pos)
            if text.startswith(",", pos):
                pos += 1
            elif not text.startswith("]", pos):
                raise _Stop

    def _inline(self, pos: int) -> tuple[int, _TomlTable]:
        text = self.text
        table = _TomlTable()
        pos = _skip(_T_BLANK, text, pos + 1)
        while not text.startswith("}", pos):  # a comma may end the last pair (TOML 1.1)
            pos = _skip(_T_BLANK, text, self._keyval(table, pos))
            if text.startswith(",", pos):
                pos = _skip(_T_BLANK, text, pos + 1)
            elif not text.startswith("}", pos):
                raise _Stop
        return pos + 1, table


class _TomlIndex:
    """Where every key and array element of a TOML text is (:class:`_TomlScanner`), and the
    offsets of its lines, both built once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.root = _TomlTable()
        self._lines: array.array[int] | None = None
        self.start: int | None = None  # the root's first key or header, once all is read
        with contextlib.suppress(_Stop, RecursionError):  # keep what was read before
            _TomlScanner(text, self.root).run()
            start = _skip(_T_BLANK, text, 0)
            self.start = start if start < len(text) else None

    def position(self, parts: list[str | int]) -> tuple[int, int] | None:
        """``(line, column)`` of the key (a name) or the element's first character (an
        index) ``parts`` ends with (for the root, its first key or header; None when the text
        holds none, or was not read to its end); None for a path the text does not hold."""
        node: _TomlTable | _TomlArray | None = self.root
        offset: int | None = self.start
        for part in parts:
            if isinstance(part, str) and isinstance(node, _TomlTable) and part in node.keys:
                offset, node = node.keys[part], node.kids.get(part)
            elif isinstance(part, int) and isinstance(node, _TomlArray) and part < len(node.starts):
                offset, node = node.starts[part], node.kids.get(part)
            else:
                return None
        return None if offset is None else self._line_col(offset)

    def _line_col(self, offset: int) -> tuple[int, int]:
        if self._lines is None:
            self._lines = array.array("q", (m.end() for m in re.finditer("\n", self.text)))
        line = bisect.bisect_right(self._lines, offset)
        return line + 1, offset - (self._lines[line - 1] if line else 0) + 1


# ------------------------------------------------------------------------ JSON positions
#
# A JSON document is located by walking its text down a path (the text is valid JSON, as
# json.loads read it). What a walk learns is kept, so that locating every item of a list of
# a million (a problem at each) reads the text about once, not once per item: the offsets of
# an array's items as far as they were scanned, the members of an object, and the line ends.
# Only a scan longer than _KEEP characters (or 16 items) is kept, so the memory kept is
# bounded by the text's size, not by its count of small objects.

_KEEP = 4096


class _JsonIndex:
    """Positions in a JSON text, found on demand and kept (see above)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # an array's item offsets, an object's {key: (key offset, value offset)}, as far as
        # they were scanned, and where to resume (-1: scanned whole)
        self._arrays: dict[int, tuple[list[int], list[int]]] = {}
        self._objects: dict[int, tuple[dict[str, tuple[int, int]], list[int]]] = {}
        self._lines: array.array[int] | None = None

    def position(self, parts: list[str | int], key: bool = False) -> tuple[int, int] | None:
        """``(line, column)`` of the value at ``parts`` (``key``: of the key the last part
        names, its opening quote), or None when the text does not hold it."""
        text = self.text
        pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
        for n, part in enumerate(parts, start=1):
            if pos >= len(text):
                return None
            ch = text[pos]
            if ch == "{" and isinstance(part, str):
                found = self._member(pos, part, key and n == len(parts))
            elif ch == "[" and isinstance(part, int):
                found = self._item(pos, part)
            else:
                return None
            if found is None:
                return None
            pos = found
        return self._line_col(pos)

    def _member(self, pos: int, key: str, at_key: bool) -> int | None:
        text = self.text
        kept = self._objects.get(pos)
        if kept is None:
            kept = ({}, [_WS.match(text, pos + 1).end()])  # type: ignore[union-attr]
        table, resume = kept
        at = resume[0]
        while key not in table and at >= 0:
            if at >= len(text) or text[at] == "}":
                at = -1
                break
            start = at
            name, at = _scanstring(text, at + 1)
            at = _WS.match(text, at).end()  # type: ignore[union-attr]
            at = _WS.match(text, at + 1).end()  # type: ignore[union-attr]  # after ':'
            table.setdefault(name, (start, at))
            at = _WS.match(text, _skip_value(text, at)).end()  # type: ignore[union-attr]
            if text[at] == ",":
                at = _WS.match(text, at + 1).end()  # type: ignore[union-attr]
        resume[0] = at
        if (at < 0 or at - pos > _KEEP or len(table) > 16) and pos not in self._objects:
            self._objects[pos] = kept
        found = table.get(key)
        if found is None:
            return None
        return found[0] if at_key else found[1]

    def _item(self, pos: int, index: int) -> int | None:
        text = self.text
        kept = self._arrays.get(pos)
        if kept is None:
            kept = ([], [_WS.match(text, pos + 1).end()])  # type: ignore[union-attr]
        offsets, resume = kept
        at = resume[0]
        while len(offsets) <= index and at >= 0:
            if at >= len(text) or text[at] == "]":
                at = -1
                break
            offsets.append(at)
            at = _WS.match(text, _skip_value(text, at)).end()  # type: ignore[union-attr]
            if text[at] == ",":
                at = _WS.match(text, at + 1).end()  # type: ignore[union-attr]
        resume[0] = at
        if (at < 0 or at - pos > _KEEP or len(offsets) > 16) and pos not in self._arrays:
            self._arrays[pos] = kept
        return offsets[index] if index < len(offsets) else None

    def _line_col(self, offset: int) -> tuple[int, int]:
        if self._lines is None:
            self._lines = array.array("q", (m.end() for m in re.finditer("\n", self.text)))
        line = bisect.bisect_right(self._lines, offset)
        return line + 1, offset - (self._lines[line - 1] if line else 0) + 1
