"""The Good Faith engine at the edges of its rule text (sweep gfpolicy): window ends at month
ends (R71, "over the past three months"; R70(b)), rates exactly at the threshold at two
decimals (B21, D1, R71), minimum numbers of complaints (B21, R77, D1), and the day a lock-out
ends (R72, R73, D3)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing, timeline

D = dt.date
DECLARED = AccountEvent(date=D(2015, 1, 1), kind=EventKind.DECLARATION)


def _c(day: dt.date, taken: int, rejected: int = 0, reinstated: int = 0, n: int = 1) -> list[Any]:
    """``n`` complaints filed on ``day``, each with these outcomes (code tm_misuse, Taobao)."""
    return [
        Complaint(
            filed=day,
            platform="taobao",
            reason_code="tm_misuse",
            listings=taken + rejected,
            taken_down=taken,
            rejected=rejected,
            reinstated=reinstated,
        )
        for _ in range(n)
    ]


def _h(*groups: list[Any], events: tuple[AccountEvent, ...] = ()) -> History:
    return History.from_records([DECLARED, *events, *(c for g in groups for c in g)])


# ------------------------------------------------------------ the window at month ends


@pytest.mark.parametrize(
    ("as_of", "first_in"),
    [
        (D(2023, 5, 31), D(2023, 3, 1)),  # the docs' example: 1 March to 31 May
        (D(2023, 5, 30), D(2023, 3, 1)),  # 30 Feb clipped to 28 Feb, which is out
        (D(2023, 5, 29), D(2023, 3, 1)),
        (D(2023, 5, 28), D(2023, 3, 1)),  # 28 Feb is out (f > D - 3 months)
        (D(2023, 5, 27), D(2023, 2, 28)),
        (D(2024, 5, 30), D(2024, 3, 1)),  # leap year: 29 Feb 2024 is out
        (D(2024, 5, 29), D(2024, 3, 1)),
        (D(2024, 5, 28), D(2024, 2, 29)),
        (D(2023, 3, 31), D(2023, 1, 1)),  # across the year end
        (D(2024, 2, 29), D(2023, 11, 30)),
        (D(2023, 2, 28), D(2022, 11, 29)),
        (D(2023, 11, 30), D(2023, 8, 31)),  # 31 Aug in: D - 3 months = 30 Aug
    ],
)
def test_the_window_opens_the_day_after_as_of_minus_three_months(
    as_of: dt.date, first_in: dt.date
) -> None:
    """The window as of D holds filing days f with D - 3 months < f <= D (calendar months,
    day of month clipped to the month's end): a complaint on its first day counts, one the
    day before does not."""
    s = standing(_h(_c(first_in, 1)), as_of)
    assert s.window_from == first_in
    assert s.counts.complaints["submitted"] == 1
    before = standing(_h(_c(first_in - dt.timedelta(days=1), 1)), as_of)
    assert before.counts.complaints["submitted"] == 0


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(as_of=st.dates(D(2019, 1, 1), D(2030, 12, 31)))
@example(as_of=D(2023, 5, 31))
@example(as_of=D(2024, 2, 29))
def test_a_complaint_leaves_the_window_when_the_rule_says(as_of: dt.date) -> None:
    """A complaint filed on the window's first day counts; whatever the as-of day, the window
    spans between 89 and 92 days (three calendar months)."""
    s = standing(_h(_c(as_of, 1)), as_of)
    assert s.window_from is not None
    assert 89 <= (as_of - s.window_from).days + 1 <= 92
    first = standing(_h(_c(s.window_from, 1)), as_of)
    assert first.counts.complaints["submitted"] == 1
    out = standing(_h(_c(s.window_from - dt.timedelta(days=1), 1)), as_of)
    assert out.counts.complaints["submitted"] == 0


# ------------------------------------------------- rates exactly at the threshold


AS_OF = D(2023, 3, 31)  # version 2022
DAY = D(2023, 3, 1)


@pytest.mark.parametrize(
    ("taken", "rejected", "brief", "official"),
    [
        (909, 101, False, True),  # exactly 90.00%: "above 90%" fails, "90% or higher" passes
        (9001, 999, True, True),  # 90.01%
        (8999, 1001, False, False),  # 89.99%
        (2701, 300, True, True),  # 90.003%, shown 90.00%: passes "above 90%" (B18)
        (2700, 300, False, True),  # 90.00% exactly (B18: 2,700 under "90% or higher")
    ],
)
def test_the_takedown_rate_at_the_threshold_at_two_decimals(
    taken: int, rejected: int, brief: bool, official: bool
) -> None:
    """B21 "above 90%" against the official "90% or higher" (D1, R71), at 90.00%, 90.01%,
    89.99% and 90.003% (which two decimals show as 90.00%)."""
    per = [(taken // 101, rejected // 101)] * 101
    per[0] = (taken - taken // 101 * 100, rejected - rejected // 101 * 100)
    h = _h(*(_c(DAY, t, r) for t, r in per))
    for name, want in (("brief", brief), ("official", official)):
        c = standing(h, AS_OF, interpretation=name).criterion("takedown_rate")
        assert c.value == __import__("fractions").Fraction(taken, taken + rejected)
        assert c.met is want, name


@pytest.mark.parametrize(
    ("reinstated_every", "brief", "official"),
    [(20, False, True), (19, True, True), (21, False, False)],
)
def test_the_counter_notice_rate_at_five_percent(
    reinstated_every: int, brief: bool, official: bool
) -> None:
    """B21 "below 5%" against the official "<= 5%" (R70(c), D1): 101 complaints of 20
    listings with one reinstated in every ``reinstated_every`` th... complaint group: 5.00%
    exactly fails the brief and passes the official reading."""
    n = 2020  # listings submitted: 101 complaints of 20
    back = {20: 101, 19: 100, 21: 102}[reinstated_every]  # 5.00%, 4.95%, 5.05%
    groups = [_c(DAY, 20, 0, 1 if i < back % 101 or back >= 101 else 0) for i in range(101)]
    if back == 102:
        groups[0] = _c(DAY, 20, 0, 2)
    if back == 100:
        groups[100] = _c(DAY, 20, 0, 0)
    h = _h(*groups)
    for name, want in (("brief", brief), ("official", official)):
        c = standing(h, AS_OF, interpretation=name).criterion("counter_notice_rate")
        assert c.value == __import__("fractions").Fraction(back, n), name
        assert c.met is want, name


@pytest.mark.parametrize(
    ("rate", "brief_removes", "official_removes"),
    [((909, 101), True, False), ((908, 102), True, True)],
)
def test_a_member_exactly_at_90_percent_under_each_reading(
    rate: tuple[int, int], brief_removes: bool, official_removes: bool
) -> None:
    """B21 (the default): a member is an account that meets "above 90%" (membership
    automatic for qualified accounts from 2018), so at exactly 90.00% it is removed; R71
    (official): removed only *below* 90%, so at 90.00% it is kept. The brief's answer names
    the official reading, which differs (D1)."""
    taken, rejected = rate
    admitted = _c(D(2022, 12, 1), 10, n=101)  # a member from 2022-12-01
    worse = [(taken // 101, rejected // 101)] * 101
    worse[0] = (taken - taken // 101 * 100, rejected - rejected // 101 * 100)
    h = _h(admitted, *(_c(D(2023, 3, 10), t, r) for t, r in worse))
    as_of = D(2023, 6, 5)  # the 2022-12-01 complaints have left the window
    for name, removed in (("brief", brief_removes), ("official", official_removes)):
        s = standing(h, as_of, interpretation=name)
        assert s.member is not removed, name
        assert (s.locked_until is not None) is removed, name
    s = standing(h, as_of)  # the default is the brief
    assert ("official" in s.other_readings) is (brief_removes != official_removes)


def test_a_member_exactly_at_five_percent_counter_notices_under_each_reading() -> None:
    """B21 (the default): "below 5%": at exactly 5.00% the member is removed; R71
    (official): removed only *above* 5%: kept. The default names the official reading."""
    admitted = _c(D(2022, 12, 1), 10, n=101)
    h = _h(admitted, *(_c(D(2023, 3, 10), 20, 0, 1) for _ in range(101)))
    s = standing(h, D(2023, 6, 5))
    assert s.criterion("counter_notice_rate").value == __import__("fractions").Fraction(1, 20)
    assert not s.member and s.locked_until is not None
    assert "official" in s.other_readings
    kept = standing(h, D(2023, 6, 5), interpretation="official")
    assert kept.member and kept.locked_until is None


# ------------------------------------------------- minimum numbers of complaints


@pytest.mark.parametrize(
    ("complaints", "brief", "at_least", "official"),
    [(100, False, True, None), (101, True, True, None), (99, False, False, None)],
)
def test_the_volume_floor_at_one_hundred_complaints(
    complaints: int, brief: bool, at_least: bool, official: None
) -> None:
    """B21: "more than 100 complaints filed in the last three months" (one brief: "at least
    100"); the official texts state no floor (R77, D1): no volume criterion under them."""
    h = _h(_c(DAY, 10, n=complaints))
    assert standing(h, AS_OF).criterion("volume").met is brief
    assert standing(h, AS_OF, interpretation="brief-at-least-100").criterion("volume").met is (
        at_least
    )
    official_names = [c.name for c in standing(h, AS_OF, interpretation="official").criteria]
    assert "volume" not in official_names


def test_the_volume_counts_complaints_not_listings() -> None:
    """B21 counts complaints: one complaint of 300 listings is one, not 300."""
    h = _h(_c(DAY, 300), _c(DAY, 1, n=99))
    assert standing(h, AS_OF).criterion("volume").value == 100


# ------------------------------------------------------------ the lock-out's end day


@pytest.mark.parametrize(
    ("removed", "ends"),
    [
        (D(2023, 8, 31), D(2023, 11, 30)),  # 31 Nov clipped to 30 Nov
        (D(2023, 11, 30), D(2024, 2, 29)),  # leap year
        (D(2022, 11, 30), D(2023, 2, 28)),
        (D(2023, 1, 31), D(2023, 4, 30)),
        (D(2023, 10, 15), D(2024, 1, 15)),  # across the year end
    ],
)
def test_a_removal_lock_out_ends_three_calendar_months_later(
    removed: dt.date, ends: dt.date
) -> None:
    """R72: 3 months after an automatic removal (D3), day of month clipped; the account may
    rejoin on the end day (locked the day before, free on the day). The account is a member
    the day before (only a member is removed)."""
    admitted = AccountEvent(date=removed - dt.timedelta(days=1), kind=EventKind.ADMISSION)
    event = AccountEvent(date=removed, kind=EventKind.REMOVAL)
    h = _h(events=(admitted, event))
    assert standing(h, ends - dt.timedelta(days=1)).locked_until == ends
    assert standing(h, ends).locked_until is None


def test_a_2015_removal_locks_out_for_six_months() -> None:
    """R69, D3: six months under the 2015 criteria (31 Aug 2016 + 6 months = 28 Feb 2017)."""
    admitted = AccountEvent(date=D(2016, 8, 1), kind=EventKind.ADMISSION)  # a member (R72)
    h = _h(events=(admitted, AccountEvent(date=D(2016, 8, 31), kind=EventKind.REMOVAL)))
    assert standing(h, D(2017, 2, 27)).locked_until == D(2017, 2, 28)
    assert standing(h, D(2017, 2, 28)).locked_until is None


def test_a_removed_member_rejoins_automatically_on_the_lock_out_end_day() -> None:
    """R72 + R74: statistics that still qualify re-admit the account on the end day itself."""
    h = _h(
        _c(D(2023, 1, 2), 10, n=101),
        _c(D(2023, 3, 1), 10, n=101),
        events=(AccountEvent(date=D(2023, 1, 31), kind=EventKind.REMOVAL),),
    )
    t = timeline(h, D(2023, 1, 2), D(2023, 5, 31))
    assert [(c.date, c.change) for c in t.changes] == [
        (D(2023, 1, 2), "gained"),
        (D(2023, 1, 31), "lost"),
        (D(2023, 4, 30), "gained"),
    ]


# ------------------------------------------------------------ version boundaries


@pytest.mark.parametrize(
    ("day", "version", "window"),
    [
        (D(2018, 8, 14), "2015", 1),  # R70: effective for all from 15 Aug 2018
        (D(2018, 8, 15), "2018", 3),
        (D(2022, 4, 14), "2018", 3),  # R75: effective for all from 15 Apr 2022
        (D(2022, 4, 15), "2022", 3),
    ],
)
def test_the_criteria_change_on_their_effective_day(
    day: dt.date, version: str, window: int
) -> None:
    s = standing(_h(_c(day, 1)), day)
    assert (s.version, s.window_months) == (version, window)


def test_no_criteria_before_the_programme_opened() -> None:
    """R68: official launch 1 Apr 2015 (trial from 6 Jan 2015)."""
    h = _h(_c(D(2015, 3, 31), 1))
    assert standing(h, D(2015, 3, 31)).version is None
    assert standing(h, D(2015, 4, 1)).version == "2015"
    assert standing(h, D(2015, 1, 6), trial=True).version == "2015"


# ------------------------------------------------------------------ more edges


def test_a_members_withdrawal_lock_out_ends_on_the_clipped_day() -> None:
    """R73: 3 months after a member's voluntary withdrawal (31 Jan 2023: 30 Apr 2023)."""
    h = _h(
        _c(D(2023, 1, 2), 10, n=101),
        events=(AccountEvent(date=D(2023, 1, 31), kind=EventKind.WITHDRAWAL),),
    )
    assert standing(h, D(2023, 1, 30)).member
    assert standing(h, D(2023, 4, 29)).locked_until == D(2023, 4, 30)
    assert standing(h, D(2023, 4, 30)).locked_until is None


@pytest.mark.parametrize(
    ("as_of", "first_in"),
    [
        (D(2016, 3, 31), D(2016, 3, 1)),  # 2015 criteria: one month (R68, D1)
        (D(2016, 3, 30), D(2016, 3, 1)),  # 30 Feb clipped to 29 Feb 2016, out
        (D(2016, 3, 29), D(2016, 3, 1)),
        (D(2016, 3, 28), D(2016, 2, 29)),
    ],
)
def test_the_2015_window_of_one_month_at_month_ends(as_of: dt.date, first_in: dt.date) -> None:
    s = standing(_h(_c(first_in, 1)), as_of)
    assert (s.version, s.window_months, s.window_from) == ("2015", 1, first_in)
    assert s.counts.complaints["submitted"] == 1


@pytest.mark.parametrize(("back", "met"), [(15, True), (16, False)])
def test_the_2015_counter_notice_rate_at_one_and_a_half_percent(back: int, met: bool) -> None:
    """R68: "1.5% or lower": 15 of 1,000 listings passes, 16 fails."""
    groups = [_c(D(2016, 3, 1), 10, 0, 1 if i < back else 0) for i in range(100)]
    c = standing(_h(*groups), D(2016, 3, 31)).criterion("counter_notice_rate")
    assert c.met is met


def test_a_reason_code_exactly_at_90_percent_under_each_reading() -> None:
    """R75: from 2022 each reason code must pass. Under the brief (the default, "above 90%")
    a member whose one code sits at exactly 90.00% fails that code and is removed, naming
    official; under official (R71: removed only below 90%) it is kept."""
    admitted = _c(D(2022, 12, 1), 10, n=101)
    other = [
        Complaint(
            filed=D(2023, 3, 10),
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=10,
            taken_down=9,
            rejected=1,
        )
        for _ in range(10)
    ]
    h = _h(admitted, _c(D(2023, 3, 10), 10, n=101), other)
    s = standing(h, D(2023, 6, 5))
    assert not s.criterion("takedown_rate", "tm_counterfeit").met
    assert not s.member and s.locked_until is not None
    assert "official" in s.other_readings
    kept = standing(h, D(2023, 6, 5), interpretation="official")
    assert kept.member and kept.locked_until is None


@pytest.mark.parametrize(("trial", "per_code"), [(False, False), (True, True)])
def test_per_reason_code_from_the_trial_day_for_trial_accounts(trial: bool, per_code: bool) -> None:
    """R75: trial from 28 Dec 2021, effective for all from 15 Apr 2022: on 28 Dec 2021 a
    trial account's reason codes are assessed one by one, another account's are not."""
    h = _h(_c(D(2021, 12, 1), 10, n=101))
    s = standing(h, D(2021, 12, 28), trial=trial)
    assert bool(s.reason_codes) is per_code
