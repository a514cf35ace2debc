"""A link cut short by an ellipsis (``...``, ``。。。``, ``…``) right after its last digit is
``malformed-id`` ("cut short") whatever follows the dots: share text glued on
(``uniqlo.tmall.com?1...看``), punctuation then text, an invisible character. The answer is
the same alone on its line and after a word (``see uniqlo.tmall.com?1...看``), through every
path: ``parse_listing``'s quick paths, the thorough parser and the columnar kernel. Letters or
digits glued to the dots go on the link (``…?1...see``, ``/item/100500...html``): the dots
are inside it, as the URL finder reads it, alone or in text."""

from __future__ import annotations

import importlib.util

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, Rejection, parse_listing
from ipprules.listings.parser import parse_slowly

#: Links whose last character is a digit (a store, a listing, a short link, another host).
LINKS = [
    "uniqlo.tmall.com?1",
    "https://uniqlo.tmall.com?610651",
    "item.taobao.com/item.htm?id=606832683299&x=1",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.tb.cn/h.x?sm=12",
    "https://m.tb.cn/h.4CEhFr0?sm=70d491",
    "https://www.aliexpress.com/item/1005004878609097",
    "https://shop105547.taobao.com/shop/view_shop.htm?x=1",
    "https://detail.1688.com/offer/585943639773.html?x=2",
    "https://uniqlo.tmall.com/shop/110123",
    "https://example.com/item.htm?id=6901234",
]
ELLIPSES = ["...", "....", "\u3002\u3002\u3002", "\u2026", "\u22ef"]
#: Sentence punctuation (ASCII and full-width) and invisible characters between the dots and
#: a word glued on.
BETWEEN = ["", ")", ").", "!", ";", ":", "?", "\uff09", "\u3002", "\uff0c", "\u3001", "\ufeff",
           "\u200b", "\u300d"]  # fmt: skip
CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4)
LATIN = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=6)
#: A plain word put before the link with a space.
WORDS = st.one_of(LATIN, CJK)


def _answer(result: Listing | Rejection) -> tuple[str, str]:
    if type(result) is Listing:
        return ("listing", result.identity)
    assert type(result) is Rejection
    return ("rejection", result.code)


def _every_path(texts: list[str]) -> list[tuple[str, str]]:
    """The answer of each text, checked to be the same through parse_listing, the thorough
    parser and (with pyarrow) the columnar kernel."""
    answers = [_answer(parse_listing(text)) for text in texts]
    assert answers == [_answer(parse_slowly(text)) for text in texts], texts
    if importlib.util.find_spec("pyarrow") is not None:
        from ipprules.columnar import parse_column

        rows = parse_column(texts).to_pylist()
        assert [row["identity"] or row["code"] for row in rows] == [a[1] for a in answers]
    return answers


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(LINKS),
    st.sampled_from(ELLIPSES),
    st.sampled_from(BETWEEN),
    st.one_of(CJK, LATIN, st.just("")),
    WORDS,
)
@example("uniqlo.tmall.com?1", "...", "", "\u770b", "see")
@example("uniqlo.tmall.com?1", "...", ")", "\u770b", "see")
@example("uniqlo.tmall.com?1", "...", "\ufeff", "\u770b", "\u770b")
@example("item.taobao.com/item.htm?id=606832683299&x=1", "...", "", "\u770b", "see")
@example("https://m.tb.cn/h.x?sm=12", "...", "", "\u6dd8\u5b9d", "see")
@example("uniqlo.tmall.com?1", "...", "", "see", "see")
@example("uniqlo.tmall.com?1", "...", "\u3002", "\u770b", "\u94fe\u63a5")
def test_a_word_before_a_link_cut_short_does_not_change_its_answer(
    link: str, dots: str, between: str, glued: str, word: str
) -> None:
    """``link + dots + between + glued`` answers the same alone and after ``word`` and a
    space, through every path; and when what follows the dots is no part of the link (not
    ASCII letters after ASCII punctuation, which the link goes on with), the answer is
    ``malformed-id``: the link is cut short."""
    alone = link + dots + between + glued
    first, after = _every_path([alone, f"{word} {alone}"])
    assert first == after, (alone, word)
    goes_on = glued.isascii() and glued and between.isascii()  # ASCII: the link's own
    if not goes_on:
        assert first == ("rejection", "malformed-id"), alone
