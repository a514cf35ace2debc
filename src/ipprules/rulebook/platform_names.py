"""Platform ids as the history readers hold them: a platform written in another case than
its id (``Taobao``), or with spaces or hyphens for its underscores (``lazada sg``,
``ali express``, a word processor's dash ``lazada–sg``), or holding an invisible character
(a zero-width space pasted with it), is refused with a "did you mean", as every input naming
a platform refuses it (``--platform``, :meth:`~ipprules.rulebook.ResolvedRules.platform`, a
plan's platforms)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ipprules.errors import plain

#: Characters a cell may hold that are not seen: zero-width spaces and joiners, the word
#: joiner, a byte-order mark and the soft hyphen (a pasted ``\u200btaobao`` looks like
#: ``taobao`` in every spreadsheet, and was left out of the counts with a note).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

#: What a platform name may hold between or around its words that its id does not: spaces,
#: hyphens (a word processor's dashes too: ``lazada–sg``), underscores and invisible
#: characters (``lazada-sg``, ``ali express``, `` taobao``).
_SEPARATORS = re.compile(f"[\\s_\\-\u2010-\u2015\u2212{_INVISIBLE}]+")

__all__ = ["platform_case_problem", "platform_case_slip"]


@cache
def _shipped_platform_ids() -> frozenset[str]:
    """The platform and marketplace ids of the embedded rule book (any date, any reading)."""
    from ipprules.rulebook import default_rulebook

    book = default_rulebook()
    return frozenset(r.id for kind in ("platforms", "marketplaces") for r in book.records(kind))


@cache
def _squeezed_platform_ids() -> dict[str, str]:
    """Each shipped platform or marketplace id by its letters alone (``lazadasg``)."""
    return {_SEPARATORS.sub("", pid): pid for pid in _shipped_platform_ids()}


def platform_case_slip(name: str) -> str | None:
    """The platform (or marketplace) id that ``name``, a history's platform cell, is written
    in another case or in full-width letters (``'Taobao'``, ``'TMALL'``, ``'ＸＩＡＮＹＵ'``), or
    with spaces or hyphens for its underscores, around it or between its words
    (``'lazada sg'``, ``'ali express'``, ``' taobao'``); None for an id as written and for
    any other name (``'taobo'``, ``'tmall.hk'``: left out of the counts, with a note). Ids
    are exact (``--platform``, :meth:`~ipprules.rulebook.ResolvedRules.platform`, a plan's
    platforms refuse ``Taobao`` with a "did you mean"), so the history readers refuse such a
    cell at its line rather than leave its complaint out of the counts with a note.

    >>> platform_case_slip("Taobao"), platform_case_slip("taobao"), platform_case_slip("Mars")
    ('taobao', None, None)
    >>> platform_case_slip("lazada-sg"), platform_case_slip("Ali Express")
    ('lazada_sg', 'aliexpress')
    >>> platform_case_slip("lazada\u2013sg"), platform_case_slip("\u200btaobao")
    ('lazada_sg', 'taobao')
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    name = plain(name)  # a str subclass's own __hash__, __eq__ and casefold are never called
    if name in _shipped_platform_ids():
        return None  # the common cell, said at once: 'taobao', 'lazada_my', '1688'
    return _slip(name)


@lru_cache(maxsize=256)
def _slip(name: str) -> str | None:
    folded = unicodedata.normalize("NFKC", name).casefold()
    if folded != name and folded in _shipped_platform_ids():
        return folded
    return _squeezed_platform_ids().get(_SEPARATORS.sub("", folded))


def platform_case_problem(name: str, meant: str) -> str:
    """What a history reader says of a platform cell ``name`` that is the id ``meant``
    written in another case, or with other separators (:func:`platform_case_slip`).
    Either not a str is a TypeError."""
    for value, label in ((name, "name"), (meant, "meant")):
        if not isinstance(value, str):
            raise TypeError(f"{label} must be a str, not {type(value).__name__}")
    name, meant = plain(name), plain(meant)
    if any(c in _INVISIBLE for c in name):
        words = ", with no invisible characters (such as a zero-width space)"
    else:
        words = "" if _SEPARATORS.sub("", name) == name else ", with no spaces or hyphens"
    return (
        f"{name!r} is not a platform: platform ids are exact, in lower case{words} "
        f"(did you mean {meant!r}?)"
    )
