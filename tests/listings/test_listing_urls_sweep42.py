"""urls42: listing-urls.md read section by section, form by form, as a user pastes each form
(tracking queries, upper case, without the scheme, trailing punctuation, inside Chinese or
English share text, in a CSV row, a Markdown table, HTML or JSON), every row saying the section
of the notes it comes from: platform, kind, id, canonical URL and marketplace of a listing
(``taobao_or_tmall`` where the host cannot tell, section 1), or the code of a rejection (short
links are never resolved, section 10; lookalikes and pages that are no listing, section 11).

What the sweep found wrong, fixed:

1. A link without its scheme, or protocol-relative, in typographic quotes (``“//item.taobao.com/…”``,
   ``‘item.taobao.com/…’``, ``«…»``, ``„…“``, also after a word: ``看看“detail.tmall.com/…”``) was
   "no URL found"; ASCII and full-width quotes were read (section 0: the first link of the text).
   So was a store's host alone after a full-width bracket or a label (``「//uniqlo.tmall.com」``).
2. A protocol-relative link written as a JSON string value with its slashes escaped
   (``"itemUrl":"\\/\\/www.lazada.sg\\/products\\/…"``) was "no URL found"; with its scheme
   (``https:\\/\\/…``) it was read.
3. An id split by white space (``?id=606832683 299``, a no-break or ideographic space): the
   first token is read (section 0), so the id ends at the space; the listing's note now says
   so, naming the digits after it, whatever the id's length and form (only an item id shorter
   than 9 digits had a note, section 1), on every path that shows notes (``Listing.note``,
   ``ipprules listings``, the complaint check and the planner's report).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_urls33 import ACCOUNT, DAY

from _real_urls import planner_refuses_as_parse_listing, table_tests
from ipprules.cli import main
from ipprules.listings import Listing, parse_listing, parse_listings
from ipprules.listings.model import USUAL_ID_LENGTHS
from ipprules.listings.parser import parse_slowly

#: (section of listing-urls.md, text, platform, kind or code, id, canonical URL, marketplace)
ALL = [
    ('0', '【淘宝】「新款 T恤」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k CZ356', None, 'short-link', None, None, None),
    ('0', '3.0 复制内容… https://m.tb.cn/h.4CEhFr0?sm=70d491 lofree 洛斐', None, 'short-link', None, None, None),
    ('0', '  https://item.taobao.com/item.htm?id=606832683299  ', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'http://item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', '//item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'taobao://item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None, None, None),
    ('0', 'ftp://item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None, None, None),
    ('0', 'HTTPS://ITEM.TAOBAO.COM/item.htm?id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'https://item.taobao.com/item.htm?ID=606832683299', None, 'missing-id', None, None, None),
    ('0', 'http://item.taobao.com@evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None, None, None),
    ('0', 'https://item.taobao.com/item.htm?spm=a&amp;id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'https://item.taobao.com/item.html?abbucket=6%26id=674029285425%26ns=1', 'taobao', 'listing', '674029285425', 'https://item.taobao.com/item.htm?id=674029285425', 'taobao'),
    ('0', 'https://item.taobao.com/item.htm?id=606832683299#detail', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'https://item.taobao.com/item.htm?id=606832683299&id=606832683300', None, 'conflicting-ids', None, None, None),
    ('0', 'https://item.taobao.com/item.htm?id=606832683299&id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'https://www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299', None, 'agent-site', None, None, None),
    ('0', 'https://cnfans.com/product/?shop_type=taobao&id=606832683299', None, 'agent-site', None, None, None),
    ('0', 'https://www.cssbuy.com/item-606832683299.html', None, 'agent-site', None, None, None),
    ('0', '看看这个 https://item.taobao.com/item.htm?id=606832683299。', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', '(https://item.taobao.com/item.htm?id=606832683299)', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', '<https://item.taobao.com/item.htm?id=606832683299>', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'https://item.taobao.com/item.htm?id=606832683299.', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', 'https://item.taobao.com./item.htm?id=606832683299', None, 'lookalike-host', None, None, None),
    ('1', 'https://item.taobao.com/item.htm?spm=a1z09.2.0.0.7d2d2e8dUzVLP4&id=606832683299&_u=71cflvne632', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://item.taobao.com/item.html?id=674029285425', 'taobao', 'listing', '674029285425', 'https://item.taobao.com/item.htm?id=674029285425', 'taobao'),
    ('1', 'http://h5.m.taobao.com/awp/core/detail.htm?spm=686.1000925.0.0.65ecc7c93DZqLU&id=561356305917', 'taobao_or_tmall', 'listing', '561356305917', 'https://item.taobao.com/item.htm?id=561356305917', 'taobao'),
    ('1', 'http://a.m.taobao.com/i35081419154.htm', 'taobao_or_tmall', 'listing', '35081419154', 'https://item.taobao.com/item.htm?id=35081419154', 'taobao'),
    ('1', '//a.m.taobao.com/i551881638423.htm', 'taobao_or_tmall', 'listing', '551881638423', 'https://item.taobao.com/item.htm?id=551881638423', 'taobao'),
    ('1', 'https://m.intl.taobao.com/detail/detail.html?id=993154784090&price=199&tk=nyXpT7VA7lt&short_name=h.8IcTrtZuTU19ieN', 'taobao_or_tmall', 'listing', '993154784090', 'https://item.taobao.com/item.htm?id=993154784090', 'taobao'),
    ('1', 'https://main.m.taobao.com/detail/index.html?id=606832683299&hybrid=true', 'taobao_or_tmall', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://world.taobao.com/item/691740234866.htm', 'taobao_or_tmall', 'listing', '691740234866', 'https://item.taobao.com/item.htm?id=691740234866', 'taobao'),
    ('1', 'https://www.taobao.com/list/item/758067992163.htm?spm=a21wu.10013406-cat.taglist-content.1.56e938a4vsEyTK', 'taobao', 'listing', '758067992163', 'https://item.taobao.com/item.htm?id=758067992163', 'taobao'),
    ('1', 'https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetId=606832683299&targetUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299', 'taobao_or_tmall', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=606832683299', 'taobao_or_tmall', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://h5.m.taobao.com/awp/core/detail.htm?itemId=606832683299', 'taobao_or_tmall', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://item.taobao.com/item.htm?itemId=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://item.taobao.com/item.htm?item_id=606832683299', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://item.taobao.com/item.htm?id=606832683299&skuId=4911012597025&ali_refid=a3_430&ali_trackid=1_x&mi_id=x&utparam=%7B%7D', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('1', 'https://item.taobao.com/item.htm?id=16016943437', 'taobao', 'listing', '16016943437', 'https://item.taobao.com/item.htm?id=16016943437', 'taobao'),
    ('1', 'https://item.taobao.com/item.htm?id=60683268', 'taobao', 'listing', '60683268', 'https://item.taobao.com/item.htm?id=60683268', 'taobao'),
    ('1', 'https://item.taobao.com/item.htm?id=60683268329a', None, 'malformed-id', None, None, None),
    ('1', 'https://item.taobao.com/item.htm?id=', None, 'missing-id', None, None, None),
    ('1', 'https://item.taobao.com/item.htm?spm=a1z09', None, 'missing-id', None, None, None),
    ('1s', 'https://shop118454188.taobao.com/index.htm?spm=2013.1.w5002-17867322799.2.212f5cb16nqwNP', 'taobao', 'storefront', '118454188', 'https://shop118454188.taobao.com/', 'taobao'),
    ('1s', 'https://weactstudio.taobao.com', 'taobao', 'storefront', 'weactstudio', 'https://weactstudio.taobao.com/', 'taobao'),
    ('1s', 'https://lyb2528.taobao.com/index.htm', 'taobao', 'storefront', 'lyb2528', 'https://lyb2528.taobao.com/', 'taobao'),
    ('1s', 'https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157', 'taobao', 'storefront', '2731750157', 'https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157', 'taobao'),
    ('1s', 'https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013', 'taobao', 'storefront', '137594360', 'https://shop137594360.taobao.com/', 'taobao'),
    ('1s', 'https://shop57074988.world.taobao.com/', 'taobao', 'storefront', '57074988', 'https://shop57074988.taobao.com/', 'taobao'),
    ('1s', 'https://runcam.world.taobao.com', 'taobao', 'storefront', 'runcam', 'https://runcam.world.taobao.com/', 'taobao'),
    ('1s', 'https://792758921.world.taobao.com/shop/view_shop.htm?user_number_id=155126737', 'taobao', 'storefront', '792758921', 'https://shop792758921.taobao.com/', 'taobao'),
    ('1s', 'https://world.taobao.com/dianpu/57303596.htm?spm=a21wu', 'taobao', 'storefront', '57303596', 'https://shop57303596.taobao.com/', 'taobao'),
    ('1s', 'SHOP118454188.TAOBAO.COM', 'taobao', 'storefront', '118454188', 'https://shop118454188.taobao.com/', 'taobao'),
    ('1s', 'https://s.taobao.com/', None, 'not-a-listing', None, None, None),
    ('1s', 'https://www.taobao.com/', None, 'not-a-listing', None, None, None),
    ('1s', 'https://buy.taobao.com/', None, 'not-a-listing', None, None, None),
    ('1s', 'https://market.m.taobao.com/', None, 'not-a-listing', None, None, None),
    ('2', 'https://detail.tmall.com/item.htm?_u=71cflvn418d&id=690091011924&spm=a1z09.2.0.0.7d2d2e8dUzVLP4&skuId=4911012597025', 'tmall', 'listing', '690091011924', 'https://detail.tmall.com/item.htm?id=690091011924', 'tmall'),
    ('2', 'https://detail.tmall.com/item_o.htm?id=674029285425&pcdegrade=true&de_count=1', 'tmall', 'listing', '674029285425', 'https://detail.tmall.com/item.htm?id=674029285425', 'tmall'),
    ('2', 'https://detail.m.tmall.com/item.htm?id=42496288663&toSite=main&skuId=3220925169190', 'tmall', 'listing', '42496288663', 'https://detail.tmall.com/item.htm?id=42496288663', 'tmall'),
    ('2', 'https://chaoshi.detail.tmall.com/item.htm?id=606832683299', 'tmall', 'listing', '606832683299', 'https://detail.tmall.com/item.htm?id=606832683299', 'tmall'),
    ('2', 'https://chaoshi.tmall.com/item.htm?id=606832683299', 'tmall', 'listing', '606832683299', 'https://detail.tmall.com/item.htm?id=606832683299', 'tmall'),
    ('2', 'https://detail.tmall.com/item.htm?item_id=606832683299', 'tmall', 'listing', '606832683299', 'https://detail.tmall.com/item.htm?id=606832683299', 'tmall'),
    ('2', '【天猫】https://detail.tmall.com/item.htm?id=606832683299&sku_properties=1627207:28341 点击链接', 'tmall', 'listing', '606832683299', 'https://detail.tmall.com/item.htm?id=606832683299', 'tmall'),
    ('2', 'https://uniqlo.tmall.com/', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/', 'tmall'),
    ('2', 'https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560', 'tmall', 'storefront', 'zuiqingfeng', 'https://zuiqingfeng.tmall.com/', 'tmall'),
    ('2', 'https://uniqlo.tmall.com/shop/view_shop.htm?user_number_id=196993935', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/', 'tmall'),
    ('2', 'https://uniqlo.m.tmall.com/', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/', 'tmall'),
    ('2', 'https://detail.tmall.com/', None, 'missing-id', None, None, None),
    ('2', 'https://list.tmall.com/search_product.htm?q=shoes', None, 'not-a-listing', None, None, None),
    ('2', 'https://www.tmall.com/', None, 'not-a-listing', None, None, None),
    ('2', 'https://pages.tmall.com/wow/a/act/tmall/x', None, 'not-a-listing', None, None, None),
    ('3', 'https://detail.tmall.hk/hk/item.htm?id=608529032990', 'tmall_global', 'listing', '608529032990', 'https://detail.tmall.hk/hk/item.htm?id=608529032990', 'tmall_global'),
    ('3', 'https://detail.tmall.hk/item.htm?id=534668325889&skuId=1&areaId=110100&is_b=1&user_id=2&cat_id=3&rn=x', 'tmall_global', 'listing', '534668325889', 'https://detail.tmall.hk/hk/item.htm?id=534668325889', 'tmall_global'),
    ('3', 'https://zrzb.tmall.hk/shop/view_shop.htm?spm=a1z10&user_number_id=2130139739&rn=x', 'tmall_global', 'storefront', 'zrzb', 'https://zrzb.tmall.hk/', 'tmall_global'),
    ('3', 'https://zrzb.tmall.hk', 'tmall_global', 'storefront', 'zrzb', 'https://zrzb.tmall.hk/', 'tmall_global'),
    ('3', 'DETAIL.TMALL.HK/hk/item.htm?id=608529032990', 'tmall_global', 'listing', '608529032990', 'https://detail.tmall.hk/hk/item.htm?id=608529032990', 'tmall_global'),
    ('4', 'https://detail.1688.com/offer/585943639773.html?spm=a261p.8650809.0.0.6e476328Bt7AQv&tracelog=cps&clickid=e4f7eaf54a50c5a293338d5f39f68907', '1688', 'listing', '585943639773', 'https://detail.1688.com/offer/585943639773.html', '1688'),
    ('4', 'http://m.1688.com/offer/534408278560.html?spm=a26g8.7662792.1998744630.1.TBKyfT', '1688', 'listing', '534408278560', 'https://detail.1688.com/offer/534408278560.html', '1688'),
    ('4', 'http://detail.m.1688.com/page/index.htm?offerId=1002685729834', '1688', 'listing', '1002685729834', 'https://detail.1688.com/offer/1002685729834.html', '1688'),
    ('4', 'https://detail.1688.com/offer/1000507489165.html?_end_point_=1', '1688', 'listing', '1000507489165', 'https://detail.1688.com/offer/1000507489165.html', '1688'),
    ('4', 'https://shop1460133980340.1688.com/', '1688', 'storefront', 'shop1460133980340', 'https://shop1460133980340.1688.com/', '1688'),
    ('4', 'https://shop3w093345o1043.1688.com/page/index.html', '1688', 'storefront', 'shop3w093345o1043', 'https://shop3w093345o1043.1688.com/', '1688'),
    ('4', 'https://shop52798901llv53.1688.com/page/offerlist.htm', '1688', 'storefront', 'shop52798901llv53', 'https://shop52798901llv53.1688.com/', '1688'),
    ('4', 'https://joinsun.1688.com', '1688', 'storefront', 'joinsun', 'https://joinsun.1688.com/', '1688'),
    ('4', 'https://m.1688.com/winport/b2b-2546450021uezz8.html', '1688', 'storefront', 'b2b-2546450021uezz8', 'https://m.1688.com/winport/b2b-2546450021uezz8.html', '1688'),
    ('4', 'https://qr.1688.com/s/7OnLCakq', None, 'short-link', None, None, None),
    ('4', 'https://s.1688.com/selloffer/offer_search.htm?keywords=abc', None, 'not-a-listing', None, None, None),
    ('4', 'https://www.1688.com/', None, 'not-a-listing', None, None, None),
    ('4', 'https://detail.1688.com.cn/offer/585943639773.html', None, 'lookalike-host', None, None, None),
    ('4', 'https://detail.l688.com/offer/585943639773.html', None, 'lookalike-host', None, None, None),
    ('5', 'https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com', 'listing', '1600270997819', 'https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com'),
    ('5', 'https://www.alibaba.com/product-detail/Custom-AAA-Lithium-Coin-Cell-Battery_62567779532.html?spm=a2700.galleryofferlist.normal_offer.d_title.634038883OQveK&s=p', 'alibaba_com', 'listing', '62567779532', 'https://www.alibaba.com/product-detail/Custom-AAA-Lithium-Coin-Cell-Battery_62567779532.html', 'alibaba_com'),
    ('5', 'https://www.alibaba.com/product-introduction/300w-Lithium-Battery-Solar-Portable-Lifepo4_1600984312491.html?spm=abc', 'alibaba_com', 'listing', '1600984312491', 'https://www.alibaba.com/product-detail/300w-Lithium-Battery-Solar-Portable-Lifepo4_1600984312491.html', 'alibaba_com'),
    ('5', 'https://wholesaler.alibaba.com/product-detail/GFB-ffh4d3-rechargeable-lifepo4-battery-3_1906993224.html', 'alibaba_com', 'listing', '1906993224', 'https://www.alibaba.com/product-detail/GFB-ffh4d3-rechargeable-lifepo4-battery-3_1906993224.html', 'alibaba_com'),
    ('5', 'https://m.alibaba.com/product/60339405074/18650-li-ion-battery-3-7v.html?s=p&spm=a', 'alibaba_com', 'listing', '60339405074', 'https://m.alibaba.com/product/60339405074.html', 'alibaba_com'),
    ('5', 'https://m.alibaba.com/product/60339405074.html', 'alibaba_com', 'listing', '60339405074', 'https://m.alibaba.com/product/60339405074.html', 'alibaba_com'),
    ('5', 'https://spanish.alibaba.com/product-detail/Bateria-de-litio_1600984312491.html', 'alibaba_com', 'listing', '1600984312491', 'https://www.alibaba.com/product-detail/Bateria-de-litio_1600984312491.html', 'alibaba_com'),
    ('5', 'https://es.alibaba.com/product-detail/Bateria-de-litio_1600984312491.html', 'alibaba_com', 'listing', '1600984312491', 'https://www.alibaba.com/product-detail/Bateria-de-litio_1600984312491.html', 'alibaba_com'),
    ('5', 'https://goodlcd.en.alibaba.com/product/62454456237-807321088/1_inch_small_epaper_mini_eink_display_for_smart_watch.html', 'alibaba_com', 'listing', '62454456237', 'https://m.alibaba.com/product/62454456237.html', 'alibaba_com'),
    ('5', 'https://funcoo.en.alibaba.com/', 'alibaba_com', 'storefront', 'funcoo', 'https://funcoo.en.alibaba.com/', 'alibaba_com'),
    ('5', 'https://qzhic.en.alibaba.com/fr_FR/company_profile.html', 'alibaba_com', 'storefront', 'qzhic', 'https://qzhic.en.alibaba.com/', 'alibaba_com'),
    ('5', 'https://qzhic.en.alibaba.com/productlist.html', 'alibaba_com', 'storefront', 'qzhic', 'https://qzhic.en.alibaba.com/', 'alibaba_com'),
    ('5', 'https://m.alibaba.com/product/synthetic-4.html', None, 'missing-id', None, None, None),
    ('5', 'https://www.alibaba.com/trade/search?SearchText=battery', None, 'not-a-listing', None, None, None),
    ('5', 'https://www.alibaba.com/showroom/battery.html', None, 'not-a-listing', None, None, None),
    ('5', 'https://www.alibaba.com/x/abcd', None, 'short-link', None, None, None),
    ('5', 'https://s.alibaba.com/abc', None, 'short-link', None, None, None),
    ('6', 'https://www.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097', 'https://www.aliexpress.com/item/1005004878609097.html', 'aliexpress'),
    ('6', 'https://aliexpress.com/item/1005001625391776.html', 'aliexpress', 'listing', '1005001625391776', 'https://www.aliexpress.com/item/1005001625391776.html', 'aliexpress'),
    ('6', 'https://es.aliexpress.com/item/1005003658392996.html?spm=a2g0o&gatewayAdapt=glo2esp', 'aliexpress', 'listing', '1005003658392996', 'https://www.aliexpress.com/item/1005003658392996.html', 'aliexpress'),
    ('6', 'https://m.aliexpress.com/item/32315883368.html', 'aliexpress', 'listing', '32315883368', 'https://www.aliexpress.com/item/32315883368.html', 'aliexpress'),
    ('6', 'https://www.aliexpress.us/item/3256804692294345.html', 'aliexpress', 'listing', '3256804692294345', 'https://www.aliexpress.com/item/3256804692294345.html', 'aliexpress'),
    ('6', 'https://aliexpress.ru/item/1005003473125481.html', 'aliexpress', 'listing', '1005003473125481', 'https://www.aliexpress.com/item/1005003473125481.html', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/i/32949281189.html', 'aliexpress', 'listing', '32949281189', 'https://www.aliexpress.com/item/32949281189.html', 'aliexpress'),
    ('6', 'http://www.aliexpress.com/item/Free-shipping-GC-LFB-Pro-Fighting-Stick/552016907.html', 'aliexpress', 'listing', '552016907', 'https://www.aliexpress.com/item/552016907.html', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/store/product/jj40-Custom-Mechanical-Keyboard/3034003_32828781103.html', 'aliexpress', 'listing', '32828781103', 'https://www.aliexpress.com/item/32828781103.html', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/item/1005001504737652.htm', 'aliexpress', 'listing', '1005001504737652', 'https://www.aliexpress.com/item/1005001504737652.html', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/item/1005001504737652', 'aliexpress', 'listing', '1005001504737652', 'https://www.aliexpress.com/item/1005001504737652.html', 'aliexpress'),
    ('6', 'https://aliexpress.ru/item/10000004786273.html', 'aliexpress', 'listing', '10000004786273', 'https://www.aliexpress.com/item/10000004786273.html', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/store/1104927695', 'aliexpress', 'storefront', '1104927695', 'https://www.aliexpress.com/store/1104927695', 'aliexpress'),
    ('6', 'https://minibalance.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017', 'https://www.aliexpress.com/store/4455017', 'aliexpress'),
    ('6', 'https://weactstudio.aliexpress.com/', 'aliexpress', 'storefront', 'weactstudio', 'https://weactstudio.aliexpress.com/', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/store/group/Sensors/1104927695_517757043.html', 'aliexpress', 'storefront', '1104927695', 'https://www.aliexpress.com/store/1104927695', 'aliexpress'),
    ('6', 'https://www.aliexpress.com/w/wholesale-earbuds.html', None, 'not-a-listing', None, None, None),
    ('6', 'https://www.aliexpress.com/wholesale?SearchText=earbuds', None, 'not-a-listing', None, None, None),
    ('6', 'https://www.aliexpress.com/category/44/consumer-electronics.html', None, 'not-a-listing', None, None, None),
    ('6', 'https://www.aliexpress.com/premium/earbuds.html', None, 'not-a-listing', None, None, None),
    ('6', 'https://www.aliexpress.com/p/order/index.html', None, 'not-a-listing', None, None, None),
    ('6', 'https://portals.aliexpress.com/', None, 'not-a-listing', None, None, None),
    ('6', 'https://api-sg.aliexpress.com/sync', None, 'not-a-listing', None, None, None),
    ('6', 'https://aliexpress.co/item/32884675724.html', None, 'lookalike-host', None, None, None),
    ('6', 'https://aliexpresss.com/item/32884675724.html', None, 'lookalike-host', None, None, None),
    ('6', 'https://www.aIiexpress.com/item/32884675724.html', None, 'lookalike-host', None, None, None),
    ('6', 'https://www.aliexpress.com/item/10050048786O9097.html', None, 'malformed-id', None, None, None),
    ('6', 'https://s.click.aliexpress.com/e/_DD2I7Ox', None, 'short-link', None, None, None),
    ('6', 'https://a.aliexpress.com/_mKjL9Cq', None, 'short-link', None, None, None),
    ('6', 'https://star.aliexpress.com/share/share.htm?platform=WhatsApp&redirectUrl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html', None, 'short-link', None, None, None),
    ('7', 'https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html', 'lazada_sg', 'listing', '2896336114', 'https://www.lazada.sg/products/pdp-i2896336114.html', 'lazada'),
    ('7', 'https://www.lazada.co.th/products/pdp-i4212266679.html', 'lazada_th', 'listing', '4212266679', 'https://www.lazada.co.th/products/pdp-i4212266679.html', 'lazada'),
    ('7', 'https://www.lazada.vn/products/i2638225238.html?spm=a2o4n', 'lazada_vn', 'listing', '2638225238', 'https://www.lazada.vn/products/pdp-i2638225238.html', 'lazada'),
    ('7', 'http://lazada.co.id/products/pdp-i7012345678.html', 'lazada_id', 'listing', '7012345678', 'https://www.lazada.co.id/products/pdp-i7012345678.html', 'lazada'),
    ('7', 'https://www.lazada.com.my/products/xiaomi-i3456789012-s18765432109.html', 'lazada_my', 'listing', '3456789012', 'https://www.lazada.com.my/products/pdp-i3456789012.html', 'lazada'),
    ('7', 'https://www.lazada.com.ph/products/pdp-i15593670246.html', 'lazada_ph', 'listing', '15593670246', 'https://www.lazada.com.ph/products/pdp-i15593670246.html', 'lazada'),
    ('7', 'https://www.lazada.sg/shop/unilever-foods1632795060/', 'lazada_sg', 'storefront', 'unilever-foods1632795060', 'https://www.lazada.sg/shop/unilever-foods1632795060/', 'lazada'),
    ('7', 'https://www.lazada.com.my/shop/xmdgbhc3?path=index.htm&tab=promotion', 'lazada_my', 'storefront', 'xmdgbhc3', 'https://www.lazada.com.my/shop/xmdgbhc3/', 'lazada'),
    ('7', 'https://www.lazada.com.ph/unilever-beauty', None, 'not-a-listing', None, None, None),
    ('7', 'https://www.lazada.sg/shop-electronics/', None, 'not-a-listing', None, None, None),
    ('7', 'https://www.lazada.sg/shop/site/api/seller/products', None, 'not-a-listing', None, None, None),
    ('7', 'https://www.lazada.sg/catalog/?q=earbuds', None, 'not-a-listing', None, None, None),
    ('7', 'https://pages.lazada.sg/wow/camp/lazada/megascenario/sg/1111', None, 'not-a-listing', None, None, None),
    ('7', 'https://api.lazada.sg/rest', None, 'not-a-listing', None, None, None),
    ('7', 'https://auth.lazada.com/oauth/authorize', None, 'not-a-listing', None, None, None),
    ('7', 'https://s.lazada.co.th/s.ZkuXG', None, 'short-link', None, None, None),
    ('7', 'https://s.lazada.sg/s.abc12?cc', None, 'short-link', None, None, None),
    ('7', 'https://c.lazada.co.th/t/c.2qZHBN', None, 'short-link', None, None, None),
    ('7', 'https://www.lazada.co.th/i4212266679.html', None, 'not-a-listing', None, None, None),
    ('7', 'https://www.lazada.co.th/products/xyz.html', None, 'missing-id', None, None, None),
    ('7', 'https://notlazada.sg/products/x-i1.html', None, 'lookalike-host', None, None, None),
    ('7', 'https://lazada.evil.com/products/pdp-i4212266679.html', None, 'lookalike-host', None, None, None),
    ('7', 'https://www.lazada.co.uk/products/pdp-i4212266679.html', None, 'lookalike-host', None, None, None),
    ('7', 'https://www.lazada.com/products/pdp-i4212266679.html', None, 'not-a-listing', None, None, None),
    ('8', 'https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.596b2358xB7LkT&id=965639435219&categoryId=125952002', 'taobao', 'listing', '965639435219', 'https://www.goofish.com/item?id=965639435219', 'xianyu'),
    ('8', 'https://h5.m.goofish.com/item?id=1065574393669', 'taobao', 'listing', '1065574393669', 'https://www.goofish.com/item?id=1065574393669', 'xianyu'),
    ('8', 'https://h5.m.goofish.com/item?itemId=1065574393669', 'taobao', 'listing', '1065574393669', 'https://www.goofish.com/item?id=1065574393669', 'xianyu'),
    ('8', 'https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?spm=x&id=965639435219', 'taobao', 'listing', '965639435219', 'https://www.goofish.com/item?id=965639435219', 'xianyu'),
    ('8', 'https://2.taobao.com/item.htm?id=543176478313', 'taobao', 'listing', '543176478313', 'https://www.goofish.com/item?id=543176478313', 'xianyu'),
    ('8', 'https://www.goofish.com/personal?userId=1666703902', 'taobao', 'storefront', '1666703902', 'https://www.goofish.com/personal?userId=1666703902', 'xianyu'),
    ('8', 'https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D', 'taobao', 'storefront', 'Qt9wn22aKj/nV82TP9hAbA==', 'https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D', 'xianyu'),
    ('8', 'https://2.taobao.com/item.htm?id=test12345', None, 'malformed-id', None, None, None),
    ('8', 'https://www.goofish.com/item?id=wheel-001', None, 'malformed-id', None, None, None),
    ('8', 'https://h5.m.goofish.com/item?spm=abc', None, 'missing-id', None, None, None),
    ('8', 'https://www.goofish.com/search?q=abc', None, 'not-a-listing', None, None, None),
    ('8', 'https://notgoofish.com.evil.example/item?id=999', None, 'lookalike-host', None, None, None),
    ('10', 'https://c.tb.cn/e1.zfrswwh', None, 'short-link', None, None, None),
    ('10', '￥AbCd1234EfG￥', None, 'short-link', None, None, None),
    ('10', '复制这条信息￥AbCd1234EfG￥后打开👉手淘👈', None, 'short-link', None, None, None),
    ('10', 'M.TB.CN/h.4CEhFr0', None, 'short-link', None, None, None),
    ('11', 'https://item.taobao.com.evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None, None, None),
    ('11', 'https://item-taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None, None, None),
    ('11', 'https://fake-tmall.com/item.htm?id=606832683299', None, 'lookalike-host', None, None, None),
    ('11', 'https://item.tаobao.com/item.htm?id=606832683299', None, 'lookalike-host', None, None, None),
    ('11', 'https://item.xn--tobao-4we.com/item.htm?id=606832683299', None, 'not-alibaba-host', None, None, None),
    ('11', 'https://evil.cn/item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None, None, None),
    ('11', 'https://evil.cn/?u=https://item.taobao.com/item.htm?id=606832683299', None, 'not-alibaba-host', None, None, None),
    ('11', 'https://cart.taobao.com/cart.htm', None, 'not-a-listing', None, None, None),
    ('11', 'https://h5.m.taobao.com/cart/order.html', None, 'not-a-listing', None, None, None),
    ('11', 'https://login.taobao.com/member/login.jhtml', None, 'not-a-listing', None, None, None),
    ('11', 'https://s.taobao.com/search?q=abc', None, 'not-a-listing', None, None, None),
    ('11', 'https://www.superbuy.com/en/page/buy?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299', None, 'agent-site', None, None, None),
    ('0', '“//item.taobao.com/item.htm?id=606832683299”', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', '‘item.taobao.com/item.htm?id=606832683299’', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('0', '看看“detail.tmall.com/item.htm?id=690091011924”不错', 'tmall', 'listing', '690091011924', 'https://detail.tmall.com/item.htm?id=690091011924', 'tmall'),
    ('0', '«//www.aliexpress.com/item/1005004878609097.html»', 'aliexpress', 'listing', '1005004878609097', 'https://www.aliexpress.com/item/1005004878609097.html', 'aliexpress'),
    ('0', '„www.lazada.sg/products/pdp-i2896336114.html“', 'lazada_sg', 'listing', '2896336114', 'https://www.lazada.sg/products/pdp-i2896336114.html', 'lazada'),
    ('0', '链接：“//uniqlo.tmall.com”', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/', 'tmall'),
    ('2', '「//uniqlo.tmall.com」', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/', 'tmall'),
    ('1', '店铺：//shop118454188.taobao.com。', 'taobao', 'storefront', '118454188', 'https://shop118454188.taobao.com/', 'taobao'),
    ('0', '“//evil.example/item.htm?id=606832683299”', None, 'not-alibaba-host', None, None, None),
    ('0', '{"url":"\\/\\/item.taobao.com\\/item.htm?id=606832683299"}', 'taobao', 'listing', '606832683299', 'https://item.taobao.com/item.htm?id=606832683299', 'taobao'),
    ('7', '"itemUrl":"\\/\\/www.lazada.sg\\/products\\/pdp-i2896336114.html"', 'lazada_sg', 'listing', '2896336114', 'https://www.lazada.sg/products/pdp-i2896336114.html', 'lazada'),
    ('2', '"shopUrl":"\\/\\/uniqlo.tmall.com"', 'tmall', 'storefront', 'uniqlo', 'https://uniqlo.tmall.com/', 'tmall'),
    ('2', '"u":"\\\\/\\\\/detail.tmall.com\\\\/item.htm?id=690091011924"', 'tmall', 'listing', '690091011924', 'https://detail.tmall.com/item.htm?id=690091011924', 'tmall'),
    ('11', '"u":"\\/\\/item.taobao.com.evil.cn\\/item.htm?id=606832683299"', None, 'lookalike-host', None, None, None),
    ('0', 'https://item.taobao.com/item.htm?id=606832683 299', 'taobao', 'listing', '606832683', 'https://item.taobao.com/item.htm?id=606832683', 'taobao'),
    ('4', 'http://detail.m.1688.com/page/index.htm?offerId=100268\xa05729834', '1688', 'listing', '100268', 'https://detail.1688.com/offer/100268.html', '1688'),
    ('6', 'https://www.aliexpress.com/store/1104\u3000927695', 'aliexpress', 'storefront', '1104', 'https://www.aliexpress.com/store/1104', 'aliexpress'),
    ('10', 'https://m.tb.cn/h.4CE hFr0', None, 'short-link', None, None, None),
    ('0', 'HTTPS://DETAIL.TMALL.HK/hk/item.htm?id=608529032990&spm=a2o4m.pdp.0.0&utm_source=wechat', 'tmall_global', 'listing', '608529032990', 'https://detail.tmall.hk/hk/item.htm?id=608529032990', 'tmall_global'),
    ('4', 'DETAIL.1688.COM/offer/585943639773.html?spm=a261p#detail', '1688', 'listing', '585943639773', 'https://detail.1688.com/offer/585943639773.html', '1688'),
    ('5', 'www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html?spm=a2700).', 'alibaba_com', 'listing', '1600270997819', 'https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html', 'alibaba_com'),
    ('6', 'Check out this product: //es.aliexpress.com/item/1005003658392996.html?gatewayAdapt=glo2esp via the app', 'aliexpress', 'listing', '1005003658392996', 'https://www.aliexpress.com/item/1005003658392996.html', 'aliexpress'),
    ('7', '[link](https://www.lazada.com.ph/products/pdp-i15593670246.html?laz_trackid=x&mkttid=y)', 'lazada_ph', 'listing', '15593670246', 'https://www.lazada.com.ph/products/pdp-i15593670246.html', 'lazada'),
    ('8', '【闲鱼】「九成新自行车」 https://www.goofish.com/item?spm=a21ybx.item.0.0&id=965639435219&categoryId=125952002 点击链接直接打开', 'taobao', 'listing', '965639435219', 'https://www.goofish.com/item?id=965639435219', 'xianyu'),
    ('1', '<a href="//a.m.taobao.com/i551881638423.htm">链接</a>', 'taobao_or_tmall', 'listing', '551881638423', 'https://item.taobao.com/item.htm?id=551881638423', 'taobao'),
    ('1s', '1,Shop,https://shop118454188.taobao.com/,Shop A', 'taobao', 'storefront', '118454188', 'https://shop118454188.taobao.com/', 'taobao'),
    ('3', '| 1 | https://zrzb.tmall.hk/shop/view_shop.htm?user_number_id=2130139739 | 12 |', 'tmall_global', 'storefront', 'zrzb', 'https://zrzb.tmall.hk/', 'tmall_global'),
    ('10', '【淘宝】「新款连衣裙 夏季」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k 点击链接直接打开', None, 'short-link', None, None, None),

]  # fmt: skip
ROWS = [row[1:5] for row in ALL]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


def test_plan_refuses_each_row_as_parse_listing_does() -> None:
    planner_refuses_as_parse_listing([row[1] for row in ALL], ACCOUNT, DAY)  # see its doc


@pytest.mark.parametrize(
    ("section", "text", "canonical", "marketplace"),
    [(row[0], row[1], row[5], row[6]) for row in ALL if row[2] is not None],
)
def test_canonical_url_and_marketplace_are_the_notes(
    section: str, text: str, canonical: str, marketplace: str
) -> None:
    result = parse_listing(text)
    assert type(result) is Listing, (section, result)
    assert (result.canonical_url, result.marketplace) == (canonical, marketplace), section
    assert result.canonical_url.startswith("https://")  # section 0: canonicalised to https


@pytest.mark.parametrize("text", [row[1] for row in ALL if row[3] == "short-link"])
def test_a_short_link_is_never_resolved(text: str) -> None:
    """Section 10: no platform, no id; a suggestion only where the link's own query names
    the page (star.aliexpress.com's redirectUrl)."""
    result = parse_listing(text)
    assert not result.ok and result.code == "short-link"
    assert result.suggestion is None or "redirectUrl" in text


SPACES = [" ", "\u00a0", "\u3000", "\t"]
#: (a link whose id is split by white space, the id read, the digits after the space)
SPLIT = [
    ("https://item.taobao.com/item.htm?id=606832683{} 299", "606832683", "299"),
    ("https://item.taobao.com/item.htm?id=6068326{}83299", "6068326", "83299"),
    ("http://detail.m.1688.com/page/index.htm?offerId=100268{}5729834", "100268", "5729834"),
    ("https://store.taobao.com/shop/view_shop.htm?user_number_id=2731{}750157", "2731", "750157"),
    ("https://www.aliexpress.com/store/1104{}927695", "1104", "927695"),
    ("https://www.aliexpress.com/item/10050048786{}09097.html", "10050048786", "09097"),
    ("https://aliexpress.ru/item/10050034731{}25481.html", "10050034731", "25481"),
    ("https://www.goofish.com/personal?userId=1666{}703902", "1666", "703902"),
]  # fmt: skip


@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize(("template", "id", "rest"), SPLIT)
def test_an_id_split_by_white_space_is_read_to_it_with_a_note(
    template: str, id: str, rest: str, space: str
) -> None:
    text = template.replace("{} ", "{}").format(space)
    read = [parse_listing(text), parse_slowly(text), next(iter(parse_listings([text])))[1]]
    for result in read:
        assert type(result) is Listing and result.id == id, result
        assert result.note is not None and f"the id {id} is followed by white space" in result.note
        assert repr(rest) in result.note


@pytest.mark.parametrize(
    "text",
    [
        "https://item.taobao.com/item.htm?id=606832683299 看看 12",  # share text, then a price
        "12 https://item.taobao.com/item.htm?id=606832683299",
        "https://www.aliexpress.com/store/1104927695 Shop A",
        "https://detail.1688.com/offer/585943639773.html 2024 new",  # no id split
    ],
)
def test_white_space_after_a_whole_id_and_no_digits_gets_no_note(text: str) -> None:
    result = parse_listing(text)
    assert type(result) is Listing and result.note is None, result


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.sampled_from([t for t, *_ in SPLIT]),
    st.sampled_from(SPACES),
    st.integers(1, 6),
    st.text("0123456789", min_size=1, max_size=8),
)
def test_the_note_names_what_follows_the_space(
    template: str, space: str, times: int, rest: str
) -> None:
    head = template.split("{}")[0]
    text = f"{head}{space * times}{rest}{template.split('{}')[1].lstrip(' 0123456789')}"
    result = parse_listing(text)
    if type(result) is not Listing:  # the head alone is no listing (a seller id of 4 digits…)
        return
    # urls43: noted only where the two make an id of its kind's usual length (a price or a
    # quantity after a whole id is no part of it)
    fewest, most = USUAL_ID_LENGTHS[(result.form.marketplace, result.form.id_type)]
    if fewest <= len(result.id) + len(rest) <= most:
        assert result.note is not None and repr(rest[:20]) in result.note, (text, result.note)
    else:
        assert result.note is None or "white space" not in result.note, (text, result.note)
    assert parse_slowly(text).note == result.note


def test_ipprules_listings_shows_the_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("https://www.aliexpress.com/store/1104\u00a0927695\n", encoding="utf-8")
    assert main(["listings", str(path), "--input", "lines"]) == 0
    assert "(note: the id 1104 is followed by white space and '927695'" in capsys.readouterr().out
    assert main(["listings", str(path), "--input", "lines", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)["results"][0]
    assert record["id"] == "1104" and "'927695'" in record["note"]


def test_the_complaint_check_gives_the_note() -> None:
    """A complaint listing the line as written has the note as a ``listing-note`` finding
    (the planner files the id read, its canonical URL)."""
    import attrs

    from ipprules.checks import check
    from ipprules.planner import Settings, plan_listings

    line = "https://www.aliexpress.com/item/10050048786\u00a009097.html"
    planned = plan_listings(
        [line], ACCOUNT, as_of=DAY, settings=Settings(right="tm-cn", reason="tm_counterfeit")
    ).plan
    assert planned.complaints[0].listings == ("https://www.aliexpress.com/item/10050048786.html",)
    complaint = attrs.evolve(planned.complaints[0], listings=(line,))
    plan = attrs.evolve(planned, complaints=(complaint,))
    notes = [f.message for f in check(plan, as_of=DAY).findings if f.code == "listing-note"]
    assert any("'09097'" in note for note in notes), notes
