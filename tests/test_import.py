"""``import ipprules`` parses no rule data and imports no engine."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_import_is_lazy():
    code = (
        "import sys, ipprules\n"
        "heavy = [m for m in sys.modules if m.startswith('ipprules.')]\n"
        "print(','.join(sorted(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_lazy_names_resolve():
    import ipprules

    assert ipprules.default_rulebook().name
    assert set(ipprules.__all__) <= set(dir(ipprules))
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = ipprules.no_such_name  # type: ignore[attr-defined]


def test_every_top_level_function_shows_how_it_is_called():
    """Each function of ``ipprules.__all__`` has a docstring with an example (run as a
    doctest), full type hints, and the name the docs use is the one it answers to."""
    import doctest
    import inspect

    import ipprules

    missing = []
    for name in ipprules.__all__:
        obj = getattr(ipprules, name)
        if not inspect.isfunction(obj):
            continue
        if obj.__name__ != name:
            missing.append(f"{name}: answers to {obj.__name__}")
        examples = doctest.DocTestParser().get_examples(inspect.getdoc(obj) or "")
        if not examples:
            missing.append(f"{name}: no example in its docstring")
        signature = inspect.signature(obj)
        empty = inspect.Signature.empty
        unhinted = [p.name for p in signature.parameters.values() if p.annotation is empty]
        if unhinted or signature.return_annotation is empty:
            missing.append(f"{name}: no type hint for {unhinted or 'its return'}")
    assert not missing, "\n".join(missing)


#: The result classes, the rule book, the errors, and the methods a notebook user calls first:
#: each shows how, in an example run as a doctest (a method added to one of them is added
#: here with its example).
RESULT_METHODS = {
    "ipprules.checks.Report": ("of", "counts", "groups", "text", "to_records", "to_frame"),
    "ipprules.checks.Finding": ("as_dict",),
    "ipprules.goodfaith.Standing": ("criterion", "to_records", "to_dict"),
    "ipprules.goodfaith.WhatIf": ("to_records", "to_dict"),
    "ipprules.goodfaith.Timeline": ("to_records", "to_dict"),
    "ipprules.coverage.Coverage": ("cell", "of", "summary", "text", "to_records", "as_dict"),
    "ipprules.counternotice.Assessment": ("to_records", "to_dict"),
    "ipprules.penalties.PenaltyStanding": ("to_dict", "to_records", "to_frame"),
    "ipprules.lifecycle.LifecycleReport": ("to_records", "to_dict"),
    "ipprules.lifecycle.ComplaintEvents": ("report",),
    "ipprules.lifecycle.DeadlineResult": ("kind", "amount", "rule_ids", "describe", "to_dict"),
    "ipprules.lifecycle.Deadlines": ("to_records", "to_frame", "to_dict"),
    "ipprules.goodfaith.History": ("from_file", "from_rows", "from_records", "with_records"),
    "ipprules.planner.PlanningResult": (
        "counts",
        "rejected_by_code",
        "to_records",
        "to_frame",
        "as_dict",
    ),
    "ipprules.planner.PlannedComplaint": ("as_dict",),
    "ipprules.listings.Summary": ("line", "as_dict"),
    "ipprules.listings.ParseResults": (
        "reiterable",
        "summary",
        "to_records",
        "to_frame",
        "as_dict",
    ),
    "ipprules.coverage.CoverageDiff": ("text", "to_records", "to_frame", "as_dict"),
    "ipprules.coverage.CoverageSummary": ("of", "text", "to_records", "to_dict"),
    "ipprules.coverage.CellRow": ("of", "to_dict"),
    "ipprules.checks.Plan": ("right",),
    # the rule book and the view of it a user browses
    "ipprules.rulebook.RuleBook": (
        "name",
        "version",
        "label",
        "coverage_from",
        "coverage_until",
        "default_interpretation",
        "interpretations",
        "interpretation",
        "sources",
        "source",
        "records",
        "citing",
        "cited_rules",
        "change_dates",
        "as_of",
        "with_overrides",
        "to_data",
    ),
    "ipprules.rulebook.RuleChanges": ("to_dict", "to_records", "to_frame", "as_dict"),
    "ipprules.rulebook.ResolvedRules": (
        "rulebook",
        "good_faith",
        "section",
        "on_ipp",
        "channel",
        "ipr_type",
        "document",
        "reason_code",
        "deadline",
        "marketplace",
        "metric",
        "default_metric",
        "penalties_for",
        "registrations_for",
        "accepts_registration",
        "reason_codes_for",
        "document_rules_for",
        "deadlines_for",
        "sources_of",
        "for_platform",
        "document_rules_for_platform",
    ),
    # the errors a caller catches
    "ipprules.errors.IpprulesError": (),
    "ipprules.errors.InputError": (),
    "ipprules.errors.RuleDataError": (),
    "ipprules.errors.CoverageError": (),
    "ipprules.errors.UnknownNameError": (),
    "ipprules.errors.MissingExtra": (),
    "ipprules.errors.Problem": ("where", "as_dict"),
}


@pytest.mark.parametrize("dotted", sorted(RESULT_METHODS))
def test_every_result_class_and_its_main_methods_show_how_they_are_called(dotted: str) -> None:
    import doctest
    import importlib
    import inspect

    module, _, name = dotted.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    parser = doctest.DocTestParser()
    missing = [
        label
        for label, obj in [(name, cls)] + [(m, getattr(cls, m)) for m in RESULT_METHODS[dotted]]
        if not parser.get_examples(inspect.getdoc(obj) or "")
    ]
    assert not missing, f"{dotted}: no example in the docstring of {missing}"


def _public_modules() -> list[str]:
    import importlib
    import pkgutil

    import ipprules

    out = []
    for info in pkgutil.walk_packages(ipprules.__path__, "ipprules."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts) or parts[1] in ("cli", "scale", "columnar"):
            continue
        importlib.import_module(info.name)
        out.append(info.name)
    return out


def test_no_module_exports_a_helper_that_takes_a_resolved_view():
    """A function of a module's ``__all__`` that is handed a view of the rule book
    (:class:`~ipprules.rulebook.ResolvedRules`) is its package's API too; the engines' helpers
    (``lifecycle.readings.*``, ``penalties.standing.rules_on``, ``checks.evidence.*``...) are
    importable by name but not exported."""
    import importlib
    import inspect

    exported = []
    for name in _public_modules():
        module = importlib.import_module(name)
        if hasattr(module, "__path__"):  # a package: its __all__ is the API
            continue
        package = importlib.import_module(name.rsplit(".", 1)[0])
        for attr in getattr(module, "__all__", ()):
            func = getattr(module, attr)
            if not inspect.isfunction(func):
                continue
            hints = [str(p.annotation) for p in inspect.signature(func).parameters.values()]
            takes_a_view = any("ResolvedRules" in h for h in hints)
            if takes_a_view and attr not in getattr(package, "__all__", ()):
                exported.append(f"{name}.{attr}")
    assert not exported, exported


HELPERS = {
    "ipprules.lifecycle.readings": ("reading_of", "view_on", "opens", "batch_rule"),
    "ipprules.penalties.standing": ("rules_on",),
    "ipprules.counternotice.reading": ("read_counter_notice_rules",),
    "ipprules.checks.evidence": ("held_findings", "applicable", "translation"),
    "ipprules.goodfaith.standing": ("resolve", "with_other_readings", "as_of_date"),
    "ipprules.checks.rights": ("right_on_day", "right_on_platform"),
    "ipprules.checks.listings": ("verdict",),
}


@pytest.mark.parametrize("module_name", sorted(HELPERS))
def test_the_engines_helpers_are_importable_but_not_exported(module_name):
    import importlib

    module = importlib.import_module(module_name)
    for name in HELPERS[module_name]:
        assert callable(getattr(module, name)) and name not in module.__all__


def _subpackages() -> list[str]:
    import pkgutil

    import ipprules

    return ["ipprules"] + [
        info.name
        for info in pkgutil.iter_modules(ipprules.__path__, "ipprules.")
        if info.ispkg
        and not info.name.rpartition(".")[2].startswith("_")
        and info.name != "ipprules.cli"
    ]


def test_every_public_class_and_function_of_a_package_shows_how_it_is_used():
    """Each class and function of ``ipprules.__all__`` and of every subpackage's ``__all__``
    has an example in its docstring (run as a doctest): a new public name comes with one."""
    import doctest
    import importlib
    import inspect

    parser = doctest.DocTestParser()
    without = set()
    for package in _subpackages():
        module = importlib.import_module(package)
        for name in module.__all__:
            obj = getattr(module, name)
            code = inspect.isclass(obj) or inspect.isfunction(obj)
            if code and not parser.get_examples(inspect.getdoc(obj) or ""):
                without.add(f"{package}.{name}")
    assert sorted(without) == [], "a public name without an example"
