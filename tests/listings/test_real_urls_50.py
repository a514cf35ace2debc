"""Sweep realurls50 of listing URLs (notes in /work/notes/sweep-realurls50.md): real strings on
AliExpress and Alibaba.com from sources outside China and the English web that no earlier table
cites (checked against ``_real_urls.real_texts()`` and every earlier table's cited sources):
Russian (``aliexpress.ru`` items and stores, ``m.aliexpress.ru``, ``sale.aliexpress.ru``,
``alii.pub`` links in Russian READMEs), Portuguese and Brazilian (``pt.aliexpress.com`` with
``gatewayAdapt=glo2bra``, ``offer.alibaba.com`` affiliate banners of Brazilian deal sites),
Korean, Japanese, Vietnamese, Arabic, Hebrew, French, German and Dutch language hosts
(``ko.``, ``ja.``, ``vi.``, ``ar.``, ``he.``, ``fr.``, ``de.``, ``nl.aliexpress.com``, ``/i/N.html``),
``/af/`` search pages, app share links (``a.aliexpress.com/_m…``), ``m.alibaba.com`` and
``sale.alibaba.com`` pages: lines of READMEs, bills of materials, scrapers, bots and tests.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_49.py. Every row was
decided from listing-urls.md before ``parse_listing`` ran; the parser gave each the answer the
notes, docs/listings.md and earlier tables give, so no row is a fix. Where the answer is not the
first one a reader might guess, the row says why: ``alii.pub`` (an affiliate shortener that
listing-urls.md section 10 does not list) is ``not-alibaba-host``, as the lead decided for other
share domains not in the notes; ``sale.aliexpress.ru`` is a non-listing host (section 12); a line's
first link decides; a host alone in quotes or a code span is a host name, no link; a userscript's
``*://`` pattern holds no link; a 7-digit AliExpress id is too short (section 6).
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from _real_urls import canonical_test, planner_test, table_tests

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('Xbox emulator for [SNES USB controller](http://alii.pub/6hw4yd). Works based on the driver [ViGEm](https://github.com/ViGEm).', None, 'not-alibaba-host', None),  # github-index:27231958188; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('1. Подключите Arduino Nano к компьютеру с помощью внутрисхемного программатора [USBasp](https://alii.pub/6jxa4k);', None, 'not-alibaba-host', None),  # github-index:13599422020; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('  Arduino Nano https://alii.pub/6ms6vk   https://alii.pub/6ms6yv   https://alii.pub/6ms70f  ', None, 'not-alibaba-host', None),  # github-index:40714973298; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('  Arduino ProMini https://alii.pub/6ms72y  ', None, 'not-alibaba-host', None),  # github-index:40714973298; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('  RC522 модуль https://alii.pub/6ms75a   https://alii.pub/6ms7ac   https://alii.pub/6ms7bb  ', None, 'not-alibaba-host', None),  # github-index:40714973298; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('Also can make just one wire using a USB hub. The [USB hub](http://alii.pub/6d2ngp) has a small board and can be placed inside the gamepad.', None, 'not-alibaba-host', None),  # github-index:194857750; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('// http://alii.pub/6ekjp8', None, 'not-alibaba-host', None),  # github-index:43128936560; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ("    var REF=['ali.pub','alii.pub','lite.al','lite.bz','aliclick.link','aliclick.shop','dea.ls','alitems.co','s.click.aliexpress.com','ad.admitad.com','fas.st','epn.bz','redirect.appmetrica.yandex.com','go.redirectingat.com'];", None, 'not-a-url', None),  # github-index:70419081706; hosts alone in quotes are host names, no link
    ('* [AliExpress](https://alii.pub/6sjr66)', None, 'not-alibaba-host', None),  # github-index:8103179487; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ('Driver for OpenVR / SteamVR, which allows to track the head, using any Arduino rotation tracker, for a DIY VR HMD from [HDMI display](http://alii.pub/65dbii) and [headset](http://alii.pub/65dct6).<br>', None, 'not-alibaba-host', None),  # github-index:36952068386; an affiliate shortener not in listing-urls.md section 10, no Alibaba host
    ("            'url': 'https://ko.aliexpress.com/item/1005004261346550.html?spm=a2g0o.best.0.0.3930423aKOAoZU&afTraceInfo=1005004261346550__pc__pcBestMore2Love__SxXJNAa__1753667614503&_gl=1*1h9gd5i*_gcl_aw*R0NMLjE3NTIxMzkxMDkuQ2p3S0NBand5YjNEQmhCbEVpd0FxWkxlNU1tVEg2SXhSY0hjNkp5aXF3OWZLT2VrNUJoVVdMUDEzM1R4czFkQjNFUE41d2ExOW1VM3FSb0M4V1VRQXZEX0J3RQ..*_gcl_au*MTIyMTExMzM3MS4xNzUxNjA0MjE5*_ga*MTEwMzc0NjI1Ni4xNzUxNjA0MjE5*_ga_VED1YSGNC7*czE3NTM2Njc1NzkkbzkyJGcxJHQxNzUzNjY3NjA3JGozMiRsMCRoMA..&gatewayAdapt=glo2kor'", 'aliexpress', 'listing', '1005004261346550'),  # github-index:32919503220
    ('        "product_link": "https://ko.aliexpress.com/item/xxx",', None, 'malformed-id', None),  # github-index:61964185815
    ("            'url': 'https://ko.aliexpress.com/item/1005005497425944.html?spm=a2g0o.best.0.0.3930423aKOAoZU&pdp_npi=5%40dis%21KRW%21%E2%82%A913%2C371%21%E2%82%A99%2C360%21%21%21%21%21%40212e509017536676141668513ef838%2112000033311971628%21btf%21%21%21%211%210&afTraceInfo=1005005497425944__pc__pcBestMore2Love__ZkWbVZZ__1753667614499&_gl=1*5093lx*_gcl_aw*R0NMLjE3NTIxMzkxMDkuQ2p3S0NBand5YjNEQmhCbEVpd0FxWkxlNU1tVEg2SXhSY0hjNkp5aXF3OWZLT2VrNUJoVVdMUDEzM1R4czFkQjNFUE41d2ExOW1VM3FSb0M4V1VRQXZEX0J3RQ..*_gcl_au*MTIyMTExMzM3MS4xNzUxNjA0MjE5*_ga*MTEwMzc0NjI1Ni4xNzUxNjA0MjE5*_ga_VED1YSGNC7*czE3NTM2Njc1NzkkbzkyJGcxJHQxNzUzNjY3NjIzJGoxNiRsMCRoMA..&gatewayAdapt=glo2kor'", 'aliexpress', 'listing', '1005005497425944'),  # github-index:32919503220
    ('//@match *://m.ru.aliexpress.com/*', None, 'not-a-url', None),  # github-index:46416613546; a userscript's *:// pattern holds no link (as test_real_urls_44.py)
    ('//@match *://m.ko.aliexpress.com/*', None, 'not-a-url', None),  # github-index:46416613546; a userscript's *:// pattern holds no link (as test_real_urls_44.py)
    ('//@match *://m.ja.aliexpress.com/*', None, 'not-a-url', None),  # github-index:46416613546; a userscript's *:// pattern holds no link (as test_real_urls_44.py)
    ('PWM Driver : [PCA9685](https://ko.aliexpress.com/item/16-Channel-12-bit-PWM-Driver-I2C-interface-PCA9685-module-pi-shield-module-servo-shield/32833579442.html?spm=a2g0s.9042311.0.0.144a4c4d9jfaQI)  ', 'aliexpress', 'listing', '32833579442'),  # github-index:41713361100
    ('\t\tcase "ko.aliexpress.com":', None, 'not-a-url', None),  # github-index:666687826
    ('\t\tcase "he.aliexpress.com":', None, 'not-a-url', None),  # github-index:666687826
    ("    'ja.aliexpress.com': ['aliexpress'],", None, 'not-a-url', None),  # github-index:6457887766
    ('      <td><a href="https://ko.aliexpress.com/item/1005004817099124.html?spm=a2g0o.order_list.order_list_main.5.44ec140fqnkfDq&gatewayAdapt=glo2kor" >링크</a></td>', 'aliexpress', 'listing', '1005004817099124'),  # github-index:27200197260
    ('    deal({ product_url: "https://ko.aliexpress.com/item/1005008347365017.html" }),', 'aliexpress', 'listing', '1005008347365017'),  # github-index:69031118070
    ('  eq(key, "ko.aliexpress.com/item/1005008347365017.html", "urlKey used when no override");', 'aliexpress', 'listing', '1005008347365017'),  # github-index:69031118070
    ('| [Reflective LCD Display Module](https://ko.aliexpress.com/item/1005012114591531.html) | ST7306, 300 x 400, model YDP420H001-V3 |', 'aliexpress', 'listing', '1005012114591531'),  # github-index:71317599795
    ('| [FPC Adapter - 0.5-2.54MM, 24P](https://ko.aliexpress.com/item/1005007617729176.html) | Breakout board for the display cable |', 'aliexpress', 'listing', '1005007617729176'),  # github-index:71317599795
    ("  'ja.aliexpress.com',", None, 'not-a-url', None),  # github-index:57173114505
    ('// /item/{id}.html,可能有 locale 前缀(/in-en/item/...),也可能没有', None, 'not-a-url', None),  # github-index:57173114505
    ("            base_url = f'https://ja.aliexpress.com/w/wholesale-{search_text}.html'", None, 'not-a-listing', None),  # github-index:11983103310
    ('https://ja.aliexpress.com/item/1005009890367599.html', 'aliexpress', 'listing', '1005009890367599'),  # github-index:23395361655
    ('- 部品を用意します（部品リスト=Stack-chan_GoBottomBase_BOM.csc) 主な部品は秋月電子で購入できます。USBコネクタのみ、[AliExpress](https://ja.aliexpress.com/item/1005004175942555.html)などから購入します（汎用品のようで、互換の製品が多数あります）', 'aliexpress', 'listing', '1005004175942555'),  # github-index:41603809665
    ('// 지원 도메인: aliexpress.com, ja.aliexpress.com 등 서브도메인/지역 도메인 포함', None, 'not-a-listing', None),  # github-index:52856824665
    ('const PRODUCT_URL_PATTERN = /aliexpress\\.[a-z.]+\\/item\\/(\\d+)\\.html/;', None, 'not-a-url', None),  # github-index:52856824665
    ('| [74HC181](https://doctor-pasquale.com/wp-content/uploads/2017/05/74181-ALU.pdf)                                                             | 4bit ALU         | [アリエク](https://ja.aliexpress.com/i/32857333905.html)                                                                  |', None, 'not-alibaba-host', None),  # github-index:1451721810; the line's first link decides (not the AliExpress one after it)
    ('      url: "https://ja.aliexpress.com/w/wholesale-%s.html",', None, 'not-a-listing', None),  # github-index:31554307245
    ('| [Hisense LTF-7263-BH+](https://ja.aliexpress.com/item/1005005067825095.html) | SIEPON-C | 192.168.0.1 | ✅ |', 'aliexpress', 'listing', '1005005067825095'),  # github-index:61987797750
    ('製品リンク（ https://ja.aliexpress.com/item/1005007119470172.html ）', 'aliexpress', 'listing', '1005007119470172'),  # github-index:37040736675
    ("    assert.equal(adapter.matchUrl('https://m.aliexpress.us/item/1005002.html'), true);", None, 'malformed-id', None),  # github-index:55530151052; a 7-digit id is too short (listing-urls.md section 6: 8-17 digits)
    ("    assert.equal(adapter.matchUrl('https://sale.aliexpress.ru/item/1005003.html'), true);", None, 'not-a-listing', None),  # github-index:55530151052; sale. is a non-listing host (listing-urls.md section 12)
    ("    assert page.get_current_url()[:42] == 'https://sale.aliexpress.ru/ru/__pc/Newuser'", None, 'not-a-listing', None),  # github-index:612847064
    ("PATTERN_AALI_MSG = re.compile('https://a.aliexpress.com/.*|https://a.aliexpress.ru/.*')", None, 'missing-id', None),  # github-index:3515145605; a share host with a regex for its code names no share code
    ('                                   <a href="//huaweirussia.aliexpress.ru/store/5234011">', 'aliexpress', 'storefront', '5234011'),  # github-index:8456831224
    ('| Battery (LiPo 3.7V 5000mAh) | ~$3.50 | [TP4056](https://www.addicore.com/products/tp4056-tc4056a-lithium-battery-charger-and-protection-module); cells ~$0.93+ [alibaba](https://www.alibaba.com/showroom/lipo-battery-cell-5000mah.html) | battery ~$2.5 |', None, 'not-alibaba-host', None),  # github-index:57368251086; the line's first link decides (addicore.com, before the showroom page)
    ("            url = re.sub(r'(productgrouplist-\\d+)(-\\d*)?', r'\\1-' + str(self.current_pn), self.api)", None, 'not-a-url', None),  # github-index:5669162139
    ('    const urls = Array.from({ length: 60 }, (_, i) => `https://he.aliexpress.com/item/${i}.html`);', None, 'missing-id', None),  # github-index:71432354821; a template's placeholder (as earlier tables)
    ('    (9690182385977,  "https://he.aliexpress.com/item/1005007060038271.html"),', 'aliexpress', 'listing', '1005007060038271'),  # github-index:61295145193
    ('    (10190523040057, "https://he.aliexpress.com/item/1005008896313230.html"),', 'aliexpress', 'listing', '1005008896313230'),  # github-index:61295145193
    ('- [ESP32-S3 LCD Driver Board / 2.8 captive touchscreen](https://he.aliexpress.com/item/1005007354066395.html)', 'aliexpress', 'listing', '1005007354066395'),  # github-index:58536772093
    ("#products = aliexpress.get_products_details(['1000006468625', 'https://he.aliexpress.com/item/1005005008281133.html'])", 'aliexpress', 'listing', '1005005008281133'),  # github-index:42504966299
    ('| **INMP441 (Micrófono MEMS LGA-9)** | • [AliExpress (INMP441 SMD suelto)](https://he.aliexpress.com/item/1005007633632817.html) | **$1.50 – $3.00 USD** |', 'aliexpress', 'listing', '1005007633632817'),  # github-index:69314916360
    ('- [ESP32 Development Board](https://he.aliexpress.com/item/1005007671225942.html?spm=a2g0o.order_list.order_list_main.17.18ae586aKyi2pk&gatewayAdapt=glo2isr)', 'aliexpress', 'listing', '1005007671225942'),  # github-index:8645106540
    ('URL = "https://he.aliexpress.com/item/1005006956233010.html"', 'aliexpress', 'listing', '1005006956233010'),  # github-index:55356120343
    ('    return "Chưa thể lấy bằng chứng có thể xác minh từ Alibaba. Hãy kiểm tra URL HTTPS sản phẩm trên www.alibaba.com/product-detail/ hoặc hồ sơ công ty trên <store>.en.alibaba.com/company_profile.html và tạo phân tích mới sau. Nhập HTML và tiện ích chụp trang Alibaba hiện chưa được hỗ trợ.";', None, 'missing-id', None),  # github-index:70153514229
    ('        const normal = await axios.get(`https://ar.aliexpress.com/item/${id}.html`, { headers });', None, 'missing-id', None),  # github-index:58633888
    ('      `https://ar.aliexpress.com/item/${productId}.html`,', None, 'missing-id', None),  # github-index:51781006449
    ('      `https://m.aliexpress.com/i/${productId}.html`', None, 'missing-id', None),  # github-index:51781006449
    ('https://ar.aliexpress.com/item/1005012000854335.html?spm=a2g0o.detail.pcDetailTopMoreOtherSeller.2.27d3iu9giu9gDE&gps-id=pcDetailTopMoreOtherSeller&scm=1007.40050.354490.0&scm_id=1007.40050.354490.0&scm-url=1007.40050.354490.0&pvid=4847a9d4-b4bf-4880-80df-58a712f23f6e&_t=gps-id%3ApcDetailTopMoreOtherSeller%2Cscm-url%3A1007.40050.354490.0%2Cpvid%3A4847a9d4-b4bf-4880-80df-58a712f23f6e%2Ctpp_buckets%3A668%232846%238108%231977&pdp_ext_f=%7B%22order%22%3A%22-1%22%2C%22spu_best_type%22%3A%22price%22%2C%22eval%22%3A%221%22%2C%22sceneId%22%3A%2230050%22%2C%22fromPage%22%3A%22recommend%22%7D&pdp_npi=6%40dis%21AED%21941.61%21856.87%21%21%211699.35%211546.41%21%400b1bf20817777376672671902ebfb1%2112000057252322566%21rec%21AE%21%21ABX%211%210%21n_tag%3A-29910%3Bd%3A3e5c86c5%3Bm03_new_user%3A-29895&utparam-url=scene%3ApcDetailTopMoreOtherSeller%7Cquery_from%3A%7Cx_object_id%3A1005012000854335%7C_p_origin_prod%3A#nav-specification ', 'aliexpress', 'listing', '1005012000854335'),  # github-index:52923109373
    ('  "listing_url": "https://ar.aliexpress.com/item/1005007170995524.html",', 'aliexpress', 'listing', '1005007170995524'),  # github-index:32486993832
    ('**URL**: `https://ar.aliexpress.com/item/1234567890.html`', 'aliexpress', 'listing', '1234567890'),  # github-index:57876252358
    ('| ST7735 SPI | 4.29 USD | [Ali Express](https://ar.aliexpress.com/item/1005010340668858.html?spm=a2g0o.order_list.order_list_main.40.15e2180255B5UM&gatewayAdapt=glo2ara) |', 'aliexpress', 'listing', '1005010340668858'),  # github-index:59282833959
    ('      { name: "Peristaltic Pumps", role: "Independent fluid metering", cat: "liquid", qty: 2, unitCost: 9.45, supplier: "AliExpress", url: "https://ar.aliexpress.com/item/1005008568962671.html" },', 'aliexpress', 'listing', '1005008568962671'),  # github-index:71321511206
    ('                  placeholder="https://ar.aliexpress.com/item/..." ', None, 'missing-id', None),  # github-index:55663570043
    ("        $url = 'https://ar.aliexpress.com/item/1005005279555903.html';", 'aliexpress', 'listing', '1005005279555903'),  # github-index:5734861345
    ('            string url = "https://sale.alibaba.com/category/theme/index.html?spm=a27aq.cp_44.8496621700.5.501a3ccfAqQsIE&wx_navbar_transparent=true&path=/category/theme/index.html&ncms_spm=a27aq.27059075&prefetchKey=met&cardType=3708203&cardId=3710202&topOfferIds=1600839762999&categoryIds=44&tracelog=fy23_all_categories_home_lp";', None, 'not-a-listing', None),  # github-index:40143968007
    ("        'https://sale.alibaba.com/p/rank/list.html?spm=a2700.product_home_newuser.scenario_overview.topRanking&wx_navbar_transparent=true',", None, 'not-a-listing', None),  # github-index:9896099755
    ('                url: "https://sale.alibaba.com/p/daea2uwqe/index.html",', None, 'not-a-listing', None),  # github-index:51842694594
    ("            similar_text($mainLink, 'https://sale.alibaba.com/', $alibabasaleScore);", None, 'not-a-listing', None),  # github-index:39744023665
    ('        return f"https://sale.alibaba.com/p/dt0c706ur/index.html?{urlencode(params)}"', None, 'not-a-listing', None),  # github-index:23382646015
    ('    "https://sale.alibaba.com/p/rank/detail.html?spm=a27aq.rank_detail.6622646540.32.50c243bfiwWgnu&wx_navbar_transparent=true&cardType=101002747&cardId=201334614&topOfferIds=&templateBusinessCode=&bucket=undefined"', None, 'not-a-listing', None),  # github-index:29175012851
    ('        "https://pt.aliexpress.com/item/1005006756452012.html?scm=null&pvid=null&gatewayAdapt=glo2bra"', 'aliexpress', 'listing', '1005006756452012'),  # github-index:44065961941
    ('- Weemos D1 mini v3 (https://pt.aliexpress.com/item/32831353752.html?spm=a2g0o.order_list.order_list_main.58.66c0caa4Gt99Q5&gatewayAdapt=glo2bra) [3]', 'aliexpress', 'listing', '32831353752'),  # github-index:32354274592
    ('https://pt.aliexpress.com/i/1005009465379031.html?gatewayAdapt=glo2bra4itemAdapt', 'aliexpress', 'listing', '1005009465379031'),  # github-index:60937048380
    ("    driver.get('https://pt.aliexpress.com/?spm=a2g0o.productlist.1000002.1.3cc16dbfvgZy5D&gatewayAdapt=glo2bra')", None, 'not-a-listing', None),  # github-index:49127727499
    ('[esp32-sim7000g-purchase]: https://pt.aliexpress.com/i/4000542688096.html?gatewayAdapt=glo2bra', 'aliexpress', 'listing', '4000542688096'),  # github-index:5228259871
    ("    browser.get('https://pt.aliexpress.com/?spm=a2g0o.productlist.1000002.1.3cc16dbfvgZy5D&gatewayAdapt=glo2bra')", None, 'not-a-listing', None),  # github-index:6459274520
    ("    const url = 'https://www.aliexpress.com/ssr/300001995/N3KsYt2f3a?disableNav=YES&pha_manifest=ssr&_immersiveMode=true&gatewayAdapt=glo2bra';", None, 'not-a-listing', None),  # github-index:26670651780
    ('.. _`Générateur de Signal XR2206 1Hz -1MHz` : https://fr.aliexpress.com/item/32862689682.html?gatewayAdapt=glo2fra&spm=a2g0o.detail.1000023.2.14c435deWAoz2w', 'aliexpress', 'listing', '32862689682'),  # github-index:22148979726
    ('You will need an emmc usb adapter: https://fr.aliexpress.com/item/1005006279363979.html?spm=a2g0o.order_list.order_list_main.5.159c5e5bx7BVWI&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005006279363979'),  # github-index:8088612862
    ('- [DHT22](https://fr.aliexpress.com/item/32759901711.html?spm=a2g0o.order_list.order_list_main.61.1ab05e5bBsdUCw&gatewayAdapt=glo2fra): temperature and humidity', 'aliexpress', 'listing', '32759901711'),  # github-index:55655993093
    ('        <td><a href="https://fr.aliexpress.com/item/1005009342322425.html?spm=a2g0o.order_list.order_list_main.71.4d895e5bCl6ekk&gatewayAdapt=glo2fra">', 'aliexpress', 'listing', '1005009342322425'),  # github-index:61460918346
    ('- __ESP8266 Nodemcu__ : https://fr.aliexpress.com/item/32659028315.html?spm=a2g0o.order_list.order_list_main.51.5f2c5e5bFkj0JY&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '32659028315'),  # github-index:33327642757
    ('- __shield moteur L293D__ : https://fr.aliexpress.com/item/1005003186128473.html?spm=a2g0o.order_list.order_list_main.45.5f2c5e5bFkj0JY&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005003186128473'),  # github-index:33327642757
    ('Régulateur de puissance (23€)<https://fr.aliexpress.com/item/32605706914.html?spm=a2g0o.order_list.order_list_main.4.51275e5bm8tN3l&gatewayAdapt=glo2fra>', 'aliexpress', 'listing', '32605706914'),  # github-index:83460489
    ('  - https://de.aliexpress.com/item/1005005262209302.html?gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005005262209302'),  # github-index:43432004162
    ('- [AliExpress – ESP32 T-Display](https://de.aliexpress.com/item/1005005970553639.html?spm=a2g0o.order_list.order_list_main.50.364e5c5fjHIOAa&gatewayAdapt=glo2deu)', 'aliexpress', 'listing', '1005005970553639'),  # github-index:38353032362
    ('* [LCD Driver](https://de.aliexpress.com/item/4001175095149.html?spm=a2g0o.order_list.0.0.30e65c5fXw0Aa6&gatewayAdapt=glo2deu)', 'aliexpress', 'listing', '4001175095149'),  # github-index:31271174147
    ('* [LCD Display](https://de.aliexpress.com/item/32835602509.html?spm=a2g0o.order_list.0.0.30e65c5fXw0Aa6&gatewayAdapt=glo2deu)', 'aliexpress', 'listing', '32835602509'),  # github-index:31271174147
    ('https://de.aliexpress.com/item/1005003664010447.html?spm=a2g0o.order_list.order_list_main.11.59c15c5f3fmlqw&gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005003664010447'),  # github-index:21452173698
    ('* [Raspberry Pi SD Card Switcher](https://nl.aliexpress.com/item/1005005962679513.html?gatewayAdapt=glo2nld)', 'aliexpress', 'listing', '1005005962679513'),  # github-index:45741895503
    ('[microcontroller]: https://nl.aliexpress.com/item/1871481789.html?spm=a2g0o.order_list.order_list_main.21.328179d2nZw4P1&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1871481789'),  # github-index:32262133797
    ('[radio]: https://nl.aliexpress.com/item/1005004753129118.html?spm=a2g0o.order_list.order_list_main.56.328179d2nZw4P1&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005004753129118'),  # github-index:32262133797
    ('# https://nl.aliexpress.com/item/1005003697943326.html?gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005003697943326'),  # github-index:19362593865
    ('https://nl.aliexpress.com/item/1005003106292591.html?spm=a2g0o.order_list.order_list_main.29.7b2a79d2YE7TfF&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005003106292591'),  # github-index:40835351550
    ('- [Camera](https://nl.aliexpress.com/item/1005009234829192.html?gatewayAdapt=glo2nld)  ', 'aliexpress', 'listing', '1005009234829192'),  # github-index:31765898013
    ('- Link to device image: https://nl.aliexpress.com/item/1005008919122614.html?spm=a2g0o.order_list.order_list_main.11.a64f18025qi6ll&gatewayAdapt=glo2nld#nav-specification', 'aliexpress', 'listing', '1005008919122614'),  # github-index:54862660872
    ('https://nl.aliexpress.com/item/32849218686.html?gatewayAdapt=glo2nld#nav-specification', 'aliexpress', 'listing', '32849218686'),  # github-index:35963130226
    ('- [AD8232 ecg測定モジュール](https://ja.aliexpress.com/item/1005002084666949.html?spm=a2g0o.order_list.order_list_main.11.5459585aBBUmdM&gatewayAdapt=glo2jpn)', 'aliexpress', 'listing', '1005002084666949'),  # github-index:34105943837
    ('- ESP32 development board based on the board linked here: https://ja.aliexpress.com/i/1005005597999376.html?gatewayAdapt=glo2jpn', 'aliexpress', 'listing', '1005005597999376'),  # github-index:59222940751
    ('https://ja.aliexpress.com/item/1005006639630413.html?spm=a2g0o.order_list.order_list_main.65.644b585aLsBgGt&gatewayAdapt=glo2jpn', 'aliexpress', 'listing', '1005006639630413'),  # github-index:49066110815
    ('[商品サイト](https://ja.aliexpress.com/item/1005008285472731.html?spm=a2g0o.order_list.order_list_main.5.6e20585aD51Czh&gatewayAdapt=glo2jpn)', 'aliexpress', 'listing', '1005008285472731'),  # github-index:2561975775
    ('| AT3040（センサ） | [リンク](https://ja.aliexpress.com/item/1005007327162214.html?spm=a2g0o.order_list.order_list_main.17.6ab1585a40oRsJ&gatewayAdapt=glo2jpn) | 5個 | 343円 |', 'aliexpress', 'listing', '1005007327162214'),  # github-index:28498763480
    ('device info - [ESP-wroom-32 with CH340](https://ja.aliexpress.com/item/1005006336964908.html?spm=a2g0o.order_list.order_list_main.22.39a1585aX89MbI&gatewayAdapt=glo2jpn)', 'aliexpress', 'listing', '1005006336964908'),  # github-index:4768307276
    ('    # AliExpress: vào thẳng tên miền `vi.` chứ đừng vào `www.aliexpress.com` rồi để nó tự', None, 'not-a-url', None),  # github-index:59553808906; a host alone in a code span is a host name, no link (docs/listings.md)
    ('    # chuyển — lượt chuyển ấy mang `?gatewayAdapt=glo2vnm` và làm mất mấy giây đầu, đúng quãng', None, 'not-a-url', None),  # github-index:59553808906
    ('https://vi.aliexpress.com/item/1005005742927465.html?gatewayAdapt=glo2vnm', 'aliexpress', 'listing', '1005005742927465'),  # github-index:37063086557
    ('https://vi.aliexpress.com/item/1005004794429155.html?spm=a2g0o.order_list.order_list_main.212.525f18021J0lzq&gatewayAdapt=glo2vnm', 'aliexpress', 'listing', '1005004794429155'),  # github-index:54748562482
    ('- UFL connector: [Rush Cherry UFL‑LHCP](https://vi.aliexpress.com/item/4000201021654.html?spm=a2g0o.order_list.order_list_main.52.400d1802RMwysw&gatewayAdapt=glo2vnm) – compact antenna for 2–3" drones (2 ports)', 'aliexpress', 'listing', '4000201021654'),  # github-index:45468585698
    ('  Link working on the 19/2/2024  https://vi.aliexpress.com/item/1005007302669392.html?spm=a2g0o.order_list.order_list_main.5.21ef1802SmpRxY&gatewayAdapt=glo2vnm', 'aliexpress', 'listing', '1005007302669392'),  # github-index:49095488997
    ('\t\t//req.setSourceValues("https://ko.aliexpress.com/af/" + keyword + ".html?trafficChannel=af&d=y&ltype=affiliate&SortType=total_tranpro_desc&groupsort=1&CatId=0&page=1");', None, 'not-a-listing', None),  # github-index:16126937237; an /af/ search page (section 11)
    ('    url = "https://www.aliexpress.com/af/" + urllib.parse.quote(keyword) + ".html"', None, 'not-a-listing', None),  # github-index:56612394228; an /af/ search page (section 11)
    ("                url_1 = f'https://m.aliexpress.ru/api/products/{id_doc}/fetch'", None, 'not-a-listing', None),  # github-index:46248005049
    ('// @exclude      *m.aliexpress.ru/*', None, 'not-a-listing', None),  # github-index:18213080675
    ('* [AliExpress SKU](https://m.aliexpress.ru/item/1005004325322975.html?sku_id=12000028762257776)', 'aliexpress', 'listing', '1005004325322975'),  # github-index:14513340593
    ('        assertThat(adBlocker.shouldBlock("https://m.aliexpress.ru/store/x", resourceType = "xmlhttprequest")).isFalse()', None, 'malformed-id', None),  # github-index:54329702893; a store path with no number
    ("                         '/?sub=yana&to=https://m.aliexpress.ru/item/' + prod_id + '.html'", None, 'missing-id', None),  # github-index:3515145605
    ('    const target = id ? `https://m.aliexpress.ru/item/${id}.html` : url;', None, 'missing-id', None),  # github-index:62090365072
    ('                    nnn.put("link", "https://m.aliexpress.ru/wholesale/9nsldvGPbygh8Rfr.html?channel=direct&keywords=9nsldvGPbygh8Rfr");', None, 'not-a-listing', None),  # github-index:1427594487
    ('            //url = "https://m.aliexpress.ru/499900000000000";', None, 'not-a-listing', None),  # github-index:12948491900; a number with no /item/ path is no listing
    ('            Spider git=Spider.create(new cn.yanf.webmagic.demo.Alibaba()).addUrl("http://offer.alibaba.com/products/fishing/3.html?spm=a2700.7906341.16.5.khLdcc").', None, 'not-a-listing', None),  # github-index:16416531728
    ('          link: "https://offer.alibaba.com/cps/0f4752f4?bm=cps&src=saf&productId=1601615265696",', None, 'not-a-listing', None),  # github-index:35081708273; an affiliate landing page, no product page (section 5 names none)
    (' * land on offer.alibaba.com / alibaba.com product pages).', None, 'not-a-url', None),  # github-index:60253172605; whitespace after the host, then more text: refused, the link suggested (docs/listings.md)
    ('      link: "https://offer.alibaba.com/cps/0f4752f4?bm=cps&src=saf&productId=1601577399804",', None, 'not-a-listing', None),  # github-index:35026407733; an affiliate landing page, no product page (section 5 names none)
    ("if (location.href === 'http://offer.alibaba.com/' || location.href === 'http://www.alibaba.com/') {", None, 'not-a-listing', None),  # github-index:2894448702
    ("  const HOME = 'https://offer.alibaba.com/cps/dngh1l8c7bm-cps';", None, 'not-a-listing', None),  # github-index:71615092691; an affiliate landing page, no product page (section 5 names none)
    (' - [SA868S-V Open Edition](https://a.aliexpress.com/_mNLKxyC) (<33 dBm @ VHF)', None, 'short-link', None),  # github-index:1461306964
    ('- Test link: `https://a.aliexpress.com/_mMLcP7b`', None, 'short-link', None),  # github-index:5983131696
    ('https://a.aliexpress.com/_mqyYb5S', None, 'short-link', None),  # github-index:41662481314
    ('- ESP8266 (Wemos d1 mini)(E 2.00): https://nl.aliexpress.com/item/4001157391459.html', 'aliexpress', 'listing', '4001157391459'),  # github-index:41662481314
    ('    url="https://a.aliexpress.com/_mtV0j3q")', None, 'short-link', None),  # github-index:63135139325
    ('    test_url = "https://a.aliexpress.com/_mMNsFKn"', None, 'short-link', None),  # github-index:58530507575
    ('        [("web_extract", {"urls": ["https://a.aliexpress.com/_mPWq9G7"]})],', None, 'short-link', None),  # github-index:70546395514
    ('    shareText: "Veja o que encontrei no AliExpress!",', None, 'not-a-url', None),  # github-index:52440117916
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ROWS if row[3]], "none left out"
)

test_the_planner_accounts_for_every_line = planner_test(ROWS)
