"""Sweep 7 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls7.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_6.py. The inputs come
from sources the earlier sweeps did not use: GitHub issue threads where users paste links
(``owner/repo#N``), AliExpress affiliate deep links in Google Shopping results and affiliate
feeds, Lazada affiliate datafeeds, Taobao coupon (uland) API samples, Xianyu and Taobao share
texts in current app formats (``【闲鱼】https://m.tb.cn/h.…?tk=… HU591 「…」``), each with the
text around it. ``github-index:N`` is a public file whose repository the code index does not
name, as in listing-urls.md. The parser, the ``ipprules listings`` CLI, the batch path and the
columnar kernel must all give the same answer.

The rows that failed before this sweep's fixes:

- a Markdown link followed by another with no space (``[A](https://www.aliexpress.com/item/
  1005003264388589.html),[B](…)``, a real README's bill of materials) read ``),[B`` into the
  first link's path and was ``missing-id``;
- affiliate links whose query names the listing they lead to (AliExpress
  ``s.click.aliexpress.com/deep_link.htm?…&dl_target_url=…`` in Google Shopping results and
  the old affiliate API's ``promotionUrl``; Lazada ``c.lazada.com.my/t/c.…?url=…`` in its
  affiliate datafeed) stayed short links without the suggestion the AliExpress share wrapper
  already gets (see ``SUGGESTIONS``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import (
    answer,
    table_tests,
)
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('Example link: https://www.aliexpress.com/item/32948075240.html (shortend)', 'aliexpress', 'listing', '32948075240'),  # idlewan/link_cleaner#52
    ('Long: https://www.aliexpress.com/item/Reusable-Metal-Drinking-Straws-304-Stainless-Steel-Sturdy-Bent-Straight-Drinks-Straw-with-Cleaning-Brush-Bar/32948075240.html?spm=2114.search0104.3.11.2b197e1eZknh4q&ws_ab_test=searchweb0_0,searchweb201602_9_10065_10068_10547_319_317_10548_10696_10084_453_10083_454_10618_10304_10307_10820_10821_537_10302_536_10843_10059_10884_10887_321_322_10103,searchweb201603_53,ppcSwitch_0&algo_expid=5791e96c-b334-4b73-8500-abed1e35c5a6-1&algo_pvid=5791e96c-b334-4b73-8500-abed1e35c5a6&transAbTest=ae803_4', 'aliexpress', 'listing', '32948075240'),  # idlewan/link_cleaner#52
    ('Motor controller - https://www.aliexpress.com/item/1005006480243178.html', 'aliexpress', 'listing', '1005006480243178'),  # dmcke5/FFBeast-Wheel#1
    ('Quick release - https://www.aliexpress.com/item/1005006059033942.html', 'aliexpress', 'listing', '1005006059033942'),  # dmcke5/FFBeast-Wheel#1
    ('Power Supply 24v LRS-350 - https://www.aliexpress.com/item/1005007107530077.html', 'aliexpress', 'listing', '1005007107530077'),  # dmcke5/FFBeast-Wheel#1
    ('Encoder - https://www.aliexpress.com/item/1005008666493796.html', 'aliexpress', 'listing', '1005008666493796'),  # dmcke5/FFBeast-Wheel#1
    ('Probably just needs the [store link](https://www.aliexpress.com/store/1102181980)?', 'aliexpress', 'storefront', '1102181980'),  # Jake-Simek/Pelican-Deck#2
    ('https://miusecntech-muselab.aliexpress.com/', 'aliexpress', 'storefront', 'miusecntech-muselab'),  # wuxx/icesugar-nano#10
    ('https://www.aliexpress.us/item/3256801887502111.html', 'aliexpress', 'listing', '3256801887502111'),  # wuxx/icesugar-nano#10
    ('found [this one](https://fr.aliexpress.com/item/STC-1000-A-400P-version-Digital-Temperature-Controller-Digital-LED-Temperature-Controller-220V-Thermostat-Sensor/32863068632.html?spm=a2g0w.10010108.1000016.1.e8ec57d2Zv0Flb&isOrigTitle=true), which is', 'aliexpress', 'listing', '32863068632'),  # matsstaff/stc1000p#102
    ('This page https://templates.blakadder.com/kinetic_switch_SS311KWS.html links this AliExpress product https://www.aliexpress.com/item/32953812650.html ', None, 'not-alibaba-host', None),  # blakadder/templates#1013
    ('links this AliExpress product https://www.aliexpress.com/item/32953812650.html ', 'aliexpress', 'listing', '32953812650'),  # blakadder/templates#1013
    ('1. [HSGQ @ Taobao Mall](https://m.tb.cn/h.fJc2RFv?tk=xZ4r2RPCGvj)', None, 'short-link', None),  # Anime4000/RTL960x#242
    ('2. [Fibershow @ AliExpress](https://www.aliexpress.com/item/1005003515662920.html) <sup>Choose XPON</sup>', 'aliexpress', 'listing', '1005003515662920'),  # Anime4000/RTL960x#242
    ('+1. [HSGQ Alibaba store](https://hsgq.en.alibaba.com/productgrouplist-911333084/ONU.html?spm=a2700.shop_cp.88.13)', 'alibaba_com', 'storefront', 'hsgq'),  # Anime4000/RTL960x#242
    ('The specific URL would be https://www.alibaba.com/product-detail/HSGQ-XPON-ONU-stick-SC-UPC_1600106627322.html instead of that.', 'alibaba_com', 'listing', '1600106627322'),  # Anime4000/RTL960x#242
    ('https://www.alibaba.com/pla/Serial-Bus-Servo-Driver-Board-Integrates_1600997533603.html', None, 'not-a-listing', None),  # humancomputerlab/LeLamp#3
    ('> source: [https://track.aliexpress.com/logisticsdetail.htm?spm=a2g0s.9042647.4.4.6ceb33edlZxpfE&tradeId=5014692845467934](https://track.aliexpress.com/logisticsdetail.htm?spm=a2g0s.9042647.4.4.6ceb33edlZxpfE&tradeId=5014692845467934)', None, 'not-a-listing', None),  # dropod/issues#7839
    ('【淘宝】https://m.tb.cn/h.U7lg4A3?tk=sJtxd2L22HP CZ3457 「~床单单件冬季学生宿舍单人儿童1.5m水洗棉磨毛被单枕套三件套双人(~@ ~)」', None, 'short-link', None),  # pea-cake/tbk#9
    ('【淘宝】https://m.tb.cn/h.USy3luG?tk=W6Zjd2vqZyA CZ0001 「【新品】DOWNLAND轻盈铂优鹅绒被95白鹅绒冬被芯四季冬被子羽绒被」', None, 'short-link', None),  # pea-cake/tbk#9
    ('希望增加淘宝长按复制链接获取到的url转链，如：https://item.taobao.com/item.htm?id=623174277353，目前这种格式的url还无法转链', 'taobao', 'listing', '623174277353'),  # evendevil66/taolefan#3
    ('https://www.1688.com/market/-BFC9C0D6BBFA.html', None, 'not-a-listing', None),  # banbendalao/ADgk#53
    ('A: https://www.pricearchive.org/aliexpress.com/item/1005001592763807', None, 'not-alibaba-host', None),  # easylist/easylist#6540
    ('https://sale.aliexpress.com/__pc/referral_entrance.htm', None, 'not-a-listing', None),  # easylist/easylist#4249
    ('http://s.click.aliexpress.com/deep_link.htm?aff_short_key=qJIMbIe&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F-%2F32735736988.html', None, 'short-link', None),  # github-index:15072536949
    ('"link": "https://s.click.aliexpress.com/deep_link.htm?aff_short_key=UneMJZVf&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005003109873588.html%3F_randl_currency%3DILS%26_randl_shipto%3DIL%26src%3Dgoogle",', None, 'short-link', None),  # github-index:4991268938 (a Google Shopping result)
    ('"link": "https://s.click.aliexpress.com/deep_link.htm?aff_short_key=UneMJZVf&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F3256805896381286.html%3F_randl_currency%3DUSD%26_randl_shipto%3DUS%26src%3Dgoogle"', None, 'short-link', None),  # github-index:12574236842
    ('promotionUrl "http://s.click.aliexpress.com/deep_link.htm?dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F13-3-Windows-10-Laptop-notebook-computer-1920x1080-FHD-Intel-Cherry-Trail-Z8300-4GB-64GB-ultrabook%2F32813027712.html&aff_short_key=2ZR3FyF"', None, 'short-link', None),  # github-index:16062105815
    ('productUrl "https://www.aliexpress.com/item/13-3-Windows-10-Laptop-notebook-computer-1920x1080-FHD-Intel-Cherry-Trail-Z8300-4GB-64GB-ultrabook/32813027712.html"', 'aliexpress', 'listing', '32813027712'),  # github-index:16062105815
    ('[LILYGO® TTGO T-Call V1.4 – Module sans fil t-call V1.4 SIM800L ESP32,](https://s.click.aliexpress.com/deep_link.htm?aff_short_key=_All9bw&dl_target_url=https%3A%2F%2Ffr.aliexpress.com%2Fitem%2F33045221960.html)', None, 'short-link', None),  # github-index:36897436124
    ('"https://s.click.aliexpress.com/deep_link.htm?aff_short_key=UneMJZVf&dl_target_url=https%3A%2F%2Fpt.aliexpress.com%2Fitem%2F1005005889889642.html%3F_randl_currency%3DEUR%26_randl_shipto%3DPT%26src%3Dgoogle",', None, 'short-link', None),  # github-index:46318366108
    ("'partner_offers': ['https://s.click.aliexpress.com/e/LyULXZde?af=3722256&cv=38055532&cn=43q6mb7qaopi4qpa0ra6szn9ek94vc6o&dp=v5_43q6mb7qaopi4qpa0ra6szn9ek94vc6o&dl_target_url=https%3A%2F%2Faliexpress.ru%2Fitem%2F4000527624853.html%3Faf%3D3722256%26cv%3D38055532%26cn%3D43q6mb7qaopi4qpa0ra6szn9ek94vc6o%26dp%3Dv5_43q6mb7qaopi4qpa0ra6szn9ek94vc6o&afref=']", None, 'short-link', None),  # github-index:25726729270
    ("    { title: 'Aliexpress', url: 'https://s.click.aliexpress.com/e/_c2xYL4uP', domain: 'aliexpress.us' },", None, 'short-link', None),  # github-index:56677599703
    ('  <a href="https://s.click.aliexpress.com/e/_DeAVKgn?bz=300*250" target="_blank">', None, 'short-link', None),  # github-index:34184321803
    ('    url: "https://s.click.aliexpress.com/e/_c3aO6Rvv"', None, 'short-link', None),  # github-index:51993897328
    ('    "https://s.click.aliexpress.com/e/_mrbhqxz",', None, 'short-link', None),  # github-index:41362563673
    ('I used for this project the <a href="https://s.click.aliexpress.com/e/_DEUWZ73" target="_blank">Zigbee IR remote control - Moes (AliExpress)</a>', None, 'short-link', None),  # github-index:13983918283
    ('[Carte 8x2 cm pour le câblage des boutons](https://s.click.aliexpress.com/e/_DdNWyrd)  ', None, 'short-link', None),  # github-index:27412793758
    ('- 2x or 4x [6v 150RPM Bringsmart motors](https://s.click.aliexpress.com/e/_DC72ruf)', None, 'short-link', None),  # github-index:90370153
    ('- 2x or 4x [N20 rubber wheels](https://s.click.aliexpress.com/e/_DBjDZqx) or [3mm shaft Mecanum wheels A](https://www.aliexpress.com/item/1005003264388589.html),[B](https://www.aliexpress.com', None, 'short-link', None),  # github-index:90370153
    ('[3mm shaft Mecanum wheels A](https://www.aliexpress.com/item/1005003264388589.html),[B]', 'aliexpress', 'listing', '1005003264388589'),  # github-index:90370153
    ('"https://s.click.aliexpress.com/e/_pSomething?_p_origin_prod:1005012670002032"', None, 'short-link', None),  # github-index:62085065023
    ('- 1 x 3010 GDS Time 12000 rpm Fan  https://s.click.aliexpress.com/e/_Dd0TMzH ', None, 'short-link', None),  # github-index:3793927303
    ('* [DS3231 module](https://m.aliexpress.com/item/32315883368.html) on Aliexpress. Under $1!', 'aliexpress', 'listing', '32315883368'),  # github-index:4597932936
    ('<a href="https://m.aliexpress.com/item/32456521124.html?spm=a2g0n.home-amp.alsolike.32456521124" class="grid-qp" target="_top" role="listitem">', 'aliexpress', 'listing', '32456521124'),  # github-index:8021582393
    ('https://he.aliexpress.com/item/1005006123456789.html?spm=a2g0o.detail&gatewayAdapt=glo2isr', 'aliexpress', 'listing', '1005006123456789'),  # github-index:54906395375
    ('https://www.aliexpress.com/i/item/1005006123456789.html', None, 'missing-id', None),  # github-index:70081737187 (a scraper's template; the form is not in the notes)
    ('https://ko.aliexpress.com/item/1005006367324382.html', 'aliexpress', 'listing', '1005006367324382'),  # github-index:60374911925
    ('https://m.aliexpress.com/item/1234567890.html', 'aliexpress', 'listing', '1234567890'),  # github-index:28486624655
    ('https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Ffr.aliexpress.com%2Fitem%2F1005009561948552.html%3Fsrc%3Dshare', None, 'short-link', None),  # github-index:70776097229
    ('https://star.aliexpress.com/share/share.htm?productId=1005011559438577', None, 'short-link', None),  # github-index:58505730645
    ('      "https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Fsale.aliexpress.com%2Freferral_register_success.htm%3FinvitationCode%3DK0I5RzQ4akJ5QzNoV2ViMmpnamF4dkJoK3pQTG1jbmtLODBQVDcyQk45Y0ZWR0phL0VQb1dnPT0%26invitationScenario%3DsocialFission%26mb%3Do5ewodaxoQRG8pX%26srcSns%3DCopy%26tid%3Dold_bring_x_101%26businessType%3DsocialFis', None, 'short-link', None),  # github-index:2401478128
    ('https://c.lazada.com.my/t/c.o9U6?url=https%3A%2F%2Fwww.lazada.com.my%2Fproducts%2Finnisfree-green-tea-seed-serum-80ml-new-i504488097-s950578866.html&sub_aff_id=skincare-fullfeed', None, 'short-link', None),  # github-index:29535105786 (a Lazada affiliate datafeed in SQL)
    ("'https://c.lazada.com.my/t/c.o9U6?url=https%3A%2F%2Fwww.lazada.com.my%2Fproducts%2Finnisfree-green-tea-seed-serum-80ml-new-i504488097-s950578866.html&sub_aff_id=skincare-fullfeed', 'Innisfree',", None, 'short-link', None),  # github-index:29535105786
    ('    "https://c.lazada.com.my/t/c.cGkaD1",', None, 'short-link', None),  # github-index:9220297235
    ('    "https://c.lazada.com.my/t/c.cGkb8w",', None, 'short-link', None),  # github-index:9086532885
    ("      'https://c.lazada.com.my/t/c.6AeX?url=https://www.example.com.my/products/nutrastart-i100483912-s100688388.html&sub_aff_id=Supplement',", None, 'short-link', None),  # github-index:70631403277
    ('          affiliateUrl: "https://c.lazada.com.my/t/c.Yxxxx",', None, 'short-link', None),  # github-index:59789636620
    ('          "https://c.lazada.com.my/t/c.example123?affiliate_id=123",', None, 'short-link', None),  # github-index:59712732829
    ('https://uland.taobao.com/coupon/edetail?e=abc', None, 'not-a-listing', None),  # github-index:70911441504
    ('http://uland.taobao.com/coupon/edetail?activityId={$value[\'Quan_id\']}&pid={$Siteinfo[\'pid\']}&itemId={$value[\'GoodsID\']}&dx=1', None, 'not-a-listing', None),  # github-index:61547087439
    ('"couponClickUrl":"https://uland.taobao.com/coupon/edetail?e=1zgD1Yj06nwGQASttHIRqXwnLXgMjE%2BCbAT0piMRwlvl8TyjTR1o2CHO2FjjH5sluE9t7%2FQPwGcvc742eFIdw8WKxy1EFPIV%2BGoSNEAjokSwbCChdx8LEFZrtTOLgXkcjDppvlX%2Bob%2F%2BTosbFmliBzQxd0%2F7s8Sy8%2B1UQ0U%2BCWuQzbQRBC%2BhroQBivGEg%2FCfgb4q2aFXgxA%3D&traceId=0b0b3f1715415609597154285e', None, 'not-a-listing', None),  # github-index:3690885474
    ('urls.add("https://uland.taobao.com/coupon/edetail?e=1EF59Y91zI4N%2BoQUE6FNzHP6%2BEOhXh10Yxy7hjE6KO7%2FzA7lN%2B5%2FiOf8tgkdicwohBy%2FjLYmYaX9svuAdGTC1xpywujSvOp2nUIklpPPqYIZSmmb3RD6HyKwksv%2BGpdnSp%2F07C8ccEXM2X15BOsfxPpmhtf68SWB&pid=mm_112528044_18512801_65564943&af=1");', None, 'not-a-listing', None),  # github-index:27878111424
    ('"couponLink":"https://uland.taobao.com/coupon/edetail?e=Lbc0dA9rKmma2P%2BN2ppgBymr%2B4btKdhvNW3%2Fwnz9ib9nrS0CGkLuxYqhn4kjh1Ue1DjtY8F0NPev3miAUqTz%2FMKUixUTTLeu0WMS0ZKY%2BzmLVIDjuHwzlw%3D%3D&pid=mm_50593678_39748344_148716480&af=1","type":"auction","shortLinkUrl":"https://s.click.taobao.com/aMp7NXw"}', None, 'not-a-listing', None),  # github-index:40241766565
    ('"type":"auction","shortLinkUrl":"https://s.click.taobao.com/aMp7NXw"}', None, 'short-link', None),  # github-index:40241766565
    ('     * info : {"message":null,"ok":true} "couponLinkTaoToken":"￥ezJF0ibOpJm￥",', None, 'short-link', None),  # github-index:40241766565
    ('links.add("http://uland.taobao.com/coupon/edetail?e=AQTTaULonQIGQASttHIRqTeXI7TCP8ezP42S%2B2gJpNSOOynoqP64GQZZPjQf2WJCa2VBWt3bo6E6wS8Q2PLcHHytQvVqu4pPDfqEFBOhTcw3ZOK1F0TXFRnK99riR9aLGWqNBzv719M%3D&mt=1&ptl=bucket:_TL-68268;engpvid:100_11.139.227.168_76677_6451567504084075641");', None, 'not-a-listing', None),  # github-index:46296308124
    ('【闲鱼】https://m.tb.cn/h.RT9Lh91?tk=i31S5yHWj6i tG-#22&gt;lD 「快来捡漏」', None, 'short-link', None),  # github-index:61963848754
    ('## 支持我的闲鱼店铺 【闲鱼】https://m.tb.cn/h.6nA3DRE?tk=7ACpVUFVHJa MF937 「这是我的闲鱼号，快来看看吧～」 点击链接直接打开 ', None, 'short-link', None),  # github-index:25311382948
    ('【淘宝】99%买家好评 https://e.tb.cn/h.h0y8eRkHafystyC?tk=oZ1mVrt03Fp CZ007 「和平精英Yolo检测模型（带实时窗口检测框）」', None, 'short-link', None),  # github-index:32731753623
    ('【闲鱼】https://m.tb.cn/h.h0qXcu6?tk=FEMoVrtY5Dt HU591 「我在闲鱼发布了【出售和平精英YOLO模型及检测程序源码，包含队友、敌人、敌人】」', None, 'short-link', None),  # github-index:32731753623
    ('【闲鱼】https://m.tb.cn/h.RIyl3ab?tk=VjKRgSvZf7l CZ009 「我在闲鱼发布了【先楫 HPM5E31IPB1 最小系统板, 手贴了几块, 已】」', None, 'short-link', None),  # github-index:55193406916
    ('  const XIANYU_TEXT = "【闲鱼】https://m.tb.cn/h.7n1phWg?tk=NR6qUUIijAm HU591 「我在闲鱼发布了【APEX 多赛季大师男pw】」";', None, 'short-link', None),  # github-index:625961419
    ('  const XIANYU_URL = "https://m.tb.cn/h.7n1phWg?tk=NR6qUUIijAm";', None, 'short-link', None),  # github-index:625961419
    ('联系我们 【闲鱼】https://m.tb.cn/h.TVTzZg2?tk=eAvn3w5fPRE MF1643 「这是我的闲鱼号，快来看看吧～」 点击链接直接打开\\nQQ群",', None, 'short-link', None),  # github-index:18505008658
    ('"【闲鱼】https://m.tb.cn/h.8HT9qv7?tk=token CZ001 点击打开"', None, 'short-link', None),  # github-index:68473798141
    ('placeholder="直接粘贴微信里的闲鱼分享，例如：&#10;【闲鱼】https://m.tb.cn/h.xxxxx?tk=xxx&#10;HU108 「我在闲鱼发布了【Vintage复古花纹背带裙】棕色提花面料，花纹很有特色，」&#10;点击链接直接打开"', None, 'short-link', None),  # github-index:56717742176
    ("'【闲鱼】https://m.tb.cn/h.b 点击链接直接打开'", None, 'short-link', None),  # github-index:70195673331
    ('> 【闲鱼】https://m.tb.cn/h.UIC3Bn9?tk=x0OZdkxZGm2 CZ0001 「我在闲鱼发布了【接前端开发、修改，vue，uniapp，html，css，j】」点击链接直接打开', None, 'short-link', None),  # github-index:22478771734
    ('<pre>【淘宝】https://m.tb.cn/h.5WJArsq?tk=2LLYdxo5FOg CZ0001 「普中51单片机学习板开发板stc89c52单片机实验板C51单片机diy套件」', None, 'short-link', None),  # github-index:36946594629
    (".fill('【淘宝】https://m.tb.cn/h.Abc123?tk=XyZ9 CZ0001 「法式复古碎花连衣裙女夏」点击链接直接打开')", None, 'short-link', None),  # github-index:68948250660
    ('{"【闲鱼】https://m.tb.cn/h.5abc?tk=AbCd CZ0001 「我在闲鱼发布了【衣服】」点击链接直接打开", "xianyu https://m.tb.cn/h.5abc?tk=AbCd"},', None, 'short-link', None),  # github-index:70591530202
    ('| 便携式显示模块 | 【淘宝】https://m.tb.cn/h.UgVfxmf?tk=8vc1d1X8xuS CZ0001 「CFORCE便携显示器15.6英寸4K副屏OLED扩展144Hz外接Switch显示屏」 |', None, 'short-link', None),  # github-index:25168985253
    ('// e.g. "【淘宝】https://m.tb.cn/h.5VlOHjl?tk=xxx CZ0001 「商品标题」点击链接直接打开"', None, 'short-link', None),  # github-index:40377376543
    ('购买链接如下【淘宝】https://m.tb.cn/h.5OI7IUl?tk=q33TW4OpNmC CZ0001 「门禁卡套小长方形水滴形门卡迷你小区电梯卡保护套公交卡卡套」', None, 'short-link', None),  # github-index:35963446130
    (' mytext="【淘宝】https://m.tb.cn/h.UfbOyIi?sm=26a80a?tk=XjXUd0OFtMN CZ0001 「这就是：我预判了你的预判吗」点击链接直接打开"', None, 'short-link', None),  # github-index:3701809788
    ('https://m.tb.cn/h.5mpecxX?tk=epnBW56D6sZ CZ0001 「电视氛围灯同步声光电视机氛围灯带随屏同步变色背景智能同步灯带」', None, 'short-link', None),  # github-index:1294728137
    ('//String itemLink = "【淘宝】https://m.tb.cn/h.58YCFYr?tk=iZUkWdm6Fqi CZ0001 「【进口】安佳金装高钙儿童牛奶3.6g蛋白质草饲奶源0蔗糖190ml*27 1件装」\\n" + "点击链接直接打开 或者 淘宝搜索直接打开";', None, 'short-link', None),  # github-index:14704410396
    ('//String itemLink = "【淘宝】https://m.tb.cn/h.5j1hJot?tk=M5rNWdnBIKf CZ3457 「【限时3件9折】致知 采莲子 小香风外套女2023秋新款休闲高级澳毛」\\n" + "点击链接直', None, 'short-link', None),  # github-index:14704410396
    ('                "link": "https://s.lazada.co.th/s.jmwgO",', None, 'short-link', None),  # github-index:22620080783
    ('      "https://s.lazada.co.th/s.B5szi?cc"', None, 'short-link', None),  # github-index:7453347067
    ('<a href="https://s.lazada.co.th/s.Z2omiC" target="_blank" rel="noreferrer" className="w-10 h-10 rounded-full">', None, 'short-link', None),  # github-index:36359989733
    ('| Lazada | s.lazada.co.th/s.Z7iuvG |', None, 'short-link', None),  # github-index:56749923851
    ('https://s.lazada.co.th/s.ZjGyIY?c=s', None, 'short-link', None),  # github-index:70914604813
    ("      linkUrl: process.env.DEFAULT_LINK_URL || 'https://s.lazada.co.th/s.yQ0ji?cc',", None, 'short-link', None),  # github-index:37281954637
    ('https://s.lazada.co.th/s.abc123', None, 'short-link', None),  # github-index:51788726362
    ('//String itemLink = "https://detail.tmall.com/item.htm?id=587584692337";', 'tmall', 'listing', '587584692337'),  # github-index:14704410396
    ('https://www.lazada.co.th/products/product-name-i12345678.html', 'lazada_th', 'listing', '12345678'),  # github-index:51788726362
    ('"https://s.shopee.co.th/2qUgVhUanu\\nhttps://s.lazada.co.th/s.ZjGyIY?c=s")', None, 'not-alibaba-host', None),  # github-index:70914604813 (the first link is Shopee's)
    ('[A](https://www.aliexpress.com/item/1005003264388589.html),[B](https://www.aliexpress.com/item/1005003264388590.html)', 'aliexpress', 'listing', '1005003264388589'),  # constructed (github-index:90370153's [A](…),[B](…) with both links)
    ('[A](https://item.taobao.com/item.htm?id=606832683299),[B](x)', 'taobao', 'listing', '606832683299'),  # constructed
    ('[w](https://en.wikipedia.org/wiki/Foo_(bar)),[A](https://www.aliexpress.com/item/1005003264388589.html)', None, 'not-alibaba-host', None),  # constructed (a target keeps its own parentheses)
]  # fmt: skip

# §10: a short link whose query names its target stays a short link (it cannot be resolved
# offline and may track); the listing it names is the suggestion, as for the share wrapper.
SUGGESTIONS: list[tuple[str, str | None]] = [
    ('http://s.click.aliexpress.com/deep_link.htm?aff_short_key=qJIMbIe&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F-%2F32735736988.html', 'https://www.aliexpress.com/item/32735736988.html'),  # github-index:15072536949
    ('"link": "https://s.click.aliexpress.com/deep_link.htm?aff_short_key=UneMJZVf&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005003109873588.html%3F_randl_currency%3DILS%26_randl_shipto%3DIL%26src%3Dgoogle",', 'https://www.aliexpress.com/item/1005003109873588.html'),  # github-index:4991268938
    ('[LILYGO® TTGO T-Call V1.4 – Module sans fil t-call V1.4 SIM800L ESP32,](https://s.click.aliexpress.com/deep_link.htm?aff_short_key=_All9bw&dl_target_url=https%3A%2F%2Ffr.aliexpress.com%2Fitem%2F33045221960.html)', 'https://www.aliexpress.com/item/33045221960.html'),  # github-index:36897436124
    ("'partner_offers': ['https://s.click.aliexpress.com/e/LyULXZde?af=3722256&cv=38055532&dl_target_url=https%3A%2F%2Faliexpress.ru%2Fitem%2F4000527624853.html%3Faf%3D3722256&afref=']", 'https://www.aliexpress.com/item/4000527624853.html'),  # github-index:25726729270 (cn, dp cut)
    ('https://c.lazada.com.my/t/c.o9U6?url=https%3A%2F%2Fwww.lazada.com.my%2Fproducts%2Finnisfree-green-tea-seed-serum-80ml-new-i504488097-s950578866.html&sub_aff_id=skincare-fullfeed', 'https://www.lazada.com.my/products/pdp-i504488097.html'),  # github-index:29535105786
    ('https://c.lazada.com.my/t/c.6AeX?url=https://www.example.com.my/products/nutrastart-i100483912-s100688388.html&sub_aff_id=Supplement', None),  # github-index:70631403277 (the target is no marketplace's)
    ('https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Ffr.aliexpress.com%2Fitem%2F1005009561948552.html%3Fsrc%3Dshare', 'https://www.aliexpress.com/item/1005009561948552.html'),  # github-index:70776097229
    ('https://s.click.aliexpress.com/e/_DeAVKgn?bz=300*250', None),  # github-index:34184321803
    ('https://c.lazada.com.my/t/c.cGkaD1', None),  # github-index:9220297235
    ('https://c.lazada.co.th/t/c.2qZHBN?url=https%3A%2F%2Fevil.example%2F%3Fu%3Dhttps%3A%2F%2Fwww.lazada.co.th%2Fproducts%2Fpdp-i4212266679.html', None),  # constructed (a listing only inside another site's link)
]  # fmt: skip

ALL = ROWS + [(text, None, "short-link", None) for text, _ in SUGGESTIONS]


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(("text", "suggestion"), SUGGESTIONS)
def test_an_affiliate_link_suggests_the_listing_it_names(text: str, suggestion: str | None) -> None:
    result = parse_listing(text)
    assert not result.ok
    assert (result.code, result.suggestion) == ("short-link", suggestion)


_LINKS = [
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?spm=a1z10&id=612345678901",
    "https://www.lazada.co.th/products/pdp-i4212266679-s7171614375.html?spm=a2o4m",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.alibaba.com/product-detail/HSGQ-XPON-ONU-stick-SC-UPC_1600106627322.html",
    "https://s.click.aliexpress.com/e/_DBjDZqx",
    "https://uniqlo.tmall.com/",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_LINKS),
    st.sampled_from(["A", "3mm shaft", "淘宝", ""]),
    st.sampled_from([",", "", "/", " ", "|", ";"]),
    st.sampled_from(["[B](https://www.aliexpress.com/item/1.html)", "[B](x)", "[B]", "x"]),
)
def test_a_markdown_link_is_its_target_whatever_follows(
    link: str, name: str, glue: str, after: str
) -> None:
    """A Markdown link ``[name](link)`` gives the link's own answer whatever follows its
    closing parenthesis, glued or not (``),[B](…)`` was read into the link's path)."""
    text = f"[{name}]({link}){glue}{after}"
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)
