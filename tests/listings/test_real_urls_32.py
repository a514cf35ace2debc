"""Sweep realurls32 of listing URLs (notes in /work/notes/sweep-realurls32.md): real URLs from
public code, fixtures, saved pages and READMEs that no earlier table holds, read as
listing-urls.md says.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_31.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. the service hosts a Tmall item page's own data names (``"renderSystemServer":
   "//render.taobao.com"``, ``"tbskip": "//tbskip.taobao.com"``, ``ext-mdskip``, the counter
   ``count.taobao.com``, ``suggest``, ``tadget``; on tmall.com ``aldcdn``, ``fav.m`` and the
   order host ``obuy``) were read as vanity storefronts at their roots: they are the
   marketplaces' own service hosts (section 12 reserves such labels).
2. ``dinamicx.alibabausercontent.com``, the template host of the group's apps that Xianyu's own
   search data names, was a lookalike "imitating alibaba": it is an Alibaba Group site, not a
   marketplace (``not-alibaba-host``, as ``alicdn.com``).
3. a Taobao shop's mobile goods list ``shop.m.taobao.com/goods/index.htm?shop_id=N`` stays
   not-a-listing (the notes name no such form) but now suggests the shop
   ``https://shopN.taobao.com/``, as its mobile index ``/shop/shop_index.htm`` does.
4. a Windows path ``C:/wamp/www/lazada.com.my/…`` was ``not-alibaba-host`` "c" (the drive
   letter read as a host with an empty port): it is refused for its scheme-like ``C:``, as
   ``D:\\data\\…`` and ``see C:/…`` are.

``ROWS`` holds real inputs (whole lines of the named file) that no earlier table holds, with the
notes' section behind its answer.
"""

from __future__ import annotations

import pytest

from _real_urls import assert_service_host, canonical_test, table_tests, thrice
from ipprules.listings import parse_listing

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('    "renderSystemServer": "//render.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; fix 1; was a Taobao storefront "render"
    ('        "tbskip": "//tbskip.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; fix 1; was a Taobao storefront "tbskip"
    ('        "extMdskip": "//ext-mdskip.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; fix 1; was a Taobao storefront "ext-mdskip"
    ('https://count.taobao.com/', None, 'not-a-listing', None),  # constructed from gitwuhao/zmnxksdf's links on count.taobao.com; fix 1; was a storefront
    ('https://suggest.taobao.com/', None, 'not-a-listing', None),  # constructed from gitwuhao/zmnxksdf's links on suggest.taobao.com; fix 1; was a storefront
    ('https://tadget.taobao.com/', None, 'not-a-listing', None),  # constructed from gitwuhao/zmnxksdf's links on tadget.taobao.com; fix 1; was a storefront
    ('https://aldcdn.tmall.com/', None, 'not-a-listing', None),  # constructed from gitwuhao/zmnxksdf's links on aldcdn.tmall.com; fix 1; was a storefront
    ('https://fav.m.tmall.com/', None, 'not-a-listing', None),  # constructed from gitwuhao/zmnxksdf's links on fav.m.tmall.com; fix 1; was a storefront
    ('https://obuy.tmall.com/', None, 'not-a-listing', None),  # constructed from gitwuhao/zmnxksdf's links on obuy.tmall.com; fix 1; was a storefront
    ('            shopUrl: "//amh.tmall.com",', 'tmall', 'storefront', 'amh'),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; control: the same page's store, a real store (unchanged)
    ('https://amh.m.tmall.com/', 'tmall', 'storefront', 'amh'),  # derived control: the store's mobile host (unchanged)
    ('                        "url": "https://dinamicx.alibabausercontent.com/pub/idlefish_search_item_new_tags/1736911114165/idlefish_search_item_new_tags.zip",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data1.js; fix 2; was lookalike-host
    ('                        "url": "https://dinamicx.alibabausercontent.com/pub/idlefish_search_item_new_tags/1734489689355/idlefish_search_item_new_tags.zip",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data4.js; fix 2; was lookalike-host
    ('                        "url": "https://dinamicx.alibabausercontent.com/pub/idlefish_search_item_single_column/1730256270883/idlefish_search_item_single_column.zip",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data1.js; fix 2; was lookalike-host
    ('https://alibabausercontent.com.evil.example/', None, 'lookalike-host', None),  # constructed control: the name as a subdomain of another host (unchanged)
    ('                        "url": "http://shop.m.taobao.com/goods/index.htm?shop_id=73036242",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; fix 3 (the suggestion)
    ('http://shop.m.taobao.com/goods/index.htm', None, 'not-a-listing', None),  # constructed control: no shop_id, none suggested
    ('C:/wamp/www/lazada.com.my/cimb/TransactionCaptchas/trans5664ShareTwo.png', None, 'scheme-not-allowed', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/cimb/trace.txt; fix 4; was not-alibaba-host "c"
    ('C:/wamp/www/item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None),  # constructed; fix 4; was not-alibaba-host "c"
    ('item.taobao.com:/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),  # constructed control: a dotted host with an empty port (unchanged)
    ('        "renderSystemServer": "//render.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; fix 1; was a Taobao storefront "render"
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('2. 打开[淘宝网](https://www.taobao.com/)或[淘宝搜索](https://s.taobao.com/)', None, 'not-a-listing', None),  # Coolkkmeat/TaobaoCommandParse:README.md; section 11: not a listing page
    ('// @include         http*://*taobao.com/*', None, 'not-a-url', None),  # Coolkkmeat/TaobaoCommandParse:src/main.js; section 0: no link in the text
    ('            "itemUrl": "//detail.ju.taobao.com/home.htm?id=10000072239605&item_id=43249505908",', None, 'not-a-listing', None),  # hughimr/GoTaoBao:src/main/json.json.js; section 11: not a listing page
    ('            "tqgDetailUrl": "//detail.ju.taobao.com/home.htm?id=10000072239605&item_id=43249505908",', None, 'not-a-listing', None),  # hughimr/GoTaoBao:src/main/json.json.js; section 11: not a listing page
    ('            "itemUrl": "//detail.ju.taobao.com/home.htm?id=10000072288946&item_id=525918916021",', None, 'not-a-listing', None),  # hughimr/GoTaoBao:src/main/json.json.js; section 11: not a listing page
    ('            "tqgDetailUrl": "//detail.ju.taobao.com/home.htm?id=10000072288946&item_id=525918916021",', None, 'not-a-listing', None),  # hughimr/GoTaoBao:src/main/json.json.js; section 11: not a listing page
    ("    'url': 'https://www.lazada.com.ph/'", None, 'not-a-listing', None),  # oxylabs/lazada-scraper:README.md; section 11: not a listing page
    ('      "url": "https://www.lazada.com.ph/",', None, 'not-a-listing', None),  # oxylabs/lazada-scraper:README.md; section 11: not a listing page
    ('                { "url", "https://www.lazada.com.ph/"},', None, 'not-a-listing', None),  # oxylabs/lazada-scraper:code examples/lazada_csharp.cs; section 11: not a listing page
    ('-d \'{"source": "universal", "url": "https://www.lazada.com.ph/"}\'', None, 'not-a-listing', None),  # oxylabs/lazada-scraper:code examples/lazada_curl.sh; section 11: not a listing page
    ('        jsonObject.put("url", "https://www.lazada.com.ph/");', None, 'not-a-listing', None),  # oxylabs/lazada-scraper:code examples/lazada_java.java; section 11: not a listing page
    ("  'url': 'https://www.lazada.com.ph/'};", None, 'not-a-listing', None),  # oxylabs/lazada-scraper:code examples/lazada_nodejs.js; section 11: not a listing page
    ("    'url' => 'https://www.lazada.com.ph/'];", None, 'not-a-listing', None),  # oxylabs/lazada-scraper:code examples/lazada_php.php; section 11: not a listing page
    ("  await page.goto('https://www.lazada.com.ph/');", None, 'not-a-listing', None),  # jgpotestades/Item-web-scraper:index.js; section 11: not a listing page
    ("  await page.goto(url/*'https://www.lazada.com.ph/'*/);", None, 'not-a-listing', None),  # jgpotestades/Item-web-scraper:latestindex.js; section 11: not a listing page
    ("    var url = 'https://www.lazada.com.ph/';", None, 'not-a-listing', None),  # jgpotestades/Item-web-scraper:latestindex.js; section 11: not a listing page
    (' https://open.taobao.com/api.htm?docId=31106&docType=2', None, 'not-a-listing', None),  # liguoqinjim/go-labs:lab221/README.md; section 11: not a listing page
    (' https://open.taobao.com/doc.htm?docId=102635&docType=1', None, 'not-a-listing', None),  # liguoqinjim/go-labs:lab221/README.md; section 11: not a listing page
    (' https://developer.alibaba.com/docs/api.htm?apiId=40173', None, 'not-a-listing', None),  # liguoqinjim/go-labs:lab221/README.md; section 11: not a listing page
    ('|U7 | TTGO T-MICRO32 |[https://www.aliexpress.com/item/32869180373.html](https://www.aliexpress.com/item/32869180373.html) |', 'aliexpress', 'listing', '32869180373'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U4 | GC9A01 | [https://www.aliexpress.com/item/1005001382307998.html](https://www.aliexpress.com/item/1005001382307998.html) |', 'aliexpress', 'listing', '1005001382307998'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U8 |\xa0Quectel L96-M33 | [https://www.aliexpress.com/item/32920337260.html](https://www.aliexpress.com/item/32920337260.html) |', 'aliexpress', 'listing', '32920337260'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|D1 | LED 0805 | [https://www.aliexpress.com/item/32947001269.html](https://www.aliexpress.com/item/32947001269.html) |', 'aliexpress', 'listing', '32947001269'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U2 | BMA400 | [https://www.aliexpress.com/item/4001043933700.html](https://www.aliexpress.com/item/4001043933700.html) |', 'aliexpress', 'listing', '4001043933700'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U6 |\xa0CH340E | [https://www.aliexpress.com/item/4000171821951.html](https://www.aliexpress.com/item/4000171821951.html) |', 'aliexpress', 'listing', '4000171821951'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U1 |\xa0DS3231MZ | [https://www.aliexpress.com/item/32962505279.html](https://www.aliexpress.com/item/32962505279.html) |', 'aliexpress', 'listing', '32962505279'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U3 | PSRAM | [https://www.aliexpress.com/item/4000242457828.html](https://www.aliexpress.com/item/4000242457828.html) |', 'aliexpress', 'listing', '4000242457828'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U10,U13 | XC6209F332MR-G | [https://www.aliexpress.com/item/4000687517883.html](https://www.aliexpress.com/item/4000687517883.html) |', 'aliexpress', 'listing', '4000687517883'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U11 | MCP73831T-2ACI/OT SOT23-5 | [https://www.aliexpress.com/item/32714249253.html](https://www.aliexpress.com/item/32714249253.html) |', 'aliexpress', 'listing', '32714249253'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U9 | TPS2115APWR | [https://www.aliexpress.com/item/32612393464.html](https://www.aliexpress.com/item/32612393464.html) |', 'aliexpress', 'listing', '32612393464'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|U5 | USB-Micro | [https://www.aliexpress.com/item/32820570603.html](https://www.aliexpress.com/item/32820570603.html) |', 'aliexpress', 'listing', '32820570603'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|SW1, SW2, SW4, SW5 | Buttons | [https://www.aliexpress.com/item/32870278366.html](https://www.aliexpress.com/item/32870278366.html) |', 'aliexpress', 'listing', '32870278366'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|XS1 | uSD Slot | [https://www.aliexpress.com/item/1005001470093106.html](https://www.aliexpress.com/item/1005001470093106.html) |', 'aliexpress', 'listing', '1005001470093106'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|Q1 | 2N7002 | [https://www.aliexpress.com/item/32912312094.html](https://www.aliexpress.com/item/32912312094.html) |', 'aliexpress', 'listing', '32912312094'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|R1-RN | 0603 SMD R | [https://www.aliexpress.com/item/32298348854.html](https://www.aliexpress.com/item/32298348854.html) |', 'aliexpress', 'listing', '32298348854'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|C5,C6 |\xa01206 SMD C | [https://www.aliexpress.com/item/32956133014.html](https://www.aliexpress.com/item/32956133014.html) |', 'aliexpress', 'listing', '32956133014'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|C1-CN |\xa00603 SMD C | [https://www.aliexpress.com/item/32841971485.html](https://www.aliexpress.com/item/32841971485.html) |', 'aliexpress', 'listing', '32841971485'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 6
    ('|? | Round Lipo | [https://a.aliexpress.com/_mrvOz8P](https://a.aliexpress.com/_mrvOz8P)|', None, 'short-link', None),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/aliexpress.md; section 10: a short link
    ('The list of components from [AliExpress](aliexpress.md) is only to give an orientation.', None, 'not-a-url', None),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/assembly.md; section 0: no link in the text
    ('|Solder Paste | [https://www.aliexpress.com/item/33057598049.html](https://www.aliexpress.com/item/33057598049.html) |', 'aliexpress', 'listing', '33057598049'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/hardware.md; section 6
    ('|Desoldering Wire | [https://www.aliexpress.com/item/32958719300.html](https://www.aliexpress.com/item/32958719300.html) |', 'aliexpress', 'listing', '32958719300'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/hardware.md; section 6
    ('|Flux | [https://www.aliexpress.com/item/4000480154850.html](https://www.aliexpress.com/item/4000480154850.html) |', 'aliexpress', 'listing', '4000480154850'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/hardware.md; section 6
    ('|Soldering Iron | [https://www.aliexpress.com/item/32860309312.html](https://www.aliexpress.com/item/32860309312.html) |', 'aliexpress', 'listing', '32860309312'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/hardware.md; section 6
    ('|Hot Plate | [https://www.aliexpress.com/item/32974173898.html](https://www.aliexpress.com/item/32974173898.html) |', 'aliexpress', 'listing', '32974173898'),  # Open-Smartwatch/open-smartwatch.github.io:docs/howto/hardware.md; section 6
    ('* <span class="tag-rev">3.2</span> Light Edition: [https://a.aliexpress.com/_mKoyMox](https://a.aliexpress.com/_mKoyMox) 1.6mm PCB', None, 'short-link', None),  # Open-Smartwatch/open-smartwatch.github.io:docs/resources/hardware.md; section 10: a short link
    ('* 450mA round LiPo: [https://a.aliexpress.com/_mrvOz8P](https://a.aliexpress.com/_mrvOz8P)', None, 'short-link', None),  # Open-Smartwatch/open-smartwatch.github.io:docs/resources/hardware.md; section 10: a short link
    ('* 350mA rect. LiPo: [https://www.aliexpress.com/item/4000293204820.html](https://www.aliexpress.com/item/4000293204820.html)', 'aliexpress', 'listing', '4000293204820'),  # Open-Smartwatch/open-smartwatch.github.io:docs/resources/hardware.md; section 6
    ('      - "Find Parts on Aliexpress": "howto/aliexpress.md"', None, 'not-a-url', None),  # Open-Smartwatch/open-smartwatch.github.io:mkdocs.yml; section 0: no link in the text
    ('https://www.aliexpress.us/item/3256806123904425.html', 'aliexpress', 'listing', '3256806123904425'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256805947033530.html', 'aliexpress', 'listing', '3256805947033530'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256805989033289.html', 'aliexpress', 'listing', '3256805989033289'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256804295713253.html', 'aliexpress', 'listing', '3256804295713253'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256806201295818.html', 'aliexpress', 'listing', '3256806201295818'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256805348040808.html', 'aliexpress', 'listing', '3256805348040808'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256804515306833.html', 'aliexpress', 'listing', '3256804515306833'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256806158767195.html', 'aliexpress', 'listing', '3256806158767195'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/3256802672103106.html', 'aliexpress', 'listing', '3256802672103106'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/2255799830473720.html', 'aliexpress', 'listing', '2255799830473720'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List-old.md; section 6
    ('https://www.aliexpress.us/item/2255801021214741.html', 'aliexpress', 'listing', '2255801021214741'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/2251832645784910.html', 'aliexpress', 'listing', '2251832645784910'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/3256802346555541.html', 'aliexpress', 'listing', '3256802346555541'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/3256802343221323.html', 'aliexpress', 'listing', '3256802343221323'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/3256802789853556.html', 'aliexpress', 'listing', '3256802789853556'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/3256804282777660.html', 'aliexpress', 'listing', '3256804282777660'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/3256805760800610.html', 'aliexpress', 'listing', '3256805760800610'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/3256801804215866.html', 'aliexpress', 'listing', '3256801804215866'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/2251832803038195.html', 'aliexpress', 'listing', '2251832803038195'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/2251832784633600.html', 'aliexpress', 'listing', '2251832784633600'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/2251832874579437.html', 'aliexpress', 'listing', '2251832874579437'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('https://www.aliexpress.us/item/2251832644655195.html', 'aliexpress', 'listing', '2251832644655195'),  # blueteamvillage/btv_dc32_badge:docs/Parts-List.md; section 6
    ('Wishlist for 5 FOCers: [AliExpress](https://my.aliexpress.com/wishlist/shared.htm?groupId=100000021433489)', None, 'not-a-listing', None),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 11: not a listing page
    ('### **Heat Sink**: [AliExpress](https://www.AliExpress.com/item/32951112852.html)', 'aliexpress', 'listing', '32951112852'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Thermal Pad**: [AliExpress](https://www.AliExpress.com/item/32810504639.html)', 'aliexpress', 'listing', '32810504639'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Thermal Paste**: [AliExpress](https://www.aliexpress.com/item/4000082981600.html)', 'aliexpress', 'listing', '4000082981600'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Screws**: [AliExpress](https://www.aliexpress.com/item/32966917947.html)', 'aliexpress', 'listing', '32966917947'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Thread Lock**: [AliExpress](https://www.aliexpress.com/item/4000015095892.html)', 'aliexpress', 'listing', '4000015095892'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Spacers**: [AliExpress](https://www.AliExpress.com/item/33047891996.html),  [Ebay](https://www.ebay.com/itm/OD7-5mm-Nylon-Round-Spacer-Standoff-For-M3-thread-Screw-Blot-QTY50/183743008473), [Thingiverse](https://www.thingiverse.com/thing:4332442)', 'aliexpress', 'listing', '33047891996'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Washers**: [AliExpress](https://www.AliExpress.com/item/33021883302.html) [Thingiverse](https://www.thingiverse.com/thing:4332442)', 'aliexpress', 'listing', '33021883302'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Pin Headers**:  [AliExpress](https://www.AliExpress.com/item/4000909558952.html)', 'aliexpress', 'listing', '4000909558952'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Power Switch**: [AliExpress](https://www.AliExpress.com/item/4000358463924.html)', 'aliexpress', 'listing', '4000358463924'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Fan**: [AliExpress](https://www.AliExpress.com/item/32571979071.html)', 'aliexpress', 'listing', '32571979071'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Power Adapter**: [AliExpress](https://www.aliexpress.com/item/32873131460.html)', 'aliexpress', 'listing', '32873131460'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Battery & Motor Phase Wire**: [AliExpress](https://www.AliExpress.com/item/33057076463.html)', 'aliexpress', 'listing', '33057076463'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Battery Connector**: [AliExpress](https://www.AliExpress.com/item/32546847748.html)', 'aliexpress', 'listing', '32546847748'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Motor Connectors**: [AliExpress](https://www.AliExpress.com/item/32926203705.html)', 'aliexpress', 'listing', '32926203705'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('* Other options: 4.5mm/5mm/5.5mm/etc. bullet connectors, [MT60](https://www.aliexpress.com/item/32801541697.html)', 'aliexpress', 'listing', '32801541697'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Pigtails**: [AliExpress](https://www.AliExpress.com/item/32733307616.html)', 'aliexpress', 'listing', '32733307616'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('* For the PCB(instead of an enclosure) - [AliExpress](https://a.AliExpress.com/_dUNLfKc)', None, 'short-link', None),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 10: a short link
    ('* For other wires(motor bullet connectors)- [AliExpress](https://www.AliExpress.com/item/33008449230.html)', 'aliexpress', 'listing', '33008449230'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Solder**(required): [AliExpress](https://www.AliExpress.com/item/32946643268.html) [Amazon](https://www.amazon.com/MG-Chemicals-Leaded-Solder-Pocket/dp/B072JQ1N4G)', 'aliexpress', 'listing', '32946643268'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Solder Wick**: [AliExpress](https://www.aliexpress.com/item/32958719300.html)', 'aliexpress', 'listing', '32958719300'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Flux**: [AliExpress](https://www.AliExpress.com/item/32828595199.html)', 'aliexpress', 'listing', '32828595199'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('* ST-Link V2: [AliExpress](https://www.AliExpress.com/item/32792513237.html)', 'aliexpress', 'listing', '32792513237'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('* 5-pin 2.54mm male header for connecting to the VESC:  [AliExpress](https://www.AliExpress.com/item/4000909558952.html).  You should have already ordered this as part of the [5XBomLcsc.csv](../../5XBomLcsc.csv)', 'aliexpress', 'listing', '4000909558952'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Drill**(required): [AliExpress](https://www.aliexpress.com/item/4000642467959.html)', 'aliexpress', 'listing', '4000642467959'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Drill Bit**(required): [AliExpress](https://www.aliexpress.com/item/32483226736.html),[Amazon](https://www.amazon.com/gp/product/B07ZQGXWGL)', 'aliexpress', 'listing', '32483226736'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **M3 Allen Key**(required): [AliExpress](https://www.AliExpress.com/item/32676647238.html)', 'aliexpress', 'listing', '32676647238'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Soldering Iron**(required): [AliExpress](https://www.AliExpress.com/item/4000019437594.html), [Amazon](https://www.amazon.com/X-Tronic-3020-XTS-Digital-Display-Soldering/dp/B01DGZFSNE)', 'aliexpress', 'listing', '4000019437594'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Tap Wrench**: [AliExpress](https://www.aliexpress.com/item/32788074995.html)', 'aliexpress', 'listing', '32788074995'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Tap**: [AliExpress](https://www.aliexpress.com/item/4000465103162.html)', 'aliexpress', 'listing', '4000465103162'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Reflow Station**- mandatory for the IMU(BMI160): [AliExpress](https://www.aliexpress.com/item/32747661606.html),[Amazon](https://www.amazon.com/Flexzion-Digital-Soldering-Station-Desoldering/dp/B0154G4A28)', 'aliexpress', 'listing', '32747661606'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Helping Hands**- highly recommended: [AliExpress](https://www.aliexpress.com/item/32974107958.html), [Amazon](https://www.amazon.com/gp/product/B078N9DPQ5)', 'aliexpress', 'listing', '32974107958'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Solder Sucker**: [AliExpress](https://www.aliexpress.com/item/32864628837.html)', 'aliexpress', 'listing', '32864628837'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Multimeter**: [AliExpress](https://www.aliexpress.com/item/33046473408.html)', 'aliexpress', 'listing', '33046473408'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Magnifier/Microscope**: [AliExpress](https://www.aliexpress.com/item/32816285552.html)', 'aliexpress', 'listing', '32816285552'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Tweezers**: [AliExpress](https://AliExpress.com/item/33019151832.html)', 'aliexpress', 'listing', '33019151832'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('### **Bluetooth Module**- [AliExpress](https://www.AliExpress.com/item/32833817130.html)', 'aliexpress', 'listing', '32833817130'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ("* I was able to get a [HM-10 Bluetooth 4.0](https://www.AliExpress.com/item/32888733000.html) working with [Ackmaniac's](http://esk8.news/how-to-ackmaniac-esc-tool/) firmware on my vesc at 9600 baud rate", 'aliexpress', 'listing', '32888733000'),  # shamansystems/Cheap-FOCer-2:guides/assembly/partsList.md; section 6
    ('* <https://www.aliexpress.com/item/32733307616.html?spm=a2g0s.9042311.0.0.7a894c4dYDsoaK>', 'aliexpress', 'listing', '32733307616'),  # shamansystems/Cheap-FOCer-2:guides/ordering/outOfStock.md; section 6
    ('    If you intend to use your FOCer for balancing applications such as a onewheel or unicycle you will have to solder the BMI160 IMU yourself. This is a leadless component which requires a [reflow station](https://www.aliexpress.com/item/32747661606.html).', 'aliexpress', 'listing', '32747661606'),  # shamansystems/Cheap-FOCer-2:guides/ordering/readme.md; section 6
    ('const getCategories = async (page, autoSave = true, url = "https://sale.alibaba.com/category/products/index.html?wx_navbar_transparent=true&path=/category/products/index.html&ncms_spm=a27aq.cp_template&prefetchKey=allcategoriesv2&categoryIds=43") => {', None, 'not-a-listing', None),  # lablnet/alibaba_scraper:alibaba/alibaba.js; section 11: not a listing page
    ('The Alibaba.com Apify Scraper is a robust web scraping tool developed to extract data from the popular B2B e-commerce platform, Alibaba.com. This scraper enables users to collect various product-related information, such as product names, prices, descriptions, images, and more.', None, 'not-a-listing', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 11: not a listing page
    ('   Open the product on [Alibaba](https://www.alibaba.com) and copy its link from the browser URL bar.', None, 'not-a-listing', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 11: not a listing page
    ('   2.1. Open the [Alibaba](hhttps://www.alibaba.com) website.', None, 'not-a-listing', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 11: not a listing page
    ('https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&categoryId=701&keywords=Desktops&viewtype=L&&pricef=5000&pricet', None, 'not-a-listing', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 11: not a listing page
    ('  "name": "Wheel Bearing Front / Rear Wheel For Austin Maestro (1983-1990) 8944646380 38kwd02 4t-cr1-0868 Vkba1452 Auto Bearings Kit - Buy Auto Bearing,Wheel Bearing,Wheel Hub Bearing Kit Product on Alibaba.com",', None, 'not-a-url', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 0: no link in the text
    ('  "link": "https://www.alibaba.com/product-detail/Wheel-bearing-front-rear-wheel-for_1600126367334.html",', 'alibaba_com', 'listing', '1600126367334'),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 5
    ('**Q: How do I set up the Alibaba.com Apify Scraper?**', None, 'not-a-url', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 0: no link in the text
    ('A: The Alibaba.com Apify Scraper allows you to export the extracted data in various formats like JSON, CSV, or Excel. You can download the data directly from the Apify Console or use the Apify API to integrate it into your applications.', None, 'not-a-url', None),  # lexis-solutions-data-services/alibaba-scraper:README.md; section 0: no link in the text
    ('            "startUrls": [{"url":"https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&categoryId=201153401&keywords=Groom+Wear&knowledgeGraphId=100010232-10000166340&viewtype=L&&pricef=80&pricet"}],', None, 'not-a-listing', None),  # lexis-solutions-data-services/alibaba-scraper:examples/python/main.py; section 11: not a listing page
    ('        "url": "https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&categoryId=201153401&keywords=Groom+Wear&knowledgeGraphId=100010232-10000166340&viewtype=L&&pricef=80&pricet"', None, 'not-a-listing', None),  # lexis-solutions-data-services/alibaba-scraper:examples/typescript/index.ts; section 11: not a listing page
    ('    "content_security_policy": "script-src \'self\' \'unsafe-eval\' https://*.tmall.com; object-src \'self\'",', None, 'not-a-url', None),  # gitwuhao/zmnxksdf:manifest.json; section 0: no link in the text
    ('                <a href="//handuyishe.tmall.com/?spm=a220o.1000855.0.0.KU7G7z&amp;q=茆&amp;type=p&amp;search=y&amp;newHeader_b=s_from&amp;searcy_type=item&amp;from=.shop.pc_2_searchbutton" target="_blank"><img src="//img.alicdn.com/imgextra/i2/263817957/TB2DhB2dVXXXXbnXXXXXXXXXXXX-263817957.jpg" size="750x132" /></a>', 'tmall', 'storefront', 'handuyishe'),  # gitwuhao/zmnxksdf:scripts/data/a.html; section 2: a storefront
    ('                    <a href="//detail.tmall.com/item.htm?id=520799976806&amp;sku_properties=-1:-1" target="_blank"><img src="//img.alicdn.com/imgextra/i4/263817957/TB2eJWvepXXXXapXXXXXXXXXXXX-263817957.jpg" size="186x288" /></a>', 'tmall', 'listing', '520799976806'),  # gitwuhao/zmnxksdf:scripts/data/a.html; section 2
    ('                <a href="//detail.tmall.com/item.htm?id=43384633065&amp;sku_properties=-1:-1" target="_blank"><img height="288" src="//img.alicdn.com/imgextra/i3/263817957/TB25zNMdVXXXXa3XpXXXXXXXXXX-263817957.jpg" width="186" size="186x288" /></a>', 'tmall', 'listing', '43384633065'),  # gitwuhao/zmnxksdf:scripts/data/a.html; section 2
    ('        "shopSameCategoryUrl": "//amh.tmall.com?search=y&amp;categoryp=50010167&amp;detail_nid=18959526273",', 'tmall', 'storefront', 'amh'),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 2: a storefront
    ('    "apiBeans": "//count.taobao.com/counter3?keys=ICCP_1_18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "1": "//h5.m.taobao.com/awp/base/buy.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "2": "//buy.m.tmall.com/order/confirmOrderWap.htm"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "validatorUrl": "//store.taobao.com/tadget/shop_stats.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "cartUrl": "//h5.m.taobao.com/awp/base/cart.htm"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "propertyUrl": "//mdetail.tmall.com/mobile/itemPackage.do?itemId=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "rateUrl": "//rate.tmall.com/list_detail_rate.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "barterUrl": "//suggest.taobao.com/sug?area=app_detail&amp;nid=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "reUrl": "//u.m.taobao.com/reg/newUser.htm?pds=reg%23h%23",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "recommendUrl": "//aldcdn.tmall.com/recommend.htm?appId=03126&amp;itemId=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "addFavUrl": "//fav.m.tmall.com/to_collection.htm?xid=0db2&amp;pds=addfav#h#detail&amp;itemNumId=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "logOutUrl": "//login.m.taobao.com/logout.htm?pds=logout%23h%23",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('        "loginUrl": "//login.tmall.com/?"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('                    "itemUrl": "http://a.m.taobao.com/i45075263937.htm",', 'taobao_or_tmall', 'listing', '45075263937'),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 1 (a mobile host: Taobao or Tmall)
    ('                    "briefDescUrl": "http://hws.m.taobao.com/cache/mtop.wdetail.getItemDescx/4.1/?data=%7B%22item_num_id%22%3A%2245075263937%22%7D",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('                    "fullDescUrl": "http://hws.m.taobao.com/cache/mtop.wdetail.getItemFullDesc/4.1/?data=%7B%22item_num_id%22%3A%2245075263937%22%7D",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/data.js; section 11: not a listing page
    ('    "apiAddCart": "//cart.taobao.com/add_cart_item.htm?item_id=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('    "apiBeans": "//count.taobao.com/counter3?keys=SM_368_dsr-849727411,ICCP_1_18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('    "apiBidCount": "//tbskip.taobao.com/json/show_bid_count.htm?itemNumId=18959526273&old_quantity=21770&date=1441865652000",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('    "apiTmallComboInfo": "//ext-mdskip.taobao.com/extension/queryTmallCombo.do?itemId=18959526273&comboGroup=0",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('    "apiTmallComboItem": "//ext-mdskip.taobao.com/extension/queryComboItem.do?comboGroup=0",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "shopSameCategoryUrl": "//amh.tmall.com?search=y&categoryp=50010167&detail_nid=18959526273",', 'tmall', 'storefront', 'amh'),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 2: a storefront
    ('    "getProgressiveInfoApi": "//mdskip.taobao.com/core/getProgressiveInfo.do?platform_type=b2c&fromTryBeforeBuy=false&sellerId=849727411&platform=tmall&category=50010167&sellerPercent=3_100_1.60;6_0_4.50;9_0_6.00",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('    "selectCityApi": "//mdskip.taobao.com/core/selectCity.htm?isAreaSell=false&itemId=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "1": "//buy.taobao.com/auction/buy_now.jhtml",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "2": "//buy.tmall.com/order/confirm_order.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "3": "//obuy.tmall.com/home/order/confirm_order.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "7": "//tw.taobao.com/buy/auction/buy_now.jhtml"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "BIDRedirectionitemDomain": "//paimai.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "buyBase": "//buy.taobao.com/auction",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "detailServer": "//detail.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "mallList": "//list.tmall.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "rate": "//rate.tmall.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "tgDetailDomain": "//detail.ju.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "tgDomain": "//ju.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "topUploadServerBaseUrl": "//upload.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "tradeBaseUrl": "//trade.taobao.com/trade",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "tradeForOldTmallBuy": "//stay.buy.tmall.com/order/confirm_order.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "xCrossServer": "//mdetail.tmall.com"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('        "cartUrl": "//cart.taobao.com/my_cart.htm?from=bdetail",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "validatorUrl": "//store.taobao.com/tadget/shop_stats.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "2": "//buy.tmall.com/order/confirm_order.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "3": "//obuy.tmall.com/home/order/confirm_order.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "7": "//tw.taobao.com/buy/auction/buy_now.jhtml"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "BIDRedirectionitemDomain": "//paimai.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "detailServer": "//detail.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "mallList": "//list.tmall.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "tgDetailDomain": "//detail.ju.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "tgDomain": "//ju.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "topUploadServerBaseUrl": "//upload.taobao.com",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "tradeBaseUrl": "//trade.taobao.com/trade",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('            "tradeForOldTmallBuy": "//stay.buy.tmall.com/order/confirm_order.htm",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/desc.js; section 11: not a listing page
    ('    <title>AMH男装韩版2015秋装新款修身水洗微弹牛仔裤长裤NZ2508燊-tmall.com天猫</title>', None, 'not-a-url', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 0: no link in the text
    ('    <link title="天猫Tmall.com" href="//g.alicdn.com/mui/global/1.2.35/file/search.xml" type="application/opensearchdescription+xml" rel="search" />', None, 'not-alibaba-host', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 12: not a marketplace host
    ('                            <a class="menu-hd" href="//i.taobao.com/my_taobao.htm" target="_top" rel="nofollow">我的淘宝<b></b></a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                        <a target="_top" href="//mai.taobao.com/seller_admin.htm">商家中心</a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                        <a target="_top" id="J_SnMyBrand" class="sn-mybrand-link" href="//mybrand.tmall.com?scm=1048.1.1.1">我关注的品牌</a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                        <a class="sn-cart-link" href="//cart.tmall.com/cart/myCart.htm?from=btop" target="_top" rel="nofollow">购物车', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                            <a class="menu-hd" href="//shoucang.taobao.com/shop_collect_list.htm?scjjc=c1" target="_top" rel="nofollow">收藏夹<b></b></a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                    <a href="//shoucang.taobao.com/item_collect.htm" target="_top" rel="nofollow">收藏的宝贝</a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                        <a title="天猫无线" target="_top" class="sn-mobile-link" href="//mobile.tmall.com/?scm=1027.1.1.1">手机版</a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                        <a href="//www.taobao.com/">淘宝网</a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                            <a class="menu-hd" href="//shangjia.tmall.com/portal.htm?spm=3600.7326145.a2226mz.19.hvXP0t" target="_top">商家支持<b></b></a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('        <span class="mlogo"><a href="//www.tmall.com/" title="天猫Tmall.com"><s></s>天猫Tmall.com</a></span>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                        <input type="hidden" id="dsr-ratelink" value="//rate.taobao.com/user-rate-UOmQSMGIuMmHY.htm" />', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                <a data-spm="d4918093" class="shop-logo" target="_blank" href="//brand.tmall.com/brandInfo.htm?brandId=4533216&scm=1048.1.1.5">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                            <a target="_blank" href="//rate.taobao.com/user-rate-UOmQSMGIuMmHY.htm">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                                <a href="//zhaoshang.tmall.com/maintaininfo/liangzhao.htm?xid=9d47c89387d3ce32ed64dd4c1d18b538" class="tm-gsLink" target="_blank"><img width="20" height="22" src="//assets.alicdn.com/app/marketing/xfile/national_emblem_light.png" alt=""></a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                        <a href="//vip.tmall.com/vip/index.htm" target="_blank">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                                <li data-spm="0"><a href="//service.tmall.com/support/tmall/knowledge-1126800.htm?spm=a220o.1000855.0.116.lkS5km" title="按时发货" target="_blank">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                                    <a href="//vip.tmall.com/vip/privilege.htm?spm=3.1000588.0.141.2a0ae8&amp;priv=speed" title="极速退款是天猫为T2-T4天猫会员提供的退款退货流程专享特权，目前对部分T2-T4天猫会员开放" target="_blank">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                                <li><a href="//service.tmall.com/support/tmall/knowledge-1121473.htm?spm=0.0.0.0.asbDA1" title="卖家为您购买的商品投保退货运费险" target="_blank">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                                <li> <a href="//www.tmall.com/market/mall/qttk.php?spm=3.7095809.2000g001.2.RuHN6j" title="七天无理由退换" target="_blank">', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('                                <a id="J_AddFavorite" href="javascript:;" data-aldurl="//ald.taobao.com/recommend.htm?appId=03136&itemId=18959526273 " class="favorite"><i></i><span>收藏商品</span></a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.123.html; section 11: not a listing page
    ('    <title>AMH男装韩版2015秋装新款修身水洗微弹牛仔裤长裤NZ2508燊 - 天猫Tmall.com</title>', None, 'not-a-url', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 0: no link in the text
    ('                            <a class="all-product cell" href="//amh.m.tmall.com/shop/shop_auction_search.htm?sort=default">全部商品</a>', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('                            <a class="go-shop cell" href="//amh.m.tmall.com">进入店铺</a>', 'tmall', 'storefront', 'amh'),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 2: a storefront
    ('                <a href="http:&#x2F;&#x2F;im.m.taobao.com&#x2F;ww&#x2F;ad_ww_dialog.htm?item_num_id=18959526273&amp;pds=wwseller%23h%23detail&amp;to_user=YW1oudm3vcbsvaK16g%3D%3D"></a>', None, 'not-a-url', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 0: no link in the text
    ('                <a href="//amh.m.tmall.com"></a>', 'tmall', 'storefront', 'amh'),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 2: a storefront
    ('            "2": "//buy.m.tmall.com/order/confirmOrderWap.htm"', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('            "loginUrl": "//login.tmall.com/?",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('            "recommendUrl": "//aldcdn.tmall.com/recommend.htm?appId=03126&itemId=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('            "barterUrl": "//suggest.taobao.com/sug?area=app_detail&nid=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('            "addFavUrl": "//fav.m.tmall.com/to_collection.htm?xid=0db2&pds=addfav#h#detail&itemNumId=18959526273",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('            "logOutUrl": "//login.m.taobao.com/logout.htm?pds=logout%23h%23",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('            "reUrl": "//u.m.taobao.com/reg/newUser.htm?pds=reg%23h%23",', None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/data/item.m.123.html; section 11: not a listing page
    ('        "url": "//detail.m.tmall.com/item.htm?id=520531176914",', 'tmall', 'listing', '520531176914'),  # gitwuhao/zmnxksdf:scripts/data/itemlist.js; section 2
    ('        "url": "//detail.m.tmall.com/item.htm?id=521376031537",', 'tmall', 'listing', '521376031537'),  # gitwuhao/zmnxksdf:scripts/data/itemlist.js; section 2
    ('    "shop_Url": "//handuyishe.tmall.com",', 'tmall', 'storefront', 'handuyishe'),  # gitwuhao/zmnxksdf:scripts/data/itemlist.js; section 2: a storefront
    ("        url: 'http://tadget.taobao.com/redaction/redaction/json.json?cmd=json_file_upload&_input_charset=UTF-8&_output_charset=UTF-8&source=tadget',", None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/fsCat.js; section 11: not a listing page
    ("        url: 'http://tadget.taobao.com/redaction/redaction/json.json',", None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/fsCat.js; section 11: not a listing page
    ("            url = 'https://' + shop.name + '.m.tmall.com/shop/shop_auction_search.do',", None, 'not-a-url', None),  # gitwuhao/zmnxksdf:scripts/fsMain.js; section 0: no link in the text
    ("    'detail': 'https://detail.m.tmall.com/item.htm?id=',", None, 'missing-id', None),  # gitwuhao/zmnxksdf:scripts/fsMain.js; section 11: a missing id
    ("    'seach': 'https://handuyishe.m.tmall.com/shop/shop_auction_search.do?callback=_DLP_2384_01945_ajson_1_source_tmallsearch&sort=default&p=2&page_size=12&from=h5&shop_id=58501945&ajson=1&source=tmallsearch'", None, 'not-a-listing', None),  # gitwuhao/zmnxksdf:scripts/fsMain.js; section 11: not a listing page
    ("            'detail': 'https://detail.m.tmall.com/item.htm?id=',", None, 'missing-id', None),  # gitwuhao/zmnxksdf:scripts/fsUtils.js; section 11: a missing id
    ('                                "jump2XianYuHao": {', None, 'not-a-url', None),  # z-m-x/xianyupp:data1.js; section 0: no link in the text
    ('                                        "fontFamily": "xianyubeta",', None, 'not-a-url', None),  # z-m-x/xianyupp:data1.js; section 0: no link in the text
    ('                            const itemUrl = `https://www.goofish.com/item?id=${item.itemId}&categoryId=126866327`;', None, 'malformed-id', None),  # z-m-x/xianyupp:index.html; section 11: a bad id
    ('    public static  String URL1 = "http://146.148.55.110/lazada.com.my/cimb/TransactionCaptchas/";', None, 'not-alibaba-host', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:MobileApp/app/src/main/java/com/justintime/androidgcm/GetAndProcessCaptcha.java; section 12: not a marketplace host
    ("(6, 2, 'LAZADA', 'Effortless Shopping With Exclusive Deals and Offers!!!', 'http://146.148.55.110/lazada.com.my', 'www.lazada.com.my5.png'),", None, 'not-alibaba-host', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:cimb.com.my/MobilePayment.sql; section 12: not a marketplace host
    ("(12, 0, 'SuperBuy', 'Buy All With Convenience!!!', 'www.superbuy.my', 'www.superbuy.my12.png'),", None, 'not-a-url', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:cimb.com.my/MobilePayment.sql; section 0: no link in the text
    ('                                "stuffStatusTagUrl": "https://gw.alicdn.com/tfs/TB1No2_lIieb18jSZFvXXaI3FXa-160-32.png",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data1.js; section 12: not a marketplace host
    ('                                "userActiveUrl": "https://gw.alicdn.com/tfs/TB1zIymVUz1gK0jSZLeXXb9kVXa-30-30.png",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data1.js; section 12: not a marketplace host
    ('                                "stuffStatusTagUrl": "https://gw.alicdn.com/tfs/TB1MEHE1lr0gK0jSZFnXXbRRXXa-160-32.png",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data1.js; section 12: not a marketplace host
    ('                                "stuffStatusTagUrl": "https://gw.alicdn.com/tfs/TB1dYLt1XT7gK0jSZFpXXaTkpXa-160-32.png",', None, 'not-alibaba-host', None),  # z-m-x/xianyupp:data1.js; section 12: not a marketplace host
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


test_canonical_urls_follow_the_notes = canonical_test(
    ALL, "every listing and store of this table has a canonical form the notes give"
)


@pytest.mark.parametrize(
    "host",
    [
        "render.taobao.com",
        "tbskip.taobao.com",
        "ext-mdskip.taobao.com",
        "count.taobao.com",
        "suggest.taobao.com",
        "tadget.taobao.com",
        "aldcdn.tmall.com",
        "fav.m.tmall.com",
        "obuy.tmall.com",
    ],
)
def test_a_service_host_of_an_item_page_is_no_store(host: str) -> None:
    """Fix 1: a marketplace's own service host, at its root and its store paths."""
    assert_service_host(host)


def test_the_apps_template_host_is_a_group_site() -> None:
    """Fix 2: ``alibabausercontent.com`` is the group's, not a lookalike of a marketplace."""
    result = thrice(FIXED[11][0])
    assert "is an Alibaba Group site, not a marketplace" in result.reason  # type: ignore[attr-defined]
    assert "imitates" not in result.reason  # type: ignore[attr-defined]


def test_a_shops_mobile_goods_list_suggests_the_shop() -> None:
    """Fix 3: the shop id of the mobile goods list names the shop, suggested (unverified)."""
    result = thrice(FIXED[15][0])
    assert result.suggestion == "https://shop73036242.taobao.com/"  # type: ignore[attr-defined]
    assert "unverified" in result.reason  # type: ignore[attr-defined]
    assert thrice(FIXED[16][0]).suggestion is None  # type: ignore[attr-defined]
    store = parse_listing("https://shop73036242.taobao.com/")
    assert store.ok and store.id == "73036242"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", [FIXED[17][0], FIXED[18][0], "c:/x", "see C:/wamp/www/lazada.com.my/a.png"]
)
def test_a_windows_path_is_refused_for_its_drive(text: str) -> None:
    """Fix 4: a drive letter is no host: ``C:`` is refused as any other scheme is."""
    result = thrice(text)
    assert result.code == "scheme-not-allowed", text  # type: ignore[attr-defined]
    said = f"{text.split(':')[0].split()[-1]}: links are not accepted (a Windows file path"
    assert said in result.reason, text  # type: ignore[attr-defined]
