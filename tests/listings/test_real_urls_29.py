"""Sweep urls29 of listing URLs (notes in /work/notes/sweep-urls29.md): percent-encoded links,
and real URLs from public code, fixtures, READMEs and issue threads that no earlier table holds.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_28.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. a listing link with its own URL syntax percent-encoded (``item.htm%3Fid%3DN``, a link copied
   out of an encoded redirect parameter; ``…/N.html%20``, ``?id=N%20``, ``%23detail``, encoded
   twice ``%253F``) was refused with no word of the encoding (not-a-listing "search, category,
   cart…", or missing-id). Section 0 reads a double-encoded *query* leniently (``%26``/``%3D``
   inside it, still read: ``?id%3DN``) but is silent on a path, so such a link is not read
   silently: it is refused saying it looks percent-encoded, the decoded listing suggested
   (not-a-listing becomes missing-id: the page is a listing page); a link with an encoded
   ``?`` whose decoded form is refused too says so. Pages that decode to no listing page
   (``s.taobao.com/search%3Fq%3D…``) and decodings with white space inside are unchanged.
2. a link percent-encoded whole with its slashes kept (``https%3A//item.taobao.com/item.htm%3Fid%3DN``,
   how Zhihu's link redirector writes its target) was not-a-url; ``https%3A%2F%2F…`` was
   already read as the link it encodes, and so is this now.
4. a host followed by an encoded ``/``, ``?`` or ``#`` (``https://item.taobao.com%2Fitem.htm%3Fid%3DN``,
   only the scheme decoded) stays a lookalike (browsers refuse such a host), but the reason now
   says the link looks percent-encoded, and the listing it holds decoded is suggested (it said
   "imitates taobao").
3. a bare host in a list of quoted links in code (``{"http://m.taobao.com","http://…"}``,
   ``["https://uniqlo.tmall.com","https://…"]``) ran on into the next link (its scheme's colon
   taken for a port): lookalike-host; the host ends at its closing quote when a comma or
   semicolon and the next link's quoted scheme follow. ``"@…``, ``".…`` and other text after
   the quote still leave the host whole, refused.

``ROWS`` holds real inputs (each names its ``github-index`` source) that no earlier table holds,
with the notes' section behind its answer.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, notes_canonical, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('https://item.taobao.com/item.htm%3Fid%3D606832683299', None, 'missing-id', None),  # constructed from luan007/rnn-jukebox (the brief's example); fix 1; was not-a-listing with no hint
    ('https://item.taobao.com/item.htm%3Fspm%3Da1z09.2.0.0.7d2d2e8dUzVLP4%26id%3D606832683299%26_u%3D71cflvne632', None, 'missing-id', None),  # derived from luan007/rnn-jukebox; fix 1; was not-a-listing
    ('https://detail.tmall.com/item.htm%3Fid%3D690091011924%26skuId%3D4911012597025', None, 'missing-id', None),  # derived from luan007/rnn-jukebox; fix 1; was not-a-listing
    ('https://detail.1688.com/offer/585943639773.html%3Fspm%3Da261p.8650809.0.0%26tracelog%3Dcps', None, 'missing-id', None),  # derived from github-index:5837061204; fix 1: the reason names the encoding (the code was already missing-id)
    ('https://www.aliexpress.com/item/1005004878609097.html%3Fspm%3Da2g0o.productlist.main.1', None, 'missing-id', None),  # derived from kkossev/Hubitat; fix 1
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html%20', None, 'missing-id', None),  # derived from github-index:57611628194; fix 1: an encoded trailing space
    ('https://item.taobao.com/item.htm?id=606832683299%20', None, 'malformed-id', None),  # constructed; fix 1: the id holds an encoded space (the code kept, the reason names it)
    ('https://item.taobao.com/item.htm?id=606832683299%23detail', None, 'malformed-id', None),  # constructed; fix 1: an encoded fragment
    ('https://item.taobao.com/item.htm%253Fid%253D606832683299', None, 'missing-id', None),  # constructed; fix 1: encoded twice; was not-a-listing
    ('https://detail.1688.com/offer%2F585943639773.html', None, 'missing-id', None),  # constructed (section 4's "offer%2FN.html" inside another URL, pasted alone); fix 1; was not-a-listing
    ('https://www.goofish.com/item%3Fid%3D965639435219', None, 'missing-id', None),  # derived from github-index:67611108113; fix 1; was not-a-listing
    ('item.taobao.com/item.htm%3Fid%3D606832683299', None, 'missing-id', None),  # constructed; fix 1, without a scheme
    ('【淘宝】https://item.taobao.com/item.htm%3Fid%3D606832683299 「书桌」', None, 'missing-id', None),  # constructed; fix 1 in share text
    ('https://uniqlo.tmall.com/%3Fspm%3Da1z10.1-b', None, 'missing-id', None),  # derived from Wangdanzi/panli; fix 1: a store's link, the store suggested
    ('https://item.taobao.com/item.htm%3Fid%3D60683268329a', None, 'missing-id', None),  # constructed; fix 1: decoded it is refused too (malformed id), said so
    ('https://item.taobao.com/item.htm%3Fid%3D606832683299%26id%3D606832683298', None, 'missing-id', None),  # constructed; fix 1: decoded it names two items, said so
    ('https://s.taobao.com/search%3Fq%3Dshoes', None, 'not-a-listing', None),  # constructed control: decoded it is no listing page either (unchanged)
    ('https://www.aliexpress.com/w/wholesale-phone%20case.html', None, 'not-a-listing', None),  # constructed control (unchanged)
    ('https://item.taobao.com/item.htm%20?id=606832683299', None, 'missing-id', None),  # constructed control: decoded, a space splits it (unchanged here; urls30 fix 2 names the encoded space, was not-a-listing)
    ('https://item.taobao.com/item.htm?id%3D606832683299', 'taobao', 'listing', '606832683299'),  # constructed control: section 0's lenient query (unchanged)
    ('https://item.taobao.com%2Fitem.htm%3Fid%3D606832683299', None, 'lookalike-host', None),  # constructed; fix 4: still a lookalike (a host holding escapes), the reason names the encoding, the listing suggested
    ('https://uniqlo.tmall.com%2F', None, 'lookalike-host', None),  # derived from Wangdanzi/panli; fix 4: the store suggested
    ('www.aliexpress.com%2fitem%2f1005004878609097.html', None, 'lookalike-host', None),  # derived from kkossev/Hubitat; fix 4, lower-case escapes, no scheme
    ('https://item.taobao.com%23.evil.example/', None, 'lookalike-host', None),  # constructed; fix 4: the reason names the encoding, nothing suggested (decoded, no listing)
    ('https://item.taobao.com.evil.cn%2Fitem.htm%3Fid%3D606832683299', None, 'lookalike-host', None),  # constructed control: no marketplace host before the escape (unchanged: "imitates taobao")
    ('https%3A//item.taobao.com/item.htm%3Fid%3D40134613056', 'taobao', 'listing', '40134613056'),  # github-index:34129300166 (Zhihu's redirect target); fix 2; was not-a-url
    ('http%3A//detail.1688.com/offer/585943639773.html', '1688', 'listing', '585943639773'),  # derived from github-index:5837061204; fix 2; was not-a-url
    ('看看 https%3A//www.aliexpress.com/item/1005004878609097.html%3Fspm%3Da2g0o 好', 'aliexpress', 'listing', '1005004878609097'),  # constructed; fix 2 in text; was not-a-url
    ('https%3A//evil.example/item.taobao.com', None, 'not-alibaba-host', None),  # constructed control: decoded, another host (was not-a-url)
    ('  public String[] stepUrl = {"http://m.taobao.com","http://s.m.taobao.com/h5?q=%E5%9C%B0%E6%AF%AF&search=%E6%8F%90%E4%BA%A4","https://detail.m.tmall.com/item.htm?spm=0.0.0.0.qmRO1N&id=521470708082&sid=74cd19a32a7eb2cc25562c2d15de4564&rn=459d0aef6976903d54d6fc0505b43b7e&abtest=11"};', None, 'not-a-listing', None),  # github-index:8954367210; fix 3: Taobao's mobile home; was lookalike-host
    ('{"http://m.taobao.com","http://s.m.taobao.com/h5?q=x"};', None, 'not-a-listing', None),  # derived from github-index:8954367210; fix 3
    ('["https://uniqlo.tmall.com","https://detail.tmall.com/item.htm?id=690091011924"]', 'tmall', 'storefront', 'uniqlo'),  # derived from Wangdanzi/panli; fix 3; was lookalike-host
    ("['https://shop118454188.taobao.com','https://weactstudio.taobao.com']", 'taobao', 'storefront', '118454188'),  # derived from WeActStudio/BluePill-Plus; fix 3; was lookalike-host
    ('"https://joinsun.1688.com";"https://detail.1688.com/offer/585943639773.html"', '1688', 'storefront', 'joinsun'),  # derived from section 4's vanity store; fix 3; was lookalike-host
    ('"https://uniqlo.tmall.com"@evil.example/', None, 'lookalike-host', None),  # constructed control: userinfo (unchanged)
    ('"https://uniqlo.tmall.com".evil.example/', None, 'lookalike-host', None),  # constructed control (unchanged)
    ('"https://uniqlo.tmall.com"xhttps://evil.example/', None, 'lookalike-host', None),  # constructed control: no list between them (unchanged)
    ('["https://weactstudio.aliexpress.com","https://www.aliexpress.com/store/1104927695"]', 'aliexpress', 'storefront', 'weactstudio'),  # section 6's vanity root (store id unknowable offline: the host kept as canonical); the test helper gave www.aliexpress.com/store/weactstudio
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('[Random Taobao vendor](http://translate.google.com/translate?act=url&hl=de&ie=UTF8&prev=_t&rurl=translate.google.com&sl=zh-CN&tl=en&u=http://item.taobao.com/item.htm%3Fid%3D15872520745) (there are many)', None, 'not-alibaba-host', None),  # github-index:10834630112; section 0: a redirector or translator is another host; the listing it embeds is only a suggestion
    ('[Blink Sunshine护眼LED灯泡 高显指97显色指数无频闪学习台灯床头](https://link.zhihu.com/?target=https%3A//item.taobao.com/item.htm%3Fid%3D40134613056)  如果需要好用的耳机或钱包，我们也有 :-)', None, 'not-alibaba-host', None),  # github-index:34129300166; section 0: a redirector or translator is another host; the listing it embeds is only a suggestion
    ('**欢迎关注本司产品 [Blink Sunshine护眼无频闪97显色指数灯泡系列](https://link.zhihu.com/?target=https%3A//item.taobao.com/item.htm%3Fid%3D40134613056)，提升生活品质~**', None, 'not-alibaba-host', None),  # github-index:34783351614; section 0: a redirector or translator is another host; the listing it embeds is only a suggestion
    ('| **ESP32 开发板** | 2 | [购买链接](https://www.google.com/search?q=https://item.taobao.com/item.htm%3Fid%3D963968745443) |', None, 'not-alibaba-host', None),  # github-index:59125510009; section 0: a redirector or translator is another host; the listing it embeds is only a suggestion
    ('System.out.println(decode.evaluate(new Text("http%3A//%3A@item.taobao.com/item.htm%3Fid%3D4537059174"), "1", "2"));', None, 'lookalike-host', None),  # github-index:889453499; section 11: decoded (fix 2: was not-a-url), userinfo before the host
    ('"referer":"https://detail.tmall.com/item.htm?spm=a220o.1000855.1998025129.12.4b43f4b1G79HB2&id=599270769700&scm=1007.12144.95220.23864_0_0&pvid=06882256-94c3-4003-ab', 'tmall', 'listing', '599270769700'),  # github-index:13564027458; section 2
    ('this.$title.html([\'<a href="https://detail.tmall.com/item.htm?id=\', itemData.itemId, \'" target="_detail">\',', None, 'missing-id', None),  # github-index:76507713; section 11: no id
    ('urlDirect = `https://detail.tmall.com/item.htm?id=${product_id}`', None, 'malformed-id', None),  # github-index:21406084983; section 11: a bad id
    ('expect(classifyBuyLink("https://detail.tmall.com/item.htm?id=680012345678")).toEqual({', 'tmall', 'listing', '680012345678'),  # github-index:59654450358; section 2
    ('httpGet.setHeader("referer", "https://detail.tmall.com/item.htm?id=615031682507&sku_properties=132694671:4443022");', 'tmall', 'listing', '615031682507'),  # github-index:43359411078; section 2
    ('extractExternalHttpUrl("闲鱼： https://www.goofish.com/item?id=9。"),', None, 'malformed-id', None),  # github-index:59086466076; section 11: a bad id
    ("url: 'https://www.lazada.co.th/products/xyz.html',", None, 'missing-id', None),  # github-index:54550151650; section 11: no id
    ("affiliateUrl: 'https://www.lazada.co.th/products/mamypoko-pants-m-i12345.html?aff_src=babytools',", None, 'malformed-id', None),  # github-index:57039770754; section 11: a bad id
    ('"product_url": "https://www.lazada.co.th/products/fixture-cable-i100001-s200001.html",', 'lazada_th', 'listing', '100001'),  # github-index:61029603415; section 7
    ('example: "https://www.lazada.co.th/products/abc123"', None, 'missing-id', None),  # github-index:65794565439; section 11: no id
    ('store.run(\'INSERT INTO unmatched_product_images VALUES(?,?,?,?,?,?)\',\'https://www.lazada.co.th/products/pdp-i9.html\',\'9\',\'Lazada item\',\'["https://example.com/l.jpg"]\',\'[]\',\'today\');', None, 'malformed-id', None),  # github-index:71203807224; section 11: a bad id
    ('"商品链接": "https://www.goofish.com/item?id=123456",', 'taobao', 'listing', '123456'),  # github-index:58796892267; section 8 (Xianyu, filed as Taobao)
    ('"url": "https://www.goofish.com/item?id=123",', None, 'malformed-id', None),  # github-index:65805819072; section 11: a bad id
    ('req := httptest.NewRequest(http.MethodPost, "/api/v1/local-agent/1688-jobs", strings.NewReader(`{"url":"https://detail.1688.com/offer/1052008074197.html","tenant_id":"forged"}`))', '1688', 'listing', '1052008074197'),  # github-index:60342894709; section 4
    ('"sourceUrl": "https://detail.1688.com/offer/1234567890.html",', '1688', 'listing', '1234567890'),  # github-index:67304646079; section 4
    ('DemandCaseID: 42001, ExperimentID: "EXP-PG-IMMUTABLE", SourceURL: "https://detail.1688.com/offer/42001001.html",', '1688', 'listing', '42001001'),  # github-index:57880480399; section 4
    ("'https://detail.1688.com/offer/712345678901.html',", '1688', 'listing', '712345678901'),  # github-index:63323811124; section 4
    ('"source_url": "https://detail.1688.com/offer/123456789.html",', '1688', 'listing', '123456789'),  # github-index:71585277064; section 4
    ("const result = parseProductInput('https://m.tb.cn/h.abc123 「测试商品标题」');", None, 'short-link', None),  # github-index:58133717768; section 10: a short link, never guessed
    ('    - [闲鱼](https://m.tb.cn/h.8PO70V1?tk=BkFVT3wYGlo)(推荐)', None, 'short-link', None),  # github-index:70938044633; section 10: a short link, never guessed
    ('d.open_url("taobao://m.tb.cn/h.ffKfhIt")', None, 'scheme-not-allowed', None),  # github-index:2538556733; section 0: taobao:// refused
    ('-- startActivity("taobao://m.tb.cn/h.en8o2i9?sm=069084 ")', None, 'scheme-not-allowed', None),  # github-index:12045955268; section 0: taobao:// refused
    ('val adUrl = "https://m.tb.cn/h.RlwomIHlT9pVpOi"', None, 'short-link', None),  # github-index:58508640308; section 10: a short link, never guessed
    ('"Paracord 550", "$15.99", "https://www.alibaba.com/product-detail/Paracord-550_12345678.html"', 'alibaba_com', 'listing', '12345678'),  # github-index:37718536819; section 5
    ('- [Alibaba YE140 — 定价基准（¥213-318/шт）](https://www.alibaba.com/product-detail/140W-100W-65W-22-5W-Output_1601278044973.html)', 'alibaba_com', 'listing', '1601278044973'),  # github-index:61694421934; section 5
    ('You can find the parts [here](https://www.alibaba.com/product-detail/Hytepro-usb-panel-mount-magnetic-pogo_60802915253.html?spm=a2700.7724857.normalList.2.78171d18RHvp0G&s=p). ', 'alibaba_com', 'listing', '60802915253'),  # github-index:1242172534; section 5
    ('# temporary price range from https://www.alibaba.com/product-detail/hot-sale-C4H8O-butanon-mek_62345760689.html?spm=a2700.7724857.normalList.26.1d194486SbCyfR', 'alibaba_com', 'listing', '62345760689'),  # github-index:43407891094; section 5
    ('ALI_RESULT = {"url": "https://www.alibaba.com/product-detail/Heated-Glove-Liner_1600123456789.html?spm=x",', 'alibaba_com', 'listing', '1600123456789'),  # github-index:71010086854; section 5
    ('<a href="https://s.lazada.co.id/s.RQxCM" target="_blank" rel="noopener noreferrer" className="social-btn" data-aos="fade-up" data-aos-delay="250" style={{ backgroundColor: \'#0', None, 'short-link', None),  # github-index:57146023585; section 10: a short link, never guessed
    ('validateAffiliateProductUrl("https://pages.lazada.vn/item/2", "LAZADA"),', None, 'not-a-listing', None),  # github-index:61812446275; section 11: no listing page
    ('<a target="_blank" href="https://pages.lazada.vn/wow/gcp/lazada/channel/vn/khuyen-mai/vouchermax"', None, 'not-a-listing', None),  # github-index:12374336665; section 11: no listing page
    ('url:          "https://www.aliexpress.com/item/1005001234567890.html",', 'aliexpress', 'listing', '1005001234567890'),  # github-index:16810432547; section 6
    ('| $12–22 each | https://www.aliexpress.com/item/1005003819366900.html · https://www.aliexpress.com/w/wholesale-esp32-s3-devkitc-1-n8r8.html | from repo doc · search link |', 'aliexpress', 'listing', '1005003819366900'),  # github-index:71448403937; section 6
    (' - STM32 F411CE 8Mflash: https://www.aliexpress.com/item/1005001456186625.html', 'aliexpress', 'listing', '1005001456186625'),  # github-index:32583677747; section 6
    (' - UART - RS485: https://www.aliexpress.com/item/32705625990.html', 'aliexpress', 'listing', '32705625990'),  # github-index:32583677747; section 6
    ('  - [BTT HDMI 5"](https://fr.aliexpress.com/item/1005005889257573.html?spm=a2g0o.order_list.order_list_main.27.5cdb5e5bHcPF79&gatewayAdapt=glo2fra) pour le mod [HDMI5 case for Voron 2.4 ', 'aliexpress', 'listing', '1005005889257573'),  # github-index:26258788202; section 6
    ("(46, '300', '5', 'Personal', '2', 'Silicone Earphone Cases For Airpods 2 Ge', 'https://www.aliexpress.com/item/1005005395955840.html?spm=a2g0o.home.pcJustForYou.25.650c76dbjfPV4i&', 'white, black, pink, ', 'Size: 56*47*24mm thickness 1.5mm', '10', '12.9', '1.29", 'aliexpress', 'listing', '1005005395955840'),  # github-index:47089910777; section 6
    ('{"link": "https://www.aliexpress.com/item/12345.html"},', None, 'malformed-id', None),  # github-index:58712339012; section 11: a bad id
    ('DS18B20|1|http://www.aliexpress.com/item/x/32530262851.html|10|5.40|0.54', 'aliexpress', 'listing', '32530262851'),  # github-index:8385634157; section 6
    ('- [AliExpress](https://a.aliexpress.com/_mrNbZww)  ', None, 'short-link', None),  # github-index:41955722898; section 10: a short link, never guessed
    ("      str += `${'https://detail.tmall.hk/hk/item.htm?id=608529032990\\t'},`", 'tmall_global', 'listing', '608529032990'),  # github-index:2395191; section 3
    ('    const val DEFAULT_INTERCEPT_TMALL_INTERNATIONAL_DETAIL_URL_1 = "https://detail.tmall.hk/hk/item.htm"', None, 'missing-id', None),  # github-index:22038422055; section 11: no id
    ('// @match        https://detail.tmall.hk/hk/item.htm*', None, 'missing-id', None),  # github-index:17529869944; section 11: no id
    ("getHtml('https://detail.tmall.hk/hk/item.htm?tbpm=1&id=618847163210&spm=875.7931836/B.2017041.4.13d74265riqUFp&scm=1007.12144.81309.73133_0_0&pvid=239e341b-e143-46b2-9389-fb9f960a4a24&utparam=%7", 'tmall_global', 'listing', '618847163210'),  # github-index:20610595995; section 3
    ('      <a target=\\"_blank\\" href=\\"http://item.taobao.com/item.htm?spm=a1z10.1.w4004-8861640800.8.TMILMo&id=41686013354\\" title=\\"\\" rel=\\"nofllow\\">淘宝入口</a>\\r\\n</li>\\r\\n', 'taobao', 'listing', '41686013354'),  # github-index:29379797480; section 1
    ('| 教材                                                | [ESPDuino智慧物联开发宝典](https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-7420449993.9.Bgp1Ll&id=520583000610) |', 'taobao', 'listing', '520583000610'),  # github-index:6779973260; section 1
    (':octocat:**[例程](https://github.com/m5stack/M5-ProductExampleCodes/tree/master/Base/LAN/Arduino)**&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;🛒**[购买链接](https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-1172588106.10.6c24425eKdAPr3&id=574863427657)** -->', None, 'not-alibaba-host', None),  # github-index:8953309910; section 0: the first link is another host's
    ("    public $url = 'https://www.lazada.vn/products/mau-moi-2023-set-do-nam-ao-tay-ngan-co-tron-phoi-quan-short-dui-tui-day-zenko-men-qa-085-i557514383-s1200924389.html';", 'lazada_vn', 'listing', '557514383'),  # github-index:31669463002; section 7
    ("  { url: 'https://www.lazada.vn/products/item-i98765-s43210.html', platform: 'lazada', hasItemId: true },", None, 'malformed-id', None),  # github-index:68317499858; section 11: a bad id
    ("  { url: 'https://s.lazada.vn/s.abcde', platform: 'lazada', hasItemId: false },", None, 'short-link', None),  # github-index:68317499858; section 10: a short link, never guessed
    ('        href=" https://www.lazada.vn/products/i2638225238.html?spm=a1zawf.24863640.table_online_product.5.108e4edf2FY9PT"', 'lazada_vn', 'listing', '2638225238'),  # github-index:294925747; section 7
    ("          'product_url': 'https://www.lazada.com.ph/products/test-i123.html',", None, 'malformed-id', None),  # github-index:57404578729; section 11: a bad id
    ("  'PH': 'https://www.lazada.com.ph/products/i', // 菲律宾", None, 'missing-id', None),  # github-index:40666967734; section 11: no id
    ("LAZADA = 'https://www.lazada.com.ph/products/mustard-i123.html'", None, 'malformed-id', None),  # github-index:71119007103; section 11: a bad id
    ('  "https://www.lazada.com.ph/products/ndonhand-twice-official-candyfan-z-i3047510590-s15018676998.html?&search=pdp_v2v?spm=a2o4l.pdp_revamp.recommendation_2.12.71884faaCGWoQM&mp=1&scm=1007', 'lazada_ph', 'listing', '3047510590'),  # github-index:35690632878; section 7
    ('| 9 | PTC ceramic heater MXKJING T30 | 12V 100W | ₱484 ea = ₱4,356 | Lazada (LazMall) | https://www.lazada.com.ph/products/pdp-i15593670246.html |', 'lazada_ph', 'listing', '15593670246'),  # github-index:69450040039; section 7
    ("      page_url: 'https://www.lazada.com.ph/products/logitech-mx-master-3s-i345678.html',", 'lazada_ph', 'listing', '345678'),  # github-index:66793378864; section 7
    ('driver.get("https://www.lazada.com.ph/products/windproof-travel-uv-umbrella-for-rain-compact-folding-umbrella-sun-protection-tote-umbrella-i3615305749-s23561763330.html?pvid=92ea3887-3c86-46fd-a011', 'lazada_ph', 'listing', '3615305749'),  # github-index:37251045860; section 7
    ('For retail orders, please go to the official website https://www.espressif.com/en/company/contact/buy-a-sample, or directly order in our Taobao shop https://world.taobao.com/item/677273363812.htm?spm=a21wu.12321156-tw.recommend-tpp.4.19a61924ZMaqpf.', None, 'not-alibaba-host', None),  # github-index:15541219859; section 0: the first link is another host's
    ('$ curl -sL -A "<Chrome UA>" "https://world.taobao.com/item/671021594308.htm" -w \'bytes=%{size_download}\'', 'taobao_or_tmall', 'listing', '671021594308'),  # github-index:70626811693; section 1 (mobile/world hosts: taobao_or_tmall)
    ('bluetooth module [HC-11](https://world.taobao.com/item/35537355090.htm) (or [HC-10](https://www.taiwaniot.com.tw/shop/module-sensor/comm/hm-10-%E8%97%8D%E8%8A%BD-4-0-%E6%A8%A1%E7%B5%84-%E9%80%8F%E6%98%8E%E', 'taobao_or_tmall', 'listing', '35537355090'),  # github-index:24801347400; section 1 (mobile/world hosts: taobao_or_tmall)
    ("                'link_origin': 'https://world.taobao.com/item/528694290468.htm?spm=a21bp.7806943.topsale_XX.5.R2WgMy',", 'taobao_or_tmall', 'listing', '528694290468'),  # github-index:2289864884; section 1 (mobile/world hosts: taobao_or_tmall)
    (' OV7725攝像頭模組模塊 30萬像素 M12鏡頭適用於STM32 OPENMV K210 [shop link](https://world.taobao.com/item/wap/668570605351.htm?spm=a21wu.23452756-tw.taglist-content.30.6cca2b64RCVOqW#)', None, 'not-a-listing', None),  # github-index:10916669670; notes silent: refused as an unnamed item page, world.taobao.com/item/N.htm suggested (urls30 fix 3; was missing-id)
    ('\t\thttp://world.taobao.com/item/21202600049.htm?spm=a312a.7728556.1414651174895.5.Eu7umN&scm=1007.10146.6070.0&id=21202600049&pvid=f18503c5-e7d3-4d1d-9614-b3e316183862', 'taobao_or_tmall', 'listing', '21202600049'),  # github-index:6701549371; section 1 (mobile/world hosts: taobao_or_tmall)
    ('\t\t\t\t\t\t\t\t<a href="https://world.taobao.com/item/523235463919.htm"', 'taobao_or_tmall', 'listing', '523235463919'),  # github-index:28323863653; section 1 (mobile/world hosts: taobao_or_tmall)
    ('                    <h5 id="product-title" data-src-link="https://world.taobao.com/item/621454639920.htm?spm=a21wu.10013406-cat-tw.0.0.28e25116D0Opvd"><?php echo $data->goods_name; ?></h5>', 'taobao_or_tmall', 'listing', '621454639920'),  # github-index:47607994771; section 1 (mobile/world hosts: taobao_or_tmall)
    ('* **Běžné LED**. Opět platí že je (relativně) draho koupíte v obchodech s elektrosoučástkami nebo velmi levně v [IKEA](https://www.ikea.com/cz/cs/p/plattboj-lith-baterie-80291156/) nebo na [AliExpressu](https://s.click.aliexpress.com/e/_DmJmxVD).', None, 'not-alibaba-host', None),  # github-index:23230527701; section 0: the first link is another host's
    ('🔗 رابــط  :  <a href="https://s.click.aliexpress.com/e/_c2JpSWfB">https://s.click.aliexpress.com/e/_c2JpSWfB</a><br/>', None, 'short-link', None),  # github-index:71151120851; section 10: a short link, never guessed
    ('<li>SDM120 Energy meter: <a href="http://s.click.aliexpress.com/e/blaegsBQ" target="_parent">Single Phase Din Rail Energy Meter SDM120-Modbus</a></li>', None, 'short-link', None),  # github-index:38773770476; section 10: a short link, never guessed
    ('| 减速比 | 3 | $15.97 | [Alibaba](https://www.alibaba.com/product-detail/Lerobot-360-Degree-Smart-Servo-for_1601563310522.html) | ¥110 | [Taobao](https://e.tb.cn/h.64H9u3maGWzIp5Q?tk=T5liexkG6Yz) |', 'alibaba_com', 'listing', '1601563310522'),  # github-index:70357568031; section 5
    ('            detect_platform("https://e.tb.cn/h.RLiCrsU28uLGSKX?tk=ejKGgT8h0To"),', None, 'short-link', None),  # github-index:55816642117; section 10: a short link, never guessed
    ('Instead a 3 pack of motors with *questionable* quality but a great price can be found on [aliexpress](https://www.aliexpress.us/item/2255801033887365.html?spm=a2g0o.productlist.main.2.76d645af92nVLa&algo_pvid=b81d5402-f309-40b6-9f3b-66931c66e33a&algo_exp_id=b81d5402-f309-40b6-9f3b-6', 'aliexpress', 'listing', '2255801033887365'),  # github-index:7090972609; section 6
    ('     - [LILYGO ® TTGO LoRa32](https://www.aliexpress.us/item/32872078587.html)', 'aliexpress', 'listing', '32872078587'),  # github-index:1690416004; section 6
    ('| KM-1020FN20-103-05185 geared motor | 1 | [AliExpress](https://www.aliexpress.us/item/3256809224168887.html) · [datasheet](docs/KM-1020FN20-103-05185.png) |', 'aliexpress', 'listing', '3256809224168887'),  # github-index:66319104154; section 6
    ('    * https://www.aliexpress.us/item/3256806155920255.html ', 'aliexpress', 'listing', '3256806155920255'),  # github-index:30255173284; section 6
    ('    excl = [("C&P9M", "https://www.aliexpress.us/item/2251832668010347.html", "IDC ribbon, mixed pack"),', 'aliexpress', 'listing', '2251832668010347'),  # github-index:70949846434; section 6
    ('* Конфигурация Марлин `2.0.9.2` для Direct BMG с двигателем **STEPPERONLINE NEMA 17** 20mm [17HS08-1004S](https://aliexpress.ru/item/32585429251.html)', 'aliexpress', 'listing', '32585429251'),  # github-index:25299652014; section 6
    ("\t\t\t\t$message .= 'https://aliexpress.ru/item/10000004786273.html?spm=a2g0r.9294380.productCarousel.2.4a0f7fceUGZlbn&gps-id=6172742';", 'aliexpress', 'listing', '10000004786273'),  # github-index:8091779364; section 6
    ('| **2.25" ST7789 TFT** | TFT display for information output | [🛒 Product Page](https://aliexpress.ru/item/1005009024495784.html?sku_id=12000047620457684&spm=a2g2w.productlist.search_results.7.7e2846db5Jg2tP) |', 'aliexpress', 'listing', '1005009024495784'),  # github-index:816430284; section 6
    ('//        webview.load(URLRequest.init(url: URL.init(string: "https://m.intl.taobao.com/detail/detail.html?id=528603968600&ali_refid=a3_430125_1006:1107689385:N:%E9%93%81%E8%A7%82%E9%9F%B3:3ea11759b9918dea427245c73fb1b5bb&ali_trackid=1_3ea11759b9918dea42724', 'taobao_or_tmall', 'listing', '528603968600'),  # github-index:32871817449; section 1 (mobile/world hosts: taobao_or_tmall)
    ('//     "LinkProduct": "https://m.intl.taobao.com/detail/detail.html?spm=a2141.8971817.50000671.1&id=606675435996&scm=1007.15522.117270.cat:50000671_industry:_cattype:cat_id:606675435996&pvid=54b8bb94-d968-4ad2-a34d-1f1', 'taobao_or_tmall', 'listing', '606675435996'),  # github-index:30553652983; section 1 (mobile/world hosts: taobao_or_tmall)
    ("\t\t//$_GPC['url'] = 'https://detail.m.tmall.com/item.htm?isNew=false&downgradesource=h5_2&hideSmb=true&id=613551312694&spm=a2141.7631671.content.99';", 'tmall', 'listing', '613551312694'),  # github-index:19905072659; section 2
    ("        $url='https://detail.m.tmall.com/item.htm?abtest=_AB-LR90-PR90&pos=1&abbucket=_AB-M90_B17&acm=03080.1003.1.1287876&id='.$item_id.'&scm=1007.12913.42100.100200300000000';", None, 'malformed-id', None),  # github-index:15000516764; section 11: a bad id
    ("  'https://rzekl.com/g/1e8d114494d66b47c30616525dc3e8/?ulp=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005009015429440.html%3Fspm%3Da2g0o.productlist.main.2.45c96sJn6sJnuC%26algo_pvid%3Dd69eebfe-fd79-43b0-8125-8e763fc2da7e%26algo_exp_id%3Dd69eebfe-fd79-43b0-8125-8e763fc2da7e-1%26pdp_ext_f%3D%257B%2522order%2522%253A%2522478%2522%2", None, 'not-alibaba-host', None),  # github-index:54827032919; section 0: a redirector or translator is another host; the listing it embeds is only a suggestion
    ("login_page ='https://login.aliexpress.com/?from=sm&return_url=https%3A%2F%2Fcryptographic.aliexpress.com%2Fstore%2Fgroup%2FFlash-Deals%2F619765_512731262.html%3Fspm%3Da2g0o.store_pc_groupList.0.0.596a5cc4e8wnb6&uuid=689dbedbc6fd5c25a11d52c7c2784ed1'", None, 'not-a-listing', None),  # github-index:28346923854; section 11: no listing page
    ('\t\tHtmlPage page = wc.getPage("http://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-10181608163.2.ZJWwef&id=43907261731");', 'taobao', 'listing', '43907261731'),  # github-index:15064810206; section 1
    (' [中国大陆淘宝店](https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-14344044600.5.60a16ff77NRBL5&id=684572042388)', 'taobao', 'listing', '684572042388'),  # github-index:6750424086; section 1
    ('%   传送门：https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-15151018122.5.uwGoq5&id=538759553146', 'taobao', 'listing', '538759553146'),  # github-index:9503277261; section 1
    ('- node: [WIFI LoRa 32 V2](https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-17008247508.4.7bdf1d6f2XG3ID&id=575190433694) ', 'taobao', 'listing', '575190433694'),  # github-index:253420117; section 1
    ('  - `ESP32-S3-BOX Purchase Link <https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-10057817917.13.36b47931Jgygni&id=732842971319&skuId=5456418374248>`_', 'taobao', 'listing', '732842971319'),  # github-index:20320008669; section 1
    ('//|  https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-2315001482 |', None, 'missing-id', None),  # github-index:19982434284; section 11: no id
    ('#property copyright "https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-2315001482"', None, 'missing-id', None),  # github-index:19982434284; section 11: no id
    ('- [milkv-duo 开发板](https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-24811212567.2.1f7913b5Y8K002&id=707976817589)', 'taobao', 'listing', '707976817589'),  # github-index:26285808292; section 1
    ('[BluePill]: http://item.taobao.com/item.htm?spm=a1z10.1-c.w4004-9679183684.4.26lLDG&id=22097803050', 'taobao', 'listing', '22097803050'),  # github-index:48491987722; section 1
    ('\thttps://item.taobao.com/item.htm?spm=a1z10.5-c.w4002-14546933259.16.1d6966e2TmFt6B&id=670520267237', 'taobao', 'listing', '670520267237'),  # github-index:34468679751; section 1
    ('            //http://m.1688.com/offer/552578137902.html', '1688', 'listing', '552578137902'),  # github-index:12088733697; section 4
    ('            // https://detail.m.tmall.com/item.htm?id=528221266420', 'tmall', 'listing', '528221266420'),  # github-index:12088733697; section 2
    ('\t\t * https://item.taobao.com/item.htm?id=40597168510&ns=1&abbucket=0#detail', 'taobao', 'listing', '40597168510'),  # github-index:1682245872; section 1
    ("        # goods_link = 'https://h5.m.taobao.com/awp/core/detail.htm?id=551047454198&umpChannel=libra-A9F9140EBD8F9031B980FBDD4B9038F4&u_channel=libra-A9F9140EBD8F9031B980FBDD4B9038F4&spm=a2141.8147851.1.1'", 'taobao_or_tmall', 'listing', '551047454198'),  # github-index:30258934947; section 1 (mobile/world hosts: taobao_or_tmall)
    ('  // https://saiersensor.en.alibaba.com/product/60539487700-803861114/', 'alibaba_com', 'listing', '60539487700'),  # github-index:5712822734; section 5
    ('* 参考板: https://mdwdz.en.alibaba.com/product/60670737878-804998378/2CH_AC_LED_Light_Dimmer_Module_Controller_Board.html', 'alibaba_com', 'listing', '60670737878'),  # github-index:45513270872; section 5
    ('and this motherboard: https://nerch.en.alibaba.com/product/60757014408-805536253/replacement_motherboard_for_xiaomi_mijia_m365_scooter_parts.html?spm=a2700.icbuShop.89.3.204e5876WcLOUR', 'alibaba_com', 'listing', '60757014408'),  # github-index:4853928523; section 5
    ('    "https://acme.en.alibaba.com/product/1.html",', None, 'missing-id', None),  # github-index:71027893050; section 11: no id
    ('http://hochgroup.en.alibaba.com/product/424588718-200841852/single_phase_electric_kilowatt_hour_ph_meter.html?tracelog=cgsotherproduct1', 'alibaba_com', 'listing', '424588718'),  # github-index:3201078476; section 5
    ('[English Version](README_EN.md) | [中文版](README.md) | [官方淘宝店](https://g84gtpygdv6trpvdhcsy0kfr73avcip.taobao.com/shop/view_shop.htm?appUid=RAzN8HWKU5B7MfX6JjEWgkuNfftNVbnrjbjx6fPjY9KqXB46Rvy&spm=a21n57.1.hoverItem.2) | [Alicia-D 产品手册（中文）](https://docs', 'taobao', 'storefront', 'g84gtpygdv6trpvdhcsy0kfr73avcip'),  # github-index:67307376086; section 1
    ('淘宝网站：http://shop117773209.taobao.com/shop/view_shop.htm?spm=a1z0e.1.0.0.eqIhKz&mytmenu=mdianpu&utkn=g,meztsobuhe3to1427461542456&user_number_id=669230514&scm=1028.1.1.20001', 'taobao', 'storefront', '117773209'),  # github-index:4696774136; section 1
    ('\t\t\t\t\t   店铺：<a class="J_ShopName J_MakePoint" data-point-url="http://log.mmstat.com/buy.1.6" href="http://store.taobao.com/shop/view_shop.htm?shop_id=104337282"', None, 'not-alibaba-host', None),  # github-index:14887729916; section 0: the first link is another host's
    ('                                                                      <li><a target="_blank" href="https://shop101690896.taobao.com/shop/view_shop.htm?spm=a230r.1.14.335.RGXgEH&amp;amp;user_number_id=1113052908">shop101690896.taobao.com</a></li>', 'taobao', 'storefront', '101690896'),  # github-index:30856144887; section 1
    ('                                target="_blank" class="nickname J_MakePoint" title="叶落方知天下秋" href="http://store.taobao.com/shop/view_shop.htm?user_number_id=52147114"', 'taobao', 'storefront', '52147114'),  # github-index:17038495737; section 1
    ('| 3 | Microcontroller | Seeed Studio XIAO ESP32-S3 Sense, including camera | 1 | [Listing](https://item.taobao.com/item.htm?id=796226570709) |', 'taobao', 'listing', '796226570709'),  # github-index:71426990717; section 1
    ('15. 双击桌面上的KA1.exe，完毕，KA1将镜像显示器上的内容。（注意：上面下载的mylcd是试用版，KA1只显示一半，[正式版点我](https://item.taobao.com/item.htm?id=520024244524)）', 'taobao', 'listing', '520024244524'),  # github-index:25222585382; section 1
    ('*   [天貓圖書](https://detail.tmall.com/item.htm?id=997383773726&skuId=6143496614475)', 'tmall', 'listing', '997383773726'),  # github-index:52904680262; section 2
    ('            "https://item.taobao.com/item.htm?id=123456789",', 'taobao', 'listing', '123456789'),  # github-index:65844516662; section 1
    ("        this.$openURL('https://item.taobao.com/item.htm?id=520421163634')", 'taobao', 'listing', '520421163634'),  # github-index:68477732; section 1
    (' *   node scrape-store.mjs "https://www.aliexpress.com/store/1101234567"', 'aliexpress', 'storefront', '1101234567'),  # github-index:54716921652; section 6
    ('    store = Store(name="Peer Store", url="https://example.aliexpress.com/store/1")', None, 'malformed-id', None),  # github-index:69679264827; section 11: a bad id

]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace."""
    expected = notes_canonical(text, platform, kind, id)
    assert expected is not None, text
    assert parse_listing(text).canonical_url == expected, text


_ENCODED_ROWS = [
    text
    for text, _, code, _ in FIXED
    if "%" in text and code.endswith("-id") and " " not in unquote(text).strip()
]  # (a space inside the decoded link: urls30's fix 2, tested there)


@pytest.mark.parametrize("text", _ENCODED_ROWS)
def test_an_encoded_link_is_refused_naming_the_encoding(text: str) -> None:
    """Fix 1: each refused row of it says the link looks percent-encoded; the decoded listing
    is the suggestion, or, decoded refused too, its own reason is quoted."""
    result = parse_listing(text)
    assert "looks percent-encoded" in result.reason, text  # type: ignore[union-attr]
    decoded = parse_slowly(unquote(unquote(text)))
    if decoded.ok:
        assert result.suggestion == decoded.canonical_url, text  # type: ignore[union-attr]
    else:
        assert decoded.reason in result.reason, text  # type: ignore[union-attr]


_ESCAPED_HOSTS = [text for text, _, code, _ in FIXED if code == "lookalike-host" and "%" in text]


@pytest.mark.parametrize("text", [text for text in _ESCAPED_HOSTS if ".evil.cn" not in text])
def test_an_encoded_host_is_refused_naming_the_encoding(text: str) -> None:
    """Fix 4: a marketplace host followed by an encoded ``/``, ``?`` or ``#`` is still a
    lookalike, but the reason says the link looks percent-encoded; the listing it holds,
    decoded, is the suggestion."""
    result = parse_listing(text)
    assert result.code == "lookalike-host", text  # type: ignore[union-attr]
    assert "looks percent-encoded" in result.reason, text  # type: ignore[union-attr]
    decoded = parse_slowly(unquote(text))
    assert result.suggestion == (decoded.canonical_url if decoded.ok else None), text  # type: ignore[union-attr]


def _same_everywhere(text: str) -> dict[str, object]:
    """``parse_listing``'s record of ``text`` (the third time: a key is learnt by the miss cache
    on its second sighting), checked against the thorough parser's and the columnar kernel's."""
    records = [parse_listing(text).as_dict() for _ in range(3)]
    assert records[0] == records[1] == records[2] == parse_slowly(text).as_dict(), text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text, text, text]).to_pylist() == records, text
    return records[2]


def _without_input(record: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in record.items() if key != "input"}


#: The sample links that are listings or stores (not the short link), and their canonical URLs.
_READ = [link for link in SAMPLE_LINKS if parse_listing(link).ok]


def _encoded(link: str, chars: str, case: str, tail: str) -> str:
    """``link`` with ``chars`` of its path and query percent-encoded (``?`` as ``%3F``...),
    in ``case`` (``upper`` or ``lower`` hex), and ``tail`` (an encoded character) after it."""
    start = link.index("/", link.index("//") + 2)
    rest = "".join(quote(c, safe="") if c in chars else c for c in link[start:]) + tail
    if case == "lower":
        rest = rest.replace("%3F", "%3f").replace("%3D", "%3d").replace("%2F", "%2f")
    return link[:start] + rest


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(_READ),
    st.sampled_from(["?", "?=", "?=&", "=", "=&", "&", "", "/?=&", "/"]),
    st.sampled_from(["upper", "lower"]),
    st.sampled_from(["", "%20", "%0A", "%23detail"]),
    st.sampled_from(["", "https://", "//", "http://"]),
)
@example(_READ[1], "?=", "upper", "", "")
@example(_READ[0], "", "upper", "%20", "")
@example(_READ[1], "", "upper", "%20", "")
@example(_READ[1], "/?=&", "upper", "", "https://")
def test_a_percent_encoded_link_says_so(
    link: str, chars: str, case: str, tail: str, scheme: str
) -> None:
    """Fixes 1 and 4: a listing's link with its own ``?``/``=``/``&`` (or ``/``, the host's
    then too) percent-encoded, or an encoded space, newline or ``#`` after it, is read as the
    listing (section 0's lenient query) or refused saying it looks percent-encoded, the listing
    suggested; never refused without a word of it. An encoded ``/`` or ``?``, or an encoded
    tail after a path with no query, is never read (the quick paths, the thorough parser and
    the columnar kernel agree)."""
    plain = parse_listing(link).as_dict()
    text = scheme + _encoded(link, chars, case, tail).split("://", 1)[1]
    record = _same_everywhere(text)
    if record["ok"]:
        assert [record[key] for key in ("platform", "kind", "id")] == [
            plain[key] for key in ("platform", "kind", "id")
        ], text
    else:
        assert "looks percent-encoded" in str(record["reason"]), (text, record)
        assert record["suggestion"] == plain["canonical_url"], (text, record)
        codes = ("missing-id", "malformed-id", *(("lookalike-host",) if "/" in chars else ()))
        assert record["code"] in codes, (text, record)
    encoded_mark = "/" in chars or ("?" in chars and "?" in link) or (tail and "?" not in link)
    if encoded_mark:
        assert not record["ok"], text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(SAMPLE_LINKS),
    st.sampled_from(["https%3A//", "http%3A//", "https%3a//"]),
    st.sampled_from(["", "see ", "【淘宝】"]),
)
@example(SAMPLE_LINKS[1], "https%3A//", "")
def test_a_link_encoded_with_its_slashes_kept_is_read(link: str, scheme: str, before: str) -> None:
    """Fix 2: ``https%3A//…`` with the rest percent-encoded (Zhihu's redirect target) gets the
    link's own answer, as ``https%3A%2F%2F…`` does."""
    rest = link.split("://", 1)[1]
    host, _, path = rest.partition("/")
    text = before + scheme + host + "/" + quote(path, safe="/")
    record = _same_everywhere(text)
    assert _without_input(record) == _without_input(parse_listing(link).as_dict()), text


_HOSTS = ["https://uniqlo.tmall.com", "http://m.taobao.com", "https://shop118454188.taobao.com",
          "https://weactstudio.aliexpress.com", "https://funcoo.en.alibaba.com",
          "https://item.taobao.com", "https://www.lazada.sg", "https://joinsun.1688.com"]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(_HOSTS),
    st.sampled_from([*SAMPLE_LINKS, "https://example.com/x", "http://s.m.taobao.com/h5?q=x"]),
    st.sampled_from(['"', "'", "`"]),
    st.sampled_from([",", ";"]),
    st.sampled_from(["", "[", "{", "x = [", "stepUrl = {"]),
)
@example("http://m.taobao.com", "http://s.m.taobao.com/h5?q=x", '"', ",", "{")
@example("https://uniqlo.tmall.com", SAMPLE_LINKS[2], '"', ",", "[")
def test_a_host_in_a_list_of_quoted_links_ends_at_its_quote(
    host: str, other: str, quote_mark: str, separator: str, before: str
) -> None:
    """Fix 3: ``["https://host","https://…"]`` gets the host's own answer (its next link's
    scheme colon was taken for a port: lookalike-host)."""
    text = f"{before}{quote_mark}{host}{quote_mark}{separator}{quote_mark}{other}{quote_mark}"
    record = _same_everywhere(text)
    assert _without_input(record) == _without_input(parse_listing(host).as_dict()), text
