"""rules35: rule answers a tester writing from the rule text would ask (B1, R57, R60, R61)."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.penalties import Violation, penalty_standing

_ROWS = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=28),
        st.sampled_from(["counterfeit", "general"]),
        st.sampled_from(["taobao", "xianyu", "xianyuu", "tmall", ""]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=10, deadline=None)
@given(rows=_ROWS, reading=st.sampled_from(["brief", "official"]))
@example(rows=[(1, "counterfeit", "taobao"), (2, "general", "xianyu")], reading="brief")
@example(rows=[(2, "general", "xianyu")], reading="official")
def test_b1_penalty_standing_on_taobao_counts_xianyu_rows_as_the_cli_does(
    rows: list[tuple[int, str, str]], reading: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """B1: Xianyu is filed by selecting Taobao, one account. ``penalty_standing(v, "taobao")``
    answers what ``ipprules penalties --platform taobao`` answers, under each reading: the
    xianyu rows counted with the note under the brief, left out under official."""
    path = tmp_path_factory.mktemp("p") / "v.csv"
    lines = [f"2024-05-{day:02d},{kind},{where}" for day, kind, where in rows]
    path.write_text("date,kind,platform\n" + "\n".join(lines) + "\n", encoding="utf-8")
    argv = ["penalties", str(path), "--platform", "taobao", "--as-of", "2024-06-01"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main([*argv, "--interpretation", reading, "--format", "json"])
    violations = [
        Violation(on=date(2024, 5, day), kind=kind, platform=where or None)
        for day, kind, where in rows
    ]
    rules = default_rulebook().as_of("2024-06-01", reading)
    api = penalty_standing(violations, "taobao", "2024-06-01", rules)
    assert api.to_dict() == json.loads(out.getvalue())
    ids = [where for _, _, where in rows]
    filed = reading == "brief" and "xianyu" in ids
    assert api.counted == sum(w in ("taobao", "") for w in ids) + filed * ids.count("xianyu")
    assert any("filed as taobao (B1)" in n for n in api.notes) == filed
    if filed:
        assert "official" in api.other_readings


@settings(max_examples=12, deadline=None)
@given(
    takedown=st.dates(min_value=date(2019, 7, 1), max_value=date(2030, 6, 30)),
    late_by=st.integers(min_value=1, max_value=40),
    platform=st.sampled_from([None, "alibaba_com", "aliexpress", "taobao", "lazada_th"]),
)
@example(takedown=date(2022, 1, 10), late_by=6, platform="alibaba_com")  # round 2/3: 30 days
@example(takedown=date(2024, 9, 10), late_by=6, platform="lazada_th")  # 3 to 5 working days
def test_r57_r61_a_late_receipt_names_every_window_counted_from_the_takedown(
    takedown: date, late_by: int, platform: str | None
) -> None:
    """R61's three rounds (and R60's answer on Alibaba.com, Lazada's 3-5 working days) are
    counted from the receipt; received after the takedown (R57: the seller knows at the
    latest then), the note gives each window's end counted from the takedown, not the first
    only."""
    from datetime import timedelta

    from ipprules.lifecycle import EventRecord, deadlines_from, lifecycle_report

    received = takedown + timedelta(days=late_by)
    events = [EventRecord("ipr_verified", on=takedown), EventRecord("takedown", on=takedown)]
    report = lifecycle_report(events, platform=platform, notice_received_on=received)
    (note,) = report.notes
    windows = deadlines_from("notice_received", takedown, platform=platform)
    ids = {d.deadline_id for d in windows}
    assert {"counter_notice_round_1", "counter_notice_round_2_3"} <= ids
    assert ("seller_response_alibaba_com" in ids) == (platform in (None, "alibaba_com"))
    for d in windows:
        end = f"{d.due} to {d.latest}" if d.latest != d.due else f"{d.due}"
        assert f"{d.deadline_id} would end on {end}" in note


@pytest.mark.parametrize("platform", [None, "alibaba_com", "aliexpress", "taobao", "lazada_vn"])
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_r60_an_answer_before_the_takedown_is_refused_as_a_gap_on_alibaba_com(
    platform: str | None, reading: str
) -> None:
    """R60: on Alibaba.com the seller may counter-notify within 3 working days of the notice,
    before the listings are removed. The replay cannot place it (its rounds begin at the
    takedown, R61) and says why, naming R60, where the platform is or may be Alibaba.com;
    elsewhere the plain refusal stands."""
    from ipprules.lifecycle import EventRecord, IllegalTransition, lifecycle_report

    events = [
        EventRecord("ipr_verified", on=date(2024, 9, 2)),
        EventRecord("counter_notice_filed", on=date(2024, 9, 4)),
    ]
    rules = default_rulebook().as_of("2024-09-04", reading)
    with pytest.raises(IllegalTransition) as caught:
        lifecycle_report(events, rules, platform=platform, notice_received_on=date(2024, 9, 3))
    error = caught.value
    assert error.index == 1 and error.allowed
    said = str(error)
    assert said.startswith("event 'counter_notice_filed' is not allowed in state 'under_review'")
    alibaba = platform in (None, "alibaba_com")
    assert ("R60" in error.rule_ids) == alibaba == ("(R60:" in said) == ("(a gap)" in said)


def test_r60_the_cli_places_the_answer_before_the_takedown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "platform": "alibaba_com",
        "notice_received": "2024-09-03",
        "events": [
            {"event": "ipr_verified", "on": "2024-09-02"},
            {"event": "counter_notice_filed", "on": "2024-09-04"},
        ],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert main(["lifecycle", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:" in err and "$.events[1]:" in err and "(R60:" in err
    assert "Traceback" not in err


@settings(max_examples=12, deadline=None)
@given(
    submitted=st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 12, 31)),
    shift=st.integers(min_value=-30, max_value=30),
    dated=st.sampled_from(["verified", "takedown", "both"]),
)
@example(submitted=date(2024, 9, 12), shift=-2, dated="takedown")  # found: answered silently
@example(submitted=date(2024, 9, 12), shift=0, dated="takedown")
def test_r7_no_event_of_the_complaint_comes_before_the_ipr_is_submitted(
    submitted: date, shift: int, dated: str
) -> None:
    """R7: the IPR is submitted, then verified, and only then is the claim processed. A
    takedown (or any dated event) before the submission date given cannot be true: refused at
    that event, not replayed silently; on or after it the replay answers."""
    from datetime import timedelta

    from ipprules.errors import InputError
    from ipprules.lifecycle import EventRecord, lifecycle_report

    day = submitted + timedelta(days=shift)
    verified = day if dated in ("verified", "both") else None
    takedown = day + timedelta(days=1) if dated == "both" else day
    events = [EventRecord("ipr_verified", on=verified), EventRecord("takedown", on=takedown)]
    if takedown < submitted or (verified is not None and verified < submitted):
        with pytest.raises(InputError) as caught:
            lifecycle_report(events, ipr_submitted_on=submitted)
        (problem,) = caught.value.problems
        first = 0 if verified is not None else 1
        assert problem.path == f"$[{first}].on"
        assert f"before the IPR was submitted ({submitted})" in problem.message
        assert "(R7)" in problem.message
    else:
        report = lifecycle_report(events, ipr_submitted_on=submitted)
        assert report.state.value == "taken_down"


def test_r7_the_cli_places_a_takedown_before_the_submission(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "ipr_submitted": "2024-09-12",
        "events": [{"event": "ipr_verified"}, {"event": "takedown", "on": "2024-09-10"}],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert main(["lifecycle", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:" in err and "$.events[1].on: takedown on 2024-09-10 is before" in err


@pytest.mark.parametrize(
    ("on", "in_force"), [("2019-12-31", False), ("2020-01-01", True), ("2024-06-03", True)]
)
@pytest.mark.parametrize("event", ["ipr_verified", "complaint_filed"])
def test_r92_ipp_plus_asked_before_its_pilot_says_it_is_left_out(
    on: str, in_force: bool, event: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """R92: Lazada IPP Plus is a pilot from January 2020. ``ipprules deadline ipr_verified
    --ipp-plus`` on 2019-12-31 has no IPP Plus expectation; it says so rather than leave it
    out without a word (a platform IPP Plus does not apply on is refused for that reason)."""
    argv = ["deadline", event, "--on", on, "--platform", "lazada_my", "--ipp-plus"]
    assert main([*argv, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    ids = [d["deadline_id"] for d in printed["deadlines"]]
    assert ("processing_lazada_ipp_plus" in ids) == in_force
    said = [n for n in printed["notes"] if "processing_lazada_ipp_plus" in n]
    assert bool(said) == (not in_force)
    if said:
        assert "in force from 2020-01-01, not on 2019-12-31" in said[0] and "R92" in said[0]
    assert main(argv) == 0
    text = capsys.readouterr().out
    assert ("note: --ipp-plus: processing_lazada_ipp_plus" in text) == (not in_force)


@pytest.mark.parametrize(
    ("verified", "in_force"), [(date(2019, 12, 31), False), (date(2020, 1, 1), True)]
)
def test_r92_a_replay_with_ipp_plus_before_its_pilot_notes_it_is_left_out(
    verified: date, in_force: bool
) -> None:
    from ipprules.lifecycle import EventRecord, lifecycle_report

    events = [EventRecord("ipr_verified", on=verified)]
    report = lifecycle_report(events, platform="lazada_id", ipp_plus=True)
    ids = [d.deadline_id for d in report.deadlines]
    assert ("processing_lazada_ipp_plus" in ids) == in_force
    said = [n for n in report.notes if "processing_lazada_ipp_plus" in n]
    assert bool(said) == (not in_force)
    if said:
        assert f"in force from 2020-01-01, not on {verified}" in said[0] and "R92" in said[0]
        assert f"note: {said[0]}" in report.text()
    plain = lifecycle_report(events, platform="lazada_id")
    assert not [n for n in plain.notes if "ipp_plus" in n]
