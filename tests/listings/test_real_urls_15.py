"""Sweep 15 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls15.md): one row per input with the answer the document requires, decided
from the notes before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_14.py. Every row of
``ROWS`` is a line (or a cell, or an excerpt where the index cut it) of a public file found by
exact-string search of the code index, with its ``github-index:N``; none of its inputs, nor the
first link of any, is in an earlier table. The searches looked past the earlier sweeps' hits
with rarer strings (id prefixes such as ``item.htm?id=53``, ``ft=t&id=``, ``_u=``, ``购买链接：``):
hardware bills of materials (a Holocubic parts table with a store and an item in each row),
price monitors' product lists, scrapers' test URLs, userscript patterns, SQL and JSON dumps,
code comments, Chinese, Japanese, Korean, Hebrew, Russian, Czech and Arabic prose. "notes
silent" marks a form listing-urls.md does not name: it only has to be refused (or read as the
parser documents), and the code recorded is the parser's. ``test_canonical_urls_follow_the_notes``
checks every accepted row's canonical URL against the notes' canonical forms.

``PART1`` holds the real inputs that failed before this sweep's fixes, and constructed
controls of the fixes:

- full-width punctuation after a link (``）``, ``。``, ``；``, a closing corner bracket) ends it
  even when a number follows: ``…?id=542479181481)。199一套。`` (a Markdown link, then a price)
  was ``malformed-id`` with the id ``542479181481)。199一套``; ``…/offer/N.html）199元`` was
  "a listing page in a form ipprules does not read". A full-width comma right after an id's
  digit still joins a number to it (``?id=1，2`` stays refused: the id's other half, or a
  second id);
- a ``//`` word followed by an assignment (``//service.URLS = append(…"https://…")``, a
  commented-out Go statement) is a code comment when a link follows, as ``//var x;`` is: it
  was read as the protocol-relative host ``service.URLS`` and refused (``not-a-url``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import answer, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('*   Gokit3.0硬件一套，购买网址：[淘宝](https://item.taobao.com/item.htm?_u=svfnck382cf&id=542479181481)。199一套。', 'taobao', 'listing', '542479181481'),  # github-index:42575050225
    ('\t//service.URLS = append(service.URLS, GGoodsType{URL:"https://detail.1688.com/offer/565805587556.html?sk=consign"})', '1688', 'listing', '565805587556'),  # github-index:24142775; a commented-out Go assignment before the link
    ('https://item.taobao.com/item.htm?id=748152639011）199元 包邮', 'taobao', 'listing', '748152639011'),  # constructed: fix
    ('https://detail.tmall.com/item.htm?id=748152639012。2件起', 'tmall', 'listing', '748152639012'),  # constructed: fix
    ('https://detail.1688.com/offer/748152639013.html；3个起批', '1688', 'listing', '748152639013'),  # constructed: fix
    ('https://www.aliexpress.com/item/1005007481526390.html，9.99美元', 'aliexpress', 'listing', '1005007481526390'),  # constructed: fix, a comma after .html
    ('https://www.lazada.sg/products/pdp-i7481526390.html」2件', 'lazada_sg', 'listing', '7481526390'),  # constructed: fix
    ('https://item.taobao.com/item.htm?id=748152639014，2', None, 'malformed-id', None),  # constructed control: a comma after a digit
    ('https://item.taobao.com/item.htm?id=748152639015、748152639016', None, 'malformed-id', None),  # constructed control
    ('//shop.url = "https://item.taobao.com/item.htm?id=748152639018"', 'taobao', 'listing', '748152639018'),  # constructed: fix
    ('// old: //cfg.Link := "https://detail.tmall.com/item.htm?id=748152639019"', 'tmall', 'listing', '748152639019'),  # constructed: fix
    ('//item.taobao.com/item.htm?id=748152639020 = ¥39', 'taobao', 'listing', '748152639020'),  # constructed control: no link follows
    ('//service.URLS = x', None, 'not-a-url', None),  # constructed control: no link follows
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('[![](https://github.com/SeeedDocument/wiki_chinese/raw/master/docs/images/click_to_buy.PNG)](https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-11172317909.29.324b4b17X2qweP&id=45558584472)', 'taobao', 'listing', '45558584472'),  # github-index:3511583435; urlleft2: a Markdown linked image leads to its target (docs/listings.md), not to its image
    ('    #     "referer": "https://item.taobao.com/item.htm?spm=a21ag.11815245.0.0.166650a5lNrw5d&id=602934064500",', 'taobao', 'listing', '602934064500'),  # github-index:44394467060
    ('[nanoDAP套件](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-12590273744.22.507d20f8u9W5KD&id=583995116271)  ', 'taobao', 'listing', '583995116271'),  # github-index:36332345 (wuxx/nanoDAP)
    ('\t\t\t\t<li><a href="http://item.taobao.com/item.htm?spm=a1z10.1.w4004-3367787603.2.D4cwiU&id=37068853640" target="_black">购买</a></li>', 'taobao', 'listing', '37068853640'),  # github-index:15268622870
    ('| 购买                                                | [官方淘宝店](https://szdoit.taobao.com/)(szdoit.am)          |', 'taobao', 'storefront', 'szdoit'),  # github-index:6779973260
    ("\t\t\tbot.SendTo(contact, 'FGO黑卡充值：'.encode('utf-8') + 'https://item.taobao.com/item.htm?spm=0.0.0.0.nBUIej&id=546772277736')", 'taobao', 'listing', '546772277736'),  # github-index:37961997635
    ("\t\t\tbot.SendTo(contact, 'FGO白卡充值：'.encode('utf-8') + 'https://item.taobao.com/item.htm?spm=a1z0k.7628870.0.0.kayXcs&id=545942439642&_u=p2o03db0b500')", 'taobao', 'listing', '545942439642'),  # github-index:37961997635
    (':memo:**[描述](#描述)**&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;:octocat:**[例程](https://github.com/m5stack/M5-ProductExampleCodes/tree/master/Base/LAN/Arduino)**&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;🛒**[购买链接](https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-1172588106.10.6c24425eKdAPr3&id=574863427657)** -->', None, 'not-alibaba-host', None),  # github-index:8953309910; first link is GitHub
    ('🛒**[购买链接](https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-1172588106.10.6c24425eKdAPr3&id=574863427657)** -->', 'taobao', 'listing', '574863427657'),  # github-index:8953309910
    ('国内商详：[ASA](https://detail.tmall.com/item.htm?spm=a1z10.5-b-s.w4011-25176969463.48.57eb38563mEcBk&id=718106932700&rn=e877f59b47f666c321fc4e2bc1d98a92&abbucket=9&pisk=g59ok0VrxQ55vw27ZDXSwQwwpAlAwT6CveedJ9QEgZ7jA0t-OJoHJeCUp3hSxDbDRaCRU46hYFL1yMFJ4tPV)', 'tmall', 'listing', '718106932700'),  # github-index:62135204633; excerpt (pisk cut)
    ('//\t\t\tSystem.out.println(splitUrl("http://detail.tmall.com/item.htm?spm=a2106.m874.1000384.13.ypxKkj&id=18881399779&source=dou&scm=1029.newlist-0.bts1.51108009&ppath=&sku=#J_Reviews"));', 'tmall', 'listing', '18881399779'),  # github-index:40169642228
    ('* [TTL转485转换器](https://detail.tmall.com/item.htm?spm=a230r.1.14.11.777c5e36UX0aj6&id=590488524313&ns=1&abbucket=4&skuId=4360468488162)一个', 'tmall', 'listing', '590488524313'),  # github-index:27341986643
    ('* [单路继电器模块](https://item.taobao.com/item.htm?spm=a1z09.2.0.0.43e12e8dzrkmMK&id=600430232101&_u=o3k06vo9c03e)一个', 'taobao', 'listing', '600430232101'),  # github-index:27341986643
    ("    url = 'https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.21.1d2321baZB0Wph&id=524397896694&skuId=3713557516210&areaId=370100&user_id=890482188&cat_id=2&is_b=1&rn=a3e99469d26bcbe0c8528e358f49cc02'", 'tmall', 'listing', '524397896694'),  # github-index:13466745728
    ('\t\tjdProductSpiderService.analyzeUrl("http://detail.tmall.com/item.htm?spm=a1z10.3.w4011-4656725005.66.NvqE9a&id=35555473295&rn=336f83ce439d7d737b757a196236decb");', 'tmall', 'listing', '35555473295'),  # github-index:254012408
    ('            task.setTTaobaoUrl("https://detail.tmall.com/item.htm?spm=a230r.1.14.13.b9b7171dh1rFJJ&id=565259219719&cm_id=140105335569ed55e27b&abbucket=16");', 'tmall', 'listing', '565259219719'),  # github-index:2725114733
    ('https://detail.tmall.com/item.htm?spm=a230r.1.14.47.29c45370i9NVFF&id=41323941056&ns=1&abbucket=1&skuId=3944185979947', 'tmall', 'listing', '41323941056'),  # github-index:17343032993
    ('//        getRateByURL("http://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.rOFOJB&id=15227453115&areaId=330100&cat_id=50024411&rn=5769ae79caf91fd6529ee62e0e24da35&user_id=720797461&is_b=1", 0);', 'tmall', 'listing', '15227453115'),  # github-index:20229700373
    ('        Spider.create(new NewsProcessor()).addUrl("https://detail.tmall.com/item.htm?spm=a230r.1.14.20.67e519261rV04z&id=520169267371&ns=1&abbucket=5")', 'tmall', 'listing', '520169267371'),  # github-index:30312278198
    ('        //https://detail.tmall.com/item.htm?spm=a21ag.12100465.0.0.1a0450a5gbYj5D&id=641929645819', 'tmall', 'listing', '641929645819'),  # github-index:8457288848
    ('        //https://detail.tmall.com/item.htm?spm=a230r.1.14.1.39b57c7592zygm&id=617013751039&cm_id=140105335569ed55e27b&abbucket=15&skuId=4520672083972', 'tmall', 'listing', '617013751039'),  # github-index:8457288848
    ('6. 购买链接：https://item.taobao.com/item.htm?id=713331539595', 'taobao', 'listing', '713331539595'),  # github-index:2635374375
    ('购买链接：https://item.taobao.com/item.htm?id=636602441363', 'taobao', 'listing', '636602441363'),  # github-index:38743275068
    ('\t AS5600硬件购买链接：https://item.taobao.com/item.htm?spm=a1z38n.10677092.0.0.2c351debwMQV2w&id=584601996739', 'taobao', 'listing', '584601996739'),  # github-index:52407412480
    ('> 购买链接：https://item.taobao.com/item.htm?ft=t&id=793786019190', 'taobao', 'listing', '793786019190'),  # github-index:60974869735
    ('（OLED 屏与拓展版上的传感器、Flash、EEPROM 等外设接口配套，驱动测试套件依赖这些硬件），淘宝购买链接：https://item.taobao.com/item.htm?ft=t&id=1014023893734&skuId=6186298055402&spm=a21dvs.23580594.0.0.52d9645e1Xrwc3', 'taobao', 'listing', '1014023893734'),  # github-index:68892942611
    ('\t- [中移ML307R模块]() 购买链接：https://item.taobao.com/item.htm?ft=t&id=795927858234', 'taobao', 'listing', '795927858234'),  # github-index:17026320403
    ('说明：模块厂商 WeBee，型号：TLS-02，购买链接：https://item.taobao.com/item.htm?id=543235124257', 'taobao', 'listing', '543235124257'),  # github-index:5178042110
    (' * 购买链接：https://item.taobao.com/item.htm?spm=a21n57.1.0.0.4d53523chbY4Wg&id=730217214783&ns=1&abbucket=12#detail', 'taobao', 'listing', '730217214783'),  # github-index:2363712848
    ('购买链接：https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-23815833841.12.4f231fe70jFDq6&id=650590887596', 'taobao', 'listing', '650590887596'),  # github-index:26882196852
    ('The suggested board is this [ESP32 "Bruce" CYD package on AliExpress](https://www.aliexpress.com/item/1005009383089648.html). It includes the board, a clear acrylic case, touch pen, and cables.', 'aliexpress', 'listing', '1005009383089648'),  # github-index:55202373392
    ('https://aliexpress.com/item/1005004213157718.html', 'aliexpress', 'listing', '1005004213157718'),  # github-index:71417597; bare host
    ('- [10pcs 1W 3W High Power warm white/cool white /natural white/red/green/Blue/Royal blue IR LED with 20mm star pcb - AliExpress](https://fr.aliexpress.com/item/1005003381591196.html)', 'aliexpress', 'listing', '1005003381591196'),  # github-index:60924604802
    ('- Optional [4 rubber feet 38xM8x15mm](https://www.aliexpress.com/item/1005006179757754.html), 8€', 'aliexpress', 'listing', '1005006179757754'),  # github-index:33240646562
    ('| MGN12C Linear rail + block (200mm) | 3     | $33.04 | [here](https://www.aliexpress.com/item/1005004908405311.html?spm=a2g0o.productlist.main.5.18baRdNzRdNzEJ&algo_pvid=984f007a-bd47-4df8-b3d0-9a4284b02dd2&algo_exp_id=984f007a-bd47-4df8-b3d0-9a4284b02dd2-4) |', 'aliexpress', 'listing', '1005004908405311'),  # github-index:19557095252; excerpt
    ('    // https://www.aliexpress.us/item/3256807083309300.html', 'aliexpress', 'listing', '3256807083309300'),  # github-index:47305317182 (kkossev/Hubitat)
    ('    // https://www.aliexpress.com/item/1005007269233710.html', 'aliexpress', 'listing', '1005007269233710'),  # github-index:47305317182 (kkossev/Hubitat)
    ('- Wattmeter DSM630MCT: [SHOP](https://www.aliexpress.com/item/1005004059758839.html?dp=60884bf2d2ed5efc7c969b20&cn=ah&aff_fcid=f70ab32472014c52a8e7cedd4dd3921e-1682023557871-06550-_sSETun&aff_fsk=_sSETun&aff_platform=link-c-tool)', 'aliexpress', 'listing', '1005004059758839'),  # github-index:27130613432; excerpt
    ('- Base: [Partaker Fanless Mini PC - i5 8250U](https://www.aliexpress.com/item/1005001867740130.html?spm=a2g0s.9042311.0.0.66e94c4d0ORiVh) ($387)', 'aliexpress', 'listing', '1005001867740130'),  # github-index:38918613317
    ('18x M2x8 Selftapping screws. I use the ones from this listing: https://www.aliexpress.com/item/1005003604942716.html?spm=a2g0o.order_detail.order_detail_item.7.4b56f19cb83mOQ', 'aliexpress', 'listing', '1005003604942716'),  # github-index:9425426972
    ('| 4ch SSR on DIN rail. Make sure you get DC-CN. | [AliExpress](https://aliexpress.com/item/1005007825084745.html) |', 'aliexpress', 'listing', '1005007825084745'),  # github-index:55640195072
    ('Link [here](https://www.aliexpress.com/item/1005007473460609.html?gps-id=pcStoreJustForYou&scm=1007.23125.137358.0&scm_id=1007.23125.137358.0', 'aliexpress', 'listing', '1005007473460609'),  # github-index:37758452012
    ('For my build, I used 6mm long barrel nuts from [this Aliexpress listing](https://www.aliexpress.com/item/1005007555263192.html?spm=a2g0o.order_list.order_list_main.26.3d2e1802AlYUGI) with 8mm M2 screws ', 'aliexpress', 'listing', '1005007555263192'),  # github-index:65771586827
    ('AliExpress page [here](https://www.aliexpress.com/item/1005007231617232.html?spm=a2g0o.productlist.main.3.355875feKwwU4q&algo_pvid=6c07971c-6bd8-4d3a-88', 'aliexpress', 'listing', '1005007231617232'),  # github-index:7395138557
    ("          'https://www.aliexpress.com/item/1005007171465465.html',", 'aliexpress', 'listing', '1005007171465465'),  # github-index:27516330107
    ('  - Purchase Links: [1GBe](https://www.aliexpress.com/item/1005007045849781.html), [2.5GBe](https://www.aliexpress.com/item/1005007635108859.html)', 'aliexpress', 'listing', '1005007045849781'),  # github-index:46782929132
    ('| 1     | ESP32-C3           | $3.12                            | [AliExpress](https://www.aliexpress.com/item/1005007205044247.html)  |', 'aliexpress', 'listing', '1005007205044247'),  # github-index:19432033577
    ('| Reset button TL3342 | https://www.aliexpress.com/item/1005007506687094.html |', 'aliexpress', 'listing', '1005007506687094'),  # github-index:32304682997
    ('| Feet | https://www.aliexpress.com/item/1005006691343859.html |', 'aliexpress', 'listing', '1005006691343859'),  # github-index:32304682997
    ('* [Aliexpress](https://www.aliexpress.com/item/3256803974952256.html)', 'aliexpress', 'listing', '3256803974952256'),  # github-index:4744087130
    ('- Waveshare 7.5inch Three-color e-Paper Display: https://www.aliexpress.com/item/32833402189.html', 'aliexpress', 'listing', '32833402189'),  # github-index:25095744020
    ('- [AliExpress: Spartan-6 XC6SLX16 core board](https://www.aliexpress.com/item/32801899786.html)', 'aliexpress', 'listing', '32801899786'),  # github-index:71079702770
    ('  https://www.aliexpress.com/item/32614334972.html?spm=2114.search0204.3.9.278c5d07YqZPW8&ws_ab_test=searchweb0_0%2Csearchweb2', 'aliexpress', 'listing', '32614334972'),  # github-index:32995549370
    ('| LD2450 radar | [LD2450]([https://www.example.com](https://www.aliexpress.com/item/1005007254785237.html?spm=a2g0o.productlist.main.1.1a6c15b2vrlaSY&algo_pvid=cf8f82c4-784a-4bba-a3', 'aliexpress', 'listing', '1005007254785237'),  # github-index:71177229602; excerpt; a Markdown link showing a placeholder leads to the listing
    ('var GetDatas = [//{ "Name": "Only", "Link": "http://only.tmall.com/shop/view_shop.htm?spm=a220m.1000858.1000719.1.hZ5QY8" },', 'tmall', 'storefront', 'only'),  # github-index:35144309254
    ('* $30~50 [NanoKVM](https://www.aliexpress.com/item/1005007369816019.html)・梧・ $100 [NanoKVM-Pro](https://www.aliexpress.com/item/1005010048471263.htm', 'aliexpress', 'listing', '1005007369816019'),  # github-index:342395432; mojibake after the link
    ('        url=f"https://www.goofish.com/item?id={quote(str(item_id))}",', None, 'malformed-id', None),  # github-index:59065872139; template
    ('            return f"https://www.goofish.com/item?id={self.item_id}"', None, 'malformed-id', None),  # github-index:67158919279; template
    (' *   https://detail.1688.com/offer/653481234567.html?sk=consign', '1688', 'listing', '653481234567'),  # github-index:62217957523
    ("describe('[demo] ali-1688-detail 蜘蛛测试', () => {//42077154176\n    const url1 = 'https://detail.1688.com/offer/602752160064.html';", '1688', 'listing', '602752160064'),  # github-index:28969386808; two lines
    (" https://detail.1688.com/offer/790648092249.html, https://detail.1688.com/offer/789375033439.html, https://detail.1688.com/offer/628620600600.html', 'https://detail.1688.com/offer/925251512511.html', 'item', 90),", '1688', 'listing', '790648092249'),  # github-index:55898913568; excerpt of an SQL row
    ("  window.open('https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.44016ac2aDwbw4&id=983395304846&categoryId=50023914', '_blank')", 'taobao', 'listing', '983395304846'),  # github-index:10938293624
    ('                product_url = f"https://www.goofish.com/item?spm=a21ybx.search.searchFeedList&id={product_id}&categoryId={category_id}"', None, 'malformed-id', None),  # github-index:19686773505
    ("//   'https://www.goofish.com/item?spm=a21ybx.search.searchFeedList.9.41d7148bXJ7eIC&id=1025473481045&categoryId=202145854',", 'taobao', 'listing', '1025473481045'),  # github-index:53072410671
    ('              <a href="https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.364e6ac21rle0i&id=925988958394&categoryId=50023914" target="_blank" rel="noo', 'taobao', 'listing', '925988958394'),  # github-index:45035127253
    ('    格式: https://www.goofish.com/item?spm=...&id=xxx&categoryId=xxx', None, 'malformed-id', None),  # github-index:62720889290
    ('    test_product_URL = "https://www.goofish.com/item?spm=a21ybx.item.itemCnxh.11.69aa3da6p4pIWN&id=1007091382903&categoryId=0"', 'taobao', 'listing', '1007091382903'),  # github-index:16444835356
    ('        ("https://www.goofish.com/item?id=123456&spm=foo", "123456"),', 'taobao', 'listing', '123456'),  # github-index:63215191882
    ('        ("https://www.goofish.com/item?spm=a&id=999", "999"),', None, 'malformed-id', None),  # github-index:63215191882
    ('        "https://www.goofish.com/item?spm=a21ybx.foo&categoryId=126864985"', None, 'missing-id', None),  # github-index:57823947167
    ("  'https://www.goofish.com/item?spm=old&id=100000000001',", 'taobao', 'listing', '100000000001'),  # github-index:58068791180
    ('"Survival Paracord", "$12.50", "https://www.alibaba.com/product-detail/Survival-Paracord_23456789.html"', 'alibaba_com', 'listing', '23456789'),  # github-index:37718536819; CSV row
    ('\t\thttp://world.taobao.com/item/21202600049.htm?spm=a312a.7728556.1414651174895.5.Eu7umN&scm=1007.10146.6070.0&id=21202600049&pvid=f', 'taobao_or_tmall', 'listing', '21202600049'),  # github-index:6701549371
    ('\t\t//example of this condition would be https://world.taobao.com/item/547456053621.htm?fromSite=main', 'taobao_or_tmall', 'listing', '547456053621'),  # github-index:39799023764; a comment marker glued to a word
    ('    ("我的小店", "https://m.tb.cn/h.RsjkdfC?tk=DcsDgiJeKN6/"),', None, 'short-link', None),  # github-index:56749961040
    ('?{<淘口令:_09_HU7632_UGpX3Yw9B3R_https://m.tb.cn/h.gimGgPH_六必居><https://t.me/KyDJChannel/18832>}', None, 'short-link', None),  # github-index:41639586945; glued by underscores
    ('        val tb = ok("https://m.tb.cn/h.g5XkQlP", Platform.TAOBAO, null)', None, 'short-link', None),  # github-index:71402833590
    ('We bought a Jetson Nano robot for SLAM from Taobao (https://m.tb.cn/h.VIjRDe7?sm=fc07a3) and then add on other functions.', None, 'short-link', None),  # github-index:30402381075
    ("    href: 'https://m.tb.cn/h.SywCvXI?tk=jXg2fL5IjQD',", None, 'short-link', None),  # github-index:511558845
    ('    <a href="https://t.asczwa.com/taobao?backurl=https://m.tb.cn/h.3CQMfe6?sm=868ade">淘宝淘宝淘宝</a>', None, 'not-alibaba-host', None),  # github-index:10897965690; a redirector first
    ("    expect(mainRebate.isTaobaoUrl('https://m.tb.cn/h.test')).toBe(true)", None, 'short-link', None),  # github-index:60508647960
    ('        private const val detail = "https://m.tb.cn/h.fESqESb?tk=5O8J2oCbI470"', None, 'short-link', None),  # github-index:17516433435
    ("                this.tao = '【优惠券】https://m.tb.cn/h.3qOjJD9?sm=baa500 点击链接，再选择浏览器咑閞；或復·制这段描述￥DuG1bLdlVPN￥后咑閞淘♂寳♀[来自超级会员的分享]'", None, 'short-link', None),  # github-index:47370175350
    ('- [淘宝购买链接](https://m.tb.cn/h.iW33Qi7?tk=MPQHUv32tQo%20CZ193)', None, 'short-link', None),  # github-index:52498740570
    ('    #body = \'{"api":"mtop.taobao.sharepassword.generateshorturlnew","data":{"shortUrl":"https://e.tb.cn/h.SXjcgDZgiZ8HovB","longUrl":"https://main.m.taobao.com/app/ltao-fe/we-detail/home.html?id=83455078306', None, 'short-link', None),  # github-index:66106015419
    ('https://wholesaler.alibaba.com/product-detail/TP4056-Single-Cell-LiPo-Battery-Charger_60531963374.html?spm=a2700.7782932.1998701000.4.9KuCzN', 'alibaba_com', 'listing', '60531963374'),  # github-index:4745008994
    ('"https://www.alibaba.com/product-detail/Used-Mobile-Phones-14-Pro-unlock_1600636261799.html?spm=a2700.galleryofferlist.normal_offer.d_image.7cbd3a2czS19lu", "alibaba")', 'alibaba_com', 'listing', '1600636261799'),  # github-index:14208681254
    ("url_test_local = 'https://www.alibaba.com/product-detail/5Layers-Multifunctional-Face-Masks-KN95-Respirator_62532136916.html?spm=a2700.galleryofferlist.0.0.125c66d3DbeLJk&s=p'", 'alibaba_com', 'listing', '62532136916'),  # github-index:15194090129
    ("similar to hologram fans. Here's an [example](https://www.alibaba.com/product-detail/hologram-projector-3D-fan-360-cylinder_1600725569818.html?spm=a2700.shop_plser.41413.9.15e7470fLTpMZq).", 'alibaba_com', 'listing', '1600725569818'),  # github-index:8278502414
    ('        6.50 * 1.3397087, # $6.50/kg-potassium-sorbate from https://www.alibaba.com/product-detail/Lifecare-Supply-Potassium-Sorbate-High-Quality_1600897125355.html?spm=a2700.galleryofferlist.p_offer.d_title.1bc15827eAs1TL&s=p', 'alibaba_com', 'listing', '1600897125355'),  # github-index:20929193249
    ('[link2](https://www.alibaba.com/product-detail/Thermostatic-electric-carbon-fiber-heating-element_62302051301.html?spm=a2700.wholesale.0.0.c5e0bc1cLrvEdd) <br>', 'alibaba_com', 'listing', '62302051301'),  # github-index:32213546339
    ('response = requests.get("https://www.alibaba.com/product-detail/Professional-Lenovo-Gaming-Laptop-Legion-Y7000P_1600051585477.html?spm=a2700.galleryofferlist.normal_offer.d_image.5cdd349duYPRXX").text', 'alibaba_com', 'listing', '1600051585477'),  # github-index:2539482269
    ('create_product_entries("iPhone 14 pro", 152.99, 150.00, "Fast Shipping", "https://i.ebayimg.com/thumbs/images/g/FmUAAOSwKUFjYtg7/s-l300.webp", "https://www.alibaba.com/product-detail/Used-Mobile-Phones-14-Pro-unlock_1600636261799.html?spm=a2700.galleryofferlist.normal_offer.d_image.7cbd3a2czS19lu", "alibaba")', None, 'not-alibaba-host', None),  # github-index:14208681254; an image on eBay first
    ("    const url = 'http://www.sinoped.net/productgrouplist-806538536-3/Clean_room.html?spm=a2700.icbuShop.41413.44.7f9136cbUbNWLw&filter=null'", None, 'not-alibaba-host', None),  # github-index:45693951044; a supplier site with an Alibaba spm
    ('   - [Purple River Alibaba Store](https://purpleriver.en.alibaba.com/index.html?spm=a2700.details.0.0.1a245460PSIafr&from=detail&productId=1601081970203)', 'alibaba_com', 'storefront', 'purpleriver'),  # github-index:66483869234; a store page (notes section 12: *.en.alibaba.com)
    ('* **Baterie**. … levně v [IKEA](https://www.ikea.com/cz/cs/p/plattboj-lith-baterie-80291156/) nebo na [AliExpressu](https://s.click.aliexpress.com/e/_DmJmxVD).', None, 'not-alibaba-host', None),  # github-index:23230527701; IKEA link first
    (' * https://item.taobao.com/item.htm?id=574378898908', 'taobao', 'listing', '574378898908'),  # github-index:18021685566
    ('| KCX_BT_EMITTER Taobao listing | https://item.taobao.com/item.htm?id=570274835710 | Original/alternate listing reference; may require translation |', 'taobao', 'listing', '570274835710'),  # github-index:55838303707
    ('* [搖杆](https://item.taobao.com/item.htm?id=575008844746) (可換三和)', 'taobao', 'listing', '575008844746'),  # github-index:15003989795
    ('* [街機搖杆芯片 2P線x10 5p線x1](https://item.taobao.com/item.htm?id=525916540740)', 'taobao', 'listing', '525916540740'),  # github-index:15003989795
    ('* [24mm按鈕 x 8](https://item.taobao.com/item.htm?id=617646767295) (可換三和)', 'taobao', 'listing', '617646767295'),  # github-index:15003989795
    ('- 安信可 ESP32-Cam 开发板：https://item.taobao.com/item.htm?id=573698917181', 'taobao', 'listing', '573698917181'),  # github-index:3899486179
    ('| 2.54mm-1\\*5P 单排母5.0塑高！！！ |    1 |      X-RA2413MT      | [购买](https://item.taobao.com/item.htm?id=578467867387)  |', 'taobao', 'listing', '578467867387'),  # github-index:11954078749
    ('https://item.taobao.com/item.htm?id=570406633496（【2017版】淘宝优惠）', 'taobao', 'listing', '570406633496'),  # github-index:5360635595
    ('//        lblGotoShop.addLink(to: NSURL(string: "https://item.taobao.com/item.htm?id=575767392308")! as URL, with: range)', 'taobao', 'listing', '575767392308'),  # github-index:950036417
    ('</a><a class="recommend-img-wrapper triggerClick" data-index="25" href="//item.taobao.com/item.htm?id=570234141472&amp;scm=1007.18975.103645.0&amp;pvid=ba92b609-b478-4631-9069-45855a11afce&amp;u', 'taobao', 'listing', '570234141472'),  # github-index:22149599196
    ('style="background-color:rgb(232,232,232,0.5) "colspan="3" align="center"><a href="https://item.taobao.com/item.htm?id=586318430755"> <font style="font-size:16px"> microbit 传感器扩展板</font></a> </td>', 'taobao', 'listing', '586318430755'),  # github-index:3534516982
    (" let res = { headers: {}, model: { isDuplicate: 'true', publishTime: '16:08', itemUrl: '//item.taobao.com/item.htm?id=580440954697' }, httpStatusCode: 200, msgCode: 'SUCCESS', msgInfo: '成功', success: true }", 'taobao', 'listing', '580440954697'),  # github-index:20138029871
    ('🛒**[購入リンク](https://item.taobao.com/item.htm?id=584647000573)**', 'taobao', 'listing', '584647000573'),  # github-index:8888783888
    ('    {"id": 12, "note": "大洋潜水 - Teric", "url": "https://item.taobao.com/item.htm?id=584863170468"},', 'taobao', 'listing', '584863170468'),  # github-index:52510740697
    ('https://item.taobao.com/item.htm?id=587275617620', 'taobao', 'listing', '587275617620'),  # github-index:3904020580
    ('"ZkFinalPrice":"38.98","ZkFinalPriceWap":null},{"ClickUrl":"","ItemUrl":"http://item.taobao.com/item.htm?id=585458912186","Nick":"风疯锋1988","NumIid":0,', 'taobao', 'listing', '585458912186'),  # github-index:39204696772
    ('读取[该款IMU传感器](http://item.taobao.com/item.htm?id=587961204951)数据,然后转换为ros的topic发布出去', 'taobao', 'listing', '587961204951'),  # github-index:5220494772
    ("man_clothes_url = 'https://item.taobao.com/item.htm?id=586766818307'  # 尺码表焦点商品", 'taobao', 'listing', '586766818307'),  # github-index:33637311086
    ('material_url = "https://item.taobao.com/item.htm?id=586635349110"', 'taobao', 'listing', '586635349110'),  # github-index:33637311086
    ('            "https://item.taobao.com/item.htm?id=581723516301&ns=1&abbucket=9";', 'taobao', 'listing', '581723516301'),  # github-index:13151518418
    (' * https://www.taobao.com/list/item-amp/574378898908.htm', None, 'not-a-listing', None),  # github-index:18021685566; the AMP form of the SEO item page: notes silent
    (" 创客温湿度套件 |  [![买买买](http://cdn.airijia.com/b6eca8da724952cc0251.gif ':size=150')](https://item.taobao.com/item.htm?id=577014079869) |  ", 'taobao', 'listing', '577014079869'),  # github-index:34069018158; urlleft2: a Markdown linked image (its image titled) leads to its target, not to its image
    ("f pow r2 |  [![买买买](http://cdn.airijia.com/b6eca8da724952cc0251.gif ':size=150')](https://item.taobao.com/item.htm?id=583765007252) |", 'taobao', 'listing', '583765007252'),  # github-index:34255847246; urlleft2: a Markdown linked image (its image titled) leads to its target, not to its image
    ('curl -x 192.168.0.1:31280 -L -v https://item.taobao.com/item.htm?ft=t&id=37267511838', 'taobao', 'listing', '37267511838'),  # github-index:11133177780; a proxy address before it
    ('The hardware is hacked from a 4.2 inch e-ink price tag available on e-commerce platforms, you can [click here to buy](https://item.taobao.com/item.htm?ft=t&id=874071462547), supports both black and white dual-color and black, white, and red tri-color versions.', 'taobao', 'listing', '874071462547'),  # github-index:49008060030
    ('- [MKLink V2](https://item.taobao.com/item.htm?ft=t&id=895964393739)', 'taobao', 'listing', '895964393739'),  # github-index:59150979075
    ('- [MKLink V3](https://item.taobao.com/item.htm?ft=t&id=1013104417098)', 'taobao', 'listing', '1013104417098'),  # github-index:59150979075; 13-digit id
    ('## [CAM-8MS1M 单目摄像头模组](https://item.taobao.com/item.htm?ft=t&id=659032651408)', 'taobao', 'listing', '659032651408'),  # github-index:56118382994
    ('      url: "https://item.taobao.com/item.htm?ft=t&id=720670439937",', 'taobao', 'listing', '720670439937'),  # github-index:27711670485
    ('// https://item.taobao.com/item.htm?ft=t&id=523383164199', 'taobao', 'listing', '523383164199'),  # github-index:73535024 (MicroPython board file)
    ('// https://www.aliexpress.com/wholesale?SearchText=STM32F407ZGT6+Mini', None, 'not-a-listing', None),  # github-index:73535024; search page
    ('You can purchase from [TaoBao](https://item.taobao.com/item.htm?ft=t&id=767961666600) or [Afdian](https://afdian.com/item/6726fcc4247311ef8c6852540025c377).', 'taobao', 'listing', '767961666600'),  # github-index:71276110409
    ('\t\t\teJso.put("url", "http://item.taobao.com/item.htm?ft=t&id=18415198429&mt=");', 'taobao', 'listing', '18415198429'),  # github-index:12814435514
    ('**温馨提示：如果你需要以上所有元件，你可以购买我们的[Elecfreaks小小科学家套件](https://item.taobao.com/item.htm?ft=t&id=597096675822)。**', 'taobao', 'listing', '597096675822'),  # github-index:24398616764
    ('    {"id": 2, "note": "大洋潜水 - Perdix", "url": "https://item.taobao.com/item.htm?id=676780234187"},', 'taobao', 'listing', '676780234187'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 3, "note": "塞班户外 - Perdix", "url": "https://item.taobao.com/item.htm?id=676463247224"},', 'taobao', 'listing', '676463247224'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 4, "note": "白鳍鲨 - Perdix", "url": "https://item.taobao.com/item.htm?id=544005716799"},', 'taobao', 'listing', '544005716799'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 5, "note": "岁老板 - Perdix", "url": "https://item.taobao.com/item.htm?id=675444560376"},', 'taobao', 'listing', '675444560376'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 6, "note": "三潜社 - Perdix", "url": "https://item.taobao.com/item.htm?id=632230014333"},', 'taobao', 'listing', '632230014333'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 7, "note": "大洋潜水 - Peregrine", "url": "https://item.taobao.com/item.htm?id=623907417709"},', 'taobao', 'listing', '623907417709'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 8, "note": "塞班户外 - Peregrine", "url": "https://item.taobao.com/item.htm?id=624281587175"},', 'taobao', 'listing', '624281587175'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 9, "note": "白鳍鲨 - Peregrine", "url": "https://item.taobao.com/item.htm?id=623777445212"},', 'taobao', 'listing', '623777445212'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 10, "note": "岁老板 - Peregrine", "url": "https://item.taobao.com/item.htm?id=626899529012"},', 'taobao', 'listing', '626899529012'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 11, "note": "三潜社 - Peregrine", "url": "https://item.taobao.com/item.htm?id=988652922548"},', 'taobao', 'listing', '988652922548'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 13, "note": "塞班户外 - Teric", "url": "https://item.taobao.com/item.htm?id=575523804132"},', 'taobao', 'listing', '575523804132'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 14, "note": "白鳍鲨 - Teric", "url": "https://item.taobao.com/item.htm?id=570722701118"},', 'taobao', 'listing', '570722701118'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 15, "note": "岁老板 - Teric", "url": "https://item.taobao.com/item.htm?id=667904575973"},', 'taobao', 'listing', '667904575973'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 16, "note": "三潜社 - Teric", "url": "https://item.taobao.com/item.htm?id=629563113404"},', 'taobao', 'listing', '629563113404'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 17, "note": "大洋潜水 - Tern", "url": "https://item.taobao.com/item.htm?id=753330765355"},', 'taobao', 'listing', '753330765355'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 18, "note": "塞班户外 - Tern", "url": "https://item.taobao.com/item.htm?id=756509652959"},', 'taobao', 'listing', '756509652959'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 19, "note": "白鳍鲨 - Tern", "url": "https://item.taobao.com/item.htm?id=753672216139"},', 'taobao', 'listing', '753672216139'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 20, "note": "岁老板 - Tern", "url": "https://item.taobao.com/item.htm?id=749763697229"},', 'taobao', 'listing', '749763697229'),  # github-index:52510740697 (price monitor list)
    ('    {"id": 21, "note": "三潜社 - Tern", "url": "https://item.taobao.com/item.htm?id=899733746263"},', 'taobao', 'listing', '899733746263'),  # github-index:52510740697 (price monitor list)
    ('# 卡片來源: [赛特凌威科技](https://item.taobao.com/item.htm?_u=535po35ob365&id=573888696513&spm=a1z09.2.0.0.cc9f2e8dJn0AYz)', 'taobao', 'listing', '573888696513'),  # github-index:2344208007
    ('也可以购买复刻版：[ESP32 S3核心板](https://item.taobao.com/item.htm?_u=fpkffgdda1e&id=695554257902)', 'taobao', 'listing', '695554257902'),  # github-index:7821124663
    ('        let voltage_to_torque = 0.0049; // https://item.taobao.com/item.htm?_u=k2st8hc2dcef&id=556445606114', 'taobao', 'listing', '556445606114'),  # github-index:1812826811
    ('\t* USB转串口的TTL线（可以从淘宝上买[USB转TTL模块](http://item.taobao.com/item.htm?_u=tc8grg404cf&id=14126761542)）', 'taobao', 'listing', '14126761542'),  # github-index:7784033819
    ('2️⃣ **702025 Li-Po Battery 250 mAh** – You need 2 batteries for one robot. [Taobao Link](https://item.taobao.com/item.htm?_u=fb6lncqb37e&id=707886319580&skuId=5171695959474)  ', 'taobao', 'listing', '707886319580'),  # github-index:57565006889
    ('| [Taobao Link](https://item.taobao.com/item.htm?_u=b2p28k7n5f0a&id=570924265589&spm=a1z09.2.0.0.20222e8dyVKeaQ&sku_properties=122276018%3A20213) |', 'taobao', 'listing', '570924265589'),  # github-index:33127709725
    ('[MT7921AU](https://item.taobao.com/item.htm?_u=928s7to9567&id=777632016647)', 'taobao', 'listing', '777632016647'),  # github-index:22177901850
    ('| 1    | GM805        | [颜色分类：默认](https://item.taobao.com/item.htm?_u=pnh8ujp653f&id=670772947536&spm=a1z09.2.0.0.63572e8d9a6VqT)                                                |', 'taobao', 'listing', '670772947536'),  # github-index:23671112458
    ('| Motion capture system , [T-Motor 501-X motor and ESC integrated kit](https://item.taobao.com/item.htm?_u=a22o13el43d2&id=606577444356&pisk=g1czsB_zQQdrNiZ8EjNFbs5vdWP81W-6xXZQ-203PuqkpzOhT2ugRUKpyxznAmLpy7g3YDobD6aBeHCE00giF8', 'taobao', 'listing', '606577444356'),  # github-index:23277223679; excerpt
    ('        Request request = new Request("https://detail.tmall.com/item.htm?id=522216409648")', 'tmall', 'listing', '522216409648'),  # github-index:15314010754
    ('        url="https://detail.tmall.com/item.htm?id=526214790652";', 'tmall', 'listing', '526214790652'),  # github-index:44361362974
    ('"fromsite":"识货","mall":"天猫","iftobuy":1,"buyurl":"https://detail.tmall.com/item.htm?id=522562044725","dealfeature":0},{"id":2363581,"rank":2,', 'tmall', 'listing', '522562044725'),  # github-index:11276987673
    ('//        val jsonstr1 = "{\\"src_url\\":\\"https://detail.tmall.com/item.htm?id=528398333853&skuId=3291298984298&user_id=2172152306&cat_id=50032140&is_b=1&rn=6630d5161c1a09', 'tmall', 'listing', '528398333853'),  # github-index:36918837813
    ('\t\t\t\t\t\t\t<a href="https://detail.tmall.com/item.htm?id=520991913671" target="_blank"><img src="http://i.huim.com/contents/14743398225073.png!290x29', 'tmall', 'listing', '520991913671'),  # github-index:29283390453
    ("        # yield Request('https://detail.tmall.com/item.htm?id=524546739131',callback=self.con_pares);", 'tmall', 'listing', '524546739131'),  # github-index:24013865163
    ('    "url": "https://detail.tmall.com/item.htm?id=521995661165&sku_properties=21433:50753460"', 'tmall', 'listing', '521995661165'),  # github-index:68465927616
    ('- [Dowel Pin - diameter = 6mm, length = 10mm](https://detail.tmall.com/item.htm?id=522002486638) ⨉6', 'tmall', 'listing', '522002486638'),  # github-index:32203591338
    ("        url:'https://detail.tmall.com/item.htm?id=526513532519&ali_trackid=2:mm_35674402_9486228_31776601:1533892170_280_1144737937&pvid=50_10", 'tmall', 'listing', '526513532519'),  # github-index:4665469997
    ('            link:"https://detail.tmall.com/item.htm?id=526408837757&ali_refid=a3_430583_1006:1122168011:N:4mdusFQsyHskDa5C371QZQ==:94a189fb1ec37817', 'tmall', 'listing', '526408837757'),  # github-index:7768696414
    ('        String url = "https://detail.1688.com/offer/567816566120.html?spm=b26110380.sw1688.mof001.26.19a952eahjNYdv";', '1688', 'listing', '567816566120'),  # github-index:31166470850
    ("    url = 'https://detail.1688.com/offer/564393823842.html'", '1688', 'listing', '564393823842'),  # github-index:39792485974
    ('https://detail.1688.com/offer/555231932025.html', '1688', 'listing', '555231932025'),  # github-index:70081538899
    ('\tSpider.create(testPageProcessor).addUrl("https://detail.1688.com/offer/588461034948.html?spm=a262eq.14421251.k99yqobl0.10.62531b27P60jaC&udsPoolId=1823021&resourc', '1688', 'listing', '588461034948'),  # github-index:27945193549
    ('getSPs("https://detail.1688.com/offer/552929152950.html");', '1688', 'listing', '552929152950'),  # github-index:20727372649
    ('dcap["referer"]=("https://detail.1688.com/offer/544928091945.html?spm=a2604.8446800.iwlwdfal.10.fZcanl")', '1688', 'listing', '544928091945'),  # github-index:49341304669
    ('      selected_offer_url: "https://detail.1688.com/offer/500.html",', None, 'malformed-id', None),  # github-index:59315606059
    ('<span class="help-block">例如商品链接为: https://detail.1688.com/offer/527995131518.html,直接输入商品链接或输入商品ID:527995131518</span>', '1688', 'listing', '527995131518'),  # github-index:24490917859; a comma after .html ends the link
    ('                //String a = "https://detail.1688.com/offer/547186777897.html";', '1688', 'listing', '547186777897'),  # github-index:49049831614; a comment marker glued to a word
    ('//        webview.load(URLRequest.init(url: URL.init(string: "https://m.intl.taobao.com/detail/detail.html?id=528603968600&ali_refid=a3_430125_1006:1107689385:N:%E9%93%81%E8%A7%82%E9%9F%B3:3ea11759b9918dea427245c73fb1b5bb&ali_t', 'taobao_or_tmall', 'listing', '528603968600'),  # github-index:32871817449; excerpt
    ('//     "LinkProduct": "https://m.intl.taobao.com/detail/detail.html?spm=a2141.8971817.50000671.1&id=606675435996&scm=1007.15522.117270.cat:50000671_industry:_cattype:cat_id:606675435996&pv', 'taobao_or_tmall', 'listing', '606675435996'),  # github-index:30553652983; excerpt
    ('x 主机 https://item.taobao.com/item.htm?id=528347723998 3000', 'taobao', 'listing', '528347723998'),  # github-index:1799270988 (spending list)
    ('x 显示器 https://detail.tmall.com/item.htm?id=545087400148 699', 'tmall', 'listing', '545087400148'),  # github-index:1799270988 (spending list)
    ('x mouse https://detail.tmall.com/item.htm?id=19229169725 22', 'tmall', 'listing', '19229169725'),  # github-index:1799270988 (spending list)
    ('x keyboard https://detail.tmall.com/item.htm?id=13570491314 399', 'tmall', 'listing', '13570491314'),  # github-index:1799270988 (spending list)
    ('x 额外硬盘 https://detail.tmall.com/item.htm?id=532585923545 289', 'tmall', 'listing', '532585923545'),  # github-index:1799270988 (spending list)
    ('x HDMI接线 https://item.taobao.com/item.htm?id=42946068535 15', 'taobao', 'listing', '42946068535'),  # github-index:1799270988 (spending list)
    ('x PC2 https://item.taobao.com/item.htm?id=541111439522 128', 'taobao', 'listing', '541111439522'),  # github-index:1799270988 (spending list)
    ('x zero https://item.taobao.com/item.htm?id=541063652212 62', 'taobao', 'listing', '541063652212'),  # github-index:1799270988 (spending list)
    ('x TF https://item.taobao.com/item.htm?id=536688543918 52', 'taobao', 'listing', '536688543918'),  # github-index:1799270988 (spending list)
    ('x 电源线 https://item.taobao.com/item.htm?id=524038384425 8', 'taobao', 'listing', '524038384425'),  # github-index:1799270988 (spending list)
    ('x 摄像头 https://item.taobao.com/item.htm?id=523160733840 32', 'taobao', 'listing', '523160733840'),  # github-index:1799270988 (spending list)
    ('[<a href="{:url(\'/login/logout\')}">退出</a>] [<a href="https://item.taobao.com/item.htm?id=531038056831" target="_blank">赞助作者</a>]</li>', 'taobao', 'listing', '531038056831'),  # github-index:18350752261
    ('\t\t\t\t<a href="https://item.taobao.com/item.htm?id=539837098284" class="navbar-brand">', 'taobao', 'listing', '539837098284'),  # github-index:29208824401
    ('| 屏幕 | 0.96" SSD1306 OLED | [0.96寸oled显示屏模块iic接口](https://item.taobao.com/item.htm?id=537849751788&_u=e1fg9to677b) |', 'taobao', 'listing', '537849751788'),  # github-index:6818644740
    ('\t"如果您需要什么书，请点击<a href=\'https://item.taobao.com/item.htm?id=537497008124\'>淘宝链接</a>与客服联系");}', 'taobao', 'listing', '537497008124'),  # github-index:259892310
    ('付费软件，可以免费试用一个月。官网卖的较贵，[数码荔枝的淘宝店](https://item.taobao.com/item.htm?id=535723275520) 有售正版，150元左右。', 'taobao', 'listing', '535723275520'),  # github-index:48930259758
    ("print(shopCollectUrlFile.loadValue('https://item.taobao.com/item.htm?id=539898810329&_u='))", 'taobao', 'listing', '539898810329'),  # github-index:2460391053
    ("\t\t\t\t\thref: 'https://item.taobao.com/item.htm?id=538008716770',", 'taobao', 'listing', '538008716770'),  # github-index:8004192016
    (">  举例：当`url = 'https://item.taobao.com/item.htm?id=535023141744'` 时，这是一个淘宝网站里面的一个商品，现在我们想得到这个网址里面的商品id。", 'taobao', 'listing', '535023141744'),  # github-index:37051350063
    ('* 到胃：F407VET6/F407ZGT6 F4+大量外设资源 [购买链接](https://item.taobao.com/item.htm?id=537030227032&ali_refid=a3_430582_1006:1124961243:N:Qmyl3kynfp8L69LZxL%2Biz9G%2BajqCBn8a:3ef7e8ef7e02aa5793f1065d', 'taobao', 'listing', '537030227032'),  # github-index:14065268025
    ("const input = ref('https://detail.tmall.com/item.htm?id=538766297543');", 'tmall', 'listing', '538766297543'),  # github-index:3694651159
    ('    //https://detail.tmall.com/item.htm?id=547143017906', 'tmall', 'listing', '547143017906'),  # github-index:21190759699
    ('    private static final String url = "https://detail.tmall.com/item.htm?id=551934729505', 'tmall', 'listing', '551934729505'),  # github-index:21190759699
    ('//https://detail.tmall.com/item.htm?id=528555529970', 'tmall', 'listing', '528555529970'),  # github-index:47497450594
    ('https://detail.tmall.com/item.htm?id=586008312266&ns=1&abbucket=9', 'tmall', 'listing', '586008312266'),  # github-index:13495195444
    ('https://detail.tmall.com/item.htm?id=573944748256&ns=1&abbucket=9', 'tmall', 'listing', '573944748256'),  # github-index:13495195444
    ('                    <div>https://detail.tmall.com/item.htm?id=562200283003</div>', 'tmall', 'listing', '562200283003'),  # github-index:1840361179
    ('    # url = "https://detail.tmall.com/item.htm?id=557200845972"', 'tmall', 'listing', '557200845972'),  # github-index:8980863799
    ('        itemId = LinkParserUtil.getTaobaoItemId("https://detail.tmall.com/item.htm?id=536687325753");', 'tmall', 'listing', '536687325753'),  # github-index:36106539394
    ("# browser.get('https://detail.tmall.com/item.htm?id=522680881881&spm=a223v.7835278.t0.1.1b188d4bLTyj6Z&pvid=f86cd266-4d61-4919-be70-a6476f545d1a&scm=1007", 'tmall', 'listing', '522680881881'),  # github-index:8204316889
    ("//     'url' : 'https://detail.tmall.com/item.htm?id=540219887479',", 'tmall', 'listing', '540219887479'),  # github-index:9871773169
    ('|3.3V继电器|1|通过gpio口控制线路通断|[点我购买](https://detail.tmall.com/item.htm?id=530650857798&spm=a1z09.2.0.0.741c2e8dtOYS6q&_u=oh5g3cj6d75)|', 'tmall', 'listing', '530650857798'),  # github-index:27561440524
    ('//$link = "https://world.taobao.com/item/616606689587.htm?spm=a21wu.10013406-cat-tw.0.0.28e25116D0Opvd";', 'taobao_or_tmall', 'listing', '616606689587'),  # github-index:47497450594; a PHP comment marker before it
    ('//$link ="https://world.taobao.com/item/623346006409.htm?spm=a21wu.10013406-cat-tw.0.0.28e25116D0Opvd";', 'taobao_or_tmall', 'listing', '623346006409'),  # github-index:47497450594
    ('* 1x ILI9341 + Touch display 240x320 2.8" SPI TFT LCD Touch Panel https://nl.aliexpress.com/item/4000631140288.html?spm=a2g0s.9042311.0.0.46b54c4delJT6H', 'aliexpress', 'listing', '4000631140288'),  # github-index:26706112291
    ('| 7 | BMS | min. 3A Output | 1x | [Aliexpress](https://de.aliexpress.com/item/4001010955646.html?spm=a2g0o.productlist.0.0.20e822c8MUsP5C&algo_pvid=451857c9-a5b8-4a79-9d83-765ab7486', 'aliexpress', 'listing', '4001010955646'),  # github-index:46425732166
    ('\tconst link = "https://pt.aliexpress.com/item/4000262656907.html?pdp_ext_f=%7B%22ship_from%22%3A%22CN%22%2C%22sku_id%22%3A%2212000024249380212%22%7D&', 'aliexpress', 'listing', '4000262656907'),  # github-index:21042611461
    ('There are optional headers for an [IMNP441 mic module](https://www.aliexpress.com/item/4000045517597.html?spm).', 'aliexpress', 'listing', '4000045517597'),  # github-index:36757652896
    ('| RS‑232 ↔ TTL MAX3232 | Level converter—it shifts RS‑232 to TTL voltage | [Link](https://www.aliexpress.com/item/4000370825055.html) |', 'aliexpress', 'listing', '4000370825055'),  # github-index:69638932126
    ('| 4   | [BMP280 3.3V pressure sensor "GY-BMP280-3.3"](https://www.aliexpress.com/item/4000587263474.html) |', 'aliexpress', 'listing', '4000587263474'),  # github-index:5291821
    ('// last known link: "https://www.aliexpress.com/item/4000106862374.html"', 'aliexpress', 'listing', '4000106862374'),  # github-index:32063912821
    ('this firmware, so i recommend you to use Paneldue, you can get it from our store [here](https://www.aliexpress.com/item/4000156345741.html). You can connect it to Spider using the wiring below.![](images/paneldue.jpg)', 'aliexpress', 'listing', '4000156345741'),  # github-index:12029318056
    ('`Aliexpress <https://www.aliexpress.com/item/4000369700535.html>`__', 'aliexpress', 'listing', '4000369700535'),  # github-index:3382733971
    ('| **LiDAR Sensor**      | RPLiDAR A1                  | $150          | [AliExpress](https://www.aliexpress.com/item/4000342951334.html) |', 'aliexpress', 'listing', '4000342951334'),  # github-index:40863039616
    ("const TAOBAO_URL = 'https://item.taobao.com/item.htm?id=623675070331';", 'taobao', 'listing', '623675070331'),  # github-index:54815309852
    ('* NanoPi R2S CNC 官方金属壳版 购买链接: [友善电子 FriendArm 官方淘宝店](https://item.taobao.com/item.htm?id=611901481535) ', 'taobao', 'listing', '611901481535'),  # github-index:28343511707
    ("        q=self.quote(); r={**q,'url':'https://item.taobao.com/item.htm?id=671399789358','payable_total':189}", 'taobao', 'listing', '671399789358'),  # github-index:70768602212
    ('淘宝购买链接：[Air780E 核心板淘宝购买链接](https://item.taobao.com/item.htm?id=693774140934&pisk=f1eiwOqL25l1_HYiV6D1ize3wN5d5FMjRrpxkx3VT2uIHCCskWm4kysffAEqor4KRRIskGT0ooqi_coq7DW', 'taobao', 'listing', '693774140934'),  # github-index:3888970322
    ('          webLink: "https://item.taobao.com/item.htm?id=607640270804",', 'taobao', 'listing', '607640270804'),  # github-index:42538212257
    ('    "product_url": "https://item.taobao.com/item.htm?id=649758140938",', 'taobao', 'listing', '649758140938'),  # github-index:68612743787
    ('| **SPI / 16-bit parallel 介面** | SPI、TFT driver、bitmap、tilemap、sprite、DMA      | NT$316   | [淘寶](https://item.taobao.com/item.htm?id=606268548585&mi_id=0000Zc9-ZRRVV7yVcx3mkuX6IJ4hIfQXhPZtoFB8o1q-zVQ) / [spec](找不到韌體工作之亡羊補牢專案/spec/ILI9', 'taobao', 'listing', '606268548585'),  # github-index:59118457487
    ('https://item.taobao.com/item.htm?id=611336611828', 'taobao', 'listing', '611336611828'),  # github-index:6801366632
    ('[Development board on Taobao](https://item.taobao.com/item.htm?id=683089996879)  ', 'taobao', 'listing', '683089996879'),  # github-index:309559217
    ('[Development board on Aliexpress](https://aliexpress.ru/item/1005003309355639.html)  ', 'aliexpress', 'listing', '1005003309355639'),  # github-index:309559217
    ('// @include      *://item.taobao.com/item.htm?id=619854312083&details_id=*', None, 'not-a-url', None),  # github-index:17761247942; a userscript match pattern, no scheme; notes: other schemes refused
    ('#                 <a class="gd_img" target="_blank" href="//detail.tmall.com/item.htm?id=600895057006" style="height:190px;">', 'tmall', 'listing', '600895057006'),  # github-index:35108348973
    ('[1] [GPS模块](https://detail.tmall.com/item.htm?id=624818869038&price=26.6&sourceType=item&sourceType=item&suid=ad59cf26-7f69-413a-b68b-aec2adf0ab2f&sha', 'tmall', 'listing', '624818869038'),  # github-index:27524475799
    ("let href = '//detail.tmall.com/item.htm?id=615966253103&rn=1419cf99c83ee434be65f5f8360f0014&abbucket=20'", 'tmall', 'listing', '615966253103'),  # github-index:7876846428
    ('  // https://detail.tmall.com/item.htm?id=686834692724', 'tmall', 'listing', '686834692724'),  # github-index:5655997608
    ('        ("https://detail.tmall.com/item.htm?id=688900123456", "688900123456"),', 'tmall', 'listing', '688900123456'),  # github-index:53543453434
    ('          link: "https://detail.tmall.com/item.htm?id=605165654577",', 'tmall', 'listing', '605165654577'),  # github-index:63155967289
    ('                _sku_url = "https://detail.tmall.com/item.htm?id=612947314674"', 'tmall', 'listing', '612947314674'),  # github-index:2446135279
    ("  const url = 'taobao://detail.tmall.com/item.htm?id=610147788029';", None, 'scheme-not-allowed', None),  # github-index:27824754228; app deep link (notes section 0)
    ('| &#10004; |              电焊笔               | 19.80  |       [**艾瑞泽旗舰店**](https://airuizewj.tmall.com/)       | 60W机械调温（速热恒温）6件套【配收纳盒】      | https://detail.tmall.com/item.htm?id=533283580098&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpbc8b3 |', 'tmall', 'storefront', 'airuizewj'),  # github-index:36418503499 (Holocubic parts table); the store link comes first
    ('https://detail.tmall.com/item.htm?id=533283580098&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpbc8b3 |', 'tmall', 'listing', '533283580098'),  # github-index:36418503499 (Holocubic parts table)
    ('| &#10004; |           电焊笔头-刀头           |  3.50  |          **[天工配件](https://13961.taobao.com/)**           | 柠檬黄[大刀头1个]                             | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=19033217031&_u=s119dtpb227d |', 'taobao', 'storefront', '13961'),  # github-index:36418503499 (Holocubic parts table); a numeric vanity label
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=19033217031&_u=s119dtpb227d', 'taobao', 'listing', '19033217031'),  # github-index:36418503499 (Holocubic parts table)
    ('| &#10004; |             松香-助焊             |  6.49  |          **[天工配件](https://13961.taobao.com/)**           | 50G【铝盒装】高纯度松香                       | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=586236371841&_u=s119dtpbfc88 |', 'taobao', 'storefront', '13961'),  # github-index:36418503499 (Holocubic parts table)
    ('    **[深圳工具批发](https://shop322187831.taobao.com/)**     | 金鸡环保焊锡膏100g 1瓶包邮                    | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=557957630716&_u=s119dtpb7476 |', 'taobao', 'storefront', '322187831'),  # github-index:36418503499 (Holocubic parts table); excerpt of a row
    ('[**安立信旗舰店**](https://anlixin.tmall.com/)', 'tmall', 'storefront', 'anlixin'),  # github-index:36418503499 (Holocubic parts table)
    ('| 183℃中温有铅锡膏30G/支(常用款)【送推杆/针头】 | https://detail.tmall.com/item.htm?id=626569273184&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpb2028 |', 'tmall', 'listing', '626569273184'),  # github-index:36418503499 (Holocubic parts table); excerpt of a row
    ('| &#10004; |              拆焊台               | 21.80  |    [**鹿仙子五金专营店**](https://luxianziwj.tmall.com/)     | 【大功率400W】预热板+8件                      | https://detail.tmall.com/item.htm?id=591896261597&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpbcd38 |', 'tmall', 'storefront', 'luxianziwj'),  # github-index:36418503499 (Holocubic parts table)
    ('| 防静电尖头特尖镊11                            | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=553391976137&_u=s119dtpb39e1 |', 'taobao', 'listing', '553391976137'),  # github-index:36418503499 (Holocubic parts table); excerpt of a row
    ('**[深圳市吉兴达电子](https://shop148999102.taobao.com/)**', 'taobao', 'storefront', '148999102'),  # github-index:36418503499 (Holocubic parts table)
    ('| &#10004; |              洗板水               | 15.00  |        **[广州楷翔电子](https://ebs03.taobao.com/)**         | I6 500ML水+针咀瓶+刷子                        | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=9893313086&_u=s119dtpbd369 |', 'taobao', 'storefront', 'ebs03'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=9893313086&_u=s119dtpbd369', 'taobao', 'listing', '9893313086'),  # github-index:36418503499 (Holocubic parts table); ten-digit id
    ('|          |        酒精瓶按压式喷水瓶         |  6.00  |   **[天胜五金配件店](https://shop156141875.taobao.com/)**    | 按压式180ML酒精瓶                             | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=624331352100&_u=s119dtpbf637 |', 'taobao', 'storefront', '156141875'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=623047677822&_u=s119dtpbe946 |', 'taobao', 'listing', '623047677822'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=652504535581&_u=s119dtpb54af |', 'taobao', 'listing', '652504535581'),  # github-index:36418503499 (Holocubic parts table)
    ('| &#10004; |              万用表               | 46.50  | [**德力西电气旗舰店**](https://delixidianqi.tmall.com/?spm=a220o.1000855.1997427721.d4918089.58ec4f9cosgeBw) | DEM11万用表【限量秒杀】                       | https://detail.tmall.com/item.htm?id=532558554291&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpbf707 |', 'tmall', 'storefront', 'delixidianqi'),  # github-index:36418503499 (Holocubic parts table)
    ('| DEM11万用表【限量秒杀】                       | https://detail.tmall.com/item.htm?id=532558554291&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpbf707 |', 'tmall', 'listing', '532558554291'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=583256956902&_u=s119dtpbb08e', 'taobao', 'listing', '583256956902'),  # github-index:36418503499 (Holocubic parts table)
    ('|  **[光学镜片加工厂家](https://shop393484141.taobao.com/)**   | 38，这要去以他于和生时生天啊 https://m.tb.cn/h.f8IMX7r?sm=d13b56 稚晖君同款 分光棱镜25.4mm半透半反 HoloCubic光学影像分光投射 | 客服提 aio固件群来的，有优惠额                               |', 'taobao', 'storefront', '393484141'),  # github-index:36418503499 (Holocubic parts table)
    ('| 38，这要去以他于和生时生天啊 https://m.tb.cn/h.f8IMX7r?sm=d13b56 稚晖君同款 分光棱镜25.4mm半透半反 HoloCubic光学影像分光投射 |', None, 'short-link', None),  # github-index:36418503499 (Holocubic parts table); share text in a cell
    ("| &#10004; | 'LCD-240x240                                                |        屏幕         |     *13.00*      |      **[中景园电子](https://zjy-display.taobao.com/)**       | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=565306950948&_u=s119dtpbfe22 | 型号：焊接式12Pin裸屏玻璃品牌：翰彩                          |", 'taobao', 'storefront', 'zjy-display'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=565306950948&_u=s119dtpbfe22 | 型号：焊接式12Pin裸屏玻璃品牌：翰彩                          |', 'taobao', 'listing', '565306950948'),  # github-index:36418503499 (Holocubic parts table)
    ('**[zave旗舰店](https://zave.tmall.com/)**', 'tmall', 'storefront', 'zave'),  # github-index:36418503499 (Holocubic parts table)
    ('| 89嘻心她的人他于和年下为们哈 https://m.tb.cn/h.fjHJsPD?sm=d22864 SD/MINI/TF/MICRO卡座卡槽卡托卡套 大小/长短体带自弹式翻盖贴片 | 型号：翻盖内焊式 |', None, 'short-link', None),  # github-index:36418503499 (Holocubic parts table)
    ('[**深圳市行芯电子商城**](https://baiwangdadong.taobao.com/)  | 39啊然里有能他于和那和以去信 https://m.tb.cn/h.fjHsU4H?sm=438622 全新原装 进口 LP2992 LP2992AIM5X-3.3 丝印LFEA SOT23-5 稳压器 |', 'taobao', 'storefront', 'baiwangdadong'),  # github-index:36418503499 (Holocubic parts table)
    ('**[佑印旗舰店](https://youyinsm.tmall.com/)**         | https://detail.tmall.com/item.htm?id=661451560891&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpb445e |', 'tmall', 'storefront', 'youyinsm'),  # github-index:36418503499 (Holocubic parts table)
    ('https://detail.tmall.com/item.htm?id=661451560891&spm=a1z09.2.0.0.31152e8dB8LXcd&_u=s119dtpb445e', 'tmall', 'listing', '661451560891'),  # github-index:36418503499 (Holocubic parts table)
    ('| **[深圳市优信电子科技有限公司](https://youxin-electronic.taobao.com/)** | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=558699169012&_u=s119dtpb1e46 |', 'taobao', 'storefront', 'youxin-electronic'),  # github-index:36418503499 (Holocubic parts table)
    ('| https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=522554835655&_u=s119dtpbf310 | 也可以买模块拆上面的mpu6050用*模块便宜*[模块链接](https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=522575310310&_u=s119dtpbf399) |', 'taobao', 'listing', '522554835655'),  # github-index:36418503499 (Holocubic parts table)
    ('也可以买模块拆上面的mpu6050用*模块便宜*[模块链接](https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=522575310310&_u=s119dtpbf399) |', 'taobao', 'listing', '522575310310'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=635409903966&_u=s119dtpb56cc', 'taobao', 'listing', '635409903966'),  # github-index:36418503499 (Holocubic parts table)
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.31152e8dB8LXcd&id=522575454240&_u=s119dtpb25a4', 'taobao', 'listing', '522575454240'),  # github-index:36418503499 (Holocubic parts table)
    ('|          | 贴片 SOT-23 XC6206P332MR (662K) 3.3V 300MA 稳压芯片（20只） |    拓展板稳压器     |                  | **[深圳市优信电子科技有限公司](https://youxin-electronic.taobao.com/)** |       https://item.taobao.com/item.htm?id=522573858401       |                                                              |', 'taobao', 'storefront', 'youxin-electronic'),  # github-index:36418503499 (Holocubic parts table)
    ('|       https://item.taobao.com/item.htm?id=522573858401       |', 'taobao', 'listing', '522573858401'),  # github-index:36418503499 (Holocubic parts table)
    ('|      | USB连接器 / Type-C 母座 卧贴                                | C709357  | https://item.szlcsc.com/747093.html  |                |', None, 'not-alibaba-host', None),  # github-index:36418503499 (Holocubic parts table); LCSC, not a marketplace of the notes
    ('5. 稚晖君原版的 naive 和钢铁侠Ironman 内存卡卡槽型号都是 DM3D-SF （淘宝少，比较贵）。是否有内存卡改进版的主板，可以看下群文件或问问群友。卡槽为翻盖[淘宝链接](https://detail.tmall.com/item.htm?spm=a1z0d.6639537.1997196601.4.127374843MgCuF&id=622308751712)。', 'tmall', 'listing', '622308751712'),  # github-index:36418503499 (Holocubic parts table)
    ('\tString url="https://item.taobao.com/item.htm?id=44050405059";', 'taobao', 'listing', '44050405059'),  # github-index:10223981453
    ('        assert detect_platform("https://item.taobao.com/item.htm?id=456") == "taobao"', None, 'malformed-id', None),  # github-index:59160627623
    ('\\"created\\":\\"2014-08-13 17:34:57\\",\\"delist_time\\":\\"2014-11-14 16:31:41\\",\\"detail_url\\":\\"http://item.taobao.com/item.htm?id=40589374816&spm=2014.12440355.0.0\\",\\"ems_fee\\":\\"13.00\\",\\"express_fee\\":\\"8.00\\",\\"freight_payer\\":', 'taobao', 'listing', '40589374816'),  # github-index:31574243601
    ('.setParam("iid", "4459711228").setParam("waplink", "http://item.taobao.com/item.htm?id=4459711228").setParam("title", "WII 韩版主机双人套装").setParam("value", "1799元").setParam("texttype", "459")', 'taobao', 'listing', '4459711228'),  # github-index:21269779236
    ('"name":"米马杂货防蛀天然樟木球","price":18.8,"url":"https://item.taobao.com/item.htm?id=44423444012&ali_trackid=2:mm_56503797_8596089_29498842:1461938647_255_618757706"},"id":72,"pid":8,', 'taobao', 'listing', '44423444012'),  # github-index:46183149576
    ('https://detail.tmall.com/item.htm?id=523350171126&skuId=3120562159704,tmall', 'tmall', 'listing', '523350171126'),  # github-index:36366044977
    ('#https://item.taobao.com/item.htm?id=40066362090,taobao', 'taobao', 'listing', '40066362090'),  # github-index:36366044977; a CSV line commented out: the comma before a cell ends the link
    ("     '43352358270', 39.00, u'CHICMILD', 'http://item.taobao.com/item.htm?id=43352358270'),", 'taobao', 'listing', '43352358270'),  # github-index:1430140221
    ("    ('https://item.taobao.com/item.htm?spm=a219e.7778345.24768.9.oIZ6TF&id=37353406383", 'taobao', 'listing', '37353406383'),  # github-index:1430140221
    ('        deviceSet.setUrl("https://item.taobao.com/item.htm?id=42941528924");', 'taobao', 'listing', '42941528924'),  # github-index:38309863717
    ('[5]: https://item.taobao.com/item.htm?id=44459004526', 'taobao', 'listing', '44459004526'),  # github-index:8332420448
    ('[6]: https://item.taobao.com/item.htm?id=521709260567', 'taobao', 'listing', '521709260567'),  # github-index:8332420448
    ('| RPi UPS | [AliExpress](https://www.aliexpress.com/item/33008497003.html) |', 'aliexpress', 'listing', '33008497003'),  # github-index:54945219752
    ('https://de.aliexpress.com/item/33008746192.html --> the Master **NOT the Slave!** (the picture at ali shows a different board, but you ', 'aliexpress', 'listing', '33008746192'),  # github-index:13968134837
    ('| **Xiaomi Door Sensor** | **1x** | [Xiaomi Aqara Door sensor](https://aliexpress.com/item/33003371330.html?spm=a2g0s.9042311.0.0.48284c4dyCxoo5) | <img src="docs/assets/xiaomi-door.jpg" height="', 'aliexpress', 'listing', '33003371330'),  # github-index:11081602862
    ('1. [המכשיר עצמו, משדר ומקלט IR](https://www.aliexpress.com/item/33004692351.html?spm=a2g0s.9042311.0.0.2e4d4c4dKvphql)', 'aliexpress', 'listing', '33004692351'),  # github-index:35152536302
    ('| [example](https://www.aliexpress.com/item/33000036886.html) | Best audio-quality upgrade over PWM. Line-level stereo output. Firmware needs an I2S', 'aliexpress', 'listing', '33000036886'),  # github-index:66790054277
    ('- [USB C (F) to micro USB (M)](https://aliexpress.com/item/33004521025.html?spm=a2g0s.9042311.0.0.27424c4du3jPcB)', 'aliexpress', 'listing', '33004521025'),  # github-index:30238456607
    ('[part-power-bus-ae]:https://www.aliexpress.com/item/33007031908.html?spm=a2g0s.9042311.0.0.5ea74c4dZSeJCA', 'aliexpress', 'listing', '33007031908'),  # github-index:20922297993
    ('but you can use (rounded) M3 long nylon nut https://www.aliexpress.com/item/33002921745.html for better height adjustment or print your own cap.', 'aliexpress', 'listing', '33002921745'),  # github-index:23492021013
    ('It is especially build for cheap chinese fm transmitter boards, like [this one](https://de.aliexpress.com/item/33002132211.html) sold on dealers like aliexpress.', 'aliexpress', 'listing', '33002132211'),  # github-index:48310407918
    ('\t\t\t<td><a href="https://it.aliexpress.com/item/33004978023.html?spm=a2g0o.productlist.0.0.2fe824eaUJMPHF&algo_pvid=77c3954e-7ed1-4a7a-a13f-c69968f4f4a8', 'aliexpress', 'listing', '33004978023'),  # github-index:33137812682
    ('| Supported Targets | [R128 DevKit](https://item.taobao.com/item.htm?id=736154682975) |', 'taobao', 'listing', '736154682975'),  # github-index:3989951196
    ('        detail_url: "https://item.taobao.com/item.htm?id=760672809524"', 'taobao', 'listing', '760672809524'),  # github-index:52976186374
    ('| SD storage | Mini SD/TF adapter module | https://item.taobao.com/item.htm?id=708575880467 | 1.25 mm module header; SPI labels |', 'taobao', 'listing', '708575880467'),  # github-index:59458094330
    ("    supplier_link: 'https://item.taobao.com/item.htm?id=782910291',", 'taobao', 'listing', '782910291'),  # github-index:70388229874
    ('| Battery | 5V Li-ion pack | 1 | — | Amazon | ¥30 | [taobao](https://item.taobao.com/item.htm?id=765749120668) |', 'taobao', 'listing', '765749120668'),  # github-index:42727907030
    ('[0.8mm 连接器](https://item.taobao.com/item.htm?id=742624228081)(J16)', 'taobao', 'listing', '742624228081'),  # github-index:56327266354
    ('| <img src="media/2ml_sample_vial_rack.jpg" height="80"> | 2 mL Sample Vial Rack | 1 | 120 | [Taobao](https://item.taobao.com/item.htm?id=710110090808) |', 'taobao', 'listing', '710110090808'),  # github-index:35397239629
    ("      productUrl: 'https://item.taobao.com/item.htm?id=748392010293',", 'taobao', 'listing', '748392010293'),  # github-index:62410797365
    ("      new URL('https://item.taobao.com/item.htm?id=705339617846')", 'taobao', 'listing', '705339617846'),  # github-index:16981981475
    ('* 淘宝店"[速易卡科技](https://shop104192953.m.taobao.com/)"提供 [USB-C 接口的 PC/SC 读卡器和 nano SIM 转接板](https://item.taobao.com/item.htm?id=782783572391)（售价 78 元）', None, 'not-a-listing', None),  # github-index:30218975509; shopN.m.taobao.com: notes silent
    ('[USB-C 接口的 PC/SC 读卡器和 nano SIM 转接板](https://item.taobao.com/item.htm?id=782783572391)（售价 78 元）', 'taobao', 'listing', '782783572391'),  # github-index:30218975509
    ('    supplier1688Url: "https://detail.1688.com/offer/730242606884.html",', '1688', 'listing', '730242606884'),  # github-index:70938707655
    ('            "url": "https://detail.1688.com/offer/789012.html"', '1688', 'listing', '789012'),  # github-index:52039916175
    ("\t\t\tawait page.goto('https://detail.1688.com/offer/731969077013.html');", '1688', 'listing', '731969077013'),  # github-index:6980201400
    ('    sourceLink: "http://detail.1688.com/offer/719016467091.html",', '1688', 'listing', '719016467091'),  # github-index:61036924214
    ('| 1.65 | [1688-1](https://detail.1688.com/offer/730950770195.html?spm=a26352.13672862.offerlist.30.3d847bf0DOOcAr) |', '1688', 'listing', '730950770195'),  # github-index:41497190849
    ("        url: 'https://detail.1688.com/offer/733882229114.html?spm=a260k.dacugeneral.0.0.663335e4Pkv2QG&resultType=normal',", '1688', 'listing', '733882229114'),  # github-index:24145662809
    ('https://detail.1688.com/offer/755896330395.html', '1688', 'listing', '755896330395'),  # github-index:58541805704
    ('                                 "url":"https://detail.1688.com/offer/7005.html",', None, 'malformed-id', None),  # github-index:69757459409
    ('        "https://detail.1688.com/offer/777184250811.html?_t=1730862375591&spm=a2615.7691456.co_0_0_wangpu_score_0_0_0_0_0_0_0000_0.0",', '1688', 'listing', '777184250811'),  # github-index:12636220484
    ('                      "promotionURL": "https://detail.1688.com/offer/710891050473.html"', '1688', 'listing', '710891050473'),  # github-index:57166609350
    ('https://detail.1688.com/offer/755896330395.htm', None, 'missing-id', None),  # github-index:58541805704; .htm: notes name .html only (notes silent)
    (' *      淘宝：  https://detail.tmall.com/item.htm?id=779667445604', 'tmall', 'listing', '779667445604'),  # github-index:32272189257
    ('- Taobao: <https://detail.tmall.com/item.htm?id=778015195293>', 'tmall', 'listing', '778015195293'),  # github-index:60572401483
    ("    # url = 'https://detail.tmall.com/item.htm?id=738427143584'", 'tmall', 'listing', '738427143584'),  # github-index:14816779483
    ('- [商品链接 2：相关外设模块 SKU](https://detail.tmall.com/item.htm?id=701438200081)', 'tmall', 'listing', '701438200081'),  # github-index:70869574948
    ('- [商品链接 3：相关外设模块 SKU](https://detail.tmall.com/item.htm?id=706584655034)', 'tmall', 'listing', '706584655034'),  # github-index:70869574948
    ('\t\t1.stlinkv2，淘宝链接：[ST-LINK V2...-tmall.com天猫](https://detail.tmall.com/item.htm?id=721142227129&ali_refid=a3_430673_1006:1303560141:N:MXngtKJe48FnLBBMs3rZaA%3D%3D:a3c982211afb044e926e4', 'tmall', 'listing', '721142227129'),  # github-index:37914791548
    ("        html: 'https://detail.tmall.com/item.htm?id=783593949262&pisk=gpAxn4Yt30mcw1OArEkus28zgkuuDYY4mn8QsGj0C3KJRercCGD2XOKM4OOciEx8uQKLsSmq3FNOs1inxXc", 'tmall', 'listing', '783593949262'),  # github-index:10708738392
    ('    url = sys.argv[1] if len(sys.argv) > 1 else "https://detail.tmall.com/item.htm?id=779234892168"', 'tmall', 'listing', '779234892168'),  # github-index:53965588197
    ('    OneboundPageCapture.canonicalizeOfferUrl("https://detail.tmall.com/item.htm?id=770472693092&skuId=123"),', 'tmall', 'listing', '770472693092'),  # github-index:66813142737
    ('            "click_url": "//item.taobao.com/item.htm?id=556633720749&...",', 'taobao', 'listing', '556633720749'),  # github-index:66227580569
    ('//    NSString * urlString = @"https://item.taobao.com/item.htm?id=522020554602&ali_refid=a3_420435_1006:1102185729:N:8jeuVnatBzSHv0A7PH5qZA%3D%3D:10d87f1e56e', 'taobao', 'listing', '522020554602'),  # github-index:39911945654
    ("                 'https://item.taobao.com/item.htm?id=596740966951',", 'taobao', 'listing', '596740966951'),  # github-index:12788211404
    ('      "url" : "http://item.taobao.com/item.htm?id=530835666525",', 'taobao', 'listing', '530835666525'),  # github-index:8950224494
    ('| [LINK](https://item.taobao.com/item.htm?id=575646153167)                                          | 245.7 |', 'taobao', 'listing', '575646153167'),  # github-index:2497132739
    ('\twebView.loadUrl("https://item.taobao.com/item.htm?id=528381252910");', 'taobao', 'listing', '528381252910'),  # github-index:16410932804
    ('     "item_url": "http://item.taobao.com/item.htm?id=546565157071",', 'taobao', 'listing', '546565157071'),  # github-index:19410082544
    ('     * itemUrl : http://item.taobao.com/item.htm?id=566240131958', 'taobao', 'listing', '566240131958'),  # github-index:31279784024
    ('  * [http://item.taobao.com/item.htm?id=5522416710](http://item.taobao.com/item.htm?id=5522416710)', 'taobao', 'listing', '5522416710'),  # github-index:35982471224
    ('\tresult = invoker.invoke("http://detail.tmall.com/item.htm?id=42842072569");', 'tmall', 'listing', '42842072569'),  # github-index:21580728239
    ("'https://detail.tmall.com/item.htm?id=40909992605');", 'tmall', 'listing', '40909992605'),  # github-index:19331457867
    ('        Request request = new Request("https://detail.tmall.com/item.htm?id=43165859354")', 'tmall', 'listing', '43165859354'),  # github-index:15459539022
    ("page.settings.referer = 'https://detail.tmall.com/item.htm?id=44163831176';", 'tmall', 'listing', '44163831176'),  # github-index:5700864717
    ("# browser.get('https://detail.tmall.com/item.htm?id=40348345632&ali_refid=a3_430583_1006:1109725094:'", 'tmall', 'listing', '40348345632'),  # github-index:39992417716
    ('| 红外避障传感器 | 1 | [红外避障传感器](https://detail.tmall.com/item.htm?id=40844279989&ali_refid=a3_430582_1006:1109448581:N:10dd5ZFgNCY07xv6IBZLPW%20Fztb96tqA:cd36f5', 'tmall', 'listing', '40844279989'),  # github-index:27490458852
    ("    'Referer': 'http://detail.tmall.com/item.htm?id=44691754172'", 'tmall', 'listing', '44691754172'),  # github-index:3481071736
    ("    # url = 'http://detail.tmall.com/item.htm?id=43648591887&amp;areaid=&amp;'", 'tmall', 'listing', '43648591887'),  # github-index:42479668469
    (' "url": "https://detail.tmall.com/item.htm?id=40001107553",', 'tmall', 'listing', '40001107553'),  # github-index:49387572389
    ('        tm=\'{"activity_links":["https://detail.tmall.com/item.htm?id=456"]}\'', None, 'malformed-id', None),  # github-index:70270852846
    ('        //HttpGet httpGet = new HttpGet("http://item.taobao.com/item.htm?id=563714158486&price=38-48&sourceType=item&sourceType=item&suid=d21f54b4-85ed-48c2-8344-919fb', 'taobao', 'listing', '563714158486'),  # github-index:25518118304; excerpt; a comment marker glued to a word
    ("'1168', 'http://console.nanyiku.net/app/shareSingle.do?item_id=353769', 'https://detail.tmall.com/item.htm?id=40909992605');", None, 'not-alibaba-host', None),  # github-index:19331457867; another site first
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def _notes_canonical(text: str, platform: str, kind: str, id: str) -> str | None:
    """The canonical URL listing-urls.md gives an accepted row (None where the notes name
    none: a store on ``world.tmall.com``, an Alibaba.com listing, whose slug is kept)."""
    if kind == "listing":
        if "goofish.com" in text or "2.taobao.com" in text:
            return f"https://www.goofish.com/item?id={id}"  # section 8
        lazada = {"lazada_sg": "sg", "lazada_id": "co.id", "lazada_my": "com.my",
                  "lazada_th": "co.th", "lazada_ph": "com.ph", "lazada_vn": "vn"}  # fmt: skip
        return {
            "taobao": f"https://item.taobao.com/item.htm?id={id}",  # section 1
            "taobao_or_tmall": f"https://item.taobao.com/item.htm?id={id}",  # sections 1, 9
            "tmall": f"https://detail.tmall.com/item.htm?id={id}",  # section 2
            "tmall_global": f"https://detail.tmall.hk/hk/item.htm?id={id}",  # section 3
            "1688": f"https://detail.1688.com/offer/{id}.html",  # section 4
            "aliexpress": f"https://www.aliexpress.com/item/{id}.html",  # section 6
        }.get(platform) or (
            f"https://www.lazada.{lazada[platform]}/products/pdp-i{id}.html"  # section 7
            if platform in lazada
            else None
        )
    if platform == "aliexpress":
        return f"https://www.aliexpress.com/store/{id}"  # section 6
    if platform == "alibaba_com":
        return f"https://{id}.en.alibaba.com/"
    if platform == "tmall" and ".world.tmall.com" not in text:
        return f"https://{id}.tmall.com/"  # section 2
    if platform == "taobao" and "user_number_id" in text and "store.taobao.com" in text:
        return f"https://store.taobao.com/shop/view_shop.htm?user_number_id={id}"  # section 1
    if platform == "taobao":
        # a shop id (shopN.taobao.com), else a vanity label, whose host is kept (13961.taobao.com)
        shop = f"shop{id}." in text
        return f"https://shop{id}.taobao.com/" if shop else f"https://{id}.taobao.com/"
    return None


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace (an
    Alibaba.com listing keeps its slug: ``product-detail/{slug}_{id}.html``)."""
    result = parse_listing(text)
    expected = _notes_canonical(text, platform, kind, id)
    if expected is None:
        assert platform in ("alibaba_com", "tmall"), text
        if platform == "alibaba_com":
            assert result.canonical_url.startswith("https://www.alibaba.com/product-detail/")
            assert result.canonical_url.endswith(f"_{id}.html")
        return
    assert result.canonical_url == expected, text


_LINKS = [
    ("https://item.taobao.com/item.htm?id=542479181481", "542479181481"),
    ("https://detail.tmall.com/item.htm?spm=a1z10&id=612345678901", "612345678901"),
    ("https://detail.1688.com/offer/585943639773.html", "585943639773"),
    ("https://www.aliexpress.com/item/1005003264388589.html", "1005003264388589"),
    ("https://www.lazada.co.th/products/pdp-i4212266679.html", "4212266679"),
]
#: Full-width punctuation that ends a sentence or a bracket (never part of an id or a slug).
_ENDS = ["\uff09", "\u3002", "\uff1b", "\uff01", "\uff1f", "\u300d", "\u3011", "\u300f"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_LINKS), st.sampled_from(_ENDS), st.from_regex(r"[0-9]{1,4}", fullmatch=True),
       st.sampled_from(["", "元", "一套", "件包邮", "x"]), st.sampled_from(["", "[链接](", "见 "]))  # fmt: skip
def test_full_width_punctuation_ends_a_link_before_a_number(
    link: tuple[str, str], end: str, number: str, words: str, before: str
) -> None:
    """Full-width punctuation after a link ends it even when a number follows (a price, a
    count: ``…?id=542479181481)。199一套``): the link's listing (it was ``malformed-id``, or
    "a form ipprules does not read"). The thorough parser and the columnar kernel agree."""
    url, id = link
    close = ")" if before.endswith("(") else ""
    text = f"{before}{url}{close}{end}{number}{words}"
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[0-9]{1,6}", fullmatch=True), st.sampled_from(["\uff0c", "\u3001"]))
def test_a_full_width_comma_after_an_id_still_joins_a_number(number: str, comma: str) -> None:
    """A full-width comma right after an id's digit, then a number: the id's other half or a
    second id, refused as ``?id=1,2`` is (unchanged by the fix above)."""
    text = f"https://item.taobao.com/item.htm?id=542479181481{comma}{number}"
    assert answer(text) == (None, "malformed-id", None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS), st.from_regex(r"[a-z]{1,8}\.[A-Za-z]{1,8}", fullmatch=True),
       st.sampled_from(["=", ":=", "+=", "=="]), st.sampled_from(['"', "", "append(x, "]),
       st.sampled_from(["", "\t", "    "]))  # fmt: skip
def test_a_commented_out_assignment_before_a_link_is_no_host(
    link: tuple[str, str], word: str, operator: str, quote: str, indent: str
) -> None:
    """``//word.word = …"https://…"`` (a commented-out statement, its operator set apart by a
    space) is a code comment before the link, as ``//var x;`` is: the link's listing (it was
    read as the protocol-relative host ``word.word`` and refused). Without a link after it,
    the ``//`` word stays what it was."""
    url, id = link
    closing = {'"': '"', "append(x, ": ")"}.get(quote, "")
    text = f"{indent}//{word} {operator} {quote}{url}{closing}"
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    assert parse_slowly(text) == result
    alone = f"{indent}//{word} {operator} 1"
    assert parse_listing(alone) == parse_slowly(alone)
    assert not parse_listing(alone).ok
