"""A new user's notebook session: names, call tips, reprs, inputs built in Python, errors.

Each test holds a friction found by trying what the README and the docs show, and what a
notebook user tries next (tab completion, ``help()``, ``repr()``, a plan given as text...).
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import ipprules


def test_dir_lists_the_public_names_and_no_import_helpers():
    names = dir(ipprules)
    assert set(ipprules.__all__) <= set(names)
    for helper in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
        assert helper not in names
    for name in names:  # everything offered resolves
        getattr(ipprules, name)


def test_public_packages_load_on_first_access():
    """``ipprules.schemas.schema(...)``, ``ipprules.checks.plan_from_data(...)``, as the docs
    and error messages write them, work after a bare ``import ipprules``."""
    code = (
        "import ipprules\n"
        "print(ipprules.schemas.schema('plan')['title'])\n"
        "print(ipprules.checks.plan_from_data.__name__)\n"
        "print('checks' in dir(ipprules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[1:3] == ["plan_from_data", "True"]


def test_coverage_module_has_the_function_signature():
    """Once ``ipprules.coverage`` is the (callable) package, its call tip is still the
    function's, not ``(*args, **kwargs)``."""
    package = importlib.import_module("ipprules.coverage")
    function = package.coverage
    assert inspect.signature(package) == inspect.signature(function)
    assert "portfolio" in inspect.signature(ipprules.coverage).parameters
