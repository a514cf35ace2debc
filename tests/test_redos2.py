"""Bounded time on hostile strings: the separator pattern of a right's registration number
(a long run of blanks was scanned again from each of its characters: quadratic time in
``check`` on a plan whose number holds one)."""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks import evidence
from ipprules.checks.model import IprType, Right
from ipprules.cli import _common

#: The pattern as it was before the fix (quadratic on a run of blanks).
_OLD_LIST = re.compile(r"\s*(?:[;|\u3001\uff1b]|\band\b|&)\s*", re.IGNORECASE)

_PIECES = st.sampled_from(
    [" ", "\t", "\n", "\u3000", "\u00a0", ";", "|", "&", "/", ",", "+", "、", "，", "；",
     "\u3001", "\uff1b", "and", "AND", "And", "a", "n", "d", "1", "x", "和", "及", "与", "與"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
@example("1  \u3000 ; 2")
@example("a and  and b")
@example("  &  ")
def test_separator_patterns_match_as_before(text: str) -> None:
    assert _spans(evidence._LIST, text) == _spans(_OLD_LIST, text)
    assert evidence._LIST.split(text) == _OLD_LIST.split(text)


def _cpu(call: Callable[[Right], object], arg: Right) -> float:
    start = time.process_time()
    call(arg)
    return time.process_time() - start


#: 16k blanks after a number: quadratic took ~5 s of CPU time here (~15 s in ``check``);
#: linear takes a few ms. The bound is generous for a loaded machine.
_RUN = 16_000
_BOUND = 1.0


def test_several_numbers_on_a_long_run_of_blanks_is_linear() -> None:
    number = "12345678" + "\u3000" * _RUN + "x"
    right = Right(id="r", ipr_type=IprType.TRADEMARK, place="US", number=number)
    assert evidence.several_numbers(right) == []
    assert _cpu(evidence.several_numbers, right) < _BOUND


#: The CLI's size patterns as they were (quadratic on blanks after the digits), zeros before
#: the digits left out of their count (review33: 7 after eighteen zeros is 7, not too large).
_OLD_SIZE = re.compile(r"\s*0*(\d{1,15})\s*([kmg]?)(?:i?b)?\s*", re.IGNORECASE | re.ASCII)
_OLD_TOO_BIG = re.compile(r"\s*0*[1-9][0-9]{15,}\s*[kmg]?(?:i?b)?\s*", re.IGNORECASE | re.ASCII)
_SIZE_TEXTS = st.lists(
    st.sampled_from([" ", "\t", "\n", "1", "0", "9" * 8, "k", "M", "g", "i", "B", "b", "x"]),
    max_size=12,
).map("".join)


def _size(found: re.Match[str] | None) -> tuple[int, str] | None:
    """The number and unit a size pattern read (None: no size, nothing or 0)."""
    if found is None or int(found[1]) == 0:
        return None
    return int(found[1]), found[2].lower()


@settings(max_examples=200, deadline=None)
@given(_SIZE_TEXTS)
@example("1 k")
@example(" 64 MiB ")
@example("1  ")
@example("1" * 20 + "  g ")
@example("0" * 20 + "7k")
def test_size_patterns_match_as_before(text: str) -> None:
    new, old = _common._SIZE.fullmatch(text), _OLD_SIZE.fullmatch(text)
    assert _size(new) == _size(old)
    assert bool(_common._TOO_BIG.fullmatch(text)) == bool(_OLD_TOO_BIG.fullmatch(text))


@pytest.mark.parametrize("digits", ["1", "1" * 20])
def test_byte_size_on_a_long_run_of_blanks_is_linear(digits: str) -> None:
    text = digits + " " * 64_000 + "x"  # ~11 s of CPU time before the fix, ~1 ms after
    start = time.process_time()
    with pytest.raises(argparse.ArgumentTypeError, match="not a size"):
        _common.byte_size(text)
    assert time.process_time() - start < _BOUND


_OLD_CLASSED = re.compile(
    r"(?<![a-z])(?:class(?:es)?|cl|kl(?:asse)?|classe|clase|nice)(?![a-z])\.?\s*[:：#]?\s*"
    r"\d{1,2}(?!\d)"
    r"|(?<!\d)\d{1,2}\s*[类類]",
    re.IGNORECASE,
)
_CLASS_TEXTS = st.lists(
    st.sampled_from([" ", "\t", "\u3000", "class", "Cl", "nice", ".", ":", "：", "#", "9", "12",
                     "123", "类", "x", "es"]),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_CLASS_TEXTS)
@example("class  : 9")
@example("Cl.   9")
@example("nice #  12")
def test_class_pattern_matches_as_before(text: str) -> None:
    assert _spans(evidence._CLASSED, text) == _spans(_OLD_CLASSED, text)


def test_classed_number_on_a_long_run_of_blanks_is_linear() -> None:
    number = "31234567 class" + " " * 40_000 + "x"  # ~20 s before the fix
    right = Right(id="r", ipr_type=IprType.TRADEMARK, place="CN", number=number)
    start = time.process_time()
    assert not evidence.classed_number(right)
    assert time.process_time() - start < _BOUND
