"""A line the same as the one before is not parsed again (planner27), and no answer changes.

The planner's reading loop keeps the last text it parsed and its answer, and reads a line
equal to it from there (``yes URL |``). The differential below plans a pile full of such
repeats as given, and again with a line of junk between every two lines (no line then
equals the one before it, so every line is parsed): each line's outcome, its line numbers
mapped back, is the same in both runs, and so are the complaints' listings.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from ipprules.planner import LineOutcome, Settings, plan_listings

DAY = "2026-11-23"
LINK = "https://item.taobao.com/item.htm?id=606832683299"
#: Lines that strip to the same text, other listings, refusals, several links on a line.
POOL = [
    LINK,
    LINK + " ",
    " " + LINK,
    LINK[:-1] + "7",
    "https://detail.tmall.com/item.htm?id=606832683299",
    "https://www.lazada.co.th/products/pdp-i4212266679.html",
    "https://m.tb.cn/h.5cgjuyi",
    "https://s.taobao.com/search?q=shoes",
    LINK + " " + LINK[:-1] + "7",
    "y",
    "",
]
JUNK = "junk"  # rejected (not a URL) and equal to no line of POOL


def _plan(lines: list[str]) -> Any:
    return plan_listings(
        lines, make_account(), as_of=DAY, settings=Settings(right="tm-cn", reason="tm_counterfeit")
    )


def _back(number: int | None) -> int | None:
    """The line number in the pile of a line numbered ``number`` in the pile with junk."""
    return None if number is None else (number + 1) // 2


def _mapped(outcome: LineOutcome) -> LineOutcome:
    return outcome._replace(line=_back(outcome.line), duplicate_of=_back(outcome.duplicate_of))


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(POOL), st.integers(1, 3)), min_size=1, max_size=8))
def test_a_repeated_line_has_the_answer_of_a_line_parsed_afresh(
    runs: list[tuple[str, int]],
) -> None:
    lines = [text for text, times in runs for _ in range(times)]
    spaced = [line for text in lines for line in (text, JUNK)][:-1]
    kept, fresh = _plan(lines), _plan(spaced)
    assert list(kept.outcomes) == [_mapped(o) for o in fresh.outcomes[::2]]
    assert [c.complaint for c in kept.complaints] == [c.complaint for c in fresh.complaints]
    assert [c.lines for c in kept.complaints] == [
        tuple(map(_back, c.lines)) for c in fresh.complaints
    ]
