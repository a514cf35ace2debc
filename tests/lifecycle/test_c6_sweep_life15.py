"""C6 of product.md against ipp-rules.md (sweep life15): counter-notice deadlines, business
days, holidays, expiry, withdrawal and batch rejection. One row a rule id; the expected answer
is worked out here from the rule text, by a business-day count of this file's own (weekends;
China's 2024 National Day schedule as the State Council published it), not by the library.
Where the readings are disputed (B20 against R65) each reading's answer is a row of its own;
elsewhere every reading must answer alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from ipprules.lifecycle import (
    DeadlineStatus,
    Event,
    EventRecord,
    State,
    allowed_events,
    deadlines_from,
    lifecycle_report,
    reject_counter_notices,
)
from ipprules.rulebook import default_rulebook
from ipprules.rulebook.model import Answer

BOOK = default_rulebook()
# China 2024, National Day (State Council notice): 1-7 October off, Sunday 29 September and
# Saturday 12 October worked.
CN_OFF = {date(2024, 10, d) for d in range(1, 8)}
CN_WORKED = {date(2024, 9, 29), date(2024, 10, 12)}


def _working(day: date, china: bool) -> bool:
    if china and day in CN_WORKED:
        return True
    if china and day in CN_OFF:
        return False
    return day.weekday() < 5


def _after(start: str, amount: int, *, china: bool = False) -> date:
    """The day ``amount`` business days after ``start`` (the start day not counted)."""
    day, left = date.fromisoformat(start), amount
    while left:
        day += timedelta(days=1)
        left -= _working(day, china)
    return day


def _deadline(
    event: str, start: str, wanted: str, reading: str, **options: Any
) -> tuple[object, ...]:
    """The status, due and latest day of deadline ``wanted`` that ``event`` on ``start`` opens."""
    calendar = options.pop("calendar", None)
    extra = {} if calendar is None else {"calendar": calendar}
    found = deadlines_from(event, start, BOOK.as_of(start, reading), **options, **extra)
    (one,) = [d for d in found if d.deadline_id == wanted]
    return one.status, one.due, one.latest


def _china() -> Any:
    pytest.importorskip("holidays")
    from ipprules.calendars import china_calendar

    return china_calendar(2024, 2025)


def _after_a_counter_notice_on(day: str) -> Callable[[str], tuple[object, ...]]:
    """The state and the late flags after a takedown on Monday 2024-06-03 (the day the
    seller received the complaint) and a counter-notice on ``day``."""

    def answer(reading: str) -> tuple[object, ...]:
        events = [
            EventRecord("ipr_verified", on="2024-05-31"),
            EventRecord("takedown", on="2024-06-03"),
            EventRecord("counter_notice_filed", on=day),
        ]
        report = lifecycle_report(events, BOOK.as_of(day, reading), platform="aliexpress")
        return report.states[-1], tuple(f.kind.value for f in report.flags)

    return answer


def _straddling(reading: str) -> tuple[object, ...]:
    """A window of rounds 2-3 opened the day before the change: counted under the rule in
    force that day, and the answer names the other count (27 business days) and its day."""
    (one,) = [
        d
        for d in deadlines_from("takedown", "2022-01-19", BOOK.as_of("2022-01-19", reading))
        if d.deadline_id == "counter_notice_round_2_3"
    ]
    other = _after("2022-01-19", 27).isoformat()
    return one.due, "27 business days" in (one.note or ""), other in (one.note or "")


def _withdraw_under_review(reading: str) -> tuple[object, ...]:
    allowed = allowed_events(State.UNDER_REVIEW, rulebook=BOOK.as_of("2024-06-07", reading))
    return (Event.WITHDRAW in allowed,)


def _batch_rejection(reading: str) -> tuple[object, ...]:
    states = {"A": State.COUNTER_NOTIFIED_1, "B": State.TAKEN_DOWN}
    batch = reject_counter_notices(states, "forged", rulebook=BOOK.as_of("2024-06-07", reading))
    return batch.batch, batch.states["A"], batch.items[1].error is not None


DUE = DeadlineStatus.DUE
EXPECTED = DeadlineStatus.EXPECTED
FRI = "2024-06-07"  # a Friday: the counts cross a weekend
ALL = tuple(BOOK.interpretations)

ROWS: list[tuple[str, tuple[str, ...], Callable[[str], tuple[object, ...]], tuple[object, ...]]] = [
    # (rule id, the readings the row holds for, the answer asked, the answer from the text)
    ("R60", ALL,  # Alibaba.com: 3 working days from the notice
     lambda r: _deadline("notice_received", FRI, "seller_response_alibaba_com", r,
                         platform="alibaba_com"),
     (DUE, _after(FRI, 3), _after(FRI, 3))),
    ("R61 round 1", ALL,  # 3 business days from receipt of the complaint
     lambda r: _deadline("takedown", FRI, "counter_notice_round_1", r, platform="aliexpress"),
     (DUE, _after(FRI, 3), _after(FRI, 3))),
    ("R61 rounds 2-3 from 2022-01-20", ALL,  # 27 business days
     lambda r: _deadline("takedown", FRI, "counter_notice_round_2_3", r, platform="aliexpress"),
     (DUE, _after(FRI, 27), _after(FRI, 27))),
    ("R61 rounds 2-3 before 2022-01-20", ALL,  # previously 30 business days
     lambda r: _deadline("takedown", "2021-06-01", "counter_notice_round_2_3", r,
                         platform="aliexpress"),
     (DUE, _after("2021-06-01", 30), _after("2021-06-01", 30))),
    ("R61 a window open on 2022-01-20", ALL,  # the text does not say which count governs
     _straddling, (_after("2022-01-19", 30), True, True)),
    ("R61 China's adjusted working days", ALL,  # C6: the holiday calendar counts them
     lambda r: _deadline("takedown", "2024-09-27", "counter_notice_round_1", r,
                         platform="taobao", calendar=_china()),
     (DUE, _after("2024-09-27", 3, china=True), _after("2024-09-27", 3, china=True))),
    ("R61 China's holidays over 27 days", ALL,
     lambda r: _deadline("takedown", "2024-09-27", "counter_notice_round_2_3", r,
                         platform="taobao", calendar=_china()),
     (DUE, _after("2024-09-27", 27, china=True), _after("2024-09-27", 27, china=True))),
    ("R61 in time on the last day", ALL, _after_a_counter_notice_on("2024-06-06"),
     (State.COUNTER_NOTIFIED_1, ())),
    ("R61 late: the first chance used up", ALL, _after_a_counter_notice_on("2024-06-07"),
     (State.COUNTER_NOTIFIED_2, ("late",))),
    ("R61 late for every round: expired", ALL,
     _after_a_counter_notice_on((_after("2024-06-03", 27) + timedelta(days=1)).isoformat()),
     (State.CLOSED, ("late",))),
    ("D4 Lazada, third party", ALL,  # 3-5 working days
     lambda r: _deadline("takedown", FRI, "counter_notice_lazada", r, platform="lazada_sg"),
     (DUE, _after(FRI, 3), _after(FRI, 5))),
    ("D4 the filer's reply", ALL,  # no source gives it: unknown
     lambda r: _deadline("counter_notice_filed", FRI, "filer_reply_to_counter_notice", r,
                         platform="taobao"),
     (DeadlineStatus.UNKNOWN, None, None)),
    ("D6 IPR verification", ALL,  # 3 working days (S26) or 3 to 5 (S27)
     lambda r: _deadline("ipr_submitted", FRI, "ipr_verification", r, platform="taobao"),
     (EXPECTED, _after(FRI, 3), _after(FRI, 5))),
    ("D5 Alibaba.com review", ALL,  # 7 working days
     lambda r: _deadline("ipr_verified", FRI, "processing_alibaba_com_review", r,
                         platform="alibaba_com"),
     (EXPECTED, _after(FRI, 7), _after(FRI, 7))),
    ("R92 Lazada IPP Plus", ALL,  # guaranteed under 2 business days
     lambda r: _deadline("ipr_verified", FRI, "processing_lazada_ipp_plus", r,
                         platform="lazada_sg", ipp_plus=True),
     (DUE, _after(FRI, 2), _after(FRI, 2))),
    ("B19 processing", ALL,  # generally under three days (calendar days)
     lambda r: _deadline("ipr_verified", FRI, "processing_general", r, platform="taobao"),
     (EXPECTED, date(2024, 6, 10), date(2024, 6, 10))),
    ("B19 counterfeits", ALL,  # usually under 24 hours
     lambda r: _deadline("ipr_verified", FRI, "processing_counterfeit", r, platform="taobao",
                         counterfeit=True),
     (EXPECTED, date(2024, 6, 8), date(2024, 6, 8))),
    ("B20 withdrawal (brief)", ("brief", "brief-at-least-100"),  # only subject to counter-notice
     _withdraw_under_review, (False,)),
    ("R65 withdrawal (official)", ("official",),  # a complaint can be withdrawn
     _withdraw_under_review, (True,)),
    ("B20 batch rejection (brief)", ("brief", "brief-at-least-100"),
     _batch_rejection, (Answer.YES, State.COUNTER_NOTICE_REJECTED_1, True)),
    ("B20 batch rejection (official)", ("official",),  # no official source: unknown
     _batch_rejection, (Answer.UNKNOWN, State.COUNTER_NOTICE_REJECTED_1, True)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "readings", "ask", "expected"), [pytest.param(*row, id=row[0]) for row in ROWS]
)
def test_c6_rule(
    rule: str,
    readings: tuple[str, ...],
    ask: Callable[[str], tuple[object, ...]],
    expected: tuple[object, ...],
) -> None:
    for reading in readings:
        assert ask(reading) == expected, (rule, reading)


def test_the_readings_cover_the_book() -> None:
    """Every reading the book has is asked on every row (a new one must be placed)."""
    covered = {r for _, readings, _, _ in ROWS for r in readings}
    assert covered == set(BOOK.interpretations)
    assert "official" in BOOK.interpretations and "brief" in BOOK.interpretations
