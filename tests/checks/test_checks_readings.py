"""Other readings shown in every rendering, and the report as records and as a frame (#11, #15)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ipprules.checks import check, example_plan
from ipprules.cli import main


def _report():  # type: ignore[no-untyped-def]
    return check(example_plan(), as_of="2026-11-23")


def test_the_example_discloses_its_disputed_findings() -> None:
    report = _report()
    disputed = [f for f in report.findings if f.other_readings]
    assert {f.code for f in disputed} >= {"right-document-missing", "right-place-not-accepted"}
    assert all(f.other_readings == ("official",) for f in disputed)
    notes = [f for f in report.findings if f.code == "other-reading-finding"]
    assert any("listing-marketplace-unknown" in f.message for f in notes)  # Xianyu, officially
    assert all(f.severity.value == "info" for f in notes)


def test_other_readings_in_text_json_and_html(capsys: pytest.CaptureFixture[str]) -> None:
    report = _report()
    assert "differs under: official" in report.text()
    page = report._repr_html_()
    assert "<th>differs under</th>" in page and "<td>official</td>" in page
    first = next(f for f in report.findings if f.other_readings)
    assert "differs under: official" in first._repr_html_()
    main(["check", "--example", "--as-of", "2026-11-23", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    readings = {tuple(f["other_readings"]) for f in data["findings"]}
    assert ("official",) in readings and () in readings


def test_records_hold_plain_values() -> None:
    records = _report().to_records()
    first = records[0]
    assert first["as_of"] == dt.date(2026, 11, 23)
    assert isinstance(first["rule_ids"], list) and isinstance(first["sources"], list)
    assert isinstance(first["other_readings"], list)
    assert not any(isinstance(r["rule_ids"], str) for r in records)


def test_the_report_as_a_frame() -> None:
    pytest.importorskip("pandas")
    frame = _report().to_frame()
    dtypes = frame.dtypes.astype(str).to_dict()
    assert dtypes["as_of"].startswith("datetime64")
    assert dtypes["severity"] == "category" and dtypes["code"] == "category"
    assert isinstance(frame["rule_ids"].iloc[0], list)
    assert len(frame) == len(_report().findings)


@pytest.mark.parametrize("reading", ["brief", "brief-at-least-100", "official"])
def test_an_abuse_finding_states_the_good_faith_bar_of_the_reading_in_force(reading: str) -> None:
    """B21 (the brief): a record of abusive complaints bars Good Faith admission for good;
    official (R69, R82): only while the finding is in the window. The message follows the
    reading in force and names the readings that differ."""
    report = check(example_plan(), as_of="2026-11-23", interpretation=reading)
    (f,) = [f for f in report.findings if f.code == "complaint-genuine-goods"]
    if reading == "official":
        assert "bars admission while it is in the 3-month window (R69, R82)" in f.message
        assert "under brief, brief-at-least-100, a record bars admission for good (B21)" in (
            f.message
        )
        assert "bars admission for good (B21: " not in f.message
        assert f.other_readings == ("brief", "brief-at-least-100")
    else:
        assert "a record of abusive complaints bars admission for good (B21" in f.message
        assert "under official, a finding counts only while it is in the 3-month window" in (
            f.message
        )
        assert f.other_readings == ("official",)
