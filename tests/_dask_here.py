"""Fixtures for tests of the ``--workers`` paths without a cluster, loaded for every test as a
plugin (``-p _dask_here`` in pyproject's ``addopts``: a second ``conftest.py`` beside
``docs/conftest.py`` would clash, the test folders not being packages).

``synchronous``: the CLI's cluster (``ipprules.scale.cli.cluster``) replaced by Dask's
synchronous scheduler, so ``--workers``/``--scheduler`` start nothing. ``synchronous_dask``:
that, and every Dask computation of the test on the synchronous scheduler.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def run_here(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", run_here)


@pytest.fixture
def synchronous_dask(synchronous: None) -> Iterator[None]:
    import dask

    with dask.config.set(scheduler="synchronous"):
        yield
