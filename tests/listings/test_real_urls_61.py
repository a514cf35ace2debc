"""Sweep realurls61 of listing URLs (notes in /work/notes/sweep-realurls61.md): 187 real strings
from public code, Markdown, HTML, SQL, JSON and YAML (Java, PHP, JS, TS, Python, Rust, Go, Kotlin
and C string literals and comments; BOMs and READMEs in Chinese, Korean, Russian, German,
Portuguese and Vietnamese; crawler code, supplier sheets, affiliate-agent redirects), found by
item-id and offer-id prefixes no earlier table had queried: ``item.taobao.com/item.htm?id=70``,
``=71``, ``=72``, ``=73``, ``=74``, ``=75``, ``=76``, ``=77``, ``=78``, ``=79``,
``detail.tmall.com/item.htm?id=7``, ``=8``, ``=9``, ``detail.1688.com/offer/55``, ``/57``,
``/59``, ``/62``, ``/64``, ``/68``, ``aliexpress.com/item/1005007``, ``/1005008``, ``/4000``,
``aliexpress.ru/item/1005``, ``lazada.com.my/products/`` and URL-encoded agent redirects
(``url=https%3A%2F%2Fitem.taobao.com``). The forms the brief pointed to beyond those
(``lazada.co.th``/``.co.id``/``.com.ph``/``.vn`` products, ``m.1688.com/winport/``,
``goofish.com/item?id=``, ``2.taobao.com/item.htm``, ``aliexpress.com/i/``,
``aliexpress.us/item/3256``, ``lazada.sg/products/pdp-i``, ``.1688.com/page/offerlist``,
``m.intl.taobao.com/detail/detail.html?id=6``) gave excerpts that earlier tables already hold,
nearly all of them. No row's line is in an earlier table; some rows are the search's excerpts of
a longer line, cut at the excerpt's edge.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_60.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md and the earlier
tables' readings before ``parse_listing`` ran; two disagreed:

1. ``…json_encode(['type'=>2,'goodsLink'=>'https://item.taobao.com/item.htm?id=795314563315'],
   true),['Content-Type: application/json']);`` (PHP) was ``malformed-id``, its id read as
   ``795314563315'],true),['Content-Type``: a single quote ended a quoted link before a comma,
   a colon, a closing parenthesis or a semicolon, but not before a closing bracket, so a list's
   last quoted value or a quoted key in brackets followed by more code (``['https://…'][0]``,
   ``a['https://…']=1``) ran on into that code. No marketplace URL holds a quote before a
   ``]``; the parser was fixed (``ipprules.listings.text.list_cut``): the quote ends the link.
   Fix 2 (constructed, the same rule): so does a quote before a closing brace, an object's last
   value in compact code (``[{url:'https://…?id=N'},{url:'…'}]``, a shape seen in real code
   with other hosts); no real marketplace string of that shape was found.
2. ``[v1](https://github.com/…) | STM32F103CBT6 | [DS3231MZ+TRL](https://item.taobao.com/…)``
   was expected to be the Taobao listing, but its first link is GitHub's: section 0 reads the
   first ``https://`` token, as an earlier table read the ANTSDR line (a GitHub link, then a
   Taobao one); the docs decide, ``not-alibaba-host``.
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('상세url: https://detail.1688.com/offer/552689871722.html', '1688', 'listing', '552689871722'),  # github-index:56181072846
    ("me vibration headset headset computer headset with microphone subwoofer USB7.1', 'https://detail.1688.com/offer/555603238490.html?spm=a262eq.12572798.jsczf959.283.15ba2fb1A1uVGN', 'ESH012627800 1559173945", '1688', 'listing', '555603238490'),  # github-index:5460056748
    ("(3, '1688', '深圳市福田区语言尚品服饰厂', '557680917467', '2019秋季经典大码女装长袖针织韩版修身显瘦两件套连衣裙长裙', 'https://detail.1688.com/offer/557680917467.html?spm=a312h.2018_new_sem.dh_002.23.10ee6a48bp6RyJ&tracelog=p4p&clickid=1792d", '1688', 'listing', '557680917467'),  # github-index:6785474149
    ('                purchase_url="https://detail.1688.com/offer/570972837245.html",', '1688', 'listing', '570972837245'),  # github-index:65790193855
    ('ffer-id="offer3" offerId="579250299424" offer-stat="pic_3"  target="_blank" href="https://detail.1688.com/offer/579250299424.html">', '1688', 'listing', '579250299424'),  # github-index:46109040556
    ('                .addUrl("https://detail.1688.com/offer/576865078308.html?spm=b26110380.sw1688.mof001.1.1c7a30e1Daf3OU&tracelog=p4p&clickid=f800fb23', '1688', 'listing', '576865078308'),  # github-index:15166526022
    ('N01fM0hAy2DPlf0Oupwa_!!3938148602-0-cib.290x290.jpg"},"information":{"detailUrl":"https://detail.1688.com/offer/577932025981.html","simpleSubject":"松下LR41纽扣电池AG3体温计温度计L736 192 392A手表1.5V碱性电池"}}\')', '1688', 'listing', '577932025981'),  # github-index:41832552099
    ('        browser.loadURL("https://detail.1688.com/offer/576277585710.html?spm=b26110380.sw1688.mof001.43.22a748f4eIfqmX&tracelog=p4p&clickid=664e0d7', '1688', 'listing', '576277585710'),  # github-index:40702021007
    ('    // pc: https://detail.1688.com/offer/573579586529.html?spm=a262r.11939639.jl3fhedn.3.27882f0ao3RG30', '1688', 'listing', '573579586529'),  # github-index:2996062235
    ('// $content = file_get_contents("https://detail.1688.com/offer/577969755086.html");', '1688', 'listing', '577969755086'),  # github-index:37132272206
    ('        //$url ="https://detail.1688.com/offer/573228188627.html?spm=a2604.8113403.jb4r9km2.13.197a52daX2fbgi";', '1688', 'listing', '573228188627'),  # github-index:49464080668
    ("        // $shop_url = 'https://detail.1688.com/offer/571283468066.html?spm=a262jy.sw15.mof001.43.314424fejtx6aw';", '1688', 'listing', '571283468066'),  # github-index:47904859068
    ('lid #c9acac;border-top: 1.0px solid #c9acac;\\\\\\" width=\\\\\\"24.25%\\\\\\"><a href=\\\\\\"https://detail.1688.com/offer/578537610605.html\\\\\\" style=\\\\\\"display: block;width: 100.0%;\\\\\\" target=\\\\\\"_black\\\\\\"><img', '1688', 'listing', '578537610605'),  # github-index:30781130394
    ('[点我购买](https://item.taobao.com/item.htm?id=707149287018)', 'taobao', 'listing', '707149287018'),  # github-index:3649226165
    ('| Standard MX switch keycaps              | 6        | [DEADLINE DOYS](https://item.taobao.com/item.htm?id=705145796401) |', 'taobao', 'listing', '705145796401'),  # github-index:14999591872
    ('[鱼缸风扇]:https://item.taobao.com/item.htm?id=706275939995&ali_refid=a3_430582_1006:1681220755:N:VPZbyjFm9B%2FIS43eeDd0Vb2Ozm4nW%2FMy:9bb9', 'taobao', 'listing', '706275939995'),  # github-index:4617326377
    ('    fireEvent.change(urlInput, { target: { value: "https://item.taobao.com/item.htm?id=7001" } });', None, 'malformed-id', None),  # github-index:52546723873
    ('                "source_url": "https://item.taobao.com/item.htm?id=700",', None, 'malformed-id', None),  # github-index:70778658011
    ('    assert got["sent"] == [[{"url": "https://item.taobao.com/item.htm?id=700000000003", "currency": "CNY"}]]', 'taobao', 'listing', '700000000003'),  # github-index:69060462258
    ('          itemUrl: "https://item.taobao.com/item.htm?id=707"', None, 'malformed-id', None),  # github-index:66506996332
    ('                "https://item.taobao.com/item.htm?id=709967030559"),', 'taobao', 'listing', '709967030559'),  # github-index:37218077912
    ('| [SN74LVC1G11DBVR](https://item.taobao.com/item.htm?id=707087275445) | TI · LVC CMOS | 单门 3 输入 | 1.65–5.5 V[^ti-lvc1g11] | 标准 CMOS 阈值，支持缓慢边沿 | 推挽，±', 'taobao', 'listing', '707087275445'),  # github-index:58949955544
    ('| 深圳市恒芯科创电子 | <https://item.taobao.com/item.htm?id=707168250712> | 0.47 | 1.00 |', 'taobao', 'listing', '707168250712'),  # github-index:58708600286
    ('[ST33G(WLCSP11)转4FF卡板](https://item.taobao.com/item.htm?id=723325804913) 淘宝 `)', 'taobao', 'listing', '723325804913'),  # github-index:23417460734
    ('https://item.taobao.com/item.htm?id=729403520934&mi_id=0000AbSxIYWUjWFMsPD2-NYZUjxTbgxkQxM0MEN8Ksrz4pY&spm=tbpc.boughtlist.subor', 'taobao', 'listing', '729403520934'),  # github-index:61099314493
    ('tyle="background-color:rgb(232,232,232,0.5) "colspan="3" align="center"> <a href="https://item.taobao.com/item.htm?id=728466241901"><font style="font-size:16px">Arduino UNO R4 WiFi</font></a></td>', 'taobao', 'listing', '728466241901'),  # github-index:3643578242
    ("    placeholderUrl: 'https://item.taobao.com/item.htm?id=729481029481',", 'taobao', 'listing', '729481029481'),  # github-index:68859307862
    ('* [串口舵机](https://item.taobao.com/item.htm?id=606232429568)及其[电源](https://item.taobao.com/item.htm?id=729931222716) 推荐这个舵机，在很多别的项目上用过，可以直接用开发板上的串口驱动。但很不幸，他不能和开发板共用电源。', 'taobao', 'listing', '606232429568'),  # github-index:10852266973
    ('| U9 | EE8.3 1:200 current transformer ([reference link](https://item.taobao.com/item.htm?id=721406076659)) | Ensure it is 1:200, not 1:100 |', 'taobao', 'listing', '721406076659'),  # github-index:70876281974
    ("        link: 'https://item.taobao.com/item.htm?id=724601559592',", 'taobao', 'listing', '724601559592'),  # github-index:2814159887
    ("  { id: 'p-1', title: '韩版珍珠发夹女气质简约发卡边夹刘海夹子头饰', img: '/products/hairpin.png', link: 'https://item.taobao.com/item.htm?id=72910031', platform: '淘宝', importTime: '2026-08-26 14:32', complete: true },", 'taobao', 'listing', '72910031'),  # github-index:61427054446
    ('- [ESP32-S3核心板 開發板](https://item.taobao.com/item.htm?id=724415068331&skuId=5030810340877) - ESP32-S3N16R8，銲接排針（向下），無資料線，CH343P', 'taobao', 'listing', '724415068331'),  # github-index:32181202274
    ('| U9 | EE8.3 1:200电流互感器（[参考链接](https://item.taobao.com/item.htm?id=721406076659)） | — |', 'taobao', 'listing', '721406076659'),  # github-index:56110660395
    ('        String url = "https://detail.tmall.hk/hk/item.htm?id=628548055405&spm=875.7931836/B.2017041.8.43e94265q4fBBW&scm=1007.12144.81309.73133_0_0&pvid', 'tmall_global', 'listing', '628548055405'),  # github-index:43462211785
    ('\t\t1.stlinkv2，淘宝链接：[ST-LINK V2...-tmall.com天猫](https://detail.tmall.com/item.htm?id=721142227129&ali_refid=a3_430673_1006:1303560141:N:MXngtKJe48FnLBBMs3rZaA%3D%3D:a3c982211af', 'tmall', 'listing', '721142227129'),  # github-index:37914791548
    ("        html: 'https://detail.tmall.com/item.htm?id=783593949262&pisk=gpAxn4Yt30mcw1OArEkus28zgkuuDYY4mn8QsGj0C3KJRercCGD2XOKM4OOciEx8uQKLsSmq3", 'tmall', 'listing', '783593949262'),  # github-index:10708738392
    ('ring was bought from a generic Aliexpress store called greenglow. Link [here](https://www.aliexpress.com/item/1005007473460609.html?gps-id=pcStoreJustForYou&scm=1007.23125.137358.0&scm_id=1007.23125.137358.0', 'aliexpress', 'listing', '1005007473460609'),  # github-index:37758452012
    ('uts. For my build, I used 6mm long barrel nuts from [this Aliexpress listing](https://www.aliexpress.com/item/1005007555263192.html?spm=a2g0o.order_list.order_list_main.26.3d2e1802AlYUGI) with 8mm M2 screws ', 'aliexpress', 'listing', '1005007555263192'),  # github-index:65771586827
    ('    purchaseUrl: "https://item.taobao.com/item.htm?id=739895116174"', 'taobao', 'listing', '739895116174'),  # github-index:61122150197
    (' openvela](</document?id=599&version=dev&language=cn>) | AIoT、人机交互、智能家居 | [购买链接](<https://item.taobao.com/item.htm?id=732842971319&pisk=gOJq2JVGWxHVbZ7AiL6a8Sea8mWA3OuCnd_1jhxGcZbcldTwjGsanSVco3xlxawsDtGOQF7yWZ', 'taobao', 'listing', '732842971319'),  # github-index:58284777890
    ('    return S.append(source="share_text", url="https://item.taobao.com/item.htm?id=733241700286", seller_id=seller,', 'taobao', 'listing', '733241700286'),  # github-index:70090408415
    ('    assert _to_product_id("https://item.taobao.com/item.htm?id=736546459871&spm=a") == "736546459871"', 'taobao', 'listing', '736546459871'),  # github-index:56966193428
    ('  "https://item.taobao.com/item.htm?id=734351138138&spm=a21n57.sem.item.105.4b863903ab2u24&priceTId=214782b317315893743516001eb2ad&', 'taobao', 'listing', '734351138138'),  # github-index:19584244102
    ('| 电源AC连接线 | 1.5平方；红色，蓝色，黄注绿色各1根；UT-4.2单头半剥；10CM | 3 | 1.92元 | [淘宝](https://item.taobao.com/item.htm?id=735823838383&mi_id=0000tDETNB5HlQlbvU4caiMyLKg29f6HC2cUnIiwhoqMpEg&ns=1&priceTId=214784da177', 'taobao', 'listing', '735823838383'),  # github-index:54746991880
    ('    iid = S.append(source="share", url="https://item.taobao.com/item.htm?id=733241700286", seller_id=seller,', 'taobao', 'listing', '733241700286'),  # github-index:70375399848
    ('- [GA25-370 motor procurement record](https://item.taobao.com/item.htm?id=733194818655&mi_id=0000XUjxitOj45pqZWu_0daB__oENBec627b-gNIYhnyV-I&spm=tbpc.boughtlist.subor', 'taobao', 'listing', '733194818655'),  # github-index:66263095779
    ('| 建议 | 观察视觉 | 1080P UVC USB 摄像头 + 补光 | 1 | [淘宝候选：OV5640 USB 摄像模块](https://item.taobao.com/item.htm?id=731931288180) | [USB 摄像头](https://s.taobao.com/search?q=USB%E6%91%84%E5%83%8F%E5%A4%B4%20108', 'taobao', 'listing', '731931288180'),  # github-index:56712347341
    ('p-Seller-Low-Cost-Feetech-STS3215_1600999461525.html) | ￥97.72         | [TaoBao](https://item.taobao.com/item.htm?id=712179366565&skuId=5268252241438)  | ￥2,980         | [Akizuki Denshi](https://akizukidenshi', 'taobao', 'listing', '712179366565'),  # github-index:3801055846
    ('          "link": "https://item.taobao.com/item.htm?id=713611655993"', 'taobao', 'listing', '713611655993'),  # github-index:69649839301
    ('l_sample_vial_rack.jpg" height="80"> | 2 mL Sample Vial Rack | 1 | 120 | [Taobao](https://item.taobao.com/item.htm?id=710110090808) |', 'taobao', 'listing', '710110090808'),  # github-index:35209142442
    ("        'Referer': 'https://item.taobao.com/item.htm?id=716819466729&ns=1&abbucket=12#detail',", 'taobao', 'listing', '716819466729'),  # github-index:19342931293
    ('| `URL` | Product page link with ID | `https://item.taobao.com/item.htm?id=713575933395` | ✅ Correct |', 'taobao', 'listing', '713575933395'),  # github-index:20275661322
    ('    - [电脑桌 松木 200*60*75cm 板厚5cm](https://item.taobao.com/item.htm?id=714867755189) `1340`', 'taobao', 'listing', '714867755189'),  # github-index:1880085041
    ('                url: "https://item.taobao.com/item.htm?id=712105258301",', 'taobao', 'listing', '712105258301'),  # github-index:17554143633
    ('  https://item.taobao.com/item.htm?id=718212632480', 'taobao', 'listing', '718212632480'),  # github-index:22932282634
    ('[淘宝](https://item.taobao.com/item.htm?id=715508771884)', 'taobao', 'listing', '715508771884'),  # github-index:42540298726
    ('| STS3215 Servo        | 12     | ¥97.72           | [TaoBao](https://item.taobao.com/item.htm?id=712179366565&skuId=5268252241438)  |', 'taobao', 'listing', '712179366565'),  # github-index:53812064552
    ('    fam_item = S.append(source="share", url="https://item.taobao.com/item.htm?id=74", seller_id="fam-y7c",', None, 'malformed-id', None),  # github-index:70305066652
    ('| 1. 6x Dynamixel XL330-M077<br /><br /><br /><br /><br /><br /> | ￥1290 | [https://item.taobao.com/item.htm?id=744329960663](https://item.taobao.com/item.htm?id=744329960663)', 'taobao', 'listing', '744329960663'),  # github-index:49029637078
    ('| [LINK](https://item.taobao.com/item.htm?id=740521932923)                                          | 26.3  |', 'taobao', 'listing', '740521932923'),  # github-index:2497132739
    ('淘宝购买链接：[点我](https://item.taobao.com/item.htm?id=740536508140)', 'taobao', 'listing', '740536508140'),  # github-index:42575207062
    ('agent-browser --cdp "$CDP_PORT" --session "$SESSION" --pin-tab open "https://item.taobao.com/item.htm?id=744983869996"', 'taobao', 'listing', '744983869996'),  # github-index:68624258602
    ('[0.8mm 连接器](https://item.taobao.com/item.htm?id=742624228081)(J2)', 'taobao', 'listing', '742624228081'),  # github-index:53977177684
    ("  ('goods-taobao-1', '泛式周边', '泛式企鹅睡衣原创可爱毛绒加厚柔软秋冬季居家服情侣男女同款', 'https://item.taobao.com/item.htm?id=742823616547', 0),", 'taobao', 'listing', '742823616547'),  # github-index:57511255575
    ("            taobao_url: 'https://item.taobao.com/item.htm?id=748015537624&skuId=5330447539309&spm=a1z10.1-c.w4004-24811118368.6.763d224fh8cJmA',", 'taobao', 'listing', '748015537624'),  # github-index:8916434483
    ('    taobaoUrl: "https://item.taobao.com/item.htm?id=759020603474"', 'taobao', 'listing', '759020603474'),  # github-index:60812030175
    ('                "https://joyabuy.com/product/?shop_type=taobao&id=758911450758",', None, 'agent-site', None),  # github-index:31229448094
    ('                "https://item.taobao.com/item.htm?id=758911450758",', 'taobao', 'listing', '758911450758'),  # github-index:31229448094
    ('ArmSoM Official Taobao Store: [https://item.taobao.com/item.htm?id=757023687970](https://item.taobao.com/item.htm?id=757023687970)', 'taobao', 'listing', '757023687970'),  # github-index:24100496881
    ('- [taobao](https://item.taobao.com/item.htm?id=756962244579)', 'taobao', 'listing', '756962244579'),  # github-index:48150565621
    ('Tabao:  https://item.taobao.com/item.htm?id=756032410469', 'taobao', 'listing', '756032410469'),  # github-index:26596758749
    ('| 5V Li-ion pack (5600mAh, DC 5521 connector) | 1 | — | Amazon | ¥30 | [taobao](https://item.taobao.com/item.htm?id=765749120668) |', 'taobao', 'listing', '765749120668'),  # github-index:54772119465
    ('| [[elec-rpi-robot-hat]] | U11 | BMI088 | 1 | ¥22.18 | 新纶 · 09-05 | [商品](https://item.taobao.com/item.htm?id=766282759999) |', 'taobao', 'listing', '766282759999'),  # github-index:69800232656
    ('        productLink: "https://item.taobao.com/item.htm?id=765005637664",', 'taobao', 'listing', '765005637664'),  # github-index:21325460960
    ('  "https://item.taobao.com/item.htm?id=769516124034",', 'taobao', 'listing', '769516124034'),  # github-index:53061166902
    ('  "https://item.taobao.com/item.htm?id=760810168870&spm=a21n57.sem.item.6.4b863903ab2u24&priceTId=214782b317315892939528653eb2ad&ut', 'taobao', 'listing', '760810168870'),  # github-index:19584244102
    ('6027, analog signal, 1.25mm terminal, IP65 waterproof | 1 piece   | [Taobao Link](https://item.taobao.com/item.htm?id=764269727410) | Used for voice interaction function                          |', 'taobao', 'listing', '764269727410'),  # github-index:38889929808
    ('eaker | I2S            | 音频输入/输出模块                                              | https://item.taobao.com/item.htm?id=762086873533', 'taobao', 'listing', '762086873533'),  # github-index:9892540766
    ('| 麦克风 | 4015 | [淘宝链接](https://item.taobao.com/item.htm?id=764128372417) | 0.28|', 'taobao', 'listing', '764128372417'),  # github-index:35148157839
    ('          detail_url: "https://item.taobao.com/item.htm?id=768239824008"', 'taobao', 'listing', '768239824008'),  # github-index:66502788678
    ('    taobaoUrl: "https://item.taobao.com/item.htm?id=766557715161"', 'taobao', 'listing', '766557715161'),  # github-index:60812030175
    ('        "https://detail.1688.com/offer/597872715411.html?spm=a26352.b28411319.offerlist.5.63041e62pKsLr3",', '1688', 'listing', '597872715411'),  # github-index:67134509178
    ('2M)     | 3    | 4    | 2    | 34   | O    | O    | I2S         | 9.5  | [1688-1](https://detail.1688.com/offer/596934152703.html?spm=a26352.13672862.offerlist.1.742633caA9Rq8o) |', '1688', 'listing', '596934152703'),  # github-index:41025760330
    ("//$data = file_get_contents('http://detail.1688.com/offer/593777588910.html?spm=a262eq.12572798.jsczf959.1.137c2fb1QYTqvh');", '1688', 'listing', '593777588910'),  # github-index:12547479728
    ("    .getProductDetails('https://detail.1688.com/offer/592228806840.html')", '1688', 'listing', '592228806840'),  # github-index:16500230086
    ('    #https://detail.1688.com/offer/595415883603.html?spm=a2615.7691456.autotrace-offerGeneral.1.4cae3fba1f8DzW', '1688', 'listing', '595415883603'),  # github-index:56320072863
    ('      originalUrl: "https://detail.1688.com/offer/596830995329.html",', '1688', 'listing', '596830995329'),  # github-index:71253620769
    ('    {"url": "https://detail.1688.com/offer/595045370736.html", "category": "toys"},', '1688', 'listing', '595045370736'),  # github-index:54028508163
    ('      product_url: "https://detail.1688.com/offer/590663158085.html",', '1688', 'listing', '590663158085'),  # github-index:22256876233
    ("    // let detailUrl = 'https://detail.1688.com/offer/590864628132.html?tracelog=cps&clickid=21f794860a79469308613e79ab4d77a0'       // SKU单属性、可展开", '1688', 'listing', '590864628132'),  # github-index:5811993928
    ("        url = 'https://detail.1688.com/offer/627056024629.html?clickid=7ff082f5c2214f04a00580fcad6c8d52&sessionid=6947210c01f988d9ad53f73", '1688', 'listing', '627056024629'),  # github-index:1569925618
    ('                .itemUrl("https://detail.1688.com/offer/625787437908.html");*/', '1688', 'listing', '625787437908'),  # github-index:22915451116
    (' * 校验1688地址：关键字 detail.1688.com/offer/620051018159.html', '1688', 'listing', '620051018159'),  # github-index:42004223183
    ('                        "offer_url": "https://detail.1688.com/offer/628196518518.html",', '1688', 'listing', '628196518518'),  # github-index:59040143812
    ('      "https://detail.1688.com/offer/623629351705.html\\n" \\', '1688', 'listing', '623629351705'),  # github-index:16710276548
    ('                      : "Paste a full product URL — for example https://detail.1688.com/offer/623451879012.html"', '1688', 'listing', '623451879012'),  # github-index:68725155775
    ('                                  Try: <span className="text-slate-400 font-mono">https://detail.1688.com/offer/620188.html</span>', '1688', 'listing', '620188'),  # github-index:11982813247
    ('              placeholder="粘贴 1688 / 淘宝 / 拼多多 商品链接，如：&#10;https://detail.1688.com/offer/629584739214.html"', '1688', 'listing', '629584739214'),  # github-index:52686681382
    ("# url = f'https://detail.1688.com/offer/627534969028.html?spm=a26352.13672862.offerlist.20.40d82ab97Hn8h2&cosite=-&tracelog=p4p&_p_i", '1688', 'listing', '627534969028'),  # github-index:29436814439
    ("    link: 'https://detail.tmall.com/item.htm?id=809971029607&template=V20260813-01',", 'tmall', 'listing', '809971029607'),  # github-index:61382883344
    ('                    "link2": "//detail.tmall.com/item.htm?id=837690098992&ns=1&abbucket=4&xxc=taobaoSearch&skuId=5606547585618",', 'tmall', 'listing', '837690098992'),  # github-index:17564324102
    ('\t\t\tlink: "https://detail.tmall.com/item.htm?id=898483544954",', 'tmall', 'listing', '898483544954'),  # github-index:55071993523
    ('WebBrowser.get("https://detail.tmall.com/item.htm?id=838484384474&pisk=fv4mmqcQwooXz0xoZgufjIQcO3s-lIgssRLtBVHN4Yk7MckOcRmgB8iakqFYEPVYVSLOcqniS', 'tmall', 'listing', '838484384474'),  # github-index:8405845439
    ('    product: { url: "https://detail.tmall.com/item.htm?id=843315272699" },', 'tmall', 'listing', '843315272699'),  # github-index:56727451993
    ('| Bearing | 12×18×4 mm (ID × OD × W) — wheel axle bearing | 3 | — | Amazon | ¥6 | [tmall](https://detail.tmall.com/item.htm?id=824704356695) |', 'tmall', 'listing', '824704356695'),  # github-index:54772119465
    ('    # 类似于 https://detail.tmall.com/item.htm?id=806319949537&mi_id=0000vtiP2t7OiKuXSFJ6Os3CycYK4LfNyLsSkxffiJKUvKY&pvid=e2456346-6c21-490b-', 'tmall', 'listing', '806319949537'),  # github-index:52438947496
    ('    goods_url = "https://detail.tmall.com/item.htm?id=814756521192"', 'tmall', 'listing', '814756521192'),  # github-index:52225625040
    ('    //https://detail.tmall.com/item.htm?id=810344810368', 'tmall', 'listing', '810344810368'),  # github-index:32874920206
    (' Barometric Pressure Module I2C SPI for Arduino" (aliexpress seller listing)](https://www.aliexpress.com/item/1005008511564094.html)', 'aliexpress', 'listing', '1005008511564094'),  # github-index:51938721951
    ('- 2x **LiPo batteries**: used [3.7v lithium rechargeable battery](https://de.aliexpress.com/item/1005008785016335.html?spm=a2g0o.productlist.main.1.9beeG9r5G9r5eh&algo_pvid=ac1f44e3-fba2-4d23-9f', 'aliexpress', 'listing', '1005008785016335'),  # github-index:12074252451
    ('* Heater: https://www.aliexpress.com/item/1005008379688337.html?mp=1&pdp_npi=6%40dis%21NZD%21NZD%2043.95%21NZD%2030.76%21%21NZD%2029.84%21%', 'aliexpress', 'listing', '1005008379688337'),  # github-index:23571953601
    ('ronic-Controller-STM32G431CB-Performance/dp/B0F48VM6Z5)) · [AliExpress ~$46+](https://www.aliexpress.com/item/1005008180464793.html) |', 'aliexpress', 'listing', '1005008180464793'),  # github-index:71329021251
    ("Many adapters (like the [one I'm currently using](https://www.aliexpress.com/item/1005008182778961.html)) have a jumper or  microswitch to toggle between 5V and 3.3V... I suggest ", 'aliexpress', 'listing', '1005008182778961'),  # github-index:1793556096
    ('le flat cable) forward direction (to inteface between two camera PCBs) [link](https://www.aliexpress.com/item/1005008474655738.html?spm=a2g0o.order_list.order_list_main.60.6b821802gXbK9t)', 'aliexpress', 'listing', '1005008474655738'),  # github-index:61931521491
    ('`www.goofish.com` desktop links — and replies with the short canonical form for each, e.g. `https://h5.m.goofish.com/item?id=1058488603283`. Multiple links in one message are all cleaned and de-duplicated by listing id. Re', 'taobao', 'listing', '1058488603283'),  # github-index:55073688529
    ('[Makerbase MKS PI](https://aliexpress.ru/item/1005004458622987.html?pdp_npi=2%40dis%21RUB%212%C2%A0560%2C96%20%D1%80%D1%83%D0%B1.%212%C2%A0356%2C03%20', 'aliexpress', 'listing', '1005004458622987'),  # github-index:22176462096
    ('- UPD Самый дешёвый свитч с Aliexpress: [TP-LINK TL-ST5008F](https://aliexpress.ru/item/1005004429524441.html). На чипе [Realtek RTL9303-CG](https://www.realtek.com/en/products/communications-', 'aliexpress', 'listing', '1005004429524441'),  # github-index:32425827560
    ('            "https://aliexpress.ru/item/1005001632872336.html?pdp_ext_f=%7B%22ship_from%22%3A%22RU%22%2C%22sku_id%22%3A%2212000019661167164%22%7', 'aliexpress', 'listing', '1005001632872336'),  # github-index:8226128645
    ('   Will work with [ESP32S-WROOM-32](https://aliexpress.ru/item/1005002611857804.html?item_id=1005002611857804&sku_id=12000021386518349&spm=a2g2w.productlist.0.0.28c767', 'aliexpress', 'listing', '1005002611857804'),  # github-index:21177847430
    (" const link='https://item.kakobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D862069546755&affcode=ecdru';", None, 'agent-site', None),  # github-index:71460259613
    ("      'https://www.wegobuy.com/en/page/buy?from=search-input&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D674029285425&partnercode=6t86Xk';", None, 'agent-site', None),  # github-index:17399057406
    ('    // https://www.wegobuy.com/en/page/buy?from=search-input&url=https%3A%2F%2Fitem.taobao.com%2Fitem.html%3Fid%3D675330231400&partnercode=6t86Xk', None, 'agent-site', None),  # github-index:17071134798
    ('tring url = "https://szsupport.weixin.qq.com/cgi-bin/mmsupport-bin/readtemplate?t=w_redirect_taobao&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3Da230r.1.14.164.436b3078xt4nB5%26id%3D14312037600%26ns%3D1%26abbucket%3D1%23detai', None, 'not-alibaba-host', None),  # github-index:3739598691
    ('    "link": "https://m.kakobuy.com/pages/goods-detail/goods-detail?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D883481045520"', None, 'agent-site', None),  # github-index:46220077044
    ('1. Source an [APQ8009 CPU](https://www.aliexpress.us/item/3256803378630939.html), an [MSM8909 stencil](https://www.aliexpress.us/item/2251832705095349.html?gatewa', 'aliexpress', 'listing', '3256803378630939'),  # github-index:38733150955
    ('const productURL = "https://www.aliexpress.us/item/3256808490767070.html?spm=a2g0o.productlist.main.1.3b56KLUiKLUiUh&algo_pvid=a1b1f0de-8e35-4eca-aabc-0f0b', 'aliexpress', 'listing', '3256808490767070'),  # github-index:23235280240
    ("      supplier_link: 'https://detail.1688.com/offer/645395587606.html',", '1688', 'listing', '645395587606'),  # github-index:1261442860
    ('    {"url": "https://detail.1688.com/offer/647997819110.html", "category": "electronics"},', '1688', 'listing', '647997819110'),  # github-index:54028508163
    ('        {"mode": "detail", "inputs": ["https://detail.1688.com/offer/642952568827.html"]},', '1688', 'listing', '642952568827'),  # github-index:70869883350
    ("response = requests.get('https://detail.1688.com/offer/644699678066.html', params=params, cookies=cookies, headers=headers)", '1688', 'listing', '644699678066'),  # github-index:34897881319
    ("url = 'https://detail.1688.com/offer/649838054631.html'", '1688', 'listing', '649838054631'),  # github-index:7162465760
    ('   # https://detail.1688.com/offer/640756097760.html', '1688', 'listing', '640756097760'),  # github-index:11639229323
    ('        # "url": "https://detail.1688.com/offer/640756097760.html",', '1688', 'listing', '640756097760'),  # github-index:11345986191
    ('        "detail_url": "https://detail.1688.com/offer/647164141078.html"', '1688', 'listing', '647164141078'),  # github-index:56163719871
    ('      product_url: "https://detail.1688.com/offer/642147699719.html",', '1688', 'listing', '642147699719'),  # github-index:22256876233
    ('          source1688Url: "https://detail.1688.com/offer/684210992310.html",', '1688', 'listing', '684210992310'),  # github-index:69412918100
    ('        sourceUrl: "https://detail.1688.com/offer/684920194821.html",', '1688', 'listing', '684920194821'),  # github-index:69636534967
    ("      supplier_link: 'https://detail.1688.com/offer/680134034101.html',", '1688', 'listing', '680134034101'),  # github-index:1674963947
    ("// 'https://detail.1688.com/offer/684389879823.html'", '1688', 'listing', '684389879823'),  # github-index:35497398146
    ('     "节庆用品/礼品 > 节日/装扮用品 > 南瓜灯", "https://detail.1688.com/offer/683255797158.html"),', '1688', 'listing', '683255797158'),  # github-index:70434760498
    ("// \t\t\t\t\turl: 'https://detail.1688.com/offer/681169854358.html',", '1688', 'listing', '681169854358'),  # github-index:53085493262
    ('        "product_url": "https://detail.1688.com/offer/689001234567.html",', '1688', 'listing', '689001234567'),  # github-index:60869582103
    ("    originalUrl: 'https://detail.1688.com/offer/68291049281.html',", '1688', 'listing', '68291049281'),  # github-index:68685416006
    ('    #     "Referer": "https://detail.1688.com/offer/688371202837.html?spm=a260k.27118904.m2eeca9u.2.6fdbce5c9VJjAj",', '1688', 'listing', '688371202837'),  # github-index:33903532983
    ('  "https://item.taobao.com/item.htm?id=774811167509",', 'taobao', 'listing', '774811167509'),  # github-index:53061166902
    ('const taobaoRef = { platform: "Taobao", itemId: "770241188", kind: "item", url: "https://item.taobao.com/item.htm?id=770241188" };', 'taobao', 'listing', '770241188'),  # github-index:56680295908
    ('            url: "https://item.taobao.com/item.htm?id=7754768889"', 'taobao', 'listing', '7754768889'),  # github-index:31567793557
    ('    pool = upsertEntry(pool, rawEntry(2, "https://item.taobao.com/item.htm?id=777", "Apple iPhone 15 Pro 256GB 黑色", T0 + 1000));', None, 'malformed-id', None),  # github-index:69837282281
    ('         "platform_url": "https://item.taobao.com/item.htm?id=777888999",', 'taobao', 'listing', '777888999'),  # github-index:44717422477
    ('                url: "https://item.taobao.com/item.htm?id=773746348254"', 'taobao', 'listing', '773746348254'),  # github-index:13890764351
    ("    url: 'https://item.taobao.com/item.htm?id=777788889999&title=%E8%93%9D%E7%89%99%E9%99%8D%E5%99%AA%E8%80%B3%E6%9C%BA'", 'taobao', 'listing', '777788889999'),  # github-index:71104005375
    ('| Dechuangxin Cameras | ¥32.8 | 27 | [taobao 771618094322](https://item.taobao.com/item.htm?id=771618094322) |', 'taobao', 'listing', '771618094322'),  # github-index:67098082963
    ('| 机架 | ZD550 | 1 | ¥344 | [购买链接](https://item.taobao.com/item.htm?id=772594864648) | <img src="images/hardware/lowcost-frame-zd550.png" alt="ZD550 机架" width="120', 'taobao', 'listing', '772594864648'),  # github-index:60531013555
    ('      productLink: "https://item.taobao.com/item.htm?id=789012",', 'taobao', 'listing', '789012'),  # github-index:56167696818
    ("    # url = 'https://item.taobao.com/item.htm?id=784281900551'", 'taobao', 'listing', '784281900551'),  # github-index:8918612258
    ('  { id: "52", url: "https://item.taobao.com/item.htm?id=780818009643", title: "Bolsa de Mão Clutch Cetim com Fecho", category: "destaques", source: ', 'taobao', 'listing', '780818009643'),  # github-index:54349362113
    ("      ['https://item.taobao.com/item.htm?id=789012', '', '2500', '25', '', '', '', 'AI 자동 분석']", 'taobao', 'listing', '789012'),  # github-index:21251958013
    ('            page, "taobao", original_url="https://item.taobao.com/item.htm?id=789"', None, 'malformed-id', None),  # github-index:70934307275
    ('            placeholder="例如:https://item.taobao.com/item.htm?id=782394..."', None, 'malformed-id', None),  # github-index:67360557397; an id cut short by an ellipsis (earlier tables' reading)
    ('[v1](https://github.com/xywatch/GoWatch/tree/v1) | STM32F103CBT6 | [DS3231MZ+TRL](https://item.taobao.com/item.htm?id=784371508620) | [MPU6050](https://detail.tmall.com/item.htm?id=598555471828&skuId=5780956225', None, 'not-alibaba-host', None),  # github-index:11976153508; the first link is GitHub's (section 0: the first https token; as the ANTSDR row of an earlier table)
    ('TAOBAO_URL = "https://item.taobao.com/item.htm?id=783169758299"', 'taobao', 'listing', '783169758299'),  # github-index:39126573650
    ('        (" https://detail.tmall.com/item.htm?id=999888 ", "999888"),', 'tmall', 'listing', '999888'),  # github-index:67195550842
    ("    url: 'https://detail.tmall.com/item.htm?id=985869374063&skuId=5953859157656',", 'tmall', 'listing', '985869374063'),  # github-index:33192273518
    ('        self.assertEqual(detect_platform("https://detail.tmall.com/item.htm?id=999888"), "Tmall")', 'tmall', 'listing', '999888'),  # github-index:61188373582
    ('                                                            "https://detail.tmall.com/item.htm?id=919643072179&skuId=5789814873879",', 'tmall', 'listing', '919643072179'),  # github-index:57420355553
    ('        let id = parser.extract_item_id("https://detail.tmall.com/item.htm?id=987654321&spm=xxx").unwrap();', 'tmall', 'listing', '987654321'),  # github-index:63067934121
    ('*   [天猫图书](https://detail.tmall.com/item.htm?id=997383773726&skuId=6143496614475)', 'tmall', 'listing', '997383773726'),  # github-index:52622127052
    ('r]有时候呢，程序测试正常，但是控制的设备不正常，比如小灯不亮、电机不转、对方收不到信号等，这个时候，可以用万用表测试一下。  优利德万用表（38.89元）[url=http://detail.tmall.com/item.htm?id=9865787128&amp;prt=1332986794851]http://detail.tmall.com/item.htm?id=9865787128&amp;prt=133', 'tmall', 'listing', '9865787128'),  # github-index:6937860202
    ('                            "https://detail.tmall.com/item.htm?id=9", "")', None, 'malformed-id', None),  # github-index:66288509423
    ('                "url": "https://detail.tmall.com/item.htm?id=998877"', 'tmall', 'listing', '998877'),  # github-index:55591361061
    ('The best would be to replace the glass bed with [an aluminium bed](https://nl.aliexpress.com/item/4000349727822.html?spm=a2g0o.productlist.0.0.4e3d79bb1k6Ae5) but for now we will try to fool t', 'aliexpress', 'listing', '4000349727822'),  # github-index:39940288495
    ('* nRF52832 microcontroller (see [here](https://www.aliexpress.com/item/4000049368888.html?spm=a2g0o.productlist.0.0.3c8316a3AqcRmq&algo_pvid=faa7c330-631b-47f1-8113-', 'aliexpress', 'listing', '4000049368888'),  # github-index:19493522620
    ('* [Various uFL to SMA adapters](https://www.aliexpress.com/item/4000166668788.html?spm=a2g0o.productlist.0.0.2c386be8fN3oCH&algo_pvid=6da3d77b-f49d-4e6b-8dba-', 'aliexpress', 'listing', '4000166668788'),  # github-index:9911211325
    ('ww.aliexpress.com/item/4001317282096.html) I2C keyboard and a [joiny thinger](https://www.aliexpress.com/item/4000370323525.html).', 'aliexpress', 'listing', '4001317282096'),  # github-index:44497051495; excerpt cut inside the host: ww.aliexpress.com, a subdomain
    ("                'https://www.lazada.com.my/products/nivea-men-deep-white-oil-clear-detox-mud-foam-100g-i1299546099-s3963046423.html?c=&channel", 'lazada_my', 'listing', '1299546099'),  # github-index:32379365573
    ('**Here is the [one](https://www.lazada.com.my/products/t-wolf-hb008-usb-30-hub-3-ports-high-speed-hub-2usb20-1usb30-hub-i3010272117-s14854735681.', None, 'missing-id', None),  # github-index:24733576852; excerpt, cut after its sku (no .html)
    ('url = "https://www.lazada.com.my/products/philips-fully-automatic-espresso-coffee-machines-series-2200-ep2220-ep222010-i1843218230-s', None, 'missing-id', None),  # github-index:45070524999; excerpt, cut before its sku
    ('| Controller | Seeed Studio XIAO ESP32-S3 Sense (camera included) | 1 | [Listing](https://item.taobao.com/item.htm?id=796226570709) |', 'taobao', 'listing', '796226570709'),  # github-index:71610333973
    ('- ML307R-DC开发板，实测选用[小蓝鲸ML307R-DC核心板](https://item.taobao.com/item.htm?id=797466121802&skuId=5722077108045)，¥16.3包邮', 'taobao', 'listing', '797466121802'),  # github-index:56278367092
    ('const bestSellerTaobaoUrl = "https://item.taobao.com/item.htm?id=794493827958&mi_id=0000-9V2LcrTfxjJgXjEcUmo8aM2EtipRAyJ6fZTVLQyMow&spm=a21xtw.29178619.0.0&x', 'taobao', 'listing', '794493827958'),  # github-index:60476461917
    ('| ML307R-DC 核心板 | ¥16.3 | [淘宝](https://item.taobao.com/item.htm?id=797466121802&skuId=5722077108045) |', 'taobao', 'listing', '797466121802'),  # github-index:3046257758
    ('* [**KeYi_AD9481:**](https://item.taobao.com/item.htm?id=798227328346) 1 canal de 8 bits de resolução a 250 MSPS.', 'taobao', 'listing', '798227328346'),  # github-index:60254540633
    ('| 6 通道电量计量模块 | [淘宝购买](https://item.taobao.com/item.htm?id=793797215362) |', 'taobao', 'listing', '793797215362'),  # github-index:70181041677
    ("website/public/?s=api/getgoods/detail_query',json_encode(['type'=>2,'goodsLink'=>'https://item.taobao.com/item.htm?id=795314563315'],true),['Content-Type: application/json']);", 'taobao', 'listing', '795314563315'),  # github-index:51883815283; fix: a quote before a closing bracket ends the quoted link
    ('| [小蓝鲸 ML307R-DC 核心板](https://item.taobao.com/item.htm?id=797466121802&skuId=5722077108045) | ¥16.3 |', 'taobao', 'listing', '797466121802'),  # github-index:56362600074
    ('ArmSoM Official Taobao Store: [https://item.taobao.com/item.htm?id=790341533736](https://item.taobao.com/item.htm?id=790341533736)', 'taobao', 'listing', '790341533736'),  # github-index:24084711979
    ('https://item.taobao.com/item.htm?id=791307182743  ', 'taobao', 'listing', '791307182743'),  # github-index:20361339393
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
        # constructed: a quote before a closing bracket ends the quoted link ...
        ("links = ['https://item.taobao.com/item.htm?id=795314563315'][0]", ("taobao", "listing", "795314563315")),
        ("a['https://detail.tmall.com/item.htm?id=606832683299']=1", ("tmall", "listing", "606832683299")),
        ("{'https://detail.1688.com/offer/585943639773.html'],x", ("1688", "listing", "585943639773")),
        ("$a = ['https://www.aliexpress.com/item/1005003264388589.html'];", ("aliexpress", "listing", "1005003264388589")),
        # constructed (fix 2): ... and so does one before a closing brace, an object's last value
        ("[{url:'https://item.taobao.com/item.htm?id=795314563315'},{url:'x'}]", ("taobao", "listing", "795314563315")),
        ("{url:'https://item.taobao.com/item.htm?id=795314563315'}.url", ("taobao", "listing", "795314563315")),
        ("x='https://detail.1688.com/offer/585943639773.html'}&&y('a')", ("1688", "listing", "585943639773")),
        # ... while a quote in the authority stays no end of it: userinfo is refused
        ("https://item.taobao.com[@evil.cn='x']/item.htm?id=606832683299", (None, "lookalike-host", None)),
        ("item.taobao.com[@evil.cn='x']/item.htm?id=606832683299", (None, "lookalike-host", None)),
        ("//a[@href='https://item.taobao.com/item.htm?id=606832683299']", ("taobao", "listing", "606832683299")),
    ],
)  # fmt: skip
def test_a_quote_before_a_closing_bracket_ends_the_link(
    text: str, expected: tuple[str | None, str, str | None]
) -> None:
    """Fixes 1 and 2: a single quote before ``]`` or ``}`` closes a quoted link (a list's or an
    object's last value, a key)."""
    assert answer(text) == expected
    assert parse_slowly(text) == parse_listing(text)
