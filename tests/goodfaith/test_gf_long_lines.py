"""A history line longer than the most a line may hold is refused in bounded time and memory.

Before the cap, the reader joined chunks until it met a newline: a line without one (``tr
'\\0' a </dev/zero | ipprules good-faith -``) took quadratic time and never ended.
"""

from __future__ import annotations

import io
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules._files import DEFAULT_MAX_LINE
from ipprules.errors import InputError
from ipprules.goodfaith import iter_rows

HEADER = "type,date,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,reinstated"
ROW = "complaint,2023-01-05,taobao,tm_counterfeit,10,7,1,1,1,0"


class Endless(io.RawIOBase):
    """``head`` and then the byte ``fill`` forever, counting what was read."""

    def __init__(self, head: bytes, fill: bytes = b"a") -> None:
        self.head = head
        self.fill = fill
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        data = (self.head + self.fill * size)[:size]
        self.head = self.head[size:]
        buffer[:size] = data
        self.given += size
        return size


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("head", [b"", (HEADER + "\n" + ROW + "\n").encode()])
def test_an_endless_line_is_refused_after_a_bounded_read(fmt: str, head: bytes) -> None:
    if fmt == "jsonl":
        head = b'{"type": "declaration", "date": "2023-01-01"}\n' if head else b""
    stream = Endless(head)
    with pytest.raises(InputError, match="line longer than 1 MiB") as info:
        list(iter_rows(io.BufferedReader(stream), name="endless", format=fmt))
    assert info.value.file == "endless"
    assert info.value.line == head.count(b"\n") + 1
    assert stream.given < 4 * DEFAULT_MAX_LINE


def test_an_endless_text_line_is_refused_too() -> None:
    text = HEADER + "\n" + "a" * (DEFAULT_MAX_LINE + 10)
    with pytest.raises(InputError, match=r"h\.csv:2: .*line longer than 1 MiB"):
        list(iter_rows(io.StringIO(text), name="h.csv"))


@settings(max_examples=6, deadline=None)
@given(ending=st.sampled_from(["\n", "\r\n", "\r"]), binary=st.booleans())
def test_a_long_file_reads_alike_whatever_its_line_ends(ending: str, binary: bool) -> None:
    """A file of lone carriage returns is no single long line: it is refused at line 1 (as by
    every CSV reader since hostile-13; it was read as with newlines), in bounded time."""
    lines = [HEADER] + [
        ROW.replace(",10,7,", f",{10 + i % 50},{7 + i % 50},") for i in range(40_000)
    ]
    text = ending.join(lines) + ending
    assert len(text) > 2 * DEFAULT_MAX_LINE
    source: io.IOBase = io.BytesIO(text.encode()) if binary else io.StringIO(text, newline="")
    if ending == "\r":
        with pytest.raises(InputError, match=r"h\.csv:1: .*old Mac line endings"):
            list(iter_rows(source, name="h.csv"))
        return
    want = Counter(iter_rows(io.StringIO("\n".join(lines) + "\n"), name="h.csv"))
    assert Counter(iter_rows(source, name="h.csv")) == want
