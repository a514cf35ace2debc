"""Sweep 22 of real listing URLs: the marketplaces and URL kinds the earlier tables covered least
(listing-urls.md; notes in /work/notes/sweep-urls22.md): one row per input with the answer the
document requires, decided from the notes, not from what the parser said.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_21.py. Every row of
``ROWS`` is a line (or an excerpt, where the index cut it) of a public file found in the code
index (``github-index:N``) or an issue thread; none of its inputs, nor the first 50 characters of
the first link of any, is in an earlier table. They aim at the thinnest counts of the earlier
tables: Lazada listings of the Indonesian, Philippine, Malaysian and Thai sites (``-i<item>-s<sku>``
and ``pdp-i`` forms, the unverified ``www.lazada.co.th/i<item>.html``), Lazada stores and short
links (``s.lazada.*``, ``c.lazada.*``) and API hosts (``acs-m.lazada.*``), Xianyu (``h5.m.goofish``,
the ``pages.goofish.com/sharexy`` share wrapper, ``item.goofish.com``, the ``fleamarket://`` app
scheme, ``ssr.m.goofish.com`` pages that are no item), Alibaba.com showroom pages and
``trustpass.alibaba.com`` stores, a 1688 vanity store, links behind an archive or a reader proxy,
and Lazada's ``/tag/<keyword>/`` search pages on four country hosts (two earlier rows had one).

``DERIVED`` holds inputs made from a real URL (each row names the source of the original) in the
forms the notes name for those marketplaces: a real Lazada item on each of the six country hosts,
Lazada short links and stores on each host, the bare host, ``http``, no scheme, the slug replaced
by ``pdp`` or dropped, no sku, the tracking and share noise of section 7, wrong TLDs, the mobile
and ``pages.`` hosts; a real Xianyu item on every Xianyu form and in share text; Tmall Global with
and without ``/hk/``, its noise, ``item_id``, its stores; 1688's mobile and H5 forms and stores;
Alibaba.com's language hosts, ``/p-detail/``, ``/product-introduction/``, the wholesaler and
mobile hosts, minisite sub-pages and store hosts; the storefronts of Taobao, Tmall and AliExpress.
"notes silent" marks a form listing-urls.md does not name: the code recorded is the parser's
documented one. ``test_canonical_urls_follow_the_notes`` checks every accepted row's canonical URL
against the notes' canonical forms.

``PART1`` holds the real inputs that failed before this sweep's fix, and constructed rows and
controls of it: a link after a word with no dot and a slash (a blog's ``20181107/https://…``
notes) was ``not-a-url`` ("no host"): such a word is no scheme-less host, so the text is searched
for its link (section 0: the first ``https?://`` token is read).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import notes_canonical as _notes_canonical
from _real_urls import table_tests
from ipprules.listings import extract_urls, parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('20181107/https://www.alibaba.com/showroom/calculator-keypads.html', None, 'not-a-listing', None),  # github-index:35140377833; a link after a date and a slash (a blog's notes): section 0 reads the first https?:// token, an Alibaba.com showroom page (section 11); was not-a-url before this sweep's fix
    ('20170416/https://www.alibaba.com/product-detail/Desktop-Crane_100305812.html  ', 'alibaba_com', 'listing', '100305812'),  # github-index:35503936004; the same blog's notation; was not-a-url before this sweep's fix
    ('20181107/http://www.todayifoundout.com/index.php/2015/10/keypad-numbering-different-phones/', None, 'not-alibaba-host', None),  # github-index:35140377833; the first link is another host's (section 0); was not-a-url before this sweep's fix
    ('20181107/https://item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),  # derived from luan007/rnn-jukebox@a9c175efe0:bom.md (listing-urls.md section 1): fix
    ('abc/https://detail.1688.com/offer/585943639773.html', '1688', 'listing', '585943639773'),  # constructed from listing-urls.md section 4 (github-index:5837061204): fix, a word before the link
    ('20181107/https://s.lazada.co.th/s.ZkuXG', None, 'short-link', None),  # derived from listing-urls.md section 10 (github-index:48933250227): fix (was not-a-url)
    ('20181107/https://www.lazada.co.th/products/pdp-i4212266679.html', 'lazada_th', 'listing', '4212266679'),  # derived from listing-urls.md section 7 (github-index:3671977916): fix
    ('x/https://evil.example/a', None, 'not-alibaba-host', None),  # constructed: fix, the link after the word is another host's (was not-a-url)
    ('20181107/DuckDuckGo reuse old calculator keypad  ', None, 'not-a-url', None),  # github-index:35140377833; control: no link (unchanged)
    ('evil.com/https://item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),  # constructed control: a dotted word is a scheme-less host, the marketplace link is in its path (section 11, unchanged)
    ('abc/item.taobao.com/item.htm?id=606832683299', None, 'not-a-url', None),  # constructed control: no scheme after the word, no link to read (unchanged)
    ('https://web.archive.org/web/20181107/https://item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),  # constructed control: an archive's link embedding one (section 0, unchanged)
    ('localhost:8080/https://item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),  # constructed control: a host with a port before the link (unchanged)
    ('item.taobao.com/item.htm?id=606832683299&u=https://evil.example/', 'taobao', 'listing', '606832683299'),  # constructed control: a scheme-less listing with a link in its query (unchanged)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("\t// {name:'5A Gold', url:'https://www.lazada.co.id/products/xiaomi-redmi-5a-gold-snapdragron-425-quad-core-i160043545-s181917409.html'", 'lazada_id', 'listing', '160043545'),  # github-index:38075172504
    ('            beli: "https://www.lazada.co.id/products/acer-laptop-gaming-nitro-v-15-anv15-51-53wr-graphics-nvidia-geforce-rtx-3050-156-fhd-intel-core-i5-13420h-ram-8gb-storage-512-gb-ssd-windows-11-i8149724594-s14548078926.html"', 'lazada_id', 'listing', '8149724594'),  # github-index:23259656993
    ('https://www.lazada.com.ph/products/shockley-43-inch-33v-480x272-resolution-rgb-gc3047-ic-driver-350-bright-tft-lcd-display-module-without-touch-40pin-plug-in-24-bit-lcd-color-screen-i3536371310-s18225500152.html', 'lazada_ph', 'listing', '3536371310'),  # github-index:45852345455
    ("    await page.goto('https://www.lazada.com.ph/products/lenovo-thinkplus-lp19-in-ear-true-wireless-earbuds-bluetooth-51-earphone-with-microphone-enc-noise-cancelling-hifi-sports-waterproof-headphones-bass-i3649062632-s19063103193.html');", 'lazada_ph', 'listing', '3649062632'),  # github-index:5551005288
    ('| 9 | **AVC 12V DC blower fan** | Super High Speed Blower, 80×80×38mm, PWM control, 4.5A | ₱330 ea = ₱2,970 | Lazada | https://www.lazada.com.ph/products/pdp-i2328323489.html |', 'lazada_ph', 'listing', '2328323489'),  # github-index:69450040039
    (' * Quelle http://www.alibaba.com/showroom/laser-cut-nbr%252fnr-industry-rubber-sheet.html', None, 'not-a-listing', None),  # github-index:44997919927; section 11: an Alibaba.com showroom (landing) page, not a listing
    ("    referenceUrl: 'https://www.alibaba.com/showroom/automatic-tile-laying-robot.html',", None, 'not-a-listing', None),  # github-index:63379875473; section 11: an Alibaba.com showroom (landing) page, not a listing
    ('https://www.alibaba.com/showroom/steel-shelving-racks.html', None, 'not-a-listing', None),  # github-index:1542798187; section 11: an Alibaba.com showroom (landing) page, not a listing
    ('https://www.alibaba.com/showroom/transparent+plastic+storage+tubs.html', None, 'not-a-listing', None),  # github-index:1542798187; section 11: an Alibaba.com showroom (landing) page, not a listing
    ('- Alibaba wholesale NH35/NH35A prices are $38–$59, with minimum orders of 1–100 pieces — [Alibaba showroom](https://www.alibaba.com/showroom/seiko-nh35-movement.html)', None, 'not-a-listing', None),  # github-index:71499662962; section 11: an Alibaba.com showroom (landing) page, not a listing
    ('            base_url = "https://www.alibaba.com/showroom/industrial-machinery"', None, 'not-a-listing', None),  # github-index:52859623686; section 11: an Alibaba.com showroom (landing) page, not a listing
    ("    data = get_json('https://acs-m.lazada.vn/h5/mtop.lazada.guided.shopping.categories.categorieslpcommon/1.0/?jsv=2.6.1&appKey=24677475&t=1726831992882&sign=572c", None, 'not-a-listing', None),  # github-index:21588348812; notes silent: acs-m.lazada.* is Lazada's mtop API host (section 7 counts api.lazada.* as no listing)
    ('  https://www.lazada.vn/products/{slug}-i{itemId}-s{skuId}.html', None, 'missing-id', None),  # github-index:63971140892; a template: no id (section 7)
    ('  POST https://acs-m.lazada.vn/h5/mtop.lazada.review.item.getpcreviewlist/1.0/', None, 'not-a-listing', None),  # github-index:63971140892; notes silent: acs-m.lazada.* is Lazada's mtop API host (section 7 counts api.lazada.* as no listing)
    ('                    href="https://www.lazada.co.id/shop/rame-tech/?itemId=4954902817&spm=a2o4j.pdp_revamp.seller.1.6c2645d3tij1NI&path=promotion-433727-0.htm&tab=promotion&chan', 'lazada_id', 'storefront', 'rame-tech'),  # github-index:30674362767
    ('                    <a href="https://www.lazada.co.id/shop/elleano-id"><img src="images/lazada.png" alt="Logo" style="height: 40px; width: auto;"></a>', 'lazada_id', 'storefront', 'elleano-id'),  # github-index:8799883738
    ('placeholder="https://www.lazada.co.id/shop/contoh">', 'lazada_id', 'storefront', 'contoh'),  # github-index:70902453598
    ('                <li><a href="https://www.lazada.co.id/shop/aamo-parfume" target="_blank" className="hover:text-gray-400 transition-colors">Lazada</a></li>', 'lazada_id', 'storefront', 'aamo-parfume'),  # github-index:67546080582
    ("                'Lazada Store' => 'https://lazada.co.id/shop/' . $this->faker->userName(),", None, 'missing-id', None),  # github-index:45429498628; section 7: a store is named by its slug; none here
    ('  { name: "Lazada", logo: "/assets/img/icon/lazada.svg", url: "https://www.lazada.co.id/shop/seaquill", description: "Harga terbaik dan promo menarik produk Sea-Quill.", badge: "Lazada Official Store", badgeColor:', 'lazada_id', 'storefront', 'seaquill'),  # github-index:53844310483
    ('  lazadaUrl: "https://www.lazada.co.id/shop/tojerbike",', 'lazada_id', 'storefront', 'tojerbike'),  # github-index:56564200753
    ('            <li>Lazada Store: <a href="https://lazada.co.id/shop/kaba" target="_blank"', 'lazada_id', 'storefront', 'kaba'),  # github-index:20456620692
    ('`https://s.lazada.sg/s.TpxxV?c=s`', None, 'short-link', None),  # github-index:69705806326; section 10: a Lazada share link cannot be resolved offline
    ('    - Powerbank [source](https://s.lazada.sg/s.0mlvQ)', None, 'short-link', None),  # github-index:5566570300; section 10: a Lazada share link cannot be resolved offline
    ('URL = "https://s.lazada.sg/s.Tfr9A?c=w"', None, 'short-link', None),  # github-index:66275660561; section 10: a Lazada share link cannot be resolved offline
    ("- [WS2812B LED Strip, 60 LED's per meter](https://s.lazada.sg/s.0zKLk), just under 2m worth but usually sold in spools of 5m ", None, 'short-link', None),  # github-index:48059945896; section 10: a Lazada share link cannot be resolved offline
    ("    url: 'https://s.lazada.sg/s.TkVZb?c=w',", None, 'short-link', None),  # github-index:68611730520; section 10: a Lazada share link cannot be resolved offline
    ("  const direct = 'https://www.lazada.sg/products/example-i123-s456.html';", None, 'malformed-id', None),  # github-index:68412046337; a placeholder id: section 7 (item ids of 9-11 digits)
    ('                                href="https://s.lazada.com.my/s.V0n6K"', None, 'short-link', None),  # github-index:1951837099; section 10: a Lazada share link cannot be resolved offline
    ('    "https://www.lazada.co.th/products/y2k-knitted-v-neck-mini-vest-fashion-spice-girl-top-slim-outerwear-beautiful-back-vest-korean-style-tee-i5595454212-s23809696215.html?pvid=a2714864-4aa2-4f38-a7b6-7a46bd5216d6&search=jfy&scm=1007.17519.386432.0&priceCompare=skuId%3A23809696215%3Bsource%3Atpp-recommend-plugin-32104%3Bsn%3Aa2714864-4aa2-4f38-a7b6-7a46bd5216d6%3BoriginPrice%3A950%3BdisplayPrice%3A950%3BsinglePromotionId%3A900000059430833%3BsingleToolCode%3ApromPrice%3BvoucherPricePlugin%3A0%3Btimestamp%3A1753414702744&spm=a2o4m.homepage.just4u.d_5595454212",', 'lazada_th', 'listing', '5595454212'),  # github-index:9762544680
    ('    "https://www.lazada.co.th/i1234567890.html",', None, 'not-a-listing', None),  # github-index:9762544680; notes: the Lazada form without /products/ is unverified (sections 7 and 14); the parser: not a listing
    ('    "https://www.lazada.co.th/products/smartphone-xiaomi-redmi-note-12-i9876543210-s1234567890.html",', 'lazada_th', 'listing', '9876543210'),  # github-index:9762544680
    ('    "https://www.lazada.co.th/i111222333.html?spm=a2o4m.homepage.just4u.d_111222333"', None, 'not-a-listing', None),  # github-index:9762544680; notes: the Lazada form without /products/ is unverified (sections 7 and 14); the parser: not a listing
    ('- ✅ สร้าง URL ใหม่ที่มีรูปแบบสั้น: `https://www.lazada.co.th/i{productId}.html`', None, 'not-a-listing', None),  # github-index:9414179402; notes: the Lazada form without /products/ is unverified (sections 7 and 14); the parser: not a listing
    ('    api_url = f"https://www.lazada.co.th/i18n/echo/?service=search&q={urllib.parse.quote(keyword)}&pageSize={limit}"', None, 'not-a-listing', None),  # github-index:61027306499; notes: the Lazada form without /products/ is unverified (sections 7 and 14); the parser: not a listing
    ("        service.parse('https://www.lazada.co.th/invalid-page'),", None, 'not-a-listing', None),  # github-index:57777063050; no listing form of section 7
    ("      location: 'https://www.lazada.co.th/item/2',", None, 'not-a-listing', None),  # github-index:54677660151; no listing form of section 7 (/item/N is not /products/)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html?clickTrackInfo=query%253Asurface%252Bslim%252Bpen%252B2%253Bnid%253A3354599645%253Bsrc%253ALazadaMainSrp%253Brn%253Ab306ac14c9bc553ad8361eba52a205b2%253Bregion%253Ath%253Bsku%253A3354599645_TH%253Bprice%253A4750.00%253Bclient%253Adesktop%253Bsupplier_id%253A100179033810%253Basc_category_id%253A14365%253Bitem_id%253A3354599645%253Bsku_id%253A12446444292%253Bshop_id%253A892503&search=1&spm=a2o4m.searchlist.list.3', 'lazada_th', 'listing', '3354599645'),  # github-index:19544958438
    ('https://www.lazada.co.th/i3354599645.html', None, 'not-a-listing', None),  # github-index:19544958438; notes: the Lazada form without /products/ is unverified (sections 7 and 14); the parser: not a listing
    ("        ##   'https://www.lazada.com.my/products/redmi-note-11-11s10s6gb8gb128gboriginal-xiaomi-malaysia-ready-stock-i2804862797-s13429928234.html',", 'lazada_my', 'listing', '2804862797'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/huawei-matepad-t10s-23gb3264gb-original-huawei-malaysai-ready-stock-i2019269555-s8017813986.html',", 'lazada_my', 'listing', '2019269555'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/apple-ipad-mini-6th-gen-wi-fi-i2481158753-s10856138295.html',", 'lazada_my', 'listing', '2481158753'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/apple-129-inch-ipad-pro-5th-gen-wi-fi-cellular-i2116141204-s8577165743.html',", 'lazada_my', 'listing', '2116141204'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/xiaomi-mi-11-lite-5g-ne8gb128256gb-original-xiaomi-malaysia-i2063198705-s8230256789.html',", 'lazada_my', 'listing', '2063198705'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/oppo-a54-4gb64128gb-original-oppo-malaysia-ready-stock-i2063114741.html',", 'lazada_my', 'listing', '2063114741'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/redmi-10c4gb64128gb-original-xiaomi-malaysia-10c-ready-stock-i2888409397-s13965567738.html?'", 'lazada_my', 'listing', '2888409397'),  # github-index:4911218814
    ("        ##   'https://www.lazada.com.my/products/oppo-reno-66-pro6z5f5-5-pro-5g-8gb12gb-128gb256gb-original-oppo-malaysiaready-stock-i1937644220.html',", 'lazada_my', 'listing', '1937644220'),  # github-index:4911218814
    ("        #    'https://www.lazada.com.my/products/redmi-9a-2gb32gb-original-xiaomi-malaysia-i1732434547.html'", 'lazada_my', 'listing', '1732434547'),  # github-index:4911218814
    ('        return f"https://pages.goofish.com/sharexy?loadingVisible=false&bft=item&bfs=idlepc.item&spm=a21ybx.item.0.0&bfp={{\\"id\\":{item_id}}}"', None, 'not-a-listing', None),  # github-index:56166053862; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8; the parser: not a listing page
    ("          buyLink:'https://pages.goofish.com/sharexy?userid=6vlVYV7BQgZdy4wDZfjobA==&bft=personal&bfp'", None, 'not-a-listing', None),  # github-index:48987341725; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8; the parser: not a listing page
    ('Vidia evaluation board. I eventually [found a few of those for sale on Xianyu for ~$500 after asking around](https://h5.m.goofish.com/item?id=712945239101), so I purchased a few of those. ', 'taobao', 'listing', '712945239101'),  # github-index:44495522190
    ('        "商品链接": "https://item.goofish.com/item.htm?id=12345"', None, 'not-a-listing', None),  # github-index:576029202; notes silent: item.goofish.com is not on the section 12 Xianyu list; the parser: not a listing page
    ('            url: "https://m.russian.alibaba.com/",', None, 'not-a-listing', None),  # github-index:38466951506; a home page (section 11)
    ('  assert.equal(b.companyUrl, "https://shop-test2.1688.com/page/creditdetail.htm", "http → https, хост строчными");', '1688', 'storefront', 'shop-test2'),  # github-index:71647872944; section 4: a vanity store label, kept as is
    ('                <h7>https://kimbinhminh.trustpass.alibaba.com</h7>', 'alibaba_com', 'storefront', 'kimbinhminh'),  # github-index:8756252201; sections 5 and 12: a trustpass.alibaba.com store host
    ("href='https://slmglobal.trustpass.alibaba.com/'>Find us on Alibaba</Link></Button>", 'alibaba_com', 'storefront', 'slmglobal'),  # github-index:21127654319; sections 5 and 12: a trustpass.alibaba.com store host
    ('  <a href="https://anantam.trustpass.alibaba.com/"><img src="alibabalogo.png" class="rounded pt-2  mx-3"  style="width:150px; max-height:150px; width:auto; height:auto;', 'alibaba_com', 'storefront', 'anantam'),  # github-index:33461771053; sections 5 and 12: a trustpass.alibaba.com store host
    ('export const AJ_GEMS_ALIBABA_URL = "https://in19081462791jbqe.trustpass.alibaba.com/";', 'alibaba_com', 'storefront', 'in19081462791jbqe'),  # github-index:66770581603; sections 5 and 12: a trustpass.alibaba.com store host
    ('(defparameter test-url "http://herbold.trustpass.alibaba.com/contactinfo.html")', 'alibaba_com', 'storefront', 'herbold'),  # github-index:46237213995; sections 5 and 12: a trustpass.alibaba.com store host
    ('- **Alibaba**: signitiveenterprises.trustpass.alibaba.com', 'alibaba_com', 'storefront', 'signitiveenterprises'),  # github-index:53479492574; sections 5 and 12: a trustpass.alibaba.com store host
    ('                    href="https://in900422812.trustpass.alibaba.com"', 'alibaba_com', 'storefront', 'in900422812'),  # github-index:53266337925; sections 5 and 12: a trustpass.alibaba.com store host
    ("url1 = 'http://uk1019369980.trustpass.alibaba.com/contactinfo.html'", 'alibaba_com', 'storefront', 'uk1019369980'),  # github-index:17517950111; sections 5 and 12: a trustpass.alibaba.com store host
    ('        "affiliate_link": f"https://s.lazada.com.my/s.test_{test_product_id}",', None, 'short-link', None),  # github-index:62747674159; section 10: a Lazada share link cannot be resolved offline
    ('  window.open("https://www.lazada.co.id/products/pdp-i7677960155-s14099512516.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253ATOP%252BUP%252BDANA%253Bnid%253A7677960155%2', 'lazada_id', 'listing', '7677960155'),  # github-index:32193055968
    ("    const raw: any = { title: 'Mouse', price: 18990, url: 'https://www.lazada.co.id/products/pdp-i123.html' };", None, 'malformed-id', None),  # github-index:60108635274; a placeholder id: section 7 (item ids of 9-11 digits)
    ("    expect(extractProductId('https://www.lazada.co.id/products/pdp-i6869666268.html')).toBe('6869666268');", 'lazada_id', 'listing', '6869666268'),  # github-index:59782878227
    ("    link: 'https://www.lazada.co.id/products/pdp-i5784198953-s14699096519.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Atempat%252Bpenyimpanan%252Bbarang%252Bbekas%", 'lazada_id', 'listing', '5784198953'),  # github-index:14132902256
    ("| 1 | `18859608699` | Women's Suit Rayon Mix Premium Striped Cotton Blouse Culottes Busui Friendly Oneset Jumbo Contemporary 2026 | https://www.lazada.co.id/products/pdp-i18859608699.html | `Rp72.800` | unavailable | `36 sold` | unavailable | 28 | Kab. Cirebon |", 'lazada_id', 'listing', '18859608699'),  # github-index:71334122505 (excerpt)
    ('        detect_marketplace("https://www.lazada.co.id/products/pdp-i123-s456.html")', None, 'malformed-id', None),  # github-index:69396104301; a placeholder id: section 7 (item ids of 9-11 digits)
    ('| `LAZADA_AFFILIATE_MASTER_LINK` | Tương tự cho Lazada; Master Link dạng `https://c.lazada.vn/t/c.xxxxx` |', None, 'short-link', None),  # github-index:57923381029 (excerpt); section 10: a Lazada affiliate link cannot be resolved offline
    ('                            <a href="https://c.lazada.vn/t/c.VkePT?sub_id1=Trade&amp;sub_id2=VN_VOYAGER_OrderConfirmation_nonCOD&amp;sub_id3=20230606&amp;sub_id4=main&amp;url', None, 'short-link', None),  # github-index:29364812059; section 10: a Lazada affiliate link cannot be resolved offline
    ('              ตัวอย่าง https://c.lazada.co.th/t/xxxxxxx', None, 'short-link', None),  # github-index:37882564203; section 10: a Lazada affiliate link cannot be resolved offline
    ("define('VAL_LAZADA_PREFIX', 'https://c.lazada.vn/t/c.ZClWXd');", None, 'short-link', None),  # github-index:7427717690; section 10: a Lazada affiliate link cannot be resolved offline
    ("'https://www.lazada.com.my/shop/mamee1629976185',", 'lazada_my', 'storefront', 'mamee1629976185'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/cosrx',", 'lazada_ph', 'storefront', 'cosrx'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/mac',", 'lazada_id', 'storefront', 'mac'),  # github-index:39597051968
    ("#     'https://lazada.com.ph/shop/lactum-store',", 'lazada_ph', 'storefront', 'lactum-store'),  # github-index:39597051968
    ("#     'https://lazada.com.ph/shop/reckitt-health-and-beauty',", 'lazada_ph', 'storefront', 'reckitt-health-and-beauty'),  # github-index:39597051968
    ("#     'https://www.lazada.com.ph/shop/lazmart',", 'lazada_ph', 'storefront', 'lazmart'),  # github-index:39597051968
    ('> > - https://www.daraz.pk/products/best-attractive-tile-stickers-pack-of-12-pieces-for-home-decor-walls-self-adhesive-designs-48-inch-x-48-inch-azamsons-i220263789-s1437765861.html?spm=a2a0e.home.flashSale.7.35e34937NwumYN&search=1&mp=1&c=fs', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/AdguardFilters/pull/88925; Daraz is not on the section 12 list of hosts
    ('        if target_url.startswith("fleamarket://"):', None, 'scheme-not-allowed', None),  # github-index:52561533343; section 0: the Xianyu app's scheme is refused
    ('    return `fleamarket://2.taobao.com/onepiece?source=auto&action=ali.open.nav&module=h5&bootimage=0&h5Url=${encodedUrl}`;', None, 'scheme-not-allowed', None),  # github-index:6805399827 (excerpt); section 0: the Xianyu app's scheme is refused
    ('                "detail_url": "fleamarket://awesome_detail?isSkill=true",', None, 'scheme-not-allowed', None),  # github-index:65830007442; section 0: the Xianyu app's scheme is refused
    ("    content = '去付款：fleamarket://order_detail?id=1&role=buyer'", None, 'scheme-not-allowed', None),  # github-index:68352981177; section 0: the Xianyu app's scheme is refused
    ('                            "actionURL": f"fleamarket://item?id={item_id}"', None, 'scheme-not-allowed', None),  # github-index:29271114777; section 0: the Xianyu app's scheme is refused
    ('FLEAMARKET_RE = re.compile(r"fleamarket://(?:item|awesome_detail).*?[?&](?:itemId|id)=(\\d+)", re.I)', None, 'scheme-not-allowed', None),  # github-index:69627305802; section 0: the Xianyu app's scheme is refused
    ("    url: ['https://*.goofish.com/*', 'https://*.idlefish.com/*'],", None, 'not-a-url', None),  # github-index:53471805500; a match pattern: no host (section 0)
    ('            "targetUrl": "https://ssr.m.goofish.com/wow/moyu/moyu-project/anime-app/pages/home?x-ssr=true&x-fcc=snapshot&api-info=W1siV1ZJZGxlRmlzaEFwaS5nZXRJbW1lcnNlU3RhdHVzQmFySGVpZ2h0Iix7fV1d&titleV', None, 'not-a-listing', None),  # github-index:14178091797; not the fish-detail page of section 8: no listing
    ('    data: "https://pages.goofish.com/sharexy?url=https%3A%2F%2Fssr.m.goofish.com%2Fwow%2Fmoyu%2Fmoyu-project%2Ffish-pool%2Fpages%2Fhome%3Fx-ssr%3Dtrue%26_from__%3Dmain%26x-cur%3DCNY%26x-lang%3Dzh-CN%26x-tz%3DAsia%252FShanghai%26x-', None, 'not-a-listing', None),  # github-index:67120412467; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8; the parser: not a listing page
    ('            arc = f"https://web.archive.org/web/{year}/https://www.alibaba.com/showroom/{chem_slug}.html"', None, 'not-alibaba-host', None),  # github-index:54090739971; section 0: the first link is an archive's, which embeds one (another host)
    ("  const snapshotUrl = 'http://web.archive.org/web/20240101000000/https://www.alibaba.com/product/9.html';", None, 'not-alibaba-host', None),  # github-index:68572269396; section 0: the first link is an archive's, which embeds one (another host)
    ("    'https://r.jina.ai/https://www.alibaba.com/product-detail/example.html',", None, 'not-alibaba-host', None),  # github-index:60942840385; section 0: the first link is a reader proxy's, which embeds one (another host)
    ('\t\t\t//https://www.alibaba.com/product-detail/China-Supply-Customization-Colorful-Promotional-Canvas_60769276405.html', 'alibaba_com', 'listing', '60769276405'),  # github-index:17243334475
    ('            //https://www.alibaba.com/product-detail/-New-Arrival-324pcs-Pokemon-Mega_60508319311.html', 'alibaba_com', 'listing', '60508319311'),  # github-index:45828648927
    ('        "url": "https://rzekl.com/g/1e8d114494fa41a0c5ab16525dc3e8/https://www.aliexpress.com/item/1005002345678901.html",', None, 'not-alibaba-host', None),  # github-index:44685502392; section 0: the first link is an affiliate redirector's
    ("    'search': 'https://www.lazada.vn/tag/robot-hut-bui/?q=',", None, 'not-a-listing', None),  # Binh2/ecommerce-scraper:constants/urls.py; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("    'next_page': 'https://www.lazada.vn/tag/robot-hut-bui/?page=%(page_index)s&q=%(keyword)s',", None, 'not-a-listing', None),  # Binh2/ecommerce-scraper:constants/urls.py; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('            "smartphones": "https://www.lazada.vn/tag/mobiles/?q=mobiles",', None, 'not-a-listing', None),  # github-index:61605715493; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("    url = 'https://www.lazada.vn/tag/tom-and-jerry/?spm=a2o4n.homepage.search.d_go&q=tom%20and%20jerry&catalog_redirect_tag=true'", None, 'not-a-listing', None),  # github-index:17437038062; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('  [" Lazada slug", "https://www.lazada.vn/tag/o-luoi-trai-nam-khong.html"],', None, 'not-a-listing', None),  # github-index:68936858588; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("  --url 'https://www.lazada.vn/tag/khan-sua-em-be/' \\", None, 'not-a-listing', None),  # github-index:56865392809; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('                base_url = "https://www.lazada.vn/tag/{0}/?page={1}".format(filter_keyword, self.page)', None, 'not-a-listing', None),  # github-index:2883927417; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('        "Dã Ngoại": "https://www.lazada.vn/tag/da-ngoai/?catalog_redirect_tag=true&q=d%C3%A3%20ngo%E1%BA%A1i&rating=1&page=2",', None, 'not-a-listing', None),  # github-index:9012300024; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('url = "https://www.lazada.vn/tag/%C4%90i%E1%BB%87n-tho%E1%BA%A1i-di-%C4%91%E1%BB%99ng/?ajax=true&catalog_redirect_tag=true&from=hp_categories&isFirstRequ', None, 'not-a-listing', None),  # github-index:21421128185; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("    Get_data_realtime('https://www.lazada.co.th/tag/top-selling/')", None, 'not-a-listing', None),  # github-index:32189032701; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("            'https://www.lazada.co.th/tag/steam-game/'", None, 'not-a-listing', None),  # github-index:11669633060; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("agent-browser open 'https://www.lazada.co.th/tag/coffee/?q=coffee'", None, 'not-a-listing', None),  # github-index:52320964994; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('            href="https://www.lazada.co.th/tag/kiki-beauty-space/"', None, 'not-a-listing', None),  # github-index:70228530691; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('    {"id": "lazmart-grocery", "name": "Grocery", "sub": "LazMart", "url": "https://www.lazada.co.th/tag/lazmart/", "target": 8000},', None, 'not-a-listing', None),  # github-index:57519785131; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('            "- [Lazada tag](https://lazada.co.th/tag/smartwatch)\\n"', None, 'not-a-listing', None),  # github-index:66173488017; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('LAZADA_URL = "https://www.lazada.co.th/tag/{slug}/?spm=a2o4m.homepage.search.d_go&q={query}&catalog_redirect_tag=true"', None, 'not-a-listing', None),  # github-index:58130955415; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("sizes:'S–XXXL', pack:'L ยกลัง', price:'~255 บาท (ครึ่งลัง)', perPiece:'~4–5 บาท/ชิ้น', tier:'ประหยัด', url:'https://www.lazada.co.th/tag/ผ้าอ้อม-molfix/' }", None, 'not-a-listing', None),  # github-index:54942224327 (excerpt); notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('    url = "https://www.lazada.com.ph/tag/laptop"', None, 'not-a-listing', None),  # github-index:38090128724; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('- [Lazada 240 GSM oversized-shirt results](https://www.lazada.com.ph/tag/240gsm-shirt-cotton-oversized/)', None, 'not-a-listing', None),  # github-index:58595914973; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('              <a className="tag-link" href="https://www.lazada.com.ph/tag/cricket-bat/" target="_blank" rel="noreferrer">Browse cricket bats on Lazada</a>', None, 'not-a-listing', None),  # github-index:52967020262; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("    html_url = f'https://www.lazada.com.ph/tag/{tag_search}/?spm=a2o4l.homepage.search.d_go&q={query_search}&catalog_redirect_tag=true'", None, 'not-a-listing', None),  # github-index:28296784166; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('        # base_url = f"https://www.lazada.com.ph/tag/gaming//?&q=gaming&service=lazmalldaily&page={{pageNum}}"  # debug', None, 'not-a-listing', None),  # github-index:48333369502; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('    url = "https://www.lazada.sg/tag/smartphone/"', None, 'not-a-listing', None),  # github-index:3154712584; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('        ("https://www.lazada.sg/products/sony-x-i2322132553.html", True),', 'lazada_sg', 'listing', '2322132553'),  # github-index:69811843954
    ('        ("https://www.lazada.sg/tag/sony-wh-1000xm5/", False),', None, 'not-a-listing', None),  # github-index:69811843954; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('        ("https://www.lazada.sg/shop-ce-headphones/", False),', None, 'not-a-listing', None),  # github-index:69811843954; section 7: /shop-<category>/ is a category page, not a store
    ('      url: "https://www.lazada.sg/tag/fitbit/",', None, 'not-a-listing', None),  # github-index:53155680742; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ('    assert _marketplace_listing_page("https://www.lazada.sg/tag/office-chair/")', None, 'not-a-listing', None),  # github-index:68349808973; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
    ("        self.url = f'https://www.lazada.sg/tag/{self.item}/?page={page_num}'", None, 'not-a-listing', None),  # github-index:35061615940; notes silent: /tag/<keyword>/ is Lazada's tag search page (section 7 names /catalog/?q=); the parser: not a listing page
]  # fmt: skip

DERIVED: list[tuple[str, str | None, str, str | None]] = [
    ('https://www.lazada.sg/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_sg', 'listing', '3354599645'),  # derived from github-index:19544958438; on the sg host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.id/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_id', 'listing', '3354599645'),  # derived from github-index:19544958438; on the co.id host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.com.my/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_my', 'listing', '3354599645'),  # derived from github-index:19544958438; on the com.my host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.com.ph/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_ph', 'listing', '3354599645'),  # derived from github-index:19544958438; on the com.ph host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.vn/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_vn', 'listing', '3354599645'),  # derived from github-index:19544958438; on the vn host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.sg/products/apple-ipad-mini-6th-gen-wi-fi-i2481158753-s10856138295.html', 'lazada_sg', 'listing', '2481158753'),  # derived from github-index:4911218814; on the sg host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.id/products/apple-ipad-mini-6th-gen-wi-fi-i2481158753-s10856138295.html', 'lazada_id', 'listing', '2481158753'),  # derived from github-index:4911218814; on the co.id host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.th/products/apple-ipad-mini-6th-gen-wi-fi-i2481158753-s10856138295.html', 'lazada_th', 'listing', '2481158753'),  # derived from github-index:4911218814; on the co.th host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.com.ph/products/apple-ipad-mini-6th-gen-wi-fi-i2481158753-s10856138295.html', 'lazada_ph', 'listing', '2481158753'),  # derived from github-index:4911218814; on the com.ph host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.vn/products/apple-ipad-mini-6th-gen-wi-fi-i2481158753-s10856138295.html', 'lazada_vn', 'listing', '2481158753'),  # derived from github-index:4911218814; on the vn host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.sg/products/pdp-i6869666268.html', 'lazada_sg', 'listing', '6869666268'),  # derived from github-index:59782878227; on the sg host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.com.my/products/pdp-i6869666268.html', 'lazada_my', 'listing', '6869666268'),  # derived from github-index:59782878227; on the com.my host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.th/products/pdp-i6869666268.html', 'lazada_th', 'listing', '6869666268'),  # derived from github-index:59782878227; on the co.th host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.com.ph/products/pdp-i6869666268.html', 'lazada_ph', 'listing', '6869666268'),  # derived from github-index:59782878227; on the com.ph host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.vn/products/pdp-i6869666268.html', 'lazada_vn', 'listing', '6869666268'),  # derived from github-index:59782878227; on the vn host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.sg/products/pdp-i2328323489.html', 'lazada_sg', 'listing', '2328323489'),  # derived from github-index:69450040039; on the sg host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.id/products/pdp-i2328323489.html', 'lazada_id', 'listing', '2328323489'),  # derived from github-index:69450040039; on the co.id host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.com.my/products/pdp-i2328323489.html', 'lazada_my', 'listing', '2328323489'),  # derived from github-index:69450040039; on the com.my host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.th/products/pdp-i2328323489.html', 'lazada_th', 'listing', '2328323489'),  # derived from github-index:69450040039; on the co.th host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.vn/products/pdp-i2328323489.html', 'lazada_vn', 'listing', '2328323489'),  # derived from github-index:69450040039; on the vn host: section 7, the country host names the platform (ids are per country site)
    ('https://www.lazada.co.th/products/pdp-i3354599645-s12446444292.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; the slug replaced by pdp: section 7 (the form Lazada emits)
    ('https://www.lazada.co.th/products/i3354599645-s12446444292.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; no slug: section 7 (/products/i<item>.html)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; no sku: section 7 (-s<sku> optional)
    ('https://www.lazada.co.th/products/i3354599645.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; neither slug nor sku: section 7
    ('https://lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; the bare host: sections 7 and 12
    ('http://lazada.co.th/products/pdp-i3354599645-s12446444292.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; the bare host over http: section 7
    ('www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; no scheme: section 0
    ('https://WWW.LAZADA.CO.TH/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; an upper-cased host: section 0
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html?spm=a2o4m.searchlist.list.3&search=1&mp=1&c=&clickTrackInfo=query%253Asurface%253Bnid%253A3354599645', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; tracking noise of section 7 (spm, search, mp, c, clickTrackInfo)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html?dsource=share&laz_share_info=9532664_100_100_5449387_9533664_null&laz_token=d994010eeff70e9df2d3f465d5b0e727', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; share noise of section 7 (dsource, laz_share_info, laz_token)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html?trafficFrom=17449020_303586&laz_trackid=2:mm_150031303_51203008_2010253004:clkgl3t6i1hikm7jkgi6gu&mkttid=clkgl3t6i1hikm7jkgi6gu', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; affiliate noise of section 7 (trafficFrom, laz_trackid, mkttid)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html#module_product_review', 'lazada_th', 'listing', '3354599645'),  # derived from github-index:19544958438; a fragment: section 0 drops it
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i335-s12446444292.html', None, 'malformed-id', None),  # derived from github-index:19544958438; the item id cut to 3 digits: section 7 (item ids of 9-11 digits)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger.html', None, 'missing-id', None),  # derived from github-index:19544958438; no -i<item>: section 7 (the item id is the listing identity)
    ('https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-s12446444292.html', None, 'missing-id', None),  # derived from github-index:19544958438; a sku without its item: section 7 (the listing identity is the item id)
    ('https://www.lazada.co.uk/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'lookalike-host', None),  # derived from github-index:19544958438; a wrong TLD: section 11 (lazada.co.uk)
    ('https://www.lazada.com.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'lookalike-host', None),  # derived from github-index:19544958438; a wrong TLD (com.th): sections 11, 12 (a host bearing the name, not on the list)
    ('https://www.lazada.com/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'not-a-listing', None),  # derived from github-index:19544958438; lazada.com, the corporate site: section 11 (not a marketplace site); the parser's code
    ('https://www.lazada.co.th.evil.example/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'lookalike-host', None),  # derived from github-index:19544958438; the host used as a subdomain: section 11
    ('https://www.notlazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'lookalike-host', None),  # derived from github-index:19544958438; a name squat: section 11 (notlazada)
    ('https://m.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'not-a-listing', None),  # derived from github-index:19544958438; notes silent: a mobile host m.lazada.* is not on the section 12 list (parser: not a listing page)
    ('https://pages.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger-i3354599645-s12446444292.html', None, 'not-a-listing', None),  # derived from github-index:19544958438; pages.lazada.* serves campaigns (section 7), not listings; notes silent on /products/ there
    ('https://www.lazada.co.th/catalog/?q=microsoft+surface+slim+pen+2', None, 'not-a-listing', None),  # derived from github-index:19544958438; a search page: section 7 (/catalog/?q=)
    ('https://s.lazada.co.th/s.ZkuXG', None, 'short-link', None),  # derived from listing-urls.md section 10 (github-index:48933250227); a share link: section 10
    ('https://s.lazada.sg/s.0zKLk', None, 'short-link', None),  # derived from github-index:48059945896; on the sg host: section 10 (s.lazada.{tld}/s.<code>)
    ('https://s.lazada.sg/s.0zKLk?cc', None, 'short-link', None),  # derived from github-index:48059945896; on the sg host with ?cc: section 10
    ('https://c.lazada.sg/t/c.2Kyzso', None, 'short-link', None),  # derived from github-index:51939608314; on the sg host: section 10 (c.lazada.{tld}/t/c.<code>)
    ('https://s.lazada.co.id/s.0zKLk', None, 'short-link', None),  # derived from github-index:48059945896; on the co.id host: section 10 (s.lazada.{tld}/s.<code>)
    ('https://s.lazada.co.id/s.0zKLk?cc', None, 'short-link', None),  # derived from github-index:48059945896; on the co.id host with ?cc: section 10
    ('https://c.lazada.co.id/t/c.2Kyzso', None, 'short-link', None),  # derived from github-index:51939608314; on the co.id host: section 10 (c.lazada.{tld}/t/c.<code>)
    ('https://s.lazada.com.my/s.0zKLk', None, 'short-link', None),  # derived from github-index:48059945896; on the com.my host: section 10 (s.lazada.{tld}/s.<code>)
    ('https://s.lazada.com.my/s.0zKLk?cc', None, 'short-link', None),  # derived from github-index:48059945896; on the com.my host with ?cc: section 10
    ('https://c.lazada.com.my/t/c.2Kyzso', None, 'short-link', None),  # derived from github-index:51939608314; on the com.my host: section 10 (c.lazada.{tld}/t/c.<code>)
    ('https://s.lazada.co.th/s.0zKLk', None, 'short-link', None),  # derived from github-index:48059945896; on the co.th host: section 10 (s.lazada.{tld}/s.<code>)
    ('https://s.lazada.co.th/s.0zKLk?cc', None, 'short-link', None),  # derived from github-index:48059945896; on the co.th host with ?cc: section 10
    ('https://c.lazada.co.th/t/c.2Kyzso', None, 'short-link', None),  # derived from github-index:51939608314; on the co.th host: section 10 (c.lazada.{tld}/t/c.<code>)
    ('https://s.lazada.com.ph/s.0zKLk', None, 'short-link', None),  # derived from github-index:48059945896; on the com.ph host: section 10 (s.lazada.{tld}/s.<code>)
    ('https://s.lazada.com.ph/s.0zKLk?cc', None, 'short-link', None),  # derived from github-index:48059945896; on the com.ph host with ?cc: section 10
    ('https://c.lazada.com.ph/t/c.2Kyzso', None, 'short-link', None),  # derived from github-index:51939608314; on the com.ph host: section 10 (c.lazada.{tld}/t/c.<code>)
    ('https://s.lazada.vn/s.0zKLk', None, 'short-link', None),  # derived from github-index:48059945896; on the vn host: section 10 (s.lazada.{tld}/s.<code>)
    ('https://s.lazada.vn/s.0zKLk?cc', None, 'short-link', None),  # derived from github-index:48059945896; on the vn host with ?cc: section 10
    ('https://c.lazada.vn/t/c.2Kyzso', None, 'short-link', None),  # derived from github-index:51939608314; on the vn host: section 10 (c.lazada.{tld}/t/c.<code>)
    ('https://www.lazada.sg/shop/rame-tech/', 'lazada_sg', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the sg host: section 7 (/shop/<slug>/)
    ('https://www.lazada.sg/shop/rame-tech/?itemId=4954902817&channelSource=pdp', 'lazada_sg', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the sg host, from a product page: section 7 (?itemId=&channelSource=pdp)
    ('https://www.lazada.co.id/shop/rame-tech/', 'lazada_id', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the co.id host: section 7 (/shop/<slug>/)
    ('https://www.lazada.co.id/shop/rame-tech/?itemId=4954902817&channelSource=pdp', 'lazada_id', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the co.id host, from a product page: section 7 (?itemId=&channelSource=pdp)
    ('https://www.lazada.com.my/shop/rame-tech/', 'lazada_my', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the com.my host: section 7 (/shop/<slug>/)
    ('https://www.lazada.com.my/shop/rame-tech/?itemId=4954902817&channelSource=pdp', 'lazada_my', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the com.my host, from a product page: section 7 (?itemId=&channelSource=pdp)
    ('https://www.lazada.co.th/shop/rame-tech/', 'lazada_th', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the co.th host: section 7 (/shop/<slug>/)
    ('https://www.lazada.co.th/shop/rame-tech/?itemId=4954902817&channelSource=pdp', 'lazada_th', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the co.th host, from a product page: section 7 (?itemId=&channelSource=pdp)
    ('https://www.lazada.com.ph/shop/rame-tech/', 'lazada_ph', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the com.ph host: section 7 (/shop/<slug>/)
    ('https://www.lazada.com.ph/shop/rame-tech/?itemId=4954902817&channelSource=pdp', 'lazada_ph', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the com.ph host, from a product page: section 7 (?itemId=&channelSource=pdp)
    ('https://www.lazada.vn/shop/rame-tech/', 'lazada_vn', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the vn host: section 7 (/shop/<slug>/)
    ('https://www.lazada.vn/shop/rame-tech/?itemId=4954902817&channelSource=pdp', 'lazada_vn', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; on the vn host, from a product page: section 7 (?itemId=&channelSource=pdp)
    ('https://www.lazada.co.id/shop/rame-tech', 'lazada_id', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; no final slash: section 7
    ('https://www.lazada.co.id/shop/rame-tech/?path=index.htm&tab=promotion', 'lazada_id', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; path=index.htm: section 7
    ('https://lazada.co.id/shop/rame-tech/', 'lazada_id', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; the bare host: section 7
    ('www.lazada.co.id/shop/rame-tech/', 'lazada_id', 'storefront', 'rame-tech'),  # derived from github-index:30674362767; no scheme: section 0
    ('https://www.lazada.co.id/shop/', None, 'missing-id', None),  # derived from github-index:30674362767; no slug: section 7 (the store is named by its slug)
    ('https://www.lazada.co.id/shop-rame-tech/', None, 'not-a-listing', None),  # derived from github-index:30674362767; /shop-<x>/ is a category page: section 7
    ('https://m.lazada.co.id/shop/rame-tech/', None, 'not-a-listing', None),  # derived from github-index:30674362767; notes silent: m.lazada.* is not on the section 12 list (parser: not a listing page)
    ('https://www.lazada.co.id/shop/site/api/seller/products?shopId=1&sellerId=2', None, 'not-a-listing', None),  # derived from github-index:30674362767; /shop/site/api/ is an API: section 7
    ('https://www.lazada.co.uk/shop/rame-tech/', None, 'lookalike-host', None),  # derived from github-index:30674362767; a wrong TLD: section 11
    ('https://www.goofish.com/item?id=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; the desktop form: section 8 (filed under Taobao, ipp-rules.md B1)
    ('https://www.goofish.com/item?spm=a21ybx.item.0.0&id=712945239101&categoryId=125952002', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; spm and categoryId are noise: section 8
    ('https://h5.m.goofish.com/item?itemId=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; ?itemId=: section 8
    ('https://h5.m.goofish.com/item?forceFlush=1&id=712945239101&hitNativeDetail=true&xy_refer=share&from_kun_share=1&tk=abc', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; the noise of section 8 (forceFlush, hitNativeDetail, xy_refer, from_kun_share, tk)
    ('https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?x-ssr=true&uniapp_id=1012562&uniapp_page=detail-ssr&id=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; the SSR form: section 8
    ('https://2.taobao.com/item.htm?id=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; the legacy host: section 8
    ('http://2.taobao.com/item.htm?spm=2007.1000337.0.0&id=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; the legacy host over http, spm first: sections 0, 8
    ('h5.m.goofish.com/item?id=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; no scheme: section 0
    ('https://H5.M.GOOFISH.COM/item?id=712945239101', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; an upper-cased host: section 0
    ('【闲鱼】https://h5.m.goofish.com/item?id=712945239101 「我在闲鱼发布了」', 'taobao', 'listing', '712945239101'),  # derived from github-index:44495522190; in share text: section 0 (the first link is read)
    ('https://h5.m.goofish.com/item?id=wheel-001', None, 'malformed-id', None),  # derived from github-index:44495522190; a word for an id: section 11 (goofish.com/item?id=wheel-001)
    ('https://h5.m.goofish.com/item?spm=a21ybx.item.0.0', None, 'missing-id', None),  # derived from github-index:44495522190; spm without an id: section 11
    ('https://www.goofish.com/search?q=jetson', None, 'not-a-listing', None),  # derived from github-index:44495522190; a search page: section 11 (goofish.com/search?)
    ('https://notgoofish.com.evil.example/item?id=712945239101', None, 'lookalike-host', None),  # derived from github-index:44495522190; a lookalike: section 11
    ('fleamarket://item?id=712945239101', None, 'scheme-not-allowed', None),  # derived from github-index:44495522190; the Xianyu app's scheme (github-index:29271114777): section 0 rejects other schemes
    ('https://www.goofish.com/personal?userId=1666703902', 'taobao', 'storefront', '1666703902'),  # derived from listing-urls.md section 8; a seller profile: section 8
    ('https://detail.tmall.hk/item.htm?id=575153295527', 'tmall_global', 'listing', '575153295527'),  # derived from github-index:26623996707; without /hk/: section 3
    ('http://detail.tmall.hk/hk/item.htm?id=575153295527', 'tmall_global', 'listing', '575153295527'),  # derived from github-index:26623996707; over http: section 0
    ('detail.tmall.hk/hk/item.htm?id=575153295527', 'tmall_global', 'listing', '575153295527'),  # derived from github-index:26623996707; no scheme: section 0
    ('https://detail.tmall.hk/hk/item.htm?spm=a220m.1000858.1000725.25.39df5dedkLGUE5&id=575153295527&skuId=3207895064628&areaId=440300&is_b=1&user_id=2956756848&cat_id=50026505&rn=2563b85d76e776e4dd26a13103df62bd', 'tmall_global', 'listing', '575153295527'),  # derived from github-index:26623996707; the noise of sections 2 and 3 (skuId, areaId, is_b, user_id, cat_id, rn)
    ('https://detail.tmall.hk/hk/item.htm?item_id=575153295527', 'tmall_global', 'listing', '575153295527'),  # derived from github-index:26623996707; item_id: sections 1 and 9 (the IPP pattern)
    ('https://detail.tmall.com/item.htm?id=575153295527', 'tmall', 'listing', '575153295527'),  # derived from github-index:26623996707; the same id on Tmall's host: sections 2, 3 (one id space; the host names the site)
    ('https://detail.m.tmall.com/item.htm?id=575153295527&toSite=main', 'tmall', 'listing', '575153295527'),  # derived from github-index:26623996707; the mobile host Tmall Global items open on: section 3 (it does not reveal Global); the parser names Tmall
    ('https://detail.tmall.hk/hk/search.htm?q=x', None, 'not-a-listing', None),  # derived from github-index:26623996707; a search page on the detail host: section 11
    ('https://detail.tmall.hk/hk/item.htm?id=', None, 'missing-id', None),  # derived from github-index:26623996707; an empty id: section 11
    ('https://detail.tmall.hk.evil.example/hk/item.htm?id=575153295527', None, 'lookalike-host', None),  # derived from github-index:26623996707; the host used as a subdomain: section 11
    ('https://novella.tmall.hk/', 'tmall_global', 'storefront', 'novella'),  # derived from github-index:34590137507; a vanity store's root: section 3
    ('https://novella.tmall.hk/index.htm', 'tmall_global', 'storefront', 'novella'),  # derived from github-index:34590137507; /index.htm: section 3
    ('https://novella.tmall.hk/shop/view_shop.htm?user_number_id=2130139739', 'tmall_global', 'storefront', 'novella'),  # derived from github-index:34590137507; view_shop with a seller id: section 3
    ('novella.tmall.hk', 'tmall_global', 'storefront', 'novella'),  # derived from github-index:34590137507; the bare host, no scheme: sections 0, 3
    ('https://novella.tmall.com/', 'tmall', 'storefront', 'novella'),  # derived from github-index:34590137507; the same label on Tmall: section 2
    ('https://detail.1688.com/offer/559836312862.html', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; the desktop form: section 4
    ('http://m.1688.com/offer/559836312862.html?spm=a26g8.7662792.1998744630.1.TBKyfT', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; the mobile form with spm: section 4
    ('https://detail.m.1688.com/page/index.htm?offerId=559836312862', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; the mobile H5 form: section 4
    ('https://detail.m.1688.com/page/index.htm?offerId=559836312862&spm=a26g8.7662792&sk=consign', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; only offerId is kept: section 4
    ('https://detail.1688.com/offer/559836312862.html?spm=a261p.8650809.0.0&tracelog=cps&clickid=e4f7eaf54a50c5a293338d5f39f68907&sk=consign&_end_point_=1', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; every query parameter is noise: section 4
    ('m.1688.com/offer/559836312862.html', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; no scheme: section 0
    ('https://M.1688.COM/offer/559836312862.html', '1688', 'listing', '559836312862'),  # derived from github-index:27674135718; an upper-cased host: section 0
    ('https://m.1688.com/offer/559836312862.htm', None, 'missing-id', None),  # derived from github-index:27674135718; notes silent: .htm for .html (section 4 names N.html only)
    ('https://detail.m.1688.com/page/index.htm?offerid=559836312862', None, 'missing-id', None),  # derived from github-index:27674135718; a lower-cased key: section 0 (query keys are case-sensitive: offerId)
    ('https://s.1688.com/selloffer/offer_search.htm?keywords=abc', None, 'not-a-listing', None),  # derived from github-index:27674135718; a search page: section 11
    ('https://detail.1688.com.cn/offer/559836312862.html', None, 'lookalike-host', None),  # derived from github-index:27674135718; a wrong TLD: section 11 (1688.com.cn)
    ('https://detail.l688.com/offer/559836312862.html', None, 'lookalike-host', None),  # derived from github-index:27674135718; a homoglyph (l688): section 11
    ('https://qr.1688.com/s/7OnLCakq', None, 'short-link', None),  # derived from listing-urls.md section 10 (github-index:70852935442); a share link: section 10 (listing-urls.md's example)
    ('https://shop1434560114962.1688.com/', '1688', 'storefront', 'shop1434560114962'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); a store's root: section 4
    ('https://shop1434560114962.1688.com/page/offerlist.htm', '1688', 'storefront', 'shop1434560114962'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); its offer list: section 4
    ('https://shop1434560114962.1688.com/page/index.html?spm=a2615.2177701.0.0', '1688', 'storefront', 'shop1434560114962'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); its home page with spm: section 4
    ('https://shop1434560114962.1688.com/page/creditdetail.htm', '1688', 'storefront', 'shop1434560114962'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); its credit page (real form: github-index:29230314057): section 4 keeps the label
    ('https://shop1434560114962.1688.com/page/contactinfo.htm', '1688', 'storefront', 'shop1434560114962'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); its contact page: section 4 keeps the label
    ('shop1434560114962.1688.com', '1688', 'storefront', 'shop1434560114962'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); the bare host, no scheme: sections 0, 4
    ('https://m.1688.com/winport/b2b-2546450021uezz8.html', '1688', 'storefront', 'b2b-2546450021uezz8'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); the mobile store: section 4
    ('https://m.1688.com/winport/b2b-2546450021uezz8.html?spm=a26g8.7664810&sk=consign', '1688', 'storefront', 'b2b-2546450021uezz8'),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); the mobile store with noise: section 4
    ('https://shop1434560114962.m.1688.com/', None, 'not-a-listing', None),  # derived from listing-urls.md section 4 (github-index:35452216544 and cachho/cn-links); notes silent: a store label on the mobile host is not a section 4 store form (parser: not a listing page)
    ('https://spanish.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # derived from listing-urls.md section 5 (github-index:26679814834); a language host: section 5
    ('https://german.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html?spm=a2700.galleryofferlist.normal_offer.d_title&s=p', 'alibaba_com', 'listing', '1600270997819'),  # derived from listing-urls.md section 5 (github-index:26679814834); a language host with spm and s=p: section 5
    ('https://german.alibaba.com/p-detail/Most-Popular-GME12864-White-4pins-I2C-1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # derived from github-index:6701001068 and listing-urls.md section 5; the language hosts' /p-detail/<slug>-N.html (real: github-index:6701001068): docs/listings.md; notes silent
    ('https://www.alibaba.com/product-introduction/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # derived from listing-urls.md section 5 (github-index:26679814834); /product-introduction/: section 5
    ('https://wholesaler.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # derived from listing-urls.md section 5 (github-index:26679814834); the wholesaler host: section 5
    ('https://m.alibaba.com/product/1600270997819/Most-Popular-GME12864-White-4pins-I2C.html', 'alibaba_com', 'listing', '1600270997819'),  # derived from listing-urls.md section 5 (github-index:26679814834); the mobile form with a slug: section 5
    ('https://m.alibaba.com/product/1600270997819.html?s=p&spm=a2706.7843299', 'alibaba_com', 'listing', '1600270997819'),  # derived from listing-urls.md section 5 (github-index:26679814834); the mobile form without a slug: section 5
    ('https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C.html', None, 'missing-id', None),  # derived from listing-urls.md section 5 (github-index:26679814834); a slug without its id: section 5 (only the trailing _N.html number matters)
    ('https://www.alibaba.com/showroom/most-popular-gme12864-white-4pins-i2c.html', None, 'not-a-listing', None),  # derived from listing-urls.md section 5 (github-index:26679814834); a showroom page: section 11
    ('https://www.alibaba.com/trade/search?SearchText=gme12864', None, 'not-a-listing', None),  # derived from listing-urls.md section 5 (github-index:26679814834); a search page: section 11
    ('https://www.alibaba.com.evil.example/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', None, 'lookalike-host', None),  # derived from listing-urls.md section 5 (github-index:26679814834); the host used as a subdomain: section 11
    ('https://qiangu.en.alibaba.com/', 'alibaba_com', 'storefront', 'qiangu'),  # derived from github-index:56340715601; a minisite's root: section 5
    ('https://qiangu.en.alibaba.com/productlist.html', 'alibaba_com', 'storefront', 'qiangu'),  # derived from github-index:56340715601; its product list: section 5
    ('https://qiangu.en.alibaba.com/fr_FR/company_profile.html', 'alibaba_com', 'storefront', 'qiangu'),  # derived from github-index:56340715601; a language sub-page: section 5
    ('https://qiangu.trustpass.alibaba.com/', 'alibaba_com', 'storefront', 'qiangu'),  # derived from github-index:56340715601; the trustpass host: sections 5, 12
    ('https://qiangu.fm.alibaba.com/', 'alibaba_com', 'storefront', 'qiangu'),  # derived from github-index:56340715601; the fm host: sections 5, 12
    ('https://qiangu.en.alibaba.com/product/1600431150057-820872629/x.html', 'alibaba_com', 'listing', '1600431150057'),  # derived from github-index:56340715601; a /product/ path under a store host is a listing: section 5
    ('https://qiangu.alibaba.com/', None, 'not-a-listing', None),  # derived from github-index:56340715601; notes silent: a label straight under alibaba.com is no store form of section 5 (parser: not a listing page)
    ('https://shop118454188.taobao.com/', 'taobao', 'storefront', '118454188'),  # derived from listing-urls.md section 1 (WeActStudio/BluePill-Plus@d023b883a3); a shop id's root: section 1
    ('shop118454188.taobao.com/index.htm', 'taobao', 'storefront', '118454188'),  # derived from listing-urls.md section 1 (WeActStudio/BluePill-Plus@d023b883a3); no scheme, /index.htm: sections 0, 1
    ('https://shop118454188.world.taobao.com/', 'taobao', 'storefront', '118454188'),  # derived from listing-urls.md section 1 (WeActStudio/BluePill-Plus@d023b883a3); the World host: section 1
    ('https://world.taobao.com/dianpu/118454188.htm', 'taobao', 'storefront', '118454188'),  # derived from listing-urls.md section 1 (WeActStudio/BluePill-Plus@d023b883a3); the World dianpu form: section 1
    ('https://shop118454188.m.taobao.com/', None, 'not-a-listing', None),  # derived from listing-urls.md section 1 (WeActStudio/BluePill-Plus@d023b883a3); notes silent: a shop label on m.taobao.com is no section 1 store form (parser: not a listing page)
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157', 'taobao', 'storefront', '2731750157'),  # derived from listing-urls.md section 1 (github-index:4696561556); a seller id: section 1
    ('https://uniqlo.tmall.com/index.htm', 'tmall', 'storefront', 'uniqlo'),  # derived from listing-urls.md section 2 (Wangdanzi/panli@2e25b7ccfb); a vanity store: section 2
    ('https://uniqlo.m.tmall.com/', 'tmall', 'storefront', 'uniqlo'),  # derived from listing-urls.md section 2 (Wangdanzi/panli@2e25b7ccfb); the mobile store host: section 2
    ('https://uniqlo.tmall.com/shop/view_shop.htm?shop_id=116576560', 'tmall', 'storefront', 'uniqlo'),  # derived from listing-urls.md section 2 (Wangdanzi/panli@2e25b7ccfb); view_shop with a shop id: section 2
    ('https://uniqlo.tmall.hk/', 'tmall_global', 'storefront', 'uniqlo'),  # derived from listing-urls.md section 2 (Wangdanzi/panli@2e25b7ccfb); the same label on Tmall Global: section 3
    ('https://www.aliexpress.com/store/1104927695?spm=a2g0o.detail.1000007.1', 'aliexpress', 'storefront', '1104927695'),  # derived from listing-urls.md section 6 (WeActStudio/BluePill-Plus@d023b883a3); a store with spm: section 6
    ('https://www.aliexpress.us/store/1104927695', 'aliexpress', 'storefront', '1104927695'),  # derived from listing-urls.md section 6 (WeActStudio/BluePill-Plus@d023b883a3); the US host: section 6 (regional hosts share the space)
    ('https://aliexpress.ru/store/1104927695', 'aliexpress', 'storefront', '1104927695'),  # derived from listing-urls.md section 6 (WeActStudio/BluePill-Plus@d023b883a3); the Russian host: section 6
    ('https://www.aliexpress.com/store/feedback-score/1104927695.html', 'aliexpress', 'storefront', '1104927695'),  # derived from listing-urls.md section 6 (WeActStudio/BluePill-Plus@d023b883a3); a store sub-page: section 6
    ('https://www.aliexpress.com/store/group/usb/1104927695_517157097.html', 'aliexpress', 'storefront', '1104927695'),  # derived from listing-urls.md section 6 (WeActStudio/BluePill-Plus@d023b883a3); a store group page: section 6
]  # fmt: skip

ALL = PART1 + ROWS + DERIVED

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def _canonical(text: str, platform: str, kind: str, id: str) -> str | None:
    """The canonical URL the notes give a row: ``_real_urls.notes_canonical``, and the store
    hosts and forms it does not name: ``trustpass.`` and ``fm.`` Alibaba.com stores keep their
    host (sections 5 and 12), an observed Alibaba.com slug is kept whatever the path
    (``/product-introduction/``, the language hosts' ``/p-detail/<slug>-N.html``; section 5), a
    Xianyu seller's profile is its own URL (section 8)."""
    low = text.lower()
    if platform == "alibaba_com" and kind == "storefront":
        for sub in ("trustpass", "fm"):
            if f"{id}.{sub}.alibaba.com" in low:
                return f"https://{id}.{sub}.alibaba.com/"
    for form, sep in (("/product-introduction/", "_"), ("/p-detail/", "-")):
        if platform == "alibaba_com" and kind == "listing" and form in text:
            slug = text.split(form, 1)[1].split(f"{sep}{id}.html", 1)[0]  # section 5: kept
            return f"https://www.alibaba.com/product-detail/{slug}_{id}.html"
    if platform == "taobao" and kind == "storefront" and "goofish.com/personal" in low:
        return "https://www.goofish.com/personal?userId=" + quote(id, safe="")
    return _notes_canonical(text, platform, kind, id)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace."""
    result = parse_listing(text)
    expected = _canonical(text, platform, kind, id)
    assert expected is not None, text
    assert result.canonical_url == expected, text


_LINKS = [
    "https://www.lazada.co.th/products/microsoft-surface-slim-pen-2-not-include-slim-pen-charger"
    "-i3354599645-s12446444292.html",
    "https://h5.m.goofish.com/item?id=712945239101",
    "https://detail.tmall.hk/hk/item.htm?id=575153295527",
    "https://m.1688.com/offer/559836312862.html",
    "https://www.alibaba.com/product-detail/Desktop-Crane_100305812.html",
    "https://www.lazada.co.id/shop/rame-tech/",
    "https://s.lazada.sg/s.0zKLk",
    "https://item.taobao.com/item.htm?id=606832683299",
    "http://www.aliexpress.com/item/32243491951.html",
    "https://www.alibaba.com/showroom/calculator-keypads.html",
    "https://evil.example/a",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS),
       st.sampled_from(["20181107", "abc", "x", "2024-01-01", "notes_1", "Quelle"]),
       st.sampled_from(["", " ", "\n"]))  # fmt: skip
def test_a_word_with_no_dot_before_a_link_is_no_host(link: str, word: str, after: str) -> None:
    """A link after a word with no dot and a slash (``20181107/https://…``) gets the answer of
    the link alone, ``extract_urls`` names it, and the thorough parser and the columnar kernel
    give ``parse_listing``'s answer (each was not-a-url, "no host")."""
    text = f"{word}/{link}{after}"
    result = parse_listing(text)
    alone = parse_listing(link).as_dict()
    assert {**result.as_dict(), "input": link} == alone, text
    assert extract_urls(text)[:1] == [link], text
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]
