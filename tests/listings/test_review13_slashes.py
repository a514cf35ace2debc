"""Review 13: a listing link whose path has a slash doubled reads as the link itself.

Sweep urls13 merged a path's doubled slashes (``item.taobao.com//item.htm?id=N``) only when
no form's path pattern matched the path as given; a pattern that reads an id from a path
segment matched ``/store//1185416`` with an empty id (``missing-id``), so an AliExpress store
link with a doubled slash was refused while the server merges the slashes and shows the store."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, parse_listing

#: listing links of forms reading their id from the path or the query, one per form family
LINKS = [
    "https://www.aliexpress.com/store/1185416",
    "https://aliexpress.com/store/1185416/pages/all-items.html",
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://m.aliexpress.com/item/1005003264388589.html",
    "https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html",
    "https://www.lazada.sg/shop/acme",
    "https://detail.1688.com/offer/123456789012.html",
    "https://www.alibaba.com/product-detail/Foo_1600123456789.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=606832683299",
    "https://acme.tmall.com/shop/view_shop.htm",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LINKS), st.data())
def test_a_doubled_path_slash_reads_as_the_link(link: str, data: st.DataObject) -> None:
    want = parse_listing(link)
    assert type(want) is Listing, link
    start = link.index("/", len("https://"))
    end = link.find("?") if "?" in link else len(link)
    slashes = [i for i in range(start, end) if link[i] == "/"]
    at = data.draw(st.sampled_from(slashes), label="slash")
    extra = data.draw(st.integers(1, 3), label="extra slashes")
    doubled = link[:at] + "/" * extra + link[at:]
    got = parse_listing(doubled)
    assert type(got) is Listing, (doubled, got)
    assert got.identity == want.identity, doubled


def test_an_empty_path_segment_is_no_store_id() -> None:
    got = parse_listing("https://www.aliexpress.com/store//")
    assert not got.ok
    assert got.code == "missing-id"
