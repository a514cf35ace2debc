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
#: Each loaded module's globals as its file made them (name -> object), for
#: :func:`rebound`.
_AS_MADE: dict[str, tuple[ModuleType, dict[str, object]]] = {}


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
    _AS_MADE[name] = (module, dict(vars(module)))
    return module


def rebound() -> list[str]:
    """The globals of the loaded modules that a test bound to another object and left so
    (``module.NAME``), each put back as its file made it. A module is loaded once per test
    process and shared by every test that loads it: a global left changed (``main(["--plan",
    FILE])`` set the plan benchmark's account) changes the answers of the tests that run
    after, in one order and not in another. A global a test sets with ``monkeypatch`` is put
    back before this is asked (the check is an autouse fixture of the ``_state_guard`` plugin).
    Objects changed in place (a cache filled) are not seen: only names bound again."""
    left = []
    for module, made in _AS_MADE.values():
        now = vars(module)
        for key, value in made.items():
            if now.get(key, made) is not value:
                left.append(f"{module.__file__}: {key}")
                setattr(module, key, value)
    return left


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
