"""Sweep realurls59 of listing URLs (notes in /work/notes/sweep-realurls59.md): 196 real strings
from public code, Markdown, HTML, SQL, JSON and YAML (Java, C#, PHP, JS, TS and Python string
literals; BOMs, Chinese crawler code, affiliate-API fixtures, price trackers and storefront
links), found by queries the earlier sweeps had not used: item-id, offer-id and store-id
prefixes (``aliexpress.com/item/1005001``, ``/1005003``, ``/1005004``, ``/1005005``,
``/1005006``, ``aliexpress.com/item/32``, ``aliexpress.com/item/4001``,
``aliexpress.us/item/3256805``, ``aliexpress.ru/item/4``, ``detail.1688.com/offer/1``, ``/3``,
``/4``, ``item.taobao.com/item.htm?id=3``, ``item.htm?id=5``, ``detail.tmall.com/item.htm?id=4``,
``alibaba.com/product-detail/1``, ``aliexpress.com/store/1``, ``/store/2``), crawler query
strings (``&ns=1&abbucket=``), the AliExpress affiliate API's ``shop_url`` and
``promotion_link`` fields in SDK fixtures, and Lazada stores and products (``lazada.sg/shop/``,
``lazada.com.my/shop/``, ``lazada.com.ph/shop/``, ``lazada.co.th/products/``,
``lazada.vn/products/``). No row's line was in an earlier table (66 lines of the queries'
excerpts were: all those of ``lazada.sg/shop/``, ``lazada.vn/products/`` and
``m.intl.taobao.com/detail/detail.html?id=7``, and most of ``lazada.com.my/shop/``,
``lazada.com.ph/shop/`` and ``aliexpress.com/item/1005006`` among them); 25 rows link an address
an earlier table has in another line. Some rows are the search's excerpts of a longer line, cut
at the excerpt's edge.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_58.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md and the earlier
tables' readings before ``parse_listing`` ran; four (three kinds) disagreed:

1. ``https://shenzhen-abc-tech.en.alibaba.com/product-detail/123.html`` (a test's URL) was read
   as the storefront ``shenzhen-abc-tech``: the store forms of ``<company>.en.alibaba.com``
   (``.fm.``, ``.trustpass.``) left out only ``/product/`` paths, the store-hosted listing
   form. The www site's listing paths (``/product-detail/``, ``/product-introduction/``,
   ``/p-detail/``) on a store's host are a product page, never the store (notes section 5: a
   product path under a store host is a listing, and IPP rejects a complaint that mixes
   product and store links, section 9). The parser was fixed: they are now a listing page
   whose id no form of the notes vouches for, ``missing-id``, as ``/product/123.html`` there
   already was.
2. ``"shop_url": "https://www.aliexpress.com/store/98765"`` and ``…/store/12345`` (affiliate-API
   fixtures) were expected ``malformed-id`` (five digits), but the notes give AliExpress store
   ids no shortest length (real ones have six: ``store/226959``, ``store/123598``); the parser
   reads them as stores, and the docs decide: storefront (only ``store/1``, an earlier table's
   reading, is malformed).
3. A Seeed wiki line ``[![](https://github.com/…/click_to_buy.PNG)](https://item.taobao.com/…)``
   was expected ``not-alibaba-host`` (its first URL is GitHub's), but a Markdown image inside a
   link's text is the link's picture, not a link: earlier tables read the same badge's lines as
   the link's listing, and so does this one.
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('| solder place for screws | metal kit | — | https://pt.aliexpress.com/item/1005005043279413.html?spm=a2g0o.productlist.main.2.3360De5IDe5IY7&algo_pvid=cedd99ba-a683-4aa1-9cd6-507a28e9b398&algo_exp_id=cedd99ba-a683-4aa1-9cd6-507a28e9', 'aliexpress', 'listing', '1005005043279413'),  # github-index:56980981200
    ('The nanoCH32V003 mini dev board you can maybe even find at your favorite maker shop, but also [on AliExpress](https://de.aliexpress.com/item/1005005221751705.html). If there is an option to buy the board plus a "WCHLinkE" you may use that, but I will also show you how to use an Arduino Uno to flas', 'aliexpress', 'listing', '1005005221751705'),  # github-index:19752173175
    ('- [AliExpress – EDUP AX3000 (Global Version)]([https://www.aliexpress.com/item/1005005488548145.html](https://www.aliexpress.com/item/1005010089099843.html?spm=a2g0o.productlist.main.2.36bfuyfFuyfFNw&algo_pvid=d844b449-19e1-45be-ac9b-92', 'aliexpress', 'listing', '1005005488548145'),  # github-index:27777750330
    ('| [EC11 Rotary Encoder](https://www.aliexpress.com/item/1005005983159472.html) | 1 | £1.44 |', 'aliexpress', 'listing', '1005005983159472'),  # github-index:71110245765
    ('  [AliExpress Link](https://www.aliexpress.com/item/1005007031557776.html)', 'aliexpress', 'listing', '1005007031557776'),  # github-index:51900260160
    ('| **100nF** | [Aliexpress](https://it.aliexpress.com/item/1005005691676032.html?spm=a2g0o.cart.0.0.1eb718fcbElXUV&mp=1&pdp_npi=6%40dis%21EUR%21EUR%202.24%21EUR%201.31%21%21EUR%201.31%21%21%21%4021038e1e1769457765806', 'aliexpress', 'listing', '1005005691676032'),  # github-index:4680429960
    ('- [XIAO ESP32 S3](https://www.aliexpress.com/item/1005007084388623.html)', 'aliexpress', 'listing', '1005007084388623'),  # github-index:22738464972
    ('- [OLED RGB display](https://www.aliexpress.com/item/1005004794240558.html)', 'aliexpress', 'listing', '1005004794240558'),  # github-index:22738464972
    ('- [LIPO Battery 3.7V 2000mAH 103450](https://www.aliexpress.com/item/3256808031709894.html)', 'aliexpress', 'listing', '3256808031709894'),  # github-index:22738464972
    ('In this guide we use a A7670E module available for ~$13 on [Aliexpress](https://www.aliexpress.com/item/1005004176439432.html) under the brand "and-global".', 'aliexpress', 'listing', '1005004176439432'),  # github-index:41569090857
    ('| Prise USB déportée en façade de la borne                       | [Lien](https://fr.aliexpress.com/item/1005004619614416.html?spm=a2g0o.order_list.order_list_main.5.55385e5bAdzYTP&gatewayAdapt=glo2fra)', 'aliexpress', 'listing', '1005004619614416'),  # github-index:3311417412
    ('    urls = ["https://www.aliexpress.com/item/1005004265387289.html"]', 'aliexpress', 'listing', '1005004265387289'),  # github-index:34347335967
    ('    # "https://www.aliexpress.com/item/1005004652465892.html",', 'aliexpress', 'listing', '1005004652465892'),  # github-index:34347335967
    ('    # "https://www.aliexpress.com/item/33001319493.html",', 'aliexpress', 'listing', '33001319493'),  # github-index:34347335967
    ('1x Pair 34mm Diameter 45mm Focal Length Lenses - https://www.aliexpress.com/item/1005004324103470.html', 'aliexpress', 'listing', '1005004324103470'),  # github-index:58561583067
    ('1x 1M 25mm Nylon Strapping - https://www.aliexpress.com/item/1005008515249414.html', 'aliexpress', 'listing', '1005008515249414'),  # github-index:58561583067
    ('* USB to MBus *Slave* Adapter: <https://de.aliexpress.com/item/1005004874122617.html?gatewayAdapt=glo2deu>, around € 14,54', 'aliexpress', 'listing', '1005004874122617'),  # github-index:47347111827
    ('| 3 | MAX98357A amplifier board | 2 | $1.85 | https://www.aliexpress.com/item/1005004840960248.html | from repo doc |', 'aliexpress', 'listing', '1005004840960248'),  # github-index:71518303242
    ('sensor: https://nl.aliexpress.com/item/1005004786874722.html?spm=a2g0o.order_list.order_list_main.83.7b9c79d21Hc0g0&gatewayAdapt=Pc2Msite', 'aliexpress', 'listing', '1005004786874722'),  # github-index:29505847257
    ('  - 4x [Nillkin laptop stands](https://www.aliexpress.com/item/1005004603358207.html).', 'aliexpress', 'listing', '1005004603358207'),  # github-index:15003769482
    ('- [AS5048A magnetic encoder + solid magnet](https://ko.aliexpress.com/item/1005004239532357.html?spm=a2g0o.ppclist.product.16.189a33gr33grC1&pdp_npi=2%40dis%21KRW%21%E2%82%A9%2020%2C299%21%E2%82%A9%2020%2C299%21%21%21%21%21%40210301', 'aliexpress', 'listing', '1005004239532357'),  # github-index:114382737
    ('- [Interrupteur à bascule, deux boutons rouges](https://fr.aliexpress.com/item/1005003098591027.html?gatewayAdapt=glo2fra&spm=a2g0o.order_detail.0.0.61357d566luDWK)\t2', 'aliexpress', 'listing', '1005003098591027'),  # github-index:585419120
    ('* 21 x [kailh choc hotswap sockets](https://www.aliexpress.com/item/1005003575767699.html)', 'aliexpress', 'listing', '1005003575767699'),  # github-index:41349015665
    ('* 21 x [kailh choc V1 switches](https://www.aliexpress.com/item/1005005066585322.html) (I used whites for the start button and reds fo', 'aliexpress', 'listing', '1005005066585322'),  # github-index:41349015665
    ('    "https://www.aliexpress.com/item/1005003456789012.html",', 'aliexpress', 'listing', '1005003456789012'),  # github-index:70909882415
    ('Modem LoRa E22-400M30S (SX1268) - https://es.aliexpress.com/item/1005003122961059.html', 'aliexpress', 'listing', '1005003122961059'),  # github-index:7770316985
    ('I2S speaker module MAX98357A - https://es.aliexpress.com/item/1005005383121121.html', 'aliexpress', 'listing', '1005005383121121'),  # github-index:7770316985
    ('[Purchase C779](https://www.aliexpress.com/item/1005003033156483.html?algo_exp_id=2bfab2d1-a9c7-4c29-9434-2f451401d0e1-9&pdp_ext_f=%7B%22sku_id%22%3A%2212000023351081819%22%7D)', 'aliexpress', 'listing', '1005003033156483'),  # github-index:35059085315
    ("    url: 'https://es.aliexpress.com/item/1005003209038453.html',", 'aliexpress', 'listing', '1005003209038453'),  # github-index:3763823480
    ('| **Controller** | Seeed Studio XIAO RP2040 | 1 | [AliExpress](https://www.aliexpress.com/item/1005003901735765.html) |', 'aliexpress', 'listing', '1005003901735765'),  # github-index:17518107950
    ('| **Switches** | MX-Style (Cherry) | 9 | [AliExpress](https://www.aliexpress.com/item/1005008656717678.html) |', 'aliexpress', 'listing', '1005008656717678'),  # github-index:17518107950
    ('https://aliexpress.com/item/1005003829532007.html', 'aliexpress', 'listing', '1005003829532007'),  # github-index:46218386825
    ('    await page.goto("https://m.id.aliexpress.com/item/1005003230523068.html",optionlink)', 'aliexpress', 'listing', '1005003230523068'),  # github-index:22711538195
    ('Product page: https://www.aliexpress.com/item/1005003063164032.html', 'aliexpress', 'listing', '1005003063164032'),  # github-index:28518401690
    ('- [$0.88 MAX4466 microphone module](https://www.aliexpress.com/item/32732472453.html)', 'aliexpress', 'listing', '32732472453'),  # github-index:9330319505
    ('- Waveshare Universal e-Paper Driver Board (ESP32 version): https://www.aliexpress.com/item/32953365564.html', 'aliexpress', 'listing', '32953365564'),  # github-index:25095744020
    ('  https://www.aliexpress.com/item/32614334972.html?spm=2114.search0204.3.9.278c5d07YqZPW8&ws_ab_test=searchweb0_0%2Csearchweb201602_9_10065_10130_10068_10547_319_10546_317_10548_10545_10', 'aliexpress', 'listing', '32614334972'),  # github-index:32995549370
    ('| R1-R2        | Resistor                  | 0603     | 5.1k            | [5.1K - 100 pcs](https://aliexpress.com/item/1005001436923851.html?sku_id=12000016109475028)', 'aliexpress', 'listing', '1005001436923851'),  # github-index:40622412727
    ('| Diodo Schottky | 8 | [Verificado en funcionamiento](https://ja.aliexpress.com/item/1005001552094086.html?spm=a2g0o.productlist.main.1.6e44uelOuelObK&algo_pvid=324fc66a-4f51-4271-9d8e-bdbd04cb3111&algo_exp_id=324fc66a-4f51-4271-9d8e-bdbd04cb', 'aliexpress', 'listing', '1005001552094086'),  # github-index:56599568092
    ('| PMS5003 | PM Sensor     | https://aliexpress.com/item/1005001793669306.html | https://esphome.io/components/sensor/pmsx003.html |', 'aliexpress', 'listing', '1005001793669306'),  # github-index:45270326062
    ('https://es.aliexpress.com/item/1005001275162791.html', 'aliexpress', 'listing', '1005001275162791'),  # github-index:10896130702
    ('- [AS5048A magnetic encoder + solid magnet](https://ko.aliexpress.com/item/1005001686457940.html?spm=a2g0o.detail.pcDetailTopMoreOtherSeller.16.79211d4aZISBpE&gps-id=pcDetailTopMoreOtherSeller&scm=1007.40050.354490.0&scm_id=1007.400', 'aliexpress', 'listing', '1005001686457940'),  # github-index:7433362
    ('- 🗜️ [LED Holder Socket](https://www.aliexpress.com/item/1005001382324665.html?spm=a2g0o.cart.0.0.235338da3UhIeb&mp=1) | ![Aliexpress](https://img.shields.io/badge/Bought%20on-Aliexpress-orange.svg)', 'aliexpress', 'listing', '1005001382324665'),  # github-index:29782971172
    ('|2|Bbq probe (any should work)|[Aliexpress](https://aliexpress.com/item/1005001483369562.html)|', 'aliexpress', 'listing', '1005001483369562'),  # github-index:36064204102
    ("    sourceUrl: 'https://www.aliexpress.com/item/1005001234567890.html',", 'aliexpress', 'listing', '1005001234567890'),  # github-index:70122066022
    ('I bought it from: https://www.aliexpress.com/item/1005001906928377.html (no affiliation, no guarantee it will continue to exist).', 'aliexpress', 'listing', '1005001906928377'),  # github-index:23180220667
    ('[Breadboard](https://www.aliexpress.com/item/1005001607502404.html?spm=a2g0o.productlist.0.0.2a2168e8xttYsb&algo_pvid=f6168882-ccfe-4833-800e-5336558e9817&algo_exp_id=f6168882-ccfe-4833-800e-5336558e981', 'aliexpress', 'listing', '1005001607502404'),  # github-index:3043844182
    ('#make_api_call("https://www.aliexpress.com/item/4001155636952.html?spm=a2g0o.productlist.0.0.448e413dN6SAhP&algo_pvid=838dab60-bf9f-4bc9-9a16-8b0dd7656a47&algo_expid=838dab60-bf9f-4bc9-9a16-8b0dd7656a47', 'aliexpress', 'listing', '4001155636952'),  # github-index:17041844892
    ('* [WallPad](https://www.aliexpress.com/item/4001122560057.html)', 'aliexpress', 'listing', '4001122560057'),  # github-index:23552611797
    ('- 4x ESP-12F voor €6 (inc. shipment) https://nl.aliexpress.com/item/4001157391459.html', 'aliexpress', 'listing', '4001157391459'),  # github-index:60090775167
    ('  * https://www.aliexpress.com/item/4001222435297.html', 'aliexpress', 'listing', '4001222435297'),  # github-index:21173856402
    ('* Aliexpress: [100 Pcs/lot Membrane Switch 4x4x 0.8MM 4X4X0.8mm Tactile Push Button Switch Tact 4 Pin 4*4*0.8mm Switch Micro Switch SMD](https://www.aliexpress.com/item/4001331647427.html)', 'aliexpress', 'listing', '4001331647427'),  # github-index:33230549847
    ('    - 17hs08 1004s https://ja.aliexpress.com/item/4001014382025.html', 'aliexpress', 'listing', '4001014382025'),  # github-index:19096527297
    ('  <li><a href="https://www.aliexpress.com/item/4001063621549.html">T12-942 QUICKO Soldering Station (SET 5) ($58AUD)</a></li>', 'aliexpress', 'listing', '4001063621549'),  # github-index:7962052917
    ('the PCB to flash your firmware; one at `2.54mm` pitch and the other at `1.0mm` pitch, the latter of which is intended for use with [this](https://www.aliexpress.com/item/4001122992446.html) programmer.', 'aliexpress', 'listing', '4001122992446'),  # github-index:1471002357
    ('1. [Sodastream-to-regulator adapter](https://www.aliexpress.com/item/4001089851288.html) (TR21-4 thread size in most of the world, CGA 320 in North America)', 'aliexpress', 'listing', '4001089851288'),  # github-index:26646560517
    ('    "https://pt.aliexpress.com/item/4001021044000.html",', 'aliexpress', 'listing', '4001021044000'),  # github-index:39100018827
    ('http://detail.1688.com/offer/44411110860.html?spm=0.0.0.0.LGUcv9', '1688', 'listing', '44411110860'),  # github-index:23146839968
    ("      detailUrl: 'https://detail.1688.com/offer/456789123.html',", '1688', 'listing', '456789123'),  # github-index:3182898445
    ("      normalizedUrl: 'https://detail.1688.com/offer/456.html',", None, 'malformed-id', None),  # github-index:57404873408
    ('\t\tDocument doc=getAliDefaultConnet("http://detail.1688.com/offer/40463841126.html");', '1688', 'listing', '40463841126'),  # github-index:10536762537
    ('            var content = WebHttpsUtil.Reponse("http://detail.1688.com/offer/40710964384.html");', '1688', 'listing', '40710964384'),  # github-index:9220433743
    ('            //var content = WebHttpsUtil.Reponse("http://detail.1688.com/offer/41072925730.html");', '1688', 'listing', '41072925730'),  # github-index:9220433743
    ("status:'PROMISING_NEEDS_CONFIRMATION',supplier_id:'b2b-4',offer_id:'4',product_title:'M6 washer requiring material confirmation',product_url:'https://detail.1688.com/offer/4.html',matched_facts:['M6 size observed.'],", None, 'malformed-id', None),  # github-index:70608908588
    ('                #eg: https://detail.1688.com/offer/42635693272.html', '1688', 'listing', '42635693272'),  # github-index:38855375756
    ('        source_url="https://detail.1688.com/offer/123456789.html",', '1688', 'listing', '123456789'),  # github-index:63619271242
    ('      candidateUrl: "https://detail.1688.com/offer/1.html",', None, 'malformed-id', None),  # github-index:57381318502
    ('                "offer_url": "https://detail.1688.com/offer/10001.html",', None, 'malformed-id', None),  # github-index:58696605322
    ('        [("11", "https://detail.1688.com/offer/11.html", "商品一", None,', None, 'malformed-id', None),  # github-index:68321662072
    ('                "url" => "https://detail.1688.com/offer/12345.html",', None, 'malformed-id', None),  # github-index:10100990437
    ("    FBL_api = 'https://www.lazada.com.my/shop/site/api/seller/products?shopId={shopid}&sellerId={sellerid}'.format(shopid=shopid,sellerid=sellerid)", None, 'not-a-listing', None),  # github-index:27421268128
    ('                                <a href="https://www.lazada.com.my/shop/aro-industrial-parts/?spm=a2o4k.pdp.seller.1.5a20383aJe1XNh&itemId=1725962070&channelSource=pdp" target="blank"><img src={lazada} width="55" height="5', 'lazada_my', 'storefront', 'aro-industrial-parts'),  # github-index:41720968792
    ("      SELECT a.account_id, 'Cosma Main', 'lazada', 'LZD-COSMA', 'https://www.lazada.com.ph/shop/cosma', 'active', 0, 12000, 5, 95.0, 4.8, 15000, NOW() - INTERVAL '4 years', '{}'::jsonb", 'lazada_ph', 'storefront', 'cosma'),  # github-index:66663435653
    ('- [LILYGO](https://pt.aliexpress.com/store/2090076)', 'aliexpress', 'storefront', '2090076'),  # github-index:19145176577
    ("store_url = 'https://zuanhe.aliexpress.com/store/2216017'", 'aliexpress', 'storefront', '2216017'),  # github-index:11622677099
    ('python src/main.py -s https://aliexpress.com/store/2231154/', 'aliexpress', 'storefront', '2231154'),  # github-index:20857289911
    ('python src/main.py -p https://aliexpress.com/item/32953944390.html', 'aliexpress', 'listing', '32953944390'),  # github-index:20857289911
    ("hes, but once the keyboard was up and running I upgraded to a very nice set of blank DSA-profile keycaps that I ordered [from AliExpress](https://www.aliexpress.com/store/2230037) for 30&euro;. That set came with enough keycaps that I'll have myself covered if I ever build a second Atreus.", 'aliexpress', 'storefront', '2230037'),  # github-index:46295715619
    ("insert into site values('E01', 'KBDfans aliexpress', 'https://kbdfans.aliexpress.com/store/2230037'); ", 'aliexpress', 'storefront', '2230037'),  # github-index:25286295528
    ('a TTGO T-Display) which can be purchased at [Aliexpress](https://www.aliexpress.com/item/33048962331.html) (Official [LILYGO store](https://lilygo.he.aliexpress.com/store/2090076?spm=a2g0o.detail.1000061.1.59f8142fz8JkSi)). The TTGO-T1 is based on the [ESP32 Espresiff]', 'aliexpress', 'listing', '33048962331'),  # github-index:34732599998
    ("\t(1,'2953022','E-cig Vape Store','https://www.aliexpress.com/store/2953022',96.4,'2017-03-07',NULL,NULL);", 'aliexpress', 'storefront', '2953022'),  # github-index:4805359037
    (' * DHT11 Temperature & Humidity Sensor library for Arduino (veio no kit que comprei) - http://www.aliexpress.com/store/226959', 'aliexpress', 'storefront', '226959'),  # github-index:13085201403
    ('- **AliExpress**: [LilyGO Official Store](https://lilygo.aliexpress.com/store/2090076)', 'aliexpress', 'storefront', '2090076'),  # github-index:56294402063
    ('  shop_url: "https://www.aliexpress.com/store/1",', None, 'malformed-id', None),  # github-index:71033525010
    ('| WeAct ESP32-S3-A N16R8 | 16 MB | 8 MB Octal | Dual USB-C | $5.50-$7.50 | [AliExpress (WeAct Store)](https://weactstudio.aliexpress.com/store/1101545918) |', 'aliexpress', 'storefront', '1101545918'),  # github-index:32664137625
    ('[https://www.aliexpress.com/store/123598](https://www.aliexpress.com/store/123598)', 'aliexpress', 'storefront', '123598'),  # github-index:55473473205
    ('  <a href="https://www.aliexpress.com/store/1105701619"><img alt="AliExpress store" src="https://img.shields.io/badge/AliExpress-Official_Store-FF6A00?style=for-the-badge" /></a>', 'aliexpress', 'storefront', '1105701619'),  # github-index:68345576415
    ('    "url": "https://www.aliexpress.com/store/1420163",', 'aliexpress', 'storefront', '1420163'),  # github-index:5427289980
    ("            sellerRef: { platformSellerId: '2671658649', name: 'Aneikeh Shoes Store', url: 'https://www.aliexpress.com/store/1102738107' },", 'aliexpress', 'storefront', '1102738107'),  # github-index:60867886050
    ('you can buy lenses that come with IR filters, if needed, for pretty cheap. Many are designed for security applications, so be aware. [https://fulekan.aliexpress.com/store/1862644](https://fulekan.aliexpress.com/store/1862644)', 'aliexpress', 'storefront', '1862644'),  # github-index:29364068790
    ('[https://www.aliexpress.com/store/1104805174?spm=a2g0o.order_list.order_list_main.8.21ef194dfoSHNu](https://www.aliexpress.com/store/1104805174?spm=a2g0o.order_list.order_list_main.8.21', 'aliexpress', 'storefront', '1104805174'),  # github-index:66133925010
    ('- [RockBase IoT Store](https://www.aliexpress.com/store/1105401362)', 'aliexpress', 'storefront', '1105401362'),  # github-index:56971750410
    ('\thttps://item.taobao.com/item.htm?id=39481188174', 'taobao', 'listing', '39481188174'),  # github-index:10777814622
    ('$ret = iconv("gb2312", "utf-8//IGNORE",file_get_contents("http://item.taobao.com/item.htm?id=39310524066"));', 'taobao', 'listing', '39310524066'),  # github-index:47429044047
    ('| [LINK](https://item.taobao.com/item.htm?id=37749577080)                                           |       |', 'taobao', 'listing', '37749577080'),  # github-index:2497132739
    ("            goodHttp: 'http://item.taobao.com/item.htm?id=37498952035'", 'taobao', 'listing', '37498952035'),  # github-index:26284528197
    ("    taobaoLink: 'https://item.taobao.com/item.htm?id=337654225618',", 'taobao', 'listing', '337654225618'),  # github-index:38843610058
    ("INSERT INTO `taobao_goods` VALUES (3,'yuzunyi0423','37047811660','原封包邮现货Huawei/华为 G750-T00  荣耀3X 畅玩版八核双卡手机','http://item.taobao.com/item.htm?id=37047811660&pm2=3',3,1208,1058,209,633,'http://item.taobao.com/item.htm?id=37047811660&pm2=3&on_comment=1','2014-05-22 11:44:13',1);", 'taobao', 'listing', '37047811660'),  # github-index:22874578138
    ('# getProductList( "https://item.taobao.com/item.htm?id=39595400262")', 'taobao', 'listing', '39595400262'),  # github-index:6017949746
    ('\t\t\t\tas_.addAll(as);//http://item.taobao.com/item.htm?id=35051514137&ns=1&abbucket=0#detail', 'taobao', 'listing', '35051514137'),  # github-index:1682245872
    ("       '3000000004', 'https://item.taobao.com/item.htm?id=3000000004', 'Draft lot',", 'taobao', 'listing', '3000000004'),  # github-index:71309815587
    ("INSERT INTO `single_product` VALUES ('44', '201', 'https://img.alicdn.com/bao/uploaded/i1/XYMc61BjSZFhXXc6IpXa_!!2202902119.jpg_800x800.jpg', '日系修身休闲裤', '89', '1168', 'http://console.nanyiku.net/app/shareSingle.do?item_id=353769', 'https://detail.tmall.com/item.htm?id=40909992605');", None, 'not-alibaba-host', None),  # github-index:19331457867
    ('page.open("https://detail.tmall.com/item.htm?id=44163831176", function (status) {', 'tmall', 'listing', '44163831176'),  # github-index:5700864717
    ('| 红外避障传感器 | 1 | [红外避障传感器](https://detail.tmall.com/item.htm?id=40844279989&ali_refid=a3_430582_1006:1109448581:N:10dd5ZFgNCY07xv6IBZLPW%20Fztb96tqA:cd36f5dbea54931aaabadac652033624&ali_trackid=1_cd36f5dbea54931aaab', 'tmall', 'listing', '40844279989'),  # github-index:27490458852
    ('"https://www.alibaba.com/product-detail/1pcs-6-3-16cm-Wild-Republic_60606320436.html",', 'alibaba_com', 'listing', '60606320436'),  # github-index:15649368953
    ('If you want to upgrade the motors for more payload, here are the options: [**STS3250 at 50kg*cm**](https://www.alibaba.com/product-detail/12V-50kg-STS3250-Coreless-Motor-Magnetic_1601756525163.html?spm=a2747.product_manager.0.0.504a71d28VYAsz)', 'alibaba_com', 'listing', '1601756525163'),  # github-index:58504806925
    ('              : "https://www.alibaba.com/product-detail/123456789.html"', None, 'missing-id', None),  # github-index:66353074359
    ('            { title: "Wireless Earbuds Pro", price: 4.5, currency: "USD", image: null, link: "https://www.alibaba.com/product-detail/1" },', None, 'missing-id', None),  # github-index:70660430348
    ('      expect(provider.canHandle("https://alibaba.com/product-detail/123.html")).toBe(true);', None, 'missing-id', None),  # github-index:17256414308
    ('        url="https://shenzhen-abc-tech.en.alibaba.com/product-detail/123.html",', None, 'missing-id', None),  # github-index:58067356793; fixed: was a storefront (a /product-detail/ page on a store's host)
    ('# https://www.alibaba.com/product-detail/1000L-2000L-SUS-High-Shear-Maquina_1601244807309.html?spm=a2700.galleryofferlist.topad_classic.d_title.358b13a0lSlmVy&priceId=fa9c440338e5471698929aa24', 'alibaba_com', 'listing', '1601244807309'),  # github-index:43608634541
    ("(59, 'Per battery', 'https://www.alibaba.com/product-detail/1kw-2kw-3kw-4kw-5kw-10kw_919057641.html?spm=a2700.7724838.2017005.6.6c254b77FmCO3R\\n', 100, 400),", 'alibaba_com', 'listing', '919057641'),  # github-index:48435642566
    ("    url: 'https://www.alibaba.com/product-detail/12-Lines-3D-Green-Laser_1600892019.html',", 'alibaba_com', 'listing', '1600892019'),  # github-index:59147335327
    ('                "shop_url": "https://www.aliexpress.com/store/123456"', 'aliexpress', 'storefront', '123456'),  # github-index:20468419798
    ('  "shop_url": "https://www.aliexpress.com/store/900247438",', 'aliexpress', 'storefront', '900247438'),  # github-index:47662100954
    ('    "shop_url": "https://www.aliexpress.com/store/9087001",', 'aliexpress', 'storefront', '9087001'),  # github-index:61921010715
    ('          "shop_url": "https://www.aliexpress.com/store/402172",', 'aliexpress', 'storefront', '402172'),  # github-index:21514816456
    ('                            "shop_url": "https://www.aliexpress.com/store/9876543210",', 'aliexpress', 'storefront', '9876543210'),  # github-index:52492298108
    ('                            "product_detail_url": "https://www.aliexpress.com/item/1234567890.html",', 'aliexpress', 'listing', '1234567890'),  # github-index:52492298108
    ('                                    "shop_url": "https://www.aliexpress.com/store/98765",', 'aliexpress', 'storefront', '98765'),  # github-index:62073459299; a 5-digit store id: the notes give no shortest
    ('                            "shop_url": "https://www.aliexpress.com/store/12345"', 'aliexpress', 'storefront', '12345'),  # github-index:20112524042; a 5-digit store id: the notes give no shortest
    ('            "shop_url": "https://www.aliexpress.com/store/1",', None, 'malformed-id', None),  # github-index:66519261554
    ('                            "shop_url": "https://www.aliexpress.com/store/1105550285",', 'aliexpress', 'storefront', '1105550285'),  # github-index:67600992586
    ('            "product_detail_url": "https://www.aliexpress.com/item/...",', None, 'missing-id', None),  # github-index:54131881237
    ('            "shop_url": "https://www.aliexpress.com/store/...",', None, 'missing-id', None),  # github-index:54131881237
    ('\t\turl="https://detail.1688.com/offer/540395822242.html?spm=a312h.7841636.1998813769.d_pic_30.pNBkN1&tracelog=p4p";', '1688', 'listing', '540395822242'),  # github-index:28074539986
    ('\t\turl="https://detail.1688.com/offer/39246421071.html?spm=a312h.7841636.1998813769.d_pic_34.pNBkN1&tracelog=p4p";', '1688', 'listing', '39246421071'),  # github-index:28074539986
    ("    siteExample: 'http://detail.1688.com/offer/39098650520.html?spm=a261b.2187593.1998088710.147.LB7j1s',", '1688', 'listing', '39098650520'),  # github-index:10069880193
    ('        // https://detail.1688.com/offer/38455907337.html', '1688', 'listing', '38455907337'),  # github-index:36897576225
    ('        String regex = "https://detail.1688.com/offer/";', None, 'missing-id', None),  # github-index:36897576225
    ('          productLink1688: "https://detail.1688.com/offer/333333333333.html",', '1688', 'listing', '333333333333'),  # github-index:70895161187
    ('\t\t\t\t\t\t\t\t\t<a href="https://detail.1688.com/offer/35511496865.html" target="_blank"><img src="../images/ass/control/rc-112e.jpg" style="width: 90%;"></a>\t\t\t', '1688', 'listing', '35511496865'),  # github-index:5582402567
    ('                    "url": "https://detail.1688.com/offer/3.html",', None, 'malformed-id', None),  # github-index:62020139370
    ('            "product_link": "https://detail.1688.com/offer/3.html",', None, 'malformed-id', None),  # github-index:69220974394
    ('      candidateUrl: "https://detail.1688.com/offer/3.html",', None, 'malformed-id', None),  # github-index:57875935338
    ('\t\t\t\t\t\t\t<td class="tip"><a href="http://detail.1688.com/offer/36087163822.html" target="_blank"><span>苍南县龙港佳恒纸塑制品厂</span>店舗 1</a></td>', '1688', 'listing', '36087163822'),  # github-index:25420361505
    ('\t\tJSONUtils.put(argsObject, "url", "http://detail.1688.com/offer/37687586366.html");', '1688', 'listing', '37687586366'),  # github-index:17888894701
    ('I got these [magnets](https://www.aliexpress.us/item/3256805372724345.html) for use with Xol and Klicky00. Make sure you select the 6mmx3mm option, and do not order 10 like I did. Get like 40. You will need abo', 'aliexpress', 'listing', '3256805372724345'),  # github-index:17988945724
    ("If you'd like to purchase one for yourself, you can find it on [AliExpress](https://www.aliexpress.us/item/3256805247338830.html). ", 'aliexpress', 'listing', '3256805247338830'),  # github-index:42854420584
    ('- Radxa heatsink: <https://www.aliexpress.us/item/3256806829446736.html?gatewayAdapt=glo2usa4itemAdapt>', 'aliexpress', 'listing', '3256806829446736'),  # github-index:54493277374
    ('- USB A to USB C data cable: <https://www.aliexpress.us/item/3256805660336073.html?spm=a2g0o.productlist.main.11.31ce63d3dP4ICu>', 'aliexpress', 'listing', '3256805660336073'),  # github-index:54493277374
    ('| 1  | PH1 | PJ-307 3.5mm Stereo Jack | [AliExpress](https://www.aliexpress.us/item/3256805624175150.html) | |', 'aliexpress', 'listing', '3256805624175150'),  # github-index:21182480884
    ('|    | |  or **1x** 3.5mm Audio Jack Socket | [AliExpress](https://www.aliexpress.us/item/2251832685563184.html) | Like the PJ-307', 'aliexpress', 'listing', '2251832685563184'),  # github-index:21182480884
    ('- ESP32-C3 (I bought [this one](https://www.aliexpress.us/item/3256805941172619.html) and [this one](https://www.aliexpress.us/item/3256805870348476.html))', 'aliexpress', 'listing', '3256805941172619'),  # github-index:37039449934
    ('| 100nF 50V Ceramic Capacitor             | 1    | 5mm Lead Spacing                   | [AliExpresss](https://www.aliexpress.us/item/3256805505361280.html) |', 'aliexpress', 'listing', '3256805505361280'),  # github-index:39802460284
    ('male and female connector to connect in between the CAN gateway and the original 24 pin male connector going into the CAN gateway, e.g.: https://www.aliexpress.us/item/3256805736323340.html', 'aliexpress', 'listing', '3256805736323340'),  # github-index:1068137030
    ('| 915mhz LORA Antenna                             | 4            | $6.00     | https://www.aliexpress.us/item/3256805050972049.html?                                       | Payload Board Antennas', 'aliexpress', 'listing', '3256805050972049'),  # github-index:62135574859
    ('            "promotion_link": "https://s.click.aliexpress.com/demo1",', None, 'short-link', None),  # github-index:2959705082
    ('                "promotion_link": [{"promotion_link": "https://s.click.aliexpress.com/e/_ok"}]', None, 'short-link', None),  # github-index:66306646567
    ('                      "promotion_link": "https://s.click.aliexpress.com/e/_generated"', None, 'short-link', None),  # github-index:55135950835
    ('            "product_detail_url": "https://www.aliexpress.com/item/1005004123456789.html",', 'aliexpress', 'listing', '1005004123456789'),  # github-index:20244140277
    ('            "promotion_link": "https://s.click.aliexpress.com/e/_example_link",', None, 'short-link', None),  # github-index:20244140277
    ('            "shop_url": "https://example.aliexpress.com/store/912345678",', 'aliexpress', 'storefront', '912345678'),  # github-index:20244140277
    ('                      "promotion_link": "https://s.click.aliexpress.com/e/_abc123",', None, 'short-link', None),  # github-index:56681548063
    ('                      "product_detail_url": "https://www.aliexpress.com/item/100.html"', None, 'malformed-id', None),  # github-index:56681548063
    ('\t\t\t\t\t\t\t\t\t"product_detail_url": "https://www.aliexpress.com/item/1005001234567890.html",', 'aliexpress', 'listing', '1005001234567890'),  # github-index:53808324830
    ('\t\t\t\t\t\t\t\t\t"promotion_link": "https://s.click.aliexpress.com/promo",', None, 'short-link', None),  # github-index:53808324830
    ('            "promotion_link": "https://s.click.aliexpress.com/s/fwx308cRD9",', None, 'short-link', None),  # github-index:68370213641
    ('        "promotion_link": "https://s.click.aliexpress.com/e/abc123",', None, 'short-link', None),  # github-index:60262212868
    ('    "promotion_link": "https://s.click.aliexpress.com/e/_mock_887022",', None, 'short-link', None),  # github-index:20554081283
    ('    "source_value": "https://www.aliexpress.com/item/123.html",', None, 'malformed-id', None),  # github-index:20554081283
    ('    "product_detail_url": "https://www.aliexpress.com/item/1005012569395259.html",', 'aliexpress', 'listing', '1005012569395259'),  # github-index:71329117174
    ('    "promotion_link": "https://s.click.aliexpress.com/s/abc",', None, 'short-link', None),  # github-index:71329117174
    ('由于windows的限制，显卡必须连接显示器，为了可以关闭显示器，你需要一个显卡欺骗器，是一个虚拟的usb显示器，可以切换显示器，切换到显卡欺骗器就可以关闭显示器了，[淘宝地址](https://detail.tmall.com/item.htm?id=564633453403&spm=a1z09.2.0.0.47872e8d5G9qO2&_u=d3td1r1a69a)', 'tmall', 'listing', '564633453403'),  # github-index:46861786404
    ('\t//\t\t$url1= "https://item.taobao.com/item.htm?id=530678610014"; //淘宝已经下架 ', 'taobao', 'listing', '530678610014'),  # github-index:11677614804
    ('\t//\t\t$url2= "https://item.taobao.com/item.htm?id=528264890830"; // 淘宝存在', 'taobao', 'listing', '528264890830'),  # github-index:11677614804
    ("{'cat_leaf_name': '调和油', 'cat_name': '粮油米面/南北干货/调味品', 'item_url': 'https://detail.m.tmall.com/item.htm?id=530672343155', 'material_lib_type': '', 'nick': '天猫超市', 'num_iid': 530672343155, 'pict_url': 'https://img.alicdn.com/bao/", 'tmall', 'listing', '530672343155'),  # github-index:26152708284
    ('        req.setQ("https://detail.tmall.com/item.htm?id=577406087388");', 'tmall', 'listing', '577406087388'),  # github-index:31274544429
    ('          <a href="//detail.tmall.com/item.htm?id=558696103372" target="_blank" data-title="【超定制】高露洁全面防蛀薄荷*3+清新*2 共1250g牙膏清新口气" class="J_MakePoint" data-point="tbcart.8.12', 'tmall', 'listing', '558696103372'),  # github-index:41735002104
    ('- 直接选购已烧录好的腾讯云AT固件安信可ESP-12S模组：[https://item.taobao.com/item.htm?id=543467904788](https://item.taobao.com/item.htm?id=543467904788)', 'taobao', 'listing', '543467904788'),  # github-index:17854844904
    ('//        spider.addUrl("https://detail.tmall.com/item.htm?id=567474408014&ns=1&abbucket=4").thread(1).run();', 'tmall', 'listing', '567474408014'),  # github-index:36885945744
    ("    u'detail_url': u'http://item.taobao.com/item.htm?id=5297167533&spm=2014.21419355.0.0', ", 'taobao', 'listing', '5297167533'),  # github-index:4613854194
    ('    a = _tile(c, url="https://item.taobao.com/item.htm?id=500000000001")', 'taobao', 'listing', '500000000001'),  # github-index:70159144149
    ('    b = _tile(c, url="https://item.taobao.com/item.htm?id=500000000002")', 'taobao', 'listing', '500000000002'),  # github-index:70159144149
    ('https://item.taobao.com/item.htm?id=558396096340', 'taobao', 'listing', '558396096340'),  # github-index:21835539
    ('本项目以 [普中科技 STM32F103ZET6 开发实验板](https://item.taobao.com/item.htm?spm=a230r.1.14.1.50a130e8TMKYMC&id=558855281660&ns=1&abbucket=5#detail) 为载体移植，其它开发板可能要做些修改，有问题请请创建 issue。', 'taobao', 'listing', '558855281660'),  # github-index:15221194549
    ('| X3派机器人          | 轮趣科技 | [点击跳转](https://item.taobao.com/item.htm?spm=a230r.1.14.17.55e556912LPGGx&id=676436236906&ns=1&abbucket=12#detail) |', 'taobao', 'listing', '676436236906'),  # github-index:17839902409
    ('| 公对母杜邦线 | 若干 | [公对母杜邦线](https://detail.tmall.com/item.htm?spm=a230r.1.14.22.b10c6663PCvNOq&id=41254478179&ns=1&abbucket=7&skuId=3211140814458) 请选用10cm长即可 |', 'tmall', 'listing', '41254478179'),  # github-index:27253301704
    ("                    'url': 'https://item.taobao.com/item.htm?spm=a230r.1.14.22.34d544d20SAHVe&id=560966390234&ns=1&abbucket=11#detail'", 'taobao', 'listing', '560966390234'),  # github-index:9078707824
    ('  //       detailLinks: ["https://item.taobao.com/item.htm?id=559385670320&ns=1&abbucket=6#detail","https://item.taobao.com/item.htm?id=559385670320&ns=1&abbucket=6#detail","https://item.taobao.com/item.htm?id=550797609790&ns=1&abbucket=6#', 'taobao', 'listing', '559385670320'),  # github-index:21113007244
    ('[![](https://github.com/SeeedDocument/wiki_chinese/raw/master/docs/images/click_to_buy.PNG)](https://item.taobao.com/item.htm?spm=a230r.1.14.1.6bd29b76wvYGJS&id=45509558795&ns=1&abbucket=1#detail)', 'taobao', 'listing', '45509558795'),  # github-index:3694361749; a badge image's link is no link (earlier tables)
    ('    "https://detail.tmall.com/item.htm?spm=a230r.1.14.23.2bdd38bdRsTfHM&id=37236152544&ns=1&abbucket=17",', 'tmall', 'listing', '37236152544'),  # github-index:38153643964
    ('    "https://detail.tmall.com/item.htm?spm=a230r.1.14.66.21d3310cNOJUQi&id=625910266423&ns=1&abbucket=17&sku_properties=21735:44500;122276380:445', 'tmall', 'listing', '625910266423'),  # github-index:38153643964
    ('[AGS10有害气体传感器](https://item.taobao.com/item.htm?spm=a21n57.1.0.0.148e523cqcVeUq&id=709434114260&ns=1&abbucket=8#detail)', 'taobao', 'listing', '709434114260'),  # github-index:69488347039
    ("url = 'https://item.taobao.com/item.htm?spm=a230r.1.14.29.tcvhY7&id=533631191501&ns=1&abbucket=18'", 'taobao', 'listing', '533631191501'),  # github-index:10815004249
    ("                         # 'referer': 'https://item.taobao.com/item.htm?spm=a219r.lm5644.14.11.70b3a555eCfx0A&id=541986659658&ns=1&abbucket=18',", 'taobao', 'listing', '541986659658'),  # github-index:6713686474
    ("# url = r'https://www.lazada.vn/products/dien-thoai-apple-iphone-13-pro-max-128gb-i1522497182-s6393590575.html?search=1&spm=a2o4n.searchlistcategory.list.i72.75b", 'lazada_vn', 'listing', '1522497182'),  # github-index:38382515302
    ('- 12V 20W 450nm Лазер (https://aliexpress.ru/item/1005003148619218.html)', 'aliexpress', 'listing', '1005003148619218'),  # github-index:33769034
    ('- Драйверы двигателей TMC2208, тихие (https://aliexpress.ru/item/4000869320068.html)', 'aliexpress', 'listing', '4000869320068'),  # github-index:33769034
    ("    aliexpressUrl: 'https://aliexpress.ru/item/4000459786332.html?spm=a2g0o.productlist.0.0.2505790av6bc8d&algo_pvid=61885515-e541-4f16-8e7c-fad147e2b760&algo_expid=618", 'aliexpress', 'listing', '4000459786332'),  # github-index:23982400394
    ("(17, 'https://aliexpress.ru/item/4000098061056.html?spm=a2g0o.productlist.0.0.4a124113ri4vQN&s=p&ad_pvid=2020042902072411552888610911200009937322_5&algo_p", 'aliexpress', 'listing', '4000098061056'),  # github-index:42068697211
    ('- Модуль [BME680](https://aliexpress.ru/item/4001113450307.html?spm=a2g2w.orderdetail.0.0.71504aa6NWWCgO&sku_id=10000014487928923 "BME680")', 'aliexpress', 'listing', '4001113450307'),  # github-index:15317328690
    ('with MOLEX 0511460400 shell and MOLEX 0506418141 pins, however pre assembled cables may be found on Aliexpress: https://aliexpress.ru/item/4000586964114.html', 'aliexpress', 'listing', '4000586964114'),  # github-index:1232463824
    ('    https://aliexpress.ru/item/424380923490234098324.html or', None, 'malformed-id', None),  # github-index:13962859874
    ('Link: https://aliexpress.ru/item/4000869320068.html', 'aliexpress', 'listing', '4000869320068'),  # github-index:339483332
    ('- 3.9" 320x320 https://www.aliexpress.com/item/1005006170307995.html?pdp_npi=4%40dis%21CZK%21CZK%20299.00%21CZK%20299.00%21%21%2112.09%2112.09%21%40211b819117375814797795352e', 'aliexpress', 'listing', '1005006170307995'),  # github-index:23309611058
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    ALL, "none left out (every accepted row has the notes' canonical form)"
)

test_the_planner_accounts_for_every_line = planner_test(ALL)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # constructed: the www site's listing paths on a store's host are no store page
        ("https://x.en.alibaba.com/product-detail/Slug_1601756525163.html", (None, "missing-id", None)),
        ("https://x.en.alibaba.com/product-introduction/Slug_1601756525163.html", (None, "missing-id", None)),
        ("https://x.fm.alibaba.com/p-detail/Slug-1601756525163.html", (None, "missing-id", None)),
        # ... while the store's own pages stay the store
        ("https://x.en.alibaba.com/productlist.html", ("alibaba_com", "storefront", "x")),
        ("https://x.en.alibaba.com/product-list.html", ("alibaba_com", "storefront", "x")),
        ("https://x.en.alibaba.com/company_profile.html", ("alibaba_com", "storefront", "x")),
    ],
)  # fmt: skip
def test_listing_paths_on_a_store_host_are_no_store(
    url: str, expected: tuple[str | None, str, str | None]
) -> None:
    """Fix 1: a product-detail page on an Alibaba.com store's host is not the store."""
    assert answer(url) == expected
