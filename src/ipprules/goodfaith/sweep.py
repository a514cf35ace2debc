"""The day-by-day sweep: window sums from prefix sums over days, and the membership machine.

One pass over the days of a range: the window sums of a day are differences of
prefix sums over dense per-day counters, and membership is a small state
machine driven by the account events and by each day's assessment.

Membership rules (the conventions documented in ``docs/good-faith.md``):

* account events apply on their date, before the day's statistics:
  ``admission`` makes the account a member; ``removal`` and ``abuse`` end
  membership and lock the account out for the criteria's removal lock-out;
  ``withdrawal`` ends it with the withdrawal lock-out; ``declaration`` is kept.
* a member whose rates fail on a day (overall, or per reason code when the
  criteria say so) or with an abuse finding in the window is removed that day
  and locked out (R71, R72);
* where admission is automatic (2018 on, R74), a non-member that meets every
  criterion and is not locked out becomes a member that day;
* a lock-out of *m* months from day *D* ends on ``D + m months`` (day of month
  kept, clipped to the month's end): the account may rejoin on that day.
* before the programme existed nobody is a member.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence

from ipprules.goodfaith.engine import Counts, DayRules, Resolver, add_months, window_start
from ipprules.goodfaith.history import EventKind

__all__ = ["SweepState", "sweep"]


class SweepState:
    """Where the sweep stands, and (optionally) the columns it collected per day."""

    __slots__ = (
        "changes",
        "columns",
        "last_change",
        "locked_until",
        "member",
        "member_since",
    )

    def __init__(self) -> None:
        self.member = False
        self.member_since: dt.date | None = None
        self.locked_until: dt.date | None = None
        self.last_change: dt.date | None = None
        self.changes: list[tuple[dt.date, str, str]] = []
        self.columns: dict[str, list[object]] = {}


_COLUMNS = (
    "day",
    "version",
    "member",
    "qualifies",
    "locked",
    "takedown",
    "counter",
    "volume",
    "removal",
)


def sweep(
    counts: Counts,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    start: int,
    end: int,
    collect_from: int | None = None,
) -> SweepState:
    """Run days ``start..end`` (ordinals); collect per-day columns from ``collect_from`` on."""
    state = SweepState()
    if collect_from is not None:
        state.columns = {name: [] for name in _COLUMNS}
    if end < start:
        return state
    # how far back the windows reach: the longest window among the rules met on the way
    longest = 1
    probe = [start, *(c for c in resolver.changes if start < c <= end)]
    for day in probe:
        probed = resolver.at(day, strict=False)
        if probed is not None:
            longest = max(longest, probed.criteria.window_months)
    base = window_start(dt.date.fromordinal(start), longest).toordinal() + 1
    total_p, code_p = counts.dense(platforms, base, end)
    code_prefix = list(code_p.values())
    events = counts.events
    ev_i = 0
    abuse_days = sorted(e.date.toordinal() for e in events if e.kind is EventKind.ABUSE)
    declared = False
    cols = state.columns
    rules: DayRules | None = None
    next_change = start
    # the days that hold complaints, to skip quiet stretches when nothing is collected
    busy = sorted({d for key in counts.keys(platforms) for d in counts.slots[key]})
    event_days = [e.date.toordinal() for e in events]
    day = start - 1
    while day < end:
        day += 1
        if collect_from is None and not state.member and day < next_change:
            # nothing in the window and no event today: nothing can change until the next
            # complaint, event, lock-out end or rule change
            k = bisect_right(busy, day)
            prev_busy = busy[k - 1] if k else None
            if rules is not None:
                lo_day = window_start(dt.date.fromordinal(day), rules.criteria.window_months)
                quiet = prev_busy is None or prev_busy <= lo_day.toordinal()
            else:
                quiet = True
            e = bisect_right(event_days, day - 1)
            if quiet and (e >= len(event_days) or event_days[e] > day):
                targets = [end, next_change - 1]
                if k < len(busy):
                    targets.append(busy[k] - 1)
                if e < len(event_days):
                    targets.append(event_days[e] - 1)
                if state.locked_until is not None:
                    targets.append(state.locked_until.toordinal() - 1)
                jump = min(targets)
                if jump > day:
                    day = jump
                    continue
        if day >= next_change:
            rules = resolver.at(day, strict=False)
            nxt = resolver.next_change(day)
            next_change = nxt if nxt is not None else end + 1
        date = dt.date.fromordinal(day)
        explicit = False
        while ev_i < len(events) and events[ev_i].date.toordinal() <= day:
            event = events[ev_i]
            ev_i += 1
            if event.date.toordinal() < start:
                # events before the sweep (before the rule book's coverage) only leave a declaration
                declared = declared or event.kind is EventKind.DECLARATION
                continue
            explicit = _apply_event(state, event.kind, date, rules) or explicit
            declared = declared or event.kind is EventKind.DECLARATION
        if state.locked_until is not None and date >= state.locked_until:
            state.locked_until = None
        if rules is None:
            if state.member:
                _change(state, date, "lost", "the programme does not exist")
            if cols and day >= collect_from:  # type: ignore[operator]
                _collect(cols, date, None, state, False, None, None, 0, False)
            continue
        months = rules.criteria.window_months
        lo = window_start(date, months).toordinal()
        li = lo + 1 - base
        hi = day + 1 - base
        total = [p[hi] - p[li] for p in total_p]
        by_code = [[p[hi] - p[li] for p in cp] for cp in code_prefix]
        by_code = [sums for sums in by_code if sums[0]]
        abuse = bisect_right(abuse_days, day) > bisect_right(abuse_days, lo)
        qualifies, removal = rules.assess(total, by_code, abuse, declared)
        if not explicit:
            if state.member and removal:
                _change(state, date, "lost", "a criterion failed (automatic removal)")
                _lock(state, date, rules.criteria.lockout_removal_months)
            elif (
                not state.member
                and rules.criteria.automatic_admission
                and qualifies
                and state.locked_until is None
            ):
                _change(state, date, "gained", "every criterion met (automatic admission)")
        if cols and day >= collect_from:  # type: ignore[operator]
            _collect(
                cols,
                date,
                rules,
                state,
                qualifies,
                rules.takedown.value(total),
                rules.counter.value(total),
                rules.volume.value(total)[0],
                removal,
            )
    return state


def _collect(
    cols: dict[str, list[object]],
    date: dt.date,
    rules: DayRules | None,
    state: SweepState,
    qualifies: bool,
    takedown: tuple[int, int] | None,
    counter: tuple[int, int] | None,
    volume: int,
    removal: bool,
) -> None:
    cols["day"].append(date)
    cols["version"].append(None if rules is None else rules.criteria.version)
    cols["member"].append(state.member)
    cols["qualifies"].append(qualifies)
    cols["locked"].append(state.locked_until)
    cols["takedown"].append(takedown)
    cols["counter"].append(counter)
    cols["volume"].append(volume)
    cols["removal"].append(removal)


def _change(state: SweepState, date: dt.date, what: str, why: str) -> None:
    state.member = what == "gained"
    state.member_since = date if state.member else None
    state.last_change = date
    state.changes.append((date, what, why))


def _lock(state: SweepState, date: dt.date, months: int) -> None:
    until = add_months(date, months)
    if state.locked_until is None or until > state.locked_until:
        state.locked_until = until


def _apply_event(state: SweepState, kind: EventKind, date: dt.date, rules: DayRules | None) -> bool:
    """Apply an account event; True when it decides membership for the day."""
    if kind is EventKind.ADMISSION:
        if not state.member:
            _change(state, date, "gained", "admitted (account event)")
        state.locked_until = None
        return True
    if kind in (EventKind.REMOVAL, EventKind.ABUSE, EventKind.WITHDRAWAL):
        if state.member:
            why = {
                EventKind.REMOVAL: "removed (account event)",
                EventKind.ABUSE: "abusive complaints found",
                EventKind.WITHDRAWAL: "withdrew voluntarily",
            }[kind]
            _change(state, date, "lost", why)
        if rules is not None:
            months = (
                rules.criteria.lockout_withdrawal_months
                if kind is EventKind.WITHDRAWAL
                else rules.criteria.lockout_removal_months
            )
            _lock(state, date, months)
        return True
    return False
