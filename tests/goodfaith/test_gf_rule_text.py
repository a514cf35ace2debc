"""The Good Faith engine against the rule text of sections 1.7, 1.8, 1.10 and part 2 (sweep
rules15): each case is a rule's number or gap, at its boundary."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing

AS_OF = dt.date(2023, 3, 31)  # version 2022: every reason code must pass too (R75)
DECLARED = AccountEvent(date=dt.date(2022, 1, 1), kind=EventKind.DECLARATION)


def _complaint(code: str, taken_down: int, rejected: int = 0, withdrawn: int = 0) -> Complaint:
    return Complaint(
        filed=dt.date(2023, 3, 1),
        platform="taobao",
        reason_code=code,
        listings=taken_down + rejected + withdrawn,
        taken_down=taken_down,
        rejected=rejected,
        withdrawn=withdrawn,
    )


def _base() -> list[Complaint | AccountEvent]:
    """101 complaints of 10 listings, all taken down, under tm_misuse: the account passes."""
    return [
        *(_complaint("tm_misuse", 10) for _ in range(101)),
        DECLARED,
    ]


@settings(max_examples=60, deadline=None)
@given(
    taken_down=st.integers(0, 40),
    rejected=st.integers(0, 5),
    withdrawn=st.integers(1, 40),
)
def test_withdrawn_listings_that_would_turn_a_reason_code_are_noted(
    taken_down: int, rejected: int, withdrawn: int
) -> None:
    """R91: how withdrawn complaints count is not documented; R75: from 2022 each reason code
    must pass on its own. When counting a reason code's withdrawn listings as failures would
    turn its takedown criterion, a note names the code, as it does for the account's rate."""
    code = [_complaint("tm_counterfeit", taken_down, rejected, withdrawn)]
    s = standing(History.from_records([*_base(), *code]), AS_OF)
    own = s.criterion("takedown_rate", "tm_counterfeit")
    decided = taken_down + rejected
    now = own.met
    counted = Fraction(taken_down, decided + withdrawn) > Fraction(9, 10)
    notes = [n for n in s.notes if "withdrawn" in n and "'tm_counterfeit'" in n]
    assert bool(notes) is (now != counted)
    if notes:
        assert f"{taken_down}/{decided + withdrawn}" in notes[0] and "R91" in notes[0]


@settings(max_examples=60, deadline=None)
@given(
    complaints=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 3)), min_size=1, max_size=8)
)
def test_a_reason_code_whose_verdict_turns_in_the_other_unit_is_noted(
    complaints: list[tuple[int, int]],
) -> None:
    """R91: whether the platform counts listings or complaints is not documented. When a
    reason code's takedown rate would turn counted per complaint, a note names the code."""
    code = [_complaint("tm_counterfeit", t, r) for t, r in complaints if t + r]
    if not code:
        return
    s = standing(History.from_records([*_base(), *code]), AS_OF)
    listings = s.criterion("takedown_rate", "tm_counterfeit").met
    won = sum(1 for t, _ in complaints if t)
    decided = sum(1 for t, r in complaints if t + r)
    per_complaint = Fraction(won, decided) > Fraction(9, 10)
    notes = [n for n in s.notes if "'tm_counterfeit' takedown_rate per complaint" in n]
    assert bool(notes) is (listings != per_complaint)
    if notes:
        assert f"{won}/{decided}" in notes[0] and "R91" in notes[0]


def test_a_window_with_one_reason_code_does_not_repeat_the_accounts_note() -> None:
    """The account's rate is its only reason code's: one note, not two."""
    s = standing(History.from_records([*_base(), _complaint("tm_misuse", 0, 0, 300)]), AS_OF)
    assert len([n for n in s.notes if "withdrawn" in n]) == 1


def test_a_member_with_nothing_to_count_is_kept_and_the_answer_says_so() -> None:
    """R71 removes a member whose rate is below 90% or above 5% over the past three months;
    it does not say what becomes of a member that filed nothing in them. The account is kept
    (the rates are not below or above anything), and the answer says that this is the
    library's reading of a gap, under every interpretation."""
    january = [
        Complaint(
            filed=dt.date(2023, 1, 1) + dt.timedelta(days=i % 31),
            platform="taobao",
            reason_code="tm_misuse",
            listings=10,
            taken_down=10,
        )
        for i in range(124)
    ]
    history = History.from_records([*january, DECLARED])
    for name in ("brief", "official", "brief-at-least-100"):
        busy = standing(history, dt.date(2023, 1, 31), interpretation=name)
        assert busy.member and not any("nothing to count" in n for n in busy.notes)
        idle = standing(history, dt.date(2023, 6, 1), interpretation=name)
        assert idle.member and not idle.qualifies
        (note,) = [n for n in idle.notes if n.startswith("a member with nothing to count")]
        assert "(takedown_rate, counter_notice_rate)" in note and "R71" in note


def _daily(start: dt.date, days: int) -> list[Complaint | AccountEvent]:
    return [
        Complaint(
            filed=start + dt.timedelta(days=i // 2),
            platform="taobao",
            reason_code="tm_misuse",
            listings=10,
            taken_down=10,
        )
        for i in range(2 * days)
    ]


def test_under_2015_a_qualifying_account_without_an_admission_is_told_why_it_is_no_member() -> None:
    """R70(a): admission became automatic in 2018. Under the 2015 criteria an account that
    meets every criterion is a member only once admitted, and the answer says so; from 2018 the
    same history makes it a member on its own."""
    signed = AccountEvent(date=dt.date(2016, 1, 1), kind=EventKind.DECLARATION)
    records = [*_daily(dt.date(2016, 1, 1), 200), signed]
    history = History.from_records(records)
    for name in ("brief", "official"):
        s = standing(history, dt.date(2016, 3, 1), interpretation=name)
        assert (s.version, s.qualifies, s.member) == ("2015", True, False)
        assert any("admission is not automatic under the 2015 criteria" in n for n in s.notes)
    admitted = AccountEvent(date=dt.date(2016, 1, 2), kind=EventKind.ADMISSION)
    s = standing(History.from_records([*records, admitted]), dt.date(2016, 3, 1))
    assert s.member and not any("admission is not automatic" in n for n in s.notes)
    later = History.from_records([*_daily(dt.date(2019, 1, 1), 200), signed])
    s = standing(later, dt.date(2019, 4, 1))
    assert s.member and not any("admission is not automatic" in n for n in s.notes)


def test_a_withdrawal_lock_out_under_2015_says_its_length_is_inferred() -> None:
    """D3, R73: 3 months after a voluntary withdrawal are of 2020 (R73); for 2015 no source
    gives the length, and the 6 months of an exclusion (R69) are applied: the answer says so.
    A withdrawal under the 2018 criteria (R73 cited) gets no such note."""
    for year, months in ((2016, 6), (2019, 3)):
        history = History.from_records(
            [
                *_daily(dt.date(year, 1, 1), 200),
                AccountEvent(date=dt.date(year, 1, 1), kind=EventKind.DECLARATION),
                AccountEvent(date=dt.date(year, 1, 2), kind=EventKind.ADMISSION),
                AccountEvent(date=dt.date(year, 2, 1), kind=EventKind.WITHDRAWAL),
            ]
        )
        for name in ("brief", "official", "brief-at-least-100"):
            s = standing(history, dt.date(year, 3, 1), interpretation=name)
            assert s.locked_until == dt.date(year, 2 + months, 1)
            noted = [n for n in s.notes if "after the voluntary withdrawal" in n]
            assert bool(noted) is (year == 2016), name
            if noted:
                assert "inferred" in noted[0] and "R73" in noted[0]


def test_the_rules_view_marks_the_2015_withdrawal_lock_out_as_inferred(capsys: Any) -> None:
    """`ipprules rules good-faith` showed "6 months" after a withdrawal under the 2015
    criteria as if a source gave it; from 2018 R73 does (3 months)."""
    from ipprules.cli import main

    inferred = "6 months (inferred: R73's rule for withdrawals is of 2020)"
    for name in ("brief", "official", "brief-at-least-100"):
        for day, shown in (("2016-01-01", inferred), ("2019-01-01", "3 months")):
            main(["rules", "good-faith", "--as-of", day, "--interpretation", name])
            out = capsys.readouterr().out.splitlines()
            row = next(ln for ln in out if ln.startswith("lock-out after withdrawal"))
            assert row.removeprefix("lock-out after withdrawal").strip() == shown, (name, day)


@settings(max_examples=60, deadline=None)
@given(
    inside=st.integers(80, 130),
    outside=st.lists(
        st.tuples(st.sampled_from(["aliexpress", "1688", "lazada_sg"]), st.integers(0, 50)),
        max_size=4,
    ),
    official=st.booleans(),
)
def test_a_verdict_that_would_turn_on_every_platform_names_the_scope_dispute(
    inside: int, outside: list[tuple[str, int]], official: bool
) -> None:
    """D2: the Handbook (S22, R79) limits the programme to the Tao marketplaces, the default;
    one third-party guide (S21) says it covers every platform. When counting the complaints of
    the other platforms would turn the account's takedown rate, the answer says so."""
    rows: list[Complaint | AccountEvent] = [
        *(_complaint("tm_misuse", 10) for _ in range(95)),
        _complaint("tm_misuse", 10, rejected=inside),
        DECLARED,
    ]
    for platform, rejected in outside:
        rows.append(
            Complaint(
                filed=dt.date(2023, 3, 2),
                platform=platform,
                reason_code="tm_misuse",
                listings=50,
                taken_down=50 - rejected,
                rejected=rejected,
            )
        )
    name = "official" if official else "brief"
    s = standing(History.from_records(rows), AS_OF, interpretation=name)
    listed = 50 * len(outside)
    won = 960 + sum(50 - r for _, r in outside)
    wide = Fraction(won, 960 + inside + listed)
    passes = wide >= Fraction(9, 10) if official else wide > Fraction(9, 10)
    notes = [n for n in s.notes if n.startswith("takedown_rate counted on every platform")]
    assert bool(notes) is (passes != s.criterion("takedown_rate").met)
    if notes:
        assert f"{won}/{960 + inside + listed}" in notes[0] and "D2" in notes[0]
    asked = standing(History.from_records(rows), AS_OF, interpretation=name, platforms=["taobao"])
    assert not any("counted on every platform" in n for n in asked.notes)  # the caller chose


def test_an_admission_event_during_a_lock_out_is_followed_and_noted() -> None:
    """R72, R73: a removed or withdrawn account cannot rejoin for 3 months. An admission
    recorded inside them is followed (the history is the platform's record) and the answer
    says that it broke the lock-out; one recorded on the day it ends gets no note."""
    complaints = _daily(dt.date(2022, 10, 1), 300)
    for admitted, noted in ((dt.date(2023, 3, 1), True), (dt.date(2023, 5, 1), False)):
        history = History.from_records(
            [
                *complaints,
                DECLARED,
                AccountEvent(date=dt.date(2023, 2, 1), kind=EventKind.WITHDRAWAL),
                AccountEvent(date=admitted, kind=EventKind.ADMISSION),
            ]
        )
        s = standing(history, dt.date(2023, 5, 15))
        assert s.member and s.member_since == admitted and s.locked_until is None
        found = [n for n in s.notes if "during a lock-out" in n]
        assert bool(found) is noted
        if noted:
            assert "2023-03-01" in found[0] and "2023-05-01" in found[0]
