"""Bounded time on hostile strings: the separator pattern of a right's registration number
(a long run of blanks was scanned again from each of its characters: quadratic time in
``check`` on a plan whose number holds one)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks import evidence
from ipprules.checks.model import IprType, Right

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
