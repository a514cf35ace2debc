"""The standing's comparison with the other readings, made cheap, answers as the whole
standing under every other reading did (the slow reference path is kept here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History
from ipprules.goodfaith.engine import DayRules, Resolver
from ipprules.goodfaith.model import Criterion, Headroom, Standing
from ipprules.goodfaith.standing import (
    _counted_otherwise,
    _criteria,
    _figure_note,
    _figures,
    _kept_nearest,
    _key,
    _membership,
    _path_figures,
    _room_note,
    _verdict,
    resolve,
    standing_with,
    with_other_readings,
)
from ipprules.goodfaith.sweep import sweep
from ipprules.rulebook import default_rulebook

NAMES = default_rulebook().interpretations


def reference(
    history: History, day: dt.date, resolver: Resolver, platforms: Sequence[str] | None
) -> Standing:
    """``with_other_readings`` as it was: the whole standing under every other reading, each
    from a fresh resolver, then compared."""
    found = standing_with(history, day, resolver, platforms)
    marks: dict[tuple[str, str | None], list[str]] = {}
    overall: list[str] = []
    metrics: list[tuple[str, DayRules | None]] = []
    room: dict[Headroom, list[str]] = {}
    ours = _figures(_criteria(found), _path_figures(found.qualifies, found.version, found.path))
    figures: dict[tuple[tuple[str, str, str | None], object], list[str]] = {}
    for name in NAMES:
        if name == found.interpretation:
            continue
        theirs_resolver = Resolver(resolver.book, name, resolver.trial, resolver.metrics)
        other = standing_with(history, day, theirs_resolver, platforms)
        metrics.append((name, theirs_resolver.at(day.toordinal(), strict=False)))
        theirs = {_key(c): _verdict(c) for c in _criteria(other)}
        for c in _criteria(found):
            if theirs.get(_key(c)) != _verdict(c):
                marks.setdefault(_key(c), []).append(name)
        if _membership(other) != _membership(found):
            overall.append(name)
        if other.headroom != found.headroom:
            room.setdefault(other.headroom, []).append(name)
        path = None if found.qualifies else other.path  # the path is compared where said
        theirs_figures = _figures(
            _criteria(other),
            None if path is None else _path_figures(other.qualifies, other.version, path),
        )
        for key, value in ours.items():
            if key in theirs_figures and theirs_figures[key] != value:
                figures.setdefault((key, theirs_figures[key]), []).append(name)
    rules = resolver.at(day.toordinal(), strict=False)
    counted = _counted_otherwise(found.criteria, found.counts, rules, metrics)
    unit = rules.takedown.unit if rules is not None else "listing"
    counted += tuple(_figure_note(k, v, ours[k], who) for (k, v), who in figures.items())
    counted += tuple(_room_note(found.headroom, h, who, unit) for h, who in room.items())
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


#: as-of days in each version's time and about its start (2018-08-15: 3-month windows and
#: automatic admission; 2022-04-15: every reason code assessed on its own, R75)
ANCHORS = [dt.date(2016, 5, 31), dt.date(2018, 9, 20), dt.date(2021, 6, 30), dt.date(2022, 5, 1)]
ANCHORS += [dt.date(2023, 3, 31), dt.date(2024, 9, 1)]


@st.composite
def histories(draw: st.DrawFn) -> tuple[History, dt.date]:
    """An as-of day and a history whose complaints cluster in the months before it (so that
    windows hold several, rates sit about the thresholds and reason codes differ)."""
    day = draw(st.sampled_from(ANCHORS)) + dt.timedelta(days=draw(st.integers(0, 60)))
    records: list[Complaint | AccountEvent] = []
    for _ in range(draw(st.integers(0, 30))):
        taken, rejected = draw(st.integers(0, 120)), draw(st.sampled_from([0, 0, 1, 3, 12]))
        withdrawn, pending = draw(st.integers(0, 3)), draw(st.integers(0, 2))
        listings = taken + rejected + withdrawn + pending
        records.append(
            Complaint(
                filed=day - dt.timedelta(days=draw(st.integers(0, 400))),
                platform=draw(st.sampled_from(["taobao", "tmall", "xianyu", "1688"])),
                reason_code=draw(st.sampled_from(["tm_counterfeit", "tm_misuse", "cr_image"])),
                listings=listings or 1,
                taken_down=taken,
                rejected=rejected + (listings == 0),
                withdrawn=withdrawn,
                pending=pending,
                reinstated=min(draw(st.sampled_from([0, 0, 0, 1, 4, 12])), taken),
            )
        )
    if draw(st.booleans()):  # the brief's criteria need it to qualify (B21)
        records.append(AccountEvent(date=day - dt.timedelta(days=800), kind=EventKind.DECLARATION))
    for _ in range(draw(st.integers(0, 4))):
        when = day - dt.timedelta(days=draw(st.integers(-30, 700)))
        records.append(AccountEvent(date=when, kind=draw(st.sampled_from(list(EventKind)))))
    return History.from_records(records), day


@pytest.mark.no_cover
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drawn=histories(),
    chosen=st.sampled_from([None, *NAMES]),
    trial=st.sampled_from([False, True, (2018,)]),
    platforms=st.sampled_from([None, ("taobao",), ("tmall", "1688")]),
)
def test_standing_equals_the_whole_standing_under_every_reading(
    drawn: tuple[History, dt.date],
    chosen: str | None,
    trial: bool | tuple[int, ...],
    platforms: tuple[str, ...] | None,
) -> None:
    history, day = drawn
    resolver = resolve(None, chosen, trial, ())
    fast = with_other_readings(history, day, resolver, platforms)
    slow = reference(history, day, resolve(None, chosen, trial, ()), platforms)
    assert fast == slow
    again = with_other_readings(history, day, resolver, platforms)  # the resolvers kept
    assert again == slow


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drawn=histories(),
    chosen=st.sampled_from(NAMES),
    platforms=st.sampled_from([("taobao", "tmall", "xianyu"), ("tmall",)]),
)
def test_jumping_sweep_equals_the_daily_sweep_under_every_reading(
    drawn: tuple[History, dt.date],
    chosen: str,
    platforms: tuple[str, ...],
) -> None:
    """The sweep that assesses only what can move membership (a reason code's window only
    where the account's does not decide) ends as the one that assesses every day in full."""
    history, day = drawn
    resolver = resolve(None, chosen, False, ())
    first = history.counts.first_day()
    start = max(first if first is not None else 0, resolver.changes[0])
    end = day.toordinal()
    jumping = sweep(history.counts, resolver, platforms, start, end)
    daily = sweep(history.counts, resolver, platforms, start, end, collect_from=start)
    assert jumping.changes == daily.changes
    assert (jumping.member, jumping.member_since, jumping.locked_until) == (
        daily.member,
        daily.member_since,
        daily.locked_until,
    )
    assert (jumping.locked_from, jumping.readmitted) == (daily.locked_from, daily.readmitted)


sums = st.lists(st.integers(0, 40), min_size=11, max_size=11)


@settings(max_examples=300, deadline=None)
@given(
    chosen=st.sampled_from(NAMES),
    when=st.sampled_from(ANCHORS),
    total=sums,
    codes=st.lists(sums, max_size=3),
    abuse=st.booleans(),
    declared=st.booleans(),
    need=st.sampled_from([(True, False), (False, True), (False, False)]),
)
def test_assess_reads_the_codes_only_where_they_can_change_what_is_needed(
    chosen: str,
    when: dt.date,
    total: list[int],
    codes: list[list[int]],
    abuse: bool,
    declared: bool,
    need: tuple[bool, bool],
) -> None:
    """What the sweep asks of a day (``need``) is what the full assessment says, and the reason
    codes' windows are asked for only where the account's own counters do not decide it."""
    rules = resolve(None, chosen, False, ()).at(when.toordinal())
    assert rules is not None
    full = rules.assess(total, codes, abuse, declared)
    asked: list[bool] = []

    def by_code() -> list[list[int]]:
        asked.append(True)
        return codes

    part = rules.assess(total, by_code, abuse, declared, need)
    for wanted, mine, theirs in zip(need, part, full, strict=True):
        if wanted:
            assert mine == theirs
    alone = rules.assess(total, [], abuse, declared)  # the account's counters only
    decided = not rules.criteria.per_reason_code or (
        (not need[0] or not alone[0]) and (not need[1] or alone[1])
    )
    assert asked == ([] if decided else [True])


def test_the_suggestion_for_an_unknown_code_is_kept_for_usual_codes_only() -> None:
    """A misspelt reason code met in many accounts is suggested for once; a long one (a line
    may hold a long cell) is suggested for each time, not kept."""

    def note(code: str) -> str:
        history = History.from_records(
            [
                Complaint(
                    filed="2023-03-01",
                    platform="taobao",
                    reason_code=code,
                    listings=5,
                    taken_down=5,
                )
            ]
        )
        found = with_other_readings(
            history, dt.date(2023, 3, 31), resolve(None, None, False, ()), None
        )
        return next(n for n in found.notes if "not in the rule book" in n)

    kept = _kept_nearest
    kept.cache_clear()
    assert "did you mean 'tm_counterfeit'?" in note("tm_counterfeiT")
    assert kept.cache_info().currsize == 1
    assert "did you mean 'tm_counterfeit'?" in note("tm_counterfeiT")  # the kept one
    assert kept.cache_info().hits == 1
    long = "tm_counterfeit" + "x" * 300
    assert note(long) == note(long)
    assert kept.cache_info().currsize == 1


def test_what_if_computes_the_standing_before_the_batch_once(monkeypatch) -> None:
    """what_if reads the standing before the batch (for the plan's rate) and reuses it for
    the comparison with the other readings: the history as it is is judged once."""
    import sys

    from ipprules.goodfaith import what_if

    # the package's names ``standing`` and ``what_if`` hide the modules of the same names
    standing_module = sys.modules["ipprules.goodfaith.standing"]
    whatif_module = sys.modules["ipprules.goodfaith.whatif"]

    history = History.from_file("examples/history.csv")
    expected = what_if(history, "examples/what-if.toml", "2022-12-31")
    judged: list[History] = []

    def counting(h: History, *args: object) -> Standing:
        judged.append(h)
        return standing_with(h, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(standing_module, "standing_with", counting)
    monkeypatch.setattr(whatif_module, "standing_with", counting)
    assert what_if(history, "examples/what-if.toml", "2022-12-31") == expected
    assert expected.before.other_readings or expected.before.criteria
    assert sum(h is history for h in judged) == 1
    assert len(judged) == 2  # before, and after the batch
