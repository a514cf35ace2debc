"""Good Faith answers that misled (sweep gfpolicy): each case decided from the rule text."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import math
import sys
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.cli.good_faith import _print_standing
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing, what_if
from ipprules.goodfaith.engine import add_months
from ipprules.goodfaith.plan import PlannedComplaint, WhatIfPlan, planned_batch

DECLARED = AccountEvent(date=dt.date(2022, 1, 1), kind=EventKind.DECLARATION)


def _complaints(day: dt.date, n: int = 101, code: str = "tm_misuse") -> list[Any]:
    """``n`` complaints of 10 listings, all taken down: the account passes (brief)."""
    return [
        Complaint(filed=day, platform="taobao", reason_code=code, listings=10, taken_down=10)
        for _ in range(n)
    ]


# ----------------------------------------------------------- 1. a non-member's withdrawal


@settings(max_examples=40, deadline=None)
@given(gap=st.integers(1, 120), late=st.integers(0, 120))
@example(gap=50, late=30)  # withdrawal 2023-01-10, qualifying from 2023-03-01 (the case found)
def test_a_withdrawal_of_an_account_never_a_member_does_not_lock_it_out(
    gap: int, late: int
) -> None:
    """R73: an account that *withdraws* cannot *rejoin* for 3 months; only a member can
    withdraw from the programme and rejoin it. A ``withdrawal`` recorded while the account is
    not a member does not lock it out (its membership is the one of the history without the
    event), and the standing's notes say so, with the day the lock-out would have ended."""
    filed = dt.date(2023, 3, 1)
    withdrew = filed - dt.timedelta(days=gap)
    as_of = filed + dt.timedelta(days=late)
    rows = [DECLARED, *_complaints(filed)]
    event = AccountEvent(date=withdrew, kind=EventKind.WITHDRAWAL)
    without = standing(History.from_records(rows), as_of)
    s = standing(History.from_records([event, *rows]), as_of)
    assert (s.member, s.qualifies, s.locked_until) == (
        without.member,
        without.qualifies,
        without.locked_until,
    )
    would_end = add_months(withdrew, 3)
    notes = [n for n in s.notes if "withdrawal" in n and "not a member" in n]
    assert bool(notes) is (as_of < would_end)
    if notes:
        assert would_end.isoformat() in notes[0] and "R73" in notes[0]


def test_a_members_withdrawal_still_locks_it_out() -> None:
    """R73 for a member: removed that day, 3 months' lock-out (no note on a non-member)."""
    rows = [DECLARED, *_complaints(dt.date(2023, 1, 5))]
    event = AccountEvent(date=dt.date(2023, 2, 1), kind=EventKind.WITHDRAWAL)
    s = standing(History.from_records([*rows, event]), dt.date(2023, 3, 31))
    assert (s.member, s.locked_until) == (False, dt.date(2023, 5, 1))
    assert not [n for n in s.notes if "not a member" in n and "withdrawal" in n]


# ------------------------------------------------- 2. an assumed rate over the whole batch


@pytest.mark.no_cover
@settings(max_examples=80, deadline=None)
@given(
    listings=st.lists(st.integers(1, 400), min_size=1, max_size=60),
    rate=st.fractions(0, 1, max_denominator=200),
    assume=st.sampled_from(["rate", "current"]),
)
@example(listings=[1] * 40, rate=Fraction(19, 20), assume="rate")  # 38 successes, not 0
@example(listings=[3, 3, 3], rate=Fraction(1, 2), assume="current")  # 4: 2, 1, 1
def test_an_assumed_rate_holds_over_the_batch_not_per_complaint(
    listings: list[int], rate: Fraction, assume: str
) -> None:
    """A plan's ``assume`` (a rate, or the current rate) gives the batch the successes the
    rate gives its listings, rounded down once over the batch (never above the rate), shared
    out by largest remainder: each complaint holds its own share rounded down or up, and the
    earlier complaint takes the extra one among equal remainders."""
    plan = WhatIfPlan(
        assume=str(rate) if assume == "rate" else "current",
        complaints=tuple(PlannedComplaint(reason_code="x", listings=n) for n in listings),
    )
    rows = plan.rows(dt.date(2023, 6, 1), rate)
    taken = [r[3] for r in rows]
    assert sum(taken) == math.floor(rate * sum(listings))
    for n, t, r in zip(listings, taken, rows, strict=True):
        assert math.floor(rate * n) <= t <= math.ceil(rate * n) and r[4] == n - t
    assert planned_batch(listings, rate) == [
        (t, n - t) for n, t in zip(listings, taken, strict=True)
    ]
    rest = [rate * n - math.floor(rate * n) for n in listings]
    extra = [t > math.floor(rate * n) for n, t in zip(listings, taken, strict=True)]
    for i, j in itertools.combinations(range(len(listings)), 2):  # i before j
        if extra[j] and not extra[i]:  # j got the extra one: a larger remainder
            assert rest[j] > rest[i]
        if extra[i] and not extra[j]:
            assert rest[i] >= rest[j]


def test_forty_one_listing_complaints_at_095_give_two_failures() -> None:
    """The case found: 40 one-listing complaints assumed at 0.95 gave 40 failures (0%)."""
    plan = WhatIfPlan(
        assume="0.95",
        complaints=tuple(PlannedComplaint(reason_code="x", listings=1) for _ in range(40)),
    )
    rows = plan.rows(dt.date(2023, 6, 1), None)
    assert [r[3] for r in rows] == [1] * 38 + [0] * 2


# ------------------------------------------------ 3. the headline of a locked-out account

EXAMPLE = Path(__file__).parents[2] / "examples" / "history.csv"


def _headline(s: Any) -> str:
    out = io.StringIO()
    _print_standing(s, out)
    return out.getvalue().splitlines()[1].strip()


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None)
@given(day=st.dates(dt.date(2022, 9, 1), dt.date(2023, 12, 31)))
@example(day=dt.date(2023, 8, 31))  # meets every criterion, locked out since the withdrawal
def test_the_headline_says_qualifies_only_where_the_account_may_be_a_member(day: dt.date) -> None:
    """R72/R73: a locked-out account cannot rejoin, whatever its statistics. The headline says
    QUALIFIES only for an account not locked out; a locked-out one that meets every criterion
    is said to meet them, with the day it may rejoin; the notebook's table says the same."""
    s = standing(History.from_file(EXAMPLE), day)
    line = _headline(s)
    html = s._repr_html_()
    assert line.startswith("QUALIFIES") is (s.qualifies and s.locked_until is None)
    assert ("<p>qualifies;" in html) is (s.qualifies and s.locked_until is None)
    if s.qualifies and s.locked_until is not None:
        until = s.locked_until.isoformat()
        assert line.startswith("MEETS EVERY CRITERION") and f"may rejoin from {until}" in line
        assert f"may rejoin from {until}" in html


def test_the_cli_headline_of_the_example_after_its_withdrawal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The case found: "QUALIFIES; not a member; locked out until 2023-11-10"."""
    main(["good-faith", str(EXAMPLE), "--as-of", "2023-08-31"])
    line = capsys.readouterr().out.splitlines()[1].strip()
    assert line == (
        "MEETS EVERY CRITERION but locked out until 2023-11-10 (R72, R73); not a member; "
        "may rejoin from 2023-11-10 if it still meets them then"
    )


# ------------------------------------ 4. a batch as records or on stdin, as a batch file

HEADER = "type,date,id,account,platform,reason_code,listings,taken_down,rejected\n"


def _planned(account: str, day: int, taken: int) -> Complaint:
    return Complaint(
        filed=dt.date(2024, 6, 1) + dt.timedelta(days=day),
        platform="taobao",
        reason_code="tm_counterfeit",
        listings=10,
        taken_down=taken,
        rejected=10 - taken,
        account=account,
    )


def _as_csv(records: list[Complaint]) -> str:
    return HEADER + "".join(
        f"complaint,{c.filed},,{c.account},taobao,tm_counterfeit,10,{c.taken_down},{c.rejected}\n"
        for c in records
    )


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.builds(_planned, st.sampled_from(["a", "b"]), st.integers(0, 20), st.integers(0, 10)),
        min_size=1,
        max_size=12,
    )
)
def test_records_for_an_account_are_those_a_batch_file_gives(records: list[Complaint]) -> None:
    """``what_if(..., account=NAME)`` keeps the records of that account, as it keeps a batch
    file's lines of that account; records naming only other accounts are refused, as such a
    file is."""
    history = History.from_records([DECLARED, *_complaints(dt.date(2024, 5, 1))])
    as_of = dt.date(2024, 6, 30)
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.csv"
        batch.write_text(_as_csv(records), encoding="utf-8")
        try:
            from_file: Any = what_if(history, batch, as_of, account="a")
        except InputError as exc:
            from_file = ("refused", exc.problems[0].path)
    try:
        from_records: Any = what_if(history, records, as_of, account="a")
    except InputError as exc:
        from_records = ("refused", exc.problems[0].path)
    if isinstance(from_file, tuple):
        assert from_records == from_file == ("refused", "$.account")
    else:
        assert from_records.added == from_file.added == sum(c.account == "a" for c in records)
        assert from_records.after == from_file.after


def test_records_naming_several_accounts_without_account_are_refused() -> None:
    """As a batch file naming several accounts is, when no account is chosen."""
    history = History.from_records([DECLARED, *_complaints(dt.date(2024, 5, 1))])
    records = [_planned("a", 0, 10), _planned("b", 0, 10)]
    with pytest.raises(InputError, match="several accounts"):
        what_if(history, records, dt.date(2024, 6, 30))
    # one account named throughout is that account's batch
    assert what_if(history, records[:1], dt.date(2024, 6, 30)).added == 1


def test_a_record_naming_no_account_among_named_ones_is_refused() -> None:
    """As a batch file's line without an account, under ``account=``: whose would it be?"""
    history = History.from_records([DECLARED, *_complaints(dt.date(2024, 5, 1))])
    records = [_planned("a", 0, 10), _planned("", 1, 10)]
    with pytest.raises(InputError) as caught:
        what_if(history, records, dt.date(2024, 6, 30), account="a")
    assert caught.value.problems[0].path == "$[1].account"


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_batch_on_stdin_is_compared_with_the_history_ids(
    kind: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A batch read from stdin repeating a complaint id of the history is refused, as the same
    batch read from a file is (exit 2, the id, its line in the batch and in the history)."""
    history = tmp_path / "h.csv"
    history.write_text(
        "type,date,id,platform,reason_code,listings,taken_down\n"
        "declaration,2024-01-02,,,,,\n"
        + "".join(f"complaint,2024-05-01,K{i},taobao,tm_counterfeit,10,10\n" for i in range(101)),
        encoding="utf-8",
    )
    rows = [("N1", 10), ("K5", 0)]
    if kind == "csv":
        text = "type,date,id,platform,reason_code,listings,taken_down,rejected\n" + "".join(
            f"complaint,2024-06-01,{i},taobao,tm_counterfeit,10,{t},{10 - t}\n" for i, t in rows
        )
    else:
        text = "".join(
            json.dumps(
                {
                    "type": "complaint",
                    "date": "2024-06-01",
                    "id": i,
                    "platform": "taobao",
                    "reason_code": "tm_counterfeit",
                    "listings": 10,
                    "taken_down": t,
                    "rejected": 10 - t,
                }
            )
            + "\n"
            for i, t in rows
        )
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if"]
    batch = tmp_path / f"b.{kind}"
    batch.write_text(text, encoding="utf-8")
    assert main([*argv, str(batch)]) == 2
    from_file = capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert main([*argv, "-"]) == 2
    err = capsys.readouterr().err
    assert err == from_file.replace(str(batch), "<stdin>")
    line = 3 if kind == "csv" else 2  # JSON Lines have no header line
    assert f"<stdin>:{line}:" in err and "'K5'" in err and "(line 8;" in err


# ------------------------------------------------------------- 5. bool counts


@pytest.mark.parametrize("field", ["listings", "taken_down", "rejected", "reinstated"])
def test_a_complaint_with_a_bool_count_is_a_type_error(field: str) -> None:
    """A :class:`Complaint` refuses a bool count, as ``require_int`` refuses a bool argument."""
    counts: dict[str, Any] = {"listings": 1, "taken_down": 1}
    counts[field] = True
    with pytest.raises(TypeError, match=f"{field} must be an int, got bool"):
        Complaint(filed=dt.date(2023, 3, 1), platform="taobao", reason_code="x", **counts)


DAY = dt.date(2023, 3, 1).toordinal()


@pytest.mark.parametrize("before", [0, 40])
def test_plain_rows_read_a_bool_count_as_python_does(before: int) -> None:
    """Plain outcome rows are read as Python reads them (``True`` is the int 1): the standing
    is the one of the same rows with ints, and a row wrong for another reason is refused for
    that reason, not for its bool."""
    good = [(DAY + i % 30, "taobao", "x", 2, 1, 0, 0, 0) for i in range(before)]
    as_bools = History.from_rows([*good, (DAY, "taobao", "x", True, False, 0, 0, True)])
    as_ints = History.from_rows([*good, (DAY, "taobao", "x", 1, 0, 0, 0, 1)])
    as_of = dt.date(2023, 6, 1)
    assert standing(as_bools, as_of=as_of) == standing(as_ints, as_of=as_of)
    with pytest.raises(InputError, match=r"reinstated <= taken_down"):
        History.from_rows([*good, (DAY, "taobao", "x", False, True, 0, 0, True)])
