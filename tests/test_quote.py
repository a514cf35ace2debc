"""A CSV record that spans many lines (a quote opened and never closed makes the rest of the
file one record) keeps its lines joined in pieces (:class:`ipprules._files.KeptLines`), not a
``str`` a line: the memory of the history and violations readers stays a few bytes a byte of
the file (it was 36), and their errors and rows are the same as when every line is kept
alone (sweep quote)."""

from __future__ import annotations

import contextlib
import gzip
import io
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules.errors import InputError
from ipprules.goodfaith import history, iter_history, iter_rows
from ipprules.penalties import read_violations

HISTORY_HEAD = "date,type,account,note\n"
VIOLATIONS_HEAD = "date,kind,points\n"


@contextlib.contextmanager
def _fold(lines: int) -> Iterator[None]:
    """The readers join the lines of a record every ``lines`` lines (a huge number: never,
    every line kept alone as the readers always did)."""
    old = _files.FOLD
    _files.FOLD = history.FOLD = lines  # type: ignore[misc]
    try:
        yield
    finally:
        _files.FOLD = history.FOLD = old  # type: ignore[misc]


def _outcome(read: Callable[[], Any]) -> str:
    """What a reader gives: its rows, or its error's text (file, line, column, message)."""
    try:
        return repr(read())
    except InputError as exc:
        return f"error: {exc}"


def _readers(folder: Path, text: str) -> dict[str, Callable[[], Any]]:
    """Every reader of ``text`` as a history (fast rows, full records, gzip) and as a
    violations file."""
    data = text.encode()
    (folder / "h.csv").write_bytes(data)
    (folder / "h.csv.gz").write_bytes(gzip.compress(data, mtime=0))
    (folder / "v.csv").write_bytes(data.replace(b"date,type,account,note", b"date,kind,points"))
    return {
        "iter_rows": lambda: list(iter_rows(folder / "h.csv")),
        "iter_rows gzip": lambda: list(iter_rows(folder / "h.csv.gz")),
        "iter_history": lambda: list(iter_history(folder / "h.csv")),
        "iter_rows stream": lambda: list(iter_rows(io.BytesIO(data), name="s.csv")),
        "read_violations": lambda: read_violations(folder / "v.csv"),
    }


_CELL = st.sampled_from(
    ["", "a", "2024-01-01", "complaint", '"', '""', '"x"', '"a\nb"', '"a\n\nb"', "\r"]
)
_LINE = st.lists(_CELL, min_size=1, max_size=5).map(",".join)
_END = st.sampled_from(["\n", "\r\n", "\n\n"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """A small CSV history whose cells hold stray quotes, quoted line breaks, carriage
    returns; its header may be blank, quoted or broken too."""
    head = draw(st.sampled_from([HISTORY_HEAD, "\n" + HISTORY_HEAD, '"date,type\n', "\n\n"]))
    lines = draw(st.lists(st.tuples(_LINE, _END), max_size=8))
    return head + "".join(line + end for line, end in lines)


@settings(max_examples=40)
@given(_texts())
@example('date,type,account,note\n2024-01-01,complaint,a,"x\na\na\na\n')  # quote on line 2
@example('"date,type\na\na\na\n')  # on the header
@example('\n\n"a\na\na\nb,"c\n')  # after blank lines
@example('date,type,account,note\r\n\r\n2024-01-01,"x\r\na\r\na\r\n"y,z\r\n')  # \r\n, text after
@example('date,type,account,note\n2024-01-01,complaint,a,"x\na\na\na\nb"\n')  # closed: a row
@example('date,type,account,note\n2024-13-01,complaint,a,"x\na\na\nb"\n')  # a bad cell placed
def test_errors_and_rows_are_those_of_lines_kept_alone(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, read in _readers(Path(folder), text).items():
            with _fold(10**9):
                alone = _outcome(read)
            with _fold(2):  # lines joined every 2 lines: records of 3 or more lines fold
                joined = _outcome(read)
            assert joined == alone, name


def _peak(read: Callable[[], Any]) -> tuple[int, str]:
    tracemalloc.start()
    try:
        outcome = _outcome(read)
        return tracemalloc.get_traced_memory()[1], outcome
    finally:
        tracemalloc.stop()


def _never_closed(folder: Path, lines: int, head: str) -> Path:
    """A CSV file whose line 2 opens a quote that ``lines`` lines of ``a`` never close."""
    path = folder / f"{lines}.csv"
    path.write_text(head + '2024-01-01,complaint,a,"x\n' + "a\n" * lines)
    return path


_NEVER_CLOSED = (
    ":2:24: $: not valid CSV: unexpected end of data (a quote opened on this line is never closed)"
)


@pytest.mark.no_cover
def test_memory_of_a_quote_never_closed_is_a_few_bytes_a_byte(tmp_path: Path) -> None:
    # 100 kB: the readers peak at 1.9 MB against a bound of 2.8 MB; lines kept a str a line
    # (no folding into pieces, FOLD = 10**9) peak at 4.7 MB (at 200 kB: 2.6, 3.6 and 8.3 MB)
    path = _never_closed(tmp_path, 50_000, HISTORY_HEAD)
    for read in (lambda: list(iter_rows(path)), lambda: list(iter_history(path))):
        peak, outcome = _peak(read)
        assert outcome.endswith(_NEVER_CLOSED)
        # the csv module's cell (4 bytes a character), the text kept, the blocks read
        assert peak < 8 * path.stat().st_size + 2_000_000


@pytest.mark.no_cover
def test_memory_of_violations_grows_a_few_bytes_a_byte(tmp_path: Path) -> None:
    """The shared line reader holds one block (256 KiB) as lines: past it, what grows."""
    small, large = (_never_closed(tmp_path, n, VIOLATIONS_HEAD) for n in (150_000, 300_000))
    peaks = []
    for path in (small, large):
        peak, outcome = _peak(lambda path=path: read_violations(path))
        assert outcome.endswith(_NEVER_CLOSED)
        peaks.append(peak)
    assert peaks[1] - peaks[0] < 12 * (large.stat().st_size - small.stat().st_size)
