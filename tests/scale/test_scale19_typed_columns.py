"""A Dask DataFrame whose declared column types cannot hold a URL or an account (scale19).

A URL column of whole numbers or booleans (``dd.read_csv`` infers ``int64`` for a column of
digits), or an account column of booleans, was taken when the graph was built and refused
with a ``TypeError`` in every worker's task (on a distributed cluster, a "Compute Failed"
traceback in each worker's log). Its type is known up front: it is refused when
:func:`parse_urls`, :func:`plan_accounts` or :func:`standings` is called. Columns that can
hold missing values (floats: a column of blank cells; nullable integers) are still read row
by row, as before. Synchronous scheduler."""

from __future__ import annotations

from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")

from ipprules.checks import read_plan  # noqa: E402
from ipprules.planner import Settings  # noqa: E402
from ipprules.scale import parse_urls, plan_accounts, standings  # noqa: E402

pytestmark = pytest.mark.usefixtures("synchronous_dask")

URL = "https://item.taobao.com/item.htm?id=606832683299"
NOT_TEXT = {
    "int64": [1, 2, 3],
    "uint8": pd.Series([1, 2, 3], dtype="uint8"),
    "bool": [True, False, True],
}


def _plan(rows: Any) -> Any:
    table = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    frame = dd.from_pandas(table, npartitions=2)
    return plan_accounts(
        frame,
        {"a": read_plan("examples/plan.toml"), "1": read_plan("examples/plan.toml")},
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit", right="tm-cn-9"),
    )


@pytest.mark.parametrize("dedupe", [True, False])
@pytest.mark.parametrize("kind", sorted(NOT_TEXT))
def test_a_url_column_of_numbers_is_refused_when_called(kind: str, dedupe: bool) -> None:
    frame = dd.from_pandas(pd.DataFrame({"url": NOT_TEXT[kind]}), npartitions=2)
    with pytest.raises(TypeError, match=f"the URL column holds {kind} values, not text"):
        parse_urls(frame, dedupe=dedupe)
    with pytest.raises(TypeError, match=f"the URL column holds {kind} values, not text"):
        parse_urls(frame["url"], dedupe=dedupe)


def test_url_columns_that_can_hold_missing_values_are_still_read_row_by_row() -> None:
    blank = dd.from_pandas(pd.DataFrame({"url": [float("nan")] * 3}), npartitions=2)
    assert parse_urls(blank).compute()["code"].tolist() == ["empty"] * 3
    numbers = pd.Series([pd.NA, pd.NA], dtype="Int64")
    out = parse_urls(dd.from_pandas(pd.DataFrame({"url": numbers}), npartitions=1))
    assert out.compute()["code"].tolist() == ["empty"] * 2


@pytest.mark.parametrize("kind", sorted(NOT_TEXT))
def test_a_planner_url_column_of_numbers_is_refused_when_called(kind: str) -> None:
    with pytest.raises(TypeError, match=f"the url column holds {kind} values, not text"):
        _plan({"account": ["a"] * 3, "url": NOT_TEXT[kind]})


def test_a_planner_account_column_of_booleans_is_refused_when_called() -> None:
    with pytest.raises(
        TypeError, match="the account column holds a bool in every row: an account is text"
    ):
        _plan({"account": [True, False], "url": [URL, URL]})
    # whole numbers are account names (their digits), as before
    planned = _plan({"account": [1, 2], "url": [URL, URL]})
    out = planned.outcomes.compute().sort_values("account")
    assert out[["account", "status"]].values.tolist() == [["1", "planned"], ["2", "rejected"]]


def test_a_history_account_column_of_booleans_is_refused_when_called() -> None:
    rows = {
        "type": ["complaint"] * 2,
        "date": ["2023-03-01"] * 2,
        "platform": ["taobao"] * 2,
        "reason_code": ["tm_counterfeit"] * 2,
        "listings": ["3", "3"],
        "taken_down": ["3", "3"],
    }
    frame = dd.from_pandas(pd.DataFrame({"account": [True, False], **rows}), npartitions=2)
    with pytest.raises(
        TypeError, match="the account column holds a bool in every row: an account is text"
    ):
        standings(frame, "2023-06-30")
    numbered = dd.from_pandas(pd.DataFrame({"account": [7, 8], **rows}), npartitions=2)
    assert sorted(standings(numbered, "2023-06-30").compute()["account"]) == ["7", "8"]


HISTORY = {
    "type": "complaint",
    "date": "2023-03-01",
    "platform": "taobao",
    "reason_code": "tm_counterfeit",
    "listings": "3",
    "taken_down": "3",
}


@pytest.mark.parametrize("dedupe", [True, False])
def test_a_url_column_named_twice_is_refused_when_called(dedupe: bool) -> None:
    """Two columns named ``url`` in your own frame: an AttributeError in a worker with
    ``dedupe`` (without, each partition said it)."""
    from ipprules.errors import InputError

    twice = pd.DataFrame([[URL, "x"], [URL, "y"]], columns=["url", "url"])
    with pytest.raises(InputError, match="2 columns named 'url': which holds the URLs"):
        parse_urls(dd.from_pandas(twice, npartitions=2), dedupe=dedupe)
    # another column named twice is not read: no matter
    other = pd.DataFrame([[URL, "x", "y"]], columns=["url", "seller", "seller"])
    assert parse_urls(dd.from_pandas(other, npartitions=1)).compute()["status"].tolist() == [
        "listing"
    ]


@pytest.mark.parametrize("twice", ["account", "url", "confidence", "line"])
def test_a_planner_column_named_twice_is_refused_when_called(twice: str) -> None:
    from ipprules.errors import InputError

    row = {"account": "a", "url": URL, "confidence": "0.9", "line": 1}
    frame = pd.DataFrame([[*row.values(), row[twice]]], columns=[*row, twice])
    if twice == "line":  # the rows' own line numbers (plan_accounts(..., line="line"))
        with pytest.raises(InputError, match="2 columns named 'line': which holds the line"):
            plan_accounts(dd.from_pandas(frame, npartitions=1), {}, line="line")
        return
    with pytest.raises(InputError, match=f"2 columns named {twice!r}|{twice!r} is named twice"):
        _plan(frame)


@pytest.mark.parametrize("twice", ["account", "date", "listings"])
def test_a_history_column_named_twice_is_refused_when_called(twice: str) -> None:
    from ipprules.errors import InputError

    row = {"account": "a", **HISTORY}
    frame = pd.DataFrame([[*row.values(), row[twice]]], columns=[*row, twice])
    with pytest.raises(InputError, match=f"2 columns named {twice!r}"):
        standings(dd.from_pandas(frame, npartitions=1), "2023-06-30")
