"""rules40: every surface of a deadline, replay or penalty standing names the confidence its
text and JSON name (HTML, records, frames); confidence marks on reading-dependent lifecycle
notes and on counter-notice findings resting on weak rules."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.counternotice import CounterNotice, SellerFacts, assess_counter_notice
from ipprules.errors import IpprulesError
from ipprules.lifecycle import deadlines_from, read_events
from ipprules.penalties import penalty_standing, read_violations
from ipprules.rulebook.model import confidence_mark, weakest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VIOLATIONS = EXAMPLES / "violations-aliexpress.csv"
LATE = EXAMPLES / "lifecycle-late-counter-notice.toml"
_PLATFORMS = (
    "taobao",
    "tmall",
    "1688",
    "alibaba_com",
    "aliexpress",
    "lazada_sg",
    "lazada_vn",
    "xianyu",
)

# ------------------------- (1) HTML, records and frames name the confidence text and JSON do


@settings(max_examples=20, deadline=None)
@given(
    platform=st.sampled_from(_PLATFORMS[:-1]),
    event=st.sampled_from(["notice_received", "takedown", "ipr_verified", "counter_notice_filed"]),
    reading=st.sampled_from(["brief", "official"]),
)
@example(platform="lazada_sg", event="notice_received", reading="brief")
@example(platform="alibaba_com", event="notice_received", reading="official")
def test_a_deadlines_notebook_view_names_its_confidence_as_its_json_does(
    platform: str, event: str, reading: str
) -> None:
    rules = default_rulebook().as_of("2024-06-03", reading)
    for result in deadlines_from(event, "2024-06-03", rules, platform=platform):
        data = result.to_dict()
        shown = result._repr_html_()
        assert f"confidence {data['platform_confidence']}" in shown
        if data["confidence_mark"]:
            assert html.escape(data["confidence_mark"]) in shown


@pytest.mark.parametrize("platform", ["aliexpress", "alibaba_com", "lazada_sg", "taobao"])
@pytest.mark.parametrize("events", [LATE, EXAMPLES / "lifecycle-counter-notice.json"])
def test_a_replays_notebook_view_marks_its_flags_and_deadlines_as_its_text_does(
    platform: str, events: Path
) -> None:
    report = attrs.evolve(read_events(events), platform=platform).report()
    assert report.flags or any(r.confidence_mark for r in report.deadlines)
    shown = report._repr_html_()
    text = report.text()
    for flag in report.flags:
        mark = flag.to_dict()["confidence_mark"]
        assert mark and mark in text
        assert html.escape(f"{flag.message} {mark}") in shown
    for result in report.deadlines:
        if result.confidence_mark:
            assert html.escape(f"{result.describe()}{result.confidence_mark}") in shown


@pytest.mark.parametrize("platform", ["aliexpress", "lazada_sg"])
def test_a_replays_records_and_frame_name_each_flags_confidence_as_its_json_does(
    platform: str,
) -> None:
    report = attrs.evolve(read_events(LATE), platform=platform).report()
    flags = {f["index"]: f for f in report.to_dict()["flags"]}
    assert flags
    records = report.to_records()
    for record in records:
        flag = flags.get(record["index"], {})
        assert record["flag_confidence"] == flag.get("confidence")
        assert record["flag_confidence_mark"] == flag.get("confidence_mark")
    frame = report.to_frame()
    assert list(
        frame["flag_confidence_mark"].astype(object).where(frame["flag"].notna(), None)
    ) == [r["flag_confidence_mark"] for r in records]


@pytest.mark.parametrize("platform", _PLATFORMS[:-1])
def test_a_standings_notebook_view_records_and_frame_name_each_figures_confidence(
    platform: str,
) -> None:
    rules = default_rulebook().as_of("2024-06-30")
    standing = penalty_standing(read_violations(VIOLATIONS), platform, "2024-06-30", rules)
    data = standing.to_dict()
    shown = standing._repr_html_()
    assert "<th>confidence</th>" in shown
    for name in ("points", "serious"):
        assert f"<td>{html.escape(data[name]['text'])}</td><td>{data[name]['confidence']}</td>" in (
            shown
        )
    records = standing.to_records()
    for record in records:
        if record["check"] == "closed":  # the 1688 bar's check on the closure (R64)
            assert record["confidence"] == data["confidence"]["closed"]
            continue
        figure = data[record["check"]]
        assert record["confidence"] == figure["confidence"]
        assert record["confidence_mark"] == figure["confidence_mark"]
    frame = standing.to_frame()
    assert list(frame["confidence"].astype(object)) == [r["confidence"] for r in records]
    assert list(frame["confidence_mark"].astype(object)) == [r["confidence_mark"] for r in records]


# ------- (2) reading-dependent lifecycle notes and counter-notice findings name their confidence

_READINGS = ("brief", "official", "brief-at-least-100")


@pytest.mark.parametrize("reading", _READINGS)
@pytest.mark.parametrize("before", [(), ("takedown",)])
def test_a_reading_dependent_move_ends_with_the_confidence_of_the_record_applied(
    reading: str, before: tuple[str, ...], capsys: pytest.CaptureFixture
) -> None:
    # R65's withdrawal while under review is official's by inference only: the note said so
    # nowhere
    from ipprules.lifecycle import EventRecord, lifecycle_report
    from ipprules.lifecycle.readings import window_rule

    view = default_rulebook().as_of("2024-06-03", reading)
    names = ("ipr_verified", *before, "withdraw")
    events = [EventRecord(n, on=f"2024-06-0{3 + i}") for i, n in enumerate(names)]
    record = window_rule(view, "withdraw")
    allowed = before or "under_review" in record.states
    if not allowed:  # the brief refuses it (B20): an error, not a note
        with pytest.raises(IpprulesError):
            lifecycle_report(events, view)
        return
    report = lifecycle_report(events, view)
    expected = confidence_mark(record.confidence.value, record.rules)
    assert len(report.readings) == (0 if before else 1)
    for note in report.readings:
        assert note.message.endswith(expected) and expected  # the embedded book: inferred
        assert note.message.count("[confidence") == 1
        data = note.to_dict()
        assert data["confidence"] == record.confidence.value
        assert data["confidence_mark"] == expected.strip()
        lines = [line.strip() for line in report.text().splitlines()]
        assert f"#{note.index + 1} reading: {note.message}" in lines
        assert html.escape(note.message) in report._repr_html_()


_BARRED = ("cn-seller-barred-points", "cn-seller-barred-serious", "cn-seller-barred-closed")


@settings(max_examples=25, deadline=None)
@given(
    points=st.one_of(st.none(), st.integers(0, 100)),
    closed=st.one_of(st.none(), st.booleans()),
    serious=st.one_of(st.none(), st.booleans()),
    reading=st.sampled_from(_READINGS),
)
@example(points=59, closed=False, serious=False, reading="brief")
@example(points=60, closed=True, serious=True, reading="official")
@example(points=None, closed=None, serious=None, reading="brief")
def test_a_1688_bar_finding_ends_with_r64s_confidence(
    points: int | None, closed: bool | None, serious: bool | None, reading: str
) -> None:
    # R64 (1688's bar) is third-party: the findings resting on it carried no mark
    view = default_rulebook().as_of("2024-06-10", reading)
    seller = SellerFacts(points=points, closed=closed, at_serious_closure_count=serious)
    notice = CounterNotice(platform="1688", complaint_date="2024-06-10", seller=seller)
    records = {r.rules: r for r in view.counter_notice.values() if "1688" in r.platforms}
    found = assess_counter_notice(notice, view).findings
    if points is None or points >= 60 or closed is not False or serious is not False:
        assert any(f.code in (*_BARRED, "cn-fact-missing") for f in found)
    for f in found:
        if f.code in (*_BARRED, "cn-fact-missing"):
            record = records[f.rule_ids]
            expected = confidence_mark(record.confidence.value, record.rules)
            assert expected  # third-party
            assert f.message.endswith(expected) and f.message.count("[confidence") == 1


@pytest.mark.parametrize("platform", ["alibaba_com", "aliexpress", "1688", "lazada_sg"])
@pytest.mark.parametrize("days", [10, 40])
def test_a_late_counter_notices_warning_ends_with_its_windows_confidence(
    platform: str, days: int, capsys: pytest.CaptureFixture
) -> None:
    # R61's windows are inferred on every platform (their notice names none)
    complaint = dt.date(2024, 6, 10)
    notice = CounterNotice(
        platform=platform, complaint_date=complaint, filed_on=complaint + dt.timedelta(days)
    )
    windows = deadlines_from("takedown", complaint, platform=platform)
    [timing] = [f for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    late = [w for w in windows if w.confidence_mark and w.latest and w.latest < notice.filed_on]
    ids = tuple(dict.fromkeys(i for w in late for i in w.rule_ids))
    sure = weakest(*(w.platform_confidence for w in late))
    assert timing.message.endswith(confidence_mark(sure, ids)), timing.message
    assert timing.message.count("[confidence") == 1


# ------------- (4) R31's finding under official, and the one note the other readings give of it

_WAIVED = "right-report-not-needed-inferred"


@pytest.mark.parametrize(
    ("platform", "subtype", "filed", "why"),
    [
        ("taobao", "invention", "2024-03-02", "an invention patent needs"),
        ("tmall", "design", "2009-12-31", "a design patent applied for on 2009-12-31, before"),
        ("taobao", "utility_model", "2003-06-01", "a utility-model patent applied for on"),
    ],
)
def test_r31s_finding_reads_as_a_sentence_and_each_other_reading_notes_it_once(
    platform: str, subtype: str, filed: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    import json

    from ipprules.checks import check, plan_from_data
    from ipprules.cli import main
    from test_rules39 import _patent_plan

    data = _patent_plan(platform, subtype, filed, ["patent_certificate"])
    rule = (
        default_rulebook()
        .as_of("2026-11-23", "official")
        .document_rules.get("patent_evaluation_report")
    )
    kinds = " and ".join(s.replace("_", "-") for s in rule.subtypes)  # R30's, from the book
    found = check(plan_from_data(data), interpretation="official").findings
    [waived] = [f for f in found if f.code == _WAIVED]
    message = waived.message
    assert message.startswith(f"right 'r1' holds no patent_evaluation_report: {why}")
    assert f" only for {kinds} patents applied for on or after {rule.filed_from})" in message
    assert f"{rule.filed_from}, needs none" in message or "patent needs none" in message
    assert message.endswith(" [confidence inferred: R31]")
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(data), encoding="utf-8")
    for reading in _READINGS:
        main(["check", str(plan), "--interpretation", reading, "--format", "json"])
        out = capsys.readouterr().out
        findings = json.loads(out)["findings"]
        quoting = [f for f in findings if f["code"] == _WAIVED or f"{_WAIVED}:" in f["message"]]
        if reading == "official":
            assert [f["code"] for f in quoting] == [_WAIVED]
        else:  # one note of the one reading that gives it, quoting it whole
            assert [(f["code"], f["other_readings"]) for f in quoting] == [
                ("other-reading-finding", ["official"])
            ]
            assert quoting[0]["message"].endswith(message)
        main(["check", str(plan), "--interpretation", reading])
        text = capsys.readouterr().out
        assert text.count(_WAIVED) == 1


# ------------- (3) R73's and R69's lock-outs at their boundaries (no disagreement found: pinned)

_HEAD = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
_HEAD += "reinstated,counter_rejected,note"


def _history(tmp_path: Path, start: dt.date, end: dt.date, events: list[str]) -> Path:
    """Two clean complaints a day from ``start`` to ``end`` (101+ in any 3 months: the
    brief's volume), and the account events given as ``type,date``."""
    rows = [_HEAD]
    for n in range((end - start).days + 1):
        day = start + dt.timedelta(n)
        rows += [f"complaint,{day},C{n}-{k},taobao,tm_counterfeit,5,5,0,0,0,0,0," for k in (1, 2)]
    rows += [f"{event},,,,,,,,,,," for event in events]
    path = tmp_path / "history.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.no_cover
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_a_voluntary_withdrawal_locks_a_member_out_for_3_months_and_a_non_member_not(
    reading: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    # R73 (D3: 3 months from 2018): rejoin on the day 3 calendar months after (clipped)
    from ipprules.cli import main
    from ipprules.goodfaith import History, standing

    events = ["declaration,2022-09-01", "withdrawal,2023-05-31"]
    member = History.from_file(_history(tmp_path, dt.date(2022, 9, 1), dt.date(2023, 9, 2), events))
    ends = dt.date(2023, 8, 31)  # 2023-05-31 + 3 months
    for day, locked in [("2023-05-30", None), ("2023-05-31", ends), ("2023-08-30", ends)]:
        s = standing(member, day, interpretation=reading)
        assert (s.locked_until, s.member) == (locked, locked is None), day
    assert standing(member, "2023-08-31", interpretation=reading).member
    path = tmp_path / "history.csv"
    for day, code in [("2023-08-30", 1), ("2023-08-31", 0)]:
        assert main(["good-faith", str(path), "--as-of", day, "--interpretation", reading]) == code
    capsys.readouterr()
    # not a member on the day (its complaints start after it): R73 does not apply, a note says so
    late = History.from_file(_history(tmp_path, dt.date(2023, 6, 1), dt.date(2023, 9, 2), events))
    s = standing(late, "2023-06-01", interpretation=reading)
    assert s.locked_until is None
    assert any("withdrawal is recorded on 2023-05-31 while" in n for n in s.notes)


@pytest.mark.no_cover
@pytest.mark.parametrize("reading", ["brief", "official"])
@pytest.mark.parametrize("event", ["withdrawal", "abuse"])
@pytest.mark.parametrize("admitted", [True, False])
def test_the_2015_exclusion_lasts_six_months_member_or_not(
    reading: str, event: str, admitted: bool, tmp_path: Path
) -> None:
    # R69: excluded for six months (abuse, member or not); a 2015 withdrawal: the same, inferred
    from ipprules.goodfaith import History, standing

    events = ["declaration,2015-04-01", f"{event},2016-03-31"]
    events += ["admission,2015-06-01"] if admitted else []
    history = History.from_file(
        _history(tmp_path, dt.date(2016, 1, 1), dt.date(2016, 10, 2), events)
    )
    ends = dt.date(2016, 9, 30)
    locks = event == "abuse" or admitted  # a non-member's withdrawal is nothing (R73)
    for day, locked in [("2016-03-30", None), ("2016-03-31", ends), ("2016-09-29", ends)]:
        assert standing(history, day, interpretation=reading).locked_until == (
            locked if locks else None
        ), day
    assert standing(history, "2016-09-30", interpretation=reading).locked_until is None
