"""lookalike16: hostile strings around a Markdown link's angle-bracket target and the new pages.

docs/listings.md: a Markdown link's target "is still where it leads, whatever it shows ... its
target in angle brackets or after spaces or a line end, ``](<https://evil.example/>)``,
``]( https://evil.example/ )``, as CommonMark reads it". A link whose text is a host alone
(``[https://uniqlo.tmall.com]( https://evil.example/)``, ``(< https://…>)``, ``(<\\nhttps://…>)``,
``(\\<https://…>)``) was read as the store it shows, in every engine, where the same link with a
path (``[https://uniqlo.tmall.com/](…)``, an item's link) led to its target: the ``](`` that
ends the token was cut as the end of a host in brackets (``[https://uniqlo.tmall.com]more``).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.columnar import parse_column
from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ITEM = "https://item.taobao.com/item.htm?id=600000000001"
STORE = "https://uniqlo.tmall.com"
SHOP = "https://shop123456789.taobao.com"
EVIL = "https://evil.example/"
LOOK = "https://item.taobao.com.evil.cn/item.htm?id=600000000001"
SHARE = "https://pages-fast.m.taobao.com/wow/share"

# what a host alone's link text may be followed by when its target comes after white space
_GAPS = ["( ", "(\n", "(\r\n", "(\r", "(\t", "(< ", "(<\n", "(<\r\n", "(<\t", "(  <", "( \n "]


def _read(text: str) -> dict[str, object]:
    """The reading of ``text``, the same in every engine."""
    read = parse_listing(text).as_dict()
    assert parse_slowly(text).as_dict() == read, text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read, text
    return read


@pytest.mark.parametrize("shown", [STORE, SHOP, "https://www.taobao.com"])
@pytest.mark.parametrize("gap", _GAPS)
@pytest.mark.parametrize(("target", "code"), [(EVIL, "not-alibaba-host"), (LOOK, "lookalike-host")])
def test_a_host_shown_leads_where_its_target_after_white_space_does(
    shown: str, gap: str, target: str, code: str
) -> None:
    closing = ">)" if "<" in gap else ")"
    text = f"[{shown}]{gap}{target}{closing}"
    read = _read(text)
    assert read["ok"] is False and read["code"] == code, (text, read)
    assert read["suggestion"] is None, (text, read)
    assert extract_urls(text) == [target], text


@pytest.mark.parametrize("gap", _GAPS)
def test_a_host_shown_reads_a_listing_target_after_white_space(gap: str) -> None:
    closing = ">)" if "<" in gap else ")"
    for target, identity in (
        (ITEM, "taobao-item:600000000001"),
        (STORE + "/", "tmall-store:uniqlo"),
    ):
        text = f"[{SHOP}]{gap}{target}{closing}"
        read = _read(text)
        assert read["identity"] == identity, (text, read)


@pytest.mark.parametrize("shown", [STORE, SHOP, ITEM])
@pytest.mark.parametrize(
    "tail", ["( #top)", "( x)", "(", "(<", "( )", "(\n)", "(\\<x>)", f"(\\<{EVIL}>)"]
)
def test_a_link_shown_over_a_target_that_is_no_link_is_no_listing(shown: str, tail: str) -> None:
    # the same reading whether the link shown has a path or not: a relative target leads on
    # the page's own host, never to the link shown
    text = f"[{shown}]{tail}"
    read = _read(text)
    assert read["ok"] is False and read["code"] == "not-a-url", (text, read)


@pytest.mark.parametrize("shown", [STORE, ITEM, SHOP, f"{SHARE}?shareDetailItemId=600000000001"])
@pytest.mark.parametrize(
    "target",
    [
        f"(<{EVIL}>)",
        f"(<{EVIL}> 't')",
        f"(<{EVIL}> (t))",
        f'(<{EVIL}> "t")',
        f"(<{EVIL}",
        f"(<{EVIL} x>)",
        f"(<{EVIL}\n>)",
        f"(<{EVIL}\r>)",
        f"(<{LOOK}>)",
        f"(<{LOOK}",
        f"( {LOOK} )",
    ],
)
def test_an_angled_target_elsewhere_is_never_the_link_shown(shown: str, target: str) -> None:
    for text in (f"[{shown}]{target}", f"[![alt](https://img.alicdn.com/x.jpg)]{target}"):
        read = _read(text)
        assert read["ok"] is False and read["suggestion"] is None, (text, read)
        assert read["code"] in ("not-alibaba-host", "lookalike-host"), (text, read)


@pytest.mark.parametrize("shown", [STORE, ITEM, EVIL])
@pytest.mark.parametrize("target", ["(<<{0}>>)", "(＜{0}＞)", "(\\<{0}>)", "(<{0}\\>)", "(<<{0}>)"])
def test_a_target_no_browser_opens_as_written_is_no_listing_of_another(
    shown: str, target: str
) -> None:
    # nested, escaped or full-width brackets: CommonMark reads no link to the marketplace
    # other than the one shown, so no listing but the one shown may come out of it
    for inner in (ITEM, STORE + "/", LOOK):
        text = f"[{shown}]{target.format(inner)}"
        read = _read(text)
        if read["ok"]:
            assert read["identity"] in ("taobao-item:600000000001", "tmall-store:uniqlo"), text
            assert shown != EVIL, (text, read)


@pytest.mark.parametrize(
    "query",
    [
        "shareDetailItemId=600000000001&shareDetailItemId=600000000002",
        "shareDetailItemId=6000***0001",
        "shareDetailItemId=***",
        "shareDetailItemId=6.00000000001e11",
        "shareDetailItemId=600000000001.0",
        "shareDetailItemId=-600000000001",
        "shareDetailItemId=",
        "shareDetailItemId=600000000001x",
        "x=1#shareDetailItemId=600000000001",
    ],
)
def test_a_share_page_without_one_clear_item_suggests_none(query: str) -> None:
    for text in (f"{SHARE}?{query}", f"{SHARE}/?{query}"):
        read = _read(text)
        assert read["ok"] is False and read["code"] == "not-a-listing", (text, read)
        assert read["suggestion"] is None, (text, read)


@pytest.mark.parametrize(
    "host",
    [
        "pages-fast.m.taobao.com.evil.cn",
        "pages-fast.m.taobao.com@evil.cn",
        "pages-fast.m.taobao.co",
        "evil.cn/pages-fast.m.taobao.com",
        "item.ny.taobao.com.evil.cn",
    ],
)
def test_a_lookalike_of_the_new_pages_suggests_nothing(host: str) -> None:
    for path in ("/wow/share?shareDetailItemId=600000000001", "/item.htm?id=600000000001"):
        read = _read(f"https://{host}{path}")
        assert read["ok"] is False and read["suggestion"] is None, (host, read)
        assert read["code"] in ("lookalike-host", "not-alibaba-host"), (host, read)


@settings(max_examples=25, deadline=None)
@given(
    shown=st.sampled_from([STORE, SHOP, ITEM]),
    gap=st.sampled_from(_GAPS),
    label=st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
    tld=st.sampled_from(["cn", "example", "com"]),
)
def test_any_other_host_after_white_space_is_where_the_link_leads(
    shown: str, gap: str, label: str, tld: str
) -> None:
    text = f"[{shown}]{gap}https://{label}.{tld}/x{'>)' if '<' in gap else ')'}"
    read = parse_listing(text)
    assert not isinstance(read, Listing) and read.suggestion is None, (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text


def test_long_runs_of_each_shape_stay_linear() -> None:
    shapes = [
        f"[{STORE}](< {EVIL}>) ",
        f"[{STORE}](<\n{EVIL}>) ",
        f"[{ITEM}](<<{EVIL}>>) ",
        f"[{STORE}](＜{EVIL}＞) ",
        f"{SHARE}?shareDetailItemId=1&shareDetailItemId=2 ",
        f"[{STORE}](<" * 5 + " ",  # unclosed, nested
        "[a.b](<" * 7,
    ]
    for shape in shapes:
        small = shape * (10_000 // len(shape))
        big = shape * (100_000 // len(shape))
        small_time = 1.0
        for _ in range(2):  # the shorter of two runs: the first pays for warm caches
            started = time.perf_counter()
            extract_urls(small)
            small_time = min(small_time, time.perf_counter() - started)
        started = time.perf_counter()
        extract_urls(big)
        big_time = time.perf_counter() - started
        # 10 times the text: a linear scan takes ~10 times as long (up to ~40 here, as the
        # longer text's brackets are looked up, not scanned), a quadratic one 100
        assert big_time < 60 * small_time + 0.05, (shape, small_time, big_time)


def test_the_columnar_engine_reads_every_shape_as_parse_listing_does() -> None:
    texts = [
        f"[{shown}]{gap}{EVIL}{'>)' if '<' in gap else ')'}"
        for shown in (STORE, SHOP)
        for gap in _GAPS
    ]
    texts += [
        f"[{STORE}]{tail}" for tail in ("( #top)", "(", "(\\<x>)", f"(<{LOOK}>)", f"(<<{ITEM}>>)")
    ]
    texts += [f"{SHARE}?shareDetailItemId=6000***0001", f"{SHARE}?shareDetailItemId=600000000001"]
    rows = parse_column(texts).to_pylist()
    for text, row in zip(texts, rows, strict=True):
        read = parse_listing(text).as_dict()
        assert {key: row[key] for key in read if key in row} == {
            key: value for key, value in read.items() if key in row
        }, text
        assert row["ok"] is False, (text, row)  # none is a listing, the share page neither


@pytest.mark.parametrize(
    ("lt", "gt"),
    [("&lt;", "&gt;"), ("&#60;", "&#62;"), ("&#x3C;", "&#x3E;"), ("&#060;", "&#x3e;")],
)
@pytest.mark.parametrize("shown", [STORE, SHOP, ITEM])
def test_brackets_written_as_entities_by_name_or_number_read_alike(
    lt: str, gt: str, shown: str
) -> None:
    # the page renders &#60; as it renders &lt;: the store shown was read for the numbers
    read = _read(f"[{shown}]({lt}{EVIL}{gt})")
    assert read["ok"] is False and read["code"] == "not-alibaba-host", (lt, shown, read)
    assert _read(f"[{shown}]({lt}{ITEM}{gt})")["identity"] == "taobao-item:600000000001"
    row = parse_column([f"[{shown}]({lt}{EVIL}{gt})"]).to_pylist()[0]
    assert row["ok"] is False and row["code"] == "not-alibaba-host", (lt, shown, row)


@pytest.mark.parametrize("shown", [STORE, SHOP, "https://www.taobao.com"])
@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("(<//evil.cn>)", "not-alibaba-host"),
        ("(//evil.cn)", "not-alibaba-host"),
        ("(//evil.cn/x)", "not-alibaba-host"),
        ("(<//uniqlo.tmall.com.evil.cn/>)", "lookalike-host"),
        ("(x)", "not-a-url"),
        ("(#top)", "not-a-url"),
    ],
)
def test_a_host_shown_leads_to_a_target_glued_to_its_brackets(
    shown: str, target: str, code: str
) -> None:
    # the docs' "(#top), (x) ... still where it leads"; a protocol-relative target is the host
    # a browser opens: the host shown was read, as with no target at all
    text = f"[{shown}]{target}"
    read = _read(text)
    assert read["ok"] is False and read["code"] == code, (text, read)
    assert read["suggestion"] is None, (text, read)
    assert _read(f"[{shown}/]{target}")["code"] == code, (text, "with a path")


@pytest.mark.parametrize("shown", [STORE, ITEM])
@pytest.mark.parametrize("space", [" ", "\t", "  "])
def test_a_definitions_angled_target_after_white_space_is_where_the_link_leads(
    shown: str, space: str
) -> None:
    # CommonMark's <…> holds spaces: "[1]: < https://evil.cn>" leads to evil.cn
    text = f"[{shown}][1]\n\n[1]: <{space}https://evil.cn>"
    read = _read(text)
    assert read["ok"] is False and read["code"] == "not-alibaba-host", (text, read)
    assert _read(f"[{shown}][1]\n\n[1]: <{space}{ITEM}>")["identity"] == "taobao-item:600000000001"
