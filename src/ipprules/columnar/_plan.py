"""What the columnar kernel can decide, as RE2 patterns built from the form table.

Pure Python (no pyarrow here): the kernel (:mod:`._kernel`) compiles nothing itself, it hands
these pattern strings to ``pyarrow.compute``.

The kernel decides a row only where :func:`ipprules.listings.parse_listing` is known to give
its answer on its first step: the fast path's table keyed by scheme prefix and literal host
(``https://item.taobao.com``) and, for short links, its short-link table. For every such key
the rows are checked against the forms of that key, in the fast path's order, with patterns
that accept a SUPERSET of what the fast path accepts (RE2 has no lookahead); each pattern comes
with a proof filter that removes exactly what the lookahead removed (or more). A row that
passes form ``k``'s superset pattern but not its filter is left to the pure-Python parser, never
tried against a later form, so the first form that matches is the fast path's first form.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from ipprules.listings.fast import (
    _KEY,
    _PATH,
    _PLAIN_VALUE,
    _QUERY,
    _SEG,
    _VALUE,
    _WORD,
    FRAGMENT_CHARS,
    fast_tables,
)
from ipprules.listings.forms import _UNDOTTED, X_RULES, all_forms
from ipprules.listings.hosts import SHORT_TARGET_KEYS
from ipprules.listings.model import Form

__all__ = ["FormPlan", "KernelPlan", "kernel_plan"]

_FRAGMENT = f"(?:#{FRAGMENT_CHARS}*)?"
#: A dot-dot segment as a fast row may hold one (no ``%``, no backslash: the fast path's
#: characters), anywhere in the row: the proof filter of a form that refuses one.
DOTDOT = r"/\.\.(?:[/?#]|$)"
_PREFIX = r"(?:https://|http://|//)?"
#: Fast-path id rules whose every character is left as is by ``urllib.parse.quote``.
_QUOTE_SAFE = frozenset({"token"})

#: id rule -> every character an id may hold
ID_CHARS: dict[str, str] = {
    "item": "0123456789",
    "aliexpress": "0123456789",
    "store": "0123456789",
    "member": "-0123456789abcdefghijklmnopqrstuvwxyz",
    "shopslug": "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "token": "-_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
}

#: id rule -> (a pattern without counted repetition, shortest, longest): a string matches the
#: fast path's id pattern exactly when it matches this one and its length is in the range
#: (a test checks it). RE2 unrolls counted repetition, which makes patterns slow to compile.
ID_SUPERSETS: dict[str, tuple[str, int, int]] = {
    "item": ("[1-9][0-9]*", 9, 15),
    "aliexpress": ("[1-9][0-9]*", 8, 17),
    "store": ("[1-9][0-9]*", 4, 15),
    "member": ("b2b-[0-9a-z]*", 8, 44),
    "label": ("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", 1, 63),
    "shopslug": ("[A-Za-z0-9](?:[A-Za-z0-9._~-]*[A-Za-z0-9_~-])?", 1, 128),
    "token": ("[A-Za-z0-9_-]+", 1, 64),
}


class FormPlan(NamedTuple):
    """One form of one key group: the RE2 pattern that finds its id (and extra value)."""

    #: the form's index in :func:`ipprules.listings.forms.all_forms`
    number: int
    form: Form
    #: a full, anchored pattern: the rows it matches are the rows the form's superset pattern
    #: matches (RE2's DFA, no submatches)
    pattern: str
    #: ids the superset pattern may capture although the form's lookahead refuses them
    refused_ids: tuple[str, ...]
    #: the id's length range (the pattern's id is a superset without counted repetition)
    id_length: tuple[int, int]
    #: where the id starts in a row the full pattern matched, found without submatches:
    #: ``("fixed", n)``: n bytes after the key; ``("anchor", pattern, n)``: n bytes after the
    #: start of the first match of ``pattern`` (a pattern whose match is unique in such a row);
    #: ``("query", pattern, keys)``: after ``key=`` right after the "?", else after the "="
    #: that follows the first match of ``pattern`` (``&key=``: a parameter starts after
    #: every "&", and after the first "?" only)
    locate: tuple[Any, ...]
    #: the id's characters (the id is the longest run of them from its start)
    id_chars: str
    #: forms with an extra value (the slug) before the id: the literal paths before it (the
    #: slug ends one byte before the id)
    x_prefixes: tuple[str, ...]
    #: forms whose extra value is the host's first label: what follows the label ("." and
    #: the host suffix), else None
    x_label: str | None = None
    #: the form refuses a dot-dot segment after a point of its path (forms._UNDOTTED, a
    #: lookahead): a row holding one (:data:`DOTDOT`) is left to the reference parser
    undotted: bool = False


class KernelPlan(NamedTuple):
    """Everything the kernel needs, built once from the form table."""

    #: every key (scheme prefix + host) the kernel routes, in a fixed order
    keys: tuple[str, ...]
    #: key index -> group index (listing keys) or -1 - short-link index (short links)
    key_group: tuple[int, ...]
    #: group index -> the forms of its keys, in the fast path's order
    groups: tuple[tuple[FormPlan, ...], ...]
    #: short-link key index -> the rejection message of its host
    short_messages: tuple[str, ...]
    #: what a short link must look like after its key (the fast path's clean-rest check)
    short_pattern: str
    #: the longest key
    longest: int
    #: host suffixes the kernel routes a key to when the fast path does (what follows the
    #: key's first "."), and the group of each
    suffixes: tuple[str, ...] = ()
    suffix_group: tuple[int, ...] = ()
    #: every key of the fast path's literal-host and short-link tables (never suffix-routed)
    taken: tuple[str, ...] = ()


def _id(form: Form) -> str:
    return f"(?P<i>{ID_SUPERSETS[form.id_rule][0]})"


def _path(form: Form) -> str | None:
    """The form's path pattern for RE2 (None when it has a lookahead this module cannot
    replace by a proof filter)."""
    out = form.path.replace(_UNDOTTED, "")  # undotted: the DOTDOT proof filter
    out = out.replace("{SEG}", _SEG).replace("{WORD}", _WORD).replace("{PATH}", _PATH)
    if "{ID}" in out:
        out = out.replace("{ID}", _id(form))
    if form.x_rule is not None:
        out = out.replace("{X}", "(?P<x>" + X_RULES[form.x_rule].replace("{SEG}", _SEG) + ")")
    out = out.replace("(?!site/)", "")  # refused_ids=("site",) below
    if "(?!" in out or "(?=" in out or "(?<" in out.replace("(?P<", ""):
        return None
    return out


def _class_chars(char_class: str) -> list[str]:
    """The characters of a ``[...]`` class of printable ASCII (ranges expanded)."""
    return [c for c in map(chr, range(32, 127)) if re.fullmatch(char_class, c)]


def _not_words(words: tuple[str, ...], char_class: str) -> str:
    """A pattern for every string of ``char_class`` characters except ``words`` (RE2 has no
    lookahead: the complement of a finite set, spelled out along the words' letters)."""
    alphabet = _class_chars(char_class)

    def rest(prefix: str) -> str:
        nexts = sorted({w[len(prefix)] for w in words if w.startswith(prefix) and w != prefix})
        others = "".join(re.escape(c) for c in alphabet if c not in nexts)
        branches = [f"[{others}]{char_class}*"] if others else []
        branches += [re.escape(c) + rest(prefix + c) for c in nexts]
        if prefix not in words:
            branches.append("")
        else:
            branches = [b for b in branches if b]
        return "(?:" + "|".join(branches) + ")"

    return rest("")


_TAIL = r"(?:[?#]|\z)"
#: path templates whose id does not sit at a fixed distance from the host: a pattern whose
#: match starts a fixed number of bytes before the id and is unique in a row the form's full
#: pattern matched (each ends where the path ends and holds one character that cannot occur
#: again in the rest of the path: "/", "_" or "i")
_ANCHORS: dict[str, tuple[str, int]] = {
    r"/product-(?:detail|introduction)/{X}_{ID}\.html": (f"_[1-9][0-9]*\\.html{_TAIL}", 1),
    r"/item/(?:{SEG}+/)?{ID}(?:\.html?)?": (f"/[1-9][0-9]*(?:\\.html?)?{_TAIL}", 1),
    r"/store/product/{SEG}+/[0-9]+_{ID}\.html": (f"_[1-9][0-9]*\\.html{_TAIL}", 1),
    r"/store/group/{SEG}+/{ID}_[0-9]+\.html": (f"/[1-9][0-9]*_[0-9]+\\.html{_TAIL}", 1),
    r"/products/(?:{SEG}*-)?i{ID}(?:-s[0-9]+)?\.html": (
        f"i[1-9][0-9]*(?:-s[0-9]+)?\\.html{_TAIL}",
        1,
    ),
}
_X_PREFIXES = {
    r"/product-(?:detail|introduction)/{X}_{ID}\.html": (
        "/product-detail/",
        "/product-introduction/",
    )
}
_LITERAL = re.compile(r"(?:[^\\()\[\]{}?*+|.^$]|\\[./-])*")


def _locate(form: Form) -> tuple[tuple[Any, ...], tuple[str, ...]] | None:
    """How to find the id (and the slug) of a form's row without submatches, or None."""
    if form.query_keys:
        keys = "(?:" + "|".join(re.escape(key) for key in form.query_keys) + ")="
        return ("query", f"&{keys}", form.query_keys), ()
    path = form.path.replace(_UNDOTTED, "")  # undotted: the DOTDOT proof filter
    if path in _ANCHORS:
        pattern, offset = _ANCHORS[path]
        return ("anchor", pattern, offset), _X_PREFIXES.get(path, ())
    before = path.split("{ID}", 1)[0].replace("(?!site/)", "")  # refused_ids
    if "{ID}" in path and "{X}" not in path and _LITERAL.fullmatch(before):
        return ("fixed", len(re.sub(r"\\(.)", r"\1", before))), ()
    return None


def _form_plan(
    number: int, form: Form, hosts: tuple[str, ...], label: str | None = None
) -> FormPlan | None:
    """The plan of one form for literal ``hosts``, or (``label``) for the host pattern
    ``{X}`` + ``label`` of a form whose extra value is the host's first label."""
    path = _path(form)
    if path is None or not path.startswith("/"):
        return None
    if form.id_rule not in ID_SUPERSETS or (form.quote_id and form.id_rule not in _QUOTE_SAFE):
        return None
    located = _locate(form)
    if located is None:
        return None
    locate, x_prefixes = located
    chars = ID_CHARS[form.id_rule]
    if label is None:
        head = "^" + _PREFIX + "(?:" + "|".join(re.escape(h) for h in hosts) + ")" + path
    else:
        assert form.x_rule is not None
        head = "^" + _PREFIX + X_RULES[form.x_rule] + re.escape(label) + path
    refused = ("site",) if "(?!site/)" in form.path else ()
    undotted = _UNDOTTED in form.path
    lengths = ID_SUPERSETS[form.id_rule][1:]
    if not form.query_keys and form.conflict_keys:
        # the fast path's: no parameter named by a conflict key (the reference compares)
        other = f"(?:{_KEY}*|{_not_words(form.conflict_keys, _KEY)}={_PLAIN_VALUE}*)"
        pattern = head + f"(?:\\?{other}(?:&{other})*)?" + _FRAGMENT + r"\z"
        return FormPlan(
            number, form, pattern, refused, lengths, locate, chars, x_prefixes, label, undotted
        )
    if not form.query_keys:
        pattern = head + f"(?:\\?{_QUERY}*)?" + _FRAGMENT + r"\z"
        return FormPlan(
            number, form, pattern, refused, lengths, locate, chars, x_prefixes, label, undotted
        )
    keys = "(?:" + "|".join(re.escape(key) for key in form.query_keys) + ")="
    # the fast path's (?!keys) before every other parameter: a parameter without "=", or
    # one whose name is not a key (so exactly one parameter is the id)
    other = f"(?:{_KEY}*|{_not_words(form.query_keys, _KEY)}={_VALUE}*)"
    pattern = head + f"\\?(?:{other}&)*{keys}{_id(form)}(?:&{other})*" + _FRAGMENT + r"\z"
    return FormPlan(
        number, form, pattern, refused, lengths, locate, chars, x_prefixes, label, undotted
    )


@cache
def kernel_plan() -> KernelPlan:
    """The kernel's keys, groups and patterns (built on first use).

    >>> plan = kernel_plan()
    >>> key = plan.keys.index("https://detail.1688.com")
    >>> [f.form.name for f in plan.groups[plan.key_group[key]]]
    ['1688-offer']
    """
    by_key, _, short = fast_tables()
    numbers = {form.name: n for n, form in enumerate(all_forms())}
    # the literal hosts of every fast form, and the forms of each host in table order
    host_forms: dict[str, list[Form]] = {}
    for form in all_forms():
        if form.fast:
            for host in form.hosts:
                host_forms.setdefault(host, []).append(form)
    # hosts with the same forms share a group (and one pattern per form)
    by_forms: dict[tuple[str, ...], list[str]] = {}
    for host, forms in host_forms.items():
        by_forms.setdefault(tuple(f.name for f in forms), []).append(host)
    groups: list[tuple[FormPlan, ...]] = []
    group_of_host: dict[str, int] = {}
    for names, hosts in by_forms.items():
        plans = [_form_plan(numbers[n], all_forms()[numbers[n]], tuple(hosts)) for n in names]
        if any(p is None for p in plans):
            continue  # a form the kernel cannot prove: every row of these hosts falls back
        for host in hosts:
            group_of_host[host] = len(groups)
        groups.append(tuple(p for p in plans if p is not None))
    keys: list[str] = []
    key_group: list[int] = []
    for key in sorted(by_key):
        host = key.split("//", 1)[-1]
        if host in group_of_host:
            keys.append(key)
            key_group.append(group_of_host[host])
    messages: list[str] = []
    for key, (_, message) in sorted(short.items()):
        if key in by_key:  # pragma: no cover - the fast path looks a listing key up first
            continue
        if key.split("//", 1)[-1] in SHORT_TARGET_KEYS:
            continue  # an affiliate link may name its target: the reference parser reads it
        keys.append(key)
        key_group.append(-1 - len(messages))
        messages.append(message)
    # a path of six characters at least, ending in a letter or a digit: a short link with no
    # code (host alone, ``/s/``, ``/t/c.``: parser._codeless) is left to the reference
    short_pattern = (
        "^" + _PREFIX + f"[-.0-9a-z]+/{_PATH}{{4,}}[0-9A-Za-z](?:\\?{_QUERY}*)?{_FRAGMENT}" + r"\z"
    )
    suffixes, suffix_group = _suffix_groups(numbers, groups)
    return KernelPlan(
        tuple(keys),
        tuple(key_group),
        tuple(groups),
        tuple(messages),
        short_pattern,
        max(len(k) for k in keys),
        suffixes,
        suffix_group,
        tuple(sorted({*by_key, *short})),
    )


def _suffix_groups(
    numbers: dict[str, int], groups: list[tuple[FormPlan, ...]]
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The fast path's host-suffix entries the kernel proves (appending their groups): for
    each suffix, its forms in the fast path's order up to the first one whose host is not
    ``{X}`` + a literal (vanity stores: their rows fall back)."""
    by_suffix: dict[str, list[Form]] = {}
    for form in all_forms():
        if form.fast:
            for suffix in form.suffixes:
                by_suffix.setdefault(suffix, []).append(form)
    suffixes: list[str] = []
    suffix_group: list[int] = []
    for suffix, forms in by_suffix.items():
        plans = []
        for form in forms:
            label = "\\." + re.escape(suffix)
            plan = None
            if form.host == "{X}" + label.replace("\\.", "\\.", 1):
                plan = _form_plan(numbers[form.name], form, (), "." + suffix)
            if plan is None:
                break
            plans.append(plan)
        if plans:
            suffixes.append(suffix)
            suffix_group.append(len(groups))
            groups.append(tuple(plans))
    return tuple(suffixes), tuple(suffix_group)
