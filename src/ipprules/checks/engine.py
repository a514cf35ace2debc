"""One engine, several doors: :func:`iter_findings` yields every finding; the doors wrap it.

* :func:`check` returns a :class:`~ipprules.checks.findings.Report` (findings sorted by
  severity, path, code);
* :func:`validate` raises :class:`~ipprules.checks.findings.CheckFailed` (report attached)
  when there are errors;
* :func:`is_valid` stops at the first error.

The rules are resolved once per filing date; each listing is parsed once.

>>> from ipprules.checks import example_plan
>>> report = check(example_plan(), as_of="2026-11-23")
>>> report.ok, report.interpretation, report.as_of.isoformat()
(False, 'brief', '2026-11-23')
>>> is_valid(example_plan(), as_of="2026-11-23")
False
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ipprules.checks.account import check_account
from ipprules.checks.complaints import ComplaintChecker
from ipprules.checks.context import Context
from ipprules.checks.findings import (
    CheckFailed,
    Finding,
    FindingSeverity,
    Report,
    sorted_findings,
)
from ipprules.checks.model import Plan
from ipprules.checks.rights import check_rights
from ipprules.rulebook import RuleBook

__all__ = ["Context", "check", "is_valid", "iter_findings", "validate"]


def iter_findings(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
) -> Iterator[Finding]:
    """Yield every finding of a plan, lazily, in a fixed order.

    ``as_of`` is the filing date (default: the plan's ``as_of``); a complaint's
    own ``filing_date`` wins for that complaint. Raises
    :class:`~ipprules.errors.InputError` for unusable plans (dangling references,
    no date) and :class:`~ipprules.errors.CoverageError` for dates the rule book
    does not cover.
    """
    return _run(Context(plan, as_of, rulebook, interpretation))


def _run(ctx: Context) -> Iterator[Finding]:
    if not ctx.plan.complaints:
        yield ctx.finding("plan-empty", "$.complaints", "the plan has no complaints")
    yield from check_account(ctx)
    yield from check_rights(ctx)
    complaints = ComplaintChecker(ctx)
    for index, complaint in enumerate(ctx.plan.complaints):
        yield from complaints.check(index, complaint)


def check(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
) -> Report:
    """Every finding of a plan, as a :class:`~ipprules.checks.findings.Report`."""
    ctx = Context(plan, as_of, rulebook, interpretation)
    findings = sorted_findings(_run(ctx))
    return Report(
        findings=findings,
        as_of=ctx.day,
        interpretation=ctx.interpretation,
        rulebook=ctx.book.label,
        complaints=tuple(c.id for c in plan.complaints),
    )


def validate(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
) -> Report:
    """Check a plan; raise :class:`~ipprules.checks.findings.CheckFailed` if it has errors.

    Returns the report (warnings and unknowns included) when there are none.
    """
    report = check(plan, as_of=as_of, rulebook=rulebook, interpretation=interpretation)
    if not report.ok:
        raise CheckFailed(report)
    return report


def is_valid(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
) -> bool:
    """Whether a plan has no errors; stops at the first one."""
    for finding in iter_findings(
        plan, as_of=as_of, rulebook=rulebook, interpretation=interpretation
    ):
        if finding.severity is FindingSeverity.ERROR:
            return False
    return True
