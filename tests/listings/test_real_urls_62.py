"""Sweep realurls62 of listing URLs (notes in /work/notes/sweep-realurls62.md): 175 real strings
from public code, Markdown, HTML, SQL, JSON and reStructuredText (Java, PHP, JS, TS, Python, Go,
C#, Kotlin, Objective-C, VB and SQL string literals and comments; READMEs and BOMs in Chinese,
Japanese, Korean, Russian, Thai, Czech, Spanish and Hebrew-market pages; crawler code, taobaoke
feeds, price trackers), found on the less common pages and forms: Tmall Supermarket
``chaoshi.detail.tmall.com``, ``detail.tmall.hk/hk/``, Tmall Global stores
(``<name>.tmall.hk/shop/view_shop.htm``), ``world.taobao.com/item/`` (also ``sg.world``),
``h5.m.taobao.com/awp/core/detail.htm``, ``a.m.taobao.com/i<id>.htm``, ``market.m.taobao.com``,
``store.taobao.com/shop/view_shop.htm?user_number_id=``, ``<name>.tmall.com/shop/view_shop.htm``,
mobile Tmall store pages (``<name>.m.tmall.com/shop/shop_auction_search.htm``),
1688 ``m.1688.com/offer/``, ``detail.m.1688.com/page/index.htm?offerId=``,
``m.1688.com/winport/b2b-``, ``<name>.1688.com/page/offerlist.htm``, AliExpress
``m.``/``he.``/``ja.``/``ko.``/``th.``/``m.th.aliexpress.com/item/``, ``/i/<id>.html``,
``aliexpress.ru/item/``,
``/store/<id>`` on ``www``, ``pt.`` and vanity hosts, Alibaba.com ``russian.``/``spanish.``
``/product-detail/`` (hyphen slugs), ``<name>.en.alibaba.com/product/``,
``m.alibaba.com/product/``, Lazada ``.co.id``/``.com.ph`` products, ``pages.lazada.``,
``c.lazada.co.id/t/`` and ``s.lazada.vn`` short links, Xianyu ``goofish.com/item?spm=…&id=`` and
``2.taobao.com/item.htm``. No row's line is in an earlier table (checked against
every ``tests/**/*.py``); some rows are the search's excerpts of a longer line, cut at the
excerpt's edge (three cut Alibaba store-product links were read whole from their files instead).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_61.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md and the earlier
tables' readings before ``parse_listing`` ran; thirteen disagreed: two were fixed, the
eleven others are decided by the docs or an earlier table.

Fixed (``FIXED``; each fails without its fix):

1. ``"click_url": "http://a.m.taobao.com/i36495438217.html"`` (a taobaoke feed's JSON) was
   ``not-a-listing``: the old mobile item path was read only as ``i<id>.htm``; the notes give
   ``item.html`` beside ``item.htm`` for ``item.taobao.com`` (section 1), and ``i<id>.html``
   names its item as plainly. The ``taobao-a-m`` form reads ``/i<id>.html?``.
2. ``https://m.alibaba.com/product/1601666174891/Fully-Automatic-Mechanical-Watches-42-5MM/
   specifications.html?isSpider=true&s=p`` (a crawler's product URL) was ``missing-id``: the
   mobile product page was read with at most one segment (its slug) after the id; a tab of the
   page after the slug (``/specifications.html``) is the same listing. The ``alibaba-mobile``
   form reads up to two segments after the id.

Decided otherwise (the docs or an earlier table decide; the row's comment says which):
a template's placeholder in an AliExpress path (``/item/${itemMatch[1]}.html``) is
``missing-id``, no ``malformed-id``; a quote glued to a concatenation after an empty
``user_number_id=`` (``'+rs.ds_user_id``, ``'.$sellerId``) is read into the id,
``malformed-id``, as test_real_urls_11.py read ``'.$goods['sid']``; ``https:////shop….taobao.com``
(four slashes) has an empty authority, ``not-a-url``, as ``https:///…`` is; ``//比如：https://a.m.
taobao.com/…`` keeps the comment's words and full-width colon in the host (test_review29.py),
``not-alibaba-host``; a host alone in quotes (``'cheerlux.en.alibaba.com'``) is a host name, no
link (test_real_urls_49.py); a store's item-list, search or category page
(``anta.m.tmall.com/shop/shop_auction_search.htm``, ``skechers.tmall.com/category.htm``) is a
page of the store, no storefront link, ``not-a-listing`` with the store's root suggested
(docs/listings.md); a full-width bracket ends a link (``?id=【填写】``), an empty id,
``missing-id``.
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("                'product_url' => 'https://chaoshi.detail.tmall.com/item.htm?id=585792892201&spm=875.7931836/B.2017039.5.340f4265YloBOq&scm=1007.12144.81309.73136_0_0&pvid=fd538341-42fa-4545-ab3c-d8efb1ce84eb&utparam=%7B%22x_hesti", 'tmall', 'listing', '585792892201'),  # github-index:13120538699
    ('                Uri content_url = Uri.parse("http://chaoshi.detail.tmall.com/item.htm?id=522072066498&ali_refid=a3_430673_1006:1104060239:N:%E3%F2%D6%DD%C0%CF%BD%D152%B6%C8:e5d8b60e7384f2c0c5cc69c1c0eb708e&ali_trackid=1_e5d8b60e7384f2c0c5c', 'tmall', 'listing', '522072066498'),  # github-index:10810268220
    ('            String url = "https://chaoshi.detail.tmall.com/item.htm?id=" + number;', None, 'missing-id', None),  # github-index:16442239619
    ('    public static final String TEST_PROXY_IP_URL2 = "https://chaoshi.detail.tmall.com/item.htm?id=";', None, 'missing-id', None),  # github-index:46290190625
    ("jpg,001/13.jpg,001/14.jpg', 1, 'https://detail.tmall.hk/hk/item.htm?spm=a220m.1000858.1000725.25.39df5dedkLGUE5&id=537118267969&skuId=3207895064628&areaId=440300&sku=21299:27019&standard=1&user_id=2956756848&cat_id=500", 'tmall_global', 'listing', '537118267969'),  # github-index:8003287093
    ('ement, I choose Arduino to implement it. Ideally, [Arduino Micro](https://www.arduino.cc/en/Main/ArduinoBoardMicro), bluetooth module [HC-11](https://world.taobao.com/item/35537355090.htm) (or [HC-10](https://www.taiwaniot.com.tw/shop/module-sensor/comm/hm-10-%E8%97%8D%E8%8A%BD-4-0-%E6%A8%A1%E7%B5%84-%E9%80%8F%E6%98%8E%E', None, 'not-alibaba-host', None),  # github-index:24801347400
    ('\t\t\t\t\t<a href="https://market.m.taobao.com/app/miniapp-biz/taoxiaopuPc/index.html?acm=lb-zebra-634493-8614989.1003.4.8197383&scm=1003.4.lb-zebra-634493-8614989.OTHER_15918126140281_8197383" cl', None, 'not-a-listing', None),  # github-index:23278315551
    ('getConfig("widgetPreviewPageUrl", "https://market.m.taobao.com/app/weex-canal/widget-preview/main?wh_weex=true&wx_navbar_hidden=true");', None, 'not-a-listing', None),  # github-index:12051187296
    ('    test_url = "https://he.aliexpress.com/item/1005007500365472.html?spm=a2g0o.detail.pcDetailTopMoreOtherSeller.3.2c3dcEDrcEDrhr&gps-id=pcDetailTopMoreOtherSell', 'aliexpress', 'listing', '1005007500365472'),  # github-index:3027735257
    ('        @details в URL https://he.aliexpress.com/item/1005005010835970.html', 'aliexpress', 'listing', '1005005010835970'),  # github-index:53300525433
    ('  1. 1 X [ESP-32](https://he.aliexpress.com/item/1005003818247483.html?spm=a2g0o.productlist.0.0.755710d1jXgc9F&algo_pvid=285495db-7b43-4cc5-bc67-508cdd252f7d&algo', 'aliexpress', 'listing', '1005003818247483'),  # github-index:16027876651
    ('i\\"href=\\"https://vi.aliexpress.com/item/1005001560047961.html\\"/>\\n<linkrel=\\"alternate\\"hreflang=\\"he\\"href=\\"https://he.aliexpress.com/item/1005001560047961.html\\"/>\\n<linkrel=\\"alternate\\"hreflang=\\"ru\\"href=\\"https://aliexpress.ru/item/1005001560047961', 'aliexpress', 'listing', '1005001560047961'),  # github-index:3643298717
    ('  const item = "https://he.aliexpress.com/item/1005006123456789.html";', 'aliexpress', 'listing', '1005006123456789'),  # github-index:54500661347
    ('      const result = urlPatternMatcher.match("https://he.aliexpress.com", "aliexpress.com", {', None, 'not-a-listing', None),  # github-index:48333036406
    ('            const cleanUrl = `https://he.aliexpress.com/item/${itemMatch[1]}.html`;', None, 'missing-id', None),  # github-index:62476649447; a template's placeholder in the path: no id of the form (earlier tables)
    ("\t\t\ts.shop_url = 'http://store.taobao.com/shop/view_shop.htm?user_number_id='+rs.ds_user_id;\t", None, 'malformed-id', None),  # github-index:4017524407; a quote glued to a concatenation: the id read is "'+rs…" (test_real_urls_11.py)
    ("          shopLink: 'https://store.taobao.com/shop/view_shop.htm?user_number_id=2345882863',", 'taobao', 'storefront', '2345882863'),  # github-index:38878748511
    ("        $murl = 'http://store.taobao.com/shop/view_shop.htm?user_number_id='.$sellerId;", None, 'malformed-id', None),  # github-index:15533927105; a quote glued to a concatenation: the id read is "'.$…" (test_real_urls_11.py)
    ('                    <a target="_blank" href="https://store.taobao.com/shop/view_shop.htm?user_number_id={{$item[\'attrs\'][\'detail_url\']}}">{{$item[\'attrs\'][\'nick\']}}</a>', None, 'malformed-id', None),  # github-index:5198990314
    ('\\"storeLink\\":\\"http://store.taobao.com/shop/view_shop.htm?user_number_id=2170453597&ssid=r11\\" ,\\t\\"multipic\\": \\"1\\" ,', 'taobao', 'storefront', '2170453597'),  # github-index:47547282289
    (' * https://store.taobao.com/shop/view_shop.htm?user_number_id=673126895', 'taobao', 'storefront', '673126895'),  # github-index:7757977913
    (' * https:////shop114816300.taobao.com', None, 'not-a-url', None),  # github-index:7757977913; four slashes: an empty authority, no host
    ('\\"url\\":\\"http://store.taobao.com/shop/view_shop.htm?user_number_id=890482188\\",\\"seller\\":\\"nike官方旗舰店\\",\\"host\\":\\"B\\",', 'taobao', 'storefront', '890482188'),  # github-index:27505197457
    ('     * shopLink : //store.taobao.com/shop/view_shop.htm?user_number_id=2654111727', 'taobao', 'storefront', '2654111727'),  # github-index:13178176292
    ("\t\t\t# 'https://store.taobao.com/shop/view_shop.htm?user_number_id=3012860579'", 'taobao', 'storefront', '3012860579'),  # github-index:35477989207
    ('                                <a  target="_blank"  href="https://guangheguineng.tmall.com/shop/view_shop.htm?shop_id=113563151" class="btn-round"><i class="icon-basket-loaded margin-right-5"></i> Buy At Once</a> </div>', 'tmall', 'storefront', 'guangheguineng'),  # github-index:23151703485
    ('    public static final String KM_STORE_URI = "https://decathlon.tmall.com/shop/view_shop.htm?spm=a21bo.2017.201863-1.d2.6dd211d9AzJgBt&user_number_id=352469034&pvid=067004f4-d493-413a-a4f7-003e62637549&pos=2&bran', 'tmall', 'storefront', 'decathlon'),  # github-index:11957922294
    ('1. [Мотор колёса](https://russian.alibaba.com/product-detail/mini-5v-dc-gear-motor-for-electric-toys-tronsun-motor-t-130-60356151712.html):![](.gitbook/assets/motor.jpg) [', 'alibaba_com', 'listing', '60356151712'),  # github-index:30227569822
    ('    {"url": "https://spanish.alibaba.com/product-detail/Lens-Hood_1600777777777.html", "title": "Lens Hood | Alibaba.com",', 'alibaba_com', 'listing', '1600777777777'),  # github-index:70918446054
    ('    url = "https://spanish.alibaba.com/product-detail/2112-Commercial-Industrial-Poultry-Quail-Reptile-1600227849205.html"', 'alibaba_com', 'listing', '1600227849205'),  # github-index:46198533022
    ('        url = "https://spanish.alibaba.com/product-detail/Best-Design-560-Egg-Incubator-For-62306155350.html"', 'alibaba_com', 'listing', '62306155350'),  # github-index:45440225547
    ('    ["https://spanish.alibaba.com/product-detail/vestido-midi_1600891234567.html?spm=a2700.details", "1600891234567"],', 'alibaba_com', 'listing', '1600891234567'),  # github-index:60290663168
    ('J<br>Male: HD601-0.6-11J        |[Link](https://yqwakan.com/product_9749_FX01300.html) <br> [Alibaba](https://spanish.alibaba.com/product-detail/60--pin--female--electrical--wire--harness-1600238725189.html) <br> [Male Connector](https://www.hdconnectorst', None, 'not-alibaba-host', None),  # github-index:407963245
    ('      "https://spanish.alibaba.com/product-detail/Other-Slug_1601234567890.html?spm=test",', 'alibaba_com', 'listing', '1601234567890'),  # github-index:55990579894
    ('"https://spanish.alibaba.com/product-detail/hydraulic-tail-lifts-for-trucks-and-forklift-60627502476.html"];', 'alibaba_com', 'listing', '60627502476'),  # github-index:44536732238
    ('ef=\\"https://pt.aliexpress.com/item/32875264934.html\\"/>\\n<linkrel=\\"alternate\\"hreflang=\\"th\\"href=\\"https://th.aliexpress.com/item/32875264934.html\\"/>', 'aliexpress', 'listing', '32875264934'),  # github-index:25709162057
    ('=\\"https://pt.aliexpress.com/item/1739481085.html\\"/>\\n<link rel=\\"alternate\\" hreflang=\\"th\\" href=\\"https://th.aliexpress.com/item/1739481085.html\\"/>', 'aliexpress', 'listing', '1739481085'),  # github-index:35124459495
    ('\t\t\t\t\t"url": "//a.m.taobao.com/i526285689698.htm?scm=1007.11182.-1.100200300000004&pvid=1b5ce31a-76ea-40ee-a24d-7914c9622ce8",', 'taobao_or_tmall', 'listing', '526285689698'),  # github-index:19498754101
    ('          "href": "//a.m.taobao.com/i544551041175.htm"', 'taobao_or_tmall', 'listing', '544551041175'),  # github-index:2214858969
    ('        vo.value = "{\\"aurl\\":\\"http://a.m.taobao.com/i529666038203.htm\\",\\"eurl\\":\\"http://click.mz.simba.taobao.com/ecpm?e=FKzStLpktUcmgME64bmjnBsQmLP5zom', 'taobao_or_tmall', 'listing', '529666038203'),  # github-index:331460888
    ('        // startIntent("taobao://a.m.taobao.com/i524638533701.htm", "com.taobao.taobao",', None, 'scheme-not-allowed', None),  # github-index:34007296208
    ("        $lurl = 'https://a.m.taobao.com/i545246502913.htm?price=2349&sourceType=item&sourceType=item&suid=e78a14a1-5d1d-4bb2-8ba5-45a01662cd20", 'taobao_or_tmall', 'listing', '545246502913'),  # github-index:34669184285
    ('                        //比如：https://a.m.taobao.com/i587971675049.htm?', None, 'not-alibaba-host', None),  # github-index:9746110853; //words：https — the comment's words and the full-width colon keep the host whole (test_review29.py)
    ('        val sourceStr = "hhttps://a.m.taobao.com/i587971675049.htm?spm=608.brandpage.pmod-zebra-minisite-feature-5731_1560338800787_21.1&tg_key=jhs&v=0', None, 'scheme-not-allowed', None),  # github-index:22372960019
    ('\t\t\t"targetUrl": "//a.m.taobao.com/i44788594210.htm?scm=1007.11767.7448.100200300101001&pvid=d2291334-2680-42fa-bfa2-9159f45f6e4d",', 'taobao_or_tmall', 'listing', '44788594210'),  # github-index:18310964701
    ('http://a.m.taobao.com/i44628690678.htm?&abtest=16&sid=ceff9ca9adb294b3459844e3640a76d1', 'taobao_or_tmall', 'listing', '44628690678'),  # github-index:29341165276
    ('            FileHelper.save("abc", "/home/zhuyin/stock/tmp/a.m.taobao.com/i40924136103.htm?sid=88ad6ad\\n" +', None, 'not-a-url', None),  # github-index:8659151675
    ('//\t\t\t\t\t//\t\t\t\t "//a.m.taobao.com/i44944082913.htm"----普通的加够商品', 'taobao_or_tmall', 'listing', '44944082913'),  # github-index:17122813487
    ('                                             url:@"http://a.m.taobao.com/i43743150756.htm"]];', 'taobao_or_tmall', 'listing', '43743150756'),  # github-index:28179415306
    ("\tregexp_extract('http://a.m.taobao.com/i41915173660.htm','i([0-9]+)',0),            -- i41915173660", 'taobao_or_tmall', 'listing', '41915173660'),  # github-index:38375396493
    ('\t\t\t\t//http://a.m.taobao.com/i43903166984.htm?spm=0.0.0.0&sid=b785427eb8720980&abtest=17&rn=bd4f5c28284d745b2ad6f81139674884', 'taobao_or_tmall', 'listing', '43903166984'),  # github-index:5011739302
    ('            itemlist.Add(new item() { name = "嘉宝胡萝卜营养米粉", price = 53, link = "https://chaoshi.detail.tmall.com/item.htm?spm=a220m.1000858.1000725.5.6ae52cc5E2ziM6&id=522920732025&areaId=110100&user_id=725677994&cat_id=2&is_', 'tmall', 'listing', '522920732025'),  # github-index:45555379556
    ('wd.get("https://chaoshi.detail.tmall.com/item.htm?spm=a220l.1.0.0.2eb57f33k22QdV&id=20739895092")', 'tmall', 'listing', '20739895092'),  # github-index:67376945915
    ("    #url = 'https://chaoshi.detail.tmall.com/item.htm?spm=a3204.arkpub201114.2904984870.1.241aRVHxRVHxjF&id=620017913203'", 'tmall', 'listing', '620017913203'),  # github-index:15233653167
    ('    url = "https://chaoshi.detail.tmall.com/item.htm?spm=a3204.17709488.5400028360.2.1985c6c0P7dSLo&id=20739895092&from_scene=B2C"', 'tmall', 'listing', '20739895092'),  # github-index:21566265966
    ("getTmallPrice('https://chaoshi.detail.tmall.com/item.htm?spm=a220m.1000858.1000725.5.d81179771fpxr&id=536571819737')", 'tmall', 'listing', '536571819737'),  # github-index:31573368042
    ('                        .addHeader("Referer", "https://chaoshi.detail.tmall.com/item.htm?spm=a220o.7406545.0.0.17ec53a7CS5eYG&pvid=c32120b4-098e-41b6-a5e8-37063bc3e878&pos=2&acm=03194.1003.1.1', None, 'missing-id', None),  # github-index:17555131289
    ("                'https://chaoshi.detail.tmall.com/item.htm?spm=a3204.7933263.0.0.30755689u71e3R&id=40553443841&rewcatid=50514008'", 'tmall', 'listing', '40553443841'),  # github-index:3560475189
    ("  'webUrl': 'http*://chaoshi.detail.tmall.com/*',", None, 'not-a-url', None),  # github-index:3560475189
    ('//        tmallConfigs.add(new TmallConfig("Cold", "卡乐比", "进口水果麦片", "https://detail.tmall.hk/hk/item.htm?spm=a1z10.3-b-s.w4011-15334716812.70.681561e3yoOzsh&id=555548214750&rn=48a5afe7a9c44aa4173a96b6578b7d1e&abbuc', 'tmall_global', 'listing', '555548214750'),  # github-index:38309997883
    ("          link: 'https://detail.tmall.hk/hk/item.htm?spm=a1z10.3-b-s.w4011-22052267827.45.177c2e91wZTSzq&id=599324556816&rn=2c77dff55c813bcad2834457d2ede885&abbuc", 'tmall_global', 'listing', '599324556816'),  # github-index:8200576304
    ('84782c6cd942224f6.jpg"> </div>\', 1565687845, 0, 0, 0, \'0.00\', \'22.00\', 0, NULL, 22, 0, \'\', \'https://detail.tmall.hk/hk/item.htm?spm=a1z10.1-b.w4004-21302208419.5.46261c5bwAUxpO&pvid=b786cf12-f690-4910-9535-e0fe5825e8f6&pos=2&acm=03068.10', None, 'missing-id', None),  # github-index:297118352
    ("l`) values (1,'JAYJUN捷俊水光樱花三部曲面膜套装20片','images/commodity_1.jpg','JAYJUN捷俊水光樱花三部曲面膜套装20片11','https://detail.tmall.hk/hk/item.htm?spm=a1z10.3-b-s.w4011-15763629580.43.6ccc182bd9ZvIn&id=538855631452&rn=25c69cc49c7ba714d5df3ddbe347a544&abbuc", 'tmall_global', 'listing', '538855631452'),  # github-index:16765766460
    ('            testurl = "http://detail.tmall.hk/hk/item.htm?spm=a1z10.3-b.w4011-8327940127.133.X2zzKQ&id=40530672006&rn=318d384556e79f81624d946e3f8e0085&abbucket=15&skuI', 'tmall_global', 'listing', '40530672006'),  # github-index:31430848785
    ('\t //http://a.m.taobao.com/i3407345347.htm', 'taobao_or_tmall', 'listing', '3407345347'),  # github-index:25887268661
    ('        String url = "http://a.m.taobao.com/i36381721825.htm?sid=394cc93586c21213&abtest=13&rn=8ab4fc8947a137b0829e59330ec4e4c0";', 'taobao_or_tmall', 'listing', '36381721825'),  # github-index:7187354266
    ('hird set were both advertised as reclaimed, retested batteries taken from old laptops. [One](http://a.m.taobao.com/i35858407101.htm?ttid=212200@taobao_android_4.2.2) was 12.5yuan per battery with 10yuan postage, [the ', 'taobao_or_tmall', 'listing', '35858407101'),  # github-index:5227988904
    ("    [0] => var url = 'http://a.m.taobao.com/i37424802695.htm?price=288&sourceType=item&suid=8be20505-0a16-4863-8c8c-1910b7373a3b&ut_sk=1.U%2B2Fehg", 'taobao_or_tmall', 'listing', '37424802695'),  # github-index:13240574339
    ('    return GET_UMENG_STRVALUE(@"VIP_YEAR_TAOBAO", @"http://a.m.taobao.com/i37241322828.htm");', 'taobao_or_tmall', 'listing', '37241322828'),  # github-index:28171400159
    ('\t\t\t"targetUrl": "//a.m.taobao.com/i37031198807.htm?scm=1007.11767.7448.100200300101001&pvid=d2291334-2680-42fa-bfa2-9159f45f6e4d",', 'taobao_or_tmall', 'listing', '37031198807'),  # github-index:18310964701
    ('"click_url": "http://a.m.taobao.com/i36495438217.html","rate": "5"},{"item_id": "36629833663",', 'taobao_or_tmall', 'listing', '36495438217'),  # github-index:12314782780
    ('\tresp, _ := http.Get("http://a.m.taobao.com/i35551329262.htm")', 'taobao_or_tmall', 'listing', '35551329262'),  # github-index:14049632557
    ('ast":"","content":"这个#聚划算团购#宝贝不错:好巴食豆腐干麻辣五香辣条豆干小包装儿时辣味小零食小吃散装整箱(分享自@手机淘宝android客户端)","url":"https://a.m.taobao.com/i609351408166.htm?price=17.9-32.8&sourceType=item&sourceType=item&suid=3288539c-27de-497a-b5b7-f859073', 'taobao_or_tmall', 'listing', '609351408166'),  # github-index:22394897098
    ('      - https://a.m.taobao.com/i663624064367.htm', 'taobao_or_tmall', 'listing', '663624064367'),  # github-index:61050327035
    ('     * url : https://a.m.taobao.com/i609351408166.htm?price=17.9-32.8&sourceType=item&sourceType=item&suid=3288539c-27de-497a-b5b7-f859073', 'taobao_or_tmall', 'listing', '609351408166'),  # github-index:22785237927
    ('  ["https://a.m.taobao.com/i678901234567.htm?sm=1", { marketplace: "taobao", id: "678901234567" }],', 'taobao_or_tmall', 'listing', '678901234567'),  # github-index:71113296873
    ('gextra/i4/1875230540/O1CN01ZIZWlI1FrMT6teUuM_!!1875230540.jpg","target":"copy","targetUrl":"https://a.m.taobao.com/i615928467419.htm?price=79&original_price=158&sourceType=item&sourceType=item&suid=b8248fbd-fbac-4ae4-', 'taobao_or_tmall', 'listing', '615928467419'),  # github-index:40757539457
    ('        "http://a.m.taobao.com/i641684085098.htm?&ttid=600000%40taobao_android_10.7.0&sid=9ac975d675ac11a118403123a1830924",', 'taobao_or_tmall', 'listing', '641684085098'),  # github-index:42351712772
    ('\t//https://a.m.taobao.com/', None, 'not-a-listing', None),  # github-index:24086593057
    ('\t//http://a.m.tmall.com/', None, 'not-a-listing', None),  # github-index:24086593057
    ("\t//var url = 'https://a.m.taobao.com/i628122154669.htm?price=68&sourceType=item&sourceType=item&suid=74f0fa1e-b0b7-41b8-8326-25d157e6762b&s", 'taobao_or_tmall', 'listing', '628122154669'),  # github-index:24086593057
    ("    \t/*   'https://a.m.taobao.com/i606565590015.htm?price=17-68&sourceType=item&detailSharePosition=interactBar&sourceType=item&suid=9ff", 'taobao_or_tmall', 'listing', '606565590015'),  # github-index:26341045003
    ('2. [2 DC Motors: JGA25-371 with encoders](http://world.taobao.com/item/40496339515.htm?fromSite=main&spm=a1z0d.6639537.1997196601.413.U9SqEj)', 'taobao_or_tmall', 'listing', '40496339515'),  # github-index:16481245349
    ("url='http://world.taobao.com/item/44235973193.htm'", 'taobao_or_tmall', 'listing', '44235973193'),  # github-index:26849455091
    ('| 2mm, 400mm           | 1   | 20.50            | 2.87              | [2GT-6mm橡膠開...-Taobao](https://world.taobao.com/item/45734470156.htm?spm=a21wu.10013406-tw.taglist-content.3)', 'taobao_or_tmall', 'listing', '45734470156'),  # github-index:19192359333
    ('            this.TaobaoUrl = "https://world.taobao.com/item/45191159557.htm";', 'taobao_or_tmall', 'listing', '45191159557'),  # github-index:43053767790
    ('http://world.taobao.com/item/45114305342.htm', 'taobao_or_tmall', 'listing', '45114305342'),  # github-index:5417743830
    ('Holtek offers a smattering of development boards, but I opted to buy an [e-Link debugger](https://world.taobao.com/item/40606474716.htm?fromSite=main&spm=a1z09.2.0.0.1f30a53fU2EB4E&_u=d342i8db0c5b) along with a few bare [', 'taobao_or_tmall', 'listing', '40606474716'),  # github-index:41908358684
    ('1. [ESP8266 WiFi module ESP-01](https://world.taobao.com/item/40484626466.htm) (or other)', 'taobao_or_tmall', 'listing', '40484626466'),  # github-index:43936403417
    ('\t\t //$url .= "https://world.taobao.com/item/43507398249.htm?spm=a21bp.7915459.179241.8.96RjuW";', 'taobao_or_tmall', 'listing', '43507398249'),  # github-index:1109749917
    ('[U$60 at selling price](https://world.taobao.com/item/73238096.htm) but no more usable, the sales sheet telling website www.nowcharm.com was also obsolete,', 'taobao_or_tmall', 'listing', '73238096'),  # github-index:15026956098
    ('usions                | 2   | 12.50            | 3.50              | [100-800MM ...-Taobao](https://world.taobao.com/item/745562250942.htm?spm=a21wu.10013406-tw.taglist-content.4)', 'taobao_or_tmall', 'listing', '745562250942'),  # github-index:19192359333
    ('        {"url": "https://sg.world.taobao.com/item/743454450733.htm", "title": "【慢性咽喉套餐】好分贝-Taobao Singapore", "snippet": "已经用了2瓶了，咽炎很多年了，用过了很多药，只有它起作用。', 'taobao_or_tmall', 'listing', '743454450733'),  # github-index:57480498072
    ('| A01 | https://e.tb.cn/h.8KCQeaHH3dz1iSl?tk=WeuOTTBXHOu | https://world.taobao.com/item/770708953593.htm |', None, 'short-link', None),  # github-index:69785593100
    ('**World:** https://world.taobao.com/item/770708953593.htm  ', 'taobao_or_tmall', 'listing', '770708953593'),  # github-index:69801977744
    ("    expect(taobaoItemId('https://world.taobao.com/item/744983869996.htm')).toBe('744983869996');", 'taobao_or_tmall', 'listing', '744983869996'),  # github-index:63322116356
    ("            'https://chaoshi.detail.tmall.com/item.htm?id=539760220639',", 'tmall', 'listing', '539760220639'),  # github-index:21061684675
    ('        self.url17 = "http://chaoshi.detail.tmall.com/item.htm?id=527119772754&spm=875.7931836/B.2017039.6.50495dbf0IVrA8&scm=1007.12144.81309.73136_0&pvid=c5769529-5c', 'tmall', 'listing', '527119772754'),  # github-index:31422133227
    ("# f = 'https://chaoshi.detail.tmall.com/item.htm?id=544021441147&cm_id=140105335569ed55e27b&abbucket=12'", 'tmall', 'listing', '544021441147'),  # github-index:22483524647
    ('<a  isconvert="1" target="_blank" rel="nofollow" class="btn btn-primary gototobuybtn" href="https://chaoshi.detail.tmall.com/item.htm?id=540389311251">', 'tmall', 'listing', '540389311251'),  # github-index:25506709422
    ("  ReviewAssistantAdapters.detectPlatform('https://chaoshi.detail.tmall.com/item.htm?id=555555'),", 'tmall', 'listing', '555555'),  # github-index:66293105675
    ('# browser.get("https://detail.tmall.hk/hk/item.htm?id=536341445378&spm=875.7931836/B.2017041.7.f92af4eoVLijK&scm=1007.12144.81309.73133_0&pvid=37d595f0-55f', 'tmall_global', 'listing', '536341445378'),  # github-index:24994497508
    ("ml，犬猫均可食用，可与日常主食混合食用，建议按照1kg体重：1ml三文鱼油的比例饲喂，每日不要超过10ml。',NULL,0,0,0,0,1,NULL,1,NULL,6),(13,'https://detail.tmall.hk/hk/item.htm?id=540334719390&ali_trackid=2:mm_25282911_3455987_13726438:1496350055_2k2_1477297311&upsid=8161414e21e8f", 'tmall_global', 'listing', '540334719390'),  # github-index:30351308426
    ('    // pc:https://detail.tmall.hk/hk/item.htm?id=559193157478&spm=875.7931836/B.2017041.4.66144265J3QDYm&scm=1007.12144.81309.73133_0&pvid=b3e18dd1-43', 'tmall_global', 'listing', '559193157478'),  # github-index:2996062235
    ('translates to `https://m.1688.com/winport/b2b-2546450021uezz8.html?_end_point_=unknown`. For now we are including `b2b-` as a prefix to denote mob', '1688', 'storefront', 'b2b-2546450021uezz8'),  # github-index:17168914135
    ("3. [ADP3338AKC-3.3 LDO voltage regulator](https://aliexpress.ru/item/4000045988751.html?sku_id=10000000103095880) was taken from the article link. Don't", 'aliexpress', 'listing', '4000045988751'),  # github-index:763729203
    ('[Level converter](https://aliexpress.ru/item/4000039891923.html?gclid=CjwKCAiAz--OBhBIEiwAG1rIOt__LgE36QTgDeKzNgaGONAvyxLjPSalt-yexpLlaA8PR2bWy9AKTRo', 'aliexpress', 'listing', '4000039891923'),  # github-index:16021565866
    ('[AliExpress](https://aliexpress.ru/item/4000661212458.html?sku_id=10000005518588253&spm=a2g2w.productlist.search_results.3.61834aa6M9b3i4)', 'aliexpress', 'listing', '4000661212458'),  # github-index:37857051136
    ('OEALw_wcB). **You can avoid soldering** if you use [esp32-wroom-devkit (bottom center, $14)](ttps://aliexpress.ru/item/4000127837743.html?sku_id=10000000372418546&spm=a2g0s.9042311.0.0.274233edNcajyj). True, this board is v', None, 'scheme-not-allowed', None),  # github-index:40670155218
    ('* Провода. Например [такие](https://aliexpress.ru/item/32954115546.html?sku_id=12000020932487890). Выбирать "Мама-мама" - Female-female, F-F, длину я бы брал', 'aliexpress', 'listing', '32954115546'),  # github-index:37944990761
    ('Link: https://aliexpress.ru/item/32864378445.html  \\', 'aliexpress', 'listing', '32864378445'),  # github-index:41781425125
    ('As a remote control device [Sony PS2 DualShock Controller](https://aliexpress.ru/item/32882754928.html) is used.', 'aliexpress', 'listing', '32882754928'),  # github-index:47190742375
    ('Для ESP01s первый раз нужен программатор, я использовал: https://aliexpress.ru/item/32688280601.html', 'aliexpress', 'listing', '32688280601'),  # github-index:23298458035
    ('- MMDVM_HS_HAT c [Aliexpress](https://aliexpress.ru/item/32915442246.html?spm=a2g2w.orderdetail.0.0.48e84aa6vTCf5Q&sku_id=12000024784954883)', 'aliexpress', 'listing', '32915442246'),  # github-index:68468718415
    ('Link: https://aliexpress.ru/item/32665922113.html', 'aliexpress', 'listing', '32665922113'),  # github-index:174092396
    ('            "https://aliexpress.ru/item/32833281441.html?spm=a2g0v.search0104.3.25.5d7f6fe9ipJOgp&ws_ab_test=searchweb0_0%2Csearchweb201602_3_', 'aliexpress', 'listing', '32833281441'),  # github-index:4580417110
    ('//                "            \\"productDetailUrl\\": \\"//aliexpress.ru/item/32946137246.html?pdp_ext_f=%7B%22sku_id%22:%2210000015721556511%22,%22ship_from%22:%22%22%7D&gps-id=55', 'aliexpress', 'listing', '32946137246'),  # github-index:15361299715
    ('      "https://he.aliexpress.com/item/1005006789012345.html?spm=abc",', 'aliexpress', 'listing', '1005006789012345'),  # github-index:65885118161
    ('|Hot swat sockets | [Kaih hot swappable sockets](https://he.aliexpress.com/item/1005006105603269.html?spm=a2g0o.order_list.order_list_main.138.121918025lt7z1&gatewayAdapt=glo2isr)|', 'aliexpress', 'listing', '1005006105603269'),  # github-index:45600652569
    ('https://he.aliexpress.com/item/1005004214871047.html', 'aliexpress', 'listing', '1005004214871047'),  # github-index:51975479515
    ('* Another option is to have 0.6A, smaller converter, like [this](https://he.aliexpress.com/item/1005006321657147.html) - this is also cheaper, and easier to fit in the wall.', 'aliexpress', 'listing', '1005006321657147'),  # github-index:33142713293
    ('| Stock | Spine. **Not 5 V tolerant** — needs the §1b level shifter. | [AliExpress ₪114.08](https://he.aliexpress.com/item/1005009258422669.html) |', 'aliexpress', 'listing', '1005009258422669'),  # github-index:69851909738
    ('        "https://he.aliexpress.com/item/1005012161078447.html"', 'aliexpress', 'listing', '1005012161078447'),  # github-index:56119565380
    ("      ali_link: 'https://he.aliexpress.com/item/1005004354185456.html',", 'aliexpress', 'listing', '1005004354185456'),  # github-index:2283793736
    ('The canonical URL remains `https://he.aliexpress.com/item/1005008317933284.html`.', 'aliexpress', 'listing', '1005008317933284'),  # github-index:61995545096
    ('        "https://he.aliexpress.com/item/1005009632752847.html",   # Recent test', 'aliexpress', 'listing', '1005009632752847'),  # github-index:2995498436
    ('        lianjei = f"https://www.goofish.com/item?spm=a21ybx.search.searchFeedList.1.570344f71nqzll&id={id}&categoryId=126854525"', None, 'malformed-id', None),  # github-index:32822580384
    ("    window.open('https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.747d2e8eCrK3sY&id=989321369149&categoryId=50023914', '_blank');", 'taobao', 'listing', '989321369149'),  # github-index:10884633300
    ("const purchaseUrl = 'https://www.goofish.com/item?spm=a21ybx.personal.feeds.2.5a4e6ac2FqZlZf&id=1065574393669&categoryId=50023914';", 'taobao', 'listing', '1065574393669'),  # github-index:59669680636
    ('- 买家地址： https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.57636ac2cRGAvR&id=1012562326368', 'taobao', 'listing', '1012562326368'),  # github-index:53756623892
    ('            assert item_url == "https://www.goofish.com/item?spm=a21ybx.home.feedsCnxh.4.44c43da6SeefKI&id=1046723628406&categoryId=126856275"', 'taobao', 'listing', '1046723628406'),  # github-index:57974641257
    ('- [闲鱼商品链接](https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.4a996ac2xnbP3a&id=978667380425&categoryId=125952002)', 'taobao', 'listing', '978667380425'),  # github-index:56080423359
    ("const GOOFISH_URL = 'https://www.goofish.com/item?spm=a21ybx.search.searchFeedList.1.383d43886AAToC&id=955434282463&categoryId=126856501';", 'taobao', 'listing', '955434282463'),  # github-index:62054309796
    ('    // https://www.goofish.com/item?spm=xxx&id=xxx&categoryId=xxx', None, 'malformed-id', None),  # github-index:33386304656
    ('- [CUAV](https://cuav.en.alibaba.com/product/1600217379204-820872629/CUAV_NEO_3_M9N_GPS_Module_for_Pixhawk_Compass_gps_tracker_navigation_gps.html?', 'alibaba_com', 'listing', '1600217379204'),  # github-index:111783786
    ('- [Alibaba (Worldwide)](https://ipixelleds.en.alibaba.com/product/1600100606010-801743685/4mm_Width_Tiny_ultra_thin_SMD1515_75leds_m_Addressable_LED_Strip_light.html)', 'alibaba_com', 'listing', '1600100606010'),  # github-index:15979210042
    ('Order from `cuav store <https://store.cuav.net/shop/p9/>`__. or from `here <https://cuav.en.alibaba.com/product/1600096553670-821011610/Free_shipping_CUAV_New_design_P9_Radio_Telemetry_Ground_end_package_for_FPV_Data_Transmission_Station.html?spm=a2700.shop_index.152.3.5b1879959A5ANe>`__.', None, 'not-alibaba-host', None),  # github-index:5901224863
    ('or from `here <https://cuav.en.alibaba.com/product/1600096553670-821011610/Free_shipping_CUAV_New_design_P9_Radio_Telemetry_Ground_end_package_for_FPV_Data_Transmission_Station.html?spm=a2700.shop_index.152.3.5b1879959A5ANe>`__.', 'alibaba_com', 'listing', '1600096553670'),  # github-index:5901224863
    ('[The gooseneck USB cables](https://metaltube.en.alibaba.com/product/1600324362930-827664414/Fast_Charging_Phone_Cable_2_4A_USB_Lighting_Type_C_Micro_USB_with_Adjustable_Flexible_Gooseneck_Arm_Phone_Stand_Holder.html?spm=a2700.shop_index.111720.2.137c2221o8sztU) Make sure to select the USB C option!', 'alibaba_com', 'listing', '1600324362930'),  # github-index:6745707767
    ('Alibaba links for HY367 for $22: [HY367](https://ifreeq.en.alibaba.com/product/1600327674275-901867413/HY367_Zigbee_Radiator_Actuator_TRV.html?spm=a2700.shop_plgr.41413.32.33272c15R', 'alibaba_com', 'listing', '1600327674275'),  # github-index:34847057602
    ('* Carbon Dioxide Detector EM002 [(manufacturer)](https://gd-deyi.en.alibaba.com/product/1600208803526-819921884/DEYI_Indoor_CO2_Meter_Temperature_and_Relative_Humidity_Carbon_Dioxide_Detector_NDIR_Channel_Sensor_Data_Logger_0_9999ppm.html) [(reseller)](https://www.kkmoon.com/p-e9194.html) [(interactive guide in spanish)](https://view.genial.ly/5fda916d37663f0d6c04ee89)  ', 'alibaba_com', 'listing', '1600208803526'),  # github-index:41599774712
    ('    ["https://m.alibaba.com/product/1600891234567.html", "1600891234567"],', 'alibaba_com', 'listing', '1600891234567'),  # github-index:60290663168
    ('33/868/915МГц, MCU на модуле для автономной прошивки узла | $6.90/шт, MOQ 1 | [alibaba.com](https://m.alibaba.com/product/1600673882659/Heltec-ESP32C3-SX1262-LoRa-Module-HT.html) |', 'alibaba_com', 'listing', '1600673882659'),  # github-index:60837928634
    ("      'https://m.alibaba.com/product/1601666174891/Fully-Automatic-Mechanical-Watches-42-5MM/specifications.html?isSpider=true&s=p',", 'alibaba_com', 'listing', '1601666174891'),  # github-index:59617916626
    ('      <Button aria-label="visit" href="https://m.alibaba.com/product/1600112356839/Water-Bottle-Filter-400ml-Wooden-Cover.html?s=p&__detailProductImg=//s.alicdn.com/@sc01/', 'alibaba_com', 'listing', '1600112356839'),  # github-index:35208312010
    ("    expect(parseProductUrl('https://m.alibaba.com/product/1600123456789/Some-Name.html')).toMatchObject({ platform: { id: 'alibaba' }, id: '1600123456789' })", 'alibaba_com', 'listing', '1600123456789'),  # github-index:71043499405
    ("  assert.equal(detectProvider('https://m.alibaba.com/product/1600123456789/x.html'), 'alibaba');", 'alibaba_com', 'listing', '1600123456789'),  # github-index:70762776366
    ('    {"url": "https://m.alibaba.com/product/1600123456789/Waterproof-Camera-Rain-Cover.html", "title": "mobile", "content": "mobile page"},', 'alibaba_com', 'listing', '1600123456789'),  # github-index:70918446054
    ("(39, 'Alibaba', 'cheerlux.en.alibaba.com', 97),", None, 'not-a-url', None),  # github-index:45327792966; a host alone in quotes is a host name, no link (test_real_urls_49.py)
    ("  const loginUrl = 'https://pages.lazada.co.th/wow/gcp/th/member/login-signup?redirect=https://adsense.lazada.co.th/index.htm';", None, 'not-a-listing', None),  # github-index:33149990805
    ("      'https://pages.lazada.co.th/wow/gcp/route/lazada/th/upr_1000345_lazada/channel/th/upr-router/th?hybrid=1&data_prefetch=true&prefetch", None, 'not-a-listing', None),  # github-index:19597183549
    ("    lazada: 'https://pages.lazada.co.th/wow/...'", None, 'not-a-listing', None),  # github-index:53601891297
    ('      url: "https://pages.lazada.co.th/wow/i/th/campaign?token=secret#fragment",', None, 'not-a-listing', None),  # github-index:54666748067
    ("  lazadaUrl: 'https://www.lazada.co.th/',", None, 'not-a-listing', None),  # github-index:5461529346
    ("  linkToolUrl: 'https://pages.lazada.co.th/wow/gcp/th/aia/link-tool',", None, 'not-a-listing', None),  # github-index:5461529346
    ("| An old laptop's public files and images (SanDisk official store only) | 3 | https://www.aliexpress.com/store/1102960672 |", 'aliexpress', 'storefront', '1102960672'),  # github-index:71498867198
    ('* Dienmern DM306C [(manufacturer)](http://www.langder.com/productshow.asp?showidd=74&ClassID2=) [(distributor)](https://www.alibaba.com/product-detail/Carbon-Dioxide-Detector-CO2-Detector-Dienmern_1600147388764.html)  ', None, 'not-alibaba-host', None),  # github-index:41599774712
    ('[(distributor)](https://www.alibaba.com/product-detail/Carbon-Dioxide-Detector-CO2-Detector-Dienmern_1600147388764.html)  ', 'alibaba_com', 'listing', '1600147388764'),  # github-index:41599774712
    ('  * 商品长链：`https://2.taobao.com/item.htm?id=123456789`', 'taobao', 'listing', '123456789'),  # github-index:61550697305
    ('[installation services link](https://2.taobao.com/item.htm?spm=2007.1000622.0.0.iCkUXt&id=528507949582)', 'taobao', 'listing', '528507949582'),  # github-index:18102597278
    ('\treferer = "https://2.taobao.com/item.htm?spm=2007.1000337.16.4.ZG6V3V&id=" + id', None, 'missing-id', None),  # github-index:13574092700
    ('"https://c.lazada.co.id/t/c.0Am9vz?url=https%3A%2F%2Fwww.lazada.co.id%2Fproducts%2Fbisa-cod-kondom-bergerigi-kondom-pria-tahan', None, 'short-link', None),  # github-index:25785034089
    ('["https://c.lazada.co.id/t/c.bgS4WG?fbclid=lwAR3V6zrf7YtKga415is6bXQeVKkyvnWgVhHT5RA3-ETFuuu1sLKbLqfry-M", "https://blogger.goo', None, 'short-link', None),  # github-index:20871455454
    ('        <Link target="_blank" href="https://s.lazada.vn/l.gmZT">', None, 'short-link', None),  # github-index:28169572907
    ('    "https://s.lazada.vn/s.nL1hz?c=t&t=p-iuZyNd-s2X6cwV"', None, 'short-link', None),  # github-index:55270034467
    ('        url = f"https://pages.lazada.vn/wow/gcp/route/lazada/vn/upr_1000345_lazada/channel/vn/upr-router/vn?wh_pid={wh_pid}&hybrid=1&data_pr', None, 'not-a-listing', None),  # github-index:70384693146
    ("const LEX_DETAIL_URL = 'https://logistics.lazada.vn/api/get_package_history';", None, 'not-a-listing', None),  # github-index:55984877373
    ('                        <a class="all-product cell" href="//moshanghuakaicy.m.tmall.com/shop/shop_auction_search.htm?sort=default" target="_blank">全部商品</a>', None, 'not-a-listing', None),  # github-index:15654965074; a store's item-list page: a page of the store, no storefront link (its root suggested)
    ('    url = "https://anta.m.tmall.com/shop/shop_auction_search.htm?sort=hotsell"', None, 'not-a-listing', None),  # github-index:39046440453; a store's item-list or category page: a page of the store, no storefront link (its root suggested)
    ('    # url = "https://skechers.tmall.com/category.htm?orderType=hotsell_desc"', None, 'not-a-listing', None),  # github-index:39046440453; a store's item-list or category page: a page of the store, no storefront link (its root suggested)
    ('        browser.get("https://baicaowei.m.tmall.com/shop/shop_auction_search.htm?spm=a2141.7631565.0.0.59563928MSrl65&suid=628189716&sort=default")', None, 'not-a-listing', None),  # github-index:16982922411; a store's item-list page: a page of the store, no storefront link (its root suggested)
    ("2).打开开发者工具，找到商品请求的地址'https://uniqlo.m.tmall.com/shop/shop_auction_search.do'<br>", None, 'not-a-listing', None),  # github-index:34142348416
    ('            getlist_url="https://yiqianny.m.tmall.com/shop/shop_auction_search.do?ajson=1&_tm_source=tmallsearch&" \\', None, 'not-a-listing', None),  # github-index:3979199466
    ('        static String url = "http://handuyishe.m.tmall.com/shop/shop_auction_search.htm?conditions=&sid=9ee8445d31cc7a85&sort=oldstarts&suid=263817957&q=&end_price=&pds=newrank%23h%23', None, 'not-a-listing', None),  # github-index:18065625519; a store's item-list page: a page of the store, no storefront link (its root suggested)
    ('\\"[5]https://es.aliexpress.com/i/1005004821140051.html\\" + newline + \\"[6]https://www.blog.consentidovacuno.es/posts/desparasitacion-del-ga', 'aliexpress', 'listing', '1005004821140051'),  # github-index:2072288161
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if not ("/product-detail/" in row[0] and f"-{row[3]}.html" in row[0])],
    "Alibaba.com's language hosts' /product-detail/<slug>-N.html rows left out: that form has"
    " no slug the notes' canonical form (<slug>_N.html) keeps, as test_real_urls_56.py says",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)

#: The rows whose answer this sweep's fixes changed, with the answer they had before.
FIXED: list[tuple[str, tuple[str | None, str, str | None]]] = [
    # github-index:12314782780 (fix 1); was not-a-listing
    ('"click_url": "http://a.m.taobao.com/i36495438217.html","rate": "5"},{"item_id": "36629833663",', ("taobao_or_tmall", "listing", "36495438217")),
    # constructed (fix 1): the same with a query, and protocol-relative
    ("//a.m.taobao.com/i36495438217.html?sid=1", ("taobao_or_tmall", "listing", "36495438217")),
    # github-index:59617916626 (fix 2); was missing-id
    ("      'https://m.alibaba.com/product/1601666174891/Fully-Automatic-Mechanical-Watches-42-5MM/specifications.html?isSpider=true&s=p',", ("alibaba_com", "listing", "1601666174891")),
    # constructed (fix 2): no more than two segments after the id
    ("https://m.alibaba.com/product/1601666174891/a/b/c.html", (None, "missing-id", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_forms(text: str, expected: tuple[str | None, str, str | None]) -> None:
    """Fixes 1 and 2: ``a.m.taobao.com/i<id>.html`` is the old mobile item page, and a tab of
    an ``m.alibaba.com`` product page after its slug is the listing; both engines agree."""
    assert answer(text) == expected
    assert parse_slowly(text) == parse_listing(text)
