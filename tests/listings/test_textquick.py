"""Sweep textquick (notes in /work/notes/sweep-textquick.md): a link in text whose id is
followed by a CSV cell of text and then full-width punctuation with URL syntax after it
(``#https://item.taobao.com/item.htm?id=40066362090,tao。&bao``).

The quick path read the link as ``…?id=40066362090,tao`` (the link ends at the ``。``) and its
``,tao`` as the next cell of a row (item 40066362090); the thorough parser's URL finder applied
its list cut to the whole token ``…,tao。&bao``, where the ``&`` after the ``。`` hid the cell,
and refused the id ``40066362090,tao`` as malformed. The documented rules (docs/listings.md:
full-width punctuation after a link ends it; a comma after an id's number followed by a cell of
text ends the link) give the listing: the finder now applies the list cut to the link as it
ends too.

A Hypothesis differential test draws the family (a link in text followed by ``,word`` cells,
the full-width punctuation ``。，！？``, ``&``, ``#``, ``=``, digits, spaces, with ``#`` or words
before the link) and checks that ``parse_listing`` (with the miss cache empty and warm),
``parse_listings``, the columnar kernel and ``parse_slowly`` agree. ``IPPRULES_TEXTQUICK_EXAMPLES``
raises the number of examples for a long local run.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings import parser as listing_parser
from ipprules.listings.parser import parse_slowly

EXAMPLES = int(os.environ.get("IPPRULES_TEXTQUICK_EXAMPLES", "60"))

#: Links whose id ends the link (a query's id, a path's id), with and without a scheme, and
#: stores (no id for a cell to follow).
_LINKS = [
    "https://item.taobao.com/item.htm?id=40066362090",
    "https://detail.tmall.com/item.htm?spm=a&id=690091011924",
    "item.taobao.com/item.htm?id=40066362090",
    "//item.taobao.com/item.htm?id=40066362090",
    "https://www.goofish.com/item?id=965639435219",
    "https://item.taobao.com/item.htm?id=1",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://shop118454188.taobao.com",
    "https://uniqlo.tmall.com/",
]
#: What stands before the link: nothing (a link alone on its line), a ``#`` glued to it, words.
_HEADS = ["", "#", "# ", "see ", "#see ", "链接：", "看", "1,"]
#: What follows the link: CSV cells, full-width punctuation, URL syntax, digits, text, spaces.
_PIECES = [",", ",tao", "tao", "bao", "12", "。", "，", "！", "？", "&", "#", "=", " ", "看", "x=1"]
_CJK_STOPS = ["。", "！", "？", "）"]


def _fresh(text: str) -> dict[str, Any]:
    listing_parser._MISSES.clear()
    return parse_listing(text).as_dict()


def _answer(result: Any) -> tuple[Any, ...]:
    record = result.as_dict()
    return record["ok"], record["code"], record["id"], record["canonical_url"]


def _check(texts: list[str]) -> None:
    expected = [parse_slowly(text).as_dict() for text in texts]
    assert [_fresh(text) for text in texts] == expected, texts
    for _ in range(2):  # every key seen twice: the miss cache has learnt it
        warm = [parse_listing(text).as_dict() for text in texts]
    assert warm == expected, texts
    assert [result.as_dict() for _, result in parse_listings(texts)] == expected
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column(list(texts)).to_pylist() == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_HEADS),
            st.sampled_from(_LINKS),
            st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join),
        ).map("".join),
        min_size=1,
        max_size=4,
    )
)
@example(["#https://item.taobao.com/item.htm?id=40066362090,tao。&bao"])  # the fuzzer's find
@example(["see https://item.taobao.com/item.htm?id=40066362090,tao。&bao"])
@example(["see https://item.taobao.com/item.htm?id=40066362090,tao&bao"])
@example(["see https://item.taobao.com/item.htm?id=40066362090,tao。bao"])
@example(["https://item.taobao.com/item.htm?id=40066362090,tao。&bao"])
@example(["#https://item.taobao.com/item.htm?id=40066362090,tao。#"])
@example(["see //item.taobao.com/item.htm?id=40066362090,bao？="])
@example(["链接：item.taobao.com/item.htm?id=40066362090,tao！&x=1"])
def test_links_in_text_followed_by_cells_and_punctuation(texts: list[str]) -> None:
    _check(texts)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.sampled_from(_HEADS[1:]),
    st.sampled_from(_LINKS[:6]),
    st.sampled_from([",tao", ",bao", ",title", ",tao,bao"]),
    st.sampled_from(_CJK_STOPS),
    st.sampled_from(["", "&", "&bao", "#", "#x", "=", "=1", "12", "bao", "&x=1", "。", "?"]),
)
@example("#", "https://item.taobao.com/item.htm?id=40066362090", ",tao", "。", "&bao")
@example("see ", "https://item.taobao.com/item.htm?id=40066362090", ",tao", "。", "#")
def test_full_width_punctuation_ends_a_link_in_text(
    head: str, link: str, cell: str, stop: str, rest: str
) -> None:
    """Full-width punctuation after a link in text ends it whatever follows (docs/listings.md):
    the answer is the link's up to it, whose comma after the id starts a cell of text."""
    text = head + link + cell + stop + rest
    assert _answer(parse_slowly(text)) == _answer(parse_slowly(head + link + cell + stop))
    assert _fresh(text) == parse_slowly(text).as_dict()
    assert extract_urls(text)[:1] == extract_urls(head + link + cell)[:1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the link ends at the 。; its ,tao is a cell after the id: the listing
        ("#https://item.taobao.com/item.htm?id=40066362090,tao。&bao", "40066362090"),
        ("see https://item.taobao.com/item.htm?id=40066362090,tao。&bao", "40066362090"),
        ("see https://item.taobao.com/item.htm?id=40066362090,tao。bao", "40066362090"),
        # alone on its line (unchanged)
        ("https://item.taobao.com/item.htm?id=40066362090,tao。&bao", "40066362090"),
        ("see https://item.taobao.com/item.htm?id=606832683299,title。&x", "606832683299"),  # docs
        # no full-width punctuation: ,tao&bao goes on the query (&bao a parameter), as before
        ("see https://item.taobao.com/item.htm?id=40066362090,tao&bao", "malformed-id"),
        ("https://item.taobao.com/item.htm?id=40066362090,tao&bao", "malformed-id"),
        # a number after the comma may be the id's other half: still refused
        ("see https://item.taobao.com/item.htm?id=40066362090,12。&bao", "malformed-id"),
    ],
)
def test_decided_answers(text: str, expected: str) -> None:
    """``expected``: the listing's id, or the rejection's code."""
    for parse in (parse_slowly, parse_listing):
        result = parse(text)
        assert (result.id if result.ok else result.code) == expected, (parse, result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sharespeed noticed: a full-width comma after the id, then share text whose digit
        # comes later (a label "链接2", a count "2件"), was read as part of the id
        (
            "链接1：https://item.taobao.com/item.htm?id=642205879158，链接2："
            "https://item.taobao.com/item.htm?id=642205879159",
            "taobao-item:642205879158",
        ),
        ("https://item.taobao.com/item.htm?id=642205879158，好看2件", "taobao-item:642205879158"),
        ("https://item.taobao.com/item.htm?id=642205879158、第2个", "taobao-item:642205879158"),
        # a number right after the comma may be the id's other half or a second id: refused
        ("https://item.taobao.com/item.htm?id=642205879158，2", "malformed-id"),
        ("https://item.taobao.com/item.htm?id=642205879158，&x=2", "malformed-id"),
    ],
)
def test_a_comma_after_an_id_then_share_text_ends_the_link(text: str, expected: str) -> None:
    for parse in (parse_listing, parse_slowly):
        result = parse(text)
        assert (result.identity if isinstance(result, Listing) else result.code) == expected
