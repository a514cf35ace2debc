"""Settings shared by every test run: Hypothesis without per-example deadlines, and
pytest-cov's ``no_cover`` mark dropped when coverage is off.

The suite runs in two worker processes beside whatever else the machine does (CI, other
builds); a wall-clock deadline per example then fails tests for the machine's load, not for
the code. Slowness is measured by the benchmarks under ``benchmarks/``, not by tests.

About 300 tests carry ``@pytest.mark.no_cover`` (they run untraced: see README.md).
pytest-cov 7.1 fails every such test with an AttributeError under ``--no-cov`` (it pauses a
coverage controller that was never made), so with coverage off the mark goes: it means
nothing then.
"""

from __future__ import annotations

import pytest
from hypothesis import settings

settings.register_profile("ipprules", deadline=None)
settings.load_profile("ipprules")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not getattr(config.option, "no_cov", False):
        return
    for item in items:
        item.own_markers[:] = [mark for mark in item.own_markers if mark.name != "no_cover"]
