"""left12: small disagreements between the listing engines left by the realurls67 and
lookalike14 sweeps.

Each case is read by every engine (``parse_listing``, ``parse_slowly``, ``parse_listings``)
to the same answer, and ``extract_urls`` finds the link that answer reads.
"""

from __future__ import annotations

import pytest

from ipprules.listings import Listing, Rejection, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly


def _all(text: str) -> list[Listing | Rejection]:
    """The answers of the three parsing engines to ``text``."""
    ((_, bulk),) = list(parse_listings([text]))
    return [parse_listing(text), parse_slowly(text), bulk]


@pytest.mark.parametrize(
    "text", ["tel:6512345678", "TEL:6512345678", "sms:12345", "fax:1", "callto:0044"]
)
def test_hostless_scheme_with_digits_is_a_scheme_not_a_port(text: str) -> None:
    scheme = text.split(":", 1)[0]
    for got in _all(text):
        assert type(got) is Rejection
        assert got.code == "scheme-not-allowed", got
        assert f"{scheme}: links are not accepted" in got.reason
    assert extract_urls(text) == []


def test_host_and_port_still_read() -> None:
    text = "item.taobao.com:443/item.htm?id=606832681234"
    for got in _all(text):
        assert type(got) is Listing
        assert got.id == "606832681234"


@pytest.mark.parametrize(
    ("text", "link", "code"),
    [
        (
            "https://item.taobao.com/item.htm?id=60683268*＊*",
            "https://item.taobao.com/item.htm?id=60683268*＊*",
            "malformed-id",
        ),
        (
            "see item.taobao.com/item.htm?id=60683268*＊*.",
            "item.taobao.com/item.htm?id=60683268*＊*",
            "malformed-id",
        ),
        (
            "**see https://item.taobao.com/item.htm?id=60683268＊＊*",
            "https://item.taobao.com/item.htm?id=60683268＊＊*",
            "malformed-id",
        ),
        (
            "https://item.taobao.com/item.htm?id=60683268&id=＊*＊*",
            "https://item.taobao.com/item.htm?id=60683268&id=＊*＊*",
            "conflicting-ids",
        ),
    ],
)
def test_mixed_mask_kept_whole(text: str, link: str, code: str) -> None:
    for got in _all(text):
        assert type(got) is Rejection
        assert got.code == code, got
    assert extract_urls(text) == [link]
    found = parse_listing(link)
    assert type(found) is Rejection
    assert found.code == code


def test_ascii_mask_and_emphasis_unchanged() -> None:
    assert extract_urls("https://item.taobao.com/item.htm?id=60683268***") == [
        "https://item.taobao.com/item.htm?id=60683268***"
    ]
    text = "*see https://item.taobao.com/item.htm?id=60683268***"
    assert extract_urls(text) == ["https://item.taobao.com/item.htm?id=60683268"]
    for got in _all(text):
        assert type(got) is Listing
        assert got.id == "60683268"


_ITEM = "item.taobao.com/item.htm?id=606832681234"


@pytest.mark.parametrize(
    "head",
    ["a😀b", "a😀b😀", "a端b", "x😀y😀z", "a😀b~c", "see a😀b", "😀ab"],  # 😀ab: left16
)
def test_mixed_word_before_label_read_and_found(head: str) -> None:
    text = f"{head}链接：{_ITEM}"
    for got in _all(text):
        assert type(got) is Listing
        assert got.id == "606832681234"
    assert extract_urls(text) == [_ITEM]


@pytest.mark.parametrize(
    "head", ["a😀b.c", "a😀b｡c", "a😀b﹒c", "a😀b&quest;c", "a😀b&amp;period;c", "a😀b@c", "😀a.b"]
)
def test_mixed_word_with_a_host_mark_refused_and_not_found(head: str) -> None:
    text = f"{head}链接：{_ITEM}"
    for got in _all(text):
        assert type(got) is Rejection
    assert extract_urls(text) == []


@pytest.mark.parametrize(
    "text", ['"see uniqlo.tmall.com",', '"see uniqlo.tmall.com";', "x 'see uniqlo.tmall.com',"]
)
def test_quoted_phrase_ending_with_a_host_then_a_comma(text: str) -> None:
    for got in _all(text):
        assert type(got) is Listing
        assert got.id == "uniqlo"
    assert extract_urls(text) == ["uniqlo.tmall.com"]


@pytest.mark.parametrize(
    "text", ['"uniqlo.tmall.com",', "'s.lazada.vn',", 'x = ["a.taobao.com", "uniqlo.tmall.com",']
)
def test_host_alone_in_quotes_before_a_comma_stays_a_code_entry(text: str) -> None:
    for got in _all(text):
        assert type(got) is Rejection
        assert got.code == "not-a-url"
    assert extract_urls(text) == []
