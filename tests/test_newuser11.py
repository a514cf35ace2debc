"""A vendor engineer embedding ipprules in a service (newuser11): the Python API only, with
plans built from dicts, a task queue that pickles, threads, and junk arguments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import ipprules
from ipprules.checks import plan_from_data
from ipprules.errors import InputError
from ipprules.goodfaith import History, what_if
from ipprules.lifecycle import lifecycle_report, read_events
from ipprules.listings import StreamConsumedError
from ipprules.planner import plan_listings, read_lines

_URLS = "examples/planner-urls.csv"
_ACCOUNT = "examples/planner-account.toml"


# -------------------- 1. a plan from a value that is no table, as a service receives one
# plan_from_data(b"...") said "invalid value: a bytes-like object is required, not 'str'" and
# plan_from_data(datetime) "argument of type 'datetime.datetime' is not iterable": Python's
# words about the library's own code, not what was given.


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (b'{"account": {}}', "bytes"),
        (bytearray(b"{}"), "bytes"),
        (dt.datetime(2023, 1, 1, 12), "a date-time"),
        ((x for x in "ab"), "generator"),
        ({1, 2}, "set"),
    ],
)
def test_a_plan_from_a_value_that_is_no_table_names_what_was_given(
    value: object, kind: str
) -> None:
    with pytest.raises(InputError) as raised:
        plan_from_data(value)
    message = str(raised.value)
    assert f"expected a table (an object), got {kind}" in message, message
    assert "bytes-like object is required" not in message
    assert "is not iterable" not in message


def test_a_nested_table_given_as_bytes_names_its_path() -> None:
    with pytest.raises(InputError) as raised:
        plan_from_data({"account": b"x"})
    assert "$.account: expected a table (an object), got bytes" in str(raised.value)


# -------------------- 2. an events file's path given to lifecycle_report
# lifecycle_report("events.json") said only "events must be a sequence of events, not a
# string", without the reader a service needs.


@pytest.mark.parametrize(
    "path",
    ["examples/lifecycle-counter-notice.json", Path("examples/lifecycle-counter-notice.json")],
)
def test_an_events_file_path_given_to_lifecycle_report_names_read_events(path: object) -> None:
    with pytest.raises(TypeError) as raised:
        lifecycle_report(path)  # type: ignore[arg-type]
    message = str(raised.value)
    assert "read_events(path).report()" in message, message
    # what the message says to do works
    assert read_events(str(path)).report().state is not None


def test_one_event_name_given_to_lifecycle_report_says_to_wrap_it() -> None:
    with pytest.raises(TypeError, match=r"\['takedown'\]"):
        lifecycle_report("takedown")  # type: ignore[arg-type]


# -------------------- 3. read_lines' stream reused for a second plan
# A service that read the lines once and planned them for two dates got, the second time, an
# empty result ("plan-empty") in silence: read_lines streams once.


def test_planning_lines_already_read_is_refused_not_an_empty_plan() -> None:
    account = ipprules.read_plan(_ACCOUNT)
    lines = read_lines(_URLS)
    first = plan_listings(lines, account, as_of="2026-11-23")
    assert sum(first.counts().values()) > 0
    with pytest.raises(StreamConsumedError, match="read_lines"):
        plan_listings(lines, account, as_of="2026-11-24")
    # a list of the lines plans as often as wished, with the same answer each time
    kept = list(read_lines(_URLS))
    again = [plan_listings(kept, account, as_of="2026-11-23").to_dict() for _ in range(2)]
    assert again[0] == again[1] == first.to_dict()


def test_a_fresh_generator_of_urls_still_plans() -> None:
    account = ipprules.read_plan(_ACCOUNT)
    kept = list(read_lines(_URLS))
    fresh = plan_listings((line for line in kept), account, as_of="2026-11-23")
    assert fresh.to_dict() == plan_listings(kept, account, as_of="2026-11-23").to_dict()


# -------------------- 4. what_if's batch of bytes: the same words as every other junk batch


def test_a_batch_of_bytes_names_the_what_if_plan_and_the_type_by_name() -> None:
    history = History.from_file("examples/history.csv")
    with pytest.raises(TypeError) as raised:
        what_if(history, b"examples/what-if.toml", "2022-12-31")  # type: ignore[arg-type]
    message = str(raised.value)
    assert "a what-if plan (WhatIfPlan)" in message, message
    assert "got bytes" in message and "<class" not in message, message
