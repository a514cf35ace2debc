"""One 2-process ``distributed.LocalCluster`` for every scale test module (started once, on
first use, closed when the test run ends). Import the fixture: ``from scale_cluster import
cluster_client``, then ask for ``client``."""

from __future__ import annotations

import atexit
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

_STARTED: list[Any] = []


def _close() -> None:
    while _STARTED:
        _STARTED.pop().close()


@pytest.fixture(name="client")
def cluster_client() -> Any:
    """A client of a LocalCluster with 2 worker processes of 1 thread (not the default
    scheduler: tests pass it explicitly, so nothing else runs on it by accident)."""
    if not _STARTED:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        )
        _STARTED.append(cluster)
        _STARTED.append(Client(cluster, set_as_default=False))
        atexit.register(_close)
    return _STARTED[-1]
