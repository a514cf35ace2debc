"""What established complaints cost a seller: points, serious strikes, closure (R85-R89, R64).

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
  between 0 and the maximum. Where the platform counts serious violations as strikes and gives
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

import csv
import enum
import io
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ipprules.errors import InputError, IpprulesError, Problem
from ipprules.rulebook.model import Answer, PenaltyRule, PenaltyStep

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import ResolvedRules, RuleBook
    from ipprules.rulebook.model import Source

__all__ = [
    "Check",
    "Figure",
    "PenaltyStanding",
    "Violation",
    "ViolationKind",
    "penalty_standing",
    "read_violations",
]


class ViolationKind(enum.StrEnum):
    """The kind of an established violation, as the penalty rules distinguish them."""

    COUNTERFEIT = "counterfeit"
    PIRACY = "piracy"
    GENERAL = "general"
    CONTENT = "content"
    PATENT = "patent"
    REGISTERED_DESIGN = "registered_design"


def _kind(value: ViolationKind | str) -> ViolationKind:
    if isinstance(value, ViolationKind):
        return value
    try:
        return ViolationKind(str(value).strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        known = ", ".join(k.value for k in ViolationKind)
        raise IpprulesError(f"unknown violation kind {value!r}; known: {known}") from None


def _check_points(
    instance: Violation, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise IpprulesError(f"points must be a whole number >= 0, got {value!r}")


def _check_date(instance: Violation, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        raise IpprulesError(f"a violation's date must be a date, got {value!r}")


@attrs.frozen(kw_only=True)
class Violation:
    """An established violation: when, where, what, the points it cost (if known), the right.

    ``platform`` ``None`` means the platform the standing is computed for.

    >>> Violation(on=date(2024, 3, 1), kind="Registered-Design", points=6).kind
    <ViolationKind.REGISTERED_DESIGN: 'registered_design'>
    >>> Violation(on=date(2024, 3, 1), kind="trade dress")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.IpprulesError: unknown violation kind 'trade dress'; known: counterfeit, ...
    """

    on: date = attrs.field(validator=_check_date)
    kind: ViolationKind = attrs.field(converter=_kind)
    platform: str | None = None
    points: int | None = attrs.field(default=None, validator=_check_points)
    right: str | None = None
    id: str | None = None


@attrs.frozen
class Figure:
    """A figure of the standing: exact, or a range where the rules leave a gap.

    ``low`` is a value the figure certainly reaches (``None``: not even that is known); ``high``
    a value it certainly does not exceed (``None``: no bound). ``basis`` names the rule fields
    used; ``rule_ids`` and ``sources`` are those of the penalty record.

    >>> Figure("points", 12, 12).text, Figure("points", 6, 18).text, Figure("points", 0, None).text
    ('12', '6 to 18', 'at least 0 (upper bound unknown)')
    """

    name: str
    low: int | None
    high: int | None
    basis: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str = ""

    @property
    def exact(self) -> bool:
        """Whether the figure is known exactly."""
        return self.low is not None and self.low == self.high

    @property
    def value(self) -> int | None:
        """The figure when known exactly, else ``None``."""
        return self.low if self.exact else None

    @property
    def text(self) -> str:
        """The figure for people: ``12``, ``6 to 18``, ``at most 18``..."""
        if self.exact:
            return str(self.low)
        if self.low is None and self.high is None:
            return "unknown"
        if self.low is None:
            return f"at most {self.high}"
        if self.high is None:
            return f"at least {self.low} (upper bound unknown)"
        return f"{self.low} to {self.high}"

    def reaches(self, threshold: int) -> Answer:
        """Whether the figure reaches ``threshold``: yes, no, or unknown.

        >>> Figure("points", 6, 18).reaches(12), Figure("points", 6, 18).reaches(19)
        (<Answer.UNKNOWN: 'unknown'>, <Answer.NO: 'no'>)
        """
        if self.low is not None and self.low >= threshold:
            return Answer.YES
        if self.high is not None and self.high < threshold:
            return Answer.NO
        return Answer.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "exact": self.exact,
            "text": self.text,
            "basis": list(self.basis),
            "rule_ids": list(self.rule_ids),
            "sources": list(self.sources),
            "note": self.note,
        }


@attrs.frozen
class Check:
    """A threshold of the rules checked against a figure (closure, the 1688 bar)."""

    name: str
    threshold: int | None
    figure: Figure | None
    met: Answer
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "name": self.name,
            "threshold": self.threshold,
            "figure": self.figure.to_dict() if self.figure else None,
            "met": self.met.value,
            "reason": self.reason,
        }


@attrs.frozen
class PenaltyStanding:
    """A seller's standing on one platform as of a date.

    ``closed`` is yes from ``closed_on`` (the first day a closure threshold was reached) on;
    ``closure`` holds the thresholds checked on the decisive date (``closed_on``, the first date
    closure became possible when it is unknown, else ``as_of``). ``ladder_step`` is the rung of
    the points ladder certainly reached and ``ladder_step_max`` the highest it may have reached.
    ``counter_notice_barred`` is ``None`` where the platform has no such rule.
    """

    platform: str
    as_of: date
    rulebook: str
    rule: PenaltyRule | None
    sources: tuple[Source, ...]
    points: Figure
    serious: Figure
    serious_per_right: Figure | None
    closed: Answer
    closed_on: date | None
    decided_on: date
    closure: tuple[Check, ...]
    ladder_step: PenaltyStep | None
    ladder_step_max: PenaltyStep | None
    counter_notice_barred: Answer | None
    bar: tuple[Check, ...]
    counted: int
    ignored: tuple[tuple[int, str], ...]
    validity_days: int | None
    validity_assumed: bool
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""

        def step(s: PenaltyStep | None) -> dict[str, Any] | None:
            return None if s is None else {"points": s.points, "action": s.action}

        return {
            "platform": self.platform,
            "as_of": self.as_of.isoformat(),
            "rulebook": self.rulebook,
            "rule": None
            if self.rule is None
            else {
                "id": self.rule.id,
                "effective_from": self.rule.effective_from.isoformat(),
                "confidence": self.rule.confidence.value,
                "rule_ids": list(self.rule.rules),
                "note": self.rule.note,
            },
            "sources": [{"id": s.id, "title": s.title, "url": s.url} for s in self.sources],
            "points": self.points.to_dict(),
            "serious": self.serious.to_dict(),
            "serious_per_right": self.serious_per_right.to_dict()
            if self.serious_per_right
            else None,
            "closed": self.closed.value,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "decided_on": self.decided_on.isoformat(),
            "closure": [c.to_dict() for c in self.closure],
            "ladder_step": step(self.ladder_step),
            "ladder_step_max": step(self.ladder_step_max),
            "counter_notice_barred": self.counter_notice_barred.value
            if self.counter_notice_barred
            else None,
            "bar": [c.to_dict() for c in self.bar],
            "counted": self.counted,
            "ignored": [{"index": i, "reason": r} for i, r in self.ignored],
            "validity_days": self.validity_days,
            "validity_assumed": self.validity_assumed,
            "notes": list(self.notes),
        }


# ----------------------------------------------------------------------------- engine


@attrs.frozen
class _Case:
    index: int
    violation: Violation
    low: int
    high: int | None
    serious: bool


class _In(enum.Enum):
    YES = 1
    MAYBE = 2
    NO = 3


def _in_force(case: _Case, day: date, validity: int | None) -> _In:
    on = case.violation.on
    if on > day:
        return _In.NO
    if validity is not None:
        return _In.YES if day < on + timedelta(days=validity) else _In.NO
    return _In.YES if on == day else _In.MAYBE


def _strikes(days: Iterable[date], merge_days: int | None) -> int:
    """Serious violations counted after merging those within ``merge_days`` days."""
    ordered = sorted(days)
    if not merge_days:
        return len(ordered)
    count = 0
    window_end: date | None = None
    for day in ordered:
        if window_end is None or day > window_end:
            count += 1
            window_end = day + timedelta(days=merge_days - 1)
    return count


def _points(cases: Sequence[_Case], cap: int | None, *, upper: bool) -> int | None:
    total = 0
    general: dict[date, list[int | None]] = {}
    for case in cases:
        value = case.high if upper else case.low
        if cap is not None and not case.serious:
            general.setdefault(case.violation.on, []).append(value)
        elif value is None:
            return None
        else:
            total += value
    for values in general.values():
        assert cap is not None
        total += cap if None in values else min(cap, sum(v for v in values if v is not None))
    return total


@attrs.frozen
class _Figures:
    points: Figure
    serious: Figure
    per_right: Figure | None
    unknown_right: int


def _figures(
    cases: Sequence[_Case], day: date, rule: PenaltyRule, validity: int | None
) -> _Figures:
    status = {c.index: _in_force(c, day, validity) for c in cases}
    sure = [c for c in cases if status[c.index] is _In.YES]
    maybe = [c for c in cases if status[c.index] is not _In.NO]
    meta: dict[str, Any] = {"rule_ids": rule.rules, "sources": rule.sources}
    validity_basis = (f"validity_days={validity}",) if validity is not None else ()
    gap = "" if validity is not None else "how long violations stay in force is not documented"
    cap = rule.general_points_daily_cap
    points = Figure(
        "points",
        _points(sure, cap, upper=False),
        _points(maybe, cap, upper=True),
        (*((f"general_points_daily_cap={cap}",) if cap is not None else ()), *validity_basis),
        note=gap,
        **meta,
    )
    merge = rule.serious_merge_days
    merge_basis = (f"serious_merge_days={merge}",) if merge else ()
    serious = Figure(
        "serious",
        _strikes((c.violation.on for c in sure if c.serious), merge),
        _strikes((c.violation.on for c in maybe if c.serious), merge),
        (f"serious_kinds={','.join(rule.serious_kinds)}", *merge_basis, *validity_basis),
        note=gap,
        **meta,
    )
    per_right = None
    unknown_right = sum(1 for c in maybe if c.serious and c.violation.right is None)
    if rule.closure_serious_per_right is not None:
        rights = {c.violation.right for c in maybe if c.serious and c.violation.right is not None}

        def most(group: Sequence[_Case]) -> int:
            return max(
                (
                    _strikes(
                        (c.violation.on for c in group if c.serious and c.violation.right == r),
                        merge,
                    )
                    for r in rights
                ),
                default=0,
            )

        low = most(sure)
        high = most(maybe) + _strikes(
            (c.violation.on for c in maybe if c.serious and c.violation.right is None), merge
        )
        notes = [gap] if gap else []
        if unknown_right:
            notes.append(f"{unknown_right} serious violation(s) name no right")
        per_right = Figure(
            "serious_per_right",
            low,
            high,
            (f"closure_serious_per_right={rule.closure_serious_per_right}", *validity_basis),
            note="; ".join(notes),
            **meta,
        )
    return _Figures(points, serious, per_right, unknown_right)


def _closure_checks(rule: PenaltyRule, figures: _Figures) -> tuple[Check, ...]:
    checks: list[Check] = []
    if rule.closure_points is not None:
        met = figures.points.reaches(rule.closure_points)
        checks.append(Check("points", rule.closure_points, figures.points, met, "points in force"))
    if rule.closure_serious_count is not None:
        met = figures.serious.reaches(rule.closure_serious_count)
        checks.append(
            Check(
                "serious",
                rule.closure_serious_count,
                figures.serious,
                met,
                "serious violations (strikes) in force",
            )
        )
    if rule.closure_serious_per_right is not None and figures.per_right is not None:
        met = figures.per_right.reaches(rule.closure_serious_per_right)
        checks.append(
            Check(
                "serious_per_right",
                rule.closure_serious_per_right,
                figures.per_right,
                met,
                "serious violations against one right",
            )
        )
    return tuple(checks)


def _combine(answers: Iterable[Answer]) -> Answer:
    seen = set(answers)
    if Answer.YES in seen:
        return Answer.YES
    if Answer.UNKNOWN in seen or not seen:
        return Answer.UNKNOWN
    return Answer.NO


def _rung(ladder: Sequence[PenaltyStep], points: int | None) -> PenaltyStep | None:
    if points is None:
        return None
    reached = [s for s in ladder if s.points <= points]
    return max(reached, key=lambda s: s.points) if reached else None


def _view(rules: RuleBook | ResolvedRules | None, as_of: date) -> ResolvedRules:
    from ipprules.rulebook import ResolvedRules, default_rulebook

    if rules is None:
        return default_rulebook().as_of(as_of)
    if isinstance(rules, ResolvedRules):
        return rules.book.as_of(as_of, rules.interpretation, trial=rules.trial)
    return rules.as_of(as_of)


def penalty_standing(
    violations: Iterable[Violation],
    platform: str,
    as_of: date,
    rules: RuleBook | ResolvedRules | None = None,
    *,
    validity_days: int | None = None,
) -> PenaltyStanding:
    """A seller's standing on ``platform`` as of ``as_of`` from its established violations.

    The penalty record in force on ``as_of`` applies (``rules``: a rule book, default the
    embedded one, or a view that lends its book and interpretation). Violations of other
    platforms and violations after ``as_of`` are left out and listed in ``ignored``.
    ``validity_days`` is an assumption for platforms whose rules do not document it; it is an
    error to contradict a documented value.

    >>> v = [Violation(on=date(2024, 5, 6), kind="counterfeit", points=16) for _ in range(3)]
    >>> s = penalty_standing(v, "lazada_sg", date(2024, 5, 6))
    >>> s.points.text, s.closed.value, s.closure[0].threshold
    ('48', 'yes', 48)
    >>> later = penalty_standing(v, "lazada_sg", date(2024, 6, 6))
    >>> later.points.text, later.closed.value   # points may have expired, but closure stays
    ('0 to 48', 'yes')
    >>> penalty_standing(v, "taobao", date(2024, 6, 6)).closed.value
    'unknown'
    """
    view = _view(rules, as_of)
    view.platform(platform)
    rule = view.penalties_for(platform)
    items = list(violations)
    ignored: list[tuple[int, str]] = []
    notes: list[str] = []
    if validity_days is not None and (isinstance(validity_days, bool) or validity_days < 1):
        raise IpprulesError(f"validity_days must be a whole number >= 1, got {validity_days!r}")

    if rule is None:
        empty = Figure("points", None, None, note=f"no penalty data for {platform}")
        counted = sum(1 for v in items if v.platform in (None, platform) and v.on <= as_of)
        notes.append(f"the rule book has no penalty rules for {platform} (gap): nothing computed")
        return PenaltyStanding(
            platform=platform,
            as_of=as_of,
            rulebook=view.rulebook,
            rule=None,
            sources=(),
            points=empty,
            serious=attrs.evolve(empty, name="serious"),
            serious_per_right=None,
            closed=Answer.UNKNOWN if counted else Answer.NO,
            closed_on=None,
            decided_on=as_of,
            closure=(),
            ladder_step=None,
            ladder_step_max=None,
            counter_notice_barred=None,
            bar=(),
            counted=counted,
            ignored=(),
            validity_days=None,
            validity_assumed=False,
            notes=tuple(notes),
        )

    validity = rule.validity_days
    assumed = False
    if validity_days is not None:
        if validity is not None and validity != validity_days:
            raise IpprulesError(
                f"the rules of {platform} keep violations in force for {validity} days; "
                f"cannot assume {validity_days}"
            )
        assumed = validity is None
        validity = validity_days
    if assumed:
        notes.append(f"validity of {validity} days assumed by the caller (not in the rule book)")
    elif validity is None:
        notes.append(
            f"how long violations stay in force on {platform} is not documented: a violation "
            "counts for sure only on the day it is established, and figures are ranges"
        )

    problems: list[Problem] = []
    cases: list[_Case] = []
    strikes = rule.closure_serious_count is not None and not rule.points
    for index, v in enumerate(items):
        if v.platform is not None and v.platform != platform:
            ignored.append((index, f"platform {v.platform}"))
            continue
        if v.on > as_of:
            ignored.append((index, f"established after {as_of}"))
            continue
        most = rule.points.get(v.kind.value)
        serious = v.kind.value in rule.serious_kinds
        if v.points is not None:
            if most is not None and v.points > most:
                problems.append(
                    Problem(
                        f"{v.points} points for {v.kind.value} on {platform}: the most a case "
                        f"costs is {most}",
                        f"$[{index}].points",
                    )
                )
            low, high = v.points, v.points
        elif most is not None:
            low, high = 0, most
        elif serious and strikes:
            low, high = 0, 0  # counted as a strike, not in points
        else:
            low, high = 0, None
        cases.append(_Case(index, v, low, high, serious))
    if problems:
        raise InputError(problems=problems)
    if any(c.high is None for c in cases):
        notes.append("some violations have no points and the platform gives none per case")

    # closure is an event: walk the dates on which the figures can rise
    days = sorted({c.violation.on for c in cases} | {as_of})
    closed = Answer.NO
    closed_on: date | None = None
    decided_on = as_of
    decisive: tuple[Check, ...] | None = None
    documented = any(
        x is not None
        for x in (rule.closure_points, rule.closure_serious_count, rule.closure_serious_per_right)
    )
    for day in days:
        checks = _closure_checks(rule, _figures(cases, day, rule, validity))
        answer = _combine(c.met for c in checks) if checks else Answer.NO
        if answer is Answer.YES:
            closed, closed_on, decided_on, decisive = Answer.YES, day, day, checks
            break
        if answer is Answer.UNKNOWN and closed is Answer.NO:
            closed, decided_on, decisive = Answer.UNKNOWN, day, checks
    final = _figures(cases, as_of, rule, validity)
    if decisive is None:
        decisive = _closure_checks(rule, final)
    if not documented:
        notes.append(f"the rule book has no closure thresholds for {platform} (gap)")
        if cases:
            closed = Answer.UNKNOWN

    ladder = rule.ladder
    step_low = _rung(ladder, final.points.low)
    step_high = (
        ladder[-1] if ladder and final.points.high is None else _rung(ladder, final.points.high)
    )

    barred: Answer | None = None
    bar: list[Check] = []
    if rule.counter_notice_bar_points is not None:
        bar.append(
            Check(
                "points",
                rule.counter_notice_bar_points,
                final.points,
                final.points.reaches(rule.counter_notice_bar_points),
                "no counter-notice from a user with this many points or more (R64)",
            )
        )
        if rule.closure_serious_count is None:
            has_serious = any(c.serious for c in cases)
            bar.append(
                Check(
                    "serious",
                    None,
                    final.serious,
                    Answer.UNKNOWN if has_serious else Answer.NO,
                    "no counter-notice at the closure count for serious infringements, which "
                    "the rule book does not give (R64)",
                )
            )
        bar.append(Check("closed", None, None, closed, "no counter-notice from a closed account"))
        barred = _combine(c.met for c in bar)

    return PenaltyStanding(
        platform=platform,
        as_of=as_of,
        rulebook=view.rulebook,
        rule=rule,
        sources=view.sources_of(rule),
        points=final.points,
        serious=final.serious,
        serious_per_right=final.per_right,
        closed=closed,
        closed_on=closed_on,
        decided_on=decided_on,
        closure=decisive,
        ladder_step=step_low,
        ladder_step_max=step_high,
        counter_notice_barred=barred,
        bar=tuple(bar),
        counted=len(cases),
        ignored=tuple(ignored),
        validity_days=validity,
        validity_assumed=assumed,
        notes=tuple(notes),
    )


# ------------------------------------------------------------------------------ files

_COLUMNS = ("date", "kind", "platform", "points", "right", "id")


@attrs.frozen(kw_only=True)
class _Row:
    date: date
    kind: str
    platform: str | None = None
    points: int | None = None
    right: str | None = None
    id: str | None = None


@attrs.frozen
class _File:
    violations: tuple[_Row, ...]


def read_violations(path: str | Path) -> tuple[Violation, ...]:
    """Established violations from a ``.csv`` or ``.json`` file, read strictly.

    CSV: a header with ``date`` and ``kind`` and optionally ``platform``, ``points``, ``right``,
    ``id``; empty cells are missing values. JSON: a list of objects with the same keys, or
    ``{"violations": [...]}``. Every problem is reported at once with its file, line and path.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "v.csv").write_text("date,kind,points\\n2024-03-01,general,2\\n")
    >>> read_violations(folder / "v.csv")[0].points
    2
    >>> _ = (folder / "bad.csv").write_text("date,kind\\n2024-03-01,general\\n2024-02-30,fake\\n")
    >>> read_violations(folder / "bad.csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: .../bad.csv:3: $[1].date: not a date (YYYY-MM-DD): '2024-02-30'
    .../bad.csv:3: $[1].kind: unknown violation kind 'fake'; known: counterfeit, ...
    """
    name = str(path)
    if Path(path).suffix.lower() == ".json":
        return _read_json(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=name) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=name) from None
    return _read_csv(text, name)


def _read_json(path: str | Path) -> tuple[Violation, ...]:
    from ipprules._files import read_document, structure_document

    doc = read_document(path)
    data = doc.data
    if isinstance(data, list):
        doc = attrs.evolve(doc, data={"violations": data})
        rows = structure_document(doc, _File).violations
        prefix = "$"
    else:
        rows = structure_document(doc, _File).violations
        prefix = "$.violations"
    problems: list[Problem] = []
    out: list[Violation] = []
    for index, row in enumerate(rows):
        try:
            out.append(
                Violation(
                    on=row.date,
                    kind=row.kind,
                    platform=row.platform,
                    points=row.points,
                    right=row.right,
                    id=row.id,
                )
            )
        except IpprulesError as exc:
            where = f"{prefix}[{index}]"
            located = doc.locate(where)
            line, column = located if located else (None, None)
            problems.append(Problem(str(exc), where, doc.name, line, column))
    if problems:
        raise InputError(problems=problems)
    return tuple(out)


def _read_csv(text: str, name: str) -> tuple[Violation, ...]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InputError("empty file: expected a header with date and kind", file=name) from None
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", file=name, line=1) from None
    for column in header:
        if column not in _COLUMNS:
            problems.append(
                Problem(f"unknown column {column!r}; known: {', '.join(_COLUMNS)}", "$", name, 1)
            )
    for needed in ("date", "kind"):
        if needed not in header:
            problems.append(Problem(f"missing column {needed!r}", "$", name, 1))
    if problems:
        raise InputError(problems=problems)
    out: list[Violation] = []
    index = -1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"not valid CSV: {exc}", file=name, line=reader.line_num) from None
        if not any(c.strip() for c in cells):
            continue
        index += 1
        line = reader.line_num
        if len(cells) != len(header):
            problems.append(
                Problem(
                    f"expected {len(header)} cells, got {len(cells)}", f"$[{index}]", name, line
                )
            )
            continue
        row = {k: c.strip() for k, c in zip(header, cells, strict=True)}
        errors: list[Problem] = []

        def bad(
            key: str,
            message: str,
            at: str = f"$[{index}]",
            errors: list[Problem] = errors,
            line: int = line,
        ) -> None:
            errors.append(Problem(message, f"{at}.{key}", name, line))

        on: date | None = None
        try:
            if len(row["date"]) != 10:
                raise ValueError
            on = date.fromisoformat(row["date"])
        except ValueError:
            bad("date", f"not a date (YYYY-MM-DD): {row['date']!r}")
        kind: ViolationKind | None = None
        try:
            kind = _kind(row["kind"])
        except IpprulesError as exc:
            bad("kind", str(exc))
        points: int | None = None
        raw_points = row.get("points", "")
        if raw_points:
            if raw_points.isdigit() and raw_points.isascii():
                points = int(raw_points)
            else:
                bad("points", f"expected a whole number >= 0, got {raw_points!r}")
        if errors or on is None or kind is None:
            problems.extend(errors)
            continue
        out.append(
            Violation(
                on=on,
                kind=kind,
                platform=row.get("platform") or None,
                points=points,
                right=row.get("right") or None,
                id=row.get("id") or None,
            )
        )
    if problems:
        raise InputError(problems=problems)
    return tuple(out)
