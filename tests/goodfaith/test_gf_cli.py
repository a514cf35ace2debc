"""``ipprules good-faith``: text and JSON output, exit codes, what-if, timeline, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

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
    assert "(today)" in capsys.readouterr().err


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
