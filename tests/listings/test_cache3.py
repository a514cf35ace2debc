"""Sweep cache3 (notes in /work/notes/sweep-cache3.md): the answer for an input never depends
on what was parsed before it in the same process.

``parse_listing`` keeps state between calls: the fast tables (filled on first use) and the
known-miss cache (``parser._MISSES``), which learns a clean URL's scheme and host on its second
sighting and from then on answers every clean URL with that key from the key alone. These
differential tests draw sequences of real inputs (every table of ``test_real_urls_*.py``),
mutate them the ways pasted links vary (hosts and paths swapped between links, case, sentence
punctuation, share text glued on, an ellipsis, a scheme dropped or changed) and check that:

- each input, parsed after the whole sequence has been parsed twice (every key learnt), gets
  the answer it gets in a fresh state (the cache emptied) and the thorough parser's;
- ``parse_listings`` on the sequence gives ``parse_listing``'s answers row by row;
- the columnar kernel on the sequence as a column gives the same rows.

``IPPRULES_CACHE3_EXAMPLES`` raises the number of examples for a long local run.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, real_texts
from ipprules.listings import parse_listing, parse_listings
from ipprules.listings import parser as listing_parser
from ipprules.listings.parser import parse_slowly

EXAMPLES = int(os.environ.get("IPPRULES_CACHE3_EXAMPLES", "40"))


@cache
def _pool() -> list[str]:
    """Every real input of the tables that is one clean-ish line (no line break), deduplicated
    in table order, with the sample links of every marketplace."""
    texts = dict.fromkeys([*SAMPLE_LINKS, *real_texts()])
    return [text for text in texts if text and "\n" not in text and len(text) < 600]


#: Where a URL's scheme and host end (its "key", as the quick paths slice it), and the rest.
_SPLIT = re.compile(r"((?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://)?[^/?#\s]*)(.*)", re.DOTALL)

_PUNCTUATION = [
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "'",
    '"',
    "。",
    "，",
    "）",
    "」",
    "…",
    "...",
]
#: Paths and queries that vary what follows a host: roots, a slash doubled, a marketplace's
#: page shapes, an encoded URL, a seller page, a share link, upper case.
_RESTS = ["", "/", "//", "/.", "/x", "/personal?userId=1666703902", "/e/_DlqL7xV", "/x/abc",
          "/item.htm?id=606832683299", "/item/1005003264388589.html", "/offer/585943639773.html",
          "/products/pdp-i4212266679.html", "/shop/abc", "/store/1102800175", "/i606832683299.htm",
          "/index.htm", "/?u=https%3A%2F%2Fitem.taobao.com", "/item//606832683299.html",
          "/ITEM.HTM?ID=606832683299", "/page/index.htm", "/search?q=x", "/x...", "/1234...",
          "?id=606832683299", "#x", "/item.htm?id=606832683299&amp;x=1", "/&nbsp;"]  # fmt: skip
_GLUED = ["", "看", "Link:", "见 ", "<br>", "谢谢", " 谢谢", "&nbsp;", "#x", "%20", "%3F", "/",
          "&#38;id=606832683298", "#x<&id=606832683298", '"?id=606832683298', "#x&lt;&id=1234567",
          "&#x26;itemId=606832683298", "#a|&productId=1005003264388581", "&#038;spm=a1z10"]  # fmt: skip


def _mutate(draw: st.DrawFn, text: str, other: str) -> str:
    key, rest = _split(text)
    other_key, other_rest = _split(other)
    how = draw(st.sampled_from(["same", "host", "path", "case", "tail", "head", "scheme", "rest"]))
    if how == "host":
        text = other_key + rest
    elif how == "path":
        text = key + other_rest
    elif how == "case":
        text = draw(st.sampled_from([str.upper, str.lower, str.title, str.swapcase]))(key) + rest
    elif how == "tail":
        text += draw(st.sampled_from(_PUNCTUATION)) + draw(st.sampled_from(_GLUED))
    elif how == "head":
        text = draw(st.sampled_from(_GLUED)) + text
    elif how == "scheme":
        bare = key.split("://", 1)[-1]
        text = draw(st.sampled_from(["", "//", "http://", "HTTPS://", "https:/"])) + bare + rest
    elif how == "rest":
        text = key + draw(st.sampled_from(_RESTS))
    return text


@st.composite
def _sequences(draw: st.DrawFn) -> list[str]:
    """Real inputs mutated; or a family: one or two inputs' keys each with the rest of several
    inputs (what the miss cache learns a key from and then answers for)."""
    picks = st.sampled_from(_POOL)
    if draw(st.booleans()):
        texts = draw(st.lists(picks, min_size=1, max_size=8))
        return [_mutate(draw, text, draw(picks)) for text in texts]
    keys = [
        _split(draw(st.sampled_from(_MISSED) | picks))[0] for _ in range(draw(st.integers(1, 2)))
    ]
    rests = [_split(draw(picks))[1] for _ in range(draw(st.integers(2, 6)))]
    family = [draw(st.sampled_from(keys)) + rest for rest in rests]
    return [_mutate(draw, text, draw(st.sampled_from(family))) for text in family]


def _split(text: str) -> tuple[str, str]:
    key, rest = _SPLIT.fullmatch(text).groups()  # type: ignore[union-attr]
    return key, rest


def _records(texts: list[str]) -> list[dict[str, Any]]:
    return [parse_listing(text).as_dict() for text in texts]


def _fresh(text: str) -> dict[str, Any]:
    listing_parser._MISSES.clear()
    return parse_listing(text).as_dict()


_POOL = _pool()
#: The inputs refused from their host (the keys the miss cache may learn): a foreign, a
#: lookalike, an agent's host, a marketplace host serving no listing.
_MISSED = [
    text
    for text in _POOL
    if re.fullmatch(r"(?:https?:)?(?://)?[a-z0-9][-.a-z0-9]*", _split(text)[0])
    and parse_listing(text).as_dict().get("code")
    in ("not-alibaba-host", "lookalike-host", "agent-site", "not-a-listing", "short-link")
]


def _check(texts: list[str]) -> None:
    for _ in range(2):  # every key seen twice: the miss cache has learnt it
        _records(texts)
    warm = _records(texts)
    fresh = [_fresh(text) for text in texts]
    for text, after, alone in zip(texts, warm, fresh, strict=True):
        assert after == alone, text
        assert alone == parse_slowly(text).as_dict(), text
    _records(texts + texts)  # learnt again, for the bulk paths
    assert [result.as_dict() for _, result in parse_listings(texts)] == warm
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column(list(texts)).to_pylist() == warm


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_sequences())
@example(["https://m.goofish.com/personal?userId=1666703902"] * 2)  # urls28's miss-cache fix
@example(["https://best.aliexpress.ru/e/_DlqL7xV", "https://best.aliexpress.ru/x"])
@example(['https://item.taobao.com/item.htm?id=606832683299&x=1"?id=1234567'])
@example(["https://item.taobao.com/item.htm?id=606832683299&#38;id=606832683298"])
@example(["https://item.taobao.com/item.htm?id=606832683299#x<&id=606832683298"])
@example(["https://item.taobao.com/item.htm?id=606832683299#x&lt;&id=606832683298"])
def test_answer_does_not_depend_on_what_came_before(texts: list[str]) -> None:
    _check(texts)


#: A listing's link with a second id after markup or an HTML entity glued on (fix 1: the
#: clean-URL path read the first id; fix 2: the fast path and the columnar kernel read the first
#: id when the markup or the entity stood in the fragment): each holds two ids.
_TWO_IDS = [
    'https://item.taobao.com/item.htm?id=606832683299&x=1"?id=1234567',  # fix 1
    'https://item.taobao.com/item.htm?id=606832683299&utparam={"a":"b"}1234?id=606832683298',
    "https://item.taobao.com/item.htm?id=606832683299&#38;id=606832683298",  # fix 2
    "https://item.taobao.com/item.htm?id=606832683299&#038;id=606832683298",
    "https://detail.tmall.com/item.htm?id=606832683299&#x26;id=606832683298",
    "https://item.taobao.com/item.htm?id=606832683299#x<&id=606832683298",
    "https://item.taobao.com/item.htm?id=606832683299#x&lt;&id=606832683298",
    'https://item.taobao.com/item.htm?id=606832683299#x"?id=606832683298',
]

#: What may stand between a listing's link and a second id parameter.
_BETWEEN = ['"', "<", ">", "`", "[", "|", "&#38;", "&#038;", "&#x26;", "&lt;", "&gt;", "&quot;"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.sampled_from(SAMPLE_LINKS),
    st.sampled_from(["", "#", "#x", "&x=1", "?"]),
    st.sampled_from(_BETWEEN),
    st.sampled_from(["id", "?id", "&id", "&itemId", "&productId", "x"]),
    st.sampled_from(["=606832683298", "=1005003264388581", "=1234567"]),
)
@example("https://item.taobao.com/item.htm?id=606832683299", "&x=1", '"', "?id", "=1234567")
@example("https://item.taobao.com/item.htm?id=606832683299", "", "&#38;", "id", "=1234567")
@example("https://item.taobao.com/item.htm?id=606832683299", "#x", "<", "&id", "=1234567")
@example("https://item.taobao.com/item.htm?id=606832683299", "#x", "&lt;", "&id", "=1234567")
def test_second_id_past_markup_or_entity(
    link: str, before: str, between: str, key: str, value: str
) -> None:
    """Every path (the fast tables, the clean-URL path, the kernel) gives the thorough
    parser's answer for a link with markup or an entity, then an id, glued on."""
    text = link + before + between + key + value
    expected = parse_slowly(text).as_dict()
    assert _fresh(text) == expected
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [expected]


@pytest.mark.parametrize("text", _TWO_IDS)
def test_two_ids_are_conflicting(text: str) -> None:
    assert _fresh(text)["code"] == "conflicting-ids"
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist()[0]["code"] == "conflicting-ids"


#: HTML entities the thorough parser renders before it reads a link (parser._ENTITY).
_ENTITIES = ["&nbsp;", "&NBSP;", "&#160;", "&#38;", "&#038;", "&#x26;", "&lt;", "&gt;", "&quot;"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from(SAMPLE_LINKS), st.sampled_from(_ENTITIES), st.integers(0, 100))
@example(  # fix 3: the fast path read the slug whole, past the space the entity renders
    "https://www.lazada.co.th/products/pdp-i4212266679-s7171614375.html?spm=a2o4m", "&nbsp;", 40
)
@example("https://s.click.aliexpress.com/e/_DBjDZqx", "&nbsp;", 28)  # a short link's path
@example("https://item.taobao.com/item.htm?id=606832683299", "&#38;", 100)
def test_entity_anywhere_is_rendered_first(link: str, entity: str, at: int) -> None:
    """An HTML entity anywhere in a link gets the thorough parser's answer (which renders it
    first) from parse_listing and the columnar kernel, whichever path the link takes."""
    text = link[:at] + entity + link[at:]
    expected = parse_slowly(text).as_dict()
    assert _fresh(text) == expected
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [expected]
