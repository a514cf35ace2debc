"""Good Faith Program standing and planning from a filer's complaint history (capability C5).

Read a history (:func:`iter_history`, :meth:`History.from_file`), then ask for the
:func:`standing` on a date, a :func:`what_if` for a planned batch, or a
:func:`timeline` over a range of days. Every figure is exact (:class:`~fractions.Fraction`
and integers) and follows the criteria and interpretation in force on the date.
"""

from __future__ import annotations

from ipprules.goodfaith.history import (
    CSV_COLUMNS,
    AccountEvent,
    Complaint,
    EventKind,
    OutcomeRow,
    iter_history,
    iter_rows,
    read_history,
)
from ipprules.goodfaith.standing import (
    Criterion,
    Headroom,
    History,
    PathToQualify,
    ReasonCodeStanding,
    Standing,
    WhatIf,
    WindowCounts,
    planned_outcomes,
    standing,
    what_if,
)
from ipprules.goodfaith.timeline import MembershipChange, Timeline, TimelineDay, timeline

__all__ = [
    "CSV_COLUMNS",
    "AccountEvent",
    "Complaint",
    "Criterion",
    "EventKind",
    "Headroom",
    "History",
    "MembershipChange",
    "OutcomeRow",
    "PathToQualify",
    "ReasonCodeStanding",
    "Standing",
    "Timeline",
    "TimelineDay",
    "WhatIf",
    "WindowCounts",
    "iter_history",
    "iter_rows",
    "planned_outcomes",
    "read_history",
    "standing",
    "timeline",
    "what_if",
]
