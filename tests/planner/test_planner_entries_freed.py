"""The planner lets go of a planned line's entry as soon as its outcome is handed over (#14).

An accepted line's entry (its listing, canonical URL, text...) is held by its group until
the groups are cut into complaints, then by its complaint alone; once the complaint's
outcomes are handed over it is freed, while it is still in the caches, instead of in one
pass over every entry when the run ends (about 0.01 s of the 200,000-line benchmark's
CPU). Seen here from outside: the input text of a planned line, a string of its own, is
held by the input list alone again once the next complaint's outcomes are handed over.
"""

from __future__ import annotations

import gc
import sys
from typing import Any

import pytest
from planner_accounts import make_account

from ipprules.planner import LineOutcome, Settings, Status, Strategy, engine, plan_listings

DAY = "2026-11-23"
#: two platforms: two routes, so at least two complaints
URLS = (
    "https://item.taobao.com/item.htm?id=6068326{:05d}",
    "https://detail.1688.com/offer/6068326{:05d}.html",
)


def _lines(n: int) -> list[str]:
    # each line a string object of its own (built, not a constant), as a reader makes them
    return ["".join([URLS[i % 2].format(i)]) for i in range(n)]


@pytest.mark.parametrize("strategy", [Strategy.FEWEST, Strategy.PROTECT])
def test_a_planned_lines_entry_is_freed_once_its_complaint_is_handed_over(
    strategy: Strategy,
) -> None:
    lines = _lines(40)
    held = {id(text): sys.getrefcount(text) for text in lines}  # before planning
    by_line = dict(enumerate(lines, start=1))
    first_of: dict[str, int] = {}  # complaint id: its first line handed over
    checked: list[str] = []

    def reconcile(outcome: LineOutcome) -> None:
        if outcome.status is not Status.PLANNED:
            return
        if outcome.complaint not in first_of:
            for complaint, line in first_of.items():  # complaints handed over before
                text = by_line[line]
                # held by the input list (and by_line) alone, as before planning: not by
                # an entry, a group or a complaint any more
                assert sys.getrefcount(text) == held[id(text)] + 1, complaint
                checked.append(complaint)
            first_of[outcome.complaint] = outcome.line

    result = plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        settings=Settings(right="tm-cn", reason="tm_counterfeit", strategy=strategy),
        reconcile=reconcile,
    )
    assert result.counts()["planned"] == len(lines)
    assert len(first_of) >= 2 and checked  # the check above ran


@pytest.mark.parametrize("strategy", [Strategy.FEWEST, Strategy.PROTECT])
@pytest.mark.parametrize("n", [40, 700])  # 700: a group longer than the portal's limit (300)
def test_the_entries_are_read_once_and_freed_before_the_check(
    strategy: Strategy, n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The complaints are made of their entries in one pass (#14): by the time the planned
    complaints are checked, no entry of a planned line is alive (its columns hold what the
    check and the outcomes read), so no later pass reads the entries, by then far out of
    the caches."""
    lines = _lines(n)
    at_check: list[int] = []
    check = engine._check

    def seen_at_check(*args: Any, **kwargs: Any) -> Any:
        # one walk of the heap for every line (a walk per line cost ~100 s in a test
        # process holding the whole suite's objects)
        texts = {id(text) for text in lines}
        entries = [
            o
            for o in gc.get_referrers(*lines)
            if type(o) is tuple and len(o) == 8 and id(o[5]) in texts
        ]
        at_check.append(len(entries))
        return check(*args, **kwargs)

    monkeypatch.setattr(engine, "_check", seen_at_check)
    result = plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        settings=Settings(right="tm-cn", reason="tm_counterfeit", strategy=strategy),
    )
    assert result.counts()["planned"] == n
    assert at_check == [0]
