"""``ipprules good-faith``: text and JSON output, exit codes, what-if, timeline, bad input."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith.plan import PlannedComplaint, WhatIfPlan

EXAMPLE = str(Path(__file__).parents[2] / "examples" / "history.csv")


def test_standing_text_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["good-faith", EXAMPLE, "--as-of", "2022-12-31"]) == 0
    out = capsys.readouterr().out
    assert "QUALIFIES" in out and "member since 2022-10-30" in out
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-31"]) == 1
    out = capsys.readouterr().out
    assert "FAIL tm_misuse" in out and "locked out until 2023-06-06" in out


def test_standing_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "good-faith",
            EXAMPLE,
            "--as-of",
            "2023-03-31",
            "--format",
            "json",
            "--interpretation",
            "official",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["interpretation"] == "official" and data["version"] == "2022"
    assert data["criteria"][0]["comparison"] == ">="


def test_default_as_of_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    main(["good-faith", EXAMPLE])
    assert "(today in China, UTC+8)" in capsys.readouterr().err


def test_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["good-faith", EXAMPLE, "--timeline", "2022-09-01", "2023-08-31", "--format", "json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [c["change"] for c in data["changes"]] == ["gained", "lost", "gained", "lost"]
    assert len(data["days"]) == 365


def test_what_if(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(
        'assume = "0"\n[[complaints]]\nreason_code = "tm_counterfeit"\nlistings = 300\n'
    )
    assert main(["good-faith", EXAMPLE, "--as-of", "2022-12-31", "--what-if", str(plan)]) == 1
    out = capsys.readouterr().out
    assert "Before:" in out and "After 1 planned complaint(s):" in out


def test_bad_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "h.csv"
    bad.write_text("type,date\ncomplaint,2023-02-30\n")
    assert main(["good-faith", str(bad), "--as-of", "2023-03-01"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2:11:" in err and "Traceback" not in err
    plan = tmp_path / "plan.toml"
    plan.write_text("[[complaints]]\nreason_code = 5\nlistings = 3\n")
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-01", "--what-if", str(plan)]) == 2
    assert "plan.toml:2" in capsys.readouterr().err
    assert main(["good-faith", EXAMPLE, "--as-of", "2014-12-31"]) == 2


def test_account_option_and_coverage_messages(capsys: pytest.CaptureFixture[str]) -> None:
    accounts = str(Path(__file__).parents[2] / "examples" / "history-accounts.csv")
    assert main(["good-faith", accounts, "--as-of", "2023-03-31"]) == 2
    assert "several accounts" in capsys.readouterr().err
    assert main(["good-faith", accounts, "--account", "acme", "--as-of", "2023-03-31"]) == 0
    assert "QUALIFIES" in capsys.readouterr().out
    assert main(["good-faith", EXAMPLE, "--as-of", "2014-12-31"]) == 2
    assert "--as-of: 2014-12-31 is before the rule book's coverage" in capsys.readouterr().err


def test_a_what_if_error_found_at_run_time_names_the_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``assume = "current"`` with ``reinstated`` and no outcomes passes the read-time check
    (rate 1) and fails at run time, where the current rate rounds taken_down down to 0: the
    error names the plan's file and the line of ``reinstated``, and says that taken_down was
    assumed (review7 F8: no file, no line, blaming a value the user did not give)."""
    plan = tmp_path / "wi5.toml"
    plan.write_text(
        'assume = "current"\n\n[[complaints]]\nreason_code = "tm_misuse"\nplatform = "taobao"\n'
        "listings = 1\nreinstated = 1\n"
    )
    assert main(["good-faith", EXAMPLE, "--as-of", "2023-03-31", "--what-if", str(plan)]) == 2
    err = capsys.readouterr().err
    assert f"{plan}:7:1: $.complaints[0].reinstated: reinstated (1) must lie between 0 and " in err
    assert 'taken_down was assumed from assume = "current" for 1 listing(s)' in err
    assert "87.8%" in err and "Traceback" not in err


@settings(max_examples=40, deadline=None)
@given(
    listings=st.integers(1, 400),
    reinstated=st.integers(0, 400),
    assume=st.sampled_from(["success", "current", "0", "0.5", "0.9", "1"]),
    current=st.one_of(st.none(), st.fractions(0, 1, max_denominator=1000)),
)
def test_planned_reinstatements_beyond_what_was_assumed_are_refused_at_their_path(
    listings: int, reinstated: int, assume: str, current: Fraction | None
) -> None:
    """A plan's rows hold reinstated <= taken_down, else an InputError at the complaint's
    ``reinstated`` saying that taken_down was assumed, and from which assumption."""
    plan = WhatIfPlan(
        assume=assume,
        complaints=(PlannedComplaint(reason_code="x", listings=listings, reinstated=reinstated),),
    )
    try:
        rows = plan.rows(dt.date(2023, 6, 1), current)
    except InputError as exc:
        (problem,) = exc.problems
        assert problem.path == "$.complaints[0].reinstated"
        assert f'taken_down was assumed from assume = "{assume}"' in problem.message
        return
    ((_, _, _, taken, *_, back),) = rows
    assert 0 <= back == reinstated <= taken


def test_what_if_with_a_timeline_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--timeline ran and --what-if was dropped without a word (exit 0, the timeline of the
    history alone): the two are refused together, one line, exit 2."""
    plan = tmp_path / "plan.csv"
    plan.write_text(
        "type,date,platform,reason_code,listings,taken_down\n"
        "complaint,2022-12-01,taobao,tm_misuse,1,1\n",
        encoding="utf-8",
    )
    argv = ["good-faith", EXAMPLE, "--timeline", "2022-12-01", "2022-12-02"]
    assert main([*argv, "--what-if", str(plan)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        "ipprules: error: --what-if: not with --timeline (a timeline of planned complaints "
        "is not computed): run them one at a time"
    ]
    assert main(argv) == 0


@pytest.mark.no_cover
@pytest.mark.parametrize(
    "content", ["", "\n\n", "\ufeff", "\r\n", "type,date,platform,reason_code,listings\n"]
)
def test_a_timeline_of_an_empty_history_says_it_holds_no_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    """L7: the standing of an empty history has a note saying so; the timeline too, in text
    and JSON (a Timeline has no notes: the CLI adds it), and none for a history with records."""
    empty = tmp_path / "empty.csv"
    empty.write_bytes(content.encode("utf-8"))
    note = (
        "the history holds no records (no complaint, no account event): this is the timeline "
        "of an account that has filed nothing"
    )
    span = ["--timeline", "2026-11-01", "2026-11-03"]
    assert main(["good-faith", str(empty), *span]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"  note: {note}"
    assert main(["good-faith", str(empty), *span, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["notes"] == [note]
    assert main(["good-faith", EXAMPLE, *span, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["notes"] == []
    assert main(["good-faith", EXAMPLE, *span]) == 0
    assert "note:" not in capsys.readouterr().out
