"""lazada4: Lazada's six countries and Xianyu, form by form (notes in
/work/notes/sweep-lazada4.md).

A matrix of every Lazada form (listing-urls.md section 7, section 10's short links) on every
country's host, written every way a link is pasted (without scheme, ``www`` or with upper-case
host, query junk, a fragment, ``&amp;``, a decoded or percent-encoded slug, in HTML, Markdown,
JSON and share text in the country's language), and Xianyu's forms (section 8): each gives
the answer of its plain form, and ``parse_listings``, the thorough parser and the columnar
kernel give ``parse_listing``'s answer.

Fixed: a second listing in a text whose slug is decoded (``…/products/กระเป๋า-i4212266679.html``,
read alone since docs/listings.md's decoded slugs) was not named by ``other_listings``: the
finder cuts a link at its first non-ASCII character, and the cut link is no listing. The
planner planned the first listing and dropped the second without a word (``several-listings``
for the same text with an ASCII slug).

Fixed: a listing glued by markup to a second link whose path holds a Latin letter with a
diacritic (``…pdp-i2896336114.html<br>https://www.lazada.vn/products/túi-xách-i4212266679.html``,
``…?id=606832683299<br>https://item.taobao.com/item.htm?q=túi``) was ``missing-id`` or
``malformed-id``: the line is one token, and the letter inside a word made the whole token,
markup and second link included, decide. The first link, read up to the markup, stands (as
with an ASCII or a Thai second link).
"""

from __future__ import annotations

import json

import pytest
from test_urls33 import ACCOUNT, DAY

from _real_urls import batch_and_columnar_give_parse_listing_answer
from ipprules.listings import Listing, parse_listing
from ipprules.listings.hosts import LAZADA_TLDS
from ipprules.listings.parser import other_listings
from ipprules.planner import Settings, plan_listings

ITEM = "2896336114"
SITES = {"sg": "sg", "co.id": "id", "com.my": "my", "co.th": "th", "com.ph": "ph", "vn": "vn"}
#: Share text in each country's language (and English, Lazada's share text in Singapore).
SHARE = {
    "sg": "Check out this product on Lazada! {}",
    "co.id": "Lihat produk ini di Lazada: {} Dapatkan sekarang!",
    "com.my": "Lihat produk ini di Lazada! {}\nHarga: RM12",
    "co.th": "ดูสินค้านี้บน Lazada!{}ราคาถูก",
    "com.ph": "Tingnan ang produktong ito sa Lazada! {}",
    "vn": "Xem sản phẩm này trên Lazada（{}）",
}

#: (form, its plain link on host ``{h}``, the answer: platform kind and id, or the code).
FORMS = [
    ("pdp", f"https://www.{{h}}/products/pdp-i{ITEM}-s20072727483.html", "listing"),
    ("slug", f"https://www.{{h}}/products/some-shoe-i{ITEM}.html", "listing"),
    ("bare", f"https://www.{{h}}/products/i{ITEM}.html", "listing"),
    ("itemId", f"https://www.{{h}}/products/pdp-i{ITEM}.html?itemId={ITEM}", "listing"),
    ("shop", "https://www.{h}/shop/unilever-foods1632795060/", "storefront"),
    ("shop-query", "https://www.{h}/shop/xmdgbhc3?path=index.htm&itemId=1", "storefront"),
    ("mobile", f"https://m.{{h}}/products/pdp-i{ITEM}.html", "not-a-listing"),
    ("campaign", "https://pages.{h}/wow/gcp/route/lazada/x", "not-a-listing"),
    ("share", "https://s.{h}/s.ZkuXG", "short-link"),
    ("affiliate", "https://c.{h}/t/c.2qZHBN", "short-link"),
    ("seller-center", "https://sellercenter.{h}/apps/seller/login", "not-a-listing"),
    ("lazmall", "https://www.{h}/lazmall/", "not-a-listing"),
    ("search", "https://www.{h}/catalog/?q=shoe", "not-a-listing"),
    ("category", "https://www.{h}/shop-electronics/", "not-a-listing"),
    ("lzd", "https://lzd.co/ABCdef", "not-alibaba-host"),
]


def _ways(url: str, tld: str) -> list[str]:
    """``url`` written every way the matrix pastes it (each must answer as ``url``)."""
    bare = url.split("://", 1)[1]
    host, path = bare.split("/", 1)
    glue = "&" if "?" in url else "?"
    return [
        url,
        bare,
        "http://" + bare,
        url.replace("://www.", "://"),
        f"https://{host.upper()}/{path}",
        f"{url}{glue}spm=a2o4m.pdp&laz_trackid=2:mm_1&utm_source=x",
        url + "#reviews",
        f"{url}{glue}x=1&amp;spm=a2o4m",
        url.replace("pdp-", "%E0%B8%81-").replace("some-shoe", "รองเท้า"),
        f'<a href="{url}">Buy</a>',
        f"[shoe]({url})",
        json.dumps({"url": url}),
        json.dumps({"url": url}).replace("/", "\\/"),
        SHARE[tld].format(url),
    ]


def _answer(result: object) -> tuple[object, ...]:
    if isinstance(result, Listing):
        return (result.platform, result.kind, result.id, result.canonical_url)
    return (None, getattr(result, "code", None))


def _matrix() -> list[tuple[str, str, str]]:
    return [(name, tld, url.format(h=f"lazada.{tld}")) for name, url, _ in FORMS for tld in SITES]


@pytest.mark.no_cover
@pytest.mark.parametrize(("name", "tld", "url"), _matrix())
def test_every_lazada_form_on_every_site_answers_as_written_plain(
    name: str, tld: str, url: str
) -> None:
    """Each way of writing the link answers as the plain link, which answers as section 7
    says (a listing's identity keeps its site), on every path."""
    want = {n: a for n, _, a in FORMS}[name]
    plain = parse_listing(url)
    if want in ("listing", "storefront"):
        assert isinstance(plain, Listing) and plain.kind == want, plain
        assert plain.platform == f"lazada_{SITES[tld]}", plain
        assert plain.canonical_url.startswith(f"https://www.lazada.{tld}/"), plain
        if want == "listing":
            assert plain.id == ITEM
            assert plain.canonical_url == f"https://www.lazada.{tld}/products/pdp-i{ITEM}.html"
            assert plain.identity == f"lazada_{SITES[tld]}-item:{ITEM}"
    else:
        assert _answer(plain) == (None, want), plain
    ways = _ways(url, tld)
    for text in ways:
        assert _answer(parse_listing(text)) == _answer(plain), text
    batch_and_columnar_give_parse_listing_answer(ways)


def test_lazada_sites_are_the_six() -> None:
    assert set(LAZADA_TLDS) == set(SITES)


XIANYU = "965639435219"
XIANYU_FORMS = [
    f"https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.596b2358xB7LkT&id={XIANYU}&categoryId=125952002",
    f"https://h5.m.goofish.com/item?id={XIANYU}",
    f"https://h5.m.goofish.com/item?itemId={XIANYU}",
    f"https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?x-ssr=true&id={XIANYU}",
    f"https://2.taobao.com/item.htm?id={XIANYU}",
    f"goofish.com/item?id={XIANYU}",
    f"https://WWW.GOOFISH.COM/item?id={XIANYU}#comments",
    f'<a href="https://www.goofish.com/item?id={XIANYU}&amp;spm=x">闲鱼</a>',
    f"[闲鱼](https://www.goofish.com/item?id={XIANYU})",
    json.dumps({"url": f"https://www.goofish.com/item?id={XIANYU}"}).replace("/", "\\/"),
    f"https%3A%2F%2Fwww.goofish.com%2Fitem%3Fid%3D{XIANYU}",
    f"我在闲鱼发布了【九成新键盘】，快来看看吧！https://www.goofish.com/item?id={XIANYU}&categoryId=1",
    f"【闲鱼】「九成新键盘」https://h5.m.goofish.com/item?id={XIANYU} 点击链接或复制",
    f"https://www.goofish.com/item?id={XIANYU}，谢谢",
]


def test_every_xianyu_form_is_the_taobao_listing_of_its_id() -> None:
    """Section 8: every Xianyu form reads the item filed as Taobao (B1), canonical on
    goofish.com; its share link on m.tb.cn stays a short link; on every path."""
    for text in XIANYU_FORMS:
        assert _answer(parse_listing(text)) == (
            "taobao",
            "listing",
            XIANYU,
            f"https://www.goofish.com/item?id={XIANYU}",
        ), text
    share = "【闲鱼】https://m.tb.cn/h.4CEhFr0?tk=abc CZ3457 「我在闲鱼发布了【九成新键盘】」"
    assert _answer(parse_listing(share)) == (None, "short-link")
    batch_and_columnar_give_parse_listing_answer([*XIANYU_FORMS, share])


FIRST = f"https://www.lazada.co.th/products/pdp-i{ITEM}.html"
#: A second listing whose slug is decoded, as chat apps show it, joined every way.
DECODED = [
    ("co.th", "https://www.lazada.co.th/products/กระเป๋า-i4212266679.html"),
    ("co.th", "www.lazada.co.th/products/รองเท้า-i4212266679-s20072727483.html"),
    ("vn", "https://www.lazada.vn/products/túi-xách-i4212266679.html"),
    ("vn", "www.lazada.vn/products/giày-nam-i4212266679-s20072727483.html?spm=x"),
]


@pytest.mark.parametrize(("tld", "second"), DECODED)
@pytest.mark.parametrize("joint", [" ", "\n", "，", "<br>"])
def test_a_second_listing_with_a_decoded_slug_is_named(tld: str, second: str, joint: str) -> None:
    """``other_listings`` names the second listing (it named none), so the planner refuses
    the line as ``several-listings`` instead of planning the first alone."""
    first = FIRST.replace("co.th", tld)
    text = f"{first}{joint}{second}"
    read = parse_listing(text)
    assert isinstance(read, Listing) and read.id == ITEM, read
    named = other_listings(text, read)
    assert len(named) == 1 and parse_listing(named[0]).id == "4212266679", named
    assert second.startswith(named[0]) or named[0] in second, named
    right = Settings(right="tm-cn", reason="tm_counterfeit")
    plan = plan_listings([text, first], ACCOUNT, as_of=DAY, settings=right)
    assert plan.outcomes[0].code == "several-listings", plan.outcomes[0]
    # (the first alone: refused by the rules, the CN right on Lazada, as before)
    assert plan.outcomes[1].code == "right-place-not-accepted", plan.outcomes[1]


def test_a_listing_glued_to_text_in_thai_names_no_other() -> None:
    """The same listing twice, and a listing with share text glued to it, name no other."""
    for text in (
        f"{FIRST} https://www.lazada.co.th/products/กระเป๋า-i{ITEM}.html",
        f"{FIRST}ราคาถูก ดูสินค้านี้",
        f"ดูสินค้านี้บน Lazada!{FIRST}ราคาถูก",
    ):
        assert other_listings(text, parse_listing(text)) == [], text


GLUED = [
    ("https://www.lazada.vn/products/pdp-i2896336114.html", "2896336114",
     "https://www.lazada.vn/products/túi-xách-i4212266679.html"),
    ("https://www.lazada.co.id/products/pdp-i2896336114.html", "2896336114",
     "https://www.lazada.co.id/products/sepatu-pría-i4212266679.html"),
    ("https://item.taobao.com/item.htm?id=606832683299", "606832683299",
     "https://item.taobao.com/item.htm?q=túi"),
    ("https://www.goofish.com/item?id=965639435219", "965639435219",
     "https://www.goofish.com/item?id=965639435218&q=café"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "id", "second"), GLUED)
@pytest.mark.parametrize("markup", ["<br>", "<br/>", "</a>", '"', "|", "`"])
def test_markup_then_a_link_with_a_diacritic_leaves_the_first_listing(
    first: str, id: str, second: str, markup: str
) -> None:
    """The first link of a line glued by markup to a second whose path has a Latin letter
    with a diacritic reads as with an ASCII second link (it was missing-id or malformed-id)."""
    text = f"{first}{markup}{second}"
    ascii_second = second.replace("ú", "u").replace("á", "a").replace("í", "i").replace("é", "e")
    read = parse_listing(text)
    assert isinstance(read, Listing) and read.id == id, read
    assert _answer(read) == _answer(parse_listing(f"{first}{markup}{ascii_second}")), text
    batch_and_columnar_give_parse_listing_answer([text])
