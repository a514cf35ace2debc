"""scale17: the LocalCluster that ``--workers`` starts checks its event loop once a second, not
distributed's 50 times a second (each check wakes a worker's event loop, which takes the GIL
from the thread parsing a partition), and ``benchmarks/scale.py`` takes its figures on a
cluster made under the CLI's configuration (before, its workers ran the statistical profiler).

The stand-ins are test_scale13's, also noting the tick interval; the effect on real workers is
measured in docs/scaling.md."""

from __future__ import annotations

from typing import Any

import pytest

from _scripts import load

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from test_scale13_cluster_profiler import _PROFILE, _Client, _Cluster  # noqa: E402

from ipprules.scale import cli as scale_cli  # noqa: E402

_TICK = "distributed.admin.tick.interval"


class _Ticked(_Cluster):
    """test_scale13's stand-in cluster, noting the tick interval and profiler it was made under."""

    made: list[tuple[Any, Any]] = []  # noqa: RUF012

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _Ticked.made.append((dask.config.get(_TICK), dask.config.get(_PROFILE)))


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    monkeypatch.setattr(distributed, "LocalCluster", _Ticked)
    monkeypatch.setattr(distributed, "Client", _Client)
    _Ticked.made.clear()
    return _Ticked.made


def test_the_cli_cluster_checks_its_event_loop_once_a_second(
    made: list[tuple[Any, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    with dask.config.set({_TICK: "20ms"}), scale_cli.cluster(workers=2):
        assert dask.config.get(_TICK) == "20ms"  # only the cluster's making is changed
    assert made == [("1s", False)]
    capsys.readouterr()


def test_the_benchmark_cluster_is_made_as_the_cli_makes_its(made: list[tuple[Any, Any]]) -> None:
    scale = load("benchmarks/scale.py")
    with dask.config.set({_TICK: "20ms", _PROFILE: True}), scale._cluster(2):
        pass
    config = scale_cli.LOCAL_CLUSTER_CONFIG
    assert made == [(config[_TICK], config[_PROFILE])] == [("1s", False)]
