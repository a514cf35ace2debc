"""Sweep 20 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls20.md): one row per input with the answer the document requires, decided
from the notes, not from what the parser said.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_19.py. Every row of
``ROWS`` is a line (or an excerpt, where the index cut it) of a public file found by exact-string
search of the code index (``github-index:N``). None of its inputs, nor the first link of any, is
in an earlier table. The sweep looked at the forms earlier tables hold few of: storefronts
(Taobao shop ids and vanity hosts with ``/index.htm``, Tmall ``/shop/view_shop.htm``, 1688
``/page/offerlist.htm`` and winport, AliExpress ``m.aliexpress.com/store/…``, Alibaba.com
minisites and their sub-pages), search and cart pages, lookalike and phishing hosts from
scrapers' and validators' test fixtures (``host.com.evil.example``, userinfo ``host@evil``,
ports, a final dot), and links in Go, Java, PHP and JavaScript code (Tmall Supermarket
``chaoshi.detail.tmall.com``, 1688 offers, Xianyu H5). "notes silent" marks a form
listing-urls.md does not name: it only has to be refused (or read as the parser documents), and
the code recorded is the parser's. ``test_canonical_urls_follow_the_notes`` checks every accepted
row's canonical URL against the notes' canonical forms.

``PART1`` holds the real inputs that failed before this sweep's fixes, and constructed rows and
controls of each fix:

- code before a link whose first word, up to its first slash, holds a quote or a parenthesis
  (``require('img/a.png'),url:'https://…'``, ``f(a/b,'https://…')``) is searched for the link;
  it was read as one scheme-less URL whose host was ``require('img`` (no host, or another host);
- ``zhaopin.taobao.com`` (Taobao's recruitment site) is a service host, not a vanity store.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import assert_service_host, table_tests
from _real_urls import notes_canonical as _notes_canonical
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ("require('assets/images/icon3.png'),title:['天猫商城'],desc:['最低折扣，最方便快','捷的购买方式'],jumpUrl:'https://cjcbs.tmall.com/shop/view_shop.htm?tracelog=twddp&user_number_id=2752305587'},", 'tmall', 'storefront', 'cjcbs'),  # github-index:1579506243; code before a link, a slash in its first word (was not-a-url)
    ("f(a/b,'https://item.taobao.com/item.htm?id=608529033001')", 'taobao', 'listing', '608529033001'),  # constructed: fix (was not-a-url)
    ("import('a/b'),u:'https://detail.1688.com/offer/585943639777.html'", '1688', 'listing', '585943639777'),  # constructed: fix (was not-a-url)
    ("require('./a.png'),u:'https://www.aliexpress.com/item/1005007481526396.html'", 'aliexpress', 'listing', '1005007481526396'),  # constructed: fix (was not-alibaba-host, the host read as require(')
    ('{src:require("img/b.png"),href:"https://www.lazada.sg/products/pdp-i2896336117.html"}', 'lazada_sg', 'listing', '2896336117'),  # constructed control: a brace first (unchanged)
    ("f('a/b'),u:'https://evil.example/item.htm?id=608529033002'", None, 'not-alibaba-host', None),  # constructed control: another host's link is refused as that host (was not-a-url)
    ("item.taobao.com/item.htm?id=608529033003&u='https://x.example/'", 'taobao', 'listing', '608529033003'),  # constructed control: a scheme-less link with a quoted link in its query (unchanged)
    ("f(a/b)", None, 'not-a-url', None),  # constructed control: no link after the code (unchanged)
    ("url='https://zhaopin.taobao.com/index.htm?spm=a21bo.2017.201867-links-15.69.5af911d9p0CVmX&aid=121061&cid=1274813293'", None, 'not-a-listing', None),  # github-index:40631453608; section 12: a reserved label (Taobao's recruitment site), not a store (was a storefront)
    ('https://zhaopin.taobao.com/', None, 'not-a-listing', None),  # constructed: fix (was a storefront)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('    ["https://DETAIL.TMALL.COM./item.htm?id=88", "88"],', None, 'lookalike-host', None),  # github-index:70928720290; notes silent: a host written with a final dot (a fully qualified name) is refused
    ('    ["https://detail.tmall.com/item.htm?id=960227744800", "960227744800"],', 'tmall', 'listing', '960227744800'),  # github-index:70928720290
    ('    "https://detail.tmall.com.evil.example/item.htm?id=1",', None, 'lookalike-host', None),  # github-index:70928720290; section 11: a marketplace host used as a subdomain
    ('    "https://item.taobao.com@evil.example/item.htm?id=1",', None, 'lookalike-host', None),  # github-index:70928720290; section 0: userinfo before the host
    ('    "https://user@detail.tmall.com/item.htm?id=1",', None, 'lookalike-host', None),  # github-index:70928720290; section 0: userinfo before the host
    ('    "https://detail.tmall.com:443/item.htm?id=1",', None, 'malformed-id', None),  # github-index:70928720290; notes silent: the default port is read as no port; the id is a placeholder (section 11)
    ('    "https://detail.tmall.com:8443/item.htm?id=1",', None, 'lookalike-host', None),  # github-index:70928720290; notes silent: a port other than the default one is refused
    ('    "https://detail.tmall.com../item.htm?id=1",', None, 'lookalike-host', None),  # github-index:70928720290; notes silent: a host ending in two dots is refused
    ('    "https://detail.tmall.com/search.htm?id=1",', None, 'not-a-listing', None),  # github-index:70928720290; section 11: a page that is not a listing
    ('    "https://detail.tmall.com/activity/promo?id=1",', None, 'not-a-listing', None),  # github-index:70928720290; section 11: a page that is not a listing
    ('    "https://item.taobao.com/anything-else?id=1",', None, 'not-a-listing', None),  # github-index:70928720290; section 11: a page that is not a listing
    ('    "https://detail.tmall.com/item.htm?id=1&id=2",', None, 'conflicting-ids', None),  # github-index:70928720290; section 0: duplicate conflicting ids
    ('    "data:text/plain,id=1",', None, 'scheme-not-allowed', None),  # github-index:70928720290; section 0: another scheme
    ('      productLinkCandidates: ["https://detail.tmall.com/item.htm?id=700451080604"],', 'tmall', 'listing', '700451080604'),  # github-index:70928720290
    ('      rawText: "正面评价\\n正文含 https://detail.tmall.com/item.htm?id=999 也不应该猜商品\\n初次评价：2026-07-14 09:10\\n漫步者耳机\\n订单号：5123324557935010\\n评价回复",', None, 'malformed-id', None),  # github-index:70928720290; a placeholder or too short id (section 1 validator, section 11)
    ("    { text: 'Store', href: 'https://shop.taobao.com/' },", None, 'not-a-listing', None),  # github-index:57652087797; section 12: a reserved label (shop with no number), not a store
    ("    'https://sub.item.taobao.com/item.htm?id=1',", None, 'not-a-listing', None),  # github-index:57652087797; notes silent: a host under a listing host is no page of the notes
    ("    'https://item.taobao.com.:443/item.htm?id=1',", None, 'lookalike-host', None),  # github-index:57652087797; section 11: a marketplace host used as a subdomain
    ("    'https://evil.example/?next=https://item.taobao.com/item.htm?id=1'", None, 'not-alibaba-host', None),  # github-index:57652087797; section 11: a target in the query of another host
    ("    inferPageState('https://punish.taobao.com/punish', '淘宝', ''),", None, 'not-a-listing', None),  # github-index:57652087797; notes silent: a Taobao verification page is not a store
    ("      href: 'https://item.taobao.com/item.htm?id=712725522737'", 'taobao', 'listing', '712725522737'),  # github-index:57652087797
    ("      href: 'https://detail.tmall.com/item.htm?id=783527118897'", 'tmall', 'listing', '783527118897'),  # github-index:57652087797
    ("      href: 'https://item.taobao.com/item.htm?id=1010768206723'", 'taobao', 'listing', '1010768206723'),  # github-index:57652087797
    ("    inferPageState('https://s.taobao.com/search?q=ocr', '验证码识别 OCR 模块 - 淘宝', '验证码识别 OCR 模块 verify compatible sensor'),", None, 'not-a-listing', None),  # github-index:57652087797; section 11: a search page
    ('        assertFalse(ProductLinkValidator.isValid("https://taobao.com@evil.com/x"));', None, 'lookalike-host', None),  # github-index:69527769282; section 0: userinfo before the host
    ('        assertTrue(ProductLinkValidator.isValid("https://user@taobao.com/x"));', None, 'lookalike-host', None),  # github-index:69527769282; section 0: userinfo before the host
    ('    "https://sf-item.taobao.com.attacker.test/sf_item/123.htm",', None, 'lookalike-host', None),  # github-index:71565282100; section 11: a marketplace host used as a subdomain
    ('    "https://sf-item.taobao.com@attacker.test/sf_item/123.htm",', None, 'lookalike-host', None),  # github-index:71565282100; section 0: userinfo before the host
    ('    "https://login.taobao.com.attacker.test/",', None, 'lookalike-host', None),  # github-index:71066635774; section 11: a marketplace host used as a subdomain
    ('    "https://evil-login.taobao.com/",', 'taobao', 'storefront', 'evil-login'),  # github-index:71066635774; section 1: a vanity label under taobao.com is a store (section 12)
    ('    "https://login.taobao.com@attacker.test/",', None, 'lookalike-host', None),  # github-index:71066635774; section 0: userinfo before the host
    ('    "https://attacker.test/login.taobao.com/",', None, 'not-alibaba-host', None),  # github-index:71066635774; section 11: a host in the path of another host
    (' often insert @ into a URL that takes users to a website different from what they expect [4,18,41]. For example, the real website to which http://www.taobao.com@www.phishweb.com points is http://www.phishweb.com, not http://www.taobao.com.', None, 'lookalike-host', None),  # github-index:66838519813; userinfo before the host is refused (section 0; was not-a-url for the ASCII prose after it, read since urls36 as after a listing's link)
    ("                link: 'https://m.aliexpress.com/store/sellerInfo.htm?sellerAdminSeq=' + sellerID,", None, 'missing-id', None),  # github-index:37370440336; notes silent: an AliExpress store page by seller number is not the notes' /store/N form
    ('                        "storeHomePage": "https://m.aliexpress.com/store/storeHome.htm?sellerAdminSeq=123456",', None, 'missing-id', None),  # github-index:3794048049; notes silent: an AliExpress store page by seller number is not the notes' /store/N form
    ('          <a href="http://m.aliexpress.com/store/storeDiscount.htm?sellerAdminSeq=224815799" data-target="blank" title="Store Discounts">', None, 'missing-id', None),  # github-index:39932400546; notes silent: an AliExpress store page by seller number is not the notes' /store/N form
    ('        yield scrapy.Request(url="https://m.aliexpress.com/store/v3/home.html?sellerId=234730236&pagePath=allProduct.htm",dont_filter=True)', None, 'not-a-listing', None),  # github-index:43059009784; notes silent: a mobile AliExpress store page (/store/v3/…) is not the notes' /store/N form (urls47: refused as AliExpress's mobile store page, with no shopId; was malformed-id on 'v3')
    ('#     url = "https://m.aliexpress.com/store/1102418174?&shopId=1102418174&sellerId=2671586218&pagePath=allProduct.htm&spm=a2g0n.store_m_home.bottom_view_more_-1717173670435.0"', 'aliexpress', 'storefront', '1102418174'),  # github-index:28603104561
    ('            href="https://eastlong.en.alibaba.com/productgrouplist-936782974/SMT_Reflow_Oven.html?spm=a2700.shop_index.11406.3.88cb7391KHt5l3"', 'alibaba_com', 'storefront', 'eastlong'),  # github-index:28500365871; section 5: a page of an Alibaba.com store (its product groups)
    ('    <li><a href=\'http://malu.en.alibaba.com/\' target="_blank">Alibaba</a></li>', 'alibaba_com', 'storefront', 'malu'),  # github-index:35032617486
    ('| Alibaba 国际站店铺首页 | https://dlzydbs.en.alibaba.com/ | B2B 平台店铺 | HTTP 200；检索可命中（Q13）。', 'alibaba_com', 'storefront', 'dlzydbs'),  # github-index:69573367566
    ("const ALIBABA_CONTACT = 'https://jinanzhongcheng.en.alibaba.com/contactinfo.html';", 'alibaba_com', 'storefront', 'jinanzhongcheng'),  # github-index:58344725331; section 5: a page of an Alibaba.com store (its contact page)
    ('referer: https://gxinmarker.en.alibaba.com/contactinfo.html', 'alibaba_com', 'storefront', 'gxinmarker'),  # github-index:42519942126; section 5: a page of an Alibaba.com store (its contact page)
    ('* Induction OEM listing (Alibaba): https://sdhighway.en.alibaba.com/productgrouplist-805347473/3_5KW_Induction_cooker_SKD.html', 'alibaba_com', 'storefront', 'sdhighway'),  # github-index:71629608276; section 5: a page of an Alibaba.com store (its product groups)
    ('# https://lbconnector.en.alibaba.com/productgrouplist-804748813-8/Pin_Female_Box_Header.html?spm=a2700.8304367.costd19dbc.23.2ccc31d5Xg47e5&isGallery=Y', 'alibaba_com', 'storefront', 'lbconnector'),  # github-index:15504083496; section 5: a page of an Alibaba.com store (its product groups)
    ('driver.get("https://zztrade.en.alibaba.com/productgrouplist-820683175/LC_09.html?spm=a2700.icbuShop.88.48.21387404xVfVlO")#put here the adress of your page', 'alibaba_com', 'storefront', 'zztrade'),  # github-index:8564231421; section 5: a page of an Alibaba.com store (its product groups)
    ("the standard esc's for scooter/bikes: https://lunyee.en.alibaba.com/product/60823249808-806956300/ebike_36V48V_500W_800W1000W_Sine_wave_Parallel_Controller_for_double_drive_BLDC_hub_Motor.html?spm=a2700.icbuShop.41413.", 'alibaba_com', 'listing', '60823249808'),  # github-index:4797767691
    ("                'website' => 'https://yiwucrystal.en.alibaba.com/',", 'alibaba_com', 'storefront', 'yiwucrystal'),  # github-index:56958160581
    ("        'https://shop1234567890.1688.com/page/offerlist.htm?spm=a2615.7691456.wp_pc_common_topnav_38975102',", '1688', 'storefront', 'shop1234567890'),  # github-index:63120739022
    ("               'https://cntianxingjian.1688.com/page/offerlist.htm&pageNum=2',", '1688', 'storefront', 'cntianxingjian'),  # github-index:2757588450
    ("    url = 'https://shop1435078361771.1688.com/page/offerlist.htm?spm=a2615.2177701.0.0.2798766eZbIGHI'", '1688', 'storefront', 'shop1435078361771'),  # github-index:33472646927
    ('    offerlistUrl:     "https://shop388f6392493n6.1688.com/page/offerlist.html",', '1688', 'storefront', 'shop388f6392493n6'),  # github-index:63518509230
    ('URL = "https://yipihuo8.1688.com/page/offerlist.htm"', '1688', 'storefront', 'yipihuo8'),  # github-index:68530478238
    ("    LIST_URL = 'http://benf6.1688.com/page/offerlist.htm?showType=catalog&tradenumFilter=fals", '1688', 'storefront', 'benf6'),  # github-index:14998762365
    ('   - 商家页 GET https://shop{shopId}.1688.com/page/offerlist.htm', None, 'not-a-url', None),  # github-index:52069599196; a template, no host
    ("assert.throws(() => normalizeProductUrl('https://detail.tmall.com.evil.test/item.htm?id=1'), /不支持/);", None, 'lookalike-host', None),  # github-index:57938573350; section 11: a marketplace host used as a subdomain
    ("    'https://detail.tmall.com/shop.htm?id=1',", None, 'not-a-listing', None),  # github-index:58090925632; section 11: a page that is not a listing
    ("    'https://[::1]/item.htm?id=1',", None, 'not-alibaba-host', None),  # github-index:58090925632; notes silent: an IP address is no marketplace host
    ('    "https://www.tmall.com.evil.example/",', None, 'lookalike-host', None),  # github-index:54547757486; section 11: a marketplace host used as a subdomain
    ('    "https://pass.tmall.com.evil.example/add?token=secret",', None, 'lookalike-host', None),  # github-index:56721724821; notes silent: a service host (pass.) is not a store
    ('    "https://pass.tmall.hk/add?token=secret",', None, 'not-a-listing', None),  # github-index:56952843270; notes silent: a service host (pass.) is not a store
    ('    "http://pass.tmall.com/add?token=secret",', None, 'not-a-listing', None),  # github-index:56952843270; notes silent: a service host (pass.) is not a store
    ("    { hostname: 'detail.tmall.com.evil.test' }, { hostname: 'sub.detail.tmall.com' }, { hostname: 'detail.evil-tmall.com' },", None, 'not-a-url', None),  # github-index:71112508767; notes silent: a scheme-less lookalike host in quotes, with no path, is no link; the genuine host in quotes after it ('sub.detail.tmall.com') is read, as "uniqlo.tmall.com" is (urls34), and is no listing page; urls53: a host alone in quotes is no link (was not-a-listing)
    ('            "https://detail.tmall.com.evil.com/item.htm?id=1",', None, 'lookalike-host', None),  # github-index:56683772280; section 11: a marketplace host used as a subdomain
    ('    expect(affiliateUrl("https://s.click.aliexpress.com.evil.test/e/_x")).toBeNull();', None, 'lookalike-host', None),  # github-index:71087049510; section 11: a marketplace host used as a subdomain
    ('    expect(affiliateUrl("https://evilaliexpress.com/e/_x")).toBeNull();', None, 'lookalike-host', None),  # github-index:71087049510; section 11: a typo squat
    ("    'https://www.aliexpress.com.evil.invalid/item/123456.html', 'https://evil.invalid@www.aliexpress.com/item/123456.html',", None, 'lookalike-host', None),  # github-index:69734569734; section 0: userinfo before the host
    ('    expect(matchStoreDomain("aliexpress.com.evil.test", STORES)).toBeNull();', None, 'not-a-url', None),  # github-index:70320657704; notes silent: a scheme-less lookalike host in quotes, with no path, is no link
    ('    "https://aliexpress.com.evil.example/item/1.html",', None, 'lookalike-host', None),  # github-index:60775019155; section 11: a marketplace host used as a subdomain
    ("        for url in ['http://www.aliexpress.com/item/1', 'https://evil.com', 'https://aliexpress.com.evil.com',", None, 'malformed-id', None),  # github-index:71220472439; a placeholder or too short id (section 1 validator, section 11)
    ("                    'https://user:password@aliexpress.com/', 'https://aliexpress.com:8443/']:", None, 'lookalike-host', None),  # github-index:71220472439; notes silent: a port other than the default one is refused
    ('  assert.equal(parseAliExpressUrl("https://aliexpress.com.evil.io/item/1005012631924049.html"), null);', None, 'lookalike-host', None),  # github-index:70535021407; section 11: a marketplace host used as a subdomain
    ("          Uri.parse('https://aliexpress.com.evil.example/orders'),", None, 'lookalike-host', None),  # github-index:62414851340; section 11: a marketplace host used as a subdomain
    ('    return `https://cart.taobao.com/json/', None, 'not-a-listing', None),  # github-index:2359875984; section 11: a cart page
    ('            schemes = listOf("taobao://cart.taobao.com/my_cart.htm"),', None, 'scheme-not-allowed', None),  # github-index:71366330228; section 11: a cart page
    ('\tin := "https://item.taobao.com/item.htm?id=123456&spm=abc.def.ghi&scm=1007.123&utparam=xyz#hash"', 'taobao', 'listing', '123456'),  # github-index:57485774614
    ('\turl := "https://item.taobao.com/item.htm?id=10643344222"', 'taobao', 'listing', '10643344222'),  # github-index:33448710823
    ('\t_url := "https://item.taobao.com/item.htm?spm=a219r.lm872.14.60.4luJFW&id=528330539743&ns=1&abbucket=9"', 'taobao', 'listing', '528330539743'),  # github-index:4168115170
    ("        $url = 'https://detail.tmall.com/item.htm?abbucket=2&id=672030384045';", 'tmall', 'listing', '672030384045'),  # github-index:29890532472
    ("$url = 'https://detail.tmall.com/item.htm?id=39571199816&ali_refid=a3_430583_1006:1109248652:N:%E9%9B%85%E8%AF%97%E5%85%B0%E9%BB%9B:5f3aed0173", 'tmall', 'listing', '39571199816'),  # github-index:18634006254
    ("   /* \t$url = 'https://detail.tmall.com/item.htm?id=617287564682&price=9.81-111.96&sourceType=item&sourceType=item&detailSharePosition=interactBar&su", 'tmall', 'listing', '617287564682'),  # github-index:26341045003
    ('        String url = "https://detail.1688.com/offer/38543019067.html?spm=a2615.7691456.0.0.DxOiLN";', '1688', 'listing', '38543019067'),  # github-index:49886962401
    ('    private String url = "https://detail.1688.com/offer/539556562483.html?sk=consign";', '1688', 'listing', '539556562483'),  # github-index:21187744987
    ('\t\tString url = "https://detail.1688.com/offer/608561658438.html?spm=a312h.2018_new_sem.dh_002.1.15053da63rLPUJ&tracelog=p4p&clickid=f27b8cc3b07947', '1688', 'listing', '608561658438'),  # github-index:26727537380
    ('        String url = "https://detail.1688.com/offer/551992057463.html?spm=a2615.7691456.oldlist.70.434b1085V8sS0e";', '1688', 'listing', '551992057463'),  # github-index:41012089607
    ('//\tprivate String url = "https://detail.1688.com/offer/43204628325.html";', '1688', 'listing', '43204628325'),  # github-index:44424296295
    ('//\tprivate String url = "https://detail.1688.com/offer/544194014037.html";', '1688', 'listing', '544194014037'),  # github-index:44424296295
    ('  $url = "http://s.1688.com/selloffer/offer_search.htm?keywords=".urlencode(iconv(\'UTF-8\',\'GBK\',$q));', None, 'not-a-listing', None),  # github-index:3029700636; section 11: a search page
    ('  url = "https://list.tmall.com/search_product.htm?q=%D0%A1%C3%D7%CA%D6%BB%FA&type=p&spm=a220m.1000858.a2227oh.d100&xl=%D0%A1%C3%D7_1&from=.list.pc_1_sug', None, 'not-a-listing', None),  # github-index:1390689276; section 11: a search page
    ('url = r"https://list.tmall.com/search_product.htm?q=%BA%EC%BE%C6&type=p&vmarket=&spm=875.7931836%2FB.a2227oh.d100&xl=hongjiu_1&from=mallfp..pc_1_suggest', None, 'not-a-listing', None),  # github-index:22719464376; section 11: a search page
    ('                url: "http://list.tmall.com/search_product.htm?q=%s"', None, 'not-a-listing', None),  # github-index:45248700831; section 11: a search page
    ('\tprivate static final String CHAOSHI_ITEM_URL = "http://chaoshi.detail.tmall.com/item.htm?id=";', None, 'missing-id', None),  # github-index:11473143874; a template: no id
    ("    url = 'https://chaoshi.detail.tmall.com/item.htm?id=20739895092&spm=a1z0k.7628870.0.0.6d8537de1tkYdk&_u=t2dmg8j26111&skuId=4227830352490'  # 茅台链接", 'tmall', 'listing', '20739895092'),  # github-index:20966231457
    ('\tthis.casper.thenOpen("https://chaoshi.detail.tmall.com/item.htm?spm=a3204.7508091.item-18.3.qR6lHD&id=41872849213", function(){', 'tmall', 'listing', '41872849213'),  # github-index:13826222038
    ('INSERT INTO `product` VALUES (8005, \'康师傅红烧牛肉面\', \'桶\', 5.00, 68, \'<a href=\\"https://chaoshi.detail.tmall.com/item.htm?id=605687714933\\" title=\\"点我查看详细\\"><img src=\\"http://bucket-hangzhou-lgd.oss-cn-hangzhou.aliyuncs.co', 'tmall', 'listing', '605687714933'),  # github-index:18037543032
    ("  // await page.goto('https://chaoshi.detail.tmall.com/item.htm?spm=a230r.1.14.1.a51f69515wmqTH&id=622154425076&ns=1&abbucket=13', {", 'tmall', 'listing', '622154425076'),  # github-index:39013607101
    ('            // query_jump_goodDetail_pc("https://chaoshi.detail.tmall.com/item.htm?id=547826051836")', 'tmall', 'listing', '547826051836'),  # github-index:42780848929
    ('- `https://leten.tmall.com/shop/view_shop.htm?appUid=RAzN8HWScNUQgh2LxJzFPCm3wEt9AcUhVZFYCfHdSqfya87nYCj&spm=a21n57.1.hoverItem.1`', 'tmall', 'storefront', 'leten'),  # github-index:56375148187
    ('            <div class="list_zengzhi"><a target="_blank" href="http://yllzts.tmall.com/shop/view_shop.htm?spm=a1z10.4.w3-18403397952.2.GHp07B&_tb_token_=e5761dfbb5e3b&scene=taobao_shop" title="taobao"><img ', 'tmall', 'storefront', 'yllzts'),  # github-index:39259823258
    ('                storeLink:"https://zulijian.tmall.com/shop/view_shop.htm?spm=a230r.1.14.43.ff4072cdspiC5t&user_number_id=3287104402"', 'tmall', 'storefront', 'zulijian'),  # github-index:40076432405
    ('                    href="http://189.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.2.WWoUB2&user_number_id=809107100&rn=ff7e6da888e37cea93bbb3f9dd6b38e9"><im', 'tmall', 'storefront', '189'),  # github-index:11330116862
    ('\t\t\t\t\t<p><a href="http://pinkypinky.tmall.com/shop/view_shop.htm?prt=1343095014896&prc=2" target="_blank" title="pinkypinky旗舰店">', 'tmall', 'storefront', 'pinkypinky'),  # github-index:18998562049
    ('            #http://aaskincare.tmall.com/shop/view_shop.htm?user_number_id=1034143854&rn=b06cb56d6cb59a3fbb42019f7553acd0&tbpm=1', 'tmall', 'storefront', 'aaskincare'),  # github-index:12279828953
    (' * https://de.aliexpress.com/w/wholesale-l%C3%B6tstation-digital.html', None, 'not-a-listing', None),  # github-index:1582240976; section 11: a search page
    ('<a href="https://www.aliexpress.com/w/wholesale-MLX90621.html?SortType=price_asc&SearchText=MLX90621">www.aliexpress.com</a> (~ $47 incl daugther bo', None, 'not-a-listing', None),  # github-index:26132154011; section 11: a search page
    ('| 13S | "LFP battery charger 47.45V 7A", XT60 | **124,31 €** (AliExpress) | [VERIFICADO: https://www.aliexpress.com/w/wholesale-47.45v-charger.html] |', None, 'not-a-listing', None),  # github-index:70948863701; section 11: a search page
    ('- 18560 Battery X 1 - [Ali Express](https://vi.aliexpress.com/w/wholesale-18650.html?spm=a2g0o.detail.search.0) (or you can scavenge them from [old computers](https://www.ins', None, 'not-a-listing', None),  # github-index:67385504996; section 11: a search page
    ('- [PICkit 3.5 programmer](https://fr.aliexpress.com/w/wholesale-pickit-3.5-programmer.html)', None, 'not-a-listing', None),  # github-index:56767820741; section 11: a search page
    ('  - { vendor: AliExpress, url: "https://www.aliexpress.com/w/wholesale-ssd1306-oled.html" }', None, 'not-a-listing', None),  # github-index:52707860891; section 11: a search page
    ('  ~300Ohms](https://www.aliexpress.com/w/wholesale-metal-film.html?SearchText=metal+film&SortType=price_asc&CatId=400503)', None, 'not-a-listing', None),  # github-index:18008629361; section 11: a search page
    ('从 [CUAV](https://cuav.taobao.com/index.htm?spm=2013.1.w5002-16371268426.2.411f26d9E18eAz) 购买', 'taobao', 'storefront', 'cuav'),  # github-index:38769040097
    ("    'referer': 'https://dianying.taobao.com/index.htm?spm=a1z21.6646273.header.3.613c4890iK1czN&n_s=new',", None, 'not-a-listing', None),  # github-index:38046208783; section 12: a reserved label (Taobao's cinema channel), not a store
    ('//网址: https://shop298362997.taobao.com/index.htm?spm=2013.1.w5002-19016181214.2.53fe2393VNXwgW', 'taobao', 'storefront', '298362997'),  # github-index:47076062868
    ('                href="https://shop308693260.taobao.com/index.htm?spm=a1z10.1-c.w5002-24669166804.2.3e7b68c4xSF0g8"', 'taobao', 'storefront', '308693260'),  # github-index:9411865353
    ('\t\t\t\t\t\t\t<a href="https://shop113559761.taobao.com/index.htm?spm=a1z10.1-c.w5002-13537589797.2.EKScYB" target="_blank">', 'taobao', 'storefront', '113559761'),  # github-index:25806294960
    ('url_2 = urllib.urlopen("http://xiaofeiniu.taobao.com/index.htm?spm=2013.1.w5002-900001746.2.l6TT0G")', 'taobao', 'storefront', 'xiaofeiniu'),  # github-index:8102930773
    ('     * seller_url : https://t-closet.taobao.com/index.htm?spm=2013.1.w5002-15245075711.2.182c4db9ViXt0i', 'taobao', 'storefront', 't-closet'),  # github-index:300204513
    ("      new URL('https://m.1688.com/winport/b2b-22108725372987d9fa.html')", '1688', 'storefront', 'b2b-22108725372987d9fa'),  # github-index:17143591612
    ('        "https://h5.m.goofish.com/item?id=1081966784098&x=1",', 'taobao', 'listing', '1081966784098'),  # github-index:68451652362
    ('    const preview = getPreviewUrl("https://h5.m.goofish.com/item?id=1&itemId=2&spm=3", ["id", "itemId"]);', None, 'conflicting-ids', None),  # github-index:71432335586; section 0: two id keys with different values
    ('        ``【闲鱼】「农耕记代金券」¥0.78 https://h5.m.goofish.com/item?id=xxx``', None, 'malformed-id', None),  # github-index:53828384727; a placeholder or too short id (section 1 validator, section 11)
    ('                        WebElement linkElement = item.findElement(By.xpath(".//a[contains(@href, \'dj.1688.com/ci_bb\')]"));', None, 'not-a-listing', None),  # github-index:20211870942; notes silent: a 1688 ad redirect (dj.1688.com/ci_bb) is not a listing
    ('        <a class="i18n-card-wrap-p4p" href="https://dj.1688.com/ci_king?tracking=only">', None, 'not-a-listing', None),  # github-index:56460297538; notes silent: a 1688 ad redirect (dj.1688.com/ci_bb) is not a listing
    ("      href: 'https://dj.1688.com/ci_bb?a=123&ap=2&rp=2',", None, 'not-a-listing', None),  # github-index:61024561405; notes silent: a 1688 ad redirect (dj.1688.com/ci_bb) is not a listing
    ('        输入格式: "https://dj.1688.com/ci_bb?a=19394&e=..."', None, 'not-a-listing', None),  # github-index:18564345523; notes silent: a 1688 ad redirect (dj.1688.com/ci_bb) is not a listing
    (' * checks deliberately reject lookalikes such as `1688.com.evil.test`.', None, 'not-a-url', None),  # github-index:70074898658; notes silent: a scheme-less lookalike host in backquotes, with no path, is no link
    ('\trequire.False(t, originAllowed(allowed, "https://detail.1688.com.evil.test/x"))', None, 'lookalike-host', None),  # github-index:70943807439; section 11: a marketplace host used as a subdomain
    ('\trequire.False(t, originAllowed(allowed, "http://detail.1688.com/offer/1.html"), "scheme ', None, 'malformed-id', None),  # github-index:70943807439; a placeholder or too short id (section 1 validator, section 11)
    ('        invalid_url = "https://detail.1688.com.evil.example/offer/1058407451332.html"', None, 'lookalike-host', None),  # github-index:66924743003; section 11: a marketplace host used as a subdomain
    ("    'https://detail.1688.com:8443/offer/607635921546.html',", None, 'lookalike-host', None),  # github-index:70813469260; notes silent: a port other than the default one is refused
    ("    { ...input, sourceUrl: 'https://user:password@detail.1688.com/offer/", None, 'lookalike-host', None),  # github-index:68337174380; section 0: userinfo before the host
    (" sourceUrl: 'https://detail.1688.com/offer/demo.html' },", None, 'malformed-id', None),  # github-index:68337174380; a placeholder or too short id (section 1 validator, section 11)
    ('  assert.equal(shopUrlOf("https://evil.com/1688.com"), null);', None, 'not-alibaba-host', None),  # github-index:71647872944; section 11: a host in the path of another host
    ('  assert.equal(shopUrlOf("https://1688.com.evil.com/"), null);', None, 'lookalike-host', None),  # github-index:71647872944; section 11: a marketplace host used as a subdomain
    ('  assert.equal(shopUrlOf("https://user:pw@shop1.1688.com/"), null);', None, 'lookalike-host', None),  # github-index:71647872944; section 0: userinfo before the host
    ('    expect(validate1688OfferUrl("https://detail.1688.com.evil.example.com/offer/930374004918.html")).toBeNull();', None, 'lookalike-host', None),  # github-index:61063252253; section 11: a marketplace host used as a subdomain
    ('                        "https://air.1688.com.evil.test/kapp/1688-pc-front/ai-avatar/inquiryResult",', None, 'lookalike-host', None),  # github-index:58368472925; section 11: a marketplace host used as a subdomain
    ('    assert not engine._is_lazada_host("https://lazada.sg.evil.com/x")', None, 'lookalike-host', None),  # github-index:55012492974; section 11: a marketplace host used as a subdomain
    ('    assert not engine._is_lazada_host("https://evillazada.sg/x")      # look-alike, not a s', None, 'lookalike-host', None),  # github-index:68426486388; section 11: a marketplace host used as a subdomain
    ('    "https://[::1]/products/x-i1.html",', None, 'not-alibaba-host', None),  # github-index:67626195559; notes silent: an IP address is no marketplace host
    ('    "https://www.lazada.sg.evil.example/products/x-i1.html",', None, 'lookalike-host', None),  # github-index:67626195559; section 11: a marketplace host used as a subdomain
    ('    "https://lazada.sg@evil.example/products/x-i1.html",', None, 'lookalike-host', None),  # github-index:67626195559; section 0: userinfo before the host
    ("    ['https://WWW.LAZADA.SG/x', true],", None, 'not-a-listing', None),  # github-index:68860125314; notes silent: a Lazada root-path page (section 14, question 6) is not read as a store
    ("    ['https://notlazada.sg/x', false],", None, 'lookalike-host', None),  # github-index:68860125314; section 11: a marketplace host used as a subdomain
    ('        "https://scm.alibaba.com.evil.example/web/express/order.htm"', None, 'lookalike-host', None),  # github-index:61390166052; section 11: a marketplace host used as a subdomain
    ("      results: [baseItem({ url: 'https://www.alibaba.com.evil.example/product-detail/Fake_1601.html' })],", None, 'lookalike-host', None),  # github-index:59101095616; section 11: a marketplace host used as a subdomain
    ('chId=100000560002", alibabaOrigin + "/campus/position?batchId=100000560002", "https://campus-talent.alibaba.com.evil.test/campus/position?batchId=100000760001"} {', None, 'lookalike-host', None),  # github-index:70083329332; section 11: a marketplace host used as a subdomain
    ("      'https://alibaba.com.evil.test/product-detail/x_1600123456789.html', 'https://muscleandstrength.com.evil.test/store/x.html',", None, 'lookalike-host', None),  # github-index:71043499405; section 11: a marketplace host used as a subdomain
    (" {url:'https://www.alibaba.com.evil.test/product-detail/item.html'},", None, 'lookalike-host', None),  # github-index:68908289741; section 11: a marketplace host used as a subdomain
    (" {lateUrl:'https://www.alibaba.com/login'},", None, 'not-a-listing', None),  # github-index:68908289741; section 11: a login page
    ("st patch of [{email:'invented@fixture.invalid'},{email:'tact@fixture.invalid'},{companyUrl:'https://alibaba.com.evil.invalid/'},{cookie:'private'},{observedAt:'2999-01-01T00:00:00.000Z'},{observedSpec:{...capture.obs", None, 'lookalike-host', None),  # github-index:66821237026; section 11: a marketplace host used as a subdomain
    ("    expect(canonicalAlibabaProductUrl('https://alibaba.com.evil.example/product-detail/Test_1601234567890.html')).toBeNull()", None, 'lookalike-host', None),  # github-index:59297571883; section 11: a marketplace host used as a subdomain
    ('    expect(isAllowedPublicNavigationUrl("https://www.alibaba.com.evil.example/", ["https://www.alibaba.com"])).toBe(false);', None, 'lookalike-host', None),  # github-index:61055161049; section 11: a marketplace host used as a subdomain
    ('    assert.equal(buyerRfqUrl("https://sourcing.alibaba.com.evil.test/rfq_detail.htm"), "");', None, 'lookalike-host', None),  # github-index:70309823733; section 11: a marketplace host used as a subdomain
    ('    assert.equal(buyerRfqUrl("https://sourcing.alibaba.com/rfq_detail.htm?id=1");', None, 'not-a-listing', None),  # github-index:70309823733; notes silent: an Alibaba.com sourcing (RFQ) page is not a listing
    (' * （如 `https://www.goofish.com.evil.com/publish?fishopsDirectPublish=1`）被误复用。', None, 'lookalike-host', None),  # github-index:70117773054; section 11: a marketplace host used as a subdomain
    ('  `https://www.goofish.com@evil.com/`, `https://www.goofish.computer/` and', None, 'lookalike-host', None),  # github-index:70936655208; section 0: userinfo before the host
    ('    <a href="https://www.goofish.com.evil.example/item?id=999999999999">evil</a>', None, 'lookalike-host', None),  # github-index:57725213120; section 11: a marketplace host used as a subdomain
    ("    expect(isAutoScanWorkPage(descriptor, 'https://seller.goofish.com.evil.test/#/im')).toBe(false);", None, 'lookalike-host', None),  # github-index:62455438701; section 11: a marketplace host used as a subdomain
    ('                            "codeContent": "https://passport.goofish.com.evil.test/newlogin/x",', None, 'lookalike-host', None),  # github-index:62230024737; section 11: a marketplace host used as a subdomain
    ("  for (const host of ['https://www.goofish.com.evil.com/', 'https://www.goofish.computer/', 'https://www.goofish.com@evil.com/']) {", None, 'lookalike-host', None),  # github-index:70873499995; section 0: userinfo before the host
    ("-16 15:14:29'),(2,'','01-华源大药房',NULL,NULL,'upload/4be1f24b-b904-4932-800a-845125a954b8.jpg','http://store.taobao.com/shop/view_shop.htm?spm=a220m.1000858.1000725.3.RhF9If&user_number_id=740783227&rn=b59d5d4faac0603687312b46f272ae65','',", 'taobao', 'storefront', '740783227'),  # github-index:12245260974
    ('* Demo 淘宝地址：http://store.taobao.com/shop/view_shop.htm?asker=wangwang&shop_nick=qifeidianzi', None, 'missing-id', None),  # github-index:15028291549; notes silent: a store page by shop nick (no user_number_id) is not one of the notes' store forms
    ('path = r"https://cyclingjerseystore.aliexpress.com/store/all-wholesale-products/1079069.html"', None, 'missing-id', None),  # github-index:13061803553; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ("give_link = driver.get('https://chinafencing.aliexpress.com/store/all-wholesale-products/1626122.html?spm=a2g0o.store_pc_home.pcShopHead_11287267.99')", None, 'missing-id', None),  # github-index:15916598333; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ('//\t\t\tConnectImpl connectImpl=new ConnectImpl(2,"https://autocare.aliexpress.com/store/all-wholesale-products/1489256.html?spm=2114.12010606.0.0.5bb911aap9Ed9",1,1,"C:\\\\Users\\\\Administrator\\\\Desktop\\\\123.xls");', None, 'missing-id', None),  # github-index:29330330551; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ('driver.get(\'https://whocutie.aliexpress.com/store/all-wholesale-products/2996039.html?spm=a2g0o.store_pc_home" \\', None, 'missing-id', None),  # github-index:19460479378; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ('                result = $"https://login.aliexpress.com/?from=sm&return_url=https://www.aliexpress.com/store/all-wholesale-products/{model.Id}.html?scene=allproducts";', None, 'not-a-listing', None),  # github-index:18022237575; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ('.com/category/168): You can either get the original Adafruit ones or something [cheaper](http://www.aliexpress.com/store/all-wholesale-products/1051119.html) from AliExpress.', None, 'missing-id', None),  # github-index:44333184621; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ("    url = r'https://www.aliexpress.com/store/all-wholesale-products/2880059.html?spm=a2g1y.12024536.pcShopHead_35343482.1'", None, 'missing-id', None),  # github-index:32057124367; notes silent: an AliExpress store's all-products page is not one of the notes' store forms
    ("\t\t\t'http://www.aliexpress.com/category/5090301/mobile-phones.html?spm=2114.20011408.2.1.3hMBOO&site=glo',", None, 'not-a-listing', None),  # github-index:40087310175; section 11: a category page
    ("# link = 'https://www.aliexpress.com/category/200000668/shirts.html?spm=a2g0o.tm66085.102.6.47fd5f5bIPRwjf'", None, 'not-a-listing', None),  # github-index:24212693071; section 11: a category page
    ("    start_urls = ['https://www.aliexpress.com/category/200216607/tablets.html',", None, 'not-a-listing', None),  # github-index:1094490766; section 11: a category page
    ("        expect(normalizeAliExpressUrl('https://www.aliexpress.com/category/123/phones.html')).toBeNull();", None, 'not-a-listing', None),  # github-index:55186946100; section 11: a category page
    ('            run_dir = ali_category_run_dir(Path(tmp), "채소", "https://ko.aliexpress.com/category/100/v.html")', None, 'not-a-listing', None),  # github-index:70287799051; section 11: a category page
    ('              <li><a href="//m.aliexpress.com/category/509.html?spm=a2g0n.home-amp.category.phones"><span class="icon"> <i class="ic-md icon-ic_phones__acc', None, 'not-a-listing', None),  # github-index:7983014265; section 11: a category page
    ('      # Info::ResClientCollector.start_collect_sellers("http://www.aliexpress.com/category/200000361/transporting-storage.html")', None, 'not-a-listing', None),  # github-index:22254773265; section 11: a category page
    ('\t <a href="https://temai.m.taobao.com/search.htm?pid=mm_121445574_38318088_155830071" target="_blank" class="qqanimate">', None, 'not-a-listing', None),  # github-index:3371570919; section 11: a store's (or channel's) search page
    ('    url = "https://kxuan.taobao.com/search.htm?kxuan_swyt_item=30380&ruletype=2&searchtype=item&uniq=pid&navigator=all&id=3895&is_spu=0&enginetype=', None, 'not-a-listing', None),  # github-index:29444592474; section 11: a store's (or channel's) search page
    ('请轻轻握住 USB micro type-B 插座，否则可能会使插座与电路板分离。电池不包含在包装内。但是我们已经在 [淘宝旗舰店](https://seeedstudio.taobao.com/search.htm?q=%B5%E7%B3%D8&s_from=newHeader&ssid=s5-e&search_type=item&sourceId=tb.item) 中为您准备了很多选择。', None, 'not-a-listing', None),  # github-index:4042107507; section 11: a store's (or channel's) search page
    ('    page_url = "http://chengxinshudian88.taobao.com/search.htm?q=%BD%F0%C8%FD%C1%B7&searcy_type=item&s_from=newHeader&source=&ssid=s5-e&search=y&spm=a1z10.1.199664', None, 'not-a-listing', None),  # github-index:37985439518; section 11: a store's (or channel's) search page
    ('s="a3">4月29-5月1日第20届南宁华南车展报名领票中！</a></li>                        <li><a href="https://shop123140620.taobao.com/search.htm?spm=a1z10.1-c.w4010-11045466590.3.nDgMMx&search=y&orderType=hotsell_desc" target="_blank" class="a1"', None, 'not-a-listing', None),  # github-index:25438125250; section 11: a store's (or channel's) search page
    ("    spider = ProductPageSpider(url='https://yoho1314520.taobao.com/search.htm?spm=a1z10.1-c-s.0.0.hdbFzN&search=y&orderType=hotsell_desc')", None, 'not-a-listing', None),  # github-index:40907552950; section 11: a store's (or channel's) search page
    ("    'https://shop369638840.taobao.com/search.htm?orderType=hotsell_desc'", None, 'not-a-listing', None),  # github-index:67182700017; section 11: a store's (or channel's) search page
    ('\t\t\t\t\t\t\t<a class="jdb abs aluGl-sTYT" href="//ghpjw.taobao.com/search.htm?keyword=mate&amp;orderType=hotsell_desc&amp;scene=taobao_shop"', None, 'not-a-listing', None),  # github-index:23216744754; section 11: a store's (or channel's) search page
    ('                            <a class="productShop-name" href="//store.taobao.com/search.htm?user_number_id=389048191&amp;rn=e3272129364bad000fd38601953f4d71&amp;keyword=核桃" target="_blank">', None, 'not-a-listing', None),  # github-index:16680116351; section 11: a store's (or channel's) search page
    ("            'search_url' => 'https://www.alibaba.com/trade/search?SearchText={query}',", None, 'not-a-listing', None),  # github-index:55129034300; section 11: a search page
    ('// let proUrl = `【淘宝】https://m.tb.cn/h.fCvoye9?tk=9JzZ2JwdMt4 CZ0001 「【七夕礼物】科颜氏淡斑精华液淡化痘印VC维C抗氧美白双效提亮」', None, 'short-link', None),  # github-index:44760360536; section 10: a share link
    ('    【淘宝】https://m.tb.cn/h.g4BvEJQmeIumIYR?tk=xVhQWyULI5g CZ0001 「Arduino UNO R3亚克力机械臂 机器人机械手臂舵机电子实验DIY套件」', None, 'short-link', None),  # github-index:6906207716; section 10: a share link
    ("                                    '【淘宝】https://m.tb.cn/h.chX19 这个频道太好逛了，快来看看吧'));", None, 'short-link', None),  # github-index:58580112443; section 10: a share link
    ('    setLinkText("【淘宝】https://m.tb.cn/h.5xyz 美式复古重磅连帽卫衣春秋宽松灰色");', None, 'short-link', None),  # github-index:53978417888; section 10: a share link
    ("  const share = '【淘宝】https://m.tb.cn/h.example「商品」 ￥Abc123xyZ89￥';", None, 'short-link', None),  # github-index:70922616772; section 10: a share link
    ('  ["taobao share text", "【淘宝】https://m.tb.cn/h.6abCdEf 「Nike Dunk Low 熊猫」"],', None, 'short-link', None),  # github-index:59793291338; section 10: a share link
    ('\texpectedProduct := "https://www.aliexpress.com/item/100001.html"', None, 'malformed-id', None),  # github-index:62873664689; a placeholder or too short id (section 6 validator)
    ('\turl := "https://www.aliexpress.com/item/1005006063640245.html" ', 'aliexpress', 'listing', '1005006063640245'),  # github-index:54763217181
    ('IC2  |FS8205A             |TSSOP8|[AEX](https://l.kool.ru/r8zi0) [AEX search](https://aliexpress.ru/store/1089340/search?origin=y&SearchText=FS8205A+)', None, 'not-alibaba-host', None),  # github-index:36046011696; the first link is no marketplace link
    ('    store: { title: `Магазин ${feed}`, url: "https://aliexpress.ru/store/900246057" },', 'aliexpress', 'storefront', '900246057'),  # github-index:70871749205
    ('                                        <a target="_blank" href="https://aliexpress.ru/store/1358398"><button class="epn-button focusable bg-red-100 min-w-[40px] p-[12px] rounded-full epn-butto', 'aliexpress', 'storefront', '1358398'),  # github-index:42108292677
    ('https://qntsq.aliexpress.ru/store/group/1-25MM-Cable/302471_509986609.html', 'aliexpress', 'storefront', '302471'),  # github-index:32201896322; section 6: a store's group page is the store
    ("        'brandUrl' => '//huaweirussia.aliexpress.ru/store/5234011',", 'aliexpress', 'storefront', '5234011'),  # github-index:8018228338
    ("    const url = 'https://aliexpress.ru/store/product/Amazing-Item/9876543210.html';", None, 'malformed-id', None),  # github-index:54221460974; section 6: the old store-product form needs <storeId>_<itemId>
    ('        <PlatformLink href="https://aliexpress.ru/store/4050082">AliExpress</PlatformLink>', 'aliexpress', 'storefront', '4050082'),  # github-index:58005861167
    ("\t\t'https://aliexpress.ru/store/1100219963?spm=a2g38.sc_product_list.0.0.252d2304G11LgS',", 'aliexpress', 'storefront', '1100219963'),  # github-index:11372739491
    ("#     'referer': 'https://puchengss.1688.com/page/index.html?spm=a261y.7663282.wp_pc_common_header_companyName_undefined.0',", '1688', 'storefront', 'puchengss'),  # github-index:7055104260
    ('            "seller_url": "https://shop.1688.com/page/index.html", "location": "深圳",', '1688', 'storefront', 'shop'),  # github-index:71161343942; notes silent: shop.1688.com (no member key) is read as a vanity store; 1688 reserves no shop label
    ('             href="http://detail.m.1688.com/page/index.html?offerId=4004"></a>', None, 'malformed-id', None),  # github-index:67661026815; a placeholder or too short id (section 1 validator, section 11)
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace."""
    result = parse_listing(text)
    expected = _notes_canonical(text, platform, kind, id)
    assert expected is not None, text
    assert result.canonical_url == expected, text


def test_taobao_recruitment_host_is_no_store() -> None:
    """Taobao's recruitment site is a service host at its root and its store paths alike."""
    assert_service_host("zhaopin.taobao.com")


_LINKS = [
    ("https://item.taobao.com/item.htm?spm=a1z10&id=542479181481", "542479181481"),
    ("https://detail.tmall.com/item.htm?id=608529032990&skuId=4911012597025", "608529032990"),
    ("https://detail.1688.com/offer/585943639773.html", "585943639773"),
    ("https://www.aliexpress.com/item/1005003264388589.html", "1005003264388589"),
    ("https://www.lazada.sg/products/pdp-i2896336114.html", "2896336114"),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS),
       st.sampled_from(["require('img/a.png'),url:", "f(a/b,", "import('x/y'),u:",
                        "g(\"p/q.png\"),", "h(s/t, "]),
       st.sampled_from(["'", '"', ""]),
       st.sampled_from(["", ")", "},", "')", ";"]))  # fmt: skip
def test_a_link_after_code_with_a_slash_is_read(
    link: tuple[str, str], code: str, quote: str, after: str
) -> None:
    """A link after code whose first word holds a quote or a parenthesis before a slash is the
    listing (it was read as one scheme-less URL with no host), and the thorough parser and the
    columnar kernel give ``parse_listing``'s answer."""
    url, id = link
    text = f"{code}{quote}{url}{quote}{after}"
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]
