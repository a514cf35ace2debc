"""Sweep realurls37 of listing URLs (notes in /work/notes/sweep-realurls37.md): the Taobao
family's mobile, H5, app deep-link and affiliate strings as code, READMEs and logs hold them
(``h5.m.taobao.com/awp/core/detail.htm?id=``, ``a.m.taobao.com/iN.htm``, ``main.m.taobao.com``,
``item.m.taobao.com``, ``detail.m.tmall.com``, ``world.taobao.com/item/N.htm``,
``world.tmall.com/item/``, ``uland.taobao.com`` coupon and search pages,
``s.click.taobao.com/t?e=…``, ``taobao://`` and ``tbopen://`` deep links, ``pages.tmall.com/wow/…``,
``detail.liangxinyao.com``, ``chaoshi.tmall.com``, Tmall and Taobao search pages,
``login.taobao.com/…?redirectURL=<encoded item link>`` and Xianyu's
``market.m.taobao.com/app/idleFish-F2e/…`` pages), from public files that no earlier table cites,
read as listing-urls.md says (section 0: the first link is read, only http and https are
schemes; section 10: a short link is never guessed; section 11: login, search and campaign pages
are no listings; section 12: hosts the notes do not list are no Alibaba marketplace's).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_36.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. An Objective-C line that opens a ``taobao://`` deep link
   (``[NSURL URLWithString:@"taobao://item.taobao.com/item.htm?id=18270676555"]``) was refused
   as "URLWithString: links are not accepted": the selector's part before its argument was taken
   for the link's scheme. A word followed by ``:@"`` (a string literal) or ``:[`` (a nested
   message) is a selector's part, never a scheme: the reason now names ``taobao:``, and a line
   with only such a selector holds no URL (``not-a-url``).

``ROWS`` holds real inputs (whole lines of the named files; a few are cut where the code index's
excerpt ends, as marked) that no earlier table holds (checked against
``_real_urls.real_texts()``). ``test_the_planner_accounts_for_every_line`` plans a file of every
row and checks that the planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import canonical_test, plan_file_accounts_for_every_line, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('//    NSURL *taobaoUrl = [NSURL URLWithString:[NSString stringWithFormat:@"taobao://item.taobao.com/item.htm?id=%@", @"4849066002"]];', None, 'scheme-not-allowed', None),  # github-index:46419636031; fix 1 (the reason named URLWithString:)
    ('    NSURL *clientURL = [NSURL URLWithString:@"taobao://item.taobao.com/item.htm?id=18270676555"];', None, 'scheme-not-allowed', None),  # github-index:36988544088; fix 1 (the reason named URLWithString:)
    ('x = [NSURL URLWithString:@"about"];', None, 'not-a-url', None),  # constructed; fix 1 (was scheme-not-allowed "URLWithString: links")
    ('[NSURL URLWithString:@"https://item.taobao.com/item.htm?id=18270676555"]', 'taobao', 'listing', '18270676555'),  # constructed control: an https link after a selector is read
    ('tmall://page.tm/shop?shopId=1 and taobao://x', None, 'scheme-not-allowed', None),  # constructed control: a scheme after a word is still one
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("        var idurl = x.href.indexOf('https://h5.m.taobao.com/awp/core/detail.htm?id=')", None, 'missing-id', None),  # github-index:17127028629
    ('                Nav.from(this.mActivity).withExtras(bundle).forResult(10).toUri(Uri.parse("http://h5.m.taobao.com/awp/core/detail/content.htm?contentId=" + str3));', None, 'not-a-listing', None),  # github-index:12276856720
    ('        url = "http://h5.m.taobao.com/awp/core/detail.htm?id=531287098468";', 'taobao_or_tmall', 'listing', '531287098468'),  # github-index:23425920865
    ('| `h5.m.taobao.com/awp/core/detail.htm?id=…` | ~49 KB | 仍是 **JS 加载器**（只有 `mtop.taobao.detail.getdetail` 的调用骨架） |', None, 'malformed-id', None),  # github-index:69559174180
    ("\t                vm.$openURL('//h5.m.taobao.com/awp/core/detail.htm?id='+itemId);", None, 'malformed-id', None),  # github-index:8863820649
    ('https://h5.m.taobao.com/awp/core/detail.htm?id=901219002736', 'taobao_or_tmall', 'listing', '901219002736'),  # github-index:18461409444
    ('\tString mTaobaoUrl = "https://m.taobao.com/";', None, 'not-a-listing', None),  # github-index:3546673659
    ('\tString mMyTaobaoUrl = "https://h5.m.taobao.com/mlapp/mytaobao.html";', None, 'not-a-listing', None),  # github-index:3546673659
    ('\tString mTaobaoWuliuUrl = "https://h5.m.taobao.com/awp/mtb/olist.htm?sta=5#!/awp/mtb/olist.htm?sta=5";', None, 'not-a-listing', None),  # github-index:3546673659
    ('\tString mTaobaoGouwuche = "https://h5.m.taobao.com/mlapp/cart.html";', None, 'not-a-listing', None),  # github-index:3546673659
    ('\tString mTaobaoDingdan = "https://h5.m.taobao.com/mlapp/olist.html";', None, 'not-a-listing', None),  # github-index:3546673659
    ('    WebViewController * webVC = [[WebViewController alloc] initWithUrlString:[NSString stringWithFormat:@"http://h5.m.taobao.com/awp/core/detail.htm?id=%@&sche=fenjiujiu",[_dataArray objectAtIndex:indexPath.row][@"num_iid"]]];', None, 'malformed-id', None),  # github-index:1257813144
    ('                                                <a href="//a.m.taobao.com/i551881638423.htm">', 'taobao_or_tmall', 'listing', '551881638423'),  # github-index:247191533
    ('        ///content string\t是\t输入原始url，转换得到淘宝短链接。要转短链接的网址，需要进行Urlencode编码，只支持uland.taobao.com，s.click.taobao.com， ai.taobao.com，temai.taobao.com的域名转换，否则判错。', None, 'not-a-url', None),  # github-index:13550662778
    ('  \t<a href="https://uland.taobao.com/semm/tbsearch?refpid=mm_26632258_3504122_32554087&keyword=贝灵顿吃什么狗粮好&clk1=2e6be2e6501f110aa294d67b683d9a08&upsid=2e6be2e6501f110aa294d67b683d9a08" target="_blank" target="_blank" style="_height:91px" ', None, 'not-a-listing', None),  # github-index:6727512173
    ('                    var qrcodeText = "https://item.taobao.com/item.htm?id=" + sj_id;', None, 'missing-id', None),  # github-index:3554395943
    ('                        qrcodeText = "https://uland.taobao.com/coupon/edetail" + "?e=" + getParam(list["clickUrl"],"e");', None, 'not-a-listing', None),  # github-index:3554395943
    ("          'l%3Aa2e0b.20350158.search.1%3Bpage_url%3Ahttps%253A%252F%252Fuland.taobao.com%252Fsem%252Ftbsearch%2' \\", None, 'not-a-url', None),  # github-index:19950663713
    ("req.url='https://uland.taobao.com/coupon/edetail?e=JBuZPm5JWqEGQASttHIRqZL3pImL%2FJh1HZ6yD2Py5i%2Fg4lUqifPvH9x2%2FlD7wOdrVxl2CHuUpj1uWNE2q%2FyjycWKxy1EFPIVsSKwS%2F%2FvFcFma4VUO7VGBlZrtTOLgXkcjDppvlX%2Bob%2BBtHA6T8TZnVBPfopb7LXvu8n6e%", None, 'not-a-listing', None),  # github-index:1321941848 (cut at the excerpt's end)
    ("I'm using a cheap ass 175NTD(~5$) chinese-made encoder like [this one](https://world.taobao.com/item/9610181079.htm?spm=a21wu.10013406-tw.0.0.3ca71191qiAk3A) and it is super lame. Despite the claimed AB phase output with a 100 grid encoder plate, it just simply connot hangle that. And I have to make", 'taobao_or_tmall', 'listing', '9610181079'),  # github-index:3819564
    ("                if (url.indexOf('://world.taobao.com/item/') >= 0) {", None, 'not-a-url', None),  # github-index:36683345168
    ("                if (url.indexOf('://world.tmall.com/item/') >= 0) {", None, 'not-a-url', None),  # github-index:36683345168
    ('Taobao link: [Robot Operating System ROS2: Introduction and Practice](https://world.taobao.com/item/820988259242.htm)', 'taobao_or_tmall', 'listing', '820988259242'),  # github-index:54875142863
    ('[![](https://github.com/SeeedDocument/wiki_chinese/raw/master/docs/images/click_to_buy.PNG)](https://world.taobao.com/item/539003048162.htm?fromSite=main&spm=a1z10.5-c.w4002-11172345288.13.3c690061fgdpXG)', 'taobao_or_tmall', 'listing', '539003048162'),  # github-index:3503676382; urlleft2: a Markdown linked image leads to its target (docs/listings.md), not to its image
    ('* Available in world.taobao.com, search for G80-9009. Two are available today, October 2017:', None, 'not-a-listing', None),  # github-index:29389748901
    ('    * https://world.taobao.com/item/556346775610.htm?fromSite=main&spm=a230r.1.14.6.1cf2909ceoqXIX&ns=1&abbucket=18#detail', 'taobao_or_tmall', 'listing', '556346775610'),  # github-index:29389748901
    ("            var href = item.getAttribute('href').split('//world.taobao.com/item/')[1];", None, 'missing-id', None),  # github-index:15166623202
    ('### https://world.taobao.com/item/548966422932.htm?spm=a21wu.11804641-cat-tw.0.0.3c7b79288rC6WK', 'taobao_or_tmall', 'listing', '548966422932'),  # github-index:49302666410
    ("    newUrl = url.replace('http://s.click.taobao.com/t?e=m%3D2%26s%3DjVK3GINMOswcQipKwQzePCperVdZeJviEViQ0P1Vf2kguMN8XjClAvHDY8Now%2BeooQBScTlIlmEqdXuB2ywoyFJnKOsTZCUFJjzv0O4s9q%2B353tkt4', 'http://go.maxthon.cn/redir/mx5/qa.htm?f=juhuasuan');", None, 'short-link', None),  # github-index:17594807380
    ('        self.assertTrue(is_short_link("https://m.tb.cn/h.xxx"))', None, 'short-link', None),  # github-index:69334903150
    ('        self.assertTrue(is_short_link("https://s.click.taobao.com/t?e=xxx"))', None, 'short-link', None),  # github-index:69334903150
    ('#clickurl = "https://s.click.taobao.com/t?e=m%3D2%26s%3Ds1NlGAGqXSMcQipKwQzePDAVflQIoZepK7Vc7tFgwiFRAdhuF14FMX5ZAdEbDQilxq3IhSJN6GSit1vIFTntupRCEODG4lLh4oIuQQHrCak1MsId7xyTi4mbOeFA9oWQcSpj5qSCmbA%3D"', None, 'short-link', None),  # github-index:34024628275
    ('            id<ALiTradePage> page = [ALiTradePageFactory page:@"http://s.click.taobao.com/t?e=m%3D2%26s%3D1jBWv7M6gTUcQipKwQzePOeEDrYVVa64LKpWJ%2Bin0XJRAdhuF14FMQTfn3Ee1bdjxq3IhSJN6GTIhnv1oNPKcIu1IsQeTOU265Sw8eKESWqqgdP%2BAKekAmlX8n%2F4fqv2WdvMW3csa5338r%2Bm48V%2FzcYOae24fhW0"];', None, 'short-link', None),  # github-index:14226816849
    ("\tstart_urls=['https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fspm%3Da219r.lm0.14.1.70b3a5556vRLHS%26id%3D544884387701%26ns%3D1%26abbucket%3D19']", None, 'not-a-listing', None),  # github-index:24575802935
    ('                                                <a href="https://login.taobao.com/member/login.jhtml?redirectURL=https%3a%2f%2fitem.taobao.com:443/item.htm%2F_____tmd_____%2Fpage%2Flogin_jump%3Frand%3DS3WxGHAgAt756EpznwfNzJq2AFA2qBNla3j6EINUS8We9dazM_iKElp8DwVSHZUevpC41Bx7RzivXIj9RnZgdg%26_lgt_%3D74b4fca76"', None, 'not-a-listing', None),  # github-index:34596576521
    ('DOM_FALLBACK_URL = "https://detail.tmall.com/item.htm?id=897770375203"', 'tmall', 'listing', '897770375203'),  # github-index:67362980635
    ('LOGIN_CONFIRM_URL = "https://login.taobao.com/havanaone/login/login.htm?bizName=taobao&redirectURL=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3Dmock-collect"', None, 'not-a-listing', None),  # github-index:67362980635
    ('- [烧录器闲鱼链接](https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=626032002165&ut_sk=1.X23p8dbHZsEDAI2wCPftXkIY_21407387_1601553035380.Copy.detail.626032', 'taobao', 'listing', '626032002165'),  # github-index:44178349826 (cut at the excerpt's end)
    ('- [知悉N1淘宝链接](https://m.tb.cn/h.Vzupfv7?sm=34d8ae)', None, 'short-link', None),  # github-index:44178349826
    ("            'app_link': 'https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=' + item_id", None, 'missing-id', None),  # github-index:46656202548
    ('[33] Xianyu (Taobao), "JBL Speaker," [Online]. Available:  https://market.m.taobao.com/app/idleFish-F2e/fish-pc/web/detail.html?id=595237376060\t  [Accessed: 06, 2023].', None, 'not-a-listing', None),  # github-index:1353218772
    ("            //   let url = 'https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id=572619211063&no_silent_callapp=1&wh_weex=true&wx_navbar_transparent=true';", 'taobao', 'listing', '572619211063'),  # github-index:16463190837
    ('            P.default.push("https://market.m.taobao.com/app/idleFish-F2e/IdleFish4Weex/Rent/adress-search?wh_weex=true")', None, 'not-a-listing', None),  # github-index:43448432638
    ("        Referer: 'https://market.m.taobao.com/app/idleFish-F2e/widle-message/message-list.html',", None, 'not-a-listing', None),  # github-index:69572213289
    ('            if (location.href.indexOf("detail.tmall.com") != -1 || location.href.indexOf("detail.tmall.hk") != -1 || location.href.indexOf("detail.liangxinyao.com") != -1 || location.href.indexOf("detail.m.tmall.com") != -1) {', None, 'not-a-url', None),  # github-index:120088403; urls53: a host alone in quotes is no link (was missing-id)
    ('// @include http*://detail.liangxinyao.com/*', None, 'not-a-url', None),  # github-index:46801603762
    ('// @include http*://chaoshi.detail.tmall.com/*', None, 'not-a-url', None),  # github-index:46801603762
    ('    url.indexOf("//world.tmall.com") > 0 ||', None, 'not-a-listing', None),  # github-index:8857377628
    ('    url.indexOf("//detail.liangxinyao.com/item.htm") > 0 ||', None, 'not-alibaba-host', None),  # github-index:8857377628
    ('    url.indexOf("//detail.tmall.hk/item.htm") > 0', None, 'missing-id', None),  # github-index:8857377628
    ('// @match        *://detail.liangxinyao.com/*', None, 'not-a-url', None),  # github-index:46202619518
    ('// @match        *://ai.taobao.com/search/*', None, 'not-a-url', None),  # github-index:46202619518
    ('// @match        *://list.tmall.com/*', None, 'not-a-url', None),  # github-index:46202619518
    ("        }else if(host == 'detail.liangxinyao.com'){", None, 'not-a-url', None),  # github-index:17960246016
    ('        "detail.liangxinyao.com" == a ||', None, 'not-a-url', None),  # github-index:29553662934
    ('        "detail.yao.95095.com" == a', None, 'not-a-url', None),  # github-index:29553662934
    ('    /// （tbopen://…action=ali.open.nav&module=h5&h5Url=<编码后的身份码页>），', None, 'scheme-not-allowed', None),  # github-index:70873447266
    ('    /// 失败再退到旧版 taobao:// 直达写法（社区逆向，可能随淘宝改版失效）。', None, 'not-a-url', None),  # github-index:70873447266
    ('                            || url.startsWith("tbopen://") //淘宝', None, 'scheme-not-allowed', None),  # github-index:7166402360
    ('    const-string/jumbo v5, "tbopen://m.taobao.com/getway/oauth?"', None, 'scheme-not-allowed', None),  # github-index:33728072345
    ('            <!-- <a class="footer-btn" @click="handleBuy(item, 0)" href="tbopen://m.taobao.com/tbopen/index.html">去购买</a>', None, 'scheme-not-allowed', None),  # github-index:27243768860
    ('            val encodedUrl = URLEncoder.encode("https://s.m.taobao.com/h5?q=$query", "UTF-8")', None, 'not-a-listing', None),  # github-index:56666070936
    ('        //tbopen://m.taobao.com/tbopen/index.html?h5Url=https%3A%2F%2Fuland.taobao.com%2Fcoupon%2Fedetail%3Fe%3D9nO3TO85rxClhHvvyUNXZfh8CuWt5YH5OVuOuRD5gLJMmdsrkidbOWBzzpT26idJAsx', None, 'scheme-not-allowed', None),  # github-index:15875691066 (cut at the excerpt's end); urls52: a // before a scheme is no host (was not-alibaba-host)
    ('            it.startsWith("tbopen://") ||', None, 'scheme-not-allowed', None),  # github-index:1007787726
    ('        /// activityLink\t活动链接\tString\thttps://pages.tmall.com/wow/a/act/ju/dailygroup/1241/wupr?spm=a219t.7664554.1998457203.137.1d2f35d9ylRex1&wh_pid=daily-183363&v=a223fb01fdc37f1dbced73f647eae5fd&wh_random_str=1?pid=mm_133', None, 'not-a-listing', None),  # github-index:13707213822 (cut at the excerpt's end)
    ("\t\t//let url = 'https://pages.tmall.com/wow/pegasus/test-site/681695/cE1491';", None, 'not-a-listing', None),  # github-index:19992446083
    ("        url: 'https://pages.tmall.com/wow/eva/b5fdf74313d5ff2609ab82f6b6fd83e6.json'", None, 'not-a-listing', None),  # github-index:35979900328
    ('            val tmallUrl = "https://pages.tmall.com/wow/wt/act/lm-pages?env=&extJson=$encodedExtJson&orderItems=$encodedOrderItems&verifyPoint=$verifyPoint&wh_page=buy"', None, 'not-a-listing', None),  # github-index:62798161528
    ('// @include           *://pages.tmall.com/wow/an/cs/search**', None, 'not-a-url', None),  # github-index:29454239683
    ('// @include           *://*.liangxinyao.com/*', None, 'not-a-url', None),  # github-index:29454239683
    ('            <a href="//pages.tmall.com/wow/portal/act/app-download?mmstat=zebra_pf&src=zebrapf">下载客户端</a>', None, 'not-a-listing', None),  # github-index:15495958557
    ("        url: 'https://pages.tmall.com/wow/eva/fb18baf3a1af41a88f9d1a4426d47832.json',", None, 'not-a-listing', None),  # github-index:9228555703
    ('    normalizeProductUrl("https://item.m.taobao.com/item.htm?itemId=123456789012&share_crt_v=1"),', None, 'not-a-listing', None),  # github-index:57154561253
    ('    "https://item.taobao.com/item.htm?id=123456789012",', 'taobao', 'listing', '123456789012'),  # github-index:57154561253
    ("\t\t\t\t\telseif($host == 'item.taobao.com' || $host == 'detail.tmall.com' || $host == 'detail.m.tmall.com' || $host == 'item.m.taobao.com' || $host == 'h5.m.taobao.com'){", None, 'not-a-url', None),  # github-index:13228550766; urls53: a host alone in quotes is no link (was missing-id)
    ("\t\t\t\t\t} elseif ($host == 's.click.taobao.com') {", None, 'not-a-url', None),  # github-index:5596545731; urls53: a host alone in quotes is no link (was short-link)
    ('TAOBAO_HOSTS = {"item.taobao.com", "item.m.taobao.com"}', None, 'not-a-url', None),  # github-index:69248097308; urls53: a host alone in quotes is no link (was not-a-listing)
    ('TMALL_HOSTS = {"detail.tmall.com", "chaoshi.detail.tmall.com"}', None, 'not-a-url', None),  # github-index:69248097308; urls53: a host alone in quotes is no link (was not-a-listing)
    ("        'item.m.taobao.com', ", None, 'not-a-url', None),  # github-index:29255839550
    ("        'details.m.taobao.com',", None, 'not-a-url', None),  # github-index:29255839550
    ("        'item.m.tmall.com',", None, 'not-a-url', None),  # github-index:29255839550
    ('        else "item.taobao.com|detail.tmall.com|new.m.taobao.com/detail.htm|item.m.taobao.com/item.htm"', None, 'missing-id', None),  # github-index:58417668540
    ("            if(($host == 'item.m.taobao.com' || $host == 'detail.m.tmall.com' || $host == 'h5.m.taobao.com'))  {", None, 'not-a-url', None),  # github-index:13663971975; urls53: a host alone in quotes is no link (was not-a-listing)
    ('        return Uri.parse("https://main.m.taobao.com/detail/index.html").buildUpon().appendQueryParameter("id", str).appendQueryParameter("bizCode", "ali.china.lease").appendQueryParameter("hybrid", "true").build().toString();', None, 'missing-id', None),  # github-index:42455207127
    ('            ecu.Q = OrangeConfig.getInstance().getConfig("android_detail", FORCE_USE_H5_RENDER_DOMAIN, "https://main.m.taobao.com/detail/index.html");', None, 'missing-id', None),  # github-index:12108892821
    ('      urls.push(`https://h5.m.taobao.com/awp/core/detail.htm?id=${itemId}`);', None, 'malformed-id', None),  # github-index:68367807917
    ('            String str = OrangeConfig.getInstance().getConfig("android_detail", fgo.FORCE_USE_H5_RENDER_DOMAIN, "https://main.m.taobao.com/detail/index.html") + "?id=" + this.f19906a.f27180a + "&hybrid=true";', None, 'missing-id', None),  # github-index:12694020360
    ("                return f'https://main.m.taobao.com/detail/index.html?id={match.group(1)}'", None, 'malformed-id', None),  # github-index:59146569366
    ('#url ="https://item.taobao.com/item.htm?id=538287375253&abtest=10&rn=07abc745561bdfad6f726eb186dd990e&sid=46f938ba6d759f6e420440bf98b6caea"', 'taobao', 'listing', '538287375253'),  # github-index:14222154905
    ("            this.setState({url: this.currentUrl.replace('https://ju.taobao.com/m/jusp/alone/detailwap/mtp.htm?item_id=', 'https://detail.m.tmall.com/item.htm?id=')})", None, 'not-a-listing', None),  # github-index:35966072556
    ('    `https://detail.m.tmall.com/item.htm?id=${numIid}`,', None, 'malformed-id', None),  # github-index:55189744055
    ('    `https://item.taobao.com/item.htm?id=${numIid}`,', None, 'malformed-id', None),  # github-index:55189744055
    ("\t                ProductUrl = 'https://detail.m.tmall.com/item.htm?id=' + GetUrlId", None, 'missing-id', None),  # github-index:18443633616
    ('    public static final String TMALL_M_ITEM_URL = "https://detail.m.tmall.com/item.htm?id=";', None, 'missing-id', None),  # github-index:46290190625
    ('    public static final String TMALL_ITEM_URL = "https://detail.tmall.com/item.htm?id=";', None, 'missing-id', None),  # github-index:46290190625
    ("                'item': 'taobao://item.taobao.com/item.htm?id={item_id}',", None, 'scheme-not-allowed', None),  # github-index:54275786615
    ("                'shop': 'taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id={shop_id}',", None, 'scheme-not-allowed', None),  # github-index:54275786615
    ('        val intent = Intent(Intent.ACTION_VIEW, Uri.parse("taobao://item.taobao.com/item.htm?id=$goodsId"))', None, 'scheme-not-allowed', None),  # github-index:27924747138
    ('            "clkurl": "taobao://item.taobao.com/item.htm?id=44014690052",', None, 'scheme-not-allowed', None),  # github-index:29166885020
    ('* **深链实测**：`taobao://item.taobao.com/item.htm?id=ITEM_ID` 100% 实测可用。', None, 'scheme-not-allowed', None),  # github-index:70987493762
    ('        //        ver.weburl = @"http://item.taobao.com/item.htm?id=41029553793";', 'taobao', 'listing', '41029553793'),  # github-index:1968845784
    ('        //        ver.clienturl = @"taobao://item.taobao.com/item.htm?id=41029553793";', None, 'scheme-not-allowed', None),  # github-index:1968845784
    ('- 商品详情：`taobao://item.taobao.com/item.htm?id={item_id}`', None, 'scheme-not-allowed', None),  # github-index:53302386302
    ('- 搜索：`taobao://s.taobao.com/search?q={keyword}`', None, 'scheme-not-allowed', None),  # github-index:53302386302
    ('- 购物车：`taobao://cart.taobao.com/my_cart.htm`', None, 'scheme-not-allowed', None),  # github-index:53302386302
    ('          appURL = "taobao://item.taobao.com/item.htm?id=" + info.id;', None, 'scheme-not-allowed', None),  # github-index:9423784014
    ("            openExternalLink('taobao://item.taobao.com/item.htm?id=713003439587')", None, 'scheme-not-allowed', None),  # github-index:15615508066
    ('        String[] split = "https://world.tmall.com/item/xxx.htm?id=535933437297&ali_refid=a3_430620_1006:1105484261:N:iPhone6%E6%89%8B%E6%9C%BA%E5%A3%B3:ea538d6504c872f2f9cd95392620bf1a&ali_trackid=1_ea538d6504c872f2', None, 'not-a-listing', None),  # github-index:25240011891 (cut at the excerpt's end)
    ("URL_BASE= 'https://rate.tmall.com/list_detail_rate.htm?'", None, 'not-a-listing', None),  # github-index:21370838181
    ('            else if (url.StartsWith("https://world.tmall.com/item/") || url.StartsWith("https://detail.tmall.com/item.htm?"))', None, 'not-a-listing', None),  # github-index:12102115461
    ("base_url='https://rate.tmall.com/list_detail_rate.html?'", None, 'not-a-listing', None),  # github-index:21124804060
    ('    //天猫 http://chaoshi.detail.tmall.com/', None, 'not-a-listing', None),  # github-index:39266304228
    ('            else if (url.StartsWith("https://detail.tmall.com/item.htm?") || url.StartsWith("https://world.tmall.com/item/")) ', None, 'missing-id', None),  # github-index:11941447693
    ('  url = "https://list.tmall.com/search_product.htm?q=%D0%A1%C3%D7%CA%D6%BB%FA&type=p&spm=a220m.1000858.a2227oh.d100&xl=%D0%A1%C3%D7_1&from=.list.pc_1_suggest"', None, 'not-a-listing', None),  # github-index:1390689276
    ('  var tmallTargetUrl = "https://list.tmall.com/search_product.htm?q=" + query+ tmallSearchParam;', None, 'not-a-listing', None),  # github-index:28230078111
    ('url = r"https://list.tmall.com/search_product.htm?q=%BA%EC%BE%C6&type=p&vmarket=&spm=875.7931836%2FB.a2227oh.d100&xl=hongjiu_1&from=mallfp..pc_1_suggest"', None, 'not-a-listing', None),  # github-index:22719464376
    ('    urls.push(`https://s.taobao.com/search?q=${keywords}`)', None, 'not-a-listing', None),  # github-index:10749533046
    ('    urls.push(`https://list.tmall.com/search_product.htm?q=${keywords}`)', None, 'not-a-listing', None),  # github-index:10749533046
    ("    searchUrl: 'https://list.tmall.com/search_product.htm?q=',", None, 'not-a-listing', None),  # github-index:3477524406
    ('    private final static String TMALL_ONELEVEL_URLPREFFIX = "https://list.tmall.com/search_product.htm?q=";', None, 'not-a-listing', None),  # github-index:41600509836
    ('        search_url = f"https://list.tmall.com/search_product.htm?q={search_word}&sort=d&s={offset}"', None, 'not-a-listing', None),  # github-index:69045714951
    ('\t\t\tDocument doc = Jsoup.connect("https://list.tmall.com/search_product.htm?q="+ keyWord)', None, 'not-a-listing', None),  # github-index:52150431246
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3] and "idleFish" not in row[0]],
    "Xianyu's market.m.taobao.com pages left out: their goofish canonical form is not the host's",
)


@pytest.mark.parametrize("text", [FIXED[0][0], FIXED[1][0]])
def test_a_selector_before_a_deep_link_is_no_scheme(text: str) -> None:
    """Fix 1: ``URLWithString:@"taobao://…"`` and ``URLWithString:[NSString …@"taobao://…"]``
    are refused for the deep link's scheme, not the selector's."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert reason == "scheme not allowed: taobao: links are not accepted", reason


def test_a_selector_alone_holds_no_url() -> None:
    """Fix 1: a selector with a string that is no link leaves the line without a URL."""
    reason = thrice(FIXED[2][0]).reason  # type: ignore[attr-defined]
    assert reason == "not a URL: no URL found in the text", reason


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it; the table's commented-out lines are comments there."""
    rows = [row[0] for row in ALL]
    assert sum(row.lstrip().startswith("#") for row in rows) == 3
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
