"""scaleuser1: Parquet files written by pandas from an indexed frame.

``DataFrame.to_parquet`` stores the index as a column of the file (``url`` or ``account`` when
the frame is indexed by it, ``__index_level_0__`` for a filtered or reordered frame) and notes
it in pandas' metadata. The readers check the file's columns by its schema, so they must read
every such column as a column: reading pandas' metadata made it the frame's index and the
column was then missing (a ``KeyError`` from pandas, not an error of this library)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")

import pandas as pd

from ipprules.checks import read_plan
from ipprules.planner import Settings
from ipprules.scale import parse_urls, plan_accounts, read_histories, standings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://s.taobao.com/search?q=shoes",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
    "https://detail.1688.com/offer/585943639773.html",
]
SHOWN = ["partition", "position", "status", "code", "input", "first_position"]


def test_urls_of_a_parquet_file_indexed_by_url(tmp_path: Path) -> None:
    (tmp_path / "index").mkdir()
    (tmp_path / "column").mkdir()
    pd.DataFrame({"n": range(4)}, index=pd.Index(URLS, name="url")).to_parquet(
        tmp_path / "index" / "a.parquet"
    )
    pd.DataFrame({"url": URLS}).to_parquet(tmp_path / "column" / "a.parquet", index=False)
    got = parse_urls(str(tmp_path / "index" / "*.parquet")).compute(scheduler="synchronous")
    want = parse_urls(str(tmp_path / "column" / "*.parquet")).compute(scheduler="synchronous")
    assert got[SHOWN].astype(object).values.tolist() == want[SHOWN].astype(object).values.tolist()
    assert got.status.tolist() == ["listing", "rejected", "duplicate", "listing"]


def test_history_parquet_indexed_by_account(tmp_path: Path) -> None:
    csv = EXAMPLES / "history-accounts.csv"
    history = pd.read_csv(csv, dtype=str, keep_default_na=False)
    history.set_index("account").to_parquet(tmp_path / "h.parquet")
    shown = ["account", "qualifies", "takedown_rate", "complaints", "successes_needed"]
    got = standings(str(tmp_path / "h.parquet"), "2023-04-30").compute(scheduler="synchronous")
    want = standings(str(csv), "2023-04-30").compute(scheduler="synchronous")
    assert sorted(got[shown].values.tolist()) == sorted(want[shown].values.tolist())
    assert len(got) == 2


def test_planner_rows_of_a_filtered_frame(tmp_path: Path) -> None:
    rows = pd.read_csv(EXAMPLES / "planner-accounts.csv", dtype=str, keep_default_na=False)
    # a filtered frame (a row in the middle dropped): its index is written as a column
    kept = rows[~rows.url.str.contains("search")]
    assert list(kept.index) == [0, 1, 2, 3, 5, 6]
    kept.to_parquet(tmp_path / "filtered.parquet")
    kept.to_parquet(tmp_path / "plain.parquet", index=False)
    plan = read_plan(EXAMPLES / "plan.toml")
    shown = ["account", "line", "status", "code", "complaint", "duplicate_of", "url"]

    def planned(name: str) -> list[list[object]]:
        source = read_histories(str(tmp_path / name), history=False, lines="n")
        outcomes = plan_accounts(
            source, plan, as_of="2026-11-23", settings=Settings(), line="n"
        ).outcomes.compute(scheduler="synchronous")
        return outcomes.sort_values(["account", "line"])[shown].astype(object).values.tolist()

    got = planned("filtered.parquet")
    assert got == planned("plain.parquet")
    assert len(got) == 6


def test_history_parquet_of_a_filtered_frame(tmp_path: Path) -> None:
    """pandas writes a filtered frame's index as ``__index_level_0__``: not a column of the
    history (it was refused as an unknown history column)."""
    csv = EXAMPLES / "history-accounts.csv"
    history = pd.read_csv(csv, dtype=str, keep_default_na=False)
    kept = history[history.id != "A-2"]
    assert list(kept.index)[:3] == [0, 1, 3]
    kept.to_parquet(tmp_path / "filtered.parquet")
    kept.to_parquet(tmp_path / "plain.parquet", index=False)
    shown = ["account", "qualifies", "takedown_rate", "complaints", "successes_needed"]

    def table(name: str) -> list[list[object]]:
        got = standings(str(tmp_path / name), "2023-04-30").compute(scheduler="synchronous")
        return sorted(got[shown].astype(object).values.tolist())

    assert table("filtered.parquet") == table("plain.parquet")
    assert len(table("plain.parquet")) == 2
