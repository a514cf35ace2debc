"""Good Faith Program standing and planning from a filer's complaint history (capability C5).

Read a history (:func:`iter_history`, :meth:`History.from_file`, one per account with
:meth:`History.by_account`), then ask for the :func:`standing` on a date, a
:func:`what_if` for a planned batch, or a :func:`timeline` over a range of days. Every
figure is exact (:class:`~fractions.Fraction` and integers) and follows the criteria and
interpretation in force on the date.

The package is a tree, each module importing only those below it:

* :mod:`~ipprules.goodfaith.render` (plain values to HTML and SVG) and
  :mod:`~ipprules.goodfaith.model` (records and result classes) at the bottom;
* :mod:`~ipprules.goodfaith.engine` (counters, rules per day, exact solvers), then
  :mod:`~ipprules.goodfaith.history` (readers, :class:`History`) and
  :mod:`~ipprules.goodfaith.sweep` (the day-by-day membership machine);
* :mod:`~ipprules.goodfaith.standing`, :mod:`~ipprules.goodfaith.timeline`,
  :mod:`~ipprules.goodfaith.plan` and :mod:`~ipprules.goodfaith.whatif` on top.
"""

from __future__ import annotations

from ipprules.goodfaith.history import History, iter_history, iter_rows, read_history
from ipprules.goodfaith.model import (
    CSV_COLUMNS,
    AccountEvent,
    Complaint,
    Criterion,
    EventKind,
    Headroom,
    MembershipChange,
    OutcomeRow,
    PathToQualify,
    ReasonCodeStanding,
    Standing,
    Timeline,
    TimelineDay,
    WhatIf,
    WindowCounts,
)
from ipprules.goodfaith.plan import planned_batch, planned_outcomes
from ipprules.goodfaith.standing import standing
from ipprules.goodfaith.timeline import timeline
from ipprules.goodfaith.whatif import what_if

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
    "planned_batch",
    "planned_outcomes",
    "read_history",
    "standing",
    "timeline",
    "what_if",
]
