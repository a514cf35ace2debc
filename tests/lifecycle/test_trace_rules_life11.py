"""Each step of a lifecycle replay's trace cites the rules, sources and confidence of the
table rows it followed, as ``transition_for`` gives them; a late counter-notice counted for
the next round (R61) cites both its moves (life11)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.lifecycle import Event, EventRecord, State, lifecycle_report, transition_for
from ipprules.rulebook import default_rulebook

EXPIRED = Event.COUNTER_NOTICE_WINDOW_EXPIRED

# (events with dates, the (state, event) of each move of each step)
CASES = [
    pytest.param(
        [("ipr_verified", "2024-05-06"), ("takedown", "2024-05-07"), ("withdraw", "2024-05-08")],
        [
            [(State.PENDING_VERIFICATION, Event.IPR_VERIFIED)],
            [(State.UNDER_REVIEW, Event.TAKEDOWN)],
            [(State.TAKEN_DOWN, Event.WITHDRAW)],
        ],
        id="in-time",
    ),
    pytest.param(  # R61: round 1 ran to 2022-01-25; in time for round 2-3 (to 2022-02-28)
        [("ipr_verified", "2022-01-13"), ("takedown", "2022-01-20"),
         ("counter_notice_filed", "2022-02-07")],
        [
            [(State.PENDING_VERIFICATION, Event.IPR_VERIFIED)],
            [(State.UNDER_REVIEW, Event.TAKEDOWN)],
            [(State.TAKEN_DOWN, EXPIRED),
             (State.COUNTER_NOTICE_REJECTED_1, Event.COUNTER_NOTICE_FILED)],
        ],
        id="late-counted-for-next-round",
    ),
    pytest.param(  # out of time for every round: both windows expire
        [("ipr_verified", "2022-01-13"), ("takedown", "2022-01-20"),
         ("counter_notice_filed", "2022-03-01")],
        [
            [(State.PENDING_VERIFICATION, Event.IPR_VERIFIED)],
            [(State.UNDER_REVIEW, Event.TAKEDOWN)],
            [(State.TAKEN_DOWN, EXPIRED), (State.COUNTER_NOTICE_REJECTED_1, EXPIRED)],
        ],
        id="late-for-every-round",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("events", "path"), CASES)
def test_each_step_cites_the_rows_it_followed(
    events: list[tuple[str, str]], path: list[list[tuple[State, Event]]]
) -> None:
    report = lifecycle_report([EventRecord(e, on=on) for e, on in events], platform="taobao")
    trace = report.to_dict()["trace"]
    assert len(trace) == len(path)
    for step, moves in zip(trace, path, strict=True):
        rows = [transition_for(state, event) for state, event in moves]
        assert all(row is not None for row in rows)
        assert [(m["from"], m["event"], m["to"]) for m in step["moves"]] == [
            (r.source.value, r.event.value, r.target.value) for r in rows if r
        ]
        assert [m["rule_ids"] for m in step["moves"]] == [list(r.rule_ids) for r in rows if r]
        assert [m["sources"] for m in step["moves"]] == [list(r.source_ids) for r in rows if r]
        cited = list(dict.fromkeys(i for r in rows if r for i in r.rule_ids))
        assert step["rule_ids"] == cited
        assert step["moves"][-1]["to"] == step["state"]
        assert all(m["confidence"] for m in step["moves"])


def test_a_move_a_record_decides_has_the_records_confidence() -> None:
    official = default_rulebook().as_of("2024-06-03", "official")
    report = lifecycle_report(
        [EventRecord("ipr_verified", on="2024-06-03"), EventRecord("withdraw", on="2024-06-04")],
        official,
    )
    step = report.to_dict()["trace"][1]
    row = transition_for(State.UNDER_REVIEW, Event.WITHDRAW, rulebook=official)
    assert row is not None
    assert step["rule_ids"] == list(row.rule_ids)
    # the record that lets it apply (R65, not B20) is inferred, as the reading note says
    assert step["confidence"] == report.readings[0].confidence == "inferred"


def test_a_refused_ipr_is_an_inferred_move() -> None:
    report = lifecycle_report([EventRecord("ipr_refused", on=date(2024, 5, 6))])
    assert report.step_rules(0)["confidence"] == "inferred"


def test_cli_json_and_text_cite_both_moves_of_a_late_counter_notice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    events = [
        {"event": "ipr_verified", "on": "2022-01-13"},
        {"event": "takedown", "on": "2022-01-20"},
        {"event": "counter_notice_filed", "on": "2022-02-07"},
    ]
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"platform": "taobao", "events": events}), encoding="utf-8")
    assert main(["lifecycle", str(path), "--format", "json"]) == 1
    step = json.loads(capsys.readouterr().out)["trace"][2]
    assert [m["event"] for m in step["moves"]] == [EXPIRED.value, "counter_notice_filed"]
    assert step["rule_ids"] == ["R61"] and step["sources"] == ["S25"]
    assert main(["lifecycle", str(path)]) == 1
    out = capsys.readouterr().out
    head = out.splitlines()[1]  # under the heading naming the reading
    assert "rules" in head and "sources" in head and "confidence" in head
    line = next(x for x in out.splitlines() if x.startswith("3 "))
    assert "R61" in line and "S25" in line


def test_records_and_frame_cite_what_the_json_trace_cites() -> None:
    pytest.importorskip("pandas")
    report = lifecycle_report(
        [EventRecord(e, on=on) for e, on in CASES[1].values[0]], platform="taobao"
    )
    trace = report.to_dict()["trace"]
    records = report.to_records()
    keys = ("rule_ids", "sources", "confidence")
    assert [{k: r[k] for k in keys} for r in records] == [{k: t[k] for k in keys} for t in trace]
    frame = report.to_frame()
    assert list(frame["rule_ids"]) == [t["rule_ids"] for t in trace]
    assert list(frame["confidence"].astype(str)) == [t["confidence"] for t in trace]


def test_the_notebook_view_cites_each_step() -> None:
    report = lifecycle_report(
        [EventRecord(e, on=on) for e, on in CASES[1].values[0]], platform="taobao"
    )
    page = report._repr_html_()
    assert "<th>rules</th><th>sources</th><th>confidence</th>" in page
    assert "<td>counter_notified_2</td><td>R61</td><td>S25</td><td>third-party</td>" in page
