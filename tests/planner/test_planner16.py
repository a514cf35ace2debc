"""planner16 (#14): the check of the planned complaints skips the search for ids split by
white space (``split_text``, a regular expression that stops at every digit) in a complaint
whose listings are ASCII and hold no space or tab, the only ASCII white space it looks for."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from ipprules.checks import check
from ipprules.listings.model import split_text
from ipprules.planner import Settings, engine, plan_listings

DAY = "2026-11-23"
#: the characters of ids split or not: digits, ASCII and other white space, URL text
_TEXT = st.text(
    st.sampled_from("0123456789 \t\n\r\x0b\x0cabc?=/:.\u00a0\u2002\u3000\u205f\u202f"), max_size=40
)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(_TEXT)
@example("https://item.taobao.com/item.htm?id=606832683 299")
@example("?id=606832683\t299")
@example("?id=606832683\u00a0299")
@example("?id=606832683\u3000299")
@example("?id=606832683\n299")
def test_a_text_the_guard_passes_over_holds_no_split_id(text: str) -> None:
    if not engine._may_split(text):
        assert not split_text(text)


def test_the_guard_passes_over_plain_ascii_and_not_over_white_space() -> None:
    assert not engine._may_split("https://item.taobao.com/item.htm?id=606832683299\nhttps://x")
    assert engine._may_split("?id=606832683 299")
    assert engine._may_split("?id=606832683\u00a0299")  # not ASCII: searched


def test_plain_complaints_are_not_searched_for_split_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """The complaints of plain ASCII listings are checked without the search, with the
    report ``check`` gives the plan."""
    searched: list[str] = []

    def recording(text: str) -> Any:
        searched.append(text)
        return split_text(text)

    monkeypatch.setattr(engine, "split_text", recording)
    lines = [f"https://item.taobao.com/item.htm?id=6068326{i:05d}" for i in range(20)]
    lines += [f"https://detail.1688.com/offer/6068326{i:05d}.html" for i in range(20)]
    result = plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        settings=Settings(right="tm-cn", reason="tm_counterfeit"),
    )
    assert result.counts()["planned"] == len(lines) and len(result.complaints) == 2
    assert searched == []
    assert result.report == check(result.plan)
