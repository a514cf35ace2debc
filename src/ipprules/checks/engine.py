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
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ipprules._args import keywords_checked, require_instance
from ipprules.checks.account import check_account
from ipprules.checks.complaints import ComplaintChecker
from ipprules.checks.context import Context
from ipprules.checks.evidence import authorisation_findings
from ipprules.checks.findings import (
    CheckFailed,
    Finding,
    FindingSeverity,
    Report,
    sorted_findings,
    under_readings,
    weaker,
    without_marks,
)
from ipprules.checks.listings import verdict
from ipprules.checks.model import Category, Plan
from ipprules.checks.rights import check_rights
from ipprules.errors import bounded_text
from ipprules.rulebook import RuleBook

__all__ = ["Context", "check", "is_valid", "iter_findings", "report_of", "validate"]


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

    >>> import ipprules
    >>> findings = ipprules.iter_findings(ipprules.read_plan("examples/plan.toml"))
    >>> next(findings).code
    'document-copy-not-accepted'
    """
    return _run(Context(plan, as_of, rulebook, interpretation))


def _run(ctx: Context, complaints: ComplaintChecker | None = None) -> Iterator[Finding]:
    if not ctx.plan.complaints:
        yield ctx.finding("plan-empty", "$.complaints", "the plan has no complaints")
    yield from check_account(ctx)
    if ctx.plan.account.category is Category.AGENT:
        yield from authorisation_findings(ctx)
    yield from check_rights(ctx)
    if complaints is None:
        complaints = ComplaintChecker(ctx)
    for index, complaint in enumerate(ctx.plan.complaints):
        yield from complaints.check(index, complaint)


@keywords_checked()
def check(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
) -> Report:
    """Every finding of a plan, as a :class:`~ipprules.checks.findings.Report`.

    The arguments are those of :func:`iter_findings`; the report also names, for each
    finding, the other interpretations under which it would not hold or reads otherwise.
    ``as_of=None`` (the default) takes the plan's own ``as_of`` (``report.as_of`` says which
    date was used), never today's date; a plan without one then raises an
    :class:`~ipprules.errors.InputError` at ``$.as_of``.

    >>> import ipprules
    >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    >>> report.ok, report.counts()
    (False, {'error': 14, 'warning': 1, 'unknown': 0, 'info': 5})
    """
    ctx = Context(plan, as_of, rulebook, interpretation)
    return report_of(ctx, ComplaintChecker(ctx))


def report_of(ctx: Context, checker: ComplaintChecker) -> Report:
    """The report of a context, its complaints checked by ``checker`` (the planner passes one
    whose listing checks reuse the listings it parsed), other readings included."""
    require_instance(ctx, Context, "ctx")
    require_instance(checker, ComplaintChecker, "checker")
    findings = sorted_findings(other_readings(ctx, checker, list(_run(ctx, checker))))
    return Report(
        findings=findings,
        as_of=ctx.day,
        interpretation=ctx.interpretation,
        rulebook=ctx.book.label,
        complaints=tuple(c.id for c in ctx.plan.complaints),
        rulebook_version=ctx.book.version,
    )


Key = tuple[str, str, FindingSeverity, str]


def _key(f: Finding) -> Key:
    return (f.code, f.path, f.severity, _verdict(f.message))


def _verdict(message: str) -> str:
    """A finding's message without the confidence mark(s) it ends with: two readings that
    give the same finding, one from a weaker source, answer the same (no note, no mark).

    >>> _verdict("11 listings; at most 10 [confidence third-party: R15, R44, R33]")
    '11 listings; at most 10'
    """
    return without_marks(message)


def other_readings(ctx: Context, checker: ComplaintChecker, found: list[Finding]) -> list[Finding]:
    """The findings with ``other_readings`` filled in, plus an ``other-reading-finding`` info for
    each finding that only another interpretation gives.

    Each other interpretation of the rule book checks the same plan again, without the
    listings' own findings (parsing, duplicates and notes do not depend on the reading).
    What a URL form means on a platform is compared form by form, and a complaint's
    listings are parsed again only where some form reads differently. The findings of a form
    that reads differently, and their notes' messages, are made once per complaint and form:
    a listing with no finding of its own (the planner's listings) then costs one note each.
    """
    marks: dict[int, list[str]] = {}
    notes = _Notes()
    general: list[tuple[int, Key]] = []
    by_path: dict[str, list[tuple[int, Finding]]] = {}
    for i, f in enumerate(found):
        if _LISTING.search(f.path):
            by_path.setdefault(f.path, []).append((i, f))
        else:
            general.append((i, _key(f)))
    mine = {k for _, k in general}
    for name in ctx.book.interpretations:
        if name == ctx.interpretation:
            continue
        other = ctx.reading(name)
        theirs = list(_run(other, ComplaintChecker(other, with_listings=False)))
        keys = {_key(g) for g in theirs}
        for i, k in general:
            if k not in keys:
                marks.setdefault(i, []).append(name)
        note, note_made = notes.noter(other)
        for g in theirs:
            if _key(g) not in mine:
                note(g.path, g)
        for path, drafted, made in _listing_readings(ctx, checker, other):
            here = by_path.get(path)
            if here is None:  # no finding of its own at path: each of theirs is new
                note_made(path, made)
            else:
                _compare(path, here, drafted, made, marks, name, note)
    out = [
        attrs.evolve(f, other_readings=tuple(marks[i])) if i in marks else f
        for i, f in enumerate(found)
    ]
    return out + notes.findings()


_LISTING = re.compile(r"\.listings\[\d+\]$")

#: What a note stands for: the code, severity and verdict (the message without its confidence
#: mark) of another reading's finding.
_Said = tuple[str, FindingSeverity, str]


def _note_message(readings: tuple[str, ...], g: Finding) -> str:
    """The message of the ``other-reading-finding`` note of ``g``, found under ``readings``.

    >>> from ipprules.checks import Finding, FindingSeverity
    >>> g = Finding("plan-empty", FindingSeverity.ERROR, "$.complaints", "no complaints")
    >>> _note_message(("brief", "brief-at-least-100"), g)
    'under the brief and brief-at-least-100 interpretations: error plan-empty: no complaints'
    """
    return bounded_text(f"{under_readings(readings)}: {g.severity.value} {g.code}: {g.message}")


class _Notes:
    """The ``other-reading-finding`` notes: one per path and verdict of the other readings
    (a finding without its confidence mark), naming every reading that gives it, in the
    book's order (the first note of a path and verdict keeps its place), and quoting the
    finding with the weakest mark. A note's message is made once per finding and readings, so a
    form's verdict noted on many listings costs one message, and a form's verdict (one list of
    findings, made once per complaint and form) is read once: its listings add only their
    paths."""

    def __init__(self) -> None:
        self.readings: dict[tuple[str, _Said], list[str]] = {}
        self.said: dict[_Said, Finding] = {}
        self.head: Finding | None = None

    def _said(self, g: Finding) -> _Said:
        """What ``g`` says, its weakest mark kept: noting one finding again changes nothing
        (the first of the weakest is kept), so a list of findings noted at many paths is read
        once, where it is first noted."""
        said = (g.code, g.severity, _verdict(g.message))
        kept = self.said.setdefault(said, g)
        if kept is not g:  # one verdict, perhaps another mark: the note quotes the weakest
            self.said[said] = weaker(kept, g)
        return said

    def noter(
        self, other: Context
    ) -> tuple[Callable[[str, Finding], None], Callable[[str, list[Finding]], None]]:
        """What notes a finding of ``other`` at a path, and what notes each of a list of
        findings of ``other`` (a form's verdict, the same list at each of its listings)."""
        if self.head is None:
            self.head = other.finding("other-reading-finding", "$", "")
        name = other.interpretation
        readings = self.readings
        # id of a list -> the list (kept alive, so its id is not reused) and what it says
        made_said: dict[int, tuple[list[Finding], list[_Said]]] = {}

        def add(path: str, said: _Said) -> None:
            names = readings.setdefault((path, said), [])
            if not names or names[-1] != name:
                names.append(name)

        def note(path: str, g: Finding) -> None:
            add(path, self._said(g))

        def note_made(path: str, made: list[Finding]) -> None:
            got = made_said.get(id(made))
            if got is None:
                got = made_said[id(made)] = (made, [self._said(g) for g in made])
            for said in got[1]:
                names = readings.setdefault((path, said), [])
                if not names or names[-1] != name:
                    names.append(name)

        return note, note_made

    def findings(self) -> list[Finding]:
        """The notes, built directly: one Finding each, citing the rules and sources of the
        finding it quotes (R40's S16 and S17 for Lazada's undocumented registrations under
        ``official``), or the note's own where that finding cites none."""
        head = self.head
        if head is None:
            return []
        messages: dict[tuple[_Said, tuple[str, ...]], str] = {}
        out = []
        for (path, said), names in self.readings.items():
            readings = tuple(names)
            quoted = self.said[said]
            message = messages.get((said, readings))
            if message is None:
                message = messages[said, readings] = _note_message(readings, quoted)
            rule_ids = quoted.rule_ids or head.rule_ids
            sources = quoted.sources or head.sources
            out.append(
                Finding(head.code, head.severity, path, message, rule_ids, sources, readings)
            )
        return out


def _compare(
    path: str,
    here_items: list[tuple[int, Finding]],
    drafted: set[tuple[str, str]],
    made: list[Finding],
    marks: dict[int, list[str]],
    name: str,
    note: Callable[[str, Finding], None],
) -> None:
    """A listing with findings of its own (``here_items``) against another reading's: those of
    its own that are not its form's verdict (``drafted``) stand under both; a finding of its
    own the other reading does not give is marked with it, and one that only the other gives
    (``made``, its form's verdict there) gets a note."""
    here = {_key(f): i for i, f in here_items}
    there = {_key(f) for _, f in here_items if (f.code, f.message) not in drafted}
    there.update((t.code, path, t.severity, _verdict(t.message)) for t in made)
    for k, i in here.items():
        if k not in there:
            marks.setdefault(i, []).append(name)
    for t in made:
        if (t.code, path, t.severity, _verdict(t.message)) not in here:
            note(path, t)


def _listing_readings(
    ctx: Context, checker: ComplaintChecker, other: Context
) -> Iterator[tuple[str, set[tuple[str, str]], list[Finding]]]:
    """Per listing path whose URL form reads differently under ``other``, in order: the codes
    and messages of its form's verdict under ``ctx`` and that verdict's findings under
    ``other`` (made once per form, filing date, platform and target, at no path: the planned
    complaints share a few such).
    The forms are looked up by name, as a :class:`~ipprules.listings.Form` compares and
    hashes (its ``__hash__``, a Python call, was one per listing)."""
    # (date, form name, platform, target) -> the codes and messages of the verdict under
    # ``other``, the verdict, and its findings (made when first found to differ)
    memo: dict[tuple[Any, ...], list[Any]] = {}
    for index, complaint in enumerate(ctx.plan.complaints):
        at = f"$.complaints[{index}]"
        forms = checker.listings.forms.get(at)
        if not forms:
            continue
        day = complaint.filing_date or ctx.day
        rules = other.rules(day)
        changed: dict[str, tuple[set[tuple[str, str]], list[Finding]]] = {}
        for form, drafts in forms.items():
            key = (day, form.name, complaint.platform, complaint.target)
            got = memo.get(key)
            if got is None:
                theirs = verdict(rules, form, complaint.platform, complaint.target)
                got = memo[key] = [[d[:2] for d in theirs], theirs, None]
            if got[0] != [d[:2] for d in drafts]:
                if got[2] is None:
                    got[2] = [other.finding(c, "", m, *rs) for c, m, rs in got[1]]
                changed[form.name] = ({(c, m) for c, m, _ in drafts}, got[2])
        if not changed:
            continue
        for j, met in enumerate(checker.listings.forms_of(complaint)):
            if met is not None and met.name in changed:
                drafted, made_here = changed[met.name]
                yield f"{at}.listings[{j}]", drafted, made_here


def validate(
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
) -> Report:
    """Check a plan; raise :class:`~ipprules.checks.findings.CheckFailed` if it has errors.

    Returns the report (warnings and unknowns included) when there are none.

    >>> import ipprules
    >>> ipprules.validate(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    Traceback (most recent call last):
    ...
    ipprules.checks.findings.CheckFailed: FAILED: 14 errors, 1 warning, 0 unknown, 5 info; ...
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
    """Whether a plan has no errors; stops at the first one.

    >>> import ipprules
    >>> ipprules.is_valid(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    False
    """
    for finding in iter_findings(
        plan, as_of=as_of, rulebook=rulebook, interpretation=interpretation
    ):
        if finding.severity is FindingSeverity.ERROR:
            return False
    return True
