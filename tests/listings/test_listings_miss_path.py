"""The miss path's shortcuts (issue #14) give what the code they replace gave.

Each shortcut is checked against the code it replaced, kept here as the reference: a token's
end found by one search instead of a character loop, a host's all-storefront verdict cached
with its routes, and a candidate's marketplace host tested by one ``endswith``."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.listings import parse_listing
from ipprules.listings.hosts import MARKETPLACE_DOMAINS
from ipprules.listings.parser import (
    _AUTHORITY,
    _CUT_MARKS,
    _SPACE,
    _STOPS,
    _TRAILING_MARKS,
    _routed,
    _slow,
    _token,
)
from ipprules.listings.text import _linked

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# hostile alphabets: URL characters, every kind of white space, full-width punctuation, format
# characters, CJK text and the marks a token is trimmed of
_ALPHABET = st.sampled_from(
    list("htps:/.?&=#%-_~abcXYZ019,;'\"<>`[|()@") + list(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85")
    + list("\xa0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\u200b\u200e\u202e\ufeff")
    + list("淘宝好看，。！？、；：「」（）\u2026９")
)  # fmt: skip
texts = st.text(_ALPHABET, max_size=40)


def _token_reference(text: str, candidate: str, at: int, *, glued: bool = False) -> str | None:
    """``_token`` as it was before the shortcut: the token's end found character by
    character, no early answer."""
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[at:end]
    if glued:
        for i in range(len(candidate) + 1, len(token)):
            if token[i] in _CUT_MARKS:
                token = token[:i]
                break
    while token and (token[-1] in _TRAILING_MARKS or unicodedata.category(token[-1]) == "Cf"):
        token = token[:-1]
    authority = _AUTHORITY.match(candidate)
    host_end = authority.end() if authority is not None else 0
    if (
        len(token) <= len(candidate)
        or not token.startswith(candidate)
        or len(candidate) <= host_end
        or token[len(candidate)] in _STOPS
        or token.isascii()
    ):
        return None
    return token


def test_space_is_what_isspace_is_for_every_code_point() -> None:
    """``\\s`` (the token's end) and ``str.isspace`` agree on every character."""
    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if (_SPACE(chr(code)) is not None) != chr(code).isspace()
    ]
    assert differ == []


@SETTINGS
@given(texts, texts, texts, st.booleans())
@example("看 ", "https://m.tb.cn/h.x", " 打开淘宝", False)
@example("", "https://a.b/p", "淘宝。", True)
@example("", "https://a.b/p", "\u3000x", False)
@example("x ", "https://a.b/p?q=1", "好，看", True)
def test_token_is_the_reference(before: str, candidate: str, after: str, glued: bool) -> None:
    text = before + candidate + after
    at = len(before)
    assert _token(text, candidate, at, glued=glued) == _token_reference(
        text, candidate, at, glued=glued
    )


@SETTINGS
@given(texts, texts, texts)
@example("看 ", "https://item.taobao.com/item.htm?id=606832683299", ",淘宝 好")
@example("", "https://www.lazada.sg/products/foo.html", ",bar-i123456-s2.html 看")
def test_share_text_parse_is_stable(before: str, candidate: str, after: str) -> None:
    """The share-text path answers as it answers on the same text again (the caches)."""
    text = before + candidate + after
    assert parse_listing(text) == parse_listing(text)


def _linked_reference(url: str) -> bool:
    head = url[:8].lower()
    if head.startswith(("http://", "https://", "//")):
        return True
    host = url.split("/", 1)[0].split("?", 1)[0].lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in MARKETPLACE_DOMAINS)


_HOSTS = st.sampled_from(
    [*MARKETPLACE_DOMAINS, "evil.example", "xtaobao.com", "taobao.com.cn", "TMALL.COM."]
)


@SETTINGS
@given(st.text(st.sampled_from(list("abc.-/?:XY")), max_size=12), _HOSTS, texts)
def test_linked_is_the_reference(label: str, domain: str, tail: str) -> None:
    for url in (label + domain + tail, label + "." + domain + "/" + tail, domain, label):
        assert _linked(url) == _linked_reference(url)


def test_routes_name_their_storefront_hosts() -> None:
    """A host's cached verdict "every form a storefront" is the verdict on its routes, for the
    hosts of every form's domain (a store's own host, a listing host, an unknown label)."""
    hosts = ["someshop.taobao.com", "shop123.taobao.com", "item.taobao.com", "uniqlo.tmall.com",
             "detail.tmall.com", "shop1.1688.com", "detail.1688.com", "nosuch.aliexpress.com",
             "www.aliexpress.com", "acme.en.alibaba.com", "www.lazada.sg", "www.goofish.com",
             "world.tmall.com", "m.es.aliexpress.com"]  # fmt: skip
    checked = 0
    for domain in _slow().by_domain:
        for host in [h for h in hosts if h.endswith("." + domain)] + ["x." + domain]:
            routes, stores = _routed(host, domain)
            reference = []
            for form, host_rx, path_rx in _slow().by_domain[domain]:
                match = host_rx.fullmatch(host)
                if match is not None:
                    groups = {k: v for k, v in match.groupdict().items() if v is not None}
                    reference.append((form, groups, path_rx))
            assert routes == tuple(reference)
            assert stores == (bool(routes) and all(f.kind == "storefront" for f, _, _ in routes))
            checked += 1
    assert checked > len(hosts)
    assert _routed("someshop.taobao.com", "taobao.com")[1] is True
    assert _routed("item.taobao.com", "taobao.com")[1] is False
