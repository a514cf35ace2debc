"""The per-platform point and strike rules: what is in force on a day, strikes, points, closure.

Each function applies one field of a platform's penalty record (``validity_days``,
``serious_merge_days``, ``general_points_daily_cap``, the closure thresholds) to the cases of
a standing; :mod:`ipprules.penalties.standing` walks the dates and assembles the result.

>>> from datetime import date, timedelta
>>> strikes([date(2024, 3, 1), date(2024, 3, 3), date(2024, 3, 4)], 3)
2
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import attrs

from ipprules.penalties.model import Check, Figure, Violation
from ipprules.rulebook.model import Answer, PenaltyRule, PenaltyStep

__all__ = ["Case", "Figures", "closure_checks", "combine", "figures", "rung", "strikes"]


@attrs.frozen
class Case:
    """A violation counted in a standing: its index in the input, its points range, seriousness."""

    index: int
    violation: Violation
    low: int
    high: int | None
    serious: bool

    @property
    def restored(self) -> date | None:
        """The day its points and counts are restored (R64: a counter-notice accepted): the
        violation's acceptance, kept only where the platform's rules restore them."""
        return self.violation.counter_notice_accepted


def _in_force(
    cases: Sequence[Case], day: date, validity: int | None
) -> tuple[list[Case], list[Case]]:
    """The cases surely in force on ``day`` and those that may be, in ``cases``' order: with a
    validity, those of the last ``validity`` days (both lists); without, those of ``day``
    itself (surely) and all up to ``day`` (maybe); a case restored on or before ``day`` (R64)
    is in neither. Each case is compared with two dates found once per day, not classified
    one by one."""
    if validity is None:
        maybe = [
            c
            for c in cases
            if c.violation.on <= day
            and (
                c.violation.counter_notice_accepted is None
                or c.violation.counter_notice_accepted > day
            )
        ]
        return [c for c in maybe if c.violation.on == day], maybe
    try:  # in force: day - on < validity, i.e. on > day - validity
        after = day - timedelta(days=validity)
    except OverflowError:  # pragma: no cover - dates from 1900, validity <= 100 years
        sure = [
            c for c in cases if c.violation.on <= day and not c.violation.counter_notice_accepted
        ]
    else:
        sure = [
            c
            for c in cases
            if after < c.violation.on <= day
            and (
                c.violation.counter_notice_accepted is None
                or c.violation.counter_notice_accepted > day
            )
        ]
    return sure, sure


def strikes(days: Iterable[date], merge_days: int | None) -> int:
    """Serious violations counted after merging those within ``merge_days`` days."""
    ordered = sorted(days)
    if not merge_days:
        return len(ordered)
    count = 0
    first: date | None = None  # the first day of the current strike
    for day in ordered:
        if first is None or (day - first).days >= merge_days:
            count += 1
            first = day
    return count


def _points(cases: Sequence[Case], cap: int | None, *, upper: bool) -> int | None:
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
class Figures:
    """The figures of a standing on one day."""

    points: Figure
    serious: Figure
    per_right: Figure | None
    unknown_right: int


def figures(cases: Sequence[Case], day: date, rule: PenaltyRule, validity: int | None) -> Figures:
    """Points, strikes and strikes against one right in force on ``day`` (ranges where unsure)."""
    sure, maybe = _in_force(cases, day, validity)
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
    # the class's own confidence where the record marks it (Lazada: inferred, R88)
    classed = f" ({rule.serious_confidence.value})" if rule.serious_confidence else ""
    serious = Figure(
        "serious",
        strikes((c.violation.on for c in sure if c.serious), merge),
        strikes((c.violation.on for c in maybe if c.serious), merge),
        (f"serious_kinds={','.join(rule.serious_kinds)}{classed}", *merge_basis, *validity_basis),
        note=gap,
        **meta,
    )
    per_right = None
    unknown_right = sum(1 for c in maybe if c.serious and c.violation.right is None)
    if rule.closure_serious_per_right is not None:

        def most(group: Sequence[Case]) -> int:
            by_right: dict[str, list[date]] = {}  # one pass, not one per right
            for c in group:
                if c.serious and c.violation.right is not None:
                    by_right.setdefault(c.violation.right, []).append(c.violation.on)
            return max((strikes(days, merge) for days in by_right.values()), default=0)

        low = most(sure)
        high = most(maybe) + strikes(
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
    return Figures(points, serious, per_right, unknown_right)


def closure_checks(rule: PenaltyRule, found: Figures) -> tuple[Check, ...]:
    """The closure thresholds of ``rule`` checked against the figures of one day."""
    checks: list[Check] = []
    if rule.closure_points is not None:
        met = found.points.reaches(rule.closure_points)
        checks.append(Check("points", rule.closure_points, found.points, met, "points in force"))
    if rule.closure_serious_count is not None:
        met = found.serious.reaches(rule.closure_serious_count)
        checks.append(
            Check(
                "serious",
                rule.closure_serious_count,
                found.serious,
                met,
                "serious violations (strikes) in force",
            )
        )
    if rule.closure_serious_per_right is not None and found.per_right is not None:
        met = found.per_right.reaches(rule.closure_serious_per_right)
        checks.append(
            Check(
                "serious_per_right",
                rule.closure_serious_per_right,
                found.per_right,
                met,
                "serious violations against one right",
            )
        )
    return tuple(checks)


def combine(answers: Iterable[Answer]) -> Answer:
    """Yes if any answer is yes, else unknown if any is unknown (or none is given), else no."""
    seen = set(answers)
    if Answer.YES in seen:
        return Answer.YES
    if Answer.UNKNOWN in seen or not seen:
        return Answer.UNKNOWN
    return Answer.NO


def rung(ladder: Sequence[PenaltyStep], points: int | None) -> PenaltyStep | None:
    """The highest rung of the points ladder that ``points`` reaches (``None``: none, unknown)."""
    if points is None:
        return None
    reached = [s for s in ladder if s.points <= points]
    return max(reached, key=lambda s: s.points) if reached else None
