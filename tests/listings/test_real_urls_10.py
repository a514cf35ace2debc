"""Sweep 10 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls10.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_9.py. The inputs come
from sources the earlier sweeps did not use: Tmall's and Taobao's own site maps and home-page
navigation data (their channel and service hosts), 1688's channel lists, a scraper's saved
report of 951 Taobao, Tmall and Tmall Global item pages (cheonsoo/MANSOO_LAB:test/test4.js),
CSV rows and comma-separated link lists, Lazada's seller and order API output, Taobao share
links (``e.tb.cn``) in parts tables, and mobile Taobao, Tmall and 1688 links in code, each with
the text around it. ``github-index:N`` is a public file whose repository the code index does
not name, as in listing-urls.md. A row marked "notes silent" is a form listing-urls.md does not
name: it only has to be refused, and the code recorded is the parser's. The parser, the
``ipprules listings`` CLI, the batch path and the columnar kernel must all give the same answer.

The rows that failed before this sweep's fixes:

- the roots of Taobao's, Tmall's, 1688's and AliExpress's channel and service hosts
  (``http://mei.tmall.com/?spm=…``, ``https://top.taobao.com/``, ``http://xue.taobao.com/``,
  ``https://factory.1688.com/``, ``https://inbusiness.aliexpress.com/``...), named in the
  marketplaces' own site maps and navigation data, were read as the storefronts ``mei``,
  ``top``, ``xue``...; they are ``not-a-listing`` (``SERVICE``);
- a CSV row or a comma-separated list of links (``…/offer/776602958006.html,https://…``,
  ``…,https://detail.tmall.com/item.htm?id=607834170578,https://img.alicdn.com/…``, a box that
  takes links "separated by commas") was ``missing-id``, ``malformed-id`` or ``not-a-url``:
  the link before the comma is read, and the others are reported (``other_listings``);
- AliExpress Russia's share link (``https://aliexpress.ru/e/_…``, listed with the other
  AliExpress short links by real bots) was ``not-a-listing``; it is a ``short-link``.

Also fixed, with properties below: a link cut short by markup glued to it whose query goes on
with another value of its id (``…?id=1&x=<br>&id=2``) was read as listing 1; it is
``conflicting-ids`` again. The product URL Lazada's APIs return (``www.lazada.sg/-i…-s….html``,
no ``/products/``) stays ``not-a-listing`` (§7: unverified) but now says so and suggests the
canonical link, like ``www.lazada.co.th/i{id}.html``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import (
    SAMPLE_LINKS,
    answer,
    assert_service_host,
    table_tests,
)
from ipprules.listings import Listing, parse_listing
from ipprules.listings.parser import other_listings, parse_slowly

SERVICE: list[tuple[str, str | None, str, str | None]] = [
    ("    'https://top.taobao.com/index.php?spm=a1z5i.1.2.1.hUTg2J&topId=HOME',", None, 'not-a-listing', None),  # github-index:25201887524
    ("    url: 'https://top.taobao.com/',", None, 'not-a-listing', None),  # github-index:62601976761
    ('Hoặc bạn c&oacute; thể truy cập v&agrave;o link https://top.taobao.com.</p>', None, 'not-a-listing', None),  # github-index:4354021802
    ('                      <li><a href="http://mei.tmall.com/?spm=3.7346457.a2228ix.15">美妆</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://3c.tmall.com/?spm=3.7346457.a2228ix.16">电器</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://nvzhuang.tmall.com/?spm=3.7346457.a2228ix.17">女装', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://nanzhuang.tmall.com/?spm=3.7346457.a2228ix.18">男装', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://nvxie.tmall.com/?spm=3.7346457.a2228ix.19">女鞋</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://nanxie.tmall.com/?spm=3.7346457.a2228ix.20">男鞋</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      </a></li><li><a href="http://bag.tmall.com/?spm=3.7346457.a2228ix.22">箱包</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://sports.tmall.com/?spm=3.7346457.a2228ix.23">运动</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://huwai.tmall.com/?spm=3.7346457.a2228ix.24">户外', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://baby.tmall.com/?spm=3.7346457.a2228ix.25">母婴</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://jia.tmall.com/?spm=3.7346457.a2228ix.26">家装</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://yao.tmall.com/?spm=3.7346457.a2228ix.27">医药</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://food.tmall.com/?spm=3.7346457.a2228ix.28">食品</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://dai.tmall.com/?spm=3.7346457.a2228ix.29">配饰', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://chi.tmall.com/?spm=3.7346457.a2228ix.11">吃乐会', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://miaoguoji.tmall.com/?spm=3.7346457.a2228ix.9">户外名品</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://xfx.tmall.com/?spm=3.7346457.a2228ix.34">一周新发现</a></li>', None, 'not-a-listing', None),  # github-index:38024205108
    ('                      <li><a href="http://new.neiyi.tmall.com/?spm=3.7346457.a2228ix.4">内衣新品', None, 'not-a-listing', None),  # github-index:38024205108
    ('<a href="http://temai.tmall.com/?spm=3.7069901.a2226l1.9" target="_top">品牌特卖</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('<a href="http://book.tmall.com/?spm=3.7069901.a2226l1.11&prt=1346727469564&prc=2" target="_top">天猫书城</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('<a class="sitemap-right" href="http://neiyi.tmall.com/?spm=3.7069901.a2226l1.16" target="_top">天猫内衣</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('<a class="sn-mobile-link" href="http://mobile.tmall.com/?scm=1027.1.1.1" target="_top" title="天猫无线">手机版</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('<a href="http://fw.tmall.com/?spm=3.7069901.a2226l1.3" target="_top">运营服务</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('<a id="J_SnMyBrand" class="sn-mybrand-link" href="http://mybrand.tmall.com?&type=0&scm=1048.1.1.1" target="_top">我关注的品牌</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('<a href="http://shangjia.tmall.com/portal.htm?spm=3.7069901.a2226l1.1" target="_top">商家中心</a>', None, 'not-a-listing', None),  # github-index:37184138750
    ('                        <a href="https://3c.tmall.com/" target="_blank">电器城</a>', None, 'not-a-listing', None),  # github-index:1931307478
    ('        <a href="http://yao.tmall.com/" target="_blank">医', None, 'not-a-listing', None),  # github-index:1931307478
    ("    start_urls = 'https://nvzhuang.tmall.com/'", None, 'not-a-listing', None),  # github-index:48983041289
    ('    address = "http://mei.tmall.com/?spm=3.7095809.2000a021.1.e7d0Ef"', None, 'not-a-listing', None),  # github-index:36627211725
    ("    start_urls = ['https://car.tmall.com/']", None, 'not-a-listing', None),  # github-index:20375566460
    ("        'https://car.tmall.com/wow/car/act/carfp',", None, 'not-a-listing', None),  # github-index:27460529207
    ('\t\t\t"href": "http://nianhuo.tmall.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://nvren.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://qinglv.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://nanren.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://zln.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://chi.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://bxlc.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://shenghuo.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://game.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://tese.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://tiaoshi.chi.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://xue.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://star.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://hi.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://big.taobao.com/big/index.html"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://acg.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://daren.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://style.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://dapei.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://life.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://try.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://qing.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://qiang.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://taojinbi.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://ye.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://wangwang.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://wt.taobao.com/?ks-menu=cz"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://trip.taobao.com"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": " http://baoxian.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://dianying.taobao.com"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://ebook.taobao.com/"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://music.taobao.com"', None, 'not-a-listing', None),  # github-index:26798306612
    ('\t\t\t"href": "http://waimai.taobao.com/shop_list.htm"', None, 'not-a-listing', None),  # github-index:26798306612
    ("        'https://neiyi.taobao.com',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://pei.taobao.com',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://mei.taobao.com/',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://fang.taobao.com/',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://2car.taobao.com/',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://wujin.taobao.com/',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://xue.taobao.com',", None, 'not-a-listing', None),  # github-index:27460529207
    ("        'https://ka.taobao.com/',", None, 'not-a-listing', None),  # github-index:27460529207
    ('                <dd><a href="http://xue.taobao.com/" target="_blank">淘宝同学</a></dd>', None, 'not-a-listing', None),  # github-index:11111226466
    ("    key: 'https://xue.taobao.com',", None, 'not-a-listing', None),  # github-index:70878644038
    ('            <link rel="dns-prefetch" href="http://ald.taobao.com/"/>', None, 'not-a-listing', None),  # github-index:37945604417
    ('<link rel="dns-prefetch" href="http://tce.taobao.com">', None, 'not-a-listing', None),  # github-index:1864833459
    ('              target: "https://tui.taobao.com",  ', None, 'not-a-listing', None),  # github-index:22290719380
    ("        self.user_url = 'https://izhongchou.taobao.com/index.htm'", None, 'not-a-listing', None),  # github-index:33159968733
    ('                "url" : "http://izhongchou.taobao.com/",', None, 'not-a-listing', None),  # github-index:44471871805
    ("    select_url = 'https://zc.taobao.com'", None, 'not-a-listing', None),  # github-index:16736522161
    ('        "url": "https://88vip.taobao.com/",', None, 'not-a-listing', None),  # github-index:55523344999
    ("            'http://ai.taobao.com/');", None, 'not-a-listing', None),  # github-index:26454795400
    ('    "https://factory.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://tongzhuang.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://fuzhuang.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://shipin.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://321.1688.com/chengbiao.html",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://home.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://food.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://fangzhi.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://suliao.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://muying.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://wanju.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://gys.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ('    "https://sport.1688.com/",', None, 'not-a-listing', None),  # github-index:56775148980
    ("\t\t\t\t'http://baike.1688.com/',", None, 'not-a-listing', None),  # github-index:46932953187
    ("\t\t\t\t'http://pifa.1688.com/',", None, 'not-a-listing', None),  # github-index:46932953187
    ("\t\t\t\t'http://info.1688.com/',", None, 'not-a-listing', None),  # github-index:46932953187
    ("\t\t\t\t'http://club.1688.com/',", None, 'not-a-listing', None),  # github-index:46932953187
    ("\t\t\t\t'http://blog.1688.com/'", None, 'not-a-listing', None),  # github-index:46932953187
    ('    "https://inbusiness.aliexpress.com/",', None, 'not-a-listing', None),  # github-index:57400554401
    ('- AliExpress Business: https://inbusiness.aliexpress.com/', None, 'not-a-listing', None),  # github-index:26610137160
    ("        $html = file_get_html('http://coupon.aliexpress.com/');", None, 'not-a-listing', None),  # github-index:30559392336
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('                match = re.search(r\'<link\\s+rel=["\\\']origin["\\\']\\s+href=["\\\'](https://www.lazada.vn/products/[^"\\\']+)["\\\']\', response.text)', None, 'missing-id', None),  # github-index:59072241217; notes silent: a rejection
    ('                    "itemUrl": "https://www.lazada.sg/-i202532947-s304827401.html?urlFlag=true&mp=1",', None, 'not-a-listing', None),  # github-index:48595998925
    ('1. ST-Link V2 USB Adapter ([or compatible](https://www.lazada.sg/-i105322107-s106873847.html?urlFlag=true&mp=1)). [Connect Blue Pill to ST-Link like this](https://gist', None, 'not-a-listing', None),  # github-index:32234800286
    ('            "Url": "https://www.lazada.sg/-i1884392091-s10044238042.html",', None, 'not-a-listing', None),  # github-index:46351477789
    ("          'https://www.lazada.sg/-i213858083-s323917929.html?urlFlag=true&mp=1',", None, 'not-a-listing', None),  # github-index:39148904743
    ('        or "lazada.sg/-i" in clean_url.lower()', None, 'not-a-listing', None),  # github-index:65826764426; notes silent: a rejection
    ('  return match ? `https://m.1688.com/offer/${match[1]}.html` : "";', None, 'missing-id', None),  # github-index:55919821666; notes silent: a rejection
    ("        wait_to_deal_with_url = 'https://m.1688.com/offer/' + str(goods_id) + '.html'", None, 'missing-id', None),  # github-index:30260379678
    ("                goods_url = 'https://m.1688.com/offer/{0}.html'.format(c.group(1))", None, 'missing-id', None),  # github-index:9561598908; notes silent: a rejection
    ('    target_url = f"https://m.1688.com/offer/{offer_id}.html"', None, 'missing-id', None),  # github-index:66409054862; notes silent: a rejection
    ('        const url = `https://www.goofish.com/item?id=${r.item_id}`', None, 'malformed-id', None),  # github-index:67202796147
    ('        new = SellerItem(f"new-{seller}", "FDE 新资料", "10", f"https://www.goofish.com/item?id={seller}")', None, 'malformed-id', None),  # github-index:70139408172
    ('            product_link = f"https://www.goofish.com/item?id={product_id}"', None, 'malformed-id', None),  # github-index:19175850942
    ("    await page.goto('https://world.tmall.com/item/543285442762.htm');", None, 'not-a-listing', None),  # github-index:32462360033; notes silent: a rejection
    ('                <a href="https://yushanznjj.world.tmall.com/shop/view_shop.html" target="_blank" rel="noopener noreferrer" class="mobile-qr-link" @click.stop>{', None, 'not-a-listing', None),  # github-index:37849701852; notes silent: a rejection
    ('            url.indexOf("//world.tmall.com") > 0 ||', None, 'not-a-listing', None),  # github-index:17044063767
    ('           else if (url.StartsWith("https://detail.tmall.com/item.htm?") || url.StartsWith("https://world.tmall.com/item/")) ', None, 'missing-id', None),  # github-index:11975178177
    ('            String itemUrlFormat = "https://uland.taobao.com/item/edetail?id=%s";', None, 'not-a-listing', None),  # github-index:26378681468
    ('\t"coupon_url"=> "https://uland.taobao.com/quan/detail?sellerId=2200773078601&activityId=1ca3cae256464382a02618380efd6dcd",', None, 'not-a-listing', None),  # github-index:22989887618
    ('                                      "jump_url": "https://uland.taobao.com/item"', None, 'not-a-listing', None),  # github-index:66198252173
    (' * ysyl_click_url\tString\thttps://uland.taobao.com\t预售有礼-推广链接', None, 'not-a-url', None),  # github-index:36643656938
    ('        f"https://h5.m.taobao.com/awp/core/detail.htm?id={item_id}" if item_id else None,', None, 'malformed-id', None),  # github-index:70824583468
    ('            // http://h5.m.taobao.com/awp/core/detail.htm?id=547040661236', 'taobao_or_tmall', 'listing', '547040661236'),  # github-index:12088733697
    ('\t\t * http://h5.m.taobao.com/awp/core/detail.htm?id=40597168510&ns=1&abbucket=0#detail', 'taobao_or_tmall', 'listing', '40597168510'),  # github-index:1682245872
    ('\t\t\tString url = "https://h5.m.taobao.com/awp/core/detail.htm?ft=t&id={0}&sid=2ec013fcc5ce2e5372024d9f1ba3ec01&rn=d8811de3a46628b207e4dc8384a8735c&abtest=8";', None, 'malformed-id', None),  # github-index:49213791298
    ('        return str == null ? "" : String.format("http://h5.m.taobao.com/awp/core/detail.htm?id=%s", str);', None, 'malformed-id', None),  # github-index:39033673092
    ('      href="https://h5.m.taobao.com/awp/core/detail.htm?id=687752813957" text="点击咨询淘宝客服" @click="click">', 'taobao_or_tmall', 'listing', '687752813957'),  # github-index:41735241523
    ('    only_sp = "https://m.intl.taobao.com/detail/detail.html?id=1&sp_tk=bnlYcFQ3VkE3bHQ%3D"', None, 'malformed-id', None),  # github-index:66427571799
    ('        "https://m.intl.taobao.com/detail/detail.html?id=646954610226&spm=1101.1101.N.N.5dab637";', 'taobao_or_tmall', 'listing', '646954610226'),  # github-index:21289052085
    ('            // https://m.intl.taobao.com/detail/detail.html?id=906139554065', 'taobao_or_tmall', 'listing', '906139554065'),  # github-index:45387584250
    ('There is an option to order it through Superbuy agent from taobao: https://m.intl.taobao.com/detail/detail.html?spm=a1z5f.7632060.0.0&id=548548804338', 'taobao_or_tmall', 'listing', '548548804338'),  # github-index:4999541228
    ('url = "https://m.intl.taobao.com/detail/detail.html?id=559123596040"', 'taobao_or_tmall', 'listing', '559123596040'),  # github-index:47409021470
    ('        f"https://m.intl.taobao.com/detail/detail.html?id={item_id}",', None, 'malformed-id', None),  # github-index:61420740144
    ('    ("https://m.intl.taobao.com/detail/detail.html?id=1", "CNY"),', None, 'malformed-id', None),  # github-index:69147761418
    ('    ("https://e.tb.cn/h.8IcTrtZuTU19ieN", "CNY"),', None, 'short-link', None),  # github-index:69147761418
    ('    ("https://detail.tmall.com/item.htm?id=617129397971", "CNY"),', 'tmall', 'listing', '617129397971'),  # github-index:69147761418
    ('    ("https://www.amazon.com/dp/B0X", ""),', None, 'not-alibaba-host', None),  # github-index:69147761418
    ('"https://detail.m.tmall.com/item.htm?spm=0.0.0.0.qmRO1N&id=521470708082&sid=74cd19a32a7eb2cc25562c2d15de4564&rn=459d0aef6976903d54d6fc0505b43b7e&abtest=11"};', 'tmall', 'listing', '521470708082'),  # github-index:8954367210
    ("    detail_url = 'https://detail.m.tmall.com/item.htm?id={}'", None, 'malformed-id', None),  # github-index:44927823465
    ("        'referer': 'https://detail.m.tmall.com/item.htm?id={}'.format(goods_id),", None, 'malformed-id', None),  # github-index:30249644534
    ('\turl := fmt.Sprintf("http://detail.m.tmall.com/item.htm?id=%s", ti.item.params["id"])', None, 'malformed-id', None),  # github-index:16146498959
    ('    * https://www.aliexpress.us/item/3256808639155688.html', 'aliexpress', 'listing', '3256808639155688'),  # github-index:30255173284
    (' - [AliExpress](https://www.aliexpress.us/item/3256807152276100.html)', 'aliexpress', 'listing', '3256807152276100'),  # github-index:55151733019
    ('| Wemos D1 Mini S2 (Beware of Fakes!)| [Amazon](https://amzn.to/4fqq9m7) | [Aliexpress](https://www.aliexpress.us/item/3256802958877264.html)|', None, 'not-alibaba-host', None),  # github-index:49058562649
    ('                    "offerUrl": "https://detail.1688.com/offer/67890.html",', None, 'malformed-id', None),  # github-index:51949876075
    ('            "offerUrl": "https://detail.1688.com/offer/123456789.html",', '1688', 'listing', '123456789'),  # github-index:67027401928
    ('      "offerUrl": "https://detail.1688.com/offer/商品ID.html",', None, 'missing-id', None),  # github-index:54504278169; notes silent: a rejection
    ('        "offerUrl": "https://detail.1688.com/offer/654819283719.html"', '1688', 'listing', '654819283719'),  # github-index:68806669244
    ('2021/8/24,1,雅塑奥利司他胶囊体验装减肥瘦身燃脂排油丸男女瘦身药减脂肪暴瘦,阿里健康大药房,https://detail.tmall.com/item.htm?id=607834170578,https://img.alicdn.com/bao/uploaded/i2/2206581099089/O1CN015gMfcC2H0oXgXTHT0_!!2206581099089-0-scmitem8000.jpg,', 'tmall', 'listing', '607834170578'),  # github-index:31068802268
    ('                "36666986788,tmall,https://detail.tmall.com/item.htm?id=36666986788&is_b=1&cat_id=2&q=&rn=51e91540ef76619253c4f518f6458d7e,https://rate.tmall.com/list_detail_rate.htm?itemId=36666986788&spuId=267388177&sellerId=101450072&order=3&currentPage=1,缺省值,9/1/2016 19:21:59,101450072,四川 成都 ,1";', 'tmall', 'listing', '36666986788'),  # github-index:37405382404
    ('Copper Clad,to have pcb on it,7 dollar,5,To put components on,https://www.aliexpress.com/item/1005006221193001.html?spm=a2g0o.productlist.main.13.460e3a69bUSqmc&algo_pvid=0f968f4b-4dab-44e4-9940-d1a89bb61177&algo_exp_id=0f968f4b-4dab-44e4-9940-d1a89bb61177-12&pdp_ext_f=%7B%22order%22%3A%222%22%2C%22eval%22%3A%221%22%2C%22fromPage%22%3A%22search%22%7D&pdp_npi=6%40dis%21DKK%21129.05%2140.11%21%21%21138.24%2142.97%21%4021038df617671818425206967e2690%2112000036339815987%21sea%21DK%213871794027%21X%211%210%21n_tag%3A-29919%3Bd%3Ac5797a79%3Bm03_new_user%3A-29895%3BpisId%3A5000000198273513&curPageLogUid=TUCw4VrV8onk&utparam-url=scene%3Asearch%7Cquery_from%3A%7Cx_object_id%3A1005006221193001%7C_p_origin_prod%3A', 'aliexpress', 'listing', '1005006221193001'),  # github-index:41265167668
    ('Mosfet,G961 1A LDO,0 USD,1,To control brightness of LED strip,https://www.alldatasheet.com/datasheet-pdf/view/105493/GMT/G961-18ADJTEU.html', None, 'not-alibaba-host', None),  # github-index:41265167668
    ('|Seeed Studio XIAO BLE nRF52840|Main microcontroller and wireless chip for the mouse|1|$ 13.03|AliExpress,https://www.aliexpress.com/item/1005006988954136.html|', 'aliexpress', 'listing', '1005006988954136'),  # github-index:62787600612
    ('PRODUCT_URLS="https://www.aliexpress.com/item/1005001111111111.html,https://www.aliexpress.com/item/1005002222222222.html" pnpm crawl', 'aliexpress', 'listing', '1005001111111111'),  # github-index:4043062992
    ('            "COSRX,Snail Mucin Essence,essence,https://www.aliexpress.com/item/1005006123456789.html?spm=x,,,,,",', 'aliexpress', 'listing', '1005006123456789'),  # github-index:70870611597
    ('      |              | https://www.aliexpress.com/item/32717103110.html,https://www.aliexpress.com/item/4001172559566.html | Success                  |', 'aliexpress', 'listing', '32717103110'),  # github-index:27810392431
    ('      | 2   | Duplicate |         |                              | https://www.aliexpress.com/item/32890457085.html,https://www.aliexpress.com/item/32890457085.html', 'aliexpress', 'listing', '32890457085'),  # github-index:27285399783
    ('2,1005006,Mini Speaker,Generic,Electronics > Audio,https://img/y.jpg,https://www.aliexpress.com/item/1005006.html?spm=a2,12.5,777,SellerY,2000,150,4.6', None, 'not-alibaba-host', None),  # github-index:55332807894; notes silent: a rejection
    ('                                    <td class="form-control" id="keyword" name="keyword" placeholder="여러 상품을 동시에 검색하려면 콤마(,) 혹은 엔터로 구분하여 입력 예) https://detail.1688.com/offer/776602958006.html,https://detail.1688.com/offer/737834654023.html">{!! $keyword !!}</textarea>', '1688', 'listing', '776602958006'),  # github-index:67147177184
    ('        "1688,https://detail.1688.com/offer/111.html,CSV Tent One,NTO-CSV-1,Outdoor,12.00,1.2,US\\n"', None, 'malformed-id', None),  # github-index:68868688725
    ('        "CSV原文商品,raw-1,https://img4.jpg,5.5,https://detail.1688.com/offer/222.html,299,50,测试供应商,400\\n"', None, 'not-alibaba-host', None),  # github-index:57848452330; notes silent: a rejection
    ('    "store-loss,亏本,42.80,https://detail.1688.com/offer/222.html,,人工下架,成本过高",', None, 'malformed-id', None),  # github-index:59609089087
    ('电子元件 LED灯珠,12.50,https://detail.1688.com/offer/123456789.html,https://cbu01.alicdn.com/img/ibank/example.jpg', '1688', 'listing', '123456789'),  # github-index:49317945662
    ('Tmall=天猫,https://detail.tmall.com/item.htm?id=%s,detail,0,tmall,0,?,0,id=,0,,0', None, 'malformed-id', None),  # github-index:13679477688
    ('Taobao=淘宝,https://item.taobao.com/item.htm?id=%s,item,0,taobao,0,?,0,id=,0,,0', None, 'malformed-id', None),  # github-index:13679477688
    ('    value="便携榨汁杯,https://item.jd.com/10000001.html\\n桌面收纳盒,https://detail.tmall.com/item.htm?id=1234567890",', None, 'not-alibaba-host', None),  # github-index:53721662488
    ('Printing Pallet (55×45cm, effective area: 54×45cm) | 1 | 378 | [Taobao](https://e.tb.cn/h.7w2Qa3LXhcVOGZw?tk=GTA9UmIukJ3) / ', None, 'short-link', None),  # github-index:58723837103
    ('https://e.tb.cn/h.TBC18sl6EZKXUjL?tk=C5g5eLgyMf6HU071', None, 'short-link', None),  # github-index:24803336829
    ("        # url = 'https://e.tb.cn/h.T6GaCyg3hddqwvO?tk=KAqI3AJld5E CZ0015 「法丽兹蛇年曲奇礼盒巧克力味饼干零食糕点大礼包年礼亲戚春节送礼」'", None, 'short-link', None),  # github-index:8358666834
    ('            "1. 淘宝/天猫短链接: https://e.tb.cn/h.xxx\\n"', None, 'short-link', None),  # github-index:57354161844
    ('            "2. 淘宝/天猫完整链接: https://detail.tmall.com/item.htm?id=123456\\n"', 'tmall', 'listing', '123456'),  # github-index:57354161844
    ('- **DIY kit (all components included, pre-flashed, 40 min assembly)** — [Shanmao Robot DIY Kit](https://e.tb.cn/h.SRfKOWrlDXV4kQR?tk=atRsf1poxdZ)', None, 'short-link', None),  # github-index:55122941154
    ('  const query = "【淘宝】大促价保 https://e.tb.cn/h.RIfrvfFBTilOjfl?tk=sDuOg3Id11h MF278 「杨幂同款公牛Ai智能小晴空大路灯学习阅读专用儿童生护眼落地台灯」 点击链接直接打开 或者 淘宝搜索直接打开";', None, 'short-link', None),  # github-index:61504334183
    ('| Bewegungssteuerung | NEMA42 + TB6600 + Arduino Uno | 15.00 | https://e.tb.cn/h.7FHgkEvoo6tpKTo?tk=QYRFUPRqazE |', None, 'short-link', None),  # github-index:57837770678
    ('| 橡胶密封圈  | O 型圈、70*5(5个）                          | 按需 | [淘宝链](https://e.tb.cn/h.SwzLdCs7xnQF7FB?tk=ajRffNdG3MQ)[接](https://e.tb.cn/h.SwzLdCs7xnQF7FB?tk=ajRffNdG3MQ) | 用于轮足                             ', None, 'short-link', None),  # github-index:38735209703
    ('// nhập để "mở khóa" link rút gọn (vd https://e.tb.cn/h.xxxx) ra URL đầy', None, 'short-link', None),  # github-index:54614327483
    ('    """Finds the product id in an AliExpress link; follows short links (a.aliexpress.com/_xxx, s.click...)."""', None, 'short-link', None),  # github-index:71015377128
    ('        "https://wholesaler.alibaba.com/product-detail/"', None, 'missing-id', None),  # github-index:67631321479
    ('  const url = `https://www.lazada.co.id/products/pdp-i${itemId}.html`;', None, 'missing-id', None),  # github-index:51973609928; notes silent: a rejection
    ('        "request_url" : "https://a.m.taobao.com/i521936595284.htm?abtest=7&rn=77381d6cdbee60beb2da5572a94dac9d&sid=86bac76469600bf1055c33400835da2e",', 'taobao_or_tmall', 'listing', '521936595284'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i564486605710.htm?abtest=7&rn=4a6074dbacb2cf090d3c5eda4eb78569&sid=7e02cbc0cb26c56c040eb7bc796de10b",', 'taobao_or_tmall', 'listing', '564486605710'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i560965033839.htm?abtest=7&rn=1af8680a2c51542ba9710a7c3832c40e&sid=a6a6a362edb1d5966bae700b1f08199f",', 'taobao_or_tmall', 'listing', '560965033839'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i522023034784.htm?abtest=7&rn=969baee19c5c8a768586be0e85ff9f62&sid=881f7a0d6b517906565a90dab1b0c8d4",', 'taobao_or_tmall', 'listing', '522023034784'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i40357675564.htm?abtest=7&rn=8be98d8858df56094b3b6593db0c0d50&sid=b5c4fb979db1348b8d9869f5dd8d419f",', 'taobao_or_tmall', 'listing', '40357675564'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i549133972802.htm?abtest=7&rn=802c6e18c98227c86fc6d769c932284b&sid=309c7f17012790585969b6ac4fed72e5",', 'taobao_or_tmall', 'listing', '549133972802'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i570828018730.htm?abtest=7&rn=5f909334b3fb1a2381bd1f6268c31314&sid=05396d95e85da17723b2af9943ff82b2",', 'taobao_or_tmall', 'listing', '570828018730'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i545998776965.htm?abtest=7&rn=f9a8bfc543788c0de8b497bcae9d7b27&sid=166349a68aa11e6243926828b5c646ca",', 'taobao_or_tmall', 'listing', '545998776965'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i568924913689.htm?abtest=7&rn=86f5783ee067f672b72a7091db33031e&sid=24364bb5849b3e15653ed33b564387c1",', 'taobao_or_tmall', 'listing', '568924913689'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i573535376729.htm?abtest=7&rn=d60b203a7eaca03ac992fac1d5039e55&sid=af7c665c714bbc9514248baa77165dd4",', 'taobao_or_tmall', 'listing', '573535376729'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i575393664292.htm?abtest=7&rn=ae1bb6126a3c7041126a8d95496d19d7&sid=14a9dee93a9d14790ea67196ff933e6a",', 'taobao_or_tmall', 'listing', '575393664292'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i567586944477.htm?abtest=7&rn=e858dc288326ee32bf18cf3cc6f0c940&sid=8b6a4f4c6ae4fec9c97dafbdcd0c744a",', 'taobao_or_tmall', 'listing', '567586944477'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i554695128398.htm?abtest=7&rn=3944b91a40c94e917e572b54a6e8c72d&sid=bdb94adff21d0f602608fdca2a00d79b",', 'taobao_or_tmall', 'listing', '554695128398'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i565959911899.htm?abtest=7&rn=004fc36a857814a8be60bcffd5373950&sid=db1937159212526ccd79b17d625d6d3b",', 'taobao_or_tmall', 'listing', '565959911899'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i21041000244.htm?abtest=7&rn=fc2816e2c581e33865422ab4ca8df456&sid=c2293f008688478e1d28dd32fa9e1afd",', 'taobao_or_tmall', 'listing', '21041000244'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i559588813709.htm?abtest=7&rn=45895a7a95da6fdb573f4762d7953a79&sid=5e700a98c5f6b90eef25a910e87d6ce2",', 'taobao_or_tmall', 'listing', '559588813709'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i575894234865.htm?abtest=7&rn=0a69b5c6e6145b71f68118617505d51b&sid=b25269898b136a8af274abab7fd7bb80",', 'taobao_or_tmall', 'listing', '575894234865'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i539847740733.htm?abtest=7&rn=1955e8a3a0fbe5568a5f174b55bec858&sid=9c883dc77d8185b33245eca1747cd388",', 'taobao_or_tmall', 'listing', '539847740733'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i562254580703.htm?abtest=7&rn=f8db820914a0bb4e0df2ec6556910553&sid=d5a59c210d64f934c319a7b262f0efb9",', 'taobao_or_tmall', 'listing', '562254580703'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i558488381793.htm?abtest=7&rn=ac69a6bb1378e498242ea90fbf7dc505&sid=257d3ed8cb38e0a38cc8295112decc4f",', 'taobao_or_tmall', 'listing', '558488381793'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i574219139614.htm?abtest=7&rn=dd6792b13a284cf967b8968686d65a9d&sid=29fcdec6995ac26b00939d084ff4ed70",', 'taobao_or_tmall', 'listing', '574219139614'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://a.m.taobao.com/i524386751145.htm?abtest=7&rn=86e41241feb5f687bff2dde123742b61&sid=66a971a27348d1684f032b83b7732ea3",', 'taobao_or_tmall', 'listing', '524386751145'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=542858839834&abtest=7&rn=4bb4d8e28f1e22ed17ddf1061fb2bab3&sid=b03d52f8eb408e2f836d8e07ac7c14af",', 'tmall', 'listing', '542858839834'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=564586180363&abtest=7&rn=16567c4ca0a7953b12df989ffd9b35d9&sid=1638490b45c6480e9c6ac480702b937e",', 'tmall', 'listing', '564586180363'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=544556661182&abtest=7&rn=417ea1c2095358d51ea225f995a546e9&sid=5568d446edace3f320120791b6ee93b6",', 'tmall', 'listing', '544556661182'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=532239940824&abtest=7&rn=6535ccfcaf51c9cfc7474f43159bcea2&sid=75e19a075547fcc6f241a022a901f0f0",', 'tmall', 'listing', '532239940824'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=555947173615&abtest=7&rn=549f521f0f27edc9af216dc8ebc3ed13&sid=714a2cb0a51596f7f8f46e3fe1c1dfee",', 'tmall', 'listing', '555947173615'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=570869506412&abtest=7&rn=791824f31a7d5b0d91f0696d281d04f8&sid=0be0dd9423a3621afcf7153c023f250f",', 'tmall', 'listing', '570869506412'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=569571303839&abtest=7&rn=1506fe70d726495c73ed3989c5369235&sid=8a545c8b8f9a31e70b5732096adc6a61",', 'tmall', 'listing', '569571303839'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=570262309604&abtest=7&rn=c2334f06c4a8d3fdba3a847a23b6d744&sid=ae998ad94347c9b5fc0349bd30f2ca19",', 'tmall', 'listing', '570262309604'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=559306833782&abtest=7&rn=bb3993f2fd4a9d628956a12a315ff26c&sid=08064a65718dc4562a2577c135c1d448",', 'tmall', 'listing', '559306833782'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=556707408047&abtest=7&rn=8e6d77ae50f2974704d7cbac79decb02&sid=52ad07245a5ad0548ac6e0cd4c613748",', 'tmall', 'listing', '556707408047'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=574933761209&abtest=7&rn=cbaaae53c61cf8879699a497e69ec07e&sid=0bb5ca4f73d8b9e0e909122f6123ce51",', 'tmall', 'listing', '574933761209'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=565174179720&abtest=7&rn=a183f0c60fbe9fc694df12ba555a61c9&sid=bb6077732696d70a63ce99c5f593bfd6",', 'tmall', 'listing', '565174179720'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=45700377730&abtest=7&rn=dfc72467c55f40d906ba2de15e2aeea6&sid=d35c265d9f0fb0b35e61647e7f142033",', 'tmall', 'listing', '45700377730'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=568380148217&abtest=7&rn=3231e7dcc31acccdb9c641d5a2f3f786&sid=c1b8f1b17453a8ddb45405992b97d57e",', 'tmall', 'listing', '568380148217'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=42218574081&abtest=7&rn=82e79edffd187dd88fa26034b5acbf07&sid=3a36078908367130f5334864f94aa1dd",', 'tmall', 'listing', '42218574081'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=571249859831&abtest=7&rn=23c01c6ca4febdfd36325a5c4116e220&sid=e43b19281659b40278348166a21f22ef",', 'tmall', 'listing', '571249859831'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=539831347311&abtest=7&rn=08dc6972522c00583d5748c34244d5f1&sid=4db04130f2cd743e43c5a1d1218df665",', 'tmall', 'listing', '539831347311'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.com/item.htm?id=557437509419&abtest=7&rn=7d551a3232d2a7f9aa479bafd6019a02&sid=cae637469fbf4c5efb5fa32abcc51ac0",', 'tmall', 'listing', '557437509419'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=564028835701",', 'tmall_global', 'listing', '564028835701'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=549474947358",', 'tmall_global', 'listing', '549474947358'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=545560773085",', 'tmall_global', 'listing', '545560773085'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=558032059256",', 'tmall_global', 'listing', '558032059256'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=551051774552",', 'tmall_global', 'listing', '551051774552'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=536839755447",', 'tmall_global', 'listing', '536839755447'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=560199903129",', 'tmall_global', 'listing', '560199903129'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=14954747847",', 'tmall_global', 'listing', '14954747847'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=538857208954",', 'tmall_global', 'listing', '538857208954'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://detail.tmall.hk/item.htm?id=572906631139",', 'tmall_global', 'listing', '572906631139'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=45316662518",', 'taobao', 'listing', '45316662518'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=522196456426",', 'taobao', 'listing', '522196456426'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=573375246135",', 'taobao', 'listing', '573375246135'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=525373707255",', 'taobao', 'listing', '525373707255'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=535555886444",', 'taobao', 'listing', '535555886444'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=556134186009",', 'taobao', 'listing', '556134186009'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=521955802853",', 'taobao', 'listing', '521955802853'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=544519221286",', 'taobao', 'listing', '544519221286'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=521002227817",', 'taobao', 'listing', '521002227817'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=558813018061",', 'taobao', 'listing', '558813018061'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=548375861159",', 'taobao', 'listing', '548375861159'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=542352624974",', 'taobao', 'listing', '542352624974'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=563700882020",', 'taobao', 'listing', '563700882020'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://item.taobao.com/item.htm?id=559576007452",', 'taobao', 'listing', '559576007452'),  # cheonsoo/MANSOO_LAB:test/test4.js
    ('        "request_url" : "https://mclick.simba.taobao.com/cc_im?p=Dr.Jart&s=752442065&k=665&e=GQqDOcjrAnkmmyEGERphJAKHa5fMTEVFZEolw68U0rvR0LTlA%2FB7s1ctyyHpGPrf8LBEi3lINM4m8MPaeDO4Yz%2B0ltMAvt1TTBSaG37eLg1LigqUBlkcSBhjwZ%2FThh2sWk2sAy6I6Sr4hGGraB3cpdSOvQyhbr7D0wEJgKFnzOCkF4bCiUuBq5So%2Fsxo8YCZCRUiBKPGJogDpncu7itr6Lr5wkxL2%2B%2FWPEbffJYzZF442okaJEiJNMKPVJe1sgzum9gAIvTl7cITInwFL8VCDjPyACe%2BY1l5J7oWVBSoLOaVpOKYl%2BxcuqxuFww%2B0GrLMQC7Oz5eC%2BrqgAVoy8Ne56y4Sn65Q3%2FUT%2FbE8mRKfGA59v%2Bg4w3KoY%2FNW%2BfATZTSXnyB7dfV%2FRfWus%2BrKJJO0iLiHxHS6o9wGN0q86pn%2BVTSDZKrqDhPaP8AgapTJjlP878AFtcabmz%2Bh9%2BtKT%2FjBUL9ECdUevg7N3dd%2B%2BaaksdkAYk77wWc8CfCGcmVZt15rvHplihRQYCVbdUI5Nd7oiglZrNJhw4TRdPDRzlrfcFw2kFM%2BN7NNMYPNODMFNDtZiVGCGambeKTVEiiqftknztKXuucJ0MaC2eac9EP%2BFBPS4JSGmdkLQyZxDcUp6Q8cKk87holUHbk5ZFC2131wQ%3D%3D",', None, 'not-a-listing', None),  # cheonsoo/MANSOO_LAB:test/test4.js; notes silent: a rejection
]  # fmt: skip

ALL = SERVICE + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(
    "host",
    [
        # Taobao (home-page navigation data, github-index:26798306612, :27460529207)
        "top.taobao.com", "tce.taobao.com", "ald.taobao.com", "tui.taobao.com",
        "baike.taobao.com", "xue.taobao.com", "hi.taobao.com", "88vip.taobao.com",
        "chi.taobao.com", "star.taobao.com", "daren.taobao.com", "ka.taobao.com",
        # Tmall (its site map, github-index:38024205108, :37184138750), also as mobile hosts
        "mei.tmall.com", "3c.tmall.com", "nvzhuang.tmall.com", "yao.tmall.com",
        "car.tmall.com", "book.tmall.com", "mei.m.tmall.com", "yao.m.tmall.com",
        # 1688 channels (github-index:56775148980) and AliExpress services
        "factory.1688.com", "home.1688.com", "info.1688.com", "top.1688.com",
        "inbusiness.aliexpress.com", "coupon.aliexpress.com",
        # 1688's site map and home-page category menu (github-index:46109040556, :25640520498)
        "auto.1688.com", "enjoy.1688.com", "jia.1688.com", "mei.1688.com", "3c.1688.com",
        "jd.1688.com", "steel.1688.com", "tgc.1688.com", "114.1688.com", "xian.1688.com",
        "toutiao.1688.com",
    ],
)  # fmt: skip
def test_service_hosts_are_no_storefronts(host: str) -> None:
    """Named in a real source as a service, not a shop."""
    assert_service_host(host)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://uniqlo.tmall.com/", ("tmall", "storefront", "uniqlo")),
        ("https://weactstudio.taobao.com", ("taobao", "storefront", "weactstudio")),
        ("https://lyb2528.taobao.com/index.htm", ("taobao", "storefront", "lyb2528")),
        ("https://shop118454188.taobao.com/", ("taobao", "storefront", "118454188")),
        ("https://joinsun.1688.com/", ("1688", "storefront", "joinsun")),
        ("https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560",
         ("tmall", "storefront", "zuiqingfeng")),
        ("https://weactstudio.aliexpress.com/", ("aliexpress", "storefront", "weactstudio")),
    ],
)  # fmt: skip
def test_real_vanity_stores_stay_stores(
    url: str, expected: tuple[str | None, str, str | None]
) -> None:
    """The service labels never take a real shop (listing-urls.md's own store examples)."""
    assert answer(url) == expected


_IDS = st.integers(10**8, 10**13 - 1).map(str)
_MARKUP = st.sampled_from(["<br>", "<br/>", '"', "</td>", "`", "<", "[/url]", ">"])
_KEYED = st.sampled_from(
    [
        ("https://item.taobao.com/item.htm?id=", "id"),
        ("https://detail.tmall.com/item.htm?spm=a1z10&id=", "id"),
        ("https://detail.tmall.hk/hk/item.htm?id=", "id"),
        ("https://h5.m.goofish.com/item?itemId=", "itemId"),
        ("item.taobao.com/item.htm?item_id=", "item_id"),
        ("https://detail.m.1688.com/page/index.htm?offerId=", "offerId"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(_KEYED, _IDS, _IDS, _MARKUP, st.sampled_from(["", "&x=", "&spm=a"]),
       st.sampled_from(["", "see ", "- ", "淘宝 "]))  # fmt: skip
def test_an_id_past_glued_markup_is_never_lost(
    keyed: tuple[str, str], first: str, second: str, markup: str, between: str, before: str
) -> None:
    """``…?id=1&x=<br>&id=2``: markup glued to a link cuts it short, but when its query goes
    on past the markup with another value of the id parameter the entry holds two ids and is
    ``conflicting-ids``, as ``…?id=1&id=2`` is; never listing 1 alone. The same id again is
    still the listing."""
    link, key = keyed
    text = f"{before}{link}{first}{between}{markup}&{key}={second}"
    if first != second:
        assert answer(text) == (None, "conflicting-ids", None), text
    again = f"{before}{link}{first}{between}{markup}&{key}={first}"
    assert answer(again)[1:] == ("listing", first), again
    assert parse_listing(text) == parse_slowly(text)


_LISTED = [
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://detail.1688.com/offer/585943639773.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=612345678901",
    "https://www.lazada.co.th/products/pdp-i4212266679.html",
    "https://m.1688.com/offer/534408278560.html",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LISTED), st.sampled_from(_LISTED), st.sampled_from(
    ["", "SKU-1,", "2021/8/24,1,title,shop,", "see ", '"', "名称,"]),
    st.sampled_from(["", ",title,12.5", ",https://img.alicdn.com/x.jpg,2", '"']))  # fmt: skip
def test_links_joined_by_commas_read_as_cells(
    first: str, second: str, before: str, after: str
) -> None:
    """A CSV row or a comma-separated list of links: the first link's answer, and the other
    listing is reported (``other_listings``), as for links joined by a space. (A comma after
    a query's id stays the query's, ``?id=1,2``: ``…?id=606832683299,title`` is refused.)"""
    text = f"{before}{first},{second}{after}"
    read = parse_listing(text)
    assert answer(text) == answer(first), text
    assert isinstance(read, Listing)
    last = parse_listing(second + after)  # a query's id with a cell glued on is refused
    if isinstance(last, Listing) and last.identity != read.identity:
        assert other_listings(text, read) == [second], text
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SAMPLE_LINKS))
def test_a_comma_inside_a_query_is_the_querys(link: str) -> None:
    """A comma not before a scheme nor after a path's ``.html`` stays in the link
    (``?sku=1,2``): the listing is unchanged."""
    glue = "&" if "?" in link else "?"
    assert answer(f"{link}{glue}sku=1,2,3")[1:] == answer(link)[1:]


@pytest.mark.parametrize(
    "url",
    ["https://aliexpress.ru/e/_DlqL7xV", "aliexpress.ru/e/_oFLG2xE", "https://www.aliexpress.ru/e/_abc"],
)  # fmt: skip
def test_aliexpress_russia_share_links_are_short_links(url: str) -> None:
    """``aliexpress.ru/e/_…`` is AliExpress Russia's share link (real bots list it with
    ``a.aliexpress.com/_…`` and ``s.click.aliexpress.com/e/_…``): a short link, never read."""
    assert answer(url) == (None, "short-link", None)


@pytest.mark.parametrize(
    ("url", "suggestion"),
    [
        ("https://www.lazada.sg/-i1884392091-s10044238042.html",
         "https://www.lazada.sg/products/pdp-i1884392091.html"),
        ("https://www.lazada.sg/-i202532947-s304827401.html?urlFlag=true&mp=1",
         "https://www.lazada.sg/products/pdp-i202532947.html"),
    ],
)  # fmt: skip
def test_lazada_api_product_urls_are_unverified(url: str, suggestion: str) -> None:
    """The product URL Lazada's seller and order APIs return has no ``/products/`` (§7 calls
    such forms unverified): refused, with the canonical link offered rather than read."""
    result = parse_listing(url)
    assert result.code == "not-a-listing"
    assert result.suggestion == suggestion
    assert "unverified" in (result.reason or "")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["s.taobao.com/search", "cart.taobao.com/", "login.taobao.com/",
    "shop123.taobao.com/", "example.com/a", "mei.tmall.com/", "top.taobao.com/x"]),
    st.sampled_from(_LISTED), st.sampled_from(["", ",title,12.5", ",https://img.alicdn.com/x"]))  # fmt: skip
def test_links_joined_by_commas_read_the_same_every_time(
    first: str, second: str, after: str
) -> None:
    """A scheme-less link before a comma and another link: the answer does not depend on
    whether the host was seen before (the cache of hosts with no listing form answered a
    host's second sighting with the whole row as its path: 'cart.taobao.com/,https://…')."""
    text = f"{first},{second}{after}"
    answers = [parse_listing(text) for _ in range(3)]
    assert answers[0] == answers[1] == answers[2] == parse_slowly(text), text
