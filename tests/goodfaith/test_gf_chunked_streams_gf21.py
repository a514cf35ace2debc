"""A history read from a file-like object whose ``read(size)`` ignores ``size`` (sweep gf21).

``io.TextIOBase.read`` may return fewer characters than asked, and some wrappers return
more. Whatever a stream's reads return (one character at a time, a random number of them,
or far more than asked), the one-machine history readers read every line exactly once: the
same records, the same history and the same error (file, line, message) as reading the path.
The same holds for the other readers that read streams in blocks (planner lines,
violations CSV, listing lines).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import History, history, iter_rows, read_history

HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,note"


class Chunked:
    """Reads of a text (or its UTF-8 bytes) in the sizes ``sizes`` gives, whatever is asked:
    ``0`` in ``sizes`` means "as asked"; any other number is the size returned."""

    def __init__(self, data: str | bytes, sizes: list[int]) -> None:
        self.data, self.at, self.sizes, self.calls = data, 0, sizes, 0

    def size(self, asked: int | None) -> int:
        chosen = self.sizes[self.calls % len(self.sizes)]
        self.calls += 1
        if chosen:
            return chosen
        return len(self.data) if asked is None or asked < 0 else asked

    def read(self, asked: int | None = -1) -> Any:
        out = self.data[self.at : self.at + self.size(asked)]
        self.at += len(out)
        return out


class ChunkedText(Chunked, io.TextIOBase):
    def __init__(self, data: str, sizes: list[int]) -> None:
        io.TextIOBase.__init__(self)
        Chunked.__init__(self, data, sizes)

    def readable(self) -> bool:
        return True


class ChunkedBytes(Chunked, io.RawIOBase):
    def __init__(self, data: bytes, sizes: list[int]) -> None:
        io.RawIOBase.__init__(self)
        Chunked.__init__(self, data, sizes)

    def readable(self) -> bool:
        return True


def chunked(text: str, sizes: list[int], binary: bool) -> Any:
    return ChunkedBytes(text.encode("utf-8"), sizes) if binary else ChunkedText(text, sizes)


line = st.one_of(
    st.builds(
        lambda d, i, td, rj, note: (
            f"complaint,2023-01-{d:02},{i},taobao,x,{td + rj},{td},{rj},{note}"
        ),
        st.integers(1, 28),
        st.sampled_from(["", "C1", "C2", "x-9"]),
        st.integers(0, 3),
        st.integers(1, 2),
        st.sampled_from(["", "n", '"a,b"', '"two\nlines"', "中文"]),
    ),
    st.builds(lambda d: f"declaration,2023-01-{d:02},,,,,,,", st.integers(1, 28)),
    st.just(""),
)
sizes = st.lists(st.sampled_from([0, 1, 2, 3, 7, 64, 1000, 1 << 16]), min_size=1, max_size=6)


def outcome(source: Callable[[], Any], *, rows: bool) -> Any:
    """What the readers make of a new ``source()`` each: its records and history (or its
    rows, as a multiset: equal rows close together come out together), or the error raised."""
    try:
        if rows:
            return Counter(iter_rows(source(), name="h.csv"))
        return read_history(source(), name="h.csv"), History.from_file(source(), name="h.csv")
    except InputError as exc:
        return str(exc)


@pytest.fixture(params=["default", "small"])
def blocks(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's own block sizes, and tiny ones so that lines cross every boundary."""
    if request.param == "small":
        monkeypatch.setattr(history, "_FIRST_BLOCK", 4)
        monkeypatch.setattr(history, "_BLOCK", 16)
        monkeypatch.setattr(history, "_CACHE_LINES", 3)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    lines=st.lists(line, max_size=25),
    sizes=sizes,
    binary=st.booleans(),
    delimiter=st.sampled_from([",", ";"]),
    rows=st.booleans(),
)
def test_any_chunking_of_a_history_reads_as_its_path(
    blocks: None,
    tmp_path_factory: pytest.TempPathFactory,
    lines: list[str],
    sizes: list[int],
    binary: bool,
    delimiter: str,
    rows: bool,
) -> None:
    text = HEADER + "\n" + "\n".join(lines) + "\n"
    if delimiter == ";":  # no cell holds a ';': the same file split by ';' (read as commas)
        text = text.replace('"a,b"', "ab").replace(",", ";")
    path = tmp_path_factory.mktemp("h") / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    expected = outcome(lambda: str(path), rows=rows)
    assert outcome(lambda: chunked(text, sizes, binary), rows=rows) == expected


# ------------------------------------- the other readers that read a stream in blocks

plan_line = st.one_of(
    st.builds(
        lambda n, reason: f"https://item.taobao.com/item.htm?id={n},{reason},0.9",
        st.integers(600000000000, 600000000009),
        st.sampled_from(["tm_counterfeit", '"a,b"', "中文"]),
    ),
    st.sampled_from(["", "# note", '"https://detail.tmall.com/item.htm?id=1",x,"two\nlines"']),
)


def reading(reader: Callable[[Any], Any], source: Any) -> Any:
    """What ``reader(source)`` gives (as a list), or the error it raises."""
    try:
        return list(reader(source))
    except InputError as exc:
        return str(exc)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(lines=st.lists(plan_line, max_size=20), sizes=sizes, binary=st.booleans())
def test_any_chunking_of_a_plan_or_csv_reads_as_its_path(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], sizes: list[int], binary: bool
) -> None:
    from ipprules._files import iter_csv_dialect, iter_lines
    from ipprules.planner import read_lines

    text = "url,reason,confidence\n" + "\n".join(lines) + "\n"
    path = tmp_path_factory.mktemp("p") / "p.csv"
    path.write_bytes(text.encode("utf-8"))

    def dialect(source: Any) -> Any:
        delimiter, rows = iter_csv_dialect(source, lambda cells: "url" in cells)
        return [(delimiter, line, row) for line, row, _ in rows]

    readers: list[Callable[[Any], Any]] = [
        lambda s: read_lines(s, name="p.csv", kind="csv"),
        iter_lines,
        dialect,
    ]
    for reader in readers:
        expected = reading(reader, str(path))
        stream = chunked(text, sizes, binary)
        stream.name = str(path)  # the name errors give
        if reader is readers[0] and binary:  # the planner reads text streams
            stream = io.TextIOWrapper(stream, encoding="utf-8", newline="")  # type: ignore[arg-type]
        assert reading(reader, stream) == expected


class ReadOnly:
    """A file-like object with ``read`` only (no ``readinto``), returning far more than asked."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        out, self.data = self.data[: 1 << 16], self.data[1 << 16 :]
        return out


@pytest.mark.parametrize("binary_class", [ReadOnly, lambda data: ChunkedBytes(data, [1 << 16])])
def test_a_binary_stream_with_read_only_is_read_whole(binary_class: Any) -> None:
    from ipprules._files import iter_lines

    lines = [f"https://item.taobao.com/item.htm?id={600000000000 + i}" for i in range(9000)]
    data = ("\n".join(lines) + "\n").encode()
    assert [text for _, text in iter_lines(binary_class(data))] == lines
