"""Sweep 19 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls19.md): one row per input with the answer the document requires, decided
from the notes, not from what the parser said.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_18.py. Every row of
``ROWS`` is a line (or an excerpt, where the index cut it) of a public text: ``owner/repo#N`` is a
GitHub issue or pull-request thread (found with the issue corpus), ``github-index:N`` a public
file found by exact-string search of the code index. None of its inputs, nor the first link of
any, is in an earlier table. The sweep looked at what users paste from apps and chats: Taobao,
Tmall and Xianyu share text (【淘宝】/【闲鱼】/【天猫】 lines, ``m.tb.cn``/``e.tb.cn``/``c.tb.cn`` links,
淘口令 between currency signs, the traditional-Chinese 復·制这段描述…咑閞 variants, emoji), 1688
(``detail.1688.com``, ``m.1688.com``, ``qr.1688.com``, winport and stores), Tmall Global and
Tmall stores, Lazada share links, and links inside HTML (``href="//…"``, ``&amp;``), Markdown,
JSON (``\\/`` escapes, ``\\u003d``/``\\u0026``), SQL and CSV cells, percent-encoded links in
redirect parameters and links wrapped by Google, Facebook, WeChat, price-tracker and affiliate
redirectors. "notes silent" marks a form listing-urls.md does not name: it only has to be refused
(or read as the parser documents), and the code recorded is the parser's.
``test_canonical_urls_follow_the_notes`` checks every accepted row's canonical URL against the
notes' canonical forms.

``PART1`` holds the real inputs that failed before this sweep's fixes, and constructed rows and
controls of each fix:

- a link in a string holding JSON, its slashes escaped twice (``\\"url\\":\\"https:\\\\/\\\\/…\\"``,
  an API's log or a JSON value saved inside JSON), is decoded as one escaped once is;
- a code comment's ``//`` glued to a quoted key, an object or a list
  (``//"ali_click":"https:\\/\\/…"``, ``//{"u":…}``) is the comment's marker, not a
  protocol-relative link to the host ``"ali_click":"https:``;
- a comment's ``//word`` (``//html += '<a href="//…">'``, ``//TODO``) before a protocol-relative
  link glued to an attribute or a quote is no link either, as one before an ``http(s)://`` link
  already was.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import notes_canonical as _notes_canonical
from _real_urls import table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('\\"url1\\":\\"http:\\\\/\\\\/item.taobao.com\\\\/item.htm?id=523284160652\\",\\"native_url\\":\\"tbopen:\\\\/\\\\/m.taobao.com\\\\/tbopen\\\\/index.html?action=ali.open.nav&module=h5&h5Url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D523284160652%26spm%3Da211b4.24696657', 'taobao', 'listing', '523284160652'),  # github-index:6805626017; a JSON string holding JSON: the slashes escaped twice (was not-a-url)
    ('{\\"url\\":\\"https:\\\\/\\\\/detail.tmall.com\\\\/item.htm?id=608529032991\\"}', 'tmall', 'listing', '608529032991'),  # constructed: fix (was not-a-url)
    ('"log": "{\\"offer\\":\\"https:\\\\/\\\\/detail.1688.com\\\\/offer\\\\/585943639774.html\\"}"', '1688', 'listing', '585943639774'),  # constructed: fix (was not-a-url)
    ('\\"itemUrl\\":\\"https:\\\\/\\\\/www.aliexpress.com\\\\/item\\\\/1005007481526394.html\\"', 'aliexpress', 'listing', '1005007481526394'),  # constructed: fix (was not-a-url)
    ('{"url":"https:\\/\\/detail.tmall.com\\/item.htm?id=608529032992"}', 'tmall', 'listing', '608529032992'),  # constructed control: slashes escaped once (unchanged)
    ('\\"url\\":\\"https:\\\\/\\\\/item.taobao.com.evil.example\\\\/item.htm?id=608529032993\\"', None, 'lookalike-host', None),  # constructed control: escaped twice, a lookalike host is refused (was not-a-url)
    ('https://a.example/?u=https:\\\\/\\\\/item.taobao.com\\\\/item.htm?id=608529032994', None, 'not-alibaba-host', None),  # constructed control: escaped twice inside another URL's query: that URL's parameter (unchanged)
    ('//"ali_click":"https:\\/\\/detail.tmall.com\\/item.htm?id=40987945983"\t\t\t\t/*淘宝客链接（需用大淘客助手转链）*/', 'tmall', 'listing', '40987945983'),  # github-index:26435930347; a code comment's // glued to a JSON key before a JSON-escaped link (was not-a-url)
    ('//"Quan_m_link":"http:\\/\\/dwz.cn\\/3GxCEK",\t\t\t\t/*手机优惠券短链*/', None, 'not-alibaba-host', None),  # github-index:26435930347; the same file as the row above it: the link after the marker is read and refused as another host (was not-a-url); the first link is no marketplace link
    ('//"url":"https://item.taobao.com/item.htm?id=608529032995",', 'taobao', 'listing', '608529032995'),  # constructed: fix (was not-alibaba-host, the host read as "url":"https:)
    ('//{"u":"https:\\/\\/detail.1688.com\\/offer\\/585943639775.html"}', '1688', 'listing', '585943639775'),  # constructed: fix (was not-a-url)
    ("//['https://www.aliexpress.com/item/1005007481526395.html']", 'aliexpress', 'listing', '1005007481526395'),  # constructed control: a list after the marker (unchanged)
    ('//"x":"https://evil.example/item.taobao.com/item.htm?id=608529032996"', None, 'not-alibaba-host', None),  # constructed control: another host after the marker (unchanged)
    ('//item.taobao.com/item.htm?id=608529032997', 'taobao', 'listing', '608529032997'),  # constructed control: a protocol-relative link is no comment (unchanged)
    ('//TODO https://detail.tmall.com/item.htm?id=608529032998', 'tmall', 'listing', '608529032998'),  # constructed control: a marker before an http(s) link (unchanged)
    ('                        //html += \'<li class="cyou_top_reg cyou_top_nav_li"><a href="//detail.tmall.com/item.htm?id=25958100866&spm=a220z.1000881.0.42.Bj9DMX&bucket_id=19" target="_blank"><span class="cyou_top_li_icon cyou_top_pay_icon"></span>\'+unescape(\'%u9884%', 'tmall', 'listing', '25958100866'),  # github-index:7862824498; a commented-out script line, //html += '<a href="//…">' (was not-a-url)
    ('//TODO <a href="//item.taobao.com/item.htm?id=608529032999">x</a>', 'taobao', 'listing', '608529032999'),  # constructed: fix (was not-a-url)
    ('//x = "//detail.1688.com/offer/585943639776.html"', '1688', 'listing', '585943639776'),  # constructed: fix (was not-a-url)
    ("//note <img src='//www.lazada.sg/products/pdp-i2896336116.html'>", 'lazada_sg', 'listing', '2896336116'),  # constructed: fix (was not-a-url)
    ('//html += \'<a href="//evil.example/item.htm?id=608529033000">\'', None, 'not-alibaba-host', None),  # constructed control: another host after the marker (was not-a-url)
    ('//i tem.taobao.com', None, 'not-a-url', None),  # constructed control: no link follows the // word: a host split by a space, refused (unchanged)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("    //$url = 'http://pub.alimama.com/pubauc/searchAuctionList.json?q=http%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D'.$iid;", None, 'not-alibaba-host', None),  # github-index:17824946827; the first link is no marketplace link
    ('    "https://uland.taobao.com/coupon/edetail?targetUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1033960738640"', None, 'not-a-listing', None),  # github-index:53900438831; notes silent: a Taobao Union landing page (docs/listings.md)
    ("  'native_url': 'tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&module=h5&h5Url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D567873872517%26ut_sk%3D1.utdid_24728341_1536566411927.TaoPassword-Outside.isv%26sp_tk%3D4oKsQVJxMGIzeFZvT3figqw%3D%26spm%3Da211b4.24728341%26visa%3D13a09278fde22a2e%26disablePopup%3Dtrue%26disableSJ%3D1&appkey=24", None, 'scheme-not-allowed', None),  # github-index:26559964289; section 0: another scheme
    ("      'https://www.wegobuy.com/en/page/buy?from=search-input&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D674029285425';", None, 'agent-site', None),  # github-index:17249269663; section 0: an agent site
    ('                      href="/search?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D777788889999" ', None, 'not-a-url', None),  # github-index:70899276404; notes silent: an encoded link in a relative link's query is that link's parameter
    ('        { id: 4, title: "YZY X GAP X BALENCIAGA",linkTo: "https://www.allchinabuy.com/en/page/buy/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D683748985499?partnercode=wf5ZpA", image: "/images/104.png" },', None, 'agent-site', None),  # github-index:151916289; section 0: an agent site
    ('@property(nonatomic, copy)NSString *source_link;  // http;  ////www.duitang.com/redirect/?to=http%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D39520285227%26spm_d%3D3&app_code=arwen,', None, 'not-a-url', None),  # github-index:7642606703; notes silent: a redirector's link after four slashes is refused
    (' "buy_url": "https:\\/\\/item.taobao.com\\/item.htm?spm=a230r.1.14.40.jYyE2H&id=40767342641&ns=1&abbucket=17#detail",', 'taobao', 'listing', '40767342641'),  # github-index:19523584196
    ('// strWu             "https:\\/\\/item.taobao.com\\/item.htm?id=520977866501&from=hanhanbook",', 'taobao', 'listing', '520977866501'),  # github-index:23151774403
    ('\t\t\t\t\t"goods_link": "https:\\/\\/item.taobao.com\\/item.htm?spm=a217f.8051907.312171.31.49c33308WKTkSL&id=576582610029",', 'taobao', 'listing', '576582610029'),  # github-index:33482262915
    ('"item":{"num_iid":"600448952765","title":"新款多功能活氧微雾机焗油机家用蒸发机蒸汽机护发机超声波臭氧机","desc_short":"","price":"580","total_price":0,"suggestive_price":0,"orginal_price":"580.00","nick":"亲亲爱尚潮流","num":"200","min_num":0,"detail_url":"https:\\/\\/item.taobao.com\\/item.htm?id=600448952765","pic_url":"\\/\\/img.alicdn.com\\/imgextra\\/i2\\/2491925690\\/O1CN01BOljSm1ru4AQ8wuoW_!!2491925690.jpg",', 'taobao', 'listing', '600448952765'),  # github-index:37177259239
    ('            //{"item_get_response":{"item":{"created":"2014-06-10 23:23:46","detail_url":"https:\\/\\/item.taobao.com\\/item.htm?id=39437375897&spm=2014.21281452.0.0","nick":"永结同心婚庆店","title":"喜庆红盆 喜庆用品 红色结婚脸盆新娘婚庆嫁妆红盆 鸳鸯喜盆"},"request_id":"11iedlw1h8qn7"}}', 'taobao', 'listing', '39437375897'),  # github-index:2004913961
    ('----------\\n￥joxNbkGCkNZ￥复制这条信息，打开手机淘宝即可领券";', None, 'short-link', None),  # github-index:34118511069; section 10: a Taobao command or share link
    ('        #https%3a%2f%2fitem.taobao.com%2fitem.htm%3fspm%3da230r.1.14.59.nSTg3z%26id%3d530646995695%26ns%3d1%26abbucket%3d16%23detail', None, 'not-a-url', None),  # github-index:41881801266; notes silent: a percent-encoded link behind a comment's # is not decoded (docs/listings.md: the scheme must come before any /, ? or #)
    ('        #https%3a%2f%2fdetail.tmall.com%2fitem.htm%3fspm%3da221y.601495ac9f02c0ce1fb61e4f80f23a71.hunderd.3.q5tLME%26id%3d35109366716%26pvid%3d8f297d59-f1e1-4526-a53b-06db8155fcdd%26scm%3d1007.13040.32483.100200300000000%26sku_properties%3d5919063%3a6536025', None, 'not-a-url', None),  # github-index:41881801266; notes silent: a percent-encoded link behind a comment's # is not decoded (docs/listings.md: the scheme must come before any /, ? or #)
    ("               '-xDhCfh4L9DsXP4jDGi2Bc677FZkeY70QzxU2DN9pxLXuv1QAGh8PrpzZd&ref=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fspm'", None, 'missing-id', None),  # github-index:13388447410; a template or a page without its id
    ('        String url = "http://p.zwjhl.com/price.aspx?url=https%3a%2f%2fdetail.tmall.com%2fitem.htm%3fid%3d606231126363%26ali_trackid%3d2%3amm_26632572_0_0%3a1579353672_265_763784451%26spm%3da21bo.7925890.192091.1%26pvid%3da0625b2d-998b-4781-a07b-52ba57a7844b%26scm%3d1007.12846.156652.999999999999999";', None, 'not-alibaba-host', None),  # github-index:16409121774; a price tracker is another host; its target is only a suggestion
    ('        String refer = "http://item.taobao.com/item.htm?id=39237964285";', 'taobao', 'listing', '39237964285'),  # github-index:34419116825
    ('        self.url = "https://login.tmall.com/?redirectURL=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fspm%3Da220m.1000858.1000725.2.72e5234eJzpRWt%26id%3D41676759674%26skuId%3D4116255300324%26areaId%3D370200%26user_id%3D745949152%26cat_id%3D2%26is_b%3D1%26rn%3D981639684d273b49cfbc2c4fdc3941d2"', None, 'not-a-listing', None),  # github-index:26702034017; section 11: a login page
    ('//\t\t"referer":         "https://www.gwdang.com/trend?url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D603587505846&days=180",', None, 'not-alibaba-host', None),  # github-index:43663527667; a price tracker is another host; its target is only a suggestion
    ('    url = r"https://login.tmall.com/?spm=a220o.1000855.a2226mz.2.1f627ecbpROZxN&redirectURL=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fspm%3Da1z10.4-b-s.w5003-21076098180.3.31c9174a5Yi3QI%26id%3D576640717890%26scene%3Dtaobao_shop%26sku_properties%3D1627207%3A2471828828"', None, 'not-a-listing', None),  # github-index:29111165809; section 11: a login page
    ('     * {"total":1,"per_page":10,"current_page":1,"last_page":1,"data":[{"id":246,"price":239,"url":"https:\\/\\/detail.tmall.com\\/item.htm?id=548201159561&ali_refid=a3_430583_1006:1102990812:N:Dly1IErtGY8\\/u5I4sQr9qQ==:7aa1447fe1de4602f53fbf3a28f75328&ali_trackid=1_7aa1447fe1de4602f53fbf3a28f75328&spm=a230r.1.14.1","source":3,"status":1,"cost":null,"title"', 'tmall', 'listing', '548201159561'),  # github-index:8943953424
    ('\t\t\t&quot;url&quot;:&quot;https:\\/\\/detail.tmall.com\\/item.htm?spm=a1z10.3746-b.w4946-14396547293.1.4PUcgZ&amp;id=529634221064&amp;sku_properties=-1:-1&quot;', 'tmall', 'listing', '529634221064'),  # github-index:13221234575
    ('"sourceUrl":"https:\\/\\/detail.1688.com\\/offer\\/573949431779.html?spm=b26110380.sw1688.mof001.94.727e346bGfyesD","memo":"shopify\\u4ea7\\u54c1\\u5bfc\\u5165","checker":"\\u7cfb\\u7edf",', '1688', 'listing', '573949431779'),  # github-index:40636522876
    ('"vendor":"https:\\/\\/detail.1688.com\\/offer\\/602107180663.html"', '1688', 'listing', '602107180663'),  # github-index:59033774961
    ('        tkl = "1復制( CZ3457 WCRJWdrj9qo)打开tao寳抢购/";', None, 'not-a-url', None),  # github-index:14890722633; notes silent: a Taobao command in parentheses, not the notes' currency signs (section 10), is no link
    ('                "5fu\\uD83D\\uDE04質3$FbOzd8kUAFb$:// ZH9102,打開/";', None, 'not-a-url', None),  # github-index:14890722633; notes silent: a Taobao command between dollar signs is no link
    ('SHARE = ("【淘宝】https://e.tb.cn/h.8IcTrtZuTU19ieN?tk=nyXpT7VA7lt CZ356\\n"', None, 'short-link', None),  # github-index:70766754907; section 10: a share link
    (' 【淘宝】https://m.tb.cn/h.gYyL6ZrYSyEFFPQ?tk=OMGPWHL3kgi HU9196 「【优信电子】圆形喇叭2308/8欧1W/喇叭 扬声器 小喇叭」', None, 'short-link', None),  # github-index:18960400908; section 10: a share link
    ('        val jd = ok("【京东】https://u.jd.com/AbCdEf 复制打开", Platform.JD, null)', None, 'not-alibaba-host', None),  # github-index:71402833590; the first link is no marketplace link
    ('    <a href="taobao://www.taobao.com">打开APP</a>', None, 'scheme-not-allowed', None),  # github-index:10897965690; section 0: another scheme
    ('   【淘宝】7天无理由退货 https://e.tb.cn/h.71ENK0ASa7KFQQ2?tk=GeUTfHxQGTk CZ321 「ESP32-C6-N16 核心板ESP32-C6-DevKitC-1乐鑫WIFI6 BLE Zigbee」', None, 'short-link', None),  # github-index:23399183926; section 10: a share link
    ('   【淘宝】7天无理由退货 https://e.tb.cn/h.71ng91iKZEwUy78?tk=7PinfHxSM4K CZ007 「Type-C单片机UPS电源模块 锂电池充放电 UPS不间断电源5V、3.3V」', None, 'short-link', None),  # github-index:23399183926; section 10: a share link
    ('【淘宝】7天无理由退货 [https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX](https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX) MF278 「IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮」', None, 'short-link', None),  # github-index:58581982978; section 10: a share link
    ('【京东】[https://3.cn/-2WCEI8M?jkl=@YCMEy7nNyRx](https://3.cn/-2WCEI8M?jkl=@YCMEy7nNyRx)@ CA1507 「宁芝静电容轴三模可编程键盘」', None, 'not-alibaba-host', None),  # github-index:58581982978; the first link is no marketplace link
    ('是在咸鱼上发现的，【闲鱼】 https://m.tb.cn/h.SybScky?tk=LBgffMibkUV HU591 点击链接直接打开作为一个经常需要在各种 vpn 环境连接数据库和 GIS 软件之间来回倒数据的人，真的是我得痛点。', None, 'short-link', None),  # github-index:61807633828; section 10: a share link
    ('        "【得物】发现一件好物，7 CA1201 å8k2qW1då https://dw4.co/t/A/ExampleShare 拼接短袖 Polo 衫，点击链接直接打开。",', None, 'not-alibaba-host', None),  # github-index:66127400773; the first link is no marketplace link
    ('your original clipboard text is: 【淘宝】https://m.tb.cn/h.fAwWH69?tk=XTP02u5xxxx CZ3457 「LuatOS墨水屏开发板（每个ID限购1件,,多拍不发）」', None, 'short-link', None),  # github-index:15171720659; section 10: a share link
    ('点击链接直接打开 https://item.taobao.com/item.htm?id=67803651xxxx', None, 'malformed-id', None),  # github-index:15171720659; a placeholder or too short id (section 1 validator, section 11)
    ('%http://item.taobao.com/item.htm?id=45225229273', 'taobao', 'listing', '45225229273'),  # github-index:31829632040
    ('%http://detail.tmall.hk/hk/item.htm?id=40420980345', 'tmall_global', 'listing', '40420980345'),  # github-index:31829632040
    ('            "https://detail.tmall.hk/hk/item.htm?id=457&skuId=99"', None, 'malformed-id', None),  # github-index:62649472300; a placeholder or too short id (section 1 validator, section 11)
    ("      str += `${'https://detail.tmall.com/item.htm?id=613995850749\\t'},`", 'tmall', 'listing', '613995850749'),  # github-index:2395191
    ('//        String url = "https://detail.tmall.hk/hk/item.htm?id=583019542776&spm=875.7931836/B.2017041.7.56664265WJXdNl&scm=1007.12144.81309.73133_0_0&pvid=5f70d03e-a671-4166-9b8a-7adcac48fd8e&utparam={%22x_hestia_', 'tmall_global', 'listing', '583019542776'),  # github-index:40879898705
    ('        "• https://detail.1688.com/offer/123456.html\\n"', '1688', 'listing', '123456'),  # github-index:66081360721; notes silent: a 6-digit 1688 offer id is accepted (the notes give no 1688 validator)
    ('        "• http://m.1688.com/offer/123456.html\\n\\n"', '1688', 'listing', '123456'),  # github-index:66081360721; notes silent: a 6-digit 1688 offer id is accepted (the notes give no 1688 validator)
    ('    // https://www.hagobuy.com/item/details?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F669572555511.html', None, 'agent-site', None),  # github-index:17071134798; section 0: an agent site
    ('    link: "https://m.kakobuy.com/pages/goods-detail/goods-detail?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F745886147107.html&affcode=zpf37"', None, 'agent-site', None),  # github-index:46213804364; section 0: an agent site
    ('  http://localhost:4000/api/price/preview?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F123.html  ', None, 'not-alibaba-host', None),  # github-index:54174928151; the first link is no marketplace link
    ('driver.get("https://moveon.com.bd/product?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F532600651915.html")', None, 'not-alibaba-host', None),  # github-index:4897766700; notes silent: a buying site not on the agent list is another host
    ('          \'union={"amug_biz":"oneself","amug_fl_src":"awakeId_982","creative_url":"https%3A%2F%2Fdetail.1688.com%2Foffer%2F951308633342.html%3Ffromkv%3DcbuPcPlugin%3AimageSearchDrawerTable%26spm%3Da2639h.29135425.offerlist.i0%26source%3Daction%2523offerItem%253Borigin%2523www.1688.com%26amug_biz%3Do', '1688', 'listing', '951308633342'),  # github-index:65721710033
    ('  superbuyUrl: "https://www.superbuy.com/en/page/buy/?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F1.html",', None, 'agent-site', None),  # github-index:56532083189; section 0: an agent site
    ('  original1688Url: "https://detail.1688.com/offer/1.html",', None, 'malformed-id', None),  # github-index:56532083189; a placeholder or too short id (section 1 validator, section 11)
    ('  assert.deepEqual(parseLink("https://www.sifubuy.com/detail?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F654321.html"), {', None, 'agent-site', None),  # github-index:71113296873; section 0: an agent site
    ('      search: "?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F982668006953.html",', None, 'not-a-url', None),  # github-index:56431180969; notes silent: an encoded link in a query is that query's parameter
    ('            "https:\\/\\/www.aliexpress.com\\/item\\/1005008932789738.html",', 'aliexpress', 'listing', '1005008932789738'),  # github-index:26292896391
    ('            "item\\/1005008932789738.html",', None, 'not-a-url', None),  # github-index:26292896391
    ("  unwrapRedirects('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Farticle&h=AT0abc&__tn__=-UK-R'),", None, 'not-alibaba-host', None),  # github-index:56168297028; a Facebook redirector is another host
    ("    --kouling '￥oDuI8ZZ00nSaf￥'", None, 'short-link', None),  # github-index:55507281274; section 10: a Taobao command or share link
    ('我看到跳转到活动的地址是 taobao://pages.tmall.com/wow/z/hdwk/act-20201111/index', None, 'scheme-not-allowed', None),  # hyue418/taobao-11-11#7; section 0: another scheme
    ('您好，c.tb.cn/c.30jul，淘宝的这种短链接是如何做到直接唤起的', None, 'short-link', None),  # suanmei/callapp-lib#46; section 10: a share link
    ('        {"text": "【淘宝】https://e.tb.cn/h.demo?tk=abc HU287 「Nike/耐克空军一号af1纯白板鞋」"}', None, 'short-link', None),  # github-index:57050188124; section 10: a share link
    ('**去淘宝买中转站的密钥**：【淘宝】https://e.tb.cn/h.8pOMOdlTmHFaU9j?tk=iUbgTglUM0P HU293 「6.8」', None, 'short-link', None),  # github-index:66933860415; section 10: a share link
    ('【淘宝】https://e.tb.cn/h.7KxYzAb  HU1234 「法式碎花连衣裙…」', None, 'short-link', None),  # github-index:67530975984; section 10: a share link
    ('点击链接直接打开 或 复制这条信息￥abc123XYZ￥后打开👉淘宝👈', None, 'short-link', None),  # github-index:67530975984; section 10: a Taobao command or share link
    ('        【淘宝】https://e.tb.cn/h.6VsKYN9TxryaLUI?tk=kqu0eDgCv2j CA381 「台式电脑外置摄像头超清4K音响麦克风一体笔记本考研会议网课直播」', None, 'short-link', None),  # github-index:54138480900; section 10: a share link
    ('淘宝 App 复制出来的分享文本形如：`【淘宝】https://e.tb.cn/h.xxx?tk=yyy CZ028 「标题」`，', None, 'short-link', None),  # github-index:71614410669; section 10: a share link
    ('    3. 官方短链（需发一次请求）          e.tb.cn/h.xxx  /  m.tb.cn/h.xxx', None, 'short-link', None),  # github-index:71614410669; section 10: a share link
    ('    "【淘宝】https://e.tb.cn/h.RZs4T76TlNx?tk=RZs4T76TlNx CZ0000\\n"', None, 'short-link', None),  # github-index:66450627413; section 10: a share link
    ('    "&short_name=h.8IcTrtZuTU19ieN&tk=nyXpT7VA7lt&app=macos_safari"', None, 'not-a-url', None),  # github-index:66450627413
    ('CLIP = "https://e.tb.cn/h.9ClipOnlyAbCd?tk=ClipTok9"', None, 'short-link', None),  # github-index:70221075271; section 10: a share link
    ("    'https://m.tb.cn/h.RBwyc45?tk=SS0zgp0wAFx': sharePage('834760389770'),", None, 'short-link', None),  # github-index:55172689321; section 10: a share link
    ("    '【闲鱼】https://m.tb.cn/h.Rzszqb6?tk=11BPgp0GnLx CZ009 「x」\\n' +", None, 'short-link', None),  # github-index:55172689321; section 10: a share link
    ('\t\t\tXYUrl:       "【闲鱼】https://m.tb.cn/h.5xyWNly?tk=OytgWMw4tCn HU7632 「我在闲鱼发布了【短剧30天无限畅享】」\\n点击链接直接打开",', None, 'short-link', None),  # github-index:18809476899; section 10: a share link
    ('【闲鱼】https://m.tb.cn/h.iEBmmNw?tk=L2Xv5OOD1jG CA381 「快来捡漏【全新1.54寸 WFT0154CZ17 黑白墨水屏】」', None, 'short-link', None),  # github-index:58251764859; section 10: a share link
    ('#小程序://闲鱼/UHppd5wqVrUnHnr', None, 'not-a-url', None),  # github-index:58251764859; notes silent: a WeChat mini-program path is no link
    ("  const shareText = '【闲鱼】https://m.tb.cn/h.8HkG2Af?tk=eVHiTQmtGCt CZ356 「快来捡漏【树脂老货松果老人摆件，头上装饰，不是树脂，不重，具体品相如图】」\\n点击链接直接打开';", None, 'short-link', None),  # github-index:68634686907; section 10: a share link
    ('   我买的是这个（不是广告）：【闲鱼】https://m.tb.cn/h.5EIeHuV?tk=HW5sWNI4zR2 HU7632 「快来捡漏【触摸 理想 L9 便携显示器便携屏 13.3 寸switch】」', None, 'short-link', None),  # github-index:15261506313; section 10: a share link
    ('【闲鱼】https://m.tb.cn/h.RqFbHaC?tk=6i9CgSvdMJJ CZ028 「我在闲鱼发布了【LAN8671 10BASE-T1S 评估板:】」', None, 'short-link', None),  # github-index:55373629667; section 10: a share link
    ('    r = parse_share_text("【天猫】https://detail.tmall.com/item.htm?id=123456789。「책상」")', 'tmall', 'listing', '123456789'),  # github-index:66427571799
    ('                            "https://s.lazada.co.id/s.ZbVpce?cc",', None, 'short-link', None),  # github-index:2218676247; section 10: a Lazada share link
    ("const URL = 'https://s.lazada.sg/s.example';", None, 'short-link', None),  # github-index:68380879753; section 10: a Lazada share link
    ('                <code>https://s.lazada.vn/... giá</code>""";', None, 'short-link', None),  # github-index:69883675542; section 10: a Lazada share link
    ('    "https://s.lazada.vn/s.NTt8D?c=a&t=p-i2v0qQH-sEIHDR0",', None, 'short-link', None),  # github-index:55387373472; section 10: a Lazada share link
    ("  assert.equal(extractMemberIdFromUrl('https://s.lazada.co.th/y?af=mm_987654_xxx'), '987654');", None, 'short-link', None),  # github-index:54794621277; section 10: a Lazada share link
    ('        s.onRequest("https://s.lazada.co.th/s.ZRRUaS/werbespot.mp4", emptyMap())', None, 'short-link', None),  # github-index:61025565312; section 10: a Lazada share link
    ('          <a className="lazadaTextLink" href="https://s.lazada.com.ph/s.ZTCBl5" target="_blank" rel="noreferrer">Or shop on Lazada <span aria-hidden="true">-&gt;</span></a>', None, 'short-link', None),  # github-index:57165048297; section 10: a Lazada share link
    ("    linkName: 'พิกัด : เสื้อยืดแขนสั้นผู้หญิงสีขาว',", None, 'not-a-url', None),  # github-index:37164112318
    ('              <td><a href="https://detail.1688.com/offer/1013604102950.html">来源</a></td>', '1688', 'listing', '1013604102950'),  # github-index:60229759443
    ('        /// <para><a href="https://detail.1688.com/offer/631960323816.html">https://detail.1688.com/offer/631960323816.html</a></para>', '1688', 'listing', '631960323816'),  # github-index:55219321339
    ('  <a href="https://detail.1688.com/offer/778899.html" title="便携式桌面冷水机">便携式桌面冷水机</a>', '1688', 'listing', '778899'),  # github-index:69385106783; notes silent: a 6-digit 1688 offer id is accepted (the notes give no 1688 validator)
    ('\t\t\t\thref="https://detail.1688.com/offer/${list.pid}.html">${list.name}</a></td>', None, 'missing-id', None),  # github-index:37713531860; a template or a page without its id
    ('| 9 | `https://chaoshi.tmall.com/item.htm?id=【填写】` | 待测 | 待测 | 待测 | 待测 | 待测 | 待测 | — | — | 待测 |', None, 'missing-id', None),  # github-index:59938063041; a template or a page without its id
    ('| 10 | `https://ju.taobao.com/item.htm?id=【填写】` | 待测 | 待测 | 待测 | 待测 | 待测 | 待测 | — | — | 待测 |', None, 'not-a-listing', None),  # github-index:59938063041; notes silent: the Juhuasuan channel host is not a store or listing host
    ("      'https://chaoshi.tmall.com/item.htm?id=*',", None, 'missing-id', None),  # github-index:56284529299; a template or a page without its id
    ("      'https://world.taobao.com/item/*.htm',", None, 'missing-id', None),  # github-index:56284529299; a template or a page without its id
    ("            if items[3]=='http://2.taobao.com/item.htm?id=592838761902':", 'taobao', 'listing', '592838761902'),  # github-index:27219961047
    ('        self.assertEqual(detect_platform("https://2.taobao.com/item.htm?id=777888"), "Xianyu")', 'taobao', 'listing', '777888'),  # github-index:61017912635
    ("    url = 'https://2.taobao.com/item.htm?id=598183962091'", 'taobao', 'listing', '598183962091'),  # github-index:17415181854
    ("    # url = 'https://2.taobao.com/item.htm?spm=2007.1000337.18.2.218a6818WqwUcw&id=598093685695'", 'taobao', 'listing', '598093685695'),  # github-index:17415181854
    ('\t\tlocation.href = location.protocol + "//2.taobao.com/item.htm?id=" + match[1];', None, 'missing-id', None),  # github-index:5700307287; a template or a page without its id
    ("                $a = json_encode(['code' => 99,'data'=>['url' => 'https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?main_type=2&evil_type=0&source=2']],256);//链接删除跳转", None, 'not-alibaba-host', None),  # github-index:47746331969; a WeChat jump page is another host
    ('\t\t{"https://www.google.com/url?q=https://www.aliexpress.com/item/1005.html&sa=U", "aliexpress.com", MethodAffiliate, "", "", false},', None, 'not-alibaba-host', None),  # github-index:69473430397; a Google redirector is another host; its target is only a suggestion
    ("      href: 'https://www.google.com/url?q=https://www.aliexpress.com/gcp/300000486/PeMeKGaMtY?wh_weex%3Dtrue%26tracelog%3Drowan%26rowan_id1%3Daffnl_1_en_US_2023-07-13%26rowan_msg_id%3D14efb9524e324cceabb269ca6457e8", None, 'not-alibaba-host', None),  # github-index:33286559184; a Google redirector is another host; its target is only a suggestion
    ("(40,'http://google.com/url?q=https://www.aliexpress.com/item/1758757093.html&sa=U&ved=2ahUKEwiV-qbW5tT1AhWUUGwGHRvWCPkQFnoECAkQAg&usg=AOvVaw2zzXJ_OUfKtjK9prEW4hBn','Devkit 8500D,TI DM3730(ARM Cortex A8", None, 'not-alibaba-host', None),  # github-index:6248694446; a Google redirector is another host; its target is only a suggestion
    ('\treq := httptest.NewRequest(http.MethodPost, "/api/v1/local-agent/1688-jobs", strings.NewReader(`{"url":"https://detail.1688.com/offer/1052008074197.html","tenant_id":"forged"}`))', '1688', 'listing', '1052008074197'),  # github-index:60342894709
    ('const DEFAULT_DETAIL_URL = "https://detail.1688.com/offer/979663612935.html";', '1688', 'listing', '979663612935'),  # github-index:53475888184
    ('            "sourceUrl": "https://detail.1688.com/offer/1234567890.html",', '1688', 'listing', '1234567890'),  # github-index:67304646079
    ('\t\tDemandCaseID: 42001, ExperimentID: "EXP-PG-IMMUTABLE", SourceURL: "https://detail.1688.com/offer/42001001.html",', '1688', 'listing', '42001001'),  # github-index:57880480399; notes silent: an 8-digit 1688 offer id is accepted
    ('    value.indexOf("m.1688.com/offer/")!==-1) && ( value.in', None, 'missing-id', None),  # github-index:34623322729; a template or a page without its id
    ("      'https://rzekl.com/g/1e8d114494b6ff021d0c16525dc3e8/?ulp=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005007171465465.html',", None, 'not-alibaba-host', None),  # github-index:4571402449; an affiliate redirector is another host; its target is only a suggestion
    (' * as `…share.htm?…&url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F…`).', None, 'not-a-url', None),  # github-index:54870968122; notes silent: an encoded link in a query is that query's parameter
    ('// Relay: https://alitems.com/g/1e8d1144949a590a4ec116525dc3e8/?ulp=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F2016-High-Quality-12V-Starter-Relay-Solenoid-Cable-for-Quad-Pit-Bike-110cc-125cc-Safety-Driving%2F32681191278.html ', None, 'not-alibaba-host', None),  # github-index:35532445368; an affiliate redirector is another host; its target is only a suggestion
    ('        return f"https://s.click.aliexpress.com/e/_oFnMhD7?bz={product_id}&dl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F{product_id}.html&aff_fcid={tracking}"', None, 'short-link', None),  # github-index:56682950321; section 10: an AliExpress affiliate link
    ('                UtilCrl.GetUrl(@"http://ho.lazada.vn/SHDCvl?url=http%3A%2F%2Fwww.lazada.vn%2Flaptop-lenovo-laptop-ideapad-100-15iby-80mj0030vn-156inch-Den-1798388.html%3Foffer_id%3D%7Boffer_id%7D%26affiliate_id%3D%7Baffiliate_id%7D%26offe', None, 'not-a-listing', None),  # github-index:9940582490; notes silent: Lazada's HasOffers affiliate host is not a listing host
    ('    http://ho.lazada.vn/SH3gPd?url=http%3A%2F%2Fwww.lazada.vn%2Festar-ce390a-muc-in-laser-90a-den-238124.html%3Foffer_id%3D%7Boffer_id%7D%26affiliate_id%3D%7Baffiliate_id%7D%26offer_name%3D%7Boffer_name%7D_%7B', None, 'not-a-listing', None),  # github-index:29210013457; notes silent: Lazada's HasOffers affiliate host is not a listing host
    ("const loginUrl = 'https://member.lazada.com.my/user/login?spm=a2o4k.home.header.d5.1f062e7e5nKtIB&redirect=https%3A%2F%2Fwww.lazada.com.my%2F%3Fspm%3Da2o4k.login_signup.header.dhome.4d3f49fb8YhnCt';", None, 'not-a-listing', None),  # github-index:35969577575; section 11: a login page
    ('        headers.add("Referer", "https://member.lazada.sg/user/login?spm=a2o42.home.header.d5.100546b5LfhQvN&redirect=https%3A%2F%2Fwww.lazada.sg%2F%23hp-flash-sale");', None, 'not-a-listing', None),  # github-index:49387438941; section 11: a login page
    ('        <a href="http://go.ecotrackings.com//?token=XXIojgGJSvKuZJFGKvUzW&url=http%3A%2F%2Fwww.lazada.vn&sub1=tachinhsmart&sub2=banner&sub3=&sub4=&network_id=lazadamobile" onclick="window.open(\'{{ url(\'ma-giam-gia/ma-giam-gia-hot\') }}\')" target="_self"', None, 'not-alibaba-host', None),  # github-index:33182764163; an affiliate redirector is another host
    ('| 闲鱼 | `m.tb.cn/xxx`、`goofish.com/item?id=...`、`h5.m.goofish.com/item?id=...` |', None, 'short-link', None),  # github-index:61267212574; section 10: a share link
    ('//                "Realtime token API failed: {\\"ret\\":[\\"FAIL_SYS_USER_VALIDATE\\"],\\"data\\":{\\"url\\":\\"https://h5api.m.goofish.com/h5/xx/punish?action=captcha\\"}}");', None, 'not-a-listing', None),  # github-index:55067632504; notes silent: an API host
    ('BASE_URL = "https://acs.m.goofish.com/h5/mtop.idle.wx.user.profile.update/1.0/"', None, 'not-a-listing', None),  # github-index:53795922559; notes silent: an API host
    ("url ='https://detail.m.tmall.com/item.htm?id=535592571726&abtest=10&rn=07abc745561bdfad6f726eb186dd990e&sid=46f938ba6d759f6e420440bf98b6caea'", 'tmall', 'listing', '535592571726'),  # github-index:14222154905
    ("            'referer': 'https://detail.m.tmall.com/item.htm?id=610872082401',", 'tmall', 'listing', '610872082401'),  # github-index:28837932920
    ('\t/*url := "http://detail.m.tmall.com/item.htm?id=21827332489"', 'tmall', 'listing', '21827332489'),  # github-index:11576035971
    ('        public string item_url { get; set; }// String http://detail.m.tmall.com/item.htm?id=xxx商品地址', None, 'malformed-id', None),  # github-index:34490402721; a placeholder or too short id (section 1 validator, section 11)
    ("        # 'https://m.tb.cn/h.UaupYeM?tk=TvFO2tinJvf',", None, 'short-link', None),  # github-index:29786605852; section 10: a share link
    ('_TB = \'<a href="//item.taobao.com/item.htm?spm=a1z10&id=712345678906">상품</a>\'', 'taobao', 'listing', '712345678906'),  # github-index:69659194062
    ('      url: \'.order-link.info-title\',// href "//item.taobao.com/item.htm?id=582335188528"  s', 'taobao', 'listing', '582335188528'),  # github-index:34881000181
    ('        //                          "url": "//item.taobao.com/item.htm?id=8895765374&abbucket=4",', 'taobao', 'listing', '8895765374'),  # github-index:19479333028
    ('\t\t\t\t\t\t\t\t\t\t\t\thref="//item.taobao.com/item.htm?id=520085310210&amp;_u=e23k9ao49400"', 'taobao', 'listing', '520085310210'),  # github-index:154158991
    ('            "itemUrl": "//item.taobao.com/item.htm?id=553854055233&_u=blf99hu330f",', 'taobao', 'listing', '553854055233'),  # github-index:17415384178
    ('\t\t\t\t\t"detailUrl": "//item.taobao.com/item.htm?id=855309350968",', 'taobao', 'listing', '855309350968'),  # github-index:42618540209
    ('        "itemUrl":"//item.taobao.com/item.htm?id=1047934811236",', 'taobao', 'listing', '1047934811236'),  # github-index:58001910762
    ('    "itemUrl": "//item.taobao.com/item.htm?id=752102501302",', 'taobao', 'listing', '752102501302'),  # github-index:53116948230
    ('    <a href="//item.taobao.com/item.htm?id=22714980919" target="_blank">', 'taobao', 'listing', '22714980919'),  # github-index:26194630649
    ('if (decodeUrl.match(/detail.1688.com|http:\\/\\/item.taobao.com\\/item.htm|http:\\/\\/detail.tmall.com\\/item.htm|shop.nahuo.com\\/product-([0-9]+).html|eelly.com\\/goods\\/([0-9]+).html/)) {', None, 'not-a-url', None),  # github-index:4281974836; notes silent: a regular expression is no link
    ('5\\u513f\\u7ae5\\u76ae\\u8863\\u5916\\u5957\\u7537\\u7ae5\\u79cb\\u88c52013\\u65b0\\u6b3e\\u5939\\u514b\\u886b\\u4f11\\u95f2\\u5916\\u5957\\u6f6eSM7A7","goods_url":"http:\\/\\/detail.tmall.com\\/item.htm?id=27015308049","image":"http:\\/\\/img01.taobaocdn.com\\/bao\\/uploaded\\/i1\\/14275026844061217\\/T1DcimFcxgXXXXXXXX_!!0-item_pic.jpg","domain":"tmall.com', 'tmall', 'listing', '27015308049'),  # github-index:5629621635
    ('4E13\\u67DC\\u6B63\\u54C1\\u5706\\u9886\\u4FEE\\u8EAB\\u8FDE\\u8863\\u88D9\\u65B0\\u6B3E\\u5973\\u88C5\\u5185\\u642D\\u8FDE\\u8863\\u88D9\\u5B502331020046", "url": "http:\\/\\/detail.tmall.com\\/item.htm?id=39997100191" };', 'tmall', 'listing', '39997100191'),  # github-index:38573568936
    ('\t\t\t\t\t\t\t\t<a class="ALDCLS-act" tabindex="-1" title="音格格手卷电子钢琴便携式88键初学者成人家用键盘专业加厚版入门" href="//detail.tmall.com/item.htm?abtest=_AB-LR32-PR32&amp;pvid=6a8cebd8-b3d2-4040-a882-927bd26e52d0&amp;pos=1&amp;abbucket=_AB-M32_B11&amp;acm=03054.1003.1.2768562&amp;id=540733157404', 'tmall', 'listing', '540733157404'),  # github-index:15279093462
    ('            "detail_url": "//detail.tmall.com/item.htm?id\\u003d622042494496\\u0026ns\\u003d1\\u0026abbucket\\u003d15",', 'tmall', 'listing', '622042494496'),  # github-index:43379207606
    ('\t\t\t\t\t\t\t\t\t\thref="//detail.tmall.com/item.htm?id=585067159409&amp;skuId=3955097889553&amp;areaId=513400&amp;user_id=397247991&amp;cat_id=2&amp;is_b=1&amp;rn=3c98f30f355c9ba19bb1198d369684e6"', 'tmall', 'listing', '585067159409'),  # github-index:38050186239
    ('<div class="l__6_314418 sn-simple-logo jgabs" data-w="area" style="left:1018px;top:1890px;width:487px;height:264px;z-index:6;"><a href="//detail.tmall.com/item.htm?id=1056997314246" target="_blank" style="display:block;height:100%;"></a></div>', 'tmall', 'listing', '1056997314246'),  # github-index:59821614102
    ('# s = "//detail.tmall.com/item.htm?id\\u003d588287086969\\u0026ns\\u003d1".encode(\'utf-8\').decode(\'utf-8\')', 'tmall', 'listing', '588287086969'),  # github-index:30933194637
    ('\t\tString url = "//detail.tmall.com/item.htm?id=43973443504&rn=88bb292c4a6d01ab5b77ef4ddb916a4c&abbucket=0\\\\";', 'tmall', 'listing', '43973443504'),  # github-index:17359003500
    ('    <a href="//detail.tmall.com/item.htm?id=27465092661&amp;skuId=49350663223', 'tmall', 'listing', '27465092661'),  # github-index:25251452961
    ('        <div class="card"><a href="//detail.1688.com/offer/222.html">B ürünü</a><div>¥3.80</div><div>已售 300+</div></div>', None, 'malformed-id', None),  # github-index:71266131755; a placeholder or too short id (section 1 validator, section 11)
    ('      "//detail.1688.com/offer/123456.html?spm=test",', '1688', 'listing', '123456'),  # github-index:58729300721; notes silent: a 6-digit 1688 offer id is accepted (the notes give no 1688 validator)
    ('                "detailUrl": "//detail.1688.com/offer/1.html",', None, 'malformed-id', None),  # github-index:62020139370; a placeholder or too short id (section 1 validator, section 11)
    ('        <a class="search-offer-wrapper" href="//detail.1688.com/offer/836259592067.html?spm=a2615.7691456.co_1_1_1.1.2e8b7d5fhKjQxL&amp;cosite=baidujj_pz&amp;tracelog=p4p&amp;clickid=2_60_p4p_b2b-22175456677110386b_83625', '1688', 'listing', '836259592067'),  # github-index:57610501446
    ('    "//detail.1688.com/offer/12345.html",', None, 'malformed-id', None),  # github-index:62845871164; a placeholder or too short id (section 1 validator, section 11)
    ('    "https://detail.1688.com/offer/not-a-number.html",', None, 'missing-id', None),  # github-index:62845871164; a template or a page without its id
    ('        assert _extract_offer_id("//detail.1688.com/offer/111.html") == "111"', None, 'malformed-id', None),  # github-index:51949876075; a placeholder or too short id (section 1 validator, section 11)
    ('        assert _extract_offer_id("https://1688.com/page") == ""', None, 'not-a-listing', None),  # github-index:51949876075
    ('    m._OFFER_RE.findall(\'<a href="//detail.1688.com/offer/912345678.html">x</a>\'),', '1688', 'listing', '912345678'),  # github-index:69793484891
    ('  "//detail.1688.com/offer/",', None, 'missing-id', None),  # github-index:27969440090; a template or a page without its id
    ("    { nid: '111', raw_title: '여성 원피스 <span>여름</span>', view_price: '199.00', pic_url: '//img.alicdn.com/a.jpg', detail_url: '//item.taobao.com/item.htm?id=111' },", None, 'not-alibaba-host', None),  # github-index:56005370056; the first link is no marketplace link
    ("                      {'detail_url': '//item.taobao.com/item.htm?id=566332885181&ns=1&abbucket=14#detail',", 'taobao', 'listing', '566332885181'),  # github-index:16154749946
    ("# '//item.taobao.com/item.htm?spm=a1z10.3-c.w4002-21992529001.30.1887510dqsrC5C&id=597761481418'\t\t", 'taobao', 'listing', '597761481418'),  # github-index:4667787918
    ("    '//item.taobao.com/item.htm?id=1082079045031',", 'taobao', 'listing', '1082079045031'),  # github-index:71060239722
    ("target_url = '''//item.taobao.com/item.htm?id=818830480021&skuId=5520158404193&skuPriceType=1&scm=1007.52183.406103.0002&pvid=b52c7a26-1561-444a-af55-ab7b6663dd6a&spm=a2141.1.guessitemtab_null.", 'taobao', 'listing', '818830480021'),  # github-index:29718328469
    ("      //   let res = { headers: {}, model: { publishTime: '15:12', itemUrl: '//item.taobao.com/item.htm?id=577224665084' }, httpStatusCode: 200, msgCode: 'SUCCESS', msgInfo: '成功', success: true }", 'taobao', 'listing', '577224665084'),  # github-index:20461017756
    ("    expect(cards[0]).toMatchObject({ title: 'Taylor Swift 1989 CD', priceText: '¥45.00', link: '//item.taobao.com/item.htm?id=333' })", None, 'malformed-id', None),  # github-index:59927648011; a placeholder or too short id (section 1 validator, section 11)
    ("VALUES (140,'向日葵香槟玫瑰花束鲜花同城速递北京天津上海花店配送女友生日',98.00,'http://img.alicdn.com/img/i3/14756097/O1CN01WuIl2b1uuTZcC3A9R_!!0-saturn_solar.jpg_580x580q90.jpg','//item.taobao.com/item.htm?priceTId=2100c80517345293120163021e0b5b&utparam=%7B%22aplus_abtest%22%3A%22357329f7946836d1739725afe3fbdaa3%22%7D&id=676021370130&ns=1&xxc=ad_ztc&skuI", None, 'not-alibaba-host', None),  # github-index:19082073017; the first link is no marketplace link
    ('                        "itemUrl": "//www.lazada.vn/products/aula-f75-i111.html",', None, 'malformed-id', None),  # github-index:71582733428; a placeholder or too short id (section 1 validator, section 11)
    ('            "https://winport.m.1688.com/page/index.html?memberId=b2b-22165305319342b",', None, 'not-a-listing', None),  # github-index:62517539907; notes silent: a winport page by memberId is not one of the notes' store forms
    ('  assert.equal(extract1688Url("【1688】กระเป๋า https://qr.1688.com/s/AbC12 ดูเลย"), "https://qr.1688.com/s/AbC12");', None, 'short-link', None),  # github-index:71085612414; section 10: a 1688 share link
    ('https://shop5w6662w79w224.1688.com/"', '1688', 'storefront', 'shop5w6662w79w224'),  # github-index:40022134191
    ('                    //web.loadUrl("https://movespeed.tmall.com/shop/view_shop.htm");', 'tmall', 'storefront', 'movespeed'),  # github-index:15473243009
    ('\t//    * [shop*.taobao.com](http://shop61335922.taobao.com/?spm=a1z10.1.w2-3460333065.1.fsBtk0&debug=true)', 'taobao', 'storefront', '61335922'),  # github-index:27299849784
    ("const tbLink = '【ace旗舰店】，復·制这段描述￥SJu1bLP0FuW￥后咑閞👉手机淘宝👈或者用浏览器咑閞https://m.tb.cn/h.3qwdNg7?sm=94a449查看';", None, 'short-link', None),  # github-index:34058939267; section 10: a Taobao command or share link
    ('\t\ttkls.add("【清风抽纸巾批发整箱24包餐巾纸抽纸500家庭装原木纯品官方旗舰店】http://m.tb.cn/h.3XF0od5 点击链接，再选择浏览器咑閞；或復·制这段描述€IWUkbZ76TDE€后到淘♂寳♀");', None, 'short-link', None),  # github-index:5734683590; section 10: a share link
    ('\t\ttkls.add("【夏季2018新款粉色气质显瘦长裙仙气冷淡风V领长款雪纺连衣裙女夏】http://m.tb.cn/h.32ctbMU 点击链接，再选择浏览器咑閞；或復·制这段描述€AXG4bZGYwFa€后到淘♂寳♀");', None, 'short-link', None),  # github-index:5734683590; section 10: a share link
    ('// $result = ApiUtils::analysisKeywords("爱房间家用粉少女心可机洗定制】http://m.tb.cn/h.3gEHxPo?sm=b3cf83 点击链接，再选择浏览器咑閞；或復·制描述￥EWNtbVp0Gk7￥后");', None, 'short-link', None),  # github-index:31540640352; section 10: a Taobao command or share link
    ("// $result = ApiUtils::convertApi('【一次性毛巾洗脸巾沐足浴巾无纺布足浴加厚足疗巾洗脚纸擦脚纸巾】http://m.tb.cn/h.36J6gxq?sm=a8e615 点击链接，再选择浏览器咑閞；或復·制这段描述￥oclubfM8H9G￥后到👉淘♂寳♀👈');", None, 'short-link', None),  # github-index:31540640352; section 10: a Taobao command or share link
    ("msg = '''【这个#聚划算团购#宝贝不错:925银四叶草颈链项圈choker性感黑色项链女锁骨颈带脖子饰品韩国(分享自@手机淘宝android客户端)】https://m.tb.cn/h.eZZzdfm?sm=a9cc61 点击链接，再选择浏览器咑閞；或復·制这段描述￥OzXfbztYWUw￥后到👉淘♂寳♀👈'''", None, 'short-link', None),  # github-index:14124059275; section 10: a Taobao command or share link
    ("        $requst->password_content = '【Skyworth/创维 42X6 42英寸10核全高清智能网络LED液晶平板电视机】http://m.tb.cn/h.3YMFxcm 点击链接，再选择浏览器咑閞；或復·制这段描述€bCJB0B71jJx€后到淘♂寳♀[来自超级会员的分享]';", None, 'short-link', None),  # github-index:1183374724; section 10: a share link
    ('            <button class="copy" data-clipboard-text="【Dettol滴露官方...】，復·制这段描述€3Uy4b1qHBr7€后咑閞淘♂寳♀"></button>', None, 'not-a-url', None),  # github-index:4611666232; notes silent: a Taobao command between euro signs (not in the notes' regex, section 10) is no link
    ('let goodsLink = `【儿童三轮车折叠 轻便婴儿手推车1-3-4岁宝宝脚踏车自行车溜娃车】https://c.tb.cn/h.eJdw9a3?sm=6baabf 嚸↑↓擊鏈バ接，再选择瀏覽●噐○咑ぺ鐦；或復zんíゞ这句话₤bcCqYIeVV67₤后咑閞👉綯℡寳👈`', None, 'short-link', None),  # github-index:44698996617; section 10: a share link
    ('\t\t// String tkl = "【chic羊羔绒外套冬2018新款短款宽松,这款短款的外套，很显瘦高挑哦！】，https://m.tb.cn/h.3qoZWjW?sm=13f6a8 点击链接，再选择浏览器咑閞；或復·制这段描述￥WsFTbLi3axR￥后咑閞淘♂寳♀";', None, 'short-link', None),  # github-index:2556150972; section 10: a Taobao command or share link
    ('        $url = "【真人娃娃机抖音同款商用零食商用抓娃娃机商场摆摊户外设备广场】https://m.tb.cn/h.eEKbYJ1?sm=b9a5c7 點ゞ撃°鏈バ接，再选择瀏覽●噐○咑ぺ鐦；或復ず■淛这句话₳04jJYxAtwZP₳后咑閞綯℡寳";', None, 'short-link', None),  # github-index:53798007465; section 10: a share link
    ('    <input id="taokouling" style="opacity: 0;position: absolute;border: 0;display: block;padding: 0;" type="text" readonly value="【oliviaburton旗舰店】，復·制这段描述￥RayhbNUl0YP￥后咑閞👉手机淘宝👈或者用浏览器咑閞https://m.tb.cn/h.3LaUpaN查看">', None, 'short-link', None),  # github-index:39894697414; section 10: a Taobao command or share link
    ('  //recv := service.ShareQuery("【现货 如假白送！Converse 1970s White 白色低帮 149448C 162065C】https://m.tb.cn/h.egiLqoD?sm=cebc3c 点击链接，再选择浏览器咑閞；或復·制这段描述￥uuKZY5smpno￥后到淘♂寳♀")', None, 'short-link', None),  # github-index:8738457139; section 10: a Taobao command or share link
    ('       // commandManager.handleMessage("4c3d0808-2480-3a17-837d-e6fe068c1a0a","【卡通羊羔绒宝宝绒四件套秋冬立体贴布绣花儿童被子双面绒恐龙被套】https://m.tb.cn/h.3ruLcuh 点击链接，再选择浏览器咑閞；或復·制这段描述￥P1ScbKlP0Lp￥后到淘♂寳♀[来自超级会员的分享]");', None, 'short-link', None),  # github-index:4408426599; section 10: a Taobao command or share link
    ('//        $pwd = "【【4支装】云南白药牙膏留兰 薄荷 激爽 冰柠 帮助减轻牙龈问题】http://m.tb.cn/h.3Uz2PV9 点击链接，再选择浏览器咑閞；或復·制这段描述€15eVb3HJvs6€后到👉淘♂寳♀👈";', None, 'short-link', None),  # github-index:27376694481; section 10: a share link
    ('    print(topApi.msg_convert("""【迪咕咪婴儿玻璃奶瓶硅胶套防爆防摔防胀宽口径吸管新生儿宝宝用品】用品】https://m.tb.cn/h.3l6tQrk?sm=c3327c 点击链 点击链接，再选择浏览器咑閞；或復·制这段描述￥6QZBbQYxnPh￥后到淘♂寳♀""","mm_113949215_18510805_52353400372"))', None, 'short-link', None),  # github-index:13833570532; section 10: a Taobao command or share link
    ('    private static final String defaultSendMessage = "亲，发送给我淘宝天猫分享信息如“【Apple/苹果 iPhone 8 Plus苹果8代5.5寸分期8p正品手机 苹果8plus】https://m.tb.cn/h.3JWcCjA 点击链接，再选择浏览器咑閞；或復·制这段描述￥x4aVbLnW5Cz￥后到淘♂寳♀”，立马查询优惠返利～";', None, 'short-link', None),  # github-index:3521674685; section 10: a Taobao command or share link
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace."""
    result = parse_listing(text)
    expected = _notes_canonical(text, platform, kind, id)
    assert expected is not None, text
    assert result.canonical_url == expected, text


_LINKS = [
    ("https://item.taobao.com/item.htm?spm=a1z10&id=542479181481", "542479181481"),
    ("https://detail.tmall.com/item.htm?id=608529032990&skuId=4911012597025", "608529032990"),
    ("https://detail.1688.com/offer/585943639773.html", "585943639773"),
    ("https://www.aliexpress.com/item/1005003264388589.html", "1005003264388589"),
    ("https://www.lazada.sg/products/pdp-i2896336114.html", "2896336114"),
]


def _same_everywhere(text: str) -> None:
    """The thorough parser and the columnar kernel give ``parse_listing``'s answer."""
    result = parse_listing(text)
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]


def _escaped_twice(url: str) -> str:
    """``url`` as a JSON string inside a JSON string writes it: each slash ``\\\\/``."""
    return url.replace("/", "\\\\/").replace("&", "\\\\u0026")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS),
       st.sampled_from(["twice", "comment-key", "comment-object", "comment-word"]),
       st.sampled_from(["", ",", "}", '"}', "\\t/*x*/"]))  # fmt: skip
def test_a_link_in_code_comments_and_nested_json_is_read(
    link: tuple[str, str], form: str, after: str
) -> None:
    """A link escaped twice (JSON inside JSON), after a comment's ``//`` glued to a key or an
    object, or after a ``//word`` comment when the link is protocol-relative and glued to an
    attribute, is the listing (each was refused)."""
    url, id = link
    text = {
        "twice": f'\\"url\\":\\"{_escaped_twice(url)}\\"',
        "comment-key": f'//"url":"{url}"',
        "comment-object": '//{"u":"' + url.replace("/", "\\/") + '"',
        "comment-word": f"//html += '<a href=\"{url[url.index('//') :]}\">'",
    }[form] + after
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    _same_everywhere(text)
