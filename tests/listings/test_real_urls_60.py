"""Sweep realurls60 of listing URLs (notes in /work/notes/sweep-realurls60.md): 206 real strings
from public code, Markdown, HTML, SQL, JSON and YAML (Java, C#, PHP, JS, TS, Go, Kotlin, R and
Python string literals; BOMs, crawler code, affiliate-API fixtures, price trackers, agent links
and XPath selectors), found by queries the earlier sweeps had not used: item-id and offer-id
prefixes (``item.htm?id=52``, ``=56``, ``=58``, ``=60``, ``=61``, ``=63``, ``=65``, ``=67``,
``=69``, ``=72``, ``detail.1688.com/offer/6``, ``/offer/55``, ``aliexpress.com/item/1005007``,
``aliexpress.us/item/3256``, ``detail.tmall.hk/hk/item.htm?id=6``,
``h5.m.taobao.com/awp/core/detail.htm?id=6``), Taobao share texts (``m.tb.cn/h.``,
``复制这条信息``, ``【淘宝】``), escaped JSON (``\\/\\/item.taobao.com``), URL-encoded
redirects (``url=https%3A%2F%2Fitem``), ``data-href``, the AliExpress affiliate API's
``promotion_link``, README badges (``badge/Taobao``), XPath (``contains(@href,"detail.tmall``,
``//a[contains(@href, 'detail``) and Lazada products (``lazada.com.my/products/``,
``lazada.co.id/products/``, ``lazada.co.th/products/``, ``lazada.vn/products/``,
``lazada.sg/products/``). No row's line is in an earlier table (99 lines of the queries'
excerpts were, and are left out); about 20 rows link an address an earlier table has in
another line. Some rows are the search's excerpts of a
longer line, cut at the excerpt's edge.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_59.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md and the earlier
tables' readings before ``parse_listing`` ran; nine disagreed (two kinds):

1. Eight XPath selectors in scrapers (their rows say so), such as
   ``sel.xpath('//a[contains(@href,"detail.tmall.com/item.htm?id")]')`` and
   ``select("//a[contains(@href, 'details.php')]", doc)``, were read as ``lookalike-host``
   ("userinfo before the host"): the XPath step ``//a[contains(@href,…`` was taken for a
   protocol-relative link whose ``a[contains(`` was userinfo (a bare ``contains(@href,"…")`` for
   a link without its scheme), and ``.//a[contains(@href,'detail.1688.com/offer/')]`` was
   ``not-a-url``. An XPath attribute (``@href``) and step (``//a[``) are no userinfo and no
   host (no host holds a bracket); the link is the string the attribute is tested against, as
   a CSS selector's (``a[href*='detail.1688.com/offer/']``, earlier tables: ``missing-id``).
   The text reader was fixed: an XPath step is never a link, and the attribute of a string
   function's call or of a step's predicate, before the string it is tested against, is read
   as a space (a host's own ``(@`` or ``[@`` stays userinfo, refused). The rows are now
   ``missing-id`` (a listing page without its id) or ``not-a-url`` (a host alone in quotes,
   urls53's reading; a selector naming no host).
2. ``| LD2450 radar | [LD2450]([https://www.example.com](https://www.aliexpress.com/item/…`` was
   expected ``not-alibaba-host`` (its first URL is example.com's), but an earlier table reads the
   same line (another excerpt of it) as the AliExpress listing: a Markdown link whose text is a
   placeholder URL leads to its target. The earlier reading decides; the row is left out as a
   repeat.

Rows kept as the notes and earlier tables decide (no disagreement), worth naming: a 6-digit
Taobao id (``item.htm?id=654321``) is a listing (section 1's validator, ``^[1-9]\\d{5,14}$``),
an 18-digit one is malformed; Lazada item ids under 9 digits are malformed (section 7); a
template (``pdp-i${itemId}``, ``{product_id}.html``) is an id missing; a phishing host
(``taobao-help.cc``) is a lookalike; a line holding two listings reads its first (the planner
refuses it as ``several-listings``).
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    (' * 普通款      https://item.taobao.com/item.htm?id=528897975491', 'taobao', 'listing', '528897975491'),  # github-index:60876853175
    (' * 带i2c接口   https://item.taobao.com/item.htm?id=680072427622', 'taobao', 'listing', '680072427622'),  # github-index:60876853175
    (' * 带天外置线   https://item.taobao.com/item.htm?id=567026046755', 'taobao', 'listing', '567026046755'),  # github-index:60876853175
    ('   [id_usr_dtu]:https://detail.tmall.com/item.htm?id=525239600301', 'tmall', 'listing', '525239600301'),  # github-index:8417153451
    ('   [id_tastek_dtu]:https://item.taobao.com/item.htm?id=577204480991', 'taobao', 'listing', '577204480991'),  # github-index:8417153451
    ('a=getmax("https://item.taobao.com/item.htm?id=521341279470")', 'taobao', 'listing', '521341279470'),  # github-index:1293769460
    ('    row = getUserComment("https://item.taobao.com/item.htm?id=521341279470",i,row)', 'taobao', 'listing', '521341279470'),  # github-index:1293769460
    ('* Buy on [Taobao](https://item.taobao.com/item.htm?id=523276050344)', 'taobao', 'listing', '523276050344'),  # github-index:36387337205
    ('        "bookServiceAppointment": "https://detail.m.tmall.com/item.htm?id=520306120297",', 'tmall', 'listing', '520306120297'),  # github-index:24093966531
    ('                "https://detail.m.tmall.com/item.htm?id=525062071330&spm=a222c.7731663.normal.pcweb-other"));', 'tmall', 'listing', '525062071330'),  # github-index:24739220001
    ('\t\t\t\t\t\t\t\t\t\t\t\tvalue="https://detail.tmall.com/item.htm?id=527471202371&scene=taobao_shop&ali_trackid=17_77d6befaede9594e73339d656ccb4793&spm=a21bo.50862.201863-6.2.RVurn6" />', 'tmall', 'listing', '527471202371'),  # github-index:21153038330
    ("(62, '0', '贝得力宝宝洗头帽婴儿洗发帽幼儿童防水浴帽洗澡帽可调节加大加厚', 0, 1, '9.90', '88.00', NULL, 'pic/TB1a8K0JpXXXXa.XVXXXXXXXXXX_!!0-item_pic.jpg', 'http://detail.tmall.com/item.htm?id=520559024016', NULL),", 'tmall', 'listing', '520559024016'),  # github-index:41080014875
    ('                        <mu-icon-button icon=\'shopping_cart\' tooltip="赶快点我购买吧" href="https://item.taobao.com/item.htm?id=522053456859" target="blank" @click.native="closeCfmDialog"/>', 'taobao', 'listing', '522053456859'),  # github-index:15020048180
    ('             * detailurl : http://detail.tmall.com/item.htm?id=569386563087', 'tmall', 'listing', '569386563087'),  # github-index:47814379498
    ('             * tbkurl : http://detail.tmall.com/item.htm?id=569386563087', 'tmall', 'listing', '569386563087'),  # github-index:47814379498
    ('  // https://item.taobao.com/item.htm?id=564783797581', 'taobao', 'listing', '564783797581'),  # github-index:5756596138
    ('https://item.taobao.com/item.htm?id=570773533857', 'taobao', 'listing', '570773533857'),  # github-index:29688965084
    ('https://item.taobao.com/item.htm?id=606568196436', 'taobao', 'listing', '606568196436'),  # github-index:29688965084
    ('https://item.taobao.com/item.htm?id=569917037400#组合', 'taobao', 'listing', '569917037400'),  # github-index:29688965084
    ('https://item.taobao.com/item.htm?id=629590404977#', 'taobao', 'listing', '629590404977'),  # github-index:29688965084
    ('https://item.taobao.com/item.htm?id=630869153322', 'taobao', 'listing', '630869153322'),  # github-index:29688965084
    ('       // HttpGet httpGet = new HttpGet("https://detail.tmall.com/item.htm?id=563714158486&price=38-48&price=38-48&sourceType=item&sourceType=item&sourceType=item&sourceType=item&suid=d21f54b4-85ed-48c2-8344-919fb3102699&suid=d21f', 'tmall', 'listing', '563714158486'),  # github-index:25518118304
    ('| [LINK](https://detail.tmall.com/item.htm?id=564470736512)                                         | 5.0   |', 'tmall', 'listing', '564470736512'),  # github-index:2497132739
    ('        $req->setUrl("https://item.taobao.com/item.htm?id=560240344400");', 'taobao', 'listing', '560240344400'),  # github-index:11108857259
    ("    'url' => 'https://item.taobao.com/item.htm?id=564577488595',", 'taobao', 'listing', '564577488595'),  # github-index:38421447509
    ('\tprivate String itemUrl;//":"https://item.taobao.com/item.htm?id=566732857871",', 'taobao', 'listing', '566732857871'),  # github-index:26634242413
    ('        tpwdCreate(PID,"测试不少于5个字","https://item.taobao.com/item.htm?id=565256993523","https://img.alicdn.com/bao/uploaded/i2/2231111757/TB1JGGaX0cnBKNjSZR0XXcFqFXa_!!0-item_pic.jpg",null);', 'taobao', 'listing', '565256993523'),  # github-index:31619519174
    ("e decided that, if I am going to stick to this group attendance project, I would use [STC12C52A0S2 Minimal Development Board](https://item.taobao.com/item.htm?id=562141211094&_u=t2dmg8j26111) to prototype since it's got 2 UART ports", 'taobao', 'listing', '562141211094'),  # github-index:57507485744
    ('\t\t\t\t<a href="https://item.taobao.com/item.htm?id=580526293702" target="_blank"><img style="border-radius: 5px" src="https://i.loli.net/2018/12/18/5c184e4586169.jpg" width="100%"></a>', 'taobao', 'listing', '580526293702'),  # github-index:3662661200
    ('    private String itemLink;\t\t\t\t//商品淘宝链接\t\t\t\t\t\t\t\t\t\t\t\t\t\tString\t“https://detail.tmall.com/item.htm?id=589284195570“', 'tmall', 'listing', '589284195570'),  # github-index:38505949745
    ('      url: "http://item.taobao.com/item.htm?id=589345775798",', 'taobao', 'listing', '589345775798'),  # github-index:43334404971
    ('| 15 | 电池固定皮筋 | 直径 25 mm，宽 5 mm | 1 | [商品页](https://item.taobao.com/item.htm?id=583635067170) |', 'taobao', 'listing', '583635067170'),  # github-index:71259421821
    ('        /*** “https://detail.tmall.com/item.htm?id=589284195570“ 商品淘宝链接 */', 'tmall', 'listing', '589284195570'),  # github-index:43912206772
    ('//        String url = "https://detail.m.tmall.com/item.htm?id=584989553305";', 'tmall', 'listing', '584989553305'),  # github-index:34305852020
    ('//        String url = "https://h5.m.taobao.com/awp/core/detail.htm?id=581423267164";', 'taobao_or_tmall', 'listing', '581423267164'),  # github-index:34305852020
    ('        "item_url": "https://detail.tmall.com/item.htm?id=580181306697",', 'tmall', 'listing', '580181306697'),  # github-index:12085219042
    ('| 淮安善能机械有限公司 | [0.4模 60齿 孔5/6 顶丝 善能机械 铝齿轮 齿轮定制 小模数齿轮](https://item.taobao.com/item.htm?id=587174945136) | 60齿外径24.8/齿厚4/孔5台阶顶丝 | 9 | 1 | 不包邮 |', 'taobao', 'listing', '587174945136'),  # github-index:32266797169
    ("    # print(ProApi().pro_xq('http://detail.tmall.com/item.htm?id=589192455077&skuId=4200326178501&sku=10016:319258063&user_id=1714128138&cat_id=50024400&is_b=1&rn=347da55ee636783bb694a0a01b677707'))", 'tmall', 'listing', '589192455077'),  # github-index:26436751117
    ("      'https://detail.tmall.com/item.htm?id=604775988717&skuId=4259168580074',", 'tmall', 'listing', '604775988717'),  # github-index:12307626957
    ('     *     "detail_url": "https://item.taobao.com/item.htm?id=607454902338"', 'taobao', 'listing', '607454902338'),  # github-index:7745592927
    ('\titemUrl = "https://detail.tmall.com/item.htm?id=603941978639"', 'tmall', 'listing', '603941978639'),  # github-index:33131467677
    ('### 购买地址 [点击购买](https://item.taobao.com/item.htm?id=608002911209)', 'taobao', 'listing', '608002911209'),  # github-index:1563302169
    ('\t\t\t\t\t\t\t<a class="jdb abs aluGl-6PND" href="//item.taobao.com/item.htm?id=608715166756&amp;scene=taobao_shop" target="_blank"', 'taobao', 'listing', '608715166756'),  # github-index:23216744754
    ('6. [双面万能板 喷锡 6 * 8cm](https://detail.tmall.com/item.htm?id=607841294118)（6 * 8CM的尺寸正好合适相框，最大不要超过10 * 15CM，可以适当多买几块备用）', 'tmall', 'listing', '607841294118'),  # github-index:48035918124
    ('| HAT | R33 | 0402 150Ω | 100 | ¥2.00/包 | 欧贝顿 · 09-05 | [商品](https://item.taobao.com/item.htm?id=608845773412) |', 'taobao', 'listing', '608845773412'),  # github-index:69800232656
    ('| [[imu-to-dxl-ref-bom]] | MCU | STM32G031F8P6 | 5 | ¥4.88 | 新纶 · 09-05 | [商品](https://item.taobao.com/item.htm?id=726808419708) |', 'taobao', 'listing', '726808419708'),  # github-index:69800232656
    ('| PIR AL312 热释电红外传感器                  | AL312       |    1 |   AL312    | [购买](https://item.taobao.com/item.htm?id=604332532927)  |', 'taobao', 'listing', '604332532927'),  # github-index:34265953585
    ('| AMS1117-3.3 稳压电源芯片降压 IC             | AMS1117-3.3 |    1 |     U1     | [购买](https://item.taobao.com/item.htm?id=522579028878)  |', 'taobao', 'listing', '522579028878'),  # github-index:34265953585
    ("        html: 'https://item.taobao.com/item.htm?id=605321434835&pisk=g3KKjcvUUfchWrtdIpugqjPyDCDMvVveBBJbq_f3PCd9FB1hZ61WCG6hhWNBF_jJwQdRtaGFx3dOYhY3q6cF2LOc2jcmmmveLiSSijqWrwvPYTU5d9NufP6l29ODn9CWLgSSwR", 'taobao', 'listing', '605321434835'),  # github-index:10708738392
    ('* 旋转编码器 https://item.taobao.com/item.htm?id=598028191617', 'taobao', 'listing', '598028191617'),  # github-index:5577753789
    ('* 屏幕 (选择 裸屏) https://item.taobao.com/item.htm?id=600653923469', 'taobao', 'listing', '600653923469'),  # github-index:5577753789
    ('   淘宝购买链接：[Air724UG-NFM 开发板淘宝购买链接](https://item.taobao.com/item.htm?id=614077856538&pisk=fliezCgRrHKeY5RClWrz399HDhZLAodXU0N7EYDudWVnNJZzE5kDpWTJJbuZZfUQtW9L4zcotzc7Nv6KWjMcADTLVgrL2uAXGntfpvE8qeHl-l1dI82vVwqutHtLvKdXGntPbF', 'taobao', 'listing', '614077856538'),  # github-index:3506088728
    ('The [Feetech 5264 cable lead](https://item.taobao.com/item.htm?id=616460581906) was reported at ¥1.80, and [FE-URT1](https://item.taobao.com/item.htm?id=603181554943) at ¥45. These are excluded from the shopping basket', 'taobao', 'listing', '616460581906'),  # github-index:66458355877
    ('| 舵机延长线 | SCS 3-pin, 26 cm | 12 | $0.43 | [AliExpress](https://www.aliexpress.com/item/1005008074862037.html) | ¥3 | [Taobao](https://item.taobao.com/item.htm?id=616460581906) |', 'aliexpress', 'listing', '1005008074862037'),  # github-index:70357568031
    ('| 腕部摄像头 | H65V1, 720p, 2.4 mm, 2 m 线长 | 2 | ~$17 | Amazon | ¥122 | [Taobao](https://item.taobao.com/item.htm?id=666278411821) |', 'taobao', 'listing', '666278411821'),  # github-index:70357568031
    ('[淘宝店铺](https://item.taobao.com/item.htm?id=615919130291)  ', 'taobao', 'listing', '615919130291'),  # github-index:32818987208
    ("  'https://detail.tmall.com/item.htm?id=614624098327',", 'tmall', 'listing', '614624098327'),  # github-index:41563034092
    ("  'https://detail.tmall.com/item.htm?id=671227090017',", 'tmall', 'listing', '671227090017'),  # github-index:41563034092
    ("  'https://detail.tmall.com/item.htm?id=652883475332',", 'tmall', 'listing', '652883475332'),  # github-index:41563034092
    ("  'https://detail.tmall.com/item.htm?id=673989143601',", 'tmall', 'listing', '673989143601'),  # github-index:41563034092
    ("  'https://detail.tmall.com/item.htm?id=668502670342',", 'tmall', 'listing', '668502670342'),  # github-index:41563034092
    ("    # run_test('https://detail.tmall.com/item.htm?id=610356950738')/", 'tmall', 'listing', '610356950738'),  # github-index:20671514317
    ('https://item.taobao.com/item.htm?id=631665290641', 'taobao', 'listing', '631665290641'),  # github-index:6330171099
    ('[HandsFree ROS IMU 购买链接](https://item.taobao.com/item.htm?id=634027133148&ali_trackid=2:mm_26632258_3504122_32538762:1607955215_176_1820526432&union_lens=lensId:OPT@1607955206@212a8363_06ed_1766199523e_c878@01;rec', 'taobao', 'listing', '634027133148'),  # github-index:2027601806
    (' 7.5" 800x480 E-Ink display** avaliable from [waveshare](https://www.waveshare.net/left_column/e-Paper.htm) or from [taobao](https://detail.tmall.com/item.htm?id=633262461077)', None, 'not-alibaba-host', None),  # github-index:35394589887
    ('成品众筹~：https://item.taobao.com/item.htm?id=630871236329  ', 'taobao', 'listing', '630871236329'),  # github-index:6738486657
    ('| 12V 锂电池 | 电机主电源 | [淘宝链接](https://item.taobao.com/item.htm?id=632184698346) | 1 块 |', 'taobao', 'listing', '632184698346'),  # github-index:56284625699
    ('| ESP32 开发板 | 小车主控、遥控器、摄像头节点 | [淘宝链接](https://item.taobao.com/item.htm?id=796226570709) | 2-3 块 |', 'taobao', 'listing', '796226570709'),  # github-index:56284625699
    ('小熊派[（BearPi-HM Nano）](https://item.taobao.com/item.htm?id=633296694816)是一款由小熊派专为OpenHarmony系统打造的开发板,板载高度集成的2.4GHz WiFi SoC芯片Hi3861，并板载NFC电路及标准的E53接口，标准的E53接口可扩展智能加湿器、智能台灯、智能安防、智能烟感等案例。', 'taobao', 'listing', '633296694816'),  # github-index:28862987308
    ('BearPi[（BearPi-HM Nano）](https://item.taobao.com/item.htm?id=633296694816)is a development board specially built by BearPi school for openharmony system. It carries a highly integrated 2.4GHz WiFi SoC chip hi3861,', 'taobao', 'listing', '633296694816'),  # github-index:28375302505
    ("      'https://item.taobao.com/item.htm?id=638523167031',", 'taobao', 'listing', '638523167031'),  # github-index:71126553012
    ("      'https://item.taobao.com/item.htm?id=574113508033',", 'taobao', 'listing', '574113508033'),  # github-index:71126553012
    ('[保千里行车记录仪夜视主动安全系统6倍光学变焦破雾通用WIFI隐藏](https://item.taobao.com/item.htm?id=629350368092)', 'taobao', 'listing', '629350368092'),  # github-index:12126664975
    ('[保千里夜视主动安全系统6倍光学变焦破雾通用WIFI隐藏行车记录仪](https://item.taobao.com/item.htm?id=630344135593)', 'taobao', 'listing', '630344135593'),  # github-index:12126664975
    ('最近毫米波很火，正好模块价格也下来了，群友介绍购买了海凌科 `LD2410` 的毫米波模块，参与了早期测试版本。在 `1688` 找到了一个相对完美的[红外遥控外壳](https://detail.1688.com/offer/653134990795.html)，稍加修改之前[S6in1](https://github.com/liwei19920307/S6in1)的项目，画了 `PCB` 测试。为了实现 `LD2410` 串口相关功能，找到了一个外国大佬的[帖子](https://community.home-assi', '1688', 'listing', '653134990795'),  # github-index:12097534963
    ('The led string was bought from a generic Aliexpress store called greenglow. Link [here](https://www.aliexpress.com/item/1005007473460609.html?gps-id=pcStoreJustForYou&scm=1007.23125.137358.0&scm_id=1007.23125.137358.0&scm-url=1007.23125.137358.0&pvid=8d091f30-c0d4-4e21-8bc6-c2', 'aliexpress', 'listing', '1005007473460609'),  # github-index:37758452012
    ("ly, you'll need an assortment of M2 screws and M2x3 barrel nuts. For my build, I used 6mm long barrel nuts from [this Aliexpress listing](https://www.aliexpress.com/item/1005007555263192.html?spm=a2g0o.order_list.order_list_main.26.3d2e1802AlYUGI) with 8mm M2 screws for the thinner parts of the boards and 12mm ones for the th", 'aliexpress', 'listing', '1005007555263192'),  # github-index:65771586827
    ('AliExpress page [here](https://www.aliexpress.com/item/1005007231617232.html?spm=a2g0o.productlist.main.3.355875feKwwU4q&algo_pvid=6c07971c-6bd8-4d3a-884e-781a646e45b6&utparam-url=scene%3Asearch%7Cquery_from%3A)', 'aliexpress', 'listing', '1005007231617232'),  # github-index:7395138557
    ('| 1.5mm Fibreoptic cable (for led shinethrough) | https://www.aliexpress.com/item/1005005886250822.html |', 'aliexpress', 'listing', '1005005886250822'),  # github-index:32304682997
    ('                    "click_url":"\\/\\/item.taobao.com\\/item.htm?id=556633720749&scm=1007.16190.92234.0&pvid=41362290-fa0b-4252-b172-6afc9c00e2c8&app_pvid=0ab0fac715095507006577956e",', 'taobao', 'listing', '556633720749'),  # github-index:16013995886
    ('\t\t\t"taobao_item" : "http:\\/\\/item.taobao.com",', None, 'missing-id', None),  # github-index:24795311235
    ('    private String item_url;//private String http:\\/\\/item.taobao.com\\/item.htm?id=43189047510",', 'taobao', 'listing', '43189047510'),  # github-index:21739637405
    ('//\t\t//淘宝https://item.taobao.com/item.htm?id=555917614274', 'taobao', 'listing', '555917614274'),  # github-index:34973714262
    ("url = 'https://detail.tmall.com/item.htm?id=659465187615'", 'tmall', 'listing', '659465187615'),  # github-index:5665929961
    ('                "detail_url": "https://item.taobao.com/item.htm?id=652874751412",', 'taobao', 'listing', '652874751412'),  # github-index:58113862993
    ("//let url = 'https://detail.tmall.com/item.htm?id=652257992182'", 'tmall', 'listing', '652257992182'),  # github-index:1153987588
    ('                "product_url": "https://item.taobao.com/item.htm?id=654321",', 'taobao', 'listing', '654321'),  # github-index:48952106846
    ('| 42 | 螺纹胶 | 乐泰 **243** 中强度 | 1 | ¥19 | [天猫 653848839737](https://detail.tmall.com/item.htm?id=653848839737) ⚠️ **低于 ¥15 的当心假货** |', 'tmall', 'listing', '653848839737'),  # github-index:70559648671
    ('    #     {"query":"http://item.taobao.com/item.htm?id=653918410246","goods_id":653918410246},', 'taobao', 'listing', '653918410246'),  # github-index:6752182212
    ("  // 'https://detail.tmall.com/item.htm?id=671227090017',", 'tmall', 'listing', '671227090017'),  # github-index:40883412402
    ("  // 'https://detail.tmall.com/item.htm?id=652883475332',", 'tmall', 'listing', '652883475332'),  # github-index:40883412402
    ("    productLink: 'https://item.taobao.com/item.htm?id=65422685432',", 'taobao', 'listing', '65422685432'),  # github-index:20223647081
    ('VB6824：https://item.taobao.com/item.htm?id=891592447743& ', 'taobao', 'listing', '891592447743'),  # github-index:26288969651
    ('C2开发板：https://item.taobao.com/item.htm?id=688271301869', 'taobao', 'listing', '688271301869'),  # github-index:26288969651
    ('C3开发板：https://item.taobao.com/item.htm?id=652593406663&skuId=5184792378516：', 'taobao', 'listing', '652593406663'),  # github-index:26288969651
    ("    sanitizeBrowserBridgeUrl('https://detail.tmall.com/item.htm?id=6582930281'),", 'tmall', 'listing', '6582930281'),  # github-index:63087640408
    ("    'https://detail.tmall.com/item.htm?id=6582930281'", 'tmall', 'listing', '6582930281'),  # github-index:63087640408
    ('    demoUrl: ["https://item.taobao.com/item.htm?id=613861906903&ns=1&abbucket=3#detail", "https://detail.tmall.com/item.htm?id=673120529235&ns=1&abbucket=3", "https://item.jd.com/10034229127417.html"],', 'taobao', 'listing', '613861906903'),  # github-index:2539741870
    ("    input: 'https://item.taobao.com/item.htm?id=678901234567&spm=a21n57.1.0.0&ali_refid=a3_43&ut_sk=1.XYZ',", 'taobao', 'listing', '678901234567'),  # github-index:56467408690
    ("    expected: 'https://item.taobao.com/item.htm?id=678901234567' },", 'taobao', 'listing', '678901234567'),  # github-index:56467408690
    ('        ["工具", "十字螺丝刀套装", "至少有 #0 / #1", 1, SCREWDRIVER_UNIT, None, "磁性和批头完好", "https://detail.tmall.com/item.htm?id=675684600845&skuId=4856851392176"],', 'tmall', 'listing', '675684600845'),  # github-index:57144305079
    ("    const url = 'https://detail.tmall.com/item.htm?id=678901234567';", 'tmall', 'listing', '678901234567'),  # github-index:70990269175
    ('    "url": "https://item.taobao.com/item.htm?id=679836775118",', 'taobao', 'listing', '679836775118'),  # github-index:66019890969
    ('    test_url = "https://detail.tmall.com/item.htm?id=670501324868"', 'tmall', 'listing', '670501324868'),  # github-index:51826822029
    ('// @namespace    https://item.taobao.com/item.htm?id=670749376549', 'taobao', 'listing', '670749376549'),  # github-index:17750896479
    ('纯数字ID例子：673981878045</font><br><font color="red">纯数字ID链接例子：https://item.taobao.com/item.htm?id=673981878045</font><br><font color="red">使用方法：在接口上增加参数 &amp;jb=1 即可。</font><br></td></tr></tbody></table>', 'taobao', 'listing', '673981878045'),  # github-index:67465773730
    ('[购买链接（数量：1，注意：需要配套采购 4G 物联网卡！）](https://item.taobao.com/item.htm?id=693774140934&pisk=fhpqwk6HuxH4KGubOZWNYNN42s6AH93Cod_1jhxGcZbD5i6Nja-nDZGtMFRySUCfoqhAjR8HyGZXmsVlrMI4nSXGiaAykHfX7hnAjNYM7NOjNvtvDOBiROkIdnLlWvxH7sbDqz', 'taobao', 'listing', '693774140934'),  # github-index:3801906972
    ('    url = "https://item.taobao.com/item.htm?id=690907579222&ns=1&abbucket=12#detail"', 'taobao', 'listing', '690907579222'),  # github-index:19342931293
    ('- 商品链接：`https://detail.tmall.com/item.htm?id=692549325410`', 'tmall', 'listing', '692549325410'),  # github-index:51881918830
    ('      "https://detail.tmall.com/item.htm?id=690112233445",', 'tmall', 'listing', '690112233445'),  # github-index:70781453889
    ("        link: 'https://item.taobao.com/item.htm?id=694835665452',", 'taobao', 'listing', '694835665452'),  # github-index:8704540419
    ("        link: 'https://100ask.taobao.com',", 'taobao', 'storefront', '100ask'),  # github-index:8704540419
    ('| CH9350 模块 | [CH9350 模块链接](https://item.taobao.com/item.htm?id=695173316772) | 3 | 18.5 | 55.5 | 3 | 58.5 |', 'taobao', 'listing', '695173316772'),  # github-index:12926901309
    ("              href: 'https://detail.tmall.com/item.htm?id=690199137286',", 'tmall', 'listing', '690199137286'),  # github-index:27560812796
    ("  'https://item.taobao.com/item.htm?id=694593508978': {", 'taobao', 'listing', '694593508978'),  # github-index:56133505828
    ("    url: 'https://item.taobao.com/item.htm?id=694593508978',", 'taobao', 'listing', '694593508978'),  # github-index:56133505828
    ('|     NO    |  24V 300/282RPM   |                     [link](https://www.aliexpress.com/i/32987942205.html)/[alternative](https://item.taobao.com/item.htm?id=691467377622)                     |', 'aliexpress', 'listing', '32987942205'),  # github-index:42760035340
    ('| [https://detail.tmall.com/item.htm?id=722759297726](https://detail.tmall.com/item.htm?id=722759297726) |', 'tmall', 'listing', '722759297726'),  # github-index:25094787797
    ('| RDK X3 Robot         | Yabo Intelligent | [Click here to jump](https://detail.tmall.com/item.htm?id=726857243156&scene=taobao_shop&spm=a1z10.1-b-s.w5003-22651379998.21.421044e12Yqrjm) |', 'tmall', 'listing', '726857243156'),  # github-index:17570269262
    ('  * 线 0.8mm 淘宝链接：[304不锈钢钢丝绳 晾衣绳遮阳网包塑钢丝绳 细软小包胶钢丝绳 0.8mm](https://detail.tmall.com/item.htm?id=727898238439&price=2.25-59.94&short_name=h.g3fgrSYf6gOjNsf&spm=a2159r.13376460.0.0)', 'tmall', 'listing', '727898238439'),  # github-index:31389470593
    ('      url: "//item.taobao.com/item.htm?id=721963707226",', 'taobao', 'listing', '721963707226'),  # github-index:7227279451
    ('            "https://detail.tmall.com/item.htm?id=723489123812",', 'tmall', 'listing', '723489123812'),  # github-index:60990595065
    ('            "https://detail.tmall.com/item.htm?id=745678901234"', 'tmall', 'listing', '745678901234'),  # github-index:60990595065
    ('                "https://item.taobao.com/item.htm?id=721411577134"),', 'taobao', 'listing', '721411577134'),  # github-index:37218077912
    ("                    goodsLink: 'https://item.taobao.com/item.htm?id=727750291125',", 'taobao', 'listing', '727750291125'),  # github-index:207016697
    ('    sampleUrl: "https://item.taobao.com/item.htm?id=726194812301",', 'taobao', 'listing', '726194812301'),  # github-index:70305613965
    ("                href: 'https://item.taobao.com/item.htm?id=724601559592',", 'taobao', 'listing', '724601559592'),  # github-index:52058369473
    ("        link: 'https://item.taobao.com/item.htm?id=728461040949',", 'taobao', 'listing', '728461040949'),  # github-index:45341124707
    ('            beli: "https://www.lazada.co.id/products/acer-laptop-gaming-nitro-v-15-anv15-51-53wr-graphics-nvidia-geforce-rtx-3050-156-fhd-intel-core-i5-13420h-ram-8gb-storage-512-gb-ssd-windows-11-i81497', None, 'missing-id', None),  # github-index:23259656993
    ("                          <a href='//www.superbuy.com/en/page/buy/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D704085956017&amp;nTag=Cart-product'>", None, 'agent-site', None),  # github-index:32821855203
    ('        { id: 4, title: "YZY X GAP X BALENCIAGA", linkTo: "https://www.kakobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D683748985499&affcode=frosireps", image: "/images/104.png" },', None, 'agent-site', None),  # github-index:149498062
    ('url = "https://www.wegobuy.com/en/page/buy?from=search-input&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D614687794037&partnercode=w949NG"', None, 'agent-site', None),  # github-index:2086624177
    ('                    <li><a data-href="https://item.taobao.com/item.htm?id=${goodsInfo.tbGoodsId!}" target="_blank"><img id="conImage" src="${imgUrl!}_400x400.jpg"></a></li>', None, 'malformed-id', None),  # github-index:15239074411
    ('\t\tlastInfo.lastMsg += "复制这条信息，" + data.tkl + " 打开【手机淘宝】即可查看";', None, 'not-a-url', None),  # github-index:40674223748
    ('                content+="\\n复制这条信息，"+(data.couponLinkTaoToken || data.taoToken)+" ，打开【手机淘宝】即可查看";', None, 'not-a-url', None),  # github-index:5662397244
    ('                return "1/:gift" + res.title + "\\n/:rose【在售价】" + price + "元\\n/:heart【优惠券】" + coupon + "元\\n/:cake【预计返利】" + back + "元\\n复制这条信息\\n1" + token + ":// HU7679 打开【手机TaoBao】，即可查看/";', None, 'not-a-url', None),  # github-index:35496895628
    ('| ☐ | **NP18 Lens**              | Optics                        | https://www.aliexpress.us/item/3256808208343549.html |', 'aliexpress', 'listing', '3256808208343549'),  # github-index:53047720885
    ('1. Source an [APQ8009 CPU](https://www.aliexpress.us/item/3256803378630939.html), an [MSM8909 stencil](https://www.aliexpress.us/item/2251832705095349.html?gatewayAdapt=glo2usa4itemAdapt) (same pinout), then find', 'aliexpress', 'listing', '3256803378630939'),  # github-index:38733150955
    ('        <a href="https://www.lazada.co.th/products/dtawan-electric-cut-card-machine-sk-316-a4-i2145874970-s7171614375.html?exlaz=d_1:mm_150050845_51350205_2010350205::12:19039203577!!!!!c!!7171614375!1', 'lazada_th', 'listing', '2145874970'),  # github-index:33780963024
    ('상품상세url: https://detail.1688.com/offer/552689871722.html', '1688', 'listing', '552689871722'),  # github-index:56181072846
    ('            "alibabaUrl": "https://detail.1688.com/offer/554089430523.html",', '1688', 'listing', '554089430523'),  # github-index:66465514413
    ('        { title: "no price", url: "https://detail.1688.com/offer/555.html" },', None, 'malformed-id', None),  # github-index:70875148968
    ('        { title: "Posture belt D", price: 21.3, url: "https://detail.1688.com/offer/444.html" },', None, 'malformed-id', None),  # github-index:70875148968
    ("(8, 'In Zhuo GS100 esports game vibration headset headset computer headset with microphone subwoofer USB7.1', 'https://detail.1688.com/offer/555603238490.html?spm=a262eq.12572798.jsczf959.283.15ba2fb1A1uVGN', 'ESH012627800 1559173945', 'item_images/In Zhuo GS100 esports game vibration headset", '1688', 'listing', '555603238490'),  # github-index:5460056748
    ("  ('Спальня', 'Торшер', 46, 0, 0, NULL, 'https://detail.1688.com/offer/553251502242.html', 580),", '1688', 'listing', '553251502242'),  # github-index:55705260033
    ("    'https://detail.1688.com/offer/1234567890.html',", '1688', 'listing', '1234567890'),  # github-index:60504858246
    ("    'https://detail.1688.com/offer/9876543210.html',", '1688', 'listing', '9876543210'),  # github-index:60504858246
    ("    'https://detail.1688.com/offer/5555555555.html'", '1688', 'listing', '5555555555'),  # github-index:60504858246
    ("(3, '1688', '深圳市福田区语言尚品服饰厂', '557680917467', '2019秋季经典大码女装长袖针织韩版修身显瘦两件套连衣裙长裙', 'https://detail.1688.com/offer/557680917467.html?spm=a312h.2018_new_sem.dh_002.23.10ee6a48bp6RyJ&tracelog=p4p&clickid=1792dbaa93bb4d3dae8ea1356e4e264a&sessionid=606588208c7609d596cfdd", '1688', 'listing', '557680917467'),  # github-index:6785474149
    ('        <a class="search-offer-wrapper" href="//detail.1688.com/offer/555666777888.html" data-renderkey="2_60_p4p_b2b-22175456677110386b_555666777888">', '1688', 'listing', '555666777888'),  # github-index:57610501446
    ("url = r'https://detail.1688.com/offer/552152081737.html'", '1688', 'listing', '552152081737'),  # github-index:44986452184
    ('        # https://detail.1688.com/offer/559526148757.html?spm=b26110380.sw1688.mof001.28.sBWF6s', '1688', 'listing', '559526148757'),  # github-index:30233438839
    ("        is_ali_1688_url = re.compile(r'https://detail.1688.com/offer/.*?').findall(ali_1688_url)", None, 'missing-id', None),  # github-index:30233438839
    ('        con = sel.xpath(\'//a[contains(@href,"detail.tmall.com/item.htm?id")]\')', None, 'missing-id', None),  # github-index:23195331061; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('            \'//a[contains(@class,"Card--doubleCardWrapper") and (contains(@href,"detail.tmall.com") or contains(@href,"taobao.com"))]\')', None, 'not-a-url', None),  # github-index:28071032080; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('        String url = "https://detail.tmall.hk/hk/item.htm?id=628548055405&spm=875.7931836/B.2017041.8.43e94265q4fBBW&scm=1007.12144.81309.73133_0_0&pvid=ce5f9b74-cb16-4560-88a3-3069508873a8&utparam=%7B%22x_hestia', 'tmall_global', 'listing', '628548055405'),  # github-index:43462211785
    ('//                            "URL":"https://detail.tmall.hk/hk/item.htm?id=612453560631&ns=1&abbucket=12",', 'tmall_global', 'listing', '612453560631'),  # github-index:28361595309
    ('        String url = "https://detail.tmall.hk/hk/item.htm?id=619049590004&spm=a1z10.1-b.w4004-21302253139.41.23962b1brA9Glm";', 'tmall_global', 'listing', '619049590004'),  # github-index:2728603865
    ('        page.goTo("https://detail.tmall.hk/hk/item.htm?id=621786431470#J_Reviews");', 'tmall_global', 'listing', '621786431470'),  # github-index:48885497896
    ('  ["https://detail.tmall.hk/hk/item.htm?id=612345678901", { marketplace: "tmall", id: "612345678901" }],', 'tmall_global', 'listing', '612345678901'),  # github-index:71113296873
    ('    "https://detail.m.tmall.com/item.htm?spm=a1z10&id=612345678901&skuId=5",', 'tmall', 'listing', '612345678901'),  # github-index:71113296873
    ('            "qrCode": "https://h5.m.taobao.com/awp/core/detail.htm?id=652370015315",', 'taobao_or_tmall', 'listing', '652370015315'),  # github-index:40009875066
    ('https://h5.m.taobao.com/awp/core/detail.htm?id=608345704486', 'taobao_or_tmall', 'listing', '608345704486'),  # github-index:25836667568
    ("    # await page.goto('https://h5.m.taobao.com/awp/core/detail.htm?id=609648736425')", 'taobao_or_tmall', 'listing', '609648736425'),  # github-index:48079817039
    ('卡密购买地址：<https://h5.m.taobao.com/awp/core/detail.htm?id=641655392460>', 'taobao_or_tmall', 'listing', '641655392460'),  # github-index:19187063619
    ('            page.goTo("https://h5.m.taobao.com/awp/core/detail.htm?id=620825667183", navigateOptions);', 'taobao_or_tmall', 'listing', '620825667183'),  # github-index:42942107257
    ('        """手淘 h5.m.taobao.com/awp/core/detail.htm?id= → canonical with id."""', None, 'missing-id', None),  # github-index:69334903150
    ('        u = "https://h5.m.taobao.com/awp/core/detail.htm?id=654321098765&spm=a1.2"', 'taobao_or_tmall', 'listing', '654321098765'),  # github-index:69334903150
    ("    'referer': 'https://h5.m.taobao.com/awp/core/detail.htm?id=6760338930&spm=a2141.7631671.content.2',", 'taobao_or_tmall', 'listing', '6760338930'),  # github-index:7915703356
    ('        "params":"{\\"url\\":\\"https://h5.m.taobao.com/awp/core/detail.htm?id=620420595440\\",\\"referrer\\":\\"\\",\\"oneId\\":null,\\"isTBInstalled\\":\\"null\\",\\"fid\\":\\"dmOrDTNJXMo\\"}"}', 'taobao_or_tmall', 'listing', '620420595440'),  # github-index:19752221974
    ("const TB_IMAGE_SEARCH_REFERER = 'https://h5.m.taobao.com/awp/core/detail.htm?id=620000000000000000'", None, 'malformed-id', None),  # github-index:60310180632
    ('    - https://h5.m.taobao.com/awp/core/detail.htm?id=632605090131', 'taobao_or_tmall', 'listing', '632605090131'),  # github-index:54069325808
    ('    - https://detail.tmall.com/item.htm?spm=...&id=632605090131', 'tmall', 'listing', '632605090131'),  # github-index:54069325808
    ('    - https://item.taobao.com/item.htm?id=632605090131', 'taobao', 'listing', '632605090131'),  # github-index:54069325808
    ("      .get('/api/product/check?offerId=666')", None, 'not-a-url', None),  # github-index:56941220770
    ("ertProduct({ source_url: 'https://detail.1688.com/offer/666.html', owner: 'alice' });", None, 'malformed-id', None),  # github-index:56941220770
    ('                                "source_value": "https://www.aliexpress.com/item/1.html",', None, 'malformed-id', None),  # github-index:66013616225
    ('                                "promotion_link": "https://s.click.aliexpress.com/e/_abc",', None, 'short-link', None),  # github-index:66013616225
    ('                                        "source_value": "https://www.aliexpress.com/item/100.html",', None, 'malformed-id', None),  # github-index:54509959918
    ('        lambda urls, tracking_id=None: [{"source_value": urls[0], "promotion_link": "https://s.click.aliexpress.com/e/_GEN"}],', None, 'short-link', None),  # github-index:54865282928
    ('                                   "product_detail_url": f"https://www.aliexpress.com/item/{1005000 + i}.html",', None, 'missing-id', None),  # github-index:70975207096
    ('                                   "promotion_link": "https://s.click.aliexpress.com/x", "shop_id": 7}', None, 'short-link', None),  # github-index:70975207096
    ('                        "product_detail_url": "https://aliexpress.com/item/100500.html",', None, 'malformed-id', None),  # github-index:63390462005
    ('                            {"promotion_link": "https://s.click.aliexpress.com/e/abc123"}', None, 'short-link', None),  # github-index:53339047005
    ('        "promotion_link": "https://s.click.aliexpress.com/e/_DmK72x1",', None, 'short-link', None),  # github-index:35545943546
    ("            console.log('获取到 【淘宝】 商品连接 ' + response_data.response.source)", None, 'not-a-url', None),  # github-index:31861419815
    ('      const shareTitleMatch = trimmed.match(/【淘宝】[^【]*?「([^」]+)」/);', None, 'not-a-url', None),  # github-index:55265095281
    ('示例: 【淘宝】5折→丢弃  【GitHub】新PR→沉淀  【日历】开会→提醒  【读书笔记】同步→沉淀', None, 'not-a-url', None),  # github-index:70298564285
    ("        'body': '您的订单出现异常，商品无法发货。请联系客服QQ：123456789 或点击链接处理：http://taobao-help.cc',", None, 'lookalike-host', None),  # github-index:17200582401
    ('\t\t\t\tpromoContent = `【淘宝】【${price}元】${title}\\n${data.taokouling || data.taoKouLing}`;', None, 'not-a-url', None),  # github-index:6741471486
    ('    extractExternalHttpUrl("【淘宝】https://item.taobao.com/item.htm?id=123"),', None, 'malformed-id', None),  # github-index:59086466076
    ('        if "【淘宝】" in s or "e.tb.cn" in s or "jd.com" in s or "pinduoduo" in s:', None, 'not-a-url', None),  # github-index:70927043601
    ('                ".//a[contains(@href,\'detail.1688.com/offer/\')]/@href",', None, 'missing-id', None),  # github-index:54853355873; realurls60: an XPath step and attribute are no userinfo or host (was not-a-url)
    ('            url_ele = g.ele(\'xpath=.//a[contains(@href, "item.taobao.com")]\')', None, 'not-a-url', None),  # github-index:14337403225
    ('            title = comm.xpath(\'.//a[contains(@href, "item.taobao.com")]/text()\')[0]', None, 'not-a-url', None),  # github-index:49425326837
    ('            link = comm.xpath(\'.//a[contains(@href, "item.taobao.com")]/@href\')[0]', None, 'not-a-url', None),  # github-index:49425326837
    ('            saker = wait.until(EC.presence_of_all_elements_located((By.XPATH, "//a[contains(@href, \'details\')]")))', None, 'not-a-url', None),  # github-index:44679327433; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('      var nodes = select("//a[contains(@href, \'details.php\')]", doc)', None, 'not-a-url', None),  # github-index:49360790477; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('            pricePageLink = response.xpath(\'//a[contains(@href,"offer-listing")]/@href\').extract()[0]', None, 'not-a-url', None),  # github-index:24184693220; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('    bill = html_nodes(f, xpath = "//div[@class=\'container\']/table//a[contains(@href, \'detail&value=\')]") %>%', None, 'not-a-url', None),  # github-index:38982295614; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('                "//a[contains(@href, \'uitspraken.rechtspraak.nl\')]",', None, 'not-a-url', None),  # github-index:27928211130; realurls60: an XPath step and attribute are no userinfo or host (was lookalike-host)
    ('  <a href="https://shop110742373.taobao.com/"><img alt="Taobao store" src="https://img.shields.io/badge/Taobao-Official_Store-FF6A00?style=for-the-badge" /></a>', 'taobao', 'storefront', '110742373'),  # github-index:68345576415
    ('  <a href="https://shop110742373.taobao.com/"><img alt="Taobao Official Store" src="https://img.shields.io/badge/Taobao-Official_Store-FF6A00?style=for-the-badge" /></a>', 'taobao', 'storefront', '110742373'),  # github-index:71263634536
    ('  <a href="https://www.aliexpress.com/store/1105701619"><img alt="AliExpress Official Store" src="https://img.shields.io/badge/AliExpress-Official_Store-E62E04?style=for-the-badge&logo=aliexpress&logoColor=white" /></a>', 'aliexpress', 'storefront', '1105701619'),  # github-index:71263634536
    ('    <td><img src="https://img.shields.io/badge/Aliexpress_scraper-success-brightgreen" alt="aliexpress-scraper-status"></td>    ', None, 'not-alibaba-host', None),  # github-index:12271052263
    ('        <li><a href="./aliexpress-scraper/results/reviews.json">Product reviews</a></li>', None, 'not-a-url', None),  # github-index:12271052263
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
    ("text", "expected"),
    [
        # constructed: an XPath step and attribute are no userinfo; the string tested is the link
        ("//a[contains(@href,'detail.1688.com/offer/585943639773.html')]", ("1688", "listing", "585943639773")),
        ('contains(@href,"detail.tmall.com/item.htm?id")', (None, "missing-id", None)),
        ('//div[@class="x"]//a[contains(@href,"detail.1688.com/offer/")]', (None, "missing-id", None)),
        ('starts-with(@href,"https://item.taobao.com/item.htm?id=606832683299")', ("taobao", "listing", "606832683299")),
        ('//a[contains(@href, "detail.tmall.com")]', (None, "not-a-url", None)),
        # ... while userinfo stays refused, and an XPath equality test keeps its link
        ("http://item.taobao.com@evil.cn/item.htm?id=606832683299", (None, "lookalike-host", None)),
        ('https://detail.tmall.com(@evil.cn="x"/item.htm?id=606832683299', (None, "lookalike-host", None)),
        ('https://item.taobao.com[@evil.cn="x"]/item.htm?id=606832683299', (None, "lookalike-host", None)),
        ('item.taobao.com(@evil.cn,"x")/item.htm?id=606832683299', (None, "lookalike-host", None)),
        ("//a[@href='https://item.taobao.com/item.htm?id=606832683299']", ("taobao", "listing", "606832683299")),
    ],
)  # fmt: skip
def test_xpath_attributes_and_steps_are_no_userinfo(
    text: str, expected: tuple[str | None, str, str | None]
) -> None:
    """Fix 1: an XPath selector's ``@href`` and ``//a[`` are no userinfo or host."""
    assert answer(text) == expected
    assert parse_slowly(text) == parse_listing(text)
