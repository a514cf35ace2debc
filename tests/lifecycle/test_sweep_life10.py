"""The lifecycle, deadlines, counter-notice timing and seller penalties against the rule text
(sweep life10). Each row names the rule it rests on (R56-R67, R60, R61, D4-D6, B19, B20, R64,
R85-R88, R92) and asks one question through the public API or the command line: a legal or an
illegal move, a deadline across weekends, China's holidays and make-up working days or a year
end, a date the calendar does not cover, a penalty at each step of its ladder."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ipprules.calendars import WEEKENDS, Calendar, HolidayCalendar
from ipprules.cli import main
from ipprules.errors import CoverageError, IpprulesError
from ipprules.lifecycle import (
    EventRecord,
    IllegalTransition,
    State,
    deadline_for,
    deadlines_from,
    lifecycle_report,
    replay,
    step,
)
from ipprules.penalties import Violation, penalty_standing
from ipprules.rulebook import default_rulebook

D = date


def _china(first: int, last: int | None = None) -> Calendar:
    pytest.importorskip("holidays")
    from ipprules.calendars import china_calendar

    return china_calendar(first, last)


# -------------------------------------------------------------------- moves (R56-R67, B20)

ILLEGAL = [
    # (rule, events replayed first, the event refused, the state named)
    ("R7", [], "takedown", "pending_verification"),  # not before the IPR is verified
    ("B20", ["ipr_verified"], "withdraw", "under_review"),  # brief: only once taken down
    ("R61", ["ipr_verified", "takedown"], "filer_rejects_counter_notice", "taken_down"),
    ("R56", ["ipr_verified", "reject"], "withdraw", "rejected"),  # final
    ("R56", ["ipr_verified", "takedown", "withdraw"], "counter_notice_filed", "withdrawn"),
    (
        "R61",  # three chances only: a fourth counter-notice is refused
        [
            "ipr_verified",
            "takedown",
            "counter_notice_filed",
            "platform_rejects_counter_notice",
            "counter_notice_filed",
            "platform_rejects_counter_notice",
            "counter_notice_filed",
            "platform_rejects_counter_notice",
        ],
        "counter_notice_filed",
        "closed",
    ),
    ("R60", ["ipr_verified"], "counter_notice_filed", "under_review"),
]


@pytest.mark.parametrize(("rule", "before", "event", "state"), ILLEGAL)
def test_illegal_moves_are_refused_naming_state_and_event(
    rule: str, before: list[str], event: str, state: str
) -> None:
    now = replay(before)
    assert now.value == state, rule
    with pytest.raises(IllegalTransition) as caught:
        step(now, event)
    assert isinstance(caught.value, IpprulesError)
    message = str(caught.value)
    assert f"'{event}'" in message and f"'{state}'" in message, rule


LEGAL = [
    # (rule, events, final state)
    (
        "R56",
        ["ipr_verified", "takedown", "counter_notice_filed", "filer_accepts_counter_notice"],
        "reinstated_by_filer",
    ),
    (
        "R56",
        ["ipr_verified", "takedown", "counter_notice_filed", "platform_accepts_counter_notice"],
        "reinstated_by_platform",
    ),
    ("R65", ["ipr_verified", "takedown", "counter_notice_filed", "withdraw"], "withdrawn"),
    ("R59", ["ipr_verified", "reject"], "rejected"),
    (
        "R61",
        [
            "ipr_verified",
            "takedown",
            "counter_notice_window_expired",
            "counter_notice_window_expired",
        ],
        "closed",
    ),
    (
        "R61",
        ["ipr_verified", "takedown", "counter_notice_window_expired", "counter_notice_filed"],
        "counter_notified_2",
    ),
]


@pytest.mark.parametrize(("rule", "events", "final"), LEGAL)
def test_legal_paths(rule: str, events: list[str], final: str) -> None:
    assert replay(events).value == final, rule


def test_withdrawal_under_review_is_the_official_reading() -> None:
    """B20 (default) against R65 (official, inferred): a withdrawal during review is refused
    naming the reading that allows it, and applied under that reading."""
    official = default_rulebook().as_of("2024-06-03", "official")
    with pytest.raises(IllegalTransition) as caught:
        step(State.UNDER_REVIEW, "withdraw")
    assert "allowed under: official" in str(caught.value)
    assert (
        step(State.UNDER_REVIEW, "withdraw", rulebook=official) is State.WITHDRAWN_BEFORE_TAKEDOWN
    )


@pytest.mark.parametrize("final", ["rejected", "withdrawn", "closed", "reinstated_by_filer"])
def test_cli_refuses_a_move_out_of_a_final_state(
    final: str, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = {
        "rejected": "ipr_verified,reject=no proof",
        "withdrawn": "ipr_verified,takedown,withdraw",
        "closed": "ipr_verified,takedown,counter_notice_window_expired,counter_notice_window_expired",
        "reinstated_by_filer": "ipr_verified,takedown,counter_notice_filed,filer_accepts_counter_notice",
    }
    assert main(["lifecycle", "--events", paths[final] + ",takedown"]) == 2
    err = capsys.readouterr().err
    assert f"'{final}'" in err and "Traceback" not in err


# ------------------------------------------------------------------ deadlines (R60, R61, D4)

ROUND_1, ROUNDS_2_3 = "counter_notice_round_1", "counter_notice_round_2_3"
ALIBABA, LAZADA, REPLY = (
    "seller_response_alibaba_com",
    "counter_notice_lazada",
    "filer_reply_to_counter_notice",
)
WK = "weekends"
DEADLINES = [
    # (rule, deadline id, start, calendar, status, due, latest)
    ("R61", ROUND_1, D(2024, 9, 27), WK, "due", D(2024, 10, 2), None),
    # China's National Day 2024: 1-7 Oct off, Sunday 29 Sep worked
    ("R61", ROUND_1, D(2024, 9, 27), "cn2024", "due", D(2024, 10, 8), None),
    # Spring Festival 2024: 10-17 Feb off, Sunday 18 Feb worked
    ("R61", ROUND_1, D(2024, 2, 8), "cn2024", "due", D(2024, 2, 19), None),
    # National Day 2026: Saturday 10 Oct worked
    ("R61", ROUND_1, D(2026, 9, 30), "cn2026", "due", D(2026, 10, 10), None),
    # a year end: 1 Jan is a weekday on weekends, a holiday in China
    ("R61", ROUND_1, D(2024, 12, 30), WK, "due", D(2025, 1, 2), None),
    ("R61", ROUND_1, D(2024, 12, 30), "cn2024-2025", "due", D(2025, 1, 3), None),
    ("R61", ROUND_1, D(2024, 6, 1), WK, "due", D(2024, 6, 5), None),  # from a Saturday
    # 30 business days for a complaint received before 20 Jan 2022, 27 from that day
    ("R61", ROUNDS_2_3, D(2022, 1, 19), WK, "due", D(2022, 3, 2), None),
    ("R61", ROUNDS_2_3, D(2022, 1, 20), WK, "due", D(2022, 2, 28), None),
    # across the 2026 New Year (1-3 Jan off, Sunday 4 Jan worked)
    ("R61", ROUNDS_2_3, D(2025, 12, 20), "cn2025-2026", "due", D(2026, 1, 28), None),
    ("R60", ALIBABA, D(2024, 9, 27), "cn2024", "due", D(2024, 10, 8), None),
    ("D4", LAZADA, D(2024, 6, 3), WK, "due", D(2024, 6, 6), D(2024, 6, 10)),
    ("D4", REPLY, D(2024, 6, 3), WK, "unknown", None, None),
    ("D6", "ipr_verification", D(2024, 5, 6), WK, "expected", D(2024, 5, 9), D(2024, 5, 13)),
    ("B19", "processing_general", D(2024, 5, 6), WK, "expected", D(2024, 5, 9), None),
    ("B19", "processing_counterfeit", D(2024, 5, 6), WK, "expected", D(2024, 5, 7), None),
    ("R66", "processing_alibaba_com_review", D(2024, 5, 6), WK, "expected", D(2024, 5, 15), None),
    ("R92", "processing_lazada_ipp_plus", D(2024, 5, 10), WK, "due", D(2024, 5, 14), None),
]


def _calendar(key: str) -> Calendar:
    if key == WK:
        return WEEKENDS
    years = [int(y) for y in key[2:].split("-")]
    return _china(years[0], years[-1])


@pytest.mark.parametrize(
    ("rule", "deadline_id", "start", "cal", "status", "due", "latest"), DEADLINES
)
def test_deadline_rows(
    rule: str,
    deadline_id: str,
    start: date,
    cal: str,
    status: str,
    due: date | None,
    latest: date | None,
) -> None:
    r = deadline_for(deadline_id, start, calendar=_calendar(cal))
    assert (r.status.value, r.due) == (status, due), rule
    if latest is not None:
        assert r.latest == latest
    assert rule in r.rule_ids


COVERAGE = [
    # (rule, deadline id, start, calendar): the count needs a day the calendar does not know
    ("R61", "counter_notice_round_1", D(2024, 12, 30), "cn2024"),  # ends in 2025
    ("R61", "counter_notice_round_1", D(2023, 12, 29), "cn2024"),  # starts before it
    ("R61", "counter_notice_round_2_3", D(2024, 12, 2), "cn2024"),
]


@pytest.mark.parametrize(("rule", "deadline_id", "start", "cal"), COVERAGE)
def test_a_day_outside_the_calendar_is_refused_never_guessed(
    rule: str, deadline_id: str, start: date, cal: str
) -> None:
    with pytest.raises(CoverageError):
        deadline_for(deadline_id, start, calendar=_calendar(cal))
    # listed among the deadlines an event starts, it is uncounted, with no date
    counted = {r.deadline_id: r for r in deadlines_from("takedown", start, calendar=_calendar(cal))}
    if deadline_id in counted and start.year == 2024:
        assert counted[deadline_id].status.value == "uncounted" and counted[deadline_id].due is None


def test_a_holiday_calendar_file_bounds_are_kept() -> None:
    """A calendar that declares its dates refuses any count that touches a date outside them."""
    office = HolidayCalendar(name="office", valid_from=D(2024, 1, 1), valid_until=D(2024, 12, 31))
    assert deadline_for("counter_notice_round_1", D(2024, 12, 26), calendar=office).due == D(
        2024, 12, 31
    )
    with pytest.raises(CoverageError):
        deadline_for("counter_notice_round_1", D(2024, 12, 27), calendar=office)


def test_cli_deadline_across_golden_week_and_past_the_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("holidays")
    args = ["deadline", "counter_notice_round_1", "--on", "2024-09-27", "--calendar", "china"]
    assert main([*args, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (row,) = out["deadlines"]
    assert row["due"] == "2024-10-08" and row["rule_ids"] == ["R61", "D4"]
    assert row["platform_confidence"] == "inferred"
    # the window ends in a year the installed calendar does not know: refused, exit 2
    from ipprules.calendars import last_china_year

    last = last_china_year()
    assert (
        main(["deadline", "counter_notice_round_1", "--on", f"{last}-12-30", "--calendar", "china"])
        == 2
    )
    assert f"{last + 1}-01-0" in capsys.readouterr().err


# --------------------------------------------------------------- counter-notice timing (R61)

NOTIFIED_1, NOTIFIED_2 = "counter_notified_1", "counter_notified_2"
TIMING = [
    # (rule, platform, calendar, takedown, filed, state, flags)
    ("R61", None, "cn2024", D(2024, 9, 27), D(2024, 10, 8), NOTIFIED_1, []),
    ("R61", None, "cn2024", D(2024, 9, 27), D(2024, 10, 9), NOTIFIED_2, ["late"]),
    ("R61", None, WK, D(2024, 9, 27), D(2024, 10, 8), NOTIFIED_2, ["late"]),
    ("D4", "lazada_sg", WK, D(2024, 6, 3), D(2024, 6, 6), NOTIFIED_1, []),
    ("D4", "lazada_sg", WK, D(2024, 6, 3), D(2024, 6, 10), NOTIFIED_1, ["disputed"]),
    ("D4", "lazada_sg", WK, D(2024, 6, 3), D(2024, 6, 11), NOTIFIED_2, ["late"]),
]


@pytest.mark.parametrize(("rule", "platform", "cal", "takedown", "filed", "state", "flags"), TIMING)
def test_counter_notice_timing(
    rule: str,
    platform: str | None,
    cal: str,
    takedown: date,
    filed: date,
    state: str,
    flags: list[str],
) -> None:
    """R61: the first counter-notice is due within 3 business days of receiving the complaint;
    one out of time uses up that chance, and counts for the next round if in time for it. D4:
    on Lazada, 3-5 working days (third party): between the two, the sources differ."""
    events = [
        EventRecord("ipr_verified", on=D(2024, 5, 31)),
        EventRecord("takedown", on=takedown),
        EventRecord("counter_notice_filed", on=filed),
    ]
    r = lifecycle_report(events, calendar=_calendar(cal), platform=platform)
    assert (r.state.value, [f.kind.value for f in r.flags]) == (state, flags), rule


# --------------------------------------------------------------------- penalties (R85-R88, R64)


def _points(total: int, platform: str = "alibaba_com") -> list[Violation]:
    days = [D(2024, 3, 1 + i) for i in range((total + 5) // 6)]
    return [
        Violation(on=d, kind="general", points=min(6, total - 6 * i)) for i, d in enumerate(days)
    ]


LADDER = [
    # (rule, points, ladder action, closed): Alibaba.com (R86: S41 official, the ladder S42)
    ("R86", 5, None, "no"),
    ("R86", 6, "severe warning", "no"),
    ("R86", 12, "restriction for 7 days", "no"),
    ("R86", 24, "restriction for 14 days", "no"),
    ("R86", 36, "restriction for 21 days and removal of all products", "no"),
    ("R86", 47, "restriction for 21 days and removal of all products", "no"),
    ("R86", 48, "membership termination", "yes"),
]


@pytest.mark.parametrize(("rule", "points", "action", "closed"), LADDER)
def test_alibaba_com_ladder_steps(rule: str, points: int, action: str | None, closed: str) -> None:
    s = penalty_standing(_points(points), "alibaba_com", D(2024, 6, 1), validity_days=365)
    assert s.points.value == points
    assert (s.ladder_step.action if s.ladder_step else None) == action, rule
    assert s.closed.value == closed
    if action is not None:  # the ladder is a third-party copy: its step says so
        assert s.confidence["ladder_step"] == "third-party"


SERIOUS = [
    # (rule, platform, days of serious violations, same right, reading, serious, closed)
    ("R86", "alibaba_com", [1, 2, 3], False, "brief", 3, "no"),  # 4 serious under S41
    ("R86", "alibaba_com", [1, 2, 3, 4], False, "brief", 4, "yes"),
    ("R86", "alibaba_com", [1, 2, 3], True, "brief", 3, "yes"),  # 3 against one right
    ("R87", "alibaba_com", [1, 2, 3], False, "official", 3, "yes"),  # three strikes
    ("R85", "aliexpress", [1, 2, 3], False, "brief", 1, "no"),  # within 3 days: one
    ("R85", "aliexpress", [1, 3, 4], False, "brief", 2, "no"),  # the 4th starts a new strike
    ("R85", "aliexpress", [1, 4, 7], False, "brief", 3, "yes"),
]


@pytest.mark.parametrize(
    ("rule", "platform", "days", "same", "reading", "serious", "closed"), SERIOUS
)
def test_serious_violations_and_closure(
    rule: str, platform: str, days: list[int], same: bool, reading: str, serious: int, closed: str
) -> None:
    violations = [
        Violation(on=D(2024, 3, d), kind="counterfeit", right="TM1" if same else f"TM{d}")
        for d in days
    ]
    book = default_rulebook().as_of("2024-06-01", reading)
    assumed = 365 if platform == "alibaba_com" else None
    s = penalty_standing(violations, platform, D(2024, 3, 10), book, validity_days=assumed)
    assert (s.serious.value, s.closed.value) == (serious, closed), rule


def test_penalty_rows_at_the_edges_of_their_rules() -> None:
    # R85: 6 points a day at most for general violations; 365 days in force
    same_day = [Violation(on=D(2024, 3, 4), kind="general", points=4) for _ in range(2)]
    assert penalty_standing(same_day, "aliexpress", D(2024, 3, 4)).points.value == 6
    assert penalty_standing(same_day, "aliexpress", D(2025, 3, 3)).points.value == 6
    assert penalty_standing(same_day, "aliexpress", D(2025, 3, 4)).points.value == 0
    # R88: Lazada closes at 48 points; 16 at most for a counterfeit
    three = [Violation(on=D(2024, 3, 4), kind="counterfeit", points=16) for _ in range(3)]
    assert penalty_standing(three, "lazada_sg", D(2024, 3, 4)).closed.value == "yes"
    with pytest.raises(IpprulesError):
        penalty_standing(
            [Violation(on=D(2024, 3, 4), kind="patent", points=7)], "lazada_sg", D(2024, 3, 4)
        )
    # R64: 1688 accepts no counter-notice at 60 points or more
    for points, barred in ((59, "unknown"), (60, "yes")):
        v = [Violation(on=D(2024, 3, 4), kind="general", points=points)]
        assert penalty_standing(v, "1688", D(2024, 3, 4)).counter_notice_barred.value == barred
    # no penalty data for Taobao: unknown, never a guess
    assert penalty_standing(same_day, "taobao", D(2024, 3, 4)).closed.value == "unknown"
