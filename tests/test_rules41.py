"""rules41: one other-reading note per difference naming every reading that gives it; the
marks and citations of R73's error and the 2015 abuse note; assumed validity in penalties; a
structured confidence on penalty checks and check's findings; R92's note in Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.checks import check, plan_from_data
from ipprules.cli import main
from test_rules39 import _patent_plan

# ----------- (1) under official, the brief's error is one note naming both readings giving it


@pytest.mark.parametrize(
    ("reading", "quoted", "givers"),
    [
        ("official", "right-document-missing", ["brief", "brief-at-least-100"]),
        ("brief", "right-report-not-needed-inferred", ["official"]),
        ("brief-at-least-100", "right-report-not-needed-inferred", ["official"]),
    ],
)
def test_a_finding_other_readings_give_is_one_note_naming_them_all(
    reading: str, quoted: str, givers: list[str], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data = _patent_plan("taobao", "invention", "2024-03-02", ["patent_certificate"])
    report = check(plan_from_data(data), interpretation=reading)
    notes = [f for f in report.findings if f"{quoted}:" in f.message]
    assert [n.code for n in notes] == ["other-reading-finding"]
    [note] = notes
    said = " and ".join(givers)
    plural = "s" if len(givers) > 1 else ""
    assert note.message.startswith(f"under the {said} interpretation{plural}: ")
    assert list(note.other_readings) == givers
    # every output of the report says the same: records, HTML, JSON, text
    [record] = [r for r in report.to_records() if f"{quoted}:" in r["message"]]
    assert (record["message"], list(record["other_readings"])) == (note.message, givers)
    assert report._repr_html_().count(f"{quoted}:") == 1
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(data), encoding="utf-8")
    main(["check", str(plan), "--interpretation", reading, "--format", "json"])
    shown = [f for f in json.loads(capsys.readouterr().out)["findings"] if quoted in f["message"]]
    assert [(f["message"], f["other_readings"]) for f in shown] == [(note.message, givers)]
    main(["check", str(plan), "--interpretation", reading])
    assert capsys.readouterr().out.count(f"{quoted}:") == 1


# ----------- (2) the refused withdrawal under review ends with the mark of the rules it names


@pytest.mark.parametrize("reading", ["brief", "brief-at-least-100"])
def test_a_refused_withdrawal_under_review_ends_with_the_mark_of_the_rule_allowing_it(
    reading: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from ipprules import default_rulebook
    from ipprules.lifecycle import IllegalTransition, State, step
    from ipprules.lifecycle.readings import window_rule
    from ipprules.rulebook.model import confidence_mark

    view = default_rulebook().as_of("2024-06-03", reading)
    # the rule the other reading allows it by (R65, inferred), from the book
    record = window_rule(default_rulebook().as_of("2024-06-03", "official"), "withdraw")
    assert record is not None
    mark = confidence_mark(record.confidence.value, record.rules)
    assert mark  # a weak rule: the error must say so
    with pytest.raises(IllegalTransition) as info:
        step(State.UNDER_REVIEW, "withdraw", rulebook=view)
    assert str(info.value).endswith(f"allowed under: official ({', '.join(record.rules)}){mark}")
    assert info.value.confidence == record.confidence.value
    events = tmp_path / "events.toml"
    events.write_text(
        'platform = "taobao"\n[[events]]\nevent = "ipr_verified"\non = 2024-06-03\n'
        '[[events]]\nevent = "withdraw"\non = 2024-06-04\n',
        encoding="utf-8",
    )
    assert main(["lifecycle", str(events), "--interpretation", reading]) == 2
    assert capsys.readouterr().err.rstrip().endswith(mark.strip())


# ----------- (2) an abuse finding before the window under 2015's criteria: R69, not B21


@pytest.mark.parametrize(
    ("reading", "year", "abuse", "cites"),
    [
        ("brief", 2016, "2015-05-01", "R69"),  # the 2015 record, the same under every reading
        ("official", 2016, "2015-05-01", "R69"),
        ("official", 2019, "2019-01-05", "B21"),  # the brief's no-window reading is in force
    ],
)
def test_an_old_abuse_finding_is_contrasted_with_b21_only_where_a_reading_applies_it(
    reading: str, year: int, abuse: str, cites: str, tmp_path: Path
) -> None:
    import datetime as dt

    from ipprules import default_rulebook
    from ipprules.goodfaith import History, standing
    from test_rules40 import _history

    history = History.from_file(
        _history(tmp_path, dt.date(year - 1, 10, 1), dt.date(year, 9, 15), [f"abuse,{abuse}"])
    )
    s = standing(history, f"{year}-09-15", interpretation=reading)
    [note] = [n for n in s.notes if n.startswith(f"an abuse finding on {abuse}, before")]
    book = default_rulebook()
    criteria = book.as_of(f"{year}-09-15", reading).good_faith
    assert criteria is not None
    # B21 is cited only where another reading in force counts every abuse finding (abuse_ever)
    ever = [
        getattr(book.as_of(f"{year}-09-15", other).good_faith, "abuse_ever", False)
        for other in book.interpretations
        if other != reading
    ]
    assert ("B21" in note) == any(ever) == (cites == "B21")
    assert "R69" in note
    if cites == "R69":
        assert f"for {criteria.lockout_removal_months} months (R69, R82)" in note


# ----------- (3) penalties with an assumed validity say so on every figure, text and JSON


@pytest.mark.parametrize("platform", ["alibaba_com", "lazada_sg", "1688"])
@pytest.mark.parametrize("assume", [None, 365])
def test_figures_resting_on_an_assumed_validity_say_so_in_text_json_and_records(
    platform: str, assume: int | None, capsys: pytest.CaptureFixture
) -> None:
    from ipprules import penalty_standing
    from ipprules.penalties import read_violations

    violations = read_violations(Path("examples/violations-alibaba-com.csv"))
    s = penalty_standing(violations, platform, "2024-06-30", validity_days=assume)
    assert s.validity_assumed is (assume is not None)  # no validity in the book for these
    argv = ["penalties", "examples/violations-alibaba-com.csv", "--platform", platform]
    argv += ["--as-of", "2024-06-30"] + (["--assume-validity", str(assume)] if assume else [])
    main(argv)
    text = capsys.readouterr().out
    main([*argv, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    said = " (validity assumed)" if assume else ""
    rows = text.split("\n----", 1)[1].split("\nrules:", 1)[0].splitlines()[1:]
    assert len(rows) == len(s.confidence)  # one row per figure, each ends with its confidence
    for row, sure in zip(rows, s.confidence.values(), strict=True):
        assert row.rstrip().endswith(f"  {sure}{said}"), row
    shown = s._repr_html_()  # the notebook's table is the text's
    assert shown.count("(validity assumed)</td>") == (len(rows) if assume else 0)
    for name in ("points", "serious", "serious_per_right"):
        if data[name] is not None:
            assert data[name]["validity_assumed"] is (assume is not None)
    assert data["validity_assumed"] is (assume is not None)
    assert {r["validity_assumed"] for r in s.to_records()} <= {assume is not None}


# ----------- (4) a structured confidence mark on every penalty figure and on check's findings


@pytest.mark.parametrize("platform", ["alibaba_com", "lazada_sg", "1688", "aliexpress"])
def test_each_penalty_figure_has_its_confidence_mark_as_data(platform: str) -> None:
    from ipprules import default_rulebook, penalty_standing
    from ipprules.penalties import read_violations
    from ipprules.rulebook.model import confidence_mark

    violations = read_violations(Path("examples/violations-aliexpress.csv"))
    s = penalty_standing(violations, platform, "2024-06-30")
    data = s.to_dict()
    record = default_rulebook().as_of("2024-06-30").penalties[platform]
    assert set(data["confidence_mark"]) == set(data["confidence"]) >= {"closed"}
    for name, sure in data["confidence"].items():
        figure = data.get(name)
        own = record.ladder_rules if name == "ladder_step" else ()  # R86's ladder (rules42)
        ids = figure["rule_ids"] if isinstance(figure, dict) else list(own or record.rules)
        assert data["confidence_mark"][name] == confidence_mark(sure, ids).strip(), name
        if isinstance(figure, dict) and "confidence_mark" in figure:
            assert figure["confidence_mark"] == data["confidence_mark"][name]
    for r in s.to_records():  # a check's mark is its figure's
        assert r["confidence_mark"] == data["confidence_mark"].get(r["check"], r["confidence_mark"])


def test_checks_findings_carry_the_mark_their_message_ends_with_as_data(
    capsys: pytest.CaptureFixture,
) -> None:
    from ipprules.rulebook.model import WEAK_CONFIDENCES

    assert main(["check", "examples/plan.toml", "--as-of", "2026-11-23", "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    marked = 0
    for f in findings:
        _, sep, tail = f["message"].rpartition(" [confidence ")
        if not sep:
            assert (f["confidence"], f["confidence_mark"]) == (None, ""), f
            continue
        marked += 1
        assert f["message"].endswith(" " + f["confidence_mark"])
        assert f["confidence_mark"].endswith("[confidence " + tail)
        assert f["confidence"] in WEAK_CONFIDENCES
        assert f"[confidence {f['confidence']}" in f["confidence_mark"]
    assert marked
    from ipprules import check, read_plan

    report = check(read_plan("examples/plan.toml"), as_of="2026-11-23")
    records = report.to_records()
    frame = report.to_frame()
    assert [(r["confidence"], r["confidence_mark"]) for r in records] == [
        (f["confidence"], f["confidence_mark"]) for f in findings
    ]
    assert list(frame["confidence_mark"]) == [r["confidence_mark"] for r in records]


# ----------- sweep: R86's ladder is a third-party copy (S42); the closure is official (S41)


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_alibaba_coms_ladder_step_is_as_sure_as_its_third_party_copy(reading: str) -> None:
    from ipprules import default_rulebook, penalty_standing
    from ipprules.penalties import read_violations

    violations = read_violations(Path("examples/violations-alibaba-com.csv"))
    view = default_rulebook().as_of("2024-06-30", reading)
    s = penalty_standing(violations, "alibaba_com", "2024-06-30", view, validity_days=365)
    rule = view.penalties["alibaba_com"]
    assert "S42" in rule.sources and rule.ladder  # R86's ladder: [3P copy] S42
    assert s.confidence["ladder_step"] == "third-party"
    assert s.confidence["closed"] == rule.confidence.value == "official"  # S41
    # the ladder's own rule (R86), not every rule of the record (rules42)
    assert rule.ladder_rules == ("R86",) and "R86" in rule.rules
    assert s.confidence_mark["ladder_step"] == "[confidence third-party: R86]"
    [row] = [line for line in s.text().splitlines() if line.startswith("ladder step")]
    assert "ladder (third-party)" in row
    assert row.rstrip().endswith("third-party (validity assumed)")
