"""Sweep realurls39 of listing URLs (notes in /work/notes/sweep-realurls39.md): AliExpress
regional and app strings (``aliexpress.ru/item/N.html``, ``www.aliexpress.us/item/N.html`` with
``3256…`` and ``2251…`` ids, ``m.aliexpress.com/item/``, language hosts, ``s.click.aliexpress.com/e/_…``
and ``a.aliexpress.com/_…`` short links, ``star.aliexpress.com/share/share.htm`` wrappers), Taobao
share texts (``￥…￥``, ``₤…₤`` and ``€…€`` codes with ``m.tb.cn`` links, as the Taobao open
API's tests paste them), Tmall Global (``detail.tmall.hk``), 1688 mobile offers, Alibaba.com and
Lazada ``/products/…-iID-sSKU.html`` strings, from public files that no earlier table holds, read
as listing-urls.md says (section 3: Tmall Global; section 4: 1688; section 5: Alibaba.com;
section 6: AliExpress, its regional hosts sharing the id space; section 7: Lazada; section 10: a
short link, a share wrapper or a Taobao command is never guessed; section 11: templates and pages
that are no listings).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_38.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. One token with no host that holds a Taobao command (``msg='￥AEpabxiRg0u￥'``, a Python
   assignment in a test of the Taobao open API) was refused as ``not-a-url`` "no host": with no
   white space in it, it was read as one link, and the command check of a text in which no link
   is found never ran. Such a token now gets the answer the same command gets with white space
   around it: ``short-link`` "a Taobao command (淘口令) ￥…￥", or, between a currency sign the
   notes do not name (``€…€``), ``not-a-url`` saying what it may be. A token with neither keeps
   "no host".

``ROWS`` holds real inputs (whole lines of the named files) that no earlier table holds (checked
against ``_real_urls.real_texts()``). ``test_the_planner_accounts_for_every_line`` plans a file of
every row and checks that the planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import canonical_test, plan_file_accounts_for_every_line, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ("    msg='￥AEpabxiRg0u￥'", None, 'short-link', None),  # github-index:26559964289; fix 1 (was not-a-url "no host")
    ("    msg='描述￥i9CMbz0hLPo￥后'", None, 'short-link', None),  # github-index:26559964289; fix 1 (was not-a-url "no host")
    ("msg='₤AEpabxiRg0u₤'", None, 'short-link', None),  # constructed; fix 1 (was not-a-url "no host")
    ("msg='€08skb3DzfQC€'", None, 'not-a-url', None),  # constructed; fix 1 (reason was "no host")
    ("msg='hello'", None, 'not-a-url', None),  # constructed control: no command, still "no host"
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('* [27.12.2021] Конфигурация Марлин `2.0.9.2` для Direct BMG с двигателем **STEPPERONLINE NEMA 17** 20mm [17HS08-1004S](https://aliexpress.ru/item/32585429251.html)', 'aliexpress', 'listing', '32585429251'),  # github-index:25299652014
    ('     - [Heltec LoRa32 ESP32 SX1262 LoRa](https://www.aliexpress.us/item/3256806616057872.html)', 'aliexpress', 'listing', '3256806616057872'),  # github-index:1690416004
    ('    // https://www.aliexpress.us/item/...', None, 'missing-id', None),  # github-index:17159811079
    ('| ![](./images/wemos-d1mini.png)| Wemos D1 Mini S2 (Beware of Fakes!)| [Amazon](https://amzn.to/4fqq9m7) | [Aliexpress](https://www.aliexpress.us/item/3256802958877264.html)|', None, 'not-alibaba-host', None),  # github-index:49058562649
    ('    "https://s.click.aliexpress.com/e/_mPi5MI7",', None, 'short-link', None),  # github-index:41362563673
    ('    "https://s.click.aliexpress.com/e/_mrtzk9Z",', None, 'short-link', None),  # github-index:41362563673
    ('        "https://s.click.aliexpress.com/e/_pSomething?_p_origin_prod:1005012670002032"', None, 'short-link', None),  # github-index:62085065023
    ("        coins_link = safe_get_affiliate_link(f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={encoded_link}?sourceType=620')", None, 'short-link', None),  # github-index:30743713158
    ("        bundle_url = f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={original_link}?sourceType=560&aff_fcid='", None, 'short-link', None),  # github-index:56432055671
    ("        url = f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={original_link}?sourceType=560&aff_fcid='", None, 'short-link', None),  # github-index:18124360989
    ("    'https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Ffr.aliexpress.com%2Fitem%2F1005009561948552.html%3Fsrc%3Dshare',", None, 'short-link', None),  # github-index:70776097229
    ('            "https://star.aliexpress.com/share/share.htm"', None, 'short-link', None),  # github-index:5763512910
    ('            f"&redirectUrl={original_link}?sourceType=560&aff_fcid="', None, 'not-a-url', None),  # github-index:5763512910
    ("  const result = parseProductInput('https://m.tb.cn/h.abc123 「测试商品标题」');", None, 'short-link', None),  # github-index:58133717768
    ('          <a href="https://m.tb.cn/h.iXXX6S4?tk=78fdUHnev25" target="_blank" class="btn-primary">', None, 'short-link', None),  # github-index:53852284028
    ('# 淘口令: ￥XXXXX￥ 或 ₤XXXXX₤ 或 ¤XXXXX¤', None, 'not-a-url', None),  # github-index:62716393073
    ('# 淘宝短链: m.tb.cn/h.xxx 或 m.tb.cn/xxx', None, 'short-link', None),  # github-index:62716393073
    ('      "rawText": "09《c12pg0RJw43₤ https://m.tb.cn/h.R7cRrzz  CZ009 最高赚188加抵金",', None, 'short-link', None),  # github-index:68433146717
    ('# http://detail.m.1688.com/page/index.htm?offerId=1002685729834', '1688', 'listing', '1002685729834'),  # github-index:55618239662
    ("    await searchStringParser('https://qr.1688.com/share.html?secret=xzk3VcNy'),", None, 'short-link', None),  # github-index:12288034918
    ('        - https://m.1688.com/offer/978544643627.html', '1688', 'listing', '978544643627'),  # github-index:7771563654
    ('            //http://m.1688.com/offer/534408278560.html?spm=a26g8.7662792.1998744630.1.TBKyfT', '1688', 'listing', '534408278560'),  # github-index:45828648927
    ('        // Desktop: detail.1688.com/offer/810352749783.html', '1688', 'listing', '810352749783'),  # github-index:58601663723
    ('    untagged = _leads([("o4", "https://m.alibaba.com/product/synthetic-4.html",', None, 'missing-id', None),  # github-index:71523233242
    ("GetUrl('https://detail.tmall.hk/hk/item.htm?id=520406212687&ali_trackid=2:mm_49435060_12504112_47316109:1524013736_324_883216589&spm=a2231.7774930.8223595181.1.9355785dHRHqCO&scm=20140616.darenguoji.10001.520406212687&sku_properties=1627207:283", 'tmall_global', 'listing', '520406212687'),  # github-index:38400188549
    ('    "https://detail.tmall.hk/hk/item.htm?tbpm=1&spm=a230r.1.14.13.6ebb4793sgX8vA&id=599058260846&cm_id=140105335569ed55e27b&abbucket=17",', 'tmall_global', 'listing', '599058260846'),  # github-index:37864295967
    ('\t\t\t- https://aliexpress.ru/item/1005005616221865.html', 'aliexpress', 'listing', '1005005616221865'),  # github-index:43327963939
    ('\t\t\t- https://aliexpress.ru/item/1005006026275041.html', 'aliexpress', 'listing', '1005006026275041'),  # github-index:43327963939
    ('        seleniumHtmlPageLoader.loadHtmlPage("https://aliexpress.ru/item/1005005832268516.html");', 'aliexpress', 'listing', '1005005832268516'),  # github-index:1437794825
    ('\t\t"https://aliexpress.ru/item/1005005863682926.html":             false, // карточка', 'aliexpress', 'listing', '1005005863682926'),  # github-index:70094912262
    ('\t\t"https://aliexpress.ru/wholesale?page=1":                        false, // нет SearchText', None, 'not-a-listing', None),  # github-index:70094912262
    ('[Aliexpress.ru](https://aliexpress.ru/item/1005005035552894.html)  ', 'aliexpress', 'listing', '1005005035552894'),  # github-index:6728004859
    ('[Aliexpress.com](https://vi.aliexpress.com/item/1005005035552894.html)  ', 'aliexpress', 'listing', '1005005035552894'),  # github-index:6728004859
    ('https://aliexpress.ru/item/1005005536423156.html?spm=a2g2w.orderdetail.0.0.50e84aa68U7UC7&sku_id=12000033452360873', 'aliexpress', 'listing', '1005005536423156'),  # github-index:31998594559
    ('4. Преобразователь CP2102 https://aliexpress.ru/item/1005005837335497.html?spm=a2g2w.orderdetail.0.0.7eb64aa6yfJxpS&sku_id=12000034526403863', 'aliexpress', 'listing', '1005005837335497'),  # github-index:47254996756
    ('- [Фоторезистор](https://aliexpress.ru/item/1005005692182923.html?sku_id=12000034025248753&spm=a2g2w.productlist.search_results.10.454c4aa6u2Bq2w "Фоторезистор")', 'aliexpress', 'listing', '1005005692182923'),  # github-index:15317328690
    ('| [LOLIN S2 Mini](https://www.aliexpress.us/item/3256802958877264.html)                | 1*  | $4.62      |', 'aliexpress', 'listing', '3256802958877264'),  # github-index:17195446558
    ('https://www.aliexpress.us/item/3256804081022016.html?spm=a2g0o.order_detail.order_detail_item.3.5074f19cbai5dc&gatewayAdapt=glo2usa', 'aliexpress', 'listing', '3256804081022016'),  # github-index:35474759083
    ('      "https://www.aliexpress.us/item/3256811621897780.html",', 'aliexpress', 'listing', '3256811621897780'),  # github-index:54007891138
    ('- [store link](https://www.aliexpress.us/item/3256805450520253.html)', 'aliexpress', 'listing', '3256805450520253'),  # github-index:47256510223
    ("    url: 'https://www.lazada.co.th/products/xyz.html',", None, 'missing-id', None),  # github-index:54550151650
    ('                "url": "https://www.lazada.co.th/products/pdp-i4212266679.html",', 'lazada_th', 'listing', '4212266679'),  # github-index:3671977916
    ('        "product_url": "https://www.lazada.co.th/products/fixture-cable-i100001-s200001.html",', 'lazada_th', 'listing', '100001'),  # github-index:61029603415
    ('  store.run(\'INSERT INTO unmatched_product_images VALUES(?,?,?,?,?,?)\',\'https://www.lazada.co.th/products/pdp-i9.html\',\'9\',\'Lazada item\',\'["https://example.com/l.jpg"]\',\'[]\',\'today\');', None, 'malformed-id', None),  # github-index:71203807224
    ('            "url": f"https://www.lazada.co.th/products/{product_id}.html"', None, 'missing-id', None),  # github-index:29596132134
    ("SHOPEE = 'https://shopee.ph/Kuhne-Mustard-Dijon-185g-i.284922593.56757096831'", None, 'not-alibaba-host', None),  # github-index:71119007103
    ('// https://m.aliexpress.com/item/1005005689304155.html', 'aliexpress', 'listing', '1005005689304155'),  # github-index:30239358926
    ('// https://www.aliexpress.us/item/_p/r1/1005004783921093.html', None, 'missing-id', None),  # github-index:30239358926
    ('        self.assertEqual(detect_platform("https://m.aliexpress.com/item/1005001234567890.html"), "aliexpress")', 'aliexpress', 'listing', '1005001234567890'),  # github-index:61648591224
    ('        self.assertEqual(detect_platform("https://e.tb.cn/h.example"), "taobao")', None, 'short-link', None),  # github-index:61648591224
    ('(detect_platform("https://a.aliexpress.com/_mExample"), "aliexpress")', None, 'short-link', None),  # github-index:61648591224
    ('        "https://aliexpress.us/item/1005006153442431.html",', 'aliexpress', 'listing', '1005006153442431'),  # github-index:70805545959
    ('        "https://m.aliexpress.com/item/1005006153442431.html#reviews",', 'aliexpress', 'listing', '1005006153442431'),  # github-index:70805545959
    ('        "https://www.aliexpress.com/i/1005006153442431.html",', 'aliexpress', 'listing', '1005006153442431'),  # github-index:70805545959
    (" *   ('https://m.aliexpress.com/item/1005009982221130.html', 'VN')", 'aliexpress', 'listing', '1005009982221130'),  # github-index:58648669738
    (' *       -> https://vi.aliexpress.com/item/1005009982221130.html', 'aliexpress', 'listing', '1005009982221130'),  # github-index:58648669738
    (' *       -> https://es.aliexpress.com/item/1005010204377877.html', 'aliexpress', 'listing', '1005010204377877'),  # github-index:58648669738
    ('        "https://m.aliexpress.com/item/1005006093859663.html",', 'aliexpress', 'listing', '1005006093859663'),  # github-index:56673011014
    ('Source: https://m.aliexpress.com/item/1005005223034816.html', 'aliexpress', 'listing', '1005005223034816'),  # github-index:35997557707
    ('                "https://m.aliexpress.com/item/1005001234567890.html"', 'aliexpress', 'listing', '1005001234567890'),  # github-index:55310496422
    ('                "mediaTag": "<linkrel=\\"alternate\\"media=\\"onlyscreenand(max-width:640px)\\"href=\\"https://m.aliexpress.com/item/1005001560047961.html\\"/>",', 'aliexpress', 'listing', '1005001560047961'),  # github-index:3643298717
    ('• https://ar.aliexpress.com/item/1005007354532583.html', 'aliexpress', 'listing', '1005007354532583'),  # github-index:62582768774
    ('• https://m.aliexpress.com/item/1005007354532583.html', 'aliexpress', 'listing', '1005007354532583'),  # github-index:62582768774
    ('  "https://www.alibaba.com/product-detail/Thanos-Resin-Model-57cm-Super-Large_1601045033803.html",', 'alibaba_com', 'listing', '1601045033803'),  # github-index:53857907254
    ("  { url: 'https://s.shopee.vn/xyz123', platform: 'shopee', hasItemId: false },", None, 'not-alibaba-host', None),  # github-index:68317499858
    ('| 38mm Omni Wheel                | 1        | [Link to Product](https://www.aliexpress.us/item/2251832788059198.html)                                                   |', 'aliexpress', 'listing', '2251832788059198'),  # github-index:46276899061
    ('  - [merchant_data] AliExpress Kingst LA2016 (https://www.aliexpress.us/item/2251832588359410.html, 2026-03-13)', 'aliexpress', 'listing', '2251832588359410'),  # github-index:52178527516
    ('        [AliExpress - US](https://www.aliexpress.us/item/2251832528412325.html)', 'aliexpress', 'listing', '2251832528412325'),  # github-index:139925686
    ('        [AliExpress - CA & AU](https://www.aliexpress.us/item/32714727077.html)', 'aliexpress', 'listing', '32714727077'),  # github-index:139925686
    ('* 1x [CR2032 Battery Holder](https://www.aliexpress.us/item/2251832843180857.html)', 'aliexpress', 'listing', '2251832843180857'),  # github-index:32858954895
    ('| 330 ohm Resistor | 1 | $1.45 | [AliExpress](https://www.aliexpress.us/item/2251832681907061.html) |', 'aliexpress', 'listing', '2251832681907061'),  # github-index:59674403325
    ('Some silicone end caps that could be fitted onto tactile push buttons: https://www.aliexpress.us/item/2251832634401905.html', 'aliexpress', 'listing', '2251832634401905'),  # github-index:7446767070
    ('| SW1          | SPDT Switch               | ?        | MSK-12C02     | https://aliexpress.ru/item/4000685483225.html    | C431541 | 2   |', 'aliexpress', 'listing', '4000685483225'),  # github-index:38247238443
    ('| Кнопки | [TAP](https://aliexpress.ru/item/4000452176168.html) |', 'aliexpress', 'listing', '4000452176168'),  # github-index:51944294119
    ('| SD Модуль | [TAP](https://aliexpress.ru/item/32674518514.html) |', 'aliexpress', 'listing', '32674518514'),  # github-index:51944294119
    ('| IR-TX, IR-RX | [TAP](https://aliexpress.ru/item/1005007446501425.html) |', 'aliexpress', 'listing', '1005007446501425'),  # github-index:51944294119
    ('        //     "ali_url": "https://aliexpress.ru/item/4000918899813.html"', 'aliexpress', 'listing', '4000918899813'),  # github-index:42612095837
    ('        "Стилус": \'https://aliexpress.ru/item/4000426521336.html?sku_id=10000005553945755\',', 'aliexpress', 'listing', '4000426521336'),  # github-index:19168566796
    ("        'Подставка': 'https://aliexpress.ru/item/1005003840912560.html',", 'aliexpress', 'listing', '1005003840912560'),  # github-index:19168566796
    ('        "Хаб": \'https://aliexpress.ru/item/32863704575.html\',', 'aliexpress', 'listing', '32863704575'),  # github-index:19168566796
    ('Aliexpress page: https://aliexpress.ru/item/4000550036826.html', 'aliexpress', 'listing', '4000550036826'),  # github-index:95801497
    ('//! * https://aliexpress.ru/item/4000460829861.html?sku_id=12000037978291569&spm=a2g2w.productlist.search_results.0.2e6f7694Qn4bqo', 'aliexpress', 'listing', '4000460829861'),  # github-index:43423415959
    ('            {"canonical_url": "https://detail.tmall.hk/item.htm?id=1"},', None, 'malformed-id', None),  # github-index:71490384979
    ("      'https://detail.tmall.hk/item.htm?id=*',", None, 'missing-id', None),  # github-index:56328275746
    ("    expect(detectTaobaoMarketplace('https://detail.tmall.hk/item.htm?id=1')).toBe('tmall')", None, 'malformed-id', None),  # github-index:60329799158
    ("    expect(detectTaobaoMarketplace('https://example.com/item.htm?id=1')).toBe('')", None, 'not-alibaba-host', None),  # github-index:60329799158
    ("    input: 'https://www.lazada.sg/products/nice-mouse-i123456789-s987654321.html',", 'lazada_sg', 'listing', '123456789'),  # github-index:56256073530
    ('        "https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html",', 'lazada_sg', 'listing', '2896336114'),  # github-index:57611628194
    ('        url = "https://www.lazada.sg/products/laptop-i123456.html"', 'lazada_sg', 'listing', '123456'),  # github-index:53724417226
    ('\t// \t// const searchUrl = `https://www.lazada.sg/products/english-version-2019-newest-xiaomi-mi-band-4-i333152882-s723204887.html`;', 'lazada_sg', 'listing', '333152882'),  # github-index:41672284799
    ('            "url": "https://www.lazada.sg/products/test-i12345.html",', None, 'malformed-id', None),  # github-index:26501482544
    ('    assert detect_platform("https://shopee.com.my/product-i.111.222") == "shopee"', None, 'not-alibaba-host', None),  # github-index:56936147814
    ('    r = _extract(LAZADA_EMBEDDED_HTML, "https://www.lazada.com.my/products/x-i1.html", None, lz)', None, 'malformed-id', None),  # github-index:69667123286
    ('// @match       https://*.lazada.co.th/products/*.html*', None, 'not-a-url', None),  # github-index:41334827456
    ('def test1():#复制框内整段文字，打开「手淘」即可「领取优惠券」并购买￥MDGGba1MLQh￥', None, 'short-link', None),  # github-index:26559964289
    ("    # msg='【杭州真丝上衣女2018新款短袖t恤夏桑蚕丝处理清仓 重磅铜氨丝女装,这款真丝t恤，宽松的版型设计，上身非常显瘦】，復·制这段描述€08skb3DzfQC€后咑閞👉淘♂寳♀👈'#商品口令", None, 'not-a-url', None),  # github-index:26559964289
    ("    # msg='【轻薄羽绒服女短款立领连帽时尚韩版修身秋冬大码女装外套反季促销】https://m.tb.cn/h.3n52vLA 点击链接，再选择浏览器咑閞；或復·制这段描述￥E1UAbOaNcwP￥后到👉淘♂寳♀👈'#领券", None, 'short-link', None),  # github-index:26559964289
    ("    # msg='复制整段信息，打开👉手机天猫👈，即可查看此商品:【纤麦加肥加大码女装胖mm秋装宽松显瘦时尚长袖打底外穿T恤上衣】(未安装App点这里：http://yukhj.com/s/HKvLP?tm=2d6aaf )🔑喵口令🔑'#不能解析喵口令", None, 'not-alibaba-host', None),  # github-index:26559964289
    ("    msg='【堆堆领秋衣大码女装韩版修身打底衫,这是一件非常显气质的莫代尔t恤，面料柔软舒适，吸湿透气】，https://m.tb.cn/h.3EK37eh 点击链接，再选择浏览器咑閞；或復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘♂寳♀👈'", None, 'short-link', None),  # github-index:26559964289
    ("    # msg='￥mEWabqcRExj￥'#过期的淘口令", None, 'short-link', None),  # github-index:26559964289
    ("  'url': 'https://a.m.taobao.com/i572456021063.htm?price=198&original_price=688&sourceType=item&sourceType=item&suid=d2109373-8046-4f3f-8b1d-172c4741dc5d&ut_sk=1.Wthts%2FH5I4QDANNejADzdUSC_21646297_1536555233541.TaoPassword-WeiXin.1&un=817be46c5b6cc1dfb463cb48fb1832e7&share_crt_v=1&mit_nlg_ver=v1&sp_tk=4oKsMDhza2IzRHpmUUPigqw=&spm=a211b4.24728341&visa=13a09278fde22a2e&disablePopup=true&disableSJ=1'", 'taobao_or_tmall', 'listing', '572456021063'),  # github-index:26559964289
    ("  'url': 'https://item.taobao.com/item.htm?id=567873872517&ut_sk=1.utdid_24728341_1536566411927.TaoPassword-Outside.isv&sp_tk=4oKsQVJxMGIzeFZvT3figqw=&spm=a211b4.24728341&visa=13a09278fde22a2e&disablePopup=true&disableSJ=1'}}", 'taobao', 'listing', '567873872517'),  # github-index:26559964289
    ("  'native_url': 'tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&module=h5&h5Url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D567873872517%26ut_sk%3D1.utdid_24728341_1536566411927.TaoPassword-Outside.isv%26sp_tk%3D4oKsQVJxMGIzeFZvT3figqw%3D%26spm%3Da211b4.24728341%26visa%3D13a09278fde22a2e%26disablePopup%3Dtrue%26disableSJ%3D1&appkey=24728341&visa=13a09278fde22a2e',", None, 'scheme-not-allowed', None),  # github-index:26559964289
    ("  'pic_url': 'http://img.alicdn.com/bao/uploaded/i4/595412874/TB2SOfPm7KWBuNjy1zjXXcOypXa_!!595412874.jpg',", None, 'not-alibaba-host', None),  # github-index:26559964289
    ("    # tkl = '''【2018夏季新款女装薄款白色打底内衣性感漏肩内搭背心吊带短款上衣】http://m.tb.cn/h.3XYA5IW 点击链接，再选择浏览器咑閞；或復·制这段描述€g1IVbaMXxxK€后到👉淘♂寳♀👈'''", None, 'short-link', None),  # github-index:1914977688
    ("    tkl = '''【法国菜特价3】http://m.tb.cn/h.3cCldb1 点击链接，再选择浏览器咑閞；或復·制这段描述€qJC7baMSryl€后到👉淘♂寳♀👈'''", None, 'short-link', None),  # github-index:1914977688
    ("    print(resp['tbk_tpwd_create_response']['data']['model'])  # ￥j8V0baMTi6H￥", None, 'short-link', None),  # github-index:1914977688
    ("    url = rt['wireless_share_tpwd_query_response']['url']", None, 'not-a-url', None),  # github-index:1914977688
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3]], "none left out"
)


@pytest.mark.parametrize("text", [row[0] for row in FIXED[:3]])
def test_a_command_in_one_token_is_a_short_link(text: str) -> None:
    """Fix 1: a Taobao command in a token with no host is the command, not "no host"."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert reason.startswith("short link: "), reason
    assert "a Taobao command (淘口令) " in reason, reason


def test_an_unlisted_sign_in_one_token_says_what_it_may_be() -> None:
    """Fix 1: between a sign the notes do not name, the token's refusal says what it may be."""
    reason = thrice(FIXED[3][0]).reason  # type: ignore[attr-defined]
    assert reason.startswith(
        "not a URL: no URL found in the text; it holds what may be a Taobao"
    ), reason


def test_a_token_with_no_command_keeps_no_host() -> None:
    """Fix 1's control: a token with no host and no command is still refused as "no host"."""
    reason = thrice(FIXED[4][0]).reason  # type: ignore[attr-defined]
    assert reason == "not a URL: no host", reason


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it; the table's commented-out lines are comments there."""
    rows = [row[0] for row in ALL]
    assert sum(row.lstrip().startswith("#") for row in rows) == 8
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
