"""Good Faith criteria against the rule text (sweep life10): each row names the rule it rests
on (B18, B21, D1, D3, R68-R75, R91) and asks one question at its boundary: a threshold met
exactly (>= against >), the day a version takes effect, the first and last day of a lock-out,
headroom at 0 and when a criterion already fails, the path to qualify when already qualified
or impossible, and what-if with an empty and a huge batch."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.goodfaith import AccountEvent, Complaint, History, standing, what_if

D = dt.date
EXAMPLE = str(Path(__file__).parents[2] / "examples" / "history.csv")
DECLARED = AccountEvent(date=D(2022, 1, 1), kind="declaration")
FILED = D(2023, 3, 1)
AS_OF = D(2023, 3, 31)  # version 2022: 3 months, every reason code too (R75)


def _one(
    taken_down: int = 0,
    rejected: int = 0,
    *,
    reinstated: int = 0,
    pending: int = 0,
    code: str = "tm_misuse",
    on: dt.date = FILED,
) -> Complaint:
    return Complaint(
        filed=on,
        platform="taobao",
        reason_code=code,
        listings=taken_down + rejected + pending,
        taken_down=taken_down,
        rejected=rejected,
        pending=pending,
        reinstated=reinstated,
    )


def _listings(
    taken_down: int, rejected: int = 0, reinstated: int = 0, pending: int = 0
) -> list[Complaint]:
    """One complaint per listing, so that the listing and the complaint units agree."""
    assert reinstated <= taken_down
    return [
        *(_one(1, reinstated=int(i < reinstated)) for i in range(taken_down)),
        *(_one(0, 1) for _ in range(rejected)),
        *(_one(pending=1) for _ in range(pending)),
    ]


# --------------------------------------------------------------------------- thresholds (D1)

THRESHOLDS = [
    # (rule, interpretation, taken_down, rejected, reinstated, criterion, met)
    ("B21", "brief", 900, 100, 0, "takedown_rate", False),  # exactly 90%: not above it
    ("D1", "official", 900, 100, 0, "takedown_rate", True),  # exactly 90%: 90% or higher
    ("B21", "brief", 901, 99, 0, "takedown_rate", True),
    ("D1", "official", 899, 101, 0, "takedown_rate", False),
    ("B21", "brief", 1000, 0, 50, "counter_notice_rate", False),  # exactly 5%: not below it
    ("D1", "official", 1000, 0, 50, "counter_notice_rate", True),  # exactly 5%: <= 5%
    ("B21", "brief", 1000, 0, 49, "counter_notice_rate", True),
    ("D1", "official", 1000, 0, 51, "counter_notice_rate", False),
]


@pytest.mark.parametrize(("rule", "interpretation", "td", "rej", "rein", "name", "met"), THRESHOLDS)
def test_rate_thresholds_at_their_boundary(
    rule: str, interpretation: str, td: int, rej: int, rein: int, name: str, met: bool
) -> None:
    """B21 (the default): above 90%, below 5%; D1 (official): 90% or higher, 5% or lower; the
    criterion that differs names the other reading."""
    rows = [*_listings(td, rej, rein), DECLARED]
    s = standing(History.from_records(rows), AS_OF, interpretation=interpretation)
    c = s.criterion(name)
    assert c.met is met, rule
    boundary = (td, rej, rein) in ((900, 100, 0), (1000, 0, 50))  # where D1's readings part
    other = "official" if interpretation == "brief" else "brief"
    if boundary:  # the verdict turns: the other reading is named
        assert other in c.other_readings, rule
    if name == "counter_notice_rate":  # exact, over the listings of the window
        assert c.value == Fraction(rein, td + rej)


VOLUME = [
    # (rule, interpretation, complaints, met, needed)
    ("B21", "brief", 100, False, 1),  # "more than 100 complaints"
    ("B21", "brief", 101, True, 0),
    ("B21", "brief-at-least-100", 100, True, 0),  # "at least 100"
    ("B21", "brief-at-least-100", 99, False, 1),
]


@pytest.mark.parametrize(("rule", "interpretation", "n", "met", "needed"), VOLUME)
def test_volume_floor_more_than_against_at_least(
    rule: str, interpretation: str, n: int, met: bool, needed: int
) -> None:
    rows = [*(_one(1) for _ in range(n)), DECLARED]
    s = standing(History.from_records(rows), AS_OF, interpretation=interpretation)
    c = s.criterion("volume")
    assert (c.met, c.needed, s.path.volume) == (met, needed, needed), rule


def test_no_volume_floor_nor_declaration_officially() -> None:
    """D1: the volume minimum is unverified (R77, third party only); R70(a), R74: admission is
    automatic with no Declaration. The official reading has neither criterion, the brief both,
    and each names the other."""
    rows = [*(_one(1) for _ in range(100))]  # 100 complaints, no declaration
    history = History.from_records(rows)
    brief = standing(history, AS_OF)
    official = standing(history, AS_OF, interpretation="official")
    assert {c.name for c in official.criteria} == {
        "takedown_rate",
        "counter_notice_rate",
        "no_abuse",
    }
    assert official.qualifies and not brief.qualifies
    assert brief.path.declaration_missing and brief.path.volume == 1
    assert "official" in brief.criterion("declaration").other_readings
    assert "official" in brief.criterion("volume").other_readings


def test_one_bad_batch_of_300_needs_2700_successes() -> None:
    """B18: one batch of 300 rejected URLs needs 2,700 accepted notices to bring the success rate
    back to 90%: 2,700 under the official "90% or higher", 2,701 under the brief's "above"."""
    history = History.from_records([_one(0, 300), DECLARED])
    needed = {
        name: standing(history, AS_OF, interpretation=name).path.successes
        for name in ("brief", "official")
    }
    assert needed == {"brief": 2701, "official": 2700}


# --------------------------------------------------------------------- versions (R68-R75)

VERSIONS = [
    # (rule, as_of, trial, version, window months, per reason code)
    ("R68", D(2015, 3, 31), False, None, None, False),  # before the official launch
    ("R68", D(2015, 4, 1), False, "2015", 1, False),
    ("R68", D(2015, 1, 6), True, "2015", 1, False),  # the 2015 trial
    ("R70", D(2018, 8, 14), False, "2015", 1, False),
    ("R70", D(2018, 8, 15), False, "2018", 3, False),
    ("R70", D(2018, 4, 15), True, "2018", 3, False),  # the 2018 trial
    ("R70", D(2018, 4, 14), True, "2015", 1, False),
    ("R75", D(2022, 4, 14), False, "2018", 3, False),
    ("R75", D(2022, 4, 15), False, "2022", 3, True),
    ("R75", D(2021, 12, 28), True, "2022", 3, True),  # the 2021 trial
    ("R75", D(2021, 12, 27), True, "2018", 3, False),
]


@pytest.mark.parametrize(("rule", "day", "trial", "version", "months", "per_code"), VERSIONS)
def test_version_in_force_on_the_day_it_changes(
    rule: str, day: dt.date, trial: bool, version: str | None, months: int | None, per_code: bool
) -> None:
    good = [*(_one(1, on=day) for _ in range(150)), _one(0, 1, code="tm_counterfeit", on=day)]
    signed = AccountEvent(date=D(2015, 1, 6), kind="declaration")
    s = standing(History.from_records([*good, signed]), day, trial=trial)
    assert (s.version, s.window_months) == (version, months), rule
    # R75: from the 2022 version a reason code that fails on its own fails the account
    assert bool(s.reason_codes) is per_code, rule
    assert s.qualifies is (version is not None and not per_code), rule


def test_the_2015_thresholds_are_inclusive_over_one_month() -> None:
    """R68: 90% or higher and 1.5% or lower, assessed monthly (D1)."""
    day = D(2016, 5, 31)
    rows = [_one(180, 20, reinstated=3, on=D(2016, 5, 10)), DECLARED]
    s = standing(History.from_records(rows), day)
    td, cn = s.criterion("takedown_rate"), s.criterion("counter_notice_rate")
    assert s.version == "2015" and s.window_from == D(2016, 5, 1)
    # 180 taken down, 3 reinstated: (180 - 3) / 200 = 88.5% under the brief's metric (B16)
    assert cn.value == Fraction(3, 200) and cn.met and cn.comparison.value == "<="
    assert td.comparison.value == ">=" and td.threshold == Fraction(9, 10)


# -------------------------------------------------------------------- lock-outs (R72, R73, D3)


def _member_then(kind: str, on: dt.date) -> History:
    """A member since January 2023 (good complaints every day until 2024), then ``kind``."""
    rows = [_one(1, on=D(2023, 1, 1) + dt.timedelta(days=i % 300)) for i in range(900)]
    more = [_one(1, on=D(2023, 11, 1) + dt.timedelta(days=i % 150)) for i in range(400)]
    return History.from_records([*rows, *more, DECLARED, AccountEvent(date=on, kind=kind)])


LOCKOUTS = [
    # (rule, kind, event day, as_of, member, locked_until)
    ("R73", "withdrawal", D(2023, 5, 15), D(2023, 5, 14), True, None),
    ("R73", "withdrawal", D(2023, 5, 15), D(2023, 5, 15), False, D(2023, 8, 15)),
    ("R73", "withdrawal", D(2023, 5, 15), D(2023, 8, 14), False, D(2023, 8, 15)),
    ("R72", "removal", D(2023, 11, 30), D(2023, 11, 30), False, D(2024, 2, 29)),  # clipped
    ("R72", "removal", D(2023, 11, 30), D(2024, 2, 28), False, D(2024, 2, 29)),
    ("R72", "removal", D(2023, 11, 30), D(2024, 2, 29), True, None),  # may rejoin that day
]


@pytest.mark.parametrize(("rule", "kind", "on", "day", "member", "locked"), LOCKOUTS)
def test_lockout_first_and_last_day(
    rule: str, kind: str, on: dt.date, day: dt.date, member: bool, locked: dt.date | None
) -> None:
    """R72, R73 (D3: 3 months from 2018): the account cannot rejoin during the lock-out, even
    if its statistics qualify; it may rejoin on the day the lock-out ends."""
    s = standing(_member_then(kind, on), day)
    assert (s.member, s.locked_until, s.path.locked_until) == (member, locked, locked), rule
    if locked is not None:
        # R72: "even if the next month's statistics qualify"
        assert s.criterion("takedown_rate").met and s.criterion("counter_notice_rate").met


# ------------------------------------------------------------------ headroom (C5, R91)

HEADROOM = [
    # (rule, interpretation, taken_down, rejected, failures, criterion headroom of the counter)
    ("B21", "brief", 101, 0, 11, 5),  # 101/112 > 90% fails at the 12th; 5/101 < 5% at most
    ("B21", "brief", 901, 99, 1, None),  # one more failure: 901/1001 still above 90%
    ("B21", "brief", 900, 100, 0, None),  # fails now: no headroom, 1 success needed
    ("D1", "official", 900, 100, 0, None),  # exactly 90%: passes, the next failure fails it
]


@pytest.mark.parametrize(("rule", "interpretation", "td", "rej", "failures", "counter"), HEADROOM)
def test_headroom_is_exact(
    rule: str, interpretation: str, td: int, rej: int, failures: int, counter: int | None
) -> None:
    rows = [*_listings(td, rej), DECLARED]
    s = standing(History.from_records(rows), AS_OF, interpretation=interpretation)
    c = s.criterion("takedown_rate")
    assert c.headroom == failures, rule
    if counter is not None:
        assert s.criterion("counter_notice_rate").headroom == counter
    if not c.met:  # a criterion already failing has no headroom, and needs successes
        assert c.headroom == 0 and c.needed and c.needed > 0 and s.headroom.failures == 0


def _reinstate(taken_down: int, rejected: int, reinstated: int, pending: int) -> History:
    return History.from_records([*_listings(taken_down, rejected, reinstated, pending), DECLARED])


def _counters_pass(history: History, interpretation: str) -> bool:
    """The rates an upheld counter-notice moves pass: the counter-notice rate and, under the
    brief (B16: a reinstated listing is an unsuccessful takedown), the takedown rate."""
    s = standing(history, AS_OF, interpretation=interpretation)
    moved = (
        ("takedown_rate", "counter_notice_rate")
        if interpretation == "brief"
        else ("counter_notice_rate",)
    )
    rates = [*s.criteria, *(c for r in s.reason_codes for c in r.criteria)]
    return all(c.met for c in rates if c.name in moved)


@settings(max_examples=40, deadline=None)
@given(
    taken_down=st.integers(1, 40),
    rejected=st.integers(0, 3),
    reinstated=st.integers(0, 3),
    pending=st.integers(0, 600),
    interpretation=st.sampled_from(["brief", "official"]),
)
def test_counter_notice_headroom_counts_only_listings_that_can_be_reinstated(
    taken_down: int, rejected: int, reinstated: int, pending: int, interpretation: str
) -> None:
    """Headroom (docs: "k more upheld counter-notices on listings already taken down"): an
    upheld counter-notice reinstates a listing taken down, so no more than the listings taken
    down and not yet reinstated can be; where all of them would leave the rates passing, no
    number of counter-notices fails the account: the headroom is None (no limit), not a count
    that could never happen (a window full of pending listings under the official reading)."""
    reinstated = min(reinstated, taken_down)
    history = _reinstate(taken_down, rejected, reinstated, pending)
    s = standing(history, AS_OF, interpretation=interpretation)
    room = s.headroom.counter_notices
    own = (
        s.criterion("counter_notice_rate").headroom if s.criterion("counter_notice_rate").met else 0
    )
    available = taken_down - reinstated
    if not _counters_pass(history, interpretation):
        assert room == 0
        return
    if room is None:
        assert _counters_pass(_reinstate(taken_down, rejected, taken_down, pending), interpretation)
    else:
        assert room < available
        assert _counters_pass(
            _reinstate(taken_down, rejected, reinstated + room, pending), interpretation
        )
        assert not _counters_pass(
            _reinstate(taken_down, rejected, reinstated + room + 1, pending), interpretation
        )
    assert own is None or own < available


# ------------------------------------------------------------------------- path and what-if


def test_path_when_already_qualified_and_when_impossible() -> None:
    """Already qualified: nothing needed. An abuse finding under the brief (B21: "no record of
    abusive complaints", no window) bars admission for good: no number of successes admits the
    account, and the path names the reading under which it could (official: while in the
    window, R82)."""
    good = [*(_one(1) for _ in range(150)), DECLARED]
    s = standing(History.from_records(good), AS_OF)
    assert s.qualifies and (s.path.successes, s.path.volume) == (0, 0) and not s.path.barred
    abuse = AccountEvent(date=D(2023, 1, 5), kind="abuse")
    barred = standing(History.from_records([*good, abuse]), AS_OF)
    assert not barred.qualifies and barred.path.successes is None and barred.path.volume is None
    assert barred.path.abuse_bar == D(2023, 1, 5) and barred.path.qualify_under == ("official",)
    official = standing(History.from_records([*good, abuse]), AS_OF, interpretation="official")
    assert official.path.abuse_clears_on == D(2023, 4, 5)
    assert standing(
        History.from_records([*good, abuse]), D(2023, 4, 5), interpretation="official"
    ).qualifies


def test_what_if_with_an_empty_batch_changes_nothing() -> None:
    history = History.from_records([*(_one(1) for _ in range(150)), DECLARED])
    w = what_if(history, [], AS_OF)
    assert w.before.qualifies and w.after.qualifies
    assert w.after.counts == w.before.counts and w.after.criteria == w.before.criteria


def test_what_if_with_a_huge_batch_is_exact() -> None:
    """A batch of 2,000 complaints of 100,000 listings each (the most a complaint holds),
    half of them rejected: the rate is exact, the account loses its standing."""
    history = History.from_records([*(_one(1) for _ in range(150)), DECLARED])
    batch = [_one(50_000, 50_000, on=AS_OF) for _ in range(2_000)]
    w = what_if(history, batch, AS_OF)
    c = w.after.criterion("takedown_rate")
    assert c.value == Fraction(150 + 100_000_000, 150 + 200_000_000)
    assert (
        w.before.qualifies
        and not w.after.qualifies
        and w.after.counts.complaints["submitted"] == 2150
    )


def test_cli_what_if_empty_plan_exits_0_and_failing_plan_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text('assume = "success"\n', encoding="utf-8")
    assert main(["good-faith", EXAMPLE, "--as-of", "2022-12-31", "--what-if", str(empty)]) == 0
    assert "After 0 planned complaint(s)" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'assume = "0.5"\n' + '[[complaints]]\nreason_code = "tm_misuse"\nlistings = 300\n' * 50,
        encoding="utf-8",
    )
    assert main(["good-faith", EXAMPLE, "--as-of", "2022-12-31", "--what-if", str(bad)]) == 1
    assert "DOES NOT QUALIFY" in capsys.readouterr().out.split("After")[1]


def test_counter_notice_headroom_of_a_window_of_pending_listings() -> None:
    """10 listings taken down, 300 pending, official reading: 5% of 310 would be 15 upheld
    counter-notices, but only 10 listings can be reinstated, and all 10 leave the rate at
    10/310 <= 5%: no limit. The text says so as the headroom line does, in the note too."""
    history = History.from_records(_listings(10, pending=300))
    s = standing(history, AS_OF, interpretation="official")
    assert s.headroom.counter_notices is None
    assert s.criterion("counter_notice_rate").headroom is None
    text = s.text()
    assert "unlimited more successful counter-notice(s)" in text
    assert "unlimited more upheld counter-notice(s) (listings) here" in text
    assert "no limit" not in text
    # under the brief the takedown rate binds first (B16): 10/10 above 90% allows none
    assert standing(history, AS_OF).headroom.counter_notices == 0


def test_counter_notice_headroom_bounds_each_rate_in_its_own_unit() -> None:
    """Metrics in two units (R91: the unit is not documented): the counter-notice rate per
    complaint, the takedown rate per listing. 3 complaints of 50 listings taken down and 200
    of one listing pending: at most 3 complaints can be reinstated, and 3/203 stays under 5%,
    so the counter-notice rate sets no limit; under the brief the takedown rate still does, in
    listings: (150 - k) / 150 above 90% for k up to 14 (B16)."""
    rows = [_one(50) for _ in range(3)] + [_one(pending=1) for _ in range(200)]
    history = History.from_records(rows)
    per_complaint = ["counter_notice_rate_complaint"]
    brief = standing(history, AS_OF, metrics=per_complaint)
    official = standing(history, AS_OF, metrics=per_complaint, interpretation="official")
    assert brief.criterion("counter_notice_rate").headroom is None
    assert brief.headroom.counter_notices == 14
    assert official.headroom.counter_notices is None


CITED = [
    # (as_of, interpretation, version, a rule each cites, sources include, confidence)
    (D(2015, 6, 1), "brief", "2015", "R68", "S13", "official"),
    (D(2018, 9, 1), "brief", "2018", "R70", "BRIEF", "brief"),
    (D(2018, 9, 1), "official", "2018", "R70", "S12", "official"),
    (D(2022, 5, 1), "brief", "2022", "R75", "BRIEF", "brief"),
    (D(2022, 5, 1), "brief-at-least-100", "2022", "B21", "BRIEF", "brief"),
    (D(2022, 5, 1), "official", "2022", "R75", "S12", "official"),
]


@pytest.mark.parametrize(
    ("day", "interpretation", "version", "rule", "source", "confidence"), CITED
)
def test_standing_cites_its_rules_sources_and_confidence(
    day: dt.date, interpretation: str, version: str, rule: str, source: str, confidence: str
) -> None:
    """Every rule is data with sources and a confidence: the standing names those of the
    criteria record it applied, in Python, in JSON and in the text, as `rules good-faith`
    lists them; before the programme it names none."""
    history = History.from_records([_one(1, on=day), DECLARED])
    s = standing(history, day, interpretation=interpretation)
    assert s.version == version and rule in s.rule_ids and source in s.sources
    assert s.confidence == confidence
    data = s.to_dict()
    assert (data["rule_ids"], data["sources"], data["confidence"]) == (
        list(s.rule_ids),
        list(s.sources),
        confidence,
    )
    line = f"  rules: {', '.join(s.rule_ids)}; sources: {', '.join(s.sources)}; "
    assert line + f"confidence: {confidence}" in s.text().splitlines()
    before = standing(history, D(2015, 3, 31), interpretation=interpretation)
    assert (before.rule_ids, before.sources, before.confidence) == ((), (), None)


def test_what_if_current_rate_of_a_new_filer_is_said_not_guessed() -> None:
    """B18: bulk filing is risky for new filers. A what-if plan that assumes the "current"
    takedown rate (the default) for an account with no decided listing in the window has no
    rate to apply: every listing is taken as taken down, and the standing after says so
    instead of answering as if that were the account's rate."""
    from ipprules.goodfaith.plan import PlannedComplaint, WhatIfPlan

    batch = (PlannedComplaint(reason_code="tm_misuse", listings=300),)
    new = History.from_records([])
    after = what_if(new, WhatIfPlan(complaints=batch), AS_OF).after
    said = [n for n in after.notes if 'assume = "current" found no current takedown rate' in n]
    assert len(said) == 1 and "1 planned complaint(s)" in said[0] and "B18" in said[0]
    assert after.criterion("takedown_rate").value == 1
    # a rate given, or success asked for, or a current rate: nothing to say
    for plan, history in (
        (WhatIfPlan(complaints=batch, assume="success"), new),
        (WhatIfPlan(complaints=batch, assume="0.9"), new),
        (WhatIfPlan(complaints=batch), History.from_records([_one(9, 1)])),
    ):
        notes = what_if(history, plan, AS_OF).after.notes
        assert not any("found no current takedown rate" in n for n in notes)
