"""Sweep realurls33 of listing URLs (notes in /work/notes/sweep-realurls33.md): real URLs of the
marketplaces the tables held least (Lazada, 1688, Xianyu, Alibaba.com, AliExpress) from public
code, fixtures and READMEs that no earlier table holds, read as listing-urls.md says.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_32.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. a Juhuasuan (group-buying) deal page ``detail.ju.taobao.com/home.htm?id=<deal>&item_id=N``
   (hughimr/GoTaoBao's saved data, pinned in table 32) stays ``not-a-listing``: section 9 says
   IPP matches on host + ``item.htm`` + ``id``/``item_id`` and this page is ``home.htm``. But
   its ``item_id`` names the item, so the refusal now suggests
   ``https://item.taobao.com/item.htm?id=N`` (unverified: the item may be a Tmall one) and says
   the page's ``id`` is the deal's. Without a valid ``item_id`` nothing is suggested.
2. (urls50) a ``(`` right after a link's host ends the link, as a quote does: no host name
   holds one (``https://yusing.en.alibaba.com(Ningbo Yusing Lighting)``, a README naming an
   Alibaba.com store and its company, was a lookalike of alibaba). Where a dot, ``@`` or a
   port follows in the authority the link stays whole and refused; a ``(`` in a path or a
   query stays.
3. (urls50) a marketplace's host in its quotes after code that calls a function
   (``if(url.hostname==='m.1688.com'){``) is that host, as ``x==='m.1688.com'`` was: the
   ``if(`` before it made the whole line a lookalike host.

``ROWS`` holds real inputs (whole lines of the named file) that no earlier table holds, with the
notes' section behind its answer.
"""

from __future__ import annotations

import re

import pytest

from _real_urls import canonical_test, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('https://detail.ju.taobao.com/home.htm?id=10000072288946&item_id=525918916021', None, 'not-a-listing', None),  # constructed from hughimr/GoTaoBao:src/main/json.json.js; fix 1 (the suggestion)
    ('//detail.ju.taobao.com/home.htm?id=10000072239605&item_id=43249505908', None, 'not-a-listing', None),  # constructed from hughimr/GoTaoBao:src/main/json.json.js; fix 1 (the suggestion)
    ('https://detail.ju.taobao.com/home.htm?id=10000072288946', None, 'not-a-listing', None),  # constructed control: the deal id alone names no item, none suggested
    ('https://detail.ju.taobao.com/', None, 'not-a-listing', None),  # constructed control: the host's root (unchanged)
    ('https://item.taobao.com/item.htm?id=525918916021', 'taobao', 'listing', '525918916021'),  # constructed control: the suggested link is read
    ('    在搜索结果中去找到，https://yusing.en.alibaba.com(Ningbo Yusing Lighting) ，这个店铺的排名', 'alibaba_com', 'storefront', 'yusing'),  # github-index:20756568211; fix 2 (urls50): "(" ends the host; section 5: a store
    ('https://yusing.en.alibaba.com(Ningbo Yusing Lighting)', 'alibaba_com', 'storefront', 'yusing'),  # constructed from github-index:20756568211; fix 2: alone on its line
    ('https://uniqlo.tmall.com(Uniqlo)', 'tmall', 'storefront', 'uniqlo'),  # constructed control: fix 2 on Tmall
    ('//shop114407458.taobao.com(shop)', 'taobao', 'storefront', '114407458'),  # constructed control: fix 2, protocol-relative, on Taobao
    ('https://www.lazada.sg(Singapore)', None, 'not-a-listing', None),  # constructed control: fix 2 on Lazada, its home page
    ('see https://www.aliexpress.com(Global) now', None, 'not-a-listing', None),  # constructed control: fix 2 on AliExpress, its home page
    ('https://yusing.en.alibaba.com(x.evil.example/', None, 'lookalike-host', None),  # constructed control: a dot after the "(" could make another host of it: kept whole, refused
    ('https://www.aliexpress.com/item/1005005866360101.html?x=(a)', 'aliexpress', 'listing', '1005005866360101'),  # constructed control: a "(" in the query stays
    ("  if(url.hostname==='m.1688.com'){", None, 'not-a-url', None),  # github-index:71478943998; fix 3 (urls50): the host in its quotes after code calling a function; section 11: a home page; urls53: a host alone in quotes is no link (was not-a-listing)
    ("  if(url.hostname==='detail.1688.com'){", None, 'not-a-url', None),  # github-index:71478943998; fix 3; section 11: a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ("  assert.equal(url.hostname,'h5api.m.1688.com');", None, 'not-a-url', None),  # github-index:71478943998; fix 3; section 11: an API; urls53: a host alone in quotes is no link (was not-a-listing)
    ("  if(url.hostname==='itemcdn.tmall.com')return new Response(detail);", None, 'not-a-url', None),  # github-index:71478943998; Tmall's item-page content server, no store (as realurls32's aldcdn); urls53: a host alone in quotes is no link (was not-a-listing)
    ("if(url.hostname==='www.lazada.sg'){", None, 'not-a-url', None),  # constructed control: fix 3 on Lazada, its home page; urls53: a host alone in quotes is no link (was not-a-listing)
    ("if(url.hostname==='item.taobao.com'){", None, 'not-a-url', None),  # constructed control: fix 3 on Taobao, a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ("if(url.includes('www.aliexpress.com/item/1005005866360101.html')){", 'aliexpress', 'listing', '1005005866360101'),  # constructed control: fix 3 with a path, on AliExpress
    ("if(url.hostname==='evil.example'){", None, 'not-a-url', None),  # constructed control: another's host in its quotes is no link (as x==='evil.example')
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('// TODO: https://www.aliexpress.com/item/1005007128724375.html?spm=a2g0o.order_list.order_list_main.65.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005007128724375'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006470782095.html?spm=a2g0o.order_list.order_list_main.70.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005006470782095'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006127587095.html?spm=a2g0o.order_list.order_list_main.75.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005006127587095'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005005985538095.html?spm=a2g0o.order_list.order_list_main.80.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005005985538095'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/4001125180492.html?spm=a2g0o.order_list.order_list_main.95.70cd1802B8Cvo3', 'aliexpress', 'listing', '4001125180492'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005004289391906.html?spm=a2g0o.order_list.order_list_main.100.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005004289391906'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006103248770.html?spm=a2g0o.order_list.order_list_main.115.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005006103248770'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006330566170.html?spm=a2g0o.order_list.order_list_main.120.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005006330566170'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005005220715165.html?spm=a2g0o.order_list.order_list_main.125.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005005220715165'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005004342343376.html?spm=a2g0o.order_list.order_list_main.130.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005004342343376'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006653810963.html?spm=a2g0o.order_list.order_list_main.135.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005006653810963'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006329585567.html?spm=a2g0o.order_list.order_list_main.140.70cd1802B8Cvo3', 'aliexpress', 'listing', '1005006329585567'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005005866360101.html', 'aliexpress', 'listing', '1005005866360101'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/32830267123.html', 'aliexpress', 'listing', '32830267123'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005005993753202.html', 'aliexpress', 'listing', '1005005993753202'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('// TODO: https://www.aliexpress.com/item/1005006344542138.html', 'aliexpress', 'listing', '1005006344542138'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005004336218242.html',", 'aliexpress', 'listing', '1005004336218242'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005005371660765.html',", 'aliexpress', 'listing', '1005005371660765'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005007635436457.html',", 'aliexpress', 'listing', '1005007635436457'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/4000536728030.html',", 'aliexpress', 'listing', '4000536728030'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('                url: "https://www.aliexpress.com/item/1005005371660765.html",', 'aliexpress', 'listing', '1005005371660765'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005005699882165.html',", 'aliexpress', 'listing', '1005005699882165'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005003633545570.html',", 'aliexpress', 'listing', '1005003633545570'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005005967641936.html',", 'aliexpress', 'listing', '1005005967641936'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/4001068956302.html',", 'aliexpress', 'listing', '4001068956302'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('                url: "https://www.aliexpress.com/item/1005007128724375.html",', 'aliexpress', 'listing', '1005007128724375'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('                url: "https://www.aliexpress.com/item/1005006186853439.html",', 'aliexpress', 'listing', '1005006186853439'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005004482028005.html',", 'aliexpress', 'listing', '1005004482028005'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/4001189659759.html',", 'aliexpress', 'listing', '4001189659759'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/4001125180492.html',", 'aliexpress', 'listing', '4001125180492'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005005245619513.html',", 'aliexpress', 'listing', '1005005245619513'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005005985389931.html',", 'aliexpress', 'listing', '1005005985389931'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ("                url: 'https://www.aliexpress.com/item/1005005993753202.html',", 'aliexpress', 'listing', '1005005993753202'),  # modrobots/modrobots:src/web/apps/www/src/data/data.ts; section 6
    ('- `https://detail.1688.com/offer/[商品ID].html`', None, 'missing-id', None),  # CrossAI1688/1688-to-woocommerce:README.md; section 11: a listing page without its id
    ('- `https://m.1688.com/offer/[商品ID].html`', None, 'missing-id', None),  # CrossAI1688/1688-to-woocommerce:README.md; section 11: a listing page without its id
    ('        placeholder="https://detail.1688.com/offer/...",', None, 'missing-id', None),  # CrossAI1688/1688-to-woocommerce:app.py; section 11: a listing page without its id
    ('    - `https://detail.1688.com/offer/[商品ID].html`', None, 'missing-id', None),  # CrossAI1688/1688-to-woocommerce:app.py; section 11: a listing page without its id
    ('    - `https://m.1688.com/offer/[商品ID].html`', None, 'missing-id', None),  # CrossAI1688/1688-to-woocommerce:app.py; section 11: a listing page without its id
    ("                    'Referer': 'https://www.1688.com/',", None, 'not-a-listing', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: not a listing page
    ("                    if 'detail.1688.com' in url:", None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ("                        mobile_url = url.replace('detail.1688.com', 'm.1688.com')", None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ("        if not soup and 'detail.1688.com' in url:", None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ("        elif soup and 'detail.1688.com' in url:", None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ("            mobile_url = original_url.replace('detail.1688.com', 'm.1688.com')", None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: a listing page without its id; urls53: a host alone in quotes is no link (was missing-id)
    ('                "extraction_method": "移动版" if \'m.1688.com\' in result.get(\'url\', \'\') else "桌面版",', None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:scraper_1688.py; section 11: not a listing page; urls53: a host alone in quotes is no link (was not-a-listing)
    ('- 能够访问1688.com', None, 'not-a-url', None),  # CrossAI1688/1688-to-woocommerce:test/README.md; section 0: no link in the text
    ('        self.test_url = "https://detail.1688.com/offer/793064484013.html"', '1688', 'listing', '793064484013'),  # CrossAI1688/1688-to-woocommerce:test/test_integration.py; section 4
    ('            "https://detail.1688.com/offer/846064965230.html?spm=a2637j.22917583.home-list.d_846064965230.63dc24feH9cCpj",', '1688', 'listing', '846064965230'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/700617772348.html?spm=a2637j.22917583.home-list.d_700617772348.63dc24feH9cCpj",', '1688', 'listing', '700617772348'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/650660978552.html?spm=a2637j.22917583.home-list.d_650660978552.63dc24feH9cCpj",', '1688', 'listing', '650660978552'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/631449166045.html?spm=a2637j.22917583.home-list.d_631449166045.63dc24feH9cCpj",', '1688', 'listing', '631449166045'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/747728125951.html?spm=a2637j.22917583.home-list.d_747728125951.63dc24feH9cCpj",', '1688', 'listing', '747728125951'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/701440679743.html?spm=a2637j.22917583.home-list.d_701440679743.63dc24feH9cCpj",', '1688', 'listing', '701440679743'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/698942559456.html?spm=a2637j.22917583.home-list.d_698942559456.63dc24feyDGsDB",', '1688', 'listing', '698942559456'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/925586266727.html?offerId=925586266727&spm=a260k.home2025.recommendpart.9",', '1688', 'listing', '925586266727'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/851636385634.html?offerId=851636385634&spm=a260k.home2025.recommendpart.13"', '1688', 'listing', '851636385634'),  # CrossAI1688/1688-to-woocommerce:test/test_new_1688_links.py; section 4
    ('            "https://detail.1688.com/offer/793064484013.html",', '1688', 'listing', '793064484013'),  # CrossAI1688/1688-to-woocommerce:test/test_scraper_1688.py; section 4
    ('            "https://detail.1688.com/offer/825677770251.html",', '1688', 'listing', '825677770251'),  # CrossAI1688/1688-to-woocommerce:test/test_scraper_1688.py; section 4
    ('            "https://detail.1688.com/offer/800015139408.html"', '1688', 'listing', '800015139408'),  # CrossAI1688/1688-to-woocommerce:test/test_scraper_1688.py; section 4
    ('            "https://detail.1688.com/offer/invalid.html",', None, 'malformed-id', None),  # CrossAI1688/1688-to-woocommerce:test/test_scraper_1688.py; section 11: not a valid id
    ("    'url': 'https://fuzhuang.1688.com/nanzhuang?spm=a260k.dacugeneral.home2019category.2.663335e4bwa222'", None, 'not-a-listing', None),  # oxylabs/1688-scraper:README.md; section 11: not a listing page
    ('      "url": "https://fuzhuang.1688.com/nanzhuang?spm=a260k.dacugeneral.home2019category.2.663335e4bwa222",', None, 'not-a-listing', None),  # oxylabs/1688-scraper:README.md; section 11: not a listing page
    ('                { "url", "https://fuzhuang.1688.com/nanzhuang?spm=a260k.dacugeneral.home2019category.2.663335e4bwa222" },', None, 'not-a-listing', None),  # oxylabs/1688-scraper:code examples/1688_csharp.cs; section 11: not a listing page
    ('        "https://p4psearch.1688.com/p4p114/p4psearch/offer.htm?spm=a2609.11209760.it2i6j8a.680.3c312de1W6LoPE&keywords=不锈钢螺丝", // very long time', None, 'not-a-listing', None),  # platonai/PulsarRPA:pulsar-ql/src/test/kotlin/ai/platon/pulsar/ql/TestResource.kt; section 11: not a listing page
    ("// checkLazadaPrice('https://www.lazada.sg/products/mono-dsign-aluminium-enhanced-stability-foldable-compact-laptop-stand-i743462379-s2398834345.html?spm=a2o42.searchlistcategory.list.1.45e937215jsTOp&search=1')", 'lazada_sg', 'listing', '743462379'),  # MarcTzh/trackit:server/Lazada.js; section 7
    ("// checkLazadaPrice('https://www.lazada.sg/products/dell-27-full-hd-monitor-freesync-75hz-se2719hr-i505970628-s1408408036.html?spm=a2o42.searchlistcategory.list.1.23e57d390hVXBm&search=1')", 'lazada_sg', 'listing', '505970628'),  # MarcTzh/trackit:server/Lazada.js; section 7
    ("    const url = 'https://www.lazada.sg/products/apple-airpods-pro-i457194887-s1226848688.html?spm=a2o42.10453684.0.0.2a071771vghSkC';", 'lazada_sg', 'listing', '457194887'),  # MarcTzh/trackit:server/Testing/checkPrice.test.js; section 7
    ("    const url = 'https://www.lazada.sg/products/7-s1226848688.html?spm=a2o42.10453684.0.0.2a071771vghSkC';", None, 'missing-id', None),  # MarcTzh/trackit:server/Testing/checkPrice.test.js; section 11: a listing page without its id
    ('// @match *://*.aliexpress.com/item/*', None, 'not-a-url', None),  # longnull/AliExpressAffiliateChecker:AliExpressAffiliateChecker.user.js; section 0: no link in the text
    ('// @match *://*.aliexpress.com/i/*', None, 'not-a-url', None),  # longnull/AliExpressAffiliateChecker:AliExpressAffiliateChecker.user.js; section 0: no link in the text
    ('// @match *://*.aliexpress.ru/item/*', None, 'not-a-url', None),  # longnull/AliExpressAffiliateChecker:AliExpressAffiliateChecker.user.js; section 0: no link in the text
    ('// @match *://*.aliexpress.ru/i/*', None, 'not-a-url', None),  # longnull/AliExpressAffiliateChecker:AliExpressAffiliateChecker.user.js; section 0: no link in the text
    ('Работает на aliexpress.com и aliexpress.ru, поддерживает страницы с адресами вида ".../item/...", ".../i/..." и мобильные.', None, 'not-a-url', None),  # longnull/AliExpressAffiliateChecker:README.md; section 0: no link in the text
    ('    url = "https://www.lazada.sg/tag/"', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('        "referer": "https://www.lazada.sg/",', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('    url = "https://www.lazada.com.my/tag/laptop"', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('        "referer": "https://www.lazada.com.my/",', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('    url = "https://www.lazada.co.id/tag/"', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('        "referer": "https://www.lazada.co.id/",', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('    url = "https://www.lazada.co.th/tag/laptop"', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('        "referer": "https://www.lazada.co.th/",', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('        "referer": "https://www.lazada.com.ph/",', None, 'not-a-listing', None),  # TanYaoRong1111/Python_INF1002_Project:webScraping.py; section 11: not a listing page
    ('    /// <returns>Ready-to use url. E.g https://aliexpress.com/item/32376778613.html</returns>', 'aliexpress', 'listing', '32376778613'),  # tarasverq/AliexpressItemsParser:AliexpressItemsParser/AliHelper.cs; section 6
    ('            //fix ali\'s "storeUrl": "//www.aliexpress.ru/store/5085293", without scheme', 'aliexpress', 'storefront', '5085293'),  # tarasverq/AliexpressItemsParser:AliexpressItemsParser/Mapping/MappingProfile.cs; section 6: a store
    ('  "url": "https://aliexpress.com/item/1005002715141420.html",', 'aliexpress', 'listing', '1005002715141420'),  # tarasverq/AliexpressItemsParser:README.md; section 6
    ('  "storeUrl": "https://www.aliexpress.ru/store/5085293",', 'aliexpress', 'storefront', '5085293'),  # tarasverq/AliexpressItemsParser:README.md; section 6: a store
    ('      "userUrl": "https://feedback.aliexpress.ru/display/detail.htm?ownerMemberId=780694156&memberType=buyer",', None, 'not-a-listing', None),  # tarasverq/AliexpressItemsParser:README.md; section 11: not a listing page
    ('      "userUrl": "https://feedback.aliexpress.ru/display/detail.htm?ownerMemberId=1968735462&memberType=buyer",', None, 'not-a-listing', None),  # tarasverq/AliexpressItemsParser:README.md; section 11: not a listing page
    ('      "userUrl": "https://feedback.aliexpress.ru/display/detail.htm?ownerMemberId=2440967864&memberType=buyer",', None, 'not-a-listing', None),  # tarasverq/AliexpressItemsParser:README.md; section 11: not a listing page
    ('      "userUrl": "https://feedback.aliexpress.ru/display/detail.htm?ownerMemberId=748033665&memberType=buyer",', None, 'not-a-listing', None),  # tarasverq/AliexpressItemsParser:README.md; section 11: not a listing page
    ('      "userUrl": "https://feedback.aliexpress.ru/display/detail.htm?ownerMemberId=196032770&memberType=buyer",', None, 'not-a-listing', None),  # tarasverq/AliexpressItemsParser:README.md; section 11: not a listing page
    ('    url = "https://www.aliexpress.com" + product[\'href\']', None, 'not-a-listing', None),  # isrofiordi/ali-express:parsers/listings.rb; section 11: not a listing page
    ('      "root-url" => "https://www.aliexpress.com/category/100003109/women-clothing.html",', None, 'not-a-listing', None),  # isrofiordi/ali-express:parsers/listings.rb; section 11: not a listing page
    ('  url: "https://www.aliexpress.com/category/100003109/women-clothing.html",', None, 'not-a-listing', None),  # isrofiordi/ali-express:seeder/seeder.rb; section 11: not a listing page
    ('    "root-url"=> "https://www.aliexpress.com/category/100003109/women-clothing.html",', None, 'not-a-listing', None),  # isrofiordi/ali-express:seeder/seeder.rb; section 11: not a listing page
    ('        "source_url": "https://detail.1688.com/offer/123456789.html",', '1688', 'listing', '123456789'),  # github-index:71585277064; section 4
    ('    value.indexOf("m.1688.com/offer/")!==-1) && ( value.indexOf(".html") !==-1)', None, 'missing-id', None),  # github-index:34623322729; section 11: a listing page without its id
    ('//判断是否是1688网站的产品 、https://www.1688.com/', None, 'not-a-listing', None),  # github-index:34623322729; section 11: not a listing page
    ("          'https://detail.1688.com/offer/712345678901.html',", '1688', 'listing', '712345678901'),  # github-index:63323811124; section 4
    ("(17, 12, 5, 'http://lazada.co.id/products/pdp-i7095734058-s13392326547.html?pvid=d748aa4e-d3c5-44b6-843b-e9507080ad51&search=jfy&scm=1007.17519.386432.0&priceCompare=skuId%3A13392326547%3Bsource%3Atpp-recommend-plugin-32104%3Bsn%3Ad748aa4e-d3c5-44b6-843b-e9507080ad51%3BoriginPrice%3A42660000%3BdisplayPrice%3A42660000%3BsinglePromotionId%3A910000044816456%3BsingleToolCode%3AmillionSubsidy%3BvoucherPricePlugin%3A0%3Btimestamp%3A1765625298388&spm=a2o4j.homepage.just4u.d_7095734058', 1, '2025-12-13 04:28:47');", 'lazada_id', 'listing', '7095734058'),  # github-index:60013423463; section 7
    ("(14, 10, 5, 'https://www.lazada.co.id', 1, '2025-11-18 09:38:27'),", None, 'not-a-listing', None),  # github-index:60013423463; section 11: not a listing page
    ("    lazada: 'https://www.lazada.co.id/products/example-123.html',", None, 'missing-id', None),  # github-index:63355036615; section 11: a listing page without its id
    ("\t{name:'5A Grey', url:'https://www.lazada.co.id/products/xiaomi-mi-power-bank-10000mah-silver-i160040604-s181911598.html'}", 'lazada_id', 'listing', '160040604'),  # github-index:38075172504; section 7
    ('\t\t{"lazada root scheme", "https://www.lazada.co.id/products/i123456789.html", "lazada", "lazada://"},', 'lazada_id', 'listing', '123456789'),  # github-index:71040539002; section 7
    ('\t\t\t"itemUrl": "//www.lazada.co.id/products/iphone.html",', None, 'missing-id', None),  # github-index:55851117323; section 11: a listing page without its id
    ("                  href={result.gearLinks?.lazada || 'https://www.lazada.co.id/products/sandisk-phone-drive-for-android-usb-type-a-dan-otg-type-c-i8265588670-s14676420564.html'}", 'lazada_id', 'listing', '8265588670'),  # github-index:57366557077; section 7
    ('        params.put("url","https://www.lazada.co.id/products/apple-iphone-8-plus-i556758379-s784754774.html?spm=a2o4j.searchlist.list.1.5c3244336kCIJ5&search=1");', 'lazada_id', 'listing', '556758379'),  # github-index:33770887495; section 7
    ('                item_url = f"https://www.goofish.com/item?id={item_id}"', None, 'malformed-id', None),  # github-index:53002018639; section 11: not a valid id
    ('    return f"https://www.goofish.com/item?id={item_id}"', None, 'malformed-id', None),  # github-index:62489488969; section 11: not a valid id
    ('    assert browser_manager.opened_urls[1] == "https://www.goofish.com/item?id=wheel-001"', None, 'malformed-id', None),  # github-index:68585870359; section 11: not a valid id
    ("                item_url = f'https://www.goofish.com/item?id={item_id}' if item_id else 'Error：url'", None, 'malformed-id', None),  # github-index:54676761454; section 11: not a valid id
    ('                "https://www.lazada.co.th/products/",', None, 'missing-id', None),  # github-index:59411196725; section 11: a listing page without its id
    ("  'ID': 'https://www.lazada.co.id/products/i', // 印度尼西亚", None, 'missing-id', None),  # github-index:40666967734; section 11: a listing page without its id
    ("  'SG': 'https://www.lazada.sg/products/i'", None, 'missing-id', None),  # github-index:40666967734; section 11: a listing page without its id
    ('DEFAULT_COMPANY_ALIBABA_STORE = "https://starlinkforkids.en.alibaba.com"', 'alibaba_com', 'storefront', 'starlinkforkids'),  # github-index:57978895426; section 5: a store
    (' - [AliExpress](https://www.aliexpress.com/item/4000504958641.html)', 'aliexpress', 'listing', '4000504958641'),  # github-index:48621318181; section 6
    (' - [Alibaba](https://goodlcd.en.alibaba.com/product/62454456237-807321088/1_inch_small_epaper_mini_eink_display_for_smart_watch.html)', 'alibaba_com', 'listing', '62454456237'),  # github-index:48621318181; section 5
    ('   npm run catalog:scrape -- "https://<supplier>.en.alibaba.com/productlist.html"', None, 'not-a-url', None),  # github-index:71420703766; section 0: no link in the text
    ('          <a href="https://ouwanni.en.alibaba.com/" target="_blank" rel="noreferrer">', 'alibaba_com', 'storefront', 'ouwanni'),  # github-index:65875636321; section 5: a store
    ("    url: 'yiwu-wholesale.en.alibaba.com'", 'alibaba_com', 'storefront', 'yiwu-wholesale'),  # github-index:66756337306; section 5: a store
    ('  - 帮我背调一下这个买家 https://acme.en.alibaba.com/', 'alibaba_com', 'storefront', 'acme'),  # github-index:68666852851; section 5: a store
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
    ("text", "item"), [(FIXED[0][0], "525918916021"), (FIXED[1][0], "43249505908")]
)
def test_a_juhuasuan_deal_page_suggests_its_item(text: str, item: str) -> None:
    """Fix 1: the deal page's ``item_id`` names the item, suggested (unverified), not read;
    its ``id`` (the deal's) is not the item."""
    result = thrice(text)
    assert result.code == "not-a-listing"  # type: ignore[attr-defined]
    assert result.suggestion == f"https://item.taobao.com/item.htm?id={item}"  # type: ignore[attr-defined]
    assert "Juhuasuan" in result.reason and "unverified" in result.reason  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [FIXED[2][0], FIXED[2][0] + "&item_id=x", FIXED[3][0]])
def test_a_juhuasuan_page_without_an_item_suggests_nothing(text: str) -> None:
    """Fix 1's controls: no valid ``item_id``, no suggestion (the deal id is no item id)."""
    assert thrice(text).suggestion is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text", [FIXED[5][0], FIXED[6][0], FIXED[8][0], FIXED[13][0], FIXED[15][0], FIXED[16][0]]
)
def test_a_host_ended_by_code_or_a_parenthesis_is_no_lookalike(text: str) -> None:
    """Fixes 2 and 3: the answer names the host alone, never the text glued to it."""
    result = thrice(text)
    reason = getattr(result, "reason", None) or ""
    assert getattr(result, "code", None) != "lookalike-host"
    assert re.search(r"\w\(|==|hostname", reason) is None, reason
