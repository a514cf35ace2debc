"""A new user giving one command another command's file (newuser16).

1. A CSV given to the wrong command is named for what it is, as a TOML or JSON document
   already was (``this looks like a complaint plan ...``): a violations CSV given to
   ``good-faith`` said ``unknown column 'kind' (did you mean 'id'?)``, a Good Faith history
   given to ``penalties`` listed its thirteen columns as unknown, and ``plan`` and
   ``listings`` only said there was no URL column.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules._files import _CSV_KINDS, other_csv
from ipprules.errors import InputError
from ipprules.goodfaith.model import CSV_COLUMNS
from ipprules.penalties.reading import _COLUMNS
from ipprules.planner.inputs import COLUMNS
from test_newuser8 import _run

# -------------------- 1. a CSV given to the wrong command is named for what it is

_HISTORY = "examples/history.csv"
_VIOLATIONS = "examples/violations-aliexpress.csv"
_URLS = "examples/planner-urls.csv"
_ACCOUNT = "examples/planner-account.toml"

_SAID = {
    _HISTORY: "the file looks like a Good Faith history (for `ipprules good-faith`), not ",
    _VIOLATIONS: "the file looks like a violations file (for `ipprules penalties`), not ",
    _URLS: "the file looks like a list of listing URLs (for `ipprules listings` or `plan`), not ",
}


def test_the_csv_kinds_know_the_readers_columns() -> None:
    assert _CSV_KINDS["history"][2] == set(CSV_COLUMNS)
    assert _CSV_KINDS["violations"][2] == set(_COLUMNS)
    assert _CSV_KINDS["urls"][2] == set(COLUMNS)


@pytest.mark.parametrize(
    ("argv", "given", "wanted"),
    [
        (["good-faith", _VIOLATIONS, "--as-of", "2023-03-31"], _VIOLATIONS, "a Good Faith history"),
        (["good-faith", _URLS, "--as-of", "2023-03-31"], _URLS, "a Good Faith history"),
        (
            ["penalties", _HISTORY, "--platform", "aliexpress", "--as-of", "2024-06-01"],
            _HISTORY,
            "a violations file",
        ),
        (
            ["penalties", _URLS, "--platform", "aliexpress", "--as-of", "2024-06-01"],
            _URLS,
            "a violations file",
        ),
        (["listings", _HISTORY], _HISTORY, "a list of listing URLs"),
        (["listings", _VIOLATIONS], _VIOLATIONS, "a list of listing URLs"),
        (
            ["plan", _HISTORY, "--account", _ACCOUNT, "--as-of", "2026-11-23"],
            _HISTORY,
            "a list of listing URLs",
        ),
        (
            ["plan", _VIOLATIONS, "--account", _ACCOUNT, "--as-of", "2026-11-23"],
            _VIOLATIONS,
            "a list of listing URLs",
        ),
    ],
)
def test_a_csv_given_to_the_wrong_command_is_named(
    argv: list[str], given: str, wanted: str
) -> None:
    code, out, err = _run(*argv)
    assert code == 2, (out, err)
    assert f"{given}:1: $: " in err
    assert _SAID[given] + wanted in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("cells", "mine"),
    [
        (["date", "kind"], "violations"),  # its own
        (["Type", "Date", "Note"], "history"),
        (["url"], "urls"),
        (["date", "owner"], "history"),  # a column no reader knows: no guess
        (["date", "points"], "history"),  # the violations' needed 'kind' is missing
        ([], "urls"),
    ],
)
def test_no_other_kind_is_named_without_its_columns(cells: list[str], mine: str) -> None:
    assert other_csv(cells, mine) is None


def test_a_violations_header_written_by_hand_is_still_named() -> None:
    said = other_csv([" Date ", "KIND", "Points", ""], "history")
    assert said == (
        "the file looks like a violations file (for `ipprules penalties`), not a Good Faith history"
    )


# -------------------- 2. a document given as --calendar or --rules is named for what it is

_RULES = "examples/rules-override.toml"


@pytest.mark.parametrize(
    ("argv", "looks_like", "not_"),
    [
        (
            ["deadline", "takedown", "--on", "2024-09-27", "--calendar", "examples/plan.toml"],
            "a complaint plan",
            "a calendar",
        ),
        (
            ["lifecycle", "examples/lifecycle-late-counter-notice.toml", "--calendar", _RULES],
            "a rules file",
            "a calendar",
        ),
        (["rules", "reasons", "--rules", "examples/plan.toml"], "a complaint plan", "a rules file"),
        (["rules", "--rules", "examples/calendar.toml"], "a calendar", "a rules file"),
        (["check", _RULES], "a rules file", "a complaint plan"),
        (["counter-notice", _RULES], "a rules file", "a counter-notice"),
    ],
)
def test_a_document_given_as_a_calendar_or_rules_is_named(
    argv: list[str], looks_like: str, not_: str
) -> None:
    code, out, err = _run(*argv)
    assert code == 2, (out, err)
    first = err.splitlines()[0]
    assert f"$: this looks like {looks_like} (for `" in first
    assert f"not {not_} (for `" in first
    assert "Traceback" not in err


def test_a_calendar_of_its_own_keys_gets_no_hint(tmp_path: Path) -> None:
    path = tmp_path / "office.toml"
    path.write_text('name = "office"\nholidays = ["1 Oct"]\n', encoding="utf-8")
    code, _, err = _run("deadline", "takedown", "--on", "2024-09-27", "--calendar", str(path))
    assert code == 2
    assert "looks like" not in err
    assert "$.holidays[0]: expected a date" in err


# -------------------- 3. every FILE-like name in a --help is one of the command's arguments


@pytest.mark.parametrize("command", ["plan", "listings", "good-faith", "penalties", "coverage"])
def test_help_names_only_the_command_s_own_positional(command: str) -> None:
    """``plan --help`` said "With --workers or --scheduler, FILE is a CSV ...", though its
    argument is URLS (FILE is the ``listings`` one)."""
    code, out, _ = _run(command, "--help")
    assert code == 0
    section = out.split("positional arguments:\n", 1)[1].split("\n\n", 1)[0]
    own = set(re.findall(r"^  ([A-Z][A-Z_]+)\b", section, re.MULTILINE))
    assert own
    for name in ("FILE", "URLS", "HISTORY", "VIOLATIONS_FILE", "PLAN"):
        said = re.findall(rf"(?<![-\w]){name} (?:is|holds|names)\b", " ".join(out.split()))
        assert not said or name in own, (name, out)


# -------------------- 4. a TOML date that is no day says so, not only "Invalid date or datetime"

_PLAN_HEAD = '[account]\nname = "Acme"\nlocation = "elsewhere"\nidentity = "enterprise"\n'


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2019-06-31", "day is out of range for month"),
        ("2029-02-29", "day is out of range for month"),
        ("2026-13-01", "month must be in 1..12"),
        ("2026-00-10", "month must be in 1..12"),
        ("2026-04-00", "day is out of range for month"),
    ],
)
def test_a_toml_date_that_is_no_day_says_why(tmp_path: Path, typed: str, why: str) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(f"{_PLAN_HEAD}\n[[rights]]\nexpiry_date = {typed}\n", encoding="utf-8")
    code, _, err = _run("check", str(path), "--as-of", "2026-11-23")
    assert code == 2
    assert err.startswith(f"ipprules: error: {path}:7:")
    assert "$: not valid TOML: " in err  # tomllib's words, then the date and why it is none
    assert err.rstrip().endswith(f" ({typed}: no such date: {why})")


def test_a_real_toml_date_beside_another_mistake_gets_no_date_hint(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(f"{_PLAN_HEAD}\n[[rights]]\nexpiry_date = 2028-02-29 x\n", encoding="utf-8")
    code, _, err = _run("check", str(path), "--as-of", "2026-11-23")
    assert code == 2
    assert "not valid TOML" in err
    assert "no such date" not in err


# -------------------- 5. a quoted number or truth value, a whole number with a point: how to write it


def _plan_error(tmp_path: Path, account_line: str) -> str:
    path = tmp_path / "plan.toml"
    path.write_text(f"{_PLAN_HEAD}{account_line}\n", encoding="utf-8")
    code, _, err = _run("check", str(path), "--as-of", "2026-11-23")
    assert code == 2
    return err


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(count=st.integers(0, 10**9), quote=st.sampled_from(['"', "'"]))
def test_a_quoted_count_says_to_write_it_without_quotes(
    tmp_path: Path, count: int, quote: str
) -> None:
    err = _plan_error(tmp_path, f"complaints_filed = {quote}{count}{quote}")
    assert f":5:1: $.account.complaints_filed: expected an integer, got '{count}' " in err
    assert err.rstrip().endswith(f"(write it without quotes: {count})")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("40.0", "got 40.0 (a float): write 40"),
        ("2.5", "got 2.5 (a float)"),
        ('"4O"', "got '4O'"),
    ],
)
def test_a_count_written_otherwise_says_how_when_it_can(
    tmp_path: Path, written: str, said: str
) -> None:
    err = _plan_error(tmp_path, f"complaints_filed = {written}")
    assert err.rstrip().endswith(f"expected an integer, {said}")


@pytest.mark.parametrize("word", ["false", "no", "True", "0"])
def test_a_quoted_truth_value_says_to_write_it_without_quotes(tmp_path: Path, word: str) -> None:
    err = _plan_error(tmp_path, f'good_faith = "{word}"')
    assert err.rstrip().endswith(
        f"$.account.good_faith: expected true or false, got '{word}' "
        "(write true or false, without quotes)"
    )


# -------------------- 6. a date of the right form that is no day says why, wherever it is given

_NO_DAYS = [
    ("2026-02-30", "day is out of range for month"),
    ("2026-11-31", "day is out of range for month"),
    ("2026-13-01", "month must be in 1..12"),
]


@pytest.mark.parametrize(("day", "why"), _NO_DAYS)
def test_a_date_option_that_is_no_day_says_why(day: str, why: str) -> None:
    code, _, err = _run("check", "--example", "--as-of", day)
    assert code == 2
    assert err.rstrip().endswith(f"argument --as-of: not a date (YYYY-MM-DD): '{day}' ({why})")


@pytest.mark.parametrize(("day", "why"), _NO_DAYS)
def test_a_python_date_that_is_no_day_says_why(day: str, why: str) -> None:
    with pytest.raises(InputError) as raised:
        default_rulebook().as_of(day)
    assert str(raised.value).endswith(f"got '{day}' ({why})")


@pytest.mark.parametrize(("day", "why"), _NO_DAYS)
def test_a_file_date_that_is_no_day_says_why(tmp_path: Path, day: str, why: str) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(f'{_PLAN_HEAD}\n[[rights]]\nexpiry_date = "{day}"\n', encoding="utf-8")
    violations = tmp_path / "v.csv"
    violations.write_text(f"date,kind\n{day},general\n", encoding="utf-8")
    history = tmp_path / "h.csv"
    history.write_text(f"type,date\ncomplaint,{day}\n", encoding="utf-8")
    runs = [
        (("check", str(plan)), f"{plan}:7:1: $.rights[0].expiry_date: expected a date"),
        (("penalties", str(violations), "--platform", "aliexpress"), f"{violations}:2:1: "),
        (("good-faith", str(history)), f"{history}:2:11: $.date: expected a date"),
    ]
    for argv, where in runs:
        code, _, err = _run(*argv, "--as-of", "2026-11-23")
        assert code == 2, err
        assert where in err
        assert f"'{day}' ({why})" in err


# -------------------- 7. a file name with a typo names the file of its folder it may stand for


@pytest.mark.parametrize(
    ("argv", "typed", "meant"),
    [
        (["check", "{}", "--as-of", "2026-11-23"], "examples/plan.tom", "examples/plan.toml"),
        (["good-faith", "{}", "--as-of", "2023-03-31"], "examples/histroy.csv", _HISTORY),
        (["listings", "{}"], "examples/url.txt", "examples/urls.txt"),
        (["plan", _URLS, "--account", "{}"], "examples/planner-acount.toml", _ACCOUNT),
        (["rules", "--rules", "{}"], "examples/rules-overide.toml", "examples/rules-override.toml"),
        (
            ["deadline", "takedown", "--on", "2024-01-02", "--calendar", "{}"],
            "examples/calender.toml",
            "examples/calendar.toml",
        ),
    ],
)
def test_a_missing_file_names_the_file_meant(argv: list[str], typed: str, meant: str) -> None:
    code, out, err = _run(*(typed if a == "{}" else a for a in argv))
    assert (code, out) == (2, "")
    assert err == (
        f"ipprules: error: {typed}: $: cannot read the file: No such file or directory "
        f"(did you mean {meant!r}?)\n"
    )


def test_a_missing_file_with_no_name_near_it_says_only_that(tmp_path: Path) -> None:
    (tmp_path / "history.csv").write_text("type,date\n", encoding="utf-8")
    missing = tmp_path / "violations.json"
    code, _, err = _run(
        "penalties", str(missing), "--platform", "aliexpress", "--as-of", "2024-06-01"
    )
    assert code == 2
    assert (
        err == f"ipprules: error: {missing}: $: cannot read the file: No such file or directory\n"
    )
