"""Sweep realurls57 of listing URLs (notes in /work/notes/sweep-realurls57.md): 182 real strings
from public code, Markdown, HTML, SQL, CSV and JSON (Java, Go, PHP, JS, Python and C# string
literals; Chinese crawler, price-tracker and affiliate code; ``【天猫】`` share text; agent and
redirect links with a percent-encoded listing; JSON with escaped slashes, ``https:\\/\\/``),
found by queries the earlier sweeps had not used: item-id and offer-id prefixes
(``item.taobao.com/item.htm?id=57``, ``=61``, ``=64``, ``detail.tmall.com/item.htm?id=59``,
``=64``, ``=7``, ``detail.1688.com/offer/63``, ``/7``, ``aliexpress.com/item/33``, ``/1005006``,
``/1005007``, ``alibaba.com/product-detail/16``, ``goofish.com/item?id=7``),
``detail.tmall.com/item.htm?abbucket=``, ``detail.tmall.com/item.htm?spm=a1z10.3-b``,
``item.htm?spm=a1z10.1-c-s.w4004``, ``.html?spm=a2700.7724857``,
``detail.tmall.hk/hk/item.htm?id=``, ``lazada.vn/products/``, ``lazada.sg/products/pdp-i``,
``api.lazada.com.my/rest``, ``detail.taobao.com/item.htm?id=``, ``【天猫】https://``, store pages
(``.tmall.com/shop/view_shop.htm?spm=``, ``aliexpress.com/store/11``, ``.1688.com/page/offerlist``),
``m.intl.taobao.com/detail/detail.html?id=``, ``item.taobao.com%2Fitem.htm%3Fid%3D`` and
``https:\\/\\/item.taobao.com\\/item.htm`` (and its 1688, Lazada and AliExpress forms). None
was in an earlier table: 513 strings were collected, the others already were (all those of
``s.lazada.com.my/s.``, ``s.lazada.co.id/s.``, ``【淘宝】https://m.tb.cn/h.``,
``【闲鱼】https://m.tb.cn/``, ``item.tmall.com/item.htm?id=``, ``aliexpress.ru/item/1005``,
``lazada.co.id/products/`` and ``.en.alibaba.com/product/``, and all but one or two of
``item.htm?ft=t&id=``, ``aliexpress.us/item/3256`` and ``aliexpress.com/item/4000``, among
them), or repeated one another. Some rows are the search's excerpts of a longer line, cut at
the excerpt's edge.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_56.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md before
``parse_listing`` ran; where the parser answered otherwise and was kept, the row's comment says
why the notes, docs/listings.md or an earlier table decide as the parser does. No parser change:
every disagreement was decided by the docs.
"""

from __future__ import annotations

from _real_urls import canonical_test, planner_test, table_tests

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('- [商品链接 1：天空星 STM32F407VGT6/相关 SKU](https://detail.tmall.com/item.htm?id=557404587025)', 'tmall', 'listing', '557404587025'),  # github-index:70869574948
    ('\t\t1.stlinkv2，淘宝链接：[ST-LINK V2...-tmall.com天猫](https://detail.tmall.com/item.htm?id=721142227129&ali_refid=a3_430673_1006:1303560141:N:MXngtKJe48FnLBBMs3rZaA%3D%3D:a3c982211afb044e926e470a3f023497&ali_trackid=1_a3c982211afb044e926e470a', 'tmall', 'listing', '721142227129'),  # github-index:37914791548
    ("        html: 'https://detail.tmall.com/item.htm?id=783593949262&pisk=gpAxn4Yt30mcw1OArEkus28zgkuuDYY4mn8QsGj0C3KJRercCGD2XOKM4OOciEx8uQKLsSmq3FNOs1inxXcHuZ5N1DjfMYiz0NQ31fj1c_1VSkGd37GHuESaklgHFXqOD3205", 'tmall', 'listing', '783593949262'),  # github-index:10708738392
    ('\t\tSpider.create(testPageProcessor).addUrl("https://detail.1688.com/offer/588461034948.html?spm=a262eq.14421251.k99yqobl0.10.62531b27P60jaC&udsPoolId=1823021&resourceId=1442978").addPipeline(test', '1688', 'listing', '588461034948'),  # github-index:27945193549
    ('const productURL = "https://www.aliexpress.us/item/3256808490767070.html?spm=a2g0o.productlist.main.1.3b56KLUiKLUiUh&algo_pvid=a1b1f0de-8e35-4eca-aabc-0f0b91e87198&algo_exp_id=a1b1f0de-8e35-4eca-aabc-0f0b9', 'aliexpress', 'listing', '3256808490767070'),  # github-index:23235280240
    ('  https://www.aliexpress.us/item/2251832860926249.html', 'aliexpress', 'listing', '2251832860926249'),  # github-index:47233720975
    ("  const dom=new JSDOM(`<title>${title}</title>${html}`,{url:'https://www.goofish.com/item?id=7',runScripts:'outside-only'});", None, 'malformed-id', None),  # github-index:69583001388
    ('            "url": "https://www.goofish.com/item?id=789",', None, 'malformed-id', None),  # github-index:67405634053
    ('        page = FakePage(url="https://www.goofish.com/item?id=7")', None, 'malformed-id', None),  # github-index:71620415278
    ("# url01 = 'https://h5.m.goofish.com/item?id=755301370265&ut_sk=1.YL6ESJku4kgDACsKcDYRBY9T_12431167_1708233939663.Copy.detail.755301370265.783971192&forceFlush=1&ownerId=ce80d2f2362d8f048dd8033c7a", 'taobao', 'listing', '755301370265'),  # github-index:13227858033
    ('    assert item.url == "https://www.goofish.com/item?id=77"', None, 'malformed-id', None),  # github-index:66143628350
    ('    { id:"702861413513", url:"https://www.goofish.com/item?id=702861413513", titulo:"Estuche EVA 26×23×10 con divisores", precio_cny:10,', 'taobao', 'listing', '702861413513'),  # github-index:58827668089
    ('            placeholder={"https://item.taobao.com/item.htm?id=123456\\nhttps://www.goofish.com/item?id=789012\\n..."}', 'taobao', 'listing', '123456'),  # github-index:58024856925
    ('* v3版本源码购买地址（淘宝） https://item.taobao.com/item.htm?id=746326947806', 'taobao', 'listing', '746326947806'),  # github-index:28316681819
    ('* v3版本源码购买地址（闲鱼） https://h5.m.goofish.com/item?id=744350097882', 'taobao', 'listing', '744350097882'),  # github-index:28316681819
    ('      <a href="https://www.goofish.com/item?id=700001">', 'taobao', 'listing', '700001'),  # github-index:68387923024
    ('  2.9" DP→MIPI kit ($149.99). [PROVEN: https://www.aliexpress.com/item/32832376262.html ,', 'aliexpress', 'listing', '32832376262'),  # github-index:70585243720
    ('h the [Faces QWERTY](https://www.aliexpress.com/item/4001317282096.html) I2C keyboard and a [joiny thinger](https://www.aliexpress.com/item/4000370323525.html).', 'aliexpress', 'listing', '4001317282096'),  # github-index:44497051495
    ('* [Various uFL to SMA adapters](https://www.aliexpress.com/item/4000166668788.html?spm=a2g0o.productlist.0.0.2c386be8fN3oCH&algo_pvid=6da3d77b-f49d-4e6b-8dba-c9c7446cd7b4&algo_expid=6da3d7', 'aliexpress', 'listing', '4000166668788'),  # github-index:9911211325
    ('            "https://item.taobao.com/item.htm?id=456",', None, 'malformed-id', None),  # github-index:68744064413
    ('[7]: https://item.taobao.com/item.htm?id=39111711624', 'taobao', 'listing', '39111711624'),  # github-index:8332420448
    ('                        href="https://www.alibaba.com/product-detail/16-Pack-set-kitchen-Microwave-Refrigerator_1600543925862.html?spm=a2700.product_home_l0.just_for_you.6"', 'alibaba_com', 'listing', '1600543925862'),  # github-index:12586983083
    ('      "detail_url": "https://www.alibaba.com/product-detail/1601206892606.html",', None, 'missing-id', None),  # github-index:9029205658
    ('        url="https://www.alibaba.com/product-detail/1600000000000.html",', None, 'missing-id', None),  # github-index:62374102805
    ('- **Alibaba:** https://www.alibaba.com/product-detail/16GB-Class-10-SD-Memory-Card_1601219994272.html', 'alibaba_com', 'listing', '1601219994272'),  # github-index:55676141616
    ("          link: 'https://www.alibaba.com/product-detail/1600189276392.html',", None, 'missing-id', None),  # github-index:46276004132
    ('const ALIBABA = "https://www.alibaba.com/product-detail/16-in-1-Air-Quality_1601234567890.html";', 'alibaba_com', 'listing', '1601234567890'),  # github-index:62606196278
    ("      link: 'https://www.alibaba.com/product-detail/1600798906682',", None, 'missing-id', None),  # github-index:67305703159
    ('      productUrl: "https://www.alibaba.com/product-detail/1600123456789.html",', None, 'missing-id', None),  # github-index:69312436788
    ('        ["https://www.alibaba.com/product-detail/1600000000000.html"],', None, 'missing-id', None),  # github-index:62027116083
    ("| ![](http://pic.airijia.com/doc/20181122164130.png ':size=200')| 创客温湿度套件 |  [![买买买](http://cdn.airijia.com/b6eca8da724952cc0251.gif ':size=150')](https://item.taobao.com/item.htm?id=577014079869) |  ", None, 'not-alibaba-host', None),  # github-index:34069018158
    ('- TTL-USB 调试工具（推荐使用这个，保证足够的电压电流）：https://item.taobao.com/item.htm?id=565546260974', 'taobao', 'listing', '565546260974'),  # github-index:3899486179
    ('</a><a class="recommend-img-wrapper triggerClick" data-index="25" href="//item.taobao.com/item.htm?id=570234141472&amp;scm=1007.18975.103645.0&amp;pvid=ba92b609-b478-4631-9069-45855a11afce&amp;utparam=%7B', 'taobao', 'listing', '570234141472'),  # github-index:22149599196
    ('我们先来看看实验所使用的7寸RGB屏 (电容触摸) 的参数介绍：[**点击购买>>**](https://item.taobao.com/item.htm?id=648501507047)', 'taobao', 'listing', '648501507047'),  # github-index:18385419166
    ('// https://item.taobao.com/item.htm?id=643573104607', 'taobao', 'listing', '643573104607'),  # github-index:14979378481
    ('\t\tdevice.setDetailUrl(LanguageUtil.isChinese(getActivity()) ? "https://item.taobao.com/item.htm?id=642013674650" : "https://www.populife.co/products/smart-keybox");', 'taobao', 'listing', '642013674650'),  # github-index:67395005300
    ('                  href="https://item.taobao.com/item.htm?id=643703118742"', 'taobao', 'listing', '643703118742'),  # github-index:35996192656
    ("url = 'https://item.taobao.com/item.htm?id=649820697321&ali_refid=a3_430582_1006:1377200012:N:h3Xlj6rOOjyiJDcV2Dtgpn2trDRs9%2Fqc:d1ac90ad770f8b20", 'taobao', 'listing', '649820697321'),  # github-index:44808073396
    ('    - Taobao: "649752139926" or "https://item.taobao.com/item.htm?id=649752139926"', 'taobao', 'listing', '649752139926'),  # github-index:53138554714
    ('    - Tmall: "https://detail.tmall.com/item.htm?id=649752139926"', 'tmall', 'listing', '649752139926'),  # github-index:53138554714
    ('深度相机-奥比中光 [Astra Pro Plus深度相机摄像头双目ROS视觉SLAM奥比中光Gemini-淘宝网](https://item.taobao.com/item.htm?id=646073233035&ns=1&priceTId=2147bfde17262255402252384e1c34&skuId=5585744153495&spm=a21n57.1.item.5.7493', 'taobao', 'listing', '646073233035'),  # github-index:47775349504
    ('|**riscv64**|INFER_CPU0|RV64 C906|CPU|[Nezha D1](https://item.taobao.com/item.htm?id=644378932175)|', 'taobao', 'listing', '644378932175'),  # github-index:1401619386
    ('  <td style="background-color:rgb(232,232,232,0.5) "colspan="3" align="center"><a href="https://item.taobao.com/item.htm?id=649168790397)"><font style="font-size:16px"> Raspberry Pi Pico</font></a> </td>', 'taobao', 'listing', '649168790397'),  # github-index:3711445395
    ('| Robot Main Controller | 1 piece                 | [Link](https://item.taobao.com/item.htm?id=643604114830)            | 899        |', 'taobao', 'listing', '643604114830'),  # github-index:27579949806
    ('| DC Head 0.1m       | [Link](https://detail.tmall.com/item.htm?id=598354258377)           | 2      |', 'tmall', 'listing', '598354258377'),  # github-index:27579949806
    ("    url= 'https://detail.tmall.com/item.htm?id=591050810174&skuId=4053750992099'", 'tmall', 'listing', '591050810174'),  # github-index:47224777159
    ('              goodsLink: "https://detail.tmall.com/item.htm?id=595735103244&spm=a21bz.7725275.1998564545.1.2e245fc2SVQnDL&umpChannel=qianggou&u_channel=qianggou"', 'tmall', 'listing', '595735103244'),  # github-index:8002989610
    ("# # get_tianmao_shopname('https://detail.tmall.com/item.htm?id=596670968366&ali_trackid=2:mm_26846744_880750142_109471300057:1573194009_171_694674820&ak=24698276')", 'tmall', 'listing', '596670968366'),  # github-index:18113568229
    ("INSERT INTO `tb_content` VALUES ('33', '4', '嘉士利果乐果香夹心饼干680g', NULL, NULL, 'https://detail.tmall.com/item.htm?id=594097100883&pid=mm_434580033_555150379_109013800489', NULL, NULL, NULL, NULL, '1', '拍下立减', '2件减5元', N", 'tmall', 'listing', '594097100883'),  # github-index:30330502857
    ('CAN设备使用[维特USB-CAN模块](https://detail.tmall.com/item.htm?id=598670674373&skuId=4483773298672)', 'tmall', 'listing', '598670674373'),  # github-index:55371219284
    ("    await searchStringParser('https://detail.tmall.com/item.htm?id=595954825798&ft=t'),", 'tmall', 'listing', '595954825798'),  # github-index:12288034918
    ('参考 [**wavgat**](https://wavgat.tmall.com/) 的MOS管驱动模块', 'tmall', 'storefront', 'wavgat'),  # github-index:40076879421
    ('https://detail.tmall.com/item.htm?id=599634712152', 'tmall', 'listing', '599634712152'),  # github-index:40076879421
    ('家用是[不需要用7类网线][5]，用超6类就够了。大概[￥2.8每米](https://detail.tmall.com/item.htm?id=592380154094)', 'tmall', 'listing', '592380154094'),  # github-index:45313690344
    ('* [AS608 / FM-40 / FM-70](https://detail.tmall.com/item.htm?id=598280627281&ali_refid=a3_430673_1006:1235000100:N:ThHgLOSj5YLjWoNhM2F+STVt9Q0NFo+R:ae298bc5c71974ee3e', 'tmall', 'listing', '598280627281'),  # github-index:2304530389
    ('- [14-Core Shielded Cable TRVVSP4](https://detail.tmall.com/item.htm?id=649477061772) ⨉2 meters', 'tmall', 'listing', '649477061772'),  # github-index:32203591338
    ('- [MX1.25-6P 150mm Cable](https://item.taobao.com/item.htm?id=607231799768) ⨉4', 'taobao', 'listing', '607231799768'),  # github-index:32203591338
    ('焊接排针】TB6612双路驱动模块带稳压版【多仓发货 大部分区域次日达】 | 1    | 42   | 作为减速电机驱动板                            | https://detail.tmall.com/item.htm?id=645944642035&mi_id=0000f1McOXaTAUkE5JDB20mGM-qJVSsq2O8KxCeTOCk2usU&pvid=00aae127-ba56-418c-b5e4-3ec6f6', 'tmall', 'listing', '645944642035'),  # github-index:2959313930
    ("  'https://detail.tmall.com/item.htm?id=660494576505',", 'tmall', 'listing', '660494576505'),  # github-index:41563034092
    ("  'https://detail.tmall.com/item.htm?id=641871915466',", 'tmall', 'listing', '641871915466'),  # github-index:41563034092
    ("  'https://detail.tmall.com/item.htm?id=669217539402',", 'tmall', 'listing', '669217539402'),  # github-index:41563034092
    ('| 淘宝/天猫 | https://detail.tmall.com/item.htm?id=649479273712 |', 'tmall', 'listing', '649479273712'),  # github-index:70107857092
    ('| 京东 | https://item.jd.com/10211463817676.html |', None, 'not-alibaba-host', None),  # github-index:70107857092
    ('                                          // src="https://detail.tmall.com/item.htm?id=644946427084&spm=a2141.241046-global.feeds.d_8_0.1b4b6f117vvQE6&country=GLOBAL&pvid=ffd29c66-39c4-477f', 'tmall', 'listing', '644946427084'),  # github-index:7574271778
    ('    assert canonical_url("https://detail.tmall.com/item.htm?id=648878452873&skuId=1") == "https://item.taobao.com/item.htm?id=648878452873"', 'tmall', 'listing', '648878452873'),  # github-index:56914710788
    ("url = 'https://detail.tmall.com/item.htm?id=644742788225&ali_refid=a3_430673_1006:1152053504:N:emtiAWsF8%2Bzhhxaiwzc0Aw%3D%3D:f293dfc8fe386e177a55", 'tmall', 'listing', '644742788225'),  # github-index:44439653732
    ('    "https://detail.tmall.com/item.htm?id=644956601075&ali_refid=a3_430583_1006:1123397704:N:y3PNKr3XJ12utMymM/mooQ==:8be43003608f1b0d5114253118', 'tmall', 'listing', '644956601075'),  # github-index:38153643964
    ('\t\t# "https://mdskip.taobao.com/mobile/queryH5Detail.htm?itemId=646958187838"', None, 'not-a-listing', None),  # github-index:18881524693
    ('\t\t"https://detail.tmall.com/item.htm?id=646958187838"', 'tmall', 'listing', '646958187838'),  # github-index:18881524693
    ('thai\\":false},{\\"title\\":\\"2021新款儿童太阳镜时尚猫耳朵墨镜小孩装饰眼镜可爱宝宝太阳眼镜\\",\\"so_luong\\":1,\\"TrangWeb\\":\\"https://detail.1688.com/offer/638373020450.html?spm=a260j.18362.1996471337.3.45e97fa29mkrmw\\",\\"link_anh\\":\\"https://cbu01.alicdn.co', '1688', 'listing', '638373020450'),  # github-index:6877258704
    ('     "url": "https://detail.1688.com/offer/636568175955.html",', '1688', 'listing', '636568175955'),  # github-index:56454641744
    ("    purchase_url: 'https://detail.1688.com/offer/',", None, 'missing-id', None),  # github-index:40666754474
    ("    purchase_url_all: 'https://detail.1688.com/offer/635819118296.html',", '1688', 'listing', '635819118296'),  # github-index:40666754474
    ('     * <p><a href="https://detail.1688.com/offer/631960323816.html">https://detail.1688.com/offer/631960323816.html</a></p>', '1688', 'listing', '631960323816'),  # github-index:61072451554
    ('                url: "https://detail.1688.com/offer/631341067041.html?spm=a26352.13672862.offerlist.82.5b6c78e4cY4zZI"', '1688', 'listing', '631341067041'),  # github-index:13890764351
    ('      link: "https://detail.1688.com/offer/633293529811.html",', '1688', 'listing', '633293529811'),  # github-index:53190055222
    ('🔗 链接：https://detail.1688.com/offer/633830968371.html', '1688', 'listing', '633830968371'),  # github-index:52109859557
    ('    ["Narayanganj Textile", "01888007788", "https://detail.1688.com/offer/633112244556.html", "1688", "Grey fabric roll 180 GSM", 3000],', '1688', 'listing', '633112244556'),  # github-index:68476283054
    ("    ali_link: 'https://www.aliexpress.us/item/3256806570344370.html',", 'aliexpress', 'listing', '3256806570344370'),  # github-index:1674963947
    ("      supplier_link: 'https://detail.1688.com/offer/635790714643.html',", '1688', 'listing', '635790714643'),  # github-index:1674963947
    ('      value: new URL("https://www.aliexpress.com/item/1005006123456789.html"),', 'aliexpress', 'listing', '1005006123456789'),  # github-index:66219237488
    ('- [JSN-SR04T Ultrasonic Sensor](https://pt.aliexpress.com/item/1005006320348756.html)', 'aliexpress', 'listing', '1005006320348756'),  # github-index:30378640178
    ('https://www.aliexpress.com/item/1005006005040320.html', 'aliexpress', 'listing', '1005006005040320'),  # github-index:40657415573
    ('https://www.aliexpress.com/item/1005006800593966.html)', 'aliexpress', 'listing', '1005006800593966'),  # github-index:60280149548
    ('* a ESP32 with [SIM800L](https://de.aliexpress.com/item/33045221960.html)', 'aliexpress', 'listing', '33045221960'),  # github-index:2904138083
    ('  or [A7670](https://de.aliexpress.com/item/1005006477044118.html)', 'aliexpress', 'listing', '1005006477044118'),  # github-index:2904138083
    ('- 3.9" 320x320 https://www.aliexpress.com/item/1005006170307995.html?pdp_npi=4%40dis%21CZK%21CZK%20299.00%21CZK%20299.00%21%21%2112.09%2112.09%21%40211b81', 'aliexpress', 'listing', '1005006170307995'),  # github-index:23309611058
    ('- [**ESP32-S3 Development Board 4.0" 480 x 480 Smart Display**](https://vi.aliexpress.com/item/1005006478501734.html) - Recommended by mverch🇩🇪, comes prebuilt with an integrated ESP32 chip.', 'aliexpress', 'listing', '1005006478501734'),  # github-index:10965744938
    ('* 1.3 Inch OLED Screen SH1106 [[AliExpress](https://www.aliexpress.com/item/1005006862867338.html)]', 'aliexpress', 'listing', '1005006862867338'),  # github-index:54750929348
    ("const SOURCE = 'https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist.main.1.5b1e';", 'aliexpress', 'listing', '1005006123456789'),  # github-index:71591544263
    ('[5V DC-DC Step-Up Power Modules](https://www.aliexpress.com/item/1005006438496545.html) on aliexpress for a nice price (SG$1.62 for 5),', 'aliexpress', 'listing', '1005006438496545'),  # github-index:48166136093
    ('- 3.3V DC-DC Step Down Power Supply https://www.aliexpress.com/item/32880983608.html', 'aliexpress', 'listing', '32880983608'),  # github-index:1225332204
    ('- LED Strip (yes, no Matrix) (https://www.aliexpress.com/item/32619222937.html)', 'aliexpress', 'listing', '32619222937'),  # github-index:34097141949
    ('  ["tmall detail", "https://detail.tmall.com/item.htm?id=6789012345"],', 'tmall', 'listing', '6789012345'),  # github-index:59793291338
    ('- 烙铁+焊锡：[https://detail.tmall.com/item.htm?abbucket=10&id=604287077536&ns=1&skuId=4403291878306&spm=a21n57.1.0.0.2245523cgBxOHu](https://detail.tmall.co', None, 'lookalike-host', None),  # github-index:24117168371; excerpt cut in a Markdown link's target; docs/listings.md: a Markdown link's target is where it leads, so the cut target's host decides (read first as tmall listing)
    ('光源控制器：[数字8通道光源控制器](https://detail.tmall.com/item.htm?abbucket=1&id=656543446110&rn=21d65f2d271defe4d3b29e10ced9b2a5&spm=a1z10.5-b.w4011-23573612475.52.201646d6ZWI', 'tmall', 'listing', '656543446110'),  # github-index:6925829757
    ("                                referenceUrl: 'https://detail.tmall.com/item.htm?abbucket=16&id=842945746597&ns=1&pisk=fdNsLROiaoFUVzXNFEQEFbJgCBGjHo1yfEgYrrdwkfhtDJaucc7cIfyIckEIXC7GIxnbjfH", 'tmall', 'listing', '842945746597'),  # github-index:14220534372
    ('        |1                |$14.31    |$14.31  |$14.31        |$12.36        |$1.83         |https://detail.tmall.com/item.htm?abbucket=10&id=617450807815&pisk=haVnhu_M-U1gsNB9ovmTOubTxOCvjU4bu0dpUXrGUuUYpYRK9Y7uccd-p9ZRrRqzfvnEvwGoUurE', 'tmall', 'listing', '617450807815'),  # github-index:55674184181
    ('P1 系列 AP 板上 USB 端口的一个常见用途是为外部灯供电，为打印机增加更多照明。我们的[6500K 白色 LED 灯带](https://detail.tmall.com/item.htm?abbucket=8&id=837988590905&pisk=gEXmFc2PssRjgDw3h49b9BOfXHVJcK96GNH9WdLaaU87fosY1ArGWNdZBiFbjlYl5Edv3OfSIMs1H', 'tmall', 'listing', '837988590905'),  # github-index:62378740437
    ('// Url: http://www.alibaba.com/product-detail/2-4-inch-TFT-nice-gift_506523246.html?spm=a2700.7724857.29.46.QLp7IF', 'alibaba_com', 'listing', '506523246'),  # github-index:10420649660
    ('#url = "https://www.alibaba.com/showroom/power-banks-%2526-power-station/ultra-slim/p100010895.html?spm=a2700.7724857.0.0.27811c8cdbcfEf"', None, 'not-a-listing', None),  # github-index:7409309192
    ('        # https://www.alibaba.com/product-detail/Coal-Granular-Commercial-Bulk-Coal-Based_1600679536520.html?spm=a2700.7724857.0.0.3f2f7f5fVPa2vq', 'alibaba_com', 'listing', '1600679536520'),  # github-index:66028385896
    ('//? upgrade https://www.alibaba.com/product-detail/New-arrival-5mm-width-200LEDs-m_62099875217.html?spm=a2700.7724857.normalList.30.65266342e6nPWa', 'alibaba_com', 'listing', '62099875217'),  # github-index:22212995650
    ('lastic scintillator with 425 nm emission](https://www.alibaba.com/product-detail/Polystyrene-Plastic-scintillator-material-equivalent-EJ_1601298622046.html?spm=a2700.7724857.0.0.6c196c9eovIgdM)', 'alibaba_com', 'listing', '1601298622046'),  # github-index:40684689152
    ('https://www.alibaba.com/product-detail/Flier-16S-300A-power-switch-for_60768819667.html?spm=a2700.7724857.normalList.1.43c51df1raLrw9', 'alibaba_com', 'listing', '60768819667'),  # github-index:5193794312
    ('lich und somit fuer Makerprojekte gut geeignet. Siehe als Beispiel: https://www.alibaba.com/product-detail/Best-Price-USB-Port-Gamepad-for_60447434885.html?spm=a2700.7724857.normalList.262.29137396A6WtDm . Als Schrittmotor verwenden wir einen Nema 17 12V 30 Ohm, 0,4 A Schrittmotor den es zum Beispiel bei Amazon oder bekan', 'alibaba_com', 'listing', '60447434885'),  # github-index:3825899304
    ('* Can be prucahsed [here](https://www.alibaba.com/product-detail/12-24V-brushless-dc-motor-blower_60657146534.html?spm=a2700.7724857.normalList.2.37b52e3eF33iw2&s=p).', 'alibaba_com', 'listing', '60657146534'),  # github-index:47195362867
    ('                 rockwool_unit_cost=0.59,           # https://www.alibaba.com/product-detail/mineral-wool-insulation-price-mineral-wool_60101640303.html?spm=a2700.7724857.0.0.262334d1rZXb48', 'alibaba_com', 'listing', '60101640303'),  # github-index:14980906237
    ('        <a className="logo" href="https://goelia.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.3.3KBpcC&amp;user_number_id=133006562&amp;pos=1&amp;acm=2016022913.1003.2.709009&amp;rn=99a403f2b2', 'tmall', 'storefront', 'goelia'),  # github-index:40743653543
    ("    url: 'https://anjielina.tmall.com/shop/view_shop.htm?spm=a21n57.shop_search.0.0.7fb9523cCY63Z3',", 'tmall', 'storefront', 'anjielina'),  # github-index:62087987888
    ('                                    <a href=\'https://plaud.tmall.com/shop/view_shop.htm?spm=pc_detail.30350276.shop_block.dshopinfo.22ef7dd6ndSGiE\'  className="text-link" target="_blank">天猫旗舰店</a>', 'tmall', 'storefront', 'plaud'),  # github-index:69424084996
    ("),(3,'美特斯邦威短袖t恤男潮流2018夏季新款条纹海军风印花上衣服韩版','字母印花 经典圆领','2018年夏季','Meters Bonwe/美特斯邦威',77.00,'男装',1,3,1,'https://metersbonwe.tmall.com/shop/view_shop.htm?spm=a220o.1000855.w5003-17193593444.1.792556d99GSKFN&mytmenu=mdianpu&utkn=g%2Cypamzwglxgyo5tp6xhm3ppon7c26u1528127082222&use", 'tmall', 'storefront', 'metersbonwe'),  # github-index:22322926903
    ('\t\t\t\t\t<li><a href="https://geocafe.tmall.com/shop/view_shop.htm?spm=a230r.7195193.1997079397.2.18bb58bfWgv6VR">天猫旗舰店</a></li>', 'tmall', 'storefront', 'geocafe'),  # github-index:23133785678
    ('    ## Retrieved by clicking "进入店铺":           http://olay.tmall.com/shop/view_shop.htm?spm=a220m.1000858.1000725.3.gCGzZ5&user_number_id=749391658&rn=a15fdaf0d8bd273105a737d88d33dce2', 'tmall', 'storefront', 'olay'),  # github-index:36627211725
    ("//     window.location.href = 'https://quwantt.tmall.com/shop/view_shop.htm?spm=a230r.1.14.5.4a564dd3MmTjUH&user_number_id=3571284696';", 'tmall', 'storefront', 'quwantt'),  # github-index:9898380819
    ('\t\t\t\t\t\t<a class="bFlil-link" target="_blank" href="http://parker.tmall.com/shop/view_shop.htm?spm=3.2167905.a2223nt.19&amp;rn=f3d86af27c4f66ed002088ceb8f6309e" title="派克">', 'tmall', 'storefront', 'parker'),  # github-index:17173897037
    ('[面包板、电压转换模块、面包板线、各种铜柱、螺栓螺母](https://risym.tmall.com/shop/view_shop.htm?spm=a1z09.2.0.0.2d732e8doLG9L7&user_number_id=738263294)', 'tmall', 'storefront', 'risym'),  # github-index:15177596678
    ('                                          href="https://dxpower.tmall.com/shop/view_shop.htm?spm=a1z0k.6846577.1130980037.d4919817.751237de2SHZi7&amp;shop_id=65667358"', 'tmall', 'storefront', 'dxpower'),  # github-index:25397810603
    ('    expect(parseLink("https://m.intl.taobao.com/detail/detail.html?id=123456")?.itemId).toBe("123456");', 'taobao_or_tmall', 'listing', '123456'),  # github-index:55677608436
    ('    expect(parseLink("https://world.taobao.com/item/987654.htm?spm=abc")?.itemId).toBe', 'taobao_or_tmall', 'listing', '987654'),  # github-index:55677608436
    ('            "https://world.taobao.com/item/600000000001.htm": "600000000001",', 'taobao_or_tmall', 'listing', '600000000001'),  # github-index:61823514633
    ('        ├─ h5.m.taobao.com/awp/core/detail.htm?id=  → 302 → m.intl.taobao.com/detail/detail.html?id=', None, 'missing-id', None),  # github-index:69785593100
    ('        └─ research PDP (logged-out):  https://world.taobao.com/item/{itemId}.htm', None, 'missing-id', None),  # github-index:69785593100; notes silent; a path placeholder is a missing id, as earlier tables read {id} in a path (read first as malformed-id)
    ('// @match        https://www.alibaba.com/product-detail/*', None, 'missing-id', None),  # github-index:17190458135
    ('    link: "https://www.kakobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D798219996153&affcode=archivee",', None, 'agent-site', None),  # github-index:52063407149
    ('| 3 | [模组购买链接](https://gitee.com/link?target=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D821194904380) | 星闪WiFi6模组，邮票孔，无天线 |', None, 'not-alibaba-host', None),  # github-index:44365263766
    ('        string str2 = "http://pub.alimama.com/pubauc/searchAuctionList.json?q=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D{itemid}&toPage=1&perPagesize=40&t={timestamp}&_tb_token_={tbToken}&_input_charset=utf-8";', None, 'not-alibaba-host', None),  # github-index:26808679099
    ('ter](http://item.taobao.com/item.htm?id=12503749579) ([English translation](http://translate.google.com/translate?hl=en&sl=zh-CN&tl=en&u=http%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D12503749579))', 'taobao', 'listing', '12503749579'),  # github-index:9952866559
    ("        'referer':'https://zhekou.manmanbuy.com/searchnew.aspx?key=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D744039128767%26pisk%3Dg5PoHeNbH8k5er5GNnG5CyPyv4BYobGICkdKvXnF3moX23d882l30kQS2yS7xWmqavw-v0nntyZGkGCO6zaSOjSOX1HPTwNja4JyUX7Eu2uhk4S6jStZOXSOxfyIqXGQ", None, 'not-alibaba-host', None),  # github-index:10259076126
    ('      "https://www.sugargoo.com/products?productLink=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D970345104616&memberId=3229302312621422771";', None, 'agent-site', None),  # github-index:68769443578
    ('#url="https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-15160618060.68.1ec02172QWpe7D&id=615886665551&rn=55e53f42a861a2e224dd5231be7f05ed&abbucket=12&skuId=43396227327', 'tmall', 'listing', '615886665551'),  # github-index:28191011516
    ("('9787115394392', 'rmydcbs', 'https://detail.tmall.com/item.htm?spm=a1z10.3-b.w4011-9986777119.15.79c15d8JGRW05&id=539853070197&rn=934e2d1ecc4ab188c0bb95e26877b606&abbucket=4'),", 'tmall', 'listing', '539853070197'),  # github-index:47352969972
    ("  url: 'https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-15814329589.364.7e7d7ce33vJ9Eu&id=544590679748&rn=6559bea38c4433c37431f26a91f5a264'", 'tmall', 'listing', '544590679748'),  # github-index:8761683131
    ('    url = "https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-22228839995.44.628e79c7BnwYYA&id=606744628264&skuId=4430618975202"', 'tmall', 'listing', '606744628264'),  # github-index:20146390546
    ('                    "referer":"https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-15884659123.103.42684d47xxbPpL&id=567935633478&rn=b030d97bc9c089d8c7ed425dc8ca7805&abbucket=17&skuId=3625875477', 'tmall', 'listing', '567935633478'),  # github-index:40760537205
    ("        'https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w5001-21647916242.5.611830e8CALfIx&id=617954262029&rn=7ce83012541598e5a3a6b406eeb18248&abbucket=1&skuId=4478575424436", 'tmall', 'listing', '617954262029'),  # github-index:22618002759
    ("            'referer': 'https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-14756119800.81.79d248feB4xTbJ&id=570133905140&rn=fd8ee7f741b66a1933c09b6280a1f5a0&abbucket=18&sku_properties=10", 'tmall', 'listing', '570133905140'),  # github-index:14965946311
    ('| 干簧管传感器 | 1 | [干簧管传感器](https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-16538328900.35.2fc03d6cnWnN4k&id=41210762746&rn=e2e0e6902441d7885abaed9cc81ee1ed&abbucket=11)  |', 'tmall', 'listing', '41210762746'),  # github-index:27225992678
    ('    url = "https://detail.tmall.com/item.htm?spm=a1z10.3-b-s.w4011-17260442171.56.d44e63904zFupp&id=596269638185&rn=03bb95bb40a18bf1e1f96c056817ec16&abbucket=8"', 'tmall', 'listing', '596269638185'),  # github-index:16905730750
    ('                        this.statusData.detailUrl = "https://detail.tmall.hk/hk/item.htm?id="+this.statusData.cartId;', None, 'missing-id', None),  # github-index:25088720784
    ('            "https://chaoshi.detail.tmall.com/item.htm?id=",', None, 'missing-id', None),  # github-index:43441890594
    ('            "https://detail.yao.95095.com/item.htm?id="]', None, 'not-alibaba-host', None),  # github-index:43441890594
    ('                    singleHtml = singleHtml.replace("@link", "https://detail.tmall.hk/hk/item.htm?id=" + productBean.getNumIid()); // 根据商品在平台ID拼接商品详情页', None, 'missing-id', None),  # github-index:13349929619
    (' strWu             "https:\\/\\/item.taobao.com\\/item.htm?id=520977866501&from=hanhanbook",', 'taobao', 'listing', '520977866501'),  # github-index:8323584883
    ('洛谷出品的算法教材，帮助您更简单的学习基础算法。[【官方网店绝赞热卖中！】>>>](https:\\/\\/item.taobao.com\\/item.htm?id=637730514783)', 'taobao', 'listing', '637730514783'),  # github-index:15190423280
    ('[![](https:\\/\\/cdn.luogu.com.cn\\/upload\\/image_hosting\\/njc7dlng.png)](https:\\/\\/item.taobao.com\\/ite', None, 'not-a-listing', None),  # github-index:15190423280; urlleft2: a Markdown linked image leads to its target (docs/listings.md), not to its image
    ('80","total_price":0,"suggestive_price":0,"orginal_price":"580.00","nick":"亲亲爱尚潮流","num":"200","min_num":0,"detail_url":"https:\\/\\/item.taobao.com\\/item.htm?id=600448952765","pic_url":"\\/\\/img.alicdn.com\\/imgextra\\/i2\\/2491925690\\/O1CN01BOljSm1ru4AQ8wuoW_!!2491925690.jpg","br', 'taobao', 'listing', '600448952765'),  # github-index:37177259239
    ("            $re = '/https:\\/\\/www.lazada.vn\\/shop\\/(.*)/m';", None, 'not-a-url', None),  # github-index:41053049637
    ('    html = r\'\'\'{"url":"https:\\/\\/www.lazada.vn\\/products\\/binh-thia-i11-s22.html?spm=x"}\'\'\'', None, 'malformed-id', None),  # github-index:56839613018
    ('    const productPage = /^https:\\/\\/www.lazada.com.ph\\/products\\//;', None, 'not-a-url', None),  # github-index:41051228609; notes silent: a regular expression, no link (read first as another rejection)
    ('    const cartPage = /^https:\\/\\/cart.lazada.com.ph\\//;', None, 'not-a-url', None),  # github-index:41051228609; notes silent: a regular expression, no link (read first as another rejection)
    ('  // /(https:\\/\\/shopee.vn|https:\\/\\/www.lazada.vn|https:\\/\\/tiki.vn).[a-zA-Z0-9%\\/\\.\\-\\?\\=\\_\\&\\+]{2,}/g;', None, 'not-a-url', None),  # github-index:37641654766; notes silent: a regular expression, no link (read first as another rejection)
    ('024_b83a555f-b438-4085-a7e1-c56db8421b99.jpg?v=1539594741","sourceEnum":"other","sourceEnumName":"shopify","sourceUrl":"https:\\/\\/detail.1688.com\\/offer\\/573949431779.html?spm=b26110380.sw1688.mof001.94.727e346bGfyesD","memo":"shopify\\u4ea7\\u54c1\\u5bfc\\u5165","checker":"\\', None, 'not-alibaba-host', None),  # github-index:40636522876; excerpt; docs/listings.md: a dotted name and a ? before a glued link make it that host's query (read first as 1688 listing)
    ('          ?.match?.(/(?<=https:\\/\\/detail.1688.com\\/offer\\/)\\d+(?=\\.html)/g)', None, 'not-a-url', None),  # github-index:26997631014; notes silent: a regular expression, no link (read first as another rejection)
    ("        $exp = '/https:\\/\\/detail.1688.com\\/offer\\/(\\d+).html/';", None, 'not-a-url', None),  # github-index:9983308958; notes silent: a regular expression, no link (read first as another rejection)
    ('  isAliDetail, _ := regexp.MatchString(`https:\\/\\/detail.1688.com\\/offer\\/\\d+.html`, url)', None, 'missing-id', None),  # github-index:33216876245
    ('$0.43 | [AliExpress](https://www.aliexpress.com/item/1005008074862037.html) | ¥3 | [Taobao](https://item.taobao.com/item.htm?id=616460581906) |', 'aliexpress', 'listing', '1005008074862037'),  # github-index:70357568031
    ('    api_url_my = "https://api.lazada.com.my/rest"', None, 'not-a-listing', None),  # github-index:26254500959
    ('url = "https://api.lazada.com.my/rest"', None, 'not-a-listing', None),  # github-index:37845382529
    ('| Malaysia |  |  | https://api.lazada.com.my/rest |', None, 'not-a-listing', None),  # github-index:60864786660
    ('| Philippines | https://api.lazada.com.ph/rest |', None, 'not-a-listing', None),  # github-index:55906024034
    ("            'my' => 'https://api.lazada.com.my/rest',", None, 'not-a-listing', None),  # github-index:55088477174
    ('// Malaysia: https://api.lazada.com.my/rest', None, 'not-a-listing', None),  # github-index:3333366704
    ('adapter.SetAPIURL("https://api.lazada.co.th/rest")', None, 'not-a-listing', None),  # github-index:3333366704
    ('- **Malaysia**: https://api.lazada.com.my/rest', None, 'not-a-listing', None),  # github-index:54512319674
    ('        "base_url": "https://api.lazada.com.my/rest",', None, 'not-a-listing', None),  # github-index:54937202699
    ('\tBaseURLMY = "https://api.lazada.com.my/rest"', None, 'not-a-listing', None),  # github-index:70130845470
    ('\tBaseURLSG = "https://api.lazada.sg/rest"', None, 'not-a-listing', None),  # github-index:70130845470
    ('https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-18827270222.4.3f0d6ffdfmipwc&id=575474051968', 'taobao', 'listing', '575474051968'),  # github-index:45471672614
    ('| 购买连接： | [**购买开发板连接(点击我)**](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-22329603896.18.5aeb41f9OvIVgA&id=622836061708) | 暂未上线 | 暂未上线 | 暂未上线 | [**购买开发板连接(点击我)**](https://it', 'taobao', 'listing', '622836061708'),  # github-index:35405099670
    ('[TD4套件](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-21291591846.20.3ee420f8z442NM&id=586081308296)', 'taobao', 'listing', '586081308296'),  # github-index:2775406
    ('[HX-DK-商](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-22286946226.12.7f292c2cfSNrZb&id=654877303965)，是红旭无线第二代无线通讯开发板，采用乐鑫ESP32-C系列的第一代产品ESP32-C3，其是一款安全稳定', 'taobao', 'listing', '654877303965'),  # github-index:41684957132
    ('he `hex` file to the target board, please accquire the tool form the [link](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-22883854875.5.504d246bXKwyeH&id=620295020803) and check the related configuration and [document](.d', 'taobao', 'listing', '620295020803'),  # github-index:19220143848
    ('   - [OLED模块(I2C接口),点我即可找到购买的地方](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-18402045841.5.378a2c2cVxUhHD&id=569864974646)', 'taobao', 'listing', '569864974646'),  # github-index:28562145243
    ('* USB 升级工具 : 在开发完成后，需要使用杰理烧写工具将对应的`hex`文件烧录到目标板，进行开发调试, 关于如何获取工具请进入申请 [链接](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-22883854875.5.504d246bXKwyeH&id=620295020803) 并详细阅读对应的[文档](doc/stuff/usb%20updater.pdf)，以及相关下载脚本[配置', 'taobao', 'listing', '620295020803'),  # github-index:31900128060
    ('            System.Diagnostics.Process.Start("https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-22329603896.18.5aeb41f90K806g&id=622836061708");', 'taobao', 'listing', '622836061708'),  # github-index:42489073876
    ("                 'https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-21730831595.4.3e5f67a65SwK4V&id=597005755282',", 'taobao', 'listing', '597005755282'),  # github-index:12788211404
    ('The led string was bought from a generic Aliexpress store called greenglow. Link [here](https://www.aliexpress.com/item/1005007473460609.html?gps-id=pcStoreJustForYou&scm=1007.23125.137358.0&scm_id=1007.23125.137358.0&scm-url=1', 'aliexpress', 'listing', '1005007473460609'),  # github-index:37758452012
    ('AliExpress page [here](https://www.aliexpress.com/item/1005007231617232.html?spm=a2g0o.productlist.main.3.355875feKwwU4q&algo_pvid=6c07971c-6bd8-4d3a-884e-781a646', 'aliexpress', 'listing', '1005007231617232'),  # github-index:7395138557
    ('            "https://www.lazada.sg/products/pdp-i301072965-s527094858.html?scm=1007.17760.398138.0&pvid=e1e36251-ce9e-4ed1-9053-6ad3b0c7c25c&search=f', 'lazada_sg', 'listing', '301072965'),  # github-index:42475462539
    ("                                            url = f'https://detail.taobao.com/item.htm?id={itemId}'", None, 'malformed-id', None),  # github-index:31261811220
    ('    String ITEM_PREFIX = "http://detail.taobao.com/item.htm?id=";', None, 'missing-id', None),  # github-index:40079546547
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3] and "item.taobao.com/item.htm?id=123456\\n" not in row[0]],
    "one row left out: its first link, the one read, is Taobao's, and a Xianyu link follows it,"
    " which the notes' canonical form of the row's text takes for its host",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)
