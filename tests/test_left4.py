"""left4: what the session's sweeps left (what-if streams, History frames, plan dates,
as_of types)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from ipprules import History, what_if
from ipprules.errors import InputError

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
