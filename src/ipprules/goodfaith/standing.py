"""Good Faith standing as of a date: criteria, margins, headroom, the path to qualify, what-if.

>>> import datetime as dt
>>> from ipprules.goodfaith import Complaint, History, standing
>>> history = History.from_records([
...     Complaint(filed=dt.date(2023, 3, 1), platform="taobao", reason_code="tm_counterfeit",
...               listings=300, rejected=300),
... ])
>>> s = standing(history, dt.date(2023, 3, 31), interpretation="brief")
>>> s.version, s.qualifies
('2022', False)
>>> s.criterion("takedown_rate").value, s.path.successes   # B18: 2,701 under "above 90%"
(Fraction(0, 1), 2701)
>>> standing(history, dt.date(2023, 3, 31), interpretation="official").path.successes
2700
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import IO, Any

import attrs

from ipprules.goodfaith.engine import (
    COUNTER_NOTICE,
    FAILURE,
    SUCCESS,
    WIDTH,
    CompiledMetric,
    Counts,
    DayRules,
    Resolver,
    RuleSource,
    first_day_out,
    fold,
    holds,
    solve_max,
    solve_min,
    window_start,
)
from ipprules.goodfaith.history import (
    AccountEvent,
    Complaint,
    EventKind,
    OutcomeRow,
    row_blocks,
)
from ipprules.goodfaith.sweep import sweep
from ipprules.rulebook.book import as_date
from ipprules.rulebook.model import Comparison

__all__ = [
    "Criterion",
    "Headroom",
    "History",
    "PathToQualify",
    "ReasonCodeStanding",
    "Standing",
    "WhatIf",
    "WindowCounts",
    "planned_outcomes",
    "standing",
    "what_if",
]


# --------------------------------------------------------------------- history


@attrs.frozen(eq=False)
class History:
    """A filer's history, folded into per-day counters (see :mod:`ipprules.goodfaith.engine`).

    Build it once, then ask for any number of standings and timelines.

    >>> h = History.from_rows([(738525, "taobao", "X", 9, 1, 0, 0, 0)])
    >>> h.complaints
    1
    """

    counts: Counts = attrs.field(repr=False)
    complaints: int

    @classmethod
    def from_rows(
        cls, rows: Iterable[OutcomeRow | AccountEvent], events: Iterable[AccountEvent] = ()
    ) -> History:
        """From compact :data:`~ipprules.goodfaith.history.OutcomeRow` tuples (and events)."""
        slots: dict[tuple[str, str], dict[int, list[int]]] = {}
        found: list[AccountEvent] = list(events)
        n = fold(rows, slots, found)
        return cls(Counts(slots, found), n)

    @classmethod
    def from_records(cls, records: Iterable[Complaint | AccountEvent | OutcomeRow]) -> History:
        """From :class:`Complaint` and :class:`AccountEvent` records (or rows)."""
        return cls.from_rows(r.as_row() if isinstance(r, Complaint) else r for r in records)

    @classmethod
    def from_file(
        cls, source: str | Path | IO[str], *, name: str | None = None, format: str | None = None
    ) -> History:
        """Stream a CSV or JSON Lines history file (see :mod:`ipprules.goodfaith.history`)."""
        blocks = row_blocks(source, name=name, format=format)
        try:
            return cls.from_rows(itertools.chain.from_iterable(blocks))
        finally:
            blocks.close()

    def with_records(self, records: Iterable[Complaint | AccountEvent | OutcomeRow]) -> History:
        """A new history with more records (this one is unchanged)."""
        slots = dict(self.counts.slots)
        copied: set[tuple[str, str]] = set()
        events = list(self.counts.events)
        extra: list[OutcomeRow | AccountEvent] = [
            r.as_row() if isinstance(r, Complaint) else r for r in records
        ]
        for row in extra:
            if type(row) is tuple:
                key = (row[1], row[2])
                if key not in copied and key in slots:
                    slots[key] = {d: list(v) for d, v in slots[key].items()}
                copied.add(key)
        n = fold(extra, slots, events)
        return History(Counts(slots, events), self.complaints + n)


# --------------------------------------------------------------------- results


@attrs.frozen(kw_only=True)
class Criterion:
    """One criterion on one date: the value, the threshold, met or not, and the margin.

    ``margin`` is measured towards the passing side (value minus threshold for
    ``>``/``>=``, threshold minus value for ``<``/``<=``): a strict comparison
    needs a margin above 0, an inclusive one a margin of at least 0.
    ``headroom`` is how many more adverse events (failed takedowns for the
    takedown rate, successful counter-notices for the counter-notice rate) it
    absorbs and still passes (0 when it fails now; ``None``: no limit).
    ``needed`` is the fewest successful takedowns (complaints, for the volume)
    that make it pass (0 when it passes; ``None``: no number would).
    """

    name: str
    reason_code: str | None = None
    metric: str | None = None
    unit: str | None = None
    value: Fraction | None = None
    numerator: int | None = None
    denominator: int | None = None
    threshold: Fraction | None = None
    comparison: Comparison | None = None
    met: bool
    assessed: bool = True
    margin: Fraction | None = None
    headroom: int | None = None
    needed: int | None = None
    note: str = ""


@attrs.frozen(kw_only=True)
class ReasonCodeStanding:
    """The rate criteria of one reason code (from the 2022 version, R75)."""

    reason_code: str
    complaints: int
    criteria: tuple[Criterion, ...]
    met: bool
    headroom: Headroom
    successes_needed: int | None


@attrs.frozen(kw_only=True)
class Headroom:
    """What the account can still absorb before it fails a criterion (``None``: no limit)."""

    failures: int | None
    counter_notices: int | None


@attrs.frozen(kw_only=True)
class PathToQualify:
    """What it takes to qualify, other things equal.

    ``successes``: the fewest successful takedowns (in the takedown-rate metric's
    unit) after which every rate passes, overall and per reason code (``None``: no
    number would). ``volume``: complaints (or listings) still missing under a
    volume floor. ``failures_clear_on``: the first date on which every failure
    now in the window (rejected or reinstated item) has left it.
    ``rates_pass_on``: when the rates fail now, the first date after ``as_of`` on
    which, with nothing more filed, every rate passes (``None`` if they pass now or
    never will; rates with nothing left to count do not pass).
    """

    successes: int | None
    volume: int
    declaration_missing: bool
    locked_until: dt.date | None
    failures_clear_on: dt.date | None
    rates_pass_on: dt.date | None


@attrs.frozen(kw_only=True)
class WindowCounts:
    """Counters over the window, per listing and per complaint."""

    listings: Mapping[str, int]
    complaints: Mapping[str, int]


@attrs.frozen(kw_only=True)
class Standing:
    """An account's Good Faith standing on one date, under the rules then in force."""

    as_of: dt.date
    interpretation: str
    trial: bool
    version: str | None
    window_months: int | None
    window_from: dt.date | None
    counts: WindowCounts
    criteria: tuple[Criterion, ...]
    reason_codes: tuple[ReasonCodeStanding, ...]
    qualifies: bool
    member: bool
    member_since: dt.date | None
    locked_until: dt.date | None
    headroom: Headroom
    path: PathToQualify
    notes: tuple[str, ...] = ()

    def criterion(self, name: str, reason_code: str | None = None) -> Criterion:
        """The criterion called ``name`` (overall, or for one reason code)."""
        pool = self.criteria
        if reason_code is not None:
            pool = next((r.criteria for r in self.reason_codes if r.reason_code == reason_code), ())
        for c in pool:
            if c.name == name:
                return c
        raise KeyError(name)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per criterion (overall and per reason code), for pandas."""
        rows = []
        for c in (*self.criteria, *(x for r in self.reason_codes for x in r.criteria)):
            rows.append(
                {
                    "as_of": self.as_of,
                    "version": self.version,
                    "interpretation": self.interpretation,
                    "criterion": c.name,
                    "reason_code": c.reason_code,
                    "metric": c.metric,
                    "value": c.value,
                    "numerator": c.numerator,
                    "denominator": c.denominator,
                    "comparison": None if c.comparison is None else c.comparison.value,
                    "threshold": c.threshold,
                    "met": c.met,
                    "margin": c.margin,
                    "headroom": c.headroom,
                    "needed": c.needed,
                }
            )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (exact numbers as strings)."""
        from ipprules._convert import unstructure

        data: dict[str, Any] = unstructure(self)
        return data

    def _repr_html_(self) -> str:
        from ipprules.goodfaith.render import standing_html

        return standing_html(self)


@attrs.frozen(kw_only=True)
class WhatIf:
    """The standing before and after a planned batch."""

    before: Standing
    after: Standing
    added: int

    def _repr_html_(self) -> str:
        from ipprules.goodfaith.render import standing_html

        return (
            "<div><h4>Before</h4>"
            + standing_html(self.before)
            + f"<h4>After {self.added} planned complaint(s)</h4>"
            + standing_html(self.after)
            + "</div>"
        )


# -------------------------------------------------------------------- the door


def _book(book: RuleSource | None) -> RuleSource:
    if book is not None:
        return book
    from ipprules.rulebook import default_rulebook

    return default_rulebook()


def _as_date(value: dt.date | str) -> dt.date:
    return as_date(value, "as-of date")


def standing(
    history: History,
    as_of: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool = False,
    metrics: Sequence[str] = (),
    platforms: Sequence[str] | None = None,
    book: RuleSource | None = None,
) -> Standing:
    """The standing of ``history`` on ``as_of`` under the rules then in force.

    ``interpretation`` names a reading of the rule book (default: the book's
    default, ``brief``); ``trial`` applies upgrades from their trial start;
    ``metrics`` picks alternative metric ids (``takedown_rate_complaint``...);
    ``platforms`` limits the complaints counted (default: the platforms the
    criteria cover). Raises :class:`~ipprules.errors.CoverageError` before the
    rule book's coverage.
    """
    day = _as_date(as_of)
    resolver = Resolver(_book(book), interpretation, trial, metrics)
    return _standing(history, day, resolver, platforms)


def _standing(
    history: History, day: dt.date, resolver: Resolver, platforms: Sequence[str] | None
) -> Standing:
    ordinal = day.toordinal()
    rules = resolver.at(ordinal)  # raises CoverageError outside the book
    name = resolver.interpretation or (rules.interpretation if rules else "")
    if rules is None:
        empty = WindowCounts(listings={}, complaints={})
        return Standing(
            as_of=day,
            interpretation=name or _default_name(resolver),
            trial=resolver.trial,
            version=None,
            window_months=None,
            window_from=None,
            counts=empty,
            criteria=(),
            reason_codes=(),
            qualifies=False,
            member=False,
            member_since=None,
            locked_until=None,
            headroom=Headroom(failures=None, counter_notices=None),
            path=PathToQualify(
                successes=None,
                volume=0,
                declaration_missing=False,
                locked_until=None,
                failures_clear_on=None,
                rates_pass_on=None,
            ),
            notes=("The Good Faith Program did not exist on this date.",),
        )
    criteria = rules.criteria
    scope = platforms if platforms is not None else tuple(criteria.platforms)
    counts = history.counts
    months = criteria.window_months
    lo = window_start(day, months)
    total, by_code = counts.window(scope, lo.toordinal(), ordinal)
    events = [e for e in counts.events if e.date <= day]
    declared = any(e.kind is EventKind.DECLARATION for e in events)
    abuse = [e.date for e in events if e.kind is EventKind.ABUSE and e.date > lo]
    overall = [
        _rate(rules.takedown, rules.takedown_th, total, None, FAILURE),
        _rate(rules.counter, rules.counter_th, total, None, COUNTER_NOTICE),
    ]
    if rules.volume_th is not None:
        overall.append(_volume(rules.volume, rules.volume_th, total))
    if criteria.declaration_required:
        overall.append(
            Criterion(
                name="declaration",
                met=declared,
                note="signed" if declared else "no declaration in the history",
            )
        )
    if criteria.no_abuse_required:
        overall.append(
            Criterion(
                name="no_abuse",
                met=not abuse,
                note=(
                    f"abusive complaints found on {max(abuse).isoformat()}"
                    if abuse
                    else "no abuse finding in the window"
                ),
            )
        )
    codes: list[ReasonCodeStanding] = []
    if criteria.per_reason_code:
        for code in sorted(by_code):
            sums = by_code[code]
            own = (
                _rate(rules.takedown, rules.takedown_th, sums, code, FAILURE),
                _rate(rules.counter, rules.counter_th, sums, code, COUNTER_NOTICE),
            )
            codes.append(
                ReasonCodeStanding(
                    reason_code=code,
                    complaints=sums[0],
                    criteria=own,
                    met=all(c.met for c in own),
                    headroom=Headroom(
                        failures=_min_none(own[0].headroom, overall[0].headroom),
                        counter_notices=_min_none(own[1].headroom, overall[1].headroom),
                    ),
                    successes_needed=_max_needed(own),
                )
            )
    qualifies = all(c.met for c in overall) and all(r.met for r in codes)
    # membership: one sweep over the days from the start of the history
    first = counts.first_day()
    start = max(first if first is not None else ordinal, resolver.changes[0])
    state = sweep(counts, resolver, scope, min(start, ordinal), ordinal)
    successes = _max_needed(overall[:2])
    if successes is not None and codes:
        per_code = [r.successes_needed for r in codes]
        successes = None if None in per_code else max(successes, sum(per_code))  # type: ignore[arg-type]
    volume_missing = 0
    if rules.volume_th is not None:
        volume_missing = overall[2].needed or 0
    clear_on, pass_on = _projection(counts, scope, rules, day, total, by_code)
    if _rates_pass(rules, total, by_code):
        pass_on = None
    return Standing(
        as_of=day,
        interpretation=name,
        trial=resolver.trial,
        version=criteria.version,
        window_months=months,
        window_from=lo + dt.timedelta(days=1),
        counts=_window_counts(total),
        criteria=tuple(overall),
        reason_codes=tuple(codes),
        qualifies=qualifies,
        member=state.member,
        member_since=state.member_since,
        locked_until=state.locked_until,
        headroom=Headroom(
            failures=_min_none(*(c.headroom for c in overall[:2] if c.name == "takedown_rate")),
            counter_notices=_min_none(
                *(c.headroom for c in overall[:2] if c.name == "counter_notice_rate")
            ),
        ),
        path=PathToQualify(
            successes=successes,
            volume=volume_missing,
            declaration_missing=criteria.declaration_required and not declared,
            locked_until=state.locked_until,
            failures_clear_on=clear_on,
            rates_pass_on=pass_on,
        ),
    )


def _default_name(resolver: Resolver) -> str:
    return str(getattr(resolver.book, "default_interpretation", "brief"))


def _min_none(*values: int | None) -> int | None:
    """The smallest, where ``None`` means no limit."""
    finite = [v for v in values if v is not None]
    return min(finite) if finite else None


def _max_needed(criteria: Sequence[Criterion]) -> int | None:
    needs = [c.needed for c in criteria]
    if None in needs:
        return None
    return max((n for n in needs if n is not None), default=0)


def _rate(
    metric: CompiledMetric,
    threshold: tuple[int, int, str],
    sums: Sequence[int],
    code: str | None,
    adverse: Mapping[str, int],
) -> Criterion:
    p, q, op = threshold
    n, d = metric.value(sums)
    limit = Fraction(p, q)
    comparison = Comparison(op)
    a, b = metric.delta(adverse)
    sa, sb = metric.delta(SUCCESS)
    if d > 0:
        exact = Fraction(n, d)
        value: Fraction | None = exact
        met = holds(n, d, p, q, op)
        margin: Fraction | None = exact - limit if op in (">", ">=") else limit - exact
        assessed = True
    else:
        value = margin = None
        met = code is not None  # nothing to count: fails overall, is ignored per reason code
        assessed = False
    return Criterion(
        name=metric.metric,
        reason_code=code,
        metric=metric.id,
        unit=metric.unit,
        value=value,
        numerator=n,
        denominator=d,
        threshold=limit,
        comparison=comparison,
        met=met,
        assessed=assessed,
        margin=margin,
        headroom=solve_max(n, d, a, b, p, q, op),
        needed=0 if met else solve_min(n, d, sa, sb, p, q, op),
        note="" if assessed else "nothing to count in the window",
    )


def _volume(
    metric: CompiledMetric, threshold: tuple[int, int, str], sums: Sequence[int]
) -> Criterion:
    p, q, op = threshold
    n, _ = metric.value(sums)
    limit = Fraction(p, q)
    met = holds(n, 1, p, q, op)
    return Criterion(
        name="volume",
        metric=metric.id,
        unit=metric.unit,
        value=Fraction(n),
        numerator=n,
        denominator=None,
        threshold=limit,
        comparison=Comparison(op),
        met=met,
        margin=Fraction(n) - limit,
        headroom=None,
        needed=solve_min(n, 1, 1, 0, p, q, op),
    )


_LISTING_NAMES = ("taken_down", "rejected", "withdrawn", "pending", "reinstated")


def _window_counts(total: Sequence[int]) -> WindowCounts:
    listings = dict(zip(_LISTING_NAMES, total[1:6], strict=True))
    listings = {"submitted": sum(total[1:5]), **listings}
    complaints = {
        "submitted": total[0],
        "taken_down": total[6],
        "rejected": total[7],
        "withdrawn": total[8],
        "pending": total[9],
        "reinstated": total[10],
    }
    return WindowCounts(listings=listings, complaints=complaints)


def _projection(
    counts: Counts,
    scope: Sequence[str],
    rules: DayRules,
    day: dt.date,
    total: Sequence[int],
    by_code: Mapping[str, Sequence[int]],
) -> tuple[dt.date | None, dt.date | None]:
    """When current failures leave the window, and when the rates pass, if nothing is filed."""
    months = rules.criteria.window_months
    lo = window_start(day, months).toordinal()
    hi = day.toordinal()
    # days in the window that hold something, with their counters
    per_day: dict[int, list[int]] = {}
    for key in counts.keys(scope):
        for d, slot in counts.slots[key].items():
            if lo < d <= hi:
                acc = per_day.setdefault(d, [0] * WIDTH)
                for i in range(WIDTH):
                    acc[i] += slot[i]
    bad_days = [
        d
        for d, slot in per_day.items()
        if slot[2] or slot[5] or slot[7] or slot[10]  # rejected or reinstated
    ]
    clear_on = first_day_out(dt.date.fromordinal(max(bad_days)), months) if bad_days else None
    # candidate dates: the day after each filing day leaves the window
    exits = sorted({first_day_out(dt.date.fromordinal(d), months) for d in per_day})
    exits = [e for e in exits if e > day]
    for when in exits:
        w_lo = window_start(when, months).toordinal()
        sub_total, sub_codes = counts.window(scope, w_lo, hi)
        if _rates_pass(rules, sub_total, sub_codes):
            return clear_on, when
    return clear_on, None


def _rates_pass(
    rules: DayRules, total: Sequence[int], by_code: Mapping[str, Sequence[int]]
) -> bool:
    for metric, (p, q, op) in (
        (rules.takedown, rules.takedown_th),
        (rules.counter, rules.counter_th),
    ):
        n, d = metric.value(total)
        if d <= 0 or not holds(n, d, p, q, op):
            return False
        if rules.criteria.per_reason_code:
            for sums in by_code.values():
                n, d = metric.value(sums)
                if d > 0 and not holds(n, d, p, q, op):
                    return False
    return True


# --------------------------------------------------------------------- what-if


def what_if(
    history: History,
    batch: Iterable[Complaint | OutcomeRow | AccountEvent],
    as_of: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool = False,
    metrics: Sequence[str] = (),
    platforms: Sequence[str] | None = None,
    book: RuleSource | None = None,
) -> WhatIf:
    """The standing on ``as_of`` before and after adding a planned batch of complaints.

    Give each planned complaint the outcomes you expect (see
    :func:`planned_outcomes` to assume them from a rate).
    """
    day = _as_date(as_of)
    resolver = Resolver(_book(book), interpretation, trial, metrics)
    items = list(batch)
    before = _standing(history, day, resolver, platforms)
    after = _standing(history.with_records(items), day, resolver, platforms)
    added = sum(1 for i in items if not isinstance(i, AccountEvent))
    return WhatIf(before=before, after=after, added=added)


def planned_outcomes(listings: int, success_rate: Fraction | None) -> tuple[int, int]:
    """``(taken_down, rejected)`` assumed for a planned complaint: successes rounded down.

    ``None`` assumes every listing is taken down.

    >>> planned_outcomes(300, Fraction(19, 20))
    (285, 15)
    >>> planned_outcomes(7, Fraction(9, 10))
    (6, 1)
    """
    if success_rate is None:
        return listings, 0
    taken = int(success_rate * listings)
    return taken, listings - taken
