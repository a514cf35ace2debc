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
