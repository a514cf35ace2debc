"""left17: AliExpress' merged strikes, and the reading where a merged strike lapses otherwise.

R85 merges serious violations within 3 days into one strike and keeps each violation valid for
365 days, but does not say how a merged strike lapses. The default (the library's answer) merges
the violations still in force afresh each day; the reading ``r85_strikes_fixed`` (rule data:
the AliExpress record's ``disputed_readings``) keeps a strike as it was counted, in force while
any of its violations is. rules63's F3: counterfeits on 2024-03-04, 03-06, 03-07 and
2025-03-04, as of 2025-03-04: 2 strikes (default), 3 and closed under the fixed reading.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from ipprules import default_rulebook, load_rulebook
from ipprules.cli import main
from ipprules.penalties import PenaltyStanding, Violation, penalty_standing
from ipprules.penalties.model import OtherAnswer

DATA = Path(__file__).resolve().parents[1] / "src/ipprules/rulebook/data/penalties.json"
F3 = [
    Violation(on=date(2024, 3, 4), kind="counterfeit"),
    Violation(on=date(2024, 3, 6), kind="counterfeit"),
    Violation(on=date(2024, 3, 7), kind="counterfeit"),
    Violation(on=date(2025, 3, 4), kind="counterfeit"),
]


def _fixed(s: PenaltyStanding) -> OtherAnswer | None:
    found = [a for a in s.disputed_answers if a.reading == "r85_strikes_fixed"]
    return found[0] if found else None


def test_f3_keeps_the_default_and_names_the_fixed_reading() -> None:
    s = penalty_standing(F3, "aliexpress", date(2025, 3, 4))
    assert (s.serious.text, s.closed.value, s.closed_on) == ("2", "no", None)
    answer = _fixed(s)
    assert answer is not None
    assert answer.closed.value == "yes" and answer.closed_on == date(2025, 3, 4)
    assert {n: (t, m) for n, t, m in answer.differs}["serious"] == ("3", "2")
    assert (answer.rules, answer.sources, answer.confidence) == (("R85",), ("S39",), "inferred")
    data = s.to_dict()["disputed_answers"]["r85_strikes_fixed"]
    assert data["closed"] == "yes" and data["sources"] == ["S39"]
    assert data["confidence"] == "inferred" and data["rules"] == ["R85"]
    assert "r85_strikes_fixed:yes" in s.to_records()[0]["disputed_closed"]
    assert any("r85_strikes_fixed" in n and "closed would be yes" in n for n in s.notes)


def test_the_readings_agree_before_a_merged_violation_lapses() -> None:
    for day in (date(2024, 3, 7), date(2025, 3, 3)):
        s = penalty_standing(F3, "aliexpress", day)
        assert _fixed(s) is None, day
    # one strike of one day each: both readings lapse it alike
    single = [Violation(on=date(2024, 3, d), kind="counterfeit") for d in (4, 8)]
    s = penalty_standing(
        [*single, Violation(on=date(2025, 3, 4), kind="counterfeit")],
        "aliexpress",
        date(2025, 3, 4),
    )
    assert _fixed(s) is None and s.serious.text == "2"


def test_the_reading_is_rule_data(tmp_path: Path) -> None:
    rule = default_rulebook().as_of("2024-06-01").penalties_for("aliexpress")
    assert rule is not None
    (reading,) = rule.disputed_readings
    assert reading.name == "r85_strikes_fixed" and reading.confidence.value == "inferred"
    records = json.loads(DATA.read_text(encoding="utf-8"))
    record = next(r for r in records if r["id"] == "aliexpress")
    record = {k: v for k, v in record.items() if k != "disputed_readings"}
    record |= {"sources": ["ACME"], "confidence": "user"}
    path = tmp_path / "no-reading.json"
    doc = {
        "name": "No reading",
        "sources": [{"id": "ACME", "title": "ours", "kind": "user"}],
        "penalties": [record],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    s = penalty_standing(F3, "aliexpress", date(2025, 3, 4), load_rulebook(path))
    assert s.serious.text == "2" and _fixed(s) is None


def test_the_fixed_reading_may_close_earlier_and_says_when() -> None:
    # fixed: {03-04, 03-06}, {03-07}, then 2025-03-05 is a third strike while 03-06 is in force
    v = [*F3[:3], Violation(on=date(2025, 3, 5), kind="counterfeit")]
    s = penalty_standing(v, "aliexpress", date(2025, 3, 5))
    answer = _fixed(s)
    assert s.closed.value == "no" and answer is not None
    assert answer.closed.value == "yes" and answer.closed_on == date(2025, 3, 5)


def test_the_fixed_count_is_never_below_the_regrouped_one() -> None:
    from ipprules.penalties.rules import Case, figures, fixed_groups

    rule = default_rulebook().as_of("2024-06-01").penalties_for("aliexpress")
    assert rule is not None
    start = date(2024, 1, 1)
    sequences = [
        [0, 2, 3, 365],
        [0, 1, 2, 3, 4, 5, 6, 7],
        [0, 2, 4, 6, 8, 10],
        [0, 0, 3, 5, 6, 9, 363, 364, 366],
        [5, 7, 8, 10, 200, 201, 370, 372],
    ]
    for offsets in sequences:
        v = [Violation(on=start + timedelta(days=d), kind="counterfeit") for d in offsets]
        cases = [Case(i, x, 0, 0, True) for i, x in enumerate(v)]
        groups = (fixed_groups(cases, 3), fixed_groups(cases, 3, per_right=True))
        for day in range(offsets[-1] + 370):
            on = start + timedelta(days=day)
            again = figures(cases, on, rule, 365).serious.low
            fixed = figures(cases, on, rule, 365, groups).serious.low
            assert again is not None and fixed is not None
            assert fixed >= again, (offsets, on)


def test_per_right_groups_are_numbered_apart() -> None:
    from ipprules.penalties.rules import Case, fixed_groups

    v = [
        Violation(on=date(2024, 3, 4), kind="counterfeit", right="A"),
        Violation(on=date(2024, 3, 5), kind="counterfeit", right="B"),
        Violation(on=date(2024, 3, 6), kind="counterfeit", right="A"),
        Violation(on=date(2024, 3, 7), kind="counterfeit", right="A"),
    ]
    cases = [Case(i, x, 0, 0, True) for i, x in enumerate(v)]
    assert fixed_groups(cases, 3, per_right=True) == {0: 0, 1: 1, 2: 0, 3: 2}
    assert fixed_groups(cases, 3) == {0: 0, 1: 0, 2: 0, 3: 1}


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_command_names_the_reading(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "f3.csv"
    path.write_text(
        "date,kind\n2024-03-04,counterfeit\n2024-03-06,counterfeit\n"
        "2024-03-07,counterfeit\n2025-03-04,counterfeit\n",
        encoding="utf-8",
    )
    args = ["penalties", str(path), "--platform", "aliexpress", "--as-of", "2025-03-04"]
    assert main([*args, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        data = json.loads(out)
        assert data["closed"] == "no"
        answer = data["disputed_answers"]["r85_strikes_fixed"]
        assert answer["closed"] == "yes" and answer["confidence"] == "inferred"
    else:
        assert "figures differ under disputed rules: r85_strikes_fixed" in out
        assert "r85_strikes_fixed, R85; S39; inferred" in out


def test_a_reading_citing_an_unknown_source_is_refused(tmp_path: Path) -> None:
    from ipprules.errors import RuleDataError

    records = json.loads(DATA.read_text(encoding="utf-8"))
    record = next(r for r in records if r["id"] == "aliexpress")
    reading = {**record["disputed_readings"][0], "sources": ["NOPE"]}
    record = {**record, "sources": ["ACME"], "confidence": "user", "disputed_readings": [reading]}
    path = tmp_path / "bad.json"
    doc = {
        "name": "Bad",
        "sources": [{"id": "ACME", "title": "ours", "kind": "user"}],
        "penalties": [record],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"disputed_readings\[0\]\.sources\[0\]"):
        load_rulebook(path)
