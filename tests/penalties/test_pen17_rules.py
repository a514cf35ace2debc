"""pen17: the seller-penalty rules (R51-R53, R64, R85-R89, D10, D11, B1) as a table.

Each row cites a rule id and its sentence from the rule book's text (ipp-rules.md §1.5, §1.6,
§1.9, part 2), builds an input that the sentence decides, and states the answer the text gives.
The expected answers were written from the text, not from the code.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import IpprulesError
from ipprules.penalties import Violation, penalty_standing
from ipprules.penalties.rules import strikes
from ipprules.rulebook import default_rulebook

D0 = date(2024, 3, 4)


def _v(spec: tuple[Any, ...]) -> Violation:
    """(day offset from D0, kind, points, right, platform) with trailing fields optional."""
    day, kind, *rest = spec
    points, right, platform = (*rest, None, None, None)[:3]
    return Violation(
        on=D0 + timedelta(days=day), kind=kind, points=points, right=right, platform=platform
    )


def _standing(platform: str, rows: list[tuple[Any, ...]], day: int, **kw: Any) -> Any:
    reading = kw.pop("reading", None)
    as_of = D0 + timedelta(days=day)
    book = default_rulebook().as_of(as_of, reading) if reading else None
    return penalty_standing([_v(r) for r in rows], platform, as_of, book, **kw)


def _answers(s: Any) -> dict[str, object]:
    return {
        "points": s.points.text,
        "serious": s.serious.text,
        "per_right": s.serious_per_right.text if s.serious_per_right else None,
        "closed": s.closed.value,
        "closed_on": s.closed_on,
        "ladder": s.ladder_step.action if s.ladder_step else None,
        "ladder_max": s.ladder_step_max.action if s.ladder_step_max else None,
        "bar": s.counter_notice_barred.value if s.counter_notice_barred else None,
        "counted": s.counted,
        "others": {a.reading: a.closed.value for a in s.other_answers},
        "notes": " | ".join(s.notes),
    }


Y365 = {"validity_days": 365}
CF = "counterfeit"
GEN = "general"

# (rule id, sentence, platform, rows, as_of day, kwargs, expected answers)
ROWS: list[tuple[str, str, str, list[tuple[Any, ...]], int, dict[str, Any], dict[str, Any]]] = [
    # --- AliExpress, R85 / R51 -------------------------------------------------------------
    (
        "R85",
        "general violations established on the same day lead to at most 6 points",
        "aliexpress",
        [(0, GEN, 4), (0, GEN, 4)],
        0,
        {},
        {"points": "6", "closed": "no"},
    ),
    (
        "R85",
        "at most 6 points in total (a single day's 6 is not cut)",
        "aliexpress",
        [(0, GEN, 6)],
        0,
        {},
        {"points": "6"},
    ),
    (
        "R85",
        "the cap is per day: general violations on two days are not merged",
        "aliexpress",
        [(0, GEN, 4), (1, GEN, 4)],
        1,
        {},
        {"points": "8"},
    ),
    (
        "R85",
        "complaints plus platform spot checks: three same-day general cases, 6 in total",
        "aliexpress",
        [(0, GEN, 3), (0, GEN, 3), (0, GEN, 3)],
        0,
        {},
        {"points": "6"},
    ),
    (
        "R51",
        "general (b): unfair use of patent rights is general, so capped with the rest",
        "aliexpress",
        [(0, "patent", 4), (0, GEN, 4)],
        0,
        {},
        {"points": "6", "serious": "0"},
    ),
    (
        "R51",
        "general (a)/(c): content (descriptions, store names) is general",
        "aliexpress",
        [(0, "content", 5), (0, GEN, 5)],
        0,
        {},
        {"points": "6", "serious": "0"},
    ),
    (
        "R85",
        "serious violations within a 3-day window count as one",
        "aliexpress",
        [(0, CF), (2, CF)],
        2,
        {},
        {"serious": "1", "closed": "no"},
    ),
    (
        "R85",
        "three serious in one 3-day window are one strike, not a closure",
        "aliexpress",
        [(0, CF), (1, CF), (2, CF)],
        2,
        {},
        {"serious": "1", "closed": "no"},
    ),
    (
        "R85",
        "serious violations a week apart are separate",
        "aliexpress",
        [(0, CF), (7, CF)],
        7,
        {},
        {"serious": "2", "closed": "no"},
    ),
    (
        "R85",
        "three serious violations close the account",
        "aliexpress",
        [(0, CF), (10, CF), (20, CF)],
        20,
        {},
        {"serious": "3", "closed": "yes", "closed_on": D0 + timedelta(days=20)},
    ),
    (
        "R85",
        "whatever the infringement type: three piracy cases close",
        "aliexpress",
        [(0, "piracy"), (10, "piracy"), (20, "piracy")],
        20,
        {},
        {"serious": "3", "closed": "yes"},
    ),
    (
        "R85",
        "whatever the infringement type: counterfeit and piracy mixed close",
        "aliexpress",
        [(0, CF), (10, "piracy"), (20, CF)],
        20,
        {},
        {"closed": "yes"},
    ),
    (
        "R85",
        "two serious violations do not close",
        "aliexpress",
        [(0, CF), (10, "piracy")],
        10,
        {},
        {"serious": "2", "closed": "no"},
    ),
    (
        "R87",
        "only serious violations count as strikes: many general cases do not close",
        "aliexpress",
        [(d * 5, GEN, 1) for d in range(5)],
        20,
        {},
        {"serious": "0", "closed": "no", "points": "5"},
    ),
    (
        "R85",
        "valid for 365 days: on day 364 it still counts",
        "aliexpress",
        [(0, GEN, 4)],
        364,
        {},
        {"points": "4"},
    ),
    (
        "R85",
        "valid for 365 days: on day 365 it no longer counts",
        "aliexpress",
        [(0, GEN, 4)],
        365,
        {},
        {"points": "0"},
    ),
    (
        "R85",
        "an expired serious violation is not one of the three",
        "aliexpress",
        [(0, CF), (200, CF), (400, CF)],
        400,
        {},
        {"serious": "2", "closed": "no"},
    ),
    (
        "R85",
        "the serious cap does not apply: serious points are not capped at 6",
        "aliexpress",
        [(0, CF, 5), (0, GEN, 5)],
        0,
        {},
        {"points": "10"},
    ),
    # --- Alibaba.com, R86 / R87 / D10 ------------------------------------------------------
    (
        "R86",
        "the same-day cap of 6 points applies to general violations",
        "alibaba_com",
        [(0, GEN, 4), (0, GEN, 4)],
        0,
        {},
        {"points": "6"},
    ),
    (
        "R86",
        "the same-day cap of 6 points applies to copyright complaints",
        "alibaba_com",
        [(0, "piracy", 4), (0, "piracy", 4)],
        0,
        {},
        {"points": "6"},
    ),
    (
        "R86",
        "terminated after 48 points",
        "alibaba_com",
        [(d, GEN, 6) for d in range(8)],
        7,
        Y365,
        {"points": "48", "closed": "yes", "ladder": "membership termination"},
    ),
    (
        "R86",
        "47 points do not terminate",
        "alibaba_com",
        [*((d, GEN, 6) for d in range(7)), (7, GEN, 5)],
        7,
        Y365,
        {"points": "47", "closed": "no"},
    ),
    (
        "R86",
        "or after serious infringements 4 times (the 2015 rule, the default)",
        "alibaba_com",
        [(d * 10, CF, None, f"TM-{d}") for d in range(4)],
        30,
        Y365,
        {"serious": "4", "closed": "yes"},
    ),
    (
        "D10",
        "Alibaba.com 2015: 3 serious against three rights do not terminate; the "
        "three-strikes reading (R87) would",
        "alibaba_com",
        [(d * 10, CF, None, f"TM-{d}") for d in range(3)],
        20,
        Y365,
        {"serious": "3", "closed": "no", "others": {"official": "yes"}},
    ),
    (
        "R87",
        "three strikes under the official reading close at 3 serious",
        "alibaba_com",
        [(d * 10, CF, None, f"TM-{d}") for d in range(3)],
        20,
        {**Y365, "reading": "official"},
        {"closed": "yes"},
    ),
    (
        "R86",
        "or 3 times against one IPR",
        "alibaba_com",
        [(d * 10, CF, None, "TM-1") for d in range(3)],
        20,
        Y365,
        {"per_right": "3", "closed": "yes", "others": {"official": "yes"}},
    ),
    (
        "R86",
        "two times against one IPR is not three",
        "alibaba_com",
        [(0, CF, None, "TM-1"), (10, CF, None, "TM-1")],
        10,
        Y365,
        {"per_right": "2", "closed": "no"},
    ),
    (
        "R86",
        "ladder: 6 points = severe warning",
        "alibaba_com",
        [(0, GEN, 6)],
        0,
        {},
        {"ladder": "severe warning"},
    ),
    (
        "R86",
        "ladder: below 6 points no step",
        "alibaba_com",
        [(0, GEN, 5)],
        0,
        {},
        {"ladder": None},
    ),
    (
        "R86",
        "ladder: 12 = restriction for 7 days",
        "alibaba_com",
        [(0, GEN, 6), (1, GEN, 6)],
        1,
        Y365,
        {"ladder": "restriction for 7 days"},
    ),
    (
        "R86",
        "ladder: 11 is still a severe warning",
        "alibaba_com",
        [(0, GEN, 6), (1, GEN, 5)],
        1,
        Y365,
        {"ladder": "severe warning"},
    ),
    (
        "R86",
        "ladder: 24 = restriction for 14 days",
        "alibaba_com",
        [(d, GEN, 6) for d in range(4)],
        3,
        Y365,
        {"ladder": "restriction for 14 days"},
    ),
    (
        "R86",
        "ladder: 36 = restriction for 21 days plus removal of all products",
        "alibaba_com",
        [(d, GEN, 6) for d in range(6)],
        5,
        Y365,
        {"ladder": "restriction for 21 days and removal of all products"},
    ),
    (
        "R87",
        "only serious (counterfeit) violations count as strikes, general ones do not",
        "alibaba_com",
        [(d, GEN, 1, f"TM-{d}") for d in range(5)],
        4,
        Y365,
        {"serious": "0", "closed": "no"},
    ),
    (
        "R86",
        "how long points stay valid is not documented: yesterday's points are a range",
        "alibaba_com",
        [(0, GEN, 6), (1, GEN, 6)],
        1,
        {},
        {"points": "6 to 12"},
    ),
    (
        "R86",
        "undocumented validity: 48 reached only if old points still count is unknown",
        "alibaba_com",
        [(d, GEN, 6) for d in range(8)],
        7,
        {},
        {"closed": "unknown"},
    ),
    # --- Lazada, R88 -----------------------------------------------------------------------
    ("R88", "counterfeit up to 16 points", "lazada_sg", [(0, CF)], 0, {}, {"points": "0 to 16"}),
    (
        "R88",
        "content (text or image) infringement 1 point",
        "lazada_id",
        [(0, "content")],
        0,
        {},
        {"points": "1"},
    ),
    ("R88", "patent up to 6", "lazada_my", [(0, "patent")], 0, {}, {"points": "0 to 6"}),
    (
        "R88",
        "registered design up to 6",
        "lazada_th",
        [(0, "registered_design")],
        0,
        {},
        {"points": "0 to 6"},
    ),
    (
        "R88",
        "an account reaching 48 points is closed",
        "lazada_ph",
        [(0, CF, 16), (0, CF, 16), (0, CF, 16)],
        0,
        {},
        {"points": "48", "closed": "yes"},
    ),
    (
        "R88",
        "47 points is not 48",
        "lazada_vn",
        [(0, CF, 16), (0, CF, 16), (0, CF, 15)],
        0,
        {},
        {"points": "47", "closed": "no"},
    ),
    (
        "R88",
        "three unpriced counterfeits may or may not reach 48",
        "lazada_sg",
        [(0, CF), (0, CF), (0, CF)],
        0,
        {},
        {"points": "0 to 48", "closed": "unknown"},
    ),
    (
        "R88",
        "no daily cap is documented for Lazada: same-day content cases all count",
        "lazada_sg",
        [(0, "content") for _ in range(7)],
        0,
        {},
        {"points": "7"},
    ),
    (
        "R88",
        "content infringement costs 1: a content case stated at 2 points is refused",
        "lazada_sg",
        [(0, "content", 2)],
        0,
        {},
        {"error": "a case costs 1"},
    ),
    (
        "R88",
        "patent up to 6: 7 points for a patent case is refused",
        "lazada_sg",
        [(0, "patent", 7)],
        0,
        {},
        {"error": "the most a case costs is 6"},
    ),
    (
        "R88",
        "counterfeit up to 16: 17 points is refused",
        "lazada_sg",
        [(0, CF, 17)],
        0,
        {},
        {"error": "the most a case costs is 16"},
    ),
    # --- 1688, R64 / R52 / R89 -------------------------------------------------------------
    (
        "R64",
        "no counter-notice is accepted from a user with 60 or more points",
        "1688",
        [(0, GEN, 60)],
        0,
        {},
        {"bar": "yes"},
    ),
    ("R64", "61 points is 60 or more", "1688", [(0, GEN, 61)], 0, {}, {"bar": "yes"}),
    (
        "R64",
        "59 points: the serious closure count is not documented, so unknown",
        "1688",
        [(0, GEN, 59)],
        0,
        {},
        {"bar": "unknown"},
    ),
    (
        "R52",
        "counterfeit and piracy are serious on 1688",
        "1688",
        [(0, CF, 1), (0, "piracy", 1)],
        0,
        {},
        {"serious": "2"},
    ),
    (
        "R89",
        "everything else is general on 1688",
        "1688",
        [(0, "patent", 1), (0, GEN, 1), (0, "content", 1)],
        0,
        {},
        {"serious": "0"},
    ),
    (
        "R89",
        "1688 account closure is not documented",
        "1688",
        [(0, CF, 100)],
        0,
        {},
        {"closed": "unknown"},
    ),
    # --- Platforms the section is silent on ------------------------------------------------
    (
        "§1.9",
        "no penalty rule for Taobao: unknown",
        "taobao",
        [(0, CF, 10)],
        0,
        {},
        {"closed": "unknown", "points": "unknown"},
    ),
    (
        "§1.9",
        "no penalty rule for Tmall: unknown",
        "tmall",
        [(0, CF, 10)],
        0,
        {},
        {"closed": "unknown", "points": "unknown"},
    ),
    (
        "§1.9",
        "no penalty rule for Tmall Global: unknown",
        "tmall_global",
        [(0, CF, 10)],
        0,
        {},
        {"closed": "unknown", "points": "unknown"},
    ),
    (
        "R85",
        "AliExpress rules begin 21 Jan 2015: the day before is a gap",
        "aliexpress",
        [((date(2015, 1, 10) - D0).days, CF)],
        (date(2015, 1, 20) - D0).days,
        {},
        {"closed": "unknown", "points": "unknown"},
    ),
    # --- Disputed readings: the default, and a note where the other reading differs ---------
    (
        "R85",
        "serious violations within a 3-day window count as one: three days apart is "
        "the boundary; the default (day and 2 after) counts two, and the note says the other",
        "aliexpress",
        [(0, CF), (3, CF)],
        3,
        {},
        {"serious": "2", "note": "within the window too, serious would be 1 (here 2)"},
    ),
    (
        "R85",
        "three serious violations close the account, but not if the boundary day merges",
        "aliexpress",
        [(0, CF), (3, CF), (6, CF)],
        6,
        {},
        {"closed": "yes", "note": "serious would be 2 (here 3), closed would be no (here yes)"},
    ),
    (
        "R85",
        "a week apart no reading of the window merges them: no window note",
        "aliexpress",
        [(0, CF), (7, CF), (14, CF)],
        14,
        {},
        {"closed": "yes", "no_note": "window"},
    ),
    (
        "D10",
        "AliExpress closes whatever the type (R85, default); S43 counts only counterfeits",
        "aliexpress",
        [(0, "piracy"), (10, "piracy"), (20, CF)],
        20,
        {},
        {
            "closed": "yes",
            "note": "counting counterfeits only, serious would be 1 (here 3), "
            "closed would be no (here yes)",
        },
    ),
    (
        "D10",
        "three counterfeits close under both: no S43 note",
        "aliexpress",
        [(0, CF), (10, CF), (20, CF)],
        20,
        {},
        {"closed": "yes", "no_note": "S43"},
    ),
    (
        "D10",
        "Alibaba.com names counterfeits only: 4 piracy cases, the note gives the other",
        "alibaba_com",
        [(d * 10, "piracy", None, f"TM-{d}") for d in range(4)],
        30,
        Y365,
        {"serious": "0", "closed": "no", "note": "counted as serious, closed would be yes"},
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "platform", "rows", "day", "kw", "expected"),
    ROWS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)],
)
def test_rule_row(
    rule: str,
    sentence: str,
    platform: str,
    rows: list[tuple[Any, ...]],
    day: int,
    kw: dict[str, Any],
    expected: dict[str, Any],
) -> None:
    want = dict(expected)
    if "error" in want:
        with pytest.raises(IpprulesError, match=want["error"]):
            _standing(platform, rows, day, **dict(kw))
        return
    got = _answers(_standing(platform, rows, day, **dict(kw)))
    note, no_note = want.pop("note", None), want.pop("no_note", None)
    assert {k: got[k] for k in want} == want, (rule, sentence, got["notes"])
    if note is not None:
        assert note in str(got["notes"]), (rule, sentence, got["notes"])
    if no_note is not None:
        assert no_note not in str(got["notes"]), (rule, sentence, got["notes"])


def test_xianyu_is_filed_as_taobao_and_taobao_has_no_penalty_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """B1: Xianyu is filed by selecting Taobao; §1.9 has no Taobao penalty rule, so the
    command's answer for xianyu is Taobao's gap (unknown), and D11 (no source names Xianyu)
    is named as the reading that differs."""
    path = tmp_path / "v.csv"
    path.write_text("date,kind,platform,points\n2024-03-04,counterfeit,xianyu,10\n")
    args = ["penalties", str(path), "--platform", "xianyu", "--as-of", "2024-03-04"]
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["platform"] == "taobao" and data["closed"] == "unknown"
    assert "official" in data["other_readings"]
    assert main([*args, "--interpretation", "official"]) == 2


@given(
    rows=st.lists(st.tuples(st.integers(0, 40), st.sampled_from([CF, "piracy", GEN])), max_size=12),
    after=st.integers(0, 400),
)
@settings(max_examples=50, deadline=None, derandomize=True)
def test_window_and_counterfeit_only_notes_match_their_counts(
    rows: list[tuple[int, str]], after: int
) -> None:
    """The window note (R85) and the S43 note (D10) appear exactly where their reading's
    serious count on the as-of day differs, and neither reading closes an account that the
    default leaves open (both only take strikes away)."""
    as_of = D0 + timedelta(days=max((d for d, _ in rows), default=0) + after)
    found = penalty_standing(
        [Violation(on=D0 + timedelta(days=d), kind=k, points=1) for d, k in rows],
        "aliexpress",
        as_of,
    )
    live = [(D0 + timedelta(days=d), k) for d, k in rows if (as_of - D0).days - d < 365]
    serious = [on for on, k in live if k != GEN]
    here = strikes(serious, 3)
    assert found.serious.value == here
    notes = " | ".join(found.notes)
    for count, marker in (
        (strikes(serious, 4), "within the window too"),
        (strikes([on for on, k in live if k == CF], 3), "counting counterfeits only"),
    ):
        assert count <= here
        note = next((n for n in found.notes if marker in n), "")
        assert (f"serious would be {count} (here {here})" in note) == (count != here), notes
    if found.closed.value == "no":
        assert "closed would be" not in notes
