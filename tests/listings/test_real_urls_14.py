"""Sweep 14 of listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls14.md): one row per input with the answer the document requires, decided
before the parser was run.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_13.py. The earlier
sweeps took their rows from public files; this one writes, for every marketplace of the notes,
the forms people paste that those rows hold few of: app share texts (淘口令 with Chinese text,
emoji and full-width punctuation around the link), mobile hosts, fragments, percent-encoded and
HTML-escaped queries, ``id=`` after other parameters, doubled and conflicting ids, upper-case
hosts, chat punctuation after a link, angle brackets, Markdown and BBCode, tracking redirects,
stores, search, cart, login and order pages, lookalike hosts (suffixes, hyphens, typos,
punycode homoglyphs, userinfo, ports) and buying agents. Ids are fresh (no row's link is one
of an earlier table's); "constructed" marks a row written for the sweep in the form of the
real links of listing-urls.md, ``github-index:N`` a form seen in a public file. "notes silent"
marks a form listing-urls.md does not name: it only has to be refused, and the code recorded
is the parser's.

``PART1`` holds the rows that failed before this sweep's fixes, and their controls:

- three full stops (or three ideographic ones, ``。。。``) right after a link's last digit are
  an ellipsis, as ``…`` is: the link was cut short (a preview, or a placeholder eliding an id:
  ``https://item.taobao.com/item.htm?id=...``, github-index:53293998267), so the id before them
  is not known whole: ``malformed-id`` (``…?id=6377305147...`` was the listing ``6377305147``,
  a wrong item; ``/store/110123...`` a wrong store). One or two stops stay a sentence's end,
  and a host ended before them (``shopN.taobao.com...``) stays whole;
- a Taobao form whose id is in the path (``a.m.taobao.com/iN.htm``, ``world.taobao.com/item/
  N.htm``, ``www.taobao.com/list/item/N.htm``) with another item id in its query (``id``,
  ``itemId``, ``item_id``, Taobao's keys) names two items: ``conflicting-ids`` (section 0), as
  ``?id=1&id=2`` does; it was read as the path's item;
- ``click.aliexpress.com`` (AliExpress's older click redirect: Portals affiliate links
  ``/rd/…?af=…&dp=…``, github-index:48171145211; order e-mails ``/e/…``, github-index:71440309770)
  is a ``short-link`` (it was "not a listing… (search, category, cart, login, API or home
  page)", and its root a vanity store ``click``); ``dl_target_url`` is suggested, as for
  ``s.click.``;
- buying agents a link converter lists (github-index:60247704505: OOTDBuy, MyCNBox, Fansbuy,
  Lolobuy, RizzitGo…), YoyBuy and Bhiner (github-index:60385721360), Wemimi and BuckyDrop are
  ``agent-site`` (section 0; they were ``not-alibaba-host``).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import answer, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.hosts import AGENT_DOMAINS
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('https://item.taobao.com/item.htm?id=6377305147...', None, 'malformed-id', None),  # fix: ellipsis
    ('淘宝链接 https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002&id=6513420...', None, 'malformed-id', None),  # fix: ellipsis in text
    ('https://detail.tmall.com/item.htm?id=6901234...)', None, 'malformed-id', None),  # fix
    ('链接：https://detail.tmall.com/item.htm?id=690091011。。。看看', None, 'malformed-id', None),  # fix: ideographic stops
    ('https://www.aliexpress.com/item/100500612345...', None, 'malformed-id', None),  # fix
    ('Found it: https://www.aliexpress.com/store/110123... (check the reviews)', None, 'malformed-id', None),  # fix
    ('https://detail.1688.com/offer/7123456...', None, 'malformed-id', None),  # was missing-id
    ('https://www.lazada.sg/products/pdp-i3012345...', None, 'malformed-id', None),  # was missing-id
    ('https://item.taobao.com/item.htm?id=637730514783..', 'taobao', 'listing', '637730514783'),  # two dots: punctuation
    ('https://detail.tmall.com/item.htm?id=690091011925. Thanks', 'tmall', 'listing', '690091011925'),  # one dot
    ('https://shop34567899.taobao.com...', 'taobao', 'storefront', '34567899'),  # host complete before the dots
    ('https://world.taobao.com/item/748215660142.htm?id=748215660143', None, 'conflicting-ids', None),  # fix
    ('https://a.m.taobao.com/i748215660145.htm?itemId=748215660146&sid=1', None, 'conflicting-ids', None),  # fix
    ('https://www.taobao.com/list/item/748215660147.htm?spm=a21wu&id=748215660148', None, 'conflicting-ids', None),  # fix
    ('https://www.taobao.com/list/item/748215660149.htm?id=748215660149', 'taobao', 'listing', '748215660149'),  # same id
    ('https://world.taobao.com/item/748215660150.htm?spm=a21wu&id=', 'taobao_or_tmall', 'listing', '748215660150'),  # empty query id
    ('//click.aliexpress.com/rd/bAYFkQE8?af=12345&dp=abc', None, 'short-link', None),  # fix github-index:48171145211 form
    ('Bestelldetails anzeigen <https://click.aliexpress.com/e/_oF3kP2q>', None, 'short-link', None),  # fix order email
    ('https://click.aliexpress.com/', None, 'missing-id', None),  # fix: not a vanity store; urls54: a short-link host with no code (was short-link)
    ('https://www.ootdbuy.com/goods/details?id=812345678976&channel=TAOBAO&inviteCode=ABC123', None, 'agent-site', None),  # fix github-index:29390465250 form
    ('https://www.wemimi.com/#/home/productDetail?productLink=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678977', None, 'agent-site', None),  # fix
    ('https://mycnbox.com/product?url=https://detail.1688.com/offer/712345678916.html', None, 'agent-site', None),  # fix
    ('https://www.lolobuy.com/product/?shop_type=taobao&id=812345678978', None, 'agent-site', None),  # fix
    ('https://fansbuy.com/item?url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D785213996538', None, 'agent-site', None),  # fix
    ('https://www.yoybuy.com/en/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678921', None, 'agent-site', None),  # fix
    ('https://www.bhiner.com/product/?url=https://item.taobao.com/item.htm?id=812345678923', None, 'agent-site', None),  # fix
    ('https://www.buckydrop.com/item?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F712345678912.html', None, 'agent-site', None),  # fix
    ('https://rizzitgo.com/product?url=https%3A%2F%2Fweidian.com%2Fitem.html%3FitemID%3D7123456789', None, 'agent-site', None),  # fix
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('【淘宝】https://m.tb.cn/h.T7xQp2Kd0?tk=Wq3sWmNkZ8e CZ3457 「夏季新款冰丝阔腿裤女高腰垂感」点击链接直接打开 或者 淘宝搜索直接打开', None, 'short-link', None),  # constructed share text
    ('8￥Kd9xWmN2aQe￥ https://m.tb.cn/h.gXkP2ab  MF6563 「蓝牙耳机无线运动型」', None, 'short-link', None),  # constructed
    ('复制这条信息￥GfP1cZ8wqHm￥，到【手机淘宝】即可查看', None, 'short-link', None),  # constructed 淘口令 only
    ('【闲鱼】https://m.tb.cn/h.5WqZk0P?tk=rVbX3Yd2LmQ HU9196 「九成新 Switch OLED 日版」\n点击链接直接打开', None, 'short-link', None),  # constructed Xianyu share
    ('😍【淘宝】限时特惠！https://e.tb.cn/h.TrNp3Ax9KdWeQ2z?tk=a8Kx3ZmW0pQ 「儿童电话手表」', None, 'short-link', None),  # constructed
    ('【天猫】「小米手环9」https://detail.tmall.com/item.htm?id=786457123905&sku_properties=1627207:28341 复制打开', 'tmall', 'listing', '786457123905'),  # constructed
    ('【淘宝】「手工皮具钥匙包」 https://item.taobao.com/item.htm?id=718862331905&price=39.9&sourceType=item&suid=8A3C2E1B&shareUniqueId=2219087&ut_sk=1.ZFh3j0%2FhKvkDAPDPAQ_21380790_1700000000000.Copy.1&un=abc&share_crt_v=1&un_site=0&spm=a2159r.13376460.0.0&sp_tk=V2p3eFdaOG1xdzA%3D&cpp=1&shareurl=true&short_name=h.5WqZk0P&bxsign=scdAbC&tk=Wjx8ZmqWw0&app=chrome 复制', 'taobao', 'listing', '718862331905'),  # constructed long share
    ('【淘宝】https://m.intl.taobao.com/detail/detail.html?id=748215660139&price=59&tk=Wa3zKp2&short_name=h.TQ8Rn2Z「纯棉T恤」', 'taobao_or_tmall', 'listing', '748215660139'),  # constructed e.tb.cn target
    ('淘宝链接：https://item.taobao.com/item.htm?id=652871903417，麻烦看下是不是正品', 'taobao', 'listing', '652871903417'),  # constructed full-width comma
    ('天猫链接：https://detail.tmall.com/item.htm?id=652871903418。谢谢！', 'tmall', 'listing', '652871903418'),  # constructed full-width stop
    ('侵权链接（https://item.taobao.com/item.htm?id=719003321456）', 'taobao', 'listing', '719003321456'),  # constructed full-width parens
    ('侵权链接(https://item.taobao.com/item.htm?id=719003321457)', 'taobao', 'listing', '719003321457'),  # constructed ascii parens
    ('“https://item.taobao.com/item.htm?id=719003321458”', 'taobao', 'listing', '719003321458'),  # constructed Chinese quotes
    ('链接：「https://detail.tmall.com/item.htm?id=719003321459」', 'tmall', 'listing', '719003321459'),  # constructed corner brackets
    ('👉 https://item.taobao.com/item.htm?id=719003321460 👈', 'taobao', 'listing', '719003321460'),  # constructed emoji
    ('https://item.taobao.com/item.htm?id=719003321461🔥🔥', 'taobao', 'listing', '719003321461'),  # constructed emoji glued
    ('https://item.taobao.com/item.htm?id=719003321462！', 'taobao', 'listing', '719003321462'),  # constructed full-width bang
    ('https://item.taobao.com/item.htm?id=719003321463；https://item.taobao.com/item.htm?id=719003321464', 'taobao', 'listing', '719003321463'),  # constructed full-width semicolon two links
    ('HTTPS://ITEM.TAOBAO.COM/item.htm?id=719003321465', 'taobao', 'listing', '719003321465'),  # constructed uppercase
    ('Http://Item.Taobao.com/item.htm?spm=a1z10.1-c.w4004-2.3&id=719003321466', 'taobao', 'listing', '719003321466'),  # constructed mixed case
    ('https://item.taobao.com/item.htm?spm=a21n57.1.0.0.2c1f523cQ3vE7n&id=719003321467&ns=1&abbucket=7#detail', 'taobao', 'listing', '719003321467'),  # constructed fragment
    ('https://item.taobao.com/item.htm?id=719003321468#J_Reviews', 'taobao', 'listing', '719003321468'),  # constructed fragment
    ('https://item.taobao.com/item.htm#id=719003321469', None, 'missing-id', None),  # constructed id only in fragment
    ('https://item.taobao.com/item.htm?skuId=5123987654321&id=719003321470', 'taobao', 'listing', '719003321470'),  # constructed skuId first
    ('https://item.taobao.com/item.htm?ID=719003321471', None, 'missing-id', None),  # constructed uppercase key
    ('https://item.taobao.com/item.htm?id=719003321472&id=719003321472', 'taobao', 'listing', '719003321472'),  # constructed doubled same
    ('https://item.taobao.com/item.htm?id=719003321473&spm=a1&id=719003321474', None, 'conflicting-ids', None),  # constructed doubled conflict
    ('https://item.taobao.com/item.htm?id=719003321475&itemId=719003321476', None, 'conflicting-ids', None),  # constructed id vs itemId
    ('https://item.taobao.com/item.htm?item_id=719003321477', 'taobao', 'listing', '719003321477'),  # IPP help form
    ('https://item.taobao.com/item.htm?id=%37%31%39%30%30%33%33%32%31%34%37%38', 'taobao', 'listing', '719003321478'),  # constructed percent-encoded id
    ('https://item.taobao.com/item.htm?abbucket=6%26id%3D719003321479%26ns%3D1', 'taobao', 'listing', '719003321479'),  # double-encoded query
    ('https://item.taobao.com/item.htm?spm=a1z10&amp;id=719003321480&amp;ns=1', 'taobao', 'listing', '719003321480'),  # html-escaped amp
    ('https://item.taobao.com/item.htm?id=0719003321481', None, 'malformed-id', None),  # leading zero
    ('https://item.taobao.com/item.htm?id=71900332148l', None, 'malformed-id', None),  # letter l
    ('https://item.taobao.com/item.htm?id=719003321482 ', 'taobao', 'listing', '719003321482'),  # trailing space
    ('https://item.taobao.com/item.html?id=719003321483&ali_trackid=2:mm_26632258_3504122_32538762', 'taobao', 'listing', '719003321483'),  # .html with trackid
    ('//item.taobao.com/item.htm?id=719003321484', 'taobao', 'listing', '719003321484'),  # protocol-relative
    ('item.taobao.com/item.htm?id=719003321485', 'taobao', 'listing', '719003321485'),  # scheme-less
    ('taobao://item.taobao.com/item.htm?id=719003321486', None, 'scheme-not-allowed', None),  # app deep link
    ('tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&module=h5&h5Url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D719003321487', None, 'scheme-not-allowed', None),  # tbopen deep link
    ('http://h5.m.taobao.com/awp/core/detail.htm?id=719003321488&spm=a2141.7631564.0.0', 'taobao_or_tmall', 'listing', '719003321488'),  # old mobile
    ('https://h5.m.taobao.com/awp/core/detail.htm?ft=t&id=719003321489#modal=sku', 'taobao_or_tmall', 'listing', '719003321489'),  # fragment
    ('https://a.m.taobao.com/i719003321490.htm?sid=abc&abtest=3', 'taobao_or_tmall', 'listing', '719003321490'),  # a.m. path id
    ('https://main.m.taobao.com/detail/index.html?id=719003321491&hybrid=true&from=share', 'taobao_or_tmall', 'listing', '719003321491'),  # main.m
    ('https://main.m.taobao.com/detail/index.html?sourceType=item&id=719003321492&price=12.8&suid=ABC&ut_sk=1.Zx&un=a&share_crt_v=1&sp_tk=eA%3D%3D&cpp=1&shareurl=true&short_name=h.Tabc&bxsign=scd', 'taobao_or_tmall', 'listing', '719003321492'),  # main.m long
    ('https://world.taobao.com/item/719003321493.htm?fromSite=main', 'taobao_or_tmall', 'listing', '719003321493'),  # world
    ('https://www.taobao.com/list/item/719003321494.htm', 'taobao', 'listing', '719003321494'),  # list item
    ('https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=719003321495', 'taobao_or_tmall', 'listing', '719003321495'),  # market.m ?id per notes rule table
    ('https://s.taobao.com/search?q=%E8%93%9D%E7%89%99%E8%80%B3%E6%9C%BA&imgfile=&js=1', None, 'not-a-listing', None),  # search
    ('https://s.taobao.com/search?q=耳机&id=719003321496', None, 'not-a-listing', None),  # search with id param
    ('https://cart.taobao.com/cart.htm?spm=a1z02.1.a2109.d1000367.2b4a782dNP6k9S&nekot=1470211439696', None, 'not-a-listing', None),  # cart
    ('https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D719003321497', None, 'not-a-listing', None),  # login with redirect
    ('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', None, 'not-a-listing', None),  # orders
    ('https://s.click.taobao.com/t?e=m%3D2%26s%3DQzVnZkPs7KMcQipKwQzePOeEDrYVVa64K7Vc7tFgwiHjf2vlNIV67ld5mLkhfk4e', None, 'short-link', None),  # taobaoke click
    ('https://s.click.taobao.com/Xk3Hs8u', None, 'short-link', None),  # taobaoke short
    ('https://uland.taobao.com/coupon/edetail?e=Xx%2B3&traceId=abc&activityId=8a1a9c28', None, 'not-a-listing', None),  # uland coupon
    ('https://shop34567890.taobao.com/?spm=a230r.7195193.1997079397.2.4c2b5b5bq2y7Lp', 'taobao', 'storefront', '34567890'),  # shop
    ('https://shop34567891.taobao.com/index.htm?spm=2013.1.w5002-17867322799.2.212f5cb1', 'taobao', 'storefront', '34567891'),  # shop index
    ('shop34567892.taobao.com', 'taobao', 'storefront', '34567892'),  # bare
    ('淘宝店铺：https://shop34567893.taobao.com。', 'taobao', 'storefront', '34567893'),  # full-width stop after store
    ('https://shop34567894.taobao.com/category.htm?search=y&catName=%B6%FA%BB%FA', None, 'not-a-listing', None),  # store category
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2210123456789', 'taobao', 'storefront', '2210123456789'),  # seller id 13 digits
    ('https://store.taobao.com/shop/view_shop.htm?spm=a1z10&user_number_id=', None, 'missing-id', None),  # empty seller
    ('https://nikeofficial.taobao.com/', 'taobao', 'storefront', 'nikeofficial'),  # vanity
    ('https://shop34567895.world.taobao.com/?spm=a21wu.10013406', 'taobao', 'storefront', '34567895'),  # world shop
    ('https://item.taobao.com.evil.io/item.htm?id=719003321498', None, 'lookalike-host', None),  # suffix lookalike
    ('https://taobao.com.item-detail.top/item.htm?id=719003321499', None, 'lookalike-host', None),  # lookalike
    ('https://item-taobao.com/item.htm?id=719003321500', None, 'lookalike-host', None),  # hyphen
    ('https://taobao-com.cn/item.htm?id=719003321501', None, 'lookalike-host', None),  # hyphen tld
    ('https://item.taobao.com@evil.cn/item.htm?id=719003321502', None, 'lookalike-host', None),  # userinfo
    ('https://item.taobao.com:8443/item.htm?id=719003321503', None, 'lookalike-host', None),  # port
    ('https://item.taobao.cn/item.htm?id=719003321505', None, 'lookalike-host', None),  # wrong tld
    ('https://itern.taobao.com/item.htm?id=719003321506', None, 'not-a-listing', None),  # rn for m sub; vanity? store host with item.htm
    ('https://detail.tmall.com/item.htm?abbucket=2&id=785213996512&rn=0a1b2c&spm=a1z10.5-b-s.w4011-24426768373.58.4f1f5b3bQh4R9f&skuId=5423018765432', 'tmall', 'listing', '785213996512'),  # constructed
    ('https://detail.tmall.com/item.htm?id=785213996513&skuId=5423018765433#description', 'tmall', 'listing', '785213996513'),  # constructed
    ('HTTPS://DETAIL.TMALL.COM/ITEM.HTM?ID=785213996514', None, 'not-a-listing', None),  # uppercase path
    ('https://detail.tmall.com/item_o.htm?id=785213996515&pcdegrade=true&de_count=1', 'tmall', 'listing', '785213996515'),  # constructed
    ('https://detail.m.tmall.com/item.htm?id=785213996516&toSite=main&skuId=1', 'tmall', 'listing', '785213996516'),  # constructed
    ('https://chaoshi.detail.tmall.com/item.htm?id=785213996517&spm=a3204', 'tmall', 'listing', '785213996517'),  # constructed
    ('https://detail.tmall.com/item.htm?id=785213996518&id=785213996519', None, 'conflicting-ids', None),  # constructed
    ('https://detail.tmall.com/item.htm?id=785213996520&item_id=785213996520', 'tmall', 'listing', '785213996520'),  # same
    ('https://list.tmall.com/search_product.htm?q=%C0%B6%D1%C0%B6%FA%BB%FA&type=p', None, 'not-a-listing', None),  # search
    ('https://www.tmall.com/?ali_trackid=2:mm_26632258', None, 'not-a-listing', None),  # home
    ('https://cart.tmall.com/cart.htm?from=btop', None, 'not-a-listing', None),  # cart
    ('https://buy.tmall.com/order/confirm_order.htm?spm=a220l.1.a22016.d011001001001.2b4a', None, 'not-a-listing', None),  # order
    ('https://pages.tmall.com/wow/a/act/tmall/tmc/23149/wupr?wh_pid=go-shopping-1', None, 'not-a-listing', None),  # campaign
    ('https://xiaomi.tmall.com/shop/view_shop.htm?spm=a230r.7195193.1997079397.2.5a2d3b2e&user_number_id=1714128138', 'tmall', 'storefront', 'xiaomi'),  # constructed
    ('https://xiaomi.m.tmall.com/', 'tmall', 'storefront', 'xiaomi'),  # mobile store
    ('天猫旗舰店 https://apple.tmall.com，', 'tmall', 'storefront', 'apple'),  # full-width comma
    ('https://detail.tmall.com.cn/item.htm?id=785213996521', None, 'lookalike-host', None),  # constructed
    ('https://tmall-com.cn/item.htm?id=785213996522', None, 'lookalike-host', None),  # constructed
    ('https://detail.tmall.co/item.htm?id=785213996523', None, 'lookalike-host', None),  # constructed
    ('https://detaiI.tmall.com/item.htm?id=785213996524', None, 'not-a-listing', None),  # capital I -> detaii vanity; item page on store host
    ('https://detail.tmall.com/item.htm?id=785213996525&spm=a220m.1000858.1000725.1.7c9b2c8eQ9XkUc&user_id=2200829318585&cat_id=2&is_b=1&rn=9d7b', 'tmall', 'listing', '785213996525'),  # constructed
    ('s.click.taobao.com/t?e=m%3D2%26s%3DJ7mR', None, 'short-link', None),  # schemeless short
    ('https://detail.tmall.hk/hk/item.htm?spm=a220o.1000855.1998025129.1.5a3b&id=636091234567&skuId=4631234567890', 'tmall_global', 'listing', '636091234567'),  # constructed
    ('https://detail.tmall.hk/item.htm?id=636091234568&areaId=440300', 'tmall_global', 'listing', '636091234568'),  # constructed
    ('HTTPS://DETAIL.TMALL.HK/hk/item.htm?id=636091234569', 'tmall_global', 'listing', '636091234569'),  # constructed
    ('https://detail.m.tmall.hk/item.htm?id=636091234570', 'tmall_global', 'listing', '636091234570'),  # constructed
    ('https://sephora.tmall.hk/', 'tmall_global', 'storefront', 'sephora'),  # constructed
    ('https://detail.tmall.hk.evil.io/hk/item.htm?id=636091234571', None, 'lookalike-host', None),  # constructed
    ('https://list.tmall.hk/search_product.htm?q=aptamil', None, 'not-a-listing', None),  # constructed
    ('https://detail.1688.com/offer/712345678901.html?spm=a26352.13672862.offerlist.15.5f2b1e62B2x3nm&cosite=-&tracelog=p4p&_p_isad=1&clickid=abc&sessionid=def', '1688', 'listing', '712345678901'),  # constructed
    ('https://detail.1688.com/offer/712345678902.html#', '1688', 'listing', '712345678902'),  # empty fragment
    ('https://DETAIL.1688.COM/offer/712345678903.html', '1688', 'listing', '712345678903'),  # constructed
    ('http://m.1688.com/offer/712345678904.html?sk=consign', '1688', 'listing', '712345678904'),  # constructed
    ('https://detail.m.1688.com/page/index.htm?offerId=1002345678905&spm=a2615', '1688', 'listing', '1002345678905'),  # constructed
    ('https://detail.m.1688.com/page/index.htm?offerId=1002345678906&offerId=1002345678907', None, 'conflicting-ids', None),  # constructed
    ('https://detail.1688.com/offer/71234567890a.html', None, 'malformed-id', None),  # constructed
    ('https://qr.1688.com/s/Xq3Lm9Za', None, 'short-link', None),  # constructed
    ('【1688】https://qr.1688.com/s/Xq3Lm9Zb 复制链接打开阿里巴巴', None, 'short-link', None),  # constructed
    ('https://s.1688.com/selloffer/offer_search.htm?keywords=%C0%B6%D1%C0&n=y', None, 'not-a-listing', None),  # constructed
    ('https://cart.1688.com/cart.htm', None, 'not-a-listing', None),  # constructed
    ('https://shop1392837465012.1688.com/page/offerlist.htm?spm=a2615', '1688', 'storefront', 'shop1392837465012'),  # constructed
    ('https://shop1392837465013.1688.com/?spm=a261y.7663282.0.0', '1688', 'storefront', 'shop1392837465013'),  # constructed
    ('https://shopx3k9p2m7a1b.1688.com/page/index.html', '1688', 'storefront', 'shopx3k9p2m7a1b'),  # constructed
    ('https://m.1688.com/winport/b2b-22012345678ab123.html?spm=a26g8', '1688', 'storefront', 'b2b-22012345678ab123'),  # constructed
    ('https://detail.1688.com.cn/offer/712345678908.html', None, 'lookalike-host', None),  # constructed
    ('https://detail.l688.com/offer/712345678909.html', None, 'lookalike-host', None),  # constructed
    ('https://1688.com/offer/712345678910.html', None, 'not-a-listing', None),  # bare 1688 offer; notes silent
    ('https://www.alibaba.com/product-detail/Wholesale-Custom-Logo-Cotton-T-Shirt_1600912345678.html?spm=a2700.galleryofferlist.p_offer.d_title.1c3b13a0xY1a2b&s=p', 'alibaba_com', 'listing', '1600912345678'),  # constructed
    ('https://www.alibaba.com/product-detail/Wholesale-Custom-Logo-Cotton-T-Shirt_1600912345679.html#', 'alibaba_com', 'listing', '1600912345679'),  # constructed
    ('https://WWW.ALIBABA.COM/product-detail/Solar-Panel-400W_1600912345680.html', 'alibaba_com', 'listing', '1600912345680'),  # constructed
    ('https://m.alibaba.com/product/1600912345681/Solar-Panel.html', 'alibaba_com', 'listing', '1600912345681'),  # constructed
    ('https://spanish.alibaba.com/product-detail/Panel-Solar-400W-1600912345682.html', 'alibaba_com', 'listing', '1600912345682'),  # constructed
    ('https://portuguese.alibaba.com/product-detail/painel-solar_1600912345683.html?spm=a27aq', 'alibaba_com', 'listing', '1600912345683'),  # constructed
    ('https://sunpower123.en.alibaba.com/product/1600912345684-812345678/Solar_Panel.html', 'alibaba_com', 'listing', '1600912345684'),  # constructed
    ('https://sunpower123.en.alibaba.com/', 'alibaba_com', 'storefront', 'sunpower123'),  # constructed
    ('https://sunpower124.en.alibaba.com/company_profile.html#top-nav-bar', 'alibaba_com', 'storefront', 'sunpower124'),  # constructed
    ('https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=solar+panel', None, 'not-a-listing', None),  # constructed
    ('https://www.alibaba.com/x/Ae3kP9z', None, 'short-link', None),  # notes: alibaba.com/x/
    ('https://s.alibaba.com/s/Ab3', None, 'short-link', None),  # constructed
    ('https://www.alibaba.com.product-detail.cn/Solar_1600912345685.html', None, 'lookalike-host', None),  # constructed
    ('https://www.allbaba.com/product-detail/Solar_1600912345686.html', None, 'lookalike-host', None),  # constructed
    ('https://www.alibaba.com/product-detail/Solar_1600912345687.html?spm=x&redirect=https%3A%2F%2Fevil.example', 'alibaba_com', 'listing', '1600912345687'),  # constructed
    ('https://message.alibaba.com/msgsend/contact.htm?action=contact_action&domain=2&id=1600912345688', None, 'not-a-listing', None),  # constructed
    ('https://login.alibaba.com/newlogin/icbuLogin.htm?return_url=https%3A%2F%2Fwww.alibaba.com%2F', None, 'not-a-listing', None),  # constructed
    ('https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist.main.1.6b2c3f4aXyZ&algo_pvid=abc&algo_exp_id=abc-0&pdp_npi=4%40dis%21USD%2112.34%2110.00%21%21%21%21%21%40abc%2112000035%21sea&curPageLogUid=Zx&utparam-url=scene%3Asearch', 'aliexpress', 'listing', '1005006123456789'),  # constructed
    ('https://de.aliexpress.com/item/1005006123456790.html?gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005006123456790'),  # constructed
    ('https://pt.aliexpress.com/item/1005006123456791.html#nav-review', 'aliexpress', 'listing', '1005006123456791'),  # constructed
    ('https://ja.aliexpress.com/item/1005006123456792.html', 'aliexpress', 'listing', '1005006123456792'),  # constructed
    ('https://ar.aliexpress.com/item/1005006123456793.html', 'aliexpress', 'listing', '1005006123456793'),  # constructed
    ('https://m.aliexpress.com/item/1005006123456794.html?trace=wwwdetail2mobilesitedetail', 'aliexpress', 'listing', '1005006123456794'),  # constructed
    ('https://a.aliexpress.com/_mLx3PqR', None, 'short-link', None),  # constructed
    ('https://best.aliexpress.com/?lan=en', None, 'not-a-listing', None),  # constructed
    ('https://best.aliexpress.com/item/1005006123456795.html', None, 'not-a-listing', None),  # best. host: notes non-listing subdomain
    ('HTTPS://WWW.ALIEXPRESS.COM/ITEM/1005006123456796.HTML', None, 'not-a-listing', None),  # uppercase path
    ('https://www.aliexpress.us/item/3256806123456797.html?gatewayAdapt=glo2usa4itemAdapt', 'aliexpress', 'listing', '3256806123456797'),  # constructed
    ('https://aliexpress.ru/item/1005006123456798.html?sku_id=12000036789', 'aliexpress', 'listing', '1005006123456798'),  # constructed
    ('https://www.aliexpress.com/i/1005006123456799.html', 'aliexpress', 'listing', '1005006123456799'),  # constructed
    ('https://www.aliexpress.com/item/1005006123456800.html)', 'aliexpress', 'listing', '1005006123456800'),  # trailing paren
    ('[AliExpress](https://www.aliexpress.com/item/1005006123456801.html)', 'aliexpress', 'listing', '1005006123456801'),  # markdown
    ('<https://www.aliexpress.com/item/1005006123456802.html>', 'aliexpress', 'listing', '1005006123456802'),  # angle
    ('"https://www.aliexpress.com/item/1005006123456803.html"', 'aliexpress', 'listing', '1005006123456803'),  # quoted
    ('https://www.aliexpress.com/item/1005006123456804.html.', 'aliexpress', 'listing', '1005006123456804'),  # trailing dot
    ('https://www.aliexpress.com/item/1005006123456805.html?productId=1005006123456806', 'aliexpress', 'listing', '1005006123456805'),  # productId query ignored? notes: all query noise
    ('https://s.click.aliexpress.com/e/_DmXk3pQ', None, 'short-link', None),  # constructed
    ('https://click.aliexpress.com/e/_dVh3Pq2', None, 'short-link', None),  # legacy affiliate click
    ('https://click.aliexpress.com/deep_link.htm?aff_short_key=UneMJZVf&dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006123456807.html', None, 'short-link', None),  # legacy deep link
    ('https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006123456808.html', None, 'short-link', None),  # constructed
    ('I just found this on AliExpress: US $12.34 | Mini WiFi Smart Plug https://a.aliexpress.com/_mLx3PqS', None, 'short-link', None),  # constructed
    ('https://www.aliexpress.com/store/1101234567?spm=a2g0o.detail.1000007.1', 'aliexpress', 'storefront', '1101234567'),  # constructed
    ('https://www.aliexpress.com/store/1101234568/pages/all-items.html?sortType=orders_desc', 'aliexpress', 'storefront', '1101234568'),  # store all items; notes silent
    ('https://tuyasmart.aliexpress.com/store/1101234569', 'aliexpress', 'storefront', '1101234569'),  # constructed
    ('https://www.aliexpress.com/w/wholesale-smart-plug.html?SearchText=smart+plug', None, 'not-a-listing', None),  # constructed
    ('https://www.aliexpress.com/wholesale?SearchText=esp32&catId=0', None, 'not-a-listing', None),  # constructed
    ('https://www.aliexpress.com/category/200003482/dresses.html', None, 'not-a-listing', None),  # constructed
    ('https://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm', None, 'not-a-listing', None),  # constructed
    ('https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006123456809.html', None, 'not-a-listing', None),  # constructed
    ('https://www.aliexpress.com.evil.io/item/1005006123456810.html', None, 'lookalike-host', None),  # constructed
    ('https://aliexpress-com.shop/item/1005006123456811.html', None, 'lookalike-host', None),  # constructed
    ('https://www.aliexpres.com/item/1005006123456812.html', None, 'lookalike-host', None),  # constructed
    ('https://www.xn--liexpress-zyh.com/item/1005006123456813.html', None, 'lookalike-host', None),  # constructed
    ('https://www.aliexpress.com/item/1005006123456814.html?spm=a&sku_id=12000&gatewayAdapt=glo2fra&_randl_currency=EUR&_randl_shipto=FR', 'aliexpress', 'listing', '1005006123456814'),  # constructed
    ('https://fr.aliexpress.com/item/1005006123456815.html?', 'aliexpress', 'listing', '1005006123456815'),  # empty query
    ('aliexpress.com/item/1005006123456816.html', 'aliexpress', 'listing', '1005006123456816'),  # schemeless bare
    ('www.aliexpress.com/item/1005006123456817.html，谢谢', 'aliexpress', 'listing', '1005006123456817'),  # constructed
    ('https://www.lazada.sg/products/pdp-i3012345678-s20123456789.html?spm=a2o42.searchlist.list.1', 'lazada_sg', 'listing', '3012345678'),  # constructed
    ('https://www.lazada.com.my/products/xiaomi-redmi-note-13-i3012345679-s20123456790.html?c=&channelLpJumpArgs=&clickTrackInfo=query%253A', 'lazada_my', 'listing', '3012345679'),  # constructed
    ('https://www.lazada.co.th/products/i3012345680.html', 'lazada_th', 'listing', '3012345680'),  # constructed
    ('https://www.lazada.vn/products/ao-thun-nam-i3012345681-s20123456792.html#rating', 'lazada_vn', 'listing', '3012345681'),  # constructed
    ('https://www.lazada.com.ph/products/pdp-i3012345682.html?exlaz=d_1:mm_150050845_51350205_2010350205::12:&laz_trackid=2:mm_1', 'lazada_ph', 'listing', '3012345682'),  # constructed
    ('https://www.lazada.co.id/products/pdp-i3012345683-s20123456794.html?search=1&mp=1', 'lazada_id', 'listing', '3012345683'),  # constructed
    ('http://lazada.co.id/products/pdp-i3012345684.html', 'lazada_id', 'listing', '3012345684'),  # bare host http
    ('HTTPS://WWW.LAZADA.SG/products/pdp-i3012345685.html', 'lazada_sg', 'listing', '3012345685'),  # constructed
    ('https://m.lazada.sg/products/pdp-i3012345686.html', None, 'not-a-listing', None),  # m.lazada: not in notes
    ('https://www.lazada.sg/products/pdp-i3012345687-s20123456798.html)', 'lazada_sg', 'listing', '3012345687'),  # constructed
    ('https://s.lazada.sg/s.Zx3Pq', None, 'short-link', None),  # constructed
    ('https://s.lazada.com.my/s.Zx3Pr?cc', None, 'short-link', None),  # constructed
    ('https://c.lazada.co.th/t/c.Zx3Ps', None, 'short-link', None),  # constructed
    ('https://c.lazada.vn/t/c.Zx3Pt?url=https%3A%2F%2Fwww.lazada.vn%2Fproducts%2Fpdp-i3012345688.html', None, 'short-link', None),  # constructed
    ('https://www.lazada.sg/shop/anker-official-store/?spm=a2o42.pdp_revamp.seller.1.4d3a', 'lazada_sg', 'storefront', 'anker-official-store'),  # constructed
    ('https://www.lazada.com.ph/shop/xmdgbhc4', 'lazada_ph', 'storefront', 'xmdgbhc4'),  # constructed
    ('https://www.lazada.sg/shop-mobiles/', None, 'not-a-listing', None),  # constructed
    ('https://www.lazada.sg/catalog/?q=power+bank&_keyori=ss', None, 'not-a-listing', None),  # constructed
    ('https://cart.lazada.sg/cart?spm=a2o42.home.header.dcart', None, 'not-a-listing', None),  # constructed
    ('https://member.lazada.sg/user/login?redirect=https%3A%2F%2Fwww.lazada.sg%2Fproducts%2Fpdp-i3012345689.html', None, 'not-a-listing', None),  # constructed
    ('https://www.lazada.sg.evil.io/products/pdp-i3012345690.html', None, 'lookalike-host', None),  # constructed
    ('https://www.lazada.co.uk/products/pdp-i3012345691.html', None, 'lookalike-host', None),  # constructed
    ('https://www.lazada.com/products/pdp-i3012345692.html', None, 'not-a-listing', None),  # Lazada's corporate host: the parser's reason names it (notes §11 list it with the wrong TLDs)
    ('https://www.lazada.sg/products/pdp-i3012345693-s20123456799-s20123456800.html', None, 'missing-id', None),  # two skus; unsure
    ('https://www.lazada.sg/products/pdp-i.html', None, 'missing-id', None),  # constructed
    ('https://www.goofish.com/item?spm=a21ybx.home.feedsCnxh.3.4c053da6Xq3WzP&id=812345678901&categoryId=126862528', 'taobao', 'listing', '812345678901'),  # constructed
    ('https://www.goofish.com/item?id=812345678902#comments', 'taobao', 'listing', '812345678902'),  # constructed
    ('https://h5.m.goofish.com/item?forceFlush=1&id=812345678903&hitNativeDetail=true&from_kun_share=default', 'taobao', 'listing', '812345678903'),  # constructed
    ('https://h5.m.goofish.com/item?itemId=812345678904', 'taobao', 'listing', '812345678904'),  # constructed
    ('https://h5.m.goofish.com/item?id=812345678905&itemId=812345678906', None, 'conflicting-ids', None),  # constructed
    ('HTTPS://WWW.GOOFISH.COM/item?id=812345678907', 'taobao', 'listing', '812345678907'),  # constructed
    ('https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?x-ssr=true&id=812345678908', 'taobao', 'listing', '812345678908'),  # constructed
    ('https://2.taobao.com/item.htm?spm=2007.1000337.0.0.7b2c&id=812345678909', 'taobao', 'listing', '812345678909'),  # constructed
    ('https://www.goofish.com/personal?spm=a21ybx.item.itemHeader.1.5a2c&userId=2201234567', 'taobao', 'storefront', '2201234567'),  # constructed
    ('https://www.goofish.com/search?q=switch&spm=a21ybx.search', None, 'not-a-listing', None),  # constructed
    ('【闲鱼】https://www.goofish.com/item?id=812345678910 「闲置九成新」', 'taobao', 'listing', '812345678910'),  # constructed
    ('https://www.goofish.com.evil.io/item?id=812345678911', None, 'lookalike-host', None),  # constructed
    ('https://goofish-com.cn/item?id=812345678912', None, 'lookalike-host', None),  # constructed
    ('https://www.goofish.com/item?id=81234567891x', None, 'malformed-id', None),  # constructed
    ('https://www.superbuy.com/en/page/buy?nTag=Home-search&from=search-input&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678913', None, 'agent-site', None),  # constructed
    ('https://www.pandabuy.com/product?ra=1&url=https%3A%2F%2Fweidian.com%2Fitem.html%3FitemID%3D5123456789&inviteCode=ABC', None, 'agent-site', None),  # constructed
    ('https://www.cssbuy.com/item-812345678914.html', None, 'agent-site', None),  # constructed
    ('https://www.cssbuy.com/item-1688-712345678911.html', None, 'agent-site', None),  # constructed
    ('https://cnfans.com/product/?shop_type=taobao&id=812345678915&ref=12345', None, 'agent-site', None),  # constructed
    ('https://www.kakobuy.com/item/details?url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D812345678916&affcode=abc', None, 'agent-site', None),  # constructed
    ('https://www.sugargoo.com/#/home/productDetail?productLink=https%253A%252F%252Fitem.taobao.com%252Fitem.htm%253Fid%253D812345678917', None, 'agent-site', None),  # constructed
    ('https://www.hoobuy.com/product/1/812345678918', None, 'agent-site', None),  # constructed
    ('https://allchinabuy.com/en/page/buy/?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678919', None, 'agent-site', None),  # constructed
    ('https://m.wegobuy.com/en/page/buy?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678920', None, 'agent-site', None),  # constructed
    ('https://www.mulebuy.com/product/?shop_type=taobao&id=812345678925', None, 'agent-site', None),  # constructed
    ('https://weidian.com/item.html?itemID=5123456790', None, 'not-alibaba-host', None),  # constructed
    ('https://item.jd.com/100012345678.html', None, 'not-alibaba-host', None),  # constructed
    ('https://mobile.yangkeduo.com/goods.html?goods_id=123456789', None, 'not-alibaba-host', None),  # constructed
    ('https://www.google.com/url?sa=t&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678926', None, 'not-alibaba-host', None),  # constructed
    ('https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006123456820.html&h=AT0', None, 'not-alibaba-host', None),  # constructed
    ('https://out.reddit.com/t3_abc?url=https%3A%2F%2Fs.click.aliexpress.com%2Fe%2F_DkX', None, 'not-alibaba-host', None),  # constructed
    ('https://redirect.alimama.com/?u=https://item.taobao.com/item.htm?id=812345678927', None, 'not-alibaba-host', None),  # alimama: not marketplace
    ('https://ai.taobao.com/search/index.htm?key=%E8%80%B3%E6%9C%BA&pid=mm_26632258', None, 'not-a-listing', None),  # constructed
    ('https://uland.taobao.com/item/edetail?id=812345678928', None, 'not-a-listing', None),  # constructed
    ('https://detail.tmall.com/item.htm?id=812345678929\u200b', 'tmall', 'listing', '812345678929'),  # zero width space
    ('\ufeffhttps://item.taobao.com/item.htm?id=812345678930', 'taobao', 'listing', '812345678930'),  # BOM
    ('https://item.taobao.com/item.htm?id=８１２３４５６７８９３１', None, 'malformed-id', None),  # full-width digits
    ('ｈｔｔｐｓ：／／item.taobao.com/item.htm?id=812345678932', 'taobao', 'listing', '812345678932'),  # full-width scheme?
    ('https：//item.taobao.com/item.htm?id=812345678933', 'taobao', 'listing', '812345678933'),  # a full-width colon in the scheme, as an input method types it: read as the whole full-width scheme is
    ('https：／／item.taobao.com/item.htm?id=812345678937', 'taobao', 'listing', '812345678937'),  # full-width colon and slashes (was lookalike-host)
    ('https:／／item.taobao.com/item.htm?id=812345678938', 'taobao', 'listing', '812345678938'),  # full-width slashes (was not-a-url)
    ('复制 HTTPS：//m.tb.cn/h.4CEhFr0?sm=1 打开', None, 'short-link', None),  # a share text's link with a full-width colon
    ('https：//evil.example/item.htm?id=812345678939', None, 'not-alibaba-host', None),  # the host is still read as it is
    ('https://item.taobao.com/item.htm?id=812345678934&', 'taobao', 'listing', '812345678934'),  # trailing amp
    ('https://item.taobao.com/item.htm?&&id=812345678935&&', 'taobao', 'listing', '812345678935'),  # constructed
    ('https://item.taobao.com/item.htm?id=812345678936?spm=a1z10', None, 'malformed-id', None),  # second ?
    ('https://item.taobao.com/item.htm;jsessionid=ABC?id=812345678937', None, 'not-a-listing', None),  # constructed
    ('https://item.taobao.com/item.htm/?id=812345678938', None, 'not-a-listing', None),  # constructed
    ('https://item.taobao.com/item.htm?id=812345678939/', None, 'malformed-id', None),  # constructed
    ('https://item.taobao.com/item.htm?id= 812345678940', None, 'missing-id', None),  # a space splits the link before its id
    ('https://item.taobao.com/item.htm?id=+812345678941', None, 'malformed-id', None),  # constructed
    ('https://item.taobao.com/item.htm?id=812345678942.', 'taobao', 'listing', '812345678942'),  # trailing dot
    ('https://item.taobao.com/item.htm?id=812345678943...', None, 'malformed-id', None),  # ellipsis dots
    ('https://item.taobao.com/item.htm?id=812345678944…', None, 'malformed-id', None),  # ellipsis
    ('[淘宝链接](https://item.taobao.com/item.htm?id=812345678945 "标题")', 'taobao', 'listing', '812345678945'),  # md with title
    ("<a href='https://item.taobao.com/item.htm?id=812345678946'>淘宝</a>", 'taobao', 'listing', '812345678946'),  # constructed
    ('[url=https://item.taobao.com/item.htm?id=812345678947]点此购买[/url]', 'taobao', 'listing', '812345678947'),  # bbcode
    ('https://item.taobao.com/item.htm?id=812345678948"', 'taobao', 'listing', '812345678948'),  # constructed
    ("'https://item.taobao.com/item.htm?id=812345678949',", 'taobao', 'listing', '812345678949'),  # constructed
    ('https://shop.m.taobao.com/shop/shop_index.htm?shop_id=34567896&spm=a2141', None, 'not-a-listing', None),  # mobile shop page; notes silent
    ('https://xiaomi.tmall.com/search.htm?search=y&orderType=hotsell_desc', None, 'not-a-listing', None),  # store search
    ('https://xiaomi.tmall.com/category-1187042538.htm?spm=a1z10.1-b-s', None, 'not-a-listing', None),  # store category
    ('https://detail.1688.com/offer/712345678913.html?offerId=712345678999', '1688', 'listing', '712345678913'),  # query noise
    ('https://aliexpress.com/store/1101234570', 'aliexpress', 'storefront', '1101234570'),  # bare host store
    ('https://www.aliexpress.com/store/product/Smart-Plug-EU/1101234571_1005006123456821.html', 'aliexpress', 'listing', '1005006123456821'),  # constructed
    ('https://sale.aliexpress.com/__pc/sale_page.htm?spm=a2g0o', None, 'not-a-listing', None),  # constructed
    ('https://campaign.aliexpress.com/wow/gcp/superdeals/index?wh_weex=true', None, 'not-a-listing', None),  # constructed
    ('https://www.lazada.sg/shop/anker-sg/?path=promotion.htm&langFlag=en', 'lazada_sg', 'storefront', 'anker-sg'),  # constructed
    ('https://www.lazada.com.my/shop/anker-my/?itemId=3012345695&channelSource=pdp', 'lazada_my', 'storefront', 'anker-my'),  # constructed
    ('Check out this product on Lazada! https://s.lazada.sg/s.Zx3Pz', None, 'short-link', None),  # constructed
    ('[Lazada] Xem sản phẩm này trên Lazada: https://s.lazada.vn/s.Zx3Qa', None, 'short-link', None),  # constructed
    ('fleamarket://item?id=812345678950', None, 'scheme-not-allowed', None),  # xianyu deep link
    ('lazada://sg/d?url=https%3A%2F%2Fwww.lazada.sg%2Fproducts%2Fpdp-i3012345696.html', None, 'scheme-not-allowed', None),  # constructed
    ('aliexpress://product/detail?productId=1005006123456822', None, 'scheme-not-allowed', None),  # constructed
    ('https://detail.tmall.hk/hk/item.htm?id=636091234572，这个是假货', 'tmall_global', 'listing', '636091234572'),  # constructed
    ('天猫国际：https://detail.tmall.hk/hk/item.htm?id=636091234573', 'tmall_global', 'listing', '636091234573'),  # constructed
    ('Item (Tmall Global): <https://detail.tmall.hk/hk/item.htm?id=636091234574&skuId=1>', 'tmall_global', 'listing', '636091234574'),  # constructed
    ('https://detail.tmall.com/item.htm?id=785213996526。', 'tmall', 'listing', '785213996526'),  # constructed
    ('https://detail.tmall.com/item.htm?id=785213996527”', 'tmall', 'listing', '785213996527'),  # constructed
    ('「https://detail.tmall.com/item.htm?id=785213996528」', 'tmall', 'listing', '785213996528'),  # constructed
    ('* https://detail.1688.com/offer/712345678914.html', '1688', 'listing', '712345678914'),  # markdown bullet
    ('1. https://detail.1688.com/offer/712345678915.html', '1688', 'listing', '712345678915'),  # numbered
    ('- [ ] https://www.aliexpress.com/item/1005006123456823.html', 'aliexpress', 'listing', '1005006123456823'),  # task list
    ('> https://www.alibaba.com/product-detail/Solar_1600912345689.html', 'alibaba_com', 'listing', '1600912345689'),  # quote
    ('https://www.aliexpress.com/item/1005006123456824.html\thttps://www.aliexpress.com/item/1005006123456825.html', 'aliexpress', 'listing', '1005006123456824'),  # tab two
    ('https://item.taobao.com/item.htm?id=812345678951,', 'taobao', 'listing', '812345678951'),  # csv comma
    ('"https://item.taobao.com/item.htm?id=812345678952","title",12.5', 'taobao', 'listing', '812345678952'),  # csv quoted
    ('https://item.taobao.com/item.htm?id=812345678953&amp;ns=1&amp;abbucket=1#detail', 'taobao', 'listing', '812345678953'),  # html entities
    ('https://item.taobao.com/item.htm?spm=a230r.1.14.1.1a2b3c&id=812345678954&ns=1&abbucket=1#detail\n', 'taobao', 'listing', '812345678954'),  # trailing newline
    ('   https://item.taobao.com/item.htm?id=812345678955   ', 'taobao', 'listing', '812345678955'),  # spaces
    ('https://item.taobao.com/item.htm?id=812345678956&id=', 'taobao', 'listing', '812345678956'),  # empty second id
    ('https://item.taobao.com/item.htm?id=&id=812345678957', 'taobao', 'listing', '812345678957'),  # empty first id
    ('https://item.taobao.com/item.htm?id=812345678958&itemId=812345678958&item_id=812345678958', 'taobao', 'listing', '812345678958'),  # all agree
    ('https://detail.tmall.com/item.htm?id=785213996529&skuId=785213996530', 'tmall', 'listing', '785213996529'),  # skuId not id
    ('https://www.goofish.com/item?id=812345678959&id=812345678960', None, 'conflicting-ids', None),  # constructed
    ('https://m.intl.taobao.com/detail/detail.html?id=748215660140&id=748215660141', None, 'conflicting-ids', None),  # constructed
    ('https://a.m.taobao.com/i748215660144.htm?id=748215660144', 'taobao_or_tmall', 'listing', '748215660144'),  # path+query same
    ('https://www.aliexpress.com/item/1005006123456826.html?item_id=1005006123456827', 'aliexpress', 'listing', '1005006123456826'),  # query ignored per notes
    ('https://www.lazada.sg/products/pdp-i3012345697.html?itemId=3012345698', None, 'conflicting-ids', None),  # itemId names another item (urls41; it was read as the path's)
    ('https://item.taobao.com/item.htm?id=812345678961%26ns%3D1', 'taobao', 'listing', '812345678961'),  # encoded tail
    ('https://item.taobao.com/item.htm?id%3D812345678962', 'taobao', 'listing', '812345678962'),  # encoded =
    ('https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D812345678963', 'taobao', 'listing', '812345678963'),  # whole encoded
    ('https:\\/\\/detail.tmall.com\\/item.htm?id=785213996531\\u0026skuId=1', 'tmall', 'listing', '785213996531'),  # json escaped
    ('https://detail.tmall.com/item.htm?id=785213996532&spm=a1z10.1-b-s.w5003-2394.1.5a3b&scene=taobao_shop#', 'tmall', 'listing', '785213996532'),  # constructed
    ('https://shop34567897.taobao.com/?spm=a1z10.1-c-s.0.0.7a2b&search=y', 'taobao', 'storefront', '34567897'),  # store root with search param
    ('https://shop34567898.taobao.com/search.htm?keyword=%E8%80%B3%E6%9C%BA', None, 'not-a-listing', None),  # store search
    ('https://www.taobao.com/markets/nvzhuang/taobaonvzhuang', None, 'not-a-listing', None),  # category market
    ('https://huodong.taobao.com/wow/z/tbhome/default/recommend', None, 'not-a-listing', None),  # campaign
    ('https://i.taobao.com/my_taobao.htm', None, 'not-a-listing', None),  # my taobao
    ('https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3012345678901234567', None, 'not-a-listing', None),  # order
    ('https://rate.taobao.com/user-rate-UvCxYvGcWMGcT.htm', None, 'not-a-listing', None),  # rate
    ('https://item.taobao.com/item.htm?id=812345678964 https://item.taobao.com/item.htm?id=812345678965', 'taobao', 'listing', '812345678964'),  # two links
    ('https://evil.io/?u=item.taobao.com/item.htm?id=812345678966', None, 'not-alibaba-host', None),  # host in query
    ('https://evil.io/item.taobao.com/item.htm?id=812345678967', None, 'not-alibaba-host', None),  # host in path
    ('https://taobao.evil.io/item.htm?id=812345678968', None, 'lookalike-host', None),  # brand subdomain
    ('https://mytaobao.com/item.htm?id=812345678969', None, 'lookalike-host', None),  # constructed
    ('https://tao-bao.com/item.htm?id=812345678970', None, 'lookalike-host', None),  # hyphen in brand
    ('https://taoba0.com/item.htm?id=812345678971', None, 'lookalike-host', None),  # zero
    ('https://aIiexpress.com/item/1005006123456828.html', None, 'lookalike-host', None),  # capital I
    ('https://www.aliexpress.com.ru/item/1005006123456829.html', None, 'lookalike-host', None),  # constructed
    ('https://lazada-sg.com/products/pdp-i3012345699.html', None, 'lookalike-host', None),  # constructed
    ('https://www.xn--lzada-4ve.sg/products/pdp-i3012345700.html', None, 'lookalike-host', None),  # punycode lazada
    ('https://item.xn--tobao-4ve.com/item.htm?id=812345678972', None, 'lookalike-host', None),  # punycode cyrillic a
    ('https://detail.xn--tmll-63d.com/item.htm?id=785213996533', None, 'lookalike-host', None),  # punycode tmall
    ('https://detail.tmall.com%2F@evil.io/item.htm?id=785213996534', None, 'lookalike-host', None),  # encoded slash userinfo
    ('https://detail.tmall.com\\@evil.io/item.htm?id=785213996535', None, 'lookalike-host', None),  # backslash
    ('https://user:pass@detail.tmall.com/item.htm?id=785213996536', None, 'lookalike-host', None),  # userinfo on real host
    ('https://detail.tmall.com:443/item.htm?id=785213996537', 'tmall', 'listing', '785213996537'),  # default port?
    ('https://item.taobao.com./item.htm?id=812345678973', None, 'lookalike-host', None),  # trailing dot
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


#: Links whose last character is a digit of their id, of every marketplace's id forms.
_ENDS_IN_ID = [
    "https://item.taobao.com/item.htm?spm=a1z10&id={id}",
    "https://detail.tmall.com/item.htm?id={id}",
    "https://detail.tmall.hk/hk/item.htm?id={id}",
    "https://m.intl.taobao.com/detail/detail.html?id={id}",
    "https://www.goofish.com/item?id={id}",
    "https://detail.m.1688.com/page/index.htm?offerId={id}",
    "https://www.aliexpress.com/store/{id}",
    "https://store.taobao.com/shop/view_shop.htm?user_number_id={id}",
    "https://www.goofish.com/personal?userId={id}",
]
_IDS = st.integers(10**9, 10**12 - 1).map(str)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_ENDS_IN_ID), _IDS, st.sampled_from(["...", "....", "\u3002\u3002\u3002"]),
       st.sampled_from(["", ")", "\"", "\uff09", "!"]),
       st.sampled_from(["{}", "see {} please", "链接：{}谢谢", "({})", "<{}>"]))  # fmt: skip
def test_full_stops_typed_for_an_ellipsis_cut_the_link(
    link: str, id: str, dots: str, after: str, where: str
) -> None:
    """Three full stops after the id: the link was cut short, whatever its id's length (it
    was read as the listing of the digits before them)."""
    url = link.format(id=id)
    assert answer(url)[1] in ("listing", "storefront")
    text = where.format(url + dots + after)
    result = parse_listing(text)
    assert (result.code, result.reason) == (
        "malformed-id",
        "malformed id: the link is cut short (an ellipsis follows it): copy it whole",
    )
    assert parse_slowly(text) == result
    for end in (".", "..", ". "):  # a sentence's end: the link's own answer
        assert answer(where.format(url + end + after)) == answer(url)


_PATH_FORMS = [
    "https://a.m.taobao.com/i{path}.htm?{query}",
    "https://world.taobao.com/item/{path}.htm?{query}",
    "https://www.taobao.com/list/item/{path}.htm?{query}",
    "//a.m.taobao.com/i{path}.htm?{query}#detail",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATH_FORMS), _IDS, _IDS, st.sampled_from(["id", "itemId", "item_id"]),
       st.sampled_from(["", "spm=a21wu.1&", "sid=1&abtest=7&"]))  # fmt: skip
def test_a_path_id_and_another_query_id_conflict(
    form: str, path: str, other: str, key: str, before: str
) -> None:
    """A Taobao path id and a query id that names another item: ``conflicting-ids`` (it was
    the path's item); the same id twice, an empty one or none: the path's item. The fast
    path, the thorough parser and the columnar kernel agree."""
    texts = [form.format(path=path, query=f"{before}{key}={value}") for value in (other, path, "")]
    texts.append(form.format(path=path, query=before + "ns=1"))
    results = [parse_listing(text) for text in texts]
    if other != path:
        assert results[0].code == "conflicting-ids"
        assert path in results[0].reason and other in results[0].reason
    for result in results[1:] if other != path else results:
        assert (result.ok, result.id) == (True, path)
    assert [parse_slowly(text) for text in texts] == results
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column(texts).to_pylist() == [r.as_dict() for r in results]


_NEW_AGENTS = sorted(
    {"yoybuy.com", "bhiner.com", "ootdbuy.com", "wemimi.com", "buckydrop.com", "mycnbox.com",
     "fansbuy.com", "lolobuy.com", "rizzitgo.com", "boonbuy.com", "pikobuy.com", "esgobuy.com",
     "bbdbuyeu.com", "goatedbuy.com", "pantherbuy.com", "ossbuy.com", "okeyhaul.com",
     "dgobuy.com", "hubbuy.com", "tigbuy.com", "spanbuy.com", "vigorbuy.com"}
)  # fmt: skip


@pytest.mark.parametrize("domain", _NEW_AGENTS)
def test_more_buying_agents(domain: str) -> None:
    """A buying agent's link is ``agent-site`` suggesting the listing it embeds (it was
    ``not-alibaba-host``), on its bare and ``www.`` hosts; a lookalike of it is not one."""
    assert domain in AGENT_DOMAINS
    target = "https://detail.tmall.com/item.htm?id=785213996539"
    for host in (domain, "www." + domain, "m." + domain):
        text = f"https://{host}/product?url={quote(target, safe='')}"
        result = parse_listing(text)
        assert (result.code, result.suggestion) == ("agent-site", target), text
        assert parse_slowly(text) == result
    assert parse_listing(f"https://{domain}.evil.io/x").code != "agent-site"


@pytest.mark.parametrize(
    "text",
    ["https://click.aliexpress.com/deep_link.htm?aff_short_key=UneMJZVf&dl_target_url="
     "https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006123456807.html",
     "http://click.aliexpress.com/deep_link.htm?dl_target_url=https://www.aliexpress.com/item/"
     "1005006123456807.html&aff_short_key=_9z6YLq"],
)  # fmt: skip
def test_click_aliexpress_suggests_its_target(text: str) -> None:
    """``click.aliexpress.com``'s deep link names where it leads, as ``s.click.``'s does: a
    short link suggesting it (it was "not a listing", with no suggestion)."""
    result = parse_listing(text)
    assert (result.code, result.suggestion) == (
        "short-link",
        "https://www.aliexpress.com/item/1005006123456807.html",
    )
    assert parse_slowly(text) == result
