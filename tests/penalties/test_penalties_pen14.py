"""pen14's sweep of the seller penalties (C6) against the rule text: each platform's thresholds
at n-1, n and n+1, each expiry the day before, on and after, each violation kind, both
readings of Alibaba.com's closure (D10), the assumed validity, and the CLI's text and JSON
agreeing with ``penalty_standing``. Each row names the rule it reads."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.penalties import Violation, penalty_standing

D = date(2024, 3, 4)


def _v(kind: str, days: int = 0, points: int | None = None, right: str | None = None) -> Violation:
    return Violation(on=D + timedelta(days=days), kind=kind, points=points, right=right)


def _general_days(total: int) -> list[Violation]:
    """General violations of 6 points a day (the cap, R85/R86) making ``total`` points."""
    out = [_v("general", d, 6) for d in range(total // 6)]
    if total % 6:
        out.append(_v("general", total // 6, total % 6))
    return out


def _last(vs: list[Violation]) -> date:
    return max(v.on for v in vs)


# (rule, platform, violations, as_of offset in days from the last, validity, field, expected)
ROWS: list[tuple[str, str, list[Violation], int, int | None, str, Any]] = [
    # AliExpress, R85: 3 serious violations close the account
    (
        "R85 3 serious: 2",
        "aliexpress",
        [_v("counterfeit", 0), _v("counterfeit", 5)],
        0,
        None,
        "closed",
        "no",
    ),
    (
        "R85 3 serious: 3",
        "aliexpress",
        [_v("counterfeit", d) for d in (0, 5, 10)],
        0,
        None,
        "closed",
        "yes",
    ),
    (
        "R85 3 serious: 4",
        "aliexpress",
        [_v("counterfeit", d) for d in (0, 5, 10, 15)],
        0,
        None,
        "closed_on",
        D + timedelta(days=10),
    ),
    (
        "R85/R51 piracy is serious",
        "aliexpress",
        [_v("piracy", d) for d in (0, 5, 10)],
        0,
        None,
        "closed",
        "yes",
    ),
    (
        "R85/R51 content is general",
        "aliexpress",
        [_v("content", d, 1) for d in (0, 5, 10)],
        0,
        None,
        "serious",
        0,
    ),
    (
        "R85/R51 patent is general",
        "aliexpress",
        [_v("patent", d, 1) for d in (0, 5, 10)],
        0,
        None,
        "serious",
        0,
    ),
    (
        "R85 merge: within 3 days one",
        "aliexpress",
        [_v("counterfeit", 0), _v("counterfeit", 2)],
        0,
        None,
        "serious",
        1,
    ),
    (
        "R85 merge: day 3 a new strike",
        "aliexpress",
        [_v("counterfeit", 0), _v("counterfeit", 3)],
        0,
        None,
        "serious",
        2,
    ),
    (
        "R85 merge: 3 in 3 days not closed",
        "aliexpress",
        [_v("counterfeit", d) for d in (0, 1, 2)],
        0,
        None,
        "closed",
        "no",
    ),
    (
        "R85 cap: 5 a day",
        "aliexpress",
        [_v("general", 0, 2), _v("general", 0, 3)],
        0,
        None,
        "points",
        5,
    ),
    (
        "R85 cap: 6 a day",
        "aliexpress",
        [_v("general", 0, 3), _v("general", 0, 3)],
        0,
        None,
        "points",
        6,
    ),
    (
        "R85 cap: 7 a day is 6",
        "aliexpress",
        [_v("general", 0, 4), _v("general", 0, 3)],
        0,
        None,
        "points",
        6,
    ),
    (
        "R85 cap: per day",
        "aliexpress",
        [_v("general", 0, 4), _v("general", 1, 3)],
        0,
        None,
        "points",
        7,
    ),
    (
        "R85 cap: serious not capped",
        "aliexpress",
        [_v("counterfeit", 0, 4), _v("counterfeit", 0, 3)],
        0,
        None,
        "points",
        7,
    ),
    ("R85 365 days: day 364", "aliexpress", [_v("general", 0, 4)], 364, None, "points", 4),
    ("R85 365 days: day 365", "aliexpress", [_v("general", 0, 4)], 365, None, "points", 0),
    ("R85 365 days: day 366", "aliexpress", [_v("general", 0, 4)], 366, None, "points", 0),
    ("R85 365 days: strike day 364", "aliexpress", [_v("counterfeit", 0)], 364, None, "serious", 1),
    ("R85 365 days: strike day 365", "aliexpress", [_v("counterfeit", 0)], 365, None, "serious", 0),
    (
        "R85 closure stays after expiry",
        "aliexpress",
        [_v("counterfeit", d) for d in (0, 5, 10)],
        400,
        None,
        "closed",
        "yes",
    ),
    (
        "R85 2 strikes, one expired",
        "aliexpress",
        [_v("counterfeit", 0), _v("counterfeit", 300), _v("counterfeit", 365)],
        0,
        None,
        "closed",
        "no",
    ),
    (
        "R85 3 strikes within 365 days",
        "aliexpress",
        [_v("counterfeit", 0), _v("counterfeit", 300), _v("counterfeit", 364)],
        0,
        None,
        "closed",
        "yes",
    ),
    (
        "R85 validity documented: 365 assumed agrees",
        "aliexpress",
        [_v("general", 0, 4)],
        0,
        365,
        "points",
        4,
    ),
    # Alibaba.com, R86 (2015 rule, the brief's reading): 48 points, 4 serious, 3 against one IPR
    ("R86 48 points: 47", "alibaba_com", _general_days(47), 0, 365, "closed", "no"),
    ("R86 48 points: 48", "alibaba_com", _general_days(48), 0, 365, "closed", "yes"),
    ("R86 48 points: 49", "alibaba_com", _general_days(49), 0, 365, "closed", "yes"),
    (
        "R86 48 points: validity not documented",
        "alibaba_com",
        _general_days(48),
        0,
        None,
        "closed",
        "unknown",
    ),
    (
        "R86 48 points: validity 7 days (6 in force)",
        "alibaba_com",
        _general_days(48),
        0,
        7,
        "points",
        42,
    ),
    (
        "R86 cap 6 a day",
        "alibaba_com",
        [_v("general", 0, 6), _v("general", 0, 6)],
        0,
        365,
        "points",
        6,
    ),
    (
        "R86 4 serious: 3",
        "alibaba_com",
        [_v("counterfeit", d, right=f"TM-{d}") for d in range(3)],
        0,
        365,
        "closed",
        "no",
    ),
    (
        "R86 4 serious: 4",
        "alibaba_com",
        [_v("counterfeit", d, right=f"TM-{d}") for d in range(4)],
        0,
        365,
        "closed",
        "yes",
    ),
    (
        "R86 4 serious: 5",
        "alibaba_com",
        [_v("counterfeit", d, right=f"TM-{d}") for d in range(5)],
        0,
        365,
        "closed_on",
        D + timedelta(days=3),
    ),
    (
        "R86 one IPR: 2",
        "alibaba_com",
        [_v("counterfeit", d, right="TM-1") for d in range(2)],
        0,
        365,
        "closed",
        "no",
    ),
    (
        "R86 one IPR: 3",
        "alibaba_com",
        [_v("counterfeit", d, right="TM-1") for d in range(3)],
        0,
        365,
        "closed",
        "yes",
    ),
    (
        "R86 one IPR: 2 + 2",
        "alibaba_com",
        [_v("counterfeit", d, right=f"TM-{d % 2}") for d in range(4)],
        0,
        365,
        "serious_per_right",
        2,
    ),
    (
        "R86/R87 general not a strike",
        "alibaba_com",
        [_v("general", d, 1) for d in range(5)],
        0,
        365,
        "serious",
        0,
    ),
    ("R86 ladder: 5", "alibaba_com", _general_days(5), 0, 365, "ladder_step", None),
    ("R86 ladder: 6", "alibaba_com", _general_days(6), 0, 365, "ladder_step", "severe warning"),
    ("R86 ladder: 11", "alibaba_com", _general_days(11), 0, 365, "ladder_step", "severe warning"),
    (
        "R86 ladder: 12",
        "alibaba_com",
        _general_days(12),
        0,
        365,
        "ladder_step",
        "restriction for 7 days",
    ),
    (
        "R86 ladder: 23",
        "alibaba_com",
        _general_days(23),
        0,
        365,
        "ladder_step",
        "restriction for 7 days",
    ),
    (
        "R86 ladder: 24",
        "alibaba_com",
        _general_days(24),
        0,
        365,
        "ladder_step",
        "restriction for 14 days",
    ),
    (
        "R86 ladder: 35",
        "alibaba_com",
        _general_days(35),
        0,
        365,
        "ladder_step",
        "restriction for 14 days",
    ),
    (
        "R86 ladder: 36",
        "alibaba_com",
        _general_days(36),
        0,
        365,
        "ladder_step",
        "restriction for 21 days and removal of all products",
    ),
    (
        "R86 ladder: 48",
        "alibaba_com",
        _general_days(48),
        0,
        365,
        "ladder_step",
        "membership termination",
    ),
    (
        "R86 assumed validity: day before expiry",
        "alibaba_com",
        [_v("general", 0, 6)],
        29,
        30,
        "points",
        6,
    ),
    ("R86 assumed validity: expiry day", "alibaba_com", [_v("general", 0, 6)], 30, 30, "points", 0),
    ("R86 assumed validity: day after", "alibaba_com", [_v("general", 0, 6)], 31, 30, "points", 0),
    (
        "R86 undocumented validity: the next day",
        "alibaba_com",
        [_v("general", 0, 6)],
        1,
        None,
        "points",
        (0, 6),
    ),
    # Lazada, R88: points per case, closure at 48
    (
        "R88 48 points: 47",
        "lazada_sg",
        [_v("counterfeit", 0, 16), _v("counterfeit", 0, 16), _v("counterfeit", 0, 15)],
        0,
        None,
        "closed",
        "no",
    ),
    (
        "R88 48 points: 48",
        "lazada_sg",
        [_v("counterfeit", 0, 16) for _ in range(3)],
        0,
        None,
        "closed",
        "yes",
    ),
    (
        "R88 48 points: 49",
        "lazada_id",
        [*(_v("counterfeit", 0, 16) for _ in range(3)), _v("content", 0)],
        0,
        None,
        "points",
        49,
    ),
    ("R88 content costs 1", "lazada_my", [_v("content", 0)], 0, None, "points", 1),
    ("R88 patent up to 6", "lazada_th", [_v("patent", 0)], 0, None, "points", (0, 6)),
    (
        "R88 registered design up to 6",
        "lazada_ph",
        [_v("registered_design", 0)],
        0,
        None,
        "points",
        (0, 6),
    ),
    ("R88 counterfeit up to 16", "lazada_vn", [_v("counterfeit", 0)], 0, None, "points", (0, 16)),
    (
        "R88 3 unpriced counterfeits: unknown",
        "lazada_sg",
        [_v("counterfeit", 0) for _ in range(3)],
        0,
        None,
        "closed",
        "unknown",
    ),
    (
        "R88 closure stays (validity a gap)",
        "lazada_sg",
        [_v("counterfeit", 0, 16) for _ in range(3)],
        30,
        None,
        "closed",
        "yes",
    ),
    (
        "R88 next day: validity a gap",
        "lazada_sg",
        [_v("counterfeit", 0, 16) for _ in range(2)],
        1,
        None,
        "points",
        (0, 32),
    ),
    # 1688, R64: no counter-notice at 60 points or more
    ("R64 60 points: 59", "1688", [_v("general", 0, 59)], 0, None, "bar.points", "no"),
    ("R64 60 points: 60", "1688", [_v("general", 0, 60)], 0, None, "counter_notice_barred", "yes"),
    ("R64 60 points: 61", "1688", [_v("general", 0, 61)], 0, None, "counter_notice_barred", "yes"),
    (
        "R64 below 60, general only: closure count unknown",
        "1688",
        [_v("general", 0, 59)],
        0,
        None,
        "counter_notice_barred",
        "unknown",
    ),
    (
        "R64/R89 serious kind: serious check unknown",
        "1688",
        [_v("counterfeit", 0, 1)],
        0,
        None,
        "bar.serious",
        "unknown",
    ),
    (
        "R64/R89 general kind: serious check no",
        "1688",
        [_v("patent", 0, 1)],
        0,
        None,
        "bar.serious",
        "no",
    ),
    ("R89 piracy is serious on 1688", "1688", [_v("piracy", 0, 1)], 0, None, "serious", 1),
    (
        "R64 next day: 60 points maybe in force",
        "1688",
        [_v("general", 0, 60)],
        1,
        None,
        "counter_notice_barred",
        "unknown",
    ),
    (
        "R64 next day, 60 assumed in force",
        "1688",
        [_v("general", 0, 60)],
        1,
        365,
        "counter_notice_barred",
        "yes",
    ),
    # Taobao, Tmall, Tmall Global: no penalty data (gap)
    ("gap taobao", "taobao", [_v("counterfeit", 0)], 0, None, "closed", "unknown"),
    ("gap tmall", "tmall", [_v("counterfeit", 0)], 0, None, "closed", "unknown"),
    ("gap tmall_global", "tmall_global", [_v("general", 0, 6)], 0, None, "points", (None, None)),
    ("gap tmall, nothing counted", "tmall", [], 0, None, "closed", "no"),
]


def _field(s: Any, field: str) -> Any:
    if field.startswith("bar."):
        return {c.name: c.met.value for c in s.bar}[field[4:]]
    value = getattr(s, field)
    if field == "ladder_step":
        return None if value is None else value.action
    if field in ("points", "serious", "serious_per_right"):
        return value.value if value.exact else (value.low, value.high)
    return getattr(value, "value", value)


@pytest.mark.parametrize(
    ("rule", "platform", "violations", "after", "validity", "field", "expected"),
    ROWS,
    ids=[row[0] for row in ROWS],
)
def test_standing_reads_the_rule(
    rule: str,
    platform: str,
    violations: list[Violation],
    after: int,
    validity: int | None,
    field: str,
    expected: Any,
) -> None:
    as_of = (_last(violations) if violations else D) + timedelta(days=after)
    s = penalty_standing(violations, platform, as_of, validity_days=validity)
    assert _field(s, field) == expected, (rule, s.text())


# D10/R87: Alibaba.com closes at 4 serious violations (the 2015 rule, S41, the brief's reading)
# and at 3 under the official reading (the three-strikes announcement, S44). The answer names
# the other reading and what it answers: its closure and the threshold it applies.
THREE = [_v("counterfeit", d, right=f"TM-{d}") for d in range(3)]
FOUR = [_v("counterfeit", d, right=f"TM-{d}") for d in range(4)]


@pytest.mark.parametrize(
    ("rule", "violations", "reading", "closed", "other", "said"),
    [
        (
            "D10 3 serious, brief",
            THREE,
            "brief",
            "no",
            "official",
            "under official: closed would be yes (since 2024-03-06)",
        ),
        (
            "D10 3 serious, official",
            THREE,
            "official",
            "yes",
            "brief",
            "under brief: closed would be no",
        ),
        ("D10 2 serious, official", THREE[:2], "official", "no", None, None),
        (
            "D10 4 serious, brief",
            FOUR,
            "brief",
            "yes",
            "official",
            "under official: closed would be yes (since 2024-03-06)",
        ),
    ],
    ids=["D10 3 serious, brief", "D10 3 serious, official", "D10 2 serious, official", "D10 4"],
)
def test_alibaba_com_closure_names_the_other_reading_and_its_value(
    rule: str,
    violations: list[Violation],
    reading: str,
    closed: str,
    other: str | None,
    said: str | None,
) -> None:
    from ipprules.rulebook import default_rulebook

    as_of = _last(violations)
    view = default_rulebook().as_of(as_of, reading)
    s = penalty_standing(violations, "alibaba_com", as_of, view, validity_days=365)
    assert s.closed.value == closed, rule
    if other is None:  # the closure agrees: no note; a differing threshold still names it
        assert not [n for n in s.notes if n.startswith("under ")], rule
        assert s.other_readings == tuple(a.reading for a in s.other_answers), rule
        return
    assert other in s.other_readings, rule
    note = next(n for n in s.notes if n.startswith(f"under {other}:"))
    assert note.startswith(said), (rule, note)
    mine, theirs = (4, 3) if reading == "brief" else (3, 4)
    assert f"serious>={theirs} (here serious>={mine})" in note, (rule, note)


def test_the_command_gives_the_other_readings_value_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """D10: the CLI's text and JSON carry the same note as ``penalty_standing``."""
    rows = "".join(f"2024-03-0{4 + d},counterfeit,alibaba_com,,TM-{d},a{d}\n" for d in range(3))
    path = tmp_path / "v.csv"
    path.write_text("date,kind,platform,points,right,id\n" + rows, encoding="utf-8")
    args = ["penalties", str(path), "--platform", "alibaba_com", "--as-of", "2024-03-06"]
    assert main([*args, "--assume-validity", "365"]) == 0
    text = capsys.readouterr().out
    assert main([*args, "--assume-validity", "365", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = (
        "under official: closed would be yes (since 2024-03-06); "
        "its closure thresholds differ: serious>=3 (here serious>=4)"
    )
    assert f"note: {expected}" in text.splitlines()
    assert expected in data["notes"]
    assert data["other_readings"] == ["official"]
    assert data["other_answers"]["official"]["closed"] == "yes"  # surf16: as data, too
    s = penalty_standing(
        [_v("counterfeit", d, right=f"TM-{d}") for d in range(3)],
        "alibaba_com",
        "2024-03-06",
        validity_days=365,
    )
    assert list(s.notes) == data["notes"]
    assert "under official: closed would be yes" in s._repr_html_()


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("ali\x1b[31mexpress", "platform 'ali\\x1b[31mexpress' (not a platform: did you mean"),
        ("A" * ((1 << 20) - 200), "platform '" + "A" * 57 + "...' (not a platform)"),
    ],
    ids=["an ESC in a row's platform", "a platform cell of nearly 1 MiB"],
)
def test_a_hostile_platform_cell_is_left_out_shown_short_and_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, shown: str
) -> None:
    """A row of another platform is left out (every row accounted for), and its reason shows
    the name cut and escaped: not 1 MiB of output, not an ESC sent to the terminal."""
    path = tmp_path / "v.csv"
    path.write_text(
        f"date,kind,platform\n2024-03-04,counterfeit,{name}\n2024-03-04,counterfeit,aliexpress\n",
        encoding="utf-8",
    )
    code = main(["penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-03-04"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 violation(s) counted, 1 left out" in out
    assert f"  left out (1): {shown}" in out
    assert "\x1b" not in out and len(out) < 5000
    s = penalty_standing([Violation(on=D, kind="counterfeit", platform=name)], "aliexpress", D)
    assert s.ignored[0][1].startswith(shown) and len(s.ignored[0][1]) < 200


def _walk_every_day(
    cases: list[Any], rule: Any, as_of: date, validity: int | None
) -> tuple[str, date | None]:
    """The closure as the rule text reads it: every day from the first case to ``as_of``,
    every case, the first day a threshold is met (the reference the bounded walk must equal)."""
    from ipprules.penalties.rules import closure_checks, combine, figures

    day = min((c.violation.on for c in cases), default=as_of)
    seen = "no"
    while day <= as_of:
        checks = closure_checks(rule, figures(cases, day, rule, validity))
        answer = combine(c.met for c in checks).value if checks else "no"
        if answer == "yes":
            return "yes", day
        seen = "unknown" if answer == "unknown" else seen
        day += timedelta(days=1)
    return seen, None


@given(
    platform=st.sampled_from(["aliexpress", "alibaba_com", "lazada_sg"]),
    rows=st.lists(
        st.tuples(
            st.integers(0, 8),
            st.sampled_from(["counterfeit", "piracy", "general", "content", "patent"]),
            st.sampled_from([None, 1, 6, 16]),
            st.sampled_from([None, "TM-1", "TM-2"]),
        ),
        max_size=16,
    ),
    after=st.integers(0, 12),
    validity=st.sampled_from([None, 1, 3, 10]),
)
# R86, an assumed validity of 10 days: the first of three against one right is in force on day 9
@example(
    "alibaba_com",
    [
        (0, "counterfeit", None, "TM-1"),
        (4, "counterfeit", None, "TM-1"),
        (9, "counterfeit", None, "TM-1"),
    ],
    9,
    10,
)
# R88, validity a gap: unknown on day 0 (three unpriced counterfeits), yes on day 5 (48 points)
@example(
    "lazada_sg", [(0, "counterfeit", None, None)] * 3 + [(5, "counterfeit", 16, None)] * 3, 6, None
)
@settings(max_examples=50, deadline=None, derandomize=True)
def test_the_closure_walk_equals_walking_every_day(
    platform: str,
    rows: list[tuple[int, str, int | None, str | None]],
    after: int,
    validity: int | None,
) -> None:
    """R85/R86/R88: the closure (whether, since when) the standing finds by walking only the
    days figures can rise on, over the cases in force, is the one every day and every case
    give."""
    from ipprules.penalties.standing import _cases, _closure, _left_out, rules_on

    if platform == "lazada_sg":
        most = {"counterfeit": 16, "patent": 6}  # R88; content costs 1, the others nothing
        rows = [(d, k, (p and min(p, most.get(k, 0))) or None, r) for d, k, p, r in rows]
    if platform == "aliexpress":
        validity = None if validity is None else 365
    violations = [_v(k, d, p, r) for d, k, p, r in rows]
    as_of = D + timedelta(days=after)
    rule = rules_on(None, as_of).penalties_for(platform)
    assert rule is not None
    days = validity if rule.validity_days is None else None
    skipped = {index for index, _ in _left_out(violations, platform, as_of, D)}
    cases = _cases(violations, rule, platform, skipped)
    found = _closure(cases, rule, as_of, days or rule.validity_days)
    expected = _walk_every_day(cases, rule, as_of, days or rule.validity_days)
    assert (found.closed.value, found.closed_on) == expected
