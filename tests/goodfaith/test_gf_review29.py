"""review29: an abuse finding and a removal recorded on the same day, in either order.

A member removed and found abusive on one day: recorded removal first, the abuse was taken
for a non-member's (rulesleft2: from 2018 a non-member's finding locks nothing out) and the
standing said "an abuse finding is recorded on D while the account was not a member ... so no
lock-out is applied; had it been a member that day ..." while the removal's lock-out ran. The
account was a member that day; the answer and its notes no longer depend on the order.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History
from ipprules.goodfaith import standing as gf_standing
from ipprules.goodfaith.engine import add_months

D = dt.date
DECLARED = AccountEvent(date=D(2015, 1, 1), kind=EventKind.DECLARATION)


def _passing(day: dt.date, n: int = 101) -> list[Complaint]:
    return [
        Complaint(filed=day, platform="taobao", reason_code="tm_misuse", listings=10, taken_down=10)
        for _ in range(n)
    ]


def _view(rows: list[object], as_of: dt.date, reading: str) -> tuple[object, ...]:
    s = gf_standing(History.from_records(rows), as_of, interpretation=reading)
    return s.member, s.locked_until, s.qualifies, s.notes


@settings(max_examples=12, deadline=None)
@given(
    reading=st.sampled_from(("brief", "official", "brief-at-least-100")),
    found=st.dates(D(2015, 6, 1), D(2025, 6, 30)),
    late=st.integers(0, 200),
)
@example(reading="brief", found=D(2023, 3, 20), late=12)
@example(reading="official", found=D(2018, 8, 15), late=30)  # the first day of the 2018 rules
@example(reading="official", found=D(2016, 1, 10), late=30)  # 2015 rules
def test_abuse_and_removal_on_one_day_in_either_order(
    reading: str, found: dt.date, late: int
) -> None:
    """The account is a member until the day; both orders give one standing, locked out from
    that day, and no note calls the finding a non-member's."""
    start = max(found - dt.timedelta(days=20), D(2015, 4, 1))
    admitted = AccountEvent(date=start, kind=EventKind.ADMISSION)
    abuse = AccountEvent(date=found, kind=EventKind.ABUSE)
    removal = AccountEvent(date=found, kind=EventKind.REMOVAL)
    base = [DECLARED, admitted, *_passing(start)]
    as_of = found + dt.timedelta(days=late)
    first = _view([*base, abuse, removal], as_of, reading)
    second = _view([*base, removal, abuse], as_of, reading)
    assert first == second, (first, second)
    notes = second[3]
    assert isinstance(notes, tuple)
    assert not [n for n in notes if "while the account was not a member" in n], notes
    months = 6 if found < D(2018, 8, 15) else 3
    if as_of < add_months(found, months):
        assert second[:2] == (False, add_months(found, months)), second
