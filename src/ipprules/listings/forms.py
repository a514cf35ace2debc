"""Every supported URL form, as data: host and path patterns, where the id sits, and what the
form canonicalises to. Both engines are built from this one table: the slow, thorough parser
(:mod:`.parser`) and the combined fast regex (:mod:`.fast`).

Patterns are regular-expression templates with placeholders:

``{ID}``   the id (once per form: in the host, the path, or absent when in ``query_keys``)
``{X}``    the extra value (AliExpress language, Alibaba.com slug)
``{SEG}``  one character of a path segment (no ``/``)
``{WORD}`` one character of a path segment but a dot (no ``/``, no ``.``)
``{PATH}`` one character of a path (``/`` allowed)

All other groups are non-capturing. The table is built on first use and cached.

>>> forms = all_forms()
>>> forms[0].name, forms[0].platform
('taobao-item', 'taobao')
>>> len({form.name for form in forms}) == len(forms)
True
"""

from __future__ import annotations

import copyreg
import re
from functools import cache
from typing import Any

from ipprules.listings.hosts import (
    ALIBABA_LANGUAGE_LABELS,
    LAZADA_TLDS,
    RESERVED_LABELS,
)
from ipprules.listings.model import Form, Kind, Listing, Platform

__all__ = ["ID_RULES", "X_RULES", "all_forms"]

#: A documentation's stand-in for a user id, the whole value (before ``&``, ``#`` or its end).
_NO_STAND_IN = "(?!(?:[Xx]{2,}|(?i:(?:your[_-]?)?user[_-]?id))(?:[&#]|$))"

#: A path that holds no dot-dot segment from here on (``..``, ``.%2e``, ``%2E%2E``, ended by a
#: slash, a backslash, ``?``, ``#`` or its end): a browser removes it with the segment before
#: it (WHATWG URL Standard), so ``m.alibaba.com/product/N/../x.html`` and
#: ``aliexpress.com/item/../N.html`` open ``/product/x.html`` and ``/N.html``, pages without the
#: id, not the listing. Scans the rest of the path once (the patterns are fullmatched).
_UNDOTTED = r"(?![^?#]*?(?<![^/\\])(?:\.|%2[eE]){2}(?:[/\\?#]|$))"

# A number id in a path, loosely: letters and digits, or digits masked with stars (a shared
# screenshot's /offer/63540767****.html, /item/1005****123.html), then malformed as a masked
# ?id= value is, rather than no id at all.
_LOOSE_NUMBER = r"(?:[0-9]++\*++[0-9*]*+|[0-9A-Za-z]*+)"

#: id rule -> (strict pattern, fast-path pattern, loose pattern used to spot malformed ids).
#: The fast pattern accepts a subset of the strict one (ids that need a note go the slow way).
ID_RULES: dict[str, tuple[str, str, str]] = {
    "item": ("[1-9][0-9]{5,14}", "[1-9][0-9]{8,14}", _LOOSE_NUMBER),
    "aliexpress": ("[1-9][0-9]{7,16}", "[1-9][0-9]{7,16}", _LOOSE_NUMBER),
    "store": ("[1-9][0-9]{3,14}", "[1-9][0-9]{3,14}", _LOOSE_NUMBER),
    "member": ("b2b-[0-9a-z]{4,40}", "b2b-[0-9a-z]{4,40}", "[0-9A-Za-z-]*+"),
    "label": ("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?",) * 2 + ("[a-z0-9-]*+",),
    # a slug or token never ends with sentence punctuation (".", ")", "!"...): a link at the end
    # of a sentence is read without it, as when a word comes before the link
    "shopslug": ("[A-Za-z0-9](?:[A-Za-z0-9._~-]{0,126}[A-Za-z0-9_~-])?",) * 2 + ("[^/]*+",),
    # Xianyu user ids may be opaque tokens; the slow path checks the decoded value itself. No
    # token holds a brace, a dollar, a comma, quotes, brackets or other markup: a template's
    # placeholder (userId={user_id}, ${userId}) or a CSV row's next cell is no user id, nor is
    # a documentation's stand-in (userId=xxx, XXXXXX, USER_ID, your_user_id) or a route's
    # parameter (userId=:userId).
    "token": (
        _NO_STAND_IN + "(?!:)"
        "[^\x00-\x20\x7f{}$<>\"'`\\\\|^\\[\\],;]{0,255}"
        "[^\x00-\x20\x7f{}$<>\"'`\\\\|^\\[\\],;.:!?)*]",
        "[A-Za-z0-9_-]{1,64}",
        "[^/]*+",
    ),
}

#: extra-value rule -> pattern (the same in both engines, apart from ``{SEG}``).
X_RULES: dict[str, str] = {
    "lang": "[a-z]{2}",
    "slug": "{SEG}*",
}

_LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_TB = "https://item.taobao.com/item.htm?id={id}"
_TB_ID = "taobao-item:{id}"
_TB_KEYS = ("id", "itemId", "item_id")
_STORE_PATH = r"(?:/|/index\.html?|/shop/view_shop\.htm)?"
#: The ids a Taobao or Tmall store page's query may name (notes sections 1 and 2): a shop id and
#: a seller id. Given twice with different values they conflict; the thorough parser compares.
_STORE_KEYS = ("shop_id", "user_number_id")


#: A stand-in for a store's label in code and docs, never a store's name: a label ending in
#: three or more ``x`` (``xxx.taobao.com``, ``winportXXXX.1688.com``, ``storeXXX.tmall.com``).
#: Labels with fewer (``yxrywy8``, ``maxx``, ``xx``: also a country's code) stay vanity stores.
STAND_IN_LABEL = "[a-z0-9-]*xxx"


def _reserved(
    domain: str, *, drop: tuple[str, ...] = (), shops: bool = True, stand_ins: bool = True
) -> str:
    """A negative lookahead that keeps reserved labels (and ``shopN``) from reading as vanity."""
    labels = [re.escape(label) for label in sorted(RESERVED_LABELS[domain] - set(drop))]
    if shops:
        labels.append("shop(?:[0-9]+|x+)")  # shopN, or a stand-in for it (shopXX)
    if stand_ins:
        labels.append(STAND_IN_LABEL)
    return "(?!(?:" + "|".join(labels) + r")\.)"


def _pattern(pattern: str, *suffixes: str) -> tuple[str, tuple[str, ...]]:
    """A host pattern (with a label placeholder) and the host suffixes it can match."""
    return pattern, suffixes


def _form(
    name: str,
    platform: Platform,
    kind: Kind,
    marketplace: str,
    id_type: str,
    canonical: str,
    identity: str,
    host: tuple[str, ...] | tuple[str, tuple[str, ...]],
    path: str,
    *,
    hosts: tuple[str, ...] = (),
    **options: object,
) -> Form:
    """A form; ``host`` is a tuple of literal hosts or a :func:`_pattern`."""
    if len(host) == 2 and isinstance(host[1], tuple):
        pattern, suffixes = host[0], host[1]
        assert isinstance(pattern, str)
    else:
        hosts = tuple(str(h) for h in host)
        pattern, suffixes = "(?:" + "|".join(re.escape(h) for h in hosts) + ")", ()
    return Form(
        name,
        platform,
        kind,
        marketplace,
        id_type,
        canonical,
        identity,
        pattern,
        path,
        hosts=hosts,
        suffixes=suffixes,
        **options,  # type: ignore[arg-type]
    )


def _taobao() -> list[Form]:
    ambiguous: Platform = "taobao_or_tmall"
    shop = ("https://shop{id}.taobao.com/", "taobao-shop:{id}")
    res = _reserved("taobao.com")
    return [
        # detail.taobao.com/item.htm?id=N: Taobao's older item host, a "******.taobao.com/
        # item.htm?…&id=…" link IPP's help accepts (notes section 9), listed as Taobao's
        # desktop item host by a link parser (github-index:61925165191) and in crawlers' code
        _form("taobao-item", "taobao", "listing", "taobao", "item", _TB, _TB_ID,
              ("item.taobao.com", "detail.taobao.com"), r"/item\.html?", query_keys=_TB_KEYS),
        _form("taobao-h5", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              ("h5.m.taobao.com",), r"/awp/core/detail\.htm", query_keys=_TB_KEYS),
        # also i{ID}.html, as item.taobao.com's item.html (a taobaoke feed's click_url,
        # github-index:12314782780)
        _form("taobao-a-m", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              ("a.m.taobao.com",), r"/i{ID}\.html?", conflict_keys=_TB_KEYS),
        _form("taobao-intl", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              ("m.intl.taobao.com",), r"/detail/detail\.html", query_keys=_TB_KEYS),
        # the app's detail pages: /security-h5-detail/home is where an e.tb.cn link lands
        _form("taobao-main-m", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              ("main.m.taobao.com",),
              r"/(?:detail/index\.html|security-h5-detail/home|app/ltao-fe/we-detail/home\.html)",
              query_keys=_TB_KEYS),
        # market.m.taobao.com/...?id=N (listing-urls section 1): the app's h5 detail page
        _form("taobao-market-m", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              ("market.m.taobao.com",), r"/app/dinamic/h5-tb-detail/index\.html",
              query_keys=_TB_KEYS),
        # also on the World site of one country (sg., my., vn.: "Taobao Singapore", "Taobao
        # Malaysia"; github-index:57480498072, :19192359333, :40787999336)
        _form("taobao-world-item", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              _pattern(r"(?:[a-z]{2}\.)?world\.taobao\.com", "world.taobao.com"),
              r"/item/{ID}\.htm", hosts=("world.taobao.com",), conflict_keys=_TB_KEYS),
        _form("taobao-seo", "taobao", "listing", "taobao", "item", _TB, _TB_ID,
              ("www.taobao.com",), r"/list/item/{ID}\.htm", conflict_keys=_TB_KEYS),
        _form("taobao-share", ambiguous, "listing", "taobao", "item", _TB, _TB_ID,
              ("assets-tmw.taobao.com",), r"/app/tmall-ovs-rax/share_page/home",
              query_keys=("targetId",), require=("targetType", "ITEM"), fast=False),
        _form("taobao-world-shop", "taobao", "storefront", "taobao", "shop", *shop,
              ("world.taobao.com",), r"/dianpu/{ID}\.htm", id_rule="store"),
        _form("taobao-seller", "taobao", "storefront", "taobao", "seller",
              "https://store.taobao.com/shop/view_shop.htm?user_number_id={id}",
              # also the older path without /shop/ (store-link helpers emit it; notes section 1)
              "taobao-seller:{id}", ("store.taobao.com",), r"/(?:shop/)?view_shop\.htm",
              query_keys=("user_number_id",), id_rule="store"),
        _form("taobao-shop", "taobao", "storefront", "taobao", "shop", *shop,
              _pattern(r"shop{ID}\.(?:world\.)?taobao\.com", "taobao.com", "world.taobao.com"),
              # shop_id= is a shop id (notes section 2): another shop's in the query conflicts;
              # user_number_id= is a seller id, no shop id: two that differ conflict
              _STORE_PATH, id_rule="store", conflict_keys=_STORE_KEYS),
        _form("taobao-vanity", "taobao", "storefront", "taobao", "vanity",
              "https://{id}.taobao.com/", "taobao-vanity:{id}",
              _pattern(res + r"{ID}\.taobao\.com", "taobao.com"), _STORE_PATH, id_rule="label",
              conflict_keys=_STORE_KEYS),
        # N.world.taobao.com/shop/view_shop.htm?user_number_id=M: a numeric label is the
        # shop id (the notes list it beside shopN.world.taobao.com, apart from vanity labels)
        _form("taobao-world-numeric", "taobao", "storefront", "taobao", "shop", *shop,
              _pattern(r"{ID}\.world\.taobao\.com", "world.taobao.com"), _STORE_PATH,
              id_rule="store", conflict_keys=_STORE_KEYS),
        _form("taobao-world-vanity", "taobao", "storefront", "taobao", "vanity",
              "https://{id}.world.taobao.com/", "taobao-world-vanity:{id}",
              # a label of two letters is a country's World site (sg.world.taobao.com), no store
              _pattern(res + r"(?![a-z]{2}\.){ID}\.world\.taobao\.com", "world.taobao.com"),
              _STORE_PATH, id_rule="label", conflict_keys=_STORE_KEYS),
        # the store pattern IPP quotes (section 9 of the notes): http://******.mall.taobao.com
        _form("taobao-mall-vanity", "taobao", "storefront", "taobao", "vanity",
              "https://{id}.mall.taobao.com/", "taobao-mall-vanity:{id}",
              _pattern(res + r"{ID}\.mall\.taobao\.com", "mall.taobao.com"),
              _STORE_PATH, id_rule="label", conflict_keys=_STORE_KEYS),
        _form("xianyu-legacy", "taobao", "listing", "xianyu", "item",
              "https://www.goofish.com/item?id={id}", _TB_ID,
              ("2.taobao.com",), r"/item\.htm", query_keys=("id",)),
    ]  # fmt: skip


def _tmall() -> list[Form]:
    tmall_global: Platform = "tmall_global"
    return [
        _form("tmall-item", "tmall", "listing", "tmall", "item",
              "https://detail.tmall.com/item.htm?id={id}", _TB_ID,
              # item.tmall.com/item.htm?id=N: Tmall's older item host, a "******.tmall.com/
              # item.htm?…&id=…" link IPP's help accepts (notes section 9), among Tmall's item
              # hosts in a share-text parser (github-index:66435894679)
              ("detail.tmall.com", "chaoshi.detail.tmall.com", "chaoshi.tmall.com",
               "item.tmall.com"),
              r"/item(?:_o)?\.htm",
              query_keys=_TB_KEYS),
        _form("tmall-mobile", "tmall", "listing", "tmall", "item",
              "https://detail.tmall.com/item.htm?id={id}", _TB_ID,
              ("detail.m.tmall.com",), r"/item\.htm", query_keys=_TB_KEYS,
              note="the mobile Tmall host also serves Tmall Global items: "
              "check which site the item is on before filing"),
        _form("tmall-store", "tmall", "storefront", "tmall", "vanity",
              "https://{id}.tmall.com/", "tmall-store:{id}",
              # a.m.tmall.com is Tmall's old mobile item host (a.m.tmall.com/iN.htm, as
              # a.m.taobao.com is Taobao's), not the mobile view of a store named "a"
              _pattern(_reserved("tmall.com") + r"(?!a\.m\.)" + r"{ID}\.(?:m\.)?tmall\.com",
                       "tmall.com", "m.tmall.com"), _STORE_PATH,
              id_rule="label", conflict_keys=_STORE_KEYS),
        # <vanity>.world.tmall.com: the international view of a Tmall store, kept apart
        # like <vanity>.world.taobao.com (a vanity label is not known to be the same store)
        _form("tmall-world-store", "tmall", "storefront", "tmall", "vanity",
              "https://{id}.world.tmall.com/", "tmall-world-store:{id}",
              _pattern(_reserved("tmall.com") + r"{ID}\.world\.tmall\.com", "world.tmall.com"),
              _STORE_PATH, id_rule="label", conflict_keys=_STORE_KEYS),
        _form("tmall-global-item", tmall_global, "listing", "tmall_global", "item",
              "https://detail.tmall.hk/hk/item.htm?id={id}", _TB_ID,
              ("detail.tmall.hk", "detail.m.tmall.hk"), r"/(?:hk/)?item\.htm",
              query_keys=_TB_KEYS),
        _form("tmall-global-store", tmall_global, "storefront", "tmall_global", "vanity",
              "https://{id}.tmall.hk/", "tmall_global-store:{id}",
              _pattern(_reserved("tmall.hk") + r"{ID}\.tmall\.hk", "tmall.hk"), _STORE_PATH,
              id_rule="label", conflict_keys=_STORE_KEYS),
    ]  # fmt: skip


def _b2b() -> list[Form]:
    offer = ("https://detail.1688.com/offer/{id}.html", "1688-offer:{id}")
    langs = tuple(f"{label}.alibaba.com" for label in sorted(ALIBABA_LANGUAGE_LABELS))
    product = ("https://www.alibaba.com/product-detail/{x}_{id}.html", "alibaba-product:{id}")
    mobile = "https://m.alibaba.com/product/{id}.html"
    # a store's /page/ paths: a page (index.html, offerlist.htm, creditdetail.htm) or a name
    # with no dot (offerlist_82984062_675858), maybe a query glued on with "&"; never an API's
    # answer (/page/x.json: section 11)
    store_path = r"(?:/|/index\.html?|/page/(?:{SEG}*\.html?|{WORD}*)(?:&{SEG}*)?)?"
    forms = [
        _form("1688-offer", "1688", "listing", "1688", "offer", *offer,
              ("detail.1688.com", "m.1688.com"), r"/offer/{ID}\.html"),
        _form("1688-h5", "1688", "listing", "1688", "offer", *offer,
              ("detail.m.1688.com",), r"/page/index\.html?", query_keys=("offerId",)),
        _form("1688-winport", "1688", "storefront", "1688", "member",
              "https://m.1688.com/winport/{id}.html", "1688-member:{id}",
              ("m.1688.com",), r"/winport/{ID}\.html", id_rule="member"),
        _form("1688-store", "1688", "storefront", "1688", "vanity",
              "https://{id}.1688.com/", "1688-store:{id}",
              _pattern(_reserved("1688.com", shops=False) + r"{ID}\.1688\.com", "1688.com"),
              store_path, id_rule="label"),
        _form("1688-store-cn", "1688", "storefront", "1688", "vanity",
              "https://{id}.cn.1688.com/", "1688-store:{id}.cn",
              # the reserved labels are no stores here either (www.cn.1688.com, open.cn...)
              _pattern(_reserved("1688.com", shops=False) + r"{ID}\.cn\.1688\.com",
                       "cn.1688.com"), store_path, id_rule="label"),
        _form("alibaba-detail", "alibaba_com", "listing", "alibaba_com", "item", *product,
              ("alibaba.com", "www.alibaba.com", "wholesaler.alibaba.com", *langs),
              r"/product-(?:detail|introduction)/{X}_{ID}\.html",
              x_rule="slug", x_name="slug", canonical_bare=mobile),
        # the language sites' own links put a hyphen before the id (their pages' hreflang
        # alternates: german.alibaba.com/product-detail/wheels-for-suv-60498710816.html), and
        # their listing pages' own /p-detail/ form (korean.alibaba.com/p-detail/Brazilian-
        # 60437753329.html, german.../p-detail/Wholesale-1601006130256.html: real links in
        # public code, not in listing-urls.md)
        _form("alibaba-detail-lang", "alibaba_com", "listing", "alibaba_com", "item", *product,
              langs, r"/(?:product|p)-detail/{X}-{ID}\.html",
              x_rule="slug", x_name="slug", canonical_bare=mobile),
        # also a tab of the product's page after its slug (/product/N/<slug>/specifications
        # .html: a crawler's product URL, github-index:59617916626)
        _form("alibaba-mobile", "alibaba_com", "listing", "alibaba_com", "item",
              mobile, product[1], ("m.alibaba.com",),
              r"/product/{ID}" + _UNDOTTED + r"(?:/{SEG}+){0,2}\.html"),
        _form("alibaba-store-product", "alibaba_com", "listing", "alibaba_com", "item",
              mobile, product[1], _pattern(
                  _LABEL + r"\.(?:en|fm|trustpass)\.alibaba\.com",
                  "en.alibaba.com", "fm.alibaba.com", "trustpass.alibaba.com"),
              r"/product/{ID}-[0-9]+(?:/(?:{SEG}*\.html)?)?"),
    ]  # fmt: skip
    for sub in ("en", "fm", "trustpass"):
        forms.append(
            _form(f"alibaba-store-{sub}", "alibaba_com", "storefront", "alibaba_com", "vanity",
                  f"https://{{id}}.{sub}.alibaba.com/", f"alibaba-store:{{id}}.{sub}",
                  _pattern(_reserved(f"{sub}.alibaba.com", shops=False)
                           + rf"{{ID}}\.{sub}\.alibaba\.com", f"{sub}.alibaba.com"),
                  # a /product/ path is a listing, not the store (notes section 5), also
                  # under a language sub-path (/fr_FR/product/...: not a form the notes name);
                  # so are the www site's listing paths (/product-detail/..., /p-detail/...)
                  # on a store's host: a product page, never the store (a listing page whose
                  # id this form cannot vouch for, missing-id)
                  r"(?:/(?!(?:[a-zA-Z]{2}_[a-zA-Z]{2}/)?(?:product(?:-detail|-introduction)?"
                  r"|p-detail)/){PATH}*)?", id_rule="label")
        )  # fmt: skip
    return forms


def _aliexpress() -> list[Form]:
    item = ("https://www.aliexpress.com/item/{id}.html", "aliexpress-item:{id}")
    store = ("https://www.aliexpress.com/store/{id}", "aliexpress-store:{id}")
    regions: tuple[tuple[str, tuple[str, ...] | tuple[str, tuple[str, ...]], str | None], ...]
    regions = (
        # h5.: the AMP host AliExpress's own pages link (amphtml), real in public page dumps
        (
            "com",
            ("www.aliexpress.com", "aliexpress.com", "m.aliexpress.com", "h5.aliexpress.com"),
            None,
        ),
        ("lang", _pattern(r"{X}\.aliexpress\.com", "aliexpress.com"), "lang"),
        # m.<lang>.: the mobile site of one language, where the www page of an item sends a
        # phone (trace=wwwdetail2mobilesitedetail; github-index:9317617838, :33122250225);
        # after "lang", whose plain {X} host the columnar kernel proves itself
        ("mlang", _pattern(r"m\.{X}\.aliexpress\.com", "aliexpress.com"), "lang"),
        ("us", ("www.aliexpress.us", "aliexpress.us", "m.aliexpress.us"), None),
        ("ru", ("aliexpress.ru", "www.aliexpress.ru", "m.aliexpress.ru"), None),
    )
    paths = (
        ("item", r"/item/" + _UNDOTTED + r"(?:{SEG}+/)?{ID}(?:\.html?)?"),
        ("i", r"/i/{ID}\.html"),
        ("store-product", r"/store/product/" + _UNDOTTED + r"{SEG}+/[0-9]+_{ID}\.html"),
    )
    forms = []
    for region, host, x_rule in regions:
        for kind, path in paths:
            forms.append(
                _form(f"aliexpress-{kind}-{region}", "aliexpress", "listing", "aliexpress",
                      "item", *item, host, path, id_rule="aliexpress", x_rule=x_rule,
                      x_name="region", x_const=None if x_rule else
                      {"com": "global"}.get(region, region))
            )  # fmt: skip
    # a /store/N path names the store whatever the label before it (no stand-in check)
    reserved = _reserved("aliexpress.com", drop=("www", "m", "h5"), shops=False, stand_ins=False)
    # a store's own host may carry a language label after it (miyoo.nl.aliexpress.com, as
    # <lang>.aliexpress.com does for www: github-index:8975655590, :35132197355)
    store_host = _pattern(
        rf"(?:{reserved}{_LABEL}\.)?(?:(?:[a-z]{{2}}\.)?aliexpress\.com|aliexpress\.(?:us|ru))",
        "aliexpress.com",
        "aliexpress.us",
        "aliexpress.ru",
    )
    store_hosts = tuple(
        f"{sub}aliexpress.{tld}" for sub in ("", "www.", "m.") for tld in ("com", "us", "ru")
    )
    # the sub-pages first: the thorough parser reads the first form whose path matches, and
    # "/store/{ID}" with a loose id would read "group" or "feedback-score" as the id
    store_paths = (
        ("store-feedback", r"/store/feedback-score/{ID}\.html"),
        ("store-group", r"/store/group/" + _UNDOTTED + r"{SEG}+/{ID}_[0-9]+\.html"),
        ("store", r"/store/{ID}" + _UNDOTTED + r"(?:/{PATH}*)?"),
    )
    for name, path in store_paths:
        forms.append(
            _form(f"aliexpress-{name}", "aliexpress", "storefront", "aliexpress", "store",
                  *store, store_host, path, id_rule="store", hosts=store_hosts,
                  # ?storeId=M names a store too (AliExpress's own store links carry it):
                  # another store's id makes the link name two (conflicting-ids)
                  conflict_keys=("storeId",))
        )  # fmt: skip
    forms.append(
        _form("aliexpress-vanity", "aliexpress", "storefront", "aliexpress", "vanity",
              "https://{id}.aliexpress.com/", "aliexpress-vanity:{id}",
              _pattern(_reserved("aliexpress.com") + r"(?![a-z]{2}\.){ID}\.aliexpress\.com",
                       "aliexpress.com"), "/?",
              id_rule="label")
    )  # fmt: skip
    return forms


#: Lazada's item-id parameter (section 7 of the notes: ``/shop/<slug>?itemId=…``, the store
#: linked from an item's page): on an item page naming its item in the path, another item in
#: ``itemId`` makes the link name two items (``conflicting-ids``, as Taobao's path forms).
_LZ_KEYS = ("itemId",)


def _lazada() -> list[Form]:
    forms = []
    for tld, platform in LAZADA_TLDS.items():
        host = (f"www.lazada.{tld}", f"lazada.{tld}")
        forms.append(
            _form(f"{platform}-item", platform, "listing", "lazada", "item",  # type: ignore[arg-type]
                  f"https://www.lazada.{tld}/products/pdp-i{{id}}.html",
                  f"{platform}-item:{{id}}", host,
                  r"/products/(?:{SEG}*-)?i{ID}(?:-s[0-9]+)?\.html", conflict_keys=_LZ_KEYS)
        )  # fmt: skip
        forms.append(
            _form(f"{platform}-shop", platform, "storefront", "lazada", "shop",  # type: ignore[arg-type]
                  f"https://www.lazada.{tld}/shop/{{id}}/", f"{platform}-shop:{{id}}", host,
                  r"/shop/(?!site/){ID}/?", id_rule="shopslug")
        )  # fmt: skip
    return forms


def _xianyu() -> list[Form]:
    item = ("https://www.goofish.com/item?id={id}", _TB_ID)
    return [
        _form("xianyu-item", "taobao", "listing", "xianyu", "item", *item,
              ("www.goofish.com", "h5.m.goofish.com", "goofish.com"), "/item",
              query_keys=("id", "itemId")),
        _form("xianyu-ssr", "taobao", "listing", "xianyu", "item", *item,
              ("ssr.m.goofish.com",), "/wow/moyu/moyu-project/fish-detail/pages/home",
              query_keys=("id",)),
        # Xianyu's (idleFish's) app detail page on the Taobao app host: listing-urls section 1
        # names market.m.taobao.com/...?id=N, and real pastes call this page a Xianyu link
        _form("xianyu-market-m", "taobao", "listing", "xianyu", "item", *item,
              ("market.m.taobao.com",), "/app/idleFish-F2e/widle-taobao-rax/page-detail",
              query_keys=("id",)),
        _form("xianyu-user", "taobao", "storefront", "xianyu", "user",
              "https://www.goofish.com/personal?userId={id}", "xianyu-user:{id}",
              ("www.goofish.com", "goofish.com"), "/personal", query_keys=("userId",),
              # not on the fast paths: their id patterns cannot refuse a stand-in (userId=xxx)
              id_rule="token", quote_id=True, fast=False),
    ]  # fmt: skip


@cache
def all_forms() -> tuple[Form, ...]:
    """Every URL form, most common first (the order both engines try them in)."""
    return (*_taobao(), *_tmall(), *_b2b(), *_aliexpress(), *_lazada(), *_xianyu())


@cache
def _forms_by_name() -> dict[str, Form]:
    return {form.name: form for form in all_forms()}


def form_named(name: str) -> Form:
    """The form called ``name`` (how a pickled listing finds its form again).

    >>> form_named("1688-offer").platform
    '1688'
    """
    try:
        return _forms_by_name()[name]
    except (KeyError, TypeError):  # checked here, off the path of every unpickled listing
        from ipprules._args import require_str
        from ipprules.errors import UnknownNameError

        require_str(name, "a form's name", empty=True)  # None, bytes: a TypeError
        raise UnknownNameError("listing URL form", str(name)) from None


# Pickling by value (registered here, beside the form table, so that the model does not import
# the table): a form is one row of the table, pickled by name and restored as that row, and a
# listing as its plain values around its form's name.


def _reduce_form(form: Form) -> tuple[Any, tuple[str]]:
    return form_named, (form.name,)


def _restore_listing(name: str, id: str, x: str | None, source: str) -> Listing:
    """A listing rebuilt from its plain values (how a pickled listing is restored)."""
    return tuple.__new__(Listing, (form_named(name), id, x, source))


def _reduce_listing(item: Listing) -> tuple[Any, tuple[str, str, str | None, str]]:
    return _restore_listing, (item[0].name, item[1], item[2], item[3])


copyreg.pickle(Form, _reduce_form)
copyreg.pickle(Listing, _reduce_listing)
