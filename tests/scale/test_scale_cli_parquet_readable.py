"""``ipprules plan --workers ... --out DIR`` writes Parquet that pandas' default reader reads.

Before, the complaints' ``listings`` and ``lines`` (Arrow lists) were written with the pandas
dtype ``list<item: ...>[pyarrow]`` in each file's metadata, which ``pd.read_parquet(DIR)`` (and
``dd.read_parquet``) cannot parse back: a ``TypeError`` on the command's own output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules.cli import main

dd = pytest.importorskip("dask.dataframe")


def _plan(client: Any, tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "lumen.toml").write_text(
        Path("examples/plan.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    rows = pd.DataFrame(
        {
            "account": ["lumen", "lumen", "lumen"],
            "url": [
                "https://detail.tmall.com/item.htm?id=690091011924",
                "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
                "https://detail.tmall.com/item.htm?id=690091011925",
            ],
        }
    )
    rows.to_parquet(tmp_path / "rows.parquet")
    out = tmp_path / "out"
    code = main(
        [
            "plan",
            str(tmp_path / "rows.parquet"),
            "--account",
            str(plans),
            "--as-of",
            "2026-11-23",
            "--reason",
            "tm_counterfeit",
            "--right",
            "tm-cn-9",
            "--scheduler",
            client.scheduler.address,
            "--out",
            str(out),
        ]
    )
    assert code in (0, 1)
    return out


def test_complaints_read_back_with_the_default_readers(
    client: Any, tmp_path: Path, capsys: Any
) -> None:
    out = _plan(client, tmp_path)
    capsys.readouterr()
    arrow = pd.read_parquet(out / "complaints", dtype_backend="pyarrow")
    plain = pd.read_parquet(out / "complaints")  # was: TypeError, dtype not understood
    lazy = dd.read_parquet(out / "complaints").compute()
    expected = [list(v) for v in arrow["lines"].tolist()]
    assert expected == [[1, 3]]  # one complaint of the two listings; line 2 repeats line 1
    assert [list(v) for v in plain["lines"]] == expected == [list(v) for v in lazy["lines"]]
    assert [list(v) for v in plain["listings"]] == [list(v) for v in arrow["listings"]]
    assert plain["complaint"].tolist() == arrow["complaint"].tolist() == ["c001"]
    # the files still hold Arrow lists: the pyarrow reader gives them their list type
    assert str(arrow["lines"].dtype).startswith("list<")
    assert str(arrow["listings"].dtype).startswith("list<")
