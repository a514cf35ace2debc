"""Review 13: a listing link whose path has a slash doubled reads as the link itself, and a
code comment after a link hides the rest of its line only.

Sweep urls13 merged a path's doubled slashes (``item.taobao.com//item.htm?id=N``) only when
no form's path pattern matched the path as given; a pattern that reads an id from a path
segment matched ``/store//1185416`` with an empty id (``missing-id``), so an AliExpress store
link with a doubled slash was refused while the server merges the slashes and shows the store."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, parse_listing
from ipprules.listings.parser import other_listings

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


#: listings of different identities, one a line below
OTHERS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html",
    "//detail.1688.com/offer/123456789012.html",
]
#: what may follow a link on its line: nothing, a comment, a commented-out link
COMMENTS = ["", " // note", " //todo", " //old: https://item.taobao.com/item.htm?id=111111111111",
            " // https://detail.tmall.com/item.htm?id=222222222222", " ////"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.permutations(OTHERS),
    st.lists(st.sampled_from(COMMENTS), min_size=len(OTHERS), max_size=len(OTHERS)),
    st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\x85", "\u2028", "\u2029"]),
)
def test_a_comment_after_a_link_hides_its_own_line_only(
    links: list[str], comments: list[str], end: str
) -> None:
    """``A // note`` then ``C`` on the next line: the comment hid every link after it, on any
    line (the planner and check then took a text of two listings for one)."""
    text = end.join(link + comment for link, comment in zip(links, comments, strict=True))
    read = parse_listing(text)
    assert type(read) is Listing, text
    assert other_listings(text, read) == links[1:], text


#: listing links of different listings, to be glued by an invisible character
GLUED = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=612345678901",
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://detail.1688.com/offer/123456789012.html",
]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(GLUED), min_size=2, max_size=4, unique=True),
    st.sampled_from(["\u200b", "\u2060", "\ufeff"]),
)
def test_links_glued_by_an_invisible_space_are_other_listings(
    links: list[str], invisible: str
) -> None:
    """A zero-width space, a word joiner or a zero-width no-break space between two links (as
    a web page or a chat keeps them) sets them apart as a space does: the later listings are
    named, not lost (the first was read and the rest dropped without a word)."""
    text = invisible.join(links)
    read = parse_listing(text)
    assert type(read) is Listing
    assert read.identity == parse_listing(links[0]).identity
    assert other_listings(text, read) == links[1:]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(GLUED), st.sampled_from(["\u200b//\u200b", "%zz", "\u200b//x"]))
def test_a_refused_entry_names_no_listing_of_its_own_link(link: str, junk: str) -> None:
    """An entry refused for what is glued to its link is not said to hold "another listing",
    its own link (review 13 L3: it was named as the other listing of its own line)."""
    text = link + junk
    read = parse_listing(text)
    if type(read) is Listing:  # the parser reads the link (the rest is cut off): not this case
        return
    assert link not in other_listings(text, read)
