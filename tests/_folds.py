"""What a Good Faith fold gives, as the fold tests compare it (shared by
tests/goodfaith/test_gf_scattered_fold.py and test_gf_dense_fold.py)."""

from __future__ import annotations

from typing import Any

from ipprules.goodfaith import AccountEvent, engine


def folded(fold: Any, rows: list[Any]) -> tuple[Any, ...]:
    """What a fold gives: ``(complaints, counters, events)`` or the error it raises."""
    series: dict[tuple[str, str], engine.Slots] = {}
    events: list[AccountEvent] = []
    try:
        n = fold(rows, series, events)
    except Exception as err:  # the same error, whatever the path
        return (type(err), str(err), events)
    return (n, series, events)
