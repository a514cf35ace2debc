"""Sweep 17 of the URL notes (/work/shared/domain/listing-urls.md), statement by statement: for
every statement of the notes that decides an answer (a host or path form, where the id is, id
length limits, ignored or conflicting parameters, reserved hosts, short links, storefronts,
mobile and regional hosts, canonical forms, case, percent-encoding, ports, userinfo, fragments,
lookalikes), the cases an examiner reading only the notes would write: the plain case and its
boundaries (the shortest and longest id allowed and one past them, an upper-case host, a
trailing dot, ``:443``, ``http``, no scheme, ``//``, a fragment, ``%26``/``%3D``, parameters
repeated or in another order, the id in the fragment...).

Each row is ``(input, platform, kind_or_code, id)`` as in the tables of real URLs; its comment
names the section and quotes the sentence the answer is decided from. "notes silent" marks a
case the notes do not decide (a port, which rejection code a case-changed path gets): the row
holds the documented answer (docs/listings.md), and the report of the sweep lists it. Only
cases no earlier table holds (the same input, verbatim) are here; the ones already there were
checked against the notes too (/work/notes/sweep-notes17.md). The parser agreed with the notes
on every case, so no row records a fix.
"""

from __future__ import annotations

import pytest

from _real_urls import table_tests
from ipprules.listings import parse_listing

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('  https://item.taobao.com/item.htm?id=606832683299  ', 'taobao', 'listing', '606832683299'),  # §0 Trim: "Strip surrounding whitespace."
    ('\thttps://detail.tmall.com/item.htm?id=690091011924\t', 'tmall', 'listing', '690091011924'),  # §0 Trim: "Strip surrounding whitespace."
    ('【淘宝】「title」 https://item.taobao.com/item.htm?id=606832683299 CZ356', 'taobao', 'listing', '606832683299'),  # §0 Trim: "pull the first `https?://` token out of free text"
    ('看看这个 https://detail.tmall.com/item.htm?id=690091011924 好用', 'tmall', 'listing', '690091011924'),  # §0 Trim: "pull the first `https?://` token out of free text"
    ('… https://m.tb.cn/h.4CEhFr0?sm=70d491 lofree…', None, 'short-link', None),  # §0 Trim: "pull the first `https?://` token out of free text"; §10 short
    ('http://item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),  # §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('HTTPS://item.taobao.com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),  # §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"; §0 Case: "Lower-case scheme and host."
    ('//detail.1688.com/offer/585943639773.html', '1688', 'listing', '585943639773'),  # §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('www.lazada.sg/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),  # §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('//WWW.ALIEXPRESS.COM/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),  # §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"; §0 Case: "Lower-case scheme and host."
    ('javascript://item.taobao.com/item.htm?id=606832683299', None, 'scheme-not-allowed', None),  # §0 Scheme: "Reject other schemes, such as the app deep-link `taobao://item.taobao.com/item.htm?id=…`"
    ('https://Item.Taobao.Com/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),  # §0 Case: "Lower-case scheme and host."
    ('DETAIL.TMALL.COM/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),  # §0 Case: "Lower-case scheme and host."
    ('https://SHOP118454188.TAOBAO.COM/', 'taobao', 'storefront', '118454188'),  # §0 Case: "Lower-case scheme and host."
    ('https://WWW.ALIEXPRESS.US/item/3256804692294345.html', 'aliexpress', 'listing', '3256804692294345'),  # §0 Case: "Lower-case scheme and host."
    ('https://item.taobao.com/item.htm?Id=606832683299', None, 'missing-id', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)."
    ('https://item.taobao.com/item.htm?itemid=606832683299', None, 'missing-id', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)."
    ('https://item.taobao.com/item.htm?ID=1&id=606832683299', 'taobao', 'listing', '606832683299'),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)." (`ID` is not `id`: no conflict)
    ('https://detail.m.1688.com/page/index.htm?offerid=1002685729834', None, 'missing-id', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)."
    ('https://www.goofish.com/personal?userid=1666703902', None, 'missing-id', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)."
    ('https://store.taobao.com/shop/view_shop.htm?USER_NUMBER_ID=2731750157', None, 'missing-id', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)."
    ('https://item.taobao.com/ITEM.HTM?id=606832683299', None, 'not-a-listing', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)." (which code: notes silent: the documented answer)
    ('https://detail.1688.com/OFFER/585943639773.html', None, 'not-a-listing', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)." (which code: notes silent: the documented answer)
    ('https://www.lazada.sg/products/pdp-I2896336114.html', None, 'missing-id', None),  # §0 Case: "Paths and query keys are case-sensitive (`offerId`, `userId`, `itemId`)." (which code: notes silent: the documented answer)
    ('http://user:pw@item.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "Reject userinfo (`http://item.taobao.com@evil.cn/…`)"
    ('http://shop118454188.taobao.com@evil.cn/', None, 'lookalike-host', None),  # §0 Host match: "Reject userinfo (`http://item.taobao.com@evil.cn/…`)"
    ('https://shop118454188.taobao.com.evil.cn/', None, 'lookalike-host', None),  # §0 Host match: "Match on the **whole hostname** against an allow-list: exact host, or a suffix that starts at a dot"
    ('https://item.xn--tobao-2of.com/item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "after IDNA decoding the host must be pure ASCII and exactly match the list"
    ('https://ITEM.TAOBAO.COM./item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "after IDNA decoding the host must be pure ASCII and exactly match the list" (a trailing dot is no exact match)
    ('https://shop118454188.taobao.com./', None, 'lookalike-host', None),  # §0 Host match: "after IDNA decoding the host must be pure ASCII and exactly match the list" (a trailing dot is no exact match)
    ('https://item.taobao.com:443/item.htm?id=606832683299', 'taobao', 'listing', '606832683299'),  # port: notes silent: the documented answer (default port read as no port)
    ('https://shop118454188.taobao.com:443/', 'taobao', 'storefront', '118454188'),  # port: notes silent: the documented answer (default port read as no port)
    ('https://m.tb.cn:443/h.4CEhFr0', None, 'short-link', None),  # port: notes silent: the documented answer; §10 short
    ('https://m.tb.cn:8080/h.4CEhFr0', None, 'lookalike-host', None),  # port: notes silent: the documented answer (an unexpected port is refused)
    ('https://item.taobao.com/item.htm?spm=a&amp;id=606832683299', 'taobao', 'listing', '606832683299'),  # §0 Query parsing: "Real pastes include HTML-escaped `&amp;`"
    ('https://item.taobao.com/item.htm?abbucket=6%26id%3D674029285425%26ns%3D1', 'taobao', 'listing', '674029285425'),  # §0 Query parsing: "A lenient mode may decode `%26`/`%3D` once and retry"
    ('https://item.taobao.com/item.htm?abbucket=6%26id%3d674029285425', 'taobao', 'listing', '674029285425'),  # §0 Query parsing: "A lenient mode may decode `%26`/`%3D` once and retry" (lower-case hex)
    ('https://item.taobao.com/item.htm?abbucket=6%2526id%253D674029285425', None, 'missing-id', None),  # §0 Query parsing: "A lenient mode may decode `%26`/`%3D` once and retry" (once: `%2526` stays one parameter)
    ('https://item.taobao.com/item.htm?%69d=674029285425', 'taobao', 'listing', '674029285425'),  # §0 Query parsing: "Parse with a real URL parser." (a percent-encoded key)
    ('https://item.taobao.com/item.htm?id=674029285425%23detail', None, 'malformed-id', None),  # §0 Query parsing: "Parse with a real URL parser." (`%23` is data, not a fragment)
    ('https://item.taobao.com/item.htm?&&id=674029285425&&', 'taobao', 'listing', '674029285425'),  # §0 Query parsing: "Parse with a real URL parser."
    ('https://item.taobao.com/item.htm?id=674029285425;ns=1', None, 'malformed-id', None),  # §0 Query parsing: "Parse with a real URL parser." (`;` is no separator)
    ('https://item.taobao.com/item.htm?id=674029285425#detail', 'taobao', 'listing', '674029285425'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://item.taobao.com/item.htm?id=674029285425#review', 'taobao', 'listing', '674029285425'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://item.taobao.com/item.htm?id=674029285425&#detail', 'taobao', 'listing', '674029285425'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://detail.1688.com/offer/585943639773.html#tab', '1688', 'listing', '585943639773'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://www.aliexpress.com/item/1005004878609097.html#nav-review', 'aliexpress', 'listing', '1005004878609097'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://www.lazada.sg/products/pdp-i2896336114-s20072727483.html?spm=a#details', 'lazada_sg', 'listing', '2896336114'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://shop118454188.taobao.com/index.htm#x', 'taobao', 'storefront', '118454188'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://item.taobao.com/item.htm#id=674029285425', None, 'missing-id', None),  # §0 Fragment: "Drop it (`#detail`, `#review`)." (the id in the fragment is dropped with it)
    ('https://item.taobao.com/item.htm?spm=x#id=674029285425', None, 'missing-id', None),  # §0 Fragment: "Drop it (`#detail`, `#review`)." (the id in the fragment is dropped with it)
    ('https://item.taobao.com/item.htm#x?id=674029285425', None, 'missing-id', None),  # §0 Fragment: "Drop it (`#detail`, `#review`)." (a query after `#` is the fragment's)
    ('https://item.taobao.com/item.htm?id=674029285425#id=123456789012', 'taobao', 'listing', '674029285425'),  # §0 Fragment: "Drop it (`#detail`, `#review`)." (a second id in the fragment is no conflict)
    ('https://detail.m.1688.com/page/index.htm?offerId=1002685729834#x', '1688', 'listing', '1002685729834'),  # §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://item.taobao.com/item.htm?id=674029285425&id=674029285426', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it."
    ('https://item.taobao.com/item.htm?id=674029285425&itemId=674029285426', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (aliases of `id`, §1)
    ('https://item.taobao.com/item.htm?item_id=674029285425&id=674029285426', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (aliases of `id`, §1)
    ('https://item.taobao.com/item.htm?itemId=674029285425&item_id=674029285425', 'taobao', 'listing', '674029285425'),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (aliases, same value)
    ('https://detail.tmall.com/item.htm?id=690091011924&spm=a&id=690091011925', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it."
    ('https://detail.m.1688.com/page/index.htm?offerId=1002685729834&offerId=1002685729835', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (the 1688 id parameter)
    ('http://detail.m.1688.com/page/index.htm?spm=a&offerId=1002685729834&offerId=1002685729834', '1688', 'listing', '1002685729834'),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (same value)
    ('https://www.goofish.com/item?id=965639435219&id=965639435218', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it."
    ('https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157&user_number_id=2731750158', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (the seller id)
    ('https://www.goofish.com/personal?userId=1666703902&userId=1666703903', None, 'conflicting-ids', None),  # §0 Duplicate id params: "If `id` occurs twice with different values, treat the URL as ambiguous and reject it." (the seller id)
    ('https://www.pandabuy.com/product?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F585943639773.html', None, 'agent-site', None),  # §0 Agent / proxy sites: "Report them as not-a-listing." (code `agent-site`); §4 `…offer%2FN.html` inside another URL
    ('https://www.superbuy.com/en/page/buy?url=https://detail.tmall.com/item.htm?id=690091011924', None, 'agent-site', None),  # §0 Agent / proxy sites: "Report them as not-a-listing." (code `agent-site`)
    ('https://pandabuy.com/', None, 'agent-site', None),  # §0 Agent / proxy sites: "Report them as not-a-listing." (code `agent-site`)
    ('https://item.taobao.com/item.htm?id=606832683299&spm=a', 'taobao', 'listing', '606832683299'),  # §1 Listing URL forms seen: "query `id` at any position"
    ('https://item.taobao.com/item.htm?spm=a&id=606832683299&spm=b', 'taobao', 'listing', '606832683299'),  # §1 Listing URL forms seen: "query `id` at any position" (a noise key repeated)
    ('https://item.taobao.com/item.htm?itemId=674029285425', 'taobao', 'listing', '674029285425'),  # §1: "Query-key aliases: besides `id`, code accepts `itemId` … and `item_id`."
    ('https://item.taobao.com/item.htm?item_id=674029285425', 'taobao', 'listing', '674029285425'),  # §1: "Query-key aliases: besides `id`, code accepts `itemId` … and `item_id`."
    ('https://item.taobao.com/item.htm?spm=x&skuId=4911012597025', None, 'missing-id', None),  # §1 Parameters: "`skuId` selects a variant and is not needed to identify the listing."
    ('https://item.taobao.com/item.htm?skuId=4911012597025&id=674029285425', 'taobao', 'listing', '674029285425'),  # §1 Parameters: "`skuId` selects a variant and is not needed to identify the listing."
    ('https://item.taobao.com/', None, 'missing-id', None),  # §11: "bare `detail.tmall.com/`" (a listing host without an id)
    ('https://h5.m.taobao.com/awp/core/detail.htm?itemId=674029285425', 'taobao_or_tmall', 'listing', '674029285425'),  # §1 Listing URL forms seen: `h5.m.taobao.com/…?itemId=N`; §1: "The library should therefore report `taobao_or_tmall` for those hosts and not guess."
    ('http://a.m.taobao.com/i12345.htm', None, 'malformed-id', None),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (5 digits: one short)
    ('http://a.m.taobao.com/i123456.htm', 'taobao_or_tmall', 'listing', '123456'),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (6 digits: the shortest)
    ('http://a.m.taobao.com/i123456789012345.htm', 'taobao_or_tmall', 'listing', '123456789012345'),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (15 digits: the longest)
    ('http://a.m.taobao.com/i1234567890123456.htm', None, 'malformed-id', None),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (16 digits: one past)
    ('http://a.m.taobao.com/i035081419154.htm', None, 'malformed-id', None),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (a leading zero)
    ('https://m.intl.taobao.com/detail/detail.html?tk=nyXpT7VA7lt&id=993154784090', 'taobao_or_tmall', 'listing', '993154784090'),  # §1 Listing URL forms seen: `m.intl.taobao.com` (parameters in another order)
    ('https://main.m.taobao.com/detail/index.html?id=993154784090&hybrid=true', 'taobao_or_tmall', 'listing', '993154784090'),  # §1 Listing URL forms seen: "`main.m.taobao.com/detail/index.html?id=N` (current mobile)"
    ('https://main.m.taobao.com/detail/index.html?hybrid=true&id=993154784090', 'taobao_or_tmall', 'listing', '993154784090'),  # §1 Listing URL forms seen: `main.m.taobao.com` (parameters in another order)
    ('https://www.taobao.com/item.htm?id=758067992163', None, 'missing-id', None),  # §12: "`www.taobao.com` (`/list/item/` only)" (which code: notes silent: the documented answer)
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetId=674029285425', 'taobao_or_tmall', 'listing', '674029285425'),  # §1 Listing URL forms seen: "query `targetId` (or the nested `targetUrl`)"; §10 "**Resolvable offline** from `targetId`"
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetId=674029285425&targetType=ITEM', 'taobao_or_tmall', 'listing', '674029285425'),  # §1 Listing URL forms seen: `targetId` (parameters in another order)
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=ITEM&targetUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D674029285425', 'taobao_or_tmall', 'listing', '674029285425'),  # §1 Listing URL forms seen: "(or the nested `targetUrl`)"
    ('https://assets-tmw.taobao.com/app/tmall-ovs-rax/share_page/home?targetType=SHOP&targetId=674029285425', None, 'not-a-listing', None),  # §12: "`assets-tmw.taobao.com` (ITEM share only)"
    ('https://item.taobao.com/item.htm?id=16016943437', 'taobao', 'listing', '16016943437'),  # §1 IDs: "Real examples seen have **11–12 digits**, e.g. `16016943437`"
    ('https://item.taobao.com/item.htm?id=1065574393669', 'taobao', 'listing', '1065574393669'),  # §1 IDs: "**13-digit** IDs now exist"
    ('https://item.taobao.com/item.htm?id=123456', 'taobao', 'listing', '123456'),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (6 digits: the shortest)
    ('https://item.taobao.com/item.htm?id=12345678', 'taobao', 'listing', '12345678'),  # §1 IDs: "Flag values under 9 digits as suspicious rather than rejecting them."
    ('https://item.taobao.com/item.htm?id=123456789012345', 'taobao', 'listing', '123456789012345'),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (15 digits: the longest)
    ('https://item.taobao.com/item.htm?id=060683268329', None, 'malformed-id', None),  # §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`." (a leading zero)
    ('https://item.taobao.com/item.htm?id=６０６８３２６８３２９９', None, 'malformed-id', None),  # §1 IDs: "Item IDs are decimal." (full-width digits are not ASCII decimal)
    ('https://detail.tmall.com/item.htm?id=12345', None, 'malformed-id', None),  # §2 "Tmall and Taobao share the ID space": §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`."
    ('https://detail.tmall.com/item.htm?id=123456789012345', 'tmall', 'listing', '123456789012345'),  # §2 "Tmall and Taobao share the ID space": §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`."
    ('https://detail.tmall.com/item.htm?id=1234567890123456', None, 'malformed-id', None),  # §2 "Tmall and Taobao share the ID space": §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`."
    ('https://detail.tmall.hk/hk/item.htm?id=1234567890123456', None, 'malformed-id', None),  # §3 "in the same space as Taobao/Tmall": §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`."
    ('https://www.goofish.com/item?id=1234567890123456', None, 'malformed-id', None),  # §8 "in the same space as Taobao items": §1 IDs: "Suggested validator: `^[1-9]\d{5,14}$`."
    ('https://shop118454188.taobao.com', 'taobao', 'storefront', '118454188'),  # §1 Store-front URL forms seen: "`shopN.taobao.com[/index.htm][?spm=…]`"
    ('https://shop118454188.taobao.com/?spm=a', 'taobao', 'storefront', '118454188'),  # §1 Store-front URL forms seen: "`shopN.taobao.com[/index.htm][?spm=…]`"
    ('https://shop6481396504.taobao.com/', 'taobao', 'storefront', '6481396504'),  # §1 IDs: "Shop ids run 8–10 digits in examples (`shop6481396504`)"
    ('https://STORE.TAOBAO.COM/shop/view_shop.htm?user_number_id=2731750157', 'taobao', 'storefront', '2731750157'),  # §1 Store-front URL forms seen: `store.taobao.com` (§0 Case: "Lower-case scheme and host.")
    ('https://s.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://login.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://cart.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://buy.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://detail.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://h5.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://i.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://trade.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://list.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://market.taobao.com/', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores."
    ('https://s.taobao.com/index.htm', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores." (a store path on it)
    ('https://login.taobao.com/index.htm', None, 'not-a-listing', None),  # §12: "Reserve `www`, `s`, `login`, `cart`, `buy`, `detail`, `h5`, `m`, `i`, `trade`, `list`, `market`, `2` and similar labels so they are never read as vanity stores." (a store path on it)
    ('https://detail.tmall.com/item.htm?skuId=4911012597025&id=690091011924&spm=a', 'tmall', 'listing', '690091011924'),  # §2 Tmall: `detail.tmall.com/item.htm?…id=N…` (another order)
    ('https://chaoshi.detail.tmall.com/item.htm?id=674029285425', 'tmall', 'listing', '674029285425'),  # §2 Tmall: `chaoshi.detail.tmall.com/item.htm?id=N`
    ('https://chaoshi.tmall.com/item.htm?id=674029285425', 'tmall', 'listing', '674029285425'),  # §2 Tmall: `chaoshi.tmall.com/item.htm?id=N`
    ('https://detail.tmall.com/item.htm?item_id=674029285425', 'tmall', 'listing', '674029285425'),  # §9: "`…tmall.com/item.htm?…&item_id=…`"
    ('https://detail.tmall.com/item.htm?itemId=674029285425', 'tmall', 'listing', '674029285425'),  # §1: "Query-key aliases: besides `id`, code accepts `itemId` … and `item_id`." (shared with Tmall)
    ('https://detail.tmall.com:443/item.htm?id=690091011924', 'tmall', 'listing', '690091011924'),  # port: notes silent: the documented answer
    ('http://uniqlo.tmall.com/', 'tmall', 'storefront', 'uniqlo'),  # §2 stores; §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('https://uniqlo.tmall.com/#x', 'tmall', 'storefront', 'uniqlo'),  # §2 stores; §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://zuiqingfeng.tmall.com/shop/view_shop.htm?user_number_id=2731750157', 'tmall', 'storefront', 'zuiqingfeng'),  # §2: "Stores: `<vanity>.tmall.com/` … sometimes with `/shop/view_shop.htm?` plus `user_number_id=` (seller id), `shop_id=` (shop id) or only `spm`"
    ('https://zuiqingfeng.tmall.com/shop/view_shop.htm?spm=a1z10', 'tmall', 'storefront', 'zuiqingfeng'),  # §2: "Stores: `<vanity>.tmall.com/` … sometimes with `/shop/view_shop.htm?` plus `user_number_id=` (seller id), `shop_id=` (shop id) or only `spm`"
    ('https://uniqlo.m.tmall.com/', 'tmall', 'storefront', 'uniqlo'),  # §2: "The mobile store host `<vanity>.m.tmall.com` also appears"; canonical "`https://{vanity}.tmall.com/`"
    ('https://list.tmall.com/', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`."
    ('https://buy.tmall.com/', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`."
    ('https://cart.tmall.com/', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`."
    ('https://login.tmall.com/', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`."
    ('https://pages.tmall.com/', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`."
    ('https://detail.tmall.com/index.htm', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`." (a store path on it)
    ('https://pages.tmall.com/index.htm', None, 'not-a-listing', None),  # §12 Tmall: "Reserve `www`, `list`, `detail`, `chaoshi`, `buy`, `cart`, `login`, `pages`." (a store path on it)
    ('https://fake-tmall.com/item.htm?id=674029285425', None, 'lookalike-host', None),  # §11: "hyphen and typo squats (… `fake-tmall.com`)"
    ('https://detail.tmall.com.evil.cn/item.htm?id=674029285425', None, 'lookalike-host', None),  # §11: "a marketplace host used as a subdomain"
    ('https://detail.tmall.hk/item.htm?id=534668325889&skuId=1&areaId=1&is_b=1&user_id=1&cat_id=1&rn=1', 'tmall_global', 'listing', '534668325889'),  # §3 Tmall Global: "and `detail.tmall.hk/item.htm?id=N`"; §2 noise `areaId`, `user_id`, `cat_id`, `is_b`
    ('detail.tmall.hk/hk/item.htm?id=608529032990', 'tmall_global', 'listing', '608529032990'),  # §3 Tmall Global: listing; §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('https://detail.tmall.hk/hk/item.htm?item_id=608529032990', 'tmall_global', 'listing', '608529032990'),  # §3 Tmall Global: listing; §1: "Query-key aliases: besides `id`, code accepts `itemId` … and `item_id`."
    ('https://detail.1688.com/offer/585943639773.html?offerId=585943639774', '1688', 'listing', '585943639773'),  # §4: "Noise: every query parameter on `/offer/N.html`" (an id-like key too)
    ('https://detail.1688.com/offer/585943639773.html?id=585943639774', '1688', 'listing', '585943639773'),  # §4: "Noise: every query parameter on `/offer/N.html`" (an id-like key too)
    ('m.1688.com/offer/534408278560.html', '1688', 'listing', '534408278560'),  # §4 1688: `m.1688.com/offer/N.html`; §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('http://detail.m.1688.com/page/index.htm?offerId=1002685729834&spm=x&id=5', '1688', 'listing', '1002685729834'),  # §4: "For `detail.m.1688.com` keep only `offerId`."
    ('https://detail.1688.com/offer/1000507489165.html', '1688', 'listing', '1000507489165'),  # §4 IDs: "**13-digit** offers exist (`1002685729834`, `1000507489165`)"
    ('https://detail.1688.com/offer/58594363977a.html', None, 'malformed-id', None),  # §11: "letters inside IDs"
    ('https://detail.1688.com/offer/.html', None, 'missing-id', None),  # §4 1688: `/offer/N.html` without N
    ('https://shop1460133980340.1688.com/', '1688', 'storefront', 'shop1460133980340'),  # §4 1688: "`shop<memberKey>.1688.com/…` The key may be numeric"
    ('https://shop22z822h65h113.1688.com/page/offerlist.htm', '1688', 'storefront', 'shop22z822h65h113'),  # §4 1688: "`[page/index.html|page/offerlist.htm]`"
    ('https://shop52798901llv53.1688.com', '1688', 'storefront', 'shop52798901llv53'),  # §4 1688: "`shop52798901llv53`"
    ('https://yxrywy8.1688.com', '1688', 'storefront', 'yxrywy8'),  # §4 1688: "Vanity stores: … `yxrywy8.1688.com`"
    ('https://shop1434560114962.cn.1688.com/page/offerlist_123.htm', '1688', 'storefront', 'shop1434560114962'),  # §4 1688: "Legacy form: `shopN.cn.1688.com/page/offerlist_….htm`"
    ('https://m.1688.com/winport/b2b-.html', None, 'malformed-id', None),  # §4 1688: `b2b-<memberId>` without the member id
    ('https://www.alibaba.com/product-detail/Slug_1600270997819.html?redirect=1&tracelog=x&id=1600270997818', 'alibaba_com', 'listing', '1600270997819'),  # §5: "Noise: `spm`, `s`, `redirect`, `tracelog`, and the rest of the query."
    ('https://spanish.alibaba.com/product-detail/Bateria_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # §5 Alibaba.com: language hosts `spanish.alibaba.com/product-detail/…_N.html`
    ('https://es.alibaba.com/product-detail/Bateria_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # §5 Alibaba.com: language hosts `es.alibaba.com/…`
    ('https://www.alibaba.com/product-detail/A_1_2_1600270997819.html', 'alibaba_com', 'listing', '1600270997819'),  # §5: "Only the trailing `_N.html` number matters; the slug is free text."
    ('https://funcoo.fm.alibaba.com/', 'alibaba_com', 'storefront', 'funcoo'),  # §5: "treats `<x>.fm.alibaba.com` and `<x>.trustpass.alibaba.com` as store hosts"
    ('https://funcoo.trustpass.alibaba.com/', 'alibaba_com', 'storefront', 'funcoo'),  # §5: "treats `<x>.fm.alibaba.com` and `<x>.trustpass.alibaba.com` as store hosts"
    ('https://www.alibaba.com/showroom/battery.html', None, 'not-a-listing', None),  # §11: "category and landing pages: … `alibaba.com/showroom/…`"
    ('https://www.alibaba.com/x/AbCd', None, 'short-link', None),  # §10: "`alibaba.com/x/…`, `s.alibaba.com/…` | Alibaba.com app share"
    ('https://pt.aliexpress.com/item/1005004878609097.html', 'aliexpress', 'listing', '1005004878609097'),  # §6 AliExpress: language subdomains `{de,fr,es,it,pt,…}`
    ('https://www.aliexpress.com/item/1005001504737652', 'aliexpress', 'listing', '1005001504737652'),  # §6 AliExpress: no suffix `/item/N`
    ('https://www.aliexpress.com/item/1005004878609097.html?id=1005004878609098', 'aliexpress', 'listing', '1005004878609097'),  # §6: "Noise: **all** query parameters on `/item/N.html`." (an id-like key too)
    ('https://www.aliexpress.com/item/1005004878609097.html?sku_id=12000030766014962', 'aliexpress', 'listing', '1005004878609097'),  # §6: "Noise: **all** query parameters on `/item/N.html`." (`sku_id`)
    ('https://www.aliexpress.com/item/12345678.html', 'aliexpress', 'listing', '12345678'),  # §6: "Validator: `^\d{8,17}$` on the path segment." (8 digits: the shortest)
    ('https://www.aliexpress.com/item/12345678901234567.html', 'aliexpress', 'listing', '12345678901234567'),  # §6: "Validator: `^\d{8,17}$` on the path segment." (17 digits: the longest)
    ('https://www.aliexpress.com/store/group/Keyboards/1104927695_10000001.html', 'aliexpress', 'storefront', '1104927695'),  # §6 Store-front forms seen: "`/store/group/<slug>/<storeId>_<groupId>.html`"
    ('https://www.aliexpress.com/wholesale?SearchText=keyboard', None, 'not-a-listing', None),  # §11 "Pages that are not listings": `aliexpress.com/wholesale?SearchText=`
    ('https://www.aliexpress.com/premium/keyboard.html', None, 'not-a-listing', None),  # §11 "Pages that are not listings": `aliexpress.com/premium/…`
    ('https://feedback.aliexpress.com/', None, 'not-a-listing', None),  # §12 AliExpress: "Non-listing subdomains: `portals`, `feedback`, `api-sg`, `login`, `best`, `sale`, `campaign`."
    ('https://sale.aliexpress.com/', None, 'not-a-listing', None),  # §12 AliExpress: "Non-listing subdomains: `portals`, `feedback`, `api-sg`, `login`, `best`, `sale`, `campaign`."
    ('https://campaign.aliexpress.com/', None, 'not-a-listing', None),  # §12 AliExpress: "Non-listing subdomains: `portals`, `feedback`, `api-sg`, `login`, `best`, `sale`, `campaign`."
    ('https://aliexpresss.com/item/32884675724.html', None, 'lookalike-host', None),  # §11: "typo squats (… `aliexpresss.com`…)"
    ('https://aIiexpress.com/item/32884675724.html', None, 'lookalike-host', None),  # §11: "homoglyphs (… `aIiexpress` with a capital I…)"
    ('https://www.lazada.vn/products/i2638225238.html?spm=x', 'lazada_vn', 'listing', '2638225238'),  # §7 Lazada: "The slug … may be `pdp` or absent (`/products/i2638225238.html`)"
    ('https://www.lazada.com.my/products/some-slug-i2638225238.html', 'lazada_my', 'listing', '2638225238'),  # §7 Lazada: "The slug is free text"
    ('https://www.lazada.com.ph/products/x-i15593670246-s123456789.html', 'lazada_ph', 'listing', '15593670246'),  # §7 Lazada: "item `i` 9–11 digits (e.g. `i15593670246` on com.ph)"
    ('https://www.lazada.sg/products/pdp-i2896336114.html?spm=a&clickTrackInfo=x&laz_trackid=y', 'lazada_sg', 'listing', '2896336114'),  # §7 Lazada: noise `spm`, `clickTrackInfo`, `laz_trackid`
    ('https://www.lazada.sg/products/pdp-i2896336114.html#x', 'lazada_sg', 'listing', '2896336114'),  # §7 Lazada: listing; §0 Fragment: "Drop it (`#detail`, `#review`)."
    ('https://www.lazada.sg/shop/unilever-foods1632795060', 'lazada_sg', 'storefront', 'unilever-foods1632795060'),  # §7 Lazada: "Stores: `www.lazada.{tld}/shop/<slug>[/]…`" (no slash)
    ('https://www.lazada.sg/shop/xmdgbhc3?itemId=123&channelSource=pdp', 'lazada_sg', 'storefront', 'xmdgbhc3'),  # §7 Lazada: "`[?itemId=…&channelSource=pdp|…]`"
    ('https://www.lazada.sg/shop/site/api/seller', None, 'not-a-listing', None),  # §7 Lazada: "`/shop/site/api/…` is an API"
    ('https://pages.lazada.sg/wow/i/sg/campaign', None, 'not-a-listing', None),  # §7: "Not listings: `/catalog/?q=…` (search), `pages.lazada.{tld}/wow/…` (campaigns), `api.lazada.{tld}`, `auth.lazada.com`."
    ('https://lazada.evil.com/products/x-i2896336114.html', None, 'lookalike-host', None),  # §11: "`lazada.evil.com`"
    ('https://www.lazada.co.uk/products/x-i2896336114.html', None, 'lookalike-host', None),  # §11: "a wrong TLD (… `lazada.co.uk`…)"
    ('www.goofish.com/item?id=965639435219', 'taobao', 'listing', '965639435219'),  # §8 Xianyu: `www.goofish.com/item?id=N`; §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('https://h5.m.goofish.com/item?itemId=965639435219&id=965639435219', 'taobao', 'listing', '965639435219'),  # §8 Xianyu: `id` and `itemId` naming the same item
    ('//h5.m.goofish.com/item?id=965639435219', 'taobao', 'listing', '965639435219'),  # §8 Xianyu: h5 form; §0 Scheme: "Accept `https`, `http`, protocol-relative `//host/…` and scheme-less `host/…`; canonicalize to `https`"
    ('https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?spm=x&id=965639435219', 'taobao', 'listing', '965639435219'),  # §8 Xianyu: `ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?…&id=N`
    ('https://abc.mall.taobao.com/', 'taobao', 'storefront', 'abc'),  # §9: "stores `http://shop******.taobao.com`, `http://******.taobao.com`, `http://******.tmall.com`, `http://******.mall.taobao.com`"
    ('http://shop118454188.taobao.com', 'taobao', 'storefront', '118454188'),  # §9: "stores `http://shop******.taobao.com`, `http://******.taobao.com`, `http://******.tmall.com`, `http://******.mall.taobao.com`"
    ('http://M.TB.CN/h.4CEhFr0', None, 'short-link', None),  # §10 `m.tb.cn`; §0 Case: "Lower-case scheme and host."
    ('【淘宝】「title」 https://e.tb.cn/h.6Gl2LC7rsrswQZp CZ356', None, 'short-link', None),  # §0 Trim share text; §10 `e.tb.cn`
    ('₤AbCdEf1₤', None, 'short-link', None),  # §10: "`￥<token>￥` "淘口令" … regex `[￥₤¤¥]([A-Za-z0-9]{6,})[￥₤¤¥]`" (`₤`)
    ('¤AbCdEf1¤', None, 'short-link', None),  # §10: "`￥<token>￥` "淘口令" … regex `[￥₤¤¥]([A-Za-z0-9]{6,})[￥₤¤¥]`" (`¤`)
    ('¥AbCdEf1¥', None, 'short-link', None),  # §10: "`￥<token>￥` "淘口令" … regex `[￥₤¤¥]([A-Za-z0-9]{6,})[￥₤¤¥]`" (`¥`)
    ('￥AbCdEf¥', None, 'short-link', None),  # §10: "`￥<token>￥` "淘口令" … regex `[￥₤¤¥]([A-Za-z0-9]{6,})[￥₤¤¥]`" (6 characters, mixed signs)
    ('￥AbCdE￥', None, 'not-a-url', None),  # §10: "`￥<token>￥` "淘口令" … regex `[￥₤¤¥]([A-Za-z0-9]{6,})[￥₤¤¥]`" (5 characters: no token, and no URL)
    ('复制这条信息￥YrFL07W19G6￥后打开👉手淘👈', None, 'short-link', None),  # §10: "`￥<token>￥` "淘口令" … regex `[￥₤¤¥]([A-Za-z0-9]{6,})[￥₤¤¥]`" (in share text)
    ('https://taobao.com@evil.cn/item.htm?id=606832683299', None, 'lookalike-host', None),  # §11 Lookalike hosts: "userinfo (`taobao.com@evil.cn`)"
    ('https://list.tmall.com/search_product.htm?q=shoes', None, 'not-a-listing', None),  # §11 "Pages that are not listings": `list.tmall.com/search_product.htm?q=`
    ('https://www.1688.com/', None, 'not-a-listing', None),  # §11 "Pages that are not listings": "home pages"
    ('https://www.goofish.com/', None, 'not-a-listing', None),  # §11 "Pages that are not listings": "home pages"
    ('https://item．taobao．com/item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "Reject … IDN or homoglyph hosts: after IDNA decoding the host must be pure ASCII and exactly match the list" (full-width dots: notes ambiguous, the documented refusal of any non-ASCII host)
    ('https://item。taobao。com/item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "Reject … IDN or homoglyph hosts: after IDNA decoding the host must be pure ASCII and exactly match the list" (ideographic full stops: notes ambiguous, the documented refusal of any non-ASCII host)
    ('https://ｉtem.taobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "Reject … IDN or homoglyph hosts: after IDNA decoding the host must be pure ASCII and exactly match the list" (a full-width letter)
    ('https://item%2Etaobao.com/item.htm?id=606832683299', None, 'lookalike-host', None),  # §0 Host match: "exactly match the list" (a percent-encoded host is not on it)
    ('https://www.item.taobao.com/item.htm?id=606832683299', None, 'not-a-listing', None),  # §12: the Taobao item host is `item.taobao.com` (a `www.` before it is no listing host; which code: notes silent)
    ('https://shop123456789.taobao.com/item.htm?id=606832683299', None, 'not-a-listing', None),  # §9 "IPP matches on **host + `item.htm` + `id`/`item_id`**" vs §12 (no item form on store hosts): notes ambiguous, the documented refusal with a suggestion
]  # fmt: skip

ALL = ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


def _host(text: str) -> str:
    """The lower-cased host of a plain URL ``text``."""
    return text.split("//")[-1].split("/")[0].split("?")[0].split("#")[0].lower()


def _notes_canonical(text: str, platform: str, kind: str, id: str) -> str | None:
    """The canonical URL the notes give an accepted row (None where they name none: an
    Alibaba.com listing, whose observed slug is kept)."""
    if kind == "listing":
        if "goofish.com" in text or "2.taobao.com" in text:
            return f"https://www.goofish.com/item?id={id}"  # section 8
        if platform.startswith("lazada_"):  # section 7: the TLD kept, the sku dropped
            host = _host(text).removeprefix("www.")
            return f"https://www.{host}/products/pdp-i{id}.html"
        return {
            "taobao": f"https://item.taobao.com/item.htm?id={id}",  # section 1
            "taobao_or_tmall": f"https://item.taobao.com/item.htm?id={id}",  # sections 1, 9
            "tmall": f"https://detail.tmall.com/item.htm?id={id}",  # section 2
            "tmall_global": f"https://detail.tmall.hk/hk/item.htm?id={id}",  # section 3
            "1688": f"https://detail.1688.com/offer/{id}.html",  # section 4
            "aliexpress": f"https://www.aliexpress.com/item/{id}.html",  # section 6
        }.get(platform)
    if platform == "taobao":
        if "goofish.com/personal" in text:  # section 8: the seller profile, its token encoded
            return None
        if "user_number_id" in text and "store.taobao.com" in text.lower():  # section 1
            return f"https://store.taobao.com/shop/view_shop.htm?user_number_id={id}"
        if id.isdigit():  # "Store: `https://shop{shopId}.taobao.com/`"
            return f"https://shop{id}.taobao.com/"
        return f"https://{_host(text)}/"  # "Keep the host for vanity labels."
    if platform == "1688":  # section 4: the label kept, a mobile member id's winport
        if id.startswith("b2b-"):
            return f"https://m.1688.com/winport/{id}.html"
        return None if ".cn.1688.com" in text else f"https://{id}.1688.com/"
    if platform == "aliexpress":  # section 6
        return f"https://www.aliexpress.com/store/{id}" if id.isdigit() else None
    if platform.startswith("lazada_"):  # section 7
        return f"https://www.{_host(text).removeprefix('www.')}/shop/{id}/"
    return {
        "tmall": f"https://{id}.tmall.com/",  # section 2
        "tmall_global": f"https://{id}.tmall.hk/",  # section 3
    }.get(platform)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form the notes give (always ``https``: "canonicalize
    to `https`", section 0), where they give one."""
    result = parse_listing(text)
    assert result.canonical_url is not None
    assert result.canonical_url.startswith("https://"), text
    expected = _notes_canonical(text, platform, kind, id)
    if expected is not None:
        assert result.canonical_url == expected, text


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        # section 0: agent sites are "not-a-listing. Optionally offer the embedded URL as a
        # suggestion."
        ("https://www.pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299",
         "https://item.taobao.com/item.htm?id=606832683299"),
        ("https://www.pandabuy.com/product?url=https%3A%2F%2Fdetail.1688.com%2Foffer%2F585943639773.html",
         "https://detail.1688.com/offer/585943639773.html"),
        ("https://cnfans.com/product/?shop_type=taobao&id=606832683299",
         "https://item.taobao.com/item.htm?id=606832683299"),
        ("https://www.superbuy.com/en/page/buy?url=https://detail.tmall.com/item.htm?id=690091011924",
         "https://detail.tmall.com/item.htm?id=690091011924"),
        ("https://pandabuy.com/", None),
        # section 10: short links are never guessed, but the share wrapper names its target
        ("https://m.tb.cn/h.4CEhFr0?sm=70d491", None),
        ("https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005004878609097.html",
         "https://www.aliexpress.com/item/1005004878609097.html"),
    ],
)  # fmt: skip
def test_embedded_listing_is_only_a_suggestion(text: str, suggestion: str | None) -> None:
    result = parse_listing(text)
    assert not result.ok
    assert result.suggestion == suggestion


def test_fields_the_notes_ask_for() -> None:
    """Section 1: "Flag values under 9 digits as suspicious rather than rejecting them";
    section 6: "Keep a `region` field", the aliexpress.ru caveat, and "emit `global_id = raw −
    2^51` when raw ≥ 2^51, as a *derived, unverified* key"; section 2: the mobile Tmall host may
    serve a Tmall Global item."""
    short = parse_listing("https://item.taobao.com/item.htm?id=12345678")
    assert short.ok and short.note is not None and "9 digits" in short.note
    assert parse_listing("https://item.taobao.com/item.htm?id=123456789").note is None
    us = parse_listing("https://www.aliexpress.us/item/3256804692294345.html")
    assert us.region == "us"
    assert us.derived_identity == "aliexpress-item:1005004878609097"  # the confirmed pair
    assert parse_listing("https://www.aliexpress.com/item/1005004878609097.html").region == "global"
    assert parse_listing("https://pt.aliexpress.com/item/1005004878609097.html").region == "pt"
    ru = parse_listing("https://aliexpress.ru/item/1005003473125481.html")
    assert ru.region == "ru" and ru.note is not None and "unknown" in ru.note
    mobile = parse_listing("https://detail.m.tmall.com/item.htm?id=42496288663&toSite=main")
    assert mobile.platform == "tmall" and mobile.note is not None and "Global" in mobile.note
