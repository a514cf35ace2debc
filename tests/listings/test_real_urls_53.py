"""Sweep realurls53 of listing URLs (notes in /work/notes/sweep-realurls53.md): 106 real strings
as people pasted them in GitHub issue threads and pull requests (and one code line with a Chinese
comment), none found verbatim in an earlier table (186 were collected; 80 already were and were
dropped): device-support requests of Zigbee and Tuya projects giving the AliExpress link where
the device was bought (vi., nl., fr., de., pt., ko., aliexpress.ru, bare aliexpress.com,
a.aliexpress.com shares, old slug links, ``.htm``, no ``.html``, a slash after ``.html``, a
struck-through link), product-image links on alicdn.com, a Xianyu share text (【闲鱼】m.tb.cn),
€-quoted Taobao tokens and the regular expressions that look for them, Russian, Korean,
Vietnamese and French comments, ad-block reports naming marketplace hosts, Lazada's category
links in a saved page, and links to shops that are no marketplace.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_52.py, with its source
(``owner/repo#number`` of the thread, or ``github-index:N``) in a comment. Every row was decided
from listing-urls.md before ``parse_listing`` ran; where the parser answered otherwise and
listing-urls.md or an earlier table had decided so, the row's comment says why. Fix 1:
``open-s.1688.com``, 1688's open-service host (the image search and its upload signing), was
read as the 1688 store "open-s"; it is now a service host like ``open.1688.com`` (the
service-site test below).
"""

from __future__ import annotations

from _real_urls import canonical_test, planner_test, service_sites_test, table_tests

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('https://fr.aliexpress.com/item/1005002233911562.html?spm=a2g0o.detail.1000014.20.2be13f8cLmArVQ&gps-id=pcDetailBottomMoreOtherSeller&scm=1007.33416.213724.0&scm_id=1007.33416.213724.0&scm-url=1007.33416.213724.0&pvid=d5c6abff-cfd2-40fd-991d-7bf6f545babf&_t=gps-id:pcDetailBottomMoreOtherSeller,scm-url:1007.33416.213724.0,pvid:d5c6abff-cfd2-40fd-991d-7bf6f545babf,tpp_buckets:668%232846%238109%231935&pdp_ext_f=%7B%22sceneId%22:%2223416%22,%22sku_id%22:%2212000019451371444%22%7D&compareFields=formatted_price:%E2%82%AC%209,72;itemId:1005002233911562;freight_formatted_price:null;source:recommend-sku-FR;is_freeshipping:null;trade_order:89', 'aliexpress', 'listing', '1005002233911562'),  # KiwiHC16/Abeille#2261
    ('Link to Aliexpress - https://aliexpress.ru/item/1005002459739004.html', 'aliexpress', 'listing', '1005002459739004'),  # Koenkk/zigbee2mqtt#8230
    ('https://www.aliexpress.com/item/1005004705222714.html?spm=a2g0o.order_list.order_list_main.59.17561802R8cc03', 'aliexpress', 'listing', '1005004705222714'),  # Koenkk/zigbee2mqtt#17467
    ('可能是第三方自行支持的这个功能，希望作者也可以增加一下。淘宝系 APP 移动端分享链接一般是 `.tb.cn` 域名，如淘宝 `https://e.tb.cn/h.SlcxFMLdMYJ2GEp`、闲鱼 `https://m.tb.cn/h.SOSwjRC`。', None, 'short-link', None),  # wujunwei928/parse-video-py#56
    ('Text To link 会导致天猫首页https://www.tmall.com/,图片刷不出来,', None, 'not-a-listing', None),  # lkytal/GM#30
    ('例如这个：`€akuVc4tENOl€` 用了 €', None, 'not-a-url', None),  # Coolkkmeat/TaobaoCommandParse#2
    ('然后似乎在[淘宝国际官网](https://world.taobao.com)上用不了，不确定为何。[淘宝搜索](https://s.taobao.com)可以正常使用。', None, 'not-a-listing', None),  # Coolkkmeat/TaobaoCommandParse#2
    ('接口文档地址：http://open.taobao.com/docs/api.htm?spm=a219a.7629065.0.0.x5e1Jq&apiId=32461&scopeId=11998', None, 'not-a-listing', None),  # orzcc/taobao-top-client#12
    ('https://aliexpress.ru/item/1005004836095177.html?spm=a2g2w.orderdetail.0.0.30ff4aa60AzYdf&sku_id=12000030675485386', 'aliexpress', 'listing', '1005004836095177'),  # Koenkk/zigbee2mqtt#18268
    ('https://ko.aliexpress.com/item/32957480204.html?spm=a2g0o.productlist.0.0.5b4e7321varbKb&algo_pvid=a9497085-a7c0-4863-ba60-f911cb532362&algo_expid=a9497085-a7c0-4863-ba60-f911cb532362-0&btsid=bb62c063-3baf-452c-99a9-ba43e40f04a1&ws_ab_test=searchweb0_0,searchweb201602_4,searchweb201603_52', 'aliexpress', 'listing', '32957480204'),  # Koenkk/zigbee2mqtt#1894
    ('https://aliexpress.ru/item/1005002776442806.html?spm=a2g2w.orderdetail.0.0.6ed64aa6Aq7B61&sku_id=12000034189168907&_ga=2.53168235.2123802470.1696432918-1411164799.1661953562', 'aliexpress', 'listing', '1005002776442806'),  # Koenkk/zigbee2mqtt#19178
    ('https://www.aliexpress.com/item/1005003624122067.html?spm=a2g0o.order_list.0.0.65d91802W69lhE', 'aliexpress', 'listing', '1005003624122067'),  # Koenkk/zigbee2mqtt#13858
    ('adding support to https://www.aliexpress.com/item/1005004093225168.html?spm=a2g0o.order_list.0.0.155e1802PX1afu', 'aliexpress', 'listing', '1005004093225168'),  # Koenkk/zigbee-herdsman-converters#4303
    ('https://www.leroymerlin.pt/produtos/iluminacao/focos-de-iluminacao/focos-led/focos-de-superficie/painel-led-inspire-gdansk-enki-5400lm-84845509.html?src=clk', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#19610
    ('* https://www.aliexpress.com/item/4001230982267.html?spm=a2g0s.9042311.0.0.24fc63c0X6sL8g', 'aliexpress', 'listing', '4001230982267'),  # blakadder/templates#1125
    ('* https://www.athom.tech/blank-1/color-smart-plug', None, 'not-alibaba-host', None),  # blakadder/templates#1125
    ('[빛 감지 센서(cds) 구매 링크](http://eleparts.co.kr/EPX33JYV)', None, 'not-alibaba-host', None),  # iot-labs/farm#13
    ('Ultrasonic ranging module - x2 - 90 - 180 - http://www.tme.vn/Product.aspx?id=1596', None, 'not-alibaba-host', None),  # hieuletrung/iot-alljoyn#3
    ('[{},{"childCategoryName":"Water Heaters","childCategoryUrl":"//www.lazada.com.my/shop-water-heaters/"},{"childCategoryName":"Irons","childCategoryUrl":"//www.lazada.com.my/shop-irons/"}]', None, 'not-a-listing', None),  # Ekultek/WhatWaf#564
    ('https://a.aliexpress.com/_AYrWxm Покупал здесь', None, 'short-link', None),  # sprut/Hub#635
    ('Думал, что покупаю это https://v2.sprut.ai/catalog/item/tuya-smart-udlinitel-zigbee-s-2-usb-i-4-vilkami', None, 'not-alibaba-host', None),  # sprut/Hub#635
    ('https://www.aliexpress.com/item/3256807602160285.html?gatewayAdapt=4itemAdapt', 'aliexpress', 'listing', '3256807602160285'),  # wuxx/Colorlight-FPGA-Projects#20
    ('+  - Get 1x [T Fitting](https://www.aliexpress.com/item/1005002721335216.html) - US$ 0.49 - Free Shipping (select option: 1l8 Square tee F)', 'aliexpress', 'listing', '1005002721335216'),  # larszi/marax-pressure-mod#3
    ('+  - Get 1x [T Fitting](https://www.aliexpress.com/item/30000001452330.html) - US$ 1.72 + 1.74 Shipping (select option: Inside 1-8)', 'aliexpress', 'listing', '30000001452330'),  # larszi/marax-pressure-mod#3
    ('+- [Option A](https://www.aliexpress.com/item/1005001774849589.html) - US$ 11.63 - Free Shipping (select option: 5X3)', 'aliexpress', 'listing', '1005001774849589'),  # larszi/marax-pressure-mod#3
    ('    https://www.aliexpress.com/item/1005008196387926.html?', 'aliexpress', 'listing', '1005008196387926'),  # shanhujiao1985/Arduino-e-module-learning#2
    ('    https://www.aliexpress.com/item/1005003609277197.html 2pcs', 'aliexpress', 'listing', '1005003609277197'),  # shanhujiao1985/Arduino-e-module-learning#2
    ('        https://www.aliexpress.com/item/32809917073.html', 'aliexpress', 'listing', '32809917073'),  # shanhujiao1985/Arduino-e-module-learning#2
    ('| +2 |  |  | ru.aliexpress.com | 1 | xhr | `https://cdp.aliexpress.com/74.htm` |', None, 'not-a-listing', None),  # StevenBlack/hosts#1099
    ('| +2 |  |  | ru.aliexpress.com | 3 | image | `https://ae01.alicdn.com/kf/HTB1Bz57ayzxK1RjSspjq6AS.pXaN.jpg_140x140.jpg` |', None, 'not-a-listing', None),  # StevenBlack/hosts#1099
    ('Title, all Aliexpress links for connectors are dead.  Probably just needs the [store link](https://www.aliexpress.com/store/1102181980)?', 'aliexpress', 'storefront', '1102181980'),  # Jake-Simek/Pelican-Deck#2
    ('> archived: [http://archive.today?url=https://track.aliexpress.com/logisticsdetail.htm?spm=a2g0s.9042647.4.4.6ceb33edlZxpfE&tradeId=5014692845467934](http://archive.today?url=https://track.aliexpress.com/logisticsdetail.htm?spm=a2g0s.9042647.4.4.6ceb33edlZxpfE&amp;tradeId=5014692845467934)', None, 'not-alibaba-host', None),  # dropod/issues#7839
    ('@hsxsix https://www.aliexpress.com/item/1005001835564831.html', 'aliexpress', 'listing', '1005001835564831'),  # Xinyuan-LilyGO/LilyGo-EPD47#3
    ('        self.sign_url = "https://open-s.1688.com/openservice/ossDataService"  # 获取 sign 加密', None, 'not-a-listing', None),  # github-index:18801061503; open-s.1688.com is 1688's open-service host, no store (Fix 1)
    ('https://www.lazada.com/en/', None, 'not-a-listing', None),  # wappalyzer/wappalyzer#6255; Lazada's corporate site (listing-urls.md section 11 names lazada.com among wrong-TLD rows; the parser, as earlier tables decided, calls www.lazada.com Lazada's own corporate site: either way no listing)
    ('+| [Lazada](https://open.lazada.com/doc/doc.htm?spm=a2o9m.11193487.0.0.3ac413fer0ShaX&nodeId=27493&docId=1187', None, 'not-a-listing', None),  # public-apis/public-apis#2114 (the excerpt ends here)
    ("It's manufactured by Bitcode; I'd initially dismissed the official website because the URL seemed a bit dodgy to me (https://bitcode.com.cn/en/bc7215/), but as it turns out, that's actually the right one!", None, 'not-alibaba-host', None),  # timj-code/bc7215_ac_esphome#1
    ("    url = re.search(r'http://.* \\)', msg.text).group().replace(u' )', '')", None, 'not-a-url', None),  # xsren/wx_taobao_fanli#33
    ("    taokouling = re.search(r'€.*?€', msg.text).group()", None, 'not-a-url', None),  # xsren/wx_taobao_fanli#33
    ('1. Follow in the [`README.md`](https://github.com/portapack-mayhem/mayhem-firmware/blob/next/README.md?plain=1#L33) the link to [`https://s.click.aliexpress.com/e/_Dkbqs2X`](https://s.click.aliexpress.com/e/_Dkbqs2X),', None, 'not-alibaba-host', None),  # portapack-mayhem/mayhem-firmware#2022
    ('+**Now running on:** ESP32C3-based Xteink [X4](https://go.sjv.io/2RV5N7) and [X3](https://go.sjv.io/m4oEmM).', None, 'not-alibaba-host', None),  # crosspoint-reader/crosspoint-reader#2401
    ('| +4 |  |  | ru.aliexpress.com | 3 | script | `https://assets.alicdn.com/g/secdev/nsv/1.0.66/ns_d_77_3_n.js` |', None, 'not-a-listing', None),  # StevenBlack/hosts#1099
    ('Hello, i bought ev charger from aliexpress, but isnt in tuya list: https://vi.aliexpress.com/item/1005006671757991.html?spm=a2g0o.productlist.main.1.4de23c87vBPkTw&algo_pvid=64e0aee4-1a93-4d3c-839c-0b49363f90d2&algo_exp_id=64e0aee4-1a93-4d3c-839c-0b49363f90d2-0&pdp_npi=4%40dis%21EUR%21643.03%21151.03%21%21%21678.95%21159.47%21%40210307c017166115811866036e13cb%2112000037979753225%21sea%21SK%21126797430%21&curPageLogUid=9ioUJAxnWQib&utparam-url=scene%3Asearch%7Cquery_from%3A', 'aliexpress', 'listing', '1005006671757991'),  # make-all/tuya-local#1944
    ('Sure thing.  I just used the [Aliexpress link](https://www.aliexpress.com/item/1005005037224711.html?aff_fcid=49e1a7645d6c46bdb9ffffc91a6945ff-1703339566159-06094-_Dlrd0FJ&tt=CPS_NORMAL&aff_fsk=_Dlrd0FJ&aff_platform=shareComponent-detail&sk=_Dlrd0FJ&aff_trace_key=49e1a7645d6c46bdb9ffffc91a6945ff-1703339566159-06094-_Dlrd0FJ&terminal_id=116e9e16bc264b8dbdf99a6571ee6093&afSmartRedirect=y&gatewayAdapt=4itemAdapt) in that SmartHomeScene review.  Fingers crossed...', 'aliexpress', 'listing', '1005005037224711'),  # zigpy/zha-device-handlers#2855
    ('https://aliexpress.ru/item/1005004752287678.html?ysclid=mhxuxosmg3425334899&sku_id=12000041056238298', 'aliexpress', 'listing', '1005004752287678'),  # make-all/tuya-local#3982
    ('https://www.aliexpress.com/item/1005004888723698.html?spm=a2g0o.order_list.order_list_main.23.59491802DVpbxu', 'aliexpress', 'listing', '1005004888723698'),  # zigpy/zha-device-handlers#1785
    ('request to add support for my cheap aliexpress doorbell: https://nl.aliexpress.com/item/1005005239576910.html', 'aliexpress', 'listing', '1005005239576910'),  # make-all/tuya-local#997
    ('~Here is the link for the lock + gateway: https://www.aliexpress.com/item/4000730028210.html?spm=a2g0s.8937460.0.0.f95b2e0eTdxabT~', 'aliexpress', 'listing', '4000730028210'),  # kind3r/hass-addons#3 (struck through in Markdown)
    ('I bought exactly these: https://pt.aliexpress.com/item/4000054070174', 'aliexpress', 'listing', '4000054070174'),  # kind3r/hass-addons#3 (no .html)
    ('https://www.aliexpress.com/item/33012267944.html?spm=2114.search0104.3.48.24537c4dq1N0kO&ws_ab_test=searchweb0_0%2Csearchweb201602_9_10065_10068_319_10059_10884_317_10887_10696_321_322_10084_453_10083_454_10103_10618_10307_537_536%2Csearchweb201603_53%2CppcSwitch_0&algo_expid=0da1ac8f-081a-4d6d-b5a2-ce8beddabf06-6&algo_pvid=0da1ac8f-081a-4d6d-b5a2-ce8beddabf06', 'aliexpress', 'listing', '33012267944'),  # PaulAnnekov/tuyaha#1
    ('Here is device on aliexpress: https://www.aliexpress.com/item/4001150563365.html (upgraded version)', 'aliexpress', 'listing', '4001150563365'),  # Koenkk/zigbee-herdsman-converters#2055
    ('![Tuya_valve_2](https://user-images.githubusercontent.com/75932771/102012785-a3368480-3d4c-11eb-8e76-03dab7a7613d.JPG)', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#5287
    ('Product: https://www.teslasmart.com/en/products/smart-heating/tesla-smart-thermostatic-valve', None, 'not-alibaba-host', None),  # Koenkk/zigbee-herdsman-converters#3289
    ('https://www.pollin.de/p/essentials-heizkoerper-thermostat-zigbee-590612?etcc_med=pvgl&etcc_ori=idealo.de&et_cmp_seg2=pvgl&channelid=psm&utm_medium=pvgl&utm_source=idealo.de', None, 'not-alibaba-host', None),  # jacekk015/zha_quirks#22
    ('https://alecoair.ro/smart-home/cap-termostat-pentru-calorifer-alecoair-smart-ha-08-thermo-childlock', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#18903
    ('https://www.wesmartify.de/heizung/heizkoerperradiator/281/essentials-smart-home-heizkoerperthermostat-premium/', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#3293
    ('https://www.aliexpress.com/item/1005007412184036.html', 'aliexpress', 'listing', '1005007412184036'),  # Koenkk/zigbee2mqtt#24706
    ('https://houseiq.pl/pl/p/Glowica-termostatyczna-GTZ10-ZigBee-sensor-TUYA/1899', None, 'not-alibaba-host', None),  # Koenkk/zigbee-herdsman-converters#8235
    ('https://fr.aliexpress.com/item/1005009666217669.html?spm=a2g0o.productlist.main.11.1d7c6e95JgZCIk&algo_pvid=11cb133a-f31e-433a-802f-d5312018668c&algo_exp_id=11cb133a-f31e-433a-802f-d5312018668c-10&pdp_ext_f=%7B%22order%22%3A%2221%22%2C%22eval%22%3A%221%22%2C%22fromPage%22%3A%22search%22%7D&pdp_npi=6%40dis%21EUR%2126.89%2122.79%21%21%2130.56%2125.89%21%402103985c17632289950825817ed396%2112000049810604420%21sea%21FR%210%21ABX%211%210%21n_tag%3A-29910%3Bd%3Ab26ff3e7%3Bm03_new_user%3A-29895%3BpisId%3A5000000187633564&curPageLogUid=4rSUZlSXUPqC&utparam-url=scene%3Asearch%7Cquery_from%3A%7Cx_object_id%3A1005009666217669%7C_p_origin_prod%3A', 'aliexpress', 'listing', '1005009666217669'),  # Koenkk/zigbee2mqtt#29651
    ('https://www.aliexpress.com/item/1005004174932182.html', 'aliexpress', 'listing', '1005004174932182'),  # Koenkk/zigbee2mqtt#18986
    ('- Link to device image: [https://nl.aliexpress.com/item/1005006007202292.html?pdp_npi=3%40dis%21USD%21US%20%2438.48%21US%20%2438.48%21%21%21%21%21%40211b801517001381737673318e97e2%2112000035293824796%21im%21%21&gatewayAdapt=glo2nld](https://nl.aliexpress.com/item/1005006007202292.html?pdp_npi=3%40dis%21USD%21US%20%2438.48%21US%20%2438.48%21%21%21%21%21%40211b801517001381737673318e97e2%2112000035293824796%21im%21%21&gatewayAdapt=glo2nld)', 'aliexpress', 'listing', '1005006007202292'),  # JohanBendz/com.tuya.zigbee#746
    ('Link to device image: https://ae01.alicdn.com/kf/Sb4967a0d98f845d0939d31f74e3afff2t/Tuya-WiFi-Curtain-Switch-Electric-Rolling-Shutter-with-RF-433-MHz-5CH-Remote-Control-for-App.jpg_.webp', None, 'not-alibaba-host', None),  # JohanBendz/com.tuya.zigbee#656
    ('Link to product Site: https://vi.aliexpress.com/item/1005005571487640.html', 'aliexpress', 'listing', '1005005571487640'),  # JohanBendz/com.tuya.zigbee#656
    ('I bougth curtain switch (https://nl.aliexpress.com/item/1005003310894445.html?spm=a2g0o.order_list.0.0.21ef79d2do5edA&gatewayAdapt=glo2nld)', 'aliexpress', 'listing', '1005003310894445'),  # JohanBendz/com.tuya.zigbee#217
    ('Do you have any plans for adding support to the [Aqara Curtain Switch Controller](https://www.gearbest.com/access-control/pp_626697.html)?', None, 'not-alibaba-host', None),  # fairecasoimeme/ZiGate#83
    ('https://a.aliexpress.com/_ooO7VBp', None, 'short-link', None),  # Koenkk/zigbee2mqtt#24639
    ('- Link to device image:https://nl.aliexpress.com/item/1005004705672138.html?spm=a2g0o.order_list.order_list_main.52.3ff479d21t9dvF&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005004705672138'),  # JohanBendz/com.tuya.zigbee#910
    ('[soil moisture from aliexpress](http://www.aliexpress.com/item/Smart-Electronics-Soil-Moisture-Hygrometer-Detection-Humidity-Sensor-Module-For-arduino-Development-Board-DIY-Robot-Smart/32328189936.html)', 'aliexpress', 'listing', '32328189936'),  # sayanee/basil#25
    ('[Sensor](https://www.aliexpress.com/item/1pcs-lot-soil-the-hygrometer-detection-module-robot-intelligent-car-soil-moisture-sensor/32839004779.html?spm=a2g0s.13010208.99999999.262.TWVQoP)', 'aliexpress', 'listing', '32839004779'),  # anton-johansson/home#8
    ('[Development board](https://www.aliexpress.com/item/1PCS-D1-mini-Mini-NodeMcu-4M-bytes-Lua-WIFI-Internet-of-Things-development-board-based-ESP8266/32838898646.html?spm=a2g0s.13010208.99999999.265.TWVQoP)', 'aliexpress', 'listing', '32838898646'),  # anton-johansson/home#8
    ('**Purchased at:** https://www.aliexpress.com/item/1005009047166414.html', 'aliexpress', 'listing', '1005009047166414'),  # dresden-elektronik/deconz-rest-plugin#8261
    ("It's https://fr.aliexpress.com/item/1005008785131043.html", 'aliexpress', 'listing', '1005008785131043'),  # Koenkk/zigbee-herdsman-converters#9550
    ('- Link to device image: https://www.aliexpress.com/item/1005008997450624.htm', 'aliexpress', 'listing', '1005008997450624'),  # JohanBendz/com.tuya.zigbee#1238 (.htm)
    ('- Link to device image: [[AliExpress Product Page](https://www.aliexpress.com/item/1005008919122614.html?spm=a2g0o.order_list.order_list_main.11.a64f18025qi6ll#nav-specification)](https://www.aliexpress.com/item/1005008919122614.html?spm=a2g0o.order_list.order_list_main.11.a64f18025qi6ll#nav-specification)', 'aliexpress', 'listing', '1005008919122614'),  # JohanBendz/com.tuya.zigbee#1234
    ('https://aliexpress.com/item/1005009040539007.html', 'aliexpress', 'listing', '1005009040539007'),  # Koenkk/zigbee2mqtt#27501
    ('https://a.aliexpress.com/_EInyupx', None, 'short-link', None),  # andrew-codechimp/HA-Battery-Notes#2379
    ('https://www.zigbee2mqtt.io/devices/TS0601_soil_2.html#tuya-ts0601_soil_2', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#27792
    ('Link to device image: [Provide the URL to an image/photo of the device]         https://ae01.alicdn.com/kf/S65e6cee5518a4497a6e7ae20bccbcd3bv/Tuya-ZigBee-Smart-Smoke-Detector-Beveiliging-Bescherming-Rookalarm-Brandbeveiliging-Voor-Home-Security-System-Via-Smart-Life.jpg_80x80.jpg_.webp', None, 'not-alibaba-host', None),  # JohanBendz/com.tuya.zigbee#543
    ('https://nl.aliexpress.com/item/1005005854203557.html?spm=a2g0o.order_list.order_list_main.28.1e4279d29OTKNK&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005005854203557'),  # JohanBendz/com.tuya.zigbee#543
    ('Link to device image: https://a.aliexpress.com/_mr4CF ', None, 'short-link', None),  # JohanBendz/com.tuya.zigbee#372
    ('Link to device image: https://ae01.alicdn.com/kf/S65e6cee5518a4497a6e7ae20bccbcd3bv/Tuya-Zigequation-D-tecteur-de-fum-e-intelligent-alarme-de-fum-e-protection-contre-les-incendies.jpg_640x640.jpg_.webp', None, 'not-alibaba-host', None),  # JohanBendz/com.tuya.zigbee#483
    ('https://a.aliexpress.com/_Ex77OAS', None, 'short-link', None),  # JohanBendz/com.tuya.zigbee#1279
    ('https://vi.aliexpress.com/item/1005004562976013.html?spm=a2g0o.productlist.main.31.3399313dQDkOuq&algo_pvid=a2aaa5b0-46e6-409d-8df4-67b788402193&algo_exp_id=a2aaa5b0-46e6-409d-8df4-67b788402193-15&pdp_npi=4%40dis%21SGD%2154.61%2119.66%21%21%2139.10%21%21%402101f49f16925493100876351e3ad0%2112000029630940900%21sea%21SG%212655159861%21&curPageLogUid=NTv3yGJ4QAs0', 'aliexpress', 'listing', '1005004562976013'),  # thorrak/brewpi-esp#97
    ('https://developer.tuya.com/en/docs/iot/call-api?id=Ka7o7ru1julms', None, 'not-alibaba-host', None),  # thorrak/brewpi-esp#97
    ('Along with Tuya-bases smart plug there is a plenty of choice for Smart Power Strips like [this](https://www.aliexpress.com/item/WIFI-smart-power-strip-UK-standard-with-4-wifi-plug-and-4-USB-port-Alexa-and/32970874011.html?spm=2114.search0104.3.319.359935ebJaOS1a&ws_ab_test=searchweb0_0,searchweb201602_2_10065_10130_10068_10547_319_317_10548_10545_10696_10192_453_10084_454_10083_10618_10307_10301_10821_537_536_10902_10059_10884_10887_321_322_10103,searchweb201603_6,ppcSwitch_0&algo_expid=85993e05-a11f-4298-b127-47b0f05982f1-46&algo_pvid=85993e05-a11f-4298-b127-47b0f05982f1)  or [here](https://www.amazon.co.uk/dp/B07N6268WS/?coliid=I2GM19X8NRIZ4X&colid=2LR78KS0N73LM&psc=0&ref_=lv_ov_lig_dp_it)  and [smart wall sockets](https://www.amazon.co.uk/dp/B07GBQJSHK/?coliid=ILF862BGFSYFB&colid=2LR78KS0N73LM&psc=1&ref_=lv_ov_lig_dp_it)', 'aliexpress', 'listing', '32970874011'),  # arendst/Tasmota#5099
    ('The one I purchased is https://www.aliexpress.com/item/4000334211110.html', 'aliexpress', 'listing', '4000334211110'),  # rospogrigio/localtuya#1500
    ('[With 2000+ sold and other stores offering very similar (or the same?) products this feeder appears to be a popular option.](https://aliexpress.com/item/1005006569252614.html)', 'aliexpress', 'listing', '1005006569252614'),  # make-all/tuya-local#4408
    ('endpoint\t"https://apigw.tuyaeu.com"', None, 'not-alibaba-host', None),  # make-all/tuya-local#3453
    ('Please add support for [AZ-Delivery ESP-32 Dev Kit C V4](https://www.az-delivery.com/products/esp-32-dev-kit-c-v4).', None, 'not-alibaba-host', None),  # esphome/feature-requests#609
    ('https://www.gravitech.us/esees.html', None, 'not-alibaba-host', None),  # platformio/platformio-core#3867
    ('Could you please add "Bakeey Tuya Smoke Alarm ZigBee Fire Detector 3C Fire Smoke Alarm"?:', None, 'not-a-url', None),  # dresden-elektronik/deconz-rest-plugin#5142
    ('Link from AliExpress https://aliexpress.ru/item/1005007151429400.html', 'aliexpress', 'listing', '1005007151429400'),  # Koenkk/zigbee2mqtt.io#3053
    ('Link to device image: [https://www.aliexpress.com/item/1005005812831211.html?src=google&aff_fcid=18543daadea04d97a1f0377c08eb97b8-1703198037938-05902-UneMJZVf&aff_fsk=UneMJZVf&aff_platform=aaf&sk=UneMJZVf&aff_trace_key=18543daadea04d97a1f0377c08eb97b8-1703198037938-05902-UneMJZVf&terminal_id=356636ddcb054fe7a5c3e871b5b70ba2&afSmartRedirect=y]', 'aliexpress', 'listing', '1005005812831211'),  # JohanBendz/com.tuya.zigbee#609
    ('Link to device image: https://nl.aliexpress.com/item/1005005220809595.html?spm=a2g0o.order_list.order_list_main.10.2bb379d2cQoUuB&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005005220809595'),  # JohanBendz/com.tuya.zigbee#587
    ('Link to device Image (Aliexpress): https://nl.aliexpress.com/item/1005006837459415.html', 'aliexpress', 'listing', '1005006837459415'),  # JohanBendz/com.tuya.zigbee#897
    ('Link to device image: https://nl.aliexpress.com/item/1005005066493360.html', 'aliexpress', 'listing', '1005005066493360'),  # JohanBendz/com.tuya.zigbee#681
    ('https://aliexpress.com/item/1005004384160139.html', 'aliexpress', 'listing', '1005004384160139'),  # tuya-cloudcutter/tuya-cloudcutter#486
    ('Ali Link:  https://de.aliexpress.com/item/1005009827987598.html', 'aliexpress', 'listing', '1005009827987598'),  # dresden-elektronik/deconz-rest-plugin#8585
    ('https://dresden-elektronik.github.io/deconz-rest-doc/devices/tuya/_TZ3000_TS0207_water_leak_sensor/', None, 'not-alibaba-host', None),  # dresden-elektronik/deconz-rest-plugin#8585
    ('https://nl.aliexpress.com/item/1005001591553041.html (1 Gang dimmer switch)', 'aliexpress', 'listing', '1005001591553041'),  # zigpy/zha-device-handlers#950
    ('      <td>https://www.aliexpress.com/item/1005001704091474.html/</td>', None, 'missing-id', None),  # MarkWattTech/Tuya-v2-Supported-Devices#48; a slash glued after .html is refused with the bare link as the suggestion (table 21, test_urls36.py), not read as the listing
    ('      <td>https://ae01.alicdn.com/kf/Heb66266f2af140e9b4a471ed2b9260da7/3PCS-10A-Tuya-Smart-Wifi-Led-Dimming-Switch-EU-Standard-220V-Wireless-Touch-Light-Dimmers-Works.jpg_50x50.jpg_.webp</td>', None, 'not-alibaba-host', None),  # MarkWattTech/Tuya-v2-Supported-Devices#48
    ('https://fr.aliexpress.com/item/4000160868402.html?spm=a2g0o.productlist.0.0.2bac3e79qv3cSF&s=p', 'aliexpress', 'listing', '4000160868402'),  # AlexxIT/SonoffLAN#22
    ('https://www.itead.cc/sonoff-zbmini-zigbee-smart-switch.html', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#4752
    ('Pictures are here https://www.chytrevypinace.cz/Tlacitkovy-ZigBee-vypinac-2CH-d210.htm', None, 'not-alibaba-host', None),  # Koenkk/zigbee-herdsman-converters#1732
    ('Voici un extrait de la [doc](https://assets.legrand.com/pim/NP-FT-GT/F02530FR-05.pdf) : ', None, 'not-alibaba-host', None),  # KiwiHC16/Abeille#2756
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3]], "none left out"
)

test_service_sites_are_no_stores = service_sites_test(
    [
        # real addresses of the open-service host (github-index:18801061503, :45877158327)
        ("open-s.1688.com", "/openservice/ossDataService"),
        ("open-s.1688.com", "/openservice/imageSearchOfferResultViewService"),
    ],
    "Fix 1",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)
