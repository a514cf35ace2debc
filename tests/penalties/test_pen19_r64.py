"""pen19: R64's second sentence, a violation answered by an accepted counter-notice.

R64 (1688): "If the complainant or Alibaba accepts a counter-notice, the deducted points or
counts are restored." A violation may carry ``counter_notice_accepted`` (the day the
counter-notice was accepted): on 1688 it no longer counts from that day, with a note citing
R64. No other platform's rules say what an accepted counter-notice does to the points or
counts already deducted, so there the answer a restoration would change is ``unknown``, and
a note says so. The expected answers are worked out by hand from the rule text.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ipprules.errors import IpprulesError
from ipprules.penalties import Violation, penalty_standing, read_violations
from ipprules.schemas import schema

SIXTY = {"on": date(2024, 3, 4), "kind": "general", "points": 60}


def test_1688_restores_the_points_from_the_day_of_acceptance() -> None:
    """60 points bar a counter-notice (R64) until the accepted one restores them (validity
    assumed, as 1688 documents none)."""
    v = [Violation(**SIXTY, counter_notice_accepted=date(2024, 3, 10))]  # type: ignore[arg-type]
    before = penalty_standing(v, "1688", date(2024, 3, 9), validity_days=365)
    assert before.points.low == 60
    assert before.counter_notice_barred is not None
    assert before.counter_notice_barred.value == "yes"
    after = penalty_standing(v, "1688", date(2024, 3, 10), validity_days=365)
    assert after.points.low == 0 and after.points.high == 0
    assert after.counter_notice_barred is not None
    assert after.counter_notice_barred.value != "yes"
    assert any("R64" in n and "restored" in n for n in after.notes)


def test_1688_without_acceptance_keeps_the_points() -> None:
    s = penalty_standing([Violation(**SIXTY)], "1688", date(2024, 3, 10), validity_days=365)  # type: ignore[arg-type]
    assert s.points.low == 60
    assert not any("restored" in n for n in s.notes)


def test_aliexpress_restoration_is_not_documented_so_the_closure_is_unknown() -> None:
    """Three strikes close an AliExpress account (R85); R85 says nothing of a counter-notice
    accepted after the penalty. Counted, the account closes on 2024-03-24; restored from
    2024-03-08, only two strikes are in force then: the closure is unknown."""
    v = [
        Violation(on=date(2024, 3, 4), kind="counterfeit", counter_notice_accepted="2024-03-08"),
        Violation(on=date(2024, 3, 14), kind="counterfeit"),
        Violation(on=date(2024, 3, 24), kind="counterfeit"),
    ]
    s = penalty_standing(v, "aliexpress", date(2024, 4, 1))
    assert s.closed.value == "unknown"
    assert s.serious.low == 2 and s.serious.high == 3
    assert any("not documented" in n and "counter-notice" in n for n in s.notes)
    # the same rows without the acceptance close the account
    plain = [Violation(on=x.on, kind=x.kind) for x in v]
    assert penalty_standing(plain, "aliexpress", date(2024, 4, 1)).closed.value == "yes"


def test_aliexpress_restoration_that_changes_nothing_still_says_so() -> None:
    v = [Violation(on=date(2024, 3, 4), kind="counterfeit", counter_notice_accepted="2024-03-08")]
    s = penalty_standing(v, "aliexpress", date(2024, 4, 1))
    assert s.closed.value == "no"
    assert s.serious.low == 0 and s.serious.high == 1
    assert any("not documented" in n and "counter-notice" in n for n in s.notes)


def test_acceptance_before_the_violation_is_refused() -> None:
    with pytest.raises(IpprulesError, match="counter-notice"):
        Violation(on=date(2024, 3, 4), kind="general", counter_notice_accepted="2024-03-01")


def test_files_carry_the_acceptance(tmp_path: Path) -> None:
    csv = tmp_path / "v.csv"
    csv.write_text("date,kind,points,counter_notice_accepted\n2024-03-04,general,60,2024-03-10\n")
    assert read_violations(csv)[0].counter_notice_accepted == date(2024, 3, 10)
    js = tmp_path / "v.json"
    row = {"date": "2024-03-04", "kind": "general", "counter_notice_accepted": "2024-03-10"}
    js.write_text(json.dumps([row]))
    assert read_violations(js)[0].counter_notice_accepted == date(2024, 3, 10)
    bad = tmp_path / "b.csv"
    bad.write_text("date,kind,counter_notice_accepted\n2024-03-04,general,soon\n")
    with pytest.raises(IpprulesError, match=r"counter_notice_accepted"):
        read_violations(bad)


def test_the_schema_names_the_key() -> None:
    row = schema("violations")["$defs"]["Row"]["properties"]
    assert "counter_notice_accepted" in row


def test_a_counter_notice_assessment_counts_the_restoration() -> None:
    """R64's bar in ``assess_counter_notice``: 60 points restored by filing no longer bar the
    seller; the same violation without the acceptance does."""
    from ipprules.counternotice import CounterNotice, SellerFacts, SellerViolation
    from ipprules.counternotice.assess import assess_counter_notice

    def points_check(accepted: str | None) -> list[str]:
        seller = SellerFacts(
            violations=(
                SellerViolation(
                    date="2024-06-10", kind="general", points=60, counter_notice_accepted=accepted
                ),
            )
        )
        notice = CounterNotice(platform="1688", complaint_date=date(2024, 6, 10), seller=seller)
        found = assess_counter_notice(notice)
        return [f.code for f in found.findings]

    assert "cn-seller-barred-points" in points_check(None)
    assert "cn-seller-barred-points" not in points_check("2024-06-10")
