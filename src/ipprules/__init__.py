"""ipprules: the rules of Alibaba Group's IP Protection (IPP) platform as data plus pure functions.

Importing the package parses no rule data: names are loaded on first use.

>>> import ipprules
>>> book = ipprules.default_rulebook()
>>> rules = book.as_of("2023-05-01")
>>> rules.platform("tmall_global").name
'Tmall Global'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it; imported on first access (PEP 562)
_LAZY: dict[str, str] = {
    "RuleBook": "ipprules.rulebook",
    "ResolvedRules": "ipprules.rulebook",
    "default_rulebook": "ipprules.rulebook",
    "load_rulebook": "ipprules.rulebook",
    "diff_rules": "ipprules.rulebook",
    "IpprulesError": "ipprules.errors",
    "InputError": "ipprules.errors",
    "RuleDataError": "ipprules.errors",
    "CoverageError": "ipprules.errors",
    "UnknownNameError": "ipprules.errors",
}

__all__ = [
    "CoverageError",
    "InputError",
    "IpprulesError",
    "ResolvedRules",
    "RuleBook",
    "RuleDataError",
    "UnknownNameError",
    "__version__",
    "default_rulebook",
    "diff_rules",
    "load_rulebook",
]

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.errors import (
        CoverageError,
        InputError,
        IpprulesError,
        RuleDataError,
        UnknownNameError,
    )
    from ipprules.rulebook import (
        ResolvedRules,
        RuleBook,
        default_rulebook,
        diff_rules,
        load_rulebook,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ipprules' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
