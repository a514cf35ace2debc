"""The CLI end to end on real clusters: ``--workers 2`` (the CLI starts a LocalCluster of 2
worker processes) and ``--scheduler`` (a LocalCluster this module starts), each compared with
the same command without the flag. The ``--workers`` commands run in one test, on one cluster
the CLI starts (each start costs seconds of CPU: since dietscale1)."""

from __future__ import annotations

import contextlib
import csv
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules.cli import main

_FORMS = [
    "https://item.taobao.com/item.htm?id={i}",
    "https://m.intl.taobao.com/detail/detail.html?id={i}&tk=x",
    "https://detail.tmall.com/item.htm?id={i}&skuId=1",
    "https://detail.1688.com/offer/{i}.html?spm=a",
    "https://www.aliexpress.com/item/1005004878{i}.html",
    "https://s.taobao.com/search?q=shoes{i}",
    "https://m.tb.cn/h.4CEhFr{i}",
    "not a url {i}",
]
_FLAGS = {"workers": ["--workers", "2"], "scheduler": []}


def _urls(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        rng.choice(_FORMS).format(i=rng.choice(("606832683", "690091011", "585943639")))
        for _ in range(n)
    ]


def _flags(how: str, client: Any) -> list[str]:
    return _FLAGS[how] or ["--scheduler", client.scheduler.address]


def _json(capsys: Any, argv: list[str]) -> tuple[int, Any]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


# (no "workers" row since scale14: ``listings --dedupe --workers 2 --out`` on the cluster the
# CLI starts is compared row for row, with its summary line, in test_cli_cluster_cluster19.py,
# and the JSON summary is the same code whichever cluster runs it; each row started a cluster)
@pytest.mark.parametrize("how", ["scheduler"])
def test_listings_cluster_run_equals_the_plain_run(
    how: str, request: Any, tmp_path: Path, capsys: Any
) -> None:
    client = request.getfixturevalue("client") if how == "scheduler" else None
    urls = _urls(60, seed=len(how))
    # a line holding a second listing: both runs count it (the plain rows also name it)
    urls.append(
        "https://item.taobao.com/item.htm?id=606832683299 "
        "https://detail.tmall.com/item.htm?id=777777777777"
    )
    source = tmp_path / "urls.txt"
    source.write_text("\n".join(urls) + "\n", encoding="utf-8")
    plain_code, plain = _json(capsys, ["listings", str(source), "--dedupe", "--format", "json"])
    assert plain["summary"]["holding_others"] >= 1
    out = tmp_path / "out"
    argv = ["listings", str(source), "--dedupe", "--format", "json", "--out", str(out)]
    code, scaled = _json(capsys, argv + _flags(how, client))
    assert code == plain_code
    # the same counts; the Parquet rows have no others column, so the line does not send the
    # reader to them (it said "see their rows" where no row named the other listings)
    assert "(see their rows)" in plain["summary"]["line"]
    assert scaled["summary"] == plain["summary"] | {
        "line": plain["summary"]["line"].replace(
            "(see their rows)", "(run without --workers to see which)"
        )
    }
    back = pd.read_parquet(out)
    assert len(back) == len(urls) == len(plain["results"])  # every input row once
    fields = ("input", "status", "platform", "id", "canonical_url", "identity", "code", "reason")
    for row, want in zip(back.to_dict("records"), plain["results"], strict=True):
        assert {k: None if row[k] is pd.NA else row[k] for k in fields} == {
            k: want[k] for k in fields
        }
        if want["status"] == "duplicate":  # one partition: the first's line is its position + 1
            assert row["first_position"] + 1 == want["duplicate_of"]


def _plan_args(source: Path, *extra: str) -> list[str]:
    return [
        "plan",
        str(source),
        "--account",
        "examples/planner-account.toml",
        "--as-of",
        "2026-11-23",
        "--reason",
        "tm_counterfeit",
        "--right",
        "tm-cn",
        "--format",
        "json",
        *extra,
    ]


@pytest.mark.parametrize("how", ["scheduler"])
def test_plan_cluster_run_equals_the_plain_run(
    how: str, request: Any, tmp_path: Path, capsys: Any
) -> None:
    _check_plan(how, request.getfixturevalue("client"), tmp_path, capsys)


def _check_plan(how: str, client: Any, tmp_path: Path, capsys: Any) -> None:
    urls = _urls(40, seed=7 + len(how))
    plain_source = tmp_path / "urls.csv"
    with plain_source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url"])
        writer.writerows([u] for u in urls)
    plain_code, plain = _json(capsys, _plan_args(plain_source))
    scaled_source = tmp_path / "rows.csv"
    pd.DataFrame({"account": ["acme"] * len(urls), "url": urls}).to_csv(scaled_source, index=False)
    out = tmp_path / "out"
    code, scaled = _json(capsys, _plan_args(scaled_source, "--out", str(out), *_flags(how, client)))
    assert code == plain_code
    want_counts = {k: plain["counts"][k] for k in ("planned", "duplicate", "rejected")}
    assert scaled["counts"] == want_counts
    assert (scaled["rulebook"], scaled["as_of"], scaled["interpretation"]) == (
        plain["rulebook"],
        plain["as_of"],
        plain["interpretation"],
    )
    assert sum(want_counts.values()) == len(urls)  # every row once
    assert scaled["complaints"] == len(plain["complaints"])
    complaints = pd.read_parquet(out / "complaints", dtype_backend="pyarrow")
    got = sorted(sorted(listings) for listings in complaints["listings"].tolist())
    assert got == sorted(sorted(c["listings"]) for c in plain["complaints"])
    outcomes = pd.read_parquet(out / "outcomes").sort_values("line")
    assert len(outcomes) == len(urls)
    assert outcomes["status"].tolist() == [line["status"] for line in plain["lines"]]


@contextlib.contextmanager
def _one_cli_cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The ``--workers`` commands run meanwhile share one cluster: the first one's, started by
    the CLI's own ``ipprules.scale.cli.cluster`` (its silenced worker logs and all), closed at
    the end. Yields the list of the clusters started (each command asks for the same count)."""
    from ipprules.scale import cli as scale_cli

    real = scale_cli.cluster
    started: list[Any] = []
    with contextlib.ExitStack() as stack:

        @contextlib.contextmanager
        def shared(workers: Any = None, scheduler: Any = None) -> Iterator[Any]:
            assert scheduler is None and workers is not None
            if not started:
                started.append((workers, stack.enter_context(real(workers, None))))
            assert started[0][0] == workers
            yield started[0][1]

        monkeypatch.setattr(scale_cli, "cluster", shared)
        yield started


def test_workers_2_gives_a_worker_side_error_and_plans_as_the_plain_run(
    tmp_path: Path, capfd: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the cluster ``--workers 2`` starts (started within this test, so its workers write
    to the captured stderr): an error only a worker can see (a bad byte in a text file) ends
    the command with exit code 2 and the file, line and column, and no worker log or
    traceback on the way; then ``plan --workers 2`` gives what ``plan`` gives (one cluster
    start for both: they were two tests, one with ``--workers 1``)."""
    with _one_cli_cluster(monkeypatch) as started:
        source = tmp_path / "urls.txt"
        source.write_bytes(b"https://item.taobao.com/item.htm?id=606832683299\n\xff\xfe junk\n")
        code = main(["listings", str(source), "--workers", "2", "--out", str(tmp_path / "out")])
        out, err = capfd.readouterr()
        assert code == 2
        assert f"{source}:2:1: $: not UTF-8 text (byte 0xff)" in err
        assert "Traceback" not in out + err
        assert not (tmp_path / "out").exists()
        planned = tmp_path / "plan"
        planned.mkdir()
        _check_plan("workers", None, planned, capfd)
        out, err = capfd.readouterr()
        assert len(started) == 1
    assert "Traceback" not in out + err
