"""urls52: left-overs of realurls37/38, decided from the notes (notes in
/work/notes/sweep-urls52.md).

Each row of a table is ``(input, platform, kind_or_code, id)``, checked through
``parse_listing``, the thorough parser, the CLI, ``parse_listings`` and the columnar kernel
(``table_tests``).

1. Xianyu (idleFish) pages on ``market.m.taobao.com/app/idleFish-F2e/`` other than the app's
   detail page (``widle-taobao-rax/page-detail?id=N``, read as a listing): section 1 names
   ``market.m.taobao.com/…?id=N`` from converter rules only, so the PC detail page
   (``fish-pc/web/detail.html?id=N``) is not read as a listing; it is refused saying it is a
   Xianyu page in a form not seen among the listing forms (unverified), suggesting the
   item's goofish link (was the generic "not a product listing or storefront").
2. A ``//`` glued before a scheme (``//tbopen://…``) or followed by white space (``// s.lazada.sg
   is …``): a code comment's marker, no host. What follows is read alone (``scheme-not-allowed``
   for ``tbopen:``, was ``not-alibaba-host`` "tbopen"; the scheme-less reading of
   ``s.lazada.sg``, was ``not-a-url``).
3. ``item.m.taobao.com/item.htm?itemId=N`` and ``pages.lazada.*/products/…-iN…``: refused with
   the "form not seen / not among the listing hosts (unverified)" reason and the suggestion;
   ``m.1688.com/winport/<not a member id>``: ``missing-id`` saying it is a store's path.
4. Hosts under ``lzd.co`` (Lazada's own domain): ``not-alibaba-host`` saying so, never
   ``lookalike-host`` (``sg.s.alibaba.lzd.co`` was "imitates alibaba").
"""

from __future__ import annotations

import pytest

from _real_urls import table_tests
from ipprules.listings import parse_listing

IDLEFISH: list[tuple[str, str | None, str, str | None]] = [
    ("https://market.m.taobao.com/app/idleFish-F2e/fish-pc/web/detail.html?id=595237376060", None, 'not-a-listing', None),  # fix 1 (reason, suggestion); github-index:1353218772
    ("market.m.taobao.com/app/idleFish-F2e/fish-pc/web/detail.html?spm=a&id=595237376060", None, 'not-a-listing', None),  # fix 1
    ("https://market.m.taobao.com/app/idleFish-F2e/fish-pc/web/detail.html", None, 'not-a-listing', None),  # fix 1: no id
    ("https://market.m.taobao.com/app/idleFish-F2e/widle-taobao-rax/page-detail?id=595237376060", 'taobao', 'listing', '595237376060'),  # control (unchanged)
    ("https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=595237376060", 'taobao_or_tmall', 'listing', '595237376060'),  # control (unchanged)
]  # fmt: skip

COMMENTS: list[tuple[str, str | None, str, str | None]] = [
    ("        //tbopen://m.taobao.com/tbopen/index.html?h5Url=https%3A%2F%2Fuland.taobao.com%2Fcoupon%2Fedetail%3Fe%3D9nO3TO85rx", None, 'scheme-not-allowed', None),  # fix 2; github-index:15875691066, was not-alibaba-host
    ("//tbopen://m.taobao.com/tbopen/index.html?h5Url=x", None, 'scheme-not-allowed', None),  # fix 2
    ("//taobao://item.taobao.com/item.htm?id=606832683299", None, 'scheme-not-allowed', None),  # fix 2
    ("    // s.lazada.sg is another share bridge, not a destination.", None, 'missing-id', None),  # fix 2; github-index:68353284443, was not-a-url; urls54: a short-link host with no code (was short-link)
    ("// item.taobao.com/item.htm?id=606832683299", 'taobao', 'listing', '606832683299'),  # fix 2: was not-a-url
    ("//https://item.taobao.com/item.htm?id=606832683299", 'taobao', 'listing', '606832683299'),  # control (unchanged)
    ("http:// item.taobao.com/item.htm?id=606832683299", None, 'not-a-url', None),  # control: a scheme's slashes (unchanged)
    ("see/ item.taobao.com/item.htm?id=606832683299", None, 'not-a-url', None),  # control: a path's slash (unchanged)
]  # fmt: skip

UNSEEN: list[tuple[str, str | None, str, str | None]] = [
    ("https://item.m.taobao.com/item.htm?itemId=606832683299", None, 'not-a-listing', None),  # fix 3
    ("https://item.m.taobao.com/item.htm?id=606832683299", None, 'not-a-listing', None),  # fix 3
    ("https://item.m.taobao.com/item.htm?id=1&itemId=606832683299", None, 'not-a-listing', None),  # fix 3: two ids, nothing suggested
    ("https://pages.lazada.com.ph/products/pdp-i123456789-s456789012.html", None, 'not-a-listing', None),  # fix 3
    ("https://pages.lazada.sg/products/i2896336114.html", None, 'not-a-listing', None),  # fix 3
    ("https://pages.lazada.sg/wow/i/sg/LandingPage/x", None, 'not-a-listing', None),  # control: a campaign (unchanged)
    ("https://m.1688.com/winport/asyncsearch.json", None, 'missing-id', None),  # fix 3 (reason)
    ("https://m.1688.com/winport/{0}.html", None, 'not-a-url', None),  # fix 3 (reason); urls54: a brace template, not a link (was missing-id)
    ("https://m.1688.com/winport/b2b-2546450021uezz8.html", '1688', 'storefront', 'b2b-2546450021uezz8'),  # control (unchanged)
]  # fmt: skip

LZD: list[tuple[str, str | None, str, str | None]] = [
    ("https://sg.s.alibaba.lzd.co/original/x.jpg", None, 'not-alibaba-host', None),  # fix 4; github-index:13017896528, was lookalike-host
    ("https://godep.lzd.co/lazada/x", None, 'not-alibaba-host', None),  # fix 4 (reason)
    ("https://lzd.co/abc", None, 'not-alibaba-host', None),  # fix 4 (reason)
    ("https://alibaba.lzd.co.evil.example/x", None, 'lookalike-host', None),  # control: not under lzd.co
]  # fmt: skip

ALL = [*IDLEFISH, *COMMENTS, *UNSEEN, *LZD]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (IDLEFISH[0][0], "https://www.goofish.com/item?id=595237376060"),
        (UNSEEN[0][0], "https://item.taobao.com/item.htm?id=606832683299"),
        (UNSEEN[1][0], "https://item.taobao.com/item.htm?id=606832683299"),
        (UNSEEN[3][0], "https://www.lazada.com.ph/products/pdp-i123456789.html"),
        (UNSEEN[4][0], "https://www.lazada.sg/products/pdp-i2896336114.html"),
    ],
)
def test_unseen_item_form_says_so_and_suggests_the_link(text: str, suggestion: str) -> None:
    answer = parse_listing(text)
    assert answer.suggestion == suggestion
    assert "(unverified)" in answer.reason and "not a product listing" not in answer.reason


@pytest.mark.parametrize("text", [IDLEFISH[2][0], UNSEEN[2][0]])
def test_unseen_item_form_without_one_id_suggests_nothing(text: str) -> None:
    answer = parse_listing(text)
    assert answer.suggestion is None and "(unverified)" in answer.reason


@pytest.mark.parametrize("text", [UNSEEN[6][0]])  # urls54: UNSEEN[7] is a template
def test_winport_path_without_member_id_is_called_a_store_path(text: str) -> None:
    reason = parse_listing(text).reason
    assert "1688 store's mobile path" in reason and "is a listing page" not in reason


@pytest.mark.parametrize("text", [text for text, *_ in LZD[:3]])
def test_lzd_co_host_is_lazadas_own_domain(text: str) -> None:
    assert "lzd.co, Lazada's own domain" in parse_listing(text).reason
