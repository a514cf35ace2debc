"""ipprules: the rules of Alibaba Group's IP Protection (IPP) platform as data plus pure functions.

Importing the package parses no rule data: names are loaded on first use.

>>> import ipprules
>>> book = ipprules.default_rulebook()
>>> rules = book.as_of("2023-05-01")
>>> rules.platform("tmall_global").name
'Tmall Global'
>>> ipprules.parse_listing("https://detail.tmall.com/item.htm?id=690091011924").platform
'tmall'
>>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
>>> report.ok, len(report.errors)
(False, 14)

The engines: :mod:`ipprules.rulebook` (the rules), :mod:`ipprules.listings` (listing URLs),
:mod:`ipprules.checks` (complaint checks and the reason-code advisor),
:mod:`ipprules.goodfaith` (Good Faith standing), :mod:`ipprules.lifecycle` and
:mod:`ipprules.calendars` (states and deadlines), :mod:`ipprules.penalties` (seller penalties),
:mod:`ipprules.planner` (from URLs to complaints), :mod:`ipprules.coverage` (what a
portfolio of rights lets a filer enforce, and where).
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
    "ArgumentError": "ipprules.errors",
    "RuleDataError": "ipprules.errors",
    "CoverageError": "ipprules.errors",
    "UnknownNameError": "ipprules.errors",
    "check": "ipprules.checks",
    "validate": "ipprules.checks",
    "is_valid": "ipprules.checks",
    "iter_findings": "ipprules.checks",
    "read_plan": "ipprules.checks",
    "advise": "ipprules.checks",
    "explain": "ipprules._codes",
    "CodeEntry": "ipprules._codes",
    "Report": "ipprules.checks",
    "Finding": "ipprules.checks",
    "CheckFailed": "ipprules.checks",
    "Plan": "ipprules.checks",
    "parse_listing": "ipprules.listings",
    "parse_listings": "ipprules.listings",
    "dedupe": "ipprules.listings",
    "extract_urls": "ipprules.listings",
    "Listing": "ipprules.listings",
    "Rejection": "ipprules.listings",
    "ParseResults": "ipprules.listings",
    "standing": "ipprules.goodfaith",
    "what_if": "ipprules.goodfaith",
    "timeline": "ipprules.goodfaith",
    "History": "ipprules.goodfaith",
    "plan_listings": "ipprules.planner",
    "deadline_for": "ipprules.lifecycle",
    "lifecycle_report": "ipprules.lifecycle",
    "penalty_standing": "ipprules.penalties",
    "coverage": "ipprules.coverage",
    "coverage_diff": "ipprules.coverage",
    "Coverage": "ipprules.coverage",
    "assess_counter_notice": "ipprules.counternotice",
    "MissingExtra": "ipprules.errors",
    "reading_limits": "ipprules._files",
    "set_gc_pausing": "ipprules._gc",
}

__all__ = [
    "ArgumentError",
    "CheckFailed",
    "CodeEntry",
    "Coverage",
    "CoverageError",
    "Finding",
    "History",
    "InputError",
    "IpprulesError",
    "Listing",
    "MissingExtra",
    "ParseResults",
    "Plan",
    "Rejection",
    "Report",
    "ResolvedRules",
    "RuleBook",
    "RuleDataError",
    "UnknownNameError",
    "__version__",
    "advise",
    "assess_counter_notice",
    "check",
    "coverage",
    "coverage_diff",
    "deadline_for",
    "dedupe",
    "default_rulebook",
    "diff_rules",
    "explain",
    "extract_urls",
    "is_valid",
    "iter_findings",
    "lifecycle_report",
    "load_rulebook",
    "parse_listing",
    "parse_listings",
    "penalty_standing",
    "plan_listings",
    "read_plan",
    "reading_limits",
    "set_gc_pausing",
    "standing",
    "timeline",
    "validate",
    "what_if",
]

if TYPE_CHECKING:  # pragma: no cover
    from ipprules._codes import (
        CodeEntry,
        explain,
    )
    from ipprules._files import reading_limits
    from ipprules._gc import set_gc_pausing
    from ipprules.checks import (
        CheckFailed,
        Finding,
        Plan,
        Report,
        advise,
        check,
        is_valid,
        iter_findings,
        read_plan,
        validate,
    )
    from ipprules.counternotice import (
        assess_counter_notice,
    )
    from ipprules.coverage import (
        Coverage,
        coverage,
        coverage_diff,
    )
    from ipprules.errors import (
        ArgumentError,
        CoverageError,
        InputError,
        IpprulesError,
        MissingExtra,
        RuleDataError,
        UnknownNameError,
    )
    from ipprules.goodfaith import (
        History,
        standing,
        timeline,
        what_if,
    )
    from ipprules.lifecycle import (
        deadline_for,
        lifecycle_report,
    )
    from ipprules.listings import (
        Listing,
        ParseResults,
        Rejection,
        dedupe,
        extract_urls,
        parse_listing,
        parse_listings,
    )
    from ipprules.penalties import (
        penalty_standing,
    )
    from ipprules.planner import (
        plan_listings,
    )
    from ipprules.rulebook import (
        ResolvedRules,
        RuleBook,
        default_rulebook,
        diff_rules,
        load_rulebook,
    )


#: The public packages and modules, imported on first access as well (``ipprules.checks``
#: after a bare ``import ipprules``), as the docs and error messages name them.
_SUBMODULES = frozenset(
    {
        "calendars",
        "checks",
        "columnar",
        "counternotice",
        "errors",
        "goodfaith",
        "lifecycle",
        "listings",
        "penalties",
        "planner",
        "rulebook",
        "scale",
        "schemas",
    }
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        if name in _SUBMODULES:
            return importlib.import_module(f"ipprules.{name}")
        raise AttributeError(f"module 'ipprules' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


#: Packages that need an optional extra (and load it: dask takes seconds): reached by name,
#: not offered by ``dir()``, so that listing the module's members imports neither.
_EXTRA_PACKAGES = frozenset({"columnar", "scale"})


def __dir__() -> list[str]:
    """The public names (what tab completion offers): ``__all__``, the public packages and
    the module's dunders, without the helpers this module imports for itself."""
    dunders = {name for name in globals() if name.startswith("__") and name.endswith("__")}
    return sorted(set(__all__) | (_SUBMODULES - _EXTRA_PACKAGES) | {"coverage"} | dunders)
