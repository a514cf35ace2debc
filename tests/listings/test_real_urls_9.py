"""Sweep 9 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls9.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_8.py. The inputs come
from sources the earlier sweeps did not use: bills of materials and order lists pasted into
READMEs (Spanish, French, Chinese), regional AliExpress hosts, Lazada scrapers of every country,
commented-out links in code, each with the text around it. ``github-index:N`` is a public file
whose repository the code index does not name, as in listing-urls.md. The parser, the
``ipprules listings`` CLI, the batch path and the columnar kernel must all give the same answer.

The rows that failed before this sweep's fixes:

- a link commented out with its scheme kept, alone on its line after indentation
  (``            //https://item.taobao.com/item.htm?…&id=527464305878…``, common in PHP, Java
  and JavaScript) read ``https:`` as the host of a protocol-relative link
  (``not-alibaba-host``); after a word it was already read;
- a link copied out of HTML source with its entities: the ampersand a WordPress export writes
  ``&#038;`` (``?spm=a1z10&#038;id=N`` read ``#038;id=N`` as a fragment: ``missing-id``), a
  space entity glued to a link (``…/1005003264388589.html&nbsp;``, ``&ensp;lazada.vn/shop/``:
  ``missing-id`` or ``not-a-url``), ``&lt;…&gt;`` around one;
- the marketplaces' own image and file hosts (``ae-pic-a1.aliexpress-media.com``,
  ``gaitaobao4.alicdn.com``, ``img01.taobaocdn.com``: a listing's picture pasted with it) were
  ``lookalike-host``, "imitates aliexpress/taobao"; they are Alibaba Group hosts that are no
  marketplace (``not-alibaba-host``);
- ``https://ju.tmall.com`` (group buying) and ``https://travel.tmall.com`` (Tmall Travel), named
  as Tmall's sections in a real README, were read as the storefronts ``ju`` and ``travel``;
  ``https://sf.taobao.com/`` (Taobao's judicial auctions, a scraper's ``PC_HOME_URL``) as the
  storefront ``sf``, ``https://mm.taobao.com`` (the Taobao models platform) as ``mm``;
- the root of a host that serves listings and other pages gave two answers:
  ``https://chaoshi.tmall.com`` (Tmall Supermarket's home) ``not-a-listing``, with its ``/``
  ``missing-id`` ("a listing page but has no valid id"); also ``m.1688.com/``;
- a link as a Slack message writes it, with its text after a bar (``<https://…|AliExpress>``),
  read the text into the link (``missing-id``, ``malformed-id``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import (
    SAMPLE_LINKS,
    answer,
    table_tests,
)
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    (' - https://www.dhgate.com/product/lf9-pro-dash-cam-1080p-night-vision-car-dvr/884732017.html?skuId=1140075696569122859', None, 'not-alibaba-host', None),  # github-index:4910878771
    ('driver.get("https://www.lazada.sg/products/loreal-paris-uv-perfect-even-complexion-sunscreen-spf50pa-30ml-i214861100-s325723972.html?spm=a2o42.seller.list.1.758953196tH2Mn&mp=1")', 'lazada_sg', 'listing', '214861100'),  # github-index:47105384144
    ('iframe src="//www.lazada.sg:443/catalog/_____tmd_____/punish?recaptcha=1&amp;', None, 'not-a-listing', None),  # github-index:69634947751
    ('LAZADA_PUNISH_URL = ("https://www.lazada.sg//catalog//_____tmd_____/punish"', None, 'not-a-listing', None),  # github-index:69634947751
    (' data-item-id="1973401011"><a href="//www.lazada.sg/products/pdp-i1973401011.html"', 'lazada_sg', 'listing', '1973401011'),  # github-index:69634947751
    ('LAZADA_SERVED_URL = ("https://www.lazada.sg/tag/spirit-level/?q=spirit+level"', None, 'not-a-listing', None),  # github-index:69634947751
    ("                loader.add_value('url', f'https://www.lazada.sg/products/-i{item_id}-s{shop_id}.html')  # We could also use `productUrl` here", None, 'missing-id', None),  # github-index:77280314
    ('https://www.tiendatec.es/raspberry-pi/camaras/236-camara-oficial-8mpx-v2-para-raspberry-pi-652508442112.html', None, 'not-alibaba-host', None),  # github-index:1171203766
    ('https://www.amazon.es/Slamtec-RPLIDAR-esc%C3%A1ner-bst%C3%A1culos-navegaci%C3%B3n/dp/B07TJW5SXF', None, 'not-alibaba-host', None),  # github-index:1171203766
    ('https://usa.banggood.com/ZOP-POWER-11_1V-2700mAh-30C-3S-LiPo-Battery-XT60-Plug-for-RC-Drone-p-1984639.html?cur_warehouse=CN', None, 'not-alibaba-host', None),  # github-index:1171203766
    ('https://es.aliexpress.com/item/1005003658392996.html?spm=a2g0o.order_list.order_list_main.5.192e194dBpok7U&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '1005003658392996'),  # github-index:1171203766
    ('https://es.aliexpress.com/item/32912278147.html?spm=a2g0o.order_list.order_list_main.10.192e194dBpok7U&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '32912278147'),  # github-index:1171203766
    ('https://es.aliexpress.com/item/1005003617756967.html?spm=a2g0o.order_list.order_list_main.15.192e194dBpok7U&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '1005003617756967'),  # github-index:1171203766
    ('https://es.aliexpress.com/item/1005004369381250.html?spm=a2g0o.order_list.order_list_main.20.192e194dBpok7U&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '1005004369381250'),  # github-index:1171203766
    ('https://es.aliexpress.com/item/32957731774.html?spm=a2g0o.order_list.order_list_main.25.192e194dBpok7U&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '32957731774'),  # github-index:1171203766
    ('Lote de 10 conectores macho y hembra Jack 12V(0.99€):', None, 'not-a-url', None),  # github-index:1171203766
    ('disponibles en AliExpress son compatibles. He usado con éxito el [lector', None, 'not-a-url', None),  # github-index:31022790766
    ('ZoweeTek](https://es.aliexpress.com/item/32222806111.html?spm=a2g0o.detail.pcDetailBottomMoreOtherSeller.18.34d1RvABRvABIW&gps-id=pcDetailBottomMoreOtherSeller&s', 'aliexpress', 'listing', '32222806111'),  # github-index:31022790766
    ('| Displays The UI                                  | I2C display                          | 1             | https://es.aliexpress.com/item/1005006862867338.html                                    | $2.62      | $2.62       |', 'aliexpress', 'listing', '1005006862867338'),  # github-index:6715871701
    ('- A MAX7219 1x4 dot matrix display ([here is the exact one I used](https://es.aliexpress.com/item/1005006191542573.html?spm=a2g0o.cart.0.0.6aea7a9dQa4QHf&mp=1&gatewayAdapt=glo2esp))', 'aliexpress', 'listing', '1005006191542573'),  # github-index:25348280911
    ('- Device information: [Aliexpress](https://es.aliexpress.com/item/EU-Standard-SESOO-Remote-Control-Switch-2-Gang-1-Way-Crystal-Glass-Switch-Panel-Remote-Wall/32773302151.html?spm=a2g0s.9', 'aliexpress', 'listing', '32773302151'),  # github-index:40884078436
    ('The current project is using an [OPEN-SMART TFT 3.2"](https://es.aliexpress.com/item/32755473754.html?spm=a219c.12010612.8148356.15.5a527fe3p5FXE7) connected to an Arduino Mega.', 'aliexpress', 'listing', '32755473754'),  # github-index:3542959186
    ('▼ Recuperado de: https://es.aliexpress.com/item/32763218957.html', 'aliexpress', 'listing', '32763218957'),  # github-index:45823340041
    ('(como ciertas PCBs clonadas disponibles en Aliexpress), entre ellas: 🔗 [Ejemplo de PCB utilizada por Shinyuden](https://es.aliexpress.com/item/1005007209715227.html)', 'aliexpress', 'listing', '1005007209715227'),  # github-index:14316181306
    ("    params: { url: 'https://es.aliexpress.com/item/1005007502111078.html', itemId: '1', normalizedUrl: 'x' },", 'aliexpress', 'listing', '1005007502111078'),  # github-index:59121951721
    ('[docs about the servomotor](https://fr.aliexpress.com/item/4000538643378.html?spm=a2g0o.productlist.0.0.153e77cbeRq38s&algo_pvid=f97120ce-80fe-4de0-9400-19d6e2d7d48e&algo_exp_id=f', 'aliexpress', 'listing', '4000538643378'),  # github-index:27536224577
    ('* [ ] Mikrobus adapter for [SX1280PATR24 module](https://fr.aliexpress.com/item/1005001598235704.html) ', 'aliexpress', 'listing', '1005001598235704'),  # github-index:37883778242
    ('Lora32 : https://fr.aliexpress.com/item/32872078587.html', 'aliexpress', 'listing', '32872078587'),  # github-index:18421184507
    ('SHT40 : https://fr.aliexpress.com/item/1005004718790450.html', 'aliexpress', 'listing', '1005004718790450'),  # github-index:18421184507
    ('azon.com/s/ref=nb_sb_noss?url=search-alias%3Daps&field-keywords=HD44780+20x4+I2C+Interface) or [compatible I²C](https://fr.aliexpress.com/item/Free-shipping-LCD-module-Blue-screen-IIC-I2C-2004-5V-20X4-LCD-board-provides-library-files/1873368596.html)', 'aliexpress', 'listing', '1873368596'),  # github-index:2407943192
    ('    -   https://fr.aliexpress.com/item/1005008067324301.html', 'aliexpress', 'listing', '1005008067324301'),  # github-index:51869908517
    ('    -   https://www.image.micros.com.pl/_dane_techniczne_auto/cz%20am312.pdf?utm_source=chatgpt.com', None, 'not-alibaba-host', None),  # github-index:51869908517
    ('/yellow/blue/green/white/warm white/cool white/UV/full spectrum LED emission lamp + 20mm Star PCB - AliExpress](https://fr.aliexpress.com/item/4001113713002.html)', 'aliexpress', 'listing', '4001113713002'),  # github-index:60924604802
    ('| Black V wheels Ø 24, bearings fitted | “10PC BigBlack Wheel” | 5 of 10 | €6.69 | [listing](https://fr.aliexpress.com/item/1005003090749056.html) |', 'aliexpress', 'listing', '1005003090749056'),  # github-index:71173630832
    ('Je mentionnais précédemment avoir été impressionné des possibilités de cet [écran tactile Zeuslap](https://fr.aliexpress.com/item/4000864914757.html?spm=a2g0s.9042311.0.0.27426c37TaxKxr) de 15,6 pouces :', 'aliexpress', 'listing', '4000864914757'),  # github-index:44523847337
    ('        if(!(/^https?:\\/\\//.test(`https://fr.aliexpress.com/item/${link}.html`))) {', None, 'missing-id', None),  # github-index:8536986122
    ('Voltage Regulator<br>- [Loncont LSA-H3P50YB](https://fr.aliexpress.com/item/32606780994.html)<br>- [LCTC DTY-220V40P1](https://fr.aliexpress.com/item/1005005008018888.html) |', 'aliexpress', 'listing', '32606780994'),  # github-index:29114901797
    ('| M5 × 25 button head screws | “10Pcs M5x25” | 4 of 10 | €4.29 | [listing](https://fr.aliexpress.com/item/32850409234.html) |', 'aliexpress', 'listing', '32850409234'),  # github-index:71173630832
    ('| M5 lock nuts (nylon insert) | “M5 X 50pcs” | 5 of 50 | €3.39 | [listing](https://fr.aliexpress.com/item/1005002375633274.html) |', 'aliexpress', 'listing', '1005002375633274'),  # github-index:71173630832
    ('| M5 × 80 socket head cap screw | “M5 10 pièces” (10 pieces), then “80 mm” | 1 of 10 | €5.09 | [listing](https://fr.aliexpress.com/item/32968483467.html) |', 'aliexpress', 'listing', '32968483467'),  # github-index:71173630832
    ('| Ø 5 × 40 knurled pin (pulley axle) | “M5-5pcs”, then “40mm” | 1 of 5 | €2.11 | [listing](https://fr.aliexpress.com/item/1005007894767899.html) |', 'aliexpress', 'listing', '1005007894767899'),  # github-index:71173630832
    ('| Ø 3 × 12 knurled pins (target hinge) | “M3-10pcs”, then “12 mm” | 2 of 10 | €1.02 | [same listing](https://fr.aliexpress.com/item/1005007894767899.html) |', 'aliexpress', 'listing', '1005007894767899'),  # github-index:71173630832
    ('| 2 mm cord | “10 meters” | 1.5 m | €1.62 | [listing](https://fr.aliexpress.com/item/1005011930498059.html) |', 'aliexpress', 'listing', '1005011930498059'),  # github-index:71173630832
    ('If you have it printed by [JLC3DP](https://jlc3dp.com/3d-printing-quote): everything in', None, 'not-alibaba-host', None),  # github-index:71173630832
    ("                'https://www.lazada.com.my/products/nivea-men-deep-white-oil-clear-detox-mud-foam-100g-i1299546099-s3963046423.html?c=&channelLpJumpArgs=&clickTrackInfo=que", 'lazada_my', 'listing', '1299546099'),  # github-index:32379365573
    ('url = "https://www.lazada.com.my/products/philips-fully-automatic-espresso-coffee-machines-series-2200-ep2220-ep222010-i1843218230-s7337748360.html?clickTrackInfo', 'lazada_my', 'listing', '1843218230'),  # github-index:45070524999
    ('        console.log("result :", $(\'a[href*="//www.lazada.com.my/products/"]\')[0]);', None, 'missing-id', None),  # github-index:9517753536
    ("     when 'lazada' then case when upper(coalesce(market,'MY'))='MY' then 'https://www.lazada.com.my/products/i' || remote_id || '.html' end", None, 'missing-id', None),  # github-index:62218555614
    ('        assert is_valid_url("https://www.lazada.vn/products/test") is True', None, 'missing-id', None),  # github-index:55999609852
    ("  const links = ['https://shopee.vn/product/...', 'https://www.lazada.vn/products/...', 'https://www.tiktok.com/...', 'https://shopeefood.vn/...'];", None, 'not-alibaba-host', None),  # github-index:54496072598
    ("                    'https://www.lazada.vn/products/sap-thom-wax-long-youngerist-bich-100g-sap-wax-long-cao-cap-do-bam-long-tot-dung-cho-spa-hat-dau-sap-tay-long-chuyen-ngh", None, 'missing-id', None),  # github-index:22431458813
    ('[AliExpress](https://a.aliexpress.com/_mrNbZww)  ', None, 'short-link', None),  # github-index:41955722898
    ('  + :pushpin: [이미지 링크 및 구매처](https://a.aliexpress.com/_mPmlxdu) <br>', None, 'short-link', None),  # github-index:27922446258
    ('URL = "https://a.aliexpress.com/_c2QihnfL"  # 영어 페이지 권장', None, 'short-link', None),  # github-index:16451675223
    ('  - https://a.aliexpress.com/_EHdhbaG', None, 'short-link', None),  # github-index:6534751263
    ('| Controller boards (ProMicro nrf52840) | 2 | 6.82 | [AliExpress](https://a.aliexpress.com/_EIV3vwY) |', None, 'short-link', None),  # github-index:36992051763
    ('| Batteries | 2 | 4.20 | [AliExpress](https://a.aliexpress.com/_Eynt9TK) |', None, 'short-link', None),  # github-index:36992051763
    ('* [5V RELAY](https://a.aliexpress.com/_vpUdrT) ', None, 'short-link', None),  # github-index:3504612273
    ('* [ADS1115](https://www.aliexpress.com/item/32869421559.html)', 'aliexpress', 'listing', '32869421559'),  # github-index:3504612273
    ('https://a.aliexpress.com/_EQB88PY', None, 'short-link', None),  # github-index:56758780878
    ("browser.get('https://a.aliexpress.com/_ASnTxt')", None, 'short-link', None),  # github-index:33141067368
    ('[Aliexpress link to purchase QN8066 FM Transmitter](https://a.aliexpress.com/_mLTpVqO)', None, 'short-link', None),  # github-index:38761005678
    ('https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-7841214359.4.6lp4CP&id=525842199471', 'taobao', 'listing', '525842199471'),  # github-index:17456408382
    ('https://detail.tmall.com/item.htm?spm=a230r.1.14.6.o11GZI&id=41389303364&cm_id=140105335569ed55e27b&abbucket=3', 'tmall', 'listing', '41389303364'),  # github-index:17456408382
    ('https://item.taobao.com/item.htm?id=40066362090', 'taobao', 'listing', '40066362090'),  # github-index:17456408382
    ('https://rate.tmall.com/list_detail_rate.htm?itemId=45789209181&sellerId=2274061169&order=', None, 'not-a-listing', None),  # github-index:17456408382
    ('  | Motor                      | T-MOTOR F60 KV2550   | 4        | 159        | 636         | https://item.taobao.com/item.htm?spm=a230r.1.14.6.58866126r2mH5j&id=612118488792&ns=1&abbucket=3#detail |', 'taobao', 'listing', '612118488792'),  # github-index:5766681927
    ("            { num: '示例', name: '鱼香大米', unit: '5KG', origin: '重庆,西永', price: '￥250', description: '多种蛋白质、营养丰富、色泽光亮、颗粒饱满', url: 'http://detail.tmall.com/item.htm?spm=a230r.1.14.172.VhFL' },", None, 'missing-id', None),  # github-index:2848587222
    ('\t\t// "http://detail.tmall.com/item.htm?spm=a230r.1.14.15.Z5VqXY&id=42730493356&ad_id=&am_id=&cm_id=140105335569ed55e27b&pm_id=&abbucket=7";', 'tmall', 'listing', '42730493356'),  # github-index:47259685407
    ('            //https://item.taobao.com/item.htm?spm=a230r.1.14.31.L5pOgb&id=527464305878&ns=1&abbucket=5', 'taobao', 'listing', '527464305878'),  # github-index:13615689882
    ('\t\t// auction.setDetail_url("http://item.taobao.com/item.htm?spm=a230r.1.14.4.MOjC27&id=37460957595&ns=1&abbucket=9#detail");', 'taobao', 'listing', '37460957595'),  # github-index:1567732107
    ('小马v1 的铝合金版本 (N3710 4千兆)：[页面介绍](https://item.taobao.com/item.htm?spm=a230r.1.14.20.144c763fRkK0VZ&id=561126544764 " 小马v1 的铝合金版本")', 'taobao', 'listing', '561126544764'),  # github-index:22654851987
    ('                .addUrl("https://detail.tmall.com/item.htm?spm=a230r.1.14.26.53b73936xvmiyu&id=562133187987&ns=1&abbucket=7&sku_properties=5919063:6536025")', 'tmall', 'listing', '562133187987'),  # github-index:28627970997
    ('| X3派机器人          | 轮趣科技 | [点击跳转](https://item.taobao.com/item.htm?spm=a230r.1.14.17.55e556912LPGGx&id=676436236906&ns=1&abbucket=12#detail)                                             |', 'taobao', 'listing', '676436236906'),  # github-index:11439534207
    ('                "https://item.taobao.com/item.htm?spm=a230r.1.14.316.5aec2f1f1KyoMC&id=580168318999&ns=1&abbucket=1#detail";', 'taobao', 'listing', '580168318999'),  # github-index:3555763617
    ('  | Frame                      | QAV250               | 1        | 38         | 38          | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=520738516076&_u=l32egecqf290 |', 'taobao', 'listing', '520738516076'),  # github-index:5766681927
    ('  | ESC                        | EMAX 45A             | 4        | 89         | 356         | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=627250691828&_u=l32egecq104a |', 'taobao', 'listing', '627250691828'),  # github-index:5766681927
    ('  | Flight Controller          | CUAV NORA            | 1        | 1669       | 1669        | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=618340579779&_u=l32egecq6321 |', 'taobao', 'listing', '618340579779'),  # github-index:5766681927
    ('  |                            | V5+                  | 1        | 1499       | 1499        | https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-22188405087.10.39df7ad6BKLAJz&id=594262853015 |', 'taobao', 'listing', '594262853015'),  # github-index:5766681927
    ('  |                            | X7                   | 1        | 1999       | 1999        | https://item.taobao.com/item.htm?spm=a1z10.5-c-s.w4002-22188405087.22.39df7ad6BKLAJz&id=617384615131 |', 'taobao', 'listing', '617384615131'),  # github-index:5766681927
    ('  | Onboard Computer           | DJI MANIFOLD2-C      | 1        | 8799       | 8799        | https://m.dji.com/cn/product/manifold-2                      |', None, 'not-alibaba-host', None),  # github-index:5766681927
    ('  |                            | JETSON XAVIER NX     | 1        | 6800       | 6800        | https://detail.tmall.com/item.htm?spm=a230r.1.14.33.351a587bMPOWBh&id=619740546745&ns=1&abbucket=3&skuId=4573153270812 |', 'tmall', 'listing', '619740546745'),  # github-index:5766681927
    ('  |                            | NX carrier           | 1        | 889        | 889         | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.40df2e8dWJlaLW&id=613984388047&_u=s32egecqa8ff |', 'taobao', 'listing', '613984388047'),  # github-index:5766681927
    ('  | Stereo Camera              | INTEL REALSENSE D435 | 1        | 1590       | 1590        | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=638877621060&_u=l32egecq42d1 |', 'taobao', 'listing', '638877621060'),  # github-index:5766681927
    ('  | Remote Controller          | RadioLink AT9S PRO   | 1        | 580        | 580         | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=533085053894&_u=l32egecq481a |', 'taobao', 'listing', '533085053894'),  # github-index:5766681927
    ('  | Receiver                   | RadioLink  R12DSM    | 1        | 94         | 94          | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=541658831753&_u=l32egecq5116 |', 'taobao', 'listing', '541658831753'),  # github-index:5766681927
    ('  | Carbon Fiber Board         | Cumtomized           | 1        | 80         | 80          | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=628187754851&_u=l32egecq8290 |', 'taobao', 'listing', '628187754851'),  # github-index:5766681927
    ('  | USB Network Card           | EDIMAX EW7822ULC     | 1        | 188        | 188         | https://item.jd.com/10022884495770.html                      |', None, 'not-alibaba-host', None),  # github-index:5766681927
    ('  | Battery                    | Tattu 2300mAh 4S     | 4        | 125        | 500         | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=583311920871&_u=l32egecq9cf8 |', 'taobao', 'listing', '583311920871'),  # github-index:5766681927
    ('  | TYPEC cable                | 30cm                 | 2        | 27         | 54          | https://detail.tmall.com/item.htm?id=617461584216&spm=a1z09.2.0.0.2abd2e8da0sHzh&_u=l32egecq0e19 |', 'tmall', 'listing', '617461584216'),  # github-index:5766681927
    ('  | Paddle                     | GEMFAN 51477         | 10       | 14         | 140         | https://item.taobao.com/item.htm?spm=a1z09.2.0.0.2abd2e8da0sHzh&id=627007813072&_u=l32egecqfabf |', 'taobao', 'listing', '627007813072'),  # github-index:5766681927
    ('  | XT60 Plug                  |                      | 1        |            |             |                                                              |', None, 'not-a-url', None),  # github-index:5766681927
    ('//https://blog.csdn.net/renyuanxingxing/article/details/80376170', None, 'not-alibaba-host', None),  # github-index:16926606215
    ('//https://item.taobao.com/item.htm?spm=a1z0k.7385961.1997985097.d4918997.2e31588dhxTAy2&id=559875365452&_u=t2dmg8j26111 淘宝地址', 'taobao', 'listing', '559875365452'),  # github-index:16926606215
    ('                        //https://item.taobao.com/item.htm?spm=a21dvs.23580594.0.0.1d293d0dRvzgmU&ft=t&id=686484992981', 'taobao', 'listing', '686484992981'),  # github-index:54041265701
    ('\t\t\t\t//https://item.taobao.com/item.htm?spm=a219r.lm869.14.15.j0yO6r&id=527746136799&ns=1&abbucket=1#detail', 'taobao', 'listing', '527746136799'),  # github-index:10523468424
    ('            this.offerid = pi.src.Replace("https://detail.1688.com/offer/", "").Replace(".html", "");//573918517023', None, 'missing-id', None),  # github-index:8406091572
    ('                //https://item.taobao.com/item.htm?spm=2013.1.0.0.133711d9ERHudl&scm=1007.11855.31966.100200300000007&id=521133979730&pvid=84bf9a22-85c4-42f3-8040-a5344db52958', 'taobao', 'listing', '521133979730'),  # github-index:8406091572
    ('\t\t                //https://item.taobao.com/item.htm?spm=a230r.1.14.47.1a9d6209AYXtdJ&id=532778626075&ns=1&abbucket=11#detail', 'taobao', 'listing', '532778626075'),  # github-index:18443633616
    ('\t\t//https://item.taobao.com/item.htm?spm=a230r.1.14.98.LiLPIn&id=43602241746&ns=1&abbucket=10#detail', 'taobao', 'listing', '43602241746'),  # github-index:27258625022
    ('// 读取温湿度传感器数据  //https://item.taobao.com/item.htm?id=582340027559', 'taobao', 'listing', '582340027559'),  # github-index:5912144903
    ('\t\t\tif (!text.contains("标题:")) {//https://item.taobao.com/item.htm?id=552530797708', 'taobao', 'listing', '552530797708'),  # github-index:30229404916
    ('    //https://item.taobao.com/item.htm?spm=a219r.lm5179.14.1.6b219bc6Obss0G&id=550050795485&ns=1&abbucket=14#detail', 'taobao', 'listing', '550050795485'),  # github-index:13006109055
    ('        //https://gd3.alicdn.com/imgextra/i2/1766746689/TB2BrLmiypnpuFjSZFIXXXh2VXa_!!1766746689.jpg', None, 'not-alibaba-host', None),  # github-index:39297803877
    ('        //https://item.taobao.com/item.htm?spm=a230r.1.14.16.4gpXm5&id=541129381376&ns=1&abbucket=4#detail', 'taobao', 'listing', '541129381376'),  # github-index:39297803877
    ('        //http://192.168.1.103:8080/atguigu/img/oper/1478169868app.html', None, 'not-alibaba-host', None),  # github-index:39297803877
    ('//     //https://detail.1688.com/offer/768691640137.html', '1688', 'listing', '768691640137'),  # github-index:40470540018
    ("//         ['ali_1688', 'https://detail.1688.com/offer/%s.html'],", None, 'missing-id', None),  # github-index:40470540018
    ('//https://detail.1688.com/offer/523156164621.html?spm=a260j.12536084.jwu4t0nz.2.6caf2822Fq3wqW', '1688', 'listing', '523156164621'),  # github-index:47834274847
    ('\t\t//https://detail.1688.com/offer/557648242586.html?spm=b26110380.8880418.csimg003.56.hYQ1dg', '1688', 'listing', '557648242586'),  # github-index:36968713780
    ('url = "https://translate.google.com/translate?sl=zh-CN&tl=en&u=https://https://detail.1688.com/offer/783370703296.html?offerId=783370703296&spm=a260k.home2025.recommendpart.1"', None, 'not-alibaba-host', None),  # github-index:55059674582
    ('//https://detail.1688.com/offer/613495279132.html?spm=a261y.7663282.1998411376.1.394850a3pL7C04&&scm=1007.19151.166084.00&ODitemId=615854850258&itemId=613495279132&pvid=724a52a7-3fd9', '1688', 'listing', '613495279132'),  # github-index:8628763304
    ("    allowed_domains = ['https://detail.1688.com/offer/520275058038.html?spm=a2615.7691456.0.0.d3059e2XM18SA']", '1688', 'listing', '520275058038'),  # github-index:37294117769
    ("    start_urls = ['http://https://detail.1688.com/offer/520275058038.html?spm=a2615.7691456.0.0.d3059e2XM18SA/']", None, 'not-alibaba-host', None),  # github-index:37294117769
    ("                'lazada' => 'lazada.co.th/shop/kanok-product'", 'lazada_th', 'storefront', 'kanok-product'),  # github-index:46234976686
    ('      "https://www.lazada.co.th/shop/kashiwa/?itemId=2350856583&channelSource=pdp",', 'lazada_th', 'storefront', 'kashiwa'),  # github-index:23503424776
    ('            <a href="https://www.lazada.co.th/shop/needed-shop" target="_blank" rel="noopener noreferrer" aria-label="Lazada" class="footer-icon-circle">', 'lazada_th', 'storefront', 'needed-shop'),  # github-index:56675247812
    ("    shopee: 'https://shopee.co.th/jtl.hydraulic',", None, 'not-alibaba-host', None),  # github-index:58110130589
    ("    lazada: 'https://www.lazada.co.th/shop/jtl-hydraulic/',", 'lazada_th', 'storefront', 'jtl-hydraulic'),  # github-index:58110130589
    ('          <a href="https://www.lazada.co.th/shop/earth-lab?path=index.htm&lang=en&pageTypeId=1">', 'lazada_th', 'storefront', 'earth-lab'),  # github-index:37081105124
    ('                                    <a class="dropdown-item" href="https://www.lazada.co.th/shop/hotta/?spm=a2o4m.pdp_revamp.seller.1.231955ed7NYv4C&itemId=1772586175&channelSource=pdp" target="_blank">', 'lazada_th', 'storefront', 'hotta'),  # github-index:13971649381
    ("  SELECT 'Lazada', '/Swizer/Lazada_(2019).svg.png', 'https://www.lazada.co.th/shop/swizer-store', 2, 1 UNION ALL", 'lazada_th', 'storefront', 'swizer-store'),  # github-index:71159165792
    ('                        <a href="https://www.lazada.co.th/shop/jw-jingweitip/?spm=a2o4m.pdp_revamp.seller.1.7ecf41f8hb1o3I&itemId=4370282627&channelSource=pdp">', 'lazada_th', 'storefront', 'jw-jingweitip'),  # github-index:7108779841
    ('- Lazada: https://www.lazada.co.th/shop/saboo-thailand', 'lazada_th', 'storefront', 'saboo-thailand'),  # github-index:5162647292
    ('- ช้อปปิ้งมอลล์: www.saboomall.com', None, 'not-alibaba-host', None),  # github-index:5162647292
    ('      lazada: "https://www.lazada.co.th/shop/anker",', 'lazada_th', 'storefront', 'anker'),  # github-index:59678442242
    ('                                                                    <span>&ensp;lazada.vn/shop/</span>', None, 'missing-id', None),  # github-index:71501320268
    ('            <a href="https://www.lazada.vn/shop/unilever-cham-soc-ve-dep">', 'lazada_vn', 'storefront', 'unilever-cham-soc-ve-dep'),  # github-index:5110901736
    ('      href: "https://www.lazada.vn/shop/teelab/?path=promotion-40936-0.htm&tab=promotion",', 'lazada_vn', 'storefront', 'teelab'),  # github-index:60734572
    ('LAZADA_TARGET = ParsedCompetitor("lazada", None, "ten-shop", "https://www.lazada.vn/shop/ten-shop")', 'lazada_vn', 'storefront', 'ten-shop'),  # github-index:61717759883
    ('                        <a href="https://www.lazada.vn/shop/teelab" className="social-button lazada"', 'lazada_vn', 'storefront', 'teelab'),  # github-index:30490328390
    ("        des: 'lazada.vn/shop/posme · 892 sản phẩm sync',", 'lazada_vn', 'storefront', 'posme'),  # github-index:54024790688
    ("        const url = 'https://www.lazada.vn/shop/fonterra-official-store?tab=promotion&path=promotion-30470-0.htm';", 'lazada_vn', 'storefront', 'fonterra-official-store'),  # github-index:7209026152
    ('                                <a href="https://www.lazada.vn/shop/nha-nam-tphcm1632821525/" class="social-button" title="Lazada" target="_blank" rel="nofollow">', 'lazada_vn', 'storefront', 'nha-nam-tphcm1632821525'),  # github-index:12008906377
    ('        url: "https://www.lazada.vn/shop/vicophar-viet-nam",', 'lazada_vn', 'storefront', 'vicophar-viet-nam'),  # github-index:43765774388
    ('        #<<a class="pdp-link pdp-link_size_l pdp-link_theme_black seller-name__detail-name" target="_self" href="//www.lazada.vn/shop/xtep-official-store/?itemId=348608175&amp;channelSource=pdp">XTEP Official Store</a>', 'lazada_vn', 'storefront', 'xtep-official-store'),  # github-index:23231655367
    ('\tAmoeba官方文档地址：<a href="http://docs.hexnova.com/amoeba/index.html ">http://docs.hexnova.com/amoeba/index.html&nbsp;</a><br />', None, 'not-alibaba-host', None),  # github-index:26465668667
    ('n<p><strong>*** Link Kh&oacute;a Học&nbsp;:&nbsp;</strong><a href=\\"https://tongkhonhaccu.com/khoa-hoc-dan-guitar-dem-hat-hien-rau.html\\">https://tongkhonhaccu.com/khoa-hoc-dan-guitar-dem-hat-hien-rau.html&nbsp;</a></p>\\r\\n', None, 'not-alibaba-host', None),  # github-index:19912316239
    ('[https://item.taobao.com/item.htm?spm=a1z10.3-c-s.w4002-21482550023.12.1a635d5fCeInSr&amp;id=605430480347](https://item.taobao.com/item.htm?spm=a1z10.3-c-s.w4002-21482550023.12.1a635d5fCeInSr&id=605430480347)', 'taobao', 'listing', '605430480347'),  # github-index:8843098233
    ('| on [AliExpress](https://it.aliexpress.com/item/1005005953179540.html?) |', 'aliexpress', 'listing', '1005005953179540'),  # github-index:27914613092
    ('        ? "https://it.aliexpress.com/item/$id_prodotto.html"', None, 'missing-id', None),  # github-index:61191297152
    ('        : "https://www.amazon.it/dp/$id_prodotto";', None, 'not-alibaba-host', None),  # github-index:61191297152
    ('ale machined pins, >=9.7mm length                    | You can source these on AliExpress, here is an [example](https://it.aliexpress.com/item/33019740866.html). |', 'aliexpress', 'listing', '33019740866'),  # github-index:1224869778
    ('<code>Link</code>: [Click-here](https://it.aliexpress.com/item/32984667875.html?gatewayAdapt=glo2ita&spm=a2g0o.productlist.0.0.757d6a76EX7cRW&algo_pvid=e50159a6-6599-4880-aa28-8534ffa', 'aliexpress', 'listing', '32984667875'),  # github-index:40885850808
    ('* 17.5€, bought on Aliexpress: https://it.aliexpress.com/item/1005007027676026.html?spm=a2g0o.order_list.order_list_main.31.42f53696cth4st&gatewayAdapt=glo2ita', 'aliexpress', 'listing', '1005007027676026'),  # github-index:26749631987
    ('      "https://it.aliexpress.com/item/1005001234567.html?utm_source=email",', 'aliexpress', 'listing', '1005001234567'),  # github-index:52436511872
    ("- Per tutti i cittadini USA si usera': https://it.aliexpress.com/item/1005011898551303.html", 'aliexpress', 'listing', '1005011898551303'),  # github-index:71173382867
    ('* [WeiHeng WH-C07](https://it.aliexpress.com/item/1005004488455473.html?spm=a2g0o.productlist.main.45.6640ebyYebyYDH&algo_pvid=4eb4987b-360f-48ef-b21f-248b90a92ae2&algo_e', 'aliexpress', 'listing', '1005004488455473'),  # github-index:24159192408
    ('- 1000PR jog wheel encoder [Exlimb E6B2-CWZ1X Incremental Rotary Encoder](https://it.aliexpress.com/item/1005006632253177.html).', 'aliexpress', 'listing', '1005006632253177'),  # github-index:54819869238
    ('- [ESP32](https://it.aliexpress.com/item/1005006336964908.html?spm=a2g0o.productlist.main.1.74dcJYYTJYYT9c&algo_pvid=b82dedef-8127-41d0-acf1-41ef19eff18a&algo_ex', 'aliexpress', 'listing', '1005006336964908'),  # github-index:42851312072
    ('| 1× | 1.54" TFT 240×240 ST7789 display | [AliExpress](https://pt.aliexpress.com/item/1005008723433125.html) |', 'aliexpress', 'listing', '1005008723433125'),  # github-index:66725097200
    ('| 2× | 6×6×8 mm tactile push button | [AliExpress](https://pt.aliexpress.com/item/1005007623070623.html) |', 'aliexpress', 'listing', '1005007623070623'),  # github-index:66725097200
    ('| 1× | **LDR light-sensor module** (replaces buzzer) | [AliExpress](https://de.aliexpress.com/item/1005008608771773.html) |', 'aliexpress', 'listing', '1005008608771773'),  # github-index:66725097200
    ('| — | 1.27 mm flat ribbon cable (or any thin wire) | [AliExpress](https://pt.aliexpress.com/item/1005007868158870.html) |', 'aliexpress', 'listing', '1005007868158870'),  # github-index:66725097200
    ('| 4× | M2 heat-set brass insert (OD ≈ 3.2 mm, L ≈ 3 mm) | [AliExpress](https://www.aliexpress.us/item/3256807466816961.html) |', 'aliexpress', 'listing', '3256807466816961'),  # github-index:66725097200
    ('| 4× | M2 × 8 mm screw | [AliExpress](https://www.aliexpress.us/item/3256805692722422.html) |', 'aliexpress', 'listing', '3256805692722422'),  # github-index:66725097200
    ('| ESP32-C3 supermini | PlatformIO board `esp32-c3-devkitc-02`, pioarduino platform, native USB-CDC | €2.85 | [AliExpress](https://pt.aliexpress.com/item/1005006406538478.html) |', 'aliexpress', 'listing', '1005006406538478'),  # github-index:52799404715
    ('| INA226 breakout | I²C address `0x40`, 0.1 Ω shunt | €2.30 | [AliExpress](https://pt.aliexpress.com/item/1005009890292157.html) |', 'aliexpress', 'listing', '1005009890292157'),  # github-index:52799404715
    ('| ST7789 banner panel | 320×172, requires `CGRAM_OFFSET` and BGR colour order | €2.88 | [AliExpress](https://pt.aliexpress.com/item/1005011879100861.html) |', 'aliexpress', 'listing', '1005011879100861'),  # github-index:52799404715
    ('| 2× JST-PH 2.0 | battery-side and DUT-side power terminals | €2.85 / 10 pairs | [AliExpress](https://pt.aliexpress.com/item/4001034326413.html) |', 'aliexpress', 'listing', '4001034326413'),  # github-index:52799404715
    ('                    placeholder="https://pt.aliexpress.com/item/..."', None, 'missing-id', None),  # github-index:6698912390
    ("    return redirect(URL . 'https://pt.aliexpress.com/item/' . $product_id . '.html');", None, 'missing-id', None),  # github-index:37813038920
    ("'https://www.lazada.co.id/shop/royal-canin',", 'lazada_id', 'storefront', 'royal-canin'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/universal-robina',", 'lazada_ph', 'storefront', 'universal-robina'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/heineken-malaysia',", 'lazada_my', 'storefront', 'heineken-malaysia'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/dugro',", 'lazada_my', 'storefront', 'dugro'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/mac-cosmetics',", 'lazada_ph', 'storefront', 'mac-cosmetics'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/carelatex/',", 'lazada_my', 'storefront', 'carelatex'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/la-tulipe-store',", 'lazada_id', 'storefront', 'la-tulipe-store'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/p-g-beauty-official-store/?',", 'lazada_ph', 'storefront', 'p-g-beauty-official-store'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/dettol-durex-finish-airwick-gaviscon-vanish-harpic',", 'lazada_my', 'storefront', 'dettol-durex-finish-airwick-gaviscon-vanish-harpic'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/drypers-vinda-dr-p-libresse-tempo-tena',", 'lazada_my', 'storefront', 'drypers-vinda-dr-p-libresse-tempo-tena'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/godrej-official-store',", 'lazada_id', 'storefront', 'godrej-official-store'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/make-over',", 'lazada_id', 'storefront', 'make-over'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/kordels',", 'lazada_sg', 'storefront', 'kordels'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/aatas-cat',", 'lazada_my', 'storefront', 'aatas-cat'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/oemah-herborist-official-store',", 'lazada_id', 'storefront', 'oemah-herborist-official-store'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/mamypoko-moony',", 'lazada_my', 'storefront', 'mamypoko-moony'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/loreal-paris',", 'lazada_sg', 'storefront', 'loreal-paris'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/myeureka-official-store',", 'lazada_sg', 'storefront', 'myeureka-official-store'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/bodyxpert/',", 'lazada_id', 'storefront', 'bodyxpert'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/l-oreal-paris',", 'lazada_ph', 'storefront', 'l-oreal-paris'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/holika-holika/',", 'lazada_id', 'storefront', 'holika-holika'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/aik-cheong-coffee-roaster-',", 'lazada_my', 'storefront', 'aik-cheong-coffee-roaster-'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/arla',", 'lazada_sg', 'storefront', 'arla'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/dear-klairs/',", 'lazada_id', 'storefront', 'dear-klairs'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/cadbury-oreo-chipsmore-twisties-official-store',", 'lazada_my', 'storefront', 'cadbury-oreo-chipsmore-twisties-official-store'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/p-g-malaysia',", 'lazada_my', 'storefront', 'p-g-malaysia'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/pet-lovers-centre',", 'lazada_sg', 'storefront', 'pet-lovers-centre'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/san-miguel-foods-frozen-chilled-store',", 'lazada_ph', 'storefront', 'san-miguel-foods-frozen-chilled-store'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/pg',", 'lazada_sg', 'storefront', 'pg'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/ajinomoto1627795953',", 'lazada_my', 'storefront', 'ajinomoto1627795953'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/maybelline/',", 'lazada_ph', 'storefront', 'maybelline'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/aptamil-dumex',", 'lazada_sg', 'storefront', 'aptamil-dumex'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/pawsitive-vibes',", 'lazada_id', 'storefront', 'pawsitive-vibes'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/missha-indonesia-official',", 'lazada_id', 'storefront', 'missha-indonesia-official'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/durex',", 'lazada_sg', 'storefront', 'durex'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/pet-kingdom-store/',", 'lazada_id', 'storefront', 'pet-kingdom-store'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/century-food/',", 'lazada_ph', 'storefront', 'century-food'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/mars-wrigley',", 'lazada_sg', 'storefront', 'mars-wrigley'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/senka-by-finetoday',", 'lazada_id', 'storefront', 'senka-by-finetoday'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/laz-mama-shop',", 'lazada_sg', 'storefront', 'laz-mama-shop'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/detail-cosmetics/',", 'lazada_ph', 'storefront', 'detail-cosmetics'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/sr',", 'lazada_ph', 'storefront', 'sr'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/cf',", 'lazada_id', 'storefront', 'cf'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/nestle/',", 'lazada_my', 'storefront', 'nestle'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/ah-huat-',", 'lazada_my', 'storefront', 'ah-huat-'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/himalaya-wellness',", 'lazada_sg', 'storefront', 'himalaya-wellness'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/mustika-ratu-id',", 'lazada_id', 'storefront', 'mustika-ratu-id'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/blk-cosmetics/',", 'lazada_ph', 'storefront', 'blk-cosmetics'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/emina/',", 'lazada_id', 'storefront', 'emina'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/unilever-food-solutions/',", 'lazada_id', 'storefront', 'unilever-food-solutions'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/smartheart/',", 'lazada_my', 'storefront', 'smartheart'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/belo/',", 'lazada_ph', 'storefront', 'belo'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/zest-o-official-store',", 'lazada_ph', 'storefront', 'zest-o-official-store'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/s26',", 'lazada_sg', 'storefront', 's26'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/frisian-flag',", 'lazada_id', 'storefront', 'frisian-flag'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/jasminefoodos',", 'lazada_my', 'storefront', 'jasminefoodos'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/lion',", 'lazada_sg', 'storefront', 'lion'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/popmiestore/',", 'lazada_id', 'storefront', 'popmiestore'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/ur-munchy-s-store',", 'lazada_my', 'storefront', 'ur-munchy-s-store'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/cature-indonesia/',", 'lazada_id', 'storefront', 'cature-indonesia'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/sk-ii',", 'lazada_id', 'storefront', 'sk-ii'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/f-n-sg',", 'lazada_sg', 'storefront', 'f-n-sg'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/nature-s-way',", 'lazada_my', 'storefront', 'nature-s-way'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/kimberly-clark1632817711',", 'lazada_sg', 'storefront', 'kimberly-clark1632817711'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/pixy1632881128',", 'lazada_id', 'storefront', 'pixy1632881128'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/human-nature1630478979',", 'lazada_ph', 'storefront', 'human-nature1630478979'),  # github-index:39597051968
    ("'https://www.lazada.co.id/shop/wardah-ofc-store/',", 'lazada_id', 'storefront', 'wardah-ofc-store'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/brands',", 'lazada_sg', 'storefront', 'brands'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/qv',", 'lazada_sg', 'storefront', 'qv'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/lazada-groceries',", 'lazada_my', 'storefront', 'lazada-groceries'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/olly1625144608',", 'lazada_sg', 'storefront', 'olly1625144608'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/hill-s-pet-nutrition-official-store',", 'lazada_my', 'storefront', 'hill-s-pet-nutrition-official-store'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/carlsberg-official-store1620361782',", 'lazada_sg', 'storefront', 'carlsberg-official-store1620361782'),  # github-index:39597051968
    ("'https://www.lazada.com.my/shop/bdg-express-sabah-sarawak',", 'lazada_my', 'storefront', 'bdg-express-sabah-sarawak'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/shop/fresh/',", 'lazada_ph', 'storefront', 'fresh'),  # github-index:39597051968
    ("'https://www.lazada.sg/shop/bayer-official-store',", 'lazada_sg', 'storefront', 'bayer-official-store'),  # github-index:39597051968
    ("#     'https://lazada.com.ph/shop/enfagrow-store',", 'lazada_ph', 'storefront', 'enfagrow-store'),  # github-index:39597051968
    ("#     'https://lazada.com.ph/shop/sustagen-adult-nutrition-milk',", 'lazada_ph', 'storefront', 'sustagen-adult-nutrition-milk'),  # github-index:39597051968
    ("#     'https://www.lazada.com.my/shop/health-lane-family-pharmacy/?itemId=325277093&channelSource=pdp',", 'lazada_my', 'storefront', 'health-lane-family-pharmacy'),  # github-index:39597051968
    ("#     'https://www.lazada.com.ph/shop/abbott1630395516',", 'lazada_ph', 'storefront', 'abbott1630395516'),  # github-index:39597051968
    ("'https://www.lazada.com.ph/unilever-beauty',", None, 'not-a-listing', None),  # github-index:39597051968
    ("'https://www.lazada.com.ph/ul-skin-sciences',", None, 'not-a-listing', None),  # github-index:39597051968
    ("#     'https://shopee.ph/reckitthealthofficial',", None, 'not-alibaba-host', None),  # github-index:39597051968
    ('<https://item.taobao.com/item.htm?id=622263169337>', 'taobao', 'listing', '622263169337'),  # github-index:53748255574
    ('-EV-Board <https://docs.espressif.com/projects/espressif-esp-dev-kits/zh_CN/latest/esp32s3/esp32-s3-lcd-ev-board/user_guide.html>`_：目前支持 800 x 480 4.3 寸（RGB） 和 480 x 480 3.95 寸（RGB）两种子板，支持电容触屏。 `购买链接 <https://item.taobao.com/item.htm?spm=a1z10.5-c.w4002-8715811636.23.4bc567d8eBiLiI&id=680580609719>`_', None, 'not-alibaba-host', None),  # github-index:20471783327
    ('支持电容触屏。 `购买链接 <https://item.taobao.com/item.htm?spm=a1z10.5-c.w4002-8715811636.23.4bc567d8eBiLiI&id=680580609719>`_', 'taobao', 'listing', '680580609719'),  # github-index:20471783327
    ('411CEU6 | [STM32F411CE](<https://www.st.com/en/microcontrollers-microprocessors/stm32f411ce.html>) | [在 STM32F411 上使用 openvela 点亮 LED](</document?id=598&version=dev&language=cn>) | 物联网、工业自动化 | [购买链接](<https://item.taobao.com/item.htm?abbucket=11&id=594670660262&ns=1&pisk=g--sY9MMDTfFh3IYhNDUVsm6s9IjkvorC-6vEKEaHGITDxO2Tn7AgVAflIRhkhSwQB1vaB1T0qfaci9XiIRXnAXAMIdfgFuE4dvGmihzG0oyIpevwdA_WlpKHtBuMv7TzUdWfihramaUpNcNDIRWgwmLJTfdBtCADv', None, 'not-alibaba-host', None),  # github-index:58284777890
    ('| 物联网、工业自动化 | [购买链接](<https://item.taobao.com/item.htm?abbucket=11&id=594670660262&ns=1&pisk=g--sY9MMDTfFh3IYhNDUVsm6s9IjkvorC-6vEKEaHGITDxO2Tn7AgVAflIRhkhSwQB1vaB1T0qfaci9XiIRXnAXAMIdfgFuE4dvGmihzG0oyIpevwdA_WlpKHtBuMv7TzUdWfihramaUpNcNDIRWgwmLJTfdBtCADv', 'taobao', 'listing', '594670660262'),  # github-index:58284777890
    ('> 🛒 **Buy the hardware (Taobao)**: <https://item.taobao.com/item.htm?id=650865599184&skuId=5500508256776>', 'taobao', 'listing', '650865599184'),  # github-index:70393438543
    ('The following Wi-Fi NIC models are available in our `PicoScenes Taobao Shop <https://item.taobao.com/item.htm?id=648560374131>`_ ^_^.', 'taobao', 'listing', '648560374131'),  # github-index:38746001485
    ('   淘宝 `亚博智能科技: 树莓派5代 <https://item.taobao.com/item.htm?abbucket=13&id=752288296981&ns=1>`_', 'taobao', 'listing', '752288296981'),  # github-index:695900945
    ('现成丝杠参考：<https://item.taobao.com/item.htm?spm=a21n57.1.0.0.69d2523cYuOP1g&id=692504254455&ns=1&abbucket=17#detail>', 'taobao', 'listing', '692504254455'),  # github-index:43235569051
    ('| Display/controller | 1 | ESP32-S3-Touch-LCD-2.4, N16R8, 240 x 320 | PCB outline and free GPIO still require seller confirmation | CNY 85 | <https://item.taobao.com/item.htm?id=1063356175511> |', 'taobao', 'listing', '1063356175511'),  # github-index:60665186855
    ('- 方式3： 如当前模组未烧录 TuyaOpen 授权码，可通过 `https://item.taobao.com/item.htm?ft=t&id=911596682625&spm=a21dvs.23580594.0.0.621e2c1bzX1OIP <https://item.taobao.com/item.htm?ft=t&id=911596682625&spm=a21dvs.23580594.0.0.621e2c1bzX1OIP>`_ 页面购买 **TuyaOpen 授权码**，然后将 `apps/tuya_cloud/switch_demo/src/tuya_config.h <https://github.com/tuya/TuyaOpen/blob/master/apps/tuya_cloud/sw', 'taobao', 'listing', '911596682625'),  # github-index:14126389526
    ('产品链接：[ 小智AI ESP32-S3核心板 兼容DevKitC-N16R8 GoouuuESP32开发板 ] (<https://item.taobao.com/item.htm?id=659498263638>)', 'taobao', 'listing', '659498263638'),  # github-index:6625866696
    ("        content: '【天猫】双11返场优惠来啦！全场5折起，限时抢购，先到先得！点击链接进入会场：http://tmall.com/sale',", None, 'not-a-listing', None),  # github-index:36878564254
    ("            'clickUrl'=>'http://s.click.taobao.com/t?e=m%3D2%26s%3Dw0GvCHM7Pr8cQipKwQzePOeEDrYVVa64pRe%2F8jaAHci5VBFTL4", None, 'short-link', None),  # github-index:18356494952
    ("//    text: '【天猫】M20000超薄充电宝迷你可爱MIUI蘋果6s手机7通用移动电源毫安50000【包邮】\\n【在售价】66.90\\n【券后价】36.90\\n【下单链接】http://www.996shop.com/bd/658988',", None, 'not-alibaba-host', None),  # github-index:24848300928
    ("//    imageUrl : 'http://gaitaobao4.alicdn.com/tfscom/i2/2452347015/TB1CefygPihSKJjy0FlXXadEXXa_!!0-item_pic.jpg',", None, 'not-alibaba-host', None),  # github-index:24848300928
    ('            \'<img width="28" height="28" src="https://ae-pic-a1.aliexpress-media.com/kf/Sea490519c5994e13952bf62997b70a09o/84x84.png">\'', None, 'not-alibaba-host', None),  # github-index:71422232329
    ('        "image": "//ae-pic-a1.aliexpress-media.com/kf/Sacc3e4d7556c44f1adaf866d7b105087e.jpg",', None, 'not-alibaba-host', None),  # github-index:17294824
    ("    imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/A337a8b282d584134bc60ced699e7b471B.jpg_640x640q75.jpg_.avif'", None, 'not-alibaba-host', None),  # github-index:8415822034
    ('                        <img src="https://ae-pic-a1.aliexpress-media.com/kf/S1af3745f87c94ae0b90ddf824d0110d8c.jpg_960x960q75.jpg_.avif" alt="Xiaomi Pro 4 Black" class="w-fu', None, 'not-alibaba-host', None),  # github-index:31562648524
    ('     * 参数示例：<pre>http://img01.taobaocdn.com/bao/uploaded/TB1rNdGIVXXXXbTXFXXXXXXXXXX.jpg</pre>     ', None, 'not-alibaba-host', None),  # github-index:38270036466
    ('//\t\t\t\t\tString url="http://download.taobaocdn.com/wireless/taobao4android/latest/701483.apk";', None, 'not-alibaba-host', None),  # github-index:48727503711
    ('<img src="http://img01.taobaocdn.com/imgextra/i1/160310864/TB2mN_5cVXXXXaEXpXXXXXXXXXX_!!160310864.png" style="width:100%" />', None, 'not-alibaba-host', None),  # github-index:28184988051
    ('![hadoop hive namenode 迁移](http://img04.taobaocdn.com/imgextra/i4/T1_OqfXfNnXXbx.crb_093330.jpg) 使用了一段时间的hive和hadoop，在迁移datanode时很容易，要迁移namenode，hive里就闹情绪了。', None, 'not-alibaba-host', None),  # github-index:6115044771
    ('            <avatar>http://assets.taobaocdn.com/app/sns/img/default/avatar-120.png</avatar>', None, 'not-alibaba-host', None),  # github-index:201036411
    ('//     https://aliexpress.ru/e/_XXXXXX   (RU-шэр)', None, 'short-link', None),  # github-index:70382096132 (sweep 10: the RU share link)
    ('//   - AliExpress: https://a.aliexpress.com/_XXXXXX  (мобильный шэр)', None, 'short-link', None),  # github-index:70382096132
    ('\t\t{"https://aliexpress.ru/e/_abc", true},', None, 'short-link', None),  # github-index:70644758525 (sweep 10: the RU share link)
    ('\t\t{"https://aliexpress.ru/item/123.html", false}, // полный URL', None, 'malformed-id', None),  # github-index:70644758525
    ('\t\t{"https://s.click.aliexpress.com/e/_xyz", true},', None, 'short-link', None),  # github-index:70644758525
    ('//                                medicineLink = "https://s.lazada.co.id/s.Zbre7o"', None, 'short-link', None),  # github-index:39869541941
    ('                                    <a href="https://s.lazada.co.id/s.b7283" target="blank" class="social-icon si-small si-square topmargin-sm" title="Lazada" style="width: 50px; height: 50px; border: none;">', None, 'short-link', None),  # github-index:9873618275
    ('            <a href = "https://s.lazada.co.id/s.7qYuU"> <img src = "{{asset(\'images/logo_lazada.png\')}}" style = "width:175px;height:55px;margin-left:15px;margin-top:15px;"></a>', None, 'short-link', None),  # github-index:47173807966
    ('                <a href="https://s.lazada.co.id/s.rOJBT" target="_blank">', None, 'short-link', None),  # github-index:47860221858
    ("export const lazadaLink = 'https://s.lazada.co.id/s.jJc2E';", None, 'short-link', None),  # github-index:540864481
    ("export const bukalapakLink = 'https://www.bukalapak.com/telkomsel-official-store-official';", None, 'not-alibaba-host', None),  # github-index:540864481
    ('    "- Lazada: https://s.lazada.co.id/s.ZYQlXU?cc",', None, 'short-link', None),  # github-index:52794658157
    ('    "- Shopee: https://s.shopee.co.id/1VnYnMyZHe",', None, 'not-alibaba-host', None),  # github-index:52794658157
    ("url = 'https://s.lazada.co.id/s.cnC0l'", None, 'short-link', None),  # github-index:27514375948
    ('                                <a href="https://s.lazada.co.id/s.nM8Ol" target="_blank" class="cart-btn"><i class="fas fa-shopping-cart"></i> Lazada</a><br><br>', None, 'short-link', None),  # github-index:20242863564
    ('      url: "https://s.lazada.co.id/s.NvjMT",', None, 'short-link', None),  # github-index:69551645474
    ('      url: "https://s.lazada.co.id/s.NvjLs",', None, 'short-link', None),  # github-index:69551645474
    ('    //   url: "https://shp.ee/2nheyv5",', None, 'not-alibaba-host', None),  # github-index:69551645474
    ('            href="https://s.lazada.co.id/s.wR7pu"', None, 'short-link', None),  # github-index:11860542579
    ("const CANONICAL_PREFIX = 'https://h5.m.goofish.com/item?id=';", None, 'missing-id', None),  # github-index:55270181832
    ('                "link": f"https://www.goofish.com/item?id={item_id}",', None, 'malformed-id', None),  # github-index:68793023067
    ('            "商品链接": "https://www.goofish.com/item?id=123456",', 'taobao', 'listing', '123456'),  # github-index:58796892267
    ('            "url": "https://www.goofish.com/item?id=123",', None, 'malformed-id', None),  # github-index:65805819072
    ("try { await page.goto('https://www.goofish.com/item?id=1045171414271', { waitUntil: 'domcontentloaded', timeout: 60000 }); } catch {}", 'taobao', 'listing', '1045171414271'),  # github-index:71342794032
    ('    url = f"https://www.goofish.com/item?id={item_id}&categoryId={category_id}"', None, 'malformed-id', None),  # github-index:62420405667
    (' <table style=\\"margin: 0.0px auto;\\" border=\\"0\\" cellspacing=\\"0\\" cellpadding=\\"0\\">  <tbody><tr> <td> <div> &nbsp; </div> <div> <a href=\\"https://detail.tmall.hk/hk/item.htm?id=575153295527\\" target=\\"_blank\\"></a><a href=\\"https://detail.tmall.hk/hk/item.htm?id=575153295527\\" target=\\"_blank\\"></a> </div> </td> </tr>  </t', 'tmall_global', 'listing', '575153295527'),  # github-index:26623996707
    ("                is_tmall_hk = re.compile(r'https://detail.tmall.hk/.*?item.htm.*?').findall(tmall_url)      # 因为中间可能有国家的地址 如https://detail.tmall.hk/hk/item.htm?", None, 'not-a-listing', None),  # github-index:27615063249
    ("      'https://detail.tmall.hk/hk/item.htm?id=3',", None, 'malformed-id', None),  # github-index:60150063163
    ("GetUrl('https://detail.tmall.hk/hk/item.htm?id=520406212687&ali_trackid=2:mm_49435060_12504112_47316109:1524013736_324_883216589&spm=a2231.7774930.8223595181.1.9355785dHRHqCO&scm=20140616.dareng", 'tmall_global', 'listing', '520406212687'),  # github-index:38400188549
    ("        # goods_link = 'https://detail.tmall.hk/hk/item.htm?spm=a1z10.5-b-s.w4011-16816054130.101.3e6227dfLIwIrR&id=555709593338&rn=2563b85d76e776e4dd26a13103df62bd&abbucket=6'", 'tmall_global', 'listing', '555709593338'),  # github-index:30264028613
    ("TA是瑞士超100年历史的手表品牌之一', 0, '', 1380.00, 99.99, 860.00, 'https://www.costco.com/Invicta-Pro-Diver-Scuba-Watch.product.100343913.html', 1550.00, 'https://detail.tmall.hk/hk/item.htm?id=546475751426', '2017-06-03 13:17:07', '2017-06-03 13:17:07', 30, 0, 0),", None, 'not-alibaba-host', None),  # github-index:17819886119
    ("1550.00, 'https://detail.tmall.hk/hk/item.htm?id=546475751426', '2017-06-03 13:17:07', '2017-06-03 13:17:07', 30, 0, 0),", 'tmall_global', 'listing', '546475751426'),  # github-index:17819886119
    ("1, 'https://detail.tmall.hk/hk/item.htm?spm=a220m.1000858.1000725.25.39df5dedkLGUE5&id=537118267969&skuId=3207895064628&areaId=440300&sku=21299:27019&standard=1&user_id=2956756848&cat_id=500", 'tmall_global', 'listing', '537118267969'),  # github-index:8003287093
    ('\t\t// "http://detail.tmall.hk/hk/item.htm?spm=a2231.7718719.9575656734.4.t80eli&id=40636096613",', 'tmall_global', 'listing', '40636096613'),  # github-index:5325904268
    ('// "http://item.taobao.com/item.htm?ft=t&id=20692543367", "GBK");', 'taobao', 'listing', '20692543367'),  # github-index:5325904268
    ("   assert.equal(url.href,'https://m.1688.com/offer/813724060928.html');", '1688', 'listing', '813724060928'),  # github-index:71478943998
    ('        # 阿里1688手机版地址: https://m.1688.com/offer/559836312862.html', '1688', 'listing', '559836312862'),  # github-index:27674135718
    ('        "• https://detail.1688.com/offer/123456.html\\n"', '1688', 'listing', '123456'),  # github-index:66081360721
    ('        "• http://m.1688.com/offer/123456.html\\n\\n"', '1688', 'listing', '123456'),  # github-index:66081360721
    ("            'source_url' => 'https://m.1688.com/offer/1.html',", None, 'malformed-id', None),  # github-index:69003481983
    ("                item['url'] = 'https://m.1688.com/offer/{}.html?'.format(", None, 'missing-id', None),  # github-index:3534113777
    ('        sourceUrl: `https://m.1688.com/offer/${supplierOfferId}.html`,', None, 'missing-id', None),  # github-index:61429094401
    ('`CUAV Alibaba <https://cuav.en.alibaba.com/product/1600431150057-820872629/Free_shipping_Pre_sale_price_CUAV_C_RTK_2_Muti_frequency_PPK_Drone_PPK_Kit_for_Pixhawk_Fixed_Wing_VTOL.html?spm=a2700.shop_ind', 'alibaba_com', 'listing', '1600431150057'),  # github-index:6422894587
    ('   Alibaba <https://primopal.en.alibaba.com/product/60637037880-811771415/1_2_degree_3_phase_dc_hybrid_china_bipolar_control_step_valve_flat_nema_17_stepper_motor_for_3d_printer_robot_arm_cnc_kit.html>`', 'alibaba_com', 'listing', '60637037880'),  # github-index:12628533813
    ("his are: http://www.applamp.nl/led-magical-bluetooth-led-lamp-16m-kleurenwarm-wit.html. I'm guessing these are more or less the same as: http://zengge.en.alibaba.com/product/1658905204-0/Music_Group_Timer_WiFi_LED_Bulb_Wifi_rgbw_led_bulb_light_E26_E14_E27_LED_WiFi_Bulb.html (be sure to get a **Bluetooth** version!).", None, 'not-alibaba-host', None),  # github-index:16162266634
    ("I'm guessing these are more or less the same as: http://zengge.en.alibaba.com/product/1658905204-0/Music_Group_Timer_WiFi_LED_Bulb_Wifi_rgbw_led_bulb_light_E26_E14_E27_LED_WiFi_Bulb.html (be sure to get a **Bluetooth** version!).", 'alibaba_com', 'listing', '1658905204'),  # github-index:16162266634
    ('    %(mass based on http://haibar.en.alibaba.com/product/703897144-212173963/Gravity_Belt_Thickener_for_Filter_Press_and_Decanter_Centrifuge_HBT_1500.html)', 'alibaba_com', 'listing', '703897144'),  # github-index:33700201187
    ('hållet var en "Wintel Mini PC" som den kallades på eBay, men vid närmare efterforskningar verkade det vara en [CX-W8 från Sunchip](http://sunchip-tech.en.alibaba.com/product/60117269282-800783329/Intel_Bay_Trail_T_Atom_Z3735F_Box_CX_W8_mini_pc_TV_BOX_2G_DDR_32G_Emmc.html). Marknadsfördes dock på sedvanligt kinesiskt vis un', 'alibaba_com', 'listing', '60117269282'),  # github-index:1103877892
    ("    await page.goto('https://chaoshi.tmall.com')", None, 'not-a-listing', None),  # github-index:44811629698
    ('- **https://www.tmall.com/wow** - Tmall Wow (brand promotions)', None, 'not-a-listing', None),  # github-index:52904717333
    ('- **https://ju.tmall.com** - Tmall Ju (group buying/deals)', None, 'not-a-listing', None),  # github-index:52904717333
    ('- **https://chaoshi.tmall.com** - Tmall Supermarket (groceries)', None, 'not-a-listing', None),  # github-index:52904717333
    ('- **https://travel.tmall.com** - Tmall Travel', None, 'not-a-listing', None),  # github-index:52904717333
    ('- **https://www.tmall.com/global** - Tmall Global (cross-border e-commerce)', None, 'not-a-listing', None),  # github-index:52904717333
    ('            shoplink = "http://shop"+shopidtag[0]+".taobao.com"', None, 'not-a-url', None),  # github-index:1501599791 (sweep 12: a template, no host)
    ('        return "http://chaoshi.tmall.com/"', None, 'not-a-listing', None),  # github-index:1501599791
    ('        web.loadUrl("https://chaoshi.tmall.com/");', None, 'not-a-listing', None),  # github-index:15110668767
    ('\t    \t\t\t<a href="//chaoshi.tmall.com?acm=lb-zebra-148799-667861.1003.4.2429983&amp;scm=1003.4.lb-zebra-148799-667861.OTHER_14561837688591_2429983"  aria-label="天猫超市" >', None, 'not-a-listing', None),  # github-index:29876053468
    ('              href="https://chaoshi.tmall.com/?spm=a21bo.21814703.201859.3.49fa11d9BdGwQk"', None, 'not-a-listing', None),  # github-index:20408092029
    ('    sourceUrl: "https://chaoshi.tmall.com",', None, 'not-a-listing', None),  # github-index:54282203516
    ('            target_url="https://sf.taobao.com/list/50025969__2.htm?location_code=110101&st_param=2&page=1",', None, 'not-a-listing', None),  # github-index:60799853540
    ('            "task": {"url": "https://sf.taobao.com/list/50025969__2.htm?page=59", "page": 59},', None, 'not-a-listing', None),  # github-index:61347206224
    ('        "https://sf.taobao.com/list/200782003__1.htm"', None, 'not-a-listing', None),  # github-index:71623960580
    ('PC_HOME_URL = "https://sf.taobao.com/"', None, 'not-a-listing', None),  # github-index:63280125334
    ('PC_KEYWORD_URL = "https://sf.taobao.com/item_list.htm"', None, 'not-a-listing', None),  # github-index:63280125334
    ('1. 用Chrome访问 https://sf.taobao.com', None, 'not-a-listing', None),  # github-index:56204593399
    ("    # 'referer':'https://sf.taobao.com/item_list.htm?spm=a213w.7398504.filter.50.111b7ddaCAkvlS&location_code=440304&auction_source=0&city", None, 'not-a-listing', None),  # github-index:42582934054
    ('#目标：https://mm.taobao.com', None, 'not-a-listing', None),  # github-index:29498395413
    ("            'authority': 'https://mm.taobao.com',", None, 'not-a-listing', None),  # github-index:592773528
    ("            'referer': 'https: // mm.taobao.com / self / model_info.htm?spm = 719.7800760.a312r.2", None, 'not-a-url', None),  # github-index:592773528
    ("        self.siteURL = 'http://mm.taobao.com/json/request_top_list.htm'", None, 'not-a-listing', None),  # github-index:34577451318
    ("url = 'https://mm.taobao.com/self/model_info.htm?user_id=687471686&is_coment=false'", None, 'not-a-listing', None),  # github-index:42461475753
    ('    driver.get("https://mm.taobao.com/search_tstar_model.htm?")#目标网页地址', None, 'not-a-listing', None),  # github-index:24558254103
    ('    get_html("https://mm.taobao.com/tstar/search/tstar_model.do?_input_charset=utf-8")', None, 'not-a-listing', None),  # github-index:49855573848
    ('e MINI-GBIC-LX-SM1310 (1G LX, LC, SMF, 10km) |     2 | ชิ้น    |         1,260.00 |      2,520.00 | Lazada: https://www.lazada.co.th/products/pdp-i5281114919.html | 2026-01-06 | ต้องยืนยันความเข้ากันได้กับ Lenovo 1032T                            |', 'lazada_th', 'listing', '5281114919'),  # github-index:34738520881
    ('    href: "https://www.lazada.co.th/products/pdp-i5601479891-s23835100665.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Aafterdent%253Bnid%253A5601479891%253Bsrc%253', 'lazada_th', 'listing', '5601479891'),  # github-index:44315716032
    ('- 🔵 Lazada: <https://www.lazada.co.th/products/pdp-i16272052824-s127601926818.html>', 'lazada_th', 'listing', '16272052824'),  # github-index:69746491150
    ('- 🟠 Shopee: <https://shopee.co.th/product/5641091/56467266846>', None, 'not-alibaba-host', None),  # github-index:69746491150
    ('| Lazada TH | `https://www.lazada.co.th/products/pdp-i{itemId}-s{shopId}.html` |', None, 'missing-id', None),  # github-index:66252863544
    ('        "product_url": "https://www.lazada.co.th/products/pdp-i100009.html",', 'lazada_th', 'listing', '100009'),  # github-index:60867359855
    ('    href: "https://www.lazada.co.th/products/pdp-i2837290592-s10359248965.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Aafterdent%253Bnid%253A2837290592%253Bsrc%253', 'lazada_th', 'listing', '2837290592'),  # github-index:44359086450
    ('  "nike-air-force-1-07|Lazada": "https://www.lazada.co.th/products/pdp-i16106542551-s126914129880.html",', 'lazada_th', 'listing', '16106542551'),  # github-index:57912283925
    ('  "nike-air-force-1-07|TikTok": "https://vt.tiktok.com/ZS9MEAdLRKL3w-mZLJy/",', None, 'not-alibaba-host', None),  # github-index:57912283925
    ("        $this->assertSame('https://www.lazada.co.th/products/pdp-i5223874171.html', $item['url']);", 'lazada_th', 'listing', '5223874171'),  # github-index:66754824029
    ('    "source": "https://www.lazada.co.th/products/pdp-i3603170719-s13480882463.html",', 'lazada_th', 'listing', '3603170719'),  # github-index:2803576846
    ("          url: 'https://www.lazada.co.th/products/pdp-i4865260802-s20402071949.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Aiphone%252B15%253Bnid%253A4865260802%253Bsrc", 'lazada_th', 'listing', '4865260802'),  # github-index:53206673062
]  # fmt: skip


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


_LINKS = [*SAMPLE_LINKS, "http://example.com/x"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_LINKS),
    st.sampled_from(["", " ", "    ", "\t\t", "x ", "{"]),
    st.sampled_from(["", " ", " 淘宝地址", "\n"]),
    st.sampled_from(["", "HTTP", "Https"]),
)
def test_a_link_commented_out_with_its_scheme_is_the_link(
    link: str, before: str, after: str, scheme: str
) -> None:
    """``//`` glued before a link's scheme (``//https://item.taobao.com/…``, a code comment)
    is a comment's marker, not a protocol-relative link to the host ``https:``: the text gives
    the link's answer, indented or not, with anything after it."""
    if scheme:
        link = scheme + link[link.index(":") :]
    text = f"{before}//{link}{after}"
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)


_AMP_LINKS = [
    "https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-7841214359.4.6lp4CP&id=525842199471",
    "https://detail.tmall.com/item.htm?spm=a1z10&id=612345678901&skuId=4911012597025",
    "https://www.aliexpress.com/item/1005003264388589.html?spm=a2g0o&gatewayAdapt=glo2esp",
    "https://www.lazada.co.th/products/pdp-i4212266679.html?spm=a2o4m&mp=1",
    "https://detail.1688.com/offer/585943639773.html",
    "item.taobao.com/item.htm?spm=a1z10&id=606832683299",
    "https://www.lazada.vn/shop/teelab/?path=promotion-40936-0.htm&tab=promotion",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_AMP_LINKS),
    st.sampled_from(["&#038;", "&#38;", "&#x26;", "&#X26;", "&amp;", "&"]),
    st.sampled_from(["", "&nbsp;", "&NBSP;", "&ensp;", "&emsp;", "&#160;", "&#xa0;"]),
    st.sampled_from(["", "&nbsp;", "&nbsp;&nbsp;", "&#160;", "</a>", "&lt;/a&gt;", "&quot;"]),
    st.sampled_from(["", "see ", "链接：", "- "]),
)
def test_html_entities_read_as_a_browser_renders_them(
    link: str, amp: str, before: str, after: str, word: str
) -> None:
    """A link copied out of HTML source (a WordPress export writes ``&`` as ``&#038;``, an
    editor glues ``&nbsp;`` to a link) gives the link's answer: the ampersand entities are an
    ``&`` (``#038;`` was read as a fragment: ``missing-id``), the space entities a space, the
    markup entities the markup."""
    text = f"{word}{before}{link.replace('&', amp)}{after}"
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["&nbsp;", "&ensp;", "&#160;"]),
    st.sampled_from(["item.taobao.com", "https://item.taobao.com", "//detail.tmall.com"]),
    st.sampled_from([".evil.example", "evil.example", "@evil.example"]),
)
def test_a_space_entity_inside_a_host_splits_it_as_a_space_does(
    space: str, host: str, rest: str
) -> None:
    """A space entity inside a host (``item.taobao.com&nbsp;.evil.example/…``) is refused as
    the same host split by a space is: rendering the entity never joins a marketplace host
    to another."""
    tail = "/item.htm?id=606832683299"
    assert answer(f"{host}{space}{rest}{tail}") == answer(f"{host} {rest}{tail}")
    assert answer(f"{host}{space}{rest}{tail}")[0] is None


@pytest.mark.parametrize(
    "url",
    [
        "https://ju.tmall.com",
        "https://travel.tmall.com/",
        "https://tw.taobao.com/",
        "https://sf.taobao.com",
        "https://paimai.taobao.com/",
        "https://mm.taobao.com",
        "https://eco.taobao.com/",
        "https://oauth.taobao.com",
        "https://rate.tmall.com/",
        "https://mdskip.tmall.com",
    ],
)
def test_service_hosts_are_no_storefronts(url: str) -> None:
    """Tmall's group buying and travel sections, Taobao's Taiwan portal and its judicial
    auctions are services, not storefronts named ``ju``, ``travel``, ``tw``, ``sf``..."""
    assert answer(url) == (None, "not-a-listing", None)


@pytest.mark.parametrize(
    "host",
    [
        "chaoshi.tmall.com",
        "chaoshi.detail.tmall.com",
        "m.1688.com",
        "detail.tmall.com",
        "detail.1688.com",
        "detail.tmall.hk",
        "item.taobao.com",
        "uniqlo.tmall.com",
        "uniqlo.tmall.hk",
        "shop1434560114962.1688.com",
        "www.aliexpress.com",
        "www.lazada.sg",
        "www.goofish.com",
    ],
)
def test_a_root_gives_one_answer_with_or_without_its_slash(host: str) -> None:
    """A host's root is one page: ``https://chaoshi.tmall.com`` and ``https://chaoshi.tmall.com/``
    (Tmall Supermarket's home) get one answer (the second was ``missing-id``)."""
    assert answer(f"https://{host}/") == answer(f"https://{host}")
    assert answer(f"{host}/") == answer(f"https://{host}")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([*_LINKS, *_AMP_LINKS, "item.taobao.com/item.htm?id=606832683299"]),
    st.sampled_from(["Taobao link", "AliExpress", "this", "x|y", "淘宝"]),
    st.sampled_from(["", "see ", "- ", '"text": "']),
)
def test_a_chat_export_link_with_its_text_is_the_link(link: str, label: str, before: str) -> None:
    """A link as a Slack message or export writes it, with its text after a bar
    (``<https://…|AliExpress>``: Slack's mrkdwn link, see mypojo/kx_kotlin_support:light/src/
    main/kotlin/net/kotlinx/slack/SlackFormatSupport.kt), gives the link's answer (the text
    was read into its path or query: ``missing-id``, ``malformed-id``)."""
    text = f"{before}<{link}|{label}>"
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)
