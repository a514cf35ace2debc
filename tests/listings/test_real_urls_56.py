"""Sweep realurls56 of listing URLs (notes in /work/notes/sweep-realurls56.md): 187 real strings
from public code, Markdown, HTML, SQL, CSV and JSON (Java, Go, PHP, JS, Python, Swift, C#, Ruby
and Objective-C string literals; Chinese crawler and affiliate code; share text with 【】 and
``复制这条信息``), found by queries the earlier sweeps had not used: item-id and offer-id prefixes
(``item.taobao.com/item.htm?id=52``, ``detail.tmall.com/item.htm?id=53`` and ``=56``,
``detail.1688.com/offer/52``, ``aliexpress.com/item/1005002``, ``aliexpress.com/item/4000``,
``aliexpress.com/i/100``, ``world.taobao.com/item/5``), ``item.taobao.com/item.htm?spm=a1z10.1-c``,
``detail.tmall.com/item.htm?ali_refid``, ``detail.tmall.hk/hk/item.htm?spm``,
``alibaba.com/product-detail/20``, ``russian.alibaba.com/product-detail``, store sub-pages
(``.taobao.com/category-``, ``1688.com/page/creditdetail``, ``aliexpress.com/store/product/``),
``m.lazada.co.id/``, ``item.tmall.com/item.htm?id=``, ``detail.taobao.com/item.htm?id=``,
``item.taobao.com/item.htm?id=%d``, ``auction/item_detail``,
``detail.m.1688.com/page/index.html?offerId=``, ``detail.tmall.com/item.htm?id=62``,
``a.m.tmall.com/i``, ``detail.m.tmall.hk/item.htm``, ``item.taobao.com/item.html?id=``,
``mdetail.tmall.com/``, ``复制这条信息`` and ``打开【手机淘宝】``; none was in an earlier table (about 410 were collected;
the others already were, or repeated one another). Some rows are the search's excerpts of a
longer line, cut at the excerpt's edge.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_55.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md before
``parse_listing`` ran; where the parser answered otherwise and was kept, the row's comment says
why the notes (or an earlier table) decide as the parser does. Fix 1: Taobao's and Tmall's older
item hosts, ``detail.taobao.com/item.htm?id=N`` and ``item.tmall.com/item.htm?id=N`` (in
crawlers, affiliate code, SQL dumps and link parsers that list them as item hosts), are the
``******.taobao.com/item.htm?…&id=…`` and ``******.tmall.com/item.htm?…&id=…`` links IPP's help
accepts (notes section 9): they are Taobao and Tmall listings, read as ``item.taobao.com`` and
``detail.tmall.com`` are; they were refused as pages that are "not a product listing or
storefront". Fix 2: a protocol-relative link that a JSON value holds glued to its name, in
minified JSON whose earlier value holds a ``/``, ``?`` or ``#`` but no host
(``{"title":"A/B","url":"//item.taobao.com/item.htm?id=N"}``, ``"#deal"``), was not read (the
``/`` was taken for the path of a link the glue is in): ``not-a-url``. Only a text before it that
names a host (a dotted name) now hides it.
"""

from __future__ import annotations

import pytest

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    canonical_test,
    planner_test,
    table_tests,
    thrice,
)
from ipprules.listings import parse_listing

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('                let link = "\\n\\(shareView.shortUrl!)\\n--------------------\\n复制这条信息，\\(shareView.tPwd!)，打开【手机淘宝】即可查看"', None, 'not-a-url', None),  # github-index:14988641439
    ('     * 短链接：类似https://s.click.taobao.com/R7rDLHw的链接', None, 'short-link', None),  # github-index:12090954637
    ('     * 长链接：以https://s.click.taobao.com/t?e=开头的链接', None, 'short-link', None),  # github-index:12090954637
    ('     * 二合一链接：以https://uland.taobao.com/coupon/edetail?e=开头的链接', None, 'not-a-listing', None),  # github-index:12090954637
    ('     * 【下单链接】https://s.click.taobao.com/XlLOSQw', None, 'short-link', None),  # github-index:548657857
    ('【购买方法】一定要复制这条信息，才会有返利！打开【手机淘宝】可领卷并下单￥1z1M0MQzAxN￥', None, 'short-link', None),  # github-index:26158902020
    ('            String url = "https://liveplatform.taobao.com/live/liveDetail.htm?spm=a1z9u.8142865.0.0.1cb534edxcANsb&id=261569222510";', None, 'not-a-listing', None),  # github-index:3676837020
    ('> 声明：本篇笔记部分摘自[《Java核心技术（卷Ⅰ） - 机械工业出版社》](https://detail.tmall.com/item.htm?ali_refid=a3_420434_1006%3A1151895243%3AN%3AoB1xLXSDdjSpCunkFwpZbCtvD%2B6YEaA9%3A39f8fcdda956d1ec63523e9a6e9e2355&id=708821240842&mi_id=0000mg2-P7Ustbzeym2_6Dx', 'tmall', 'listing', '708821240842'),  # github-index:7224670573
    ('url = "https://detail.tmall.com/item.htm?ali_refid=a3_430582_1006:1256900155:N:emtiAWsF8+zhhxaiwzc0Aw==:35c60775ec3e2a0a739b3cf778980a81&ali_trackid=1_35c60775ec3e2a0a739b3cf778980a81&id=707613440127&', 'tmall', 'listing', '707613440127'),  # github-index:14003891991
    ('    # url="https://detail.tmall.com/item.htm?ali_refid=a3_431358_1007:583780033:U:251836915_0_6373557982:a96eed9f9ef944739f14118d2cd3577e&ali_trackid=149_a96eed9f9ef944739f14118d2cd3577e&id=656852524774&s', 'tmall', 'listing', '656852524774'),  # github-index:17252018320
    ('                "https://detail.tmall.com/item.htm?ali_refid=a3_demo&id=919643072179&skuId=5789814873879&spm=a21n57.1.hoverItem.1",', 'tmall', 'listing', '919643072179'),  # github-index:56096854111
    ("'https://detail.tmall.hk/hk/item.htm?spm=a230r.1.14.9.25e5f806ahEN0t&id=551849594680&cm_id=140105335569ed55e27b&abbucket=3',NULL,NULL,NULL,NULL),", 'tmall_global', 'listing', '551849594680'),  # github-index:33395113116
    ('            string testurl = "http://detail.tmall.hk/hk/item.htm?spm=a220m.1000858.1000725.1.2wQFHl&id=40957877409&skuId=67793583877&areaId=430100&cat_id=2&rn=1e5c9ffe3e68d072bee93050d477eb37&standard=1&user_id=2113658', 'tmall_global', 'listing', '40957877409'),  # github-index:32154946778
    ('        item copy2 = tiMailMachine.copy("https://detail.tmall.hk/hk/item.htm?spm=a1z10.1-b-s.w5003-22558018313.13.27826811J8t7nq&id=604214845878&scene=taobao_shop");', 'tmall_global', 'listing', '604214845878'),  # github-index:15574098914
    ("string='https://detail.tmall.hk/hk/item.htm?spm=a1z10.5-b-s.w4011-14785789405.74.678a7c064KANp5&id=541928730880&rn=cd40b4b6138d01b1ad369bee2aef8f74&abbucket=15'", 'tmall_global', 'listing', '541928730880'),  # github-index:46036987202
    ('//\t\t\t\t\tString skuTmallPath = "http://detail.tmall.hk/hk/item.htm?spm=a1z10.3-b.w4011-3568037628.140.XIEbhB&id=44839276086&rn=ae9a7f033e50b4a8a46ab6e0244a8e20&abbucket=16";', 'tmall_global', 'listing', '44839276086'),  # github-index:40803542592
    ("let url = '//detail.tmall.hk/hk/item.htm?spm=a1z10.3-b-s.w4011-17039211475.51.551c312e4uE80X&id=565977423042&rn=d86fc511fca632389323892d36aeb11a&abbucket=20'", 'tmall_global', 'listing', '565977423042'),  # github-index:7842075842
    ('                        try:    # 处理如生产日期，如https://detail.tmall.hk/hk/item.htm?spm=a222r.10469719.4349468587.5.3b840acbv5B2iG&acm=lb-zebra-273428-2784923.1003.4.2447078&id=555548214750&scm=1003.4.lb-zebra-273428-2784923.ITEM_5555482', 'tmall_global', 'listing', '555548214750'),  # github-index:27637895329
    ('                "https://m.lovegobuy.com/product?shop_type=1688&id=681296637536",', None, 'agent-site', None),  # github-index:31598781009
    ('Tested it on [color bulbs (no homekit)](https://detail.1688.com/offer/617699711703.html?spm=a2615.2177701.autotrace-offerGeneral.1.12be5799WNMB96).', '1688', 'listing', '617699711703'),  # github-index:9574620594
    ('      // https://detail.1688.com/offer/616657133265.html?spm=a26352.13672862.offerlist.8.566913cfgkOJWt', '1688', 'listing', '616657133265'),  # github-index:23214195699
    ("  assert.strictEqual(extractSerial('https://detail.1688.com/offer/653412345678.html'), '653412345678');", '1688', 'listing', '653412345678'),  # github-index:55655871684
    ('HL-002,photographer_002,https://detail.1688.com/offer/654321.html,相机挂绳,尼龙编织 1cm宽,Nylon 1cm Width,80cm x 1cm,12cm x 5cm x 2cm,8.50,1.20,1.00,0.85,2.00,1.80,,,,,,,', '1688', 'listing', '654321'),  # github-index:60338171004
    ("      product_url: 'https://detail.1688.com/offer/6.html',", None, 'malformed-id', None),  # github-index:66811867224
    ('    print((urlparse("https://detail.1688.com/offer/699297425649.html").scheme))', '1688', 'listing', '699297425649'),  # github-index:34786290984
    ('链接: https://detail.1688.com/offer/683381849222.html?fromkv=...（promotionURL）', '1688', 'listing', '683381849222'),  # github-index:53548853064
    ('        "purchase_1688_url": "https://detail.1688.com/offer/673641403157.html",', '1688', 'listing', '673641403157'),  # github-index:56712866469
    ('    <a href="https://de.aliexpress.com/item/4000126454159.html">aliexpress.com 1</a>', 'aliexpress', 'listing', '4000126454159'),  # github-index:38777965
    ('  https://www.aliexpress.com/item/4000184350083.html]', 'aliexpress', 'listing', '4000184350083'),  # github-index:70585243720
    ('The best would be to replace the glass bed with [an aluminium bed](https://nl.aliexpress.com/item/4000349727822.html?spm=a2g0o.productlist.0.0.4e3d79bb1k6Ae5) but for now we will try to fool the machine by putting an aluminium bed from another machine ', 'aliexpress', 'listing', '4000349727822'),  # github-index:39940288495
    ('- Dot-Matrix Display: [16x16 WS2812B LED dot-matrix panel](https://aliexpress.com/item/4000544584524.html)', 'aliexpress', 'listing', '4000544584524'),  # github-index:27431201095
    ('- SMD Buzzer:   https://www.aliexpress.com/item/4000043864737.html?spm=a2g0s.9042311.0.0.274233ediyCCli', 'aliexpress', 'listing', '4000043864737'),  # github-index:2618349235
    ('| 7 | Encoder Knob | 1 | 6mm D-shaft | AliExpress | [Buy](https://de.aliexpress.com/item/4000027546987.html) | 3.76 |', 'aliexpress', 'listing', '4000027546987'),  # github-index:52507268710
    ('  - "3v" https://www.aliexpress.com/item/4000829554492.html', 'aliexpress', 'listing', '4000829554492'),  # github-index:24084337885
    ('                    "detail.tmall.com/item.htm?spm=a220m.1000858.1000725.2.1e7834416hztr8&id=589880871893&skuId=4200907042830&areaId=310100&standard=1&user_id=2616970884&cat_id=2&is_b=1&rn=aef77bf33ae9b3eb8504efb7706431c4",', 'tmall', 'listing', '589880871893'),  # github-index:16174767845
    ('[模块1](https://item.taobao.com/item.htm?abbucket=14&id=665055929696&ns=1&priceTId=2100c82c17466082828256733e0be3&skuId=4968945735643&spm=a21n57.sem.item.81.3ed93903ScD7IM&utparam=%7B%22aplus_abtest%22%3A%22071eb1763aebb2fc6654ad566085d69f%22%7D&xxc=taobaoSearch)  ', 'taobao', 'listing', '665055929696'),  # github-index:32277663785
    ("\t'Referer': 'https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.42.589d6494QFm3nM&id=592423348971&skuId=4253148334166&user_id=2607671235&cat_id=2&is_b=1&rn=6e61d7471c4a732ef04d5c65cc17b089'", 'tmall', 'listing', '592423348971'),  # github-index:20292816035
    ('Hi guys, I ordered this hub motor from china: https://de.aliexpress.com/store/product/Maytech-Free-Shipping-1pcs-truck-for-single-motor-and-1pcs-70mm-hub-motor-for-electric-longboard/1630416_32820824995.html?spm=a2g0x.12010612.8148356.6', 'aliexpress', 'listing', '32820824995'),  # github-index:4739920836
    ('- **[旗舰店](https://www.aliexpress.com/store/product/M5Stack-NEW-PSRAM-2-0-FIRE-IoT-Kit-Dual-Core-ESP32-16M-FLash-4M-PSRAM-Development/3226069_32847906756.html?spm=2114.12010615.8148356.10.1c93724d7cJ5rG', 'aliexpress', 'listing', '32847906756'),  # github-index:8897791281
    ('url = "https://acs-m.lazada.co.id/gw/mtop.lazada.gsearch.appsearch/1.0/?data=%7B%22__original_url__%22%3A%22https%253A%252F%252Fwww.lazada.co.id%252Fbaju-muslim-pria%252F%253Ffrom%253D', None, 'not-a-listing', None),  # github-index:15994553355
    ("            url='https://acs-m.lazada.co.id/h5/mtop.global.detail.web.getdetailinfo/1.0/?jsv=2.5.1&appKey=24677475&t=1669347171969&sign=0c585a826266d810b30474a62ffa7002&api=mtop.global.detail.we", None, 'not-a-listing', None),  # github-index:33808077398
    ("  await assert.rejects(() => client.generateAffiliateLink({ originalUrl: 'https://item.lazada.co.id/p.html' }), /idempotencyKey is required/);", None, 'not-a-listing', None),  # github-index:57389491086
    ("    r = requests.post('https://acs-m.lazada.co.id/h5/mtop.global.detail.web.getdetailinfo/1.0/', params=params, cookies=cookies, headers=headers, data=data)", None, 'not-a-listing', None),  # github-index:33752680615
    ('      matches: ["*://member-m.lazada.co.id/address/*"],', None, 'not-a-url', None),  # github-index:33471690; a match pattern's *:// is no scheme: not-a-url, as test_real_urls_15/16/33 decide for *:// patterns (read first as not-a-listing)
    ("  ID: 'https://member-m.lazada.co.id/user/login?hybrid=1',", None, 'not-a-listing', None),  # github-index:48320478640
    ('         <li><a href="http://put-club.taobao.com/category-440129999.htm?spm=2013.1.w5002-2329833523.15.kc5NXq&search=y&catName=%C8%ED%BC%FE" target="_blank">学习软件</a> | <a href="http://item.taobao.com/item.htm', None, 'not-a-listing', None),  # github-index:25359383845
    ('Module can be bought at taobao or other ways : [taobao link](https://anxinke.taobao.com/category-1303500786.htm?spm=2013.1.w5002-16491372996.5.3c354c53OwDR7Y&search=y&catName=GPRS%C4%A3%D7%E9%C7%F8)', None, 'not-a-listing', None),  # github-index:32844227858
    ('* [Telemetry Radio Modules](https://cuav.taobao.com/category-158480951.htm?spm=2013.1.w5002-16371268426.4.410b7a821qYbBq&search=y&catName=%CA%FD%B4%AB%B5%E7%CC%A8)', None, 'not-a-listing', None),  # github-index:28174684821
    ('\t\t\t\tstore:"https://shop60660708.taobao.com/category-1230751024.htm?spm=a1z10.3-c.w4010-724311928.7.11c1153cs0R2Cl&search=y&catName=%BA%D5%D5%DC%D7%E5%D3%E3%C6%A4%B9%A4%D2%D5%C6%B7#bd"', None, 'not-a-listing', None),  # github-index:44215800082
    ('    url: "https://rjfashion.taobao.com/category-1171866690.htm?spm=a1z10.3-c.w4010-12549863474.7.Lzws7E&search=y&catName=2016%B4%BA%D7%B0%C9%CF%CA%D0#bd",', None, 'not-a-listing', None),  # github-index:21676947936
    (' "https://leikafei.tmall.com/search.htm?spm=a220o.1000855.0.0.sQ4lqK&search=y",', None, 'not-a-listing', None),  # github-index:21676947936
    ('`淘宝 <https://shop152705481.taobao.com/category-1266972912.htm>`_ |', None, 'not-a-listing', None),  # github-index:6033638979
    ('[![Taobao](docs/images/taobao-logo.png)](https://zaowubang.taobao.com/category-1347611684.htm?spm=a1z10.1-c-s.w4010-18605444712.9.39be796cJVdvk7&search=y&parentCatId=769990253&parentCatName=%CE%EF%C1%AA%CD%F8%D3%B2%BC%FE&catName=', None, 'not-a-listing', None),  # github-index:9916795899
    ("aliexpressScraper('https://pt.aliexpress.com/item/1005005798409576.html?spm=a2g0o.home.pcJustForYou.9.59f81c912MPnYz&gps-id=pcJustForYou&scm=1007.13562.333647.0&scm_id=1007.13562.333647.0&scm-url=1007", 'aliexpress', 'listing', '1005005798409576'),  # github-index:26827106030
    ('        "https://pt.aliexpress.com/item/1005008441505437.html\\n\\n"', 'aliexpress', 'listing', '1005008441505437'),  # github-index:57904095590
    ('    DETAIL_URL = "https://detail.m.tmall.com/item.htm?id=%d"', None, 'malformed-id', None),  # github-index:46241689656
    ('        "http://shop.m.taobao.com/shop/shop_index.htm?user_id=%s&shop_navi=allitems"', None, 'not-a-listing', None),  # github-index:46211323559
    ('\t\t\t// driver.get("https://item.taobao.com/item.htm?id=522862409133&ali_refid=a3_420432_1006:1102345190:N:%E7%94%B7%E7%A7%8B%E6%AC%BE%E5%A4%96%E5%A5%97:daf48', 'taobao', 'listing', '522862409133'),  # github-index:25088995849
    ('\t//淘宝  https://item.taobao.com/item.htm?id=523002170612&mt=&wwlight=cntaobaotb%E4%BF%9D%E5%81%A5-%7B523002170612%7D', 'taobao', 'listing', '523002170612'),  # github-index:12736144937
    ('\t\tString url="https://item.taobao.com/item.htm?id=521290858413";', 'taobao', 'listing', '521290858413'),  # github-index:10628580378
    ('// https://item.taobao.com/item.htm?id=522808579863', 'taobao', 'listing', '522808579863'),  # github-index:38492290982
    ('"link":"https://detail.tmall.com/item.htm?id=538123913844","coupon_link":"http://shop.m.taobao.com/shop/coupon.htm?activityId=473ffe57bcbd413c94637', 'tmall', 'listing', '538123913844'),  # github-index:41755850393
    ("const url = 'https://detail.tmall.com/item.htm?id=539379698935&rn=8fefd76e0b44c725d77761c91039919f&abbucket=18&skuId=3254181917610';", 'tmall', 'listing', '539379698935'),  # github-index:37195155114
    ('                        .header("referer","https://detail.tmall.com/item.htm?id=531672637569&sku_properties=5919063:10010&spuId=572300838&sellerId=2134802284&order=3&currentPage=1&ap', 'tmall', 'listing', '531672637569'),  # github-index:16306768013
    ("        //$url = 'https://detail.tmall.com/item.htm?id=538139634430';", 'tmall', 'listing', '538139634430'),  # github-index:13118067836
    ('| MG90S/180度             | 1 | 17  | https://detail.tmall.com/item.htm?id=530629424244&skuId=4179287423050 | 用于前爪的微型舵机 |', 'tmall', 'listing', '530629424244'),  # github-index:8295188381
    ('  https://detail.tmall.com/item.htm?id=536700034613', 'tmall', 'listing', '536700034613'),  # github-index:14391752560
    ('        let fullURL = "https://detail.tmall.com/item.htm?id=539699766942&ut_sk=test"', 'tmall', 'listing', '539699766942'),  # github-index:68544593934
    ("    link: 'https://detail.tmall.com/item.htm?id=536945453736',", 'tmall', 'listing', '536945453736'),  # github-index:20230493604
    ("ghtning端口，底部为Micro SD卡槽，通过Lexar的文件管理App，用户即可利用读卡器进行内容传输。',NULL,0,0,0,0,1,NULL,1,NULL,4),(5,'https://detail.tmall.com/item.htm?id=538706013503&ali_trackid=2:mm_25282911_3455987_13726438:1496347639_310_1982653045&upsid=0ec444e9a88156", 'tmall', 'listing', '538706013503'),  # github-index:30351308426
    ('\t\tString detail = "https://detail.tmall.com/item.htm?id=536786163817&skuId=3205063938245&cat_id=50105579&rn=b3e6735ac2f3a09bc08a4152cf4adef8&user_id=285591214', 'tmall', 'listing', '536786163817'),  # github-index:40070131584
    ('广州科士达太阳能并网逆变器3/4/5kw https://detail.1688.com/offer/524574013771.html\\n深圳市晶硕电气科技，太阳能离网并网逆变器 ：https://jingshuosolar.1688.com/page/offerlist_82984062_675858', '1688', 'listing', '524574013771'),  # github-index:1520413909
    ('\t\tString[] urls = new String[] {"http://detail.1688.com/offer/520066973714.html?spm=a2615.7691456.0.0.aIMURX"};', '1688', 'listing', '520066973714'),  # github-index:14989551653
    ('//\t\t\tString url = "http://detail.1688.com/offer/520281948908.html?spm=a2615.7691456.0.0.t3aqPX";', '1688', 'listing', '520281948908'),  # github-index:236554192
    ('\t\t\t\t"http://detail.1688.com/offer/526083361591.html?spm=a2604.7906952.1998923086.4.FsXhNf");', '1688', 'listing', '526083361591'),  # github-index:21024930412
    ('which can print different sized labels like [these](https://de.aliexpress.com/item/1005002017283862.html). Sadly, when I set it up under Linux, although somewhat supported, the print results', 'aliexpress', 'listing', '1005002017283862'),  # github-index:55622692159
    ('| Motor de vibración mando de Xbox 360 | Actuador | 1 | 5V | Reutilizado | https://es.aliexpress.com/item/1005002777653182.html |', 'aliexpress', 'listing', '1005002777653182'),  # github-index:23361686449
    ('| Solder wire        | 01    | Sn63/Pb37 - 1.0mm - https://www.aliexpress.com/item/1005002646781061.html |', 'aliexpress', 'listing', '1005002646781061'),  # github-index:16808034859
    ('            link = "https://www.aliexpress.com/item/1005002997846504.html?spm=a2g0o.productlist.main.83.1d2fc095KXRjER&algo_pvid=e0e5cf40-9f1a-4eba-803c-a6dd25', 'aliexpress', 'listing', '1005002997846504'),  # github-index:42501126859
    ('| M2 Bolts & nuts           | [400pc Bolt pack](https://www.aliexpress.com/item/1005002046118328.html)                                          | 1      |', 'aliexpress', 'listing', '1005002046118328'),  # github-index:83408479
    ('- A CM4 Heatsink/Fan [(link)](https://pt.aliexpress.com/item/1005002541607239.html)', 'aliexpress', 'listing', '1005002541607239'),  # github-index:65920451074
    ('[Gripper Product Link](https://ko.aliexpress.com/item/1005002882854035.html?spm=a2g0o.detail.pcDetailTopMoreOtherSeller.11.61f8TtBeTtBebn&gps-id=pcDetailTopMoreO', 'aliexpress', 'listing', '1005002882854035'),  # github-index:31337518489
    ('- 7x [VL53L0X ToF sensors](https://it.aliexpress.com/item/1005002977961401.html?aff_platform=true&aff_short_key=UneMJZVf&isdl=y&src=bing&pdp_npi=3%40dis%21EUR%212.83', 'aliexpress', 'listing', '1005002977961401'),  # github-index:45323008639
    ('<li><a href="https://www.aliexpress.com/item/1005002524993718.html">motor s úchytem a kolem</a></li>', 'aliexpress', 'listing', '1005002524993718'),  # github-index:35970039124
    ('[Purchase link](https://fr.aliexpress.com/item/1005002996845292.html?spm=a2g0n.productlist.0.0.3f6a504adAED2o&browser_id=9912822ba7104565be8b54cba042be38&', 'aliexpress', 'listing', '1005002996845292'),  # github-index:8906750584
    ('* USB 升级工具 : 在开发完成后，需要使用杰理烧写工具将对应的`hex`文件烧录到目标板，进行开发调试, 关于如何获取工具请进入申请 [链接](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-22883854875.5.504d246bXKwyeH&id=620295020803) 并详细阅读对应的[文档](doc/stuff/usb%20updater.pdf)，以及相', 'taobao', 'listing', '620295020803'),  # github-index:16197825485
    ('    webbrowser.open("https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-3329876017.6.27b72b14j99nH5&id=528594825831")', 'taobao', 'listing', '528594825831'),  # github-index:20232837740
    ('        window.location = "https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-12617595122.2.33ff4679Hed5KU&id=577748526182"', 'taobao', 'listing', '577748526182'),  # github-index:8080019660
    ('https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-6565671699.12.fmsza3&id=523758972998', 'taobao', 'listing', '523758972998'),  # github-index:35232395419
    ('<!-- \t\t\t\t\t\t\t\t\t\t<a class="btn btn-default btn-sm text-primary underline" href="https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-2288912944.6.8drvo1&amp;id=39715316712" target="_blank"><i class="ico-basket2 mr5"></i>电子秤购买链', 'taobao', 'listing', '39715316712'),  # github-index:29902209769
    ('            window.open("http://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-7809348483.1.XEGB1z&id=39844918692&qq-pf-to=pcqq.c2c");', 'taobao', 'listing', '39844918692'),  # github-index:42828958414
    ('"font-size:14px;">多肉植物组合新手套餐包邮含盆绿植花卉盆栽肉肉嘟嘟植物室内</span> \\r\\n</p>\', \'17.jpg\', \'淘宝\', \'8\', \'5\', \'https://item.taobao.com/item.htm?spm=a1z10.1-c.w9714256-21265946589.4.6b4a1483laAT92&id=579164843511\'),', 'taobao', 'listing', '579164843511'),  # github-index:2261231660
    (' * ![Various Controllers](https://www.alibaba.com/product-detail/2026R-Silicone-Rubber-Pad-for-Ps5_1601622066102.html)', 'alibaba_com', 'listing', '1601622066102'),  # github-index:33257329774
    ('    product_url: "https://www.alibaba.com/product-detail/2026-Electric-Foldable-Portable-Home-Treadmill_1601760189293.html",', 'alibaba_com', 'listing', '1601760189293'),  # github-index:55636932859
    ('https://www.alibaba.com/product-detail/2019-hot-sale-5-6-7_60834993292.html?spm=a2747.manage.component-marhttps://www.alibaba.com/product-det', 'alibaba_com', 'listing', '60834993292'),  # github-index:5324739975
    ("          'https://www.alibaba.com/product-detail/2023-New-Arrival-Fashion-Car-Charger-1600123456789.html'", None, 'missing-id', None),  # github-index:61322750273
    ('      "https://www.alibaba.com/product-detail/20-Pins-Hydra-Needle-Titanium-Derma_1601813026786.html",', 'alibaba_com', 'listing', '1601813026786'),  # github-index:69526179899
    ('ng a case made of a plastic compound that sits atop the PCB. Something like [these guys](http://www.alibaba.com/product-detail/20pcs-DC12V-WS2811-square-type-pixel_1197979139.html) on Alibaba, but less janky.', 'alibaba_com', 'listing', '1197979139'),  # github-index:14609109545
    ('        self.myPage=urllib2.urlopen(\'http://www.alibaba.com/product-detail/2014-New-Pvc-Bath-Duck-Bath_928667842.html\').read()#.decode("gbk")', 'alibaba_com', 'listing', '928667842'),  # github-index:24513212825
    ('    "womens-plus-size-fitness-swimwear": "https://www.alibaba.com/product-detail/2025-High-Quality-OEM-Design-Women_11000027852820.html",', 'alibaba_com', 'listing', '11000027852820'),  # github-index:53834652403
    ("    url: 'https://www.alibaba.com/product-detail/2024-Led-Face-Facial-Mask-Near_1601337996423.html',", 'alibaba_com', 'listing', '1601337996423'),  # github-index:59585615046
    ('    url = @"https://detail.tmall.com/item.htm?id=568371443233&spm=a223v.7835278.t0.1.3cbe2312nwviTo&pvid=be2a1b12-f24f-4050-9227-e7c3448fd8b8&scm=1007.', 'tmall', 'listing', '568371443233'),  # github-index:16258024169
    ('        String s = "https://detail.tmall.com/item.htm?id=565115417972&amp;skuId=3968869475067&amp;standard=1&amp;user_id=2616970884&amp;cat_id=50936003&amp;is_', 'tmall', 'listing', '565115417972'),  # github-index:46586211165
    ('[2] [购买链接](https://detail.tmall.com/item.htm?id=569075916681)', 'tmall', 'listing', '569075916681'),  # github-index:27785795443
    ("url = 'https://detail.tmall.com/item.htm?id=564610856465&spm=a21wu.241046-kr.4691948847.7.41cab6cbU1bptG&scm=1007.15423.84311.100200300000001&pvid", 'tmall', 'listing', '564610856465'),  # github-index:21340965103
    ('1. url打开方式打开商品，这个url必须是纯商品链接才能自动跟到订单（也就是商品裸链接，如https://detail.tmall.com/item.htm?id=560825350079）', 'tmall', 'listing', '560825350079'),  # github-index:17463751876
    ('135224&amp;ad_id=&amp;am_id=&amp;cm_id=140105335569ed55e27b&amp;pm_id=&amp;abbucket=4" data-href="//detail.tmall.com/item.htm?id=568531135224&amp;ad_id=&amp;am_id=&amp;cm_id=140105335569ed55e27b&amp;pm_id=&amp;abbucket=4" target="_', 'tmall', 'listing', '568531135224'),  # github-index:9277105771
    ('\t\t\t\t\t"https://detail.tmall.com/item.htm?id=565344963620");', 'tmall', 'listing', '565344963620'),  # github-index:5761917945
    ('        "buyurl": "https://detail.tmall.com/item.htm?id=560421108015"', 'tmall', 'listing', '560421108015'),  # github-index:20212393004
    ('//            \u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"couponUrl":"https://detail.tmall.com/item.htm?id=563049810028",', 'tmall', 'listing', '563049810028'),  # github-index:35363638306
    ("        list_url = ['https://detail.tmall.com/item.htm?id=562885288405&ad_id=&am_id=&cm_id=140105335569ed55e27b&pm_id=&abbucket=16', 'https://detail.tmall.com/i", 'tmall', 'listing', '562885288405'),  # github-index:25211965906
    ('  - **Boosted Board clone deck** - https://world.taobao.com/item/536855694383.htm?fromsite=main&spm=a312a.7700824.w4004-14838118875.2.l7tyh8', 'taobao_or_tmall', 'listing', '536855694383'),  # github-index:4575829624
    ('3. [Logic level converter](https://world.taobao.com/item/522587064231.htm?spm=a312a.7700714.0.0.LOoy8V#detail) (optional)', 'taobao_or_tmall', 'listing', '522587064231'),  # github-index:43806217724
    ('              <a target="_blank" href="https://world.taobao.com/item/546213629840.htm?fromSite=main&spm=a230r.1.14.21.ebb2eb2olTiLr&ns=1&abbucket=3#detail"><span style="o', 'taobao_or_tmall', 'listing', '546213629840'),  # github-index:21518397620
    (' * @see https://world.taobao.com/item/527643034307.htm?fromSite=main&spm=', 'taobao_or_tmall', 'listing', '527643034307'),  # github-index:17161944932
    ('* [SX1301IMLTRC screen SX1301 package QFN64 brand good quality stock SEMTECH](https://world.taobao.com/item/524964459840.htm)', 'taobao_or_tmall', 'listing', '524964459840'),  # github-index:29273811836
    ('                     * http://world.taobao.com/item/523372039199.htm?spm=a312a.7700714.0.0.IJ566v#detail', 'taobao_or_tmall', 'listing', '523372039199'),  # github-index:29652854846
    ("  // $url = 'https://world.taobao.com/item/540822395124.htm?spm=a312a.7700714.0.0.1a3f444cIQifB2#detail';", 'taobao_or_tmall', 'listing', '540822395124'),  # github-index:9784673134
    ('#https://world.taobao.com/item/543407581441.htm?fromSite=main&ali_refid=a3_430009_1006:1123056711:N:%E7%85%A7%E7%89%87%E7%9B%92%E5%A', 'taobao_or_tmall', 'listing', '543407581441'),  # github-index:28169661147
    ('* G 000883   R31    G80-9039HAAUS / 07  $71 https://world.taobao.com/item/531556526722.htm', 'taobao_or_tmall', 'listing', '531556526722'),  # github-index:29355547771
    ('开关控制：https://world.taobao.com/item/521055673361.htm?fromSite=main&spm=a312a.7728556.0.0.hMAGs0', 'taobao_or_tmall', 'listing', '521055673361'),  # github-index:38732014159
    ('9923800&sprefix=sipeed%2Btang%2Bnano%2B20k%2B%2Caps%2C286&sr=8-1&th=1), or [AliExpress](https://www.aliexpress.us/item/3256805394833478.html?spm=a2g0o.productlist.main.1.4b04HoNAHoNAIF&algo_pvid=809e9b1f-24a1-4c4b-b135-129d', 'aliexpress', 'listing', '3256805394833478'),  # github-index:56122120480
    ('//http://item.tmall.com/item.htm?id=4601493210&cm_cat=50010167&pm2=1&source=dou&prt=1320338682586&prc=1 //实例网址', 'tmall', 'listing', '4601493210'),  # github-index:10990383699
    ('\t\turl: "http://item.tmall.com/item.htm?id=9050791957",//"http://auction1.paipai.com/1D24863A00000000001D3A7B070A25FA",//', 'tmall', 'listing', '9050791957'),  # github-index:35779668207
    ('\tprivate static final String Default_URL = "http://item.tmall.com/item.htm?id=12405459484&prc=1";', 'tmall', 'listing', '12405459484'),  # github-index:43013213509
    ('                <td><a href="http://item.tmall.com/item.htm?id=<%#Eval("itemid") %>" title=\'<%#Eval("sendresult") %>.......<%#Eval("sendresultalipay") %>......<%#E', None, 'missing-id', None),  # github-index:21285876146; the id is cut at the template's markup <%...%>: an empty id=, missing-id, as docs/listings.md reads a link up to a tag (read first as malformed-id)
    ("    link: 'https://item.tmall.com/item.htm?id=881543753221',", 'tmall', 'listing', '881543753221'),  # github-index:70290040425
    ('        "url": "https://item.tmall.com/item.htm?id=P900",', None, 'malformed-id', None),  # github-index:66488690329
    ("'苹果笔记本电脑', '2015年05月', '15英寸', 'intel i7', '娱乐办公本', '核心显卡/集显', 'http://item.tmall.com/item.htm?id=45770557481', '(天猫商城 第三方)', '89% 好评', 'http://pro.zuyushop.com:8015/ProPic/20158/Thumb/Thumb_2015080", 'tmall', 'listing', '45770557481'),  # github-index:29263687162
    ("\t\t\t$return['id'] && $return['click'] = sprintf('http://item.tmall.com/item.htm?id=%s', $return['id']);", None, 'malformed-id', None),  # github-index:20151650303
    ('\t    + "http://item.tmall.com/item.htm?id=1234 \\n"', None, 'malformed-id', None),  # github-index:62519268
    ('\t    + "http://item.lp.taobao.com/item.htm?id=1234 \\n"', None, 'not-a-listing', None),  # github-index:62519268; item.lp.taobao.com is on no allow-list of the notes (section 12) and this one URL-examples string is its only source: not fixed, see the notes (read first as malformed-id)
    ('<td> <input type="text" name="taourl" id="taourl"   size="50" value=""/>例如：http://item.tmall.com/item.htm?id=10682890468</td>', 'tmall', 'listing', '10682890468'),  # github-index:4021834951
    ('        const TString url = "https://russian.alibaba.com/product-detail/2018-trendy-men-s-stripe-jeans-light-blue-washed-skinny-distressed-jeans-trouser-60717413430.html";', 'alibaba_com', 'listing', '60717413430'),  # github-index:29842039406
    ("PEAR_LINK = 'https://russian.alibaba.com/product-detail/fresh-yellow-pear-for-sale-fresh-fruits-pears-quality-pears' \\", None, 'missing-id', None),  # github-index:34915189583
    ('1. [Мотор колёса](https://russian.alibaba.com/product-detail/mini-5v-dc-gear-motor-for-electric-toys-tronsun-motor-t-130-60356151712.html):![](.gitbook/assets/m', 'alibaba_com', 'listing', '60356151712'),  # github-index:30227569822
    ('[^3_23]: https://russian.alibaba.com/product-detail/Hynix-64GB-DDR5-5600-ECC-REG-1601608400369.html', 'alibaba_com', 'listing', '1601608400369'),  # github-index:47328165081
    ('            "    <link rel=\\"alternate\\" hreflang=\\"ru\\" href=\\"https://russian.alibaba.com/product-detail/double-side-beadlock-steel-wheels-for-suv-60498710816.html\\"/>\\n" +', 'alibaba_com', 'listing', '60498710816'),  # github-index:41357749236
    ('    # detail.taobao.com/item.htm?id=xxx    → 淘宝', None, 'malformed-id', None),  # github-index:61925165191
    ('                <div>📌 Taobao: detail.taobao.com/item.htm?id=...</div>', None, 'missing-id', None),  # github-index:66530896734; id=... is no value: missing-id, as earlier tables decide for id=... (read first as malformed-id)
    ('            refer_url = "https://detail.taobao.com/item.htm?id={nid}"', None, 'malformed-id', None),  # github-index:3539853102
    ('                        \'<a class="pic" href="http://detail.taobao.com/item.htm?id=\' + item.itemId + \'" target="_blank">\' +', None, 'missing-id', None),  # github-index:8733121525
    ('        "url": "https://detail.taobao.com/item.htm?id=123456",', 'taobao', 'listing', '123456'),  # github-index:53359249638
    ('      url = "https://detail.taobao.com/item.htm?id=#{params[:id]}"', None, 'missing-id', None),  # github-index:11937049070
    ('- ESP32-WROOM-32UE Dev Kit ([AliExpress](https://www.aliexpress.com/i/1005006101661404.html))', 'aliexpress', 'listing', '1005006101661404'),  # github-index:33154315702
    ('0lkeUEI&dib_tag=se&keywords=potentiometer%2Barduino&qid=1750708242&sr=8-13&th=1) [(buy)](https://es.aliexpress.com/i/1005008564922023.html) [(buy 2)](https://www.otronic.nl/en/10k-ohm-trim-potentiometer-horizontal-with-k', 'aliexpress', 'listing', '1005008564922023'),  # github-index:22145985682
    ('        link: "https://pt.aliexpress.com/i/1005002060801598.html",', 'aliexpress', 'listing', '1005002060801598'),  # github-index:12128754563
    ('ison/outillage/4240-metre-laser-intelligent-bluetooth-hoto-qwcjy001.html), [AliExpress](https://www.aliexpress.com/i/1005002004493544.html) |', 'aliexpress', 'listing', '1005002004493544'),  # github-index:70910973907
    ('    <a href="https://es.aliexpress.com/i/10000043885157.html">', 'aliexpress', 'listing', '10000043885157'),  # github-index:42978333700
    ('* [HLK-LD2410S 24G mmWave sensor](https://www.aliexpress.com/i/1005006282168742.html) [Manual](https://drive.google.com/file/d/1CYgZTTEkZoo29QDd8V-qMWQCiwLFjlw1/view)', 'aliexpress', 'listing', '1005006282168742'),  # github-index:7807310785
    ('https://www.aliexpress.com/i/1005005929141290.html', 'aliexpress', 'listing', '1005005929141290'),  # github-index:59183289413
    ('[7-6]: <https://www.aliexpress.com/i/1005004689283473.html>', 'aliexpress', 'listing', '1005004689283473'),  # github-index:17331232822
    ('* <https://www.aliexpress.com/i/1005003580787977.html>', 'aliexpress', 'listing', '1005003580787977'),  # github-index:10920878246
    ('\tpublic static final String PATTERN_MASHUP_TAOBAO = "http://item.taobao.com/auction/item_detail.*";', None, 'not-a-listing', None),  # github-index:18765099564
    ('\t\tstr = "http://item.taobao.com/auction/item_detail.jhtml?item_id=a3102715b30f4cbb92d347d4e8f0a60c&x_id=0db2";', None, 'not-a-listing', None),  # github-index:9678121314
    ('            "https://detail.m.1688.com/page/index.html?offerId=1234567890",', '1688', 'listing', '1234567890'),  # github-index:65813746738
    ('    # detail.m.1688.com/page/index.html?offerId=... 。保留旧版选择器作回退。', None, 'missing-id', None),  # github-index:59879773582
    ('     "url": "http://detail.m.1688.com/page/index.html?offerId=984219191844", ', '1688', 'listing', '984219191844'),  # github-index:48456712901
    ('            "https://detail.m.1688.com/page/index.html?offerId=100001",', '1688', 'listing', '100001'),  # github-index:56841161628
    ('          ? `http://detail.m.1688.com/page/index.html?offerId=${index + 1}`', None, 'malformed-id', None),  # github-index:68451467769
    ("one 12 Pro 5G手机国行正品官方旗舰店iPhone11promax新品苹果125g/12pro',1,2,'博盛景数码专营店','无限充电头,钢化膜',0.96,1235,'https://detail.tmall.com/item.htm?id=629116136933&ali_trackid=2:mm_12238993_19794510_110773600209:1606034219_215_1706159517&union_lens=lens", 'tmall', 'listing', '629116136933'),  # github-index:166616484
    ('[1] [GPS模块](https://detail.tmall.com/item.htm?id=624818869038&price=26.6&sourceType=item&sourceType=item&suid=ad59cf26-7f69-413a-b68b-aec2adf0ab2f&shar', 'tmall', 'listing', '624818869038'),  # github-index:27524475799
    ('| 86型人体感应开关面板 || 1 | - | [购买](https://detail.tmall.com/item.htm?id=622077644993) |', 'tmall', 'listing', '622077644993'),  # github-index:36958925145
    ('详情请见:https://detail.tmall.com/item.htm?id=628468515434', 'tmall', 'listing', '628468515434'),  # github-index:46208336968
    ("        #await self.__crawl_item('https://detail.tmall.com/item.htm?id=626313427864')", 'tmall', 'listing', '626313427864'),  # github-index:3578378519
    ('| 单头六角柱 M2.5*10+6          | [链接](https://detail.tmall.com/item.htm?id=625159170166&spm=a1z09.2.0.0.ddaa2e8d5YZtxH&_u=g2bdtj0f8690) |', 'tmall', 'listing', '625159170166'),  # github-index:71074600043
    ('[STM32仿真器无线下载AMR单片机远程调试烧录编程STLINK DAPLINK](https://detail.tmall.com/item.htm?id=623728332784&spm=a1z09.2.0.0.46df2e8ddFg2g1&_u=o2ph6ufjfa55)', 'tmall', 'listing', '623728332784'),  # github-index:40727663533
    ('| 16路PWM舵机驱动板        | 1 | 27 | https://detail.tmall.com/item.htm?id=624505789589&skuId=5054325653554 | 使用I2C接口的舵机驱动板，最多能同时驱动16路舵机 |', 'tmall', 'listing', '624505789589'),  # github-index:8295188381
    ('https://detail.tmall.com/item.htm?id=628750331992#', 'tmall', 'listing', '628750331992'),  # github-index:29688965084
    ('\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<a href="//detail.tmall.com/item.htm?id=627549298489" target="_blank" data-title="马丁靴男工装靴高帮鞋子男鞋潮鞋英伦风皮鞋冬季加绒雪地棉鞋军靴" class="J_MakePoint J_GoldRep', 'tmall', 'listing', '627549298489'),  # github-index:23257142575
    ('ss="subject-item J_DblclickTo" data-title="{{skuName}}" data-price="{{skuPrice}}" data-link="http://a.m.tmall.com/i{{{itemId}}}.htm">\',', None, 'not-a-listing', None),  # github-index:6910304786; notes silent on a.m.tmall.com; kept as test_review24 and earlier tables read it (read first as malformed-id)
    ('        doVisitor( "http://fenl.m.tmall.com/?sid=35e5334c5c7fd37bc8f1ff83151133c6', 'tmall', 'storefront', 'fenl'),  # github-index:28238912802
    ('        static const Re3 m_version_tmall("http://a.m.tmall.com/i(\\\\d+).html?");', None, 'not-a-listing', None),  # github-index:13459222513
    ("    driver.get('https://detail.m.tmall.hk/item.htm?spm=a230r.1.14.4.6d8841celXL7CE&id=577128927497&cm_id=140105335569ed55e27b&abbucket=9')", 'tmall_global', 'listing', '577128927497'),  # github-index:34692222566
    ("        //     !url.match('detail.m.tmall.hk/item.htm?\\\\S*id=\\\\d+') &&", None, 'missing-id', None),  # github-index:176383826
    ('\t\t\t//item.taobao.com/item.html?id=527470899252', 'taobao', 'listing', '527470899252'),  # github-index:24012426002
    ('                    intent.setData(Uri.parse("taobao://item.taobao.com/item.html?id=41700658839"));', None, 'scheme-not-allowed', None),  # github-index:18110456311
    ('        /** 完整 URI，如 taobao://item.taobao.com/item.html?id=123 */', None, 'scheme-not-allowed', None),  # github-index:62371370013
    ('                "propertyUrl": "//mdetail.tmall.com/mobile/itemPackage.do?itemId=520940041698",', None, 'not-a-listing', None),  # github-index:125751004
    ("    url = 'https://mdetail.tmall.com/templates/pages/desc?id={}'.format(itemid)", None, 'not-a-listing', None),  # github-index:10749091301
    ("            $content_url='https://mdetail.tmall.com/templates/pages/desc?id='.$num_iid;", None, 'not-a-listing', None),  # github-index:11726393162
    ('        urlString = "http://mdetail.tmall.com/templates/pages/desc?id=604372762402"', None, 'not-a-listing', None),  # github-index:39025683759
    ("        base_url = 'https://mdetail.tmall.com/templates/pages/itemDesc?id={}'.format(self.id)", None, 'not-a-listing', None),  # github-index:27601191807
    ('_isH5Des=true#!id=543714768771&type=0&f=TB1yWCcRXXXXXbDXFXX8qtpFXlX&sellerType=C","tmallDescUrl":"//mdetail.tmall.com/templates/pages/desc?id=543714768771","taobaoPcDescUrl":"//h5.m.taobao.com/app/detail/desc.html?_isH', None, 'not-a-listing', None),  # github-index:31653235606; excerpt; fix 2: a JSON value's protocol-relative link after a cut value holding # (was not-a-url)
    ('\t$tourl="http://mdetail.tmall.com/comboMeal.htm?spm=a1z10.1.w5003-5880586049.1.bYtmXX&comboId=232620000011066564&mainItemId=3542179408', None, 'not-a-listing', None),  # github-index:48352090947
    ('    String url = "https://mdetail.tmall.com/templates/pages/desc?id=${goods.goods_id}";', None, 'not-a-listing', None),  # github-index:26034548294
    ('l\\":70,\\"anticipated_money\\":\\"14.16\\",\\"share_url\\":\\"http://t.cn/RsDCjbw\\",\\"desc_url\\":\\"https://mdetail.tmall.com/templates/pages/desc?id=567469138252\\",\\"pics\\":[\\"https://img.alicdn.com/imgextra/i2/2972229602/TB2', None, 'not-alibaba-host', None),  # github-index:18823664457
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3] and "russian.alibaba.com" not in row[0]],
    "Alibaba.com's language hosts left out: their /product-detail/<slug>-N.html form has no"
    " slug the notes' canonical form (<slug>_N.html) keeps",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)


@pytest.mark.parametrize(
    ("text", "platform", "id", "canonical"),
    [
        ("https://item.tmall.com/item.htm?id=881543753221", "tmall", "881543753221",
         "https://detail.tmall.com/item.htm?id=881543753221"),  # github-index:70290040425
        ("http://item.tmall.com/item.htm?id=4601493210&cm_cat=50010167&pm2=1&source=dou",
         "tmall", "4601493210",
         "https://detail.tmall.com/item.htm?id=4601493210"),  # github-index:10990383699
        ("https://detail.taobao.com/item.htm?id=123456", "taobao", "123456",
         "https://item.taobao.com/item.htm?id=123456"),  # github-index:53359249638
        ("detail.taobao.com/item.htm?spm=a1z10&id=606832683299&detailType=1", "taobao",
         "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),  # constructed
    ],
)  # fmt: skip
def test_older_item_hosts_are_listings(text: str, platform: str, id: str, canonical: str) -> None:
    """Fix 1: ``item.tmall.com/item.htm?id=N`` and ``detail.taobao.com/item.htm?id=N``, links
    of the forms IPP's help accepts (notes section 9), are Tmall's and Taobao's listings, with
    the canonical form of ``detail.tmall.com`` and ``item.taobao.com``; they were refused as no
    listing page."""
    result = thrice(text)
    assert (result.platform, result.kind, result.id) == (platform, "listing", id)  # type: ignore[attr-defined]
    assert parse_listing(text).canonical_url == canonical


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("https://item.tmall.com/", "not-a-listing"),  # Tmall's own host, no store (table 35)
        ("https://detail.taobao.com/", "not-a-listing"),  # a reserved label (test_url_notes_17)
        ("https://item.tmall.com/item.htm?id=1234", "malformed-id"),  # github-index:62519268
        ("https://detail.taobao.com/item.htm?id={nid}", "malformed-id"),  # github-index:3539853102
        ("https://detail.taobao.com/search.htm?q=x", "not-a-listing"),  # constructed
    ],
)  # fmt: skip
def test_older_item_hosts_stay_no_stores(text: str, code: str) -> None:
    """Fix 1 controls: the hosts' roots and other pages are still no listing and no store, and
    a bad id on their item page is refused as a bad id."""
    result = thrice(text)
    assert not result.ok  # type: ignore[attr-defined]
    assert result.code == code  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ('{"title":"A/B","url":"//item.taobao.com/item.htm?id=606832683299"}',
         ("taobao", "listing", "606832683299")),  # constructed: minified JSON
        ('{"tag":"#deal","url":"//detail.tmall.com/item.htm?id=543714768771"}',
         ("tmall", "listing", "543714768771")),  # constructed
        ('{"q":"a?b","itemUrl":"//www.lazada.sg/products/pdp-i2896336114.html"}',
         ("lazada_sg", "listing", "2896336114")),  # constructed
        # the row of github-index:31653235606 (an excerpt cut in a URL's fragment)
        (ROWS[-4][0], (None, "not-a-listing", None)),
        # controls: a text before the glue that names a host still hides it (a link's path)
        ('{"img":"img.alicdn.com/a.jpg","url":"//item.taobao.com/item.htm?id=606832683299"}',
         (None, "not-a-url", None)),  # constructed
        ('{"title":"AB","url":"//item.taobao.com/item.htm?id=606832683299"}',
         ("taobao", "listing", "606832683299")),  # constructed: read before the fix too
    ],
)  # fmt: skip
def test_json_value_after_a_value_with_a_slash_is_read(
    text: str, answer: tuple[str | None, str, str | None]
) -> None:
    """Fix 2: a protocol-relative link glued to its JSON name is read after an earlier value
    holding ``/``, ``?`` or ``#`` but no host; it was ``not-a-url``. The batch parser and the
    columnar kernel read it alike."""
    result = thrice(text)
    got = (result.platform, result.kind, result.id) if result.ok else (None, result.code, None)  # type: ignore[attr-defined]
    assert got == answer
    batch_and_columnar_give_parse_listing_answer([text])
