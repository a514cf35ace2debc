"""speed24: the thorough parser asks :func:`~ipprules.listings.parser._inside` (a script's or a
``data:`` URL wrapping the link, an HTML entity's name glued before it) only for a text whose
first letter may start :data:`~ipprules.listings.text.WRAPPING_SCHEME` or whose link follows a
``;`` (``parser._WRAPPED``). These differential tests read the same texts with the guard and
without it (every text asked, as before speed24) and require the same answers."""

from __future__ import annotations

import itertools
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import parse_listing, parse_listings
from ipprules.listings import parser as parser_module
from ipprules.listings.parser import parse_slowly
from ipprules.listings.text import WRAPPING_SCHEME

CHEAP = settings(max_examples=50, deadline=None, derandomize=True)


class _Every:
    """A stand-in for ``_WRAPPED`` that holds every character: the guard always passes."""

    def __contains__(self, item: object) -> bool:
        return True


_HEADS = (
    "javascript:", "JaVaScRiPt:location='", "vbscript:", "VBSCRIPT:", "data:,", "DATA:text/html,",
    "data: ", "blob:", "BLOB:", "view-source:", "View-Source:", "file:", "about:", "Taobao:",
    "Link:", "url=", "看看javascript:", "【淘宝】「Bag-toy」 ", "Bag-Display ", "display ",
    "dress ", "jacket ", "vest ", "\u212a ", "\u017fhop ", "evil.cn&sol;", "evil.cn&quest;",
    "x.cn&amp;", "a;", "  ", "",
)  # fmt: skip
_LINKS = (
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.tb.cn/h.ze0i6bt?tk=9keft3yvuum",
    "https://a.aliexpress.com/_mKzP5Q1",
    "//detail.tmall.com/item.htm?id=1",
    "item.taobao.com/item.htm?id=2",
    "https://m.tb.cn/",
    "https://shop123.taobao.com",
)
_TAILS = ("", " CZ0001", " 打开淘宝", "'", ")")


def _answers(text: str) -> tuple[object, ...]:
    """Every path's answer for ``text``: the quick parser, the thorough one and the bulk one."""
    bulk = next(iter(parse_listings([text])))[1]
    return tuple(
        (type(got).__name__, tuple(got)) for got in (parse_listing(text), parse_slowly(text), bulk)
    )


def _unguarded(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[object, ...]:
    with monkeypatch.context() as patched:
        patched.setattr(parser_module, "_WRAPPED", _Every())
        return _answers(text)


@pytest.mark.no_cover
def test_the_guard_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every head (scheme words in any case, labels, share text, entity names, letters that
    fold to ASCII ones) before every link and tail: the same answers with and without it."""
    asked = 0
    for head, link, tail in itertools.product(_HEADS, _LINKS, _TAILS):
        text = head + link + tail
        assert _answers(text) == _unguarded(monkeypatch, text), text
        asked += 1
    assert asked == len(_HEADS) * len(_LINKS) * len(_TAILS)


@CHEAP
@given(
    head=st.text(alphabet=st.sampled_from("jJvVdDbBaAkKsS\u212a\u017f:;&,. -'\"看x"), max_size=12),
    link=st.sampled_from(_LINKS),
)
def test_any_head_reads_the_same_guarded(head: str, link: str) -> None:
    """Free heads of the letters the schemes start or fold with, and their punctuation."""
    text = head + link
    guarded = _answers(text)
    saved = parser_module._WRAPPED
    parser_module._WRAPPED = _Every()  # type: ignore[assignment]
    try:
        assert guarded == _answers(text), text
    finally:
        parser_module._WRAPPED = saved


def test_no_other_first_character_starts_a_wrapping_scheme() -> None:
    """Each scheme :data:`WRAPPING_SCHEME` names, its first letter replaced by any character
    whose case folds to an ASCII letter (``\\u212a`` Kelvin, ``\\u017f`` long s …) or by any
    ASCII character: only the letters of ``_WRAPPED`` start a match."""
    chars = map(chr, range(sys.maxunicode + 1))
    folding = [c for c in chars if c.lower().isascii() or c.upper().isascii()]
    wrapped = parser_module._WRAPPED
    for word in ("javascript:x", "vbscript:x", "data:x", "blob:x", "view-source:x"):
        starts = {c for c in folding if WRAPPING_SCHEME.match(c + word[1:])}
        assert starts == {word[0], word[0].upper()}, word
        assert starts <= wrapped
