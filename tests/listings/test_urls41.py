"""urls41: the left-overs of urls40, and Lazada and AliExpress links as users paste them.

1. A Lazada item page naming its item in the path and another in ``itemId``
   (``/products/pdp-iN.html?itemId=M``) was read as N silently. ``itemId`` is Lazada's item
   parameter (section 7 of the notes: ``/shop/<slug>?itemId=…``), so the link names two items:
   ``conflicting-ids``, as Taobao's path forms with ``?id=M`` are (section 0). The same id in
   both is the item. The fast path and the columnar kernel leave a query holding an escape to
   the thorough parser, which decodes a double-encoded ``%26itemId%3DM`` before it compares
   (``a.m.taobao.com/iN.htm?spm=a%26id%3DM`` was read as N by ``parse_listing`` and refused
   by ``parse_slowly``).
2. A host with its port typed twice (``https://ITEM.TAOBAO.COM:443:443/…``) said
   "item.taobao.com:443 imitates taobao": it is a malformed port, said so, with the link
   without the ports as the suggestion where each is the scheme's default.
3. A full-width slash, question mark or number sign where the host ends
   (``https：／／item.taobao.com／item.htm?id=N``, a Chinese input method's) is still
   ``lookalike-host`` (browsers refuse such a host), but the reason says full-width punctuation
   is typed where the host ends and the suggestion is the link in ASCII; a path segment
   without a dot after it (``www.lazada.sg／products/…``) is kept with the host too (it was
   cut there and read as the home page, ``not-a-listing``).
4. A link writing ``=``, ``/`` or ``?`` as an HTML entity (``?id&#x3D;N``,
   ``item.taobao.com&#x2F;item.htm?id=N``) is still refused (the lead's decision: only
   ``&amp;`` is read), but the reason names the entities and the rendered listing is the
   suggestion.
5. The sweep: an item page on Lazada's mobile host (``m.lazada.vn/products/i1-s2.html``, not
   among the notes' hosts) is ``not-a-listing`` saying the host is unverified, suggesting the
   ``www.`` link; an AliExpress ``/item/N/`` (a slash after the id of the form without
   ``.html``) is refused naming the slash, suggesting the link; a path typed in upper case
   (``/ITEM/N.HTML``) is refused as before, but saying so and suggesting the listing.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_urls33 import ACCOUNT, DAY

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    planner_refuses_as_parse_listing,
    table_tests,
)
from ipprules.listings import Listing, Rejection, parse_listing

TB = "https://item.taobao.com/item.htm?id=606832683299"
SG = "https://www.lazada.sg/products/pdp-i2896336114.html"
AE = "https://www.aliexpress.com/item/1005004878609097.html"
ROWS = [
    # item 1: Lazada's itemId naming another item (was read as the path's item)
    ("https://www.lazada.sg/products/pdp-i2896336114.html?itemId=2896336999", None, "conflicting-ids", None),
    ("https://www.lazada.co.th/products/x-i4212266679-s1234567890.html?spm=a&itemId=4212266600", None, "conflicting-ids", None),
    ("https://www.lazada.sg/products/pdp-i2896336114.html?spm=a2o42%26itemId%3D2896336115", None, "conflicting-ids", None),
    ("https://a.m.taobao.com/i35081419154.htm?spm=a%26id%3D35081419155", None, "conflicting-ids", None),
    ("https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?itemId=2896336114&skuId=1", "lazada_sg", "listing", "2896336114"),  # control: the same item
    ("https://www.lazada.sg/products/pdp-i2896336114.html?spm=a2o42%2Cx", "lazada_sg", "listing", "2896336114"),  # control
    ("https://www.lazada.sg/shop/unilever-foods1632795060/?itemId=2896336114&channelSource=pdp", "lazada_sg", "storefront", "unilever-foods1632795060"),  # control
    # item 2: ports typed twice
    ("https://ITEM.TAOBAO.COM:443:443/item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://item.taobao.com:443:8080/item.htm?id=606832683299", None, "lookalike-host", None),
    ("item.taobao.com:443:443/item.htm?id=606832683299", None, "lookalike-host", None),  # was scheme-not-allowed
    ("https://evil.example:443:443/item.htm?id=606832683299", None, "not-alibaba-host", None),
    ("note:12:30/x", None, "scheme-not-allowed", None),  # control: no dotted host
    # item 3: full-width punctuation where the host ends
    ("https：／／item.taobao.com／item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://www.lazada.sg／products/pdp-i2896336114.html", None, "lookalike-host", None),  # was not-a-listing
    ("https://item.taobao.com／item.htm？id＝606832683299", None, "lookalike-host", None),
    ("看 https://detail.1688.com／offer／585943639773.html 好", None, "lookalike-host", None),
    ("https://evil.example／item.taobao.com/item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com／看看", "tmall", "storefront", "uniqlo"),  # control: share text
    # item 4: HTML entities for = / ? (refused, now suggesting the rendered listing)
    ("https://item.taobao.com/item.htm?id&#x3D;606832683299", None, "missing-id", None),
    ("https://item.taobao.com/item.htm?id&#61;606832683299", None, "missing-id", None),
    ("https://item.taobao.com&#x2F;item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://item.taobao.com/item.htm&#x3F;id=606832683299", None, "not-a-listing", None),
    ("https://evil.example&#x2F;item.htm?id=606832683299", None, "not-alibaba-host", None),
    # item 5: the sweep
    ("https://m.lazada.sg/products/pdp-i2896336114.html", None, "not-a-listing", None),
    ("https://m.lazada.vn/products/i2638225238-s11234567890.html?spm=x", None, "not-a-listing", None),
    ("https://m.lazada.com.my/h5/search/index?q=kucing", None, "not-a-listing", None),
    ("https://www.aliexpress.com/item/1005004878609097/", None, "missing-id", None),
    ("看 https://aliexpress.ru/item/1005003473125481/ 好", None, "missing-id", None),
    ("HTTPS://WWW.ALIEXPRESS.COM/ITEM/1005004878609097.HTML", None, "not-a-listing", None),
    ("HTTPS://WWW.LAZADA.VN/PRODUCTS/PDP-I2638225238-S11234567890.HTML?SPM=X", None, "not-a-listing", None),
    # the sweep's cases, answered right before (kept so that they stay so)
    ("https://www.lazada.com.my/products/xiaomi-redmi-note-13-i3456789012-s18765432109.html?c=&clickTrackInfo=query%253A%253Bnid%253A3456789012&priceCompare=skuId%3A18765432109%3Bsource%3Alazada-search-voucher&spm=a2o4k.searchlist.list.1", "lazada_my", "listing", "3456789012"),
    ("https://www.lazada.com.ph/products/pdp-i15593670246.html?laz_share_info=123_100_100_6000_123_null&laz_token=abc&exlaz=e_x%3D%3D", "lazada_ph", "listing", "15593670246"),
    ("[Lazada] Áo thun nam https://www.lazada.vn/products/ao-thun-nam-i2638225238-s11234567890.html?", "lazada_vn", "listing", "2638225238"),
    ("Lihat produk ini di Lazada: https://s.lazada.co.id/s.AbCd1 Harga Rp 99.000", None, "short-link", None),
    ("ดูสินค้านี้บน Lazada https://s.lazada.co.th/s.ZkuXG", None, "short-link", None),
    ("https://WWW.Lazada.Co.Th/products/pdp-i4212266679.html", "lazada_th", "listing", "4212266679"),
    ("lazada.co.id/products/pdp-i7012345678.html", "lazada_id", "listing", "7012345678"),
    ("https://www.lazada.sg/products/pdp-i2896336114.html，", "lazada_sg", "listing", "2896336114"),
    ("https://www.lazada.sg/shop-electronics/", None, "not-a-listing", None),
    ("https://de.aliexpress.com/item/1005003658392996.html?aff_fcid=x&tt=CPS_NORMAL&aff_fsk=_DD2I7Ox&sk=_DD2I7Ox", "aliexpress", "listing", "1005003658392996"),
    ("https://m.aliexpress.us/item/3256804692294345.html", "aliexpress", "listing", "3256804692294345"),
    ("Смотрите этот товар на AliExpress https://aliexpress.ru/item/1005003473125481.html?sku_id=1", "aliexpress", "listing", "1005003473125481"),
    ("US $12.99 | 2024 New Wireless Earbuds https://a.aliexpress.com/_mKjL9Cq", None, "short-link", None),
    ("¡Mira este producto en AliExpress! https://a.aliexpress.com/_mKjL9Cq", None, "short-link", None),
    ("https://www.aliexpress.com/item/1005004878609097.html?pdp_npi=4%40dis%21USD%2112.99%21%21&algo_pvid=abc", "aliexpress", "listing", "1005004878609097"),
    ("https://www.aliexpress.com/store/feedback-score/1104927695.html", "aliexpress", "storefront", "1104927695"),
    ("https://www.aliexpress.com/store/1104927695/", "aliexpress", "storefront", "1104927695"),
    ("https://www.aliexpress.com/item/1005004878609097.html!", "aliexpress", "listing", "1005004878609097"),
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


def test_plan_refuses_each_row_as_parse_listing_does() -> None:
    planner_refuses_as_parse_listing([row[0] for row in ROWS], ACCOUNT, DAY)  # see its doc


#: (input, suggestion, words the reason holds)
SUGGESTED = [
    ("https://ITEM.TAOBAO.COM:443:443/item.htm?id=606832683299", TB, "malformed port"),
    ("item.taobao.com:443:443/item.htm?id=606832683299", TB, "malformed port"),
    ("看 item.taobao.com:443:443/item.htm?id=606832683299 好", TB, "malformed port"),
    ("https://item.taobao.com:443:8080/item.htm?id=606832683299", None, "malformed port"),
    ("https：／／item.taobao.com／item.htm?id=606832683299", TB, "full-width punctuation"),
    ("https://item.taobao.com／item.htm？id＝606832683299", TB, "full-width punctuation"),
    ("https://www.lazada.sg／products/pdp-i2896336114.html", SG, "full-width punctuation"),
    ("https://item.taobao.com/item.htm?id&#x3D;606832683299", TB, "&#x3D;"),
    ("https://item.taobao.com&#x2F;item.htm?id=606832683299", TB, "&#x2F;"),
    ("https://item.taobao.com/item.htm?id&#x3D;abc", None, "no id"),
    ("https://m.lazada.sg/products/pdp-i2896336114.html", SG, "mobile host"),
    ("https://www.aliexpress.com/item/1005004878609097/", AE, "'/' is glued"),
    ("HTTPS://WWW.ALIEXPRESS.COM/ITEM/1005004878609097.HTML", AE, "upper case"),
    ("HTTPS://WWW.LAZADA.SG/SHOP/XMDGBHC3/?X=1", None, "not a product listing"),  # a store's name
    ("https://www.lazada.sg/products/pdp-i2896336114.html?itemId=2896336999", None, "2896336999"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "suggestion", "words"), SUGGESTED)
def test_each_refusal_says_why_and_suggests_the_listing(
    text: str, suggestion: str | None, words: str
) -> None:
    result = parse_listing(text)
    assert type(result) is Rejection, result
    assert result.suggestion == suggestion, result
    assert words in result.message, result
    assert "imitates" not in result.message, result


_LAZADA = ["sg", "co.id", "com.my", "co.th", "com.ph", "vn"]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.sampled_from(_LAZADA),
    st.sampled_from(["pdp-", "", "some-slug-"]),
    st.sampled_from(["", "-s20072727483"]),
    st.sampled_from(["", "spm=a2o42.pdp&", "mp=1&"]),
    st.sampled_from(["2896336114", "2896336115", "289633611", "0", "abc"]),
)
def test_a_lazada_item_page_with_itemid_is_its_item_only_when_they_agree(
    tld: str, slug: str, sku: str, before: str, other: str
) -> None:
    """On every Lazada site and item form, ``itemId`` equal to the path's item is noise and
    any other value names another item (``conflicting-ids``), on every path."""
    text = f"https://www.lazada.{tld}/products/{slug}i2896336114{sku}.html?{before}itemId={other}"
    result = parse_listing(text)
    if other == "2896336114":
        assert type(result) is Listing and result.id == "2896336114", text
    else:
        assert type(result) is Rejection and result.code == "conflicting-ids", text
    batch_and_columnar_give_parse_listing_answer([text])
