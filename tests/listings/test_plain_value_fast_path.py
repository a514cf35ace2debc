"""The fast path and the columnar kernel read a query of a form whose path names its id and
whose query may name another (Taobao's ``a.m.taobao.com/iN.htm``, Lazada's item pages with
``itemId``) only where no value holds ``%26`` or ``%3D`` (the thorough parser decodes such a
query once before it compares the ids). Other escapes and ``;`` stay on the fast path: when
``itemId`` became Lazada's conflict key, every ``%`` and ``;`` (Lazada's
``clickTrackInfo=query:x;nid:N``) went to the thorough parser and the benchmark's crawl mix
lost ~16%. Whatever the path, the answer is the thorough parser's."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

HEADS = [
    "https://www.lazada.com.my/products/i52202266333-s23405631954.html",
    "https://www.lazada.sg/products/pdp-i2896336114.html",
    "https://a.m.taobao.com/i606832683299.htm",
]
PIECES = ["%26", "%3D", "%3d", "%2F", "%3A", "%25", "%2", "%", ";", "itemId", "id", "=", "&",
          "amp;", "&amp;", "&#x3D;", "2896336115", "606832683300", "query:x", "nid:9", "a"]  # fmt: skip
QUERY = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(head=st.sampled_from(HEADS), query=QUERY)
@example(HEADS[0], "search=1&clickTrackInfo=query:3vnrwn;nid:9575276803&mp=1")
@example(HEADS[1], "spm=a2o42%26itemId%3D2896336115")
@example(HEADS[1], "clickTrackInfo=rs%3A0.1%2Cx&itemId=2896336114")
@example(HEADS[2], "spm=a%26id%3D606832683300")
@example(HEADS[2], "x=%2526id%253D606832683300;y")
def test_the_quick_paths_answer_as_the_thorough_parser(head: str, query: str) -> None:
    text = f"{head}?{query}"
    expected = parse_slowly(text).as_dict()
    assert parse_listing(text).as_dict() == expected, text
    try:
        from ipprules.columnar import parse_column
    except ImportError:  # pragma: no cover - the arrow extra is part of the test install
        return
    row = parse_column([text]).to_pylist()[0]
    assert row == expected, text


def test_a_tracked_lazada_item_is_read() -> None:
    listing = parse_listing(HEADS[0] + "?search=1&clickTrackInfo=query:3vnrwn;nid:9575276803")
    assert listing.as_dict()["id"] == "52202266333"
