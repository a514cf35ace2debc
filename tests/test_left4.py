"""left4: what the session's sweeps left (what-if streams, History frames, plan dates,
as_of types)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import History, standing, what_if
from ipprules.checks import Authorisation, Right, read_plan
from ipprules.cli import main
from ipprules.errors import InputError, MissingExtra
from ipprules.goodfaith import AccountEvent, EventKind
from ipprules.goodfaith.model import MAX_LISTINGS

_CSV = (
    "type,date,platform,reason_code,listings,taken_down,rejected\n"
    "complaint,2023-01-02,taobao,tm_counterfeit,10,9,1\n"
)
#: The row of _CSV's complaint: (day, platform, code, taken_down, rejected, ...).
_ROW = (dt.date(2023, 1, 2).toordinal(), "taobao", "tm_counterfeit", 9, 1, 0, 0, 0)


def _history() -> History:
    return History.from_file(
        io.StringIO(
            "type,date,platform,reason_code,listings,taken_down\n"
            "complaint,2023-01-01,taobao,tm_counterfeit,200,200\n"
        )
    )


# ---------------------------------------------------------------- 1. what_if CSV stream


def test_what_if_reads_a_csv_stream_as_a_history_batch() -> None:
    h = _history()
    got = what_if(h, io.StringIO(_CSV), "2023-01-31")
    want = what_if(h, [_ROW], "2023-01-31")
    assert got.added == 1
    assert got.after.to_dict() == want.after.to_dict()


def test_what_if_reads_a_jsonl_bytes_stream_and_places_a_bad_csv_cell() -> None:
    h = _history()
    text = (
        '{"type": "complaint", "date": "2023-01-02", "platform": "taobao", '
        '"reason_code": "tm_counterfeit", "listings": 10, "taken_down": 9, "rejected": 1}\n'
    )
    got = what_if(h, io.BytesIO(text.encode()), "2023-01-31")
    assert got.after.to_dict() == what_if(h, [_ROW], "2023-01-31").after.to_dict()
    bad = io.StringIO(_CSV + "complaint,2023-01-03,taobao,tm_counterfeit,x,1,0\n")
    with pytest.raises(InputError, match=r"^<stream>:3:.*listings"):
        what_if(h, bad, "2023-01-31")


def test_what_if_stream_of_a_plan_still_reads_as_a_plan() -> None:
    plan = (
        'assume = "success"\n[[complaints]]\nfiled = "2023-01-02"\nplatform = "taobao"\n'
        'reason_code = "tm_counterfeit"\nlistings = 3\n'
    )
    assert what_if(_history(), io.StringIO(plan), "2023-01-31").added == 1


# ---------------------------------------------------------------- 2. History frames

_DAY0 = dt.date(2023, 1, 1).toordinal()


@st.composite
def _outcome_rows(draw: st.DrawFn) -> tuple[int, str, str, int, int, int, int, int]:
    td, rj, wd, pd_ = (draw(st.integers(0, 3)) for _ in range(4))
    if td + rj + wd + pd_ == 0:
        td = 1
    ri = draw(st.integers(0, td))
    day = _DAY0 + draw(st.integers(0, 3))
    return (day, draw(st.sampled_from(["taobao", "tmall"])), draw(st.sampled_from("XY")),
            td, rj, wd, pd_, ri)  # fmt: skip


_EVENTS = st.lists(
    st.builds(
        AccountEvent,
        date=st.dates(dt.date(2022, 12, 1), dt.date(2023, 1, 9)),
        kind=st.sampled_from(list(EventKind)),
        note=st.sampled_from(["", "signed", 'a "quoted", note']),
        account=st.sampled_from(["", "", "acme", "globex"]),  # left6: events' accounts
    ),
    max_size=3,
)


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(_outcome_rows(), max_size=12), events=_EVENTS)
def test_history_frame_round_trips(rows: list[Any], events: list[AccountEvent]) -> None:
    """Every history to_frame writes reads back the same; it refuses (left6) only one whose
    events name several accounts, which no one-account history file holds."""
    h = History.from_rows(rows, events)
    if len({e.account for e in events}) > 1:
        with pytest.raises(InputError, match="accounts"):
            h.to_frame()
        return
    df = h.to_frame()
    assert len(df) == h.complaints + len(events)
    assert History.from_frame(df) == h


def test_history_frame_dtypes_and_a_day_over_the_listing_cap() -> None:
    big = [(_DAY0, "taobao", "X", MAX_LISTINGS, 0, 0, 0, 7)] * 2 + [
        (_DAY0, "taobao", "X", 0, 0, 0, 5, 0)
    ]
    h = History.from_rows(big)
    df = h.to_frame()
    assert df["listings"].max() <= MAX_LISTINGS
    assert History.from_frame(df) == h
    assert [str(df[c].dtype) for c in ("type", "date", "platform", "listings")] == [
        "category",
        "datetime64[s]",
        "category",
        "Int64",
    ]


def test_history_from_frame_refuses_at_the_row_label_and_column() -> None:
    df = pd.read_csv(io.StringIO(_CSV + "complaint,2023-01-03,taobao,tm_counterfeit,2,3,0\n"))
    df.index = ["first", "second"]
    with pytest.raises(InputError) as info:
        History.from_frame(df)
    problem = info.value.problems[0]
    assert (problem.file, problem.path) == ("<frame>", "$['second'].listings")
    assert "not listings = 2" in problem.message
    assert History.from_frame(pd.read_csv(io.StringIO(_CSV))) == History.from_file(
        io.StringIO(_CSV)
    )
    with pytest.raises(TypeError, match="DataFrame"):
        History.from_frame(_CSV)  # type: ignore[arg-type]


def test_history_frames_without_pandas_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    h = History.from_rows([_ROW])
    monkeypatch.setitem(sys.modules, "pandas", None)
    for call in (h.to_frame, lambda: History.from_frame(None)):  # type: ignore[arg-type]
        with pytest.raises(MissingExtra, match=r"pip install 'ipprules\[pandas\]'"):
            call()


# ---------------------------------------------------------------- 3. dates out of order

_PLAN = """as_of = 2026-11-23

[account]
name = "Lumen"
location = "elsewhere"
identity = "enterprise"
documents = [{{ kind = "business_registration", {document} }}]
{letter}
[[rights]]
id = "tm"
ipr_type = "trademark"
{right}
"""


def _plan_file(tmp_path: Any, **parts: str) -> str:
    values = {"document": "issued = 2020-01-01", "letter": "", "right": ""} | parts
    path = tmp_path / "plan.toml"
    path.write_text(_PLAN.format(**values), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("parts", "path", "line"),
    [
        (
            {"right": "registration_date = 2020-01-01\nexpiry_date = 2019-01-01"},
            "$.rights[0].expiry_date",
            13,
        ),
        (
            {"right": "filing_date = 2020-01-01\nexpiry_date = 2019-12-31"},
            "$.rights[0].expiry_date",
            13,
        ),
        (
            {"document": "issued = 2024-01-01, valid_until = 2023-12-31"},
            "$.account.documents[0].valid_until",
            7,
        ),
        (
            {
                "letter": "authorisations = [{ valid_from = 2025-01-01, valid_until = 2024-01-01 }]\n"
            },
            "$.account.authorisations[0].valid_until",
            8,
        ),
    ],
)
def test_dates_out_of_order_are_refused_at_their_place(
    tmp_path: Any, parts: dict[str, str], path: str, line: int
) -> None:
    plan = _plan_file(tmp_path, **parts)
    with pytest.raises(InputError) as info:
        read_plan(plan)
    (problem,) = info.value.problems
    assert (problem.path, problem.file, problem.line) == (path, plan, line)
    assert "is before" in problem.message and "swapped" in problem.message
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["check", plan, "--as-of", "2026-11-23"])
    assert code == 2 and f"{plan}:{line}:" in err.getvalue() and "Traceback" not in err.getvalue()


def test_dates_in_order_or_equal_still_read_and_python_records_refuse_the_same() -> None:
    right = Right(
        id="tm", ipr_type="trademark", registration_date="2020-01-01", expiry_date="2020-01-01"
    )
    assert right.expiry_date == dt.date(2020, 1, 1)
    with pytest.raises(InputError, match=r"^\$\.expiry_date: expiry_date 2019-01-01 is before"):
        Right(
            id="tm", ipr_type="trademark", registration_date="2020-01-01", expiry_date="2019-01-01"
        )
    with pytest.raises(InputError, match=r"^\$\.valid_until:"):
        Authorisation(valid_from="2025-01-01", valid_until="2024-12-31")


# ---------------------------------------------------------------- 4. as_of types


def test_period_and_datetime64_as_of_say_what_to_pass() -> None:
    import numpy as np

    h = History.from_rows([_ROW])
    with pytest.raises(TypeError, match=r"got Period \(pandas' Period 2023-01-05, .*start_time"):
        standing(h, pd.Period("2023-01-05", freq="D"))
    with pytest.raises(TypeError, match=r"got datetime64 \(numpy's: .*\.date\(\), or str\(value\)"):
        standing(h, np.datetime64("2023-01-05"))
    # a Timestamp with a time zone is a datetime: its own calendar date (docs/errors.md)
    zoned = pd.Timestamp("2023-01-05 23:30", tz="Asia/Shanghai")
    assert standing(h, zoned).as_of == dt.date(2023, 1, 5)
