"""left6: what the session's sweeps left (API consistency): a history frame's times of day,
the frame hint, and History frames of several accounts. (Its advisor target words were
reverted: the checks layer may not import the planner's reader of target words.)"""

from __future__ import annotations

import contextlib
import io

import pandas as pd
import pytest

from ipprules import History
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, Complaint


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's refusal of an option's value
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


# ------------------------------------------- 2. a frame's datetime64 with a time of day


def _frame(dates: list[pd.Timestamp]) -> pd.DataFrame:
    n = len(dates)
    return pd.DataFrame(
        {
            "type": ["complaint"] * n,
            "date": pd.Series(dates, dtype="datetime64[us]"),
            "platform": ["taobao"] * n,
            "reason_code": ["X"] * n,
            "listings": [1] * n,
            "taken_down": [1] * n,
        }
    ).set_axis(["a", "b"][:n])


def test_from_frame_refuses_a_time_of_day_as_the_file_reader_does() -> None:
    df = _frame([pd.Timestamp("2026-01-06"), pd.Timestamp("2026-01-05 10:00")])
    with pytest.raises(InputError) as info:
        History.from_frame(df)
    problem = info.value.problems[0]
    assert problem.path == "$['b'].date"
    text = "type,date,platform,reason_code,listings,taken_down\ncomplaint,{},taobao,X,1,1\n"
    with pytest.raises(InputError) as in_file:
        History.from_file(io.StringIO(text.format("2026-01-05 10:00:00")), format="csv")
    assert problem.message == in_file.value.problems[0].message
    assert "a date and a time" in problem.message


def test_from_frame_still_reads_a_date_only_datetime64_column() -> None:
    df = _frame([pd.Timestamp("2026-01-06"), pd.Timestamp("2026-01-05")])
    text = "type,date,platform,reason_code,listings,taken_down\n" + "".join(
        f"complaint,{d},taobao,X,1,1\n" for d in ("2026-01-06", "2026-01-05")
    )
    assert History.from_frame(df) == History.from_file(io.StringIO(text), format="csv")
    assert str(df["date"].dtype) == "datetime64[us]"  # the caller's frame is left as it was


# ------------------------------------------- 3. the frame hint names History.from_frame


def test_from_records_of_a_frame_names_from_frame_which_reads_it() -> None:
    df = pd.read_csv("examples/history.csv")
    with pytest.raises((TypeError, InputError)) as info:
        History.from_records(df)
    said = " ".join(str(info.value).split())
    assert "History.from_frame(df)" in said and "df.to_csv" not in said
    assert History.from_frame(df) == History.from_file("examples/history.csv")


# ------------------------------------------- 4. frames of a history of several accounts

_RECORDS = [
    Complaint(filed="2026-01-05", platform="taobao", reason_code="X", listings=1, taken_down=1,
              account="a"),
    Complaint(filed="2026-01-06", platform="taobao", reason_code="X", listings=1, pending=1,
              account="b"),
    AccountEvent(date="2026-01-02", kind="declaration", account="a"),
    AccountEvent(date="2026-01-03", kind="declaration", account="b"),
]  # fmt: skip


def test_to_frame_refuses_a_history_whose_events_name_several_accounts() -> None:
    h = History.from_records(_RECORDS)
    with pytest.raises(InputError, match=r"name 2 accounts \('a', 'b'\).*by_account") as info:
        h.to_frame()
    assert info.value.problems[0].path == "$.account"
    for account, own in History.by_account(_RECORDS).items():
        df = own.to_frame()
        assert set(df["account"]) == {account}
        assert History.from_frame(df) == own


def test_to_frame_of_one_accounts_events_and_several_complaints_round_trips() -> None:
    h = History.from_records(_RECORDS[:3])  # complaints of a and b, an event of a
    assert History.from_frame(h.to_frame()) == h
