"""Sweep urls26 of real listing URLs (notes in /work/notes/sweep-urls26.md): inputs found in
public code (``github-index:N``) that no earlier table holds (none of its inputs, nor the first 50
characters of the first link of any), with the answer listing-urls.md requires.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_22.py. ``FIXED`` holds
the real inputs that failed before this sweep's fixes, with constructed rows and controls:

1. a store's host with a language label after the store's own (``miyoo.nl.aliexpress.com/store/
   group/…/912663639_….html``, ``topmall.pt.aliexpress.com``; section 6 store pages, as
   ``<lang>.aliexpress.com`` is for ``www``) was not-a-listing: it is the storefront;
2. a placeholder holding a dotted expression where a label should be
   (``https://${requestedShopId.trim()}.1688.com/…``) was a lookalike host: it is a template, as
   ``${shop}.1688.com`` is (not-a-url);
3. a ``///`` doc comment's marker glued to its word (``///content  "https://item.taobao.com/…"``,
   C#) was read as a link with no host (not-a-url): it is no link, so the text's link is read
   (section 0: the first ``https?://`` token);
4. a country's Taobao World site (``sg.world.taobao.com``, ``my.``, ``vn.``: pages titled "Taobao
   Singapore", "Taobao Malaysia") was read as a vanity store: its ``/item/N.htm`` is the World
   item form of section 1 (``taobao_or_tmall``), its home page is no store.

"notes silent" marks a form listing-urls.md does not name: the answer kept is the earlier
tables' reading.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import notes_canonical, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.hosts import RESERVED_LABELS
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('    let storeDoc = HtmlDocument.Load("https://miyoo.nl.aliexpress.com/store/group/Handheld-Game-Console/912663639_10000003620340.html?spm=a2g0o.store_pc_home.pcShopHead_6001952523151', 'aliexpress', 'storefront', '912663639'),  # github-index:8975655590; fix 1: a store's host with a language label (section 6 store sub-page); was not-a-listing
    ('url = "https://topmall.pt.aliexpress.com/store/group/Brazil-stock/527978_509576539.html"', 'aliexpress', 'storefront', '527978'),  # github-index:35132197355; fix 1; was not-a-listing
    ('https://miyoo.nl.aliexpress.com/store/912663639', 'aliexpress', 'storefront', '912663639'),  # derived from github-index:8975655590; fix 1: the store's own page (section 6); was not-a-listing
    ('https://miyoo.nl.aliexpress.com/store/feedback-score/912663639.html', 'aliexpress', 'storefront', '912663639'),  # derived from github-index:8975655590; fix 1 (section 6 store sub-page); was not-a-listing
    ('https://topmall.pt.aliexpress.com/store/527978?spm=a2g0o.detail', 'aliexpress', 'storefront', '527978'),  # derived from github-index:35132197355; fix 1; was not-a-listing
    ('https://login.nl.aliexpress.com/store/912663639', None, 'not-a-listing', None),  # constructed control; a service label is no store, also before a language label (unchanged)
    ('https://miyoo.nld.aliexpress.com/store/912663639', None, 'not-a-listing', None),  # constructed control; a label of three letters is no language (unchanged)
    ('https://a.b.nl.aliexpress.com/store/912663639', None, 'not-a-listing', None),  # constructed control; two labels before the language (unchanged)
    ('https://miyoo.nl.aliexpress.com/', None, 'not-a-listing', None),  # derived from github-index:8975655590; notes silent on a vanity root under a language host: kept as it was (not-a-listing)
    ('        ? `https://${requestedShopId.trim()}.1688.com/page/offerlist.htm`', None, 'not-a-url', None),  # github-index:51775524235; fix 2: a placeholder holding a dotted expression is a template (as ${shop}.1688.com is); was lookalike-host
    ('https://${a.b}.taobao.com/', None, 'not-a-url', None),  # constructed from github-index:51775524235; fix 2; was lookalike-host
    ('https://{row.domain}.tmall.com/shop/view_shop.htm', None, 'not-a-url', None),  # constructed from github-index:51775524235; fix 2; was lookalike-host
    ('https://${a.b}.evil.example/', None, 'not-alibaba-host', None),  # constructed control; another host (unchanged)
    ('        ///content  "https://item.taobao.com/item.htm?id=610638877760",', 'taobao', 'listing', '610638877760'),  # github-index:13612944953; fix 3: a /// doc comment's word is no link; the text's link is read (section 0); was not-a-url "no host"
    ('///summary https://detail.tmall.com/item.htm?id=610638877760', 'tmall', 'listing', '610638877760'),  # constructed from github-index:13612944953; fix 3; was not-a-url
    ('////x https://item.taobao.com/item.htm?id=610638877760', 'taobao', 'listing', '610638877760'),  # constructed from github-index:13612944953; fix 3; was not-a-url
    ('///content', None, 'not-a-url', None),  # constructed control; no link at all (unchanged code)
    ('///item.taobao.com/item.htm?id=610638877760', None, 'not-a-url', None),  # constructed control; slashes before a host: no host (unchanged)
    ('//TODO https://item.taobao.com/item.htm?id=610638877760', 'taobao', 'listing', '610638877760'),  # constructed control; a // comment word (unchanged)
    ('        {"url": "https://sg.world.taobao.com/item/743454450733.htm", "title": "【慢性咽喉套餐】好分贝-Taobao Singapore", "snippet": "已经用了2瓶了', 'taobao_or_tmall', 'listing', '743454450733'),  # github-index:57480498072; fix 4: the World item form on a country's World site (section 1); was not-a-listing (a page of a store "sg")
    ('        {"url": "https://my.world.taobao.com/item/643417317082.htm", "title": "好分贝口腔咽喉喷雾剂-Taobao Malaysia", "snippet": "成人润喉喷雾', 'taobao_or_tmall', 'listing', '643417317082'),  # github-index:57480498072; fix 4; was not-a-listing
    ('| 2040 300 Aluminum extrusions                | 2   | 20.18            | 5.65              | [CNC D Prin...-Taobao Singapore](https://sg.world.taobao.com/item/682065534894.htm)', 'taobao_or_tmall', 'listing', '682065534894'),  # github-index:19192359333; fix 4; was not-a-listing
    ("        link: 'https://sg.world.taobao.com/item/772946102439.htm',", 'taobao_or_tmall', 'listing', '772946102439'),  # github-index:11137301173; fix 4; was not-a-listing
    ('- CPU fan: ["Generic ITAI CPU fan"](https://vn.world.taobao.com/item/MllMQmd1VHpiNzRRMjhCWXJwVEZZQT09.htm).Turns out it is a **generic 115X heatsink*', None, 'malformed-id', None),  # github-index:40787999336; fix 4: the World item page, its id an opaque token, not a number (section 1 ids are decimal); was not-a-listing
    ('[4](https://vn.world.taobao.com/item/TnJIS1pMc2g3cWQ0QmFaUFhvUkxZdz09.htm)', None, 'malformed-id', None),  # github-index:6067270956; fix 4; was not-a-listing
    ('              href="https://sg.world.taobao.com"', None, 'not-a-listing', None),  # github-index:12412013505; fix 4: Taobao Singapore's home page, no store named "sg" (section 11: home pages); was storefront sg
    ('https://sg.world.taobao.com/item/743454450733.htm?id=743454450734', None, 'conflicting-ids', None),  # constructed from github-index:57480498072; fix 4: the path's id and the query's disagree (section 0: conflicting ids); was not-a-listing
    ('https://runcam.world.taobao.com', 'taobao', 'storefront', 'runcam'),  # constructed control from listing-urls.md section 1; a vanity World store (unchanged)
    ('https://runcam.world.taobao.com/item/743454450733.htm', None, 'not-a-listing', None),  # constructed control; a page of a vanity World store (unchanged)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('    `https://he.aliexpress.com/item/${id}.html?spm=a2g0o.detail&gatewayAdapt=glo2isr`,', None, 'missing-id', None),  # github-index:54906395375
    ("  if(id) urls.push('https://www.aliexpress.com/item/'+id+'.html?gatewayAdapt=glo2deu', 'https://www.aliexpress.com/i/item/'+id+'.html', 'https://m.aliexpress.com/item/'+id+'.html');", None, 'missing-id', None),  # github-index:70081737187
    ('        //url = "https://detail.tmall.hk/hk/item.htm?id=565907350514&spm=a223v.7835278.t0.1.7b902312fjYghl&pvid=0ec3778d-cb87-4023-aa65-22e47adec164&scm=1007.12144.81309.9011_8949&utparam={%', 'tmall_global', 'listing', '565907350514'),  # github-index:31580023729
    ('                      <li><a href="http://www.tmall.hk/">天猫国际</a></li>', None, 'not-a-listing', None),  # github-index:37849986589; a home page (section 11)
    ('        NSString * url1 = @"m.tmall.hk";', None, 'not-a-url', None),  # github-index:28386608134
    ('                html = "<a href=\\"https://bcbgmaxazria.tmall.hk/p/rd397317.htm?spm=a1z10.1-b.w10842440-12684248065.9.IvnNih\\">";', None, 'not-a-listing', None),  # github-index:39920423899; a page of a store, not its storefront link (as the earlier tables read store sub-pages)
    ('<li><a href="http://vip.tmall.com/vip/index.htm?spm=3.7346457.a2228ix.13">会员积分</a></li>', None, 'not-a-listing', None),  # github-index:37849986589; a membership page (section 11)
    ("    await searchStringParser('https://qr.1688.com/share.html?secret=0H9TOj6I'),", None, 'short-link', None),  # github-index:12288034918; section 10: a 1688 share link cannot be resolved offline
    ('        "zh": "可以粘贴完整 1688 分享文本，例如：复制口令并打开手机阿里查看：https://qr.1688.com/s/...",', None, 'short-link', None),  # github-index:55265946915; section 10: a 1688 share link cannot be resolved offline
    ("      'https://m.tb.cn/h.hZH53PB?tk=SBeXVJMVxap', // Xianyu mobile", None, 'short-link', None),  # github-index:17249269663; section 10: a Taobao/Tmall/Xianyu share link cannot be resolved offline
    ("      'https://e.tb.cn/h.hZH5WmfaS8hKKDC?tk=H0QDVJMVmMe', // Taobao mobile", None, 'short-link', None),  # github-index:17249269663; section 10: a Taobao share link cannot be resolved offline
    ("      'https://qr.1688.com/s/Oe9AAOMO', // 1688 mobile", None, 'short-link', None),  # github-index:17249269663; section 10: a 1688 share link cannot be resolved offline
    ("    variantName: '薄荷綠', sku: '1040160-1', referenceUrls: ['https://qr.1688.com/s/example']", None, 'short-link', None),  # github-index:60298915843; section 10: a 1688 share link cannot be resolved offline
    ('        "https://m.1688.com/offer/abc.html",', None, 'malformed-id', None),  # github-index:63254463778
    ('        "https://www.1688.com/offer/1.html",', None, 'not-a-listing', None),  # github-index:63254463778; notes silent: www.1688.com serves no listing form (section 12 lists detail. and m.); the parser: not a listing page
    ('        "https://1688.com/offer/1.html",', None, 'not-a-listing', None),  # github-index:63254463778; notes silent: the bare 1688.com serves no listing form (section 12); the parser: not a listing page
    ('        "https://qr.1688.com/share/xyz",', None, 'short-link', None),  # github-index:63254463778; section 10: a 1688 share link cannot be resolved offline
    ('            "- Direct URL: \'https://detail.tmall.com/item.htm?id=881280651752\'\\n"', 'tmall', 'listing', '881280651752'),  # github-index:10557912052
    ('            "- Short link: \'https://e.tb.cn/h.xxx\'\\n"', None, 'short-link', None),  # github-index:10557912052; section 10: a Taobao share link cannot be resolved offline
    ('            "- Share text: \'【淘宝】product https://e.tb.cn/h.xxx\'"', None, 'short-link', None),  # github-index:10557912052; section 10: a Taobao share link cannot be resolved offline
    ('        ("https://h5.m.taobao.com/awp/core/detail.htm?id=345678", True),', 'taobao_or_tmall', 'listing', '345678'),  # github-index:61580632941
    ('        ("https://item.taobao.com.evil.test/item.htm?id=123456", False),', None, 'lookalike-host', None),  # github-index:61580632941; section 11: a marketplace host used as a subdomain
    ('        ("http://item.taobao.com/item.htm?id=123456", False),', 'taobao', 'listing', '123456'),  # github-index:61580632941
    ('https://mobile.yangkeduo.com/goods.html?ps=Bo90h8nXsj', None, 'not-alibaba-host', None),  # github-index:40778114796; Pinduoduo: not on the section 12 list of hosts
    ("('零食大礼包送女友一箱整箱好吃的休闲小吃组合混合装生日吃货进口', 'https://item.taobao.com/item.htm?id=528296696972', 116, 286692),", 'taobao', 'listing', '528296696972'),  # github-index:37533214847
    ('* [3、LM2596多路开关电源 3.3V/5V/12V/ADJ可调电压输出 电源模块](https://item.taobao.com/item.htm?id=525275474884&_u=t2dmg8j26111)', 'taobao', 'listing', '525275474884'),  # github-index:31340252207
    ('                href:"//item.taobao.com/item.htm?id=522575299272&amp;scene=taobao_shop",', 'taobao', 'listing', '522575299272'),  # github-index:33953099537
    ('* 调试口 (选择 4P弯针) https://item.taobao.com/item.htm?id=522574977704', 'taobao', 'listing', '522574977704'),  # github-index:7824913968
    ('        "url": "https://item.taobao.com/item.htm?id=520123456",', 'taobao', 'listing', '520123456'),  # github-index:52325327702
    ('    private static String url = "https://item.taobao.com/item.htm?id=522629899293";', 'taobao', 'listing', '522629899293'),  # github-index:21223274402
    ('// https://item.taobao.com/item.htm?id=523336310868', 'taobao', 'listing', '523336310868'),  # github-index:38492290982
    ('            "https://item.taobao.com/item.htm?id=544824248494&skuId=4974994129990",', 'taobao', 'listing', '544824248494'),  # github-index:56722571040
    ('"https://item.taobao.com/item.htm?id=544849544585&ns=1&abbucket=6#detail",', 'taobao', 'listing', '544849544585'),  # github-index:21896695202
    ('  - [逻辑分析仪](https://item.taobao.com/item.htm?id=549493689933)', 'taobao', 'listing', '549493689933'),  # github-index:33605334030
    ('  - [红外发射模块](https://item.taobao.com/item.htm?id=26096060107)', 'taobao', 'listing', '26096060107'),  # github-index:33605334030
    ('- 商品链接：https://item.taobao.com/item.htm?id=542608922284', 'taobao', 'listing', '542608922284'),  # github-index:47669603969
    ('https://item.taobao.com/item.htm?id=545353968123', 'taobao', 'listing', '545353968123'),  # github-index:29688965084
    ('     *                                                     "detail_url":"//item.taobao.com/item.htm?id=543467091300"},', 'taobao', 'listing', '543467091300'),  # github-index:4082255266
    ('                "TaobaoUrl":"https://item.taobao.com/item.htm?id=5559792217265"', 'taobao', 'listing', '5559792217265'),  # github-index:36365466493
    ("            # 'referer': 'https://item.taobao.com/item.htm?id=555635098639',", 'taobao', 'listing', '555635098639'),  # github-index:30770472134
    ("// if(RStringUtil::checkUrl('http://item.taobao.com/item.htm?id=553582995153我的是的')){", 'taobao', 'listing', '553582995153'),  # github-index:25303715129
    ("     u'item_url': u'http://item.taobao.com/item.htm?id=553843147688',  # 链接", 'taobao', 'listing', '553843147688'),  # github-index:4702072663
    ('data-href="//item.taobao.com/item.htm?id=552807369048&amp;ns=1&amp;abbucket=4', 'taobao', 'listing', '552807369048'),  # github-index:13594713689
    ('        var taobaoUrl="https://item.taobao.com/item.htm?id=550725086992";', 'taobao', 'listing', '550725086992'),  # github-index:420961932
    ("    taobaoLink: 'https://item.taobao.com/item.htm?id=557654225616',", 'taobao', 'listing', '557654225616'),  # github-index:38843610058
    ('//https://item.taobao.com/item.htm?id=568150899908', 'taobao', 'listing', '568150899908'),  # github-index:12206549622
    ('//        String str = "http://item.taobao.com/item.htm?id=569631238615";', 'taobao', 'listing', '569631238615'),  # github-index:41706787423
    ('- [cuav taobao](https://item.taobao.com/item.htm?id=565380634341&spm=2014.21600712.0.0)', 'taobao', 'listing', '565380634341'),  # github-index:357549854
    ('https://item.taobao.com/item.htm?id=561964949540', 'taobao', 'listing', '561964949540'),  # github-index:37472940327
    (' ItemUrl = "http://item.taobao.com/item.htm?id=568378679065";', 'taobao', 'listing', '568378679065'),  # github-index:15465948132
    ('| 9 | 光流线束 | 4P 双头反向线，长 60 mm；接口及引脚定义须匹配模块 | 1 | [商品页](https://item.taobao.com/item.htm?id=561435308484) |', 'taobao', 'listing', '561435308484'),  # github-index:71472606898
    ("# req.url='https://item.taobao.com/item.htm?id=567873872517'", 'taobao', 'listing', '567873872517'),  # github-index:26811651119
    ("req.url = 'https://s.click.taobao.com/t?e=m%3D2%26s%3D8F43%2BjiTfWMcQipKwQzePOeEDrYVVa64lwnaF1WLQxlyINtkUhsv", None, 'short-link', None),  # github-index:26811651119; notes silent: Taobao's affiliate redirect, read as a short link as the earlier tables do
    ("numTid='https://item.taobao.com/item.htm?id=560034535843'", 'taobao', 'listing', '560034535843'),  # github-index:44255359634
    ('"https://item.taobao.com/item.htm?id=576815286685&ns=1&abbucket=6#detail"])', 'taobao', 'listing', '576815286685'),  # github-index:39908425522
    ('    private static final String url = "https://detail.tmall.com/item.htm?id=551934729505";', 'tmall', 'listing', '551934729505'),  # github-index:21190759699
    ('    # url = "https://item.taobao.com/item.htm?spm=a219r.lmn002.14.174.6f516358W81jq9&id=562441235623&ns=1&a', 'taobao', 'listing', '562441235623'),  # github-index:8980863799
    ("    url = 'http://a.m.tmall.com/i{}.htm'.format(itemid)", None, 'not-a-listing', None),  # github-index:24092916058; notes silent on a.m.tmall.com; kept as test_review24 reads it (not a listing page)
    ('    test: startsWith("http://a.m.tmall.com/i"),', None, 'not-a-listing', None),  # github-index:49154047274; notes silent on a.m.tmall.com; kept as test_review24 reads it (not a listing page)
    ('| I2S         | 5.28 | [1688-1](https://detail.1688.com/offer/521867761713.html?spm=a26352.13672862.offerlist.6.64eeec4fXEQGs6) |', '1688', 'listing', '521867761713'),  # github-index:41025760330
    ("    html = getHtml('https://detail.1688.com/offer/528506897951.html')", '1688', 'listing', '528506897951'),  # github-index:22360269680
    ('天风能能源有限公司，逆变器：https://detail.1688.com/offer/1230366789.html [工厂，定制贴牌]\\n广州科士达太阳能并网逆变器3/4/5kw https://detail.1688.com/offer/524574013771.html\\n深圳市晶硕电气科技', '1688', 'listing', '1230366789'),  # github-index:1520413909
    ('广州科士达太阳能并网逆变器3/4/5kw https://detail.1688.com/offer/524574013771.html\\n深圳市晶硕电气科技，太阳能离网并网逆变器 ：https://jingshuosolar.1688.com/page/offerlist_82984062_675858', '1688', 'listing', '524574013771'),  # github-index:1520413909; section 4: a store's offer list names its store
    ('深圳市晶硕电气科技，太阳能离网并网逆变器 ：https://jingshuosolar.1688.com/page/offerlist_82984062_675858', '1688', 'storefront', 'jingshuosolar'),  # github-index:1520413909; section 4: a store's offer list names its store
    ("                            'https://detail.1688.com/offer/526377951832.html?sitename=accessory&sku=SP_800010',", '1688', 'listing', '526377951832'),  # github-index:45242944460
    ('    {"url": "https://detail.1688.com/offer/520537149440.html", "category": "cosmetics"},', '1688', 'listing', '520537149440'),  # github-index:54028508163
    ("# url = 'https://detail.1688.com/offer/521394873283.html?spm=0.0.0.0.aVtADK'", '1688', 'listing', '521394873283'),  # github-index:8635079830
    ("      sourceUrl: 'https://detail.1688.com/offer/607635921546.html',", '1688', 'listing', '607635921546'),  # github-index:70112934875
    ("    ['https://detail.1688.com/offer/607635921546.html?spm=x#fragment', '1688'],", '1688', 'listing', '607635921546'),  # github-index:70466330180
    ('    "https://detail.1688.com/offer/609060377631.html",', '1688', 'listing', '609060377631'),  # github-index:52885804246
    ('        "source_url": "https://detail.1688.com/offer/606060606.html",', '1688', 'listing', '606060606'),  # github-index:71018053357
    ("            targetUrl: 'detail.1688.com/offer/602752160064.html?spm=a260j.12536015.jr601u7p.2.145d700eMEM6by',", '1688', 'listing', '602752160064'),  # github-index:28704630481
    ('    assert cands[0]["url"] == "https://detail.1688.com/offer/607946799976.html"', '1688', 'listing', '607946799976'),  # github-index:60232092003
    ("'配毛衣大衣单排扣复古气质小碎花长袖雪纺衬衫连衣裙女厂家直销', 'https://detail.1688.com/offer/606477210801.html?spm=a262eq.12572798.jsczf959.2.11802fb1sM3Iqf', 'https://cbu01.alicdn.com/img/ibank/", '1688', 'listing', '606477210801'),  # github-index:6785474149
    ('    url = "https://detail.1688.com/offer/609640207222.html"', '1688', 'listing', '609640207222'),  # github-index:38906019241
    ("                'detail_url' => 'https://detail.1688.com/offer/609733994005.html',", '1688', 'listing', '609733994005'),  # github-index:56862291886
    ('1 x 3.5mm Stereo Audio Jack Socket [AliExpress](https://vi.aliexpress.com/item/4001057731020.html)  ', 'aliexpress', 'listing', '4001057731020'),  # github-index:25075938488
    ('6mm rigid flange coupler  | 2 | [AliExpress](https://www.aliexpress.com/item/4000317773964.html) | 2,02$', 'aliexpress', 'listing', '4000317773964'),  # github-index:13263582443
    ('it might work to use a [HDMI to CSI-2 bridge](https://de.aliexpress.com/item/4000102166176.html) with the', 'aliexpress', 'listing', '4000102166176'),  # github-index:16134255833
    ('| ~$0.20-0.39 | https://www.aliexpress.com/item/4000186187780.html |', 'aliexpress', 'listing', '4000186187780'),  # github-index:71069033228
    ('[2]: https://www.aliexpress.com/item/4000917130635.html', 'aliexpress', 'listing', '4000917130635'),  # github-index:48978434678
    ('4 Pin PCB Header https://www.aliexpress.com/item/4000029705975.html ', 'aliexpress', 'listing', '4000029705975'),  # github-index:44438789903
    ('6 Pin Right Angle Pins https://s.click.aliexpress.com/e/_Dkx5ZRH (Select 2x6 Pin)', None, 'short-link', None),  # github-index:44438789903; section 10: an AliExpress affiliate link cannot be resolved offline
    ('- PCB with micro USB connector [here](https://www.aliexpress.com/item/4000484202812.html?spm=a2g0o.productlist.0.0.52451297eW2VB6&algo_pvid=d8623308-0e8e-433a-b8c3-d0a98947', 'aliexpress', 'listing', '4000484202812'),  # github-index:8879863973
    ('Thermometer / Hygrometers. https://www.aliexpress.com/item/4000094242136.html?spm=a2g0s.9042311.0.0.58e04c4dYY6Wdu', 'aliexpress', 'listing', '4000094242136'),  # github-index:32782955468
    ('- Rotary Encoder [buy here](https://www.aliexpress.com/item/4000094589182.html?spm=a2g0o.order_list.order_list_main.41.47f21802N3jsbi)', 'aliexpress', 'listing', '4000094589182'),  # github-index:36986800568
    ('[![24 key white remote](24-key.png)](https://www.aliexpress.com/item/4001348058175.html)  ', 'aliexpress', 'listing', '4001348058175'),  # github-index:2137743158
    ('- And [These encoders](https://www.aliexpress.com/item/33022441687.html)', 'aliexpress', 'listing', '33022441687'),  # github-index:16967034024
    ('- E28-2G4M27S SX1280 Wireless module 2.4G 27dBm https://www.aliexpress.com/item/33004335921.html', 'aliexpress', 'listing', '33004335921'),  # github-index:1225332204
    ('            \'This is a rough price, but these are some options: <a href="https://www.aliexpress.com/item/33021202630.html">Batteries, choose 4 pack + 1</a>', 'aliexpress', 'listing', '33021202630'),  # github-index:6327896649
    ('- ESP32 (https://www.aliexpress.com/item/33040503442.html)', 'aliexpress', 'listing', '33040503442'),  # github-index:34097141949
    ('Linear Rail: https://vi.aliexpress.com/item/33049810658.html?spm=a2g0o.order_list.order_list_main.120.498a1802Y4LbKi&gatewayAdapt=glo2vnm  ', 'aliexpress', 'listing', '33049810658'),  # github-index:20197914729
    ('| [33008432844](https://fr.aliexpress.com/item/33008432844.html) — charges Maifan / KDF à remplir | 13,49–39,19 €, stocks 1 000+. |', 'aliexpress', 'listing', '33008432844'),  # github-index:62059090164
    ('You will also need a ST-Link V2 (or [a clone](https://www.aliexpress.com/item/33010611392.html)) and a 1.5m USB-C to USB-C cable.', 'aliexpress', 'listing', '33010611392'),  # github-index:22119362439
    ('- [SHT30 temperature/humidity sensor](https://www.aliexpress.com/item/33014223247.html?spm=a2g0o.productlist.0.0.595e1cdaaRN8tE&algo_pvid=b217e640-2794-4995-9487-2ca4cb381a', 'aliexpress', 'listing', '33014223247'),  # github-index:46263411699
    ('I used a [USB cable for TTL UART RS232 PL2303HX](https://pt.aliexpress.com/item/33040891991.html?src=google&albch=shopping&acnt=494-037-6276&isdl=y&slnk=&plac=&mtctp=&albbt=Gploogle_', 'aliexpress', 'listing', '33040891991'),  # github-index:14052585174
    ('- [Winsen MD61 or MD62 helium sensor](https://www.aliexpress.com/item/33019119435.html) (30$) - A thermal conductivity', 'aliexpress', 'listing', '33019119435'),  # github-index:25342851579
    ('        let text = "【闲鱼】638706（验证码仅用于您本人进行短信验证，请勿告知他人，谨防受骗）";', None, 'not-a-url', None),  # github-index:70476947684; an SMS text with no link
    ('    #     # 往往是某个商品的二维码 将"https://m.tb.cn/h.UkSFhyY"变成"https://m.tb.cn/h"', None, 'short-link', None),  # github-index:43385512223; section 10: a Taobao/Tmall/Xianyu share link cannot be resolved offline
    ('app.openUrl("https://m.tb.cn/h.fQZbteM")', None, 'short-link', None),  # github-index:20502047738; section 10: a Taobao/Tmall/Xianyu share link cannot be resolved offline
    ('    val adUrl = "https://m.tb.cn/h.RlwomIHlT9pVpOi"', None, 'short-link', None),  # github-index:58508640308; section 10: a Taobao/Tmall/Xianyu share link cannot be resolved offline
    ('        assert is_valid_url("https://www.lazada.co.th/products/test") is True', None, 'missing-id', None),  # github-index:55999609852
    ('                match = re.search(r\'<link\\s+rel=["\\\']origin["\\\']\\s+href=["\\\'](https://www.lazada.vn/products/[^"\\\']+)["\\\']\', response.text)', None, 'missing-id', None),  # github-index:59072241217
    ('taobao://shop.m.taobao.com/shop/shop_index.htm?shopId=[prompt:店铺 ID]', None, 'scheme-not-allowed', None),  # github-index:60984089540; notes silent: the mobile shop page is no store form of section 1; kept as the earlier tables read it (not a listing page)
    ('        //                coupon_link_m:"http://shop.m.taobao.com/shop/coupon.htm?seller_id=2113877590&activity_id=4c182df4824749b78bb5856404141202&v=0&pds=wapedition%23h%', None, 'not-a-listing', None),  # github-index:47704965784; a coupon page (section 11: not a listing)
    ('        url = @"taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id=339691242";', None, 'scheme-not-allowed', None),  # github-index:727377650; notes silent: the mobile shop page is no store form of section 1; kept as the earlier tables read it (not a listing page)
    ('\\"trade.shopUrlHost\\": \\"https://shop.m.taobao.com/shop/shop_index.htm\\",\\n', None, 'not-a-listing', None),  # github-index:33777875058; notes silent: the mobile shop page is no store form of section 1; kept as the earlier tables read it (not a listing page)
    ('            a2 = "https://shop.m.taobao.com/shop/shop_index.htm";', None, 'not-a-listing', None),  # github-index:11935676598; notes silent: the mobile shop page is no store form of section 1; kept as the earlier tables read it (not a listing page)
    ('"rebateRate":"平均返佣5%","shopUrl":"http://shop.m.taobao.com/shop/shop_index.htm?user_id=498385633"},{"brandName":"酷蔓(COOME)"', None, 'not-a-listing', None),  # github-index:13321718899; notes silent: the mobile shop page is no store form of section 1; kept as the earlier tables read it (not a listing page)
    ("                    url = 'http://shop.m.taobao.com/shop/coupon.htm?seller_id={0:d}&activity_id={1:s}'.format(seller['sellerId'], activity_ids[0])", None, 'not-a-listing', None),  # github-index:24111732589; a coupon page (section 11: not a listing)
    ('        # detail.m.1688.com/page/index.html?offerId=123456789', '1688', 'listing', '123456789'),  # github-index:55627213752
    ('    "https://dj.1688.com/ci_bb?a=1309083318&e=g9ZnxX0mqEj1S3jrrDaIvk0hDBqE5gO6TokOO5VdVDb-yVPpR0o-F-6ODpyyk3fEnkX53HeSI7xHPqMu2T7M', None, 'not-a-listing', None),  # github-index:36066823891; notes silent: 1688's ad-click redirect; kept as the earlier tables read it (not a listing page)
    ("    await page.goto('https://dj.1688.com/ci_bb?a=1156440792&e=-iOOpHYNdAgZ2R8BJe8jfN1TdiHdOD2hDELDv07o75JNry5p-UY.MrjqvTsQfqGnjRbHe0mxUEuE-QlhPgFa", None, 'not-a-listing', None),  # github-index:20164460417; notes silent: 1688's ad-click redirect; kept as the earlier tables read it (not a listing page)
    ('      offerUrl: "https://dj.1688.com/ci_bb?a=1", title: "  合成\\u0000商品\\n第一条  " }),', None, 'not-a-listing', None),  # github-index:70400594629; notes silent: 1688's ad-click redirect; kept as the earlier tables read it (not a listing page)
    ('        "https://www.aliexpress.com/af/cover-for-tennis-.html?d=y&origin=n&SearchText=cover+for+tennis+&catId=0&initiative_id=SB_2020102313', None, 'not-a-listing', None),  # github-index:1121213210; a search or category page (section 11)
    ("SITE_CATEGORIES_URL = '{0}//www.aliexpress.com/af/category/{1}.html'", None, 'not-a-url', None),  # github-index:7185294543; a search or category page (section 11)
    ('url = "https://www.aliexpress.com/af/category/{leaf_id}.html?SortType=total_tranpro_desc"#获得叶子类产品数及价格区间的网页链接', None, 'not-a-listing', None),  # github-index:42845902518; a search or category page (section 11)
    ("const url_laptop = 'https://ru.aliexpress.com/af/category/202000104.html?site=rus&d=n&catName=laptops&CatId=202000104&origin=n&isViewCP=y&jump=afs'", None, 'not-a-listing', None),  # github-index:3603986687; a search or category page (section 11)
    ('const noteBooks = "https://ru.aliexpress.com/af/category/202000104.html"', None, 'not-a-listing', None),  # github-index:18914592784; a search or category page (section 11)
    ("        $categoryUrl = 'http://ru.aliexpress.com/af/category/202000540.html?d=n&isViewCP=y&CatId=202000540&catName=earphones-headphones&origin=n';", None, 'not-a-listing', None),  # github-index:35506489190; a search or category page (section 11)
    ('    url = "https://www.aliexpress.com/af/category/44.html?trafficChannel=af&catName=consumer-electronics&CatId=44&ltype=affiliate&isFreeShip=', None, 'not-a-listing', None),  # github-index:34673942837; a search or category page (section 11)
    ('        lines.append(f"https://www.alibaba.com/product-detail/_{pid}.html")', None, 'missing-id', None),  # github-index:60262745339
    ("    product_url: 'https://www.alibaba.com/product-detail/_1601144593280.html',", 'alibaba_com', 'listing', '1601144593280'),  # github-index:59325130157
    ('            url = "https://www.alibaba.com/product-detail/__%s.html" % pid', None, 'missing-id', None),  # github-index:56485718766
    ('- [S14] Alibaba custom LiPo $0.61–1.70, MOQ from 3; 603030 cell $2.00 → $1.60 @10k: https://www.alibaba.com/product-detail/_1600903701763.html , https://www.hktdc.com/event/hkelectronicsfairae/en/product/1X24U7QP', 'alibaba_com', 'listing', '1600903701763'),  # github-index:70898305211
    ('> * Numeric ID | 1601175379813 | https://www.alibaba.com/product-detail/_1601175379813.html', 'alibaba_com', 'listing', '1601175379813'),  # github-index:71438105151
    ("'alibaba', $2, 'https://www.alibaba.com/product-detail/_' || $2 || '.html', 'USD', 1.98, 1.3229, 30, 'quoted')", None, 'missing-id', None),  # github-index:71181736407
    ('* [Integrated Closed loop 3Nm Nema24 stepper motors](https://topcnc.aliexpress.com/store/group/Integrated-closed-loop-stepper-Motor/1932111_504161502.html)', 'aliexpress', 'storefront', '1932111'),  # github-index:29242777371; section 6: a store sub-page names its store id
    (' * - https://he.aliexpress.com/store/1102345678', 'aliexpress', 'storefront', '1102345678'),  # github-index:62284588204; section 6: a store on a language host
    (' * - https://www.aliexpress.com/store/group/..../1234567_...', None, 'malformed-id', None),  # github-index:62284588204; a documentation's template (no store id)
    ('It has been put into scale production and is available on [AliExpress](https://sipeed.aliexpress.com/store/group/RISC-V/1101739727_10000003584258.html?spm=a2g0o.store_pc_home.smartGrouping_6001928813303.1000000358', 'aliexpress', 'storefront', '1101739727'),  # github-index:16992284170; section 6: a store sub-page names its store id
    ('  - Support [3D Touch](https://www.aliexpress.com/store/group/Auto-bed-leveling-senor/1047297_516621299.html?spm=a2g0o.store_pc_groupList.pcShopHead_8325768.1_2_3', 'aliexpress', 'storefront', '1047297'),  # github-index:40515471260; section 6: a store sub-page names its store id
    ('              "url": "https://hi5group.aliexpress.com/store/group/iPhone-13-13-mini/1053035_40000002781737.html",', 'aliexpress', 'storefront', '1053035'),  # github-index:28384068145; section 6: a store sub-page names its store id
    ('http://www.aliexpress.com/store/group/PLX-Series/706012_250803066.html', 'aliexpress', 'storefront', '706012'),  # github-index:19071567491; section 6: a store sub-page names its store id
    ('Дисплеи 5" 1080p и 6" 1440p на Aliexpress - http://ru.aliexpress.com/store/group/5-inch-1080p-display-with-HDMI-MIPI-board/1764418_502153589.html<br>', 'aliexpress', 'storefront', '1764418'),  # github-index:48991545174; section 6: a store sub-page names its store id
    ('        Link to commercial site: <a href="https://kincony.aliexpress.com/store/group/Smart-Controller/807891_259382457.html?spm=a2g0w.12010612.1000001.12.33545853zn9vxT" target="_blank"', 'aliexpress', 'storefront', '807891'),  # github-index:30334876870; section 6: a store sub-page names its store id
    (" = (27 * dollar / (90 * ureg.amp * ureg.hour * 3.2 * ureg.volt)).to('1/kWh') # based on https://www.alibaba.com/product-detail/New-graphene-lithium-iron-phosphate-battery_62174779869.html?spm=a2700.7724857.normalList.85.25113891P8", 'alibaba_com', 'listing', '62174779869'),  # github-index:42079333822
    ("                'source_url' => 'https://www.alibaba.com/product-detail/New-watch_1600123456789.html',", 'alibaba_com', 'listing', '1600123456789'),  # github-index:26656483238
    ('    link: "https://www.alibaba.com/product-detail/New-Solid-Color-High-Street-Long_1601322848080.html?selectedCarrierCode=SEMI_MANAGED_STANDARD@@STANDARD', 'alibaba_com', 'listing', '1601322848080'),  # github-index:20063640202
    ('                        href="https://www.alibaba.com/product-detail/New-Engine-High-Quality-1-6L_1600782368201.html?spm=a2700.product_home_l0.just_for_you.7"', 'alibaba_com', 'listing', '1600782368201'),  # github-index:12586983083
    ('        <a href="//www.alibaba.com/product-detail/New-Product_1600000000002.html">', 'alibaba_com', 'listing', '1600000000002'),  # github-index:53767867112
    ("Supplier or Manufacturer on Alibaba.com','https://www.alibaba.com/product-detail/Hot-Sale-Cheap-Copy-Paper-A4_1601283963176.html',3.80,'a4,paper,80gsm,copy,office,white,cheap'),(342,'P", 'alibaba_com', 'listing', '1601283963176'),  # github-index:40960115998
    ('  "https://www.alibaba.com/product-detail/Hot-Sale-25ml-Dubai-Arabic-Style_62425294172.html",', 'alibaba_com', 'listing', '62425294172'),  # github-index:24013484638
    ("'China','https://www.alibaba.com/product-detail/Hot-selling-Custom-Baby-Wipes-20pcs_1600348248331.html?spm=a2700.galleryofferlist.normal_offer.d_image.", 'alibaba_com', 'listing', '1600348248331'),  # github-index:43503613435
    ('                        href="https://www.alibaba.com/product-detail/Hot-selling-24peice-Airtight-Pantry-Organization_1600839830109.html?spm=a2700.product_home_l0.just_for_', 'alibaba_com', 'listing', '1600839830109'),  # github-index:12586983083
    ('        "https://www.alibaba.com/product-detail/Hotel-lobby-furniture-luxury-italian-leather_60781407870.html?spm=a2700.picsearch.offer-list.6.1c955f93', 'alibaba_com', 'listing', '60781407870'),  # github-index:32413226213
    ('  (`https://www.alibaba.com/product-detail/Hot-Sale-Custom-Multifunctional-4-In_1600791676220.html`).', 'alibaba_com', 'listing', '1600791676220'),  # github-index:65832284867
    ('    "anti-fog-uv-swimming-goggles": "https://www.alibaba.com/product-detail/Hot-Selling-Custom-OEM-Factory-Wholesale_1601221349520.html",', 'alibaba_com', 'listing', '1601221349520'),  # github-index:53834652403
    ('        sourcingLink: "https://www.alibaba.com/product-detail/Hot-Sale-Feiyu-Tech-Handheld-Waterproof_500015351924.html?spm=a2700.prosearch.normal_offer.d_image.74bc', 'alibaba_com', 'listing', '500015351924'),  # github-index:55100406419
    ('#     product_url = "https://www.alibaba.com/product-detail/Hot-sale-laptop_1600461082629.html"  # Example placeholder', 'alibaba_com', 'listing', '1600461082629'),  # github-index:4640792704
    ('    {"name": "Winter Ski Outdoor Warm Gloves - Touchscreen & Waterproof", "link": "https://www.alibaba.com/product-detail/Hot-sale-touchscreen-winter-warm-men_1601170526527.html"},', 'alibaba_com', 'listing', '1601170526527'),  # github-index:67255431288
    ('    pages.find((target) => target.url.includes("yixingfangsc.1688.com/page/offerlist")) ||', '1688', 'storefront', 'yixingfangsc'),  # github-index:66720952632; section 4: a store's offer list names its store
    ('          return [{ id: 42, url: "https://shop.example.1688.com/page/offerlist.htm" }];', None, 'not-a-listing', None),  # github-index:58759920148; two labels under 1688.com: no store form of section 4
    ('        self.url = "https://dearbei.1688.com/page/offerlist.htm?spm=a2615.7691456.autotrace-paginator.2&pageNum={}"', '1688', 'storefront', 'dearbei'),  # github-index:21818188270; section 4: a store's offer list names its store
    ("//WriteAlibabaProductInfoToCsvFlie('http://shop1363803581282.cn.1688.com/page/offerlist_16125642.htm?showType=&sortType=showcase');", '1688', 'storefront', 'shop1363803581282'),  # github-index:45341279786; section 4: the legacy store form; its host kept (as test_urls25 reads it)
    ('                "https://www.lazada.com.ph/products/"', None, 'missing-id', None),  # github-index:59411196725
    ('        console.log("result :", $(\'a[href*="//www.lazada.com.my/products/"]\')[0]);', None, 'missing-id', None),  # github-index:9517753536
    ('                  example: "https://www.lazada.co.th/products/abc123"', None, 'missing-id', None),  # github-index:65794565439
    ("  store.run('INSERT INTO unmatched_product_images VALUES(?,?,?,?,?,?)','https://www.lazada.co.th/products/pdp-i9.html','9','Lazada item'", None, 'malformed-id', None),  # github-index:71203807224
    ('├── originalUrl        → "https://www.lazada.co.th/products/pdp-i..."', None, 'missing-id', None),  # github-index:52129454544
    ('yours with cameras from [Aliexpress](https://s.click.aliexpress.com/e/_AZAMf2) or [Amazon](https://www.amazon.com/dp/B09NVYXTG5?psc=1&ref=ppx_yo2ov_dt_b_product_details) ', None, 'short-link', None),  # github-index:15022789016; section 10: an AliExpress affiliate link cannot be resolved offline
    ('  affiliateUrl: "https://s.click.aliexpress.com/e/_x?aff=1",', None, 'short-link', None),  # github-index:54528848276; section 10: an AliExpress affiliate link cannot be resolved offline
    ('        url = "https://item.taobao.com/item.htm?id=593167331763"', 'taobao', 'listing', '593167331763'),  # github-index:15887899630
    ('[https://item.taobao.com/item.htm?id=595635571591](https://item.taobao.com/item.htm?id=595635571591)  ', 'taobao', 'listing', '595635571591'),  # github-index:1711309420
    ("    productUrl: 'https://item.taobao.com/item.htm?id=596264324461', selectedSku: '8×8 同径双孔单螺栓',", 'taobao', 'listing', '596264324461'),  # github-index:71575483375
    ('- [mBridge 水晶头接口 RJ25 转接板 Robotbit 扩展板 支持 micro:bit-淘宝网](https://item.taobao.com/item.htm?id=595667433688)', 'taobao', 'listing', '595667433688'),  # github-index:8943695065
    ('  **Maix Py 系列购买传送门**：[点击前往](https://item.taobao.com/item.htm?id=595216523162) ', 'taobao', 'listing', '595216523162'),  # github-index:42693717570
    ('     * 0:00:00","event_start_time":"1970-01-01 00:00:00","item_url":"https://item.taobao.com/item.htm?id=59518', None, 'malformed-id', None),  # github-index:34519468470
    ("(1,80,2,599739071372,'https://item.taobao.com/item.htm?id=599739071372','Pure cashmere','//shop67319432.taobao.com/',0,NULL),", 'taobao', 'listing', '599739071372'),  # github-index:22387340444
    ('    source_url="https://item.taobao.com/item.htm?id=612962220220",', 'taobao', 'listing', '612962220220'),  # github-index:58493301695
    ('| 腕部摄像头 | ¥3 | [Taobao](https://item.taobao.com/item.htm?id=616460581906) |', 'taobao', 'listing', '616460581906'),  # github-index:70357568031
    ('[智能像素时钟Awtrix Pro创客创意彩色B站粉丝数全套外壳WS2812](https://item.taobao.com/item.htm?id=617821156737)，跟客服商量好了只要外壳与DC电源插口         |', 'taobao', 'listing', '617821156737'),  # github-index:54796677019
    ('- 视频地址：https://item.taobao.com/item.htm?id=618384570391', 'taobao', 'listing', '618384570391'),  # github-index:15541766049
    ('[点击这里进入淘宝购买或咨询客服： Purchase from Taobao:](https://item.taobao.com/item.htm?id=615976514264)  ', 'taobao', 'listing', '615976514264'),  # github-index:439958284
    ('> Taobao item: https://item.taobao.com/item.htm?id=611681003797', 'taobao', 'listing', '611681003797'),  # github-index:67233939921
    ('> Taobao shop: https://shop316166779.taobao.com', 'taobao', 'storefront', '316166779'),  # github-index:67233939921
    ("INSERT INTO `t_store` VALUES (43, '大胖商店', 0, 'https://item.taobao.com/item.htm?id=610283636388&ns=1&abbucket=13#detail', 0, '2020-08-11 22:56:46', '2020-08-11 22:56:46');", 'taobao', 'listing', '610283636388'),  # github-index:49744735326
    ('        jsonMap.put("send_detail","http://item.taobao.com/item.htm?id=619036903505");', 'taobao', 'listing', '619036903505'),  # github-index:43481904472
    ('https://item.taobao.com/item.htm?id=610628423127', 'taobao', 'listing', '610628423127'),  # github-index:29175171830
    ('细节请看[淘宝商品介绍](https://item.taobao.com/item.htm?id=635874427363)，可同步最新讯息。', 'taobao', 'listing', '635874427363'),  # github-index:35064673665
    ('  String _purchaseLink = "https://item.taobao.com/item.htm?id=635752936679"; /// 卡密购买链接', 'taobao', 'listing', '635752936679'),  # github-index:45244739041
    ('BearPi[（BearPi-HM Nano）](https://item.taobao.com/item.htm?id=633296694816)is a development board specially built by BearPi school for openharmony system.', 'taobao', 'listing', '633296694816'),  # github-index:29027724273
    ('[Taobao](https://item.taobao.com/item.htm?id=636945235597) (for China mainland buyers)', 'taobao', 'listing', '636945235597'),  # github-index:15000877638
    ('本例程实验的摄像头感光芯片为常用的OV2640，200万像素摄像头，最大支持1600*1200像素分辨率拍摄。[**点击购买>>**](https://item.taobao.com/item.htm?id=636667911064)', 'taobao', 'listing', '636667911064'),  # github-index:18518803484
    ('| 5 | Dynamixel XL330-M288-T (wings/neck) | 4 | 238 | 952 | 72 | [智能佳·淘宝商品页 ¥95](https://item.taobao.com/item.htm?id=638117456346) · [WowRobo·淘宝商品页 ¥238](https://item.taobao.com/item.htm?id=929725677792) | ban', 'taobao', 'listing', '638117456346'),  # github-index:71617499700
    ('[Taobao](https://item.taobao.com/item.htm?id=634027133148&ali_trackid=2:mm_26632258_3504122_32538762:1607955215_176_1820526432&union_lens', 'taobao', 'listing', '634027133148'),  # github-index:1506788884
    ('  "https://item.taobao.com/item.htm?id=1011861700280",', 'taobao', 'listing', '1011861700280'),  # github-index:52485995129
    ('  "https://item.taobao.com/item.htm?id=639122758792",', 'taobao', 'listing', '639122758792'),  # github-index:52485995129
    ('        tm=\'{"activity_links":["https://detail.tmall.com/item.htm?id=456"]}\'', None, 'malformed-id', None),  # github-index:70270852846
    ('For example, [this device](https://www.alibaba.com/product-detail/Factory-gps-smartwatch-X6-phone-android_1600210996211.html) is extremely likely to use `watch` pr', 'alibaba_com', 'listing', '1600210996211'),  # github-index:33694829856
    ('# https://www.alibaba.com/product-detail/Factory-Supply-High-Purity-Industrial-Grade_1600155716170.html?spm=a2700.galleryofferlist.normal_', 'alibaba_com', 'listing', '1600155716170'),  # github-index:43385989215
    ("a '[360Wh/kg semi-solid state](https://www.alibaba.com/product-detail/Factory-Price-Solid-State-HvLi-Battery_1601390711844.html)' battery pack was tested and evaluated", 'alibaba_com', 'listing', '1601390711844'),  # github-index:65958759749
    ('designed for use on our kiosk purchased on [Alibaba](https://www.alibaba.com/product-detail/Factory-Direct-Supply-Android-Touch-Screen_1600462916445.html).', 'alibaba_com', 'listing', '1600462916445'),  # github-index:8412833322
    ('const DEFAULT_TEST_URL = "https://www.alibaba.com/product-detail/Factory-Wholesale-20W-PD-Fast-Charger_1601287661261.html";', 'alibaba_com', 'listing', '1601287661261'),  # github-index:56108980967
    (' *       "message": "could not find product for parameter: \'https://www.alibaba.com/product-detail/Factory-direct-tpu-cell-phone-case_62012846556.html\'",', 'alibaba_com', 'listing', '62012846556'),  # github-index:18052563592
    ('                   baseline=3) # https://www.alibaba.com/product-detail/Factory-direct-sale-DODECYL-ACETATE-CAS_1601041319372.html', 'alibaba_com', 'listing', '1601041319372'),  # github-index:44211998914
    ('- **Factory OEM/ODM HY300 720 LCD LED 1080P** — [listing](https://www.alibaba.com/product-detail/Factory-OEM-ODM-HY300-Projector-720_1601406485016.html)', 'alibaba_com', 'listing', '1601406485016'),  # github-index:69865310143
    ('            "productUrl": "//www.alibaba.com/product-detail/Custom-Widget_123.html",', None, 'malformed-id', None),  # github-index:60375069066
    ('Link: https://www.alibaba.com/product-detail/Custom-Metal-Keychain-Blank-Heat-Transfer_1601624454473.html', 'alibaba_com', 'listing', '1601624454473'),  # github-index:71245814605
    ('  "https://www.alibaba.com/product-detail/Customized-Life-Size-Resin-GK-Bust_1601674522468.html",', 'alibaba_com', 'listing', '1601674522468'),  # github-index:53857907254
    ('The line does not say the adder is a naira template. https://www.alibaba.com/product-detail/Customized-SDK-Enabled-Cash-POS-Self_1601385352394.html</li>', 'alibaba_com', 'listing', '1601385352394'),  # github-index:70087500696
    ("  ['B7-008', 'North & Pearl Personalized Name Bracelet', 'Bracelet', 'https://www.alibaba.com/product-detail/Customized-Name-Bracelet-for-Women-Personalized_1601313981475.html', '1601313981475'],", 'alibaba_com', 'listing', '1601313981475'),  # github-index:66465567832
    ("    'https://www.alibaba.com/product-detail/Customized-safety-bath-ducky-promotional-floating_60090269681.html?spm=a2700.7724838.2017115.1.2", 'alibaba_com', 'listing', '60090269681'),  # github-index:14705659417
    ('| **Reference** | [Alibaba — Custom UHF RFID Tag Parking Reader](https://www.alibaba.com/product-detail/Custom-UHF-RFID-Tag-Parking-Reader_1601600279153.html) |', 'alibaba_com', 'listing', '1601600279153'),  # github-index:57126103353
    ("    'Referer': 'https://www.alibaba.com/product-detail/custom-matte-bronzer-concealer-contour-palette_1600368048812.html?spm=a27aq.industry_category_pr", 'alibaba_com', 'listing', '1600368048812'),  # github-index:6196965543
    ('via [Alibaba listings](https://www.alibaba.com/product-detail/Customized-Molex-EZmate-to-Molex-EZmate_1600697379284.html) or similar), especially since it all', 'alibaba_com', 'listing', '1600697379284'),  # github-index:36888139375
    ('https://wholesaler.alibaba.com/product-detail/Custom-high-speed-3600W-boosted-board_60521938664.html?spm=a2700.7724838.0.0.1pooNa', 'alibaba_com', 'listing', '60521938664'),  # github-index:5343094321
    ("  sourceUrl: 'https://detail.1688.com/offer/876240928352.html', goodsPriceRmb: 15.9, domesticShippingRmb: 2.96,", '1688', 'listing', '876240928352'),  # github-index:66940825819
    ('        ["连衣裙", 891053144236, "https://detail.1688.com/offer/891053144236.html", "http://i/a.jpg", 0.56, "不包邮", 12, "义乌某厂"],', '1688', 'listing', '891053144236'),  # github-index:56049613428
    ('python main.py --pipeline alibaba_1688 --url https://detail.1688.com/offer/865196865369.html', '1688', 'listing', '865196865369'),  # github-index:11046971299
    ('        "item_url": "https://detail.1688.com/offer/804336334825.html",', '1688', 'listing', '804336334825'),  # github-index:54917772348
    ('  const context = parseProductUrl("https://detail.1688.com/offer/892407994374.html?offerId=892407994374");', '1688', 'listing', '892407994374'),  # github-index:53900087944
    ('    const url = (req.query.url as string) || "https://detail.1688.com/offer/891784406688.html";', '1688', 'listing', '891784406688'),  # github-index:56764251273
    ("        ('1688', 'https://detail.1688.com/offer/888000000001.html', '铁盒 24 只装',", '1688', 'listing', '888000000001'),  # github-index:71128304104
    ('\\"https://detail.1688.com/offer/819919675160.html\\"\\', '1688', 'listing', '819919675160'),  # github-index:38129482714
    ('      "https://detail.1688.com/offer/888199095327.html"', '1688', 'listing', '888199095327'),  # github-index:61594453443
    ('        "• http://m.1688.com/offer/123456.html\\n\\n"', '1688', 'listing', '123456'),  # github-index:66081360721
    ("      placeholderText: 'https://2.taobao.com/item.htm?id=...',", None, 'missing-id', None),  # github-index:54277025196
    ("    ur = 'https://2.taobao.com/item.htm?id='+str(item_id)+'&from=list&similarUrl='", None, 'malformed-id', None),  # github-index:5785153446
    ('- **China Store**: https://shop300502436.world.taobao.com/', 'taobao', 'storefront', '300502436'),  # github-index:97867366
    ('"ai.world.taobao.com", "air.tb.ele.me",', None, 'not-a-url', None),  # github-index:42271549441
    ('        "link": "https://ai.world.taobao.com/search?site=MY"', None, 'not-a-listing', None),  # github-index:7085393072; a search page (section 11)
    ('    url = "https://shop159450000.world.taobao.com/category.htm" if shop else "https://item.taobao.com/item.htm?id=1076425861755"', None, 'not-a-listing', None),  # github-index:70078303366; a page of a store, not its storefront link (as the earlier tables read store sub-pages)
    ('    print("  python taobao_shop_scraper.py https://shop65820053.world.taobao.com/")', 'taobao', 'storefront', '65820053'),  # github-index:59968298804
    ('                <h3><a href="https://shop113555673.world.taobao.com/">Shop online</a></h3>', 'taobao', 'storefront', '113555673'),  # github-index:30216859488
    ('        "my.world.taobao.com",', None, 'not-a-url', None),  # github-index:21394847466
    ("try { await page.goto('https://www.goofish.com/personal?userId=2214350705775', { waitUntil: 'domcontentloaded', timeout: 60000 }); } catch (e) { c", 'taobao', 'storefront', '2214350705775'),  # github-index:71214228075
    ('有兴趣的读者可以 **[直接访问派派的闲鱼账号 甜城欢乐的萝卜](https://www.goofish.com/personal?userId=744540236)，查看库存和上架情况。', 'taobao', 'storefront', '744540236'),  # github-index:57534139334
    ('("seller123", "测试卖家", "https://www.goofish.com/personal?userId=seller123", 1, old))', 'taobao', 'storefront', 'seller123'),  # github-index:69319142759
    ('  const link = [...document.querySelectorAll("a[href*=\'www.goofish.com/personal?userId=\']")]', None, 'missing-id', None),  # github-index:70486027319; realurls58: the selector's link is read (a profile without its userId), was not-a-url
    ('        self.assertTrue(ai.es_alibaba("https://m.alibaba.com/product/123.html"))', None, 'malformed-id', None),  # github-index:58050850121
    ('        url: "https://item.taobao.com/item.htm?id=654321",', 'taobao', 'listing', '654321'),  # github-index:52303702769
    ('          category: "桌游", shop: {name: \'囧店链接\', url: "https://item.taobao.com/item.htm?id=651108429543"},', 'taobao', 'listing', '651108429543'),  # github-index:45347410390
    ('  * R1: [AliExpress](https://www.aliexpress.com/item/1005003345941543.html) [Taobao 淘宝](https://item.taobao.com/item.htm?id=657482028672)', 'aliexpress', 'listing', '1005003345941543'),  # github-index:32667837839
    ('    "url": "https://item.taobao.com/item.htm?id=654654136372",', 'taobao', 'listing', '654654136372'),  # github-index:65778347388
    ('| SPL-62 terminal block | For power supply | 1 | ¥5 | [Taobao](https://item.taobao.com/item.htm?id=657816423504) |', 'taobao', 'listing', '657816423504'),  # github-index:55232574213
    ('    # url_tm="https://item.taobao.com/item.htm?id=656852524774"', 'taobao', 'listing', '656852524774'),  # github-index:17252018320
    ('| ESP-C3-13U | 4M | 1 | ESP-C3-13U | [购买](https://item.taobao.com/item.htm?id=652413887471) |', 'taobao', 'listing', '652413887471'),  # github-index:28406987102
    ("                                referenceUrl: 'https://item.taobao.com/item.htm?id=652736419333&ns=1&pisk=fXh-LOqrjEQJqhQAH990K7NODR8DyX3yq0u1tkqldmnxRofHz7vU9DExYu2", 'taobao', 'listing', '652736419333'),  # github-index:14220534372
    ("    { name: 'YF-S401 流量计 ¥7', url: 'https://item.taobao.com/item.htm?id=651170176593', store: '轩特佳电子' },", 'taobao', 'listing', '651170176593'),  # github-index:56632720725
    ('| 11 | Propeller | 60 mm diameter; two CW and two CCW | 4 | [Listing](https://item.taobao.com/item.htm?id=651317554058) |', 'taobao', 'listing', '651317554058'),  # github-index:71610333973
    ("      { id: 'Cable_CTOC', thumb: 'assets/ctoc.jpg', colorable: false, spec: 'A上C直 0.1M', buyUrl: 'https://item.taobao.com/item.htm?id=673744277268' },", 'taobao', 'listing', '673744277268'),  # github-index:56145020500
    ('[淘宝](https://item.taobao.com/item.htm?id=677669621322)', 'taobao', 'listing', '677669621322'),  # github-index:12097534963
    ('    purchaseUrl: "https://item.taobao.com/item.htm?id=675017162553"', 'taobao', 'listing', '675017162553'),  # github-index:60949582750
    ('            "商品網址": "https://item.taobao.com/item.htm?id=67890",', None, 'malformed-id', None),  # github-index:66220263012
    ('<font color="red">纯数字ID链接例子：https://item.taobao.com/item.htm?id=673981878045</font><br><font color="red">使用方法：在接口上增加参数 &amp;jb=1 即可。</font><br></t', 'taobao', 'listing', '673981878045'),  # github-index:67465773730
    ('        let shell = try validate(Case(url: "https://item.taobao.com/item.htm?id=674169489573", rich: Self.rich(kind: "product", provider: "taobao", level: 1)))', 'taobao', 'listing', '674169489573'),  # github-index:70815705850
    ('淘宝店铺: https://shop140985627.taobao.com', 'taobao', 'storefront', '140985627'),  # github-index:20406227905
    ('购买链接: https://item.taobao.com/item.htm?id=677075846402', 'taobao', 'listing', '677075846402'),  # github-index:20406227905
    ('const val SUNNY_BEACH_TAOBAO_SHOP_VIP = "https://item.taobao.com/item.htm?id=673527744707&mt="', 'taobao', 'listing', '673527744707'),  # github-index:22341098890
    ('  - https://item.taobao.com/item.htm?id=672658924086', 'taobao', 'listing', '672658924086'),  # github-index:58740178285
    ('[30] WHEELTEC, "Neumático de robot de 65mm," [Online]. Available:  https://item.taobao.com/item.htm?id=675857812223   [Accessed: 06, 2023].', 'taobao', 'listing', '675857812223'),  # github-index:1353218772
    ('[buy-pi]: https://item.taobao.com/item.htm?id=693613248231', 'taobao', 'listing', '693613248231'),  # github-index:55074802398
    ('[buy-sd]: https://detail.tmall.com/item.htm?id=848065818893', 'tmall', 'listing', '848065818893'),  # github-index:55074802398
    ("'这款手工陶瓷餐具套装以山茶花为主题，采用手绘工艺与复古釉面质感，兼具艺术感与实用性。套装包含碗盘杯组合，适合日常或送礼。', 'https://item.taobao.com/item.htm?id=694753166402&ns=1&spm=a1z09.2.0.0', 'Gifts'),", 'taobao', 'listing', '694753166402'),  # github-index:61300560770
    ('购买地址：[淘宝链接](https://item.taobao.com/item.htm?id=697019187951)。', 'taobao', 'listing', '697019187951'),  # github-index:13350359511
    ('购买链接：[淘宝](https://item.taobao.com/item.htm?id=691108452443)', 'taobao', 'listing', '691108452443'),  # github-index:42490989216
    ("# urls = ['https://item.taobao.com/item.htm?id=692747434364']", 'taobao', 'listing', '692747434364'),  # github-index:18298657296
    ('    "url": "https://detail.yao.95095.com/item.htm?id=522982673635"', None, 'not-alibaba-host', None),  # github-index:14981838640; notes silent: Tmall's pharmacy host (天猫医药馆) is not on the section 12 list; kept as the earlier tables read it (not an Alibaba host)
    ('+ 95095医药：http://detail.yao.95095.com/item.htm?id=xxxxxxxxxx', None, 'not-alibaba-host', None),  # github-index:28969888850; notes silent: Tmall's pharmacy host (天猫医药馆) is not on the section 12 list; kept as the earlier tables read it (not an Alibaba host)
    ('            intent.setData(Uri.parse("https://detail.ju.taobao.com/home.htm?spm=608.brandpage.zebra-ju-minisite-item-2979_1517117309961_17.1.3d322e8a1SXmxx&id=1000007', None, 'not-a-listing', None),  # github-index:10219212107; notes silent: a Juhuasuan deal page, no listing form of section 1; kept as the parser reads it (not a listing page)
    ('    expect(extractAliExpressProductId("https://www.aliexpress.com/gcp/300000512/nn?productIds=1005011940143389")).toBe("1005011940143389");', None, 'not-a-listing', None),  # github-index:71195940306; a campaign page (section 11), its productIds a deal's, not a listing link
    ("  assert.equal(extractAliExpressProductId('https://aliexpress.com/ssr/x?productIds=1005010564956854'), '1005010564956854')", None, 'not-a-listing', None),  # github-index:69356975699; a campaign page (section 11), its productIds a deal's, not a listing link
    ('#BEST SELLERS = https://www.aliexpress.com/gcp/300001064/aptaxwR82N', None, 'not-a-listing', None),  # github-index:38926746356; a campaign page (section 11), its productIds a deal's, not a listing link
    ('    _SUPER_DEALS_URL = "https://pt.aliexpress.com/gcp/300000512/innerfeed"', None, 'not-a-listing', None),  # github-index:52229591322; a campaign page (section 11), its productIds a deal's, not a listing link
    ("  ('ali','미담채 국산 전라도 배추김치 포기김치 3kg/5kg 외','https://www.aliexpress.com/ssr/300001014/Flashdeal',36,8230, now() + interval '8 hour', false, 1),", None, 'not-a-listing', None),  # github-index:56822973381; a campaign page (section 11), its productIds a deal's, not a listing link
    ("  { url: 'https://www.aliexpress.com/gcp/300000604/best-sellers.html', name: 'AE Best Sellers' },", None, 'not-a-listing', None),  # github-index:53201688287; a campaign page (section 11), its productIds a deal's, not a listing link
    ('driver.get("https://www.aliexpress.com/gcp/300000533/KDdtyft4ys?spm=a2g0o.best.testStatic.3.2076423aFZytxh&disableNav=YES&pha_manifest=ssr&_imm', None, 'not-a-listing', None),  # github-index:22444109726; a campaign page (section 11), its productIds a deal's, not a listing link
    ('    url = "https://www.aliexpress.com/ssr/300000544/Global-PC-New1?disableNav=YES&_immersiveMode=true"', None, 'not-a-listing', None),  # github-index:61307509847; a campaign page (section 11), its productIds a deal's, not a listing link
    ("  { url: 'https://www.aliexpress.com/gcp/300000512/nnmixchannel.html', name: 'Hot' },", None, 'not-a-listing', None),  # github-index:53163039492; a campaign page (section 11), its productIds a deal's, not a listing link
    ('// @match        https://ru.aliexpress.com/ssr/300001527/CouponCenter*', None, 'not-a-listing', None),  # github-index:17643248581; a campaign page (section 11), its productIds a deal's, not a listing link
    ('淘宝地址为：[http://item.taobao.com/auction/item_detail-0db1-47aeeccb54e9c1c3889a53276d52d7f1.jhtml](http://item.taobao.com/auction/item_detail-0db1-47aeec', None, 'not-a-listing', None),  # github-index:17015267414; notes silent: Taobao's retired item page (a hashed id, not the item id); the parser: not a listing page
    ("            $url = 'http://item.taobao.com/auction/item_detail.jhtml?item_id='.$outer_id;", None, 'not-a-listing', None),  # github-index:21905842032; notes silent: Taobao's retired item page; the parser: not a listing page
    ("    pchar('http://auction1.taobao.com/auction/item_detail-null-6f8b7290cca9dea12e29f63d7f3e1986.jhtml'),", None, 'not-a-listing', None),  # github-index:38471427117; notes silent: Taobao's retired auction host; the parser: not a listing page
    ('    <A href="http://auction1.taobao.com/auction/item_detail-db1-d5db5574047b20212ea4548283c2c2da.jhtml" target=_blank><IMG', None, 'not-a-listing', None),  # github-index:8898864551; notes silent: Taobao's retired auction host; the parser: not a listing page
    ('#  http://item.taobao.com/auction/item_detail-0db1-a4cac5e9329bd6ca120af53b20290cfd.htm', None, 'not-a-listing', None),  # github-index:26869171164; notes silent: Taobao's retired item page (a hashed id); the parser: not a listing page
    ('                     <a href="http://item.taobao.com/auction/item_detail.htm?item_num_id=9043011266" title="三通半遥控直升机" target="_blank">', None, 'not-a-listing', None),  # github-index:841764357; notes silent: Taobao's retired item page (item_num_id is no key section 1 names); the parser: not a listing page
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def _canonical(text: str, platform: str, kind: str, id: str) -> str | None:
    """The canonical URL the notes give a row: ``_real_urls.notes_canonical``, with the legacy
    ``shopN.cn.1688.com`` store host, a vanity World store's host and a Xianyu seller's profile
    kept (as test_urls25 and test_real_urls_22 read them), and the ``m.alibaba.com`` form for
    an Alibaba.com listing whose slug is empty (``product-detail/_N.html``: no slug known,
    section 5)."""
    low = text.lower()
    if platform == "1688" and f"{id}.cn.1688.com" in low:
        return f"https://{id}.cn.1688.com/"
    if platform == "taobao" and not id.isdigit() and f"{id}.world.taobao.com" in low:
        return f"https://{id}.world.taobao.com/"
    if platform == "taobao" and kind == "storefront" and "goofish.com/personal" in low:
        return f"https://www.goofish.com/personal?userId={id}"  # section 8 (as in table 22)
    if platform == "alibaba_com" and f"/product-detail/_{id}.html" in text:
        return f"https://m.alibaba.com/product/{id}.html"
    return notes_canonical(text, platform, kind, id)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace."""
    expected = _canonical(text, platform, kind, id)
    assert expected is not None, text
    assert parse_listing(text).canonical_url == expected, text


def _same_everywhere(text: str) -> dict[str, object]:
    """``parse_listing``'s record of ``text``, checked against the thorough parser's and the
    columnar kernel's."""
    record = parse_listing(text).as_dict()
    assert parse_slowly(text).as_dict() == record, text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [record], text
    return record


_ALIEXPRESS_RESERVED = RESERVED_LABELS["aliexpress.com"]
_STORE_PAGES = ["/store/{id}", "/store/{id}?spm=a2g0o.detail", "/store/feedback-score/{id}.html",
                "/store/group/Handheld-Game-Console/{id}_10000003620340.html"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[a-z][a-z0-9-]{1,14}[a-z0-9]", fullmatch=True).filter(
        lambda label: label not in _ALIEXPRESS_RESERVED and "--" not in label
    ),
    st.from_regex(r"[a-z]{2}", fullmatch=True),
    st.integers(1000, 10**14),
    st.sampled_from(_STORE_PAGES),
)
@example("miyoo", "nl", 912663639, _STORE_PAGES[3])
@example("topmall", "pt", 527978, _STORE_PAGES[0])
def test_a_store_host_with_a_language_label_is_the_store(
    label: str, lang: str, store: int, page: str
) -> None:
    """Fix 1: ``<store>.<lang>.aliexpress.com`` store pages name the store as
    ``<store>.aliexpress.com``'s do (was not-a-listing)."""
    path = page.format(id=store)
    record = _same_everywhere(f"https://{label}.{lang}.aliexpress.com{path}")
    without = parse_listing(f"https://{label}.aliexpress.com{path}").as_dict()
    assert (record["platform"], record["kind"], record["id"]) == (
        "aliexpress",
        "storefront",
        str(store),
    )
    assert record["canonical_url"] == without["canonical_url"]


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}(\.[A-Za-z_][A-Za-z0-9_]{0,8}(\(\))?){1,3}",
                  fullmatch=True),
    st.sampled_from(["${%s}", "{%s}"]),
    st.sampled_from(["1688.com", "taobao.com", "tmall.com", "aliexpress.com", "en.alibaba.com"]),
    st.sampled_from(["/", "/page/offerlist.htm", "/shop/view_shop.htm", ""]),
)  # fmt: skip
@example("requestedShopId.trim()", "${%s}", "1688.com", "/page/offerlist.htm")
def test_a_placeholder_with_a_dotted_expression_is_a_template(
    expression: str, placeholder: str, domain: str, path: str
) -> None:
    """Fix 2: ``https://${a.b()}.1688.com/`` is a template, as ``${shop}.1688.com`` is (was
    lookalike-host)."""
    record = _same_everywhere(f"https://{placeholder % expression}.{domain}{path}")
    assert record["code"] == "not-a-url"
    assert "template" in str(record["reason"])


_LINKS = ["https://item.taobao.com/item.htm?id=610638877760",
          "https://detail.tmall.com/item.htm?id=605165654577",
          "https://www.aliexpress.com/item/1005004878609097.html",
          "https://s.click.aliexpress.com/e/_DBjDZqx", "https://evil.example/a"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.integers(3, 6),
    st.from_regex(r"[A-Za-z][A-Za-z0-9_<>]{0,12}", fullmatch=True),
    st.sampled_from(["", " ", "  ", "\t"]),
    st.sampled_from(_LINKS),
    st.sampled_from(["", '"', "'"]),
)
@example(3, "content", "  ", _LINKS[0], '"')
def test_a_word_after_three_slashes_is_no_link(
    slashes: int, word: str, lead: str, link: str, quote: str
) -> None:
    """Fix 3: ``///word https://…`` (a doc comment) gets the answer of its link (was not-a-url,
    "no host")."""
    record = _same_everywhere(f"{lead}{'/' * slashes}{word} {quote}{link}{quote},")
    alone = parse_listing(link).as_dict()
    assert {key: record[key] for key in alone if key != "input"} == {
        key: value for key, value in alone.items() if key != "input"
    }


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[a-z]{2}", fullmatch=True),
    st.integers(10**5, 10**14 - 1),
    st.sampled_from(["", "?spm=a21wu.10013406-cat-tw.0.0.28e25116D0Opvd", "#detail"]),
)
@example("sg", 743454450733, "")
@example("my", 643417317082, "")
def test_a_country_world_site_serves_the_world_item_form(cc: str, item: int, tail: str) -> None:
    """Fix 4: ``<cc>.world.taobao.com/item/N.htm`` is the World item form (was a page of a
    store ``<cc>``), and ``<cc>.world.taobao.com`` is no store (was storefront ``<cc>``)."""
    record = _same_everywhere(f"https://{cc}.world.taobao.com/item/{item}.htm{tail}")
    assert (record["platform"], record["kind"], record["id"]) == (
        "taobao_or_tmall",
        "listing",
        str(item),
    )
    assert record["canonical_url"] == f"https://item.taobao.com/item.htm?id={item}"
    home = _same_everywhere(f"https://{cc}.world.taobao.com{tail[:1] and '/'}")
    assert home["code"] == "not-a-listing"
