"""urls44: no lookalike host is ever accepted, on any of the three paths (a hostile sweep).

For every host the listing forms name (and the vanity store suffixes), a real listing URL's
host is mutated the ways a lookalike is made: homoglyphs (Cyrillic, Greek, full-width, dotless
``ı``, ``İ``) and their punycode (``xn--``) forms, a letter added, dropped or swapped, a hyphen,
another TLD, a label before or after (``item.taobao.com.evil.cn``, ``evil-taobao.com``),
userinfo (``@``, ``%40``, ``\\@``, ``&commat;``, ``&#64;``), backslashes, trailing dots, ports,
IP hosts, zero-width characters and bidi controls. No such URL is a listing for
``parse_listing``, the thorough parser, the fast path or the columnar kernel, unless the
mutation happens to spell a host of the allow-list (``lazada.sg`` to ``lazada.vn``); each is
refused as a lookalike or as not a marketplace host.

Found by the sweep: ``evil.cn&commat;item.taobao.com/item.htm?id=N`` (an ``@`` written as an
HTML entity, as a page's source has it) was read as the listing past the entity's ``;``; once
rendered it is userinfo before the host. ``&commat;``, ``&#64;`` and ``&#x40;`` are now rendered
as ``@`` with the other entities, and the link is refused as userinfo.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from types import FrameType
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_listings_examples import ACCEPTED

from ipprules.listings import Listing, Rejection, parse_listing
from ipprules.listings.fast import fast_tables
from ipprules.listings.forms import all_forms
from ipprules.listings.hosts import MARKETPLACE_DOMAINS
from ipprules.listings.parser import _parse_clean, parse_slowly, space_hint

CHEAP = settings(max_examples=50, deadline=None)

#: The forms' only host without a link among the examples (section 5 of the notes).
_SSR = "https://ssr.m.goofish.com/wow/moyu/moyu-project/fish-detail/pages/home?id=965639435219"


@cache
def seeds() -> tuple[tuple[str, str], ...]:
    """``(host, path)`` for every host the forms name and one vanity store per suffix: a path
    from the real links of the examples that makes a listing on that host."""
    real = [text for text, *_ in ACCEPTED if text.startswith("http") and text.isprintable()]
    real = [text for text in real if " " not in text and text.count("/") >= 3] + [_SSR]
    paths = sorted({"/" + text.split("/", 3)[3] for text in real} | {"/"})
    hosts = {host for form in all_forms() for host in form.hosts}
    hosts |= {"runcam." + suffix for form in all_forms() for suffix in form.suffixes}
    found = []
    for host in sorted(hosts):
        for path in paths:
            if isinstance(parse_listing("https://" + host + path), Listing):
                found.append((host, path))
                break
    return tuple(found)


def test_every_host_of_the_forms_has_a_seed() -> None:
    hosts = {host for form in all_forms() for host in form.hosts}
    assert hosts <= {host for host, _ in seeds()}
    assert {_domain(host) for host, _ in seeds()} >= MARKETPLACE_DOMAINS - {"tb.cn", "lazada.com"}


def _domain(host: str) -> str:
    return max((d for d in MARKETPLACE_DOMAINS if host == d or host.endswith("." + d)), key=len)


#: Look-alikes of ASCII letters and digits: Cyrillic, Greek, Latin extensions, full-width forms.
GLYPHS = {"a": "\u0430\u03b1\u0251", "o": "\u043e\u03bf0", "e": "\u0435\u0454", "c": "\u0441\u03f2",
          "i": "\u0456\u0131\u03b9\u0130", "l": "1I\u04cf\u0142", "1": "l\u0399", "p": "\u0440\u03c1",
          "x": "\u0445\u03c7", "y": "\u0443\u03b3", "m": "\u043c", "t": "\u0442\u03c4", "k": "\u03ba",
          "s": "\u0455\u017f", "d": "\u0501", "h": "\u04bb", "n": "\u03b7", "u": "\u03c5",
          "b": "\u0184", "g": "\u0261", "w": "\u0461", "z": "\u0290", "v": "\u03bd", "r": "\u0433",
          "8": "\u0222", "6": "\u0431", "j": "\u0458", "f": "\u0493", ".": "\u3002\uff0e\uff61"}  # fmt: skip
#: Characters a browser or IDNA drops or shows as nothing: zero-width, bidi controls, soft hyphen.
INVISIBLE = ("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2066\u2067\u2068\u2069\u061c\u180e\u034f")  # fmt: skip
EVIL = ("evil.cn", "evil.example", "x.io", "1.2.3.4")
TLDS = ("com", "cn", "net", "co", "com.cn", "org", "ru", "xyz", "hk", "co.uk", "sg", "vn")
USERINFO = ("{h}@{e}", "{h}%40{e}", "{h}\\@{e}", "{e}@{h}", "{e}%40{h}", "{e}\\@{h}",
            "{e}&commat;{h}", "{e}&#64;{h}", "{e}&#x40;{h}", "{h}&commat;{e}", "{e}:pw@{h}",
            "{e}\\{h}", "{h}\\{e}", "{e}%5C{h}", "{h}%2F{e}", "{h}%2e{e}", "{h}%252e{e}")  # fmt: skip


def _puny(host: str) -> str:
    """``host`` with each non-ASCII label in its IDNA ``xn--`` form (punycode)."""
    labels = []
    for label in host.split("."):
        if not label.isascii():
            label = "xn--" + label.encode("punycode").decode("ascii")
        labels.append(label)
    return ".".join(labels)


def _fullwidth(char: str) -> str:
    return chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char


def _brand_edit(draw: st.DrawFn, host: str) -> str:
    """A letter of the marketplace's own label (``taobao`` of ``item.taobao.com``) changed:
    a homoglyph (maybe punycoded), a full-width letter, or one added, dropped or swapped."""
    brand = _domain(host)
    start = len(host) - len(brand)
    label_end = start + brand.index(".")
    at = draw(st.integers(start, label_end - 1))
    char = host[at]
    kind = draw(st.sampled_from(["glyph", "puny", "wide", "add", "drop", "swap", "hyphen"]))
    if kind in ("glyph", "puny") and GLYPHS.get(char):
        out = host[:at] + draw(st.sampled_from(GLYPHS[char])) + host[at + 1 :]
        return _puny(out) if kind == "puny" and not out.isascii() else out
    if kind == "wide":
        return host[:at] + _fullwidth(char) + host[at + 1 :]
    if kind == "drop":
        return host[:at] + host[at + 1 :]
    if kind == "swap" and at + 1 < label_end:
        return host[:at] + host[at + 1] + host[at] + host[at + 2 :]
    if kind == "hyphen" and at > start:
        return host[:at] + "-" + host[at:]
    return host[:at] + draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789")) + host[at:]


@st.composite
def lookalikes(draw: st.DrawFn) -> tuple[str, str]:
    """(mutated authority, the rest of the real link) from a host of the forms."""
    host, path = draw(st.sampled_from(seeds()))
    evil = draw(st.sampled_from(EVIL))
    brand = _domain(host)
    kind = draw(st.integers(0, 8))
    if kind == 0:
        mutated = _brand_edit(draw, host)
    elif kind == 1:
        at = draw(st.integers(0, len(host) - 1))
        mutated = (
            host[:at] + draw(st.sampled_from(GLYPHS.get(host[at]) or "\u0430")) + host[at + 1 :]
        )
        mutated = _puny(mutated) if draw(st.booleans()) else mutated
    elif kind == 2:
        mutated = (
            host[: len(host) - len(brand)] + brand.split(".")[0] + "." + draw(st.sampled_from(TLDS))
        )
    elif kind == 3:
        mutated = draw(st.sampled_from([f"{host}.{evil}", f"evil-{host}", f"evil{brand}",
                                        f"{host}-{evil}", host.replace(".", "-"), f"{brand}.{evil}"]))  # fmt: skip
    elif kind == 4:
        mutated = draw(st.sampled_from(USERINFO)).format(h=host, e=evil)
    elif kind == 5:
        mutated = host + draw(st.sampled_from([".", "..", "\u3002", ".\u200b", ".\u3002"]))
    elif kind == 6:
        mutated = f"{host}:{draw(st.sampled_from(['8080', '0', '1', '444', '65535', '99999']))}"
    elif kind == 7:
        mutated = draw(st.sampled_from(["127.0.0.1", "47.246.23.1", "[::1]", "0x7f000001",
                                        "2130706433", "[::ffff:1.2.3.4]"]))  # fmt: skip
    else:
        at = draw(st.integers(1, len(host) - 1))
        mutated = host[:at] + draw(st.sampled_from(INVISIBLE)) + host[at:]
    return mutated, path


def _allowed(authority: str) -> bool:
    """Whether the mutation spelled a host of the allow-list, plain (no userinfo or port)."""
    host = authority.lower()
    return host.isascii() and any(host == d or host.endswith("." + d) for d in MARKETPLACE_DOMAINS)


LOOKALIKE_CODES = {"lookalike-host", "not-alibaba-host"}


@CHEAP
@given(lookalikes(), st.sampled_from(["https://", "http://", "//", ""]))
@example(("evil.cn&commat;item.taobao.com", "/item.htm?id=606832683299"), "")
@example(("evil.cn&#x40;detail.tmall.com", "/item.htm?id=606832683299"), "https://")
@example(("item.taobao.com\\@evil.cn", "/item.htm?id=606832683299"), "https://")
@example(("evil.cn\\www.aliexpress.com", "/item/1005004878609097.html"), "https://")
@example(("item.ta\u200bobao.com", "/item.htm?id=606832683299"), "https://")
@example(("xn--tobao-2ve.com", "/item.htm?id=606832683299"), "https://")  # tаobao
@example(("\u0430liexpress.com", "/item/1005004878609097.html"), "")
def test_no_lookalike_is_a_listing_on_any_path(mutated: tuple[str, str], scheme: str) -> None:
    authority, path = mutated
    text = scheme + authority + path
    answers: dict[str, Listing | Rejection | None] = {
        "parse_listing": parse_listing(text),
        "thorough": parse_slowly(text),
        "clean": _parse_clean(text),
    }
    if _allowed(authority):  # e.g. www.lazada.sg -> www.lazada.vn: a host of the list
        return
    for path_name, answer in answers.items():
        assert not isinstance(answer, Listing), (path_name, text, answer)
    refused = answers["parse_listing"]
    assert isinstance(refused, Rejection)
    if scheme or ("." in authority and not authority.startswith("[")):
        # without a scheme, a dotless word or an IPv6 literal is not taken for a host, and
        # ``evil.cn:pw@…`` starts with a scheme (``evil.cn:``, refused as one)
        codes = LOOKALIKE_CODES | ({"scheme-not-allowed"} if not scheme else set())
        assert refused.code in codes, (text, refused)
    assert answers["thorough"] == refused
    assert _fast_answer(text) is None, text


def _fast_answer(text: str) -> Any:
    """What the fast tables alone match for ``text`` (None: no entry, or no match)."""
    by_key, by_suffix, _ = fast_tables()
    end = text.find("/", 8)
    end = len(text) if end < 0 else end
    key = text[:end]
    entry = by_key.get(key)
    if entry is not None:
        return entry[0](text, end)
    entry = by_suffix.get(key[key.find(".") + 1 :])
    return None if entry is None else entry[0](text, 0)


@CHEAP
@given(st.lists(st.tuples(lookalikes(), st.sampled_from(["https://", "//", ""])), max_size=30))
def test_the_columnar_kernel_accepts_no_lookalike(rows: list[tuple[tuple[str, str], str]]) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    from ipprules.columnar import parse_column

    texts = [scheme + authority + path for (authority, path), scheme in rows]
    table = parse_column(texts)
    for text, ok, code, (authority, _), _scheme in zip(
        texts,
        table.column("ok").to_pylist(),
        table.column("code").to_pylist(),
        (mutated for mutated, _ in rows),
        (scheme for _, scheme in rows),
        strict=True,
    ):
        assert code == parse_listing(text).as_dict()["code"], text
        assert _allowed(authority) or not ok, text


def test_an_at_written_as_an_html_entity_is_userinfo() -> None:
    for entity in ("&commat;", "&#64;", "&#x40;", "&#0064;", "&COMMAT;"):
        text = f"evil.cn{entity}item.taobao.com/item.htm?id=606832683299"
        refused = parse_listing(text)
        assert isinstance(refused, Rejection), text
        assert refused.code == "lookalike-host", refused
        assert "userinfo" in refused.reason, refused


# --- linear time: counted calls, not seconds ------------------------------------------------


def _calls(function: Callable[[str], object], text: str) -> int:
    """How many Python and C functions ``function(text)`` calls (a deterministic count of the
    work, which a quadratic loop makes grow with the square of the input)."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        function(text)
    finally:
        sys.setprofile(None)
    return count


@CHEAP
@given(lookalikes(), st.integers(2, 30), st.sampled_from(["host", "userinfo", "invisible"]))
def test_work_grows_linearly_with_hostile_hosts(
    mutated: tuple[str, str], k: int, shape: str
) -> None:
    """A hostile host repeated k and 10k times (labels, userinfo, invisible characters): the
    counted calls of the longer text are at most ~15 times those of the shorter (under the
    length cap, so both are parsed, not refused as too long)."""
    authority, path = mutated
    unit = {
        "host": authority + ".",
        "userinfo": authority + "@",
        "invisible": authority + "\u200b",
    }[shape]

    def text(n: int) -> str:
        return "https://" + unit * n + "item.taobao.com" + path

    unit_cut = max(1, (8000 - len(text(0))) // (10 * len(unit)))
    k = min(k, unit_cut)
    short, long = text(k), text(10 * k)
    assert len(long) <= 8192
    for function in (parse_listing, parse_slowly):
        assert _calls(function, long) <= 15 * _calls(function, short) + 200, (function, short)


def test_a_link_without_scheme_whose_host_starts_with_a_homoglyph_is_a_lookalike() -> None:
    """No URL was found in ``аliexpress.com/item/N.html`` (a Cyrillic ``а`` first, no scheme):
    it was refused as "no URL found", where ``//аliexpress.com/…`` is a lookalike."""
    for text, word in (
        ("\u0430liexpress.com/item/1005004878609097.html", None),
        ("\u0430liexpress.com", None),
        (
            "买了 \u0442aobao.com/item.htm?id=606832683299 很好",
            "\u0442aobao.com/item.htm?id=606832683299",
        ),
        ("\u0455hop123.taobao.com/", None),
    ):
        refused = parse_listing(text)
        assert isinstance(refused, Rejection), text
        assert refused.code == "lookalike-host", refused
        assert refused.reason == parse_listing("//" + (word or text)).reason
    assert parse_listing("Таобао. хорошо").code == "not-a-url"  # words, no host


# --- urls43's left-overs -----------------------------------------------------------------


@pytest.mark.parametrize("sign", ["€", "$", "¢", "£", "₴", "₳", "＄", "￡"])
def test_what_may_be_a_command_between_unlisted_signs_is_said(sign: str) -> None:
    """``€AbCdEfGhIj€`` was "no URL found" with no more said. The notes name ``￥₤¤¥`` only, so
    it stays ``not-a-url`` (as test_real_urls_19's ``$FbOzd8kUAFb$`` row requires), but the
    reason says it may be a Taobao command between signs the notes do not name."""
    for text in (f"{sign}AbCdEf12Gh{sign}", f"复制这条信息{sign}AbCdEfGhIj{sign}打开手机淘宝"):
        refused = parse_listing(text)
        assert isinstance(refused, Rejection), text
        assert refused.code == "not-a-url", refused
        assert "may be a Taobao command" in refused.reason
        assert f"between {sign} signs, which the notes do not name" in refused.reason


@pytest.mark.parametrize(
    "text", ["€123456€", "€AbCd€", "€AbCdEfGh$", "price 5€ and 6€", "(AbCdEfGhIj)"]
)
def test_what_is_no_command_stays_no_url(text: str) -> None:
    refused = parse_listing(text)
    assert refused.code == "not-a-url"
    assert "command" not in refused.reason


def test_a_listed_delimiter_is_a_short_link() -> None:
    refused = parse_listing("\uffe5AbCdEfGhIj\uffe5")
    assert refused.code == "short-link"
    assert "may be" not in refused.reason


@pytest.mark.parametrize(
    ("text", "listing"),
    [
        (
            "https://www.lazada.sg/products/pdp-i28963 36114.html",
            "https://www.lazada.sg/products/pdp-i2896336114.html",
        ),
        (
            "https://detail.1688.com/offer/5859436 39773.html",
            "https://detail.1688.com/offer/585943639773.html",
        ),
        (
            "see https://www.lazada.sg/products/pdp-i28963\u00a036114.html thanks",
            "https://www.lazada.sg/products/pdp-i2896336114.html",
        ),
    ],
)
def test_a_space_cutting_a_path_is_said_in_the_reason(text: str, listing: str) -> None:
    """A split id leaving a broken path was ``missing-id`` with no word about the space (only
    the check's and planner's messages said it); the reason says it now, and the listing read
    with the word after the space is the suggestion. It stays refused."""
    refused = parse_listing(text)
    assert isinstance(refused, Rejection)
    assert refused.code == "missing-id"
    assert listing in refused.reason and "remove the space" in refused.reason
    assert refused.suggestion == listing
    assert space_hint(text, refused.code) == ""  # said once, not again by the hint


def test_a_space_before_a_word_that_mends_nothing_is_not_said() -> None:
    refused = parse_listing("https://www.lazada.sg/products/pdp-ix 36114.html")
    assert isinstance(refused, Rejection)
    assert "space" not in refused.reason
