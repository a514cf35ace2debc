"""Good Faith standing as of a date: criteria, margins, headroom, the path to qualify.

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
import functools
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import NamedTuple

import attrs

from ipprules._args import keywords_checked, require_strs, rulebook_alias
from ipprules._table import NAME_LIMIT
from ipprules.errors import bounded_text, plain, suggest
from ipprules.goodfaith.engine import (
    COUNTER_NOTICE,
    COUNTERS,
    FAILURE,
    SUCCESS,
    CompiledMetric,
    Counts,
    DayRules,
    Resolver,
    RuleSource,
    _first_day_out,
    add_months,
    book_label,
    book_version,
    default_book,
    holds,
    solve_max,
    solve_min,
    window_start,
)
from ipprules.goodfaith.history import History
from ipprules.goodfaith.model import (
    AccountEvent,
    Criterion,
    EventKind,
    Headroom,
    PathToQualify,
    ReasonCodeStanding,
    Standing,
    WindowCounts,
)
from ipprules.goodfaith.render import percent_apart
from ipprules.goodfaith.sweep import SweepState, sweep
from ipprules.rulebook.book import as_date
from ipprules.rulebook.model import Comparison, Trial

#: Only :func:`standing` is public; the rest (``resolve``: the rules per day for a set of options,
#: ``with_other_readings``...) are the Good Faith engines' helpers, importable by name.
__all__ = ["standing"]


def as_of_date(value: dt.date | str, what: str = "as-of date", name: str = "as_of") -> dt.date:
    """A date argument (a date or ``YYYY-MM-DD``) within the dates a history may hold; a wrong
    type is a TypeError naming the parameter ``name``; a date outside 1900-01-01..2999-12-31
    is refused by :func:`~ipprules._dates.as_date` itself."""
    return as_date(value, what, name=name)


def check_history(history: object) -> History:
    """``history`` if it is a :class:`History`; TypeError otherwise."""
    if not isinstance(history, History):
        raise TypeError(
            f"history: expected a History (History.from_file, History.from_records), "
            f"got {type(history).__name__}"
        )
    return history


def resolve(
    book: RuleSource | None,
    interpretation: str | None,
    trial: bool | Iterable[int],
    metrics: Sequence[str],
    *,
    function: str | None = None,
) -> Resolver:
    """The rules per day for these options (checked at the door; ``function``, the public
    function called, is named where a generator of metrics is read by two threads at once)."""
    from ipprules.rulebook.model import trial_of

    if isinstance(metrics, str):
        raise TypeError("metrics: expected a sequence of metric ids, got a string")
    from ipprules._args import require_strs

    # plain str ids: no object's own __hash__ runs
    metrics = require_strs(metrics, "metrics", function=function)
    if isinstance(interpretation, str):  # as its characters, not kept in the answer
        interpretation = plain(interpretation)
    return Resolver(default_book(book), interpretation, trial_of(trial), metrics)


@rulebook_alias("book")
@keywords_checked()
def standing(
    history: History,
    as_of: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool | Iterable[int] = False,
    metrics: Sequence[str] = (),
    platforms: Sequence[str] | None = None,
    rulebook: RuleSource | None = None,
) -> Standing:
    """The standing of ``history`` on ``as_of`` under the rules then in force.

    ``interpretation`` names a reading of the rule book (default: the book's
    default, ``brief``); ``trial`` applies upgrades from their trial start (``True``:
    the account was in every trial; or the years the trials it was in began: 2015,
    2018, 2021);
    ``metrics`` picks alternative metric ids (``takedown_rate_complaint``...);
    ``platforms`` limits the complaints counted (default: the platforms the
    criteria cover); a marketplace filed as one of them under the reading counts
    with it (Xianyu as Taobao under the brief, B1); a name that is no platform of the
    rule book on ``as_of`` is refused (:class:`~ipprules.errors.UnknownNameError`, with
    the nearest id), as ``--platform`` is. Raises
    :class:`~ipprules.errors.CoverageError` before the rule book's coverage. The cost
    depends on the history, not on how far ``as_of`` lies from its first record.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> ipprules.standing(history, "2022-12-31")
    Standing(as_of=2022-12-31, version='2022', qualifies=True, member=True, takedown_rate=95.78%)
    """
    day = as_of_date(as_of)
    if platforms is not None:
        platforms = require_strs(platforms, "platforms", function="standing")
    resolver = resolve(rulebook, interpretation, trial, metrics, function="standing")
    resolver.refuse_platforms(platforms, day)  # 'taobo': did you mean 'taobao'?, as the CLI
    return with_other_readings(check_history(history), day, resolver, platforms)


def with_other_readings(
    history: History,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    found: Standing | None = None,
) -> Standing:
    """:func:`standing_with`, each criterion carrying the interpretations under which it
    would not hold or would differ (``other_readings``), and the standing those under which
    qualification or membership differ. ``found``: :func:`standing_with` of the same
    arguments when the caller has it already (what-if), not computed again.

    The same history is assessed under every other interpretation of the rule book (as the
    checks do for their findings); a criterion differs there when its verdict
    (:func:`_verdict`: met or not) differs or it is no criterion there, not where both
    readings fail it (or both pass) by other margins. Where another reading counts a
    rate otherwise (its metric record: the official takedown rate counts reinstated listings
    as removed, R91, the brief's takes them off, B16) and that count would turn this
    reading's verdict, a note says so (:func:`_counted_otherwise`). Where a figure the
    answer gives differs there while the verdict is the same (the successful takedowns a
    failing rate needs, a passing rate's headroom, the account's headroom, and, where
    neither reading qualifies, the takedowns and complaints the path to qualify needs and
    the days it names), a note gives theirs beside this one (:func:`_figure_note`).
    """
    if found is None:
        found = standing_with(history, day, resolver, platforms)
    names = getattr(resolver.book, "interpretations", ())
    marks: dict[tuple[str, str | None], list[str]] = {}
    overall: list[str] = []
    metrics: list[tuple[str, DayRules | None]] = []
    room: dict[Headroom, list[str]] = {}  # another reading's headroom: the readings
    our_path = _path_figures(found.qualifies, found.version, found.path)
    said = our_path is not None  # another reading's path is compared only with one said here
    ours = _figures(_criteria(found), our_path)
    figures: dict[tuple[_FigureKey, object], list[str]] = {}  # another reading's figure
    for name in names:
        if name == found.interpretation:
            continue
        theirs_resolver = resolver.sibling(name)
        verdicts, membership, headroom, theirs = _outline(
            history, day, theirs_resolver, platforms, path=said
        )
        metrics.append((name, theirs_resolver.at(day.toordinal(), strict=False)))
        for c in _criteria(found):
            if verdicts.get(_key(c)) != _verdict(c):
                marks.setdefault(_key(c), []).append(name)
        if membership != _membership(found):
            overall.append(name)
        if headroom != found.headroom:
            room.setdefault(headroom, []).append(name)
        for key, value in ours.items():  # the same key: the same verdict (met, or not)
            if key in theirs and theirs[key] != value:
                figures.setdefault((key, theirs[key]), []).append(name)
    rules = resolver.at(day.toordinal(), strict=False)
    counted = _counted_otherwise(found.criteria, found.counts, rules, metrics)
    unit = rules.takedown.unit if rules is not None else "listing"
    counted += tuple(
        _figure_note(key, theirs, ours[key], who) for (key, theirs), who in figures.items()
    )
    counted += tuple(_room_note(found.headroom, theirs, who, unit) for theirs, who in room.items())
    if not marks and not overall and not counted:
        return found

    def mark(c: Criterion) -> Criterion:
        names = marks.get(_key(c))
        return attrs.evolve(c, other_readings=tuple(names)) if names else c

    return attrs.evolve(
        found,
        criteria=tuple(map(mark, found.criteria)),
        reason_codes=tuple(
            attrs.evolve(r, criteria=tuple(map(mark, r.criteria))) for r in found.reason_codes
        ),
        other_readings=tuple(overall),
        notes=(*found.notes, *counted),
    )


def after_as_of(history: History, day: dt.date) -> tuple[str, ...]:
    """A note when ``history`` holds records dated after ``day``: a standing on ``day``
    leaves them out (its window ends on ``day``, R71: "over the past three months"),
    so that every record of the history is accounted for; ``()`` when it holds none.

    >>> import datetime as dt
    >>> from ipprules.goodfaith import History
    >>> h = History.from_file("examples/history.csv")
    >>> print(after_as_of(h, dt.date(2023, 8, 30))[0])  # doctest: +NORMALIZE_WHITESPACE
    the history holds 3 complaint(s) dated after the as-of date (on 2023-08-31): this standing
    leaves them out, its window ending on the as-of date (a standing on a later date counts
    them)
    """
    counts, ordinal = history.counts, day.toordinal()
    last = counts.last_day()
    if last is None or last <= ordinal:
        return ()
    complaints = counts.window(None, ordinal, last)[0][0]
    events = [e.date.toordinal() for e in counts.events if e.date > day]
    first = min(d for d in (counts.first_day_after(ordinal), *events) if d is not None)
    what = [f"{complaints} complaint(s)"] if complaints else []
    what += [f"{len(events)} account event(s)"] if events else []
    on = f"on {dt.date.fromordinal(first).isoformat()}"
    if last != first:
        on = f"from {dt.date.fromordinal(first).isoformat()} to {dt.date.fromordinal(last)}"
    return (
        f"the history holds {' and '.join(what)} dated after the as-of date ({on}): this "
        "standing leaves them out, its window ending on the as-of date (a standing on a later "
        "date counts them)",
    )


def _room_note(ours: Headroom, theirs: Headroom, names: Sequence[str], unit: str) -> str:
    """A note that the headroom differs under ``names``, with theirs beside this one, counted
    in ``unit`` (the takedown metric's: listings by default, as the ``headroom:`` line)."""

    def said(h: Headroom) -> str:
        return (  # as the headroom: line says it, "unlimited" where there is no limit
            f"{'unlimited' if h.failures is None else h.failures} more failed takedown(s), "
            f"{'unlimited' if h.counter_notices is None else h.counter_notices} more "
            f"upheld counter-notice(s) ({unit}s)"
        )

    return f"headroom differs under {', '.join(names)}: {said(theirs)} there, {said(ours)} here"


#: A figure of a standing that another reading may give otherwise: its kind, its criterion's
#: name and reason code (``None``: the account's, or the path to qualify's).
_FigureKey = tuple[str, str, str | None]

_RATES = ("takedown_rate", "counter_notice_rate")


def _figures(
    criteria: Sequence[Criterion], path: dict[str, object] | None
) -> dict[_FigureKey, object]:
    """The figures a standing's answer gives beside its verdicts: each assessed rate's
    ``needed`` when it fails, its ``headroom`` when it passes (the key says which, so that
    two readings share a key only where they share the verdict), and ``path`` (the path to
    qualify's, :func:`_path_figures`; ``None`` when it says nothing, or is not compared)."""
    out: dict[_FigureKey, object] = {}
    for c in criteria:
        if c.name in _RATES and c.assessed:
            kind = "headroom" if c.met else "needed"
            out[(kind, c.name, c.reason_code)] = c.headroom if c.met else c.needed
    volume = any(c.name == "volume" for c in criteria)
    for name, value in (path or {}).items():
        # a reading with no volume criterion (official from 2022, R75) needs no complaints
        # for it: said so, not as "0 more complaint(s)", which reads as a criterion met
        out[("path", name, None)] = value if name != "volume" or volume else _NO_VOLUME
    return out


#: The path's volume figure of a reading that has no volume criterion.
_NO_VOLUME = "no volume criterion"


def _path_figures(
    qualifies: bool, version: str | None, p: PathToQualify
) -> dict[str, object] | None:
    """The figures of a standing's path to qualify ``p`` that its answer gives (``None``
    where it says none: the account qualifies, the programme did not apply (no
    ``version``), or an abuse finding bars admission for good)."""
    if qualifies or version is None or p.barred:
        return None
    return {
        "successes": p.successes,
        "volume": p.volume,
        "rates_pass_on": p.rates_pass_on,
        "failures_clear_on": p.failures_clear_on,
    }


def _figure_note(key: _FigureKey, theirs: object, ours: object, names: Sequence[str]) -> str:
    """A note that a figure differs under ``names`` while the verdict is the same, theirs
    beside this one, as the ``headroom differs under`` note (:func:`_room_note`) says it.

    >>> _figure_note(("needed", "takedown_rate", None), 680, 881, ["official"])
    'overall takedown_rate differs under official: needs 680 more successful takedown(s) there, 881 here'
    """  # noqa: E501
    kind, name, code = key
    scope = "overall" if code is None else f"{code!r}"
    readings = ", ".join(names)
    if kind == "needed":  # as the criterion's line: "needs N more successful takedown(s)"
        said = ["no number of" if v is None else str(v) for v in (theirs, ours)]
        return (
            f"{scope} {name} differs under {readings}: needs {said[0]} more successful "
            f"takedown(s) there, {said[1]} here"
        )
    if kind == "headroom":
        return (
            f"{scope} {name} headroom differs under {readings}: "
            f"{_limit(theirs)} there, {_limit(ours)} here"
        )
    what, unit = {
        "successes": ("to qualify", " more successful takedown(s)"),
        "volume": ("the volume to qualify", " more complaint(s) in the window"),
        "rates_pass_on": ("the day the rates pass with nothing more filed", ""),
        "failures_clear_on": ("the day current failures leave the window", ""),
    }[name]
    if name == "volume" and _NO_VOLUME in (theirs, ours):  # not a number of complaints
        told = [
            str(v) if v == _NO_VOLUME else f"{'no number of' if v is None else v}{unit}"
            for v in (theirs, ours)
        ]
        return f"{what} differs under {readings}: {told[0]} there, {told[1]} here"
    said = [
        ("no number of" if unit else "no later day") if v is None else str(v)
        for v in (theirs, ours)
    ]
    return f"{what} differs under {readings}: {said[0]}{unit} there, {said[1]} here"


def _limit(value: object) -> str:
    return "unlimited" if value is None else str(value)


def _counted_otherwise(
    criteria: Sequence[Criterion],
    window: WindowCounts,
    rules: DayRules | None,
    others: Sequence[tuple[str, DayRules | None]],
) -> tuple[str, ...]:
    """A note for each of the account's rates that another reading counts otherwise (its
    metric record there has other counters: R91's count of reinstated listings as removed,
    against B16's as unsuccessful takedowns) when, counted that way over this window, the
    rate would turn this reading's verdict: the readings, the count and their record's note."""
    if rules is None:
        return ()
    out = []
    for c in criteria:
        kind = {"takedown_rate": "takedown", "counter_notice_rate": "counter"}.get(c.name)
        if kind is None or c.threshold is None or not c.assessed:
            continue
        ours: CompiledMetric = getattr(rules, kind)
        groups: dict[tuple[int, int], list[str]] = {}
        why: dict[tuple[int, int], str] = {}
        for name, theirs in others:
            metric: CompiledMetric | None = getattr(theirs, kind, None)
            if metric is None or _counters(metric) == _counters(ours):
                continue
            n, d = _count(window, metric.record)
            if d <= 0 or holds(n, d, *_fraction(c.threshold), str(c.comparison.value)) == c.met:
                continue
            groups.setdefault((n, d), []).append(name)
            why.setdefault((n, d), str(getattr(metric.record, "note", "")).rstrip("."))
        for (n, d), readings in groups.items():
            reason = f" ({why[(n, d)]})" if why[(n, d)] else ""
            out.append(
                f"{c.name} counted as under {', '.join(readings)} would be {n}/{d} = "
                f"{percent_apart(Fraction(n, d), c.threshold, 1)}, which would "
                f"{'fail' if c.met else 'pass'} "
                f"the criterion here{reason}"
            )
    return tuple(out)


def _counters(metric: CompiledMetric) -> tuple[object, ...]:
    record = metric.record
    return (record.unit, tuple(record.numerator), tuple(record.minus), tuple(record.denominator))


def _count(counts: WindowCounts, record: object) -> tuple[int, int]:
    """A rate metric's ``(numerator, denominator)`` over the window's counters."""
    unit = getattr(record, "unit", "listing")
    pool = counts.listings if unit == "listing" else counts.complaints
    n = sum(pool.get(x, 0) for x in getattr(record, "numerator", ()))
    n -= sum(pool.get(x, 0) for x in getattr(record, "minus", ()))
    return n, sum(pool.get(x, 0) for x in getattr(record, "denominator", ()))


def _fraction(value: Fraction) -> tuple[int, int]:
    return value.numerator, value.denominator


def _criteria(s: Standing) -> list[Criterion]:
    return [*s.criteria, *(c for r in s.reason_codes for c in r.criteria)]


def _key(c: Criterion) -> tuple[str, str | None]:
    return (c.name, c.reason_code)


def _verdict(c: Criterion) -> tuple[object, ...]:
    """What a criterion says: met or not (and whether it could be assessed). Not how many
    successes it still needs, nor the figure it is measured on: two readings that both fail
    it (58 complaints, "more than 100" and "at least 100") or both pass it (a takedown rate
    the official wording counts otherwise, R91 against B16) do not differ on it."""
    return (c.met, c.assessed)


def _membership(s: Standing) -> tuple[object, ...]:
    return (s.qualifies, s.member, s.member_since, s.locked_until)


def shown_trial(trial: Trial) -> bool | tuple[int, ...]:
    """A trial as a standing shows it: a bool, or the years in order."""
    return trial if isinstance(trial, bool) else tuple(sorted(trial))


def programme_start(resolver: Resolver) -> str:
    """When the Good Faith rules begin for the account ``resolver`` answers for and, where it
    is earlier, for an account in the trial they began with (R68: "trial from 6 Jan 2015,
    official launch 1 Apr 2015"): ``" (it starts on D; on T for an account in the trial
    begun in Y)"``, or ``""`` when the book has no Good Faith rules at all."""

    def first(r: Resolver) -> int | None:
        return next((c for c in r.changes if r.at(c, strict=False) is not None), None)

    own = first(resolver)
    if own is None:
        return ""
    text = f"it starts on {dt.date.fromordinal(own)}"
    if resolver.trial is not True:
        every = Resolver(resolver.book, resolver.interpretation, True, resolver.metrics)
        trial = first(every)
        if trial is not None and trial < own:
            began = dt.date.fromordinal(trial)
            text += f"; on {began} for an account in the trial begun in {began.year}"
    return f" ({text})"


def _before_programme(
    day: dt.date, name: str, trial: Trial, rulebook: str = "", starts: str = ""
) -> Standing:
    return Standing(
        as_of=day,
        interpretation=name,
        rulebook=rulebook,
        trial=shown_trial(trial),
        version=None,
        window_months=None,
        window_from=None,
        counts=WindowCounts(listings={}, complaints={}),
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
        notes=(f"The Good Faith Program did not apply to this account on this date{starts}.",),
    )


def _overall(
    rules: DayRules, total: Sequence[int], events: Sequence[AccountEvent], lo: dt.date
) -> tuple[list[Criterion], bool]:
    """The account's criteria, and whether the declaration is signed."""
    criteria = rules.criteria
    declared = any(e.kind is EventKind.DECLARATION for e in events)
    ever = criteria.abuse_ever  # the brief's "no record of abusive complaints" (B21)
    abuse = [e.date for e in events if e.kind is EventKind.ABUSE and (ever or e.date > lo)]
    overall = [
        _rate(rules.takedown, rules.takedown_th, total, None, FAILURE),
        _rate(rules.counter, rules.counter_th, total, None, COUNTER_NOTICE),
    ]
    if rules.volume_th is not None:
        overall.append(_volume(rules.volume, rules.volume_th, total))
    if criteria.declaration_required:
        note = "signed" if declared else "no declaration in the history"
        overall.append(Criterion(name="declaration", met=declared, note=note))
    if criteria.no_abuse_required:
        note = (
            f"abusive complaints found on {max(abuse).isoformat()}"
            if abuse
            else ("no abuse finding on record" if ever else "no abuse finding in the window")
        )
        overall.append(Criterion(name="no_abuse", met=not abuse, note=note))
    return overall, declared


def _reinstatable(unit: str, sums: Sequence[int]) -> int:
    """The items (in ``unit``) taken down and not reinstated: all an upheld counter-notice can
    reinstate."""
    taken = sum(sums[i] for i in COUNTERS[(unit, "taken_down")])
    return taken - sum(sums[i] for i in COUNTERS[(unit, "reinstated")])


def _feasible(room: int | None, passing: bool, unit: str, sums: Sequence[int]) -> int | None:
    """``room`` more upheld counter-notices, or ``None`` (no limit) where the rates still pass
    with every item taken down reinstated: no more than those can be upheld."""
    if passing and room is not None and room >= _reinstatable(unit, sums):
        return None
    return room


def _counter_headroom(rules: DayRules, sums: Sequence[int], counter: Criterion) -> int | None:
    """The successful counter-notices ``sums`` can absorb: each reinstates a listing taken
    down, so it counts against the counter-notice rate (``counter``, its criterion) and, where
    the takedown rate takes reinstated listings off its numerator (B16), against that too;
    ``None`` where reinstating every item taken down leaves both passing (each bound in its
    metric's unit)."""
    a, b = rules.takedown.delta(COUNTER_NOTICE)
    n, d = rules.takedown.value(sums)
    if (a, b) == (0, 0) or d <= 0:
        return counter.headroom
    p, q, op = rules.takedown_th
    room = solve_max(n, d, a, b, p, q, op)  # in the takedown metric's unit
    return _min_none(
        counter.headroom, _feasible(room, holds(n, d, p, q, op), rules.takedown.unit, sums)
    )


def _per_code(
    rules: DayRules,
    by_code: Mapping[str, Sequence[int]],
    overall: Sequence[Criterion],
    total: Sequence[int],
) -> list[ReasonCodeStanding]:
    """The rate criteria of each reason code with complaints in the window (2022 on)."""
    if not rules.criteria.per_reason_code:
        return []
    codes = []
    for code in sorted(by_code):
        sums = by_code[code]
        own = (
            _rate(rules.takedown, rules.takedown_th, sums, code, FAILURE),
            _rate(rules.counter, rules.counter_th, sums, code, COUNTER_NOTICE),
        )
        everywhere = _counter_headroom(rules, total, overall[1])
        codes.append(
            ReasonCodeStanding(
                reason_code=code,
                complaints=sums[0],
                criteria=own,
                met=all(c.met for c in own),
                headroom=Headroom(
                    failures=_min_none(own[0].headroom, overall[0].headroom),
                    counter_notices=_min_none(_counter_headroom(rules, sums, own[1]), everywhere),
                ),
                successes_needed=_max_needed(own),
            )
        )
    return codes


def _successes(overall: Sequence[Criterion], codes: Sequence[ReasonCodeStanding]) -> int | None:
    """The fewest successes after which every rate passes: max(overall, sum per code)."""
    successes = _max_needed(overall[:2])
    if successes is not None and codes:
        per_code = [r.successes_needed for r in codes]
        if any(n is None for n in per_code):
            return None
        successes = max(successes, sum(n for n in per_code if n is not None))
    return successes


class _Judged(NamedTuple):
    """What a standing on a day rests on: the window, the criteria, the membership sweep."""

    lo: dt.date
    total: list[int]
    by_code: dict[str, list[int]]
    events: list[AccountEvent]
    overall: list[Criterion]
    declared: bool
    codes: list[ReasonCodeStanding]
    state: SweepState
    headroom: Headroom


def _judge(
    history: History,
    day: dt.date,
    rules: DayRules,
    resolver: Resolver,
    platforms: Sequence[str] | None,
) -> _Judged:
    """The window of ``day`` under ``rules`` (in force on it), the criteria of the account
    and of each reason code, the headroom, and the membership from one sweep over the days
    from the start of the history."""
    ordinal = day.toordinal()
    scope = rules.scope(platforms)
    counts = history.counts
    lo = window_start(day, rules.criteria.window_months)
    total, by_code = counts.window(scope, lo.toordinal(), ordinal)
    events = [e for e in counts.events if e.date <= day]
    overall, declared = _overall(rules, total, events, lo)
    codes = _per_code(rules, by_code, overall, total)
    first = counts.first_day()
    start = max(first if first is not None else ordinal, resolver.changes[0])
    state = sweep(counts, resolver, scope, min(start, ordinal), ordinal)
    headroom = Headroom(  # wherever the events land: the account's and every code's (R75)
        failures=_min_none(
            *(c.headroom for c in overall[:1]), *(r.headroom.failures for r in codes)
        ),
        counter_notices=_min_none(
            _counter_headroom(rules, total, overall[1]),
            *(r.headroom.counter_notices for r in codes),
        ),
    )
    return _Judged(lo, total, by_code, events, overall, declared, codes, state, headroom)


def _outline(
    history: History,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    path: bool = False,
) -> tuple[
    dict[tuple[str, str | None], tuple[object, ...]],
    tuple[object, ...],
    Headroom,
    dict[_FigureKey, object],
]:
    """What :func:`with_other_readings` compares of another reading's standing (that of
    :func:`standing_with` under ``resolver``): each criterion's verdict, the membership, the
    headroom and the figures (:func:`_figures`); with ``path``, where it does not qualify,
    the figures of its path to qualify too (its projection is the dearest part: only
    computed when this reading's path is said). Not its notes, which it does not read."""
    rules = resolver.at(day.toordinal())  # raises CoverageError outside the book
    if rules is None:  # as _before_programme: no criterion, no member, no limit
        none = Headroom(failures=None, counter_notices=None)
        return {}, (False, False, None, None), none, {}
    j = _judge(history, day, rules, resolver, platforms)
    criteria = [*j.overall, *(c for r in j.codes for c in r.criteria)]
    verdicts = {_key(c): _verdict(c) for c in criteria}
    qualifies = all(c.met for c in j.overall) and all(r.met for r in j.codes)
    state = j.state
    figures: dict[str, object] | None = None
    if path and not qualifies:
        name = resolver.interpretation or rules.interpretation
        p = _path_to_qualify(history, day, rules, resolver, platforms, j, name)[0]
        figures = _path_figures(qualifies, rules.criteria.version, p)
    membership = (qualifies, state.member, state.member_since, state.locked_until)
    return verdicts, membership, j.headroom, _figures(criteria, figures)


def _path_to_qualify(
    history: History,
    day: dt.date,
    rules: DayRules,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    j: _Judged,
    name: str,
) -> tuple[PathToQualify, bool, dt.date | None]:
    """The path to qualify of the standing judged ``j`` under the reading ``name``, whether
    its rates pass, and the day they first turn (pass, or fail) with nothing more filed."""
    overall, criteria = j.overall, rules.criteria
    passing = _rates_pass(rules, j.total, j.by_code)
    clear_on, turn = _projection(history.counts, rules, day, resolver, platforms, passing)
    path = PathToQualify(
        successes=_successes(overall, j.codes),
        volume=_volume_needed(overall, rules),
        declaration_missing=criteria.declaration_required and not j.declared,
        locked_until=j.state.locked_until,
        failures_clear_on=clear_on,
        rates_pass_on=None if passing else turn,
        rates_outlook="pass" if passing else "never" if turn is None else "pass_later",
        rates_fail_on=turn if passing else None,
    )
    return _path(path, rules, j.events, j.lo, (name, day, resolver)), passing, turn


def _volume_needed(overall: Sequence[Criterion], rules: DayRules) -> int:
    """The complaints the volume criterion still needs (0 without a volume floor)."""
    return (overall[2].needed or 0) if rules.volume_th is not None else 0


def standing_with(
    history: History, day: dt.date, resolver: Resolver, platforms: Sequence[str] | None
) -> Standing:
    """:func:`standing` with the rules already resolved (also used by what-if)."""
    ordinal = day.toordinal()
    rules = resolver.at(ordinal)  # raises CoverageError outside the book
    name = resolver.interpretation or (rules.interpretation if rules else "")
    if rules is None:
        name = name or _default_name(resolver)
        label, starts = book_label(resolver.book), programme_start(resolver)
        found = _before_programme(day, name, resolver.trial, label, starts)
        return attrs.evolve(
            found,
            notes=(*found.notes, *after_as_of(history, day)),
            rulebook_version=book_version(resolver.book),
        )
    criteria = rules.criteria
    j = _judge(history, day, rules, resolver, platforms)
    lo, total, by_code, overall, codes, state = (
        j.lo,
        j.total,
        j.by_code,
        j.overall,
        j.codes,
        j.state,
    )
    path, passing, turn = _path_to_qualify(history, day, rules, resolver, platforms, j, name)
    ahead: tuple[str, ...] = ()
    if passing:
        ahead = _passing_notes(history.counts, rules, day, resolver, platforms, turn)
    return Standing(
        as_of=day,
        interpretation=name,
        rulebook=book_label(resolver.book),
        rulebook_version=book_version(resolver.book),
        trial=shown_trial(resolver.trial),
        version=criteria.version,
        window_months=criteria.window_months,
        window_from=lo + dt.timedelta(days=1),
        counts=_window_counts(total),
        criteria=tuple(overall),
        reason_codes=tuple(codes),
        qualifies=all(c.met for c in overall) and all(r.met for r in codes),
        member=state.member,
        member_since=state.member_since,
        locked_until=state.locked_until,
        headroom=j.headroom,
        path=path,
        rule=getattr(criteria, "id", None),
        rule_ids=tuple(getattr(criteria, "rules", ())),
        sources=tuple(getattr(criteria, "sources", ())),
        confidence=_confidence(criteria),
        notes=(
            *_notes(
                history,
                day,
                resolver,
                platforms,
                rules,
                (lo, total, by_code),
                (overall, codes),
                state,
            ),
            *ahead,
            *after_as_of(history, day),
        ),
    )


def _confidence(criteria: object) -> str | None:
    """The confidence of a criteria record, as its value (``brief``, ``official``...)."""
    found = getattr(criteria, "confidence", None)
    return None if found is None else str(getattr(found, "value", found))


def _notes(
    history: History,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    rules: DayRules,
    window: tuple[dt.date, Sequence[int], Mapping[str, Sequence[int]]],
    judged: tuple[Sequence[Criterion], Sequence[ReasonCodeStanding]],
    state: SweepState,
) -> tuple[str, ...]:
    """The notes of a standing on ``day``: its window (the day before it opens, the
    account's counters and each reason code's), its criteria (the account's, each reason
    code's) and its membership ``state``."""
    lo, total, by_code = window
    overall, codes = judged
    ordinal, counts, scope = day.toordinal(), history.counts, rules.scope(platforms)
    events = [e for e in counts.events if e.date <= day]
    reading = (resolver.interpretation or rules.interpretation, day, resolver)
    return (
        *rules.criteria.not_assessed,
        *_empty(counts),
        *_outside(counts, scope, (lo.toordinal(), ordinal), rules, resolver, platforms is not None),
        *_wider_scope(counts, overall, (lo.toordinal(), ordinal), rules, resolver, platforms),
        *_asked_outside(platforms, rules),
        *_unknown_codes(rules, by_code, resolver, ordinal),
        *_withdrawn(rules, total, by_code),
        *_unit(rules, total, by_code),
        *_old_abuse(rules, counts.events, lo, reading),
        *_abuse_bar_note(rules, events, lo, reading),
        *_before_coverage(counts, scope, lo.toordinal(), ordinal, resolver),
        *_before_opening(counts, scope, lo.toordinal(), ordinal, resolver),
        *_early_admission(counts.events, day, resolver),
        *_lock_across_versions(state.locked_until, state.locked_from, rules, resolver, day),
        *_idle_member(state.member, overall),
        *_admitted_while_locked(state.readmitted, state.member_since, resolver),
        *_admitted_undeclared(state.member, state.member_since, overall, events),
        *_withdrawal_lock(state.locked_until, state.locked_from, counts.events, resolver),
        *_strays(state.strays, day),
        *_not_admitted(rules, state.member, state.locked_until, overall, codes),
        *_locked_qualifies(state, overall, codes, counts.events, resolver),
        *_code_volume(rules, by_code, overall, codes),
        *_calendar_month(rules, counts, scope, day, overall),
    )


def other_resolvers(resolver: Resolver, name: str) -> tuple[tuple[str, Resolver], ...]:
    """The rules per day under each interpretation of the book but ``name`` (the same
    trial and metrics), for :func:`day_notes`."""
    names = getattr(resolver.book, "interpretations", ())
    return tuple((other, resolver.sibling(other)) for other in names if other != name)


def day_notes(
    history: History,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    state: SweepState,
    others: Sequence[tuple[str, Resolver]],
) -> tuple[str, ...]:
    """The notes of :func:`standing` on ``day`` given the membership ``state`` at its end
    (a timeline's sweep keeps it for each change), without sweeping again: the standing's
    own notes, and those on a rate another reading (``others``: :func:`other_resolvers`)
    counts otherwise, and the one on rates that pass failing later with nothing more filed
    (the next criteria, or successes ageing out first); not the one on another reading's
    headroom and figures (:func:`_figure_note`), which need that reading's whole standing."""
    ordinal = day.toordinal()
    rules = resolver.at(ordinal, strict=False)
    if rules is None:
        return _before_programme(day, "", resolver.trial, "", programme_start(resolver)).notes
    lo = window_start(day, rules.criteria.window_months)
    total, by_code = history.counts.window(rules.scope(platforms), lo.toordinal(), ordinal)
    overall, _ = _overall(rules, total, [e for e in history.counts.events if e.date <= day], lo)
    judged = (overall, _per_code(rules, by_code, overall, total))
    notes = _notes(history, day, resolver, platforms, rules, (lo, total, by_code), judged, state)
    if _rates_pass(rules, total, by_code):  # they fail later with nothing more filed
        _, fail_on = _projection(history.counts, rules, day, resolver, platforms, True)
        notes = (*notes, *_passing_notes(history.counts, rules, day, resolver, platforms, fail_on))
    theirs = [(name, r.at(ordinal, strict=False)) for name, r in others]
    return (*notes, *_counted_otherwise(overall, _window_counts(total), rules, theirs))


def _code_volume(
    rules: DayRules,
    by_code: Mapping[str, Sequence[int]],
    overall: Sequence[Criterion],
    codes: Sequence[ReasonCodeStanding],
) -> tuple[str, ...]:
    """A note naming the reason codes with complaints in the window that would fail the volume
    floor if each reason code had to meet it (R75, read literally: "the data for every single
    reason code must meet the admission conditions"); the floor is applied to the account only
    (B21, R77). Where the account qualifies, that reading would turn the answer (and leave no
    headroom); where it does not, the path to qualify would need those complaints too."""
    th = rules.volume_th
    if th is None or not rules.criteria.per_reason_code or len(by_code) < 2:
        return ()
    p, q, op = th
    short = []
    for code in sorted(by_code):
        n = rules.volume.value(by_code[code])[0]
        if not holds(n, 1, p, q, op):
            short.append(f"{code!r} ({n}, {solve_min(n, 1, 1, 0, p, q, op)} more needed)")
    if not short:
        return ()
    floor = f"{_SAID[op]} {Fraction(p, q)} {rules.volume.unit}s in the window"
    qualifies = all(c.met for c in overall) and all(r.met for r in codes)
    answer = (
        "the account meets every criterion here but would not under that reading (nor would "
        "the headroom shown apply)"
        if qualifies
        else "the path to qualify would need those too (it counts the account's volume only)"
    )
    return (
        f'the volume floor ({floor}) is applied to the account only; read literally, R75 ("the '
        'data for every single reason code must meet the admission conditions") would apply '
        f"it to each reason code, and these would fail it: {_first_few(short)}; {answer}",
    )


def _calendar_month(
    rules: DayRules,
    counts: Counts,
    scope: Sequence[str],
    day: dt.date,
    overall: Sequence[Criterion],
) -> tuple[str, ...]:
    """A note for each of the account's rate criteria whose verdict would turn if the criteria
    assessed "monthly" (the 2015 criteria, D1, R68: a window of 1 month) were read over the
    last complete calendar month instead of the rolling month ending on ``day``: which of the
    two was meant is not stated. On a month's last day the two windows are the same."""
    if rules.criteria.window_months != 1:
        return ()
    end = day if (day + dt.timedelta(days=1)).day == 1 else day.replace(day=1) - _ONE_DAY
    if end == day:
        return ()
    lo = end.replace(day=1) - _ONE_DAY
    total = counts.window(scope, lo.toordinal(), end.toordinal())[0]
    out = []
    pairs = [(rules.takedown, rules.takedown_th), (rules.counter, rules.counter_th)]
    for (metric, (p, q, op)), criterion in zip(pairs, overall, strict=False):
        n, d = metric.value(total)
        there = d > 0 and holds(n, d, p, q, op)  # nothing to count fails, as for the account
        if there == criterion.met:
            continue
        value = (
            f"{n}/{d} = {percent_apart(Fraction(n, d), Fraction(p, q), 1)}"
            if d > 0
            else "nothing to count"
        )
        out.append(
            f"{metric.metric} over the calendar month {lo + _ONE_DAY}..{end} (the last complete "
            f"one) would be {value}, which would {'fail' if criterion.met else 'pass'} the "
            f"criterion: the {rules.criteria.version} criteria were assessed monthly (D1, R68), "
            "and whether over a calendar month or the rolling month used here is not stated",
        )
    return tuple(out)


_ONE_DAY = dt.timedelta(days=1)

#: How a comparison reads in a note.
_SAID = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}


def _lock_across_versions(
    until: dt.date | None,
    began: tuple[dt.date, int] | None,
    rules: DayRules,
    resolver: Resolver,
    day: dt.date,
) -> tuple[str, ...]:
    """A note when the running lock-out began under a version whose length differs from the
    version in force on ``day`` (6 months in 2015, 3 from 2018: D3, R70(d)): whether the new
    length applies to an account locked out before the change is not stated, so the answer
    keeps the length in force when it began and says when the other would end it."""
    if until is None or began is None:
        return ()
    start, months = began
    then = resolver.at(start.toordinal(), strict=False)
    now = rules.criteria
    if then is None or then.criteria.version == now.version:
        return ()
    other = now.lockout_removal_months
    if other != now.lockout_withdrawal_months or other == months:
        return ()
    end = add_months(start, other)
    ends = "would have ended on" if end <= day else "would end on"
    return (
        f"locked out until {until.isoformat()}: {months} months from {start.isoformat()} under "
        f"the {then.criteria.version} criteria in force that day; the {other} months of the "
        f"{now.version} criteria (D3, R70(d)) {ends} {end.isoformat()}: whether the new length "
        "applies to a lock-out begun before the change is not stated",
    )


def _withdrawal_lock(
    until: dt.date | None,
    began: tuple[dt.date, int] | None,
    events: Sequence[AccountEvent],
    resolver: Resolver,
) -> tuple[str, ...]:
    """A note when the running lock-out began with a voluntary withdrawal under criteria
    that do not cite R73 (3 months after a withdrawal, of 2020): under the 2015 criteria no
    source gives its length, and the one of a removal is applied (R69, D3)."""
    if until is None or began is None:
        return ()
    start, months = began
    if not any(e.kind is EventKind.WITHDRAWAL and e.date == start for e in events):
        return ()
    then = resolver.at(start.toordinal(), strict=False)
    if then is None or "R73" in getattr(then.criteria, "rules", ("R73",)):
        return ()
    return (
        f"locked out until {until.isoformat()}: {months} months after the voluntary withdrawal "
        f"on {start.isoformat()}, under the {then.criteria.version} criteria; no source gives "
        "the lock-out after a withdrawal under them (R73's 3 months are of 2020), so the one "
        "after an exclusion is applied (R69, D3: inferred)",
    )


def _locked_qualifies(
    state: SweepState,
    overall: Sequence[Criterion],
    codes: Sequence[ReasonCodeStanding],
    events: Sequence[AccountEvent],
    resolver: Resolver,
) -> tuple[str, ...]:
    """A note when every criterion is met during a lock-out: ``qualifies`` says the
    statistics qualify, and the account still cannot rejoin before the lock-out ends (R72 "even
    if the next month's statistics qualify", R73; R69, R82 under the 2015 criteria), as the
    criteria in force when it began say."""
    until, began = state.locked_until, state.locked_from
    if until is None or not all(c.met for c in overall) or not all(r.met for r in codes):
        return ()
    start = began[0] if began is not None else None
    then = None if start is None else resolver.at(start.toordinal(), strict=False)
    rules = getattr(then.criteria, "rules", ()) if then is not None else ()
    cited = [r for r in _LOCKOUT_RULES if r in rules]
    withdrew = any(e.kind is EventKind.WITHDRAWAL and e.date == start for e in events)
    narrow = [r for r in cited if r == ("R73" if withdrew else "R72")]
    return (
        f"the statistics qualify (every criterion is met) but the account cannot rejoin until "
        f"{until.isoformat()} ({', '.join(narrow or cited or ['R72', 'R73'])}): it is not a "
        "member before then; `qualifies` speaks of the statistics only",
    )


#: Per account event that only a member can be the subject of: how the note names it, the
#: rule that locks out the member it concerns, and what that rule says of it.
_STRAY = {
    EventKind.WITHDRAWAL: (
        "withdrawal",
        "R73",
        'an account that withdraws from the programme (it "cannot rejoin"), which only a '
        "member can do",
    ),
    EventKind.REMOVAL: (
        "removal",
        "R72",
        'an account removed from the programme (it "cannot rejoin"), which only a member can be',
    ),
    EventKind.ABUSE: (
        "abuse finding",
        "R72",
        'an account removed from the programme (it "cannot rejoin"), which only a member can '
        "be, and R80's sanctions on malicious filers name no lock-out (the finding bars "
        "admission through the no-abuse criterion instead)",
    ),
}


def _strays(strays: Sequence[tuple[EventKind, dt.date, dt.date]], day: dt.date) -> tuple[str, ...]:
    """A note, while its lock-out would run, on each ``withdrawal`` or ``removal`` recorded
    while the account was not a member: R73 locks out an account that withdraws from the
    programme and R72 one removed from it ("cannot rejoin"), which only a member can be, so
    none is applied; an admission the history does not record (before it begins, or after a
    withdrawal or removal it shows) would make it one: the lock-out would run to the day given."""
    notes = []
    for kind, when, until in strays:
        if day >= until:
            continue
        name, rule, whom = _STRAY[kind]
        notes.append(
            f"{'an' if name[0] in 'aeiou' else 'a'} {name} is recorded on {when.isoformat()} "
            "while the account was not a member: "
            f"{rule} locks out {whom}, so no lock-out is applied; had it been a member that day "
            f"(an admission the history does not record), it would be locked out until "
            f"{until.isoformat()}"
        )
    return tuple(notes)


def _not_admitted(
    rules: DayRules,
    member: bool,
    locked: dt.date | None,
    overall: Sequence[Criterion],
    codes: Sequence[ReasonCodeStanding],
) -> tuple[str, ...]:
    """A note for an account that meets every criterion but is not a member where admission
    is not automatic (before 2018, R70(a)): membership then needs an ``admission`` event."""
    qualifies = all(c.met for c in overall) and all(r.met for r in codes)
    if member or locked is not None or not qualifies or rules.criteria.automatic_admission:
        return ()
    return (
        f"meets every criterion, but admission is not automatic under the "
        f"{rules.criteria.version} criteria (automatic from 2018, R70(a), R74): no admission "
        "of the history counts (one on or before this day, once the programme was open to the "
        "account), so the account is not counted a member (record one as an 'admission' "
        "event)",
    )


def _admitted_while_locked(
    readmitted: tuple[dt.date, dt.date, dt.date] | None,
    since: dt.date | None,
    resolver: Resolver,
) -> tuple[str, ...]:
    """A note for a membership that began with an admission event recorded during a
    lock-out: the account cannot rejoin before it ends (R72, R73; under the 2015 criteria,
    six months' exclusion: R69, R82), as the criteria in force when it began say; the
    history's event is followed (an appeal, or a record to check)."""
    if readmitted is None or readmitted[0] != since:
        return ()
    day, until, began = readmitted
    then = resolver.at(began.toordinal(), strict=False)
    rules = then.criteria.rules if then is not None else ()
    cited = [r for r in _LOCKOUT_RULES if r in rules] or ["R72", "R73"]
    under = f" of the {then.criteria.version} criteria in force when it began" if then else ""
    return (
        f"admitted on {day.isoformat()} by an account event, during a lock-out that would have "
        f"ended on {until.isoformat()} ({', '.join(cited)}{under}: no rejoining before it "
        "ends); the event is followed: check the record",
    )


def _admitted_undeclared(
    member: bool,
    since: dt.date | None,
    overall: Sequence[Criterion],
    events: Sequence[AccountEvent],
) -> tuple[str, ...]:
    """A note for a member whose history holds an ``admission`` event but no declaration
    where the reading requires one (the brief's B21; R68 in 2015): the account does not
    qualify, yet the recorded admission is followed (the history is the platform's
    record), so the standing says why it is a member."""
    declared = next((c.met for c in overall if c.name == "declaration"), True)
    admissions = [e.date for e in events if e.kind is EventKind.ADMISSION]
    if not member or declared or not admissions:
        return ()
    admitted = since if since in admissions else max(admissions)
    return (
        f"a member by the 'admission' event of {admitted.isoformat()} although no declaration "
        "is in the history (the declaration criterion is not met): the recorded admission "
        "is followed (the history is the platform's record): check the record, or add the "
        "'declaration' event",
    )


#: The rules that lock an account out (R69, R82 in 2015: six months' exclusion; R72, R73
#: from 2018: three months after a removal or a withdrawal), as a criteria record cites them.
_LOCKOUT_RULES = ("R69", "R72", "R73", "R82")


def _idle_member(member: bool, overall: Sequence[Criterion]) -> tuple[str, ...]:
    """A note for a member whose window holds nothing to count for a rate: the removal
    standard (R71: a rate below 90% or above 5% over the past three months) does not say
    what becomes of such an account, so the answer says that it is kept, not removed (the
    sweep never removes on a rate with nothing to count)."""
    idle = [c.name for c in overall[:2] if not c.assessed]
    if not member or not idle:
        return ()
    return (
        f"a member with nothing to count in the window ({', '.join(idle)}): the removal "
        "standard (R71: a rate below 90% or above 5% over the past three months) does not say "
        "what becomes of such an account; it is kept a member here, not removed",
    )


def _withdrawn(
    rules: DayRules, total: Sequence[int], by_code: Mapping[str, Sequence[int]]
) -> tuple[str, ...]:
    """A note when the window holds withdrawn complaints that the takedown rate leaves out and
    that, counted as failures, would change whether it passes, for the account and (one note)
    for the reason codes assessed on their own (R75): how they count is not documented (R91),
    so the answer says which way they would turn it."""
    metric = rules.takedown
    if "withdrawn" in metric.record.denominator:
        return ()
    p, q, op = rules.takedown_th
    out, codes = [], []
    for code, sums in _assessed(rules, total, by_code):
        extra = sum(sums[i] for i in COUNTERS.get((metric.unit, "withdrawn"), ()))
        n, d = metric.value(sums)
        # nothing decided: fails for the account, is ignored for a reason code
        alone = holds(n, d, p, q, op) if d > 0 else code is not None
        if not extra or holds(n, d + extra, p, q, op) == alone:
            continue
        turn = (
            f"{n}/{d + extra} = {percent_apart(Fraction(n, d + extra), Fraction(p, q), 1)}, "
            "which would "
            f"{'fail' if alone else 'pass'}"
        )
        if code is not None:
            codes.append(f"{code!r} ({extra} withdrawn: {turn})")
            continue
        out.append(
            f"{extra} withdrawn {metric.unit}(s) in the window are left out of the takedown "
            "rate; how withdrawn complaints count is not documented (R91): counted as failures "
            f"the rate would be {turn} the takedown criterion"
        )
    if codes:
        out.append(
            f"withdrawn {metric.unit}s counted as failures would turn the takedown criterion of "
            f"reason code(s) {_first_few(codes)}; how withdrawn complaints count is not "
            "documented (R91)"
        )
    return (*out, *_withdrawn_counted(rules, total, by_code))


def _withdrawn_counted(
    rules: DayRules, total: Sequence[int], by_code: Mapping[str, Sequence[int]]
) -> tuple[str, ...]:
    """A note when the window holds withdrawn complaints that the counter-notice rate's
    denominator or the volume counts (both count what was submitted) and that, left out,
    would change whether the criterion passes: how withdrawn complaints count is not
    documented (R91), so the answer says which way leaving them out would turn it."""
    out, codes = [], []
    metric = rules.counter
    if "submitted" in metric.record.denominator:
        p, q, op = rules.counter_th
        for code, sums in _assessed(rules, total, by_code):
            extra = sum(sums[i] for i in COUNTERS.get((metric.unit, "withdrawn"), ()))
            n, d = metric.value(sums)
            if not extra or d <= 0:
                continue
            alone = holds(n, d, p, q, op)
            if d - extra > 0:
                there = holds(n, d - extra, p, q, op)
                shown = percent_apart(Fraction(n, d - extra), Fraction(p, q), 1)
                rate = f"{n}/{d - extra} = {shown}"
            else:  # nothing left to count: fails for the account, ignored for a code
                there, rate = code is not None, "nothing to count"
            if there == alone:
                continue
            turn = f"{rate}, which would {'pass' if there else 'fail'}"
            if code is not None:
                codes.append(f"{code!r} ({extra} withdrawn: {turn})")
                continue
            out.append(
                f"{extra} withdrawn {metric.unit}(s) in the window count in the counter-notice "
                "rate's denominator (submitted); how withdrawn complaints count is not "
                f"documented (R91): left out, the rate would be {turn} the counter-notice "
                "criterion"
            )
        if codes:
            out.append(
                f"withdrawn {metric.unit}s left out would turn the counter-notice criterion of "
                f"reason code(s) {_first_few(codes)}; how withdrawn complaints count is not "
                "documented (R91)"
            )
    volume = rules.volume
    if rules.volume_th is not None and "submitted" in volume.record.numerator:
        p, q, op = rules.volume_th
        extra = sum(total[i] for i in COUNTERS.get((volume.unit, "withdrawn"), ()))
        n, _ = volume.value(total)
        if extra and holds(n - extra, 1, p, q, op) != holds(n, 1, p, q, op):
            turn = "pass" if holds(n - extra, 1, p, q, op) else "fail"
            out.append(
                f"{extra} withdrawn {volume.unit}(s) in the window count in the volume; how "
                "withdrawn complaints count is not documented (R91): left out, the volume "
                f"would be {n - extra}, which would {turn} the volume criterion"
            )
    return tuple(out)


def _assessed(
    rules: DayRules, total: Sequence[int], by_code: Mapping[str, Sequence[int]]
) -> list[tuple[str | None, Sequence[int]]]:
    """The counters whose rates are assessed: the account's (``None``), then each reason
    code's when every reason code must pass too (R75) and its counters are not the account's
    (a window with one reason code: its note would repeat the account's)."""
    if not rules.criteria.per_reason_code:
        return [(None, total)]
    own = list(total)
    return [(None, total), *((c, s) for c, s in sorted(by_code.items()) if list(s) != own)]


def _before_coverage(
    counts: Counts, scope: Sequence[str], lo: int, hi: int, resolver: Resolver
) -> tuple[str, ...]:
    """A note when the window holds complaints dated before the rule book's coverage: they
    are counted, but no rule the book holds covers the days they were filed on."""
    start = getattr(resolver.book, "coverage_from", None)
    if start is None or lo >= start.toordinal() - 1:
        return ()
    early = counts.window(scope, lo, min(hi, start.toordinal() - 1))[0][0]
    if not early:
        return ()
    return (
        f"{early} complaint(s) in the window are dated before the rule book's coverage "
        f"({start.isoformat()}): they are counted as the rules in force on the as-of date "
        "read them, which no source dates that far back",
    )


def _before_opening(
    counts: Counts, scope: Sequence[str], lo: int, hi: int, resolver: Resolver
) -> tuple[str, ...]:
    """A note when the window holds complaints filed before the programme opened to the
    account (R68: launched 2015-04-01, for an account not in the trial begun on 2015-01-06)
    but within the rule book's coverage (earlier ones have :func:`_before_coverage`'s note):
    they are counted, as the rates the account showed from January 2015 count them (R90),
    but no source says whether the first assessments did."""
    opens = next((c for c in resolver.changes if resolver.at(c, strict=False) is not None), None)
    start = getattr(resolver.book, "coverage_from", None)
    low = lo if start is None else max(lo, start.toordinal() - 1)
    if opens is None or low >= opens - 1:
        return ()
    early = counts.window(scope, low, min(hi, opens - 1))[0][0]
    if not early:
        return ()
    return (
        f"{early} complaint(s) in the window were filed before the programme opened to the "
        f"account ({dt.date.fromordinal(opens)}, R68): they are counted, as the rates the "
        "account interface showed from January 2015 count them (R90); whether the first "
        "assessments counted them is not documented",
    )


def _early_admission(
    events: Sequence[AccountEvent], day: dt.date, resolver: Resolver
) -> tuple[str, ...]:
    """A note for an admission recorded before the programme opened to the account (for
    an account not in the trials, R68: the 2015 trial from 2015-01-06; for one in a trial,
    before that trial began): it is not counted."""
    early = [
        e.date
        for e in events
        if e.kind is EventKind.ADMISSION
        and e.date <= day
        and resolver.at(e.date.toordinal(), strict=False) is None
    ]
    if not early:
        return ()
    first = min(early).isoformat()
    if resolver.trial:  # the account said it was in a trial: the admission came before it
        return (
            f"an admission on {first}, before the Good Faith Program (its trial included) was "
            "open to the account, is not counted",
        )
    from ipprules._options import option_said

    give = option_said(
        "--trial, or its year: --trial-years 2015", "trial=True, or its year: trial={2015}"
    )
    return (
        f"an admission on {first}, before the Good Faith Program was open to accounts outside "
        f"its trials, is not counted: if the account was in a trial, say so ({give})",
    )


def _abuse_bar(
    rules: DayRules,
    events: Sequence[AccountEvent],
    lo: dt.date,
    reading: tuple[str, dt.date, Resolver],
) -> tuple[dt.date | None, dt.date | None, dict[str, dt.date | None]]:
    """The abuse finding that bars admission on the day under this reading (the latest one
    counted), the first day it no longer counts (``None``: never, the brief's B21 states no
    window), and, for each other reading of the book, the day it stops counting there
    (``None``: never there either; readings that have no abuse criterion: the day itself)."""
    criteria = rules.criteria
    name, day, resolver = reading
    ever = criteria.abuse_ever
    found = [e.date for e in events if e.kind is EventKind.ABUSE and (ever or e.date > lo)]
    if not criteria.no_abuse_required or not found:
        return None, None, {}
    last = max(found)
    clears = None if ever else _first_day_out(last, criteria.window_months)
    others: dict[str, dt.date | None] = {}
    for other in getattr(resolver.book, "interpretations", ()):
        if other == name:
            continue
        theirs = resolver.sibling(other)
        there = theirs.at(day.toordinal(), strict=False)
        if there is None or not there.criteria.no_abuse_required:
            others[other] = day
        else:
            c = there.criteria
            others[other] = None if c.abuse_ever else _first_day_out(last, c.window_months)
    return last, clears, others


def _path(
    path: PathToQualify,
    rules: DayRules,
    events: Sequence[AccountEvent],
    lo: dt.date,
    reading: tuple[str, dt.date, Resolver],
) -> PathToQualify:
    """The path to qualify with the abuse finding that bars admission, if any: where it
    bars admission for good (B21), no number of complaints admits the account (successes
    and volume ``None``) and the readings under which it could are named."""
    last, clears, others = _abuse_bar(rules, events, lo, reading)
    if last is None:
        return path
    if clears is not None:
        return attrs.evolve(path, abuse_bar=last, abuse_clears_on=clears)
    under = tuple(n for n, d in others.items() if d is not None)
    return attrs.evolve(path, successes=None, volume=None, abuse_bar=last, qualify_under=under)


def _abuse_bar_note(
    rules: DayRules,
    events: Sequence[AccountEvent],
    lo: dt.date,
    reading: tuple[str, dt.date, Resolver],
) -> tuple[str, ...]:
    """A note when an abuse finding bars admission on the day: for good under a reading
    that counts every record (B21), until it leaves the window under one that reads the
    criterion over the window (R69, R82); and what the other readings say."""
    last, clears, others = _abuse_bar(rules, events, lo, reading)
    if last is None:
        return ()
    day = reading[1]
    if clears is None:
        here = (
            f"the abuse finding on {last.isoformat()} bars admission for good under this "
            'reading: the brief\'s "no record of abusive complaints" (B21) states no window, '
            "so no number of complaints admits the account"
        )
    else:
        here = (
            f"the abuse finding on {last.isoformat()} bars admission until it leaves the "
            f"window on {clears.isoformat()} (R69, R82): no number of complaints admits the "
            "account before then"
        )
    groups: dict[dt.date | None, list[str]] = {}
    for name, when in others.items():
        if when != clears:
            groups.setdefault(when, []).append(name)
    there = []
    for when, names in groups.items():
        who = ", ".join(names)
        if when is None:
            there.append(f"under {who} it bars admission for good (B21)")
        elif when <= day:
            there.append(f"under {who} it no longer counts (it left the window on {when})")
        else:
            there.append(f"under {who} it counts until it leaves the window on {when}")
    return (here + "".join(f"; {t}" for t in there),)


def _old_abuse(
    rules: DayRules,
    events: Sequence[AccountEvent],
    lo: dt.date,
    reading: tuple[str, dt.date, Resolver],
) -> tuple[str, ...]:
    """A note when an abuse finding before the window is on record: the official lock-outs
    (R69, R82) read the criterion over the window and leave it out; the brief's "no record
    of abusive complaints" (B21) states no window and counts it, where a reading in force on
    the day reads it so (from 2018; under the 2015 criteria, which every reading shares, none
    does, and the note cites the 2015 exclusion only)."""
    if not rules.criteria.no_abuse_required:
        return ()
    old = [e.date for e in events if e.kind is EventKind.ABUSE and e.date <= lo]
    if not old:
        return ()
    if rules.criteria.abuse_ever:  # said by the bar's note (_abuse_bar_note)
        return ()
    head = f"an abuse finding on {max(old).isoformat()}, before the window, is not counted: "
    if not _abuse_ever_elsewhere(reading):
        return (
            head + f"the {rules.criteria.version} criteria are read over the window and exclude "
            f"a complainant found in bad faith for {rules.criteria.lockout_removal_months} months "
            "(R69, R82); no reading in force on the day counts it for good",
        )
    return (
        head + "the criterion is read over the window (R69, R82: lock-outs of 3 or 6 months), "
        'while the brief\'s "no record of abusive complaints" (B21), which states no window, '
        "counts it: counted, the account would not qualify",
    )


def _abuse_ever_elsewhere(reading: tuple[str, dt.date, Resolver]) -> bool:
    """Whether another reading of the book in force on the day counts every abuse finding,
    whatever its date (B21)."""
    name, day, resolver = reading
    for other in getattr(resolver.book, "interpretations", ()):
        if other == name:
            continue
        there = resolver.sibling(other).at(day.toordinal(), strict=False)
        if there is not None and there.criteria.no_abuse_required and there.criteria.abuse_ever:
            return True
    return False


def _unit(
    rules: DayRules, total: Sequence[int], by_code: Mapping[str, Sequence[int]]
) -> tuple[str, ...]:
    """A note for each of the account's rates whose verdict would turn if counted in the other
    unit (per complaint instead of per listing, or the reverse), and one for the rates of the
    reason codes assessed on their own (R75) that would: which unit the platform counts in is
    not documented (R91), so the answer says what the other one would give."""
    out, codes = [], []
    for code, sums in _assessed(rules, total, by_code):
        for metric, (p, q, op) in (
            (rules.takedown, rules.takedown_th),
            (rules.counter, rules.counter_th),
        ):
            other = "complaint" if metric.unit == "listing" else "listing"
            on = _sum_in(sums, metric.record.numerator, other)
            off = _sum_in(sums, metric.record.minus, other)
            over = _sum_in(sums, metric.record.denominator, other)
            if on is not None and off is not None:
                on -= off
            n, d = metric.value(sums)
            if on is None or over is None or d <= 0 or over <= 0:
                continue
            here, there = holds(n, d, p, q, op), holds(on, over, p, q, op)
            if here == there:
                continue
            rate = f"{on}/{over} = {percent_apart(Fraction(on, over), Fraction(p, q), 1)}"
            turn = "pass" if there else "fail"
            if code is not None:
                codes.append(f"{code!r} {metric.metric} per {other} {rate} would {turn}")
                continue
            out.append(
                f"{metric.metric} counted per {metric.unit}; per {other} it would be {rate}, "
                f"which would {turn} the criterion: which unit the platform counts in is not "
                "documented (R91)"
            )
    if codes:
        out.append(
            f"counted in the other unit, reason codes' rates would turn: {_first_few(codes)}; "
            "which unit the platform counts in is not documented (R91)"
        )
    return tuple(out)


def _unknown_codes(
    rules: DayRules, by_code: Mapping[str, Sequence[int]], resolver: Resolver, day: int
) -> tuple[str, ...]:
    """A note on the reason codes with complaints in the window that the rule book does not
    have at all (a misspelt code, or one of a newer book): where each code is assessed on its
    own (R75), such a code is assessed as its own, and the answer says so."""
    if not rules.criteria.per_reason_code or not by_code:
        return ()
    known, label = resolver.book_codes(day)
    if not known:
        return ()
    strange = sorted(c for c in by_code if c not in known)
    if not strange:
        return ()
    cut = {c: bounded_text(repr(c), NAME_LIMIT) for c in strange}  # a code may be 100 KB
    shown = _first_few([f"{cut[c]} ({by_code[c][0]}{_nearest(c, known)})" for c in strange])
    return (
        f"{sum(by_code[c][0] for c in strange)} complaint(s) in the window under reason codes "
        f"not in the rule book ({bounded_text(label, NAME_LIMIT)}): {shown}; each is assessed "
        "as a reason "
        "code of its own (R75): check the spelling",
    )


def _first_few(items: Sequence[str]) -> str:
    """The first few of ``items``, then how many more."""
    shown = list(items[:_SHOWN])
    if len(items) > _SHOWN:
        shown.append(f"and {len(items) - _SHOWN} more")
    return ", ".join(shown)


def _nearest(code: str, known: frozenset[str]) -> str:
    """The "did you mean" of a reason code the book does not have: kept for a code of usual
    length (a partition of standings meets the same misspelt code in many accounts'
    histories); a long one (a line may be long) is not kept."""
    if len(code) > _KEPT_CODE:
        return _did_you_mean(code, known)
    return _kept_nearest(code, known)


def _did_you_mean(code: str, known: frozenset[str]) -> str:
    near = suggest(code, sorted(known))
    return f", did you mean {near!r}?" if near is not None else ""


_kept_nearest = functools.lru_cache(maxsize=1024)(_did_you_mean)

#: The longest reason code whose suggestion is kept (1,024 of them at most).
_KEPT_CODE = 200


def _sum_in(total: Sequence[int], names: Sequence[str], unit: str) -> int | None:
    """The sum of the named counters in ``unit`` (None when one has no counter there)."""
    found = [COUNTERS.get((unit, name)) for name in names]
    if any(slots is None for slots in found):
        return None
    return sum(total[i] for slots in found if slots is not None for i in slots)


def _empty(counts: Counts, answer: str = "standing") -> tuple[str, ...]:
    """A note when the history holds nothing at all (an empty file reads as one);
    ``answer``: what is given for it (a standing, a timeline)."""
    if counts.slots or counts.events:
        return ()
    return (
        f"the history holds no records (no complaint, no account event): this is the {answer} "
        "of an account that has filed nothing",
    )


def empty_history_notes(history: History, answer: str = "standing") -> tuple[str, ...]:
    """The note a standing gives on a history with no records at all, for another answer
    (``"timeline"``: the CLI prints it with a timeline, whose model has no notes); ``()``
    for a history with any record.

    >>> from ipprules.goodfaith import History
    >>> empty_history_notes(History.from_records([]), "timeline")
    ('the history holds no records (no complaint, no account event): this is the timeline \
of an account that has filed nothing',)
    """
    return _empty(history.counts, answer)


def _outside(
    counts: Counts,
    scope: Sequence[str],
    days: tuple[int, int],
    rules: DayRules,
    resolver: Resolver,
    asked: bool = False,
) -> tuple[str, ...]:
    """A note on the complaints in the window that the programme does not count (their
    platform is outside it, or not a platform at all: a misspelt name or a site shows here,
    said so with what it may stand for; a marketplace whose platform the reading does not
    document says so). The platforms it covers are named without the marketplaces filed as
    one of them (Xianyu as Taobao)."""
    lo, hi = days
    unfiled = rules.unfiled
    filed = set(rules.platforms) - set(rules.criteria.platforms)
    inside = set(scope)
    per: dict[str, int] = {}
    for key in counts.slots:  # one pass over the (platform, code) series
        if key[0] not in inside:
            n = counts._series_of(key).window(lo, hi)[0]  # a key of slots: no checks
            if n:
                per[key[0]] = per.get(key[0], 0) + n
    if not per:
        return ()
    gap = "; what it is filed as is not documented"

    def said(p: str) -> str:
        hint = resolver.platform_hint(p, hi)
        return f"{_name(p)} ({per[p]}{gap if p in unfiled else ''}{'; ' + hint if hint else ''})"

    names = sorted(per)  # only those shown are looked up (a file of 10,000 stray names)
    entries = [*map(said, names[:_SHOWN])]
    shown = _first_few([*entries, *names[_SHOWN:]])
    # Taobao (a misspelt taobao) is no platform the programme leaves out: say so up front
    stray = ", or names that are no platform" if any("not a platform" in e for e in entries) else ""
    covered = [p for p in scope if p not in filed] or list(scope)  # platforms=("xianyu",)
    if asked:  # the caller chose the platforms: the others are not counted by that choice
        return (
            f"{sum(per.values())} complaint(s) in the window not counted, on platforms outside "
            f"those asked for: {shown} (asked for "
            f"{', '.join(covered) or 'no platform: platforms=[] counts no complaint'})",
        )
    return (
        f"{sum(per.values())} complaint(s) in the window not counted, on platforms the Good "
        f"Faith Program does not cover here{stray}: {shown} (it covers {', '.join(covered)})",
    )


def _asked_outside(platforms: Sequence[str] | None, rules: DayRules) -> tuple[str, ...]:
    """A note where platforms asked for are outside the programme as the reading in force
    scopes it (D2: the Handbook, S22, R79, limits it to the Tao marketplaces; one third-party
    guide, S21, reads it as every platform): their complaints are counted as asked, but a
    verdict or a count "to qualify" there answers the guide's reading, not the default."""
    if platforms is None:
        return ()
    outside = [p for p in dict.fromkeys(platforms) if p not in rules.platforms]
    if not outside:
        return ()
    lazada = any(p.startswith("lazada") for p in outside)
    return (
        f"the Good Faith Program covers {', '.join(rules.criteria.platforms)} here, not "
        f"{', '.join(outside)} (D2: the Handbook, S22, R79): the standing counts the complaints "
        "asked for as one third-party guide reads its scope (every platform, S21), so its "
        "verdict there is that guide's"
        + (", and Lazada runs its own invitation-only IPP Plus (R92, S18)" if lazada else ""),
    )


def _wider_scope(
    counts: Counts,
    overall: Sequence[Criterion],
    days: tuple[int, int],
    rules: DayRules,
    resolver: Resolver,
    asked: Sequence[str] | None,
) -> tuple[str, ...]:
    """A note for each of the account's criteria whose verdict would turn if the complaints on
    every platform of the rule book were counted, as one third-party guide reads the scope
    (S21); the Handbook (S22, R79) limits it to the Tao marketplaces, the default (D2)."""
    if asked is not None:
        return ()
    scope = set(rules.platforms)
    wide = sorted(scope | resolver.book_platforms(days[1]))
    if len(wide) == len(scope):
        return ()
    total = counts.window(wide, *days)[0]
    if total == counts.window(sorted(scope), *days)[0]:
        return ()
    out = []
    pairs = [(rules.takedown, rules.takedown_th), (rules.counter, rules.counter_th)]
    if rules.volume is not None and rules.volume_th is not None:
        pairs.append((rules.volume, rules.volume_th))
    for (metric, (p, q, op)), criterion in zip(pairs, overall, strict=False):
        n, d = metric.value(total)
        d = d if metric.metric != "volume" else 1
        if d <= 0 or holds(n, d, p, q, op) == criterion.met:
            continue
        value = (
            f"{n}/{d} = {percent_apart(Fraction(n, d), Fraction(p, q), 1)}"
            if metric.metric != "volume"
            else str(n)
        )
        out.append(
            f"{metric.metric} counted on every platform, as one third-party guide reads the "
            f"programme's scope (S21), would be {value}, which would "
            f"{'fail' if criterion.met else 'pass'} the criterion: the Handbook (S22, R79) "
            "limits it to the Tao marketplaces (D2)"
        )
    return tuple(out)


#: Platforms named in the note on complaints not counted (the others are counted).
_SHOWN = 10


def _name(platform: str) -> str:
    """A platform name as the note shows it: quoted where it is not a plain word (a space
    at either end, an empty name, a control character), so that ``'taobo '`` is seen."""
    plain = platform.isprintable() and platform == platform.strip() and platform != ""
    return platform if plain else repr(platform)


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
    headroom = solve_max(n, d, a, b, p, q, op)
    if adverse is COUNTER_NOTICE:  # upheld only on items taken down and not reinstated
        headroom = _feasible(headroom, d > 0 and holds(n, d, p, q, op), metric.unit, sums)
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
        headroom=headroom,
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
    rules: DayRules,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    passing: bool,
) -> tuple[dt.date | None, dt.date | None]:
    """When current failures leave the window for good, and when the rates first pass (or,
    ``passing`` now, first fail), if nothing more is filed: each day judged under the
    version in force on it (a later version may lengthen the window, bringing failures back,
    or change a threshold or add the per-reason-code test, R70, R75)."""
    hi = day.toordinal()
    later = [c for c in resolver.changes if c > hi]
    versions = [rules, *(r for r in (resolver.at(c, strict=False) for c in later) if r)]
    months = {r.criteria.window_months for r in versions}
    lo = window_start(day, max(months)).toordinal()
    now = set(rules.scope(platforms))
    lo_now = window_start(day, rules.criteria.window_months).toordinal()
    filed: set[int] = set()
    bad: set[int] = set()  # rejected or reinstated items in today's window and platforms
    for key in counts.keys(_all_platforms(versions, platforms)):
        for d, slot in counts.slots[key].items():
            if lo < d <= hi:
                filed.add(d)
                if d > lo_now and key[0] in now and (slot[2] or slot[5] or slot[7] or slot[10]):
                    bad.add(d)
    # the days on which the answer can change: a filing day leaving a window, a new version
    found = {_first_day_out(dt.date.fromordinal(d), m) for d in filed for m in months}
    candidates = sorted(c for c in found | {dt.date.fromordinal(c) for c in later} if c > day)
    in_force = [resolver.at(c.toordinal(), strict=False) or rules for c in candidates]
    clear_on = None
    if bad:  # rejected or reinstated items: the first day from which all are out for good
        last = max(bad)
        for c, r in reversed(list(zip(candidates, in_force, strict=True))):
            if last > window_start(c, r.criteria.window_months).toordinal():
                break
            clear_on = c
    merged = {id(r): counts.merged(r.scope(platforms)) for r in versions}
    for c, r in zip(candidates, in_force, strict=True):
        # the merged series (the sweep's): a window's sums per reason code, not per key
        whole, per_code = merged.get(id(r)) or counts.merged(r.scope(platforms))
        w_lo = window_start(c, r.criteria.window_months).toordinal()
        total = whole.window(w_lo, hi)
        # the account's rates first: where they fail, no reason code's can make them pass,
        # and each code's window is summed only where the version tests codes (R75) and
        # the account's pass (the same verdict as with every code summed, for less work)
        ok = _rates_pass(r, total, {})
        if ok and r.criteria.per_reason_code:
            ok = _rates_pass(r, total, {str(i): s.window(w_lo, hi) for i, s in enumerate(per_code)})
        if ok is not passing:
            return clear_on, c
    return clear_on, None


def _change_ahead(
    counts: Counts,
    rules: DayRules,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
) -> tuple[str, ...]:
    """A note when the rates pass on ``day`` but the next criteria version, judging the
    account on the day it takes effect with nothing more filed, fails them where the
    criteria in force now would not (R70's longer window, R75's per-reason-code test): the
    headroom and the path are of today's criteria and do not see it coming."""
    hi = day.toordinal()
    found, new = resolver.next_change(hi), None
    while found is not None:
        new = resolver.at(found, strict=False)
        if new is not None and new.criteria.version != rules.criteria.version:
            break
        found = resolver.next_change(found)
    if found is None or new is None:
        return ()
    c = dt.date.fromordinal(found)
    old_scope, new_scope = rules.scope(platforms), new.scope(platforms)
    lo_old = window_start(c, rules.criteria.window_months).toordinal()
    lo_new = window_start(c, new.criteria.window_months).toordinal()
    new_total, new_codes = counts.window(new_scope, lo_new, hi)
    if _rates_pass(new, new_total, new_codes) or not _rates_pass(
        rules, *counts.window(old_scope, lo_old, hi)
    ):
        return ()
    failing = [code for code, sums in sorted(new_codes.items()) if _code_fails(new, sums)]
    which = f" (reason code(s) {', '.join(map(repr, failing))})" if failing else ""
    before = getattr(rules.criteria, "rules", ())
    cited = [r for r in getattr(new.criteria, "rules", ()) if r not in before]
    return (
        f"the {new.criteria.version} criteria take effect on {c} ({', '.join(cited)}): "
        f"judged by them that day, with nothing more filed, the rates would fail{which}, "
        f"where the {rules.criteria.version} criteria in force now would pass them; the "
        "headroom and the path to qualify are those of the criteria in force on the as-of "
        "date",
    )


def _passing_notes(
    counts: Counts,
    rules: DayRules,
    day: dt.date,
    resolver: Resolver,
    platforms: Sequence[str] | None,
    fail_on: dt.date | None,
) -> tuple[str, ...]:
    """The notes of rates that pass on ``day`` and fail later with nothing more filed: on
    the day the next criteria take effect (:func:`_change_ahead`), or, on any other day
    ``fail_on``, as successes leave the window (:func:`_fails_later`)."""
    ahead = _change_ahead(counts, rules, day, resolver, platforms)
    if ahead and fail_on is not None and f"take effect on {fail_on} (" in ahead[0]:
        return ahead
    return (*ahead, *_fails_later(counts, day, fail_on, resolver, platforms))


def _fails_later(
    counts: Counts,
    day: dt.date,
    fail_on: dt.date | None,
    resolver: Resolver,
    platforms: Sequence[str] | None,
) -> tuple[str, ...]:
    """A note when rates that pass on ``day`` fail on ``fail_on`` with nothing more filed
    while something is still left to count then: successes leave the window before the
    failures filed after them do (the headroom is today's and does not see it)."""
    rules = None if fail_on is None else resolver.at(fail_on.toordinal(), strict=False)
    if fail_on is None or rules is None:
        return ()
    scope, hi, months = rules.scope(platforms), day.toordinal(), rules.criteria.window_months
    total, codes = counts.window(scope, window_start(fail_on, months).toordinal(), hi)
    eve = fail_on - dt.timedelta(days=1)
    before, _ = counts.window(scope, window_start(eve, months).toordinal(), hi)
    n, d = rules.takedown.value(total)
    if d <= 0:  # nothing left to count: the window has emptied
        return ()
    gone, gone_d = (a - b for a, b in zip(rules.takedown.value(before), (n, d), strict=True))
    failing = [code for code, sums in sorted(codes.items()) if _code_fails(rules, sums)]
    which = f" (reason code(s) {', '.join(map(repr, failing))})" if failing else ""
    return (
        f"with nothing more filed, the rates pass until {eve} and fail on {fail_on}{which}: "
        f"{gone_d} {rules.takedown.unit}(s) counted in the takedown rate, {gone} of them "
        f"successful takedowns, leave the {months}-month window of the "
        f"{rules.criteria.version} criteria that day while failures filed later are still "
        "in it; the headroom is that of the as-of date",
    )


def _code_fails(rules: DayRules, sums: Sequence[int]) -> bool:
    """Whether a reason code's own rates fail under per-reason-code criteria (a rate with
    nothing to count is ignored per code)."""
    if not rules.criteria.per_reason_code:
        return False
    for metric, (p, q, op) in (
        (rules.takedown, rules.takedown_th),
        (rules.counter, rules.counter_th),
    ):
        n, d = metric.value(sums)
        if d > 0 and not holds(n, d, p, q, op):
            return True
    return False


def _all_platforms(
    versions: Sequence[DayRules], platforms: Sequence[str] | None
) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for r in versions for p in r.scope(platforms)))


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
