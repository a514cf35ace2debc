"""Sweep realurls43 of listing URLs (notes in /work/notes/sweep-realurls43.md): real strings from
sources no earlier table read, read as listing-urls.md says (section 4: 1688; section 6:
AliExpress; section 8: Xianyu, filed as Taobao; section 10: a short link is never guessed;
section 11: pages that are no listings; section 12: hosts that are no marketplace's): an
AliExpress home page saved whole (its canonical, ``og:url``, language alternates, the hosts it
preconnects to, help, cart, account, coupon and search links), a 1688 result-page capture's
tests (``detail.m.1688.com/page/index.html?offerId=``, an alphanumeric ``shop…`` store, search,
promotion and chat links), a 1688 web-search scraper's tests, a Markdown price table of
controllers linking Xianyu and Taobao items behind their pictures, Xianyu tools' notes and
scripts (``www.goofish.com/item?id=`` templates and captures, the app's ``fleamarket://`` links).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_42.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. Hosts a saved AliExpress home page preconnects to (``<link rel="preconnect dns-prefetch"
   href="//acs.aliexpress.com" />``: AliExpress's API gateway; ``//gpsfront.aliexpress.com``:
   its recommendation front; ``//fourier.taobao.com``: a data-collection host) were read as
   the vanity stores "acs", "gpsfront" and "fourier": they are service hosts, no stores.

``ROWS`` holds real inputs (whole lines of the cited files) that no earlier table holds (checked
against ``_real_urls.real_texts()``); each row cites its file (``owner/repo:path``, or
``github-index:N`` where the repository is not named). The page's app alternate
(``<link href="android-app:https://com.alibaba.aliexpresshd/…" …>``) is left out: it is read as
a lookalike host where the notes refuse app deep links (``scheme-not-allowed``), and the
wrapping-scheme check it needs is another sweep's (see the sweep's notes).
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import (
    answer,
    assert_service_host,
    canonical_test,
    plan_file_accounts_for_every_line,
    table_tests,
    thrice,
)

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('   <link rel="preconnect dns-prefetch" href="//acs.aliexpress.com" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js; fix (was the AliExpress store "acs")
    ('   <link rel="preconnect dns-prefetch" href="//fourier.taobao.com" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js; fix (was the Taobao store "fourier")
    ('   <link rel="preconnect dns-prefetch" href="//gpsfront.aliexpress.com" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js; fix (was the AliExpress store "gpsfront")
    ('https://minibalance.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),  # constructed control from the notes (section 6): a vanity host's store
    ('https://weactstudio.taobao.com', 'taobao', 'storefront', 'weactstudio'),  # constructed control from the notes (section 1): a vanity store
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('      anchor("https://s.1688.com/company/pc/factory_search.htm?keywords=query", "找工厂"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://sale.1688.com/factory/bd_jpzz.html?_topOfferId_=featured", "一钻工厂"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://amos.alicdn.com/getcid.aw?uid=supplier", "7x24H响应"),', None, 'not-alibaba-host', None),  # github-index:71236837670
    ('      anchor("https://rule.1688.com/policy/terms.htm", "服务条款"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://detail.1688.com/offer/123.html", "深圳实木家具工厂"),', None, 'malformed-id', None),  # github-index:71236837670
    ('      anchor("https://www.1688.com/company/example", "深圳市家具制造有限公司"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://air.1688.com/app/channel-fe/search/index.html", "找代发"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://dj.1688.com/ci_bb?a=1&e=opaque-tracker", "商品推广跳转"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html?uid=seller", "联系卖家"),', None, 'not-a-listing', None),  # github-index:71236837670
    ('      anchor("https://detail.m.1688.com/page/index.html?offerId=1043223269197&uuid=private&trace_log=ad", "深圳办公桌椅组合 ¥ 149 青岛玮奥达家具行"),', '1688', 'listing', '1043223269197'),  # github-index:71236837670
    ('      anchor("https://shop618c39131y665.1688.com/?tracelog=p4p", "青岛玮奥达家具行"),', '1688', 'storefront', 'shop618c39131y665'),  # github-index:71236837670
    ('  assert.equal(result.links[0].url, "https://detail.m.1688.com/page/index.html?offerId=1043223269197");', '1688', 'listing', '1043223269197'),  # github-index:71236837670
    ('  assert.equal(result.links[1].url, "https://shop618c39131y665.1688.com/");', '1688', 'storefront', 'shop618c39131y665'),  # github-index:71236837670
    ('      anchor("https://supplier.example/profile?signature=secret&from=search#contact", "深圳家具供应商 13800138000 sales@example.com"),', None, 'not-alibaba-host', None),  # github-index:71236837670
    ('function withFakePage({ text = "搜索结果", href = "https://1688.example/search?q=desk&signature=secret#top", anchors = [], passwordField = false } = {}, run) {', None, 'lookalike-host', None),  # github-index:71236837670
    ('| maipico(成品)    | 约1000   | -      | 不详       | 不详              | 二手平台常见       | [<img width="200px" src="https://github.com/user-attachments/assets/99047a28-2e40-4839-a64f-f5b2f8295b54" />](https://www.goofish.com/item?id=891098479283) |', 'taobao', 'listing', '891098479283'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('| 雾雨(内屏版)     | 1499     | -      | 不含       | 蚀刻              | 无外键支持         | [<img src="https://github.com/user-attachments/assets/17e2ca22-326d-4fe5-bbe7-a7910cc3f4f3" width=200px />](https://www.goofish.com/item?id=865663465655) |', 'taobao', 'listing', '865663465655'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('| 晶台             | 2299     | -      | 不含      | 蚀刻+ito           | 闲鱼: 吃个桃桃   | [<img src="https://github.com/user-attachments/assets/92ed71e3-9973-4d2d-ad71-f63e897bcd86" width=200px />](https://www.goofish.com/item?id=800676155187) |', 'taobao', 'listing', '800676155187'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('| 纸片台           | 5999     | 60Hz   | 京东方面板 | 无痕蚀刻+自研触控 | 闲鱼：纸片片片片片 | [<img width="200px" src="https://github.com/user-attachments/assets/5197b7ee-af35-4f33-94cd-1a10f08f714c" />](https://www.goofish.com/item?id=922999290368) |', 'taobao', 'listing', '922999290368'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('| HDX青春版          | 4399     | -      | 不含       | 无痕蚀刻          |                    | [<img width="200px" src="https://github.com/user-attachments/assets/c383b6c3-4d27-41de-94e4-1a2c10d2a660" />](https://item.taobao.com/item.htm?id=821589059415&skuId=5822246444323) |', 'taobao', 'listing', '821589059415'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('| HDX              | 5888     | -      | 不含       | 无痕蚀刻          |                    | [<img src="https://github.com/user-attachments/assets/3a9eb950-b99b-4d28-bdf7-336a9425d8aa" width=200px />](https://item.taobao.com/item.htm?id=821589059415) |', 'taobao', 'listing', '821589059415'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('| ADX LITE+        | 4998     | -      | 不含       | 无痕蚀刻          |                    | [<img width="200px" src="https://github.com/user-attachments/assets/c331bccf-2df2-4f1f-87e7-5cadfd058a80" />](https://item.taobao.com/item.htm?id=936311370897) |', 'taobao', 'listing', '936311370897'),  # github-index:22569359371 (a linked image: its target; lookalike12)
    ('[兔键]: http://www.taobao.com/list/item/660013732031.htm', 'taobao', 'listing', '660013732031'),  # github-index:22569359371
    ('[睡神]: https://space.bilibili.com/895949/', None, 'not-alibaba-host', None),  # github-index:22569359371
    ('| 商品搜索 | `https://www.goofish.com/search?q={关键词}` |', None, 'not-a-listing', None),  # github-index:56465659636
    ('| 商品详情 | `https://www.goofish.com/item?id={item_id}` |', None, 'malformed-id', None),  # github-index:56465659636
    ('| 私信列表 | `https://www.goofish.com/im` |', None, 'not-a-listing', None),  # github-index:56465659636
    ('| 私信会话 | `https://www.goofish.com/im?itemId={item_id}&peerUserId={user_id}` |', None, 'not-a-listing', None),  # github-index:56465659636
    ('| 发布页 | `https://www.goofish.com/publish` |', None, 'not-a-listing', None),  # github-index:56465659636
    ('   - `camoufox-cli --session xianyu --persistent --headed --json open "https://www.goofish.com"`', None, 'not-a-listing', None),  # github-index:56465659636
    ('1. camoufox-cli --session xianyu --persistent --headless --json open "https://www.goofish.com/item?id={item_id}"', None, 'malformed-id', None),  # github-index:56465659636
    ('1. camoufox-cli --session xianyu --persistent --headless --json open "https://www.goofish.com/im"', None, 'not-a-listing', None),  # github-index:56465659636
    ('   - 已知 item_id + user_id：open "https://www.goofish.com/im?itemId={item_id}&peerUserId={user_id}"', None, 'not-a-listing', None),  # github-index:56465659636
    ('| 触发验证码/风控 | 停止操作，建议用户手动访问 goofish.com 完成验证后重试 |', None, 'not-a-url', None),  # github-index:56465659636
    ('description: 闲鱼（goofish.com）商品搜索、查看详情、私信会话管理与回复。通过 forked camoufox-cli 挌久化 session xianyu 完成。当用户要求在闲鱼上搜索商品、查看宝贝、读取或回复私信时触发。', None, 'not-a-url', None),  # github-index:56465659636
    ("  assert.ok(url.startsWith('https://s.1688.com/selloffer/offer_search.htm?'));", None, 'not-a-listing', None),  # github-index:62225699898
    ("    finalUrl: 'https://detail.1688.com/offer/718298042743.html?abc=1',", '1688', 'listing', '718298042743'),  # github-index:62225699898
    ("  assert.strictEqual(product.url, 'https://detail.1688.com/offer/718298042743.html');", '1688', 'listing', '718298042743'),  # github-index:62225699898
    ("    finalUrl: 'http://detail.m.1688.com/page/index.html?offerId=1027613366552&trace_log=normal',", '1688', 'listing', '1027613366552'),  # github-index:62225699898
    ("  assert.strictEqual(product.url, 'https://detail.1688.com/offer/1027613366552.html');", '1688', 'listing', '1027613366552'),  # github-index:62225699898
    ("    { url: 'https://detail.1688.com/offer/2.html', title: 'B' }", None, 'malformed-id', None),  # github-index:62225699898
    ('   <link rel="preconnect dns-prefetch" href="//acs.aliexpress.ru" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('   <link rel="preconnect dns-prefetch" href="//dmtracking2.alibaba.com" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('   <link rel="preconnect dns-prefetch" href="//wp.aliexpress.com" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('    <meta property="og:url" content="//www.aliexpress.com" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('        <link rel="shortcut icon" type="image/x-icon" href="//ae01.alicdn.com/images/eng/wholesale/icon/aliexpress.ico" />', None, 'not-alibaba-host', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('    <link rel="search" type="application/opensearchdescription+xml" href="//www.aliexpress.com/plugins/opensearch/opensearch.xml" title="Aliexpress Shopping" />', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t    <link rel="canonical" href="https://www.aliexpress.com">\t\t', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('<link rel="alternate" hreflang="id" href="https://id.aliexpress.com"/>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('<link rel="alternate" hreflang="ko" href="https://ko.aliexpress.com"/>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('<link rel="alternate" hreflang="tr" href="https://tr.aliexpress.com"/>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('<link rel="alternate" hreflang="ru" href="https://aliexpress.ru"/>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('<link rel="alternate" hreflang="ja" href="https://ja.aliexpress.com"/>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('    \t\t    <link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.aliexpress.com"/>\t    <script crossorigin="anonymous" defer="defer" src="//assets.alicdn.com/g/ae-fe/global/0.0.3/index.js"></script>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('<div class="site-download-header" data-spm="100067" id="j-site-download-header" style="display:none;"><a href="https://itunes.apple.com/app/aliexpress-for-ipad/id854356557"><img data-src="//ae01.alicdn.com/kf/HTB1tEHzb.gQMeJjy0Ff762ddXXaF.png" src="//ae01.alicdn.com/kf/H550f9a3d61804a6c9fc937200b7db1c0H.png" /></a></div>', None, 'not-alibaba-host', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t<div class="ng-item-wrap ng-item ng-setting-proxy" data-role="privacy-setting" style="display:none;"><a href="//sale.aliexpress.com/cookie-setting.htm">Cookie Preferences</a></div>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t<li><a class="ng-help-link" data-role="help-center-link" href="//service.aliexpress.com/page/home?pageId=17&language=en" rel="follow">Customer Service</a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t<li><a data-role="complaint-link" href="//report.aliexpress.com" rel="nofollow">Disputes & Reports</a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t<li><a data-role="ipp-link" href="//ipp.alibabagroup.com/index.htm" rel="nofollow">Report IPR infringement</a></li>', None, 'not-alibaba-host', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t<div class="ng-item ng-bp"><a href="//sale.aliexpress.com/v8Yr8f629D.htm" rel="nofollow">Buyer Protection</a></div>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t<div class="ng-item ng-mobile"><a href="//sale.aliexpress.com/download_app_guide.htm" rel="nofollow">App</a></div>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t<div class="ng-item nav-pinfo-item nav-cart nav-cart-box"><a href="//shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm" rel="nofollow"><i class="ng-cart-icon ng-icon-size"></i><span class="text">Cart</span> <span class="cart-number" id="nav-cart-num"></span> </a></div>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t<div class="ng-item nav-pinfo-item nav-wishlist"><a href="//my.aliexpress.com/wishlist/wish_list_product_list.htm" rel="nofollow"><i class="ng-wishlist-icon ng-icon-size"></i><span class="text">Wish List</span> </a></div>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t\t<p class="flyout-sign-out" data-role="signout-btn"><a href="//login.aliexpress.com/xman/xlogout.htm" rel="nofollow">Sign Out</a></p>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t\t<li><a href="//trade.aliexpress.com/orderList.htm?tracelog=ws_topbar" rel="nofollow">My Orders</a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t\t<li><a href="//msg.aliexpress.com?tracelog=ws_topbar" rel="nofollow">Message Center<span class="unread-message-count"></span></a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t\t<li><a class="js-menu-my-favorite-stores" href="//my.aliexpress.com/wishlist/wish_list_store_list.htm" rel="nofollow">My Favorite Stores</a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t\t<li><a href="//coupon.aliexpress.com/buyer/coupon/listView.htm" rel="nofollow">My Coupons</a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t\t\t\t\t\t\t<li><a href="//campaign.aliexpress.com/wow/gcp/old-with-new/index?_addShare=no" rel="nofollow">Invite friends to give US $24</a></li>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ("\t\tnewUserUrl: 'https://sale.aliexpress.com/newuser_zone.htm',", None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('                                        <a href="//www.aliexpress.com/"><span class="logo-base">AliExpress</span><span class="logo-slogan">Smarter Shopping, Better Living!</span></a>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('\t<div class="right-shopcart"><a href="//shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm" rel="nofollow"><i class="right-cart-icon"></i> <span class="right-cart-number" id="right-cart-num">0</span> </a></div>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('            <form id="form-searchbar" class="searchbar-form" action="/wholesale" method="get" data-ishotwordsearch="true" data-actionurl="//www.aliexpress.com/w/wholesale-tanix-tx9-pro.html">', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('                                                        <a href="//www.aliexpress.com/w/wholesale-tinton-life.html">tinton life</a>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('                                                                            <a href="//www.aliexpress.com/w/wholesale-redmi-not-8-pro.html">redmi not 8 pro</a>', None, 'not-a-listing', None),  # rayngan999/Obfuscation-Automation:javaScripts1000/5edc60cc384e094cfe339676e108605a.js
    ('source_url: https://www.goofish.com', None, 'not-a-listing', None),  # github-index:71167204116
    ('apple-open "fleamarket://item?id=<商品ID>"    # 跳转闲鱼 APP', None, 'scheme-not-allowed', None),  # github-index:71167204116
    ('对话中用 Markdown 链接：`[在闲鱼APP中打开](fleamarket://item?id=xxx)`', None, 'scheme-not-allowed', None),  # github-index:71167204116
    ('| 网页 | `https://www.goofish.com/item?id=<id>` |', None, 'missing-id', None),  # github-index:71167204116
    ('| APP | `fleamarket://item?id=<id>` |', None, 'scheme-not-allowed', None),  # github-index:71167204116
    ('| 订单 | `fleamarket://order_detail?id=<orderId>` |', None, 'scheme-not-allowed', None),  # github-index:71167204116
    ('1. **扫描所有 tab** — 解析 `list_tabs` 文本，找含 `goofish.com` 的 tab', None, 'not-a-url', None),  # github-index:71167204116
    ('本模块通过 [SearchSharp.com](https://search-sharp.com) 的开放 API，', None, 'not-alibaba-host', None),  # github-index:71167204116
    ('# 依赖：需要在 Minis 内置浏览器中登录闲鱼（https://www.goofish.com）', None, 'not-a-listing', None),  # github-index:54930605705
    ("          url:         'https://www.goofish.com/item?id=' + (ex.itemId || args.item_id || ''),", None, 'missing-id', None),  # github-index:54930605705
    ("          appUrl:      'fleamarket://item?id=' + (ex.itemId || args.item_id || '')", None, 'scheme-not-allowed', None),  # github-index:54930605705
    ("    app_url = 'fleamarket://item?id=' + (it['url'].split('id=')[-1])", None, 'scheme-not-allowed', None),  # github-index:54930605705
    ('域名白名单：`goofish.com` / `www.goofish.com` / `h5.m.goofish.com`；实测真实形态', None, 'not-a-url', None),  # github-index:68427083060
    ('`fleamarket://item?id=...` 会被转换为 `https://www.goofish.com/item?id=...`。', None, 'missing-id', None),  # github-index:68427083060
    ('上游 [`superboyyy/xianyu_spider`](https://github.com/superboyyy/xianyu_spider)', None, 'not-alibaba-host', None),  # github-index:68427083060
    ('        {"url": "fleamarket://item?id=997693163811", "delay": 2000, "waitForFile": False, "delayAfterTriggerMs": 0}', None, 'scheme-not-allowed', None),  # github-index:127637496
    ('              "redirectUrl": "fleamarket://item?id=903881762432"', None, 'scheme-not-allowed', None),  # github-index:38143723404
    ('                    "targetUrl": "fleamarket://item?id=1&x=2",', None, 'scheme-not-allowed', None),  # github-index:67115611072
    ('                                "targetUrl": "fleamarket://item?id=123",', None, 'scheme-not-allowed', None),  # github-index:66601284242
    ("  const message = { title: 'T', body: 'B', url: 'fleamarket://item?id=1', webUrl: 'https://x.invalid/1' };", None, 'not-alibaba-host', None),  # github-index:69708185403
    ('                                        links[\'goofish_h5\'] = f"fleamarket://item?id={product_id}"', None, 'scheme-not-allowed', None),  # github-index:2435571761
    ('            url=f"https://www.goofish.com/item?id=x-{key}",', None, 'malformed-id', None),  # github-index:65974390936
    ('            image_url=f"https://img.alicdn.com/x-{key}.webp",', None, 'not-alibaba-host', None),  # github-index:65974390936
    ('\t\tresult.ItemURL = "https://www.goofish.com/item?id=" + itemID', None, 'missing-id', None),  # github-index:58531202476
    ('                "item_url": "https://www.goofish.com/item?id=1037584161596",', 'taobao', 'listing', '1037584161596'),  # github-index:54533557321
    ('  "pageUrl": "https://www.goofish.com/item?id=812345001",', 'taobao', 'listing', '812345001'),  # github-index:68478018946
    ('    - https://www.goofish.com/item?id=9900000000001', 'taobao', 'listing', '9900000000001'),  # github-index:66665723551
    ('    - https://h5.m.goofish.com/item?forceFlush=1&id=9900000000001', 'taobao', 'listing', '9900000000001'),  # github-index:66665723551
    ('    - https://www.goofish.com/im?...&itemId=9900000000001', None, 'not-a-listing', None),  # github-index:66665723551
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


@pytest.mark.parametrize(
    "host", ["acs.aliexpress.com", "gpsfront.aliexpress.com", "fourier.taobao.com"]
)
def test_preconnected_service_hosts_are_no_stores(host: str) -> None:
    """Fix 1: the hosts the page preconnects to are no stores, at their root or store paths,
    and the parser and its fast paths agree."""
    assert_service_host(host)
    read = thrice(f"https://{host}/")
    assert answer(f"https://{host}/") == (None, "not-a-listing", None), read


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it (but a row starting with ``#``, a plan file's comment)."""
    rows = [row[0] for row in ALL if not row[0].lstrip().startswith("#")]
    assert len(rows) == len(ALL) - 1
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
