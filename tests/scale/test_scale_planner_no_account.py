"""Rows that name no account are planned for none: ``no-account``, whatever the plans.

``plan_accounts`` with one plan for every account planned the rows with an empty or missing
account as an account of their own (complaints under account ``""`` or ``<NA>``); with plans
by account it called them ``unknown-account`` ("no plan was given for this account"). Both
now reject them with ``no-account``, row by row, every input row still out exactly once, as
the Good Faith side refuses a history row without an account (no standing for nobody).
"""

from __future__ import annotations

from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scale_data import urls

from ipprules.checks import read_plan
from ipprules.cli import main
from ipprules.planner import PlanLine, Settings, plan_listings
from ipprules.scale import NO_ACCOUNT, UNKNOWN_ACCOUNT, plan_accounts

PLAN = read_plan("examples/plan.toml")
SETTINGS = Settings(reason="tm_counterfeit", right="tm-cn-9")
AS_OF = "2026-11-23"
NAMELESS = ("", None)

accounts = st.sampled_from(["lumen", "acme", "", None])


@pytest.mark.no_cover
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    pairs=st.lists(st.tuples(accounts, urls()), min_size=1, max_size=30),
    by_account=st.booleans(),
    parts=st.integers(1, 3),
)
def test_rows_without_an_account_are_rejected_whatever_the_plans(
    pairs: list[tuple[Any, str]], by_account: bool, parts: int
) -> None:
    frame = dd.from_pandas(
        pd.DataFrame({"account": [a for a, _ in pairs], "url": [u for _, u in pairs]}),
        npartitions=min(parts, len(pairs)),
    )
    plans: Any = {"lumen": PLAN} if by_account else PLAN
    planned = plan_accounts(frame, plans, as_of=AS_OF, settings=SETTINGS)
    with dask.config.set(scheduler="synchronous"):
        outcomes, complaints, results = dask.compute(
            planned.outcomes, planned.complaints, planned.results
        )
    assert len(outcomes) == len(pairs)  # every input row exactly once
    nameless = outcomes[outcomes["account"].isna() | (outcomes["account"] == "")]
    assert len(nameless) == sum(a in NAMELESS for a, _ in pairs)
    assert set(nameless["status"]) <= {"rejected"}
    assert set(nameless["code"]) <= {NO_ACCOUNT}
    assert all(name not in NAMELESS for name, _ in results)
    assert not (complaints["account"].isna() | (complaints["account"] == "")).any()
    for name in ("lumen", "acme"):
        mine = [u for a, u in pairs if a == name]
        got = outcomes[outcomes["account"] == name]
        if name == "acme" and by_account:
            assert list(got["code"]) == [UNKNOWN_ACCOUNT] * len(mine)
        elif mine:
            alone = plan_listings(
                [PlanLine(line=n, url=u) for n, u in enumerate(mine, start=1)],
                PLAN,
                as_of=AS_OF,
                settings=SETTINGS,
            )
            assert dict(results)[name] == alone


@pytest.mark.parametrize("cell", ["", None])
def test_one_plan_for_every_account_plans_no_row_without_one(cell: Any) -> None:
    url = "https://item.taobao.com/item.htm?id=606832683299"
    frame = dd.from_pandas(pd.DataFrame({"account": ["acme", cell], "url": [url, url]}), 1)
    planned = plan_accounts(frame, PLAN, as_of=AS_OF, settings=SETTINGS)
    with dask.config.set(scheduler="synchronous"):
        outcomes = planned.outcomes.compute()
    rows = outcomes.sort_values("position")[["status", "code", "message"]].values.tolist()
    assert rows[0][0] == "planned"
    assert rows[1] == [
        "rejected",
        NO_ACCOUNT,
        "the row names no account (its account cell is empty): it is planned for none",
    ]


def test_explain_knows_the_account_codes(capsys: pytest.CaptureFixture[str]) -> None:
    for code in (NO_ACCOUNT, UNKNOWN_ACCOUNT):
        assert main(["explain", code]) == 0
        out = capsys.readouterr().out
        assert out.startswith(f"{code} (rejected): ") and "How to fix:" in out
