"""lookalike13: hostile strings around this session's parser changes.

This session the parser learned a scheme-less link after a word and a Chinese label with its
colon (``x链接：item.taobao.com/…``), masked ids in a path and after ``=``, a link shown in a
Markdown link's text read as its target's (inline and reference-style), HTML space entities
ending a link, ``uniqlo.tmall.com..（官方）`` and glued links. This file builds over 300 hostile
variants round them that lookalike10-12, left7 and left8 did not try: look-alike colons
(U+2236, U+A789, U+FE55), look-alike dots in the word before a label (``evil。cn链接：``, U+FF0E,
U+FF61, U+2024), reference definitions defined twice, before use, case-folded (``[ß]`` is
``[SS]``), with spaces or escaped brackets, inside a code span or fence, a block quote or a list
item, far away; entities that are no spaces (``&#46;``, ``&#47;``, ``&#x2F;``, ``&amp;``), masks
in emphasis; it checks that the engines agree and that an accepted text opens the listing.

Fixed (the tests below failed before):

- a word before the label holding a dot IDNA maps to a full stop, userinfo's ``@``, an escape's
  ``%`` or a colon (``evil。cn链接：item.taobao.com/…``, ``a@b链接：…``, ``a%2e链接：…``) was
  read as the item by ``parse_listing`` where ``extract_urls`` found no link and
  ``evil.cn链接：…`` is ``lookalike-host``: now refused as the ASCII dot is;
- a reference link's label matched without CommonMark's Unicode case folding (``[ß]`` and
  ``[SS]: https://evil.cn``), with an escaped bracket (``[a\\]]``), a definition in a block
  quote or a list item (``> [1]: …``), its target on the next line (``[1]:\\nhttps://…``), and a
  shortcut reference (``[https://… (x)]`` with ``[https://… (x)]: https://evil.cn``): the link
  shown was read though the Markdown leads to evil.cn;
- a link shown alone in brackets, no note after it, as a shortcut (``[https://…]``), a collapsed
  reference (``[https://…][]``) or a definition's label (``[https://…]: https://evil.cn``) was
  read where the Markdown leads to evil.cn (its ``]`` in the link's token: not looked at);
"""

from __future__ import annotations

import time
from functools import cache

import pytest
import test_lookalike12 as l12
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
BARE = f"item.taobao.com/item.htm?id={ID}"
LINK = f"https://{BARE}"
EVIL = "https://evil.cn"
STORE = "https://uniqlo.tmall.com"

#: Heads before ``链接：`` that hold a host's mark (a dot or a look-alike, ``@``, ``%``, ``:``,
#: ``\\``): no word before a label holds one, so the text is refused, as ``evil.cn链接：`` is.
BAD_HEADS = (
    "evil\u3002cn",
    "evil\uff0ecn",
    "evil\uff61cn",
    "evil\u2024cn",
    "evil\ufe52cn",
    "evil\u3002",
    "a@b",
    "a%2e",
    "a\\b",
    "a:b",
    "http:",
)
FIXED_LABEL = [
    f"{head}链接{colon}{link}"
    for head in BAD_HEADS
    for colon in ("：", ":")
    for link in (BARE, "uniqlo.tmall.com")
]

#: A link shown in a Markdown reference link whose definition (as CommonMark reads it) leads to
#: another host.
FIXED_REF = [
    f"[{STORE} (x)][ß]\n[SS]: {EVIL}",
    f"[{STORE} (x)][\u1e9e]\n[ss]: {EVIL}",
    f"[{LINK} now][Straße]\n[STRASSE]: {EVIL}",
    f"[{STORE} (x)][a\\]]\n[a\\]]: {EVIL}",
    f"[{STORE} (x)][a\\[b]\n[A\\[B]: {EVIL}",
    f"[{STORE} (x)][1]\n> [1]: {EVIL}",
    f"[{STORE} (x)][1]\n\n> > [1]: {EVIL}",
    f"[{STORE} (x)][1]\n- [1]: {EVIL}",
    f"[{STORE} (x)][1]\n1. [1]: {EVIL}",
    f"[{STORE} (x)][1]\n[1]:\n{EVIL}",
    f"[{STORE} (x)][1]\n[1]:\n  <{EVIL}/x>",
    f"[{STORE} (x)]\n\n[{STORE} (x)]: {EVIL}",
    f"see [{LINK} now] there\n[{LINK.upper()} NOW]: {EVIL}",
    f"[{STORE} (x)] [1]\n[{STORE}  (X)]: {EVIL}",
    # a link shown alone in brackets: a shortcut, a collapsed reference, a definition's label
    f"[{STORE}]: {EVIL}",
    f"[{STORE}]\n\n[{STORE}]: {EVIL}",
    f"see [{STORE}] now\n[{STORE.upper()}]: {EVIL}",
    f"[{STORE}][]\n[{STORE}]: {EVIL}",
    f"[{LINK}]\n[{LINK}]: {EVIL}",
    f"[uniqlo.tmall.com]\n[uniqlo.tmall.com]: {EVIL}",
]
#: Still read: the definition (the first one) leads to the link shown, or there is none.
KEPT_REF = [
    f"[{STORE} (x)][1]\n[1]: {STORE}\n[1]: {EVIL}",
    f"[{STORE} (x)][a]\n`[a]: {EVIL}`",
    f"[{STORE} (x)][1]\n[1]： {EVIL}",
    f"[{STORE} (x)]",
    f"[{STORE} (x)] [1]\n[1]: {EVIL}",
    f"[{STORE} (x)][ß]\n[s]: {EVIL}",
    f"[{STORE} (x)][a\\]]\n[a]: {EVIL}",
    f"[{STORE} (x)]\n[{STORE} (y)]: {EVIL}",
    f"[{STORE}]\n[{STORE}]: {STORE}",
    f"[{STORE}]\n[1]: {EVIL}",
]


def _refs() -> list[str]:
    """Reference links round the fixed ones: labels in other cases and spaces, defined before
    use or twice, far away, each shown link a store, an item or a scheme-less host."""
    rows = []
    for shown in (f"{STORE} (x)", f"{LINK} now", "uniqlo.tmall.com (x)"):
        for use, define in (
            ("[Ab]", "[aB]"),
            ("[a b]", "[ a\tb ]"),
            ("[ß]", "[ss]"),
            ("[\u212a]", "[k]"),  # the Kelvin sign folds to k
            ("[a\\]]", "[A\\]]"),
            ("[]", f"[{shown.upper()}]"),
        ):
            for target in (f"<{EVIL}>", STORE + ".evil.cn", STORE):
                for prefix in ("", "> ", "\n" + "y" * 300 + "\n"):
                    rows.append(f"[{shown}]{use}\n{prefix}{define}: {target}")
                rows.append(f"{define}: {target}\n\n[{shown}]{use}")
                rows.append(f"[{shown}]{use}\n{define}: {target}\n{define}: {STORE}")
    return rows


def _entities() -> list[str]:
    """Entities that are no spaces, splitting or ending a host, and space entities by masks."""
    rows = []
    for entity in ("&#46;", "&#x2E;", "&period;", "&#47;", "&#x2F;", "&sol;", "&amp;", "&#64;"):
        rows += [
            f"https://item.taobao{entity}com/item.htm?id={ID}",
            f"https://evil{entity}cn/{BARE}",
            f"https://evil.cn{entity}{BARE}",
            f"{STORE}{entity}evil.cn",
            f"[{STORE}{entity}evil.cn (x)]({EVIL})",
            f"x链接：{BARE}{entity}evil.cn",
        ]
    for space in ("&nbsp;", "&#160;", "&#xA0;", "&ensp;"):
        rows += [
            f"{LINK}{space}&id=***",
            f"{STORE}{space}.evil.cn",
            f"{STORE}{space}@evil.cn",
            f"{EVIL}{space}{LINK}",
            f"{LINK}{space}{EVIL}",
            f"x链接：{BARE}{space}(x)",
        ]
    return rows


def _labels() -> list[str]:
    """Labels with look-alike colons, words before them, masked and glued links after them."""
    rows = []
    for colon in ("：", ":", "\u2236", "\ua789", "\ufe55", "\ufe13"):
        for head in ("x", "evil", "PC端", "a=1&u=", "", "#", "evil.cn"):
            for link in (
                BARE,
                "uniqlo.tmall.com..（官方）",
                "detail.1688.com/offer/63540767****.html",
                f"{BARE}&id=***",
                f"{BARE}{LINK}",
            ):
                rows.append(f"{head}链接{colon}{link}")
    return rows


def _masks() -> list[str]:
    """Masks in emphasis and look-alike stars."""
    rows = []
    for opener, closer in (("", ""), ("_**", "_"), ("~~", "~~"), ("***", ""), ("*", "")):
        for mask in ("***", "****", "\\*\\*\\*", "＊＊＊", "&#42;&#42;&#42;"):
            rows += [
                f"{opener}{LINK}&id={mask}{closer}",
                f"{opener}https://detail.1688.com/offer/63540767{mask}.html{closer}",
                f"{opener}[{LINK}&id={mask} (x)]({EVIL}){closer}",
            ]
    return rows


@cache
def variants() -> tuple[str, ...]:
    rows = FIXED_LABEL + FIXED_REF + KEPT_REF + _refs() + _entities() + _labels() + _masks()
    return tuple(dict.fromkeys(rows))


def _engines_agree(text: str) -> Listing | object:
    read = parse_listing(text)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read.as_dict(), text
    return read


@pytest.mark.parametrize("text", FIXED_LABEL)
def test_a_word_holding_a_hosts_mark_before_a_label_is_refused(text: str) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert not any(isinstance(parse_listing(u), Listing) for u in extract_urls(text)), text


@pytest.mark.parametrize("text", FIXED_REF)
def test_a_link_shown_in_a_reference_link_commonmark_leads_elsewhere_is_not_read(
    text: str,
) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert read.code == "not-alibaba-host", (text, read)
    assert not any(isinstance(parse_listing(u), Listing) for u in extract_urls(text)), text


@pytest.mark.parametrize("text", KEPT_REF)
def test_a_link_shown_in_a_reference_link_to_itself_or_nowhere_is_read(text: str) -> None:
    read = _engines_agree(text)
    assert isinstance(read, Listing), (text, read)
    assert read.identity == "tmall-store:uniqlo", (text, read)
    l12._check_accepted(text, read)


def test_300_hostile_variants_every_engine_agrees_none_opens_another_page() -> None:
    texts = variants()
    assert len(texts) >= 300, len(texts)
    answers = [parse_listing(t) for t in texts]
    for text, answer in zip(texts, answers, strict=True):
        assert parse_slowly(text).as_dict() == answer.as_dict(), text
        if isinstance(answer, Listing):
            assert "evil" not in answer.canonical_url, (text, answer)
            head = text.partition("链接")[0] if "链接" in text else ""
            assert not any(c in head for c in "./@:%\\\u3002\uff0e\uff61\u2024"), text
            l12._check_accepted(text, answer)
    for (_, read), answer in zip(parse_listings(texts), answers, strict=True):
        assert read.as_dict() == answer.as_dict(), read.input


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(("[1]", "[Ab]", "[ß]", "[a\\]]", "[]", "")),
    st.sampled_from(("", "> ", "- ", "   ", "\n\n")),
    st.sampled_from(("[1]", "[aB]", "[SS]", "[a\\]]", f"[{STORE} (x)]", "[x]")),
    st.sampled_from((EVIL, STORE, f"<{EVIL}>", "\nhttps://evil.cn")),
)
def test_a_reference_link_is_read_where_it_leads(
    use: str, prefix: str, define: str, target: str
) -> None:
    text = f"[{STORE} (x)]{use}\n{prefix}{define}:{target}"
    read = _engines_agree(text)
    if isinstance(read, Listing):
        l12._check_accepted(text, read)
        key = {"[1]": "1", "[Ab]": "ab", "[ß]": "ss", "[a\\]]": "a\\]", "": f"{STORE} (x)"}
        defined = {"[1]": "1", "[aB]": "ab", "[SS]": "ss", "[a\\]]": "a\\]", "[x]": "x"}
        shown = key.get(use, f"{STORE} (x)")
        assert defined.get(define, f"{STORE} (x)") != shown or "evil" not in target, text


def test_long_runs_of_each_shape_are_read_in_linear_time() -> None:
    """100 times the length (10 KB, then 1 MB), at most about 100 times the time: first shown
    links with no definition before them (each looked up once) and labels refused, then
    reference links and their definitions at the end of the text (read once)."""
    shapes = (f"[{STORE} (x)] evil。cn链接：{BARE} ", f"[{STORE} (x)][ß] [a\\]]\n> [SS]:\n{EVIL}\n")
    spent = []
    for size, runs in ((10_000, 3), (1_000_000, 1)):
        text = "".join(shape * (size // 2 // len(shape)) for shape in shapes)
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            found = extract_urls(text)
            best = min(best, time.process_time() - start)
        assert found, shapes
        spent.append(best)
    assert spent[1] < 0.05 + 250 * spent[0], spent
