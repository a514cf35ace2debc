"""The fast path: one combined regular expression over the common, well-formed URL forms.

It is built from the same form table as the slow parser, with narrower character classes: it
accepts only lower-case ``http(s)://``, ``//`` or scheme-less URLs made of plain ASCII URL
characters, with a valid id and no competing id parameter. Anything else (upper case, ``%``
in a key, ``&amp;``, userinfo, ports, odd ids...) does not match, and the slow parser decides.
The property tests check that whenever the fast path answers, the slow parser gives the same
answer. Every quantifier is bounded or atomic, so matching is linear in the input length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ipprules.listings.forms import ID_RULES, X_RULES, all_forms
from ipprules.listings.model import Form

__all__ = ["fast_matcher"]

_SEG = r"[-!$&'()*+,.0-9:;=@A-Z_a-z~]"
_PATH = r"[-!$&'()*+,./0-9:;=@A-Z_a-z~]"
_KEY = r"[-!$'()*+,./0-9:?@A-Z_a-z~]"
_VALUE = r"[-!$%'()*+,./0-9:=?@A-Z_a-z~]"
_QUERY = r"[-!$%&'()*+,./0-9:;=?@A-Z_a-z~]"
_FRAGMENT = r"[!-~]"


def _expand(template: str, form: Form, n: int) -> str:
    out = template.replace("{SEG}", _SEG).replace("{PATH}", _PATH)
    out = out.replace("{ID}", f"(?P<i{n}>{ID_RULES[form.id_rule][1]})")
    if form.x_rule is not None:
        x = X_RULES[form.x_rule].replace("{SEG}", _SEG)
        out = out.replace("{X}", f"(?P<x{n}>{x})")
    return out


def _query(form: Form, n: int) -> str:
    if not form.query_keys:
        return f"(?:\\?{_QUERY}*)?"
    keys = "(?:" + "|".join(re.escape(key) for key in form.query_keys) + ")="
    other = f"(?!{keys}){_KEY}*(?:={_VALUE}*)?"
    value = f"(?P<i{n}>{ID_RULES[form.id_rule][1]})"
    return f"\\?(?>(?:{other}&)*){keys}{value}(?>(?:&{other})*)"


@cache
def fast_matcher() -> tuple[
    Callable[[str], re.Match[str] | None], dict[int, tuple[Form, int, int]]
]:
    """The compiled fast regex's ``fullmatch`` and its dispatch table.

    The table maps ``match.lastindex`` (the group of the form that matched) to the form, the
    group of its id and the group of its extra value (0 when the form has none).

    >>> match, table = fast_matcher()
    >>> m = match("https://detail.1688.com/offer/585943639773.html?spm=a261p")
    >>> form, id_group, _ = table[m.lastindex]
    >>> form.name, m[id_group]
    ('1688-offer', '585943639773')
    """
    by_host: dict[str, list[tuple[int, Form]]] = {}
    for n, form in enumerate(all_forms()):
        if form.fast:
            by_host.setdefault(form.host, []).append((n, form))
    # Literal hosts first (the engine skips a branch on its first character); vanity-label
    # hosts, which start with a character class, last.
    hosts = sorted(by_host, key=lambda host: "{ID}" in host or host.startswith("(?!"))
    branches = []
    x_source: dict[int, int] = {}
    for host in hosts:
        entries = by_host[host]
        for n, _ in entries:
            x_source[n] = entries[0][0]
        host_rx = _expand(host, entries[0][1], entries[0][0])
        alternatives = []
        for n, form in entries:
            if form.host != host or ("{ID}" in host and len(entries) > 1):
                raise AssertionError(f"form {form.name}: ambiguous host group")  # pragma: no cover
            body = _expand(form.path, form, n) + _query(form, n)
            alternatives.append(f"(?P<f{n}>{body})")
        branches.append(host_rx + "(?:" + "|".join(alternatives) + ")")
    pattern = "(?:(?:https?:)?//)?(?:" + "|".join(branches) + f")(?:#{_FRAGMENT}*)?"
    compiled = re.compile(pattern)
    groups = compiled.groupindex
    forms = all_forms()
    table: dict[int, tuple[Form, int, int]] = {}
    for name, index in groups.items():
        if name[0] == "f":
            n = int(name[1:])
            x_group = groups.get(f"x{n}") or groups.get(f"x{x_source[n]}", 0)
            table[index] = (forms[n], groups[f"i{n}"], x_group)
    return compiled.fullmatch, table
