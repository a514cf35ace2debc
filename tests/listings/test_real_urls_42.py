"""Sweep realurls42 of listing URLs (notes in /work/notes/sweep-realurls42.md): real strings from
saved marketplace pages and from code that scrapers and shop builders keep, read as
listing-urls.md says (section 1: Taobao; section 2: Tmall; section 6: AliExpress; section 7:
Lazada; section 10: a short link is never guessed; section 11: pages that are no listings;
section 12: hosts that are no marketplace's): a Lazada Vietnam item page saved whole
(``Lazada_book_detail.html``: its canonical, ``og:url``, app links, help, account, cart,
campaign and category pages, the seller's store, CDN), a Tmall item page saved as a template
(``detail.jsp``: canonical, AMP and World alternates, the store in its script, Taobao's and
Tmall's service hosts), an AliExpress Russia product list (``aliexpress.ru/item``), a Russian
affiliate storefront (``alipromo.com`` redirects), a Portuguese affiliate-link fix note
(``s.click.aliexpress.com``, AliExpress's open platform) and a Thai Lazada link shortener's
examples (``www.lazada.co.th/i{id}.html``, ``s.lazada.co.th``).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_41.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. A link closing a script object's member (``shopUrl:"//cooyes.tmall.com",showDetailQrcode:
   true``) was read with its closing quote and the next member as its host (``lookalike-host``;
   with a value, ``not-alibaba-host``, "unexpected port"): a quote then ``,key:`` (no dot, no
   ``@``) makes no other host, so the link ends at the quote.
2. A host alone in a Markdown code span ending a sentence (``conter `s.click.aliexpress.com`.``)
   kept its closing backtick (``lookalike-host``) where ``"…".`` did not: a quote followed by
   sentence punctuation alone ends the link there.
3. A protocol-relative link in a quoted script string followed by an assignment
   (``_script.src = '//fragment.tmall.com/feeds/bat';_script.onload = …``) was skipped as a
   commented-out line of code when a later link followed, so the line was read as that later
   link's: a quote opening the link makes it a string's value, never a comment. Tmall's
   ``fragment`` host is a service host, not the store "fragment".
4. AliExpress's open platform (``openservice.aliexpress.com``, linked as the affiliate API's
   documents) was read as the store "openservice": it is a service host.
5. The AMP view of Taobao's SEO item page (``www.taobao.com/list/item-amp/N.htm``, a Tmall
   item page's ``rel="amphtml"``) was refused as no listing page without a word: it is refused
   as a form not seen among the notes' listing forms (unverified), as its ``/list/item/wap/``
   view is, suggesting the item's link.

``ROWS`` holds real inputs (whole lines of the cited files) that no earlier table holds (checked
against ``_real_urls.real_texts()``); each row cites its file (``owner/repo:path``, or
``github-index:N`` where the repository is not named). Lazada's own ``og:url`` ends its item
link with ``/`` (``…-i132621522-s133154361.html/``): it stays ``missing-id`` with the link
suggested, as test_review24.py judged that form (see the sweep's notes).
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import canonical_test, plan_file_accounts_for_every_line, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('        bizTag:6265,appId: 1,isEC:true ,shopUrl:"//cooyes.tmall.com",showDetailQrcode: true,showShopQrcode: true,newHead:true,isClosedSales:false,is1111HalfPriceItem:false,sellerNickName:"%E9%85%B7%E8%80%B6%E6%97%97%E8%88%B0%E5%BA%97",categoryId:50008351,notInitSearchBar:true,isInternational: false,pageType: ""};d[gt](\'html\')[0][\'className\'] += " w"+w.g_config.pw;})(window, document);</script>', 'tmall', 'storefront', 'cooyes'),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp; fix 1 (was lookalike-host: the closing quote and the next member were read as the host's)
    ('O `affiliateUrl` deve ser diferente de `productUrl` e conter `s.click.aliexpress.com`.', None, 'not-a-url', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md; fix 2 (was lookalike-host: the code span's closing backtick kept before the full stop)
    ('<script>setTimeout(function() {if (typeof(window.bat) == \'undefined\') {var _script = document.createElement(\'script\');_script.src = \'//fragment.tmall.com/feeds/bat\';_script.onload = _script.onreadystatechange = function(){if(window.bat){window.bat.batTrack("cdn.err","bat",{type:"error",msg:"url,"+window.location.href})}else{new Image().src = "//gm.mmstat.com/tmalldetail.bat.cdn_pc_error";}};document.getElementsByTagName(\'head\')[0].appendChild(_script);}},20000);</script>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/ftl/detail.ftl; fix 3 (was not-alibaba-host, of gm.mmstat.com: the quoted link read as a comment)
    ('- [AliExpress Affiliate API Docs](https://openservice.aliexpress.com/)', None, 'not-a-listing', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md; fix 4 (was the AliExpress store "openservice")
    ('    <link rel="amphtml" hreflang="zh-Hans" href="https://www.taobao.com/list/item-amp/547035178665.htm" />', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp; fix 5 (the same code; the reason now names the AMP view and suggests the item's link)
    ('shopUrl:"https://cooyes.tmall.com",x:1', 'tmall', 'storefront', 'cooyes'),  # constructed from fix 1's row: a member with a value
    ('https://uniqlo.tmall.com".evil.example/', None, 'lookalike-host', None),  # constructed control: a dot after the quote may make another host
    ('https://uniqlo.tmall.com"@evil.example/', None, 'lookalike-host', None),  # constructed control: userinfo
    ('x "https://uniqlo.tmall.com",a.b:1', None, 'not-alibaba-host', None),  # constructed control: a dotted name after the quote stays whole
    ('see `detail.1688.com`.', None, 'not-a-url', None),  # constructed from fix 2's row
    ('see `uniqlo.tmall.com`.', 'tmall', 'storefront', 'uniqlo'),  # constructed control: a store's host alone is its link
    ("//foo.com/a = 1 and 'https://uniqlo.tmall.com'", 'tmall', 'storefront', 'uniqlo'),  # constructed control for fix 3: an unquoted commented-out line is still skipped
    ('https://fragment.tmall.com/feeds/bat', None, 'not-a-listing', None),  # constructed from fix 3's row
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("    link: 'https://aliexpress.ru/item/33040523312.html?spm=a2g01.12616982.tplist001.33.6ace72c3oV0hIu&gps-id=5950812&scm=1007.23961.125497.0&scm_id=1007.23961.125497.0&scm-url=1007.23961.125497.0&pvid=f32de812-4fd3-4b23-9c26-dcbabe10d9cb' ", 'aliexpress', 'listing', '33040523312'),  # dsansyzbayev/web-dev:my-app/src/app/products.ts
    ("    link:  'https://aliexpress.ru/item/4000251776159.html?spm=a2g01.12616982.tplist001.97.6ace72c3oV0hIu&gps-id=5950812&scm=1007.23961.125497.0&scm_id=1007.23961.125497.0&scm-url=1007.23961.125497.0&pvid=9706620e-fe7f-4ca4-9238-2e6d7a23fcae'", 'aliexpress', 'listing', '4000251776159'),  # dsansyzbayev/web-dev:my-app/src/app/products.ts
    ("    picture: 'https://ae01.alicdn.com/kf/HTB1NQ2Qc.uF3KVjSZK9q6zVtXXas/TOPK-Cable-Organizer-USB-Cable-Winder.jpg',", None, 'not-alibaba-host', None),  # dsansyzbayev/web-dev:my-app/src/app/products.ts
    ("    description: 'TOPK Cable Organizer силиконовый USB Cable Winder Настольный аккуратный зажим для управления держатель кабеля для мыши провод для наушников',", None, 'not-a-url', None),  # dsansyzbayev/web-dev:my-app/src/app/products.ts
    ('\t                                    <a href="http://alipromo.com/redirect/product/o5be7d8n2db1m34vqz2cnnxpkvn4v5x8/32844641846/ru">', None, 'not-alibaba-host', None),  # silverfoxy/JSCryptoMinerStudy:pagesource/okok325.ru
    ('\t                                        <img src="https://ae01.alicdn.com/kf/HTB12gOZix6I8KJjSszfq6yZVXXa7.jpg_350x350.jpg">', None, 'not-alibaba-host', None),  # silverfoxy/JSCryptoMinerStudy:pagesource/okok325.ru
    ('    <title>Оптовые поставки из Китая. Товары из AliExpress.</title>', None, 'not-a-url', None),  # silverfoxy/JSCryptoMinerStudy:pagesource/okok325.ru
    ('    <link rel="canonical" href="https://www.lazada.vn/products/nha-gia-kim-tai-ban-2017-paulo-coelho-i132621522-s133154361.html" />', 'lazada_vn', 'listing', '132621522'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <link rel="alternate" href="android-app://com.lazada.android/lazada/vn/d/?p=BR626MEAA7P2KNVNAMZ&amp;utm_campaign=https%3A%2F%2Fwww.lazada.vn%2Fproducts%2Fnha-gia-kim-tai-ban-2017-paulo-coelho-i132621522-s133154361.html&amp;utm_source=google_app_indexing"', None, 'scheme-not-allowed', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <meta name="og:url" content="https://www.lazada.vn/products/nha-gia-kim-tai-ban-2017-paulo-coelho-i132621522-s133154361.html/" />', None, 'missing-id', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <meta name="og:image" content="https://vn-test-11.slatic.net/p/1/nha-gia-kim-tai-ban-2017-paulo-coelho-4896-74072921-97502e83c8336272dcbe4e756a613a3a-catalog.jpg" />', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <meta property="al:ios:url" content="lazada://vn/d?itemId=132621522&ps=BR626MEAA7P2KNVNAMZ-14456667&skuId=133154361" />', None, 'scheme-not-allowed', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <link rel="stylesheet" href="//laz-g-cdn.alicdn.com/lzd/assets/0.0.7/dpl-buyeruikit/2.0.1/next-noreset-1.css">', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                            <a href="//www.lazada.vn/wow/i/vn/VNCampaign/uu-dai-tren-lazada-app/">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                        <a href="//app.adjust.com/ox2wap_vzvnak?campaign=QRcode&amp;scm=1003.4.icms-zebra-5001419-2692842.OTHER_5286164141_2448056&amp;deep_link=lazada%3A%2F%2Fvn" class="store-link">', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a class="cyan" href="//pages.lazada.vn/wow/i/vn/sell-on-lazada/register_now/" data-spm-click="gostr=/lzdpub.header.tbar;locaid=d2">sell on lazada</a>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                    <a href="//www.lazada.vn/helpcenter/" class="care-item-anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                    <a href="//www.lazada.vn/contact/" class="care-item-anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a class="grey" href="//member.lazada.vn/user/login" data-spm-click="gostr=/lzdpub.header.tbar;locaid=d5">login</a>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                    <a href=//my.lazada.vn/customer/order/index/ class="account-item-anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a href="//cart.lazada.vn/cart?scm=1003.4.icms-zebra-5001419-2591642.OTHER_5196131641_2267316" data-spm="dcart"><span class="cart-icon"></span>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                            <a href=//www.lazada.vn/dien-thoai-di-dong/>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a class="lzd-menu-labels-item" href="//pages.lazada.vn/wow/i/vn/LandingPage/lazmall?wh_weex=true&amp;wx_navbar_transparent=true&amp;scm=1003.4.icms-zebra-5000379-2586391.OTHER_5276656985_2391686">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a class="lzd-menu-labels-item" href="//www.lazada.vn/pages/i/vn/digitalgoods/voucher-dich-vu?hybrid=1&amp;scm=1003.4.icms-zebra-5000379-2586391.OTHER_5276656986_2391686">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a class="lzd-menu-labels-item" href="//www.lazada.vn/voucher/?hybrid=1&amp;scm=1003.4.icms-zebra-5000379-2586391.OTHER_5276656987_2391686">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ("                    '.lazada.co.id',", None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ("                var currentDomain = '.lazada.sg';", None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                <a title="Media, Music &amp; Books" href="https://www.lazada.vn/truyen-thong-am-nhac-sach/" class="breadcrumb_item_anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                <div class="gallery-preview-panel__content"><img class="pdp-mod-common-image gallery-preview-panel__image" src="//vn-test-11.slatic.net/p/1/nha-gia-kim-tai-ban-2017-paulo-coelho-4896-74072921-97502e83c8336272dcbe4e756a613a3a-catalog.jpg_720x720q75.jpg" style="opacity:0"', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                <div class="pdp-product-brand"><span class="pdp-product-brand__name">Brand<!-- -->:<!-- --> </span><a class="pdp-link pdp-link_size_s pdp-link_theme_blue pdp-product-brand__brand-link" target="_self" href="https://www.lazada.vn/nha-nam/">Nhã Nam</a>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                            <div class="seller-name__detail" data-spm="seller"><a class="pdp-link pdp-link_size_l pdp-link_theme_black seller-name__detail-name" target="_self" href="//www.lazada.vn/shop/tan-viet-shop/">sachbanchay-vn</a></div>', 'lazada_vn', 'storefront', 'tan-viet-shop'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('            "url": "https://www.lazada.vn/products/nha-gia-kim-tai-ban-2017-paulo-coelho-i132621522.html",', 'lazada_vn', 'listing', '132621522'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                "url": "https://www.lazada.vn/nha-nam/"', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                    "@id": "https://www.lazada.vn/truyen-thong-am-nhac-sach"', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <script src="//aeis.alicdn.com/sd/ncpc/nc.js?t=1536054037243"></script>', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    "chatUrl": "https://pages.lazada.vn/wow/i/vn/im/chat?brandId=1810",', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    "url": "//www.lazada.vn/shop/tan-viet-shop/"', 'lazada_vn', 'storefront', 'tan-viet-shop'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                        "getSkuData": "//pdpdesc-m.lazada.vn/pcdetailAsync",', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    "voucherListApi": "mtop.lazada.detail.getVouchers",', None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                        "deepLink": "lazada://vn/d?itemId=132621522&ps=BR626MEAA7P2KNVNAMZ-14456667&skuId=133154361",', None, 'scheme-not-allowed', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                            "url": "https://checkout.lazada.vn/shipping"', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                        "description": "For local items, you can expect your item within 2-4 working days. <br/>Shipping fee is determined by the total size/weight of the products purchased from the seller.<br/><br/><a href=\\"https://www.lazada.vn/helpcenter/shipping_delivery/#answer-faq-whatisshippingfee-ans\\" target=\\"_blank\\">Find out more</a>",', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    "loginUrl": "//member.lazada.vn/user/login",', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('            "pdp_static.seller.lazada": "Sold by Lazada",', None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('            "pdp_static.seller.taobao": "Taobao Collection",', None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                <li class="footer-li"><a href="https://www.lazada.vn/helpcenter/">Mon - Sun: 9am - 6pm(Hotline), 7am-10pm (Online chat)</a></li>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    <a href="//www.lazada.vn/" data-spm="dhome"><img src="//laz-img-cdn.alicdn.com/images/ims-web/TB1f6tgdAfb_uJjSsD4XXaqiFXa.png" alt="Online Shopping Lazada.vn Logo" /></a>', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <link rel="shortcut icon" href="//laz-img-cdn.alicdn.com/tfs/TB1f5qJef6H8KJjy0FjXXaXepXa-16-16.ico" />', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                        <div class="seller-link" data-spm="seller"><a class="pdp-link pdp-link_size_xs pdp-link_theme_blue" target="_self" href="//www.lazada.vn/shop/tan-viet-shop/">GO TO STORE</a></div>', 'lazada_vn', 'storefront', 'tan-viet-shop'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                        "url": "https://www.lazada.vn/products/nha-gia-kim-tai-ban-2017-paulo-coelho-i132621522-s133154361.html"', 'lazada_vn', 'listing', '132621522'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    "link": "https://www.lazada.vn/products/nha-gia-kim-tai-ban-2017-paulo-coelho-i132621522.html",', 'lazada_vn', 'listing', '132621522'),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <link rel="alternate" hreflang="zh-Hant" href="https://world.taobao.com/item/547035178665.htm" />', 'taobao_or_tmall', 'listing', '547035178665'),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('    <link rel="canonical" href="https://detail.tmall.com/item.htm?id=547035178665" />', 'tmall', 'listing', '547035178665'),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('    <link rel="shortcut icon" href="//img.alicdn.com/tfs/TB1XlF3RpXXXXc6XXXXXXXXXXXX-16-16.png" type="image/x-icon"/>', None, 'not-alibaba-host', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    "path": "//g.alicdn.com/ctr/tmdetail/0.0.8/goodsTag/",', None, 'not-alibaba-host', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                           href="//i.taobao.com/my_taobao.htm"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                                <a href="//trade.taobao.com/trade/itemlist/list_bought_items.htm?t=20110530"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    <a target="_top" href="//mai.taobao.com/seller_admin.htm">商家中心</a>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    <a class="sn-cart-link" href="//cart.tmall.com/cart/myCart.htm?from=btop" target="_top"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                           href="//shoucang.taobao.com/shop_collect_list.htm?scjjc=c1"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    <a title="天猫无线" target="_top" class="sn-mobile-link" href="//pages.tmall.com/wow/portal/act/app-download?scm=1027.1.1.1">手机版</a>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    <a href="//www.taobao.com/">淘宝网</a>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('            <span class="mlogo"><a href="//www.tmall.com/" title="猫宅Tmall.com"><s></s>猫宅Tmall.com</a></span>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                <a class="slogo-shopname" href="//cooyes.tmall.com" data-spm="d4918089"><strong>${commodityInfoVO.storename}</strong></a>', 'tmall', 'storefront', 'cooyes'),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    <input type="hidden" id="dsr-url" value="//count.taobao.com/counter3?keys=SM_368_dsr-6ec09a7a7f6a1b642fb9fd7a8ec7677f"/>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                    <input type="hidden" id="dsr-ratelink" value="//rate.taobao.com/user-rate-UvCgGvmQGOFgbvWTT.htm"/>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                <form name="searchTop" action="//list.tmall.com/search_product.htm"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                                        <li ><a  href="//vip.tmall.com/vip/privilege.htm?spm=3.1000588.0.141.2a0ae8&amp;priv=speed"  title="极速退款是为诚信会员提供的退款退货流程的专享特权，额度是根据每个用户当前的信誉评级情况而定" target="_blank">', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                                        <li ><a  href="//service.tmall.com/support/tmall/knowledge-1121473.htm?spm=0.0.0.0.asbDA1"  title="卖家为您购买的商品投保退货运费险" target="_blank">', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                                    <li><img src="${pageContext.request.contextPath}/static/picture/tb16fwukvxxxxaxxpxxxxxxxxxx-16-16_1.png" />商品具有<a target="_blank" href="//baike.taobao.com/view.htm?ac=29&amp;wd=2016010901926640">中国强制性产品认证（CCC）编号</a>，符合国家CCC认证标准。</li>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('    <input id="J_ShopSearchUrl" type="hidden" value="//cooyes.tmall.com" />', 'tmall', 'storefront', 'cooyes'),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                        <a class="menu-hd" href="//mai.taobao.com" target="_top">商家支持<b></b></a>', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                                <a href="//trade.taobao.com/trade/itemlist/list_sold_items.htm?t=20110530"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ('                                <a href="//shoucang.taobao.com/shop_collect_list.htm" target="_top"', None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/jsp/detail.jsp
    ("                var l,url='//mdskip.taobao.com/core/initItemDetail.htm?isUseInventoryCenter=false&cartEnable=true&service3C=false&isApparel=false&isSecKill=false&tmallBuySupport=true&isAreaSell=false&tryBeforeBuy=false&offlineShop=false&itemId=547035178665&showShopProm=false&cachedTimestamp=1536472909711&isPurchaseMallPage=false&isRegionLevel=false&household=false&sellerPreview=false&queryMemberRight=true&addressLevel=2&isForbidBuyItem=false',isg=document.cookie.match('(^|;) ?l=([^;]*)(;|$)'),isg2 =document.cookie.match('(^|;) ?isg=([^;]*)(;|$)');", None, 'not-a-listing', None),  # jerryliu306/catotaku:catotaku-detail/catotaku-detail-web/src/main/webapp/WEB-INF/ftl/detail.ftl
    ("const product Url = 'https://www.aliexpress.com/item/123456.html';", None, 'malformed-id', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ("// Retorna: 'https://s.click.aliexpress.com/e/_ABC123?tracking_id=...'", None, 'short-link', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('            "promotion_link": "https://s.click.aliexpress.com/e/_ABC123"', None, 'short-link', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('   original: https://www.aliexpress.com/item...', None, 'not-a-listing', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('   affiliate: https://s.click.aliexpress.com/e/...', None, 'short-link', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('   productUrl: https://www.aliexpress.com...', None, 'not-a-listing', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('│ URL: aliexpress.com │', None, 'not-a-url', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('│ URL: s.click.aliexpress.com/...    │', None, 'short-link', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('- ✅ Método: `aliexpress.affiliate.link.generate`', None, 'not-a-url', None),  # rusthp/voxelpromo:docs/archive/fixes/ALIEXPRESS_AFFILIATE_FIX.md
    ('    const testUrl = "https://www.lazada.co.th/i5403278598.html";', None, 'not-a-listing', None),  # github-index:9567522750
    ("    console.log('   console.log(result.shortenedUrl); // https://s.lazada.co.th/s.BczX8?cc\\n');", None, 'short-link', None),  # github-index:9567522750
    ('    console.log(\'     shortenedUrl: "https://s.lazada.co.th/s.BczX8?cc",\');', None, 'short-link', None),  # github-index:9567522750
    ('        const apiUrl = `https://getlink-lazada.lslly.com/api/v1?link=${encodeURIComponent(lazadaUrl)}`;', None, 'lookalike-host', None),  # github-index:9567522750
    ('    return `https://www.lazada.co.th/i${productId}.html`;', None, 'not-a-listing', None),  # github-index:9567522750
    ('        // รูปแบบ: /products/ชื่อสินค้า-i{productId}-s{skuId}.html', None, 'not-a-url', None),  # github-index:9567522750
    ('    console.log(\'     originalUrl: "https://www.lazada.co.th/i5403278598.html",\');', None, 'not-a-listing', None),  # github-index:9567522750
    ('                                    <a class="lzd-menu-labels-item" href="//pages.lazada.vn/wow/i/vn/LandingPage/global?wh_weex=true&amp;wx_navbar_transparent=true&amp;scm=1003.4.icms-zebra-5000379-2586391.OTHER_5522513714_2391686">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                    <a href=//member.lazada.vn/user/logout class="account-item-anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                                    <a href=//my.lazada.vn/wishlist/index class="account-item-anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                <a title="Books" href="https://www.lazada.vn/sach/" class="breadcrumb_item_anchor">', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                    "@id": "https://www.lazada.vn/sach"', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                        "suggestionUrl": "https://www.lazada.vn/sach/nha-nam/",', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ("                    '.lazada.com.my',", None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ("                    '.lazada.test'", None, 'not-a-url', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('                                    "viewedSFOUrl": "//pdpdesc-m.lazada.vn/confirmMsg",', None, 'not-a-listing', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
    ('    <script src="//laz-g-cdn.alicdn.com/lzdfe/pdp-platform/0.0.1/require.js" charset="utf-8"></script>', None, 'not-alibaba-host', None),  # chuhieu311/crawl-data:src/structure/Lazada_book_detail.html
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


def test_a_quoted_link_ends_at_its_quote() -> None:
    """Fixes 1 and 2: the link ends at its closing quote, not with the next member or the
    code span's backtick kept."""
    assert thrice(FIXED[0][0]).canonical_url == "https://cooyes.tmall.com/"  # type: ignore[attr-defined]
    reason = thrice(FIXED[1][0]).reason  # type: ignore[attr-defined]
    assert " in quotes is a host name only" in reason, reason


def test_a_quoted_relative_link_is_no_comment() -> None:
    """Fix 3: the quoted link is the line's, and its host is Tmall's service host."""
    reason = thrice(FIXED[2][0]).reason  # type: ignore[attr-defined]
    assert "fragment.tmall.com/feeds/bat" in reason, reason
    assert "of the store" not in reason, reason


def test_the_amp_view_suggests_the_item() -> None:
    """Fix 5: the AMP view is refused as an unverified form, suggesting the item's link."""
    read = thrice(FIXED[4][0])
    assert "AMP view of Taobao's SEO item page" in read.reason, read  # type: ignore[attr-defined]
    assert read.suggestion == "https://item.taobao.com/item.htm?id=547035178665"  # type: ignore[attr-defined]


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it."""
    rows = [row[0] for row in ALL]
    assert not any(row.lstrip().startswith("#") for row in rows)
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
