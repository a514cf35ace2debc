"""gf25: what the rates do next with nothing more filed, and the lock-out said plainly.

- ``PathToQualify.rates_outlook`` tells apart the two ``None`` of ``rates_pass_on``: the rates
  pass now (``"pass"``) or, failing now, pass on no later day (``"never"``).
- ``PathToQualify.rates_fail_on``: rates that pass now fail on a later day with nothing more
  filed, because the successes leave the window (R71: "over the past three months") before
  the failures filed after them; a note gives that day while something is left to count.
- A timeline's membership changes carry gf24's note on the next criteria (R75, 2022-04-15).
- During a lock-out every criterion can be met (``qualifies``), yet the account cannot rejoin
  (R72: "even if the next month's statistics qualify"): the notes say so on every surface.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing, timeline
from ipprules.scale import standing_row

D = dt.date
DAY = dt.timedelta(days=1)
DECLARED = AccountEvent(date=D(2015, 1, 6), kind=EventKind.DECLARATION)
AS_OF = D(2023, 3, 31)


def _c(day: dt.date, taken: int, rejected: int = 0, code: str = "tm_misuse") -> Complaint:
    return Complaint(
        filed=day,
        platform="taobao",
        reason_code=code,
        listings=taken + rejected,
        taken_down=taken,
        rejected=rejected,
    )


def _h(*items: Any) -> History:
    return History.from_records([DECLARED, *items])


def _rates_ok(s: Any) -> bool:
    """Every rate criterion met, for the account and each reason code (R71, R75)."""
    rates = [c for c in s.criteria if c.name in ("takedown_rate", "counter_notice_rate")]
    rates += [c for rc in s.reason_codes for c in rc.criteria]
    return bool(rates) and all(c.met for c in rates)


# Worked by hand: the window on day X is (X - 3 months, X] (R71, 2022 criteria). Items filed
# on 2023-01-05 leave it on 2023-04-05 (its window opens after 2023-01-05).
OLD, NEW, OUT = D(2023, 1, 5), D(2023, 3, 1), D(2023, 4, 5)


@pytest.mark.parametrize(
    ("case", "records", "outlook", "pass_on", "fail_on"),
    [
        # 100 successes, then 20 successes and 8 failures: 120/128 = 93.75% > 90% now; the 100
        # leave on 2023-04-05 and 20/28 = 71% fails: pass now, fail on that day
        ("pass", [_c(OLD, 100), _c(NEW, 20, 8)], "pass", None, OUT),
        # 10 old failures, 50 new successes: 50/60 fails now, 50/50 passes once they leave
        ("pass later", [_c(OLD, 0, 10), _c(NEW, 50)], "pass_later", OUT, None),
        # 50 old successes, 10 new failures: 50/60 fails now and 0/10 after: never passes
        ("never", [_c(OLD, 50), _c(NEW, 0, 10)], "never", None, None),
    ],
)
def test_the_outlook_tells_the_two_nones_apart(
    case: str,
    records: list[Complaint],
    outlook: str,
    pass_on: dt.date | None,
    fail_on: dt.date | None,
) -> None:
    s = standing(_h(*records), AS_OF)
    p = s.path
    assert (p.rates_outlook, p.rates_pass_on, p.rates_fail_on) == (outlook, pass_on, fail_on)
    assert _rates_ok(s) is (outlook == "pass"), case
    data = json.loads(json.dumps(s.to_dict(), default=str))["path"]
    assert data["rates_outlook"] == outlook
    assert data["rates_fail_on"] == (None if fail_on is None else fail_on.isoformat())
    row = standing_row("acme", s, len(records))
    assert (row["rates_outlook"], row["rates_fail_on"]) == (outlook, fail_on)
    never = "with nothing more filed, the rates pass on no later day"
    assert (never in s.text()) is (outlook == "never"), case


def test_before_the_programme_there_is_no_outlook() -> None:
    s = standing(_h(_c(D(2015, 1, 7), 5)), D(2015, 3, 1))
    assert s.version is None
    assert (s.path.rates_outlook, s.path.rates_fail_on) == (None, None)


def test_the_day_successes_age_out_is_noted() -> None:
    """The passing case above: the note names the last passing day and the day it fails,
    and how many counted listings leave (100, all successes)."""
    s = standing(_h(_c(OLD, 100), _c(NEW, 20, 8)), AS_OF)
    (note,) = [n for n in s.notes if n.startswith("with nothing more filed, the rates pass")]
    assert "pass until 2023-04-04 and fail on 2023-04-05" in note
    assert "100 listing(s) counted in the takedown rate, 100 of them successful" in note
    assert f"note: {note}" in s.text()
    # when the window merely empties (nothing left to count), the date is given, no note
    alone = standing(_h(_c(OLD, 100)), AS_OF)
    assert alone.path.rates_fail_on == OUT
    assert not [n for n in alone.notes if n.startswith("with nothing more filed")]


#: as-of dates around the criteria changes (R70's window on 2018-08-15, R75 on 2022-04-15)
EDGES = st.sampled_from([D(2018, 7, 1), D(2018, 8, 1), D(2022, 3, 1), D(2022, 4, 1), AS_OF])
#: a small history: (days before as_of, taken down, rejected, reason code), mostly passing
FILED = st.tuples(st.integers(0, 80), st.integers(1, 30), st.integers(0, 2), st.booleans()).map(
    lambda t: (*t[:3], "tm_counterfeit" if t[3] else "tm_misuse")
)


@pytest.mark.no_cover
@settings(max_examples=15, deadline=None, derandomize=True)
@given(EDGES, st.lists(FILED, min_size=1, max_size=6), st.sampled_from(["brief", "official"]))
def test_rates_fail_on_is_the_first_day_the_rates_fail(
    as_of: dt.date, rows: list[tuple[int, int, int, str]], reading: str
) -> None:
    """Brute force: day by day with nothing more filed, the first day whose own standing
    (under the criteria in force that day) fails a rate is ``rates_fail_on``."""
    h = _h(*(_c(as_of - back * DAY, td, rj, code) for back, td, rj, code in rows))
    s = standing(h, as_of, interpretation=reading)
    if not _rates_ok(s):
        assert s.path.rates_fail_on is None
        assert s.path.rates_outlook == ("never" if s.path.rates_pass_on is None else "pass_later")
        return
    assert s.path.rates_outlook == "pass"
    first = next(
        day
        for day in (as_of + n * DAY for n in range(1, 200))
        if not _rates_ok(standing(h, day, interpretation=reading))
    )
    assert s.path.rates_fail_on == first
    # a note gives the day, unless nothing is left to count then or gf24's note on the next
    # criteria already names it
    noted = [n for n in s.notes if n.startswith("with nothing more filed, the rates pass")]
    rate = standing(h, first, interpretation=reading).criterion("takedown_rate")
    named = any(f"criteria take effect on {first} (" in n for n in s.notes)
    assert bool(noted) is (bool(rate.denominator) and not named)
    assert all(f"and fail on {first}" in n for n in noted)


def test_a_timeline_change_carries_the_next_criteria_note() -> None:
    """R75/R49: an account admitted on 2022-04-11 under the 2018 criteria, whose failing
    reason code ('cr_copied_content', 0/5) fails it on 2022-04-15 with nothing more filed:
    the admission's notes say so, as that day's standing does."""
    bad = [_c(D(2022, 4, 1), 0, 1, code="cr_copied_content") for _ in range(5)]
    good = [_c(D(2022, 4, 1) + i * DAY, 10) for i in range(1, 11) for _ in range(10)]
    h = _h(*bad, *good)
    t = timeline(h, D(2022, 4, 1), D(2022, 4, 14))
    (gained,) = [c for c in t.changes if c.change == "gained"]
    ahead = [n for n in gained.notes if "criteria take effect on 2022-04-15" in n]
    assert ahead and "'cr_copied_content'" in ahead[0]
    assert ahead[0] in standing(h, gained.date).notes


LOCKED = "the statistics qualify (every criterion is met) but the account cannot rejoin until"


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("kind", "rule"), [(EventKind.REMOVAL, "R72"), (EventKind.WITHDRAWAL, "R73")]
)
def test_a_lock_out_says_the_statistics_qualify_but_the_account_cannot_rejoin(
    kind: EventKind, rule: str
) -> None:
    """R72/R73: removed (or withdrawn) on 2023-05-10, locked out until 2023-08-10 while every
    criterion is met: ``qualifies`` stays True (the statistics), and the notes, the JSON, the
    text and the timeline's change notes say the account cannot rejoin until then."""
    good = [_c(D(2022, 6, 1) + i * DAY, 10) for i in range(420) for _ in range(2)]
    h = _h(AccountEvent(date=D(2023, 5, 10), kind=kind), *good)
    s = standing(h, D(2023, 6, 1))
    assert (s.qualifies, s.member, s.locked_until) == (True, False, D(2023, 8, 10))
    (note,) = [n for n in s.notes if n.startswith(LOCKED)]
    assert f"until 2023-08-10 ({rule})" in note
    assert note in s.to_dict()["notes"] and f"note: {note}" in s.text()
    lost = [c for c in timeline(h, D(2023, 5, 1), D(2023, 8, 20)).changes if c.change == "lost"]
    assert [n for n in lost[0].notes if n.startswith(LOCKED)] == [note]
    # once the lock-out ends, and while a criterion fails, nothing of the kind is said
    assert not [n for n in standing(h, D(2023, 8, 10)).notes if n.startswith(LOCKED)]
    failing = _h(AccountEvent(date=D(2023, 5, 10), kind=kind), *good, _c(D(2023, 5, 20), 0, 999))
    locked = standing(failing, D(2023, 6, 1))
    assert locked.locked_until is not None and not locked.qualifies
    assert not [n for n in locked.notes if n.startswith(LOCKED)]
