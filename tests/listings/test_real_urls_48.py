"""Sweep realurls48 of listing URLs (notes in /work/notes/sweep-realurls48.md): real strings from
sources no earlier table cites (checked against ``_real_urls.real_texts()`` and every earlier
table's cited sources), on the two marketplaces with the most varied forms, read as
listing-urls.md says (section 7: Lazada's items, its LazMall stores ``/shop/<slug>`` on all six
sites, its ``/shop-<category>/`` pages and root-path brand pages; section 8: Xianyu's
``goofish.com`` item, personal and search pages, its ``pages.goofish.com/sharexy`` wrapper and
the legacy ``2.taobao.com`` / ``s.2.taobao.com`` hosts; section 10: ``s.lazada.*`` and ``m.tb.cn``
share links and 【闲鱼】 share texts are never guessed; section 12: Lazada's CDN hosts
``slatic.net`` and ``laz-img-cdn.alicdn.com``): lines of public code (Lazada price trackers and
scrapers, a saved 2016 Lazada Malaysia category page and a Lazada Vietnam search page with their
``<link rel="alternate" href="android-app://…">`` and ``<title>`` lines, LazMall store lists,
Xianyu monitors' notifiers, scrapers and login helpers, Chinese READMEs selling through 闲鱼).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_47.py. ``FIXED`` holds
the inputs whose answer this sweep changed:

1. A marketplace's host without its scheme, then a closing HTML tag, after other text (a page's
   title: ``<title>… | www.lazada.vn</title>``) was ``not-a-url``: no host holds a ``<``, so the
   host now ends there, as a link with its scheme does: Lazada's home page, ``not-a-listing``
   (``test_a_closing_tag_ends_a_bare_host``). A host glued to the tag with nothing before it
   (``www.lazada.vn</title>`` alone) was then ``lookalike-host``; lazada3 made it answer as
   after other text (test_lazada3.py).

Where the answer is not the first one a reader might guess, earlier tables and docs/listings.md
decide and the row says so: Xianyu's items are filed as Taobao's (ipp-rules.md B1); Lazada's
pre-2018 item page ``www.lazada.com.my/<slug>-<n>.html`` is no form of section 7
(``not-a-listing``); a ``.html`` with a slash glued after it stays refused (``missing-id``, the
link suggested); a regular expression's escaped host (``//2\\.taobao\\.com/…``) is a
``lookalike-host`` as any backslash in a host is.
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('    <title>Tablet Accessories - Buy Tablet Accessories at Best Price in Malaysia | www.lazada.com.my</title>', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; fix 1 (was not-a-url)
    ('<title>Nha gia kim - Mua Nha gia kim ở giá tốt nhất Vietnam | www.lazada.vn</title>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js; fix 1 (was not-a-url)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('const XIANYU_TEXT = `【闲鱼】https://m.tb.cn/h.isrHxFb?tk=BaPn5iNjAKw MF937 「我在闲鱼发布了【熬汤日记丨练汤专属网页工具Appmian费会员」」', None, 'short-link', None),  # github-index:58961848206; section 10: a short link is never guessed
    ('#小程序://闲鱼/yQH9s8pdHGWkjbs`', None, 'not-a-url', None),  # github-index:58961848206; a WeChat mini-program's path is no link (docs/listings.md)
    ("const xianyuLink = '【闲鱼】https://m.tb.cn/h.Rh4YAxz?tk=1k5BgZgvvqH CZ356 「我在闲鱼发布了【AI工具快速安装配置】」\\n点击链接直接打开';", None, 'short-link', None),  # github-index:65834767563; section 10: a short link is never guessed
    ('【闲鱼】https://m.tb.cn/h.hSg1pGC?tk=Fajw40p7wpj CZ193 「我在闲鱼发布了【开源数字人heygemer逆向教学】」', None, 'short-link', None),  # github-index:30157563219; section 10: a short link is never guessed
    ('#小程序://闲鱼/DltdGeCXEGcyyod', None, 'not-a-url', None),  # github-index:30157563219; a WeChat mini-program's path is no link (docs/listings.md)
    ('            "https://pages.goofish.com/sharexy?loadingVisible=false&bft=personal"', None, 'not-a-listing', None),  # github-index:54630698309; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8 (as in test_real_urls_22.py)
    ('  const mobileUrl = `https://pages.goofish.com/sharexy?loadingVisible=false&bft=item&bfs=idlepc.item&spm=a21ybx.item.0.0&bfp=%7B%22id%22%3A${id}%7D`', None, 'not-a-listing', None),  # github-index:48130147794; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8 (as in test_real_urls_22.py)
    ('    url = "https://www.goofish.com/item?id=123456"', 'taobao', 'listing', '123456'),  # github-index:58911187273; section 8: Xianyu, filed as Taobao (ipp-rules.md B1)
    ('    assert "pages.goofish.com/sharexy" in result', None, 'not-a-listing', None),  # github-index:58911187273; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8 (as in test_real_urls_22.py)
    ('        return f"https://pages.goofish.com/sharexy?loadingVisible=false&bft=item&bfs=idlepc.item&spm=a21ybx.item.0.0&bfp={quote(bfp_json)}"', None, 'not-a-listing', None),  # github-index:688598459; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8 (as in test_real_urls_22.py)
    ('手机端链接：https://pages.goofish.com/sharexy?loadingVisible=false&...', None, 'not-a-listing', None),  # github-index:66392810377; notes silent: the pages.goofish.com/sharexy share wrapper is no form of section 8 (as in test_real_urls_22.py)
    ('电脑端链接：https://www.goofish.com/item?id=...', None, 'missing-id', None),  # github-index:66392810377
    ('                <a href="//pages.lazada.vn/wow/i/vn/LandingPage/lazmall?spm=a2o4n.home.officialStores.1.7d6a3bdcI7MWuj&amp;wh_weex=true&amp;wx_navbar_transparent=true&amp;data_prefetch=true&amp;scm=1003.4.icms-zebra-5000379-2586944.OTHER_5988337196_4972495&amp;algArgs=">', None, 'not-a-listing', None),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js; section 10: a short link is never guessed
    ('                    href="//www.lazada.vn/shop/dosreal?up_id=266952059,268282304&amp;from=hp_officialstore&amp;item_id=266952059,268282304&amp;version=v2"', 'lazada_vn', 'storefront', 'dosreal'),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js
    ('    productList: "https://www.lazada.vn/mjmuvm-selection/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/6m6sph-selection/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/focallure-beauty-vn/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/17mile-store/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/locklock-flagship-store/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/la-roche-posay/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/watsons/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('productUrlList.append("https://www.lazada.sg/products/stanley-750ml-stainless-steel-classic-vacuum-flask-water-bottle-25oz-black-for-road-trip-camping-fishing-outdoor-i231388228-s354697774.html?spm=a2o42.searchlist.list.11.64331138fZadw7&search=1")', 'lazada_sg', 'listing', '231388228'),  # KelvinWork/WebScrappingTool:main.py
    ('productUrlList.append("https://www.lazada.sg/products/logitech-mx-master-3-advanced-wireless-mouse-with-bluetooth-ultra-fast-magspeed-scroll-in-app-customization-and-pair-up-to-3-devices-work-from-home-home-based-learning-i422836641-s1073562642.html?spm=a2o42.searchlist.list.1.314274deAgHfQj&search=1")', 'lazada_sg', 'listing', '422836641'),  # KelvinWork/WebScrappingTool:main.py
    ('productUrlList.append("https://www.lazada.sg/products/cetaphil-gentle-skin-cleanser-1l-i680852034-s2087930187.html?spm=a2o42.seller.list.17.28aa7781iJbMzw&mp=1")', 'lazada_sg', 'listing', '680852034'),  # KelvinWork/WebScrappingTool:main.py
    ('${website_url}    https://www.lazada.sg/', None, 'not-a-listing', None),  # LWJ-Nicholas/DevOps_Oct2023_TeamC_Prac2:Harshini_TestCases/SortFeature.robot
    ('    <link rel="dns-prefetch" href="//affiliate.lazada.com/" />', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('        "https://www.lazada.com.ph/products/local-warranty-dere-official-r9-pro-laptop-for-sale-brand-new-156-inch-hd-screen-intel-celeron-n5100-n5095-cpu-hd-graphics-600-windows-10-pro-24g-wifi-online-learning-computer-pc-61281225612512-redsilverblackwhite-i981638596-s7634776977.html?spm=a2o4l.home.flashSale.3.239e359dbx2p6k&search=1&mp=1&c=fs&clickTrackInfo=rs%3A0.0%3Babid%3A238030%3Bitem_id%3A981638596%3Bpvid%3A91393ec5-0276-4d18-85d8-b062c4cc5270%3Bmt%3Ai2i%3Bdata_type%3Aflashsale%3Bscm%3A1007.17760.238030.%3Bchannel_id%3A0000%3Bcampaign_id%3A141569&scm=1007.17760.238030.0",', 'lazada_ph', 'listing', '981638596'),  # prgrmmrthz/gsv3:js/my.js
    ('<meta name="description" content="Nha gia kim Vietnam - Mua sắm cho tốt nhất Nha gia kim trực tuyến tại www.lazada.vn">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js
    ('<link rel="canonical" href="https://www.lazada.vn/catalog/">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js
    ('<link rel="alternate" href="android-app://com.lazada.android/lazada/vn/page?url_key=&amp;utm_campaign=https%3A%2F%2Fwww.lazada.vn%2Fcatalog%2F&amp;utm_medium=organic&amp;utm_source=google_app_indexing">', None, 'scheme-not-allowed', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js; an app deep-link scheme (scheme-not-allowed)
    ('<link rel="next" href="https://www.lazada.vn/catalog/?page=2">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js
    ('<meta property="og:title" content="Nha gia kim - Mua Nha gia kim ở giá tốt nhất Vietnam | www.lazada.vn">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js
    ('\t<link rel="canonical" href="https://www.lazada.co.th/" />', None, 'not-a-listing', None),  # pinkza98/Stock:testloop.php
    ('\t\t  href="android-app://com.lazada.android/lazada/my?utm_campaign=https%3A%2F%2Fwww.lazada.com.my%2F&utm_medium=organic&utm_source=google_app_indexing" />', None, 'scheme-not-allowed', None),  # pinkza98/Stock:testloop.php; an app deep-link scheme (scheme-not-allowed)
    ('\t<link rel="alternate" href="https://www.lazada.com.my/" hreflang="en-my" />', None, 'not-a-listing', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="alternate" href="https://www.lazada.co.id/" hreflang="id-id" />', None, 'not-a-listing', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="alternate" href="https://www.lazada.com.ph/" hreflang="en-ph" />', None, 'not-a-listing', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="alternate" href="https://www.lazada.vn/" hreflang="vi-vn" />', None, 'not-a-listing', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="alternate" href="https://www.lazada.sg/" hreflang="en-sg" />', None, 'not-a-listing', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="alternate" href="https://www.daraz.pk/" hreflang="en-pk" />', None, 'not-alibaba-host', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="alternate" href="https://www.shop.com.mm/" hreflang="en-mm" />', None, 'not-alibaba-host', None),  # pinkza98/Stock:testloop.php
    ('\t<link rel="dns-prefetch" href="//laz-g-cdn.alicdn.com" />', None, 'not-alibaba-host', None),  # pinkza98/Stock:testloop.php; section 12: a CDN host is no marketplace's
    ('                    href="//www.lazada.vn/shop/thao-nguyen-shop1629966770?spm=a2o4n.home.officialStores.2.7d6a3bdcI7MWuj&amp;up_id=773486,121564298&amp;from=hp_officialstore&amp;item_id=773486,121564298&amp;version=v2"', 'lazada_vn', 'storefront', 'thao-nguyen-shop1629966770'),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js
    ('                    href="//www.lazada.vn/shop/thien-huong-foods?up_id=257661723,258025591&amp;from=hp_officialstore&amp;item_id=257661723,258025591&amp;version=v2"', 'lazada_vn', 'storefront', 'thien-huong-foods'),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js
    ('                    href="//www.lazada.vn/shop/anello?up_id=265750450,265752727&from=hp_officialstore&item_id=265750450,265752727&version=v2"', 'lazada_vn', 'storefront', 'anello'),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js
    ('                    href="//www.lazada.vn/shop/kymdan?up_id=356966268,356970860&from=hp_officialstore&item_id=356966268,356970860&version=v2"', 'lazada_vn', 'storefront', 'kymdan'),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js
    ('                    href="//www.lazada.vn/shop/dk-harvest?up_id=419040782,419062812&from=hp_officialstore&item_id=419040782,419062812&version=v2"', 'lazada_vn', 'storefront', 'dk-harvest'),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js
    ('                            src="https://lzd-img-global.slatic.net/g/shop/c1c137616ef974aa66b313ade0be89ce.jpeg_120x120q80.jpg_.webp"', None, 'not-alibaba-host', None),  # TienNguyen003/Lazada:src/component/ingredient/LazMall/lazmall.js; section 12: a CDN host is no marketplace's
    ('                        src="//icms-image.slatic.net/images/ims-web/c9a58d95-0cf3-4dee-85ff-cc41cd2e1f39.png"', None, 'not-alibaba-host', None),  # TienNguyen003/Lazada:src/component/layout/footer/footer.js; section 12: a CDN host is no marketplace's
    ('                src="//laz-img-cdn.alicdn.com/images/ims-web/TB18H55fQomBKNjSZFqXXXtqVXa.jpg_1200x1200q75.jpg_.webp"', None, 'not-alibaba-host', None),  # TienNguyen003/Lazada:src/component/ingredient/LinkApp/linkApp.js; section 12: a CDN host is no marketplace's
    ('\t\tself.user_url = "https://s.2.taobao.com/list/list.htm?spm=2007.1000337.18.6.80194d2372r4a&usernick=hzy_975"', None, 'not-a-listing', None),  # Umi101108/Spider:2.taobao.com/xianyu.py; section 11: Xianyu's legacy list page
    ('    <meta property="og:url" content="http://taichinhsmart.vn/ma-giam-gia/ma-giam-gia-lazada">', None, 'not-alibaba-host', None),  # keetamhoang/vayvip:resources/views/frontend/v2/ma_giam_gia/meta.blade.php
    ('| BMI323 | 1 | IMU | https://s.lazada.com.ph/s.Zg2ofY?c=v&t=p-iGrr7H6-s2LBxeDM |', None, 'short-link', None),  # github-index:57115546174; section 10: a short link is never guessed
    ("link = r'https://www.lazada.com.ph/landmall/?q=All-Products&langFlag=en&from=wangpu&lang=en&pageTypeId=2'", None, 'not-a-listing', None),  # Krayushkin68/Scrapers:shop_scrap/shop_scrap.py; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('                    <script src="http://my-live-g-03.slatic.net/vendor/scripts/es5-shim.js?v=29c3858"></script>', None, 'not-alibaba-host', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; section 12: a CDN host is no marketplace's
    ('                               placeholder="Tìm kiếm trên Lazada">', None, 'not-a-url', None),  # github-index:27205495361
    ("                lazada: { vi: 'Mua trên Lazada', en: 'Buy on Lazada', ko: 'Lazada에서 구매' },", None, 'not-a-url', None),  # github-index:14282865747
    ('  [Xem trên Lazada]', None, 'not-a-url', None),  # github-index:61866204057
    ('<li class="popular-search__item"><a class="popular-search__item-anchor" href="http://www.lazada.com.my/sharp-32-wxga-led-tv-lc32le260m-828126.html/?ref=popular-search">Sharp 32 LED TV</a></li>', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; section 7: Lazada's old `<slug>-<n>.html` page is no form the notes name
    ('    href="http://www.lazada.com.my/hisense-32-led-tv-32d50-1688499.html"', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; section 7: Lazada's old `<slug>-<n>.html` page is no form the notes name
    ('    href="http://www.lazada.com.my/pre-order-xiaomi-yi-2-4k-12mp-sport-action-camera-whiteinternational-version-eta17-july-11125973.html"', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; section 7: Lazada's old `<slug>-<n>.html` page is no form the notes name
    ('        <link rel="next" href="http://www.lazada.com.my/tablet-accessories2/?page=2" />', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('    <link rel="canonical" href="http://www.lazada.com.my/tablet-accessories2/" />', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('        <link rel="alternate" href="android-app://com.lazada.android/lazada/my/c/tablet-accessories2?utm_campaign=http%3A%2F%2Fwww.lazada.com.my%2Ftablet-accessories2%2F&utm_medium=organic&utm_source=google_app_indexing" />', None, 'scheme-not-allowed', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; an app deep-link scheme (scheme-not-allowed)
    ('    LZD.contentApi.externalUrl = "//suggest.lazada.com.my";', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('            <a href="http://www.lazada.com.my/marketplace" class="button button_theme_elegant button_color_cyan" title="Find out more">Find out more</a>', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('    <a href="http://www.lazada.com.my/helpcenter/" class="dropdown__item-anchor"><span class="dropdown__item-icon"><i class="icon icon-customer-care-help-centre"></i>  </span> Help Center</a>', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('          "target_left"   : "http://www.lazada.co.id/hujan-diskon/",', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ("      'http://www.lazada.com.my/',", None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('    background-image: url(http://static.lazada.com.my/cms/Delivery_MY_icon_2.png);', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('    <form class="tracking-menu__form" id="order_tracking" action="http://www.lazada.com.my/index/viewOrderTracking" method="get">', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('            <a href="http://www.lazada.com.my/tablet-accessories2/?setLang=ms" class="language-menu__item language-menu__item_state_inactive">', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('<li class="popular-search__item"><a class="popular-search__item-anchor" href="http://www.lazada.com.my/chromecast-2/?ref=popular-search">Chromecast 2</a></li>', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php
    ('<li class="popular-search__item"><a class="popular-search__item-anchor" href="http://www.lazada.com.my/shop-watches/?searchredirect=watch/?ref=popular-search">Watch</a></li>', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; section 7: /shop-<category>/ is a category page
    ('                        <a href="http://www.lazada.com.my/shop-mobiles-tablets/"', None, 'not-a-listing', None),  # babangidazachariah/Dynamic-Multi-Level-Encryption-in-The-LSB-Steganography-Algorithm-for-Online-Payment:lazada.com.my/shopping.php; section 7: /shop-<category>/ is a category page
    ('                    <a class="cyan" href="//pages.lazada.vn/wow/i/vn/sell-on-lazada/register_now/"  data-spm-click="gostr=/lzdpub.header.tbar;locaid=d2">BÁN HÀNG CÙNG LAZADA</a>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js; section 10: a short link is never guessed
    ('                  <a class="grey"  href="//member.lazada.vn/user/login" data-spm-click="gostr=/lzdpub.header.tbar;locaid=d5">ĐĂNG NHẬP</a>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js
    ('              <a href=//member.lazada.vn/user/account#/ class="account-item-anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js
    ('            <a class="lzd-menu-labels-item" href="//pages.lazada.vn/wow/i/vn/LandingPage/lazmall?wh_weex=true&amp;wx_navbar_transparent=true&amp;scm=1003.4.icms-zebra-5000379-2586391.OTHER_5276656985_2391686">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js; section 10: a short link is never guessed
    ('            <a class="lzd-menu-labels-item" href="//pages.lazada.vn/wow/i/vn/LandingPage/flashsale?scm=1003.4.icms-zebra-5000379-2586391.OTHER_5524885249_2391686">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:crawl-price/Lazada.js; section 10: a short link is never guessed
    ('2. 打开并登录 [闲鱼官网](https://www.goofish.com/)', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:README.md
    ('1. 打开 [https://www.goofish.com](https://www.goofish.com) 并确认已登录', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:chrome-extension/README.md
    ('const GOOFISH_HOST_PATTERN = "*://*.goofish.com/*";', None, 'not-a-url', None),  # banbanzhige/ai-goofish-monitor-QB:chrome-extension/background.js; a userscript's pattern for any scheme is no link (docs/listings.md)
    ('  const referer = String(page.pageUrl || page.referrer || "https://www.goofish.com/").trim();', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:chrome-extension/background.js
    ('async def _navigate_and_stabilize(page, target_url: str = "https://www.goofish.com/personal") -> None:', None, 'missing-id', None),  # banbanzhige/ai-goofish-monitor-QB:login.py
    ('            await page.goto("https://www.goofish.com/")', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:login.py
    ('                "商品链接": raw_link.replace("fleamarket://", "https://www.goofish.com/"),', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:src/parsers.py
    ('            search_url = f"https://www.goofish.com/search?{urlencode(params)}"', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:src/scraper.py
    ('        return f"https://h5.m.goofish.com/item?id={item_id}"', None, 'malformed-id', None),  # banbanzhige/ai-goofish-monitor-QB:src/utils.py
    ('                        <li>打开并登录 <a href="https://www.goofish.com" target="_blank" rel="noopener noreferrer">闲鱼官网</a>。', None, 'not-a-listing', None),  # banbanzhige/ai-goofish-monitor-QB:templates/index.html
    ('        link = f"https://h5.m.goofish.com/item?id={product[\'商品ID\']}"', None, 'malformed-id', None),  # just-ads/ai-goofish:src/notify/base.py
    ('            page_url=f"https://www.goofish.com/personal?userId={seller_id}",', None, 'malformed-id', None),  # just-ads/ai-goofish:src/spider/spider.py
    ('                    search_url = f"https://www.goofish.com/search?{urlencode(params)}&spm=a21ybx.home.searchInput.0"', None, 'not-a-listing', None),  # just-ads/ai-goofish:src/spider/spider.py
    ('        await page.goto("https://www.goofish.com", wait_until="domcontentloaded")', None, 'not-a-listing', None),  # just-ads/ai-goofish:src/account/login.py
    ('  Referer: "https://my.lazada.vn/",', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:index.js
    ('            `https://my.lazada.vn/pdp/review/getReviewList?itemId=${Number(', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:index.js
    ('    productList: "https://www.lazada.vn/loreal-paris/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/fahasa/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/ugreen/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/logitech-flagship-store/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    productList: "https://www.lazada.vn/vinamilk-shop-more/?ajax=true&from=wangpu&isFirstRequest=true&langFlag=vi&pageTypeId=2&q=All-Products&page="', None, 'not-a-listing', None),  # hanhhn/lazada-reviews-crawler:shopList.js; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('# https://s.2.taobao.com/list/list.htm?spm=2007.1000337.0.0.609c25ca0hst7I&catid=50100424&st_trust=1&start=0&end=50&page=4&ist=0', None, 'not-a-listing', None),  # ZKeeer/MySpiders:XianyuSpider/Main.py; section 11: Xianyu's legacy list page
    ('# https://s.2.taobao.com/list/list.htm?start=10&end=20&st_trust=1&ist=0&userId=0&catid=50100424&q=', None, 'not-a-listing', None),  # ZKeeer/MySpiders:XianyuSpider/Spider/ListSpider.py; section 11: Xianyu's legacy list page
    ('            url_tar = "https://s.2.taobao.com/list/list.htm?spm=2007.1000337.0.0.609c25ca0hst7I&catid=50100424&st_trust=1&start={}&end={}&ist=0".format(', None, 'not-a-listing', None),  # ZKeeer/MySpiders:XianyuSpider/Spider/ListSpider.py; section 11: Xianyu's legacy list page
    ("        'origin': 'https://www.lazada.co.th',", None, 'not-a-listing', None),  # Elang02/lazada_scrape:lazada_scrape.py
    ("        'referer': 'https://www.lazada.co.th/shop/sandisk',", 'lazada_th', 'storefront', 'sandisk'),  # Elang02/lazada_scrape:lazada_scrape.py
    ("    response = requests.get('https://member.lazada.co.th/user/api/getCsrfToken', headers=headers)", None, 'not-a-listing', None),  # Elang02/lazada_scrape:lazada_scrape.py
    ("    response = requests.get(f'https://www.lazada.co.th/{store}/', params=params, headers=headers)", None, 'not-a-listing', None),  # Elang02/lazada_scrape:lazada_scrape.py
    ("                '(it should look like that: https://www.lazada.com.ph/landmall/?q=All-Products&langFlag=en&'", None, 'not-a-listing', None),  # Krayushkin68/Scrapers:lazada_json_scrap/main_scraper.py; section 7: a root-path brand page (docs/listings.md: unverified, not-a-listing)
    ('    ids = re.findall(r"<a target=\\"_blank\\" href=\\"//2\\.taobao\\.com/item\\.htm\\?id=(.*)\\"><img", url_content)', None, 'lookalike-host', None),  # ZKeeer/MySpiders:XianyuSpider/Spider/GoodsSpider.py; a regular expression's escaped host (backslash: lookalike-host)
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

#: Fix 1: a marketplace's host without its scheme ends at a closing tag glued after it; any
#: other host stays no link; a host glued to the tag at the start of the text too (lazada3).
CLOSED = [
    (FIXED[0][0], "not-a-listing"),
    (FIXED[1][0], "not-a-listing"),
    ("<td>店铺 uniqlo.tmall.com</td>", "storefront"),  # constructed: a store's host
    ("见 item.taobao.com/item.htm?id=606832683299</td>", "listing"),  # constructed: with a path
    ("x | lazada.vn.evil.example</title>", "not-a-url"),  # constructed: no marketplace host
    ("x | evil.example</title>", "not-a-url"),  # constructed
    ("www.lazada.vn</title>", "not-a-listing"),  # constructed: nothing before it (lazada3)
]


@pytest.mark.parametrize(("text", "answer"), CLOSED)
def test_a_closing_tag_ends_a_bare_host(text: str, answer: str) -> None:
    """A marketplace's bare host before a closing tag is read as that host (fix 1)."""
    result = parse_listing(text)
    assert (getattr(result, "kind", None) or result.code) == answer
    assert parse_slowly(text) == result


test_the_planner_accounts_for_every_line = planner_test(ALL)
