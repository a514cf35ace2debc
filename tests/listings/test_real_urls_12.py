"""Sweep 12 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls12.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_11.py. This sweep
favoured the marketplaces and forms the earlier tables hold fewest rows of: Lazada's six
countries (item pages, ``/shop/`` stores, ``s.lazada`` and ``c.lazada`` share and affiliate
links, category, search and campaign pages, found by their ``spm=a2o4k/l/n/j`` markers), Tmall
Global (``detail.tmall.hk`` items, ``*.tmall.hk`` stores), Tmall's mobile store hosts, Alibaba.com
store-hosted and Spanish-language listings, 1688's mobile stores, AliExpress's Portuguese, Thai,
US and Russian sites, Xianyu (``h5.m.goofish.com``, ``【闲鱼】`` share texts) and ``e.tb.cn``
share texts. ``github-index:N`` is a public file whose repository the code index does not name,
as in listing-urls.md; "excerpt" marks a line the index showed cut short. No input (and no link
in an input) is one of an earlier table's. A row marked "notes silent" is a form listing-urls.md
does not name: it only has to be refused, and the code recorded is the parser's.

``PART1`` holds the cases sweep 11 left open, decided from listing-urls.md, and the rows that
failed before this sweep's fixes:

- ``store.taobao.com/shop/view_shop.htm?shop_id=N`` (saved cart and order pages and Tmall item
  data link shops so) stays ``missing-id`` (the notes name only ``user_number_id`` there), but
  suggests ``https://shopN.taobao.com/`` to open, ``shop_id`` being the shop id (section 2);
- ``www.goofish.com/item/N`` and ``m.2.taobao.com/item.htm?id=N`` stay ``not-a-listing``
  (unnamed forms) but say so and suggest ``https://www.goofish.com/item?id=N``;
- a store's own pages on its host (``shopN.taobao.com/search.htm``, ``x.taobao.com/
  item_list.htm``, ``x.m.tmall.com/shop/shop_auction_search.htm``) are ``not-a-listing``
  suggesting the storefront link (``item_list.htm`` was ``missing-id``: the ``/i….htm`` shape of
  ``a.m.taobao.com`` now applies to that host only); an item page on a store's host
  (``x.taobao.com/item.htm?id=N``) suggests the canonical item link;
- ``m.<lang>.aliexpress.com/item/N.html`` (AliExpress's mobile site of one language; the notes
  name ``m.aliexpress.com`` and the language hosts apart) stays ``not-a-listing`` but says so and
  suggests ``https://www.aliexpress.com/item/N.html`` (it called it a search or home page);
- a Lazada slug's word starting with ``i`` (``/products/iphone.html``) is ``missing-id`` (was
  ``malformed-id`` 'phone');
- a ``//`` comment's marker and a word (``//TODO``, ``//TODO:``) is ``not-a-url`` (was
  ``not-alibaba-host`` "todo"); a link after ``//TODO:`` is read;
- a doc comment's marker alone before a link (``/// https://…``, ``////``) was read as a link
  with no host (``not-a-url``): the link after it is read;
- a host written as a template or a pattern (``{}.m.tmall.com``, ``"+row['domain']+".m.tmall.
  com``, ``*.lazada.com.my``, ``shop{}.taobao.com``) is ``not-a-url`` saying so (was
  ``lookalike-host`` "imitates tmall": no one imitates anything there).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, answer, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('\t\t\t\t<a class="shop-url" href="//store.taobao.com/shop/view_shop.htm?shop_id=57301407" target="_blank">美特斯邦威官方网店</a>', None, 'missing-id', None),  # github-index:44678266109
    ('"sellerNick":"韩语琳空间服饰旗舰店","shopUrl":"//store.taobao.com/shop/view_shop.htm?shop_id=107567887","skuId":3956506103657,', None, 'missing-id', None),  # github-index:27725577046; excerpt
    ('\t\t\t<li class="myshop"><a href="http://store.taobao.com/shop/view_shop.htm?shop_id=64043441" target="_blank" title="查看我的店铺"><i></i></a></li>', None, 'missing-id', None),  # github-index:32401039101
    ('<input checked="checked" name="" class="J_forShop" type="checkbox"> &nbsp;店铺：<a href="http://store.taobao.com/shop/view_shop.htm?shop_id=66836255" target="_blank" title="天技数码专营店">天技数码专营店</a>', None, 'missing-id', None),  # github-index:17076965428; excerpt
    ('    "product_url": "https://www.goofish.com/item/7123456789012345678",', None, 'not-a-listing', None),  # github-index:54259195681
    ("                xianyu_url: 'https://www.goofish.com/item/test',", None, 'not-a-listing', None),  # github-index:66437230283
    ('                "商品链接": "https://www.goofish.com/item/123",', None, 'not-a-listing', None),  # github-index:53275535959
    ('                item_url = f"https://www.goofish.com/item/{item_id}" if item_id else ""', None, 'not-a-listing', None),  # github-index:55558257077
    ("    url = f'https://www.goofish.com/item/{item_id}'", None, 'not-a-listing', None),  # github-index:54803956548
    ('  "product_url": "https://www.goofish.com/item/123456"', None, 'not-a-listing', None),  # github-index:52104839807
    ("  assert.equal(detectPlatform('#小程序://某商家/abc'), 'wechat');", None, 'not-a-url', None),  # github-index:70108107263
    ('- `m.2.taobao.com/item/*`', None, 'not-a-listing', None),  # github-index:55699348926
    ('- `goofish.com/item/*`', None, 'not-a-listing', None),  # github-index:55699348926
    ('- `2.taobao.com/item/*`', None, 'missing-id', None),  # github-index:55699348926
    ('- `闲鱼.cn/item/*`', None, 'not-a-url', None),  # github-index:55699348926
    ('    link: "https://m.2.taobao.com/item.htm?id=1055811390394",', None, 'not-a-listing', None),  # github-index:56478683050
    ("    URL = 'https://shop{}.taobao.com/search.htm?search=y&orderType=newOn_desc'", None, 'not-a-url', None),  # github-index:23643388399
    ('    url: "https://aigebei.taobao.com/search.htm?spm=2013.1.w5002-10404687637.1.0PSnxo&search=y",', None, 'not-a-listing', None),  # github-index:21676947936
    ("        exampleUrl: 'http://jiaqibaihou.taobao.com/search.htm?spm=a1z10.3.w4002-1381691988.18.GgWBry&mid=w-1381691988-0&search=y&keyword=%BC%AA%C1%D0&pageNo=1',", None, 'not-a-listing', None),  # github-index:37880311056
    ('                searchUri = Uri.parse("http://s.m.taobao.com/search.htm?_input_charset=utf-8&sst=1&atype=b&top_search=1&tab=all&abtest=0&q="+data);', None, 'not-a-listing', None),  # github-index:5676926539
    ("shop_url = 'https://shop458578821.taobao.com/search.htm?spm=a1z10.1-c-s.0.0.361cee58SIdQEK&search=y&orderType=hotsell_desc'", None, 'not-a-listing', None),  # github-index:9394651851
    ("    url = 'https://elcjstyle.taobao.com/search.htm?spm=a1z10.1-c-s.0.0.6b466fcctorM7s&search=y'", None, 'not-a-listing', None),  # github-index:39954322491
    ('        search_url = "https://h5.m.taobao.com/search.htm?" + urlencode({"q": keyword})', None, 'not-a-listing', None),  # github-index:67230763566
    ('http://shop106001793.taobao.com/search.htm?spm=a1z10.5.w5002-3375901029.1.l1TXSl&search=y', None, 'not-a-listing', None),  # github-index:28816227727
    ('////\t\t\t\t\t\twindow.location.href="https://store.taobao.com/search.htm?spm=0.0.0.0.mJ89aR&user_number_id="+data.item.user_num_id+"&search=y&promotionId="+data.item.promotion_id;', None, 'not-a-listing', None),  # github-index:5456223772
    ('/// https://www.aliexpress.com/item/1005003874936862.html', 'aliexpress', 'listing', '1005003874936862'),  # github-index:27385407350
    ('    /// https://www.aliexpress.com/item/32855845265.html?spm=a2g0s.9042311.0.0.58ca4c4dekJj63', 'aliexpress', 'listing', '32855845265'),  # github-index:23304411122
    ('    //// https://www.aliexpress.com/item/32949667786.html?spm=a2g0o.order_list.order_list_main.94.471b1802dKUA8K', 'aliexpress', 'listing', '32949667786'),  # github-index:40881337633
    ('    /// https://item.taobao.com/item.htm?spm=a1z0k.6846577.0.0.1d078eadcPgGKr&id=553199470529&_u=t2dmg8j26111', 'taobao', 'listing', '553199470529'),  # github-index:37821054398
    ('        /// https://item.taobao.com/item.htm?id=714162914700&scm=20140619.rec.2995099000.714162914700', 'taobao', 'listing', '714162914700'),  # github-index:35886480382
    ("            'https://m.es.aliexpress.com/item/4001363813730.html?trace=wwwdetail2mobilesitedetail&aff_platform=api-new-product-detail&aff_trace_ke", 'aliexpress', 'listing', '4001363813730'),  # github-index:9317617838; excerpt; a language mobile host (*.aliexpress.com)
    ('https://m.es.aliexpress.com/item/1005004918334754.html', 'aliexpress', 'listing', '1005004918334754'),  # github-index:33122250225; a language mobile host (*.aliexpress.com)
    ("# test_obj = AliPage('https://m.ru.aliexpress.com/item/32682406509.html?trace=wwwdetail2mobilesitedetail&scm=1007.23534.123999.0&pvid=352e7150-ed71-4654-9a", 'aliexpress', 'listing', '32682406509'),  # github-index:45808280790; excerpt; a language mobile host (*.aliexpress.com)
    ("    m_url = 'https://m.ru.aliexpress.com/item/' + html_id", None, 'missing-id', None),  # github-index:3530346822; notes silent: a rejection
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("                'https://www.lazada.com.my/products/nivea-men-deep-white-oil-clear-detox-mud-foam-100g-i1299546099-s3963046423.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Anivea%252Bfor%252Bmen%2", 'lazada_my', 'listing', '1299546099'),  # github-index:32379365573; excerpt
    ('url = "https://www.lazada.com.my/products/philips-fully-automatic-espresso-coffee-machines-series-2200-ep2220-ep222010-i1843218230-s7337748360.html?clickTrackInfo=query%253Acoffee%252Bmachine%', 'lazada_my', 'listing', '1843218230'),  # github-index:45070524999; excerpt
    ("url = 'https://www.lazada.vn/products/adidas-originals-giay-superstar-nam-mau-trang-gz3413-i1809316659-s8144103383.html?mp=1&spm=a2o4n.seller.list.i40.10e034e6lKOEx6'", 'lazada_vn', 'listing', '1809316659'),  # github-index:9776614837
    ("# url = r'https://www.lazada.vn/products/dien-thoai-apple-iphone-13-pro-max-128gb-i1522497182-s6393590575.html?search=1&spm=a2o4n.searchlistcategory.list.i72.75bf3a1fbXB2jM'", 'lazada_vn', 'listing', '1522497182'),  # github-index:38382515302
    ("(17, 12, 5, 'http://lazada.co.id/products/pdp-i7095734058-s13392326547.html?pvid=d748aa4e-d3c5-44b6-843b-e9507080ad51&search=jfy&scm=1007.17519.386432.0&priceCompare=skuId%3A13392326547%3Bsour", 'lazada_id', 'listing', '7095734058'),  # github-index:60013423463; excerpt
    ("        url = 'https://www.lazada.co.id/products/celana-cargo-wanita-highwaist-bonnie-cargo-pants-celana-kargo-wanita-i7706390243-s14174328153.html?spm=a2o4j.product-not-exist-m.just4u.1.4c9c268dTctO", 'lazada_id', 'listing', '7706390243'),  # github-index:7784390408; excerpt
    ("        buyLink: 'https://www.lazada.co.th/products/i5910320702.html'", 'lazada_th', 'listing', '5910320702'),  # github-index:4561186994
    ("    const linkText = '【闲鱼】https://m.tb.cn/h.SA1qHNu?tk=n5xhfKwxLtF CZ356 「我在闲鱼发布了【【包售后】claude code月卡套餐】」';", None, 'short-link', None),  # github-index:4812769216
    ('【闲鱼】https://m.tb.cn/h.ifZYjjv?tk=zqIeUDia64L MF 937 「快来捡漏【Copilot Opus 15 元/月】」', None, 'short-link', None),  # github-index:60940924245
    ('#小程序 ://闲鱼/2 LP 8 VqJ 8 wEhalKj', None, 'not-a-url', None),  # github-index:60940924245
    ('                <span class="link-text">【闲鱼】https://m.tb.cn/h.h65BpPI?tk=ONDh4aqEBix HU108 「我在闲鱼发布了【Excel报表匹配处理系统激活码】」</span>', None, 'short-link', None),  # github-index:67009470972
    ('【闲鱼】https://m.tb.cn/h.hbPcilw?tk=hwWaVIoKiVT HU006 「这是我的闲鱼号，快来看看吧～」', None, 'short-link', None),  # github-index:5276725108
    (' * @Author: 【闲鱼】混吃等死真君 【Github】Bytequestor', None, 'not-a-url', None),  # github-index:16199619794
    ('        outcome = classify_lazada_result(raw, "https://s.lazada.com.my/s.xxx")', None, 'short-link', None),  # github-index:65890603840
    ('- [BCM94360 WiFi & Bluetooth](https://shopee.com.my/product/328098260/8609545085?smtt=0.65290281-1648740799.9) + [Mini PCIe to M.2 Adapter](https://s.lazada.com.my/s.ewFm4)', None, 'not-alibaba-host', None),  # github-index:30214694620
    ('  const lazadaLink = "https://s.lazada.com.my/s.GDdC9?dsource=share&laz_share_info=2355118494_103_1600_0_2355120494_null&laz_token=354ad6ed4ab37e4190b0e2fa2b4d9204";', None, 'short-link', None),  # github-index:59781324406
    ('    sample_link = f"[https://s.lazada.com.my/s.CikguAff?site=](https://s.lazada.com.my/s.CikguAff?site=){member_id}"', None, 'short-link', None),  # github-index:62600357485
    ('    sample_comment = "🛒 Dapatkan di Lazada sekarang: https://s.lazada.com.my/s.Z2EWU2"', None, 'short-link', None),  # github-index:62707296692
    ('- Shelly EM - [link](https://s.lazada.com.my/s.U1C72)', None, 'short-link', None),  # github-index:7934403127
    ('              href="https://s.lazada.com.my/s.ZbrOpx"', None, 'short-link', None),  # github-index:54723049934
    ('  `https://www.alibaba.com/product-detail/ajax/product.html?id=${id}`,', None, 'missing-id', None),  # github-index:55822870857
    ('//        controller.addSeed("https://detail.tmall.hk/item.htm?spm=a220m.1000858.0.0.767c2420x1wsEJ&id=520928380305&skuId=3561403886285&areaId=330106&is_b=1&user_id=2541315686&cat_id=55916001&rn=6e62dabd737a68f193', 'tmall_global', 'listing', '520928380305'),  # github-index:20096038151; excerpt
    ("    const tmallHk = parseManualItem('https://detail.tmall.hk/item.htm?id=3003');", None, 'malformed-id', None),  # github-index:62410797365
    ("  expectParse('tmall-hk', 'https://detail.tmall.hk/item.htm?id=12345678901', 'taobao', '12345678901');", 'tmall_global', 'listing', '12345678901'),  # github-index:69083617108
    ('| 8 | `https://detail.tmall.hk/item.htm?id=【填写】` | 待测 | 待测 | 待测 | 待测 | 待测 | 待测 | — | — | 待测 |', None, 'missing-id', None),  # github-index:59938063041
    ('        // https://detail.tmall.hk/item.htm?spm=a220m.1000858.0.0.39e97659wpkATC&id=564584739454&skuId=3566914577999&areaId=330106&is_b=1&user_id=2549841410&cat_id=55950004&rn=f9e46af0c4ff04f6d8', 'tmall_global', 'listing', '564584739454'),  # github-index:20296024479; excerpt
    ("            'webUrl': 'http*://detail.tmall.hk/*',", None, 'not-a-url', None),  # github-index:3480483536
    ("                'https://detail.tmall.hk/item.htm?spm=a220m.1000858.1000725.1.245adef3e8C0PD&id=537322241064&skuId=3208297513344&user_id=2248370076&cat_id=52792006&is_b=1&rn=08fddf654f15cf5f597126d24d", 'tmall_global', 'listing', '537322241064'),  # github-index:3480483536; excerpt
    ('            # 天猫国际: https://detail.tmall.hk/item.htm?id=123456', 'tmall_global', 'listing', '123456'),  # github-index:53328790948
    ('    iid = S.append(source="extension", url="https://detail.tmall.hk/item.htm?id=1077964821879", seller_id=seller,', 'tmall_global', 'listing', '1077964821879'),  # github-index:70692446402
    ("    parseTaobaoUrl('https://world.taobao.com/item/111222333'),", None, 'missing-id', None),  # github-index:54652426991
    ("    parseTaobaoUrl('https://detail.tmall.hk/item.htm?id=999999'),", 'tmall_global', 'listing', '999999'),  # github-index:54652426991
    ('    lazada: "https://www.lazada.com.my/shop/wrap2rap/?itemId=3181365586&spm=a2o4k.pdp_revamp.seller.1.6a4f756eqP4ZIJ&path=promotion-42621-0.htm&tab=promotion&channelSource=pdp",', 'lazada_my', 'storefront', 'wrap2rap'),  # github-index:22987425949
    ("const url = 'https://www.lazada.com.my/catalog/?q=SAMSUNG+82+Q900+8K+Smart+QLED+TV+QA82Q900RBKXXM+%282019%29&_keyori=ss&from=input&spm=a2o4k.searchlistcategory.search.go.bc026e9bCflvmz';", None, 'not-a-listing', None),  # github-index:9447852997
    ('product_link: "http://www.lazada.com.my/2017-2018-barcelona-football-team-away-no10-messi-soccer-jerseysuits-47888758.html?spm=a2o4k.search.0.0.VbkUbj&ff=1", price: Faker::Number.decimal(2, 2),', None, 'not-a-listing', None),  # github-index:6772732462; excerpt
    ("    start_urls = ['https://www.lazada.com.my/shop-software/?spm=a2o4k.pdp_revamp.breadcrumb.3.54b05c1aRaQ9f5']", None, 'not-a-listing', None),  # github-index:38448663562
    ("lazada_url = 'https://www.lazada.com.my/catalog/?q='+keyword+'&_keyori=ss&from=input&spm=a2o4k.home.search.go.75f82e7eBY54d3'", None, 'not-a-listing', None),  # github-index:2942788714
    ('$file_get_content=file_get_contents("https://www.lazada.com.my/catalog/?spm=a2o4k.home.search.3.75f824f6CNZD2u&q=AT620/14&_keyori=ss&from=search_history&sugg=AT620%2F14_2_1");', None, 'not-a-listing', None),  # github-index:28391570038
    ('# # input_url = "https://www.lazada.com.my/products/rorec-white-rice-beauty-moisturizing-facial-mask-i520004656-s1008020131.html?spm=a2o4k.home.flashSale.3.75f82e7eQYSdvq&search=1&mp=1&c=fs&clickTrackInfo=rs%3A0.0%3Babid%3A238030%3Bitem_id%3A520004656%3Bpvid%3A0384bb21-3b78-4d6c-af9d-8a9', 'lazada_my', 'listing', '520004656'),  # github-index:33816850546; excerpt
    ('            url = f"https://pages.lazada.com.ph/wow/gcp/route/lazada/ph/upr_1000345_lazada/channel/ph/upr-router/render?spm=a2o4l.home-ph.3964150330.14.bdf9ca18fg5L2q&wh_pid=/lazada/channel/ph/shopping-guide/lazflash&hybrid=1&data_prefetch=true&hide_h5_title=true&at_iframe=1&lzd', None, 'not-a-listing', None),  # github-index:20908104474; excerpt
    ("# urls = ['https://www.lazada.com.ph/products/century-tuna-calamansi-155g-i1673850891-s7220284823.html?spm=a2o4l.pdp_revamp.recommend_2.1.6e6b77511Jr24x&mp=1&cid=0&mp=1&impsrc=&ad_src=1110_1201:184.441696,1400_910:0.99956722758188,1400_1015:1.99920042605661,1400", 'lazada_ph', 'listing', '1673850891'),  # github-index:26859878138; excerpt
    ("    ('https://www.lazada.com.ph/shop-laptops/?spm=a2o4l.home.cate_1.3.239e359dJdUwRF', 'PH', '15549', '102'),", None, 'not-a-listing', None),  # github-index:30661477871
    ("    ('https://www.lazada.co.id/beli-laptop/?spm=a2o4j.home.cate_1.2.57991559MMbWnz', 'ID', '11213', '102'),", None, 'not-a-listing', None),  # github-index:30661477871
    ('                gotoUrl("https://www.lazada.com.ph/catalog/?q=hard+disk+drive&_keyori=ss&from=input&spm=a2o4l.searchlist.search.go.ea1b3eb0eyLYV9");', None, 'not-a-listing', None),  # github-index:18512719016
    ('soup = make_soup("https://www.lazada.com.ph/catalog/?spm=a2o4l.home.search.1.239e6ef0iIouDG&q=jeans&_keyori=ss&from=suggest_normal&sugg=jeans_0_1")', None, 'not-a-listing', None),  # github-index:3388140804
    ('            | ₱70.00     | https://www.lazada.com.ph/products/ultrasonic-sensor-distance-measuring-module-hc-sr04-5-pieces-i115868246-s119997165.html?spm=a2o4l.searchlist.list.5.5a7e15d0ckr1e8&search=1                           |   |   |', 'lazada_ph', 'listing', '115868246'),  # github-index:34184146044
    ('                  <a href="https://www.lazada.com.ph/products/dishwashing-liquid-1gallon-i4052909460-s22028589341.html?&search=pdp_same_topselling?spm=a2o4l.pdp_revamp.recommendation_1.1.495e6f2eLpRKBH&mp=1&scm=1007.16389.286994.0&clickTrackInfo=18ea58ee-0d68-47e6-9cf2-8562a754eea9__4052909460__24447__tri', 'lazada_ph', 'listing', '4052909460'),  # github-index:7773731407; excerpt
    ('  //     "link": "https://www.lazada.com.ph/?spm=a2o4l.searchlistcategory.header.dhome.4d5f77b3NKqShx#?",', None, 'not-a-listing', None),  # github-index:37803016524
    ('crawl_sub_subcategory("sports_&_action_camera", end_page=17, referer="https://www.lazada.vn/may-quay-hanh-dong/?spm=a2o4n.searchlistcategory.cate_1_8.1.c2a1564f2lbdus", url="https://www.lazada.vn/may-quay-hanh-dong/?ajax=true&isFirstRequest=true&page={page_num}&spm=a2o4n', None, 'not-a-listing', None),  # github-index:16783921467; excerpt
    ('    url = "https://www.lazada.vn/catalog/?q=#{keyword}&_keyori=ss&from=input&spm=a2o4n.home.search.go.1905e1822eN5XO"', None, 'not-a-listing', None),  # github-index:11300332304
    ("  'https://pages.lazada.vn/wow/gcp/route/lazada/vn/upr_1000345_lazada/channel/vn/upr-router/vn?spm=a2o4n.home.top.dbr6.19056afevjwfCO&hybrid=1&data_prefetch=true&at_iframe=1&wh_pid=/lazada/channel/vn/thoi-trang/sieu-hoi-balo-tui-vi&scm=1003.4.icms-zebra-", None, 'not-a-listing', None),  # github-index:22172357727; excerpt
    ('            "https://www.lazada.vn/products/x.html?spm=a2o4n.homepage",', None, 'missing-id', None),  # github-index:71077256578
    ('                        <a href="https://www.lazada.vn/?spm=a2o4n.tm80117101.header.dhome.6745fd2kfd2kUl" target="_blank">', None, 'not-a-listing', None),  # github-index:43011427617
    ('    \tdriver.get("https://member.lazada.vn/user/register?spm=a2o4n.login_sign', None, 'not-a-listing', None),  # github-index:46734103197; excerpt
    ('        link = "https://my.lazada.vn/customer/order/index/?spm=a2o4n"', None, 'not-a-listing', None),  # github-index:42558570658
    ("      // const url = 'https://www.lazada.vn/trang-phuc-nam/?spm=a2o4n.home.cate_9.1.1905e182FUSa4Y';", None, 'not-a-listing', None),  # github-index:40696079427
    ("response = requests.get('https://www.lazada.vn/dien-thoai-di-dong/?ajax=true&isFirstRequest=true&page=1&spm=a2o4n.home.cate_1.1.19053bdccFrL2j', headers= headers, params=params)", None, 'not-a-listing', None),  # github-index:7260662774
    ("0,'8a69b8977009990014cac4c8a05ec9c9','https://www.lazada.co.id/products/premium-cardigan-kardigan-rajut-vintage-cheetah-i5773006329-s11228420482.html?spm=a2o4j.searchlistcategory.list.151.80e21f2fvpAMgz&search=1&freeshipping=1'),", 'lazada_id', 'listing', '5773006329'),  # github-index:11616731827; excerpt
    ('  const targetUrl = `https://www.lazada.co.id/tag/${pathKeyword}/?ajax=true&catalog_redirect_tag=true&isFirstRequest=true&page=${page}&q=${queryKeyword}&spm=a2o4j.homepage.searchbar.diwen`', None, 'not-a-listing', None),  # github-index:68318317852
    ("          'referer': 'https://www.lazada.co.id/catalog/?q=xiaomi&_keyori=ss&from=input&spm=a2o4j.home.search.go.41f753e0T41uYl',", None, 'not-a-listing', None),  # github-index:34595834097
    ('                                href="https://www.lazada.co.id/shop/mauritz-integra-store/?spm=a2o4j.pdp_revamp.seller.1.69b95d25fIgTle&itemId=6705648581&channelSource=pdp">', 'lazada_id', 'storefront', 'mauritz-integra-store'),  # github-index:23232070987
    ('                    <li><a class="dropdown-item" href="https://www.lazada.co.id/shop/yuri-official-store/?spm=a2o4j.pdp_revamp.seller.1.28fa76118mbGvu&itemId=1769620279&channelSource=pdp" target="_blank">LAZADA</a></li>', 'lazada_id', 'storefront', 'yuri-official-store'),  # github-index:903888188
    ('                                        <li class="ec-footer-link"><a href="https://www.lazada.co.id/shop/looka-castiron/?spm=a2o4j.pdp_revamp.seller.1.32e130c3wHPF0H&itemId=6232286715&channelSource=pdp">', 'lazada_id', 'storefront', 'looka-castiron'),  # github-index:26155485772
    ('                href="https://www.lazada.co.id/shop/apotek-bhakti-medika-farma/?spm=a2o4j.pdp_revamp.seller.1.65d64dff2BgHkW&itemId=8778758839&channelSource=pdp"', 'lazada_id', 'storefront', 'apotek-bhakti-medika-farma'),  # github-index:54325810089
    ("        url = 'https://www.lazada.co.id/catalog/?spm=a2o4j.home.search.1.11a715593k6cKb&q=rtx%203090&_keyori=ss&from=search_history&sugg=rtx%203090_0_1'", None, 'not-a-listing', None),  # github-index:38345985008
    ('https://th.aliexpress.com/item/1005008795848316.html', 'aliexpress', 'listing', '1005008795848316'),  # github-index:17243575459
    ('- [4 dotykové senzory](https://m.th.aliexpress.com/item/32901141115.html?gatewayAdapt=Pc2Msite)', 'aliexpress', 'listing', '32901141115'),  # github-index:27206542745
    ('### Ссылка: https://th.aliexpress.com/item/1005009035385463.html', 'aliexpress', 'listing', '1005009035385463'),  # github-index:54971729654
    ('    assert route("https://th.aliexpress.com/item/1005.html").platform == "aliexpress"', None, 'malformed-id', None),  # github-index:57565812321
    ('- [MD20A-cytron 20Amp 6V-30V](https://th.aliexpress.com/item/1005006861348837.html)', 'aliexpress', 'listing', '1005006861348837'),  # github-index:38732596368
    ('<https://th.aliexpress.com/item/1005012080250093.html>. The pigtail carries an RJ45 and a DC', 'aliexpress', 'listing', '1005012080250093'),  # github-index:63361028164
    ('| 10A ATO fuse | 2 | $ 0.45 | Power in fuse | [Aliexpress](https://th.aliexpress.com/item/1005005797789486.html?spm=a2g0o.productlist.main.113.46e4FyWqFyWqRg&algo_pvid=8082f12f-0c4f-4b94-bf32-0519158d965a&algo_', 'aliexpress', 'listing', '1005005797789486'),  # github-index:11927451363; excerpt
    ('  const XIANYU_ITEM_URL = `https://h5.m.goofish.com/item?id=${XIANYU_ITEM_ID}`;', None, 'malformed-id', None),  # github-index:68417690763
    ('   *   - https://www.goofish.com/item/ITEM_ID', None, 'not-a-listing', None),  # github-index:65931064833
    ('   *   - https://2.taobao.com/item.htm?id=ITEM_ID', None, 'malformed-id', None),  # github-index:65931064833
    ('   *   - https://h5.m.goofish.com/item?id=ITEM_ID', None, 'malformed-id', None),  # github-index:65931064833
    ('   *   - https://m.tb.cn/h.XXXX (闲鱼短链：仅返回短码作占位)', None, 'short-link', None),  # github-index:65931064833
    ('  "https://h5.m.goofish.com/item?forceFlush=1&id=1052728878633&ut_sk=1.aPZoNuzLYkEDAOY9u7z86CFq_12431167_1779462515970.Copy.detail.1052728878633.2218546656173";', 'taobao', 'listing', '1052728878633'),  # github-index:56113826666
    ('\t\t{"https://www.xianyu.com/x", "xianyu", "https://www.xianyu.com/x"},', None, 'lookalike-host', None),  # github-index:70308123528; notes silent: a rejection
    ('                          href={`https://www.goofish.com/item?id=${item.item_id}`}', None, 'malformed-id', None),  # github-index:20592358939
    ('                "reminderUrl": "https://www.goofish.com/item?id=x&itemId=item-1&spm=a",', None, 'conflicting-ids', None),  # github-index:56963675719
    ("eq(rows[0].url, 'https://www.goofish.com/item?id=111', 'item url');", None, 'malformed-id', None),  # github-index:71648215399
    ('                url="https://www.goofish.com/item?id=1001",', None, 'malformed-id', None),  # github-index:61495860529
    ('      { name: "מתקן מים", link: "https://c.lazada.co.th/t/c.X31ts4?sub_id1=November-+first+campaign&sub_aff_id=Reem%28D%29Know" },', None, 'short-link', None),  # github-index:51800843174
    (' *  URL format: https://c.lazada.co.th/t/c.{TRACKING_ID}?url={ENCODED_PRODUCT_URL}', None, 'short-link', None),  # github-index:57488728952
    ('    // Look for the Lazada affiliate link pattern: https://c.lazada.co.th/t/c.XXXXX', None, 'short-link', None),  # github-index:52543202391
    ('\traw := `https://c.lazada.co.th/t/c.ZcDvYn?sub_id1=promotion&url=https%3A%2F%2Fmy.lazada.co.th%2Fcustomer%2Forder%2Fview%2F%3FtradeOrderId%3D111078933959569', None, 'short-link', None),  # github-index:70289368027; excerpt
    ('  return `https://c.lazada.co.th/t/c.${APP_KEY}?url=https://www.lazada.co.th/products/${productId}`', None, 'short-link', None),  # github-index:54633556002
    ('        href="https://c.lazada.co.th/t/c.YYDHQl"', None, 'short-link', None),  # github-index:14272679412
    ('            this.label6.Text = "Example:  https://c.lazada.co.th/t/c.bVqvi5";', None, 'short-link', None),  # github-index:4605910434
    ('  "regularPromotionLink":"https://c.lazada.co.th/t/c.2Kyzso",', None, 'short-link', None),  # github-index:51939608314
    ('- Supplier: https://www.aliexpress.us/item/3256805822806589.html (PranaFlow Apparel Store, 4.5★, 455 reviews, 4,000+ sold)', 'aliexpress', 'listing', '3256805822806589'),  # github-index:70636482715
    ('| ☐ | **0.39" OLED Display**     | Main display + Driver Board                 | https://www.aliexpress.us/item/3256809119244467.html |', 'aliexpress', 'listing', '3256809119244467'),  # github-index:53047720885
    ('https://www.aliexpress.us/item/3256804672394777.html', 'aliexpress', 'listing', '3256804672394777'),  # github-index:13965133540
    ('* **ST7789V** based display panel:  [example](https://www.aliexpress.us/item/3256805850192151.html).', 'aliexpress', 'listing', '3256805850192151'),  # github-index:35045260915
    ('1. Source an [APQ8009 CPU](https://www.aliexpress.us/item/3256803378630939.html), an [MSM8909 stencil](https://www.aliexpress.us/item/2251832705095349.html?gatewayAdapt=glo2usa4itemA', 'aliexpress', 'listing', '3256803378630939'),  # github-index:38733150955; excerpt
    ('I used [this](https://www.aliexpress.us/item/3256807350153870.html) cheap hotplate to solder it,', 'aliexpress', 'listing', '3256807350153870'),  # github-index:8119293475
    ('const productURL = "https://www.aliexpress.us/item/3256808490767070.html?spm=a2g0o.productlist.main.1.3b56KLUiKLUiUh&algo_pvid=a1b1f0de-8e35-4eca-aabc-0f0b91e87198&algo_exp_id', 'aliexpress', 'listing', '3256808490767070'),  # github-index:23235280240; excerpt
    ('1. 8-pin MX1.25 PicoBlade dongle if you plan on using GPIOs: https://www.aliexpress.us/item/3256804401152079.html', 'aliexpress', 'listing', '3256804401152079'),  # github-index:48441415
    ('1. A WT32-SC01 Plus board: https://www.aliexpress.us/item/3256803559528956.html', 'aliexpress', 'listing', '3256803559528956'),  # github-index:48441415
    ('  $120 https://www.aliexpress.us/item/3256804514365855.html', 'aliexpress', 'listing', '3256804514365855'),  # github-index:47233720975
    ('  https://www.aliexpress.us/item/3256802425039425.html', 'aliexpress', 'listing', '3256802425039425'),  # github-index:47233720975
    ('          <p v-if="type ===0 || type ===1">复制这条信息,{{code}},打开手机淘宝即可查看</p>', None, 'not-a-url', None),  # github-index:23246238234
    ('￥joxNbkGCkNZ￥复制这条信息，打开手机淘宝即可领券', None, 'short-link', None),  # github-index:34118511069; excerpt
    ('        "【在科传换色口令】复制这条信息后进入“在科传”小程序点击“我的”页面中“更换配色”，马上更换配色。￥" +', None, 'not-a-url', None),  # github-index:18544431458
    ('# url = "https://handuyishe.m.tmall.com/shop/shop_auction_search.htm?spm=a1z60.7754813.0.0.54114ef5k4qAO6&sort=default&shop_cn=T%E6%81%A4&ascid=950888245&scid=950888', None, 'not-a-listing', None),  # github-index:9629712508; excerpt
    ("        'referer': 'https://ruiducp.m.tmall.com/shop/shop_auction_search.htm?&shop_id=' + shop_id + '&sort=default',", None, 'not-a-listing', None),  # github-index:29150562977
    ('    static String new_url = "http://handuyishe.m.tmall.com/shop/shop_auction_search.htm?conditions=&sid=9ee8445d31cc7a85&sort=oldstarts&suid=263817957&q=&end_price=&pds=newrank%23h%23s', None, 'not-a-listing', None),  # github-index:18239774721; excerpt
    ('        # url="https://nanshanweng.m.tmall.com/shop/shop_auction_search.do?sort=d&p=1&page_size=12&from=h5&shop_id=247506881&ajson=1&_tm_source=tmallsearch"', None, 'not-a-listing', None),  # github-index:3657180521
    ("    start_url = 'http://store.m.tmall.com/shop/shop_auction_search.do?spm=a1z60.7754813.0.0.70844f37loqjNl&suid=3715986608&sort=s&p=1&page_size=12&from=h5&shop_id=4097", None, 'not-a-listing', None),  # github-index:37399422114; excerpt
    ('                tmp_url = "https://"+row[\'domain\']+".m.tmall.com/shop/shop_auction_search.do?suid="+row[\'seller_id\']+"&sort=d&p=1&page_size=12&from=h5&shop_id="+row[\'shop_id\']', None, 'not-a-url', None),  # github-index:11314388031; excerpt
    ("# referers='https://dxcyt.m.tmall.com/shop/shop_auction_search.htm?spm=a1z60.7754813.0.0.70844f37loqjNl&suid=3715986608&sort=default'", None, 'not-a-listing', None),  # github-index:36930754544
    ("        searchurl = 'https://{}.m.tmall.com/shop/shop_auction_search.do?spm=a1z60.7754813.0.0.301755f0pZ1GjU&sort=defaul'.format(", None, 'not-a-url', None),  # github-index:12230894404
    ("    options.headers['refer'] = 'https://auxdq.m.tmall.com/shop/shop_auction_search.htm?spm=a320p.7692171.0.0&suid=1035757927&sort=d';", None, 'not-a-listing', None),  # github-index:9884227421
    ('//    self.URLString = @"https://faertu.m.tmall.com/shop/shop_auction_search.htm?spm=a222m.7628550.1998338745.1&sort=default";', None, 'not-a-listing', None),  # github-index:47178118457
    ('    info = parse_share_text(f"【天猫】https://detail.tmall.com/item.htm?id={EXPECTED_ID} 「某商品」")', None, 'malformed-id', None),  # github-index:70961871109
    ("      link: 'https://www.lazada.sg/shop/esimexpress/?spm=a2o42.pdp_revamp.seller.1.3fdd1838paiE7N&itemId=3125282584&channelSource=pdp',", 'lazada_sg', 'storefront', 'esimexpress'),  # github-index:26949874349
    ('\t\t\t"https://www.lazada.sg/shop/lau-boon-heng-kwei-teow-noodle-manufactory/?spm=a2o42.pdp_revamp.seller.1.7bd93d552gpxRX&itemId=1640680496&channelSource', 'lazada_sg', 'storefront', 'lau-boon-heng-kwei-teow-noodle-manufactory'),  # github-index:36088909499; excerpt
    ('    { label: "Lazada Singapore", value: "lazada.sg/shop/smilefam" },', 'lazada_sg', 'storefront', 'smilefam'),  # github-index:67342114873
    ("      { name: 'RedMart 🔴', url: `https://redmart.lazada.sg/shop/?q=${p}`, bgColor: 'bg-[#ffebee]', textColor: 'text-[#c62828]', hoverBgColor: 'hover:bg-[#ffcdd2]' }", None, 'not-a-listing', None),  # github-index:58818531186
    ('STORE_URL = "https://www.lazada.sg/shop/pokemon-store-online-singapore"', 'lazada_sg', 'storefront', 'pokemon-store-online-singapore'),  # github-index:22916342230
    ('                href="https://www.lazada.sg/shop/elin-dance-studio"', 'lazada_sg', 'storefront', 'elin-dance-studio'),  # github-index:47525678761
    ('            "https://www.lazada.sg/shop/site/api/shop/campaignTppProducts/query?shopId=1"', None, 'not-a-listing', None),  # github-index:53435855560
    ('    redmart_base = "https://www.lazada.sg/shop/redmart"', 'lazada_sg', 'storefront', 'redmart'),  # github-index:5732124702
    ('    { name: "RedMart (Lazada)", type: "online", match: /redmart/i, website: "https://www.lazada.sg/shop/redmart" },', 'lazada_sg', 'storefront', 'redmart'),  # github-index:70607909604
    ('              <Link href="https://www.lazada.sg/shop/kingjess-shop1621615269" target="_blank" rel="noopener noreferrer" className="hover:opacity-70">', 'lazada_sg', 'storefront', 'kingjess-shop1621615269'),  # github-index:6082526105
    ('  assert.strictEqual(isShortLink("https://s.lazada.vn/s.XyZ123"), true);', None, 'short-link', None),  # github-index:69410068903
    (' * (`https://s.lazada.vn/s.xxx`) mang `exlaz=e_…` của tài khoản — thứ mà Master', None, 'short-link', None),  # github-index:58105791480
    ('    lazadaCookieUrl: "https://s.lazada.vn/s.an_redir",', None, 'short-link', None),  # github-index:63310659337
    ('            <td><a href="https://s.lazada.com.ph/s.Zg2ofY?c=v&t=p-iGrr7H6-s2LBxeDM">Product Link</a></td>', None, 'short-link', None),  # github-index:56774926285
    ('| 1 | ESP32 DevKit 38-pin (WROOM-32, I²S out) | 1 | 187 | 187 | [Lazada PH](https://s.lazada.com.ph/s.N28i1); ₱355 [Circuitrocks 30-pin CH9102](https://circuit.rocks/products/esp32-dev-board-ch9102-30-pin-micro-usb) |', None, 'short-link', None),  # github-index:69516339850
    ("  lazada: 'https://s.lazada.com.ph/s.8tRvK',", None, 'short-link', None),  # github-index:27236553213
    ('LAZADA = "https://s.lazada.com.ph/s.ZSIo9U?c=t&t=p-i3NUbtB-sGfp3aj"', None, 'short-link', None),  # github-index:66964978085
    ('    href: "https://s.lazada.com.ph/s.ZUQabv?c=a",', None, 'short-link', None),  # github-index:55240223058
    ("            str_contains(strtolower($url), 's.lazada.com.ph/s.')", None, 'missing-id', None),  # github-index:63220083853; urls54: a short-link host with no code (was short-link)
    ('              <input className={styles.input} placeholder="https://s.lazada.com.ph/s.xxxxx or https://shopee.ph/..." value={form.affiliateUrl} onChange={e => setForm({ ...form, affiliateUrl: e.target.value })} />', None, 'short-link', None),  # github-index:56800549196
    ('        href="https://s.lazada.com.ph/s.Za2lfU"', None, 'short-link', None),  # github-index:32644508809
    ('  { group: "shop", mode: "mobile", url: `https://m.1688.com/winport/b2b-${MEMBER.replace(/^b2b-/, "")}.html`, wait: 4000 },', None, 'missing-id', None),  # github-index:63409949186
    ("            start_urls = ['http://m.1688.com/winport/b2b-1639203796.html',", '1688', 'storefront', 'b2b-1639203796'),  # github-index:44515604239
    ("                        'http://m.1688.com/winport/b2b-2281787162.html',", '1688', 'storefront', 'b2b-2281787162'),  # github-index:44515604239
    ('    url = f"https://spanish.alibaba.com/trade/search?SearchText={quote_plus(consulta)}"', None, 'not-a-listing', None),  # github-index:22006382410
    ('    url = "https://spanish.alibaba.com/product-detail/6-eggs-Automatic-Mini-Chicken-Duck-62329188323.html"', 'alibaba_com', 'listing', '62329188323'),  # github-index:45285276205
    ("        'Zeolite 3A': (1.5+6.5)/2   # https://spanish.alibaba.com/g/zeolite-cost-per-kg.html", None, 'not-a-listing', None),  # github-index:55595627154
    ('                "https://spanish.alibaba.com/product-detail/Cosa_1600123456789.html"', 'alibaba_com', 'listing', '1600123456789'),  # github-index:60287700836
    ('<li><a href="https://spanish.alibaba.com/g/argentina.html"><img src="./src/assets/alibaba.png" className="aImage"/></a></li>', None, 'not-a-listing', None),  # github-index:24148201102
    ('        ("https://spanish.alibaba.com/product-detail/x_123.html", "alibaba"),', None, 'malformed-id', None),  # github-index:63637120896
    ("        suggestTitleFromStoreUrl('https://spanish.alibaba.com/product-detail/-1601902641033.html')", 'alibaba_com', 'listing', '1601902641033'),  # github-index:60842157397
    ('    # `spanish.alibaba.com/product-detail/x` and `www.alibaba.com/product-detail/x`', None, 'missing-id', None),  # github-index:59110654820
    ('            "- Short link: \'https://e.tb.cn/h.xxx\'\\n"', None, 'short-link', None),  # github-index:10557912052
    ('            "- Share text: \'【淘宝】product https://e.tb.cn/h.xxx\'"', None, 'short-link', None),  # github-index:10557912052
    ("    const result = waitForTabSettled(fake.dependencies, 9, 'https://e.tb.cn/h.test', {", None, 'short-link', None),  # github-index:58585080907
    ('        ("https://e.tb.cn/h.Abc123", True),', None, 'short-link', None),  # github-index:61580632941
    ("    #   `e.tb.cn/h.8IcTrtZuTU19ieN?tk=nyXpT7VA7lt` → `'nyXpT7VA7lt'`).", None, 'short-link', None),  # github-index:68873876046
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


_IDS = st.integers(10**8, 10**13 - 1).map(str)
_LABELS = st.from_regex(r"[a-z][a-z0-9]{2,12}", fullmatch=True).filter(
    # a store's vanity label on every site (no reserved label, such as www or list)
    lambda label: all(
        answer(f"https://{label}.{site}/")[1] == "storefront"
        for site in ("taobao.com", "tmall.com", "m.tmall.com", "tmall.hk")
    )
)
_STORE_PAGES = ["/search.htm?search=y&orderType=hotsell_desc", "/item_list.htm",
                "/category-1234567.htm", "/category.htm?spm=a1z10", "/i/asynSearch.htm?mid=w-1",
                "/view_page-123456.htm", "/shop/shop_auction_search.htm?sort=default",
                "/shop/shop_auction_search.do?sort=d&p=1"]  # fmt: skip
_STORE_HOSTS = [("{label}.taobao.com", "https://{label}.taobao.com/"),
                ("shop{n}.taobao.com", "https://shop{n}.taobao.com/"),
                ("{label}.tmall.com", "https://{label}.tmall.com/"),
                ("{label}.m.tmall.com", "https://{label}.tmall.com/"),
                ("{label}.tmall.hk", "https://{label}.tmall.hk/")]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_LABELS, st.integers(10**6, 10**10), st.sampled_from(_STORE_HOSTS),
       st.sampled_from(_STORE_PAGES), st.sampled_from(["https://", "http://", "//", ""]))  # fmt: skip
def test_a_stores_own_pages_suggest_its_storefront(
    label: str, n: int, host: tuple[str, str], page: str, scheme: str
) -> None:
    """A store's search, item list, category or own page on its host is no listing and no
    storefront link: refused, suggesting the store's link (``item_list.htm`` was "a listing
    page without an id")."""
    where, store = (part.format(label=label, n=n) for part in host)
    result = parse_listing(f"{scheme}{where}{page}")
    assert (result.code, result.suggestion) == ("not-a-listing", store)
    assert answer(store)[1] == "storefront"


@settings(max_examples=200, deadline=None)
@given(_LABELS, _IDS, st.sampled_from([("taobao.com", "https://item.taobao.com/item.htm?id="),
       ("tmall.com", "https://detail.tmall.com/item.htm?id="),
       ("tmall.hk", "https://detail.tmall.hk/hk/item.htm?id=")]),
       st.sampled_from(["id", "item_id"]))  # fmt: skip
def test_an_item_page_on_a_stores_host_suggests_the_item(
    label: str, id: str, site: tuple[str, str], key: str
) -> None:
    """``x.taobao.com/item.htm?id=N`` (IPP's help quotes the pattern; the notes name no such
    listing form) is refused, suggesting the item's canonical link; it said "no valid id"."""
    result = parse_listing(f"https://{label}.{site[0]}/item.htm?spm=a1z10&{key}={id}")
    assert (result.code, result.suggestion) == ("not-a-listing", site[1] + id)
    assert "no valid id" not in (result.reason or "")


@settings(max_examples=200, deadline=None)
@given(_IDS, st.sampled_from(["https://www.goofish.com/item/{id}", "https://goofish.com/item/{id}",
       "https://m.2.taobao.com/item.htm?id={id}", "//m.2.taobao.com/item.htm?spm=a&id={id}"]),
       st.sampled_from(["", "link: '", "闲鱼 "]))  # fmt: skip
def test_unnamed_xianyu_item_pages_suggest_the_item(id: str, form: str, before: str) -> None:
    """Xianyu's item id in the path and its legacy host's mobile view are refused as forms
    the notes do not name, suggesting the canonical item link (every time: the cache of hosts
    with no listing form gave the second sighting the generic reason)."""
    for _ in range(3):
        result = parse_listing(before + form.format(id=id))
        assert (result.code, result.suggestion) == (
            "not-a-listing",
            f"https://www.goofish.com/item?id={id}",
        )
        assert "unverified" in (result.reason or "")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["es", "ru", "th", "pt", "fr"]), st.integers(10**10, 10**16 - 1),
       st.sampled_from(["", "?trace=wwwdetail2mobilesitedetail", "?gatewayAdapt=Pc2Msite"]))  # fmt: skip
def test_a_mobile_language_host_is_the_item(lang: str, id: int, query: str) -> None:
    """``m.es.aliexpress.com/item/N.html`` (where the www page of an item sends a phone,
    ``trace=wwwdetail2mobilesitedetail``) is the item, on a subdomain of aliexpress.com as the
    notes' regional hosts are: read as ``es.aliexpress.com/item/N.html`` is, the second time as
    the first (it was refused as a host the notes do not name)."""
    for _ in range(2):
        result = parse_listing(f"https://m.{lang}.aliexpress.com/item/{id}.html{query}")
        plain = parse_listing(f"https://{lang}.aliexpress.com/item/{id}.html{query}")
        assert (result.canonical_url, result.region) == (
            f"https://www.aliexpress.com/item/{id}.html",
            lang,
        )
        assert (result.identity, result.canonical_url) == (plain.identity, plain.canonical_url)


@settings(max_examples=100, deadline=None)
@given(st.integers(10**6, 10**10), st.sampled_from(["https://", "http://", "//"]))
def test_a_shop_id_on_store_taobao_suggests_the_shop(shop: int, scheme: str) -> None:
    """``store.taobao.com/shop/view_shop.htm?shop_id=N`` names no seller id (the form's id) but
    the shop's id: refused as missing its id, suggesting ``https://shopN.taobao.com/``."""
    result = parse_listing(f"{scheme}store.taobao.com/shop/view_shop.htm?shop_id={shop}")
    assert (result.code, result.suggestion) == ("missing-id", f"https://shop{shop}.taobao.com/")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["sg", "co.id", "com.my", "co.th", "com.ph", "vn"]),
       st.from_regex(r"(?:[a-z]{2,8}-){0,3}i[a-z]{1,10}", fullmatch=True))  # fmt: skip
def test_a_lazada_slug_word_starting_with_i_is_no_id(tld: str, slug: str) -> None:
    """``/products/iphone.html``: a word of the slug that starts with ``i`` is no item id; the
    page names none (was ``malformed-id`` 'phone')."""
    assert answer(f"//www.lazada.{tld}/products/{slug}.html") == (None, "missing-id", None)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["TODO", "todo", "FIXME", "XXX", "天猫旗舰", "NOTE"]), st.sampled_from(["", ":"]),
       st.sampled_from(["", "    ", "x = 1 "]))  # fmt: skip
def test_a_comment_word_is_no_host(word: str, colon: str, before: str) -> None:
    """``//TODO`` is a comment's marker and a word, not a link to the host ``todo``."""
    assert answer(f"{before}//{word}{colon}") == (None, "not-a-url", None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["//TODO: ", "//TODO ", "/// ", "//// ", "///\t", "    /// "]),
       st.sampled_from(SAMPLE_LINKS))  # fmt: skip
def test_a_link_after_a_comments_marker_is_read(marker: str, link: str) -> None:
    """A doc comment's marker (``///``, ``////``) or a ``//TODO:`` before a link is no link
    with no host: the link is read."""
    assert answer(marker + link) == answer(link)
    assert parse_listing(marker + link) == parse_slowly(marker + link)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["{}", "*", '"+row[\'domain\']+"', "${shop}", "shop{}", "<label>",
                        '"+name+"']),
       st.sampled_from(["taobao.com", "m.tmall.com", "tmall.hk", "1688.com", "en.alibaba.com",
                        "aliexpress.com", "lazada.com.my"]),
       st.sampled_from(["/", "/shop/view_shop.htm", "/products/*.html*"]))  # fmt: skip
def test_a_template_host_is_no_lookalike(label: str, domain: str, path: str) -> None:
    """A host built in code or written as a pattern imitates nothing: it is not a URL."""
    result = parse_listing(f"url = 'https://{label}.{domain}{path}'")
    assert result.code == "not-a-url", result
    assert "template or a pattern" in (result.reason or "")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a.m.taobao.com/i35081419154.htm", ("taobao_or_tmall", "listing", "35081419154")),
        ("http://a.m.taobao.com/i${id}.htm", (None, "missing-id", None)),
        ("https://someshop.taobao.com/index.htm", ("taobao", "storefront", "someshop")),
        ("https://uniqlo.tmall.com/shop/view_shop.htm?shop_id=1", ("tmall", "storefront", "uniqlo")),
        ("https://taobao.com.evil.cn/item.htm?id=606832683299", (None, "lookalike-host", None)),
        ("https://{}.example.com/x", (None, "not-alibaba-host", None)),
        ("//i tem.taobao.com", (None, "not-a-url", None)),
    ],
)  # fmt: skip
def test_what_the_fixes_leave_alone(url: str, expected: tuple[str | None, str, str | None]) -> None:
    """The old mobile item page keeps its shape, storefront links stay storefronts, lookalikes
    and foreign hosts keep their codes, and a host split by a space stays refused."""
    assert answer(url) == expected
