"""Sweep realurls44 of listing URLs (notes in /work/notes/sweep-realurls44.md): real strings from
sources no earlier table read, read as listing-urls.md says (section 0: the first link of free
text; section 6: AliExpress; section 8: Xianyu, filed as Taobao; section 10: a short link is
never guessed; section 11: pages that are no listings; section 12: hosts that are no
marketplace's): lines of GitHub issue and pull-request threads that users pasted links into
(link-cleaner and tracking-stripper requests with long AliExpress and Taobao links, dead-link
reports, a table of the requests aliexpress.com makes, a winget manifest of Taobao's sellers'
workbench, Taobao Live and Xianyu tools' threads, Markdown links in Chinese sentences, adblock
rules) and the addresses of stored public pages (Lazada's terms, a buying agent's rules).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_43.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. Taobao's own service hosts (``work.taobao.com``: the sellers' workbench 千牛, a winget
   manifest's ``+PackageUrl: https://work.taobao.com/``; ``tbzb.taobao.com``: Taobao Live;
   ``err.taobao.com``: the error page; ``bigdata.taobao.com``: a docs host) were read as the
   vanity stores "work", "tbzb", "err" and "bigdata" at their root: they are no stores.
2. A Markdown link to a home page in a Chinese sentence ending in an ellipsis
   (``[1688网站](https://1688.com)设置gbk编码导致404...``) was refused as a link cut short
   (``malformed-id``): the full stops after the closing bracket are the sentence's, so the
   bracket ends the link (``not-a-listing``, the 1688 home page); a host after the bracket
   (``)evil.example...``) still keeps the link whole, refused.
3. A marketplace's host alone in a Markdown code span followed by a link with its scheme (a
   table row of the requests aliexpress.com makes: ``| `www.aliexpress.com` | script |
   `https://acs.aliexpress.com/…` |``) was refused as "no URL found": the host alone is no link,
   so the link after it is the line's first link, and read (a listing after it is a listing).
4. Alibaba Cloud's service domain ``aliyuncs.com`` (OSS buckets, its ARMS monitoring) was
   refused as a lookalike of aliyun: it is the group's own, not a marketplace.

``ROWS`` holds real inputs (whole lines of the cited threads and pages) that no earlier table
holds (checked against ``_real_urls.real_texts()``); each row cites its thread or page. Where
the answer is not the first one a reader might guess, the notes decide: a store's all-products
page (``/store/all-wholesale-products/N.html``) is ``missing-id`` as test_real_urls_20.py reads
it; ``spm@aliexpress.com`` (a rule's parameter and domain) has userinfo before the host
(``lookalike-host``, section 11); a regular expression's ``https://.*\\.1688\\.com`` and an API
name ``mtop.1688.…`` are hosts imitating 1688 (``lookalike-host``); a listing host named alone
at the end of prose (``support for item.taobao.com``) is that host's page without an id
(``missing-id``). ``test_the_planner_accounts_for_every_line`` plans a file of every row and
checks that the planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import (
    answer,
    canonical_test,
    plan_file_accounts_for_every_line,
    table_tests,
    thrice,
)

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('+PackageUrl: https://work.taobao.com/', None, 'not-a-listing', None),  # https://github.com/microsoft/winget-pkgs/pull/207781; fix 1 (was the Taobao store "work")
    ('https://work.taobao.com/', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "work")
    ('work.taobao.com/index.htm', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "work")
    ('https://tbzb.taobao.com/', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "tbzb")
    ('tbzb.taobao.com/index.htm', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "tbzb")
    ('https://err.taobao.com/', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "err")
    ('err.taobao.com/index.htm', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "err")
    ('https://bigdata.taobao.com/', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "bigdata")
    ('bigdata.taobao.com/index.htm', None, 'not-a-listing', None),  # constructed control of fix 1: a service host's root (was the Taobao store "bigdata")
    ('之前没有这个问题[1688网站](https://1688.com)设置gbk编码导致404...', None, 'not-a-listing', None),  # https://github.com/hoothin/SearchJumper/issues/44; fix 2 (was malformed-id: the link read as cut short)
    ('看[x](https://shop1234.taobao.com)导致404...', 'taobao', 'storefront', '1234'),  # constructed control of fix 2: a store's link so, read
    ('看[x](https://shop1234.taobao.com)evil.example...', None, 'lookalike-host', None),  # constructed control of fix 2: a host may follow the bracket, kept whole and refused
    ('看[x](https://item.taobao.com/item.htm?id=6377305147...)', None, 'malformed-id', None),  # constructed control of fix 2: an id cut short is still said
    ('| +8 | \\|\\|aliyuncs.com/r.png? | -- | `www.aliexpress.com` | 3 | xhr | `https://retcode-us-west-1.arms.aliyuncs.com/r.png?t=pv&times=1&page=en_USHomePage&tag=&release=&environment=production&begin=1576039041484&uid=pykag4n10C4sFby23b0ObIdgkhb6&dt=AliExpress%20-%20Online%20Shopping%20for%20Popular%20Electronics%2C%20Fashion%2C%20Home%20%26%20Garden%2C%20Toys%20%26%20Sports%2C%20Automobiles%20and%20More.&dl=https%3A%2F%2Fwww.aliexpress.com%2F&dr=&dpr=1.00&de=utf-8&ul=&sr=1366x768&vp=1174x547&ct=&pid=f1fxt4k42w%40603c0c54f7887fb&_v=1.8.1&sid=Onk4X4Lk0IwsX3yXF9dRzRq2eXFp&sampling=1&z=k40sy9yy` |', None, 'not-alibaba-host', None),  # https://github.com/StevenBlack/hosts/issues/1099; fix 3 (was lookalike-host: aliyuncs.com); fix 4
    ('| +8 |  |  | `www.aliexpress.com` | 3 | script | `https://assets.alicdn.com/g/alilog/oneplus/entry.js?t=218894` |', None, 'not-alibaba-host', None),  # https://github.com/StevenBlack/hosts/issues/1099; fix 3 (was not-a-url)
    ('| +8 |  |  | `www.aliexpress.com` | 3 | script | `https://assets.alicdn.com/g/alilog/aplus_plugin_xwj/index.js?t=218894` |', None, 'not-alibaba-host', None),  # https://github.com/StevenBlack/hosts/issues/1099; fix 3 (was not-a-url)
    ('| +8 |  |  | `www.aliexpress.com` | 1 | script | `https://acs.aliexpress.com/h5/mtop.aliexpress.lighthouse.config.get/1.0/?appKey=24770048&t=1576039041465&sign=14df8c422e525aa1d7c2109ba55e6289&api=mtop.aliexpress.lighthouse.config.get&v=1.0&type=jsonp&dataType=jsonp&timeout=3000&callback=mtopjsonp4&data=%7B%7D` |', None, 'not-a-listing', None),  # https://github.com/StevenBlack/hosts/issues/1099; fix 3 (was not-a-url)
    ('| +8 |  |  | `www.aliexpress.com` | 3 | image | `https://ae01.alicdn.com/kf/H9f160b429e0548c29e7f24631e8276e58.png` |', None, 'not-alibaba-host', None),  # https://github.com/StevenBlack/hosts/issues/1099; fix 3 (was not-a-url)
    ('`item.taobao.com` https://item.taobao.com/item.htm?id=637730514783', 'taobao', 'listing', '637730514783'),  # constructed control of fix 3: a listing after a host in a code span (was not-a-url)
    ('"item.taobao.com", "https://item.taobao.com/item.htm?id=637730514783"', 'taobao', 'listing', '637730514783'),  # constructed control of fix 3: the same in double quotes, read before
    ('`item.taobao.com` https://item.taobao.com.evil.example/item.htm?id=637730514783', None, 'lookalike-host', None),  # constructed control of fix 3: a lookalike after it is refused (was not-a-url)
    ('`www.aliexpress.com` ae01.alicdn.com/kf/x.png', None, 'not-a-url', None),  # constructed control of fix 3: no link with a scheme after the host: a host name only
    ('https://oss-cn-hangzhou.aliyuncs.com/x.png', None, 'not-alibaba-host', None),  # constructed control of fix 4: an OSS bucket's file (was lookalike-host)
    ('https://aliyuncs.com.evil.example/x', None, 'lookalike-host', None),  # constructed control of fix 4: aliyuncs.com as a subdomain stays a lookalike
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('建议增加阿里云的规则，去掉 Url 中的 spm，已知域名：home.console.aliyun.com、account.aliyun.com、yq.aliyun.com 等等，从 aliyun.com 随便点开点啥都会带着这个参数', None, 'not-a-url', None),  # https://github.com/dmscode/Link-cleaner/issues/1
    ('`https://www.aliexpress.com/item/4001103428101.html?spm=a2g0o.productlist.0.0.495138f1207jpB&algo_pvid=c9d31b36-30e7-4e56-b6d9-c91ec2ffe490&algo_expid=c9d31b36-30e7-4e56-b6d9-c91ec2ffe490-2&btsid=2100bdd716116038587508438ecf42&ws_ab_test=searchweb0_0,searchweb201602_,searchweb201603_`', 'aliexpress', 'listing', '4001103428101'),  # https://github.com/jparise/chrome-utm-stripper/issues/42
    ('`https://www.aliexpress.com/item/4001103428101.html` ', 'aliexpress', 'listing', '4001103428101'),  # https://github.com/jparise/chrome-utm-stripper/issues/42
    ('- https://www.zhihu.com/question/62813754', None, 'not-alibaba-host', None),  # https://github.com/newhouse/url-tracking-stripper/issues/38
    ('- http://bigdata.taobao.com/docs/doc.htm?treeId=1&articleId=101782&docType=1 (this doc might be outdated)', None, 'not-a-listing', None),  # https://github.com/newhouse/url-tracking-stripper/issues/38
    ('- For example the URL `https://cn.aliyun.com/about?spm=5176.8142029.631162.about.702b614aLj4URY`, it contains the `spm` parameter, and its value is `5176.8142029.631162.about.702b614aLj4URY`.', None, 'not-alibaba-host', None),  # https://github.com/newhouse/url-tracking-stripper/issues/38
    ('@Chinaski1 commented on [Mon Mar 23 2020](https://github.com/AdguardTeam/AdguardForWindows/issues/3240)', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/CoreLibs/issues/1285
    ('    https://m.de.aliexpress.com/item/32948511896.html?ug_edm_item_id=32948511896&pdp_npi=2%40dis%21EUR%21%E2%82%AC%2024%2C58%21%E2%82%AC%2014%2C50%21%21%21%21%21%402102fea916677108936606992d1f0c%2112000027801501608%21edm&edm_click_module=item_detail&tracelog=rowan&rowan_id1=aeug_edm_24677_1_de_DE_2022-11-05&rowan_msg_id=8681biz_pay_after_purchase%3A0%3A0_572584174%248a93ce02da764ff48f65112ca837f7df&ck=in_edm_other&gatewayAdapt=gloPc2deuMsite', 'aliexpress', 'listing', '32948511896'),  # https://github.com/leon-cleaning-services/leon/issues/91
    ('    https://m.de.aliexpress.com/item/32948511896.html', 'aliexpress', 'listing', '32948511896'),  # https://github.com/leon-cleaning-services/leon/issues/91
    ('thanks for your feedback. If you have a bit of Android / Kotlin development knowledge, a pull request would be very welcome 😄 Since all parameters need to be removed, it should be very similar to [EbaySanitizer](https://github.com/svenjacobs/leon/blob/05a4423cc64255579035e2377ec503b74b2cd8f2/app/src/main/kotlin/com/svenjacobs/app/leon/sanitizer/ebay/EbaySanitizer.kt) for example.', None, 'not-alibaba-host', None),  # https://github.com/leon-cleaning-services/leon/issues/91
    ('_spm_ (example: [click on any item from the store](https://aliexpress.com/store/all-wholesale-products/2185029.html))', None, 'missing-id', None),  # https://github.com/Smile4ever/Neat-URL/issues/103
    ('spm@aliexpress.com', None, 'lookalike-host', None),  # https://github.com/Smile4ever/Neat-URL/issues/103
    ('<a href="https://github.com/dartraiden"><img src="https://avatars2.githubusercontent.com/u/5046855?v=4" align="left" width="96" height="96" hspace="10"></img></a> **Issue by [dartraiden](https://github.com/dartraiden)**', None, 'not-alibaba-host', None),  # https://github.com/Smile4ever/Neat-URL/issues/103
    ('Remove "spm/scm/pvid" tracking parameter in *.taobao.com,*.tmall.com,*.aliexpress.com,*.1688.com', None, 'not-a-url', None),  # https://github.com/EFForg/privacybadger/issues/2827
    ('The "spm/scm/pvid" parameter used widely by Alibaba Inc.(including *.taobao.com,*.tmall.com,*.aliexpress.com,*.1688.com and more) is a tracking parameter. ', None, 'not-a-url', None),  # https://github.com/EFForg/privacybadger/issues/2827
    ('For example: `https://item.taobao.com/item.htm?spm=a21bo.jianhua.201876.2.5af911d9iQAwPx&id=665627275775&scm=1007.34127.211940.0&pvid=38a55e6a-8c87-463d-9ae3-42d0f1a9a72d`', 'taobao', 'listing', '665627275775'),  # https://github.com/EFForg/privacybadger/issues/2827
    ('The actually valid url is just `https://item.taobao.com/item.htm?id=665627275775`', 'taobao', 'listing', '665627275775'),  # https://github.com/EFForg/privacybadger/issues/2827
    ('I think [ClearUrls](https://gitlab.com/KevinRoebert/ClearUrls) or [NeatUrl](https://github.com/Smile4ever/Neat-URL) can do this, but they also try to remove tracking in some way which PrivacyBadger also do, and that might cause conflict. Thanks for reply!', None, 'not-alibaba-host', None),  # https://github.com/EFForg/privacybadger/issues/2827
    ('- https://developer.aliyun.com/article/754825?spm=a2c6h.13262185.0.0.13aa3d60qUOHLH', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/AdguardFilters/pull/99938
    ('- https://m.sohu.com/cm/495336473_119038?spm=smwp.content.comment-reply.3.1634366193134sda05Eh', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/AdguardFilters/pull/99938
    ('- https://www.aliyun.com/activity/new?scm=20140722.M_1950.P_4253.MO_392-ID_21752-CID_21752-ST_3875-V_1', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/AdguardFilters/pull/99938
    ('The `spm`, `scm` url tracking parameters are the tracking system provided by Taobao. For more information, see: https://www.biaodianfu.com/spm.html', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/AdguardFilters/pull/99938
    ('`https://www.aliexpress.com/item/4001147595415.html?pvid=61933b68-35f5-4820-98d0-0eaef897172d&_t=gps-id:pcDetailBottomMoreOtherSeller,scm-url:1007.33416.213724.0,pvid:61933b68-35f5-4820-98d0-0eaef897172d,tpp_buckets:668%230%23131923%230_668%23888%233325%2312_23416%230%23213724%230_23416%234721%2321967%23832_23416%234722%2321972%238_668%232846%238109%231935_668%235811%2327177%2329_668%232717%237561%23355_668%231000022185%231000066058%230_668%233422%2315392%23473_4452%230%23226710%230_4452%233474%2315675%23357_4452%234862%2324463%23590_4452%233098%239599%23112_4452%235108%2323442%23551_4452%233564%2316062%23817`', 'aliexpress', 'listing', '4001147595415'),  # https://github.com/ClearURLs/Rules/issues/17
    ('`https://www.aliexpress.com/item/1005002315715116.html?algo_exp_id=15a27a48-0762-4dee-a308-b2868ee8f632-6`', 'aliexpress', 'listing', '1005002315715116'),  # https://github.com/ClearURLs/Rules/issues/17
    ('I have this link: `https://www.aliexpress.com/item/1005001472307338.html?algo_exp_id=b13fd996-02c2-4b2c-94c9-26ec25eb7f8d-2&pdp_ext_f=%7B%22sku_id%22%3A%2212000016265829061%22%7D&pdp_pi=-1%3B13.8%3B-1%3B2.35%40salePrice%3BEUR%3Bsearch-mainSearch`', 'aliexpress', 'listing', '1005001472307338'),  # https://github.com/ClearURLs/Rules/issues/17
    ("Just noticed this issue on my side and searched for it here... There's also another issue for this here: https://github.com/ClearURLs/Addon/issues/81", None, 'not-alibaba-host', None),  # https://github.com/ClearURLs/Rules/issues/17
    ('spm@*.aliexpress.com, scm@*.aliexpress.com, aff_platform, aff_trace_key, algo_expid@*.aliexpress.*, algo_pvid@*.aliexpress.*, btsid, ws_ab_test', None, 'not-a-url', None),  # https://github.com/AdguardTeam/FiltersRegistry/issues/559
    ('||aliexpress.com^$removeparam=spm', None, 'not-a-url', None),  # https://github.com/AdguardTeam/FiltersRegistry/issues/559
    ('||taobao.com^$removeparam=scm', None, 'not-a-url', None),  # https://github.com/AdguardTeam/FiltersRegistry/issues/559
    ('||aliexpress.com^$removeparam=scm-url', None, 'not-a-url', None),  # https://github.com/AdguardTeam/FiltersRegistry/issues/559
    ('just for completeness, i found https://github.com/DandelionSprout/adfilt having an exhaustive list of related `removeparam` rules..', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/FiltersRegistry/issues/559
    ('2023-04-08 09:16:21 [scrapy.downloadermiddlewares.retry] DEBUG: Retrying <GET https://www.lazada.vn/dien-thoai-di-dong via http://127.0.0.1:8050/execute> (failed 1 times): Connection was refused by other side: 10061: No connection could be made because the target machine actively refused it..', None, 'not-a-listing', None),  # https://github.com/toannd96/Crawler_Web_Js/issues/19
    ('例如： `https://h5.m.goofish.com/item?id=710868494930`', 'taobao', 'listing', '710868494930'),  # https://github.com/lihaoyun6/xianyu2pc/issues/1
    ("        location.href = 'https://item.taobao.com/item.htm?id=' + id; // done !", None, 'missing-id', None),  # https://github.com/lihaoyun6/xianyu2pc/issues/1
    ('- 支持解析淘宝直播完整链接，例如 `https://tbzb.taobao.com/live?liveId=...`，不再只依赖短链', None, 'not-a-listing', None),  # https://github.com/ihmily/DouyinLiveRecorder/pull/1400
    ('- 使用真实淘宝直播链接 `https://tbzb.taobao.com/live?liveId=557156521789` 验证，已成功返回最终 `m3u8` 和 `flv` 地址', None, 'not-a-listing', None),  # https://github.com/ihmily/DouyinLiveRecorder/pull/1400
    ('- https://aliexpress.com/item/1005003170671440.html?blablablal', 'aliexpress', 'listing', '1005003170671440'),  # https://github.com/DrKain/tidy-url/issues/7
    ('- https://aliexpress.com/item/1005003170671440.html', 'aliexpress', 'listing', '1005003170671440'),  # https://github.com/DrKain/tidy-url/issues/7
    ('@DrKain https://aliexpress.ru/item/1005003170671440.html?gatewayAdapt=glo2rus&spm=a2g2w.home.15002.76.5a50501dwThjGw&_evo_buckets=165609,165598,188873,224373,176818,194275&sku_id=12000024476377327&gps-id=pcJustForYou&scm=1007.13562.265877.0&scm_id=1007.13562.265877.0&scm-url=1007.13562.265877.0&pvid=ed2b99b7-359e-4c84-8a13-761e16c1d360&_t=gps-id:pcJustForYou,scm-url:1007.13562.265877.0,pvid:ed2b99b7-359e-4c84-8a13-761e16c1d360,tpp_buckets:21387%230%23250274%230#/', 'aliexpress', 'listing', '1005003170671440'),  # https://github.com/DrKain/tidy-url/issues/7
    ('It also have regional versions like aliexpress.*/', None, 'not-a-url', None),  # https://github.com/DrKain/tidy-url/issues/7
    ('2025-07-31 16:36:05.936 | INFO     | utils.item_search:on_response:480 - 捕获到API响应，URL: https://h5api.m.goofish.com/h5/mtop.taobao.idlemtopsearch.pc.search/1.0/?jsv=2.7.2&appKey=xxxxxxx&t=xdxxxxx&sign=xxxxxxxx&v=1.0&type=originaljson&accountSite=xianyu&dataType=json&timeout=20000&api=mtop.taobao.idlemtopsearch.pc.search&sessionOption=AutoLoginOnly&spm_cnt=a21ybx.search.0.0&spm_pre=a21ybx.home.searchInput.0', None, 'not-a-listing', None),  # https://github.com/zhinianboke/xianyu-auto-reply/issues/2
    ('aliexpress.ru', None, 'not-a-listing', None),  # https://github.com/corbindavenport/shop-list/issues/9
    ('fr.aliexpress.com', None, 'not-a-listing', None),  # https://github.com/corbindavenport/shop-list/issues/9
    ('he.aliexpress.com', None, 'not-a-listing', None),  # https://github.com/corbindavenport/shop-list/issues/9
    ('ja.aliexpress.com', None, 'not-a-listing', None),  # https://github.com/corbindavenport/shop-list/issues/9
    ('th.aliexpress.com', None, 'not-a-listing', None),  # https://github.com/corbindavenport/shop-list/issues/9
    ('the original link was https://www.aliexpress.com/item/1005009928336521.html?spm=a2g0o.detail.pcDetailBottomMoreThisSeller.6.3f42IQwLIQwLgT&gps-id=pcDetailBottomMoreThisSeller&scm=1007.13339.291025.0&scm_id=1007.13339.291025.0&scm-url=1007.13339.291025.0&pvid=c766154b-110c-4a7b-ba7b-ae3ed3813b19&_t=gps-id%3ApcDetailBottomMoreThisSeller%2Cscm-url%3A1007.13339.291025.0%2Cpvid%3Ac766154b-110c-4a7b-ba7b-ae3ed3813b19%2Ctpp_buckets%3A668%232846%238107%231934&pdp_ext_f=%7B%22order%22%3A%22-1%22%2C%22eval%22%3A%221%22%2C%22sceneId%22%3A%223339%22%2C%22fromPage%22%3A%22recommend%22%7D&pdp_npi=6%40dis%21AUD%21650.20%21630.69%21%21%213099.14%213006.15%21%4021030f8317890381478325874e0fcf%2112000050602444401%21rec%21AU%212615021277%21XZ%211%210%21n_tag%3A-29919%3Bd%3Ad92d9491%3Bm03_new_user%3A-29895&utparam-url=scene%3ApcDetailBottomMoreThisSeller%7Cquery_from%3A%7Cx_object_id%3A1005009928336521%7C_p_origin_prod%3A ', 'aliexpress', 'listing', '1005009928336521'),  # https://github.com/p2r3/ha.mr/issues/94
    ('需要新增taobao.shop.get 的api调用，对于top地址http://api.taobao.com/apidoc/api.htm?spm=0.0.0.37.9fb8e&path=cid:9-apiId:68', None, 'not-a-listing', None),  # https://github.com/alibaba/top/issues/2
    ('Tìm hiểu thêm: [https://www.pinterest.com/viettrungglobal/](https://band.us/band/97105217)', None, 'not-alibaba-host', None),  # https://github.com/fuhoujun/e/issues/15
    ('领取地址：[https://promotion.aliyun.com/ntms/yunparter/invite.html?userCode=wbqjs7bw](https://promotion.aliyun.com/ntms/yunparter/invite.html?userCode=wbqjs7bw)', None, 'not-alibaba-host', None),  # https://github.com/996icu/996.ICU/issues/19113
    ('<img width="444" alt="image" src="https://github.com/hoothin/UserScripts/assets/134064604/38d4d546-ddd9-4c58-8c47-d9b84b088a7a">', None, 'not-alibaba-host', None),  # https://github.com/hoothin/UserScripts/issues/379
    ('    "url": "^https://.*\\\\.1688\\\\.com/page",', None, 'lookalike-host', None),  # https://github.com/hoothin/UserScripts/issues/379
    ('    "name": "1688全部商品页",', None, 'not-a-url', None),  # https://github.com/hoothin/UserScripts/issues/379
    ('先打开https://s.1688.com/selloffer/空转几秒', None, 'not-a-listing', None),  # https://github.com/hoothin/SearchJumper/issues/44
    ('再提示网站404https://www.1688.com/?spm=a260k.24848612.notfound&theme=factory', None, 'not-a-listing', None),  # https://github.com/hoothin/SearchJumper/issues/44
    ('https://user-images.githubusercontent.com/25548230/211868888-17e467ad-4ec9-4b66-bc66-3138b6d62c41.mp4', None, 'not-alibaba-host', None),  # https://github.com/hoothin/SearchJumper/issues/44
    ('感谢反馈，因为 `https://s.1688.com/selloffer/` 不存在并且404页主域名不一样。可以更新到1.6.6.54.7或者用`#jumpFrom{https://s.1688.com}`来修复', None, 'not-a-listing', None),  # https://github.com/hoothin/SearchJumper/issues/44
    ('![image](https://user-images.githubusercontent.com/4971925/33327308-1f675574-d492-11e7-9493-d239095341d3.png)', None, 'not-alibaba-host', None),  # https://github.com/xsren/wx_taobao_fanli/issues/11
    ('我在运行时遇到问题，在调用 /crawlers/products?url= 几次之后，1688服务器对新请求返回500，无法继续抓取。', None, 'not-a-url', None),  # https://github.com/jeff2go/1688-Crawler/issues/1
    ('PAGE LINK: https://github.com/isl-org/OpenBot/blob/master/body/README_CN.md', None, 'not-alibaba-host', None),  # https://github.com/ob-f/OpenBot/issues/216
    ("2. Click on any '淘宝购买' in “料清单” section", None, 'not-a-url', None),  # https://github.com/ob-f/OpenBot/issues/216
    ('+            "url": "https://www.alipay.com/",', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/companiesdb/pull/318
    ('`https://global.alipay.com/`', None, 'not-alibaba-host', None),  # https://github.com/AdguardTeam/companiesdb/pull/318
    ('+PublisherUrl: https://www.alibabagroup.com/en-US', None, 'not-alibaba-host', None),  # https://github.com/microsoft/winget-pkgs/pull/207781
    ('+PrivacyUrl: https://terms.alicdn.com/legal-agreement/terms/suit_bu1_taobao/suit_bu1_taobao201703241622_61002.html', None, 'not-alibaba-host', None),  # https://github.com/microsoft/winget-pkgs/pull/207781
    ('ReleaseNotesUrl: https://work.taobao.com/download.html', None, 'not-a-listing', None),  # https://github.com/microsoft/winget-pkgs/pull/207781
    ('+LicenseUrl: https://terms.alicdn.com/legal-agreement/terms/suit_bu1_taobao/suit_bu1_taobao201709071831_83901.html', None, 'not-alibaba-host', None),  # https://github.com/microsoft/winget-pkgs/pull/207781
    ('`taobao detail` returns an anti-scrape decoy price for detail.tmall.com items — the decoy value is NOT fixed (not always ¥9999)', None, 'missing-id', None),  # https://github.com/jackwener/OpenCLI/issues/2162
    ('Request Picviewer CE+ support for item.taobao.com', None, 'missing-id', None),  # https://github.com/hoothin/UserScripts/issues/1116
    ('            return url.includes("//item.taobao.com/item.htm") || url.includes("//detail.tmall.com/item.htm") || url.includes("//chaoshi.detail.tmall.com/item.htm") || url.includes("//detail.tmall.hk/hk/item.htm");', None, 'missing-id', None),  # https://github.com/shenruisi/Stay/issues/18
    ('            return !!itemId && (!!Core.isNumber(itemId) || (!(itemId.indexOf("http") >= 0) || !(!this.isTaoBaoDetailPage(itemId) && !itemId.includes("//detail.ju.taobao.com/home.htm"))));', None, 'not-a-listing', None),  # https://github.com/shenruisi/Stay/issues/18
    ('购物车：https://weidian.com/new-cart/index.php', None, 'not-alibaba-host', None),  # https://github.com/1585364631/Tampermonkey-Weidian-Buy/issues/1
    ('待付款：https://weidian.com/user/order-new/list.php', None, 'not-alibaba-host', None),  # https://github.com/1585364631/Tampermonkey-Weidian-Buy/issues/1
    ('![image](https://github.com/Ahaochan/Tampermonkey/assets/16266909/59546109-627b-4313-964d-03ab98c17e07)', None, 'not-alibaba-host', None),  # https://github.com/Ahaochan/Tampermonkey/issues/78
    ("I'm think this is your new AliExpress store?  https://www.aliexpress.com/store/910567080  If-so, could it be put into the README.md?", 'aliexpress', 'storefront', '910567080'),  # https://github.com/WeActStudio/WeActStudio.MiniSTM32F4x1/issues/21
    ('The link in this projects README.md leads to https://weactstudio.aliexpress.com/ which does not seem to work anymore.', 'aliexpress', 'storefront', 'weactstudio'),  # https://github.com/WeActStudio/WeActStudio.MiniSTM32F4x1/issues/42
    ('Could it be that https://aliexpress.com/store/910567080 is your official store?', 'aliexpress', 'storefront', '910567080'),  # https://github.com/WeActStudio/WeActStudio.MiniSTM32F4x1/issues/42
    ('A: https://sale.aliexpress.com/__pc/referral_entrance.htm', None, 'not-a-listing', None),  # https://github.com/easylist/easylist/pull/4249
    ('https://i.ibb.co/MRCmmV6/111222333.png', None, 'not-alibaba-host', None),  # https://github.com/easylist/easylist/pull/4249
    ('TaoBao is not ideal for english speaking buyers - therefore please list  your product on [AliExpress](https://www.aliexpress.com/) so we can buy the product easier from abroad. Please provide the [AliExpress Direct shipping option](https://sale.aliexpress.com/country@AE/__pc/Z3elcLji8d.htm), as shipping is much faster and taxes and import duty is included in the final price. I am really looking forward buying your product!', None, 'not-a-listing', None),  # https://github.com/open-sdr/openwifi/issues/94
    ('https://github.com/yangzhongke/NETBookMaterials/blob/04fdd512de9ce7994bbfd8fb1beec104ca6985cf/README.md?plain=1#L8', None, 'not-alibaba-host', None),  # https://github.com/yangzhongke/NETBookMaterials/issues/12
    ('1688也是可以的，你可以在浏览器中找到1688的API，例如mtop.1688.bsrindexsreadservice.querybyloginid、', None, 'lookalike-host', None),  # https://github.com/xinlingqudongX/TSDK/issues/7
    ('mtop.1688.wosc.offerdetail.apply.chtcrosscoupo、找到参数然后就可以直接使用了。', None, 'lookalike-host', None),  # https://github.com/xinlingqudongX/TSDK/issues/7
    ('1688 is also possible, you can find the API of 1688 in your browser, such as mtop.1688.bsrindexsreadservice.querybyloginid,', None, 'not-a-url', None),  # https://github.com/xinlingqudongX/TSDK/issues/7
    ('Request Pagetual support for www.1688.com', None, 'not-a-listing', None),  # https://github.com/hoothin/UserScripts/issues/706
    ('The example urls of site. ⚠**Do not paste only domain without pathname**⚠.', None, 'not-a-url', None),  # https://github.com/hoothin/UserScripts/issues/706
    ('https://pages.lazada.com.ph/wow/i/ph/PHCampaign/terms-conditions?hybrid=1', None, 'not-a-listing', None),  # https://pages.lazada.com.ph/wow/i/ph/PHCampaign/terms-conditions?hybrid=1 (a stored page's own address)
    ('https://info.1688order.com/?p=12439', None, 'lookalike-host', None),  # https://info.1688order.com/?p=12439 (a stored page's own address: a buying agent's rules)
    ('https://www.gadgetdiva.id/e-commerce/tumpas-produk-bajakan-lazada-lakukan-langkah-ini', None, 'not-alibaba-host', None),  # https://www.gadgetdiva.id/e-commerce/tumpas-produk-bajakan-lazada-lakukan-langkah-ini (a stored page's own address)
    ('Lazada IPP (Intellectual Property Protection) Feature', None, 'not-a-url', None),  # https://www.gadgetdiva.id/e-commerce/tumpas-produk-bajakan-lazada-lakukan-langkah-ini
    ('<img width="1159" alt="image" src="https://github.com/user-attachments/assets/1f9f529e-4ab7-4b49-8c35-7beea06af87d">', None, 'not-alibaba-host', None),  # https://github.com/ShilongLee/Crawler/issues/49
    ('是不是过期了，或者淘宝商品id不对。获取商品id[看这里](https://github.com/ShilongLee/Crawler/wiki/%E6%B7%98%E5%AE%9D)', None, 'not-alibaba-host', None),  # https://github.com/ShilongLee/Crawler/issues/49
    ('You could visit website of Aliyun or Aliexpress to see the `spm` parameter in action. I really like this extension for its simplicity and effectiveness to block `utm` and other tracking parameters, and I hope you could consider adding `spm` to that list too.', None, 'not-a-url', None),  # https://github.com/newhouse/url-tracking-stripper/issues/38
    ("Ah, I was not aware aliexpress used anything other than `.com`, Thank you for reporting. I'll update in a moment", None, 'not-a-url', None),  # https://github.com/DrKain/tidy-url/issues/7
    ('maybe some sort of compatibility need to be added for aliexpress or telegram', None, 'not-a-url', None),  # https://github.com/p2r3/ha.mr/issues/94
    ('aff_trace_key', None, 'not-a-url', None),  # https://github.com/Smile4ever/Neat-URL/issues/103
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


@pytest.mark.parametrize("host", ["detail.tmall.hk", "item.taobao.com", "www.aliexpress.com"])
def test_a_link_after_a_host_in_a_code_span_is_read(host: str) -> None:
    """Fix 3: a link with its scheme after a host alone in a code span is read as the line's
    link (the item's listing); without one the line still holds a host name only."""
    link = "https://item.taobao.com/item.htm?id=637730514783"
    read = thrice(f"| 域名 | `{host}` | {link} |")
    assert answer(f"| 域名 | `{host}` | {link} |") == ("taobao", "listing", "637730514783"), read
    assert answer(f"| 域名 | `{host}` |") == (None, "not-a-url", None)


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it (but a row starting with ``#``, a plan file's comment)."""
    rows = [row[0] for row in ALL if not row[0].lstrip().startswith("#")]
    assert rows
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
