"""Issue #13 judged for many accounts: the planner and Good Faith at scale against
``plan_listings`` and ``standing`` per account alone, over layouts the other tests do not
draw (an account spread over every partition or alone in one, one-row partitions, thousands
of tiny accounts, rows of accounts without a plan, histories across criteria versions in
random order, one account split over the files of a glob)."""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections import Counter
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")
from scale_data import complaints, events, urls

from ipprules.checks import read_plan
from ipprules.goodfaith import History, standing
from ipprules.planner import PlanLine, Settings, plan_listings
from ipprules.scale import plan_accounts, standing_row, standings

PLAN = read_plan("examples/plan.toml")
SETTINGS = Settings(reason="tm_counterfeit", right="tm-cn-9")
AS_OF = "2026-11-23"
FEW = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
ONE = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))


def _parts(frame: pd.DataFrame, sizes: list[int]) -> dd.DataFrame:
    """``frame`` cut into partitions of ``sizes`` rows (0 makes an empty partition)."""
    bounds, at = [], 0
    for size in sizes:
        bounds.append((at, min(at + size, len(frame))))
        at = bounds[-1][1]
    bounds.append((at, len(frame)))
    pieces = [frame.iloc[a:b] for a, b in bounds]
    return dd.from_map(lambda p: p, pieces, meta=frame.iloc[:0], enforce_metadata=False)


@functools.cache
def _alone_plan(mine: tuple[str, ...]) -> Any:
    """``plan_listings`` for one account's URLs alone (accounts with the same URLs share it)."""
    lines = [PlanLine(line=n, url=u) for n, u in enumerate(mine, start=1)]
    return plan_listings(lines, PLAN, as_of=AS_OF, settings=SETTINGS)


def _plan_check(pairs: list[tuple[str, str]], frame: dd.DataFrame, scheduler: Any) -> None:
    plans = {a: PLAN for a, _ in pairs if not a.startswith("ghost")}
    planned = plan_accounts(frame, plans, as_of=AS_OF, settings=SETTINGS)
    outcomes, made = dask.compute(planned.outcomes, planned.complaints, scheduler=scheduler)
    # conservation, overall and per account: planned + duplicate + rejected = input rows
    assert len(outcomes) == len(pairs)
    assert set(outcomes["status"]) <= {"planned", "duplicate", "rejected"}
    assert Counter(outcomes["account"]) == Counter(a for a, _ in pairs)
    assert len(set(zip(outcomes["partition"], outcomes["position"], strict=True))) == len(pairs)
    urls_of: dict[str, list[str]] = {}
    for a, u in pairs:
        urls_of.setdefault(a, []).append(u)
    outcome_of = dict(iter(outcomes.sort_values(["account", "line"]).groupby("account")))
    made_of = dict(iter(made.groupby("account")))
    for account, mine in urls_of.items():
        got = outcome_of[account]
        assert got["line"].tolist() == list(range(1, len(mine) + 1))
        assert got["url"].tolist() == mine
        if account not in plans:
            assert set(got["code"]) == {"unknown-account"} and account not in made_of
            continue
        alone = _alone_plan(tuple(mine))
        assert got["status"].tolist() == [o.status.value for o in alone.outcomes]
        mine_c = made_of.get(account, made.iloc[:0])
        assert mine_c["complaint"].tolist() == [p.complaint.id for p in alone.complaints]
        assert [list(x) for x in mine_c["listings"]] == [
            list(p.complaint.listings) for p in alone.complaints
        ]


accounts = st.sampled_from(["a1", "a2", "a3", "solo", "ghost"])


@pytest.mark.no_cover
@FEW
@given(
    st.lists(st.tuples(accounts, urls()), min_size=1, max_size=30),
    st.lists(st.integers(0, 3), max_size=12),
)
def test_accounts_over_many_partitions_and_one_row_partitions(
    pairs: list[tuple[str, str]], sizes: list[int]
) -> None:
    frame = pd.DataFrame({"account": [a for a, _ in pairs], "url": [u for _, u in pairs]})
    _plan_check(pairs, _parts(frame, sizes), "synchronous")


@pytest.mark.no_cover
def test_many_tiny_accounts_on_a_local_cluster(client: Any) -> None:
    rng = random.Random(13)
    ids = ["690091011924", "606832683299", "585943639773"]
    pairs = []
    for n in range(100):  # ~35 ms of planner per account: see the sweep report
        for _ in range(rng.choice((1, 1, 2, 3))):
            pairs.append((f"acct{n}", f"https://detail.tmall.com/item.htm?id={rng.choice(ids)}"))
    pairs += [("ghost9", "https://detail.tmall.com/item.htm?id=690091011924")]
    rng.shuffle(pairs)
    frame = pd.DataFrame({"account": [a for a, _ in pairs], "url": [u for _, u in pairs]})
    _plan_check(pairs, dd.from_pandas(frame, npartitions=7), client)


# ----------------------------------------------------------------------- Good Faith


def _history_rows(data: dict[str, list[dict[str, Any]]], seed: int) -> pd.DataFrame:
    rows = [
        {k: ("" if v is None else str(v)) for k, v in r.items()} | {"account": account}
        for account, records in data.items()
        for r in records
    ]
    random.Random(seed).shuffle(rows)  # accounts interleaved; an account's rows kept in order?
    return pd.DataFrame(rows).fillna("")


def _in_order(frame: pd.DataFrame, account: str) -> list[dict[str, str]]:
    return [
        {k: v for k, v in r.items() if k != "account"}
        for r in frame[frame["account"] == account].to_dict("records")
    ]


def _alone(rows: list[dict[str, str]], path: Path) -> History:
    """The account's rows as a history file of its own, read by ``History.from_file``."""
    columns = sorted({k for r in rows for k in r}, key=lambda c: (c != "type", c != "date", c))
    pd.DataFrame(rows, columns=columns).fillna("").to_csv(path, index=False)
    return History.from_file(path)


@st.composite
def spanning(draw: st.DrawFn) -> dict[str, Any]:
    """Complaints and events from 2021 to 2026, across the criteria's versions."""
    out: dict[str, Any] = {}
    for name in draw(st.sets(st.sampled_from(["acme", "lumen", "north", "zeta"]), min_size=1)):
        records = draw(st.lists(st.one_of(complaints(), complaints(), events()), max_size=6))
        for r in records:
            r["date"] = r["date"] + dt.timedelta(days=draw(st.integers(-700, 1400)))
        out[name] = records or [draw(complaints())]
    return out


def _standing_check(frame: pd.DataFrame, got: pd.DataFrame, as_of: Any, tmp: Path) -> None:
    assert sorted(got["account"]) == sorted(set(frame["account"]))
    for account in sorted(set(frame["account"])):
        history = _alone(_in_order(frame, account), tmp / f"{account}.csv")
        want = standing_row(account, standing(history, as_of), history.complaints)
        row = got[got["account"] == account].iloc[0].to_dict()
        have = {k: (None if v is None or pd.isna(v) is True else v) for k, v in row.items()}
        for name in ("criteria_failed", "other_readings", "notes"):
            have[name] = list(have[name])
        assert have == want


@pytest.mark.no_cover
@FEW
@given(
    spanning(),
    st.integers(0, 99),
    st.integers(1, 6),
    st.dates(dt.date(2022, 1, 1), dt.date(2027, 12, 31)),
)
def test_standings_across_criteria_versions_in_random_order(
    tmp_path_factory: Any, data: dict[str, Any], seed: int, parts: int, as_of: dt.date
) -> None:
    frame = _history_rows(data, seed)
    ddf = dd.from_pandas(frame, npartitions=min(parts, len(frame)))
    (got,) = dask.compute(standings(ddf, as_of), scheduler="synchronous")
    _standing_check(frame, got, as_of, tmp_path_factory.mktemp("alone"))


@ONE
@given(spanning(), st.integers(0, 99), st.dates(dt.date(2022, 1, 1), dt.date(2027, 12, 31)))
def test_one_account_split_over_the_files_of_a_glob(
    client: Any, tmp_path_factory: Any, data: dict[str, Any], seed: int, as_of: dt.date
) -> None:
    frame = _history_rows(data, seed)
    folder = tmp_path_factory.mktemp("glob")
    columns = list(frame.columns)
    for n, start in enumerate(range(0, len(frame), 3)):
        frame.iloc[start : start + 3].to_csv(folder / f"h{n:03}.csv", index=False, columns=columns)
    (got,) = dask.compute(standings(str(folder / "*.csv"), as_of), scheduler=client)
    _standing_check(frame, got, as_of, tmp_path_factory.mktemp("alone"))


def test_an_account_with_no_rows_has_no_standing_row() -> None:
    frame = _history_rows({"acme": [{"type": "declaration", "date": dt.date(2024, 1, 2)}]}, 0)
    ddf = dd.from_pandas(frame, npartitions=1)
    (got,) = dask.compute(standings(ddf[ddf["account"] == "nobody"], AS_OF), scheduler="sync")
    assert len(got) == 0 and list(got.columns) == list(standings(ddf, AS_OF)._meta.columns)
