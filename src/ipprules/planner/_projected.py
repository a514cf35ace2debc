"""The Good Faith projection of a plan, for :func:`ipprules.planner.project` and the plan's
text (:mod:`ipprules.planner.text`): it reads the result's attributes and imports no result
class, so the result's ``text()`` can project without an import cycle.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import attrs

from ipprules.checks.model import ChannelId
from ipprules.goodfaith import Complaint as Outcome
from ipprules.goodfaith import History, WhatIf, what_if
from ipprules.rulebook import RuleBook


def projected(result: Any, history: History | None, rulebook: RuleBook | None) -> WhatIf:
    """:func:`ipprules.planner.project` of a checked ``result`` and ``history``, on
    ``rulebook`` (default: the book the result was planned on, else the embedded one).

    A complaint filed through the stand-alone form is not added: the form serves rights
    holders without an IPP account (B2, R15), and the Good Faith statistics are an IPP
    account's (B21, R90); a note on the standing after says how many were left out."""
    if rulebook is None:
        rulebook = getattr(result, "book", None)
    batch = []
    form = 0
    for planned in result.complaints:
        c = planned.complaint
        if c.channel is ChannelId.STANDALONE_FORM:
            form += 1
            continue
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
    effect = what_if(
        history or History.from_rows([]),
        batch,
        result.as_of,
        interpretation=result.interpretation,
        trial=result.plan.account.trial,
        rulebook=rulebook,
    )
    if not form:
        return effect
    note = (
        f"{form} complaint(s) filed through the stand-alone form are not counted: the form "
        "serves rights holders without an IPP account (B2, R15), and the Good Faith "
        "statistics are an IPP account's (B21, R90) [confidence inferred: B2, B21, R90]"
    )
    after = attrs.evolve(effect.after, notes=(*effect.after.notes, note))
    return attrs.evolve(effect, after=after)
