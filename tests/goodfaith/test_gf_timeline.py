"""The timeline's one sweep agrees with a standing computed directly on each day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing, timeline

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

START = dt.date(2022, 3, 1)  # the range crosses the 2022-04-15 version date

complaints = st.builds(
    lambda day, code, td, rj, pd, ri: Complaint(
        filed=START + dt.timedelta(days=day),
        platform="taobao",
        reason_code=code,
        listings=td + rj + pd + 1,
        taken_down=td + 1,
        rejected=rj,
        pending=pd,
        reinstated=min(ri, td + 1),
    ),
    st.integers(0, 80),
    st.sampled_from(["a", "b"]),
    st.integers(0, 40),
    st.integers(0, 6),
    st.integers(0, 2),
    st.integers(0, 2),
)
events = st.builds(
    lambda day, kind: AccountEvent(date=START + dt.timedelta(days=day), kind=kind),
    st.integers(-30, 80),
    st.sampled_from(list(EventKind)),
)


@pytest.mark.no_cover
@settings(max_examples=20, deadline=None)
@given(
    st.lists(complaints, min_size=1, max_size=60),
    st.lists(events, max_size=3),
    st.sampled_from(["brief", "official", "brief-at-least-100"]),
    st.booleans(),
)
def test_timeline_equals_direct_standing(
    items: list[Complaint], evs: list[AccountEvent], interpretation: str, trial: bool
) -> None:
    h = History.from_records([*items, *evs])
    first, last = START + dt.timedelta(days=20), START + dt.timedelta(days=75)
    t = timeline(h, first, last, interpretation=interpretation, trial=trial)
    assert len(t) == (last - first).days + 1
    for row in t:
        s = standing(h, row.date, interpretation=interpretation, trial=trial)
        assert row.version == s.version
        assert row.takedown_rate == s.criterion("takedown_rate").value
        assert row.counter_notice_rate == s.criterion("counter_notice_rate").value
        assert row.volume == s.counts.complaints["submitted"]
        assert row.qualifies == s.qualifies
        assert row.member == s.member
        assert row.locked_until == s.locked_until
    members = [row.member for row in t]
    gained = {c.date for c in t.changes if c.change == "gained"}
    lost = {c.date for c in t.changes if c.change == "lost"}
    for i in range(1, len(members)):
        day = first + dt.timedelta(days=i)
        if members[i] and not members[i - 1]:
            assert day in gained
        if members[i - 1] and not members[i]:
            assert day in lost


def test_membership_changes_and_rendering() -> None:
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=i // 2) for i in range(400)]
    h = History.from_records(
        [
            AccountEvent(date=dt.date(2022, 12, 1), kind=EventKind.DECLARATION),
            *(
                Complaint(filed=d, platform="tmall", reason_code="x", listings=10, taken_down=10)
                for d in days
            ),
            Complaint(
                filed=dt.date(2023, 5, 2),
                platform="tmall",
                reason_code="x",
                listings=300,
                rejected=300,
            ),
        ]
    )
    t = timeline(h, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert [(c.date, c.change) for c in t.changes] == [
        (dt.date(2023, 2, 20), "gained"),
        (dt.date(2023, 5, 2), "lost"),  # 300 rejected listings
        (dt.date(2023, 8, 2), "gained"),  # lock-out over and the failures out of the window
    ]
    assert t[dt.date(2023, 8, 1)].locked_until == dt.date(2023, 8, 2)
    assert t[dt.date(2023, 8, 2)].locked_until is None
    svg = t._repr_html_()
    assert svg.startswith("<svg") and "polyline" in svg and "2023-05-02" in svg
    records = t.to_records()
    assert len(records) == 365 and records[0]["date"] == dt.date(2023, 1, 1)
    html = standing(h, dt.date(2023, 3, 1))._repr_html_()
    assert "takedown_rate" in html and "<svg" in html


far_complaints = st.builds(
    lambda day, code, td, rj: Complaint(
        filed=dt.date(2017, 1, 1) + dt.timedelta(days=day),
        platform="taobao",
        reason_code=code,
        listings=td + rj + 1,
        taken_down=td + 1,
        rejected=rj,
    ),
    st.integers(0, 2500),
    st.sampled_from(["a", "b"]),
    st.integers(0, 200),
    st.integers(0, 30),
)
far_events = st.builds(
    lambda day, kind: AccountEvent(date=dt.date(2017, 1, 1) + dt.timedelta(days=day), kind=kind),
    st.integers(0, 2500),
    st.sampled_from(list(EventKind)),
)


@pytest.mark.no_cover
@settings(max_examples=25, deadline=None)
@given(
    st.lists(far_complaints, min_size=1, max_size=40),
    st.lists(far_events, max_size=4),
    st.integers(0, 4000),
)
def test_jumping_sweep_equals_the_day_by_day_sweep(
    items: list[Complaint], evs: list[AccountEvent], until: int
) -> None:
    """The sweep that jumps over quiet stretches ends where the day-by-day one ends."""
    from ipprules.goodfaith.standing import resolve
    from ipprules.goodfaith.sweep import sweep

    h = History.from_records([*items, *evs])
    resolver = resolve(None, None, False, ())
    start = max(h.counts.first_day() or 0, resolver.changes[0])
    end = dt.date(2017, 1, 1).toordinal() + until
    scope = ("taobao", "tmall")
    jumping = sweep(h.counts, resolver, scope, start, end)
    daily = sweep(h.counts, resolver, scope, start, end, collect_from=start)
    assert (jumping.member, jumping.member_since, jumping.locked_until) == (
        daily.member,
        daily.member_since,
        daily.locked_until,
    )
    assert jumping.changes == daily.changes


@settings(max_examples=25, deadline=None)
@given(
    records=st.lists(st.one_of(complaints, complaints, events), max_size=40),
    seed=st.randoms(use_true_random=False),
    copies=st.integers(1, 3),
)
def test_timeline_does_not_depend_on_row_order_or_repeats(
    records: list[Complaint | AccountEvent], seed: object, copies: int
) -> None:
    """Rows as separate objects, repeated and shuffled: the same timeline as in file order."""
    rows = [(*r.as_row(),) for r in records if isinstance(r, Complaint) for _ in range(copies)]
    kept = [r for r in records if isinstance(r, AccountEvent)]  # events keep their order
    shuffled = list(rows)
    seed.shuffle(shuffled)  # type: ignore[attr-defined]
    in_order = sorted(rows, key=lambda r: r[0])
    first, last = START, START + dt.timedelta(days=90)
    expected = timeline(History.from_rows([*in_order, *kept]), first, last)
    got = timeline(History.from_rows([*shuffled, *kept]), first, last)
    assert got.columns == expected.columns
    assert got.changes == expected.changes


@pytest.mark.no_cover
@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 20), st.integers(0, 3), st.integers(0, 1)),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["brief", "official"]),
)
def test_each_day_names_the_readings_under_which_it_differs(
    rows: list[tuple[int, int, int, int]], reading: str
) -> None:
    """D1 and the volume floor differ between readings: with other_readings, a day names
    exactly the interpretations whose standing that day differs in qualification or
    membership (`standing` is the reference); without it, no day names any."""
    end = dt.date(2024, 4, 30)
    items: list[Complaint | AccountEvent] = [
        AccountEvent(date=dt.date(2023, 1, 1), kind=EventKind.DECLARATION)
    ]
    items += [
        Complaint(
            filed=end - dt.timedelta(days=back),
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=td + rj,
            taken_down=td,
            rejected=rj,
            reinstated=min(ri, td),
        )
        for back, td, rj, ri in rows
    ]
    h = History.from_records(items)
    start = end - dt.timedelta(days=20)
    t = timeline(h, start, end, interpretation=reading, other_readings=True)
    for day in (start, end - dt.timedelta(days=10), end):
        mine = standing(h, day, interpretation=reading)
        expected = tuple(
            name
            for name in ("brief", "official", "brief-at-least-100")
            if name != reading
            and (lambda s: (s.qualifies, s.member))(standing(h, day, interpretation=name))
            != (mine.qualifies, mine.member)
        )
        assert t[day].other_readings == expected
    assert all(not row.other_readings for row in timeline(h, start, end, interpretation=reading))


@pytest.mark.parametrize(
    ("trial", "label"),
    [
        (False, None),
        ([2021], "in the Good Faith trial begun in 2021"),
        (True, "in every Good Faith trial"),
    ],
)
def test_the_notebook_view_of_a_standing_names_its_trials(
    trial: bool | list[int], label: str | None
) -> None:
    """The text header named the trial set and the notebook view did not."""
    from ipprules.rulebook.model import trial_label

    s = standing(History.from_file(EXAMPLES / "history.csv"), dt.date(2026, 11, 23), trial=trial)
    title = s._repr_html_().split("</strong>")[0]
    assert trial_label(s.trial) == (label or "")
    assert title.endswith(f"interpretation {s.interpretation}" + (f", {label}" if label else ""))


_ERA_2015 = dt.date(2016, 1, 1)  # the 2015 criteria: admission by the platform only (no R74)
era_2015_complaints = st.builds(
    lambda day, td, rj: Complaint(
        filed=_ERA_2015 + dt.timedelta(days=day),
        platform="taobao",
        reason_code="a",
        listings=td + rj + 1,
        taken_down=td + 1,
        rejected=rj,
    ),
    st.integers(0, 600),
    st.integers(0, 60),
    st.integers(0, 40),
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(era_2015_complaints, min_size=1, max_size=30),
    st.lists(st.integers(0, 600), min_size=1, max_size=3),
    st.integers(100, 700),
)
def test_a_member_without_automatic_admission_is_still_assessed_every_day(
    items: list[Complaint], admitted: list[int], until: int
) -> None:
    """A member admitted by event under criteria without automatic admission loses its
    membership on the day a criterion fails: the jumping sweep may skip the days of a
    non-member that nothing but an event can admit, never a member's."""
    from ipprules.goodfaith.standing import resolve
    from ipprules.goodfaith.sweep import sweep

    evs = [
        AccountEvent(date=_ERA_2015 + dt.timedelta(days=d), kind=EventKind.ADMISSION)
        for d in admitted
    ]
    h = History.from_records([*items, *evs])
    resolver = resolve(None, None, False, ())
    start = max(min(h.counts.first_day() or 0, evs[0].date.toordinal()), resolver.changes[0])
    end = _ERA_2015.toordinal() + until
    jumping = sweep(h.counts, resolver, ("taobao",), start, end)
    daily = sweep(h.counts, resolver, ("taobao",), start, end, collect_from=start)
    assert jumping.changes == daily.changes
    assert (jumping.member, jumping.locked_until) == (daily.member, daily.locked_until)
