"""The Good Faith answers where the rule text leaves a reading open (sweep gf16): R75 read
literally against the brief's volume floor, and D1's 2015 "assessed monthly"."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing

AS_OF = dt.date(2023, 3, 31)  # version 2022: every reason code must pass too (R75)
DECLARED = AccountEvent(date=dt.date(2022, 1, 1), kind=EventKind.DECLARATION)


def _complaint(day: dt.date, code: str, taken_down: int, rejected: int = 0) -> Complaint:
    return Complaint(
        filed=day,
        platform="taobao",
        reason_code=code,
        listings=taken_down + rejected,
        taken_down=taken_down,
        rejected=rejected,
    )


def _volume_notes(notes: tuple[str, ...]) -> list[str]:
    return [n for n in notes if "read literally, R75" in n]


@settings(max_examples=40, deadline=None)
@given(
    sizes=st.lists(st.integers(1, 130), min_size=1, max_size=3),
    reading=st.sampled_from(["brief", "brief-at-least-100", "official"]),
)
def test_reason_codes_short_of_the_volume_floor_are_named(sizes: list[int], reading: str) -> None:
    """R75 asks "the data for every single reason code" to meet the admission conditions; the
    volume floor is applied to the account only. A reason code with complaints in the window
    and a volume under the floor is named in a note, with its count, whether the account
    qualifies (that reading would turn the answer) or not (the path would need more)."""
    codes = [f"code_{i}" for i in range(len(sizes))]
    records = [
        DECLARED,
        *(
            _complaint(dt.date(2023, 3, 1), c, 1)
            for c, n in zip(codes, sizes, strict=True)
            for _ in range(n)
        ),
    ]
    s = standing(History.from_records(records), AS_OF, interpretation=reading)
    floor = {"brief": 101, "brief-at-least-100": 100}.get(reading)
    short = [c for c, n in zip(codes, sizes, strict=True) if floor is not None and n < floor]
    notes = _volume_notes(s.notes)
    assert bool(notes) is (len(codes) > 1 and bool(short))
    if notes:
        for code, n in zip(codes, sizes, strict=True):
            assert (f"{code!r} ({n}," in notes[0]) is (code in short)
        assert ("would not under that reading" in notes[0]) is s.qualifies
        assert ("the path to qualify would need" in notes[0]) is (not s.qualifies)


def test_the_volume_note_shows_in_the_text_and_json_report(tmp_path: object) -> None:
    import json
    import pathlib
    import subprocess
    import sys

    path = pathlib.Path(str(tmp_path)) / "h.csv"
    rows = ["type,date,platform,reason_code,listings,taken_down"]
    rows += ["complaint,2023-03-01,taobao,tm_misuse,1,1"] * 120
    rows += ["complaint,2023-03-01,taobao,tm_counterfeit,1,1"] * 7
    rows += ["declaration,2022-01-01,,,,"]
    path.write_text("\n".join(rows) + "\n")
    run = [sys.executable, "-m", "ipprules", "good-faith", str(path), "--as-of", "2023-03-31"]
    text = subprocess.run(run, capture_output=True, text=True, check=False)
    assert text.returncode == 0, text.stderr
    assert "'tm_counterfeit' (7, 94 more needed)" in text.stdout
    out = subprocess.run([*run, "--format", "json"], capture_output=True, text=True, check=False)
    notes = json.loads(out.stdout)["notes"]
    assert any("read literally, R75" in n and "'tm_counterfeit' (7," in n for n in notes)


def _calendar_notes(notes: tuple[str, ...]) -> list[str]:
    return [n for n in notes if "over the calendar month" in n]


@settings(max_examples=60, deadline=None)
@given(
    filed=st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 10), st.integers(0, 3)),
        min_size=1,
        max_size=12,
    ),
    as_of=st.integers(31, 75),
)
def test_a_2015_verdict_that_turns_over_the_calendar_month_is_noted(
    filed: list[tuple[int, int, int]], as_of: int
) -> None:
    """D1: the 2015 criteria were "assessed monthly"; the library uses the rolling month
    ending on the as-of date. Where the last complete calendar month would turn the takedown
    criterion, a note says so with its value; on a month's last day the windows agree."""
    start = dt.date(2015, 4, 1)
    day = start + dt.timedelta(days=as_of)
    records = [
        _complaint(start + dt.timedelta(days=d), "tm_misuse", t, r) for d, t, r in filed if t + r
    ]
    s = standing(History.from_records([*records, DECLARED]), day)
    end = day if (day + dt.timedelta(days=1)).month != day.month else day.replace(day=1)
    end = end if end == day else end - dt.timedelta(days=1)
    won = sum(c.taken_down for c in records if end.replace(day=1) <= c.filed <= end)
    decided = won + sum(c.rejected for c in records if end.replace(day=1) <= c.filed <= end)
    calendar = decided > 0 and Fraction(won, decided) >= Fraction(9, 10)
    notes = [n for n in _calendar_notes(s.notes) if n.startswith("takedown_rate")]
    turns = end != day and calendar != s.criterion("takedown_rate").met
    assert bool(notes) is turns
    if notes:
        assert f"{end.replace(day=1)}..{end}" in notes[0] and "D1" in notes[0]
        assert (f"{won}/{decided}" in notes[0]) is (decided > 0)


def test_the_calendar_month_note_is_only_for_the_monthly_criteria() -> None:
    """The 2018 and later criteria read 3 months (R70(b)): no calendar-month note."""
    records = [_complaint(dt.date(2023, 1, 2), "tm_misuse", 0, 10), DECLARED]
    records += [_complaint(dt.date(2023, 3, 20), "tm_misuse", 10) for _ in range(150)]
    s = standing(History.from_records(records), dt.date(2023, 4, 1))
    assert s.version == "2022" and not _calendar_notes(s.notes)


def test_the_criteria_that_remove_and_admit_automatically_cite_r71_and_r74() -> None:
    """From 2018, every reading removes a member whose rates fail (R71, the removal standard)
    and admits a qualifying account automatically (R74): each record cites both."""
    from ipprules.rulebook import default_rulebook

    records = [r for r in default_rulebook().records("good_faith") if r.automatic_admission]
    assert {r.version for r in records} == {"2018", "2022"}
    for record in records:
        assert "R71" in record.rules and "R74" in record.rules, (record.version, record.rules)


_EVENTS = st.sampled_from(list(EventKind))
_PLATFORMS = st.sampled_from(["taobao", "tmall", "aliexpress", "xianyu"])


@st.composite
def _histories(draw: st.DrawFn, first: dt.date, days: int) -> list[Complaint | AccountEvent]:
    """Complaints in bursts over ``days`` from ``first`` (outcomes drawn so that membership
    comes and goes), and a few account events."""
    records: list[Complaint | AccountEvent] = [AccountEvent(date=first, kind=EventKind.DECLARATION)]
    for _ in range(draw(st.integers(1, 10))):
        day = first + dt.timedelta(days=draw(st.integers(0, days)))
        code = draw(st.sampled_from(["tm_misuse", "tm_counterfeit", "cr_copied_content"]))
        taken, rejected = draw(st.integers(0, 12)), draw(st.sampled_from([0, 0, 1, 2]))
        withdrawn, reinstated = draw(st.integers(0, 3)), draw(st.sampled_from([0, 0, 0, 1]))
        for _ in range(draw(st.integers(1, 120))):
            records.append(
                Complaint(
                    filed=day,
                    platform=draw(_PLATFORMS),
                    reason_code=code,
                    listings=taken + rejected + withdrawn or 1,
                    taken_down=taken,
                    rejected=rejected,
                    withdrawn=withdrawn if taken + rejected + withdrawn else 1,
                    reinstated=min(reinstated, taken),
                )
            )
    for _ in range(draw(st.integers(0, 3))):
        day = first + dt.timedelta(days=draw(st.integers(0, days)))
        records.append(AccountEvent(date=day, kind=draw(_EVENTS)))
    return records


def _kept(note: str) -> bool:
    """Whether a timeline's membership change carries this note of its day's standing."""
    return " differs under " not in note and "after the as-of date" not in note


def _own(notes: object) -> tuple[str, ...]:
    """A change's notes but those on the day another reading makes it (rules44: the
    timeline's own, no standing's)."""
    return tuple(n for n in notes if not n.startswith("membership "))  # type: ignore[attr-defined]


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None)
@given(
    case=st.sampled_from([(dt.date(2015, 4, 1), 200), (dt.date(2021, 11, 1), 300)]).flatmap(
        lambda c: st.tuples(st.just(c), _histories(*c))
    ),
    reading=st.sampled_from(["brief", "official", "brief-at-least-100"]),
)
def test_each_membership_change_carries_the_notes_of_its_days_standing(
    case: tuple[tuple[dt.date, int], list[Complaint | AccountEvent]], reading: str
) -> None:
    """A user who reads only the timeline sees, on each day membership changes, the notes of
    the standing on that day (the disputed counts, the scope, R75's per-code volume, D1's
    month...), all but the one on another reading's headroom (which a timeline's
    ``other_readings`` column stands for) and the one on the history's rows after that day
    (a timeline's later days count them)."""
    from ipprules.goodfaith import timeline

    (first, days), records = case
    history = History.from_records(records)
    end = first + dt.timedelta(days=days)
    t = timeline(history, first, end, interpretation=reading)
    for change in t.changes:
        s = standing(history, change.date, interpretation=reading)
        expected = tuple(n for n in s.notes if _kept(n))
        assert _own(change.notes) == expected, change


def test_the_timeline_report_prints_each_changes_notes_and_json_gives_them(
    capsys: object,
) -> None:
    """``ipprules good-faith --timeline``: each membership change is followed by the notes
    of that day's standing (text), and ``changes[].notes`` gives them (JSON)."""
    import json

    from ipprules.cli import main

    args = ["good-faith", "examples/history.csv", "--timeline", "2022-09-01", "2023-08-31"]
    assert main(args) == 0
    text = capsys.readouterr().out  # type: ignore[attr-defined]
    lines = text.splitlines()
    at = lines.index("  2023-03-06: membership lost (a criterion failed (automatic removal))")
    assert lines[at + 1].startswith("    note: takedown_rate counted per listing")
    assert any("read literally, R75" in line for line in lines[at + 1 : at + 6])
    assert main([*args, "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]  # type: ignore[attr-defined]
    history = History.from_file("examples/history.csv")
    for change in changes:
        day = dt.date.fromisoformat(change["date"])
        notes = [n for n in standing(history, day).notes if _kept(n)]
        assert list(_own(change["notes"])) == notes and notes
