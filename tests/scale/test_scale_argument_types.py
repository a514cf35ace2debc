"""Wrong argument types to the scale functions are TypeErrors naming the argument, raised when
the graph is built (hostile round 14's leftovers: they were taken, or failed only in a worker)."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.dataframe")

import dask.dataframe as dd
import pandas as pd

from ipprules.checks import read_plan
from ipprules.errors import IpprulesError
from ipprules.scale import plan_accounts, read_histories, read_urls, worker_rulebook

ROWS = pd.DataFrame({"account": ["a"], "url": ["https://item.taobao.com/item.htm?id=1234567890"]})


def test_worker_rulebook_refuses_what_is_not_a_rule_book() -> None:
    with pytest.raises(TypeError, match="rulebook"):
        worker_rulebook(1)  # type: ignore[arg-type]


def test_read_urls_refuses_a_column_that_is_not_text(tmp_path: object) -> None:
    with pytest.raises(TypeError, match="column"):
        read_urls("no-such-*.txt", column=[])  # type: ignore[arg-type]


def test_read_histories_refuses_a_text_column_that_is_not_text() -> None:
    with pytest.raises(TypeError, match="text"):
        read_histories("no-such-*.csv", text=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("as_of", 1),
        ("settings", "fewest"),
        ("rulebook", {}),
        ("interpretation", 2),
        ("account", 3),
        ("column", None),
    ],
)
def test_plan_accounts_refuses_wrong_types_before_anything_runs(name: str, value: object) -> None:
    frame = dd.from_pandas(ROWS, npartitions=1)
    with pytest.raises(TypeError, match=name):
        plan_accounts(frame, {}, **{name: value})  # type: ignore[arg-type]


def test_plan_accounts_refuses_an_absurd_date_before_anything_runs() -> None:
    frame = dd.from_pandas(ROWS, npartitions=1)
    with pytest.raises(IpprulesError, match="as-of date"):
        plan_accounts(frame, {}, as_of="0001-01-01")


def test_plan_accounts_still_takes_the_documented_arguments() -> None:
    import dask

    plan = read_plan("examples/plan.toml")
    frame = dd.from_pandas(ROWS, npartitions=1)
    planned = plan_accounts(frame, {"a": plan}, as_of="2026-11-23", interpretation=None)
    with dask.config.set(scheduler="synchronous"):
        outcomes = planned.outcomes.compute()
    assert outcomes["account"].tolist() == ["a"]
