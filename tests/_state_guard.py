"""A pytest plugin (``-p _state_guard`` in pyproject.toml: a ``tests/conftest.py`` would be
imported as ``conftest`` beside docs/conftest.py, an import-file mismatch), checking after
every test: what one test changes in a module the tests
share must be put back, or the tests after it answer for its state (a failure that shows in
one run order and not in another)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _shared_scripts_left_as_found() -> Iterator[None]:
    """The benchmark scripts and test files loaded as modules (``_scripts.load``, once per
    process) keep the globals their files made: a test that binds one to another object
    and leaves it so fails here (and the global is put back for the tests after it)."""
    yield
    scripts = sys.modules.get("_scripts")
    if scripts is not None:
        left = scripts.rebound()
        if left:
            pytest.fail(
                "globals of shared modules left changed by this test (use monkeypatch, or put "
                "them back): " + ", ".join(left),
                pytrace=False,
            )
