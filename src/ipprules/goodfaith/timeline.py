"""Standing for every day of a range, in one sweep over the days.

>>> import datetime as dt
>>> from ipprules.goodfaith import Complaint, AccountEvent, EventKind, History, timeline
>>> history = History.from_records([
...     AccountEvent(date=dt.date(2023, 1, 2), kind=EventKind.DECLARATION),
...     *(Complaint(filed=dt.date(2023, 1, 2) + dt.timedelta(days=i // 2), platform="tmall",
...                 reason_code="tm_counterfeit", listings=10, taken_down=10) for i in range(240)),
... ])
>>> t = timeline(history, dt.date(2023, 1, 1), dt.date(2023, 6, 30), interpretation="brief")
>>> t
Timeline(2023-01-01..2023-06-30, 181 days, 1 membership change(s), interpretation='brief')
>>> [(c.date.isoformat(), c.change) for c in t.changes]
[('2023-02-21', 'gained')]
>>> t[dt.date(2023, 2, 20)].volume, t[dt.date(2023, 2, 21)].volume
(100, 102)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ipprules._args import keywords_checked, require_bool, require_strs, rulebook_alias
from ipprules.errors import InputError
from ipprules.goodfaith.engine import Resolver, RuleSource, book_label, book_version
from ipprules.goodfaith.history import History
from ipprules.goodfaith.model import MembershipChange, Timeline
from ipprules.goodfaith.standing import (
    as_of_date,
    check_history,
    day_notes,
    other_resolvers,
    resolve,
)
from ipprules.goodfaith.sweep import SweepState, sweep

__all__ = ["MAX_DAYS", "timeline"]

#: The longest timeline (days): about 100 years.
MAX_DAYS = 36_525


@rulebook_alias("book")
@keywords_checked()
def timeline(
    history: History,
    start: dt.date | str,
    end: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool | Iterable[int] = False,
    metrics: Sequence[str] = (),
    platforms: Sequence[str] | None = None,
    rulebook: RuleSource | None = None,
    other_readings: bool = False,
) -> Timeline:
    """The standing on every day from ``start`` to ``end`` (inclusive), in one sweep.

    Each membership change carries the notes of the standing on its day
    (``MembershipChange.notes``: R91's counts, the scope, R75's per-code volume, the 2015
    month), and where another reading makes it on another day or not at all, that day ("...
    differs under official: on 2022-09-05 there, on 2022-10-30 here"; one more sweep per
    other reading when the range holds a change).

    With ``other_readings``, every other interpretation of the rule book is swept too (one
    more sweep each), and each day names those under which its qualification or membership
    differs (``TimelineDay.other_readings``; the column ``other_readings``).

    Each day's rates, volume, qualification and membership equal those of
    :func:`~ipprules.goodfaith.standing` on that day. Days before the rule book's
    coverage are refused (:class:`~ipprules.errors.CoverageError`), and so are a
    range that ends before it starts and one longer than :data:`MAX_DAYS`
    (:class:`~ipprules.errors.InputError`). ``platforms`` defaults to the platforms
    of the criteria in force on ``end`` (with either, a marketplace filed as one of them
    under the reading counts with it: Xianyu as Taobao under the brief, B1; a name that is
    no platform of the rule book on ``end`` is an UnknownNameError). The cost grows
    with the history and the range, not with the distance from its first record to ``start``.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> days = ipprules.timeline(history, "2022-12-01", "2022-12-31")
    >>> len(days), days["2022-12-31"].qualifies
    (31, True)
    """
    first_day, last_day = _range(start, end)
    history = check_history(history)
    if platforms is not None:
        platforms = require_strs(platforms, "platforms", function="timeline")
    require_bool(other_readings, "other_readings")
    resolver = resolve(rulebook, interpretation, trial, metrics, function="timeline")
    resolver.refuse_platforms(platforms, last_day)  # as --timeline: its last day's platforms
    name, state = _swept(history, first_day, last_day, resolver, platforms)
    others = other_resolvers(resolver, name)
    # each other reading swept once, if asked for or if a membership change is to be compared
    theirs: list[tuple[str, SweepState]] = []
    if other_readings or any(d >= first_day for d, _, _ in state.changes):
        theirs = [
            (other, _swept(history, first_day, last_day, r, platforms)[1]) for other, r in others
        ]
    if other_readings:
        state.columns["other_readings"] = list(_differ(state.columns, theirs))
    return Timeline(
        start=first_day,
        end=last_day,
        interpretation=name,
        changes=tuple(
            MembershipChange(
                date=d,
                change=what,
                reason=why,
                notes=(
                    *day_notes(
                        history, d, resolver, platforms, state.snapshots[d.toordinal()], others
                    ),
                    *_change_elsewhere(d, what, theirs, last_day),
                ),
            )
            for d, what, why in state.changes
            if d >= first_day
        ),
        columns=state.columns,
        rulebook=book_label(resolver.book),
        rulebook_version=book_version(resolver.book),
    )


def _range(start: dt.date | str, end: dt.date | str) -> tuple[dt.date, dt.date]:
    """:func:`timeline`'s first and last days, read and checked."""
    first_day = as_of_date(start, "timeline start", "start")
    last_day = as_of_date(end, "timeline end", "end")
    if last_day < first_day:
        raise InputError(f"the timeline ends ({last_day}) before it starts ({first_day})")
    if (last_day - first_day).days >= MAX_DAYS:
        raise InputError(f"a timeline covers at most {MAX_DAYS:,} days")
    return first_day, last_day


def _swept(
    history: History,
    first_day: dt.date,
    last_day: dt.date,
    resolver: Resolver,
    asked: Sequence[str] | None,
) -> tuple[str, SweepState]:
    """The interpretation's name and the sweep of ``first_day..last_day`` (its columns)."""
    resolver.at(first_day.toordinal())  # raises before the coverage
    last_rules = resolver.at(last_day.toordinal())
    # the other readings resolve ``asked`` under their own rules (Xianyu, B1)
    platforms = last_rules.scope(asked) if last_rules is not None else asked
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
    name = resolver.interpretation or (
        last_rules.interpretation
        if last_rules is not None
        else str(getattr(resolver.book, "default_interpretation", "brief"))
    )
    return name, state


def _differ(
    columns: dict[str, list[object]], theirs: Sequence[tuple[str, SweepState]]
) -> list[tuple[str, ...]]:
    """Per day, the other interpretations under which qualification or membership differs
    (``theirs``: each other reading's sweep of the same range)."""
    mine = list(zip(columns["qualifies"], columns["member"], strict=True))
    out: list[list[str]] = [[] for _ in mine]
    for other, state in theirs:
        for i, pair in enumerate(
            zip(state.columns["qualifies"], state.columns["member"], strict=True)
        ):
            if pair != mine[i]:
                out[i].append(other)
    return [tuple(x) for x in out]


def _change_elsewhere(
    day: dt.date,
    what: str,
    theirs: Sequence[tuple[str, SweepState]],
    last_day: dt.date,
) -> tuple[str, ...]:
    """Notes that another reading puts this membership change (``what``, ``gained`` or
    ``lost``, on ``day``) on another day, theirs beside this one as a standing's "differs
    under" notes say a figure (:func:`~ipprules.goodfaith.standing._figure_note`): its
    nearest change of the same kind (up to ``last_day``), or that it has none. A reading
    that changes on the same day says nothing."""
    elsewhere: dict[str, list[str]] = {}
    for other, state in theirs:
        days = [d for d, w, _ in state.changes if w == what and d <= last_day]
        if day in days:
            continue
        near = min(days, key=lambda d: (abs((d - day).days), d), default=None)
        said = (
            f"on {near.isoformat()} there"
            if near is not None
            else f"none up to {last_day.isoformat()} there"
        )
        elsewhere.setdefault(said, []).append(other)
    return tuple(
        f"membership {what} differs under {', '.join(names)}: {said}, on {day.isoformat()} here"
        for said, names in elsewhere.items()
    )
