"""Sweep realurls65 of listing URLs (notes in /work/notes/sweep-realurls65.md): 113 real
strings as sellers, shoppers and their tools paste them: a buying agent's product spreadsheets
exported to JSON (Panli's ``TB链接`` / ``站内链接`` columns: Taobao and Tmall links with search
tracking, raw Chinese in ``ali_refid``, the agent's own pages, empty cells), a marketplace-link
parser's test of share texts (``m.tb.cn`` with a Taobao command, ``qr.1688.com``), an embed
unshortener's test (``ali.pub``, an AliExpress slug link), a Telegram bot's test of links shared
from a browser with invisible characters (zero-width spaces, a byte-order mark, line and paragraph
separators, as escapes in the source and as the values the test feeds), a Lazada URL parser's
README (its API's response: the slug-less form, an ``s.lazada`` share link), a Xianyu feed mock
(``fleamarket://`` app links, image hosts), a buying agent's guide to clean links (two links
glued by the page's text), a shop's stock list of links copied from the Taobao cart
(``from=cart``, ``mi_id``, ``upStreamPrice``) and a storefront's AliExpress sample data. No
row's line is in an earlier table (checked against every ``tests/**/*.py``).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_64.py, with its source
in a comment. Every row was decided from listing-urls.md and the earlier tables' readings before
``parse_listing`` ran. The parser agreed with every decision but one, which the notes and an
earlier table decide (the row's comment says why): ``getlink-lazada.lslly.com``, first read
``not-alibaba-host``, is a ``lookalike-host`` (section 11: a marketplace's name as a label of
another domain, as ``lazada.evil.com``; test_real_urls_42.py reads this host so). Rows whose
answer rests on an earlier table's reading say which in their comment.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, table_tests

pytestmark = pytest.mark.no_cover  # more than 60 cases: untraced in CI's coverage run

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('    "TB链接": "http://www.panlishop.com/Product/List.html?keyword=%E6%81%B6%E6%90%9E",', None, 'agent-site', None),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.46.AbY2VK&id=44874008216&ns=1&abbucket=19#detail",', 'taobao', 'listing', '44874008216'),  # panli-com/special2016-en:1130/data/data.js
    ('    "站内链接": "http://www.panlishop.com/product/detail/44874008216.html",', None, 'agent-site', None),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-14771126293.92.9TOcTp&id=529814200372",', 'taobao', 'listing', '529814200372'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=529817341420",', 'taobao', 'listing', '529817341420'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=2013.1.20141001.1.4IRBl7&id=535076800401&scm=1007.10115.53307.100200300000000&pvid=1ea3c821-f4d5-494e-aba8-d55f69f0b193&idnum=0",', 'taobao', 'listing', '535076800401'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=540295475714&ali_refid=a3_420435_1006:1123093211:N:fidget+cube:61734dcaed3022eeac4ff75de4d1f221&ali_trackid=1_61734dcaed3022eeac4ff75de4d1f221&spm=a230r.1.1989828.49.AbY2VK",', 'taobao', 'listing', '540295475714'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.240.AbY2VK&id=536466304574&ns=1&abbucket=19",', 'tmall', 'listing', '536466304574'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.218.AbY2VK&id=40799233967&ns=1&abbucket=19#detail",', 'taobao', 'listing', '40799233967'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=44121471229&ali_refid=a3_430585_1006:1121137806:N:%E6%90%9E%E6%80%AA:da16fad730e6f0b89c5ead75701e5c51&ali_trackid=1_da16fad730e6f0b89c5ead75701e5c51&spm=a230r.1.14.1.AbY2VK#detail",', 'taobao', 'listing', '44121471229'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=2013.1.20141001.2.fXqtUf&id=537118899376&scm=1007.10115.53307.100200300000000&pvid=ddd87ad6-e7e7-448e-9ca4-5400dad2c314&idnum=0",', 'taobao', 'listing', '537118899376'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.188.AbY2VK&id=41100805083&ns=1&abbucket=19#detail",', 'taobao', 'listing', '41100805083'),  # panli-com/special2016-en:1130/data/data.js
    ('    "站内链接": "http://www.panlishop.com/product/detail/41720846904.html",', None, 'agent-site', None),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.264.KyAPrJ&id=41448475602&ns=1&abbucket=19#detail",', 'taobao', 'listing', '41448475602'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.157.kG4nrs&id=540337253265&ns=1&abbucket=19#detail",', 'taobao', 'listing', '540337253265'),  # panli-com/special2016-en:1130/data/data.js
    ('    "TB链接": "http://www.panlishop.com/Product/List.html?keyword=%E6%94%B6%E7%BA%B3",', None, 'agent-site', None),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.322.sWoqek&id=534000548752&ns=1&abbucket=19&skuId=3208851467484",', 'tmall', 'listing', '534000548752'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.38.ngawtP&id=41479884545&ns=1&abbucket=19",', 'tmall', 'listing', '41479884545'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a220o.1000855.1998025129.3.X1J0aa&id=534520371215&pvid=365793aa-a757-4c34-bd0b-bcd361af9053&abbucket=_AB-M32_B17&acm=03054.1003.1.971095&aldid=aRPnJJWU&abtest=_AB-LR32-PR32&scm=1007.12559.40794.100200300000000&pos=3",', 'tmall', 'listing', '534520371215'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "http://www.panlishop.com/Product/List.html?keyword=厕所收纳",', None, 'agent-site', None),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=521378479151&ali_refid=a3_420434_1006:1102177712:N:厨房收纳:6d0d0e9cfa7a0259cef8ec3b1c707927&ali_trackid=1_6d0d0e9cfa7a0259cef8ec3b1c707927&spm=a230r.1.1957635.37.TBgr92",', 'taobao', 'listing', '521378479151'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.276.TBgr92&id=26562408849&ns=1&abbucket=19",', 'tmall', 'listing', '26562408849'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?id=35291073533&ali_refid=a3_430583_1006:1106627857:N:%E5%90%B8%E7%9B%98%E5%8D%AB%E7%94%9F%E9%97%B4%E6%B5%B4%E5%AE%A4%20%E7%BD%AE%E7%89%A9%E6%9E%B6:b9dd2dfc699454348f604a022289f52b&ali_trackid=1_b9dd2dfc699454348f604a022289f52b&spm=a230r.1.14.1.0X4DQD&skuId=43910981435",', 'tmall', 'listing', '35291073533'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.13.bNVXOB&id=40997100162&cm_id=140105335569ed55e27b&abbucket=19",', 'tmall', 'listing', '40997100162'),  # panli-com/special2016-en:0920/data/data.js
    ('    "站内链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.69.58yygV&id=536732186146&ns=1&abbucket=19#detail",', 'taobao', 'listing', '536732186146'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=35616148746&ali_refid=a3_420434_1006:1102897418:N:%E8%8D%AF%E7%9B%92:a99a8a56ac3551a2975d6c3d3db83ff7&ali_trackid=1_a99a8a56ac3551a2975d6c3d3db83ff7&spm=a230r.1.1957635.7.QZj5jn",', 'taobao', 'listing', '35616148746'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a230r.1.14.66.7J1cob&id=17796072800&ns=1&abbucket=19#detail",', 'taobao', 'listing', '17796072800'),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": null,', None, 'not-a-url', None),  # panli-com/special2016-en:0920/data/data.js
    ('    "站内链接": null,', None, 'not-a-url', None),  # panli-com/special2016-en:0920/data/data.js
    ('    "商品价格(￥)": 79.9,', None, 'not-a-url', None),  # panli-com/special2016-en:0920/data/data.js
    ('    "TB链接": "http://www.panlishop.com/Product/List.html?keyword=%E7%94%B7%E7%A4%BC%E7%89%A9",', None, 'agent-site', None),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a217m.8039895.302398.61.7TMI0Q&scm=1007.12144.53648.3818_0&pvid=d0ccacbf-f407-48fc-91df-d8cefc87cda5&id=521004422795",', 'taobao', 'listing', '521004422795'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a217m.8005144.302989.7.XQ6haT&id=539978595086",', 'taobao', 'listing', '539978595086'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a219r.lm895.14.664.pfv6gJ&id=531998850534&ns=1&abbucket=19",', 'taobao', 'listing', '531998850534'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=540174019374&ali_refid=a3_430329_1006:1107213884:N:%E7%94%B7%E9%9E%8B%E5%A4%8D%E5%8F%A4%E6%BD%AE%E9%9E%8B:319ffee08e2d1c82ee8b4e3c07bf2bf5&ali_trackid=1_319ffee08e2d1c82ee8b4e3c07bf2bf5&spm=a217n.7287957.1997543305.131.X6WngU&scm=1029.minilist-17.1.50016853#detail",', 'taobao', 'listing', '540174019374'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.0.0.bbegom&id=537710641631&ns=1&abbucket=19",', 'tmall', 'listing', '537710641631'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=531511527550&ali_refid=a3_430585_1006:1122365725:N:蓝牙耳机:cdd6a3f5126e829775586ad411717c25&ali_trackid=1_cdd6a3f5126e829775586ad411717c25&spm=a230r.1.14.11.QFteuP#detail",', 'taobao', 'listing', '531511527550'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.271.mobw5q&id=18191005911&ns=1&abbucket=19",', 'tmall', 'listing', '18191005911'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-11960362177.26.o5b2fD&id=521205542612",', 'taobao', 'listing', '521205542612'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "http://www.panlishop.com/Product/List.html?keyword=%E5%A5%B3",', None, 'agent-site', None),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a217f.8051907.312189.8.ad3zCX&id=529338383836",', 'taobao', 'listing', '529338383836'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=a21cx.8050146.406465-0.11.zEZ7Go&scm=1007.12144.53648.8207_0&pvid=6d247d50-ec08-4876-ad56-e436b5ac778f&id=539415220652",', 'taobao', 'listing', '539415220652'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.200.Py4kyB&id=15202219184&ns=1&abbucket=19",', 'tmall', 'listing', '15202219184'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.89.BS6J49&id=529058671188&ns=1&abbucket=19&sku_properties=20509:12430610",', 'tmall', 'listing', '529058671188'),  # panli-com/special2016-en:1021/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?id=529303026473&ali_refid=a3_430585_1006:1102173236:N:%E5%A5%B3%E5%8F%8B+%E7%A4%BC%E7%89%A9:2780dac8552514c9346148470dba723b&ali_trackid=1_2780dac8552514c9346148470dba723b&spm=a230r.1.14.6.hs50an#detail",', 'taobao', 'listing', '529303026473'),  # panli-com/special2016-en:1021/data/data.js
    ('    "站内链接": "http://www.panlishop.com/product/detail/538453746126.html",', None, 'agent-site', None),  # panli-com/special2016-en:1021/data/data.js
    ('    "简短商品名": "Bluetooth Earplug"', None, 'not-a-url', None),  # panli-com/special2016-en:1021/data/data.js
    ("  t.deepEqual(await searchStringParser('568804690189'), { marketplace: 'taobao', externalId: '568804690189' })", None, 'not-a-url', None),  # baitkul/search-string-parser:test.spec.js
    ("    await searchStringParser('https://m.tb.cn/h.4s4T1m5?sm=6fd301'),", None, 'short-link', None),  # baitkul/search-string-parser:test.spec.js
    ("    await searchStringParser('https://detail.1688.com/offer/624139032536.html?spm=a260j.12536059.jr601u7p.1.70352084rtiaLu'),", '1688', 'listing', '624139032536'),  # baitkul/search-string-parser:test.spec.js
    ("    await searchStringParser('2.0啊CrATXeu9PaK， https://m.tb.cn/h.4JGyJuZ?sm=71c67e 卡通可爱煤球红米k30手机壳全包支架redmi推拉镜头肤感防摔红米note8外壳硅胶创意红米note8pro保护套女款'),", None, 'short-link', None),  # baitkul/search-string-parser:test.spec.js
    ("    await searchStringParser('https://item.taobao.com/item.htm?spm=a2141.241046-global.8285604040.1.41cab6cbFU3tZl&scm=1007.15423.84311.100200300000005&id=548650406252&pvid=441b33d1-8999-43ee-976c-90ba3e78c9d9'),", 'taobao', 'listing', '548650406252'),  # baitkul/search-string-parser:test.spec.js
    ("    searchStringParser('https://google.com'),", None, 'not-alibaba-host', None),  # baitkul/search-string-parser:test.spec.js
    ("    searchStringParser('trrrending.today'),", None, 'not-a-url', None),  # baitkul/search-string-parser:test.spec.js
    ("    searchStringParser('https://ooba.kg/products/taobao/1234567'),", None, 'not-alibaba-host', None),  # baitkul/search-string-parser:test.spec.js
    ("    searchStringParser('https://qr.1688.com/share.html?secret=0H9TOj6'),", None, 'short-link', None),  # baitkul/search-string-parser:test.spec.js
    ("    let url = 'http://ali.pub/y9fu8';", None, 'not-alibaba-host', None),  # rcopen/rco-nodeca:test/lib/unshort_extend.js
    ("        'https://www.aliexpress.com/item/Electric-motor-shaft-Mini-Chuck-Fixture-Clamp-0-3mm-3-5mm-Small-To-Drill-Bit-Micro/32706864811.html'", 'aliexpress', 'listing', '32706864811'),  # rcopen/rco-nodeca:test/lib/unshort_extend.js
    ("    let url = 'https://banggood.app.link/IVvWv4dMBy';", None, 'not-alibaba-host', None),  # rcopen/rco-nodeca:test/lib/unshort_extend.js
    ("        'http://www.banggood.com/Liantian-LED-Strip-with-4-WS2812B-RG85050-Colorful-LED-Lamp-for-Naze32-CC3D-p-1044127.html'", None, 'not-alibaba-host', None),  # rcopen/rco-nodeca:test/lib/unshort_extend.js
    ('        "https://www.aliexpress.com/item/1005006996620721.html",', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py
    ('        "https://www.aliexpress.com/item/1005006996620721.html\\u200B",  # Zero-width space', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py
    ('        "\\u200Bhttps://www.aliexpress.com/item/1005006996620721.html\\u200C",', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py
    ('        "\\uFEFFhttps://www.aliexpress.com/item/1005006996620721.html",', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py
    ('https://www.aliexpress.com/item/1005006996620721.html\u200b', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('https://www.aliexpress.com/item/1005006996620721.html\u200d', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('https://www.aliexpress.com/item/1005006996620721.html\ufeff', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('https://www.aliexpress.com/item/1005006996620721.html\u2028', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('\u200bhttps://www.aliexpress.com/item/1005006996620721.html\u200c', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('https://www.aliexpress.com/item/1005006996620721.html \u200b', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('\ufeffhttps://www.aliexpress.com/item/1005006996620721.html', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('http://localhost:3000/process?url=https://www.lazada.co.th/products/20000mah-i5775550818-s24586668571.html?pvid=df21ad6b-f05d-4b7d-a676-84072f2caa0f&search=jfy&scm=1007.17519.386432.0&priceCompare=skuId%3A24586668571%3Bsource%3Atpp-recommend-plugin-32104%3Bsn%3Adf21ad6b-f05d-4b7d-a676-84072f2caa0f%3BoriginPrice%3A6900%3BdisplayPrice%3A6900%3BsinglePromotionId%3A-1%3BsingleToolCode%3AmockedSalePrice%3BvoucherPricePlugin%3A0%3Btimestamp%3A1754445296429&spm=a2o4m.homepage.just4u.d_5775550818', None, 'not-alibaba-host', None),  # github-index:9414179402 (a Lazada URL parser's README)
    ('  "originalUrl": "https://www.lazada.co.th/products/20000mah-i5775550818-s24586668571.html?pvid=df21ad6b-f05d-4b7d-a676-84072f2caa0f",', 'lazada_th', 'listing', '5775550818'),  # github-index:9414179402 (a Lazada URL parser's README)
    ('  "cleanUrl": "https://www.lazada.co.th/i5775550818.html",', None, 'not-a-listing', None),  # github-index:9414179402 (a Lazada URL parser's README)
    ('  "shortenedUrl": "https://s.lazada.co.th/s.BnVFt?cc",', None, 'short-link', None),  # github-index:9414179402 (a Lazada URL parser's README)
    ('curl "http://localhost:3000/process?url=https://www.lazada.co.th/products/..."', None, 'not-alibaba-host', None),  # github-index:9414179402 (a Lazada URL parser's README)
    ('2. **รูปแบบสั้น:** `/i{productId}.html`', None, 'not-a-url', None),  # github-index:9414179402 (a Lazada URL parser's README)
    ('1. **รูปแบบเต็ม:** `/products/ชื่อสินค้า-i{productId}-s{skuId}.html`', None, 'not-a-url', None),  # github-index:9414179402 (a Lazada URL parser's README)
    ('LAZADA_SHORTEN_API_URL=https://getlink-lazada.lslly.com/api/v1', None, 'lookalike-host', None),  # github-index:9414179402 (a Lazada URL parser's README); decided otherwise: first read not-alibaba-host, but section 11 counts a marketplace name as a label of another domain (lazada.evil.com) a lookalike, as test_real_urls_42.py reads this host
    ('          redirectUrl: "fleamarket://item?id=590240548641&fmdirect=true",', None, 'scheme-not-allowed', None),  # aproducer/grd-pro:mock/goodsData.js
    ('          redirectUrl: "fleamarket://item?id=584589377622&fmdirect=true",', None, 'scheme-not-allowed', None),  # aproducer/grd-pro:mock/goodsData.js
    ('              "http://img.alicdn.com/bao/uploaded/i3/O1CN010gHDzX20x7J17L2eH_!!0-fleamarket.jpg",', None, 'not-alibaba-host', None),  # aproducer/grd-pro:mock/goodsData.js
    ('                  "https://gw.alicdn.com/tfscom/TB1yso4zxTpK1RjSZFGXXcHqFXa.png",', None, 'not-alibaba-host', None),  # aproducer/grd-pro:mock/goodsData.js
    ('          itemId: "590240548641",', None, 'not-a-url', None),  # aproducer/grd-pro:mock/goodsData.js
    ('            ab_id: "ts.idlefish.feed.2309b84e-34e6-4fd2-8cc6-3995f510574b",', None, 'not-a-url', None),  # aproducer/grd-pro:mock/goodsData.js
    ('https://www.aliexpress.com/item/1005006996620721.html\u200c', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('https://www.aliexpress.com/item/1005006996620721.html\u2029', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py (the test case's value)
    ('        "https://www.aliexpress.com/item/1005006996620721.html\\u2029",  # Paragraph separator', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py
    ('        "https://www.aliexpress.com/item/1005006996620721.html \\u200B",', 'aliexpress', 'listing', '1005006996620721'),  # kozodeals/bargainbliss_ai_bot:test_browser_share_simulation.py
    ('          redirectUrl: "fleamarket://item?id=590238976728&fmdirect=true",', None, 'scheme-not-allowed', None),  # aproducer/grd-pro:mock/goodsData.js
    ('              "http://img.alicdn.com/bao/uploaded/i4/192900276543602821/TB2BLZrXV6AQeBjSZFFXXaiFpXa_!!0-mytaobao.jpg",', None, 'not-alibaba-host', None),  # aproducer/grd-pro:mock/goodsData.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?id=525392778115&ali_refid=a3_420434_1006:1110735532:N:%E6%AF%94%E5%9F%BA%E5%B0%BC:1e0fd96c63a6a62286cd770940d35641&ali_trackid=1_1e0fd96c63a6a62286cd770940d35641&spm=a230r.1.0.0.DmxK6m&sku_properties=1627207:28327",', 'tmall', 'listing', '525392778115'),  # panli-com/special2016-en:20160526/data/data.js
    ('    "TB链接": "https://item.taobao.com/item.htm?spm=2013.1.1998246701.3.U1jqoj&scm=1007.10152.33597.1p0&id=520638574591&pvid=f243df96-8bd0-4082-a33e-09fb70c9041b",', 'taobao', 'listing', '520638574591'),  # panli-com/special2016-en:20160526/data/data.js
    ('    "TB链接": "https://detail.tmall.com/item.htm?spm=a230r.1.14.22.DmxK6m&id=19211043099&ns=1&abbucket=19",', 'tmall', 'listing', '19211043099'),  # panli-com/special2016-en:20160526/data/data.js
    ('    "RMB": null,', None, 'not-a-url', None),  # panli-com/special2016-en:20160526/data/data.js
    ('https://item.taobao.com/item.htm?id=123456789012https://detail.tmall.com/item.htm?id=987654321098', None, 'malformed-id', None),  # http://cnfans.chat/news_detail/28411; a buying agent's guide, its two example links glued by the page's text with nothing between: the id runs into the next link, as test_real_urls_21.py and _5.py read such glue (notes silent)
    ('https://item.taobao.com/item.htm?spm=a230r.1.14.1&id=123456789012&ns=1&abbucket=2#detailClean, Correct Link:', 'taobao', 'listing', '123456789012'),  # http://cnfans.chat/news_detail/28411; the page's next words glued to the fragment (section 0: the fragment is dropped)
    ('https://weidian.com/item.html?itemID=1234567890', None, 'not-alibaba-host', None),  # http://cnfans.chat/news_detail/28411
    ('The key element is the `id=`', None, 'not-a-url', None),  # http://cnfans.chat/news_detail/28411
    ('\t\t"link": "https://detail.tmall.com/item.htm?from=cart&id=836519829679&mi_id=0000gdLTtWprFJQgxy8U7DBKVnjIPBY8q0VGtSiSx4kREgc&skuId=5762311107551&spm=a1z0d.6639537%2F202410.item.d836519829679.46587484ZpxxHv&upStreamPrice=4120",', 'tmall', 'listing', '836519829679'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://detail.tmall.com/item.htm?from=cart&id=680516040690&mi_id=0000lwfW3pD998qwDHDU85P3pE2bdazKh4aU-lYVjB9uOV4&skuId=5054623987037&spm=a1z0d.6639537%2F202410.item.d680516040690.46587484ZpxxHv&upStreamPrice=1860",', 'tmall', 'listing', '680516040690'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://item.taobao.com/item.htm?from=cart&id=848074926552&mi_id=0000lruo-K2TgpPlxR02V8aKPFRB30nHhLf7kgrHYsgQ6u0&skuId=5636127081916&spm=a1z0d.6639537%2F202410.item.d848074926552.46587484l4X911&upStreamPrice=593",', 'taobao', 'listing', '848074926552'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://item.taobao.com/item.htm?from=cart&id=898234769341&mi_id=0000FSGqPDGyNX5wOBHGV3nPIKcB-ZGHA6a_Ol8UyaEu-AI&skuId=5750981904938&spm=a1z0d.6639537%2F202410.item.d898234769341.46587484l4X911&upStreamPrice=590",', 'taobao', 'listing', '898234769341'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://item.taobao.com/item.htm?from=cart&id=959626553622&mi_id=0000dTDH1qdC0Su5NNZsMM9XJLD-aZrx_bFmH86OmUsnNVg&skuId=6055377743635&spm=a1z0d.6639537%2F202410.item.d959626553622.46587484l4X911&upStreamPrice=5126",', 'taobao', 'listing', '959626553622'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://item.taobao.com/item.htm?from=cart&id=847242794125&mi_id=0000NSA3pAR6Hgu9u7MzlTlD2UdYStsuFR9nHhhVskHQMgE&skuId=5630917216742&spm=a1z0d.6639537%2F202410.item.d847242794125.46587484ZpxxHv&upStreamPrice=505",', 'taobao', 'listing', '847242794125'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://item.taobao.com/item.htm?from=cart&id=939632980273&mi_id=00003PVCjlMXFTWWPaKDkIiqnk4jcqn1PrmMMj6aGOkC4-4&skuId=6001221451287&spm=a1z0d.6639537%2F202410.item.d939632980273.46587484ZpxxHv&upStreamPrice=1590",', 'taobao', 'listing', '939632980273'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://item.taobao.com/item.htm?from=cart&id=958270253155&mi_id=00005QhXTX-s8_KAn26fb378y1D3PA0SjpxzrEnVKd6j9ZI&skuId=6052520987769&spm=a1z0d.6639537%2F202410.item.d958270253155.46587484ZpxxHv&upStreamPrice=990",', 'taobao', 'listing', '958270253155'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"link": "https://detail.tmall.com/item.htm?from=cart&id=888468737527&mi_id=0000H7u45sVW_8ZNbU4TxB00NzdSfEJG0jqIASFOa9KtLHQ&skuId=5900717899689&spm=a1z0d.6639537%2F202410.item.d888468737527.46587484ZpxxHv&upStreamPrice=2190",', 'tmall', 'listing', '888468737527'),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"image": "https://gw.alicdn.com/bao/uploaded/i3/2218429545398/O1CN01chwsK31pkKxIXy8OT_!!2218429545398.jpg_.webp",', None, 'not-alibaba-host', None),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('\t\t"name": "Manget cable clip (Φ6.8 mm)",', None, 'not-a-url', None),  # SemRithiro/simple_stock:src/constants/data.tsx (a shop's stock list, links copied from the Taobao cart)
    ('        "link": "https://www.aliexpress.com/item/3256804229530416.html"', 'aliexpress', 'listing', '3256804229530416'),  # SarahWeb-info/kapra-ecom:src/data/sampleData.js; a 3256… id on the .com host (section 6: the ID space is shared)
    ('          "imgUrl": "//ae01.alicdn.com/kf/S6f14597892c440459f1785ec19aa8d5ew.jpg",', None, 'not-alibaba-host', None),  # SarahWeb-info/kapra-ecom:src/data/sampleData.js
    ('      "copywrite": "https://devAPI.ai",', None, 'not-alibaba-host', None),  # SarahWeb-info/kapra-ecom:src/data/sampleData.js
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(ALL, "every accepted row")

test_the_planner_accounts_for_every_line = planner_test(ALL)
