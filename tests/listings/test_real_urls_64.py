"""Sweep realurls64 of listing URLs (notes in /work/notes/sweep-realurls64.md): 82 real
strings from API vendors' and scraping services' documentation pages (the search tool's
``pages`` and ``docs`` corpora): item-detail API pages of Chinese data vendors (万邦/onebound,
凡邦, their mirrors on yzsam.com, 51cto, e-com-net.com, itpub), an affiliate network's
AliExpress commission API (admitad), scraping APIs' request examples (Oxylabs, Apify actors,
Just One API, mydataprovider), a dropshipping tool's import schema (DSers on glama.ai), Alibaba
API tutorials (aliyun, elecfans, xdnf.cn, fadingcoder), a JD Cloud data-market page, an
affiliate network's order API (AccessTrade), the Taobao open platform's field reference and a
price tracker's fixture notes. No row's line is in an earlier table (checked against every
``tests/**/*.py``); rows are a line of the page: a JSON line, a curl line, a table's row, a
request's parameters.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_63.py, with its source
(the page's address) in a comment. Every row was decided from listing-urls.md and the earlier
tables' readings before ``parse_listing`` ran; the one disagreement was fixed (``FIXED``; it
fails without its fix):

1. ``Default samples use https://api.justoneapi.com (prod-global). For users …`` (an API
   vendor's note, a bare host then a parenthesis) was ``not-a-url``: a host ending the URL
   before a space is refused unless the space is followed by non-ASCII text, a letter or digit
   or a table's bar, and ``(`` was none of those, so ``https://uniqlo.tmall.com (official)``
   was refused too. A parenthesis after the space opens a note; it cannot go on with the link
   (a path starts with ``/``, a query with ``?``), so it ends the link as a letter does. With
   an ``@`` after it the host is still refused (userinfo).

Decided otherwise (the docs or an earlier table decide; the row's comment says which): see the
rows' comments (a slug-less ``product-detail/N.html`` is ``missing-id``; a template's ``xxx``
id is ``malformed-id``; a host alone is a name, ``not-a-url``).
"""

from __future__ import annotations

import pytest

from _real_urls import answer, canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('detail_url | String | 0 | http://item.taobao.com/item.htm?id=520813250866 | Baby link |', 'taobao', 'listing', '520813250866'),  # https://yzsam.com/html/JUjuRz.html; the English page's table row of the same response as _63's Chinese one
    ('curl -i "https://api-gw.onebound.cn/taobao/item_get/?key=<您自己的apiKey>&secret=<您自己的apiSecret>&num_iid=652874751412&is_promotion=1"', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.taobao.item_get.html
    ('请求参数:num_iid=652874751412&is_promotion=1', None, 'not-a-url', None),  # https://open.onebound.cn/help/api/onebound.taobao.item_get.html
    ('$url = "https://api-gw.onebound.cn/taobao/item_get/?key=<您自己的apiKey>&secret=<您自己的apiSecret>&num_iid=652874751412&is_promotion=1";', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.taobao.item_get.html
    ('请求地址: https://api-gw.fan-b.com/taobao/item_get_pro', None, 'not-alibaba-host', None),  # https://open.fan-b.com/help/api/onebound.taobao.item_get_pro.html
    ('// 本示例代码未加密secret参数明文传输,若要加密请参考:https://open.onebound.cn/help/demo/sdk/demo-sign.php', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.taobao.item_get.html
    ('请求参数:num_iid=4000926586732', None, 'not-a-url', None),  # http://lepang.cn/lp/htmls/common/api/yh.php?url=https%3A%2F%2Fblog.51cto.com%2Fu_16182967%2F6918415
    ('"https://ad.admitad.com/g/1e8d114494b7e165239416525dc3e8/?i=5&f_id=15830&ulp=https%3A%2F%2Fs.click.aliexpress.com%2Fe%2F_dWEIzpD%3Fhot_product%3D1",', None, 'not-alibaba-host', None),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('"url": "https://fas.st/FCKRsf"', None, 'not-alibaba-host', None),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('"url": "https://aliexpress.ru/item/32961877911.html"', 'aliexpress', 'listing', '32961877911'),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('--url https://api.admitad.com/ru/aliexpress/commission_rates/ \\', None, 'not-alibaba-host', None),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('POST | aliexpress_commission | https://api.admitad.com/aliexpress/commission_rates/ |', None, 'not-alibaba-host', None),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('api_url = "https://api-gw.example.com/alibaba/product/detail/"', None, 'not-alibaba-host', None),  # https://fadingcoder.top/post/102113.html
    ('"pic_url": "https://sc04.alicdn.com/kf/HTB1GHVXaPvuK1Rjy0Faq6x2aVXa7.jpg",', None, 'not-alibaba-host', None),  # https://fadingcoder.top/post/102113.html
    ('"video_url": "https://vod-icbu.example.com/video.mp4",', None, 'not-alibaba-host', None),  # https://fadingcoder.top/post/102113.html
    ('需从商品URL或商品列表API中提取,例如商品详情页URL https://www.alibaba.com/product-detail/123456789.html 中的 123456789 即为productId。', None, 'missing-id', None),  # http://developer.aliyun.com:443/article/1687958; a product-detail path without a slug's _ before the id: missing-id, as test_real_urls_62.py and earlier tables read it
    ('url = "https://oauth.taobao.com/token"', None, 'not-a-listing', None),  # http://developer.aliyun.com:443/article/1687958
    ('端点(Endpoint):如https://api.alibaba.com/product/getDetail(实际路径以官方文档为准)。', None, 'not-a-listing', None),  # https://m.elecfans.com/article/7393777.html
    ('接口端点:https://gw.api.alibaba.com/openapi/param2/2.0/aliexpress.open/api.getproductdetail', None, 'not-a-listing', None),  # http://www.xdnf.cn/ops/18073.html
    ('curl -i "https://api-gw.onebound.cn/alibaba/item_search_shop/?key=<您自己的apiKey>&secret=<您自己的apiSecret>&seller_nick=sheenstar.en.alibaba.com&start_price=0&end_price=0&q=&page=1&cid=&sort="', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.alibaba.item_search_shop.html
    ('"offerId": 706627393257,', None, 'not-a-url', None),  # https://doc-vnm.pandapon.com/project-4008853/api-147289688
    ('curl -i "https://api-gw.onebound.cn/1688/item_get_pro/?key=<您自己的apiKey>&secret=<您自己的apiSecret>&num_iid=610947572360"', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.1688.item_get_pro.html
    ('https://way.jd.com/TONGLI/OfferDetail?offer_id=611087714304&appkey=您申请的APPKEY', None, 'not-alibaba-host', None),  # https://wx.jdcloud.com/market/datas/31/14273
    ('"comDetailUrl":"https://g.alicdn.com/takla-group/app-detail/detail/p/index.html?url=http://img02.taobaocdn.com/tfscom/TB15wglENv1gK0jSZFFXXb0sXXa",', None, 'not-alibaba-host', None),  # https://wx.jdcloud.com/market/datas/31/14273
    ('source_urlNoSingle supplier product URL. Supports AliExpress (aliexpress.com/item/xxx.html), Alibaba (alibaba.com/product-detail/xxx.html), and 1688 (1688.com/offer/xxx.html).', None, 'malformed-id', None),  # https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers.product.import; a template's placeholder id (xxx): malformed-id, as _63 reads item/123.html
    ('请求参数:num_iid=267690734&nation=co.th', None, 'not-a-url', None),  # https://e-com-net.com/article/1727000662404837376.htm
    ('国家域名后缀可选值如下:co.id、com.my、com.ph、sg、co.th、vn', None, 'not-a-url', None),  # https://e-com-net.com/article/1727000662404837376.htm
    ('"detail_url": "https://www.vipmro.com/product/79356974",', None, 'not-alibaba-host', None),  # http://m.blog.itpub.net/70026910/viewspace-2959008
    ('detail_urlStringhttp://www.china.cn/pixue/4251932346.html宝贝链接', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/china.item_get.html
    ('pic_urlStringhttps://img2.fr-trading.com/2/5_1005_1216165_800_800.jpg.webp宝贝图片', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/china.item_get.html
    ('请求参数:num_iid=155160061798', None, 'not-a-url', None),  # https://www.1000bd.com/Article/Index/924590
    ('"market": "LAZADA_VN",', None, 'not-a-url', None),  # https://open.alitrip.com/docs/doc.htm?articleId=121588&docType=1&treeId=499
    ('"url": "https://www.lazada.co.id/catalog/?q=Parfum&from=hp_categories&src=all_channel"', None, 'not-a-listing', None),  # https://developers.oxylabs.io/api-targets/cn/e-commerce/lazada/url
    ('13 "url": "https://www.lazada.vn/products/hcmquan-the-thao-nam-vai-thun-lanh-day-dep-i674236271-s1640752049.html"', 'lazada_vn', 'listing', '674236271'),  # https://apify.com/lazpee.com/mass-lazada-product-detail-pages-crawler/api/javascript
    ('9 "startUrls": [{ "url": "https://www.lazada.co.id/beli-handphone/" }],', None, 'not-a-listing', None),  # https://apify.com/dtrungtin/lazada-scraper/api/client; a root-path page on Lazada (a category, beli = buy): no listing (section 7: root-path pages are unverified as stores)
    ('"url": "https://www.aliexpress.com/w/wholesale-Tablets.html",', None, 'not-a-listing', None),  # https://developers.oxylabs.io/api-targets/pt-br/e-commerce/aliexpress/url
    ('"url": "https://www.aliexpress.com/item/32980572701.html"', 'aliexpress', 'listing', '32980572701'),  # https://developers.oxylabs.io/cn/pa-chong-api/dian-shang-pa-chong-api/aliexpress
    ('-d \'{"source": "aliexpress", "url": "https://www.aliexpress.com/item/32980572701.html"}\'import requests', 'aliexpress', 'listing', '32980572701'),  # https://developers.oxylabs.io/v/cn/pa-chong-api/dian-shang-pa-chong-api/aliexpress
    ("'url': 'https://www.aliexpress.com/w/wholesale-laptop.html?catId=0&initiative_id=SB_20230907055110&SearchText=laptop&spm=a2g0o.best.1000002.0',", None, 'not-a-listing', None),  # https://github.com/oxylabs/aliexpress-scraper
    ('"url": "https://www.alibaba.com/trade/search?SearchText=case",', None, 'not-a-listing', None),  # https://developers.oxylabs.io/api-targets/cn/dian-zi-shang-wu/alibaba/url.md
    ('"itemPic": "https://gw.alicdn.com/imgextra/O1CN01cyiF171l6iMJdhuqN_!!4611686018427384434-0-item_pic.jpg",', None, 'not-alibaba-host', None),  # https://docs.justoneapi.com/openapi/taobao-and-tmall/product-details-v4-en.json
    ('curl -X GET "https://api.justoneapi.com/api/taobao/get-item-detail/v9?token=YOUR_API_KEY&itemId=VALUE"text', None, 'not-alibaba-host', None),  # https://docs.justoneapi.com/en/api/taobao-tmall-apis/product-details-v9
    ('curl -X GET "https://api.justoneapi.com/api/taobao/get-shop-item-list/v3?token=YOUR_API_KEY&userId=VALUE&shopId=VALUE"', None, 'not-alibaba-host', None),  # https://docs.justoneapi.com/en/api/taobao-and-tmall/shop-product-list-v3
    ('Default samples use https://api.justoneapi.com (prod-global). For users in Mainland China, it is recommended to replace it with http://47.117.133.51:30015 (prod-cn) for better performance.', None, 'not-alibaba-host', None),  # https://docs.justoneapi.com/en/api/taobao-tmall-apis/shop-product-list-v1; fix 1: a host then a space and a parenthesis, a note (was not-a-url)
    ('curl -i "https://api-gw.onebound.cn/taobao/item_search_shop/?key=<您自己的apiKey>&secret=<您自己的apiSecret>&shop_id=440688975&seller_id=4273827547&page=1&sort="', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.taobao.item_search_shop.html
    ('https://data.mydataprovider.com/app/WebApi/CampaignDataLatestGet/1-201806261129-YNFRJIDJDJBDVPWAUFNPWWA23978SWWYKFHAQDJVUNVMXVGXWTTEYYNFRBTHSYY', None, 'not-alibaba-host', None),  # https://mydataprovider.com/api/
    ('请求参数:num_iid=79356974', None, 'not-a-url', None),  # http://m.blog.itpub.net/70026910/viewspace-2959008
    ('"source": "lazada_search",', None, 'not-a-url', None),  # https://developers.oxylabs.io/products/web-scraper-api/targets/e-commerce/lazada
    ('"url": "https://api.apify.com/v2"', None, 'not-alibaba-host', None),  # https://api.apify.com/v2/acts/Kj8piu1fWcTYeuh4f/builds/kkhRgh5USV1SB2IP8/openapi.json
    ('请求参数:q=shoe&start_price=&end_price=&page=&cat=&discount_only=&sort=&page_size=&seller_info=&nick=&ppath=', None, 'not-a-url', None),  # https://yzsam.com/html/ydLTlX.html
    ('请求地址: https://api-gw.onebound.cn/aliexpress/item_search', None, 'not-alibaba-host', None),  # https://yzsam.com/html/ydLTlX.html
    ('num_iid | Bigint | 0 | 32944112999 | 宝贝ID |', None, 'not-a-url', None),  # https://yzsam.com/html/ydLTlX.html
    ('["//a.vpimg3.com/upload/merchandise/other/440246/KFP-8523077W00-6.jpg"]', None, 'not-alibaba-host', None),  # https://blog.51cto.com/u_16182967/6918091
    ('请求参数:num_iid=1710613157-6918711233889249157', None, 'not-a-url', None),  # https://blog.51cto.com/u_16182967/6918091
    ('"query": "1234567"', None, 'not-a-url', None),  # https://developers.oxylabs.io/cn/pa-chong-api/dian-shang-pa-chong-api/aliexpress
    ('make HTTP post request to https://data.mydataprovider.com/app/WebApi/CampaignTaskCreate endpoint with the next fields', None, 'not-alibaba-host', None),  # https://mydataprovider.com/api/
    ('访问阿里巴巴国际站开发者中心(如developer.alibaba.com),注册一个账号。', None, 'not-a-url', None),  # https://m.elecfans.com/article/7393777.html; a host alone, no path, is a name, no link (test_real_urls_62.py, _63.py)
    ('Оставьте заявку на https://fetch.ee/ru/developers/.', None, 'not-alibaba-host', None),  # https://forpes.ru/post/39093
    ('url: "https://www.lazada.co.id/catalog/?q=Parfum&from=hp_categories&src=all_channel"', None, 'not-a-listing', None),  # https://developers.oxylabs.io/api-targets/cn/e-commerce/lazada/url
    ('"https://aliexpress.ru/item/32961877911.html"', 'aliexpress', 'listing', '32961877911'),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('"https://fas.st/FCKRsf",', None, 'not-alibaba-host', None),  # https://developers.admitad.com/en/doc/api_en/methods/aliexpress/aliexpress-commission-rates/
    ('url: "https://www.alibaba.com/trade/search?SearchText=case",', None, 'not-a-listing', None),  # https://developers.oxylabs.io/api-targets/cn/dian-zi-shang-wu/alibaba/url.md
    ("'url': 'https://www.alibaba.com/trade/search?SearchText=case',", None, 'not-a-listing', None),  # https://developers.oxylabs.io/api-targets/cn/dian-zi-shang-wu/alibaba/url.md
    ("'url': 'https://www.aliexpress.com/item/32980572701.html'", 'aliexpress', 'listing', '32980572701'),  # https://developers.oxylabs.io/v/cn/pa-chong-api/dian-shang-pa-chong-api/aliexpress
    ('"url": "https://www.aliexpress.com/w/wholesale-laptop.html?catId=0&initiative_id=SB_20230907055110&SearchText=laptop&spm=a2g0o.best.1000002.0",', None, 'not-a-listing', None),  # https://github.com/oxylabs/aliexpress-scraper
    ('  • http://item.taobao.com/item.htm?id=4947813209', 'taobao', 'listing', '4947813209'),  # https://developer.alibaba.com/docs/api.htm?apiId=42953; the Taobao open platform's own field example (a 10-digit id)
    ('http://api.ds.dingdanxia.com/shop/good_info', None, 'not-alibaba-host', None),  # https://www.dingdanxia.com/doc/89/92
    ('"host": "taodetail033005069055.center.na610@33.5.69.55"', None, 'not-a-url', None),  # https://www.dingdanxia.com/doc/89/92; a debug field: a name with an @, no scheme, no path: no link
    ('"click_url": "https://c.lazada.vn/t/c.ZCM0dX?sub_aff_id=wNsfVI1B2Rp7y16Fnbmd4ykro1GDM0LuNVmmV3SgScFgQffd&url=https%3A%2F%2Fwww.lazada.vn%2F&sub_id1=684099&atnct1=71a3cb155f8dc89bf3d0365288219936&atnct2=wNsfVI1B2Rp7y16Fnbmd4ykro1GDM0LuNVmmV3SgScFgQffd&atnct3=SKTej00079n00enur",', None, 'short-link', None),  # https://developers.accesstrade.vn/api-accesstrade-tai-lieu-tich-hop/get-products-information-of-the-order
    ('"goods_id": "1788784899_VNAMZ-8035509904@lazada_cashback@1788784899_VNAMZ-8035509904",', None, 'not-a-url', None),  # https://developers.accesstrade.vn/api-accesstrade-tai-lieu-tich-hop/get-products-information-of-the-order
    ('merchant | Required | ProMerchant name. Example: adayroi, lazada |', None, 'not-a-url', None),  # https://developers.accesstrade.vn/api-accesstrade-tai-lieu-tich-hop/get-products-information-of-the-order
    ('https://api.accesstrade.vn/v1/order-products?order_id=012345678&merchant=shopee_kolnew', None, 'not-alibaba-host', None),  # https://developers.accesstrade.vn/api-accesstrade-tai-lieu-tich-hop/get-products-information-of-the-order
    ('https://open.lazada.com/apps/doc/api?path=%2Fauth%2Ftoken%2Fcreate', None, 'not-a-listing', None),  # https://allsync.io/blogs/news/how-to-receive-sales-data-from-lazada; Lazada's open platform, a documentation page (test_real_urls tables read open.lazada.com so)
    ('### aliexpress_1005007187023722.html', None, 'not-a-url', None),  # https://gitea.maison43.duckdns.org/gilles/scrap/commit/ecda149a4b573c48f13def9a3316148fee77153a?files=pricewatch%2Fapp%2Fstores%2Faliexpress
    ('"imagePathList": ["https://ae01.alicdn.com/kf/..."],', None, 'not-alibaba-host', None),  # https://gitea.maison43.duckdns.org/gilles/scrap/commit/ecda149a4b573c48f13def9a3316148fee77153a?files=pricewatch%2Fapp%2Fstores%2Faliexpress
    ('"urls": ["https://shopee.vn/m/ma-giam-gia"],', None, 'not-alibaba-host', None),  # https://developers.accesstrade.vn/api-publisher-vietnamese/tao-tracking-link
    ('detail_url | String | 0 | https://detail.1688.com/offer/628675986215.html | 商品链接 |', '1688', 'listing', '628675986215'),  # https://yzsam.com/html/FiSCNJ.html
    ('pic_url | String | 0 | https://cbu01.alicdn.com/img/ibank/2020/386/208/22202802683_1873238575.search.jpg | 宝贝图片 |', None, 'not-alibaba-host', None),  # https://yzsam.com/html/FiSCNJ.html
    ('请求参数:seller_nick=b2b-2200733087881719de&start_price=0&end_price=0&q=&page=1&cid=', None, 'not-a-url', None),  # https://yzsam.com/html/FiSCNJ.html
    ('seller_nick | String | 是 | 店铺昵称或店铺ID(如b2b-2200733087881719de )。 |', None, 'not-a-url', None),  # http://www.lryc.cn/news/602824.html
    ('curl -i "https://api-gw.onebound.cn/1688/item_search_new/?key=<您自己的apiKey>&secret=<您自己的apiSecret>&q=衣服&page=1&sort="', None, 'not-alibaba-host', None),  # https://open.onebound.cn/help/api/onebound.1688.item_search_new.html
    ('请求参数:q=衣服&page=1&sort=', None, 'not-a-url', None),  # https://open.onebound.cn/help/api/onebound.1688.item_search_new.html
]  # fmt: skip
ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(ALL, "every accepted row")

test_the_planner_accounts_for_every_line = planner_test(ALL)

#: The rows whose answer this sweep's fix changed, with the answer they had before.
FIXED: list[tuple[str, tuple[str | None, str, str | None]]] = [
    # https://docs.justoneapi.com/en/api/taobao-tmall-apis/shop-product-list-v1 (fix 1); was not-a-url
    ("Default samples use https://api.justoneapi.com (prod-global). For users in Mainland China", (None, "not-alibaba-host", None)),
    # constructed (fix 1): a store's host then a note in parentheses; was not-a-url
    ("https://uniqlo.tmall.com (official)", ("tmall", "storefront", "uniqlo")),
    ("见 https://uniqlo.tmall.com (Uniqlo) 旗舰店", ("tmall", "storefront", "uniqlo")),
    # constructed (fix 1): still refused: an @ after it (userinfo), a path after a space
    ("https://uniqlo.tmall.com (@evil.cn/", (None, "not-a-url", None)),
    ("https://uniqlo.tmall.com /shop/view_shop.htm", (None, "not-a-url", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_forms(text: str, expected: tuple[str | None, str, str | None]) -> None:
    """Fix 1: a host ending a link, then a space and ``(`` (a note in parentheses), is the
    link's end, not a host that could go on: the link is read. Both engines agree."""
    assert answer(text) == expected
    assert parse_slowly(text) == parse_listing(text)
