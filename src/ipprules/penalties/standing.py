"""The standing computation: a seller's points, strikes, closure and counter-notice bar.

:func:`penalty_standing` resolves the penalty record in force on ``as_of``, turns the
violations into cases (:func:`_cases`), walks the dates on which the figures can rise to find
the closure (:func:`_closure`), and checks the 1688 counter-notice bar (:func:`_bar`).

>>> from datetime import date
>>> from ipprules.penalties.model import Violation
>>> v = [Violation(on=date(2024, 3, d), kind="counterfeit") for d in (1, 2, 10, 20)]
>>> penalty_standing(v, "aliexpress", date(2024, 3, 20)).serious.text
'3'
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from ipprules._args import (
    file_hint,
    keywords_checked,
    refuse_frame,
    refuse_two_threads,
    refuse_used_stream,
    rulebook_alias,
)
from ipprules._convert import MAX_ITEMS, shown_value
from ipprules._dates import FIRST_DATE, LAST_DATE
from ipprules.errors import InputError, IpprulesError, Problem, plain, quoted
from ipprules.penalties.model import (
    OTHER_FIGURES,
    Check,
    Figure,
    OtherAnswer,
    PenaltyStanding,
    Violation,
    ViolationKind,
    figure_values,
    frozen_figure,
)
from ipprules.penalties.rules import (
    Case,
    Figures,
    closure_checks,
    combine,
    figures,
    fixed_groups,
    points_before_restoring,
    rung,
)
from ipprules.rulebook.model import Answer, PenaltyReading, PenaltyRule

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import ResolvedRules, RuleBook

#: ``rules_on`` (a view of a rule book on a day) is the engines' helper, importable by name.
__all__ = ["penalty_standing"]


def rules_on(rules: RuleBook | ResolvedRules | None, as_of: date) -> ResolvedRules:
    """The rules in force on ``as_of``: of ``rules`` (a book, or a view that lends its book,
    interpretation and trial flag), else of the embedded rule book."""
    from ipprules.rulebook import ResolvedRules, RuleBook, default_rulebook

    if rules is None:
        return default_rulebook().as_of(as_of)
    if isinstance(rules, ResolvedRules):
        return rules.book.as_of(as_of, rules.interpretation, trial=rules.trial)
    if not isinstance(rules, RuleBook):  # an AttributeError from inside, not the door's error
        raise TypeError(
            f"rulebook must be a RuleBook or ResolvedRules, got {type(rules).__name__}"
            + file_hint(rules, "RuleBook")
        )
    return rules.as_of(as_of)


def _check_arguments(platform: object, as_of: date | str, validity_days: object) -> date:
    """``as_of`` as a date (a ``date``, a ``datetime``'s date or an ISO ``YYYY-MM-DD``
    string, as every other ``as_of`` of the library), the other arguments checked."""
    from ipprules._dates import as_date

    if not isinstance(platform, str):
        raise TypeError(f"platform must be a platform id (str), got {type(platform).__name__}")
    day = as_date(as_of, "as-of date", name="as_of")  # a wrong type: TypeError, as everywhere
    if not FIRST_DATE <= day <= LAST_DATE:  # pragma: no cover - as_date refuses them
        raise IpprulesError(f"as_of must lie between {FIRST_DATE} and {LAST_DATE}, got {day}")
    if validity_days is None:
        return day
    if isinstance(validity_days, bool) or not isinstance(validity_days, int):
        raise TypeError(f"validity_days must be an int, got {type(validity_days).__name__}")
    validity_days = int.__index__(validity_days)  # an int subclass's own comparisons: never
    if not 1 <= validity_days <= _MAX_VALIDITY_DAYS:
        raise IpprulesError(
            f"validity_days must be a whole number from 1 to {_MAX_VALIDITY_DAYS}, "
            f"got {shown_value(validity_days)}"
        )
    return day


#: The longest validity one may assume: 100 years (no platform keeps violations that long).
_MAX_VALIDITY_DAYS = 36525


#: How a notebook's rows of a violations file (its columns: date, kind, points...) become
#: violations: read as the CSV they make (a file's ``date`` is a Violation's ``on``, and a
#: column of points with a gap is floats, which ``'%g'`` writes whole).
_ROWS_AS_CSV = (
    "read a frame of the file's columns (date, kind, points, ...) as the CSV it makes, "
    "ipprules.penalties.read_violations(io.StringIO(df.to_csv(index=False, "
    "float_format='%g'))), or make each a ipprules.penalties.Violation(on=..., kind=...)"
)


def _violations(violations: Iterable[Violation]) -> list[Violation]:
    refuse_frame(
        violations,
        "violations",
        "Violation",
        f"{_ROWS_AS_CSV}; a file is read with ipprules.penalties.read_violations(path)",
    )
    if isinstance(violations, str | bytes) or not isinstance(violations, Iterable):
        raise TypeError(
            f"violations must be an iterable of Violation, got {type(violations).__name__}"
            + file_hint(violations, "Violations")
        )
    refuse_used_stream(violations, "violations")
    items: list[Violation] = []
    for index, item in enumerate(violations):  # checked as read: an endless generator stops
        if not isinstance(item, Violation):
            hint = f" ({_ROWS_AS_CSV})" if isinstance(item, Mapping) else ""
            raise TypeError(
                f"violations[{index}] must be a Violation, got {type(item).__name__}{hint}"
            )
        if index == MAX_ITEMS:  # as read_violations reads a file's (the limit of a list)
            raise InputError(
                f"violations: more than {MAX_ITEMS:,} items: at most {MAX_ITEMS:,} are read "
                "(the reading limit of a list)"
            )
        items.append(item)
    first: dict[str, int] = {}
    repeats = [
        Problem(f"id {v.id!r} repeats $[{first[v.id]}]: one case listed twice", f"$[{i}].id")
        for i, v in enumerate(items)
        if v.id is not None and first.setdefault(v.id, i) != i
    ]
    if repeats:
        raise InputError(problems=repeats)
    return items


def _identical_rows(items: list[Violation]) -> list[str]:
    """A note when rows without ids are identical (a file appended twice): each is still
    counted, as cases without ids are not compared, but it is not silent. The rows are named
    by their content, so the note does not depend on their order."""
    twice = _identical_groups(items)
    if not twice:
        return []
    rows = [
        f"{on} {kind} (platform {where}, right {right}) x{n}" for on, kind, where, right, n in twice
    ]
    more = f" and {len(rows) - 3} more" if len(rows) > 3 else ""
    extra = sum(n - 1 for *_, n in twice)
    return [
        f"{extra} row(s) without an id are identical to another row ({'; '.join(rows[:3])}"
        f"{more}): each is counted as its own case; give ids if a file was appended twice"
    ]


def _identical_groups(items: list[Violation]) -> list[tuple[str, str, str, str, int]]:
    """The id-less rows that repeat, as (date, kind, platform, right, times), sorted. Rows are
    compared by a tuple of their fields (those an id-less row's equality compares), not
    hashed as :class:`Violation` objects."""
    seen = Counter((v.on, v.kind, v.platform, v.points, v.right) for v in items if v.id is None)
    return sorted(
        (on.isoformat(), kind.value, shown_value(where, 30), shown_value(right, 30), n)
        for (on, kind, where, _, right), n in seen.items()
        if n > 1
    )


#: How many distinct unknown platforms a standing's left-out reasons say more of.
_HINTED = 64


def _left_out(
    items: Sequence[Violation],
    platform: str,
    as_of: date,
    since: date,
    view: ResolvedRules | None = None,
) -> list[tuple[int, str]]:
    """The violations not counted on ``platform`` as of ``as_of`` (index, why): another
    platform's, those after ``as_of``, and those before ``since``, when the platform's
    penalty rules (or the rule book) begin: no rule the book holds counted them then. A
    platform that is none of ``view``'s says what it may stand for, as ``site_of`` and the
    Good Faith notes do (``tmall.hk``: the site of tmall_global), for the first
    :data:`_HINTED` names met: each look-up spells the name against every id, and a file of
    thousands of distinct stray names holds no typo to point at."""
    out = []
    hints: dict[str, str] = {}
    for index, v in enumerate(items):
        if v.platform is not None and v.platform != platform:
            name = v.platform
            if view is not None and name not in hints and len(hints) < _HINTED:
                hints[name] = _platform_hint(name, view)
            out.append((index, f"platform {_shown_platform(name)}{hints.get(name, '')}"))
        elif v.on > as_of:
            out.append((index, f"established after {as_of}"))
        elif v.on < since:
            out.append((index, f"established before {since}, when the rules counted begin"))
    return out


#: The longest platform name a left-out reason shows whole.
_SHOWN = 60


def _shown_platform(name: str) -> str:
    r"""A row's platform as a left-out reason shows it: as written when short and printable,
    else quoted with its controls escaped and cut to :data:`_SHOWN` characters (a 1 MiB
    cell is not printed, an ESC does not reach the terminal).

    >>> print(_shown_platform("TaoBao"), _shown_platform("ali\x1bexpress"))
    TaoBao 'ali\x1bexpress'
    >>> len(_shown_platform("x" * 99))
    62
    """
    return name if len(name) <= _SHOWN and name.isprintable() else quoted(name, _SHOWN)


def _platform_hint(name: str, view: ResolvedRules) -> str:
    """`` (not a platform: the site of tmall_global)`` and the like
    (:meth:`ResolvedRules.platform_hint`) for a name that is no platform or marketplace of
    ``view``; ``""`` for one that is."""
    hint = view.platform_hint(name)
    return f" ({hint})" if hint else ""


def _gap_standing(
    items: Sequence[Violation], platform: str, as_of: date, view: ResolvedRules
) -> PenaltyStanding:
    """The all-unknown standing of a platform without penalty data (a gap, reported)."""
    empty = Figure("points", None, None, note=f"no penalty data for {platform}")
    ignored = _left_out(items, platform, as_of, view.book.coverage_from, view)
    counted = len(items) - len(ignored)
    note = f"the rule book has no penalty rules for {platform} (gap): nothing computed"
    later = [
        r.effective_from
        for r in view.book.records("penalties")
        if r.id == platform and r.effective_from > as_of
    ]
    if later:
        note += f"; its penalty rules in the rule book begin on {min(later)}"
    return PenaltyStanding(
        platform=platform,
        as_of=as_of,
        rulebook=view.rulebook,
        rulebook_version=view.rulebook_version,
        interpretation=view.interpretation,
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
        ignored=tuple(ignored),
        validity_days=None,
        validity_assumed=False,
        notes=(note,),
    )


def _validity(
    rule: PenaltyRule, platform: str, validity_days: int | None, notes: list[str]
) -> tuple[int | None, bool]:
    """The validity to use and whether the caller assumed it (notes say which)."""
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
    return validity, assumed


def _cases(
    items: Sequence[Violation],
    rule: PenaltyRule,
    platform: str,
    skipped: set[int],
    restores: bool = False,
) -> list[Case]:
    """The violations counted (those not in ``skipped``), with their points ranges (and,
    ``restores``, the day an accepted counter-notice restores them). What a
    row's kind gives (its most points, fixed or not, serious or not) is looked up once per
    kind, not per row."""
    problems: list[Problem] = []
    cases: list[Case] = []
    strikes_only = rule.closure_serious_count is not None and not rule.points
    kinds: dict[object, tuple[int | None, bool, bool]] = {}
    for index, v in enumerate(items):
        if index in skipped:
            continue
        known = kinds.get(v.kind)
        if known is None:
            most = rule.points.get(v.kind.value)
            fixed = most is not None and v.kind.value in rule.points_fixed
            known = kinds[v.kind] = (most, fixed, v.kind.value in rule.serious_kinds)
        most, fixed, serious = known
        if v.points is not None:
            if most is not None and (v.points > most or (fixed and v.points != most)):
                problems.append(
                    Problem(
                        f"{v.points} points for {v.kind.value} on {platform}: "
                        f"{'a case costs' if fixed else 'the most a case costs is'} {most}",
                        f"$[{index}].points",
                    )
                )
            low, high = v.points, v.points
        elif fixed and most is not None:
            low = high = most
        elif most is not None:
            low, high = 0, most
        elif serious and strikes_only:
            low, high = 0, 0  # counted as a strike, not in points
        else:
            low, high = 0, None
        if v.counter_notice_accepted is not None and not restores:  # counted as established
            v = attrs.evolve(v, counter_notice_accepted=None)
        cases.append(Case(index, v, low, high, serious))
    if problems:
        raise InputError(problems=problems)
    return cases


@attrs.frozen
class _Core:
    """What a standing computes from its rows, penalty record and dates alone: the same for
    every reading of the book whose record, rows counted and dates are the same."""

    cases: list[Case]
    closure: _Closure
    piracy: list[str]
    final: Figures
    unpriced: bool  # some case has no points and the platform gives none per case
    disputed: tuple[OtherAnswer, ...]  # the disputed rules' readings that answer otherwise
    barred: list[str]  # counter-notices restored though R64 barred them (1688)


class _Shared:
    """The per-row work of one :func:`penalty_standing` call, shared by the readings: the
    default and each other reading (and the count of early rows) compute the same cases,
    closure and figures wherever their rows, record, dates and validity are the same, so
    they are computed once. Only what depends on the reading (its name, sources, the
    left-out reasons' platform hints, notes) is computed per reading."""

    #: ``False`` computes every reading on its own (the differential tests compare both).
    reuse = True

    def __init__(self) -> None:
        self._cores: dict[object, tuple[Sequence[Violation], _Core]] = {}
        self._accepted: dict[int, tuple[Sequence[Violation], list[int]]] = {}
        self.computed = 0

    def accepted(self, items: Sequence[Violation], as_of: date) -> list[int]:
        """The indexes of ``items`` whose counter-notice was accepted by ``as_of`` (once per
        list of rows, not once per reading)."""
        hit = self._accepted.get(id(items))
        if hit is not None and hit[0] is items:
            return hit[1]
        found = [
            index
            for index, v in enumerate(items)
            if v.counter_notice_accepted is not None and v.counter_notice_accepted <= as_of
        ]
        self._accepted[id(items)] = (items, found)  # items kept alive: its id is not reused
        return found

    def core(
        self,
        items: Sequence[Violation],
        rule: PenaltyRule,
        platform: str,
        dates: tuple[date, date, int | None],
        skipped: set[int],
        restores: bool = False,
    ) -> _Core:
        """The cases, closure, piracy note and final figures of ``items`` under ``rule``
        (``dates``: as-of, since, validity; ``skipped``: the rows left out under them)."""
        key = (id(items), rule, platform, dates, restores)
        hit = self._cores.get(key) if self.reuse else None
        if hit is not None and hit[0] is items:
            return hit[1]
        as_of, _, validity = dates
        cases = _cases(items, rule, platform, skipped, restores)
        self.computed += 1
        ordered = sorted(cases, key=lambda c: c.violation.on)  # once for every closure walk
        closure = _closure(ordered, rule, as_of, validity, ordered=True)
        final = figures(cases, as_of, rule, validity)
        piracy, disputed = _piracy_note(ordered, rule, platform, (as_of, validity), final, closure)
        notes, answers = _strike_notes(ordered, rule, (as_of, validity), (final, closure))
        unpriced = any(c.high is None for c in cases)
        barred = _barred_acceptances(ordered, rule, as_of, validity) if restores else []
        named = (*disputed, *answers)
        core = _Core(cases, closure, piracy + notes, final, unpriced, named, barred)
        self._cores[key] = (items, core)  # items kept alive: its id is not reused
        return core


@attrs.frozen
class _Closure:
    closed: Answer
    closed_on: date | None
    decided_on: date
    checks: tuple[Check, ...]
    #: The first day walked whose answer was not no (``as_of`` where every one was no):
    #: a reading that only takes strikes away answers no on every day before it.
    settled: date | None = None


def _closure(
    cases: Sequence[Case],
    rule: PenaltyRule,
    as_of: date,
    validity: int | None,
    since: date | None = None,
    *,
    ordered: bool = False,
    groups: tuple[dict[int, int], dict[int, int]] | None = None,
) -> _Closure:
    """Closure is an event: walk the dates on which the figures can rise (a case's date; only
    a serious case's where no points threshold applies), each day over the cases that may be
    in force on it: those of the last ``validity`` days, or, once closure is ``unknown``
    with no validity, the day's own (only they can make it ``yes``). Linear in the cases
    per day walked, not in all of them: 100,000 rows over ten years stay bounded. ``since``
    skips the days before it, known to answer no (another reading's :attr:`_Closure.settled`
    where this one only takes strikes away; ``ordered``: ``cases`` are in date order;
    ``groups``: merged strikes fixed as counted, :func:`figures`')."""
    if not ordered:
        cases = sorted(cases, key=lambda c: c.violation.on)
    first = 0 if since is None else bisect.bisect_left(cases, since, key=_on)
    closed = Answer.NO
    decided_on = as_of
    decisive: tuple[Check, ...] | None = None
    for day in _rising(cases, first, rule.closure_points is not None, as_of):
        end = bisect.bisect_right(cases, day, key=_on)
        if validity is not None:  # in force: day - on < validity
            start = bisect.bisect_right(cases, day - timedelta(days=validity), key=_on)
        else:
            start = bisect.bisect_left(cases, day, key=_on) if closed is Answer.UNKNOWN else 0
        checks = closure_checks(rule, figures(cases[start:end], day, rule, validity, groups))
        answer = combine(c.met for c in checks) if checks else Answer.NO
        if answer is Answer.YES:
            if start and validity is None:  # the figures of every case that may count
                checks = closure_checks(rule, figures(cases[:end], day, rule, validity, groups))
            return _Closure(Answer.YES, day, day, checks, decided_on if decisive else day)
        if answer is Answer.UNKNOWN and closed is Answer.NO:
            closed, decided_on, decisive = Answer.UNKNOWN, day, checks
    if decisive is None:
        decisive = closure_checks(rule, figures(cases, as_of, rule, validity, groups))
    return _Closure(closed, None, decided_on, decisive, decided_on)


def _on(case: Case) -> date:
    return case.violation.on


def _rising(cases: Sequence[Case], first: int, points: bool, as_of: date) -> Iterator[date]:
    """The days, from ``cases[first]`` on (in date order), on which the figures can rise (a
    serious case's, or any case's with ``points``), then ``as_of``: one at a time, so that a
    walk that closes early reads no further."""
    last: date | None = None
    for index in range(first, len(cases)):
        case = cases[index]
        on = case.violation.on
        if on != last and (points or case.serious):
            last = on
            yield on
    if last is None or last < as_of:
        yield as_of


def _bar(
    rule: PenaltyRule, points: Figure, serious: Figure, cases: Sequence[Case], closed: Answer
) -> tuple[Answer | None, tuple[Check, ...]]:
    """R64 (1688): whether the seller may no longer counter-notify, and the checks behind it."""
    if rule.counter_notice_bar_points is None:
        return None, ()
    bar = [
        Check(
            "points",
            rule.counter_notice_bar_points,
            points,
            points.reaches(rule.counter_notice_bar_points),
            "no counter-notice from a user with this many points or more (R64)",
        )
    ]
    if rule.closure_serious_count is None:
        has_serious = any(c.serious for c in cases)
        bar.append(
            Check(
                "serious",
                None,
                serious,
                Answer.UNKNOWN if has_serious else Answer.NO,
                "no counter-notice at the closure count for serious infringements, which "
                "the rule book does not give (R64)",
            )
        )
    bar.append(Check("closed", None, None, closed, "no counter-notice from a closed account"))
    return combine(c.met for c in bar), tuple(bar)


@rulebook_alias("rules")
@keywords_checked()
def penalty_standing(
    violations: Iterable[Violation],
    platform: str,
    as_of: date | str,
    rulebook: RuleBook | ResolvedRules | None = None,
    *,
    validity_days: int | None = None,
) -> PenaltyStanding:
    """A seller's standing on ``platform`` as of ``as_of`` from its established violations.

    The penalty record in force on ``as_of`` applies (``rulebook``: a rule book, default the
    embedded one, or a view that lends its book and interpretation). Violations of other
    platforms and violations after ``as_of`` are left out and listed in ``ignored``.
    ``validity_days`` is an assumption for platforms whose rules do not document it; it is an
    error to contradict a documented value.

    >>> from datetime import date
    >>> from ipprules.penalties import Violation, penalty_standing
    >>> v = [Violation(on=date(2024, 5, 6), kind="counterfeit", points=16) for _ in range(3)]
    >>> s = penalty_standing(v, "lazada_sg", date(2024, 5, 6))
    >>> s.points.text, s.closed.value, s.closure[0].threshold
    ('48', 'yes', 48)
    >>> later = penalty_standing(v, "lazada_sg", date(2024, 6, 6))
    >>> later.points.text, later.closed.value   # points may have expired, but closure stays
    ('0 to 48', 'yes')
    >>> penalty_standing(v, "taobao", "2024-06-06").closed.value
    'unknown'
    """
    as_of = _check_arguments(platform, as_of, validity_days)
    if validity_days is not None:  # checked an int: its plain value, never its own comparisons
        validity_days = int.__index__(validity_days)
    platform = plain(platform)  # a str subclass's own __format__ is not carried into notes
    try:
        given = _violations(violations)
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "penalty_standing(): violations")
        raise
    view = rules_on(rulebook, as_of)
    view.platform(platform, filed_as=False)
    items, notes = _markets_filed(given, platform, view)
    shared = _Shared()
    found = _standing_answered(items, platform, as_of, view, validity_days, shared)
    notes += _identical_rows(given)
    values, answers = _other_readings(given, found, view, validity_days, shared)
    notes += values
    if not notes and not answers:
        return found
    return attrs.evolve(  # one source of truth: a reading is named where any figure differs
        found,
        notes=(*notes, *found.notes),
        other_readings=tuple(a.reading for a in answers),
        other_answers=tuple(answers),
    )


def _other_readings(
    given: list[Violation],
    found: PenaltyStanding,
    view: ResolvedRules,
    validity_days: int | None,
    shared: _Shared,
) -> tuple[list[str], list[OtherAnswer]]:
    """What each other reading of the book answers where any figure differs from ``found``'s
    (:data:`~ipprules.penalties.model.OTHER_FIGURES`): a note where its closure or bar
    differs, and its answer with every differing figure (rows counted apart, B1, among them)."""
    values: list[str] = []
    answers: list[OtherAnswer] = []
    platform, as_of = found.platform, found.as_of
    mine = figure_values(found)
    for name in view.book.interpretations:
        if name == view.interpretation:
            continue
        other_view = view.book.as_of(as_of, name, trial=view.trial)
        if platform not in other_view.platforms:
            continue
        other_items, _ = _markets_filed(given, platform, other_view)
        other = _standing_answered(other_items, platform, as_of, other_view, validity_days, shared)
        if _outcome(other) != _outcome(found):
            values.append(_other_answer(name, other, found))
        theirs = figure_values(other)
        differs = tuple(
            (k, frozen_figure(theirs[k]), frozen_figure(mine[k]))
            for k in OTHER_FIGURES
            if theirs[k] != mine[k]
        )
        if differs:
            barred = other.counter_notice_barred
            answers.append(
                OtherAnswer(name, other.closed, other.closed_on, barred, other.closure, differs)
            )
    return values, answers


def _markets_filed(
    items: list[Violation], platform: str, view: ResolvedRules
) -> tuple[list[Violation], list[str]]:
    """The violations with the rows given for a marketplace that ``view``'s reading files as
    ``platform`` (B1: Xianyu is filed by selecting Taobao) counted as ``platform``'s, one
    account, and the notes saying so (``official`` keeps those rows apart: R33, D11). Names
    are exact, as for every row's platform (``XIANYU`` is left out)."""
    notes: list[str] = []
    for market in sorted({v.platform for v in items if v.platform not in (None, platform)}):
        filed = view.filed_as(market)
        if filed is None or filed.platform != platform:
            continue
        items = [attrs.evolve(v, platform=platform) if v.platform == market else v for v in items]
        notes.append(f"{filed.note}, so its violations are counted as {platform}'s")
    return items, notes


def _other_answer(name: str, other: PenaltyStanding, found: PenaltyStanding) -> str:
    """A note giving what reading ``name`` answers where it differs from ``found``: its
    closure (whether, since when), its bar, and the closure thresholds it applies that differ
    (Alibaba.com under official: ``serious>=3`` for this reading's ``serious>=4``, R87)."""
    said = f"under {name}: closed would be {other.closed.value}"
    said += f" (since {other.closed_on})" if other.closed_on else ""
    if other.counter_notice_barred != found.counter_notice_barred:
        barred = other.counter_notice_barred
        said += f", the counter-notice bar {barred.value if barred else 'none'}"
    mine = {c.name: c.threshold for c in found.closure}
    theirs = [
        f"{c.name}>={c.threshold} (here {c.name}>={mine[c.name]})"
        if c.name in mine
        else f"{c.name}>={c.threshold} (here none)"
        for c in other.closure
        if mine.get(c.name) != c.threshold
    ]
    if theirs:
        said += f"; its closure thresholds differ: {', '.join(theirs)}"
    return said


def _outcome(s: PenaltyStanding) -> tuple[object, ...]:
    """What an interpretation decides: the closure (whether, since when) and the bar."""
    return (s.closed, s.closed_on, s.counter_notice_barred)


def _standing_early(
    items: Sequence[Violation],
    platform: str,
    as_of: date,
    view: ResolvedRules,
    validity_days: int | None,
    shared: _Shared,
    restore: bool | None = None,
) -> PenaltyStanding:
    """:func:`_standing`, and where violations established before the platform's penalty
    rules begin were left out: whether those rules count them is not documented, so an
    answer that counting them would change (the closure, the 1688 bar) is ``unknown``, and a
    note says what counting them gives. The rule book's start of a platform's rules is the
    first date its sources date (AliExpress: the policy update of 21 Jan 2015, R51), not the
    start of any penalty."""
    found = _standing(items, platform, as_of, view, validity_days, shared, restore=restore)
    early = [why for _, why in found.ignored if why.startswith("established before")]
    scale = ""
    if not early or found.rule is None:
        return found
    try:
        counted = _standing(
            items, platform, as_of, view, validity_days, shared, early=True, restore=restore
        )
    except InputError:  # an early case costs more than the rules give one: at their most
        at_most = _at_most(items, found.rule)
        counted = _standing(
            at_most, platform, as_of, view, validity_days, shared, early=True, restore=restore
        )
        scale = " at the most the rules give a case"
    if _outcome(counted) == _outcome(found):
        return found
    closed, closed_on, barred = _unsure(found, counted)
    note = (
        f"{len(early)} violation(s) left out as {early[0].removeprefix('established ')}: "
        f"whether the penalty rules of {platform} count them is not documented; counted{scale}, "
        f"closed would be {counted.closed.value}"
        + (f" (since {counted.closed_on})" if counted.closed_on else "")
        + (
            f" and the counter-notice bar {counted.counter_notice_barred.value}"
            if counted.counter_notice_barred not in (None, found.counter_notice_barred)
            else ""
        )
    )
    return attrs.evolve(
        found,
        closed=closed,
        closed_on=closed_on,
        counter_notice_barred=barred,
        notes=(*found.notes, note),
    )


def _rule_restores(rule: PenaltyRule) -> bool:
    """Whether the record says an accepted counter-notice restores points and counts (its
    ``counter_notice_restores``: 1688, R64)."""
    return rule.counter_notice_restores is True


def _restored_note(cases: Sequence[Case], as_of: date) -> list[str]:
    """R64: which counted violations an accepted counter-notice has restored by ``as_of``."""
    days = sorted({c.restored for c in cases if c.restored is not None and c.restored <= as_of})
    if not days:
        return []
    count = sum(1 for c in cases if c.restored is not None and c.restored <= as_of)
    return [
        f"{count} violation(s) answered by an accepted counter-notice: their points and counts "
        f"are restored from the day it was accepted ({', '.join(map(str, days[:3]))}"
        f"{', ...' if len(days) > 3 else ''}) (R64)"
    ]


#: How the note on a restoration after a closure begins (carried from the restored answer).
_REOPEN = "whether restoring reopens a closed account is not documented"


def _restored_notes(rule: PenaltyRule, core: _Core, as_of: date) -> list[str]:
    """The notes of a standing whose accepted counter-notices restore points and counts: which
    are restored and those R64 barred (where the record restores them), and a closure they
    followed (whether it reopens is not documented)."""
    out = []
    if _rule_restores(rule):
        out += _restored_note(core.cases, as_of)
        out += core.barred
    return out + _reopen_note(core.cases, core.closure, as_of)


def _kept_note(kept: int, platform: str) -> str:
    """``kept`` violations answered by an accepted counter-notice, which the record's
    ``counter_notice_restores`` (false) keeps counted."""
    return (
        f"{kept} violation(s) answered by an accepted counter-notice: the rules of {platform} "
        "do not restore their points or counts (counter_notice_restores false in the rule "
        "book), so they stay counted"
    )


def _reopen_note(cases: Sequence[Case], closure: _Closure, as_of: date) -> list[str]:
    """Where the account closed (an event) and a violation in force at the closure was
    answered by a counter-notice accepted after it (by ``as_of``): whether restoring its
    points and counts reopens the account is not documented, which a note says (``unknown``)
    rather than keeping it closed silently."""
    on = closure.closed_on
    if on is None:
        return []
    late = sorted(
        {
            c.restored
            for c in cases
            if c.restored is not None and c.violation.on <= on < c.restored <= as_of
        }
    )
    if not late:
        return []
    days = ", ".join(map(str, late[:3])) + (", ..." if len(late) > 3 else "")
    return [
        f"{_REOPEN} (unknown): the account closed on {on} and a counter-notice was accepted "
        f"after it ({days}); closure is kept as an event here, so closed stays yes"
    ]


def _barred_acceptances(
    cases: Sequence[Case], rule: PenaltyRule, as_of: date, validity: int | None
) -> list[str]:
    """R64 (1688): the counter-notices accepted by ``as_of`` (``cases`` in date order) on a
    day the seller's points in force (before that day's restorations, the counter-notified
    violations' own among them) reached the bar, or may have: R64 accepts none from such a
    user, so the restoration is flagged, not made silently. The closure part of the bar is
    not checked per day (1688's closure count is not documented)."""
    bar = rule.counter_notice_bar_points
    days = sorted({c.restored for c in cases if c.restored is not None and c.restored <= as_of})
    if bar is None or not days:
        return []
    found: dict[Answer, list[str]] = {Answer.YES: [], Answer.UNKNOWN: []}
    for day, points in zip(days, points_before_restoring(cases, days, rule, validity), strict=True):
        found.get(points.reaches(bar), []).append(day.isoformat())
    return [
        f"counter-notice(s) accepted on {', '.join(on[:3])}{', ...' if len(on) > 3 else ''} "
        f"while the seller {had} {bar} or more points (R64: no counter-notice is accepted from "
        f"such a user): the restoration {does} R64 there; check those acceptances"
        for had, does, on in (
            ("had", "contradicts", found[Answer.YES]),
            ("may have had", "may contradict", found[Answer.UNKNOWN]),
        )
        if on
    ]


def _widened(a: Figure | None, b: Figure | None) -> Figure | None:
    """The range that holds both ``a`` and ``b`` (one figure under two answers)."""
    if a is None or b is None:
        return a
    low = None if a.low is None or b.low is None else min(a.low, b.low)
    high = None if a.high is None or b.high is None else max(a.high, b.high)
    return attrs.evolve(a, low=low, high=high)


def _standing_answered(
    items: Sequence[Violation],
    platform: str,
    as_of: date,
    view: ResolvedRules,
    validity_days: int | None,
    shared: _Shared,
) -> PenaltyStanding:
    """:func:`_standing_early`, and where a counted violation's counter-notice was accepted
    on a platform whose rules do not say what that does (all but 1688, R64): each figure
    holds both answers (counted and restored), an answer that restoring would change (the
    closure, the bar) is ``unknown``, and a note says what restoring gives."""
    found = _standing_early(items, platform, as_of, view, validity_days, shared)
    if found.rule is None or found.rule.counter_notice_restores is not None:
        return found
    accepted = shared.accepted(items, as_of)
    if not accepted:
        return found
    left_out = {index for index, _ in found.ignored}
    answered = sum(1 for index in accepted if index not in left_out)
    if not answered:
        return found
    restored = _standing_early(items, platform, as_of, view, validity_days, shared, True)
    closed, closed_on, barred = _unsure(found, restored)
    note = (
        f"{answered} violation(s) answered by an accepted counter-notice: whether that restores "
        f"their points or counts on {platform} is not documented (R64 says so for 1688 only), "
        f"so each figure holds both answers; restored from the day of acceptance, points would "
        f"be {restored.points.text}, serious {restored.serious.text}, closed "
        f"{restored.closed.value}"
        + (f" (since {restored.closed_on})" if restored.closed_on else "")
    )
    if closed is Answer.YES:  # both answers closed: whether restoring reopens is not known
        note += "".join(f"; {n}" for n in restored.notes if n.startswith(_REOPEN))
    points = _widened(found.points, restored.points)
    serious = _widened(found.serious, restored.serious)
    assert points is not None and serious is not None
    both = attrs.evolve(
        found,
        points=points,
        serious=serious,
        serious_per_right=_widened(found.serious_per_right, restored.serious_per_right),
        closed=closed,
        closed_on=closed_on,
        counter_notice_barred=barred,
        notes=(*found.notes, note),
    )
    answer = _restored_answer(restored, both)
    if answer is None:
        return both
    return attrs.evolve(both, disputed_answers=(*both.disputed_answers, answer))


def _restored_answer(restored: PenaltyStanding, found: PenaltyStanding) -> OtherAnswer | None:
    """The answer of the reading that an accepted counter-notice restores points and counts
    (:data:`COUNTER_NOTICE_RESTORED`), with each figure that differs from ``found``'s (None
    where none does)."""
    theirs, mine = figure_values(restored), figure_values(found)
    differs = tuple(
        (k, frozen_figure(theirs[k]), frozen_figure(mine[k]))
        for k in OTHER_FIGURES
        if theirs[k] != mine[k]
    )
    if not differs:
        return None
    return OtherAnswer(
        COUNTER_NOTICE_RESTORED,
        restored.closed,
        restored.closed_on,
        restored.counter_notice_barred,
        restored.closure,
        differs,
    )


def _unsure(
    found: PenaltyStanding, other: PenaltyStanding
) -> tuple[Answer, date | None, Answer | None]:
    """``found``'s closure (whether, since when) and bar, each ``unknown`` where ``other``,
    the answer of an undocumented alternative, answers otherwise."""
    closed, closed_on, barred = found.closed, found.closed_on, found.counter_notice_barred
    if other.closed != closed:
        closed, closed_on = Answer.UNKNOWN, None
    if other.counter_notice_barred != barred:
        barred = Answer.UNKNOWN
    return closed, closed_on, barred


def _at_most(items: Sequence[Violation], rule: PenaltyRule) -> list[Violation]:
    """``items`` with the points of a case above what ``rule`` gives its kind (or other than
    a fixed cost) brought to that: how the rules would count an early violation recorded
    with points of another scale (the rows the rules count were checked before)."""
    out = []
    for v in items:
        most = rule.points.get(v.kind.value)
        if (
            v.points is not None
            and most is not None
            and (v.points > most or v.kind.value in rule.points_fixed)
        ):
            v = attrs.evolve(v, points=most)
        out.append(v)
    return out


#: The named alternatives of disputed rules (:attr:`PenaltyStanding.disputed_answers`).
PIRACY_SERIOUS = "piracy_serious"
COUNTERFEITS_ONLY = "s43_counterfeits_only"
WINDOW_THIRD_DAY = "r85_window_third_day"
#: A merged strike, fixed when it was counted, stays in force while any of its violations
#: does (R85 does not say how a merged strike lapses): a record's ``disputed_readings`` name.
STRIKES_FIXED = "r85_strikes_fixed"
#: An accepted counter-notice restores its violation's points and counts from that day, on a
#: platform whose rules do not say (R64 says so for 1688 only).
COUNTER_NOTICE_RESTORED = "counter_notice_restored"


def _piracy_note(
    cases: Sequence[Case],
    rule: PenaltyRule,
    platform: str,
    dates: tuple[date, int | None],
    found: Figures,
    closure: _Closure,
) -> tuple[list[str], list[OtherAnswer]]:
    """Where the record does not count piracy as serious (Alibaba.com: only counterfeits are
    named, R86/R87; ``cases`` in date order), a note when counting it would change the
    closure, and the answer of that reading (:data:`PIRACY_SERIOUS`) where any figure of it
    differs."""
    if "piracy" in rule.serious_kinds or (
        rule.closure_serious_count is None and rule.closure_serious_per_right is None
    ):
        return [], []
    if not any(c.violation.kind.value == "piracy" for c in cases):
        return [], []
    as_of, validity = dates
    alt = [
        attrs.evolve(c, serious=True) if c.violation.kind.value == "piracy" else c for c in cases
    ]
    other = _closure(alt, rule, as_of, validity, ordered=True)  # more strikes: maybe earlier
    answer = _disputed(PIRACY_SERIOUS, other, figures(alt, as_of, rule, validity), found, closure)
    if other.closed == closure.closed:
        return [], [answer] if answer else []
    return [
        f"whether piracy is a serious violation on {platform} is not documented (the sources "
        f"name counterfeits); counted as serious, closed would be {other.closed.value}"
    ], [answer] if answer else []


def _disputed(
    name: str, other: _Closure, theirs: Figures, mine: Figures, closure: _Closure
) -> OtherAnswer | None:
    """The answer of the disputed rule's reading ``name`` (its closure ``other``, figures
    ``theirs``) where its serious counts or closure differ from the standing's."""

    def text(f: Figure | None) -> str | None:
        return f.text if f else None

    def day(d: date | None) -> str | None:
        return d.isoformat() if d else None

    pairs = (
        ("serious", theirs.serious.text, mine.serious.text),
        ("serious_per_right", text(theirs.per_right), text(mine.per_right)),
        ("closed", other.closed.value, closure.closed.value),
        ("closed_on", day(other.closed_on), day(closure.closed_on)),
    )
    differs = tuple((n, t, m) for n, t, m in pairs if t != m)
    if not differs:
        return None
    return OtherAnswer(name, other.closed, other.closed_on, None, other.checks, differs)


def _differs(
    name: str,
    cases: Sequence[Case],
    rule: PenaltyRule,
    dates: tuple[date, int | None],
    found: tuple[Figures, _Closure],
    groups: tuple[dict[int, int], dict[int, int]] | None = None,
    reading: PenaltyReading | None = None,
) -> tuple[str, OtherAnswer | None]:
    """What the serious count and the closure would be with ``cases`` (in date order) under
    ``rule`` where
    they differ from the standing's figures and closure ``found`` ("" where neither does),
    and that reading's answer. Both callers only take strikes away (fewer serious cases, or a
    wider merging window: the fewest windows covering fewer days, or covering with wider
    windows, is never more), so the other closure answers no on every day the standing's
    does: its walk starts at the first day the standing's was not no (``settled``). With
    ``groups`` (merged strikes fixed as counted) strikes are only added, so that reading's
    walk starts at the first case. ``reading``: the rule-data record of the reading, whose
    rules, sources and confidence the answer carries."""
    as_of, validity = dates
    mine, closure = found
    if rule.closure_points is None:  # only serious cases count toward either
        cases = [c for c in cases if c.serious]
    theirs = figures(cases, as_of, rule, validity, groups)
    since = closure.settled if groups is None else None
    other = _closure(cases, rule, as_of, validity, since=since, ordered=True, groups=groups)
    answer = _disputed(name, other, theirs, mine, closure)
    if answer is not None and reading is not None:
        answer = attrs.evolve(
            answer,
            rules=reading.rules,
            sources=reading.sources,
            confidence=reading.confidence.value,
        )
    if answer is None:
        return "", None
    shown = [
        f"{n.replace('_', ' ')} would be {t or 'none'} (here {m or 'none'})"
        for n, t, m in answer.differs
        if n != "closed_on" or other.closed is closure.closed
    ]
    return ", ".join(shown), answer


def _strike_notes(
    cases: Sequence[Case],
    rule: PenaltyRule,
    dates: tuple[date, int | None],
    found: tuple[Figures, _Closure],
) -> tuple[list[str], list[OtherAnswer]]:
    """The other readings of what counts as a strike (``cases`` in date order), each where it
    would answer differently (a note and its answer): D10's law firm (S43) counts only
    counterfeits, where the record counts piracy too (R85: closure "whatever the infringement
    type"); and "within a 3-day window" (R85) read to include the third day after the first
    violation (here: that day and the two after)."""
    notes: list[str] = []
    answers: list[OtherAnswer] = []
    counts = rule.closure_serious_count is not None or rule.closure_serious_per_right is not None
    piracy = [c.serious and c.violation.kind is ViolationKind.PIRACY for c in cases]
    if counts and any(piracy):
        # without a points threshold the piracy cases can be dropped: only strikes close
        alt = (
            [c for c, p in zip(cases, piracy, strict=True) if not p]
            if rule.closure_points is None
            else [
                attrs.evolve(c, serious=False) if p else c
                for c, p in zip(cases, piracy, strict=True)
            ]
        )
        said, answer = _differs(COUNTERFEITS_ONLY, alt, rule, dates, found)
        if answer:
            answers.append(answer)
            notes.append(
                "a law firm (S43, D10) counts only counterfeits as strikes; here piracy counts "
                f"too (R85: whatever the infringement type); counting counterfeits only, {said}"
            )
    merge = rule.serious_merge_days
    days = {c.violation.on for c in cases if c.serious}
    # only two serious days exactly ``merge`` apart can be merged differently
    if merge and any(d + timedelta(days=merge) in days for d in days):
        other = attrs.evolve(rule, serious_merge_days=merge + 1)
        said, answer = _differs(WINDOW_THIRD_DAY, cases, other, dates, found)
        if answer:
            answers.append(answer)
            notes.append(
                f"serious violations within a {merge}-day window count as one (R85), read here "
                f"as the day of the first and the {merge - 1} days after it; if a violation "
                f"{merge} days after the first is within the window too, {said}"
            )
    notes_fixed, answer_fixed = _strikes_fixed(cases, rule, dates, found)
    return notes + notes_fixed, answers + answer_fixed


def _strikes_fixed(
    cases: Sequence[Case],
    rule: PenaltyRule,
    dates: tuple[date, int | None],
    found: tuple[Figures, _Closure],
) -> tuple[list[str], list[OtherAnswer]]:
    """The reading :data:`STRIKES_FIXED` where the record names it (``disputed_readings``)
    and it answers otherwise (``cases`` in date order): merged strikes fixed as counted, each
    in force while any of its violations is, against the default (the violations in force
    merged afresh each day). Both agree unless a strike merged violations of two days."""
    reading = next((r for r in rule.disputed_readings if r.name == STRIKES_FIXED), None)
    merge = rule.serious_merge_days
    counts = rule.closure_serious_count is not None or rule.closure_serious_per_right is not None
    if reading is None or not merge or not counts:
        return [], []
    groups = (fixed_groups(cases, merge), fixed_groups(cases, merge, per_right=True))
    spans: dict[tuple[int, int], set[date]] = {}
    for c in cases:
        for k, found_groups in enumerate(groups):
            if c.index in found_groups:
                spans.setdefault((k, found_groups[c.index]), set()).add(c.violation.on)
    if all(len(days) < 2 for days in spans.values()):
        return [], []  # every strike is of one day: it lapses as its violations do
    said, answer = _differs(STRIKES_FIXED, cases, rule, dates, found, groups, reading)
    if answer is None:
        return [], []
    return [
        f"serious violations merged into one strike (R85) are merged afresh each day over "
        f"those still in force; R85 does not say how a merged strike lapses: if a strike "
        f"stays in force while any of its violations does ({STRIKES_FIXED}, "
        f"{', '.join(reading.rules)}; {', '.join(reading.sources)}; "
        f"{reading.confidence.value}), {said}"
    ], [answer]


def _class_note(cases: Sequence[Case], rule: PenaltyRule, platform: str) -> list[str]:
    """Where the record's serious class is less sure than its points (Lazada: R88 gives points
    per kind and names no class), a note when a violation counted is of a serious kind: the
    serious count rests on the class, the points do not."""
    sure = rule.serious_confidence
    if sure is None or not any(c.serious for c in cases):
        return []
    closes = (
        f"; the closure rests on the points ({rule.closure_points})"
        if rule.closure_serious_count is None and rule.closure_serious_per_right is None
        else ""
    )
    return [
        f"which violations are serious on {platform} is {sure.value}: its rules "
        f"({', '.join(rule.rules)}) give points per kind and name no class; "
        f"{', '.join(rule.serious_kinds)} counted as serious{closes}"
    ]


def _points_note(rule: PenaltyRule, platform: str, points: Figure) -> list[str]:
    """Where a platform counts points but gives no points threshold or ladder (AliExpress:
    R85 gives the daily cap and the validity, and closure at 3 serious violations only), a
    note that what the points lead to is not documented: the closure answer rests on the
    serious violations alone, which is not the same as points having no effect."""
    if rule.closure_points is not None or rule.ladder or rule.closure_serious_count is None:
        return []
    if points.high is not None and points.high == 0:
        return []
    return [
        f"what points lead to on {platform} is not documented (the rule book gives no points "
        "threshold or ladder): the closure answer rests on serious violations only"
    ]


def _standing(
    items: Sequence[Violation],
    platform: str,
    as_of: date,
    view: ResolvedRules,
    validity_days: int | None,
    shared: _Shared,
    *,
    early: bool = False,
    restore: bool | None = None,
) -> PenaltyStanding:
    """:func:`penalty_standing` under the interpretation of ``view`` (``early``: violations
    established before the platform's penalty rules begin counted under them; ``restore``:
    whether an accepted counter-notice restores points and counts, by default where the
    record's ``counter_notice_restores`` says so)."""
    rule = view.penalties_for(platform)
    if rule is None:
        return _gap_standing(items, platform, as_of, view)
    notes: list[str] = []
    validity, assumed = _validity(rule, platform, validity_days, notes)
    # the platform's scheme begins with the earliest of its records (any version)
    begins = min(r.effective_from for r in view.book.records("penalties") if r.id == rule.id)
    since = FIRST_DATE if early else max(begins, view.book.coverage_from)
    ignored = _left_out(items, platform, as_of, since, view)
    skipped = {index for index, _ in ignored}
    restores = _rule_restores(rule) if restore is None else restore
    core = shared.core(items, rule, platform, (as_of, since, validity), skipped, restores)
    cases, closure, final = core.cases, core.closure, core.final
    if restores:
        notes += _restored_notes(rule, core, as_of)
    elif rule.counter_notice_restores is False:
        kept = sum(1 for index in shared.accepted(items, as_of) if index not in skipped)
        notes += [_kept_note(kept, platform)] if kept else []
    if core.unpriced:
        notes.append("some violations have no points and the platform gives none per case")
    closed = closure.closed
    notes += core.piracy
    notes += _class_note(cases, rule, platform)
    if all(
        x is None
        for x in (rule.closure_points, rule.closure_serious_count, rule.closure_serious_per_right)
    ):
        notes.append(f"the rule book has no closure thresholds for {platform} (gap)")
        if cases:
            closed = Answer.UNKNOWN
    notes += _points_note(rule, platform, final.points)
    ladder = rule.ladder
    high = final.points.high
    barred, bar = _bar(rule, final.points, final.serious, cases, closed)
    return PenaltyStanding(
        platform=platform,
        as_of=as_of,
        rulebook=view.rulebook,
        rulebook_version=view.rulebook_version,
        interpretation=view.interpretation,
        rule=rule,
        sources=view.sources_of(rule),
        points=final.points,
        serious=final.serious,
        serious_per_right=final.per_right,
        closed=closed,
        closed_on=closure.closed_on,
        decided_on=closure.decided_on,
        closure=closure.checks,
        ladder_step=rung(ladder, final.points.low),
        ladder_step_max=ladder[-1] if ladder and high is None else rung(ladder, high),
        counter_notice_barred=barred,
        bar=bar,
        counted=len(cases),
        ignored=tuple(ignored),
        validity_days=validity,
        validity_assumed=assumed,
        notes=tuple(notes),
        disputed_answers=core.disputed,
    )
