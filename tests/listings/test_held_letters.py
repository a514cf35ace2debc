"""Links holding letters of another script in a slug, a query value or a fragment (a browser's
address bar shows them decoded: Lazada VN/TH/ID slugs, a Chinese ``title=`` on Taobao, a
Cyrillic slug) take the fast path, read with each such letter held by an ASCII stand-in
(``parser._held_listing``), where they went through the thorough parser at 10-30x the cost of
their ASCII twin. The answer stays the thorough parser's: letters in the host (look-alikes,
IDN), digits of other scripts in an id (``malformed-id``), full-width punctuation or spaces
ending a link, text glued on: all still go the thorough way."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_listings_properties import listing_urls

from ipprules.listings import Listing, parse_listing
from ipprules.listings import parser as P
from ipprules.listings.parser import parse_slowly

#: Letters the fast path holds (Vietnamese, Thai with its marks, Chinese, Cyrillic, Indonesian
#: has none: an accented Latin letter, a combining mark after an ASCII one) and characters it
#: must not (a Cyrillic look-alike ``а`` is a letter too: held in a slug, never in a host),
#: digits of other scripts, full-width letters and dots, punctuation, spaces, format and
#: emoji characters, a Kelvin sign that lower-cases to ASCII, a lone surrogate.
PIECES = [
    "không-dây", "ô", "e\u0302", "เสื้อ", "ดูเลย", "中文", "链接", "наушники", "а", "é",
    "１２", "٣", "٢٦", "．", "。", "，", "）", "【", "\u3000", "\u200b", "\u202e", "\ufeff",
    "\u212a", "ｉｔｅｍ", "😀", "\ud800", "ß", "İ", "ǆ", "\u3164",
    "...看", "。。。看", ".中", ")中", ",中", ":中", "*中", "~中", "%中", "#中", "?中", "!中", "+ô",
]  # fmt: skip

#: Real link forms of every marketplace, a slug or a query value where the site has one.
LINKS = [
    "https://www.lazada.vn/products/tai-nghe-khong-day-i2638225238.html",
    "https://www.lazada.co.th/products/pdp-i4212266679-s16620513436.html?spm=a2o4m",
    "https://www.lazada.co.id/products/sepatu-i160040420-s180994512.html#x",
    "https://www.lazada.sg/shop/abc-store/",
    "https://item.taobao.com/item.htm?id=123456789012&title=x",
    "https://detail.tmall.com/item.htm?spm=a1z10&id=606832683299&skuId=1",
    "https://a.m.taobao.com/i606832683299.htm?title=x",
    "https://shop137594360.taobao.com/?user_number_id=2657188013",
    "https://uniqlo.tmall.com/shop/view_shop.htm?q=x",
    "https://detail.1688.com/offer/585943639773.html?spm=a261p",
    "https://www.alibaba.com/product-detail/Wireless-Earbuds_1600123456789.html?s=p",
    "https://www.aliexpress.com/item/1005004567890123.html?gatewayAdapt=glo2rus",
    "https://aliexpress.ru/item/1005004567890123.html?sku_id=12000029",
    "https://www.goofish.com/item?id=712345678901&categoryId=x",
    "https://www.aliexpress.com/store/1101234567",
]


def _agree(text: str) -> None:
    assert parse_listing(text) == parse_slowly(text), text


@pytest.mark.no_cover
@pytest.mark.parametrize("link", LINKS)
def test_every_piece_at_every_position_answers_as_the_thorough_parser(link: str) -> None:
    """Each piece at each position of each link that can matter (host, path, id, query, end):
    exhaustive over a small grid, where a sampled test would miss the one position that
    matters; a position deep inside a run of letters or digits reads as its neighbours do."""
    for piece in PIECES:
        for at in _positions(link):
            _agree(link[:at] + piece + link[at:])


def _kind(char: str) -> str:
    return "a" if char.isalpha() else "0" if char.isdigit() else char


def _positions(link: str) -> list[int]:
    """The positions of ``link`` within two characters of its ends or of a change of kind
    (letters, digits, each punctuation mark its own kind)."""
    edges = {0, len(link)} | {
        at for at in range(1, len(link)) if _kind(link[at - 1]) != _kind(link[at])
    }
    return [at for at in range(len(link) + 1) if any(abs(at - e) <= 2 for e in edges)]


def test_the_grid_keeps_every_position_next_to_a_delimiter() -> None:
    link = "https://item.taobao.com/item.htm?id=123456789012&title=x"
    kept = _positions(link)
    assert len(kept) < len(link) + 1
    for at, char in enumerate(link):
        if not char.isalnum():
            assert {at, at + 1} <= set(kept), (at, char)
    assert link.index("56789") + 2 not in kept  # deep inside the id


@settings(max_examples=50, deadline=None, derandomize=True)
@given(
    listing_urls(), st.lists(st.tuples(st.sampled_from(PIECES), st.integers(0, 300)), max_size=3)
)
@example("https://item.taobao.com/item.htm?id=1&t=x", [("中", 40), ("https://m.tb.cn/h.x", 41)])
@example("https://item.taobao.com/item.htm?id=123456789&t=x", [("中文", 300)])
def test_generated_links_with_other_scripts_answer_as_the_thorough_parser(
    url: str, pieces: list[tuple[str, int]]
) -> None:
    for piece, at in pieces:
        url = url[:at] + piece + url[at:]
    _agree(url)


@pytest.mark.parametrize(
    ("text", "id"),
    [
        ("https://www.lazada.vn/products/tai-nghe-không-dây-i2638225238.html", "2638225238"),
        ("https://www.lazada.co.th/products/เสื้อ-i4212266679.html", "4212266679"),
        ("https://item.taobao.com/item.htm?id=123456789012&title=中文", "123456789012"),
        ("https://aliexpress.ru/item/1005004567890123.html?title=наушники", "1005004567890123"),
        ("https://shop137594360.taobao.com/?q=中文", "137594360"),
    ],
)
def test_other_scripts_in_a_slug_or_value_take_the_fast_path(
    text: str, id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read without the thorough parser (each of its entries refuses here)."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the thorough parser was asked")

    monkeypatch.setattr(P, "_parse_text", refused)
    monkeypatch.setattr(P, "_parse_clean", refused)
    got = parse_listing(text)
    assert type(got) is Listing and got.id == id and got.source == text


@pytest.mark.parametrize(
    "text",
    [
        "https://www.lazada.vn/products/x-i２638225238.html",  # a full-width digit in the id
        "https://www.lazada.vn/products/x-i٢٦38225238.html",  # Arabic-Indic digits
        "https://item.taobao.com/item.htm?id=12345678901２",
        "https://item.tаobao.com/item.htm?id=123456789012&title=中文",  # a Cyrillic а
        "https://item.taobao．com/item.htm?id=123456789012&title=中文",  # a full-width dot
        "https://www.lazada.vn/products/x-i2638225238.html，谢谢",
    ],
)
def test_hosts_and_ids_in_other_scripts_keep_their_answers(text: str) -> None:
    held = text.translate(P._HELD)
    assert not held.isascii() or not text[: text.find("/", 8)].isascii()
    _agree(text)
