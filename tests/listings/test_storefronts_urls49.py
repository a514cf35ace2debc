"""urls49: left-overs of urls47/urls48 (notes in /work/notes/sweep-urls49.md).

Each row of a table is ``(input, platform, kind_or_code, id)``, as in
test_storefronts_urls48.py, checked through ``parse_listing``, the thorough parser, the CLI,
``parse_listings`` and the columnar kernel (``table_tests``).

1. A marketplace host written with its root dot and a path (``item.taobao.com./item.htm?id=…``)
   was ``lookalike-host`` with nothing suggested. Section 0 asks for an exact match of the
   allow-list, so it stays refused, but a fully qualified name is the same host (RFC 1034):
   where the link without the dot is a listing or a store, the refusal suggests it, on every
   marketplace and path alike (two dots, or a short link, suggest nothing).
2. A Taobao or Tmall store named by its host read the store whatever its query said:
   ``shopN.taobao.com/shop/view_shop.htm?user_number_id=A&user_number_id=B``,
   ``uniqlo.tmall.com/shop/view_shop.htm?shop_id=A&shop_id=B``. Sections 1 and 2 name
   ``user_number_id`` a seller id and ``shop_id`` a shop id, so two that differ make the link
   ambiguous (section 0's duplicate-id rule): ``conflicting-ids``, as ``store.taobao.com``'s two
   seller ids are. A seller id is never compared with the host's shop id (the notes' own
   ``shopN…?user_number_id=M`` has both), nor is either id with a vanity label; a repeated
   equal id reads the store. (AliExpress ``/store/N?storeId=M`` is left: the notes name
   ``storeId`` only in paths, never as a query parameter.)
3. A store's sub-pages, pinned per marketplace (no change): the notes list sub-pages among the
   store forms of AliExpress (section 6, "Store sub-pages" under ``/store/``), Alibaba.com
   (section 5, ``[/productlist.html|/company_profile.html|/fr_FR/…]``), 1688 (section 4,
   ``page/index.html|page/offerlist.htm``, legacy ``page/offerlist_….htm``) and a Lazada
   store's query (section 7, ``?…path=index.htm&…``): they read as the store. For Taobao and
   Tmall (sections 1 to 3) they name only the root, ``/index.htm`` and
   ``/shop/view_shop.htm``, and for Lazada only ``/shop/<slug>/``: any other page of the store
   is refused as ``not-a-listing``, suggesting the store.
"""

from __future__ import annotations

import pytest

from _real_urls import table_tests, thrice
from ipprules.listings import parse_listing

ROOT_DOT: list[tuple[str, str | None, str, str | None]] = [
    ("https://item.taobao.com./item.htm?id=606832683299", None, 'lookalike-host', None),  # fix 1
    ("item.taobao.com./item.htm?spm=a1z09&id=606832683299#detail", None, 'lookalike-host', None),  # fix 1
    ("https://detail.tmall.com./item.htm?id=690091011924", None, 'lookalike-host', None),  # fix 1
    ("https://shop118454188.taobao.com./", None, 'lookalike-host', None),  # fix 1
    ("https://uniqlo.tmall.com./shop/view_shop.htm?spm=1", None, 'lookalike-host', None),  # fix 1
    ("https://www.aliexpress.com./item/1005003264388589.html", None, 'lookalike-host', None),  # fix 1
    ("https://www.aliexpress.com./store/1104927695", None, 'lookalike-host', None),  # fix 1
    ("https://www.lazada.sg./products/pdp-i2896336114.html", None, 'lookalike-host', None),  # fix 1
    ("https://www.lazada.sg./shop/mn7k3oup", None, 'lookalike-host', None),  # fix 1
    ("https://detail.1688.com./offer/585943639773.html", None, 'lookalike-host', None),  # fix 1
    ("https://www.goofish.com./item?id=965639435219", None, 'lookalike-host', None),  # fix 1
    ("https://item.taobao.com../item.htm?id=606832683299", None, 'lookalike-host', None),  # control: two dots, nothing suggested
    ("https://m.tb.cn./h.4CEhFr0", None, 'lookalike-host', None),  # control: a short link, nothing suggested
    ("https://item.taobao.com./item.htm?spm=1", None, 'lookalike-host', None),  # control: no id, nothing suggested
    ("https://shop118454188.taobao.com.", 'taobao', 'storefront', '118454188'),  # control: a full stop ending the link (unchanged)
]  # fmt: skip

STORE_IDS: list[tuple[str, str | None, str, str | None]] = [
    ("https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013&user_number_id=2657188014", None, 'conflicting-ids', None),  # fix 2; was storefront 137594360
    ("https://shop57074988.world.taobao.com/?user_number_id=2657188013&user_number_id=1", None, 'conflicting-ids', None),  # fix 2
    ("https://792758921.world.taobao.com/shop/view_shop.htm?user_number_id=155126737&user_number_id=155126738", None, 'conflicting-ids', None),  # fix 2
    ("https://792758921.world.taobao.com/shop/view_shop.htm?shop_id=57074988&user_number_id=155126737", None, 'conflicting-ids', None),  # fix 2: another shop's shop_id, as on shopN hosts
    ("https://lyb2528.taobao.com/index.htm?user_number_id=2657188013&user_number_id=2657188014", None, 'conflicting-ids', None),  # fix 2
    ("https://runcam.world.taobao.com/?shop_id=57074988&shop_id=57074989", None, 'conflicting-ids', None),  # fix 2
    ("https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560&shop_id=116576561", None, 'conflicting-ids', None),  # fix 2; was storefront
    ("https://uniqlo.m.tmall.com/?user_number_id=2130139739&spm=1&user_number_id=2130139738", None, 'conflicting-ids', None),  # fix 2
    ("https://zrzb.tmall.hk/shop/view_shop.htm?spm=a&user_number_id=2130139739&user_number_id=2130139738&rn=1", None, 'conflicting-ids', None),  # fix 2
    ("https://abc.world.tmall.com/?shop_id=1&shop_id=2", None, 'conflicting-ids', None),  # fix 2
    ("https://abc.mall.taobao.com/?user_number_id=1&user_number_id=2", None, 'conflicting-ids', None),  # fix 2
    ("https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013", 'taobao', 'storefront', '137594360'),  # control: the notes' both-ids form
    ("https://shop123456789.taobao.com/?user_number_id=456789012", 'taobao', 'storefront', '123456789'),  # control: a seller id is no shop id
    ("https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013&user_number_id=2657188013", 'taobao', 'storefront', '137594360'),  # control: the same id twice
    ("https://792758921.world.taobao.com/shop/view_shop.htm?user_number_id=155126737", 'taobao', 'storefront', '792758921'),  # control: the notes' world form
    ("https://792758921.world.taobao.com/?shop_id=792758921", 'taobao', 'storefront', '792758921'),  # control: its own shop id
    ("https://zuiqingfeng.tmall.com/shop/view_shop.htm?shop_id=116576560", 'tmall', 'storefront', 'zuiqingfeng'),  # control: the notes' example
    ("https://zrzb.tmall.hk/shop/view_shop.htm?spm=a&user_number_id=2130139739&rn=1", 'tmall_global', 'storefront', 'zrzb'),  # control: the notes' example
    ("https://uniqlo.tmall.com/shop/view_shop.htm?shop_id=116576560&user_number_id=2130139739", 'tmall', 'storefront', 'uniqlo'),  # control: one of each
    ("https://store.taobao.com/shop/view_shop.htm?user_number_id=2657188013&user_number_id=2657188014", None, 'conflicting-ids', None),  # control (unchanged)
]  # fmt: skip

SUB_PAGES: list[tuple[str, str | None, str, str | None]] = [
    ("https://shop118454188.taobao.com/category.htm?catId=1", None, 'not-a-listing', None),  # §1: not named
    ("https://shop118454188.taobao.com/search.htm?search=y", None, 'not-a-listing', None),  # §1: not named
    ("https://weactstudio.taobao.com/category-1234.htm", None, 'not-a-listing', None),  # §1: not named
    ("https://runcam.world.taobao.com/search.htm", None, 'not-a-listing', None),  # §1: not named
    ("https://abc.mall.taobao.com/category.htm", None, 'not-a-listing', None),  # §9: not named
    ("https://uniqlo.tmall.com/search.htm?q=x", None, 'not-a-listing', None),  # §2: not named
    ("https://uniqlo.tmall.com/category.htm", None, 'not-a-listing', None),  # §2: not named
    ("https://zrzb.tmall.hk/search.htm", None, 'not-a-listing', None),  # §3: not named
    ("https://www.lazada.sg/shop/mn7k3oup/search?q=x", None, 'not-a-listing', None),  # §7: not named
    ("https://www.lazada.sg/shop/mn7k3oup/index.htm", None, 'not-a-listing', None),  # §7: not named
    ("https://shop1460133980340.1688.com/other/x.htm", None, 'not-a-listing', None),  # §4: not named
    ("https://shop118454188.taobao.com/index.htm", 'taobao', 'storefront', '118454188'),  # §1: named
    ("https://shop118454188.taobao.com/shop/view_shop.htm", 'taobao', 'storefront', '118454188'),  # §1: named
    ("https://www.aliexpress.com/store/1104927695/search?SearchText=x", 'aliexpress', 'storefront', '1104927695'),  # §6: under /store/N
    ("https://www.aliexpress.com/store/1104927695/pages/all-items.html", 'aliexpress', 'storefront', '1104927695'),  # §6: under /store/N
    ("https://minibalance.aliexpress.com/store/4455017/search", 'aliexpress', 'storefront', '4455017'),  # §6: under /store/N
    ("https://www.aliexpress.com/store/group/led/1104927695_517231234.html", 'aliexpress', 'storefront', '1104927695'),  # §6: named
    ("https://www.aliexpress.com/store/feedback-score/1104927695.html", 'aliexpress', 'storefront', '1104927695'),  # §6: named
    ("https://www.lazada.sg/shop/mn7k3oup/?path=index.htm", 'lazada_sg', 'storefront', 'mn7k3oup'),  # §7: named
    ("https://www.lazada.sg/shop/mn7k3oup/?path=promotion.htm&lang=en", 'lazada_sg', 'storefront', 'mn7k3oup'),  # §7: the store's query
    ("https://www.lazada.sg/shop/mn7k3oup/?itemId=2896336114&channelSource=pdp", 'lazada_sg', 'storefront', 'mn7k3oup'),  # §7: named
    ("https://shop1460133980340.1688.com/page/offerlist.htm", '1688', 'storefront', 'shop1460133980340'),  # §4: named
    ("https://shop1460133980340.1688.com/page/contactinfo.htm", '1688', 'storefront', 'shop1460133980340'),  # §4: under /page/
    ("https://joinsun.1688.com/page/index.html", '1688', 'storefront', 'joinsun'),  # §4: named
    ("https://funcoo.en.alibaba.com/productlist.html", 'alibaba_com', 'storefront', 'funcoo'),  # §5: named
    ("https://funcoo.en.alibaba.com/company_profile.html", 'alibaba_com', 'storefront', 'funcoo'),  # §5: named
    ("https://funcoo.en.alibaba.com/search/product?SearchText=x", 'alibaba_com', 'storefront', 'funcoo'),  # §5: a store path
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROOT_DOT + STORE_IDS + SUB_PAGES)

_SUGGESTED = {
    0: "https://item.taobao.com/item.htm?id=606832683299",
    1: "https://item.taobao.com/item.htm?id=606832683299",
    2: "https://detail.tmall.com/item.htm?id=690091011924",
    3: "https://shop118454188.taobao.com/",
    4: "https://uniqlo.tmall.com/",
    5: "https://www.aliexpress.com/item/1005003264388589.html",
    6: "https://www.aliexpress.com/store/1104927695",
    7: "https://www.lazada.sg/products/pdp-i2896336114.html",
    8: "https://www.lazada.sg/shop/mn7k3oup/",
    9: "https://detail.1688.com/offer/585943639773.html",
    10: "https://www.goofish.com/item?id=965639435219",
}


@pytest.mark.parametrize("row", range(len(ROOT_DOT) - 1))
def test_a_root_dot_suggests_the_link_without_it(row: int) -> None:
    """Fix 1: the refusal names the trailing dot, and suggests the dotless link when that is
    a listing or a store (its canonical form), whatever the marketplace and path."""
    text = ROOT_DOT[row][0]
    result = thrice(text)
    host = text.split("//")[-1].split("/")[0]
    assert f"trailing dot in {host}" in result.reason, text  # type: ignore[attr-defined]
    wanted = _SUGGESTED.get(row)
    assert result.suggestion == wanted, text  # type: ignore[attr-defined]
    if wanted is not None:
        assert f"without the dot, the link is {wanted}" in result.reason  # type: ignore[attr-defined]
        assert parse_listing(wanted).ok, wanted


@pytest.mark.parametrize("row", range(11))
def test_two_different_store_ids_are_named(row: int) -> None:
    """Fix 2: the reason names the parameter and both values, or the host's shop and the
    query's."""
    text = STORE_IDS[row][0]
    reason = thrice(text).reason  # type: ignore[attr-defined]
    if row == 3:
        assert reason.endswith("the host names 792758921, shop_id names 57074988"), reason
    else:
        key = "shop_id" if "shop_id" in text else "user_number_id"
        values = sorted(
            {
                part.split("=")[1]
                for part in text.split("?")[1].split("&")
                if part.startswith(key + "=")
            }
        )
        assert len(values) == 2, text
        assert reason.endswith(f"{key} given as {values[0]}, {values[1]}"), reason


@pytest.mark.parametrize(
    "text", [text for text, _, code, _ in SUB_PAGES if code == "not-a-listing"]
)
def test_a_store_page_the_notes_do_not_name_suggests_the_store(text: str) -> None:
    """Item 3 (pinned): the refusal suggests the store's own link, which reads as a store."""
    refused = thrice(text)
    store = parse_listing(refused.suggestion or "")  # type: ignore[attr-defined]
    assert store.ok and store.kind == "storefront", text  # type: ignore[union-attr]
    assert f"paste {refused.suggestion} to file against the store" in refused.reason, text  # type: ignore[attr-defined]
