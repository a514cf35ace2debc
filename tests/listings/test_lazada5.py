"""lazada5: three Lazada link refusals whose reasons misled (lazada4's findings 5-7; notes in
/work/notes/sweep-lazada5.md).

Fixed: the path's id with a ``/`` glued on in ``itemId`` (``…/pdp-i2896336114.html?itemId=
2896336114/``) was ``conflicting-ids``; it is ``malformed-id``, as a query id with a ``/``
glued on is where the query alone names the item (Taobao's ``item.htm?id=606832683299/``).

Fixed: a query glued on with ``&`` and no ``?`` (``….html&spm=x``, ``item.htm&id=N``) kept its
code but now says so and suggests the link with the ``?``.

Fixed: share text in letters that are not ASCII glued right after the ``.html`` of a link
whose slug is decoded (``…/products/กระเป๋า-i4212266679.htmlราคาถูก``) was ``missing-id``; it
is read up to ``.html``, as the same glue after an ASCII slug is.
"""

from __future__ import annotations

import pytest
from test_urls33 import ACCOUNT, DAY

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    planner_refuses_as_parse_listing,
)
from ipprules.listings import Listing, Rejection, parse_listing
from ipprules.listings.parser import other_listings

ITEM = "2896336114"
SITES = ("sg", "co.id", "com.my", "co.th", "com.ph", "vn")


def _all_agree(texts: list[str]) -> None:
    batch_and_columnar_give_parse_listing_answer(texts)
    planner_refuses_as_parse_listing(texts, ACCOUNT, DAY)


# 1. a "/" glued after the id in itemId ------------------------------------------------------


@pytest.mark.parametrize("tld", SITES)
@pytest.mark.parametrize("tail", ["/", "//", "/&spm=a2o42.pdp", "%2F"])
def test_item_id_with_a_slash_glued_on_is_malformed_not_conflicting(tld: str, tail: str) -> None:
    text = f"https://www.lazada.{tld}/products/pdp-i{ITEM}.html?itemId={ITEM}{tail}"
    got = parse_listing(text)
    assert type(got) is Rejection
    assert got.code == "malformed-id", got
    assert f"'{ITEM}/" in got.message
    assert "conflicting" not in got.message
    _all_agree([text])


def test_the_slash_rule_is_taobaos() -> None:
    taobao = parse_listing("https://item.taobao.com/item.htm?id=606832683299/")
    world = parse_listing("https://world.taobao.com/item/606832683299.htm?id=606832683299/")
    lazada = parse_listing(f"https://www.lazada.sg/products/pdp-i{ITEM}.html?itemId={ITEM}/")
    assert taobao.code == world.code == lazada.code == "malformed-id"
    assert lazada.message.endswith(f"'{ITEM}/' is not a valid item id for lazada")


@pytest.mark.parametrize(
    "query", ["itemId=1/", f"itemId={ITEM}/&itemId=1", f"itemId=1{ITEM}/", f"itemId={ITEM}1"]
)
def test_another_id_still_conflicts(query: str) -> None:
    text = f"https://www.lazada.sg/products/pdp-i{ITEM}.html?{query}"
    assert parse_listing(text).code == "conflicting-ids"
    _all_agree([text])


# 2. a query glued on with "&" and no "?" ----------------------------------------------------


@pytest.mark.parametrize("tld", SITES)
@pytest.mark.parametrize(
    "written",
    [
        "https://www.lazada.{tld}/products/pdp-i{item}-s20072727483.html&spm=x",
        "www.lazada.{tld}/products/some-shoe-i{item}.html&spm=a2o42.pdp&clickTrackInfo=1",
        "Look: https://www.lazada.{tld}/products/pdp-i{item}.html&spm=x now",
    ],
)
def test_a_query_glued_with_an_ampersand_names_the_missing_question_mark(
    tld: str, written: str
) -> None:
    text = written.format(tld=tld, item=ITEM)
    got = parse_listing(text)
    link = f"https://www.lazada.{tld}/products/pdp-i{ITEM}.html"
    assert type(got) is Rejection
    assert got.code == "missing-id"
    assert "glued on with '&' and no '?'" in got.message, got.message
    assert got.suggestion == link
    _all_agree([text])


@pytest.mark.parametrize(
    ("text", "link", "code"),
    [
        (
            "https://item.taobao.com/item.htm&id=606832683299",
            "https://item.taobao.com/item.htm?id=606832683299",
            "not-a-listing",
        ),
        (
            "https://detail.tmall.com/item.htm&id=606832683299&spm=1",
            "https://detail.tmall.com/item.htm?id=606832683299",
            "not-a-listing",
        ),
        (
            "https://www.aliexpress.com/item/1005003264388589.html&spm=x",
            "https://www.aliexpress.com/item/1005003264388589.html",
            "missing-id",
        ),
    ],
)
def test_the_same_shape_elsewhere_says_the_same(text: str, link: str, code: str) -> None:
    got = parse_listing(text)
    assert type(got) is Rejection
    assert (got.code, got.suggestion) == (code, link)
    assert "glued on with '&' and no '?'" in got.message
    _all_agree([text])


def test_an_ampersand_that_is_no_glued_query_is_not_named() -> None:
    got = parse_listing("https://s.taobao.com/search&q=shoes")
    assert type(got) is Rejection
    assert "'&'" not in got.message


# 3. text that is not ASCII glued after a decoded slug's ".html" -----------------------------

GLUED = [
    ("co.th", "กระเป๋า", "ราคาถูก"),
    ("co.th", "กระเป๋า", "ส่งฟรี!"),
    ("vn", "túi-xách", "giá rẻ"),
    ("vn", "túi-xách", "đẹp"),
    ("vn", "túi-xách", "chính hãng"),
    ("sg", "包包", "便宜"),
    ("com.my", "beg-tangan", "murah"),
    ("co.id", "tas-wanita", "murah"),
    ("co.id", "tas-wanita", "harga"),
    ("com.ph", "bag", "mura"),
]


@pytest.mark.parametrize(("tld", "slug", "glue"), GLUED)
def test_text_glued_after_html_reads_as_after_an_ascii_slug(tld: str, slug: str, glue: str) -> None:
    decoded = f"https://www.lazada.{tld}/products/{slug}-i{ITEM}.html{glue}"
    ascii_slug = f"https://www.lazada.{tld}/products/pdp-i{ITEM}.html{glue}"
    got, want = parse_listing(decoded), parse_listing(ascii_slug)
    assert (type(got), got.as_dict()["code"], got.as_dict()["id"]) == (
        type(want),
        want.as_dict()["code"],
        want.as_dict()["id"],
    )
    _all_agree([decoded, ascii_slug, f"ดูสินค้านี้ {decoded}"])


@pytest.mark.parametrize(("tld", "slug", "glue"), [g for g in GLUED if not g[2][0].isascii()])
def test_letters_of_another_script_after_html_leave_the_listing(
    tld: str, slug: str, glue: str
) -> None:
    got = parse_listing(f"https://www.lazada.{tld}/products/{slug}-i{ITEM}.html{glue}")
    assert type(got) is Listing
    assert (got.platform, got.id) == (f"lazada_{tld.split('.')[-1]}", ITEM)


# the same refusals of a link whose slug is decoded say what the ASCII slug's say ------------


@pytest.mark.parametrize(("tld", "slug"), [("co.th", "กระเป๋า"), ("vn", "túi-xách"), ("sg", "包包")])
@pytest.mark.parametrize(
    "tail", [".html&spm=x", ".html/", f".html?itemId={ITEM}/", ".html?itemId=1"]
)
def test_a_decoded_slug_is_refused_as_an_ascii_slug_is(tld: str, slug: str, tail: str) -> None:
    decoded = f"https://www.lazada.{tld}/products/{slug}-i{ITEM}{tail}"
    ascii_slug = f"https://www.lazada.{tld}/products/pdp-i{ITEM}{tail}"
    got, want = parse_listing(decoded), parse_listing(ascii_slug)
    assert type(got) is type(want) is Rejection
    assert (got.code, got.message, got.suggestion) == (want.code, want.message, want.suggestion)
    _all_agree([decoded])


def test_a_second_listing_with_text_glued_after_its_decoded_slug_is_named() -> None:
    first = f"https://www.lazada.co.th/products/pdp-i{ITEM}.html"
    for second in ("กระเป๋า", "pdp"):
        text = f"{first} https://www.lazada.co.th/products/{second}-i4212266679.htmlราคาถูก"
        read = parse_listing(text)
        assert type(read) is Listing
        assert read.id == ITEM
        assert len(other_listings(text, read)) == 1, second
