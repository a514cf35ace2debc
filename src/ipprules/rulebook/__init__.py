"""The rule book: every IPP rule as dated, sourced data, resolved as of any date.

>>> from ipprules.rulebook import default_rulebook
>>> rules = default_rulebook().as_of("2021-06-30", "official")
>>> rules.good_faith.takedown_rate
Threshold(value=Fraction(9, 10), comparison=<Comparison.GE: '>='>)
>>> rules.channel("standalone_form").max_listings
10
>>> [s.id for s in rules.sources_of(rules.deadline("counter_notice_round_2_3"))]
['S25']
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ipprules.rulebook.background import NOT_ENCODED
from ipprules.rulebook.book import FiledAs, ResolvedRules, RuleBook, as_date
from ipprules.rulebook.model import (
    Answer,
    Comparison,
    Confidence,
    GoodFaithCriteria,
    ReasonCode,
    Severity,
    Target,
    Threshold,
)

if TYPE_CHECKING:
    from ipprules.rulebook.citations import Citation
    from ipprules.rulebook.diff import Change, FieldChange, RuleChanges, diff_rules

#: names of the diff and the citations, each imported from its module on first use: a
#: rule-book load needs none of them (a first load imported both, about 3 ms of 21)
_LAZY = {
    "Change": "diff",
    "FieldChange": "diff",
    "RuleChanges": "diff",
    "diff_rules": "diff",
    "Citation": "citations",
}


def __getattr__(name: str) -> Any:
    """The names of :data:`_LAZY`, imported from their module when first asked for."""
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"ipprules.rulebook.{module}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "NOT_ENCODED",
    "Answer",
    "Change",
    "Citation",
    "Comparison",
    "Confidence",
    "FieldChange",
    "FiledAs",
    "GoodFaithCriteria",
    "ReasonCode",
    "ResolvedRules",
    "RuleBook",
    "RuleChanges",
    "Severity",
    "Target",
    "Threshold",
    "as_date",
    "default_rulebook",
    "diff_rules",
    "load_rulebook",
]

_DEFAULT: list[RuleBook] = []


def default_rulebook() -> RuleBook:
    """The embedded rule book (read and validated on first call, then shared; it is immutable).

    >>> import ipprules
    >>> book = ipprules.default_rulebook()
    >>> book.label, book is ipprules.default_rulebook()
    ('ipprules embedded rule book 2026.11.23', True)
    """
    if not _DEFAULT:
        from ipprules.rulebook.loader import load_embedded_data

        data, origins = load_embedded_data()
        _DEFAULT.append(RuleBook(data, origins))
    return _DEFAULT[0]


def load_rulebook(path: str | Path | IO[Any], base: RuleBook | None = None) -> RuleBook:
    """A new rule book: ``base`` (default: the embedded one) with a user's override file applied.

    The file (TOML or JSON) has the sections of the rule book; records whose id
    and interpretation match replace the base's, new ones extend it, and
    ``replace = ["reason_codes"]`` swaps a whole section. Errors name the file,
    line and JSON path. The base is never changed. ``path`` may be an open stream too
    (``io.BytesIO(data)``), as :func:`ipprules.read_plan`'s.

    >>> import ipprules
    >>> book = ipprules.load_rulebook("examples/rules-override.toml")
    >>> book.label
    'ACME account 2026.11.23'
    >>> [c.id for c in book.as_of("2026-11-23").reason_codes_for("trademark", "taobao")]
    ['acme_counterfeit']
    """
    from ipprules._args import require_instance

    if base is not None:
        require_instance(base, RuleBook, "base")
    return (base or default_rulebook()).with_overrides(path)
