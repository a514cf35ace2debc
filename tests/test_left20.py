"""left20: pandas users' left-overs: a Series' index in the planner's frame, float ids in a
URL's path, full-width query marks, a missing count in a history frame."""

from __future__ import annotations

import pandas as pd

import ipprules
from ipprules.planner import Settings, plan_listings

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _plan(lines: object) -> ipprules.planner.PlanningResult:
    plan = ipprules.read_plan("examples/planner-account.toml")
    return plan_listings(
        lines,  # type: ignore[arg-type]
        plan,
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit"),
    )


def test_planner_frame_keeps_the_series_index() -> None:
    df = pd.DataFrame({"url": [_URL, None, "not a url", _URL]}, index=[10, 20, 30, 40])
    frame = _plan(df["url"].dropna()).to_frame()
    assert frame.index.tolist() == [10, 30, 40]
    assert frame["line"].tolist() == [1, 2, 3]
    joined = df.join(frame[["status"]])
    assert joined.loc[30, "status"] == "rejected"
    assert joined.loc[40, "status"] == "duplicate"
    assert pd.isna(joined.loc[20, "status"])


def test_planner_frame_of_a_list_is_numbered_from_0() -> None:
    assert _plan([_URL, "x"]).to_frame().index.tolist() == [0, 1]
