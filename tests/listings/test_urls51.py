"""urls51: left-over edge forms of urls49/urls50 (notes in /work/notes/sweep-urls51.md).

Each row of a table is ``(input, platform, kind_or_code, id)``, checked through
``parse_listing``, the thorough parser, the CLI, ``parse_listings`` and the columnar kernel
(``table_tests``).

1. A ``)`` or ``]`` right after a link's host, with text glued after it
   (``(https://shop123456789.taobao.com)see``, ``[https://shop….taobao.com]more``), ends the
   link, as urls50's ``(`` does: no host name holds a bracket, and share text closes the
   brackets it wrote the link in. One followed by a path, a query or a fragment
   (``item.taobao.com]/item.htm``) was typed inside the link and stays refused (with its
   suggestion), and so does one where the rest could continue the host (``]@evil.example``,
   ``)x.evil.example/``). A bracket in a path or a query stays part of it, as a ``(`` does.
2. AliExpress ``/store/N?storeId=M``: ``storeId`` names a store, so another store's id makes
   the link name two (section 0's duplicate-id rule, as ``shop_id`` on a Taobao shop's host):
   ``conflicting-ids``; the same id reads the store (was read as store N either way).
3. A Taobao shop's host with ``seller_id=`` or ``user_number_id=``: pinned, no change.
4. A mistyped scheme (``hhttps://``, ``htttps://``, ``httpss://``, ``ttps://``, ``h ttps://``,
   ``https//``, ``https:/``): section 0 accepts http and https only and refuses any other
   scheme, so none is read, whatever the link after it; each is refused as before
   (``scheme-not-allowed``, ``not-a-url``), the reason saying the scheme looks mistyped and
   ``suggestion`` holding the link with ``https://`` where that is a listing. ``hhttps://``
   and ``hhttp://`` were read silently as the ``https://`` link inside them: letters of the
   scheme doubled are no word glued to a link; a word (``Linkhttps://``, ``xhttps://``) still is.
"""

from __future__ import annotations

import pytest

from _real_urls import table_tests
from ipprules.listings import parse_listing

BRACKETS: list[tuple[str, str | None, str, str | None]] = [
    ("https://shop123456789.taobao.com)see", 'taobao', 'storefront', '123456789'),  # fix 1; was lookalike-host
    ("(https://shop123456789.taobao.com)see more", 'taobao', 'storefront', '123456789'),  # fix 1
    ("[https://shop123456789.taobao.com]more", 'taobao', 'storefront', '123456789'),  # fix 1
    ("https://uniqlo.tmall.com)看看", 'tmall', 'storefront', 'uniqlo'),  # fix 1
    ("店铺（https://uniqlo.tmall.com]看看", 'tmall', 'storefront', 'uniqlo'),  # fix 1
    ("https://yusing.en.alibaba.com)x", 'alibaba_com', 'storefront', 'yusing'),  # fix 1
    ("(//www.lazada.sg)shop", None, 'not-a-listing', None),  # fix 1: the home page, was lookalike-host
    ("https://item.taobao.com]/item.htm?id=606832683299", None, 'lookalike-host', None),  # control: typed inside the link
    ("https://uniqlo.tmall.com]@evil.example", None, 'lookalike-host', None),  # control: userinfo
    ("https://uniqlo.tmall.com)x.evil.example/", None, 'lookalike-host', None),  # control: another host
    ("https://shop123456789.taobao.com)", 'taobao', 'storefront', '123456789'),  # control (unchanged)
    ("https://yusing.en.alibaba.com(x)", 'alibaba_com', 'storefront', 'yusing'),  # control: urls50 (unchanged)
    ("[https://item.taobao.com/item.htm?id=606832683299]more", None, 'malformed-id', None),  # control: in a query, the bracket stays
    ("https://item.taobao.com/item.htm?id=606832683299)see", None, 'malformed-id', None),  # control: in a query, the bracket stays
]  # fmt: skip

STORE_ID: list[tuple[str, str | None, str, str | None]] = [
    ("https://www.aliexpress.com/store/1104927695?storeId=1104927696", None, 'conflicting-ids', None),  # fix 2; was storefront 1104927695
    ("https://minibalance.aliexpress.com/store/4455017?spm=a2g0o&storeId=4455018", None, 'conflicting-ids', None),  # fix 2
    ("https://www.aliexpress.com/store/feedback-score/1104927695.html?storeId=2", None, 'conflicting-ids', None),  # fix 2
    ("https://www.aliexpress.com/store/group/abc/1104927695_1.html?storeId=2", None, 'conflicting-ids', None),  # fix 2
    ("https://www.aliexpress.com/store/1104927695/pages/all-items.html?storeId=2", None, 'conflicting-ids', None),  # fix 2
    ("https://www.aliexpress.com/store/1104927695?spm=a%26storeId%3D2", None, 'conflicting-ids', None),  # fix 2: double-encoded
    ("https://www.aliexpress.com/store/1104927695?storeId=1104927696&storeId=1104927695", None, 'conflicting-ids', None),  # fix 2
    ("https://www.aliexpress.com/store/1104927695?storeId=1104927695", 'aliexpress', 'storefront', '1104927695'),  # control: the same id
    ("https://www.aliexpress.com/store/1104927695?spm=a2g0o&storeId=1104927695&x=1", 'aliexpress', 'storefront', '1104927695'),  # control
    ("https://www.aliexpress.com/store/1104927695?storeId=", 'aliexpress', 'storefront', '1104927695'),  # control: empty names nothing
    ("https://www.aliexpress.com/store/1104927695?storeid=2", 'aliexpress', 'storefront', '1104927695'),  # control: keys are case-sensitive
    ("https://www.aliexpress.com/store/1104927695", 'aliexpress', 'storefront', '1104927695'),  # control (unchanged)
]  # fmt: skip

#: 3. (no change, pinned) A Taobao store named by its host with a seller id in the query: a
#: ``user_number_id`` is a seller id, never compared with the host's shop id (the notes' own
#: ``shopN…?user_number_id=M`` has both); ``seller_id`` is no key the notes name: noise.
SELLER_IDS: list[tuple[str, str | None, str, str | None]] = [
    ("https://shop137594360.taobao.com/?seller_id=2657188013", 'taobao', 'storefront', '137594360'),  # pinned
    ("https://shop137594360.taobao.com/?seller_id=1&seller_id=2", 'taobao', 'storefront', '137594360'),  # pinned: noise, never compared
    ("https://lyb2528.taobao.com/?seller_id=2657188013", 'taobao', 'storefront', 'lyb2528'),  # pinned
    ("https://shop137594360.taobao.com/?user_number_id=2657188013", 'taobao', 'storefront', '137594360'),  # pinned
]  # fmt: skip

ITEM = "item.taobao.com/item.htm?id=606832683299"
SCHEMES: list[tuple[str, str | None, str, str | None]] = [
    (f"hhttps://{ITEM}", None, 'scheme-not-allowed', None),  # fix 4; was read silently
    (f"Hhttp://{ITEM}", None, 'scheme-not-allowed', None),  # fix 4; was read silently
    (f"看看 hhttps://{ITEM} 好", None, 'scheme-not-allowed', None),  # fix 4; was read silently
    (f"htttps://{ITEM}", None, 'scheme-not-allowed', None),  # fix 4: suggestion added
    (f"httpss://{ITEM}", None, 'scheme-not-allowed', None),  # fix 4: suggestion added
    (f"ttps://{ITEM}", None, 'scheme-not-allowed', None),  # fix 4: suggestion added
    (f"h ttps://{ITEM}", None, 'scheme-not-allowed', None),  # fix 4: suggestion added
    (f"https//{ITEM}", None, 'not-a-url', None),  # fix 4: suggestion added
    (f"http//{ITEM}", None, 'not-a-url', None),  # fix 4: suggestion added
    (f"https:/{ITEM}", None, 'not-a-url', None),  # fix 4: suggestion added
    ("hhttps://uniqlo.tmall.com/", None, 'scheme-not-allowed', None),  # fix 4: a store
    ("htttps://item.taobao.com/item.htm?spm=1", None, 'scheme-not-allowed', None),  # control: no listing, nothing suggested
    (f"Linkhttps://{ITEM}", 'taobao', 'listing', '606832683299'),  # control: a word glued (unchanged)
    (f"xhttps://{ITEM}", 'taobao', 'listing', '606832683299'),  # control (unchanged)
    (f"https:https://{ITEM}", 'taobao', 'listing', '606832683299'),  # control (unchanged)
    ("taobao://item.taobao.com/item.htm?id=606832683299", None, 'scheme-not-allowed', None),  # control: another scheme, nothing suggested
]  # fmt: skip

ALL = [*BRACKETS, *STORE_ID, *SELLER_IDS, *SCHEMES]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize("text", [text for text, *_ in SCHEMES[:11]])
def test_mistyped_scheme_is_refused_suggesting_the_link(text: str) -> None:
    answer = parse_listing(text)
    store = "uniqlo.tmall.com" in text
    assert answer.suggestion == ("https://uniqlo.tmall.com/" if store else f"https://{ITEM}")
    assert "looks like https:// mistyped" in answer.reason


@pytest.mark.parametrize("text", [text for text, *_ in [SCHEMES[11], SCHEMES[15]]])
def test_no_listing_or_another_scheme_suggests_nothing(text: str) -> None:
    assert parse_listing(text).suggestion is None
