"""A failed or interrupted ``--workers`` run removes what it wrote into ``--out`` only once
the cluster is closed: a worker still writing when Ctrl-C came wrote its part after the
clean-up, and the part was left, to be read back as a whole result."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import pytest

import ipprules.scale.cli as scale_cli
from ipprules.cli import main

PLAN = "examples/plan.toml"


def _late_writer(out: Path, log: list[str]) -> Any:
    @contextlib.contextmanager
    def cluster(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        try:
            yield "synchronous"
        finally:  # a worker's write that lands while the cluster shuts down
            (out / "part.9.parquet").write_bytes(b"PAR1")
            log.append("closed")

    return cluster


def _interrupted(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_out_is_cleaned_after_the_cluster_closed(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    urls = tmp_path / "urls.csv"
    urls.write_text(
        "account,url\nacme,https://item.taobao.com/item.htm?id=606832683299\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    out.mkdir()
    log: list[str] = []
    monkeypatch.setattr(scale_cli, "cluster", _late_writer(out, log))
    monkeypatch.setattr(dask, "compute", _interrupted)
    if command == "listings":
        argv = ["listings", str(urls), "--workers", "1", "--out", str(out)]
    else:
        argv = ["plan", str(urls), "--account", PLAN, "--as-of", "2026-11-23"]
        argv += ["--workers", "1", "--out", str(out)]
    code = main(argv)
    assert code == 130, capsys.readouterr().err
    assert log == ["closed"]
    assert list(out.iterdir()) == []  # (an --out that holds files is refused before)
