"""A brand-protection analyst in a notebook, with pandas (sweep newuser25).

- ``parse_listings(df["url"].dropna()).to_frame()`` numbered its rows 0, 1, 2... whatever the
  Series' index: the rows left after ``dropna()`` (which the docs recommend because it keeps
  the index labels) could not be joined back to the frame they came from. The frame of a
  Series keeps its index.
- docs/listings.md called the ``region`` column of ``ParseResults.to_frame()`` categorical: it
  is text (its values are open, as ``ipprules._frames`` says). The page says so.
- ``ResolvedRules.to_frame()``'s ``interpretation`` column was ``object``: all ``None`` under
  the default reading, ``NaN`` and ``'official'`` mixed under another, where every other
  frame's ``interpretation`` is categorical. It is categorical, with the book's readings.
- ``plan_listings(df, ...)`` said to "build the items from its rows, df.to_dict('records')",
  and those rows were then refused (``not dict``). A frame, and a dict among the lines, are
  told to read the rows as the CSV they make (``read_lines(io.StringIO(df.to_csv(...)))``),
  which plans them.
- ``trace(df)`` said to pass ``df['url']`` (the hint of URL doors); ``lifecycle_report(df)``
  said ``[EventRecord(**row) for row in df.to_dict('records')]``, which fails on the first
  row without a reason (NaN: "reason must be a str or None, got float"). Both say to turn the
  gaps into None first, and a NaN reason is named a missing value.
- ``penalty_standing(df, ...)`` said ``[Violation(**row) for row in df.to_dict('records')]``:
  a frame of a violations file fails so (``unexpected keyword argument 'date'``: the field is
  ``on``). A frame, and a dict among the violations, are told to read the rows as the CSV
  they make (``read_violations(io.StringIO(df.to_csv(index=False, float_format='%g')))``).
- An item of a Series that is no str was named by its position only (``item 1``), which after
  ``dropna()`` or a filter is no label of the frame: it names its index label too.
- ``standing(history, df["date"].max())`` of an empty column (NaT) said "give a day, or leave
  out the row that has none": an as-of date is no row. It says where NaT comes from.
- ``deadlines_from(...).to_frame()`` gave ``confidence`` and ``platform_confidence`` as text,
  and ``advise(...).to_frame()`` ``confidence`` and ``severity_confidence``, where the
  confidence of a finding, a penalty check or a lifecycle step is categorical. They are.
- ``parse_column(df)`` said "urls must be a column of strings (one dimension), got DataFrame
  of 2 dimensions", and ``parse_partition(df)`` of a frame whose links are in ``URL`` "no
  column 'url' (columns: URL)": both name the column to pass.
- A frame where strings or records belong (``facts=df``, ``platforms=df``) was told "df['url'], or
  ... df.to_dict('records')": no URL, and dicts are neither. The hint is neutral.
- ``Complaint(**row)`` of a frame whose counts hold a gap said "taken_down must be an int, got
  float 10.0": it says pandas made the column floats and how to make it whole.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import ipprules
from ipprules.checks import Plan, read_plan
from ipprules.lifecycle import EventRecord, lifecycle_report, trace
from ipprules.penalties import penalty_standing, read_violations
from ipprules.planner import plan_listings, read_lines

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    None,
    "junk",
    "https://detail.1688.com/offer/612345678901.html",
]


def test_a_series_frame_keeps_its_index_labels() -> None:
    df = pd.DataFrame({"url": URLS, "seller": list("abcd")}, index=[100, 205, 310, 415])
    frame = ipprules.parse_listings(df["url"].dropna()).to_frame()
    assert list(frame.index) == [100, 310, 415]
    assert list(frame["position"]) == [0, 1, 2]
    joined = df.join(frame[["ok", "platform"]])
    assert not joined.loc[310, "ok"]
    assert joined.loc[415, "platform"] == "1688"
    assert pd.isna(joined.loc[205, "ok"])


def test_a_list_frame_keeps_a_range_index() -> None:
    frame = ipprules.parse_listings([u for u in URLS if u]).to_frame()
    assert list(frame.index) == [0, 1, 2]


def test_the_documented_categorical_listing_columns_are_categorical() -> None:
    text = (ROOT / "docs" / "listings.md").read_text(encoding="utf-8")
    said = re.search(r"categorical (`[^.]*?) columns", text)
    assert said is not None
    named = re.findall(r"`(\w+)`", said.group(1))
    frame = ipprules.parse_listings(URLS[:1]).to_frame()
    assert named and all(str(frame[n].dtype) == "category" for n in named), named


def test_rules_frame_interpretation_is_categorical() -> None:
    book = ipprules.default_rulebook()
    for reading in book.interpretations:
        column = book.as_of("2026-11-23", reading).to_frame()["interpretation"]
        assert str(column.dtype) == "category"
        assert list(column.cat.categories) == list(book.interpretations)
    official = book.as_of("2026-11-23", "official").to_frame()["interpretation"]
    assert set(official.dropna()) == {"official"}


def _account() -> Plan:
    return read_plan(EXAMPLES / "planner-account.toml")


@pytest.mark.parametrize("as_rows", [False, True])
def test_planning_a_frame_says_a_way_that_plans_its_rows(as_rows: bool) -> None:
    df = pd.read_csv(EXAMPLES / "planner-urls.csv")
    given: Any = df.to_dict("records") if as_rows else df
    with pytest.raises(TypeError) as refused:
        plan_listings(given, _account(), as_of="2026-11-23")
    said = str(refused.value)
    # the refusal of a frame said to pass df.to_dict('records'), which is refused in turn
    assert "to_dict('records')" not in said
    call = re.search(r"ipprules\.planner\.read_lines\((.*?\)\))\)", said)
    assert call is not None, said
    assert call.group(1) == "io.StringIO(df.to_csv(index=False))"
    lines = read_lines(io.StringIO(df.to_csv(index=False)))
    planned = plan_listings(lines, _account(), as_of="2026-11-23")
    assert planned.counts()["planned"] == 4


def _events_frame() -> pd.DataFrame:
    # a reject has a reason, the others none; one event has no date: gaps, as pandas has them
    return pd.DataFrame(
        {
            "event": ["ipr_verified", "reject"],
            "on": pd.to_datetime(["2024-09-02", None]),
            "reason": [None, "no proof"],
        }
    )


@pytest.mark.parametrize("door", [trace, lifecycle_report])
def test_events_as_a_frame_are_told_a_way_that_reads_its_gaps(door: Any) -> None:
    df = _events_frame()
    with pytest.raises(TypeError) as refused:
        door(df)
    said = str(refused.value)
    assert "df['url']" not in said
    shown = re.search(r"\[EventRecord\(\*\*row\) for row in (.*?)\]", said)
    assert shown is not None, said
    # the rows the message names, made as it says, are read (to_dict('records') alone: NaN)
    assert shown.group(1) == "df.astype(object).where(df.notna(), None).to_dict('records')"
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    assert [s.value for s in trace([EventRecord(**row) for row in rows])][-1] == "rejected"


def test_a_missing_reason_is_named_a_missing_value() -> None:
    row = _events_frame().to_dict("records")[0]
    with pytest.raises(TypeError, match=r"got float \(a missing value.*give None"):
        EventRecord(**row)


@pytest.mark.parametrize("as_rows", [False, True])
def test_violations_as_a_frame_are_told_a_way_that_reads_them(as_rows: bool) -> None:
    df = pd.read_csv(EXAMPLES / "violations-aliexpress.csv")  # points: floats, with a gap
    given: Any = df.to_dict("records") if as_rows else df
    with pytest.raises(TypeError) as refused:
        penalty_standing(given, "aliexpress", "2024-06-01")
    said = str(refused.value)
    # it said Violation(**row) of df.to_dict('records'): no Violation has a 'date'
    assert "Violation(**row)" not in said
    shown = "read_violations(io.StringIO(df.to_csv(index=False, float_format='%g')))"
    assert shown in said, said
    read = read_violations(io.StringIO(df.to_csv(index=False, float_format="%g")))
    assert read == read_violations(EXAMPLES / "violations-aliexpress.csv")


def test_a_gap_in_a_series_names_its_index_label() -> None:
    df = pd.DataFrame({"url": URLS}, index=[100, 205, 310, 415])
    kept = df[df.index > 150]["url"]  # a filter: item 0 is the row labelled 205
    with pytest.raises(TypeError, match=r"item 0 \(index label 205\): .*a missing value"):
        ipprules.parse_listings(kept).to_frame()
    with pytest.raises(TypeError, match=r"^parse_listings\(\): item 1: "):
        ipprules.parse_listings(list(df["url"])).to_frame()  # a list has no labels


def test_a_missing_as_of_date_is_told_where_nat_comes_from() -> None:
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    empty = pd.Series([], dtype="datetime64[s]")
    with pytest.raises(TypeError) as refused:
        ipprules.standing(history, empty.max())  # an empty column's max() is NaT
    said = str(refused.value)
    assert "a missing date, pandas' NaT" in said
    assert "leave out the row" not in said  # an as-of date is no row's
    assert "max() or min() of an empty" in said, said


def test_confidence_columns_are_categorical_as_in_the_other_frames() -> None:
    from ipprules.lifecycle import deadlines_from

    advice = ipprules.advise("patent", "tmall", as_of="2026-11-23").to_frame()
    for column in ("confidence", "severity_confidence"):
        assert str(advice[column].dtype) == "category", column
    assert set(advice["severity_confidence"].dropna()) == {"inferred", "third-party"}

    frame = deadlines_from("takedown", "2024-09-27", platform="taobao").to_frame()
    lifecycle = lifecycle_report(["ipr_verified", "takedown"]).to_frame()
    assert str(lifecycle["confidence"].dtype) == "category"
    for column in ("confidence", "platform_confidence"):
        assert str(frame[column].dtype) == "category", column
        assert "inferred" in list(frame[column].cat.categories)
    assert set(frame["platform_confidence"]) == {"inferred"}


def test_a_count_made_float_by_a_gap_says_how_to_make_it_whole() -> None:
    from ipprules.goodfaith import Complaint

    df = pd.DataFrame(
        {
            "filed": ["2022-12-05", "2022-12-06"],
            "platform": ["tmall", "tmall"],
            "reason_code": ["tm_misuse", "tm_misuse"],
            "listings": [10, 0],
            "taken_down": [10, None],  # a gap: the column is floats, 10.0
        }
    )
    with pytest.raises(TypeError, match=r"got float 10\.0 \(pandas makes a column of counts"):
        Complaint(**df.to_dict("records")[0])
    df["taken_down"] = df["taken_down"].fillna(0).astype(int)  # as the message says
    assert Complaint(**df.to_dict("records")[0]).taken_down == 10


def _urls_as(column: str) -> pd.DataFrame:
    return pd.DataFrame({"title": ["a", "b"], column: [URLS[0], "junk"]})


def test_a_frame_given_to_parse_column_is_told_its_url_column() -> None:
    from ipprules.columnar import parse_column

    df = _urls_as("URL")
    with pytest.raises(TypeError, match=r"pass its column of URLs, df\['URL'\]"):
        parse_column(df)
    assert parse_column(df["URL"]).column("ok").to_pylist() == [True, False]  # as told


def test_a_partition_whose_url_column_is_named_otherwise_is_told_its_name() -> None:
    from ipprules.errors import InputError
    from ipprules.scale import parse_partition

    df = _urls_as("URL")
    with pytest.raises(InputError, match=r"the URLs in 'URL'\? name it, column='URL'"):
        parse_partition(df)
    assert list(parse_partition(df, column="URL")["ok"]) == [True, False]  # as told
    with pytest.raises(InputError) as refused:  # no column named like links: no guess
        parse_partition(df.drop(columns="URL"))
    assert str(refused.value) == "$.url: no column 'url' (columns: title)"


def test_a_frame_where_names_belong_is_not_told_of_urls_or_records() -> None:
    df = pd.DataFrame({"fact": ["counterfeit_product"]})
    with pytest.raises(TypeError) as refused:
        ipprules.advise("trademark", "taobao", facts=df, as_of="2026-11-23")
    said = str(refused.value)
    # it said "df['url'], or ... df.to_dict('records')": no URL, and dicts are no facts
    assert "df['url']" not in said and "to_dict('records')" not in said, said
    assert "df['column']" in said
    assert ipprules.advise("trademark", "taobao", facts=df["fact"], as_of="2026-11-23")
