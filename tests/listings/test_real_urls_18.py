"""Sweep 18 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls18.md): one row per input with the answer the document requires, decided
from the notes, not from what the parser said.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_17.py. Every row of
``ROWS`` is a line (or an excerpt, where the index cut it) of a public text: ``owner/repo#N`` is a
GitHub issue or pull-request thread (found with the issue corpus), ``github-index:N`` a public
file found by exact-string search of the code index, an address a stored web page. None of its
inputs, nor the first link of any, is in an earlier table. The sweep looked at AliExpress (the
country and language hosts ``de``, ``fr``, ``es``, ``it``, ``pt``, ``nl``, ``pl``, ``tr``, ``ko``,
``ja``, ``th``, ``he``, ``ar``, ``vi``, ``m.``, ``aliexpress.us`` and ``aliexpress.ru``; ``/item/``,
``/i/``, the old ``/store/product/…/S_N.html`` form, stores, ``?sku_id=``/``pdp_npi=``/
``gatewayAdapt=`` tails, ``a.aliexpress.com`` and ``s.click.aliexpress.com`` links), Alibaba.com
(``product-detail`` pages, ``alibaba.com/x/`` share links, store-hosted listings) and Lazada.
"notes silent" marks a form listing-urls.md does not name: it only has to be refused (or read
as the parser documents), and the code recorded is the parser's.
``test_canonical_urls_follow_the_notes`` checks every accepted row's canonical URL against the
notes' canonical forms.

``PART1`` holds the real input that failed before this sweep's fix, and constructed rows and
controls of the fix: a link in single quotes right before a closing parenthesis (a call's
argument followed by more code: a test's ``expect(f('https://…/N.html')).toBe('N')``,
``g('https://…').then(…)``) ends at its closing quote, as one before a comma or a colon already
did. The id was read as ``N')).toBe('N`` (``malformed-id``), an AliExpress or 1688 path as a form
ipprules does not read (``missing-id``). A quote inside the host is never cut off
(``f('https://uniqlo.tmall.com')).toBe('uniqlo')`` stays a lookalike).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import notes_canonical as _notes_canonical
from _real_urls import table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ("    expect(extractAliProductId('https://he.aliexpress.com/item/1005001234567890.html')).toBe('1005001234567890');", 'aliexpress', 'listing', '1005001234567890'),  # github-index:57530000335; a quoted argument before a closing parenthesis (a JavaScript test)
    ("expect(parse('https://item.taobao.com/item.htm?id=748152639060')).toBe('748152639060');", 'taobao', 'listing', '748152639060'),  # constructed: fix (was malformed-id)
    ("fetch('https://www.aliexpress.com/item/1005007481526391.html').then(r => r.text())", 'aliexpress', 'listing', '1005007481526391'),  # constructed: fix (was missing-id)
    ("expect(offerId('https://detail.1688.com/offer/748152639061.html')).toBe(748152639061);", '1688', 'listing', '748152639061'),  # constructed: fix (was missing-id)
    ("assert offer_id(url('https://detail.1688.com/offer/748152639063.html')) == 748152639063", '1688', 'listing', '748152639063'),  # constructed control: a space after the parentheses (unchanged)
    ("open('https://www.lazada.sg/products/pdp-i2896336115.html'),x", 'lazada_sg', 'listing', '2896336115'),  # constructed: fix
    ("go('https://uniqlo.tmall.com/')).click()", 'tmall', 'storefront', 'uniqlo'),  # constructed: fix (was a page of the store)
    ("t('https://www.alibaba.com/product-detail/Smart-Knob_1600574868598.html')).ok()", 'alibaba_com', 'listing', '1600574868598'),  # constructed: fix
    ('expect(f("https://www.aliexpress.com/item/1005007481526392.html")).toBe("1")', 'aliexpress', 'listing', '1005007481526392'),  # constructed control: double quotes (unchanged)
    ("f('https://www.aliexpress.com/item/1005007481526393.html')", 'aliexpress', 'listing', '1005007481526393'),  # constructed control: nothing after the call (unchanged)
    ("f('https://uniqlo.tmall.com')).toBe('uniqlo')", None, 'lookalike-host', None),  # constructed control: a quote inside the authority is never cut off
    ("f('https://item.taobao.com')).toBe('@evil.example/item.htm?id=748152639062')", None, 'lookalike-host', None),  # constructed control: a quote inside the authority is never cut off
    ("https://www.aliexpress.com/item/Men(s)-Shirt/32628151907.html", 'aliexpress', 'listing', '32628151907'),  # constructed control: a parenthesis in a slug, no quote (unchanged)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('https://www.aliexpress.com/item/1005001631840988.html?spm=a2g0o.productlist.0.0.119469ediEvKMh&algo_pvid=a4dcf373-6fa0-4364-93e9-cb44c6f4f647&algo_expid=a4dcf373-6fa0-4364-93e9-cb44c6f4f647-2&btsid=0b0a555516160549149265959eaa1c&ws_ab_test=searchweb0_0,searchweb201602_,searchweb201603_', 'aliexpress', 'listing', '1005001631840988'),  # bagisto/laravel-aliexpress-dropship#63 (issue or PR thread)
    ('product  - https://www.aliexpress.com/item/33057648623.html?spm=a2g0o.home.15002.44.650c21454p8Slb&gps-id=pcJustForYou&scm=1007.13562.168240.0&scm_id=1007.13562.168240.0&scm-url=1007.13562.168240.0&pvid=2bb63140-3746-436c-8dd1-9b7bc05e68c0&_t=gps-id:pcJustForYou,scm-url:1007.13562.168240.0,pvid:2bb63140-3746-436c-8dd1-9b7bc05e68c0,tpp_buckets:668%230%23131923%2311_668%23808%234093%2383_668%23888%233325%233_668%232846%238107%2389_668%232717%237566%23875_668%233164%239976%23589', 'aliexpress', 'listing', '33057648623'),  # bagisto/laravel-aliexpress-dropship#36 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005001424484769.html?spm=a2g0o.productlist.0.0.29cc66ebwjAUUC&algo_pvid=d02e2f47-5ba3-4406-9e67-8347241a598b&algo_expid=d02e2f47-5ba3-4406-9e67-8347241a598b-5&btsid=0b0a555a16046596620122823e6796&ws_ab_test=searchweb0_0,searchweb201602_,searchweb201603_', 'aliexpress', 'listing', '1005001424484769'),  # bagisto/laravel-aliexpress-dropship-chrome-extension#6 (issue or PR thread)
    ('url: [](https://www.lazada.com.my/products/pensonic-pb-7511-multifunctional-hand-blender-white-i15717885-s19365971.html)', 'lazada_my', 'listing', '15717885'),  # alirezamika/autoscraper#33 (issue or PR thread); a Markdown link with empty text
    ('https://www.aliexpress.com/item/1005004524033590.html?spm=a2g0o.productlist.main.5.5f227ea3qRnbMw&algo_pvid=18c19a88-a8bc-49cb-acec-e4ce868de839&algo_exp_id=18c19a88-a8bc-49cb-acec-e4ce868de839-2&pdp_', 'aliexpress', 'listing', '1005004524033590'),  # nelsontky/gh-pages-url-shortener-db#236 (issue or PR thread)
    ('With this code sample you can fetch product detail of a product on AliExpress by ID. You can find the ID of a product in the URL, e.g https://www.aliexpress.com/item/4000669887458.html', 'aliexpress', 'listing', '4000669887458'),  # https://vandevliet.me/how-to-make-aliexpress-affiliate-api-call
    ('detail_url String 0 https://www.aliexpress.com/item//32667038134.html 商品链接', 'aliexpress', 'listing', '32667038134'),  # https://open.onebound.cn/help/api/aliexpress.item_get.html; notes silent: an empty path segment before the id
    ('- **URL**: https://fr.aliexpress.com/item/1005007187023722.html', 'aliexpress', 'listing', '1005007187023722'),  # https://gitea.maison43.duckdns.org/gilles/scrap/commit/ecda149a4b573c48f13def9a3316148fee77153a?files=pricewatch%2Fapp%2Fstores%2Faliexpress
    ('https://fr.aliexpress.com/item/32859196804.html?src=google&pdp_npi=4%40dis!EUR!3.69!2.66!!!!!%40!12000022818679214!ppc!!!&traffic_server_nav=true&key=ggEu&src=google&albch=shopping&acnt=364-871-7393&isdl=y&slnk=&plac=&mtctp=&albbt=Google_7_shopping&aff_platform=googl', 'aliexpress', 'listing', '32859196804'),  # github-index:66072172098
    ('CU](https://www.aliexpress.com/item/1005005977505151.html?spm=a2g0o.productlist.main.1.6b881568z6HXO3&algo_pvid=3d980182-4747-48c2-b768-fa3630e00195&algo_exp_id=3d980182-4747-48c2-b768-fa3630e00195-0&pdp_npi=4%40dis%21BRL%2136.71%2111.38%21%21%2149.52%2115.35%21%4021032dcb17151818189177583ec215%2112000035141219305%21sea%21BR%211907945182%21&curPageLogUid=LMfOcIXKtVlR&utparam-url=scene%3Asearch%7Cquery_fro', 'aliexpress', 'listing', '1005005977505151'),  # github-index:14101382883
    ('etre](https://fr.aliexpress.com/item/4000288962865.html?spm=a2g0o.productlist.main.77.6d5914f4v5NPLG&algo_pvid=d71fb403-f40d-4cc7-a875-13c06d929c08&algo_exp_id=d71fb403-f40d-4cc7-a875-13c06d929c08-38&pdp_npi=4%40dis%21EUR%211.01%210.86%21%21%211.07%21%21%40211b88f116927819246263528e020d%2110000001196337664%21sea%21FR%210%21A&curPageLogUid=roWasiHeoYNX)', 'aliexpress', 'listing', '4000288962865'),  # github-index:31308376593
    ('        productsPage.irParaPagina("https://pt.aliexpress.com/item/32635855219.html?spm=a2g0o.productlist.0.0.19ec638e8DwVHb&pdp_ext_f=%7B%22sku_id%22%3A%2212000027512978006%22%7D&pdp_npi=2%40dis%21BRL%2192.17%2152.55%21%21%21%21%21%402101e9d316683043736975815e4e40%2112000027512978006%21sea&curPageLogUid=a2GlAmropovr");', 'aliexpress', 'listing', '32635855219'),  # github-index:38355899358
    ('- 2.8" 320x240 with fpc: https://www.aliexpress.com/item/1005004629215040.html?pdp_npi=4%40dis%21CZK%21CZK%208.90%21CZK%208.90%21%21%210.36%210.36%21%402103891017375828457015857e954c%2112000035688288567%21sh%21CZ%213305825785%21X&spm=a2g0o.store_pc_allItems_or_groupList.new_all_items_20', 'aliexpress', 'listing', '1005004629215040'),  # github-index:23140902468
    (' * https://goldenrelay.en.alibaba.com/product/62119012875-811845870/GOLDEN_GI_1A_5LH_SPST_5V_5A_10A_250VAC_NO_18_5_10_5_15_3mm_sealed_type_all_certificate_compliances_class_F_SPDT_Form_available.h', None, 'missing-id', None),  # github-index:59572111; excerpt; notes silent: a store-hosted listing whose slug the index cut before ".html" is not read (the notes show the ".html" form only)
    ('      "https://www.aliexpress.com/item/1005005970123456.html"', 'aliexpress', 'listing', '1005005970123456'),  # github-index:62254515900
    ('he nanoCH32V003 mini dev board you can maybe even find at your favorite maker shop, but also [on AliExpress](https://de.aliexpress.com/item/1005005221751705.html). If there is an option to buy the board plus a "WCHLinkE" you may use that, but I will also show you how', 'aliexpress', 'listing', '1005005221751705'),  # github-index:19752173175
    ('Buy one: [Aliexpress](https://www.aliexpress.com/item/1005005142466936.html)', 'aliexpress', 'listing', '1005005142466936'),  # github-index:42844932300
    ('- [AliExpress – EDUP AX3000 (Global Version)]([https://www.aliexpress.com/item/1005005488548145.html](https://www.aliexpress.com/item/1005010089099843.html?spm=a2g0o.productlist.main.2.36bfuyfFuyfFNw&algo_p', 'aliexpress', 'listing', '1005005488548145'),  # github-index:27777750330
    ('>Link do ESP32: https://pt.aliexpress.com/item/1005005970553639.html <br>', 'aliexpress', 'listing', '1005005970553639'),  # github-index:9094656045
    ('- __telecommande IR__ : https://fr.aliexpress.com/item/1005005880586343.html?spm=a2g0o.order_list.order_list_main.5.50145e5bUaWUCF&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005005880586343'),  # github-index:147797895
    ('| [Gateron Red Switches](https://www.aliexpress.com/item/1005005550328893.html) | 90 | £20.10 |', 'aliexpress', 'listing', '1005005550328893'),  # github-index:71110245765
    ('  [AliExpress Link](https://www.aliexpress.com/item/1005005984772131.html)', 'aliexpress', 'listing', '1005005984772131'),  # github-index:51900260160
    ('            assertEquals("https://fr.aliexpress.com/?gatewayAdapt=glo2fra", actualResult);', None, 'not-a-listing', None),  # github-index:32267965998; a home page (section 11)
    ('            url="https://pt.aliexpress.com/item/1005005655136135.html?gatewayAdapt=glo2bra", alert_price=160.00),', 'aliexpress', 'listing', '1005005655136135'),  # github-index:24693781143
    ('- [284714-1](https://ko.aliexpress.com/item/1005004319496605.html?spm=a2g0o.order_list.order_list_main.5.1637140f944ZOH&gatewayAdapt=glo2kor) 24 pin female connector', 'aliexpress', 'listing', '1005004319496605'),  # github-index:5839776813
    ('3**: Waveshare ESP32-S3 Zero or compatable. <a href="https://www.aliexpress.us/item/3256808233319699.html?spm=a2g0o.order_list.order_list_main.5.53061802JTioD2&gatewayAdapt=glo2usa">AliExpress (Clone)</a>, <a href="https://www.amazon.com/dp/B0CHYHGYRH?th=1">Amazon</a>.', 'aliexpress', 'listing', '3256808233319699'),  # github-index:38748047853; section 6: a 3256 id kept as it is
    ('- [Buy on AliExpress](https://www.aliexpress.us/item/3256805917724211.html?spm=a2g0o.order_list.order_list_main.70.5da71802OAppXl&gatewayAdapt=glo2usa4itemAdapt)', 'aliexpress', 'listing', '3256805917724211'),  # github-index:13115047638; section 6: a 3256 id kept as it is
    ("C-Lite-Single-Black-Electrical/dp/B0B7GG46KJ) for the pre-AC-to-DC stage. We'll also use [10kV rated wire](https://ar.aliexpress.com/item/1005001839936748.html?gatewayAdapt=glo2ara) post-amplification and keep >2x safety factors in terms of discharge distance from these, as well as [69kV-rated electrical tape](https://www.amazon.in/3M-", 'aliexpress', 'listing', '1005001839936748'),  # github-index:40932502878
    ('| 80V 1mF capacitor| 1 cap per pedal | [Aliexpress](https://de.aliexpress.com/item/1005005355860881.html?spm=a2g0o.order_list.order_list_main.10.67a25c5f', 'aliexpress', 'listing', '1005005355860881'),  # github-index:14720268
    ('0 Schottky diode | 1 diode per pesal | [Aliexpress](https://de.aliexpress.com/item/1005006761992465.html?spm=a2g0o.order_list.order_list_main.16.67a25c5fWiYucW&gatewayAdapt=glo2deu) |', 'aliexpress', 'listing', '1005006761992465'),  # github-index:14720268
    ('| http://aliexpress.com | 200 | 5 | ali_apache_id: ; intl_common_forever: ; intl_locale: ; xman_us_f: ; aep_usuc_f:  | https://www.aliexpress.us/?gatewayAdapt=glo2usa&_randl_shipto=US |', None, 'not-a-listing', None),  # github-index:21097627923; notes silent (urls37: a home page in a Markdown cell, was not-a-url): a bare host followed by ASCII text is refused (docs/listings.md, Safety)
    ('- 참고로 사용자가 공유한 구매처: [알리익스프레스 HW-664 상품페이지](https://ko.aliexpress.com/item/4000116105737.html?gatewayAdapt=glo2kor)', 'aliexpress', 'listing', '4000116105737'),  # github-index:69377332863
    ("      link: 'https://es.aliexpress.com/item/1005006191097706.html',", 'aliexpress', 'listing', '1005006191097706'),  # github-index:46827872433
    ('    - [Battery Holder](https://es.aliexpress.com/item/1005006283753220.html?spm=a2g0o.order_list.order_list_main.5.4779194d1mFZpd&gatewayAdapt=glo2esp)', 'aliexpress', 'listing', '1005006283753220'),  # github-index:1989728927
    ('// https://es.aliexpress.com/item/1005006263058736.html', 'aliexpress', 'listing', '1005006263058736'),  # github-index:39830479353
    ('> \t\t- https://es.aliexpress.com/item/1005006026259742.html', 'aliexpress', 'listing', '1005006026259742'),  # github-index:36939688397
    ('Similarly [lightweight motor drivers](https://es.aliexpress.com/item/1005006099884636.html)', 'aliexpress', 'listing', '1005006099884636'),  # github-index:9943374797
    ("            'https://es.aliexpress.com/item/1005005913925017.html',", 'aliexpress', 'listing', '1005005913925017'),  # github-index:29896576488
    ("            'https://es.aliexpress.com/item/1005006016288213.html',", 'aliexpress', 'listing', '1005006016288213'),  # github-index:29896576488
    ("            'https://es.aliexpress.com/item/1005006427599086.html',", 'aliexpress', 'listing', '1005006427599086'),  # github-index:29896576488
    ('t colors and animations for the LEDs, also to make the XIAO go to deep sleep and so on | [Aliexpress](https://es.aliexpress.com/item/1005006141235306.html) |', 'aliexpress', 'listing', '1005006141235306'),  # github-index:21545910782
    ('\\- [Borrador de EPROM](https://es.aliexpress.com/item/1005006520190711.html) (EPROM Eraser)\\', 'aliexpress', 'listing', '1005006520190711'),  # github-index:66541020768
    ('\\- [Programador EPROM](https://es.aliexpress.com/item/1005008646900797.html) (', 'aliexpress', 'listing', '1005008646900797'),  # github-index:66541020768
    ('Transformador Controlador AC 100V-240V a DC 12V 3A: https://es.aliexpress.com/item/1005006317791960.html', 'aliexpress', 'listing', '1005006317791960'),  # github-index:4627411172
    ('Adaptador Transformador: https://es.aliexpress.com/item/4000497237064.html', 'aliexpress', 'listing', '4000497237064'),  # github-index:4627411172
    ('  [Resistors](https://pl.aliexpress.com/item/1005007987815579.html?aff_fcid=1e343476a15f43959b9e5f1eca4ca941-1741732129651-05363-_oBV1Q1Z&tt=CPS_NORMAL&aff', 'aliexpress', 'listing', '1005007987815579'),  # github-index:177469490
    ('- Voltmeter (https://pl.aliexpress.com/item/2017-Hot-Sell-Waterproof-Battery-Meter-DC-3-0-30V-Auto-Car-Gauge-Digital-Voltmeter-LED/32806295616.html?spm=a2', 'aliexpress', 'listing', '32806295616'),  # github-index:5470642102
    ("                                  'Referer': 'https://pl.aliexpress.com/item/{}.html'.format(product_id)}).json()", None, 'missing-id', None),  # github-index:22344049912; template
    ('            <li><a href="https://pl.aliexpress.com/item/4000298368244.html">AliExpress</a></li>', 'aliexpress', 'listing', '4000298368244'),  # github-index:54967394677
    ('- [Czytnik RFID/NFC](https://pl.aliexpress.com/item/1005007506031691.html?src=google&pdp_npi=4%40dis%21PLN%2114.33%2114.33%21%21%21%21%21%40%2112000041059250804%2', 'aliexpress', 'listing', '1005007506031691'),  # github-index:7016925125
    ('rd can be bought here : http://www.and-global.com/index.php/product/SIM7000G%20breakout.html and here https://pl.aliexpress.com/item/32964568200.html', None, 'not-alibaba-host', None),  # github-index:35043720052; the first link is no marketplace link
    ('      url: "https://pl.aliexpress.com/item/4001260747482.html",', 'aliexpress', 'listing', '4001260747482'),  # github-index:30271633131
    (' Their aliexpress store: https://pl.aliexpress.com/store/912632218', 'aliexpress', 'storefront', '912632218'),  # github-index:17015982771
    ("  - And the watchy on their store: https://pl.aliexpress.com/item/1005005209927318.html (It's the original manufacturer, others on Ali probably resell his watchy)", 'aliexpress', 'listing', '1005005209927318'),  # github-index:17015982771
    ('| ali_product_id | 1005008397815113 (chosen_link: pl.aliexpress.com/item/1005008397815113.html) |', 'aliexpress', 'listing', '1005008397815113'),  # github-index:55359677630
    ('      const directTargetUrl = `https://pl.aliexpress.com/item/${effectiveAliId}.html`;', None, 'missing-id', None),  # github-index:70316369617; template
    ('irmware has been written for an ESP8285-based Magic Home RGBW LED Controller (specifically [this one](https://nl.aliexpress.com/item/32579734729.html)), but it should work with any of the ESP8266 or ESP8285 based RGB(W) LED controllers. Althou', 'aliexpress', 'listing', '32579734729'),  # github-index:17757774794
    ("s radar doesn't work at all, it can be removed or replaced by a PIR sensor, e.g. the [AM312/HC-SR321](https://nl.aliexpress.com/item/1005008762602103.html) as shown in the picture below.  ", 'aliexpress', 'listing', '1005008762602103'),  # github-index:2491491404
    ('- EC11 Rotary encoder ([Aliexpress](https://nl.aliexpress.com/item/1005002802225957.html?spm=a2g0o.productlist.main.73.1a476867OZREEx&algo_pvid=b6bf1163-fa66-4662-8d6a-866a64e69', 'aliexpress', 'listing', '1005002802225957'),  # github-index:15021730379
    ('esp32-s3-devkitc-1 n16r8 (https://nl.aliexpress.com/item/1005010579778226.html) and RS485 to serial module (https://nl.aliexpress.com/item/1005010275911984.html).', 'aliexpress', 'listing', '1005010579778226'),  # github-index:51845265299
    ('1 x Digispark ATTiny85 https://nl.aliexpress.com/item/1005004996090616.html', 'aliexpress', 'listing', '1005004996090616'),  # github-index:31268600039
    ('1. A Xiaomi Mijia temperature sensor https://nl.aliexpress.com/item/1005002311446721.html?spm=a2g0o.search0302.0.0.78fd2a932zVGRx&algo_pvid=null&algo_expid=null&btsid=0b0a0ae2162', 'aliexpress', 'listing', '1005002311446721'),  # github-index:19044046379
    ('| Motor + ESC               | 1   | Test Pulsar B-20, B-40         | [aliexpress.com](https://nl.aliexpress.com/item/1005006742987156.html)                                                                               |', 'aliexpress', 'listing', '1005006742987156'),  # github-index:40011041414
    ('        url="https://nl.aliexpress.com/item/1005008459399126.html",', 'aliexpress', 'listing', '1005008459399126'),  # github-index:70918858874
    ('* 1× [6×6×6mm momentary tactile button](https://nl.aliexpress.com/item/10000056364450.html)', 'aliexpress', 'listing', '10000056364450'),  # github-index:1242276149
    ('    - https://nl.aliexpress.com/item/1005003232354177.html select 5P option', 'aliexpress', 'listing', '1005003232354177'),  # github-index:5348605799
    ('* Tuya WIFI 2 Gang Smart Switch Module 2 Way [Link](https://s.click.aliexpress.com/e/_DESCCPB)', None, 'short-link', None),  # github-index:10926505472; section 10: an AliExpress affiliate link
    ('- [Catchface Smart Lock](https://s.click.aliexpress.com/e/_DFtl1Wd)', None, 'short-link', None),  # github-index:2661277487; section 10: an AliExpress affiliate link
    ('-   [**Zigbee Plug**](https://s.click.aliexpress.com/e/_DchhTXp)', None, 'short-link', None),  # github-index:28534881542; section 10: an AliExpress affiliate link
    ('I bought [this loupe](https://s.click.aliexpress.com/e/_Dc7G7sf) for', None, 'short-link', None),  # github-index:40918912997; section 10: an AliExpress affiliate link
    ('- [RP Pico W - AliExpress](https://s.click.aliexpress.com/e/_DdLnsb9)', None, 'short-link', None),  # github-index:43408322537; section 10: an AliExpress affiliate link
    ('<p>You can find here <a href="https://s.click.aliexpress.com/e/_dSqbrK5" target="_blank">AliExpress (433MHz 4Km)</a> - <a href="https://s.click.aliexpress.com/e/_dTTkQtn" targ', None, 'short-link', None),  # github-index:6947280302; section 10: an AliExpress affiliate link
    ('    ESP32 D1 Mini * - https://s.click.aliexpress.com/e/_dSi824B', None, 'short-link', None),  # github-index:15081219842; section 10: an AliExpress affiliate link
    ('    - [Makerbase 75100 Alu PCB](https://s.click.aliexpress.com/e/_DE9TKAl)', None, 'short-link', None),  # github-index:62494404422; section 10: an AliExpress affiliate link
    ('    - [Flipsky 75100 Alu PCB](https://s.click.aliexpress.com/e/_DEXNhX3)', None, 'short-link', None),  # github-index:62494404422; section 10: an AliExpress affiliate link
    ('| Bushing \t  | [AliExpress](https://s.click.aliexpress.com/e/_Dmsh3LJ) | [US Amazon](https://amzn.to/3RAjKtY) | [UK Amazon](https://amzn.to/48jnoPO) | ', None, 'short-link', None),  # github-index:49196720957; section 10: an AliExpress affiliate link
    ('[These 240x240 TFT displays](https://s.click.aliexpress.com/e/_DmZVAIL) are the heart of the project, and we use 5 of them here.', None, 'short-link', None),  # github-index:35062039742; section 10: an AliExpress affiliate link
    ('    expect(storeIdFromUrl("https://www.aliexpress.com/store/1105289621/x")).to', 'aliexpress', 'storefront', '1105289621'),  # github-index:67170807698; notes silent: a page under a store path is read as the store
    ("            'http://www.aliexpress.com/store/1185416')", 'aliexpress', 'storefront', '1185416'),  # github-index:15041373098
    ('|P10 Display|[ Link](https://tr.aliexpress.com/item/1005003237909713.html?spm=a2g0o.productlist.0.0.37e759f1OWtOJo&algo_pvid=ac306e69-5e60-4847-98bb-0beb025dface&', 'aliexpress', 'listing', '1005003237909713'),  # github-index:46314400191
    ("const url = 'https://tr.aliexpress.com/item/1005006249095503.html?spm=a2g0o.best.moretolove.1.38507e06YfgqF8&pdp_npi=4%40dis%21SAR%2162.51%21SAR28.75%21%2", 'aliexpress', 'listing', '1005006249095503'),  # github-index:949501214
    ('//DEVICE https://tr.aliexpress.com/item/1005006269242344.html?spm=a2g0o.order_list.order_list_main.5.50923d12h0gi9A&gatewayAdapt=glo2tur', 'aliexpress', 'listing', '1005006269242344'),  # github-index:27099976777
    ("      'https://tr.aliexpress.com/item/10050070099736',", 'aliexpress', 'listing', '10050070099736'),  # github-index:70258430162; section 6: an item path without ".html"
    ("url = 'https://tr.aliexpress.com/item/1005004790316589.html?spm=a2g0o.categorymp.prodcutlist.19.22ffXxIDXxIDsD&pdp_ext_f=%7B%22sku_id%22%3A%22120000", 'aliexpress', 'listing', '1005004790316589'),  # github-index:21016627392
    ('          <a href="https://tr.aliexpress.com/item/1005001111111111.html">', 'aliexpress', 'listing', '1005001111111111'),  # github-index:54488700864
    ('https://tr.aliexpress.com/item/1005001636616276.html?spm=a2g0s.9042311.0.0.16564c4d1X2jto', 'aliexpress', 'listing', '1005001636616276'),  # github-index:25595250398
    ('[Dönüştürücü Set](https://tr.aliexpress.com/item/UN2F-10pcs-set-OTG-5pin-F-M-Changer-Adapter-Converter-USB-Male-to-Female-Micro-USB/32613315988.html?spm=2114.1', 'aliexpress', 'listing', '32613315988'),  # github-index:53086007939
    ('*  [Aliexpress Mouse Jiggler](https://tr.aliexpress.com/item/1005002536221819.html?gatewayAdapt=glo2tur)', 'aliexpress', 'listing', '1005002536221819'),  # github-index:7837487867
    ('            f"https://m.aliexpress.com/item/{item_id}.html",', None, 'missing-id', None),  # github-index:66577759491; template
    ('        assert extract_product_id("https://m.aliexpress.com/item/1005006367324382.html") == "1005006367324382"', 'aliexpress', 'listing', '1005006367324382'),  # github-index:60374911925
    ('- `https://a.aliexpress.com/_mNvN...`', None, 'short-link', None),  # github-index:1453318536; section 10: an AliExpress app share link
    ('- `https://aliexpress.com/store/product/...`', None, 'malformed-id', None),  # github-index:1453318536; notes silent: a placeholder path
    ('// or https://www.aliexpress.com/store/product/6-inch-HD-Interface-High-resolution-electronic-paper-display-e-ink-epaper-with-TCON-Demo-Kit/600281_32838449413.html', 'aliexpress', 'listing', '32838449413'),  # github-index:48809238261; section 6: the old store-product form, its item id
    ("                # item_url = 'https://www.aliexpress.com/store/product/2-3-4G-Mobile-Phone-Signal-Booster-Signal-Amplifier-Set-Cell-Phone-Signal-Repeater-900-1800/3106020_4000207196617.html'", 'aliexpress', 'listing', '4000207196617'),  # github-index:27381149646; section 6: the old store-product form, its item id
    ('- [ADC ユニット 購入(AliExpress)](https://www.aliexpress.com/store/product/M5Stack-ADC-16-I2C-ADS1100-0-12/3226069_32946953374.html)', 'aliexpress', 'listing', '32946953374'),  # github-index:9699045306; section 6: the old store-product form, its item id
    ("INSERT [dbo].[AliParameter] ([AliParameterId], [Name], [Value], [Create], [LastUpdate]) VALUES (2, N'product_url', N'http://www.aliexpress.com/store/product//{store_id}_{product_id}.html', CAST(N'2016-01-26 19:24:49.843' AS DateTime), NULL)", None, 'malformed-id', None),  # github-index:20960150406; template
    ('Hi guys, I ordered this hub motor from china: https://de.aliexpress.com/store/product/Maytech-Free-Shipping-1pcs-truck-for-single-motor-and-1pcs-70mm-hub-motor-for-electric-longboard/1630416_32820824995.html?spm=a2g0', 'aliexpress', 'listing', '32820824995'),  # github-index:4739920836; section 6: the old store-product form, its item id
    ('* ESP8266 microcontroller, like a [Wemos D1 Mini](https://www.aliexpress.com/store/product/WEMOS-D1-mini-Pro-16M-bytes-external-antenna-connector-ESP8266-WIFI-Internet-of-Things-development-board/1331105_32724692514.html)', 'aliexpress', 'listing', '32724692514'),  # github-index:40825928526; section 6: the old store-product form, its item id
    ('`Orange pi zero <https://www.aliexpress.com/store/product/New-Orange-Pi-Zero-H2-Quad-Core-Open-source-development-board-beyond-Raspberry-Pi/1553371_32760774493.html?spm=2114.12010108.0.0.R', 'aliexpress', 'listing', '32760774493'),  # github-index:83629131; section 6: the old store-product form, its item id
    ('- [M5BALA 購入(AliExpress)](https://www.aliexpress.com/store/product/M5Satck-BALA-ESP32-2DC-PSRAM-MPU9250-BLE/3226069_32904033658.html)', 'aliexpress', 'listing', '32904033658'),  # github-index:9018412161; section 6: the old store-product form, its item id
    ('RD-UM24-UM24C-for-APP-USB-2-0-LCD-Display-Voltmeter-ammeter-battery-charge-voltage-current/32845522857.html), [UM25C](https://www.aliexpress.com/store/product/RD-UM25-UM25C-for-APP-USB-2-0-Type-C-LCD-Voltmeter-ammeter-voltage-current-meter/923042_32855845265.html) and [UM34C](https://www.', 'aliexpress', 'listing', '32855845265'),  # github-index:3500078451; section 6: the old store-product form, its item id
    ('- **[旗舰店](https://www.aliexpress.com/store/product/M5Stack-NEW-PSRAM-2-0-FIRE-IoT-Kit-Dual-Core-ESP32-16M-FLash-4M-PSRAM-Development/3226069_32847906756.html?spm=2114.12010615.81483', 'aliexpress', 'listing', '32847906756'),  # github-index:8897791281; section 6: the old store-product form, its item id
    ("    buildReaderProxyUrl('https://www.alibaba.com/x/1lB7erD?ck=pdp'),", None, 'short-link', None),  # github-index:60898425139; section 10: an Alibaba.com app share link
    ('- EvilCrowRF-V2 [[link]](https://it.aliexpress.com/item/1005007868951389.html?gatewayAdapt=glo2ita4itemAdapt)- [[link]](https://labs.ksec.co.uk/product/evil-crow-r', 'aliexpress', 'listing', '1005007868951389'),  # github-index:55034964063
    ('      https://it.aliexpress.com/item/1005007490570643.html', 'aliexpress', 'listing', '1005007490570643'),  # github-index:19193509681
    ('https://it.aliexpress.com/item/1005007615031481.html', 'aliexpress', 'listing', '1005007615031481'),  # github-index:32627688357
    ('* [WeiHeng WH-C100](https://it.aliexpress.com/item/1005007661854154.html?spm=a2g0o.productlist.main.17.6640KMtfKMtfLb&algo_pvid=460fc652-4241-4711-9569-1d04a7', 'aliexpress', 'listing', '1005007661854154'),  # github-index:24159192408
    ('- Any typical wires for electronics would do. I use [Wires 30 AWG](https://it.aliexpress.com/item/1005007081117235.html)', 'aliexpress', 'listing', '1005007081117235'),  # github-index:56955113388
    ('line.com/b456/A700000007566767.pdf "The technical drawing of the socket"))| on [AliExpress](https://it.aliexpress.com/item/1005007661898327.html?) |', 'aliexpress', 'listing', '1005007661898327'),  # github-index:27914613092
    ('        "https://it.aliexpress.com/item/1005007481484485.html",', 'aliexpress', 'listing', '1005007481484485'),  # github-index:69030453167
    (', specifically created for an esp32c3 with builtin 0.42inch oled display (from [Aliexpress](https://it.aliexpress.com/item/1005007342383107.html?src=google&pdp_npi=4%40dis!EUR!6.47!4.14!!!!!%40!12000040340730534!ppc!!!&snpsid=1&sn', 'aliexpress', 'listing', '1005007342383107'),  # github-index:28433739574
    ('<li>TM1652 display https://it.aliexpress.com/item/1005007337668399.html?spm=a2g0o.order_list.order_list_main.10.47683696Rt836v&gatewayAdapt=glo2ita</li>', 'aliexpress', 'listing', '1005007337668399'),  # github-index:53812414592
    ('| Aiguilles polies Dauphine | [1005007896534058](https://fr.aliexpress.com/item/1005007896534058.html) | **10 × 14 × 15 mm** (longueurs) | NH35 / NH38 |', 'aliexpress', 'listing', '1005007896534058'),  # github-index:62301409022
    ('-> 4 * MAX485 Module RS-485 (https://fr.aliexpress.com/item/1005007011742123.html) = 0.83€ * 4 = 3,32€', 'aliexpress', 'listing', '1005007011742123'),  # github-index:56702593935
    ('| 6,89€       | [Link](https://fr.aliexpress.com/item/1005007667778518.html)', 'aliexpress', 'listing', '1005007667778518'),  # github-index:31857389462
    ('            url: "https://fr.aliexpress.com/item/1005007982624217.html",', 'aliexpress', 'listing', '1005007982624217'),  # github-index:52316255794
    ('[Breakout PCA9685PW module Servomotor Shield on Aliexpress](https://fr.aliexpress.com/item/1005007462728654.html)', 'aliexpress', 'listing', '1005007462728654'),  # github-index:15203495027
    ('- **[10 pins male 2.54mm (x2): MaleL7.5-1X10P](https://fr.aliexpress.com/item/1005007128029220.html)**  ', 'aliexpress', 'listing', '1005007128029220'),  # github-index:29311545918
    ('| `ORYS-005-CLA-OR` | Échelle dorée, interrupteur (classique) | [1005007683827902](https://fr.aliexpress.com/item/1005007683827902.html) | Gold-Exposed · China · EU | 129,39 € | exact() ambigu (2 SKU) ; fret sœur ~17 € | ', 'aliexpress', 'listing', '1005007683827902'),  # github-index:62418319249
    ('<https://fr.aliexpress.com/item/1005007613448154.html>', 'aliexpress', 'listing', '1005007613448154'),  # github-index:56199849439
    ('| [Hi-Link HLK-LD2450, KIT-A](https://fr.aliexpress.com/item/1005007316768708.html) (official Hi-Link store) | 1 | 24 GHz radar, tracks up to 3 people. KIT-A ships with', 'aliexpress', 'listing', '1005007316768708'),  # github-index:70458554115
    ('🔗 https://fr.aliexpress.com/item/1005007533576335.html', 'aliexpress', 'listing', '1005007533576335'),  # github-index:6960923239
    ('| Charge/boost module "2-in-1 3.2 V LiFePO4", **12 V variant** | 1 | [AliExpress](https://de.aliexpress.com/item/1005008094801881.html) | eletechsup LFUPSMA, board 32.2 × 11 × 1.0 mm; IN± 5 V charging, B± battery, O± 12 ', 'aliexpress', 'listing', '1005008094801881'),  # github-index:69441749308
    ('| UHF RFID Module 1dbi 35x35mm | 1 | 39.27 USD | https://de.aliexpress.com/item/1005008307223636.html?spm=a2g0o.productlist.main.2.3a2056acCbDovs&algo_pvid=561ac428-5895-4565-92d7-d205399', 'aliexpress', 'listing', '1005008307223636'),  # github-index:60787464600
    ('| 1   | ![Board](images/M12-5-Pin-Cable-Connector-F.jpg) | [M12 5 Pin Cable Connector](https://de.aliexpress.com/item/1005008983446794.html?spm=a2g0o.order_list.order_list_main.60.1a475c5fBDXy9Z&gatewayAdapt=glo2deu)  |', 'aliexpress', 'listing', '1005008983446794'),  # github-index:30236876085
    ('    [AliExpress](https://de.aliexpress.com/item/1005008752956562.html)', 'aliexpress', 'listing', '1005008752956562'),  # github-index:56488670669
    ('| Source | [AliExpress](https://de.aliexpress.com/item/1005008877279360.html) |', 'aliexpress', 'listing', '1005008877279360'),  # github-index:53392501513
    ('| **Netzteil** | USB-Netzteil, 5V, 2.1A | [Aliexpress](https://de.aliexpress.com/item/1005008831409743.html) |', 'aliexpress', 'listing', '1005008831409743'),  # github-index:41021880014
    ('- [ESP32-S3 Nano with IPEX interface](https://de.aliexpress.com/item/1005008854315375.html)', 'aliexpress', 'listing', '1005008854315375'),  # github-index:4740798494
    ('  - [Aliexpress 🇪🇸](https://es.aliexpress.com/item/1005008298259316.html) - [Aliexpress 🇩🇪](https://de.aliexpress.com/item/1005008298259316.html) - [Aliexpress 🇫🇷](https://fr.aliexpress.com/item/1005008298259316.html) - [Aliexpres', 'aliexpress', 'listing', '1005008298259316'),  # github-index:16039394084
    ('5. Some kind of touchplate (Available on [AliExpress](https://de.aliexpress.com/item/1005008850006833.html)', 'aliexpress', 'listing', '1005008850006833'),  # github-index:55763678235
    ('voltage is above ESP32 input limits and no suitable board regulator is used. | [AliExpress](https://de.aliexpress.com/item/1005008257960729.html) |', 'aliexpress', 'listing', '1005008257960729'),  # github-index:55600397714
    ('The board is available on [AliExpress](https://a.aliexpress.com/_mN9Ck2B).', None, 'short-link', None),  # github-index:70879849139; section 10: an AliExpress app share link
    ('- Eu quero um drone: https://a.aliexpress.com/_mOKDdtH', None, 'short-link', None),  # github-index:6761708218; section 10: an AliExpress app share link
    ('Link pedido: https://a.aliexpress.com/_mKBSVtD', None, 'short-link', None),  # github-index:61981208938; section 10: an AliExpress app share link
    (' - https://a.aliexpress.com/_mt5JedG', None, 'short-link', None),  # github-index:11177460119; section 10: an AliExpress app share link
    ('| ATX Breakout Board with NE555 circuit (1x) | | [AliExpress](https://a.aliexpress.com/_mOnLLjp) |', None, 'short-link', None),  # github-index:66567630718; section 10: an AliExpress app share link
    ('| Arduino Nano (1x) | | [AliExpress](https://a.aliexpress.com/_mL2nDMx) |', None, 'short-link', None),  # github-index:66567630718; section 10: an AliExpress app share link
    ("        links: ['https://a.aliexpress.com/_mMLcP7b'],", None, 'short-link', None),  # github-index:5763944864; section 10: an AliExpress app share link
    ('- USB-UART adapter. Any cheap adapter will work fine, I am using [this one](https://a.aliexpress.com/_mscVzYx). Costs about $1.', None, 'short-link', None),  # github-index:32047713254; section 10: an AliExpress app share link
    ('   - **M5STACK ATOM Lite** - [Aliexpress](https://a.aliexpress.com/_mO88aeK), [M5STACK store](https://shop.m5stack.com/products/atom-lite-esp32-development-kit), [docume', None, 'short-link', None),  # github-index:41680856324; section 10: an AliExpress app share link
    ('      url: "https://alibaba.com/product-detail/Wholesale-Custom-Logo-100-Cotton-T_160012739812.html",', 'alibaba_com', 'listing', '160012739812'),  # github-index:54583729682
    ("    sourceUrl: 'https://www.alibaba.com/product-detail/Wholesale-12-Zodiac-Necklace-with-Wish_1601679678930.html',", 'alibaba_com', 'listing', '1601679678930'),  # github-index:66832262223
    ('has any one seen [These](https://www.alibaba.com/product-detail/Wholesale-Promotional-Waterproof-Usb-Fast-Connector_60769676622.html?spm=a2700.7724857.normalList.51.e1af2ceb', 'alibaba_com', 'listing', '60769676622'),  # github-index:4620324723
    ('    supplier: "https://www.alibaba.com/product-detail/Wholesale-Passenger-Car-Wheels_1601116900873.html"', 'alibaba_com', 'listing', '1601116900873'),  # github-index:53112699123
    ('ch_url, text=\'<a class="search-card-e-slider__link search-card-e-slider__gallery" href="https://www.alibaba.com/product-detail/wholesale-laptops-Cheapest-OEM-Core-i5_1600705379299.html?spm=a2700.galleryofferlist.topad_classic.d_title.3e', 'alibaba_com', 'listing', '1600705379299'),  # github-index:23214560037
    ('# driver.get("https://www.alibaba.com/product-detail/Wholesale-Chicken-Table-Eggs-Price-Animal_11000005112612.html?spm"', 'alibaba_com', 'listing', '11000005112612'),  # github-index:45491219230; notes silent: a 14-digit Alibaba.com id (the notes give 10-13 digits) is accepted
    ("    'https://www.alibaba.com/product-detail/Wholesale-Galaxy-Star-Projector_1600123456789.html',", 'alibaba_com', 'listing', '1600123456789'),  # github-index:68856939982
    ('        "https://www.alibaba.com/product-detail/wholesale-double-seat-furniture-relaxing-brown_1600102821119.html",', 'alibaba_com', 'listing', '1600102821119'),  # github-index:32413226213
    ('  https://www.alibaba.com/product-detail/wholesale-popular-29-inch-21-speed_1600107379759.html?spm=a2700.galleryofferlist.topad_classic.d_image.7f4e40', 'alibaba_com', 'listing', '1600107379759'),  # github-index:15102975055
    ('const PROD1 = "https://www.alibaba.com/product-detail/Wholesale-Mobile-Phone-USB-Cable_62147007178.html";', 'alibaba_com', 'listing', '62147007178'),  # github-index:60751619501
    ('const PROD2 = "https://offer.alibaba.com/cps/m8irg4a8?bm=', None, 'not-a-listing', None),  # github-index:60751619501; notes silent: an Alibaba.com affiliate (cps) link, not read as a listing
    ('На aliexpress https://sl.aliexpress.ru/p?key=7TFhG4b<br/>', None, 'not-a-listing', None),  # github-index:23817715027; notes silent: sl.aliexpress.ru (an AliExpress Russia share link) is not a named short host; refused as no listing
    ('https://pt.aliexpress.com/i/1005001962537643.html?gatewayAdapt=glo2bra', 'aliexpress', 'listing', '1005001962537643'),  # github-index:31200923208; section 6: the /i/ form
    ('[7]: [Raspberry Pi 5 Power Adapter, PD 27W USB Type-C 5V 5A Power](https://www.aliexpress.com/i/1005006308560684.html)', 'aliexpress', 'listing', '1005006308560684'),  # github-index:52871674187; section 6: the /i/ form
    ('ull down button.jpg" width="150" height="120"> | Starter robot program button | <a href="https://es.aliexpress.com/i/1005002576288170.html"> 🛒 Shop</a> |', 'aliexpress', 'listing', '1005002576288170'),  # github-index:61373637405; section 6: the /i/ form
    (']https://www.rdsanjuan.com/tratamiento-de-los-residuos-solidos-urbanos/" + newline + "[5]https://es.aliexpress.com/i/1005004821140051.html" + newline + "[6]https://www.blog.consentidovacuno.es/posts/desparasitacion-del-ga', None, 'not-alibaba-host', None),  # github-index:2072288161; the first link is no marketplace link
    ('//   https://www.aliexpress.com/i/1005006035521757.html', 'aliexpress', 'listing', '1005006035521757'),  # github-index:62004005911; section 6: the /i/ form
    ('- Board: [Esp32-C3 Super Mini](https://vi.aliexpress.com/i/1005005319963906.html?gatewayAdapt=glo2vnm)', 'aliexpress', 'listing', '1005005319963906'),  # github-index:16152246856; section 6: the /i/ form
    ('* https://de.aliexpress.com/i/1005005670423140.html', 'aliexpress', 'listing', '1005005670423140'),  # github-index:34153888323; section 6: the /i/ form
    ('n-1 ESC | 30.5 × 30.5 mm, 3–6S, 8-pin JST-SH FC↔ESC cable included | CAD | [AliExpress](https://www.aliexpress.com/i/1005003501904106.html) (choose the H7 + Tekko32 50A option) · [Holybro](https://holybro.com/products/kak', 'aliexpress', 'listing', '1005003501904106'),  # github-index:71141194668; section 6: the /i/ form
    ('  // Example: https://m.aliexpress.com/i/100500123456.html', 'aliexpress', 'listing', '100500123456'),  # github-index:8409564543; section 6: the /i/ form
    ('  - [Coming soon !] [ACASIS USB 3.0 SDI/HDMI Capture Card - AC-U3SDH](https://www.aliexpress.com/i/1005001929814532.html) / [TYSTVideo 2 Channel SDI+HDMI Video Capture Box - TY-U3SDH](http://www.tystvide', 'aliexpress', 'listing', '1005001929814532'),  # github-index:42495137956; section 6: the /i/ form
    ('IM 1290x2796", "image_url": "aliexpress_1.png", "category": "AliExpress", "external_link": "https://he.aliexpress.com/item/1005007422390739.html"},', 'aliexpress', 'listing', '1005007422390739'),  # github-index:45027838705
    ('    detailUrl: "https://he.aliexpress.com/item/1.html",', None, 'malformed-id', None),  # github-index:71307065693; a placeholder id (section 6 validator)
    ("          expect(result.ogUrl).to.be.eql('//he.aliexpress.com/item/32993251330.html?src=ibdm_d03p0558e02r02&sk=&aff_platform=&aff_trace_key=&af=&cv=&cn=&dp=');", 'aliexpress', 'listing', '32993251330'),  # github-index:74334368
    ("            'https://he.aliexpress.com/item/1005001666814709.html?spm=a2g0o.productlist.main.3.509aSV9hSV9hJ9&algo_pvid=26ca9052-d087-4220-a4fb-", 'aliexpress', 'listing', '1005001666814709'),  # github-index:46242565376
    ("  testProductUrl: 'https://he.aliexpress.com/item/1005006385431766.html'", 'aliexpress', 'listing', '1005006385431766'),  # github-index:5143265453
    ('https://he.aliexpress.com/item/9876543210.html`}', 'aliexpress', 'listing', '9876543210'),  # github-index:51913828840
    ("            'url': 'https://he.aliexpress.com/item/1005009632752847.html',", 'aliexpress', 'listing', '1005009632752847'),  # github-index:3221129649
    ('ZH-X11H v2 (https://aliexpress.ru/item/1005009517426707.html?shpMethod=EMS_ZX_ZX_US&sku_id=12000049344648268&spm=a2g2w.productlist.search_results.4.6d185074fB6baZ)', 'aliexpress', 'listing', '1005009517426707'),  # github-index:61677757147; section 6: aliexpress.ru
    (' * STM32H723 [microcontroller board](https://aliexpress.ru/item/1005005919904877.html?spm=a2g2w.orderdetail.0.0.20454aa6zUxxvZ&sku_id=12000037322153382&gatewayAdapt=glo2rus)', 'aliexpress', 'listing', '1005005919904877'),  # github-index:10142303200; section 6: aliexpress.ru
    ('### The Modem: [LTE 3G module BM806U](https://aliexpress.ru/item/1005003907236172.html?spm=a2g2w.orderdetail.0.0.7ce34aa6s8FTbg&sku_id=12000027436374057) - $18', 'aliexpress', 'listing', '1005003907236172'),  # github-index:29486160517; section 6: aliexpress.ru
    ('Start-Process "https://aliexpress.ru/item/1005010748595370.html?shpMethod=CAINIAO_STANDARD&sku_id=12000053384867288&spm=a2g2w.productlist.search_results.16.308eeafaeIDtzw"', 'aliexpress', 'listing', '1005010748595370'),  # github-index:52461396477; section 6: aliexpress.ru
    ('o simple examples for MicroPhase Z7 Lite board, [AliExpress-avaliable](https://aliexpress.ru/item/1005002542001122.html?spm=a2g2w.orderdetail.0.0.45344aa6H0Hokr&sku_id=12000021066812071).', 'aliexpress', 'listing', '1005002542001122'),  # github-index:16122381683; section 6: aliexpress.ru
    ('3. [Драйвер двигателей L298N](https://aliexpress.ru/item/1005001621936295.html?spm=a2g0o.order_list.order_list_main.546.5f1218029YgoDx&gatewayAdapt=glo2rus&sku_id=12000016846765674)', 'aliexpress', 'listing', '1005001621936295'),  # github-index:18067329113; section 6: aliexpress.ru
    ('le-Switches_XKB-Connectivity-TC-1109-C-A_C561500.html) | [AliExpress](https://aliexpress.com/item/1005001629344310.html?spm=a2g2w.orderdetail.0.0.67d34aa6KalrlU&sku_id=12000016890022339)', 'aliexpress', 'listing', '1005001629344310'),  # github-index:37861826558
    ('a1bb7HElnHT) when you can seemingly easily do it yourself with [cheap](https://aliexpress.ru/item/1005005501298967.html?spm=a2g2w.orderdetail.0.0.4c7137d4TnwiZl&sku_id=12000039876819440&_ga=2.230843423.1283486305.1750753652-1749897236.1735401406) [available](https://aliexpress.ru/item/33037061522.html?spm=a2g2w.orderdetail.0.0.4c19', 'aliexpress', 'listing', '1005005501298967'),  # github-index:8877764093; section 6: aliexpress.ru
    ('    - 알리 : https://ko.aliexpress.com/item/1005005316033953.html', 'aliexpress', 'listing', '1005005316033953'),  # github-index:10061831317
    ('.html?gatewayAdapt=glo2kor&spm=a2g0o.order_list.0.0.21ef140fnMWK8L),  [metal mask buy link](https://ko.aliexpress.com/item/1005003821741873.html?gatewayAdapt=glo2kor&spm=a2g0o.order_list.0.0.21ef140fnMWK8L))', 'aliexpress', 'listing', '1005003821741873'),  # github-index:7954862872
    ('손바닥만한 [미니 PC](https://ko.aliexpress.com/item/1005001921619318.html)를 구입했다. 가격은 18만원에 스펙은 인텔 셀러론 J4125 / 8GB RAM / 128GB SSD이다.', 'aliexpress', 'listing', '1005001921619318'),  # github-index:35050508034
    ('The [saved product listing](https://ko.aliexpress.com/item/1005009117550746.html)', 'aliexpress', 'listing', '1005009117550746'),  # github-index:71430584649
    ("driver.get( 'https://ko.aliexpress.com/item/1005005060506706.html' )", 'aliexpress', 'listing', '1005005060506706'),  # github-index:6816161498
    ("It's called [Osptek Display with model number YDP420H001-V3](https://ko.aliexpress.com/item/1005012114591531.html). ", 'aliexpress', 'listing', '1005012114591531'),  # github-index:54896145278
    ('[SONOFF ZBDongle-P](https://ko.aliexpress.com/item/1005003758328408.html) - ラズベリーパイからZigbee信号を送れるようにするドングルです。', 'aliexpress', 'listing', '1005003758328408'),  # github-index:67128854739
    ("    # b = 'https://ko.aliexpress.com/item/1005006562460420.html?spm=a2g0o.productlist.main.3.2ea53l6p3l6pN1&algo_pvid=5e733517-e786-4d12-9ff5-8fc1", 'aliexpress', 'listing', '1005006562460420'),  # github-index:42518151248
    ("The selection remains the [seller's 3.00 mm open-bottom hat socket](https://ko.aliexpress.com/item/1005010364025678.html), barrel OD 1.45 mm, flange OD 2.00 mm and thickness 0.20 mm. The [selected drawin", 'aliexpress', 'listing', '1005010364025678'),  # github-index:67510901229
    ('https://ko.aliexpress.com/item/1005001908740631.html?gatewayAdapt=glo2kor', 'aliexpress', 'listing', '1005001908740631'),  # github-index:24211541678
    ('| BIGTREETECH SKR PICO    | 1    | 22.39€ | https://es.aliexpress.com/item/1005009051136182.html  |                            | Electronics               | 22.39€     |             ', 'aliexpress', 'listing', '1005009051136182'),  # github-index:59184135854
    ('- XD-3420 12/24V 30W Permanentmagnet-Gleichstrommotor (Hochgeschwindigkeit CW/CCW) [Link](https://de.aliexpress.com/item/1005009822574204.html)', 'aliexpress', 'listing', '1005009822574204'),  # github-index:2811521699
    ('| 8991067570353 Obsidian Ankle Cuffs        | aliexpress.com/item/1005009664413309 | $5.14  |', 'aliexpress', 'listing', '1005009664413309'),  # github-index:56826735434; section 6: an item path without ".html", no scheme
    ('- **Link:** https://pl.aliexpress.com/item/1005009540270888.html', 'aliexpress', 'listing', '1005009540270888'),  # github-index:66781813454
    ('    "https://pt.aliexpress.com/item/1005009349573153.html?spm=a2g0o.productlist.main.1.71ac4WlK4WlKD2&algo_pvid=1b3c3b36-1d59-4473-bf09-0d99194', 'aliexpress', 'listing', '1005009349573153'),  # github-index:6823689299
    ('- 1x Buck Converter 29V to 12V (LM2596HVS) [[aliexpress.com]](https://www.aliexpress.com/item/1005009041730920.html) [[image]](images/hardware/requirements/buck-converter-12v.png)', 'aliexpress', 'listing', '1005009041730920'),  # github-index:39753075509
    ('**Product Link**: https://www.aliexpress.com/item/1005009645506956.html', 'aliexpress', 'listing', '1005009645506956'),  # github-index:26171922779
    ('  "supplier_url": "https://www.aliexpress.com/item/1005009132541297.html",', 'aliexpress', 'listing', '1005009132541297'),  # github-index:53818941284
    ('- Five [30 mm pitch pixel strings](https://www.aliexpress.com/item/1005009115166973.html): 12 V, 1,000 individually addressable RGB pixels, IP67 and black wire. The supplier ', 'aliexpress', 'listing', '1005009115166973'),  # github-index:62283212054
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace (an
    Alibaba.com listing keeps its slug: ``product-detail/{slug}_{id}.html``)."""
    result = parse_listing(text)
    expected = _notes_canonical(text, platform, kind, id)
    if expected is None:
        assert platform == "alibaba_com", text
        assert result.canonical_url.startswith("https://www.alibaba.com/product-detail/")
        assert result.canonical_url.endswith(f"_{id}.html")
        return
    assert result.canonical_url == expected, text


_LINKS = [
    ("https://item.taobao.com/item.htm?spm=a1z10&id=542479181481", "542479181481"),
    ("https://detail.tmall.com/item.htm?id=608529032990&skuId=4911012597025", "608529032990"),
    ("https://detail.1688.com/offer/585943639773.html", "585943639773"),
    ("https://www.aliexpress.com/item/1005003264388589.html", "1005003264388589"),
    (
        "https://he.aliexpress.com/item/1005006385431767.html?gatewayAdapt=glo2isr",
        "1005006385431767",
    ),
    ("https://www.lazada.co.th/products/pdp-i4212266679.html", "4212266679"),
    ("https://www.alibaba.com/product-detail/Smart-Knob_1600574868597.html", "1600574868597"),
]


def _same_everywhere(text: str) -> None:
    """The thorough parser and the columnar kernel give ``parse_listing``'s answer."""
    result = parse_listing(text)
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS), st.sampled_from(["", "expect(f(", "x = g(", "    assert h(", "open("]),
       st.sampled_from([")).toBe('1');", ").then(r => r.json())", "), 1)", "))", ").x('a', 'b')",
                        ")).toEqual({ id: '542479181481' })"]))  # fmt: skip
def test_a_link_quoted_as_an_argument_ends_at_its_quote(
    link: tuple[str, str], before: str, after: str
) -> None:
    """``f('https://…')…``: a link in single quotes before a closing parenthesis (a call's
    argument) ends at its closing quote, whatever code follows (it was read into the id or the
    path)."""
    url, id = link
    text = f"{before}'{url}'{after}"
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    _same_everywhere(text)
