"""Issue #13 judged at its edges: every result type through pickle and cloudpickle (as the
workers send them), and the CLI with and without ``--scheduler``, compared by output, with
bad input failing fast (exit 2, one line, bounded by a timeout)."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import cloudpickle
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")
from scale_data import histories, url_lists

from ipprules import default_rulebook
from ipprules.checks import read_plan
from ipprules.cli import main
from ipprules.goodfaith import History, standing
from ipprules.listings import dedupe, parse_listings
from ipprules.planner import PlanLine, Settings, plan_listings

FEW = settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))


def _round_trips(value: Any) -> None:
    for dumps in (pickle.dumps, cloudpickle.dumps):
        back = pickle.loads(dumps(value))
        assert back == value and hash(back) == hash(value)


@FEW
@given(url_lists)
def test_listings_rejections_duplicates_and_plans_round_trip(texts: list[str]) -> None:
    for _, r in dedupe(parse_listings(texts)):
        _round_trips(r)
    result = plan_listings(
        [PlanLine(line=n, url=u) for n, u in enumerate(texts, start=1)],
        read_plan("examples/plan.toml"),
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit", right="tm-cn-9"),
    )
    _round_trips(result)
    for item in (*result.outcomes, *result.complaints):
        _round_trips(item)


@pytest.mark.no_cover
@FEW
@given(data=histories)
def test_standings_and_rule_books_round_trip(tmp_path_factory: Any, data: dict[str, Any]) -> None:
    book = default_rulebook()
    _round_trips(book)
    _round_trips(book.as_of("2025-01-01"))
    for account, records in data.items():
        path = tmp_path_factory.mktemp("h") / f"{account}.csv"
        rows = [{k: str(v) for k, v in r.items()} for r in records]  # counts as digits
        pd.DataFrame(rows).fillna("").to_csv(path, index=False)
        _round_trips(standing(History.from_file(path), "2024-06-01"))


URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
    "https://s.taobao.com/search?q=shoes",
    "https://detail.1688.com/offer/585943639773.html?spm=a",
    "看看 https://detail.tmall.com/item.htm?id=690091011924 好",
    "https://detail.1688.com/offer/585943639773.html?q=" + "x" * 9000,
]


def _run(argv: list[str], capsys: Any) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_scheduler_parquet_and_csv_glob_equal_the_plain_run(
    client: Any, tmp_path: Path, capsys: Any
) -> None:
    """CRLF text, a CSV glob and Parquet in; the summary equals the run without the flags and
    the Parquet out equals the rows of the plain JSON output."""
    (tmp_path / "a.txt").write_bytes(("\r\n".join(URLS) + "\r\n").encode())
    for n in range(2):
        pd.DataFrame({"url": URLS[n::2]}).to_csv(tmp_path / f"b{n}.csv", index=False)
    pd.DataFrame({"url": URLS}).to_parquet(tmp_path / "c.parquet")
    flags = ["--scheduler", client.scheduler.address]
    for name in ("a.txt", "b*.csv", "c.parquet"):
        source = str(tmp_path / name)
        if name == "a.txt":  # without the flags: no glob, no Parquet; the same URLs, same totals
            plain = _run(["listings", source, "--dedupe"], capsys)
        out = tmp_path / f"out-{name[0]}"
        scaled = _run(["listings", source, "--dedupe", *flags, "--out", str(out)], capsys)
        summary = plain[1].strip().splitlines()[-1]  # the plain run prints a table above it
        assert scaled[0] == plain[0] and scaled[1].splitlines()[0] == summary, (name, scaled)
        back = pd.read_parquet(out).sort_values(["partition", "position"])
        assert sorted(back["input"]) == sorted(URLS)
        assert (back["status"] == "duplicate").sum() == 1


@pytest.mark.parametrize("case", ["no column", "no match", "corrupt parquet", "a directory"])
def test_cli_bad_input_fails_with_one_line_before_a_cluster_starts(
    case: str, tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad input that reading it shows is refused before ``--workers`` starts a cluster
    (seconds of start-up, a dashboard line, for nothing), as ``plan --workers`` does."""
    import distributed

    def no_cluster(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a cluster was started for an input that cannot be read")

    monkeypatch.setattr(distributed, "LocalCluster", no_cluster)
    pd.DataFrame({"link2": URLS}).to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "bad.parquet").write_bytes(b"PAR1" + b"\0" * 64 + b"PAR1")
    (tmp_path / "empty").mkdir()
    source = {
        "no column": "a.csv",
        "no match": "none*.txt",
        "corrupt parquet": "bad.parquet",
        "a directory": "empty",
    }[case]
    code, out, err = _run(["listings", str(tmp_path / source), "--workers", "2"], capsys)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ipprules: error: "), err
