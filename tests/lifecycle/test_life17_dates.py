"""Sweep life17: life16's left-overs in the deadlines, each answer worked out here from the
rule text (ipp-rules.md R61, D4) and from what the files do, not by the library.

- R61's windows rest on a notice that names no platform (S25): every list of deadlines says
  so, as ``deadline_for`` does.
- A ``datetime`` with a time zone is refused where a count starts, as a file's date-time is;
  ``due_date`` bounds its start as ``deadline_for`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ipprules.errors import CoverageError, InputError
from ipprules.lifecycle import (
    EventRecord,
    State,
    deadline_for,
    deadlines_from,
    due_date,
    lifecycle_report,
    next_deadlines,
)

E = EventRecord


# ------------------------------------------------- D4 / S25: deadlines_from names the inference
# R61 "[3P reproducing a bilingual platform notice, platform not named on the page]" (S25):
# every list of deadlines says, as deadline_for does, that its windows are inferred there.

PLATFORMS = ["alibaba_com", "aliexpress", "1688", "taobao", "lazada_sg", None]


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("event", ["takedown", "notice_received", "complaint_received"])
def test_deadlines_from_says_r61s_source_names_no_platform(
    platform: str | None, event: str
) -> None:
    where = f"on {platform}" if platform else "on every platform"
    clause = f"its source (S25) names no platform: {where} this window is inferred"
    found = {d.deadline_id: d for d in deadlines_from(event, date(2024, 6, 3), platform=platform)}
    for rid in ("counter_notice_round_1", "counter_notice_round_2_3"):
        assert clause in (found[rid].note or "")
        assert clause in (deadline_for(rid, date(2024, 6, 3), platform=platform).note or "")
    for rid in set(found) - {"counter_notice_round_1", "counter_notice_round_2_3"}:
        assert "names no platform" not in (found[rid].note or "")  # S24, S53 name theirs


# ------------------------------------------- dates: the API as the files (life13 left-overs)

ZONED = [
    datetime(2024, 6, 3, 23, 0, tzinfo=UTC),  # 4 June in China
    datetime(2024, 6, 3, 1, 0, tzinfo=timezone(timedelta(hours=8))),
]


@pytest.mark.parametrize("zoned", ZONED)
@pytest.mark.parametrize(
    "call",
    [
        lambda d: due_date(d, 3, "business_days"),
        lambda d: due_date(d, 3, "calendar_days"),
        lambda d: deadline_for("counter_notice_round_1", d),
        lambda d: deadlines_from("takedown", d),
        lambda d: EventRecord("takedown", on=d),
        lambda d: next_deadlines(State.TAKEN_DOWN, {"takedown": d}),
        lambda d: lifecycle_report([E("ipr_verified", on=date(2024, 6, 3))], notice_received_on=d),
    ],
)
def test_a_datetime_with_a_time_zone_is_refused_as_files_refuse_it(
    zoned: datetime, call: Callable[[datetime], object]
) -> None:
    """Its date depends on the zone it is read in; a file's date-time is refused too."""
    with pytest.raises(InputError, match="with a time zone") as caught:
        call(zoned)
    assert zoned.isoformat() in str(caught.value)


def test_a_naive_datetime_still_gives_its_date() -> None:
    assert due_date(datetime(2024, 9, 27, 23, 0), 3, "business_days") == date(2024, 10, 2)


@pytest.mark.parametrize("start", [date(1, 1, 1), date(1899, 12, 31), date(3000, 1, 1)])
@pytest.mark.parametrize("unit", ["business_days", "calendar_days", "hours"])
def test_due_date_refuses_a_start_deadline_for_refuses(start: date, unit: str) -> None:
    with pytest.raises(CoverageError) as from_due:
        due_date(start, 3, unit)
    with pytest.raises(CoverageError) as from_deadline:
        deadline_for("counter_notice_round_1", start)
    assert str(from_due.value) == str(from_deadline.value)
