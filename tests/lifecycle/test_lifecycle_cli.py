"""CLI: ipprules deadline / lifecycle / penalties (exit codes, JSON, clear errors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_json_both_sides_of_the_change(capsys: pytest.CaptureFixture[str]) -> None:
    amounts = {}
    for on in ("2022-01-19", "2022-01-20"):
        code, out, _ = run(capsys, "deadline", "takedown", "--on", on, "--format", "json")
        assert code == 0
        data = json.loads(out)
        rows = {d["deadline_id"]: d for d in data["deadlines"]}
        amounts[on] = rows["counter_notice_round_2_3"]["amount"]
        assert rows["counter_notice_round_1"]["sources"][0]["id"] == "S25"
    assert amounts == {"2022-01-19": 30, "2022-01-20": 27}


def test_deadline_text_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "deadline", "takedown", "--on", "2024-09-27", "--platform", "aliexpress"
    )
    assert code == 0
    assert "counter_notice_round_1" in out and "due 2024-10-02" in out
    assert "seller_response_alibaba_com" not in out
    code, out, _ = run(capsys, "deadline", "ipr_verified", "--on", "2024-05-06", "--counterfeit")
    assert code == 0 and "by 2024-05-07" in out and "not guarantees" in out
    code, out, _ = run(capsys, "deadline", "filer_reply_to_counter_notice", "--on", "2024-05-06")
    assert code == 0 and "unknown" in out


def test_deadline_with_a_calendar_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cal = tmp_path / "cn.json"
    cal.write_text(
        json.dumps({"holidays": [f"2024-10-0{d}" for d in range(1, 8)], "workdays": ["2024-09-29"]})
    )
    code, out, _ = run(
        capsys,
        "deadline",
        "counter_notice_round_1",
        "--on",
        "2024-09-27",
        "--calendar",
        str(cal),
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out)["deadlines"][0]["due"] == "2024-10-08"


@pytest.mark.no_cover
def test_deadline_defaults_to_today_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "deadline", "takedown", "--format", "json")
    assert code == 0
    assert "(today in China, UTC+8)" in err
    assert json.loads(out)["on"] == err.split("on ")[1].split(" ")[0]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["deadline", "appeal", "--on", "2024-01-01"], "unknown event or deadline 'appeal'"),
        (["deadline", "takedown", "--on", "2014-01-01"], "before the rule book's coverage"),
        (["deadline", "takedown", "--on", "2024-01-01", "--platform", "ebay"], "unknown platform"),
        (["deadline", "takedown", "--on", "2024-01-01", "--calendar", "no.json"], "cannot read"),
        (["deadline", "takedown", "--on", "2024-01-01", "--interpretation", "x"], "unknown"),
        (["lifecycle"], "either an EVENTS_FILE or --events"),
        (["lifecycle", "--events", "ipr_verified,withdraw"], "not allowed in state"),
        (["lifecycle", "--events", "ipr_verified,reject"], "write EVENT=REASON"),
        (["lifecycle", "--events", "a,b", "--on", "2024-01-01"], "1 date(s) for 2 event(s)"),
        (["lifecycle", "--events", "ipr_verified", "--on", "1/1/2024"], "not a date"),
        (["lifecycle", "--events", "appeal"], "unknown event 'appeal'"),
        (
            ["lifecycle", "--events", "ipr_verified,takedown", "--on", "2024-01-05,2024-01-04"],
            "date order",
        ),
        (["penalties", "missing.csv", "--platform", "aliexpress"], "cannot read"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err


def test_lifecycle_example_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "lifecycle-counter-notice.json")
    code, out, _ = run(capsys, "lifecycle", path, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["state"] == "counter_notice_rejected_1"
    assert data["platform"] == "aliexpress"
    (deadline,) = data["deadlines"]
    assert (deadline["deadline_id"], deadline["amount"], deadline["due"]) == (
        "counter_notice_round_2_3",
        30,
        "2022-03-02",
    )
    code, out, _ = run(capsys, "lifecycle", path)
    assert code == 0 and "State: counter_notice_rejected_1" in out


def test_lifecycle_events_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "lifecycle",
        "--events",
        "ipr_verified,takedown,withdraw",
        "--on",
        "2024-05-06,2024-05-07,2024-05-08",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert (data["state"], data["stays_online"], data["deadlines"]) == (
        "withdrawn",
        "filer_withdrew",
        [],
    )
    code, out, _ = run(capsys, "lifecycle", "--events", "ipr_verified,reject=no proof of use")
    assert code == 0 and "rejected" in out


def test_lifecycle_file_errors_name_the_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "events.json"
    path.write_text(
        '[\n  {"event": "ipr_verified"},\n  {"event": "reject", "on": "2024-13-01"}\n]\n'
    )
    code, _, err = run(capsys, "lifecycle", str(path))
    assert code == 2
    assert f"{path}:3:29: $[1].on: expected a date" in err  # the list's own path, at the value
    path.write_text('{"events": [\n  {"event": "appeal"}\n]}\n')
    code, _, err = run(capsys, "lifecycle", str(path))
    assert code == 2 and f"{path}:2" in err and "unknown event" in err


def test_penalties_example(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "violations-aliexpress.csv")
    code, out, _ = run(
        capsys,
        "penalties",
        path,
        "--platform",
        "aliexpress",
        "--as-of",
        "2024-06-01",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert (data["points"]["value"], data["serious"]["value"], data["closed"]) == (6, 2, "no")
    assert "S39" in [s["id"] for s in data["sources"]]


def test_penalties_closed_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text(
        "date,kind\n2024-01-01,counterfeit\n2024-01-10,counterfeit\n2024-02-01,counterfeit\n"
    )
    code, out, _ = run(
        capsys, "penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-03-01"
    )
    assert code == 1
    assert "yes (since 2024-02-01)" in out


def test_penalties_gaps_and_assumptions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("date,kind,points\n2024-01-01,general,6\n2024-01-02,general,6\n")
    code, out, _ = run(
        capsys, "penalties", str(path), "--platform", "alibaba_com", "--as-of", "2024-01-02"
    )
    assert code == 0 and "6 to 12" in out and "not documented" in out
    code, out, _ = run(
        capsys,
        "penalties",
        str(path),
        "--platform",
        "alibaba_com",
        "--as-of",
        "2024-01-02",
        "--assume-validity",
        "365",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert data["points"]["value"] == 12 and data["validity_assumed"] is True
    code, out, _ = run(
        capsys, "penalties", str(path), "--platform", "taobao", "--as-of", "2024-01-02"
    )
    assert code == 0 and "no penalty rules for taobao" in out
    with pytest.raises(SystemExit) as info:
        main(["penalties", str(path), "--platform", "aliexpress", "--assume-validity", "0"])
    assert info.value.code == 2


def test_dates_the_rules_refuse_are_located_in_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An event before the rule book's coverage, and a verification dated before the IPR's
    submission (R7), are errors at the event's line and path, exit 2."""
    early = tmp_path / "early.json"
    early.write_text(
        '[{"event": "ipr_verified", "on": "2014-12-31"},\n'
        ' {"event": "takedown", "on": "2015-01-02"}]'
    )
    assert main(["lifecycle", str(early)]) == 2
    err = capsys.readouterr().err
    assert "early.json:1:34: $[0].on: 2014-12-31 is before the rule book's coverage" in err
    order = tmp_path / "order.json"
    order.write_text(
        '{"events": [{"event": "ipr_verified", "on": "2022-01-13"}],\n'
        ' "ipr_submitted": "2022-01-20"}'
    )
    assert main(["lifecycle", str(order)]) == 2
    err = capsys.readouterr().err
    assert "order.json:1:45: $.events[0].on: ipr_verified on 2022-01-13 is before" in err
    assert "(R7)" in err


# -- --rules: a rule-book override reaches the lifecycle commands (review7 F5) -----------------

STRICT = """name = "strict"
[[sources]]
id = "MINE"
title = "our reading"
kind = "user"

[[interpretations]]
id = "strict"
title = "Strict"
description = "withdraw only once counter-notified"
base = "brief"

[[lifecycle]]
id = "withdrawal_window"
interpretation = "strict"
event = "withdraw"
states = ["counter_notified_1", "counter_notified_2", "counter_notified_3"]
text = "only after a counter notice"
effective_from = "2020-01-01"
sources = ["MINE"]
confidence = "user"
rules = ["B20"]

[[deadlines]]
id = "counter_notice_round_1"
kind = "deadline"
amount = 5
unit = "business_days"
starts_at = "complaint_received"
who = "seller"
description = "Our account gives the seller 5 business days."
effective_from = "2015-01-06"
sources = ["MINE"]
confidence = "user"
"""


def test_lifecycle_replays_under_a_rules_override(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = tmp_path / "strict.toml"
    rules.write_text(STRICT, encoding="utf-8")
    events = [
        "--events",
        "ipr_verified,takedown,withdraw",
        "--on",
        "2024-06-03,2024-06-04,2024-06-05",
    ]
    assert run(capsys, "lifecycle", *events)[0] == 0  # B20: withdrawn from the takedown on
    code, _, err = run(
        capsys, "lifecycle", *events, "--rules", str(rules), "--interpretation", "strict"
    )
    assert code == 2 and "Traceback" not in err
    assert "event 'withdraw' is not allowed in state 'taken_down'" in err
    assert "not under strict (B20); allowed under: brief, official, brief-at-least-100" in err
    # the file's deadline: the counter-notice on business day 4 is in time under it
    late = ["--events", "ipr_verified,takedown,counter_notice_filed"]
    late += ["--on", "2024-06-03,2024-06-04,2024-06-10", "--platform", "aliexpress"]
    code, out, _ = run(capsys, "lifecycle", *late, "--format", "json")
    assert code == 1 and json.loads(out)["flags"][0]["kind"] == "late"
    code, out, _ = run(capsys, "lifecycle", *late, "--rules", str(rules), "--format", "json")
    assert code == 0 and json.loads(out)["flags"] == []


def test_deadline_counts_under_a_rules_override(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = tmp_path / "strict.toml"
    rules.write_text(STRICT, encoding="utf-8")
    argv = ["deadline", "counter_notice_round_1", "--on", "2024-06-04", "--format", "json"]
    due = {}
    for extra in (
        [],
        ["--rules", str(rules)],
        ["--rules", str(rules), "--interpretation", "strict"],
    ):
        code, out, _ = run(capsys, *argv, *extra)
        assert code == 0
        due[len(extra)] = json.loads(out)["deadlines"][0]["due"]
    assert due == {0: "2024-06-07", 2: "2024-06-11", 4: "2024-06-11"}


def test_a_bad_rules_file_is_exit_2_naming_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = tmp_path / "bad.toml"
    rules.write_text(STRICT.replace('"counter_notified_3"]', '"pending_verification"]'), "utf-8")
    for argv in (
        ["lifecycle", "--events", "ipr_verified", "--on", "2024-06-03"],
        ["deadline", "takedown", "--on", "2024-06-03"],
    ):
        code, _, err = run(capsys, *argv, "--rules", str(rules))
        assert code == 2 and "Traceback" not in err
        assert f"{rules}:" in err and "$.lifecycle[0].states[2]" in err
        assert "has no move from state 'pending_verification'" in err


@pytest.mark.parametrize("command", ["deadline", "lifecycle"])
def test_a_calendar_short_of_the_dates_is_named_as_the_option_and_file(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = str(EXAMPLES / "calendar.toml")  # covers 2024 only
    if command == "deadline":
        argv = ["deadline", "counter_notice_round_1", "--on"]
        late, early = ["2024-12-30"], ["2024-12-02"]
    else:
        argv = ["lifecycle", "--events", "ipr_verified,takedown", "--on"]
        late, early = ["2024-12-23,2024-12-30"], ["2024-12-02,2024-12-03"]
    code, _, err = run(capsys, *argv, *late, "--calendar", calendar)
    assert code == 2 and "Traceback" not in err
    assert err.startswith(f"ipprules: error: --calendar {calendar}: calendar 'Hangzhou office' ")
    assert "2025-01-02 is outside it" in err and "give a calendar that covers it" in err
    code, _, err = run(capsys, *argv, *early, "--calendar", calendar)  # within the calendar
    assert code == 0 and err == ""


def test_a_date_before_the_book_is_still_named_at_its_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A rule-book coverage error is not blamed on the calendar."""
    argv = ["lifecycle", "--events", "ipr_verified,takedown", "--on", "2014-12-23,2024-12-30"]
    code, _, err = run(capsys, *argv, "--calendar", str(EXAMPLES / "calendar.toml"))
    assert code == 2 and "--calendar" not in err
    assert "$[0].on: 2014-12-23 is before the rule book's coverage" in err


@pytest.mark.parametrize("on", ["2024-12-30", "2024-12-02"])
def test_a_deadline_the_calendar_cannot_count_names_the_option_and_file(
    on: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row the calendar is too short for ("no date (calendar)") named the calendar but not
    the ``--calendar`` file to change."""
    calendar = str(EXAMPLES / "calendar.toml")  # covers 2024 only
    code, out, _ = run(capsys, "deadline", "takedown", "--on", on, "--calendar", calendar)
    assert code == 0
    notes = [line for line in out.splitlines() if ": no date: " in line]
    assert notes
    for line in notes:
        assert "calendar 'Hangzhou office' covers 2024-01-01 to 2024-12-31" in line
        assert line.endswith(f"(--calendar {calendar}: give a calendar that covers it)")


@pytest.mark.parametrize(
    ("argv", "where"),
    [
        (["--events", "ipr_verified,appeal"], "--events: $[1]: unknown event 'appeal'"),
        (["--events", "ipr_verified,reject"], "--events: $[1]: event 'reject' needs a reason"),
        (["--events", "takedown"], "--events: $[0]: event 'takedown' is not allowed"),
        (["--events", "ipr_verified", "--on", "2024-13-01"], "--on: $[0].on: not a date"),
        (["--events", "ipr_verified", "--on", "2014-12-23"], "--on: $[0].on: 2014-12-23"),
    ],
)
def test_an_error_in_the_options_names_the_option_then_the_path(
    capsys: pytest.CaptureFixture[str], argv: list[str], where: str
) -> None:
    """One style, as for files: the option (where the file's name goes), then the JSON path."""
    code, _, err = run(capsys, "lifecycle", *argv)
    assert code == 2
    assert err.startswith(f"ipprules: error: {where}") and len(err.splitlines()) == 1
