"""Rule answers the closing notes listed as left (rulesleft): R61's two counts for the later
counter-notices in the lifecycle replay, coverage's way out for a registered copyright on
Lazada (B8, R28-R29), the stand-alone form on Lazada (B2, R15), advice on Xianyu (B1, R33)
and the per-platform confidence in ``ipprules rules platform``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.calendars import add_business_days
from ipprules.lifecycle import EventRecord, FlagKind, State, lifecycle_report

# ------------------------------ 1. R61: a later counter-notice between the 27- and 30-day dates

CHANGE = dt.date(2022, 1, 20)  # R61: 30 business days before, 27 from it


def _replay(takedown: dt.date, *rest: tuple[str, dt.date, str | None]) -> Any:
    return lifecycle_report(
        [
            EventRecord("ipr_verified", on=takedown - dt.timedelta(days=1)),
            EventRecord("takedown", on=takedown),
            *(EventRecord(name, on=on, reason=reason) for name, on, reason in rest),
        ]
    )


def _counts(takedown: dt.date) -> tuple[dt.date, dt.date]:
    """The last day of rounds 2-3 as counted (30 business days, the rule on receipt) and
    under the 27 from 20 Jan 2022 (a count ending before that day ends with it)."""
    due = add_business_days(takedown, 30)
    return due, max(add_business_days(takedown, 27), CHANGE - dt.timedelta(days=1))


@settings(max_examples=40, deadline=None)
@given(
    takedown=st.dates(dt.date(2021, 11, 22), dt.date(2022, 1, 19)),
    day=st.integers(5, 33),
    rounds=st.sampled_from([2, 3]),
)
@example(takedown=dt.date(2022, 1, 10), day=29, rounds=2)  # 2022-02-18: 27th day 02-16
@example(takedown=dt.date(2022, 1, 10), day=29, rounds=3)
@example(takedown=dt.date(2021, 12, 9), day=30, rounds=2)  # the 27 end before the change
@example(takedown=dt.date(2022, 1, 19), day=30, rounds=2)
@example(takedown=dt.date(2022, 1, 19), day=31, rounds=2)  # late under both counts
def test_a_later_counter_notice_between_the_two_counts_is_disputed(
    takedown: dt.date, day: int, rounds: int
) -> None:
    """R61: "2nd and 3rd counter-notices: within 27 business days (effective 20 Jan 2022;
    previously 30 business days)", counted from receipt of the complaint. For a complaint
    received before the change, the replay counts the 30 days then in force; the text does
    not say which count governs a window open on 20 Jan 2022, so a second or third
    counter-notice after the 27-day date but by the 30-day date is flagged ``disputed``,
    naming the other count's date, and kept as recorded (as Lazada's first counter-notice
    within D4's 3-5 working days is)."""
    due, other = _counts(takedown)
    first = add_business_days(takedown, 1)
    rest: list[tuple[str, dt.date, str | None]] = [
        ("counter_notice_filed", first, None),
        ("filer_rejects_counter_notice", first, "not genuine"),
    ]
    if rounds == 3:
        second = add_business_days(takedown, 2)
        rest += [
            ("counter_notice_filed", second, None),
            ("filer_rejects_counter_notice", second, "not genuine"),
        ]
    filed = add_business_days(takedown, day)
    report = _replay(takedown, *rest, ("counter_notice_filed", filed, None))
    kinds = [f.kind for f in report.flags]
    if filed > due:
        assert kinds == [FlagKind.LATE]
        assert report.state is State.CLOSED
        return
    reached = State.COUNTER_NOTIFIED_2 if rounds == 2 else State.COUNTER_NOTIFIED_3
    assert report.state is reached  # kept as recorded
    if filed <= other:
        assert kinds == []
        return
    (flag,) = report.flags
    assert flag.kind is FlagKind.DISPUTED and flag.applied is None
    assert flag.deadline.due == due and flag.path == f"$[{len(rest) + 2}]"
    assert f"ended on {other}" in flag.message and "27 business days" in flag.message
    assert str(due) in flag.message and "R61" in flag.message


def test_a_late_first_counter_notice_taken_as_the_second_names_the_other_count() -> None:
    """R61: a first counter-notice out of its 3 business days uses that chance up and, in
    time for rounds 2-3, is the second; filed on 18 Feb 2022 for a complaint received on
    10 Jan, it is within the 30 days (to 21 Feb) but after the 27 (16 Feb): the flag says so,
    and the replay still takes it as the second counter-notice."""
    report = _replay(dt.date(2022, 1, 10), ("counter_notice_filed", dt.date(2022, 2, 18), None))
    (flag,) = report.flags
    assert flag.kind is FlagKind.LATE and report.state is State.COUNTER_NOTIFIED_2
    assert "to 2022-02-21" in flag.message and "ended on 2022-02-16" in flag.message
    assert "next round's counter-notice" in flag.message


def test_a_window_recorded_as_passed_between_the_two_counts_names_the_other() -> None:
    """The window recorded as passed on 18 Feb 2022 is early under the 30 days (to 21 Feb),
    but had passed under the 27 (16 Feb): the ``early`` flag names that count."""
    report = _replay(
        dt.date(2022, 1, 10),
        ("counter_notice_filed", dt.date(2022, 1, 11), None),
        ("filer_rejects_counter_notice", dt.date(2022, 1, 12), "not genuine"),
        ("counter_notice_window_expired", dt.date(2022, 2, 18), None),
    )
    (flag,) = report.flags
    assert flag.kind is FlagKind.EARLY and "ended on 2022-02-16" in flag.message
