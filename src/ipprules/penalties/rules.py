"""The per-platform point and strike rules: what is in force on a day, strikes, points, closure.

Each function applies one field of a platform's penalty record (``validity_days``,
``serious_merge_days``, ``general_points_daily_cap``, the closure thresholds) to the cases of
a standing; :mod:`ipprules.penalties.standing` walks the dates and assembles the result.

>>> from datetime import date, timedelta
>>> strikes([date(2024, 3, 1), date(2024, 3, 3), date(2024, 3, 4)], 3)
2
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import attrs

from ipprules._args import require_bool, require_instance, require_int
from ipprules.penalties.model import Check, Figure, Violation
from ipprules.rulebook.model import Answer, PenaltyRule, PenaltyStep

__all__ = [
    "Case",
    "Figures",
    "closure_checks",
    "combine",
    "figures",
    "fixed_groups",
    "points_before_restoring",
    "rung",
    "strikes",
]


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


def fixed_groups(
    cases: Iterable[Case], merge_days: int | None, *, per_right: bool = False
) -> dict[int, int]:
    """The strike of each serious case (by its index) when merged strikes are fixed as they
    were counted: in date order, a case within ``merge_days`` days of the first day of the
    current strike (:func:`strikes`' window; ``per_right``: the current strike against its
    right, cases naming no right merged among themselves) joins it, whether or not the
    earlier cases are still in force. A strike is in force while any of its cases is (the
    reading ``r85_strikes_fixed``).

    >>> from ipprules.penalties.model import Violation
    >>> v = [Violation(on=date(2024, 3, d), kind="counterfeit") for d in (4, 6, 7)]
    >>> fixed_groups([Case(i, x, 0, 0, True) for i, x in enumerate(v)], 3)
    {0: 0, 1: 0, 2: 1}
    """
    if isinstance(cases, (str, bytes)):
        raise TypeError(f"cases must be Case objects, not {type(cases).__name__}")
    given = [require_instance(c, Case, "cases") for c in cases]
    if merge_days is not None:
        merge_days = require_int(merge_days, "merge_days", low=0)
    per_right = require_bool(per_right, "per_right")
    out: dict[int, int] = {}
    current: dict[str | None, tuple[date, int]] = {}  # per key: the strike's first day, number
    made = 0
    for case in sorted((c for c in given if c.serious), key=_on):
        day, key = case.violation.on, case.violation.right if per_right else None
        first = current.get(key)
        if first is None or not merge_days or (day - first[0]).days >= merge_days:
            first = current[key] = (day, made)
            made += 1
        out[case.index] = first[1]
    return out


def _fixed_count(cases: Iterable[Case], groups: dict[int, int]) -> int:
    """The strikes in force under fixed grouping: the distinct strikes of ``cases``."""
    return len({groups[c.index] for c in cases if c.serious and c.index in groups})


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


def figures(
    cases: Sequence[Case],
    day: date,
    rule: PenaltyRule,
    validity: int | None,
    groups: tuple[dict[int, int], dict[int, int]] | None = None,
) -> Figures:
    """Points, strikes and strikes against one right in force on ``day`` (ranges where unsure).
    ``groups`` (:func:`fixed_groups` of all the cases, and of each right's apart): merged
    strikes fixed as counted, each in force while any of its cases is (``r85_strikes_fixed``);
    by default the cases in force are merged afresh."""
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
    if groups is not None:
        low_serious, high_serious = _fixed_count(sure, groups[0]), _fixed_count(maybe, groups[0])
    else:
        low_serious = strikes((c.violation.on for c in sure if c.serious), merge)
        high_serious = strikes((c.violation.on for c in maybe if c.serious), merge)
    serious = Figure(
        "serious",
        low_serious,
        high_serious,
        (f"serious_kinds={','.join(rule.serious_kinds)}{classed}", *merge_basis, *validity_basis),
        note=gap,
        **meta,
    )
    per_right = None
    unknown_right = sum(1 for c in maybe if c.serious and c.violation.right is None)
    if rule.closure_serious_per_right is not None:

        def most(group: Sequence[Case]) -> int:
            by_right: dict[str, list[Case]] = {}  # one pass, not one per right
            for c in group:
                if c.serious and c.violation.right is not None:
                    by_right.setdefault(c.violation.right, []).append(c)
            if groups is not None:
                return max((_fixed_count(g, groups[1]) for g in by_right.values()), default=0)
            return max(
                (strikes((c.violation.on for c in g), merge) for g in by_right.values()),
                default=0,
            )

        low = most(sure)
        unnamed = [c for c in maybe if c.serious and c.violation.right is None]
        high = most(maybe) + (
            _fixed_count(unnamed, groups[1])
            if groups is not None
            else strikes((c.violation.on for c in unnamed), merge)
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
    require_instance(rule, PenaltyRule, "rule")
    require_instance(found, Figures, "found")
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
    points = require_int(points, "points")
    reached = [s for s in ladder if s.points <= points]
    return max(reached, key=lambda s: s.points) if reached else None


class _Total:
    """A running :func:`_points` (``upper``: the cases' highs, else their lows) over cases
    added and removed one at a time: general cases of a day are kept per day, to cap."""

    def __init__(self, cap: int | None, *, upper: bool) -> None:
        self.cap, self.upper = cap, upper
        self.total = 0  # the capped days' and the other cases' points
        self.unknown = 0  # cases with no value outside a capped day: the total is unknown
        self.days: dict[date, tuple[int, int]] = {}  # a capped day's sum and unknown count

    def _day(self, on: date) -> int:
        assert self.cap is not None
        total, unknown = self.days.get(on, (0, 0))
        return self.cap if unknown else min(self.cap, total)

    def move(self, case: Case, sign: int) -> None:
        """Add (``sign`` 1) or remove (-1) ``case``."""
        value = case.high if self.upper else case.low
        if self.cap is not None and not case.serious:
            on = case.violation.on
            self.total -= self._day(on)
            total, unknown = self.days.get(on, (0, 0))
            self.days[on] = (total + sign * (value or 0), unknown + sign * (value is None))
            self.total += self._day(on)
        elif value is None:
            self.unknown += sign
        else:
            self.total += sign * value

    def value(self) -> int | None:
        return None if self.unknown else self.total


def points_before_restoring(
    cases: Sequence[Case], days: Sequence[date], rule: PenaltyRule, validity: int | None
) -> list[Figure]:
    """The points in force on each of ``days`` (in date order; ``cases`` in date order) before
    that day's restorations (a case restored that day still counts): what R64's bar reads on
    the day a counter-notice is accepted. One sweep over the cases, not one per day.

    >>> from ipprules.penalties.model import Violation
    >>> from ipprules.rulebook.model import Confidence
    >>> v = Violation(on=date(2024, 3, 4), kind="general", counter_notice_accepted="2024-03-10")
    >>> case = Case(0, v, 60, 60, False)
    >>> rule = PenaltyRule(id="1688", effective_from=date(2015, 1, 6), sources=("S45",),
    ...                    confidence=Confidence.THIRD_PARTY)
    >>> [f.text for f in points_before_restoring([case], [date(2024, 3, 10)], rule, 365)]
    ['60']
    """
    cap = require_instance(rule, PenaltyRule, "rule").general_points_daily_cap
    high, low = _Total(cap, upper=True), _Total(cap, upper=False)
    totals = (high, low) if validity is not None else (high,)  # no validity: lows of the day
    restoring = sorted(
        (c for c in cases if c.restored is not None), key=lambda c: c.restored or c.violation.on
    )
    gone: set[int] = set()
    added = expired = restored = 0
    out = []
    for day in days:
        while added < len(cases) and cases[added].violation.on <= day:
            for total in totals:
                total.move(cases[added], 1)
            added += 1
        while restored < len(restoring) and restoring[restored].restored < day:  # type: ignore[operator]
            if restoring[restored].index not in gone and restoring[restored].violation.on <= day:
                gone.add(restoring[restored].index)
                for total in totals:
                    total.move(restoring[restored], -1)
            restored += 1
        if validity is not None:
            while expired < added and (day - cases[expired].violation.on).days >= validity:
                if cases[expired].index not in gone:
                    gone.add(cases[expired].index)
                    for total in totals:
                        total.move(cases[expired], -1)
                expired += 1
            out.append(Figure("points", low.value(), high.value()))
            continue
        today = [
            c
            for c in cases[bisect_left(cases, day, key=_on) : added]
            if c.restored is None or c.restored >= day
        ]
        out.append(Figure("points", _points(today, cap, upper=False), high.value()))
    return out


def _on(case: Case) -> date:
    return case.violation.on
