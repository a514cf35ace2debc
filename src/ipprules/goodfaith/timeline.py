"""Standing for every day of a range, in one sweep over the days.

>>> import datetime as dt
>>> from ipprules.goodfaith import Complaint, AccountEvent, EventKind, History, timeline
>>> history = History.from_records([
...     AccountEvent(date=dt.date(2023, 1, 2), kind=EventKind.DECLARATION),
...     *(Complaint(filed=dt.date(2023, 1, 2) + dt.timedelta(days=i // 2), platform="tmall",
...                 reason_code="tm_counterfeit", listings=10, taken_down=10) for i in range(240)),
... ])
>>> t = timeline(history, dt.date(2023, 1, 1), dt.date(2023, 6, 30), interpretation="brief")
>>> [(c.date.isoformat(), c.change) for c in t.changes]
[('2023-02-21', 'gained')]
>>> t[dt.date(2023, 2, 20)].volume, t[dt.date(2023, 2, 21)].volume
(100, 102)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import Any

import attrs

from ipprules.goodfaith.engine import Resolver, RuleSource
from ipprules.goodfaith.standing import History, _as_date, _book
from ipprules.goodfaith.sweep import sweep

__all__ = ["MembershipChange", "Timeline", "TimelineDay", "timeline"]


@attrs.frozen(kw_only=True)
class TimelineDay:
    """The standing on one day of a timeline (the account as a whole)."""

    date: dt.date
    version: str | None
    takedown_rate: Fraction | None
    counter_notice_rate: Fraction | None
    volume: int
    qualifies: bool
    member: bool
    locked_until: dt.date | None


@attrs.frozen(kw_only=True)
class MembershipChange:
    """A day on which membership is gained or lost, and why."""

    date: dt.date
    change: str
    """``gained`` or ``lost``."""
    reason: str


def _rate(pair: tuple[int, int] | None) -> Fraction | None:
    if pair is None or pair[1] <= 0:
        return None
    return Fraction(pair[0], pair[1])


@attrs.frozen(eq=False)
class Timeline:
    """Daily standing over ``start..end`` (columns; rows are built on demand)."""

    start: dt.date
    end: dt.date
    interpretation: str
    changes: tuple[MembershipChange, ...]
    columns: dict[str, list[Any]] = attrs.field(repr=False)

    def __len__(self) -> int:
        return len(self.columns["day"])

    def __iter__(self) -> Iterator[TimelineDay]:
        for i in range(len(self)):
            yield self._row(i)

    def __getitem__(self, day: dt.date) -> TimelineDay:
        i = (day - self.start).days
        if not 0 <= i < len(self):
            raise KeyError(day)
        return self._row(i)

    def _row(self, i: int) -> TimelineDay:
        c = self.columns
        return TimelineDay(
            date=c["day"][i],
            version=c["version"][i],
            takedown_rate=_rate(c["takedown"][i]),
            counter_notice_rate=_rate(c["counter"][i]),
            volume=c["volume"][i],
            qualifies=c["qualifies"][i],
            member=c["member"][i],
            locked_until=c["locked"][i],
        )

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per day (rates as floats too, for plotting), for pandas."""
        out = []
        for row in self:
            out.append(
                {
                    "date": row.date,
                    "version": row.version,
                    "takedown_rate": row.takedown_rate,
                    "takedown_rate_float": _float(row.takedown_rate),
                    "counter_notice_rate": row.counter_notice_rate,
                    "counter_notice_rate_float": _float(row.counter_notice_rate),
                    "volume": row.volume,
                    "qualifies": row.qualifies,
                    "member": row.member,
                    "locked_until": row.locked_until,
                }
            )
        return out

    def _repr_html_(self) -> str:
        from ipprules.goodfaith.render import timeline_svg

        return timeline_svg(self)


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def timeline(
    history: History,
    start: dt.date | str,
    end: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool = False,
    metrics: Sequence[str] = (),
    platforms: Sequence[str] | None = None,
    book: RuleSource | None = None,
) -> Timeline:
    """The standing on every day from ``start`` to ``end`` (inclusive), in one sweep.

    Each day's rates, volume, qualification and membership equal those of
    :func:`~ipprules.goodfaith.standing` on that day. Days before the rule book's
    coverage are refused (:class:`~ipprules.errors.CoverageError`). ``platforms``
    defaults to the platforms of the criteria in force on ``end``.
    """
    first_day, last_day = _as_date(start), _as_date(end)
    resolver = Resolver(_book(book), interpretation, trial, metrics)
    resolver.at(first_day.toordinal())  # raises before the coverage
    last_rules = resolver.at(last_day.toordinal())
    if platforms is None and last_rules is not None:
        platforms = tuple(last_rules.criteria.platforms)
    counts = history.counts
    first = counts.first_day()
    sweep_from = first_day.toordinal()
    if first is not None:
        sweep_from = min(sweep_from, max(first, resolver.changes[0]))
    state = sweep(
        counts,
        resolver,
        platforms,
        sweep_from,
        last_day.toordinal(),
        collect_from=first_day.toordinal(),
    )
    name = interpretation or (
        last_rules.interpretation
        if last_rules is not None
        else str(getattr(resolver.book, "default_interpretation", "brief"))
    )
    return Timeline(
        start=first_day,
        end=last_day,
        interpretation=name,
        changes=tuple(
            MembershipChange(date=d, change=what, reason=why)
            for d, what, why in state.changes
            if d >= first_day
        ),
        columns=state.columns,
    )
