"""``other_listings``'s pre-test for a refused entry (planner6, #14): an entry whose text holds
at most one stretch with a ``.`` or a ``/`` (apart at white space, markup, list separators
and non-ASCII characters) and at most one scheme holds at most one link, so its first link,
refused, is its only one. Checked against the definition: the links ``extract_urls`` finds
in the text as ``other_listings`` reads it, and ``other_listings`` as written before."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _several_reference import reference_others
from ipprules.listings import Rejection, extract_urls, parse_listing
from ipprules.listings import parser as P
from ipprules.listings.text import unwrap_text

LINK = "https://item.taobao.com/item.htm?id=606832683299"
# what glues, parts or makes links: every character _APART_CHARS names, escapes, schemes in
# both cases and widths, dotted words, non-ASCII punctuation, letters and spaces
PIECES = [
    *"./:?#=&;,|\"<>`[]()%\\ \t\n\x1c\x0bahpstwx0",
    "//", "[/", "](", "&#10;", "&#x0a;", "&#13;", "https://", "HTTP://", "http:/", "https：//",
    "https:／／", "：", "／", "，", "。", "、", "「", "」", "\u200b", "\u3000", "\u2028", "淘宝",
    "é", "%2F", "%3A", "\\/", "\\u002f", "b.c", "x.y/z", "item.taobao.com/item.htm?id=1",
    "m.tb.cn/h.Ab", LINK,
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=30)


def links(text: str) -> list[str]:
    """The links ``other_listings`` reads in ``text`` (the reference's steps)."""
    spaced = P._APART.sub(" ", unwrap_text(text))
    if not spaced.isascii():
        spaced = P._spaced(spaced)
    return extract_urls(spaced)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
@example(text="【淘宝】「Lofree keyboard」 https://m.tb.cn/h.4CEhFr0?sm=70d491 CZ356")
@example(text="ab.cd/e," + LINK)  # a listed link: the comma parts them (two links)
@example(text="ab.cd/e&#10;" + LINK)  # an escaped line break too
@example(text="ab.cd/e[/" + LINK)  # markup
@example(text="ab.cd/e，" + LINK)  # non-ASCII punctuation
@example(text="https://ab.cd/x`" + LINK)
@example(text="https%3A%2F%2Fab.cd%2Fx%20" + LINK)  # escapes: decoded, two links
@example(text="https:\\/\\/ab.cd\\/x\\u0020" + LINK)
@example(text="见https://m.tb.cn/h.Ab链接" + LINK)  # a second link glued after a second scheme
@example(text="B.Duck/Hello " + LINK)
def test_one_stretch_and_one_scheme_hold_one_link_at_most(text: str) -> None:
    found = links(text)
    if P._one_link_at_most(text):
        assert len(found) <= 1, (text, found)
        refused = parse_listing(text)
        read = refused if type(refused) is Rejection else Rejection("not-a-url", "x", text)
        assert P.other_listings(text, read) == reference_others(text, read) == []
