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
  (``not-alibaba-host``); after a word it was already read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import (
    answer,
    batch_and_columnar_give_parse_listing_answer,
    cli_gives_parse_listing_answer,
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
    ("    public $url = 'https://www.lazada.vn/products/mau-moi-2023-set-do-nam-ao-tay-ngan-co-tron-phoi-quan-short-dui-tui-day-zenko-men-qa-085-i557514383-s1200924389.html';", 'lazada_vn', 'listing', '557514383'),  # github-index:31669463002
    ("url = 'https://www.lazada.vn/products/adidas-originals-giay-superstar-nam-mau-trang-gz3413-i1809316659-s8144103383.html?mp=1&spm=a2o4n.seller.list.i40.10e034e", 'lazada_vn', 'listing', '1809316659'),  # github-index:9776614837
    ('        assert is_valid_url("https://www.lazada.vn/products/test") is True', None, 'missing-id', None),  # github-index:55999609852
    ("  const links = ['https://shopee.vn/product/...', 'https://www.lazada.vn/products/...', 'https://www.tiktok.com/...', 'https://shopeefood.vn/...'];", None, 'not-alibaba-host', None),  # github-index:54496072598
    ("# url = r'https://www.lazada.vn/products/dien-thoai-apple-iphone-13-pro-max-128gb-i1522497182-s6393590575.html?search=1&spm=a2o4n.searchlistcategory.list.i72.75b", 'lazada_vn', 'listing', '1522497182'),  # github-index:38382515302
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
]  # fmt: skip


@pytest.mark.parametrize(("text", "platform", "kind_or_code", "id"), ROWS)
def test_row(text: str, platform: str | None, kind_or_code: str, id: str | None) -> None:
    assert answer(text) == (platform, kind_or_code, id)
    assert parse_listing(text) == parse_slowly(text)


def test_cli_gives_parse_listings_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_gives_parse_listing_answer(
        [text for text, *_ in ROWS if text.strip() and "\n" not in text], tmp_path, capsys
    )


def test_batch_and_columnar_give_parse_listing_answer() -> None:
    batch_and_columnar_give_parse_listing_answer([text for text, *_ in ROWS])


_LINKS = [
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?spm=a1z10&id=612345678901&skuId=4911012597025",
    "https://www.lazada.co.th/products/pdp-i4212266679-s7171614375.html?spm=a2o4m",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.alibaba.com/product-detail/HSGQ-XPON-ONU-stick-SC-UPC_1600106627322.html",
    "https://s.click.aliexpress.com/e/_DBjDZqx",
    "https://uniqlo.tmall.com/",
    "https://www.aliexpress.com/store/1102800175",
    "http://example.com/x",
]


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
