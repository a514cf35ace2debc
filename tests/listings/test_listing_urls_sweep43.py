"""urls43: the left-overs of urls42 and a sweep of share texts as the apps write them
(Taobao/Tmall 【淘宝】 shares with ￥code￥ tokens and 复制这条信息, Xianyu/goofish shares,
AliExpress app shares in several languages, Lazada app shares), every row saying the section
of listing-urls.md it comes from.

What was wrong, fixed:

1. A protocol-relative link glued to text that is not ASCII (``链接//item.taobao.com/…``, a
   label's colon left out) and a link whose scheme has nothing before its colon
   (``://item.taobao.com/…``, the scheme's letters left out) were "no URL found". Section 0
   takes the first link of a text, protocol-relative links included: no scheme is written in
   Chinese, and ``://`` names none, so the link after them is read (``看看://…`` and
   ``链接：//…`` already were).
2. A short link's code cut by white space (``https://m.tb.cn/h.4CE hFr0``) is still a short
   link and is never resolved or guessed at (section 10), but the reason now says that the code
   is followed by white space and more letters and digits, as an id's note does, where the code
   is shorter than any short link's in section 10 (5 letters and digits, Lazada's ``s.ZkuXG``).
   A whole code and share text after it (``…/h.4CEhFr0 CZ356``) gets nothing.
3. The note for an id split by white space (urls42) fired on a price after a whole id
   (``…?id=545087400148 699``, a real spending list): it now fires only where the digits on
   both sides of the space make an id of its kind's usual length (``USUAL_ID_LENGTHS``: Taobao
   items 11-13 digits, 1688 offers 12-13...); 545087400148699 has 15.
4. A price glued to a link with a currency sign (``…?id=606832683299¥199``, ``…€12``,
   ``…₱199``) made the whole token the id (``malformed-id``): a currency sign now ends the link
   as full-width punctuation does (``…?id=N￥199`` was read already, and ``…?id=N。199``).
"""

from __future__ import annotations

import pytest
from test_urls33 import ACCOUNT, DAY

from _real_urls import planner_refuses_as_parse_listing, table_tests
from ipprules.listings import Listing, Rejection, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

_TB = "https://item.taobao.com/item.htm?id=606832683299"
_TM = "https://detail.tmall.com/item.htm?id=690091011924"
_LZ = "https://www.lazada.sg/products/pdp-i2896336114.html"
_AE = "https://www.aliexpress.com/item/1005004878609097.html"
_GF = "https://www.goofish.com/item?id=965639435219"

#: (section of listing-urls.md, text, platform, kind or code, id, canonical URL)
ALL = [
    # 1. a protocol-relative link glued to text that is not ASCII; a scheme with nothing before
    ('0', '链接//item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299', _TB),
    ('0', '复制链接//detail.tmall.com/item.htm?id=690091011924 打开淘宝', 'tmall', 'listing', '690091011924', _TM),
    ('0', '店铺//uniqlo.tmall.com', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/'),
    ('0', '://item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299', _TB),
    ('0', '://www.lazada.sg/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114', _LZ),
    ('0', '看 ://detail.tmall.com/item.htm?id=690091011924 好', 'tmall', 'listing', '690091011924', _TM),
    ('0', '(://uniqlo.tmall.com)', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/'),
    # ... refused as the same link is without the text
    ('11', '链接//evil.example/item.htm?id=606832683299', None, 'not-alibaba-host', None, None),
    ('11', '链接//item.taobao.com.evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None, None),
    ('0', '链接//pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299', None, 'agent-site', None, None),
    ('0', '://evil.example/item.htm?id=606832683299', None, 'not-alibaba-host', None, None),
    ('0', 'x://item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None, None),
    ('0', '链接//TODO', None, 'not-a-url', None, None),
    ('0', '://', None, 'not-a-url', None, None),
    # 2. a short link's code cut by white space (and whole codes, share text after them)
    ('10', 'https://m.tb.cn/h.4CE hFr0', None, 'short-link', None, None),
    ('10', '【淘宝】https://m.tb.cn/h.4CE hFr0?tk=abc CZ0001 「标题」', None, 'short-link', None, None),
    ('10', 'https://a.aliexpress.com/_mKj L9Cq', None, 'short-link', None, None),
    ('10', 'https://qr.1688.com/s/7On\u3000LCakq', None, 'short-link', None, None),
    ('10', 'https://m.tb.cn/h.4CE 看看', None, 'short-link', None, None),
    ('10', 'https://m.tb.cn/h.4CE item.taobao.com/x', None, 'short-link', None, None),
    # 3. a price after a whole id; a split id
    ('0', 'x 显示器 https://detail.tmall.com/item.htm?id=545087400148 699', 'tmall', 'listing', '545087400148', 'https://detail.tmall.com/item.htm?id=545087400148'),
    ('0', 'https://item.taobao.com/item.htm?id=606832683 299', 'taobao', 'listing', '606832683', 'https://item.taobao.com/item.htm?id=606832683'),
    # 4. a price glued on with a currency sign
    ('0', 'https://item.taobao.com/item.htm?id=606832683299¥199', 'taobao', 'listing', '606832683299', _TB),
    ('0', 'https://item.taobao.com/item.htm?id=606832683299€12', 'taobao', 'listing', '606832683299', _TB),
    ('0', 'https://detail.tmall.com/item.htm?id=690091011924₱199', 'tmall', 'listing', '690091011924', _TM),
    ('7', 'https://www.lazada.vn/products/i2638225238.html₫129.000', 'lazada_vn', 'listing', '2638225238', 'https://www.lazada.vn/products/pdp-i2638225238.html'),
    ('6', 'https://www.aliexpress.com/item/1005004878609097.html€12,99', 'aliexpress', 'listing', '1005004878609097', _AE),
    # the sweep: share texts as the apps write them (all read right before urls43)
    ('10', '【淘宝】https://m.tb.cn/h.4CEhFr0?tk=abcDEF12345 CZ0001 「Lofree 键盘 无线蓝牙」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None, None),
    ('10', '8￥CZ0001 aB1cD2eF3gH￥ https://m.tb.cn/h.4CEhFr0 MF6563 「标题」复制这条信息，打开手机淘宝即可看到', None, 'short-link', None, None),
    ('10', '7￥aB1cD2eF3gH￥https://m.tb.cn/h.4CEhFr0「标题」', None, 'short-link', None, None),
    ('10', '复制这条信息，￥AbCdEfGhIjK￥，到【手机淘宝】即可查看', None, 'short-link', None, None),
    ('10', '【天猫】https://m.tb.cn/h.5xYz123?tk=Qw12 HU926 「优衣库 男装」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None, None),
    ('10', '【闲鱼】https://m.tb.cn/h.6aBcDeF?tk=xyz CZ3457 「我在闲鱼发布了【iPhone 13】」点击链接直接打开', None, 'short-link', None, None),
    ('8', '【闲鱼】https://www.goofish.com/item?id=965639435219&ut_sk=1.abc 「iPhone」点击链接直接打开', 'taobao', 'listing', '965639435219', _GF),
    ('8', '闲鱼号：https://www.goofish.com/personal?userId=1666703902', 'taobao', 'storefront', '1666703902', 'https://www.goofish.com/personal?userId=1666703902'),
    ('10', '【1688】https://qr.1688.com/s/7OnLCakq 复制此链接，打开阿里巴巴即可查看', None, 'short-link', None, None),
    ('10', 'Ich habe diesen Artikel auf AliExpress gefunden: https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None, None),
    ('10', 'Смотри, что я нашел на AliExpress: https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None, None),
    ('10', 'https://a.aliexpress.com/_mKjL9Cq 12.99US $ 25%OFF | Keyboard', None, 'short-link', None, None),
    ('6', 'AliExpressで見つけたもの：https://ja.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097', _AE),
    ('10', 'ดูสินค้านี้ใน Lazada https://s.lazada.co.th/s.ZkuXG', None, 'short-link', None, None),
    ('10', 'Check out Unilever Foods at ₱199.00. Get it on Lazada now! https://s.lazada.com.ph/s.abcDE?dsource=share&laz_share_info=1_2', None, 'short-link', None, None),
    ('7', 'Check out Keyboard at S$12.90. Get it on Lazada now! https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?dsource=share&laz_share_info=xyz&laz_token=abc', 'lazada_sg', 'listing', '2896336114', _LZ),
]  # fmt: skip
ROWS = [row[1:5] for row in ALL]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


def test_plan_refuses_each_row_as_parse_listing_does() -> None:
    planner_refuses_as_parse_listing([row[1] for row in ALL], ACCOUNT, DAY)  # see its doc


@pytest.mark.parametrize(
    ("section", "text", "canonical"), [(row[0], row[1], row[5]) for row in ALL if row[5]]
)
def test_canonical_url_is_the_notes(section: str, text: str, canonical: str) -> None:
    result = parse_listing(text)
    assert type(result) is Listing and result.canonical_url == canonical, (section, result)


#: (a short link whose code is cut by white space, the code read, the letters after the space)
CUT_CODES = [
    ("https://m.tb.cn/h.4CE hFr0", "4CE", "hFr0"),
    ("【淘宝】https://m.tb.cn/h.4CE hFr0?tk=abc CZ0001 「标题」", "4CE", "hFr0"),
    ("https://a.aliexpress.com/_mKj L9Cq", "mKj", "L9Cq"),
    ("https://qr.1688.com/s/7On\u3000LCakq", "7On", "LCakq"),
    ("【淘宝】「标题」 https://e.tb.cn/h.6Gl2 LC7rsrswQZp CZ356", "6Gl2", "LC7rsrswQZp"),
]


@pytest.mark.parametrize(("text", "code", "rest"), CUT_CODES)
def test_a_short_code_cut_by_white_space_is_said_never_guessed(
    text: str, code: str, rest: str
) -> None:
    for result in (parse_listing(text), parse_slowly(text), next(iter(parse_listings([text])))[1]):
        assert type(result) is Rejection and result.code == "short-link", result
        assert f"the code {code!r} is followed by white space and {rest!r}" in result.reason
        assert result.suggestion is None  # section 10: never guess what a short link hides


@pytest.mark.parametrize(
    "text",
    [
        "https://m.tb.cn/h.4CEhFr0 CZ356",  # a whole code, then the share's own code
        "https://m.tb.cn/h.4CE 看看",  # text after the space, not letters and digits
        "https://m.tb.cn/h.4CE?sm=1 hFr0",  # the code has its query: it ended
        "https://m.tb.cn/h.4CE item.taobao.com/x",  # a host after the space
        "https://s.lazada.co.th/s.ZkuXG CZ356",
    ],
)
def test_a_whole_short_code_or_text_after_it_gets_no_word(text: str) -> None:
    result = parse_listing(text)
    assert type(result) is Rejection and result.code == "short-link", result
    assert "followed by white space" not in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "x 显示器 https://detail.tmall.com/item.htm?id=545087400148 699",  # test_real_urls_15
        "https://item.taobao.com/item.htm?id=606832683299 9999",
        "https://detail.1688.com/offer/585943639773.html 29",
        "https://www.lazada.sg/products/pdp-i2896336114.html 12",
        "https://www.aliexpress.com/store/1104927695 2",
    ],
)
def test_a_number_after_a_whole_id_is_no_split_id(text: str) -> None:
    result = parse_listing(text)
    assert type(result) is Listing and result.note is None, result
    assert parse_slowly(text).note is None
