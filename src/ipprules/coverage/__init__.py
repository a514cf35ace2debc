"""Rights coverage: with the rights and papers a portfolio holds, on which platforms, for which
targets and with which reason codes a filer can complain, and what lapses next.

:func:`coverage` answers with a :class:`Coverage` matrix of :class:`Cell` values (covered, not
covered, unknown), each decided by the same findings :func:`ipprules.check` gives for a
complaint with that right on that platform; :func:`coverage_diff` compares two answers;
:func:`coverage_summary` gives a :class:`CellRow` (status and counts, no findings) per cell,
and :func:`iter_cells` the cells one right's at a time, without keeping them.

>>> from ipprules.checks import read_plan
>>> from ipprules.coverage import coverage
>>> cov = coverage(read_plan("examples/portfolio.toml"), as_of="2026-12-02", horizon="90d")
>>> cov.cell("tm-cn", "taobao").status
<CellStatus.COVERED: 'covered'>
>>> cov.summary().rights_usable_nowhere
('tm-app', 'design-cn')
"""

from __future__ import annotations

import inspect
import sys
from types import ModuleType
from typing import Any

from ipprules.coverage.engine import (
    coverage,
    coverage_diff,
    coverage_summary,
    iter_cells,
    parse_horizon,
)
from ipprules.coverage.model import Cell, CellStatus, Change, Opening
from ipprules.coverage.result import Coverage, CoverageDiff, Summary
from ipprules.coverage.rows import CellRow, CoverageSummary

__all__ = [
    "Cell",
    "CellRow",
    "CellStatus",
    "Change",
    "Coverage",
    "CoverageDiff",
    "CoverageSummary",
    "Opening",
    "Summary",
    "coverage",
    "coverage_diff",
    "coverage_summary",
    "iter_cells",
    "parse_horizon",
]


class _CallableModule(ModuleType):
    """This package, callable as :func:`coverage`.

    ``ipprules.coverage`` is both the function (``ipprules.coverage(portfolio, ...)``) and
    this package: once the package is imported (by ``ipprules.Coverage``, the planner...),
    Python's import system sets the attribute ``ipprules.coverage`` to the package, so the
    package answers a call as the function does.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Coverage:
        return coverage(*args, **kwargs)

    @property
    def __signature__(self) -> inspect.Signature:
        """The function's parameters, for ``inspect.signature`` (a notebook's call tips)."""
        return inspect.signature(coverage)


sys.modules[__name__].__class__ = _CallableModule
