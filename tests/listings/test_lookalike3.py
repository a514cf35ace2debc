"""lookalike3: an attacker's sweep. No input whose real host is not a marketplace's is accepted.

"Real host" is the host a browser navigates to for the text typed into its address bar, as
:func:`browser_url` computes it: a small reference of the WHATWG URL parser's host steps for
``http(s)`` URLs (strip C0 controls and spaces around the text, drop tabs and newlines; no
scheme means ``http://``; slashes and backslashes after the scheme are skipped; the authority
ends at ``/``, ``\\``, ``?`` or ``#``; the host follows the last ``@`` and ends at a ``:``
outside brackets; a port must be digits up to 65535; the host is percent-decoded, each label
split at ``.``, ``。``, ``．`` or ``｡`` is lower-cased, or, when not ASCII, IDNA-encoded
(Python's IDNA 2003 codec: nameprep maps full-width letters and drops soft hyphens and
zero-width characters, as UTS 46 does); forbidden domain code points fail; a last label that
is a number makes an IPv4 address). Any other scheme (``javascript:``, ``data:``) has no host.
A page's source renders HTML entities first (``&#64;``), so the text with entities rendered is
a second reading; both must resolve to a marketplace host.

The invariant, for every input of the corpus on every path (``parse_listing``,
``parse_listings``, the thorough parser, the fast path, the columnar kernel, the planner): if
the input is accepted (a listing, a storefront or a short link), every reading's host is a
marketplace host on the scheme's default port, and the URL the browser opens, parsed again,
is the same listing (the id matches).
"""

from __future__ import annotations

import html
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from encodings import idna as idna2003
from functools import cache
from typing import NamedTuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_urls44 import _calls, seeds

from _hypothesis_profiles import CAPS, profile_name
from ipprules.listings import Listing, Rejection, parse_listing, parse_listings
from ipprules.listings.hosts import MARKETPLACE_DOMAINS
from ipprules.listings.parser import _parse_clean, parse_slowly

CHEAP = settings(max_examples=50, deadline=None, derandomize=True)

# --- the reference: the host a browser resolves -------------------------------------------

_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_FORBIDDEN_DOMAIN = frozenset("\x00\t\n\r #/:<>?@[\\]^|%\x7f") | frozenset(map(chr, range(0x20)))
_DOTS = re.compile("[.\u3002\uff0e\uff61]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_DEFAULT_PORT = {"http": "80", "https": "443"}


class Opened(NamedTuple):
    """Where a browser goes: scheme, host (ASCII, lower case), port ('' by default), rest."""

    scheme: str
    host: str
    port: str
    rest: str

    def url(self) -> str:
        return f"{self.scheme}://{self.host}{':' + self.port if self.port else ''}{self.rest}"


def _ipv4(host: str) -> str | None:
    """WHATWG's IPv4 parser for a host whose last label is a number (None: a failure)."""
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels.pop()
    numbers = []
    for label in labels:
        base, digits = 10, label
        if label[:2].lower() == "0x":
            base, digits = 16, label[2:] or "0"
        elif len(label) > 1 and label.startswith("0"):
            base, digits = 8, label[1:]
        try:
            numbers.append(int(digits, base))
        except ValueError:
            return None
    if len(numbers) > 4 or any(n > 255 for n in numbers[:-1]):
        return None
    value = numbers[-1] + sum(n << (8 * (3 - i)) for i, n in enumerate(numbers[:-1]))
    if numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    return ".".join(str(value >> shift & 255) for shift in (24, 16, 8, 0))


def _ends_in_number(host: str) -> bool:
    labels = host.split(".")
    last = labels[-2] if labels[-1] == "" and len(labels) > 1 else labels[-1]
    return last.isdigit() or bool(re.fullmatch(r"0[xX][0-9A-Fa-f]*", last))


def _domain_to_ascii(host: str) -> str | None:
    labels = []
    for label in _DOTS.split(host):
        if label.isascii():
            labels.append(label.lower())
            continue
        try:
            labels.append(idna2003.ToASCII(label).decode("ascii").lower())
        except UnicodeError:
            return None
    return ".".join(labels)


def _authority(scheme: str, rest: str) -> Opened | None:
    rest = rest.lstrip("/\\")
    end = min([i for i in (rest.find(c) for c in "/\\?#") if i >= 0], default=len(rest))
    authority, tail = rest[:end].rpartition("@")[2], rest[end:].replace("\\", "/")
    host, port = authority, ""
    colon = authority.rfind(":") if not authority.startswith("[") else authority.find("]:") + 1
    if colon > 0:
        host, port = authority[:colon], authority[colon + 1 :]
    if not host or (port and not (port.isdigit() and int(port) <= 65535)):
        return None
    port = "" if port == _DEFAULT_PORT[scheme] else port.lstrip("0") or ("0" if port else "")
    if host.startswith("["):
        return Opened(scheme, host.lower(), port, tail or "/")
    ascii_host = _domain_to_ascii(urllib.parse.unquote(host, errors="replace"))
    if ascii_host is None or not ascii_host or _FORBIDDEN_DOMAIN & set(ascii_host):
        return None
    if _ends_in_number(ascii_host):
        ascii_host = _ipv4(ascii_host)  # type: ignore[assignment]
        if ascii_host is None:
            return None
    return Opened(scheme, ascii_host, port, tail or "/")


def browser_url(text: str) -> Opened | None:
    """Where a browser goes for ``text`` typed into its address bar (None: nowhere, or no
    ``http(s)`` host: another scheme, a search of words, a host that fails to parse).

    >>> browser_url("https://item.taobao.com@evil.cn/item.htm?id=1").host
    'evil.cn'
    >>> browser_url("https:\\\\evil.cn\\\\item.taobao.com").host
    'evil.cn'
    """
    text = text.strip(_C0_AND_SPACE).replace("\t", "").replace("\n", "").replace("\r", "")
    if not text or " " in text:
        return None
    scheme = _SCHEME.match(text)
    if scheme and scheme.group()[:-1].lower() in _DEFAULT_PORT:
        return _authority(scheme.group()[:-1].lower(), text[scheme.end() :])
    if scheme and not re.match(r"\d+(?:[/?#]|$)", text[scheme.end() :]):
        return None  # javascript:, data:, or a scheme the address bar does not navigate
    return _authority("http", text)  # no scheme (or host:port): the address bar adds http://


def _marketplace(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in MARKETPLACE_DOMAINS)


def readings(text: str) -> tuple[Opened | None, ...]:
    """The browser's reading of ``text``, and of ``text`` with HTML entities rendered."""
    rendered = html.unescape(text)
    return (browser_url(text),) if rendered == text else (browser_url(text), browser_url(rendered))


def _identity(answer: Listing | Rejection | None) -> str | None:
    if isinstance(answer, Listing):
        return answer.identity
    return "short-link" if answer is not None and answer.code == "short-link" else None


def check(text: str, answer: Listing | Rejection | None, where: str) -> None:
    """The invariant: an accepted ``text`` opens a marketplace host, and the same listing."""
    identity = _identity(answer)
    if identity is None:
        return
    for opened in readings(text):
        assert opened is not None, (where, text, "accepted, but a browser opens no host")
        assert _marketplace(opened.host) and not opened.port, (where, text, opened)
        if isinstance(answer, Listing):  # the id is in the URL the browser opens
            assert answer.id.lower() in opened.url().lower(), (where, text, opened.url())


# --- the corpus ------------------------------------------------------------------------------

EVIL = "evil.cn"
SHORT_SEEDS = (
    ("m.tb.cn", "/h.4CEhFr0?sm=70d491"),
    ("e.tb.cn", "/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k"),
    ("qr.1688.com", "/s/7OnLCakq"),
    ("a.aliexpress.com", "/_mKjL9Cq"),
    ("s.click.aliexpress.com", "/e/_DD2I7Ox"),
    ("s.lazada.co.th", "/s.ZkuXG"),
)


@cache
def all_seeds() -> tuple[tuple[str, str], ...]:
    return seeds() + SHORT_SEEDS


def _brand(host: str) -> tuple[int, int]:
    """Where the marketplace's own label (``taobao`` of ``item.taobao.com``) is in ``host``."""
    domain = max((d for d in MARKETPLACE_DOMAINS if host.endswith(d)), key=len)
    start = len(host) - len(domain)
    return start, start + domain.index(".")


def _puny(host: str) -> str:
    return ".".join(
        "xn--" + label.encode("punycode").decode() if not label.isascii() else label
        for label in host.split(".")
    )


def _wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def suffix_prefix(h: str, p: str) -> Iterator[str]:
    start, end = _brand(h)
    brand = h[start:end]
    for authority in (f"{h}.{EVIL}", f"evil-{h}", f"{h}-evil.cn", f"evil{h}", f"{h}{EVIL}",
                      f"{h[:start]}{brand}.co", f"{h[:start]}{brand}.com.cn", f"{h}.",
                      f"{h}..", f"{h}.cn", f"{brand}.{EVIL}", f"{h[:start]}{brand}-com.{EVIL}",
                      h.replace(".", "-") + ".cn", h.upper(), h.title(), f"www.{h}.{EVIL}"):  # fmt: skip
        yield f"https://{authority}{p}"
    yield f"{h}.{EVIL}{p}"
    yield f"//{h}.{EVIL}{p}"


_INSIDE = ("\t", "\n", "\r", "\x00", "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u202e",
           " ", "%00", "%20", "%09", "\u3002", "\uff0e", "\uff61")  # fmt: skip


def userinfo_separators(h: str, p: str) -> Iterator[str]:
    for authority in (f"{h}@{EVIL}", f"{h}:@{EVIL}", f"{h}:pw@{EVIL}", f"{h}:80@{EVIL}",
                      f"{h}%40{EVIL}", f"{h}&#64;{EVIL}", f"{h}&commat;{EVIL}", f"{h}&#x40;{EVIL}",
                      f"{EVIL}&#64;{h}", f"{h}\\@{EVIL}", f"{EVIL}\\@{h}", f"{EVIL}\\{h}",
                      f"{EVIL}/\\{h}", f"{EVIL}%2F{h}", f"{h}%2F{EVIL}", f"{EVIL}%2E{h}",
                      f"{h}%2E{EVIL}", f"{EVIL}%252F{h}", f"{EVIL}#{h}", f"{EVIL}?{h}",
                      f"{EVIL}@{h}@{EVIL}", f"{h}:443\\{EVIL}", f"{EVIL};{h}", f"{EVIL}%5C{h}",
                      _wide(h), h.replace(".", "\u3002"), h.replace(".", "\uff0e"),
                      h.replace(".", "\uff61"), f"{_wide(h)}.{EVIL}", f"{h}\u3002{EVIL}"):  # fmt: skip
        yield f"https://{authority}{p}"
    for sep in _INSIDE:
        middle = len(h) // 2
        yield f"https://{h[:middle]}{sep}{h[middle:]}{p}"
        yield f"https://{h}{sep}.{EVIL}{p}"
        yield f"https://{EVIL}{sep}{h}{p}"
    yield f"https:\\\\{EVIL}\\{h}{p}"
    yield f"https:/\\{EVIL}/{h}{p}"
    yield f"https:{EVIL}/{h}{p}"
    yield f"\\\\{EVIL}\\{h}{p}"
    yield f"/\\{EVIL}/{h}{p}"


#: The brief's confusables of ASCII letters (Cyrillic, Greek, Latin-ish, digits for letters).
CONFUSABLES = {"a": ("\u0430", "\u0251", "\u03b1"), "o": ("\u043e", "\u03bf", "0"),
               "e": ("\u0435",), "i": ("\u0456", "\u0131", "l", "1"), "m": ("rn", "\u043c"),
               "l": ("1", "I", "\u04cf"), "1": ("l", "I", "\u0399"), "c": ("\u0441",),
               "p": ("\u0440",), "x": ("\u0445",), "s": ("\u0455",), "y": ("\u0443",)}  # fmt: skip


def homoglyphs(h: str, p: str) -> Iterator[str]:
    start, end = _brand(h)
    for at in range(start, end):
        for glyph in CONFUSABLES.get(h[at], ()):
            mutated = h[:at] + glyph + h[at + 1 :]
            yield f"https://{mutated}{p}"
            if not mutated.isascii():
                yield f"https://{_puny(mutated)}{p}"


def ips_ports_schemes(h: str, p: str) -> Iterator[str]:
    for ip in ("2130706433", "0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "127.1", "[::1]",
               "[::ffff:7f00:1]", "47.246.23.1", "1.2.3.4.", "0300.0250.0.1"):  # fmt: skip
        yield f"https://{ip}{p}"
        yield f"https://{h}@{ip}{p}"
    for port in (":80@", ":443\\", ":8080", ":0", ":443:443", ":65536", ":-1", ":1e3"):
        yield f"https://{h}{port}{p}"
    url = f"https://{h}{p}"
    yield f"javascript:location='{url}'"
    yield f"javascript://{h}{p}%0Aalert(1)"
    yield f"JaVaScRiPt:{url}"
    yield f"data:text/html,<a href='{url}'>x</a>"
    yield f"data:,{url}"
    yield f"vbscript:{url}"
    yield f"file://{h}{p}"
    yield f"ftp://{h}{p}"
    yield f"view-source:{url}"


def redirects_and_paths(h: str, p: str) -> Iterator[str]:
    url = f"https://{h}{p}"
    quoted = urllib.parse.quote(url, safe="")
    yield from (f"https://{EVIL}/?u={h}{p}", f"https://{EVIL}/redirect?url={quoted}",
                f"https://{EVIL}/{h}{p}", f"https://{EVIL}/#{url}", f"https://{EVIL}/?{url}",
                f"https://{EVIL}/go/{url}", f"https://www.pandabuy.com/product?url={quoted}",
                f"https://cnfans.com/product/?shop_type=taobao&url={quoted}",
                f"https://{EVIL}{p}", f"https://{h.split('.')[0]}.{EVIL}{p}",
                f"https://{EVIL}/{h}", f"https://{EVIL}:443/{url}")  # fmt: skip


_NAMED = ("&sol;", "&bsol;", "&NewLine;", "&Tab;", "&commat;", "&#64;", "&#x40;", "&#47;",
          "&#x2F;", "&#92;", "&#10;", "&#9;", "&amp;", "&period;", "&colon;", "&quest;",
          "&num;", "&lt;")  # fmt: skip
#: (``&nbsp;`` and ``&quot;`` are left out: rendered, they are a space and a quote, and
#: ``evil.cn item.taobao.com/…`` and ``evil.cn"item.taobao.com/…`` are a word and a link, as
#: docs/listings.md reads share text, what comes before a quote being no host.)


def entities(h: str, p: str) -> Iterator[str]:
    """A separator written as an HTML entity, as a page's source has it, between an evil host
    and a marketplace's (either way round)."""
    for i, entity in enumerate(_NAMED):  # each seed one scheme per entity, in turn (cheap)
        scheme = ("", "https://", "https:", "//")[(i + len(h)) % 4]
        yield f"{scheme}{EVIL}{entity}{h}{p}"
        yield f"{scheme}{h}{entity}{EVIL}{p}"


def odd_separators(h: str, p: str) -> Iterator[str]:
    """Dots, slashes, colons and at signs of other scripts or encodings, fillers and doubled
    separators between a marketplace's host and an evil one (each seed one scheme spelling
    per trick, in turn)."""
    tricks = (f"{h}%E3%80%82{EVIL}", f"{h}%00.{EVIL}", f"{h}\u2044{EVIL}", f"{h}\u2215{EVIL}",
              f"{h}@@{EVIL}", f"@{h}@{EVIL}", f"{h}%09.{EVIL}", f"{h}\uff20{EVIL}",
              f"{h}\ufe6b{EVIL}", f"{h}\u2024{EVIL}", f"{h}\u0589{EVIL}", f"{h}\u06d4{EVIL}",
              f"{h}%2e%2e/{EVIL}", f"{h}%25%32%65{EVIL}", f"{h}\u3002\u200b{EVIL}",
              f"{h}\u0338{EVIL}", f"{h}#\\@{EVIL}", f"{h}\\\\{EVIL}", f"{EVIL}\\\\{h}",
              f"{h}:\\@{EVIL}", f"{h}\uff1a443@{EVIL}", f"{h.upper()}@EVIL.CN",
              f"{h}%3A443%40{EVIL}", f"{h}&#x3a;@{EVIL}", f"[{h}]", f"{h}%5D@{EVIL}",
              f"{EVIL}%23{h}", f"{EVIL}%3F{h}", f"{h};@{EVIL}", f"{h}\x7f.{EVIL}",
              f"{h}\u115f.{EVIL}", f"{h}\u3164{EVIL}")  # fmt: skip
    spellings = ("https://", "http://", "//", "", "https:", "HTTPS://", "https:///", "https:\\\\")
    for i, trick in enumerate(tricks):
        yield spellings[(i + len(h)) % len(spellings)] + trick + p


CLASSES: dict[str, Callable[[str, str], Iterator[str]]] = {
    "odd separators": odd_separators,
    "entities": entities,
    "suffix/prefix": suffix_prefix,
    "userinfo/separators": userinfo_separators,
    "homoglyphs": homoglyphs,
    "ip/port/scheme": ips_ports_schemes,
    "redirects/paths": redirects_and_paths,
}


@cache
def kinds_of_seeds() -> tuple[tuple[str, str], ...]:
    """The seeds that bring a kind of their own: each marketplace's domain, each path (a form
    of link), each number of labels (a vanity store's apart), each length of host modulo 8
    (the classes turn their scheme spellings with it) at least once: 38 of the 106."""
    kept, seen = [], set()
    for host, path in all_seeds():
        domain = max((d for d in MARKETPLACE_DOMAINS if host.endswith(d)), key=len)
        kinds = {
            ("domain", domain),
            ("length", len(host) % 8),
            ("path", path),
            ("labels", host.count("."), host.startswith("runcam.")),
        }
        if not kinds <= seen:
            kept.append((host, path))
            seen |= kinds
    return tuple(kept)


@cache
def corpus(full: bool = True) -> dict[str, tuple[str, ...]]:
    """Every class's inputs over every seed host (the counts go to the report), or over the
    seeds of each kind only (``full=False``: the default profile's run; ``thorough`` runs
    every seed)."""
    chosen = all_seeds() if full else kinds_of_seeds()
    return {
        name: tuple(dict.fromkeys(t for h, p in chosen for t in make(h, p)))
        for name, make in CLASSES.items()
    }


@pytest.fixture(scope="module")
def full(request: pytest.FixtureRequest) -> bool:
    """Whether the sweeps run over every seed (``--hypothesis-profile=thorough``, or any
    profile without a cap) or over each kind of seed once (the default)."""
    return profile_name(request.config) not in CAPS


@cache
def answers(name: str, full: bool) -> tuple[Listing | Rejection, ...]:
    """``parse_listing``'s answer to each of a class's inputs (read once for the tests that
    compare another path with it: the answers are immutable)."""
    return tuple(parse_listing(text) for text in corpus(full)[name])


def test_the_reference_reads_hosts_as_browsers_do() -> None:
    cases = {
        "https://item.taobao.com@evil.cn/item.htm?id=1": "evil.cn",
        "https:\\\\evil.cn\\item.taobao.com": "evil.cn",
        "https://evil.cn\\@item.taobao.com/": "evil.cn",
        "https://item.taobao.com\\@evil.cn/": "item.taobao.com",
        "https://ITEM.TAOBAO.COM/": "item.taobao.com",
        "https://\uff49\uff54\uff45\uff4d.taobao\u3002com/": "item.taobao.com",
        "https://item.ta\u00adobao.com/": "item.taobao.com",
        "https://item.ta\tobao.com/": "item.taobao.com",
        "https://item%2Etaobao.com/": "item.taobao.com",
        "https://0x7f.0.0.1/": "127.0.0.1",
        "https://2130706433/": "127.0.0.1",
        "https://0177.1/": "127.0.0.1",
        "item.taobao.com.evil.cn/x": "item.taobao.com.evil.cn",
        "https://item.taobao.com:@evil.cn/": "evil.cn",
        "https://t\u0430obao.com/": "xn--tobao-4ve.com",
    }
    for text, host in cases.items():
        opened = browser_url(text)
        assert opened is not None and opened.host == host, (text, opened)
    for text in ("javascript:location='https://item.taobao.com/'", "https://a%40b.com/",
                 "https://item.taobao.com%2F.x/", "https://a\x00b.com/", "https://1.2.3.256/",
                 "https://x.com:65536/", "two words", "data:,https://item.taobao.com/"):  # fmt: skip
        assert browser_url(text) is None, text


def test_every_class_covers_every_marketplace() -> None:
    domains = {
        max((d for d in MARKETPLACE_DOMAINS if h.endswith(d)), key=len) for h, _ in all_seeds()
    }
    assert domains >= MARKETPLACE_DOMAINS - {"lazada.com"}
    sizes = Counter({name: len(texts) for name, texts in corpus().items()})
    assert all(size > 100 for size in sizes.values()), sizes
    # the default run's seeds: every marketplace and every form of link still
    assert {_brand_domain(h) for h, _ in kinds_of_seeds()} == {
        _brand_domain(h) for h, _ in all_seeds()
    }
    assert {p for _, p in kinds_of_seeds()} == {p for _, p in all_seeds()}


def _brand_domain(host: str) -> str:
    return max((d for d in MARKETPLACE_DOMAINS if host.endswith(d)), key=len)


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(CLASSES))
def test_no_class_input_is_accepted_off_a_marketplace(name: str, full: bool) -> None:
    texts = corpus(full)[name]
    for text, answer in zip(texts, answers(name, full), strict=True):
        check(text, answer, "parse_listing")
        check(text, parse_slowly(text), "thorough")
        check(text, _parse_clean(text), "fast")
    for (position, answer), text in zip(parse_listings(texts), texts, strict=True):
        assert answer.source == text, position
        check(text, answer, "parse_listings")


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(CLASSES))
def test_the_columnar_kernel_accepts_nothing_off_a_marketplace(name: str, full: bool) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    from ipprules.columnar import parse_column

    texts = corpus(full)[name]
    table = parse_column(list(texts))
    for text, answer, ok, code in zip(
        texts,
        answers(name, full),
        table.column("ok").to_pylist(),
        table.column("code").to_pylist(),
        strict=True,
    ):
        assert code == answer.as_dict()["code"], text
        assert bool(ok) == isinstance(answer, Listing), text
        check(text, answer if ok or code == "short-link" else None, "columnar")


@pytest.mark.no_cover
def test_the_planner_plans_nothing_off_a_marketplace(full: bool) -> None:
    from ipprules.planner import Settings, plan_listings
    from planner.planner_accounts import make_account

    texts = [t for name in sorted(CLASSES) for t in corpus(full)[name][::6] if "\n" not in t]
    texts = [t for t in texts if t.strip() and "\r" not in t]  # a line each (a sixth of them)
    result = plan_listings(
        texts,
        make_account(),
        as_of="2026-11-23",
        settings=Settings(right="tm-cn", reason="tm_counterfeit"),
    )
    assert len(result.outcomes) == len(texts)
    statuses = {outcome.status.value for outcome in result.outcomes}
    assert "planned" in statuses  # the loop below checks planned lines, not none
    for outcome in result.outcomes:
        if outcome.status.value in ("planned", "duplicate"):
            text = texts[outcome.line - 1]
            check(text, parse_listing(text), "planner")
            assert isinstance(parse_listing(text), Listing), (text, outcome)


# --- Hypothesis: tricks combined, hostile characters anywhere -------------------------------

_PIECES = ("@", ":", "\\", "/", ".", "%40", "%2e", "%2f", "&#64;", "#", "?", "\t", "\u200b",
           "\u00ad", "\u3002", "\uff0e", "\uff20", "\uff0f", "evil.cn", "0x7f", "[", "]",
           "\u0430", "\u043e", "\u0131", "xn--", "..", ":443", ":80@", "-", "\x00")  # fmt: skip


@st.composite
def attacks(draw: st.DrawFn) -> str:
    host, path = draw(st.sampled_from(all_seeds()))
    name = draw(st.sampled_from(sorted(CLASSES)))
    made = tuple(CLASSES[name](host, path))
    text = draw(st.sampled_from(made)) if made else f"https://{host}{path}"
    for _ in range(draw(st.integers(0, 3))):
        cut = text.find("/", text.find("//") + 2 if "//" in text else 0)
        at = draw(st.integers(0, max(0, cut if cut > 0 else len(text))))
        text = text[:at] + draw(st.sampled_from(_PIECES)) + text[at:]
    return text


@CHEAP
@given(attacks())
@example("https://item.taobao.com\\@evil.cn/item.htm?id=606832683299")
@example("https://evil.cn&#64;item.taobao.com/item.htm?id=606832683299")
def test_no_attack_is_accepted_off_a_marketplace(text: str) -> None:
    for where, parse in (("parse_listing", parse_listing), ("thorough", parse_slowly)):
        check(text, parse(text), where)
    check(text, _parse_clean(text), "fast")


# --- linear time: counted calls, not seconds (as test_urls44 counts them) -------------------


HOSTILE = {
    "labels": lambda n: "https://" + "a." * n + "item.taobao.com/item.htm?id=606832683299",
    "percents": lambda n: "https://item.taobao.com/item.htm?id=606832683299" + "%" * n,
    "host percents": lambda n: "https://" + "%" * n + "item.taobao.com/item.htm?id=1",
    "brackets": lambda n: "https://" + "[" * n + "item.taobao.com" + "]" * n + "/item.htm?id=1",
    "at signs": lambda n: "https://" + "item.taobao.com@" * n + "evil.cn/item.htm?id=1",
    "backslashes": lambda n: "https:" + "\\" * n + "evil.cn/item.taobao.com/item.htm?id=1",
    "entities": lambda n: "https://" + "&#64;" * n + "item.taobao.com/item.htm?id=1",
    "ideographic dots": lambda n: "https://item" + "\u3002" * n + "taobao.com/item.htm?id=1",
}


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_hostile_inputs_grow_work_linearly(shape: str) -> None:
    """The counted calls for a 10x longer hostile input are at most ~15x (the bound
    test_urls44 uses), under the length cap so both are parsed; the accepted ones are checked."""
    make = HOSTILE[shape]
    n = min(700, (8000 - len(make(0))) // (len(make(1)) - len(make(0))))
    short, long = make(n // 10), make(n)
    assert len(long) <= 8192
    for function in (parse_listing, parse_slowly):
        assert _calls(function, long) <= 15 * _calls(function, short) + 200, (shape, function)
        check(long, function(long), shape)


def test_a_megabyte_of_percents_is_refused_and_accepts_nothing() -> None:
    text = "https://item.taobao.com/item.htm?id=1" + "%" * (1 << 20)
    answer = parse_listing(text)
    assert isinstance(answer, Rejection), answer
    check(text, answer, "megabyte")


# --- found by the sweep: a script or data: URL wrapping a marketplace link ------------------

_ITEM = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        (f"javascript:location='{_ITEM}'", "javascript"),
        (f"JaVaScRiPt:{_ITEM}", "JaVaScRiPt"),
        (f"javascript:alert(1)//{_ITEM}", "javascript"),
        (f"vbscript:{_ITEM}", "vbscript"),
        (f"data:,{_ITEM}", "data"),
        (f"data:text/html,<a href='{_ITEM}'>x</a>", "data"),
        (f"  view-source:{_ITEM}", "view-source"),
        (f"blob:{_ITEM}", "blob"),
    ],
)
def test_a_script_or_data_url_wrapping_a_link_is_refused(text: str, scheme: str) -> None:
    """These were read as the listing inside them (the link after the scheme taken for share
    text), though a browser opens no marketplace page for them: refused, by the scheme's name,
    on every path."""
    for answer in (parse_listing(text), parse_slowly(text), next(iter(parse_listings([text])))[1]):
        assert isinstance(answer, Rejection), (text, answer)
        assert answer.code == "scheme-not-allowed", answer
        assert f"not allowed: {scheme}: links are not accepted" in answer.reason, answer


@pytest.mark.parametrize(
    "text",
    [
        f"Taobao:{_ITEM}",
        f"Link:{_ITEM}",
        f"data: {_ITEM}",
        f"看看javascript:{_ITEM}",
        f"url={_ITEM}",
    ],
)
def test_a_label_before_a_link_still_reads_the_link(text: str) -> None:
    """A word and a colon glued before a link (``Taobao:https://…``, as pasted text has it) or
    apart from it stays a label: only a text that starts as a script's or a data: URL is one."""
    answer = parse_listing(text)
    assert isinstance(answer, Listing), (text, answer)
    assert answer.identity == "taobao-item:606832683299"


@pytest.mark.parametrize(
    "entity",
    ["&sol;", "&bsol;", "&NewLine;", "&Tab;", "&SOL;", "&quest;", "&num;", "&colon;", "&amp;"],
)
@pytest.mark.parametrize("scheme", ["", "//", "https:"])
def test_an_entity_name_after_a_host_is_no_list_separator(entity: str, scheme: str) -> None:
    """``evil.cn&sol;item.taobao.com/…`` (``&quest;``, ``&num;``, ``&colon;``…) was the listing
    read past the entity's ``;``, taken for a list's separator; rendered, as a page's source
    is, it is a path, a query or a fragment of ``evil.cn``. A slash, a backslash, a line break
    or a tab named is read as its number (``&#47;``) is, and the text after another entity's
    name glued to a host is read rendered: refused, on the thorough parser too."""
    text = f"{scheme}{EVIL}{entity}item.taobao.com/item.htm?id=606832683299"
    for answer in (parse_listing(text), parse_slowly(text)):
        assert isinstance(answer, Rejection), (text, answer)
        assert answer.code in (
            "not-alibaba-host",
            "lookalike-host",
            "not-a-url",
            "scheme-not-allowed",
        )
