"""Three trials, not one (sweep-dates D-9): the 2015 trial of the programme (R68), the 2018
upgrade's (R70) and the 2021/22 per-reason-code test's (R75) are separate. An account can be
in every trial (``trial=True``), in none, or in those that began in given years."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.errors import InputError, UnknownNameError
from ipprules.planner import plan_listings

BOOK = default_rulebook()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_trials_are_named_by_the_year_they_began() -> None:
    assert BOOK.trial_years() == (2015, 2018, 2021)


@pytest.mark.parametrize(
    ("day", "trial", "version", "per_code"),
    [
        ("2018-05-01", False, "2015", False),
        ("2018-05-01", True, "2018", False),
        ("2018-05-01", [2018], "2018", False),
        ("2018-05-01", [2021], "2015", False),  # in the 2021/22 trial only: not 2018's
        ("2022-01-10", [2021], "2022", True),
        ("2022-01-10", [2018], "2018", False),  # in 2018's only: no per-code test yet
        ("2022-01-10", (2015, 2021), "2022", True),
        ("2015-02-01", [2015], "2015", False),
    ],
)
def test_an_account_in_some_trials_gets_those_early(
    day: str, trial: object, version: str, per_code: bool
) -> None:
    rules = BOOK.as_of(day, trial=trial)  # type: ignore[arg-type]
    assert rules.good_faith.version == version
    assert rules.good_faith.per_reason_code is per_code


def test_the_2015_trial_alone_opens_the_programme_early() -> None:
    assert BOOK.as_of("2015-02-01", trial=[2015]).good_faith is not None
    # not yet open to accounts outside the 2015 trial (launched 2015-04-01, R68)
    assert BOOK.as_of("2015-02-01", trial=[2018, 2021]).good_faith is None


@settings(max_examples=60, deadline=None)
@given(day=st.dates(dt.date(2015, 1, 6), dt.date(2026, 12, 31)))
def test_every_trial_named_is_the_same_as_true_and_none_as_false(day: dt.date) -> None:
    """``trial=True`` is the trials of every year; an empty set is no trial."""
    assert BOOK.as_of(day, trial=True) == BOOK.as_of(day, trial=BOOK.trial_years())
    assert BOOK.as_of(day, trial=False) == BOOK.as_of(day, trial=())


def test_a_trial_year_that_is_none_or_not_a_year_is_refused() -> None:
    with pytest.raises(UnknownNameError, match=r"unknown trial .* '2019'.*known: 2015, 2018, 2021"):
        BOOK.as_of("2020-01-01", trial=[2019])
    with pytest.raises(TypeError, match="years must be ints"):
        BOOK.as_of("2020-01-01", trial=["2018"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="trial must be a bool"):
        BOOK.as_of("2020-01-01", trial="2018")  # type: ignore[arg-type]


def test_standing_a_plan_and_the_cli_take_the_years(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ipprules.checks import read_plan
    from ipprules.goodfaith import History, standing

    history = History.from_file(EXAMPLES / "history.csv")
    day = dt.date(2022, 2, 1)
    assert standing(history, day, trial=[2018]).version == "2018"
    assert standing(history, day, trial=[2021]).version == "2022"
    assert standing(history, day, trial=[2021]).trial == (2021,)
    argv = ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2022-02-01", "--format",
            "json"]  # fmt: skip
    assert main([*argv, "--trial-years", "2018"]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    assert (data["version"], data["trial"]) == ("2018", [2018])
    assert main([*argv, "--trial-years", "2018", "--trial"]) == 2
    assert "not both" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # argparse: not a year
        main([*argv, "--trial-years", "18"])
    assert "not years such as 2018" in capsys.readouterr().err
    text = (EXAMPLES / "plan.toml").read_text(encoding="utf-8")
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(text.replace("[account]\n", "[account]\ngood_faith_trials = [2021]\n", 1))
    plan = read_plan(plan_file)
    assert plan.account.trial == frozenset({2021})


def test_a_plan_naming_a_trial_that_never_was_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (EXAMPLES / "plan.toml").read_text(encoding="utf-8")
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(text.replace("[account]\n", "[account]\ngood_faith_trials = [2019]\n", 1))
    line = 1 + plan_file.read_text(encoding="utf-8").split("good_faith_trials")[0].count("\n")
    for command in ("check", "coverage"):
        assert main([command, str(plan_file)]) == 2
        err = capsys.readouterr().err
        assert f"{plan_file}:{line}:1: $.account.good_faith_trials: no trial began in 2019" in err
    # the planner refuses it alike: the API at its path, the CLI at the account file's line
    from ipprules.checks import read_plan

    account = tmp_path / "account.toml"
    account.write_text(
        (EXAMPLES / "planner-account.toml")
        .read_text(encoding="utf-8")
        .replace("[account]\n", "[account]\ngood_faith_trials = [2019]\n", 1),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        plan_listings([], read_plan(account), as_of="2026-11-01")
    assert raised.value.problems[0].path == "$.account.good_faith_trials"
    urls = str(EXAMPLES / "planner-urls.csv")
    assert main(["plan", urls, "--account", str(account), "--as-of", "2026-11-01"]) == 2
    line = 1 + account.read_text(encoding="utf-8").split("good_faith_trials")[0].count("\n")
    err = capsys.readouterr().err
    assert f"{account}:{line}:1: $.account.good_faith_trials: no trial began in 2019" in err


def test_a_plan_giving_every_trial_and_some_years_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``good_faith_trial = true`` with ``good_faith_trials = [2021]`` is refused, as
    ``--trial --trial-years`` is (review7 F14: the years silently won), in check, coverage
    and the planner alike, at the line of ``good_faith_trials``."""
    from ipprules.checks import read_plan

    both = "[account]\ngood_faith_trials = [2021]\ngood_faith_trial = true\n"
    text = (EXAMPLES / "plan.toml").read_text(encoding="utf-8")
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(text.replace("[account]\n", both, 1), encoding="utf-8")
    line = 1 + plan_file.read_text(encoding="utf-8").split("good_faith_trials")[0].count("\n")
    for command in ("check", "coverage"):
        assert main([command, str(plan_file)]) == 2
        err = capsys.readouterr().err
        assert f"{plan_file}:{line}:1: $.account.good_faith_trials: give good_faith_trial" in err
        assert "not both" in err
    account = tmp_path / "account.toml"
    account.write_text(
        (EXAMPLES / "planner-account.toml")
        .read_text(encoding="utf-8")
        .replace("[account]\n", both, 1),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="not both") as raised:
        plan_listings([], read_plan(account), as_of="2026-11-01")
    assert raised.value.problems[0].path == "$.account.good_faith_trials"
    urls = str(EXAMPLES / "planner-urls.csv")
    assert main(["plan", urls, "--account", str(account), "--as-of", "2026-11-01"]) == 2
    line = 1 + account.read_text(encoding="utf-8").split("good_faith_trials")[0].count("\n")
    assert f"{account}:{line}:1: $.account.good_faith_trials" in capsys.readouterr().err


@pytest.mark.parametrize("typed", ["0999", "0201", "2018,0999"])
def test_a_trial_year_with_a_leading_zero_is_refused_as_typed(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--trial-years 0999`` was read as 999 and reported as "unknown trial '999'": the
    format is refused and the message echoes what was typed (review7 F14)."""
    with pytest.raises(SystemExit):
        main(["good-faith", str(EXAMPLES / "history.csv"), "--trial-years", typed])
    err = capsys.readouterr().err
    assert f"not years such as 2018 or 2018,2021: {typed!r}" in err


@pytest.mark.parametrize(
    ("options", "shown", "trial"),
    [
        ([], None, False),
        (["--trial"], "in every Good Faith trial", True),
        (["--trial-years", "2021"], "in the Good Faith trial begun in 2021", [2021]),
        (
            ["--trial-years", "2021,2018"],
            "in the Good Faith trials begun in 2018, 2021",
            [2018, 2021],
        ),
    ],
)
def test_text_headers_show_the_trials(
    options: list[str], shown: str | None, trial: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """The answer changes with the trials, so the text headers of good-faith (standing,
    what-if, timeline) and advise say which (review7 F14: only JSON did)."""
    history = str(EXAMPLES / "history.csv")
    runs = {
        "standing": ["good-faith", history, "--as-of", "2022-01-10"],
        "what-if": [
            "good-faith",
            history,
            "--as-of",
            "2022-01-10",
            "--what-if",
            str(EXAMPLES / "what-if.toml"),
        ],
        "timeline": ["good-faith", history, "--timeline", "2022-01-01", "2022-01-03"],
        "advise": [
            "advise",
            "--ipr-type",
            "trademark",
            "--platform",
            "taobao",
            "--member",
            "--as-of",
            "2022-01-10",
        ],
    }
    for name, argv in runs.items():
        assert main([*argv, *options]) in (0, 1), name
        out = capsys.readouterr().out
        head = next(x for x in out.splitlines() if x.startswith(("Good Faith", "Reason")))
        if shown is None:
            assert "trial" not in head, name
        else:
            assert shown in head, name
            if name == "what-if":  # before and after
                assert out.count(shown) == 2
    assert main([*runs["timeline"], *options, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["trial"] == trial
