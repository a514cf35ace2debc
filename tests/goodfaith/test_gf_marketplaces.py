"""Complaints on a marketplace filed as a platform: Xianyu's count as Taobao's under the brief.

B1: Xianyu (Taobao's second-hand market) is filed by selecting Taobao, so a history row on
``xianyu`` is a Taobao complaint, and the Good Faith Program (the Tao marketplaces, R79) counts
it. Under ``official`` what Xianyu is filed as is not documented (D11): it is not counted, and
the note says why. Before, every reading left Xianyu's complaints out as "not covered".
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    EventKind,
    History,
    Standing,
    standing,
    timeline,
)

START = dt.date(2021, 10, 1)

complaints = st.builds(
    lambda day, code, td, rj, ri: Complaint(
        filed=START + dt.timedelta(days=day),
        platform="taobao",
        reason_code=code,
        listings=td + rj + (td + rj == 0),
        taken_down=td,
        rejected=rj + (td + rj == 0),
        reinstated=min(ri, td),
    ),
    st.integers(0, 400),
    st.sampled_from(["a", "b"]),
    st.integers(0, 60),
    st.integers(0, 12),
    st.integers(0, 4),
)


def _key(s: Standing) -> tuple[object, ...]:
    found = [*s.criteria, *(c for r in s.reason_codes for c in r.criteria)]
    per = {(c.name, c.reason_code): (c.met, c.needed, c.value) for c in found}
    return (per, s.qualifies, s.member, s.member_since, s.locked_until, s.counts)


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(complaints, st.booleans()), min_size=1, max_size=30),
    offset=st.integers(0, 450),
)
def test_xianyu_complaints_count_as_taobaos_under_the_brief_only(
    rows: list[tuple[Complaint, bool]], offset: int
) -> None:
    day = START + dt.timedelta(days=offset)
    moved = [attrs.evolve(c, platform="xianyu") if x else c for c, x in rows]
    as_taobao = History.from_records(c for c, _ in rows)
    as_filed = History.from_records(moved)
    without = History.from_records(c for c, x in rows if not x)
    for name in ("brief", "brief-at-least-100"):
        assert _key(standing(as_filed, day, interpretation=name)) == _key(
            standing(as_taobao, day, interpretation=name)
        )
    official = standing(as_filed, day, interpretation="official")
    assert _key(official) == _key(standing(without, day, interpretation="official"))


def test_the_official_note_says_xianyus_platform_is_not_documented() -> None:
    history = History.from_records(
        [
            AccountEvent(date=dt.date(2026, 9, 1), kind=EventKind.DECLARATION),
            *(
                Complaint(
                    filed=dt.date(2026, 10, 1),
                    platform="xianyu",
                    reason_code="tm_misuse",
                    listings=1,
                    taken_down=1,
                )
                for _ in range(101)
            ),
        ]
    )
    brief = standing(history, "2026-11-23")
    assert brief.qualifies and brief.counts.complaints["submitted"] == 101
    assert brief.other_readings == ("official",)
    assert not any("not counted" in n for n in brief.notes)
    official = standing(history, "2026-11-23", interpretation="official")
    assert not official.qualifies and official.counts.complaints["submitted"] == 0
    (note,) = [n for n in official.notes if "not counted" in n]
    assert "xianyu (101; what it is filed as is not documented)" in note
    assert note.endswith("(it covers taobao, tmall, tmall_global)")
    days = timeline(history, "2026-11-22", "2026-11-23")
    assert days["2026-11-23"].qualifies
    official_days = timeline(history, "2026-11-22", "2026-11-23", interpretation="official")
    assert not official_days["2026-11-23"].qualifies


@settings(max_examples=25, deadline=None)
@given(
    rows=st.lists(st.tuples(complaints, st.booleans()), min_size=1, max_size=30),
    offset=st.integers(0, 450),
    name=st.sampled_from(["brief", "official", "brief-at-least-100"]),
)
def test_a_timelines_other_readings_are_the_standings_with_xianyu(
    rows: list[tuple[Complaint, bool]], offset: int, name: str
) -> None:
    """Each reading counts Xianyu as it files it: the timeline's other readings of a day are
    those under which the standing's qualification or membership differs (the timeline
    passed its own reading's platforms, Xianyu included or not, to the others)."""
    day = START + dt.timedelta(days=offset)
    history = History.from_records(attrs.evolve(c, platform="xianyu") if x else c for c, x in rows)
    mine = standing(history, day, interpretation=name)
    differ = tuple(
        other
        for other in ("brief", "official", "brief-at-least-100")
        if other != name
        and (lambda s: (s.qualifies, s.member))(standing(history, day, interpretation=other))
        != (mine.qualifies, mine.member)
    )
    found = timeline(history, day, day, interpretation=name, other_readings=True)[day]
    assert (found.qualifies, found.member) == (mine.qualifies, mine.member)
    assert found.other_readings == differ


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None)
@given(
    rows=st.lists(st.tuples(complaints, st.booleans()), min_size=1, max_size=30),
    offset=st.integers(0, 450),
)
def test_asking_for_taobao_counts_xianyu_where_it_is_filed_as_taobao(
    rows: list[tuple[Complaint, bool]], offset: int
) -> None:
    """``platforms=("taobao",)`` under the brief is Taobao's complaints, Xianyu's among
    them (B1); under official Xianyu's are left out, as with the default platforms."""
    day = START + dt.timedelta(days=offset)
    moved = History.from_records(attrs.evolve(c, platform="xianyu") if x else c for c, x in rows)
    as_taobao = History.from_records(c for c, _ in rows)
    without = History.from_records(c for c, x in rows if not x)
    for name, same in (("brief", as_taobao), ("official", without)):
        asked = standing(moved, day, interpretation=name, platforms=("taobao",))
        assert _key(asked) == _key(standing(same, day, interpretation=name, platforms=("taobao",)))
        days = timeline(moved, day, day, interpretation=name, platforms=("taobao",))
        assert (days[day].qualifies, days[day].member) == (asked.qualifies, asked.member)
    brief = standing(moved, day, platforms=("taobao",))
    assert not any("xianyu (" in n and "filed" not in n for n in brief.notes)


def _one_taken_down_each(*platforms: str) -> History:
    """A history of one complaint taken down on each of ``platforms`` (2026-10-01)."""
    return History.from_records(
        Complaint(
            filed=dt.date(2026, 10, 1),
            platform=platform,
            reason_code="tm_misuse",
            listings=1,
            taken_down=1,
        )
        for platform in platforms
    )


def test_the_note_names_the_platforms_asked_for_when_only_xianyu_is() -> None:
    """With platforms=("xianyu",) under the brief the note on complaints not counted named
    no platform at all ("(it covers )"): the marketplaces filed as a platform were left out of
    the list, and nothing else was in it."""
    history = _one_taken_down_each("taobao", "xianyu")
    found = standing(history, "2026-11-23", platforms=("xianyu",))
    (note,) = [n for n in found.notes if "not counted" in n]
    assert note.endswith("outside those asked for: taobao (1) (asked for xianyu)")


def test_platforms_left_out_by_the_caller_are_not_called_uncovered() -> None:
    """platforms=("1688",): a Taobao complaint is left out because the caller asked for 1688
    only, not because the programme does not cover Taobao (it does); without platforms, a
    1688 complaint is the one the programme does not cover."""
    history = _one_taken_down_each("taobao", "1688")
    (asked,) = [
        n for n in standing(history, "2026-11-23", platforms=("1688",)).notes if "not counted" in n
    ]
    assert asked.endswith("on platforms outside those asked for: taobao (1) (asked for 1688)")
    (default,) = [n for n in standing(history, "2026-11-23").notes if "not counted" in n]
    assert "the Good Faith Program does not cover here: 1688 (1)" in default
