"""Hostile hosts and hostile arguments (#12): whitespace, control characters and punycode in
or around a host are never accepted, the fast path and the thorough parser agree on inputs
built from hostile alphabets, and wrong argument types raise TypeError."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_listings_examples import ACCEPTED, REJECTED

from ipprules.listings import (
    Listing,
    Rejection,
    Summary,
    dedupe,
    duplicate_groups,
    parse_listing,
    parse_listings,
    summarize,
)
from ipprules.listings.parser import parse_slowly
from ipprules.listings.text import cut_url

# Whitespace and control characters a browser drops, stops at or maps (plus format characters).
SPACES = ["\t", "\n", "\r", " ", "\x0b", "\x0c", "\x00", "\x1f", "\x7f", "\x85", "\xa0",
          "\u1680", "\u2000", "\u2028", "\u2029", "\u3000", "\u200b", "\u200d", "\u00ad",
          "\ufeff", "\u202e"]  # fmt: skip
CJK_PUNCTUATION = [
    "，",
    "。",
    "！",
    "？",
    "、",
    "；",
    "：",
    "「",
    "」",
    "【",
    "】",
    "（",
    "）",
    "．",
    "｡",
]
HOSTS = [
    "item.taobao.com",
    "detail.tmall.com",
    "uniqlo.tmall.com",
    "shop1234567.taobao.com",
    "abc-def.tmall.hk",
    "nike.1688.com",
    "acme.en.alibaba.com",
    "es.aliexpress.com",
    "www.aliexpress.com",
    "www.lazada.sg",
    "www.goofish.com",
    "detail.1688.com",
    "m.tb.cn",
    "xn--80ak6aa92e.taobao.com",
    "xn--brand-abc.tmall.com",
    "shop.xn--p1ai.taobao.com",
    "t\u0430obao.com",
    "uniqlo.tmall.com.evil.cn",
    "attacker.example",
    "BRAND.TMALL.COM",
    "XN--BRAND.TMALL.COM",
]
TAILS = ["", "/", "/item.htm?id=606832683299", "/offer/585943639773.html",
         "/item/1005004878609097.html", "/products/pdp-i2896336114.html", "?id=606832683299",
         "@attacker.example/", ".evil.cn/", ":443/", "/index.htm", "#x"]  # fmt: skip
SCHEMES = ["https://", "http://", "//", "", "HTTPS://", "https:"]
PIECES = SPACES + CJK_PUNCTUATION + HOSTS + TAILS + SCHEMES
PIECES += ["xn--", ".", "@", "看看", "a", "...", "?1"]


@st.composite
def hostile_inputs(draw: st.DrawFn) -> str:
    """A URL around a marketplace host with hostile characters spliced in anywhere."""
    url = draw(st.sampled_from(SCHEMES)) + draw(st.sampled_from(HOSTS))
    url += draw(st.sampled_from(TAILS))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(url)))
        url = url[:at] + draw(st.sampled_from(PIECES)) + url[at:]
    return url


@settings(max_examples=1000, deadline=None)
@given(hostile_inputs())
@example("https://uniqlo.tmall.com\t@attacker.example/")
@example("https://xn--brand-abc.tmall.com/")
@example("https://uniqlo.tmall.com，看看")
@example("https://uniqlo.tmall.com?610651...\ufeff)")  # an invisible character after the dots
@example("item.taobao.com/item.htm?id=606832683299&x=1...\u200b")
def test_fast_path_agrees_with_thorough_parser_on_hostile_inputs(text: str) -> None:
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_fast_path_agrees_on_random_concatenations(text: str) -> None:
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(["https://", "http://", "//"]),
    st.sampled_from([h for h in HOSTS if h.isascii() and "xn--" not in h.lower()]),
    st.sampled_from(TAILS[:9]),
    st.sampled_from(SPACES),
    st.data(),
)
def test_whitespace_or_control_in_or_around_the_host_is_never_accepted(
    scheme: str, host: str, tail: str, space: str, data: st.DataObject
) -> None:
    """Spliced anywhere from the end of ``//`` to the end of the host (both ends included),
    a whitespace or control character makes the input unacceptable, whatever follows; only
    whitespace that ends the input joins nothing (it is trimmed, section 0 of the notes)."""
    at = data.draw(st.integers(0, len(host)))
    text = scheme + host[:at] + space + host[at:] + tail
    if at == len(host) and not tail and space.isspace():
        assert parse_listing(text) == parse_slowly(text)
        assert type(parse_listing(text)) is type(parse_listing(scheme + host)), repr(text)
        return
    assert not isinstance(parse_listing(text), Listing), repr(text)
    assert not isinstance(parse_slowly(text), Listing), repr(text)


LINKS = ["https://item.taobao.com/item.htm?id=606832683299", "https://detail.tmall.com/item.htm?id=612345678901",
         "https://www.aliexpress.com/item/1005004878609097.html", "//item.taobao.com/item.htm?id=622345678901",
         "https://www.lazada.sg/products/pdp-i2896336114.html", "https://www.goofish.com/item?id=632345678901",
         "https://detail.1688.com/offer/585943639773.html"]  # fmt: skip
ELSEWHERE = ["https://attacker.example", "https://attacker.example/item.htm?id=606832683299",
             "https://item.taobao.com.evil.cn/item.htm?id=4", "//evil.cn/offer/585943639773.html",
             "https://uniqlo.tmall.com@attacker.example/", "http://item.taobao.co/item.htm?id=5"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(LINKS),
    st.sampled_from(ELSEWHERE),
    st.sampled_from(["", "see ", "- ", "| 1 | "]),
    st.sampled_from(["", " ", ".", " |", ")"]),
)
def test_a_markdown_link_showing_a_listing_but_leading_elsewhere_is_not_that_listing(
    shown: str, target: str, before: str, after: str
) -> None:
    """``[https://item.taobao.com/…](https://attacker.example/…)`` shows a listing but links
    to another host: it is never read as the listing it shows (as ``[url](url)`` is)."""
    text = f"{before}[{shown}]({target}){after}"
    result = parse_listing(text)
    assert not isinstance(result, Listing) or parse_listing(shown) != parse_listing(
        result.canonical_url
    ), repr(text)
    assert parse_listing(text) == parse_slowly(text)
    same = parse_listing(f"{before}[{shown}]({shown}){after}")
    assert isinstance(same, Listing) and same.canonical_url == parse_listing(shown).canonical_url  # type: ignore[union-attr]


def test_the_reported_tab_trick_is_refused() -> None:
    for text in (
        "https://uniqlo.tmall.com\t@attacker.example/",
        "https://uniqlo.tmall.com\r\n@attacker.example/",
        "uniqlo.tmall.com\t@attacker.example",
        "https://uniqlo.tmall.com.\tattacker.example/",
        "//\tuniqlo.tmall.com",
    ):
        result = parse_listing(text)
        assert isinstance(result, Rejection), repr(text)
        assert result.code == "not-a-url"
        assert "whitespace or a control character" in result.message


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(["https://", "http://", "//", "", "HTTPS://"]),
    st.from_regex(r"[a-z0-9]{1,6}(?:-[a-z0-9]{1,4})?", fullmatch=True),
    st.sampled_from(["taobao.com", "tmall.com", "tmall.hk", "1688.com", "aliexpress.com",
                     "en.alibaba.com", "world.taobao.com", "m.tmall.com"]),
    st.integers(0, 2),
    st.sampled_from(TAILS[:5]),
)  # fmt: skip
def test_punycode_labels_are_never_accepted(
    scheme: str, label: str, domain: str, where: int, tail: str
) -> None:
    labels = [label, *domain.split(".")]
    labels[min(where, len(labels) - 2)] = "xn--" + labels[min(where, len(labels) - 2)]
    text = scheme + ".".join(labels) + tail
    if scheme.isupper():
        text = text.upper()
    for result in (parse_listing(text), parse_slowly(text)):
        assert not isinstance(result, Listing), text
    assert parse_listing(text) == parse_slowly(text)


@pytest.mark.parametrize("mark", CJK_PUNCTUATION)
@pytest.mark.parametrize(
    "host", ["uniqlo.tmall.com", "shop1234567.taobao.com", "nike.1688.com", "abc-def.tmall.hk"]
)
@pytest.mark.parametrize("scheme", ["https://", ""])
def test_chinese_punctuation_after_a_bare_store_host_is_split_off(
    scheme: str, host: str, mark: str
) -> None:
    for text in (scheme + host + mark, scheme + host + mark + "看看这家店"):
        result = parse_listing(text)
        if mark in "。．｡" and text.endswith("看看这家店"):
            # browsers read an ideographic full stop as a dot: the host goes on
            assert isinstance(result, Rejection)
            continue
        assert isinstance(result, Listing), (text, result)
        assert result.kind == "storefront"
        assert result.source == text
        assert result == parse_slowly(text)


def test_punctuation_that_could_continue_the_host_is_not_split_off() -> None:
    for text in (
        "https://uniqlo.tmall.com，@attacker.example/",
        "https://uniqlo.tmall.com，看看.attacker.example/",
        "https://uniqlo.tmall.com。attacker.example/",
        "https://uniqlo.tmall.com：@attacker.example/",
    ):
        assert cut_url(text) == text
        assert isinstance(parse_listing(text), Rejection), text


# --- arguments of the wrong type ----------------------------------------------------------

BAD = [None, 5, 1.5, b"https://item.taobao.com/item.htm?id=606832683299", ["x"], object()]


@pytest.mark.parametrize("value", BAD)
def test_parse_listing_refuses_non_strings_naming_the_parameter(value: object) -> None:
    with pytest.raises(TypeError, match=r"parse_listing\(\): text must be a str"):
        parse_listing(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str"):
        parse_slowly(value)  # type: ignore[arg-type]


def _run(function: Any, value: object) -> object:
    result = function(value)
    return result if isinstance(result, dict | Summary) else list(result)


@pytest.mark.parametrize("function", [parse_listings, dedupe, summarize, duplicate_groups])
@pytest.mark.parametrize("value", ["https://item.taobao.com/item.htm?id=1", b"x", 5, None])
def test_bulk_functions_refuse_a_string_or_a_non_iterable(function: Any, value: object) -> None:
    with pytest.raises(TypeError, match=function.__name__):
        _run(function, value)


@pytest.mark.parametrize("function", [dedupe, summarize, duplicate_groups])
@pytest.mark.parametrize(
    "items", [[(0, "x")], [("x",)], [(0, 1, 2)], [None], [[0, None]], [(0, None)], [1]]
)
def test_bulk_functions_refuse_items_that_are_not_results(function: Any, items: list[Any]) -> None:
    with pytest.raises(TypeError, match=r"must be a \(position, result\) pair"):
        _run(function, items)


def test_bulk_functions_take_plain_strings() -> None:
    texts = [text for text, *_ in ACCEPTED[:5]] + [text for text, _ in REJECTED[:5]]
    assert list(dedupe(texts)) == list(dedupe(parse_listings(texts)))
    assert summarize(texts) == summarize(parse_listings(texts))
    assert duplicate_groups(dedupe(texts * 2)) == duplicate_groups(
        dedupe(parse_listings(texts * 2))
    )
    assert list(dedupe(["x"])) == [(0, parse_listing("x"))]


def test_parse_listings_refuses_a_non_string_item_by_type() -> None:
    with pytest.raises(TypeError, match="text must be a str, got int"):
        list(parse_listings(["https://m.tb.cn/h.x", 5]))  # type: ignore[list-item]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*SPACES, "a", "/", '"', "'", "<", ">", "&", "é", "%"]),
                max_size=12).map("".join), st.integers(0, 14))  # fmt: skip
def test_the_end_of_an_embedded_url_is_found_as_by_the_character_loop(
    text: str, start: int
) -> None:
    from ipprules.listings.parser import _embed_patterns

    end = start
    while end < len(text) and text[end] not in " \"'<>&" and not text[end].isspace():
        end += 1
    assert max(start, _embed_patterns()[3].match(text, start).end()) == end  # type: ignore[union-attr]
