"""A batch is one filing action: an event the rules give a reason for comes with its reason.

``step`` and ``replay`` take a bare ``reject`` as a record whose reason is not known;
``apply_batch`` refuses it before any listing is moved (docs/lifecycle.md says which is which).
"""

from __future__ import annotations

import pytest

from ipprules.errors import IpprulesError
from ipprules.lifecycle import EventRecord, State, apply_batch, replay, step


@pytest.mark.parametrize(
    ("start", "event"),
    [
        (State.UNDER_REVIEW, "reject"),
        (State.COUNTER_NOTIFIED_1, "filer_rejects_counter_notice"),
    ],
)
def test_a_bare_event_that_needs_a_reason_is_refused_by_a_batch_only(
    start: State, event: str
) -> None:
    bare_after = step(start, event)
    assert replay([event], start) == bare_after
    with pytest.raises(IpprulesError, match="needs a reason"):
        apply_batch({"a": start, "b": start}, event)
    result = apply_batch({"a": start, "b": start}, EventRecord(event, reason="no proof"))
    assert result.states == {"a": bare_after, "b": bare_after}
    assert result.event.reason == "no proof"
