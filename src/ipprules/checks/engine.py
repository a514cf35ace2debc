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

from ipprules.checks.findings import (
    CheckFailed,
    Finding,
    FindingSeverity,
    Report,
    catalogue,
    sorted_findings,
)
from ipprules.checks.model import Plan, Right
from ipprules.checks.plan import reference_problems
from ipprules.errors import CoverageError, InputError
from ipprules.rulebook import ResolvedRules, RuleBook, as_date
from ipprules.rulebook.model import Rule

__all__ = ["Context", "check", "is_valid", "iter_findings", "validate"]


class Context:
    """What every check needs: the plan, the dates, the rules, and a finding factory."""

    __slots__ = (
        "_heads",
        "_rules",
        "book",
        "catalogue",
        "day",
        "interpretation",
        "plan",
        "rights",
        "trial",
    )

    def __init__(
        self,
        plan: Plan,
        as_of: dt.date | str | None,
        rulebook: RuleBook | None,
        interpretation: str | None,
    ) -> None:
        problems = reference_problems(plan)
        if problems:
            raise InputError(problems=problems)
        if as_of is None:
            as_of = plan.as_of
        if as_of is None:
            raise InputError("no as-of date: give as_of, or set as_of in the plan", "$.as_of")
        if rulebook is None:
            from ipprules.rulebook import default_rulebook

            rulebook = default_rulebook()
        self.plan = plan
        self.book = rulebook
        self.day = as_date(as_of, "as-of date")
        self.interpretation = interpretation or rulebook.default_interpretation
        rulebook.interpretation(self.interpretation)  # unknown names raise early
        self.trial = plan.account.good_faith_trial
        self.catalogue = catalogue()
        self._rules: dict[dt.date, ResolvedRules] = {}
        self._heads: dict[
            tuple[str, tuple[Rule | None, ...]],
            tuple[FindingSeverity, tuple[str, ...], tuple[str, ...]],
        ] = {}
        self.rights: dict[str, tuple[int, Right]] = {
            r.id: (i, r) for i, r in enumerate(plan.rights)
        }
        self.rules()  # the plan's date must be covered before anything is yielded

    def rules(self, day: dt.date | None = None, path: str = "$.as_of") -> ResolvedRules:
        """The rules in force on ``day`` (default: the plan's date), resolved once."""
        when = self.day if day is None else day
        found = self._rules.get(when)
        if found is None:
            try:
                found = self.book.as_of(when, self.interpretation, trial=self.trial)
            except CoverageError as exc:
                raise CoverageError(f"{path}: {exc}") from None
            self._rules[when] = found
        return found

    def finding(self, code: str, path: str, message: str, *records: Rule | None) -> Finding:
        """A finding of catalogue ``code``; rule and source ids from the records consulted
        (the catalogue's own when none is given)."""
        key = (code, records)
        head = self._heads.get(key)
        if head is None:
            entry = self.catalogue[code]
            used = [r for r in records if r is not None]
            if used:
                rule_ids = _unique(x for r in used for x in r.rules)
                sources = _unique(x for r in used for x in r.sources)
            else:
                rule_ids, sources = entry.rules, entry.sources
            head = self._heads[key] = (entry.severity, rule_ids, sources)
        severity, rule_ids, sources = head
        return Finding(code, severity, path, message, rule_ids, sources)


def _unique(items: Iterator[str] | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


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
    from ipprules.checks.account import check_account
    from ipprules.checks.complaints import ComplaintChecker
    from ipprules.checks.rights import check_rights

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
