"""Sweep 8 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls8.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_7.py. The inputs come
from sources the earlier sweeps did not use: GitHub issue threads (``owner/repo#N``: hardware
projects, adblock breakage reports), READMEs and docs that write a pasted link as its own
Markdown text, bills of materials in Markdown tables, the device database of blakadder/zigbee
(the ``link:`` front matter of every device page), Taobao search-page JSON saved by scrapers
(``g_page_config``: ``detail_url``, ``comment_url``, ``shopLink``), a Tmall brand list,
AliExpress affiliate-API fixtures, Lazada Indonesia scrapers, Alibaba.com share links
(``alibaba.com/x/…``), an RTF file, each with the text around it. ``github-index:N`` is a public file whose repository the code index does not
name, as in listing-urls.md. The parser, the ``ipprules listings`` CLI, the batch path and the
columnar kernel must all give the same answer.

The rows that failed before this sweep's fixes:

- a Markdown link whose text is the link itself (``[https://item.taobao.com/item.htm?id=N](
  https://item.taobao.com/item.htm?id=N)``, as editors write a pasted link; dozens of real
  READMEs) read ``](https://…`` into the link and was ``malformed-id`` or ``missing-id``;
- a protocol-relative link in a JSON string whose ``=`` and ``&`` are escaped (``"detail_url":
  "//detail.tmall.com/item.htm?id\\u003dN\\u0026…"``, as Taobao's search page writes its
  results) was ``missing-id``: only ``http(s)://`` links were decoded;
- a scheme-less link in a Markdown code span (``| 1 | `alibaba.com/x/18NU6m` |``, a real
  table of Alibaba.com share links) was ``not-a-url``: the backquote hid its host;
- a link alone on its line with markup glued to its end (``https://item.taobao.com/item.htm?
  id=586390733234<br>``, as Markdown writes a line break) was ``malformed-id`` or
  ``missing-id``; after a word the finder already cut it at the tag;
- a link struck through or in bold (``- ~~https://www.aliexpress.com/item/32898010758.html~~ —
  лот удалён``, a real parts list marking a dead listing; ``**item.taobao.com/…**``) read the
  ``~~`` into its path (``missing-id``) or hid a scheme-less host (``not-a-url``);
- a commented-out line of code before the link (``//queue.put(new Page("xxx","https://item.
  taobao.com/item.htm?id=534354362822"));``) read ``queue.put(new`` as a protocol-relative
  host (``not-a-url``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import (
    SAMPLE_LINKS,
    answer,
    table_tests,
)
from ipprules.listings import Listing, parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('I got mine from Aliexpress: https://www.aliexpress.com/item/New-Arrival-LINSN-RV901-Full-Color-RGB-LED-Display-Screen-Receiving-Card-12-HUB75-included-Crazy/738805774.html?spm=a2g0s.9042311.0.0.29364c4dy5kava', 'aliexpress', 'listing', '738805774'),  # q3k/chubby75#3
    ('https://www.aliexpress.com/item/LINSN-RV901-Receiving-card-suitable-for-all-kind-of-HUB-board-work-with-TS802D-Sending-card/32899129837.html', 'aliexpress', 'listing', '32899129837'),  # q3k/chubby75#3
    ('https://item.taobao.com/item.htm?spm=a21wu.10013406.0.0.331e2ee4kTzWb0&id=548479172206', 'taobao', 'listing', '548479172206'),  # q3k/chubby75#3
    ('I got mines from Amazon: https://www.amazon.com/Linsn-Receive-Card-RV901T-Controller/dp/B012JLZG10/', None, 'not-alibaba-host', None),  # q3k/chubby75#3
    ('https://de.aliexpress.com/item/1005008628160402.html?spm=a2g0o.tesla.0.0.27afwMajwMajac&pdp_npi=6%40dis%21EUR%212%2C06%E2%82%AC%211%2C89%E2%82%AC%21%21%21%21%21%402103891017746992680461152e0f46%2112000049919550659%21btfpre%21%21%21%211%210%21&afTraceInfo=1005008628160402__pc__c_ppc_item_bridge_pc_main__CMKrdnz__1774699268128&gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005008628160402'),  # hberntsen/mhi-ac-ctrl-esp32#29
    ('I found this one: https://nl.aliexpress.com/item/1005002983050962.html . Pick the one with 4M flash.', 'aliexpress', 'listing', '1005002983050962'),  # hberntsen/mhi-ac-ctrl-esp32#29
    ('I bought my board from aliexpress https://nl.aliexpress.com/store/product/3d-printer-control-board-melzi-mainboard-zonestar/1951499_32515393148.html?spm=2114.12010608.0.0.809dRP', 'aliexpress', 'listing', '32515393148'),  # erikkallen/Marlin_tronxy#1
    ('https://www.aliexpress.us/item/3256805133922452.html?spm=a2g0o.order_list.order_list_main.5.21ef1802iwqDwO&gatewayAdapt=glo2usa', 'aliexpress', 'listing', '3256805133922452'),  # AKstudios/PMSX003-Breakout#1
    ('https://www.superbuy.com/', None, 'agent-site', None),  # qq8322302/Lenovo-Tiny-Serial-PCIE-Expansion-Card#2
    ('  - [淘宝购买](https://s.click.taobao.com/GA955xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/iI1K4xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/jMA45xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/tzcJ4xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/nj1Kzwu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/GGF45xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/3roD0xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/nfSJ4xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/q5545xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/rjXJ4xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/pyt45xu) , [领券](https://s.click.taobao.com/C1nJ4xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/5jj45xu) , [领券](https://s.click.taobao.com/ww855xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://s.click.taobao.com/WHO55xu) , [领券](https://s.click.taobao.com/6Np45xu)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://m.tb.cn/h.VzbuDbd)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('  - [淘宝购买](https://m.tb.cn/h.VzbvV36)', None, 'short-link', None),  # isl-org/OpenBot@1efa953:body/README_CN.md
    ('https://item.taobao.com/item.htm?abbucket=3&id=797466121802&skuId=5722077108045', 'taobao', 'listing', '797466121802'),  # chenxuuu/sms_forwarding#63
    ('1.随便打开一个1688的产品例如 https://detail.1688.com/offer/595165641375.html?spm=a2615.2177701.autotrace-_t_15878088286509_1_0_1_1587821005052.3.3adb15cbH6iLvy', '1688', 'listing', '595165641375'),  # oneNorth7/LinkHelper#4
    ('3.被净化后的链接点击会跳转反诈骗中心http://www.js96110.com.cn', None, 'not-alibaba-host', None),  # oneNorth7/LinkHelper#4
    ('域名：dj.1688.com,https://p4psearch.1688.com', None, 'not-a-listing', None),  # privacy-protection-tools/anti-AD#499
    ('"Referer": "https://s.1688.com/youyuan/index.htm?tab=imageSearch&imageType=oss&imageAddress=cbuimgsearch/t56wDd43sJ1571315258000.jpg",', None, 'not-a-listing', None),  # Carmenliukang/1688_crawler-image_search_products#3
    ('[https://www.aliexpress.com/item/32841920169.html](https://www.aliexpress.com/item/32841920169.html)  ', 'aliexpress', 'listing', '32841920169'),  # github-index:33134059272
    ('Another temporary decision could be a super small usb mic: [https://www.aliexpress.com/item/32973953613.html](https://www.aliexpress.com/item/32973953613.html)', 'aliexpress', 'listing', '32973953613'),  # github-index:56978041106
    ('ArmSoM Aliexpress online shop: [https://www.aliexpress.com/item/3256805779421715.html](https://www.aliexpress.com/item/3256805779421715.html) ', 'aliexpress', 'listing', '3256805779421715'),  # github-index:24160922021
    ('ArmSoM Taobao shop: [https://item.taobao.com/item.htm?id=735000017740](https://item.taobao.com/item.htm?id=735000017740)', 'taobao', 'listing', '735000017740'),  # github-index:24160922021
    ('ArmSoM online shop: [https://www.armsom.org/product-page/p2pro](https://www.armsom.org/product-page/p2pro)', None, 'not-alibaba-host', None),  # github-index:24160922021
    ('- [https://www.aliexpress.com/item/1005009672034522.html](https://www.aliexpress.com/item/1005009672034522.html)', 'aliexpress', 'listing', '1005009672034522'),  # github-index:5638902853
    ('This is an example of a board with MMC SD-card interface: [https://www.aliexpress.com/item/32915894264.html](https://www.aliexpress.com/item/32915894264.html). For this board use file [`src/hal/ttgov21new.h`](https://github.com/cyberman54/ESP32-Paxcounter/blob/master/src/hal/ttgov21new.h) and add the lines given above.', 'aliexpress', 'listing', '32915894264'),  # github-index:1786165030
    ('- aliexpress: [https://www.aliexpress.com/item/1005005337644588.html](https://www.aliexpress.com/item/1005005337644588.html) ', 'aliexpress', 'listing', '1005005337644588'),  # github-index:48067973515
    ('  [https://www.aliexpress.com/item/1005009890203011.html](https://www.aliexpress.com/item/1005009890203011.html)', 'aliexpress', 'listing', '1005009890203011'),  # github-index:17010871302
    ('  [https://www.aliexpress.com/item/1005008130629022.html](https://www.aliexpress.com/item/1005008130629022.html)', 'aliexpress', 'listing', '1005008130629022'),  # github-index:17010871302
    ('  [https://www.aliexpress.com/item/1005006729707613.html](https://www.aliexpress.com/item/1005006729707613.html)', 'aliexpress', 'listing', '1005006729707613'),  # github-index:15332399474
    ('26. RealSense Tracking Camera T265 \\- AliExpress,  [https://www.aliexpress.com/item/1005002035294176.html](https://www.aliexpress.com/item/1005002035294176.html)  ', 'aliexpress', 'listing', '1005002035294176'),  # github-index:63592737582
    ('This firmware is built for the [ESP32-2432S028R "Cheap Yellow Display" board](https://www.aliexpress.com/item/1005004971720824.html):', 'aliexpress', 'listing', '1005004971720824'),  # github-index:54890673895
    ('[https://www.aliexpress.com/item/1005004971720824.html](https://www.aliexpress.com/item/1005004971720824.html)', 'aliexpress', 'listing', '1005004971720824'),  # github-index:54890673895
    ('| 1. 6x Dynamixel XL330-M077<br /><br /><br /><br /><br /><br /> | ￥1290 | [https://item.taobao.com/item.htm?id=744329960663](https://item.taobao.com/item.htm?id=744329960663)                                           | ROBOTIS XL330-M077-T 单价人民215元，需要6套 |', 'taobao', 'listing', '744329960663'),  # github-index:49029637078
    ('LCD购买链接[https://item.taobao.com/item.htm?spm=a1z09.2.0.0.768d2e8d9D3S7s&id=38842179442&_u=m1tg6s6048c2](https://item.taobao.com/item.htm?spm=a1z09.2.0.0.768d2e8d9D3S7s&id=38842179442&_u=m1tg6s6048c2)', 'taobao', 'listing', '38842179442'),  # github-index:8006274838
    ('В предыдущих разделах мы уже изучили компиляцию и прошивку 100ASK_V853-PRO. Теперь перейдем к адаптации 7-дюймового RGB экрана в Tina SDK. Ссылка на покупку: [https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-18944745104.11.669f1b7fE1ptyQ&id=611156659477](https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-18944745104.11.669f1b7fE1ptyQ&id=611156659477)', 'taobao', 'listing', '611156659477'),  # github-index:48041672
    ('ArmSoM Official AliExpress Store: [https://aliexpress.com/item/3256807356692995.html](https://aliexpress.com/item/3256807356692995.html) ', 'aliexpress', 'listing', '3256807356692995'),  # github-index:24501884701
    ('ArmSoM Official Taobao Store: [https://item.taobao.com/item.htm?id=895906881225](https://item.taobao.com/item.htm?id=895906881225)', 'taobao', 'listing', '895906881225'),  # github-index:24501884701
    ('[https://item.taobao.com/item.htm?id=561964266288](https://item.taobao.com/item.htm?id=561964266288)   ', 'taobao', 'listing', '561964266288'),  # github-index:25091098949
    ('[https://item.taobao.com/item.htm?id=561607171659](https://item.taobao.com/item.htm?id=561607171659)   ', 'taobao', 'listing', '561607171659'),  # github-index:25091098949
    ('\t在前面我们已经学习了关于100ASK_V853-PRO编译和烧写,接下来就是在Tina SDK下去适配七寸RGB屏，购买链接为：[https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-18944745104.11.669f1b7fE1ptyQ&id=611156659477](https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-18944745104.11.669f1b7fE1ptyQ&id=611156659477)', 'taobao', 'listing', '611156659477'),  # github-index:17347812288
    ('ArmSoM Official AliExpress Store: [https://aliexpress.com/item/3256807679122184.html](https://aliexpress.com/item/3256807679122184.html) ', 'aliexpress', 'listing', '3256807679122184'),  # github-index:57564065686
    ('ArmSoM Official Taobao Store: [https://item.taobao.com/item.htm?id=842137173767](https://item.taobao.com/item.htm?id=842137173767)', 'taobao', 'listing', '842137173767'),  # github-index:57564065686
    ('ArmSoM 速卖通官方店: [https://www.aliexpress.com/store/1102800175](https://www.aliexpress.com/store/1102800175) ', 'aliexpress', 'storefront', '1102800175'),  # github-index:24094337651
    ('ArmSoM 淘宝官方店: [https://item.taobao.com/item.htm?id=757023687970](https://item.taobao.com/item.htm?id=757023687970)', 'taobao', 'listing', '757023687970'),  # github-index:24094337651
    ('- 1:64芯片套件：[https://item.taobao.com/item.htm?ft=t&id=737362891443](https://item.taobao.com/item.htm?ft=t&id=737362891443)', 'taobao', 'listing', '737362891443'),  # github-index:29224332927
    ('- 1:87改装套件：[https://item.taobao.com/item.htm?ft=t&id=737272654141](https://item.taobao.com/item.htm?ft=t&id=737272654141)', 'taobao', 'listing', '737272654141'),  # github-index:29224332927
    ('2. 合宙 780E 核心板购买链接([https://item.taobao.com/item.htm?id=693774140934](https://item.taobao.com/item.htm?id=693774140934))。', 'taobao', 'listing', '693774140934'),  # github-index:3590186426
    ('(tested on the $8 [url=https://www.aliexpress.com/store/product/New-Orange-Pi-Zero-H2-Quad-Core-Open-source-512MB-development-board-beyond-Raspberry-Pi/1553371_32761500374.html?spm=2114.12010612.0.0.6b3dc45fBK4POv]Orange Pi Zero[/url] 512MB RAM version)', 'aliexpress', 'listing', '32761500374'),  # github-index:15082044381
    ('To install the OS on the Orange Pi, follow this guide: http://lucsmall.com/2017/01/19/beginners-guide-to-the-orange-pi-zero/', None, 'not-alibaba-host', None),  # github-index:15082044381
    ('[[https://www.aliexpress.com/item/1005005614719377.html](https://www.aliexpress.com/item/1005005614719377.html?spm=a2g0o.productlist.main.1.1c772487NAFecQ&algo_pvid=d021b499-e67b-4da5-8975-3bb0653bc16e&algo_exp_id=d021b499-e67b-4da5-8975-3bb0653bc16e-0&pdp_npi=4@dis!GBP!6.08!6.08!!!7.19!!@210318c916965901078338141e8cb7!12000033755356288!sea!UK!801158356!&curPageLogUid=tivQjvYHp000)]\\', 'aliexpress', 'listing', '1005005614719377'),  # github-index:11131515386
    ('[<https://www.aliexpress.com/item/1005005549477887.html>]\\', 'aliexpress', 'listing', '1005005549477887'),  # github-index:11131515386
    ('[aliexpress-easyiot]: https://easyiot.aliexpress.com/store/5839056', 'aliexpress', 'storefront', '5839056'),  # github-index:34127076984
    ('[aliexpress-easyiot-zbgw04]: https://aliexpress.com/item/1005002791666029.html', 'aliexpress', 'listing', '1005002791666029'),  # github-index:34127076984
    ('// https://www.aliexpress.com/item/1005006036506903.html?spm=a2g0o.order_list.order_list_main.65.587c1802Q0DfEi#nav-specification', 'aliexpress', 'listing', '1005006036506903'),  # github-index:24585096264
    ('2. esp32-4848S040CIY1 (480*480 IPS, ESP32-S3-N16R8, with 1 relay), https://www.aliexpress.com/item/1005006302276974.html', 'aliexpress', 'listing', '1005006302276974'),  # github-index:53395977579
    ('| **CYD (Cheap Yellow Display ESP32-2432S028)** | Handheld 2.8" ILI9341 Color LCD Display | 🔗 [AliExpress CYD Display kaufen](https://de.aliexpress.com/item/1005006599448997.html) | 📦 [ESP32 CYD 2.8" Snap-Fit Case (MakerWorld)](https://makerworld.com/de/models/3180623) |', 'aliexpress', 'listing', '1005006599448997'),  # github-index:61387080684
    ('        - [Sonoff PIR RF Motion Sensor](https://nl.aliexpress.com/item/1005008632282924.html)', 'aliexpress', 'listing', '1005008632282924'),  # github-index:6258316119
    ('        - [TAIBOAN 433MHz PIR Motion Sensor](https://nl.aliexpress.com/item/1005005510159304.html)', 'aliexpress', 'listing', '1005005510159304'),  # github-index:6258316119
    ('- [RTC module](https://www.aliexpress.com/item/1005003707505154.html) connected to Raspberry Pi I2C bus (x4 2.54mm cables).', 'aliexpress', 'listing', '1005003707505154'),  # github-index:15001053819
    ('                placeholder="https://www.aliexpress.com/item/100500...html"', None, 'missing-id', None),  # github-index:71512991799
    ('    "url": "https://www.alibaba.com/product-detail/example.html",', None, 'missing-id', None),  # github-index:56341884129
    ('  "https://www.aliexpress.com/item/1005000000000000.html",', 'aliexpress', 'listing', '1005000000000000'),  # github-index:56341884129
    ('https://www.aliexpress.com/i/4000026719770.html don’t work while I am logged in in AliExpress, while https://www.aliexpress.com/item/4000026719770.html works fine in all cases.', 'aliexpress', 'listing', '4000026719770'),  # ddvk/remarkable2-recovery#14
    ('https://github.com/ddvk/remarkable2-recovery/blob/e61ede889cf9ec210417cb17229a54547f1e6423/parts.md?plain=1#L3', None, 'not-alibaba-host', None),  # ddvk/remarkable2-recovery#14
    ('https://www.aliexpress.com/item/4001116767437.html', 'aliexpress', 'listing', '4001116767437'),  # WeActStudio/BluePill-Plus#17
    ('Check if this one is the [original](https://pt.aliexpress.com/item/1005005953179540.html?spm=a2g0o.detail.pcDetailTopMoreOtherSeller.2.1200HSBOHSBOjF&gps-id=pcDetailTopMoreOtherSeller&scm=1007.40050.354490.0&scm_id=1007.40050.354490.0&scm-url=1007.40050.354490.0&pvid=0ef548e9-dca8-4581-8666-a5f2f3fa8ab1&_t=gps-id:pcDetailTopMoreOtherSeller,scm-url:1007.40050.354490.0,pvid:0ef548e9-dca8-4581-8666-a5f2f3fa8ab1,tpp_buckets:668%232846%238112%231997&pdp_npi=4%40dis%21USD%2117.25%216.55%21%21%21122.37%2146.49%21%40211b619a17297902912303350eaa4a%2112000035004436513%21rec%21AO%214270669185%21X&utparam-url=scene%3ApcDetailTopMoreOtherSeller%7Cquery_from%3A).', 'aliexpress', 'listing', '1005005953179540'),  # WeActStudio/BluePill-Plus#17
    ('https://weactstudio.aliexpress.com/store/1101545918', 'aliexpress', 'storefront', '1101545918'),  # WeActStudio/BluePill-Plus#17
    ('This [link](http://s.click.aliexpress.com/e/U7AYBAI) is broken.', None, 'short-link', None),  # 0xjmux/InsanelyCheapElectronics#7
    ('**Test link:** `https://www.lazada.com.my/shop/microsoft-flagship-store/Surface-Accessories.htm?spm=a2o6s.10415192.0.0.53f43d05h7HBkx&wh_weex=true`', None, 'not-a-listing', None),  # NanoMeow/QuickReports#1668
    ('**Test link:** `https://tr.aliexpress.com/item/4000217912364.html?spm=a2g0o.productlist.0.0.7f587ec5XAosUm&algo_pvid=13b3ffb6-d2e5-4031-ae64-dd8c511bf179&algo_expid=13b3ffb6-d2e5-4031-ae64-dd8c511bf179-0&btsid=0ab6d70515906092773414826e09df&ws_ab_test=searchweb0_0,searchweb201602_,searchweb201603_`', 'aliexpress', 'listing', '4000217912364'),  # NanoMeow/QuickReports#3962
    ('**Test link:** `https://www.banggood.com/2500mW-A3-30x40cm-Desktop-DIY-Violet-Laser-Engraver-Picture-CNC-Printer-Assembling-Kits-p-1003863.html?rmmds=category`', None, 'not-alibaba-host', None),  # NanoMeow/QuickReports#992
    ('@@||c.lazada.co.id^ # Referral Link', None, 'not-a-url', None),  # hagezi/dns-blocklists#702
    ('  - `https://s.lazada.vn/s.9h2Cr?t=h5-v2_6SrXCyYmkR`', None, 'short-link', None),  # github-index:55715695592
    ('  - `https://s.lazada.vn/s.9h2y5`', None, 'short-link', None),  # github-index:55715695592
    ("    { name: 'Lazada Mall', url: detail.social_chanel?.[0]?.lazada_url || 'https://s.lazada.vn/s.2ArTZ?cc' },", None, 'short-link', None),  # github-index:67393258637
    ('        "https://s.lazada.vn/s.6gsi5",', None, 'short-link', None),  # github-index:40375833
    ('    link: "https://s.lazada.vn/s.es1QQ?cc",', None, 'short-link', None),  # github-index:42902630633
    ('    "https://s.lazada.vn/s.N4XIF?c=a&t=p-iEXBsm1-s22q1ZAN",', None, 'short-link', None),  # github-index:55163700704
    ("        link_url: 'https://s.lazada.vn/s.6y43A',", None, 'short-link', None),  # github-index:53105408718
    ('const LAZADA_URL = "https://s.lazada.vn/s.okH5n?c=d&t=p-i1ME0Lk-sEGIPzZ";', None, 'short-link', None),  # github-index:70961258911
    ('const TIKTOK_URL = "https://shop.tiktok.com/vn/pdp/1732783764793230583?_t=ZS-9AEgaeOhV1p";', None, 'not-alibaba-host', None),  # github-index:70961258911
    ('$url = "https://www.lazada.co.id/products/helm-bogo-retro-dewasa-bogo-garis-classic-cod-good-quality-hitam-glossy-set-kaca-cembung-i2998856031-s10947800292.html?spm=a2o4j.home.just4u.9.46f87838STwfdc&scm=1007.17519.217310.0&pvid=d503f12c-8e4e-4fc3-8cf3-ad705f8f0ed0&search=jfy&clickTrackInfo=tcsceneid%3AHPJFY%3Bbuyernid%3Ax8pp5AgBCSoD8vxrP0YvXsZLvbZV2CID%3Btctags%3A458814850%3Btcboost%3A0%3Bpvid%3Ad503f12c-8e4e-4fc3-8cf3-ad705f8f0ed0%3Bchannel_id%3A0000%3Bmt%3Ahot%3Bitem_id%3A2998856031%3Bself_ab_id%3A217310%3Bself_app_id%3A7519%3Blayer_buckets%3A6008.28455_3650.16539_5437.25242_955.3634_6059.28891_4944.22703_6008.28452_955.7331_4944.22702%3Bpos%3A8%3B";', 'lazada_id', 'listing', '2998856031'),  # github-index:29019400695
    ('// $url = "https://www.lazada.co.id/rumah-syahla/?from=wangpu&lang=id&langFlag=id&page=2&pageTypeId=2&q=All-Products";', None, 'not-a-listing', None),  # github-index:29019400695
    ('        driver.get("https://www.lazada.co.id/catalog/?_keyori=ss&from=input&page=1&q=iphone%2013&sort=priceasc&spm=a2o4j.home.search.go.6fe053e0uX6uhD")', None, 'not-a-listing', None),  # github-index:7483078080
    ('        driver.get("https://www.lazada.co.id/products/iphone-13-mini-ultimate-fs-hdc-i6862364264-s13005878793.html?clickTrackInfo=query%253Aiphone%252B13%253Bnid%253A6862364264%253Bsrc%253ALazadaMainSrp%253Brn%253Aa651276ed6b12bc4367f3b6083a3aac5%253Bregion%253Aid%253Bsku%253A6862364264_ID%253Bprice%253A2450000%253Bclient%253Adesktop%253Bsupplier_id%253A400621188431%253Basc_category_id%253A42006401%253Bitem_id%253A6862364264%253Bsku_id%253A13005878793%253Bshop_id%253A4111924&fastshipping=0&freeshipping=0&fs_ab=1&fuse_fs=0&lang=id&location=Kota%20Pekanbaru&price=2.45E%206&priceCompare=&ratingscore=0&request_id=a651276ed6b12bc4367f3b6083a3aac5&review=&sale=0&search=1&source=search&spm=a2o4j.searchlist.list.i80.14a89f32Z0ES8u&stock=1")', 'lazada_id', 'listing', '6862364264'),  # github-index:7483078080
    ('    sid = db.add_source(pid, "https://www.lazada.co.id/products/x-i1-s2.html", None)', None, 'malformed-id', None),  # github-index:69709369319
    ('    let data_dumy = [{ "title": "ACER A314-32-C3X0 - Intel CeleronN4000 - 4GB - 1TB - 14\\" - W10 - Black - Laptop Murah (Gratis Tas) - Bergaransi", "link": "https://www.lazada.co.id/products/acer-a314-32-c3x0-intel-celeronn4000-4gb-1tb-14-w10-black-laptop-murah-gratis-tas-bergaransi-i466140285-s564742242.html?search=1", "location": "DKI Jakarta,Kota Jakarta Barat,Cengkareng", "price": "Rp', 'lazada_id', 'listing', '466140285'),  # github-index:36543345477
    ("dataDummy=[['https://www.lazada.co.id/products/lampu-motor-h4-headlight-led-hs1-6w-6500k-1-pcs-lampu-motor-led-variasi-depan-costum-proji-super-terang-tahan-lama-i1258130229-s2127146926.html?search=1',", 'lazada_id', 'listing', '1258130229'),  # github-index:113587599
    ('<small class="form-text"><b class="text-danger">*TIDAK</b> wajib disi, <b class="text-danger">Contoh :</b> "https://www.lazada.co.id/products/lapak-pangeran-termurah-sepatu-slip-on-real-pict-100-i516248556-s1216072849.html" (copy link produk anda)</small>', 'lazada_id', 'listing', '516248556'),  # github-index:21172088606
    ('            link:"https://www.lazada.co.id/products/denim-original-hitam-i143570579-s157343054.html?search=1"', 'lazada_id', 'listing', '143570579'),  # github-index:35992679937
    ('  "https://www.alibaba.com/x/1lAevq6?ck=pdp",', None, 'short-link', None),  # github-index:66903263559
    ('1. Agente recibe descripción `camiseta de running` y enlace Alibaba original `https://www.alibaba.com/x/B2UFi4?ck=pdp`, FOB500.', None, 'short-link', None),  # github-index:71498598502
    ('   https://www.alibaba.com/x/1lAevdS?ck=pdp', None, 'short-link', None),  # github-index:66576315115
    ('            "https://www.alibaba.com/x/B2LdQW?ck=pdp",', None, 'short-link', None),  # github-index:60816131298
    ('| 1 | `alibaba.com/x/18NU6m` | — | 0 | 0 | $46 | ❌ false | CAPTCHA wall on every inspection attempt |', None, 'short-link', None),  # github-index:58491919274
    ('| 3 | `alibaba.com/x/18NUHE` | — | 0 | 0 | $6 | ❌ false | CAPTCHA wall on every inspection attempt |', None, 'short-link', None),  # github-index:58491919274
    ('      link: "https://www.alibaba.com/x/B06BAg?ck=pdp",', None, 'short-link', None),  # github-index:10285814576
    ('    <iframe src="https://www.alibaba.com/x/AxMUVL?ck=activity" class="w-full rounded-lg"></iframe>', None, 'short-link', None),  # github-index:37055762518
    ("            curl_setopt($ch, CURLOPT_URL, 'https://filebroker.alibaba.com/x/upload');", None, 'not-a-listing', None),  # github-index:15180950399
    ("\t\t\t\t\t\t\thref : 'https://kireido.tmall.hk/shop/view_shop.htm?spm=875.7931836/B.2016073.1.10c849damF2Kso&user_number_id=2811185140&abtest=_AB-LR1315-PR1315&pvid=6a6d0a25-659b-4675-b465-f8c16611e8ad&pos=1&abbucket=_AB-M1315_B9&brandId=99906590&acm=09042.1003.1.1200415&scm=1007.13029.56634.100200300000000',", 'tmall_global', 'storefront', 'kireido'),  # github-index:3327507223
    ("\t\t\t\t\t\t\thref : 'https://eveny.tmall.com/shop/view_shop.htm?user_number_id=644692396&abtest=_AB-LR65-PR65&pvid=146df02e-9804-4523-9f89-2d950baf81ef&pos=2&abbucket=_AB-M65_B5&brandId=99822674&acm=03014.1003.1.765824&scm=1007.13143.56636.100200300000000',", 'tmall', 'storefront', 'eveny'),  # github-index:3327507223
    ("\t\t\t\t\t\t\thref : 'https://store.taobao.com/shop/view_shop.htm?spm=875.7931836/B.2016073.3.10c849damF2Kso&user_number_id=740820069&abtest=_AB-LR1315-PR1315&pvid=6a6d0a25-659b-4675-b465-f8c16611e8ad&pos=3&abbucket=_AB-M1315_B9&brandId=99735694&acm=09042.1003.1.1200415&scm=1007.13029.56634.100200300000000',", 'taobao', 'storefront', '740820069'),  # github-index:3327507223
    ("\t\t\t\t\t\t\thref : 'https://store.taobao.com/shop/view_shop.htm?spm=875.7931836/B.2016073.4.10c849damF2Kso&user_number_id=2647194591&abtest=_AB-LR1315-PR1315&pvid=6a6d0a25-659b-4675-b465-f8c16611e8ad&pos=4&abbucket=_AB-M1315_B9&brandId=996908171&acm=09042.1003.1.1200415&scm=1007.13029.56634.100200300000000',", 'taobao', 'storefront', '2647194591'),  # github-index:3327507223
    ("\t\t\t\t\t\t\thref : 'https://store.taobao.com/shop/view_shop.htm?spm=875.7931836/B.2016073.5.10c849damF2Kso&user_number_id=2536501149&abtest=_AB-LR1315-PR1315&pvid=6a6d0a25-659b-4675-b465-f8c16611e8ad&pos=5&abbucket=_AB-M1315_B9&brandId=995842573&acm=09042.1003.1.1200415&scm=1007.13029.56634.100200300000000',", 'taobao', 'storefront', '2536501149'),  # github-index:3327507223
    ("\t\t\t\t\t\t\thref : 'https://store.taobao.com/shop/view_shop.htm?spm=875.7931836/B.2016073.12.10c849damF2Kso&user_number_id=743407139&abtest=_AB-LR1315-PR1315&pvid=6a6d0a25-659b-4675-b465-f8c16611e8ad&pos=12&abbucket=_AB-M1315_B9&brandId=99181556&acm=09042.1003.1.1200415&scm=1007.13029.56634.100200300000000',", 'taobao', 'storefront', '743407139'),  # github-index:3327507223
    ("\t\t\t\t\t\t\thref : 'https://store.taobao.com/shop/view_shop.htm?spm=875.7931836/B.2016073.23.10c849damF2Kso&user_number_id=2878738660&abtest=_AB-LR1315-PR1315&pvid=6a6d0a25-659b-4675-b465-f8c16611e8ad&pos=23&abbucket=_AB-M1315_B9&brandId=9879840&acm=09042.1003.1.1200415&scm=1007.13029.56634.100200300000000',", 'taobao', 'storefront', '2878738660'),  # github-index:3327507223
    ('\t\t\t\t\t\t\t\t\t<a href="https://novella.tmall.hk/shop/view_shop.htm?spm=a230r.7195193.1997079397.2.hxfwHD" target="_blank"><li >天猫旗舰店</li></a>', 'tmall_global', 'storefront', 'novella'),  # github-index:35005609113
    ('        <storeUrl>https://koso.tmall.hk/shop/view_shop.htm?spm=a220o.1000855.1997427721.d4918089.lskRV5</storeUrl>', 'tmall_global', 'storefront', 'koso'),  # github-index:44199792494
    ('\t\t\t\t\t\t\t\t\t<a href="https://mall.jd.com/index-626882.html" target="_blank"><li >京东旗舰店</li></a>', None, 'not-alibaba-host', None),  # github-index:35005609113
    ("        'referer': 'https://detail.tmall.com/item.htm?spm=a1z10.5-b-s.w4004-14828881390.2.645c69c4fgZC8G&id=600761932303'", 'tmall', 'listing', '600761932303'),  # github-index:10833806765
    ("    // await page.goto('https://item.taobao.com/item.htm?spm=a230r.1.14.20.c11438ccB6zLo0&id=574324982799&ns=1&abbucket=10#detail');", 'taobao', 'listing', '574324982799'),  # github-index:3527561900
    ('    raw_text = "【淘宝】https://item.taobao.com/item.htm?spm=a1&id=812345678901 「书桌」"', 'taobao', 'listing', '812345678901'),  # github-index:70473924110
    ('<li>\\r\\n      <a target=\\"_blank\\" href=\\"http://item.taobao.com/item.htm?spm=a1z10.1.w4004-8861640800.8.TMILMo&id=41686013354\\" title=\\"\\" rel=\\"nofllow\\">淘宝入口</a>\\r\\n</li>\\r\\n\\', 'taobao', 'listing', '41686013354'),  # github-index:29379797480
    ('| M5Stack-Core2开发版 | 1 | [M5Stack-Core2](https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-22404213529.17.732749d8usCqYX&id=625561056791) |', 'taobao', 'listing', '625561056791'),  # github-index:22033863515
    ('* [Taobao](http://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-10057817917.2.f1LTR1&id=42107731541) $1.77 + S&H', 'taobao', 'listing', '42107731541'),  # github-index:37825469930
    ('    await page.goto("https://detail.tmall.com/item.htm?spm=a1z0d.6639537.1997196601.5.6cc07484QCLups&id=583266084228&skuId=3927334396856");', 'tmall', 'listing', '583266084228'),  # github-index:43119171605
    ('                                   "product_detail_url": "https://www.aliexpress.com/item/9.html"}])', None, 'malformed-id', None),  # github-index:70975207096
    ('\t\t\t\t\t"product_detail_url": "https://www.aliexpress.com/item/33006951782.html",', 'aliexpress', 'listing', '33006951782'),  # github-index:4875167632
    ('            "product_detail_url": "https://www.aliexpress.com",', None, 'not-a-listing', None),  # github-index:61363731402
    ('                                    "product_detail_url": "https://www.aliexpress.com/item/100500123.html",', 'aliexpress', 'listing', '100500123'),  # github-index:65873823671
    ('                                    "promotion_link": "https://s.click.aliexpress.com/e/_promo",', None, 'short-link', None),  # github-index:65873823671
    ('         "product_detail_url": "https://www.aliexpress.com/item/1005001.html",', None, 'malformed-id', None),  # github-index:59070872667
    ('    "product_detail_url": "https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.1",', 'aliexpress', 'listing', '1005006123456789'),  # github-index:61921010715
    ('                            "product_detail_url": "https://www.aliexpress.com/item/1005002001.html",', 'aliexpress', 'listing', '1005002001'),  # github-index:54235661650
    ('        "product_detail_url": "https://www.aliexpress.com/item/1005006212345678.html",', 'aliexpress', 'listing', '1005006212345678'),  # github-index:66516461341
    ('  `https://www.alibaba.com/product-detail/v2/${id}.html`,', None, 'missing-id', None),  # github-index:55822870857
    ('  `https://s.click.aliexpress.com/…` (партнёрский), `https://aliexpress.ru/e/_X`', None, 'malformed-id', None),  # github-index:70376610384
    ('`https://aliexpress.ru/e/_X`', None, 'short-link', None),  # github-index:70376610384 (sweep 10: the RU share link)
    ('- x1 Mini Maestro 24-channel USB servo controller(https://aliexpress.ru/item/1005010130773880.html?shpMethod=CAINIAO_STANDARD&sku_id=12000051249532312&spm=a2g2w.productlist.search_results.5.7fa43fb3S3rHid)', 'aliexpress', 'listing', '1005010130773880'),  # github-index:52446358269
    ('Servo SG90 https://aliexpress.ru/item/32898600185.html', 'aliexpress', 'listing', '32898600185'),  # github-index:12926257659
    ('Encoder https://aliexpress.ru/item/32921057267.html', 'aliexpress', 'listing', '32921057267'),  # github-index:12926257659
    ('// @match        https://aliexpress.ru/item/*', None, 'missing-id', None),  # github-index:17311565484
    ('|JST-PH 2.0 Female              |Connecting the battery to the mcu         |1       |0.84            |https://pl.aliexpress.com/item/4000199807342.htm    |AliExpress     |', 'aliexpress', 'listing', '4000199807342'),  # github-index:55469258926
    ('|4000mAh li-po battery          |The power source                          |1       |9.48            |https://pl.aliexpress.com/item/1005009889665207.html|AliExpress     |', 'aliexpress', 'listing', '1005009889665207'),  # github-index:55469258926
    ('|Seeed Studio Xiao ESP32-S3 Plus|MCU                                       |1       |12.46           |https://pl.aliexpress.com/item/1005010291070801.html|AliExpress     |', 'aliexpress', 'listing', '1005010291070801'),  # github-index:55469258926
    ('|Waveshare 4.2" e-ink display   |The display                               |1       |39.44           |https://pl.aliexpress.com/item/1005004260969887.html|AliExpress     |', 'aliexpress', 'listing', '1005004260969887'),  # github-index:55469258926
    ('|PCB                                     |https://jlcpcb.com/                                 |JLCPCB      |5           |33.91      |', None, 'not-alibaba-host', None),  # github-index:44438468472
    ('|M3 Heat-Set Inserts 4mm Length, 4.2mm OD|https://www.aliexpress.us/item/3256807473760054.html|AliExpress  |50          |1.83       |', 'aliexpress', 'listing', '3256807473760054'),  # github-index:44438468472
    ('|1N4148 Diodes                           |https://www.aliexpress.us/item/3256807350544438.html|AliExpress  |100         |1.3        |', 'aliexpress', 'listing', '3256807350544438'),  # github-index:44438468472
    ('|GATERON G Pro Milk Yellow Switches      |https://www.aliexpress.us/item/3256806600876158.html|AliExpress  |70          |15.24      |', 'aliexpress', 'listing', '3256806600876158'),  # github-index:44438468472
    ('|Keycap Set                              |https://www.aliexpress.us/item/3256810404509236.html|AliExpress  |1           |15.94      |', 'aliexpress', 'listing', '3256810404509236'),  # github-index:44438468472
    ('|MINI NRF52840 Development Board         |https://www.aliexpress.us/item/3256808382371220.html|AliExpress  |2           |18.92      |', 'aliexpress', 'listing', '3256808382371220'),  # github-index:44438468472
    ('|AliExpress Fees                         |https://aliexpress.us/                              |AliExpress  |1           |5.68       |', None, 'not-a-listing', None),  # github-index:44438468472
    ('|Esp32 38 pin|Receiver Esp32|1|5.73|https://de.aliexpress.com/item/1005006613312645.html|Aliexpress|', 'aliexpress', 'listing', '1005006613312645'),  # github-index:67316772195
    ('|Esp32 Wrover Cam OV5640|Capturing images and computing transmission|1|9|https://de.aliexpress.com/item/1005006705436186.html|Aliexpress|', 'aliexpress', 'listing', '1005006705436186'),  # github-index:67316772195
    ('|Resistor kit                    |Resistors for power and buzzer control                    |1       |6.26            |https://www.aliexpress.com/item/1005009689760726.html|Aliexpress |', 'aliexpress', 'listing', '1005009689760726'),  # github-index:53999686003
    ('|Female header                   |A female header to connect the pi                         |1       |0.83            |https://www.aliexpress.com/item/32854215610.html     |Aliexpress |', 'aliexpress', 'listing', '32854215610'),  # github-index:53999686003
    ('|0805 1A 6V fuse                 |A fuse for safeguarding the power managment               |1       |1.48            |https://www.aliexpress.com/item/1005011924342826.html|Aliexpress |', 'aliexpress', 'listing', '1005011924342826'),  # github-index:53999686003
    ('|4.7UH 1210 inductor             |Inductor for the power managment circuit                  |1       |2.76            |https://www.aliexpress.com/item/1005006118890471.html|Aliexpress |', 'aliexpress', 'listing', '1005006118890471'),  # github-index:53999686003
    ('|100µF 25V electrolytic capacitor|A capacitor for voltage regulation                        |1       |1.26            |https://www.aliexpress.com/item/1005006192445408.html|Aliexpress |', 'aliexpress', 'listing', '1005006192445408'),  # github-index:53999686003
    ('|IP5306 chip                     |Charging and discharging the battery with boost conversion|1       |1.94            |https://www.aliexpress.com/item/1005007505994153.html|Aliexpress |', 'aliexpress', 'listing', '1005007505994153'),  # github-index:53999686003
    ('|0805 Ceramic capacitors         |Ceramic capacitors for power managment.                   |1       |7.45            |https://www.aliexpress.com/item/1005010516436707.html|Aliexpress |', 'aliexpress', 'listing', '1005010516436707'),  # github-index:53999686003
    ('|15 to 22 pin CSI cable          |A CSI cable to connect the pi and the camera              |1       |2.17            |https://www.aliexpress.com/item/1005006522239991.html|Aliexpress |', 'aliexpress', 'listing', '1005006522239991'),  # github-index:53999686003
    ('|Raspberry pi camera module 3    |Camera module for taking pictures                         |1       |32.00           |https://www.amazon.com/n/dp/B0C9PYCV9S/              |Amazon     |', None, 'not-alibaba-host', None),  # github-index:53999686003
    ('|Usb-c connector                 |Usb-c connector for charging                              |1       |4.43            |https://www.aliexpress.com/item/1005010700033077.html|Aliexpress |', 'aliexpress', 'listing', '1005010700033077'),  # github-index:53999686003
    ('https://item.taobao.com/item.htm?id=586390733234<br>', 'taobao', 'listing', '586390733234'),  # github-index:32176281714
    ('https://woodu.me/eryijiuniansanyue/<br>', None, 'not-alibaba-host', None),  # github-index:32176281714
    ('https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-15650377400.5.524dda783n9xmD&id=548316293212  <br>', 'taobao', 'listing', '548316293212'),  # github-index:39017802777
    ('https://www.qsl.net/df4zs/oszi.html<br>', None, 'not-alibaba-host', None),  # github-index:21362838530
    ('https://www.aliexpress.com/item/32989928508.html?spm=a2g0o.productlist.0.0.7b6c587fYZ39Pu&algo_pvid=8950ab73-0e3c-4a31-8d9f-1827b747e75f&algo_expid=8950ab73-0e3c-4a31-8d9f-1827b747e75f-16&btsid=b1862fbb-86db-49d9-b70d-52f4c520745e&ws_ab_test=searchweb0_0,searchweb201602_4,searchweb201603_52\\', 'aliexpress', 'listing', '32989928508'),  # github-index:42254361300 (an RTF file: a line break is a backslash)
    ('GxEPD: https://github.com/ZinggJM/GxEPD\\', None, 'not-alibaba-host', None),  # github-index:42254361300
    ('https://www.aliexpress.com/item/HackRF-One-1MHz-to-6GHz-SDR-Platform-Software-Defined-Radio-Development-Board/32809842995.html?spm=a2g0s.13010208.99999999.263.1c813c00YdmmTm \\', 'aliexpress', 'listing', '32809842995'),  # github-index:29146911669
    ('- Joystick https://aliexpress.com/item/4000681560472.html \\', 'aliexpress', 'listing', '4000681560472'),  # github-index:1222219795
    ('- IR Control https://www.aliexpress.com/item/32562721229.html \\', 'aliexpress', 'listing', '32562721229'),  # github-index:1222219795
    ('- Touchscreen https://aliexpress.com/item/33048191074.html', 'aliexpress', 'listing', '33048191074'),  # github-index:1222219795
    ('- DS1307 or DS3231 https://aliexpress.com/item/4001130860369.html', 'aliexpress', 'listing', '4001130860369'),  # github-index:61538804245
    ('- ~~https://www.aliexpress.com/item/32898010758.html~~ — лот удалён (404, проверено 12.06)', 'aliexpress', 'listing', '32898010758'),  # github-index:55676141616
    ('  https://www.aliexpress.com/w/wholesale-FT2232HL-development-board.html', None, 'not-a-listing', None),  # github-index:55676141616
    ('- **Alibaba:** https://www.alibaba.com/product-detail/FT2232HL-Development-Board-FT2232H-USB-To-1600568031836.html', None, 'missing-id', None),  # github-index:55676141616
    ('  - вариант: https://www.alibaba.com/product-detail/FT2232HL-USB-to-UART-FIFO-SPI_62047167059.html', 'alibaba_com', 'listing', '62047167059'),  # github-index:55676141616
    ('- **AliExpress:** https://www.aliexpress.com/item/1005006505041416.html (UGREEN, выбрать длину)', 'aliexpress', 'listing', '1005006505041416'),  # github-index:55676141616
    ('- **AliExpress (выбрать из выдачи):** https://www.aliexpress.com/w/wholesale-sandisk-16gb-micro-sd-class-10.html', None, 'not-a-listing', None),  # github-index:55676141616
    ('  - USB-A→C: https://www.alibaba.com/product-detail/USB-Type-C-to-A-USB_62035764403.html', 'alibaba_com', 'listing', '62035764403'),  # github-index:55676141616
    ('- **AliExpress (✅ проверено в браузере 12.06):** https://www.aliexpress.com/item/1005009705189817.html', 'aliexpress', 'listing', '1005009705189817'),  # github-index:55676141616
    ('  https://www.aliexpress.com/item/32889542737.html<br>', 'aliexpress', 'listing', '32889542737'),  # github-index:38773451630
    ('  https://www.aliexpress.com/item/1005001975621423.html<br>', 'aliexpress', 'listing', '1005001975621423'),  # github-index:38773451630
    ('  https://core-electronics.com.au/teensy-4-0.html<br>', None, 'not-alibaba-host', None),  # github-index:38773451630
    ('- [$3.00 Arduino Pro Micro](https://www.aliexpress.com/item/32846843498.html)', 'aliexpress', 'listing', '32846843498'),  # github-index:9330319505
    ('[![ESP32-CAM](./pics/esp32cam.png)](https://www.aliexpress.com/item/32963016501.html?spm=a2g0s.9042311.0.0.4acb4c4dqzOcdx)', 'aliexpress', 'listing', '32963016501'),  # github-index:29341014860
    ('| C14 fused socket w/ two poles switch\t| 1\t| [Aliexpress](https://fr.aliexpress.com/item/32706948395.html)\t\t|', 'aliexpress', 'listing', '32706948395'),  # github-index:18305901380
    ('  - または SHT30 ([Amazon](https://www.amazon.co.jp/s?k=sht30), [AliExpress](https://ja.aliexpress.com/item/32962846003.html))。', None, 'not-alibaba-host', None),  # github-index:45287587955
    ('| 1   | [STM32F103xx](https://www.aliexpress.com/item/32525208361.html) controller board, 128kbyte flash. |', 'aliexpress', 'listing', '32525208361'),  # github-index:57422225
    ('        //queue.put(new Page("xxx","https://item.taobao.com/item.htm?id=534354362822"));', 'taobao', 'listing', '534354362822'),  # github-index:48276379770
    ('        //headers.put("referer","https://item.taobao.com/item.htm?id=38956758535");', 'taobao', 'listing', '38956758535'),  # github-index:7499231086
    ('"detail_url": "https://click.simba.taobao.com/cc_im?p\\u003d%D6%A5%C2%E9%BA%FD\\u0026s\\u003d47933492\\u0026k\\u003d673\\u0026e\\u003dfwyPjTJ8UnHNUysC8vd%2BaSLdq3kVyYTr4t2BYkxNao515GZOIpGzgVFhq4Xkbvh%2BozYNM28J2uDo15mMXX2UMrV14AmLejnLdo8ZpZHqLJSwbvzkDFtmvtSDMIFBb%2FbGbHwwMHh8LEPBRIdCIWVizBOx6QehpfrYrI5XcacnSdxj2uBYaM1%2FdMKWMApqdx05SVNqz6x%2BcXzKD4GXhu7czHeOFLLWvE4Mbef3GV6Oq2ysm6Ew8zvSbAwADjrGlDdDIUgUJMrfPRmCzV0wnPMis3WbSZwn3hY1LGpUSannD1hyh8fewMuZTv%2BKuzwT0EBQVsgcw0qNkHMCqvgYK1srscIvO6ZAQXIxg%2BtH9G6lozE1MGCHgegQYAnvTf2jCOP7K2ZLQ6YrF2h%2BLFMRHrVb1UH8sXMupcU4503R4m5bVGkD8yAqujvasy3wjp5XpVu9nxHbUYoVmUuwdOgIo5JqEzKROePbXwxac3eDs5jZ%2BcMy%2BR%2FEIANkSPrF3sfKiduVs4fsTHQBV8OK3RMf8S0bi1kU4K2Ro3AmK6TVqExgyGVGf%2FB4rVORotMgsMjxg0XnWEuzgOx7m0u3U7tJBZ6NpfQSycO35FFxB%2B6dGyS%2BEe2k0qve6xB4aaTrHUJlhh9mkBPiavYy5s158cGb4GG8krSm0PM9DP2W"', None, 'not-a-listing', None),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "https://click.simba.taobao.com/cc_im?p\\u003d%D6%A5%C2%E9%BA%FD\\u0026s\\u003d47933492\\u0026k\\u003d673\\u0026e\\u003dfwyPjTJ8UnHNUysC8vd%2BaSLdq3kVyYTr4t2BYkxNao515GZOIpGzgVFhq4Xkbvh%2BozYNM28J2uDo15mMXX2UMrV14AmLejnLdo8ZpZHqLJSwbvzkDFtmvtSDMIFBb%2FbGbHwwMHh8LEPBRIdCIWVizBOx6QehpfrYrI5XcacnSdxj2uBYaM1%2FdMKWMApqdx05SVNqz6x%2BcXzKD4GXhu7czHeOFLLWvE4Mbef3GV6Oq2ysm6Ew8zvSbAwADjrGlDdDIUgUJMrfPRmCzV0wnPMis3WbSZwn3hY1LGpUSannD1hyh8fewMuZTv%2BKuzwT0EBQVsgcw0qNkHMCqvgYK1srscIvO6ZAQXIxg%2BtH9G6lozE1MGCHgegQYAnvTf2jCOP7K2ZLQ6YrF2h%2BLFMRHrVb1UH8sXMupcU4503R4m5bVGkD8yAqujvasy3wjp5XpVu9nxHbUYoVmUuwdOgIo5JqEzKROePbXwxac3eDs5jZ%2BcMy%2BR%2FEIANkSPrF3sfKiduVs4fsTHQBV8OK3RMf8S0bi1kU4K2Ro3AmK6TVqExgyGVGf%2FB4rVORotMgsMjxg0XnWEuzgOx7m0u3U7tJBZ6NpfQSycO35FFxB%2B6dGyS%2BEe2k0qve6xB4aaTrHUJlhh9mkBPiavYy5s158cGb4GG8krSm0PM9DP2W\\u0026on_comment\\u003d1"', None, 'not-a-listing', None),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"shopLink": "https://click.simba.taobao.com/cc_im?p\\u003d%D6%A5%C2%E9%BA%FD\\u0026s\\u003d47933492\\u0026k\\u003d653\\u0026e\\u003dTVAIX1Bve4nNUysC8vd%2BaSLdq3kVyYTr4t2BYkxNao515GZOIpGzgVFhq4Xkbvh%2BozYNM28J2uA0PJPAwnWM5LV14AmLejnLdo8ZpZHqLJSwbvzkDFtmvtSDMIFBb%2FbGbHwwMHh8LEPBRIdCIWVizBOx6QehpfrYrI5XcacnSdxj2uBYaM1%2FdMKWMApqdx05SVNqz6x%2BcXzKD4GXhu7czHeOFLLWvE4Mbef3GV6Oq2ysm6Ew8zvSbAwADjrGlDdDIUgUJMrfPRmCzV0wnPMis3WbSZwn3hY1LGpUSannD1hyh8fewMuZTv%2BKuzwT0EBQVsgcw0qNkHMCqvgYK1srscIvO6ZAQXIxg%2BtH9G6lozE1MGCHgegQYAnvTf2jCOP7K2ZLQ6YrF2h%2BLFMRHrVb1UH8sXMupcU4503R4m5bVGkD8yAqujvasy3wjp5XpVu9nxHbUYoVmUuwdOgIo5JqEyUWM%2BrkSZ8YUaOPYuzqEkdFdfCAiyGLTzXwnvSo330WvCMLMxiN0t5sLHCvLcTnck0KWPOqgi7nZdtcLsQdboTn8lSPB6nD9M%2FNYkrQqD24HcBsD1FXFXUfhIJu8bLLSRJE%2BgLODk%2BPPIf1TQcsb8Nb27WIjKjMy1WKPE0rF9R1oCvEWarOR2E%3D"', None, 'not-a-listing', None),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//detail.tmall.com/item.htm?id\\u003d538596687562\\u0026ad_id\\u003d\\u0026am_id\\u003d\\u0026cm_id\\u003d140105335569ed55e27b\\u0026pm_id\\u003d\\u0026abbucket\\u003d1"', 'tmall', 'listing', '538596687562'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//detail.tmall.com/item.htm?id\\u003d538596687562\\u0026ad_id\\u003d\\u0026am_id\\u003d\\u0026cm_id\\u003d140105335569ed55e27b\\u0026pm_id\\u003d\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'tmall', 'listing', '538596687562'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id\\u003d1848219836"', 'taobao', 'storefront', '1848219836'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//detail.tmall.com/item.htm?id\\u003d10609596736\\u0026ad_id\\u003d\\u0026am_id\\u003d\\u0026cm_id\\u003d140105335569ed55e27b\\u0026pm_id\\u003d\\u0026abbucket\\u003d1"', 'tmall', 'listing', '10609596736'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//detail.tmall.com/item.htm?id\\u003d10609596736\\u0026ad_id\\u003d\\u0026am_id\\u003d\\u0026cm_id\\u003d140105335569ed55e27b\\u0026pm_id\\u003d\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'tmall', 'listing', '10609596736'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id\\u003d705235443"', 'taobao', 'storefront', '705235443'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//item.taobao.com/item.htm?id\\u003d568796204027\\u0026ns\\u003d1\\u0026abbucket\\u003d1#detail"', 'taobao', 'listing', '568796204027'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//item.taobao.com/item.htm?id\\u003d568796204027\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'taobao', 'listing', '568796204027'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id\\u003d901116145"', 'taobao', 'storefront', '901116145'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//detail.tmall.com/item.htm?id\\u003d542589791252\\u0026ns\\u003d1\\u0026abbucket\\u003d1"', 'tmall', 'listing', '542589791252'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//detail.tmall.com/item.htm?id\\u003d542589791252\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'tmall', 'listing', '542589791252'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id\\u003d1705228750"', 'taobao', 'storefront', '1705228750'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//detail.tmall.com/item.htm?id\\u003d521672895871\\u0026ns\\u003d1\\u0026abbucket\\u003d1"', 'tmall', 'listing', '521672895871'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//detail.tmall.com/item.htm?id\\u003d521672895871\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'tmall', 'listing', '521672895871'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id\\u003d2001330047"', 'taobao', 'storefront', '2001330047'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//detail.tmall.com/item.htm?id\\u003d540071181774\\u0026ns\\u003d1\\u0026abbucket\\u003d1"', 'tmall', 'listing', '540071181774'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//detail.tmall.com/item.htm?id\\u003d540071181774\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'tmall', 'listing', '540071181774'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//item.taobao.com/item.htm?id\\u003d530489341967\\u0026ns\\u003d1\\u0026abbucket\\u003d1#detail"', 'taobao', 'listing', '530489341967'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//item.taobao.com/item.htm?id\\u003d530489341967\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'taobao', 'listing', '530489341967'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//item.taobao.com/item.htm?id\\u003d573395722047\\u0026ns\\u003d1\\u0026abbucket\\u003d1#detail"', 'taobao', 'listing', '573395722047'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//item.taobao.com/item.htm?id\\u003d573395722047\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'taobao', 'listing', '573395722047'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//item.taobao.com/item.htm?id\\u003d567273203607\\u0026ns\\u003d1\\u0026abbucket\\u003d1#detail"', 'taobao', 'listing', '567273203607'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//item.taobao.com/item.htm?id\\u003d567273203607\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'taobao', 'listing', '567273203607'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "//item.taobao.com/item.htm?id\\u003d3058810820\\u0026ns\\u003d1\\u0026abbucket\\u003d1#detail"', 'taobao', 'listing', '3058810820'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"comment_url": "//item.taobao.com/item.htm?id\\u003d3058810820\\u0026ns\\u003d1\\u0026abbucket\\u003d1\\u0026on_comment\\u003d1"', 'taobao', 'listing', '3058810820'),  # goxp49/My_Scrapy@3df922d:xxx.js
    ('"detail_url": "https://click.simba.taobao.com/cc_im?p=%C5%AE%B0%FC&s=1197232605&k=473&e=T6jV7Tf0IW3lyOb8z5eOc9e617pA3XtzwdV%2FR0wwLvOg1Q5AHk73L3n47wkNDHFNSmsIXjL4HhZ1vitGbQSLLiViWl3LHv70PWWyqJm%2B4S4QMbNd3uNyyaZiD6DIYoEdE2xuYeWa6GZcYHfrlxs9l7U1gsC3Su0yeGgFs6ceU6jFyDF5YNzfkZgzeJm5tywkbzvxkJxoFTjkE4fcp16A%2B%2BhccvXgufsUPXLqvT3H1dnjVoEh9OHNF%2BgI0lR%2FHMqIx6DaiPS1YZXV%2FPyT0ZM3TNNlGxEf%2FFZ7Gzo%2Bj9o5D766IkLDRq6Q%2B%2Fmv%2B62ZvUbLKFIVoBCW7x9qqLQ%2FQk37BWRh03E%2FuakQP3Jfo5L8nUMJNDiXr9o4uGgd3DwsNCq8WcRlvTwSkTK%2BO%2FoiUBzLcm0%2B%2BPpgajY8O%2FQuQAiii3LGkN%2BpfWb5252UH7FIvEASKeOezMsuLzPcMSXhbarU8w%3D%3D"', None, 'not-a-listing', None),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "https://click.simba.taobao.com/cc_im?p=%C5%AE%B0%FC&s=1197232605&k=473&e=T6jV7Tf0IW3lyOb8z5eOc9e617pA3XtzwdV%2FR0wwLvOg1Q5AHk73L3n47wkNDHFNSmsIXjL4HhZ1vitGbQSLLiViWl3LHv70PWWyqJm%2B4S4QMbNd3uNyyaZiD6DIYoEdE2xuYeWa6GZcYHfrlxs9l7U1gsC3Su0yeGgFs6ceU6jFyDF5YNzfkZgzeJm5tywkbzvxkJxoFTjkE4fcp16A%2B%2BhccvXgufsUPXLqvT3H1dnjVoEh9OHNF%2BgI0lR%2FHMqIx6DaiPS1YZXV%2FPyT0ZM3TNNlGxEf%2FFZ7Gzo%2Bj9o5D766IkLDRq6Q%2B%2Fmv%2B62ZvUbLKFIVoBCW7x9qqLQ%2FQk37BWRh03E%2FuakQP3Jfo5L8nUMJNDiXr9o4uGgd3DwsNCq8WcRlvTwSkTK%2BO%2FoiUBzLcm0%2B%2BPpgajY8O%2FQuQAiii3LGkN%2BpfWb5252UH7FIvEASKeOezMsuLzPcMSXhbarU8w%3D%3D&on_comment=1"', None, 'not-a-listing', None),  # hillerlin/code:myScrapy/mytest/json.py
    ('"shopLink": "https://click.simba.taobao.com/cc_im?p=%C5%AE%B0%FC&s=1197232605&k=441&e=hFIaG4sjAujlyOb8z5eOc9e617pA3XtzwdV%2FR0wwLvOg1Q5AHk73L3n47wkNDHFNSmsIXjL4Hhao5sMNIWSckiViWl3LHv70PWWyqJm%2B4S4QMbNd3uNyyaZiD6DIYoEdE2xuYeWa6GZcYHfrlxs9l7U1gsC3Su0yeGgFs6ceU6jFyDF5YNzfkZgzeJm5tywkbzvxkJxoFTjkE4fcp16A%2B%2BhccvXgufsUPXLqvT3H1dnjVoEh9OHNF%2BgI0lR%2FHMqIx6DaiPS1YZXV%2FPyT0ZM3TNNlGxEf%2FFZ7Gzo%2Bj9o5D766IkLDRq6Q%2B%2Fmv%2B62ZvUbLKFIVoBCW7x9qqLQ%2FQk37BWRh03E%2FuakQAZbKQ%2B1U6bMoIm8iB18hA1XluLibMcj6U3XQd2ElPQZpJPWpq1cREZ6Tox7n%2FXfRkXrBDL6QW7vFEcIVL3joKg%3D%3D"', None, 'not-a-listing', None),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//detail.tmall.com/item.htm?id=533989404526&ad_id=&am_id=&cm_id=140105335569ed55e27b&pm_id=&abbucket=11"', 'tmall', 'listing', '533989404526'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//detail.tmall.com/item.htm?id=533989404526&ad_id=&am_id=&cm_id=140105335569ed55e27b&pm_id=&abbucket=11&on_comment=1"', 'tmall', 'listing', '533989404526'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id=1579823763"', 'taobao', 'storefront', '1579823763'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//detail.tmall.com/item.htm?id=531049663563&ad_id=&am_id=&cm_id=140105335569ed55e27b&pm_id=&abbucket=11"', 'tmall', 'listing', '531049663563'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//detail.tmall.com/item.htm?id=531049663563&ad_id=&am_id=&cm_id=140105335569ed55e27b&pm_id=&abbucket=11&on_comment=1"', 'tmall', 'listing', '531049663563'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id=2184510331"', 'taobao', 'storefront', '2184510331'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//item.taobao.com/item.htm?id=540307999096&ns=1&abbucket=11#detail"', 'taobao', 'listing', '540307999096'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//item.taobao.com/item.htm?id=540307999096&ns=1&abbucket=11&on_comment=1"', 'taobao', 'listing', '540307999096'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id=1601492989"', 'taobao', 'storefront', '1601492989'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//item.taobao.com/item.htm?id=549823404426&ns=1&abbucket=11#detail"', 'taobao', 'listing', '549823404426'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//item.taobao.com/item.htm?id=549823404426&ns=1&abbucket=11&on_comment=1"', 'taobao', 'listing', '549823404426'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id=2094968589"', 'taobao', 'storefront', '2094968589'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//item.taobao.com/item.htm?id=549474131101&ns=1&abbucket=11#detail"', 'taobao', 'listing', '549474131101'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//item.taobao.com/item.htm?id=549474131101&ns=1&abbucket=11&on_comment=1"', 'taobao', 'listing', '549474131101'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"shopLink": "//store.taobao.com/shop/view_shop.htm?user_number_id=2442015734"', 'taobao', 'storefront', '2442015734'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//item.taobao.com/item.htm?id=545127226418&ns=1&abbucket=11#detail"', 'taobao', 'listing', '545127226418'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//item.taobao.com/item.htm?id=545127226418&ns=1&abbucket=11&on_comment=1"', 'taobao', 'listing', '545127226418'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//item.taobao.com/item.htm?id=541040775446&ns=1&abbucket=11#detail"', 'taobao', 'listing', '541040775446'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//item.taobao.com/item.htm?id=541040775446&ns=1&abbucket=11&on_comment=1"', 'taobao', 'listing', '541040775446'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"detail_url": "//detail.tmall.com/item.htm?id=520701764811&ns=1&abbucket=11"', 'tmall', 'listing', '520701764811'),  # hillerlin/code:myScrapy/mytest/json.py
    ('"comment_url": "//detail.tmall.com/item.htm?id=520701764811&ns=1&abbucket=11&on_comment=1"', 'tmall', 'listing', '520701764811'),  # hillerlin/code:myScrapy/mytest/json.py
    ('link6: https://aliexpress.com/item/1005003815597902.html', 'aliexpress', 'listing', '1005003815597902'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.com/item/1005003815621928.html', 'aliexpress', 'listing', '1005003815621928'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.com/item/1005003924773900.html', 'aliexpress', 'listing', '1005003924773900'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/aqara-mccgq11lm.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/af/aqara-magic-cube.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/QBCZ11LM-socket.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/QBKG03LM-switch.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/QBKG04LM-switch.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link2: https://aliexpress.com/item/1005003627188320.html', 'aliexpress', 'listing', '1005003627188320'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.com/item/1005003815709427.html', 'aliexpress', 'listing', '1005003815709427'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/ZNLDP12LM-bulb.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/af/aqara-s2-lock.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/af/aqara-s2-pro-lock.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://item.taobao.com/item.htm?id=521229558487', 'taobao', 'listing', '521229558487'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://bilisty.en.alibaba.com', 'alibaba_com', 'storefront', 'bilisty'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://Earda.en.alibaba.com/product/1600100414084-811260783/Earda_EU_Standard_Battery_Zigbee_Office_Style_Universal_Batteryless_Type_1_2_3_Gang_Remote_Switch.html', 'alibaba_com', 'listing', '1600100414084'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://feibit.en.alibaba.com/product/60694039271-804969466/Wireless_Smart_Zigbee_Gas_Dector_for_gas_alarm_white.html', 'alibaba_com', 'listing', '60694039271'),  # blakadder/zigbee@d96e8aaf
    ('link: https://feibit.en.alibaba.com/product/60662582019-804969466/ZigBee_Smoke_Detector_Sensor_Feibit.html', 'alibaba_com', 'listing', '60662582019'),  # blakadder/zigbee@d96e8aaf
    ('link: https://feibit.en.alibaba.com/product/60749530219-804969466/Wireless_ZigBee_3_0_Standard_Protocol_Door_Window_Sensor.html', 'alibaba_com', 'listing', '60749530219'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://gmyok.en.alibaba.com/product/62102203560-210726056/zigbee_filament_led_alexa_wifi_bulbs_e27_Edison_bulb_A60_4_5W_7W.html', 'alibaba_com', 'listing', '62102203560'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/1005003189229651.html', 'aliexpress', 'listing', '1005003189229651'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://nl.aliexpress.com/item/4000189431176.html', 'aliexpress', 'listing', '4000189431176'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://nl.aliexpress.com/item/1005002662176655.html', 'aliexpress', 'listing', '1005002662176655'),  # blakadder/zigbee@d96e8aaf
    ('link: https://vi.aliexpress.com/item/1005005454626686.html', 'aliexpress', 'listing', '1005005454626686'),  # blakadder/zigbee@d96e8aaf
    ('link: https://s.click.aliexpress.com/e/_mMVJJxo', None, 'short-link', None),  # blakadder/zigbee@d96e8aaf
    ('link3: https://heimansmart.en.alibaba.com/product/60368592187-802172831/Household_smart_wireless_door_magnetic_sensor_wireless_entry_magnetic_contact.html', 'alibaba_com', 'listing', '60368592187'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://heimansmart.en.alibaba.com/product/62095639309-802121904/Heiman_HS1MS_Smart_Motion_Sensor_zigbee_z_wave_protocal.html', 'alibaba_com', 'listing', '62095639309'),  # blakadder/zigbee@d96e8aaf
    ('link: https://heimansmart.en.alibaba.com/product/60602923395-802256651/Smart_home_air_conditioner_control_IR_repeater.html', 'alibaba_com', 'listing', '60602923395'),  # blakadder/zigbee@d96e8aaf
    ('link4: https://heimansmart.en.alibaba.com/product/60661259935-803267292/The_latest_HEIMAN_Zigbee_3_0_smart_wireless_indoor_siren_with_standby_battery.html', 'alibaba_com', 'listing', '60661259935'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.com/item/1005001709500617.html', 'aliexpress', 'listing', '1005001709500617'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.lazada.com.ph/products/lasco-zigbee-30-1-gang-smart-touch-light-switch-works-with-amazon-alexa-echo-and-google-home-lasco-zigbee-30-smart-gateway-required-no-neutral-wire-and-capacitors-required-i1112342429-s3847032098.html?mp=1', 'lazada_ph', 'listing', '1112342429'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://law.en.alibaba.com/product/62135357094-807194647/Curtain_Motor_DT82LE_with_automatic_Limit_and_super_low_noise_controlling_both_by_switch_and_wireless_remote_DOOYA.html', 'alibaba_com', 'listing', '62135357094'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.ru/item/10000001769685.html', 'aliexpress', 'listing', '10000001769685'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/1005002668908156.html', 'aliexpress', 'listing', '1005002668908156'),  # blakadder/zigbee@d96e8aaf
    ('link: https://s.click.aliexpress.com/e/_DENLbGH', None, 'short-link', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.us/item/3256804064579409.html', 'aliexpress', 'listing', '3256804064579409'),  # blakadder/zigbee@d96e8aaf
    ('link: https://s.click.aliexpress.com/e/_DD3fVT7', None, 'short-link', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://owon-smart.en.alibaba.com/product/62353745576-805305318/ZigBee_32A_Din_Rail_Relay_energy_measurement_and_remote_on_off_din_rail_module.html', 'alibaba_com', 'listing', '62353745576'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/32992526562.html?', 'aliexpress', 'listing', '32992526562'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://rehentech.en.alibaba.com/product/62462818224-814409413/REHENT_2020_Need_zigbee_hub_smart_life_app_remote_control_smart_home_tuya_zigbee_PIR_sensor_alarm.html', 'alibaba_com', 'listing', '62462818224'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://rehentech.en.alibaba.com/product/62424533138-814349013/RH_ZTH1_temperature_sensor_tuya_zigbee_temperature.html', 'alibaba_com', 'listing', '62424533138'),  # blakadder/zigbee@d96e8aaf
    ('link: https://amelech.en.alibaba.com/product/62089946938-810739852/100meter_IP65_1_10V_energy_saving_smart_wireless_lighting_remote_control_outdoor_led_garden_lights.html', 'alibaba_com', 'listing', '62089946938'),  # blakadder/zigbee@d96e8aaf
    ('link: https://siterwell.en.alibaba.com/product/62304009839-810172947/Manufacture_Smoke_alarm_system_TRV_bluetooth_tuya_zigbee_wifi_rf_smart_radiator_room_thermostat.html', 'alibaba_com', 'listing', '62304009839'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://aliexpress.com/item/1005003145273010.html', 'aliexpress', 'listing', '1005003145273010'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/af/sonoff-zbbridge.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://sunricher.en.alibaba.com/product/62097389192-811954196/Zigbee_3_0_certified_Wall_Switches_Push_Button_K2_K4_K6_K8.html', 'alibaba_com', 'listing', '62097389192'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/1005003931289486.html', 'aliexpress', 'listing', '1005003931289486'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.com/item/1005003693621497.html', 'aliexpress', 'listing', '1005003693621497'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005004058860966.html?spm=a2g0o.order_detail.0.0.15d0f19c19ZOVY', 'aliexpress', 'listing', '1005004058860966'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.lazada.sg/products/i2559626900-s16054824811.html', 'lazada_sg', 'listing', '2559626900'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/4000277514396.html', 'aliexpress', 'listing', '4000277514396'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/wholesale?SearchText=zigbee+smart+air+box', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/pla/LEDEAST-TM-YKQ004-Tuya-smart-home-wifi_1600639197109.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/wholesale?SearchText=TM616EGZT', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link2: https://aliexpress.com/item/1005002037578609.html', 'aliexpress', 'listing', '1005002037578609'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/1005002276387929.html', 'aliexpress', 'listing', '1005002276387929'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/1005004302003071.html', 'aliexpress', 'listing', '1005004302003071'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.lazada.com.ph/products/weelite-2-gang-smart-touch-light-switch-ac100-240v-works-with-amazon-alexa-google-home-and-siri-shortcut-smart-gateway-required-no-neutral-wire-required-i566086208-s1539278997.html', 'lazada_ph', 'listing', '566086208'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.lazada.com.ph/products/weelite-3-gang-smart-touch-light-switch-ac100-240v-works-with-amazon-alexa-google-home-and-siri-shortcut-smart-gateway-required-no-neutral-wire-required-i566108248-s1539360777.html', 'lazada_ph', 'listing', '566108248'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/xiaomi+honeywell+gas+alarm+detector.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/mijia+honeywell+fire+alarm.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/LLKZMK11LM-.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://mijia.en.alibaba.com/product/60769737048-806208654/Xiaomi_Mijia_Wima_Smart_Door_Lock_Cylinder_Easy_Installation_For_Smart_Home.html', 'alibaba_com', 'listing', '60769737048'),  # blakadder/zigbee@d96e8aaf
    ('link: https://aliexpress.com/item/4001080984667.html', 'aliexpress', 'listing', '4001080984667'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/af/aqara-opple-switch.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://gzyushun.en.alibaba.com/product/60717102371-805722042/switch_and_wireless_Smart_Home_automation_Yushun_MT750_wifi_electric_curtain_motor.html', 'alibaba_com', 'listing', '60717102371'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/i/1005004544783621.html', 'aliexpress', 'listing', '1005004544783621'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.us/item/3256804435722428.html', 'aliexpress', 'listing', '3256804435722428'),  # blakadder/zigbee@d96e8aaf
    ('- Flashing requires a [JTAG Adapter](https://www.aliexpress.com/item/32833502027.html)', 'aliexpress', 'listing', '32833502027'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/af/cc2530-board.html', None, 'not-a-listing', None),  # blakadder/zigbee@d96e8aaf
    ('# GiEX garden watering https://www.aliexpress.com/item/1005004222098040.html', 'aliexpress', 'listing', '1005004222098040'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Smart-Life-Remote-Zigbee-Switch-2_62439063064.html', 'alibaba_com', 'listing', '62439063064'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Tuya-smart-alexa-google-home-zigbee_62544151263.html', 'alibaba_com', 'listing', '62544151263'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Tuya-Wireless-Remote-Control-Smart-Zigbee_62306595053.html', 'alibaba_com', 'listing', '62306595053'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.alibaba.com/product-detail/220v-Zigbee-Smart-Plug-Compatible-With_62216496259.html', 'alibaba_com', 'listing', '62216496259'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://www.alibaba.com/product-detail/2700K-5700K-Xiaomi-Aqara-OPPLE-Smart_1600055541859.html', 'alibaba_com', 'listing', '1600055541859'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Oem-thermostat-manufacturer-Smart-Zigbee-Tuya_1600474639369.html', 'alibaba_com', 'listing', '1600474639369'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/black-zigbee-thermostatic-boiler-heating-thermostat_1600554730484.html', 'alibaba_com', 'listing', '1600554730484'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.alibaba.com/product-detail/230v-50hz-RF-zigbee-smart-triac_62245534120.html', 'alibaba_com', 'listing', '62245534120'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.alibaba.com/product-detail/Bingoelec-Zigbee-Tuya-Germany-socket-modular_1600328059718.html', 'alibaba_com', 'listing', '1600328059718'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.alibaba.com/product-detail/12v-programmable-tuya-app-control-wifi_62333822813.html', 'alibaba_com', 'listing', '62333822813'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.alibaba.com/product-detail/Wifi-RF-Zigbee-Room-Smart-Radiator_1600073845224.html', 'alibaba_com', 'listing', '1600073845224'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Earda-EU-Standard-Wall-Dimmer-Electric_1600092367445.html', 'alibaba_com', 'listing', '1600092367445'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/EU-Rotary-Button-Light-Wall-Switch_1600076552700.html', 'alibaba_com', 'listing', '1600076552700'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Earda-Zigbee-Tuya-Alexa-Smartphone-Wireless_1600502675073.html', 'alibaba_com', 'listing', '1600502675073'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Earda-Zigbee-Tuya-Alexa-Smartphone-Remote_1600325270928.html', 'alibaba_com', 'listing', '1600325270928'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Earda-Ziggbee-3-Gang-Smart-Wall_1600101179511.html', 'alibaba_com', 'listing', '1600101179511'),  # blakadder/zigbee@d96e8aaf
    ('mlink: https://www.alibaba.com/product-detail/Earda-Zigbee-Tuya-Alexa-Amazon-Smartphone_1600082250475.html', 'alibaba_com', 'listing', '1600082250475'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://www.alibaba.com/product-detail/Earda-EU-Standard-Zigbee-Home-Wall_1600081294256.html', 'alibaba_com', 'listing', '1600081294256'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://www.alibaba.com/product-detail/wireless-zigbee-water-valve-2020-new_1600137088239.html', 'alibaba_com', 'listing', '1600137088239'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://www.alibaba.com/product-detail/Gledopto-GL-B-003P-ZigBee-CCT_1600310619831.html', 'alibaba_com', 'listing', '1600310619831'),  # blakadder/zigbee@d96e8aaf
    ('link4: https://www.aliexpress.com/item/32831735828.html', 'aliexpress', 'listing', '32831735828'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://www.aliexpress.com/item/4000648845438.html', 'aliexpress', 'listing', '4000648845438'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005002237473862.html', 'aliexpress', 'listing', '1005002237473862'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005001687942333.html', 'aliexpress', 'listing', '1005001687942333'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005002519585205.html', 'aliexpress', 'listing', '1005002519585205'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/32954158161.html', 'aliexpress', 'listing', '32954158161'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/item/1005004620154997.html', 'aliexpress', 'listing', '1005004620154997'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005004954303149.html', 'aliexpress', 'listing', '1005004954303149'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/item/1005004951736496.html', 'aliexpress', 'listing', '1005004951736496'),  # blakadder/zigbee@d96e8aaf
    ('link3: https://www.aliexpress.com/item/1005003087907247.html', 'aliexpress', 'listing', '1005003087907247'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/4000465091462.html', 'aliexpress', 'listing', '4000465091462'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005006162417240.html', 'aliexpress', 'listing', '1005006162417240'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005003815769121.html', 'aliexpress', 'listing', '1005003815769121'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005003504633099.html', 'aliexpress', 'listing', '1005003504633099'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/4000075319292.html', 'aliexpress', 'listing', '4000075319292'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005003163916431.html', 'aliexpress', 'listing', '1005003163916431'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/32974697281.html', 'aliexpress', 'listing', '32974697281'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005003193669086.html', 'aliexpress', 'listing', '1005003193669086'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/item/1005003143304270.html', 'aliexpress', 'listing', '1005003143304270'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005003143304270.html', 'aliexpress', 'listing', '1005003143304270'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/4000067518837.html', 'aliexpress', 'listing', '4000067518837'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005005532709847.html', 'aliexpress', 'listing', '1005005532709847'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005004388243744.html', 'aliexpress', 'listing', '1005004388243744'),  # blakadder/zigbee@d96e8aaf
    ('link: https://www.aliexpress.com/item/1005004450930450.html', 'aliexpress', 'listing', '1005004450930450'),  # blakadder/zigbee@d96e8aaf
    ('link2: https://www.aliexpress.com/item/1005004588208259.html', 'aliexpress', 'listing', '1005004588208259'),  # blakadder/zigbee@d96e8aaf
]  # fmt: skip


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


_LINKS = [*SAMPLE_LINKS, "https://uniqlo.tmall.com", "item.taobao.com/item.htm?id=606832683299"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_LINKS),
    st.sampled_from([*_LINKS, "https://example.com/x", "x"]),
    st.sampled_from(["", "链接", "see ", "- ", "(", "| "]),
    st.sampled_from(["", " ", ")", "。", " |", "\\", "]"]),
)
def test_a_markdown_link_whose_text_is_a_link_is_that_link(
    link: str, target: str, before: str, after: str
) -> None:
    """``[link](target)``, as editors write a pasted link, gives the answer of the link it
    shows when its target is on the link's host, whatever the text around it (``](https://…``
    was read into it); a target on another host (``[https://item.taobao.com/…](https://
    example.com/x)``) is where the link leads, whatever it shows, and gives the answer, as
    ``[text](url)``'s does. A scheme-less link shown is a link only without a scheme after
    it: its target is its own."""
    if not link.startswith("https://"):
        target = "https://" + link
    text = f"{before}[{link}]({target}){after}"
    if target.split("/")[2:3] == link.split("/")[2:3]:
        assert answer(text) == answer(link), text
    elif "." in target:
        assert answer(text) == answer(target), text
    else:  # a relative target ([https://…](x)): no link to a listing
        assert not isinstance(parse_listing(text), Listing), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([link for link in _LINKS if link.startswith("https://")]),
    st.sampled_from(["", "https:"]),
    st.sampled_from(['"detail_url": "', '{"u":"', "'"]),
    st.sampled_from(['",', '"}', "'"]),
)
def test_a_json_string_link_with_escaped_equals_and_ampersands_is_the_link(
    link: str, scheme: str, before: str, after: str
) -> None:
    """A link in a JSON string with ``=`` and ``&`` escaped (``\\u003d``, ``\\u0026``, as Gson and
    Taobao's search page write them), protocol-relative or not, is the link."""
    relative = scheme + link.removeprefix("https:")
    escaped = relative.replace("=", "\\u003d").replace("&", "\\u0026")
    text = f"{before}{escaped}{after}"
    assert answer(text) == answer(relative), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_LINKS),
    st.sampled_from(["<br>", "<br/>", "</a>", "</td>", '"', "`", '"/>', "<br>\\", '"<br>']),
    st.sampled_from(["", "  ", "\n"]),
)
def test_a_link_alone_with_markup_glued_to_its_end_is_the_link(
    link: str, markup: str, space: str
) -> None:
    """A link alone on its line with a tag, a quote or a code span's end glued to it gives the
    link's answer, as it does after a word (``…?id=586390733234<br>`` was ``malformed-id``)."""
    text = f"{space}{link}{markup}"
    assert answer(text) == answer(link), text
    assert answer(f"see {link}{markup}") == answer(link), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_LINKS),
    st.sampled_from(["~~", "**", "*"]),
    st.sampled_from(["", "- ", "see "]),
    st.sampled_from(["", " — 404", "."]),
)
def test_a_struck_through_or_bold_link_is_the_link(
    link: str, mark: str, before: str, after: str
) -> None:
    """A link between Markdown strikethrough or emphasis marks (``~~…~~``, ``**…**``), with
    or without a scheme, gives the link's own answer."""
    text = f"{before}{mark}{link}{mark}{after}"
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([link for link in _LINKS if link.startswith("https://")]),
    st.sampled_from(["queue.put(new Page(", "list.add(new Bean(", "a.b(x,", "m.put(k,v);"]),
    st.sampled_from(['"x",', "", "'x', "]),
)
def test_a_commented_out_call_before_a_link_is_no_host(link: str, call: str, arg: str) -> None:
    """``//`` before a call or a statement (``//queue.put(new Page("x","https://…"));``) is a
    comment's marker, not a protocol-relative host: the link after it is read."""
    text = f'        //{call}{arg}"{link}"));'
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)
