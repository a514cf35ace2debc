"""scale13: the LocalCluster that ``--workers`` starts runs its workers without distributed's
statistical profiler, whose one-second profiles (up to 1,000 kept) grew each worker's peak
memory with the run's length; a ``--scheduler`` cluster (the user's own) is left as it is.

The clusters here are stand-ins that note the Dask configuration they were made under (a
LocalCluster's nanny hands that configuration to its worker processes); the effect on real
workers is measured in docs/scaling.md."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from ipprules.scale import cli as scale_cli  # noqa: E402

_PROFILE = "distributed.worker.profile.enabled"


class _Made:
    """A stand-in for ``LocalCluster`` and ``Client``: notes the profiler setting it was
    made under."""

    seen: list[tuple[str, Any]] = []  # noqa: RUF012
    dashboard_link = "http://127.0.0.1:0/status"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _Made.seen.append((type(self).__name__, dask.config.get(_PROFILE)))

    def __enter__(self) -> _Made:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class _Cluster(_Made):
    pass


class _Client(_Made):
    pass


@pytest.mark.parametrize("users", [True, False])
def test_the_workers_the_cli_starts_have_no_profiler(
    users: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(distributed, "LocalCluster", _Cluster)
    monkeypatch.setattr(distributed, "Client", _Client)
    _Made.seen.clear()
    with dask.config.set({_PROFILE: users}), scale_cli.cluster(workers=2) as client:
        assert isinstance(client, _Client)
        assert dask.config.get(_PROFILE) is users  # only the cluster's making is changed
    assert _Made.seen[0] == ("_Cluster", False)
    assert "Dask dashboard" in capsys.readouterr().err


def test_a_users_scheduler_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    @contextlib.contextmanager
    def connected(module: Any, address: str) -> Iterator[str]:
        seen.append(dask.config.get(_PROFILE))
        yield address

    monkeypatch.setattr(scale_cli, "_connected", connected)
    with dask.config.set({_PROFILE: True}), scale_cli.cluster(scheduler="tcp://h:8786") as got:
        assert got == "tcp://h:8786"
    assert seen == [True]
