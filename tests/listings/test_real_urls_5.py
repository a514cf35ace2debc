"""Sweep 5 of real and hostile listing URLs (listing-urls.md, every section; notes in
/work/notes/sweep-urls5.md): one row per input with the answer the document requires.

Each row is ``(input, platform, kind_or_code, id)``: a listing or storefront gives its platform,
kind and id; a rejection gives ``None``, its code and ``None``. The rows are the spec's own
examples and its §0 normalisation steps (share text, scheme, case, ports, userinfo, encoded and
HTML-escaped queries, fragments, duplicate ids, agents), the §1-§8 forms per marketplace with
mobile, regional and language hosts, the §10 short links and the §11 lookalikes and
non-listing pages. The parser, the ``ipprules listings`` CLI, the batch path and the columnar
kernel must all give the same answer.

The rows that failed before this sweep's fixes:

- ``detail.m.1688.com/page/index.html?offerId=N`` (the ``.html`` spelling of §4's mobile H5
  form, the one 1688's current search cards link to) was ``not-a-listing``;
- the Alibaba.com language sites' ``/p-detail/<Slug>-N.html`` listing links were
  ``not-a-listing`` (see ``P_DETAIL``);
- ``h5.aliexpress.com/item/N.html`` (AliExpress's AMP host) was ``missing-id`` ("no valid
  id"), and ``h5.``, ``wap.``, ``api.``, ``img.``... at the root of 1688, Tmall Global, AliExpress
  (and ``wap.``/``huodong.`` of Taobao) were vanity storefronts (see ``TECHNICAL_HOSTS``);
- ``item.htm?id=N%26ns%3D1`` (the rest of a double-encoded query inside the id's value) was
  ``malformed-id``; only ``abbucket=6%26id=N%26ns=1`` was decoded and retried (see
  ``DOUBLE_ENCODED``);
- a Lazada shop slug or Xianyu user token alone on its line kept sentence punctuation after it
  in its id (``…/shop/abc.`` was ``abc.``), and a store host alone on its line followed by
  ``)``, ``,``, ``!`` or ``.`` was a lookalike, unlike the same link after a word
  (``SENTENCE_END``);
- a link with a decoded slug followed by full-width punctuation, a zero-width space or an HTML
  quote (``…-i4212266679.html，谢谢``) was ``missing-id`` (``GLUED_AFTER_SLUG``);
- §7's unverified Lazada forms (``www.lazada.{tld}/i{id}.html`` and root-path brand pages) were
  rejected as a "search, category, cart, login, API or home page" (see ``test_lazada_unverified``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from _real_urls import (
    answer,
    table_tests,
)
from ipprules.listings import parse_listing

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.7d2d2e8dUzVLP4&id=606832683299&_u=71cflvne632', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.html?id=674029285425', 'taobao', 'listing', '674029285425'),
    ('http://h5.m.taobao.com/awp/core/detail.htm?spm=686.1000925.0.0.65ecc7c93DZqLU&id=561356305917', 'taobao_or_tmall', 'listing', '561356305917'),
    ('http://a.m.taobao.com/i35081419154.htm', 'taobao_or_tmall', 'listing', '35081419154'),
    ('//a.m.taobao.com/i551881638423.htm', 'taobao_or_tmall', 'listing', '551881638423'),
    ('https://m.intl.taobao.com/detail/detail.html?id=993154784090&price=199&tk=nyXpT7VA7lt&short_name=h.8IcTrtZuTU19ieN', 'taobao_or_tmall', 'listing', '993154784090'),
    ('https://main.m.taobao.com/detail/index.html?id=606832683299&hybrid=true', 'taobao_or_tmall', 'listing', '606832683299'),
    ('https://world.taobao.com/item/691740234866.htm', 'taobao_or_tmall', 'listing', '691740234866'),
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetId=606832683299', 'taobao_or_tmall', 'listing', '606832683299'),
    ('https://h5.m.taobao.com/awp/core/detail.htm?itemId=606832683299', 'taobao_or_tmall', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?itemId=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?item_id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?abbucket=6%26id=674029285425%26ns=1', 'taobao', 'listing', '674029285425'),
    ('https://item.taobao.com/item.htm?spm=x&amp;id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=606832683299#detail', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=606832683299&id=606832683300', None, 'conflicting-ids', None),
    ('https://item.taobao.com/item.htm?id=606832683299&id=606832683299', 'taobao', 'listing', '606832683299'),
    ('taobao://item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None),
    ('HTTPS://ITEM.TAOBAO.COM/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),
    ('Http://Item.Taobao.Com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),
    ('http://item.taobao.com@evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://user@item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://user:pw@item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com.evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item-taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.tаobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com/item.htm?id=60683268329a', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=', None, 'missing-id', None),
    ('https://item.taobao.com/item.htm?spm=abc', None, 'missing-id', None),
    ('https://item.taobao.com/item.htm?id=12345', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=0606832683299', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=1234567890123456', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=1234567', 'taobao', 'listing', '1234567'),
    ('https://shop118454188.taobao.com/index.htm?spm=2013.1.w5002-17867322799.2.212f5cb16nqwNP', 'taobao', 'storefront', '118454188'),
    ('https://weactstudio.taobao.com', 'taobao', 'storefront', 'weactstudio'),
    ('https://lyb2528.taobao.com/index.htm', 'taobao', 'storefront', 'lyb2528'),
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157', 'taobao', 'storefront', '2731750157'),
    ('https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013', 'taobao', 'storefront', '137594360'),
    ('https://shop57074988.world.taobao.com/', 'taobao', 'storefront', '57074988'),
    ('https://runcam.world.taobao.com', 'taobao', 'storefront', 'runcam'),
    ('https://792758921.world.taobao.com/shop/view_shop.htm?user_number_id=155126737', 'taobao', 'storefront', '792758921'),
    ('https://world.taobao.com/dianpu/57303596.htm?spm=a', 'taobao', 'storefront', '57303596'),
    ('https://s.taobao.com/search?q=shoes', None, 'not-a-listing', None),
    ('https://cart.taobao.com/cart.htm', None, 'not-a-listing', None),
    ('https://login.taobao.com/member/login.jhtml', None, 'not-a-listing', None),
    ('https://www.taobao.com/', None, 'not-a-listing', None),
    ('https://taobao.com', None, 'not-a-listing', None),
    ('https://h5.m.taobao.com/cart/order.html', None, 'not-a-listing', None),
    ('https://m.tb.cn/h.4CEhFr0?sm=70d491', None, 'short-link', None),
    ('【淘宝】「title」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k CZ356', None, 'short-link', None),
    ('https://c.tb.cn/e1.zfrswwh', None, 'short-link', None),
    ('￥oDuI8ZZ00nSaf￥', None, 'short-link', None),
    ('https://s.click.taobao.com/t?e=abc', None, 'short-link', None),
    ('https://detail.tmall.com/item.htm?_u=71cflvn418d&id=690091011924&spm=a1z09.2.0.0.7d2d2e8dUzVLP4&skuId=4911012597025', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item_o.htm?id=674029285425&pcdegrade=true&de_count=1', 'tmall', 'listing', '674029285425'),
    ('https://chaoshi.detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://uniqlo.tmall.com/', 'tmall', 'storefront', 'uniqlo'),
    ('https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560', 'tmall', 'storefront', 'zuiqingfeng'),
    ('https://uniqlo.m.tmall.com', 'tmall', 'storefront', 'uniqlo'),
    ('https://list.tmall.com/search_product.htm?q=x', None, 'not-a-listing', None),
    ('https://detail.tmall.com/', None, 'missing-id', None),
    ('https://www.tmall.com/', None, 'not-a-listing', None),
    ('https://fake-tmall.com/item.htm?id=690091011924', None, 'lookalike-host', None),
    ('https://detail.tmall.hk/hk/item.htm?id=608529032990', 'tmall_global', 'listing', '608529032990'),
    ('https://detail.tmall.hk/item.htm?id=534668325889&skuId=1&areaId=2&is_b=1&user_id=3&cat_id=4&rn=5', 'tmall_global', 'listing', '534668325889'),
    ('https://zrzb.tmall.hk/shop/view_shop.htm?spm=x&user_number_id=2130139739&rn=y', 'tmall_global', 'storefront', 'zrzb'),
    ('https://detail.1688.com/offer/585943639773.html?spm=a261p.8650809.0.0.6e476328Bt7AQv&tracelog=cps&clickid=e4f7eaf54a50c5a293338d5f39f68907', '1688', 'listing', '585943639773'),
    ('http://m.1688.com/offer/534408278560.html?spm=a26g8.7662792.1998744630.1.TBKyfT', '1688', 'listing', '534408278560'),
    ('http://detail.m.1688.com/page/index.htm?offerId=1002685729834', '1688', 'listing', '1002685729834'),
    ('https://shop1460133980340.1688.com', '1688', 'storefront', 'shop1460133980340'),
    ('https://shop3w093345o1043.1688.com/page/index.html', '1688', 'storefront', 'shop3w093345o1043'),
    ('https://joinsun.1688.com', '1688', 'storefront', 'joinsun'),
    ('https://shop1434560114962.cn.1688.com/page/offerlist_1.htm', '1688', 'storefront', 'shop1434560114962'),
    ('https://m.1688.com/winport/b2b-2546450021uezz8.html', '1688', 'storefront', 'b2b-2546450021uezz8'),
    ('https://qr.1688.com/s/7OnLCakq', None, 'short-link', None),
    ('https://s.1688.com/selloffer/offer_search.htm?keywords=x', None, 'not-a-listing', None),
    ('https://1688.com.cn/offer/585943639773.html', None, 'lookalike-host', None),
    ('https://detail.l688.com/offer/585943639773.html', None, 'lookalike-host', None),
    ('https://detail.1688.com/offer/OFFER.html', None, 'malformed-id', None),
    ('https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://www.alibaba.com/product-detail/Custom-AAA-Lithium-Coin-Cell-Battery_62567779532.html?spm=a2700.galleryofferlist.normal_offer.d_title.634038883OQveK&s=p', 'alibaba_com', 'listing', '62567779532'),
    ('https://www.alibaba.com/product-introduction/300w-Lithium-Battery-Solar-Portable-Lifepo4_1600984312491.html?spm=abc', 'alibaba_com', 'listing', '1600984312491'),
    ('https://wholesaler.alibaba.com/product-detail/GFB-ffh4d3-rechargeable-lifepo4-battery-3_1906993224.html', 'alibaba_com', 'listing', '1906993224'),
    ('https://m.alibaba.com/product/60339405074/18650-li-ion-battery-3-7v.html?s=p&spm=a', 'alibaba_com', 'listing', '60339405074'),
    ('https://m.alibaba.com/product/60339405074.html', 'alibaba_com', 'listing', '60339405074'),
    ('https://spanish.alibaba.com/product-detail/X_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://es.alibaba.com/product-detail/X_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://goodlcd.en.alibaba.com/product/62454456237-807321088/1_inch_small_epaper_mini_eink_display_for_smart_watch.html', 'alibaba_com', 'listing', '62454456237'),
    ('https://funcoo.en.alibaba.com/', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://qzhic.en.alibaba.com/fr_FR/company_profile.html', 'alibaba_com', 'storefront', 'qzhic'),
    ('https://abc.fm.alibaba.com/', 'alibaba_com', 'storefront', 'abc'),
    ('https://abc.trustpass.alibaba.com/', 'alibaba_com', 'storefront', 'abc'),
    ('https://m.alibaba.com/product/synthetic-4.html', None, 'missing-id', None),
    ('https://www.alibaba.com/trade/search?SearchText=x', None, 'not-a-listing', None),
    ('https://www.alibaba.com/showroom/x.html', None, 'not-a-listing', None),
    ('https://s.alibaba.com/abc', None, 'short-link', None),
    ('https://www.alibaba.com/x/Aabc', None, 'short-link', None),
    ('https://alibaba.com/x/Aabc', None, 'short-link', None),
    ('https://www.alibaba.com/', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://aliexpress.com/item/1005001625391776.html', 'aliexpress', 'listing', '1005001625391776'),
    ('https://es.aliexpress.com/item/1005003658392996.html?spm=a&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '1005003658392996'),
    ('https://m.aliexpress.com/item/32315883368.html', 'aliexpress', 'listing', '32315883368'),
    ('https://www.aliexpress.us/item/3256804692294345.html', 'aliexpress', 'listing', '3256804692294345'),
    ('https://aliexpress.us/item/3256804692294345.html', 'aliexpress', 'listing', '3256804692294345'),
    ('https://aliexpress.ru/item/1005003473125481.html', 'aliexpress', 'listing', '1005003473125481'),
    ('https://www.aliexpress.com/i/32949281189.html', 'aliexpress', 'listing', '32949281189'),
    ('https://www.aliexpress.com/i/3256802774365245.html', 'aliexpress', 'listing', '3256802774365245'),
    ('http://www.aliexpress.com/item/Free-shipping-GC-LFB-Pro-Fighting-Stick/552016907.html', 'aliexpress', 'listing', '552016907'),
    ('https://www.aliexpress.com/store/product/jj40-Custom-Mechanical-Keyboard/3034003_32828781103.html', 'aliexpress', 'listing', '32828781103'),
    ('https://www.aliexpress.com/store/1104927695', 'aliexpress', 'storefront', '1104927695'),
    ('https://minibalance.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),
    ('https://weactstudio.aliexpress.com/', 'aliexpress', 'storefront', 'weactstudio'),
    ('https://www.aliexpress.com/store/group/slug/1104927695_5.html', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com/store/feedback-score/1104927695.html', 'aliexpress', 'storefront', '1104927695'),
    ('https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None),
    ('https://s.click.aliexpress.com/e/_DD2I7Ox', None, 'short-link', None),
    ('https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html', None, 'short-link', None),
    ('https://aliexpress.co/item/32884675724.html', None, 'lookalike-host', None),
    ('https://aIiexpress.com/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://aliexpresss.com/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://www.aliexpress.com/w/wholesale-phone.html', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/wholesale?SearchText=x', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/category/1/x.html', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/premium/x.html', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/p/order/index.html', None, 'not-a-listing', None),
    ('https://portals.aliexpress.com/', None, 'not-a-listing', None),
    ('https://api-sg.aliexpress.com/sync', None, 'not-a-listing', None),
    ('https://best.aliexpress.com/', None, 'not-a-listing', None),
    ('https://sale.aliexpress.com/__pc/x.htm', None, 'not-a-listing', None),
    ('https://campaign.aliexpress.com/wow/x', None, 'not-a-listing', None),
    ('https://feedback.aliexpress.com/display/x.htm', None, 'not-a-listing', None),
    ('https://login.aliexpress.com/', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/item/10050048786O9097.html', None, 'malformed-id', None),
    ('https://de.aliexpress.com/i/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://pt.aliexpress.com/item/1005004878609097.html#nav-review', 'aliexpress', 'listing', '1005004878609097'),
    ('I just found this on AliExpress: €3,19 | Case https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None),
    ('https://www.aliexpress.com/item/1234567.html', None, 'malformed-id', None),
    ('https://www.aliexpress.com/item/123456789012345678.html', None, 'malformed-id', None),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.co.th/products/pdp-i4212266679.html', 'lazada_th', 'listing', '4212266679'),
    ('https://www.lazada.vn/products/i2638225238.html?spm=a', 'lazada_vn', 'listing', '2638225238'),
    ('http://lazada.co.id/products/pdp-i2638225238.html', 'lazada_id', 'listing', '2638225238'),
    ('https://www.lazada.com.my/products/some-slug-i2638225238-s1234567890.html', 'lazada_my', 'listing', '2638225238'),
    ('https://www.lazada.com.ph/products/x-i15593670246.html', 'lazada_ph', 'listing', '15593670246'),
    ('https://WWW.LAZADA.SG/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.sg/shop/unilever-foods1632795060/', 'lazada_sg', 'storefront', 'unilever-foods1632795060'),
    ('https://www.lazada.sg/shop/xmdgbhc3/?itemId=1&channelSource=pdp', 'lazada_sg', 'storefront', 'xmdgbhc3'),
    ('https://www.lazada.sg/shop/mn7k3oup?path=index.htm', 'lazada_sg', 'storefront', 'mn7k3oup'),
    ('https://www.lazada.sg/shop-electronics/', None, 'not-a-listing', None),
    ('https://www.lazada.sg/shop/site/api/x', None, 'not-a-listing', None),
    ('https://www.lazada.sg/catalog/?q=x', None, 'not-a-listing', None),
    ('https://pages.lazada.sg/wow/x', None, 'not-a-listing', None),
    ('https://api.lazada.sg/rest', None, 'not-a-listing', None),
    ('https://auth.lazada.com/x', None, 'not-a-listing', None),
    ('https://s.lazada.co.th/s.ZkuXG', None, 'short-link', None),
    ('https://s.lazada.sg/s.ZkuXG?cc', None, 'short-link', None),
    ('https://c.lazada.co.th/t/c.2qZHBN', None, 'short-link', None),
    ('https://notlazada.sg/products/x-i1.html', None, 'lookalike-host', None),
    ('https://lazada.evil.com/products/x-i2638225238.html', None, 'lookalike-host', None),
    ('https://www.lazada.co.uk/products/x-i2638225238.html', None, 'lookalike-host', None),
    ('https://www.lazada.com/products/x-i2638225238.html', None, 'not-a-listing', None),
    ('https://www.lazada.co.th/products/xyz.html', None, 'missing-id', None),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?dsource=share&laz_share_info=x&laz_token=y', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.596b2358xB7LkT&id=965639435219&categoryId=125952002', 'taobao', 'listing', '965639435219'),
    ('https://h5.m.goofish.com/item?id=1065574393669', 'taobao', 'listing', '1065574393669'),
    ('https://h5.m.goofish.com/item?itemId=1065574393669', 'taobao', 'listing', '1065574393669'),
    ('https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?a=1&id=965639435219', 'taobao', 'listing', '965639435219'),
    ('https://2.taobao.com/item.htm?id=543176478313', 'taobao', 'listing', '543176478313'),
    ('https://goofish.com/item?id=965639435219', 'taobao', 'listing', '965639435219'),
    ('https://www.goofish.com/personal?userId=1666703902', 'taobao', 'storefront', '1666703902'),
    ('https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D', 'taobao', 'storefront', 'Qt9wn22aKj/nV82TP9hAbA=='),
    ('https://2.taobao.com/item.htm?id=test12345', None, 'malformed-id', None),
    ('https://goofish.com/item?id=wheel-001', None, 'malformed-id', None),
    ('https://h5.m.goofish.com/item?spm=abc', None, 'missing-id', None),
    ('https://notgoofish.com.evil.example/item?id=999', None, 'lookalike-host', None),
    ('https://www.goofish.com/search?q=x', None, 'not-a-listing', None),
    ('https://www.pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299', None, 'agent-site', None),
    ('https://cnfans.com/product/?shop_type=taobao&id=606832683299', None, 'agent-site', None),
    ('https://www.cssbuy.com/item-606832683299.html', None, 'agent-site', None),
    ('https://www.superbuy.com/en/page/buy?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299', None, 'agent-site', None),
    ('item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),
    ('//detail.tmall.com/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),
    ('   https://detail.tmall.com/item.htm?id=690091011924   ', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924。', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924）', 'tmall', 'listing', '690091011924'),
    ('https://item.taobao.com/item.htm?id=606832683299)', 'taobao', 'listing', '606832683299'),
    ('https://detail.1688.com/offer/585943639773.html,', '1688', 'listing', '585943639773'),
    ('https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id%3D606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?spm%3Da1z09%26id%3D606832683299', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?spm=a%2526b&id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://xn--item-taobao-abc.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('ftp://item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None),
    ('javascript:alert(1)', None, 'scheme-not-allowed', None),
    ('https://evil.cn/item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://evil.cn/?u=https://item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('', None, 'empty', None),
    ('hello world', None, 'not-a-url', None),
    ('https://www.google.com/', None, 'not-alibaba-host', None),
    ('https://item.taobao.com/item.htm?ID=606832683299', None, 'missing-id', None),
    ('https://detail.tmall.com/item.htm?id=690091011924&skuId=1&id=690091011924', 'tmall', 'listing', '690091011924'),
    ('https://fr.aliexpress.com/item/1005004878609097.html?spm=a2g0o&sku_id=1&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005004878609097'),
    ('https://m.tb.cn/h.4CEhFr0?tk=x&id=606832683299', None, 'short-link', None),
    ('https://detail.tmall.com/item.htm?id=690091011924&amp;skuId=1', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?id=690091011924&amp;amp;skuId=1', 'tmall', 'listing', '690091011924'),
    ('"https://detail.tmall.com/item.htm?id=690091011924"', 'tmall', 'listing', '690091011924'),
    ('<https://detail.tmall.com/item.htm?id=690091011924>', 'tmall', 'listing', '690091011924'),
    ('[link](https://detail.tmall.com/item.htm?id=690091011924)', 'tmall', 'listing', '690091011924'),
    ('https://h5.m.taobao.com/awp/core/detail.htm?id=561356305917#/', 'taobao_or_tmall', 'listing', '561356305917'),
    ('https://detail.1688.com/offer/585943639773.html#xxx', '1688', 'listing', '585943639773'),
    ('https://detail.1688.com/offer/585943639773.html?sk=consign', '1688', 'listing', '585943639773'),
    ('https://m.1688.com/offer/1002685729834.html?offerId=1', '1688', 'listing', '1002685729834'),
    ('https://www.alibaba.com/product-detail/_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://www.aliexpress.com/item/1005004878609097.html?pdp_npi=4%40dis%21USD', 'aliexpress', 'listing', '1005004878609097'),
    ('https://vi.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://he.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://aliexpress.ru/item/10000004786273.html', 'aliexpress', 'listing', '10000004786273'),
    ('https://www.aliexpress.com/item/4000123456789.html', 'aliexpress', 'listing', '4000123456789'),
    ('https://www.aliexpress.com/item/704553060.html', 'aliexpress', 'listing', '704553060'),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html#reviews', 'lazada_sg', 'listing', '2896336114'),
    ('https://lazada.sg/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('【天猫】https://m.tb.cn/h.5abcDEF?tk=abc123 「title」点击链接直接打开', None, 'short-link', None),
    ('【闲鱼】https://m.tb.cn/h.5abcDEF?tk=abc123 MF937 「我在闲鱼发布了【x】」点击链接直接打开', None, 'short-link', None),
    ('【1688】https://qr.1688.com/s/7OnLCakq 我在阿里巴巴1688发现了', None, 'short-link', None),
    ('Check out this product on Lazada! https://s.lazada.sg/s.abc12', None, 'short-link', None),
    ('Smarter Shopping, Better Living! Aliexpress.com https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None),
    ('https://a.aliexpress.com/_mKjL9Cq Smarter Shopping, Better Living! Aliexpress.com', None, 'short-link', None),
    ('￥ABC1234￥ https://m.tb.cn/h.4CEhFr0', None, 'short-link', None),
    ('https://m.tb.cn/h.4CEhFr0?sm=70d491 lofree…', None, 'short-link', None),
    ('https://www.lazada.sg/products/apple-iphone-15-i2896336114-s20072727483.html', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.sg/products/xiaomi-i5-charger-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.co.th/products/%E0%B8%81%E0%B8%A3-i4212266679.html', 'lazada_th', 'listing', '4212266679'),
    ('https://www.lazada.co.th/products/กระเป๋า-i4212266679-s1234567890.html', 'lazada_th', 'listing', '4212266679'),
    ('https://www.lazada.vn/products/tai-nghe-không-dây-i2638225238.html', 'lazada_vn', 'listing', '2638225238'),
    ('https://www.lazada.sg/products/-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.sg/products/x-i1.html', None, 'malformed-id', None),
    ('https://www.lazada.sg/shop/', None, 'missing-id', None),
    ('https://www.lazada.sg/shop/abc/?path=index.htm&langFlag=en&pageTypeId=1', 'lazada_sg', 'storefront', 'abc'),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?clickTrackInfo=a&search=1&mp=1&c=fs&abtest=&pos=1', 'lazada_sg', 'listing', '2896336114'),
    ('lazada.sg/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('www.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/item/1005004878609097.html?', 'aliexpress', 'listing', '1005004878609097'),
    ('https://aliexpress.com/store/1104927695?spm=a2g0o.detail', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com/store/1104927695/pages/all-items.html', 'aliexpress', 'storefront', '1104927695'),
    ('https://www.aliexpress.com/item/1005004878609097.html?gatewayAdapt=glo2usa4itemAdapt', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/gcp/300000512/abc?productIds=1005004878609097', None, 'not-a-listing', None),
    ('https://www.aliexpress.com/ssr/300000512/BundleDeals2?productIds=1005004878609097', None, 'not-a-listing', None),
    ('https://s.click.aliexpress.com/deep_link.htm?aff_short_key=abc&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html', None, 'short-link', None),
    ('https://detail.1688.com/offer/585943639773.html?offerId=585943639773', '1688', 'listing', '585943639773'),
    ('https://detail.m.1688.com/page/index.html?offerId=1002685729834', '1688', 'listing', '1002685729834'),
    ('https://m.1688.com/winport/b2b-2546450021uezz8.html?spm=a', '1688', 'storefront', 'b2b-2546450021uezz8'),
    ('https://shop1434560114962.1688.com/page/offerlist.htm?spm=a', '1688', 'storefront', 'shop1434560114962'),
    ('https://item.taobao.com/item.htm?ft=t&id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://detail.tmall.com/item.htm?id=690091011924&sku_properties=1627207%3A28341', 'tmall', 'listing', '690091011924'),
    ('https://detail.tmall.com/item.htm?spm=a220m.1&id=690091011924&skuId=1&user_id=2201&cat_id=2&is_b=1&rn=x', 'tmall', 'listing', '690091011924'),
    ('https://detail.liangxinyao.com/item.htm?id=690091011924', None, 'not-alibaba-host', None),
    ('https://淘宝.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://item.xn--taobao-abc.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://www.aliexpress.com/ITEM/1005004878609097.HTML', None, 'not-a-listing', None),
    ('HTTP://DETAIL.1688.COM/offer/585943639773.html', '1688', 'listing', '585943639773'),
    ('https://item.taobao.com/item.htm?id=606832683299https://item.taobao.com/item.htm?id=606832683300', None, 'malformed-id', None),
    ('https://alibaba.com/product-detail/X_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://h5.m.goofish.com/item?forceFlush=1&id=965639435219&hitNativeDetail=true&from_kun_share=default', 'taobao', 'listing', '965639435219'),
    ('https://evil.cn\\@item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com%40evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://evil.cn#@item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://evil.cn\\item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com\\.evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com%2eevil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com%00.evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com;.evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com:443@evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com:@evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://evil.cn?.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://evil.cn/.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://evil.cn:443\\@item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://evil.cn%5C@item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://evil.cn/@item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://item.taobao.com/item.htm?id=606832683299&id=%36%30%36', None, 'conflicting-ids', None),
    ('https://item.taobao.com/item.htm?id=606832683299;', 'taobao', 'listing', '606832683299'),
    ('https://item.taobao.com/item.htm?id=-606832683299', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=6.06832683299e11', None, 'malformed-id', None),
    ('https://item.taobao.com/item.htm?id=٦٠٦٨٣٢٦٨٣٢٩٩', None, 'malformed-id', None),
    ('https://www.aliexpress.com/item/1005004878609097.html?x=1#/', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/store/product/x/3034003_32828781103.html?spm=a', 'aliexpress', 'listing', '32828781103'),
    # links joined by a comma read as joined by a space: the first (sweep 10)
    ('https://www.aliexpress.com/item/1005004878609097.html,https://www.aliexpress.com/item/1005004878609098.html', 'aliexpress', 'listing', '1005004878609097'),
    ('https://detail.1688.com/offer/585943639773.html?spm=a%26id%3D1', '1688', 'listing', '585943639773'),
    ('https://www.goofish.com/item?id=965639435219&id=965639435219', 'taobao', 'listing', '965639435219'),
    ('https://www.goofish.com/personal?userId=', None, 'missing-id', None),
    ('https://www.goofish.com/personal', None, 'missing-id', None),
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=', None, 'missing-id', None),
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=abc', None, 'malformed-id', None),
    ('https://detail.tmall.hk/hk/item.htm?id=608529032990&toSite=main', 'tmall_global', 'listing', '608529032990'),
    ('https://detail.tmall.hk/', None, 'missing-id', None),
    ('https://www.tmall.hk/', None, 'not-a-listing', None),
    ('https://zrzb.tmall.hk/', 'tmall_global', 'storefront', 'zrzb'),
    ('https://www.alibaba.com/product-detail/X_1600270997819.html?spm=a&s=p#reviews', 'alibaba_com', 'listing', '1600270997819'),
    ('https://russian.alibaba.com/product-detail/X_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://arabic.alibaba.com/product-detail/X_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://pt.alibaba.com/product-detail/X_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://www.alibaba.com.evil/product-detail/X_1600270997819.html', None, 'lookalike-host', None),
    ('https://www-alibaba.com/product-detail/X_1600270997819.html', None, 'lookalike-host', None),
    ('https://aIibaba.com/product-detail/X_1600270997819.html', None, 'lookalike-host', None),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?spm=a2o42.pdp_revamp.recommendation_2.1.abc&mp=1&scm=1007', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.co.id/products/pdp-i2896336114.html', 'lazada_id', 'listing', '2896336114'),
    ('https://www.lazada.com.my/shop/abc-store/', 'lazada_my', 'storefront', 'abc-store'),
    ('https://www.lazada.com.ph/shop/abc-store', 'lazada_ph', 'storefront', 'abc-store'),
    ('https://www.lazada.vn/shop/abc', 'lazada_vn', 'storefront', 'abc'),
    ('https://www.lazada.co.th/shop/abc?itemId=4212266679&channelSource=pdp', 'lazada_th', 'storefront', 'abc'),
    ('https://s.lazada.com.my/s.abc', None, 'short-link', None),
    ('https://c.lazada.vn/t/c.abc', None, 'short-link', None),
    ('https://s.lazada.vn/s.abc?cc', None, 'short-link', None),
    ('https://s.lazada.co.id/s.abc?dsource=share&laz_share_info=x', None, 'short-link', None),
    ('https://www.lazada.sg/products/pdp-i2896336114.html?laz_trackid=2:mm_1:abc', 'lazada_sg', 'listing', '2896336114'),
    ('https://www.lazada.sg/', None, 'not-a-listing', None),
    ('https://www.lazada.sg/products/', None, 'missing-id', None),
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?itemId=999', None, 'conflicting-ids', None),  # urls41: itemId names another item
    ('https://www.lazada.sg/products/i2896336114.html?spm=a#x', 'lazada_sg', 'listing', '2896336114'),
    ('Смотри, что я нашел на AliExpress: https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None),
    ('Xem ngay sản phẩm trên Lazada: https://s.lazada.vn/s.abc12', None, 'short-link', None),
    ('[Lazada] ลองดูสิ่งนี้ https://s.lazada.co.th/s.ZkuXG', None, 'short-link', None),
    ('Check out this product on Alibaba.com App: Solar panel https://www.alibaba.com/product-detail/Solar-Panel_1600270997819.html?spm=a2700', 'alibaba_com', 'listing', '1600270997819'),
    ('Check out this product on Alibaba.com App: https://m.alibaba.com/product/1600270997819/solar.html', 'alibaba_com', 'listing', '1600270997819'),
    ('I just found this on AliExpress: US $12.34 | Phone Case https://www.aliexpress.com/item/1005004878609097.html?sku_id=12000&spm=a2g0n', 'aliexpress', 'listing', '1005004878609097'),
    ('【淘宝】https://item.taobao.com/item.htm?id=606832683299 「标题」', 'taobao', 'listing', '606832683299'),
    ('【1688】标题 https://m.1688.com/offer/585943639773.html?spm=a26g8 CZ0000', '1688', 'listing', '585943639773'),
    ('https://detail.m.1688.com/page/index.html?offerId=1043223269197&uuid=private&trace_log=ad', '1688', 'listing', '1043223269197'),
    ('http://detail.m.1688.com/page/index.html?offerId=787690257525&skuId=123', '1688', 'listing', '787690257525'),
    ('https://detail.m.1688.com/page/index.html', None, 'missing-id', None),
    ('https://detail.m.1688.com/page/index.html?offerId=abc', None, 'malformed-id', None),
    ('https://www.aliexpress.com/item/1005004878609097.html。', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.lazada.sg/products/pdp-i2896336114.html」', 'lazada_sg', 'listing', '2896336114'),
    ('“https://detail.1688.com/offer/585943639773.html”', '1688', 'listing', '585943639773'),
    ('《https://detail.1688.com/offer/585943639773.html》', '1688', 'listing', '585943639773'),
    ('https://detail.1688.com/offer/585943639773.html！', '1688', 'listing', '585943639773'),
    ('https://detail.1688.com/offer/585943639773.html？', '1688', 'listing', '585943639773'),
    ('https://detail.1688.com/offer/585943639773.html!!', '1688', 'listing', '585943639773'),
    ("https://detail.1688.com/offer/585943639773.html';", '1688', 'listing', '585943639773'),
    ('https://xn--80ak6aa92e.com/item.htm?id=606832683299', None, 'not-alibaba-host', None),
    ('https://item.taobao.xn--fiqs8s/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com.xn--fiqs8s/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://ıtem.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://item.taobao.com\u202e/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://www.аliexpress.com/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://www.aliexpress.com.ru/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://aliexpress.ru.com/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://www.aliexpress.us.com/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://lazada.sg.evil.com/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.sg.com/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.co/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.com.sg/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.co.vn/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.ph/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.my/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.id/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.goofish.com.cn/item?id=965639435219', None, 'lookalike-host', None),
    ('https://www.go0fish.com/item?id=965639435219', None, 'lookalike-host', None),
    ('https://2.taobao.com/', None, 'not-a-listing', None),
    ('https://h5.m.goofish.com/item?id=965639435219&spm=a&itemId=', 'taobao', 'listing', '965639435219'),
    ('https://www.goofish.com/personal?userId=1666703902&spm=a', 'taobao', 'storefront', '1666703902'),
    ('https://m.tb.cn/h.4CEhFr0', None, 'short-link', None),
    ('https://M.TB.CN/h.4CEhFr0', None, 'short-link', None),
    ('m.tb.cn/h.4CEhFr0', None, 'short-link', None),
    ('//m.tb.cn/h.4CEhFr0', None, 'short-link', None),
    ('http://m.tb.cn/h.4CEhFr0', None, 'short-link', None),
    ('https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k', None, 'short-link', None),
    ('https://a.aliexpress.com/_mKjL9Cq?bz=1', None, 'short-link', None),
    ('https://s.click.aliexpress.com/e/_DD2I7Ox?bz=120*90', None, 'short-link', None),
    ('https://star.aliexpress.com/share/share.htm?image=x&businessType=ProductDetail&title=x&platform=AE&redirectUrl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html%3Fspm%3Da', None, 'short-link', None),
    ('https://s.lazada.sg/s.ZkuXG', None, 'short-link', None),
    ('https://c.lazada.sg/t/c.2qZHBN?sub_aff_id=x', None, 'short-link', None),
    ('https://qr.1688.com/s/7OnLCakq?x=1', None, 'short-link', None),
    ('https://s.alibaba.com/x', None, 'short-link', None),
    ('https://www.aliexpress.com/item/1005004878609097.html?spm=a2g0o.home.0.0.abc&scm=1007.34525.abc&pvid=abc&utparam=%7B%22x%22%3A1%7D&_t=gps-id:pcJustForYou', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.aliexpress.com/item/1005004878609097.html?srcSns=sns_Copy&spreadType=socialShare&bizType=ProductDetail&social_params=6000&aff_fcid=abc&tt=MG&aff_fsk=_xyz&aff_platform=default&sk=_xyz&aff_trace_key=abc&shareId=1&businessType=ProductDetail&platform=AE&terminal_id=abc&afSmartRedirect=y', 'aliexpress', 'listing', '1005004878609097'),
    ('https://item.taobao.com/item.htm?id=606832683299&price=199&sourceType=item&suid=abc&shareUniqueId=1&ut_sk=1.abc&un=abc&share_crt_v=1&un_site=0&spm=a2159r.13376460.0.0&sp_tk=abc&cpp=1&shareurl=true&short_name=h.abc&bxsign=scd&tk=abc&app=chrome', 'taobao', 'listing', '606832683299'),
    ('https://detail.tmall.com/item.htm?id=690091011924&ali_refid=a3_430583_1006:1110788513:N:abc&ali_trackid=1_abc&spm=a2e0b.20350158.31919782.1&skuId=1', 'tmall', 'listing', '690091011924'),
    ('https://item.taobao.com/item.htm?id=606832683299&ns=1&abbucket=6#detail', 'taobao', 'listing', '606832683299'),
    ('https://a.m.taobao.com/i606832683299.htm?sid=abc', 'taobao_or_tmall', 'listing', '606832683299'),
    ('https://a.m.taobao.com/i60683268329a.htm', None, 'malformed-id', None),
    ('https://a.m.taobao.com/', None, 'not-a-listing', None),
    ('https://h5.m.taobao.com/', None, 'not-a-listing', None),
    ('https://main.m.taobao.com/', None, 'not-a-listing', None),
    ('https://m.intl.taobao.com/detail/detail.html', None, 'missing-id', None),
    ('https://m.intl.taobao.com/', None, 'not-a-listing', None),
    ('https://world.taobao.com/', None, 'not-a-listing', None),
    ('https://m.taobao.com/', None, 'not-a-listing', None),
    ('https://m.tmall.com/', None, 'not-a-listing', None),
    ('https://detail.m.tmall.com/item.htm?id=606832683299&id=606832683298', None, 'conflicting-ids', None),
    ('https://item.taobao.com/item.htm?id=606832683299&item_id=606832683299', 'taobao', 'listing', '606832683299'),
    ('https://www.aliexpress.com/item/1005004878609097.html?productId=1005004878609098', 'aliexpress', 'listing', '1005004878609097'),
    ('https://www.alibaba.com/product-detail/A_1600270997819.html?productId=1', 'alibaba_com', 'listing', '1600270997819'),
    ('https://www.alibaba.com/product-detail/_.html', None, 'missing-id', None),
    ('https://www.alibaba.com/product-detail/Slug_abc.html', None, 'malformed-id', None),
    ('https://www.alibaba.com/product-detail/%E4%B8%AD%E6%96%87_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://www.alibaba.com/product-detail/中文_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://m.alibaba.com/product/1600270997819/x.html?from=share', 'alibaba_com', 'listing', '1600270997819'),
    ('https://m.alibaba.com/', None, 'not-a-listing', None),
    ('https://funcoo.en.alibaba.com/productlist.html', 'alibaba_com', 'storefront', 'funcoo'),
    ('https://funcoo.en.alibaba.com/product/1600270997819-222/x.html', 'alibaba_com', 'listing', '1600270997819'),
    ('https://message.alibaba.com/', None, 'not-a-listing', None),
    ('https://login.alibaba.com/', None, 'not-a-listing', None),
    ('https://sale.alibaba.com/p/x', None, 'not-a-listing', None),
    ('https://www.alibaba.com/showroom/solar-panel.html', None, 'not-a-listing', None),
    ('https://www.alibaba.com/products/solar_panel.html', None, 'not-a-listing', None),
    ('https://www.alibaba.com/countrysearch/CN/solar.html', None, 'not-a-listing', None),
    ('https://www.alibaba.com/catalog/solar_cid1.html', None, 'not-a-listing', None),
]  # fmt: skip

# Real links from public code (find_string: korean 28543745210, german 20162769955, russian
# 6701001068, indonesian 23457092168): the language sites' own listing pages.
P_DETAIL: list[tuple[str, str | None, str, str | None]] = [
    ("https://korean.alibaba.com/p-detail/Brazilian-60437753329.html?spm=a27aq.rank_detail.6404617500.2.4c3039d2hlSgXS&cardType=101001155", "alibaba_com", "listing", "60437753329"),
    ("https://german.alibaba.com/p-detail/Wholesale-1601006130256.html?spm=a2700.picsearch.normal_offer.d_image.1b085f937iKuxv", "alibaba_com", "listing", "1601006130256"),
    ("https://russian.alibaba.com/p-detail/Universal-1600104012497.html?spm=a2700.7724857.0.0.eaefdcc1UmOoT3", "alibaba_com", "listing", "1600104012497"),
    ("https://indonesian.alibaba.com/p-detail/Fitness-1600249994724.html?spm=a27aq.14175334.4.1.c0817df4ll96H6", "alibaba_com", "listing", "1600249994724"),
    ("https://french.alibaba.com/p-detail/x.html", None, "missing-id", None),
    ("https://www.alibaba.com/p-detail/x_999.html", None, "missing-id", None),
    ("https://korean.alibaba.com.evil.cn/p-detail/Brazilian-60437753329.html", None, "lookalike-host", None),
]  # fmt: skip

# §6/§12: "aliexpress.com and its subdomains"; h5. is the AMP host AliExpress's own pages link
# (find_string 15904163859: amphtml https://h5.aliexpress.com/item/4000900052700.html). §12:
# "h5, m ... and similar labels" are never vanity stores, on any marketplace domain.
TECHNICAL_HOSTS: list[tuple[str, str | None, str, str | None]] = [
    ("https://h5.aliexpress.com/item/4000900052700.html", "aliexpress", "listing", "4000900052700"),
    ("//h5.aliexpress.com/i/4000900052700.html", "aliexpress", "listing", "4000900052700"),
    ("https://h5.aliexpress.com/store/1104927695", "aliexpress", "storefront", "1104927695"),
    ("https://h5.aliexpress.com/", None, "not-a-listing", None),
    ("https://h5.1688.com/", None, "not-a-listing", None),
    ("https://h5.tmall.hk/", None, "not-a-listing", None),
    ("https://wap.taobao.com/", None, "not-a-listing", None),
    ("https://huodong.taobao.com/", None, "not-a-listing", None),
    ("https://api.1688.com/", None, "not-a-listing", None),
    ("https://wap.tmall.com/", None, "not-a-listing", None),
    ("https://h5.m.tmall.com/", None, "not-a-listing", None),
    ("https://img.aliexpress.com/", None, "not-a-listing", None),
    ("https://weactstudio.aliexpress.com/", "aliexpress", "storefront", "weactstudio"),
    ("https://joinsun.1688.com", "1688", "storefront", "joinsun"),
    ("https://zrzb.tmall.hk/", "tmall_global", "storefront", "zrzb"),
]  # fmt: skip

# §0 Query parsing: a double-encoded query is decoded once and retried. The rest of the query
# can sit inside the id's own value as well as the id inside another parameter's value.
DOUBLE_ENCODED: list[tuple[str, str | None, str, str | None]] = [
    ("https://item.taobao.com/item.htm?id=606832683299%26ns%3D1", "taobao", "listing", "606832683299"),
    ("https://item.taobao.com/item.htm?id=674029285425%26ns=1%26abbucket=6", "taobao", "listing", "674029285425"),
    ("https://detail.tmall.com/item.htm?id=690091011924%26skuId%3D4911012597025%26spm%3Da1z09", "tmall", "listing", "690091011924"),
    ("http://detail.m.1688.com/page/index.htm?offerId=1002685729834%26spm%3Da", "1688", "listing", "1002685729834"),
    ("https://item.taobao.com/item.htm?id=606832683299%26id%3D606832683300", None, "conflicting-ids", None),
    ("https://item.taobao.com/item.htm?id=606832683299%26ns%3D1&id=606832683300", None, "conflicting-ids", None),
    ("https://item.taobao.com/item.htm?id=60683268329a%26ns%3D1", None, "malformed-id", None),
    ("https://item.taobao.com/item.htm?id=606832683299%2526ns%253D1", None, "malformed-id", None),
]  # fmt: skip

# §0 Trim: a link alone on its line with sentence punctuation after it reads as it does after a
# word ("see https://…"): a Lazada shop slug or a Xianyu user token no longer keeps the
# punctuation as part of its id.
SENTENCE_END: list[tuple[str, str | None, str, str | None]] = [
    ("https://www.goofish.com/personal?userId=1666703902.", "taobao", "storefront", "1666703902"),
    ("https://www.goofish.com/personal?userId=1666703902)", "taobao", "storefront", "1666703902"),
    ("https://www.goofish.com/personal?userId=1666703902!", "taobao", "storefront", "1666703902"),
    ("https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D,", "taobao", "storefront", "Qt9wn22aKj/nV82TP9hAbA=="),
    ("https://www.lazada.vn/shop/abc.", "lazada_vn", "storefront", "abc"),
    ("https://www.lazada.com.ph/shop/abc-store.", "lazada_ph", "storefront", "abc-store"),
    ("https://www.lazada.sg/shop/a.b", "lazada_sg", "storefront", "a.b"),
    ("https://www.goofish.com/personal?userId=.", None, "malformed-id", None),
    ("https://weactstudio.taobao.com)", "taobao", "storefront", "weactstudio"),
    ("https://weactstudio.taobao.com.", "taobao", "storefront", "weactstudio"),
    ("https://joinsun.1688.com,", "1688", "storefront", "joinsun"),
    ("https://uniqlo.m.tmall.com!", "tmall", "storefront", "uniqlo"),
    ("https://uniqlo.tmall.com:443.", "tmall", "storefront", "uniqlo"),
    ("https://item.taobao.com./item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com.evil.cn.", None, "lookalike-host", None),
    ("https://www.goofish.com/personal?x=\xe9&userId=1666703902\u202e2093076661", None, "malformed-id", None),
]  # fmt: skip

# A decoded (non-ASCII) slug with share text or markup glued after the link: when the whole
# token is no listing, full-width punctuation, a zero-width space at the end or an HTML
# attribute's quote ends the link (a full-width comma inside a slug still reads whole).
GLUED_AFTER_SLUG: list[tuple[str, str | None, str, str | None]] = [
    ("https://www.lazada.co.th/products/กระเป๋า-i4212266679-s1234567890.html，谢谢", "lazada_th", "listing", "4212266679"),
    ("https://www.lazada.co.th/products/กระเป๋า-i4212266679-s1234567890.html\u200b", "lazada_th", "listing", "4212266679"),
    ('<a href="https://www.lazada.vn/products/tai-nghe-không-dây-i2638225238.html">链接</a>', "lazada_vn", "listing", "2638225238"),
    ("https://www.alibaba.com/product-detail/中文_1600270997819.html，谢谢", "alibaba_com", "listing", "1600270997819"),
    ("看看https://www.alibaba.com/product-detail/中文_1600270997819.html」", "alibaba_com", "listing", "1600270997819"),
    ("https://www.lazada.co.th/products/กระเป๋า-i4212266679…", None, "missing-id", None),
    ("https://www.lazada.co.th/products/กระเป๋า，-i4212266679.html", "lazada_th", "listing", "4212266679"),
]  # fmt: skip

ALL = ROWS + P_DETAIL + TECHNICAL_HOSTS + DOUBLE_ENCODED + SENTENCE_END + GLUED_AFTER_SLUG


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def test_p_detail_canonical() -> None:
    result = parse_listing(P_DETAIL[0][0])
    assert result.ok
    assert (
        result.canonical_url == "https://www.alibaba.com/product-detail/Brazilian_60437753329.html"
    )
    assert result.identity == "alibaba-product:60437753329"


def test_1688_h5_html_canonical() -> None:
    result = parse_listing(
        "http://detail.m.1688.com/page/index.html?offerId=787690257525&skuId=123"
    )
    assert result.ok
    assert result.canonical_url == "https://detail.1688.com/offer/787690257525.html"
    assert result.identity == parse_listing("https://m.1688.com/offer/787690257525.html").identity


@pytest.mark.parametrize(
    ("text", "says", "suggestion"),
    [
        ("https://www.lazada.co.th/i4212266679.html", "not seen in real links (unverified)",
         "https://www.lazada.co.th/products/pdp-i4212266679.html"),
        ("lazada.vn/i2638225238.html?spm=a", "not seen in real links (unverified)",
         "https://www.lazada.vn/products/pdp-i2638225238.html"),
        ("https://www.lazada.com.ph/unilever-beauty", "root-path brand pages are storefronts is "
         "unverified", None),
        ("https://www.lazada.com.ph/unilever-beauty/", "unverified", None),
    ],
)  # fmt: skip
def test_lazada_unverified(text: str, says: str, suggestion: str | None) -> None:
    """§7 and §14.6: the bare ``/i{id}.html`` form and root-path brand pages are unverified,
    so neither is read as a listing; the reason says so (it called them search or home
    pages) and the bare item form suggests the verified ``/products/pdp-i{id}.html``."""
    result = parse_listing(text)
    assert not result.ok
    assert result.code == "not-a-listing"
    assert says in result.reason
    assert "search, category" not in result.reason
    assert result.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    ["https://www.lazada.sg/catalog/?q=phone", "https://www.lazada.sg/shop-electronics/",
     "https://www.lazada.sg/", "https://www.lazada.sg/shop", "https://www.lazada.sg/wow/gcp/x",
     "https://pages.lazada.sg/wow/x"],
)  # fmt: skip
def test_lazada_pages_keep_their_reason(text: str) -> None:
    """§7/§11's documented non-listing Lazada pages are not called unverified brand pages."""
    result = parse_listing(text)
    assert result.code == "not-a-listing"
    assert "unverified" not in result.reason


# The accepted rows whose link has a path or query (a bare store host followed by a format
# character or a colon is refused on purpose: see docs/listings.md, Safety).
PATHED = sorted(
    {
        text
        for text, platform, _, _ in ALL
        if platform is not None
        and text == text.strip()
        and text.isprintable()
        and " " not in text
        and re.fullmatch(r"(?:https?:)?(?://)?[^/?#]+", text) is None
        and (text.startswith(("http", "//")) or text[:1].isalnum())
    }
)
# Sentence punctuation, full-width punctuation and a zero-width space, as chat apps leave them.
ENDINGS = ".,;:!?)]}>'\"*\u200b\u3002\uff0c\uff01\uff1f\uff09\u300d\u3011"


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATHED), st.text(alphabet=ENDINGS, min_size=1, max_size=3))
def test_punctuation_after_a_link_changes_nothing(text: str, ending: str) -> None:
    """§0 Trim: punctuation glued after a link, alone on its line or after a word, gives the
    link's own answer (it did not for slugs, tokens and decoded slugs before this sweep).
    Three full stops in a row are no sentence's end but an ellipsis, a link cut short
    (test_real_urls_14.py)."""
    # the ending and the link's own last stops may make one: ``…?id=N。`` + ``。。``
    joined = text[-2:] + ending
    assume("..." not in joined and "\u3002\u3002\u3002" not in joined)
    want = answer(text)
    assert answer(text + ending) == want
    assert answer("see " + text + ending) == want
