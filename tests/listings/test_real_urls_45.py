"""Sweep realurls45 of listing URLs (notes in /work/notes/sweep-realurls45.md): real strings from
sources no earlier table cites, read as listing-urls.md says (section 0: the first link of free
text; section 6: AliExpress; section 7: Lazada; section 8: Xianyu, filed as Taobao; section 10: a
short link is never guessed; section 11: pages that are no listings; section 12: hosts that are
no marketplace's): lines of GitHub issue threads (dropshipping importers' and price trackers'
bug reports, a link expander's and a link cleaner's requests, hardware "where to buy" threads,
Taobao affiliate bots' share texts with 淘口令, Xianyu share texts), lines of public code (Xianyu
and Lazada scrapers' templates and tests, Tmall Global and 1688 store links in comments, SQL and
JSON cells, Markdown bills of materials with AliExpress short links, 1688 share links
``qr.1688.com/s/…``, Alibaba.com supplier minisite products, app deep-link schemes) and stored
public pages (a Lazada seller guide listing the six seller centres and storefronts, affiliate
network pages, brand-protection vendors' guides, Tmall's "about" site) with their addresses.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_44.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. Tmall's corporate "about" site ``about.tmall.com`` (a stored page
   ``https://about.tmall.com/tmallglobal/opening_a_store?spm=…``, Tmall Global's guide to
   opening a store) was read as the vanity store "about": its root a storefront, its pages a
   store's pages with ``https://about.tmall.com/`` suggested. It is Tmall's own site, no store.
2. Tmall's sign-up host ``register.tmall.com`` (the 免费注册 link of saved Tmall pages' top bar,
   a page script's ``registerServer``) was read as the Tmall store "register".
3. 1688's members' centre ``vip.1688.com`` (``/mc/buyer_rights.htm`` 新人权益 in a saved 1688
   page, ``/mc/buyer_index.htm``, ``/club/club_info_json.do``) was read as the 1688 store
   "vip", its pages suggesting ``https://vip.1688.com/``; vanity labels that end in ``vip``
   (``huashengvip.1688.com``) stay stores.

``ROWS`` holds real inputs (whole lines of the cited threads, files and pages, or a cell of a
long line) that no earlier table holds (checked against ``_real_urls.real_texts()``); each row
cites its thread, file (``github-index:N``) or page. Where the answer is not the first one a
reader might guess, the notes and earlier tables decide: a template's placeholder where an id
goes (``?id={item_id}``, ``?id=${itemId}``) is ``malformed-id`` and one in a store or item path
(``/store/{}``) ``missing-id``, as test_real_urls_10.py and 11 read them; the first ``http(s)``
link of a line is read before an app scheme earlier in it (``android: 'lazada://', …,
fallback: 'https://www.lazada.vn'`` is Lazada's home page), and a line with no ``http(s)`` link
but an app scheme is ``scheme-not-allowed``; a 淘口令 between ``￥`` signs is ``short-link``
and one between ``€`` signs (which the notes do not name) ``not-a-url``, said; an AliExpress
store's group page (``/store/group/<slug>/N_<group>.html``) is the store (section 6); the old
Taobao share hosts of 2016 share texts (``e22a.com``, ``c.b0wr.com``, ``b.mashort.cn``), which
the notes do not list, are no marketplace's (``not-alibaba-host``; see the sweep's notes).
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from _real_urls import canonical_test, planner_test, service_sites_test, table_tests

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('https://about.tmall.com/', None, 'not-a-listing', None),  # constructed control of fix 1: the site's root (was the Tmall store "about")
    ('about.tmall.com/index.htm', None, 'not-a-listing', None),  # constructed control of fix 1: a store path on the site (was the Tmall store "about")
    ('https://aboutme.tmall.com/', 'tmall', 'storefront', 'aboutme'), # constructed control of fix 1: a vanity label that only starts with "about" stays a store
    ('          <a href="http://register.tmall.com/" target="_blank"><i></i>免费注册</a>', None, 'not-a-listing', None),  # github-index:37984238622; fix 2 (was the Tmall store "register")
    ('\t\t\t\t\t<a href="https://register.tmall.com/">免费注册</a>', None, 'not-a-listing', None),  # github-index:13493703082; fix 2 (was the Tmall store "register")
    ('\t\t\t\tregisterServer: "http://register.tmall.com/",', None, 'not-a-listing', None),  # github-index:27444309503; fix 2 (was the Tmall store "register")
    ("bro.get('https://register.tmall.com/?spm=875.7931836/B.a2226mz.2.66144265iGvLcD')", None, 'not-a-listing', None),  # github-index:17828105909; fix 2 (was the Tmall store "register")
    ('$(".register").attr("href","https://register.tmall.com")', None, 'not-a-listing', None),  # github-index:47465124693; fix 2 (was the Tmall store "register")
    ("    'register.tmall.com',", None, 'not-a-url', None),  # github-index:14928916214; fix 2: a host name only, now said so (was "no URL found")
    ("\t\t\t\t\t\tFD.common.request('jsonp','http://vip.1688.com/club/club_info_json.do',{", None, 'not-a-listing', None),  # github-index:47111141688; fix 3 (https://vip.1688.com/ was suggested as a store)
    ('\t\t\t\t\t\t<a class="servicedetail" target="_blank" href="https://vip.1688.com/mc/buyer_rights.htm">新人权益</a>', None, 'not-a-listing', None),  # github-index:25640520498; fix 3 (https://vip.1688.com/ was suggested as a store)
    ("                        url: 'http://vip.1688.com/club/club_info_json.do',", None, 'not-a-listing', None),  # github-index:46218265102; fix 3 (https://vip.1688.com/ was suggested as a store)
    ("    start_url = ['https://vip.1688.com/mc/buyer_index.htm']", None, 'not-a-listing', None),  # github-index:3783806818; fix 3 (https://vip.1688.com/ was suggested as a store)
    ('    "Referer": "https://vip.1688.com/",', None, 'not-a-listing', None),  # github-index:51848703847; fix 3 (was the 1688 store "vip")
    ('    "https://huashengvip.1688.com/page/contactinfo.htm",', '1688', 'storefront', 'huashengvip'),  # github-index:43000153283; control of fix 3: a vanity label ending in "vip" stays a store
    ('https://womensvip.1688.com/page/contactinfo.htm', '1688', 'storefront', 'womensvip'),  # github-index:17070092370; control of fix 3: a vanity label ending in "vip" stays a store
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('<img width="908" height="899" alt="Image" src="https://github.com/user-attachments/assets/8d95ba68-f7e5-4f78-a010-d629daf15b6a" />', None, 'not-alibaba-host', None),  # https://github.com/jez500/pricebuddy/issues/164
    ('https://www.aliexpress.com/item/1005003734106859.html', 'aliexpress', 'listing', '1005003734106859'),  # https://github.com/sergioteula/python-aliexpress-api/issues/2
    ('https://www.aliexpress.com/item/1005002385229295.html', 'aliexpress', 'listing', '1005002385229295'),  # https://github.com/sergioteula/python-aliexpress-api/issues/2
    ("ID ='https://www.aliexpress.com/item/1005003734106859.html'", 'aliexpress', 'listing', '1005003734106859'),  # https://github.com/sergioteula/python-aliexpress-api/issues/2
    ('`{ url :https://www.aliexpress.com/item/1-PCS-Plastic-Electronic-Project-Box-Black-DIY-Enclosure-Instrument-Case-Electrical-Supplies-100x60x25mm/32759108484.html}', 'aliexpress', 'listing', '32759108484'),  # https://github.com/besoeasy/UniDL/issues/1
    ('[code]http://ru.aliexpress.com/item/Men-s-hooded-with-a-black-gown/32565189744.html?spm=2114.03010208.3.2.813ueB&ws_ab_test=searchweb201556_1,searchweb201602_4_10017_10005_10006_10034_10021_507_10022_10020_10007_10018_10019,searchweb201603_2&btsid=2a1c1128-0206-4b63-9273-82edab73e959[/code]', 'aliexpress', 'listing', '32565189744'),  # https://github.com/VkOpt/VkOpt/issues/288
    ('![default](https://cloud.githubusercontent.com/assets/1337953/14316165/432a3254-fc0a-11e5-991e-5f5579d5bb18.PNG)', None, 'not-alibaba-host', None),  # https://github.com/VkOpt/VkOpt/issues/288
    ('`/http:\\/\\/.*.aliexpress.com/`', None, 'not-a-url', None),  # https://github.com/VkOpt/VkOpt/issues/288
    ('dah ada. https://azizi2u.com/code/', None, 'not-alibaba-host', None),  # https://github.com/epool86/calculateshopee/issues/3
    ('@shaiazran http://127.0.0.1:5000/crawlers/product?url=https://detail.1688.com/offer/723884705867.html', None, 'not-alibaba-host', None),  # https://github.com/jeff2go/1688-Crawler/issues/19
    ('使用的列表： https://anti-ad.net/easylist.txt', None, 'not-alibaba-host', None),  # https://github.com/privacy-protection-tools/anti-AD/issues/499
    ('        "Referer": "https://s.1688.com/youyuan/index.htm?tab=imageSearch&imageType=oss&imageAddress=cbuimgsearch/t56wDd43sJ1571315258000.jpg",', None, 'not-a-listing', None),  # https://github.com/Carmenliukang/1688_crawler-image_search_products/issues/3
    ('        "Host": \'open-s.1688.com\',', None, 'not-a-url', None),  # https://github.com/Carmenliukang/1688_crawler-image_search_products/issues/3
    ('https://detail.tmall.com/item.htm?abtest=_AB-LR129-PR129&pvid=1351e451-efcf-4833-8a82-71cb1930f0ba&pos=1&abbucket=_AB-M129_B3&acm=03130.1003.1.701602&id=39954179527&scm=1007.12929.25829.100200300000000', 'tmall', 'listing', '39954179527'),  # https://github.com/giscafer/Ponitor/issues/6
    ('https://detail.tmall.com/item.htm?abtest=_AB-LR129-PR129&pvid=12a38cf3-4f3a-436f-a4f8-112f18b04d69&pos=1&abbucket=_AB-M129_B3&acm=03130.1003.1.701602&id=536389117691&scm=1007.12929.25829.100200300000000', 'tmall', 'listing', '536389117691'),  # https://github.com/giscafer/Ponitor/issues/6
    ('fix bug https://github.com/giscafer/Ponitor/commit/9a00e96e3b55ccf900d1683fb48f728d538c5ab9', None, 'not-alibaba-host', None),  # https://github.com/giscafer/Ponitor/issues/6
    ('http://www.178hui.com/shenjia/prices.html', None, 'not-alibaba-host', None),  # https://github.com/qqxx6661/Price-monitor/issues/8
    ('https://docs.justoneapi.com/zh/api/taobao-and-tmall/', None, 'not-alibaba-host', None),  # https://github.com/pakoo/tbcrawler/issues/2
    ('![image](https://user-images.githubusercontent.com/119295472/204249052-d3758989-c812-4c36-b798-addfd508fd20.png)', None, 'not-alibaba-host', None),  # https://github.com/pea-cake/tbk/issues/9
    ('点击链接直接打开 或者 淘宝搜索直接打开', None, 'not-a-url', None),  # https://github.com/pea-cake/tbk/issues/9
    ('【闲鱼】https://m.tb.cn/h.8jrErkZ?tk=l8K5TXD1jDy CZ028 「快来捡漏【Varmilo阿米洛VB21M数字小键盘，功能正常，没有延时】」', None, 'short-link', None),  # https://github.com/drdon1234/astrbot_plugin_media_parser/issues/87
    ('<img width="800" height="876" alt="Image" src="https://github.com/user-attachments/assets/1b482a41-c86a-441a-b1bb-adccf2732655" />', None, 'not-alibaba-host', None),  # https://github.com/Usagi-org/ai-goofish-monitor/issues/132
    ('https://www.alibaba.com/trade/search?spm=a2700.details.pageModule_fy23_pc_search_bar.keydown__Enter&tab=all&SearchText=yoga+mats', None, 'not-a-listing', None),  # https://github.com/sixcious/infy-scroll/issues/89
    ('Public links: [AliExpress](https://www.aliexpress.us/?gatewayAdapt=glo2usa)', None, 'not-a-listing', None),  # https://github.com/serpapi/public-roadmap/issues/2772
    ('Internal links: [Intercom](https://app.intercom.com/a/inbox/yzck75jr/inbox/shared/all/conversation/215469315983287?view=List)', None, 'not-alibaba-host', None),  # https://github.com/serpapi/public-roadmap/issues/2772
    ('Add support to: https://aliexpress.ru/', None, 'not-a-listing', None),  # https://github.com/PreMiD/Activities/issues/6645
    ('Example: https://www.aliexpress.com/item/2251832145008144.html?gatewayAdapt=glo2deu from https://de.aliexpress.com/item/2251832145008144.html?gatewayAdapt=glo2deu', 'aliexpress', 'listing', '2251832145008144'),  # https://github.com/eponra/flatpack/issues/5
    ('https://item.taobao.com/item.htm?spm=a230r.1.14.3.sW7Hpf&id=530502226736&ns=1&abbucket=20#detail', 'taobao', 'listing', '530502226736'),  # https://github.com/ethercat-diy/arducat/issues/5
    ('Now  this boarded is offered on the website, https://item.taobao.com/item.htm?spm=a230r.1.14.3.76bf523mUEj9g&id=547321533591&ns=1&abbucket=10#detail.', 'taobao', 'listing', '547321533591'),  # https://github.com/ethercat-diy/arducat/issues/5
    ('Hello，Yes, it is. Are you in China or outside China? Can you access taobao.com or not?Best regards,Xi发自我的华为手机-------- 原始邮件 --------主题：Re: [ethercat-diy/arducat] The board can be purchased at Taobao.com now. (#5)发件人：Ezreal147 收件人：ethercat-diy/arducat 抄送：Xi Chen ,Author Is it still on sale？', None, 'not-a-url', None),  # https://github.com/ethercat-diy/arducat/issues/5
    ('https://www.ebay.com/sch/i.html?_nkw=Alibaba%20Accelerator%20Card', None, 'not-alibaba-host', None),  # https://github.com/TiferKing/as02mc04_hack/issues/1
    ('Emmmm... I bought it from Xianyu, a Chinese ebay.', None, 'not-a-url', None),  # https://github.com/TiferKing/as02mc04_hack/issues/1
    ('| [Lazada](https://open.lazada.com/doc/doc.htm?spm=a2o9m.11193487.0.0.3ac413fer0ShaX&nodeId=27493&docId=1187', None, 'not-a-listing', None),  # https://github.com/public-apis/public-apis/pull/2114
    ('https://www.lazada.co.th', None, 'not-a-listing', None),  # https://github.com/corbindavenport/wii-shop-extension/issues/56
    ('https://www.shopee.co.th', None, 'not-alibaba-host', None),  # https://github.com/corbindavenport/wii-shop-extension/issues/56
    ('https://prnt.sc/t63p7i', None, 'not-alibaba-host', None),  # https://github.com/bagisto/laravel-aliexpress-dropship/issues/36
    ('![Screenshot from 2021-03-18 13-17-00](https://user-images.githubusercontent.com/52821836/111594320-ed6a4e80-87f0-11eb-82be-9fdc114dc9ac.png)', None, 'not-alibaba-host', None),  # https://github.com/bagisto/laravel-aliexpress-dropship/issues/63
    ('imported product from above link..**Working fine** https://prnt.sc/1231hfz', None, 'not-alibaba-host', None),  # https://github.com/bagisto/laravel-aliexpress-dropship/issues/63
    ('Please update the aliexpress chrome extension from https://github.com/prateek-webkul/laravel-aliexpress-dropship-chrome-extension/tree/v1.2.0', None, 'not-alibaba-host', None),  # https://github.com/bagisto/laravel-aliexpress-dropship-chrome-extension/issues/6
    ('https://github.com/nevermore3d/StealthMax/tree/main/assets/_unsorted/PCO#bom-and-materials-for-an-alpha-unit ', None, 'not-alibaba-host', None),  # https://github.com/nevermore3d/StealthMax/issues/49
    ('# https://www.aliexpress.com/item/1005004524033590.html?spm=a2g0o.productlist.main.5.5f227ea3qRnbMw&algo_pvid=18c19a88-a8bc-49cb-acec-e4ce868de839&algo_exp_id=18c19a88-a8bc-49cb-acec-e4ce868de839-2&pdp_', 'aliexpress', 'listing', '1005004524033590'),  # https://github.com/nelsontky/gh-pages-url-shortener-db/issues/236
    ('![image](https://user-images.githubusercontent.com/88202697/127678164-84b882f8-3cfc-42e5-8298-860548e0dcd3.png)', None, 'not-alibaba-host', None),  # https://github.com/simonfrey/unshort.link/issues/72
    ('> <https://user-images.githubusercontent.com/47755037/127737865-4f3193d3-d308-41fd-a754-d363ddd2db8f.png>', None, 'not-alibaba-host', None),  # https://github.com/simonfrey/unshort.link/issues/72
    ('Would you please add a tb.cn short link, for example https://m.tb.cn/h.4TdaCIg?sm=cfbf79.', None, 'short-link', None),  # https://github.com/simonfrey/unshort.link/issues/57
    ("Tb.cn is a Alibaba's short link service.", None, 'not-a-url', None),  # https://github.com/simonfrey/unshort.link/issues/57
    ('You have to search for the ESP-C3-32S(4M)-KIT and compare the board pictures with the ones from my images folder. I found this one: https://nl.aliexpress.com/item/1005002983050962.html . Pick the one with 4M flash. The top looks almost exactly the same as mine, I compared the figure of foot position from Ali with my PCB design, that maches.', 'aliexpress', 'listing', '1005002983050962'),  # https://github.com/hberntsen/mhi-ac-ctrl-esp32/issues/29
    ('https://lectronz.com/stores/fasani', None, 'not-alibaba-host', None),  # https://github.com/martinberlin/H-cinread-it8951/issues/6
    ("I see it on `tindie`, i'm going to buy on. Can it send to China? Or any other platform such as `Amazon`.", None, 'not-a-url', None),  # https://github.com/martinberlin/H-cinread-it8951/issues/6
    ('    "商品主图链接": "http://img.alicdn.com/bao/uploaded/i2/O1CN01EycNFA1eJLvvt5AMt_!!4611686018427381562-2-fleamarket.png",', None, 'not-alibaba-host', None),  # https://github.com/Usagi-org/ai-goofish-monitor/issues/146
    ('    "卖家头像链接": "http://img.alicdn.com/bao/uploaded/i4/O1CN01qNwkTw1eJLsUrcnLy_!!4611686018427381562-0-mtopupload.jpg",', None, 'not-alibaba-host', None),  # https://github.com/Usagi-org/ai-goofish-monitor/issues/146
    ('        "商品ID": "961177050680",', None, 'not-a-url', None),  # https://github.com/Usagi-org/ai-goofish-monitor/issues/146
    ('- **Repository**: https://github.com/lofder/dsers-mcp-product', None, 'not-alibaba-host', None),  # https://github.com/appcypher/awesome-mcp-servers/pull/634
    ('- Bulk import from AliExpress / Alibaba / 1688', None, 'not-a-url', None),  # https://github.com/appcypher/awesome-mcp-servers/pull/634
    ('    assert item.item_url == "https://www.goofish.com/item?id=1001&categoryId=500"', None, 'malformed-id', None),  # github-index:71227600315
    ('\t\t\t"web_url":         "https://www.goofish.com/item?id=" + itemID,', None, 'missing-id', None),  # github-index:58730458615
    ('                    url = "https://www.goofish.com/item?id=" + str(ids[i])', None, 'missing-id', None),  # github-index:68336928655
    ('    assert item["url"] == "https://www.goofish.com/item?id=123"', None, 'malformed-id', None),  # github-index:61476149860
    ('        xianyu_link = ttk.Label(author_frame, text="咸鱼: https://www.goofish.com/item?id=1000811249803",', 'taobao', 'listing', '1000811249803'),  # github-index:23446253095
    ('          <a href="https://www.goofish.com/item?id=123456789">商品链接</a>', 'taobao', 'listing', '123456789'),  # github-index:53751380560
    ("  url: 'https://www.goofish.com/item?id=1',", None, 'malformed-id', None),  # github-index:69502082560
    ("  appUrl: 'fleamarket://item?id=1',", None, 'scheme-not-allowed', None),  # github-index:69502082560
    ('        "item_url": "https://www.goofish.com/item?id=1", "image_url": "",', None, 'malformed-id', None),  # github-index:56204092105
    ('                    "reminderUrl": "https://www.goofish.com/item?itemId=item-1",', None, 'malformed-id', None),  # github-index:67075730170
    ('  return `https://www.goofish.com/item?id=${itemId}`;', None, 'malformed-id', None),  # github-index:52037165680
    (' <div> <a href=\\"https://detail.tmall.hk/hk/item.htm?id=575153295527\\" target=\\"_blank\\"></a><a href=\\"https://detail.tmall.hk/hk/item.htm?id=575153295527\\" target=\\"_blank\\"></a> </div> ', 'tmall_global', 'listing', '575153295527'),  # github-index:26623996707
    ('\t\t// "http://item.taobao.com/item.htm?ft=t&id=20692543367", "GBK");', 'taobao', 'listing', '20692543367'),  # github-index:5325904268
    ("1380.00, 99.99, 860.00, 'https://www.costco.com/Invicta-Pro-Diver-Scuba-Watch.product.100343913.html', 1550.00, 'https://detail.tmall.hk/hk/item.htm?id=546475751426', '2017-06-03 13:17:07', '2017-06-03 13:17:07', 30, 0, 0),", None, 'not-alibaba-host', None),  # github-index:17819886119
    ('  + :pushpin: [해당 TFT LCD관련 자료 종합](http://www.lcdwiki.com/3.2inch_16BIT_Module_ILI9341_SKU:MRB3205)<br>', None, 'not-alibaba-host', None),  # github-index:27922446258
    ('专属入驻链接:https://sellercenter.lazada.com.my/seller/register/registration_open?lazMall=0&basedCountry=CN&utm_source=CNCBQZZQ20210730&utm_campaign=', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('马来:https://sellercenter.lazada.com.my/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('泰国:https://sellercenter.lazada.co.th/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('印尼:https://sellercenter.lazada.co.id/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('新加坡:https://sellercenter.lazada.sg/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('菲律宾:https://sellercenter.lazada.com.ph/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('越南:https://sellercenter.lazada.vn/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('马来:https://www.lazada.com.my/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('泰国:https://www.lazada.co.th/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('印尼:https://www.lazada.co.id/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('新加坡:https://www.lazada.sg/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('菲律宾:https://www.lazada.com.ph/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('越南:https://www.lazada.vn/', None, 'not-a-listing', None),  # https://zoqi123.com/a/news/109.html
    ('https://zoqi123.com/a/news/109.html', None, 'not-alibaba-host', None),  # https://zoqi123.com/a/news/109.html (a stored page's own address)
    ('If the store withdraws from affiliate marketing and promotion midway, it needs to enter the exit link in the browser: https://afseller.aliexpress.com/afiliate/esit .htm.', None, 'not-a-listing', None),  # https://ssopdot.com/?p=36733
    ('https://ssopdot.com/?p=36733', None, 'not-alibaba-host', None),  # https://ssopdot.com/?p=36733 (a stored page's own address)
    ('This is how an affiliate link will look like (WITH custom tracking strings):http://s.click.aliexpress.com/e/abcD12345?af=001&cn=002&cv=003&dp=abc', None, 'short-link', None),  # http://www.tanphon.com/index.php?route=information/information&information_id=9
    ('Your default affiliate link might look link this (this link can be obtained from our portal or via API) http://s.click.aliexpress.com/e/abcD12345', None, 'short-link', None),  # http://www.tanphon.com/index.php?route=information/information&information_id=9
    ('http://www.tanphon.com/index.php?route=information/information&information_id=9', None, 'not-alibaba-host', None),  # http://www.tanphon.com/index.php?route=information/information&information_id=9 (a stored page's own address)
    ('Проверка ссылок позволит определить, является ли товар на AliExpress аффилиатным. Проверка предназначена для ссылок на AliExpress, т.е. ссылок вида https://aliexpress.com, https://ru.aliexpress.com.', None, 'not-a-listing', None),  # https://epn.bz/ru/tools/link-checker
    ('https://epn.bz/ru/tools/link-checker', None, 'not-alibaba-host', None),  # https://epn.bz/ru/tools/link-checker (a stored page's own address)
    ('https://epn.bz/en/partners/ali/rules', None, 'not-alibaba-host', None),  # https://epn.bz/en/partners/ali/rules (a stored page's own address)
    ('https://store.admitad.com/en/webmaster/offers/14289-aliexpress-tr/', None, 'not-alibaba-host', None),  # https://store.admitad.com/en/webmaster/offers/14289-aliexpress-tr/ (a stored page's own address)
    ('https://ui.awin.com/merchant-profile-terms/6378', None, 'not-alibaba-host', None),  # https://ui.awin.com/merchant-profile-terms/6378 (a stored page's own address)
    ('https://www.redpoints.com/blog/how-to-remove-a-counterfeit-from-aliexpress/', None, 'not-alibaba-host', None),  # https://www.redpoints.com/blog/how-to-remove-a-counterfeit-from-aliexpress/ (a stored page's own address)
    ('https://www.marqvision.com/blog/aliexpress-ip-takedown-counterfeit-guide', None, 'not-alibaba-host', None),  # https://www.marqvision.com/blog/aliexpress-ip-takedown-counterfeit-guide (a stored page's own address)
    ('https://www.alicustomerservice.com/faq1_how-do-i-report-ipr-infringement-89.html', None, 'not-alibaba-host', None),  # https://www.alicustomerservice.com/faq1_how-do-i-report-ipr-infringement-89.html (a stored page's own address)
    ('https://www.alifaq.org/how-do-i-report-ipr-infringement', None, 'not-alibaba-host', None),  # https://www.alifaq.org/how-do-i-report-ipr-infringement (a stored page's own address)
    ('https://chineseyiwu.com/1688-supplier-sourcing-guide', None, 'not-alibaba-host', None),  # https://chineseyiwu.com/1688-supplier-sourcing-guide (a stored page's own address)
    ('https://about.tmall.com/tmallglobal/opening_a_store?spm=3.7128689.0.0.ff57668ftqgmme', None, 'not-a-listing', None),  # https://about.tmall.com/tmallglobal/opening_a_store?spm=3.7128689.0.0.ff57668ftqgmme (a stored page's own address); fix 1 (the suggestion was the store "about", https://about.tmall.com/)
    ("Here you will find details on the entry process, the different types of stores that can be opened via Tmall.hk, and the documents required to get started and launch your store. Be sure you're ready to invest the necessary time and resources into your store launch, as opening and running a store on Tmall.hk will require strong commitment.", None, 'not-a-url', None),  # https://about.tmall.com/tmallglobal/opening_a_store?spm=3.7128689.0.0.ff57668ftqgmme
    ('      cleanImportTitle("s.lazada.co.th/s.ZRRUaS?t=p-i2eLCtz&sub_aff_id=104882", "serienstream.to"),', None, 'short-link', None),  # github-index:60938571641
    ('| Shopee | collshp.com/run00 |', None, 'not-alibaba-host', None),  # github-index:56749923851
    ('    url = f"https://2.taobao.com/item.htm?id={item_id}"', None, 'malformed-id', None),  # github-index:55486735656
    ('  "xianyuUrl": "https://2.taobao.com/item.htm?id=123456789"', 'taobao', 'listing', '123456789'),  # github-index:65765890583
    ('        self.assertEqual(ep.detect_platform("https://2.taobao.com/item.htm?id=1"), "xianyu")', None, 'malformed-id', None),  # github-index:70727836327
    ('\t\tString crawlerUri = "https://2.taobao.com/item.htm?id=543176478313";', 'taobao', 'listing', '543176478313'),  # github-index:40965077572
    ('                    "商品链接": "https://2.taobao.com/item.htm?id=test12345"', None, 'malformed-id', None),  # github-index:4692142180
    ('                    "source_urls": [f"https://2.taobao.com/item.htm?id={seed}{index:02d}"],', None, 'malformed-id', None),  # github-index:52897512746
    ("(16, 11, 4, 'https://tk.tokopedia.com/ZSPYC59RQ/', 1, '2025-12-10 06:58:14'),", None, 'not-alibaba-host', None),  # github-index:60013423463
    ('    "https://www.aliexpress.com/store/product/USAMS-Breathing-LED-Phone-Cable-For-iPhone-X-8-7-6-Plus-2A-Nylon-Braided-for/2008001_32845060639.html",', 'aliexpress', 'listing', '32845060639'),  # github-index:46803137554
    ('                "url": "https://www.aliexpress.com/store/{}",', None, 'missing-id', None),  # github-index:16897165174
    ("        url.indexOf('.aliexpress.com/store/product/') !== -1 &&", None, 'not-a-url', None),  # github-index:31060131049
    ('Taobao shop: shop114407458.taobao.com ', 'taobao', 'storefront', '114407458'),  # github-index:61270961329
    ('The used module is a  TTGO T3 v1.6.1 bought on Aliexpress at the [LilyGo shop](https://lilygo.aliexpress.com/store/2090076), i can only recommend.<br><br>', 'aliexpress', 'storefront', '2090076'),  # github-index:39810802069
    ("    extract_product_urls_from_list_page('https://beddingoutlet.aliexpress.com/store/group/Galaxy-Sea-Duvet-Cover-Set/1160570_512585898.html')", 'aliexpress', 'storefront', '1160570'),  # github-index:37662594859
    ("    --kouling '￥oDuI8ZZ00nSaf￥' \\", None, 'short-link', None),  # github-index:55507281274
    ('\t\t\t\t\t`AA网的泥膜，专卖店有10元券。65元入手啊。。。 复制这条信息，打开淘宝￥NEVzZCbjQze￥`,', None, 'short-link', None),  # github-index:246104987
    ('\t\t\t\t\t`这家店还有佳雪神鲜水，这玩意没假货吧，过段日子就难说啦。 ----------------- 复制这条信息，￥jhpeZCWwpvq￥ ，打开【手机淘宝】即可查看`,', None, 'short-link', None),  # github-index:246104987
    ("        // $this->replayType('复制这条信息，打开手机淘宝即可看到【诺希正品iPhone6电池iPhone5s苹果7手机6s六6 plus大容量6sp电板】￥keAIGSC7Uj￥http://e22a.com/h.sSXitD?cv=keAIGSC7Uj&sm=8987f4');", None, 'not-alibaba-host', None),  # github-index:22130625547; an old Taobao share host the notes do not list (section 10): read as no marketplace's
    ('\t\ttkTest("复制这条信息，打开「手机淘宝」即可查看【超值活动，惊喜活动多多！】€bFCobbNMMfy€");', None, 'not-a-url', None),  # github-index:6805626017; a command between € signs, which the notes do not name: not-a-url, said
    ('\tconsole.log("酷Q采集服务已开启提交地址为 http://%s:%s", host, port)', None, 'not-a-url', None),  # github-index:36996971523
    ('￥kIfA6z6Ozs￥ http://c.b0wr.com/h.XoK8WH?cv=kIfA6', None, 'not-alibaba-host', None),  # github-index:36996971523; an old Taobao share host the notes do not list (section 10): read as no marketplace's
    ('淘宝商品:2016冬季新款显瘦毛呢外套女韩版修身茧型中长款加厚羊毛呢子大衣 http://b.mashort.cn/h.XLVRF2?sm=ddf29f (👉👉👉复制整段信息，打开手机淘宝可直接访问👈👈👈)', None, 'not-alibaba-host', None),  # github-index:36996971523; an old Taobao share host the notes do not list (section 10): read as no marketplace's
    ('复制这条信息，打开👉手机淘宝👈即可看到【2016冬季新款显瘦毛呢外套女韩版修身茧型中长款加厚羊毛呢子大衣】￥ExWihamt5N￥http://c.b0wr.com/h.XLUf3H?cv=ExWihamt5N&sm=35f0bb', None, 'not-alibaba-host', None),  # github-index:36996971523; an old Taobao share host the notes do not list (section 10): read as no marketplace's
    ('HP/惠普 346 G3 W8J10PT 游戏笔记本电脑 i5 1T 2G独显金色14英寸 http://m.tb.cn/G.Bwhu', None, 'short-link', None),  # github-index:36996971523
    ('  const base = `https://es.aliexpress.com/w/wholesale-${encodeURIComponent(slug)}.html`;', None, 'not-a-listing', None),  # github-index:52014094797
    ('| [JSN-SR04T ultrasonic sensor](https://www.aliexpress.com/w/wholesale-jsn-sr04t-waterproof-ultrasonic-sensor.html) | non-contact level, 2-pack | 1 | 3.64 | 3.64 | AliExpress | TO BUY |', None, 'not-a-listing', None),  # github-index:70890792492
    ('While the [RDM6300 is an affordable alternative, costing between $1-$3](https://www.aliexpress.com/w/wholesale-rdm6300.html) depending on where you source it.', None, 'not-a-listing', None),  # github-index:40131711057
    ('        "link_busca": "https://pt.aliexpress.com/w/wholesale-TERMO-EM-INGLES.html",', None, 'not-a-listing', None),  # github-index:68877798402
    ('- **AliExpress** (ALWAYS check): Search on `https://www.aliexpress.com/w/wholesale-${encodeURIComponent(query)}.html`', None, 'not-a-listing', None),  # github-index:63638483592
    ('  // SEN_HZ21WA_flow_sensor_liquid_level_sensor_magnetic_water_flow_sensor.html', None, 'not-a-url', None),  # github-index:5712822734
    ('    "https://sc04.alicdn.com/kf/abc.jpg",', None, 'not-alibaba-host', None),  # github-index:71027893050
    ('    "https://www.aliexpress.com/item/1.html",', None, 'malformed-id', None),  # github-index:71027893050
    ('            @"appScheme":@"Lazada://",', None, 'scheme-not-allowed', None),  # github-index:10908598093
    ("    iosScheme: 'lazada://',", None, 'scheme-not-allowed', None),  # github-index:69481389508
    ("  lazada:     { android: 'lazada://', ios: 'lazada://', fallback: 'https://www.lazada.vn' },", None, 'not-a-listing', None),  # github-index:25816152240
    (' * 2. Variant-Level Deep Link Construction (shopeevn://, lazada://, snssdk1180://).', None, 'scheme-not-allowed', None),  # github-index:68591730555
    ('  "lazada-deeplink": ["lazada://id/web?url=...", "lazada://id/web?url=..."]', None, 'scheme-not-allowed', None),  # github-index:8716327160
    ('            var callbackUrl = new Uri("lazada://"); // Custom URI scheme you must register in Android/iOS project', None, 'scheme-not-allowed', None),  # github-index:51899881094
    ('        iosScheme: `lazada://lazada.vn?url=${encodedUrl}`,', None, 'scheme-not-allowed', None),  # github-index:68776703148
    ('\t\treturn "lazada", "lazada://"', None, 'scheme-not-allowed', None),  # github-index:71359249499
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


test_service_sites_are_no_stores = service_sites_test(
    [
        ("about.tmall.com", "/tmallglobal/opening_a_store?spm=3.7128689.0.0.ff57668ftqgmme"),
        ("register.tmall.com", "/?spm=875.7931836/B.a2226mz.2.66144265iGvLcD"),
        ("vip.1688.com", "/mc/buyer_rights.htm"),
    ],
    "Fixes 1-3",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)
