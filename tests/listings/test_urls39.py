"""urls39: what urls38 and newuser8 left open in the listings' answers.

1. ``parse_listings(df["url"])`` with a gap (None, NaN, pd.NA) raised ``parse_listing(): text
   must be a str, got float``, naming no position (newuser8). A value that is not a ``str`` is
   a wrong Python type, so a :class:`TypeError` is right for ``parse_listings`` (the columnar
   kernel, built for columns with gaps, reads a null as the ``empty`` rejection, or raises
   naming its position with ``nulls="error"``); but the error names the item's index in the
   input, says a gap is a missing value and how to read a column with gaps. ``dedupe``,
   ``summarize`` and ``duplicate_groups`` of strings say the same under their own names.
2. A link whose slashes a template escaped (mustache.js: ``https:&#x2F;&#x2F;item.taobao.com&#x2F;
   item.htm?id&#x3D;N``; ``&#47;``) was "no URL found". The notes name ``&amp;`` only, and
   test_real_urls_21 keeps an escaped ``=`` undecoded (``id&#x3D;N`` is ``missing-id``), so
   such a link is still not read; it is refused naming it, what it reads once rendered, and,
   when that is a listing, its canonical link as the suggestion.
3. ``https://uniqlo.tmall.com|Shop/x`` was refused (``lookalike-host`` "uniqlo.tmall.com|shop
   imitates tmall") while ``|uniqlo.tmall.com|Shop/x`` was read as the store (urls38's
   decision for the lead): no host holds a bar, so the cell after it is no part of the host in
   either, a path in it or not; both are the store. What could make another host of the link
   before the cell's first ``/`` (``|@evil.example``, ``|x.evil.example``, a port) is refused
   in both, as before.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_urls33 import ACCOUNT, DAY

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    planner_refuses_as_parse_listing,
    table_tests,
)
from ipprules.listings import (
    Listing,
    Rejection,
    dedupe,
    duplicate_groups,
    parse_listing,
    parse_listings,
    summarize,
)
from ipprules.listings.parser import other_listings, parse_slowly

URL = "https://item.taobao.com/item.htm?id=606832683299"
GAPS: list[Any] = [None, math.nan]
try:
    import pandas as pd

    GAPS.append(pd.NA)
except ImportError:  # pragma: no cover - pandas is a test dependency
    pd = None


STORE = ("tmall", "storefront", "uniqlo")
ROWS = [
    ("https://uniqlo.tmall.com|Shop/x", *STORE),  # item 3: was lookalike-host
    ("uniqlo.tmall.com|Shop/x.html", *STORE),  # item 3: was lookalike-host
    ("//uniqlo.tmall.com|a/b?c=1#d", *STORE),  # item 3: was lookalike-host
    ("| https://uniqlo.tmall.com|Shop/x|12|", *STORE),  # item 3: was lookalike-host
    ("https://uniqlo.tmall.com|x/@evil.example", *STORE),  # item 3: the @ is in the cell's path
    ("|uniqlo.tmall.com|Shop/x", *STORE),  # control: read before too
    ("https://uniqlo.tmall.com|@evil.example/x", None, "lookalike-host", None),  # control
    ("|uniqlo.tmall.com|x.evil.example/y", None, "lookalike-host", None),  # control
    ("https://uniqlo.tmall.com|x.evil.example/y", None, "lookalike-host", None),  # control
    ("uniqlo.tmall.com|12|x.evil.example/y", None, "lookalike-host", None),  # control
    ("uniqlo.tmall.com|x:80/y", None, "lookalike-host", None),  # control: a port
    ("https://uniqlo.tmall.com|/x", None, "lookalike-host", None),  # control: a glued bar (urls34)
    ("https://uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),  # control: a comma (left41)
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


ESCAPED = [
    ("https:&#x2F;&#x2F;item.taobao.com&#x2F;item.htm?id=606832683299", URL),
    ('<a href="https:&#x2F;&#x2F;item.taobao.com&#x2F;item.htm?id&#x3D;606832683299">A</a>', URL),
    ("链接 HTTPS:&#47;&#47;detail.tmall.com&#047;item.htm?id=606832683299 看看", "https://detail.tmall.com/item.htm?id=606832683299"),
    ("https:&#x2f;&#x2f;item.taobao.com&#x2f;item.htm?spm=a&amp;id=606832683299", URL),
    ("https:&#x2F;&#x2F;evil.example&#x2F;item.htm?id=606832683299", None),  # control
    ("https:&#x2F;&#x2F;s.taobao.com&#x2F;search?q=x", None),  # control: no listing
]  # fmt: skip


@pytest.mark.parametrize(("text", "suggestion"), ESCAPED)
def test_a_link_with_escaped_slashes_is_refused_naming_it(
    text: str, suggestion: str | None
) -> None:
    result = parse_listing(text)
    assert type(result) is Rejection and result.code == "not-a-url", result
    assert result.suggestion == suggestion, result
    assert "HTML entities" in result.message and "no URL found" not in result.message, result
    assert "https:&#" in result.message.lower(), result
    assert parse_slowly(text) == result
    assert list(parse_listings([text])) == [(0, result)]
    assert other_listings(text, result) == []


_LINKS = [URL, "https://detail.tmall.com/item.htm?id=606832683299",
          "https://www.aliexpress.com/item/1005004878609097.html", "https://evil.example/x?id=1",
          "https://s.taobao.com/search?q=x"]  # fmt: skip
_SLASH = st.sampled_from(["&#x2F;", "&#x2f;", "&#47;", "&#047;", "&#X2F;", "&#x002F;"])


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_LINKS), _SLASH, st.booleans(), st.sampled_from(["", "链接 ", 'href="']))
@example(link=URL, slash="&#x2F;", all_slashes=True, before='href="')
def test_escaped_slashes_are_refused_suggesting_the_rendered_listing(
    link: str, slash: str, all_slashes: bool, before: str
) -> None:
    scheme, rest = link.split("//", 1)
    rest = rest.replace("/", slash) if all_slashes else rest
    text = before + scheme + slash * 2 + rest.replace("=", "&#x3D;" if all_slashes else "=")
    result = parse_listing(text)
    assert type(result) is Rejection and result.code == "not-a-url", text
    read = parse_listing(link)
    assert result.suggestion == (read.canonical_url if type(read) is Listing else read[3]), text
    batch_and_columnar_give_parse_listing_answer([text])


def _run(function: Any, texts: Any) -> object:
    result = function(texts)
    return result if isinstance(result, dict) else list(result)


def _raised(function: Any, texts: Any) -> str:
    with pytest.raises(TypeError) as caught:
        _run(function, texts)
    return str(caught.value)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(0, 600),
    st.integers(0, 3),
    st.sampled_from([*GAPS, 5, b"x"]),
    st.sampled_from([parse_listings, dedupe, summarize, duplicate_groups]),
)
@example(position=1, after=0, gap=None, function=parse_listings)  # the brief's case
@example(position=511, after=2, gap=math.nan, function=parse_listings)  # a block's last item
@example(position=512, after=0, gap=math.nan, function=parse_listings)  # the next block's first
@example(position=1023, after=1, gap=None, function=dedupe)
def test_an_item_that_is_no_str_is_refused_naming_its_index(
    position: int, after: int, gap: object, function: Any
) -> None:
    texts = [URL, "x"][:position] + ["x"] * (position - 2) + [gap] + ["x"] * after
    name = function.__name__
    message = _raised(function, texts)
    if position == 0 and name != "parse_listings":
        return  # a first item that is no str: read as a (position, result) pair, refused so
    kind = type(gap).__name__
    assert message.startswith(f"{name}(): item {position}: text must be a str, got {kind}"), message
    missing = gap is None or kind in ("float", "NAType")
    assert ("missing value" in message) is missing, message
    if missing:
        assert "parse_column" in message and "dropna" in message, message


@pytest.mark.skipif(pd is None, reason="needs pandas")
def test_a_series_with_a_gap_names_the_gap_as_the_kernel_does() -> None:
    series = pd.Series([URL, None, "x"], dtype=object)
    message = _raised(parse_listings, series)
    assert message.startswith("parse_listings(): item 1: text must be a str, got NoneType")
    columnar = pytest.importorskip("ipprules.columnar")
    with pytest.raises(TypeError, match=r"urls\[1\] is null"):
        columnar.parse_column(series, nulls="error")
    table = columnar.parse_column(series)
    assert table.column("code").to_pylist()[1] == "empty"


def test_other_listings_names_itself_for_a_text_that_is_no_str() -> None:
    with pytest.raises(TypeError, match=r"^other_listings\(\): text must be a str, got NoneType"):
        other_listings(None, parse_listing(URL))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^parse_listing\(\): text must be a str, got float"):
        parse_listing(math.nan)  # type: ignore[arg-type]


def test_the_planner_agrees_with_parse_listing_on_the_rows() -> None:
    """The planner refuses a row exactly when ``parse_listing`` does, with its code, and
    ``other_listings`` finds no second listing in a row read."""
    planner_refuses_as_parse_listing([row[0] for row in ROWS], ACCOUNT, DAY)


@pytest.mark.parametrize("function", [dedupe, summarize, duplicate_groups])
def test_an_item_that_is_neither_a_str_nor_a_pair_is_named_by_index(function: Any) -> None:
    assert _raised(function, [None, URL]).endswith("got NoneType (item 0)")
    assert _raised(function, [5]).endswith("got int 5 (item 0)")
    pairs = [(0, parse_listing(URL)), (1, parse_listing("x")), None]
    assert _raised(function, pairs).endswith("got NoneType (item 2)")  # dedupe too (planner13)
