"""Files of the repository that are not packages (benchmark scripts, other test modules),
loaded as modules for the tests, once per run each."""

from __future__ import annotations

import functools
import gc
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def load(relative: str) -> ModuleType:
    """The module of the file at ``relative`` (to the repository root), e.g.
    ``load("benchmarks/listings.py")``; registered in :data:`sys.modules` under a name made
    from its path."""
    name = "_script_" + relative.removesuffix(".py").replace("/", "_").replace(".", "_")
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def young_gc_only(monkeypatch: pytest.MonkeyPatch) -> Callable[..., int]:
    """``gc.collect()`` collects the young generation only, for benchmark scripts run inside
    the test process (import this fixture into the test module): they collect before every
    timing, and a full collection of the test process's heap (thousands of tests' objects)
    costs far more than the small runs the tests make (the by-category test took 24 s in the
    whole suite and under 2 s alone). The tests check what the scripts print, never their
    figures."""
    real = gc.collect

    def young(generation: int = 2) -> int:
        return real(0)

    monkeypatch.setattr(gc, "collect", young)
    return young
