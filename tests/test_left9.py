"""left9: what the API sweeps left (apifuzz12, rules57)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import History, InputError
from ipprules.goodfaith import AccountEvent

# 1. History.to_records() is read back by the call the refusal names ------------------------

_DAY0 = dt.date(2023, 1, 2).toordinal()


def _valid(row: tuple[int, str, str, int, int, int, int, int]) -> tuple[object, ...]:
    """An outcome row the fold takes: at least one listing taken down, reinstated <= it."""
    day, platform, code, taken, rejected, withdrawn, pending, reinstated = row
    taken = max(taken, 1)
    return (day, platform, code, taken, rejected, withdrawn, pending, min(reinstated, taken))


_rows = st.lists(
    st.tuples(
        st.integers(0, 40).map(lambda d: _DAY0 + d),
        st.sampled_from(["taobao", "tmall", "1688"]),
        st.sampled_from(["tm_counterfeit", "cr_copied_content"]),
        *[st.integers(0, 3)] * 5,
    ).map(_valid),
    max_size=6,
)
_events = st.lists(
    st.builds(
        AccountEvent,
        date=st.integers(0, 40).map(lambda d: dt.date.fromordinal(_DAY0 + d)),
        kind=st.sampled_from(["declaration", "admission", "withdrawal", "removal", "abuse"]),
        note=st.sampled_from(["", "signed", "a, b"]),
    ),
    max_size=3,
)


def _jsonl(records: list[dict[str, object]]) -> io.StringIO:
    return io.StringIO("\n".join(json.dumps(r, default=str) for r in records))


@settings(max_examples=20, deadline=None)
@given(rows=_rows, events=_events)
def test_to_records_reads_back_equal_as_json_lines(
    rows: list[tuple[object, ...]], events: list[AccountEvent]
) -> None:
    history = History.from_rows(rows, events)
    again = History.from_file(_jsonl(history.to_records()), format="jsonl")
    assert again == history
    assert again.to_records() == history.to_records()


def test_from_records_refusal_names_the_calls_that_read_to_records() -> None:
    history = History.from_file("examples/history.csv")
    with pytest.raises(InputError) as info:
        History.from_records(history.to_records())
    message = str(info.value)
    assert "History.to_records()" in message
    assert "History.from_frame(pandas.DataFrame(rows))" in message
    assert "json.dumps(r, default=str)" in message
