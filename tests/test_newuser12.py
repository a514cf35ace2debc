"""Left-overs of newuser11 (a service embedding the Python API): every public function that
takes an iterable refuses a generator already read to its end, as plan_listings does, instead
of answering an empty input in silence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

import ipprules
from ipprules.goodfaith import Complaint, History, what_if
from ipprules.lifecycle import EventRecord, lifecycle_report, trace
from ipprules.listings import StreamConsumedError, dedupe, duplicate_groups, summarize
from ipprules.penalties import Violation, penalty_standing

_URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "item.taobao.com/item.htm?id=606832683299",
    "not a url",
]
_FILED = {"filed": "2023-01-02", "platform": "taobao", "reason_code": "tm_counterfeit"}
_COMPLAINTS = [Complaint(**_FILED, listings=10, taken_down=9, rejected=1)]
_EVENTS = [
    EventRecord("ipr_verified", on=dt.date(2022, 1, 3)),
    EventRecord("takedown", on=dt.date(2022, 1, 4)),
]
_VIOLATIONS = [Violation(on=dt.date(2024, 5, 6), kind="counterfeit", points=16)] * 3
_HISTORY = History.from_records(_COMPLAINTS)

_ACCOUNTS = "examples/history-accounts.csv"


def _standings(**options: Any) -> object:
    scale = pytest.importorskip("ipprules.scale")
    table = scale.standings(_ACCOUNTS, "2023-04-30", **options).compute(scheduler="synchronous")
    return table.to_dict("records")


# Each door: its items, and a call giving a comparable answer from an iterable of them.
_DOORS: dict[str, tuple[list[Any], Callable[[Iterable[Any]], object]]] = {
    "parse_listings": (_URLS, lambda items: ipprules.parse_listings(items).to_records()),
    "dedupe": (_URLS, lambda items: [(i, r.as_dict()) for i, r in dedupe(items)]),
    "summarize": (_URLS, lambda items: summarize(items)),
    "duplicate_groups": (_URLS, lambda items: duplicate_groups(items)),
    "History.from_records": (_COMPLAINTS, lambda items: repr(History.from_records(items))),
    "History.from_rows": (
        [(dt.date(2023, 1, 2).toordinal(), "taobao", "tm_counterfeit", 9, 1, 0, 0, 0)],
        lambda items: repr(History.from_rows(items)),
    ),
    "what_if batch": (
        _COMPLAINTS,
        lambda items: what_if(_HISTORY, items, "2023-01-31").to_dict(),
    ),
    "lifecycle_report": (_EVENTS, lambda items: lifecycle_report(items).to_dict()),
    "trace": (_EVENTS, lambda items: trace(items)),
    "penalty_standing": (
        _VIOLATIONS,
        lambda items: penalty_standing(items, "lazada_sg", dt.date(2024, 5, 6)).to_dict(),
    ),
    # inputs35: the doors that still took a used-up generator as empty input
    "History.with_records": (
        _COMPLAINTS,
        lambda items: repr(History.from_file("examples/history.csv").with_records(items)),
    ),
    "standing trial": (
        [2021],
        lambda items: ipprules.standing(
            History.from_file(_ACCOUNTS, account="acme"), "2023-04-30", trial=items
        ).to_dict(),
    ),
    "scale.standings trial": ([2021], lambda items: _standings(trial=items)),
    "scale.standings metrics": ([], lambda items: _standings(metrics=items)),
    "scale.read_histories require_columns": (
        ["account"],
        lambda items: (
            pytest.importorskip("ipprules.scale")
            .read_histories(_ACCOUNTS, require_columns=items)
            .compute(scheduler="synchronous")
            .shape
        ),
    ),
}


def _stream(items: list[Any]) -> Iterator[Any]:
    yield from items


@pytest.mark.parametrize("door", sorted(_DOORS))
def test_a_generator_already_read_is_refused_not_taken_as_empty_input(door: str) -> None:
    items, call = _DOORS[door]
    used = _stream(items)
    assert list(used) == items
    with pytest.raises(StreamConsumedError, match=r"read to its end.*list\(\.\.\.\)"):
        call(used)


@pytest.mark.no_cover
@pytest.mark.parametrize("door", sorted(_DOORS))
def test_a_fresh_generator_answers_as_the_list_does(door: str) -> None:
    items, call = _DOORS[door]
    assert call(_stream(items)) == call(items)


# -------------------- ParseResults compared by value (a pickled copy was not == the original)


def test_parse_results_of_the_same_inputs_are_equal_and_a_pickled_copy_too() -> None:
    import copy
    import pickle

    results = ipprules.parse_listings(_URLS)
    assert pickle.loads(pickle.dumps(results)) == results
    assert copy.deepcopy(results) == results
    assert results == ipprules.parse_listings(tuple(_URLS))
    assert results != ipprules.parse_listings(_URLS[:2])
    assert results != ipprules.parse_listings(list(reversed(_URLS)))


def test_a_stream_of_parse_results_equals_only_itself_and_is_not_read_to_compare() -> None:
    stream = ipprules.parse_listings(_stream(_URLS))
    assert stream == stream
    assert stream != ipprules.parse_listings(_URLS)
    assert stream != ipprules.parse_listings(_stream(_URLS))
    assert len(list(stream)) == len(_URLS)  # comparing did not read it
