"""Sweep 6 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls6.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``: a listing or storefront gives its platform,
kind and id; a rejection gives ``None``, its code and ``None``. Every row is a real link as found
in public code, documentation and data (READMEs' bills of materials, scrapers, fixtures, JSON
dumps, SQL seeds), with the text around it where it was pasted with text (Markdown, HTML,
tables, code), unless its comment says ``constructed``. The source of each is in its comment
(``github-index:N`` is a public file whose repository the code index does not name, as in
listing-urls.md). The parser, the ``ipprules listings`` CLI, the batch path and the columnar
kernel must all give the same answer.

The rows that failed before this sweep's fixes:

- a plain link inside a JSON or script string, its slashes as they are but ``&`` written
  ``\\u0026`` (the 100,000-row Taobao Double-11 sample data set's ``_id`` field, Go's encoder) or
  escaped twice (an API's log printing a string that holds JSON), and a ``\\n`` after a link in
  a string literal, were ``malformed-id`` or ``missing-id`` (see ``JSON_STRINGS``);
- a protocol-relative link glued to what names it (``href="//www.lazada.sg/…"`` in a Lazada
  search page's product card, ``"itemUrl":"//…"`` in compact JSON, ``[Buy](//…)``) was
  ``not-a-url`` (see ``RELATIVE_GLUED``);
- a store-hosted Alibaba.com listing without its slug (``zengge.en.alibaba.com/product/
  1959075082-213407227/``, a real README link; listing-urls.md §5: "a path /product/… under a
  store host is a listing") was ``missing-id``;
- a code comment's marker before a link (``//example of this condition would be https://…``,
  ``//var GetDatas = [//{ "Link": "http://only.tmall.com/…" }``) was read as a host and the
  text was ``not-a-url``;
- a scheme-less link after a label and its full-width colon or bracket (``淘宝店铺：shop114407458.
  taobao.com``, a real README line) was ``not-a-url``;
- a percent-encoded link copied out of a redirect parameter with the next parameter after it
  (``&imgrefurl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F32866723610.html&tbnid=…``) read that
  parameter as part of its path and was ``missing-id``;
- Taobao's lottery channel and Qimen open platform (``caipiao.taobao.com``,
  ``qimen.taobao.com``) and the 1688 application market (``app.1688.com``) were vanity
  storefronts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import (
    answer,
    table_tests,
)
from _scripts import load
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    # batch 1
    ('https://item.taobao.com/item.htm?id=633296694816', 'taobao', 'listing', '633296694816'),  # github-index:20531017938
    ('[Purchase Link](https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-21556097795.26.23ae6b0dJkBCqZ&id=680974076367)', 'taobao', 'listing', '680974076367'),  # github-index:29988683328
    ('https://item.taobao.com/item.htm?id=656218662088', 'taobao', 'listing', '656218662088'),  # github-index:15024726768
    ('- 🛒 [淘宝购买]([淘宝购买](https://item.taobao.com/item.htm?id=1021681636191&mi_id=0000TP6GHQep6drq4_kU9DP4zK01apQ5i_06dEQlgeN7KZI&skuId=6196046574887&spm=a21xtw.29178619.0.0&xxc=shop))（推荐）', 'taobao', 'listing', '1021681636191'),  # github-index:52818173688
    ('[ESPDuino智慧物联开发宝典](https://github.com/SmartArduino/zhdocs/raw/master/zhESPSeries/ESP8285/DOIT_ESP-M2/https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-7420449993.9.Bgp1Ll&id=520583000610)', None, 'not-alibaba-host', None),  # github-index:6956268753
    ('https://item.taobao.com/item.htm?spm=2013.1.20141001.1.535e274eSUayYy&id=592298807243&scm=1007.12144.97955.42296_0_0&pvid=e941c3b8-7026-4c75-b950-39e79ab0c0e8&utparam=%7B%22x_hestia_source%22%3A%2242296%22%2C%22x_object_type%22%3A%22', 'taobao', 'listing', '592298807243'),  # github-index:225945498
    ('https://item.taobao.com/item.htm?id=123&spm=abc', None, 'malformed-id', None),  # github-index:71287215843
    ('https://item.taobao.com.attacker.example/item.htm?id=123', None, 'lookalike-host', None),  # github-index:71287215843
    ('https://item.taobao.com/item.htm?id=679836775118', 'taobao', 'listing', '679836775118'),  # github-index:65778347388
    ('https://item.taobao.com/item.htm?spm=a230r.1.14.21.2l6ruV&id=540430775263', 'taobao', 'listing', '540430775263'),  # github-index:40499226768
    ('https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.7.5906232emcF0Zc&id=572690541733&skuId=3730011833577&user_id=1607784674&cat_id=2&is_b=1&rn=632a42f0eaa04b13b0001fc2ccab8f61', 'tmall', 'listing', '572690541733'),  # github-index:26285909728
    ('// https://detail.tmall.com/item.htm?spm=686.1000924.0.0.ZCOva6&id=43855851787', 'tmall', 'listing', '43855851787'),  # github-index:5327968
    ('https://detail.tmall.com/item.htm?spm=a1z10.3746-b.w4946-14396547293.1.4PUcgZ&id=529634221064&sku_properties=-1:-1', 'tmall', 'listing', '529634221064'),  # github-index:12944710948
    ('https://detail.tmall.com/item.htm?spm=875.7931836/B.20161011.1.64bc94afD3RWOd&abtest=_AB-LR845-PR845&pvid=f1ebd772-4928-45d1-9771-d05af4256bfa&pos=1&abbucket=_AB-M845_B9&acm=201509290.1003.1.1286473&id=560597539512&scm=1007.12710.8171', 'tmall', 'listing', '560597539512'),  # github-index:7872804193
    ('[天猫购买链接](https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.6.3a8e144cSO3Gp9&id=616382027158&areaId=330100&user_id=1932014659&cat_id=2&is_b=1&rn=919b763eb3051be569c91f85996e73eb)', 'tmall', 'listing', '616382027158'),  # github-index:46784570728
    ('| 12 | 电机橡胶圈 | Ø8 × 2 mm；建议两黑两白；[详细尺寸](#mechanical-specs) | 4 | [商品页](https://detail.tmall.com/item.htm?id=923643961535) |', 'tmall', 'listing', '923643961535'),  # github-index:71472606898
    ('[商品页](https://item.taobao.com/item.htm?id=658713209127&skuId=4755138613087) |', 'taobao', 'listing', '658713209127'),  # github-index:71472606898
    ('"taobao_url":"https://detail.tmall.com/item.htm?spm=a230r.1.14.6.jE1Qvq&id=549995049215&cm_id=140105335569ed55e27b&abbucket=8&sku_properties=5919063:6536025","mac_address":"CA:C1:B9:B7:90:1A"', 'tmall', 'listing', '549995049215'),  # github-index:21716457898
    ('https://detail.tmall.com/item.htm?id=964006438741,', 'tmall', 'listing', '964006438741'),  # github-index:55898913568
    ('https://detail.1688.com/offer/844442218876.html,', '1688', 'listing', '844442218876'),  # github-index:55898913568
    ('https://m.tb.cn/h.UkSFhyY', None, 'short-link', None),  # github-index:43385512223
    ('https://m.tb.cn/h.abc123 「测试商品标题」', None, 'short-link', None),  # github-index:58133717768
    ('[闲鱼](https://m.tb.cn/h.8PO70V1?tk=BkFVT3wYGlo)(推荐)', None, 'short-link', None),  # github-index:70938044633
    ('<a href="https://m.tb.cn/h.iXXX6S4?tk=78fdUHnev25" target="_blank" class="btn-primary">', None, 'short-link', None),  # github-index:53852284028
    ('taobao://m.tb.cn/h.ffKfhIt', None, 'scheme-not-allowed', None),  # github-index:2538556733
    ('taobao://m.tb.cn/h.en8o2i9?sm=069084 ', None, 'scheme-not-allowed', None),  # github-index:12045955268
    ('1👈啊5NKkX84wYdk啊 https://m.tb.cn/h.4CEhFr0?sm=70d491 lofree洛斐 小浪无线机械键盘蓝牙双模电竞专用办公电脑茶轴84键', None, 'short-link', None),  # github-index:8658048953
    ('https://m.tb.cn/h.fQZbteM', None, 'short-link', None),  # github-index:20502047738
    ('https://m.tb.cn/h.RlwomIHlT9pVpOi', None, 'short-link', None),  # github-index:58508640308
    ('https://www.aliexpress.com/item/1005001234567890.html', 'aliexpress', 'listing', '1005001234567890'),  # github-index:16810432547
    ('https://www.aliexpress.com/item/1005003819366900.html · https://www.aliexpress.com/w/wholesale-esp32-s3-devkitc-1-n8r8.html', 'aliexpress', 'listing', '1005003819366900'),  # github-index:71448403937
    ('https://www.aliexpress.com/w/wholesale-esp32-s3-devkitc-1-n8r8.html', None, 'not-a-listing', None),  # github-index:71448403937
    ('[1]: https://www.aliexpress.com/item/32988174566.html', 'aliexpress', 'listing', '32988174566'),  # github-index:34309337
    ('https://www.aliexpress.com/item/1005001456186625.html', 'aliexpress', 'listing', '1005001456186625'),  # github-index:32583677747
    ('https://www.aliexpress.com/item/32705625990.html', 'aliexpress', 'listing', '32705625990'),  # github-index:32583677747
    ('https://www.aliexpress.com/item/...', None, 'missing-id', None),  # github-index:54344415632
    ('(https://www.aliexpress.com/item/1005006854441059.html)', 'aliexpress', 'listing', '1005006854441059'),  # github-index:38744721932
    ('[BTT HDMI 5"](https://fr.aliexpress.com/item/1005005889257573.html?spm=a2g0o.order_list.order_list_main.27.5cdb5e5bHcPF79&gatewayAdapt=glo2fra)', 'aliexpress', 'listing', '1005005889257573'),  # github-index:26258788202
    ("'https://www.aliexpress.com/item/1005005395955840.html?spm=a2g0o.home.pcJustForYou.25.650c76dbjfPV4i&', 'white, black, pink, '", 'aliexpress', 'listing', '1005005395955840'),  # github-index:47089910777
    ('https://www.aliexpress.com/item/12345.html', None, 'malformed-id', None),  # github-index:58712339012
    ('PinHdr (angular)|2|http://www.aliexpress.com/item/x/32241048789.html|80|0.50|0.01', 'aliexpress', 'listing', '32241048789'),  # github-index:8385634157
    ('http://www.aliexpress.com/item/x/32530262851.html', 'aliexpress', 'listing', '32530262851'),  # github-index:8385634157
    ('http://h5.m.taobao.com/awp/core/detail.htm?spm=686.1000925.0.0.65ecc7c93DZqLU&id=561356305917', 'taobao_or_tmall', 'listing', '561356305917'),  # github-index:18527249
    ('https://h5.m.taobao.com/awp/core/detail.htm?id=1234567890123456789&tracking=private', None, 'malformed-id', None),  # github-index:68371861575
    ('//h5.m.taobao.com/awp/core/detail.htm?id=545041732350', 'taobao_or_tmall', 'listing', '545041732350'),  # github-index:40753293734
    ('http://h5.m.taobao.com/awp/core/detail.htm?id=43064483679', 'taobao_or_tmall', 'listing', '43064483679'),  # github-index:46463967525
    ('https://h5.m.taobao.com/awp/core/detail.htm?id=', None, 'missing-id', None),  # github-index:17220611324
    ('https://detail.tmall.hk/item.htm?spm=a220m.1000858.0.0.767c2420x1wsEJ&id=520928380305&skuId=3561403886285&areaId=330106&is_b=1&user_id=2541315686&cat_id=55916001&rn=6e62dabd7', 'tmall_global', 'listing', '520928380305'),  # github-index:20228360539
    ('https://detail.m.tmall.com/item.htm?spm=a1z10&id=612345678901&skuId=5', 'tmall', 'listing', '612345678901'),  # github-index:71113296873
    ('https://detail.tmall.hk/hk/item.htm?id=612345678901', 'tmall_global', 'listing', '612345678901'),  # github-index:71113296873
    ('https://shop1234567.v.weidian.com/item.html?itemID=7212345678', None, 'not-alibaba-host', None),  # github-index:71113296873
    ('<a href="https://detail.tmall.hk/hk/item.htm?id=575153295527" target="_blank"></a>', 'tmall_global', 'listing', '575153295527'),  # github-index:297118352
    ("'https://detail.tmall.hk/hk/item.htm?spm=a220m.1000862.1000725.6.cLCdeN&id=537215123520&is_b=1&cat_id=2&rn=936183788ed81dc9b584fc4888c330a7', '0.00'", 'tmall_global', 'listing', '537215123520'),  # github-index:17187120229
    ('"https://detail.tmall.hk/hk/item.htm?tbpm=1&spm=a230r.1.14.13.6ebb4793sgX8vA&id=599058260846&cm_id=140105335569ed55e27b&abbucket=17",', 'tmall_global', 'listing', '599058260846'),  # github-index:38088310729
    ('https://www.lazada.co.th/products/xyz.html', None, 'missing-id', None),  # github-index:54550151650
    ('https://www.lazada.co.th/products/mamypoko-pants-m-i12345.html?aff_src=babytools', None, 'malformed-id', None),  # github-index:57039770754
    ('"url": "https://www.lazada.co.th/products/pdp-i4212266679.html",', 'lazada_th', 'listing', '4212266679'),  # github-index:3671977916
    ('<a href="https://www.lazada.co.th/products/dtawan-electric-cut-card-machine-sk-316-a4-i2145874970-s7171614375.html?exlaz=d_1:mm_150050845_51350205_2010350205::12:19039203577!!!!!c!!7171614375!1', 'lazada_th', 'listing', '2145874970'),  # github-index:33780963024
    ('https://www.lazada.co.th/products/fixture-cable-i100001-s200001.html', 'lazada_th', 'listing', '100001'),  # github-index:61029603415
    ('https://www.lazada.co.th/products/abc123', None, 'missing-id', None),  # github-index:65794565439
    ('https://www.lazada.co.th/products/pdp-i9.html', None, 'malformed-id', None),  # github-index:71203807224
    ('https://www.lazada.co.th/products/pdp-i...', None, 'missing-id', None),  # github-index:52129454544
    ('https://www.lazada.com.ph/products/test-i123.html', None, 'malformed-id', None),  # github-index:57404578729
    ('https://www.lazada.com.ph/products/', None, 'missing-id', None),  # github-index:59411196725
    ('https://www.lazada.com.ph/products/i', None, 'missing-id', None),  # github-index:40666967734
    ('https://shopee.ph/Kuhne-Mustard-Dijon-185g-i.284922593.56757096831', None, 'not-alibaba-host', None),  # github-index:71119007103
    ('https://www.lazada.com.ph/products/mustard-i123.html', None, 'malformed-id', None),  # github-index:71119007103
    ('https://www.lazada.com.ph/products/ndonhand-twice-official-candyfan-z-i3047510590-s15018676998.html?&search=pdp_v2v?spm=a2o4l.pdp_revamp.recommendation_2.12.71884faaCGWoQM&mp=1&scm=1007', 'lazada_ph', 'listing', '3047510590'),  # github-index:35690632878
    ('https://www.lazada.com.ph/products/pdp-i15593670246.html |', 'lazada_ph', 'listing', '15593670246'),  # github-index:69450040039
    ('https://www.lazada.com.ph/products/logitech-mx-master-3s-i345678.html', 'lazada_ph', 'listing', '345678'),  # github-index:66793378864
    ('https://www.lazada.com.ph/products/windproof-travel-uv-umbrella-for-rain-compact-folding-umbrella-sun-protection-tote-umbrella-i3615305749-s23561763330.html?pvid=92ea3887-3c86-46fd-a011', 'lazada_ph', 'listing', '3615305749'),  # github-index:37251045860
    ('"https://www.alibaba.com/product-detail/Paracord-550_12345678.html"', 'alibaba_com', 'listing', '12345678'),  # github-index:37718536819
    ('[$2.4](https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html) - [$3.8](https://www.amazon.se/dp/B074NJMPYJ) |', 'alibaba_com', 'listing', '1600270997819'),  # github-index:26679814834
    ('https://www.alibaba.com/product-detail/...', None, 'missing-id', None),  # github-index:53255368354
    ('[Alibaba YE140 — 定价基准（¥213-318/шт）](https://www.alibaba.com/product-detail/140W-100W-65W-22-5W-Output_1601278044973.html)', 'alibaba_com', 'listing', '1601278044973'),  # github-index:61694421934
    ('[here](https://www.alibaba.com/product-detail/Hytepro-usb-panel-mount-magnetic-pogo_60802915253.html?spm=a2700.7724857.normalList.2.78171d18RHvp0G&s=p). ', 'alibaba_com', 'listing', '60802915253'),  # github-index:1242172534
    ('https://www.alibaba.com/product-detail/…', None, 'malformed-id', None),  # github-index:59102748589
    # temporary price range from https://www.alibaba.com/product-detail/hot-sale-C4H8O-butanon-mek_62345760689.html?spm=a2700.7724857.normalList.26.1d194486SbCyfR	alibaba_com listing 62345760689	github-index:43407891094
    ('https://www.alibaba.com/product-detail/Heated-Glove-Liner_1600123456789.html?spm=x', 'alibaba_com', 'listing', '1600123456789'),  # github-index:71010086854
    ('https://h5.m.goofish.com/item?id=', None, 'missing-id', None),  # github-index:55270181832
    ('https://www.goofish.com/item?id=123456', 'taobao', 'listing', '123456'),  # github-index:58796892267
    ('https://www.goofish.com/item?id=123', None, 'malformed-id', None),  # github-index:65805819072
    ('https://www.goofish.com/item?id=1045171414271', 'taobao', 'listing', '1045171414271'),  # github-index:71342794032
    ('[AliExpress](https://a.aliexpress.com/_mrNbZww)  ', None, 'short-link', None),  # github-index:41955722898
    (':pushpin: [이미지 링크 및 구매처](https://a.aliexpress.com/_mPmlxdu) <br>', None, 'short-link', None),  # github-index:27922446258
    ('https://a.aliexpress.com/_c2QihnfL', None, 'short-link', None),  # github-index:16451675223
    ('  - https://a.aliexpress.com/_EHdhbaG', None, 'short-link', None),  # github-index:6534751263
    ('| Batteries | 2 | 4.20 | [AliExpress](https://a.aliexpress.com/_Eynt9TK) |', None, 'short-link', None),  # github-index:36992051763
    ('* [5V RELAY](https://a.aliexpress.com/_vpUdrT) ', None, 'short-link', None),  # github-index:3504612273
    ('* [ADS1115](https://www.aliexpress.com/item/32869421559.html)', 'aliexpress', 'listing', '32869421559'),  # github-index:3504612273
    ('https://a.aliexpress.com/_EQB88PY', None, 'short-link', None),  # github-index:56758780878
    ("browser.get('https://a.aliexpress.com/_ASnTxt')", None, 'short-link', None),  # github-index:33141067368
    ('[Aliexpress link to purchase QN8066 FM Transmitter](https://a.aliexpress.com/_mLTpVqO)', None, 'short-link', None),  # github-index:38761005678
    ('nebo na [AliExpressu](https://s.click.aliexpress.com/e/_DmJmxVD).', None, 'short-link', None),  # github-index:23230527701
    ('<a href="https://s.click.aliexpress.com/e/_c2JpSWfB">https://s.click.aliexpress.com/e/_c2JpSWfB</a><br/>', None, 'short-link', None),  # github-index:71151120851
    ('* [ESP32-WROOM-32D Microcontroller](https://s.click.aliexpress.com/e/_DnBZ0rd)', None, 'short-link', None),  # github-index:59167524641
    ('https://s.click.aliexpress.com/e/_x?aff=1', None, 'short-link', None),  # github-index:54528848276
    ('  - https://s.click.aliexpress.com/e/_DBI3pAX', None, 'short-link', None),  # github-index:8049937676
    ('SDM120: <a href="http://s.click.aliexpress.com/e/blaegsBQ" target="_parent">Single Phase Din Rail Energy Meter SDM120-Modbus</a></li>', None, 'short-link', None),  # github-index:38773770476
    ('- 1x of [Photoresistor](https://www.aliexpress.us/item/3256805782399608.html), TYPE 5528, PRICE N/A ', 'aliexpress', 'listing', '3256805782399608'),  # github-index:22355528629
    ('- 1x of [10k Resistor](https://www.aliexpress.us/item/2251832766343175.html), TYPE 10K, PRICE N/A ', 'aliexpress', 'listing', '2251832766343175'),  # github-index:22355528629
    ('https://www.aliexpress.us/item/3256808293405785.html', 'aliexpress', 'listing', '3256808293405785'),  # github-index:22355528629
    ('https://www.aliexpress.us/item/2255801033887365.html?spm=a2g0o.productlist.main.2.76d645af92nVLa&algo_pvid=b81d5402-f309-40b6-9f3b-66931c66e33a&algo_ex', 'aliexpress', 'listing', '2255801033887365'),  # github-index:7090972609
    ('[LILYGO ® TTGO LoRa32](https://www.aliexpress.us/item/32872078587.html)', 'aliexpress', 'listing', '32872078587'),  # github-index:1690416004
    ('https://www.aliexpress.us/item/3256806616057872.html', 'aliexpress', 'listing', '3256806616057872'),  # github-index:1690416004
    ('[AliExpress](https://www.aliexpress.us/item/3256809224168887.html) · [datasheet](docs/KM-1020FN20-103-05185.png) |', 'aliexpress', 'listing', '3256809224168887'),  # github-index:66319104154
    ('// https://aliexpress.com/i/1234567890.html', 'aliexpress', 'listing', '1234567890'),  # github-index:17159811079
    ('// https://www.aliexpress.us/item/...', None, 'missing-id', None),  # github-index:17159811079
    ('* https://www.aliexpress.us/item/3256806155920255.html ', 'aliexpress', 'listing', '3256806155920255'),  # github-index:30255173284
    ('("C&P9M", "https://www.aliexpress.us/item/2251832668010347.html", "IDC ribbon, mixed pack"),', 'aliexpress', 'listing', '2251832668010347'),  # github-index:70949846434
    ('[![Antenna](https://github.com/user-attachments/assets/d12811f0-edee-4f7d-b358-3e0ba1650b81)](https://www.aliexpress.us/item/3256808846936564.html) |', 'aliexpress', 'listing', '3256808846936564'),  # github-index:42538280314; urlleft2: a Markdown linked image leads to its target (docs/listings.md), not to its image
    ('https://www.aliexpress.us/item/3256808846936564.html', 'aliexpress', 'listing', '3256808846936564'),  # github-index:42538280314
    ('[17HS08-1004S](https://aliexpress.ru/item/32585429251.html)', 'aliexpress', 'listing', '32585429251'),  # github-index:25299652014
    ('https://aliexpress.ru/item/10000004786273.html?spm=a2g0r.9294380.productCarousel.2.4a0f7fceUGZlbn&gps-id=6172742', 'aliexpress', 'listing', '10000004786273'),  # github-index:8091779364
    ('* [AliExpress](https://aliexpress.ru/item/32318951712.html)', 'aliexpress', 'listing', '32318951712'),  # github-index:42687604899
    ('- x1 Mini Maestro 24-channel USB servo controller(https://aliexpress.ru/item/1005010130773880.html?shpMethod=CAINIAO_STANDARD&sku_id=12000051249532312&spm=a2g2w.productlist.search_results.5.7fa43fb', 'aliexpress', 'listing', '1005010130773880'),  # github-index:52446358269
    ('ESP32 30 pin https://aliexpress.ru/item/4000152270368.html?spm=a2g0s.9042311.0.0.264d33edS8Ocll', 'aliexpress', 'listing', '4000152270368'),  # github-index:12926257659
    ('[🛒 Product Page](https://aliexpress.ru/item/1005009024495784.html?sku_id=12000047620457684&spm=a2g2w.productlist.search_results.7.7e2846db5Jg2tP) |', 'aliexpress', 'listing', '1005009024495784'),  # github-index:816430284
    ('* Mesh 60 или 30 — https://aliexpress.ru/item/1005003473125481.html', 'aliexpress', 'listing', '1005003473125481'),  # github-index:38450840319
    ('https://aliexpress.ru/item/*', None, 'missing-id', None),  # github-index:17311565484
    ('[AliExpress](https://pt.aliexpress.com/item/1005009890354737.html) |', 'aliexpress', 'listing', '1005009890354737'),  # github-index:66725097200
    ('https://pt.aliexpress.com/item/...', None, 'missing-id', None),  # github-index:6698912390
    ('[TENSTAR ROBOT PN532 NFC RFID Wireless Module V3, AliExpress](https://pt.aliexpress.com/item/1005005973913526.html), R$18,62', 'aliexpress', 'listing', '1005005973913526'),  # github-index:63153943460
    ("aliexpressScraper('https://pt.aliexpress.com/item/1005005798409576.html?spm=a2g0o.home.pcJustForYou.9.59f81c912MPnYz&gps-id=pcJustForYou&scm=1007.13562.333647.0&scm_id=10", 'aliexpress', 'listing', '1005005798409576'),  # github-index:26827106030
    ('https://pt.aliexpress.com/item/1.html?aff_id=abc&mmp_sub1=x&sku_id=120000&camp=foo', None, 'malformed-id', None),  # github-index:71371279205
    ('[here](https://pt.aliexpress.com/item/1005006787338686.html).', 'aliexpress', 'listing', '1005006787338686'),  # github-index:3602804255
    ('[🢂](https://de.aliexpress.com/item/4X-10X-20X-40X-60X-100X195-Augenmikroskops-System-Bio-Mikroskop-Biologische-Mikroskop-Lab-Labor-Achromatische-Objektiv/32947647522.html?spm=a2g0x.search0104.3.54.6cf57a4c3DwsTO&transAbTest=ae803_3&ws_ab_test=searchweb0_0%2Csearchweb201602_6_10065_10130_10068_10890_10547_319_10546_317_10548_10545_10696_10084_453_454_10083_10618_10307_537_536_10902_10059_10884_10887_321_322_10103%2Csearchweb201603_6%2CppcSwitch_0&algo_pvid=06d972be-b176-4446-8665-56d9e61a8d2c&algo_expid=06d972be-b176-4446-8665-56d9e61a8d2c-7)', 'aliexpress', 'listing', '32947647522'),  # github-index:1310821823
    ('https://de.aliexpress.com/item/rep.html', None, 'malformed-id', None),  # github-index:69178637918
    ('- 3.2" TouchScreen ILI9314: https://de.aliexpress.com/item/1005003120684423.html', 'aliexpress', 'listing', '1005003120684423'),  # github-index:13335427658
    ('<a href="https://de.aliexpress.com/item/1005006124752051.html">AliExpress</a> |', 'aliexpress', 'listing', '1005006124752051'),  # github-index:35892150608
    ('[GPRS SIM800 Module](https://de.aliexpress.com/item/4000890352364.html?spm=a2g0o.order_list.order_list_main.5.53971802mb0CD6&gatewayAdapt=glo2deu))', 'aliexpress', 'listing', '4000890352364'),  # github-index:27872153543
    ('link: "https://de.aliexpress.com/item/1005002674948686.html" },', 'aliexpress', 'listing', '1005002674948686'),  # github-index:20494298288
    ('Arduino: https://de.aliexpress.com/item/1005005806329401.html?gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005005806329401'),  # github-index:47319131648
    ('- AliExpress: https://de.aliexpress.com/item/1005009890203011.html', 'aliexpress', 'listing', '1005009890203011'),  # github-index:54230591558
    ('- Sensor: https://de.aliexpress.com/item/1005004731609010.html?spm=a2g0o.order_list.order_list_main.5.7cfb5c5ffvx3ms&gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005004731609010'),  # github-index:31190915783
    # Lazada, the six countries
    ("input: 'https://www.lazada.sg/products/nice-mouse-i123456789-s987654321.html',", 'lazada_sg', 'listing', '123456789'),  # github-index:56256073530
    ('productUrl:        "https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html",', 'lazada_sg', 'listing', '2896336114'),  # github-index:57611628194
    ('url = "https://www.lazada.sg/products/laptop-i123456.html"', 'lazada_sg', 'listing', '123456'),  # github-index:53724417226
    (' - https://www.lazada.sg/products/noyafa-dash-cam-1080p-car-dvr-for-car-camera-black-camera-dashcam-24-hour-parking-monitoring-loop-recording-lf9-pro-i3101144848.html', 'lazada_sg', 'listing', '3101144848'),  # github-index:4910878771
    (' - https://www.lazada.sg/products/lf9-pro-driving-recorder-dash-cam-1080p-hd-car-dvr-wide-angle-lens-gsensor-parking-monitoring-wifi-smart-voice-i3270955235.html', 'lazada_sg', 'listing', '3270955235'),  # github-index:4910878771
    (' - https://shopee.sg/LF9-WiFi-Dashcam-1080P-Night-Vision-Car-Dash-Cam-24h-Parking-Monitor-2K-Car-Camera-Recorder-Car-Accessories-i.265065378.28453064504', None, 'not-alibaba-host', None),  # github-index:4910878771
    (' - https://www.aliexpress.com/item/1005001569438534.html', 'aliexpress', 'listing', '1005001569438534'),  # github-index:4910878771
    ('URL: https://www.lazada.sg/products/pokemon-card-i237142557-s20750543793.html', 'lazada_sg', 'listing', '237142557'),  # github-index:52803943394
    ('// // const searchUrl = `https://www.lazada.sg/products/english-version-2019-newest-xiaomi-mi-band-4-i333152882-s723204887.html`;', 'lazada_sg', 'listing', '333152882'),  # github-index:41672284799
    ('"url": "https://www.lazada.sg/products/test-i12345.html",', None, 'malformed-id', None),  # github-index:26501482544
    ("public $url = 'https://www.lazada.vn/products/mau-moi-2023-set-do-nam-ao-tay-ngan-co-tron-phoi-quan-short-dui-tui-day-zenko-men-qa-085-i557514383-s1200924389.html';", 'lazada_vn', 'listing', '557514383'),  # github-index:31669463002
    ("url = 'https://www.lazada.vn/products/adidas-originals-giay-superstar-nam-mau-trang-gz3413-i1809316659-s8144103383.html?mp=1&spm=a2o4n.seller.list.i40.10e034e", 'lazada_vn', 'listing', '1809316659'),  # github-index:9776614837
    ('https://www.lazada.vn/products/test', None, 'missing-id', None),  # github-index:55999609852
    ("{ url: 'https://www.lazada.vn/products/item-i98765-s43210.html', platform: 'lazada', hasItemId: true },", None, 'malformed-id', None),  # github-index:68317499858
    ("{ url: 'https://s.lazada.vn/s.abcde', platform: 'laza", None, 'short-link', None),  # github-index:68317499858
    ("'https://www.lazada.vn/products/...',", None, 'missing-id', None),  # github-index:54496072598
    ('"itemUrl": "//www.lazada.vn/products/aula-f75-i111.html",', None, 'malformed-id', None),  # github-index:71582733428
    # url = r'https://www.lazada.vn/products/dien-thoai-apple-iphone-13-pro-max-128gb-i1522497182-s6393590575.html?search=1&spm=a2o4n.searchlistcategory.list.i72.75b	lazada_vn listing 1522497182	github-index:38382515302
    ('href=" https://www.lazada.vn/products/i2638225238.html?spm=a1zawf.24863640.table_online_product.5.108e4edf2FY9PT"', 'lazada_vn', 'listing', '2638225238'),  # github-index:294925747
    ("(17, 12, 5, 'http://lazada.co.id/products/pdp-i7095734058-s13392326547.html?pvid=d748aa4e-d3c5-44b6-843b-e9507080ad51&search=jfy&scm=1007.17519.386432.0&priceComp", 'lazada_id', 'listing', '7095734058'),  # github-index:60013423463
    ("lazada: 'https://www.lazada.co.id/products/example-123.html',", None, 'missing-id', None),  # github-index:63355036615
    ("{name:'5A Grey', url:'https://www.lazada.co.id/products/xiaomi-mi-power-bank-10000mah-silver-i160040604-s181911598.html'}", 'lazada_id', 'listing', '160040604'),  # github-index:38075172504
    ('{"lazada root scheme", "https://www.lazada.co.id/products/i123456789.html", "lazada", "lazada://"},', 'lazada_id', 'listing', '123456789'),  # github-index:71040539002
    ('"itemUrl": "//www.lazada.co.id/products/iphone.html",', None, 'missing-id', None),  # github-index:55851117323 (sweep 12: the word 'phone' is no id)
    ("href={result.gearLinks?.lazada || 'https://www.lazada.co.id/products/sandisk-phone-drive-for-android-usb-type-a-dan-otg-type-c-i8265588670-s14676420564.html'}", 'lazada_id', 'listing', '8265588670'),  # github-index:57366557077
    ('params.put("url","https://www.lazada.co.id/products/apple-iphone-8-plus-i556758379-s784754774.html?spm=a2o4j.searchlist.list.1.5c3244336kCIJ5&search=1");', 'lazada_id', 'listing', '556758379'),  # github-index:33770887495
    ("url = 'https://www.lazada.co.id/products/celana-cargo-wanita-highwaist-bonnie-cargo-pants-celana-kargo-wanita-i7706390243-s14174328153.html?spm=a2o4j.product-not", 'lazada_id', 'listing', '7706390243'),  # github-index:7784390408
    ('assert detect_platform("https://www.lazada.com.my/products/x-i123-s456.html") == "lazada"', None, 'malformed-id', None),  # github-index:56936147814
    ('**Here is the [one](https://www.lazada.com.my/products/t-wolf-hb008-usb-30-hub-3-ports-high-speed-hub-2usb20-1usb30-hub-i3010272117-s14854735681.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Ausb%252Bhub%253Bnid%253A3010272117%253Bsrc%253ALazadaMainSrp%253Brn%253A21b09352de8e359d0426d17d291d59cb%253Bregion%253Amy%253Bsku%253A3010272117_MY%253Bprice%253A19.94%253Bclient%253Adesktop%253Bsupplier_id%253A300152529585%253Bbiz_source%253Ah5_hp%253Bslot%253A38%253Butlog_bucket_id%253A461009%253Basc_category_id%253A10002883%253Bitem_id%253A3010272117', 'lazada_my', 'listing', '3010272117'),  # github-index:24733576852
    ('lz = adapter_for("https://www.lazada.com.my/products/x-i1.html")', None, 'malformed-id', None),  # github-index:69667123286
    ('"https://www.lazada.com.my/products/iphone-12-64gb-128gb-256gb-i1559136225-s5247366377.html",', 'lazada_my', 'listing', '1559136225'),  # github-index:2786751821
    ('"https://www.lazada.com.my/products/samsung-galaxy-m32-smartphone-8gb-ram-128gb-rom-1-year-samsung-warranty-free-shipping-i2301265385-s9789875175.html",', 'lazada_my', 'listing', '2301265385'),  # github-index:2786751821
    ('"https://www.lazada.com.my/products/apple-ipad-pro-129-inch-5th-generation-wi-fi-i2233155396-s9460855321.html"', 'lazada_my', 'listing', '2233155396'),  # github-index:2786751821
    ('// @match       https://*.lazada.com.my/products/*.html*', None, 'not-a-url', None),  # github-index:41334827456 (sweep 12: a pattern, no host)
    ('https://www.lazada.co.th/products/test', None, 'missing-id', None),  # github-index:55999609852
    # Alibaba.com
    ('href=\\"https://m.alibaba.com/product/60498710816/Double-side-beadlock-steel-wheels-for.html\\"/>\\n" +', 'alibaba_com', 'listing', '60498710816'),  # github-index:41357749236
    ('https://www.alibaba.com/product-detail/Nombre-Del-Producto_1601271126969.html', 'alibaba_com', 'listing', '1601271126969'),  # github-index:70590133830
    ('https://m.alibaba.com/product/1601271126969.html', 'alibaba_com', 'listing', '1601271126969'),  # github-index:70590133830
    ('https://spanish.alibaba.com/product-detail/..._1601271126969.html', 'alibaba_com', 'listing', '1601271126969'),  # github-index:70590133830
    ('https://m.alibaba.com/product/60339405074/18650-li-ion-battery-3-7v.html?s=p&spm=a2706.7843299.1998817009.4.sGffRM', 'alibaba_com', 'listing', '60339405074'),  # github-index:5167168479
    ('`https://www.alibaba.com/product-detail/v2/1601356738984.html`,', None, 'missing-id', None),  # github-index:55822870857
    ('[AliBaba](https://m.alibaba.com/product/60795001398/80x80x25-12volt-low-noise-dc-axial.html?spm=a2700.galleryofferlist.0.0.742d3d15p4MDsQ&s=p&redirect=1)', 'alibaba_com', 'listing', '60795001398'),  # github-index:28221549360
    ('https://m.alibaba.com/product/123.html', None, 'malformed-id', None),  # github-index:58050850121
    ('https://detail.1688.com/offer/123.html', None, 'malformed-id', None),  # github-index:58050850121
    ('p.s.: this seems to be the one I got: http://m.alibaba.com/product/60451408649/Electric-Tool-Lithium-Battery-Charger-42V.html', 'alibaba_com', 'listing', '60451408649'),  # github-index:4960565297
    ('`CUAV Alibaba <https://cuav.en.alibaba.com/product/1600431150057-820872629/Free_shipping_Pre_sale_price_CUAV_C_RTK_2_Muti_frequency_PPK_Drone_PPK_Kit_for_Pixhawk_Fixed_Win.html>`', 'alibaba_com', 'listing', '1600431150057'),  # github-index:6422894587 (slug shortened)
    ("Here's where they come from: [Alibaba](http://zengge.en.alibaba.com/product/1959075082-213407227/)", 'alibaba_com', 'listing', '1959075082'),  # github-index:28491944796
    ('http://zengge.en.alibaba.com/product/1658905204-0/Music_Group_Timer_WiFi_LED_Bulb_Wifi_rgbw_led_bulb_light_E26_E14_E27_LED_WiFi_Bulb.html', 'alibaba_com', 'listing', '1658905204'),  # github-index:16162266634
    ('%(mass based on http://haibar.en.alibaba.com/product/703897144-212173963/Gravity_Belt_Thickener_for_Filter_Press_and_Decanter_Centrifuge_HBT_1500.html)', 'alibaba_com', 'listing', '703897144'),  # github-index:33700201187
    ('// @match        https://*.en.alibaba.com/product/*', None, 'not-a-url', None),  # github-index:17190458135 (sweep 12: a pattern, no host)
    ('[CX-W8 från Sunchip](http://sunchip-tech.en.alibaba.com/product/60117269282-800783329/Intel_Bay_Trail_T_Atom_Z3735F_Box_CX_W8_mini_pc_TV_BOX_2G_DDR_32G_Emmc.html). Marknadsfördes', 'alibaba_com', 'listing', '60117269282'),  # github-index:1103877892
    ('https://huaxiajinfeng.en.alibaba.com/product/60707033758-805640685/AISHANG_Brand_high_quality_8W_12_volt_v_dc_mini_Submersible_Solar_rotor_Water_Pump.html', 'alibaba_com', 'listing', '60707033758'),  # github-index:5017148361
    ('* https://goldenrelay.en.alibaba.com/product/62119012875-811845870/GOLDEN_GI_1A_5LH_SPST_5V_5A_10A_250VAC_NO_18_5_10_5_15_3mm_sealed_type_all_certificate_compliances.html', 'alibaba_com', 'listing', '62119012875'),  # github-index:59572111 (slug as cut in the index)
    # Taobao overseas, mobile and stores; Tmall stores
    ('or directly order in our Taobao shop https://world.taobao.com/item/677273363812.htm?spm=a21wu.12321156-tw.recommend-tpp.4.19a61924ZMaqpf.', 'taobao_or_tmall', 'listing', '677273363812'),  # github-index:15541219859
    ('$ curl -sL -A "<Chrome UA>" "https://world.taobao.com/item/671021594308.htm" -w \'by', 'taobao_or_tmall', 'listing', '671021594308'),  # github-index:70626811693
    ('bluetooth module [HC-11](https://world.taobao.com/item/35537355090.htm) (or [HC-10]', 'taobao_or_tmall', 'listing', '35537355090'),  # github-index:24801347400
    ("'link_origin': 'https://world.taobao.com/item/528694290468.htm?spm=a21bp.7806943.topsale_XX.5.R2WgMy',", 'taobao_or_tmall', 'listing', '528694290468'),  # github-index:2289864884
    ('[shop link](https://world.taobao.com/item/wap/668570605351.htm?spm=a21wu.23452756-tw.taglist-content.30.6cca2b64RCVOqW#)', None, 'not-a-listing', None),  # github-index:10916669670 (the /item/wap/ form is not in listing-urls.md: refused as an unnamed item page, urls30 fix 3; was missing-id)
    ('http://world.taobao.com/item/21202600049.htm?spm=a312a.7728556.1414651174895.5.Eu7umN&scm=1007.10146.6070.0&id=21202600049', 'taobao_or_tmall', 'listing', '21202600049'),  # github-index:6701549371
    ('//example of this condition would be https://world.taobao.com/item/547456053621.htm?fromSite=main', 'taobao_or_tmall', 'listing', '547456053621'),  # github-index:39799023764
    ('where to buy, https://world.taobao.com/item/666579064570.htm  ', 'taobao_or_tmall', 'listing', '666579064570'),  # github-index:20695768078
    ('<a href="https://world.taobao.com/item/523235463919.htm"', 'taobao_or_tmall', 'listing', '523235463919'),  # github-index:28323863653
    ('<h5 id="product-title" data-src-link="https://world.taobao.com/item/621454639920.htm?spm=a21wu.10013406-cat-tw.0.0.28e25116D0Opvd"><?php echo $data->goods_name; ?></h5>', 'taobao_or_tmall', 'listing', '621454639920'),  # github-index:47607994771
    ('FINAL_URL = ("https://m.intl.taobao.com/detail/detail.html?id=993154784090"', 'taobao_or_tmall', 'listing', '993154784090'),  # github-index:66543927552
    ('* [Relays shield](http://m.intl.taobao.com/detail/detail.html?spm=0.0.0.0&id=521493640182)', 'taobao_or_tmall', 'listing', '521493640182'),  # github-index:9677131224
    ("if(this.currentUrl.indexOf('https://m.intl.taobao.com/detail/detail.html') == -1){", None, 'missing-id', None),  # github-index:36263836961
    (' * - http://world.taobao.com/item/123456789.htm', 'taobao_or_tmall', 'listing', '123456789'),  # github-index:17823686515
    (' * - https://m.intl.taobao.com/detail/detail.html?id=123456789', 'taobao_or_tmall', 'listing', '123456789'),  # github-index:17823686515
    (' * - detail.tmall.com/item.htm?id=123456789 (without protocol)', 'tmall', 'listing', '123456789'),  # github-index:17823686515
    ('VD: https://m.intl.taobao.com/detail/detail.html?spm=a1z5f.7632060.0.0&id=526430356503,https://m.intl.taobao.com/detail/detail.html?spm=a1z5f.7632060.0.0&id', 'taobao_or_tmall', 'listing', '526430356503'),  # github-index:31703914779 (sweep 10: the link before the comma)
    ("'http://a.m.taobao.com/i20286957530.htm?sid=16a13e3b047e5d9f&abtest=2&rn=b66fbe995ffbedfa1f1095765e4abac5', 'http://gw1.alic", 'taobao_or_tmall', 'listing', '20286957530'),  # github-index:14000215554
    ('"goodsLink": "http://a.m.taobao.com/i1059057030771.htm?&v=1.0&sid=2d87d4b9af39f6d0c80cb362595fdb4c&jose=1",', 'taobao_or_tmall', 'listing', '1059057030771'),  # github-index:61917376374
    ('In addition some types contain a removable battery cover(http://a.m.taobao.com/i35081419154.htm), whilst others can [handle multiple voltages](http://a.m.taobao.com/i13062921497.htm)', 'taobao_or_tmall', 'listing', '35081419154'),  # github-index:12406529122
    ('http://a.m.taobao.com/i13062921497.htm', 'taobao_or_tmall', 'listing', '13062921497'),  # github-index:12406529122
    ('See [here](http://a.m.taobao.com/i12677731619.htm?ttid=212200@taobao_android_4.2.2)', 'taobao_or_tmall', 'listing', '12677731619'),  # github-index:5227988904
    ('     * http://a.m.taobao.com/i37909638513.htm?sid=dc69bfadfa6b7be9&abtest=15&rn=7039f02bb3700aa31ce40246d36f1806', 'taobao_or_tmall', 'listing', '37909638513'),  # github-index:7413379792
    ("request('https://a.m.taobao.com/i43657020083.htm?price=13.5-57.5&sourceType=item&ut_sk=1.VsAyyDTk%2F7kDAOBh8dr%2B9RmF_12", 'taobao_or_tmall', 'listing', '43657020083'),  # github-index:36503204813
    ('href: "https://shop123538984.world.taobao.com/?spm=2013.1.1000126.d21.221532eaJ6bWHM",', 'taobao', 'storefront', '123538984'),  # github-index:11798079028
    ('> [链接](https://shop321455197.taobao.com/?spm=a230r.7195193.1997079397.2.2a6d391d3n5udo)', 'taobao', 'storefront', '321455197'),  # github-index:31315527628
    ('//店铺地址：http://shop73023976.taobao.com/?spm=2013.1.0.0.M4PqC2', None, 'not-alibaba-host', None),  # github-index:8221216498
    ('"https://shop193475709.world.taobao.com/?spm=a21xtw.29978518.0.0"', 'taobao', 'storefront', '193475709'),  # github-index:70978455853
    ('*               淘宝店铺：https://shop348646912.taobao.com/?spm=2013.1.1000126.2.5ce78a88ht1sO2', 'taobao', 'storefront', '348646912'),  # github-index:13665324733
    ("base_url = 'https://world.taobao.com/?spm=a21bo.7723600.8453.1.3b755ec9DLWebP'", None, 'not-a-listing', None),  # github-index:18756107278
    ('FileUtils.getFileFromBytes(getImageByte("http://caipiao.taobao.com/?spm=1.1000386.221827.9.A9jHID&ad_id=&am_id=&cm_id=&pm_id="), "d:/444.bmp");', None, 'not-a-listing', None),  # github-index:40919331778 (Taobao's lottery channel, not a store)
    ('@see <a href="https://qimen.taobao.com/?spm=0.0.0.0.Pxl1Sz#/officialApiManage/apiDocumentPre?appId=5810650&appkey=24669582&id=1662&officialApiId', None, 'not-a-listing', None),  # github-index:31682367043 (the Qimen open platform, not a store)
    ('title="请登录" href="https://login.1688.com/member/signin.htm?Done=https%3A%2F%2Fapp.1688.com%2F%3Ftracelog%3Dcn-oop-index-to-app"', None, 'not-a-listing', None),  # P79N6A/openplatform:openMarketplace/src/main/webapp/webpage/main.jsp
    ('https://app.1688.com/?tracelog=cn-oop-index-to-app', None, 'not-a-listing', None),  # P79N6A/openplatform:openMarketplace/src/main/webapp/webpage/main.jsp (the 1688 application market, not a store)
    ('const TAOBAO_URL = "https://seeedstudio.world.tmall.com/shop/view_shop.htm?spm=a21xtw.29978516.0.0";', 'tmall', 'storefront', 'seeedstudio'),  # github-index:70094170668
    ('localStorage.x5referer = "https://shengzhemy.world.tmall.com/shop/view_shop.htm";', 'tmall', 'storefront', 'shengzhemy'),  # github-index:14607756411
    ('appModel4.appUrl = @"https://wyqc.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.2.5WzCTh&amp;user_number_id=2653557133&amp;rn=9113d7386524c8d846def3085fb', 'tmall', 'storefront', 'wyqc'),  # github-index:16983588377
    ('url = "https://theolympicstore.tmall.com/shop/view_shop.htm?spm=a1z0k.7628869.0.0.bf7f58a9T5fu9t&shop_id=220417382"', 'tmall', 'storefront', 'theolympicstore'),  # github-index:22473162681
    ('//var GetDatas = [//{ "Name": "Only", "Link": "http://only.tmall.com/shop/view_shop.htm?spm=a220m.1000858.1000719.1.hZ5QY8" },', 'tmall', 'storefront', 'only'),  # github-index:35144309254
    ('For more module models, click [**here**](https://yiyuanznsb.tmall.com/shop/view_shop.htm). Based on', 'tmall', 'storefront', 'yiyuanznsb'),  # github-index:30358969340
    ('"url": "https://xybc.tmall.com/shop/view_shop.htm?user_number_id=90919986&ali_trackid=2%3Amm_112928821_13812316_148750065%3A1524645493_224_86316425&c', 'tmall', 'storefront', 'xybc'),  # github-index:5413452572
    ('public static final String TAOBAO_TEST_URL = "taobao://sensen.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.2.53db85dfFeR7TR&user_number_id=2090072497&rn=29c3a08e12cbced4c990c69c250', None, 'scheme-not-allowed', None),  # github-index:47243971671
    ('// @include       http://*.tmall.com/shop/view_shop.htm?q=*', None, 'not-a-url', None),  # github-index:35179937915 (sweep 12: a pattern, no host)
    ("'http://veromoda.tmall.com/?spm=a", 'tmall', 'storefront', 'veromoda'),  # github-index:35144309254
    ('<a href="javascript:if(confirm(\'https://leaderrrslj.tmall.com/shop/view_shop.htm?spm=a230r.7195193.1997079397.2.AlZnYC  \\n\\n', 'tmall', 'storefront', 'leaderrrslj'),  # github-index:40840559151
    # 1688, AliExpress stores, Xianyu, share text
    ("assert.equal(url.href,'https://m.1688.com/offer/813724060928.html');", '1688', 'listing', '813724060928'),  # github-index:71478943998
    ("'source_url' => 'https://m.1688.com/offer/1.html',", None, 'malformed-id', None),  # github-index:69003481983
    # 阿里1688手机版地址: https://m.1688.com/offer/559836312862.html	1688 listing 559836312862	github-index:27674135718
    ('"• https://detail.1688.com/offer/123456.html\\n"', '1688', 'listing', '123456'),  # github-index:66081360721
    ('"• http://m.1688.com/offer/123456.html\\n\\n"', '1688', 'listing', '123456'),  # github-index:66081360721
    ("url = 'https://bjhyscy.1688.com/page/creditdetail.htm?'", '1688', 'storefront', 'bjhyscy'),  # github-index:3615668791
    ("url = 'https://detail.1688.com/offer/561657785411.html'", '1688', 'listing', '561657785411'),  # github-index:3615668791
    ("payload: { url: 'https://detail.1688.com/page/index.html' }", None, 'missing-id', None),  # github-index:70837293166
    ('const href = `http://detail.m.1688.com/page/index.html?offerId=937525327193`', '1688', 'listing', '937525327193'),  # github-index:69491589496
    ("tmp_url = 'https://m.1688.com/page/offerRemark.htm?offerId=559836312862'", None, 'not-a-listing', None),  # github-index:30285200356
    ('Document doc=imp.getAliCateDefaultConnet("https://qysq1688.1688.com/page/offerlist.htm?spm=a261y.7663282.0.0.B7M2dt");', '1688', 'storefront', 'qysq1688'),  # github-index:9987873541
    #browser.get('https://www.aliexpress.com/store/feedback-score/1665279.html')	aliexpress storefront 1665279	github-index:24389666202
    ('// @match        *://*.aliexpress.com/store/*', None, 'not-a-url', None),  # github-index:17034404592
    ('速卖通: https://minibalance.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),  # github-index:39928813662
    ('淘宝店铺：shop114407458.taobao.com ', 'taobao', 'storefront', '114407458'),  # github-index:39928813662
    ('node scrape-store.mjs "https://www.aliexpress.com/store/1101234567"', 'aliexpress', 'storefront', '1101234567'),  # github-index:54716921652
    ('store = Store(name="Peer Store", url="https://example.aliexpress.com/store/1")', None, 'malformed-id', None),  # github-index:69679264827
    ('("https://www.goofish.com/item/100000123456", "https://2.taobao.com/item.htm?id=100000123456"),', None, 'not-a-listing', None),  # github-index:53345529927 (a /item/N path is not in listing-urls.md §8)
    ('(\\"https://2.taobao.com/item.htm?id=10000012345', 'taobao', 'listing', '10000012345'),  # github-index:53345529927
    ('links[\'xianyu_mobile\'] = f"https://m.2.taobao.com/item.htm?id=1000001234567"', None, 'not-a-listing', None),  # github-index:3320176300 (template, id filled in)
    ("location.href = 'https://2.taobao.com/item.htm?id=' + id; // done !", None, 'missing-id', None),  # github-index:46335018443
    ('data-url="//2.taobao.com/itemref/trade_ratting.htm?uid=UOFkyOmkSMCIT">', None, 'not-a-listing', None),  # github-index:24727351977
    ("link: 'https://2.taobao.com/item?id=1', storeType: 2 };", None, 'not-a-listing', None),  # github-index:70192951901
    ('    - https://www.goofish.com/personal?userId=123456', 'taobao', 'storefront', '123456'),  # github-index:54885965783
    ('    - https://www.goofish.com/im/1234567890', None, 'not-a-listing', None),  # github-index:54885965783
    ('    - https://2.taobao.com/item.htm?id=1234567890', 'taobao', 'listing', '1234567890'),  # github-index:54885965783
    ('placeholder="https://2.taobao.com/item.htm?id=..." />', None, 'missing-id', None),  # github-index:6865561781
    ('"- Short link: \'https://e.tb.cn/h.xxx\'\\n"', None, 'short-link', None),  # github-index:10557912052
    ('"- Direct URL: \'https://detail.tmall.com/item.htm?id=881280651752\'\\n"', 'tmall', 'listing', '881280651752'),  # github-index:10557912052
    ('【淘宝】https://e.tb.cn/h.SQ6rjlgiow5ob5s?tk=MJN9f2bd29s CZ225 「【新品预售】压力传感器智能绑缚足底鞋垫机器人触觉柔性感知布料」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None),  # github-index:48433762476
    ('| ¥110 | [Taobao](https://e.tb.cn/h.64H9u3maGWzIp5Q?tk=T5liexkG6Yz) |', None, 'short-link', None),  # github-index:70357568031
    ('https://www.alibaba.com/product-detail/Lerobot-360-Degree-Smart-Servo-for_1601563310522.html) | ¥110 |', 'alibaba_com', 'listing', '1601563310522'),  # github-index:70357568031
    ('detect_platform("https://e.tb.cn/h.RLiCrsU28uLGSKX?tk=ejKGgT8h0To"),', None, 'short-link', None),  # github-index:55816642117
    ('- [凌智电子-凌智视觉模块](http://e.tb.cn/h.gB2QDrBQqTk6T5b?tk=9Ypj3ogzhLG)', None, 'short-link', None),  # github-index:38769937147
    ('input: "https://e.tb.cn/h.XXXXXX 这个价划算吗?"', None, 'short-link', None),  # github-index:58711604931
    ('https://e.tb.cn/h.hBCuZG2iKpiAnD6?tk=XCFL4pLFaQ9', None, 'short-link', None),  # github-index:40778114796
    ('https://mobile.yangkeduo.com/goods2.html?ps=e', None, 'not-alibaba-host', None),  # github-index:40778114796
    ('    - 链接：【淘宝】https://m.tb.cn/h.5CJXeVUz83zlGUm?tk=SRL0WoMApgi CZ0012 「神器工具开发板比赛STM32F446达妙科技DM_MC01小米电机电赛机器人」', None, 'short-link', None),  # github-index:36249352626
    ('{ "raw_input": "【淘宝】https://e.tb.cn/h.xxxx 「纯棉宽松衬衫」" }', None, 'short-link', None),  # github-index:68381710626
    ('extractExternalHttpUrl("【淘宝】https://item.taobao.com/item.htm?id=123"),', None, 'malformed-id', None),  # github-index:59086466076
    ('self.assertTrue(is_noise_text("【淘宝】 CZ057 商品链接"))', None, 'not-a-url', None),  # github-index:54601157450
    ("'body': '您的订单出现异常，商品无法发货。请联系客服QQ：123456789 或点击链接处理：http://taobao-help.cc',", None, 'lookalike-host', None),  # github-index:17200582401 (a phishing sample)
    # A scheme-less link after a label and its full-width colon or bracket (share text)
    ('【淘宝】item.taobao.com/item.htm?id=612345678901', 'taobao', 'listing', '612345678901'),  # constructed
    ('链接：detail.tmall.com/item.htm?id=612345678901。', 'tmall', 'listing', '612345678901'),  # constructed
    ('看看，uniqlo.tmall.com', 'tmall', 'storefront', 'uniqlo'),  # constructed
    ('链接shop114407458.taobao.com', None, 'not-a-url', None),  # constructed (after a letter the host could be one internationalised label)
    ('店铺：ıtem.taobao.com', None, 'not-a-url', None),  # constructed (a dotless ı glued to the host)
    ('店铺：tаobao.com/item.htm?id=612345678901', None, 'not-a-url', None),  # constructed (a Cyrillic а in the host)
    ('「item.taobao.com.evil.cn/item.htm?id=612345678901」', None, 'lookalike-host', None),  # constructed
    # Lazada short links and shops, Tmall mobile, AliExpress /i/, Xianyu H5
    ('"link": "https://s.lazada.co.th/s.jmwgO",', None, 'short-link', None),  # github-index:22620080783
    ('"https://s.lazada.co.th/s.B5szi?cc"', None, 'short-link', None),  # github-index:7453347067
    ('cleanImportTitle("s.lazada.co.th/s.ZRRUaS?t=p-i2eLCtz&sub_aff_id=104882", "serienstream.to"),', None, 'short-link', None),  # github-index:60938571641 (a scheme-less link glued after a quote is found since sweep 11: Lazada's share link, §10)
    ('<a href="https://s.lazada.co.th/s.Z2omiC" target="_blank" rel="noreferrer" className="w-10 h-10 rounded-full border border-slate-800 f', None, 'short-link', None),  # github-index:36359989733
    ('| Lazada | s.lazada.co.th/s.Z7iuvG |', None, 'short-link', None),  # github-index:56749923851
    ('https://s.shopee.co.th/2qUgVhUanu\\nhttps://s.lazada.co.th/s.ZjGyIY?c=s")', None, 'not-alibaba-host', None),  # github-index:70914604813 (the first link of the string is Shopee's)
    ("linkUrl: process.env.DEFAULT_LINK_URL || 'https://s.lazada.co.th/s.yQ0ji?cc',", None, 'short-link', None),  # github-index:37281954637
    ('https://www.lazada.co.th/products/product-name-i12345678.html', 'lazada_th', 'listing', '12345678'),  # github-index:51788726362
    ('placeholder="https://www.lazada.com.ph/shop/sweet-treats"', 'lazada_ph', 'storefront', 'sweet-treats'),  # github-index:9326538550
    ("'LZD-COSMA', 'https://www.lazada.com.ph/shop/cosma', 'active', 0, 12000,", 'lazada_ph', 'storefront', 'cosma'),  # github-index:66663435653
    ('url: "https://www.lazada.com.ph/shop/verdanarehab/",', 'lazada_ph', 'storefront', 'verdanarehab'),  # github-index:63254794059
    ("'https://www.lazada.com.ph/shop/p-g-home-care-official-store/',", 'lazada_ph', 'storefront', 'p-g-home-care-official-store'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/darlie',", 'lazada_sg', 'storefront', 'darlie'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/instinct-pet-food-indonesia',", 'lazada_id', 'storefront', 'instinct-pet-food-indonesia'),  # github-index:39597051968
    ('storeUrl: "https://www.lazada.com.ph/shop/piliaire-hvacr-trading/",', 'lazada_ph', 'storefront', 'piliaire-hvacr-trading'),  # github-index:71070009580
    ('<li><a href="https://www.lazada.com.ph/shop/lola-abon-s-durian-candies-inc" target="_blank">Shop on Lazada</a></li>', 'lazada_ph', 'storefront', 'lola-abon-s-durian-candies-inc'),  # github-index:41132331817
    ('lazada: "https://www.lazada.com.ph/shop/happy-life-organics",', 'lazada_ph', 'storefront', 'happy-life-organics'),  # github-index:56857163138
    ('href="https://www.lazada.com.ph/shop/bulakenya-gift-shop" ', 'lazada_ph', 'storefront', 'bulakenya-gift-shop'),  # github-index:30305538142
    ('<a class="nav-link" href="https://www.lazada.com.ph/shop/manalo-k9-technologies-international"', 'lazada_ph', 'storefront', 'manalo-k9-technologies-international'),  # github-index:16016174197
    ('"https://detail.m.tmall.com/item.htm?spm=0.0.0.0.qmRO1N&id=521470708082&sid=74cd19a32a7eb2cc25562c2d15de4564&rn=459d0aef6976903d54d6fc050', 'tmall', 'listing', '521470708082'),  # github-index:8954367210
    ('"http://s.m.taobao.com/h5?q=%E5%9C%B0%E6%AF%AF&search=%E6%8F%90%E4%BA%A4"', None, 'not-a-listing', None),  # github-index:8954367210
    ("area_code = 'https://chaoshi.tmall.com/site/getSiteList.htm'", None, 'not-a-listing', None),  # github-index:44927823465
    ("//$_GPC['url'] = 'https://detail.m.tmall.com/item.htm?isNew=false&downgradesource=h5_2&hideSmb=true&id=613551312694&spm=a2141.7631671.content.99';", 'tmall', 'listing', '613551312694'),  # github-index:19905072659
    ('headers.add(HttpHeaders.REFERER, "https://detail.m.tmall.com/item.htm?id=" + itemId + "&bxsign=tb");', None, 'missing-id', None),  # github-index:170859150
    ('{ label: "AliExpress", href: "https://aliexpress.com/i/1005008778917624.html" },', 'aliexpress', 'listing', '1005008778917624'),  # github-index:56702058452
    ('[AliExpress spec](https://www.aliexpress.com/i/1005009445601751.html) |', 'aliexpress', 'listing', '1005009445601751'),  # github-index:69129778291
    ('https://hz.aliexpress.com/i/1005005277943648.html?src=google&albch=search&acnt=479-062-3723&isdl=y&aff_short_key=UneMJZVf&albcp=', 'aliexpress', 'listing', '1005005277943648'),  # github-index:41537979691
    ('[Dental Etchant Gel](https://www.aliexpress.com/i/1005006254467176.html) works pretty well.', 'aliexpress', 'listing', '1005006254467176'),  # github-index:53841305672
    ('| 4bit ALU                       | [アリエク](https://ja.aliexpress.com/i/32857333905.html) |', 'aliexpress', 'listing', '32857333905'),  # github-index:2178371672
    ('https://www.aliexpress.com/i/32367486295.html', 'aliexpress', 'listing', '32367486295'),  # github-index:8981513792
    ('- `33038367511 <https://www.aliexpress.com/i/33038367511.html>`__', 'aliexpress', 'listing', '33038367511'),  # github-index:1290122791
    ('[QMTech CycloneV Core Board](https://fr.aliexpress.com/i/1000006622149.html) | Cyclone V</br>5CEFA2F23I7 | OK | OK |', 'aliexpress', 'listing', '1000006622149'),  # github-index:19301779501
    ('converters bought here: https://www.aliexpress.com/i/33050378063.html', 'aliexpress', 'listing', '33050378063'),  # github-index:23561101682
    ('if ShareURL("12345") != "https://h5.m.goofish.com/item?id=12345" {', None, 'malformed-id', None),  # github-index:53771066644
    ('"https://h5.m.goofish.com/item?forceFlush=1&id=1052728878633&ut_sk=1.aPZoNuzLYkEDAOY9u7z86CFq_12431167_1779462515970.Copy.detail.10', 'taobao', 'listing', '1052728878633'),  # github-index:56113826666
    ('`https://h5.m.goofish.com/item?id=1058488603283`. Multiple links', 'taobao', 'listing', '1058488603283'),  # github-index:55073688529
    ('{"https://h5.m.goofish.com/item?id=1", "xianyu", "https://h5.m.goofish.com/item?id=1"},', None, 'malformed-id', None),  # github-index:70308123528
    ('{"https://www.xianyu.com/x", "xianyu", "ht', None, 'lookalike-host', None),  # github-index:70308123528
    ('* v3.x版本源码购买地址（淘宝） https://item.taobao.com/item.htm?id=746326947806', 'taobao', 'listing', '746326947806'),  # github-index:28226183043
    ('* v3.x版本源码购买地址（闲鱼） https://h5.m.goofish.com/item?id=744350097882', 'taobao', 'listing', '744350097882'),  # github-index:28226183043
    ('assert items[0].link == "https://h5.m.goofish.com/item?id=123456"', 'taobao', 'listing', '123456'),  # github-index:54084321179
    # App deep links, redirects and links inside other sites' URLs (suggestion of the embedded link)
    ('val uriString = "taobao://item.taobao.com/item.htm?id=576136559323"', None, 'scheme-not-allowed', None),  # github-index:17965226126
    ('[NSURL URLWithString:@"taobao://item.taobao.com/item.htm?spm=a230r.1.14.304.DWeflI&id=37060015134&ns=1&abbucket=20#detail"]];', None, 'scheme-not-allowed', None),  # github-index:8862175091
    ('<a target="_blank" href="taobao://item.taobao.com/item.htm?id=576136559323">', None, 'scheme-not-allowed', None),  # github-index:4667787918 (id filled in)
    ('NSString * urlStr = @"App-Prefs:root=taobao://item.taobao.com/item.htm?id=566954217448";', None, 'scheme-not-allowed', None),  # github-index:23139296742
    ('nested = "https://mulebuy.com/product/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D42"', None, 'agent-site', None),  # github-index:67630303078
    ("start_urls=['https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3Da219r.lm0.14.1.70b3a5556vRLHS%26id%3D544884387701%26ns%3D1%26abbucket%3D19']", None, 'not-a-listing', None),  # github-index:24174444731
    ('<a href="http://pub.alimama.com/promo/item/channel/index.htm?q=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D576136559323&channel=qqhd" target="_blank">', None, 'not-alibaba-host', None),  # github-index:43647602891 (id filled in)
    ('([English translation](http://translate.google.com/translate?hl=en&sl=zh-CN&tl=en&u=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3Da230r.1.14.24.3c1ad073DBcRDL%26id%3D19741672514%26ns%3D1%26abbucket%3D8%23detail&sandbox=1))', None, 'not-alibaba-host', None),  # github-index:9936128520
    ("'https://www.loongbuy.com/product-details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D675330231412'", None, 'agent-site', None),  # github-index:17137458677
    ('https://www.kakobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D747713039880', None, 'agent-site', None),  # github-index:978146235
    ('https://www.cssbuy.com/item-micro-7291761033.html?promotionCode=d34d2363db4cdb95', None, 'agent-site', None),  # github-index:978146235
    ('&imgrefurl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F32866723610.html&tbnid=j1x6a7eo5CmntM', 'aliexpress', 'listing', '32866723610'),  # github-index:36949825966
    ('aliexpress://goto?url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F...', None, 'scheme-not-allowed', None),  # github-index:57722926307
    ("'https://rzekl.com/g/1e8d114494d66b47c30616525dc3e8/?ulp=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005007619948310.html%3Fpdp_ext_f%3D%257B%2522sku_id%2522%253A%252212000041529798277%2522%257D%26sourceType%3D1%26spm%3Da2g0o.wish-manage-home.0.0' AS", None, 'not-alibaba-host', None),  # github-index:54738622115
    ('target = "https%3A%2F%2Fes.aliexpress.com%2Fitem%2F1005006153442431.html%3Fsrc%3Dapp"', 'aliexpress', 'listing', '1005006153442431'),  # github-index:70805545959
    ('[Ali Express](http://www.google.com/url?q=http%3A%2F%2Fwww.aliexpress.com%2Fitem%2FV3-Wireless-module-NodeMcu-4M-bytes-Lua-WIFI-Internet-of-Things-development-board-based-ESP8266-for%2F32470199417.html%3Fspm%3D2114.13010608.0.66.oXqs', None, 'not-alibaba-host', None),  # github-index:33771271493
    ("r'ulp=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F-%2F32735736988.html'", 'aliexpress', 'listing', '32735736988'),  # github-index:15285816032
    ("img: 'https://www.google.com/url?sa=i&url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F33041758759.html&psig=AOvVaw0pSQgFMoHqiDhpUQhT5zaL&ust=1674451568160000&source=images&cd=vfe&ved=0CBAQjRxqFwoTCOjv77_T2vwCFQAAAAAdAAAAABAU',", None, 'not-alibaba-host', None),  # github-index:23222378603
    ('https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299&spm=a', 'taobao', 'listing', '606832683299'),  # constructed (a literal & ends a percent-encoded link)
    ('https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3Da&id=606832683299', None, 'missing-id', None),  # constructed (the id is the outer URL's parameter, not the encoded link's)
]  # fmt: skip

# §0 Query parsing: a link copied out of a JSON or script string whose slashes are plain (Go's
# encoder, hand-written literals, logs) with "&" written \u0026, escaped twice when the string
# holds JSON, or a \n after it: read as the link it is, with every check a plain link gets.
JSON_STRINGS: list[tuple[str, str | None, str, str | None]] = [
    ('"_id": "https://detail.tmall.com/item.htm?id=538528948719\\u0026skuId=3216546934499",', 'tmall', 'listing', '538528948719'),  # github-index:33349216913 (Taobao Double-11 sample data)
    ('    # test_list = [{"_id": "https://detail.tmall.com/item.htm?id=520515542998\\u0026skuId=3102455949784", "优惠活动": "全天猫实物商品通用"', 'tmall', 'listing', '520515542998'),  # github-index:21294498270
    ('https://detail.tmall.com/item.htm?id=538528948719\\u0026skuId=3216546934499', 'tmall', 'listing', '538528948719'),  # github-index:33349216913
    ('_id: https://detail.tmall.com/item.htm?id=538528948719\\\\u0026skuId=3216546934499,', 'tmall', 'listing', '538528948719'),  # github-index:8021063060 (a Java string literal)
    ('\\"value\\":\\"https://item.taobao.com/item.htm?abbucket=12\\\\u0026detail_redpacket_pop=true\\\\u0026id=563842558717\\\\u0026ltk2=174781563751536jiws2vnxow1oohz44h4h\\\\u0026ns=1\\\\u0026priceTId=2147852417478150246383079e119a\\\\u0026query=Ecoflex%2000-30\\\\u0026skuId=3789054499576\\\\u0026spm=a21n57.1.hoverItem.2\\\\u0026utparam=%7B%22aplus_abtest%22%3A%22219fcb86bdf8006a64e7ba6175a20f00%22%7D\\\\u0026xxc=taobaoSearch\\"},{\\"id\\":\\"widget17163614121230001\\"', 'taobao', 'listing', '563842558717'),  # github-index:30222816084 (a Feishu approval API log)
    ('\\"value\\":\\"https://detail.tmall.com/item.htm?from=cart\\\\u0026id=705230967023\\\\u0026skuId=4957500164317\\\\u0026spm=a1z0d.6639537%2F202410.item.d705230967023.673b7484Ih4Ij1\\"},{', 'tmall', 'listing', '705230967023'),  # github-index:30222816084
    ('<script>{"url":"https://www.aliexpress.com/ssr/x?productIds=1005009463232289\\u0026skuId=12000060375536387"}</script>', None, 'not-a-listing', None),  # github-index:70868475400
    ('"https://pt.aliexpress.com/item/1005008441505437.html\\n\\n"', 'aliexpress', 'listing', '1005008441505437'),  # github-index:57904095590 (a Python string literal)
    ('https://item.taobao.com/item.htm?id=612345678901\\n', 'taobao', 'listing', '612345678901'),  # constructed (a JSON string value's newline)
    ('https://item.taobao.com/item.htm?spm=a\\u0026id=612345678901\\u0026id=612345678902', None, 'conflicting-ids', None),  # constructed
    ('https://www.goofish.com/item?spm=a21ybx.personal.feeds.1\\u0026id=965639435219', 'taobao', 'listing', '965639435219'),  # constructed
    ('http://detail.m.1688.com/page/index.htm?offerId=1002685729834\\u0026spm=a', '1688', 'listing', '1002685729834'),  # constructed
    ('https://item.taobao.com\\u0040evil.cn/item.htm?id=612345678901', None, 'lookalike-host', None),  # constructed (an escaped @ is still userinfo)
    ('https://evil.cn\\u002f@item.taobao.com/item.htm?id=612345678901', None, 'not-alibaba-host', None),  # constructed
    ('https://item.taobao.com/item.htm?id=612345678901\\u00', None, 'malformed-id', None),  # constructed (a cut escape)
    ('https://www.alibaba.com/product-detail/\\u4e2d\\u6587_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # constructed (Python's json.dumps)
]  # fmt: skip

# In text: a protocol-relative link glued to what names it (an HTML attribute, a compact JSON
# value such as Lazada's "itemUrl", a Markdown link target) is that link, as after a space.
RELATIVE_GLUED: list[tuple[str, str | None, str, str | None]] = [
    (' data-item-id="1973401010"><a href="//www.lazada.sg/products/pdp-i1973401010.html"', 'lazada_sg', 'listing', '1973401010'),  # github-index:69634947751 (a Lazada search page's product card)
    ('<a href="//www.lazada.sg/products/pdp-i1973401010.html">INGCO Spirit Level With Powerful Magnets</a>', 'lazada_sg', 'listing', '1973401010'),  # github-index:69634947751
    ('href="//www.lazada.sg/products/pdp-i1973401010.html"', 'lazada_sg', 'listing', '1973401010'),  # github-index:69634947751
    ('{"itemUrl":"//www.lazada.vn/products/pdp-i2638225238.html","image":"//img.lazcdn.com/p/111.jpg"}', 'lazada_vn', 'listing', '2638225238'),  # constructed (Lazada's compact JSON, cf. github-index:71582733428)
    ('"resourceLink":"//h5.m.taobao.com/awp/core/detail.htm?id=545041732350","modelDetails":[{"id":51}', 'taobao_or_tmall', 'listing', '545041732350'),  # github-index:40753293734
    ('[Buy](//detail.tmall.com/item.htm?id=612345678901)', 'tmall', 'listing', '612345678901'),  # constructed
    ('<a href=//detail.1688.com/offer/585943639773.html>x</a>', '1688', 'listing', '585943639773'),  # constructed (an unquoted attribute)
    ('x="//evil.cn/item.taobao.com/item.htm?id=606832683299"', None, 'not-alibaba-host', None),  # constructed
    ('x="//item.taobao.com@evil.cn/item.htm?id=606832683299"', None, 'lookalike-host', None),  # constructed
    ('https://evil.cn/?u="//detail.tmall.com/item.htm?id=612345678901"', None, 'not-alibaba-host', None),  # constructed (a quoted link inside another URL's query is its parameter)
]  # fmt: skip

ALL = ROWS + JSON_STRINGS + RELATIVE_GLUED


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def _plain_links() -> list[str]:
    """The accepted rows' links alone (no text around them), of this sweep and the last, with
    a path or a query (a store host alone followed by an escaped newline and more text is
    refused as whitespace after a host is: see docs/listings.md, Safety)."""
    sweep5 = load("tests/listings/test_real_urls_5.py").ALL
    return sorted(
        {
            text
            for text, platform, _, _ in [*ALL, *sweep5]
            if platform is not None
            and text.isascii()
            and text.isprintable()
            and text.startswith(("http://", "https://"))
            and not any(c in text for c in " \"'<>`|\\[]")
            and re.fullmatch(r"https?://[^/?#]+", text) is None
        }
    )


PLAIN_LINKS = _plain_links()


def _in_string(link: str, times: int, newline: bool) -> str:
    """``link`` as a JSON or script string holds it with its slashes plain: ``&`` (and ``<``,
    ``>``, as Go writes them) written ``\\u0026``, ``times`` times escaped."""
    for _ in range(times):
        link = (
            link.replace("\\", "\\\\")
            .replace("&", "\\u0026")
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
        )
    return link + ("\\n" * times if newline else "")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PLAIN_LINKS),
    st.integers(1, 3),
    st.booleans(),
    st.sampled_from(
        ['{"url":"%s"}', '"_id": "%s",', "%s", "链接 %s 谢谢", '\\"value\\":\\"%s\\"}']
    ),
)
def test_a_link_in_a_string_reads_as_the_link(
    link: str, times: int, newline: bool, around: str
) -> None:
    """§0: a link copied out of a JSON or script string (slashes plain, escaped once to three
    times, a newline escape after it) gives the plain link's answer, by every path."""
    text = around % _in_string(link, times, newline)
    want = answer(link)
    assert answer(text) == want, text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PLAIN_LINKS),
    st.sampled_from(['<a href="%s">x</a>', 'href="%s"', "src=%s", '{"url":"%s"}', "[Buy](%s)"]),
)
def test_a_relative_link_glued_to_its_name_reads_as_the_link(link: str, around: str) -> None:
    """A protocol-relative link glued to the attribute, JSON key or Markdown text naming it
    gives the link's own answer (it was not-a-url: the name was read as the link's host)."""
    relative = link[link.index("//") :]
    text = around % relative
    assert answer(text) == answer(relative), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(PLAIN_LINKS),
    st.from_regex(r"[A-Za-z_{\[(]{1,12}", fullmatch=True),
    st.sampled_from([" ", " x = ", " see: ", "\t"]),
)
def test_a_comment_marker_before_a_link_changes_nothing(link: str, word: str, gap: str) -> None:
    """A code comment's ``//word`` before an ``http(s)://`` link is no link: the link's answer
    (it was ``not-a-url``, ``//word`` read as a host with whitespace after it)."""
    text = "//" + word + gap + link
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(PLAIN_LINKS),
    st.sampled_from(["淘宝店铺：", "【淘宝】", "链接：", "「", "看看，"]),
)
def test_a_label_before_a_schemeless_link_changes_nothing(link: str, label: str) -> None:
    """A label and its full-width colon or bracket glued before a link without a scheme
    (share text: 淘宝店铺：shop114407458.taobao.com) give the link's own answer (it was
    not-a-url: a token starting with a non-ASCII character was never a candidate)."""
    schemeless = link.split("://", 1)[1]
    text = label + schemeless
    assert answer(text) == answer(schemeless), text
    assert parse_listing(text) == parse_slowly(text)
