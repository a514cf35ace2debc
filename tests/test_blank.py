"""Blank lines before a CSV history's first text are read in bounded memory (sweep blank).

``iter_history`` (``ipprules good-faith``'s full CSV reader) kept every line before the
header, one string each, while it looked for the first text: a history of a million blank
lines took 65 MB to say "line 1 is blank". It keeps the record being read now; the answers
and the lines they name are the same (an unclosed quote after blank lines is now named at
its own line, not at line 1).
"""

from __future__ import annotations

import tracemalloc
from collections import deque
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import iter_history

HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending\n"
ROW = "complaint,2022-09-05,C1,tmall_global,tm_misuse,2,1,1,0,0\n"


def _peak(path: Path) -> tuple[object, int]:
    tracemalloc.start()
    try:
        try:
            got: object = list(iter_history(str(path)))
        except InputError as exc:
            got = (exc.line, str(exc).split(": ", 1)[1])
        return got, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.no_cover
@pytest.mark.parametrize("tail", ["", HEADER + ROW])
def test_blank_lines_before_a_csv_history_do_not_grow_its_memory(tmp_path: Path, tail: str) -> None:
    peaks = []
    answers = []
    for blanks in (10_000, 50_000):
        path = tmp_path / f"h{blanks}.csv"
        path.write_text(" \t\n" * blanks + tail)
        got, peak = _peak(path)
        answers.append(got)
        peaks.append(peak)
    assert answers[0] == answers[1]
    if tail:  # the header comes too late: the blank first line is the error
        assert isinstance(answers[0], tuple) and answers[0][0] == 1
    else:  # blank lines only: an empty history
        assert answers[0] == []
    # 40,000 more blank lines: about 2.4 MB more before (60 bytes a line), a few KB now
    assert peaks[1] - peaks[0] < 1_000_000, peaks


_BLANK = st.sampled_from(["", " ", "\t", " \t", '""', '" "', "\r"])


@settings(max_examples=40)
@given(
    blanks=st.lists(_BLANK, min_size=1, max_size=6),
    bad=st.sampled_from(['"never closed', '"a"b,c', "x,y", "type,date"]),
)
@example(blanks=[" \t", "", '""'], bad='"never closed')
def test_errors_after_blank_lines_name_the_line_they_are_on(
    tmp_path_factory: pytest.TempPathFactory, blanks: list[str], bad: str
) -> None:
    path = tmp_path_factory.mktemp("h") / "h.csv"
    path.write_text("".join(line + "\n" for line in blanks) + bad + "\n")
    with pytest.raises(InputError) as caught:
        list(iter_history(str(path)))
    err = caught.value
    if bad.startswith('"'):  # a quote that breaks the record: its own line, column 1
        assert (err.line, err.column) == (len(blanks) + 1, 1), str(err)
        assert "not valid CSV" in str(err)
    else:  # text after blank lines: the blank first line is the error
        assert err.line == 1 and "line 1 is blank" in str(err)


def test_the_shared_reader_holds_one_block_of_blank_lines_at_a_time(tmp_path: Path) -> None:
    """``iter_lines`` (``ipprules listings``, ``ipprules plan``) split the next 256 KiB block
    while the last block's lines were still alive: a file of ``' \\t'`` lines peaked at two
    blocks' lines (11.5 MB), one block's (6.3 MB) now, however many lines it holds."""
    from ipprules._files import iter_lines

    peaks = []
    for blanks in (80_000, 180_000):  # one block of 256 KiB, two
        path = tmp_path / f"b{blanks}.txt"
        path.write_text(" \t\n" * blanks + "x\n")
        tracemalloc.start()
        try:
            tail = deque(iter_lines(path), maxlen=2)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert list(tail) == [(blanks, " \t"), (blanks + 1, "x")]
    assert peaks[1] - peaks[0] < 2_000_000, peaks  # was about 5.4 MB more
