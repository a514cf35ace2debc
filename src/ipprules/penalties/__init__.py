"""What established complaints cost a seller: points, serious strikes, closure (R85-R89, R64).

The package is laid out like the other engines:

* :mod:`~ipprules.penalties.model` - :class:`Violation` (the input), :class:`Figure`,
  :class:`Check` and :class:`PenaltyStanding` (the result);
* :mod:`~ipprules.penalties.rules` - the per-platform point and strike rules (validity, daily
  cap, merging, closure thresholds, the points ladder);
* :mod:`~ipprules.penalties.standing` - :func:`penalty_standing`, the standing computation;
* :mod:`~ipprules.penalties.reading` - :func:`read_violations`, violation files.

The penalty rules are rule-book data (``penalties`` section, one record per platform);
:func:`penalty_standing` applies the record in force on ``as_of`` to a seller's established
violations and reports every figure with the rules and sources it rests on.

Reading of the rules
--------------------

* **Validity.** A violation is in force from the day it is established for ``validity_days``
  days (AliExpress: 365, so on day ``on + 364`` and no longer on ``on + 365``). Where the rule
  book does not document it (Alibaba.com, Lazada, 1688), a violation is certainly in force on
  the day it is established and *maybe* afterwards: figures become ranges and a threshold that
  only the upper end reaches is ``unknown``. Pass ``validity_days`` to assume a value; the
  standing then says it was assumed.
* **Daily cap.** General (not serious) violations established on the same day cost at most
  ``general_points_daily_cap`` points together (AliExpress, Alibaba.com: 6).
* **Merging.** Serious violations within ``serious_merge_days`` days count once (AliExpress: 3):
  a strike covers the day of its first violation and the next two days; a serious violation on
  the third day after it starts a new strike.
* **Points per case.** A violation's ``points`` are used as given; where the platform gives a
  per-kind maximum (Lazada: counterfeit up to 16) and no points are given, the case costs
  between 0 and the maximum (a fixed figure, Lazada's 1 point for content, is what every
  such case costs). Where the platform counts serious violations as strikes and gives
  no points per case (AliExpress, Alibaba.com), a serious violation without points counts as a
  strike and adds no points. Otherwise a case without points makes the points unknown.
* **Closure** is an event: the first day a closure threshold (points, serious strikes, serious
  strikes against one right) is reached, the account is closed, and it stays closed.
* **Gaps** are reported, never filled: a platform without penalty data (Taobao) gives an
  all-unknown standing.

>>> from datetime import date
>>> v = [Violation(on=date(2024, 3, d), kind="counterfeit") for d in (1, 2, 10, 20)]
>>> s = penalty_standing(v, "aliexpress", date(2024, 3, 20))
>>> s.serious.value, s.closed.value, s.closed_on
(3, 'yes', datetime.date(2024, 3, 20))
"""

from __future__ import annotations

from ipprules.penalties.model import Check, Figure, PenaltyStanding, Violation, ViolationKind
from ipprules.penalties.reading import read_violations
from ipprules.penalties.standing import penalty_standing

__all__ = [
    "Check",
    "Figure",
    "PenaltyStanding",
    "Violation",
    "ViolationKind",
    "penalty_standing",
    "read_violations",
]
