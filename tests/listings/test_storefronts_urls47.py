"""urls47: storefronts, short links and ambiguous hosts in the forms users paste
(notes in /work/notes/sweep-urls47.md), read as listing-urls.md says.

Each row of ``ROWS`` is ``(input, platform, kind_or_code, id)``, as in test_real_urls_31.py:
the storefront forms of every marketplace (sections 1-8) and the short links (section 10),
with the variations users paste (upper case, ``www.`` or not, a scheme or none, ports, trailing
dots, fragments, tracking parameters, a trailing slash or ``index.htm``, a store's other pages,
text around the link). ``FIXED`` holds the inputs whose answer this sweep changed:

1. a page below a Lazada store's path (``www.lazada.sg/shop/<slug>/search``,
   ``/shop/<slug>/index.htm``, ``/shop/<slug>/pages/…``) was refused as a "search, category,
   cart, login, API or home page" with nothing suggested; section 7 names the store as
   ``/shop/<slug>/`` (its own pages are in its query, ``?path=index.htm``), so it is refused as
   a page of that store, suggesting the store's link, as a Taobao, Tmall or 1688 store's other
   pages on its own host are.
2. a Tmall Global store's mobile host ``<vanity>.m.tmall.hk`` was refused the same generic way;
   the notes name ``<vanity>.m.tmall.com`` (section 2) but not this host, so it stays refused,
   saying it is a store's mobile host not among the named forms, and suggesting
   ``https://<vanity>.tmall.hk/`` (as for a Taobao shop's mobile host ``shopN.m.taobao.com``).
3. AliExpress's mobile store page ``m.aliexpress.com/store/v3/home.html?shopId=N&sellerId=M``
   (scrapers fetch it: github-index:43248935180, :42526028235) was malformed-id "'v3' is not a
   valid store id": the store form read the page's ``v3`` as the store id. The notes do not
   name the page, so it is refused as what it is, suggesting ``/store/N`` of its ``shopId``.
4. a 1688 member's mobile company page ``m.1688.com/winport/company/b2b-….html`` (a scraper
   opens it: github-index:11229568852) was missing-id "a listing page in a form ipprules does
   not read": it is a page of the mobile store ``m.1688.com/winport/b2b-….html`` that section 4
   names, refused as such with that store suggested.

The left-over of urls44, pinned: a Tmall link and a Tmall Global link with the same item id
are one listing (section 3: Tmall Global ids are "in the same space as Taobao/Tmall", and its
items open on Tmall's mobile host), so ``dedupe`` marks the second a duplicate; its record keeps
its own platform and canonical URL. A Tmall store and a Tmall Global store with the same label
are two stores (section 3: "Keep tmall.hk distinct"; a vanity label is per site).
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import LAZADA_HOSTS, table_tests, thrice
from ipprules.listings import Duplicate, Listing, dedupe, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

CHEAP = settings(max_examples=50, deadline=None, derandomize=True)

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ("https://www.lazada.sg/shop/mn7k3oup/search?q=x", None, 'not-a-listing', None),  # fix 1
    ("https://lazada.co.th/shop/mn7k3oup/pages/all-products", None, 'not-a-listing', None),  # fix 1
    ("https://www.lazada.sg/shop/mn7k3oup/index.htm", None, 'not-a-listing', None),  # fix 1
    ("店铺 https://www.lazada.com.my/shop/unilever-foods1632795060/search?q=x 谢谢", None, 'not-a-listing', None),  # fix 1 in text
    ("https://www.lazada.sg/shop/site/api/x", None, 'not-a-listing', None),  # control: Lazada's API (unchanged, nothing suggested)
    ("https://www.lazada.sg/shop/-bad/x", None, 'not-a-listing', None),  # control: no valid slug (unchanged, nothing suggested)
    ("https://zrzb.m.tmall.hk/", None, 'not-a-listing', None),  # fix 2
    ("https://ZRZB.M.TMALL.HK", None, 'not-a-listing', None),  # fix 2
    ("zrzb.m.tmall.hk/index.htm", None, 'not-a-listing', None),  # fix 2
    ("https://detail.m.tmall.hk/", None, 'not-a-listing', None),  # control: Tmall Global's mobile item host, no store
    ("https://www.m.tmall.hk/", None, 'not-a-listing', None),  # control: no store named www
    ("https://m.aliexpress.com/store/v3/home.html?shopId=110173&sellerId=201122799&pagePath=allProduct.htm", None, 'not-a-listing', None),  # github-index:43248935180; fix 3; was malformed-id
    ("https://m.aliexpress.com/store/v3/home.html?sellerId=234730236&pagePath=allProduct.htm", None, 'not-a-listing', None),  # github-index:43059009784; fix 3 (a seller id is no store id: nothing suggested); was malformed-id
    ("https://m.aliexpress.com/store/4455017", 'aliexpress', 'storefront', '4455017'),  # control: section 6's /store/N on the mobile host (unchanged)
    ("https://m.1688.com/winport/company/b2b-2157572595.html", None, 'not-a-listing', None),  # github-index:11229568852; fix 4; was missing-id
    ("http://m.1688.com/winport/company/b2b-2546450021uezz8.html?spm=a26g8", None, 'not-a-listing', None),  # constructed; fix 4; was missing-id
    ("https://m.1688.com/winport/company/b2b-21.html", None, 'missing-id', None),  # control: no valid member id (unchanged)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    # Taobao shopN (section 1): host variations, a store's root or /index.htm, the rest dropped
    ('https://shop118454188.taobao.com', 'taobao', 'storefront', '118454188'),
    ('https://SHOP118454188.TAOBAO.COM/', 'taobao', 'storefront', '118454188'),
    ('https://shop118454188.taobao.com:443/', 'taobao', 'storefront', '118454188'),
    ('http://shop118454188.taobao.com/index.htm#anchor', 'taobao', 'storefront', '118454188'),
    ('https://shop118454188.taobao.com/index.htm?spm=a1z10.1&utm_source=x', 'taobao', 'storefront', '118454188'),
    ('//shop118454188.taobao.com/', 'taobao', 'storefront', '118454188'),
    ('shop118454188.taobao.com', 'taobao', 'storefront', '118454188'),
    ('店铺 https://shop118454188.taobao.com/ 欢迎光临', 'taobao', 'storefront', '118454188'),
    ('https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013', 'taobao', 'storefront', '137594360'),
    # Taobao store pages, mobile host, www. before it, a trailing dot with a path, another port (refused, as before)
    ('https://shop118454188.taobao.com/search.htm?search=y', None, 'not-a-listing', None),
    ('https://shop118454188.taobao.com/category-1234567.htm', None, 'not-a-listing', None),
    ('https://shop118454188.taobao.com/category.htm?catId=1', None, 'not-a-listing', None),
    ('https://shop118454188.taobao.com/pages/index.htm', None, 'not-a-listing', None),
    ('https://shop118454188.m.taobao.com/', None, 'not-a-listing', None),
    ('www.shop118454188.taobao.com', None, 'not-a-listing', None),
    ('https://shop118454188.taobao.com./', None, 'lookalike-host', None),
    ('https://weactstudio.taobao.com:8080/', None, 'lookalike-host', None),
    # Taobao vanity, seller id, world stores (section 1)
    ('https://WeActStudio.taobao.com/', 'taobao', 'storefront', 'weactstudio'),
    ('https://weactstudio.taobao.com/index.htm?spm=1', 'taobao', 'storefront', 'weactstudio'),
    ('https://weactstudio.taobao.com/search.htm', None, 'not-a-listing', None),
    ('https://weactstudio.taobao.com/item.htm?id=606832683299', None, 'not-a-listing', None),
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157&spm=1#x', 'taobao', 'storefront', '2731750157'),
    ('https://store.taobao.com/shop/view_shop.htm?spm=1', None, 'missing-id', None),
    ('https://shop57074988.world.taobao.com/', 'taobao', 'storefront', '57074988'),
    ('https://RUNCAM.world.taobao.com', 'taobao', 'storefront', 'runcam'),
    ('https://world.taobao.com/dianpu/57303596.htm#x', 'taobao', 'storefront', '57303596'),
    ('https://www.taobao.com/', None, 'not-a-listing', None),
    # Tmall stores (section 2)
    ('https://UNIQLO.TMALL.COM', 'tmall', 'storefront', 'uniqlo'),
    ('https://uniqlo.tmall.com/index.htm', 'tmall', 'storefront', 'uniqlo'),
    ('https://uniqlo.tmall.com:443/', 'tmall', 'storefront', 'uniqlo'),
    ('https://uniqlo.tmall.com/shop/view_shop.htm?user_number_id=123456789', 'tmall', 'storefront', 'uniqlo'),
    ('https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560#x', 'tmall', 'storefront', 'zuiqingfeng'),
    ('https://uniqlo.m.tmall.com/', 'tmall', 'storefront', 'uniqlo'),
    ('https://uniqlo.tmall.com/search.htm?q=x', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com/category-12345.htm', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com/pages/123/index.htm', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com./', None, 'lookalike-host', None),
    ('https://www.uniqlo.tmall.com/', None, 'not-a-listing', None),
    ('https://www.tmall.com/', None, 'not-a-listing', None),
    # Tmall Global stores (section 3)
    ('https://zrzb.tmall.hk/shop/view_shop.htm?spm=a&user_number_id=2130139739&rn=x', 'tmall_global', 'storefront', 'zrzb'),
    ('https://ZRZB.TMALL.HK/', 'tmall_global', 'storefront', 'zrzb'),
    ('https://zrzb.tmall.hk/index.htm', 'tmall_global', 'storefront', 'zrzb'),
    ('https://zrzb.tmall.hk/search.htm', None, 'not-a-listing', None),
    ('https://zrzb.m.tmall.hk/', None, 'not-a-listing', None),
    ('https://ZRZB.tmall.HK./', None, 'lookalike-host', None),
    # 1688 stores (section 4)
    ('https://joinsun.1688.com/page/index.html', '1688', 'storefront', 'joinsun'),
    ('https://JOINSUN.1688.COM/page/offerlist.htm?spm=a', '1688', 'storefront', 'joinsun'),
    ('https://shop1460133980340.1688.com/page/offerlist.htm#x', '1688', 'storefront', 'shop1460133980340'),
    ('https://SHOP3W093345O1043.1688.com/', '1688', 'storefront', 'shop3w093345o1043'),
    ('https://shop1460133980340.cn.1688.com/page/offerlist_123.htm', '1688', 'storefront', 'shop1460133980340'),
    ('https://m.1688.com/winport/b2b-2546450021uezz8.html?spm=x', '1688', 'storefront', 'b2b-2546450021uezz8'),
    ('https://shop1460133980340.1688.com./', None, 'lookalike-host', None),
    ('https://www.1688.com/', None, 'not-a-listing', None),
    # Alibaba.com stores (section 5)
    ('https://FUNCOO.EN.ALIBABA.COM', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.en.alibaba.com/productlist-2.html?spm=a', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.en.alibaba.com/company_profile.html#top', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.en.alibaba.com:443/', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.fm.alibaba.com/', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.trustpass.alibaba.com/', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.m.en.alibaba.com/', None, 'not-a-listing', None),
    ('https://www.funcoo.en.alibaba.com/', None, 'not-a-listing', None),
    # AliExpress stores (section 6)
    ('https://www.aliexpress.com/store/1104927695/', 'aliexpress', 'storefront', '1104927695'),
    ('https://WWW.ALIEXPRESS.COM/store/1104927695', 'aliexpress', 'storefront', '1104927695'),
    ('https://aliexpress.com/store/1104927695?spm=a2g0o&gatewayAdapt=glo2deu', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com:443/store/1104927695#x', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com/store/group/led/1104927695_517231234.html', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com/store/feedback-score/1104927695.html', 'aliexpress', 'storefront', '1104927695'),
    ('https://minibalance.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),
    ('https://de.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),
    ('https://m.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),
    ('https://www.aliexpress.us/store/4455017', 'aliexpress', 'storefront', '4455017'),
    ('https://aliexpress.ru/store/4455017', 'aliexpress', 'storefront', '4455017'),
    ('https://weactstudio.aliexpress.com/', 'aliexpress', 'storefront', 'weactstudio'),
    ('https://www.aliexpress.com/store/4455017.html', None, 'missing-id', None),
    ('https://www.aliexpress.com/store/home.htm?storeId=4455017', None, 'missing-id', None),
    ('https://www.aliexpress.com/store/', None, 'missing-id', None),
    ('https://www.aliexpress.com/store/abc', None, 'malformed-id', None),
    # Lazada stores (section 7)
    ('https://www.lazada.sg/shop/unilever-foods1632795060', 'lazada_sg', 'storefront', 'unilever-foods1632795060'),
    ('https://lazada.sg/shop/xmdgbhc3/', 'lazada_sg', 'storefront', 'xmdgbhc3'),
    ('https://WWW.LAZADA.CO.TH/shop/mn7k3oup/', 'lazada_th', 'storefront', 'mn7k3oup'),
    ('https://www.lazada.com.my/shop/mn7k3oup/?itemId=123&channelSource=pdp', 'lazada_my', 'storefront', 'mn7k3oup'),
    ('https://www.lazada.com.ph/shop/mn7k3oup/?path=index.htm&langFlag=en', 'lazada_ph', 'storefront', 'mn7k3oup'),
    ('https://www.lazada.vn/shop/mn7k3oup#x', 'lazada_vn', 'storefront', 'mn7k3oup'),
    ('https://www.lazada.co.id:443/shop/mn7k3oup/', 'lazada_id', 'storefront', 'mn7k3oup'),
    ('https://www.lazada.sg/shop/mn7k3oup/search?q=x', None, 'not-a-listing', None),
    ('https://lazada.co.th/shop/mn7k3oup/pages/all-products', None, 'not-a-listing', None),
    ('https://www.lazada.sg/shop/mn7k3oup/index.htm', None, 'not-a-listing', None),
    ('https://m.lazada.co.id/shop/mn7k3oup/', None, 'not-a-listing', None),
    ('https://www.lazada.sg./shop/mn7k3oup/', None, 'lookalike-host', None),
    ('https://www.lazada.sg/shop-electronics/', None, 'not-a-listing', None),
    ('https://www.lazada.sg/shop/site/api/x', None, 'not-a-listing', None),
    ('https://www.lazada.sg/shop/', None, 'missing-id', None),
    ('https://www.lazada.com.ph/unilever-beauty', None, 'not-a-listing', None),
    # Xianyu seller pages (section 8)
    ('https://goofish.com/personal?userId=1666703902', 'taobao', 'storefront', '1666703902'),
    ('https://WWW.GOOFISH.COM/personal?userId=1666703902&spm=a#x', 'taobao', 'storefront', '1666703902'),
    ('https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D', 'taobao', 'storefront', 'Qt9wn22aKj/nV82TP9hAbA=='),
    ('https://www.goofish.com/personal?spm=a', None, 'missing-id', None),
    ('https://h5.m.goofish.com/personal?userId=1666703902', None, 'not-a-listing', None),
    ('https://www.goofish.com/personal/?userId=1666703902', None, 'not-a-listing', None),
    # Short links (section 10): never resolved, never guessed
    ('https://M.TB.CN/h.4CEhFr0', None, 'short-link', None),
    ('https://m.tb.cn/h.4CEhFr0/', None, 'short-link', None),
    ('https://m.tb.cn/h.4CEhFr0#x', None, 'short-link', None),
    ('m.tb.cn/h.4CEhFr0', None, 'short-link', None),
    ('https://m.tb.cn:443/h.4CEhFr0', None, 'short-link', None),
    ('https://m.tb.cn/', None, 'missing-id', None),  # urls54: a short-link host with no code (was short-link)
    ('【淘宝】「title」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k CZ356', None, 'short-link', None),
    ('https://tb.cn/h.6Gl2LC7rsrswQZp', None, 'short-link', None),
    ('https://c.tb.cn/e1.zfrswwh', None, 'short-link', None),
    ('https://s.click.taobao.com/t?e=m%3D2', None, 'short-link', None),
    ('https://s.click.aliexpress.com/e/_DD2I7Ox?bz=120', None, 'short-link', None),
    ('https://S.CLICK.ALIEXPRESS.COM/e/_DD2I7Ox', None, 'short-link', None),
    ('https://a.aliexpress.com/_mKjL9Cq?spm=x', None, 'short-link', None),
    ('https://s.lazada.sg/s.ZkuXG?cc', None, 'short-link', None),
    ('https://s.lazada.vn/s.ZkuXG?dsource=share&laz_share_info=x', None, 'short-link', None),
    ('https://c.lazada.co.th/t/c.2qZHBN?sub_aff_id=x', None, 'short-link', None),
    ('https://QR.1688.COM/s/7OnLCakq', None, 'short-link', None),
    ('https://www.alibaba.com/x/AbCdEf', None, 'short-link', None),
    ('https://m.tb.cn./h.4CEhFr0', None, 'lookalike-host', None),
    ('https://m.tb.cn:8080/h.4CEhFr0', None, 'lookalike-host', None),
    ('https://www.m.tb.cn/h.4CEhFr0', None, 'not-a-listing', None),
    # the same id twice with two values (section 0), store pages by query, more short hosts
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157&user_number_id=2731750158', None, 'conflicting-ids', None),
    ('https://www.goofish.com/personal?userId=1666703902&userId=1666703903', None, 'conflicting-ids', None),
    ('https://www.lazada.sg/shop/mn7k3oup/?itemId=2896336114', 'lazada_sg', 'storefront', 'mn7k3oup'),
    ('https://joinsun.1688.com/page/creditdetail.htm', '1688', 'storefront', 'joinsun'),
    ('https://joinsun.1688.com/page/offerlist.htm?showType=windows&pageNum=2', '1688', 'storefront', 'joinsun'),
    ('https://shop1460133980340.1688.com/offerlist.htm', None, 'not-a-listing', None),
    ('https://s.lazada.com.my/s.ZkuXG', None, 'short-link', None),
    ('https://c.lazada.com.ph/t/c.2qZHBN', None, 'short-link', None),
    ('https://s.lazada.co.id/s.ZkuXG', None, 'short-link', None),
    ('https://aliexpress.ru/e/_DlqL7xV', None, 'short-link', None),
    ('https://click.aliexpress.com/e/_DD2I7Ox', None, 'short-link', None),
]  # fmt: skip

ALL = FIXED + ROWS
(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def notes_store_canonical(text: str, platform: str, id: str) -> str:
    """The storefront link listing-urls.md gives a store read from ``text``: a Taobao shop id's
    own host, a vanity label's host kept, a seller id's view_shop page (section 1), the vanity
    host of Tmall and Tmall Global (sections 2, 3), 1688's label kept or a member id's winport
    (section 4), an Alibaba.com store's host (section 5), ``/store/N`` or the vanity host on
    AliExpress (section 6), ``/shop/<slug>/`` on Lazada (section 7), the Xianyu seller page
    (section 8)."""
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    if "goofish.com" in host:
        return f"https://www.goofish.com/personal?userId={quote(id, safe='')}"
    if platform == "taobao" and host == "store.taobao.com":
        return f"https://store.taobao.com/shop/view_shop.htm?user_number_id={id}"
    if platform == "taobao" and id.isdigit():
        return f"https://shop{id}.taobao.com/"
    if platform == "taobao":
        return (
            f"https://{id}.world.taobao.com/" if ".world." in host else f"https://{id}.taobao.com/"
        )
    if platform in ("tmall", "tmall_global"):
        return f"https://{id}.tmall.{'com' if platform == 'tmall' else 'hk'}/"
    if platform == "1688":
        if id.startswith("b2b-"):
            return f"https://m.1688.com/winport/{id}.html"
        return f"https://{host.removesuffix('.1688.com')}.1688.com/"
    if platform == "alibaba_com":
        return f"https://{host}/"
    if platform == "aliexpress":
        return (
            f"https://www.aliexpress.com/store/{id}"
            if id.isdigit()
            else f"https://{id}.aliexpress.com/"
        )
    return f"https://www.lazada.{LAZADA_HOSTS[platform]}/shop/{id}/"


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_a_store_has_the_notes_canonical_url(text: str, platform: str, kind: str, id: str) -> None:
    """Every store read has the storefront link the notes give its marketplace, whatever the
    variation pasted (case, port, fragment, tracking, sub-path the form allows)."""
    assert kind == "storefront"
    assert parse_listing(text).canonical_url == notes_store_canonical(text, platform, id), text


@pytest.mark.parametrize(
    ("text", "store"),
    [
        (FIXED[0][0], "https://www.lazada.sg/shop/mn7k3oup/"),
        (FIXED[1][0], "https://www.lazada.co.th/shop/mn7k3oup/"),
        (FIXED[2][0], "https://www.lazada.sg/shop/mn7k3oup/"),
        (FIXED[3][0], "https://www.lazada.com.my/shop/unilever-foods1632795060/"),
    ],
)
def test_a_lazada_store_page_suggests_the_store(text: str, store: str) -> None:
    """Fix 1: a page below a Lazada store's path is that store's page, its link suggested (and
    read as the store), as on a Taobao-family store's own host."""
    result = thrice(text)
    assert result.code == "not-a-listing", text  # type: ignore[attr-defined]
    assert f"is a page of the store {store}" in result.reason, text  # type: ignore[attr-defined]
    assert result.suggestion == store, text  # type: ignore[attr-defined]
    read = parse_listing(store)
    assert read.ok and read.kind == "storefront" and read.canonical_url == store  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [FIXED[6][0], FIXED[7][0], FIXED[8][0]])
def test_a_tmall_global_store_mobile_host_suggests_the_store(text: str) -> None:
    """Fix 2: refused as a Tmall Global store's mobile host the notes do not name, the store's
    named host suggested."""
    result = thrice(text)
    assert result.code == "not-a-listing", text  # type: ignore[attr-defined]
    assert "a Tmall Global store's mobile host" in result.reason, text  # type: ignore[attr-defined]
    assert "unverified" in result.reason, text  # type: ignore[attr-defined]
    assert result.suggestion == "https://zrzb.tmall.hk/", text  # type: ignore[attr-defined]


def test_an_aliexpress_mobile_store_page_suggests_the_store() -> None:
    """Fix 3: the page is refused as what it is, its shopId's store suggested; with only a
    seller id, nothing is suggested."""
    result = thrice(FIXED[11][0])
    assert result.code == "not-a-listing"  # type: ignore[attr-defined]
    assert "AliExpress's mobile store page" in result.reason  # type: ignore[attr-defined]
    assert result.suggestion == "https://www.aliexpress.com/store/110173"  # type: ignore[attr-defined]
    seller_only = thrice(FIXED[12][0])
    assert seller_only.suggestion is None and "no valid shopId" in seller_only.reason  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "store"),
    [
        (FIXED[14][0], "https://m.1688.com/winport/b2b-2157572595.html"),
        (FIXED[15][0], "https://m.1688.com/winport/b2b-2546450021uezz8.html"),
    ],
)
def test_a_1688_mobile_company_page_suggests_the_store(text: str, store: str) -> None:
    """Fix 4: a page of the mobile store, the store's named link suggested (and read)."""
    result = thrice(text)
    assert result.code == "not-a-listing", text  # type: ignore[attr-defined]
    assert f"is a page of the store {store}" in result.reason, text  # type: ignore[attr-defined]
    assert result.suggestion == store, text  # type: ignore[attr-defined]
    assert parse_listing(store).kind == "storefront"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [row[0] for row in FIXED[4:6] + FIXED[9:11] + FIXED[16:]])
def test_controls_suggest_nothing(text: str) -> None:
    """The controls of fixes 1 and 2 (an API path, no valid slug, a service host) name no
    store, so nothing is suggested."""
    result = thrice(text)
    assert result.suggestion is None and "page of the store" not in result.reason  # type: ignore[attr-defined]
    assert "store's mobile host" not in result.reason  # type: ignore[attr-defined]


def test_tmall_and_tmall_global_items_with_one_id_are_one_listing() -> None:
    """The pinned left-over: section 3 puts Tmall Global ids in Taobao/Tmall's id space, so
    the same id on both sites is one listing, and its second link a duplicate that keeps its
    own site in its record (nothing is hidden: the record says tmall_global)."""
    texts = ["https://detail.tmall.com/item.htm?id=608529032990",
             "https://detail.tmall.hk/hk/item.htm?id=608529032990&spm=a"]  # fmt: skip
    first, second = (result for _, result in dedupe(parse_listings(texts)))
    assert type(first) is Listing and first.platform == "tmall"
    assert type(second) is Duplicate and second.first == 0
    assert second.key == first.identity == "taobao-item:608529032990"
    record = second.as_dict()
    assert record["platform"] == "tmall_global" and record["duplicate_of"] == 0
    assert record["canonical_url"] == "https://detail.tmall.hk/hk/item.htm?id=608529032990"


def test_tmall_and_tmall_global_stores_with_one_label_are_two_stores() -> None:
    """A vanity label is per site (section 3: keep tmall.hk distinct): two stores."""
    texts = ["https://uniqlo.tmall.com/", "https://uniqlo.tmall.hk/", "https://uniqlo.taobao.com/"]
    results = [result for _, result in dedupe(parse_listings(texts))]
    assert all(type(result) is Listing for result in results)
    assert len({result.identity for result in results}) == 3  # type: ignore[union-attr]


#: Stores and the paths each form allows after its host (listing-urls.md sections 1-8).
STORES = [
    ("shop118454188.taobao.com", "", ("", "/", "/index.htm")),
    ("weactstudio.taobao.com", "", ("", "/", "/index.htm")),
    ("uniqlo.tmall.com", "", ("", "/", "/index.htm", "/shop/view_shop.htm")),
    ("zrzb.tmall.hk", "", ("", "/", "/index.htm", "/shop/view_shop.htm")),
    ("joinsun.1688.com", "", ("", "/", "/page/index.html", "/page/offerlist.htm")),
    ("shop1460133980340.1688.com", "", ("", "/", "/page/index.html")),
    ("funcoo.en.alibaba.com", "", ("", "/", "/productlist.html", "/company_profile.html")),
    ("www.aliexpress.com", "/store/1104927695", ("", "/")),
    ("www.lazada.sg", "/shop/mn7k3oup", ("", "/")),
    ("www.lazada.co.th", "/shop/unilever-foods1632795060", ("", "/")),
    ("store.taobao.com", "/shop/view_shop.htm?user_number_id=2731750157", ("",)),
    ("www.goofish.com", "/personal?userId=1666703902", ("",)),
    ("m.1688.com", "/winport/b2b-2546450021uezz8.html", ("",)),
]
SCHEMES = ("https://", "http://", "//", "", "HTTPS://")
TRACKING = ("", "spm=a1z10.1.0.0", "utm_source=share&utm_medium=x", "scm=1007.1")
FRAGMENTS = ("", "#anchor", "#")
AROUND = (("", ""), ("店铺：", ""), ("see ", " thanks"), ("【店铺】", " 复制链接"))


def _pasted(store: tuple[str, str, tuple[str, ...]], draw: st.DrawFn) -> str:
    host, path, tails = store
    scheme = draw(st.sampled_from(SCHEMES))
    if draw(st.booleans()):
        host = host.upper()
    if scheme.lower() == "https://" and draw(st.booleans()):
        host += ":443"
    url = scheme + host + path + draw(st.sampled_from(tails))
    tracking = draw(st.sampled_from(TRACKING))
    if tracking:
        url += (
            "&"
            if "?" in url
            else ("?" if url.count("/") > 2 or "/" in url[len(scheme) :] else "/?")
        ) + tracking
    url += draw(st.sampled_from(FRAGMENTS))
    before, after = draw(st.sampled_from(AROUND))
    return before + url + after


@CHEAP
@given(st.data())
def test_a_pasted_store_is_the_store(data: st.DataObject) -> None:
    """Any way a store's link is pasted (scheme or none, upper-case host, the default port,
    a path its form allows, tracking parameters, a fragment, text around it) reads as the
    store: the same identity and canonical link, on the fast and the thorough path."""
    store = data.draw(st.sampled_from(STORES))
    host, path, _ = store
    plain = parse_listing("https://" + host + path)
    assert type(plain) is Listing and plain.kind == "storefront"
    text = _pasted(store, data.draw)
    read = parse_listing(text)
    assert read == parse_slowly(text), text
    assert type(read) is Listing, (text, read)
    assert (read.identity, read.canonical_url) == (plain.identity, plain.canonical_url), text


SHORT = [
    "m.tb.cn/h.4CEhFr0", "e.tb.cn/h.6Gl2LC7rsrswQZp", "tb.cn/h.6Gl2LC7rsrswQZp",
    "c.tb.cn/e1.zfrswwh", "s.click.taobao.com/t", "s.click.aliexpress.com/e/_DD2I7Ox",
    "a.aliexpress.com/_mKjL9Cq", "s.lazada.co.th/s.ZkuXG", "c.lazada.co.th/t/c.2qZHBN",
    "qr.1688.com/s/7OnLCakq",
]  # fmt: skip


@CHEAP
@given(
    st.sampled_from(SHORT),
    st.sampled_from(SCHEMES),
    st.booleans(),
    st.sampled_from(("", "/")),
    st.sampled_from(("", "?tk=qFuaV9hzh0k", "?sm=70d491&id=606832683299", "?spm=a&url=x")),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(AROUND),
)
def test_a_short_link_is_never_resolved_or_guessed(
    link: str, scheme: str, upper: bool, slash: str, query: str, fragment: str,
    around: tuple[str, str],
) -> None:  # fmt: skip
    """Section 10: however a short link is pasted, even with an item id in its query, it is a
    short link: no listing read, no platform or id guessed, nothing suggested."""
    host, _, path = link.partition("/")
    text = around[0] + scheme + (host.upper() if upper else host) + "/" + path + slash
    text += query + fragment + around[1]
    read = parse_listing(text)
    assert read == parse_slowly(text), text
    assert read.as_dict()["code"] == "short-link", text
    record = read.as_dict()
    assert record["platform"] is None and record["id"] is None and record["suggestion"] is None
