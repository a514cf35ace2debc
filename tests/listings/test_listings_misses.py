"""The cheap paths for misses give exactly the thorough parser's answer.

``_known_miss`` answers clean URLs on hosts that are not marketplace hosts from a cache keyed by
scheme and host; ``_suggest`` asks the quick paths first. Both are checked against
``parse_slowly`` (the thorough parser alone) over hostile alphabets and the example corpus,
with every key seen often enough to be learnt.
"""

from __future__ import annotations

import inspect
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _scripts import load
from ipprules.listings import Listing, parse_listing
from ipprules.listings.hosts import AGENT_DOMAINS
from ipprules.listings.parser import (
    _MISSES,
    _MISSES_MAX,
    _init,
    _known_miss,
    _parse_clean,
    _suggest,
    parse_slowly,
)

EXAMPLES = load("tests/listings/test_listings_examples.py")
BENCH = load("benchmarks/listings.py")

HOSTS = [
    "aliexpress.co", "notlazada.sg", "lazada.evil.com", "1688.com.cn", "t\u0430obao.com",
    "aIiexpress.com", "taobao.com@evil.cn", "item.taobao.com.evil.cn", "item-taobao.com",
    "l688.com", "lazada.co.uk", "detail.tmall.com.shop-now.top", "xn--taobao-9ua.com",
    "xn--80ak6aa92e.com", "www.google.com", "example.com", "t.co", "localhost", "p", "s",
    "https", "a..b.com", "x-.com", "0.0.0.0", "127.0.0.1:8080", "evil.com.", "taobao.com.",
    "item.taobao.com.", "www.taobao.com", "s.taobao.com", "m.tb.cn", "tb.cn.evil.com",
    "WWW.GOOGLE.COM", "Example.Com", "e\u0301xample.com", "exa%6dple.com", "[::1]",
    "cart.taobao.com", "list.tmall.com", "s.1688.com", "www.lazada.sg", "login.taobao.com",
    "star.aliexpress.com", "www.alibaba.com", "m.alibaba.com", "lazada.com", "www.lazada.com",
    "item.taobao.com", "detail.1688.com", "www.aliexpress.com", "abc.m.tmall.com",
    "s" * 250 + ".taobao.com", "x" * 250 + ".example.com", *sorted(AGENT_DOMAINS), *(f"www.{d}" for d in sorted(AGENT_DOMAINS)[:3]),
]  # fmt: skip
SCHEMES = ["https://", "http://", "//", "", "HTTPS://", "https:", "ftp://", " https://"]
PIECES = ["/", "item.htm", "?", "id=", "606832683299", "&", "#", "x", "%2F", "%3A", "%2f",
          "https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299", "taobao", "TMALL",
          "1688", "tb.cn", "url=https://detail.1688.com/offer/585943639773.html",
          "shop_type=taobao&id=606832683299", "/item-606832683299.html", " ", "\t", "\n",
          "\x00", "\x7f", "\u200b", "\u3000", "\u00e9", "\u0430", "\\", "@", ":", ".", "~",
          "%", "%zz", "xn--", "A", "\u212a", "...", "...)", "\u3002\u3002\u3002", ")",
          "12...", "...\n", "&nbsp;", "&#038;", ",https://", ",//", "...1"]  # fmt: skip


@st.composite
def miss_urls(draw: st.DrawFn) -> str:
    """URLs on foreign, lookalike, agent and marketplace hosts, with hostile rests."""
    scheme = draw(st.sampled_from(SCHEMES))
    host = draw(st.sampled_from(HOSTS))
    if draw(st.booleans()) and draw(st.booleans()):
        host = draw(st.sampled_from([host.upper(), host + ".", host + "\u3002", "x" + host]))
    rest = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=8)))
    if draw(st.booleans()):
        rest = "/" + rest
    return scheme + host + rest


def _agrees(url: str) -> None:
    expected = parse_slowly(url)
    for _ in range(3):  # a key is learnt on its second sighting, used from the third
        assert parse_listing(url) == expected, url
    if len(url) > 8192:
        return
    end = url.find("/", 8)
    end = len(url) if end < 0 else end
    for _ in range(3):
        quick = _known_miss(url, url[:end], end)
        if quick is not None:
            assert quick == expected, url
            assert quick == _parse_clean(url), url


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(miss_urls())
@example("https://aliexpress.co/item.htm?id=606832683299")
@example(
    "https://aliexpress.co/item.htm?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1234567"
)
@example("https://www.google.com/url?q=https://item.taobao.com/item.htm?id=606832683299")
@example("https://www.google.com/search?q=tmall")
@example("https://evil.com./x")
@example("https://taobao.com./x")
@example("localhost/x")
@example("https://p/s/taobao")
@example("https://cnfans.com/product/?shop_type=taobao&id=606832683299")
@example("cnfans.com/product/?shop_type=taobao&id=606832683299")
@example("https://www.example.com/x y")
@example("https://www.example.com/x#\u00e9")
@example("https://s.taobao.com/search?q=x")
@example("https://www.alibaba.com/x/abc")
@example("https://star.aliexpress.com/share?redirectUrl=https%3A%2F%2Fitem.taobao.com")
@example("https://detail.xn--tmall.com/item.htm?id=6901234...)")  # cut short on a foreign host
@example("https://example.com/item.htm?id=6901234...")
@example("localhost/1688...")  # cut short, and a dotless host: cut short is said first
@example("p/606832683299...)")
@example("x" * 250 + ".example.com/item.htm?id=6901234...")  # cut short, host too long
@example("s.taobao.com/x&nbsp;.html")  # an HTML entity: the thorough parser renders it
@example("fansbuy.com/1&#038;2,https://x")  # rendered, a link glued after a comma
@example("//aliexpress.ru/.html,https://x")  # a link glued after a comma: read apart
@example("//acbuy.com/,https://12....")
@example("https://example.com606832683299.../")  # the key alone is cut short, the URL not
@example("https://www.google.com//606832683299...1")  # a digit after the dots: not cut short
def test_known_misses_agree_with_the_thorough_parser(url: str) -> None:
    _init()
    _agrees(url)


@pytest.mark.no_cover
def test_known_misses_on_the_example_corpus_and_benchmark_mixes() -> None:
    _init()
    corpus = [row[0] for row in EXAMPLES.ACCEPTED] + [row[0] for row in EXAMPLES.REJECTED]
    corpus += [text.upper() for text in corpus] + [text + " " for text in corpus]
    corpus += BENCH.build(3000, 5, "crawl") + BENCH.build(3000, 6, "pasted")
    for url in corpus:
        _agrees(url)


@pytest.mark.no_cover
def test_known_misses_are_used_and_bounded() -> None:
    """Not dead code: a repeated foreign host is answered from the cache, and the cache stays
    within its bound on a stream of distinct hosts."""
    _init()
    url = "https://www.example.org/page?ref=abc"
    for _ in range(2):
        parse_listing(url)
    quick = _known_miss(url, "https://www.example.org", len("https://www.example.org"))
    assert quick is not None and quick == parse_slowly(url)
    assert quick.code == "not-alibaba-host"
    # a mention of a marketplace after the host sends the URL to the thorough parser
    mention = "https://www.example.org/page?u=https%3A%2F%2Fitem.taobao.com%2Fitem.htm"
    assert _known_miss(mention, "https://www.example.org", 23) is None
    # a marketplace host with no listing form: not-a-listing, read from the host and the path
    search = "https://s.taobao.com/search?q=shoes#top"
    for _ in range(2):
        parse_listing(search)
    quick = _known_miss(search, "https://s.taobao.com", len("https://s.taobao.com"))
    assert quick is not None and quick == parse_slowly(search)
    assert quick.code == "not-a-listing" and "s.taobao.com/search " in quick.message
    for n in range(_MISSES_MAX + 10):
        parse_listing(f"https://host{n}.example/")
    assert 0 < len(_MISSES) <= _MISSES_MAX


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(EXAMPLES.ACCEPTED + EXAMPLES.REJECTED), st.sampled_from(["", " ", "x"]))
@example(("https://item.taobao.com/item.htm?id=606832683299&x=12...",), "")  # cut short
def test_suggestions_are_the_thorough_ones(row: tuple[str, ...], tail: str) -> None:
    """What an embedded URL suggests is the canonical URL of the thorough parser's listing."""
    target = row[0] + tail
    expected = parse_slowly(target)
    want = expected.canonical_url if isinstance(expected, Listing) else None
    assert _suggest(target, 0) == want


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u200b./:ab1-【】「」¥@#?%")
        ),
        max_size=40,
    )
)
def test_url_tokens_are_the_whitespace_tokens_with_a_dot_or_a_slash(text: str) -> None:
    """The token pattern of the URL finder skips exactly the tokens no URL can come from."""
    from ipprules.listings.text import _patterns

    want = [
        (m.group(), m.start())
        for m in re.finditer(r"\S+", text)
        if "." in m.group() or "/" in m.group()
    ]
    assert [(m.group(), m.start()) for m in _patterns()[0].finditer(text)] == want


def _may_match_a_space(items: object) -> bool:
    """Whether a parsed regular expression (``re._parser``) can match a space anywhere."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:  # type: ignore[attr-defined]
        if op in (c.ANY, c.NOT_LITERAL, c.NEGATE, c.CATEGORY) or (op is c.LITERAL and av == 32):
            return True
        if op is c.RANGE and av[0] <= 32 <= av[1]:
            return True
        if op is c.IN and _may_match_a_space(av):
            return True
        if op is c.BRANCH and any(_may_match_a_space(branch) for branch in av[1]):
            return True
        if op is c.ATOMIC_GROUP and _may_match_a_space(av):
            return True
        repeat = (c.SUBPATTERN, c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
        if op in repeat and _may_match_a_space(av[-1]):
            return True
    return False  # what is left consumes nothing (assertions) or only what was checked


def test_no_quick_pattern_matches_a_space() -> None:
    """Why parse_listing may send a text whose key holds a space straight to the thorough
    parser: no pattern of the quick paths (the fast tables, short links, clean URLs) can match
    one. The check itself is checked on patterns that can."""
    from re import _parser  # type: ignore[attr-defined]

    from ipprules.listings.fast import fast_tables
    from ipprules.listings.parser import _slow

    by_key, by_suffix, short = fast_tables()
    matchers = [entry[0] for entry in (*by_key.values(), *by_suffix.values(), *short.values())]
    # a short link that may name its target wraps the clean-rest check (inspect.unwrap)
    patterns = {inspect.unwrap(m).__self__.pattern for m in matchers} | {_slow().clean.pattern}  # type: ignore[attr-defined]
    assert len(patterns) > 10
    for pattern in patterns:
        assert not _may_match_a_space(_parser.parse(pattern)), pattern
    for pattern in ["a b", "[^x]", r"\s", ".", "[ -~]", "(?:x|[\x00-\x7f])+", "(?>a*+ )"]:
        assert _may_match_a_space(_parser.parse(pattern)), pattern
