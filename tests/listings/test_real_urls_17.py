"""Sweep 17 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls17.md): one row per input with the answer the document requires, decided
from the notes, not from what the parser said.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_16.py. Every row of
``ROWS`` is a line (or an excerpt, where the index cut it) of a public text: ``owner/repo#N`` is a
GitHub issue or pull-request thread (found with the issue corpus), ``owner/repo:path`` a line of
a public file (found with the code corpus; some repositories read whole: bills of materials,
store lists, scraper fixtures), ``github-index:N`` a public file found by exact-string search of
the code index, an address a stored web page. None of its inputs, nor the first link of any
(but for the rows of ``PART1`` quoted from the same file as an earlier table's row), is in an
earlier table. The sweep looked at Taobao and Tmall as users paste them (share text with
淘口令 tokens, ``m.tb.cn``/``e.tb.cn`` links, desktop and mobile item pages, ``a.m.taobao.com``,
``world.taobao.com``, coupon and affiliate links, store fronts), 1688 (desktop, mobile, ``qr``,
winport, shop hosts), Xianyu and near-miss hosts. "notes silent" marks a form listing-urls.md
does not name: it only has to be refused (or read as the parser documents), and the code
recorded is the parser's. ``test_canonical_urls_follow_the_notes`` checks every accepted row's
canonical URL against the notes' canonical forms.

``PART1`` holds the real inputs that failed before this sweep's fixes, and constructed rows and
controls of the fixes:

- a link in single quotes right before a colon (a quoted key: a Python dict's
  ``{'https://…?id=N':'N'}``, a JavaScript object's) ends at its closing quote, as one before a
  comma already did (``…/N.html','9'``): the id was read as ``N':'N`` (``malformed-id``), a
  1688 or AliExpress path as a form ipprules does not read (``missing-id``), a store's root as
  one of its pages. A quote inside the host is never cut off (``https://item.taobao.com':'@evil.example/…``
  stays a lookalike);
- an ampersand HTML-escaped twice or more (``&amp;amp;id=N``, a page's HTML escaped again, as a
  JSX file of store links holds it) separates parameters as ``&amp;`` does: the id after it
  was not found (``missing-id``).
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
    ("    'https://item.taobao.com/item.htm?spm=a21bo.7724922.8446.2.oi90zh&scm=1007.10325.17076.0&id=43352358270':'43352358270',", 'taobao', 'listing', '43352358270'),  # bopopescu/nut:nut/tests/fetch/conftest.py; a quoted key before a colon (a Python dict)
    ("    'https://item.taobao.com/item.htm?spm=5704.2075955.1998837601.98.GHug7u&id=522087255299':'522087255299',", 'taobao', 'listing', '522087255299'),  # bopopescu/nut:nut/tests/fetch/conftest.py; a quoted key before a colon (a Python dict)
    ("    'https://item.taobao.com/item.htm?spm=a219e.7778345.24768.9.oIZ6TF&id=37353406383':'37353406383',", 'taobao', 'listing', '37353406383'),  # bopopescu/nut:nut/tests/fetch/conftest.py; a quoted key before a colon (a Python dict)
    ("    'https://item.taobao.com/item.htm?spm=a1z0d.6639537.1997196601.3.jdEeMZ&id=524659592741':'524659592741',", 'taobao', 'listing', '524659592741'),  # bopopescu/nut:nut/tests/fetch/conftest.py; a quoted key before a colon (a Python dict)
    ("    'https://item.taobao.com/item.htm?spm=a1z0d.6639537.1997196601.132.2Wnn8I&id=524447761628':'524447761628',", 'taobao', 'listing', '524447761628'),  # bopopescu/nut:nut/tests/fetch/conftest.py; a quoted key before a colon (a Python dict)
    ('                              <li><a target="_blank" rel="noreferrer" href="https://detail.tmall.com/item.htm?spm=a230r.1.999.1.dNNU9X&amp;amp;id=523797604208&amp;amp;ns=1&amp;amp;skuId=3116654706516">detail.tmall.com</a></li>', 'tmall', 'listing', '523797604208'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; an ampersand HTML-escaped twice (&amp;amp;)
    ('                              <li><a target="_blank" rel="noreferrer" href="https://detail.tmall.com/item.htm?spm=a230r.1.14.38.FE2yC7&amp;amp;id=39932657359&amp;amp;ns=1&amp;amp;abbucket=2">detail.tmall.com</a></li>', 'tmall', 'listing', '39932657359'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; an ampersand HTML-escaped twice (&amp;amp;)
    ("{'https://item.taobao.com/item.htm?id=748152639031':'x'}", 'taobao', 'listing', '748152639031'),  # constructed: fix (a dict's key)
    ("links = {'https://detail.1688.com/offer/748152639032.html':1}", '1688', 'listing', '748152639032'),  # constructed: fix (was missing-id)
    ("    'https://www.aliexpress.com/item/1005007481526390.html':'1',", 'aliexpress', 'listing', '1005007481526390'),  # constructed: fix (was missing-id)
    ("SHOPS = {'https://uniqlo.tmall.com/':'uniqlo'}", 'tmall', 'storefront', 'uniqlo'),  # constructed: fix (was a page of the store)
    ("{'https://h5.m.goofish.com/item?id=748152639033':'闲鱼'}", 'taobao', 'listing', '748152639033'),  # constructed control: a non-ASCII value already ended the link
    ('{"https://item.taobao.com/item.htm?id=748152639034":"x"}', 'taobao', 'listing', '748152639034'),  # constructed control: double quotes (unchanged)
    ("{'https://item.taobao.com/item.htm?id=748152639035': 'x'}", 'taobao', 'listing', '748152639035'),  # constructed control: a space after the colon (unchanged)
    ("'https://item.taobao.com':'@evil.example/item.htm?id=748152639036'", None, 'lookalike-host', None),  # constructed control: a quote inside the authority is never cut off
    ("https://uniqlo.tmall.com':'x'", None, 'not-a-url', None),  # constructed control: a quote right after a host is no port, and no cut
    ('https://item.taobao.com/item.htm?spm=a1z10&amp;amp;id=748152639037', 'taobao', 'listing', '748152639037'),  # constructed: fix (escaped twice)
    ('<a href="https://detail.m.1688.com/page/index.htm?spm=a26g8&amp;amp;offerId=748152639038">', '1688', 'listing', '748152639038'),  # constructed: fix
    ('https://www.goofish.com/item?spm=a21ybx&amp;amp;amp;id=748152639039', 'taobao', 'listing', '748152639039'),  # constructed: fix (escaped three times)
    ('https://detail.tmall.com/item.htm?spm=x&amp;id=748152639040', 'tmall', 'listing', '748152639040'),  # constructed control: escaped once (unchanged)
    ('https://detail.tmall.com/item.htm?id=748152639041&amp;amp;id=748152639042', None, 'conflicting-ids', None),  # constructed: fix (two ids are two: the second was not seen, the first taken)
    ('https://item.taobao.com/item.htm?spm=x&amp;amp;ns=1', None, 'missing-id', None),  # constructed control: no id at all
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('淘宝系 APP 移动端分享链接一般是 `.tb.cn` 域名，如淘宝 `https://e.tb.cn/h.SlcxFMLdMYJ2GEp`、闲鱼 `https://m.tb.cn/h.SOSwjRC`。', None, 'short-link', None),  # wujunwei928/parse-video-py#56 (issue or PR thread)
    ("$info2 = Taobaoke::taobaoTbkTpwdCreate(['url'=>'https://h5.m.taobao.com/awp/core/detail.htm?id=571035712848','text'=>'123']);", 'taobao_or_tmall', 'listing', '571035712848'),  # longbeidou/taobaoke#2 (issue or PR thread)
    ('【森马风衣男士简约风景印花休闲中长款外套学生韩版潮】http://v.wzd0.com/h.DRVIuL 点击链接，再选择浏览器打开；或复制这条信息￥YrFL07W19G6￥后打开👉手淘👈', None, 'not-alibaba-host', None),  # xsren/wx_taobao_fanli#11 (issue or PR thread)
    ('2017-11-21 10:49:10,972 get_real_url[line:411] [DEBUG]: https://err.taobao.com/error1.html?c=404&u=https://www.taobao.com/error1.html&r=,502,[]', None, 'not-a-listing', None),  # xsren/wx_taobao_fanli#11 (issue or PR thread)
    ('https://item.taobao.com/item.htm?id=533920709493', 'taobao', 'listing', '533920709493'),  # LifeActor/ykdl#30 (issue or PR thread)
    ('https://detail.tmall.com/item.htm?id=527287172243', 'tmall', 'listing', '527287172243'),  # LifeActor/ykdl#30 (issue or PR thread)
    ('https://item.taobao.com/item.htm?id=44328703681', 'taobao', 'listing', '44328703681'),  # LifeActor/ykdl#30 (issue or PR thread)
    ('https://item.taobao.com/item.htm?id=538217173275', 'taobao', 'listing', '538217173275'),  # LifeActor/ykdl#30 (issue or PR thread)
    ('https://item.taobao.com/item.htm?id=18361523410', 'taobao', 'listing', '18361523410'),  # LifeActor/ykdl#30 (issue or PR thread)
    ('https://www.taidimall.com/search/?name=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D627425639611%26cm_id%3D140105335569ed55e27b', None, 'not-alibaba-host', None),  # QiYuTechOrg/QiYuTkServer#17 (issue or PR thread)
    ('1👈啊5NKkX84wYdk啊 https://m.tb.cn/h.4CEhFr0?sm=70d491  lofree洛斐 小浪无线机械键盘蓝牙双模电竞专用办公电脑茶轴84键', None, 'short-link', None),  # QiYuTechOrg/QiYuTkServer#17 (issue or PR thread)
    ('  "url": "https://www.taobao.com/markets/bx/deny_h5"', None, 'not-a-listing', None),  # 3394772548/yue-spider#14 (issue or PR thread)
    ('`dj.1688.com`被拦截导致[此页面](https://www.1688.com/market/-BFC9C0D6BBFA.html)中商品详情页无法打开', None, 'not-a-listing', None),  # banbendalao/ADgk#53 (issue or PR thread)
    ('https://s.1688.com/youyuan/index.htm?tab=imageSearch&imageType=oss&imageAddress=cbuimgsearch/trFQyDGK4Z1563276150568&spm=a260k.635.3262836.d1088', None, 'not-a-listing', None),  # Carmenliukang/1688_crawler-image_search_products#1 (issue or PR thread)
    ('I get shop.taobao.com as a link.', None, 'not-a-listing', None),  # taobaotools/taobaotools.github.io#4 (issue or PR thread); notes silent: a bare host followed by a space and ASCII prose is read (docs/listings.md, Safety, since urls36), and shop.taobao.com is a service host, no store
    ('域名：uland.taobao.com', None, 'not-a-listing', None),  # privacy-protection-tools/anti-AD#71 (issue or PR thread); notes silent: a coupon page (uland), not a listing
    ('https://s.taobao.com/search?q=%E5%B0%8F%E7%B1%B36&imgfile=&ie=utf8&app=detailproduct&through=1', None, 'not-a-listing', None),  # vokins/yhosts#95 (issue or PR thread); notes silent: a page of the store, not its storefront link
    ('https://open.taobao.com/docs/api.htm?spm=a219a.7629065.0.0.ddHDAv&apiId=26619', None, 'not-a-listing', None),  # orzcc/taobao-top-client#3 (issue or PR thread)
    ('现在可以在微店购买 https://weidian.com/item.html?itemID=2719185809', None, 'not-alibaba-host', None),  # stickeroverflow/sticker-requests#32 (issue or PR thread)
    ('item_id | String | 商品数字 ID(可从商品详情页 URL 提取,如https://detail.tmall.com/item.htm?id=123456中的 123456) |', 'tmall', 'listing', '123456'),  # https://www.crmeb.com/ask/thread/69668
    ('            Pattern pattern = Pattern.compile("https://a.m.taobao.com/i(.*?)\\\\.htm?");', None, 'not-a-listing', None),  # github-index:23162859548; a regular expression
    ('\t\t\t\tite.setClickUrl("http://a.m.taobao.com/i" + tbkItem.getNumIid() + ".htm");', None, 'not-a-listing', None),  # github-index:12041440076; template
    ('        url = "http://a.m.taobao.com/i%s.htm" % taobao_id', None, 'missing-id', None),  # github-index:24275493054; template
    ("    'https://item.taobao.com/item.htm?spm=a1z09.2.0.0.NMMzy2&id=45074255719&_u=r82e7qs23aa':'45074255719',", 'taobao', 'listing', '45074255719'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://item.taobao.com/item.htm?spm=a1z0k.7386009.1997989141.25.ZHDCRp&id=525579185481&_u=&pvid=&scm=':'525579185481',", 'taobao', 'listing', '525579185481'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://item.taobao.com/item.htm?spm=a1z0k.7385961.1997985097.d4918997.V7o5pD&id=22070372914&_u=s82e7qsa0b9':'22070372914',", 'taobao', 'listing', '22070372914'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://detail.tmall.com/item.htm?spm=608.7065813.ne.1.Qy6vnN&id=522022069242&tracelog=jubuybigpic':'522022069242',", 'tmall', 'listing', '522022069242'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://detail.tmall.com/item.htm?id=525566206070&spm=a1z0k.7386009.1997989141.7.ZHDCRp':'525566206070',", 'tmall', 'listing', '525566206070'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://detail.tmall.com/item.htm?spm=a1z10.5-b.w4011-6947701451.28.gkW48M&id=524854465546&rn=28e1186d09057bfe346db810d1baafbe&abbucket=17':'524854465546',", 'tmall', 'listing', '524854465546'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://detail.tmall.com/item.htm?spm=a230r.1.14.51.hQrvPf&id=21361619524&ns=1&_u=hfgvk8386d7&abbucket=8':'21361619524',", 'tmall', 'listing', '21361619524'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://detail.tmall.com/item.htm?spm=a1z10.1-b.w5003-13095458026.26.bs1ggb&id=520847275617&scene=taobao_shop':'520847275617',", 'tmall', 'listing', '520847275617'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("    'https://detail.tmall.com/item.htm?spm=a220o.1000855.1998025129.1.FSm5pB&id=524201323414&pvid=a84033e0-237f-4095-9d0e-70376408af82&abbucket=_AB-M32_B10&acm=03054.1003.1.609376&aldid=oMPo8uD5&abtest=_AB-LR32-PV32_2410&scm=1007.12559.18851.100200300000000&pos=1':'524201323414',", 'tmall', 'listing', '524201323414'),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ("        'https://detail.yao.95095.com/item.htm?spm=a230r.1.14.22.USvP4s&id=523168907868&ns=1&abbucket=5':'523168907868',", None, 'not-alibaba-host', None),  # bopopescu/nut:nut/tests/fetch/conftest.py
    ('\t\tpage.setTask("https://shop73428660.taobao.com/category-1261961156.htm?spm=a1z10.5-c-s.w5002-15343728924.3.N8eqN6&search=y&catName=%CF%C4%BC%BE%BE%AD%B5%E4");', None, 'not-a-listing', None),  # weston313/Reptile:test/com/wozipa/reptile/shop/TaobaoCategoryPageTest.java; notes silent: a page of the store, not its storefront link
    ('\t\tString ulr=page.deletePageNo("https://shop58397358.taobao.com/i/asynSearch.htm?_ksTS=1489508567540_203&callback=jsonp204&mid=w-2731136021-0&wid=2731136021&path=/category-760948433.htm&spm=a1z10.1-c.w5002-2731136009.5.LnMx1K&search=y&catName=%BF%E3%D7%D3&catId=760948433&pageNo=3&scid=760948433");', None, 'not-a-listing', None),  # weston313/Reptile:test/com/wozipa/reptile/shop/TaobaoCategoryPageTest.java; notes silent: a page of the store, not its storefront link
    ('\t\tString url="https://detail.tmall.com/item.htm?id=524131514132";', 'tmall', 'listing', '524131514132'),  # zhoufeng/a-cp:alicopy-service/src/test/java/test/parse/TmallDetailHtmlParseTest.java
    ("    'https://detail.1688.com/offer/548722137629.html?spm=a262n.9599402.j32cvor0.4.gw6bl7',", '1688', 'listing', '548722137629'),  # superonesfazai/python:python网络数据采集/用爬虫测试网站/play_with_scrapy_module/my_spiders/阿里_1688_项目/ali_1688_simple_page_spider_方案2/my_flask_server/tools/test.py
    ("    'https://detail.1688.com/offer/540344060909.html?spm=a260k.635.201611281602.10.JXEQXP',", '1688', 'listing', '540344060909'),  # superonesfazai/python:python网络数据采集/用爬虫测试网站/play_with_scrapy_module/my_spiders/阿里_1688_项目/ali_1688_simple_page_spider_方案2/my_flask_server/tools/test.py
    ("    'https://detail.1688.com/offer/43592024755.html?spm=0.0.0.0.JyGZCI&tracelog=samplelist0801_offer_detail#activity-yangpin-scroll',", '1688', 'listing', '43592024755'),  # superonesfazai/python:python网络数据采集/用爬虫测试网站/play_with_scrapy_module/my_spiders/阿里_1688_项目/ali_1688_simple_page_spider_方案2/my_flask_server/tools/test.py
    ("    'https://detail.1688.com/offer/559526148757.html?spm=b26110380.sw1688.mof001.28.sBWF6s',", '1688', 'listing', '559526148757'),  # superonesfazai/python:python网络数据采集/用爬虫测试网站/play_with_scrapy_module/my_spiders/阿里_1688_项目/ali_1688_simple_page_spider_方案2/my_flask_server/tools/test.py
    ("  const testUrl = 'https://detail.1688.com/offer/991775818085.html?offerId=991775818085&forcePC=1769586521761';", '1688', 'listing', '991775818085'),  # shanshel6/Chinak:server/scripts/extract-1688-data.js
    ('                         "https://login.m.taobao.com/login.htm?loginFrom=wap1688&abc=c",', None, 'not-a-listing', None),  # aqnotecom/aqnote.java:tools.test/src/main/java/com/aqnote/shared/test/regex/RegexTest.java
    ('                          "https://login.m.taobao.com/login.htm&loginFrom=wap1688",', None, 'not-a-listing', None),  # aqnotecom/aqnote.java:tools.test/src/main/java/com/aqnote/shared/test/regex/RegexTest.java
    ('<area shape=\\"rect\\" coords=\\"8,134,201,375\\" href=\\"https://detail.1688.com/offer/706627393257.html?spm=a26286.8251493.description.1.221425b2ZGvKXZ\\"', '1688', 'listing', '706627393257'),  # https://doc-vnm.pandapon.com/project-4008853/api-147289688; an HTML attribute inside a JSON string
    ('                    <a href="https://uland.taobao.com/coupon/edetail?e=T1K05KESA%2BIN%2BoQUE6FNzJ2fNiIaKBBivm%2FqqUV%2B4xc9LD3kgiZyKrcZelJt%2BzjyK2X%2FKc%2F6o%2FqiO4ju1fMc1NzNwQTGaE3ktFP5jT', None, 'not-a-listing', None),  # github-index:26082103243; excerpt; notes silent: a coupon page (uland), not a listing
    ('\t\tString url="https://uland.taobao.com/coupon/edetail?e=SN2ltNLnRaI8Clx5mXPEKpVaTevdr8KO52byC6A2NtMr6crFk2KoXOvNXSiguVVUdyCKxGCNPHZ25HMRCRMIxdBRtZ5z41kz%2BMUwzxYlSKFauagim%2F', None, 'not-a-listing', None),  # github-index:37751659213; excerpt; notes silent: a coupon page (uland), not a listing
    ('    Referer: "https://uland.taobao.com/coupon/edetail?e=AT6wgpt%2FNyg8Clx5mXPEKr69i0zMxe4jWMvhSb44Edmw85BoRshFq6wBX0XfmyARkQxSGIV4OztoyNpUkNh%2FxTo8fdqvbLi0Wv9OAj9evKBNnqF6eT', None, 'not-a-listing', None),  # github-index:22142719138; excerpt; notes silent: a coupon page (uland), not a listing
    ('      // 等申请了再用 https://uland.taobao.com/coupon/edetail?... 之类', None, 'not-a-listing', None),  # github-index:61025382509; notes silent: a coupon page (uland), not a listing
    ("\t\t\t\t\t\t\t$zym_101 = 'http://uland.taobao.com/coupon/edetail?activityId='.$zym_104.'&pid='.$zym_86['hightpid'].'&itemId='.$zym_103.'&src=cd_cdll';", None, 'not-a-listing', None),  # github-index:8587734538; template; notes silent: a coupon page (uland), not a listing
    ('        String tokenUrl = "https://uland.taobao.com/coupon/edetail?activityId="+token.getCoupon_id()+"&pid=mm_120912411_42970707_272988181&itemId="+token.getNum_iid()+"&src=pgy_pgyqf&dx=1', None, 'not-a-listing', None),  # github-index:45084035894; template; notes silent: a coupon page (uland), not a listing
    ('             <a target="_blank" href="https://s.click.taobao.com/1pElJvu">', None, 'short-link', None),  # github-index:48983431563; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ("    let DEFAULT_URL = 'http://s.click.taobao.com/t?e=m%3D2%26s%3D8N0BZT7eXOAcQipKwQzePOeEDrYVVa64XoO8tOebS%2BdRAdhuF14FMf64W7KM76lUMMgx22UI05atgmtnxDX9deVMA5qBABUs5mPg1W", None, 'short-link', None),  # github-index:33177152538; excerpt; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    (' [3]: http://s.click.taobao.com/t?e=m=2&s=R5B/xd29JVMcQipKwQzePOeEDrYVVa64K7Vc7tFgwiHjf2vlNIV67jN2wQzI0ZBVHBMajAjK1gBpS4hLH/P02ckKYNRBWOBBey11vvWwHXSniy', None, 'short-link', None),  # github-index:2040224283; excerpt; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('"BuyUrl":"http://s.click.taobao.com/KAkgagx","IsHot":true,"Status":0},{"Id":62,"Title":"小牛奔奔宝宝睡袋秋冬款","NowPrice":88.00,"OldPrice":198.00,"Type":1,"SourceMall', None, 'short-link', None),  # github-index:20707486623; excerpt; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('    <!-- <div style="padding: 15px 0 0 0" ><a href="https://s.click.taobao.com/Kb3GbKw"><img src="http://tp.nty.tv189.com/h5/bl/adv-aliyun-463-224-2.jpg" style="width:100%;border-radius:4px"/></a></d', None, 'short-link', None),  # github-index:21175424703; excerpt; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('[![丝袜](http://7xrsre.com1.z0.glb.clouddn.com/spike-ad-girl-socks-6.jpg)](http://s.click.taobao.com/t?e=m%3D2%26s%3D095YJZQ1%2BQUcQipKwQzePOeEDrYVVa64K7Vc7tFgwiHjf2vlNIV67sL74TtmOEyS6EFRCN7EKmx1lK%2FY7wPaoHeQQxhDmA6IAe67', None, 'short-link', None),  # github-index:13236848658; excerpt; an image linked to an affiliate link; urlleft2: a Markdown linked image leads to its target (docs/listings.md), here a short link
    ('            string tu = tbkurl.Replace("https://s.click.taobao.com/t_js?tu=", "");', None, 'short-link', None),  # github-index:42824111463; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('                        //{"data":{"taoToken":"￥uL1c0Yz0Zkk￥","couponShortLinkUrl":"https://s.click.taobao.com/OtZMMew","qrCodeUrl":"//gqrcode.alicdn.com/img?type=hv&text=https%3A%2F%2Fs.click.taobao.com%2FeLVMMew%3Faf%3D3&h=300&w=', None, 'short-link', None),  # github-index:27204126003; excerpt; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('            <a href="https://s.click.taobao.com/b2Su5Zw" target="_blank" rel="nofollow" title="学生9块9特惠云服务器">', None, 'short-link', None),  # github-index:18058622103; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('      new URL(`https://market.m.taobao.com/app/detail-project/pages/pages/index?id=${id}`)', None, 'not-a-listing', None),  # github-index:56106644687; template; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('               0->webView.loadUrl("https://market.m.taobao.com/app/tb-source-app/aiguangjiepc/item/index.html?spm=a21bo.2017.2001.6.5af911d9qSt8sr&itemId=200404905502")', None, 'not-a-listing', None),  # github-index:34912856897; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('            return "https://market.m.taobao.com/app/mtb/app-rax-daren-page1/pages/index/index.html?disableNav=YES&userId=" + str + "&spm=a2141.23201685&source=taolive";', None, 'not-a-listing', None),  # github-index:41625468603; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('\t// 官方提供的物料Id（详细物料id见：https://market.m.taobao.com/app/qn/toutiao-new/index-pc.html#/detail/10628875?_k=gpov9a）', None, 'not-a-listing', None),  # github-index:12592869812; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ("const TAOBAO_CHAT_URL = 'https://market.m.taobao.com/app/im/chat/index.html';", None, 'not-a-listing', None),  # github-index:60419280122; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('        activity.setJumpUrl("https://market.m.taobao.com/app/eleme/activity");', None, 'not-a-listing', None),  # github-index:63205764182; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('.field private static final RED_PACKET_GAME_PAGE_URL:Ljava/lang/String; = "https://market.m.taobao.com/app/alisports-fe/ddsports/pages/home-v2.html"', None, 'not-a-listing', None),  # github-index:27205165457; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('\t// https://market.m.taobao.com/app/qn/toutiao-new/index-pc.html#/detail/10628875?_k=gpov9a', None, 'not-a-listing', None),  # github-index:22285368; notes silent on market.m.taobao.com app pages (section 12 reserves the label): a rejection
    ('For samples please visit the official website https://www.espressif.com/en/company/contact/buy-a-sample, or directly order in our Taobao shop https://world.taobao.com/item/677273363812.htm?spm=a21wu.12321156-tw.recommend-tpp.4.19a61924ZMaqpf.', None, 'not-alibaba-host', None),  # github-index:15541219859; excerpt
    ('lement it. Ideally, [Arduino Micro](https://www.arduino.cc/en/Main/ArduinoBoardMicro), bluetooth module [HC-11](https://world.taobao.com/item/35537355090.htm) (or [HC-10](https://www.taiwaniot.com.tw/shop/module-sensor/comm/hm-10-%E8%97%8D%E8%8A%BD-4-0-%E6%A8%A1', None, 'not-alibaba-host', None),  # github-index:24801347400; excerpt; another site first
    ('\t\thttp://world.taobao.com/item/21202600049.htm?spm=a312a.7728556.1414651174895.5.Eu7umN&scm=1007.10146.6070.0&id=21202600049&pvid=f18503c5-e7d3-4d1d-96', 'taobao_or_tmall', 'listing', '21202600049'),  # github-index:6701549371; excerpt
    ('    return new URL(`https://m.1688.com/winport/b2b-${id}.html`);', None, 'missing-id', None),  # github-index:17862619475; template; notes silent: a winport page other than a store's b2b root
    ("    await page.goto('https://m.1688.com/winport/company/b2b-2157572595.html')", None, 'not-a-listing', None),  # github-index:11229568852; notes silent: a winport page other than a store's b2b root (urls47: a page of the store m.1688.com/winport/b2b-2157572595.html, suggested; was missing-id)
    ('                f"https://m.1688.com/winport/{member_id}.html",', None, 'not-a-url', None),  # github-index:56476924635; template; notes silent: a winport page other than a store's b2b root; urls54: a brace template, not a link (was missing-id)
    ('                    driver.get("https://m.1688.com/winport/company/{}.html".format(company_id))', None, 'not-a-url', None),  # github-index:45077663280; template; notes silent: a winport page other than a store's b2b root; urls54: a brace template, not a link (was missing-id)
    ('        ("https://m.1688.com/winport/b2b-22165305319342b.html", "b2b-22165305319342b"),', '1688', 'storefront', 'b2b-22165305319342b'),  # github-index:62517539907
    ('# wx_1688_shop_items_api = "https://winport.m.1688.com/winport/asyncView"', None, 'not-a-listing', None),  # github-index:15231566948; notes silent: a winport page other than a store's b2b root
    ('                "\\t\\t\\"url\\": \\"https://m.1688.com/winport/asyncView?ctoken=&memberId=b2b-25396717735e2ts&hasFooter=false&show_search=false&not_fixed=true&_async_id=offerlist%3Avi', None, 'missing-id', None),  # github-index:8867821802; excerpt; notes silent: a winport page other than a store's b2b root
    ('company_m_page_template = "http://m.1688.com/winport/company/{0}.html"', None, 'not-a-url', None),  # github-index:37997656866; template; notes silent: a winport page other than a store's b2b root; urls54: a brace template, not a link (was missing-id)
    ('.amazon.fr/Greluma-convertisseur-Adaptateur-dalimentation-Compatible/dp/B0D7VDL2X6)   |      ¥20       | [1688](https://qr.1688.com/s/Eb6ykv4y)                                                                    |', None, 'short-link', None),  # github-index:48181915418; excerpt
    ('    sourceCapture: { captureId: "test-capture-music-box", status: "verified", originalSourceUrl: "https://qr.1688.com/s/7OnLCakq", sourceUrl: "https://detail.1688.com/offer/876240928352.html", offerId: "876240928352", observedAt, selectedSk', None, 'short-link', None),  # github-index:66533558192; excerpt
    ('+msgid "https://item.taobao.com/item.htm?ft=t&id=846226367137"', 'taobao', 'listing', '846226367137'),  # sipeed/sipeed_wiki#998 (issue or PR thread)
    ('+msgid "https://item.taobao.com/item.htm?ft=t&id=784724795837&spm=a21dvs.23580594.0.0.1d293d0d61xgBH"', 'taobao', 'listing', '784724795837'),  # sipeed/sipeed_wiki#998 (issue or PR thread)
    ('msgid "https://item.taobao.com/item.htm?id=784724795837"', 'taobao', 'listing', '784724795837'),  # sipeed/sipeed_wiki#998 (issue or PR thread)
    ('【闲鱼】https://m.tb.cn/h.6UebzQ8?tk=tanMeCCtX1U HU071 「这是我的闲鱼号，快来看看吧～」', None, 'short-link', None),  # ZephyrFBD/cxn0102projector_controller_esp32c3_supermini#2 (issue or PR thread)
    ('https://ai.m.taobao.com/？', None, 'not-a-listing', None),  # thx/iconfont-plus#1061 (issue or PR thread)
    ('# 点击AI下载 跳转到了 https://ai.m.taobao.com/', None, 'not-a-listing', None),  # thx/iconfont-plus#1061 (issue or PR thread)
    ('https://ai.taobao.com/?pid=mm_50570328_39070332_145428725', None, 'not-a-listing', None),  # Mayandev/link#3 (issue or PR thread)
    ('| 页面URL | https://detail.tmall.hk/hk/item.htm?abbucket=20&id=992113612565&mi_id=0000SPZVrPa6r0pVoMEVLTay7TyMwp0fIR08Tk4HLqftDrE&ns=1&priceTId=214783fa17859360097081025e118c&skuId=5961851177624&spm=0.0.hoverItem.3&utparam=%7B%22aplus_abtest%22%3A%22b5052a5b1b8efb57157f4a695b3db8a2%22%7D&xxc=taobaoSearch |', 'tmall_global', 'listing', '992113612565'),  # Lolitide/VirusDetector#466 (issue or PR thread)
    ('| 域名仿冒 | 域名仿冒: 疑似冒充「淘宝」(https://www.taobao.com) | +60 |', None, 'not-a-listing', None),  # Lolitide/VirusDetector#466 (issue or PR thread)
    ('【美珍香旗舰店】，复制这条信息￥PEEq0UBjo3q￥后打开👉手机淘宝👈', None, 'short-link', None),  # xsren/wx_taobao_fanli#6 (issue or PR thread)
    (' - [春の芽工作室](https://shop176105244.taobao.com)', 'taobao', 'storefront', '176105244'),  # project-trans/2345.LGBT#2 (issue or PR thread)
    (' - [K411 号橙子](https://shop215942740.taobao.com)', 'taobao', 'storefront', '215942740'),  # project-trans/2345.LGBT#2 (issue or PR thread)
    (' - [三色喵手作](https://shop593269869.taobao.com)', 'taobao', 'storefront', '593269869'),  # project-trans/2345.LGBT#2 (issue or PR thread)
    ('+- [荔枝实验室](https://litchilab.taobao.com/)', 'taobao', 'storefront', 'litchilab'),  # project-trans/2345.LGBT#2 (issue or PR thread)
    ('- [荔枝实验室](https://litchilab.taobao.com)', 'taobao', 'storefront', 'litchilab'),  # project-trans/2345.LGBT#2 (issue or PR thread)
    ('click.simba.taobao.com 应该是这个吧，我删了就好了。。', None, 'not-a-listing', None),  # vokins/yhosts#141 (issue or PR thread)
    ('in the "Places to search for keyboards" paragraph in the readme there\'s rhis [link to taobao](https://item.taobao.com/item.htm?spm=a230r.1.14.325.THFAVS&id=13621819071) which reports that the keyboard is still available but in september 2019 i tried to buy from that link (and also [this one](https://item.taobao.com/item.htm?id=10015486572) via a taobao agent, and for both listings, the seller replied that the item is not actually in stock', 'taobao', 'listing', '13621819071'),  # babarrett/g80-9009#2 (issue or PR thread)
    ('(and also [this one](https://item.taobao.com/item.htm?id=10015486572) via a taobao agent', 'taobao', 'listing', '10015486572'),  # babarrett/g80-9009#2 (issue or PR thread)
    ('在 [硬件支持页面](https://doc.linkease.com/zh/guide/istoreos/storeos_hardware.html#%E6%94%AF%E6%8C%81%E7%A1%AC%E4%BB%B6) ，列出了：', None, 'not-alibaba-host', None),  # linkease/doc.linkease.com#198 (issue or PR thread)
    ('      "http://img.alicdn.com/bao/uploaded/i2/O1CN0140EDqP1eJLvvt5R0Z_!!4611686018427381562-2-fleamarket.png",', None, 'not-alibaba-host', None),  # Usagi-org/ai-goofish-monitor#146 (issue or PR thread)
    ('| [DC电源芯片 SY8089A1AAC](https://item.taobao.com/item.htm?_u=638jp1nfdd1&id=675743697705&spm=a1z09.2.0.0.15ae2e8dM3Jguj&skuId=5506126073221) |  U1   |                 SOT23-5                  |  1   |        |', 'taobao', 'listing', '675743697705'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [AO3400A](https://item.taobao.com/item.htm?id=522574089119&spm=a1z10.3-c-s.w4002-21223910208.9.43706a4bLb8vCV) |  Q4   |                 SOT23-3                  |  1   |          |', 'taobao', 'listing', '522574089119'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [F0502-B-10-20T-R](https://item.taobao.com/item.htm?_u=g20q7cgb4b1f&id=552629356951&sku_properties=1627207:4042777) | U21  |       FPC-SMD_8P-P0.50_L5.9-W9.4        |  1   |   主控和语音板子连接排线座       |', 'taobao', 'listing', '552629356951'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [USB3300-EZK-TR](https://item.taobao.com/item.htm?id=765987343199&pisk=f26nTM9vw6RQ3SgHc5vQwxEJZvFTd29WRaHJyLLz_F8spapped8w233y4YRe71jfreE7OpCMrN7M8vEQOQ8lRFQ-eMBl1YjfV9EBek9CAL9zkreArMsBF97gq3Xn7V-AbY-y4P9gGLvzkreux5gDhL5-c57npC86q3kezaRZ_n8ZYY7y8CuwV39yzUe_cySq4tPwGE0nRTBwvWdyuM8FvMBwTqLcYnMoEexHtWIeSYkPI1_bh18UGcLWpe_exawjdpRlGgKl-JDFri61Sh74ExLFfiCvO9yjNIve-CWFxy2ljTYHg9RiqusMC37yZ1amHHvdsIXhOugNYZLhgps-myIMi1AXbCooTgRo_jP1LYta2OlSNB-6jEKFBTm0FHZtdlqiGjdefHp7jlcSlB-6jEEgjjkJThtpF&spm=a1z10.3-c-s.w4002-24706531953.9.45966a4bbe7RR7) |  U10  |     QFN-32_L5.0-W5.0-P0.50-BL-EP3.4      |  1   |    高速USB通讯芯片      |', 'taobao', 'listing', '765987343199'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SH1.0-3P-STAND](https://item.taobao.com/item.htm?id=565792478624&spm=pc_detail.27183998/evo365560b447259.202206.1.551b7dd6tgTZyT&skuId=4977063196566) |  U8   |     CONN-SMD_3P-P1.00_SH1.0-3P-STAND     |  1   |    3PIN插线座子（固件烧录使用）      |', 'taobao', 'listing', '565792478624'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [STM32F405RGT6](https://item.taobao.com/item.htm?id=522577756409&pvid=aa1f18aa-1d2d-4c48-aca4-2510d8bd8b76&scm=1007.11837.279802.0&spm=2013.1.w4018-21223910180.7.37634c481b1TNL) |  U5   |   LQFP-64_L10.0-W10.0-P0.50-LS12.0-BL    |  1   |    主控芯片      |', 'taobao', 'listing', '522577756409'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [WAFER-SH1.0-2PWB立贴](https://item.taobao.com/item.htm?id=565792478624&pisk=fHSZTjgbllEaUUNsPC-2Lae6Z5x9X3FWjiOXntXDCCAM1i1VnK9vIKmDovxHnBibBhav0sRFMCT6jCi20t5AGEjXGikOY_ojf5UOnm-Xm7N7Vu6TBnK0NirC1il9EL3gcdYmtdRjf8N7Vu6EYGPR07wxy3eMPKtDIEAMKJJ2FjxmSK2etKJJicfDmUHAG2gQgerVFBb4ycqEMlfHTmmred8M7udnmYIHQ9RlIrnmmMJw7it7Abc25ZXJyG140DK1UwxHFOEZY3XMU1OCZumex96hGUQLM0t1Ti8PjUk0ZQY2_wjM8xmcKOdwlZ5a_VdG568JKeD42p1WtOIG8-hhI_OwjpYQq8WHoglqMp21uiQZiq8MppR7LJ757TTUNI9Ikq3v-d9eNRaKkqLM6pR7LJuxkFnBLQw_J&spm=a1z10.3-c-s.w4002-24706531953.9.19516a4bBMt1MQ&skuId=4977063196565) |  U15  | CONN-SMD_2P-P1.00_XUNPU_WAFER-SH1.0-2PWB |  1   |     2PIN喇叭插线座子     |', 'taobao', 'listing', '565792478624'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [CP2102](https://item.taobao.com/item.htm?spm=a1z10.3-c-s.w4002-21223910208.11.38616a4bJvtoO5&id=522575454240) |  U11  | CONN-SMD_2P-P1.00_XUNPU_WAFER-SH1.0-2PWB |  1   |    串口芯片      |', 'taobao', 'listing', '522575454240'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [8MHz](https://item.taobao.com/item.htm?abbucket=11&id=729991029974&ns=1&priceTId=213e38b517169843052828832ef99e&spm=a21n57.1.item.4.91ab523cnlNRzG) |  Y1   |                   3213                   |  1   |      晶振8MHZ    |', 'taobao', 'listing', '729991029974'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [24MHz](https://item.taobao.com/item.htm?abbucket=11&id=739104715286&ns=1&priceTId=213e38b517169844216911780ef99e&spm=a21n57.1.item.11.db05523c4Ql3cj&skuId=5096567748521) |  Y2   |                   3213                   |  1   |    晶振24MHZ      |', 'taobao', 'listing', '739104715286'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [LCD-240x240-ROUND](https://item.taobao.com/item.htm?id=666438287702&qq-pf-to=pcqq.c2c&spm=a210c.1.0.0.79791debq2j2F8) |  U9   |            LCD-240x240-ROUND             |  1   |     主控板子屏幕     |', 'taobao', 'listing', '666438287702'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [HS8836A](https://item.taobao.com/item.htm?id=778259541413&skuId=5319963197471) |  U4 U5  |                  SO-16N                  |  2   |      usb hub芯片    |', 'taobao', 'listing', '778259541413'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SH0.8-4P](https://item.taobao.com/item.htm?abbucket=7&id=740301107825&ns=1&priceTId=2147bf8317170542769112777e01e7&skuId=5103602548730&spm=a21n57.1.item.6.2db0523cUPIqBH) |  P7  |    CONN-SMD_4P-P0.80_HCTL_HC-0.8-4PWT    |  1   |     摄像头4pin接线座     |', 'taobao', 'listing', '740301107825'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [XC6210B332MR](https://item.taobao.com/item.htm?_u=s20q7cgb15f7&id=559236610497&spm=a1z09.2.0.0.29ee2e8dahZw7u) |  U19  |                 SOT23-5                  |  1   |        |', 'taobao', 'listing', '559236610497'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('|   [6MHz](https://item.taobao.com/item.htm?id=549013624134)   |  Y1   |             cystal-3P -4520              |  1   |     晶振6MHZ     |', 'taobao', 'listing', '549013624134'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SC8002B](https://item.taobao.com/item.htm?spm=a1z10.3-c-s.0.0.8ea66a4bnKM0gz&id=573460181477) |  U7 U8   |                  SOP-8                   |  1   |     功放芯片     |', 'taobao', 'listing', '573460181477'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [CON10](https://item.taobao.com/item.htm?id=552629356951&sku_properties=1627207:3597693;-1:-3&spm=a1z10.3-c-s.0.0.53e96a4bsJrOL1) |  J2   |       FPC-SMD_10P-P0.50_L5.9-W9.4        |  2   |    10PIN主控和win hello底座      |', 'taobao', 'listing', '552629356951'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SH1.0A-4P 卧贴](https://item.taobao.com/item.htm?_u=g20q7cgbab7d&id=565715285795&spm=a1z09.2.0.0.62442e8demH03x) |  U9  |          CONN-SMD_SH1.0A-4P-WT           |  1  |    传感器板4PIN舵机座子      |', 'taobao', 'listing', '565715285795'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [Type-C](https://detail.tmall.com/item.htm?abbucket=7&id=624204453884&ns=1&priceTId=2150439b17170520641343968eba0d&skuId=5046329906725&spm=a21n57.1.item.4.ac11523cfNtDUm) | USB1  |         USB-C_SMD-TYPE-C-31-M-12         |  1   |     usb接口座子     |', 'tmall', 'listing', '624204453884'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [PCM2912A](https://item.taobao.com/item.htm?spm=a1z09.2.0.0.63072e8dmzSkSt&id=579685665991&_u=82089jq9r8603e) |  U6   |     TQFP-32_L7.0-W7.0-P0.80-LS9.0-TL     |  1   |          |', 'taobao', 'listing', '579685665991'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [TL431IDBZT](https://item.taobao.com/item.htm?_u=b20q7cgbc675&id=554339815306&spm=a1z09.2.0.0.67002e8dJ6XlJx) |  U15 U31 U32 U33 U34 U35  |                sot23-3_3                 |  6   |          |', 'taobao', 'listing', '554339815306'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [STM32F030F6/STM32F042F6](https://item.taobao.com/item.htm?_u=638jp1nf451&id=522554611977&spm=a1z09.2.0.0.15ae2e8dM3Jguj) |  U13 U21 U22 U23 U24 U25  |                 tssop-20                 |  6   |          |', 'taobao', 'listing', '522554611977'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [FM116B](https://item.taobao.com/item.htm?abbucket=3&id=694332585536&ns=1&priceTId=2147805817169557668101764e7cd8&spm=a21n57.1.item.55.4778523c2BmLel&skuId=4926989292643) |  U14 U26 U27 U28 U29 U30  |                 SOT23-6                  |  6   |          |', 'taobao', 'listing', '694332585536'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [HC-0.8-5PWT](https://item.taobao.com/item.htm?id=740301107825&spm=a1z10.3-c-s.w4002-25177821117.10.1d3d3a84WevkRX&sku_properties=1627207:3682119) |  CN1 CN10 CN11 CN12 CN13 CN14  |    CONN-SMD_5P-P0.80_HCTL_HC-0.8-5PWT    |  6   |          |', 'taobao', 'listing', '740301107825'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [100NF16V](https://item.taobao.com/item.htm?_u=638jp1n4a11&id=715988286645&spm=a1z09.2.0.0.15ae2e8dM3Jguj&skuId=5172878950386) |  无   |                 CAP_0603       |  13   |          |', 'taobao', 'listing', '715988286645'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [10UF16V](https://detail.tmall.com/item.htm?_u=638jp1n0c4d&id=744478845268&spm=a1z09.2.0.0.15ae2e8dM3Jguj&skuId=5137009845290) |  无   |                 CAP_0603                |  4   |          |', 'tmall', 'listing', '744478845268'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [1M](https://detail.tmall.com/item.htm?_u=638jp1n63c8&id=730741754292&spm=a1z09.2.0.0.2b922e8dYscbuj&skuId=5236050159184) |  无   |                 RES_0603                |  1   |          |', 'tmall', 'listing', '730741754292'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [22.1K](https://detail.tmall.com/item.htm?abbucket=1&id=729567210849&rn=76c45346e3e5b5fe9b727a0b37274403&spm=a1z10.3-b-s.w4011-25107846221.17.319c6a52sUKlms&skuId=5229918523106) |  无   |                 RES_0603               |  1   |          |', 'tmall', 'listing', '729567210849'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [3.3UF10V](https://detail.tmall.com/item.htm?_u=638jp1n33b4&id=727694186862&spm=a1z09.2.0.0.2b922e8dYscbuj&skuId=5216945086772) |  无   |                 CAP_0603               |  2   |          |', 'tmall', 'listing', '727694186862'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [100UF6.3V](https://item.taobao.com/item.htm?_u=638jp1na0ac&id=673955424254&spm=a1z09.2.0.0.2b922e8dYscbuj) |  无   |                 CAP_1206               |  2   |          |', 'taobao', 'listing', '673955424254'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [1uH电感](https://detail.tmall.com/item.htm?_u=638jp1n3e8f&id=737371582387&spm=a1z09.2.0.0.2b922e8dYscbuj&skuId=5089136080770) |  无   |                 CAP_0603               |  1  | ', 'tmall', 'listing', '737371582387'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [47UF10V](https://detail.tmall.com/item.htm?_u=638jp1n0cb6&id=744122921990&spm=a1z09.2.0.0.2b922e8dYscbuj&skuId=5301691718275) | 无 | CAP_3528 | 2 | |', 'tmall', 'listing', '744122921990'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SH1.0转2.54杜邦线材3P](https://item.taobao.com/item.htm?_u=b38jp1n33d4&id=714756854302&spm=a1z09.2.0.0.50c02e8dTHxoHQ&skuId=5173574099878) |  无   |           3P            | 1 |     主控板烧录使用     |', 'taobao', 'listing', '714756854302'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SH1.0线材2P](https://item.taobao.com/item.htm?_u=b38jp1n497f&id=694132143171&sku_properties=1627207:1585641342;-1:-1&spm=a1z09.2.0.0.50c02e8dTHxoHQ) |  无   |           2P            |  |     喇叭使用 |', 'taobao', 'listing', '694132143171'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [磁吸POGO PIN磁吸连接器2P](https://item.taobao.com/item.htm?_u=b38jp1n0447&id=650683179648&spm=a1z09.2.0.0.50c02e8dTHxoHQ) |    无  |           2P带耳           |  1  |     背包喇叭使用 |', 'taobao', 'listing', '650683179648'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [摄像头](https://item.taobao.com/item.htm?_u=b20q7cgb6b84&id=567717780577&spm=a1z09.2.0.0.1f3c2e8df9Af9i) |  无   |                    无                    |  1   |          |', 'taobao', 'listing', '567717780577'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [SH1.0双头反向4P线](https://detail.tmall.com/item.htm?id=624787779569&ns=1&pisk=fZisLVw3F1fsLZYwPtpURHmKcFEj5jtP1twxExINHlETM2MoG5JDSluQGXhQ6GJMSrFjslUm7SPaGoMmNpRy43kiIoqpaQ-yq1E2SujODNC49MeYSBJFT3kiISX1MLup4Za_PCbOkShYvye4HoCADRpQJ-2bDGUAXwCLtWFYD5eA9JegCseYBNpCJ-wR6sIOX6KLU8WTDohYv6hygGeXp5k6pyV4MI8VwYFCDg6uCPKrIZScmwwgW7ULBieEARa_wAnMLygTpDoQzyW29kHo8feQVH7T2vgxN4hDzwqsHVh0RfAhRWuK8xFYJtItdXMYvc35HiHQf5hrXPf6O7nip0qL83pSpDcZIDMVHneEaWHiXotJElZT6kwn0BjTG23xbPqc6QziH2GQCuIPFgP7QD_fdzjbd7JBdZbDRcg02SWbf8aTKRNDdp1OUPe3d-JBdZb0WJ2Frp9C6T5..&priceTId=213e36ca17260272297204204ea092&skuId=5070155728367&spm=a21n57.1.item.1.290a523cpRZ93c&utparam=%7B%22aplus_abtest%22:%222d0c0c9227b266c3e7d163a6d4ce40a7%22%7D&xxc=ad_ztc) |  无   |        10CM,反向         | 1  |      舵机板连接语音传感器板    |', 'tmall', 'listing', '624787779569'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [4.3g舵机](https://item.taobao.com/item.htm?id=561100959951&skuId=4466243603017&spm=a1z10.3-c-s.w4002-24032463620.36.e1285bdfEDd3Ve) |  无   |                    无                    |  5   |          |', 'taobao', 'listing', '561100959951'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [9g舵机](https://item.taobao.com/item.htm?id=560963513964&spm=a1z10.3-c-s.w4002-24032463620.16.28145bdfkyicVu&skuId=4621283837889) |  无   |                    无                    |  1   |          |', 'taobao', 'listing', '560963513964'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [推杆](https://detail.tmall.com/item.htm?abbucket=9&id=687938827035&ns=1&priceTId=2150407317171582904975087eceab&spm=a21n57.1.item.9.2c56523c9ANnIp&skuId=5075553231852) |  无   |                  M2*25                   |  2   |          |', 'tmall', 'listing', '687938827035'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [肩部轴承](https://item.taobao.com/item.htm?_u=b38jp1n99fb&id=624000277607&spm=a1z09.2.0.0.50c02e8dTHxoHQ&skuId=4586381098478) |  无   |        肩膀6x10x3mm         | 2 |          |', 'taobao', 'listing', '624000277607'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [腰部轴承](https://item.taobao.com/item.htm?_u=b38jp1n42aa&id=22147131905&spm=a1z09.2.0.0.50c02e8dTHxoHQ&skuId=31676637844) |  无   |        腰部25x32x4mm         | 1 |          |', 'taobao', 'listing', '22147131905'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [螺丝](https://item.taobao.com/item.htm?_u=b20q7cgb74bb&id=571154046536&spm=a1z09.2.0.0.1f3c2e8df9Af9i) |  无   |                M2*4、5、6                | 若干 |          |', 'taobao', 'listing', '571154046536'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [螺丝](https://detail.tmall.com/item.htm?_u=b38jp1nc1f0&id=601243200968&spm=a1z09.2.0.0.50c02e8dTHxoHQ) |  无   |                  M1*10                   | 若干 |          |', 'tmall', 'listing', '601243200968'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [0.8cm的4pin刺破端子线材反向](https://item.taobao.com/item.htm?_u=aqc0n0p2a6e&id=651242539508&sku_properties=1627207:11548701;-2:-4&spm=a1z09.2.0.0.231e2e8dls1tgi) |  无   |                  10cm 4pin反向            | 7 |       摄像头使用   |', 'taobao', 'listing', '651242539508'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [0.8cm的5pin刺破端子线材同向](https://item.taobao.com/item.htm?_u=b38jp1n55b3&id=651242539508&spm=a1z09.2.0.0.43b92e8dcatZo9&skuId=4867116763839) |  无   |                  10cm 5pin双头（5根）   20cm双头（1根 ）  同向           | 6 |  舵机使用        |', 'taobao', 'listing', '651242539508'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [烧录烧写测试针弹簧针](https://item.taobao.com/item.htm?_u=b38jp1n3431&id=734732308160&spm=a1z09.2.0.0.43b92e8dcatZo9&skuId=5254802443743) |  无   |       2.54间距4P               | 1 |  舵机板030烧录使用        |', 'taobao', 'listing', '734732308160'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('| [stlink下载器线烧录调试](https://detail.tmall.com/item.htm?_u=b38jp1n1d88&id=558866168716&skuId=5146051183964&spm=a1z09.2.0.0.43b92e8dcatZo9) |  无   |                    | 1 |  烧录使用        |', 'tmall', 'listing', '558866168716'),  # maker-community/electronbot-old:docs/guide/ProductionProcess/elite-a2-dcdc.md
    ('      link: https://shop102955376.taobao.com', 'taobao', 'storefront', '102955376'),  # maker-community/electronbot-old:docs/index.md
    ('| [链接](https://s.click.taobao.com/ncZSglp) | 100uF                 | C1206                                   | 2    | 一件有10个                                   | 0     | 3.43   |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/RcDIglp) | 10uF                  | C0603                                   | 3    | 选对应容量,耐压大于6.3V即可,店铺起售数量大于实际所需 | 0     | 2      |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/1YRptgp) | 1N5817W               | SOD-123              | 1    | 一件有10个                                   |       | 2      |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/L4cAglp) | 排母5P                | 5P 2.54mm             | 1    | 一件有10个                                   |       | 0.1    |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/QCA9glp) | 5.1k                 | R0402                                   | 2    | 一件有100个                                  |       | 0.8    |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/YU1a7yp) | 0R                    | R0603                                   | 2    | 选对应阻值,数量不用担心,最小起售数量大于实际所需 |       | 1.5    |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/a42Fugp) | TS35CA按钮                |                           | 1    |                                              |       | 2      |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://item.taobao.com/item.htm?abbucket=15&id=921334579991&mi_id=0000-uDh6ctSYJI1wGfLaGTA2ifiEW0vUIADTwhzkDpUGnw&ns=1&priceTId=2147862817618980055887630e0eb6&skuId=5964771387720&spm=a21n57.1.hoverItem.1&utparam=%7B%22aplus_abtest%22%3A%222939194db9cc398ac98c0d0dce20fb01%22%7D&xxc=taobaoSearch) | MINI MSK12CO2         |                          | 1    |                                              |       | 3.5    |', 'taobao', 'listing', '921334579991'),  # vjspdhpp/mcompass:Doc/bom.md
    ('| [链接](https://s.click.taobao.com/kXlxflp) | GT-USB-7010ASV        | USB-C 16P       | 1    |                                              |       | 0.16   |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/g4Etflp) | LED0603            | LED0603                              | 1    | 一件有20个,0603红色                         |       | 0.5    |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/99tqflp) | SI2301CDS             | SOT-23-3       | 3    |                                              |       | 0.72   |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/EsJK7yp) | AP2112K-3.3TRG1       | SOT-25-5       | 1    | 用ME6211替代AP2112K,省钱                   |       | 0.18   |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/TcCnflp) | ESP32-C3-MINI                | | 1    |                                              |       | 12.5   |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://s.click.taobao.com/yHflflp) | QMC5883L              | LGA-16 3x3            | 1    | 买模块回来自己拆芯片                         |       | 7.9    |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://item.taobao.com/item.htm?_u=52fvm2m4d589&id=974091229088&spm=a1z09.2.0.0.3b172e8dvhIx1I&skuId=6091306442177) | TX1812IXU-F01         | 0807                                    | 42   | 更好的显示效果,买50个,多的备用,0807封装的雾状WS2812 | 3     | 4      |', 'taobao', 'listing', '974091229088'),  # vjspdhpp/mcompass:Doc/bom.md
    ('| [链接](https://s.click.taobao.com/NZlC7yp) | MCP73831T-2ATI    | SOT-23-5       | 1    | 2ACI替代2ATI                                 |       | 3.9    |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('| [链接](https://e.tb.cn/h.hfGRpYp7Bg7T5Dq?tk=rNBxVybTg49) | 213455锂电池          | 213455                                  | 1    |                                              | 5     | 7.84   |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md
    ('| [链接](https://s.click.taobao.com/JPVA7yp) | ATGM336H-5N71         |                                         | 1    | 模块+天线                                    | 1.5   | 23     |', None, 'short-link', None),  # vjspdhpp/mcompass:Doc/bom.md; notes silent: s.click.taobao.com, Taobao's affiliate redirect, read as a short link
    ('[¥21.00]: https://item.taobao.com/item.htm?spm=a230r.1.14.5.700d4548DGiHi5&id=520782425493&ns=1&abbucket=20#detail', 'taobao', 'listing', '520782425493'),  # kev1nCh1u/Air-pollution:doc/bom/README.md
    ('[¥19.50]: https://item.taobao.com/item.htm?spm=2013.1.w4023-11742923545.4.7849757aIZ1xOq&id=520782669968', 'taobao', 'listing', '520782669968'),  # kev1nCh1u/Air-pollution:doc/bom/README.md
    ('[¥38.70]: https://m.tb.cn/h.3OzZTBe', None, 'short-link', None),  # kev1nCh1u/Air-pollution:doc/bom/README.md
    ('[3]: https://item.taobao.com/item.htm?spm=a230r.1.14.5.700d4548DGiHi5&id=520782425493&ns=1&abbucket=20#detail', 'taobao', 'listing', '520782425493'),  # kev1nCh1u/Air-pollution:doc/bom/README.txt
    ('[5]: https://item.taobao.com/item.htm?spm=2013.1.w4023-11742923545.4.7849757aIZ1xOq&id=520782669968', 'taobao', 'listing', '520782669968'),  # kev1nCh1u/Air-pollution:doc/bom/README.txt
    ('[8]: https://m.tb.cn/h.3OzZTBe', None, 'short-link', None),  # kev1nCh1u/Air-pollution:doc/bom/README.txt
    ("  'url': 'http://m.taobao.com/',", None, 'not-a-listing', None),  # panli-com/special-2017-h5:1009/data/shop.js
    ("  'url': 'http://www.tmall.com/',", None, 'not-a-listing', None),  # panli-com/special-2017-h5:1009/data/shop.js
    ("  'url': 'https://chaoshi.tmall.com/',", None, 'not-a-listing', None),  # panli-com/special-2017-h5:1009/data/shop.js
    ('            <a href="http://m.taobao.com/" class="one-href">&nbsp;</a>', None, 'not-a-listing', None),  # panli-com/special-2017-h5:1009/host.html
    ('    "所属店铺": "https://cy2017.taobao.com/",', 'taobao', 'storefront', 'cy2017'),  # panli-com/special-2017-h5:1218/data/list.js
    ('    "所属店铺": "https://tianxiangyuan.tmall.com/",', 'tmall', 'storefront', 'tianxiangyuan'),  # panli-com/special-2017-h5:1218/data/list.js
    ('    "所属店铺": "https://xyj925.taobao.com/",', 'taobao', 'storefront', 'xyj925'),  # panli-com/special-2017-h5:1218/data/list.js
    ('    "所属店铺": "https://peggy-cheung.taobao.com/",', 'taobao', 'storefront', 'peggy-cheung'),  # panli-com/special-2017-h5:1218/data/list.js
    ('    "所属店铺": "https://lachapelle.tmall.com/  ",', 'tmall', 'storefront', 'lachapelle'),  # panli-com/special-2017-h5:1218/data/list.js
    ('    "所属店铺": "https://shop34066640.taobao.com/",', 'taobao', 'storefront', '34066640'),  # panli-com/special-2017-h5:1218/data/list.js
    ('                <a href="http://www.taobao.com" target="_blank" rel="nofollow">淘宝</a>', None, 'not-a-listing', None),  # panli-com/special-2017-h5:libs/templates/header.html
    ('                <a href="http://www.tmall.com" target="_blank" rel="nofollow">天猫</a>', None, 'not-a-listing', None),  # panli-com/special-2017-h5:libs/templates/header.html
    ('                <a href="http://www.1688.com" target="_blank" rel="nofollow">阿里巴巴</a>', None, 'not-a-listing', None),  # panli-com/special-2017-h5:libs/templates/header.html
    ('                              <li><a target="_blank" rel="noreferrer" href="https://masoweide.tmall.com/index.htm?spm=a1z10.1-b.w5002-9112559552.2.VIOxLK">masoweide.tmall.com</a></li>', 'tmall', 'storefront', 'masoweide'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://bokasi.taobao.com/index.htm?spm=2013.1.w10782109-12553032025.4.VL2Vp8">bokasi.taobao.com</a></li>', 'taobao', 'storefront', 'bokasi'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://shop101312711.taobao.com/index.htm?spm=2013.1.w5002-12270796871.2.CCM0rW">shop101312711.taobao.com</a></li>', 'taobao', 'storefront', '101312711'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://kuegou.tmall.com/?spm=a220o.1000855.w5001-3610250230.11.ACt45v&amp;amp;scene=taobao_shop">kuegou.tmall.com</a></li>', 'tmall', 'storefront', 'kuegou'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="http://reallypoint.1688.com/?spm=a2615.2177701.0.0.NLLAf9">reallypoint.1688.com</a></li>', '1688', 'storefront', 'reallypoint'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://minglifs.tmall.com/shop/view_shop.htm?spm=a1z10.1-b.w10580863-12241802770.4.1ACGF1">minglifs.tmall.com</a></li>', 'tmall', 'storefront', 'minglifs'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://myfangshao.taobao.com/index.htm?spm=2013.1.w10772994-12723681433.1.xLnebA&amp;amp;scene=taobao_shop">myfangshao.taobao.com</a></li>', 'taobao', 'storefront', 'myfangshao'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://tashangjc.tmall.com/shop/view_shop.htm?spm=a1z10.3-b.w5001-4641447186.2.r5C82C&amp;amp;mytmenu=mdianpu&amp;amp;utkn=g,nbuxg43tmxf7xsoqx3n3hw6xvdbpjnpk1433388483956&amp;amp;user_number_id=1860075399&amp;amp;scm=1028.1.1.20001&amp;amp;scene=taobao_shop">tashangjc.tmall.com</a></li>', 'tmall', 'storefront', 'tashangjc'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="http://shop1428598514999.1688.com/?spm=a261y.7663282.0.0.4IdMuF">shop1428598514999.1688.com</a></li>', '1688', 'storefront', 'shop1428598514999'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://jtsdxl.tmall.com/search.htm?spm=a220o.1000855.w5001-11795865045.9.yWF851&amp;amp;search=y&amp;amp;scene=taobao_shop">jtsdxl.tmall.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://guyangcity.tmall.com/category.htm?spm=a1z10.4-b.w5001-11678284319.7.W8Z0dI&amp;amp;search=y&amp;amp;scene=taobao_shop">guyangcity.tmall.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://2mys.taobao.com/index.htm?spm=a1z10.1-c.w5002-5534099671.2.UbJZ8R">2mys.taobao.com</a></li>', 'taobao', 'storefront', '2mys'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://aigebei.taobao.com/search.htm?spm=2013.1.w5002-10404687637.1.0PSnxo&amp;amp;search=y">aigebei.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://rjfashion.taobao.com/category-1171866690.htm?spm=a1z10.3-c.w4010-12549863474.7.Lzws7E&amp;amp;search=y&amp;amp;catName=2016%B4%BA%D7%B0%C9%CF%CA%D0#bd">rjfashion.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://detail.tmall.com/item.htm?id=524717523458&amp;amp;ali_trackid=2:mm_111284466_10758191_35954927:1453870651_264_813521624&amp;amp;pvid=200_10.98.16.153_456_1453870650383">detail.tmall.com</a></li>', 'tmall', 'listing', '524717523458'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="http://detail.1688.com/offer/43009997369.html?spm=0.0.0.0.sRhHgf">detail.1688.com</a></li>', '1688', 'listing', '43009997369'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://shop109581743.taobao.com/search.htm?spm=2013.1.0.0.mfJ5Jp&amp;amp;search=y">shop109581743.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://wdfs.taobao.com/search.htm?spm=2 013.1.w5002-12266495899.1.3ZSDi1&amp;amp;search=y">wdfs.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://paimai.taobao.com/pmp_list/3_53856004___1_1.htm?spm=a21bo.7724922.8428.4.UJ23om&amp;amp;needOrgSearch=true#sort-bar">paimai.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://s.taobao.com/list?spm=a219r.lm894.14.304.wajbC8&amp;amp;type=similar&amp;amp;app=i2i&amp;amp;rec_type=1&amp;amp;uniqpid=-1691820517&amp;amp;nid=521192219152">s.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://bbs.tmall.com/?spm=a220o.1000855.w5001-10012925590.7.awoswp&amp;amp;scene=taobao_shop">bbs.tmall.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                              <li><a target="_blank" rel="noreferrer" href="https://s.taobao.com/search?q=%E6%89%8B%E6%9C%BA%E5%A4%96%E5%A3%B3&amp;amp;s_from=newHeader&amp;amp;ssid=s5-e&amp;amp;search_type=item&amp;amp;sourceId=tb.item">s.taobao.com</a></li>', None, 'not-a-listing', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx; notes silent: a page of the store, not its storefront link
    ('                              <li><a target="_blank" rel="noreferrer" href="https://item.taobao.com/item.htm?id=40783555461&amp;amp;ali_trackid=2:mm_111284466_10758191_35954927:1452672442_261_1694466830&amp;amp;pvid=200_10.176.141.90_400_1452672442199">item.taobao.com</a></li>', 'taobao', 'listing', '40783555461'),  # Chaobanh27/OrderHangQuangChau:src/pages/Dashboard/ReputableShop/ReputableShop.jsx
    ('                1.1 Giới thiệu về trang thương mại điện tử Taobao.com / 1688.com', None, 'not-a-url', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Home/Instruction/index.jsx
    ('                  alt="taobao.com la gi"', None, 'not-a-url', None),  # Chaobanh27/OrderHangQuangChau:src/pages/Home/Instruction/index.jsx
    ('# url = """https://h5.m.goofish.com/item?id=719945687523&ut_sk=1.ZI15XuRCxvoDANvagaOs3KbL_21407387_1686993259501.copy.detail.719945687523.2215958134984&forceFlush=1&ownerId=2c8678ce89270d40abb21f6e7a41e2c4&un=0356d687e89b4434710a1ee8faf92a20&share_crt_v=1&un_site=77&spm=a2159r.13376460.0.0&sp_abtk=common_xianyu_commonInfo&sp_tk=VW42aWRyMlRCRTM%3D&cpp=1&shareurl=true&short_name=h.UARIrOw&bxsign=scdLQctM_t_4arxCv_emQ-gJkp0nbxyBz_rHXIbaN2wkS5prqT0SWepUr3bx_Vy4mYXcLVE90gfUTY3TCUg4gcenZnzF6Oyi91VDcwzMvsPMtPKnEDgAMWnztuD7yzH21TpRVZ3jxD5UfqPLeCWR4RJTw&tk=Un6idr2TBE3%20CZ0001&app=chrome"""', 'taobao', 'listing', '719945687523'),  # ZGarry/moMoney:xianyu.py
    ('\t\tURLUtil.getRootDomainName("abc.sss.taobao.com.cn");', None, 'not-a-url', None),  # github-index:26514150525
    ('        curl_setopt($ch, CURLOPT_REFERER, "http://taobao.com.cn/");   //构造来路', None, 'lookalike-host', None),  # github-index:11949873264
    ('                .baseUrl("http://www.taobao.com.cn/")', None, 'lookalike-host', None),  # github-index:48770907982
    ('        XCTAssertEqual(DomainAnalyzer.registrableDomain("shop.taobao.com.cn"), "taobao.com.cn")', None, 'not-a-url', None),  # github-index:55920940514
    ('    start_urls = ["https://www.taobao.com/markets/tbhome/cool-shop"', None, 'not-a-listing', None),  # github-index:9412152976
    ('    for bad in ("evil.com", "taobao.com.evil.com", "nottaobao.com", "taobao.org",', None, 'not-a-url', None),  # github-index:61653222546
    ('\t\tsub = getHostName("www.taobao.com.cn");', None, 'not-a-url', None),  # github-index:27246154374
    ("        { keyword: '碎花连衣裙', url: 'https://detail.m.1688.com/page/index.htm?offerId=789012' }", '1688', 'listing', '789012'),  # github-index:61947980749; notes silent on 1688's shortest offer id: accepted
    ("    await searchStringParser('http://detail.m.1688.com/page/index.htm?offerId=566136916082'),", '1688', 'listing', '566136916082'),  # github-index:12288034918
    ('            // http://detail.m.1688.com/page/index.htm?offerId=613760633862', '1688', 'listing', '613760633862'),  # github-index:16963920364
    ('        - http://detail.m.1688.com/page/index.htm?offerId=1000507489165', '1688', 'listing', '1000507489165'),  # github-index:7771563654
    ('            //http://detail.m.1688.com/page/index.htm?offerId=529037908872', '1688', 'listing', '529037908872'),  # github-index:45828648927
    ('      // Mobile: detail.m.1688.com/page/index.htm?offerId=754018142522', '1688', 'listing', '754018142522'),  # github-index:58522045345
    ('        // Mobile: detail.m.1688.com/page/index.htm?offerId=810352749783', '1688', 'listing', '810352749783'),  # github-index:58601663723
    ('\tif ShareURL("12345") != "https://h5.m.goofish.com/item?id=12345" {', None, 'malformed-id', None),  # github-index:53771066644
    ('                index = link.find("https://h5.m.goofish.com/item?id=") + 33', None, 'missing-id', None),  # github-index:34433357942
    ('\t\t{"https://goofish.com/", "xianyu", "https://goofish.com/"},', None, 'not-a-listing', None),  # github-index:70308123528
    ('\t\t{"https://h5.m.goofish.com/item?id=1", "xianyu", "https://h5.m.goofish.com/item?id=1"},', None, 'malformed-id', None),  # github-index:70308123528
    ('当前扩展只能按内置规则清洗链接。遇到未支持站点（例如 `h5.m.goofish.com/item?...`）时，用户无法指定保留参数，也无法把一次性决策沉淀为长期可复用规则，导致清洗结果不可控、重复操作成本高。', None, 'missing-id', None),  # github-index:71055087116
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
    ("https://h5.m.goofish.com/item?id=965639435219", "965639435219"),
    ("http://a.m.taobao.com/i35081419154.htm", "35081419154"),
]


def _same_everywhere(text: str) -> None:
    """The thorough parser and the columnar kernel give ``parse_listing``'s answer."""
    result = parse_listing(text)
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS), st.sampled_from(["", "{", "    ", "links = {", "x = ["]),
       st.sampled_from(["'x'", "1", "'542479181481'", "None", "['a', 'b']", "'淘宝'"]),
       st.sampled_from(["", ",", "}", ", 'y': 2}"]))  # fmt: skip
def test_a_link_quoted_as_a_key_ends_at_its_quote(
    link: tuple[str, str], before: str, value: str, after: str
) -> None:
    """``'https://…':value``: a link in single quotes before a colon (a dict's key) ends at its
    closing quote, whatever the value (it was read into the id or the path)."""
    url, id = link
    text = f"{before}'{url}':{value}{after}"
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    _same_everywhere(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([("item.taobao.com/item.htm", "id"), ("detail.tmall.com/item.htm", "id"),
       ("detail.m.1688.com/page/index.htm", "offerId"), ("www.goofish.com/item", "id"),
       ("detail.tmall.hk/hk/item.htm", "id")]), st.integers(1, 4),
       st.sampled_from(["spm=a1z10.3", "abbucket=7", "_u=638jp1n0c4d"]),
       st.sampled_from(["", "&ns=1", "&skuId=5137009845290"]),
       st.sampled_from(["{}", '<a href="{}">', '"{}"']))  # fmt: skip
def test_an_ampersand_escaped_any_number_of_times_separates_parameters(
    page: tuple[str, str], times: int, first: str, rest: str, wrapper: str
) -> None:
    """``?spm=…&amp;amp;id=N``: an ampersand HTML-escaped once or more still separates the
    parameters, so the id after it is found."""
    path, key = page
    amp = "&" + "amp;" * times
    url = f"https://{path}?{first}{amp}{key}=748152639050{rest.replace('&', amp)}"
    text = wrapper.format(url)
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, "748152639050"), text
    _same_everywhere(text)
