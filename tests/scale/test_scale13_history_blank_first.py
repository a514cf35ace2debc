"""scale13: a CSV history whose line 1 is blank gets one machine's answer from the Dask reader.
``\\n""\\n`` is an empty history on one machine (``""`` is a blank record to
:mod:`csv`), while the Dask reader refused it as "line 1 is blank"; a broken quote after a
blank line 1 was its own "not CSV" wording. The Dask reader now asks one machine's reader,
and the two answers are compared as they are, not against a text written here."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import iter_history
from ipprules.scale import read_histories, standings

#: Lines after the blank line 1: blank ones (white space, ``""``, a CR alone), broken quotes,
#: a header, a row, a quoted cell across lines.
_LINES = ["", "  ", '""', '"" ', '""""', "\r", '"', "\ufeff", "type,date", "x", '"a', 'b"', "\t"]


def _answer(read: Callable[[], Any]) -> tuple[str, str]:
    """``("empty", "")``, ``("rows", n)`` or ``("error", message)``."""
    try:
        got = read()
    except InputError as exc:
        return "error", str(exc)
    return ("empty", "") if len(got) == 0 else ("rows", str(len(got)))


@settings(max_examples=10, deadline=None)
@given(
    first=st.sampled_from(["", " ", "\t ", "\ufeff"]),
    lines=st.lists(st.sampled_from(_LINES), max_size=4),
    end=st.sampled_from(["\n", "\r\n"]),
)
@example(first="", lines=['""'], end="\n")  # the brief's file: an empty history on both
@example(first="", lines=['""', "", '""'], end="\r\n")
@example(first="", lines=['"'], end="\n")  # not valid CSV at line 2, in one machine's words
@example(first="", lines=['"" '], end="\n")
@example(first="", lines=['""', "type,date"], end="\n")  # line 1 is blank
@example(first="", lines=["\ufeff"], end="\n")  # a BOM on line 2: not "empty file"
def test_a_blank_line_one_gets_the_answer_of_one_machine(
    first: str, lines: list[str], end: str
) -> None:
    text = end.join([first, *lines]) + end
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "h.csv")
        Path(path).write_text(text, encoding="utf-8", newline="")
        one = _answer(lambda: list(iter_history(path)))
        dask = _answer(lambda: read_histories(path).compute(scheduler="sync"))
        standing = _answer(lambda: standings(path, "2024-06-30").compute(scheduler="sync"))
    assert dask == one, repr(text)
    assert standing == one, repr(text)
