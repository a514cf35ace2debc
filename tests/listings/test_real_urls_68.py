"""Sweep realurls68 of listing URLs (notes in /work/notes/sweep-realurls68.md): 72 real strings
of 1688, Alibaba.com and Xianyu as sourcing agents, dropshippers and their tools write them:
1688 offer links (``detail.1688.com/offer/N.html`` with ``spm=a261y…``, ``sk=consign``,
``sk=order``, a repeated ``offerId=``; ``m.1688.com/offer/N.html`` with ``from=share``; one in
capitals with a fragment; a CSV row's link before ``,,``), 1688 stores (``shopN.1688.com``,
an alphanumeric member key, ``/page/offerlist.htm``), ``qr.1688.com`` shares in Thai text,
1688's search pages (``s.1688.com/selloffer/…``, ``/youyuan/`` image search), Alibaba.com
product pages (``?spm=a2700.details…``, ``a2700.shop_plgr…``, ``priceId=``), the French site's
``/product-detail/<slug>-N.html``, its gallery and landing pages, stores on
``*.trustpass.alibaba.com`` and ``*.en.alibaba.com`` (``productgrouplist``, a store search,
``minisiteentrance.html?productId=``) and a mobile trustpass host, Xianyu items
(``goofish.com/item?spm=…&id=…&categoryId=…``, ``h5.m.goofish.com``), ``m.tb.cn`` shares with
闲鱼 text (a Markdown-wrapped one, a ``€…€`` command before one) and templates, from scrapers,
sourcing bots, import tools, BOMs and READMEs in Chinese, Korean, Vietnamese, Thai, French,
Spanish and Polish, found by the ``code`` corpus (exact strings such as ``m.1688.com/offer/7``,
``1688.com/offer/8``, ``goofish.com/item?spm=``, ``trustpass.alibaba.com``,
``html?spm=a2700.details``, ``我在闲鱼发布了``) and the ``issues`` corpus. No row's line is in an
earlier table, nor any row's link (checked against every ``tests/**/*.py``); of the 143
candidates collected, 71 were (these sources had been mined by the earlier sweeps).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_67.py, with its source
in a comment. Every row was decided from listing-urls.md and the earlier tables' readings before
``parse_listing`` ran. The parser agreed with every row but three, and each time the first
decision was wrong, corrected from the docs and the earlier tables (their comments say why):
``https://shop.tmall.com`` (a placeholder) is Tmall's own site, not a store named ``shop``;
``*://s.1688.com/selloffer/*`` is a pattern for any scheme, ``not-a-url``; and
``m.1688.com/offer/123456.htm`` is a listing page in a form the notes do not name,
``missing-id``.

Probing the candidates found one misleading reason, fixed (tests at the end): prose that is not
ASCII glued right after a genuine host (the real issue title ``dj.1688.com被拦截``,
``https://joinsun.1688.com店铺``) stays ``lookalike-host`` (no browser reaches such a host), but
was said to "imitate 1688"; the reason now names the glued text and suggests the link without
it where that is a store or a listing, as for a bar or encoded text glued there.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing

pytestmark = pytest.mark.no_cover  # more than 60 cases: untraced in CI's coverage run

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('Purchase link: [1688](https://detail.1688.com/offer/841908586658.html) (2006 is the same-footprint compatible size; the CAD reference model is a SENKAYS 2006)', '1688', 'listing', '841908586658'),  # github-index:68956249148 (a fan purchase note); section 4
    ('const targetUrl = "https://detail.1688.com/offer/570454713061.html?spm=a261y.7663282.hotsale.3.3fa6555esbZ8On";', '1688', 'listing', '570454713061'),  # github-index:20443712576 (a 1688 price-alert mailer); section 4
    ('\t\t\t\t"http://detail.1688.com/offer/525125853026.html?spm=a261y.7663282.0.0.AUALNt",', '1688', 'listing', '525125853026'),  # github-index:10641276623 (a 1688 freight parser in Java); section 4: http
    ('      offerUrl: "https://detail.1688.com/offer/123456789.html?spm=a261y.7663282",', '1688', 'listing', '123456789'),  # github-index:56750633277 (a same-item search test); section 4, a 9-digit offer as the earlier tables read it
    ('1. [插座外壳（包括里面的220V10A公母一体插座）] -> [购买链接](https://detail.1688.com/offer/580420531460.html?spm=a261y.7663282.10811813088311.4.1317668c0RqiBd&sk=order)。', '1688', 'listing', '580420531460'),  # github-index:26212938423 (a smart socket BOM in Chinese); section 4: sk=order is noise
    ('\t\tString[] urls=new String[]{"http://detail.1688.com/offer/520139570368.html?spm=a261y.7663282.1998411376.3.eqOtaI"};', '1688', 'listing', '520139570368'),  # github-index:15055425749 (a 1688 parser test in Java); section 4
    ("    const url2 = 'https://m.1688.com/offer/9876543210.html?spm=a261y.123';", '1688', 'listing', '9876543210'),  # github-index:70340794592 (an offer-id extractor test); section 4: m.1688.com
    ('        "• http://m.1688.com/offer/123456.html\\n"', '1688', 'listing', '123456'),  # github-index:66081360721 (a 1688 Telegram bot help text); section 4, a 6-digit offer as the earlier tables read short ids
    ('                                                                                <li><a target="_blank" href="http://shop1399568444549.1688.com/page/offerlist.htm?spm=a261y.7663282.0.0.z2BZ4l">shop1399568444549.1688.com</a></li>', '1688', 'storefront', 'shop1399568444549'),  # github-index:30856144887 (a saved 1688 page, a list of shops); section 4
    ('{"url":"https://shop1442128638027.1688.com/page/offerlist.htm"}', '1688', 'storefront', 'shop1442128638027'),  # github-index:68589855657 (a full-shop scan API doc); section 4
    ("const productUrl = 'https://www.alibaba.com/product-detail/7-Barrel-Beer-Brewing-System-for_62236661396.html?spm=a2700.galleryofferlist.normalList.1.7da7326bCC5uI9&s=p';", 'alibaba_com', 'listing', '62236661396'),  # github-index:43440078541 (a puppeteer resource dump); section 5
    ('- [Alibaba industrial load-cell scale example](https://www.alibaba.com/product-detail/Weight-Pesage-Industrial-Balanzas-Load-Cell_1600454137483.html?spm=a2700.galleryofferlist.normal_offer.d_title.38c713a0EKDwRy&priceId=6e22a495b4744c7799663b3e1da26427)', 'alibaba_com', 'listing', '1600454137483'),  # github-index:60569540715 (a scale project supplier list); section 5: priceId is noise
    ('    urls = ["https://www.alibaba.com/product-detail/2-4G-Wireless-Gaming-Keyboard-and_1600554967892.html?spm=a2700.galleryofferlist.normal_offer.d_image.752913a0wxhkzq",', 'alibaba_com', 'listing', '1600554967892'),  # github-index:16914201197 (a German Alibaba scraper example); section 5
    ("      img: 'https://www.alibaba.com/product-detail/Custom-Your-Design-Breathable-Mesh-Richardson_1601446130585.html?spm=a2700.galleryofferlist.p_offer.d_image.15ca13a0lxMQWY&priceId=c5dc1800ec214789b7d1a5045e85310d',", 'alibaba_com', 'listing', '1601446130585'),  # github-index:26255534701 (a cap shop catalogue); section 5
    ('https://www.alibaba.com/product-detail/1-2-3-12MP-235-Degree_1600118157156.html?spm=a2700.details.0.0.1426217633iDlJ', 'alibaba_com', 'listing', '1600118157156'),  # github-index:14122725217 (a lens note); section 5
    ('  * [Golden Security GS-T3E za 208zl](https://www.alibaba.com/product-detail/Wireless-smart-switch-with-LCD-touch_1600560151953.html?spm=a2700.details.0.0.377b1df36bPWsH)', 'alibaba_com', 'listing', '1600560151953'),  # github-index:23552611797 (a Polish smart-panel list); section 5
    ('like https://www.alibaba.com/product-detail/Programmable-Online-Click-Mini-French-Flyer_62024278303.html?spm=a2700.details.0.0.40da257cKEmeFX', 'alibaba_com', 'listing', '62024278303'),  # github-index:33562757802 (a USB web-key README); section 5
    ('> [ZJY042-7240TSWPG10](https://www.alibaba.com/product-detail/0-42-inch-72x40-OLED-display_1600820452544.html?spm=a2700.details.0.0.11f34384WPrOet).', 'alibaba_com', 'listing', '1600820452544'),  # github-index:55375713152 (an OLED alternative note); section 5
    ("page = requests.get('https://www.alibaba.com/product-detail/Portable-Small-USB-Travel-LED-Makeup_60830030133.html?spm=a2700.details.maylikever.2.1fb53cc2uSVPvx')", 'alibaba_com', 'listing', '60830030133'),  # github-index:10959373042 (a Spanish scraping exercise); section 5
    ('* https://www.alibaba.com/product-detail/VHF-UHF-FM-Repeater-Base-Units_592290636.html?spm=a2700.details.maylikeexp.6.37a168cdQOVPda', 'alibaba_com', 'listing', '592290636'),  # github-index:33038746 (a DMR repeater link list); section 5, a 9-digit id as the earlier tables read 8
    ('- 1 7-segment LCD with 3 digits e.g. [Link to product](https://www.alibaba.com/product-detail/Taidacent-Red-0-200V-Measurement-Range_60679181399.html?spm=a2700.details.0.0.1f1212advD463M)', 'alibaba_com', 'listing', '60679181399'),  # github-index:16984707578 (a lidar rig parts list); section 5
    ("    print(url_crawl('https://www.alibaba.com/product-detail/Cocoon-Fishing-Performance-Hoodie-sublimated-hooded_62531342806.html?spm=a2700.details.deiletai6.8.73c21ae88f7OM0'))    ", 'alibaba_com', 'listing', '62531342806'),  # github-index:49800028604 (an Alibaba crawler); section 5
    ('[Shanghai Rex technologu Co (Alibaba)](https://shrex.en.alibaba.com/minisiteentrance.html?spm=a2700.details.0.0.b2092b79sAS4YE&from=detail&productId=1600229164961) is another supplier.', 'alibaba_com', 'storefront', 'shrex'),  # github-index:5602256877 (a lab sensor supplier note); section 5: a store host page, productId names where it came from
    ("      expect(await resolveUser(x, '【闲鱼】https://m.tb.cn/h.b 点击链接直接打开')).toBe(PEER_ID)", None, 'short-link', None),  # github-index:70195673331 (a Xianyu user resolver test); section 10
    ('    IMAGE_SEARCH_URL = "https://s.1688.com/youyuan/index.htm?tab=imageSearch&imageAddress="', None, 'not-a-listing', None),  # github-index:2957010725 (a Korean 1688 sourcing manager); section 11: a search page
    ('    BASE_URL = "https://www.1688.com/"', None, 'not-a-listing', None),  # github-index:2957010725 (the same sourcing manager); section 11: a home page
    ("        loginPageUrl: 'https://passport.alibaba.com/icbu_login.htm?spm=a2700.8293689.scGlobalHomeHeader.6.2ce267afQnDloI&tracelog=hd_signin',", None, 'not-a-listing', None),  # q990724/source_iq:src/assets/js/source_map.js; section 11: a login page
    ('url = "https://www.alibaba.com/products/2017_punk_gold_plated.html?spm=a2700.galleryofferlist.0.0.6e9c2f1eOocSNn&IndexArea=product_en"', None, 'not-a-listing', None),  # github-index:1415874676 (an Alibaba list scraper); section 11: a search page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN01gc4MXZ2Ma9QWy734e_!!2207619389843-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; an image on the 1688 CDN, no store
    ('            "product_url": "https://detail.1688.com/offer/787788421637.html",', '1688', 'listing', '787788421637'),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; section 4
    ('            "product_url": "https://detail.1688.com/offer/862961746286.html",', '1688', 'listing', '862961746286'),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; section 4
    ('            "product_url": "https://detail.1688.com/offer/678420979766.html",', '1688', 'listing', '678420979766'),  # Jomadder-E-Commerce/jomadder:src/data/HomeDecor.js; section 4
    ('\t\t\t\t\t\t\thref="//work.1688.com/app/messageCenter.htm" title="查看你的消息"', None, 'not-a-listing', None),  # P79N6A/openplatform:openMarketplace/src/main/webapp/webpage/main.jsp; the message center, no store
    ('    ["义乌市虎盛户外用品有限公司","分销商","浙江义乌","1688批发/跨境","真空收纳袋/适配配件","阿里巴巴实名认证","跨境出口专供货源","https://detail.1688.com/offer/911825304047.html"],', '1688', 'listing', '911825304047'),  # github-index:61693758534 (a Chinese supplier survey table); section 4
    ("          detailUrl: 'https://detail.1688.com/offer/909340143804.html',", '1688', 'listing', '909340143804'),  # github-index:59446843914 (a Korean purchase-agent demo cart); section 4
    ('            "采购链接": "https://detail.1688.com/offer/975683523984.html?offerId=975683523984",', '1688', 'listing', '975683523984'),  # github-index:68861260479 (a listing sync test); section 4: the offerId repeated in the query is noise
    ("                'url' => 'https://detail.1688.com/offer/9001.html',", None, 'malformed-id', None),  # github-index:63342496884 (a Turkish import test); an offer id of 4 digits
    ('                        "阿里巴巴商品URL": "https://detail.1688.com/offer/90001.html",', None, 'malformed-id', None),  # github-index:66695687499 (a 1688 mapping fixture); an offer id of 5 digits
    ('\t\tURL:           "https://detail.1688.com/offer/999.html?spm=http",', None, 'malformed-id', None),  # github-index:56167446234 (a Go listing-kit handler test); an offer id of 3 digits
    ('    sourceUrl: "https://detail.1688.com/offer/9910101.html",', '1688', 'listing', '9910101'),  # github-index:57406343259 (a product seed); section 4, a 7-digit offer as the earlier tables read short ids
    ('    // https://www.goofish.com/item?id=xxx', None, 'malformed-id', None),  # github-index:33386304656; letters for the id
    ('| [Roller Conveyor SENTAO](https://www.alibaba.com/product-detail/SENTAO-New-Small-Stainless-Steel-Gravity_1600694690113.html?spm=a2700.shop_index.82.6.2cb338cbwimz3d)                        | $1.186.535      | $3.559.605   | $4.627.487            |', 'alibaba_com', 'listing', '1600694690113'),  # github-index:29249591157 (a Spanish plant cost table); section 5
    ('                "sellersUrl": "https://www.alibaba.com/product-detail/UPVC-sliding-windows-window-vinyl-pvc_1600901749842.html?spm=a2700.shop_plgr.41413.5.221154a6uk22U1",', 'alibaba_com', 'listing', '1600901749842'),  # github-index:48375710180 (a windows product fixture); section 5
    ('[VHF Repeater duplexer Alibaba](https://www.alibaba.com/product-detail/136-174MHz-VHF-0-6MHz-Duplexer_1600083924879.html?spm=a2700.shop_plgr.41413.35.30e37121rBZMJx)', 'alibaba_com', 'listing', '1600083924879'),  # github-index:22137585020 (a repeater build note); section 5
    ("        #     link = f'https://danasilk.en.alibaba.com/productgrouplist-916210345-{page}/110_245cm.html?spm=a2700.shop_plgr.98.6'", 'alibaba_com', 'storefront', 'danasilk'),  # github-index:26544030420 (a scrapy spider on a store); section 5: a store page
    ("        # link = f'https://dewangfangzhi.en.alibaba.com/search/product?SearchText=poncho'", 'alibaba_com', 'storefront', 'dewangfangzhi'),  # github-index:26544030420; section 5: a search within a store host
    ('  Controls a `Sager SG-GS1700 <https://sagerindustrial.en.alibaba.com/', 'alibaba_com', 'storefront', 'sagerindustrial'),  # github-index:68829561566 (a furnace driver docstring, the link wrapped over lines); section 5: the store root
    ('https://shop.tmall.com', None, 'not-a-listing', None),  # github-index:40022134191 (a store copier placeholder); first read a store named shop, corrected: the library reserves shop on tmall.com as on taobao.com (docs/listings.md: a marketplace's own sites are no stores)
    ("        'https://detail.1688.com/offer/712345678901.html?spm=abc 【1688】',", '1688', 'listing', '712345678901'),  # github-index:63323811124 (a Vietnamese sourcing URL test); section 4
    ("            ['key' => 'alibaba', 'value' => 'https://nibiplastic.trustpass.alibaba.com', 'group' => 'social'],", 'alibaba_com', 'storefront', 'nibiplastic'),  # github-index:71579205467 (a Vietnamese plastics site seeder); section 5: a trustpass store host
    ('                <li><a href="<?php echo htmlspecialchars(url(\'https://mybrandplease.trustpass.alibaba.com/\'), ENT_QUOTES, \'UTF-8\'); ?>">mybrandplease@alibaba.com</a></li>', 'alibaba_com', 'storefront', 'mybrandplease'),  # github-index:55231305274 (a brand site footer); section 5
    ('//             href="https://asianclothltd.m.trustpass.alibaba.com/index.html"', None, 'not-a-listing', None),  # github-index:52702249748 (a commented-out store link); a mobile trustpass host, none of the notes' store forms
    ('\t"https://proinvest.trustpass.alibaba.com/productlist.html"', 'alibaba_com', 'storefront', 'proinvest'),  # github-index:19325582883 (an Alibaba store scraper); section 5
    ('            href="https://signitiveenterprises.trustpass.alibaba.com"', 'alibaba_com', 'storefront', 'signitiveenterprises'),  # github-index:53218621817 (a TrustPass badge link); section 5
    ('            \'<a href="https://us1574989999xmzl.trustpass.alibaba.com/company_profile.html">C</a>\',', 'alibaba_com', 'storefront', 'us1574989999xmzl'),  # github-index:59457908674 (a company-key test); section 5
    ('                                    <Link href="https://giangminhviet.trustpass.alibaba.com">', 'alibaba_com', 'storefront', 'giangminhviet'),  # github-index:35314247357 (a Vietnamese company page); section 5
    ('        // https://detail.1688.com/offer/858885203091.html', '1688', 'listing', '858885203091'),  # github-index:63442561467; section 4
    ('    TEST_URL = "https://french.alibaba.com/product-detail/China-Factory-Woven-Weave-Hand-Knit-1600654196070.html?spm=a2700.7724857.0.0.613a5ec2x4aC1I"', 'alibaba_com', 'listing', '1600654196070'),  # github-index:52399153356 (a French Alibaba scraper); section 5: a language host, the id after a hyphen
    ('*[Voir la page produit ↗](https://french.alibaba.com/product-detail/Industrial-Power-Inverter-PCB-Board-AC-1601732066501.html)*', 'alibaba_com', 'listing', '1601732066501'),  # github-index:63278805161 (a French solar build README); section 5
    ("    const baseUrl = 'https://french.alibaba.com/g/liquid-fertilizer_{}.html';", None, 'not-a-listing', None),  # github-index:37612487126 (a Selenium gallery scraper); section 11: a gallery page
    ('                <a href="https://french.alibaba.com/f/cercueil-pas-cher.html"><button type="button">Buy me</button></a>', None, 'not-a-listing', None),  # github-index:12249963861 (a shop demo); section 11: a landing page
    ('    return f"https://s.1688.com/selloffer/offer_search.htm?keywords={encoded}"', None, 'not-a-listing', None),  # github-index:56121194735 (a sourcing agent tool); section 11: a search page
    ("  matches: ['*://s.1688.com/selloffer/*', '*://search.1688.com/selloffer/*', '*://www.1688.com/*'],", None, 'not-a-url', None),  # github-index:63145608470 (a 1688 extension content script); first read a search page, corrected: a pattern for any scheme (*://) holds no link (docs/listings.md), as the earlier tables read *://*.1688.com/*
    ('    expect(is1688Url("https://m.1688.com/offer/123456.htm?spm=tracking")).toBe(true);', None, 'missing-id', None),  # github-index:58391316980 (a 1688 URL test); first read not-a-listing, corrected: /offer/N.htm is a listing page in a form the notes do not name, missing-id as the earlier tables read offer/755896330395.htm
    ('https://m.1688.com/offer/789012.html"', '1688', 'listing', '789012'),  # github-index:66638170948 (a 1688 import textarea placeholder); section 4
    ('    isSupportedProductUrl("https://m.1688.com/offer/777888999.html"),', '1688', 'listing', '777888999'),  # github-index:54840889227 (a supported-URL test); section 4
    ('URL: https://m.1688.com/offer/740647797173.html', '1688', 'listing', '740647797173'),  # github-index:56722003027 (a 1688 scraping test log); section 4
    ('  // https://m.1688.com/offer/725123406270.html', '1688', 'listing', '725123406270'),  # github-index:13095635069 (an offer-id helper comment); section 4
    ("        'https://m.1688.com/offer/712345678901.html?from=share&uid=99',", '1688', 'listing', '712345678901'),  # github-index:63323811124 (a Vietnamese sourcing URL test); section 4: from=share and uid are noise
    ('    assert extract_offer_id("https://m.1688.com/offer/703974508333.html") == "703974508333"', '1688', 'listing', '703974508333'),  # github-index:53973517180 (an offer-id extractor test); section 4
    ("  ['https://m.1688.com/offer/745123456.html?spm=a260k', 'C1688', '745123456'],", '1688', 'listing', '745123456'),  # github-index:60816744525 (a sourcing URL parser table); section 4
    ('SUPPLIER_URL_TPL = "https://shop{}.1688.com"', None, 'not-a-url', None),  # github-index:66556251748 (a 1688 sourcing agent); a host template, as the earlier tables read shop{}.taobao.com
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if "trustpass" not in row[0] and "french.alibaba.com" not in row[0]],
    "a trustpass.alibaba.com store keeps its host, and a language site's /product-detail/<slug>-N"
    " listing its slug, which notes_canonical does not know: section 5 keeps an observed slug",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)


@pytest.mark.parametrize(
    ("needle", "canonical"),
    [
        (
            "China-Factory-Woven",
            "https://www.alibaba.com/product-detail/China-Factory-Woven-Weave-Hand-Knit_1600654196070.html",
        ),
        (
            "Industrial-Power-Inverter",
            "https://www.alibaba.com/product-detail/Industrial-Power-Inverter-PCB-Board-AC_1601732066501.html",
        ),
    ],
)
def test_a_french_listing_keeps_its_slug_on_the_www_form(needle: str, canonical: str) -> None:
    """The French site's ``/product-detail/<slug>-N.html`` (the id after a hyphen) has the www
    site's canonical form, the observed slug kept before ``_N.html`` (section 5)."""
    text = next(row[0] for row in ALL if needle in row[0])
    assert parse_listing(text).canonical_url == canonical


@pytest.mark.parametrize(
    ("needle", "store"),
    [
        ("nibiplastic", "https://nibiplastic.trustpass.alibaba.com/"),
        ("us1574989999xmzl", "https://us1574989999xmzl.trustpass.alibaba.com/"),
    ],
)
def test_a_trustpass_store_keeps_its_host(needle: str, store: str) -> None:
    """A ``*.trustpass.alibaba.com`` store (section 5) keeps its own host as its canonical URL."""
    text = next(row[0] for row in ALL if needle in row[0])
    assert parse_listing(text).canonical_url == store


@pytest.mark.parametrize(
    ("text", "bare", "suggestion"),
    [
        ("dj.1688.com被拦截", "dj.1688.com", None),  # banbendalao/ADgk#53 (the title)
        ("https://joinsun.1688.com店铺", "joinsun.1688.com", "https://joinsun.1688.com/"),
        ("店铺 https://uniqlo.tmall.com看看 谢谢", "uniqlo.tmall.com", "https://uniqlo.tmall.com/"),
    ],
)
def test_text_glued_after_a_genuine_host_is_named(
    text: str, bare: str, suggestion: str | None
) -> None:
    """realurls68: prose that is not ASCII glued right after a marketplace host (the title
    ``dj.1688.com被拦截``, "is blocked") stays refused (no browser reaches such a host), but the
    reason names the glued text, not "imitates 1688", and suggests the link without it where
    that is a store or a listing, as for a bar or encoded text glued there (docs/listings.md)."""
    read = parse_listing(text)
    assert (read.ok, read.code) == (False, "lookalike-host"), read
    assert "imitates" not in read.reason, read.reason
    assert f"glued after {bare}" in read.reason, read.reason
    assert read.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    ["https://uniqlo.tmall.coм", "https://t\u0430obao.com店铺", "https://item.taobao.com.evil看看"],
)
def test_a_homoglyph_before_glued_text_still_imitates(text: str) -> None:
    """A Cyrillic letter ending the host, one inside it, or a foreign host before the text stays
    a lookalike said to imitate the marketplace, suggesting nothing."""
    read = parse_listing(text)
    assert (read.code, read.suggestion) == ("lookalike-host", None), read
    assert "imitates" in read.reason, read.reason
