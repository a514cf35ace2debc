"""Sweep realurls55 of listing URLs (notes in /work/notes/sweep-realurls55.md): 182 real strings
from public code, Markdown, HTML, SQL and JSON, found by the query substrings the earlier sweeps
had not used: ``m.intl.taobao.com/detail``, ``h5.m.taobao.com/awp/core/detail.htm``,
``world.taobao.com/item/``, ``a.m.taobao.com/i``, ``market.m.taobao.com/app/idleFish``,
``uland.taobao.com``, ``s.click.taobao.com``, ``e.tb.cn/h.``, ``m.tb.cn/h.``, ``qr.1688.com/s/``,
``m.1688.com/offer/``, ``dj.1688.com``, ``s.lazada.``, ``c.lazada.``, ``a.aliexpress.com/_``,
``s.click.aliexpress.com/e/_``, ``m.aliexpress.com/item/``, ``aliexpress.ru/item/``,
``aliexpress.us/item/``, ``chaoshi.detail.tmall.com``, ``detail.m.tmall.com``,
``2.taobao.com/item``, ``goofish.com/item?id=``, ``m.alibaba.com/product/``,
``alibaba.com/product-detail/New-``, store pages (``.tmall.com/shop/view_shop.htm``,
``.taobao.com/shop/view_shop.htm?user_number_id=``, ``.1688.com/page/offerlist``,
``aliexpress.com/store/11``, ``lazada.co.id/shop/``, ``lazada.vn/shop/``),
``temai.taobao.com``, ``ershou.taobao.com``, Lazada ``lazada.com.my/products/`` and
``lazada.com.ph/products/`` links, and links percent-encoded (``item.htm%3Fid%3D``) or
JSON-escaped (``\\/``) inside others; none was in an earlier table
(494 were collected; 312 already were, or repeated one another, and were dropped).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_54.py, with its source
(``github-index:N``) in a comment. Every row was decided from listing-urls.md before
``parse_listing`` ran; where the parser answered otherwise, the row's comment says why the notes
(or an earlier table) decide as the parser does. Fix 1: ``s.click.tmall.com``, Tmall's affiliate
click redirect (``https://s.click.tmall.com/t?e=…&u=…`` in an adapter's code, listed beside
``s.click.taobao.com`` as a short-link host by other parsers), is a short link as
``s.click.taobao.com`` is; it was refused as a page that is "not a product listing or
storefront". Fix 2: ``temai.taobao.com`` (淘宝特卖, Taobao's affiliate sale channel, whose
event pages are ``/preview.htm?id=<event>``) is Taobao's own site, no store; its root was read as
the storefront "temai" and its pages suggested that store.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, service_sites_test, table_tests
from ipprules.listings import parse_listing

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('        # detail.tmall.com/item.htm -> m.intl.taobao.com/detail/detail.html', None, 'missing-id', None),  # github-index:35077697666
    ("        if(this.currentUrl.indexOf('https://m.intl.taobao.com/detail/detail.html') == -1){", None, 'missing-id', None),  # github-index:36263836961
    ('    elif message.content == \'https://m.intl.taobao.com/detail/detail.html\' or "m.intl.taobao.com/detail/detail":', None, 'missing-id', None),  # github-index:35977197944
    ('directly order in our Taobao shop https://world.taobao.com/item/677273363812.htm?spm=a21wu.12321156-tw.recommend-tpp.4.19a61924ZMaqpf.', 'taobao_or_tmall', 'listing', '677273363812'),  # github-index:15541219859; excerpt
    ('**Route ẩn danh duy nhất chạy được: `world.taobao.com/item/<id>.htm`**', None, 'missing-id', None),  # github-index:70626811693
    ('\t\thttp://world.taobao.com/item/21202600049.htm?spm=a312a.7728556.1414651174895.5.Eu7umN&scm=1007.10146.6070.0&id=21202600049&pvid=f18503c5-e7d3-4d1d-9614-b3e316183862\t', 'taobao_or_tmall', 'listing', '21202600049'),  # github-index:6701549371
    ('  \t<a href="https://uland.taobao.com/semm/tbsearch?refpid=mm_26632258_3504122_32554087&keyword=贝灵顿吃什么狗粮好&clk1=2e6be2e6501f110aa294d67b683d9a08&upsid=2e6be2e6501f110aa294d67b683d9a08" tar', None, 'not-a-listing', None),  # github-index:6727512173; excerpt
    ("req.url='https://uland.taobao.com/coupon/edetail?e=JBuZPm5JWqEGQASttHIRqZL3pImL%2FJh1HZ6yD2Py5i%2Fg4lUqifPvH9x2%2FlD7wOdrVxl2CHuUpj1uWNE2q%2FyjycWKxy1EFPIVsSKwS%2F%2FvFcFma4VUO7VGBlZr", None, 'not-a-listing', None),  # github-index:1321941848; excerpt
    ('var link = \'<a href="http://s.click.taobao.com/t_9?p=mm_18776918_0_0&l=http%3A%2F%2Fwww.tmall.com" target="_blank">天猫商城</a><a href="http://ju.taobao.com/?ali_trackid=2:mm_18776918_0_0:1368723496_3', None, 'short-link', None),  # github-index:39118449182; excerpt
    ('    <div><a href="https://s.click.taobao.com/dolIbKw"><img src="http://tp.nty.tv189.com/h5/bl/adv-aliyun-1200-120.jpg" width="100%"/></a></div>', None, 'short-link', None),  # github-index:21304857722
    ('\t\thttpCallService.httpGet("http://redirect.simba.taobao.com/rd?&f=http%3A%2F%2Fs.click.taobao.com%2Ft%3Fe%3Dm%253D2%2526s%253DHyoBQZkKw1ocQipKwQzePOeEDrYVVa64XoO8tOebS%252BduwRIiPOGbYJ9URCbiTn%252BEMMgx22UI05ZV6UHvZjTe1%252BEtm1zb2qbNnGKshE0Hf8QJt', None, 'not-a-listing', None),  # github-index:37773042107; excerpt
    ('        text=f"{text_prefix}\\uff1b\\u5546\\u54c1\\u94fe\\u63a5: https://s.click.taobao.com/BKhOCxk",', None, 'short-link', None),  # github-index:67063807157
    ('  data: "taobao://s.click.taobao.com/NMJ5nJu",', None, 'scheme-not-allowed', None),  # github-index:49730284607
    (' "url": "http://s.click.taobao.com/t?e=m%3D2%26s%3DNxJYfBo%2FCdBw4vFB6t2Z2ueEDrYVVa64XoO8tOebS%2BdRAdhuF14FMRIroiLeROEZt4hWD5k2kjMSCaKErieudzDk0PPeYwvvyUPcP7QvvKoJYf%2Fg8IP1YmPJLBziAmV', None, 'short-link', None),  # github-index:26591477612; excerpt
    ('    private String url = "http://s.click.taobao.com/t?e=m%3D2%26s%3DS6vBfFPw5ygcQipKwQzePCperVdZeJviEViQ0P1Vf2kguMN8XjClAjyJFIsvn6qOeVL0KyhNWcgg0U3r%2F3LDoyJHJeSD9FeEX8CJ%2FyhNRVpRQnj%2BxjnzyH7uq6sLYIq', None, 'short-link', None),  # github-index:16610621612; excerpt
    ("      domain: 's.click.taobao.com',", None, 'not-a-url', None),  # github-index:61956626072
    ('                                "url": "https://s.click.taobao.com"', None, 'missing-id', None),  # github-index:3475994972; a short-link host with no code: missing-id, as docs/listings.md and earlier tables decide (read first as not-a-listing)
    ('| [Amazon](https://www.amazon.fr/Greluma-convertisseur-Adaptateur-dalimentation-Compatible/dp/B0D7VDL2X6)   |      ¥20       | [1688](https://qr.1688.com/s/Eb6ykv4y)                                                                    |', None, 'not-alibaba-host', None),  # github-index:48181915418; excerpt
    ("      if (url.indexOf('dj.1688.com/ci_') > -1) {", None, 'not-a-listing', None),  # github-index:30376388684; ci_ alone is no ad-redirect path (ci_bb is): not-a-listing (read first as short-link)
    ('- The tool resolves `dj.1688.com` redirect links.', None, 'not-a-url', None),  # github-index:62033993397
    ('            Regex mTaobaoReg = new Regex("h5.m.taobao.com/awp/core/detail.htm");// 淘宝无线', None, 'missing-id', None),  # github-index:11961946604
    ('            TextBox3.Text = "http://h5.m.taobao.com/awp/core/detail.htm?" & gg2.ToString()', None, 'missing-id', None),  # github-index:13344579840
    ("    { type: 5, value: { url: 'https://h5.m.taobao.com/awp/core/detail.htm?id=1234567890123456789&tracking=private',", None, 'malformed-id', None),  # github-index:68371861575
    ("            if (that.page.url.indexOf('http://h5.m.taobao.com/awp/core/detail.htm') == 0) {", None, 'missing-id', None),  # github-index:24558110624
    ('"resourceLink":"//h5.m.taobao.com/awp/core/detail.htm?id=545041732350","modelDetails":[{"id":51,"createTime":1487069475000,"updateTime":1487069475000,"userName":"bichao","mark":"1","version":1,"bigTitle"', 'taobao_or_tmall', 'listing', '545041732350'),  # github-index:40753293734; excerpt
    ('  //var d = "http://h5.m.taobao.com/awp/core/detail.htm?id=43064483679";', 'taobao_or_tmall', 'listing', '43064483679'),  # github-index:46463967525
    ("\tvar idurl = x.href.indexOf('https://h5.m.taobao.com/awp/core/detail.htm?id=')", None, 'missing-id', None),  # github-index:17220611324
    ('\t\ttext = "https://h5.m.taobao.com/awp/core/detail.htm?"+text.substring(text.indexOf("id="));', None, 'missing-id', None),  # github-index:2829413144
    ('//        $url = "https://h5.m.taobao.com/awp/core/detail.htm?id={$third_goods_id}"; // todo 淘宝限制了访问频率 暂不采纳该方法 多次请求同一个URL后，会验证登录', None, 'malformed-id', None),  # github-index:35118993900; section 11: a placeholder in id= is no number: malformed-id, as earlier tables decided (read first as missing-id)
    ('        $url = "https://item.taobao.com/item.htm?id={$third_goods_id}";', None, 'malformed-id', None),  # github-index:35118993900; section 11: malformed-id, as earlier tables decided for id={...} (read first as missing-id)
    ("INSERT INTO product VALUES ('Apple/苹果 iPhone 5S 港版 苹果原封 未激活', '家云小店', '9000000000002', '1000002', '80000000002', 'http://a.m.taobao.com/i20286957530.htm?sid=16a13e3b047e5d9f&abtest=2&rn=b66fbe995ffbedfa1f1095765e4abac5', 'http://gw1.alicdn.com/bao/uploaded/i2/18989029958751962/T1wyGZFcJ", 'taobao_or_tmall', 'listing', '20286957530'),  # github-index:14000215554; excerpt
    ('                        "goodsLink": "http://a.m.taobao.com/i1059057030771.htm?&v=1.0&sid=2d87d4b9af39f6d0c80cb362595fdb4c&jose=1",', 'taobao_or_tmall', 'listing', '1059057030771'),  # github-index:61917376374
    ('* The first set I purchased were sold as genuine unused batteries and cost 24yuan per battery with 7yuan postage. See [here](http://a.m.taobao.com/i12677731619.htm?ttid=212200@taobao_android_4.2.2)', 'taobao_or_tmall', 'listing', '12677731619'),  # github-index:5227988904
    ("request('https://a.m.taobao.com/i43657020083.htm?price=13.5-57.5&sourceType=item&ut_sk=1.VsAyyDTk%2F7kDAOBh8dr%2B9RmF_12 278902_1488357680619.Copy.1&cpp=1&shar', options, function(err", 'taobao_or_tmall', 'listing', '43657020083'),  # github-index:36503204813; excerpt
    ('        url = "http://item.taobao.com/item.htm?id=%s" % taobao_id', None, 'malformed-id', None),  # github-index:24275493054; section 11: malformed-id, as earlier tables decided for id=%s (read first as missing-id)
    ('                var url = "https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?"+s;', None, 'missing-id', None),  # github-index:17628686946
    ('    var myurl:String="https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=640442218133&ut_sk=1.XvMoJ394MxUDAL2MITSPwpf3_12431167_1616569247404.Copy', 'taobao', 'listing', '640442218133'),  # github-index:45070212251; excerpt
    ('<a href=\\"http://link.zhihu.com/?target=https%3A//market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail%3Fid%3D581636715022\\" data-draft-node=\\"block\\" data-draft-type=\\"link-card\\" class=\\" wrap external\\" target=\\"_bla', None, 'not-alibaba-host', None),  # github-index:52822262793; excerpt
    ('Available:  https://item.taobao.com/item.htm?id=652949639498 \t [Accessed: 06, 2023].', 'taobao', 'listing', '652949639498'),  # github-index:1353218772; excerpt
    ('\t\t\t\t\t\t\t\t<div id="qrcode" title="https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?no_silent_callapp=1&amp;wh_weex=true&amp;wx_navbar_transparent=true&amp;id=587231586968" style="position: absolute; ', 'taobao', 'listing', '587231586968'),  # github-index:38303625873; excerpt
    ('                  <img onclick="location.href=\'https://market.m.taobao.com/app/idleFish-F2e/fish-appraise/pages/readme/index.html?ut_sk=1.YPvlgcNC4OMDAKMRUEgXOh3J_12431167_1642100332483.Copy.activity.https://market.m.taobao.com/app/idleF', None, 'not-a-listing', None),  # github-index:48374294577; excerpt
    ('  推销M-TTL烧录器：https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?wh_weex=true&wx_navbar_transparent=true&id=626032002165&ut_sk=1.XrybCpHeoWADAMQYe2jVnfL5_21407387_1599787921395.Copy', 'taobao', 'listing', '626032002165'),  # github-index:46213469229; excerpt
    ("        limitTimeSale: 'https://market.m.taobao.com/app/idleFish-F2e/IdleFish4Weex/Recycle/RecycleCatPick?wh_weex=true&catInfo=%5B%7B%22title%22:%22%E6%89%8B%E6%9C%BA%22,%22p%22:%22catId4:126862528%22,%22deep%22:2%", None, 'not-a-listing', None),  # github-index:43577202026; excerpt
    ("        highEvalUrl: 'https://market.m.taobao.com/app/idleFish-F2e/IdleFish4Weex/Recycle/RecycleCatPick?wh_weex=true&catInfo=%5B%7B%22title%22:%22%E6%89%8B%E6%9C%BA%22,%22p%22:%22catId4:126862528%22,%22deep%22:2%", None, 'not-a-listing', None),  # github-index:43970206051; excerpt
    ('        ("https://m.tb.cn/h.Abc123", True),', None, 'short-link', None),  # github-index:61580632941
    ("    if (!isLazada || url.hostname === 's.lazada.sg') return null;", None, 'not-a-url', None),  # github-index:68353284443
    ("and [Lazada's contextual image sharing](https://pages.lazada.com.ph/wow/i/ph/PHCampaign/im-launch%3Fhybrid%3D1) as interaction references; limits below are AISLEY choices.", None, 'not-a-listing', None),  # github-index:71495194073; excerpt
    ('                            <a href="https://c.lazada.vn/t/c.VkePT?sub_id1=Trade&amp;sub_id2=VN_VOYAGER_OrderConfirmation_nonCOD&amp;sub_id3=20230606&amp;sub_id4=main&amp;url=https%3A%2F%2Fwww.lazada.vn%2', None, 'short-link', None),  # github-index:29364812059; excerpt
    ('\traw := `https://c.lazada.co.th/t/c.ZcDvYn?sub_id1=promotion&url=https%3A%2F%2Fmy.lazada.co.th%2Fcustomer%2Forder%2Fview%2F%3FtradeOrderId%3D1110789339595692%26buyerEmail%3Dpd.', None, 'short-link', None),  # github-index:63618787219; excerpt
    ('[Boutons poussoirs avec LED intégrée](https://s.click.aliexpress.com/e/_DdBT0JN)  ', None, 'short-link', None),  # github-index:27412793758
    ('            f"https://fr.aliexpress.com/item/{item_id}.html",', None, 'missing-id', None),  # github-index:66577759491
    ('    `https://m.aliexpress.com/item/${id}.html`,', None, 'missing-id', None),  # github-index:54906395375
    ('    `https://aliexpress.com/item/${id}`,', None, 'missing-id', None),  # github-index:54906395375
    ('    `https://www.aliexpress.us/item/${id}.html`,', None, 'missing-id', None),  # github-index:54906395375
    ('- `https://www.aliexpress.com/item/...`', None, 'missing-id', None),  # github-index:1453318536
    ('                    mobile_url = f"https://m.aliexpress.com/item/{cand_id}.html"', None, 'missing-id', None),  # github-index:53289743870
    ("        elif host in ('item.taobao.com','detail.tmall.com','chaoshi.detail.tmall.com') and u.path=='/item.htm':", None, 'not-a-url', None),  # github-index:70160153044
    ('// @include      *://chaoshi.detail.tmall.com/*                     ', None, 'not-a-url', None),  # github-index:15044711314; a userscript's match pattern (*://) is no link: not-a-url, as earlier tables decided
    ('  "//chaoshi.detail.tmall.com",', None, 'not-a-listing', None),  # github-index:27969440090
    ('// @include      http*://chaoshi.detail.tmall.com/item.htm*', None, 'not-a-url', None),  # github-index:46321236995; a match pattern (http*://) is no link: not-a-url, as earlier tables decided
    ('    "https://chaoshi.detail.tmall.com/item.htm?spm=a230r.1.14.46.5eee6fbeW1QJix&id=632506861144&ns=1&abbucket=18&sku_properties=5919063:6536025;122216431:27772",', 'tmall', 'listing', '632506861144'),  # github-index:38088310729
    ('// @match        *://chaoshi.detail.tmall.com/*', None, 'not-a-url', None),  # github-index:17652595910; a match pattern (*://) is no link: not-a-url, as earlier tables decided
    ('            \'chaoshi.detail.tmall.com\': {\'name\': "tm", \'dom\': [\'#page .tm-chaoshi-nav\']},', None, 'not-a-url', None),  # github-index:3526839680
    ('          test: startsWith("https://chaoshi.detail.tmall.com/item.htm"),', None, 'missing-id', None),  # github-index:22638479088
    ("            this.setState({ url: this.currentUrl.replace('https://ju.taobao.com/m/jusp/alone/detailwap/mtp.htm?item_id=', 'https://detail.m.tmall.com/item.htm?id=') })", None, 'not-a-listing', None),  # github-index:36246234536
    ('            return f"https://detail.m.tmall.com/item.htm?id={match.group(1)}"', None, 'malformed-id', None),  # github-index:52043367222
    ('     * https://ju.taobao.com/m/jusp/alone/detailwap/mtp.htm?item_id=565140975682', None, 'not-a-listing', None),  # github-index:28860484392
    ('     * https://detail.m.tmall.com/item.htm?spm=a3204.11780841.todayCrazy-78.d0&id=22109068630&addressId=0&storeCode=0&skuId=45631121136', 'tmall', 'listing', '22109068630'),  # github-index:28860484392; sections 2 and 12: detail.m.tmall.com is Tmall's (read first as taobao_or_tmall)
    ("        //     !url.match('detail.m.tmall.com/item.htm?\\\\S*id=\\\\d+') &&", None, 'missing-id', None),  # github-index:176383826; the query's key is \\S*id, not id: missing-id
    ('                if (url.startsWith("https://detail.m.tmall.com/item.htm")){', None, 'missing-id', None),  # github-index:3725199791
    ('                    "item_url":"http:\\/\\/detail.m.tmall.com\\/item.htm?id=xxx",', None, 'malformed-id', None),  # github-index:6432595857; JSON's \/ is read as /: id=xxx is malformed-id
    ('            //"https://detail.tmall.com/item.htm?id=528221266420";', 'tmall', 'listing', '528221266420'),  # github-index:12331878281
    ('        String url = "https://detail.m.tmall.com/item.htm?id=" + crawerItem.getItemId();', None, 'missing-id', None),  # github-index:31731903522
    ("    var urlMobile = 'http://detail.m.tmall.com/item.htm?id=' + id;", None, 'missing-id', None),  # github-index:20296199366
    ("    var urlPc = 'http://detail.tmall.com/item.htm?id=' + id;", None, 'missing-id', None),  # github-index:20296199366
    ('        ("https://2.taobao.com/item.htm?id=100000123456", "https://2.taobao.com/item', 'taobao', 'listing', '100000123456'),  # github-index:53345529927; excerpt
    ('        self.assertTrue(ai.es_alibaba("https://detail.1688.com/offer/123.html"))', None, 'malformed-id', None),  # github-index:58050850121
    ('https://aliexpress.ru/item/1005006729657546.html', 'aliexpress', 'listing', '1005006729657546'),  # github-index:13383071945
    ('https://aliexpress.ru/item/1005004837211340.html', 'aliexpress', 'listing', '1005004837211340'),  # github-index:13383071945
    ('Verwendung anstelle des Glühfadensensors, [Glühfaden-Bewegungssensor](https://aliexpress.ru/item/1005007480443587.html) (0)', 'aliexpress', 'listing', '1005007480443587'),  # github-index:4320743255
    ("  assert.equal(result.href, 'https://aliexpress.ru/item/1005008195850531.html?sku_id=123&mystery=keep');", 'aliexpress', 'listing', '1005008195850531'),  # github-index:60271048385
    ('https://aliexpress.ru/item/1005001706750028.html', 'aliexpress', 'listing', '1005001706750028'),  # github-index:41719154031
    ('https://aliexpress.ru/item/32417857399.html', 'aliexpress', 'listing', '32417857399'),  # github-index:41719154031
    ('https://aliexpress.ru/item/32958232064.html', 'aliexpress', 'listing', '32958232064'),  # github-index:41719154031
    ('[Makerbase MKS PI](https://aliexpress.ru/item/1005004458622987.html?pdp_npi=2%40dis%21RUB%212%C2%A0560%2C96%20%D1%80%D1%83%D0%B1.%212%C2%A0356%2C03%20%D1%80%D1%83%D0%B1.%', 'aliexpress', 'listing', '1005004458622987'),  # github-index:22176462096; excerpt
    ('- UPD Самый дешёвый свитч с Aliexpress: [TP-LINK TL-ST5008F](https://aliexpress.ru/item/1005004429524441.html). На чипе [Realtek RTL9303-CG](https://www.realtek.com/en/products/communications-network-ics/item/rtl', 'aliexpress', 'listing', '1005004429524441'),  # github-index:32425827560; excerpt
    ('            "https://aliexpress.ru/item/1005001632872336.html?pdp_ext_f=%7B%22ship_from%22%3A%22RU%22%2C%22sku_id%22%3A%2212000019661167164%22%7D&pdp_npi=2%40dis%21', 'aliexpress', 'listing', '1005001632872336'),  # github-index:8226128645; excerpt
    ('   Will work with [ESP32S-WROOM-32](https://aliexpress.ru/item/1005002611857804.html?item_id=1005002611857804&sku_id=12000021386518349&spm=a2g2w.productlist.0.0.28c767f2tgjXEB) (approx $5', 'aliexpress', 'listing', '1005002611857804'),  # github-index:21177847430; excerpt
    ('    p = get_parser("https://aliexpress.ru/item/1005006.html")', None, 'malformed-id', None),  # github-index:67283363600; section 6: AliExpress ids have 8 to 17 digits, 1005006 has 7: malformed-id
    ('| ProMicro-like MCU    | 2      | [aliexpress](https://aliexpress.ru/item/1005004242820623.html?spm=a2g2w.orderdetail.0.0.460d4aa6AvOP5C&sku_id=12000028500661497)                                    ', 'aliexpress', 'listing', '1005004242820623'),  # github-index:59672250530; excerpt
    ('* **BBC micro:bit** [bulk micro-controller with motion detection, compass, LED display and Bluetooth](https://a.aliexpress.com/_d6tASCS)', None, 'short-link', None),  # github-index:43453917191
    (' * Hardware: IC ST7789V | STP320240_0280E2T (40P/1,5): ST7789 (YT280S008)  => https://a.aliexpress.com/_dV4Bghv', None, 'short-link', None),  # github-index:19163286362
    ('* [SpiderIsland on AliExpress(reseller)](https://a.aliexpress.com/_dVJsSpR). Seller provides [kbfirmware](https://kbfirmware.com/) JSON config that was converted to QMK.', None, 'short-link', None),  # github-index:9665079371
    ('Версия работает для стика https://a.aliexpress.com/_DlcRgQh <br>', None, 'short-link', None),  # github-index:31281160159
    ('- LCD: [ST7789V](https://www.crystalfontz.com/controllers/- Sitronix/ST7789V/470/) | [STP320240_0280E2T](https://a.aliexpress.com/_dV4Bghv) (40P/1,5): ST7789 (YT280S008)', None, 'not-alibaba-host', None),  # github-index:741207175
    ('LCD: ST7789V | STP320240_0280E2T (40P/1,5): ST7789 (YT280S008)  => https://a.aliexpress.com/_dV4Bghv | https://www.crystalfontz.com/controllers/Sitronix/ST7789V/470/', None, 'short-link', None),  # github-index:19849249089
    ('    let shareLinksFoundArray = [...input.matchAll(regexp)]; //share link looks like that https://a.aliexpress.com/_d9leh4R', None, 'short-link', None),  # github-index:48111383623
    ('Модуль можно заказать на али https://a.aliexpress.com/_Dnqn3gn', None, 'short-link', None),  # github-index:42563312160
    ('* Converter UART - USB to TTL [Link](https://s.click.aliexpress.com/e/_DCpKHXb)', None, 'short-link', None),  # github-index:10926505472
    ('<p>You can find here <a href="https://s.click.aliexpress.com/e/_dSqbrK5" target="_blank">AliExpress (433MHz 4Km)</a> - <a href="https://s.click.aliexpress.com/e/_dTTkQtn" target="_blank', None, 'short-link', None),  # github-index:6947280302; excerpt
    ('| PC817 D | U2, U3, U4, U5 | 4 | 1 | https://m.tb.cn/h.5m018x0?tk=wWXCWUWYeob | |', None, 'short-link', None),  # github-index:17129546267
    ('| 0.96 4P I2C OLED module | U1 | 1 | 11 | https://m.tb.cn/h.5Ni8Any?tk=ZwRDWUWd1Qu | |', None, 'short-link', None),  # github-index:17129546267
    ("#url01 = 'https://m.tb.cn/h.5GXY0Sz?tk=jdSlWk5cArT CZ3460'", None, 'short-link', None),  # github-index:13227858033
    ('   https://m.tb.cn/h.5E0tk1j5Z840KMd?tk=ENAKWm1A8We', None, 'short-link', None),  # github-index:49413937395
    ("    (19, 1, '淘宝', 'https://m.tb.cn/h.5zxyK10h65Gy9AU?tk=X2X2WKIqj7', '优衣库女装麻混纺吊带连衣裙(打褶高腰时尚法式轻盈新款)466540', 'X2X2WKIqj7o', 11, 'cmrhyq@163.com', '2024-04-18 00:", None, 'short-link', None),  # github-index:71429304045; excerpt
    ('Buy a mini_HDMI - HDMI line: https://m.tb.cn/h.5ndT8Ir?tk=QkygWgtvV2O', None, 'short-link', None),  # github-index:45281502970
    ("          { text: '御茶家', link: 'https://m.tb.cn/h.5BoI91pWvAugxxh/'},", None, 'short-link', None),  # github-index:36360159237
    ("          { text: '神北JK', link: 'https://m.tb.cn/h.5BoHTS5daZBuKfw/'},", None, 'short-link', None),  # github-index:36360159237
    ("  // \tthis.url = 'https://m.tb.cn/h.5U6tmCh?tk=LtxhdA9r5vd'", None, 'short-link', None),  # github-index:67582557837
    ('- [百问科技淘宝店 - 全志R128 EVT](https://m.tb.cn/h.5T4uATe?tk=S079W0vCt6v)', None, 'short-link', None),  # github-index:1246144937
    ('//\ttoken := "https://m.tb.cn/h.5qxWGxH4tGbl2Yk?tk=6WmhWi4OGI2"', None, 'short-link', None),  # github-index:9374119634
    ('  链接：[智能车IPS全彩2.0寸320*240液晶屏SPI串口彩屏屏幕显示器模块逐飞](https://e.tb.cn/h.6dQ6ySqpoxSa6jm?tk=tWtieuBd4q8)', None, 'short-link', None),  # github-index:26187201105
    ('https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k CZ356', None, 'short-link', None),  # github-index:71327249884
    ('                <a href="https://e.tb.cn/h.6BUaa8HJRtnKoZe?tk=thVbVLgDHfa" class="cta-button">尊享預購優惠</a>', None, 'short-link', None),  # github-index:16136111493
    ('  * <https://e.tb.cn/h.6TH0uupCMWTWcLx?tk=dTB9eA7olv5> / <https://www.cssbuy.com/item-856255894386.html>', None, 'short-link', None),  # github-index:29940958811
    ('    【淘宝】假一赔四 https://e.tb.cn/h.66AJ6K8SI7cqC6T?tk=FSE0VaGG7K7 HU071 「小米米家便携式即热式饮水机家用小型桌面台式直饮净水电热杯两用」', None, 'short-link', None),  # github-index:56280981744
    ('    -   Store: https://e.tb.cn/h.6VMjUgWZkUGwq26?tk=oVyAeD6uPS2', None, 'short-link', None),  # github-index:42688516427
    ('[taobao](https://e.tb.cn/h.6wnwfCVJ03YmIe2?tk=n1T1VmRQHeK)', None, 'short-link', None),  # github-index:12259701459
    ('[TL60-10 Power Distribution Module XT60](https://www.aliexpress.us/item/3256807277265897.html?gatewayAdapt=glo2usa&mp=1&spm=a2g0o.productlist.0.0.69c33d1eTWCvNb)', 'aliexpress', 'listing', '3256807277265897'),  # github-index:20651219378
    ('    | **RTL8188FTV/FU** | USB module | Requires soldering; 3.3V native | [AliExpress](https://www.aliexpress.us/item/3256807590709883.html) |', 'aliexpress', 'listing', '3256807590709883'),  # github-index:62112919058
    ('If you want to make your own, I used [this](https://www.aliexpress.us/item/3256807009901234.html) SCART female socket from AliExpress, which you can find elsewhere. The Ali listing calls it a `21 PINS C', 'aliexpress', 'listing', '3256807009901234'),  # github-index:12291620723; excerpt
    ('| Motion Sensor        | $1.58  |    1    | <a href="https://www.aliexpress.us/item/3256807881009549.html">LINK</a> |', 'aliexpress', 'listing', '3256807881009549'),  # github-index:42561622718
    ('| <a href=https://www.aliexpress.us/item/3256807383526945.html>Rt Ang Male Header | 8-pin                | 1   |', 'aliexpress', 'listing', '3256807383526945'),  # github-index:27268170173
    ("      ali_link: 'https://www.aliexpress.us/item/3256807684765885.html',", 'aliexpress', 'listing', '3256807684765885'),  # github-index:2326747013
    ("      supplier_link: 'https://detail.1688.com/offer/905555046326.html',", '1688', 'listing', '905555046326'),  # github-index:2326747013
    ('* [8dBi antenna](https://www.aliexpress.us/item/3256807262687553.html)', 'aliexpress', 'listing', '3256807262687553'),  # github-index:49052782449
    ('[Colorlight i5 + ext-board bundle on AliExpress](https://www.aliexpress.us/item/3256807602160285.html)', 'aliexpress', 'listing', '3256807602160285'),  # github-index:68922338903
    ('                            <a href="javascript:if(confirm(\'https://leaderrrslj.tmall.com/shop/view_shop.htm?spm=a230r.7195193.1997079397.2.AlZnYC  \\n\\n', 'tmall', 'storefront', 'leaderrrslj'),  # github-index:40664557555; excerpt; section 0: the first https:// token is read, as an earlier table decided for this page
    ("  shopUrl: 'https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560',", 'tmall', 'storefront', 'zuiqingfeng'),  # github-index:54652028024
    ('  <a href="https://www.aliexpress.com/store/1105701619"><img alt="AliExpress store" src="https://img.shields.io/badge/AliExpress-Official_Store-FF6A00?style=for-the-b', 'aliexpress', 'storefront', '1105701619'),  # github-index:69412050113; excerpt
    ('.. _`Mini USB RP2040`: https://aliexpress.com/item/1005006710298380.html', 'aliexpress', 'listing', '1005006710298380'),  # github-index:2933527659
    ('//           " \'click_url\': \'http: //store.taobao.com/shop/view_shop.htm?user_number_id=11812219\',"+', 'taobao', 'storefront', '11812219'),  # github-index:12015274974
    ('            turl = "https://store.taobao.com/shop/view_shop.htm?user_number_id={0}"', None, 'malformed-id', None),  # github-index:20286550736
    ('                <!--<a target="_blank" href="https://store.taobao.com/shop/view_shop.htm?user_number_id={{$item->shopLink}}">{{$item->nick}}</a>-->', None, 'malformed-id', None),  # github-index:5280590277
    ("            ''' //store.taobao.com/shop/view_shop.htm?user_number_id=1714128138", 'taobao', 'storefront', '1714128138'),  # github-index:11067579073
    ('//         店铺链接 //store.taobao.com/shop/view_shop.htm?user_number_id=353571709', 'taobao', 'storefront', '353571709'),  # github-index:29956145700
    ("      url: '/pages/web-view/index?url=https://haoxiaojia.taobao.com/shop/view_shop.htm?user_number_id=2011046266&ali_trackid=2%3Amm_340480137_491250339_108786550409%3A1676299523_092_711082736&union_lens=lensId%3ATAPI%40167", 'taobao', 'storefront', 'haoxiaojia'),  # github-index:48026809829; excerpt
    ('      <a class="shopname J_MouseEneterLeave J_ShopInfo" data-userid="268451883" data-nid="536758244128" href="//store.taobao.com/shop/view_shop.htm?user_number_id=268451883" target="_blank">', 'taobao', 'storefront', '268451883'),  # github-index:13594713689
    ('    url: "https://shop.taobao.com/shop/view_shop.htm?user_number_id=fictional-a",', None, 'not-a-listing', None),  # github-index:70988285641; shop.taobao.com is Taobao's own host, no store form of section 1: not-a-listing
    ("url2 = 'https://shop1460133980340.1688.com/page/offerlist.htm'", '1688', 'storefront', 'shop1460133980340'),  # github-index:35452216544
    ('SHOP = "https://joinsun.1688.com/page/offerlist.htm"', '1688', 'storefront', 'joinsun'),  # github-index:55368786251
    ('SHOP_HOST = "shop3w093345o1043.1688.com"', '1688', 'storefront', 'shop3w093345o1043'),  # github-index:58894164913; sections 0 and 4: a store's bare host is its storefront (a short-link host alone is not-a-url)
    ("  const [distributorUrl, setDistributorUrl] = useState('https://shop22z822h65h113.1688.com/page/offerlist.htm?offerId=904801954342');", '1688', 'storefront', 'shop22z822h65h113'),  # github-index:71116997099
    ('    main_url = "https://shop52798901llv53.1688.com/page/offerlist.htm"', '1688', 'storefront', 'shop52798901llv53'),  # github-index:11314582750
    ('    # main_url = "https://yxrywy8.1688.com/page/offerlist.htm"', '1688', 'storefront', 'yxrywy8'),  # github-index:11314582750
    ('                                                                            <input type="url" class="form-control form-control-sm" name="lazada" value="{{ old(\'lazada\', $user->lazada) }}" placeholder="https://www.lazada.co.id/shop/contoh">', 'lazada_id', 'storefront', 'contoh'),  # github-index:70902453598
    ('                            <li><a class="dropdown-item" href="https://www.lazada.co.id/shop/yuri-official-store/?spm=a2o4j.pdp_revamp.seller.1.28fa76118mbGvu&itemId=1769620279&channelSource=pdp" target="_blank">L', 'lazada_id', 'storefront', 'yuri-official-store'),  # github-index:3770143; excerpt
    ('                        <img class="product-img" src="https://www.alibaba.com/product-detail/New-selling-product-sport-drinking-water_1600954614824.html?spm=a2700.7724857.0.0.68b3693fTi2lIy" alt="Wireless Headphones" ', 'alibaba_com', 'listing', '1600954614824'),  # github-index:62018358088
    ('<link href="https://www.taobao.com/list/item-amp/690907579222.htm" hreflang="zh-Hans" rel="amphtml">', None, 'not-a-listing', None),  # github-index:19131817117
    ('<link href="https://world.taobao.com/item/690907579222.htm" hreflang="zh-Hant" rel="alternate">', 'taobao_or_tmall', 'listing', '690907579222'),  # github-index:19131817117
    ('N01kCi5J32KBkxWQCuuc_!!479269519.jpg){:style="display:block; margin-left:auto; margin-right:auto" width="500"}](https://world.taobao.com/item/662901818090.htm)', 'taobao_or_tmall', 'listing', '662901818090'),  # github-index:43444233874; excerpt
    ('at is typical in most sub-display to show marquee, such as the NV126B5M-N42. You may easily find them on Taobao https://world.taobao.com/item/680221506574.htm?.', 'taobao_or_tmall', 'listing', '680221506574'),  # github-index:4903551748; excerpt
    ("        'url': 'https://world.taobao.com/item/643681750378.htm',", 'taobao_or_tmall', 'listing', '643681750378'),  # github-index:8382484194
    ('零售订单请前往官方网站 https://www.espressif.com/zh-hans/contact-us/get-samples，或是前往淘宝下单 https://world.taobao.com/item/677273363812.htm?spm=a21wu.12321156-tw.recommend-tpp.4.19a61924ZMaqpf。', None, 'not-alibaba-host', None),  # github-index:15318601174
    ('TaoBao link: https://world.taobao.com/item/649727714529.htm', 'taobao_or_tmall', 'listing', '649727714529'),  # github-index:22350291496
    ('        t = parse_platform_url("https://world.taobao.com/item/679836775118.htm")', 'taobao_or_tmall', 'listing', '679836775118'),  # github-index:65848555822
    ('\t\t\t\t\t\t"http://s.click.taobao.com/t_9?p=mm_25282911_0_0&l=http%3a%2f%2fdetail.tmall.com%2fitem.htm%3fid%3d14875591823",', None, 'short-link', None),  # github-index:2180768576
    ('    nested = "https://mulebuy.com/product/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D42"', None, 'agent-site', None),  # github-index:67630303078; section 0: a buying agent: agent-site
    ('        hisPriceServiceImpl.getHisPrice("https%3a%2f%2fdetail.tmall.com%2fitem.htm%3fid%3d606231126363%26ali_trackid%3d2%3amm_26632572_0_0%3a1579353672_265_763784451%26spm%3da21bo.7925890.192091.1%26pvid%3da0625b2d-998b-4781-a07b-52ba57a784', 'tmall', 'listing', '606231126363'),  # github-index:16393720946; excerpt; section 0: the lenient mode decodes the encoded link once (read first as not-a-url)
    ('- [ARMFLY Mini-Logic RS232 RS485 RS422 CAN converter](http://item.taobao.com/item.htm?id=16943624739) ([English translation](http://tran', 'taobao', 'listing', '16943624739'),  # github-index:10162233897; excerpt
    ('            "https://s.click.tmall.com/g?et=test"', None, 'short-link', None),  # github-index:19710551746; Fix 1: Tmall's affiliate click host is a short link (was not-a-listing)
    ('            "&tar=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D1000225673799%26ak%3D27696150"', 'tmall', 'listing', '1000225673799'),  # github-index:19710551746; section 0: the lenient mode decodes the encoded link once (read first as not-a-url)
    ('    GLOBAL_TASK_QUEUE.append("http://pub.alimama.com/promo/item/channel/index.htm?q=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D43843797537&channel=qqhd")', None, 'not-alibaba-host', None),  # github-index:6045647307
    ('"sourceUrl":"https:\\/\\/detail.1688.com\\/offer\\/573949431779.html?spm=b26110380.sw1688.mof001.94.727e346bGfyesD","memo":"shopify\\u4ea7\\u54c1\\u5bfc\\u5165","checker":"\\u7cfb\\u7edf","attributeDesc":"Co', '1688', 'listing', '573949431779'),  # github-index:40636522876; excerpt
    ('const aliPattern = /(https:\\/\\/(?:www.)?aliexpress.com\\/item\\/.*.html)/gm;', None, 'not-a-url', None),  # github-index:23962735347
    ('let regex = /https:\\/\\/[a-z]*.aliexpress.com\\/item\\/[0-9]*.html/;', None, 'not-a-url', None),  # github-index:17879982057
    ('        preg_match("/detail.1688.com\\/offer\\/(\\d+).html/", $url, $u);', None, 'not-a-url', None),  # github-index:26960096405; a regular expression, no link: not-a-url
    ('      /https:\\/\\/detail.1688.com\\/offer\\/\\d+.html/.test(url) ||', None, 'not-a-url', None),  # github-index:33600131167; a regular expression, no link: not-a-url
    ("    preg_match('/https:\\/\\/detail.1688.com\\/offer\\/[0-9]+/', $url, $match_arr);", None, 'not-a-url', None),  # github-index:12563098466; a regular expression, no link: not-a-url
    ('  assert.match(html,/https:\\/\\/www.ozon.ru\\/product\\/123\\//);assert.match(html,/https:\\/\\/detail.1688.com\\/offer\\/456.html/);', None, 'not-alibaba-host', None),  # github-index:67004875180
    ('**Here is the [one](https://www.lazada.com.my/products/t-wolf-hb008-usb-30-hub-3-ports-high-speed-hub-2usb20-1usb30-hub-i3010272117-s14854735681.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253Ausb%252B', 'lazada_my', 'listing', '3010272117'),  # github-index:24733576852; excerpt
    ('              txt += "<td><a href=\'http://temai.taobao.com/preview.htm?id=" + i["eventId"] + "\' target=\'_blank\'>" + i[\'eventId\'] + "</a></td> <td>" + (Number(i[\'commissionRate\'])', None, 'not-a-listing', None),  # github-index:4976282103; excerpt; Fix 2: a page of the channel, suggesting no store (suggested https://temai.taobao.com/)
    ("\t\t\trefer = 'http://temai.taobao.com?pid=mm_58471937_7778195_46364959';", None, 'not-a-listing', None),  # github-index:30407377886; Fix 2: temai.taobao.com is Taobao's sale channel, no store (was a storefront)
    ("\t\t\trefer = 'http://ai.m.taobao.com?pid=mm_58471937_7778195_46364959';", None, 'not-a-listing', None),  # github-index:30407377886
    ('      { "name": "淘宝特卖", "url": "https://temai.taobao.com/", "desc": "淘宝打折的商品" },', None, 'not-a-listing', None),  # github-index:68925139184; Fix 2 (was a storefront)
    ('            ret += "<a href=https://temai.taobao.com/preview.htm?id=" + jo.getString("event_id") + ">" + "查看计划" + "</a></td></tr>";', None, 'not-a-listing', None),  # github-index:5697532922; Fix 2 (suggested a store)
    ('      "href": "https://temai.taobao.com/cheap.htm?pid=mm_54988395_23866520_79878241",', None, 'not-a-listing', None),  # github-index:42506060435; Fix 2 (suggested a store)
    ('\t\tString contents = "https://temai.taobao.com/channel.htm?spm=a231o.7076277.1998549683.2.S82WRc&prepvid_1461038037861&extra=&cid=101&pid=mm_28347190_2425761_20444747', None, 'not-a-listing', None),  # github-index:1090570889; excerpt; Fix 2 (suggested a store)
    ('\t\t::ShellExecute(0, _T("open"), _T("http://ershou.taobao.com/item.htm?id=17017707672"), 0, 0, SW_SHOWNORMAL);', None, 'not-a-listing', None),  # github-index:34325124789; the legacy second-hand market (二手) is no host of section 12: refused, item.taobao.com suggested
    ("    p=Photograph_Taobao_List('FixTask',4,1,0,'http://s.ershou.taobao.com/list/list.htm?catid=50025242&divisionId=110100',123,\\", None, 'not-a-listing', None),  # github-index:11739273021
    ('            xianyu: `https://s.ershou.taobao.com/search.htm?q=${encodeURIComponent(placeName)}`,', None, 'not-a-listing', None),  # github-index:54732903393
    ('// @match        https://s.ershou.taobao.com/*', None, 'not-a-listing', None),  # github-index:17558978825; an https:// link to the search host's pages (/*): not-a-listing (a *:// pattern would be not-a-url)
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3] and "idleFish" not in row[0]],
    "Xianyu's item pages on market.m.taobao.com left out, as in test_real_urls_30.py: they are"
    " Xianyu's, section 8, whose host the helper does not know",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('            "https://s.click.tmall.com/g?et=test"', "short-link"),  # github-index:19710551746
        ("        return `https://s.click.tmall.com/t?e=${pid}&u=${encodeURIComponent(productUrl)}`;", "short-link"),  # github-index:20174013942
        ('    const-string v0, "http://s.click.tmall.com/"', "missing-id"),  # github-index:9896003820
        ("s.click.tmall.com/e/abc", "short-link"),  # constructed: no scheme
    ],
)  # fmt: skip
def test_tmall_affiliate_click_host_is_a_short_link(text: str, code: str) -> None:
    """Fix 1: ``s.click.tmall.com`` is Tmall's affiliate click redirect, a short link as
    ``s.click.taobao.com`` is (with no code, a short-link host with nothing to resolve); it
    was refused as a page that is not a listing."""
    result = parse_listing(text)
    assert not result.ok
    assert result.code == code
    assert "s.click.tmall.com" in result.reason
    assert ("Tmall affiliate link" in result.reason) or code == "missing-id"
    if code == "missing-id":
        assert "short-link host with no code" in result.reason


test_service_sites_are_no_stores = service_sites_test(
    [
        ("temai.taobao.com", "/cheap.htm?pid=mm_54988395_23866520_79878241"),  # github-index:42506060435
        ("temai.taobao.com", "/channel.htm?spm=a231o.7076277.1998549683.2.S82WRc&cid=101"),  # github-index:1090570889
        ("temai.taobao.com", "/preview.htm?id=123456"),  # the event page of github-index:5697532922
    ],
    "Fix 2",
)  # fmt: skip
