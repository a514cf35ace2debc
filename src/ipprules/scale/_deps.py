"""The optional dependencies of :mod:`ipprules.scale`, imported once with a clear error."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ipprules import errors

__all__ = ["require"]


def require(module: str) -> ModuleType:
    """Import ``module`` (dask, distributed, pandas, pyarrow) or raise naming the extra.

    >>> require("dask").__name__
    'dask'
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise errors.MissingExtra("dask", f"ipprules.scale (importing {module})") from None


# pandas and Dask ship no complete type information; their objects are typed loosely here
PandasFrame = Any
PandasSeries = Any
DaskFrame = Any
DaskSeries = Any
Bag = Any
