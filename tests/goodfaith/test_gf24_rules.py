"""Good Faith planning figures against the rule text (sweep gf24): headroom, the path to
qualify, the day old failures age out, what-if and lock-outs, each row citing its rule
(part 0 B.., part 1 R.., part 2 D..) and holding the answer derived from the text by hand.

Every figure is also checked by brute force, independently of the library's solvers: one
failure (or one upheld counter-notice, or one success, or one day) at a time, with the
standing recomputed from scratch each time. The boundary rows of the standing itself are in
test_gf_boundaries_gfedge.py and not repeated here.

Readings (ipp-rules.md part 0 and D1): the brief (default) asks for a takedown rate above
90%, a counter-notice rate below 5% and more than 100 complaints over 3 months (B21), a
reinstated listing counting as an unsuccessful takedown (B16); ``official`` takes 90% or
higher and 5% or lower (R71, D1) and counts a reinstated listing as removed (R91).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import attrs
import pytest
from dateutil.relativedelta import relativedelta

from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    EventKind,
    History,
    Standing,
    standing,
    what_if,
)

D = dt.date
DAY = dt.timedelta(days=1)
DECLARED = AccountEvent(date=D(2015, 1, 1), kind=EventKind.DECLARATION)
Records = list[Any]


def _c(
    day: dt.date,
    taken: int,
    rejected: int = 0,
    reinstated: int = 0,
    code: str = "tm_misuse",
    n: int = 1,
    withdrawn: int = 0,
    pending: int = 0,
) -> list[Complaint]:
    """``n`` Taobao complaints filed on ``day``, each with these listing outcomes."""
    return [
        Complaint(
            filed=day,
            platform="taobao",
            reason_code=code,
            listings=taken + rejected + withdrawn + pending,
            taken_down=taken,
            rejected=rejected,
            withdrawn=withdrawn,
            pending=pending,
            reinstated=reinstated,
        )
        for _ in range(n)
    ]


def _s(records: Records, as_of: dt.date, reading: str = "brief") -> Standing:
    return standing(History.from_records([DECLARED, *records]), as_of, interpretation=reading)


def _rates_ok(s: Standing) -> bool:
    """Every rate criterion passes, for the account and for each reason code (R71, R75)."""
    rates = [c for c in s.criteria if c.name in ("takedown_rate", "counter_notice_rate")]
    rates += [c for rc in s.reason_codes for c in rc.criteria]
    return bool(rates) and all(c.met for c in rates)


def _codes(records: Records) -> list[str]:
    return sorted({r.reason_code for r in records if isinstance(r, Complaint)})


# ---- brute force: one item at a time, the standing recomputed each time ----------------


def _bf_failures(records: Records, as_of: dt.date, reading: str, cap: int = 400) -> int:
    """The most failed takedowns (rejected listings filed on ``as_of``) the account absorbs
    wherever they land among its reason codes: for each code, add one at a time."""
    if not _rates_ok(_s(records, as_of, reading)):
        return 0
    most = []
    for code in _codes(records):
        k = 0
        while k < cap and _rates_ok(
            _s([*records, *_c(as_of, 0, k + 1, code=code)], as_of, reading)
        ):
            k += 1
        most.append(k)
    return min(most)


def _reinstate(records: Records, k: int, code: str) -> Records | None:
    """``records`` with ``k`` more taken-down listings of ``code`` reinstated (None: not
    that many left to reinstate)."""
    out: Records = []
    for r in records:
        if isinstance(r, Complaint) and r.reason_code == code and k:
            more = min(k, r.taken_down - r.reinstated)
            k -= more
            r = attrs.evolve(r, reinstated=r.reinstated + more)
        out.append(r)
    return None if k else out


def _bf_counter(records: Records, as_of: dt.date, reading: str) -> int | None:
    """The most upheld counter-notices (on listings already taken down) the account absorbs,
    one at a time per code; None where reinstating every taken-down listing still passes."""
    if not _rates_ok(_s(records, as_of, reading)):
        return 0
    most: list[int | None] = []
    for code in _codes(records):
        k = 0
        while True:
            more = _reinstate(records, k + 1, code)
            if more is None:
                most.append(None)
                break
            if not _rates_ok(_s(more, as_of, reading)):
                most.append(k)
                break
            k += 1
    found = [m for m in most if m is not None]
    return min(found) if found else None


def _bf_successes(records: Records, as_of: dt.date, reading: str, cap: int = 400) -> int:
    """The fewest successful takedowns (filed on ``as_of``) after which every rate passes.

    A success in one reason code changes no other code's rates, so each code takes, one at
    a time, the fewest that make its own rates pass (R75; none before 2022); then one at a
    time more go to the first code until the account's rates pass too (B21, R71). The
    total is the least: one fewer leaves some code, or the account, failing."""
    added = dict.fromkeys(_codes(records), 0)

    def extra() -> Records:
        return [c for code, m in added.items() if m for c in _c(as_of, m, code=code)]

    def code_ok(code: str) -> bool:
        s = _s([*records, *extra()], as_of, reading)
        return all(rc.met for rc in s.reason_codes if rc.reason_code == code)

    for code in added:
        while not code_ok(code):
            added[code] += 1
            assert added[code] < cap, "no number of successes found"
    first = next(iter(added))
    while not _rates_ok(_s([*records, *extra()], as_of, reading)):
        added[first] += 1
        assert added[first] < cap, "no number of successes found"
    return sum(added.values())


def _bf_clear(records: Records, as_of: dt.date) -> dt.date | None:
    """The first day after ``as_of`` on which every failure (rejected or reinstated listing)
    in the window of ``as_of`` has left the window (R71: the past three months; one month
    before 2018-08-15, R70(b))."""

    def inside(f: dt.date, d: dt.date) -> bool:
        months = 3 if d >= D(2018, 8, 15) else 1
        return d - relativedelta(months=months) < f <= d

    bad = [r.filed for r in records if isinstance(r, Complaint) and (r.rejected or r.reinstated)]
    bad = [f for f in bad if inside(f, as_of)]
    if not bad:
        return None
    day, last_in = as_of + DAY, as_of
    while day <= as_of + dt.timedelta(days=200):  # "for good": past any window change
        if any(inside(f, day) for f in bad):
            last_in = day
        day += DAY
    return last_in + DAY


def _bf_pass_on(records: Records, as_of: dt.date, reading: str) -> dt.date | None:
    """The first day after ``as_of`` on which the rates pass with nothing more filed."""
    if _rates_ok(_s(records, as_of, reading)):
        return None
    day = as_of + DAY
    while day <= as_of + dt.timedelta(days=130):
        if _rates_ok(_s(records, day, reading)):
            return day
        day += DAY
    return None


# ---- the rows ------------------------------------------------------------------------

A = D(2023, 3, 1)  # a 2022-version date: per-reason-code criteria apply (R75)
B = D(2019, 3, 1)  # a 2018-version date: account criteria only (R70)


def _one(taken: int, rejected: int = 0, reinstated: int = 0, day: dt.date = A) -> Records:
    """A window of 101 complaints (volume passes, B21): one holding the outcomes, the rest
    one pending listing each (inside the counter-notice denominator, out of the takedown
    rate)."""
    return [
        *_c(day - 10 * DAY, taken, rejected, reinstated),
        *_c(day - 10 * DAY, 0, pending=1, n=100),
    ]


HEADROOM_ROWS: list[tuple[str, str, Records, dt.date, str, int | None, int | None]] = [
    # rule, sentence, records, as_of, reading, failures, counter_notices (derived by hand)
    # B21 "above 90%": 99/(100+k) > 9/10 -> k <= 9; counter k/200 < 1/20 -> k <= 9, but
    # B16 (a reinstated listing is an unsuccessful takedown): (99-k)/100 > 9/10 -> k <= 8
    ("B21", "successful takedown rate above 90%", _one(99, 1), A, "brief", 9, 8),
    # R71 "below 90%" removes, so 90.0% passes: 99/(100+k) >= 9/10 -> k <= 10;
    # counter k/200 <= 1/20 -> k <= 10, takedown unchanged by a reinstatement (R91)
    ("R71", "removed if takedown rate below 90%", _one(99, 1), A, "official", 10, 10),
    # B21 at exactly 90%: fails, nothing to absorb
    ("B21", "above 90% (exactly 90% fails)", _one(90, 10), A, "brief", 0, 0),
    # R71 at exactly 90%: passes, no failure more; counter 0 (takedown unchanged, but
    # counter k/200 <= 1/20 -> 10)
    ("R71", "below 90% removes (90% stays)", _one(90, 10), A, "official", 0, 10),
    # B21 counter-notice "below 5%": (9+k)/200 < 1/20 -> k <= 0; takedown (100-9)/(100+k)
    # > 9/10 -> k <= 1
    ("B21", "counter-notification rate below 5%", _one(100, 0, 9), A, "brief", 1, 0),
    # R71 counter "above 5%" removes: (9+k)/200 <= 1/20 -> k <= 1; takedown 100/(100+k)
    # >= 9/10 -> k <= 11
    ("R71", "removed if counter rate above 5%", _one(100, 0, 9), A, "official", 11, 1),
    # 2018 version, one code: 200/(200+k) > 9/10 -> k <= 22; (200-k)/200 > 9/10 -> k <= 19;
    # k/300 < 1/20 -> k <= 14
    ("R70", "2018: counter limit <= 5%, 3-month window", _one(200, day=B), B, "brief", 22, 14),
    ("R70(c)", "2018: counter-notification rate <= 5%", _one(200, day=B), B, "official", 22, 15),
    # R68 (2015 criteria, both readings): 90% or higher, counter 1.5% or lower, over a month:
    # 1000/(1000+k) >= 9/10 -> k <= 111; k/1000 <= 3/200 -> k <= 15
    (
        "R68",
        "2015: 90% or higher, 1.5% or lower",
        _c(D(2016, 3, 10), 1000),
        D(2016, 3, 20),
        "brief",
        111,
        15,
    ),
    ("R68", "2015 (official)", _c(D(2016, 3, 10), 1000), D(2016, 3, 20), "official", 111, 15),
    # docs: no more counter-notices can be upheld than listings taken down: with 2000
    # pending listings, reinstating all 100 leaves 100/2100 <= 5% (official, R91: the
    # takedown rate unchanged): no limit (None); the brief (B16) stops at (100-k)/100 > 9/10
    # -> 9. Failures: 100/(100+k) > 9/10 -> 11 (brief), >= 9/10 -> 11 (official)
    (
        "R71",
        "unlimited counter-notices",
        [*_c(A, 100), *_c(A, 0, pending=2000)],
        A,
        "official",
        11,
        None,
    ),
    (
        "B16",
        "counter-notices bounded by the takedown rate",
        [*_c(A, 100), *_c(A, 0, pending=2000)],
        A,
        "brief",
        11,
        9,
    ),
]


def _two(day: dt.date, good: tuple[int, int, int], bad: tuple[int, int, int]) -> Records:
    """101 complaints in two reason codes: ``tm_misuse`` with outcomes ``good`` and
    ``cr_copied_content`` with ``bad`` (taken, rejected, reinstated), the rest pending."""
    return [
        *_c(day - 10 * DAY, *good),
        *_c(day - 10 * DAY, *bad, code="cr_copied_content"),
        *_c(day - 10 * DAY, 0, pending=1, n=99),
    ]


CODE_ROWS: list[tuple[str, str, Records, dt.date, str, int | None, int | None]] = [
    # R75 (from 2022-04-15): every reason code must pass, so the account absorbs what its
    # weakest code does. tm 100/100, cr 19/20: cr 19/(20+k) > 9/10 -> k <= 1 (the account:
    # 119/(120+k) > 9/10 -> k <= 12); counters: cr (19-k)/20 > 9/10 -> k <= 0
    (
        "R75",
        "every single reason code must meet the conditions",
        _two(A, (100, 0, 0), (19, 1, 0)),
        A,
        "brief",
        1,
        0,
    ),
    # official: cr 19/(20+k) >= 9/10 -> k <= 1; counter: cr k/20 <= 1/20 -> k <= 1,
    # tm k/100 <= 1/20 -> 5, account k/219 <= 1/20 -> 10: the least, 1
    (
        "R75",
        "every single reason code (official)",
        _two(A, (100, 0, 0), (19, 1, 0)),
        A,
        "official",
        1,
        1,
    ),
    # before 2022-04-15 (2018 version) only the account counts (R70, R71): 119/(120+k) >
    # 9/10 -> k <= 12; counter (119-k)/120 > 9/10 -> k <= 11, k/219 < 1/20 -> k <= 10
    (
        "R70",
        "2018 version: account figures only",
        _two(B, (100, 0, 0), (19, 1, 0)),
        B,
        "brief",
        12,
        10,
    ),
]


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("rule", "sentence", "records", "as_of", "reading", "failures", "counters"),
    HEADROOM_ROWS + CODE_ROWS,
)
def test_headroom_by_hand_and_by_brute_force(
    rule: str,
    sentence: str,
    records: Records,
    as_of: dt.date,
    reading: str,
    failures: int | None,
    counters: int | None,
) -> None:
    s = _s(records, as_of, reading)
    assert (s.headroom.failures, s.headroom.counter_notices) == (failures, counters), (
        rule,
        sentence,
    )
    assert _bf_failures(records, as_of, reading) == failures
    assert _bf_counter(records, as_of, reading) == counters
    if as_of >= D(2022, 4, 15):
        # each code's own headroom is the smaller of the code's and the account's
        for rc in s.reason_codes:
            assert rc.headroom.failures is not None and failures is not None
            assert rc.headroom.failures >= failures


SUCCESS_ROWS: list[tuple[str, str, Records, dt.date, str, int]] = [
    # B18/D1: n/(n+10) > 9/10 -> n > 90 -> 91 (brief); n/(n+10) >= 9/10 -> 90 (official)
    (
        "B18",
        "one wrong batch needs 9 accepted notices per rejected one",
        _one(0, 10),
        A,
        "brief",
        91,
    ),
    ("D1", "official 90% or higher", _one(0, 10), A, "official", 90),
    # B16 under the brief: 10 taken down, 10 reinstated, 0 rejected: (10-10+n)/(10+n) > 9/10
    # -> n > 90 -> 91 (the counter rate 10/(110+n) < 1/20 -> n > 90 too); official counts
    # them removed: 10/10 passes, so only the counter rate asks: 10/(110+n) <= 1/20 -> 90
    (
        "B16",
        "a countered listing counts as an unsuccessful takedown",
        _one(10, 0, 10),
        A,
        "brief",
        91,
    ),
    ("R91", "removed and reinstated counts as removed", _one(10, 0, 10), A, "official", 90),
    # B21 counter below 5% can need successes too: 11 reinstated of 200 listings (brief);
    # successes add listings: 11/(200+n) < 1/20 -> n > 20 -> 21; takedown (100-11+n)/(100+n)
    # > 9/10 -> 89+n > 90+0.9n -> n > 10: 21
    (
        "B21",
        "counter-notification rate below 5% needs more submitted",
        _one(100, 0, 11),
        A,
        "brief",
        21,
    ),
    # R75: account 100/110 passes under official, cr 0/10 fails alone: n/(n+10) >= 9/10 -> 90
    (
        "R75",
        "every reason code must pass: the failing code's successes",
        _two(A, (100, 0, 0), (0, 10, 0)),
        A,
        "official",
        90,
    ),
    # brief: account 100/110 = 90.9% passes; cr needs 91
    (
        "R75",
        "every reason code must pass (brief)",
        _two(A, (100, 0, 0), (0, 10, 0)),
        A,
        "brief",
        91,
    ),
    # 2018 version: only the account: 100/110 > 9/10 passes: 0
    ("R70", "2018: the account only", _two(B, (100, 0, 0), (0, 10, 0)), B, "brief", 0),
]


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("rule", "sentence", "records", "as_of", "reading", "needed"), SUCCESS_ROWS
)
def test_successes_needed_by_hand_and_by_brute_force(
    rule: str, sentence: str, records: Records, as_of: dt.date, reading: str, needed: int
) -> None:
    s = _s(records, as_of, reading)
    assert s.path.successes == needed, (rule, sentence)
    assert _bf_successes(records, as_of, reading) == needed


def _aged(old: list[Complaint], recent: dt.date, taken: int) -> Records:
    """``old`` complaints, then on ``recent`` one with ``taken`` listings taken down and 100
    pending ones (the volume, B21)."""
    return [*old, *_c(recent, taken), *_c(recent, 0, pending=1, n=100)]


CLEAR_ROWS: list[tuple[str, str, Records, dt.date, str, dt.date | None, dt.date | None]] = [
    # R71 "over the past three months": a failure filed 2023-02-19 is in the window of D
    # while D - 3 months < 2023-02-19, so it leaves on 2023-05-19 (2023-05-19 - 3 months =
    # 2023-02-19). The 101 complaints all leave with it: no rate to count, never passes.
    ("R71", "past three months", _one(0, 10), A, "brief", D(2023, 5, 19), None),
    # failures old, successes recent: failures of 2023-01-05 leave on 2023-04-05, the rates
    # then count the successes of 2023-02-20 alone and pass
    (
        "R71",
        "old failures age out, recent successes stay",
        _aged(_c(D(2023, 1, 5), 0, 50), D(2023, 2, 20), 100),
        A,
        "brief",
        D(2023, 4, 5),
        D(2023, 4, 5),
    ),
    # month end: a failure of 2022-12-31 is in while D - 3 months < 2022-12-31; 2023-03-31
    # - 3 months = 2022-12-31: it leaves on 2023-03-31 (and 2023-03-30 - 3 months is
    # 2022-12-30: still in)
    (
        "R71",
        "past three months at a month's end",
        _aged(_c(D(2022, 12, 31), 0, 50), D(2023, 2, 20), 100),
        D(2023, 3, 1),
        "brief",
        D(2023, 3, 31),
        D(2023, 3, 31),
    ),
    # a reinstated listing is a failure under the brief (B16): it ages out as a rejected one
    (
        "B16",
        "countered listings age out as failures",
        _aged(_c(D(2023, 1, 5), 100, 0, 20), D(2023, 2, 20), 100),
        A,
        "brief",
        D(2023, 4, 5),
        D(2023, 4, 5),
    ),
    # R70(b): the window grows from 1 month to 3 on 2018-08-15: a failure of 2018-07-20
    # would leave the 1-month window on 2018-08-20, but from 2018-08-15 the window is 3
    # months, so it stays in until 2018-10-19 and leaves for good on 2018-10-20
    (
        "R70(b)",
        "the assessment period grew from 1 month to 3 months",
        _aged(_c(D(2018, 7, 20), 0, 50), D(2018, 7, 25), 1000),
        D(2018, 8, 1),
        "brief",
        D(2018, 10, 20),
        None,
    ),
    # a window with no failure has nothing to clear
    ("R71", "no failure in the window", _one(100), A, "brief", None, None),
    # 2015 criteria (R68): "assessed monthly": 100/150 fails "90% or higher"; the failures
    # of 2015-05-10 leave the one-month window on 2015-06-10, then 100/100 passes
    (
        "R68",
        "2015: assessed monthly",
        [*_c(D(2015, 5, 10), 0, 50), *_c(D(2015, 5, 20), 100)],
        D(2015, 5, 25),
        "brief",
        D(2015, 6, 10),
        D(2015, 6, 10),
    ),
]


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("rule", "sentence", "records", "as_of", "reading", "clears", "passes"), CLEAR_ROWS
)
def test_failures_clear_and_rates_pass_by_hand_and_day_by_day(
    rule: str,
    sentence: str,
    records: Records,
    as_of: dt.date,
    reading: str,
    clears: dt.date | None,
    passes: dt.date | None,
) -> None:
    s = _s(records, as_of, reading)
    assert (s.path.failures_clear_on, s.path.rates_pass_on) == (clears, passes), (rule, sentence)
    assert _bf_clear(records, as_of) == clears
    assert _bf_pass_on(records, as_of, reading) == passes


VOLUME_ROWS: list[tuple[str, str, int, str, int | None]] = [
    # B21 "more than 100 complaints filed in the last three months": 60 filed -> 41 more
    ("B21", "more than 100 complaints", 60, "brief", 41),
    ("B21", "more than 100 complaints (exactly 100: one more)", 100, "brief", 1),
    ("B21", "more than 100 complaints (101: none)", 101, "brief", 0),
    # B21's other brief: "at least 100"
    ("B21", "one brief says at least 100", 60, "brief-at-least-100", 40),
    ("B21", "at least 100 (exactly 100: none)", 100, "brief-at-least-100", 0),
    # D1: the volume minimum is in no official text: no complaint is missing
    ("D1", "volume minimum unverified (official: none)", 60, "official", 0),
]


@pytest.mark.no_cover
@pytest.mark.parametrize(("rule", "sentence", "filed", "reading", "missing"), VOLUME_ROWS)
def test_volume_missing_by_hand_and_one_complaint_at_a_time(
    rule: str, sentence: str, filed: int, reading: str, missing: int | None
) -> None:
    records: Records = _c(A - 10 * DAY, 10, n=filed)
    s = _s(records, A, reading)
    assert s.path.volume == missing, (rule, sentence)
    k = 0
    while not _s([*records, *_c(A, 10, n=k)], A, reading).qualifies:
        k += 1
    assert k == missing


@pytest.mark.parametrize("reading", ["brief", "official"])
@pytest.mark.parametrize(
    "records", [_one(99, 1), _one(100, 0, 9), _two(A, (100, 0, 0), (19, 1, 0))]
)
def test_what_if_a_batch_of_exactly_the_headroom_keeps_the_rates_and_one_more_fails_them(
    records: Records, reading: str
) -> None:
    """Headroom (docs: the largest k such that the criterion still passes after k more failed
    takedowns), read through what-if (B18: plan a batch before filing it): the planned batch
    of k rejected listings in the weakest code keeps every rate passing, k + 1 fails one; and
    the standing after is the standing of the history with the batch added."""
    history = History.from_records([DECLARED, *records])
    before = _s(records, A, reading)
    k = before.headroom.failures
    assert k is not None
    weakest = min(before.reason_codes, key=lambda rc: rc.headroom.failures or 0).reason_code
    for n, passes in ((k, True), (k + 1, False)):
        batch = _c(A, 0, n, code=weakest) if n else []
        w = what_if(history, batch, A, interpretation=reading)
        assert _rates_ok(w.after) is passes
        again = _s([*records, *batch], A, reading)
        assert (w.after.qualifies, w.after.headroom, w.after.path) == (
            again.qualifies,
            again.headroom,
            again.path,
        )


def _member_history(last: dt.date, events: Sequence[AccountEvent] = ()) -> History:
    """An account filing 2 good complaints a day (10 listings taken down each) from
    2022-06-01 to ``last``: a member from the day it first has more than 100 (B21, R74)."""
    days = (last - D(2022, 6, 1)).days + 1
    good = [c for i in range(days) for c in _c(D(2022, 6, 1) + i * DAY, 10, n=2)]
    return History.from_records([DECLARED, *events, *good])


LOCK_ROWS: list[tuple[str, str, EventKind | None, dt.date, dt.date]] = [
    # R73: withdraws voluntarily -> cannot rejoin for 3 months, even if its statistics qualify
    (
        "R73",
        "withdraws voluntarily: 3 months",
        EventKind.WITHDRAWAL,
        D(2023, 5, 10),
        D(2023, 8, 10),
    ),
    # R72: removed -> cannot rejoin for 3 months, even if the next month's statistics qualify
    ("R72", "removed: 3 months", EventKind.REMOVAL, D(2023, 5, 10), D(2023, 8, 10)),
    # day of month clipped (docs, relativedelta): 2023-11-30 + 3 months = 2024-02-29
    ("R72", "removed at a month's end", EventKind.REMOVAL, D(2023, 11, 30), D(2024, 2, 29)),
    ("R73", "withdraws at a month's end", EventKind.WITHDRAWAL, D(2023, 8, 31), D(2023, 11, 30)),
]


@pytest.mark.no_cover
@pytest.mark.parametrize(("rule", "sentence", "kind", "day", "ends"), LOCK_ROWS)
def test_a_lock_out_blocks_good_statistics_until_its_end(
    rule: str, sentence: str, kind: EventKind, day: dt.date, ends: dt.date
) -> None:
    h = _member_history(ends + 5 * DAY, [AccountEvent(date=day, kind=kind)])
    assert standing(h, day - DAY).member  # a member the day before
    during = [standing(h, d) for d in (day, day + 31 * DAY, ends - DAY)]
    for s in during:
        # every criterion is met (``qualifies`` says so, docs: beside ``locked_until``): only
        # the lock-out keeps the account out (R72 "even if the next month's statistics
        # qualify")
        assert (s.member, s.qualifies, s.locked_until, s.path.locked_until) == (
            False,
            True,
            ends,
            ends,
        ), (rule, sentence)
        assert all(c.met for c in s.criteria)
    after = standing(h, ends)
    assert (after.member, after.qualifies, after.locked_until) == (True, True, None)


def test_a_removal_by_the_statistics_locks_out_until_the_failures_have_aged_out() -> None:
    """R71: removed automatically when the takedown rate falls below 90%; R72: no rejoining
    for 3 months; R74: readmitted automatically once the thresholds are met again. A member
    filing 2 x 10 good listings a day files one more complaint on 2023-05-10, 20 listings
    taken down and 200 rejected: the window's (2023-02-10..05-10] 89 days x 20 + 20 = 1800
    taken down against 200 rejected is exactly 90%,
    not above it (B21): removed that day, locked out until 2023-08-10, the day the bad batch
    has left the window too (R71's three months)."""
    bad = _c(D(2023, 5, 10), 20, 200)
    days = (D(2023, 8, 20) - D(2022, 6, 1)).days + 1
    good = [c for i in range(days) for c in _c(D(2022, 6, 1) + i * DAY, 10, n=2)]
    h = History.from_records([DECLARED, *good, *bad])
    assert standing(h, D(2023, 5, 9)).member
    s = standing(h, D(2023, 5, 10))
    assert s.criterion("takedown_rate").value == Fraction(9, 10)
    assert (s.member, s.locked_until, s.path.failures_clear_on) == (
        False,
        D(2023, 8, 10),
        D(2023, 8, 10),
    )
    assert not standing(h, D(2023, 8, 9)).member
    assert standing(h, D(2023, 8, 10)).member
    # under official (90% or higher) the same batch keeps the member in
    assert standing(h, D(2023, 5, 10), interpretation="official").member


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("rule", "sentence", "as_of", "trial", "needed", "failures"),
    [
        # R75: effective for all rights holders from 15 Apr 2022: the day before, the 2018
        # criteria judge the account alone: 100/110 > 90%, nothing needed; 100/(110+k) > 9/10
        # -> k <= 1
        ("R75", "effective for all rights holders from 15 Apr 2022", D(2022, 4, 14), False, 0, 1),
        # from that day the failing code needs n/(n+10) > 9/10 -> 91, and absorbs nothing
        ("R75", "every single reason code must meet the conditions", D(2022, 4, 15), False, 91, 0),
        # trial from 28 Dec 2021 (trial accounts only)
        ("R75", "trial from 28 Dec 2021 (not in the trial)", D(2022, 1, 10), False, 0, 1),
        ("R75", "trial from 28 Dec 2021 (in the trial)", D(2022, 1, 10), True, 91, 0),
    ],
)
def test_the_per_reason_code_switch_in_the_planning_figures(
    rule: str, sentence: str, as_of: dt.date, trial: bool, needed: int, failures: int
) -> None:
    records = _two(as_of, (100, 0, 0), (0, 10, 0))
    s = standing(History.from_records([DECLARED, *records]), as_of, trial=trial)
    assert (s.path.successes, s.headroom.failures) == (needed, failures), (rule, sentence)
    if not trial:
        assert _bf_successes(records, as_of, "brief") == needed
        assert _bf_failures(records, as_of, "brief") == failures


@pytest.mark.parametrize(
    ("reading", "day", "member", "successes", "clears", "qualify_under"),
    [
        # B21 "no record of abusive complaints": no window, so no number of complaints ever
        # admits the account; the official reading (R69, R82) counts it for the lock-out's 3
        # months only, and the answer names it
        ("brief", D(2023, 8, 10), False, None, None, ("official",)),
        ("brief", D(2023, 12, 1), False, None, None, ("official",)),
        ("official", D(2023, 8, 9), False, 0, D(2023, 8, 10), ()),
        ("official", D(2023, 8, 10), True, 0, None, ()),
    ],
)
def test_the_path_after_an_abuse_finding_against_a_member(
    reading: str,
    day: dt.date,
    member: bool,
    successes: int | None,
    clears: dt.date | None,
    qualify_under: tuple[str, ...],
) -> None:
    h = _member_history(D(2023, 12, 5), [AccountEvent(date=D(2023, 5, 10), kind=EventKind.ABUSE)])
    s = standing(h, day, interpretation=reading)
    assert (s.member, s.path.successes, s.path.abuse_clears_on, s.path.qualify_under) == (
        member,
        successes,
        clears,
        qualify_under,
    )
    if reading == "brief":
        assert s.path.barred and "official" in s.other_readings


AHEAD = "criteria take effect on"


@pytest.mark.parametrize(
    ("rule", "sentence", "records", "as_of", "said"),
    [
        # R75/R49: from 2022-04-15 every reason code must pass; on 2022-04-10 the 2018
        # criteria pass the account (100/110) and its headroom is 1 failure, but with nothing
        # more filed the failing code 'cr_copied_content' (0/10) fails it on 2022-04-15
        (
            "R75",
            "effective for all rights holders from 15 Apr 2022",
            _two(D(2022, 4, 14), (100, 0, 0), (0, 10, 0)),
            D(2022, 4, 10),
            "2022-04-15 (R49, R75)",
        ),
        # R70(b): the window grows from 1 month to 3 on 2018-08-15: 500 rejected listings of
        # 2018-07-01 are out of the 1-month window of 2018-08-10 but back in that day's
        (
            "R70(b)",
            "the assessment period grew from 1 month to 3",
            [*_c(D(2018, 7, 1), 0, 500), *_c(D(2018, 8, 5), 1000)],
            D(2018, 8, 10),
            "2018-08-15 (B21",
        ),
        # nothing to say: the change does not turn the rates (both codes pass)
        (
            "R75",
            "every reason code passes",
            _two(D(2022, 4, 14), (100, 0, 0), (10, 0, 0)),
            D(2022, 4, 10),
            None,
        ),
        # nor after the last change
        ("R75", "no later change", _two(A, (100, 0, 0), (10, 0, 0)), A, None),
    ],
)
def test_a_standing_says_when_the_next_criteria_would_fail_its_rates(
    rule: str, sentence: str, records: Records, as_of: dt.date, said: str | None
) -> None:
    """The headroom and the path are of the criteria in force on the as-of date; where the
    next version of the criteria, on the day it takes effect, fails rates that pass now
    (and that the criteria now in force would still pass that day), the standing says so."""
    s = _s(records, as_of)
    assert _rates_ok(s)
    ahead = [n for n in s.notes if AHEAD in n]
    if said is None:
        assert ahead == [], (rule, sentence)
        return
    (note,) = ahead
    assert said in note, (rule, sentence)
    change = D.fromisoformat(said[:10])
    assert not _rates_ok(_s(records, change))  # checked on the day itself
    if rule == "R75":
        assert "'cr_copied_content'" in note


READINGS = ("brief", "official", "brief-at-least-100")


@pytest.mark.parametrize(
    ("rule", "sentence", "records", "as_of", "reading"),
    [row[:5] for row in SUCCESS_ROWS] + [row[:5] for row in HEADROOM_ROWS],
)
def test_a_figure_another_reading_answers_differently_names_that_reading(
    rule: str, sentence: str, records: Records, as_of: dt.date, reading: str
) -> None:
    """D1 (90% or higher against above 90%) and B16 against R91 (a reinstated listing): where
    another reading passes a rate criterion this one fails (or the other way round), the
    criterion names it, and only then (left1: both failing it with another number of
    successes needed is no difference of verdict); where it has another headroom, a note
    names it with its figures."""
    s = _s(records, as_of, reading)
    theirs = {r: _s(records, as_of, r) for r in READINGS if r != reading}
    rates = [c for c in s.criteria if c.name in ("takedown_rate", "counter_notice_rate")]
    rates += [c for rc in s.reason_codes for c in rc.criteria]
    for name, other in theirs.items():
        met = {(c.name, c.reason_code): c.met for c in other.criteria}
        met.update({(c.name, c.reason_code): c.met for r in other.reason_codes for c in r.criteria})
        for c in rates:
            differs = met.get((c.name, c.reason_code)) != c.met
            assert (name in c.other_readings) == differs, (rule, sentence, name, c.name)
        if other.headroom != s.headroom:
            (note,) = [n for n in s.notes if n.startswith("headroom differs under")]
            assert name in note.split(":")[0], (rule, sentence, name)
