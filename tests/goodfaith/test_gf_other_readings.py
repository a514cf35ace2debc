"""Other readings on Good Faith criteria: consistent with the standing under each reading."""

from __future__ import annotations

import datetime as dt
import io
import json
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    EventKind,
    History,
    Standing,
    standing,
    timeline,
    what_if,
)
from ipprules.rulebook import default_rulebook

ROOT = Path(__file__).parents[2]
EXAMPLE = str(ROOT / "examples" / "history.csv")
NAMES = default_rulebook().interpretations
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
events = st.builds(
    lambda day, kind: AccountEvent(date=START + dt.timedelta(days=day), kind=kind),
    st.integers(0, 400),
    st.sampled_from([EventKind.DECLARATION, EventKind.ABUSE, EventKind.ADMISSION]),
)


def criteria(s: Standing) -> dict[tuple[str, str | None], tuple[object, ...]]:
    found = [*s.criteria, *(c for r in s.reason_codes for c in r.criteria)]
    return {(c.name, c.reason_code): (c.met, c.assessed) for c in found}


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(st.one_of(complaints, complaints, complaints, events), max_size=40),
    offset=st.integers(0, 450),
    chosen=st.sampled_from(NAMES),
)
def test_other_readings_name_exactly_the_readings_that_differ(
    records: list[Complaint | AccountEvent], offset: int, chosen: str
) -> None:
    history = History.from_records(records)
    day = START + dt.timedelta(days=offset)
    mine = standing(history, day, interpretation=chosen)
    under = {n: standing(history, day, interpretation=n) for n in NAMES if n != chosen}
    for c in [*mine.criteria, *(c for r in mine.reason_codes for c in r.criteria)]:
        key = (c.name, c.reason_code)
        differing = tuple(
            n for n, s in under.items() if criteria(s).get(key) != (c.met, c.assessed)
        )
        assert c.other_readings == differing, key
    membership = (mine.qualifies, mine.member, mine.member_since, mine.locked_until)
    assert mine.other_readings == tuple(
        n
        for n, s in under.items()
        if (s.qualifies, s.member, s.member_since, s.locked_until) != membership
    )


def test_b22_declaration_versus_automatic_admission() -> None:
    """No declaration: the brief (B22) does not qualify, the official wording (R70/R74) does."""
    history = History.from_records(
        Complaint(
            filed=dt.date(2023, 1, 2) + dt.timedelta(days=i // 3),
            platform="tmall",
            reason_code="tm_counterfeit",
            listings=10,
            taken_down=10,
        )
        for i in range(300)
    )
    brief = standing(history, dt.date(2023, 3, 31))
    assert not brief.qualifies
    assert brief.criterion("declaration").other_readings == ("official",)
    assert brief.criterion("volume").other_readings == ("official",)
    assert brief.other_readings == ("official",)
    official = standing(history, dt.date(2023, 3, 31), interpretation="official")
    assert official.qualifies and official.member


def test_shown_in_text_json_and_html(capsys: object) -> None:
    """The official wording has no volume floor in 2023; its takedown rate (R91) fails as
    the brief's does (left1: both fail, so it does not differ, though it needs another
    number of successes there)."""
    s = standing(History.from_file(EXAMPLE), dt.date(2023, 3, 31))
    assert s.criterion("volume").other_readings == ("official",)
    assert s.criterion("takedown_rate").other_readings == ()
    assert s.criterion("counter_notice_rate").other_readings == ()
    assert "differs under" in s._repr_html_() and "<td>official</td>" in s._repr_html_()
    rows = s.to_records()
    records = {r["criterion"]: r["other_readings"] for r in rows if r["reason_code"] is None}
    assert records["volume"] == ["official"] and records["takedown_rate"] == []
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-31"]) == 1
    text = capsys.readouterr().out  # type: ignore[attr-defined]
    # 3,514 listings taken down, 20 of them reinstated (B16: unsuccessful)
    assert "87.789% (3494/3980), needs > 90.0%: 881 more successful takedown(s)\n" in text
    assert "[differs under: official]" in text
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-31", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    overall = {c["name"]: c["other_readings"] for c in data["criteria"]}
    assert overall["volume"] == ["official"] and overall["no_abuse"] == []
    assert overall["takedown_rate"] == []


def test_a_book_with_one_interpretation_has_none() -> None:
    history = History.from_file(io.StringIO("type,date\ndeclaration,2023-01-02\n"))
    s = standing(history, dt.date(2023, 3, 31), rulebook=_single_reading_book())
    assert s.other_readings == () and all(not c.other_readings for c in s.criteria)


def _single_reading_book() -> object:
    book = default_rulebook()

    class One:
        interpretations = ("brief",)

        def as_of(self, day: dt.date, interpretation: str | None = None, *, trial: bool = False):  # type: ignore[no-untyped-def]
            return book.as_of(day, interpretation, trial=trial)

        def change_dates(self, section: str | None = None) -> tuple[dt.date, ...]:
            return book.change_dates(section)

    return One()


def _b16_history(day: dt.date, reinstated: int) -> History:
    """110 complaints of 10 listings: 10 rejected, 100 taken down, the last ``reinstated``
    of them reinstated in full, and a declaration (review7's mk2.py)."""
    records: list[Complaint | AccountEvent] = [
        AccountEvent(date=day - dt.timedelta(days=100), kind=EventKind.DECLARATION)
    ]
    for i in range(110):
        records.append(
            Complaint(
                filed=day - dt.timedelta(days=i % 80),
                platform="taobao",
                reason_code="tm_counterfeit",
                listings=10,
                taken_down=0 if i < 10 else 10,
                rejected=10 if i < 10 else 0,
                reinstated=10 if i >= 110 - reinstated else 0,
            )
        )
    return History.from_records(records)


def test_b16_reinstated_count_is_the_briefs_reading_r91_the_officials() -> None:
    """review7 F3: a listing removed and later reinstated is an unsuccessful takedown under
    the brief's reading (B16), a removal under the official one (R91's working definition,
    the counter-notice rate counting its reinstatement). 1,000 of 1,100 decided listings
    taken down, 20 reinstated: 980/1,100 fails the brief, 1,000/1,100 passes the official
    wording; each names the other, and says what its count would give here."""
    day = dt.date(2023, 6, 25)
    history = _b16_history(day, 2)  # 20 listings reinstated
    brief = standing(history, day)
    official = standing(history, day, interpretation="official")
    assert brief.criterion("takedown_rate").numerator == 980
    assert official.criterion("takedown_rate").numerator == 1000
    assert brief.criterion("takedown_rate").denominator == 1100
    assert not brief.criterion("takedown_rate").met and official.criterion("takedown_rate").met
    assert brief.criterion("takedown_rate").other_readings == ("official",)
    assert official.criterion("takedown_rate").other_readings == ("brief", "brief-at-least-100")
    assert not brief.qualifies and official.qualifies
    assert "official" in brief.other_readings
    (note,) = [n for n in brief.notes if "counted as under" in n]
    assert note.startswith("takedown_rate counted as under official would be 1000/1100 = 90.9%")
    assert "which would pass the criterion here (R91" in note
    (note,) = [n for n in official.notes if "counted as under" in n]
    assert note.startswith("takedown_rate counted as under brief, brief-at-least-100 would be")
    assert "980/1100 = 89.1%, which would fail the criterion here (B16" in note
    # the counter-notice headroom follows each reading's takedown rate: 0 under the brief
    # (its takedown rate fails, and each reinstatement lowers it), the counter-notice
    # rate's own under the official wording (a reinstatement leaves its takedown rate)
    assert brief.headroom.counter_notices == 0
    assert official.headroom.counter_notices == official.criterion("counter_notice_rate").headroom


def test_the_count_alone_differs_under_the_2015_criteria() -> None:
    """Under the 2015 criteria the brief and the official wording share one threshold
    (at least 90%): a verdict that differs there differs by the count of reinstated
    listings alone, and is named (review7 F3)."""
    day = dt.date(2016, 6, 20)
    records = [
        AccountEvent(date=dt.date(2016, 1, 1), kind=EventKind.DECLARATION),
        Complaint(
            filed=day,
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=1000,
            taken_down=905,
            rejected=95,
            reinstated=10,
        ),
    ]
    history = History.from_records(records)
    brief = standing(history, day)
    official = standing(history, day, interpretation="official")
    assert brief.version == official.version == "2015"
    assert (
        brief.criterion("takedown_rate").threshold == official.criterion("takedown_rate").threshold
    )
    assert (brief.criterion("takedown_rate").numerator, brief.criterion("takedown_rate").met) == (
        895,
        False,
    )
    assert official.criterion("takedown_rate").met
    assert brief.criterion("takedown_rate").other_readings == ("official",)
    assert brief.criterion("counter_notice_rate").other_readings == ()
    # the counter-notice headroom: both rates under the brief, the counter-notice rate only
    # under the official wording (a reinstatement leaves the official takedown rate alone)
    assert brief.headroom.counter_notices == 0
    assert official.headroom.counter_notices == official.criterion("counter_notice_rate").headroom
    # the timeline and the what-if name it too
    days = timeline(history, day, day, other_readings=True)
    assert next(iter(days)).other_readings == ("official",)
    plan = [Complaint(filed=day, platform="taobao", reason_code="tm_counterfeit", listings=1,
                      taken_down=1)]  # fmt: skip
    result = what_if(history, plan, day)
    assert result.after.criterion("takedown_rate").other_readings == ("official",)


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(complaints, min_size=1, max_size=30),
    offset=st.integers(0, 450),
    chosen=st.sampled_from(NAMES),
)
def test_each_reading_counts_reinstated_listings_its_own_way(
    records: list[Complaint], offset: int, chosen: str
) -> None:
    """The official takedown rate counts every listing taken down; the brief's readings take
    the reinstated ones off (B16). A note names another reading's count exactly when that
    count would turn this reading's verdict."""
    history = History.from_records(records)
    day = START + dt.timedelta(days=offset)
    s = standing(history, day, interpretation=chosen)
    if s.version is None:
        return
    rate = s.criterion("takedown_rate")
    listings = s.counts.listings
    off = 0 if chosen == "official" else listings["reinstated"]
    assert rate.numerator == listings["taken_down"] - off
    notes = [n for n in s.notes if n.startswith("takedown_rate counted as under")]
    if not rate.assessed:
        assert not notes
        return
    other = listings["reinstated"] if chosen == "official" else -listings["reinstated"]
    theirs = Fraction(rate.numerator - other, rate.denominator)
    flips = (theirs > rate.threshold if rate.comparison.value == ">" else
             theirs >= rate.threshold) != rate.met  # fmt: skip
    assert bool(notes) == flips


def test_a_headroom_that_differs_under_another_reading_says_so() -> None:
    """review8 M2: 200 complaints, 185 taken down: the brief's counter-notice headroom (4:
    each upheld counter-notice also lowers its takedown rate, B16) is not the official one
    (10, R91): a note names the reading and both headrooms; where they agree, none."""
    day = dt.date(2026, 11, 30)
    rows = [
        Complaint(filed=day - dt.timedelta(days=1 + i % 60), platform="taobao",
                  reason_code="tm_misuse", listings=1, taken_down=int(i < 185),
                  rejected=int(i >= 185))
        for i in range(200)
    ]  # fmt: skip
    history = History.from_records(rows)
    brief = standing(history, day)
    official = standing(history, day, interpretation="official")
    assert brief.headroom != official.headroom
    (note,) = [n for n in brief.notes if n.startswith("headroom differs under")]
    assert note.startswith("headroom differs under official: ")
    theirs, ours = official.headroom, brief.headroom
    assert f"{theirs.counter_notices} more upheld counter-notice(s) (listings) there" in note
    assert f"{ours.failures} more failed takedown(s), " in note
    assert f"{ours.counter_notices} more upheld counter-notice(s) (listings) here" in note
    assert "complaints" not in note  # rules10: the headroom counts listings, not complaints
    (note,) = [n for n in official.notes if n.startswith("headroom differs under")]
    assert note.startswith("headroom differs under brief, brief-at-least-100: ")
    same = History.from_records(rows[:185])  # nothing rejected: no takedown limit either way
    assert standing(same, day).headroom == standing(same, day, interpretation="official").headroom
    assert not [n for n in standing(same, day).notes if n.startswith("headroom differs")]
