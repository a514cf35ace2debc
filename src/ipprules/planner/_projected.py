"""The Good Faith projection of a plan, for :func:`ipprules.planner.project` and the plan's
text (:mod:`ipprules.planner.text`): it reads the result's attributes and imports no result
class, so the result's ``text()`` can project without an import cycle.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from ipprules.goodfaith import Complaint as Outcome
from ipprules.goodfaith import History, WhatIf, what_if
from ipprules.rulebook import RuleBook


def projected(result: Any, history: History | None, rulebook: RuleBook | None) -> WhatIf:
    """:func:`ipprules.planner.project` of a checked ``result`` and ``history``, on
    ``rulebook`` (default: the book the result was planned on, else the embedded one)."""
    if rulebook is None:
        rulebook = getattr(result, "book", None)
    batch = []
    for planned in result.complaints:
        c = planned.complaint
        n = len(c.listings)
        rate = planned.confidence if planned.confidence is not None else Fraction(1)
        taken = math.floor(rate * n + Fraction(1, 2))
        rejected = n - taken
        batch.append(
            Outcome(
                filed=result.as_of,
                platform=c.platform,
                reason_code=c.reason,
                listings=n,
                taken_down=taken,
                rejected=rejected,
                id=c.id,
            )
        )
    return what_if(
        history or History.from_rows([]),
        batch,
        result.as_of,
        interpretation=result.interpretation,
        trial=result.plan.account.trial,
        rulebook=rulebook,
    )
