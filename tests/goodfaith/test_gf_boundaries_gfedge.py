"""The Good Faith rules at their boundaries, day by day, as a reader of the rule text would
test them (sweep gfedge): the rolling window's ends (R71 "over the past three months", R70(b)),
each criterion exactly at its threshold and one either side with its headroom and the fewest
successes needed (B21, D1, R71), the 2022-04-15 switch to per-reason-code criteria (R75), the
other effective dates of the criteria (R68, R70), lock-outs (R72, R73, D3) and the odd
histories (empty, only withdrawals, one reason code, rows after ``as_of``, rows before the
programme). Each row goes through :func:`standing`, and where it says something a timeline,
a what-if or the CLI can say too, through those (their answers must agree). Rows of
test_rule_text_gf23.py and test_gf_standing.py are not repeated here."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    EventKind,
    History,
    standing,
    timeline,
    what_if,
)

D = dt.date
DAY = dt.timedelta(days=1)
DECLARED = AccountEvent(date=D(2015, 1, 1), kind=EventKind.DECLARATION)


def _c(
    day: dt.date,
    taken: int,
    rejected: int = 0,
    reinstated: int = 0,
    n: int = 1,
    code: str = "tm_misuse",
    withdrawn: int = 0,
) -> list[Complaint]:
    """``n`` complaints filed on ``day`` on Taobao, each with these outcomes."""
    return [
        Complaint(
            filed=day,
            platform="taobao",
            reason_code=code,
            listings=taken + rejected + withdrawn,
            taken_down=taken,
            rejected=rejected,
            withdrawn=withdrawn,
            reinstated=reinstated,
        )
        for _ in range(n)
    ]


def _h(*groups: list[Complaint], events: tuple[AccountEvent, ...] = ()) -> History:
    return History.from_records([DECLARED, *events, *(c for g in groups for c in g)])


def _day(t: Any, day: dt.date) -> dict[str, Any]:
    """The timeline's record of ``day``."""
    (found,) = [r for r in t.to_records() if r["date"] == day]
    return found


def _csv(path: Path, rows: list[Complaint], events: tuple[AccountEvent, ...] = ()) -> str:
    """``rows`` and ``events`` (after the declaration) as a history CSV."""
    head = "type,date,platform,reason_code,listings,taken_down,rejected,withdrawn,reinstated"
    lines = [head, "declaration,2015-01-01,,,,,,,"]
    lines += [f"{e.kind.value},{e.date},,,,,,," for e in events]
    lines += [
        f"complaint,{c.filed},{c.platform},{c.reason_code},{c.listings},{c.taken_down},"
        f"{c.rejected},{c.withdrawn},{c.reinstated}"
        for c in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _json(capsys: Any, argv: list[str]) -> tuple[int, dict[str, Any]]:
    code = main([*argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


# ------------------------------------------------------------ the rolling window's ends

WINDOW_ROWS = [
    # (as_of, filed, counted): D - 3 months < filed <= D, day of month clipped (R71, R70(b))
    pytest.param(D(2026, 5, 31), D(2026, 2, 28), False, id="31May-28Feb-out"),
    pytest.param(D(2026, 5, 31), D(2026, 3, 1), True, id="31May-1Mar-in"),
    pytest.param(D(2028, 5, 31), D(2028, 2, 29), False, id="leap-31May-29Feb-out"),
    pytest.param(D(2028, 5, 29), D(2028, 2, 29), False, id="leap-29May-29Feb-exactly-3m-out"),
    pytest.param(D(2028, 5, 28), D(2028, 2, 29), True, id="leap-28May-29Feb-in"),
    pytest.param(D(2028, 5, 28), D(2028, 2, 28), False, id="leap-28May-28Feb-exactly-3m-out"),
    pytest.param(D(2026, 6, 15), D(2026, 3, 15), False, id="exactly-3-months-before-out"),
    pytest.param(D(2026, 6, 15), D(2026, 3, 16), True, id="the-day-after-in"),
    pytest.param(D(2026, 6, 15), D(2026, 6, 15), True, id="on-as-of-in"),
    pytest.param(D(2026, 6, 15), D(2026, 6, 16), False, id="the-day-after-as-of-out"),
]


@pytest.mark.parametrize(("as_of", "filed", "counted"), WINDOW_ROWS)
def test_the_window_through_standing_timeline_and_what_if(
    as_of: dt.date, filed: dt.date, counted: bool
) -> None:
    """One complaint filed on ``filed`` is in the window as of ``as_of`` or not, and the
    standing, the timeline's day and a what-if that plans it agree."""
    h = _h(_c(filed, 1))
    s = standing(h, as_of)
    assert s.counts.complaints["submitted"] == int(counted)
    t = timeline(h, as_of - DAY, as_of)
    assert _day(t, as_of)["volume"] == int(counted)
    plan = what_if(_h(), _c(filed, 1), as_of)
    assert plan.after.counts.complaints["submitted"] == int(counted)
    assert plan.added == 1


def test_the_window_through_the_cli(tmp_path: Path, capsys: Any) -> None:
    """``ipprules good-faith --as-of`` counts the same complaints: 2026-05-31 counts 1 March
    and not 28 February."""
    path = _csv(tmp_path / "h.csv", [*_c(D(2026, 2, 28), 1), *_c(D(2026, 3, 1), 2)])
    _, out = _json(capsys, ["good-faith", path, "--as-of", "2026-05-31"])
    assert out["window_from"] == "2026-03-01"
    assert out["counts"]["listings"]["submitted"] == 2


# ------------------------------------------------------ rows dated after the as-of date


def test_rows_after_as_of_are_not_counted_and_the_standing_says_so() -> None:
    """A standing on ``as_of`` counts the window ending on it; the complaints and events the
    history holds after it are not counted (the standing is the same as without them) and a
    note accounts for them, so that no record goes unmentioned."""
    base = _c(D(2023, 3, 1), 10, n=101)
    later = _c(D(2023, 4, 1), 0, 10, n=3)
    withdrawal = AccountEvent(date=D(2023, 4, 2), kind=EventKind.WITHDRAWAL)
    with_later = standing(_h(base, later, events=(withdrawal,)), D(2023, 3, 31))
    without = standing(_h(base), D(2023, 3, 31))
    assert with_later.criteria == without.criteria
    assert (with_later.qualifies, with_later.member) == (without.qualifies, without.member)
    (note,) = [n for n in with_later.notes if "after the as-of date" in n]
    assert "3 complaint(s) and 1 account event(s)" in note
    assert "from 2023-04-01 to 2023-04-02" in note
    assert not any("after the as-of date" in n for n in without.notes)
    assert not any("after the as-of date" in n for n in standing(_h(base), D(2023, 3, 1)).notes)


def test_rows_after_as_of_are_noted_in_the_cli_and_the_what_if(tmp_path: Path, capsys: Any) -> None:
    path = _csv(tmp_path / "h.csv", [*_c(D(2023, 3, 1), 10, n=101), *_c(D(2023, 4, 1), 1)])
    code, out = _json(capsys, ["good-faith", path, "--as-of", "2023-03-31"])
    assert code == 0
    assert any(
        "1 complaint(s) dated after the as-of date (on 2023-04-01)" in n for n in out["notes"]
    )
    h = _h(_c(D(2023, 3, 1), 10, n=101), _c(D(2023, 4, 1), 1))
    plan = what_if(h, _c(D(2023, 3, 31), 10), D(2023, 3, 31))
    assert any("after the as-of date" in n for n in plan.before.notes)
    assert any("after the as-of date" in n for n in plan.after.notes)


# ------------------------------------------ each rate at its threshold, with its headroom

TAKEDOWN_ROWS = [
    # (interpretation, taken of 100 rejected, met, headroom, needed)
    # brief (B21) "above 90%": t/(t+100) > 9/10 <=> t > 900; headroom k: t > 9(100+k)
    pytest.param("brief", 901, True, 0, 0, id="brief-just-above-headroom-0"),
    pytest.param("brief", 909, True, 0, 0, id="brief-909-still-headroom-0"),
    pytest.param("brief", 910, True, 1, 0, id="brief-headroom-exactly-1"),
    pytest.param("brief", 900, False, 0, 1, id="brief-at-90-needs-1"),
    pytest.param("brief", 899, False, 0, 2, id="brief-below-needs-2"),
    # official (R71, D1) "90% or higher": t >= 900; headroom k: t >= 9(100+k)
    pytest.param("official", 900, True, 0, 0, id="official-at-90-headroom-0"),
    pytest.param("official", 908, True, 0, 0, id="official-908-headroom-0"),
    pytest.param("official", 909, True, 1, 0, id="official-headroom-exactly-1"),
    pytest.param("official", 899, False, 0, 1, id="official-below-needs-1"),
]


@pytest.mark.parametrize(("reading", "taken", "met", "room", "needed"), TAKEDOWN_ROWS)
def test_the_takedown_rate_at_its_threshold_with_headroom_and_path(
    reading: str, taken: int, met: bool, room: int, needed: int
) -> None:
    """Headroom: the most further failed takedowns with the criterion still met (0 at the
    last passing value, 1 one failure further out); needed: the fewest further successful
    takedowns that make it pass (0 when it is met). One reason code: the path and the
    account's headroom are the criterion's."""
    h = _h(_c(D(2023, 3, 1), taken - 100, 100), _c(D(2023, 3, 2), 1, n=100))
    s = standing(h, D(2023, 3, 31), interpretation=reading)
    c = s.criterion("takedown_rate")
    assert c.value == Fraction(taken, taken + 100)
    assert (c.met, c.headroom, c.needed) == (met, room, needed)
    assert s.headroom.failures == room
    assert s.path.successes == needed
    assert s.qualifies is met
    # the headroom is exact: one failure more than it turns the criterion
    worse = _h(_c(D(2023, 3, 1), taken - 100, 100 + room + 1), _c(D(2023, 3, 2), 1, n=100))
    if met:
        assert not standing(worse, D(2023, 3, 31), interpretation=reading).qualifies
    # and the successes needed are enough, one fewer is not
    if needed:
        better = _h(_c(D(2023, 3, 1), taken - 100 + needed, 100), _c(D(2023, 3, 2), 1, n=100))
        assert standing(better, D(2023, 3, 31), interpretation=reading).qualifies


COUNTER_ROWS = [
    # (interpretation, reinstated of 2,020 submitted, met, headroom, needed)
    # brief (B21) "below 5%": 20 r < 2020 <=> r <= 100; headroom k: 20 (r + k) < 2020
    pytest.param("brief", 100, True, 0, 0, id="brief-4.95-headroom-0"),
    pytest.param("brief", 99, True, 1, 0, id="brief-headroom-exactly-1"),
    pytest.param("brief", 101, False, 0, 1, id="brief-at-5-needs-1"),
    pytest.param("brief", 102, False, 0, 21, id="brief-above-needs-21"),
    # official (R71) "above 5%" removes: 20 r <= 2020 <=> r <= 101
    pytest.param("official", 101, True, 0, 0, id="official-at-5-headroom-0"),
    pytest.param("official", 100, True, 1, 0, id="official-headroom-exactly-1"),
    pytest.param("official", 102, False, 0, 20, id="official-above-needs-20"),
]


@pytest.mark.parametrize(("reading", "back", "met", "room", "needed"), COUNTER_ROWS)
def test_the_counter_notice_rate_at_its_threshold_with_headroom_and_path(
    reading: str, back: int, met: bool, room: int, needed: int
) -> None:
    """101 complaints of 20 listings, all taken down, ``back`` of them reinstated: the
    counter-notice rate's headroom is the most further upheld counter-notices with it met,
    and the successes needed the fewest further successful takedowns (each adds a listing
    submitted) that bring it back under the threshold."""
    groups = [_c(D(2023, 3, 1), 20, 0, 1, n=min(back, 101))]
    groups += [_c(D(2023, 3, 1), 20, n=101 - min(back, 101))]
    if back > 101:
        groups[0] = _c(D(2023, 3, 1), 20, 0, 1, n=100)
        groups.append(_c(D(2023, 3, 1), 20, 0, back - 100))
    s = standing(_h(*groups), D(2023, 3, 31), interpretation=reading)
    c = s.criterion("counter_notice_rate")
    assert c.value == Fraction(back, 2020)
    assert (c.met, c.headroom, c.needed) == (met, room, needed)


# ------------------------------------------------ 2022-04-15: per-reason-code criteria


def _two_codes(filed: dt.date) -> History:
    """A member since 2022-02-01 whose tm_misuse complaints pass and whose tm_counterfeit
    complaints (filed on ``filed``) are at 80%: the account as a whole is at 98.2%."""
    return _h(
        _c(D(2022, 2, 1), 10, n=101),
        _c(filed, 8, 2, n=10, code="tm_counterfeit"),
    )


@pytest.mark.parametrize(
    ("filed", "as_of", "per_code", "qualifies"),
    [
        pytest.param(D(2022, 4, 14), D(2022, 4, 14), False, True, id="row-and-as-of-before"),
        pytest.param(D(2022, 4, 14), D(2022, 4, 15), True, False, id="row-before-as-of-on"),
        pytest.param(D(2022, 4, 15), D(2022, 4, 15), True, False, id="row-and-as-of-on"),
        pytest.param(D(2022, 4, 16), D(2022, 4, 16), True, False, id="row-and-as-of-after"),
    ],
)
def test_the_switch_to_per_reason_code_criteria(
    filed: dt.date, as_of: dt.date, per_code: bool, qualifies: bool
) -> None:
    """R75 (effective for all from 15 Apr 2022), D1: the per-reason-code test applies to
    standings on or after that day, over the whole window (rows filed the day before count in
    their code as the later ones do); the day before, only the account's rates count."""
    s = standing(_two_codes(filed), as_of)
    assert s.version == ("2022" if per_code else "2018")
    assert bool(s.reason_codes) is per_code
    assert s.qualifies is qualifies
    if per_code:
        code = s.criterion("takedown_rate", "tm_counterfeit")
        assert code.value == Fraction(4, 5) and not code.met
        assert s.criterion("takedown_rate").met  # the account as a whole passes


def test_a_member_is_removed_on_the_day_per_reason_code_criteria_start() -> None:
    """R75 "for admitted accounts ... every single reason code must meet the admission
    conditions", R71: a member with a failing reason code is kept on 2022-04-14 and removed
    on 2022-04-15, locked out for 3 months (R72: until 2022-07-15)."""
    h = _two_codes(D(2022, 4, 1))
    t = timeline(h, D(2022, 4, 10), D(2022, 4, 20))
    assert [(c.date, c.change) for c in t.changes] == [(D(2022, 4, 15), "lost")]
    assert _day(t, D(2022, 4, 14))["member"] and not _day(t, D(2022, 4, 15))["member"]
    s = standing(h, D(2022, 4, 15))
    assert not s.member and s.locked_until == D(2022, 7, 15)


# --------------------------------------------- the other effective dates of the criteria


@pytest.mark.parametrize(
    ("as_of", "trial", "version", "met"),
    [
        # 3% reinstated: fails 2015's "1.5% or lower" (R68), passes 2018's "<= 5%" (R70(c))
        pytest.param(D(2018, 8, 14), False, "2015", False, id="2015-criteria-the-day-before"),
        pytest.param(D(2018, 8, 15), False, "2018", True, id="2018-criteria-on-the-day"),
        pytest.param(D(2018, 4, 14), True, "2015", False, id="trial-the-day-before"),
        pytest.param(D(2018, 4, 15), True, "2018", True, id="trial-on-the-day"),
    ],
)
def test_the_counter_notice_limit_changes_on_the_2018_dates(
    as_of: dt.date, trial: bool, version: str, met: bool
) -> None:
    """R70: trial from 15 Apr 2018, effective for all from 15 Aug 2018; the allowed rate
    rose from 1.5% to 5%, the window from 1 to 3 months."""
    h = _h(_c(as_of - 5 * DAY, 100, 0, 3))
    s = standing(h, as_of, trial=trial)
    assert s.version == version
    assert s.criterion("counter_notice_rate").value == Fraction(3, 100)
    assert s.criterion("counter_notice_rate").met is met


@pytest.mark.parametrize(
    ("as_of", "counted"),
    [
        pytest.param(D(2018, 8, 14), False, id="1-month-window-the-day-before"),
        pytest.param(D(2018, 8, 15), True, id="3-month-window-on-the-day"),
    ],
)
def test_the_window_grows_to_three_months_on_2018_08_15(as_of: dt.date, counted: bool) -> None:
    """R70(b): the assessment period grew from 1 month to 3 months: a complaint of 1 June
    2018 is out of the window of 14 August (from 15 July) and in that of 15 August (from 16
    May)."""
    s = standing(_h(_c(D(2018, 6, 1), 1)), as_of)
    assert s.counts.complaints["submitted"] == int(counted)


@pytest.mark.parametrize(
    ("removed", "ends"),
    [
        pytest.param(D(2018, 8, 14), D(2019, 2, 14), id="2015-criteria-6-months"),
        pytest.param(D(2018, 8, 15), D(2018, 11, 15), id="2018-criteria-3-months"),
    ],
)
def test_the_lock_out_length_is_that_of_the_criteria_in_force_on_its_first_day(
    removed: dt.date, ends: dt.date
) -> None:
    """D3, R70(d): 6 months under the 2015 criteria, 3 from 2018-08-15; a lock-out begun the
    day before keeps its 6 months and the standing names the end the 3 months would give."""
    h = _h(
        events=(
            AccountEvent(date=D(2018, 8, 1), kind=EventKind.ADMISSION),
            AccountEvent(date=removed, kind=EventKind.REMOVAL),
        )
    )
    s = standing(h, removed)
    assert not s.member and s.locked_until == ends
    assert standing(h, ends - DAY).locked_until == ends
    assert standing(h, ends).locked_until is None
    if ends == D(2019, 2, 14):
        assert any("2018-11-14" in n for n in standing(h, D(2018, 9, 1)).notes)


@pytest.mark.parametrize(
    ("as_of", "trial", "version"),
    [
        pytest.param(D(2015, 1, 6), True, "2015", id="2015-trial-day"),
        pytest.param(D(2015, 1, 6), False, None, id="2015-trial-day-not-in-trial"),
        pytest.param(D(2015, 3, 31), True, "2015", id="launch-eve-in-trial"),
        pytest.param(D(2015, 4, 1), False, "2015", id="launch-day"),
        pytest.param(D(2021, 12, 28), (2018,), "2018", id="2021-trial-day-only-2018-trial"),
        pytest.param(D(2021, 12, 28), (2021,), "2022", id="2021-trial-day-in-that-trial"),
    ],
)
def test_the_programme_and_trial_dates(
    as_of: dt.date, trial: bool | tuple[int, ...], version: str | None
) -> None:
    """R68 (trial from 6 Jan 2015, launch 1 Apr 2015), R75 (trial from 28 Dec 2021): a
    trial applies to an account in that trial only; before the programme applies there is no
    criterion and the standing says when it starts."""
    s = standing(_h(_c(as_of, 10)), as_of, trial=trial)
    assert s.version == version
    if version is None:
        assert not s.criteria and not s.qualifies
        assert any("2015-04-01" in n for n in s.notes)


# ----------------------------------------------------------------- lock-outs, day by day


@pytest.mark.parametrize("kind", [EventKind.REMOVAL, EventKind.WITHDRAWAL])
def test_a_lock_out_on_its_first_day_its_last_day_and_the_day_after(
    kind: EventKind, tmp_path: Path, capsys: Any
) -> None:
    """R72 (removal), R73 (withdrawal): a member that leaves on 2023-11-30 is locked out
    that day through 2024-02-28 (3 months, clipped: 29 Feb 2024 is the end day) and
    qualifies again on 2024-02-29, statistics permitting (R74: automatically readmitted).
    The standing, the path, the timeline, a what-if and the CLI's exit code agree."""
    good = [
        *_c(D(2023, 11, 1), 10, n=101),
        *_c(D(2023, 12, 20), 10, n=101),
        *_c(D(2024, 2, 1), 10, n=101),
    ]
    event = AccountEvent(date=D(2023, 11, 30), kind=kind)
    h = _h(good, events=(event,))
    end = D(2024, 2, 29)
    expected = {
        D(2023, 11, 29): (True, None),
        D(2023, 11, 30): (False, end),
        end - DAY: (False, end),
        end: (True, None),
        end + DAY: (True, None),
    }
    for day, (member, locked) in expected.items():
        s = standing(h, day)
        assert (s.member, s.locked_until, s.path.locked_until) == (member, locked, locked), day
        assert s.qualifies  # the statistics meet every criterion throughout
    t = timeline(h, D(2023, 11, 29), end + DAY)
    assert [(c.date, c.change) for c in t.changes] == [(D(2023, 11, 30), "lost"), (end, "gained")]
    assert what_if(h, _c(end - DAY, 10), end - DAY).after.locked_until == end
    assert what_if(h, _c(end, 10), end).after.member
    path = _csv(tmp_path / "h.csv", good, events=(event,))
    assert main(["good-faith", path, "--as-of", str(end - DAY)]) == 1  # locked out
    assert "locked out until 2024-02-29" in capsys.readouterr().out
    assert main(["good-faith", path, "--as-of", str(end)]) == 0


# ---------------------------------------- the day old failures leave the window (month ends)


@pytest.mark.parametrize(
    ("failed", "clears"),
    [
        # the first day D with D - 3 months >= failed (day of month clipped)
        pytest.param(D(2022, 11, 30), D(2023, 3, 1), id="30Nov-clears-1Mar-not-28Feb"),
        pytest.param(D(2023, 11, 30), D(2024, 3, 1), id="30Nov-leap-clears-1Mar"),
        pytest.param(D(2023, 11, 29), D(2024, 2, 29), id="29Nov-leap-clears-29Feb"),
        pytest.param(D(2023, 5, 31), D(2023, 8, 31), id="31May-clears-31Aug"),
        pytest.param(D(2023, 8, 31), D(2023, 12, 1), id="31Aug-clears-1Dec"),
    ],
)
def test_the_day_old_failures_leave_the_window(failed: dt.date, clears: dt.date) -> None:
    """A failing complaint (10 rejected) leaves the window on ``clears``; the good complaint
    filed the day before ``clears`` - 1 stays. ``failures_clear_on`` and ``rates_pass_on``
    name that day, and the timeline's takedown rate turns on it (official reading: no volume
    floor)."""
    h = _h(_c(failed, 0, 10), _c(clears - 2 * DAY, 50))
    s = standing(h, clears - DAY, interpretation="official")
    assert not s.criterion("takedown_rate").met
    assert s.path.failures_clear_on == clears
    assert s.path.rates_pass_on == clears
    t = timeline(h, clears - DAY, clears, interpretation="official")
    assert _day(t, clears - DAY)["takedown_rate"] == Fraction(5, 6)
    assert _day(t, clears)["takedown_rate"] == 1


# ------------------------------------------------------------------------ odd histories


@pytest.mark.parametrize(
    ("reading", "volume"),
    [("brief", 101), ("brief-at-least-100", 100), ("official", 0)],
)
def test_an_empty_history(reading: str, volume: int) -> None:
    """An account that has filed nothing: no rate to admit on (1 successful takedown makes
    both rates defined and passing), the volume floor's complaints under the readings that
    have one (B21 "more than 100"; "at least 100"; none officially, R77), and a note."""
    s = standing(History.from_records([]), D(2023, 3, 31), interpretation=reading)
    assert not s.qualifies and not s.member
    assert s.criterion("takedown_rate").value is None
    assert (s.path.successes, s.path.volume) == (1, volume)
    assert any("holds no records" in n for n in s.notes)
    assert timeline(History.from_records([]), D(2023, 1, 1), D(2023, 3, 31)).changes == ()


def test_a_history_of_only_withdrawn_complaints() -> None:
    """Withdrawn listings are not decided (R56: the listing stays online because the
    complainant withdrew): the takedown rate has nothing to count and fails for the account;
    how withdrawn complaints count is not documented (R91), and the notes say what the other
    counts would give."""
    s = standing(_h(_c(D(2023, 3, 1), 0, withdrawn=5, n=101)), D(2023, 3, 31))
    assert s.criterion("takedown_rate").value is None and not s.criterion("takedown_rate").met
    assert s.criterion("volume").value == 101 and s.criterion("volume").met
    assert not s.qualifies and s.path.successes == 1
    assert any("R91" in n and "withdrawn" in n for n in s.notes)


def test_a_history_of_one_reason_code_is_judged_as_the_account() -> None:
    """From 2022 every reason code must pass (R75); with one reason code its figures are the
    account's: the code fails with the account, and the path to qualify counts the one
    success needed once, not once for the account and once more for the code."""
    h = _h(_c(D(2023, 3, 1), 9, 1, n=101))  # exactly 90%: fails "above 90%"
    s = standing(h, D(2023, 3, 31))
    assert s.version == "2022"
    (code,) = s.reason_codes
    assert code.reason_code == "tm_misuse" and not code.met and code.successes_needed == 1
    assert not s.qualifies and s.path.successes == 1
    assert standing(h, D(2023, 3, 31), interpretation="official").qualifies


def test_complaints_filed_before_the_launch_count_in_the_first_window() -> None:
    """R68: the programme launched on 1 Apr 2015 (R90: the rates were shown from January
    2015); a standing on 10 Apr 2015 counts the month from 11 Mar, launch eve included, and
    says so: whether the first assessments counted complaints filed before the launch is
    not documented. For an account in the trial (open from 6 Jan 2015) they were filed in
    the programme: no such note. The 2015 criteria need an admission event (R70(a)): no
    member without one, and a note."""
    h = _h(_c(D(2015, 3, 20), 10, n=5), _c(D(2015, 4, 2), 10, n=2))
    s = standing(h, D(2015, 4, 10))
    assert (s.version, s.window_from) == ("2015", D(2015, 3, 11))
    assert s.counts.complaints["submitted"] == 7
    assert s.qualifies and not s.member
    assert any("admission is not automatic" in n for n in s.notes)
    (note,) = [n for n in s.notes if "before the programme opened" in n]
    assert note.startswith("5 complaint(s)") and "2015-04-01" in note
    assert "not documented" in note and "R90" in note
    trial = standing(h, D(2015, 4, 10), trial=True)
    assert not any("before the programme opened" in n for n in trial.notes)
    later = standing(h, D(2015, 4, 20))  # the window opens on 21 Mar: the 20 Mar rows left it
    assert not any("before the programme opened" in n for n in later.notes)


# ------------------------------------------------------------- abuse findings' boundaries


@pytest.mark.parametrize(
    ("found", "lock_end", "clears"),
    [
        pytest.param(D(2023, 5, 31), D(2023, 8, 31), D(2023, 8, 31), id="31May"),
        pytest.param(D(2023, 11, 29), D(2024, 2, 29), D(2024, 2, 29), id="29Nov-leap"),
        # the lock-out ends on D + 3 months clipped (R72), the finding leaves the window on
        # the first day whose window opens after it (R71): a day apart at these month ends
        pytest.param(D(2023, 11, 30), D(2024, 2, 29), D(2024, 3, 1), id="30Nov-leap"),
        pytest.param(D(2023, 8, 31), D(2023, 11, 30), D(2023, 12, 1), id="31Aug"),
    ],
)
def test_an_abuse_finding_against_a_member_day_by_day(
    found: dt.date, lock_end: dt.date, clears: dt.date
) -> None:
    """A member with an abuse finding is removed that day and locked out for 3 months (R72,
    R82); under ``official`` the finding bars admission while it is in the window (R82) and
    ``abuse_clears_on`` is the day it leaves it; under the brief (B21: "no record of abusive
    complaints") it bars admission for good: no number of complaints admits the account, and
    the answer names the reading under which it could qualify."""
    h = _h(
        _c(found - DAY, 10, n=101),
        _c(found + 60 * DAY, 10, n=101),
        events=(AccountEvent(date=found, kind=EventKind.ABUSE),),
    )
    s = standing(h, found, interpretation="official")
    assert not s.member and s.locked_until == lock_end
    assert s.path.abuse_clears_on == clears
    assert not standing(h, clears - DAY, interpretation="official").criterion("no_abuse").met
    assert standing(h, clears, interpretation="official").criterion("no_abuse").met
    brief = standing(h, found + 10 * DAY)
    assert brief.path.abuse_bar == found and brief.path.successes is None
    assert brief.path.qualify_under == ("official",)


def test_a_reason_codes_counter_notice_rate_at_exactly_five_percent() -> None:
    """R75 with D1: a reason code at exactly 5.00% successful counter-notices fails the
    brief's "below 5%" and passes the official "5% or lower"; each answer names the other."""
    h = _h(_c(D(2023, 3, 10), 10, n=101), _c(D(2023, 3, 10), 20, 0, 1, n=10, code="tm_counterfeit"))
    brief = standing(h, D(2023, 3, 31))
    code = brief.criterion("counter_notice_rate", "tm_counterfeit")
    assert code.value == Fraction(1, 20)
    assert (code.met, code.headroom, code.needed) == (False, 0, 1)
    assert not brief.qualifies and brief.other_readings == ("official",)
    official = standing(h, D(2023, 3, 31), interpretation="official")
    code = official.criterion("counter_notice_rate", "tm_counterfeit")
    assert (code.met, code.headroom, code.needed) == (True, 0, 0)
    assert official.qualifies and "brief" in official.other_readings
