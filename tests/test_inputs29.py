"""Readers of hostile input in bounded time and memory (sweep inputs29).

A CSV record may hold at most :data:`ipprules._files.MAX_RECORD` characters (a quoted cell's
line breaks included): a quote never closed made the rest of a file one record, which the
csv module held at 4 bytes a character and the readers fed a line at a time (about 7 bytes
of memory and 1.6 s of CPU a MB; 36 bytes a byte in the planner's CSV reader). Past the cap
every CSV reader stops and names the line and column where the quote opened.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import tomllib
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules._files import iter_csv
from ipprules.errors import InputError
from ipprules.goodfaith import iter_history, iter_rows
from ipprules.penalties import read_violations
from ipprules.planner import read_lines


@contextlib.contextmanager
def _most(chars: int) -> Iterator[None]:
    """The readers' cap on one CSV record, ``chars`` for the block."""
    old = _files.MAX_RECORD
    _files.MAX_RECORD = chars  # type: ignore[misc]
    try:
        yield
    finally:
        _files.MAX_RECORD = old  # type: ignore[misc]


def _outcome(read: Callable[[], Any]) -> str:
    """What a reader gives: its rows, or its error's text (file, line, column, message)."""
    try:
        return repr(read())
    except InputError as exc:
        return f"error: {exc}"


#: Each CSV reader: its header, a row it reads, and how it reads a file.
_READERS: dict[str, tuple[str, str, Callable[[Path], Any]]] = {
    "iter_rows": ("type,date,note", "declaration,2024-01-02,n", iter_rows),
    "iter_rows gzip": ("type,date,note", "declaration,2024-01-02,n", iter_rows),
    "iter_rows stream": (
        "type,date,note",
        "declaration,2024-01-02,n",
        lambda path: iter_rows(io.BytesIO(path.read_bytes()), name=str(path)),
    ),
    "iter_history": ("type,date,note", "declaration,2024-01-02,n", iter_history),
    "read_violations": ("date,kind,points", "2024-03-01,general,2", read_violations),
    "iter_csv": ("a,b,c", "1,2,3", iter_csv),
    "planner": ("url,notes", "https://item.taobao.com/item.htm?id=1,n", read_lines),
}


def _read(reader: str, folder: Path, text: str) -> str:
    """``text`` read by ``reader`` (from a ``.csv``, or a ``.csv.gz`` for the gzip one)."""
    read = _READERS[reader][2]
    path = folder / "in.csv"
    if reader.endswith("gzip"):
        path = folder / "in.csv.gz"
        path.write_bytes(gzip.compress(text.encode(), mtime=0))
    else:
        path.write_bytes(text.encode())

    def run() -> Any:
        got = read(path)
        return got if isinstance(got, tuple) else list(got)

    return _outcome(run).replace(str(path), "in.csv")


@settings(max_examples=30, deadline=None)
@given(
    reader=st.sampled_from(sorted(_READERS)),
    before=st.integers(0, 3),
    lines=st.lists(st.integers(0, 40), min_size=2, max_size=8),
    closed=st.booleans(),
    end=st.sampled_from(["\n", "\r\n"]),
    after=st.booleans(),
)
@example(reader="iter_rows", before=0, lines=[60, 60], closed=False, end="\n", after=False)
@example(reader="planner", before=2, lines=[40, 40, 40], closed=True, end="\r\n", after=True)
@example(reader="iter_history", before=1, lines=[10, 0], closed=True, end="\n", after=True)
@example(reader="planner", before=0, lines=[0, 0, 0, 7, 40], closed=True, end="\r\n", after=False)
def test_a_record_past_the_cap_is_refused_at_its_quote(
    tmp_path_factory: pytest.TempPathFactory,
    reader: str,
    before: int,
    lines: list[int],
    closed: bool,
    end: str,
    after: bool,
) -> None:
    """A record whose quoted cell spans lines is read as before while it holds at most the
    cap's characters; past it, the reader stops and names the line and column of its quote,
    whether that quote closes later or never."""
    header, row, _ = _READERS[reader]
    head = header + end + (row + end) * before
    prefix = row.rpartition(",")[0] + ',"'
    record = prefix + end.join("a" * n for n in lines) + ('"' + end if closed else end)
    tail = row + end if after else ""
    fed = record + ("" if closed else tail)  # the lines csv is fed for the record
    if reader == "planner":  # it reads lines without their ends, and feeds them with "\n"
        fed = fed.replace("\r\n", "\n")
    size = len(fed)
    folder = tmp_path_factory.mktemp("rec")
    cap = 96
    with _most(cap):
        got = _read(reader, folder, head + record + tail)
    if size <= cap:
        with _most(10**9):
            assert got == _read(reader, folder, head + record + tail)
    else:
        line, column = 2 + before, len(prefix)
        assert got.startswith(f"error: in.csv:{line}:{column}: $: not valid CSV: "), got
        assert _files.long_record(cap) in got


def _open_quote(path: Path, header: str, row: str, size: int) -> Path:
    """A file of ``size`` bytes or more whose second row opens a quote never closed."""
    prefix = row.rpartition(",")[0] + ',"x\n'
    path.write_text(header + "\n" + prefix + ("a" * 99 + "\n") * (size // 100), encoding="utf-8")
    return path


def _read_all(read: Callable[[Path], Any], path: Path) -> None:
    """Read ``path`` to its end (a reader may be lazy)."""
    got = read(path)
    if not isinstance(got, tuple):
        list(got)


@pytest.mark.parametrize("reader", ["iter_rows", "iter_history", "read_violations", "planner"])
def test_memory_on_a_quote_never_closed_stops_growing_at_the_cap(
    tmp_path: Path, reader: str
) -> None:
    """Past the cap, a longer file costs no more memory (it cost 7 bytes a byte; 36 in the
    planner's reader) and the error names the quote's line."""
    header, row, read = _READERS[reader]
    peaks = []
    with _most(32 * 1024):
        for size in (1_500_000, 3_000_000):  # past the first block
            path = _open_quote(tmp_path / f"{size}.csv", header, row, size)
            tracemalloc.start()
            try:
                with pytest.raises(InputError, match="not closed within 32 KiB") as caught:
                    _read_all(read, path)
            finally:
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
            assert caught.value.line == 2
    assert peaks[1] - peaks[0] < 500_000, peaks  # it grew by 10 MB and more


_HEAD_CELL = st.sampled_from(
    ["type", "date", "note", "", " ", '""', '"\n"', '" \n "', '"ty\npe"', '"note\r\n"', '"']
)
_BODY_LINE = st.sampled_from(["", "declaration,2024-01-02,x", '"', '"a\nb"', " ", '",x'])


@settings(max_examples=30, deadline=None)
@given(
    head=st.lists(_HEAD_CELL, min_size=1, max_size=4).map(",".join),
    body=st.lists(_BODY_LINE, max_size=3),
    end=st.sampled_from(["\n", "\r\n"]),
)
@example(head='"\n"', body=[], end="\n")  # iter_rows: never closed; iter_history: []
@example(head='"\n"', body=["declaration,2024-01-02,x"], end="\n")
@example(head='type,date,"note\n"', body=["declaration,2024-01-02,x"], end="\n")
@example(head='"\n"', body=['"'], end="\n")  # the quote on line 3 is the one never closed
@example(head='" \n "', body=[], end="\r\n")
def test_a_header_spanning_lines_reads_the_same_by_rows_and_records(
    head: str, body: list[str], end: str
) -> None:
    """``iter_rows`` reads a header whose quoted cell goes on past line 1 as
    ``iter_history`` does: a blank record (no rows, or "line 1 is blank"), a column name
    holding a line break (at its cell), or the CSV error of the record, on the same line.
    ``iter_rows`` said "a quote opened on this line is never closed" at line 1 for all."""
    text = head + end + "".join(line + end for line in body)
    data = text.encode()
    rows = _outcome(lambda: list(iter_rows(io.BytesIO(data), name="h.csv")))
    records = _outcome(lambda: list(iter_history(io.BytesIO(data), name="h.csv")))
    if not rows.startswith("error") and not records.startswith("error"):
        rows = records = "read"  # rows and records are of other kinds
    assert rows == records, text


def _stdin_format_before(text: str) -> str:
    """How stdin_format told JSON from TOML before inputs29: it parsed every text that does
    not start with ``{`` as TOML first (and the reader parsed it again)."""
    head = text.lstrip()
    if not head or head.startswith("{"):
        return "json"
    try:
        if _files._long_toml_number(text) is not None:
            raise ValueError
        tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        first = head.split("\n", 1)[0]
        return "toml" if _files._TOML_FIRST.match(first) else "json"
    return "toml"


_DOC_LINE = st.sampled_from(
    [
        *["x = 1", "[t]", "# c", "[1, 2", "{", "", " ", "[[a]]", "1", '"k" = 2', "a.b = 3"],
        *["= 1", "[1]", "x = [[[", "]", "'s' = 4", "[1, 2]", '"a"', "[t.", "x ="],
        "x = " + "9" * 10_001,
    ]
)


@settings(max_examples=30, deadline=None)
@given(st.lists(_DOC_LINE, min_size=1, max_size=4).map("\n".join))
@example("x = " + "9" * 10_001)  # a number tomllib is not given: TOML by its first line
@example("[1]\n,2]")  # a table header, then not TOML: TOML's error, at its line
def test_stdin_format_answers_as_before_without_parsing_twice(text: str) -> None:
    """A document on stdin whose first line is TOML's (a comment, a key and ``=``, a table
    header) is TOML whether it parses or not: it is no longer parsed to find that out, and
    then again by its reader (a TOML plan of 1 MB on stdin took 2.27 s of CPU, 1.39 s from
    a file). Every answer is the one it was."""
    assert _files.stdin_format(text) == _stdin_format_before(text)


def test_a_toml_document_on_stdin_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    loads = tomllib.loads

    def counted(text: str, **kwargs: Any) -> Any:
        calls.append(len(text))
        return loads(text, **kwargs)

    monkeypatch.setattr(_files.tomllib, "loads", counted)
    text = "# a plan\naccount = 'x'\nitems = [1, 2]\n"
    assert _files.stdin_format(text) == "toml"
    assert _files.parse_document(text, "<stdin>", "toml").data == {"account": "x", "items": [1, 2]}
    assert len(calls) == 1
