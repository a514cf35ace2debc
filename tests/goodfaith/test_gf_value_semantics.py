"""Good Faith results are values: equal and hash-equal after a copy, a deep copy, a pickle
round trip, or the same computation run again; frozen against assignment."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.goodfaith import History

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HISTORY = History.from_file(EXAMPLES / "history.csv")

ROUND_TRIPS: dict[str, Callable[[object], object]] = {
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "pickle": lambda value: pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)),
}


@pytest.mark.no_cover
@settings(max_examples=20, deadline=None)
@given(
    start=st.dates(min_value=dt.date(2022, 6, 1), max_value=dt.date(2023, 12, 31)),
    days=st.integers(min_value=0, max_value=60),
    interpretation=st.sampled_from(ipprules.default_rulebook().interpretations),
)
def test_a_timeline_is_a_value(start: dt.date, days: int, interpretation: str) -> None:
    end = start + dt.timedelta(days=days)
    timeline = ipprules.timeline(HISTORY, start, end, interpretation=interpretation)
    again = ipprules.timeline(HISTORY, start.isoformat(), end, interpretation=interpretation)
    assert again == timeline and hash(again) == hash(timeline)
    for name, round_trip in ROUND_TRIPS.items():
        back = round_trip(timeline)
        assert back == timeline and hash(back) == hash(timeline), name
        assert {back, timeline} == {timeline}
    longer = ipprules.timeline(HISTORY, start, end + dt.timedelta(days=1))
    assert longer != timeline


def test_timelines_of_other_histories_differ() -> None:
    empty = ipprules.timeline(History.from_rows([]), "2022-10-01", "2022-10-31")
    full = ipprules.timeline(HISTORY, "2022-10-01", "2022-10-31")
    assert empty != full
    assert empty != "2022-10-01..2022-10-31"


def test_a_timeline_is_frozen() -> None:
    timeline = ipprules.timeline(HISTORY, "2022-10-01", "2022-10-03")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        timeline.start = dt.date(2022, 1, 1)  # type: ignore[misc]


def test_a_what_if_reads_back_as_the_cli_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    """``WhatIf.to_dict()`` is the JSON of ``ipprules good-faith --what-if``, read back."""
    import json

    from ipprules.cli import main

    result = ipprules.what_if(HISTORY, EXAMPLES / "what-if.toml", "2022-12-31")
    argv = ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2022-12-31"]
    main([*argv, "--what-if", str(EXAMPLES / "what-if.toml"), "--format", "json"])
    assert json.loads(capsys.readouterr().out) == result.to_dict()
    assert result.to_dict()["after"] == result.after.to_dict()
    assert copy.deepcopy(result) == result and hash(copy.copy(result)) == hash(result)
