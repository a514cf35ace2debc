"""lookalike12: hostile strings around the parser's latest acceptances.

Recent sessions taught the parser a link ending at its host followed by `` (note)``
(``https://uniqlo.tmall.com (official)``), ``a.m.taobao.com/i<id>.html``, an m.alibaba.com
product's tab after its slug, masked ids (``***``) as malformed-id, ``key=value&`` labels glued
before a scheme-less marketplace host, Markdown titles and refused ``..`` segments. This file
builds over 300 hostile variants round them that lookalike10 and lookalike11 did not try: a note
holding another host (``https://evil.cn (item.taobao.com/…)``), unbalanced, nested and
full-width parentheses, hosts with a trailing dot, a port, userinfo, ``xn--``, upper case or a
zero-width joiner, ``tmall.com.evil.cn``, ``evil-tmall.com``, ``tmall.com@evil.cn``, ``id``
repeated with other values, in the fragment only, ``ID=``, ``%69d=``; it checks that every
engine (``parse_listing``, ``parse_slowly``, ``parse_listings``, the columnar kernel,
``extract_urls``) gives the same answer and that an accepted text opens the listing (lookalike3's
browser model) with its id still in the page a browser requests.

Fixed (the tests below failed before):

- a second id masked whole (``…?id=606832683299&id=***``) was taken for emphasis closing after
  an empty value: the link was read as item 606832683299 where ``&id=***&x=1``,
  ``?id=***&id=N`` and ``&id=6068***`` are ``conflicting-ids`` (two ids, the second hidden);
  three or more stars glued to a ``=`` ending a link are now a masked value's, as after a digit,
  unless a star before the link on its line opens emphasis.
"""

from __future__ import annotations

import time
from functools import cache

import pytest
import test_lookalike3 as l3
import test_lookalike9 as l9
import test_lookalike11 as l11
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID, OTHER = "606832683299", "606832683298"
BARE = f"item.taobao.com/item.htm?id={ID}"
LINK = f"https://{BARE}"
EVIL = "evil.cn"
STORE = "uniqlo.tmall.com"
AM = f"a.m.taobao.com/i{ID}.html"
TAB = "m.alibaba.com/product/1601666174891/slug/specifications.html"

#: A whole second value masked: two ids, one hidden, so no listing can be named.
FIXED = [
    f"{LINK}&id=***",
    f"{LINK}&id=****",
    f"{LINK}&id=***.",
    f"{LINK}&id=*** (official)",
    f"see {LINK}&id=*** now",
    f"a=1&u={BARE}&id=***",
    f"{LINK}&item_id=***",
    f"https://detail.tmall.com/item.htm?id={ID}&id=***",
    f"https://www.goofish.com/item?id={ID}&id=***",
    f"https://detail.m.1688.com/page/index.htm?offerId={ID}&offerId=***",
    "https://store.taobao.com/shop/view_shop.htm?user_number_id=2731750157&user_number_id=***",
]
#: A link shown in a Markdown link's text with more text after it: the Markdown leads to its
#: target, on another host, as ``[https://…](https://evil.cn)``'s does.
FIXED_SHOWN = [
    f"[https://{STORE} (official)](https://{EVIL})",
    f"[https://{STORE} （官方）](https://{EVIL})",
    f"[https://{STORE} ((x)](https://{EVIL})",
    f"[https://{STORE}/ (x)](https://{EVIL})",
    f"[https://{STORE} official](https://{EVIL})",
    f"[https://{STORE} | x](https://{EVIL})",
    f"[{STORE} (official)](https://{EVIL})",
    f"[{STORE} (official)]({EVIL}/x)",
    f"see [https://{STORE} (official)](https://{EVIL}) now",
    f"[{LINK} now](https://{EVIL})",
    f"[see {LINK} now](//{EVIL}/)",
    f"[{LINK} (x)](https://{EVIL})",
    f"[https://{AM} (x)](https://{EVIL})",
    f"[https://{TAB} (x)](https://{EVIL})",
    f'[<img src="{LINK}" />](https://{EVIL})',
    f'| x | [<img width="200px" src="{LINK}" />](https://{EVIL}) |',
]
#: Still read: the Markdown leads to the link shown, or to no link.
KEPT_SHOWN = [
    f"[https://{STORE} (x)](https://{STORE})",
    f"[https://{STORE} (x)](#top)",
    f"[https://{STORE} (x)]",
    f"[1] https://{STORE} (x) [2](https://{EVIL})",
    f"[{LINK} (x)]({LINK})",
    f"{LINK} (x) [2](https://{EVIL})",
    f'[<img src="https://{EVIL}/a.png" />]({LINK})',
]
#: Still read: the stars close emphasis opened before the link, or are fewer than three.
KEPT = [
    f"**{LINK}&id=***",
    f"***see {LINK}&x=***",
    f"{LINK}&id=**",
    f"{LINK}&id=",
    f"{LINK}&x=1&id={ID}",
    f"{LINK} (official)",
    f"{LINK} (id={OTHER})",
    f"https://{AM} (official)",
    f"https://{TAB} (official)",
]


def _notes() -> list[str]:
    """A link ending at its host, or a listing, then a note: hostile hosts and hostile notes."""
    hosts = [STORE, f"{STORE}.", f"{STORE}..", f"{STORE}:443", f"{STORE}:8080", f"x@{STORE}",
             f"{STORE}@{EVIL}", "tmall.com@evil.cn", "tmall.com.evil.cn", "evil-tmall.com",
             f"{STORE}.{EVIL}", "uniqlo.xn--tmll-8qa.com", "xn--uniqlo-tmall-c.com",
             STORE.upper(), "uniqlo.t\u200dmall.com", f"{STORE}\u200d", f"\u200d{STORE}",
             f"{STORE}%2e{EVIL}", f"{STORE}\\@{EVIL}", EVIL, "shop63387065.taobao.com",
             "a.m.taobao.com", "item.taobao.com"]  # fmt: skip
    notes = [" (official)", f" ({BARE})", f" ({LINK})", f" (https://{EVIL})", f" ({EVIL}/x)",
             " ((official)", " (official", " official)", " ((a) b)", " （官方）", "（官方）",
             f" （{LINK}）", f"（{LINK}）", f" (@{EVIL})", " (＠evil.cn)", " (/shop)", " (?x)",
             " ()", " (", " )", "  (official)", "\t(official)", "\u00a0(official)",
             "\u3000(official)", f" ({AM})", f" (a=1&u={BARE})", f" [{LINK}]", " (x)&#64;evil.cn/",
             " (x)&commat;evil.cn/", " (x)%40evil.cn/", " (x)\t@evil.cn/", " (x)﹫evil.cn/",
             "&#32;(x)@evil.cn/", "%20(x)@evil.cn/", "\u00a0(x)@evil.cn/",
             " 12&#64;evil.cn/"]  # fmt: skip
    rows = []
    for scheme in ("https://", "", "//", "HTTPS://"):
        for host in hosts if scheme == "https://" else hosts[:: 2 if scheme == "" else 4]:
            rows += [
                scheme + host + note for note in notes[: 14 : 1 if scheme == "https://" else 3]
            ]
            if scheme == "" and host == f"{STORE}..":  # see Left out in lookalike12's report:
                rows = [r for r in rows if r[len(host) : len(host) + 1] != "（"]
        rows += [scheme + STORE + note for note in notes[14:]]
        rows += [f"{scheme}{EVIL}{note}" for note in notes[14:]]
    rows += [f"[x](https://{EVIL} ({LINK}))", f"(https://{EVIL} ({LINK}))",
             f"[x](https://{STORE} (official))", f"a=1&u=https://{EVIL} ({BARE})",
             f"https://{EVIL}?u= ({BARE})", f"https://{STORE} (official) https://{EVIL}",
             f"see https://{STORE} (official) now"]  # fmt: skip
    return rows


def _hosts_of_forms() -> list[str]:
    """The accepted forms on hostile hosts."""
    hosts = ["{h}", "{h}.", "{h}:443", "{h}:80", "{h}:8443", "x@{h}", "{h}@" + EVIL,
             "{h}." + EVIL, "evil-{h}", "{u}", "xn--{h}", "{h}\u200d", "{z}"]  # fmt: skip
    rows = []
    for form in ("a.m.taobao.com/i{i}.html", TAB, "item.taobao.com/item.htm?id={i}"):
        h, path = form.split("/", 1)
        for shape in hosts:
            host = shape.format(h=h, u=h.upper(), z=h.replace(".", ".\u200d", 1))
            rows += [f"https://{host}/{path.format(i=ID)}", f"{host}/{path.format(i=ID)}"]
            rows.append(f"a=1&u={host}/{path.format(i=ID)}")
    return rows


def _ids() -> list[str]:
    """``id`` repeated, in the fragment only, upper-case, encoded, masked."""
    queries = [f"id={ID}&id={OTHER}", f"id={ID}&id={ID}", f"id={ID}&ID={OTHER}", f"ID={ID}",
               f"%69d={ID}", f"i%64={ID}", f"%49D={ID}", f"id={ID}&%69d={OTHER}",
               f"id={ID}&%69d={ID}", f"x=1#id={ID}", f"id={ID}#id={OTHER}",
               f"id={ID}#&id={OTHER}", f"id={ID}&item_id={OTHER}", f"id={ID}&itemId={OTHER}",
               f"id={ID}&amp;id={OTHER}", f"id={ID}%26id={OTHER}", f"id={ID}&id=",
               f"id=&id={ID}", f"id={ID}&id=abc", f"id={ID}&id=***", f"id=***&id={ID}",
               f"id={ID}&id=6068***", f"id={ID}***&id={OTHER}", f"id={ID}&id=***&x=1",
               f"id={ID};id={OTHER}", f"id={ID}&id={OTHER}***", f"id={ID}&id=%2A%2A%2A",
               f"id%3D{ID}", f"id={ID}&id%3D{OTHER}", f"Id={ID}", f"id={ID}&Id={OTHER}",
               f"id={ID}&id=６０６８３２６８３２９８", f"id={ID}&&id={OTHER}", f"id={ID}&id[]={OTHER}",
               f"id[]={ID}", f"id={ID}&id={ID}0"]  # fmt: skip
    rows = []
    for base in ("item.taobao.com/item.htm", "h5.m.taobao.com/awp/core/detail.htm"):
        rows += [f"https://{base}?{query}" for query in queries]
    rows += [f"see item.taobao.com/item.htm?{query} now" for query in queries]
    for query in queries[:12]:
        rows += [f"https://{AM}?{query}", f"https://{TAB}?{query}", f"a=1&u={BARE}&{query}"]
        rows += [f"https://item.taobao.com/item.htm#{query}", f"{LINK} ({query})"]
    return rows


@cache
def variants() -> tuple[str, ...]:
    rows = _notes() + _hosts_of_forms() + _ids() + FIXED + KEPT + FIXED_SHOWN + KEPT_SHOWN
    return tuple(dict.fromkeys(rows))


def _check_accepted(text: str, answer: Listing) -> None:
    assert EVIL not in answer.canonical_url, (text, answer)
    first = extract_urls(text)[:1]
    if first and ":443" in first[0] and not first[0].lower().startswith("https:"):
        # a port without the scheme is https's (docs/listings.md); the browser model reads
        # it as http's, so only the host is checked (lookalike10 leaves these out too)
        assert l3._marketplace(first[0].split(":443")[0].lstrip("/").lower()), text
        return
    assert l9._opens_the_listing(text, answer), (text, answer)
    assert l11._keeps_its_id(text, answer), (text, answer)
    found = [parse_listing(u) for u in extract_urls(text)]
    assert any(isinstance(f, Listing) and f.identity == answer.identity for f in found), text


@pytest.mark.parametrize("text", FIXED)
def test_a_second_value_masked_whole_is_two_ids_not_one(text: str) -> None:
    read = parse_listing(text)
    assert not isinstance(read, Listing), (text, read)
    assert read.code == "conflicting-ids", (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    assert all(u.endswith("***") for u in extract_urls(text)), (text, extract_urls(text))


@pytest.mark.parametrize("text", FIXED_SHOWN)
def test_a_link_shown_with_a_note_in_a_markdown_link_to_elsewhere_is_not_read(text: str) -> None:
    read = parse_listing(text)
    assert not isinstance(read, Listing), (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    assert not any(isinstance(parse_listing(u), Listing) for u in extract_urls(text)), text


@pytest.mark.parametrize("text", KEPT_SHOWN)
def test_a_link_shown_where_the_markdown_leads_to_it_or_nowhere_is_read(text: str) -> None:
    read = parse_listing(text)
    assert isinstance(read, Listing), (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    _check_accepted(text, read)


@pytest.mark.parametrize("text", KEPT)
def test_emphasis_and_notes_still_read(text: str) -> None:
    read = parse_listing(text)
    assert isinstance(read, Listing), (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    _check_accepted(text, read)


def test_300_hostile_variants_every_engine_agrees_none_opens_another_page() -> None:
    texts = variants()
    assert len(texts) >= 300, len(texts)
    answers = [parse_listing(t) for t in texts]
    for text, answer in zip(texts, answers, strict=True):
        assert parse_slowly(text).as_dict() == answer.as_dict(), text
        if isinstance(answer, Listing):
            _check_accepted(text, answer)
        suggestion = answer.as_dict()["suggestion"]
        if suggestion:
            l3.check(suggestion, parse_listing(suggestion), "suggestion")
    for (_, read), answer in zip(parse_listings(texts), answers, strict=True):
        assert read.as_dict() == answer.as_dict(), read.input


def test_the_columnar_kernel_agrees() -> None:
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    texts = list(variants()[::5]) + FIXED + FIXED_SHOWN
    table = parse_column(texts)
    columns = [table.column(c).to_pylist() for c in ("ok", "code", "identity", "suggestion")]
    for text, *row in zip(texts, *columns, strict=True):
        d = parse_listing(text).as_dict()
        assert row == [d["ok"], d["code"], d["identity"], d["suggestion"]], text


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(("https://", "", "//", "see https://", "a=1&u=")),
    st.sampled_from((STORE, f"{STORE}.", "tmall.com@evil.cn", "tmall.com.evil.cn", EVIL)),
    st.sampled_from(("", "/", f"/{AM}", "/item.htm?id=" + ID)),
    st.sampled_from((" (", "（", " ((", " )", "\u00a0(")),
    st.sampled_from(("official", BARE, LINK, f"@{EVIL}", "")),
    st.sampled_from((")", "）", "", "))")),
)
def test_a_note_never_moves_the_link(
    scheme: str, host: str, path: str, opener: str, note: str, closer: str
) -> None:
    text = scheme + host + path + opener + note + closer
    read = parse_listing(text)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    if isinstance(read, Listing):
        _check_accepted(text, read)


def test_long_runs_of_each_shape_are_read_in_linear_time() -> None:
    """100 times the length (10 KB, then 1 MB), at most about 100 times the time."""
    shape = (  # a note holding hosts, a masked id, a label, a full-width note, link text, parens
        f"https://{STORE} (official) https://{EVIL} ({BARE}) {LINK}&id=*** a=1&u={BARE}&id={OTHER}"
        f" https://{STORE}.{EVIL} （官方）https://{AM} (x) [{LINK} (x)](https://{EVIL}) [see "
        + "(" * 20
        + f"https://{STORE} ((("
    )
    spent = []
    for size, runs in ((10_000, 3), (1_000_000, 1)):
        text = shape * (size // len(shape))
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            found = extract_urls(text)
            best = min(best, time.process_time() - start)
        assert found, shape
        spent.append(best)
    assert spent[1] < 0.05 + 250 * spent[0], spent
