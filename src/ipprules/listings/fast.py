"""The fast path: a dictionary from host to one small compiled regular expression.

Built from the same form table as the thorough parser, with narrower character classes: it
accepts only lower-case ``http(s)://``, ``//`` or scheme-less URLs made of plain ASCII URL
characters, with a valid id and no competing id parameter. Anything else (upper case, ``%``
in a key, ``&amp;``, userinfo, ports, odd ids...) finds no entry or does not match, and the
thorough parser decides. The property tests check that whenever the fast path answers, the
thorough parser gives the same answer. Every quantifier is bounded, possessive or inside an
atomic group, so matching is linear in the input length.

The caller slices the host out of the URL (up to the first ``/``) and looks it up in
``by_host`` (literal hosts: the pattern matches from the ``/`` on) or, failing that, looks up
what follows the first label in ``by_suffix`` (vanity stores: the pattern matches from the
start of the host).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from ipprules.listings.forms import ID_RULES, X_RULES, all_forms
from ipprules.listings.model import Form
from ipprules.listings.text import TRAILING

__all__ = ["FastEntry", "fast_tables", "id_query_tables"]

_SEG = r"[-!$&'()*+,.0-9:;=@A-Z_a-z~]"
_PATH = r"[-!$&'()*+,./0-9:;=@A-Z_a-z~]"
_WORD = r"[-!$&'()*+,0-9:;=@A-Z_a-z~]"
_KEY = r"[-!$'()*+,./0-9:?@A-Z_a-z~]"
_VALUE = r"[-!$%'()*+,./0-9:=?@A-Z_a-z~]"
#: A value with no encoded ``&`` or ``=``: a form that compares its path's id with its
#: query's (conflict keys) leaves a query holding ``%26`` or ``%3D`` to the thorough parser,
#: which then decodes the query once before it compares (``?spm=a%26id%3DM``: another item).
#: Other escapes (``%2F``, ``%3A``) and a ``;`` (Lazada's ``clickTrackInfo=query:x;nid:N``;
#: an HTML entity is sent on by the fast path's own test) stay on the fast path: leaving them
#: to the thorough parser made Lazada's tracked item links, once ``itemId`` became a conflict
#: key, ~30% of the crawl mix's listing time. No look-ahead: the kernel's RE2 takes it too.
_PLAIN_VALUE = (
    r"(?:[-!$'()*+,./0-9:;=?@A-Z_a-z~]"
    r"|%(?:[013-9A-Fa-f][0-9A-Fa-f]|2[0-57-9A-Fa-f]|3[0-9A-Ca-cE-Fe-f]))"
)
#: The same values unrolled for Python's engine: a run of plain characters between escapes.
#: One alternation per character made the pattern of a Taobao or Tmall store (whose query keys
#: became conflict keys) cost ~3x the old ``_QUERY`` run on a tracked ``?spm=…`` link; the
#: kernel's RE2 reads ``_PLAIN_VALUE`` (no possessive quantifier there).
_PLAIN_RUN = r"[-!$'()*+,./0-9:;=?@A-Z_a-z~]*+"
_PLAIN_VALUES = (
    f"{_PLAIN_RUN}(?:%(?:[013-9A-Fa-f][0-9A-Fa-f]|2[0-57-9A-Fa-f]|3[0-9A-Ca-cE-Fe-f])"
    f"{_PLAIN_RUN})*+"
)
_QUERY = r"[-!$%&'()*+,./0-9:;=?@A-Z_a-z~]"
#: A fragment's characters: printable ASCII but the markup the thorough parser ends a link at
#: (``"<>`[|``): whatever follows it is read for a second id (``…?id=1#x<&id=2`` holds two),
#: so a fragment holding one takes the thorough parser.
FRAGMENT_CHARS = r"[!#-;=?-Z\\\]-_a-{}~]"
_FRAGMENT = f"(?:#{FRAGMENT_CHARS}*+)?"
#: Nor does the text end in sentence punctuation (a link cut short by full stops typed for an
#: ellipsis, ``…?id=1&x=12...``, ends so: the thorough parser says that first): such a text,
#: rare, takes the clean-URL path. Checked by the pattern, at no cost to the others.
_UNCUT = "(?<![" + re.escape(TRAILING) + "])"

#: (fullmatch of the compiled pattern, {lastindex of a match: (form, id group, extra group)})
FastEntry = tuple[Callable[[str, int], "re.Match[str] | None"], dict[int, tuple[Form, int, int]]]


def _expand(template: str, form: Form, n: int) -> str:
    out = template.replace("{SEG}", _SEG).replace("{WORD}", _WORD).replace("{PATH}", _PATH)
    out = out.replace("{ID}", f"(?P<i{n}>{ID_RULES[form.id_rule][1]})")
    if form.x_rule is not None:
        out = out.replace("{X}", f"(?P<x{n}>" + X_RULES[form.x_rule].replace("{SEG}", _SEG) + ")")
    return out


def _query(form: Form, n: int, compared: bool = False) -> str:
    if compared:  # id_query_tables: the conflict keys too, for the caller to compare
        other = f"{_KEY}*+(?:={_PLAIN_VALUES})?"
        return f"(?:\\?{other}(?:&{other})*+)?"
    if not form.query_keys and form.conflict_keys:  # none of them: the thorough parser compares
        keys = "(?:" + "|".join(re.escape(key) for key in form.conflict_keys) + ")="
        other = f"(?!{keys}){_KEY}*+(?:={_PLAIN_VALUES})?"
        return f"(?:\\?{other}(?:&{other})*+)?"
    if not form.query_keys:
        return f"(?:\\?{_QUERY}*+)?"
    keys = "(?:" + "|".join(re.escape(key) for key in form.query_keys) + ")="
    other = f"(?!{keys}){_KEY}*+(?:={_VALUE}*+)?"
    value = f"(?P<i{n}>{ID_RULES[form.id_rule][1]})"
    return f"\\?(?:{other}&)*+{keys}{value}(?:&{other})*+"


_PREFIXES = ("https://", "http://", "//", "")


def _entry(forms: list[tuple[int, Form]], with_host: bool, compared: bool = False) -> FastEntry:
    alternatives = []
    for n, form in forms:
        host = "(?:(?:https?:)?//)?" + _expand(form.host, form, n) if with_host else ""
        alternatives.append(host + _expand(form.path, form, n) + _query(form, n, compared))
    compiled = re.compile("(?:" + "|".join(alternatives) + ")" + _FRAGMENT + _UNCUT)
    groups = compiled.groupindex
    table: dict[int, tuple[Form, int, int]] = {}
    for n, form in forms:
        # The id group is the last group of its alternative (the extra value comes before it),
        # so the lastindex of a match is the id group of the form that matched.
        id_group, x_group = groups[f"i{n}"], groups.get(f"x{n}", 0)
        assert x_group < id_group and id_group not in table, form.name
        table[id_group] = (form, id_group, x_group)
    return compiled.fullmatch, table


@cache
def fast_tables() -> tuple[
    dict[str, FastEntry], dict[str, FastEntry], dict[str, tuple[Callable[[str, int], Any], str]]
]:
    """``(by_key, by_suffix, short)``: the fast-path entries (compiled on first use).

    ``by_key`` is keyed by scheme prefix and host (``https://item.taobao.com``); its pattern
    matches from the end of the key. ``by_suffix`` is keyed by what follows the first label of
    a vanity store host (``taobao.com``); its pattern matches the whole URL. ``short`` maps
    short-link keys to a clean-rest check and the rejection message.

    >>> by_key, by_suffix, short = fast_tables()
    >>> url = "https://detail.1688.com/offer/585943639773.html?spm=a261p"
    >>> match, table = by_key["https://detail.1688.com"]
    >>> m = match(url, url.index("/", 8))
    >>> form, id_group, _ = table[m.lastindex]
    >>> form.name, m[id_group]
    ('1688-offer', '585943639773')
    """
    from ipprules.listings.codes import REJECTION_CODES
    from ipprules.listings.hosts import SHORT_HOSTS, SHORT_TARGET_KEYS

    by_key, by_suffix = _tables(lambda form: form.fast, compared=False)
    clean = re.compile(f"(?:/{_PATH}*+)?(?:\\?{_QUERY}*+)?{_FRAGMENT}{_UNCUT}").fullmatch
    title = REJECTION_CODES["short-link"].title
    short: dict[str, tuple[Callable[[str, int], Any], str]] = {}
    for host, issuer in SHORT_HOSTS.items():
        if host == "star.aliexpress.com":  # its share wrapper names its target: the slow path
            continue
        keys = SHORT_TARGET_KEYS.get(host)
        check = clean if keys is None else _unless_named(clean, keys)
        message = f"{title}: {host} ({issuer}); open it and paste the page it leads to"
        for prefix in _PREFIXES:
            if len(prefix + host) >= 8:
                short[prefix + host] = (check, message)
    return by_key, by_suffix, short


@cache
def id_query_tables() -> tuple[dict[str, FastEntry], dict[str, FastEntry]]:
    """``(by_key, by_suffix)`` as in :func:`fast_tables`, for the forms whose query may name
    their id again (``conflict_keys``, no ``query_keys``: a Taobao or Tmall store's ``shop_id``
    and ``user_number_id``), whose patterns also take a query naming it with plain values (no
    ``%26`` or ``%3D``, which the thorough parser decodes first). A match is read as the fast
    path reads one only when the caller has compared the ids as the thorough parser does.

    >>> by_key, by_suffix = id_query_tables()
    >>> url = "https://shop137594360.taobao.com/?user_number_id=2657188013"
    >>> match, table = by_suffix["taobao.com"]
    >>> form, id_group, _ = table[match(url, 0).lastindex]
    >>> form.name, match(url, 0)[id_group]
    ('taobao-shop', '137594360')
    """
    return _tables(
        lambda form: form.fast and not form.query_keys and bool(form.conflict_keys), compared=True
    )


def _tables(
    keep: Callable[[Form], bool], *, compared: bool
) -> tuple[dict[str, FastEntry], dict[str, FastEntry]]:
    """The entries by key and by suffix of the forms ``keep`` keeps, in the table's order."""
    hosts: dict[str, list[tuple[int, Form]]] = {}
    suffixes: dict[str, list[tuple[int, Form]]] = {}
    for n, form in enumerate(all_forms()):
        if not keep(form):
            continue
        for host in form.hosts:
            hosts.setdefault(host, []).append((n, form))
        for suffix in form.suffixes:
            suffixes.setdefault(suffix, []).append((n, form))
    by_key = {}
    for host, forms in hosts.items():
        entry = _entry(forms, with_host=False, compared=compared)
        for prefix in _PREFIXES:
            if len(prefix + host) >= 8:
                by_key[prefix + host] = entry
    by_suffix = {
        s: _entry(forms, with_host=True, compared=compared) for s, forms in suffixes.items()
    }
    return by_key, by_suffix


def _unless_named(
    clean: Callable[[str, int], Any], keys: tuple[str, ...]
) -> Callable[[str, int], Any]:
    """``clean``, but no answer (the slow path then looks) for a short link whose rest may
    name the page it leads to: a parameter named in ``keys``, or any percent-escape (a key
    may be escaped). An affiliate link without one is a short link on the fast path."""
    needles = tuple(f"{key}=" for key in keys)

    def check(text: str, end: int) -> Any:
        rest = text[end:]
        if "%" in rest or any(needle in rest for needle in needles):
            return None
        return clean(text, end)

    check.__wrapped__ = clean  # type: ignore[attr-defined]  # its pattern, for inspection
    return check
