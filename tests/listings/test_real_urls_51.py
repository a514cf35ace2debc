"""Sweep realurls51 of listing URLs (notes in /work/notes/sweep-realurls51.md): real strings from
sources no earlier table cites (checked against ``_real_urls.real_texts()`` and every earlier
table's cited sources), the exact text users and tools pasted where something broke: GitHub issue
and pull-request threads (uBlock Origin, AdGuard, anti-AD, hosts and VirusDetector reports, a
Neat URL breakage, dropshipping importers, dead-BOM reports, price trackers, a Taobao share
text), and the test files of tools that handle marketplace links (an affiliate bot's messages
with ``wextap.com`` / ``awin1.com`` redirects and ``s.click.aliexpress.com`` shares, a buying
agents' browser extension's Jest tests and its manifest's patterns, a Telegram AliExpress bot,
Taobao link cleaners).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_50.py. Every row was
decided from listing-urls.md before ``parse_listing`` ran. ``FIXED`` holds the inputs whose
answer this sweep changed:

1. A marketplace's host alone in quotes, as a call's argument with a method called on the
   call (a test's ``expect(detectAgent("https://www.taobao.com")).toBeUndefined();``), was a
   ``lookalike-host`` (``www.taobao.com")).tobeundefined(``): the closing quote was kept in the
   host because a dot follows. The last label then holds the call's ``(``, which no top-level
   domain holds, so no host but a broken one can follow: the host ends at its quote, as before a
   sentence's punctuation (``test_the_fixed_hosts_end_where_the_link_does``). A dot after
   the ``(`` (``.toBe("1688.com")``), a string as the call's argument (``.toBe('uniqlo')``, as
   test_real_urls_18.py decided), or a label with no ``(`` (``").evil.com``), keeps the host
   whole and refused.
2. A Markdown link whose target is a marketplace's host alone, without its scheme
   (``[www.aliexpress.com](www.aliexpress.com)``, ``[Store](weactstudio.aliexpress.com)``),
   was ``not-a-url``: the target is read as that host, as it is in quotes or in parentheses
   alone, or with ``//`` (``test_the_fixed_hosts_end_where_the_link_does``). Another host there stays
   no link.

Where the answer is not the first one a reader might guess, the row says why (listing-urls.md's
section, docs/listings.md or an earlier table). ``test_the_planner_accounts_for_every_line``
plans a file of every row and checks that the planner gives each line one outcome, as
``parse_listing`` reads it.
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('When visiting [www.aliexpress.com](www.aliexpress.com) the page style and scripts are broken, since every double question `??` in the link is rewritten to single question `?`.', None, 'not-a-listing', None),  # Smile4ever/firefoxaddons#66 (issue or PR thread); fix 2 (was not-a-url)
    ('    expect(detectAgent("https://www.taobao.com")).toBeUndefined();', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/detectAgent.test.ts; fix 1 (was lookalike-host)
    ('    expect(isConvertableLink(new URL("https://www.taobao.com"))).toBe(false);', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/isConvertableLink.test.ts; fix 1 (was lookalike-host)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('# Extension not working on https://www.aliexpress.com/', None, 'not-a-listing', None),  # bagisto/laravel-aliexpress-dropship#101 (issue or PR thread)
    ('https://lacako.com/branch_ninja/district/3310180', None, 'not-alibaba-host', None),  # realodix/AdBlockID#1639 (issue or PR thread); no Alibaba host
    ('I think you need to remove lazada.sg (lazada.com?) as this is a legitimate shopping site.', None, 'not-a-url', None),  # lightswitch05/hosts#397 (issue or PR thread); a marketplace's bare domain in prose is a site's name, no link (as test_real_urls_41.py's aliexpress.com rows)
    ('# remove lazada.sg (lazada.com?)', None, 'not-a-url', None),  # lightswitch05/hosts#397 (issue or PR thread); a marketplace's bare domain in prose is a site's name, no link (as test_real_urls_41.py's aliexpress.com rows)
    ('# Whitelist cart.lazada.com.my/cart/api/add', None, 'not-a-listing', None),  # reek/anti-adblock-killer#4323 (issue or PR thread)
    ('Rule "/api/ad" is killed the "cart.lazada.com.my/cart/api/add" and cause user adding the product into the system cannot proceed.', None, 'not-a-listing', None),  # reek/anti-adblock-killer#4323 (issue or PR thread)
    ('# [误报] taobao.service.xixikf.cn', None, 'lookalike-host', None),  # Lolitide/VirusDetector#896 (issue or PR thread); a label holds a marketplace's name (lookalike-host)
    ('# c.lazada.co.id: popups', None, 'not-a-url', None),  # uBlockOrigin/uAssets#22973 (issue or PR thread); a host then a colon and words: no link read (left: see the sweep notes)
    ('规则: /^[1-2]\\\\.[0-9a-z\\\\.\\\\-]+\\\\.(com|cn|net|cc|me)$/    导致2.taobao.com被误杀.', None, 'not-a-url', None),  # privacy-protection-tools/anti-AD#39 (issue or PR thread); a host glued after Chinese text with no label or colon is no link (docs/listings.md)
    ('# [误杀]网页版闲鱼2.taobao.com被误杀', None, 'not-a-url', None),  # privacy-protection-tools/anti-AD#39 (issue or PR thread); a host glued after Chinese text with no label or colon is no link (docs/listings.md)
    ('err.taobao.com', None, 'not-a-listing', None),  # privacy-protection-tools/anti-AD#521 (issue or PR thread); section 12: a reserved Taobao label, the site's own page
    ('https://interface.im.taobao.com/api/roaming/taobaocdn/1484637939/c3b691ef6f65a4fcbb15229dfde4c201.jpg', None, 'not-a-listing', None),  # EFForg/https-everywhere#8210 (issue or PR thread)
    ('For example, while browsing or even entering [Ugreen Official Store on Aliexpress](https://ugreen.aliexpress.com/store/301635) I get an instant redirection to a login page.', 'aliexpress', 'storefront', '301635'),  # uBlockOrigin/uAssets#33158 (issue or PR thread)
    ('`https://www.aliexpress.com/p/ug-login-page/login.html?returnUrl=https%3A%2F%2Fugreen.aliexpress.com%2Fstore%2F301635`', None, 'not-a-listing', None),  # uBlockOrigin/uAssets#33158 (issue or PR thread); section 11: a login page (its returnUrl is not read)
    ('| +3 | `##[href^="https://www.facebook.com"]` |  | de.aliexpress.com |  | get | dom | `https://de.aliexpress.com/?gatewayAdapt=glo2deu` |', None, 'not-alibaba-host', None),  # mypdns/matrix#26376 (issue or PR thread); a line's first link decides
    ('-   https://es.aliexpress.com/item/1005002575990898.html', 'aliexpress', 'listing', '1005002575990898'),  # DrKain/tidy-url#15 (issue or PR thread)
    ('URL：https://s.1688.com/selloffer/offer_search.htm?keywords={%word%}', None, 'not-a-listing', None),  # meowtec/chrome-menufish#38 (issue or PR thread)
    ('> https://s.1688.com/selloffer/offer_search.htm?keywords=%C3%D7%CD%B0', None, 'not-a-listing', None),  # meowtec/chrome-menufish#38 (issue or PR thread)
    ('# Https//www Alibaba.com', None, 'not-a-url', None),  # PipedreamHQ/pipedream#20237 (issue or PR thread); a scheme typed without its colon is never read (docs/listings.md)
    ('`Mini Micro Limit Switch Roller Lever Arm` --> https://es.aliexpress.com/item/1926553469.html', 'aliexpress', 'listing', '1926553469'),  # function3d/petalot#35 (issue or PR thread)
    ('`IRLZ44N MOSFET` --> https://es.aliexpress.com/item/1005002474344551.html', 'aliexpress', 'listing', '1005002474344551'),  # function3d/petalot#35 (issue or PR thread)
    ('`capacitor 100uf 16V` --> https://es.aliexpress.com/item/1005002842732971.html', 'aliexpress', 'listing', '1005002842732971'),  # function3d/petalot#35 (issue or PR thread)
    ('`pin header` --> https://es.aliexpress.com/item/32735482077.html', 'aliexpress', 'listing', '32735482077'),  # function3d/petalot#35 (issue or PR thread)
    ('The AliExpress [link](https://aliexpress.com/item/4001248271603.html) for the display in the BOM shows: "Sorry, this item is no longer available!"', 'aliexpress', 'listing', '4001248271603'),  # Leoneq/iNapMalinka#8 (issue or PR thread)
    ('https://pl.aliexpress.com/item/1005008844225319.html', 'aliexpress', 'listing', '1005008844225319'),  # Leoneq/iNapMalinka#8 (issue or PR thread)
    ('I contacted the seller of the original link and they gave me this link: https://www.aliexpress.com/item/1005009301781320.html, saying they are the same company/seller.', 'aliexpress', 'listing', '1005009301781320'),  # Leoneq/iNapMalinka#8 (issue or PR thread)
    ('> [https://docs.google.com/spreadsheets/d/1eN7t2RMSbbWQyZ4cv-jVqZWQ0XbuWqnngRIKwDBqUvQ/edit?usp=sharing](url)', None, 'not-alibaba-host', None),  # apirrone/Open_Duck_Mini#11 (issue or PR thread); no Alibaba host
    ('Every s.click.aliexpress.com link from BOM is dead.', None, 'missing-id', None),  # cristianoag/msx-picoverse-public#47 (issue or PR thread); section 10: a short link's host with no code
    ('STS3215 Servo：https://item.taobao.com/item.htm?id=769061524145', 'taobao', 'listing', '769061524145'),  # TheRobotStudio/SO-ARM100#16 (issue or PR thread)
    ('Motor Control Board：https://item.taobao.com/item.htm?id=738955630278', 'taobao', 'listing', '738955630278'),  # TheRobotStudio/SO-ARM100#16 (issue or PR thread)
    ('![](https://img.alicdn.com/imgextra/i1/2922621297/TB2DRKQoiC9MuFjSZFoXXbUzFXa_!!2922621297.jpg) From China taobao. only 18.5 RMB.', None, 'not-alibaba-host', None),  # CongducPham/LowCostLoRaGw#233 (issue or PR thread); section 12: an Alibaba CDN host, no marketplace
    ('ALIEXPRESS_API_URL = "https://api-sg.aliexpress.com/sync"', None, 'not-a-listing', None),  # hectorzin/botaffiumeiro:handlers/aliexpress_api_handler.py; section 11: an API host
    ('    r"(https?://(?:[a-z]{2,3}\\.)?aliexpress\\.[a-z]{2,3}(?:\\.[a-z]{2,3})?"', None, 'not-a-url', None),  # hectorzin/botaffiumeiro:handlers/aliexpress_handler.py
    ('        mock_message.text = "Here is a product: https://www.aliexpress.com/item/1005002958205071.html I hope you like it"', 'aliexpress', 'listing', '1005002958205071'),  # hectorzin/botaffiumeiro:tests/test_admitad_handler.py
    ('        mock_message.text = "Check this out: https://www.aliexpress.com/item/1005002958205071.html I hope you like it"', 'aliexpress', 'listing', '1005002958205071'),  # hectorzin/botaffiumeiro:tests/test_admitad_handler.py
    ('        expected_message = "Check this out: https://wextap.com/g/11640/?ulp=https://www.aliexpress.com/item/1005002958205071.html I hope you like it"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_admitad_handler.py; an affiliate network's redirect not in listing-urls.md: no Alibaba host, the listing suggested
    ('            "Here is a product: https://wextap.com/g/11640/?ulp=https://www.aliexpress.com/item/1005002958205071.html I hope you like it\\n\\n"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_admitad_handler.py; an affiliate network's redirect not in listing-urls.md: no Alibaba host, the listing suggested
    ('            "Check this out: https://s.click.aliexpress.com/e/_someShortLink"', None, 'short-link', None),  # hectorzin/botaffiumeiro:tests/test_aliexpress_api_handler.py
    ('            "https://www.aliexpress.com/item/1005002958205071.html?aff_id=affiliate_21"', 'aliexpress', 'listing', '1005002958205071'),  # hectorzin/botaffiumeiro:tests/test_aliexpress_api_handler.py
    ('            "Here is a product: https://www.aliexpress.com/item/1005002958205071.html"', 'aliexpress', 'listing', '1005002958205071'),  # hectorzin/botaffiumeiro:tests/test_aliexpress_api_handler.py
    ('            "Here is a product: https://www.aliexpress.com/item/1005002958205071.html?aff_id=affiliate_21\\n\\n"', 'aliexpress', 'listing', '1005002958205071'),  # hectorzin/botaffiumeiro:tests/test_aliexpress_api_handler.py
    ('            "Check this out: https://www.aliexpress.com/item/1005002958205071.html"', 'aliexpress', 'listing', '1005002958205071'),  # hectorzin/botaffiumeiro:tests/test_aliexpress_handler.py
    ('        expected_message = "Check this out: https://www.awin1.com/cread.php?awinmid=11640&awinaffid=my_awin_id&ued=https://www.aliexpress.com/item/1005002958205071.html I hope you like it"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_awin_handler.py; an affiliate network's redirect not in listing-urls.md: no Alibaba host
    ('            "Here is a product: https://www.awin1.com/cread.php?awinmid=11640&awinaffid=my_awin_id&ued=https://www.aliexpress.com/item/1005002958205071.html I hope you like it\\n\\n"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_awin_handler.py; an affiliate network's redirect not in listing-urls.md: no Alibaba host
    ('        message_text = "Check out this link: https://www.amazon.com/someproduct and this: https://aliexpress.com/item/12345"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; a line's first link decides
    ('            "Visit https://awin1.com/cread.php?ulp=https://aliexpress.com/item/12345"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; an affiliate network's redirect not in listing-urls.md: no Alibaba host
    ('            "or visit https://aliexpress.com/item/456 "', None, 'malformed-id', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; section 6: too short for an AliExpress id
    ('        return_value="https://www.aliexpress.com/item/1005001234567890.html",', 'aliexpress', 'listing', '1005001234567890'),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('            "Check out this deal: https://s.click.aliexpress.com/e/buyproduct"', None, 'short-link', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('            "https://s.click.aliexpress.com/e/buyproduct"', None, 'short-link', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('            "https://www.aliexpress.com/item/1005001234567890.html", modified_message', 'aliexpress', 'listing', '1005001234567890'),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('            "and this AliExpress deal: https://s.click.aliexpress.com/e/buyproduct"', None, 'short-link', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('            "https://www.aliexpress.com/item/1005001234567890.html",  # Expanded URL for aliexpress shortened link', 'aliexpress', 'listing', '1005001234567890'),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('        mock_expand.assert_any_call("https://s.click.aliexpress.com/e/buyproduct")', None, 'short-link', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('        mock_response_aliexpress.url = "https://www.aliexpress.com/item/12345.html"', None, 'malformed-id', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; section 6: too short for an AliExpress id
    ('        message_text = "Check out this Amazon link: https://amzn.to/abc123 and this AliExpress link: https://s.click.aliexpress.com/e/xyz789"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; a line's first link decides
    ('            "Check out this Amazon link: https://www.amazon.com/dp/B08XYZ123 and this AliExpress link: https://www.aliexpress.com/item/12345.html",', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; a line's first link decides
    ('            "https://www.aliexpress.com/item/12345.html"  # URL expandida de AliExpress', None, 'malformed-id', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; section 6: too short for an AliExpress id
    ('        message_text = "Check out this Amazon deal: https://amzn.to/abc123 and this AliExpress: https://s.click.aliexpress.com/e/buyproduct"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; a line's first link decides
    ('        self.assertIn("https://www.aliexpress.com/item/12345.html", modified_message)', None, 'malformed-id', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; section 6: too short for an AliExpress id
    ('            "https://s.click.aliexpress.com/e/buyproduct", modified_message', None, 'short-link', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py
    ('            "and this AliExpress: https://es.aliexpress.com/item/12345.html"  ## We use a localized URL because expanding always, can change generic to local URL', None, 'malformed-id', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; section 6: too short for an AliExpress id
    ('            "aliexpress.com/item/12345.html", modified_message', None, 'malformed-id', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; section 6: too short for an AliExpress id
    ('        message.text = "Check out this Amazon link: https://amzn.to/abc123 and this AliExpress link: https://s.click.aliexpress.com/e/xyz789"', None, 'not-alibaba-host', None),  # hectorzin/botaffiumeiro:tests/test_botaffiumeiro.py; a line's first link decides
    ('        "*://*.eastmallbuy.com/*",', None, 'not-a-url', None),  # cachho/jadeship-browser-extension:manifest-v2.json; a userscript's pattern for any scheme holds no link (docs/listings.md)
    ('        "*://*.taobao.com/*",', None, 'not-a-url', None),  # cachho/jadeship-browser-extension:manifest-v2.json; a userscript's pattern for any scheme holds no link (docs/listings.md)
    ('        "*://*.1688.com/*",', None, 'not-a-url', None),  # cachho/jadeship-browser-extension:manifest-v2.json; a userscript's pattern for any scheme holds no link (docs/listings.md)
    ('        "*://*.tmall.com/*"', None, 'not-a-url', None),  # cachho/jadeship-browser-extension:manifest-v2.json; a userscript's pattern for any scheme holds no link (docs/listings.md)
    ('    "*://*.eastmallbuy.com/*",', None, 'not-a-url', None),  # cachho/jadeship-browser-extension:manifest-v2.json; a userscript's pattern for any scheme holds no link (docs/listings.md)
    ('    expect(detectMarketplace("https://item.taobao.com/item.htm?id=1")).toBe(', None, 'malformed-id', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 1: too short for an item id
    ('    expect(detectMarketplace("https://www.taobao.com/item.htm?id=1")).toBe(', None, 'missing-id', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 1: too short for an item id
    ('    expect(detectMarketplace("https://detail.1688.com/offer/1.html")).toBe(', None, 'malformed-id', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 4: too short for an offer id
    ('    expect(detectMarketplace("https://www.1688.com/offer/1.html")).toBe("1688");', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 4: too short for an offer id
    ('    expect(detectMarketplace("https://detail.tmall.com/item.htm?id=1")).toBe(', None, 'malformed-id', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 1: too short for an item id
    ('    expect(detectMarketplace("https://www.tmall.com/item.htm?id=1")).toBe(', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 1: too short for an item id
    ('    const url = new URL("https://item.taobao.com/item.htm?id=1");', None, 'malformed-id', None),  # cachho/jadeship-browser-extension:src/__tests__/detectMarketplace.test.ts; section 1: too short for an item id
    ('    expect(getDomain(new URL("https://item.taobao.com/item.htm"))).toBe(', None, 'missing-id', None),  # cachho/jadeship-browser-extension:src/__tests__/getDomain.test.ts
    ('    expect(getDomain(new URL("https://detail.1688.com/offer"))).toBe(', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/getDomain.test.ts
    ('    expect(getDomain(new URL("https://detail.tmall.com/item.htm"))).toBe(', None, 'missing-id', None),  # cachho/jadeship-browser-extension:src/__tests__/getDomain.test.ts
    ('    expect(getDomain(new URL("https://m.tb.cn/item"))).toBe("tb.cn");', None, 'short-link', None),  # cachho/jadeship-browser-extension:src/__tests__/getDomain.test.ts; section 10: a short link is never guessed
    ('    expect(getDomain(new URL("https://qr.1688.com"))).toBe("1688.com");', None, 'lookalike-host', None),  # cachho/jadeship-browser-extension:src/__tests__/getDomain.test.ts; left: a dot after the quote and the call could go on with the host (as ").evil.com); refused whole
    ('      "https://www.jadeship.com/item/taobao/123?r=extension",', None, 'not-alibaba-host', None),  # cachho/jadeship-browser-extension:src/__tests__/getStatsUrl.test.ts; no Alibaba host
    ('    expect(isBrokenRedditImageLink("item.taobao.com/item", "taobao")).toBe(', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/isBrokenRedditImageLink.test.ts
    ('    expect(isBrokenRedditImageLink("m.1688.com/offer", "1688")).toBe(false);', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/__tests__/isBrokenRedditImageLink.test.ts
    ('      shouldReplaceLinkText("item.taobao.com/item.htm?id=123", "taobao"),', None, 'malformed-id', None),  # cachho/jadeship-browser-extension:src/__tests__/replaceTextContent.test.ts
    ('      textContent: "item.taobao.com/item.htm?id=123",', None, 'malformed-id', None),  # cachho/jadeship-browser-extension:src/__tests__/replaceTextContent.test.ts
    ('      eastmallbuy: "https://eastmallbuy.com/index/user/register.html",', None, 'agent-site', None),  # cachho/jadeship-browser-extension:src/__tests__/validateRegisterPage.test.ts; section 0: a buying agent
    ('  // Find all the links on the page with "taobao.com" in the href attribute', None, 'not-a-url', None),  # cachho/jadeship-browser-extension:src/content_script.ts; a host alone in quotes is a host name (docs/listings.md)
    ('      "taobao.com/item",', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts
    ('      "m.intl.taobao.com/detail",', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts
    ('      // "qr.1688.com/s",', None, 'missing-id', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts; section 10: a short link's host with no code
    ('      "m.1688.com/offer",', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts
    ('      "detail.1688.com/offer",', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts
    ('      "qr.1688.com/s/",', None, 'missing-id', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts; section 10: a short link's host with no code
    ('      "detail.tmall.com/item",', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts
    ('      "item.tmall.com/item",', None, 'not-a-listing', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts
    ('      "basetao.com/best-taobao-agent-service/products/agent",', None, 'agent-site', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts; section 0: a buying agent
    ('      "eastmallbuy.com/index/item",', None, 'agent-site', None),  # cachho/jadeship-browser-extension:src/lib/getTargetHrefs.ts; section 0: a buying agent
    ("    API_URL_BASE = 'http://gw.api.alibaba.com/openapi/param2/2/portals.open/'", None, 'not-a-listing', None),  # davenewham/telegram-aliexpress-bot:telegram_aliexpress_bot/aliexpress_api.py; an API host, no listing
    ("        match = re.search(r'.*\\.aliexpress\\.com/item/.*/(\\d*)\\.html.*', link)", None, 'not-a-url', None),  # davenewham/telegram-aliexpress-bot:telegram_aliexpress_bot/aliexpress_api.py
    ("        product_id = self.cut.get_product_id_from_link('https://de.aliexpress.com/item/WWWOOR-Fashion-Luxury-brand-Watc'", None, 'missing-id', None),  # davenewham/telegram-aliexpress-bot:telegram_aliexpress_bot/test/test_aliexpress_api.py; a slug cut short with no id (missing-id)
    ("        data = self.cut.get_promotion_product_detail_from_link('https://de.aliexpress.com/item/WWWOOR-Fashion-Luxury-br'", None, 'missing-id', None),  # davenewham/telegram-aliexpress-bot:telegram_aliexpress_bot/test/test_aliexpress_api.py; a slug cut short with no id (missing-id)
    ('        long_url = "http://gw.api.alibaba.com/openapi/param2/2/portals.open/api.getPromotionLinks/15984?trackingId=Al" \\', None, 'not-a-listing', None),  # davenewham/telegram-aliexpress-bot:telegram_aliexpress_bot/test/test_rebrandly_api.py; an API host, no listing
    ('                   "phaExpress&urls=https://www.aliexpress.com/item/Bastec-Ultra-Durable-Nylon-Braided-Wire-Metal-Plu" \\', None, 'missing-id', None),  # davenewham/telegram-aliexpress-bot:telegram_aliexpress_bot/test/test_rebrandly_api.py; a slug cut short with no id (missing-id)
    ('This Chrome extension processes Taobao item links. When you press <kbd>Ctrl+Shift+P</kbd> (<kbd>Cmd+Shift+P</kbd> on OSX) on a Taobao item page, it extracts the item ID and copies a clean link (in the format `https://item.taobao.com/item.html?id=ITEM_ID`) to your clipboard without telemetry data.', None, 'malformed-id', None),  # ZimengXiong/taobao-link-cleaner:README.md; a placeholder id (malformed-id)
    ('          cleanUrl = `https://item.taobao.com/item.html?id=${id}`;', None, 'malformed-id', None),  # ZimengXiong/taobao-link-cleaner:background.js; a template's placeholder id (malformed-id)
    ('          cleanUrl = `https://detail.tmall.com/item.htm?id=${id}`;', None, 'malformed-id', None),  # ZimengXiong/taobao-link-cleaner:background.js; a template's placeholder id (malformed-id)
    ('    "https://*.taobao.com/*",', None, 'not-a-url', None),  # ZimengXiong/taobao-link-cleaner:manifest.json; a pattern, no host (docs/listings.md)
    ('    "https://*.tmall.com/*"', None, 'not-a-url', None),  # ZimengXiong/taobao-link-cleaner:manifest.json; a pattern, no host (docs/listings.md)
    ('RAPID_API_URI = "https://aliexpress-ecommerce.p.rapidapi.com/v1/search"', None, 'lookalike-host', None),  # filall/telegram-AliExpress-bot:app/config_data/config.py; a label holds a marketplace's name (lookalike-host)
]  # fmt: skip
ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3]], "none left out"
)

#: Fix 1: a method called on the call that holds a host alone in quotes ends the host at its
#: quote; a dot after the call's parenthesis, or another label, keeps the host whole.
CALLED = [
    (FIXED[1][0], "not-a-listing"),
    (FIXED[2][0], "not-a-listing"),
    ('expect(f("https://uniqlo.tmall.com")).toBe(', "storefront"),  # constructed: a store
    ("x('https://uniqlo.tmall.com').trim()", "storefront"),  # constructed: single quotes
    ('"https://www.taobao.com".toLowerCase()', "not-a-listing"),  # constructed: no ")" first
    ('"https://uniqlo.tmall.com").evil.com', "lookalike-host"),  # constructed: another label
    ('"https://uniqlo.tmall.com").x(.evil.com', "lookalike-host"),  # constructed: a dot after
    ('"https://uniqlo.tmall.com").x(@evil.com', "lookalike-host"),  # constructed: userinfo
    ("f('https://uniqlo.tmall.com')).toBe('uniqlo')", "lookalike-host"),  # test_real_urls_18
]


#: Fix 2: a Markdown link's target that is a marketplace's host alone is that host.
TARGETS = [
    (FIXED[0][0], "not-a-listing"),
    ("[WeAct store](weactstudio.aliexpress.com)", "storefront"),  # constructed: a store
    ("见[店铺](uniqlo.tmall.com)。", "storefront"),  # constructed: in Chinese text
    ("[x](evil.example)", "not-a-url"),  # constructed: no marketplace host
    ("[x](uniqlo.tmall.com.evil.cn)", "not-a-url"),  # constructed: a lookalike is no link
]


@pytest.mark.parametrize(("text", "kind_or_code"), CALLED + TARGETS)
def test_the_fixed_hosts_end_where_the_link_does(text: str, kind_or_code: str) -> None:
    """A quoted host before a method call (fix 1) and a Markdown target's host (fix 2) are
    read as the host alone; the controls stay refused, the same on both parsers."""
    assert answer(text)[1] == kind_or_code
    assert parse_slowly(text) == parse_listing(text)


test_the_planner_accounts_for_every_line = planner_test(ALL)
