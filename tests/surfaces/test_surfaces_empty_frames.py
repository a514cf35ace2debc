"""An empty input gives an empty frame with the columns (and dtypes) a non-empty one has.

A notebook concatenates frames, filters them, or selects a column of one without first
asking whether anything came back: ``result.to_frame()["duplicate_of"]`` must not be a
``KeyError`` because the input happened to hold no line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import ipprules
from ipprules.lifecycle import EventRecord

pd = pytest.importorskip("pandas")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = "2026-11-23"


def _urls() -> list[str]:
    return (EXAMPLES / "urls.txt").read_text(encoding="utf-8").splitlines()


def _report(empty: bool) -> Any:
    plan = ipprules.read_plan(EXAMPLES / "plan.toml")
    if empty:  # the cleanest plan there is: one complaint-free account and no finding
        plan = attrs.evolve(plan, complaints=(), rights=())
        report = ipprules.check(plan, as_of=AS_OF)
        return attrs.evolve(report, findings=())
    return ipprules.check(plan, as_of=AS_OF)


def _listings(empty: bool) -> Any:
    return ipprules.parse_listings([] if empty else _urls())


def _planning(empty: bool) -> Any:
    account = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    return ipprules.plan_listings([] if empty else _urls(), account, as_of=AS_OF)


def _coverage(empty: bool) -> Any:
    portfolio = ipprules.read_plan(EXAMPLES / "portfolio.toml")
    if empty:
        portfolio = attrs.evolve(portfolio, rights=(), complaints=())
    return ipprules.coverage(portfolio, as_of=AS_OF)


def _lifecycle(empty: bool) -> Any:
    events = [
        EventRecord("ipr_verified", on="2024-06-03"),
        EventRecord("takedown", on="2024-06-04"),
    ]
    return ipprules.lifecycle_report([] if empty else events)


def _advice(empty: bool) -> Any:
    advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"], as_of=AS_OF)
    return attrs.evolve(advice, admissible=(), not_admissible=()) if empty else advice


RESULTS: dict[str, Callable[[bool], Any]] = {
    "Advice": _advice,
    "Report": _report,
    "ParseResults": _listings,
    "PlanningResult": _planning,
    "Coverage": _coverage,
    "LifecycleReport": _lifecycle,
}


def _inferred_text(dtype: Any) -> bool:
    """A column left to pandas' inference that holds text: ``object`` when empty."""
    return pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_an_empty_result_gives_the_columns_and_dtypes_of_a_full_one(name: str) -> None:
    full = RESULTS[name](False).to_frame()
    empty = RESULTS[name](True).to_frame()
    assert len(full) > 0 and len(empty) == 0
    assert list(empty.columns) == list(full.columns)
    differ = {
        column: (str(full[column].dtype), str(empty[column].dtype))
        for column in full.columns
        if str(full[column].dtype) != str(empty[column].dtype)
        and not (
            _inferred_text(full[column].dtype) and pd.api.types.is_object_dtype(empty[column].dtype)
        )
    }
    assert not differ


def test_an_empty_planning_frame_selects_its_columns() -> None:
    frame = _planning(True).to_frame()
    assert frame["duplicate_of"].dtype == "Int64"
    assert frame["line"].dtype == "int64"
    assert list(frame.columns) == list(ipprules.planner.RECORD_COLUMNS)


def test_an_empty_listings_frame_keeps_ok_a_bool() -> None:
    frame = _listings(True).to_frame()
    assert frame["ok"].dtype == bool
    assert frame[frame["ok"]].empty
