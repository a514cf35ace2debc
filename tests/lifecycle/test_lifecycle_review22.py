"""review22: R61 read as a checker reads it.

"Each respondent has 3 chances to counter-notify, each with a time limit counted from receipt
of the complaint: the 1st within 3 business days, the 2nd and 3rd within 27 business days.
Missing a deadline uses up that chance." A seller who lets the first window pass has used up
the first chance; a counter-notice filed later, inside the 27 business days, is the second
counter-notice, in time. The replay gives that state whether or not the window's expiry is
recorded as an event: the same dates, the same state.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.calendars import add_business_days
from ipprules.lifecycle import Event, EventRecord, FlagKind, State, lifecycle_report


def _events(takedown: date, *rest: tuple[str, date]) -> list[EventRecord]:
    return [
        EventRecord("ipr_verified", on=takedown - timedelta(days=1)),
        EventRecord("takedown", on=takedown),
        *(EventRecord(name, on=on) for name, on in rest),
    ]


def test_a_counter_notice_after_the_first_window_is_the_second_in_time() -> None:
    takedown = date(2024, 6, 3)  # a Monday: round 1 ends on Thursday 6 June
    filed = date(2024, 6, 14)  # business day 9, inside the 27 business days of rounds 2-3
    report = lifecycle_report(_events(takedown, ("counter_notice_filed", filed)))
    assert report.state is State.COUNTER_NOTIFIED_2
    (flag,) = report.flags
    assert (flag.kind, flag.deadline.deadline_id) == (FlagKind.LATE, "counter_notice_round_1")
    assert flag.applied is Event.COUNTER_NOTICE_WINDOW_EXPIRED  # the first chance is used up
    assert "counter_notice_round_2_3" in flag.message and "2024-07-10" in flag.message
    assert report.applied[-1] is Event.COUNTER_NOTICE_FILED
    assert report.to_dict()["trace"][2]["state"] == "counter_notified_2"
    # the filer may reply to it: the replay goes on from the second round
    follow = lifecycle_report(
        [
            *_events(takedown, ("counter_notice_filed", filed)),
            EventRecord("filer_rejects_counter_notice", on=filed + timedelta(1), reason="x"),
        ]
    )
    assert follow.state is State.COUNTER_NOTICE_REJECTED_2


def test_recording_the_window_or_not_gives_the_same_state() -> None:
    takedown = date(2024, 6, 3)
    for day in (4, 9, 27, 28, 40):
        filed = add_business_days(takedown, day)
        implied = lifecycle_report(_events(takedown, ("counter_notice_filed", filed)))
        recorded = lifecycle_report(
            _events(
                takedown,
                ("counter_notice_window_expired", add_business_days(takedown, 4)),
                ("counter_notice_filed", filed),
            )
        )
        assert implied.state is recorded.state, day
        assert implied.state is (State.COUNTER_NOTIFIED_2 if day <= 27 else State.CLOSED)


@settings(max_examples=60, deadline=None)
@given(
    takedown=st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 12, 31)),
    day=st.integers(min_value=0, max_value=45),
)
def test_same_dates_same_state_with_or_without_the_recorded_expiry(
    takedown: date, day: int
) -> None:
    filed = add_business_days(takedown, day)
    implied = lifecycle_report(_events(takedown, ("counter_notice_filed", filed)))
    if day <= 3:
        assert (implied.state, implied.flags) == (State.COUNTER_NOTIFIED_1, ())
        return
    expired = add_business_days(takedown, 4)
    recorded = lifecycle_report(
        _events(
            takedown, ("counter_notice_window_expired", expired), ("counter_notice_filed", filed)
        )
    )
    assert implied.state is recorded.state


@pytest.mark.parametrize("platform", ["lazada_sg", "aliexpress", None])
def test_after_every_window_the_complaint_closes(platform: str | None) -> None:
    takedown = date(2022, 1, 20)  # received on the change date: rounds 2-3 have 27 days
    last = add_business_days(takedown, 27)
    ok = lifecycle_report(_events(takedown, ("counter_notice_filed", last)), platform=platform)
    assert ok.state is State.COUNTER_NOTIFIED_2
    late = lifecycle_report(
        _events(takedown, ("counter_notice_filed", last + timedelta(days=1))), platform=platform
    )
    assert late.state is State.CLOSED
    assert [f.deadline.deadline_id for f in late.flags] == ["counter_notice_round_1"]
