"""urls49: left-overs of urls47/urls48 (notes in /work/notes/sweep-urls49.md).

Each row of a table is ``(input, platform, kind_or_code, id)``, as in
test_storefronts_urls48.py, checked through ``parse_listing``, the thorough parser, the CLI,
``parse_listings`` and the columnar kernel (``table_tests``).

1. A marketplace host written with its root dot and a path (``item.taobao.com./item.htm?id=…``)
   was ``lookalike-host`` with nothing suggested. Section 0 asks for an exact match of the
   allow-list, so it stays refused, but a fully qualified name is the same host (RFC 1034):
   where the link without the dot is a listing or a store, the refusal suggests it, on every
   marketplace and path alike (two dots, or a short link, suggest nothing).
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

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROOT_DOT)

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
