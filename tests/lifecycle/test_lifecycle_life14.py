"""Sweep life14: a mapping where a sequence of events is expected is a TypeError, and a date
outside the rule book's range is refused where the record is built (with the replay's
CoverageError and wording), not only when it is replayed."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.errors import CoverageError
from ipprules.lifecycle import (
    ComplaintEvents,
    EventRecord,
    State,
    lifecycle_report,
    reject_counter_notices,
    replay,
    trace,
)

MAPPINGS = [
    {"a": 1},
    {"takedown": 1},  # a key that is an event's name was read as that event
    OrderedDict(ipr_verified=None),
    MappingProxyType({"event": "takedown"}),
]
DOORS: list[Callable[[Any], object]] = [lifecycle_report, replay, trace]


@pytest.mark.parametrize("events", MAPPINGS, ids=lambda m: type(m).__name__)
@pytest.mark.parametrize("door", DOORS, ids=lambda f: f.__name__)
def test_a_mapping_is_no_sequence_of_events(door: Callable[[Any], object], events: Any) -> None:
    with pytest.raises(TypeError, match=r"^events must be a sequence of events .*not a mapping"):
        door(events)


def test_a_sequence_of_events_is_still_taken() -> None:
    assert replay(["ipr_verified"]) is State.UNDER_REVIEW
    assert lifecycle_report(("ipr_verified",)).state is State.UNDER_REVIEW


def _outside(what: str, day: date) -> str:
    return f"^the {what} {day} lies outside 1900-01-01..2999-12-31, the dates deadlines are"


FAR = st.one_of(st.dates(max_value=date(1899, 12, 31)), st.dates(min_value=date(3000, 1, 1)))


@settings(max_examples=50, deadline=None, derandomize=True)
@given(day=FAR, as_text=st.booleans())
def test_a_far_event_date_is_refused_when_the_record_is_built(day: date, as_text: bool) -> None:
    with pytest.raises(CoverageError, match=_outside("event date", day)):
        EventRecord("takedown", on=day.isoformat() if as_text else day)


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1, 1, 1), date(3000, 1, 1)])
def test_a_far_rejection_date_is_refused_before_any_listing(day: date) -> None:
    with pytest.raises(CoverageError, match=_outside("event date", day)):
        reject_counter_notices({"x": State.COUNTER_NOTIFIED_1}, "forged", on=day)


@pytest.mark.parametrize("field", ["ipr_submitted", "notice_received"])
@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1899, 12, 31)])
def test_a_far_fact_date_is_refused_when_the_events_are_built(field: str, day: date) -> None:
    with pytest.raises(CoverageError, match=_outside(f"{field} date", day)):
        ComplaintEvents(events=(), **{field: day})


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(2999, 12, 31)])
def test_the_range_s_ends_are_still_taken(day: date) -> None:
    assert EventRecord("takedown", on=day).on == day
    assert ComplaintEvents(events=(), ipr_submitted=day).ipr_submitted == day
