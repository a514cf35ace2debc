"""The history readers agree on a CSV history that starts with blank lines (sweep inputs27).

``iter_rows`` (the fast reader) said "line 1 is blank" for any text after blank first lines,
while ``iter_history`` (the full reader) read the records after them with :mod:`csv`: a quote
that breaks a record is "not valid CSV" at its own line, and a record of quoted blanks
(``""``) is blank too. Both now read the lines after a blank first line the same way.
"""

from __future__ import annotations

import io
import tracemalloc
from typing import IO, Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import iter_history, iter_rows

HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending\n"

_FIRST = st.sampled_from(["", " ", "\t", " \t", "\r", " \r "])
_LINE = st.sampled_from(
    ["", " ", "\t", '""', '" "', '"\n"', "\r", '"', '"a', '"a"b', ',"x', "x,y", " \r ", "a\rb"]
)


def _answer(reader: object, text: str | IO[bytes], stream: bool) -> object:
    if not isinstance(text, str):
        source: IO[Any] = text
    else:
        source = io.BytesIO(text.encode()) if stream else io.StringIO(text)
    try:
        return len(list(reader(source, name="h.csv", format="csv")))  # type: ignore[operator]
    except InputError as exc:
        return str(exc)


@settings(max_examples=60, deadline=None)
@given(
    first=_FIRST,
    lines=st.lists(_LINE, max_size=5),
    tail=st.sampled_from(["", HEADER]),
    stream=st.booleans(),
)
@example(first=" \t", lines=["", '""', '"never closed'], tail="", stream=True)
@example(first="", lines=['"a'], tail="", stream=False)
@example(first="", lines=['""'], tail="", stream=False)
@example(first="", lines=["x,y"], tail="", stream=True)
@example(first=" \r ", lines=[], tail="", stream=False)  # white space only: no rows
@example(first="", lines=["a\rb"], tail="", stream=True)  # old Mac after line 1: line 1
def test_both_history_readers_answer_alike_after_a_blank_first_line(
    first: str, lines: list[str], tail: str, stream: bool
) -> None:
    text = "".join(line + "\n" for line in [first, *lines]) + tail
    full = _answer(iter_history, text, stream)
    fast = _answer(iter_rows, text, stream)
    assert fast == full, text
    if isinstance(full, str) and "not valid CSV" not in full:
        assert "h.csv:1: $: line 1 is blank" in full or "old Mac" in full, full


@pytest.mark.no_cover
@pytest.mark.parametrize("tail", ['"never closed\n', HEADER, "\u3000\n\x1c\n", ' \r \n"a\n'])
def test_many_blank_lines_then_a_tail_read_alike(tail: str) -> None:
    """Blank lines over more than one of the fast reader's blocks (1 KiB, then 1 MiB): the
    line an error names is counted across them."""
    text = "\n" + " \t\n" * 400_000 + tail  # 1.2 MB
    full = _answer(iter_history, text, True)
    assert _answer(iter_rows, text, False) == full
    if tail.startswith('"never'):
        assert "h.csv:400002:1: $: not valid CSV" in str(full), full


def test_a_stream_of_blank_lines_is_not_kept_for_a_second_reading() -> None:
    """A stream (which cannot be opened again) kept every byte read until its header said
    whether the ids would be read again: blank lines before it grew the memory of
    ``iter_rows`` by a byte a byte (11.5 MB at 3 million lines). Without a header there are
    no ids: nothing is kept."""
    peaks = []
    for lines in (400_000, 1_800_000):  # 1.2 MB, 5.4 MB
        source = io.BytesIO((" \t\n" * lines + HEADER).encode())
        tracemalloc.start()
        try:
            assert "h.csv:1: $: line 1 is blank" in str(_answer(iter_rows, source, True))
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] - peaks[0] < 2_500_000, peaks  # was 5.4 MB more; a 1 MiB block now
