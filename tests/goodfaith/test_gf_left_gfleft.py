"""Good Faith items earlier sweeps left (sweep gfleft): each decided from the rule text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    EventKind,
    History,
    engine,
    standing,
    what_if,
)
from ipprules.goodfaith import timeline as gf_timeline
from ipprules.goodfaith.engine import add_months

D = dt.date
DECLARED = AccountEvent(date=D(2022, 1, 1), kind=EventKind.DECLARATION)
FILED = D(2023, 3, 1)
RULE = {EventKind.REMOVAL: "R72", EventKind.WITHDRAWAL: "R73"}


def _complaints(day: dt.date, n: int = 101) -> list[Any]:
    """``n`` complaints of 10 listings, all taken down: the account passes (brief)."""
    return [
        Complaint(filed=day, platform="taobao", reason_code="tm_misuse", listings=10, taken_down=10)
        for _ in range(n)
    ]


def _stray_notes(s: Any, kind: EventKind) -> list[str]:
    return [
        n for n in s.notes if n.startswith(f"a {kind.value} is recorded") and "not a member" in n
    ]


# ------------------------------------------------------ 1. a non-member's removal (R72)


@settings(max_examples=30, deadline=None)
@given(
    kind=st.sampled_from([EventKind.REMOVAL, EventKind.WITHDRAWAL]),
    gap=st.integers(1, 120),
    late=st.integers(0, 120),
)
@example(kind=EventKind.REMOVAL, gap=50, late=30)  # removal 2023-01-10: locked to 2023-04-10
@example(kind=EventKind.REMOVAL, gap=1, late=0)  # the day before the first complaints
def test_a_removal_of_an_account_never_a_member_does_not_lock_it_out(
    kind: EventKind, gap: int, late: int
) -> None:
    """R72: an account *removed* from the programme cannot *rejoin* for 3 months (R73 the
    same for one that withdraws): only a member is removed. A ``removal`` recorded while the
    account is not a member locks nothing out, as a ``withdrawal`` does not (gfpolicy): its
    membership is the one of the history without the event, and the notes say so, with the
    day the lock-out would have ended, while it would run."""
    out = FILED - dt.timedelta(days=gap)
    as_of = FILED + dt.timedelta(days=late)
    rows = [DECLARED, *_complaints(FILED)]
    without = standing(History.from_records(rows), as_of)
    s = standing(History.from_records([AccountEvent(date=out, kind=kind), *rows]), as_of)
    assert (s.member, s.qualifies, s.locked_until) == (
        without.member,
        without.qualifies,
        without.locked_until,
    )
    would_end = add_months(out, 3)
    notes = _stray_notes(s, kind)
    assert bool(notes) is (as_of < would_end)
    if notes:
        assert would_end.isoformat() in notes[0] and RULE[kind] in notes[0]


def test_a_members_removal_still_locks_it_out_and_drops_an_earlier_stray_note() -> None:
    """R72 for a member: removed that day, 3 months' lock-out. A removal recorded before the
    account was a member is noted until the member's own removal, whose lock-out is then the
    account's (no note on a non-member's removal any more)."""
    rows = [
        DECLARED,
        AccountEvent(date=D(2023, 1, 2), kind=EventKind.REMOVAL),  # not a member yet
        *_complaints(D(2023, 1, 5)),
    ]
    admitted = standing(History.from_records(rows), D(2023, 1, 31))
    assert admitted.member and _stray_notes(admitted, EventKind.REMOVAL)
    rows.append(AccountEvent(date=D(2023, 2, 1), kind=EventKind.REMOVAL))
    s = standing(History.from_records(rows), D(2023, 3, 31))
    assert (s.member, s.locked_until) == (False, D(2023, 5, 1))
    assert not _stray_notes(s, EventKind.REMOVAL)


@pytest.mark.parametrize(
    ("recorded", "until"), [(D(2023, 2, 5), D(2023, 5, 5)), (None, D(2023, 5, 1))]
)
def test_a_removal_recorded_after_the_statistics_removed_the_member_runs_from_its_day(
    recorded: dt.date | None, until: dt.date
) -> None:
    """The statistics remove the member on 2023-02-01 (30 complaints all rejected: R71); the
    platform records the removal on 2023-02-05. That record is of a member's removal (the
    account is locked out since, not one that was never a member): R72's 3 months run from
    the day recorded, as before this sweep, and no note calls it a non-member's removal."""
    rows = [DECLARED, *_complaints(D(2023, 1, 5))]
    rows += [
        Complaint(
            filed=D(2023, 2, 1),
            platform="taobao",
            reason_code="tm_misuse",
            listings=10,
            rejected=10,
        )
        for _ in range(30)
    ]
    if recorded is not None:
        rows.append(AccountEvent(date=recorded, kind=EventKind.REMOVAL))
    h = History.from_records(rows)
    t = gf_timeline(h, D(2023, 1, 1), D(2023, 3, 1))
    assert [(c.date, c.change) for c in t.changes] == [
        (D(2023, 1, 5), "gained"),
        (D(2023, 2, 1), "lost"),
    ]
    s = standing(h, D(2023, 3, 1))
    assert (s.member, s.locked_until) == (False, until)
    assert not _stray_notes(s, EventKind.REMOVAL)


def test_a_2015_removal_of_a_non_member_does_not_lock_it_out_either() -> None:
    """Under the 2015 criteria (6 months, R69) too: the note gives the 6 months' end."""
    h = History.from_records([DECLARED, AccountEvent(date=D(2016, 8, 31), kind=EventKind.REMOVAL)])
    s = standing(h, D(2016, 9, 1))
    assert s.locked_until is None
    [note] = _stray_notes(s, EventKind.REMOVAL)
    assert "until 2017-02-28" in note


def test_the_timeline_of_a_non_members_removal_shows_no_lock_out() -> None:
    """The timeline sweeps as the standing: admitted when the statistics qualify, never
    locked out by the removal recorded before."""
    rows = [DECLARED, AccountEvent(date=D(2023, 2, 20), kind=EventKind.REMOVAL)]
    t = gf_timeline(
        History.from_records([*rows, *_complaints(FILED)]), D(2023, 2, 1), D(2023, 4, 1)
    )
    assert [(c.date, c.change) for c in t.changes] == [(FILED, "gained")]
    assert not any(row.locked_until for row in t)


# ------------------------------------------- the fold paths agree on account events


def _made(n: int) -> list[Any]:
    """``n`` outcome rows over January-March 2023, one listing in 200 rejected."""
    first = D(2023, 1, 2).toordinal()
    return [(first + i % 80, "taobao", "tm_misuse", 9, int(i % 20 == 0), 0, 0, 0) for i in range(n)]


@pytest.mark.no_cover
@pytest.mark.parametrize("path", ["reference", "dense", "scattered"])
@pytest.mark.parametrize("kind", [EventKind.REMOVAL, EventKind.WITHDRAWAL, EventKind.ABUSE])
def test_every_fold_path_gives_the_same_standing_with_account_events(
    monkeypatch: pytest.MonkeyPatch, path: str, kind: EventKind
) -> None:
    """The events are kept in the order given on every fold path (a long list in dense
    columns, a scattered one region by region), so the membership they make is the reference
    fold's: a removal, withdrawal or (from 2018, rulesleft2) abuse finding before the account
    is a member is noted and locks nothing out (the abuse finding bars admission through the
    no-abuse criterion); one of a member locks it out."""
    events = [
        (40, DECLARED),
        (900, AccountEvent(date=D(2023, 1, 1), kind=kind)),  # not a member yet
        (1600, AccountEvent(date=D(2023, 3, 10), kind=kind)),  # a member by then
    ]
    rows = _made(2000)
    for at, event in events:
        rows.insert(at, event)
    as_of = [D(2023, 2, 28), D(2023, 3, 31)]
    monkeypatch.setattr(engine, "DENSE_MIN", 1 << 40)
    reference = [standing(History.from_rows(rows), day) for day in as_of]
    if path == "dense":
        monkeypatch.setattr(engine, "DENSE_MIN", 1)
        monkeypatch.setattr(engine, "_scattered", lambda _rows: False)
    elif path == "scattered":
        monkeypatch.setattr(engine, "SCATTER_MIN", 2)
        monkeypatch.setattr(engine, "_scattered", lambda _rows: True)
    assert [standing(History.from_rows(rows), day) for day in as_of] == reference
    before, after = reference
    if kind is EventKind.ABUSE:
        assert (before.member, before.locked_until) == (False, None)
        assert any(n.startswith("an abuse finding is recorded on 2023-01-01") for n in before.notes)
        return
    assert (before.member, before.locked_until) == (True, None)
    assert _stray_notes(before, kind) and not _stray_notes(after, kind)
    assert (after.member, after.locked_until) == (False, D(2023, 6, 10))


# ------------------------------------ 2. the exit code of a locked-out account (R72, R73)

EXAMPLE = Path(__file__).parents[2] / "examples" / "history.csv"
PLAN = EXAMPLE.with_name("what-if.toml")


@pytest.mark.no_cover
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.dates(D(2023, 7, 15), D(2023, 12, 31)))
@example(day=D(2023, 8, 31))  # meets every criterion, locked out since the withdrawal
@example(day=D(2023, 11, 10))  # the lock-out's end day: may rejoin
def test_the_exit_code_is_0_only_where_the_account_qualifies_now(
    capsys: pytest.CaptureFixture[str], day: dt.date
) -> None:
    """docs: exit 0 "qualifies", 1 "does not qualify". A locked-out account cannot rejoin
    before the lock-out ends, whatever its statistics (R72, R73), and the headline never says
    it qualifies: the exit code is 1 for it too, in text and JSON, standing and what-if (after
    the plan); ``Standing.qualifies`` keeps saying that every criterion is met."""
    s = standing(History.from_file(EXAMPLE), day)
    now = s.qualifies and s.locked_until is None
    args = ["good-faith", str(EXAMPLE), "--as-of", day.isoformat()]
    assert main(args) == (0 if now else 1)
    headline = capsys.readouterr().out.splitlines()[1].strip()
    assert headline.startswith("QUALIFIES") is now
    assert main([*args, "--format", "json"]) == (0 if now else 1)
    data = json.loads(capsys.readouterr().out)
    assert (data["qualifies"], data["locked_until"]) == (
        s.qualifies,
        None if s.locked_until is None else s.locked_until.isoformat(),
    )
    after = what_if(History.from_file(EXAMPLE), PLAN, day).after
    assert main([*args, "--what-if", str(PLAN)]) == (
        0 if after.qualifies and after.locked_until is None else 1
    )
    capsys.readouterr()


def test_the_example_after_its_withdrawal_exits_1() -> None:
    """The case found: it meets every criterion on 2023-08-31, locked out until 2023-11-10."""
    s = standing(History.from_file(EXAMPLE), D(2023, 8, 31))
    assert s.qualifies and s.locked_until == D(2023, 11, 10)
    assert main(["good-faith", str(EXAMPLE), "--as-of", "2023-08-31"]) == 1


# ------------------------------- 4. the API's platforms= reaches the CLI (--platform ID)


@pytest.mark.no_cover
@pytest.mark.parametrize("platforms", [["tmall"], ["taobao", "tmall_global"], ["lazada_sg"]])
def test_the_cli_platform_option_answers_as_the_api_platforms(
    capsys: pytest.CaptureFixture[str], platforms: list[str]
) -> None:
    """``standing``, ``timeline`` and ``what_if`` take ``platforms=`` (the complaints counted,
    docs: Scope); ``ipprules good-faith`` had no way to ask for it. ``--platform`` (repeatable)
    gives the API's answer, in every mode, and the exit code that answer implies."""
    history = History.from_file(EXAMPLE)
    options = [a for p in platforms for a in ("--platform", p)]
    day = D(2023, 3, 31)
    s = standing(history, day, platforms=platforms)
    code = main(["good-faith", str(EXAMPLE), "--as-of", "2023-03-31", *options, "--format", "json"])
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(s.to_dict(), default=str))
    assert code == (0 if s.qualifies and s.locked_until is None else 1)
    w = what_if(history, PLAN, day, platforms=platforms)
    args = ["good-faith", str(EXAMPLE), "--as-of", "2023-03-31", "--what-if", str(PLAN)]
    main([*args, *options, "--format", "json"])
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(w.to_dict(), default=str))
    t = gf_timeline(history, D(2023, 1, 1), day, platforms=platforms)
    span = ["--timeline", "2023-01-01", "2023-03-31"]
    assert main(["good-faith", str(EXAMPLE), *span, *options, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == json.loads(
        json.dumps(t.to_dict()["changes"], default=str)
    )


@pytest.mark.parametrize(
    ("platform", "says"),
    # xianyu itself is answered as taobao under the brief (B1, rules38: tests/test_rules38.py)
    [("tmal", "did you mean 'tmall'?"), ("XIANYU", "did you mean 'xianyu'?")],
)
def test_an_unknown_platform_is_refused_before_the_history_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, platform: str, says: str
) -> None:
    """As the other commands' ``--platform``: exit 2 with the nearest id (a
    marketplace spelt otherwise: ``XIANYU``), not a standing that counts nothing. The history is not read."""
    missing = tmp_path / "no-such-history.csv"
    assert main(["good-faith", str(missing), "--platform", platform]) == 2
    err = capsys.readouterr().err
    assert "unknown platform" in err and says in err and "no-such-history" not in err
    assert len(err.splitlines()) == 1  # a refusal is its error line alone


# ------------------------- 4. the planner's projection of a locked-out account (R72, R73)


@pytest.mark.no_cover
@pytest.mark.parametrize(("day", "locked"), [("2023-08-31", True), ("2022-12-31", False)])
def test_the_plan_projection_does_not_say_a_locked_out_account_qualifies(
    capsys: pytest.CaptureFixture[str], day: str, locked: bool
) -> None:
    """``ipprules plan --history`` printed "qualifies before: yes; after: yes" for the example
    account locked out after its withdrawal (until 2023-11-10), where ``good-faith`` says it
    cannot rejoin yet; its JSON had no ``locked_until``."""
    examples = EXAMPLE.parent
    args = [
        "plan",
        str(examples / "planner-urls.csv"),
        "--account",
        str(examples / "planner-account.toml"),
        "--history",
        str(EXAMPLE),
        "--as-of",
        day,
    ]
    main(args)
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("qualifies before")]
    main([*args, "--format", "json"])
    projection = json.loads(capsys.readouterr().out)["projection"]
    before = standing(History.from_file(EXAMPLE), D.fromisoformat(day))
    assert projection["before"]["qualifies"] is before.qualifies
    assert projection["before"]["locked_until"] == ("2023-11-10" if locked else None)
    if locked:
        assert before.qualifies  # the case found: it meets every criterion
        said = "no, meets every criterion but locked out until 2023-11-10 (R72, R73)"
        assert line.startswith(f"qualifies before: {said}; after: no, ")
    else:
        assert "locked out" not in line


def test_the_timeline_table_does_not_say_yes_of_a_locked_out_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The text timeline's ``qualifies`` column said ``yes`` from the withdrawal on
    2023-08-10 while the account was locked out (the standing's headline does not): it reads
    ``locked`` there, ``yes`` only where the day's row qualifies and is not locked out."""
    assert main(["good-faith", str(EXAMPLE), "--timeline", "2023-07-01", "2023-11-30"]) == 0
    out = capsys.readouterr().out.splitlines()
    t = gf_timeline(History.from_file(EXAMPLE), D(2023, 7, 1), D(2023, 11, 30))
    rows = {row.date.isoformat(): row for row in t}
    shown = [line.split() for line in out if line[:4].isdigit()]
    assert len(shown) > 5
    for cells in shown:
        row = rows[cells[0]]
        word = "no" if not row.qualifies else ("yes" if row.locked_until is None else "locked")
        assert cells[5] == word, cells
    assert any(cells[5] == "locked" for cells in shown) and any(
        line.startswith("qualifies 'locked'") for line in out
    )
