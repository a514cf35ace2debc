"""The projected Good Faith effect of a planning result."""

from __future__ import annotations

from ipprules.goodfaith import History, WhatIf
from ipprules.planner._projected import projected
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
    success; lines without a confidence count as the settings' ``assumed_confidence``.
    Complaints for the stand-alone form are not added (the form serves filers without an IPP
    account, B2, R15; the statistics are an IPP account's, B21, R90): a note says so. The
    rules are those of the result's interpretation, for an account in the upgrade trials when
    its plan says so (``good_faith_trial``, ``good_faith_trials``). Raises
    :class:`~ipprules.errors.CoverageError` on a filing date before the Good Faith Program
    existed (there is no standing to project). ``rulebook`` defaults to the one the lines
    were planned on (:attr:`PlanningResult.book`), else the embedded book.

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
    if history is not None:  # a list of records names the way to a History, as standing does
        from ipprules.goodfaith.standing import check_history

        check_history(history)
    return projected(result, history, rulebook)
