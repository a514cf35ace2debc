"""The day-by-day sweep: window sums from prefix sums, and the membership machine.

One pass over the days of a range: the window sums of a day are differences of
prefix sums over the days that hold complaints (two bisections per series), and
membership is a small state machine driven by the account events and by each day's
assessment. Where nothing is collected, the sweep jumps over stretches in which
nothing can change (no complaint enters or leaves the window, no event, no rule
change, no lock-out end), so its cost depends on the data, not on how far the last
day lies from the first record.

Membership rules (the conventions documented in ``docs/good-faith.md``):

* account events apply on their date, before the day's statistics:
  ``admission`` makes the account a member; ``removal`` and ``abuse`` end
  membership and lock the account out for the criteria's removal lock-out;
  ``withdrawal`` ends it with the withdrawal lock-out; a ``removal`` or a ``withdrawal``
  recorded while not a member changes nothing and is noted (R72, R73 lock out an account
  removed from, or withdrawing from, the programme: a member), nor does an ``abuse`` from
  2018 (it bars admission through the no-abuse criterion; in 2015 R69 excludes any
  complainant found in bad faith, ``abuse_locks_out_non_members``), except a ``removal`` while
  the lock-out of a lost membership runs (the platform's date of that removal: the lock-out
  runs from it if that ends later); ``declaration`` is kept.
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

from ipprules._args import require_instance
from ipprules.goodfaith.engine import (
    Counts,
    DayRules,
    Resolver,
    _first_day_out,
    add_months,
    window_start,
)
from ipprules.goodfaith.model import EventKind

__all__ = ["SweepState", "sweep"]


class SweepState:
    """Where the sweep stands, and (optionally) the columns it collected per day."""

    __slots__ = (
        "changes",
        "columns",
        "last_change",
        "locked_from",
        "locked_until",
        "member",
        "member_since",
        "readmitted",
        "snapshots",
        "strays",
    )

    def __init__(self) -> None:
        self.member = False
        self.member_since: dt.date | None = None
        self.locked_until: dt.date | None = None
        #: the day the running lock-out began and its months (the rule in force that day)
        self.locked_from: tuple[dt.date, int] | None = None
        self.last_change: dt.date | None = None
        #: the last admission event during a lock-out, the day that lock-out would end and
        #: the day it began (its rules are those in force that day)
        self.readmitted: tuple[dt.date, dt.date, dt.date] | None = None
        #: per kind (removal, withdrawal), the last such event recorded while not a member:
        #: ``(kind, date, the day its lock-out would end)``
        self.strays: tuple[tuple[EventKind, dt.date, dt.date], ...] = ()
        self.changes: list[tuple[dt.date, str, str]] = []
        self.columns: dict[str, list[object]] = {}
        #: per day on which membership changed (collected days only), the state at its end
        self.snapshots: dict[int, SweepState] = {}

    def snapshot(self) -> SweepState:
        """A copy of the membership state (without the changes, columns and snapshots)."""
        copy = SweepState()
        copy.member, copy.member_since = self.member, self.member_since
        copy.locked_until, copy.locked_from = self.locked_until, self.locked_from
        copy.last_change, copy.readmitted = self.last_change, self.readmitted
        copy.strays = self.strays
        return copy


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
    "threshold",
    "counter_threshold",
    "rule",
)


class _Day:
    """The assessment of one day: what the window holds and what it means."""

    __slots__ = ("lo", "qualifies", "removal", "total")

    def __init__(self, lo: int, total: list[int], qualifies: bool, removal: bool) -> None:
        self.lo = lo
        self.total = total
        self.qualifies = qualifies
        self.removal = removal


class _Sweep:
    """The machinery of :func:`sweep` (one instance per run)."""

    def __init__(
        self,
        counts: Counts,
        resolver: Resolver,
        platforms: Sequence[str] | None,
        collect_from: int | None,
    ) -> None:
        self.resolver = resolver
        self.total, self.codes = counts.merged(platforms)
        self.events = counts.events
        self.event_days = [e.date.toordinal() for e in self.events]
        self.abuse_days = sorted(
            e.date.toordinal() for e in self.events if e.kind is EventKind.ABUSE
        )
        self.collect_from = collect_from
        self.state = SweepState()
        if collect_from is not None:
            self.state.columns = {name: [] for name in _COLUMNS}
        self.declared = False
        self.ev_i = 0
        self.rules: DayRules | None = None
        self.next_change = 0

    def run(self, start: int, end: int) -> SweepState:
        self.next_change = start
        day = start
        changed = 0  # the changes seen so far (a day that adds one is kept: snapshots)
        while day <= end:
            if day >= self.next_change:
                self.rules = self.resolver.at(day, strict=False)
                nxt = self.resolver.next_change(day)
                self.next_change = nxt if nxt is not None else end + 1
            explicit = self._events(day, start)
            seen = self._assess(day, explicit)
            collecting = self.collect_from is not None and day >= self.collect_from
            if collecting and len(self.state.changes) != changed:  # a change: keep the state
                self.state.snapshots[day] = self.state.snapshot()
            changed = len(self.state.changes)
            if collecting:
                self._collect(day, seen)
                day += 1
            elif explicit or seen is None:
                day += 1
            else:
                day = self._quiet_until(day, seen, end) + 1
        return self.state

    def _events(self, day: int, start: int) -> bool:
        """Apply the events of ``day`` (and those before ``start``); True if one decides."""
        events, state = self.events, self.state
        explicit = False
        date = dt.date.fromordinal(day)
        while self.ev_i < len(events) and self.event_days[self.ev_i] <= day:
            event = events[self.ev_i]
            self.ev_i += 1
            self.declared = self.declared or event.kind is EventKind.DECLARATION
            if self.event_days[self.ev_i - 1] < start:
                continue  # before the sweep (the rule book's coverage): only a declaration
            explicit = _apply_event(state, event.kind, date, self.rules) or explicit
        if state.locked_until is not None and date >= state.locked_until:
            state.locked_until = None
        return explicit

    def _assess(self, day: int, explicit: bool) -> _Day | None:
        """Assess ``day`` and move membership; None before the programme existed."""
        state, rules = self.state, self.rules
        date = dt.date.fromordinal(day)
        if rules is None:
            if state.member:
                _change(state, date, "lost", "the programme does not exist")
            return None
        lo = window_start(date, rules.criteria.window_months).toordinal()
        total = self.total.window(lo, day)
        if self.collect_from is not None and day >= self.collect_from:
            need = (True, True)  # the day's columns show both
        elif explicit:
            need = (False, False)  # an event decided the day
        else:  # a member can only lose, a non-member only gain (where admission is automatic)
            gain = rules.criteria.automatic_admission and state.locked_until is None
            need = (not state.member and gain, state.member)

        def by_code() -> list[list[int]]:  # each reason code's window (R75), where needed
            return [sums for sums in (s.window(lo, day) for s in self.codes) if sums[0]]

        since = 0 if rules.criteria.abuse_ever else bisect_right(self.abuse_days, lo)
        abuse = bisect_right(self.abuse_days, day) > since
        qualifies, removal = rules.assess(total, by_code, abuse, self.declared, need)
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
        return _Day(lo, total, qualifies, removal)

    def _quiet_until(self, day: int, seen: _Day, end: int) -> int:
        """The last day before anything can change after ``day`` (``day`` itself at least).

        After a day without an explicit event, applying the same assessment again
        changes nothing; the assessment stays the same until a complaint day enters or
        leaves the window, an event or abuse finding comes or leaves, the rules change
        or a lock-out ends.
        """
        rules = self.rules
        assert rules is not None
        targets = [end, self.next_change - 1]
        state = self.state
        if state.member or (rules.criteria.automatic_admission and state.locked_until is None):
            self._window_moves(day, seen, targets)
        # else: only an event, a rule change or the lock-out's end can change a non-member
        e = bisect_right(self.event_days, day)
        if e < len(self.event_days):
            targets.append(self.event_days[e] - 1)
        if self.state.locked_until is not None:
            targets.append(self.state.locked_until.toordinal() - 1)
        if self.collect_from is not None:
            targets.append(self.collect_from - 1)
        return max(day, min(targets))

    def _window_moves(self, day: int, seen: _Day, targets: list[int]) -> None:
        """Add the days before the window next changes: a complaint day or an abuse
        finding entering or leaving it."""
        assert self.rules is not None
        months = self.rules.criteria.window_months
        entering = self.total.next_day(day)
        if entering is not None:
            targets.append(entering - 1)
        leaving = self.total.next_day(seen.lo)
        if leaving is not None and leaving <= day:
            targets.append(_first_day_out(dt.date.fromordinal(leaving), months).toordinal() - 1)
        a = bisect_right(self.abuse_days, seen.lo)
        if a < len(self.abuse_days) and self.abuse_days[a] <= day:
            out = _first_day_out(dt.date.fromordinal(self.abuse_days[a]), months)
            targets.append(out.toordinal() - 1)

    def _collect(self, day: int, seen: _Day | None) -> None:
        cols, state, rules = self.state.columns, self.state, self.rules
        cols["day"].append(dt.date.fromordinal(day))
        cols["member"].append(state.member)
        cols["locked"].append(state.locked_until)
        if rules is None or seen is None:
            blank: dict[str, object] = {"qualifies": False, "volume": 0, "removal": False}
            for name in ("version", "qualifies", "takedown", "counter", "volume", "removal"):
                cols[name].append(blank.get(name))
            cols["threshold"].append(None)
            cols["counter_threshold"].append(None)
            cols["rule"].append(None)
            return
        cols["version"].append(rules.criteria.version)
        cols["qualifies"].append(seen.qualifies)
        cols["takedown"].append(rules.takedown.value(seen.total))
        cols["counter"].append(rules.counter.value(seen.total))
        cols["volume"].append(rules.volume.value(seen.total)[0])
        cols["removal"].append(seen.removal)
        cols["threshold"].append(rules.takedown_th)
        cols["counter_threshold"].append(rules.counter_th)
        cols["rule"].append(getattr(rules.criteria, "id", None))


def sweep(
    counts: Counts,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    start: int,
    end: int,
    collect_from: int | None = None,
) -> SweepState:
    """Run days ``start..end`` (ordinals); collect per-day columns from ``collect_from`` on."""
    runner = _Sweep(require_instance(counts, Counts, "counts"), resolver, platforms, collect_from)
    if end < start:
        return runner.state
    return runner.run(start, end)


def _change(state: SweepState, date: dt.date, what: str, why: str) -> None:
    state.member = what == "gained"
    state.member_since = date if state.member else None
    state.last_change = date
    state.changes.append((date, what, why))


def _lock(state: SweepState, date: dt.date, months: int) -> None:
    until = add_months(date, months)
    if state.locked_until is None or until > state.locked_until:
        state.locked_until = until
        state.locked_from = (date, months)


#: Why a member that withdrew lost its membership (R73): not a removal.
_WITHDREW = "withdrew voluntarily"
#: The account events that only a member can be the subject of (R72, R73).
_MEMBERS_ONLY = (EventKind.REMOVAL, EventKind.WITHDRAWAL)


def _late_removal(state: SweepState, kind: EventKind, date: dt.date) -> bool:
    """Whether a ``removal`` is the platform's record of a removal the statistics made a few
    days before (the account lost its membership, not by withdrawing, and its lock-out still
    runs on ``date``: the day it ends the account may rejoin): the lock-out then runs from the
    day recorded, if that ends later (R72). An account that withdrew (R73) was not removed,
    nor was a non-member locked out later for abuse."""
    if kind is not EventKind.REMOVAL or state.locked_until is None or not state.changes:
        return False
    when, what, why = state.changes[-1]
    return (
        date < state.locked_until
        and what == "lost"
        and why != _WITHDREW
        # the lock-out running is that loss's, not a later one of a non-member (abuse, R80)
        and state.locked_from is not None
        and state.locked_from[0] == when
    )


def _members_only(kind: EventKind, rules: DayRules | None) -> bool:
    """Whether the event changes nothing for a non-member: a removal or a withdrawal (R72,
    R73), and from 2018 an abuse finding (R72's lock-out follows a removal from the programme;
    R80 names no lock-out), which bars admission through the no-abuse criterion instead; the
    2015 rules exclude any complainant found in bad faith for six months (R69)."""
    if kind is EventKind.ABUSE:
        return rules is not None and not rules.criteria.abuse_locks_out_non_members
    return kind in _MEMBERS_ONLY


def _lost_today(state: SweepState, kind: EventKind, date: dt.date) -> bool:
    """Whether an ``abuse`` is recorded on the day the account lost its membership, after the
    event that ended it (a ``removal`` recorded first): the finding is that member's, as it
    is when recorded first, and it locks out as a member's does, not noted as a non-member's
    (the answer does not depend on the order of a day's events)."""
    if kind is not EventKind.ABUSE or not state.changes:
        return False
    when, what, _ = state.changes[-1]
    return when == date and what == "lost"


def _apply_event(state: SweepState, kind: EventKind, date: dt.date, rules: DayRules | None) -> bool:
    """Apply an account event; True when it decides membership for the day."""
    if kind is EventKind.ADMISSION:
        if not state.member:
            _change(state, date, "gained", "admitted (account event)")
        if state.locked_until is not None and date < state.locked_until:
            began = state.locked_from[0] if state.locked_from is not None else date
            state.readmitted = (date, state.locked_until, began)
        state.locked_until = None
        return True
    if (
        _members_only(kind, rules)
        and not state.member
        and not _late_removal(state, kind, date)
        and not _lost_today(state, kind, date)
    ):
        # R72, R73: an account removed from the programme, or that withdraws from it, "cannot
        # rejoin": only a member leaves it. Recorded for a non-member, the event changes
        # nothing; the standing notes it.
        if rules is not None:
            c = rules.criteria
            months = (
                c.lockout_withdrawal_months
                if kind is EventKind.WITHDRAWAL
                else c.lockout_removal_months
            )
            kept = tuple(s for s in state.strays if s[0] is not kind)
            state.strays = (*kept, (kind, date, add_months(date, months)))
        return False
    if kind in (EventKind.REMOVAL, EventKind.ABUSE, EventKind.WITHDRAWAL):
        if state.member:
            why = {
                EventKind.REMOVAL: "removed (account event)",
                EventKind.ABUSE: "abusive complaints found",
                EventKind.WITHDRAWAL: _WITHDREW,
            }[kind]
            _change(state, date, "lost", why)
        if state.strays:  # a member's removal or withdrawal: the lock-out of R72, R73
            state.strays = tuple(s for s in state.strays if s[0] is not kind)
        if rules is not None:
            months = (
                rules.criteria.lockout_withdrawal_months
                if kind is EventKind.WITHDRAWAL
                else rules.criteria.lockout_removal_months
            )
            _lock(state, date, months)
        return True
    return False
