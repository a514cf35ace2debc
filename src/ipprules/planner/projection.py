"""The projected Good Faith effect of a planning result."""

from __future__ import annotations

import math
from fractions import Fraction

from ipprules.goodfaith import Complaint as Outcome
from ipprules.goodfaith import History, WhatIf, what_if
from ipprules.planner.engine import PlanningResult
from ipprules.rulebook import RuleBook

__all__ = ["project"]


def project(
    result: PlanningResult,
    history: History | None = None,
    *,
    rulebook: RuleBook | None = None,
) -> WhatIf:
    """Standing on the filing date before and after filing the planned complaints.

    Each complaint is assumed to succeed at its listings' mean confidence, successes rounded
    to the nearest whole listing (halves up), so a one-listing complaint at 99% counts as a
    success; lines without a confidence count as the settings' ``assumed_confidence``. The
    rules are those of the result's interpretation, for an account in the upgrade trials when
    its plan says so (``good_faith_trial``, ``good_faith_trials``). Raises
    :class:`~ipprules.errors.CoverageError` on a filing date before the Good Faith Program
    existed (there is no standing to project).

    >>> import ipprules
    >>> from ipprules.planner import plan_listings, project, read_lines
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> result = plan_listings(read_lines("examples/planner-urls.csv"), plan)
    >>> effect = project(result)  # no history: the planned complaints alone
    >>> effect.added, effect.before.qualifies, effect.after.qualifies
    (4, False, False)
    """
    from ipprules._args import require_instance

    require_instance(result, PlanningResult, "result")
    if history is not None:
        require_instance(history, History, "history")
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
