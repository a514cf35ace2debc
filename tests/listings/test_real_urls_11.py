"""Sweep 11 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls11.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_10.py. The inputs come
from sources the earlier sweeps did not use: a saved Taobao item page's site navigation, code
that builds Taobao Union (uland) and old overseas Tmall (world.tmall.com) item links, SQL dumps
and JavaScript lists of quoted values, Alibaba.com's Chinese-language site, Taobao's ``s.tb.cn``
short links in shop links and text messages, seller pages of Xianyu, 1688 and Taobao, search
result links (``spm=a230r``, ``spm=a220m``) in READMEs, and AliExpress, Lazada and 1688 links in
parts lists, tests and scrapers. ``github-index:N`` is a public file whose repository the code
index does not name, as in listing-urls.md; "excerpt" marks a line the index showed cut short.
A row marked "notes silent" is a form listing-urls.md does not name: it only has to be refused,
and the code recorded is the parser's.

``PART1`` holds the cases sweep 10 left open, decided from listing-urls.md, and the rows that
failed before this sweep's fixes:

- ``world.tmall.com/item/N.htm`` (Tmall's old overseas item page) and ``uland.taobao.com/item/
  edetail?id=…`` (a Taobao Union landing page, whose id may be encrypted) are forms the notes do
  not name: still ``not-a-listing``, but the reason says what they are and, when the page names
  one item id, suggests its canonical link to open (it called them search or home pages);
- Taobao's and 1688's own service hosts in a saved Taobao page's navigation (the seller
  training centre ``daxue``, favourites ``shoucang``, footprints ``lu``, ``love``, ``ur``,
  ``sellerhelp``, Taobao education ``jiaoyu``, Yiwu's market ``yiwu.1688.com``) were read as
  storefronts; they are ``not-a-listing``;
- ``s.tb.cn/…`` (Taobao's short links of shops, campaigns and text messages) was
  ``not-a-listing``; it is a ``short-link`` like ``m.tb.cn`` and ``e.tb.cn``;
- an app deep link glued to the code calling it (``d.open_url("taobao://m.tb.cn/…")``) was a
  ``lookalike-host`` named ``d.open_url("taobao``; it is ``scheme-not-allowed``;
- ``chinese.alibaba.com/product-detail/…-N.html`` (Alibaba.com's Chinese-language site) was
  ``not-a-listing``; it is an Alibaba.com listing like the other language sites'.

Also fixed (rows in ``ROWS`` and properties below): a scheme-less link glued to the code before
it by a quote or a parenthesis (``utils.strip('www.aliexpress.com/store/1185416?…')``) was read
as the host ``utils.strip('www.aliexpress.com`` (a lookalike) or not found; a quoted value
closed before a comma (``VALUES('https://…/N.html','9','x')``) and a query's last id before a
CSV cell (``…?id=N,title``) kept the next cells in the link; a Xianyu user id may be an opaque
token, but a template's placeholder (``userId={user_id}``, ``${userId}``) was read as one; a
``//`` comment glued to Chinese text (``//天猫旗舰``) was a host; and a link in text that a comma
cut inside its slug (``…/products/foo.html,bar-i123456789.html``) was refused while the same
link alone on its line was the listing.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, answer, assert_service_host, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('        d.open_url("taobao://m.tb.cn/h.ffKfhIt")', None, 'scheme-not-allowed', None),  # github-index:2538556733
    ('\t-- startActivity("taobao://m.tb.cn/h.en8o2i9?sm=069084 ")', None, 'scheme-not-allowed', None),  # github-index:12045955268
    ("        href: 'https://s.tb.cn/c.0x1IWF',", None, 'short-link', None),  # github-index:52530654556
    ('                yoj.b(context, this.e).e(bundle).d("//s.tb.cn/o/0/".concat(text));', None, 'short-link', None),  # github-index:41594285027
    ('间的差价也会退还，不用担心重复购买的问题。如果没有Visa的话推荐某宝购买，亲测可用，推荐搜店铺 [遇上野鱼工作室](https://link.zhihu.com/?target=https%3A//s.tb.cn/c.0vQUrD "遇上野鱼工作室") 。', None, 'not-alibaba-host', None),  # github-index:16827738023
    ('   *                                                  "target":"https://s.tb.cn/c.KxzZ",', None, 'short-link', None),  # github-index:2547171946
    ('        "【卡姿兰官方旗舰店】618今晚8点抢！1分钱抢包包！戳 s.tb.cn/y6.ERlOw 验证码回T退订",', None, 'short-link', None),  # github-index:68299216514
    ('        String[] split = "https://world.tmall.com/item/xxx.htm?id=535933437297&ali_refid=a3_430620_1006:1105484261:N:iPhone6%E6%89%8B%E6%9C%BA%E5%A3%B3:ea538d6504c872f2f9cd95392620bf1a&ali_trackid=1_ea538d', None, 'not-a-listing', None),  # github-index:25240011891; notes silent: a rejection
    ("url='http://world.tmall.com/item/44320847678.htm?spm=a220m.1000858.0.0.K7jhC4&id=44320847678&is_b=1&cat_id=2&q=%BC%D7%C8%A9'", None, 'not-a-listing', None),  # github-index:21370838181; notes silent: a rejection
    ('[示例链接](https://world.tmall.com/item/45262540681.htm?spm=a220m.1000858.1000725.110.r7oyq2&id=45262540681&skuId=85225485607&areaId=320700&cat_id=50025145&rn=6f644caecfa85abefea71e2dc48ac6a', None, 'not-a-listing', None),  # github-index:3612132279; notes silent: a rejection
    ('\t\t$url = "http://world.tmall.com/item/".$query[\'id\'].".htm?id=".$query[\'id\'];', None, 'not-a-listing', None),  # github-index:18198164935; notes silent: a rejection
    ("#url='http://world.tmall.com/item/44320847678.htm?'", None, 'not-a-listing', None),  # github-index:21124804060; notes silent: a rejection
    (", '170505232043ayercal.jpg', '198.00', '15.19', '128.00', 'https://smile.amazon.com/Ayer-Calcium-Supplement-Drops/dp/B01FYDVSU8/', '209.00', 'https://world.tmall.com/item/10250132703.htm?id=10250132703', '2017-05-06 03:21:23',", None, 'not-alibaba-host', None),  # github-index:17753410541
    ("        var url = 'http://world.tmall.com/item/524508339111.htm?spm=a2160.7230762.1997224353.1.abOILV&id=524508339111'", None, 'not-a-listing', None),  # github-index:39266304228; notes silent: a rejection
    ('            product.setItemUrl("https://uland.taobao.com/item/edetail?id=" + index.getItemId());', None, 'not-a-listing', None),  # github-index:26356142445; notes silent: a rejection
    ('        product.setItemUrl("https://uland.taobao.com/item/edetail?id=?id=" + numIid);', None, 'not-a-listing', None),  # github-index:26312898803; notes silent: a rejection
    ("'item_link': '//uland.taobao.com/item/edetail?id=0jtNUGt0BmS2t6-m80Wn0di7K7G7qOoUBg', 'item_num': 1,", None, 'not-a-listing', None),  # github-index:55647434185; notes silent: a rejection
    ('            // https://uland.taobao.com/item/edetail?id=g4kQxqPU3t20YWJwR5iYMOibUr-QA0RODib7nd058YtB', None, 'not-a-listing', None),  # github-index:26529900900; notes silent: a rejection
    ('                "item_url": "https://uland.taobao.com/item/edetail?id=abc",', None, 'not-a-listing', None),  # github-index:57040009094; notes silent: a rejection
    ('    item_url: `https://uland.taobao.com/item/edetail?id=${res.item_id}`,', None, 'not-a-listing', None),  # github-index:116123519; notes silent: a rejection
    ("        if 'https://uland.taobao.com/item/edetail?id=' not in goods_url:", None, 'not-a-listing', None),  # github-index:1489290357; notes silent: a rejection
    ('<a href="//daxue.taobao.com" target="_top">卖家培训中心</a></div></div></li>', None, 'not-a-listing', None),  # github-index:18207437163
    ("    url: 'https://daxue.taobao.com/markets/daxue/help#account'", None, 'not-a-listing', None),  # github-index:42218185305
    ('<a href="https://daxue.taobao.com/markets/daxue/xinshou" target="_blank">&nbsp;点此查看</a>。', None, 'not-a-listing', None),  # github-index:2387305649
    ('                    "http://www.chuanke.com/","https://ke.qq.com/","https://daxue.taobao.com/","http://www.jikexueyuan.com/",', None, 'not-alibaba-host', None),  # github-index:22601571164
    ("URL_TB_EDU = 'https://jiaoyu.taobao.com'", None, 'not-a-listing', None),  # github-index:27332583699
    ("URL_DRAWING = 'https://v.daxue.taobao.com/detail.htm?courseId=81586'", None, 'not-a-listing', None),  # github-index:27332583699
    ('            "referer": "https://idaxue.taobao.com/chapter/content.jhtml",', None, 'not-a-listing', None),  # github-index:20727930557
    ('<a href="//love.taobao.com/" target="_top">新欢</a></div></div></li>', None, 'not-a-listing', None),  # github-index:18207437163
    ('<a href="//lu.taobao.com/newMyPath.htm" target="_top">我的足迹</a>', None, 'not-a-listing', None),  # github-index:18207437163
    ('<a href="//shoucang.taobao.com/item_collect.htm" target="_top">收藏的宝贝</a>', None, 'not-a-listing', None),  # github-index:18207437163
    ('<a href="//shoucang.taobao.com/shop_collect_list.htm" target="_top">收藏的店铺</a>', None, 'not-a-listing', None),  # github-index:18207437163
    ('<a href="//sellerhelp.taobao.com/market/service/index.php?page=sellerIndex" target="_top">卖家客服</a>', None, 'not-a-listing', None),  # github-index:18207437163
    ('<a href="//buyertrade.taobao.com/trade/itemlist/list_bought_items.htm" target="_top">已买到的宝贝</a>', None, 'not-a-listing', None),  # github-index:18207437163
    ("        #'http://yiwu.1688.com/shop/ywzxbh03/page/offerlist.htm?tradenumFilter=true'", None, 'not-a-listing', None),  # github-index:16183636066
    ('- ADNS-5110-001 lens listing: <https://chinese.alibaba.com/product-detail/New-Original-Mouse-Lens-ADNS-5110-1601344837483.html>', 'alibaba_com', 'listing', '1601344837483'),  # github-index:52753094707
    ('                                href: "https://chinese.alibaba.com/product-detail/T3-ble-4-0-keychain-beacon-1600880865383.html",', 'alibaba_com', 'listing', '1600880865383'),  # github-index:10242349453
    ('     "Source_URL": "https://chinese.alibaba.com/g/rtx-a4000-price.html", ', None, 'not-a-listing', None),  # github-index:23534978829
    ('- https://chinese.alibaba.com/g/400v-output-dc-converter.html', None, 'not-a-listing', None),  # github-index:58862439073
    ('        template= "https://chinese.alibaba.com/trade/search?&language=zh&fsb=y&IndexArea=product_en&CatId=&SearchText="', None, 'not-a-listing', None),  # github-index:16321276100
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("                'https://www.lazada.com.my/products/nivea-men-deep-white-oil-clear-detox-mud-foam-100g-i1299546099-s3963046423.html?c=&channelLpJumpArgs", 'lazada_my', 'listing', '1299546099'),  # github-index:32379365573; excerpt
    ('**Here is the [one](https://www.lazada.com.my/products/t-wolf-hb008-usb-30-hub-3-ports-high-speed-hub-2usb20-1usb30-hub-i3010272117-s14854735681.html?c=&ch', 'lazada_my', 'listing', '3010272117'),  # github-index:24733576852; excerpt
    ("            return anchors.map(a => a.href).filter(href => href.includes('lazada.com.my/products/'));", None, 'missing-id', None),  # github-index:62678164103
    ('  "https://www.lazada.com.ph/products/ndonhand-twice-official-candyfan-z-i3047510590-s15018676998.html?&search=pdp_v2v?spm=a2o4l.pdp_revam', 'lazada_ph', 'listing', '3047510590'),  # github-index:35690632878; excerpt
    ("(17, 12, 5, 'http://lazada.co.id/products/pdp-i7095734058-s13392326547.html?pvid=d748aa4e-d3c5-44b6-843b-e9507080ad51&search=jfy&scm=1007.1751", 'lazada_id', 'listing', '7095734058'),  # github-index:60013423463; excerpt
    ("    public $url = 'https://www.lazada.vn/products/mau-moi-2023-set-do-nam-ao-tay-ngan-co-tron-phoi-quan-short-dui-tui-day-zenko-men-qa-085-i557514383-", None, 'missing-id', None),  # github-index:31669463002; excerpt, cut before its sku
    ("url = 'https://www.lazada.vn/products/adidas-originals-giay-superstar-nam-mau-trang-gz3413-i1809316659-s8144103383.html?mp=1&spm=a2o4n.sel", 'lazada_vn', 'listing', '1809316659'),  # github-index:9776614837; excerpt
    ("# url = r'https://www.lazada.vn/products/dien-thoai-apple-iphone-13-pro-max-128gb-i1522497182-s6393590575.html?search=1&spm=a2o4n.searchlistc", 'lazada_vn', 'listing', '1522497182'),  # github-index:38382515302; excerpt
    ("const uri = 'https://pages.lazada.co.th/wow/i/th/LandingPage/flashsale'", None, 'not-a-listing', None),  # github-index:19565902013
    ("              'https://pages.lazada.vn/wow/gcp/route/lazada/vn/upr_1000345_lazada/channel/vn/upr-router/vn?hybrid=1&data_prefetch=true&p", None, 'not-a-listing', None),  # github-index:25228422831; excerpt
    ("          example: '/api/v1?link=https://pages.lazada.co.th/...'", None, 'not-a-listing', None),  # github-index:33709966895
    ('        "https://pages.lazada.com.ph/products/pdp-i123-s456.html?exlaz=promo#reviews"', None, 'not-a-listing', None),  # github-index:53919717052
    ('// @match        https://pages.lazada.co.th/wow/i/th/LandingPage/flashsale-h5*', None, 'not-a-listing', None),  # github-index:17577297470
    ("73-%5BChat%5D-How-do-I-send-images/videos-via-Chat) and [Lazada's contextual image sharing](https://pages.lazada.com.ph/wow/i/ph/PHCampaign/im-launch%3Fhybrid%3D1) as interaction references", None, 'not-a-listing', None),  # github-index:71495194073
    ('    assert engine._is_lazada_host("https://pages.lazada.com/x")', None, 'not-a-listing', None),  # github-index:68423050099
    ("        'Referer': 'https://pages.lazada.co.th/'", None, 'not-a-listing', None),  # github-index:4624124378
    ('          `https://c.lazada.com.my/t/c.${product.product_id}`,', None, 'short-link', None),  # github-index:60111816370
    ("            this.targetUrl = this.encodeTarget('https://c.lazada.co.id/t/c.bheMzB');", None, 'short-link', None),  # github-index:32996985549
    ('"https://c.lazada.co.id/t/c.0Am9vz?url=https%3A%2F%2Fwww.lazada.co.id%2Fproducts%2Fbisa-cod-kondom-bergerigi-kondom-pria', None, 'short-link', None),  # github-index:25785034089; excerpt
    ('\t    <a href="https://c.lazada.co.th/t/c.example?url=https%3A%2F%2Fwww.lazada.co.th%2Fproducts%2Fi16181655661-s127271408131.html%3Fur', None, 'short-link', None),  # github-index:63296079416; excerpt
    ('// Deep-link format: https://c.lazada.co.th/t/c.<APP_KEY>.<TRACKING_ID>/?url=<encoded>', None, 'short-link', None),  # github-index:58027585840
    ("        // $longURLLazada = 'https://c.lazada.co.id/t/c.Zrq9';", None, 'short-link', None),  # github-index:10497425964
    ('                        url=str(raw.get("url") or f"https://www.goofish.com/item?id={raw[\'item_id\']}"),', None, 'malformed-id', None),  # github-index:69423060687
    ('                links[\'xianyu_mobile\'] = f"https://m.2.taobao.com/item.htm?id={product_id}"', None, 'not-a-listing', None),  # github-index:3320176300; notes silent: a rejection
    ('                "url": f"https://2.taobao.com/item.htm?id={lid}",', None, 'malformed-id', None),  # github-index:52436405410
    ('[点击查看商品](https://2.taobao.com/item.htm?id={item_id})', None, 'malformed-id', None),  # github-index:55328140058
    ('- [RP2040-zero ripoff from AliExpress](https://s.click.aliexpress.com/e/_DFgT0A3)', None, 'short-link', None),  # github-index:48228222011
    ('- [MINI RC522 RFID module from AliExpress](https://s.click.aliexpress.com/e/_DDcbgXb)', None, 'short-link', None),  # github-index:48228222011
    ('1x [1mm > 1mm Pack of cables](https://s.click.aliexpress.com/e/_De5zhCP)', None, 'short-link', None),  # github-index:31280925551
    ('1x [Pack of 1mm JST SH connectors](https://s.click.aliexpress.com/e/_DDIr1m7)', None, 'short-link', None),  # github-index:31280925551
    ('ck of motors with *questionable* quality but a great price can be found on [aliexpress](https://www.aliexpress.us/item/2255801033887365.html?spm=a2g0o.productlist.main.2.76d645af92nVLa&algo_pvid=b81d5402-f309-40b6-9f3b-', 'aliexpress', 'listing', '2255801033887365'),  # github-index:7090972609; excerpt
    ('  `https://m.alibaba.com/product/${id}.html`,', None, 'missing-id', None),  # github-index:55822870857
    ('| 1 | &nbsp;&nbsp;&nbsp;Cooling Fan, 80x80x25, 12VDC, 37CFM, 2500RPM | Purchased | [AliBaba](https://m.alibaba.com/product/60795001398/80x80x25-12volt-low-noise-dc-axial.html?spm=a2700.galleryofferlist.0.0.742d3d15p4MDsQ&s=', 'alibaba_com', 'listing', '60795001398'),  # github-index:28221549360; excerpt
    ('    const-string v1, "http://m.alibaba.com/product/"', None, 'missing-id', None),  # github-index:37170239831
    ("        elif message_text.startswith(('https://m.alibaba.com/product/' )):", None, 'missing-id', None),  # github-index:33206474843
    ("        r = request('https://detail.tmall.hk/hk/item.htm?id={}'.format(offer_id))", None, 'malformed-id', None),  # github-index:36884918356
    ('    get_proKey(url="https://detail.tmall.hk/hk/item.htm?id=540226087282&skuId=3202944271278&areaId=440300&user_id=2630035235&cat_id=2&is_b=1")', 'tmall_global', 'listing', '540226087282'),  # github-index:29600432751
    ('mall.com/item.htm") > 0 || url.indexOf("//chaoshi.detail.tmall.com/item.htm") > 0 || url.indexOf("//detail.tmall.hk/hk/item.htm") > 0) {', None, 'missing-id', None),  # github-index:46879430641
    ('                singleHtml.replace("@link", "https://detail.tmall.hk/hk/item.htm?id=" + currentProduct.getNumIid()); // 根据商品在平台ID拼接商品详情页', None, 'missing-id', None),  # github-index:39723094458
    ("getHtml('https://detail.tmall.hk/hk/item.htm?tbpm=1&id=618847163210&spm=875.7931836/B.2017041.4.13d74265riqUFp&scm=1007.12144.81309.73133_0_0&pv", 'tmall_global', 'listing', '618847163210'),  # github-index:20610595995; excerpt
    ("        url: 'https://detail.tmall.hk/hk/item.htm?spm=a1z10.10044-b-s.196.2.1e15154du716Y9&id=573893162110&scene=taobao_shop'", 'tmall_global', 'listing', '573893162110'),  # github-index:16159550150
    ('    "Origin": "https://h5.m.taobao.com",', None, 'not-a-listing', None),  # github-index:24944677857
    ("        # goods_link = 'https://h5.m.taobao.com/awp/core/detail.htm?id=551047454198&umpChannel=libra-A9F9140EBD8F9031B980FBDD4B9038F4&u_channel=libra-A9F9140EBD8F9031B9", 'taobao_or_tmall', 'listing', '551047454198'),  # github-index:30258934947; excerpt
    ("    urls = ['https://item.taobao.com/item.htm?spm=a230r.1.14.19.448e0757ptgTZM&id=530539251218',", 'taobao', 'listing', '530539251218'),  # github-index:16082950411
    ('[ANTSDR Firmware](https://github.com/MicroPhase/antsdr-fw) for the [ANTSDR](https://item.taobao.com/item.htm?spm=a230r.1.14.16.34e21142YIlxqx&id=647986963313&ns=1&abbucket=2#detail) .', None, 'not-alibaba-host', None),  # github-index:3779921836
    ('[ANTSDR](https://item.taobao.com/item.htm?spm=a230r.1.14.16.34e21142YIlxqx&id=647986963313&ns=1&abbucket=2#detail) .', 'taobao', 'listing', '647986963313'),  # github-index:3779921836
    ('提供一个[淘宝链接](https://item.taobao.com/item.htm?spm=a230r.1.14.19.b04827fa6ObwFJ&id=635885331685&ns=1&abbucket=2#detail)', 'taobao', 'listing', '635885331685'),  # github-index:8971368796
    ('|7|[K510 系列](https://item.taobao.com/item.htm?spm=a230r.1.14.1.22714815bDh5ei&id=673510674381&ns=1&abbucket=0&mt=)|K510 開發板套裝在線購買連結|', 'taobao', 'listing', '673510674381'),  # github-index:31870152586
    ('We use both **DSP** development board ([TMS320C6748](https://item.taobao.com/item.htm?spm=a230r.1.14.136.6f9cd3d7T6jq1c&id=35497623592&ns=1&abbucket=10#)) and **STM32** development board', 'taobao', 'listing', '35497623592'),  # github-index:21239825401
    ('* [Motor parameters on taobao.com, offered in Chinese](https://item.taobao.com/item.htm?spm=a230r.1.14.19.3b516d0aHPEsqs&id=533000737918&ns=1&abbucket=5#detail)', 'taobao', 'listing', '533000737918'),  # github-index:45561725191
    ('使用[源地ESP32-S3核心板](https://item.taobao.com/item.htm?spm=a230r.1.14.1.283f2d6cAjCT7l&id=669443108979&ns=1&abbucket=6#detail)', 'taobao', 'listing', '669443108979'),  # github-index:7784432281
    ('    # url = "https://item.taobao.com/item.htm?spm=a230r.1.14.97.oI9e6K&id=545728190154&ns=1&abbucket=20#detail"', 'taobao', 'listing', '545728190154'),  # github-index:9949829851
    ("        'https://item.taobao.com/item.htm?spm=a230r.1.14.1.582b6bef0Lip4J&id=657693859684&ns=1&abbucket=20#detail']", 'taobao', 'listing', '657693859684'),  # github-index:28125020116
    ('如需购买开发板 欢迎光临 https://item.taobao.com/item.htm?spm=a230r.1.14.38.6d246571W3bJLr&id=566707014983&ns=1&abbucket=16#detail', 'taobao', 'listing', '566707014983'),  # github-index:763555276
    ('        //String url = "https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.686783dd3ogj1K&id=520034057009&skuId=3168677931941&areaId=420100&user_id=24149422', 'tmall', 'listing', '520034057009'),  # github-index:22328172210; excerpt
    ('# start_urls = {\'{ "url":"https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.7.jMG3s1&id=539421106833&skuId=3262730024459&standard=1&user_id=197232874&cat_id=50', 'tmall', 'listing', '539421106833'),  # github-index:239673719; excerpt
    ("    url = 'https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.57.25a11005L60sXF&id={}&skuId=3759128262116&areaId=310100&user_id=1695300927&cat_id", None, 'malformed-id', None),  # github-index:7891293313; excerpt
    ("# browser.get('https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.19.5b0b2a68YdfcBu&id=566605082411&skuId=3643811076933&user_id=2838892713&cat_id=2&i", 'tmall', 'listing', '566605082411'),  # github-index:32388533353; excerpt
    ("        $obj    = new Tmall('https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.7fe627f36Y5ajt&id=546373000438&skuId=3302381192380&areaId=440100&user_id=35606033", 'tmall', 'listing', '546373000438'),  # github-index:32161193982; excerpt
    ('//        String url = "https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.13.334a2516Z44rJj&id=605891749329&skuId=4247606565698&areaId=110100&user_id=2397808', 'tmall', 'listing', '605891749329'),  # github-index:16541226838; excerpt
    ('<a class="title" target="_blank" href="http://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.6.Hzze5l&amp;id=16342957316&amp;is_b=1&amp;cat_id=2&amp;q=%C4%D0%CA%BF%CB%AF%C5%DB"', 'tmall', 'listing', '16342957316'),  # github-index:27740488167
    ('    url = "https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.449d5ee8L0oNmL&id=15839960304&areaId=320500&standard=1&user_id=101450072&cat_id=2', 'tmall', 'listing', '15839960304'),  # github-index:48367712235; excerpt
    ('        List<RateList> apply = spider.apply("https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.9.55437061DOms7T&id=5494" +', None, 'malformed-id', None),  # github-index:18982907038
    ("    goodsurl = 'https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.4.5c9a2a683BItCM&id=558420556696&skuId=4387878194208&user_id=1917047079&cat_id=2&is", 'tmall', 'listing', '558420556696'),  # github-index:14086968912; excerpt
    ("    supplier_link: 'https://detail.1688.com/offer/658649521223.html',", '1688', 'listing', '658649521223'),  # github-index:1290010784
    ("    ali_link: 'https://he.aliexpress.com/item/1005004354185456.html',", 'aliexpress', 'listing', '1005004354185456'),  # github-index:1290010784
    (' *   https://detail.1688.com/offer/653481234567.html', '1688', 'listing', '653481234567'),  # github-index:62217957523
    (' *   https://m.1688.com/offer/653481234567.html?spm=...', '1688', 'listing', '653481234567'),  # github-index:62217957523
    ('      "url": "https://detail.1688.com/offer/633830968371.html",', '1688', 'listing', '633830968371'),  # github-index:52166487523
    ("                        onClick={() => handleQuickPreset('https://detail.1688.com/offer/654817293812.html')}", '1688', 'listing', '654817293812'),  # github-index:71116997099
    ('在 `1688` 找到了一个相对完美的[红外遥控外壳](https://detail.1688.com/offer/653134990795.html)，稍加修改之前[S6in1](https://github.com/liwei19920307/S6in1)的项目', '1688', 'listing', '653134990795'),  # github-index:12097534963
    ("    const url = 'https://detail.1688.com/offer/654424222725.html';", '1688', 'listing', '654424222725'),  # github-index:59378329543
    ("    const url1 = 'https://detail.1688.com/offer/602752160064.html';", '1688', 'listing', '602752160064'),  # github-index:28969386808
    ('OFFER_URL = "https://detail.1688.com/offer/610699151352.html"', '1688', 'listing', '610699151352'),  # github-index:69775944133
    ("              detailUrl: 'https://detail.1688.com/offer/669929411946.html',", '1688', 'listing', '669929411946'),  # github-index:54774037408
    ("//detail.1688.com/offer/790648092249.html, https://detail.1688.com/offer/789375033439.html, https://detail.1688.com/offer/628620600600.html', 'https://detail.1688.com/offer/925251512511.html', 'item', 90),", '1688', 'listing', '790648092249'),  # github-index:55898913568
    ('                        <img class="product-img" src="https://www.alibaba.com/product-detail/New-selling-product-sport-drinking-water_1600954614824.html?spm=a2700.7724857.0.0.68b3693fTi2lIy" alt="W', 'alibaba_com', 'listing', '1600954614824'),  # github-index:62018358088; excerpt
    ('This one: https://www.alibaba.com/product-detail/New-arrival-2-4Ghz-mini-remote_60584821588.html?spm=a2700.7724838.0.0.c6IUES', 'alibaba_com', 'listing', '60584821588'),  # github-index:5407304505
    ('           url1 = "https://www.alibaba.com/product-detail/New-And-Original-Huawei-Smartax-Ma5608t_1600860738533.html?spm=a2700.7735675.0.0.387e5nSt5nStIt&s=p"', 'alibaba_com', 'listing', '1600860738533'),  # github-index:16021887045
    ('  "https://www.alibaba.com/product-detail/NEW-ARRIVAL-RESIN-MOTHER-EARTH-GAIA_1601471971276.html",', 'alibaba_com', 'listing', '1601471971276'),  # github-index:53857907254
    ("    url: 'https://www.alibaba.com/product-detail/New-Movie-Moana-4-Costume-Maui_1601256496495.html',", 'alibaba_com', 'listing', '1601256496495'),  # github-index:65792304376
    ('detail: "/laptops/yg14", sourceUrl: "https://www.alibaba.com/product-detail/New-14-Inch-YOGA-Touch-Screen_1600822039182.html?spm=a2747.product_manager.0.0.3a0d71d2L7JdBO", moq: "1 ', 'alibaba_com', 'listing', '1600822039182'),  # github-index:70223919318
    ('https://www.alibaba.com/product-detail/New-Ergonomic-360-Rotatable-Height-Adjustable_1600813119641.html?s=p', 'alibaba_com', 'listing', '1600813119641'),  # github-index:23471540432
    ('  { silicon: "4090", venue: "Alibaba", nativePrice: 4733, currency: "USD", nativeShip: 0, url: "https://www.alibaba.com/product-detail/New-Deep-Learning-Workstation-Server-GPU_1601754700264.html" },', 'alibaba_com', 'listing', '1601754700264'),  # github-index:56148248454; the row's other keys shortened
    ('    * [on alibaba](https://www.alibaba.com/product-detail/NEW-2CU84-PIN-Photodiode-silicon-photocell_1601390909682.html)', 'alibaba_com', 'listing', '1601390909682'),  # github-index:48097110344
    ("const TARGET_URL = 'https://korean.alibaba.com/p-detail/Brazilian-60437753329.html?spm=a27aq.rank_detail.6404617500.2.4c3039d2hlSgXS&cardType=101001155&card", 'alibaba_com', 'listing', '60437753329'),  # github-index:28335099678; excerpt
    ("            if product_url.startswith('https://www.alibaba.com/p-detail/'):", None, 'missing-id', None),  # github-index:13506569067
    ('# https://russian.alibaba.com/p-detail/Custom-1600946237279.html?spm=a2700.galleryofferlist.normal_offer.2.617b4f97ZOblGx', 'alibaba_com', 'listing', '1600946237279'),  # github-index:36230106901
    ('                  placeholder="https://french.alibaba.com/p-detail/..."', None, 'missing-id', None),  # github-index:69093602914
    ('[docs about the servomotor](https://fr.aliexpress.com/item/4000538643378.html?spm=a2g0o.productlist.0.0.153e77cbeRq38s&algo_pvid=f97120ce-80fe-4de0-9400-19d6e2', 'aliexpress', 'listing', '4000538643378'),  # github-index:27536224577; excerpt
    ('This can be purchased here: https://ja.aliexpress.com/item/1005003912562799.html?spm=a2g0o.productlist.0.0.1e1a44dcnvRoau&algo_pvid=ba56a90c-3ae0-40fc-b52f-9c1', 'aliexpress', 'listing', '1005003912562799'),  # github-index:30609755581; excerpt
    ('| Pogo pin clip | 4P single-row, 2.54mm pitch, with dupont wires | [AliExpress](https://ja.aliexpress.com/item/1005006108783889.html) | ~410 JPY |', 'aliexpress', 'listing', '1005006108783889'),  # github-index:13977891660
    ('| キーキャップ CherryMX用 または Choc用 | 30個 |  | CherryMX用 https://ja.aliexpress.com/item/32851511530.html | 40個で670円($6.20～) |', 'aliexpress', 'listing', '32851511530'),  # github-index:36040580040
    ('- CANデバイスが用意されていること(SLCANまたはgs_usbであれば[CANable2.0](https://canable.io)や[MKS CANable](https://ja.aliexpress.com/item/1005003746105255.html)など)', None, 'not-alibaba-host', None),  # github-index:56788807035
    ('[MKS CANable](https://ja.aliexpress.com/item/1005003746105255.html)など)', 'aliexpress', 'listing', '1005003746105255'),  # github-index:56788807035
    ('- **Source**: https://ja.aliexpress.com/item/1005009476193701.html', 'aliexpress', 'listing', '1005009476193701'),  # github-index:40050371460
    ('\thttps://ja.aliexpress.com/item/4000388720940.html?gatewayAdapt=glo2jpn&spm=a2g0o.new_account_index.0.0.b803429bstofRQ&gps-id=pcAcco', 'aliexpress', 'listing', '4000388720940'),  # github-index:21115242121; excerpt
    ('| 1 | PCB（基盤） | CSTS40 | https://ja.aliexpress.com/item/1005004702079962.html |', 'aliexpress', 'listing', '1005004702079962'),  # github-index:7984359300
    ('  https://ja.aliexpress.com/item/1005010588888605.html and', 'aliexpress', 'listing', '1005010588888605'),  # github-index:70266142066
    ('  https://ja.aliexpress.com/item/1005010589125005.html', 'aliexpress', 'listing', '1005010589125005'),  # github-index:70266142066
    ('\t\ttarget_url = "https://ja.aliexpress.com/item/2018/32893580190.html?spm=a2g0s.8937460.0.0.3de02e0eUwnDLU"', 'aliexpress', 'listing', '32893580190'),  # github-index:4120177306
    ('* [funduiro pro mini](http://ja.aliexpress.com/item/Free-Shipping-3pcs-lot-USB2-0-To-TTL-6Pin-CH340G-Converter-for-Arduino-PRO-Instead-of/1922500840.htm', 'aliexpress', 'listing', '1922500840'),  # github-index:47603896636; excerpt
    ('            <a href="https://yili.tmall.com/shop/view_shop.htm?spm=a1z10.3-b.w5001-13187320225.3.KsXCrp&amp;scene=taobao_shop" target="_blank"><i></i>', 'tmall', 'storefront', 'yili'),  # github-index:41942586941
    ('\t\t\t}else if(url.indexOf(".tmall.com/shop/view_shop.htm")!=-1){ //天猫旗舰全部展示', None, 'not-a-url', None),  # github-index:46492652953
    ('                    web.loadUrl("https://movespeed.m.tmall.com/?ajson=1&parentCatId=0&user_id=2', 'tmall', 'storefront', 'movespeed'),  # github-index:15473243009; excerpt
    ('                                <a  target="_blank"  href="https://guangheguineng.tmall.com/shop/view_shop.htm?shop_id=113563151" class="btn-round"><i class="icon-basket-loaded margin-right-5"></i> Buy At Once<', 'tmall', 'storefront', 'guangheguineng'),  # github-index:23151703485
    ('                    <a href="https://abilix.tmall.com/shop/view_shop.htm?id=3000224980', 'tmall', 'storefront', 'abilix'),  # github-index:12192877510
    ('\t\tlogger.debug(AnalyzeTmallList.convertUrl("http://hanlidu.tmall.com/shop/view_shop.htm?spm=a220m.1000862.1000730.2.fhTbDq&user_number_id=728412204&rn=f2b6ed1084b76c27501189515f9279f2"));', 'tmall', 'storefront', 'hanlidu'),  # github-index:14237902061
    ('    public static final String KM_STORE_URI = "https://decathlon.tmall.com/shop/view_shop.htm?spm=a21bo.2017.201863-1.d2.6dd211d9AzJgBt&user_number_id=352469034&pvid=067004f4-d493-413a-a4f7-003', 'tmall', 'storefront', 'decathlon'),  # github-index:11957922294; excerpt
    ('\t//    * [*.taobao.com/*view_shop.htm](http://btnsb.tmall.com/shop/view_shop.htm?spm=a2106.m963.1000384.d21.hXlfaG&user_number_id=1136458472&ssid=r11&debug=true)', 'tmall', 'storefront', 'btnsb'),  # github-index:27299849784
    ('  <a href="https://www.aliexpress.com/store/1105701619"><img alt="AliExpress store" src="https://img.shields.io/badge/AliExpress-Official_Store-FF', 'aliexpress', 'storefront', '1105701619'),  # github-index:69412050113; excerpt
    ('https://pt.aliexpress.com/store/1102816724?spm=a2g0o.detail.0.0.163aNSzPNSzPXC', 'aliexpress', 'storefront', '1102816724'),  # github-index:43837297763
    ('| An old laptop, SanDisk official store only | 3 | https://www.aliexpress.com/store/1102960672 |', 'aliexpress', 'storefront', '1102960672'),  # github-index:71498867198; the first cell shortened
    ('+ RMD brushless motors (https://www.aliexpress.com/store/1101572114)', 'aliexpress', 'storefront', '1101572114'),  # github-index:20317783884
    ('    expect(storeIdFromUrl("//www.aliexpress.com/store/1105289621")).toBe("1105289621");', 'aliexpress', 'storefront', '1105289621'),  # github-index:67170807698
    ('- [Ecowitt AliExpress](https://ecowitt.aliexpress.com/store/1102641321) - ~15-20% más barato', 'aliexpress', 'storefront', '1102641321'),  # github-index:56997975443
    ('by the seller [SMATRUL](https://smatruldoorbell.aliexpress.com/store/1101261049).', 'aliexpress', 'storefront', '1101261049'),  # github-index:55156417493
    ('.. _`AliExpress webshop of UICPAL`: https://aliexpress.com/store/1102351032', 'aliexpress', 'storefront', '1102351032'),  # github-index:2933527659
    ("            utils.remove_link_query('www.aliexpress.com/store/1185416?spm=2114.10010108.0.627.LN13ZN'),", 'aliexpress', 'storefront', '1185416'),  # github-index:15041373098
    ('https://www.aliexpress.com/store/1103438345', 'aliexpress', 'storefront', '1103438345'),  # github-index:47478642908
    ('https://de.aliexpress.com/item/1005007357173497.html', 'aliexpress', 'listing', '1005007357173497'),  # github-index:47478642908
    ('    expect(provider.supports(classifyUrl("https://www.lazada.com.my/shop/x")!, ctx)).toBe(false);', 'lazada_my', 'storefront', 'x'),  # github-index:67660427524
    ("url = 'https://www.lazada.com.my/shop/renderApi/pcPageData?pageId=7890567&shopId=118&clientType=pc&lang=en&pageType=1'", None, 'not-a-listing', None),  # github-index:29572768122
    ('    lazada: "https://www.lazada.com.my/shop/wrap2rap/?itemId=3181365586&spm=a2o4k.pdp_revamp.seller.1.6a4f756eqP4ZIJ&path=promotion-42621-0.htm&', 'lazada_my', 'storefront', 'wrap2rap'),  # github-index:22137940219; excerpt
    ('\t\tplaceholder: "lazada.com.my/shop/yourshop",', 'lazada_my', 'storefront', 'yourshop'),  # github-index:53980644698
    ("    FBL_api = 'https://www.lazada.com.my/shop/site/api/seller/products?shopId={shopid}&sellerId={sellerid}'.format(shopid=shopid,sellerid=sellerid", None, 'not-a-listing', None),  # github-index:27421268128
    ('                                <a href="https://www.lazada.com.my/shop/aro-industrial-parts/?spm=a2o4k.pdp.seller.1.5a20383aJe1XNh&itemId=1725962070&channelSource=pdp" tar', 'lazada_my', 'storefront', 'aro-industrial-parts'),  # github-index:41720968792; excerpt
    ('            href="https://www.lazada.com.my/shop/saltcola-os/"', 'lazada_my', 'storefront', 'saltcola-os'),  # github-index:5108306620
    ('                <a href="https://www.lazada.com.my/shop/nr-intellitech-sdn-bhd" target="_blank" class="cta-button lazada" aria-label="Open Lazada">', 'lazada_my', 'storefront', 'nr-intellitech-sdn-bhd'),  # github-index:52553132684
    ("        queryProductsBySKUUrl = 'https://www.lazada.com.my/shop/site/api/queryProductsBySKU?&skus='", None, 'not-a-listing', None),  # github-index:33824676099
    ('            href="https://main.m.taobao.com/cart/index.html?cartFrom=taobao_client&spm=a215s.7406091.toolbar.i1"', None, 'not-a-listing', None),  # github-index:30483200488
    ('        fragments.add(BaseWebViewFragment.newInstance("https://main.m.taobao.com/index.html"));', None, 'not-a-listing', None),  # github-index:12585031076
    ('        return Uri.parse("https://main.m.taobao.com/detail/index.html").buildUpon().appendQueryParameter("id", str).appendQueryParameter("bizCode", "ali', None, 'missing-id', None),  # github-index:42455207127
    ('                          "https://main.m.taobao.com/order/index.html?buildOrderVersion=3.0&spm=a2141.7c.order.more&itemId=" +', None, 'not-a-listing', None),  # github-index:56880466078
    ('        //tkl = "16:06【淘宝】https://m.tb.cn/h.58QQm4s?tk=q68LWdnBIKy CZ3457 「【自营】皇家美素佳儿荷兰进口婴儿配方奶粉3段(1-3岁) 800g*6罐」\\n" + "点击链接直接打开 或者 淘宝搜索直接打开";', None, 'short-link', None),  # github-index:14890722633
    ("    k = '【淘宝】http://e.tb.cn/h.gsklYA3eEQefZ4p?tk=Igjb38swtWy MF6563 「pycharm2023正式专业版永久激活python/anaconda环境搭建远程安装」点击链接直接打开 或者 淘宝搜索直接打开'", None, 'short-link', None),  # github-index:9305999434
    (' **【淘宝】https://m.tb.cn/h.gYyo4OStf9RoxOh?tk=hGiYWHLdG6c MF6563 「2.8寸 3.2寸 3.5寸SPI串口 TFT LCD液晶屏电容触摸屏显示模块 IPS」', None, 'short-link', None),  # github-index:18960400908
    (' 【淘宝】https://m.tb.cn/h.gYyodz7Zwqwt9FF?tk=dD05WHLWwoI CZ3452 「ESP32-S3-DevKitC-1开发板WROOM-1-N16R8模组ESP32-C3 Wifi 蓝牙」', None, 'short-link', None),  # github-index:18960400908
    ('览器点击[淘宝](http://e.tb.cn/h.gH4gxUT6fd8mDry?tk=IvOP38MGMgQ)：', None, 'short-link', None),  # github-index:13962566224
    ('【淘宝】http://e.tb.cn/h.gH4gxUT6fd8mDry?tk=IvOP38MGMgQ CZ0016 「企业级中转APIKEY4.0高速稳定一秒响应官方倍率」', None, 'short-link', None),  # github-index:13962566224
    ('【淘宝】退货运费险 https://e.tb.cn/h.7qFeOVKt2sKIyvf?tk=kPtyU7QJ8po MF937 「原厂人形机器人手指识别抓握力大小电阻式力敏多点触觉传感器FSR」', None, 'short-link', None),  # github-index:22403103910
    ('        【淘宝】https://m.tb.cn/h.5zxz3j69cN5go4k?tk=XUymWKIqxIz MF6563 「优衣库女装网眼V领短针织开衫长袖薄外套空调衫2024新款468541」', None, 'short-link', None),  # github-index:56175267264
    ('        self.assertTrue(is_noise_text("【淘宝】 CZ057 商品链接"))', None, 'not-a-url', None),  # github-index:54601157450
    ('//        webview.load(URLRequest.init(url: URL.init(string: "https://m.intl.taobao.com/detail/detail.html?id=528603968600&ali_refid=a3_430125_1006:1107689385:N:%E9%93%81%E8%A7%82%E9%9F%B3:3ea11759b9918dea42', 'taobao_or_tmall', 'listing', '528603968600'),  # github-index:32871817449; excerpt
    ('//     "LinkProduct": "https://m.intl.taobao.com/detail/detail.html?spm=a2141.8971817.50000671.1&id=606675435996&scm=1007.15522.117270.cat:50000671_industry:_cattype:ca', 'taobao_or_tmall', 'listing', '606675435996'),  # github-index:30553652983; excerpt
    ('            f"https://www.goofish.com/personal?userId={user_id}",', None, 'malformed-id', None),  # github-index:56110270257
    ("    url: process.env.SELLER_A_URL || 'https://www.goofish.com/personal?userId=1234567890'", 'taobao', 'storefront', '1234567890'),  # github-index:59464471976
    ('2024-01-01 12:00:00 | INFO | 💰 交易成功 https://www.goofish.com/personal?userId=123 等待卖家发货 - 商品ID: 123456', 'taobao', 'storefront', '123'),  # github-index:22264364187
    ('    await page.fill(\'#addSellerForm [name="reference"]\', \'https://www.goofish.com/personal?userId=12345\');', 'taobao', 'storefront', '12345'),  # github-index:70167112857
    ('                    "store_id": "https://www.goofish.com/personal?userId=90001",', 'taobao', 'storefront', '90001'),  # github-index:60252287695
    ('    out += `Link: https://www.goofish.com/personal?userId=${userId}\\n`;', None, 'malformed-id', None),  # github-index:53290124667
    ('    list_urls = ["https://tootang.1688.com/page/offerlist.htm?pageNum={}".format(str(i)) for i in range(1,32)]', '1688', 'storefront', 'tootang'),  # github-index:39767371969
    ("(38, 'web', 'aao1688.1688.com/page/offerlist.htm?spm=a2615.2177701.wp_pc_common_topnav.0', 96),", '1688', 'storefront', 'aao1688'),  # github-index:45327792966
    ('输入为店铺页URL（如 xxx.tmall.com/category.htm、xxx.1688.com/page/offerlist.htm、mall.jd.com/index-1000001228.html）', None, 'not-a-url', None),  # github-index:68681444089; urls53: xxx.tmall.com is a stand-in, a template (was not-a-listing); shortened
    ("        entry_url='https://xindeyi.1688.com/page/offerlist.htm'", '1688', 'storefront', 'xindeyi'),  # github-index:60225368315
    ("const SHOP_URL = 'https://shop4b942d841w388.1688.com/page/offerlist.htm';", '1688', 'storefront', 'shop4b942d841w388'),  # github-index:56125084774
    ('#   url的格式：https://shop1470760677060.1688.com/page/offerlist.htm?spm=a261y.7663282.0.0.Su0VBS', '1688', 'storefront', 'shop1470760677060'),  # github-index:8777876089
    ('STORE_URL = "https://shop3w093345o1043.1688.com/page/offerlist.htm"', '1688', 'storefront', 'shop3w093345o1043'),  # github-index:58696605322
    ('  const canonical = source_url || `https://${shop_id}.1688.com/page/offerlist.htm`;', None, 'not-a-url', None),  # github-index:52415515490 (sweep 12: a template, no host)
    ("# url = 'https://pintimewatchs.1688.com/page/offerlist.htm?spm=0.0.wp_pc_common_topnav_38229151.0'", '1688', 'storefront', 'pintimewatchs'),  # github-index:32123459977
    ('# url = "https://banlanyinxiang.1688.com/page/offerlist.htm"', '1688', 'storefront', 'banlanyinxiang'),  # github-index:25156923756
    ('`AliexpressScraper.Matches` — `aliexpress.ru/item/`). В `handleMessage` такая', None, 'missing-id', None),  # github-index:70376610384
    ('- x1 Mini Maestro 24-channel USB servo controller(https://aliexpress.ru/item/1005010130773880.html?shpMethod=CAINIAO_STANDARD&sku_id=12000051249532312&spm=a2g2w.productlist.sear', 'aliexpress', 'listing', '1005010130773880'),  # github-index:52446358269; excerpt
    ('ZoweeTek](https://es.aliexpress.com/item/32222806111.html?spm=a2g0o.detail.pcDetailBottomMoreOtherSeller.18.34d1RvABRvABIW&gps-id=pcDetailBot', 'aliexpress', 'listing', '32222806111'),  # github-index:31022790766; excerpt
    ('    assert detect_source("https://es.aliexpress.com/item/1005006123456789.html") == "aliexpress"', 'aliexpress', 'listing', '1005006123456789'),  # github-index:71556107011
    (' * 【상품명】复制￥xxx￥...查看：https://qr.1688.com/s/xxxxx', None, 'short-link', None),  # github-index:60928555790
    ('        cmd, args = feishu_commands.parse_command("0927 https://qr.1688.com/s/A4vbPK9P")', None, 'short-link', None),  # github-index:56160069455
    (' * Returns null for short URLs (m.tb.cn/<tk> / qr.1688.com/s/<tk>) — those', None, 'short-link', None),  # github-index:54784009457
    ("    --url 'https://qr.1688.com/s/PCQWhRIr' \\", None, 'short-link', None),  # github-index:55507281274
    ('| M5 × 30 mm |      ¥20       | [1688](https://qr.1688.com/s/Eb6ykv4y)                                                                    |', None, 'short-link', None),  # github-index:48181915418; the first cell shortened
    ('          placeholder="https://qr.1688.com/s/… or a detail.1688.com link"', None, 'malformed-id', None),  # github-index:69481128618
    ("              itemUrl: 'https://qr.1688.com/s/1O2QlFml',", None, 'short-link', None),  # github-index:69553423823
    ('[English Version](README_EN.md) | [中文版](README.md) | [官方淘宝店](https://g84gtpygdv6trpvdhcsy0kfr73avcip.taobao.com/shop/view_shop.htm?appUid=RAzN8HWKU5B7MfX6JjEWgkuNfftNVbnrjbjx6fPjY9KqXB46Rvy&spm=a21n57.1.hoverItem.2) | [Alicia-D 产品', 'taobao', 'storefront', 'g84gtpygdv6trpvdhcsy0kfr73avcip'),  # github-index:67307376086; excerpt
    ('淘宝网站：http://shop117773209.taobao.com/shop/view_shop.htm?spm=a1z0e.1.0.0.eqIhKz&mytmenu=mdianpu&utkn=g,meztsobuhe3to1427461542456&user_number_id=669230514&s', 'taobao', 'storefront', '117773209'),  # github-index:4696774136; excerpt
    ('：<a class="J_ShopName J_MakePoint" data-point-url="http://log.mmstat.com/buy.1.6" href="http://store.taobao.com/shop/view_shop.htm?shop_id=104337282"', None, 'not-alibaba-host', None),  # github-index:14887729916
    ('href="http://store.taobao.com/shop/view_shop.htm?shop_id=104337282" target="_blank" title="淘米魅">雅妆商城</a>', None, 'missing-id', None),  # github-index:751883697; notes silent: a rejection
    ("\t\t\t\t\t$goods['shop_url2'] =$gd['shop_url'] = 'http://store.taobao.com/shop/view_shop.htm?user_number_id='.$goods['sid'].'&nick_uz='.($goods['nick']);", None, 'malformed-id', None),  # github-index:3708149831
    ('<li><a target="_blank" href="https://shop101690896.taobao.com/shop/view_shop.htm?spm=a230r.1.14.335.RGXgEH&amp;amp;user_number_id=1113052908">shop101690896.taobao.com</a></li>', 'taobao', 'storefront', '101690896'),  # github-index:30856144887
    ('   target="_blank" class="nickname J_MakePoint" title="叶落方知天下秋" href="http://store.taobao.com/shop/view_shop.htm?user_number_id=52147114"', 'taobao', 'storefront', '52147114'),  # github-index:17038495737
    ('\t 淘宝地址：https://shop297229812.taobao.com/shop/view_shop.htm?mytmenu=mdianpu&user_number_id=2419305772', 'taobao', 'storefront', '297229812'),  # github-index:40979928897
    ('[首頁-銅板漫畫出版署-淘寶網](https://shop60225721.world.taobao.com/shop/view_shop.htm?shopId=60225721)', 'taobao', 'storefront', '60225721'),  # github-index:8970621731
    ('//            let url1 = NSURL(string: "https://shop163237318.taobao.com/shop/view_shop.htm")', 'taobao', 'storefront', '163237318'),  # github-index:25616198681
    ("\t\t\t\t     \t$url = 'http://detail.m.tmall.com/item.htm?id='.$v['num_iid'];", None, 'malformed-id', None),  # github-index:285331501; notes silent: a rejection
    ("        $url='https://detail.m.tmall.com/item.htm?abtest=_AB-LR90-PR90&pos=1&abbucket=_AB-M90_B17&acm=03080.1003.1.1287876&id='.$item_id.'&scm=1007.12", None, 'malformed-id', None),  # github-index:15000516764; excerpt
    ("                'Referer': 'https://detail.m.tmall.com/item.htm?id={}'.format(item_id)", None, 'malformed-id', None),  # github-index:39903963705
    ('        <a href="https://www.lazada.co.th/products/dtawan-electric-cut-card-machine-sk-316-a4-i2145874970-s7171614375.html?exlaz=d_1:mm_150050845_51350', 'lazada_th', 'listing', '2145874970'),  # github-index:33780963024; excerpt
    ('        "url": f"https://www.lazada.co.th/products/{product_id}.html"', None, 'missing-id', None),  # github-index:29674811261
    ('        // Ad-Redirect ins Hauptfenster (z. B. s.lazada.co.th/s.…): Die Ad-Seite', None, 'short-link', None),  # github-index:70089832389; notes silent: a rejection
    ('//                   href="https://s.lazada.co.th/s.ZYE15f" ', None, 'short-link', None),  # github-index:53850680591
    ("\t\t\t\t\t\t\thref : 'https://kireido.tmall.hk/shop/view_shop.htm?spm=875.7931836/B.2016073.1.10c849damF2Kso&user_number_id=2811185140&abtest=_AB-LR1315-PR1315&p", 'tmall_global', 'storefront', 'kireido'),  # github-index:3327507223; excerpt
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(
    "host",
    [
        # a saved Taobao item page's site navigation (github-index:18207437163) and the
        # training centre's and education hosts (:20727930557, :27332583699)
        "daxue.taobao.com", "idaxue.taobao.com", "jiaoyu.taobao.com", "shoucang.taobao.com",
        "lu.taobao.com", "love.taobao.com", "ur.taobao.com", "sellerhelp.taobao.com",
        # Yiwu's market on 1688, which holds shops under its own host (:16183636066)
        "yiwu.1688.com",
    ],
)  # fmt: skip
def test_service_hosts_are_no_storefronts(host: str) -> None:
    """Named in a real source as a service, not a shop."""
    assert_service_host(host)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the shop whose item page lists the services above ("搜本店" searches amzinc)
        ("https://amzinc.taobao.com/", ("taobao", "storefront", "amzinc")),
        ("https://g84gtpygdv6trpvdhcsy0kfr73avcip.taobao.com/shop/view_shop.htm",
         ("taobao", "storefront", "g84gtpygdv6trpvdhcsy0kfr73avcip")),
        ("https://xindeyi.1688.com/page/offerlist.htm", ("1688", "storefront", "xindeyi")),
        ("https://uniqlo.tmall.com/", ("tmall", "storefront", "uniqlo")),
    ],
)  # fmt: skip
def test_real_shops_stay_shops(url: str, expected: tuple[str | None, str, str | None]) -> None:
    """The new service labels take no real shop."""
    assert answer(url) == expected


_IDS = st.integers(10**8, 10**13 - 1).map(str)


@settings(max_examples=200, deadline=None)
@given(_IDS, st.sampled_from(["https://world.tmall.com/item/{id}.htm",
    "http://world.tmall.com/item/{id}.htm?spm=a220m.1000858&id={id}&is_b=1",
    "https://world.tmall.com/item/xxx.htm?id={id}&ali_refid=a3_430620",
    "//uland.taobao.com/item/edetail?id={id}", "https://uland.taobao.com/item/edetail?id={id}"]),
    st.sampled_from(["", "url='", "[示例链接](", "    // "]))  # fmt: skip
def test_unnamed_item_pages_say_what_they_are(id: str, form: str, before: str) -> None:
    """Tmall's old overseas item page and a Taobao Union landing page are refused (the notes
    do not name them), saying what they are and suggesting the canonical link of their item
    id to open; every time the same (the cache of hosts with no listing form answered the
    second sighting with the generic reason)."""
    for _ in range(3):
        result = parse_listing(before + form.format(id=id))
        assert result.code == "not-a-listing"
        assert result.suggestion is not None and result.suggestion.endswith(f"?id={id}")
        assert "search, category" not in (result.reason or "")


@pytest.mark.parametrize(
    "url",
    ["https://uland.taobao.com/item/edetail?id=0jtNUGt0BmS2t6-m80Wn0di7K7G7qOoUBg",
     "https://world.tmall.com/item/543285442762.htm?id=543285442763"],
)  # fmt: skip
def test_no_item_suggested_for_an_encrypted_or_conflicting_id(url: str) -> None:
    """An encrypted affiliate id, or two ids in one page, suggest nothing."""
    result = parse_listing(url)
    assert (result.code, result.suggestion) == ("not-a-listing", None)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["c.0x1IWF", "h.gkh1uEe", "y6.ERlOw", "o/0/", "c.KxzZ"]),
       st.sampled_from(["https://", "http://", "//", ""]), st.sampled_from(["", "戳 ", "href: '"]))  # fmt: skip
def test_s_tb_cn_links_are_short_links(code: str, scheme: str, before: str) -> None:
    """``s.tb.cn`` is Taobao's short-link host, as ``m.tb.cn`` and ``e.tb.cn``."""
    assert answer(f"{before}{scheme}s.tb.cn/{code}") == (None, "short-link", None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["d.open_url(", "open_url(", "x.open(", "startActivity(", "url=", "a.b(c, "]),
       st.sampled_from(['"', "'", ""]), st.sampled_from(["taobao", "tmall", "alipays", "tbopen"]),
       st.sampled_from(SAMPLE_LINKS))  # fmt: skip
def test_an_app_link_glued_to_code_is_its_scheme_refused(
    call: str, quote: str, scheme: str, link: str
) -> None:
    """An app deep link glued to the call that opens it is refused for its scheme, never read
    as a host made of the code before it."""
    target = link.split("://", 1)[1]
    text = f"{call}{quote}{scheme}://{target}{quote})"
    assert answer(text) == (None, "scheme-not-allowed", None), text


_SCHEMELESS = [link.split("://", 1)[1] for link in SAMPLE_LINKS if "s.click" not in link]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["utils.remove_link_query(", "f(", "x.y(", "href.includes(", "url="]),
       st.sampled_from(["'", '"', "('"]), st.sampled_from(_SCHEMELESS),
       st.sampled_from(["')", "'),", '"', ")"]))  # fmt: skip
def test_a_schemeless_link_glued_after_a_quote_is_read(
    call: str, quote: str, link: str, after: str
) -> None:
    """``utils.strip('www.aliexpress.com/store/1185416?…')``: a scheme-less link glued to the
    code before it by a quote or a parenthesis is the link's answer (what comes before a quote
    is no host); a host before the quote is never joined to it."""
    text = f"{call}{quote}{link}{after}"
    assert answer(text) == answer(link), text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["https://item.taobao.com/item.htm?id=", "https://detail.tmall.com/item.htm?spm=a&id=",
    "https://detail.m.1688.com/page/index.htm?offerId=", "https://www.goofish.com/personal?userId="]),
    _IDS, st.sampled_from(["title", "title,12.5", "相机", "SellerX,2021/8/24", ""]),
    st.sampled_from(["", "see ", "1,"]))  # fmt: skip
def test_a_querys_last_id_before_a_cell_is_read(link: str, id: str, cell: str, before: str) -> None:
    """``…?id=N,title,12.5``: a CSV row's next cell after a query's last parameter, a number,
    is no part of the id (an id never holds a comma); ``?id=N,M`` (a number after the comma)
    stays refused: it may be a second id."""
    text = f"{before}{link}{id},{cell}"
    assert answer(text)[1:] == answer(link + id)[1:], text
    assert answer(f"{link}{id},{id}")[0] is None
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([link for link in SAMPLE_LINKS if "s.click" not in link]),
       st.sampled_from(["'9','x'", "'Lazada item','[]'", "'', 3"]),
       st.sampled_from(["VALUES(", "store.run('x',", "["]))  # fmt: skip
def test_a_quoted_value_before_a_comma_is_the_link(link: str, rest: str, before: str) -> None:
    """``VALUES('https://…/N.html','9','x')``: a quoted value ends at its quote before a comma
    (a list written without spaces); the link is read, not the cells after it."""
    text = f"{before}'{link}',{rest})"
    assert answer(text) == answer(link), text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("{user_id}", (None, "malformed-id", None)),
        ("${userId}", (None, "malformed-id", None)),
        ("{}", (None, "malformed-id", None)),
        ("'.$uid.'", (None, "malformed-id", None)),
        ("<id>", (None, "missing-id", None)),
        ("1666703902,seller", ("taobao", "storefront", "1666703902")),
        ("Qt9wn22aKj%2FnV82TP9hAbA%3D%3D", ("taobao", "storefront", "Qt9wn22aKj/nV82TP9hAbA==")),
    ],
)
def test_a_placeholder_is_no_xianyu_user_id(
    value: str, expected: tuple[str | None, str, str | None]
) -> None:
    """A Xianyu user id may be an opaque token (``Qt9wn22aKj%2FnV82TP9hAbA%3D%3D``), but a
    template's placeholder (read as ``{user_id`` once the finder dropped the ``}`` ending the
    link) or a CSV row's next cell is none."""
    text = f'url = f"https://www.goofish.com/personal?userId={value}"'
    assert answer(text) == expected
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(_IDS, st.sampled_from(["sg", "com.my", "co.th"]), st.sampled_from(["see ", "| ", "链接 "]))
def test_a_comma_inside_a_slug_reads_as_alone(id: str, tld: str, before: str) -> None:
    """A link that a comma cuts inside its slug (``…/products/foo.html,bar-i{id}.html``) is
    read in text as alone on its line (the whole token when that is the listing)."""
    link = f"https://www.lazada.{tld}/products/foo.html,bar-i{id}-s12345678.html"
    assert answer(before + link) == answer(link)


@pytest.mark.parametrize(
    "text",
    [
        '}else if(url.indexOf(".tmall.com/shop/view_shop.htm")!=-1){ //天猫旗舰全部展示',
        "x = 1; //淘宝店铺",
    ],
)
def test_a_comment_glued_to_chinese_text_is_no_host(text: str) -> None:
    """``//天猫旗舰``: a comment's marker glued to its words is no protocol-relative link."""
    assert answer(text) == (None, "not-a-url", None)
