"""pen18: the disputed strike readings as data (``disputed_answers``), not only as notes.

R85 ("serious violations within a 3-day window count as one") does not say whether the third
day after the first violation is inside the window; D10 lists a law firm (S43) that counts
only counterfeits as strikes; Alibaba.com's sources name counterfeits only (R86/R87), so
whether piracy is serious there is not documented. Each reading that answers otherwise is an
entry of ``disputed_answers`` under its name, in every surface (JSON, records, text, the
notebook view), and never among ``other_readings`` (those are the book's interpretations).
The expected answers below are worked out by hand from the rule text, not taken from the code.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.penalties import Violation, penalty_standing
from ipprules.penalties.rules import strikes

D0 = date(2024, 3, 4)
CF, PIR, GEN = "counterfeit", "piracy", "general"


def _rows(spec: list[tuple[int, str]]) -> list[Violation]:
    return [
        Violation(on=D0 + timedelta(days=d), kind=k, points=1 if k == GEN else None)
        for d, k in spec
    ]


def test_both_aliexpress_readings_are_named_answers() -> None:
    """Serious on 4 (counterfeit), 7 (piracy) and 10 March (counterfeit): 3 strikes, closed
    on 10 March (R85). With the third day inside the window, 4 and 7 merge: 2 strikes, open.
    Counting counterfeits only (S43): 4 and 10 March, 2 strikes, open."""
    s = penalty_standing(_rows([(0, CF), (3, PIR), (6, CF)]), "aliexpress", "2024-03-20")
    assert (s.serious.value, s.closed.value, str(s.closed_on)) == (3, "yes", "2024-03-10")
    answers = {a.reading: a for a in s.disputed_answers}
    assert set(answers) == {"r85_window_third_day", "s43_counterfeits_only"}
    for a in answers.values():
        assert (a.closed.value, a.closed_on) == ("no", None)
        assert {n: (t, m) for n, t, m in a.differs} == {
            "serious": ("2", "3"),
            "closed": ("no", "yes"),
            "closed_on": (None, "2024-03-10"),
        }
    assert s.other_readings == () and s.other_answers == ()  # not interpretations of the book
    data = s.to_dict()
    assert data["disputed_answers"]["r85_window_third_day"]["differs"]["serious"] == {
        "value": "2",
        "here": "3",
    }
    assert data["disputed_answers"]["s43_counterfeits_only"]["closure"][0]["met"] == "no"
    assert s.to_records()[0]["disputed_closed"] == [
        "s43_counterfeits_only:no",
        "r85_window_third_day:no",
    ]
    line = "figures differ under disputed rules: s43_counterfeits_only, r85_window_third_day"
    assert line in s.text().splitlines()
    assert line in s._repr_html_()


def test_a_later_closure_under_s43_is_data_and_said() -> None:
    """Counterfeits on days 0 and 10, piracy on 5 and counterfeit on 20: closed on day 10 by
    default (3 strikes); counting counterfeits only, the third strike is day 20: closed
    either way, but since another day. The note says so too."""
    s = penalty_standing(_rows([(0, CF), (5, PIR), (10, CF), (20, CF)]), "aliexpress", "2024-05-01")
    assert str(s.closed_on) == str(D0 + timedelta(days=10))
    (a,) = s.disputed_answers
    assert (a.reading, a.closed.value, a.closed_on) == (
        "s43_counterfeits_only",
        "yes",
        D0 + timedelta(days=20),
    )
    assert ("closed_on", "2024-03-24", "2024-03-14") in a.differs
    assert "closed on would be 2024-03-24 (here 2024-03-14)" in " ".join(s.notes)


def test_no_entry_where_the_readings_agree() -> None:
    """Counterfeit on day 0, piracy on day 1 (the same strike, R85), counterfeits on days 5
    and 10: 3 strikes, closed on day 10, under every strike reading: no entry, no note."""
    s = penalty_standing(_rows([(0, CF), (1, PIR), (5, CF), (10, CF)]), "aliexpress", "2024-04-01")
    assert (s.serious.value, s.closed_on) == (3, D0 + timedelta(days=10))
    assert s.disputed_answers == ()
    assert not [n for n in s.notes if "would be" in n]


def test_alibaba_piracy_reading_is_named() -> None:
    """Alibaba.com, three piracy cases on three rights: none serious by default (R86/R87 name
    counterfeits); counted as serious they are 3 serious violations."""
    rows = [Violation(on=f"2024-05-0{d}", kind=PIR, right=f"T{d}") for d in (1, 2, 3)]
    s = penalty_standing(rows, "alibaba_com", "2024-06-01", validity_days=365)
    (a,) = s.disputed_answers
    assert a.reading == "piracy_serious"
    assert {n: (t, m) for n, t, m in a.differs}["serious"] == ("3", "0")
    assert "piracy_serious" in s.to_dict()["disputed_answers"]
    assert "piracy_serious" not in s.other_readings


def test_cli_json_has_the_disputed_answers(tmp_path: Path, capsys: object) -> None:
    path = tmp_path / "v.csv"
    path.write_text(
        "date,kind\n2024-03-04,counterfeit\n2024-03-07,piracy\n2024-03-10,counterfeit\n"
    )
    args = ["penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-03-20"]
    assert main([*args, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert sorted(data["disputed_answers"]) == ["r85_window_third_day", "s43_counterfeits_only"]


def _closure_by_hand(serious: list[date], merge: int, last: date) -> date | None:
    """The first day on which 3 strikes are in force (365 days, R85), day by day."""
    day = min(serious, default=last)
    while day <= last:
        live = [on for on in serious if on <= day and (day - on).days < 365]
        if strikes(live, merge) >= 3:
            return day
        day += timedelta(days=1)
    return None


@given(
    rows=st.lists(
        st.tuples(st.integers(0, 500), st.sampled_from([CF, PIR, GEN])), min_size=1, max_size=12
    ),
    after=st.integers(0, 400),
)
@settings(max_examples=50, deadline=None, derandomize=True)
def test_disputed_answers_match_a_day_by_day_walk(rows: list[tuple[int, str]], after: int) -> None:
    """Each reading's closure, walked day by day over its own strikes, is the one its entry
    gives, and an entry is there exactly where its serious count or closure differs."""
    as_of = D0 + timedelta(days=max(d for d, _ in rows) + after)
    s = penalty_standing(_rows(rows), "aliexpress", as_of)
    live = [D0 + timedelta(days=d) for d, k in rows if k != GEN and (as_of - D0).days - d < 365]
    serious = [D0 + timedelta(days=d) for d, k in rows if k != GEN]
    cf = [D0 + timedelta(days=d) for d, k in rows if k == CF]
    assert s.closed_on == _closure_by_hand(serious, 3, as_of)
    answers = {a.reading: a for a in s.disputed_answers}
    for name, days, merge in (
        ("r85_window_third_day", serious, 4),
        ("s43_counterfeits_only", cf, 3),
    ):
        closed_on = _closure_by_hand(days, merge, as_of)
        count = strikes([d for d in live if d in days], merge)
        differs = closed_on != s.closed_on or count != s.serious.value
        assert (name in answers) == differs, (name, answers)
        if differs:
            assert answers[name].closed_on == closed_on
            assert answers[name].closed.value == ("yes" if closed_on else "no")
