"""urls38: the items urls37 and left41 left open.

1. A line whose first link is on no marketplace's host (an image, a brand's site) and whose
   marketplace link comes after it (a CSV row ``title,https://img4.jpg,5.5,https://detail.1688.com/…``,
   real: github-index:57848452330) stays refused at its first link, as section 0 of the notes
   reads a line (the real tables' rows agree), but the refusal no longer passes over the
   marketplace link without a word: a listing's canonical link is its suggestion (as
   ``other_listings`` names it), and a link that is no listing alone (a malformed id, a short
   link), which ``other_listings`` does not name, is named in the message.
2. A store's host then a bar and a table's next cell, with no bar before it
   (``uniqlo.tmall.com|12``, ``https://uniqlo.tmall.com|Shop A``), was ``lookalike-host``
   ("uniqlo.tmall.com|12 imitates tmall"); a bar before it was read. No host holds a bar: the
   cell is cut off as after a comma (left41), unless what follows could make another host of
   it (``|@evil.example``, ``|x.evil.example``, a port, a path).
3. Taobao's SEO item page naming its item by an encoded token (``www.taobao.com/list/item/
   ZWRKOVBKY0VVZGxRYmZlTWF3UHJGUT09.htm``, real: github-index:58123427616; ``L0sv.htm``:
   :71264456501) was ``malformed-id`` "not a valid item id": it is ``missing-id`` saying what
   the page is (a form the notes do not describe, whose id cannot be read offline).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_urls33 import ACCOUNT, DAY

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    planner_refuses_as_parse_listing,
    table_tests,
)
from ipprules.listings import Listing, Rejection, parse_listing
from ipprules.listings.parser import other_listings, parse_slowly
from ipprules.planner import Settings, plan_listings

ROW_1688 = "CSV原文商品,raw-1,https://img4.jpg,5.5,https://detail.1688.com/offer/222.html,299,50,测试供应商,400"
SEO_TOKEN = (
    "| [Taobao-listing](https://www.taobao.com/list/item/ZWRKOVBKY0VVZGxRYmZlTWF3UHJGUT09.htm) |"
)

ROWS = [
    (ROW_1688, None, "not-alibaba-host", None),  # item 1: the first link is read (section 0)
    ("a,https://img4.jpg,5.5,https://detail.1688.com/offer/585943639773.html", None, "not-alibaba-host", None),  # item 1
    ("uniqlo.tmall.com|12", "tmall", "storefront", "uniqlo"),  # item 2: was lookalike-host
    ("uniqlo.tmall.com|12.5", "tmall", "storefront", "uniqlo"),  # item 2
    ("https://uniqlo.tmall.com|12", "tmall", "storefront", "uniqlo"),  # item 2
    ("https://uniqlo.tmall.com|Shop A", "tmall", "storefront", "uniqlo"),  # item 2
    ("//uniqlo.tmall.com|12", "tmall", "storefront", "uniqlo"),  # item 2
    ("uniqlo.tmall.com|Shop A|12", "tmall", "storefront", "uniqlo"),  # item 2
    ("uniqlo.tmall.com|12|", "tmall", "storefront", "uniqlo"),  # item 2
    ("| https://uniqlo.tmall.com|12|", "tmall", "storefront", "uniqlo"),  # item 2
    ("|//shop118454188.taobao.com|12|", "taobao", "storefront", "118454188"),  # item 2: was not-a-url
    ("shop118454188.taobao.com|优衣库|12", "taobao", "storefront", "118454188"),  # item 2
    ("joinsun.1688.com|12", "1688", "storefront", "joinsun"),  # item 2
    ("https://www.taobao.com,12", None, "not-a-listing", None),  # was lookalike-host "imitates taobao"
    ("https://www.taobao.com|12", None, "not-a-listing", None),  # was lookalike-host
    ("www.taobao.com|Shop A", None, "not-a-listing", None),  # was lookalike-host
    ("https://item.taobao.com,12", None, "missing-id", None),  # was lookalike-host
    ("https://evil.example,12", None, "not-alibaba-host", None),  # control (unchanged)
    ("https://www.taobao.com,x.evil.example", None, "lookalike-host", None),  # control
    # controls: what follows the bar could make another host of it
    ("https://uniqlo.tmall.com|@evil.example", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com|x.evil.example", None, "lookalike-host", None),
    ("uniqlo.tmall.com|x.evil.example", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com|x:80", None, "not-alibaba-host", None),
    ("https://uniqlo.tmall.com|Shop/x", "tmall", "storefront", "uniqlo"),  # urls39: as after a bar before
    ("x|uniqlo.tmall.com|12", None, "lookalike-host", None),  # urls37: a bar inside the host?
    (SEO_TOKEN, None, "missing-id", None),  # item 3: was malformed-id
    ("https://www.taobao.com/list/item/L0sv.htm?spm=a21wu", None, "missing-id", None),  # item 3
    ("https://www.taobao.com/list/item/60683268329a.htm", None, "malformed-id", None),  # control: a typo
    ("https://www.taobao.com/list/item/758067992163.htm", "taobao", "listing", "758067992163"),  # control
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


def test_a_refused_first_link_names_the_marketplace_link_after_it() -> None:
    """Item 1: the malformed 1688 link is named in the message with its own refusal; the
    item page's token is said to be one (item 3)."""
    for result in (parse_listing(ROW_1688), parse_listing(ROW_1688), parse_slowly(ROW_1688)):
        assert type(result) is Rejection
        assert (
            "a marketplace's link after it, not read: https://detail.1688.com/offer/222.html;"
            in result.message
        )
        assert result.suggestion is None
    assert other_listings(ROW_1688, parse_listing(ROW_1688)) == []
    token = parse_listing(SEO_TOKEN)
    assert "encoded token" in token.message and "not a valid" not in token.message


_FIRST = ["https://img4.example/1.jpg", "https://example.com/a.jpg", "http://www.brand.example/p/1.html",
          "https://img.alicdn.com/imgextra/i1/1/O1CN01.jpg"]  # fmt: skip
_LATER = [
    "https://detail.1688.com/offer/585943639773.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://uniqlo.tmall.com/",
    "http://www.lazada.sg/products/pdp-i2896336114.html",
    "//detail.tmall.com/item.htm?id=690091011924",
]
_REFUSED = ["https://detail.1688.com/offer/222.html", "https://m.tb.cn/h.4CEhFr0",
            "https://item.taobao.com/item.htm?spm=a1"]  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_FIRST),
    st.sampled_from([" ", ",", ",5.5,", "\t", "\n", " 看 ", "|", ";"]),
    st.sampled_from(_LATER + _REFUSED),
    st.sampled_from(["", "title,", "【淘宝】"]),
)
@example(first=_FIRST[0], gap=",5.5,", later=_REFUSED[0], before="title,")
@example(first=_FIRST[0], gap=" ", later=_LATER[-1], before="")
@example(first=_FIRST[0], gap=",", later=_LATER[-1], before="")
def test_a_link_after_one_on_no_marketplace_host(
    first: str, gap: str, later: str, before: str
) -> None:
    """Item 1: the first link is read, refused; a listing after it is the suggestion and
    what ``other_listings`` names; a marketplace link that is no listing alone is named in the
    message; every path agrees. (A comma, a semicolon or a bar before ``//`` is a path's: one
    link, as ``other_listings`` reads it.)"""
    text = before + first + gap + later
    result = parse_listing(text)
    assert type(result) is Rejection and result.code == "not-alibaba-host", text
    alone = parse_listing(later)
    if later.startswith("//") and gap[-1] in ",;|":
        assert result.suggestion is None and other_listings(text, result) == [], text
        assert "not read" not in result.message, text
    elif type(alone) is Listing:
        assert result.suggestion == alone.canonical_url, text
        assert [parse_listing(o).identity for o in other_listings(text, result)] == [
            alone.identity
        ], text
    else:
        assert result.suggestion is None and f"not read: {later}; " in result.message, text
        assert other_listings(text, result) == [], text
    batch_and_columnar_give_parse_listing_answer([text])


_CELLS = ["12", "12.5", "Shop", "优衣库", "@evil.example", "x.evil.example", "x:80", "Shop/x"]
_STORES = ["uniqlo.tmall.com", "https://uniqlo.tmall.com", "//shop118454188.taobao.com",
           "joinsun.1688.com", "HTTPS://UNIQLO.TMALL.COM"]  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_STORES),
    st.sampled_from(_CELLS),
    st.sampled_from(["", "|", "|3|"]),
    st.sampled_from(["", "| ", "|"]),
)
@example(store="uniqlo.tmall.com", cell="12", after="", before="")
@example(store="https://uniqlo.tmall.com", cell="@evil.example", after="", before="")
def test_a_store_host_then_a_bar_and_a_cell(store: str, cell: str, after: str, before: str) -> None:
    """Item 2: read as the store alone, whatever is before it, unless the cell could make
    another host of it (then refused, never read as another)."""
    text = before + store + "|" + cell + after
    alone = parse_listing(store)
    assert type(alone) is Listing
    result = parse_listing(text)
    if any(mark in cell for mark in "@.:") and not cell.replace(".", "").isdigit():
        assert type(result) is Rejection, text
    elif "/" in cell:  # a path after the cell: refused without a bar before (as after a
        # comma, left41), read with one (urls37's table cell): never another store
        assert type(result) is Rejection or result.identity == alone.identity, text
    else:
        assert type(result) is Listing and result.identity == alone.identity, text
    batch_and_columnar_give_parse_listing_answer([text])


def test_the_planner_and_other_listings_agree() -> None:
    """The planner refuses a row exactly when ``parse_listing`` does, with its code, and
    ``other_listings`` finds no second listing in a row read."""
    planner_refuses_as_parse_listing([row[0] for row in ROWS], ACCOUNT, DAY)


WEMOS = (
    "| Wemos D1 Mini S2 (Beware of Fakes!)| [Amazon](https://amzn.to/4fqq9m7) | "
    "[Aliexpress](https://www.aliexpress.us/item/3256802958877264.html)|"
)  # github-index:49058562649 (test_real_urls_10)


def test_a_markdown_link_before_a_bar_is_another_listing() -> None:
    """A Markdown link's target closed right before a table's bar (``[B](https://…)|``) was
    lost: ``other_listings`` kept ``)|`` on it, refused alone. It is named, and the planner
    says the line holds several listings."""
    a, b = "3256802958877264", "3256802958877265"
    text = f"| [A](https://www.aliexpress.us/item/{a}.html)| [B](https://www.aliexpress.us/item/{b}.html)|"
    read = parse_listing(text)
    assert type(read) is Listing and read.id == a
    assert other_listings(text, read) == [f"https://www.aliexpress.us/item/{b}.html"]
    refused = parse_listing(WEMOS)
    assert other_listings(WEMOS, refused) == [f"https://www.aliexpress.us/item/{a}.html"]
    assert refused.suggestion == f"https://www.aliexpress.com/item/{a}.html"
    right = Settings(right="tm-cn", reason="tm_counterfeit")
    (outcome,) = plan_listings([text], ACCOUNT, as_of=DAY, settings=right).outcomes
    assert outcome.code == "several-listings"
