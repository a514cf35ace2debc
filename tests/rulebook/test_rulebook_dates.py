"""Both sides of every effective date, and coverage."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from ipprules import CoverageError, default_rulebook
from ipprules.rulebook import Comparison, diff_rules

BOOK = default_rulebook()
DAY = dt.timedelta(days=1)

# (date the value changes, interpretation, trial, section, id, field, before, after)
BOUNDARIES = [
    ("2015-01-21", "brief", False, "reason_codes", "tm_misleading", None, "absent", "present"),
    ("2015-01-21", "brief", False, "penalties", "aliexpress", None, "absent", "present"),
    ("2015-04-01", "brief", False, "good_faith", "gftm", None, "absent", "present"),
    ("2015-01-06", "brief", True, "good_faith", "gftm", "version", None, "2015"),
    ("2018-08-15", "brief", False, "good_faith", "gftm", "version", "2015", "2018"),
    ("2018-04-15", "brief", True, "good_faith", "gftm", "version", "2015", "2018"),
    ("2018-08-15", "official", False, "good_faith", "gftm", "window_months", 1, 3),
    ("2018-08-15", "official", False, "good_faith", "gftm", "lockout_removal_months", 6, 3),
    ("2018-08-15", "official", False, "good_faith", "gftm", "declaration_required", True, False),
    ("2018-08-15", "brief", False, "good_faith", "gftm", "declaration_required", True, True),
    ("2019-06-01", "brief", False, "platforms", "lazada_th", None, "absent", "present"),
    (
        "2018-12-15",
        "brief",
        False,
        "counter_notice",
        "alibaba_com_counter_notice_channel",
        "channel",
        None,
        "appeal.alibaba.com",
    ),
    ("2019-06-01", "brief", False, "penalties", "lazada_vn", None, "absent", "present"),
    (
        "2020-01-01",
        "brief",
        False,
        "deadlines",
        "processing_lazada_ipp_plus",
        None,
        "absent",
        "present",
    ),
    ("2022-01-20", "brief", False, "deadlines", "counter_notice_round_2_3", "amount", 30, 27),
    ("2022-04-15", "brief", False, "good_faith", "gftm", "per_reason_code", False, True),
    ("2021-12-28", "brief", True, "good_faith", "gftm", "per_reason_code", False, True),
    ("2022-04-15", "official", False, "good_faith", "gftm", "per_reason_code", False, True),
    (
        "2022-04-15",
        "brief",
        False,
        "reason_codes",
        "gf_counterfeit_simplified",
        None,
        "absent",
        "present",
    ),
    (
        "2021-12-28",
        "brief",
        True,
        "reason_codes",
        "gf_counterfeit_simplified",
        None,
        "absent",
        "present",
    ),
]


def _value(day: dt.date, interp: str, trial: bool, section: str, rid: str, field: str | None):
    records = BOOK.as_of(day, interp, trial=trial).section(section)
    if field is None:
        return "present" if rid in records else "absent"
    record = records.get(rid)
    return None if record is None else getattr(record, field)


@pytest.mark.parametrize(
    ("when", "interp", "trial", "section", "rid", "field", "before", "after"), BOUNDARIES
)
def test_both_sides_of_every_boundary(when, interp, trial, section, rid, field, before, after):
    day = dt.date.fromisoformat(when)
    if day > BOOK.coverage_from:
        assert _value(day - DAY, interp, trial, section, rid, field) == before
    assert _value(day, interp, trial, section, rid, field) == after


def test_every_change_date_is_covered_by_a_boundary_case():
    listed = {dt.date.fromisoformat(b[0]) for b in BOUNDARIES}
    assert set(BOOK.change_dates()) - {BOOK.coverage_from} <= listed


def test_every_non_trial_change_date_changes_something():
    trial_only = {r.trial_from for s in ("good_faith", "reason_codes") for r in BOOK.records(s)}
    for day in BOOK.change_dates():
        if day == BOOK.coverage_from or day in trial_only:
            continue
        for interp in BOOK.interpretations:
            assert diff_rules(BOOK.as_of(day - DAY, interp), BOOK.as_of(day, interp)), (day, interp)


def test_dates_before_coverage_are_refused():
    with pytest.raises(CoverageError, match="before the rule book's coverage"):
        BOOK.as_of(BOOK.coverage_from - DAY)
    assert BOOK.as_of(BOOK.coverage_from).platform("taobao").name == "Taobao"


def test_string_dates_are_strict():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        BOOK.as_of("2022-4-15")
    assert BOOK.as_of("2022-04-15") == BOOK.as_of(dt.date(2022, 4, 15))


def test_gf_threshold_readings():
    brief = BOOK.as_of("2023-01-01").good_faith
    official = BOOK.as_of("2023-01-01", "official").good_faith
    at_least = BOOK.as_of("2023-01-01", "brief-at-least-100").good_faith
    assert brief is not None and official is not None and at_least is not None
    assert brief.takedown_rate.comparison is Comparison.GT
    assert official.takedown_rate.comparison is Comparison.GE
    assert brief.takedown_rate.value == official.takedown_rate.value == Fraction(9, 10)
    assert brief.counter_notice_rate.comparison is Comparison.LT
    assert official.counter_notice_rate.comparison is Comparison.LE
    assert brief.volume is not None and brief.volume.comparison is Comparison.GT
    assert official.volume is None
    assert at_least.volume is not None and at_least.volume.comparison is Comparison.GE
    assert at_least.volume.holds(100) and not brief.volume.holds(100)
    gf2015 = BOOK.as_of("2016-01-01", "official").good_faith
    assert gf2015 is not None and gf2015.counter_notice_rate.value == Fraction(3, 200)
    assert not brief.takedown_rate.holds(Fraction(9, 10))
    assert official.takedown_rate.holds(Fraction(9, 10))


def test_diff_rules_does_not_unstructure_a_record_both_views_share(monkeypatch):
    """A record that is the very same object on both dates cannot differ: only the others
    are turned into plain data and compared (every record of both views was, ~4 ms a call)."""
    import ipprules.rulebook.diff as diff_module
    from ipprules.rulebook.model import SECTIONS

    before, after = BOOK.as_of("2022-01-19"), BOOK.as_of("2022-01-20")
    expected = diff_rules(before, after)
    shared = {
        id(record)
        for section in SECTIONS
        for rid, record in before.section(section).items()
        if after.section(section).get(rid) is record
    }
    seen: list[int] = []
    original = diff_module._record_data

    def counting(value: object) -> object:
        seen.append(id(value))
        return original(value)

    monkeypatch.setattr(diff_module, "_record_data", counting)
    assert diff_rules(before, after) == expected
    assert [c.id for c in expected] == ["counter_notice_round_2_3"]
    assert len(shared) > 100 and seen
    assert not shared.intersection(seen)
