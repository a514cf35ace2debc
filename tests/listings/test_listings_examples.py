"""Real and constructed URLs from the domain reference, with what each must become."""

from __future__ import annotations

import pytest

from ipprules.listings import RECORD_FIELDS, Listing, Rejection, parse_listing
from ipprules.listings.parser import parse_slowly

# (input, platform, kind, id, canonical URL)
ACCEPTED = [
    ("https://item.taobao.com/item.htm?spm=a1z09.2.0.0.7d2d2e8dUzVLP4&id=606832683299&_u=71cflvne632",
     "taobao", "listing", "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    ("https://item.taobao.com/item.html?id=674029285425",
     "taobao", "listing", "674029285425", "https://item.taobao.com/item.htm?id=674029285425"),
    ("http://h5.m.taobao.com/awp/core/detail.htm?spm=686.1000925.0.0.65ecc7c93DZqLU&id=561356305917",
     "taobao_or_tmall", "listing", "561356305917", "https://item.taobao.com/item.htm?id=561356305917"),
    ("//a.m.taobao.com/i551881638423.htm",
     "taobao_or_tmall", "listing", "551881638423", "https://item.taobao.com/item.htm?id=551881638423"),
    ("https://m.intl.taobao.com/detail/detail.html?id=993154784090&price=199&tk=nyXpT7VA7lt&short_name=h.8IcTrtZuTU19ieN",
     "taobao_or_tmall", "listing", "993154784090", "https://item.taobao.com/item.htm?id=993154784090"),
    ("https://main.m.taobao.com/detail/index.html?id=923265595732&hybrid=true",
     "taobao_or_tmall", "listing", "923265595732", "https://item.taobao.com/item.htm?id=923265595732"),
    ("https://world.taobao.com/item/691740234866.htm",
     "taobao_or_tmall", "listing", "691740234866", "https://item.taobao.com/item.htm?id=691740234866"),
    ("https://www.taobao.com/list/item/758067992163.htm?spm=a21wu.10013406-cat.taglist-content.1.56e938a4vsEyTK",
     "taobao", "listing", "758067992163", "https://item.taobao.com/item.htm?id=758067992163"),
    ("https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetId=606832683299",
     "taobao_or_tmall", "listing", "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    ("https://shop118454188.taobao.com/index.htm?spm=2013.1.w5002-17867322799.2.212f5cb16nqwNP",
     "taobao", "storefront", "118454188", "https://shop118454188.taobao.com/"),
    ("https://weactstudio.taobao.com", "taobao", "storefront", "weactstudio",
     "https://weactstudio.taobao.com/"),
    ("https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157",
     "taobao", "storefront", "2731750157",
     "https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157"),
    # the older path without /shop/, as store-link helpers emit it (listing-urls section 1,
    # github-index:25288776564; also :46271121422, :46282225729)
    ("http://store.taobao.com/view_shop.htm?user_number_id=2731750157", "taobao", "storefront",
     "2731750157", "https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157"),
    ("https://shop57074988.world.taobao.com/", "taobao", "storefront", "57074988",
     "https://shop57074988.taobao.com/"),
    ("https://runcam.world.taobao.com", "taobao", "storefront", "runcam",
     "https://runcam.world.taobao.com/"),
    ("https://world.taobao.com/dianpu/57303596.htm?spm=x", "taobao", "storefront", "57303596",
     "https://shop57303596.taobao.com/"),
    ("https://detail.tmall.com/item.htm?_u=71cflvn418d&id=690091011924&spm=a1z09.2.0.0.7d2d2e8dUzVLP4&skuId=4911012597025",
     "tmall", "listing", "690091011924", "https://detail.tmall.com/item.htm?id=690091011924"),
    ("https://detail.tmall.com/item_o.htm?id=674029285425&pcdegrade=true&de_count=1",
     "tmall", "listing", "674029285425", "https://detail.tmall.com/item.htm?id=674029285425"),
    ("https://detail.m.tmall.com/item.htm?id=42496288663&toSite=main&skuId=3220925169190",
     "tmall", "listing", "42496288663", "https://detail.tmall.com/item.htm?id=42496288663"),
    ("https://uniqlo.tmall.com/", "tmall", "storefront", "uniqlo", "https://uniqlo.tmall.com/"),
    ("https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560",
     "tmall", "storefront", "zuiqingfeng", "https://zuiqingfeng.tmall.com/"),
    ("https://detail.tmall.hk/hk/item.htm?id=608529032990", "tmall_global", "listing",
     "608529032990", "https://detail.tmall.hk/hk/item.htm?id=608529032990"),
    ("https://detail.tmall.hk/item.htm?id=534668325889&skuId=1&areaId=2&is_b=1&user_id=3",
     "tmall_global", "listing", "534668325889",
     "https://detail.tmall.hk/hk/item.htm?id=534668325889"),
    ("https://zrzb.tmall.hk/shop/view_shop.htm?spm=x&user_number_id=2130139739&rn=y",
     "tmall_global", "storefront", "zrzb", "https://zrzb.tmall.hk/"),
    ("https://detail.1688.com/offer/585943639773.html?spm=a261p.8650809.0.0.6e476328Bt7AQv&tracelog=cps&clickid=e4f7eaf54a50c5a293338d5f39f68907",
     "1688", "listing", "585943639773", "https://detail.1688.com/offer/585943639773.html"),
    ("http://m.1688.com/offer/534408278560.html?spm=a26g8.7662792.1998744630.1.TBKyfT",
     "1688", "listing", "534408278560", "https://detail.1688.com/offer/534408278560.html"),
    ("http://detail.m.1688.com/page/index.htm?offerId=1002685729834", "1688", "listing",
     "1002685729834", "https://detail.1688.com/offer/1002685729834.html"),
    ("https://shop3w093345o1043.1688.com/page/offerlist.htm", "1688", "storefront",
     "shop3w093345o1043", "https://shop3w093345o1043.1688.com/"),
    ("https://joinsun.1688.com", "1688", "storefront", "joinsun", "https://joinsun.1688.com/"),
    ("https://m.1688.com/winport/b2b-2546450021uezz8.html", "1688", "storefront",
     "b2b-2546450021uezz8", "https://m.1688.com/winport/b2b-2546450021uezz8.html"),
    ("https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html",
     "alibaba_com", "listing", "1600270997819",
     "https://www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html"),
    ("https://www.alibaba.com/product-introduction/300w-Lithium-Battery-Solar-Portable-Lifepo4_1600984312491.html?spm=abc",
     "alibaba_com", "listing", "1600984312491",
     "https://www.alibaba.com/product-detail/300w-Lithium-Battery-Solar-Portable-Lifepo4_1600984312491.html"),
    ("https://wholesaler.alibaba.com/product-detail/GFB-ffh4d3-rechargeable-lifepo4-battery-3_1906993224.html",
     "alibaba_com", "listing", "1906993224",
     "https://www.alibaba.com/product-detail/GFB-ffh4d3-rechargeable-lifepo4-battery-3_1906993224.html"),
    ("https://m.alibaba.com/product/60339405074/18650-li-ion-battery-3-7v.html?s=p&spm=x",
     "alibaba_com", "listing", "60339405074", "https://m.alibaba.com/product/60339405074.html"),
    ("https://goodlcd.en.alibaba.com/product/62454456237-807321088/1_inch_small_epaper_mini_eink_display_for_smart_watch.html",
     "alibaba_com", "listing", "62454456237", "https://m.alibaba.com/product/62454456237.html"),
    ("https://funcoo.en.alibaba.com/", "alibaba_com", "storefront", "funcoo",
     "https://funcoo.en.alibaba.com/"),
    ("https://www.aliexpress.com/item/1005004878609097.html", "aliexpress", "listing",
     "1005004878609097", "https://www.aliexpress.com/item/1005004878609097.html"),
    ("https://es.aliexpress.com/item/1005003658392996.html?spm=x&gatewayAdapt=glo2esp",
     "aliexpress", "listing", "1005003658392996",
     "https://www.aliexpress.com/item/1005003658392996.html"),
    ("https://m.aliexpress.com/item/32315883368.html", "aliexpress", "listing", "32315883368",
     "https://www.aliexpress.com/item/32315883368.html"),
    ("https://www.aliexpress.com/i/32949281189.html", "aliexpress", "listing", "32949281189",
     "https://www.aliexpress.com/item/32949281189.html"),
    ("http://www.aliexpress.com/item/Free-shipping-GC-LFB-Pro-Fighting-Stick/552016907.html",
     "aliexpress", "listing", "552016907", "https://www.aliexpress.com/item/552016907.html"),
    ("https://www.aliexpress.com/store/product/jj40-Custom-Mechanical-Keyboard/3034003_32828781103.html",
     "aliexpress", "listing", "32828781103", "https://www.aliexpress.com/item/32828781103.html"),
    ("https://www.aliexpress.com/item/1005001504737652.htm", "aliexpress", "listing",
     "1005001504737652", "https://www.aliexpress.com/item/1005001504737652.html"),
    ("https://www.aliexpress.com/store/1104927695", "aliexpress", "storefront", "1104927695",
     "https://www.aliexpress.com/store/1104927695"),
    ("https://minibalance.aliexpress.com/store/4455017", "aliexpress", "storefront", "4455017",
     "https://www.aliexpress.com/store/4455017"),
    ("https://weactstudio.aliexpress.com/", "aliexpress", "storefront", "weactstudio",
     "https://weactstudio.aliexpress.com/"),
    ("https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html", "lazada_sg", "listing",
     "2896336114", "https://www.lazada.sg/products/pdp-i2896336114.html"),
    ("https://www.lazada.co.th/products/pdp-i4212266679.html", "lazada_th", "listing",
     "4212266679", "https://www.lazada.co.th/products/pdp-i4212266679.html"),
    ("https://www.lazada.vn/products/i2638225238.html?spm=a2o4n.x", "lazada_vn", "listing",
     "2638225238", "https://www.lazada.vn/products/pdp-i2638225238.html"),
    ("http://lazada.co.id/products/pdp-i160428937-s181542553.html", "lazada_id", "listing",
     "160428937", "https://www.lazada.co.id/products/pdp-i160428937.html"),
    ("https://www.lazada.com.ph/products/some-phone-case-i15593670246.html", "lazada_ph",
     "listing", "15593670246", "https://www.lazada.com.ph/products/pdp-i15593670246.html"),
    ("https://www.lazada.com.my/shop/unilever-foods1632795060/", "lazada_my", "storefront",
     "unilever-foods1632795060", "https://www.lazada.com.my/shop/unilever-foods1632795060/"),
    ("https://www.goofish.com/item?spm=a21ybx.personal.feeds.1.596b2358xB7LkT&id=965639435219&categoryId=125952002",
     "taobao", "listing", "965639435219", "https://www.goofish.com/item?id=965639435219"),
    ("https://h5.m.goofish.com/item?itemId=1065574393669", "taobao", "listing",
     "1065574393669", "https://www.goofish.com/item?id=1065574393669"),
    ("https://2.taobao.com/item.htm?id=543176478313", "taobao", "listing", "543176478313",
     "https://www.goofish.com/item?id=543176478313"),
    # Xianyu's app detail page on the shared Taobao app host (section 1: market.m.taobao.com
    # ...?id=N; real pastes, github-index:44166703199 "Xianyu link", :43087320180)
    ("https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=626032002165&ut_sk=1.X23p8dbHZsEDAI2wCPftXkIY_21407387_1601553035380.Copy.detail.626032002165.3586168982&forceFlush=1",
     "taobao", "listing", "626032002165", "https://www.goofish.com/item?id=626032002165"),
    ("https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id=593584048233",
     "taobao", "listing", "593584048233", "https://www.goofish.com/item?id=593584048233"),
    ("https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D", "taobao",
     "storefront", "Qt9wn22aKj/nV82TP9hAbA==",
     "https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D"),
    # pastes: double-encoded query, HTML escape, scheme-less, upper case, share text
    ("https://item.taobao.com/item.htm?abbucket=6%26id=674029285425%26ns=1", "taobao",
     "listing", "674029285425", "https://item.taobao.com/item.htm?id=674029285425"),
    ("https://item.taobao.com/item.htm?spm=a1z10&amp;id=674029285425", "taobao", "listing",
     "674029285425", "https://item.taobao.com/item.htm?id=674029285425"),
    ("  item.taobao.com/item.htm?id=674029285425  ", "taobao", "listing", "674029285425",
     "https://item.taobao.com/item.htm?id=674029285425"),
    ("HTTPS://DETAIL.TMALL.COM/item.htm?id=690091011924", "tmall", "listing", "690091011924",
     "https://detail.tmall.com/item.htm?id=690091011924"),
    ("看看这个 https://detail.1688.com/offer/585943639773.html?spm=x，很好",
     "1688", "listing", "585943639773", "https://detail.1688.com/offer/585943639773.html"),
    ("https://item.taobao.com:443/item.htm?id=674029285425", "taobao", "listing",
     "674029285425", "https://item.taobao.com/item.htm?id=674029285425"),
    ("https://item.taobao.com/item.htm?id=674029285425&id=674029285425", "taobao", "listing",
     "674029285425", "https://item.taobao.com/item.htm?id=674029285425"),
    # whitespace that ends the input, or spaces, cannot join anything to the host (section 0)
    ("https://weactstudio.taobao.com\n", "taobao", "storefront", "weactstudio",
     "https://weactstudio.taobao.com/"),
    ("https://uniqlo.tmall.com \r\n", "tmall", "storefront", "uniqlo", "https://uniqlo.tmall.com/"),
    ("店铺：https://uniqlo.tmall.com 欢迎光临", "tmall", "storefront", "uniqlo",
     "https://uniqlo.tmall.com/"),
    # store sub-pages read by the thorough parser too (upper-case scheme, port, encoded slug)
    ("HTTP://www.aliexpress.com/store/group/Keyboards/1104927695_10000001.html", "aliexpress",
     "storefront", "1104927695", "https://www.aliexpress.com/store/1104927695"),
    ("https://www.aliexpress.com:443/store/group/Keyboards/1104927695_10000001.html", "aliexpress",
     "storefront", "1104927695", "https://www.aliexpress.com/store/1104927695"),
    ("https://www.aliexpress.com/store/group/New%20Arrivals/1104927695_10000001.html",
     "aliexpress", "storefront", "1104927695", "https://www.aliexpress.com/store/1104927695"),
    ("Https://www.aliexpress.com/store/feedback-score/1104927695.html", "aliexpress",
     "storefront", "1104927695", "https://www.aliexpress.com/store/1104927695"),
    # decoded (non-ASCII) slugs, as chat apps and spreadsheets show them: free text (sections 5-7)
    ("https://www.lazada.co.th/products/เสื้อยืด-i4212266679-s18000000000.html", "lazada_th",
     "listing", "4212266679", "https://www.lazada.co.th/products/pdp-i4212266679.html"),
    ("https://www.lazada.vn/products/áo-thun-i2638225238.html", "lazada_vn", "listing",
     "2638225238", "https://www.lazada.vn/products/pdp-i2638225238.html"),
    ("https://aliexpress.ru/item/Клавиатура/1005003473125481.html", "aliexpress", "listing",
     "1005003473125481", "https://www.aliexpress.com/item/1005003473125481.html"),
    ("https://item.taobao.com/item.htm?spm=a1z09&q=键盘&id=606832683299", "taobao", "listing",
     "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    # share text glued after the id is cut off, in ASCII or not
    ("https://item.taobao.com/item.htm?id=606832683299复制这条信息", "taobao", "listing",
     "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    ("https://item.taobao.com/item.htm?id=606832683299「Lofree」", "taobao", "listing",
     "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    # the store pattern IPP quotes (section 9): http://******.mall.taobao.com
    ("http://nike.mall.taobao.com/", "taobao", "storefront", "nike", "https://nike.mall.taobao.com/"),
    # the overseas share page read from its nested targetUrl (section 1 of the notes)
    ("https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299",
     "taobao_or_tmall", "listing", "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    ("https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetUrl=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D690091011924",
     "taobao_or_tmall", "listing", "690091011924", "https://item.taobao.com/item.htm?id=690091011924"),
    # a URL glued to a word before it: the first http(s):// token is pulled out of the text
    # (section 0, Trim); a README line, a label with a colon, a query-style paste
    ("ESP32主板链接：https://item.taobao.com/item.htm?id=823042315028&mi_id=0000UEq26LaSY20KMpq517pt6S4_-dz2iyrjgV32TzdTn5Q&spm=tbpc.boughtlist.suborder_itemtitle.1.6cee2e8dCE8xpD",
     "taobao", "listing", "823042315028", "https://item.taobao.com/item.htm?id=823042315028"),
    ("Link:https://www.aliexpress.com/item/1005001625391776.html",
     "aliexpress", "listing", "1005001625391776", "https://www.aliexpress.com/item/1005001625391776.html"),
    ("url=https://item.taobao.com/item.htm?id=884230283410",
     "taobao", "listing", "884230283410", "https://item.taobao.com/item.htm?id=884230283410"),
    ("Taobao:HTTPS://detail.tmall.com/item.htm?id=823042315028",
     "tmall", "listing", "823042315028", "https://detail.tmall.com/item.htm?id=823042315028"),
    # the language sites' own hreflang links: a hyphen before the id (section 5)
    ("https://german.alibaba.com/product-detail/double-side-beadlock-steel-wheels-for-suv-60498710816.html",
     "alibaba_com", "listing", "60498710816",
     "https://www.alibaba.com/product-detail/double-side-beadlock-steel-wheels-for-suv_60498710816.html"),
    # N.world.taobao.com: N is the shop id (section 1, store fronts)
    ("https://792758921.world.taobao.com/shop/view_shop.htm?user_number_id=155126737",
     "taobao", "storefront", "792758921", "https://shop792758921.taobao.com/"),
    # the Tmall Global mobile host (the pc twin is detail.tmall.hk), a world.tmall.com store
    ("https://detail.m.tmall.hk/item.htm?id=559193157478&toSite=main&sku_properties=1627207:878644924&decision=sku",
     "tmall_global", "listing", "559193157478", "https://detail.tmall.hk/hk/item.htm?id=559193157478"),
    ("https://seeedstudio.world.tmall.com/shop/view_shop.htm?spm=a21xtw.29978516.0.0",
     "tmall", "storefront", "seeedstudio", "https://seeedstudio.world.tmall.com/"),
    # links as chats and pages wrap them: an HTML anchor with English text, a code span,
    # BBCode, a table cell, sentence punctuation after a lone link, a list number
    ('<a href="https://item.taobao.com/item.htm?id=637730514783">Buy</a>',
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("`https://item.taobao.com/item.htm?id=637730514783`",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("[url]https://item.taobao.com/item.htm?id=637730514783[/url]",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("|https://item.taobao.com/item.htm?id=637730514783|",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("https://item.taobao.com/item.htm?id=637730514783.",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("1.https://item.taobao.com/item.htm?id=637730514783",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("No.1:https://item.taobao.com/item.htm?id=637730514783",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    # a dotted word in a title is not the link (section 0: the first http(s):// token)
    ("B.Duck/Hello Kitty mug https://item.taobao.com/item.htm?id=637730514783",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    # the app's detail pages (section 1: market.m.taobao.com/...?id=N; where e.tb.cn lands)
    ("https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=569988617860",
     "taobao_or_tmall", "listing", "569988617860", "https://item.taobao.com/item.htm?id=569988617860"),
    ("https://main.m.taobao.com/security-h5-detail/home?id=569988617860&spm=a2141",
     "taobao_or_tmall", "listing", "569988617860", "https://item.taobao.com/item.htm?id=569988617860"),
    # a link copied out of JSON (an API response, a page's source: every slash escaped, & as
    # \u0026) or percent-encoded whole (out of a redirect parameter) is the URL it holds
    (r"https:\/\/item.taobao.com\/item.htm?spm=a21bo\u0026id=637730514783",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    (r'{"itemUrl":"https:\/\/detail.tmall.com\/item.htm?id=637730514783","price":"9.90"}',
     "tmall", "listing", "637730514783", "https://detail.tmall.com/item.htm?id=637730514783"),
    (r"link: https:\/\/www.aliexpress.com\/item\/1005001625391776.html",
     "aliexpress", "listing", "1005001625391776", "https://www.aliexpress.com/item/1005001625391776.html"),
    ("https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D637730514783",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    (r"B.Duck/Hello Kitty mug https:\/\/item.taobao.com\/item.htm?id=637730514783",
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    (r'{"html":"<a href=\"https:\/\/item.taobao.com\/item.htm?id=637730514783\">Buy<\/a>"}',
     "taobao", "listing", "637730514783", "https://item.taobao.com/item.htm?id=637730514783"),
    ("url=https%3a%2f%2fwww.lazada.sg%2fproducts%2fpdp-i2896336114.html",
     "lazada_sg", "listing", "2896336114", "https://www.lazada.sg/products/pdp-i2896336114.html"),
    # urls40: a protocol-relative link after a comma or a label; &amp; with its ";" encoded
    ("title,//uniqlo.tmall.com/", "tmall", "storefront", "uniqlo", "https://uniqlo.tmall.com/"),
    ("店铺：//uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo", "https://uniqlo.tmall.com/"),
    ("https://item.taobao.com/item.htm?spm=x&amp%3Bid=606832683299",
     "taobao", "listing", "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    # urls41: Lazada's itemId naming the path's item; an escape in a path form's query
    ("https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?itemId=2896336114",
     "lazada_sg", "listing", "2896336114", "https://www.lazada.sg/products/pdp-i2896336114.html"),
    ("https://a.m.taobao.com/i35081419154.htm?spm=a%2Cb", "taobao_or_tmall", "listing",
     "35081419154", "https://item.taobao.com/item.htm?id=35081419154"),
    # urls42: links without their scheme in typographic quotes; a store's host alone after a
    # full-width bracket or a label; protocol-relative links with JSON-escaped slashes
    ("“//item.taobao.com/item.htm?id=606832683299”", "taobao", "listing", "606832683299",
     "https://item.taobao.com/item.htm?id=606832683299"),
    ("看看“detail.tmall.com/item.htm?id=690091011924”不错", "tmall", "listing", "690091011924",
     "https://detail.tmall.com/item.htm?id=690091011924"),
    ("„www.lazada.sg/products/pdp-i2896336114.html“", "lazada_sg", "listing", "2896336114",
     "https://www.lazada.sg/products/pdp-i2896336114.html"),
    ("「//uniqlo.tmall.com」", "tmall", "storefront", "uniqlo", "https://uniqlo.tmall.com/"),
    (r'{"url":"\/\/item.taobao.com\/item.htm?id=606832683299"}', "taobao", "listing",
     "606832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    (r'"itemUrl":"\/\/www.lazada.sg\/products\/pdp-i2896336114.html"', "lazada_sg", "listing",
     "2896336114", "https://www.lazada.sg/products/pdp-i2896336114.html"),
    # urls43: a protocol-relative link glued to Chinese text; a scheme with nothing before its
    # colon; a price glued on with a currency sign
    ("链接//item.taobao.com/item.htm?id=606832683299", "taobao", "listing", "606832683299",
     "https://item.taobao.com/item.htm?id=606832683299"),
    ("://www.lazada.sg/products/pdp-i2896336114.html", "lazada_sg", "listing", "2896336114",
     "https://www.lazada.sg/products/pdp-i2896336114.html"),
    ("https://detail.tmall.com/item.htm?id=690091011924¥199", "tmall", "listing", "690091011924",
     "https://detail.tmall.com/item.htm?id=690091011924"),
    ("x 显示器 https://detail.tmall.com/item.htm?id=545087400148 699", "tmall", "listing",
     "545087400148", "https://detail.tmall.com/item.htm?id=545087400148"),
]  # fmt: skip

# (input, rejection code)
REJECTED = [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("x" * 9000, "too-long"),
    ("hello world", "not-a-url"),
    ("https://", "not-a-url"),
    ("taobao://item.taobao.com/item.htm?id=606832683299", "scheme-not-allowed"),
    ("ftp://item.taobao.com/item.htm?id=606832683299", "scheme-not-allowed"),
    ("javascript:alert(1)", "scheme-not-allowed"),
    ("https://www.amazon.com/dp/B08N5WRWNW", "not-alibaba-host"),
    ("https://item.taobao.com.evil.cn/item.htm?id=606832683299", "lookalike-host"),
    ("http://item.taobao.com@evil.cn/item.htm?id=606832683299", "lookalike-host"),
    ("http://user@item.taobao.com/item.htm?id=606832683299", "lookalike-host"),
    ("https://item.taobao.com\\@evil.cn/item.htm?id=606832683299", "lookalike-host"),
    ("https://item-taobao.com/item.htm?id=606832683299", "lookalike-host"),
    ("https://aliexpresss.com/item/1005004878609097.html", "lookalike-host"),
    ("https://fake-tmall.com/item.htm?id=606832683299", "lookalike-host"),
    ("https://t\u0430obao.com/item.htm?id=606832683299", "lookalike-host"),
    ("https://aIiexpress.com/item/1005004878609097.html", "lookalike-host"),
    ("https://l688.com/offer/585943639773.html", "lookalike-host"),
    ("https://detail.1688.com.cn/offer/585943639773.html", "lookalike-host"),
    ("https://www.lazada.co.uk/products/pdp-i2896336114.html", "lookalike-host"),
    ("aliexpress.co/item/32884675724.html", "lookalike-host"),
    ("notlazada.sg/products/x-i1.html", "lookalike-host"),
    ("https://notgoofish.com.evil.example/item?id=999", "lookalike-host"),
    ("https://item.taobao.com./item.htm?id=606832683299", "lookalike-host"),
    ("https://item.taobao.com:8080/item.htm?id=606832683299", "lookalike-host"),
    ("https://s.taobao.com/search?q=shoes", "not-a-listing"),
    ("https://list.tmall.com/search_product.htm?q=x", "not-a-listing"),
    ("https://s.1688.com/selloffer/offer_search.htm?keywords=x", "not-a-listing"),
    ("https://www.aliexpress.com/w/wholesale-keyboard.html", "not-a-listing"),
    ("https://www.aliexpress.com/wholesale?SearchText=x", "not-a-listing"),
    ("https://www.alibaba.com/trade/search?SearchText=x", "not-a-listing"),
    ("https://www.lazada.sg/catalog/?q=phone", "not-a-listing"),
    ("https://www.goofish.com/search?q=x", "not-a-listing"),
    ("https://www.aliexpress.com/category/100003109/women-clothing.html", "not-a-listing"),
    ("https://www.alibaba.com/showroom/usb-cable.html", "not-a-listing"),
    ("https://www.lazada.sg/shop-electronics/", "not-a-listing"),
    ("https://cart.taobao.com/cart.htm", "not-a-listing"),
    ("https://h5.m.taobao.com/cart/order.html", "not-a-listing"),
    ("https://www.aliexpress.com/p/order/index.html", "not-a-listing"),
    ("https://login.taobao.com/member/login.jhtml", "not-a-listing"),
    ("https://portals.aliexpress.com/", "not-a-listing"),
    ("https://api-sg.aliexpress.com/sync", "not-a-listing"),
    ("https://api.lazada.sg/rest", "not-a-listing"),
    ("https://auth.lazada.com/oauth", "not-a-listing"),
    ("https://www.taobao.com/", "not-a-listing"),
    ("https://www.lazada.com.ph/unilever-beauty", "not-a-listing"),
    (
        "https://pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D674029285425",
        "agent-site",
    ),
    ("https://cnfans.com/product/?shop_type=taobao&id=674029285425", "agent-site"),
    ("https://www.cssbuy.com/item-675330231400.html", "agent-site"),
    ("https://www.superbuy.com/en/page/buy", "agent-site"),
    ("https://item.taobao.com/item.htm?spm=a1z09", "missing-id"),
    ("https://item.taobao.com/item.htm?id=", "missing-id"),
    ("https://detail.tmall.com/", "missing-id"),
    ("h5.m.goofish.com/item?spm=abc", "missing-id"),
    ("https://store.taobao.com/view_shop.htm?spm=a1z10", "missing-id"),
    (
        "https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true",
        "missing-id",
    ),
    (
        "https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id=62603200216x",
        "malformed-id",
    ),
    ("lazada.co.th/products/xyz.html", "missing-id"),
    ("https://item.taobao.com/item.htm?id=60683268329a", "malformed-id"),
    ("https://www.aliexpress.com/item/10050048786O9097.html", "malformed-id"),
    ("2.taobao.com/item.htm?id=test12345", "malformed-id"),
    ("https://www.goofish.com/item?id=wheel-001", "malformed-id"),
    ("https://item.taobao.com/item.htm?id=0606832683299", "malformed-id"),
    ("https://item.taobao.com/item.htm?id=606832683299&id=606832683300", "conflicting-ids"),
    ("https://www.goofish.com/item?id=965639435219&itemId=965639435218", "conflicting-ids"),
    ("https://m.tb.cn/h.4CEhFr0?sm=70d491", "short-link"),
    ("https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k", "short-link"),
    ("https://c.tb.cn/e1.zfrswwh", "short-link"),
    ("https://qr.1688.com/s/7OnLCakq", "short-link"),
    ("https://a.aliexpress.com/_mKjL9Cq", "short-link"),
    ("https://s.click.aliexpress.com/e/_DD2I7Ox", "short-link"),
    ("https://s.lazada.co.th/s.ZkuXG", "short-link"),
    ("https://c.lazada.co.th/t/c.2qZHBN", "short-link"),
    ("https://www.alibaba.com/x/AbCdEf", "short-link"),
    ("【淘宝】「Lofree」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k CZ356", "short-link"),
    (
        "https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetUrl=https%3A%2F%2Fs.taobao.com%2Fsearch%3Fq%3Dx",
        "missing-id",
    ),
    # a Taobao command (淘口令, section 10): resolved online only
    ("￥AbCdEf123￥", "short-link"),
    ("【淘宝】￥AbCdEf123￥ 「键盘」 点击复制", "short-link"),
    ("¥AbCdEf123¥", "short-link"),
    ("₤AbCdEf123₤", "short-link"),
    ("￥Ab12￥", "not-a-url"),
    # Alibaba Group sites that are not marketplaces: not lookalikes
    ("https://ipp.alibabagroup.com/", "not-alibaba-host"),
    ("https://www.alipay.com/", "not-alibaba-host"),
    ("https://www.alibabacloud.com/", "not-alibaba-host"),
    ("https://alipay.com.evil.cn/", "lookalike-host"),
    # service hosts are not vanity stores (section 12)
    ("https://buyertrade.taobao.com/", "not-a-listing"),
    ("https://myseller.taobao.com/", "not-a-listing"),
    ("https://brand.tmall.com/", "not-a-listing"),
    ("https://p4psearch.1688.com/", "not-a-listing"),
    ("https://activities.aliexpress.com/", "not-a-listing"),
    # a label may not start or end with a hyphen
    ("https://-www.aliexpress.com/store/1104927695", "lookalike-host"),
    ("https://a-.aliexpress.ru/store/feedback-score/1104927695.html", "lookalike-host"),
    # after spaces and share text, an @ still makes what precedes it userinfo (WHATWG URL)
    ("https://uniqlo.tmall.com 看@attacker.example/", "not-a-url"),
    ("https://uniqlo.tmall.com\u3000「@attacker.example/", "not-a-url"),
    ("//uniqlo.tmall.com 欢迎＠attacker.example/", "not-a-url"),
    # an id never takes share text, format characters or digits of another script
    ("https://www.goofish.com/personal?q=键&userId=1666703902复制这条信息", "malformed-id"),
    ("https://www.goofish.com/personal?x=é&userId=1666703902\u202e2093076661", "malformed-id"),
    ("https://www.aliexpress.com/item/100500487860909９.html", "malformed-id"),  # urls40
    ("https://item.taobao.com/item.htm?id=60683268329９&spm=x", "malformed-id"),
    ("https://item.taobao.com/item.htm?id=60683268329９", "malformed-id"),
    ("https://www.lazada.sg/shop/xmdgbhc键/", "malformed-id"),
    ("https://item.taobao.com/item.htm?id=606832683299&t=键&id=111111111111", "conflicting-ids"),
    ("https://item.taobao.com/item.htm?q=键\x00&id=606832683299", "missing-id"),
    # a lone surrogate (never text a browser sends) is refused, never an exception
    ("https://www.lazada.co.th/products/\udc80.html", "not-a-url"),
    ("https://item.taobao.com/item.htm?q=\ud800x&id=606832683299", "missing-id"),
    # the share page: targetId and targetUrl must agree; a nested URL's own parameters and a
    # nested lookalike give nothing
    (
        "https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetId=606832683299&targetUrl=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D690091011924",
        "conflicting-ids",
    ),
    (
        "https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetUrl=https%3A%2F%2Fitem.taobao.com.evil.cn%2Fitem.htm%3Fa%3D1%26targetId%3D606832683299",
        "missing-id",
    ),
    (
        "https://item.taobao.com/item.htm?u=https%3A%2F%2Fevil.example%2F%3Fa%3D1%26id%3D606832683299",
        "missing-id",
    ),
    # reserved labels are not stores under mall. and world. either
    ("https://www.mall.taobao.com/", "not-a-listing"),
    ("https://buyertrade.world.taobao.com/", "not-a-listing"),
    ("https://aliyun.com.evil.cn/", "lookalike-host"),
    ("https://alimama.com.evil.cn/", "lookalike-host"),
    # a tab or line break joins what follows to the host in a browser
    ("https://uniqlo.tmall.com\t@attacker.example/", "not-a-url"),
    ("https://uniqlo.tmall.com\nhttps://x.example/", "not-a-url"),
    # the Kelvin sign lower-cases to an ASCII "k": the host is not ASCII, so never accepted
    ("https://\u212aabc.taobao.com/", "lookalike-host"),
    ("https://shop\u212a.taobao.com/", "lookalike-host"),
    ("HTTPS://\u212aABC.TAOBAO.COM/", "lookalike-host"),
    # Taobao's affiliate redirector hides its target like AliExpress's (section 10)
    ("https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc", "short-link"),
    ("https://gtbuy.com/product/1/675330231412?inviteCode=ref", "agent-site"),
    ("https://world.tmall.com/", "not-a-listing"),
    # a preview's ellipsis: the id before it is cut short
    ("https://item.taobao.com/item.htm?id=6377305147\u2026", "malformed-id"),
    ("\u770b https://www.aliexpress.com/item/100500162539\u22ef", "malformed-id"),
    # service hosts are not vanity stores (section 11/12): search, messages, rules, portals
    ("https://re.1688.com/?keywords=phone&location=re", "not-a-listing"),
    ("https://msg.aliexpress.com/?spm=a2g0o.best", "not-a-listing"),
    ("https://sellerlearning.aliexpress.com/", "not-a-listing"),
    ("https://rule.tmall.com/", "not-a-listing"),
    ("https://rule.taobao.com/index.htm", "not-a-listing"),
    # a quote is not cut off the host when what follows makes another host of it
    ('see https://uniqlo.tmall.com"@evil.example/ now', "lookalike-host"),
    # a word glued to a URL is text; the first URL in it is read, whatever follows
    ("Link:https://evil.example/?u=https://item.taobao.com/item.htm?id=1", "not-alibaba-host"),
    ("Link:https://item.taobao.com@evil.example/item.htm?id=606832683299", "lookalike-host"),
    # an escaped or encoded link is read as what it holds, tricks and all
    (r"https:\/\/item.taobao.com@evil.example\/item.htm?id=606832683299", "lookalike-host"),
    ("https%3A%2F%2Fevil.example%2F%3Fid%3D606832683299", "not-alibaba-host"),
    ("https%3A%2F%2Funiqlo.tmall.com @evil.example/", "not-a-url"),
    # read as the plain link it holds: a backslash left in the id is malformed
    (r"https:\/\/item.taobao.com\/item.htm?id=606832683299\x41", "malformed-id"),
    # every check of the plain link: a full stop of another script continues the host, a
    # quote or a table bar before @ leaves the host whole, a non-ASCII digit is not cut off
    (r"https:\/\/uniqlo.tmall.com\u3002evil.example", "lookalike-host"),
    ("https:\\/\\/uniqlo.tmall.com\u3002evil.example", "lookalike-host"),
    (r'see https:\/\/uniqlo.tmall.com"@evil.example', "lookalike-host"),
    (r"|https:\/\/uniqlo.tmall.com|@evil.example", "lookalike-host"),
    ("https:\\/\\/item.taobao.com\\/item.htm?id=60683268329\uff19", "malformed-id"),
    ("https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299%FF", "not-a-url"),
    # an encoded URL inside another URL's query is that URL's business, not the link
    (
        "evil.example/go?u=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299",
        "not-alibaba-host",
    ),
    # urls40: ids in digits of another script; a comma and a cell glued after a store's host
    ("https://detail.1688.com/offer/５８５９４３６３９７７３.html", "malformed-id"),
    ("https://item.taobao.com/item.htm?id=\u0666\u0660\u0666832683299", "malformed-id"),
    ("https://www.lazada.co.th/products/pdp-i\u0e54212266679.html", "malformed-id"),
    (",uniqlo.tmall.com,Shop/x", "lookalike-host"),
    ("title,uniqlo.tmall.com,Shop/x,12", "lookalike-host"),
    ("https://item.taobao.com/item.htm?id=606832683299&amp%3Bid=606832683290", "conflicting-ids"),
    # urls41: Lazada's itemId naming another item (also double-encoded); ports typed twice;
    # full-width punctuation where the host ends; HTML entities for = and /; Lazada's mobile
    # host; a slash after an AliExpress id; a path in upper case
    ("https://www.lazada.sg/products/pdp-i2896336114.html?itemId=2896336999", "conflicting-ids"),
    (
        "https://www.lazada.vn/products/i2638225238.html?spm=a%26itemId%3D2638225239",
        "conflicting-ids",
    ),
    ("https://a.m.taobao.com/i35081419154.htm?spm=a%26id%3D35081419155", "conflicting-ids"),
    ("https://ITEM.TAOBAO.COM:443:443/item.htm?id=606832683299", "lookalike-host"),
    ("item.taobao.com:443:443/item.htm?id=606832683299", "lookalike-host"),
    ("https：／／item.taobao.com／item.htm?id=606832683299", "lookalike-host"),
    ("https://www.lazada.sg／products/pdp-i2896336114.html", "lookalike-host"),
    ("https://item.taobao.com/item.htm?id&#x3D;606832683299", "missing-id"),
    ("https://item.taobao.com&#x2F;item.htm?id=606832683299", "lookalike-host"),
    ("https://m.lazada.sg/products/pdp-i2896336114.html", "not-a-listing"),
    ("https://www.aliexpress.com/item/1005004878609097/", "missing-id"),
    ("HTTPS://WWW.ALIEXPRESS.COM/ITEM/1005004878609097.HTML", "not-a-listing"),
    # urls42: the same forms refused as they are without the quotes or the escapes
    ("“//evil.example/item.htm?id=606832683299”", "not-alibaba-host"),
    (r'"u":"\/\/item.taobao.com.evil.cn\/item.htm?id=606832683299"', "lookalike-host"),
    # urls43: the same forms refused as they are without the text; a short code cut by a space
    ("链接//item.taobao.com.evil.cn/item.htm?id=606832683299", "lookalike-host"),
    ("://evil.example/item.htm?id=606832683299", "not-alibaba-host"),
    ("https://m.tb.cn/h.4CE hFr0", "short-link"),
]


@pytest.mark.parametrize(("text", "platform", "kind", "id", "canonical"), ACCEPTED)
def test_accepted_forms(text: str, platform: str, kind: str, id: str, canonical: str) -> None:
    result = parse_listing(text)
    assert isinstance(result, Listing), result
    assert (result.platform, result.kind, result.id) == (platform, kind, id)
    assert result.canonical_url == canonical
    assert result.source == text
    # the canonical URL parses to the same identity
    again = parse_listing(canonical)
    assert isinstance(again, Listing)
    assert again.identity == result.identity
    # and the thorough parser alone agrees
    assert parse_slowly(text) == result


@pytest.mark.parametrize(("text", "code"), REJECTED)
def test_rejected_inputs(text: str, code: str) -> None:
    result = parse_listing(text)
    assert isinstance(result, Rejection), result
    assert result.code == code, result.message
    assert result.message.startswith(result.title)
    assert result.source == text
    assert parse_slowly(text) == result


def test_xianyu_files_as_taobao() -> None:
    result = parse_listing("https://www.goofish.com/item?id=965639435219")
    assert isinstance(result, Listing)
    assert (result.platform, result.marketplace) == ("taobao", "xianyu")


def test_taobao_and_tmall_share_identity_space() -> None:
    ids = {
        parse_listing(url).identity  # type: ignore[union-attr]
        for url in (
            "https://item.taobao.com/item.htm?id=606832683299",
            "https://detail.tmall.com/item.htm?id=606832683299",
            "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
            "https://detail.tmall.hk/hk/item.htm?id=606832683299",
            # Xianyu ids are "in the same space as Taobao items" (listing-urls section 8)
            "https://www.goofish.com/item?id=606832683299",
            "https://h5.m.goofish.com/item?itemId=606832683299",
            "https://2.taobao.com/item.htm?id=606832683299",
        )
    }
    assert ids == {"taobao-item:606832683299"}
    xianyu = parse_listing("https://h5.m.goofish.com/item?id=606832683299")
    assert isinstance(xianyu, Listing) and xianyu.marketplace == "xianyu"
    assert xianyu.canonical_url == "https://www.goofish.com/item?id=606832683299"


def test_lazada_keeps_its_country() -> None:
    sg = parse_listing("https://www.lazada.sg/products/pdp-i2896336114.html")
    vn = parse_listing("https://www.lazada.vn/products/pdp-i2896336114.html")
    assert isinstance(sg, Listing) and isinstance(vn, Listing)
    assert sg.identity != vn.identity
    assert (sg.platform, vn.platform) == ("lazada_sg", "lazada_vn")


def test_aliexpress_derived_identity_is_separate_and_labelled() -> None:
    us = parse_listing("https://www.aliexpress.us/item/3256804692294345.html")
    com = parse_listing("https://www.aliexpress.com/item/1005004878609097.html")
    assert isinstance(us, Listing) and isinstance(com, Listing)
    assert us.region == "us" and com.region == "global"
    assert us.identity != com.identity
    assert us.derived_identity == com.identity
    assert com.derived_identity is None
    assert "UNVERIFIED" in (type(us).derived_identity.__doc__ or "")


def test_alibaba_keeps_its_slug() -> None:
    result = parse_listing(
        "https://www.alibaba.com/product-detail/Custom-AAA-Lithium-Coin-Cell-Battery_62567779532.html?spm=a2700&s=p"
    )
    assert isinstance(result, Listing)
    assert result.slug == "Custom-AAA-Lithium-Coin-Cell-Battery"
    assert result.identity == "alibaba-product:62567779532"


def test_agent_site_offers_embedded_listing() -> None:
    result = parse_listing("https://cnfans.com/product/?shop_type=ali_1688&id=585943639773")
    assert isinstance(result, Rejection)
    assert result.suggestion == "https://detail.1688.com/offer/585943639773.html"


def test_short_link_guesses_nothing() -> None:
    result = parse_listing("https://m.tb.cn/h.4CEhFr0?sm=70d491")
    assert isinstance(result, Rejection)
    assert result.suggestion is None
    assert "taobao-item" not in result.message


def test_star_share_wrapper_suggests_its_target() -> None:
    result = parse_listing(
        "https://star.aliexpress.com/share/share.htm?redirectUrl="
        "https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html"
    )
    assert isinstance(result, Rejection) and result.code == "short-link"
    assert result.suggestion == "https://www.aliexpress.com/item/1005004878609097.html"


def test_short_item_id_carries_a_note() -> None:
    result = parse_listing("https://item.taobao.com/item.htm?id=1234567")
    assert isinstance(result, Listing)
    assert result.note is not None and "shorter than 9" in result.note


def test_as_dict_is_plain_data() -> None:
    listing = parse_listing("https://detail.1688.com/offer/585943639773.html")
    rejection = parse_listing("https://m.tb.cn/h.x")
    assert isinstance(listing, Listing) and isinstance(rejection, Rejection)
    assert listing.as_dict()["ok"] is True
    assert listing.as_dict()["identity"] == "1688-offer:585943639773"
    fields = [name for name, _ in RECORD_FIELDS]
    assert rejection.as_dict() == {
        **dict.fromkeys(fields),
        "input": "https://m.tb.cn/h.x",
        "ok": False,
        "code": "short-link",
        "reason": rejection.message,
        "suggestion": None,
    }
    assert "1688" in repr(listing)


def test_forms_of_one_listing_share_its_identity() -> None:
    """A shop id in a world.taobao.com label is the shopN store; a language site's hyphen
    link is the www listing (sweep of real URLs)."""
    pairs = [
        ("https://792758921.world.taobao.com/", "https://shop792758921.taobao.com/index.htm"),
        (
            "https://spanish.alibaba.com/product-detail/wheels-for-suv-60498710816.html",
            "https://www.alibaba.com/product-detail/Double-side_60498710816.html",
        ),
        ("https://detail.m.tmall.hk/item.htm?id=559193157478", TMALL_HK),
    ]
    for a, b in pairs:
        first, second = parse_listing(a), parse_listing(b)
        assert isinstance(first, Listing) and isinstance(second, Listing)
        assert first.identity == second.identity, (a, b)
    # a vanity label on world.tmall.com is not known to be the tmall.com store of that label
    world = parse_listing("https://uniqlo.world.tmall.com/")
    plain = parse_listing("https://uniqlo.tmall.com/")
    assert isinstance(world, Listing) and isinstance(plain, Listing)
    assert world.identity != plain.identity


TMALL_HK = "https://detail.tmall.hk/hk/item.htm?id=559193157478"
