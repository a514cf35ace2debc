"""left16: listing text corners left by the last sweeps, ``extract_urls`` and ``parse_listing``
agreeing on each.

Fixed (the tests below failed before):

- a link as a Markdown reference link's whole text, ``[https://item.taobao.com/…][1]`` with no
  ``[1]: …`` definition (or ``[…][]``), was refused as ``malformed-id``: the ``][1`` stayed in
  the link's token. Markdown shows an undefined reference as its text, so the link is read (as
  it is with a definition on the same host; one on another host still leads there).
- white space written as an HTML character reference other than ``&nbsp; &ensp; &emsp; &#160;
  &#xa0;`` (``&#32;``, ``&#x20;``, ``&#8194;``, ``&thinsp;``, ``&#12288;``, ``&Tab;``, ``&#9;``,
  ``&NewLine;``, ``&ThickSpace;``...: every name of ``html.entities`` and every number that
  renders white space) ran into the link (``https://uniqlo.tmall.com&#32;(x)`` was
  ``lookalike-host``; ``x&#32;https://…`` ``not-a-url``): it ends the link as a space does, in
  ``extract_urls`` and the parser. Not ``&#133;`` (a browser renders ``…``) nor ``&#28;``.
  Written by its number or as a tab or a line break right after a word that is a host's name
  alone (``evil.cn&#32;item.taobao.com/…``), it stays as written: a browser given that text
  opens ``evil.cn`` (``#`` starts its fragment), so it is refused, as before.
- a word before a label that starts with what is not ASCII and holds ASCII
  (``😀ab链接：item.taobao.com/…``, ``端a-b链接：…``, ``😀a😀b链接：…``) was refused by every
  engine, where ``a😀b链接：…`` is read: it is read the same way now (at most 8 runs, as
  ``a😀b``'s bound), and refused the same way with a host's mark in it (``😀a.b``, ``😀a｡b``,
  ``😀a?b``, ``😀a&colon;b``).
- the scans of a text's reference definitions and brackets (``text._definitions``,
  ``text._brackets``, one entry each) kept the last text read alive, however long, until the
  next: a text longer than 64 kB has them dropped when its reading ends (a short one's are kept:
  a pasted text read again answers at once).
"""

from __future__ import annotations

import time

import pytest

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings import text as text_module
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
LINK = f"https://item.taobao.com/item.htm?id={ID}"


def _read(text: str) -> str | None:
    """The id both parsers read in ``text`` (they must agree), ``None`` if refused."""
    fast, slow = parse_listing(text), parse_slowly(text)
    ((_, bulk),) = list(parse_listings([text]))
    assert fast == slow == bulk
    return fast.id if isinstance(fast, Listing) else None


@pytest.mark.parametrize(
    "text",
    [
        f"see [{LINK}][1] now",
        f"[{LINK}][]",
        f"[{LINK}][a b]",
        f"see [{LINK}][1]\n\n[1]: {LINK}",
    ],
)
def test_a_link_as_a_reference_links_text_is_read(text: str) -> None:
    assert extract_urls(text)[0] == LINK
    assert _read(text) == ID


def test_a_reference_to_another_host_still_leads_there() -> None:
    text = f"see [{LINK}][1]\n\n[1]: https://evil.cn/x"
    assert extract_urls(text) == ["https://evil.cn/x"]
    assert _read(text) is None


SPACES = ("&#32;", "&#x20;", "&#0032;", "&#8194;", "&thinsp;", "&ThinSpace;", "&#12288;",
          "&#x3000;", "&Tab;", "&#9;", "&NewLine;", "&#10;", "&MediumSpace;", "&hairsp;")  # fmt: skip


@pytest.mark.parametrize("space", SPACES)
def test_a_space_entity_ends_a_link(space: str) -> None:
    for text in (f"see {LINK}{space}ok", f"x{space}{LINK}", f"{LINK}{space}"):
        assert extract_urls(text) == [LINK], text
        assert _read(text) == ID, text


@pytest.mark.parametrize("space", ["&#32;", "&#8194;", "&thinsp;", "&#12288;", "&#x20;"])
def test_a_space_entity_ends_a_stores_link(space: str) -> None:
    text = f"https://uniqlo.tmall.com{space}(official)"
    assert extract_urls(text) == ["https://uniqlo.tmall.com"]
    answer = parse_listing(text)
    assert isinstance(answer, Listing) and answer.identity == "tmall-store:uniqlo"


@pytest.mark.parametrize("entity", ["&#133;", "&#x85;", "&#28;", "&#8203;", "&NoBreak;"])
def test_what_renders_no_white_space_is_no_separator(entity: str) -> None:
    text = f"https://uniqlo.tmall.com{entity}(official)"
    assert extract_urls(text) != ["https://uniqlo.tmall.com"]
    assert _read(text) is None


@pytest.mark.parametrize("space", ["&#32;", "&#9;", "&Tab;", "&NewLine;", "&#x3000;"])
def test_a_number_or_a_line_break_glued_to_a_hosts_name_stays_as_written(space: str) -> None:
    text = f"evil.cn{space}item.taobao.com/item.htm?id={ID}"
    assert _read(text) is None
    assert _read(f"see {text}") == ID  # after a word, the host's name is a word


def test_many_space_entities_stay_linear() -> None:
    text = "a.b&#32;" * 12_500  # 100 kB
    start = time.perf_counter()
    assert extract_urls(text) == []
    assert time.perf_counter() - start < 2.0


BARE = f"item.taobao.com/item.htm?id={ID}"


@pytest.mark.parametrize("word", ["😀ab", "端ab", "😀a😀b", "端a-b_c", "a😀b", "😀", "ab"])
@pytest.mark.parametrize("before", ["", "see "])
def test_a_word_mixing_ascii_before_a_label_is_read_either_order(word: str, before: str) -> None:
    text = f"{before}{word}链接：{BARE}"
    assert extract_urls(text) == [BARE]
    assert _read(text) == ID


@pytest.mark.parametrize("word", ["😀a.b", "😀a｡b", "😀a．b", "😀a?b", "😀a/b", "😀a&colon;b"])
@pytest.mark.parametrize("before", ["", "see "])
def test_a_host_mark_in_such_a_word_is_refused_either_order(word: str, before: str) -> None:
    text = f"{before}{word}链接：{BARE}"
    assert extract_urls(text) == []
    assert _read(text) is None


def test_a_long_texts_scans_are_not_kept() -> None:
    note = f"[{LINK}][1]\n\n[1]: {LINK}\n"
    long = note + "x " * 40_000 + f"[{LINK}][1] " * 3  # 80 kB, brackets far apart
    assert extract_urls(long)[0] == LINK
    assert text_module._definitions.cache_info().currsize == 0
    assert text_module._brackets.cache_info().currsize == 0
    assert text_module.find_url(long) is not None  # read only to its first link
    assert text_module._definitions.cache_info().currsize == 0
    assert extract_urls(note) == [LINK, LINK]  # a short text's are kept
    assert text_module._definitions.cache_info().currsize == 1
