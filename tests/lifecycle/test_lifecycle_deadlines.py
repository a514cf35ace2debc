"""Deadlines from the rule book: dated (as of the start), sourced, unknowns kept unknown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.calendars import WEEKENDS, HolidayCalendar, business_days_between
from ipprules.errors import CoverageError, InputError, IpprulesError, UnknownNameError
from ipprules.lifecycle import (
    DeadlineStatus,
    Event,
    EventRecord,
    HookCondition,
    IllegalTransition,
    State,
    deadline_for,
    deadline_hooks,
    due_date,
    lifecycle_report,
    next_deadlines,
)
from ipprules.rulebook import default_rulebook

E, S = Event, State
CHANGE = date(2022, 1, 20)  # R61: 30 -> 27 business days


def test_every_hook_names_a_rule_book_deadline() -> None:
    rules = default_rulebook().as_of("2024-01-01")
    for state in State:
        for hook in deadline_hooks(state):
            assert hook.deadline_id in rules.deadlines


def test_round_2_3_both_sides_of_the_change() -> None:
    before = deadline_for("counter_notice_round_2_3", CHANGE - timedelta(days=1))
    on = deadline_for("counter_notice_round_2_3", CHANGE)
    assert (before.amount, on.amount) == (30, 27)
    assert before.status is on.status is DeadlineStatus.DUE
    assert before.rule.effective_until == CHANGE
    assert on.rule.effective_from == CHANGE
    assert business_days_between(before.start, before.due) == 30  # type: ignore[arg-type]
    assert business_days_between(on.start, on.due) == 27  # type: ignore[arg-type]
    # Wednesday 19 Jan 2022 + 30 business days; Thursday 20 Jan 2022 + 27
    assert before.due == date(2022, 3, 2)
    assert on.due == date(2022, 2, 28)
    assert [s.id for s in on.sources] == ["S25"]
    assert "R61" in on.rule_ids


@given(st.dates(date(2015, 1, 6), date(2030, 12, 31)))
def test_round_2_3_amount_follows_the_start_date(start: date) -> None:
    result = deadline_for("counter_notice_round_2_3", start)
    assert result.amount == (30 if start < CHANGE else 27)
    assert result.due is not None
    assert business_days_between(start, result.due) == result.amount


def test_the_view_passed_only_lends_its_book() -> None:
    # a view resolved after the change still applies the rule of the (earlier) start date
    view = default_rulebook().as_of("2024-01-01", "official")
    assert deadline_for("counter_notice_round_2_3", date(2021, 6, 1), view).amount == 30


def test_first_counter_notice_and_alibaba_com_response() -> None:
    friday = date(2024, 9, 27)
    r1 = deadline_for("counter_notice_round_1", friday)
    assert r1.due == date(2024, 10, 2)
    assert r1.counted_in == "weekends"
    golden = HolidayCalendar(
        name="golden week",
        holidays=[date(2024, 10, d) for d in range(1, 8)],
        workdays=[date(2024, 9, 29)],
    )
    assert deadline_for("counter_notice_round_1", friday, calendar=golden).due == date(2024, 10, 8)
    ali = deadline_for("seller_response_alibaba_com", friday, platform="alibaba_com")
    assert ali.due == date(2024, 10, 2)
    assert ali.rule.unit is not None and ali.rule.unit.value == "working_days"
    with pytest.raises(IpprulesError, match="applies only on alibaba_com"):
        deadline_for("seller_response_alibaba_com", friday, platform="lazada_sg")


def test_expectations_are_not_deadlines() -> None:
    monday = date(2024, 5, 6)
    general = deadline_for("processing_general", monday)
    assert (general.status, general.due, general.counted_in) == (
        DeadlineStatus.EXPECTED,
        date(2024, 5, 9),
        None,
    )
    fake = deadline_for("processing_counterfeit", monday)
    assert fake.due == fake.latest == date(2024, 5, 7)  # 24 hours -> the next calendar day
    verification = deadline_for("ipr_verification", monday)
    assert (verification.due, verification.latest) == (date(2024, 5, 9), date(2024, 5, 13))
    assert "not a guarantee" in verification.describe()
    alibaba = deadline_for("processing_alibaba_com_review", monday)
    assert alibaba.due == date(2024, 5, 15)


def test_lazada_ipp_plus_starts_in_2020() -> None:
    plus = deadline_for("processing_lazada_ipp_plus", date(2020, 1, 1), platform="lazada_sg")
    assert plus.due == date(2020, 1, 3)
    with pytest.raises(UnknownNameError):
        deadline_for("processing_lazada_ipp_plus", date(2019, 12, 31))


def test_unknown_kind_has_no_date_but_says_so() -> None:
    result = deadline_for("filer_reply_to_counter_notice", date(2024, 5, 6))
    assert result.status is DeadlineStatus.UNKNOWN
    assert result.kind == "unknown"
    assert result.due is None and result.latest is None
    assert result.to_dict()["status"] == "unknown"
    assert "unknown" in result.describe()


def test_bad_ids_and_dates() -> None:
    with pytest.raises(UnknownNameError, match="processing_expectation"):
        deadline_for("processing_expectation", date(2024, 5, 6))
    with pytest.raises(CoverageError):
        deadline_for("counter_notice_round_1", date(2014, 12, 31))
    with pytest.raises(UnknownNameError):
        deadline_for("counter_notice_round_1", date(2024, 5, 6), platform="ebay")
    with pytest.raises(IpprulesError, match="unknown time unit"):
        due_date(date(2024, 5, 6), 3, "fortnights")


@pytest.mark.parametrize(("hours", "days"), [(1, 1), (23, 1), (24, 1), (25, 2), (48, 2), (49, 3)])
def test_hours_round_up_to_whole_days(hours: int, days: int) -> None:
    start = date(2024, 5, 6)
    assert due_date(start, hours, "hours") == start + timedelta(days=days)


def test_next_deadlines_per_state_and_platform() -> None:
    takedown = date(2022, 1, 19)
    dates = {E.IPR_VERIFIED: date(2022, 1, 17), E.TAKEDOWN: takedown}
    ids = [r.deadline_id for r in next_deadlines(S.TAKEN_DOWN, dates)]
    assert ids == ["counter_notice_round_1", "counter_notice_lazada", "seller_response_alibaba_com"]
    # D4: on Lazada a third party gives 3-5 working days beside R61's 3 business days
    lazada = next_deadlines(S.TAKEN_DOWN, dates, platform="lazada_th")
    assert [(r.deadline_id, r.amount) for r in lazada] == [
        ("counter_notice_round_1", 3),
        ("counter_notice_lazada", 3),
    ]
    assert lazada[1].due == date(2022, 1, 24) and lazada[1].latest == date(2022, 1, 26)
    ids = [r.deadline_id for r in next_deadlines(S.TAKEN_DOWN, dates, platform="taobao")]
    assert ids == ["counter_notice_round_1"]
    rows = next_deadlines(S.COUNTER_NOTICE_REJECTED_2, dates, platform="aliexpress")
    assert [(r.deadline_id, r.amount, r.start) for r in rows] == [
        ("counter_notice_round_2_3", 30, takedown)
    ]
    review = next_deadlines(S.UNDER_REVIEW, dates)
    assert [(r.deadline_id, r.status) for r in review] == [
        ("processing_general", DeadlineStatus.EXPECTED),
        ("processing_alibaba_com_review", DeadlineStatus.EXPECTED),
        ("seller_response_alibaba_com", DeadlineStatus.UNDATED),  # R60: needs the notice date
    ]
    noticed = next_deadlines(S.UNDER_REVIEW, dates, notice_received_on=date(2022, 1, 18))
    assert noticed[-1].due == date(2022, 1, 21)
    review = next_deadlines(S.UNDER_REVIEW, dates, counterfeit=True, platform="lazada_sg")
    assert [r.deadline_id for r in review] == ["processing_general", "processing_counterfeit"]
    assert review[1].condition is HookCondition.COUNTERFEIT
    plus = next_deadlines(S.UNDER_REVIEW, dates, ipp_plus=True, platform="lazada_sg")
    assert [r.deadline_id for r in plus][-1] == "processing_lazada_ipp_plus"
    # IPP Plus is not in force in 2019: left out rather than invented
    old = next_deadlines(S.UNDER_REVIEW, {E.IPR_VERIFIED: date(2019, 7, 1)}, ipp_plus=True)
    assert "processing_lazada_ipp_plus" not in [r.deadline_id for r in old]
    assert next_deadlines(S.CLOSED, dates) == ()
    with pytest.raises(UnknownNameError):
        next_deadlines(S.TAKEN_DOWN, dates, platform="ebay")


def test_missing_start_dates_give_undated_results() -> None:
    rows = next_deadlines(S.PENDING_VERIFICATION, {})
    assert [(r.deadline_id, r.status) for r in rows] == [
        ("ipr_verification", DeadlineStatus.UNDATED)
    ]
    assert "needs the date" in rows[0].describe()
    dated = next_deadlines(S.PENDING_VERIFICATION, {}, ipr_submitted_on=date(2024, 5, 6))
    assert dated[0].due == date(2024, 5, 9)
    reply = next_deadlines(S.COUNTER_NOTIFIED_1, {E.TAKEDOWN: date(2024, 5, 6)})
    assert reply[0].status is DeadlineStatus.UNKNOWN


def test_lifecycle_report_replays_and_dates() -> None:
    report = lifecycle_report(
        [
            EventRecord("ipr_verified", on=date(2022, 1, 18)),
            EventRecord("takedown", on=date(2022, 1, 20)),
            EventRecord("counter_notice_filed", on=date(2022, 1, 21)),
            EventRecord("filer_rejects_counter_notice", on=date(2022, 1, 24), reason="forged"),
        ],
        platform="alibaba_com",
    )
    assert report.state is S.COUNTER_NOTICE_REJECTED_1
    (row,) = report.deadlines
    assert (row.deadline_id, row.amount, row.due) == (
        "counter_notice_round_2_3",
        27,
        date(2022, 2, 28),
    )
    data = report.to_dict()
    assert data["state"] == "counter_notice_rejected_1"
    assert [t["state"] for t in data["trace"]][-1] == "counter_notice_rejected_1"
    assert data["deadlines"][0]["sources"][0]["id"] == "S25"


def test_lifecycle_report_refuses_bad_sequences() -> None:
    with pytest.raises(InputError, match="date order") as info:
        lifecycle_report(
            [
                EventRecord("ipr_verified", on=date(2024, 5, 6)),
                EventRecord("takedown", on=date(2024, 5, 3)),
            ]
        )
    assert info.value.path == "$[1].on"
    with pytest.raises(IllegalTransition):
        lifecycle_report(["takedown"])


def test_calendar_coverage_is_enforced() -> None:
    short = HolidayCalendar(
        name="2024 only", valid_from=date(2024, 1, 1), valid_until=date(2024, 12, 31)
    )
    with pytest.raises(CoverageError):
        deadline_for("counter_notice_round_2_3", date(2024, 12, 20), calendar=short)
    assert deadline_for("counter_notice_round_1", date(2024, 5, 6), calendar=short).due == date(
        2024, 5, 9
    )
    assert WEEKENDS.name == "weekends"


def test_a_deadline_past_the_calendar_is_uncounted_and_the_others_are_given():
    """A takedown on 2 December 2026 with a calendar known to the end of 2026: the 3-day
    window is counted; the 27-day one runs into 2027 and has no date (never a guess), where
    the whole answer was refused before."""
    from datetime import date as _date

    from ipprules.calendars import HolidayCalendar
    from ipprules.lifecycle import DeadlineStatus, deadlines_from

    year = HolidayCalendar(
        name="CN 2026", valid_from=_date(2026, 1, 1), valid_until=_date(2026, 12, 31)
    )
    found = {
        r.deadline_id: r for r in deadlines_from("takedown", _date(2026, 12, 2), calendar=year)
    }
    assert found["counter_notice_round_1"].due == _date(2026, 12, 7)
    late = found["counter_notice_round_2_3"]
    assert (late.status, late.due) == (DeadlineStatus.UNCOUNTED, None)
    assert "2027-01-08 is outside it" in late.note and "no date" in late.describe()
    assert late.to_dict()["status"] == "uncounted"
