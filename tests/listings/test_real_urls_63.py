"""Sweep realurls63 of listing URLs (notes in /work/notes/sweep-realurls63.md): 86 real
strings from web pages (the search tool's ``pages`` corpus) rather than code: API vendors'
documentation pages (Chinese and English: item-detail response tables whose
``detail_url``/``pic_url`` cells glue a link to its field name or to Chinese words, curl and
JSON examples, masked ids), tutorials and blog posts (an AliExpress affiliate how-to, a Node.js
guide, a Russian link checker, an Indonesian Lazada blog, a Spanish buying guide, a Chinese
blog on sharing tidy shopping links), sellers' help and affiliate FAQ pages, a dropshipping
tool's schema, a Taobao-command (淘口令) converter's page, a regex tutorial, a wiki infobox.
No row's line is in an earlier table (checked against every ``tests/**/*.py``); some rows are
the search's excerpts of a page, a table's row or a JSON line read as one line.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_62.py, with its source
(the page's address) in a comment. Every row was decided from listing-urls.md and the earlier
tables' readings before ``parse_listing`` ran; the disagreements:

Fixed (``FIXED``; each fails without its fix):

1. ``"goods_url":"https://item.taobao.com/item.htm?id=63540767****",`` (an API page's example,
   the id masked) was a Taobao listing of ``63540767``: the stars ending a link were all read as
   Markdown emphasis closing, so the masked id lost its mask and read as a shorter, wrong id.
   Three or more ``*`` glued to the digit ending a link are a masked value's, kept in the link
   (``malformed-id``), unless a ``*`` before the link on its line opens emphasis for them to
   close (``**…**``, ``***…***``, test_urls35.py); a single or double ``*`` still closes.

2. ``请求参数:nick=lin130021&shop_url=shop63387065.taobao.com/`` (an API page's request
   parameters, a store's address the last one's value, without its scheme) was ``not-a-url``,
   and ``shop_url=shop63387065.taobao.com/`` alone ``lookalike-host`` (the host read
   ``shop_url=shop63387065.taobao.com``, which no host is: none holds ``=``). Query parameters
   glued before a marketplace's host written without its scheme are a label, as ``url=`` is
   before ``https://`` (docs/listings.md) and ``Link:`` before a host: the link is their last
   value. A host before them (``evil.cn/?u=item.taobao.com/…``) is still the link's host.

Decided otherwise (the docs or an earlier table decide; the row's comment says which): an app
deep link (``tbopen://``) is ``scheme-not-allowed``; a third-party host whose name holds
``taobao`` and a template's ``api.lazada.{region}`` are lookalikes; a percent-encoded share link
as a parameter's value is read decoded (``short-link``); a store host as a parameter's value
(``seller_nick=sheenstar.en.alibaba.com``) is a name, no link; ``api.xianyu.com``,
``open.goofish.pro`` and ``img1688.com`` are lookalikes; a link cut short by an ellipsis
(``detail.1688.com/offer/62867…``, also an image's on ``alicdn.com``) is ``malformed-id``, cut
short (test_listings_cut_short_text.py); a link a blog laid out over indented lines
(``item.htm`` then ``?ut_sk=…``, ``&id=…`` lines) reads as its first line, ``missing-id``: the
lines are not joined (a guess), so its row is left out of the plan file, read line by line.
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('String 0 http://item.taobao.com/item.htm?id=520813250866 宝贝链接', 'taobao', 'listing', '520813250866'),  # https://open.fan-b.com/help/api/onebound.taobao.item_get_pro.html
    ('Mix 0 [{ "url": "//gd3.alicdn.com/imgextra/i4/2596264565/TB2p30elFXXXXXQXpXXXXXXXXXX_!!2596264565.jpg"} 商品图片', None, 'not-alibaba-host', None),  # https://open.fan-b.com/help/api/onebound.taobao.item_get_pro.html
    ('curl -i "https://api-gw.onebound.cn/taobao/item_get_app/?key=< Your own apiKey>&secret=< Your own apiSecret>&num_iid=520813250866"', None, 'not-alibaba-host', None),  # https://yzsam.com/html/HMQYOR.html
    ('coupon_click_url String https://uland.taobao.com/coupon/edetail?e=nqUNB1NOF3Bt3vqbdXnGloankzPYmeEFkgNrw6YHQf9pZTj41Orn8MwBAs06HAOzqQomYNedOiHDYPmqkFXqLR0HgBdG%2FDDL%2F1M%2FBw7Sf%2FesGXLf%2BqX4cbeC%2F2cR0p0NlWH0%2BknxpnCJJP%2FQkZSsyo1HvKjXo4uz&pid=mm_26381042_12970066_52864659&af=1 商品优惠券推广链接', None, 'not-a-listing', None),  # https://www.taobaokeapi.com/doc/api.taobao.id2tkl.html
    ('tbopenscheme String tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&module=h5&h5Url=https%3A%2F%2Fuland.taobao.com%2Fcoupon%2Fedetail%3Fe%3Dcabdp8xxxxxxxx secheme形式打开手机淘宝app进入商品详情或领券', None, 'scheme-not-allowed', None),  # https://www.taobaokeapi.com/doc/api.taobao.id2tkl.html; an app deep link's scheme, refused (section 0)
    ('opentbappurl String https://api.taobaokeapi.com/?opentbapp=1&tbkid=xxxxxxxx 打开手机淘宝app进入商品详情或领券', None, 'lookalike-host', None),  # https://www.taobaokeapi.com/doc/api.taobao.id2tkl.html; a host whose name holds a marketplace's (taobao…com): a lookalike (section 11)
    ('https://ae01.alicdn.com/kf/HTB12r_yabEF6uJjSZFOq6xUvVXa1/Women-T-Shirt-Short-Sleeves-Hygroscopic-Quick-Drying-Fitness-T-shirt-Women-Top-Clothes.jpg', None, 'not-alibaba-host', None),  # http://lepang.cn/lp/htmls/common/api/yh.php?url=https%3A%2F%2Fblog.51cto.com%2Fu_16182967%2F6918415
    ('const API_URL = "http://gw.api.taobao.com/router/rest";', None, 'not-a-listing', None),  # https://vandevliet.me/how-to-make-aliexpress-affiliate-api-call
    ('- Create an account on portals.aliexpress.com', None, 'not-a-listing', None),  # https://oriollopez.com/posts/how-to-use-aliexpress-affiliates-with-nodejs
    ("const url = 'https://api-sg.aliexpress.com/sync';", None, 'not-a-listing', None),  # https://oriollopez.com/posts/how-to-use-aliexpress-affiliates-with-nodejs
    ('Example: ["https://aliexpress.com/item/123.html", {"url": "https://aliexpress.com/item/456.html", "rules": {"pricing": {"mode": "multiplier", "multiplier": 3}}}] | |', None, 'malformed-id', None),  # https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers.product.import
    ('source_urlNoSingle supplier product URL. Supports AliExpress, Alibaba, and Accio.com product links (accio.com/c/...?productId=xxx&ds=aliexpress.com).', None, 'not-alibaba-host', None),  # https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers_product_import
    ('"description": "<div id=\\"offer-template-0\\"></div><p><img src=\\"https://cbu01.alicdn.com/img/ibank/O1CN01VLodYu1HFvYFzVcM3_!!983630729-0-cib.jpg\\" usemap=\\"#Map\\" border=\\"0\\"/> <map name=\\"Map\\"> \\r\\n<area shape=\\"rect\\" coords=\\"8,134,201,375\\" href=\\"https://detail.1688.com/offer/706627393257.html?spm=a26286.8251493.description.1.221425b2ZGvKXZ\\"', None, 'not-alibaba-host', None),  # https://doc-vnm.pandapon.com/project-4008853/api-147289688
    ('\t\t"detail_url": "https://detail.1688.com/offer/610947572360.html",', '1688', 'listing', '610947572360'),  # https://yzsam.com/html/UKmVzN.html
    ('detail_urlStringhttps://detail.1688.com/offer/533816674053.html宝贝链接', '1688', 'listing', '533816674053'),  # https://open.onebound.cn/help/api/1688.item_get.html
    ('pic_urlStringhttps://cbu01.alicdn.com/img/ibank/2016/185/473/3126374581_294023583.460x460xz.jpg宝贝图片', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/1688.item_get.html
    ('detail_url String https://detail.1688.com/offer/610947572360.html Baby link', '1688', 'listing', '610947572360'),  # https://www.codetd.com/en/article/12819823
    ('String | 0 | https://www.lazada.co.th/products/2-63-urban-luxury-oxfords-shoefree-i267690734-s418579763.html | 宝贝链接 |', 'lazada_th', 'listing', '267690734'),  # https://e-com-net.com/article/1727000662404837376.htm
    ('  2. 接口端点Lazada 接口需区分站点,格式为:https://api.lazada.{region}/rest/product/item/get常见区域域名:', None, 'lookalike-host', None),  # https://alexob.com/?id=93; a template's placeholder for the TLD: Lazada's name on no Lazada TLD, a lookalike (section 11, a wrong TLD)
    ('"detail_url": "https://www.alibaba.com/product-detail/some-product_60840463360.html",', 'alibaba_com', 'listing', '60840463360'),  # https://fadingcoder.top/post/102113.html
    ('item_id:商品 ID,可从https://2.taobao.com/item.htm?id={item_id}提取 -', None, 'malformed-id', None),  # https://jishuzhan.net/article/2014912045515849730
    ('GET/POST http://api.veapi.cn/tbk/gettbnumid?vekey=xxx&stringid=aaa-bbbb&pid=mm_12313212_23211422_9556632231', None, 'not-alibaba-host', None),  # https://veapi.cn/apidoc/taobaolianmeng/122
    ('  "goods_url":"https://item.taobao.com/item.htm?id=63540767****",', None, 'malformed-id', None),  # http://doc.damaijia888.com/api/v3/%E5%85%A8%E5%B9%B3%E5%8F%B0ERP/1-2_%E6%B7%98%E5%AE%9D-%E8%8E%B7%E5%8F%96%E5%BA%97%E9%93%BA%E4%BF%A1%E6%81%AF.html; fix 1: a masked id's stars stay (was a listing of 63540767)
    ("curl --location --request POST 'http://www.damaijia168.com/vv/external/getShopInfo?goods_url=https://item.taobao.com/item.htm?id=635407677***&type=1' \\", None, 'not-alibaba-host', None),  # http://doc.damaijia888.com/api/v3/%E5%85%A8%E5%B9%B3%E5%8F%B0ERP/1-2_%E6%B7%98%E5%AE%9D-%E8%8E%B7%E5%8F%96%E5%BA%97%E9%93%BA%E4%BF%A1%E6%81%AF.html; another site's link holding a listing in its query (section 11)
    ('"addressWeexUrl": "https://market.m.taobao.com/apps/market/detailrax/address-picker.html?spm=a2116h.app.0.0.16d957e9nDYOzv&wh_weex=true",', None, 'not-a-listing', None),  # https://www.dingdanxia.com/doc/89/92
    ('"url": "https://s.m.taobao.com/h5entry?g_channelSrp=detail&placeholder=卫衣ifashion&showText=卫衣ifashion&g_historyOn=true&g_csearchdoor_spm=a2141.13130650&itemId=545571158131&detailShopId=70558355"', None, 'not-a-listing', None),  # https://www.dingdanxia.com/doc/89/92
    ('http://angkolafacebook.blogspot.com/2015/07/lazada-internasional-dan-lazada.html', None, 'not-alibaba-host', None),  # http://muarareklame.blogspot.fr/2015/08/lazada-pengertian-cara-daftar-cara.html
    ('http://developer.alibaba.com/docs/api.htm?apiId=39634', None, 'not-a-listing', None),  # http://developer.alibaba.com/docs/api.htm?apiId=39634 (the page's own address)
    ('https://open.alitrip.com/docs/doc.htm?articleId=121588&docType=1&treeId=499', None, 'not-alibaba-host', None),  # https://open.alitrip.com/docs/doc.htm?articleId=121588&docType=1&treeId=499 (the page's own address)
    ('请求参数:nick=lin130021&shop_url=https://shop63387065.taobao.com/', 'taobao', 'storefront', '63387065'),  # https://blog.51cto.com/u_16578888/9883017
    ('pic_url | String | 0 | //https://img.alicdn.com/bao/uploaded/i2/2209531322561/T16SqrFJxaXXXXXXXX_!!0-item_pic.jpg | 宝贝图片 |', None, 'not-alibaba-host', None),  # https://1000bd.com/Article/Index/885257
    ('detail_url | String | 0 | //https://item.taobao.com/item.htm?id=651580213068 | 宝贝链接 |', 'taobao', 'listing', '651580213068'),  # https://1000bd.com/Article/Index/885257; a doubled prefix (//https://): the link after it
    ('"url":"http://item.taobao.com/item.htm?id=#####"     //转换后的商品地址', None, 'missing-id', None),  # https://kbw333.cc/jiekou/14.php; an id masked by #: a fragment, the id empty
    ('https://way.jd.com/TONGLI/MPasswordShare?content=动漫西游记降魔套装孙悟空车内摆件手办玩具模型人玩偶淘公仔礼物&longUrl=https://detail.tmall.com/item.htm?id=17621470828&appkey=您申请的APPKEY', None, 'not-alibaba-host', None),  # https://wx.jdcloud.com/market/datas/31/13705; another site's link holding a listing in its query (section 11: a target in the query)
    ('名称 类型 必填 示例值 描述 content String 是 动漫西游记降魔套装孙悟空车内摆件手办玩具模型人玩偶淘公仔礼物 淘口令文字内容,通常是商品标题 longUrl String 是 https://detail.tmall.com/item.htm?id=17621470828 淘口令链接地址,通常是商品链接', 'tmall', 'listing', '17621470828'),  # https://wx.jdcloud.com/market/datas/31/13705
    ('ret_body | string | {"password":"¥KXgaYSSK6I0¥","createTime":"1563462827994","validDate":"1566054827976","switchNewWx":"false","longUrl":"https://detail.tmall.com/item.htm?id=17621470828&ut_sk=1.utdid_12462423_1563462827976.TaoPassword-Outside.&sp_tk=77+lS1hnYVlTU0s2STDvv6U=","content":"【动漫西游记降魔套装孙悟空车内摆件手办玩具模型人玩偶淘公仔', 'tmall', 'listing', '17621470828'),  # https://wx.jdcloud.com/market/datas/31/13705
    ('"longUrl":"https://detail.tmall.com/item.htm?id=17621470828&ut_sk=1.utdid_12462423_1563462827976.TaoPassword-Outside.&sp_tk=77+lS1hnYVlTU0s2STDvv6U=","content":"【动漫西游记降魔套装孙悟空车内摆件手办玩具模型人玩偶淘公仔', 'tmall', 'listing', '17621470828'),  # https://wx.jdcloud.com/market/datas/31/13705
    ('请求参数:word=https%3A%2F%2Fqr.1688.com%2Fshare.html%3Fsecret=FIH6kmCT&title=no', None, 'short-link', None),  # https://cfanz.cn/mobile/resource/detail/OBvXBJYYGMXPj; a percent-encoded link as a parameter's value, read decoded (section 0): a 1688 share link (section 10)
    ('url String https://detail.1688.com/offer/553327559647.html 淘口令真实url', '1688', 'listing', '553327559647'),  # https://cfanz.cn/mobile/resource/detail/OBvXBJYYGMXPj
    ('word String https://qr.1688.com/share.html?secret=FIH6kmCT 淘口令内容', None, 'short-link', None),  # https://cfanz.cn/mobile/resource/detail/OBvXBJYYGMXPj
    ('"word": "https://qr.1688.com/share.html?secret=FIH6kmCT",', None, 'short-link', None),  # https://cfanz.cn/mobile/resource/detail/OBvXBJYYGMXPj
    ('请求参数:seller_nick=sheenstar.en.alibaba.com&start_price=0&end_price=0&q=&page=1&cid=&sort=', None, 'not-a-url', None),  # https://open.onebound.cn/help/api/onebound.alibaba.item_search_shop.html; a store's host name as a parameter's value, no link (test_real_urls_49.py, _62.py: a host alone is a name)
    ('String0https://cbu01.alicdn.com/img/ibank/O1CN01vH2Jpd1MNmKzbiavS_!!2213203691423-0-cib.jpg Baby pictures', None, 'not-alibaba-host', None),  # https://yzsam.com/html/tFMJkS.html
    ('请求参数:shop_id=440688975&seller_id=4273827547&page=1&sort=', None, 'not-a-url', None),  # https://open.onebound.cn/help/api/onebound.taobao.item_search_shop.html
    ('pic_url | String | 0 | //ae01.alicdn.com/kf/HTB1_AwYXdfvK1RjSspfq6zzXFXap/Male-Breathable-Comfortable-Casual-Shoes-Fashion-Men-Canvas-Shoes-Lace-up-Wear-resistant-Men-Sneakers-zapatillas.jpg_220x220xz.jpg | 宝贝图片 |', None, 'not-alibaba-host', None),  # https://yzsam.com/html/ydLTlX.html
    ('请求地址:[https://api.xianyu.com/router/rest](https://o0b.cn/jelena    )', None, 'not-alibaba-host', None),  # https://jishuzhan.net/article/1990716762103545857
    ('| video_url | string | "//cloud.video.taobao.com/..." | 视频直链 |', None, 'not-a-listing', None),  # https://jishuzhan.net/article/2014912045515849730
    ('| pics | array | ["//img.alicdn.com/xxx.jpg", ...] | 多图 URL |', None, 'not-alibaba-host', None),  # https://jishuzhan.net/article/2014912045515849730
    ('https://open.goofish.pro/api/open/product/detail', None, 'lookalike-host', None),  # https://s.apifox.cn/3ac13d69-5a38-4536-ae9b-a54001854ef8/api-93586380; goofish on another TLD: a lookalike (section 11, a wrong TLD)
    ('https://api.xianyu.com/item/detail', None, 'lookalike-host', None),  # https://blog.youkuaiyun.com/Json_18179014480/article/details/146557102; Xianyu's name on a domain not its own (goofish.com, 2.taobao.com): a lookalike (section 11)
    ('String | 0 | //my-test-11.slatic.net/original/208de91b5132477f8a723c82c56c3a58.jpg | 宝贝图片 |', None, 'not-alibaba-host', None),  # https://e-com-net.com/article/1727000662404837376.htm
    ('请求地址: https://console.open.onebound.cn/console/?i=Anzexi', None, 'not-alibaba-host', None),  # https://e-com-net.com/article/1727000662404837376.htm
    ('https://m.tb.cn/h.A1B2C3D4?tk=1a2b3c4d5A6', None, 'short-link', None),  # https://type.cyhsu.xyz/2022/12/ecomm-urls/
    ('椱ァ製这句话¢Abc123Xyz¢后咑閞👉淘宀┡ē👈', None, 'not-a-url', None),  # https://type.cyhsu.xyz/2022/12/ecomm-urls/; a Taobao command between ¢ signs: no URL (the notes name ￥₤¤¥ only; the reason says so)
    ('https://item.taobao.com/item.htm\n    ?ut_sk=1.X55/YjLY%2BlADADdx1FfSKE2K_12345678_1234567890123.Copy.1\n    &id=123456789012\n    &suid=A433CF27-ABCD-1234-DCBA-33D239D70323\n    &shareUniqueId=12345678901\n    &spm=a2159r.12345678.0.0\n    &sp_abtk=gray_1_code_simpleios2\n    &tbSocialPopKey=shareItem\n    &sp_tk=A12bCdDEFGHiJ3\n    &short_name=h.AB1CDE2\n    . . .', None, 'missing-id', None),  # https://type.cyhsu.xyz/2022/12/ecomm-urls/; a link laid out over indented lines for reading: its first line is read, no id (not joined: a guess; see the notes' finding)
    (',如https://detail.1688.com/offer/123456789.html', '1688', 'listing', '123456789'),  # http://www.therapist.net.cn/ask/thread/66585
    (',如https://img1688.com/xxx.jpg', None, 'lookalike-host', None),  # http://crmeb.store/ask/thread/66585; 1688 in another domain's name: a lookalike (section 11)
    (',如https://video.1688.com/xxx.mp4', None, 'not-a-listing', None),  # http://crmeb.store/ask/thread/66585
    ('"Referer": "https://www.1688.com/"', None, 'not-a-listing', None),  # http://www.rzmaituo.com/d/7000794.html
    ('self.token_url = "https://open.1688.com/auth/token"', None, 'not-a-listing', None),  # https://shopapi.com.cn/?id=70
    ('detail_urlString0detail.1688.com/offer/62867…商品链接', None, 'malformed-id', None),  # https://juejin.cn/post/7199886957668761637; a link a page cut short with an ellipsis: malformed-id, cut short (docs/listings.md, test_listings_cut_short_text.py)
    ('pic_urlString0cbu01.alicdn.com/img/ibank/2…宝贝图片', None, 'malformed-id', None),  # https://juejin.cn/post/7199886957668761637; any host's link cut short by an ellipsis after a digit is malformed-id, cut short (test_listings_cut_short_text.py reads example.com so)
    ('请求地址: o0b.cn/jennif', None, 'not-alibaba-host', None),  # https://juejin.cn/post/7199886957668761637; a host without its scheme, read (section 0)
    ('请求参数:imgid=http://g-search3.alicdn.com/img/bao/uploaded/i4/O1CN01IDpcD81zHbpHs1YgT_!!2200811456689.jpg', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/taobao.item_search_img.html
    ('如:https://img.alicdn.com/imgextra/i3/15353738/TB2HDHAqN9YBuNjy0FfXXXIsVXa_!!15353738-0-beehive-scenes.jpg', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/taobao.item_search_img.html
    ('En primer lugar vamos a ir a la página http://www.aliexpress.com/', None, 'not-a-listing', None),  # http://carapuchina.blogspot.com/2014/03/como-comprar-en-internet-parte-iii.html?showComment=1506489793453
    ('https://rule.alibaba.com/rule/detail/11000683.htm', None, 'not-a-listing', None),  # https://rule.alibaba.com/rule/detail/11000683.htm (the page's own address)
    ('请求参数:nick=lin130021&shop_url=shop63387065.taobao.com/', 'taobao', 'storefront', '63387065'),  # https://juejin.cn/post/7147608600058757127; fix 2: parameters glued before a store host without its scheme are a label (was not-a-url)
    ('shop_urlString0shop63387065.taobao.com/店铺主页', None, 'lookalike-host', None),  # https://juejin.cn/post/7147608600058757127; a field name glued to a host without its scheme, no separator: the host read holds it (section 0: the whole hostname), a lookalike
    ('\t\t"shop_url": "https://shop63387065.taobao.com/",', 'taobao', 'storefront', '63387065'),  # https://juejin.cn/post/7147608600058757127
    ('https://api-gw.onebound.cn/taobao/seller_info/?key=&', None, 'not-alibaba-host', None),  # https://juejin.cn/post/7147608600058757127
    ('            "brandIcon": "//gw.alicdn.com/tfs/TB1pHLqjbH1gK0jSZFwXXc7aXXa-368-52.png?getAvatar=avatar",', None, 'not-alibaba-host', None),  # https://www.veapi.cn/doc/dianpuxinxi
    ('http://api.veapi.cn/tbk/tbprodetail?id=产品id&onlyshopinfo=1', None, 'not-alibaba-host', None),  # https://www.veapi.cn/doc/dianpuxinxi
    ('target_url String 可选 https://xxxx 推广的商品链接', None, 'not-alibaba-host', None),  # https://open.alitrip.com/docs/api.htm?apiId=47546
    ('promotion_url String https://s.click.aliexpress.com/e/aaaa 推广链接', None, 'short-link', None),  # https://open.alitrip.com/docs/api.htm?apiId=47546
    ('    <promotion_url>https://s.click.aliexpress.com/e/aaaa</promotion_url>', None, 'short-link', None),  # https://open.alitrip.com/docs/api.htm?apiId=47546
    ('"affiliate_link": "https://s.click.aliexpress.com/e/_someAffiliateLink",', None, 'short-link', None),  # https://frontend-f26.pages.dev/node/n8n-nodes-aliexpress-affiliate@0.1.17-aliexpressaffiliate/Default:Generate%20Affiliate%20Link
    ('"content": "https://u.jd.com/EOWYEPm 22 https://uland.taobao.com/item/edetail?id=0PwYBaNhwh8pOWxAGVf63Js2t4-ZDqZPerhGWYgn8V7HOM",', None, 'not-alibaba-host', None),  # https://doc.huajuanyun.com/406723538e0
    ('示例链接:http://item.taobao.com/item.htm?id=123456789', 'taobao', 'listing', '123456789'),  # https://www.oryoy.com/news/qing-song-zhang-wo-zheng-ze-biao-da-shi-jie-mi-tao-bao-shang-pin-id-de-pi-pei-ji-qiao.html
    ('示例链接:http://item.taobao.com/item.htm?id=12345_6789', None, 'malformed-id', None),  # https://www.oryoy.com/news/qing-song-zhang-wo-zheng-ze-biao-da-shi-jie-mi-tao-bao-shang-pin-id-de-pi-pei-ji-qiao.html
    ('示例链接:http://item.taobao.com/item.htm?id=12345_6789_abc', None, 'malformed-id', None),  # https://www.oryoy.com/news/qing-song-zhang-wo-zheng-ze-biao-da-shi-jie-mi-tao-bao-shang-pin-id-de-pi-pei-ji-qiao.html
    ('<p><code>https://api.jumdata.com/lazada/goods/detail</code></p>', None, 'not-alibaba-host', None),  # https://www.showdoc.com.cn/jumdata/10703425835738512
    ('"url": "https://example.com/image1.jpg",', None, 'not-alibaba-host', None),  # https://blog.csdn.net/apixixi/article/details/139504698
    ('[base_url]/api/v2/products/[sku_id]', None, 'not-a-url', None),  # http://rhkb.cn/news/109424.html
    ('String | 0 | // | 宝贝图片 |', None, 'not-a-url', None),  # https://e-com-net.com/article/1727000145180045312.htm
    ('URLtaobao.com', None, 'lookalike-host', None),  # https://wikicsu.ru/wiki/Taobao; an infobox's field name glued to the site's name: the host read is urltaobao.com, a lookalike (section 11)
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(ALL, "every accepted row")

# a plan file is read line by line: the row of a link laid out over lines is left out
test_the_planner_accounts_for_every_line = planner_test([row for row in ALL if "\n" not in row[0]])

#: The rows whose answer this sweep's fix changed, with the answer they had before.
FIXED: list[tuple[str, tuple[str | None, str, str | None]]] = [
    # http://doc.damaijia888.com/api/v3/ (fix 1); was ("taobao", "listing", "63540767")
    ('  "goods_url":"https://item.taobao.com/item.htm?id=63540767****",', (None, "malformed-id", None)),
    # constructed (fix 1): alone, and before a full stop
    ("https://item.taobao.com/item.htm?id=63540767****", (None, "malformed-id", None)),
    ("见 https://item.taobao.com/item.htm?id=63540767****。", (None, "malformed-id", None)),
    # constructed (fix 1): emphasis opened before the link still closes after it
    ("**链接: https://item.taobao.com/item.htm?id=606832683299***", ("taobao", "listing", "606832683299")),
    ("https://item.taobao.com/item.htm?id=606832683299**", ("taobao", "listing", "606832683299")),
    # https://juejin.cn/post/7147608600058757127 (fix 2); was not-a-url
    ("请求参数:nick=lin130021&shop_url=shop63387065.taobao.com/", ("taobao", "storefront", "63387065")),
    # constructed (fix 2): alone (was lookalike-host, the host read "shop_url=shop…"), a listing
    ("shop_url=shop63387065.taobao.com/", ("taobao", "storefront", "63387065")),
    ("a=1&url=item.taobao.com/item.htm?id=606832683299", ("taobao", "listing", "606832683299")),
    # constructed (fix 2): a host before the parameters is still the link's host
    ("evil.cn/?u=item.taobao.com/item.htm?id=606832683299", (None, "not-alibaba-host", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_forms(text: str, expected: tuple[str | None, str, str | None]) -> None:
    """Fix 1: a masked id's stars (``…?id=63540767****``) stay in the link, so no shorter id
    is read from it, unless emphasis opened before the link. Fix 2: query parameters glued
    before a marketplace's host without its scheme (``shop_url=shop63387065.taobao.com/``) are
    a label, the link their last value. Both engines agree."""
    assert answer(text) == expected
    assert parse_slowly(text) == parse_listing(text)
