"""urls48: three left-overs of urls47 (notes in /work/notes/sweep-urls48.md).

Each row of ``FIXED`` is ``(input, platform, kind_or_code, id)``, as in
test_storefronts_urls47.py, checked through ``parse_listing``, the thorough parser, the CLI,
``parse_listings`` and the columnar kernel (``table_tests``):

1. a 1688 member's mobile store index ``m.1688.com/winport/index.html?memberId=b2b-…`` was
   malformed-id "'index' is not a valid member id": the form ``/winport/{b2b-id}.html`` read the
   page's name as the member. It is refused as what it is, suggesting the store in the form
   section 4 names, ``m.1688.com/winport/b2b-….html``.
2. a Taobao shop named by its host with another shop's ``shop_id=`` in its query
   (``shop123.taobao.com/?shop_id=456``) read shop 123. Section 2 names ``shop_id=`` as a shop
   id, so two shop ids that differ are ``conflicting-ids``, as a listing's path and query are.
   A seller id (``user_number_id``) is another id space: it never conflicts with the host's shop
   id (two seller ids that differ do: urls49).
3. an agent link (superbuy, …) wrapping a Taobao short link (``m.tb.cn``/``e.tb.cn``) said
   "no marketplace listing found": a short link is never opened (C2), so the refusal says it
   wraps one and suggests it.
"""

from __future__ import annotations

import pytest

from _real_urls import table_tests, thrice
from ipprules.listings import parse_listing

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ("https://m.1688.com/winport/index.html?memberId=b2b-2546450021uezz8", None, 'not-a-listing', None),  # fix 1; was malformed-id
    ("m.1688.com/winport/index.htm?spm=a26g8&memberId=b2b-2157572595", None, 'not-a-listing', None),  # fix 1; was malformed-id
    ("https://m.1688.com/winport/index.html", None, 'not-a-listing', None),  # fix 1, no member named; was malformed-id
    ("https://m.1688.com/winport/b2b-2546450021uezz8.html", '1688', 'storefront', 'b2b-2546450021uezz8'),  # control (unchanged)
    ("https://shop123456789.taobao.com/?shop_id=456789012", None, 'conflicting-ids', None),  # fix 2; was storefront 123456789
    ("https://shop137594360.taobao.com/shop/view_shop.htm?shop_id=1&user_number_id=2657188013", None, 'conflicting-ids', None),  # fix 2; was storefront
    ("https://shop123456789.taobao.com/?shop_id=123456789", 'taobao', 'storefront', '123456789'),  # control: the same shop
    ("https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013", 'taobao', 'storefront', '137594360'),  # control: the notes' both-ids form
    ("https://shop137594360.taobao.com/shop/view_shop.htm?user_number_id=2657188013&user_number_id=2657188014", None, 'conflicting-ids', None),  # urls49: two seller ids that differ
    ("https://www.superbuy.com/en/page/buy?url=https%3A%2F%2Fm.tb.cn%2Fh.4CEhFr0", None, 'agent-site', None),  # fix 3
    ("https://www.superbuy.com/en/page/buy?url=https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k&lang=en", None, 'agent-site', None),  # fix 3
    ("https://www.superbuy.com/en/page/buy?url=https%3A%2F%2Fe.tb.cn%2F", None, 'agent-site', None),  # control: no short code
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(FIXED)


@pytest.mark.parametrize(
    ("text", "store"),
    [
        (FIXED[0][0], "https://m.1688.com/winport/b2b-2546450021uezz8.html"),
        (FIXED[1][0], "https://m.1688.com/winport/b2b-2157572595.html"),
    ],
)
def test_a_1688_mobile_store_index_suggests_the_store(text: str, store: str) -> None:
    """Fix 1: the index is no member id; the store its memberId names is suggested."""
    result = thrice(text)
    assert "not a valid member id" not in result.reason, text  # type: ignore[attr-defined]
    assert "mobile store index" in result.reason, text  # type: ignore[attr-defined]
    assert result.suggestion == store, text  # type: ignore[attr-defined]
    assert parse_listing(store).kind == "storefront"  # type: ignore[union-attr]


def test_a_1688_mobile_store_index_without_a_member_suggests_nothing() -> None:
    result = thrice(FIXED[2][0])
    assert "no valid memberId" in result.reason  # type: ignore[attr-defined]
    assert result.suggestion is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "other"), [(FIXED[4][0], "456789012"), (FIXED[5][0], "1")])
def test_another_shops_shop_id_conflicts_with_the_host(text: str, other: str) -> None:
    """Fix 2: the reason names the host's shop id and the query's."""
    result = thrice(text)
    shop = text.split("//shop")[1].split(".")[0]
    assert f"the host names {shop}, shop_id names {other}" in result.reason  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (FIXED[9][0], "https://m.tb.cn/h.4CEhFr0"),
        (FIXED[10][0], "https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k"),
    ],
)
def test_an_agent_link_wrapping_a_short_link_suggests_it(text: str, short: str) -> None:
    """Fix 3: the short link is named and suggested, never opened (C2)."""
    result = thrice(text)
    assert f"wraps is the short link {short}" in result.reason, text  # type: ignore[attr-defined]
    assert "no marketplace listing found" not in result.reason  # type: ignore[attr-defined]
    assert result.suggestion == short  # type: ignore[attr-defined]
    assert parse_listing(short).code == "short-link"  # type: ignore[union-attr]


def test_an_agent_link_wrapping_a_bare_short_host_suggests_nothing() -> None:
    result = thrice(FIXED[11][0])
    assert "no marketplace listing found" in result.reason  # type: ignore[attr-defined]
    assert result.suggestion is None  # type: ignore[attr-defined]
