"""Review 24 of the listings side (notes in /work/notes/sweep-review24.md): real URLs and
pastes written from listing-urls.md, with the answer the document requires.

Each row of ``ROWS`` is ``(input, platform, kind_or_code, id)``, as in test_real_urls_10.py.
Fixed in this review:

- Xianyu's app detail page on the Taobao app host
  (``market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?…&id=N``; the notes name
  ``market.m.taobao.com/…?id=N`` in section 1, and real pastes call this page a Xianyu link) was
  ``not-a-listing``; it is a Xianyu listing;
- the older seller storefront path ``store.taobao.com/view_shop.htm?user_number_id=N`` (no
  ``/shop/``; the notes quote it, store-link helpers emit it) was ``not-a-listing``;
- Tmall's old mobile item page ``a.m.tmall.com/iN.htm`` was read as a page of a store named
  ``a`` (``a.tmall.com``, suggested as the store to file against); the notes do not name the
  host, so it is refused as an unread item page suggesting ``detail.tmall.com``'s link of its
  id, and ``a.m.tmall.com`` is no store;
- the judicial and litigation auction item hosts (``sf-item.taobao.com/sf_item/N.htm``,
  ``susong-item.taobao.com/auction/N.htm``) were read as stores named ``sf-item`` and
  ``susong-item`` (their pages suggested as the store to file against); the notes reserve
  Taobao's service labels (section 12), and the auctions' own ``sf`` and ``paimai`` already were;
- so are Taobao's account pages (``member1.taobao.com/member/fresh/…``; ``member`` was reserved)
  and 1688's open platform and its authorisation host (``open.1688.com/api/…``,
  ``auth.1688.com/…``; ``open`` was reserved on taobao.com and aliexpress.com only).
"""

from __future__ import annotations

import pytest

from _real_urls import answer, assert_service_host, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('- [Xianyu link for the programmer](https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=626032002165&ut_sk=1.X23p8dbHZsEDAI2wCPftXkIY_21407387_1601553035380.Copy.detail.626032002165.3586168982&forceFlush=1)', 'taobao', 'listing', '626032002165'),  # github-index:44166703199
    ('                clientUtil.doGet("https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=593584048233&ut_sk=1.XCBTu5P64qsDAFmfTaFJ2MDg_12431167_1557367586819.Copy.detail.593584048233.256616410&forceFlush=1",null);', 'taobao', 'listing', '593584048233'),  # github-index:10595490039
    ("h5_url = f'https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id={raw_id}'", None, 'malformed-id', None),  # github-index:53755728006; a template
    ('                string content = Core.Util.GetWebContent("http://store.taobao.com/view_shop.htm?user_number_id=" + shopUserId.Trim(), "GET"', None, 'missing-id', None),  # github-index:25157197756; a template
    ('    "http://store.taobao.com/view_shop.htm?user_number_id=2731750157"', 'taobao', 'storefront', '2731750157'),  # constructed from github-index:46271121422's helper
    ('        doVisitor( "http://a.m.tmall.com/i37505240912.htm");', None, 'not-a-listing', None),  # github-index:28238912802; notes silent: a rejection
    ("    #pic_url = get_pic_url(get_id('http://a.m.tmall.com/i12465295391.htm?id=12465295391'))", None, 'not-a-listing', None),  # github-index:14297906953; notes silent: a rejection
    ('        //http://a.m.tmall.com/i14568464658.htm', None, 'not-a-listing', None),  # github-index:38761403655; notes silent: a rejection
    ('https://a.m.tmall.com/', None, 'not-a-listing', None),  # the host is no store
    ("            'itemUrl': '//sf-item.taobao.com/sf_item/604063958339.htm',", None, 'not-a-listing', None),  # github-index:158542139
    ("        source: 'https://sf-item.taobao.com/sf_item/1064587700541.htm',", None, 'not-a-listing', None),  # github-index:54748648064
    ('        "https://susong-item.taobao.com/auction/123.htm/_____tmd_____/punish?x5s', None, 'not-a-listing', None),  # github-index:71072572936; excerpt
    ('\t\tString securityURL = "http://member1.taobao.com/member/fresh/account_security.htm";', None, 'not-a-listing', None),  # github-index:43811141547
    ("            'account_profile' => 'https://member1.taobao.com/member/fresh/account_profile.htm',", None, 'not-a-listing', None),  # github-index:18435047232
    ('     * @link https://open.1688.com/api/apidocdetail.htm?id=com.alibaba.trade:alibaba.crossBorderPay.url.get-1', None, 'not-a-listing', None),  # github-index:17141943811
    (' * API Docs: https://open.1688.com/', None, 'not-a-listing', None),  # github-index:67405508672
    (' * mock : https://auth.1688.com/dev/tools/auth_test.html', None, 'not-a-listing', None),  # github-index:43236330331
]  # fmt: skip

ALL = FIXED

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(
    ("url", "suggestion"),
    [
        ("http://a.m.tmall.com/i37505240912.htm", "https://detail.tmall.com/item.htm?id=37505240912"),
        ("https://a.m.tmall.com/i12465295391.htm?id=12465295391",
         "https://detail.tmall.com/item.htm?id=12465295391"),
        ("https://a.m.tmall.com/i12465295391.htm?id=12465295392", None),
        ("https://a.m.tmall.com/", None),
        ("https://a.m.tmall.com/index.htm", None),
    ],
)  # fmt: skip
def test_old_mobile_tmall_item_page_is_no_store(url: str, suggestion: str | None) -> None:
    """``a.m.tmall.com`` is Tmall's old mobile item host, not the mobile view of a store named
    ``a``: its item page suggests the item's Tmall link to check, and nothing suggests a store."""
    for _ in range(2):  # the second sighting answers the same (caches)
        result = parse_listing(url)
        assert result.code == "not-a-listing"
        assert result.suggestion == suggestion
        assert "tmall.com/ (its item list" not in (result.reason or "")
        assert parse_slowly(url) == result


def test_real_mobile_tmall_stores_stay_stores() -> None:
    assert answer("https://uniqlo.m.tmall.com/") == ("tmall", "storefront", "uniqlo")
    assert answer("https://am.m.tmall.com/") == ("tmall", "storefront", "am")


@pytest.mark.parametrize(
    "host",
    [
        "sf-item.taobao.com",
        "susong-item.taobao.com",
        "member1.taobao.com",
        "open.1688.com",
        "auth.1688.com",
    ],
)
def test_service_hosts_are_no_stores(host: str) -> None:
    """Taobao's auction item and account hosts and 1688's open platform are services, not
    stores: their pages suggest no store to file against."""
    assert_service_host(host)
    result = parse_listing(f"https://{host}/sf_item/604063958339.htm")
    assert (result.code, result.suggestion) == ("not-a-listing", None)
    assert "page of the store" not in (result.reason or "")
