"""Files of the repository that are not packages (benchmark scripts, other test modules),
loaded as modules for the tests, once per run each."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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
