"""surf16: the other reading's answer in structured form, and identical id-less rows named."""

from __future__ import annotations

from datetime import date

from ipprules.penalties import Violation, penalty_standing


def _counterfeits(n: int) -> list[Violation]:
    return [
        Violation(on=date(2024, 3, 4 + d), kind="counterfeit", right=f"TM-{d}", id=f"a{d}")
        for d in range(n)
    ]


def test_the_other_readings_answer_is_a_structured_field() -> None:
    """D10/R87: official closes Alibaba.com at serious>=3; the answer is data, not only text."""
    s = penalty_standing(_counterfeits(3), "alibaba_com", "2024-03-06", validity_days=365)
    assert s.closed.value != "yes"
    (other,) = s.other_answers
    assert (other.reading, other.closed.value, other.closed_on) == (
        "official",
        "yes",
        date(2024, 3, 6),
    )
    assert ("serious", 3) in [(c.name, c.threshold) for c in other.closure]
    data = s.to_dict()["other_answers"]
    assert data["official"]["closed"] == "yes"
    assert data["official"]["closed_on"] == "2024-03-06"
    assert {"name": "serious", "threshold": 3} | {} in [
        {"name": c["name"], "threshold": c["threshold"]} for c in data["official"]["closure"]
    ]
    assert any("under official: closed would be yes" in n for n in s.notes)  # notes kept


def test_no_other_answer_where_the_readings_agree() -> None:
    s = penalty_standing(_counterfeits(1), "aliexpress", "2024-03-06")
    assert s.other_answers == ()
    assert s.to_dict()["other_answers"] == {}


def test_an_other_answer_where_only_a_threshold_differs() -> None:
    """pen15: the closure agrees (no), but official's serious threshold is 3, not 4: that
    figure of the other reading is its answer too, and nothing else is named."""
    s = penalty_standing(_counterfeits(1), "alibaba_com", "2024-03-06", validity_days=365)
    (other,) = s.other_answers
    assert [name for name, _, _ in other.differs] == ["closure_thresholds"]
    assert list(s.to_dict()["other_answers"]["official"]["differs"]) == ["closure_thresholds"]


def test_identical_rows_without_ids_are_counted_and_named() -> None:
    """Rows without ids are not compared (documented), so a file appended twice doubles the
    strikes; the answer now says which rows repeat."""
    once = [
        Violation(on=date(2024, 3, 4), kind="counterfeit", right="TM-1"),
        Violation(on=date(2024, 3, 5), kind="counterfeit", right="TM-2"),
    ]
    s = penalty_standing(once + once, "aliexpress", "2024-03-06")
    assert s.counted == 4  # still counted
    (note,) = [n for n in s.notes if "identical" in n]
    assert note.startswith("2 row(s) without an id are identical to another row")
    assert "2024-03-04 counterfeit (platform None, right 'TM-1') x2" in note
    assert "2024-03-05 counterfeit (platform None, right 'TM-2') x2" in note
    assert note in penalty_standing(once[::-1] + once, "aliexpress", "2024-03-06").notes
    plain = penalty_standing(once, "aliexpress", "2024-03-06")
    assert not [n for n in plain.notes if "identical" in n]


def test_the_records_carry_the_other_readings_answer() -> None:
    """R87: each closure record says official's closure answer and its threshold where it
    differs (serious: 3 for this reading's 4)."""
    s = penalty_standing(_counterfeits(3), "alibaba_com", "2024-03-06", validity_days=365)
    records = {r["check"]: r for r in s.to_records() if r["test"] == "closure"}
    assert records["serious"]["threshold"] == 4
    assert records["serious"]["other_threshold"] == ["official:3"]
    assert all(r["other_closed"] == ["official:yes"] for r in records.values())
    frame = s.to_frame()
    assert list(frame.loc[frame["check"] == "serious", "other_threshold"].iloc[0]) == ["official:3"]
