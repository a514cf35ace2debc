"""planner13: what the planner no longer does per line or per planned listing changes no answer.

A complaint's confidence is taken without a pass over its entries when no line gives one
(the reading loop notes whether some line does); the mean of the lines' confidences when
some line gives one.

The reading loop's search for a link listed after a separator without its scheme
(``…?id=1,item.taobao.com/…``) is one search per separator (each pattern starting with its
separator alone, asked only of a text holding it) instead of one search of ``LISTED_HOST``,
whose leading class ``[,;|]`` the regular expression engine tests at every character. It
must find a match exactly when ``LISTED_HOST`` does."""

from __future__ import annotations

import re
from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from ipprules.listings.text import LISTED_HOST
from ipprules.planner import PlanLine, Settings, engine, plan_listings

TB = "https://item.taobao.com/item.htm?id={}"
CONFIDENCES = st.none() | st.fractions(0, 1, max_denominator=20)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.lists(CONFIDENCES, min_size=1, max_size=12), st.fractions(0, 1, max_denominator=9))
@example([Fraction(1, 3)], Fraction(19, 20))  # one line gives one: not the assumed value
@example([None, None], Fraction(1, 2))  # none does: the assumed value
@example([None], 1)  # an int assumed (test_planner11's case): still a Fraction
def test_a_planned_complaints_confidence_is_its_lines_mean(
    given: list[Fraction | None], assumed: Fraction
) -> None:
    lines = [
        PlanLine(line=i, url=TB.format(606832683200 + i), confidence=c)
        for i, c in enumerate(given, 1)
    ]
    chosen = Settings(reason="tm_counterfeit", right="tm-cn", assumed_confidence=assumed)
    result = plan_listings(lines, make_account(), as_of="2026-11-23", settings=chosen)
    assert result.counts()["planned"] == len(lines)  # not vacuous: every line is planned
    by_line = {line.line: assumed if line.confidence is None else line.confidence for line in lines}
    for planned in result.complaints:
        each = [by_line[n] for n in planned.lines]
        assert type(planned.confidence) is Fraction
        assert planned.confidence == sum(each, Fraction(0)) / len(each)


#: pieces of URLs and of the marketplaces' hosts, separators and look-alike words glued
#: together in any order
PIECES = [
    ",",
    ";",
    "|",
    "&#10;",
    ".",
    "-",
    "/",
    "//",
    "https://",
    "?id=1",
    "&spm=a",
    "item.taobao.com",
    "taobao.com",
    "tmall.com",
    "detail.1688.com",
    "m.tb.cn",
    "aliexpress.com",
    "lazada.co.th",
    "goofish.com",
    "ITEM.TAOBAO.COM",
    "taobao.comx",
    "xtaobao.com",
    "shop123",
    "a",
    "0",
    " ",
    "é",
]


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=40))
@example("https://item.taobao.com/item.htm?id=1,item.taobao.com/item.htm?id=2")
@example("https://item.taobao.com/item.htm?id=1&spm=a,b;c|d")
@example("uniqlo.tmall.com|nike.tmall.com")
@example("x;detail.1688.com/offer/1.html")
@example(",taobao.com")
def test_the_search_by_separator_finds_what_listed_host_finds(text: str) -> None:
    assert engine._listed_host(text) is (LISTED_HOST.search(text) is not None)


def test_a_pattern_that_starts_otherwise_is_searched_whole_in_every_text() -> None:
    other = re.compile(r"(?<![a-z])taobao\.com")
    searches = engine._by_separator(other)
    assert [sep for sep, _ in searches] == [""]
    assert any(sep in "taobao.com" and search("taobao.com") for sep, search in searches)


def test_each_separator_has_its_own_search() -> None:
    searches = dict(engine._by_separator(LISTED_HOST))
    assert sorted(searches) == [",", ";", "|"]
    for sep, search in searches.items():
        assert search(f"x{sep}item.taobao.com/item.htm") is not None
        assert search("x?id=1,2;3|4") is None
