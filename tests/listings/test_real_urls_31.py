"""Sweep realurls31 of listing URLs (notes in /work/notes/sweep-realurls31.md): real URLs from
public code, fixtures and READMEs that no earlier table holds, read as listing-urls.md says.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_30.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. a Markdown link whose text is the link itself, pasted without its ``[``
   (``https://detail.1688.com/offer/N.html](https://detail.1688.com/offer/N.html)``, which
   cachho/cn-links's filterLinks test pastes) was missing-id "a form ipprules does not read"
   (or malformed-id: the ``](…`` glued to the id): ``](`` before a link ends the link shown, as
   after a ``[`` (the link shown, or the target on another host, as ``[A](B)`` is read).
2. HegoBuy (``www.hegobuy.com/item/details?url=…``), one of cachho/cn-links's buying agents,
   was not-alibaba-host: it is an agent site (section 0), its embedded listing suggested.
3. an Alibaba.com store's mobile site (``<company>.m.en.alibaba.com``, ``….m.trustpass…``)
   stays not-a-listing (the notes name no such host), but the reason called it a "search,
   category, cart, login, API or home page": it says it is a store's mobile site the notes do
   not name, and suggests the store's named host ``https://<company>.en.alibaba.com/``.
4. an agent link whose embedded listing is percent-encoded with its own ``&`` encoded too
   (sugargoo's ``productLink=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3D…%26id%3DN&…``)
   said "no marketplace listing found in the link": the listing is suggested (the code is
   agent-site still).
5. ``cbu01-overseas.1688.com``, 1688's image host (a sourcing site's product images, and its
   image-host allow-list, name it), was read as a vanity storefront: it is 1688's own service
   host, refused as such (section 12 reserves the service labels of a marketplace's hosts).

``ROWS`` holds real inputs (the source of each is named in the sweep's notes) that no earlier
table holds, with the notes' section behind its answer.
"""

from __future__ import annotations

import pytest

from _real_urls import assert_service_host, canonical_test, table_tests, thrice
from ipprules.listings import parse_listing
from ipprules.listings.parser import other_listings

_MD_1688 = "https://detail.1688.com/offer/610494659403.html"
_MD_TAOBAO = "https://item.taobao.com/item.htm?id=606832683299"
_HEGOBUY = "https://www.hegobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D535661183265"
_SUGARGOO = "https://www.sugargoo.com/#/home/productDetail?productLink=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3Da1z10.3%26id%3D695240235157&memberId=123"
_ESUGARGOO = "https://www.esugargoo.com/#/home/productDetail?productLink=https%253A%252F%252Fitem.taobao.com%252Fitem.htm%253Fspm%253Da1z10.3-c.w4002-13979990307.10.46c7707e2PW6oL%2526id%253D691541677564&memberId=341948605864607954"

FIXED: list[tuple[str, str | None, str, str | None]] = [
    (f"          '{_MD_1688}]({_MD_1688})'", '1688', 'listing', '610494659403'),  # cachho/cn-links filterLinks test; fix 1; was missing-id
    (f"{_MD_1688}]({_MD_1688})", '1688', 'listing', '610494659403'),  # the same alone; fix 1; was missing-id
    (f"{_MD_TAOBAO}]({_MD_TAOBAO})", 'taobao', 'listing', '606832683299'),  # constructed; fix 1; was malformed-id
    ("https://www.aliexpress.com/item/1005007825084745.html](https://www.aliexpress.com/item/1005007825084745.html)", 'aliexpress', 'listing', '1005007825084745'),  # constructed; fix 1; was missing-id
    (f"item.taobao.com/item.htm?id=606832683299]({_MD_TAOBAO})", 'taobao', 'listing', '606832683299'),  # constructed; fix 1 without a scheme; was malformed-id
    (f"{_MD_TAOBAO}](https://evil.example/x)", None, 'not-alibaba-host', None),  # constructed control: the target on another host is read, as after a "[" (was malformed-id)
    (f"{_MD_TAOBAO}](x)", None, 'malformed-id', None),  # constructed control: no link after "](" (unchanged)
    (f"[{_MD_1688}]({_MD_1688})", '1688', 'listing', '610494659403'),  # constructed control: with its "[" (unchanged)
    (f"    // {_HEGOBUY}", None, 'agent-site', None),  # cachho/cn-links generateAgentLink.ts; fix 2; was not-alibaba-host
    (_HEGOBUY, None, 'agent-site', None),  # the same alone; fix 2
    ("https://www.hegobuy.com/item/store?url=https%3A%2F%2Fshop106592833.taobao.com", None, 'agent-site', None),  # constructed from cn-links's store link; fix 2
    ("        '//ghaziprofessional.m.trustpass.alibaba.com/?language=ko',", None, 'not-a-listing', None),  # yahoai/couer-electron testdata.js; fix 3 (the reason and suggestion)
    ("https://funcoo.m.fm.alibaba.com/company_profile.html", None, 'not-a-listing', None),  # constructed; fix 3
    ("https://www.m.en.alibaba.com/", None, 'not-a-listing', None),  # constructed control: no company (unchanged)
    ("      'cbu01-overseas.1688.com'", None, 'not-a-url', None),  # Jomadder-E-Commerce/jomadder next.config.mjs (an image-host allow-list); fix 5; was a 1688 storefront; urls53: a host alone in quotes is no link (was not-a-listing)
    ("https://cbu01-overseas.1688.com/", None, 'not-a-listing', None),  # constructed; fix 5; was a 1688 storefront
    ("https://joinsun.1688.com/", '1688', 'storefront', 'joinsun'),  # section 4's vanity store, control (unchanged)
    (f"      '{_SUGARGOO}';", None, 'agent-site', None),  # cachho/cn-links extractRawLink test; fix 4 (the suggestion)
    (f"      '{_ESUGARGOO}';", None, 'agent-site', None),  # cachho/cn-links extractRawLink test; fix 4, encoded twice
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('    baseURL: "https://passport.taobao.com/",', None, 'not-a-listing', None),  # 11273/goofish-client:README.md; section 11: not a listing page
    ('- **MTOP API**: `https://h5api.m.goofish.com`', None, 'not-a-listing', None),  # 11273/goofish-client:docs/api/configuration.md; section 11: not a listing page
    ('- **Passport API**: `https://passport.goofish.com`', None, 'not-a-listing', None),  # 11273/goofish-client:docs/api/configuration.md; section 11: not a listing page
    ("  // SECONDARY_WS_URL: 'wss://msgacs.m.taobao.com/accs/auth',", None, 'scheme-not-allowed', None),  # 11273/goofish-client:src/constants/api.im.ts; section 0: another scheme
    ("  ORIGIN: 'https://www.goofish.com',", None, 'not-a-listing', None),  # 11273/goofish-client:src/constants/api.ts; section 11: not a listing page
    ('[product](https://fr.aliexpress.com/item/1005010207331462.html)', 'aliexpress', 'listing', '1005010207331462'),  # 78/xiaozhi-esp32:main/boards/hu-087/README.md; section 6
    ('<a href="https://item.taobao.com/item.htm?id=889892765588" target="_blank" title="SenseCAP Watcher">Minsi-k08</a>', 'taobao', 'listing', '889892765588'),  # 78/xiaozhi-esp32:main/boards/minsi-k08-dual/README.md; section 1
    ('[维控智能 WK ESP32-S3 Dev Board](https://item.taobao.com/item.htm?id=922489696592)', 'taobao', 'listing', '922489696592'),  # 78/xiaozhi-esp32:main/boards/wk-esp32s3-dev/README.md; section 1
    ('https://e.tb.cn/h.hBc8Gcx9cUluJJO?tk=YW5C4LPixKg', None, 'short-link', None),  # 78/xiaozhi-esp32:main/boards/zhengchen/cam-ml307/README.md; section 10: a short link
    ('  "description": "Converts CNY prices on goofish.com to another currency using the Superbuy exchange rate.",', None, 'not-a-url', None),  # Mar0xy/goofish-cny-superbuy:manifest.json; section 0: no link in the text
    ('SEARCH_URL = "https://www.goofish.com/search"', None, 'not-a-listing', None),  # Microck/goofish-watcher:core/scanner.py; section 11: not a listing page
    ('                    "domain": domain if isinstance(domain, str) and domain else ".goofish.com",', None, 'not-a-url', None),  # Microck/goofish-watcher:core/scanner.py; section 0: no link in the text
    ('        "https://pages.goofish.com/sharexy"', None, 'not-a-listing', None),  # Microck/goofish-watcher:core/webhook_receiver.py; section 11: not a listing page
    ('        goofish_candidates = [u for u in urls if "goofish.com" in u]', None, 'not-a-url', None),  # Microck/goofish-watcher:core/webhook_receiver.py; section 0: no link in the text
    ('    source = "https://www.goofish.com/item?id=9282837465&foo=bar"', 'taobao', 'listing', '9282837465'),  # Microck/goofish-watcher:tests/test_webhook_receiver.py; section 8
    ('    assert "https%3A%2F%2Fwww.goofish.com%2Fitem%3Fid%3D9282837465" in result', 'taobao', 'listing', '9282837465'),  # Microck/goofish-watcher:tests/test_webhook_receiver.py; section 8
    ('            "listing_link_pc": "https://www.goofish.com/item?id=1234567890",', 'taobao', 'listing', '1234567890'),  # Microck/goofish-watcher:tests/test_webhook_receiver.py; section 8
    ('        "PC link: https://www.goofish.com/item?id=9876543210"', 'taobao', 'listing', '9876543210'),  # Microck/goofish-watcher:tests/test_webhook_receiver.py; section 8
    ('  return `https://item.taobao.com/item.htm?id=${productId}`;', None, 'malformed-id', None),  # Zaki362/taobao-agent:lib/agent/cart.ts; section 11: a bad id (a template)
    ('    return ["taobao.com", "tmall.com", "tmall.hk", "tb.cn"].some(', None, 'not-a-url', None),  # Zaki362/taobao-agent:lib/runtime/jobs.ts; section 0: no link in the text
    ('    detail_url: `https://item.taobao.com/item.htm?id=${encodeURIComponent(product.product_id)}`,', None, 'malformed-id', None),  # Zaki362/taobao-agent:scripts/interview-demo-utils.mjs; section 11: a bad id (a template)
    ('      hostname === "taobao.com" ||', None, 'not-a-url', None),  # Zaki362/taobao-agent:scripts/local-executor-utils.mjs; section 0: no link in the text
    ('      hostname.endsWith(".taobao.com") ||', None, 'not-a-url', None),  # Zaki362/taobao-agent:scripts/local-executor-utils.mjs; section 0: no link in the text
    ('      hostname === "tmall.com" ||', None, 'not-a-url', None),  # Zaki362/taobao-agent:scripts/local-executor-utils.mjs; section 0: no link in the text
    ('      hostname.endsWith(".tmall.com");', None, 'lookalike-host', None),  # Zaki362/taobao-agent:scripts/local-executor-utils.mjs; section 11: a lookalike host
    ('        // redirect an otherwise logged-in desktop WebView to login.taobao.com.', None, 'not-a-listing', None),  # Zaki362/taobao-agent:scripts/local-executor.mjs; section 11: not a listing page
    ('      detail_url: "https://item.taobao.com/item.htm?id=recovery-candidate",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/evaluation/new-car-agent-quality.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=eval-stable",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/evaluation/new-car-agent-quality.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=eval-value",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/evaluation/new-car-agent-quality.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=eval-upgrade",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/evaluation/new-car-agent-quality.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=pg-detail-product"', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/integration/postgres-runtime.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=pg-replay-product",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/integration/postgres-runtime.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=pg-cart-product-a",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/integration/postgres-runtime.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=pg-cart-product-b",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/integration/postgres-runtime.test.ts; section 11: a bad id
    ('        detail_url: "https://item.taobao.com/item.htm?id=pg-recovery-product",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/integration/postgres-runtime.test.ts; section 11: a bad id
    ('      detail_url: "https://item.taobao.com/item.htm?id=candidate-1",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/unit/agent-runtime.test.ts; section 11: a bad id
    ('      detail_url: "https://item.taobao.com/item.htm?id=confirmed-retry-candidate",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/unit/agent-runtime.test.ts; section 11: a bad id
    ('    detail_url: "https://item.taobao.com/item.htm?id=product-1",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/unit/cart-product-mode.test.ts; section 11: a bad id
    ('      detail_url: "https://item.taobao.com/item.htm?id=stale"', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/unit/dashboard-detail-evidence.test.ts; section 11: a bad id
    ('    const detailUrl = "https://item.taobao.com/item.htm?id=843402079981";', 'taobao', 'listing', '843402079981'),  # Zaki362/taobao-agent:tests/unit/local-executor-process.test.mjs; section 1
    ('                    productUrl: "https://item.taobao.com/item.htm?id=614534453440"', 'taobao', 'listing', '614534453440'),  # Zaki362/taobao-agent:tests/unit/local-executor-process.test.mjs; section 1
    ('    expect(taobaoCurrentTabUrl({ result: { url: "https://login.taobao.com/login.htm" } })).toContain("login.taobao.com");', None, 'not-a-listing', None),  # Zaki362/taobao-agent:tests/unit/local-executor-utils.test.ts; section 11: not a listing page
    ('      detail_url: "https://click.simba.taobao.com/cc_im?id=843402079981",', None, 'not-a-listing', None),  # Zaki362/taobao-agent:tests/unit/runtime-queue.test.ts; section 11: not a listing page
    ('      detail_url: "https://item.taobao.com/item.htm?id=new-preferred-product"', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/unit/runtime-queue.test.ts; section 11: a bad id
    ('        result.detail_evidence.detail_url = "https://item.taobao.com.evil.example/item.htm?id=843402079981";', None, 'lookalike-host', None),  # Zaki362/taobao-agent:tests/unit/runtime-queue.test.ts; section 11: a lookalike host
    ('      detail_url: "https://item.taobao.com/item.htm?id=reusable-candidate",', None, 'malformed-id', None),  # Zaki362/taobao-agent:tests/unit/session-summaries.test.ts; section 11: a bad id
    ('✅ https://detail.tmall.com/item.htm?id=123456', 'tmall', 'listing', '123456'),  # batoo-han/TaoBao_Scraper:README.md; section 2
    ('✅ https://a.m.taobao.com/i123456.htm', 'taobao_or_tmall', 'listing', '123456'),  # batoo-han/TaoBao_Scraper:README.md; section 1 (mobile/world hosts: taobao_or_tmall)
    ('✅ https://s.click.taobao.com/...', None, 'short-link', None),  # batoo-han/TaoBao_Scraper:README.md; section 10: a short link
    ('✅ https://detail.1688.com/offer/978544643627.html', '1688', 'listing', '978544643627'),  # batoo-han/TaoBao_Scraper:README.md; section 4
    ('✅ https://detail.1688.com/offer/978544643627.html?offerId=978544643627&hotSaleSkuId=...', '1688', 'listing', '978544643627'),  # batoo-han/TaoBao_Scraper:README.md; section 4
    ('✅ https://m.1688.com/offer/978544643627.html', '1688', 'listing', '978544643627'),  # batoo-han/TaoBao_Scraper:README.md; section 4
    ('1.  **Входные данные**: Бот принимает только действительные URL-адреса страниц товаров с сайтов `taobao.com` и `tmall.com` (включая короткие ссылки `tb.cn`).', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:docs/BUSINESS_RULES.md; section 0: no link in the text
    ('- `tb.cn` (короткие ссылки)', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:docs/FAQ.md; section 0: no link in the text
    ('[Ссылка](https://item.taobao.com/...)', None, 'missing-id', None),  # batoo-han/TaoBao_Scraper:docs/IMPROVEMENTS_v2.1.txt; section 11: no id
    ('[Ссылка на товар](https://item.taobao.com/item.htm?id=841518636230)', 'taobao', 'listing', '841518636230'),  # batoo-han/TaoBao_Scraper:docs/IMPROVEMENTS_v2.1.txt; section 1
    ('- [ ] поддержка других китайских платформ (JD.com, 1688.com)', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:docs/PINDUODUO_INTEGRATION.md; section 0: no link in the text
    ("                'Referer': 'https://item.taobao.com/',", None, 'missing-id', None),  # batoo-han/TaoBao_Scraper:src/core/scraper.py; section 11: no id
    ('        "a.m.taobao.com",', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ('        "s.click.taobao.com",', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ('        "tb.cn"', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ('        "detail.m.tmall.com"', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 11: no id; urls53: a host alone in quotes is no link (was missing-id)
    ('        "1688.com",', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ('        "detail.m.1688.com",  # Мобильная версия detail страницы', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ('        "winport.m.1688.com"', None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 11: not a listing page; urls53: a host alone in quotes is no link (was not-a-listing)
    ("                if taobao_domain in domain or domain_clean.endswith('.taobao.com'):", None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ("                if tmall_domain in domain or domain_clean.endswith('.tmall.com'):", None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ("                if ali_domain in domain or domain_clean.endswith('.1688.com'):", None, 'not-a-url', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 0: no link in the text
    ('        Нормализует URL 1688 до формата: https://detail.1688.com/offer/{id}.html', None, 'missing-id', None),  # batoo-han/TaoBao_Scraper:src/utils/url_parser.py; section 11: no id (a template)
    ('                    "share_text": "【淘宝】「优衣库女装连衣裙」 https://m.tb.cn/h.xxxxx?tk=XXXX",', None, 'short-link', None),  # cmrhyq/TaobaoProductMonitor:OpenAPI.json; section 10: a short link
    ('                    "product_url": "https://m.tb.cn/h.xxxxx",', None, 'short-link', None),  # cmrhyq/TaobaoProductMonitor:OpenAPI.json; section 10: a short link
    ('            "example": "https://m.tb.cn/h.5zxyK10h65Gy9AU"', None, 'short-link', None),  # cmrhyq/TaobaoProductMonitor:OpenAPI.json; section 10: a short link
    ('   - 打开浏览器，访问任意淘宝商品 H5 页面（如 `https://h5.m.taobao.com/`）', None, 'not-a-listing', None),  # cmrhyq/TaobaoProductMonitor:README.md; section 11: not a listing page
    ("    (19, 1, '淘宝', 'https://m.tb.cn/h.5zxyK10h65Gy9AU?tk=X2X2WKIqj7', '优衣库女装麻混纺吊带连衣裙(打褶高腰时尚法式轻盈新款)466540', 'X2X2WKIqj7o', 11, 'cmrhyq@163.com', '2024-04-18 00:43:20', '2024-04-25 21:18:06'),", None, 'short-link', None),  # cmrhyq/TaobaoProductMonitor:db/init_sqlite.sql; section 10: a short link
    ('        return "id=" in url or "tb.cn" in url or "m.tb.cn" in url', None, 'not-a-url', None),  # cmrhyq/TaobaoProductMonitor:service/monitor/price_fetcher.py; section 10: a short link; urls53: a host alone in quotes is no link (was short-link)
    ('MTOP_BASE_URL = "https://h5api.m.taobao.com/h5"', None, 'not-a-listing', None),  # cmrhyq/TaobaoProductMonitor:service/monitor/taobao_h5_api.py; section 11: not a listing page
    ('            if not share_price and ("tb.cn" in product.product_url):', None, 'not-a-url', None),  # cmrhyq/TaobaoProductMonitor:service/monitor/taobao_monitor.py; section 0: no link in the text
    ('- taobao.com', None, 'not-a-url', None),  # cachho/cn-links:readme.md; section 0: no link in the text
    ('- tmall.com', None, 'not-a-url', None),  # cachho/cn-links:readme.md; section 0: no link in the text
    ('- 1688.com', None, 'not-a-url', None),  # cachho/cn-links:readme.md; section 0: no link in the text
    ("    const href = 'https://world.taobao.com/item/674029285425.htm';", 'taobao_or_tmall', 'listing', '674029285425'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 1 (mobile/world hosts: taobao_or_tmall)
    ("      'https://www.taobao.com/list/item/758067992163.htm?spm=a21wu.10013406-cat.taglist-content.1.56e938a4vsEyTK';", 'taobao', 'listing', '758067992163'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 1
    ("    const href = 'https://detail.1688.com/offer/610494659403.html';", '1688', 'listing', '610494659403'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 4
    ("    const href = 'https://detail.tmall.com/item_o.htm?id=674029285425';", 'tmall', 'listing', '674029285425'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 2
    ("    const href = 'https://item.taobao.com/item.html?id=987654321';", 'taobao', 'listing', '987654321'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 1
    ("      'https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-13979990307.10.46c7707e2PW6oL&id=691541677564';", 'taobao', 'listing', '691541677564'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 1
    ('    // Does not cover abstractions of marketplaces, such as world.taobao.com', None, 'not-a-listing', None),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 11: not a listing page
    ("    const href = 'https://www.taobao.com/list/item/693643886079.htm';", 'taobao', 'listing', '693643886079'),  # cachho/cn-links:src/item/__tests__/extractId.test.ts; section 1
    ("      'https://www.wegobuy.com/en/page/buy?from=search-input&url=https%3A%2F%2Fitem.taobao.com%2Fitem.html%3Fid%3D675330231400&partnercode=6t86Xk';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://item.taobao.com/item.html?id=675330231400').href", 'taobao', 'listing', '675330231400'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      new URL('https://item.taobao.com/item.htm?spm=a1z10.3&id=695240235157')", 'taobao', 'listing', '695240235157'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      new URL('https://item.taobao.com/item.htm?id=675330231400')", 'taobao', 'listing', '675330231400'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("        'https://www.taobao.com/list/item/674680652328.htm?spm=a21wu.10013406.taglist-content.10.1d9865ebWR4RYC'", 'taobao', 'listing', '674680652328'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://m.pandabuy.com/product?url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D625144747417&inviteCode=84QGEFBNY';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://detail.tmall.com/item.htm?id=625144747417').href", 'tmall', 'listing', '625144747417'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 2
    ("      new URL('https://item.taobao.com/item.htm?id=692787834585')", 'taobao', 'listing', '692787834585'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://www.allchinabuy.com/en/page/buy/?nTag=Home-search&from=search-input&_search=url&position=&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D675330231300&partnercode=abc';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://item.taobao.com/item.htm?id=675330231300').href", 'taobao', 'listing', '675330231300'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://m.superbuy.com/home/#/goodsDetail?nTag=Home-search&from=search-input&_search=url&url=https://detail.tmall.com/item.htm?id=66608981238';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://item.taobao.com/item.htm?id=655259799823')", 'taobao', 'listing', '655259799823'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      new URL('https://detail.1688.com/offer/641649880094.html')", '1688', 'listing', '641649880094'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 4
    ("      'https://www.kameymall.com/purchases/search/item?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D732843623706';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://item.taobao.com/item.htm?id=732843623706').href", 'taobao', 'listing', '732843623706'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      new URL('https://item.taobao.com/item.htm?id=781807828902')", 'taobao', 'listing', '781807828902'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://eastmallbuy.com/index/item/index.html?searchlang=en&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D781807828903';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://item.taobao.com/item.htm?id=781807828903').href", 'taobao', 'listing', '781807828903'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://www.hubbuycn.com/index/item/index.html?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D781807828922';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      new URL('https://item.taobao.com/item.htm?id=781807828922')", 'taobao', 'listing', '781807828922'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      new URL('https://item.taobao.com/item.htm?id=781807828972')", 'taobao', 'listing', '781807828972'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      new URL('https://item.taobao.com/item.htm?id=726526607194')", 'taobao', 'listing', '726526607194'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://item.taobao.com/item.htm?id=726145768645'", 'taobao', 'listing', '726145768645'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://item.taobao.com/item.htm?id=7231813762'", 'taobao', 'listing', '7231813762'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 1
    ("      'https://detail.1688.com/offer/780065669125.html'", '1688', 'listing', '780065669125'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 4
    ("      'https://detail.1688.com/offer/745930604736.html'", '1688', 'listing', '745930604736'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 4
    ("      'https://m.superbuy.com/home/#/goodsDetail/?userId=2424498&url=https%3A%2F%2Fe.tb.cn%2Fh.T8dxmP68pyc4u8t%3Ftk%3Dx8EDe1bZmZu';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      'https://e.tb.cn/h.T8dxmP68pyc4u8t?tk=x8EDe1bZmZu'", None, 'short-link', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 10: a short link
    ("      'https://detail.1688.com/offer/690957212150.html'", '1688', 'listing', '690957212150'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 4
    ("      'https://www.itaobuy.com/product-detail?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D675330231401';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("      'https://detail.1688.com/offer/923921667840.html'", '1688', 'listing', '923921667840'),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 4
    ("      'https://www.fishgoo.com/#/product?productLink=https%253A%252F%252Fitem.taobao.com%252Fitem.htm%253Fid%253D675330231401&memberId=ref';", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/extractRawLink.test.ts; section 0: an agent site
    ('    Another agent link: https://www.pandabuy.com/product?url=https://item.taobao.com/item.htm?id=674029285425&utm_source=pop&utm_medium=pdb&utm_campaign=normal', None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/filterLinks.test.ts; section 0: an agent site
    ('    // https://www.itaobuy.com/product-detail?url=https://detail.tmall.com/item.htm?id=675330231401&inviteCode=UN8A4YUS', None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/generateAgentLink.test.ts; section 0: an agent site
    ("    expect(link).toEqual(new URL('https://detail.1688.com/offer/345678.html'));", '1688', 'listing', '345678'),  # cachho/cn-links:src/item/__tests__/generateRawLink.test.ts; section 4
    ("      new URL('https://detail.tmall.com/item_o.htm?id=901234')", 'tmall', 'listing', '901234'),  # cachho/cn-links:src/item/__tests__/generateRawLink.test.ts; section 2
    ("      'https://m.superbuy.com/en/goodsdetail/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D705339617848',", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/isAgentLink.test.ts; section 0: an agent site
    ("      'https://eastmallbuy.com/index/item/index.html?searchlang=en&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D781807828904',", None, 'agent-site', None),  # cachho/cn-links:src/item/__tests__/isAgentLink.test.ts; section 0: an agent site
    ("      'https://detail.1688.com/',", None, 'missing-id', None),  # cachho/cn-links:src/item/__tests__/isAgentLink.test.ts; section 11: no id
    ("    const href = 'https://www.taobao.com/list/item/758067992163.htm';", 'taobao', 'listing', '758067992163'),  # cachho/cn-links:src/item/__tests__/isRawLink.test.ts; section 1
    ("    if (link.hostname === 'assets-tmw.taobao.com') {", None, 'not-a-url', None),  # cachho/cn-links:src/item/extractId.ts; section 11: not a listing page; urls53: a host alone in quotes is no link (was not-a-listing)
    ('    // https://www.kakobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D535661183265', None, 'agent-site', None),  # cachho/cn-links:src/item/generateAgentLink.ts; section 0: an agent site
    ('    // https://blikbuy.com/?go=item&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D675330231419', None, 'agent-site', None),  # cachho/cn-links:src/item/generateAgentLink.ts; section 0: an agent site
    ('    // https://www.sifubuy.com/detail?productUrl=https%253A%252F%252Fitem.taobao.com%252Fitem.htm%253Fid%253D675330231421&type=2', None, 'agent-site', None),  # cachho/cn-links:src/item/generateAgentLink.ts; section 0: an agent site
    ('    // https://www.fishgoo.com/#/product?productLink=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D675330231401&memberId=ref', None, 'agent-site', None),  # cachho/cn-links:src/item/generateAgentLink.ts; section 0: an agent site
    ('    // https://detail.1688.com/offer/679865234523.html', '1688', 'listing', '679865234523'),  # cachho/cn-links:src/item/generateAgentLink.ts; section 4
    ('    return new URL(`https://item.taobao.com/item.htm?${urlParams.toString()}`);', None, 'missing-id', None),  # cachho/cn-links:src/item/generateRawLink.ts; section 11: no id (a template)
    ('    return new URL(`https://detail.1688.com/offer/${id}.html`);', None, 'missing-id', None),  # cachho/cn-links:src/item/generateRawLink.ts; section 11: no id (a template)
    ("    if (link.hostname.includes('qr.1688.com')) return false;", None, 'not-a-url', None),  # cachho/cn-links:src/item/isRawLink.ts; section 10: a short link; urls53: a host alone in quotes is no link (was short-link)
    ("      'https://sugargoo.com/#/home/productDetail?productLink=https://detail.tmall.com/item.htm?abbucket=6%26id=674029285425%26ns=1%26spm=a230r.1.14.1.371c328a3TkJ9Q';", None, 'agent-site', None),  # cachho/cn-links:src/lib/__tests__/detectAgent.test.ts; section 0: an agent site
    ("      'https://www.hagobuy.com/item/details?url=https%3A%2F%2Fitem.taobao.com%2Fitem.html%3Fid%3D543109184027';", None, 'agent-site', None),  # cachho/cn-links:src/lib/__tests__/detectAgent.test.ts; section 0: an agent site
    ("      'https://shop249029897.taobao.com/?spm=pc_detail.27183998.shop_block.dshopinfo.7fab7dd6JG7E0d';", 'taobao', 'storefront', '249029897'),  # cachho/cn-links:src/lib/__tests__/detectMarketplace.test.ts; section 1 (a store)
    ("  if (domain === 'taobao.com') {", None, 'not-a-url', None),  # cachho/cn-links:src/lib/detectMarketplace.ts; section 0: no link in the text
    ("  if (domain === '1688.com') {", None, 'not-a-url', None),  # cachho/cn-links:src/lib/detectMarketplace.ts; section 0: no link in the text
    ("  if (domain === 'tmall.com') {", None, 'not-a-url', None),  # cachho/cn-links:src/lib/detectMarketplace.ts; section 0: no link in the text
    ("  'taobao.com',", None, 'not-a-url', None),  # cachho/cn-links:src/models/Marketplace.ts; section 0: no link in the text
    ("  '1688.com',", None, 'not-a-url', None),  # cachho/cn-links:src/models/Marketplace.ts; section 0: no link in the text
    ("  'tmall.com',", None, 'not-a-url', None),  # cachho/cn-links:src/models/Marketplace.ts; section 0: no link in the text
    ("      new URL('https://shop277184856.taobao.com')", 'taobao', 'storefront', '277184856'),  # cachho/cn-links:src/objects/__tests__/CnStoreLink.test.ts; section 1 (a store)
    ("      'https://www.hagobuy.com/item/store?url=https%3A%2F%2Fshop106592833.taobao.com';", None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/decodeHagobuy.test.ts; section 0: an agent site
    ("      'https://www.pandabuy.com/shopdetail?ra=282&t=alibaba&id=-1&o=shop1434560114962.1688.com'", None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/decodePandabuy.test.ts; section 0: an agent site
    ("      'https://www.pandabuy.com/shopdetail?ra=560&t=alibaba&id=b2b-22108725372987d9fa&o=m.1688.com'", None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/decodePandabuy.test.ts; section 0: an agent site
    ("    const href = 'https://shop106592833.taobao.com/';", 'taobao', 'storefront', '106592833'),  # cachho/cn-links:src/store/__tests__/extractId.test.ts; section 1 (a store)
    ("      'https://lyb2528.taobao.com/index.htm?spm=a1z10.1-c-s.w5002-17123004230.2.39b27e1bkofvpK';", 'taobao', 'storefront', 'lyb2528'),  # cachho/cn-links:src/store/__tests__/extractId.test.ts; section 1 (a store)
    ("      'https://shop1434560114962.1688.com/page/index.html?spm=0.0.wp_pc_common_header_companyName_undefined.0';", '1688', 'storefront', 'shop1434560114962'),  # cachho/cn-links:src/store/__tests__/extractId.test.ts; section 4 (a store)
    ("      new URL('https://m.1688.com/winport/b2b-BBBhWYrn9o5vKbSMmUj1wJqSg.html')", None, 'malformed-id', None),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 11: a bad id
    ("    expect(rawLink).toEqual(new URL('https://shop106592833.taobao.com'));", 'taobao', 'storefront', '106592833'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("    expect(rawLink).toEqual(new URL('https://shop676198570.taobao.com'));", 'taobao', 'storefront', '676198570'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("    expect(rawLink.href).toEqual('https://shop277184856.taobao.com/');", 'taobao', 'storefront', '277184856'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("    expect(rawLink.href).toEqual('https://shop192365862.taobao.com/');", 'taobao', 'storefront', '192365862'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("    expect(rawLink.href).toEqual('https://shop512766491.taobao.com/');", 'taobao', 'storefront', '512766491'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("      'https://www.kakobuy.com/item/store?url=https%3A%2F%2Fshop512766498.taobao.com%2F';", None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("    expect(rawLink.href).toEqual('https://shop512766498.taobao.com/');", 'taobao', 'storefront', '512766498'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("      'https://www.itaobuy.com/shop-detail?url=https%3A%2F%2Fshop512766123.taobao.com%2F';", None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 0: an agent site
    ("    expect(rawLink.href).toEqual('https://shop512766123.taobao.com/');", 'taobao', 'storefront', '512766123'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("    expect(rawLink.href).toEqual('https://shop265827741.taobao.com/');", 'taobao', 'storefront', '265827741'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("    expect(rawLink.href).toEqual('https://shop6481396504.taobao.com/');", 'taobao', 'storefront', '6481396504'),  # cachho/cn-links:src/store/__tests__/extractRawLink.test.ts; section 1 (a store)
    ("      'https://www.hagobuy.com/item/store?url=https%3A%2F%2Fshop106592833.taobao.com%2F';", None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/generateAgentLink.test.ts; section 0: an agent site
    ('    const expected = `https://www.itaobuy.com/shop-detail?url=https%3A%2F%2Fshop512766312.taobao.com%2F&inviteCode=${referral}`;', None, 'agent-site', None),  # cachho/cn-links:src/store/__tests__/generateAgentLink.test.ts; section 0: an agent site (a template)
    ("    expect(link).toEqual(new URL('https://shop314120750.taobao.com/'));", 'taobao', 'storefront', '314120750'),  # cachho/cn-links:src/store/__tests__/generateRawLink.test.ts; section 1 (a store)
    ("    expect(link).toEqual(new URL('https://lyb2528.taobao.com/'));", 'taobao', 'storefront', 'lyb2528'),  # cachho/cn-links:src/store/__tests__/generateRawLink.test.ts; section 1 (a store)
    ("      'https://world.taobao.com/dianpu/57303596.htm?spm=a21wu.12321156.shop-area.2.3a5a2581HMQz0Q';", 'taobao', 'storefront', '57303596'),  # cachho/cn-links:src/store/__tests__/isRawLink.test.ts; section 1 (a store)
    ('      return new URL(`https://${id}.taobao.com/`);', None, 'not-a-url', None),  # cachho/cn-links:src/store/generateRawLink.ts; section 0: no link in the text (a template)
    ('    return new URL(`https://shop${id}.taobao.com/`);', None, 'not-a-url', None),  # cachho/cn-links:src/store/generateRawLink.ts; section 0: no link in the text (a template)
    ('│  URL: https://price-tracker-lazada.vercel.app                  │', None, 'lookalike-host', None),  # frenxpog1/price-tracker-lazada:ARCHITECTURE.md; section 11: a lookalike host
    ('   URL: https://www.lazada.com.ph/...', None, 'not-a-listing', None),  # frenxpog1/price-tracker-lazada:UPDATE_RENDER_URL.md; section 11: not a listing page
    ('LAZADA_API_URL=https://price-tracker-lazada.onrender.com', None, 'lookalike-host', None),  # frenxpog1/price-tracker-lazada:VERCEL_ENV_VARIABLES.md; section 11: a lookalike host
    ('        lazada_url = f"https://www.lazada.com.ph/catalog/?{url_params}"', None, 'not-a-listing', None),  # frenxpog1/price-tracker-lazada:backend/app/api/proxy.py; section 11: not a listing page (a template)
    ("        return 'lazada.com' in url.lower()", None, 'not-a-url', None),  # frenxpog1/price-tracker-lazada:backend/app/scrapers/lazada_api_scraper.py; section 0: no link in the text
    ('    BASE_URL = "https://www.lazada.com.ph"', None, 'not-a-listing', None),  # frenxpog1/price-tracker-lazada:backend/app/scrapers/lazada_playwright_scraper.py; section 11: not a listing page
    ("      product_url: 'https://www.lazada.com.ph/products/samsung-galaxy-a54-5g',", None, 'missing-id', None),  # frenxpog1/price-tracker-lazada:frontend/src/services/mockData.ts; section 11: no id
    ("      product_url: 'https://www.lazada.com.ph/products/xiaomi-redmi-note-13-pro',", None, 'missing-id', None),  # frenxpog1/price-tracker-lazada:frontend/src/services/mockData.ts; section 11: no id
    ("      product_url: 'https://www.lazada.com.ph/products/iphone-15-pro-max',", None, 'missing-id', None),  # frenxpog1/price-tracker-lazada:frontend/src/services/mockData.ts; section 11: no id
    ("      product_url: 'https://www.lazada.com.ph/products/asus-vivobook-15',", None, 'missing-id', None),  # frenxpog1/price-tracker-lazada:frontend/src/services/mockData.ts; section 11: no id
    ("      product_url: 'https://www.lazada.com.ph/products/lenovo-ideapad-3',", None, 'missing-id', None),  # frenxpog1/price-tracker-lazada:frontend/src/services/mockData.ts; section 11: no id
    ('                String url = "https://auth.lazada.com/oauth/authorize?response_type=code&force_auth=true&redirect_uri="+ Constant.CALLBACK_URL +"&client_id=" + Constant.APP_KEY;', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/ui/shop_accounts/ShopAccountListActivity.java; section 11: not a listing page
    ('    public static final String CREATE_TOKEN_URL = "https://auth.lazada.com/rest/auth/token/create";', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/util/Constant.java; section 11: not a listing page
    ('    public static final String GET_ORDER_URL = "https://api.lazada.com.ph/rest/order/get";', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/util/Constant.java; section 11: not a listing page
    ('    public static final String GET_SELLER_URL = "https://api.lazada.com.ph/rest/seller/get";', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/util/Constant.java; section 11: not a listing page
    ('    public static final String GET_ORDER_ITEMS_URL = "https://api.lazada.com.ph/rest/order/items/get";', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/util/Constant.java; section 11: not a listing page
    ('    public static final String UPDATE_ORDER_RTS_URL = "https://api.lazada.com.ph/rest/order/rts";', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/util/Constant.java; section 11: not a listing page
    ('    public static final String GET_MULTIPLE_ORDER_ITEMS_URL = "https://api.lazada.com.ph/rest/orders/items/get";', None, 'not-a-listing', None),  # jasper-diongco/lazada-shopee-scanner:app/src/main/java/com/jdjp/lazadashopeescanner/util/Constant.java; section 11: not a listing page
    ('        "domain": \'taobao.com\',', None, 'not-a-url', None),  # jinguangfei/taobao_short_url:src/api/config/router.py; section 0: no link in the text
    ('    url = f"https://main.m.taobao.com/app/ltao-fe/we-detail/home.html?id={item_id}"', None, 'malformed-id', None),  # jinguangfei/taobao_short_url:src/api/config/router.py; section 11: a bad id (a template)
    ('    config_task.add_task("https://main.m.taobao.com/app/ltao-fe/we-detail/home.html?id=673600000000")', 'taobao_or_tmall', 'listing', '673600000000'),  # jinguangfei/taobao_short_url:src/api/config/task.py; section 1 (mobile/world hosts: taobao_or_tmall)
    ('            ShortTargetUrlType.TAOBAO: "https://item.taobao.com/item.htm?id={item_id}",', None, 'malformed-id', None),  # jinguangfei/taobao_short_url:src/api/short_url/config.py; section 11: a bad id (a template)
    ('    #body = \'{"api":"mtop.taobao.sharepassword.generateshorturlnew","data":{"shortUrl":"https://e.tb.cn/h.S25GasXAiLwQVGp","longUrl":"https://main.m.taobao.com/app/ltao-fe/we-detail/home.html?id=834550783063&un=d7dd62e400a10e264858dbc0573c2db7&share_crt_v=1&un_site=0"},"ret":["SUCCESS::调用成功"],"traceId":"213e097717581789403278048e119b","v":"1.0"}\'', None, 'short-link', None),  # jinguangfei/taobao_short_url:src/api/short_url/service.py; section 10: a short link
    ('        "product_url": "https://detail.1688.com/offer/840519667567.html",', '1688', 'listing', '840519667567'),  # Jomadder-E-Commerce/jomadder:src/components/pages/category/CateBags.jsx; section 4
    ('        "product_url": "https://detail.1688.com/offer/823063819808.html",', '1688', 'listing', '823063819808'),  # Jomadder-E-Commerce/jomadder:src/components/pages/category/CateBags.jsx; section 4
    ('        "product_url": "https://detail.1688.com/offer/823314083893.html",', '1688', 'listing', '823314083893'),  # Jomadder-E-Commerce/jomadder:src/components/pages/category/CateBags.jsx; section 4
    ('        "product_url": "https://detail.1688.com/offer/678343461754.html",', '1688', 'listing', '678343461754'),  # Jomadder-E-Commerce/jomadder:src/components/pages/category/CateBags.jsx; section 4
    ('        "product_url": "https://detail.1688.com/offer/809428521758.html",', '1688', 'listing', '809428521758'),  # Jomadder-E-Commerce/jomadder:src/components/pages/category/CateBags.jsx; section 4
    ('        "product_url": "https://detail.1688.com/offer/811253889636.html",', '1688', 'listing', '811253889636'),  # Jomadder-E-Commerce/jomadder:src/components/pages/category/CateBags.jsx; section 4
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN013W4pkC22fNc2LrPJh_!!1968207147-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/15722362631_398525818.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN01D5zRWZ26QVA7O3reb_!!2211232547656-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN01UYMPrU1uKkwifLuF5_!!2330026019-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN01dO30QY2CZYnldmU1p_!!2218657638488-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN01Rjn6kO1zBChlrrfvz_!!2207962986675-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/O1CN01SSTkv12AZtkLybszX_!!2212951848218-0-cib.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/23413986643_964554375.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/22234027127_2142951807.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/13158309978_1956405247.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/15005131213_352962549.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/ActiveWear.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/2020/913/310/15270013319_939970360.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/HomeDecor.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/22884458258_1294760177.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/HomeDecor.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/imgextra/i2/O1CN01VeOiOL25t4LjM7hvf_!!0-cbu_common_content.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/HomeDecor.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/imgextra/i3/O1CN01OutNJY1LISPXTEwQp_!!4611686018427380988-2-cbu_common_content.png",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/HomeDecor.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/2019/624/116/10694611426_1492657371.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Jewelry.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/2018/564/712/9400217465_74652292.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Jewelry.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/2020/288/931/15789139882_1525051712.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Jewelry.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/2018/783/119/9841911387_1088502907.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Jewelry.js; section 11: not a listing page
    ('      detail_url: "https://itemcdn.tmall.com/1688offer/icoss33430718923a459e079fed6ad1",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Product.js; section 11: not a listing page
    ('        shop_url: "https://winport.m.1688.com/page/index.html?memberId=b2b-2216752904609e6e39",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Product.js; notes silent: refused as a form the notes do not name
    ('            "img": "https://cbu01-overseas.1688.com/img/ibank/2018/191/628/8573826191_615298874.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/imgextra/i1/O1CN01DlXFUQ1v5TLfew1yS_!!4611686018427385833-0-cbu_common_content.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/imgextra/i3/O1CN01pg41NN26sRT3rDdxB_!!4611686018427387429-0-cbu_common_content.jpg",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; section 11: not a listing page
    ('            "img": "https://cbu01-overseas.1688.com/imgextra/i2/O1CN018Qtnah1wHfVnUTg6z_!!4611686018427385995-2-cbu_common_content.png",', None, 'not-a-listing', None),  # Jomadder-E-Commerce/jomadder:src/data/Watch.js; section 11: not a listing page
    ('- [Aliexpress link1](https://www.aliexpress.com/item/32992227812.html?spm=a2g0o.productlist.0.0.1afe21a50SLvi2&algo_pvid=a19c4182-08aa-406d-bfdf-132582ef5ebb&algo_exp_id=a19c4182-08aa-406d-bfdf-132582ef5ebb-23&pdp_ext_f=%7B%22sku_id%22%3A%2266940265509%22%7D&pdp_pi=-1%3B1.66%3B-1%3B-1%40salePrice%3BUSD%3Bsearch-mainSearch)', 'aliexpress', 'listing', '32992227812'),  # meshtastic/meshtastic:docs/configuration/module/canned-message.mdx; section 6
    ('- [Aliexpress link2](https://www.aliexpress.com/item/32946444853.html?spm=a2g0o.productlist.0.0.1afe21a50SLvi2&algo_pvid=a19c4182-08aa-406d-bfdf-132582ef5ebb&aem_p4p_detail=2022011523263276283624312400022072680&algo_exp_id=a19c4182-08aa-406d-bfdf-132582ef5ebb-6&pdp_ext_f=%7B%22sku_id%22%3A%2266223434642%22%7D&pdp_pi=-1%3B1.91%3B-1%3B-1%40salePrice%3BUSD%3Bsearch-mainSearch)', 'aliexpress', 'listing', '32946444853'),  # meshtastic/meshtastic:docs/configuration/module/canned-message.mdx; section 6
    ('- [Aliexpress link3](https://www.aliexpress.com/item/10000056483250.html?spm=a2g0o.productlist.0.0.1afe21a50SLvi2&algo_pvid=a19c4182-08aa-406d-bfdf-132582ef5ebb&algo_exp_id=a19c4182-08aa-406d-bfdf-132582ef5ebb-9&pdp_ext_f=%7B%22sku_id%22%3A%2220000000116682147%22%7D&pdp_pi=-1%3B2.51%3B-1%3B-1%40salePrice%3BUSD%3Bsearch-mainSearch)', 'aliexpress', 'listing', '10000056483250'),  # meshtastic/meshtastic:docs/configuration/module/canned-message.mdx; section 6
    ('| 915 or 868 |          GIZONT 17cm          | [muzi ᴡᴏʀᴋꜱ](https://muzi.works/products/whip-antenna-17cm) [AliExpress](https://www.aliexpress.us/item/3256804421300249.html)                                                                                    |', None, 'not-alibaba-host', None),  # meshtastic/meshtastic:docs/hardware/antennas/index.mdx; section 0: the first link is on another host
    ('|    915     | CDEBYTE TX915-JKD-20 (5-pack) |                                                                                   [AliExpress](https://www.aliexpress.us/item/3256803106771365.html)                                                                                    |', 'aliexpress', 'listing', '3256803106771365'),  # meshtastic/meshtastic:docs/hardware/antennas/index.mdx; section 6
    ('    - [AliExpress](https://www.aliexpress.us/item/3256805256690400.html)', 'aliexpress', 'listing', '3256805256690400'),  # meshtastic/meshtastic:docs/hardware/devices/community-supported/heltec-automation/sensor/index.mdx; section 6
    ('    - [AliExpress](https://www.aliexpress.us/item/3256807466584635.html)', 'aliexpress', 'listing', '3256807466584635'),  # meshtastic/meshtastic:docs/hardware/devices/heltec-automation/lora32/index.mdx; section 6
    ('    - [Aliexpress](https://www.aliexpress.com/item/32922106384.html)', 'aliexpress', 'listing', '32922106384'),  # meshtastic/meshtastic:docs/hardware/devices/lilygo/tbeam/screens.mdx; section 6
    ('3.  Send any message containing one or more valid AliExpress product URLs (e.g., `https://www.aliexpress.com/item/1234567890.html`).', 'aliexpress', 'listing', '1234567890'),  # nadirm5/Aliexpress-telegram-bot:README.md; section 6
    ('    product_url = f"https://vi.aliexpress.com/item/{product_id}.html"', None, 'missing-id', None),  # nadirm5/Aliexpress-telegram-bot:aliexpress_utils.py; section 11: no id (a template)
    ("                if '.aliexpress.us' in final_url:", None, 'not-a-url', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 0: no link in the text
    ("                    final_url = final_url.replace('.aliexpress.us', '.aliexpress.com')", None, 'not-a-url', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 0: no link in the text
    ("    if '.aliexpress.us' in url:", None, 'not-a-url', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 0: no link in the text
    ("        url = url.replace('.aliexpress.us', '.aliexpress.com')", None, 'not-a-url', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 0: no link in the text
    ('        return f"https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={reconstructed_url}"', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 10: a short link (a template)
    ('        if "star.aliexpress.com/share/share.htm" not in url:', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 10: a short link
    ('            prefixed_urls.append(f"https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={url}")', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 10: a short link (a template)
    ('            InlineKeyboardButton("🎫 Coupons", url="https://s.click.aliexpress.com/e/_oliYXEJ"),', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 10: a short link
    ('            InlineKeyboardButton("🔥 Deal", url="https://s.click.aliexpress.com/e/_omRiewZ")', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 10: a short link
    ('            InlineKeyboardButton("🛍️ Bundle Deals", url="https://s.click.aliexpress.com/e/_oE0GKJ9")', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:app.py; section 10: a short link
    ('get_coins_price("https://s.click.aliexpress.com/e/_oms0bBH")', None, 'short-link', None),  # nadirm5/Aliexpress-telegram-bot:coins_price_checker.py; section 10: a short link
    ('For the groundstation I chose an Nvr board - which seems to be fairly popular in the OpenIPC community and is very low cost.   Again, the specific model I bought is [here](https://www.aliexpress.com/item/1005004023376532.html)', 'aliexpress', 'listing', '1005004023376532'),  # OpenIPC/wiki:en/archive/fpv-step-by-step-guide.md; section 6
    ('Both the camera and groundstaion need a wifi adapter in order to send your FPV signal over the air, so another low-cost solution was the RTL8812AU.  Specifically, I ordered 2 of [these](https://www.aliexpress.com/item/1005005638445796.html) ', 'aliexpress', 'listing', '1005005638445796'),  # OpenIPC/wiki:en/archive/fpv-step-by-step-guide.md; section 6
    ('a modern [soldering station with a hot air](https://www.aliexpress.com/premium/soldering-station-hot-air.html)', None, 'not-a-listing', None),  # OpenIPC/wiki:en/equipment-flashing.md; section 11: not a listing page
    ('programmer but in real life the [cheapest CH341A USB programmer](https://www.aliexpress.com/w/wholesale-ch341a-programmer.html)', None, 'not-a-listing', None),  # OpenIPC/wiki:en/equipment-flashing.md; section 11: not a listing page
    ('Add a [SOP8 208mil to DIP8 socket adapter](https://www.aliexpress.com/w/wholesale-SOP8-208mil-to-DIP8-socket-adapter.html).', None, 'not-a-listing', None),  # OpenIPC/wiki:en/equipment-flashing.md; section 11: not a listing page
    ("Also, it's a good idea to have a bunch of spare [flash memory chips](https://www.aliexpress.com/w/wholesale-25Q128-SOP8.html).", None, 'not-a-listing', None),  # OpenIPC/wiki:en/equipment-flashing.md; section 11: not a listing page
    ('However, you can still find any Taobao agent and buy the module from [here](https://item.taobao.com/item.htm?id=764510955987). ', 'taobao', 'listing', '764510955987'),  # OpenIPC/wiki:en/fpv-bl-m8812eu2-wifi-adaptors.md; section 1
    ('- RTL8812AU x 2 (the board is debatable, maybe need an antenna connector, not a bare module) | [var.1](https://aliexpress.com/item/32830016946.html), [var.2](https://aliexpress.com/item/1005005262601564.html)', 'aliexpress', 'listing', '32830016946'),  # OpenIPC/wiki:en/fpv-kit.md; section 6
    ('- [https://www.aliexpress.com/item/1005002358182146.html](https://www.aliexpress.com/item/1005002358182146.html)', 'aliexpress', 'listing', '1005002358182146'),  # OpenIPC/wiki:en/fpv-nvr.md; section 6
    ('- https://item.taobao.com/item.htm?id=823103143737&skuId=5704904774133', 'taobao', 'listing', '823103143737'),  # OpenIPC/wiki:en/fpv-runcam-wifilink-openipc.md; section 1
    ('- https://fr.aliexpress.com/item/1005007532941097.html?gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005007532941097'),  # OpenIPC/wiki:en/fpv-runcam-wifilink-openipc.md; section 6
    ('- https://aliexpress.com/item/1005002879158570.html', 'aliexpress', 'listing', '1005002879158570'),  # OpenIPC/wiki:en/fpv-sigmastar.md; section 6
    ('- https://aliexpress.com/item/1005005750013595.html', 'aliexpress', 'listing', '1005005750013595'),  # OpenIPC/wiki:en/fpv-sigmastar.md; section 6
    ('- https://aliexpress.com/item/1005003738087454.html', 'aliexpress', 'listing', '1005003738087454'),  # OpenIPC/wiki:en/fpv-sigmastar.md; section 6
    ('IP-camera board is powered from 12V (actually 5V is enough, if you do not use it as a video camera with backlight) and for initial tests it is desirable to take a combined power-Ethernet cable, which is of two types: 12V with [power supply via jack](https://aliexpress.com/item/32961238897.html) and active PoE 48V (choose depending on the capabilities of your network switch).', 'aliexpress', 'listing', '32961238897'),  # OpenIPC/wiki:en/fpv.md; section 6
    ('* [Connectors with JST 1.25 type connectors](https://aliexpress.com/item/32863841787.html) in `3 Pin` and `8 Pin` configuration to connect to the UART port of the camera and replace the standard power-Ethernet cable in the flight version.', 'aliexpress', 'listing', '32863841787'),  # OpenIPC/wiki:en/fpv.md; section 6
    ('* [SoC radiators](https://aliexpress.com/item/32859349038.html) are welcome (as usual not installed by the manufacturer due to cheapening).', 'aliexpress', 'listing', '32859349038'),  # OpenIPC/wiki:en/fpv.md; section 6
    ('* [F0.95 fast lens](https://aliexpress.com/item/32876034491.html) (other options are [one](https://aliexpress.com/item/32957334039.html) and [two](https://aliexpress.com/item/4000142214594.html)) to fully utilize the Sony IMX307 sensor and enjoy flying at night.', 'aliexpress', 'listing', '32876034491'),  # OpenIPC/wiki:en/fpv.md; section 6
    ('* [Zoom Lens 2.8-12mm](https://aliexpress.com/item/32809397197.html). Please note that the kit comes with an outdated HiSilicon 3516EV100 based IP camera board, which can also be reflashed to OpenIPC. Since the board controlling the motors communicates with the main board via UART, you will have to creatively solve the issue with multiplexing the two UART ports or outputting unsoldered pins.', 'aliexpress', 'listing', '32809397197'),  # OpenIPC/wiki:en/fpv.md; section 6
    ('* [16 pin FPC connector](https://aliexpress.com/item/33013766973.html) for better soldering of connection to USB adapter and corresponding [cable](https://aliexpress.com/item/32958943450.html).', 'aliexpress', 'listing', '33013766973'),  # OpenIPC/wiki:en/fpv.md; section 6
    ('[1]: https://aliexpress.com/item/32493067946.html', 'aliexpress', 'listing', '32493067946'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('[2]: https://aliexpress.com/item/32851596596.html', 'aliexpress', 'listing', '32851596596'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('[3]: https://aliexpress.com/item/1005002315913099.html', 'aliexpress', 'listing', '1005002315913099'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('[4]: https://aliexpress.com/item/1005002298832047.html', 'aliexpress', 'listing', '1005002298832047'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('[5]: https://aliexpress.com/item/4000119561119.html', 'aliexpress', 'listing', '4000119561119'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('[6]: https://aliexpress.com/item/4000054902736.html', 'aliexpress', 'listing', '4000054902736'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('[7]: https://aliexpress.com/item/1005001933429701.html', 'aliexpress', 'listing', '1005001933429701'),  # OpenIPC/wiki:en/old-manual.md; section 6
    ('https://www.aliexpress.com/store/2673046', 'aliexpress', 'storefront', '2673046'),  # OpenIPC/wiki:ru/reviews.md; section 6 (a store)
    ('[iCESugar FPGA Board](https://item.taobao.com/item.htm?spm=a1z10.1-c-s.w4004-21349689053.18.305e20f8cSEvqA&id=614093598737)', 'taobao', 'listing', '614093598737'),  # wuxx/icesugar:README.md; section 1
    ('  const url = `https://open-s.alibaba.com/openservice/sourcenowImageSearchViewService?appKey=a5m1ismomeptugvfmkkjnwwqnwyrhpb1&appName=magellan&pageSize=${pageSize}&beginPage=${page}&imageType=oss&imageAddress=${encodeURIComponent(', None, 'not-a-listing', None),  # yahoai/couer-electron:src/main/alibaba/search_image.ts; section 11: not a listing page (a template)
    ("        referer: 'https://korean.alibaba.com/',", None, 'not-a-listing', None),  # yahoai/couer-electron:src/main/alibaba/search_image.ts; section 11: not a listing page
    ("        '//ghaziprofessional.trustpass.alibaba.com/productlist.html',", 'alibaba_com', 'storefront', 'ghaziprofessional'),  # yahoai/couer-electron:src/renderer/testdata.js; section 5 (a store)
    ("        '//message.alibaba.com/msgsend/contact.htm?action=contact_action&appForm=s_en&chkProductIds=1600136522054&chkProductIds_f=IDX1r6icpEBWz1QWjoZ5n0wtEeIXHARmDmHepGoq1q8v_F3N05DqGjM9comAQI0dmNne&tracelog=contactOrg&mloca=main_en_search_list',", None, 'not-a-listing', None),  # yahoai/couer-electron:src/renderer/testdata.js; section 11: not a listing page
    ("      supplierHomeHref: '//ghaziprofessional.trustpass.alibaba.com/ko_KR/',", 'alibaba_com', 'storefront', 'ghaziprofessional'),  # yahoai/couer-electron:src/renderer/testdata.js; section 5 (a store)
    ("        '//ghaziprofessional.trustpass.alibaba.com/ko_KR/company_profile.html',", 'alibaba_com', 'storefront', 'ghaziprofessional'),  # yahoai/couer-electron:src/renderer/testdata.js; section 5 (a store)
    ("        '//selection.alibaba.com/IDX1xhsMBoKxdPPtE3Xs_Nomyd2LyHCy5_uclGy0vDWku2o2zawHlEtc0IRgkkd86Lhl/summary.html',", None, 'not-a-listing', None),  # yahoai/couer-electron:src/renderer/testdata.js; section 11: not a listing page
    ("        '//selection.alibaba.com/IDX1cg0YmdfvBpfeY2sE767NYUYrhFJikwSFMzzaev94J4wpS9YLfNwYE2sqyv55B9B5/products.html',", None, 'not-a-listing', None),  # yahoai/couer-electron:src/renderer/testdata.js; section 11: not a listing page
    ("      productUrl: 'https://korean.alibaba.com/p-detail/Warm-1600136522054.html',", 'alibaba_com', 'listing', '1600136522054'),  # yahoai/couer-electron:src/renderer/testdata.js; section 5
    ("        '//www.alibaba.com/compass/search.htm?pid=1600136522054&posCate=201620601',", None, 'not-a-listing', None),  # yahoai/couer-electron:src/renderer/testdata.js; section 11: not a listing page
    ('            log.info("   - 提示: 请访问 https://www.goofish.com/im 完成验证后手动更新Cookie和Token");', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/controller/WebSocketController.java; section 11: not a listing page
    ('    private static final String HAS_LOGIN_URL = "https://passport.goofish.com/newlogin/hasLogin.do";', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/CookieRefreshServiceImpl.java; section 11: not a listing page
    ('    private static final String GOOFISH_COOKIE_DOMAIN = ".goofish.com";', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/CookieRefreshServiceImpl.java; section 0: no link in the text
    ('    private static final String TAOBAO_COOKIE_DOMAIN = ".taobao.com";', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/CookieRefreshServiceImpl.java; section 0: no link in the text
    ('            formBuilder.add("documentReferer", "https://www.goofish.com/");', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/CookieRefreshServiceImpl.java; section 11: not a listing page
    ('                    .header("Referer", "https://passport.goofish.com/")', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/CookieRefreshServiceImpl.java; section 11: not a listing page
    ('    private static final String UPLOAD_URL = "https://stream-upload.goofish.com/api/upload.api?floderId=0&appkey=xy_chat&_input_charset=utf-8";', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/ImageUploadServiceImpl.java; section 11: not a listing page
    ('            extraHeaders.put("Origin", "https://seller.goofish.com");', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/OrderServiceImpl.java; section 11: not a listing page
    ('            extraHeaders.put("Referer", "https://seller.goofish.com/?site=COMMONPRO");', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/OrderServiceImpl.java; section 11: not a listing page
    ('    private static final String API_H5_TK = "https://h5api.m.goofish.com/h5/mtop.gaia.nodejs.gaia.idle.data.gw.v2.index.get/1.0/";', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/QRLoginServiceImpl.java; section 11: not a listing page
    ('                    .header("Referer", "https://market.m.goofish.com/")', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/TokenRefreshServiceImpl.java; section 11: not a listing page
    ('    private static final String TOKEN_API_URL = "https://h5api.m.goofish.com/h5/mtop.taobao.idlemessage.pc.login.token/1.0/";', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/WebSocketTokenServiceImpl.java; section 11: not a listing page
    ('        // 解析新Cookie（Set-Cookie格式: name=value; Path=/; Domain=.goofish.com; ...）', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/service/impl/WebSocketTokenServiceImpl.java; section 0: no link in the text
    ('    private static final String GOOFISH_DOMAIN = ".goofish.com";', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/utils/SessionCookieJar.java; section 0: no link in the text
    ('     * - 对于.goofish.com的子域名（如passport.goofish.com），使用实际的host', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/utils/SessionCookieJar.java; section 0: no link in the text
    ('        // 如果是goofish.com的子域名，使用实际的host', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/utils/SessionCookieJar.java; section 0: no link in the text
    ('            // 返回最后两部分（如 goofish.com）', None, 'not-a-url', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/utils/SessionCookieJar.java; section 0: no link in the text
    ('    private static final String BASE_URL = "https://h5api.m.goofish.com/h5/";', None, 'not-a-listing', None),  # zd-Ethan/xianyu-api:src/main/java/com/feijimiao/xianyuassistant/utils/XianyuApiUtils.java; section 11: not a listing page
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if "trustpass" not in row[0] and "/p-detail/" not in row[0]],
    "a trustpass.alibaba.com store keeps its host, and a language site's /p-detail/ listing its "
    "slug, which notes_canonical does not know: section 5 keeps an observed slug",
)


def test_a_pasted_markdown_link_has_no_other_listing_in_it() -> None:
    """Fix 1: the link shown and its target are one listing, not two; a target with another
    id on the same host is the other listing, as in ``[A](B)``."""
    text = FIXED[1][0]
    assert other_listings(text, parse_listing(text)) == []  # type: ignore[arg-type]
    two = "https://www.aliexpress.com/item/1005007825084745.html](https://www.aliexpress.com/item/1005007825084746.html)"
    read = parse_listing(two)
    assert read.id == "1005007825084745"  # type: ignore[union-attr]
    assert other_listings(two, read) == ["https://www.aliexpress.com/item/1005007825084746.html"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        (FIXED[8][0], "https://item.taobao.com/item.htm?id=535661183265"),
        (FIXED[10][0], "https://shop106592833.taobao.com/"),
        (FIXED[17][0], "https://item.taobao.com/item.htm?id=695240235157"),
        (FIXED[18][0], "https://item.taobao.com/item.htm?id=691541677564"),
    ],
)
def test_an_agent_link_suggests_the_listing_it_embeds(text: str, suggested: str) -> None:
    """Fixes 2 and 4: an agent site (HegoBuy among them), and the listing its link embeds,
    percent-encoded with its own ``&`` encoded too, suggested."""
    result = thrice(text)
    assert result.code == "agent-site", text  # type: ignore[attr-defined]
    assert result.suggestion == suggested, text  # type: ignore[attr-defined]
    assert "buying agent; the listing it embeds is " + suggested in result.reason, text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        (FIXED[11][0], "https://ghaziprofessional.trustpass.alibaba.com/"),
        (FIXED[12][0], "https://funcoo.fm.alibaba.com/"),
        ("https://funcoo.m.en.alibaba.com/", "https://funcoo.en.alibaba.com/"),
        (
            "https://dcsjry888.m.en.alibaba.com/productlist-2.html?filter=all",
            "https://dcsjry888.en.alibaba.com/",
        ),
    ],
)
def test_an_alibaba_store_mobile_site_suggests_the_store(text: str, suggested: str) -> None:
    """Fix 3: refused as a store's mobile site the notes do not name, its store suggested (and
    read as that store)."""
    result = thrice(text)
    assert result.code == "not-a-listing", text  # type: ignore[attr-defined]
    assert "an Alibaba.com store's mobile site" in result.reason, text  # type: ignore[attr-defined]
    assert "unverified" in result.reason, text  # type: ignore[attr-defined]
    assert result.suggestion == suggested, text  # type: ignore[attr-defined]
    store = parse_listing(suggested)
    assert store.ok and store.kind == "storefront", suggested  # type: ignore[union-attr]
    assert store.id == text.split("//")[1].split(".")[0], text  # type: ignore[union-attr]


def test_an_image_host_is_no_store() -> None:
    """Fix 5: 1688's image host is its own service host, at its root and its store paths."""
    assert_service_host("cbu01-overseas.1688.com")


def test_no_company_no_store_suggested() -> None:
    """Fix 3's control: ``www.m.en.alibaba.com`` names no company."""
    result = thrice(FIXED[13][0])
    assert result.suggestion is None and "mobile site" not in result.reason  # type: ignore[attr-defined]
