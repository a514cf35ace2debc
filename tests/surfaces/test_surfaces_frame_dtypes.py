"""Every ``to_frame()`` gives the same dtypes whatever its rows: none, one, many, with a
missing value or without (a notebook concatenates frames: ``complaint`` was ``str`` in one
report's frame and ``object`` in the next, a count ``int64`` here and ``float64`` there)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules._frames import to_frame
from ipprules.counternotice import read_counter_notice
from ipprules.goodfaith import History
from ipprules.lifecycle import EventRecord

pd = pytest.importorskip("pandas")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = "2026-11-23"
TEXT = str(pd.Series(["x"]).dtype)  # pandas' text dtype: 'str' on pandas 3, 'object' on 2
URLS = (EXAMPLES / "urls.txt").read_text(encoding="utf-8").splitlines()


def _reports() -> list[Any]:
    r = ipprules.check(ipprules.read_plan(EXAMPLES / "plan.toml"), as_of=AS_OF)
    no_complaint = tuple(f for f in r.findings if ".complaints[" not in f.path)[:1]
    assert no_complaint  # a finding about no complaint: its complaint column is missing
    return [
        r,
        attrs.evolve(r, findings=()),
        attrs.evolve(r, findings=r.findings[:1]),
        attrs.evolve(r, findings=no_complaint),
    ]


def _coverages() -> list[Any]:
    portfolio = ipprules.read_plan(EXAMPLES / "portfolio.toml")
    c = ipprules.coverage(portfolio, as_of=AS_OF)
    return [c, attrs.evolve(c, cells=()), attrs.evolve(c, cells=c.cells[:1])]


def _assessments() -> list[Any]:
    a = ipprules.assess_counter_notice(
        read_counter_notice(EXAMPLES / "counter-notice-alibaba.toml")
    )
    return [a, attrs.evolve(a, findings=()), attrs.evolve(a, findings=a.findings[:1])]


def _lifecycles() -> list[Any]:
    on = [EventRecord("ipr_verified", on="2024-06-03"), EventRecord("takedown", on="2024-06-04")]
    rejected = [on[0], EventRecord("reject", on="2024-06-05", reason="no proof")]
    return [ipprules.lifecycle_report(e) for e in (on, [], on[:1], rejected)]


def _standings() -> list[Any]:
    s = ipprules.standing(History.from_file(EXAMPLES / "history.csv"), "2023-03-31")
    one = attrs.evolve(s, criteria=s.criteria[:1], reason_codes=())
    return [s, attrs.evolve(s, criteria=(), reason_codes=()), one]


def _what_ifs() -> list[Any]:
    w = ipprules.what_if(History.from_file(EXAMPLES / "history.csv"), [], "2023-03-31")
    empty = attrs.evolve(w.before, criteria=(), reason_codes=())
    return [w, attrs.evolve(w, before=empty, after=empty)]


def _parses() -> list[Any]:
    return [ipprules.parse_listings(u) for u in (URLS, [], URLS[:1], ["nonsense"])]


def _plans() -> list[Any]:
    account = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    return [ipprules.plan_listings(u, account, as_of=AS_OF) for u in (URLS, [], URLS[:1])]


def _penalties() -> list[Any]:
    violations = ipprules.penalties.read_violations(EXAMPLES / "violations-alibaba-com.csv")
    p = ipprules.penalty_standing(violations, "alibaba_com", "2024-06-30")
    return [p, attrs.evolve(p, closure=(), bar=()), attrs.evolve(p, closure=p.closure[:1], bar=())]


def _coverage_diffs() -> list[Any]:
    portfolio = ipprules.read_plan(EXAMPLES / "portfolio.toml")
    now = ipprules.coverage(portfolio, as_of=AS_OF)
    d = ipprules.coverage_diff(now, ipprules.coverage(portfolio, as_of="2027-02-21"))
    return [d, ipprules.coverage_diff(now, now), attrs.evolve(d, rows=d.rows[:1])]


RESULTS: dict[str, Callable[[], list[Any]]] = {
    "PenaltyStanding": _penalties,
    "CoverageDiff": _coverage_diffs,
    "Report": _reports,
    "Coverage": _coverages,
    "Assessment": _assessments,
    "LifecycleReport": _lifecycles,
    "Standing": _standings,
    "WhatIf": _what_ifs,
    "ParseResults": _parses,
    "PlanningResult": _plans,
}


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(RESULTS))
def test_the_dtypes_do_not_depend_on_the_rows(name: str) -> None:
    frames = [result.to_frame() for result in RESULTS[name]()]
    assert len(frames[0]) > 1 and len(frames[1]) == 0
    dtypes = [f.dtypes.astype(str).to_dict() for f in frames]
    assert all(d == dtypes[0] for d in dtypes), dtypes


def test_a_reports_text_columns_are_text() -> None:
    frame = _reports()[0].to_frame()
    for column in ("path", "message", "complaint", "rulebook"):
        assert str(frame[column].dtype) == TEXT


ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "text": st.one_of(st.none(), st.text(max_size=5)),
            "count": st.one_of(st.none(), st.integers(-(2**40), 2**40)),
            "flag": st.booleans(),
        }
    ),
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(rows=ROWS)
def test_declared_columns_keep_their_dtype_for_any_rows(rows: list[dict[str, Any]]) -> None:
    kinds = {"texts": ("text",), "ints": ("count",), "bools": ("flag",)}
    frame = to_frame(rows, columns=("text", "count", "flag"), **kinds)
    assert frame.dtypes.astype(str).to_dict() == {"text": TEXT, "count": "Int64", "flag": "bool"}
    assert [None if pd.isna(v) else v for v in frame["count"]] == [r["count"] for r in rows]


@pytest.mark.parametrize(
    ("kind", "value"), [("texts", 3), ("ints", "3"), ("ints", True), ("bools", None)]
)
def test_a_declared_column_of_another_kind_is_a_type_error(kind: str, value: object) -> None:
    with pytest.raises(TypeError, match="column 'c': expected"):
        to_frame([{"c": value}], **{kind: ("c",)})


def _timelines() -> list[Any]:
    history = History.from_file(EXAMPLES / "history.csv")
    # the 2018 criteria on one range, the 2022 ones on the other
    return [
        ipprules.timeline(history, "2022-12-01", "2023-01-31"),
        ipprules.timeline(history, "2020-01-01", "2020-01-02"),
        ipprules.timeline(history, "2023-03-30", "2023-03-31"),
    ]


CATEGORICAL: dict[str, Callable[[], list[Any]]] = {**RESULTS, "Timeline": _timelines}


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(CATEGORICAL))
def test_frames_of_two_calls_concatenate_and_stay_categorical(name: str) -> None:
    """Each categorical column is declared with every value it can take, not the rows' values:
    ``pd.concat`` of two calls' frames keeps it ``category`` (it fell back to ``object``)."""
    frames = [result.to_frame() for result in CATEGORICAL[name]()]
    columns = [c for c, d in frames[0].dtypes.items() if str(d) == "category"]
    assert columns, name
    for column in columns:
        categories = [list(f[column].cat.categories) for f in frames]
        assert all(c == categories[0] for c in categories), (column, categories)
        assert str(pd.concat(frames)[column].dtype) == "category", column


def test_an_interpretation_column_has_every_reading_of_the_book() -> None:
    frame = _reports()[1].to_frame()  # no finding: no row
    book = ipprules.default_rulebook()
    assert list(frame["interpretation"].cat.categories) == list(book.interpretations)
    assert list(_coverages()[1].to_frame()["status"].cat.categories) == [
        "covered",
        "not_covered",
        "unknown",
    ]


@settings(max_examples=40, deadline=None)
@given(
    lines=st.lists(
        st.one_of(st.sampled_from(URLS), st.text(max_size=12), st.just("https://x.taobao.com/")),
        max_size=6,
    )
)
def test_a_parses_categories_hold_every_value_the_parser_gives(lines: list[str]) -> None:
    """Whatever the lines, a categorical column's categories are the declared set (a value
    outside it would be added after it, and the frames of two calls would not concatenate)."""
    frame = ipprules.parse_listings(lines).to_frame()
    empty = ipprules.parse_listings([]).to_frame()
    for column in ("platform", "marketplace", "kind", "code"):
        assert list(frame[column].cat.categories) == list(empty[column].cat.categories)
        assert str(pd.concat([frame, empty])[column].dtype) == "category"
