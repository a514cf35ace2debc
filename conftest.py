"""Settings shared by every test run: Hypothesis without per-example deadlines, and
pytest-cov's ``no_cover`` mark dropped when coverage is off.

The suite runs in two worker processes beside whatever else the machine does (CI, other
builds); a wall-clock deadline per example then fails tests for the machine's load, not for
the code. Slowness is measured by the benchmarks under ``benchmarks/``, not by tests.

About 300 tests carry ``@pytest.mark.no_cover`` (some through their module's ``pytestmark``):
they run untraced (see README.md), and so do the tests ``tests/untraced.txt`` names: tests
whose every measured branch the traced tests reach too, chosen by ``.ci/untraced.py`` (the
coverage figure is the same).
pytest-cov 7.1 honours the mark in one process only: in the xdist workers the suite runs in,
its tracer ran on through a marked test, so the hook below stops every started coverage
collector for the test's call and starts it again after. And pytest-cov 7.1 fails every
marked test with an AttributeError under ``--no-cov`` (it pauses a coverage controller that
was never made), so with coverage off the mark goes: it means nothing then.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ipprules", deadline=None)
settings.load_profile("ipprules")


#: Tests whose every measured branch other tests reach too: they run untraced (written by
#: ``.ci/untraced.py`` from a run with per-test coverage contexts; one line per test file, or
#: per test function as ``tests/x.py::test_y`` with all its parameters).
UNTRACED = Path(__file__).parent / "tests" / "untraced.txt"


def untraced_files(listing: Path = UNTRACED) -> frozenset[str]:
    """The test files and functions ``listing`` names (``#`` starts a comment), as pytest's
    node ids begin."""
    lines = listing.read_text(encoding="utf-8").splitlines() if listing.exists() else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not getattr(config.option, "no_cov", False):
        untraced = untraced_files()
        for item in items:
            if {item.nodeid.partition("::")[0], item.nodeid.partition("[")[0]} & untraced:
                item.add_marker(pytest.mark.no_cover)
        return
    for item in items:
        # the test's own marks and its module's or class's (``pytestmark = ...no_cover``,
        # which a table of more than 60 rows carries): get_closest_marker walks them all
        for node in item.listchain():
            node.own_markers[:] = [mark for mark in node.own_markers if mark.name != "no_cover"]


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A ``no_cover`` test's call untraced: every started coverage stopped (innermost, after
    pytest-cov's own pause, which stops its collector in one process and not in a worker)."""
    stopped = []
    if item.get_closest_marker("no_cover") is not None:
        import coverage

        while (started := coverage.Coverage.current()) is not None and len(stopped) < 8:
            started.stop()
            stopped.append(started)
    try:
        yield
    finally:
        for measure in reversed(stopped):
            measure.start()
