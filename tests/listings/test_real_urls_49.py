"""Sweep realurls49 of listing URLs (notes in /work/notes/sweep-realurls49.md): real strings from
Chinese-language sources no earlier table cites (checked against ``_real_urls.real_texts()`` and
every earlier table's cited sources), on the Taobao family and 1688, read as listing-urls.md says
(section 1: ``item.taobao.com``, and ``a.m.taobao.com``, ``h5.m.taobao.com`` and
``world.taobao.com`` items, Taobao or Tmall; section 2: ``detail.tmall.com`` and Tmall
Supermarket's ``chaoshi.detail.tmall.com``; section 3: ``detail.tmall.hk``; section 4:
``detail.1688.com`` and ``m.1688.com`` offers and a 1688 store's pages; section 10: 【淘宝】 share
texts, ``qr.1688.com`` share links, 淘口令 and ``s.click.taobao.com`` are never guessed; section 11:
search, review, login, order and API pages): lines of public code and Chinese READMEs (淘宝/天猫/1688
爬虫, 淘宝客 返利 bots and SDK clients, 淘口令 tools, a zhihu clip, a 1688 extension's sample
product data).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_48.py. ``FIXED`` holds
the inputs whose answer this sweep changed:

1. A code comment's ``//`` glued to text that is not ASCII and then to a link with its scheme
   (``//形如https://a.m.taobao.com/i….htm``, "// such as https://…") was read as a
   protocol-relative link to the host ``形如https`` (``not-alibaba-host``): the link is the one
   after the comment's words, as after ``//https://…``. Punctuation among the words keeps the
   host whole, refused, as test_review29.py decided (``//店铺地址：http://shop73023976.taobao.com/``:
   a full-width colon a browser reads as a port's).
2. A ``//`` glued to a quoted value whose scheme is an app's (``//"taobao://item.taobao.com/…";``,
   a commented-out Java string) was read as a protocol-relative link to the host ``"taobao``
   (``lookalike-host``): no host starts with a quote, so the value after the marker is read, as
   ``//"https://…"`` was: the ``taobao:`` scheme is refused (``scheme-not-allowed``).
3. A userscript's ``//@include`` glued to its marker, before the page pattern, was read as a
   protocol-relative link with userinfo ``@include`` (``lookalike-host``): a ``//@word`` with
   nothing a host has after the ``@`` is a comment's word, as ``//TODO`` is; alone it is
   ``not-a-url``. ``//@evil.cn/…`` (a dot after the ``@``) stays a link with userinfo, refused.

Where the answer is not the first one a reader might guess, earlier tables and docs/listings.md
decide and the row says so: a host alone in quotes (``'Host': 'login.taobao.com'``) is a host name,
no link (``not-a-url``); a 1688 store's own pages (``shopN.1688.com/page/activity.htm``) read the
store, as earlier tables read its credit and contact pages; ``detail.1688.com/*`` names no offer
(``missing-id``); a template's placeholder (``${id}``, ``%s``, ``{0}``) is ``malformed-id`` and a
concatenation's empty value (``?id=' + x``) ``missing-id``.
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('        //形如https://a.m.taobao.com/i552304055876.htm?price=400', 'taobao_or_tmall', 'listing', '552304055876'),  # shjia/taobao_spider:src/spider.php; fix 1 (was not-alibaba-host: the host "形如https")
    ('            //"taobao://item.taobao.com/item.htm?id=4178739301452";', None, 'scheme-not-allowed', None),  # github-index:10046343501; an app deep-link scheme; fix 2 (was lookalike-host: the host '"taobao')
    ('//@include    https://buyertrade.taobao.com/trade/detail/trade_order_detail.htm*', None, 'not-a-listing', None),  # github-index:45390610247; fix 3 (was lookalike-host: userinfo "@include")
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('    https://s.taobao.com/search?q=u%E7%9B%98&s=44<br>', None, 'not-a-listing', None),  # WinterWaterWarm/tb_comment:README.md
    ('    https://detail.tmall.com/item.htm?id=570208685303&ali_refid=a3_430583_1006:1110663897:N:u%E7%9B%98:df214e090f93c9e8f2b15d9868847464&ali_trackid=1_df214e090f93c9e8f2b15d9868847464&spm=a230r.1.14.3&sku_properties=5919063:6536025', 'tmall', 'listing', '570208685303'),  # WinterWaterWarm/tb_comment:README.md
    ('    https://rate.tmall.com/list_detail_rate.htm?itemId=570208685303&sellerId=2438280281&currentPage=1<br>', None, 'not-a-listing', None),  # WinterWaterWarm/tb_comment:README.md
    ("            'https://s.taobao.com/search?q=%s&sort=sale-desc'%self.search_key,", None, 'not-a-listing', None),  # WinterWaterWarm/tb_comment:scrapy_taobao/spiders/crawl_comment.py
    ("            url = 'https://rate.tmall.com/list_detail_rate.htm?current_page=%d&itemId=%s&sellerId=%s'%(current_page,itemId,sellerId)", None, 'not-a-listing', None),  # WinterWaterWarm/tb_comment:scrapy_taobao/spiders/crawl_comment.py
    ('            $link = "https://item.taobao.com/item.htm?id=".$itemid;', None, 'missing-id', None),  # shjia/taobao_spider:src/Model/Taobao.php
    ("        $link = 'https://hws.m.taobao.com/cache/desc/5.0?callback=backToDesc&id='.$this->itemid.'&type=1';", None, 'not-a-listing', None),  # shjia/taobao_spider:src/Model/Taobao.php
    ('            $link = "https://detail.m.tmall.com/item.htm?id=". $itemid;', None, 'missing-id', None),  # shjia/taobao_spider:src/Model/Tmall.php
    ("    r = requests.get('https://s.1688.com/selloffer/offer_search.htm?keywords=%s&n=y' % encode_keyword)", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/qly_api.py
    ("    url = 'https://h5api.m.taobao.com/h5/mtop.taobao.detail.getdetail/6.0/?jsv=2.4.8&appKey=12574478&t=1560496829070&sign=a5de8fe882dd17eff8ce157a36cb3fd1&api=mtop.taobao.detail.getdetail&v=6.0&dataType=jsonp&ttid=2017%40taobao_h5_6.6.0&AntiCreep=true&type=jsonp&callback=mtopjsonp2&data=%7B%22itemNumId%22%3A%22'+spid+'%22%7D'", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/taobao/taobaom.py
    ("    'referer': 'https://www.taobao.com/',", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/goods_spider.py
    ("    'referer': 'https://i.taobao.com/my_taobao.htm',", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/goods_spider.py
    ("        search_url = f'https://s.taobao.com/search?initiative_id=tbindexz_20170306&ie=utf8&spm=a21bo.2017.201856-taobao-item.2&sourceId=tb.index&search_type=item&ssid=s5-e&commend=all&imgfile=&q={self.q}&suggest=history_1&_input_charset=utf-8&wq=biyunt&suggest_query=biyunt&source=suggest&bcoffset=4&p4ppushleft=%2C48&s={s}&data-key=s&data-value={s + 44}'", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/goods_spider.py
    ("        member_url = f'https://member1.taobao.com/member/fresh/deliver_address.htm'", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/goods_spider.py
    ("            'referer': 'https://detail.tmall.com/item.htm?spm=a230r.1.14.30.443262eeXiSDxO&id=%s&cm_id=140105335569ed55e27b&abbucket=4' % itemId,", None, 'malformed-id', None),  # xiaohan008007/py_echarts:app/server/util/taobao/goods_spider.py
    ("        self.user_check_url = 'https://login.taobao.com/member/request_nick_check.do?_input_charset=utf-8'", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/login_taobao.py
    ("        self.my_taobao_url = 'http://i.taobao.com/my_taobao.htm'", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/login_taobao.py
    ("            'Referer': 'https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fi.taobao.com%2Fmy_taobao.htm%3Fspm%3Da21bo.2017.1997525045.1.5af911d9knQU0r%26nekot%3DeGlhb2hhbjAwODAwNw%3D%3D1569057186871',", None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/login_taobao.py
    ("            'Host': 'login.taobao.com',", None, 'not-a-url', None),  # xiaohan008007/py_echarts:app/server/util/taobao/login_taobao.py; a host alone in quotes is a host name, no link (docs/listings.md)
    ("        'Referer': 'https://item.taobao.com/item.htm',", None, 'missing-id', None),  # xiaohan008007/py_echarts:app/server/util/taobao/sp_detail.py
    ('        purl = "https://detailskip.taobao.com/service/getData/1/p1/item/detail/sib.htm?itemId={}&modules=price,xmpPromotion".format(', None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/sp_detail.py
    ('        comment_url = "https://rate.tmall.com/list_detail_rate.htm?itemId={}&sellerId=880734502&currentPage=1".format(', None, 'not-a-listing', None),  # xiaohan008007/py_echarts:app/server/util/taobao/sp_detail.py
    ("    url = 'https://item.taobao.com/item.htm?spm=a230r.1.14.30.43306a3fOeuZ0B&id=553787375606&ns=1&abbucket=10#detail'", 'taobao', 'listing', '553787375606'),  # xiaohan008007/py_echarts:app/server/util/taobao/sp_detail.py
    ('（2）[淘宝](https://link.zhihu.com/?target=https%3A//www.taobao.com/)：商品、销量、折扣、点评等数据', None, 'not-alibaba-host', None),  # Jimozhu/webclips:pages/zhihu/NGnWZNzXvxTk.md
    ('（3）[天猫](https://link.zhihu.com/?target=https%3A//www.tmall.com/)：商品、销量、折扣、点评等数据', None, 'not-alibaba-host', None),  # Jimozhu/webclips:pages/zhihu/NGnWZNzXvxTk.md
    ("                wait_to_deal_with_url = 'https://chaoshi.detail.tmall.com/item.htm?id=' + goods_id[1]", None, 'missing-id', None),  # github-index:30282759660
    ('            return `https://chaoshi.detail.tmall.com/item.htm?id=${id}`', None, 'malformed-id', None),  # github-index:25197689187
    ('            return `https://detail.tmall.com/item.htm?id=${id}`', None, 'malformed-id', None),  # github-index:25197689187
    ('            return `https://item.jd.com/${id}.html`', None, 'not-alibaba-host', None),  # github-index:25197689187
    ('// @match        http*://chaoshi.detail.tmall.com/item.htm?*', None, 'not-a-url', None),  # github-index:17531358737
    ('// @match        http*://item.taobao.com/item.htm?*', None, 'not-a-url', None),  # github-index:17531358737
    ('                    "https://chaoshi.detail.tmall.com/item.htm?spm=a3204.7933263.0.0.sgJTc9&id=534648284377&rewcatid=50514008", "GBK");', 'tmall', 'listing', '534648284377'),  # github-index:2455264202
    ('            String url = "taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id=296259985";//淘宝店', None, 'scheme-not-allowed', None),  # github-index:10046343501; an app deep-link scheme (scheme-not-allowed)
    ('\t *    那么模块名就位 shop , 对应与域名 shop.m.taobao.com.', None, 'not-a-listing', None),  # github-index:42739360191
    ('\t *     如果店铺下面有2个功能模块，比如： http://shop.m.taobao.com/shop/shop_auction_search.htm', None, 'not-a-listing', None),  # github-index:42739360191
    ('            href="https://shop.m.taobao.com/shop/shop_index.htm?shop_id=584630473"', None, 'not-a-listing', None),  # github-index:21272346761
    ('            gotoShop(this,"taobao://shop.m.taobao.com/shop/shop_index.htm?shop_id=185441148")', None, 'scheme-not-allowed', None),  # github-index:14837691508; an app deep-link scheme (scheme-not-allowed)
    ('BOUGHT_ITEMS_URL = "https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm"', None, 'not-a-listing', None),  # github-index:66839364031
    ('        "Referer": "https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?pageNum=3&pageSize=15&prePageNo=2"', None, 'not-a-listing', None),  # github-index:26395913372
    ('\t\turiList.add("https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm");', None, 'not-a-listing', None),  # github-index:18768050492
    ('        //var postURL = "https://buyertrade.taobao.com/trade/json/transit_step.do?bizOrderId=" + order.id;', None, 'not-a-listing', None),  # github-index:5851988491
    ('        self.browser.get("https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm")', None, 'not-a-listing', None),  # github-index:17043802141
    ('// @match        *://buyertrade.taobao.com/trade/itemlist/*', None, 'not-a-url', None),  # github-index:53832520246
    ('// @connect      h5api.m.taobao.com', None, 'not-a-listing', None),  # github-index:53832520246
    ('            url: "https://list.tmall.com/search_product.htm?q="', None, 'not-a-listing', None),  # github-index:19008408228
    ('            string catPage = HtmlAnalysis.Gethtmlcode("http://list.tmall.com/search_product.htm?cat=" + catId);', None, 'not-a-listing', None),  # github-index:2852840283
    ('\t\tString url = "https://list.tmall.com/search_product.htm?q=" + query + "&s=" + s;', None, 'not-a-listing', None),  # github-index:48443196408
    ("        'referer': 'https://list.tmall.com/search_product.htm?q=%C6%A1%BE%C6&type=p&spm=a220m.8599659.a2227oh.d100&from=mallfp..m_1_searchbutton&searchType=default&sort=d',", None, 'not-a-listing', None),  # github-index:43574724573
    ("        self.browser.get('https://list.tmall.com/search_product.htm?q=羽毛球')", None, 'not-a-listing', None),  # github-index:23825612238
    ('    private static final String TIANMAO_URL = "https://list.tmall.com/search_product.htm?q=%CA%D6%B1%ED";', None, 'not-a-listing', None),  # github-index:36762848538
    ("            'search_url': lambda t: f'https://list.tmall.com/search_product.htm?q={quote(t)}',", None, 'not-a-listing', None),  # github-index:60989306433
    ('\t\tURL:      "https://list.tmall.com/search_product.htm?q=",', None, 'not-a-listing', None),  # github-index:33328726683
    ("\t\t\tThis.oForm.action = 'https://list.tmall.com/search_product.htm?q=' + This.oSearchBox.value;", None, 'not-a-listing', None),  # github-index:7920235248
    ('        self.loginURL = "https://login.taobao.com/member/login.jhtml"', None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/登录淘宝并获取自己订单.py
    ("            'Host':'login.taobao.com',", None, 'not-a-url', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/登录淘宝并获取自己订单.py
    ("            'Referer' : 'https://login.taobao.com/member/login.jhtml',", None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/登录淘宝并获取自己订单.py
    ("            'TPL_redirect_url':'http://i.taobao.com/my_taobao.htm?nekot=udm8087E1424147022443',", None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/登录淘宝并获取自己订单.py
    ("        stURL = 'https://login.taobao.com/member/vst.htm?st=%s&TPL_username=%s' % (st,username)", None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/登录淘宝并获取自己订单.py
    ("        goodsURL = 'http://buyer.trade.taobao.com/trade/itemlist/listBoughtItems.htm?action=itemlist/QueryAction&event_submit_do_query=1' + '&pageNum=' + str(pageIndex)", None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/登录淘宝并获取自己订单.py
    ('driver.get("https://login.taobao.com")', None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/自动登录淘宝(滑块不行).py
    ('# driver.get("http://www.taobao.com")', None, 'not-a-listing', None),  # ReggieFan/spider:ABCDI/机器学习爬虫/自动登录淘宝(滑块不行).py
    ("execute(['scrapy', 'genspider', 'TbSpider','taobao.com'])", None, 'not-a-url', None),  # ReggieFan/spider:fintech/fintech/generate.py
    ("        # href=['http://www.baidu.com','http://www.taobao.com']", None, 'not-alibaba-host', None),  # ReggieFan/spider:fintech/fintech/spiders/3T比特/tttbit.py
    ('    allowed_domains = ["taobao.com"]', None, 'not-a-url', None),  # ReggieFan/spider:fintech/fintech/spiders/TbSpider.py
    ("    start_urls = ['https://taobao.com/']", None, 'not-a-listing', None),  # ReggieFan/spider:fintech/fintech/spiders/TbSpider.py
    ("            'authority': 's.taobao.com',", None, 'not-a-url', None),  # ReggieFan/spider:fintech/fintech/spiders/TbSpider.py
    ("            url = 'https://s.taobao.com/search?q=nike&imgfile=&js=1&stats_click=search_radio_all%3A1&initiative_id=staobaoz_20190806&ie=utf8&bcoffset=3&ntoffset=3&p4ppushleft=1%2C48&s=' + str(i * 44)", None, 'not-a-listing', None),  # ReggieFan/spider:fintech/fintech/spiders/TbSpider.py
    ("                # yield Request(callback=self.page3,url='https://taobao.com/',meta={'price':price,'title':title})", None, 'not-a-listing', None),  # ReggieFan/spider:fintech/fintech/spiders/TbSpider.py
    ("    start_urls = ['http://taobao.com/']", None, 'not-a-listing', None),  # ReggieFan/spider:杂/taobao/taobao/spiders/taobao.py
    ("            url = 'https://s.taobao.com/search?q=' + str(key) + '&s=' + str(44*i)", None, 'not-a-listing', None),  # ReggieFan/spider:杂/taobao/taobao/spiders/taobao.py
    ("            url = 'https://item.taobao.com/item.htm?id=' + str(this_id)", None, 'missing-id', None),  # ReggieFan/spider:杂/taobao/taobao/spiders/taobao.py
    ("        comment_url = 'https://dsr-rate.tmall.com/list_dsr_info.htm?itemId=' + str(this_id)", None, 'not-a-listing', None),  # ReggieFan/spider:杂/taobao/taobao/spiders/taobao.py
    ("    start_url = 'https://s.taobao.com/search?q=' + goods + '&imgfile=&commend=all&ssid=s5-e&search_type=item&sourceId=tb.index&spm=a21bo.2017.201856-taobao-item.1&ie=utf8&initiative_id=tbindexz_20170306&bcoffset=3&ntoffset=3&p4ppushleft=1%2C48'", None, 'not-a-listing', None),  # ReggieFan/spider:杂/tb.py
    ("    # 'https://s.taobao.com/search?q=书包&s=44'", None, 'not-a-listing', None),  # ReggieFan/spider:杂/tb.py
    ("url = 'https://s.taobao.com/search?q=书包&bcoffset=3&ntoffset=3&p4ppushleft=1%2C48&s=44'", None, 'not-a-listing', None),  # ReggieFan/spider:杂/tbhtml.py
    ("# driver.get('https://s.taobao.com/search?q=书包&imgfile=&commend=all&ssid=s5-e&search_type=item&sourceId=tb.index&spm=a21bo.2017.201856-taobao-item.2&ie=utf8&initiative_id=tbindexz_20170306')", None, 'not-a-listing', None),  # ReggieFan/spider:模拟浏览器/taobao.py
    ("html=s.get('https://s.taobao.com/search?q=书包&imgfile=&commend=all&ssid=s5-e&search_type=item&sourceId=tb.index&spm=a21bo.2017.201856-taobao-item.2&ie=utf8&initiative_id=tbindexz_20170306',headers=headers)", None, 'not-a-listing', None),  # ReggieFan/spider:模拟浏览器/taobao.py
    ('\t\tString itemUrl = "http://item.taobao.com/item.htm?spm=a2106.m872.1000384.d13.jH3ETc&id=16016943437&scm=1029.newlist-0.1.1101&ppath=20000%3A10752"', 'taobao', 'listing', '16016943437'),  # sanqianyuejiamk/mkgroovy:src/mengka/zhengze/zhengze_03.groovy
    (' \tdef urls1=["www.taobao.com","www.taobao.com"]', None, 'not-a-url', None),  # sanqianyuejiamk/mkgroovy:src/picture_01.groovy
    ('大家集思广益想出了申请比价工具商就可以进行转换了，结果淘宝官方出了[场景ID权限预警](https://qn.taobao.com/headline/news/10695294?spm=a211vu.12026430.0.0.1fff3929wEYil2)进行反制', None, 'not-a-listing', None),  # Blue-Island-X/Island-Taobao-Bypass:README.md
    ('数据结构可以参考该链接: https://open.taobao.com/api.htm?docId=35896&docType=2', None, 'not-a-listing', None),  # Blue-Island-X/Island-Taobao-Bypass:README.md
    ('            goodsLink = `https://detail.tmall.com/item.htm?id=${goodsId}`;', None, 'malformed-id', None),  # Blue-Island-X/Island-Taobao-Bypass:src/union/taobao.hack.ts
    ("        url = 'https://s.1688.com/selloffer/offer_search.htm?keywords=%CF%D4%BF%A8'", None, 'not-a-listing', None),  # KingCrab1990/py_spider:alibaba_spider.py
    ("  * 请求地址：http://127.0.0.1:3333?url='淘宝、京东、拼多多复制的商品链接（只要包含链接内容即可，无需提取出https://****.com链接）' 如：'【淘宝】https://m.tb.cn/h.U0ptZX4?tk=eCtH2FfjT0a CZ0001 「Lilbetter仿麂皮夹克男秋装新款男装美式上衣休闲工装秋季外套潮」", None, 'not-alibaba-host', None),  # pea-cake/tbk:tbk-api-server/README.md
    ("    if (goal_url.indexOf('tb.cn') != -1 || goal_url.indexOf('taobao.com') != -1) {", None, 'not-a-url', None),  # pea-cake/tbk:tbk-api-server/index.js
    ("    this.url = options.url || 'https://eco.taobao.com/router/rest';", None, 'not-a-listing', None),  # pea-cake/tbk:tbk-api-server/taobao/lib/api/dingtalkClient.js
    (' * see http://open.taobao.com/doc/detail.htm?id=111#s6', None, 'not-a-listing', None),  # pea-cake/tbk:tbk-api-server/taobao/lib/api/dingtalkClient.js
    ("    this._uri = 'ws://mc.api.taobao.com/';", None, 'scheme-not-allowed', None),  # pea-cake/tbk:tbk-api-server/taobao/lib/tmc/tmcClient.js; an app deep-link scheme (scheme-not-allowed)
    ('    REST_URL: "http://gw.api.taobao.com/router/rest",', None, 'not-a-listing', None),  # pea-cake/tbk:tbk-api-server/taobao/main.js
    ("const SHOP_SITES = ['tb.cn', 'taobao.com', 'jd.com', 'pinduoduo.com', 'yangkeduo.com']; // 转链支持网站", None, 'not-a-url', None),  # pea-cake/tbk:wechat/service/msg-filter-service.js
    ('收到很多反馈说淘口令解析失败，经过排查是API失效，现在已经完成API的更换，更换为折淘客的接口。链接：http://www.zhetaoke.com，以上代码已经更新了最新接口，大家只需要替换以下几个php文件即可。<br/>', None, 'not-alibaba-host', None),  # likeyun/liKeYun_TbkTool:README.md
    ('| group_material_id | 物料id | 必填 | 淘宝联盟[material_id](https://market.m.taobao.com/app/qn/toutiao-new/index-pc.html#/detail/10628875?_k=gpov9a)|', None, 'not-a-listing', None),  # why2lyj/youxiang-Itchat:README.md
    ('[文档参考](https://open.taobao.com/doc.htm?docId=73&docType=1)', None, 'not-a-listing', None),  # why2lyj/youxiang-Itchat:README.md
    ("TB_API_ROOT = 'http://gw.api.taobao.com/router/rest?'", None, 'not-a-listing', None),  # why2lyj/youxiang-Itchat:untils/tb_top_api.py
    ('        http://bigdata.taobao.com/api.htm?spm=a219a.7386797.0.0.4ad5669aWaaQFi&source=search&docId=33947&docType=2', None, 'not-a-listing', None),  # why2lyj/youxiang-Itchat:untils/tb_top_api.py
    ('        :param material_id:  详见https://market.m.taobao.com/app/qn/toutiao-new/index-pc.html#/detail/10628875?_k=gpov9a', None, 'not-a-listing', None),  # why2lyj/youxiang-Itchat:untils/tb_top_api.py
    ('        提供淘客生成淘口令接口，淘客提交口令内容、logo、url等参数，生成淘口令关键key如：￥SADadW￥，后续进行文案包装组装用于传播', None, 'short-link', None),  # why2lyj/youxiang-Itchat:untils/tb_top_api.py; section 10: a short link is never guessed
    ("if (host === 'https://detail.1688.com/*') {", None, 'missing-id', None),  # median314/ext-1688-single-product:extension/tabnoise.js; section 11: a detail host with no offer id
    ('                "https://detail.1688.com/*"', None, 'missing-id', None),  # median314/ext-1688-single-product:public/manifest.json; section 11: a detail host with no offer id
    ('              "detailUrl": "https://itemcdn.tmall.com/1688offer/icoss4165340769b90795afecc86a4b",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                  "bannerJumpUrl": "https://shop1467652076311.1688.com/page/activity.htm?offerId=597090034012#promotion"', '1688', 'storefront', 'shop1467652076311'),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js; section 4: a 1688 store's page reads the store (as earlier tables)
    ('                      "serviceLink": "https://peixun.1688.com/space/WVJqzq3VdLKmYEKZ2AmoV5lgr8Wx2Xdb",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                      "agreementPage": "https://rule.1688.com/?+tracelog=aliguize_wzdh01&type=detail&ruleId=20004568&cId=3044#/rule/detail?ruleId=20004568&cId=3044",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                      "url": "https://detail.1688.com/offer/597090034012.html?sk=order"', '1688', 'listing', '597090034012'),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('              "targetUrl": "https://rongzi.1688.com/n/creditbuy/buyer?tracelog=od",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('              "editUrl": "https://offer.1688.com/offer/post/fillProductInfo.htm?operator=edit&offerId=597090034012&pageSrc=fusion&frontVersion=2017"', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                  "videoUrl": "https://cloud.video.taobao.com/play/u/2926666289/p/2/e/6/t/1/343279347174.mp4"', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                  "linkUrl": "https://cybert.m.1688.com/43ohz283.html?sceneName=chimera_16527",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                  "activityUrl": "https://shop1467652076311.1688.com/page/shopactivity.htm?aid=1030590017",', '1688', 'storefront', 'shop1467652076311'),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js; section 4: a 1688 store's page reads the store (as earlier tables)
    ('                  "tractionLink": "https://mindx.1688.com/membercard/memberdaily/dkcy2y3na/index.html?wh_pha=true&wh_pid=1834421&__pageId__=1834421&__existtitle__=1&sourceFrom=od_C",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('                      "baikeUrl": "https://baike.taobao.com/view.htm?id=37400715200",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('          "winportUrl": "https://winport.m.1688.com/page/index.html?memberId=b2b-29266662898cf9d",', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('      "qrCode": "https://m.1688.com/offer/597090034012.html?sk=order",', '1688', 'listing', '597090034012'),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('          "sellerWinportUrl": "https://shop1467652076311.1688.com",', '1688', 'storefront', 'shop1467652076311'),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
    ('            "link": "https://factory.1688.com/zgc/page/2hlo2m80.html?__pageId__=167928&cms_id=167928&wh_pha=true&__existtitle__=1"', None, 'not-a-listing', None),  # median314/ext-1688-single-product:src/utils/exampleDataResult.js
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

#: Fixes 1-3: a code comment's ``//`` glued to its text, a quoted value or a directive holds no
#: host; a link after it is read, and a ``//`` that may still hold a host stays one.
COMMENTS = [
    (FIXED[0][0], "listing"),
    (FIXED[1][0], "scheme-not-allowed"),
    (FIXED[2][0], "not-a-listing"),
    ("//示例https://evil.example/item.htm?id=606832683299", "not-alibaba-host"),  # constructed
    ("//店铺地址：http://shop73023976.taobao.com/", "not-alibaba-host"),  # test_review29.py
    ("//'taobao://item.taobao.com/item.htm?id=606832683299'", "scheme-not-allowed"),  # constructed
    ("//@include", "not-a-url"),  # constructed: the directive alone
    ("//@match https://detail.tmall.com/item.htm?id=606832683299", "listing"),  # constructed
    ("//@evil.cn/item.taobao.com/item.htm?id=606832683299", "lookalike-host"),  # constructed
    ("//天猫旗舰", "not-a-url"),  # constructed: as test_real_urls_11.py
]


@pytest.mark.parametrize(("text", "answer"), COMMENTS)
def test_a_comments_marker_glued_to_its_text_holds_no_host(text: str, answer: str) -> None:
    """A ``//`` glued to non-ASCII text, a quote or ``@word`` is a comment's (fixes 1-3)."""
    result = parse_listing(text)
    assert (getattr(result, "kind", None) or result.code) == answer
    assert parse_slowly(text) == result


test_the_planner_accounts_for_every_line = planner_test(ALL)
