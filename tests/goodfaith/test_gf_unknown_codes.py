"""A reason code the rule book does not have is never assessed in silence.

Under the per-reason-code criteria (2022 on, R75) a history's code the book does not know (a
misspelt ``tm_counterfit``) is assessed as a code of its own; the standing says so in a note
that names the code, its count, the nearest real code and the rule book's version. ``check``
names the version in its ``reason-unknown`` error too.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.goodfaith import Complaint, History, standing

BOOK = default_rulebook()
KNOWN = sorted({r.id for r in BOOK.records("reason_codes")})
LABEL = BOOK.as_of("2023-05-20").rulebook
DAY = dt.date(2023, 5, 20)


def _history(day: dt.date, *codes: str) -> History:
    return History.from_records(
        [
            Complaint(
                filed=day - dt.timedelta(days=14),
                platform="taobao",
                reason_code=c,
                listings=3,
                taken_down=3,
            )
            for c in codes
        ]
    )


def _notes(*codes: str, day: dt.date = DAY) -> list[str]:
    found = standing(_history(day, *codes), day, interpretation="brief").notes
    return [n for n in found if "not in the rule book" in n]


@given(code=st.text(min_size=1, max_size=20).filter(lambda c: c not in KNOWN))
def test_a_code_the_book_lacks_is_named_with_the_book_version(code: str) -> None:
    (note,) = _notes("tm_counterfeit", code)
    assert repr(code) in note and LABEL in note


@given(codes=st.lists(st.sampled_from(KNOWN), min_size=1, max_size=4))
def test_codes_of_the_book_bring_no_note(codes: list[str]) -> None:
    assert _notes(*codes) == []


def test_the_note_counts_and_suggests() -> None:
    (note,) = _notes("tm_counterfit", "tm_counterfit", "tm_counterfeit")
    assert "2 complaint(s)" in note
    assert "'tm_counterfit' (2, did you mean 'tm_counterfeit'?)" in note


def test_no_note_where_codes_are_not_assessed_one_by_one() -> None:
    # before the 2022 version (R75) the code decides nothing
    assert _notes("tm_counterfit", day=dt.date(2021, 6, 1)) == []


def test_check_names_the_book_version_and_the_nearest_code() -> None:
    from ipprules.checks import check, read_plan

    plan = read_plan("examples/plan.toml")
    first = attrs.evolve(plan.complaints[0], reason="tm_counterfit")
    report = check(attrs.evolve(plan, complaints=(first,)), as_of="2026-11-23")
    (finding,) = [f for f in report.findings if f.code == "reason-unknown"]
    assert LABEL in finding.message
    assert "did you mean 'tm_counterfeit'?" in finding.message
