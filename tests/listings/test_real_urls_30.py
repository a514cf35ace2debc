"""Sweep urls30 of listing URLs (notes in /work/notes/sweep-urls30.md): the forms the last
sweep left open, and real URLs from public code, fixtures and READMEs that no earlier table holds.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_29.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. a marketplace host followed by a ``/``, ``?`` or ``#`` percent-encoded twice
   (``https://item.taobao.com%252Fitem.htm%253Fid%253DN``) said "imitates taobao"; it stays a
   lookalike (browsers refuse such a host), but the reason says the link looks percent-encoded,
   encoded twice, and the listing it holds decoded is suggested, as for ``%2F`` (table 29 fix 4).
2. an encoded space inside a listing's link (``item.htm%20?id=N``, ``?id=%20N``,
   ``…/N%20.html``) was refused with no word of it (not-a-listing "search, category, cart…",
   or a bad id): decoded, a space splits it, so it is not decoded; the notes are silent, so it is
   not read either, but refused saying the link holds an encoded space, with the listing the
   link is without it suggested (not-a-listing becomes missing-id: the page is a listing page).
3. ``world.taobao.com/item/wap/N.htm`` (the World site's mobile item page; the notes name
   ``world.taobao.com/item/N.htm`` only) was missing-id "a form ipprules does not read": it is
   refused as an item page the notes do not name, as ``world.tmall.com/item/N.htm`` is
   (not-a-listing), with the named form ``world.taobao.com/item/N.htm`` suggested.
4. ``winport.m.1688.com/page/index.html?memberId=b2b-…`` (a 1688 shop's mobile page; real code
   calls it the shop's URL) was not-a-listing "search, category, cart…": the notes name only
   ``m.1688.com/winport/b2b-….html`` for that member id, so it is still refused, with the named
   store link suggested (without a valid ``memberId``, the reason says so). So is Taobao's old
   mobile shop page ``shop.m.taobao.com/shop/shop_index.htm?shop_id=N`` (``shopN.taobao.com``
   suggested).
5. (``other_listings``) a list of links in single quotes without spaces
   (``['https://…','https://…']``) gave no other listing: the second link was read as part of
   the first token; it is reported, as in a list in double quotes.
6. a link without its scheme glued to an HTML tag before it (``<code>item.taobao.com/…</code>``,
   ``<td>…</td>``, ``<li>shop118454188.taobao.com</li>``; github-index:52463194978 lists
   Xianyu's forms so) was not-a-url "no URL found in the text" (with its scheme it was read):
   what comes before a tag's ``>`` is no host, as what comes before a quote is not.

``ROWS`` holds real inputs (each names its ``github-index`` source) that no earlier table holds,
with the notes' section behind its answer.
"""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, notes_canonical, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import other_listings, parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('https://item.taobao.com%252Fitem.htm%253Fid%253D606832683299', None, 'lookalike-host', None),  # constructed from luan007/rnn-jukebox; fix 1; said "imitates taobao"
    ('item.taobao.com%252fitem.htm%253fid%253d606832683299', None, 'lookalike-host', None),  # constructed; fix 1, lower-case escapes, no scheme
    ('https://uniqlo.tmall.com%252F', None, 'lookalike-host', None),  # derived from Wangdanzi/panli; fix 1: the store suggested
    ('https://item.taobao.com%2Fitem.htm%253Fid%253D606832683299', None, 'lookalike-host', None),  # constructed; fix 1: %2F then the query encoded twice (the reason had no listing)
    ('https://item.taobao.com%2523.evil.example/', None, 'lookalike-host', None),  # constructed; fix 1: the reason names the encoding, nothing suggested (decoded, no listing)
    ('https://item.taobao.com.evil.cn%252Fitem.htm%253Fid%253D606832683299', None, 'lookalike-host', None),  # constructed control: no marketplace host before the escape (unchanged: "imitates taobao")
    ('https://item.taobao.com/item.htm%20?id=606832683299', None, 'missing-id', None),  # constructed (the brief's form); fix 2; was not-a-listing with no hint
    ('https://item.taobao.com/item.htm%20%3Fid%3D606832683299', None, 'missing-id', None),  # constructed; fix 2, the query encoded too; was not-a-listing
    ('https://item.taobao.com/item.htm%2520?id=606832683299', None, 'missing-id', None),  # constructed; fix 2, the space encoded twice; was not-a-listing
    ('https://item.taobao.com/item.htm?id=%20606832683299', None, 'malformed-id', None),  # constructed; fix 2: the code kept, the reason names the space
    ('https://detail.1688.com/offer/585943639773%20.html', None, 'missing-id', None),  # derived from github-index:5837061204; fix 2: the code kept, the reason names the space
    ('https://www.lazada.sg/products/pdp-i2896336114%0A-s20072727483.html', None, 'missing-id', None),  # derived from github-index:57611628194; fix 2, an encoded line break
    ('https://s.taobao.com/search?q=lamp%20shade', None, 'not-a-listing', None),  # constructed control: a search page (unchanged)
    ('https://item.taobao.com/item.htm?id=606832683299%20', None, 'malformed-id', None),  # constructed control: a trailing encoded space is decoded (table 29 fix 1, unchanged)
    ('https://world.taobao.com/item/wap/668570605351.htm', None, 'not-a-listing', None),  # derived from github-index:10916669670; fix 3; was missing-id
    ('https://world.taobao.com/item/wap/x.htm', None, 'missing-id', None),  # constructed control: no id (unchanged)
    ('https://world.taobao.com/item/668570605351.htm', 'taobao_or_tmall', 'listing', '668570605351'),  # constructed control: the named form (unchanged)
    ('https://winport.m.1688.com/page/index.html?memberId=b2b-2546450021uezz8', None, 'not-a-listing', None),  # derived from cachho/cn-links (section 4's pair); fix 4: the store suggested
    ('https://winport.m.1688.com/page/offerlist.html?memberId=b2b-2546450021uezz8&spm=a26g8', None, 'not-a-listing', None),  # derived from github-index:63142537336; fix 4
    ('https://winport.m.1688.com/page/index.html', None, 'not-a-listing', None),  # constructed; fix 4: no memberId, said so (the code kept)
    ('https://winport.m.1688.com/', None, 'not-a-listing', None),  # constructed control: the host's root (unchanged)
    ('https://m.1688.com/winport/b2b-2546450021uezz8.html', '1688', 'storefront', 'b2b-2546450021uezz8'),  # cachho/cn-links control: the named form (unchanged)
    ('https://shop.m.taobao.com/shop/shop_index.htm?shop_id=145892083', None, 'not-a-listing', None),  # derived from github-index:5345389388; fix 4: the shop suggested
    ('<td>短链（<code>m.tb.cn/...</code>）<br>商品页（<code>www.goofish.com/item?id=...</code>、<code>h5.m.goofish.com/item?id=...&amp;itemId=...</code>）</td>', None, 'short-link', None),  # github-index:52463194978; fix 6: the first link, a short link's stand-in (section 10); was not-a-url
    ('<code>item.taobao.com/item.htm?id=606832683299</code>', 'taobao', 'listing', '606832683299'),  # derived from luan007/rnn-jukebox; fix 6; was not-a-url
    ('<td><code>detail.1688.com/offer/585943639773.html</code></td>', '1688', 'listing', '585943639773'),  # derived from github-index:5837061204; fix 6; was not-a-url
    ('链接（<b>www.goofish.com/item?id=965639435219</b>）', 'taobao', 'listing', '965639435219'),  # derived from github-index:67611108113; fix 6 after a label; was not-a-url
    ('<li>shop118454188.taobao.com</li>', 'taobao', 'storefront', '118454188'),  # derived from WeActStudio/BluePill-Plus; fix 6, a host alone in its tags; was not-a-url
    ('<li>evil.example</li>', None, 'not-a-url', None),  # constructed control: another host alone in its tags is none (unchanged)
    ('<code>https://item.taobao.com/item.htm?id=606832683299</code>', 'taobao', 'listing', '606832683299'),  # constructed control: with its scheme (unchanged)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('//      "shop_url": "https://winport.m.1688.com/page/index.html?memberId=b2b-220853851345875490",', None, 'not-a-listing', None),  # github-index:11228625419; notes silent: a 1688 shop's mobile page, refused with the named m.1688.com/winport/ link suggested (fix 4)
    ("        expect(__test__.extractMemberId('https://winport.m.1688.com/page/index.html?memberId=b2b-1641351767')).toBe('b2b-1641351767');", None, 'not-a-listing', None),  # github-index:52070798318; notes silent: a 1688 shop's mobile page, refused with the named m.1688.com/winport/ link suggested (fix 4)
    ('"https://winport.m.1688.com/page/index.html?memberId=b2b-2098846356"', None, 'not-a-listing', None),  # github-index:38335886115; notes silent: a 1688 shop's mobile page, refused with the named m.1688.com/winport/ link suggested (fix 4)
    ("              factoryUrl: 'https://winport.m.1688.com/page/index.html?memberId=test',", None, 'not-a-listing', None),  # github-index:56180139776; notes silent: a 1688 shop's mobile page with no valid memberId, said so (fix 4)
    ('  `https://winport.m.1688.com/page/offerlist.html?memberId=${MEMBER}`,', None, 'not-a-listing', None),  # github-index:63142537336; notes silent: a 1688 shop's mobile page with no valid memberId, said so (fix 4)
    ('&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"shop\\_url": "https://winport.m.1688.com/page/index.html?memberId=b2b-22146365959302bc20",', None, 'not-a-listing', None),  # github-index:69423540089; notes silent: a 1688 shop's mobile page, refused with the named m.1688.com/winport/ link suggested (fix 4)
    ('                                                    VD: https://m.intl.taobao.com/detail/detail.html?spm=a1z5f.7632060.0.0&id=526430356503,https://m.intl.taobao.com/detail/detail.html?spm=a1z5f.7632060.0.0&id=526430356503 </span>', 'taobao_or_tmall', 'listing', '526430356503'),  # github-index:31703914779; section 1 (mobile/world hosts: taobao_or_tmall)
    ('yours with cameras from [Aliexpress](https://s.click.aliexpress.com/e/_AZAMf2) or [Amazon](https://www.amazon.com/dp/B09NVYXTG5?psc=1&ref=ppx_yo2ov_dt_b_product_details)', None, 'short-link', None),  # github-index:15022789016; section 10: a short link, never guessed
    ('| BO Motor with encoder     | [6v 150RPM $Bringsmart motors](https://s.click.aliexpress.com/e/_DC72ruf) or [$$Pololu](https://www.pololu.com/category/60/micro-metal-gearmotors)              | 2        |', None, 'short-link', None),  # github-index:97606256; section 10: a short link, never guessed
    ('                product_url = f"https://www.lazada.co.th/products/{item_id}.html"', None, 'missing-id', None),  # github-index:65938222927; section 11: no id
    ("  const baseUrl = 'https://www.lazada.co.th/products/some-product-i123.html';", None, 'malformed-id', None),  # github-index:57703198717; section 11: a bad id
    ('    const url = "http://lazada.co.th/products/some-item";', None, 'missing-id', None),  # github-index:52567605892; section 11: no id
    ('| 2    | Paste `https://www.lazada.co.th/products/matcha-001.html` → **Add product** | Row appears: title "Premium Ceremonial Grade Matcha Powder 100g", Lazada column po', None, 'missing-id', None),  # github-index:54113698386; section 11: no id
    ('  assert.equal(detectAffiliatePlatform("https://www.lazada.co.th/products/example.html"),"lazada");', None, 'missing-id', None),  # github-index:71124095558; section 11: no id
    ('                            "https://www.lazada.co.th/products/known-item"', None, 'missing-id', None),  # github-index:60336967941; section 11: no id
    ('                "product_url": "https://www.lazada.co.th/products/fixture-i100001.html",', 'lazada_th', 'listing', '100001'),  # github-index:61093884501; section 7
    ('        ("https://www.goofish.com/item/100000123456", "https://2.taobao.com/item.htm?id=100000123456"),', None, 'not-a-listing', None),  # github-index:53345529927; notes silent: a Xianyu item page in an unnamed form, refused with the named link suggested
    ("\t\tlocation.href = 'https://2.taobao.com/item.htm?id=' + id; // done !", None, 'missing-id', None),  # github-index:46335018443; section 11: no id
    ('\t<div class="seller-info" id="J_SellerInfo" data-url="//2.taobao.com/itemref/trade_ratting.htm?uid=UOFkyOmkSMCIT">', None, 'not-a-listing', None),  # github-index:24727351977; section 11: no listing page
    ("const input = { title: '测试闲置', message: '实拍描述', pic: photo, categoryId: '100', price: '123.456', link: 'https://2.taobao.com/item?id=1', storeType: 2 };", None, 'not-a-listing', None),  # github-index:70192951901; section 11: no listing page
    ('          <el-input v-model="formData.xianyuUrl" placeholder="https://2.taobao.com/item.htm?id=..." />', None, 'missing-id', None),  # github-index:6865561781; section 11: no id
    ("      'https://m.1688.com/winport/b2b-22108725372987d9fa.html',", '1688', 'storefront', 'b2b-22108725372987d9fa'),  # github-index:17006162209; section 4
    ("    const url = 'https://m.1688.com/winport/b2b-22108725372987d9fa.html';", '1688', 'storefront', 'b2b-22108725372987d9fa'),  # github-index:17540258981; section 4
    ('  const url = "http://detail.m.1688.com/page/index.html?offerId=567402067238";', '1688', 'listing', '567402067238'),  # github-index:48440142845; section 4
    ('        url: `https://detail.m.1688.com/page/index.html?offerId=${offerId}`,', None, 'malformed-id', None),  # github-index:56672209391; section 11: a bad id
    ('                "url": "http://detail.m.1688.com/page/index.html?offerId=787690257525&skuId=123",', '1688', 'listing', '787690257525'),  # github-index:54518435363; section 4
    ('          const productUrl = `http://detail.m.1688.com/page/index.html?offerId=${offerId}`;', None, 'malformed-id', None),  # github-index:48308102270; section 11: a bad id
    ('- 链接格式：`http://detail.m.1688.com/page/index.html?offerId=XXX&sortType=&pageId=`', None, 'malformed-id', None),  # github-index:68729490490; section 11: a bad id
    ('            "https://detail.m.1688.com/page/index.html?offerId=1081315169880",', '1688', 'listing', '1081315169880'),  # github-index:71598745116; section 4
    ('        self.assertEqual(offer_id("http://detail.m.1688.com/page/index.html?offerId=830121548679"), "830121548679")', '1688', 'listing', '830121548679'),  # github-index:59672884130; section 4
    ('        url = "http://detail.m.1688.com/page/index.html?offerId=981792531267&sortType=&pageId="', '1688', 'listing', '981792531267'),  # github-index:55835135052; section 4
    ('[AliExpress](https://a.aliexpress.com/_mKjL9Cq)', None, 'short-link', None),  # github-index:41955722898; section 10: a short link, never guessed
    ("getHtml('https://detail.tmall.hk/hk/item.htm?tbpm=1&id=618847163210&spm=875.7931836/B.2017041.4.13d74265riqUFp&scm=1007.12144.81309.73133_0_0&pvid=239e341b-e143-46b", 'tmall_global', 'listing', '618847163210'),  # github-index:20610595995; section 3
    ('    assert detect_platform("https://www.lazada.com.my/products/x-i123-s456.html") == "lazada"', None, 'malformed-id', None),  # github-index:56936147814; section 11: a bad id
    ('**Here is the [one](https://www.lazada.com.my/products/t-wolf-hb008-usb-30-hub-3-ports-high-speed-hub-2usb20-1usb30-hub-i3010272117-s14854735681.html?c=&channelLpJumpArgs=&cli', 'lazada_my', 'listing', '3010272117'),  # github-index:24733576852; section 7
    ('    lz = adapter_for("https://www.lazada.com.my/products/x-i1.html")', None, 'malformed-id', None),  # github-index:69667123286; section 11: a bad id
    ('  const TAOBAO_URL = "https://seeedstudio.world.tmall.com/shop/view_shop.htm?spm=a21xtw.29978516.0.0";', 'tmall', 'storefront', 'seeedstudio'),  # github-index:70094170668; section 2 (a store on world.tmall.com, read as before: test_listings_examples)
    ('  localStorage.x5referer = "https://shengzhemy.world.tmall.com/shop/view_shop.htm";\t', 'tmall', 'storefront', 'shengzhemy'),  # github-index:14607756411; section 2 (a store on world.tmall.com, read as before: test_listings_examples)
    ('    appModel4.appUrl = @"https://wyqc.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.2.5WzCTh&amp;user_number_id=2653557133&amp;rn=9113d7386524c8d846def3085fb379c9";', 'tmall', 'storefront', 'wyqc'),  # github-index:16983588377; section 2
    ('    url = "https://theolympicstore.tmall.com/shop/view_shop.htm?spm=a1z0k.7628869.0.0.bf7f58a9T5fu9t&shop_id=220417382"', 'tmall', 'storefront', 'theolympicstore'),  # github-index:22473162681; section 2
    ('click [**here**](https://yiyuanznsb.tmall.com/shop/view_shop.htm). Based on your actual requirements, you can choose one of the following three methods to connect to Developer Center: ', 'tmall', 'storefront', 'yiyuanznsb'),  # github-index:30358969340; section 2
    ('                "url": "https://xybc.tmall.com/shop/view_shop.htm?user_number_id=90919986&ali_trackid=2%3Amm_112928821_13812316_148750065%3A1524645493_224_86316425&clk1=6b5874f7a5a6a6a7', 'tmall', 'storefront', 'xybc'),  # github-index:5413452572; section 2
    ('    public static final String TAOBAO_TEST_URL = "taobao://sensen.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.2.53db85dfFeR7TR&user_number_id=2090072497&rn=29c3a08e12cbced4c990c69c25037967";', None, 'scheme-not-allowed', None),  # github-index:47243971671; section 0: taobao:// refused
    ('            "    <link rel=\\"alternate\\" media=\\"only screen and (max-width: 640px)\\" href=\\"https://m.alibaba.com/product/60498710816/Double-side-beadlock-steel-wheels-for.html\\"/>\\n" +', 'alibaba_com', 'listing', '60498710816'),  # github-index:41357749236; section 5
    ('| 01-03-000| 1 | &nbsp;&nbsp;&nbsp;Cooling Fan, 80x80x25, 12VDC, 37CFM, 2500RPM | Purchased | [AliBaba](https://m.alibaba.com/product/60795001398/80x80x25-12volt-low-noise-dc-axial.html?spm=a2700.galleryofferlist.0.0.742d3d15p4MDsQ&s=p&redirect=1)', 'alibaba_com', 'listing', '60795001398'),  # github-index:28221549360; section 5
    ('https://www.aliexpress.com/store/product/15inch-15-inch-widen-tire-15x6-00-6-tyre-BLDC-brushless-non-gear-hubwheel-motor-for/1470068_32824407612.html?spm', 'aliexpress', 'listing', '32824407612'),  # github-index:5506713237; section 6
    ('    private static final String OFFER_URL = "https://detail.1688.com/offer/{OFFER_ID}.html";', None, 'missing-id', None),  # github-index:1391769574; section 11: no id
    ('        url=source_url or f"https://detail.1688.com/offer/{offer_id}.html",', None, 'missing-id', None),  # github-index:56182144894; section 11: no id
    ('  const url = `https://detail.1688.com/offer/${offerId}.html`;', None, 'missing-id', None),  # github-index:69394586209; section 11: no id
    ('  return (value.indexOf("detail.1688.com/offer/") !==-1 ||', None, 'missing-id', None),  # github-index:34623322729; section 11: no id
    ("    example: 'https://www.alibaba.com/product-detail/...',", None, 'missing-id', None),  # github-index:53255368354; section 11: no id
    ('                       placeholder="https://www.alibaba.com/product-detail/…"', None, 'malformed-id', None),  # github-index:59102748589; section 11: a bad id
    (',"salesOri":2,"priceCompare":4200,"similarity":71,"dimension":"TV","feedbackCount":0,"clickUrl":"http://item.taobao.com/item.htm?id\\u003d22099967053","commissionNum":"2","itemLocation":"上海","nick":"徐徐168151","numIid":22099967053,"picUrl":"http://img01.taoba', 'taobao', 'listing', '22099967053'),  # github-index:15488983243; section 1
    ('"detail_url":"//detail.tmall.com/item.htm?id\\u003d536564643951\\u0026ad_id\\u003d\\u0026am_id\\u003d\\u0026cm_id\\u003d140105335569ed55e27b\\u0026pm_id\\u003d\\u0026abbucket\\u003d', 'tmall', 'listing', '536564643951'),  # github-index:5816370571; section 2
    ('"detail_url":"//detail.tmall.com/item.htm?id\\u003d520113726631\\u0026ns\\u003d1\\u0026abbucket\\u003d0","view_price":"19.90","view_fee":"0.00","item_loc":"安徽 芜湖","reserve_pri', 'tmall', 'listing', '520113726631'),  # github-index:7777877300; section 2
    (',"feedbackCount":0,"clickUrl":"http://detail.tmall.com/item.htm?id\\u003d35986364227\\u0026rn\\u003df5cc7d8496f2775ec6e66c9f462f1d5a","commissionNum":"546","itemLocation":"广东省 广州市","nick":"水晶伊人十七', 'tmall', 'listing', '35986364227'),  # github-index:15674828447; section 2
    ("# d = 'https://detail.tmall.com/item.htm?id\\u003d544021441147\\u0026ad_id\\u003d\\u0026am_id\\u003d\\u0026cm_id\\u003d140105335569ed55e27b\\u0026pm_id\\u003d\\u0026abbucket\\u003d", 'tmall', 'listing', '544021441147'),  # github-index:22483524647; section 2
    ('# getTBProdComments("//detail.tmall.com/item.htm?id=616313932022&ns=1&abbucket=10=")', 'tmall', 'listing', '616313932022'),  # github-index:43497810720; section 2
    ('s = "//detail.tmall.com/item.htm?id\\u003d616313932022\\u0026ns\\u003d1\\u0026abbucket\\u003d10="', 'tmall', 'listing', '616313932022'),  # github-index:43497810720; section 2
    ('            "source_link": "http://www.duitang.com/redirect/?to=http%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D560907437990%26spm_d%3D2&app_code=",', None, 'not-alibaba-host', None),  # github-index:29621475694; section 0: a redirector is another host; the listing it embeds is only a suggestion
    ("      'https://m.superbuy.com/en/goodsdetail/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D705339617846';", None, 'agent-site', None),  # github-index:17020957344; section 0: an agent site; the listing it embeds is only a suggestion
    ('  url = url.replace("item.taobao.com/item.htm?id=","www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D");', None, 'missing-id', None),  # github-index:26230676647; section 11: no id
    ('            url: "https://www.pandabuy.com/product?ra=1&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D714167582960&inviteCode=ZGCH25AQW",', None, 'agent-site', None),  # github-index:45314136201; section 0: an agent site; the listing it embeds is only a suggestion
    ('          "productUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1075605616467&productPwd=")', 'taobao', 'listing', '1075605616467'),  # github-index:67398983621; section 1
    ('| T-Watch-2021 | [Taobao](https://item.taobao.com/item.htm?spm=a1z10.3-c-s.w4002-23579470099.9.7787566ddFhogE&id=652090352252) |', 'taobao', 'listing', '652090352252'),  # github-index:20156238246; section 1
    ('| [MQ-2敏感气体检测模块](https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-16538328900.46.6e1c3d6cdb1qlO&id=41265308241&rn=1e61c43016672601973742e420a01586&abbucket=11) |  1   | 检测室内环', 'tmall', 'listing', '41265308241'),  # github-index:7855068351; section 2
    ('                    链接: "https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-16356361476.102.46f16db0Q6IKj2&id=549480019747&rn=c380ff7ed9417daf3e16df3b65b53032&abbucket=10&skuId=3584624', 'tmall', 'listing', '549480019747'),  # github-index:68681856; section 2
    ('[![](https://github.com/SeeedDocument/wiki_chinese/raw/master/docs/images/click_to_buy.PNG)](https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-11172317909.9.7f561822qVySjY&id=45554612830)', 'taobao', 'listing', '45554612830'),  # github-index:3567255366; urlleft2: a Markdown linked image leads to its target (docs/listings.md), not to its image
    ('- [数字空速传感器](https://item.taobao.com/item.htm?spm=a1z10.3-c-s.w4002-16371268452.37.6d9f48afsFgGZI&id=9512463037)', 'taobao', 'listing', '9512463037'),  # github-index:38773108641; section 1
    ('        item.setCommodityUrl("https://detail.tmall.com/item.htm?spm=a1z10.3746-b.w4946-14396547293.1.4PUcgZ&id=529634221064&sku_properties=-1:-1");// 商品网络链接', 'tmall', 'listing', '529634221064'),  # github-index:12988444206; section 2
    ('                "taoBaoUrl": "https://detail.tmall.com/item.htm?spm=a1z10.1-b-s.w5003-21588119984.1.6a5f3654AuddrV&id=563367801510&skuId=4024837316337&scene=taobao_shop",', 'tmall', 'listing', '563367801510'),  # github-index:34460376096; section 2
    ('Power warm white/cool white /natural white/red/green/Blue/Royal blue IR LED with 20mm star pcb - AliExpress](https://fr.aliexpress.com/item/1005003381591196.html)', 'aliexpress', 'listing', '1005003381591196'),  # github-index:60924604802; section 6
    ('oose the N8R8 option in the listing | **4** (1 for unit #1 + 3 spares to practise the lock) | $12–22 each | https://www.aliexpress.com/item/1005003819366900.html · https://www.aliexpress.com/w/wholesale-esp32-s3-devkitc-1-n8r8.html | from repo doc · search link |', 'aliexpress', 'listing', '1005003819366900'),  # github-index:71448403937; section 6
    ('- Wattmeter DSM630MCT: [SHOP](https://www.aliexpress.com/item/1005004059758839.html?dp=60884bf2d2ed5efc7c969b20&cn=ah&aff_fcid=f70ab32472014c52a8e7cedd4dd3921e-1682023557871-06550-_sSETun&', 'aliexpress', 'listing', '1005004059758839'),  # github-index:27130613432; section 6
    ("        'https://main.m.taobao.com/detail/index.html?id=671922508521&downgrade_from=ssr&bxsign=scdlt1OiEdno8tvXcTdAI4dQHQi6AggM_8Jw66GmvnPQI80xtwIgQGvR7seqAaAbkr", 'taobao_or_tmall', 'listing', '671922508521'),  # github-index:29786605852; section 1 (mobile/world hosts: taobao_or_tmall)
    ('            return Uri.parse("https://main.m.taobao.com/detail/index.html").buildUpon().appendQueryParameter("id", str).appendQueryParameter("bizCode", "ali.china.lease").appendQuery', None, 'missing-id', None),  # github-index:12073038769; section 11: no id
    ('        Q = "https://main.m.taobao.com/detail/index.html";', None, 'missing-id', None),  # github-index:12067031920; section 11: no id
    ('      "https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Fsale.aliexpress.com%2Freferral_register_success.htm%3FinvitationCode%3DK0I5RzQ4akJ5QzNoV2ViMmpnamF4dkJoK3pQTG1jbm', None, 'short-link', None),  # github-index:2840465091; section 10: a short link, never guessed
    ('        assertTrue(detector.hasExistingAffiliateTracking("https://star.aliexpress.com/share/abc123"));', None, 'short-link', None),  # github-index:55578684078; section 10: a short link, never guessed
    ('        links = `https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Fvi.aliexpress.com%2Fitem%2F${id}.html%3FsourceType%3D${sourceType === "620" ? \'620%26channel%3Dcoin\' : sourceType', None, 'short-link', None),  # github-index:37418090277; section 10: a short link, never guessed
    ('  return `https://star.aliexpress.com/share/share.htm?redirectUrl=${encodedRedirectUrl}`;', None, 'short-link', None),  # github-index:18774426842; section 10: a short link, never guessed
    ('                clientUtil.doGet("https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=593584048233&ut_sk=1.XCBTu5P64qsDA', 'taobao', 'listing', '593584048233'),  # github-index:10595490039; section 8 (Xianyu, filed as Taobao)
    ("        self.driver.get('https://market.m.taobao.com/app/pm/new-main/home?pha=true&disableNav=YES')", None, 'not-a-listing', None),  # github-index:7834373964; section 11: no listing page
    ('    var jiekou1="https://h5.m.taobao.com/ocean/privatenode/shop.html?sellerId=";', None, 'not-a-listing', None),  # github-index:35262468010; section 11: no listing page
    ('    var jiekou2="https://market.m.taobao.com/apps/market/collectactivity/buyer_show.html?wh_weex=true&wx_navbar_transparent=true&sellerId=";', None, 'not-a-listing', None),  # github-index:35262468010; section 11: no listing page
    ('\traw := `https://c.lazada.co.th/t/c.ZcDvYn?sub_id1=promotion&url=https%3A%2F%2Fmy.lazada.co.th%2Fcustomer%2Forder%2Fview%2F%3FtradeOrderId%3D11107', None, 'short-link', None),  # github-index:63618787219; section 10: a short link, never guessed
    ('_OPEN_API_APP_KEY/SECRET/ACCESS_TOKEN`, `LAZADA_AFFILIATE_MASTER_LINK` | Tương tự cho Lazada; Master Link dạng `https://c.lazada.vn/t/c.xxxxx` |', None, 'short-link', None),  # github-index:57923381029; section 10: a short link, never guessed
    ('        "goofish.com/item?id=1081966784098",', 'taobao', 'listing', '1081966784098'),  # github-index:68451652362; section 8 (Xianyu, filed as Taobao)
    ('  var xianyuUrl = xianyuId ? "https://h5.m.goofish.com/item?id=" + xianyuId : alipayScheme;', None, 'missing-id', None),  # github-index:58542242596; section 11: no id
    ('// @match        https://h5.m.goofish.com/item?id=*', None, 'missing-id', None),  # github-index:17174039009; section 11: no id
    ('            detail="Not a valid goofish URL. Supported: goofish.com/item?id=..., h5.m.goofish.com/item?id=...",', None, 'missing-id', None),  # github-index:67126209317; section 11: no id
    ('             toTaoBao("taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id=145892083")', None, 'scheme-not-allowed', None),  # github-index:5345389388; section 0: taobao:// refused
    ('    const-string v0, "http://shop.m.taobao.com/shop/shop_index.htm?shop_nick="', None, 'not-a-listing', None),  # github-index:36949055391; notes silent: Taobao's old mobile shop page, refused saying so (shopN.taobao.com suggested for a valid shop_id; fix 4)
    ("                // $shop_url ='https://shop.m.taobao.com/shop/shop_index.htm?user_id='.$user_id;", None, 'not-a-listing', None),  # github-index:14966067592; notes silent: Taobao's old mobile shop page, refused saying so (shopN.taobao.com suggested for a valid shop_id; fix 4)
    ('                                                //lv1.SubItems.Add("https://shop.m.taobao.com/shop/shop_index.htm?user_id=" + userId[j].Groups[1].Value);', None, 'not-a-listing', None),  # github-index:41651055710; notes silent: Taobao's old mobile shop page, refused saying so (shopN.taobao.com suggested for a valid shop_id; fix 4)
    ("\t                    url: '//shop.m.taobao.com/shop/shop_index.htm?user_id=2103587316&shop_id=111126855'", None, 'not-a-listing', None),  # github-index:19192165372; notes silent: Taobao's old mobile shop page, refused saying so (shopN.taobao.com suggested for a valid shop_id; fix 4)
    ("${JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'onboarding.status', arguments: { store_links_text: '淘宝｜云朵女装店｜https://shop.m.taobao.com/shop/shop_index.htm?shop_id=123&token=secret' } } })}\\n`)", None, 'not-a-listing', None),  # github-index:68868360713; notes silent: Taobao's old mobile shop page, refused saying so (shopN.taobao.com suggested for a valid shop_id; fix 4)
    ('    private String taobaoWebStr_shop = "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=" + TaoBaoShopId + "";', None, 'not-a-listing', None),  # github-index:35382351818; notes silent: Taobao's old mobile shop page, refused saying so (shopN.taobao.com suggested for a valid shop_id; fix 4)
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(
    ("text", "platform", "kind", "id"),
    [row for row in ALL if row[3] and "world.tmall.com" not in row[0] and "idleFish" not in row[0]],
)
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace (a
    world.tmall.com store keeps its host, an earlier reading the notes do not cover; Xianyu's
    item page on market.m.taobao.com is Xianyu's, section 8, whose host the helper does not
    know)."""
    expected = notes_canonical(text, platform, kind, id)
    assert expected is not None, text
    assert parse_listing(text).canonical_url == expected, text


def _decoded(text: str) -> str:
    return unquote(unquote(text))


@pytest.mark.parametrize("text", [row[0] for row in FIXED[:5]])
def test_a_host_encoded_twice_is_refused_naming_the_encoding(text: str) -> None:
    """Fix 1: the reason says the link looks percent-encoded (encoded twice where it is); the
    listing it holds decoded, if any, is the suggestion."""
    result = parse_listing(text)
    assert result.code == "lookalike-host", text  # type: ignore[union-attr]
    assert "looks percent-encoded" in result.reason, text  # type: ignore[union-attr]
    twice = text[text.index("%") :].startswith("%25")
    assert ("encoded twice" in result.reason) == twice, text  # type: ignore[union-attr]
    decoded = parse_slowly(_decoded(text))
    assert result.suggestion == (decoded.canonical_url if decoded.ok else None), text  # type: ignore[union-attr]


def test_a_host_encoded_twice_before_no_marketplace_host_still_imitates() -> None:
    """Fix 1's control: the escape follows no marketplace host."""
    result = parse_listing(FIXED[5][0])
    assert "imitates taobao" in result.reason and result.suggestion is None  # type: ignore[union-attr]


_BLANK_ROWS = [row[0] for row in FIXED[6:12]]


def _without_blanks(text: str) -> str:
    for blank in ("%2520", "%20", "%0A"):
        text = text.replace(blank, "")
    return _decoded(text)


@pytest.mark.parametrize("text", _BLANK_ROWS)
def test_an_encoded_space_is_refused_naming_it(text: str) -> None:
    """Fix 2: the reason says a space splits the decoded link; the listing the link is without
    it is the suggestion."""
    result = parse_listing(text)
    assert "a space splits it" in result.reason, text  # type: ignore[union-attr]
    assert result.suggestion == parse_slowly(_without_blanks(text)).canonical_url, text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        (FIXED[14][0], "https://world.taobao.com/item/668570605351.htm"),
        (ROWS[0][0], "https://m.1688.com/winport/b2b-220853851345875490.html"),
        (FIXED[17][0], "https://m.1688.com/winport/b2b-2546450021uezz8.html"),
        (FIXED[18][0], "https://m.1688.com/winport/b2b-2546450021uezz8.html"),
        (FIXED[22][0], "https://shop145892083.taobao.com/"),
        (ROWS[-3][0], "https://shop111126855.taobao.com/"),
    ],
)
def test_an_unnamed_page_suggests_the_named_form(text: str, suggested: str) -> None:
    """Fixes 3 and 4: the page is refused saying it is a form the notes do not name; the named
    form of its id is suggested, and is itself read."""
    result = parse_listing(text)
    assert result.code == "not-a-listing" and "unverified" in result.reason, text  # type: ignore[union-attr]
    assert result.suggestion == suggested, text  # type: ignore[union-attr]
    assert parse_listing(suggested).ok, suggested


def _same_everywhere(text: str) -> dict[str, object]:
    """``parse_listing``'s record of ``text`` (the third time: a key is learnt by the miss cache
    on its second sighting), checked against the thorough parser's and the columnar kernel's."""
    records = [parse_listing(text).as_dict() for _ in range(3)]
    assert records[0] == records[1] == records[2] == parse_slowly(text).as_dict(), text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text, text, text]).to_pylist() == records, text
    return records[2]


#: The sample links that are listings or stores (not the short link) with a path.
_READ = [
    link for link in SAMPLE_LINKS if parse_listing(link).ok and link.rstrip("/").count("/") > 2
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(_READ),
    st.integers(min_value=1, max_value=200),
    st.sampled_from(["%20", "%2520", "%0A", "%09"]),
)
@example(_READ[1], 9, "%20")  # item.htm%20?id=N
@example(_READ[1], 13, "%20")  # ?id=%20N
@example(_READ[3], 15, "%20")
def test_an_encoded_space_in_a_link_says_so(link: str, at: int, blank: str) -> None:
    """Fix 2: a listing's link with an encoded space, tab or line break inside its path or
    query is read as the listing (where it falls in free text: a slug, a tracking value) or
    refused saying a space splits it, the listing suggested; never refused without a word of
    it (the quick paths, the thorough parser and the columnar kernel agree)."""
    start = link.index("/", link.index("//") + 2) + 1
    at = start + at % (len(link) - start)
    text = link[:at] + blank + link[at:]
    plain = parse_listing(link).as_dict()
    record = _same_everywhere(text)
    if record["ok"]:
        assert [record[key] for key in ("platform", "kind", "id")] == [
            plain[key] for key in ("platform", "kind", "id")
        ], text
    else:
        assert "looks percent-encoded" in str(record["reason"]), (text, record)
        assert record["suggestion"] == plain["canonical_url"], (text, record)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from([*SAMPLE_LINKS, "https://m.taobao.com", "https://s.taobao.com/search?q=x"]),
    st.sampled_from([*SAMPLE_LINKS, "https://evil.example/x", "//item.taobao.com/item.htm?id=1"]),
    st.sampled_from([",", ";"]),
    st.sampled_from([("[", "]"), ("", ""), ("x = (", ");"), ("{", "}")]),
)
@example(SAMPLE_LINKS[7], "https://weactstudio.taobao.com", ",", ("[", "]"))
@example(SAMPLE_LINKS[1], SAMPLE_LINKS[2], ",", ("[", "]"))
def test_a_list_in_single_quotes_holds_its_other_links(
    first: str, second: str, separator: str, around: tuple[str, str]
) -> None:
    """Fix 5: ``other_listings`` of a list of links in single quotes is that of the same list
    in double quotes (the second link of ``['https://…','https://…']`` was lost)."""
    single = f"{around[0]}'{first}'{separator}'{second}'{around[1]}"
    double = single.replace("'", '"')
    read, read_double = parse_listing(single), parse_listing(double)
    assert read.as_dict() | {"input": None} == read_double.as_dict() | {"input": None}, single
    assert other_listings(single, read) == other_listings(double, read_double), single


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("['https://shop118454188.taobao.com','https://weactstudio.taobao.com']",
         ["https://weactstudio.taobao.com"]),
        ("['https://detail.tmall.com/item.htm?id=690091011924','https://item.taobao.com/item.htm?id=606832683299']",
         ["https://item.taobao.com/item.htm?id=606832683299"]),
        ("['https://m.taobao.com';'HTTPS://item.taobao.com/item.htm?id=606832683299']",
         ["HTTPS://item.taobao.com/item.htm?id=606832683299"]),
        ("['https://item.taobao.com/item.htm?id=606832683299','https://item.taobao.com/item.htm?id=606832683299&spm=x']",
         []),
    ],
)  # fmt: skip
def test_other_listings_of_a_list_in_single_quotes(text: str, others: list[str]) -> None:
    """Fix 5: the second link of a list in single quotes is reported (not the same listing)."""
    assert other_listings(text, parse_listing(text)) == others


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(SAMPLE_LINKS),
    st.sampled_from(["code", "td", "b", "li", "span"]),
    st.sampled_from(["", "<td>", "链接（", "- "]),
)
@example(SAMPLE_LINKS[1], "code", "")
@example(SAMPLE_LINKS[7], "li", "")
def test_a_link_in_an_html_tag_is_read_without_its_scheme_too(
    link: str, tag: str, before: str
) -> None:
    """Fix 6: a link without its scheme glued to an HTML tag before it gets the answer it gets
    alone (every parsing path alike)."""
    bare = link.split("://", 1)[1]
    text = f"{before}<{tag}>{bare}</{tag}>"
    record = _same_everywhere(text)
    alone = parse_listing(bare).as_dict()
    assert [record[key] for key in ("ok", "platform", "kind", "id", "code")] == [
        alone[key] for key in ("ok", "platform", "kind", "id", "code")
    ], text
