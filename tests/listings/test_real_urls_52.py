"""Sweep realurls52 of listing URLs (notes in /work/notes/sweep-realurls52.md): 131 real strings
from public files no earlier table or listing-urls.md cites (each checked against every table's
cited ``github-index`` sources and texts), as tools and people pasted them: Markdown bills of
materials and READMEs, HTML attributes, JSON and SQL values, Python, Java, Go, PHP and
JavaScript code and tests, share texts of the Taobao and Xianyu apps, a price tracker's list
of ``ali_refid`` search-ad links. They were found mostly through query-first link forms
(``item.htm?ft=t&``, ``?_u=``, ``?abbucket=``, ``?priceTId=``, ``?scm=``, ``?from=cart&``,
``?ut_sk=``, ``?ali_refid=``, ``?de_count=``, ``?skuId=``), ``aliexpress.ru/item/``,
``/item/Free-shipping-…/N.html``, ``detail.tmall.hk/hk/``, ``detail.m.tmall.com``,
``alibaba.com/product-detail/`` and ``lazada.sg/products/pdp-i``.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_51.py, with its
source in a comment. Every row was decided from listing-urls.md before ``parse_listing`` ran;
the parser agreed on every row but a few where docs/listings.md or an earlier table had
already decided otherwise (the row's comment says which). No parser change came of it.
"""

from __future__ import annotations

from _real_urls import canonical_test, planner_test, table_tests

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('                url="https://www.goofish.com/item?id=a",', None, 'malformed-id', None),  # github-index:66712940723
    ('                            url=f"https://www.goofish.com/item?id={item_info.get(\'id\', \'\')}",', None, 'malformed-id', None),  # github-index:53106450248
    ('// Commodity 10 L airtight soda-lime glass jar — https://www.alibaba.com/product-detail/10-Liter-Glass-Jar-Airtight-Glass_10000010556695.html', 'alibaba_com', 'listing', '10000010556695'),  # github-index:56240575368
    ("    !url.includes('alibaba.com/product-detail') &&", None, 'not-a-listing', None),  # github-index:25809446103; a marketplace path with no slash after it is no listing page (not-a-listing), as `/item` and `/offer` are
    ('const body = { solicitud_id: "case-test", productos: [{ link: "https://www.alibaba.com/product-detail/test.html", descripcion: "Producto de prueba" }], fob_usd: 1000, cantidad: 100,', None, 'missing-id', None),  # github-index:69455571063
    ('[SV660N 750W set $88–158](https://www.alibaba.com/product-detail/Inovance-servo-motor-drive-set-SV660N_1601220643677.html) ·', 'alibaba_com', 'listing', '1601220643677'),  # github-index:71446850808
    ("    - snap connector: difficult to source, Digi-key doesn't stock them. [Alibaba does](https://www.alibaba.com/product-detail/PCB-electrode-button-Medical-button-snap_60687245853.html).", 'alibaba_com', 'listing', '60687245853'),  # github-index:17128048398
    ('      ["DECHANG GH4230 Metal Band Saw", "Prepare metal stock before turning, milling, forming, or fabrication.", "https://www.alibaba.com/product-detail/DECHANG-GH4230-High-Efficiency-Mini-Metal_1601387433469.html", "new"],', 'alibaba_com', 'listing', '1601387433469'),  # github-index:63215277783
    ("url = 'https://www.alibaba.com/product-detail/2023-1-2T-Toyota-Japan-Large_1600898730837.html'", 'alibaba_com', 'listing', '1600898730837'),  # github-index:40261733358
    ('- [1 x SSD1306 OLED](https://www.alibaba.com/product-detail/0-96-128x64-I2C-IIC-Serial_1601221974195.html?spm=a2700.prosearch.normal_offer.d_title.713e67af2h8ats&selectedCarrierCode=SEMI_MANAGED_STANDARD%40%40STANDARD&priceId=9263331f4c5146ce9335b75a9e5a434e) - display, $2.50', 'alibaba_com', 'listing', '1601221974195'),  # github-index:53762487918
    ('- - [1 x MPU 6050](https://www.alibaba.com/product-detail/TZT-1Set-IIC-I2C-GY-521_1600855862949.html?spm=a2700.prosearch.normal_offer.d_title.444e67afTjlFTW&priceId=fc64e04c517543e99b5e70350475b235) - accelerometer, $1.45', 'alibaba_com', 'listing', '1600855862949'),  # github-index:53762487918
    ('- [4 x SK6812MINI-E](https://www.digikey.com/en/products/detail/adafruit-industries-llc/4960/14302512?gclsrc=aw.ds&gad_source=1) - lights, $2.95', None, 'not-alibaba-host', None),  # github-index:53762487918 (the query cut after gad_source)
    ("$crawler = $client->request('GET', 'https://aliexpress.ru/item/1005007641037367.html?sku_id=12000041611596822', [], [], [", 'aliexpress', 'listing', '1005007641037367'),  # github-index:39715017
    ("    //     CURLOPT_URL => 'https://aliexpress.ru/item/'.$request->product_uid.'.html'", None, 'missing-id', None),  # github-index:36828110247
    ('            MarketName.ALIEXPRESS, "https://aliexpress.ru/item/1%d.html"', None, 'missing-id', None),  # github-index:20199997797; a format placeholder in the id's path segment: no id (missing-id), as test_real_urls_4x decided for `${id}`
    ('| [V380 mini](https://aliexpress.ru/item/4000944546368.html) | HwV380E12_WF3_AK_MINI | V380E2_C2#YW |  |', 'aliexpress', 'listing', '4000944546368'),  # github-index:27192633477
    ('[40$ UniElec U7628-01](https://aliexpress.ru/item/32816981605.html?spm=a2g2w.orderdetail.0.0.41334aa6mFtUZ1&sku_id=64789943590)', 'aliexpress', 'listing', '32816981605'),  # github-index:29390117082
    ('\t{ID: 1, Date: "2024-03-10", Link: "https://aliexpress.ru/item/1005005134514393.html", Name: "TIMEMORE Basic Plus Scale", Price: 17.99, Currency: "₽", Category: "Electronics"},', 'aliexpress', 'listing', '1005005134514393'),  # github-index:6738912852
    ("    link_info = api.get.check_link(link = 'https://aliexpress.ru/item/4000581767061.html')", 'aliexpress', 'listing', '4000581767061'),  # github-index:3069965652
    ('    `https://aliexpress.ru/item/${productId}.html`,', None, 'missing-id', None),  # github-index:54133318392; a template: no id (missing-id), as earlier tables decided
    ("        url = 'https://detail.tmall.hk/hk/item.htm?spm=a220o.1000855.1998025129.2.102f616emYvWTL&abtest=_AB-LR32-PR32&pvid=a2be15e3-8200-46b3-bd09-de041b8b8dc3&pos=2&abbucket=_AB-M32_B9&acm=03054.1003.1.2431317&id={}&scm=1007.12144.81309.23864_0&sku_properties=-1:-1'.format(id)", None, 'malformed-id', None),  # github-index:18553921624
    ('//    private String url="https://detail.m.tmall.com/item.htm?id=566473612602&scm=1007.12144.135827.1720401_0_0&pvid=9d95e617-35bb-4d85-8900-6197f3ea5d81&utparam={%22x_hestia_source%22:%221720401%22,%22x_object_type%22:%22item%22,%22x_mt%22:8,%22x_src%22:%221720401%22,%22x_pos%22:6,%22x_pvid%22:%229d95e617-35bb-4d85-8900-6197f3ea5d81%22,%22x_object_id%22:566473612602}&spm=a211ue.11501597.new-recommend.7";', 'tmall', 'listing', '566473612602'),  # github-index:33301349630
    ('//    private String url="https://ju.taobao.com/m/jusp/alone/detailwap/mtp.htm?item_id=593841462450&_force=wap&_target=_blank&spm=a2147.7632989.List.1&ju_id=10000320600379&item_id=593841462450&_format=true";', None, 'not-a-listing', None),  # github-index:33301349630
    ('        String taocode = getCode("https://detail.m.tmall.com/item.htm?id="+id,resObj.getString("title"));', None, 'missing-id', None),  # github-index:34721349605
    ('    expect(cleanSupplierUrl("https://detail.tmall.com/item.htm?abbucket=9&id=557065302363&spm=x")).toBe(', 'tmall', 'listing', '557065302363'),  # github-index:71264456501
    ('默认选的是\\ `CSR8510 <https://detail.tmall.com/item.htm?abbucket=2&id=534662513906&ns=1&skuId=4910946697067&spm=a230r.1.14.1.2f6811a37qFFQU>`__\\ 芯片，接口是USB接口，接好dongle', 'tmall', 'listing', '534662513906'),  # github-index:2068451458
    ('[采购链接](https://detail.tmall.com/item.htm?abbucket=15&id=615355218813&ns=1)', 'tmall', 'listing', '615355218813'),  # github-index:35124669718
    ('| 1    | F37    | ![F37](image/F37.jpg)       | 200W像素 | [F37](https://detail.tmall.com/item.htm?abbucket=12&id=683310105141&ns=1&spm=a230r.1.14.28.1dd135f0wI2LwA&skuId=4897731532963) |', 'tmall', 'listing', '683310105141'),  # github-index:22302570732
    ('  - 购买链接：https://detail.tmall.com/item.htm?abbucket=12&id=730278908020', 'tmall', 'listing', '730278908020'),  # github-index:10794817751
    ('get_product_info("https://item.taobao.com/item.htm?priceTId=2100c80717182171949451856e0c31&id=576815286685&ns=1&abbucket=6#detail")', 'taobao', 'listing', '576815286685'),  # github-index:39760702891
    ('# get_product_info("https://item.taobao.com/item.htm?priceTId=2100c80717182171949451856e0c31&id=576815286685&ns=1&abbucket=6#detail")', 'taobao', 'listing', '576815286685'),  # github-index:39719319299
    ('https://item.taobao.com/item.htm?ft=t&id=860942806853', 'taobao', 'listing', '860942806853'),  # github-index:32780396398
    ('- **Method 3 : **에서 구매[Tuya의 공식 Taobao 상점](https://item.taobao.com/item.htm?ft=t&id=911596682625).', 'taobao', 'listing', '911596682625'),  # github-index:68804160224
    ('- [购买链接 🛒](https://item.taobao.com/item.htm?ft=t&id=903678650747)', 'taobao', 'listing', '903678650747'),  # github-index:19536327553
    ('**[官方淘宝商城](https://item.taobao.com/item.htm?ft=t&id=979678214285)**', 'taobao', 'listing', '979678214285'),  # github-index:46218831135
    ('you can purchase a license on the [Purchase](https://item.taobao.com/item.htm?ft=t&id=911596682625&spm=a21dvs.23580594.0.0.621e2c1bzX1OIP) page.', 'taobao', 'listing', '911596682625'),  # github-index:18498403905 (the end of a sentence)
    ('            String suburl = "https://item.taobao.com/item.htm?ft=t&id=" + productId;', None, 'missing-id', None),  # github-index:3676837020
    ('                <Link href="https://item.taobao.com/item.htm?ft=t&id=771448479530">{t(\'buyNow\')}</Link>', 'taobao', 'listing', '771448479530'),  # github-index:36426646453
    ('- **商品链接**：[**总线单极性步进电机驱动板购买链接**](https://item.taobao.com/item.htm?ft=t&id=904560263580)', 'taobao', 'listing', '904560263580'),  # github-index:11669079344
    ('        <InstallButton to="https://item.taobao.com/item.htm?ft=t&id=831508489260">➡️淘宝店铺⬅️</InstallButton>', 'taobao', 'listing', '831508489260'),  # github-index:2406791579
    ('WowSkin 的硬件设计为 **专有**，未包含在此开源仓库中。如果您对 WowSkin 硬件感兴趣，请联系我们或访问我们的 [官方商店](https://item.taobao.com/item.htm?ft=t&id=863972140022)。', 'taobao', 'listing', '863972140022'),  # github-index:21158360158
    ("        'https://detail.tmall.com/item.htm?from=cart&id=564851079932&spm=a21202.12579950/evo302415b424937.item.0'", 'tmall', 'listing', '564851079932'),  # github-index:41337871465
    ('* [https://ko.aliexpress.com/item/1005007369816019.html](https://ko.aliexpress.com/item/1005007369816019.html)', 'aliexpress', 'listing', '1005007369816019'),  # github-index:43251137211
    ("                    url: 'https://ko.aliexpress.com/item/' + match[1] + '.html'", None, 'missing-id', None),  # github-index:53289743870
    ("        //'http://item.taobao.com/item.htm?ut_sk=1.V5/73bfSri4DABBUs3mInifZ_21380790_1482201165164.Copy.1&id=23246340317&sourceType=item&", 'taobao', 'listing', '23246340317'),  # github-index:37652877631
    ('https://item.taobao.com/item.htm?id=713689376773&mi_id=0000N9-lLhC-7iufjXeyNuoazY5ELyxh45K6KYHda9ZmI6k&spm=a21xtw.29978516.0.0&xxc=shop', 'taobao', 'listing', '713689376773'),  # github-index:61099314493
    ('新减速电机推杆：https://detail.tmall.com/item.htm?from=cart&id=520163231169&mi_id=00006IixU9sNLMg8CsVQ6MtuQ_YZe2b5lSH3lmvrcmcy-AE&skuId=3100794825595&spm=a1z0d.6639537%2F202410.item.d520163231169.5da37484JC9bIm&upStreamPrice=14000', 'tmall', 'listing', '520163231169'),  # github-index:61099314493
    ('H桥电机驱动板：https://item.taobao.com/item.htm?id=569591305325&mi_id=0000ZsjZukw21Vxz0PG0qrslLG_ezO0jhKLbsP8tBbIRz1M&spm=tbpc.mytb_itemcollect.item.goods&upStreamPrice=2460', 'taobao', 'listing', '569591305325'),  # github-index:61099314493
    ('\t\tString searchedGoods = "化妆品收纳盒 实木有盖镜防尘宜家公主桌面整理箱柜 中号化妆盒 http://item.taobao.com/item.htm?ut_sk=1.VGyvJnJ9vaEDAI7VEay/ibyi_21380790_1460548965.TaoPassword-QQ.1&id=520757487159&sourceType=item&price=158.00&suid=74297535-2473-4A42-A584-E8DDEA35EA5B&sm=fdabf6";', 'taobao', 'listing', '520757487159'),  # github-index:39027533139
    ('\t\tUiObject btnLook = new UiObject(new UiSelector().resourceId("com.taobao.taobao:id/contacts_clipwatcher_access").text("立即查看"));', None, 'scheme-not-allowed', None),  # github-index:39027533139; an Android resource name reads as a URL of the scheme `com.taobao.taobao` (WHATWG), refused as the app's `taobao:` is
    ('    url = "https://detail.tmall.com/item.htm?ali_refid=a3_430582_1006:1367680078:N:FWhk09A41iS561PkW96CMg==:d82b41a0afcdd3434536108e7b632bf2&ali_trackid=1_d82b41a0afcdd3434536108e7b632bf2&id=639687651409&spm=a230r.1.14.1"', 'tmall', 'listing', '639687651409'),  # github-index:41601950974
    ('    url = "https://detail.tmall.com/item.htm?ali_refid=a3_420434_1006%3A1466230149%3AH%3AB2Nn7LSNGE1rAALIDzUKSw%3D%3D%3Ac7236201e189ed259cc60e9bf737da7d&ali_trackid=282_c7236201e189ed259cc60e9bf737da7d&id=758336684473&mi_id=0000AELIjHFckq6CfWWDoiyp3hwCIZuRMI7_jtUFwbthwpc&mm_sceneid=1_0_1820600181_0&priceTId=215044b717612087022503106e1173&skuId=5604445166562&spm=a21n57.1.hoverItem.4&utparam=%7B%22aplus_abtest%22%3A%22b2b9e0e9479154d1e6d2c38a14c319db%22%7D&xxc=ad_ztc"', 'tmall', 'listing', '758336684473'),  # github-index:34253457506
    ('    "https://item.taobao.com/item.htm?ali_refid=a3_430673_1006%3A1266540190%3AH%3AaSo91lutoG9Zcy5HYEMZGQ%3D%3D%3A6190d2121886fb78069a1372e83f68db&ali_trackid=282_6190d2121886fb78069a1372e83f68db&id=794325077017&loginBonus=1&mi_id=0000LYDSBAL1tMMnENgUYayqZd2pd0O3M-Ie-JD-8P3SBSs&mm_sceneid=1_0_742820162_0&priceTId=2150456a17846216647825137e0fb9&skuId=5420508404634&spm=a21n57.sem.item.85&utparam=%7B%22aplus_abtest%22%3A%222226255d7f5646df6f0ad820e940d67b%22%7D&xxc=ad_ztc",', 'taobao', 'listing', '794325077017'),  # github-index:60987512459
    ('    "https://detail.tmall.com/item.htm?ali_refid=a3_430673_1006%3A1699417437%3AH%3AZdGLOeauRTQnaemL8oW1Fg%3D%3D%3Ab61173d442d31d8ad8389a4e32e5e5a9&ali_trackid=282_b61173d442d31d8ad8389a4e32e5e5a9&fpChannel=101&fpChannelSig=d57f12dd1c31f7029650404639e16b218d6dc040&id=1008162228363&loginBonus=1&mi_id=0000Yo-6GMXnb9yV-dZNKU-tjCpfz82T_y_TeunIiuCFYzE&mm_sceneid=1_0_6364333054_0&priceTId=2150456a17846217078748890e0fb9&skuId=6115232953462&spm=a21n57.sem.item.86&u_channel=bybtqdyh&umpChannel=bybtqdyh&utparam=%7B%22aplus_abtest%22%3A%2265735bbbe2d8d5ad1dd57a62af06d3bd%22%7D&xxc=ad_ztc"', 'tmall', 'listing', '1008162228363'),  # github-index:60987512459
    ('                    f"现价：{clean_price}元\\n点击立即购买{p_url}"', None, 'not-a-url', None),  # github-index:60987512459
    ("    'url': 'https://detail.tmall.com/item.htm?ali_refid=a3_420434_1006%3A1313280142%3AH%3A1xjsVODqXvwv82PI8ktdLA%3D%3D%3Af10fc6c5016b4724c78caa55ec92918c&ali_trackid=282_f10fc6c5016b4724c78caa55ec92918c&id=790650834799&mi_id=0000BFaMOIHGK01zRPdzhtQlQyiHNVxtjTUJY7Kl6OhNtkk&mm_sceneid=1_0_1232900106_0&skuId=5816083405219&spm=a21n57.1.item.3&utparam=%7B%22aplus_abtest%22%3A%22743049b2a3a7b22bd7ecf186f19a2fb6%22%7D&xxc=ad_ztc',", 'tmall', 'listing', '790650834799'),  # github-index:52632208471
    ("response = requests.get('https://p.zwjhl.com/price.aspx', params=params, cookies=cookies, headers=headers)", None, 'not-alibaba-host', None),  # github-index:52632208471
    ('| KS1A293 | OV9281  | Auto exposure disabled | [🛍️](https://item.taobao.com/item.htm?from=cart&id=673966141469&skuId=4847993832874&spm=a1z0d.6639537%2F202410.item.d673966141469.dbb27484URNhMv) |', 'taobao', 'listing', '673966141469'),  # github-index:45471371971
    ('| KS1A293 | OV9281 | Auto Exposure disabled | [🛍️](https://item.taobao.com/item.htm?from=cart&id=673966141469&skuId=4847993832874&spm=a1z0d.6639537%2F202410.item.d673966141469.dbb27484URNhMv) |', 'taobao', 'listing', '673966141469'),  # github-index:62994359722
    ('- [海康威视 DS-2XS6A25-ISGL/CH20S40（￥4315）](https://item.taobao.com/item.htm?from=cart&id=743196454162&skuId=5127299961563&spm=a1z0d.6639537%2F202410.item.d743196454162.5edb7484cQCDbx)', 'taobao', 'listing', '743196454162'),  # github-index:29348625883
    ('[产品链接](https://item.taobao.com/item.htm?from=cart&id=743196454162&skuId=5127299961563&spm=a1z0d.6639537%2F202410.item.d743196454162.5edb7484cQCDbx)', 'taobao', 'listing', '743196454162'),  # github-index:29497758475
    ('        "https://item.taobao.com/item.htm?skuId=999&id=1") == "1"  # id= 仍命中', None, 'malformed-id', None),  # github-index:66052805094; section 1: a one-digit id (malformed-id)
    ('            "https://item.taobao.com/item.htm?skuId=456&sid=abc",', None, 'missing-id', None),  # github-index:70934307275
    ("    const url = 'https://item.taobao.com/item.htm?skuId=6135978566251';", None, 'missing-id', None),  # github-index:55444224148; section 1: `skuId` names a variant, not the listing (missing-id)
    ("    expect(extractTaobaoItemId('https://detail.tmall.com/item.htm?skuId=1&id=593649663690')).toBe('593649663690')", 'tmall', 'listing', '593649663690'),  # github-index:60294963640
    ('        ("https://detail.tmall.com/item.htm?skuId=188", "tmall"),', None, 'missing-id', None),  # github-index:62005540268
    ('        ("https://item.taobao.com/item.htm?spm=abc", "taobao"),', None, 'missing-id', None),  # github-index:62005540268
    ('- [Air Slip Ring 2-way Air Side Outlet M5 Thread](https://detail.tmall.com/item.htm?_u=d2qf50kdb8b2&id=555594152568&skuId=3431370232744) *2', 'tmall', 'listing', '555594152568'),  # github-index:8157031445
    ('| 十字圆头螺丝 M2.5*10          | [链接](https://detail.tmall.com/item.htm?_u=g2bdtj0ff887&id=16908083014&spm=a1z09.2.0.0.ddaa2e8d5YZtxH) |', 'tmall', 'listing', '16908083014'),  # github-index:71074600043
    ('- https://detail.tmall.com/item.htm?_u=i1qhgis7fb7e&id=626358704662', 'tmall', 'listing', '626358704662'),  # github-index:27472149879
    ('| 8*6双面焊接洞洞板 | 1 | 3.33 | [洞洞板](https://detail.tmall.com/item.htm?_u=l20bv0ctvu6192&id=17952641393&skuId=5089150435057&spm=a1z09.2.0.0.67002e8dC8TkfS) |', 'tmall', 'listing', '17952641393'),  # github-index:40793089384
    ('机器人控制板-亚博 [亚博智能 ROS机器人控制器ROS2小车IMU电机驱动STM32扩展板JETSON-tmall.com天猫](https://detail.tmall.com/item.htm?_u=l2jo877id602&id=675486815782&spm=a1z09.2.0.0.4e582e8d6OKNeb)', 'tmall', 'listing', '675486815782'),  # github-index:47775349504; the title's `JETSON-tmall.com` is glued to Chinese text, no link: the target is read
    ('<a href="https://detail.tmall.com/item.htm?_u=m1vm4lrf259d&amp;id=521852354085">purchase link</a>.</p>', 'tmall', 'listing', '521852354085'),  # github-index:5214387305
    ('                # href = "//detail.tmall.com/item.htm?priceTId=2150425e17166399338625486e374b&id=520880796002&ns=1&abbucket=6"', 'tmall', 'listing', '520880796002'),  # github-index:30509089853
    ('<a class="doubleCardWrapper--_6NpK_ey" data-before-current-y="3197" data-spm="23" href="//detail.tmall.com/item.htm?priceTId=2147bf5617311472648075535eac66&amp;utparam=%7B%22aplus_abtest%22%3A%2260341b785f14f3471b761349cc1021e9%22%7D&amp;id=737578250115&amp;ns=1&amp;xxc=ad_ztc&amp;skuId=5795196271716" style="min-height: 400px;" target="_blank">', 'tmall', 'listing', '737578250115'),  # github-index:40566040963
    ("            url: 'https://detail.tmall.com/item.htm?priceTId=2150446017489502202358916e1c9c&utparam=%7B%22aplus_abtest%22%3A%2234818ccc5a8bd5fef82bbcad2568451f%22%7D&id=806919740337&ns=1&detail_redpacket_pop=true&query=%E5%88%B6%E5%86%B0%E6%9C%BA&xxc=ad_ztc&skuId=5484197516305&spm=a21n57.1.hoverItem.7&ltk2=1748950228574ocj4qt62vx0sikdrjygg9'", 'tmall', 'listing', '806919740337'),  # github-index:25218692034
    ("            image: '/models/NIVA.glb',", None, 'not-a-url', None),  # github-index:25218692034
    ('    "https://item.taobao.com/item.htm?scm=1007.12807.84406.100200300000004&id=549951794075&pvid=4d722218-6281-4fe3-8ef5-230a244534d6")', 'taobao', 'listing', '549951794075'),  # github-index:29161317190
    ('        "url": "//item.taobao.com/item.htm?scm=1007.13982.82927.0&id=591107748490&last_time=1594896161",', 'taobao', 'listing', '591107748490'),  # github-index:10508293492
    ("        url ='https://item.taobao.com/item.htm?scm=1007.12493.92624.100200300000005&id=549816031459&pvid=ccf56d0c-3737-4863-ab35-206b76d014d3'", 'taobao', 'listing', '549816031459'),  # github-index:39159830032
    ('     <div class="service-rmd-list clearfix" data-spm-ab="rmds-1" data-spm-ab-max-idx="6"><a href="//item.taobao.com/item.htm?scm=1007.12807.84406.100200300000004&amp;id=568514504500&amp;pvid=23abc2f2-14c9-49fa-b8ed-e27722ae2c8c" ', 'taobao', 'listing', '568514504500'),  # github-index:45866077644 (a saved page; the line cut after the attribute)
    ("              'http://item.taobao.com/item.htm?scm=1007.11502.21311.100200300000003&id=558470001549&pvid=9728a94a-d8de-4899-aba6-3407d406b502',", 'taobao', 'listing', '558470001549'),  # github-index:41757582437
    ('DEFAULT_URL="https://item.taobao.com/item.htm?scm=1007.12493.92624.100200300000005&id=549816031459&pvid=ccf56d0c-3737-4$"', 'taobao', 'listing', '549816031459'),  # github-index:38875332916
    ('            System.Diagnostics.Process.Start("IEXPLORE.EXE", "https://item.taobao.com/item.htm?scm=1007.13982.82927.0&id=566098255025&last_time=1521528109");', 'taobao', 'listing', '566098255025'),  # github-index:41731243881
    ('            "url": "http://ju.mmstat.com/?url=http://item.taobao.com/item.htm?scm=1007.68.0.0&id=16103301848&pvid=08e2306f-246e-4872-9c8e-8a86c9456327&ad_id=&am_id=&cm_id=&pm_id=1501045091eb4b020ccb",', None, 'not-alibaba-host', None),  # github-index:38885546012; Alibaba's click-tracking redirect host, no marketplace (not-alibaba-host)
    ('            "pic": "http://img04.taobaocdn.com/bao/uploaded/i4/12276022110145494/T1FWtTXDJaXXXXXXXX_!!0-item_pic.jpg",', None, 'not-alibaba-host', None),  # github-index:38885546012; Alibaba's image host, no marketplace (not-alibaba-host)
    ('                            <a href="http://item.taobao.com/item.htm?scm=12306.300.0.0&id=521827953337" target=\'_blank\' ><i class="fa fa-cart-arrow-down"></i> 购买</a>', 'taobao', 'listing', '521827953337'),  # github-index:19242968370
    ('export const offerUrl = (offerId: string) => `https://detail.1688.com/offer/${offerId}.html`;', None, 'missing-id', None),  # github-index:71552894612
    ('  // detail.1688.com/offer/{id}.html', None, 'missing-id', None),  # github-index:60089681642
    ('    Body: {"urls": ["https://detail.1688.com/offer/xxx.html", ...]}', None, 'malformed-id', None),  # github-index:63637439162; an ASCII placeholder word where the offer id goes (malformed-id)
    ('    "a[href*=\'detail.1688.com/offer/\']",', None, 'missing-id', None),  # github-index:57729551162
    ('DETAIL_URL_PATTERN = "https://detail.1688.com/offer/{offer_id}.html"', None, 'missing-id', None),  # github-index:51852257897
    ('    ["CJ4", "派对礼物50ml玻璃空容器12pk", "https://detail.1688.com/offer/示例.html", "", "[]", "玻璃瓶", "玻璃", "收纳", "普货", "10", "10", "5", "0.5", "5"]', None, 'missing-id', None),  # github-index:56089463567
    ('        "https://detail.1688.com/offer/705821334436.html",', '1688', 'listing', '705821334436'),  # github-index:69678263912
    ('    <td><a href="http://www.aliexpress.com/item/Free-Shipping-5pcs-LM35-LM35D-LM35DZ-TO-92-CENTIGRADE-TEMPERATURE-SENSOR-IC/900246222.html">Aliexpress</a></td>', 'aliexpress', 'listing', '900246222'),  # github-index:3617928794
    ('Silahkan klik [di sini](https://www.aliexpress.com/item/Free-shipping-5PCS-TIG056BF-TIG056-TO-220F-IGBT400V/32443316751.html) untuk membelinya.', 'aliexpress', 'listing', '32443316751'),  # github-index:30237177450
    ('[https://ru.aliexpress.com/item/Free-shipping-RFID-learning-kit-upgraded-version-starter-kit-for-arduino/2044999580.html](StarterKit)', None, 'not-a-url', None),  # github-index:43409114309; docs/listings.md: a Markdown link's relative target `(StarterKit)` is where it leads, whatever it shows (not-a-url)
    ('- Relay KY-019 (https://www.aliexpress.com/item/Free-shipping-1-Channel-5V-Relay-Module-for-arduino-1-Channel-realy-KY-019-For-PIC/32562505363.html)', 'aliexpress', 'listing', '32562505363'),  # github-index:11588259449
    ('- http://www.aliexpress.com/item/Free-Shipping-40Pin-2-54mm-male-Single-Row-40P-single-Row-20pcs-40-pins-pin-header/1324468140.html', 'aliexpress', 'listing', '1324468140'),  # github-index:2418397320
    ('- [Arduino Pro Mini **3.3V / 8MHz**](https://de.aliexpress.com/item/Free-Shipping-1pcs-pro-mini-atmega328-Pro-Mini-328-Mini-ATMEGA328-3-3V-8MHz-for-Arduino/32340942669.html)', 'aliexpress', 'listing', '32340942669'),  # github-index:22778803154
    ("\t\t\t\t\t\tdocument.location.href = 'https://aliexpress.com/i/'+id[2]+'.html';", None, 'missing-id', None),  # github-index:46309811597
    ('    RflyPilot在工作时对电源功率有一定的要求，这里推荐读者使用[PM06](https://item.taobao.com/item.htm?abbucket=6&id=672144201759&ns=1&spm=a21n57.1.0.0.aa48523cB5cd8x&skuId=4837788524900)电源模块。', 'taobao', 'listing', '672144201759'),  # github-index:35281286657
    ('*               TI教育无人机品质供应商，开源-教学-培养-竞赛,盘古 TI MCU系统板 NController多功能控制器https://item.taobao.com/item.htm?abbucket=19&id=697442280363 ', 'taobao', 'listing', '697442280363'),  # github-index:67475049675
    ('*               淘宝店铺：https://namelesstech.taobao.com/', 'taobao', 'storefront', 'namelesstech'),  # github-index:67475049675
    ('            //Geta("https://detail.tmall.com/item.htm?de_count=1&id=711237195274");', 'tmall', 'listing', '711237195274'),  # github-index:45290146143
    ('            var a= WinInetHelper.GetCookieString("https://item.taobao.com/");', None, 'missing-id', None),  # github-index:45290146143; listing-urls.md section 11: a listing host's bare root (`detail.tmall.com/`) has no id
    ('<https://detail.tmall.com/item.htm?de_count=1&id=709064714885&skuId=5148947539712> ', 'tmall', 'listing', '709064714885'),  # github-index:1422627328
    ('<https://item.jd.com/100038005193.html>  ', None, 'not-alibaba-host', None),  # github-index:1422627328
    ('page.get("https://item.taobao.com/item.htm?abbucket=9&id=963897523790&mi_id=0000cDI3v5GusWamC1nL_54D-XKzEwmg_Qpoxymztk6gkhA&ns=1&priceTId=2150486917870607141273687e1a8d&skuId=5906400897838&spm=a21n57.1.hoverItem.11&utparam=%7B%22aplus_abtest%22%3A%22e6b2866f047fab0eb7a2ffb332e47d6f%22%7D&xxc=taobaoSearch")', 'taobao', 'listing', '963897523790'),  # github-index:71432128140
    ('    base_url="https://api.deepseek.com")', None, 'not-alibaba-host', None),  # github-index:71432128140
    ('3. [点击这里](https://item.taobao.com/item.htm?abbucket=16&detail_redpacket_pop=true&id=906794552661&ltk2=17440907659690jpsj3h7uiismft7vle37&ns=1&skuId=5933796995638) 可以跳转我们的淘宝店铺，选购经过我们精心微调的机械臂和手柄套装', 'taobao', 'listing', '906794552661'),  # github-index:46161328381
    ('2. 更多讨论和交流可以加入QQ群：948755626', None, 'not-a-url', None),  # github-index:46161328381
    ('- [42步进电机-L40](https://item.taobao.com/item.htm?abbucket=5&id=682797640293&ns=1&spm=a21n57.1.0.0.6903523cZRZY1D&skuId=5057239338765) + [闭环控制器Emm42工业版](https://item.taobao.com/item.htm?abbucket=5&id=673302946671&ns=1&spm=a21n57.1.0.0.6903523cZRZY1D&skuId=5032954871240) *2', 'taobao', 'listing', '682797640293'),  # github-index:8785867380
    ('- [MHL2-16D夹爪气缸](https://item.taobao.com/item.htm?id=537049565191&spm=a1z0d.6639537/tb.1997196601.34.257c7484ZwafTI&skuId=3206052770907) *2', 'taobao', 'listing', '537049565191'),  # github-index:8785867380
    ('- [气滑环 2路气 侧边出气M5牙](https://detail.tmall.com/item.htm?_u=d2qf50kdb8b2&id=555594152568&skuId=3431370232744)*2', 'tmall', 'listing', '555594152568'),  # github-index:8785867380
    ('【闲鱼】https://m.tb.cn/h.ijsGJPw?tk=P1EI523r95G HU926 「我在闲鱼发布了【国民技术 N32H765 USB 8路CANFD板子:】」 点击链接直接打开', None, 'short-link', None),  # github-index:51966769476
    ('        print("验证失败，请联系【闲鱼】https://m.tb.cn/h.TQrD4j3?tk=l3kmeXpUvUA")', None, 'short-link', None),  # github-index:12650090199
    ('4. 一块触摸屏，需要支持1280*720@60Hz，并符合框体的工作模式。确定触摸屏是否能用的步骤详见https://github.com/spice2x/spice2x.github.io/wiki/Configuring-touch-screens-as-subscreen。我买的是这个（不是广告）：【闲鱼】https://m.tb.cn/h.5EIeHuV?tk=HW5sWNI4zR2 HU7632 「快来捡漏【触摸 理想 L9 便携显示器便携屏 13.3 寸switch】」', None, 'not-alibaba-host', None),  # github-index:15109975461; a line's first link decides
    ('- 1.在主页添加闲鱼链接：【闲鱼】https://m.tb.cn/h.iwKuWmw?tk=E4yT5mfonNv HU293 「我在闲鱼发布了【生图、生视频提示词代找。】」', None, 'short-link', None),  # github-index:58155888801
    ('【闲鱼】https://m.tb.cn/h.g0mERg8?tk=nnQ5WIgrI8s CZ3458 「快来捡漏【【自动发货】闲鱼虚拟自动发货教程，闲鱼官方网站的一种方法，很】」', None, 'short-link', None),  # github-index:51765963860
    ('### [咸鱼网站](https://www.goofish.com/)', None, 'not-a-listing', None),  # github-index:51765963860
    ('    """★ 맨 `https?://[^\\s]+`는 「」·。 을 URL에 물고 들어간다 — 그게 3벌 정규식의 실제 증상이었다."""', None, 'not-a-url', None),  # github-index:66530745152
    ('        url = "https://www.lazada.sg/products/pdp-i3569143997.html"', 'lazada_sg', 'listing', '3569143997'),  # github-index:52983413310
    ('  productUrl: "https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html",', 'lazada_sg', 'listing', '2896336114'),  # github-index:57776575525
    ('- Product detail URL pattern: `https://www.lazada.sg/products/pdp-i<itemId>.html`', None, 'missing-id', None),  # github-index:55530892056
    ('      "https://www.lazada.sg/products/pdp-i301118872-s527230478.html?price=12.96&stock=1",', 'lazada_sg', 'listing', '301118872'),  # github-index:57430672756
    ('      "https://www.lazada.sg/products/pdp-i301118872-s527230478.html";', 'lazada_sg', 'listing', '301118872'),  # github-index:57565775221
    ('    candidates: [{ url: "https://www.lazada.sg/products/pdp-i123.html" }],', None, 'malformed-id', None),  # github-index:67489384123
    ('      "https://www.lazada.sg/products/pdp-i301118872-s527230478.html?price=12.12";', 'lazada_sg', 'listing', '301118872'),  # github-index:57351885960
    ('    url: "https://www.lazada.sg/products/pdp-i13933878257-s124956048317.html"', 'lazada_sg', 'listing', '13933878257'),  # github-index:70251842320
    ('    # url = "https://www.lazada.sg/products/pdp-i301078910-s527100805.html"', 'lazada_sg', 'listing', '301078910'),  # github-index:19391419690

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

test_the_planner_accounts_for_every_line = planner_test(ALL)
