"""Review 24 of the listings side (notes in /work/notes/sweep-review24.md): real URLs and
pastes written from listing-urls.md, with the answer the document requires.

Each row of ``ROWS`` is ``(input, platform, kind_or_code, id)``, as in test_real_urls_10.py.
Fixed in this review:

- Xianyu's app detail page on the Taobao app host
  (``market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?…&id=N``; the notes name
  ``market.m.taobao.com/…?id=N`` in section 1, and real pastes call this page a Xianyu link) was
  ``not-a-listing``; it is a Xianyu listing;
- the older seller storefront path ``store.taobao.com/view_shop.htm?user_number_id=N`` (no
  ``/shop/``; the notes quote it, store-link helpers emit it) was ``not-a-listing``;
- Tmall's old mobile item page ``a.m.tmall.com/iN.htm`` was read as a page of a store named
  ``a`` (``a.tmall.com``, suggested as the store to file against); the notes do not name the
  host, so it is refused as an unread item page suggesting ``detail.tmall.com``'s link of its
  id, and ``a.m.tmall.com`` is no store;
- the judicial and litigation auction item hosts (``sf-item.taobao.com/sf_item/N.htm``,
  ``susong-item.taobao.com/auction/N.htm``) were read as stores named ``sf-item`` and
  ``susong-item`` (their pages suggested as the store to file against); the notes reserve
  Taobao's service labels (section 12), and the auctions' own ``sf`` and ``paimai`` already were;
- so are Taobao's account pages (``member1.taobao.com/member/fresh/…``; ``member`` was reserved)
  and 1688's open platform and its authorisation host (``open.1688.com/api/…``,
  ``auth.1688.com/…``; ``open`` was reserved on taobao.com and aliexpress.com only);
- a product page under an Alibaba.com store host's language sub-path
  (``<company>.en.alibaba.com/fr_FR/product/N-M/<slug>.html``) was read as the storefront; the
  notes say a ``/product/…`` path under a store host is a listing, not the store, and name the
  language sub-paths only for store pages (``/fr_FR/company_profile.html``), so it is refused
  (its number not taken as an id), not made the store.
"""

from __future__ import annotations

import pytest

from _real_urls import answer, assert_service_host, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('- [Xianyu link for the programmer](https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=626032002165&ut_sk=1.X23p8dbHZsEDAI2wCPftXkIY_21407387_1601553035380.Copy.detail.626032002165.3586168982&forceFlush=1)', 'taobao', 'listing', '626032002165'),  # github-index:44166703199
    ('                clientUtil.doGet("https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=593584048233&ut_sk=1.XCBTu5P64qsDAFmfTaFJ2MDg_12431167_1557367586819.Copy.detail.593584048233.256616410&forceFlush=1",null);', 'taobao', 'listing', '593584048233'),  # github-index:10595490039
    ("h5_url = f'https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id={raw_id}'", None, 'malformed-id', None),  # github-index:53755728006; a template
    ('                string content = Core.Util.GetWebContent("http://store.taobao.com/view_shop.htm?user_number_id=" + shopUserId.Trim(), "GET"', None, 'missing-id', None),  # github-index:25157197756; a template
    ('    "http://store.taobao.com/view_shop.htm?user_number_id=2731750157"', 'taobao', 'storefront', '2731750157'),  # constructed from github-index:46271121422's helper
    ('        doVisitor( "http://a.m.tmall.com/i37505240912.htm");', None, 'not-a-listing', None),  # github-index:28238912802; notes silent: a rejection
    ("    #pic_url = get_pic_url(get_id('http://a.m.tmall.com/i12465295391.htm?id=12465295391'))", None, 'not-a-listing', None),  # github-index:14297906953; notes silent: a rejection
    ('        //http://a.m.tmall.com/i14568464658.htm', None, 'not-a-listing', None),  # github-index:38761403655; notes silent: a rejection
    ('https://a.m.tmall.com/', None, 'not-a-listing', None),  # the host is no store
    ("            'itemUrl': '//sf-item.taobao.com/sf_item/604063958339.htm',", None, 'not-a-listing', None),  # github-index:158542139
    ("        source: 'https://sf-item.taobao.com/sf_item/1064587700541.htm',", None, 'not-a-listing', None),  # github-index:54748648064
    ('        "https://susong-item.taobao.com/auction/123.htm/_____tmd_____/punish?x5s', None, 'not-a-listing', None),  # github-index:71072572936; excerpt
    ('\t\tString securityURL = "http://member1.taobao.com/member/fresh/account_security.htm";', None, 'not-a-listing', None),  # github-index:43811141547
    ("            'account_profile' => 'https://member1.taobao.com/member/fresh/account_profile.htm',", None, 'not-a-listing', None),  # github-index:18435047232
    ('     * @link https://open.1688.com/api/apidocdetail.htm?id=com.alibaba.trade:alibaba.crossBorderPay.url.get-1', None, 'not-a-listing', None),  # github-index:17141943811
    (' * API Docs: https://open.1688.com/', None, 'not-a-listing', None),  # github-index:67405508672
    (' * mock : https://auth.1688.com/dev/tools/auth_test.html', None, 'not-a-listing', None),  # github-index:43236330331
    ('https://goodlcd.en.alibaba.com/fr_FR/product/62454456237-807321088/1_inch_small_epaper_mini_eink_display_for_smart_watch.html', None, 'missing-id', None),  # constructed from github-index:48621318181 and :34618718041; notes silent on the form
    ('https://qzhic.en.alibaba.com/es_ES/product/1600123456789-800000000/Title.html', None, 'missing-id', None),  # constructed; notes silent on the form
    ('https://qzhic.en.alibaba.com/fr_fr/product/1600123456789-800000000/Title.html', None, 'missing-id', None),  # review25: the language path in lower case
    ('https://qzhic.en.alibaba.com/FR_FR/product/1600123456789-800000000/Title.html', None, 'missing-id', None),  # review25: in upper case
    ('https://qzhic.en.alibaba.com/fr_FR/productlist.html', 'alibaba_com', 'storefront', 'qzhic'),  # constructed: a store page
]  # fmt: skip


#: Inputs written for this review from listing-urls.md and from what users paste (share texts,
#: mobile and regional forms, tracking junk), not in the suite before it, with the answer
#: each was judged to need against the notes (the notes' sections are cited in
#: /work/notes/sweep-review24.md); "notes silent" marks a form the notes do not name, whose
#: row records the parser's refusal.
ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('【淘宝】https://m.tb.cn/h.gQ2xYzA?tk=AbCd3fGh1Jk CZ0001 「夏季新款纯棉T恤女宽松🔥」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None),
    ('【淘宝】限时特惠😍「加厚羽绒服」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k MF6563 点击链接直接打开', None, 'short-link', None),
    ('https://m.intl.taobao.com/detail/detail.html?id=714236987150&price=59.9&sourceType=item&suid=ABC&ut_sk=1.x&un=abc&share_crt_v=1&sp_tk=xyz&spm=a2159r.13376460.0.0', 'taobao_or_tmall', 'listing', '714236987150'),
    ('https://h5.m.taobao.com/awp/core/detail.htm?id=623456789012&spm=a1z10.3-c.w4002.1', 'taobao_or_tmall', 'listing', '623456789012'),
    ('http://h5.m.taobao.com/awp/core/detail.htm?spm=686.1000925.0.0.65ecc7c93DZqLU&id=561356305917&ali_trackid=2:mm_1', 'taobao_or_tmall', 'listing', '561356305917'),
    ('https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=652345678901', 'taobao_or_tmall', 'listing', '652345678901'),
    ('https://h5.m.taobao.com/awp/core/detail.htm?itemId=652345678901', 'taobao_or_tmall', 'listing', '652345678901'),
    ('https://world.taobao.com/item/691740234866.htm?spm=a21wu.241046-global.4691948847.3', 'taobao_or_tmall', 'listing', '691740234866'),
    ('https://detail.tmall.hk/hk/item.htm?spm=a220o.1000855.0.0&id=608529032990&skuId=4500000000000', 'tmall_global', 'listing', '608529032990'),
    ('https://detail.tmall.hk/item.htm?id=534668325889&areaId=310100&is_b=1&user_id=2200000000&cat_id=2&rn=abc', 'tmall_global', 'listing', '534668325889'),
    ('https://chaoshi.detail.tmall.com/item.htm?id=520813250866&spm=a3204.17725404.6001', 'tmall', 'listing', '520813250866'),
    ('https://chaoshi.tmall.com/item.htm?id=520813250866', 'tmall', 'listing', '520813250866'),
    ('https://detail.m.1688.com/page/index.htm?offerId=1002685729834&spm=a26g8.7662792', '1688', 'listing', '1002685729834'),
    ('https://shop1460133980340.1688.com/page/offerlist.htm?spm=a2615.7691456', '1688', 'storefront', 'shop1460133980340'),
    ('https://www.alibaba.com/product-detail/Wireless-Earbuds-Bluetooth-5-3_1600123456789.html?spm=a2700.galleryofferlist.normal_offer.d_title.634038883OQveK&s=p', 'alibaba_com', 'listing', '1600123456789'),
    ('https://www.alibaba.com/product-detail/Custom-AAA-Lithium-Coin-Cell-Battery_62567779532.html?spm=a2700.7724857.0.0&s=p#product-description', 'alibaba_com', 'listing', '62567779532'),
    ('https://spanish.alibaba.com/product-detail/Bateria-de-litio_1600984312491.html', 'alibaba_com', 'listing', '1600984312491'),
    ('https://www.aliexpress.us/item/3256804692294345.html?spm=a2g0o.productlist.main.1.5e4a&algo_pvid=abc&gatewayAdapt=glo2usa4itemAdapt', 'aliexpress', 'listing', '3256804692294345'),
    ('https://aliexpress.ru/item/1005003473125481.html?sku_id=12000026000000000', 'aliexpress', 'listing', '1005003473125481'),
    ('https://pt.aliexpress.com/item/1005005123456789.html?gatewayAdapt=glo2bra', 'aliexpress', 'listing', '1005005123456789'),
    ('https://www.lazada.com.my/products/xiaomi-redmi-note-12-i3456789012-s17654321098.html?spm=a2o4k.searchlist.list.1&search=1', 'lazada_my', 'listing', '3456789012'),
    ('https://www.lazada.vn/products/i2638225238.html?spm=a2o4n.searchlist.list.3', 'lazada_vn', 'listing', '2638225238'),
    ('https://www.lazada.co.id/products/sepatu-sneakers-pria-i7012345678-s12345678901.html?c=&channelLpJumpArgs=&clickTrackInfo=query%3A', 'lazada_id', 'listing', '7012345678'),
    ('http://lazada.co.th/products/pdp-i4212266679.html', 'lazada_th', 'listing', '4212266679'),
    ('https://s.lazada.com.my/s.ZkuXG?cc', None, 'short-link', None),
    ('https://www.lazada.sg/shop/xmdgbhc3/?spm=a2o42.pdp_revamp.seller.1.2d&itemId=2896336114&channelSource=pdp', 'lazada_sg', 'storefront', 'xmdgbhc3'),
    ('【闲鱼】https://m.tb.cn/h.4CEhFr0?tk=abc 「九成新switch」点击链接直接打开', None, 'short-link', None),
    ('https://zrzb.tmall.hk/shop/view_shop.htm?spm=a1z10&user_number_id=2130139739&rn=abc', 'tmall_global', 'storefront', 'zrzb'),
    ('https://world.taobao.com/dianpu/57303596.htm?spm=a21wu', 'taobao', 'storefront', '57303596'),
    ('https://www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299', None, 'agent-site', None),
    ('￥AbCdEf1234￥', None, 'short-link', None),
    ('复制这条信息￥qZ8x0aBcDeF￥后打开👉手淘👈', None, 'short-link', None),
    ('https://item.taobao.com/item.htm?spm=a1z10&amp;id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetId=693456789012&shareId=x', 'taobao_or_tmall', 'listing', '693456789012'),
    ('https://main.m.taobao.com/detail/index.html?id=693456789012&hybrid=true', 'taobao_or_tmall', 'listing', '693456789012'),
    ('https://a.m.taobao.com/i551881638423.htm', 'taobao_or_tmall', 'listing', '551881638423'),
    ('https://www.lazada.sg/catalog/?q=iphone', None, 'not-a-listing', None),
    ('https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?titleVisible=false&id=965639435219', 'taobao', 'listing', '965639435219'),  # notes silent
    ('https://www.aliexpress.com/item/Free-shipping-GC-LFB-Pro/552016907.html', 'aliexpress', 'listing', '552016907'),
    ('https://www.aliexpress.com/store/product/jj40-Keyboard/3034003_32828781103.html', 'aliexpress', 'listing', '32828781103'),
    ('https://shop52798901llv53.1688.com/page/index.html', '1688', 'storefront', 'shop52798901llv53'),
    ('【淘宝】https://m.tb.cn/h.5QwErTy?tk=Xy12AbCd3Ef HU9196 「【官方正品】某品牌 运动鞋 男款」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None),
    ('宝贝链接：https://item.taobao.com/item.htm?id=606832683299，快来看看吧！', 'taobao', 'listing', '606832683299'),
    ('【天猫】https://detail.tmall.com/item.htm?id=690091011924&skuId=4911012597025 「保温杯」', 'tmall', 'listing', '690091011924'),
    ('Check this out! https://www.aliexpress.com/item/1005004878609097.html?spm=a2g0o.home.0.0 😍', 'aliexpress', 'listing', '1005004878609097'),
    ('https://m.1688.com/offer/1000507489165.html', '1688', 'listing', '1000507489165'),
    ('https://www.lazada.co.th/products/เสื้อยืด-i4212266679.html', 'lazada_th', 'listing', '4212266679'),
    ('https://www.lazada.co.uk/products/pdp-i4212266679.html', None, 'lookalike-host', None),
    ('https://de.aliexpress.com/item/1005003658392996.html?gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005003658392996'),
    ('https://m.aliexpress.com/i/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://market.m.taobao.com/app/xxx/index.html?spm=abc', None, 'not-a-listing', None),  # notes silent
    ('https://item.taobao.com/item.htm?id=００606832683299', None, 'malformed-id', None),
    ('https://m.1688.com/offer/585943639773.html?offerId=585943639773', '1688', 'listing', '585943639773'),
    ('https://air.1688.com/app/ctf-page/trade-assurance/index.html', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/store/group/Keyboards/1104927695_517876011.html', 'aliexpress', 'storefront', '1104927695'),
    ('https://fr.aliexpress.com/store/1104927695', 'aliexpress', 'storefront', '1104927695'),
    ('https://m.aliexpress.ru/item/1005003473125481.html', 'aliexpress', 'listing', '1005003473125481'),  # notes silent
    ('https://sale.aliexpress.com/__pc/sale.htm', None, 'not-a-listing', None),
    ('https://www.lazada.co.id/products/i7012345678-s12345678901.html', 'lazada_id', 'listing', '7012345678'),
    ('https://lazada.com.ph/products/x-i15593670246.html', 'lazada_ph', 'listing', '15593670246'),
    ('https://www.lazada.vn/shop/mn7k3oup', 'lazada_vn', 'storefront', 'mn7k3oup'),
    ('https://pages.lazada.sg/wow/camp/lazada/megascenario/sg/1111/home', None, 'not-a-listing', None),
    ('https://h5.m.goofish.com/item?id=965639435219&itemId=965639435219', 'taobao', 'listing', '965639435219'),  # notes silent
    ('https://www.goofish.com/item?id=965639435219&itemId=111111111111', None, 'conflicting-ids', None),
    ('https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=623456789012&ut_sk=1.x', 'taobao', 'listing', '623456789012'),
    ('https://shop118454188.taobao.com/category.htm?search=y', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com/shop/view_shop.htm?spm=a1z10.1-b.0.0', 'tmall', 'storefront', 'uniqlo'),
    ('https://uniqlo.tmall.com/search.htm?search=y', None, 'not-a-listing', None),
    ('https://list.tmall.com/search_product.htm?q=abc', None, 'not-a-listing', None),
    ('https://shop0.taobao.com', None, 'not-a-listing', None),  # notes silent
    ('https://shop12.taobao.com', None, 'not-a-listing', None),  # notes silent
    ('https://www.alibaba.com/product-detail/1600123456789.html', None, 'missing-id', None),  # notes silent
    ('https://www.alibaba.com/showroom/bluetooth-earbuds.html', None, 'not-a-listing', None),
    ('https://www.alibaba.com/trade/search?SearchText=abc', None, 'not-a-listing', None),
    ('https://funcoo.en.alibaba.com/product/1600123456789-800000000/Title.html', 'alibaba_com', 'listing', '1600123456789'),
    ('https://french.alibaba.com/p-detail/Batterie-1600984312491.html', 'alibaba_com', 'listing', '1600984312491'),
    ('https://www.alibaba.com/x/Aa1Bb2?ck=pdp', None, 'short-link', None),
    ('https://item.taobao.com/item.htm?id=606832683299😍', 'taobao', 'listing', '606832683299'),
    ('https://detail.tmall.com/item.htm?id=690091011924」', 'tmall', 'listing', '690091011924'),
    ('http://item.taobao.com:80/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=606832683299%20', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=00606832683299', None, 'malformed-id', None),
    ('https://detail.m.tmall.hk/item.htm?id=608529032990', 'tmall_global', 'listing', '608529032990'),
    ('https://detail.tmall.com/item.htm?item_id=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://item.jd.com/100012043978.html', None, 'not-alibaba-host', None),
    ('https://tb.cn/x7aBcD', None, 'short-link', None),
    ('https://s.tb.cn/h.abcd', None, 'short-link', None),
    ('https://ai.taobao.com/search/index.htm?key=abc', None, 'not-a-listing', None),
    ('https://taobao.com/item.htm?id=606832683299', None, 'not-a-listing', None),  # notes silent
    ('https://item.taobao.com/item.htm?id=606832683299&sku_properties=20509:28315;1627207:28341', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=606832683299&ali_refid=a3_430582_1006:1106190096:N:abc', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=606832683299 😍😍 好物推荐！！', 'taobao', 'listing', '606832683299'),
    ('【淘宝】https://m.tb.cn/h.5QwErTy?tk=Xy12AbCd3Ef「title」', None, 'short-link', None),
    ('https://detail.tmall.com/item.htm?abbucket=1&id=690091011924&ns=1&skuId=4911012597025&spm=a21n57.1.0.0.4f2a523c', 'tmall', 'listing', '690091011924'),
    ('https://aliexpress.com/item/1005004878609097.html?src=google&aff_fcid=abc&aff_fsk=abc&aff_platform=link-c-tool&sk=abc', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/item/1005004878609097.html?spm=a2g0o.productlist.main.1.5e4a&algo_pvid=4d0&algo_exp_id=4d0-0&pdp_npi=4%40dis%21USD%2112.99%2110.99%21%21%21&curPageLogUid=abc', 'aliexpress', 'listing', '1005004878609097'),
    ('https://star.aliexpress.com/share/share.htm?platform=WhatsApp&redirectUrl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html', None, 'short-link', None),  # notes silent
    ('https://click.aliexpress.com/e/_DD2I7Ox', None, 'short-link', None),
    ('https://uland.taobao.com/item/edetail?id=AbCdEf', None, 'not-a-listing', None),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?spm=a2o42.home.flashSale.1.abc&mp=1&clickTrackInfo=abc&laz_trackid=2:mm_1', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?&itemId=999', None, 'conflicting-ids', None),  # urls41: itemId names another item
    ('https://item.taobao.com/item.htm?id=606832683299&itemId=606832683300', None, 'conflicting-ids', None),
    ('https://detail.tmall.com/item.htm?id=690091011924#', 'tmall', 'listing', '690091011924'),
    ('https://www.aliexpress.com/item/1005004878609097.html#nav-specification', 'aliexpress', 'listing', '1005004878609097'),
    ('http://detail.1688.com/offer/585943639773.html?sk=consign', '1688', 'listing', '585943639773'),
    ('https://m.1688.com/offer/abc.html', None, 'malformed-id', None),  # notes silent
    ('https://m.intl.taobao.com/detail/detail.html?id=714236987150&itemId=714236987151', None, 'conflicting-ids', None),
    ('https://www.goofish.com/item?id=965639435219&spm=a21ybx.item.0.0', 'taobao', 'listing', '965639435219'),
    ('https://h5.m.goofish.com/item?id=1065574393669&ut_sk=1.abc&forceFlush=1&hitNativeDetail=true', 'taobao', 'listing', '1065574393669'),  # notes silent
    ('【淘宝】https://m.tb.cn/h.TzQ1x2y?tk=8Fz9dWJkXyZ「2024新款女装 连衣裙」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None),
    ('9👈复制本条信息￥CZ3457 AbCdEfGhIjK￥打开【淘寶】APP查看「好物」', None, 'not-a-url', None),
    ('【闲鱼】https://m.tb.cn/h.5abc123 「我在闲鱼发布了【九成新 Switch OLED】」', None, 'short-link', None),
    ('点击链接，再选择浏览器咖啡😉 https://item.taobao.com/item.htm?id=714236987150&spm=a1z10.1-c.w4004.1', 'taobao', 'listing', '714236987150'),
    ('【天猫超市】https://chaoshi.detail.tmall.com/item.htm?id=520813250866 蒙牛纯牛奶', 'tmall', 'listing', '520813250866'),
    ('【阿里巴巴】https://detail.1688.com/offer/585943639773.html?spm=a26352.13672862.offerlist.1，厂家直销', '1688', 'listing', '585943639773'),
    ('https://qr.1688.com/s/AbC12345 复制链接，打开【阿里巴巴】APP查看', None, 'short-link', None),
    ('Hey check this out: https://a.aliexpress.com/_mK7xyZq', None, 'short-link', None),
    ('I found this on AliExpress: Wireless Earbuds\\nhttps://a.aliexpress.com/_EJk9Xyz', None, 'short-link', None),
    ('Check out this product on Lazada https://s.lazada.com.ph/s.Zd12X?cc', None, 'short-link', None),
    ('Lihat produk ini di Lazada: https://s.lazada.co.id/s.abcDE', None, 'short-link', None),
    ('Xem sản phẩm này trên Lazada https://s.lazada.vn/s.IjKlM', None, 'short-link', None),
    ('ดูสินค้านี้ใน Lazada https://s.lazada.co.th/s.ZkuXG?dsource=share&laz_share_info=123_1_9300_123_123_0&laz_token=abc', None, 'short-link', None),
    ('https://www.lazada.com.my/products/xiaomi-i3456789012-s17654321098.html?dsource=share&laz_share_info=1&laz_token=abc', 'lazada_my', 'listing', '3456789012'),
    ('https://www.lazada.vn/products/tai-nghe-bluetooth-i2638225238-s12498765432.html?exlaz=d_1:mm_150050845_51350205_2010350205::12:12345!123!abc&mp=1', 'lazada_vn', 'listing', '2638225238'),
    ('https://www.lazada.co.th/products/%E0%B9%80%E0%B8%AA%E0%B8%B7%E0%B9%89%E0%B8%AD-i4212266679.html', 'lazada_th', 'listing', '4212266679'),
    ('https://m.lazada.co.th/products/pdp-i4212266679.html', None, 'not-a-listing', None),  # notes silent
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html/', None, 'missing-id', None),  # notes silent
    ('https://www.lazada.sg/shop/xmdgbhc3/?path=index.htm&lang=en&pageTypeId=1', 'lazada_sg', 'storefront', 'xmdgbhc3'),
    ('https://www.lazada.co.id/shop/unilever-indonesia/?itemId=7012345678&channelSource=pdp', 'lazada_id', 'storefront', 'unilever-indonesia'),
    ('https://www.aliexpress.com/item/1005004878609097.html?gatewayAdapt=glo2usa&_randl_shipto=US', 'aliexpress', 'listing', '1005004878609097'),
    ('https://ko.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://m.es.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://vi.aliexpress.com/item/1005004878609097.html?spm=a2g0o.order_list', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/store/2990025?spm=a2g0o.store_pc_home.pcShopHead_12345.0', 'aliexpress', 'storefront', '2990025'),
    ('https://aliexpress.com/store/2990025/search?SearchText=abc', 'aliexpress', 'storefront', '2990025'),
    ('https://fr.aliexpress.com/store/feedback-score/2990025.html', 'aliexpress', 'storefront', '2990025'),
    ('https://www.alibaba.com/product-detail/Hot-Sale-Wireless-Earbuds_1601278044973.html?spm=a2700.details.you_may_like.2.abc', 'alibaba_com', 'listing', '1601278044973'),
    ('https://m.alibaba.com/product/1601278044973/Hot-Sale-Wireless-Earbuds.html?__sceneInfo=abc', 'alibaba_com', 'listing', '1601278044973'),
    ('https://es.alibaba.com/product-detail/Auriculares-inalambricos_1601278044973.html', 'alibaba_com', 'listing', '1601278044973'),
    ('https://german.alibaba.com/p-detail/Kopfh%C3%B6rer-1601278044973.html', 'alibaba_com', 'listing', '1601278044973'),
    ('https://funcoo.en.alibaba.com/company_profile.html?spm=a2700.shop_index.88.25', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.en.alibaba.com/productgrouplist-803123456/Earbuds.html', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://www.alibaba.com/company/funcoo.html', None, 'not-a-listing', None),  # notes silent
    ('https://shop1460133980340.1688.com/page/index.html?spm=a2615.2177701.wp_pc_common_topnav.0', '1688', 'storefront', 'shop1460133980340'),
    ('https://shop1460133980340.1688.com/page/creditdetail.htm', '1688', 'storefront', 'shop1460133980340'),
    ('https://detail.1688.com/offer/585943639773.html?offerId=585943639773&sk=order', '1688', 'listing', '585943639773'),
    ('https://m.1688.com/offer/585943639773.html?src=desktop', '1688', 'listing', '585943639773'),
    ('https://detail.m.1688.com/page/index.html?offerId=585943639773', '1688', 'listing', '585943639773'),
    ('https://winport.m.1688.com/page/index.html?memberId=b2b-2546450021uezz8', None, 'not-a-listing', None),  # notes silent
    ('https://detail.tmall.com/item.htm?id=690091011924&ali_refid=a3_430673_1006:1102522391:N:abc&ali_trackid=1_abc&spm=a21n57.1.0.0', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.1a2b3c4d&id=690091011924&areaId=330100&user_id=2200000000&cat_id=2&is_b=1&rn=abc', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924&skuId=4911012597025&sku_properties=1627207:28341&from=cart', 'tmall', 'listing', '690091011924'),
    ('https://detail.m.tmall.com/item.htm?spm=a1z10&id=42496288663', 'tmall', 'listing', '42496288663'),
    ('https://world.tmall.com/item/44320847678.htm', None, 'not-a-listing', None),  # notes silent
    ('https://apple.tmall.com/?spm=a220o.1000855.1997427721.d4918089.abc', 'tmall', 'storefront', 'apple'),
    ('https://zrzb.tmall.hk/search.htm?spm=a1z10.1-b-s.w5001', None, 'not-a-listing', None),
    ('https://shop118454188.taobao.com/?spm=a230r.7195193.1997079397.2.abc', 'taobao', 'storefront', '118454188'),
    ('https://shop118454188.taobao.com/index.htm?spm=a1z10.1-c-s.w5002.1&search=y', 'taobao', 'storefront', '118454188'),
    ('https://store.taobao.com/shop/view_shop.htm?appUid=RAzN8HWKXs&spm=a230r.7195193', None, 'missing-id', None),
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157&spm=a1z10', 'taobao', 'storefront', '2731750157'),
    ('https://item.taobao.com/item.htm?id=714236987150&ns=1&abbucket=14&mi_id=0000abc#detail', 'taobao', 'listing', '714236987150'),
    ('https://item.taobao.com/item.htm?ut_sk=1.XB&id=714236987150&sourceType=item&price=59.9&suid=abc&shareUniqueId=123&un=abc&share_crt_v=1&un_site=0&spm=a2159r.13376460.0.0&sp_abtk=common_0_commonInfo&tbSocialPopKey=shareItem&sp_tk=abc&cpp=1&shareurl=true&short_name=h.UxaBc&bxsign=scdabc&tk=abc&app=chrome', 'taobao', 'listing', '714236987150'),
    ('https://h5.m.taobao.com/awp/core/detail.htm?ft=t&id=623456789012&hybrid=true', 'taobao_or_tmall', 'listing', '623456789012'),
    ('https://main.m.taobao.com/security-h5-detail/home?id=714236987150&spm=a2141.7631564', 'taobao_or_tmall', 'listing', '714236987150'),
    ('https://m.intl.taobao.com/detail/detail.html?id=714236987150&short_name=h.gQ2xYzA&sourceType=item', 'taobao_or_tmall', 'listing', '714236987150'),
    ('https://item.taobao.com/item.htm?id=714236987150&skuId=5000000000000', 'taobao', 'listing', '714236987150'),
    ('https://h5.m.goofish.com/item?id=965639435219&ut_sk=1.abc_12431167_1&forceFlush=1&hitNativeDetail=true&from=share', 'taobao', 'listing', '965639435219'),  # notes silent
    ('https://www.goofish.com/item?id=965639435219&categoryId=125952002&spm=a21ybx.search.searchFeedList.1.abc', 'taobao', 'listing', '965639435219'),
    ('https://www.goofish.com/item?spm=a21ybx.home.feedsCnxh.3.abc&id=1065574393669', 'taobao', 'listing', '1065574393669'),
    ('https://www.goofish.com/personal?spm=a21ybx.item.itemHeader.1.abc&userId=1666703902', 'taobao', 'storefront', '1666703902'),
    ('https://2.taobao.com/item.htm?id=543176478313&spm=2007.1000337.6.2.abc', 'taobao', 'listing', '543176478313'),
    ('https://detail.tmall.hk/hk/item.htm?id=608529032990&id=608529032991', None, 'conflicting-ids', None),
    ('tmall://page.tm/itemDetail?id=690091011924', None, 'scheme-not-allowed', None),
    ('https://item.taobao.com/item.htm?id=606832683299 https://item.taobao.com/item.htm?id=606832683300', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?&id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=606832683299?spm=a1z10.1-c.0.0', None, 'malformed-id', None),  # notes silent
    ('https://detail.tmall.com/item.htm?spm=a220o.1000855?id=690091011924', None, 'missing-id', None),
    ('https://detail.tmall.com/item.htm?id=690091011924&amp;skuId=123', 'tmall', 'listing', '690091011924'),
    ('HTTPS://DETAIL.1688.COM/OFFER/585943639773.HTML', None, 'not-a-listing', None),
    ('https://www.AliExpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/item/1005004878609097.html?pdp_ext_f=%7B%22sku_id%22%3A%2212000031234567890%22%7D', 'aliexpress', 'listing', '1005004878609097'),
    ('https://m.aliexpress.com/store/storeHome.htm?sellerAdminSeq=200042360', None, 'missing-id', None),  # notes silent
    ('https://aliexpress.com/i/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/item/1005004878609097.html?srcSns=sns_Copy&spreadType=socialShare&bizType=ProductDetail&social_params=60000&aff_fcid=abc&tt=MG&aff_fsk=_DD2I7Ox&aff_platform=default&sk=_DD2I7Ox&aff_trace_key=abc&shareId=123&businessType=ProductDetail&platform=AE&terminal_id=abc&afSmartRedirect=y', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.lazada.sg/products/pdp-i02896336114.html', None, 'malformed-id', None),
    ('https://m.goofish.com/item?id=965639435219', None, 'not-a-listing', None),  # notes silent
    ('=HYPERLINK("https://detail.tmall.com/item.htm?id=690091011924","link")', 'tmall', 'listing', '690091011924'),
    ('https://www.alibaba.com/product-detail/New-Arrival-2024_1601278044973.html?spm=a27aq.cp_33&from=detail&productId=1601278044973', 'alibaba_com', 'listing', '1601278044973'),
    ('https://www.alibaba.com/product-detail/New-Arrival-2024_1601278044973.html?productId=1601278044974', 'alibaba_com', 'listing', '1601278044973'),
    ('https://detail.m.1688.com/page/index.htm?offerId=585943639773&sortType=&pageId=&abtest=&src=mobile', '1688', 'listing', '585943639773'),
    ('https://detail.1688.com/offer/585943639773.html?spm=a360q.8274423.0.0.abc&sk=consign&hotSaleSkuId=123', '1688', 'listing', '585943639773'),
    ('https://detail.tmall.com/item.htm?itemId=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924&itemId=', 'tmall', 'listing', '690091011924'),
    ('https://www.taobao.com/list/item/758067992163.htm?id=758067992163', 'taobao', 'listing', '758067992163'),
    ('https://a.m.taobao.com/i551881638423.htm?id=551881638424', None, 'conflicting-ids', None),
    ('https://world.taobao.com/item/691740234866.htm?spm=a21wu&id=691740234866', 'taobao_or_tmall', 'listing', '691740234866'),
    ('https://shop118454188.taobao.com/shop/view_shop.htm?user_number_id=', 'taobao', 'storefront', '118454188'),
    ('https://shop118454188.taobao.com/index.htm?user_number_id=2657188013', 'taobao', 'storefront', '118454188'),
    ('https://www.taobao.com/list/item/758067992163.htm/', None, 'missing-id', None),  # notes silent
    ('https://detail.tmall.com/item.htm/?id=690091011924', None, 'not-a-listing', None),  # notes silent
    ('https://detail.tmall.com//item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924%23detail', None, 'malformed-id', None),
    ('https://detail.tmall.com/item.htm?id%3D690091011924', 'tmall', 'listing', '690091011924'),
    ('https://uniqlo.tmall.com/category-1234567890.htm', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com/p/rd123456.htm', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com/view_shop.htm', None, 'not-a-listing', None),
    ('https://lyb2528.taobao.com/shop/view_shop.htm?spm=a1z10.1-c-s.0.0&user_number_id=2731750157', 'taobao', 'storefront', 'lyb2528'),
    ('https://store.taobao.com/view_shop.htm?user_number_id=2731750157', 'taobao', 'storefront', '2731750157'),
    ('https://item.taobao.com/item.htm?id=606832683299&spm=a1z10.1-c-s.w4004-21231.1.5f9d3d0cBVLHhK#', 'taobao', 'listing', '606832683299'),
    ('https://www.lazada.com.my/products/pdp-i3456789012.html?spm=a2o4k.pdp_revamp.recommendation_1.1.abc&scm=1007.38553.252219.0&clickTrackInfo=abc', 'lazada_my', 'listing', '3456789012'),
    ('https://www.lazada.vn/products/i2638225238-s12498765432.html?', 'lazada_vn', 'listing', '2638225238'),
    ('https://www.lazada.co.th/products/-i4212266679.html', 'lazada_th', 'listing', '4212266679'),
    ('https://www.lazada.co.th/products/i4212266679-s.html', None, 'missing-id', None),  # notes silent
    ('https://www.lazada.co.id/products/pdp-i7012345678-s12345678901.html?search=1&freeshipping=1', 'lazada_id', 'listing', '7012345678'),
    ('https://detail.tmall.hk/hk/item.htm?id=608529032990&spm=a1z10.5-b-s&skuId=5000', 'tmall_global', 'listing', '608529032990'),
    ('https://detail.tmall.hk/hk/item_o.htm?id=608529032990', None, 'not-a-listing', None),  # notes silent
    ('https://chaoshi.detail.tmall.com/item.htm?spm=a3204.7933263.0.0&id=520813250866&skuId=4294967296', 'tmall', 'listing', '520813250866'),
    ('https://detail.m.tmall.com/item.htm?id=42496288663#modal=sku', 'tmall', 'listing', '42496288663'),
    ('https://uniqlo.m.tmall.com/shop/shop_auction_search.htm?sort=default', None, 'not-a-listing', None),
    ('https://weactstudio.aliexpress.com/store/1104927695', 'aliexpress', 'storefront', '1104927695'),
    ('https://weactstudio.aliexpress.com/store/1104927695/pages/all-items.html?spm=a2g0o.store_pc_home', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com/store/1104927695?spm=a2g0o.detail.100005.2.abc&shop_type=1', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.us/item/3256804692294345.html?gatewayAdapt=glo2usa&_randl_shipto=US', 'aliexpress', 'listing', '3256804692294345'),
    ('https://www.aliexpress.com/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),
    ('https://nl.aliexpress.com/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),
    ('https://ar.aliexpress.com/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),  # notes silent
    ('https://jp.aliexpress.com/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),  # notes silent
    ('https://tr.aliexpress.com/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),  # notes silent
    ('https://aliexpress.ru/item/32884675724.html?sku_id=1', 'aliexpress', 'listing', '32884675724'),
    ('https://m.aliexpress.ru/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),  # notes silent
    ('https://www.aliexpress.ru/item/32884675724.html', 'aliexpress', 'listing', '32884675724'),  # notes silent
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D693456789012', 'taobao_or_tmall', 'listing', '693456789012'),
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=SHOP&targetId=693456789012', None, 'not-a-listing', None),
    ('https://shop1434560114962.cn.1688.com/page/offerlist_12345.htm', '1688', 'storefront', 'shop1434560114962'),
    ('https://shop22z822h65h113.1688.com/page/offerlist.htm?spm=a2615', '1688', 'storefront', 'shop22z822h65h113'),
    ('https://yxrywy8.1688.com/', '1688', 'storefront', 'yxrywy8'),
    ('https://s.alibaba.com/abcdEF', None, 'short-link', None),
    ('https://aliexpress.ru/e/_DmKjL9C', None, 'short-link', None),
    ('https://h5.m.taobao.com/awp/core/detail.htm?item_id=623456789012', 'taobao_or_tmall', 'listing', '623456789012'),
    ('https://zrzb.tmall.hk/shop/view_shop.htm?spm=a1z10&user_number_id=2130139739', 'tmall_global', 'storefront', 'zrzb'),
    ('https://uniqlo.tmall.com/shop/view_shop.htm?user_number_id=196993935', 'tmall', 'storefront', 'uniqlo'),
    ('https://www.alibaba.com/product-detail/x_1600123456789.html?spm=a2700.shop_plgr.41413.1', 'alibaba_com', 'listing', '1600123456789'),
    ('https://wholesaler.alibaba.com/product-detail/GFB_1906993224.html', 'alibaba_com', 'listing', '1906993224'),
    ('https://auth.lazada.com/oauth/authorize', None, 'not-a-listing', None),
    ('https://s.taobao.com/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99&imgfile=&js=1', None, 'not-a-listing', None),
    ('https://lazada.evil.com/products/pdp-i1.html', None, 'lookalike-host', None),
    ('https://tmall.com.evil.cn/item.htm?id=690091011924', None, 'lookalike-host', None),
    ('https://www.lazada.co.uk/products/pdp-i1234567890.html', None, 'lookalike-host', None),
    ('https://lazada.co.th/products/xyz.html', None, 'missing-id', None),
    ('https://item.taobao.com/item.htm?id=10050048786O9097', None, 'malformed-id', None),
    ('【淘宝】https://item.taobao.com/item.htm?id=606832683299「夏季新款」', 'taobao', 'listing', '606832683299'),
    ('宝贝：https://detail.tmall.com/item.htm?id=690091011924。', 'tmall', 'listing', '690091011924'),
    ('链接👉https://detail.tmall.com/item.htm?id=690091011924👈', 'tmall', 'listing', '690091011924'),
    ('（https://detail.tmall.com/item.htm?id=690091011924）', 'tmall', 'listing', '690091011924'),
    ('“https://detail.tmall.com/item.htm?id=690091011924”', 'tmall', 'listing', '690091011924'),
    ('《https://detail.tmall.com/item.htm?id=690091011924》', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924\u3000全角空格', 'tmall', 'listing', '690091011924'),
    ('\u200bhttps://detail.tmall.com/item.htm?id=690091011924\u200b', 'tmall', 'listing', '690091011924'),
    ('\ufeffhttps://detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924！！！', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924～', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924、https://detail.tmall.com/item.htm?id=690091011925', 'tmall', 'listing', '690091011924'),
    ('1、https://detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('①https://detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('#1 https://detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('- https://detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('* [商品](https://detail.tmall.com/item.htm?id=690091011924)', 'tmall', 'listing', '690091011924'),
    ('【1688】https://detail.1688.com/offer/585943639773.html?spm=a26352「工厂直销」', '1688', 'listing', '585943639773'),
    ('【阿里巴巴】「手机壳」 https://qr.1688.com/s/7OnLCakq 👈长按复制打开', None, 'short-link', None),
    ('¡Mira este producto en AliExpress! https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None),
    ('Смотри, что я нашёл на AliExpress! https://aliexpress.ru/item/1005003473125481.html?sku_id=1', 'aliexpress', 'listing', '1005003473125481'),
    ('Смотри https://aliexpress.ru/item/1005003473125481.html，', 'aliexpress', 'listing', '1005003473125481'),
    ('https://www.lazada.co.th/products/เสื้อยืด-oversize-i4212266679-s17654321098.html?spm=a2o4m', 'lazada_th', 'listing', '4212266679'),
    ('https://www.lazada.vn/products/ao-thun-nam-i2638225238.html?spm=a2o4n.home.just4u.1 😍', 'lazada_vn', 'listing', '2638225238'),
    ('https://www.aliexpress.com/item/1005004878609097.html?spm=a2g0o.home.0.0。', 'aliexpress', 'listing', '1005004878609097'),
    ('https://item.taobao.com/item.htm?id=606832683299…', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?spm=a1z10&id=6068326…', None, 'malformed-id', None),
    ('item.taobao.com/item.htm?id=606832683299，麻烦看一下', 'taobao', 'listing', '606832683299'),
    ('淘宝店铺：shop118454188.taobao.com', 'taobao', 'storefront', '118454188'),
    ('天猫店：https://uniqlo.tmall.com，欢迎光临', 'tmall', 'storefront', 'uniqlo'),
    ('闲鱼：https://www.goofish.com/item?id=965639435219（已售）', 'taobao', 'listing', '965639435219'),
    ('https://www.goofish.com/item?id=965639435219&categoryId=125952002，这个', 'taobao', 'listing', '965639435219'),
    ('https://detail.tmall.com/item.htm?id=690091011924 https://detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924&id=690091011924', 'tmall', 'listing', '690091011924'),
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(
    ("url", "suggestion"),
    [
        ("http://a.m.tmall.com/i37505240912.htm", "https://detail.tmall.com/item.htm?id=37505240912"),
        ("https://a.m.tmall.com/i12465295391.htm?id=12465295391",
         "https://detail.tmall.com/item.htm?id=12465295391"),
        ("https://a.m.tmall.com/i12465295391.htm?id=12465295392", None),
        ("https://a.m.tmall.com/", None),
        ("https://a.m.tmall.com/index.htm", None),
    ],
)  # fmt: skip
def test_old_mobile_tmall_item_page_is_no_store(url: str, suggestion: str | None) -> None:
    """``a.m.tmall.com`` is Tmall's old mobile item host, not the mobile view of a store named
    ``a``: its item page suggests the item's Tmall link to check, and nothing suggests a store."""
    for _ in range(2):  # the second sighting answers the same (caches)
        result = parse_listing(url)
        assert result.code == "not-a-listing"
        assert result.suggestion == suggestion
        assert "tmall.com/ (its item list" not in (result.reason or "")
        assert parse_slowly(url) == result


def test_real_mobile_tmall_stores_stay_stores() -> None:
    assert answer("https://uniqlo.m.tmall.com/") == ("tmall", "storefront", "uniqlo")
    assert answer("https://am.m.tmall.com/") == ("tmall", "storefront", "am")


@pytest.mark.parametrize(
    "host",
    [
        "sf-item.taobao.com",
        "susong-item.taobao.com",
        "member1.taobao.com",
        "open.1688.com",
        "auth.1688.com",
        "open.cn.1688.com",  # review25: the reserved labels on the legacy cn.1688.com hosts
        "www.cn.1688.com",
    ],
)
def test_service_hosts_are_no_stores(host: str) -> None:
    """Taobao's auction item and account hosts and 1688's open platform are services, not
    stores: their pages suggest no store to file against."""
    assert_service_host(host)
    result = parse_listing(f"https://{host}/sf_item/604063958339.htm")
    assert (result.code, result.suggestion) == ("not-a-listing", None)
    assert "page of the store" not in (result.reason or "")
