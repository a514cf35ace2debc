"""Parsing one pasted input into a :class:`Listing` or a :class:`Rejection`.

Two engines, one answer. The fast path (:mod:`.fast`) matches common, clean URLs with one
combined regular expression. Everything else goes through the thorough parser below: trim,
find the URL in free text, split it, check scheme, userinfo, port and host, route the host
through the allow-list, then match the URL forms of :mod:`.forms` and read the id from the path
or the query (``&amp;`` unescaped, percent-decoding, double-encoded queries decoded once).

>>> parse_listing("HTTPS://Item.TaoBao.com/item.htm?spm=a1z09&id=606832683299#detail").id
'606832683299'
>>> parse_listing("taobao://item.taobao.com/item.htm?id=606832683299").code
'scheme-not-allowed'
>>> parse_listing("https://m.tb.cn/h.4CEhFr0?sm=70d491").code
'short-link'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from ipprules._args import require_str
from ipprules.errors import plain, quoted
from ipprules.listings.codes import REJECTION_CODES
from ipprules.listings.fast import FastEntry, fast_tables, id_query_tables
from ipprules.listings.forms import ID_RULES, STAND_IN_LABEL, X_RULES, all_forms, form_named
from ipprules.listings.hosts import (
    AGENT_DOMAINS,
    GROUP_DOMAINS,
    LAZADA_TLDS,
    MARKETPLACE_DOMAINS,
    RESERVED_LABELS,
    SHORT_HOSTS,
    SHORT_TARGET_KEYS,
)
from ipprules.listings.lookalike import _lookalike_reason
from ipprules.listings.model import Form, Listing, Rejection
from ipprules.listings.text import (
    ANGLED_TARGET,
    CODE_COMMENT,
    COMMENTED_VALUE,
    FILE_EXTENSIONS,
    GLUED_HOST,
    LISTED_HOST,
    LISTED_LINK,
    NON_ASCII,
    PARAMS_LABEL,
    PAREN_HOST,
    PASTED_TARGET,
    RELATIVE_GLUED,
    SPACE_ENTITY_PATTERN,
    SPACE_NAMES,
    TRAILING,
    WIDE_SCHEME,
    WORD_LABEL,
    WRAPPING_SCHEME,
    _strip_end,
    _unglued,
    comment_word,
    cut_url,
    extract_urls,
    find_url,
    hostish_entity,
    list_cut,
    space_entity,
    unwrap_text,
    xpath_attributes,
)

__all__ = ["MAX_LENGTH", "may_hold_several", "other_listings", "parse_listing", "space_hint"]

#: Inputs longer than this (in characters) are rejected with ``too-long`` unread.
MAX_LENGTH = 8192

_new = tuple.__new__
_FAST: tuple[dict[str, FastEntry], dict[str, FastEntry], dict[str, tuple[Any, str]]] | None = None
# The fast tables, bound here for the hot path; empty until the first call fills them.
_BY_KEY: dict[str, FastEntry] = {}
_BY_SUFFIX: dict[str, FastEntry] = {}
_SHORT: dict[str, tuple[Any, str]] = {}

# Pages of a marketplace that look like a listing page but whose id is missing or bad, by
# registrable domain (checked after every form of the host has failed).
_SHAPES: dict[str, str] = {
    "taobao.com": r"/(?:item\.html?|awp/core/detail\.htm|detail/detail\.html|detail/index\.html"
    r"|item/.*|list/item/.*|dianpu/.*|shop/view_shop\.htm)",
    "tmall.com": r"/item(?:_o)?\.htm",
    "tmall.hk": r"/(?:hk/)?item\.htm",
    "1688.com": r"/offer/.*|/page/index\.html?|/winport/.*",
    "alibaba.com": r"/product-(?:detail|introduction)/.*|/p-detail/.*"
    r"|(?:/[a-zA-Z]{2}_[a-zA-Z]{2})?/product/.*",
    "aliexpress.com": r"/(?:item|i|store)/.*",
    "aliexpress.us": r"/(?:item|i|store)/.*",
    "aliexpress.ru": r"/(?:item|i|store)/.*",
    "goofish.com": r"/item|/personal|/wow/moyu/moyu-project/fish-detail/pages/home",
    **{
        f"lazada.{tld}": r"/products/.*"
        for tld in ("sg", "co.id", "com.my", "co.th", "com.ph", "vn")
    },
}
# The same by host, for a host whose own form has such a page: a.m.taobao.com's /i….htm (on a
# store's host, /item_list.htm is one of the store's pages, see _store_page).
_HOST_SHAPES: dict[str, re.Pattern[str]] = {"a.m.taobao.com": re.compile(r"/i[^/]*\.htm")}
# (A root path is no listing page: a host that also serves other pages, such as
# chaoshi.tmall.com, Tmall Supermarket's home, or m.1688.com, 1688's mobile home, is
# not-a-listing there, with or without its "/".)
# Hosts that serve listings only: their root is a listing page without an id.
_LISTING_ONLY = frozenset(
    {
        "item.taobao.com",
        "detail.tmall.com",
        "detail.m.tmall.com",
        "detail.tmall.hk",
        "detail.1688.com",
        "detail.m.1688.com",
    }
)


class _Slow:
    """The compiled patterns of the thorough parser."""

    __slots__ = (
        "bad_chars",
        "by_domain",
        "clean",
        "command",
        "host_ok",
        "hostport",
        "mentions",
        "scheme",
        "shapes",
        "space",
        "split",
    )

    def __init__(self) -> None:
        self.split = re.compile(
            r"(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#\\]*))?([^?#]*)(?:\?([^#]*))?(?:#.*)?",
            re.DOTALL,
        )
        self.hostport = re.compile(  # a dotted host's ports typed twice too (host:443:443/)
            r"[A-Za-z0-9.-]+:[0-9]*(?:[/?#]|$)|[A-Za-z0-9-]++\.[A-Za-z0-9.-]++(?::[0-9]*+){2,}(?:[/?#]|$)"
        )
        self.host_ok = re.compile(
            r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
        )
        self.scheme = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,30}):/*[^\s/]")
        self.bad_chars = re.compile(r"[\x00-\x20\x7f]")
        # see _parse_clean: printable ASCII only, every repetition possessive (linear time)
        self.clean = re.compile(r"(?:(?:https?:)?(//))?([a-z0-9][-.a-z0-9]*+)" + _CLEAN_TAIL)
        self.space = re.compile(r"\s")
        # a Taobao command (淘口令): share text the Taobao app resolves online
        self.command = re.compile(
            "[\uffe5\u20a4\u00a4\u00a5][A-Za-z0-9]{6,}+[\uffe5\u20a4\u00a4\u00a5]"
        )
        self.mentions = re.compile(
            r"(?i)taobao|tmall|1688|alibaba|aliexpress|lazada|goofish|tb\.cn|%2f|%3a"
        )
        self.shapes = {domain: re.compile(rx) for domain, rx in _SHAPES.items()}
        self.by_domain: dict[str, list[tuple[Form, re.Pattern[str], re.Pattern[str]]]] = {}
        for form in all_forms():
            host = re.compile(_expand_slow(form.host, form, in_path=False))
            path = re.compile(_expand_slow(form.path, form, in_path=True))
            domains = {_marketplace_domain(h) for h in (*form.hosts, *form.suffixes)}
            for domain in sorted(d for d in domains if d is not None):
                self.by_domain.setdefault(domain, []).append((form, host, path))


def _expand_slow(template: str, form: Form, *, in_path: bool) -> str:
    out = (
        template.replace("{SEG}", "[^/?#]").replace("{WORD}", "[^/?#.%]").replace("{PATH}", "[^?#]")
    )
    strict, _, loose = ID_RULES[form.id_rule]
    out = out.replace("{ID}", f"(?P<id>{loose if in_path else strict})")
    if form.x_rule is not None:
        out = out.replace("{X}", "(?P<x>" + X_RULES[form.x_rule].replace("{SEG}", "[^/?#]") + ")")
    return out


@cache
def _slow() -> _Slow:
    return _Slow()


def _reject(
    code: str, source: str, detail: str | None = None, suggestion: str | None = None
) -> Rejection:
    title = REJECTION_CODES[code].title
    message = f"{title}: {detail}" if detail else title
    return _new(Rejection, (code, message, source, suggestion))


def parse_listing(text: str) -> Listing | Rejection:
    """Parse one pasted input (a URL, or share text around one) into a listing or a rejection.

    Never raises for any ``str``; linear in the length of the input.

    >>> from ipprules import parse_listing
    >>> parse_listing("https://www.lazada.co.th/products/pdp-i4212266679.html").canonical_url
    'https://www.lazada.co.th/products/pdp-i4212266679.html'
    >>> parse_listing("https://s.taobao.com/search?q=shoes").code
    'not-a-listing'
    """
    if type(text) is not str and isinstance(text, str):
        text = plain(text)  # a subclass's own __eq__, strip... are never called
    try:
        if len(text) > MAX_LENGTH:
            return _parse_text(text, 0, True)
        end = text.find("/", 8)
    except (AttributeError, TypeError):
        if isinstance(text, str):  # pragma: no cover - a str always has len() and find()
            raise
        raise TypeError(_not_text(text)) from None
    if end < 0:
        end = len(text)
    key, start = text[:end], -1  # (start: where the fast pattern matched from)
    entry = _BY_KEY.get(key)
    if entry is not None:
        match = entry[0](text, start := end)
    else:
        entry = _BY_SUFFIX.get(key[key.find(".") + 1 :])
        if entry is not None and key not in _SHORT and "xn--" not in key:
            if "_id=" in text:  # shop_id=, user_number_id=: read first by the patterns taking
                compared = _compared_ids(text, key, end)  # them (the others fail on them)
                if compared is not None:
                    return compared
            match = entry[0](text, start := 0)
        else:
            if " " in key or not key.isascii():  # share text: no quick path reads it (their
                return _parse_text(text, 0, True)  # patterns hold no space), it is not clean
            if entry is None and key not in _SHORT:
                miss = _known_miss(text, key, end)
                if miss is not None:
                    return miss
            result = _off_key(text, key, end, text)
            if result is not None:
                return result
            match = None
    if match is not None and (";" not in text or _ENTITY.search(text) is None):
        form, id_group, x_group = entry[1][match.lastindex]  # type: ignore[index]
        return _new(
            Listing, (form, match[id_group], match[x_group] if x_group else form.x_const, text)
        )  # (an HTML entity, which the thorough parser renders first, takes the paths below)
    if match is None and entry is not None and start >= 0 and not text.isascii():
        held = _held_listing(text, key, entry, start)  # a slug or query value in letters of another
        if held is not None:  # script (a Vietnamese slug, a Chinese title=): read as ASCII
            return held
    if match is None and entry is not None and "_id=" in text and key in _BY_KEY:
        compared = _compared_ids(text, key, end)  # (a store's host was compared above)
        if compared is not None:
            return compared
    if entry is not None and _MISSES.get(key) != 1:
        miss = _known_miss(text, key, end)
        if miss is not None:
            return miss
    result = _parse_clean(text)
    if result is not None:
        return _later_link(text, result)
    return _parse_text(text, 0, True)


class _Held(dict[int, int]):
    """Code point -> the code point :func:`_held_listing` reads in its place: ``$`` (which
    no literal of a fast pattern holds, every character class of the fast path takes and no
    URL ends at) for a letter or mark of another script that no case mapping or NFKC
    folds to ASCII (Vietnamese ``ô``, Thai, Chinese, Cyrillic), the code point itself for
    any other (full-width or look-alike letters, digits of other scripts, punctuation,
    spaces, format characters: the thorough parser reads those). Filled on first sight of
    each code point; ASCII maps to itself; cleared when full (bounded)."""

    def __missing__(self, code: int) -> int:
        if len(self) >= _HELD_MAX:
            self.clear()
            self.update({n: n for n in range(128)})
        char = chr(code)
        forms = (char.lower(), char.upper(), unicodedata.normalize("NFKC", char))
        letter = unicodedata.category(char)[0] in "LM" and not any(
            c.isascii() for form in forms for c in form
        )
        self[code] = held = 0x24 if letter else code
        return held


_HELD_MAX = 1 << 16
#: A held letter after a character that no slug, value or fragment puts before one
#: (``…&x=1...看``: the thorough parser cuts the link at the letter and finds it ends in an
#: ellipsis). ``+`` (a space in a query: ``q=áo+thun``), ``%``, ``:`` and ``#`` may.
_HELD_AFTER = re.compile(r"[^-#$%&+/0-:=A-Z_a-z]\$").search
_HELD = _Held({n: n for n in range(128)})


def _held_listing(text: str, key: str, entry: FastEntry, start: int) -> Listing | None:
    """The fast path's answer for ``text`` (a URL whose ``key``, its scheme and host, is
    plain ASCII, holding other characters after it) read with each letter of another script
    in its slug, query or fragment held by ``$`` (see :class:`_Held`): a slug or a query
    value is no id, so the thorough parser gives the same answer
    (``tests/listings/test_held_letters.py`` checks it). None (the paths after the fast path
    decide) if any other non-ASCII character is in it, or a letter comes after punctuation
    (:data:`_HELD_AFTER`), or the pattern does not match, or its id or extra value holds one."""
    held = text.translate(_HELD)
    if (
        not key.isascii()
        or not held.isascii()
        or _HELD_AFTER(held) is not None
        or (";" in text and _ENTITY.search(text) is not None)
    ):
        return None
    match = entry[0](held, start)
    if match is None:
        return None
    form, id_group, x_group = entry[1][match.lastindex]  # type: ignore[index]
    id = text[match.start(id_group) : match.end(id_group)]
    extra = form.x_const
    if x_group and (span := match.span(x_group))[0] >= 0:
        extra = text[span[0] : span[1]]
    elif x_group:
        extra = None
    if not id.isascii() or not (extra is None or extra.isascii()):
        return None
    return _new(Listing, (form, id, extra, text))


def _held_token(token: str, text: str) -> Listing | None:
    """The held fast path's listing (:func:`_held_listing`) for ``token``, a link holding
    letters of another script cut out of ``text`` (markup, share text), answered for
    ``text``; None where :func:`parse_listing` would not try it on the token alone (no fast
    pattern for its host, a short link's or a punycode host, a store's ``_id=``)."""
    end = token.find("/", 8)
    key = token[:end] if end >= 0 else token
    entry, start = _BY_KEY.get(key), end
    if entry is None:
        entry, start = _BY_SUFFIX.get(key[key.find(".") + 1 :]), 0
        if entry is None or key in _SHORT or "xn--" in key or "_id=" in token:
            return None
    elif end < 0:
        return None
    held = _held_listing(token, key, entry, start)
    return None if held is None else _new(Listing, (held[0], held[1], held[2], text))


def may_hold_several(text: str) -> bool:
    """Whether ``text``, read as one listing, may also hold the link of another (cheap, asked
    before :func:`other_listings` looks): white space or a non-ASCII character in it, or
    markup that glues a second link to the first (``…<br>https://…``, a quote, a backquote,
    ``[/url]``, a Markdown link's ``](``, the ``','`` or ``';'`` between the values of a
    list in single quotes), a JSON escape or a second ``//``.

    The planner asks this of every line, so a plain ASCII URL is answered by one pass of
    ``bytes.translate`` deleting every character the tests below look for (white space,
    ``"'<`\\[],``) and a count of ``//``; anything else takes the tests one by one
    (``tests/listings/test_listings_several.py`` checks the two agree). A regular expression
    took several times longer on a plain URL.

    >>> may_hold_several("https://item.taobao.com/item.htm?id=606832683299")
    False
    >>> may_hold_several("https://item.taobao.com/item.htm?id=1<br>https://item.taobao.com/x")
    True
    """
    if type(text) is not str:  # asked of every line: no call for a plain str
        text = require_str(text, "text", empty=True)
    if text.isascii():
        raw = text.encode()
        if len(raw.translate(None, _SEVERAL_MARKS)) == len(raw):  # none of them in it
            return raw.count(b"//") > 1
    return _may_hold_several(text)


#: Every ASCII character one of the tests of :func:`_may_hold_several` but the count of ``//``
#: looks for: the white space of ``str.split()`` and the markup (``](`` and ``[/`` through
#: their brackets, a comma, a semicolon or a bar through the list of links it may start, a
#: single quote through the separator of a quoted list, ``','`` or ``';'``).
_SEVERAL_MARKS = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\"'<`\\[],;|"


def _may_hold_several(text: str) -> bool:
    """:func:`may_hold_several` test by test (the reference its quick path must agree with)."""
    return (
        not text.isascii()
        or _marked_up(text)
        or text.count("//") > 1
        or LISTED_LINK.search(text) is not None
    )


def _marked_up(text: str) -> bool:
    """The tests of :func:`_may_hold_several` that look for no ``//``: white space between
    words, or markup another link may stand in (``"``, ``<``, a backtick, a backslash,
    ``](``, ``[/``, the ``','`` or ``';'`` between two values in single quotes: a list of
    links without their schemes holds no ``//`` to tell). The planner's quick path asks them
    too."""
    return (
        len(text.split(None, 1)) > 1
        or '"' in text
        or "<" in text
        or "`" in text
        or "\\" in text
        or "](" in text
        or "[/" in text
        or ("'" in text and ("','" in text or "';'" in text))  # one scan on most texts
    )


#: Invisible characters a page or a chat puts between words (zero-width space, word joiner,
#: zero-width no-break space): they set two glued links apart as a space does.
_INVISIBLE_SPACES = frozenset("\u200b\u2060\ufeff")

#: Markup that never belongs to a pasted URL, so sets two glued links apart; and single
#: quotes closing one link and opening the next in a list of links in code
#: (``['https://…','https://…']``, or without the schemes ``['item.taobao.com/…','…']``,
#: the next value's dotted host running to a slash: no link holds a quote, a comma or
#: semicolon and a quote before a scheme or a host). A parenthesis before a bar closes a
#: Markdown link's target in a table's cell written without a space (``[A](https://…)|``).
_APART = re.compile(
    r'["<>`]|\[/|\]\(|\)\||'
    r"(?i:'[,;]'(?=(?:https?:)?//|(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63}/))"
)


def other_listings(text: str, read: Listing | Rejection) -> list[str]:
    """The links in ``text`` of listings other than ``read`` (what :func:`parse_listing` read
    from ``text``), one per listing, in order: an entry meant to hold one listing whose others
    would be lost without a word (when ``read`` is a rejection, the entry's first link
    refused, every listing's link in ``text`` but that first link's own). Links may be joined
    by whitespace, by an invisible space (U+200B, U+2060, U+FEFF) or by non-ASCII
    punctuation (``，``, ``、``), which the parser cuts a link at, or glued by markup
    (``…?id=1<br>https://…?id=2``, a Markdown link showing one listing and leading to another,
    a JSON-escaped second link); a link with or without its scheme. An entry that cannot hold
    another (:func:`may_hold_several`) is answered at once.

    The planner (``several-listings``) and the complaint check (``listing-several-urls``)
    both ask this, so they agree on every entry.

    >>> first = "https://item.taobao.com/item.htm?id=606832683299"
    >>> other_listings(first + " item.taobao.com/item.htm?id=606832683298", parse_listing(first))
    ['item.taobao.com/item.htm?id=606832683298']
    >>> other_listings(first + "，" + first + "&spm=x", parse_listing(first))
    []
    >>> other_listings(first + "<br>" + first[:-1] + "7", parse_listing(first))
    ['https://item.taobao.com/item.htm?id=606832683297']
    """
    if not isinstance(text, str):
        raise TypeError(_not_text(text, "other_listings"))
    if not isinstance(read, (Listing, Rejection)):
        raise TypeError(f"read must be a Listing or a Rejection, not {type(read).__name__}")
    if not may_hold_several(text):
        return []
    if type(read) is Rejection and _one_link_at_most(text):
        return []  # the entry's first link is its own: there is no other
    candidates = _links_of(text)
    seen = {read.identity} if isinstance(read, Listing) else set()
    if type(read) is Rejection and candidates:
        # nothing was read: the entry's first link is its own (refused with what is glued to
        # it, or too long to read), not another listing; it is not looked at again below
        if len(candidates) == 1:
            return []
        own = parse_listing(candidates[0])
        if type(own) is Listing:
            seen.add(own.identity)
        candidates = candidates[1:]
    out = []
    for candidate in candidates:
        other = parse_listing(candidate)
        if type(other) is Listing and other.identity not in seen:
            seen.add(other.identity)
            out.append(candidate)
    return out


def _links_of(text: str) -> list[str]:
    """The links of ``text``, in order, as :func:`other_listings` reads them apart."""
    spaced = _APART.sub(" ", unwrap_text(text))
    if spaced.isascii():  # (an ASCII text keeps every character)
        return _uncommented(extract_urls(spaced), spaced)
    spaced = _spaced(spaced)
    return _whole_links(_uncommented(extract_urls(spaced), spaced), spaced)


def _whole_links(links: list[str], spaced: str) -> list[str]:
    """``links`` (the links of ``spaced``, in order), each cut at a non-ASCII character and
    no listing so replaced by its whole token when that is one, as :func:`parse_listing`
    reads a link alone: a decoded slug (``…/products/กระเป๋า-i4212266679.html``,
    docs/listings.md) is a listing after the first link as well as in it."""
    out = []
    at = 0
    for link in links:
        found = spaced.find(link, at)
        if found >= 0:
            at = found + len(link)
            # (read one level deeper, as _later_link reads: no link after it named)
            cut = spaced[at : at + 1]
            if cut and not cut.isascii() and type(_parse_text(link, 1, True)) is not Listing:
                space = _SPACE(spaced, at)
                token = spaced[found : len(spaced) if space is None else space.start()]
                if type(_parse_text(token, 1, True)) is Listing:
                    link = token
        out.append(link)
    return out


#: The codes of an answer that says nothing of a marketplace's page (see :func:`_later_link`).
_NO_MARKETPLACE = frozenset(
    {"empty", "too-long", "not-a-url", "scheme-not-allowed", "not-alibaba-host"}
)
#: How a link that :func:`_later_link` names starts: with its scheme, so that no part of the
#: first link's host split off by a space (``https://i tem.taobao.com``) is named as a link.
_SCHEMED = ("https://", "http://", "//")
#: Markup a link named in a message is shown without (a Markdown link's ``)`` before a table's
#: bar: ``[A](https://…)|``).
_SHOWN_END = ")]}>|'\""


#: A link with its scheme, then a second scheme glued to a letter or a digit of it with nothing
#: between (``…?id=123456789012https://…``, ``…/N.htmlhttps://…``): group 1, the first link.
_GLUED_LINKS = re.compile(r"(?i)(https?://[^\s]{1,2048}?[a-z0-9])(https?://)")


def _glued_links(text: str, refused: Rejection) -> Rejection:
    """``refused``, the refusal of ``text``, saying first that its first link has a second
    glued to it with nothing between (two links copied one after the other): the code is
    kept, the reason names both links' starts, to be put one a line."""
    if refused.suggestion is not None:
        return refused
    first = find_url(text)  # the text's link, the one read
    glued = None if first is None else _GLUED_LINKS.match(text, first[1])
    if glued is None:
        return refused
    second = text[glued.start(2) :].split(None, 1)[0]
    shown = [link if len(link) <= 80 else link[:77] + "..." for link in (glued[1], second)]
    detail = (
        f"two links are glued with nothing between them ({shown[0]} then {shown[1]}): put "
        "each on a line of its own"
    )
    return _reject(refused.code, text, detail)


def _later_link(text: str, first: Listing | Rejection) -> Listing | Rejection:
    """``first``, the answer for ``text``; when it refuses the text's first link as on no
    marketplace's host (``not-alibaba-host``: an image, a brand's own site, another shop's
    page), naming the next link of the text with its scheme that is on a marketplace's host,
    as :func:`other_listings` reads links apart. The first link stays the one read (a line is
    one input, read at its first link: section 0 of the notes), but the marketplace's link
    after it is not passed over without a word: a listing's canonical link is the suggestion
    (``other_listings`` names it too); a link that is no listing alone (a malformed id, a
    short link: ``other_listings`` does not name it) is named in the message, for the user to
    paste alone and see its own answer. A refusal that already suggests a link (one embedded
    in a redirector's query) is left as it is. A refusal of two links glued with nothing between
    them says so (:func:`_glued_links`)."""
    if type(first) is Rejection and text.find("://", text.find("://") + 3) > 2:
        first = _glued_links(text, first)  # two schemes at least: two links may be glued
    if (
        type(first) is not Rejection
        or first.code != "not-alibaba-host"
        or first.suggestion is not None
        or not may_hold_several(text)
        or _one_link_at_most(text)
    ):
        return first
    for candidate in _links_of(text)[1:]:
        if not candidate[:8].lower().startswith(_SCHEMED):
            continue
        got = _parse_text(candidate, 1, True)  # (one level deeper: no link after it named)
        if type(got) is Listing:
            return _new(Rejection, (first[0], first[1], first[2], got.canonical_url))
        if got[0] not in _NO_MARKETPLACE:
            shown = candidate[:160].rstrip(_SHOWN_END)
            message = (
                f"{first[1]} (the line's first link, the one read; a marketplace's link after "
                f"it, not read: {shown}; paste it on a line of its own)"
            )
            return _new(Rejection, (first[0], message, first[2], None))
    return first


#: The characters :func:`other_listings` may read links apart at, before it looks for them:
#: white space, the markup ``_APART`` makes a space of (``"<>```, ``[/``, ``](``), the
#: separators of a listed link (``LISTED_LINK``: ``,;|`` and an escaped line break, ``&#10;``)
#: and every non-ASCII character (``_spaced``). A stretch of other characters holding a ``.``
#: or a ``/`` is one :data:`_LINKISH` match.
_APART_CHARS = r"\s\"<>`\[\]()\,;|&\x80-\U0010ffff"
_LINKISH = re.compile(rf"(?<![^{_APART_CHARS}])[^{_APART_CHARS}./]*+[./][^{_APART_CHARS}]*+")
_SCHEME_ANYCASE = re.compile(r"(?i)https?://")


def _one_link_at_most(text: str) -> bool:
    """Whether :func:`other_listings` finds at most one link in ``text`` (cheap: two searches,
    no copy), so that an entry whose first link was refused holds no other listing.

    Each link :func:`~ipprules.listings.text.extract_urls` finds is in its own token (white
    space apart, holding a ``.`` or a ``/``), but for a second link glued to the first after
    a second scheme. The text it is asked of is ``text`` with characters made spaces (some of
    :data:`_APART_CHARS`, never a ``.`` or a ``/`` made), unless ``text`` holds an escape
    (``\\``, ``%``: ``unwrap_text`` decodes them): each of its tokens is then in a
    :data:`_LINKISH` stretch of its own, and its schemes are schemes of ``text``. So one
    stretch and one scheme at most mean one link at most.
    ``tests/listings/test_listings_one_link.py`` checks it against ``extract_urls``.

    >>> _one_link_at_most("【淘宝】「Lofree keyboard」 https://m.tb.cn/h.4CEhFr0?sm=70d491 CZ356")
    True
    >>> _one_link_at_most("see https://a.example/x and item.taobao.com/item.htm?id=1")
    False
    """
    if "\\" in text or "%" in text:
        return False
    stretches = _LINKISH.finditer(text)
    if next(stretches, None) is not None and next(stretches, None) is not None:
        return False
    schemes = _SCHEME_ANYCASE.finditer(text)
    return next(schemes, None) is None or next(schemes, None) is None


def _spaced(text: str) -> str:
    """``text`` with each invisible space and each non-ASCII punctuation or space character
    made a space (a line or paragraph separator a line break: it ends a comment's line), as
    :func:`other_listings` reads links apart."""
    return "".join(
        ("\n" if c in "\u2028\u2029" else " ")
        if not c.isascii() and (c in _INVISIBLE_SPACES or unicodedata.category(c)[0] in "PZ")
        else c
        for c in text
    )


def _uncommented(candidates: list[str], text: str) -> list[str]:
    """``candidates`` (the links of ``text``, in order) without those a code comment after a
    link holds: ``https://a… // https://b…`` or ``… //old: https://b…`` keeps ``a`` alone
    (a ``//`` marker, alone or glued to a word, after white space; a protocol-relative link,
    ``//item.taobao.com/…``, is no marker). A comment ends with its line: the links of the
    lines after it are the text's own."""
    if len(candidates) < 2:
        return candidates
    for marker in _COMMENT_MARKER.finditer(text):
        if comment_word(marker.group(1)) or not marker.group(1).strip("/"):
            before = extract_urls(text[: marker.start()])
            if not before:
                return candidates
            end = _LINE_END.search(text, marker.end())
            rest = "" if end is None else text[end.end() :]
            return candidates[: len(before)] + _uncommented(extract_urls(rest), rest)
    return candidates


#: A ``//`` token after white space that follows some text (a comment marker, maybe).
_COMMENT_MARKER = re.compile(r"(?<=\S)\s+(//\S*)")
#: Where a comment's line ends (``str.splitlines``'s breaks that other_listings keeps).
_LINE_END = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _or_trimmed(text: str, result: Listing | Rejection) -> Listing | Rejection:
    """``result``, or for a URL alone that it refuses, the listing the URL is without the
    sentence punctuation ending it (``…?id=637730514783.``) or the markup glued to it
    (``…/1005003264388589.html<br>``): see :func:`_shorter`. Only the clean-URL path needs
    it: the other quick answers (known misses, short links) rest on the host, which neither
    changes."""
    if text[-1:] in _TRAILING_MARKS and _cut_short(text):
        return _cut_short_rejection(text)  # said first, a listing's link too (a store's)
    if type(result) is Listing:  # read whole: a second id past markup glued on still counts
        return _id_past_markup(text, result)
    for shorter in _shorter(text):
        again = parse_listing(shorter)
        if type(again) is Listing:
            return _id_past_markup(text, _new(Listing, (again[0], again[1], again[2], text)))
    short = _unglued_end(text)
    if short is not None:
        return _glued_after(text, result, parse_listing(short), text[len(short)])
    asked = _amp_query(text)
    if asked is not None:
        return _glued_after(text, result, parse_listing(asked), "&")
    slashless = _slash_query(text)
    if slashless is not None:
        return _glued_after(text, result, parse_listing(slashless), "/?")
    page = _page_glued(text)
    if page is not None:
        return _glued_after(text, result, parse_listing(page[0]), page[1], page=True)
    return result


#: A page's name (``.html``, ``.htm``) with ASCII letters or digits glued right after it,
#: ending the path (``…/pdp-i4212266679-s20072727483.htmlfoo``, ``item.htmfoo?id=N``).
_PAGE_GLUED_ASCII = re.compile(r"(?ai)\.(?:html|htm(?!l))([a-z0-9_-]++)(?=[?#]|\Z)")


def _page_glued(url: str) -> tuple[str, str] | None:
    """``url`` without the ASCII word glued after its page's name (``….htmlfoo``: share text
    typed or pasted onto the link; the notes' listing forms all end their path in the page's
    name), and that word; None when its path ends in no such word."""
    query = _QUERY_MARKS.search(url)
    found = _PAGE_GLUED_ASCII.search(url, 0, len(url) if query is None else query.start())
    if found is None:
        return None
    return url[: found.start(1)] + url[found.end(1) :], found[1][:20]


def _amp_query(url: str) -> str | None:
    """``url`` with the ``&`` that glues its query on in place of the missing ``?``
    (``…/pdp-i2896336114-s20072727483.html&spm=x``, ``item.htm&id=606832683299``): its first
    ``&`` after the host when no ``?`` comes before it (a ``?`` after it, as in
    ``….html&spm=x?y=1``, is then part of the query); None when a ``?`` or a ``#`` comes
    first or there is no such ``&``."""
    scheme = url.find("//")
    path = url.find("/", scheme + 2 if scheme >= 0 else 0)
    amp = url.find("&", path) if path >= 0 else -1
    if amp < 0 or "?" in url[:amp] or "#" in url[:amp]:
        return None
    return f"{url[:amp]}?{url[amp + 1 :]}"


def _slash_query(url: str) -> str | None:
    """``url`` without the ``/`` between its page's name and its query
    (``item.taobao.com/item.htm/?id=531554484426``, as SQL dumps and Taobao's own mini-app code
    write it); None when no ``.htm/?`` or ``.html/?`` is there."""
    query = url.find("?")
    if query < 1 or url[query - 1] != "/" or "#" in url[:query]:
        return None
    page = url[: query - 1]
    return page + url[query:] if page.lower().endswith((".htm", ".html")) else None


def _unglued_end(url: str) -> str | None:
    """``url`` without what is glued on at its end that no listing's link ends in: bars
    with no cell before them (``…/585943639773.html|``, ``…?id=N|``), a slash after a page's
    name (``…/585943639773.html/``, ``a.m.taobao.com/iN.htm/``) or after an id ending the
    path (``aliexpress.com/item/N/``, the form without ``.html``), dollar signs (the close of a
    ``$…$`` Taobao command wrapped round the link: ``$https://…?id=N$``); None when there is
    none."""
    if url and url[-1] in "|$":
        return url.rstrip(url[-1])
    if url[-1:] == "/" and (
        url[-6:].lower().endswith((".htm/", ".html/")) or _ID_SLASH.search(url) is not None
    ):
        return url[:-1]
    return None


#: A path ending in an id and a slash (``/item/1005004878609097/``), the host excluded.
_ID_SLASH = re.compile(r"[^/]/[0-9]++/\Z")


def _glued_after(
    text: str,
    refused: Listing | Rejection,
    bare: Listing | Rejection,
    mark: str,
    *,
    page: bool = False,
) -> Listing | Rejection:
    """``refused``, the answer to a link in ``text`` that ends in ``mark`` glued on (see
    :func:`_unglued_end`; refused, table 21), saying so when ``bare``, the answer without it,
    is a listing, which is then the suggestion; it would otherwise read as a page "in a form
    ipprules does not read", as a malformed id, or as no listing page, form by form. With
    ``page``, ``mark`` is glued after the page's name (:func:`_page_glued`)."""
    if type(refused) is not Rejection or type(bare) is not Listing or refused.suggestion:
        return refused
    link = bare.canonical_url
    if mark == "&":
        detail = f"the query is glued on with '&' and no '?': the link is {link}"
    elif mark == "/?":
        detail = f"a '/' stands between the page and its query; remove it: the link is {link}"
    elif page:
        detail = f"{mark!r} is glued after the page's name; remove it: the link is {link}"
    else:
        detail = f"'{mark}' is glued after the link; remove it: the link is {link}"
    return _reject(refused.code, text, detail, link)


def _id_past_markup(text: str, result: Listing | Rejection) -> Listing | Rejection:
    """``result``, or ``conflicting-ids`` for a listing read from a link that markup glued to
    it cut short (``…?id=1&x=<br>&id=2``, a quote, a tag) when the query goes on past the
    markup with another value of the listing's id parameter: two ids in one entry are never
    read as one listing. What follows a second ``//`` is another link, which
    :func:`other_listings` reports."""
    if type(result) is not Listing or _stopless(text) or not result[0].query_keys:
        return result
    keys, id = result[0].query_keys, result[1]
    for token in text.split():
        read = next((m for m in _PARAM.finditer(token) if m[2] == id and m[1] in keys), None)
        cut = (
            -1
            if read is None
            else next((i for i in range(read.end(), len(token)) if token[i] in _STOPS), -1)
        )
        if cut < 0:
            continue  # not the token of the listing's link, or no markup after its id
        after = token[cut:].split("//", 1)[0]
        glued = _NEXT_HOST.search(after)
        if glued is not None:  # a link without its scheme after the markup: another link
            after = after[: glued.start()]
        others = {value for key, value in _PARAM.findall(after) if key in keys} - {id, ""}
        if others:
            shown = ", ".join(sorted(others | {id}))[:200]
            return _reject("conflicting-ids", text, f"{'/'.join(keys)} given as {shown}")
    return result


#: A link without its scheme glued to markup (a tag's ``>``, a quote, a parenthesis), its
#: dotted host running to a slash: what follows ``</td><td>item.taobao.com/…`` is another
#: link, as what follows a ``//`` is (``<td>A</td><td>B</td>``, ``("A","B")``); so does
#: a bar's, as before a marketplace's host it joins two links (``LISTED_LINK``).
_NEXT_HOST = re.compile(r"[>'\"(|](?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63}/")
#: A query parameter's key and value (after ``?``, ``&`` or the ``;`` of ``&amp;``).
_PARAM = re.compile(r"[?&;]([^=&?;#\s\"<>`\[|]+)=([^&#;\s\"<>`\[|]*)")


def _shorter(url: str) -> list[str]:
    """The readings of a URL alone on its line that the URL finder gives it after a word, when
    they are shorter: without the sentence punctuation ending it (:func:`_trim`), and cut where
    markup glued to it begins (``…html<br>``, a closing quote or tag, a code span's end). Only
    its end is cut: a host is never made another (``https://uniqlo.tmall.com"@evil.example``
    stays whole, as the finder leaves it)."""
    readings = []
    trimmed = _trim(url) if url[-1:] in TRAILING else None
    if trimmed is not None:
        readings.append(trimmed)
    if not _stopless(url) or list_cut(url) is not None:
        found = find_url(url)
        if found is not None and not found[1] and found[0] != url and url.startswith(found[0]):
            readings.append(found[0])
    return readings


def _trim(url: str) -> str | None:
    """``url`` without the sentence punctuation ending it (``…?id=637730514783.``,
    ``https://uniqlo.tmall.com)``), as the URL finder reads it after a word; None when there
    is none. Only punctuation at the very end goes: a dot inside a host followed by more
    (``item.taobao.com./item.htm``) stays and is refused as a lookalike trick."""
    trimmed = _strip_end(url)  # a masked value's stars (…?id=63540767****) stay
    authority = _AUTHORITY.match(trimmed)
    if trimmed == url or authority is None or not trimmed[authority.start() :].strip("/:"):
        return None
    return trimmed


def _alone(
    url: str, text: str, answer: Listing | Rejection, slow: _Slow, depth: int
) -> Listing | Rejection:
    """The answer for a URL alone on its line that is no listing as it stands (``answer``):
    the listing one of its shorter readings is (:func:`_shorter`); or, where ``answer`` took a
    row's next cell glued on by a comma or a bar for part of the host (a lookalike), the
    reading without it when that is a marketplace page's refusal (``https://www.taobao.com,12``
    is the home page, not a lookalike of it), or markup glued after the host (``<``: no host
    holds one, so ``www.lazada.vn</title>`` is Lazada's home page, as after other text); else
    ``answer``."""
    if url[-1:] in _TRAILING_MARKS and _cut_short(url):
        return _cut_short_rejection(text)
    for shorter in _shorter(url):
        again = _parse_url(shorter, text, slow, depth)
        if type(again) is Listing or (
            answer[0] == "lookalike-host"
            and again[0] in _PAGE_CODES
            and (_cell_cut(url, shorter) or url[len(shorter) : len(shorter) + 1] in _MARKUP_STOPS)
        ):
            return again  # (www.taobao.com,12: the home page, not a lookalike of it)
    return answer


#: What no host holds and markup glues after one (a tag, a quote, a code span's backquote): the
#: host ends there, at the start of the text as after other text (see :func:`_alone`).
_MARKUP_STOPS = frozenset('<>"`')
#: The codes of a refusal of a marketplace's page (see :func:`_alone`).
_PAGE_CODES = frozenset({"not-a-listing", "missing-id", "malformed-id", "conflicting-ids"})


def _cell_cut(url: str, shorter: str) -> bool:
    """Whether ``shorter`` is ``url`` cut at the comma or the bar before a row's next cell
    (:func:`~ipprules.listings.text.list_cut`: ``https://www.taobao.com,12``), where what
    follows makes no other host of it: its answer is the link's."""
    return url[len(shorter) : len(shorter) + 1] in (",", "|") and list_cut(url) == len(shorter)


def _quick(text: str, depth: int = 0) -> Listing | Rejection | None:
    """The answer of :func:`parse_listing`'s quick paths for a URL already cut out of its
    text, or None where :func:`parse_listing` would go on to the thorough parser (the same
    steps as :func:`parse_listing`, which keeps them inline because it runs once per input)."""
    if len(text) > MAX_LENGTH:  # pragma: no cover - a candidate is cut from a capped text
        return None
    if _FAST is None:
        _init()
    end = text.find("/", 8)
    if end < 0:
        end = len(text)
    key = text[:end]
    entry = _BY_KEY.get(key)
    if entry is not None:
        match = entry[0](text, end)
    else:
        entry = _BY_SUFFIX.get(key[key.find(".") + 1 :])
        if entry is not None and key not in _SHORT and "xn--" not in key:
            match = entry[0](text, 0)
        else:
            result = _off_key(text, key, end, text)
            if result is not None:
                return result
            match = None
    if match is not None:
        form, id_group, x_group = entry[1][match.lastindex]  # type: ignore[index]
        return _new(
            Listing, (form, match[id_group], match[x_group] if x_group else form.x_const, text)
        )
    return _parse_clean(text, depth)


def space_hint(text: str, code: str = "") -> str:
    """What the message of a rejected entry adds when ``text`` holds white space and, read
    without it, is a listing (a space typed or pasted into a link cuts it there:
    ``…/item.htm?id= 701234567890`` reads as a link with no id); else ``""``. One
    implementation for the complaint check (``listing-rejected``), the planner (a rejected
    line's message) and ``ipprules listings`` (a rejection's reason); each asks it of
    rejected entries only, with the rejection's ``code``. An entry without white space costs
    one ``str.split``; one refused as a ``short-link`` gets no hint (its link was read whole:
    the share text around a short link is what holds the white space, and the link must be
    resolved first whatever the text is without it).

    >>> hint = space_hint("https://item.taobao.com/item.htm?id= 701234567890")
    >>> hint.partition(" is ")[2].partition(": ")[0]
    'https://item.taobao.com/item.htm?id=701234567890'
    >>> space_hint("https://s.taobao.com/search?q=lamp shade")
    ''
    """
    if not isinstance(text, str):
        raise TypeError(f"space_hint(): text must be a str, got {type(text).__name__}")
    if not isinstance(code, str):
        raise TypeError(f"space_hint(): code must be a str, got {type(code).__name__}")
    text, code = plain(text), plain(code)  # a str subclass's own __eq__ is not called
    if code == "short-link":
        return ""
    words = text.split()
    if len(words) < 2:
        return ""
    joined = "".join(words)
    if len(joined) > 4096:  # a link is shorter; a long text is share text, not a typo
        return ""
    if joined.isascii() and _DOT_OR_ESCAPE(joined) is None:
        return ""  # no host with a dot in it, nor a dot escaped: no listing (saves a parse)
    again = parse_listing(joined)
    if type(again) is not Listing:
        return ""
    hint = _whole_hint(again.canonical_url)
    if code in _CUT_BY_SPACE and parse_listing(text)[1].endswith(hint):
        return ""  # the refusal's reason says it already (:func:`_space_cut`)
    return hint


def _whole_hint(url: str) -> str:
    """What :func:`space_hint` adds for an entry that is the listing ``url`` without its
    white space."""
    return (
        f"; the entry holds white space, and read without it is {url}: "
        "remove the space if it was typed or pasted into the link"
    )


#: What an ASCII text that holds no listing host (every one has a dot) may yet hold one with:
#: a dot, or a dot escaped (``%2E``, ``\\u002e``, ``&#46;``), which the parser reads first.
_DOT_OR_ESCAPE = re.compile(r"[.%\\&]").search


def _not_text(text: object, function: str = "parse_listing") -> str:
    """The :class:`TypeError` of a ``text`` that is no ``str``, saying when it is a missing
    value (None, NaN, pandas' NA: a gap in a column), which :mod:`ipprules.listings.bulk`
    tells how to read.

    >>> _not_text(float("nan"), "other_listings")
    'other_listings(): text must be a str, got float (a missing value)'
    >>> _not_text(None).endswith("(a missing value): " + _ONE_GAP)
    True
    """
    kind = type(text).__name__
    missing = text is None or kind in _MISSING_TYPES or (isinstance(text, float) and text != text)
    return f"{function}(): text must be a str, got {kind}" + (
        _MISSING + (f": {_ONE_GAP}" if function == "parse_listing" else "") if missing else ""
    )


#: Said of a missing value, and what parse_listing adds: what reads a column with gaps (a
#: user mapping parse_listing over a Dask column met it first, as Dask infers the output
#: from a row of pandas' NA).
_MISSING = " (a missing value)"
_ONE_GAP = (
    "skip the gaps (series.dropna()), or parse the column with ipprules.columnar.parse_column "
    "or, on Dask, map ipprules.scale.parse_partition (meta=ipprules.scale.listing_meta()), "
    "which read a gap as the empty string's rejection (empty)"
)


#: The types of pandas' missing values other than NaN (``pd.NA``, ``pd.NaT``).
_MISSING_TYPES = frozenset({"NAType", "NaTType"})


def _compared_ids(text: str, key: str, end: int) -> Listing | None:
    """The listing of a store link whose query names its id again (``shop_id``,
    ``user_number_id``: the fast patterns leave such a query to the thorough parser, which
    compares them): read by the same patterns taking the query as it is
    (:func:`id_query_tables`), its ids compared as the thorough parser compares them
    (:func:`_conflict`); None where they conflict or the patterns do not match (the thorough
    parser then answers), or the text holds an HTML entity (rendered first)."""
    by_key, by_suffix, unowned = _id_tables()
    entry = by_key.get(key)
    if entry is not None:
        match = entry[0](text, end)
    else:
        entry = by_suffix.get(key[key.find(".") + 1 :])
        match = entry[0](text, 0) if entry is not None else None
    if match is None or (";" in text and _ENTITY.search(text) is not None):
        return None
    form, id_group, x_group = entry[1][match.lastindex]  # type: ignore[index]
    id = match[id_group]
    start = text.find("?") + 1  # none in a host or a path of these patterns, nor "#" in a query
    query = text[start:].partition("#")[0] if start else ""
    if not query or (form.name in unowned and "%" not in query and query.count("_id=") < 2):
        pass  # one seller or shop id at most, never compared with the host's: no conflict
    elif _conflict(form, id, query, "") is not None:  # (its message is not shown)
        return None
    return _new(Listing, (form, id, match[x_group] if x_group else form.x_const, text))


@cache
def _id_tables() -> tuple[dict[str, FastEntry], dict[str, FastEntry], frozenset[str]]:
    """:func:`id_query_tables`, and the names of their forms whose conflict keys all end in
    ``_id`` and none names the form's own id (a vanity store's ``shop_id`` and
    ``user_number_id``): with no ``%``, a query holding ``_id=`` once names no conflict."""
    by_key, by_suffix = id_query_tables()
    unowned = frozenset(
        form.name
        for entries in (*by_key.values(), *by_suffix.values())
        for form, _, _ in entries[1].values()
        if all(key.endswith("_id") for key in form.conflict_keys)
        and not _kinds(form.conflict_keys, form.id_type)[0]
    )
    return by_key, by_suffix, unowned


def _codeless_rest(key: str, text: str, end: int) -> bool:
    """Whether the short link ``text`` whose host (with its scheme) is ``key`` ends its
    path, with no query, before its code (:func:`_codeless`): the thorough parser answers."""
    if len(text) - end > 6 or "?" in text or "#" in text:
        return False
    return _codeless(key.rpartition("/")[2], text[end:])


def _off_key(text: str, key: str, end: int, source: str) -> Listing | Rejection | None:
    """The fast path for what the hot loop did not answer: short links, and hosts in upper
    case (looked up again in lower case). None when it cannot answer, as for a text holding
    an HTML entity (``&nbsp;``, ``&#38;``), which the thorough parser renders first."""
    if _FAST is None:  # the first call: compile the fast tables and start again
        _init()
        return parse_listing(text) if text is source else None
    if _entities(text):
        return None
    by_key, by_suffix, short = _FAST
    link = short.get(key)
    if link is not None:
        if link[0](text, end) is not None and (
            len(text) - end > 6 or not _codeless_rest(key, text, end)
        ):
            return _new(Rejection, ("short-link", link[1], source, None))
        return None
    entry = by_suffix.get(key[key.find(".") + 1 :])
    if entry is not None:
        if "xn--" in key:  # punycode: the thorough parser rejects it
            return None
        match = entry[0](text, 0)
    elif text is source and key.isascii() and not key.islower():
        # an ASCII host in upper or mixed case: the thorough parser lower-cases the host and
        # the scheme, so the fast patterns can read the lower-cased key and the rest as is
        lowered = key.lower()
        if lowered == key:  # pragma: no cover - islower() is False only with upper case
            return None
        text = lowered + text[end:]
        entry = by_key.get(lowered)
        if entry is None:
            return _off_key(text, lowered, end, source)
        match = entry[0](text, end)
    else:
        return None
    if match is None:
        return None
    form, id_group, x_group = entry[1][match.lastindex]  # type: ignore[index]
    return _new(
        Listing, (form, match[id_group], match[x_group] if x_group else form.x_const, source)
    )


def _parse_clean(text: str, depth: int = 0) -> Listing | Rejection | None:
    """The thorough parser's answer for a clean URL, without its general preamble.

    A clean URL is plain printable ASCII: a lower-case ``http(s)://``, ``//`` or no scheme, a
    lower-case host of letters, digits, dots and hyphens, then a path, a query and a fragment
    with no backslash. For such a URL the trimming, the free-text search, the split and the
    authority checks of the thorough parser are known in advance (no userinfo, no port, nothing
    to trim), so this goes straight to the host and page checks the thorough parser ends with
    (sentence punctuation after the path or query read as the thorough parser reads it after
    a lone link). None when ``text`` is not clean.
    """
    slow = _slow()
    parts = slow.clean.fullmatch(text)
    if parts is None or _entities(text) or "](" in text:
        # not clean, HTML entities the thorough parser renders (_as_rendered), or a Markdown
        # link's "](" (the thorough parser reads the link shown or its target: _not_bare)
        return None
    slashes, host, path, query = parts.groups()
    url = text
    if text.startswith("//") and comment_word(text):
        return None  # //todo: the thorough parser finds no link in it
    if (slashes is None or "," in text) and _glued(text):
        return None  # a CSV row's cells before a link (2021/8/24,1,…,https://…), or a link
    if slashes is None:  # glued after a comma (//a.com/x,https://…): the finder reads it apart
        if "://" in text and _FILE_HEAD.match(text) is not None:
            return None  # a.jpg?x=1,https://…: a file's name, no host; the link after is read
        if "." not in host:
            if "://" in text or _MISTYPED_SCHEME.match(text):  # 20181107/https://…: the
                return None  # thorough parser reads the link after; https//…: it suggests
            return _or_cut_short(text, "no host")
        url = "//" + text  # retried as a protocol-relative URL: suggestions off (one level
        depth += not _registrable_in(host.rstrip("."), AGENT_DOMAINS)  # deeper), but an agent's
    if len(host) > 253:
        return _or_cut_short(text, "host name longer than 253 characters")
    return _or_trimmed(text, _host_and_page(host, True, path or "", query, url, text, slow, depth))


# What follows the host in a clean URL (see _Slow.clean): printable ASCII, no backslash.
_CLEAN_TAIL = r"(/[!\"$->@-\[\]-~]*+)?(?:\?([!\"$-\[\]-~]*+))?(?:#[!-~]*+)?"
_TAIL = re.compile(_CLEAN_TAIL).fullmatch
_KEY = re.compile(r"(?:(?:https?:)?(//))?([a-z0-9][-.a-z0-9]*+)").fullmatch
#: key -> the answer to a clean URL with that key (see _known_miss), or 0 (seen once) or 1 (the
#: answer depends on more than the key). Bounded: cleared when full.
_MISSES: dict[str, tuple[int, str, str] | int] = {}
_MISSES_MAX = 4096


def _known_miss(text: str, key: str, end: int) -> Rejection | None:
    """The answer for a clean URL whose host is not a marketplace host, from a cache keyed by
    ``key`` (the scheme and host that :func:`parse_listing` slices off), or None.

    Also for a marketplace host that serves no listing form (a search, cart or home page host):
    there the answer is not-a-listing, from the host and the path.

    For such a URL :func:`_parse_clean` answers from the host alone (not a URL, a trailing dot,
    a lookalike or a foreign host) unless the rest of the URL names a marketplace (then it looks
    for an embedded listing to suggest) or the host is a buying agent's (then it always looks).
    So the answer to the key alone is the answer to every clean URL with that key whose rest
    names no marketplace, with the input as its source. A key is learnt on its second sighting,
    so a stream of distinct hosts costs one dictionary insert per input.
    """
    if "," in text and _glued(text):
        return None  # a CSV row's cell or a link before a comma: _parse_clean reads the text
    if _entities(text):
        return None  # HTML entities the thorough parser renders first (``&nbsp;``, ``&#038;``)
    if text[-1:] in _TRAILING_MARKS and _cut_short(text):
        return None  # a link cut short (``…?id=6901234...``): said so whatever its host
    known = _MISSES.get(key)
    if type(known) is not tuple:
        if known == 1 or _FAST is None:
            return None
        if len(_MISSES) >= _MISSES_MAX:
            _MISSES.clear()
        if known is None:
            if _KEY(key) is not None:  # other keys (share text...) are never remembered
                _MISSES[key] = 0
            return None
        known = _MISSES[key] = _miss_entry(key) or 1
        if known == 1:
            return None
    start, code, message = known  # type: ignore[misc]
    tail = _TAIL(text, end)
    if tail is None:
        return None
    if start < 0:  # a marketplace host with no listing form: "code" is the host
        return _not_a_listing(code, tail[1] or "", text)
    if _mentions(text, start):
        return None
    return _new(Rejection, (code, message, text, None))


#: The marketplace domains where :func:`_marketplace` reads a page on any of the domain's
#: hosts, one it routes to no form too: a Xianyu seller page (``/personal?userId=``, suggesting
#: the named form) and an AliExpress Russia share link (``/e/_…``). Their other hosts' answers
#: depend on the path, not only on the host: the miss cache does not answer for them.
_ANY_HOST_PAGES = frozenset({"goofish.com", "aliexpress.ru"})


def _miss_entry(key: str) -> tuple[int, str, str] | None:
    """What :func:`_known_miss` remembers for ``key``: where the text after the host starts,
    and the code and message of the answer to ``key`` alone; or -1 and the host of a marketplace
    host that serves no listing form; None when the answer to a URL with this key may depend on
    more than the key."""
    parts = _KEY(key)
    if parts is None or key in _SHORT:
        return None
    slashes, host = parts.groups()
    if len(host) > 253 or (slashes is None and "." not in host):
        return None  # a dotless word may stand before a link (20181107/https://…)
    if key[-1:] in _TRAILING_MARKS and _cut_short(key):
        return None  # example.com1234.../: the key alone is cut short, its URLs may not be
    bare = host.rstrip(".") or host
    domain = None if host.endswith(".") else _checked_domain(host)
    if domain is not None:
        # a marketplace host: the page decides, unless the host has no listing form at all
        # (then _marketplace answers not-a-listing from the host and the path alone)
        if (
            host in SHORT_HOSTS
            or domain == "lazada.com"
            or (
                domain == "alibaba.com"
                and host in ("alibaba.com", "www.alibaba.com", "m.alibaba.com")
            )
            or host in _LISTING_ONLY
            or host in _ITEM_PAGES_UNNAMED
            or host in _STORE_PAGES_UNNAMED
            or _routed(host, domain)[0]
            or domain in _ANY_HOST_PAGES
        ):
            return None
        return -1, host, ""
    if _registrable_in(bare, AGENT_DOMAINS):
        return None  # a buying agent's URL, with its scheme or not: the thorough parser reads it
    if domain is None and bare != host and _marketplace_domain(bare):
        return None  # a marketplace host with its root dot: the refusal suggests its page
    answer = _parse_clean(key)
    if type(answer) is not Rejection or answer.suggestion is not None:  # pragma: no cover
        return None
    return key.find(bare) + len(bare), answer.code, answer.message


def _init() -> tuple[dict[str, FastEntry], dict[str, FastEntry], dict[str, tuple[Any, str]]]:
    global _FAST
    _FAST = fast_tables()
    _BY_KEY.update(_FAST[0])
    _BY_SUFFIX.update(_FAST[1])
    _SHORT.update(_FAST[2])
    return _FAST


def parse_slowly(text: str) -> Listing | Rejection:
    """The thorough parser alone: the reference the fast path must agree with.

    >>> parse_slowly("https://item.taobao.com/item.htm?id=1&id=2").code
    'conflicting-ids'
    """
    if type(text) is not str and isinstance(text, str):
        text = plain(text)  # a subclass's own __eq__, strip... are never called
    return _parse_text(text, 0, False)


def _not_bare(stripped: str, slow: Any) -> bool:
    """Whether ``stripped`` (an input without its outer white space) is more than a bare
    link: text around one, a link glued to another or to markup, a code comment, a scheme
    typed with full-width punctuation. Such an input is read through :func:`find_url`."""
    first = stripped[0]
    return bool(
        slow.space.search(stripped)
        or not (first.isascii() and (first.isalnum() or first == "/"))
        or _glued(stripped)
        or _glued_relative(stripped)
        or _glued_scheme(stripped)
        or GLUED_HOST.match(stripped) is not None
        or (
            ("(" in stripped or ")" in stripped or "]" in stripped)
            and PAREN_HOST.match(stripped) is not None
        )
        or _listed_head(stripped)
        or (first.isalpha() and WORD_LABEL.match(stripped) is not None)
        or ((first.isalpha() or first == "_") and PARAMS_LABEL.match(stripped) is not None)
        or (not stripped[:9].isascii() and WIDE_SCHEME.match(stripped) is not None)
        or (first == "/" and CODE_COMMENT.match(stripped) is not None)
        or (first == "/" and comment_word(stripped))
        or (first == "/" and _COMMENTED_LINK.match(stripped) is not None)
        or stripped.startswith(COMMENTED_VALUE)
        or ("](" in stripped and PASTED_TARGET.search(stripped) is not None)
        or ("](<" in stripped and ANGLED_TARGET.search(stripped) is not None)
        or (("('" in stripped or '("' in stripped) and _unglued(stripped)[0] > 0)
        or ("@" in stripped and next(xpath_attributes(stripped), None) is not None)
    )


#: The first characters of a text :data:`WRAPPING_SCHEME` may match (``javascript:``,
#: ``vbscript:``, ``data:``, ``blob:``, ``view-source:``, in any case; no other character folds
#: to them; or a C0 control a browser strips before them, ``\x01javascript:…``, that ``strip``
#: leaves): a text starting otherwise, its link not after a ``;``, is no concern of :func:`_inside`.
_WRAPPED = frozenset("jJvVdDbB") | frozenset(map(chr, range(0x21)))
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_TAB_AND_BREAKS = str.maketrans("", "", "\t\n\r")
_HIDDEN_IN_SCHEME = "; a browser drops the control characters, tabs and line breaks in it"
#: A host-like word and an HTML entity's name glued before a link (``evil.cn&quest;item.…``).
_ENTITY_GLUED = re.compile(r"[^\s&]*\.[A-Za-z0-9-]+&[A-Za-z][A-Za-z0-9]{1,31};\Z")


def _inside(
    text: str, stripped: str, at: int, depth: int, use_fast: bool
) -> Listing | Rejection | None:
    """The answer for a link found at ``at`` of ``stripped`` that is no link of its own: one
    inside a script's or a ``data:`` URL (:data:`WRAPPING_SCHEME`: refused by its scheme), or
    one after a host and an HTML entity's name (``evil.cn&quest;item.taobao.com/…``, as a
    page's source has it): the ``;`` is the entity's, no list's separator, so the text is read
    rendered (``evil.cn?item.taobao.com/…``, a query of ``evil.cn``). None: the link is read."""
    scheme = WRAPPING_SCHEME.match(stripped, 0, at)
    if scheme is not None:
        written = scheme.group().split(":", 1)[0]
        word = written.lstrip(_C0_AND_SPACE).translate(_TAB_AND_BREAKS)
        hidden = "" if word == written else _HIDDEN_IN_SCHEME
        why = f"{word}: links are not accepted (the link inside it is not read{hidden})"
        return _reject("scheme-not-allowed", text, why)
    if stripped[at - 1] != ";" or _ENTITY_GLUED.match(stripped, 0, at) is None or depth > 2:
        return None
    from html import unescape

    got = _parse_text(unescape(text), depth + 1, use_fast, rendered=True)
    if type(got) is Listing:
        return _new(Listing, (got[0], got[1], got[2], text))
    return _new(Rejection, (got[0], got[1], text, got[3]))


#: A ``//`` glued before a scheme (``//tbopen://…``, ``//https://…``: a commented-out link).
_SLASHED_SCHEME = re.compile(r"//[A-Za-z][A-Za-z0-9+.-]{0,30}://")


#: A prompt's colon after CJK text, full-width or not (``如：``, ``例如：``, ``链接:``): the prose
#: ends there and the link after it is read on its own.
_PROMPT = re.compile(r"[^\x00-\x7f][ \t\u3000]*[\uff1a:][ \t\u3000]*(?=[A-Za-z0-9])")


def _prompted(stripped: str) -> int:
    """Where the link starts in ``stripped``, one token that is a prompt then a link
    (``placeholder="如：robot.aliexpress.com"``: after the colon), 0 for any other text. The
    link is read on its own, not with the prompt as one bare link (whose host would be the
    whole attribute, "imitating" a marketplace's).

    >>> _prompted('placeholder="如：robot.aliexpress.com"'), _prompted("item.taobao.com")
    (15, 0)
    """
    if stripped.isascii() or _WHITE(stripped):
        return 0
    prompt = _PROMPT.search(stripped)
    if prompt is None or _HOSTISH_HEAD.search(stripped, 0, prompt.start()):
        return 0
    if "&" in stripped[: prompt.start()] and hostish_entity(stripped[: prompt.start()]):
        return 0
    return prompt.end()


#: What before a prompt's colon (:data:`_PROMPT`) makes it part of a link: a dot (or what IDNA
#: maps to one: ``evil。cn链接：…``), a slash (a backslash is one to a browser), userinfo's
#: ``@``, a port's colon, an escape's ``%`` (``evil%2ecn``), a dot written as an HTML entity
#: (``a&#46;b链接：…``, rendered a dot), a ``?`` or ``#`` (``x?链接：…``: the label and the link a
#: query or a fragment of the word's link): no word before a label holds any.
_HOSTISH_HEAD = re.compile(
    r"[./@:\\%?#\u3002\uff0e\uff61\u2024\ufe52]|(?i:&(?:#0*46|#x0*2e|period);)"
)
_WHITE = re.compile(r"\s").search


def _parse_text(
    text: str, depth: int, use_fast: bool, *, unwrapped: bool = False, rendered: bool = False
) -> Listing | Rejection:
    if not isinstance(text, str):
        raise TypeError(_not_text(text))
    if len(text) > MAX_LENGTH:
        return _reject("too-long", text, f"{len(text)} characters, the limit is {MAX_LENGTH}")
    if not rendered and "&" in text and ";" in text:
        answer = _as_rendered(text, depth, use_fast, unwrapped)
        if answer is not None:
            return answer
    if not unwrapped and ("\\" in text or "%" in text):
        answer = _as_plain(text, depth, use_fast)
        if answer is not None:
            return answer
    started = text.lstrip()
    if started[:1] == "\ufeff":  # the byte order mark a file's first line may start with
        started = started.lstrip("\ufeff").lstrip()
    stripped = started.rstrip()
    if not stripped:
        return _reject("empty", text)
    slow = _slow()
    lead = len(text) - len(started)
    prompt = 0
    if _not_bare(stripped, slow) or (prompt := _prompted(stripped)):
        found = find_url(stripped[prompt:])
        if found is None:
            return _no_url(stripped, text, slow, depth)
        candidate, at = found
        wraps = at + prompt and (stripped[0] in _WRAPPED or stripped[at + prompt - 1] == ";")
        if wraps and (inside := _inside(text, stripped, at + prompt, depth, use_fast)) is not None:
            return inside
        at += lead + prompt
        if at and text[at - 1].isalpha() and (typo := _glued_typo(text, at, depth)) is not None:
            return typo  # hhttps://…: a mistyped scheme, not a word glued to the link
        lone = False
    else:
        candidate, at = cut_url(stripped), lead
        lone = True  # the text is one token: the URL, maybe cut at share text glued on
    end = at + len(candidate)
    if text[end : end + 1] in _ELLIPSES or (
        ("..." in text or "\u3002\u3002\u3002" in text) and _cut_short(candidate + _word(text, end))
    ):
        return _cut_short_rejection(text)
    if stripped is not text or candidate is not stripped:
        hostile = _space_by_host(text, candidate, at)
        if hostile is not None:
            return _reject("not-a-url", text, hostile)
    if _SLASHED_SCHEME.match(candidate) is not None:  # //tbopen://…: a comment's marker, then
        candidate, at = candidate[2:], at + 2  # a link with its scheme: the "//" holds no host
    if candidate.startswith("//") and comment_word(candidate):  # //TODO: a comment, no link
        return _reject("not-a-url", text, "no URL found in the text")
    result: Listing | Rejection | None = None  # (a link cut at white space: no token to hold)
    if use_fast and text[end : end + 1].strip() and not stripped.isascii():
        result = _held_in(text, candidate, at)
    if result is None:
        result = _read_cut(text, stripped, candidate, at, lone, slow, depth, use_fast)
    if at > 1 and text[at - 1] == "|" and type(result) is Listing:
        result = _barred_store(text, candidate, at, result)
    result = _split_code(text, candidate, at, _id_past_markup(text, result), lone)
    if type(result) is Rejection and result[0] in _HOST_ONLY_CODES:
        result = _elided(text, candidate, at, result) if result[0] == "missing-id" else result
        if text[at - 1 : at] in _QUOTE_MARKS or candidate[:1] in _QUOTE_MARKS:
            result = _quoted_host(text, candidate, at, result, depth, use_fast)  # a quote opens it
        if text[end : end + 1] in _WIDE_QUERY_MARKS and type(result) is Rejection:
            result = _wide_marks_said(result, text)  # ?id＝N: the link ends at the ＝
    return result if depth else _later_link(text, _space_cut(text, candidate, at, result))


def _read_cut(
    text: str,
    stripped: str,
    candidate: str,
    at: int,
    lone: bool,
    slow: _Slow,
    depth: int,
    use_fast: bool,
) -> Listing | Rejection:
    """The answer for the URL ``candidate`` found at ``at`` of ``text`` (``stripped``: the
    text without its outer white space; ``lone``: the text is one token), before the checks
    of the text around it."""
    result: Listing | Rejection | None = None
    if use_fast and candidate is not text:
        quick = _quick(candidate)
        if type(quick) is Listing:
            result = _new(Listing, (quick[0], quick[1], quick[2], text))
        elif quick is not None:
            result = _new(Rejection, (quick[0], quick[1], text, quick[3]))
    if result is None:
        result = _parse_url(candidate, text, slow, depth)
    if type(result) is not Listing and lone:  # a URL alone on its line
        result = _alone(candidate, text, result, slow, depth)
        result = _command_token(stripped, text, result, slow, depth)
    elif type(result) is not Listing and text[at + len(candidate) : at + len(candidate) + 1] == ",":
        result = _as_alone(text, candidate, at, result, slow, depth)
    short = _unglued_end(candidate) if type(result) is not Listing else None
    if short is not None:
        bare = _parse_url(short, text, slow, depth)
        result = _glued_after(text, result, bare, candidate[len(short)])
    elif type(result) is not Listing and (asked := _amp_query(candidate)) is not None:
        result = _glued_after(text, result, _parse_url(asked, text, slow, depth), "&")
    elif type(result) is not Listing and (slashless := _slash_query(candidate)) is not None:
        result = _glued_after(text, result, _parse_url(slashless, text, slow, depth), "/?")
    elif type(result) is not Listing and (page := _page_glued(candidate)) is not None:
        bare = _parse_url(page[0], text, slow, depth)
        result = _glued_after(text, result, bare, page[1], page=True)
    if not stripped.isascii():
        result = _read_token(text, candidate, at, result, slow, depth)
    return result


#: The refusals of a marketplace's host read alone (its page, not a store's): a host alone in
#: quotes gets ``not-a-url`` instead (:func:`_quoted_host`).
_HOST_ONLY_CODES = frozenset({"missing-id", "short-link", "not-a-listing"})
#: A host alone between the same quotes, in code (``"item.taobao.com"``, ``'s.lazada.vn',``).
#: Backticks and typographic quotes too (`item.taobao.com`, ‘…’, “…”, 「…」, 『…』): group 2 is
#: the host, between group 1 and group 3, which :func:`_paired` pairs.
_QUOTED_HOST = re.compile(
    "(['\"`\u2018\u201c\u300c\u300e])((?:[A-Za-z0-9-]{1,63}\\.){1,10}[A-Za-z]{2,63})"
    "(['\"`\u2019\u201d\u300d\u300f])"
)
_CLOSING_QUOTE = {"\u2018": "\u2019", "\u201c": "\u201d", "\u300c": "\u300d", "\u300e": "\u300f"}
#: The quotes a host alone may stand between: code's, Markdown's code span, typographic ones.
#: Only where one opens right before the link or opens it can :func:`_quoted_host` find a host
#: alone between quotes (a share text's other quotes, “…” around its title, cost no search).
_QUOTE_MARKS = frozenset("'\"`\u2018\u201c\u300c\u300e")


_HOST_ONLY = (
    "no URL found in the text; {host} in quotes is a host name only (as code names hosts), "
    "not a link to a page: paste the link itself"
)


def _paired(found: re.Match[str]) -> bool:
    """Whether the quotes around the host :data:`_QUOTED_HOST` found are a pair."""
    return _CLOSING_QUOTE.get(found.group(1), found.group(1)) == found.group(3)


def _quoted_host(
    text: str, candidate: str, at: int, result: Rejection, depth: int, use_fast: bool
) -> Listing | Rejection:
    """``result``, the refusal of ``candidate`` read at ``at``, unless the candidate is a host
    alone between quotes (``TAOBAO_HOSTS = {"item.taobao.com", …}``, ``'lazada.vn',
    's.lazada.vn',``) or the backticks of a Markdown code span (a real issue's table row
    ``| 域名 | `detail.tmall.hk` |``): then ``not-a-url``, as such a host before a comma is (no
    URL found), saying it is a host name only. A store's host alone is its link and is read as
    one (``"uniqlo.tmall.com"``). A link with its scheme after the host is the line's first
    link, and read: a table row naming a page's host, then the page (``| `www.aliexpress.com`
    | script | `https://acs.aliexpress.com/h5/…` |``, StevenBlack/hosts#1099).

    >>> parse_listing('hosts = ["item.taobao.com"]').code
    'not-a-url'
    >>> parse_listing("| 域名 | `detail.tmall.hk` |").code
    'not-a-url'
    >>> parse_listing("`item.taobao.com` https://item.taobao.com/item.htm?id=637730514783").id
    '637730514783'
    """
    found = _QUOTED_HOST.fullmatch(text, max(at - 1, 0), at + len(candidate) + 1)
    shift = 0
    if found is None:
        found, shift = _QUOTED_HOST.fullmatch(candidate), at  # a token alone: quotes in it
    if found is None or not _paired(found):
        return result
    start, end = found.start(2) + shift, found.end(2) + shift
    if _SCHEME_ANYCASE.search(text, end) is not None:  # the host masked, the link after it
        got = _parse_text(text[:start] + "_" * (end - start) + text[end:], depth + 1, use_fast)
        if type(got) is Listing:
            return _new(Listing, (got[0], got[1], got[2], text))
        if got[0] != "not-a-url":
            return _new(Rejection, (got[0], got[1], text, got[3]))
    return _reject("not-a-url", text, _HOST_ONLY.format(host=found.group(2).lower()[:120]))


def _no_url(stripped: str, text: str, slow: _Slow, depth: int) -> Rejection:
    """The refusal of a text in which no URL is found: another scheme's link, a Taobao command
    (淘口令, between the notes' delimiters ``￥₤¤¥``: ``short-link``), a word that is a lookalike
    host without a scheme, or no URL at all (saying so of what may be a command between another
    currency sign, ``€AbCdEfGhIj€``, on which the notes are silent)."""
    other = _other_scheme(stripped, slow) if ":" in stripped else None
    if other is not None and other.group(1).lower() not in ("http", "https"):
        why = _not_accepted(other.group(1), stripped, other.start())
        return _typo_reject("scheme-not-allowed", stripped[other.start() :], text, why, depth)
    command = slow.command.search(stripped)
    if command is not None:
        return _reject(
            "short-link",
            text,
            f"a Taobao command (淘口令) {command.group()[:24]}; open it in the Taobao app and "
            "paste the page it leads to",
        )
    lookalike = _lookalike_word(stripped, text, slow, depth)
    if lookalike is not None:
        return lookalike
    unlisted = _UNLISTED_COMMAND.search(stripped)
    if unlisted is not None:  # the notes are silent: no link, but said what it may be
        sign = unlisted.group(1)
        return _reject(
            "not-a-url",
            text,
            f"no URL found in the text; it holds what may be a Taobao command (淘口令) "
            f"{unlisted.group()[:24]}, between {sign} signs, which the notes do not name as a "
            "command's (they name ￥₤¤¥): if it is one, open it in the Taobao app and paste the "
            "page it leads to",
        )
    for named in _QUOTED_HOST.finditer(stripped) if "." in stripped else ():
        host = named.group(2).lower()[:120]  # "a.aliexpress.com", (a list of hosts in code)
        if _paired(named) and _marketplace_domain(host) is not None:
            if type(_parse_url("//" + host, text, slow, depth + 1)) is Listing:
                break  # a store's host alone is its link ("uniqlo.tmall.com",): not said
            return _reject("not-a-url", text, _HOST_ONLY.format(host=host))
    wide = _typed_wide(stripped, depth)
    if wide is not None:
        why = (
            "no URL found in the text; it is a link typed in full-width characters (as a "
            f"Chinese input method's full-width mode types them), which in ASCII is {wide}"
        )
        return _reject("not-a-url", text, why, wide)
    return _reject("not-a-url", text, "no URL found in the text")


def _typed_wide(text: str, depth: int) -> str | None:
    """The listing's canonical URL when ``text``, in which no URL is found, is a link typed in
    full-width characters (``ｈｔｔｐｓ：／／ｉｔｅｍ．ｔａｏｂａｏ．ｃｏｍ／…``) that read in ASCII
    is a listing or a store; else ``None`` (and inside a suggestion).

    >>> _typed_wide("ｈｔｔｐｓ：／／ｕｎｉｑｌｏ．ｔｍａｌｌ．ｃｏｍ", 0)
    'https://uniqlo.tmall.com/'
    >>> _typed_wide("ｈｅｌｌｏ", 0) is None
    True
    """
    if depth >= 1 or text.isascii():
        return None
    ascii = text.translate(_WIDE)
    return None if ascii == text else _suggest(ascii, depth)


def _command_token(
    stripped: str, text: str, result: Listing | Rejection, slow: _Slow, depth: int
) -> Listing | Rejection:
    """The answer for one token with no host (``msg='￥AEpabxiRg0u￥'``, ``a='描述￥…￥后'``)
    that holds what is or may be a Taobao command: the same as when white space stands around
    the command (:func:`_no_url`), not "no host"; ``result`` for any other token."""
    if result[:2] != ("not-a-url", _NO_HOST) or not (
        slow.command.search(stripped) or _UNLISTED_COMMAND.search(stripped)
    ):
        return result
    return _no_url(stripped, text, slow, depth)


#: The refusal's message of a token that holds no host.
_NO_HOST = "not a URL: no host"


#: An HTML attribute whose value is a name, never a link: the colon in
#: ``<meta property="og:description" …>`` or ``name="twitter:card"`` separates a vocabulary's
#: prefix from a property, it starts no scheme.
_NAME_ATTRIBUTE = re.compile(r"""(?i)\b(?:property|name|itemprop|rel|class|id|type)\s*=\s*["']$""")


#: What follows an Objective-C selector's part (``URLWithString:``), never a scheme's link: a
#: string literal (``@"…"``) or a nested message (``[NSString …]``).
_SELECTOR_ARGUMENT = re.compile(r':(?:@"|\[)')


#: A CSS selector's pseudo-class or pseudo-element (``a:hover``, ``li:nth-child(2)``) or an XML
#: name's prefix (``xmlns:android``, ``android:text="…"``): a ``word:word`` token of markup, not
#: a link of a scheme.
_MARKUP_NAME = re.compile(
    r"(?i)(?:xmlns?|xsl|xsi):[A-Za-z_]"
    r"|[A-Za-z][A-Za-z0-9-]*:(?:hover|focus(?:-within|-visible)?|active|visited|link|checked"
    r"|disabled|enabled|required|optional|invalid|valid|empty|root|target|not|is|where|has"
    r"|before|after|placeholder|(?:first|last|only)-(?:child|of-type)"
    r"|nth-(?:last-)?(?:child|of-type))(?![A-Za-z0-9-])"
    r"|[A-Za-z][A-Za-z0-9-]*:[A-Za-z_][A-Za-z0-9_.-]*\s*=\s*[\"']"
)


#: An object's key before its value, never a link's scheme (``{n:6, t:"…"}`` in a script's
#: data): a word before a colon and a double or single quote (no URI holds one; a backquote
#: after a Sphinx role, ``:tmall:`N```, stays a scheme's), or one letter before a colon and no
#: slash (no URI scheme is one letter; a drive letter, ``C:/…``, takes a slash).
_OBJECT_KEY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[\"']|[A-Za-z]:(?![/\\])")


def _other_scheme(stripped: str, slow: _Slow) -> re.Match[str] | None:
    """The first word of ``stripped`` that starts a link of a scheme (``taobao:``, ``og:…``
    excepted where it is the value of an attribute that holds a name, not a link, and an
    Objective-C selector's part before its argument, a string or a message:
    ``URLWithString:@"taobao://…"``, ``URLWithString:[NSString …]``, and an object's key before
    its value, :data:`_OBJECT_KEY`: ``{n:6, t:"…"}``), and a scope's name before
    its ``::`` (C++ ``std::string``, Rust ``std::io``, PHP ``Foo::bar``: no scheme's colon is
    doubled)."""
    for found in slow.scheme.finditer(stripped):
        if stripped.startswith("::", found.end(1)) or _MARKUP_NAME.match(stripped, found.start()):
            continue
        if _OBJECT_KEY.match(stripped, found.start()):
            continue
        named = _NAME_ATTRIBUTE.search(stripped, max(0, found.start() - 20), found.start())
        if named is None and _SELECTOR_ARGUMENT.match(stripped, found.end(1)) is None:
            return found
    return None


#: What may be a Taobao command between the same currency sign on both sides, one the notes do
#: not list (``€AbCdEfGhIj€``, ``$FbOzd8kUAFb$`` in real share text), with a letter.
_UNLISTED_COMMAND = re.compile(
    r"([$\u00a2\u00a3\u20a0-\u20c0\ufe69\uff04\uffe0\uffe1\uffe6])"
    r"(?=[0-9]*+[A-Za-z])[A-Za-z0-9]{6,}+\1"
)


#: The refusals of a link whose id a space may have cut (``…/pdp-i28963 36114.html``).
_CUT_BY_SPACE = frozenset({"missing-id", "malformed-id"})
#: White space that may be typed or pasted into a link (not a line break: a new line is a new
#: entry), then the word after it.
_NEXT_WORD = re.compile(r"[ \t\u00a0\u3000]{1,4}+(\S{1,200}+)")


def _space_cut(
    text: str, candidate: str, at: int, result: Listing | Rejection
) -> Listing | Rejection:
    """``result``, a link refused for its id, with the space that may have cut it said in its
    reason: when the link read with the word after the space is a listing
    (``…/products/pdp-i28963 36114.html``), the reason names the space and that listing, its
    suggestion. The link stays refused (a guess is not an answer).

    >>> parse_listing("https://www.lazada.sg/products/pdp-i28963 36114.html").suggestion
    'https://www.lazada.sg/products/pdp-i2896336114.html'
    """
    if type(result) is not Rejection or result[0] not in _CUT_BY_SPACE:
        return result
    after = _NEXT_WORD.match(text, at + len(candidate))
    if after is None:
        return result
    joined = _parse_text(candidate + after.group(1), 1, True)  # (bounded: one word more)
    if type(joined) is not Listing:
        return result
    word = after.group(1)
    if "".join(text.split()) == candidate + word:  # the entry is the link and the word
        said = _whole_hint(joined.canonical_url)  # as space_hint says it
    else:
        said = (
            f"; a space cuts the link: read with the word after it ({quoted(word)}), it is "
            f"the listing {joined.canonical_url}: remove the space if it was typed or pasted "
            "into the link"
        )
    suggestion = result[3] or joined.canonical_url
    return _new(Rejection, (result[0], result[1] + said, result[2], suggestion))


def _imitates_ascii(char: str) -> bool:
    """Whether ``char`` (not ASCII) is a look-alike of an ASCII letter or digit (Cyrillic
    ``а``, Greek ``ο``, full-width ``ａ``, dotless ``ı``...)."""
    from ipprules.listings.lookalike import _skeleton

    folded = _skeleton(char)
    return len(folded) == 1 and folded.isascii() and folded.isalnum()


#: Where a word's host ends (its path, query or fragment starts).
_HOST_END = re.compile("[/?#]")


def _lookalike_word(stripped: str, text: str, slow: _Slow, depth: int) -> Rejection | None:
    """The refusal of a text in which no URL was found but a word is a link without a scheme
    whose host imitates a marketplace's in letters no host is found in (``аliexpress.com/…``
    with a Cyrillic ``а`` first): ``lookalike-host``, as with ``//`` before it, not "no URL
    found". Only the first few words starting with a look-alike of an ASCII letter or digit
    and holding a dot in their host are read.

    >>> parse_listing("\u0430liexpress.com/item/1005004878609097.html").code
    'lookalike-host'
    """
    read = 0
    for word in stripped.split(None, 64)[:64]:
        host = _HOST_END.split(word, 1)[0]
        if word[0].isascii() or "." not in host.strip(".") or not _imitates_ascii(word[0]):
            continue  # (a word of text glued before a host, 链接shop1.taobao.com, is no link)
        got = _parse_url("//" + word, text, slow, depth)
        if type(got) is Rejection and got[0] == "lookalike-host":
            return got
        read += 1
        if read == 4:
            break
    return None


#: The fewest letters and digits of a short link's code in listing-urls.md section 10
#: (Lazada's ``s.ZkuXG``); the others have 6 to 15 (``m.tb.cn/h.4CEhFr0``: 7).
SHORT_CODE = 5
#: A short link's code cut short by white space (``https://m.tb.cn/h.4CE hFr0``): a code of
#: fewer than :data:`SHORT_CODE` letters and digits (its prefix, ``h.``, ``_``, ``e1.``, ``s.``,
#: left out) right before white space and a word of letters and digits, as an id split by a
#: space is (:func:`~ipprules.listings.model.split_id`).
_CUT_CODE = re.compile(rf"[._/]([A-Za-z0-9]{{1,{SHORT_CODE - 1}}})\Z")
_CODE_REST = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+([A-Za-z0-9]++)(?![./:@])")


def _split_code(
    text: str, candidate: str, at: int, short: Listing | Rejection, lone: bool
) -> Listing | Rejection:
    """``short``, but for a short link's rejection of a link found in a text (not ``lone``),
    its reason then saying that the code is followed by white space and more letters and
    digits when the code is shorter than any short link's (:data:`SHORT_CODE`): they may be
    one code. Nothing is guessed: no suggestion, no resolution. A whole code then share text
    (``…/h.4CEhFr0 CZ356``) gets nothing."""
    if lone or type(short) is not Rejection or short[0] != "short-link":
        return short
    code = _CUT_CODE.search(candidate, max(len(candidate) - 6, 0))
    if code is None:
        return short
    scheme = candidate.find("//")
    path = candidate.find("/", scheme + 2 if scheme >= 0 else 0)
    if not 0 <= path <= code.start():
        return short  # no code, or a host alone (s.lazada.sg is …: its last label is no code)
    rest = _CODE_REST.match(text, at + len(candidate))
    if rest is None:
        return short
    note = (
        f"; the code {code.group(1)!r} is followed by white space and {rest.group(1)[:20]!r}: "
        "if they are one code, remove the space (a short link is never resolved offline)"
    )
    return _new(Rejection, (short[0], short[1] + note, short[2], short[3]))


#: A word that may be the start of a host's first label (lower-case ASCII, a letter first).
_LABEL_START = re.compile(r"[a-z][a-z0-9-]*")


def _barred_store(text: str, candidate: str, at: int, read: Listing) -> Listing | Rejection:
    """``read``, of the link ``candidate`` found at ``at`` right after a bar, unless it is a
    store named by its host (``uniqlo.tmall.com``, ``shopN.taobao.com``) without its scheme and
    the word glued before the bar could start the host's first label: ``uni|qlo.tmall.com`` is
    a bar typed inside uniqlo.tmall.com as much as a row's cell ``uni`` before the store
    qlo.tmall.com. That cannot be told apart, and filing against another store is worse than
    asking: refused (as ``https://uni|qlo.tmall.com`` is), naming both. A cell that cannot
    start a label (``Shoes|…``, ``12|…``, ``优衣库|…``), a listing's link or a store named in
    the path (``x|www.aliexpress.com/store/N``) is read as before."""
    label = candidate.partition(".")[0].lower()
    if (
        read.kind != "storefront"
        or not label.replace("-", "").isalnum()
        or not label.endswith(read.id.lower())
    ):
        return read  # a listing, a link with its scheme, a store named in the path
    word = _word_ending(text, at - 2)
    if _LABEL_START.fullmatch(word) is None:
        return read
    host = _HEAD_END(candidate)
    barred = f"{word}|{candidate if host is None else candidate[: host.start()]}"
    return _reject(
        "lookalike-host",
        text,
        f"a bar inside the host {barred}, or the cell {word!r} of a row before the store "
        f"{read.canonical_url}: cannot tell; paste the store's link alone, or put a space after "
        "the bar",
    )


def _word(text: str, end: int) -> str:
    """The full stops and sentence punctuation right after a link ending at ``end``: what the
    finder trimmed after the link, not what follows them (share text glued on, the next word
    or line). A link cut short by full stops is so whatever follows them: ``…?x=12...看`` alone
    on its line (where the finder keeps the dots in the link) and in a sentence (where it
    trims them) alike. Invisible format characters right after the link (``\ufeff``,
    ``\u200b``...) are read past, as if absent: ``…?x=12...\ufeff`` is cut short as
    ``…?x=12...`` is."""
    while unicodedata.category(text[end : end + 1] or "a") == "Cf":
        end += 1
    stop = end
    while text[stop : stop + 1] and text[stop] in _CUT_TAIL:
        stop += 1
    return text[end:stop]


def _as_alone(
    text: str, candidate: str, at: int, cut: Listing | Rejection, slow: _Slow, depth: int
) -> Listing | Rejection:
    """The answer for a link in text that the finder cut at a comma (``cut``: the answer for
    the part before it, no listing): the whole token's when that is a listing, as for the same
    link alone on its line (:func:`_or_trimmed`; ``…/products/foo.html,bar-i1-s2.html``, a
    comma inside a slug), else ``cut`` (the next cell of a CSV row is no part of the link).
    Links joined by commas (``,https://``) stay apart."""
    space = _SPACE(text, at)
    token = text[at:] if space is None else text[at : space.start()]
    stop = _APART_CELL.search(token)
    if stop is not None:
        token = token[: stop.start()]
    token = cut_url(token).rstrip(TRAILING)
    if (
        len(token) <= len(candidate) + 1
        or not token.startswith(candidate + ",")
        or LISTED_LINK.match(token, len(candidate))
    ):
        return cut
    whole = _parse_url(token, text, slow, depth)
    return whole if type(whole) is Listing else cut


#: The first white space in a text from a position: where its token ends (``\s`` is what
#: ``str.isspace`` is, character for character).
_SPACE = re.compile(r"\s").search
#: What ends a link in text whatever follows (see ``text._STOP``), a table cell's bar and a
#: Markdown link's ``](`` included.
_APART_CELL = re.compile(r'["<>`|]|\[/|\]\(')


def _read_token(
    text: str, candidate: str, at: int, cut: Listing | Rejection, slow: _Slow, depth: int
) -> Listing | Rejection:
    """The answer for a URL ``candidate`` cut at a non-ASCII character (``cut``: the answer for
    the part before it): the whole token's, or when that is no listing, the token's up to
    full-width punctuation, a quote or a tag glued after it (``…-i4212266679.html，谢谢``)."""
    if type(cut) is Listing and not _stopless(candidate):
        # read up to markup inside the token (``…?id=1<br>https://…?q=túi``, a link alone
        # on its line): what comes after the markup is another link's, never this one's
        return cut
    token = _token(text, candidate, at)
    if token is None:
        return cut
    answer = _whole_token(token, cut, text, slow, depth)
    if type(answer) is not Listing:
        shorter = _token(text, candidate, at, glued=True)
        if shorter is not None and shorter != token:
            again = _whole_token(shorter, cut, text, slow, depth)
            if type(again) is Listing:
                return again
        page = _PAGE_GLUED.search(token, len(candidate))
        if page is not None:  # share text glued after a decoded slug's page name
            again = _whole_token(token[: page.end()], cut, text, slow, depth)
            if type(again) is Listing:
                return again
            upper = _upper_token(token[: page.end()], answer, text, slow, depth)
            if upper is not None:
                return upper
        return _upper_token(token, answer, text, slow, depth) or _explained(
            token, answer, cut, text, slow, depth
        )
    return answer


def _upper_token(
    token: str, answer: Listing | Rejection, text: str, slow: _Slow, depth: int
) -> Rejection | None:
    """The refusal of ``token``, a link whose slug is decoded and whose path holds upper-case
    letters (``…/products/กระเป๋า-i4212266679.HTML``), said as the same link with an ASCII
    slug says it (its path in lower case is the listing: :func:`_upper_path`), when
    ``answer``, the refusal it got, suggests nothing; None otherwise."""
    if type(answer) is not Rejection or answer[3] is not None or token.islower():
        return None
    try:
        whole = _parse_url(_ENCODABLE.sub(_percent_encoded, token), text, slow, depth)
    except UnicodeEncodeError:  # a lone surrogate: the refusal stands
        return None
    if type(whole) is Rejection and whole[0] == answer[0] and whole[3] is not None:
        return whole
    return None


def _explained(
    token: str,
    answer: Listing | Rejection,
    cut: Listing | Rejection,
    text: str,
    slow: _Slow,
    depth: int,
) -> Listing | Rejection:
    """``answer``, the refusal of a link whose slug is decoded (``token``, the whole token; ``cut``:
    the answer for the part before its first character that is not ASCII), said as the same
    link with an ASCII slug says it: a ``/`` or bar glued after the link, a query glued on with
    ``&`` and no ``?`` (:func:`_glued_after`), or the refusal of its query (``?itemId=N/``,
    another id) when the link without its query is a listing."""
    first = NON_ASCII.search(token)
    if (
        type(answer) is not Rejection
        or first is None
        or _QUERY_MARKS.search(token, 0, first.start())
    ):
        return answer  # (only a slug, before any query, is decoded)
    for short, mark in ((_unglued_end(token), ""), (_amp_query(token), "&")):
        if short is not None:
            bare = _whole_token(short, cut, text, slow, depth)
            return _glued_after(text, answer, bare, mark or token[len(short)])
    glued = _page_glued(token)
    if glued is not None:
        bare = (
            _whole_token(glued[0], cut, text, slow, depth)
            if not glued[0].isascii()
            else _parse_url(glued[0], text, slow, depth)
        )
        return _glued_after(text, answer, bare, glued[1], page=True)
    query = token.find("?")
    if query > 0 and type(_whole_token(token[:query], cut, text, slow, depth)) is Listing:
        try:
            whole = _parse_url(_ENCODABLE.sub(_percent_encoded, token), text, slow, depth)
        except UnicodeEncodeError:  # a lone surrogate: the refusal stands
            return answer
        if type(whole) is Rejection:
            return whole
    return answer


#: What starts a query or a fragment (or glues a query on).
_QUERY_MARKS = re.compile(r"[?&#]")
#: A page's name (``.html``, ``.htm``) with a letter that is not ASCII glued right after it
#: (``…/กระเป๋า-i4212266679.htmlราคาถูก``): share text, as after an ASCII slug, where the finder
#: cuts the link at that letter.
_PAGE_GLUED = re.compile(r"\.html?(?=[^\x00-\x7f])", re.IGNORECASE)


def _held_in(text: str, candidate: str, at: int) -> Listing | None:
    """The listing :func:`_read_token` reads for the URL ``candidate`` found at ``at`` of
    ``text`` and cut at a non-ASCII character, where the held fast path (:func:`_held_token`)
    reads its token, or else the token up to what is glued after it, as one: not
    percent-encoded and parsed again (the whole token, markup glued on, reads as the same
    listing: ``tests/listings/test_held_tokens.py`` checks it against the thorough parser).
    None: the thorough way decides."""
    token = _token(text, candidate, at)
    if token is None:
        return None
    held = _held_token(token, text)
    if held is None and _CUT_MARK.search(token, len(candidate) + 1) is not None:
        shorter = _token(text, candidate, at, glued=True)
        held = None if shorter is None else _held_token(shorter, text)
    return held


def _as_plain(text: str, depth: int, use_fast: bool) -> Listing | Rejection | None:
    """The answer for a text holding a link copied out of JSON or percent-encoded whole: the
    text's as if the link had been pasted plain, so it gets every check a plain one gets (no
    quick path answers such a text: its escapes sit where the quick paths need a plain
    host); None for a text holding none."""
    plain = unwrap_text(text)
    if plain is not text:
        got = _parse_text(plain, depth, use_fast, unwrapped=True)
        if type(got) is Listing:
            return _new(Listing, (got[0], got[1], got[2], text))
        return _new(Rejection, (got[0], got[1], text, got[3]))
    if _ENCODED_START.match(text.lstrip()):
        return _reject("not-a-url", text, "a percent-encoded link whose escapes are not UTF-8 text")
    return None


#: A link commented out with its scheme kept (``//https://item.taobao.com/…``, a code
#: comment's marker glued to it, maybe with the comment's words glued between them that are not
#: ASCII, ``//形如https://…``): the link is the one after the marker, not a protocol-relative
#: link to the host ``https:`` (or ``形如https:``). Punctuation in the words (``//店铺地址：http://…``,
#: a full-width colon a browser reads as a port's) keeps the host whole, refused.
_COMMENTED_LINK = re.compile(r"(?i)//(?:(?![\x00-\x7f])\w)*https?://")


def _as_rendered(
    text: str, depth: int, use_fast: bool, unwrapped: bool
) -> Listing | Rejection | None:
    """The answer for a text holding a link copied out of HTML source with its entities
    (a WordPress export's ``?spm=a1z10&#038;id=N``, ``&nbsp;`` glued to a link): the text's as
    a browser renders it, the ampersand written ``&#038;``/``&#38;``/``&#x26;`` an ``&`` (it
    was read as a fragment, ``#038;id=N``), a space written ``&nbsp;``/``&ensp;``/``&emsp;``/
    ``&#160;`` a space (so a host split by one is refused as one split by a space), ``&lt;``,
    ``&gt;`` and ``&quot;`` (or their numbers, ``&#60;``...) the markup they stand for,
    ``&commat;``/``&#64;``/``&#x40;`` an ``@`` (so userinfo written with one is refused as
    userinfo); None for a text holding none. A link whose slashes are entities is not read: it
    is refused naming it (:func:`_escaped_link`)."""
    escaped = _ESCAPED_SLASHES.search(text) if "&#" in text else None
    if escaped is not None:
        return _escaped_link(text, escaped, depth, use_fast)
    syntax = _SYNTAX_ENTITY.search(text) if "&#" in text else None
    if _ENTITY.search(text) is None and syntax is None:
        return None
    # rendered once, as a browser does: "&#38;nbsp;" shows "&nbsp;", and no text recurses
    plain = _ENTITY.sub(_rendered, text)
    got = _parse_text(plain, depth, use_fast, unwrapped=unwrapped, rendered=True)
    if type(got) is Listing:
        return _new(Listing, (got[0], got[1], got[2], text))
    if syntax is not None and depth < 2 and type(got) is Rejection:
        return _syntax_rendered(text, plain, got, depth, use_fast)
    return _new(Rejection, (got[0], got[1], text, got[3]))


#: An HTML character reference for a ``/``, ``=`` or ``?`` (``&#x2F;``, ``&#x3D;``, ``&#61;``),
#: as a template escapes a link put in an attribute (mustache.js escapes ``/`` and ``=``).
_SYNTAX_ENTITY = re.compile(r"(?i)&#(?:x0*(?:2f|3d|3f)|0*(?:47|61|63));")


def _entities(text: str) -> bool:
    """Whether ``text`` holds an HTML entity the thorough parser renders or names
    (:func:`_as_rendered`): no quick path answers it."""
    return ";" in text and (
        _ENTITY.search(text) is not None or _SYNTAX_ENTITY.search(text) is not None
    )


def _syntax_rendered(
    text: str, plain: str, refused: Rejection, depth: int, use_fast: bool
) -> Rejection:
    """``refused`` (the answer for ``text``, whose link writes a ``/``, ``=`` or ``?`` as an
    HTML entity: ``…/item.htm?id&#x3D;N``, ``item.taobao.com&#x2F;item.htm?id=N``), still a
    refusal (the notes read ``&amp;`` only), but naming the entities and, where the link
    rendered is a listing, suggesting its canonical link.

    >>> parse_listing("https://item.taobao.com/item.htm?id&#x3D;606832683299").suggestion
    'https://item.taobao.com/item.htm?id=606832683299'
    """
    from html import unescape

    rendered = _SYNTAX_ENTITY.sub(lambda entity: unescape(entity.group()), plain)
    got = _parse_text(rendered, depth + 1, use_fast, rendered=True)
    if type(got) is not Listing:
        return _new(Rejection, (refused[0], refused[1], text, refused[3]))
    named = sorted(set(_SYNTAX_ENTITY.findall(text)))[:4]
    reason = (
        f"{refused[1]}; the link writes {', '.join(named)} as HTML entities, as a page's source "
        f"has them: rendered, it is the listing {got.canonical_url}: paste it as a browser "
        "shows it"
    )
    return _new(Rejection, (refused[0], reason, text, got.canonical_url))


#: A link whose two slashes after its scheme are written as HTML entities (``https:&#x2F;&#x2F;``,
#: ``&#47;``), as a template escapes a link put in an attribute (mustache.js escapes ``/`` and
#: ``=``): ``[^\s"'<>]*`` runs to the end of the link as written.
_ESCAPED_SLASHES = re.compile(r"""(?i)https?:(?:&#(?:x0*2f|0*47);){2}[^\s"'<>]*""")


def _escaped_link(text: str, escaped: re.Match[str], depth: int, use_fast: bool) -> Rejection:
    """The refusal of a text whose link has its slashes written as HTML entities (which the
    notes do not read: they name ``&amp;``; an escaped ``=`` is not decoded either), naming
    the link as written and as rendered (:func:`html.unescape`, as a browser renders it) and,
    when that is a listing, suggesting its canonical link.

    >>> parse_listing("https:&#x2F;&#x2F;item.taobao.com&#x2F;item.htm?id=606832683299").suggestion
    'https://item.taobao.com/item.htm?id=606832683299'
    """
    from html import unescape

    link = escaped.group()
    plain = unescape(link)
    shown = link if len(link) <= 120 else link[:117] + "..."
    detail = (
        f"the link's slashes are written as HTML entities, as a page's source has them: {shown}"
    )
    suggestion = None
    if _ESCAPED_SLASHES.search(plain) is None:  # rendered once, as a browser does
        got = _parse_text(plain, depth + 1, use_fast)
        if type(got) is Listing:
            suggestion = got.canonical_url
            detail += f"; rendered, it is the listing {suggestion}: paste it as a browser shows it"
        else:
            detail += f"; rendered ({plain[:120]}), it is refused too: {got[1]}"
            suggestion = got[3]
    return _reject("not-a-url", text, detail, suggestion)


def _rendered(entity: re.Match[str]) -> str:
    name = entity.group()[1:-1].lower()
    if name.startswith("#"):  # a character reference: its number without leading zeros
        hexa = name.startswith("#x")
        name = name[: 1 + hexa] + name[1 + hexa :].lstrip("0")
    if name in _ENTITIES:
        return _ENTITIES[name]
    if not space_entity(entity):  # evil.cn&#32;item.taobao.com/…: the host's word as written
        # (a tab or a line break by name as its number, not read past the name's ";")
        return _GLUED_NAMES.get(name, entity.group())
    # white space by any other name or number (&thinsp;, &#32;, &#x3000;, &Tab;, &#10;): a
    # tab or a line break as itself (a browser drops it inside a link, as the parser does), any
    # other a space, as &nbsp; is
    space = SPACE_NAMES.get(name) or chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
    return space if space in "\t\n\r" else " "


_GLUED_NAMES = {"newline": "&#10;", "tab": "&#9;"}
#: HTML entities a browser renders inside a pasted link or next to it, and what it renders.
_ENTITIES = {
    "#38": "&",
    "#x26": "&",
    "nbsp": " ",
    "ensp": " ",
    "emsp": " ",
    "#160": " ",
    "#xa0": " ",
    "lt": "<",
    "gt": ">",
    "quot": '"',
    # the same brackets and quote by number (&#60;https://…&#62;), as a browser renders them
    "#60": "<",
    "#x3c": "<",
    "#62": ">",
    "#x3e": ">",
    "#34": '"',
    "#x22": '"',
    "commat": "@",
    "#64": "@",
    "#x40": "@",
    # a slash or a backslash by name, as its number (read as &#47; is, not past the name's
    # ";": evil.cn&sol;item.taobao.com/… is the path of evil.cn once rendered)
    "sol": "&#47;",
    "bsol": "&#92;",
}
#: (An ``@`` written ``&commat;``/``&#64;``/``&#x40;`` is rendered too: ``evil.cn&commat;`` glued
#: before a host is userinfo once rendered, and is refused as such, not read past its ``;``.)
#: (White space by any name or number, ``SPACE_ENTITY_PATTERN``, is rendered too: a tab or a
#: line break as itself, any other as a space.)
_ENTITY = re.compile(
    r"(?i)&(?:#0*38|#x0*26|lt|gt|quot|#0*(?:60|62|34)|#x0*(?:3c|3e|22)|commat|#0*64|#x0*40|b?sol"
    rf"|{SPACE_ENTITY_PATTERN});"
)
#: A text that is a percent-encoded link (see :func:`unwrap_text`).
_ENCODED_START = re.compile(r"(?i)https?%3A(?:%2F%2F|//)")


def _listed_head(text: str) -> bool:
    """Whether a marketplace's host without its scheme follows a comma, a semicolon or a bar
    before the first ``/``, ``?`` or ``#`` of ``text`` (``title,item.taobao.com/…``, a CSV
    row's cells; ``Shoes;uniqlo.tmall.com``): no host holds one, so the link is looked for
    in the text, as it is after a scheme (``title,https://…``, :func:`_glued`) or after a
    word (``see title,item.taobao.com/…``)."""
    if "," not in text and ";" not in text and "|" not in text:
        return False
    end = _HEAD_END(text)
    return LISTED_HOST.search(text, 0, len(text) if end is None else end.start()) is not None


#: Where a text's first ``/``, ``?`` or ``#`` is: its host, if it starts with one, is before.
_HEAD_END = re.compile(r"[/?#]").search


def _glued(text: str) -> bool:
    """Whether an ``http(s)://`` URL is glued to a word before it (``Link:https://…``,
    ``url=https://…``, ``ESP32https://…``, a list number ``1.https://…``): the first ``://``
    ends ``http`` or ``https`` and no slash, ``?`` or ``#`` comes before that scheme (a URL
    without a scheme whose query holds another URL has a path or a query first)."""
    at = text.find("://")
    if at < 5:
        return False
    head = text[:at].lower()
    start = at - 5 if head.endswith("https") else at - 4 if head.endswith("http") else 0
    if start > 0 and text[start - 1] == ",":  # a CSV row's cell ends before it (a date's
        return not any(c in text[:start] for c in "?#")  # slashes may come before)
    return start > 0 and not any(c in text[:start] for c in "/?#")


#: A first word holding a quote, a parenthesis or a brace before its first ``/``, ``?`` or ``#``.
_CODE_HEAD = re.compile(r"[^/?#\"'({<]*[\"'({<]")
#: A first word with no dot before its first slash (``20181107/https://…``, ``abc/https://…``):
#: no scheme-less host, so a text holding ``://`` after it is searched for its link.
_DOTLESS_HEAD = re.compile(r"[^/?#.:\s]+/")
#: A first word that is a file's name (``a.jpg?x=1,https://…``, ``x.json/https://…``): its
#: last label is a file extension that no top-level domain is, so it is no host a link is on.
_FILE_HEAD = re.compile(rf"[^/?#:\s]*\.(?:{'|'.join(FILE_EXTENSIONS)})[/?#]", re.IGNORECASE)
#: The scheme of the first ``scheme://`` in a text, with what comes before it.
_FIRST_SCHEME = re.compile(r"([^/?#]*?)[A-Za-z][A-Za-z0-9+.-]{0,30}://")


def _glued_scheme(text: str) -> bool:
    """Whether a link of another scheme is glued to code before it with no ``/``, ``?`` or
    ``#`` before it (``d.open_url("taobao://m.tb.cn/…")``, ``x.open('taobao://…')``, an app
    deep link in a call): the text is searched for its link, and its scheme refused; read as
    one token it was a host ``d.open_url("taobao`` (a lookalike) or no host at all."""
    found = _FIRST_SCHEME.match(text)
    if found is not None and bool(found.group(1)) and found.group(1)[-1] in "\"'(=:,":
        return True
    # code before a link whose first word, up to its first slash, holds a quote or a
    # parenthesis no host has (require('img/a.png'),url:'https://…', f(a/b,'https://…')):
    # that word is no scheme-less host, so the text is searched for its link
    # a first word with no dot before its first slash (a date, 20181107/https://…) is no
    # scheme-less host either (listing-urls.md section 0: the first https?:// token is read),
    # nor is a file's name (a.jpg?x=1,https://…: no top-level domain is jpg)
    return (
        _CODE_HEAD.match(text) is not None
        or _DOTLESS_HEAD.match(text) is not None
        or _FILE_HEAD.match(text) is not None
    ) and "://" in text


def _glued_relative(text: str) -> bool:
    """Whether a protocol-relative link is glued to the name before it (``href="//…``,
    ``"itemUrl":"//…``, ``[Buy](//…``) with no ``/``, ``?`` or ``#`` before it."""
    found = RELATIVE_GLUED.search(text)
    return found is not None and not any(c in text[: found.start()] for c in "/?#")


def _token(text: str, candidate: str, at: int, *, glued: bool = False) -> str | None:
    """The whole whitespace-free token at ``at`` when the URL ``candidate`` was cut short of it
    inside its path or query (at a non-ASCII character, or at the comma of a CSV cell glued
    before one), without the punctuation and format
    characters (a zero-width space) ending it; None when it was not cut there (the host is
    never extended). ``glued``: the token only up to full-width punctuation, a quote or a tag
    after the cut (share text or markup glued on). A format character inside the token, such
    as a right-to-left override in an id, stays and refuses it."""
    space = _SPACE(text, at)
    end = len(text) if space is None else space.start()
    if end - at <= len(candidate):
        return None  # the token is the candidate at most (trimming only shortens it)
    token = text[at:end]
    if glued:
        mark = _CUT_MARK.search(token, len(candidate) + 1)
        if mark is not None:
            token = token[: mark.start()]
    while token and (token[-1] in _TRAILING_MARKS or unicodedata.category(token[-1]) == "Cf"):
        token = token[:-1]
    authority = _AUTHORITY.match(candidate)
    host_end = authority.end() if authority is not None else 0
    if (
        len(token) <= len(candidate)
        or not token.startswith(candidate)
        or len(candidate) <= host_end
        or token[len(candidate)] in _STOPS  # cut at a quote, a tag: not at a non-ASCII run
        or token.isascii()
    ):
        return None
    return token


def _number_next(token: str, at: int) -> bool:
    """Whether a digit (of any script) or URL syntax comes at ``at``, right after a comma
    that follows an id's digit (``?id=1，2``: the id's other half, or a second id); share
    text does not (``?id=642205879158，链接2：``: a label, whose digit comes later)."""
    return at < len(token) and (token[at].isdigit() or token[at] in _URL_SYNTAX)


def _whole_token(
    token: str, cut: Listing | Rejection, text: str, slow: _Slow, depth: int
) -> Listing | Rejection:
    """The answer for a URL cut at a non-ASCII character inside its path or query (``cut``:
    the answer for the part before it).

    When URL syntax (``. / ? & = # %`` or a digit) follows the non-ASCII run, or the run
    starts with a digit of another script, the character belongs to the URL (a decoded slug,
    a full-width digit in an id): the whole token decides, its non-ASCII characters
    percent-encoded. A run that starts with full-width punctuation or a quote (``。``, ``）``,
    ``，``) ends the link whatever follows it (``…?id=542479181481)。199一套``: share text with a
    price), but for a comma right after a digit: a number after it may be the id's other half
    or a second id (``?id=1，2`` stays refused). Otherwise what follows is taken for share text
    glued on, and the whole
    token is read only when the cut gives no listing (a decoded slug before the id). An id
    holding characters that are not ASCII is never accepted, and a control character
    anywhere refuses the URL as it does in plain ASCII.
    """
    first = NON_ASCII.search(token).start()  # type: ignore[union-attr]  # (never ASCII)
    ascii_after = _ASCII.search(token, first)
    after = "" if ascii_after is None else ascii_after.group()
    # a digit of another script (full-width ９) glued to an id is part of it, not share text;
    # full-width punctuation never is (``…?id=542479181481)。199一套``: a price after it), but
    # for a comma right after a digit (``?id=1，2``: the id's other half, or a second id)
    ends = token[first] in _CUT_MARKS and not (
        token[first] in _COMMAS and token[first - 1].isdigit() and _number_next(token, first + 1)
    )
    continues = not ends and (
        after in _URL_SYNTAX or after.isdigit() or token[first].isdigit() or _in_word(token, first)
    )
    if not continues and type(cut) is Listing:
        return cut
    if slow.bad_chars.search(token):
        return _parse_url(token, text, slow, depth) if continues else cut
    try:
        encoded = _ENCODABLE.sub(_percent_encoded, token)
    except UnicodeEncodeError:  # a lone surrogate: no text a browser could send
        return (
            _reject("not-a-url", text, "a lone surrogate character in the URL")
            if continues
            else cut
        )
    whole = _parse_url(encoded, text, slow, depth)
    if type(whole) is Listing and not whole.id.isascii():
        if not continues:
            return cut
        shown = whole.id[:60]
        return _reject("malformed-id", text, f"{shown!r} holds characters that are not ASCII")
    return whole if continues or type(whole) is Listing else cut


def _in_word(token: str, first: int) -> bool:
    """Whether the non-ASCII run at ``first`` in ``token`` goes on the ASCII word before it: a
    letter of an alphabet (Vietnamese ``thế``, Thai, Latin with accents) right after an ASCII
    letter, in a path segment or a value with no dot before it, a decoded slug's
    (``/shop/thế-giới-di-động/``); not share text glued on (Chinese, Japanese and Korean text
    and full-width forms are wide, emoji no letters: ``unilever看看``), nor text glued to a page
    that is whole (``…/pdp-i4212266679.htmlดูเลย``)."""
    char = token[first]
    before = token[first - 1]
    if not (
        first > 0
        and before.isascii()
        and before.isalpha()
        and unicodedata.category(char)[0] in "LM"
        and unicodedata.east_asian_width(char) not in "WF"
    ):
        return False
    start = max(token.rfind(mark, 0, first) for mark in "/?&=#")
    return "." not in token[start + 1 : first]


#: A run of what ``urllib.parse.quote(s, safe=<every printable ASCII character>)`` encodes:
#: white space, control characters, DEL and every character that is not ASCII.
_ENCODABLE = re.compile(r"[^\x21-\x7e]+")
#: An ASCII character.
_ASCII = re.compile(r"[\x00-\x7f]")


def _percent_encoded(run: re.Match[str]) -> str:
    """``run`` percent-encoded as ``urllib.parse.quote`` does it (UTF-8, upper-case hex): one
    regular-expression substitution of the runs it encodes, each written by ``bytes.hex``,
    instead of a look-up per byte. Raises UnicodeEncodeError for a lone surrogate, as
    ``quote`` does."""
    return "%" + run.group().encode().hex("%").upper()


#: Where the URL finder ends a URL in text whatever follows (see ``text._STOP``).
_STOPS = frozenset('"<>`[|')


def _stopless(text: str) -> bool:
    """Whether ``text`` holds none of :data:`_STOPS`: six substring tests, each a fast scan
    in C (``_STOPS.isdisjoint(text)`` hashed every character of the text, some 4 us for a
    share link with its tracking query)."""
    return not (
        '"' in text or "<" in text or ">" in text or "`" in text or "[" in text or "|" in text
    )


#: What ends a link found cut at a non-ASCII character inside its path or query: the stops
#: and full-width punctuation and quotes (never part of a decoded slug or an id), and the
#: currency signs of the marketplaces' prices (``…?id=606832683299￥199``, ``…¥199``, ``…€12``,
#: ``…₱199``, ``…₫129.000``: a price glued on, never part of an id).
_CUT_MARKS = _STOPS | frozenset(
    "\u3002\uff0c\uff01\uff1f\u3001\uff1b\uff1a\u300c\u300d\u300e\u300f\u3010\u3011"
    "\uff08\uff09\u300a\u300b\u201c\u201d\u2018\u2019"
    "\uffe5\u00a5\u20ac\u00a3\u20b1\u20ab\u0e3f\u20bd\u20a9\u20b9\uff04"
)
#: Full-width commas: after an id's digit, a number may be its other half or a second id.
_COMMAS = frozenset("\uff0c\u3001")
#: One of :data:`_CUT_MARKS`.
_CUT_MARK = re.compile("[" + re.escape("".join(sorted(_CUT_MARKS))) + "]")
#: A preview cuts a long link with one of these: what comes before is not the whole link.
_ELLIPSES = frozenset("\u2026\u22ef")
#: The same typed as full stops, right after the link's last digit: ``…?id=6377305147...``
#: (the placeholders of real code elide an id so: ``https://item.taobao.com/item.htm?id=...``,
#: ``https://aliexpress.com/item/1005...``: github-index:53293998267, :68838265101), or the
#: ideographic full stops Chinese text types for one (``…?id=6377305147。。。``).
_DOTS_CUT = ("...", "\u3002\u3002\u3002")


def _cut_short(link: str) -> bool:
    """Whether ``link`` (a link, with what the URL finder trims after it) ends in full stops
    typed for an ellipsis right after a digit: the id before them is not the whole id. Only
    sentence punctuation may follow them in ``link`` (``…...)``, ``…...).``, ``…...）。``: full
    stops among it too; what follows that is no part of the link, see :func:`_word`); a path
    going on (``/item/100500...html``) is the link's."""
    if "..." not in link and "\u3002\u3002\u3002" not in link:
        return False
    kept = link.rstrip(_CUT_TAIL)  # the dots and the punctuation after them go
    return kept[-1:] in _DIGITS and link.startswith(_DOTS_CUT, len(kept))


def _or_cut_short(text: str, why: str) -> Rejection:
    """``not-a-url`` for ``why``, unless ``text`` is a link cut short (``localhost/1688...``):
    the thorough parser says that first, whatever the host."""
    if text[-1:] in _TRAILING_MARKS and _cut_short(text):
        return _cut_short_rejection(text)
    return _reject("not-a-url", text, why)


def _cut_short_rejection(text: str) -> Rejection:
    return _reject(
        "malformed-id", text, "the link is cut short (an ellipsis follows it): copy it whole"
    )


#: ASCII characters that, right after a non-ASCII run, show that the URL goes on.
_URL_SYNTAX = frozenset("./?&=#%")
#: Punctuation that ends a URL in text rather than belonging to it (the URL finder's, and
#: its full-width forms).
_TRAILING_MARKS = TRAILING + "\u3002\uff0c\uff01\uff1f\u3001\uff1b\uff1a\u300d\u300f\u3011\uff09"
#: What :func:`_cut_short` takes off a link's end: full stops and sentence punctuation.
_CUT_TAIL = ".\u3002" + _TRAILING_MARKS
_DIGITS = frozenset("0123456789")


_DOTS = ".\u3002\uff0e\uff61"  # a full stop and what browsers read as one (IDNA)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-/:@")


def _spaces_only(run: str) -> bool:
    """Whether ``run`` holds space separators only (no tab, line break, control or format)."""
    return all(unicodedata.category(char) == "Zs" for char in run)


def _spacing(char: str) -> bool:
    """Whitespace, a control or a format character (what browsers drop or stop at)."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def _string_closed(text: str, at: int, after: str) -> bool:
    """Whether the link at ``at`` in ``text`` opens a quoted string that ``after`` (what
    follows the whitespace after its host) closes, with no ``@`` after it: a code literal
    ending in an escaped line break, ``"https://jlyjx.tmall.com\\n" +`` (its ``\\n`` read as
    a line break), whose value is the link and that break, nothing joined to the host (a quote
    is no host character): read as ``"https://jlyjx.tmall.com",`` is.

    >>> _string_closed('"https://a.tmall.com\\n" +', 1, '" +')
    True
    >>> _string_closed('"https://a.tmall.com\\n" @b', 1, '" @b')
    False
    """
    quote = text[at - 1] if at > 0 else ""
    return (
        quote in ('"', "'", "`")
        and after[:1] == quote
        and not any(c in after for c in "@\uff20\ufe6b")
    )


def _space_by_host(text: str, candidate: str, at: int) -> str | None:
    """Why the URL ``candidate`` (found at ``at`` in ``text``) has whitespace or a control
    character next to its host, or None.

    A browser removes tabs and line breaks anywhere in a URL and joins what follows: in
    ``https://uniqlo.tmall.com<TAB>@attacker.example/`` the host is the attacker's. So a host
    that ends where the URL ends, right before whitespace or a control character (dots that
    could continue the host skipped), is refused, unless nothing but whitespace follows (the
    end of the line), or spaces only and then non-ASCII text, or a letter or a digit (a cell
    of a row, a note: ``https://uniqlo.tmall.com 12``), or a bar (a Markdown table's cell:
    ``| https://uniqlo.tmall.com | 12 |``) or an opening parenthesis (a note:
    ``https://uniqlo.tmall.com (official)``; a path or query could not start so), with no
    ``@`` after it (share text: a space cannot be part of a host, and with no ``@`` nothing
    before it is userinfo; a ``/`` or ``?`` could go on with the URL); the reason says to end
    the host with a slash. And so is a scheme-less host right after whitespace that follows a
    URL character such as ``//`` or ``@``.
    """
    authority = _AUTHORITY.match(candidate)
    host_end = authority.end() if authority is not None else 0
    if host_end >= len(candidate):
        after = at + len(candidate)
        while after < len(text) and text[after] in _DOTS:
            after += 1
        if after < len(text) and _spacing(text[after]):
            rest = text[after:]
            run = rest[: len(rest) - len(rest.lstrip())] if rest[0].isspace() else rest[0]
            if (
                len(run) < len(rest)
                and not (
                    _spaces_only(run)
                    and (
                        not rest[len(run)].isascii()
                        or rest[len(run)].isalnum()
                        or rest[len(run)] in "|("
                    )
                    and not any(c in rest for c in "@\uff20\ufe6b")  # no userinfo: no @ after
                )
                and not _string_closed(text, at, rest[len(run) :])
            ):
                cause = (
                    "what follows could go on with the link"
                    if _spaces_only(run)
                    else "a browser drops a tab or a line break and joins what follows to the host"
                )
                return (
                    f"whitespace or a control character right after the host ({cause}): end "
                    f"the link with a slash, {candidate}/, or put it alone on its line"
                )
    if at > 0 and "//" not in candidate[:host_end] and _spacing(text[at - 1]):
        before = at - 1
        while before >= 0 and _spacing(text[before]):
            before -= 1
        gap = text[before + 1 : at]
        if before >= 0 and (
            (text[before] == "/" and not _comment_marker(text, before))
            or text[before] == "@"
            or (
                text[before] in _HOST_CHARS
                and (
                    not gap.isspace()
                    or (any(c in gap for c in "\t\n\x0b\x0c\r") and _link_word(text, before))
                )
            )
        ):
            return "whitespace or a control character right before the host"
    return None


def _comment_marker(text: str, last: int) -> bool:
    """Whether the slash at ``last`` in ``text`` ends a code comment's marker, two or more
    slashes alone in their word (``// s.lazada.sg is…``, ``/// note``): a ``//`` followed by
    white space is no protocol-relative link, so the host after the space stands alone."""
    first = last
    while first > 0 and text[first - 1] == "/":
        first -= 1
    return last > first and (first == 0 or text[first - 1].isspace())


#: What a word before a tab or a line break needs to make a link of what follows, joined to
#: it (a browser drops the tab): a path, a query, a fragment, userinfo, a scheme or a port.
_LINK_MARKS = frozenset("/\\:@?#%&=")


def _link_word(text: str, last: int) -> bool:
    """Whether the word ending at ``last`` in ``text`` holds what makes a link of the host
    after it once a browser joins the two (``evil.example/x<TAB>item.taobao.com``: the host is
    evil.example). A word without (a spreadsheet's cell, ``A1<TAB>item.taobao.com/…``, a title
    on the line above) only lengthens the host's first label, which stays the marketplace's."""
    return any(c in _LINK_MARKS for c in _word_ending(text, last))


def _word_ending(text: str, last: int) -> str:
    """The characters of ``text`` up to index ``last`` since the white space before them
    (empty where ``text[last]`` is white space).

    >>> _word_ending("title A1|shop", 7), _word_ending("a b", 1)
    ('A1', '')
    """
    first = last
    while first >= 0 and not text[first].isspace():
        first -= 1
    return text[first + 1 : last + 1]


#: A Windows drive's path (``C:/wamp/www/lazada.com.my/…``, babangidazachariah/Dynamic-Multi-
#: Level-Encryption-…'s notes): its letter is no host with an empty port, but the scheme-like
#: ``C:`` that ``D:\\data\\…`` and ``see C:/…`` are refused for.
_DRIVE = re.compile(r"[A-Za-z]:[/\\]")
#: Registered schemes whose links name no host and may hold only digits (``tel:6512345678``,
#: ``sms:…``): never a host and its port, but a scheme that is not accepted, as ``mailto:`` is.
_HOSTLESS_SCHEMES = frozenset({"tel", "sms", "mms", "fax", "callto", "mailto", "sip", "sips"})
_AUTHORITY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{0,30}:)?(?://)?[^/?#\\]*")
#: The ports that are no port after each scheme: its default one.
_DEFAULT_PORTS = {"http": ("", "80"), "https": ("", "443")}


#: A scheme typed wrong (listing-urls.md section 0 accepts only http and https and refuses any
#: other): http or https with a letter doubled or left out (``hhttps:``, ``htttps:``,
#: ``httpss:``, ``ttps:``, ``htps:``), its colon left out (``https//``) or a slash
#: (``https:/``), before a host.
_MISTYPED_SCHEME = re.compile(r"(?i)(h*t+p+s*)(://?|//)(?=[^/\\\s])")


def _mistyped_scheme(link: str, depth: int = 0) -> tuple[str, str] | None:
    """(the scheme as typed, the canonical link) when ``link`` starts with a mistyped http or
    https scheme (:data:`_MISTYPED_SCHEME`) and is a listing or a store with ``https://``
    typed instead; else None. The link is never read as typed: a scheme other than http(s)
    is refused, and this is the refusal's suggestion.

    >>> _mistyped_scheme("htttps://item.taobao.com/item.htm?id=606832683299")
    ('htttps://', 'https://item.taobao.com/item.htm?id=606832683299')
    >>> _mistyped_scheme("https://item.taobao.com/item.htm?id=606832683299") is None
    True
    """
    typed = _MISTYPED_SCHEME.match(link)
    if typed is None or depth >= 2 or typed.group().lower() in ("http://", "https://"):
        return None
    if len(typed.group(1)) < 3:  # "tp", "ps": too little of a scheme to say it was one
        return None
    answer = _parse_text("https://" + link[typed.end() :], depth + 1, False)
    return (typed.group(), answer.canonical_url) if type(answer) is Listing else None


def _glued_typo(text: str, at: int, depth: int) -> Rejection | None:
    """The refusal of a link at ``at`` in ``text`` whose scheme is glued to letters that make
    it a mistyped one (``hhttps://…``, ``Hhttp://…``: :func:`_mistyped_scheme`), suggesting
    the link; None when the letters are a word glued to it (``Link``, ``abc``: the link
    is read, as section 0 of the notes pulls it out of free text) or it is no listing."""
    start = at
    while start and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    typed = _MISTYPED_SCHEME.match(text, start) if start < at else None
    if typed is None or typed.end(1) <= at:
        return None
    typo = _mistyped_scheme(text[start:], depth)
    if typo is None:
        return None
    why = f"{typed.group(1)}: links are not accepted; {typo[0]} looks like https:// mistyped"
    return _reject("scheme-not-allowed", text, f"{why}: the link is {typo[1]}", typo[1])


def _not_accepted(scheme: str, text: str, at: int = 0) -> str:
    """Why a link of ``scheme`` (starting ``text`` at ``at``) is refused; a drive letter's
    (``C:\\Users\\...``, a spreadsheet's cell holding a saved page's path) said so.

    >>> _not_accepted("C", "C:/Users/me/item.htm")
    "C: links are not accepted (a Windows file path, not a link: give the page's https:// address)"
    >>> _not_accepted("taobao", "taobao://item")
    'taobao: links are not accepted'
    """
    why = f"{scheme}: links are not accepted"
    if _DRIVE.match(text, at):
        why += " (a Windows file path, not a link: give the page's https:// address)"
    return why


def _typo_reject(code: str, url: str, source: str, detail: str, depth: int) -> Rejection:
    """The refusal ``code`` of ``url`` (read from ``source``), saying so and suggesting the
    link where its scheme is a mistyped http(s) (:func:`_mistyped_scheme`)."""
    typo = _mistyped_scheme(url, depth)
    if typo is None:
        return _reject(code, source, detail)
    hint = f"; {typo[0]} looks like https:// mistyped: the link is {typo[1]}"
    return _reject(code, source, detail + hint, typo[1])


def _parse_url(url: str, source: str, slow: _Slow, depth: int) -> Listing | Rejection:
    if slow.bad_chars.search(url):
        return _reject("not-a-url", source, "spaces or control characters inside the URL")
    parts = slow.split.fullmatch(url)
    if parts is None:  # pragma: no cover - the pattern matches every string
        return _reject("not-a-url", source)
    scheme, authority, path, query = parts.groups()
    if scheme is not None:
        if scheme.lower() in ("http", "https"):
            if authority is None:
                return _typo_reject("not-a-url", url, source, f"no // after {scheme}:", depth)
        elif (
            authority is None
            and slow.hostport.match(url)
            and not _DRIVE.match(url)
            and scheme.lower() not in _HOSTLESS_SCHEMES
        ):
            return _parse_url("//" + url, source, slow, depth + 1)
        elif url.startswith("::", len(scheme)) or (authority is None and _MARKUP_NAME.match(url)):
            # std::string, a:hover, xmlns:android: a scope's or markup's name (_other_scheme)
            return _reject("not-a-url", source, "no URL found in the text")
        else:
            reason = _not_accepted(scheme, url)
            return _typo_reject("scheme-not-allowed", url, source, reason, depth)
    elif authority is None:
        head = path.split("/", 1)[0]
        if "." not in head or head.startswith(".") or path.startswith("/"):
            return _typo_reject("not-a-url", url, source, "no host", depth)
        agent = _registrable_in(head.lower().rstrip("."), AGENT_DOMAINS)
        return _parse_url("//" + url, source, slow, depth + (not agent))  # see _parse_clean
    assert authority is not None
    if path.startswith("\\") and _CODE_MARKS.search(authority) is not None:
        # code glued to a link whose slashes are backslashes (Process.Start("https:\\x.com/…")):
        # what stands before the backslash is no host, so nothing imitates one
        return _reject("not-a-url", source, "no host (code before a backslash)")
    if path.startswith("\\"):
        return _reject(
            "lookalike-host",
            source,
            "a backslash after the host (parsers disagree on where the host ends)",
        )
    if "@" in authority:
        return _reject("lookalike-host", source, f"userinfo before the host ({authority})")
    host, port = authority, ""
    if not host.startswith("["):
        host, colon, port = host.rpartition(":")
        if not colon:
            host, port = port, ""
    if host.startswith("["):
        return _reject("not-alibaba-host", source, f"an IP address ({host})")
    if _PORTS.fullmatch(host) is not None:
        return _ports(host, port, scheme, url, source, depth)
    if not host:
        return _reject("not-a-url", source, "no host")
    if port and not port.isdigit():
        return _reject("not-a-url", source, f"bad port {port!r}")
    ascii_host = host.isascii()  # before lower(): "\u212a".lower() is an ASCII "k"
    host = host.lower()
    if len(host) > 253:
        return _reject("not-a-url", source, "host name longer than 253 characters")
    # a scheme's default port is no port; the other scheme's is another service (TLS on port
    # 80); without a scheme (//host:443/, host:80/) either may be meant
    if port not in _DEFAULT_PORTS.get(scheme.lower() if scheme else "", ("", "80", "443")):
        code = "lookalike-host" if _marketplace_domain(host) else "not-alibaba-host"
        return _reject(code, source, f"unexpected port {port}")
    return _host_and_page(host, ascii_host, path, query, url, source, slow, depth)


#: A host followed by more than one port (``item.taobao.com:443:443``, a port typed twice):
#: the host, then the ports but the last (the last is split off as the port).
_PORTS = re.compile(r"([^:]+)((?::[0-9]*)+)")


def _ports(
    head: str, last: str, scheme: str | None, url: str, source: str, depth: int
) -> Rejection:
    """The refusal of a host followed by more than one port (``host:443:443``): a malformed
    port, not a host imitating the marketplace's (the lookalike check read ``host:443`` as the
    host). Where every port is the scheme's default, the link without them is the suggestion.
    """
    found = _PORTS.fullmatch(head)
    assert found is not None
    host, ports = found.group(1).lower(), found.group(2) + ":" + last
    code = "lookalike-host" if _marketplace_domain(host) else "not-alibaba-host"
    why = f"a malformed port after {host[:120]}: {ports[:40]!r} (a host has one port at most)"
    defaults = _DEFAULT_PORTS.get(scheme.lower() if scheme else "", ("", "80", "443"))
    at = url.find(found.group(1) + ports)
    if code == "not-alibaba-host" or depth >= 2 or at < 0:
        return _reject(code, source, why)
    if any(port not in defaults for port in ports[1:].split(":")):
        return _reject(code, source, why)
    rest = url[at + len(found.group(1) + ports) :]
    again = _parse_text("https://" + host + rest, depth + 2, False)
    if type(again) is not Listing:
        return _reject(code, source, why)
    suggestion = again.canonical_url
    return _reject(code, source, f"{why}; without it, the link is {suggestion}", suggestion)


def _host_and_page(
    host: str,
    ascii_host: bool,
    path: str,
    query: str | None,
    url: str,
    source: str,
    slow: _Slow,
    depth: int,
) -> Listing | Rejection:
    """The checks on a lower-case host with no port and no userinfo, then on its page."""
    if host.endswith("."):
        bare = host.rstrip(".")
        if _marketplace_domain(bare):
            return _rooted(host, path, query, source, depth)
        return _foreign(bare or host, url, source, depth)
    domain = _checked_domain(host) if ascii_host else None
    if domain is None:
        return _foreign(host, url, source, depth)
    answer = _marketplace(host, domain, path, query, url, source, slow, depth)
    if type(answer) is Rejection and depth < 2 and answer[0] in _DIGIT_CODES:
        rest = path + ("?" + query if query is not None else "")
        if not rest.isascii() or "%" in rest:
            written = _wide_digits(host, rest, answer, depth)
            if written is not None:
                return written
    if type(answer) is Rejection and depth < 2 and ("%" in path or (query and "%" in query)):
        encoded = _encoded(host, path, query, answer, depth)
        if encoded is not None:
            return encoded
        # else on: a slug in letters that are not ASCII, percent-encoded, with a page name in
        # upper case (…/%E0%B8%81-i4212266679.HTML) is said as an ASCII slug's is
    if type(answer) is Rejection and answer[0] in _CASE_CODES and path != path.lower():
        return _upper_path(host, domain, path, query, answer, slow, depth)
    return answer


def _rooted(host: str, path: str, query: str | None, source: str, depth: int) -> Rejection:
    """The refusal of a marketplace ``host`` written with its root dot (``item.taobao.com.``):
    no exact match of the allow-list (notes section 0), so ``lookalike-host``, as before; but a
    fully qualified name is the same host (RFC 1034), so where the link without the one root
    dot is a listing, the refusal suggests it (on every path and marketplace alike)."""
    why = f"trailing dot in {host}"
    if depth >= 2 or host.endswith(".."):
        return _reject("lookalike-host", source, why)
    rest = path + ("?" + query if query is not None else "")
    again = _parse_text("https://" + host[:-1] + rest, depth + 2, False)
    if type(again) is not Listing:
        return _reject("lookalike-host", source, why)
    suggestion = again.canonical_url
    return _reject(
        "lookalike-host", source, f"{why}; without the dot, the link is {suggestion}", suggestion
    )


#: The refusals of a page that a path typed in upper case (``/ITEM/N.HTML``) is refused with.
_CASE_CODES = frozenset({"not-a-listing", "missing-id"})


def _upper_path(
    host: str, domain: str, path: str, query: str | None, refused: Rejection, slow: _Slow,
    depth: int,
) -> Rejection:  # fmt: skip
    """``refused`` (the answer for a marketplace page whose path holds upper-case letters:
    ``HTTPS://WWW.ALIEXPRESS.COM/ITEM/N.HTML``, a link typed or pasted in capitals), still a
    refusal (paths are case-sensitive, section 0 of the notes), but where the path in lower
    case is a listing's, saying so and suggesting its canonical link."""
    if depth >= 2 or not path.isascii():
        return refused
    again = _marketplace(host, domain, path.lower(), query, "", "", slow, depth + 2)
    if type(again) is not Listing or again.kind != "listing":  # a store's name keeps its case
        return refused
    reason = (
        f"{(host + path)[:120]} has its path in upper case, and a link's path is "
        f"case-sensitive: in lower case it is the listing {again.canonical_url}"
    )
    return _reject(refused[0], refused[2], reason, again.canonical_url)


#: The refusals of an id that a link with its digits typed in another script is refused with
#: (and no listing page: a form whose path holds the id, ``a.m.taobao.com/i６０６….html``,
#: does not match its page at all where the id is not ASCII digits).
_DIGIT_CODES = frozenset({"missing-id", "malformed-id", "not-a-listing"})
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _ascii_digit(char: str) -> str:
    """``char`` as an ASCII digit when it is a decimal digit of another script (full-width
    ``５``, Arabic-Indic ``٥``, Devanagari ``५``...), else as it is."""
    return str(unicodedata.decimal(char)) if not char.isascii() and char.isdecimal() else char


def _ascii_digits(rest: str) -> str:
    """``rest`` (a path and query) with every decimal digit of another script, typed or
    percent-encoded (a browser's path encodes ``５`` as ``%EF%BC%95``), as an ASCII digit;
    every other escape as it was."""
    from urllib.parse import quote, unquote

    def run(escapes: re.Match[str]) -> str:
        try:
            text = unquote(escapes.group(), errors="strict")
        except UnicodeDecodeError:
            return escapes.group()
        if all(char.isascii() or not char.isdecimal() for char in text):
            return escapes.group()
        return "".join(
            _ascii_digit(char) if char.isdecimal() else quote(char, safe="") for char in text
        )

    return "".join(_ascii_digit(char) for char in _ESCAPES.sub(run, rest))


def _wide_digits(host: str, rest: str, refused: Rejection, depth: int) -> Rejection | None:
    """The refusal of a listing link whose id is typed in digits of another script
    (full-width ``？id=６０６８…``, as a Chinese input method types them; Arabic-Indic ``٦٠٦…``):
    ``malformed-id`` still (a marketplace writes its ids in ASCII digits, and the notes name
    no other), but saying so, with the link in ASCII digits as the suggestion when that is a
    listing. None when it holds no such digit or is no listing in ASCII digits either."""
    ascii_rest = _ascii_digits(rest)
    if ascii_rest == rest:
        return None
    again = _parse_text("https://" + host + ascii_rest, depth + 2, False)
    if type(again) is not Listing:
        return None
    from urllib.parse import unquote

    shown = unquote(host + rest, errors="replace")[:120]
    return _reject(
        "malformed-id",
        refused[2],
        f"{shown} writes its id in digits that are not ASCII (full-width or of another "
        f"script): a marketplace's ids are ASCII digits; in them, it is {again.canonical_url}",
        again.canonical_url,
    )


#: What a link copied out of an encoded redirect parameter holds percent-encoded where its
#: own URL syntax stands (``item.htm%3Fid%3DN``), and what each stands for.
_ENCODED_SYNTAX = {"%3F": "?", "%3D": "=", "%26": "&", "%2F": "/", "%23": "#", "%20": "a space"}
_ENCODED_MARK = re.compile(r"%(?:3F|3D|26|2F|23|20)", re.IGNORECASE)


def _encoded(
    host: str, path: str, query: str | None, refused: Rejection, depth: int
) -> Rejection | None:
    """The refusal of a marketplace URL that is no listing as it stands but is one
    percent-decoded once or twice (``item.taobao.com/item.htm%3Fid%3DN``, a link copied out of
    an encoded redirect parameter; ``…/N.html%20``): the notes read a double-encoded query
    leniently (``%26``/``%3D`` inside it, section 0) but are silent on a path, so the link is
    not read silently: it is refused saying it looks percent-encoded, with the decoded listing
    as the suggestion. A path holding an encoded ``?`` whose decoded link is refused too (a
    bad id) says so as well. A link holding an encoded space, tab or line break inside it
    (``item.htm%20?id=N``), which decoded is two words, is refused saying so, with the listing
    it is without them as the suggestion (the notes are silent on it). A page refused as no
    listing page is a listing page there (missing-id). None when decoding makes no listing
    page. Only a rejection of a page or an
    id is looked at again (never a conflict or a short link): decoding never turns a
    rejection into a listing, so whether an input is read does not depend on this."""
    code = refused[0]
    if code not in ("missing-id", "not-a-listing", "malformed-id"):
        return None
    if code == "not-a-listing" and "%" not in path:
        return None  # decoding a query makes no listing page of a page that is none
    rest = path + ("?" + query if query is not None else "")
    listing, first = _decoded(host, rest, depth)
    if listing is not None:
        return _encoded_refusal(code, host, rest, refused[2], listing, None)
    if _ENCODED_BLANK.search(rest) is not None:
        # an encoded space inside the link (item.htm%20?id=N): decoded, a space splits it, so
        # it is not decoded but read without the space, as a space typed into a link is
        kept = _ENCODED_BLANK.sub("", rest)
        again = _parse_text("https://" + host + kept, depth + 2, False)
        listing = again.canonical_url if type(again) is Listing else _decoded(host, kept, depth)[0]
        if listing is not None:
            return _encoded_refusal(code, host, rest, refused[2], listing, None, blank=True)
    if first is None or first[0] not in _ID_CODES or "%3F" not in path.upper():
        return None
    return _encoded_refusal(code, host, rest, refused[2], None, first[1])


#: An encoded white space (a space, a tab, a line break, a no-break space ``%C2%A0`` or an
#: ideographic space ``%E3%80%80``, which a Chinese keyboard types; encoded once or twice).
_ENCODED_BLANK = re.compile(
    r"%(?:25)?(?:20|09|0A|0D|C2%(?:25)?A0|E3%(?:25)?80%(?:25)?80)", re.IGNORECASE
)


def _decoded(host: str, rest: str, depth: int) -> tuple[str | None, Rejection | None]:
    """The canonical link of the listing ``host`` + ``rest`` is percent-decoded once or twice
    (None when neither is one), and the refusal of the first decoding (None when nothing
    decodes, or the decoded text holds white space inside: text, not one link any more)."""
    from urllib.parse import unquote

    decoded, first = rest, None
    for _ in range(2):  # once, and a link encoded twice (%253F) once more
        once = unquote(decoded)
        if once == decoded or _SPACE(once.rstrip()) is not None:
            break
        decoded = once
        again = _parse_text("https://" + host + decoded, depth + 2, False)
        if type(again) is Listing:
            return again.canonical_url, None
        if first is None and type(again) is Rejection:
            first = again
    return None, first


#: The refusals of a listing page's id, which a link with an encoded ``?`` decodes to.
_ID_CODES = frozenset({"missing-id", "malformed-id", "conflicting-ids"})


def _encoded_refusal(
    code: str,
    host: str,
    rest: str,
    source: str,
    listing: str | None,
    refusal: str | None,
    *,
    blank: bool = False,
) -> Rejection:
    """The refusal :func:`_encoded` gives: the decoded ``listing`` suggested, or the decoded
    link's own ``refusal`` quoted; with ``blank``, the ``listing`` the link is without its
    encoded white space."""
    marks = {mark.upper() for mark in _ENCODED_MARK.findall(rest)}
    named = [f"{mark} for {char}" for mark, char in _ENCODED_SYNTAX.items() if mark in marks]
    if "%25" in rest.upper():
        named.append("%25 for %, encoded twice")
    what = ", ".join(named) if named else "%XX escapes"
    then = f"it is {listing}" if listing else f"it is refused too ({refusal})"
    advice = f"decode it first; decoded, {then}"
    if blank:
        advice = (
            f"decoded, a space splits it: remove the encoded space if it was typed or pasted "
            f"into the link; without it, it is {listing}"
        )
    return _reject(
        "missing-id" if code == "not-a-listing" else code,
        source,
        f"{(host + rest)[:120]} looks percent-encoded ({what}): {advice}",
        listing,
    )


@lru_cache(maxsize=4096)
def _checked_domain(host: str) -> str | None:
    """The marketplace domain of a well-formed ASCII host (no ``%``, no punycode), else None."""
    if "%" in host or "xn--" in host or _slow().host_ok.fullmatch(host) is None:
        return None
    return _marketplace_domain(host)


def _marketplace_domain(host: str) -> str | None:
    """The marketplace registrable domain ``host`` is, or is under (None when neither)."""
    domain = host
    while True:
        if domain in MARKETPLACE_DOMAINS:
            return domain
        dot = domain.find(".")
        if dot < 0:
            return None
        domain = domain[dot + 1 :]


def _registrable_in(host: str, domains: frozenset[str]) -> bool:
    domain = host
    while True:
        if domain in domains:
            return True
        dot = domain.find(".")
        if dot < 0:
            return False
        domain = domain[dot + 1 :]


def _foreign(host: str, url: str, source: str, depth: int) -> Rejection:
    agent = _registrable_in(host, AGENT_DOMAINS)
    suggestion = None
    if depth < 1 and (agent or _mentions(url, url.find(host) + len(host))):
        suggestion = _embedded(url, depth)
    if agent:
        short = _embedded_short(url) if suggestion is None else None
        if short is not None:  # a short link is never resolved (C2): say so, suggest it
            detail = (
                f"{host} is a buying agent; the link it wraps is the short link {short}, "
                "which ipprules does not open: open it and paste the page it leads to"
            )
            return _reject("agent-site", source, detail, short)
        detail = f"{host} is a buying agent; " + (
            f"the listing it embeds is {suggestion}"
            if suggestion
            else "no marketplace listing found in the link"
        )
        return _reject("agent-site", source, detail, suggestion)
    template = (
        _TEMPLATE_HOST.fullmatch(host)
        or _TEMPLATE_CALL_HOST.fullmatch(host)
        or _PRINTF_HOST.fullmatch(host)
    )
    if template is not None and _marketplace_domain(template.group(1)) is not None:
        return _reject(
            "not-a-url",
            source,
            f"{host} is a template or a pattern, not a host: a placeholder or a wildcard stands "
            "for a label; paste the link itself",
        )
    tail = _TEMPLATE_TAIL.fullmatch(host)
    if tail is not None and _marketplace_domain(tail.group(1)) is not None:
        return _reject(
            "not-a-url",
            source,
            f"{host[:120]} is a template, not a link: a placeholder glued after the host "
            f"{tail.group(1)} stands for the rest of the link; paste the link itself",
        )
    if _registrable_in(host, GROUP_DOMAINS):
        detail = f"{host} is an Alibaba Group site, not a marketplace"
        return _reject("not-alibaba-host", source, detail, suggestion)
    wide = _written_wide(host, url, depth)
    if wide is not None:
        reads_as, suggestion = wide
        typed = "typed in full-width or compatibility characters"
        if _AFTER_HOST.search(reads_as) is not None:  # item.taobao.com／item.htm
            typed = "no host name: full-width punctuation is typed where the host ends"
        detail = f"{host[:160]} is {typed}: it reads as {reads_as[:160]}; retype the link in ASCII"
        return _reject("lookalike-host", source, detail, suggestion)
    escaped = _escaped_host(host, url, depth) if "%" in host else None
    if escaped is not None:
        return _reject("lookalike-host", source, escaped[0], escaped[1])
    glued = _glued_host(host, url, depth) or _comma_host(host, depth)
    if glued is not None:
        return _reject("lookalike-host", source, glued[0], glued[1])
    if host == "lzd.co" or host.endswith(".lzd.co"):  # never read as imitating a marketplace
        return _reject("not-alibaba-host", source, _LZD_CO.format(host=host[:120]), suggestion)
    if host.removeprefix("www.") in _THIRD_PARTY_SHORT:
        return _reject("not-alibaba-host", source, _THIRD_PARTY.format(host=host), suggestion)
    reason = _lookalike_reason(host)  # host: a plain str
    if reason is not None:
        return _reject("lookalike-host", source, f"{host} {reason}", suggestion)
    detail = f"{host}" + (f"; it embeds {suggestion}" if suggestion else "")
    return _reject("not-alibaba-host", source, detail, suggestion)


#: A host under ``lzd.co``, Lazada's own domain (``godep.lzd.co`` Go imports, ``gitlab.lzd.co``,
#: an image CDN ``sg.s.alibaba.lzd.co`` in a Lazada SDK sample, github-index:13017896528): the
#: notes list no listing, store or short-link host there, so it is refused, but never as a
#: lookalike (``alibaba`` in its name is Lazada's own).
_LZD_CO = (
    "{host} is on lzd.co, Lazada's own domain for its internal and content sites, which holds "
    "no listing, store or short-link host the notes list: paste the www.lazada.<country> link"
)


#: Third-party affiliate shorteners seen in real pastes leading to AliExpress (``ali.ski``,
#: ePN's; ``aliexpi.com``: test_real_urls_36). The notes list neither (section 12), so they are
#: no marketplace host, and a short link is never opened (C2): the reason says what they are.
_THIRD_PARTY_SHORT = frozenset({"ali.ski", "aliexpi.com"})
_THIRD_PARTY = (
    "{host} is a third-party short-link service (an affiliate's, not AliExpress's own), whose "
    "links may lead to AliExpress; ipprules does not open short links: open it and paste the "
    "page it leads to"
)


#: An encoded ``/``, ``?`` or ``#`` in what the URL syntax reads as the host, or one encoded
#: twice (``%252F``: the ``%`` itself encoded).
_HOST_ESCAPE = re.compile(r"%(?:25)?(?:2F|3F|23)", re.IGNORECASE)


def _escaped_host(host: str, url: str, depth: int) -> tuple[str, str | None] | None:
    """Why a host that is a marketplace host up to an encoded ``/``, ``?`` or ``#``
    (``item.taobao.com%2Fitem.htm%3Fid%3DN``: a link whose scheme alone was decoded) is
    refused, and the listing it holds decoded (None where it holds none); None for any other
    host. It stays a lookalike (browsers refuse such a host; it is read as nothing else), but
    the reason says the link looks percent-encoded, as for an encoded path (:func:`_encoded`)."""
    found = _HOST_ESCAPE.search(host)
    if found is None:
        return _encoded_text_after(host)
    if _checked_domain(host[: found.start()]) is None:
        return None
    mark = found.group().upper()
    char = {"2F": "/", "3F": "?", "23": "#"}[mark[-2:]]
    twice = ", encoded twice" if len(mark) > 3 else ""
    why = (
        f"{host[:120]} holds an encoded {char} ({mark}{twice}) after the host: the link looks "
        "percent-encoded; decode it first"
    )
    lowered = url.lower()
    at = lowered.find(host)
    if depth >= 2 or at < 0 or len(lowered) != len(url):
        return why, None
    from urllib.parse import unquote

    decoded = unquote(url[at:])
    if "%25" in url[at:].upper():  # encoded twice (%252F, or %2F then %253F)
        decoded = unquote(decoded)
    if _SPACE(decoded.rstrip()) is not None:
        return why, None
    again = _parse_text("https://" + decoded, depth + 2, False)
    if type(again) is not Listing:
        return why, None
    return f"{why}; decoded, it is {again.canonical_url}", again.canonical_url


#: An encoded character that is not ASCII (UTF-8: a lead byte, then a continuation byte).
_ENCODED_WIDE = re.compile(r"%[c-f][0-9a-f]%[89ab][0-9a-f]", re.IGNORECASE)


def _encoded_text_after(host: str) -> tuple[str, None] | None:
    """Why a marketplace host followed by encoded text that is not ASCII (a chatbot's
    ``http://www.tmall.com%EF%BC%8C%E6%90%9C…``: the ``，搜索…`` after the link encoded with it)
    is refused: browsers reach no such host, so it stays a lookalike, but the reason says the
    link looks percent-encoded, as for an encoded ``/`` (:func:`_escaped_host`)."""
    found = _ENCODED_WIDE.search(host)
    if found is None or _checked_domain(bare := host[: found.start()]) is None:
        return None
    from urllib.parse import unquote

    text = unquote(host[found.start() :], errors="replace")[:40]
    why = (
        f"{bare} is followed by encoded text ({text}): the link looks percent-encoded; "
        "decode it first"
    )
    return why, None


#: A run of printable ASCII characters no host name holds, at the end of a host.
_GLUED_TAIL = re.compile(r"[!-,/:-@\[-`{-~]+$")
#: A host name then text that is not ASCII glued to it (``dj.1688.com被拦截``,
#: ``joinsun.1688.com店铺``: share text or prose with no space after the link): group 1, the
#: host; group 2, the text. The
#: text starts with a character of no script a homoglyph is taken from (Latin, Greek, Cyrillic
#: and their supplements end at U+052F), so ``uniqlo.tmall.coм`` stays a lookalike of its own.
_GLUED_WIDE_TEXT = re.compile(
    r"((?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63})([^\x00-\u052f].*)", re.IGNORECASE | re.DOTALL
)


def _glued_host(host: str, url: str, depth: int) -> tuple[str, str | None] | None:
    """Why a host that is a marketplace host followed by characters no host name holds
    (``uniqlo.tmall.com|``: a bar typed or pasted right after the host) is refused, and the
    link without them where it is a listing; None for any other host. It stays refused (no
    browser reaches such a host), but the reason names the glued characters: the lookalike
    check would fold ``|`` to ``l`` and say the genuine host "imitates tmall"."""
    glue = _GLUED_TAIL.search(host)
    wide = _GLUED_WIDE_TEXT.fullmatch(host) if glue is None else None
    if wide is not None and _hides_host(wide.group(2)):
        return None  # item.taobao.com。evil.cn: a name under evil.cn, which imitates taobao
    if wide is not None and _checked_domain(bare := wide.group(1)) is not None:
        why = (
            f"{host[:120]} is no host name: text that is not ASCII ({wide.group(2)[:20]}) is "
            f"glued after {bare}; remove it, or put a space after the link before its text"
        )
    elif glue is None or _checked_domain(bare := host[: glue.start()]) is None:
        return None
    else:
        why = (
            f"{host[:120]} is no host name: {glue.group()[:20]!r} is glued after {bare}; remove it"
        )
    at = url.lower().find(host)
    if depth >= 2 or at < 0:
        return why, None
    again = _parse_text("https://" + bare + url[at + len(host) :], depth + 2, False)
    if type(again) is not Listing:
        return why, None
    return f"{why}: the link is {again.canonical_url}", again.canonical_url


def _hides_host(glued: str) -> bool:
    """Whether ``glued``, text that is not ASCII glued after a marketplace host, holds a label
    dot as a browser reads a host (percent-decoded, then IDNA's mapping: NFKC and its label
    dots ``。．｡``): ``item.taobao.com。evil.cn``, ``uniqlo.tmall.com看看.evil.cn`` and
    ``…com店%2Eevil.cn`` open a name under evil.cn, not the marketplace, so no link without
    the text is suggested; they are lookalikes of their own."""
    from urllib.parse import unquote

    read = unicodedata.normalize("NFKC", unquote(glued, errors="replace"))
    return "." in read.translate(_WIDE_DOTS)


#: A marketplace host, a comma and a word with no dot (a CSV row's next cell).
_COMMA_CELL = re.compile(r"([a-z0-9.-]+),[^.,@:/\\?#%\s\u3002\uff0e\uff61]+")


def _comma_host(host: str, depth: int) -> tuple[str, str | None] | None:
    """Why a marketplace host followed by a comma and a word (``uniqlo.tmall.com,shop``: a
    CSV row's next cell, ``Shop/x``, glued on) is refused, and the store its host alone is;
    None for any other host. A browser reads the comma into the host (left41), so it stays
    refused, but the reason says the comma may end the link, not that the genuine host
    "imitates tmall". A cell with a dot (``,x.evil.example``: a name under evil.example) is
    no such word."""
    cell = _COMMA_CELL.fullmatch(host)
    if cell is None or _checked_domain(bare := cell.group(1)) is None:
        return None
    why = (
        f"{host[:120]} is no marketplace host: a comma and {host[len(bare) + 1 :][:40]!r} are "
        f"glued after {bare}, and a browser reads them into the host"
    )
    if depth >= 2:
        return why, None
    again = _parse_text("https://" + bare, depth + 2, False)
    if type(again) is not Listing:
        return why, None
    return (
        f"{why}; if the comma ends the link (a row's next cell after it), the link is "
        f"{again.canonical_url}: put it alone in its cell",
        again.canonical_url,
    )


#: The label dots of IDNA (RFC 3490, 3.1) besides the ASCII one.
_WIDE_DOTS = {ord(c): "." for c in "\u3002\uff0e\uff61"}


def _written_wide(host: str, url: str, depth: int) -> tuple[str, str | None] | None:
    """What a host typed in full-width or compatibility characters reads as, and the link
    typed in ASCII (``None`` inside a suggestion), where IDNA's mapping (NFKC, its label dots)
    makes it a marketplace host on the allow-list; else ``None``. It is still refused: no host
    is read otherwise than as it is, so none outside the allow-list is ever accepted.

    >>> _written_wide("\uff49\uff54\uff45\uff4d.taobao.com", "//\uff49\uff54\uff45\uff4d.taobao.com/item.htm?id=712345678927", 0)
    ('item.taobao.com', 'https://item.taobao.com/item.htm?id=712345678927')
    >>> _written_wide("t\u0430obao.com", "https://t\u0430obao.com/", 0) is None  # Cyrillic a
    True
    """  # noqa: E501
    if host.isascii():
        return None
    folded = unicodedata.normalize("NFKC", host).translate(_WIDE_DOTS).lower()
    # a full-width slash, question mark or number sign typed after the host (a Chinese input
    # method's ／, ？, ＃: the URL syntax reads it into the host) ends the host it reads as
    bare = _AFTER_HOST.split(folded, maxsplit=1)[0]
    if not folded.isascii() or _checked_domain(bare) is None:
        return None
    lowered = url.lower()
    at = lowered.find(host)
    if depth >= 1 or at < 0 or len(lowered) != len(url):
        return folded, None
    rest = url[at + len(host) :] if bare == folded else url[at + len(host) :].translate(_WIDE)
    return folded, _suggest("https://" + folded + rest, depth)


_AFTER_HOST = re.compile(r"[/?#]")
#: The full-width forms of ASCII's printable characters (``／``, ``？``, ``＝``, ``＆``, ``５``),
#: as ASCII: how the rest of a link typed with a full-width slash after its host reads.
_WIDE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


#: A host made in code or written as a pattern (``{}.m.tmall.com``, ``"+row['domain']+".m.tmall.
#: com``, ``*.lazada.com.my``, ``"shop"+id+".taobao.com"``): a placeholder, a wildcard or a
#: concatenation where a label should be, then the marketplace host it ends in (group 1), after
#: any plain labels (``shop.${id}.taobao.com``, ``m.{}.tmall.com``: the placeholder need not
#: be the first label).
_TEMPLATE_HOST = re.compile(r"(?:[a-z0-9-]+\.)*[^.]*[{}*\"'+$<>\[\]][^.]*((?:\.[a-z0-9-]+)+)")

#: The same with a dot inside a placeholder's braces (``${shopId.trim()}.1688.com``, ``{a.b}
#: .taobao.com``: github-index:51775524235): the braces hold an expression, not labels.
_TEMPLATE_CALL_HOST = re.compile(
    r"(?:[a-z0-9-]+\.)*(?:[^.{}]*\$?\{[^{}]*\})+[^.{}]*((?:\.[a-z0-9-]+)+)"
)

#: The same with a printf conversion where a label should be (``sprintf('https://%s.1688.com/
#: page/offerlist.htm?%s', …)``: github-index:40028051645; ``shop%d.taobao.com``): a ``%``
#: before ``s`` or ``d`` that no hex digit follows is no percent-escape.
_PRINTF_HOST = re.compile(
    r"(?:[a-z0-9-]+\.)*[a-z0-9-]*%(?:\d+\$)?[sd](?![0-9a-f])[a-z0-9-]*((?:\.[a-z0-9-]+)+)"
)

#: A host with a code template's placeholder glued after it (```https://www.lazada.vn${href}```,
#: ``f'https://www.lazada.vn{href}'``, a crawler's: nqnguyen812/GenAI_Project_CTAI): no host
#: holds ``$`` or ``{``, and the placeholder stands for the path, so the text is no link.
_TEMPLATE_TAIL = re.compile(r"((?:[a-z0-9-]+\.)+[a-z0-9-]+)\$?\{.*")

_MENTIONED = ("taobao", "tmall", "1688", "alibaba", "aliexpress", "lazada", "goofish", "tb.cn",
              "%2f", "%3a")  # fmt: skip


def _mentions(url: str, start: int) -> bool:
    """Whether ``url`` names a marketplace (or holds an encoded URL) from ``start`` on."""
    if not url.isascii():
        return _slow().mentions.search(url, start) is not None
    rest = url[start:].lower()  # ASCII: the same as the case-insensitive pattern
    return any(word in rest for word in _MENTIONED)


@cache
def _embed_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(r"shop_?type=(taobao|tmall|ali_?1688|1688)\b"),
        re.compile(r"[?&](?:id|itemid)=([0-9]{6,15})(?![0-9])"),
        # cssbuy's /item-N.html, also without .html (/item-N?promotionCode=…)
        re.compile(r"/item-(1688-)?([0-9]{6,15})(?:\.html)?(?=[?#/&\s\"'<>]|$)"),
        re.compile(r"[^\s\"'<>&]*"),  # where an embedded URL ends
    )


#: A link percent-encoded (once or twice) in a foreign link's parameter, up to the next
#: plain ``&``: the encoded link's own ``&`` are ``%26`` (``%2526``).
_ENCODED_LINK = re.compile(r"(?i)https?%(?:25)?3a%(?:25)?2f[^&\s\"'<>]*+")

#: The links embedded in a foreign link that :func:`_embedded` tries, in order, for the listing
#: to suggest. Each try parses the rest of the text, so a text of thousands of ``http://`` (under
#: the length cap) took ~0.17 s a line, quadratic in its length; a real wrapper (a buying
#: agent's, a redirect's, a search result's) embeds one to a few.
_EMBEDDED_TRIES = 64


def _embedded(url: str, depth: int) -> str | None:
    """The canonical URL of a marketplace listing embedded in a foreign URL, if any."""
    from urllib.parse import unquote

    decoded = unquote(unquote(url))
    lowered = decoded.lower()
    shop_rx, item_rx, cssbuy_rx, tail_rx = _embed_patterns()
    # buying agents that name the shop type and the id (cnfans, mulebuy, ...)
    shop = shop_rx.search(lowered)
    if shop is not None:
        item = item_rx.search(lowered)
        if item is not None:
            target = (
                f"https://detail.1688.com/offer/{item.group(1)}.html"
                if "1688" in shop.group(1)
                else f"https://item.taobao.com/item.htm?id={item.group(1)}"
            )
            return _suggest(target, depth)
    cssbuy = cssbuy_rx.search(lowered)
    if cssbuy is not None:
        if cssbuy.group(1):
            return _suggest(f"https://detail.1688.com/offer/{cssbuy.group(2)}.html", depth)
        return _suggest(f"https://item.taobao.com/item.htm?id={cssbuy.group(2)}", depth)
    encodings = _ENCODED_LINK.finditer(url) if "%" in url else ()
    for encoded in islice(encodings, _EMBEDDED_TRIES):
        # a link percent-encoded in a parameter keeps its own "&" encoded, and ends at the
        # next plain "&" (sugargoo's productLink=https%3A%2F%2F…%3Fspm%3D…%26id%3DN&memberId=)
        suggestion = _suggest(_decoded_part(url, decoded, encoded), depth)
        if suggestion is not None:
            return suggestion
    start, tries = 1, _EMBEDDED_TRIES
    while True:
        found = lowered.find("http", start)
        if found < 0:
            return None
        if lowered.startswith(("http://", "https://"), found):
            tries -= 1
            if tries < 0:  # each try parses the rest of the text: bounded, not quadratic
                return None
            end = max(found, tail_rx.match(decoded, found).end())  # type: ignore[union-attr]
            suggestion = _suggest(decoded[found:end], depth)
            if suggestion is not None:
                return suggestion
        start = found + 4


def _decoded_part(url: str, decoded: str, encoded: re.Match[str]) -> str:
    """``unquote(unquote(encoded.group()))`` for a match of :data:`_ENCODED_LINK` in ``url``,
    whose ``decoded`` is ``unquote(unquote(url))``: its slice of ``decoded`` where no ``%`` is
    outside the match (an agent's ``?url=https%3A%2F%2F…``; decoding twice is most of an agent
    link's cost). The match starts with ``h`` and ends before a plain ``&``, space, quote, ``<``,
    ``>`` or the end, none of them a hex digit or ``%``, so no escape and no UTF-8 sequence
    spans its ends and the two decodings of the url are those of its three parts, joined."""
    start, end = encoded.span()
    if "%" in url[:start] or "%" in url[end:]:
        from urllib.parse import unquote

        return unquote(unquote(encoded.group()))
    return decoded[start : len(decoded) - (len(url) - end)]


#: A link in a text, its host in group 1 (an agent link's embedded short link, decoded).
_LINK_IN_TEXT = re.compile(r"(?i)https?://([a-z0-9.-]{1,253})(/[^\s&#\"'<>]*)?")


def _embedded_short(url: str) -> str | None:
    """The first short link (:data:`SHORT_HOSTS`, e.g. ``e.tb.cn/h.…``) an agent's ``url``
    wraps, plain or percent-encoded, ending at the agent's next ``&``; else None."""
    from urllib.parse import unquote

    decoded = unquote(unquote(url))
    for found in islice(_LINK_IN_TEXT.finditer(decoded, 1), _EMBEDDED_TRIES):
        if found.group(1).lower().rstrip(".") in SHORT_HOSTS and len(found.group(2) or "") > 1:
            return found.group()[:200]
    return None


def _suggest(target: str, depth: int) -> str | None:
    # Whether the thorough parser finds a listing, and which, does not depend on the depth
    # (only the suggestions inside rejections do), and the quick paths give the thorough answer
    # whenever they give one: they decide first.
    quick = _quick(target, depth + 1)
    if quick is not None:
        return quick.canonical_url if type(quick) is Listing else None
    result = _parse_text(target, depth + 1, False)
    return result.canonical_url if isinstance(result, Listing) else None


def _short_link(
    host: str, short: str, path: str, query: str | None, source: str, depth: int
) -> Rejection:
    """The refusal of a short link of ``host`` (issued as ``short``): ``short-link``,
    suggesting the listing its query names (unverified), or ``missing-id`` when it stops
    before its code (:func:`_codeless`: nothing to resolve)."""
    if not query and _codeless(host, path):
        return _reject("missing-id", source, _NO_CODE.format(host=host, issuer=short))
    suggestion = None
    target_keys = SHORT_TARGET_KEYS.get(host)
    if query and target_keys and depth < 1:
        for value in _values(query, target_keys):
            suggestion = _suggest(value, depth)
            if suggestion:
                break
    named = (
        f"; its query names the listing {suggestion} (unverified: a short link is not "
        "opened offline)"
        if suggestion
        else ""
    )
    why = f"{host} ({short}){named}; open it and paste the page it leads to"
    return _reject("short-link", source, why, suggestion)


def _marketplace(
    host: str,
    domain: str,
    path: str,
    query: str | None,
    url: str,
    source: str,
    slow: _Slow,
    depth: int,
) -> Listing | Rejection:
    short = SHORT_HOSTS.get(host)
    if (
        short is None
        and domain == "alibaba.com"
        and host in ("alibaba.com", "www.alibaba.com", "m.alibaba.com")
        and path.startswith("/x/")
    ):
        short = "Alibaba.com app share link"
    elif short is None and domain == "aliexpress.ru" and _RU_SHARE.fullmatch(path):
        short = "AliExpress Russia share link"
    if short is not None:
        return _short_link(host, short, path, query, source, depth)
    if domain == "lazada.com":
        return _reject("not-a-listing", source, f"{host} is Lazada's corporate site")
    if host in _STORE_PAGES_UNNAMED:  # before the forms: /store/v3/home.html is no /store/N
        unnamed = _store_page_unnamed(host, path, query, source)
        if unnamed is not None:
            return unnamed
    candidates, stores = _routed(host, domain)
    host_known = bool(candidates)
    for form, host_groups, path_rx in candidates:
        path_match = path_rx.fullmatch(path)
        if path_match is None:
            continue
        read = _read(form, host_groups, path_match, query, source)
        if type(read) is Rejection and read.code == "missing-id" and "//" in path:
            break  # /store//1185416: the empty segment is no id, the merged path holds one
        return read
    if "//" in path:  # item.taobao.com//item.htm?id=N: servers merge the slashes of a path
        merged = _SLASHES.sub("/", path)
        return _marketplace(host, domain, merged, query, url, source, slow, depth)
    if stores:  # every form of the host a storefront: a store's own host
        page = _store_page(candidates, host, path, query, source)
        if page is not None:
            return page
    if domain == "goofish.com" and path.rstrip("/") == "/personal":
        return _xianyu_user_page(host, path, query, source)
    if host in _ITEM_PAGES_UNNAMED:  # before the shape of the host's forms' pages
        unnamed = _item_page_unnamed(host, path, query, source)
        if unnamed is not None:
            return unnamed
    elif host == "m.1688.com" and (stand_in := _WINPORT_TEMPLATE.fullmatch(path)) is not None:
        return _reject("not-a-url", source, _WINPORT_STAND_IN.format(host + path, stand_in[1]))
    elif host == "m.1688.com" and (company := _WINPORT_COMPANY.fullmatch(path)) is not None:
        store = form_named("1688-winport").canonical_url(company.group(1), None)
        return _page_of_store(host, path, store, source)
    if host_known or host in _LISTING_ONLY:
        shape = slow.shapes.get(domain)
        by_host = _HOST_SHAPES.get(host)
        if (
            (shape is not None and shape.fullmatch(path))
            or (by_host is not None and by_host.fullmatch(path))
            or (host in _LISTING_ONLY and path in ("", "/"))
        ):
            floated = _path_float_id(host, path, source)  # /offer/5.85944E+11.html
            return floated or _reject("missing-id", source, _no_valid_id(host, path, query))
    if domain.startswith("lazada.") and host_known:
        unverified = _lazada_unverified(host, domain, path, source)
        if unverified is not None:
            return unverified
    return _not_a_listing(host, path, source)


#: Where a short link's code starts, by host (listing-urls.md section 10: ``m.tb.cn/h.<code>``,
#: ``qr.1688.com/s/<code>``, ``s.lazada.{tld}/s.<code>`` …); other short hosts' codes start
#: right after the host.
_CODE_STARTS = {
    "m.tb.cn": "/h.",
    "e.tb.cn": "/h.",
    "c.tb.cn": "/e1.",
    "qr.1688.com": "/s/",
    "a.aliexpress.com": "/_",
    "s.click.aliexpress.com": "/e/_",
    **{f"s.lazada.{tld}": "/s." for tld in LAZADA_TLDS},
    **{f"c.lazada.{tld}": "/t/c." for tld in LAZADA_TLDS},
}
_NO_CODE_TITLE = "missing id: short-link host with no code: "
_NO_CODE = (
    "short-link host with no code: {host} ({issuer}) is a short link's host, but the link "
    "stops before its code, so there is nothing to resolve: paste the whole short link, or the "
    "page it leads to"
)


#: What stands for a short link's code in docs and code (``m.tb.cn/<tk>``, ``s.lazada.vn/...``,
#: ``c.lazada.co.th/t/c.{code}``): the link has a code, elided, and stays a short link.
_ELISION = re.compile(r"\.?(?:\.\.\.|[\u2026\u22ef<{\[]|\$\{)")


def _elided(text: str, candidate: str, at: int, result: Rejection) -> Rejection:
    """``result`` (a ``missing-id``), unless it says that the short link ``candidate`` found
    at ``at`` in ``text`` has no code and what stands for a code follows it (:data:`_ELISION`:
    ``m.tb.cn/<tk>``, ``s.lazada.vn/...``): then a short link, as one with its code is."""
    if not result[1].startswith(_NO_CODE_TITLE):
        return result
    if _ELISION.match(text, at + len(candidate)) is None:
        return result
    host = result[1][len(_NO_CODE_TITLE) :].partition(" (")[0]
    issuer = SHORT_HOSTS.get(host, "short link")
    return _reject("short-link", text, f"{host} ({issuer}); open it and paste the page it leads to")


def _codeless(host: str, path: str) -> bool:
    """Whether a short link of ``host`` with ``path`` (and no query) stops before its code
    (``https://m.tb.cn/``, ``qr.1688.com/s/``, ``s.click.aliexpress.com/e/``): nothing to
    resolve.

    >>> _codeless("qr.1688.com", "/s/"), _codeless("qr.1688.com", "/s/7OnLCakq")
    (True, False)
    """
    start = _CODE_STARTS.get(host, "/")
    return start.startswith(path) or start.startswith(path.rstrip("/"))


#: What no host holds but code glued to a link does (a call's parenthesis, a quote).
_CODE_MARKS = re.compile(r"[\"'()<>{};,]")

#: Slashes in a row in a link's path, which web servers read as one (nginx's and Tengine's
#: ``merge_slashes``, on by default): tools that join a host and a path emit them.
_SLASHES = re.compile(r"//+")


#: AliExpress Russia's share link (``https://aliexpress.ru/e/_DlqL7xV``), the RU form of
#: ``s.click.aliexpress.com/e/_…``: real bots' notes and tests list it with the other
#: AliExpress short links (github-index:70382096132, :70644758525, :70376610384).
_RU_SHARE = re.compile(r"/e/_[0-9A-Za-z]+/?")


# Lazada forms listing-urls.md §7 names as unverified: an item page without /products/
# (www.lazada.co.th/i{id}.html, claimed by some code, never seen pasted) and root-path brand
# pages (www.lazada.com.ph/unilever-beauty, whether storefronts is unknown). Neither is read as
# a listing; the reason says the form is unverified rather than calling it a search or home page.
# The same without a slug, an item and its sku (www.lazada.sg/-i1884392091-s10044238042.html),
# is what Lazada's seller and order APIs return as a product's Url (github-index:46351477789,
# :48595998925, :39148904743): unverified as a pasted link too.
_LAZADA_BARE_ITEM = re.compile(r"/-?i([1-9][0-9]{5,14})(?:-s[0-9]+)?\.html")
#: A page under a Lazada store's path (``/shop/<slug>/search``, ``/shop/<slug>/index.htm``,
#: ``/shop/<slug>/pages/…``): section 7 names the store as ``/shop/<slug>/`` with its query
#: (``?path=index.htm``), so a page below it is the store's page, not its storefront link, as
#: on a Taobao-family store's own host; ``/shop/site/…`` is Lazada's API.
_LAZADA_STORE_PAGE = re.compile(r"/shop/(?!site/)([^/]+)/.+")
#: Lazada's item page before 2018, ``/<slug>-<n>.html`` on ``www.`` or the bare host, no
#: ``/products/`` (``www.lazada.com.my/hisense-32-led-tv-32d50-1688499.html``, a saved 2016
#: category page: test_real_urls_48; a slash glued after it too, ``….html/?ref=…``). The notes
#: name no such form (section 7), so it is no listing; the reason names it for what it is.
_LAZADA_OLD_ITEM = re.compile(r"/(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]*-[0-9]{4,12}\.html/?")
_LAZADA_OLD_WHY = (
    "{where} is Lazada's old item page form (before 2018), not a listing form ipprules reads: "
    "give the item's /products/...-i<id>.html link"
)
_LAZADA_ROOT_PAGE = re.compile(
    r"/(?!(?:shop|catalog|products|tag|wow|customer|cart)\b)"
    r"[a-z0-9][a-z0-9-]*/?"
)


def _lazada_unverified(host: str, domain: str, path: str, source: str) -> Rejection | None:
    bare = _LAZADA_BARE_ITEM.fullmatch(path)
    if bare is not None:
        canonical = f"https://www.{domain}/products/pdp-i{bare.group(1)}.html"
        return _reject(
            "not-a-listing",
            source,
            f"{host}{path} (no /products/) is a Lazada form not seen in real links (unverified): "
            f"open {canonical} and paste it if it is the listing",
            canonical,
        )
    if host.removeprefix("www.") == domain and _LAZADA_OLD_ITEM.fullmatch(path) is not None:
        return _reject("not-a-listing", source, _LAZADA_OLD_WHY.format(where=f"{host}{path}"[:120]))
    page = _LAZADA_STORE_PAGE.fullmatch(path)
    if page is not None and _strict(ID_RULES["shopslug"][0])(page.group(1)) is not None:
        platform = LAZADA_TLDS[domain.removeprefix("lazada.")]
        store = form_named(f"{platform}-shop").canonical_url(page.group(1), None)
        return _page_of_store(host, path, store, source)
    if _LAZADA_ROOT_PAGE.fullmatch(path) is not None:
        return _reject(
            "not-a-listing",
            source,
            f"{host}{path} may be a brand page; whether Lazada's root-path brand pages are "
            "storefronts is unverified: paste the store's /shop/<name>/ link",
        )
    return None


#: A 1688 member's mobile company page, ``m.1688.com/winport/company/b2b-….html`` (real:
#: github-index:11229568852, a scraper's page.goto): a page of the mobile store
#: ``m.1688.com/winport/b2b-….html`` that section 4 names, not a listing page.
#: A template of a 1688 store's mobile page, its member id a placeholder in braces
#: (``f"https://m.1688.com/winport/{member_id}.html"``, github-index:… in test_real_urls_17).
_WINPORT_TEMPLATE = re.compile(r"/winport/(?:company/)?(\$?\{[^{}/]{0,60}\})\.html?")
_WINPORT_STAND_IN = (
    "{0:.120} is a template, not a link: the placeholder {1:.60} stands for a store's member "
    "id; paste the store's link itself, m.1688.com/winport/b2b-<member id>.html"
)
_WINPORT_COMPANY = re.compile(r"/winport/company/(b2b-[0-9a-z]{4,40})\.html")


#: Item pages of the Taobao family that listing-urls.md does not name, by host: the path they
#: have, what they are and the canonical link their id would have. Never read as listings (the
#: notes are silent on them), but refused saying what they are, with the link to check:
#: - ``world.tmall.com/item/N.htm?id=N``: Tmall's old overseas item page (real pastes:
#:   github-index:21370838181, :3612132279, :39266304228, :17753410541);
#: - ``uland.taobao.com/item/edetail?id=…``: a Taobao Union (affiliate) landing page, whose
#:   id is the item's (github-index:26356142445, :116123519) or an encrypted token
#:   (:55647434185, :26529900900, :67465773730).
_ITEM_PAGES_UNNAMED: dict[str, tuple[re.Pattern[str], str, str]] = {
    "world.tmall.com": (
        re.compile(r"/item/(?P<id>[0-9]*+)[^/]*\.htm"),
        "Tmall's overseas item page, a form not seen among the listing forms (unverified)",
        "https://detail.tmall.com/item.htm?id={id}",
    ),
    # Tmall's old mobile item page (a.m.tmall.com/iN.htm, the Tmall twin of the notes'
    # a.m.taobao.com/iN.htm; real pastes github-index:28238912802, :14297906953, :38761403655)
    "a.m.tmall.com": (
        re.compile(r"/i(?P<id>[0-9]*+)\.html?"),
        "Tmall's old mobile item page, a form not seen among the listing forms (unverified)",
        "https://detail.tmall.com/item.htm?id={id}",
    ),
    # Taobao's Taiwan view of an item (tw.taobao.com/item/N.htm: a saved item page names it as
    # its zh-Hant alternate of item.taobao.com/item.html?id=N, github-index:18207437163; real
    # pastes :39743279143, :6757721480, :25975812374)
    "tw.taobao.com": (
        re.compile(r"/item/(?P<id>[0-9]*+)\.html?"),
        "Taobao's Taiwan (traditional Chinese) view of an item page, a form not seen among the "
        "listing forms (unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # Xianyu's item id in the path (www.goofish.com/item/N: github-index:53345529927) and its
    # legacy host's mobile view (m.2.taobao.com/item.htm?id=N): the notes name neither
    **{
        host: (
            re.compile(r"/item/(?P<id>[0-9]*+)(?:\.html?)?/?"),
            "a Xianyu item page in a form not seen among the listing forms (unverified)",
            "https://www.goofish.com/item?id={id}",
        )
        for host in ("www.goofish.com", "goofish.com", "h5.m.goofish.com")
    },
    "m.2.taobao.com": (
        re.compile(r"/item\.htm"),
        "the mobile view of Xianyu's legacy item page, a form not seen among the listing forms "
        "(unverified)",
        "https://www.goofish.com/item?id={id}",
    ),
    # the SEO item page's mobile view (www.taobao.com/list/item/wap/N.htm, real paste
    # github-index:46327174678) and its AMP view (www.taobao.com/list/item-amp/N.htm, a Tmall
    # item page's rel="amphtml": jerryliu306/catotaku), and the SEO page on the host without
    # www. (taobao.com redirects to www.taobao.com): the notes name
    # www.taobao.com/list/item/N.htm only
    "www.taobao.com": (
        re.compile(r"/list/item(?:/wap|-amp)/(?P<id>[0-9]*+)\.html?"),
        "the mobile or AMP view of Taobao's SEO item page, a form not seen among the listing "
        "forms (unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    "taobao.com": (
        re.compile(r"/list/item/(?:wap/)?(?P<id>[0-9]*+)\.html?"),
        "Taobao's SEO item page on the host without www., a form not seen among the listing "
        "forms (unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # the World site's mobile item page (world.taobao.com/item/wap/N.htm, real paste
    # github-index:10916669670): the notes name world.taobao.com/item/N.htm only
    "world.taobao.com": (
        re.compile(r"/item/wap/(?P<id>[0-9]*+)\.html?"),
        "the mobile view of Taobao's World (overseas) item page, a form not seen among the "
        "listing forms (unverified)",
        "https://world.taobao.com/item/{id}.htm",
    ),
    "uland.taobao.com": (
        re.compile(r"/item/edetail"),
        "a Taobao Union (affiliate) landing page, not the listing; its id may be encrypted",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # a Juhuasuan (group-buying) deal page, detail.ju.taobao.com/home.htm?id=<deal>&item_id=N
    # (real: hughimr/GoTaoBao's saved data): its id is the deal's; its item_id (a key the IPP
    # link help names for items, section 9) is the item's, a Taobao or Tmall one
    "detail.ju.taobao.com": (
        re.compile(r"/home\.htm"),
        "a Juhuasuan (group-buying) deal page, not the listing; its item_id names the Taobao "
        "or Tmall item (unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # a mobile item host (item.m.taobao.com/item.htm?itemId=N or ?id=N: a converter's test, the
    # realurls37 sweep) that section 12 does not list
    "item.m.taobao.com": (
        re.compile(r"/item\.html?"),
        "an item page on Taobao's mobile host item.m.taobao.com, a form not seen among the "
        "listing forms (unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # Taobao's item page on the "ny" host (item.ny.taobao.com/item.htm?id=N), where
    # a.m.taobao.com/iN.htm redirects (github-index:7413379792) and crawlers fetch items
    # (:24148384612, :1317623341); section 12 does not list it. An a.m.taobao.com item may be
    # Taobao's or Tmall's (section 1), so its canonical link is the one section 1 gives
    "item.ny.taobao.com": (
        re.compile(r"/item\.html?"),
        "an item page on Taobao's host item.ny.taobao.com, a form not seen among the listing "
        "forms (unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # the landing page of a new e.tb.cn share link, pages-fast.m.taobao.com/wow/share?
    # shareDetailItemId=N (github-index:57050188124; resolvers read its shareDetailItemId:
    # :71614395563, :56873423111, :55059530128): an item Taobao's or Tmall's (section 10)
    "pages-fast.m.taobao.com": (
        re.compile(r"/wow/share/?"),
        "the landing page of a Taobao share link, a form not seen among the listing forms "
        "(unverified)",
        "https://item.taobao.com/item.htm?id={id}",
    ),
    # Xianyu's (idleFish's) pages on the Taobao app host other than the app's detail page the
    # forms read (xianyu-market-m): the PC detail page fish-pc/web/detail.html?id=N (a paper's
    # reference list, github-index:1353218772). Section 1 names market.m.taobao.com/...?id=N
    # from converter rules only, so no other idleFish-F2e page is read as a listing
    "market.m.taobao.com": (
        re.compile(r"/app/idleFish-F2e/[^?#]*+"),
        "a Xianyu (idleFish) page on the Taobao app host, a form not seen among the listing "
        "forms (unverified)",
        "https://www.goofish.com/item?id={id}",
    ),
}

#: The query keys of the item id of an item page of :data:`_ITEM_PAGES_UNNAMED`, where not
#: ``id`` (a Juhuasuan deal page's ``id`` is the deal's).
_ITEM_PAGE_KEYS = {
    "detail.ju.taobao.com": ("item_id",),
    "item.m.taobao.com": ("id", "itemId"),
    "pages-fast.m.taobao.com": ("shareDetailItemId",),
}


def _item_page_unnamed(host: str, path: str, query: str | None, source: str) -> Rejection | None:
    """The refusal of an item page the notes do not name (:data:`_ITEM_PAGES_UNNAMED`): what
    it is, and the canonical link of its id when the page names one item id (in its path or
    its ``id`` parameter, the same) for the user to open and check; None for another page."""
    shape, what, canonical = _ITEM_PAGES_UNNAMED[host]
    page = shape.fullmatch(path)
    if page is None:
        return None
    keys = _ITEM_PAGE_KEYS.get(host, ("id",))
    ids = set(_values(query or "", keys)) | {page.groupdict().get("id") or ""}
    ids.discard("")
    strict = _strict(ID_RULES["aliexpress" if "aliexpress" in canonical else "item"][0])
    suggestion = None
    if len(ids) == 1 and strict(next(iter(ids))) is not None:
        suggestion = canonical.format(id=ids.pop())
    where = (host + path)[:120]
    advice = (
        f"open {suggestion} and paste it if it is the listing"
        if suggestion
        else "open it and paste the listing's own link"
        if ids
        else "it names no item id: paste the listing's own link"
    )
    return _reject("not-a-listing", source, f"{where} is {what}: {advice}", suggestion)


#: Store pages of a form listing-urls.md does not name, by host: the path they have, the
#: query key of their store id, the storefront form that id belongs to and what they are.
#: ``winport.m.1688.com/page/index.html?memberId=b2b-…``: a 1688 shop's mobile page, whose
#: ``memberId`` is the mobile store id of section 4's ``m.1688.com/winport/b2b-….html``
#: (real code names it the shop's URL: github-index:11228625419, :38335886115, :52070798318).
#: ``shop.m.taobao.com/shop/shop_index.htm?shop_id=N``: a Taobao shop's old mobile page,
#: whose ``shop_id`` is the shop id of section 1's ``shopN.taobao.com`` (real code opens a
#: shop by it: github-index:19192165372, :35382351818, :68868360713), and its mobile goods
#: list ``shop.m.taobao.com/goods/index.htm?shop_id=N`` (a Tmall item page's own data names
#: it as the shop's url: gitwuhao/zmnxksdf scripts/data/data.js).
_STORE_PAGES_UNNAMED: dict[str, tuple[re.Pattern[str], str, str, str]] = {
    # A 1688 member's mobile store index naming the member in its query,
    # m.1688.com/winport/index.html?memberId=b2b-…: the form /winport/{b2b-id}.html read
    # "index" as the member id (urls47's left-over); the store is suggested in its named form
    "m.1688.com": (
        re.compile(r"/winport/index\.html?"),
        "memberId",
        "1688-winport",
        "a 1688 member's mobile store index, a form not seen among the storefront forms "
        "(unverified)",
    ),
    "winport.m.1688.com": (
        re.compile(r"/page/[A-Za-z_]+\.html?"),
        "memberId",
        "1688-winport",
        "a 1688 shop's mobile page, a form not seen among the storefront forms (unverified)",
    ),
    "shop.m.taobao.com": (
        re.compile(r"/shop/shop_index\.htm|/goods/index\.htm"),
        "shop_id",
        "taobao-shop",
        "a Taobao shop's mobile page, a form not seen among the storefront forms (unverified)",
    ),
    # AliExpress's mobile store page, naming its store by shopId (and its seller by sellerId):
    # scrapers fetch m.aliexpress.com/store/v3/home.html?shopId=N&sellerId=M&pagePath=…
    # (github-index:43248935180, :42526028235, :23250823482); the store form read "v3" as its id
    "m.aliexpress.com": (
        re.compile(r"/store/v3/home\.html?"),
        "shopId",
        "aliexpress-store",
        "AliExpress's mobile store page, a form not seen among the storefront forms (unverified)",
    ),
}


def _store_page_unnamed(host: str, path: str, query: str | None, source: str) -> Rejection | None:
    """The refusal of a store page the notes do not name (:data:`_STORE_PAGES_UNNAMED`):
    ``not-a-listing`` (no form read), suggesting the named storefront link of its one valid
    store id, or saying it names none; None for another page of the host."""
    shape, key, form_name, what = _STORE_PAGES_UNNAMED[host]
    if shape.fullmatch(path) is None:
        return None
    form = form_named(form_name)
    ids = set(_values(query or "", (key,)))
    ids.discard("")
    where = (host + path)[:120]
    if len(ids) != 1 or _strict(ID_RULES[form.id_rule][0])(next(iter(ids))) is None:
        why = f"{where} is {what}, with no valid {key}: paste the store's own link"
        return _reject("not-a-listing", source, why)
    store = form.canonical_url(ids.pop(), None)
    return _reject(
        "not-a-listing",
        source,
        f"{where} is {what}: open {store} and paste it if it is the store",
        store,
    )


def _xianyu_user_page(host: str, path: str, query: str | None, source: str) -> Rejection:
    """The refusal of a Xianyu seller page in a form the notes do not name (the H5 host's
    ``h5.m.goofish.com/personal?userId=N``, a trailing slash): ``not-a-listing`` suggesting
    the named form ``https://www.goofish.com/personal?userId=N`` when it has one user id."""
    ids = set(_values(query or "", ("userId",)))
    ids.discard("")
    if len(ids) != 1 or _strict(ID_RULES["token"][0])(next(iter(ids))) is None:
        code = "malformed-id" if ids else "missing-id"
        return _reject(code, source, f"{(host + path)[:120]} has no valid userId")
    user = form_named("xianyu-user").canonical_url(ids.pop(), None)
    return _reject(
        "not-a-listing",
        source,
        f"{(host + path)[:120]} is a Xianyu seller page in a form not seen among the storefront "
        f"forms (unverified): open {user} and paste it if it is the seller",
        user,
    )


#: A store's item page on the store's own host (``someshop.taobao.com/item.htm?id=N``, the
#: pattern IPP's help quotes, not among the notes' listing forms): the canonical item link of
#: the store's marketplace, by the platform of its storefront form.
_STORE_ITEM = {
    "taobao": "https://item.taobao.com/item.htm?id={id}",
    "tmall": "https://detail.tmall.com/item.htm?id={id}",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id={id}",
}
_STORE_ITEM_PATH = re.compile(r"/(?:item|item_o|detail)\.html?")
#: The marketplaces whose stores' own hosts hold the stores' other pages: a 1688 store's
#: pages outside its ``/page/`` paths (``shopN.1688.com/offerlist.htm``, ``/creditdetail.htm``)
#: are its pages too.
_STORE_PAGES = frozenset(_STORE_ITEM) | {"1688"}


def _store_page(
    candidates: tuple[tuple[Form, dict[str, str], re.Pattern[str]], ...],
    host: str,
    path: str,
    query: str | None,
    source: str,
) -> Rejection | None:
    """The refusal of a page on a Taobao, Tmall, Tmall Global or 1688 store's own host that is
    not its storefront link (its item list, search, category, credit or custom pages:
    not-a-listing, suggesting the storefront link; an item page of a Taobao-family store:
    missing-id or, with one valid item id, its canonical link to open and check); None for
    another host."""
    for form, groups, _ in candidates:
        if form.kind != "storefront" or form.platform not in _STORE_PAGES or "id" not in groups:
            continue
        if form.id_type == "vanity" and _service_page(path, query):
            return _reject(
                "not-a-listing",
                source,
                f"{(host + path)[:120]} is a login, API, report, complaint, help or cart page, "
                f"and {host} may be a service host of the marketplace rather than a store: "
                "paste the store's own link",
            )
        if form.platform in _STORE_ITEM and _STORE_ITEM_PATH.fullmatch(path) is not None:
            ids = set(_values(query or "", ("id", "item_id", "itemId")))
            ids.discard("")
            if len(ids) == 1 and _strict(ID_RULES["item"][0])(next(iter(ids))) is not None:
                item = _STORE_ITEM[form.platform].format(id=ids.pop())
                return _reject(
                    "not-a-listing",
                    source,
                    f"{(host + path)[:120]} is an item page on a store's own host, a form not "
                    f"seen among the listing forms (unverified): open {item} and paste it if it "
                    "is the listing",
                    item,
                )
            return _reject("missing-id", source, f"{(host + path)[:120]} has no valid item id")
        return _page_of_store(host, path, form.canonical_url(groups["id"], None), source)
    return None


#: A path that is a login, API, report, complaint, help or cart page, not a store's own page:
#: a would-be vanity store host serving it may be one of the marketplace's service hosts not
#: yet among the reserved labels (the mtop gateways' ``/h5/mtop.…/1.0/`` and ``/gw/…``, the
#: open platform's ``/router/rest``, ``/member/login.jhtml``, jubao.'s report pages), so its
#: root is never suggested as a store. A store's own item list, search, category and custom
#: pages (``/search.htm``, ``/category-N.htm``, ``/p/…``) are not such pages.
_SERVICE_PAGE = re.compile(
    r"(?i)/(?:api|rest|gw|router|oauth|h5api|mtop\.[^/]*+|"
    r"(?:login|logon|logout|signin|signup|register|passport|jubao|report|complain|complaint|help"
    r"|cart)(?:\.[a-z]++)?)(?:/|$)|\.jsonp?$"
)
#: A query naming a JSONP callback: the page is an API's answer.
_CALLBACK = re.compile(r"(?i)(?:^|[&;])(?:callback|jsonp)=")


def _service_page(path: str, query: str | None) -> bool:
    """Whether ``path`` and ``query`` are a login, API, report, complaint, help or cart page
    (:data:`_SERVICE_PAGE`) or a JSONP answer, not one of a store's own pages; its path read
    as typed and percent-decoded (``/x%2ejson``, ``/api%252Fx``: the page a server serves)."""
    if _SERVICE_PAGE.search(path) is not None or (
        query is not None and _CALLBACK.search(query) is not None
    ):
        return True
    if "%" not in path:
        return False
    from urllib.parse import unquote

    return _SERVICE_PAGE.search(unquote(unquote(path))) is not None


def _page_of_store(host: str, path: str, store: str, source: str) -> Rejection:
    """``not-a-listing`` for ``host + path``, a page of the store ``store`` (its canonical
    link) that is not its storefront link, suggesting the storefront link."""
    return _reject(
        "not-a-listing",
        source,
        f"{(host + path)[:120]} is a page of the store {store} (its item list, search, "
        f"category or own page), not its storefront link: paste {store} to file against "
        "the store",
        store,
    )


#: Lazada's own sites that are neither listings nor stores, by their label, and what they are.
_LAZADA_SITES = {
    "redmart": "a page on RedMart, Lazada's online grocery site",
    "member": "a page on Lazada's account site (sign-in and registration)",
    "my": "a page on a Lazada buyer's own account site (orders, wishlist, returns)",
    "sellercenter": "a page on Lazada's seller centre",
}
_STORE_ROOTS = ("", "/", "/index.htm", "/index.html")


_NUMBER = re.compile(r"(?<![0-9A-Za-z])[0-9]{6,20}(?![0-9A-Za-z])")
_ID_VALUE = re.compile(r"(?:^|[&;])[A-Za-z_]*(?:id|Id|ID)=([0-9]{6,20})(?=[&;#]|$)")


def _no_valid_id(host: str, path: str, query: str | None) -> str:
    """Why a listing-shaped page gives no listing: no valid id, or, when it holds a number
    that looks like one, a form ipprules does not read (h5.m.taobao.com/item.htm?id=N, a
    1688 offer ending in .htm): saying "no valid id" there read as if the number were wrong."""
    found = _NUMBER.search(path) or _ID_VALUE.search(query or "")
    if host == "m.1688.com" and path.startswith("/winport/"):
        # a store page under the store's mobile path in no form the notes name (its member id
        # in the query, winport/asyncsearch.json, a template winport/{member_id}.html)
        named = "b2b-" in path + (query or "")
        return (
            f"{host}{path[:120]} is a store page (a 1688 store's mobile path), in a form not seen "
            "among the storefront forms (unverified), with no store id"
            + (
                " ipprules reads (a member id only as the path /winport/b2b-<id>.html)"
                if named
                else ""
            )
            + ": paste the store's link, m.1688.com/winport/b2b-<member id>.html or "
            "shop<id>.1688.com"
        )
    if found is None:
        return f"{host}{path} is a listing page but has no valid id"
    return (
        f"{host}{path} is a listing page in a form ipprules does not read, so its number "
        f"{found.group(found.lastindex or 0)} is not taken as an id: paste the listing's link "
        "as the marketplace gives it"
    )


def _not_a_listing(host: str, path: str, source: str) -> Rejection:
    if "//" in path:  # as the thorough path reads it (the quick path's miss cache does not)
        path = _SLASHES.sub("/", path)
    where = (host + path)[:120]
    label, _, domain = host.partition(".")
    if domain.startswith("lazada.") and label in _LAZADA_SITES:
        what = f"{_LAZADA_SITES[label]}, not a listing or store: paste a /products/ or /shop/ link"
    elif label in _LAZADA_OFF_HOSTS and domain in _LAZADA_DOMAINS and _LAZADA_ITEM.fullmatch(path):
        return _lazada_mobile(host, where, _LAZADA_ITEM.fullmatch(path), source)
    elif host in _UNLISTED_SITES:
        what = _UNLISTED_SITES[host]
    elif _STAND_IN.fullmatch(label) is not None:  # winportXXXX.1688.com, shopXX.taobao.com
        return _reject(
            "not-a-url",
            source,
            f"{where} is a template, not a link: the label {label[:64]} is a stand-in for a "
            "store's (XXX for a name, shopXX for shopN), not a store's name; paste the store's "
            "link itself",
        )
    elif (
        path in _STORE_ROOTS
        and label not in ("www", "m")
        and label in RESERVED_LABELS.get(domain, ())
    ):
        what = f"{domain}'s own service or channel site, not a store (no shop has this name)"
    elif domain == "m.taobao.com" and path in _STORE_ROOTS and _MOBILE_SHOP.fullmatch(label):
        return _mobile_shop(label[4:], where, source)
    elif (
        domain in _ALIBABA_MOBILE_STORES
        and label not in RESERVED_LABELS[domain.removeprefix("m.")]
        and _SERVICE_PAGE.search(path) is None
    ):
        return _alibaba_mobile_store(label, domain, where, source)
    elif domain == "m.tmall.hk" and path in _STORE_ROOTS and label not in _TMALL_HK_RESERVED:
        # <vanity>.m.tmall.hk: the notes name <vanity>.m.tmall.com (section 2), not this
        what = "a Tmall Global store's mobile host"
        return _mobile_store("tmall-global-store", label, what, where, source)
    else:
        what = (
            "not a product listing or storefront (search, category, cart, login, API or home page)"
        )
    return _reject("not-a-listing", source, f"{where} is {what}")


#: A marketplace's own host that code names and the notes do not list, with what code says it
#: is (unverified): not a store of that name.
_UNLISTED_SITES = {
    "robot.aliexpress.com": (
        "a host that code names as AliExpress's self-operated channel (速卖通自运营 Robot), not "
        "a store the notes list (unverified): paste the store's link, "
        "<vanity>.aliexpress.com/store/N"
    ),
}
#: A stand-in for a store's label (``forms.STAND_IN_LABEL``, or ``shopXX`` for ``shopN``).
_STAND_IN = re.compile(rf"{STAND_IN_LABEL}|shopx+")
#: The labels of Tmall Global's own hosts (``detail.m.tmall.hk`` is its mobile item host).
_TMALL_HK_RESERVED = RESERVED_LABELS["tmall.hk"]

#: Lazada's six country domains, and its item page's path (section 7 of the notes).
_LAZADA_DOMAINS = frozenset(f"lazada.{tld}" for tld in LAZADA_TLDS)
#: Lazada hosts the notes name for no item page, by label, and what they are.
_LAZADA_OFF_HOSTS = {"m": "mobile host", "pages": "campaign host"}
_LAZADA_ITEM = re.compile(r"/products/(?:[^/]*-)?i([0-9]++)(?:-s[0-9]+)?\.html")


def _lazada_mobile(host: str, where: str, item: re.Match[str] | None, source: str) -> Rejection:
    """The refusal of an item page on a Lazada host the notes' allow-list does not name for
    items (section 12): the mobile host (``m.lazada.vn/products/i1-s2.html``: a scraper fetches
    it for the mobile page's data, github-index:70856112949) or the campaign host
    (``pages.lazada.com.ph/products/pdp-i1-s2.html``, a normalizer's test): ``not-a-listing``,
    saying the host is unverified, with the item's canonical link (on ``www.``) to check.

    >>> parse_listing("https://m.lazada.sg/products/pdp-i2896336114.html").suggestion
    'https://www.lazada.sg/products/pdp-i2896336114.html'
    >>> parse_listing("https://pages.lazada.sg/products/pdp-i2896336114.html").suggestion
    'https://www.lazada.sg/products/pdp-i2896336114.html'
    """
    assert item is not None
    id = item.group(1)
    label, _, domain = host.partition(".")
    what = f"{where} is on Lazada's {_LAZADA_OFF_HOSTS[label]} {host}, not among the listing hosts"
    if _strict(ID_RULES["item"][0])(id) is None:
        return _reject("not-a-listing", source, f"{what} (unverified), and {quoted(id, 40)} is "
                       "no valid item id")  # fmt: skip
    canonical = f"https://www.{domain}/products/pdp-i{id}.html"
    return _reject(
        "not-a-listing",
        source,
        f"{what} (unverified): open {canonical} and paste it if it is the listing",
        canonical,
    )


#: The label of a Taobao shop's mobile host, ``shopN.m.taobao.com`` (real pastes:
#: ``https://shop115087494.m.taobao.com/?refer=…``, github-index:56963706943, :13095833602).
_MOBILE_SHOP = re.compile(r"shop[1-9][0-9]*")


def _mobile_shop(shop: str, where: str, source: str) -> Rejection:
    """The refusal of a Taobao shop's mobile host, a form listing-urls.md does not name:
    ``not-a-listing``, suggesting the storefront ``https://shopN.taobao.com/`` of its shop id
    (as for the old mobile page ``shop.m.taobao.com/shop/shop_index.htm?shop_id=N``)."""
    return _mobile_store("taobao-shop", shop, "a Taobao shop's mobile host", where, source)


def _mobile_store(form_name: str, id: str, what: str, where: str, source: str) -> Rejection:
    """``not-a-listing`` for ``where``, a store's mobile host or site (``what``), a form the
    notes do not name: suggesting the storefront of the form ``form_name`` for ``id`` when that
    is a valid id of the form."""
    form = form_named(form_name)
    if _strict(ID_RULES[form.id_rule][0])(id) is None:
        return _reject("not-a-listing", source, f"{where} is {what}")
    store = form.canonical_url(id, None)
    return _reject(
        "not-a-listing",
        source,
        f"{where} is {what}, a form not seen among the storefront forms (unverified): "
        f"open {store} and paste it if it is the store",
        store,
    )


#: The hosts of an Alibaba.com store's mobile site, ``<company>.m.en.alibaba.com`` and its
#: ``.m.trustpass.`` and ``.m.fm.`` twins (real pastes: github-index:65723609586, :68533971853;
#: yahoai/couer-electron's supplier data ``//ghaziprofessional.m.trustpass.alibaba.com/``),
#: hosts listing-urls.md does not name (section 5 names ``<company>.en.alibaba.com``, ``.fm.``
#: and ``.trustpass.``): refused, suggesting the store's named host.
_ALIBABA_MOBILE_STORES = frozenset(f"m.{sub}.alibaba.com" for sub in ("en", "fm", "trustpass"))


def _alibaba_mobile_store(label: str, domain: str, where: str, source: str) -> Rejection:
    """The refusal of an Alibaba.com store's mobile site (:data:`_ALIBABA_MOBILE_STORES`):
    ``not-a-listing``, suggesting the storefront ``https://<company>.<sub>.alibaba.com/`` of
    the same company label, whatever page of the site it is."""
    form_name = f"alibaba-store-{domain.split('.')[1]}"
    return _mobile_store(form_name, label, "an Alibaba.com store's mobile site", where, source)


_Routes = tuple[tuple[Form, dict[str, str], re.Pattern[str]], ...]


@lru_cache(maxsize=4096)
def _routed(host: str, domain: str) -> tuple[_Routes, bool]:
    """The forms whose host pattern matches ``host``, with what the host pattern captured, and
    whether every form routed is a storefront (a store's own host), once per host."""
    routes = []
    for form, host_rx, path_rx in _slow().by_domain.get(domain, ()):
        match = host_rx.fullmatch(host)
        if match is not None:
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            routes.append((form, groups, path_rx))
    stores = bool(routes) and all(form.kind == "storefront" for form, _, _ in routes)
    return tuple(routes), stores


def _read(
    form: Form,
    host_groups: dict[str, str],
    path_match: re.Match[str],
    query: str | None,
    source: str,
) -> Listing | Rejection:
    groups = dict(host_groups)
    groups.update(
        (key, value) for key, value in path_match.groupdict().items() if value is not None
    )
    x = groups.get("x") if form.x_rule is not None else form.x_const
    strict = ID_RULES[form.id_rule][0]
    if form.query_keys:
        if form.require is not None:
            key, wanted = form.require
            if wanted not in _values(query or "", (key,)):
                return _reject(
                    "not-a-listing",
                    source,
                    f"a share page that is not for an item ({key} is not {wanted})",
                )
        values = [value for value in _values(query or "", form.query_keys) if value != ""]
        keys = "/".join(form.query_keys)
        if form.name in _NESTED:  # the nested URLs must name the same item
            values += _nested_ids(query or "", _NESTED[form.name])
        if not values:
            return _no_query_id(form, query, keys, source)
        if len(set(values)) > 1:
            shown = ", ".join(sorted(set(values)))[:200]
            return _reject("conflicting-ids", source, f"{keys} given as {shown}")
        id = values[0]
    else:
        id = groups.get("id") or ""
        if not id or (form.marketplace == "lazada" and form.kind == "listing" and id.isalpha()):
            # a Lazada slug's word that starts with "i" (/products/iphone.html) is no item id
            return _reject("missing-id", source, "no id in the path")
        if form.conflict_keys and query:
            conflict = _conflict(form, id, query, "host" if "id" in host_groups else "path")
            if conflict is not None:
                return _slash_id(form, id, query, source) or _reject(
                    "conflicting-ids", source, conflict
                )
    if _strict(strict)(id) is None:
        if form.name in _TOKEN_PAGES and _token_id(id):
            return _reject("missing-id", source, _TOKEN_PAGES[form.name].format(id=id[:60]))
        return _reject(
            "malformed-id",
            source,
            f"{quoted(id, 60)} is not a valid {form.id_type} id for {form.marketplace}"
            + _float_id_hint(id),
        )
    return _new(Listing, (form, id, x, source))


#: An id a spreadsheet or pandas wrote as a float: in scientific notation (``6.07E+11``,
#: ``6,07E+11`` with a decimal comma) or with a decimal point and zeros (``606832683299.0``).
_FLOAT_ID = re.compile(r"[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+|[0-9]+\.0+")


#: A listing page's path that ends in an id written as a float (:data:`_FLOAT_ID`), before an
#: optional ``.html``/``.htm``: a whole last segment (``/offer/5.85944E+11.html``,
#: ``/item/1.0E+15.html``), or after the separator of a name's id: Alibaba.com's ``_``
#: (``/product-detail/Name_1.6E+12.html``), Lazada's ``-i`` item id (then an optional ``-s``
#: SKU id) or ``-s`` SKU id (``/products/name-i1.23E+11-s456.html``).
_PATH_FLOAT_ID = re.compile(
    r"(?:/|_|-[is])([0-9]+(?:[.,][0-9]*)?[eE](?:[+-]|%2[bB])?[0-9]+|[0-9]+\.0+)"
    r"(?:-s[0-9]+)?(?:\.html?)?/?\Z"
)


def _path_float_id(host: str, path: str, source: str) -> Rejection | None:
    """The ``malformed-id`` of a listing-shaped ``path`` whose id a spreadsheet or pandas
    wrote as a float (:data:`_PATH_FLOAT_ID`), with :func:`_float_id_hint`'s reason, as the
    same id in a query gets; ``None`` for any other path (then ``missing-id``)."""
    found = _PATH_FLOAT_ID.search(path)
    if found is None:
        return None
    id = found.group(1).replace("%2B", "+").replace("%2b", "+")
    return _reject(
        "malformed-id",
        source,
        f"{quoted(id, 60)} in {(host + path)[:120]} is not a valid id" + _float_id_hint(id),
    )


def _float_id_hint(id: str) -> str:
    """What a ``malformed-id`` reason adds for an ``id`` written as a float (:data:`_FLOAT_ID`):
    where it came from and what to do; ``""`` for any other.

    >>> _float_id_hint("6.07E+11")[:52]
    '; a number written as a float (scientific notation, '
    >>> _float_id_hint("60683268329x")
    ''
    """
    if _FLOAT_ID.fullmatch(id) is None:
        return ""
    return (
        "; a number written as a float (scientific notation, or a decimal point), as a "
        "spreadsheet or pandas writes a long number, whose digits may be lost: format the "
        "column as text (in pandas, read it with dtype=str) and copy the link again"
    )


#: Query keys naming a store by an id of its own kind (notes sections 1 and 2): ``shop_id`` is a
#: shop id, ``user_number_id`` a seller id, which is not the shop id and never a vanity label.
_ID_KINDS = {"shop_id": "shop", "user_number_id": "seller"}


@cache
def _kinds(keys: tuple[str, ...], id_type: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The conflict ``keys`` of a form whose id is of ``id_type``: those naming an id of that
    kind (:data:`_ID_KINDS`; other keys name the form's own kind), and the others."""
    own = tuple(key for key in keys if _ID_KINDS.get(key, id_type) == id_type)
    return own, tuple(key for key in keys if key not in own)


def _conflict(form: Form, id: str, query: str, where: str) -> str | None:
    """Why the ``query`` of a URL of ``form`` whose ``where`` ("host" or "path") names ``id``
    is ambiguous, or None: a conflict key of the id's own kind names another id (an item's
    ``id=``, a shop's ``shop_id=``), or one of another kind (a seller's ``user_number_id`` on
    a shop's host) is given twice with different values; that kind is never compared with the
    host's id, the notes give no way to map one onto the other."""
    own, rest = _kinds(form.conflict_keys, form.id_type)
    # (a key neither in the query nor percent-encoded there names nothing: the common case,
    # a store link's one user_number_id, costs two searches, not a parse of the query)
    encoded = "%" in query
    values = _own_values(query, own, encoded) if own else ()
    for value in values:
        if value and value != id:  # (a loop: the common case is one value, the host's)
            shown = ", ".join(sorted(set(values) - {"", id}))[:200]
            return f"the {where} names {id[:60]}, {'/'.join(own)} names {shown}"
    for key in rest:
        if not encoded and query.count(key) < 2:
            continue  # one value at most
        given = {v for v in _values(query, (key,)) if v != ""}
        if len(given) > 1:
            return f"{key} given as {', '.join(sorted(given))[:200]}"
    return None


def _slash_id(form: Form, id: str, query: str, source: str) -> Rejection | None:
    """``malformed-id`` for a query whose conflict keys of the id's own kind name the path's (or
    host's) ``id`` with a ``/`` glued on and nothing else (``…/pdp-i2896336114.html?itemId=
    2896336114/``): the ids do not conflict, the value is malformed, as a query id with a ``/``
    glued on is where the query alone names the item (``item.htm?id=606832683299/``); None
    otherwise (another id, or several values)."""
    own = _kinds(form.conflict_keys, form.id_type)[0]
    others = {value for value in _values(query, own) if value not in ("", id)}
    if len(others) != 1:
        return None
    value = others.pop()
    if value.rstrip("/") != id:
        return None
    detail = f"{quoted(value, 60)} is not a valid {form.id_type} id for {form.marketplace}"
    return _reject("malformed-id", source, detail)


def _own_values(query: str, keys: tuple[str, ...], encoded: bool) -> list[str]:
    """:func:`_values` of ``keys`` in ``query`` (``encoded``: it holds a ``%``), read without
    splitting the query where it is plain (no ``%``, no ``&amp;``) and holds each key once at
    most: the one parameter a key can then name starts the query or follows a ``&`` and is
    followed by ``=``, ``&`` or the end (a store link's one ``shop_id``: no split, no set)."""
    if encoded or "&amp;" in query:
        return _values(query, keys)
    values = []
    for key in keys:
        at = query.find(key)
        if at < 0:
            continue
        if query.find(key, at + 1) >= 0:  # twice (or overlapping): the query is split
            return _collect(query, keys)
        after = at + len(key)
        if at and query[at - 1] != "&":
            continue  # part of another key or of a value
        sign = query[after : after + 1]
        if sign == "=":
            values.append(query[after + 1 :].partition("&")[0])
        elif sign in ("&", ""):  # a key without a value
            values.append("")
    return values


#: Pages of a listing form that also name their item by an encoded token in the id's place,
#: not its number: Taobao's SEO item page (``www.taobao.com/list/item/ZWRK….htm``, real
#: pastes github-index:58123427616, :71264456501). The notes describe the number's form only,
#: and the token cannot be read offline: what the page is, rather than "not a valid id".
_TOKEN_PAGES = {
    "taobao-seo": (
        "www.taobao.com/list/item/{id}.htm names its item by an encoded token, not by the "
        "item's number: a form of Taobao's SEO item page not seen among the listing forms "
        "(unverified), whose item id cannot be read offline: open it and paste the listing's "
        "own link (https://item.taobao.com/item.htm?id=N)"
    ),
}
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9+_-]+={0,2}")


def _token_id(id: str) -> bool:
    """Whether ``id`` is an encoded token (base64 or alike), not a number mistyped: letters
    make a third of it at least, two at least (``60683268329a``, ``10050048786O9097`` stay
    malformed ids).

    >>> _token_id("ZWRKOVBKY0VVZGxRYmZlTWF3UHJGUT09"), _token_id("60683268329a")
    (True, False)
    """
    letters = sum(c.isalpha() for c in id)
    return letters >= 2 and letters * 3 >= len(id) and _TOKEN_CHARS.fullmatch(id) is not None


def _no_query_id(form: Form, query: str | None, keys: str, source: str) -> Rejection:
    """The refusal of a page of ``form`` whose query names no id: ``store.taobao.com``'s
    shop page naming its shop by ``shop_id`` (saved Taobao cart and order pages and Tmall item
    data link shops so, Tmall's among them: github-index:44678266109, :27725577046,
    :18377070047) suggests the shop's ``shopN.taobao.com`` link to open, since the notes name
    only ``user_number_id`` there (``shop_id`` is the shop id on Tmall store hosts, section 2)."""
    if form.name == "taobao-seller":
        shops = set(_values(query or "", ("shop_id",)))
        shops.discard("")
        if len(shops) == 1 and _strict(ID_RULES["store"][0])(next(iter(shops))) is not None:
            store = f"https://shop{shops.pop()}.taobao.com/"
            return _reject(
                "missing-id",
                source,
                f"no {keys} parameter with a value; shop_id names the shop (a Taobao or Tmall "
                f"shop): open {store} and paste the store's link it leads to",
                store,
            )
    said = _reject("missing-id", source, f"no {keys} parameter with a value")
    if query and _WIDE_MARK.search(query) is not None:  # id%EF%BC%9DN: a browser encoded ＝
        return _wide_marks_said(said, source)
    return said


#: A query's full-width equals sign and ampersand (``id＝N``, ``spm=a＆id=N``), as typed or as
#: a browser's address bar percent-encodes them (``id%EF%BC%9DN``).
_WIDE_MARK = re.compile(r"[\uff1d\uff06]|%EF%BC%(?:9D|86)", re.IGNORECASE)
_WIDE_MARKS = {"\uff1d": "=", "\uff06": "&", "%ef%bc%9d": "=", "%ef%bc%86": "&"}


#: What ends a link typed with a full-width ``＝`` or ``＆`` in its query (``?id＝N``).
_WIDE_QUERY_MARKS = frozenset({"\uff1d", "\uff06"})


def _wide_marks_said(said: Rejection, text: str) -> Rejection:
    """``said`` (a ``missing-id`` of ``text``), saying that a full-width ``＝`` or ``＆`` is
    typed in the query and suggesting the link typed in ASCII, where ``text`` read so is a
    listing or a store (:func:`_typed_wide_marks`); else ``said`` as it is (another code, or a
    suggestion already)."""
    if said[0] != "missing-id" or said[3] is not None:
        return said
    typed = _typed_wide_marks(text)
    if typed is None:
        return said
    why = (
        f"{said[1]}; a full-width ＝ or ＆ is typed in the query (as a Chinese input method's "
        f"full-width mode types them), which in ASCII is {typed}"
    )
    return _new(Rejection, (said[0], why, said[2], typed))


def _typed_wide_marks(source: str) -> str | None:
    """The listing's canonical URL when ``source``, read with its full-width ``＝`` and ``＆``
    in ASCII (:data:`_WIDE_MARKS`), is a listing or a store; else ``None``. A suggestion only:
    the link as written is not read (a marketplace's query is ASCII). The text read holds no
    full-width mark, so reading it comes back here no more.

    >>> _typed_wide_marks("https://item.taobao.com/item.htm?id＝606832683299")
    'https://item.taobao.com/item.htm?id=606832683299'
    >>> _typed_wide_marks("https://item.taobao.com/item.htm?spm＝a") is None
    True
    """
    return _suggest(_WIDE_MARK.sub(lambda mark: _WIDE_MARKS[mark[0].lower()], source), 0)


#: Share pages that may carry their item as a nested URL instead of an id parameter (section 1
#: of the notes: the Taobao overseas share page's ``targetUrl``), and the parameter.
_NESTED = {"taobao-share": "targetUrl"}


def _nested_ids(query: str, key: str) -> list[str]:
    """The Taobao/Tmall item ids of the listing URLs in the ``key`` parameters of ``query``
    (a nested share page is not read again)."""
    ids = []
    for value in _values(query, (key,)):
        if "share_page" in value:
            continue
        found = _quick(value, 2) or _parse_text(value, 2, False)
        if type(found) is Listing and found.identity.startswith("taobao-item:"):
            ids.append(found.id)
    return ids


@cache
def _strict(pattern: str) -> Any:
    return re.compile(pattern).fullmatch


#: An ampersand HTML-escaped once or more (``&amp;``, ``&amp;amp;``).
_ESCAPED_AMP = re.compile(r"&(?:amp;)+")
_AMP_KEY = re.compile(r"^(?:amp;)+")


def _values(query: str, keys: tuple[str, ...]) -> list[str]:
    """Every value of the parameters named ``keys``: ``&amp;`` unescaped, also when escaped
    twice or more (``&amp;amp;``, a page's HTML escaped again), keys and values
    percent-decoded; a double-encoded query is decoded once and retried, whether the id sits
    inside another parameter (``abbucket=6%26id=N%26ns=1``) or the rest of the query inside the
    id's value (``id=N%26ns%3D1``), unless it holds an encoded URL (whose own parameters are
    not this URL's)."""
    query = _ESCAPED_AMP.sub("&", query) if "&amp;" in query else query
    values = _collect(query, keys)
    if "%" in query and (not values or any("&" in value for value in values)):
        lowered = query.lower()
        nested = "%3a%2f%2f" in lowered or "%3a//" in lowered
        if ("%26" in lowered or "%3d" in lowered) and not nested:
            from urllib.parse import unquote

            values = _collect(unquote(query), keys) or values
    return values


def _collect(query: str, keys: tuple[str, ...]) -> list[str]:
    values = []
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if "%" in key:
            from urllib.parse import unquote

            # an escaped ampersand whose ";" was percent-encoded after (&amp%3Bid=N, a page's
            # HTML link put in a redirect parameter) separates the parameters as &amp; does
            key = _AMP_KEY.sub("", unquote(key))
        if key in keys:
            if "%" in value:
                from urllib.parse import unquote

                value = unquote(value)
            values.append(value)
    return values
