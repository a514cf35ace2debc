"""Sweep realurls67 of listing URLs (notes in /work/notes/sweep-realurls67.md): 97 real strings
from Lazada's six countries and AliExpress as Southeast Asian users and tools write them: app
share links (``s.lazada.*/s.<code>`` with ``?c=``, ``?cc``, ``t=p-i…`` and ``laz_share_info``),
affiliate links (``c.lazada.*/t/c.<code>``, with ``sub_aff_id`` and ``url=``), Involve Asia
(``invol.co``) and ``lzd.co`` links, product pages with ``-i<id>-s<sku>.html`` and a search
result's ``clickTrackInfo``/``priceCompare``, LazMall and shop pages (``/shop/<slug>/`` with
``path=``, ``itemId=…&channelSource=pdp``), the seller center and its old API, account
(``my.lazada.*``), mobile (``m.lazada.*``) and RedMart pages, ``lazada://`` app schemes, a
Vietnamese crawler's link-error log, and AliExpress's regional hosts (``th.``, ``vi.``, ``id.``,
``m.id.`` and ``aliexpress.ru``, items and stores), from scrapers, price trackers, affiliate
bots and BOMs, in Thai, Vietnamese, Indonesian, Malay, Slovak and Russian text. No row's line
is in an earlier table, nor any row's link (checked against every ``tests/**/*.py``).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_66.py, with its source
in a comment. Every row was decided from listing-urls.md and the earlier tables' readings before
``parse_listing`` ran (but the Thai row, run while probing; the notes say so). The parser agreed with every row but two. One first decision was wrong and
corrected from docs/listings.md (its comment says why): a line whose first link is a maker's
page and whose second is an AliExpress listing is read as its first link (``not-alibaba-host``),
suggesting the listing (checked below). The parser was wrong on one row, fixed: a Thai seller
guide's script data (``{n:6,  t:"ไปที่ sell.aliexpress.com", …}``) was refused as a link of the
scheme ``n:``; an object's key before its value is no scheme (a word before a quote, one letter
before no slash), and the line, holding no URL, is ``not-a-url``.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing

pytestmark = pytest.mark.no_cover  # more than 60 cases: untraced in CI's coverage run

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('  "productUrl": "https://s.lazada.sg/s.4zp6d",', None, 'short-link', None),  # github-index:59668672316 (a Lazada SG checkout bot's config); section 10
    ("  assert.equal(config.products.at(-1).url, 'https://s.lazada.sg/s.f5Z2U?c=b');", None, 'short-link', None),  # github-index:68340882128 (a Pokemon ETB restock watcher's test); section 10
    ('- Exact action: one `page.goto` of `https://s.lazada.sg/s.TNMrZ?c=w` in a dedicated headless Chromium profile at `data/.browser-profiles/lazada-probe` (gitignored), locale en-SG,', None, 'short-link', None),  # github-index:69271943516 (a probe log of a Lazada SG watcher); section 10, the path after it no host
    ('# Link Involve Asia lu (contoh: https://invol.co/clABCDE?url=)', None, 'not-alibaba-host', None),  # github-index:66814447281 (an Indonesian affiliate bot); the Involve Asia affiliate network's host is not Lazada's
    ('Barang bekas review biasanya saya jual disini: https://invol.co/cl75vrb', None, 'not-alibaba-host', None),  # github-index:27608496702 (an Indonesian reviewer's link page); an Involve Asia link, not a marketplace host
    ("                        link: 'https://invol.co/cliqbgu',", None, 'not-alibaba-host', None),  # github-index:39751606172 (a Lazada product card list with Involve Asia links)
    ('    window.location = "https://lzd.co/1212LazzieHunt";', None, 'not-alibaba-host', None),  # github-index:2123223089 (a Lazada 12.12 campaign page); lzd.co is no host of sections 10 and 12, read as the earlier tables read godep.lzd.co
    ('| Lazada short URL | `https://lzd.co/xxxxx` |', None, 'not-alibaba-host', None),  # github-index:55554963070 (a Vietnamese price tool's README); lzd.co off the allow-list
    ('\t\t\t\t\t\t\t\t\t\t<a class="a-img menu-lv1" href="https://lzd.co/cutepets"><span>Lazada</span></a>', None, 'not-alibaba-host', None),  # github-index:2404607523 (a pet shop's menu); lzd.co off the allow-list
    ("The AliExpress order ([listing](https://vi.aliexpress.com/item/1005011826373928.html)) is the **Pro DIY Kit**: 12x servos + 2 driver boards + both PSUs + cables + clamps + both arms'", 'aliexpress', 'listing', '1005011826373928'),  # github-index:55440833448 (a robot arm kit's arrival notes); section 6: vi.aliexpress.com
    ('(https://vi.aliexpress.com/item/1005006121040283.html). The dock work', 'aliexpress', 'listing', '1005006121040283'),  # github-index:13023985773 (a kernel mailing-list mail about an eGPU dock); section 6
    ('    vi = "https://vi.aliexpress.com/item/1005010789592619.html?gps-id=x&pdp_npi=6%40dis%21VND%21462040"', 'aliexpress', 'listing', '1005010789592619'),  # github-index:71187834556 (a shopping agent's test); section 6: gps-id and pdp_npi are noise
    ('umiestniť digitalny (alebo optický) izolátor napríklad typ π122U31 (na ali: https://vi.aliexpress.com/item/1005005643287661.html)', 'aliexpress', 'listing', '1005005643287661'),  # github-index:18728281442 (a Slovak inverter-to-ESP32 note); section 6
    ('- [Nintendo Switch joystick](https://vi.aliexpress.com/item/1005006746686389.html)', 'aliexpress', 'listing', '1005006746686389'),  # github-index:10611532171 (an esk8 remote's parts list); section 6
    ('- [NH3-N Sensor Probe](https://id.aliexpress.com/item/32846294005.html?)', 'aliexpress', 'listing', '32846294005'),  # github-index:2501150756 (an Indonesian water-quality project); section 6: id.aliexpress.com, an empty query
    ('  "/img/xau.png", //https://id.aliexpress.com/item/32819041192.html', 'aliexpress', 'listing', '32819041192'),  # github-index:19243651635 (an image's source in a comment); section 6
    ("            'https://id.aliexpress.com/item/1005004460605620.html',", 'aliexpress', 'listing', '1005004460605620'),  # github-index:20679611232 (a captcha solver on id.aliexpress.com); section 6
    ("  await page.goto('https://id.aliexpress.com/item/1005005090100544.html', {", 'aliexpress', 'listing', '1005005090100544'),  # github-index:20599345258 (a puppeteer scraper); section 6
    ('| Legal | Quy định Đăng bán & Phí sàn dành cho Người bán | `https://sellercenter.lazada.vn/policy/` | **`seller`** | Quy định hàng cấm bán, biểu phí hoa hồng 2-8%, chỉ số vận hành SLA cho nhà bán hàng |', None, 'not-a-listing', None),  # github-index:61185888490 (a Vietnamese seller knowledge base); section 7: the seller center, no listing
    ("  Lazada: [{ url: 'https://sellercenter.lazada.co.id', label: 'Lazada Seller Center',", None, 'not-a-listing', None),  # github-index:60598799048 (an Indonesian fee calculator's sources); the seller center
    ('        link: `https://sellercenter.lazada.vn/apps/register/index`', None, 'not-a-listing', None),  # github-index:5717269074 (a Vietnamese sellers' page); the seller center's sign-up
    ('  "https://sellercenter.lazada.vn/apps/order/detail?tradeOrderId=";', None, 'not-a-listing', None),  # github-index:43594398805 (a Vietnamese order tool); the seller center's order page
    ('\treturn "https://api.sellercenter.lazada.vn/?Action={}&Filter={}&Format={}&Timestamp={}&UserID={}&Version={}&Signature={}".format(', None, 'not-a-listing', None),  # github-index:6820188205 (the old seller-center API); section 7: an API
    ('        static readonly string _apiUrl = "https://api.sellercenter.lazada.sg/?";', None, 'not-a-listing', None),  # github-index:314060438 (the old seller-center API client)
    ('    { id: "lazada", name: "Lazada", icon: "bx-basket", color: "#0f136d", link: "https://sellercenter.lazada.com/" },', None, 'not-a-listing', None),  # github-index:57094505499 (a marketplace list); lazada.com, read as the earlier tables read www.lazada.com
    ('        "https://www.lazada.com.ph/products/pdp-i4921414576-s28673877494.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253A%253Bnid%253A4921414576%253Bsrc%253ALazadaMainSrp%253Brn%253Ace5a287e56b234522b0f4e47291fa518%253Bregion%253Aph%253Bsku%253A4921414576_PH%253Bprice%253A379%253Bclient%253Adesktop%253Bsupplier_id%253A501253520510%253Bbiz_source%253Ah5_pdp%253Bslot%253A0%253Butlog_bucket_id%253A470687%253Basc_category_id%253A24118%253Bitem_id%253A4921414576%253Bsku_id%253A28673877494%253Bshop_id%253A5601286%253BtemplateInfo%253A107881_D_E%25231103_L%2523-1_A3_C%2523&freeshipping=1&fs_ab=2&fuse_fs=&lang=en&location=Rizal&price=379&priceCompare=skuId%3A28673877494%3Bsource%3Alazada-search-voucher%3Bsn%3Ace5a287e56b234522b0f4e47291fa518%3BoriginPrice%3A37900%3BdisplayPrice%3A37900%3BsinglePromotionId%3A-1%3BsingleToolCode%3A-1%3BvoucherPricePlugin%3A0%3Btimestamp%3A1751814083068&ratingscore=4.987096774193549&request_id=ce5a287e56b234522b0f4e47291fa518&review=155&sale=408&search=1&source=search&spm=a2o4l.searchlistbrand.list.0&stock=1",', 'lazada_ph', 'listing', '4921414576'),  # github-index:39252598086 (a Philippine perfume shop's links); section 7: a search result's clickTrackInfo and priceCompare are noise
    ('      lazada: "https://lazada.com/intensely-perfume",', None, 'not-a-listing', None),  # github-index:39252598086; a placeholder on lazada.com, the corporate host
    ('    "https://s.lazada.vn/s.6LbUl",', None, 'short-link', None),  # github-index:3378578453 (a Vietnamese affiliate link list); section 10
    ('  https://s.lazada.vn/s.nh1n0?c=w', None, 'short-link', None),  # github-index:54942619509 (a Vietnamese affiliate bot's README); section 10
    ('  https://www.lazada.vn/products/pdp-i255675772-s14883705485.html', 'lazada_vn', 'listing', '255675772'),  # github-index:54942619509; section 7: the pdp- form
    ('      "https://s.lazada.vn/s.UAJFo?cc",', None, 'short-link', None),  # github-index:25992692791 (a rotating affiliate link); section 10
    ('LAZADA_AFFILIATE_URL_TEMPLATE=https://s.lazada.vn/s.xxxx?url={URL}&aff_sub={SUB_ID}', None, 'short-link', None),  # github-index:70222791839 (a Vietnamese deal bot's .env); section 10
    ('    "https://s.lazada.vn/s.MSUCB?c=c&t=p-ixAY3P-sGQ1lgE";', None, 'short-link', None),  # github-index:67318941655 (a Vietnamese landing page); section 10: the t=p-i... is no item id
    ('    "https://s.lazada.vn/s.NcuoU?c=b",', None, 'short-link', None),  # github-index:54126534120; section 10
    ('    "https://s.lazada.vn/s.MPUXo?c=d&t=p-i27Oaj3-s9iwh3K&sub_aff_id=longhousee&sub_id1=501283&sub_id2=a&sub_id3=bc83be96bc59"', None, 'short-link', None),  # github-index:62405092991 (a Vietnamese affiliate redirect); section 10
    ("    'https://s.lazada.vn/s.abcd1',", None, 'short-link', None),  # github-index:68532823539 (a Vietnamese link hook's test); section 10
    ('  const lazada = normalizeMarketplaceLink("Look at this item https://s.lazada.com.ph/s.example?dsource=share now");', None, 'short-link', None),  # github-index:62593914929 (a share-text test); section 10
    ('  - [Beok BOT-313 WiFi](http://www.beok-controls.com/pro_view.asp?id=66) ([проверено](https://aliexpress.ru/item/4000202232813.html));', None, 'not-alibaba-host', None),  # github-index:68772091847 (a Russian thermostat list); first read an AliExpress listing, but a line is read as its first link (docs/listings.md, section 0): the maker's page, off the list, with the AliExpress listing after it as the suggestion
    ("    'debug_parse_url' => 'https://aliexpress.ru/item/1005008081521104.html',//если debug_source = url", 'aliexpress', 'listing', '1005008081521104'),  # github-index:41631452447 (a Russian price parser's config); section 6: aliexpress.ru
    ("        response = requests.get(f'https://aliexpress.ru/item/{str(id)}')", None, 'missing-id', None),  # github-index:33236012867 (an aliexpress.ru scraper); a template
    ('It is recommended to use this modern [xiaoxiang BMS](https://aliexpress.ru/item/1005005648437341.html),  which should fit into battery box.', 'aliexpress', 'listing', '1005005648437341'),  # github-index:213381572 (a BMS project's README); section 6
    ('[MSK-12CO2](https://aliexpress.ru/item/1005001398386692.html) | 2 | power switch', 'aliexpress', 'listing', '1005001398386692'),  # github-index:25099454147 (a BOM table row); section 6
    ('            href="https://s.lazada.co.id/s.PM6Dw"', None, 'short-link', None),  # github-index:14040708586; section 10
    ("if 's.lazada.co.id' in url:", None, 'not-a-url', None),  # github-index:27514375948; a quoted bare host, read as the earlier tables read 'tmall.com' in url
    ('    [(Like this CP2102, which shows garbled text at 2 Mbps)](https://www.lazada.sg/products/i2037772272-s11135131253.html)', 'lazada_sg', 'listing', '2037772272'),  # github-index:33128286671 (lupyuen's Ox64 article); section 7: the slug-less form
    ('        handler = registry.detect("https://www.lazada.sg/products/test-i123.html")', None, 'malformed-id', None),  # github-index:52405318675 (a marketplace registry's test); section 7: an item id of 3 digits, as the earlier tables read test-i123
    ('1. The user submits a supported `www.lazada.sg/products/...` URL.', None, 'missing-id', None),  # github-index:57399586211 (a RedMart preview's design note); a path without an id
    ('      "buy_url": "https://www.lazada.sg/products/...",', None, 'missing-id', None),  # github-index:53475429790 (a shopping API's example); a path without an id
    ('            uri = new URI("https://www.lazada.sg/products/cambodia-keo-romeat-mango-i395210387-s952532064.html?spm=a2o42.searchlist.list.3.e8f72f9eWNyvMi&search=1");', 'lazada_sg', 'listing', '395210387'),  # github-index:44335249750 (an Android app); section 7
    ('URL = "https://www.lazada.sg/products/etb-i1.html"', None, 'malformed-id', None),  # github-index:69457462436 (a Lazada SG checkout bot's test); section 7: a one-digit item id
    ("    expect(SourceLinks::guessKind('https://www.lazada.sg/products/x.html'))->toBe('marketplace');", None, 'missing-id', None),  # github-index:55111638161 (a source-link test); section 7: no id
    ("    url: 'https://c.lazada.com.ph/t/c.cdc1HS',", None, 'short-link', None),  # github-index:23170089718 (a Philippine gear list); section 10: the affiliate form
    ("  { keyword: 'Lazada', url: 'https://c.lazada.com.ph/t/c.your-id' },", None, 'short-link', None),  # github-index:12461941955 (an affiliate keyword list); section 10
    ('    promoShortLink: "https://c.lazada.com.ph/t/c.diJmcM",', None, 'short-link', None),  # github-index:53790924301 (a Lazada affiliate API response); section 10
    ("      'https://c.lazada.com.ph/t/c.b6Tsw0?intent=false&fallback=true&url=https%3A%2F%2Fwww.example.com.ph%2Fproducts%2Fmelatonin-3mg.html',", None, 'short-link', None),  # github-index:70631403277 (an unwrapper's test); section 10: the url= target is no Lazada page
    ("          lazadaLink: 'https://c.lazada.com.ph/t/c.YJVFYb',", None, 'short-link', None),  # github-index:41936043501 (a Philippine laptop guide); section 10
    ('            //$deeplink = "https://c.lazada.com.ph/t/c.bzLQ"; //lazada adsense', None, 'short-link', None),  # github-index:29442032240 (a Philippine deals page); section 10
    ('          <p class="mt-0 mb-0">Dapatkan harga diskon termurah se-Indonesia hanya di lazada <a href="https://c.lazada.co.id/t/c.Zrqk" target="_blank">Lihat harga</a></p>', None, 'short-link', None),  # github-index:9980942833 (an Indonesian price page); section 10, in Indonesian prose
    ('            "https://s.lazada.co.th/s.ZRRUaS?t=abc",', None, 'short-link', None),  # github-index:60914261007 (an ad-block list's test); section 10
    ('- Lazada: https://s.lazada.co.th/s.Z7iuvG', None, 'short-link', None),  # github-index:56804334053 (a Thai farm shop's links); section 10
    ('    // Lazada: format https://s.lazada.co.th/s.ID?cc=TRACKING', None, 'short-link', None),  # github-index:54744358525 (a Thai link builder); section 10
    ('//   https://www.lazada.co.th/products/{slug}.html?id={itemId}', None, 'missing-id', None),  # github-index:52074715882 (a link parser's list of forms); section 7: the id sits in the path, a query id= is none
    ('//   https://s.lazada.co.th/s.{code}  ← short URL (is_short_url: true)', None, 'short-link', None),  # github-index:52074715882; section 10
    ('    url = "https://aliexpress.ru/store/1102958512?g=y&page=1&spm=a2g2w.detail.0.1.244f778bsfyGft"', 'aliexpress', 'storefront', '1102958512'),  # github-index:291981530 (an aliexpress.ru store parser); section 6: a store on aliexpress.ru
    ('        url = f"https://aliexpress.ru/store/1941865?g=y&page={page_number}"', 'aliexpress', 'storefront', '1941865'),  # github-index:38580782190 (a store image scraper); section 6: the page template in the query
    (' using [drawings/heater.png](drawings/heater.png) (220v 500w) (may be here, write message to seller https://aliexpress.ru/store/911266084)', 'aliexpress', 'storefront', '911266084'),  # github-index:55046204837 (a 3D printer build note); section 6
    ("    url: 'https://aliexpress.ru/store/1103330026',", 'aliexpress', 'storefront', '1103330026'),  # github-index:60254248280 (an aliexpress.ru store test); section 6
    ('-   <https://aliexpress.ru/store/302756>', 'aliexpress', 'storefront', '302756'),  # github-index:34500822674 (Banana Pi's store in a board list); section 6
    ('> I used [SJ PCB](https://aliexpress.ru/store/129841).', 'aliexpress', 'storefront', '129841'),  # github-index:1467347776 (a keyboard build guide); section 6
    ('          <a href="https://www.lazada.com.ph/shop/fave-ecommerce-inc/?spm=a1zawj.site_profile_infoSettings.0.0.718a4edfnlxxPt">', 'lazada_ph', 'storefront', 'fave-ecommerce-inc'),  # github-index:7794119315 (a Philippine shop's profile links); section 7
    ('    sourceUrl: "https://www.lazada.com.ph/shop/ubiquiti/?path=index.htm",', 'lazada_ph', 'storefront', 'ubiquiti'),  # github-index:71010703010 (a distributor list: a LazMall official store); section 7: path=index.htm is noise
    ('                            <li class="p-b-10"><a href="https://www.lazada.com.ph/shop/brigade-clothing" class="stext-107 cl7 footer-link hov-cl1 trans-04">Lazada</a></li>', 'lazada_ph', 'storefront', 'brigade-clothing'),  # github-index:27228056060 (a Philippine clothing shop's footer); section 7
    ("                  { name: 'Lazada', href: 'https://www.lazada.com.ph/shop/ella-motor-parts-cauayan/', logo: '/lazada.png' }", 'lazada_ph', 'storefront', 'ella-motor-parts-cauayan'),  # github-index:53951665202 (a Philippine motor-parts shop); section 7
    ('      Digitalmerch: <a href="https://www.lazada.com.ph/shop/3ecyybmf" style="color:#0ea5e9; text-decoration:none;">https://www.lazada.com.ph/shop/3ecyybmf</a>', 'lazada_ph', 'storefront', '3ecyybmf'),  # github-index:49147236874; section 7: a random-looking slug, the same link twice
    ('                                            <a href="https://www.lazada.com.ph/shop/hug1629968689/?path=promotion-32522-0.htm&tab=promotion"', 'lazada_ph', 'storefront', 'hug1629968689'),  # github-index:44920025255; section 7: a slug with a timestamp suffix, a promotion tab
    ("  { label: 'Lazada Official Store', href: 'https://www.lazada.com.ph/shop/fnl-toys/?spm=a2o4l.pdp_revamp.seller.1.68e35df942b4gp&itemId=4339751833&channelSource=pdp' },", 'lazada_ph', 'storefront', 'fnl-toys'),  # github-index:61285678487 (a toy shop's links); section 7: the store reached from a product page, its itemId no listing
    ('    return f"https://c.lazada.co.th/t/c.{LAZADA_TRACKING_ID}?url={encoded}"', None, 'short-link', None),  # github-index:53914705350; section 10: a template of the affiliate form
    ('// Sign up: https://www.lazada.co.th/lazada-affiliate-program/', None, 'not-a-listing', None),  # github-index:58027585840; section 7: a root-path page, no store
    ("  trackingLink: 'https://c.lazada.co.th/t/c.test',", None, 'short-link', None),  # github-index:52341648609 (a feed normalizer's test); section 10
    ('2. GET `https://m.lazada.vn/products/i{itemId}-s{skuId}.html` with a mobile UA.', None, 'not-a-listing', None),  # github-index:70856112949 (a Vietnamese price notifier's notes); m.lazada.vn is no listing host of section 12 (www. and the bare host)
    ('                "https://m.lazada.vn/products/i1-s2.html", headers);', None, 'not-a-listing', None),  # github-index:69270753786 (an outbound-auth test); m.lazada.vn, as pages.lazada.com.ph/products/... reads in the earlier tables
    ('  return `https://my.lazada.co.id/pdp/review/getReviewList?${query}`', None, 'not-a-listing', None),  # github-index:10941833694 (a review scraper); the account host's review API
    ("        console.log('[Checkout] Target URL: https://my.lazada.sg/customer/order/index/');", None, 'not-a-listing', None),  # github-index:57366583193 (a checkout bot); the buyer's order list
    ('        public const string LAZADA_GET_SHOP_INFO_URL = "https://my.lazada.vn/seller/listSellerReviews?sellerId={0}&pageNo=1&pageSize=1";', None, 'not-a-listing', None),  # github-index:44092957312 (a Vietnamese shop checker); the seller-review API, no store page
    ('if (window.location.href.includes("my.lazada.com.my/customer/order/index/")) {', None, 'not-a-listing', None),  # github-index:23942928815 (an order-total userscript); a scheme-less host/path (section 0)
    ("  if (!window.location.href.includes('my.lazada.co.th/customer/order')) return;", None, 'not-a-listing', None),  # github-index:52791763358 (a Thai order-PDF extension); a scheme-less host/path
    ('        return isMobile() ? `https://my-m.lazada.sg/order/order-detail?tradeOrderId=${tradeOrderId}` : `https://my.lazada.sg/customer/order/view/?tradeOrderId=${tradeOrderId}`;', None, 'not-a-listing', None),  # github-index:48086061111; the order pages
    ('    { nome: "RedMart", dominio: "redmart.lazada.sg" },', None, 'not-a-url', None),  # github-index:68334612762; a quoted bare host
    ('    "https://www.lazada.sg/products/not-a-redmart-product.html",', None, 'missing-id', None),  # github-index:57430672756 (a RedMart URL filter's test); section 7: no id
    ("    BASE_URL = 'https://redmart.lazada.sg/shop-beer/?'", None, 'not-a-listing', None),  # github-index:919884888 (a RedMart beer spider); a /shop-<category>/ page (section 7)
    ('        <a href="https://www.lazada.co.th/products/dtawan-electric-cut-card-machine-sk-316-a4-i2145874970-s7171614375.html?exlaz=d_1:mm_150050845_51350205_2010350205::12:19039203577!!!!!c!!7171614375!120267009">Ref Link for price</a>', 'lazada_th', 'listing', '2145874970'),  # github-index:33780963024 (a Thai card-cutter price page); section 7: exlaz (its ! and : runs) is noise
    ('\t\t\t\t<a href="https://c.lazada.sg/t/c.beh2?url=https%3A%2F%2Fwww.lazada.sg%2Fproducts%2Fst-ives-fresh-skin-apricot-scrub-170g-i282711089-s449266664.html&sub_aff_id=isamplez&sub_id1=webpage&sub_id2=app  " class="btn btn-primary btn-lg text-uppercase font-weight-bold pl-5 pr-5 mt-4 mb-3" target="_blank">Buy Now</a>', None, 'short-link', None),  # github-index:36286429804 (a Singapore sampling site's Buy Now button); section 10: the affiliate form with its url= target, two spaces before the closing quote
    ('| `https://s.lazada.vn/s.ljrQD?t=p-i3czEE8-sHju5kk` | `Săn Sale Gia Dụng` | No product card | Short link resolved to PDP `https://www.lazada.vn/products/pdp-i3324491964-s16252561750.html...`, but the crawler could not parse usable product data from the returned HTML during the final run. | Re-run later; if still failing, replace with a fresh PDP affiliate short link. |', None, 'short-link', None),  # github-index:55921847999 (a Vietnamese crawler's link-error log); section 10: the short link first, the page it resolved to after it
    ('Short link resolved to PDP `https://www.lazada.vn/products/pdp-i3324491964-s16252561750.html...`, but the crawler could not parse usable product data from the returned HTML during the final run.', 'lazada_vn', 'listing', '3324491964'),  # github-index:55921847999; the same cell alone: section 7, the ellipsis after .html no part of the link
    ('| `https://s.lazada.vn/s.ljrAt?t=p-i1zCzr6-s8xQ9EG` | `Tiếp Sức Cày Phim` | Dropped item | Product URL parsed for `Mì sấy trẻ em Miu Miu...`, but no valid Lazada image was parsed, so the crawler dropped it instead of publishing a broken card. | Inspect page HTML/image metadata; replace link if Lazada does not expose a valid image. |', None, 'short-link', None),  # github-index:55921847999; section 10
    ('| `https://s.lazada.vn/s.9hddF?t=ntv-v1_alp-native` | `Khác` main | No listing items | Campaign/landing source resolves, but static guest-visible HTML parsing still does not expose product list items. | Keep only as fallback/link target unless a signed runtime extraction path is implemented. |', None, 'short-link', None),  # github-index:55921847999; section 10: a campaign's short link
    ('      {n:6,  t:"ไปที่ sell.aliexpress.com",     d:"กด \'Start Selling\'"},', None, 'not-a-listing', None),  # github-index:56773427782 (a Thai AliExpress seller guide's steps); first read not-a-listing (the seller site named in Thai prose), then not-a-url, as the earlier tables read a host in a quoted code-list entry, then not-a-listing again (left12: a quoted phrase ending with a host before its comma is the host; only a host alone in quotes is a code list's entry); the parser said scheme-not-allowed (n: read as a scheme), fixed
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(ALL, "every accepted row")

test_the_planner_accounts_for_every_line = planner_test(ALL)


def test_a_maker_page_first_suggests_the_aliexpress_listing_after_it() -> None:
    """A line read as its first link, off the marketplaces' hosts, suggests the listing after it
    (docs/listings.md): the Beok row's AliExpress item, in its canonical form."""
    beok = next(row[0] for row in ALL if "Beok BOT-313" in row[0])
    read = parse_listing(beok)
    assert (read.ok, read.code) == (False, "not-alibaba-host")
    assert read.suggestion == "https://www.aliexpress.com/item/4000202232813.html"


#: A step of a Thai AliExpress seller guide's data (github-index:56773427782): JavaScript object
#: keys without a space after their colons (``n:6``, ``t:"…"``), a host named in Thai prose
#: inside a quoted list entry.
THAI_STEP = """      {n:6,  t:"ไปที่ sell.aliexpress.com",     d:"กด 'Start Selling'"},"""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (THAI_STEP, "not-a-listing"),
        ('{n:7, t:"x"}', "not-a-url"),  # the same keys, no host
        ('  t:"ไปที่ sell.aliexpress.com",', "not-a-listing"),  # a key before a string alone
    ],
)
def test_an_object_key_is_no_scheme(text: str, code: str) -> None:
    """realurls67: a one-letter key before a value (``n:6``) and a key before a string
    (``t:"…"``) start no link of a scheme (no URI holds a quote; a one-letter scheme is a drive
    letter, before a slash), so a line holding no URL is ``not-a-url`` and one naming the
    seller site in prose is ``not-a-listing`` (left12), not refused as a link of the scheme
    ``n:``."""
    read = parse_listing(text)
    assert (read.ok, read.code) == (False, code), read.reason
    assert "scheme" not in read.reason


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        ("C:/wamp/www/item.taobao.com/item.htm?id=606832683299", "C"),  # a drive letter's path
        ("taobao:item.htm?id=606832683299", "taobao"),
        ("call tel:+6512345678 now", "tel"),  # a scheme of letters before a value
    ],
)
def test_a_scheme_is_still_refused(text: str, scheme: str) -> None:
    """The keys' rule refuses what it did: a drive letter before a slash, a scheme of letters
    before a value."""
    read = parse_listing(text)
    assert (read.ok, read.code) == (False, "scheme-not-allowed"), read.reason
    assert f"{scheme}:" in read.reason
