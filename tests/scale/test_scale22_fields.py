"""Issue #13, field by field (scale22): every field of the one-machine answers is a column of
the Dask path's rows, or one docs/scaling.md names as left out, and the values are equal, row
for row: ``standings`` against ``standing(...).to_dict()`` per account (the Standing fields
added lately: the window, the abuse bar, the rule record, its rules, sources and confidence,
the rule book), ``parse_urls`` against ``dedupe(parse_listings(...))``'s ``to_dict()`` and
``plan_accounts`` against ``plan_listings(...).to_dict()`` per account, under a non-default
interpretation, a user rule file, an ``as_of`` at the Good Faith criteria's effective date,
accounts locked out, duplicates across partitions and empty partitions. Synchronous scheduler
with Hypothesis; once on the suite's 2-process cluster."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_cluster import cluster_client  # noqa: E402, F401  (the fixture "client")
from scale_data import histories, url_lists  # noqa: E402

import ipprules  # noqa: E402
from ipprules.checks import read_plan  # noqa: E402
from ipprules.goodfaith import History, standing  # noqa: E402
from ipprules.listings import Duplicate, dedupe, parse_listings  # noqa: E402
from ipprules.planner import PlanLine, Settings, plan_listings  # noqa: E402
from ipprules.scale import (  # noqa: E402
    COLUMNS,
    COMPLAINT_COLUMNS,
    OUTCOME_COLUMNS,
    STANDING_COLUMNS,
    parse_urls,
    plan_accounts,
    standings,
)

FEW = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
DOCS = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"
USER_RULES = "examples/rules-override.toml"
#: the Good Faith criteria of 2022 take effect on this day (2018's the day before)
EDGE = dt.date(2022, 4, 15)

#: Standing.to_dict() keys with no column of their own, as docs/scaling.md says
STANDING_LEFT_OUT = {"trial", "counts", "criteria", "reason_codes"}
#: the standings column of each nested field of to_dict()
STANDING_NESTED = {
    ("headroom", "failures"): "headroom_failures",
    ("headroom", "counter_notices"): "headroom_counter_notices",
    ("path", "successes"): "successes_needed",
    ("path", "volume"): "volume_needed",
    ("path", "declaration_missing"): "declaration_missing",
    ("path", "locked_until"): "locked_until",
    ("path", "failures_clear_on"): "failures_clear_on",
    ("path", "rates_pass_on"): "rates_pass_on",
    ("path", "rates_outlook"): "rates_outlook",
    ("path", "rates_fail_on"): "rates_fail_on",
    ("path", "abuse_bar"): "abuse_bar",
    ("path", "abuse_clears_on"): "abuse_clears_on",
    ("path", "qualify_under"): "qualify_under",
}


def _plain(value: Any) -> Any:
    """A cell as to_dict() gives it: dates as ISO text, lists as lists, <NA> as None."""
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        return [_plain(v) for v in list(value)]
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@functools.cache
def _user_book() -> Any:
    return ipprules.load_rulebook(USER_RULES)


def _expected_standing(account: str, data: dict[str, Any], complaints: int) -> dict[str, Any]:
    """The standings row of one account, every column from ``standing(...).to_dict()``."""
    rate = next((c for c in data["criteria"] if c["name"] == "takedown_rate"), None)
    row: dict[str, Any] = {"account": account, "complaints": complaints}
    for key, value in data.items():
        if isinstance(value, dict) and key in ("headroom", "path"):
            row |= {STANDING_NESTED[(key, k)]: v for k, v in value.items()}
        elif key not in STANDING_LEFT_OUT:
            row[key] = value
    row["takedown_rate"] = None if rate is None else rate["value"]
    row["criteria_failed"] = [c["name"] for c in data["criteria"] if not c["met"]]
    return row


def test_every_standing_field_is_a_column_or_documented_left_out() -> None:
    history = History.from_file("examples/history.csv")
    data = standing(history, "2023-03-31").to_dict()
    columns = {name for name, _ in STANDING_COLUMNS}
    for key, value in data.items():
        if key in STANDING_LEFT_OUT:
            assert f"`{key}`" in DOCS.read_text(encoding="utf-8"), key
        elif key in ("headroom", "path"):
            assert {STANDING_NESTED[(key, k)] for k in value} <= columns, key
        else:
            assert key in columns, key


def _history_frame(drawn: dict[str, list[dict[str, Any]]]) -> pd.DataFrame:
    rows = [{"account": a} | {k: str(v) for k, v in r.items()} for a, rs in drawn.items() for r in rs]
    frame = pd.DataFrame(rows).fillna("")
    return frame.astype("string")


def _one_machine_standings(
    frame: pd.DataFrame, as_of: dt.date, interpretation: str | None, book: Any
) -> dict[str, dict[str, Any]]:
    out = {}
    for account, rows in frame.groupby("account", sort=False):
        text = rows.drop(columns="account").to_csv(index=False)
        path = Path("/tmp") / f"scale22-{account}.csv"
        path.write_text(text, encoding="utf-8")
        history = History.from_file(path)
        s = standing(history, as_of, interpretation=interpretation, rulebook=book)
        out[str(account)] = _expected_standing(str(account), s.to_dict(), history.complaints)
    return out


def _standings_equal(
    drawn: dict[str, list[dict[str, Any]]], as_of: dt.date, interpretation: str | None,
    user: bool, scheduler: Any,
) -> None:
    frame = _history_frame(drawn)
    book = _user_book() if user else None
    parts = dd.from_pandas(frame, npartitions=min(3, len(frame)))
    got = standings(parts, as_of, interpretation=interpretation, rulebook=book)
    table = got.compute(scheduler=scheduler)
    expected = _one_machine_standings(frame, as_of, interpretation, book)
    assert sorted(table["account"]) == sorted(expected)  # every account once
    for record in table.to_dict("records"):
        want = expected[record["account"]]
        have = {k: _plain(v) for k, v in record.items() if k != "takedown_rate_float"}
        assert have == want


@FEW
@given(
    histories,
    st.sampled_from([EDGE - dt.timedelta(days=1), EDGE, dt.date(2023, 6, 30), dt.date(2024, 5, 1)]),
    st.sampled_from([None, "official", "brief-at-least-100"]),
    st.booleans(),
)
def test_standings_equal_one_machine_field_by_field(
    drawn: dict[str, list[dict[str, Any]]], as_of: dt.date, interpretation: str | None,
    user: bool,
) -> None:
    _standings_equal(drawn, as_of, interpretation, user, "synchronous")
