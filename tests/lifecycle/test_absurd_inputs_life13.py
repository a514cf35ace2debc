"""Absurd and hostile inputs to the counter-notice, lifecycle and penalty engines (sweep
life13): the rows that failed before, and a property over dates at the calendar's edges."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.counternotice import CounterNotice, Purchase, assess_counter_notice
from ipprules.errors import IpprulesError
from ipprules.lifecycle import EventRecord, due_date, lifecycle_report
from ipprules.penalties import Violation, penalty_standing

CN = 'platform = "alibaba_com"\ncomplaint_date = 2024-06-10\n'
BOUGHT = '[[purchases]]\nid = "a"\nkind = "invoice"\ndate = 2024-05-01\nquantity = '
SELLER = 'platform = "1688"\ncomplaint_date = 2024-06-10\n[seller]\n'

FAILED_BEFORE = [
    # (file name, its text, the command's other arguments, the error's place and message)
    # a violation's date outside 1900-2999 in a CSV was placed at its row ($[0], no column)
    (
        "v.csv",
        "date,kind,points\n0001-01-01,general,4\n",
        ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
        "v.csv:2:1: $[0].date: the date 0001-01-01 is outside 1900-01-01..2999-12-31",
    ),
    (
        "v.csv",
        "date,kind,points\n2024-03-01,general,4\n9999-12-31,counterfeit,\n",
        ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
        "v.csv:3:1: $[1].date: the date 9999-12-31 is outside 1900-01-01..2999-12-31",
    ),
    # a count out of the file reader's range was told 0 to 1,000,000,000 (0 then refused as
    # below 1, 1,000,000,000 as above 999,999,999)
    (
        "cn.toml",
        CN + BOUGHT + "-1\n",
        ["counter-notice"],
        "cn.toml:7:1: $.purchases[0].quantity: expected a whole number from 1 to 999999999, got -1",
    ),
    (
        "cn.toml",
        CN + BOUGHT + "1000000000000000000\n",
        ["counter-notice"],
        "cn.toml:7:1: $.purchases[0].quantity: expected a whole number from 1 to 999999999, "
        "got 1000000000000000000",
    ),
    (
        "cn.json",
        '{"platform": "alibaba_com", "complaint_date": "2024-06-10", "purchases": [{"id": "a", '
        '"kind": "invoice", "date": "2024-05-01", "quantity": ' + "9" * 30 + "}]}",
        ["counter-notice"],
        "$.purchases[0].quantity: expected a whole number from 1 to 999999999, got an integer "
        "of 30 digits",
    ),
    (
        "cn.toml",
        SELLER + "points = 9223372036854775807\n",
        ["counter-notice"],
        "cn.toml:4:1: $.seller.points: expected a whole number from 0 to 999999999, "
        "got 9223372036854775807",
    ),
    (
        "cn.toml",
        SELLER + 'violations = [{date = 2024-06-01, kind = "general", points = -1}]\n',
        ["counter-notice"],
        "cn.toml:4:53: $.seller.violations[0].points: expected a whole number from 0 to "
        "999999999, got -1",
    ),
]


@pytest.mark.parametrize("row", FAILED_BEFORE, ids=[r[3][:40] for r in FAILED_BEFORE])
def test_an_absurd_value_in_a_file_is_refused_at_its_place_with_its_own_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: tuple[str, str, list[str], str]
) -> None:
    name, text, argv, said = row
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert main([*argv, str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_quantity_in_range_after_the_fix_is_taken(tmp_path: Path) -> None:
    """The range the refusal names is the one that holds: its least value is read."""
    path = tmp_path / "cn.toml"
    path.write_text(CN + BOUGHT + "1\n", encoding="utf-8")
    assert main(["counter-notice", str(path)]) == 1  # too few pieces (R63): a finding


EDGE = st.one_of(
    st.dates(max_value=date(1900, 1, 31)),
    st.dates(min_value=date(2999, 12, 1)),
    st.sampled_from([date.min, date.max, date(1899, 12, 31), date(3000, 1, 1)]),
)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(day=EDGE, amount=st.sampled_from([0, 1, 30, 10**6, 10**18]))
def test_a_date_at_the_calendars_edges_is_an_answer_or_the_librarys_error(
    day: date, amount: int
) -> None:
    """Never an OverflowError or a ValueError of the date arithmetic: each engine answers or
    says the date (or the count from it) is outside the dates it knows."""
    later = day + timedelta(days=1) if day < date.max else day
    attempts = [
        lambda: due_date(day, amount, "business_days"),
        lambda: due_date(day, amount, "calendar_days"),
        lambda: lifecycle_report(
            [EventRecord("ipr_verified", on=day), EventRecord("takedown", on=later)]
        ),
        lambda: penalty_standing([Violation(on=day, kind="counterfeit")], "aliexpress", day),
        lambda: assess_counter_notice(
            CounterNotice(
                platform="alibaba_com",
                complaint_date=day,
                purchases=[Purchase(id="a", kind="invoice", date=day, quantity=21)],
            )
        ),
    ]
    for attempt in attempts:
        answer: object = None
        with contextlib.suppress(IpprulesError):  # said in words, at the date
            answer = attempt()
        assert answer is None or repr(answer)
