"""A new user's and a hostile user's first hour, again (newuser18).

1. ``ipprules.deadline_for("takedwn", ...)``: a misspelt event, nearer to an event than to
   any deadline id, names the event meant and :func:`deadlines_from`, which takes events (the
   CLI already suggested it, reading events and ids together).
2. ``--as-of today`` (``--on now``...) said only "not a date": an option whose default is
   today says to leave it out; another word for a day, to write the date itself.
"""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

import ipprules
from ipprules.errors import UnknownNameError
from test_newuser8 import _run

# -------------------- 1. deadline_for with a misspelt event


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("takedwn", "takedown"),
        ("counter_notice_filled", "counter_notice_filed"),
        ("ipr_verifed", "ipr_verified"),
    ],
)
def test_a_misspelt_event_given_to_deadline_for_names_the_event(typed: str, meant: str) -> None:
    with pytest.raises(UnknownNameError) as caught:
        ipprules.deadline_for(typed, date(2024, 9, 27))
    message = str(caught.value)
    assert f"did you mean the event {meant!r}?" in message
    assert f"deadlines_from({meant!r}, start)" in message
    # the events named lead somewhere: deadlines_from takes the event meant
    assert ipprules.lifecycle.deadlines_from(meant, date(2024, 9, 27))


@pytest.mark.parametrize("typed", ["counter_notice_round1", "zzz"])
def test_a_name_no_event_is_near_is_answered_as_before(typed: str) -> None:
    with pytest.raises(UnknownNameError) as caught:
        ipprules.deadline_for(typed, date(2024, 9, 27))
    assert "the event" not in str(caught.value)


# -------------------- 2. a word for a day given as a date option


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (("deadline", "takedown", "--on", "now"), "--on"),
        (("rules", "--as-of", "TODAY"), "--as-of"),
    ],
)
def test_today_as_a_date_option_says_to_leave_it_out(argv: tuple[str, ...], option: str) -> None:
    code, out, err = _run(*argv)
    assert (code, out) == (2, "")
    assert f"(leave out {option} for today's date: the command prints the date it used)" in err


@pytest.mark.parametrize(
    ("argv", "first"),
    [
        (("check", "examples/plan.toml", "--as-of", "today"), "the plan's as_of"),
        (("coverage", "examples/portfolio.toml", "--as-of=Today"), "the portfolio's as_of"),
    ],
)
def test_today_where_the_file_date_comes_first_says_to_give_the_date(
    argv: tuple[str, ...], first: str
) -> None:
    """Left out, check's --as-of is the plan's as_of (2026-11-23 for the example), not today:
    "leave out --as-of for today's date" misled (newuser28)."""
    code, out, err = _run(*argv)
    assert (code, out) == (2, "")
    assert f"(left out, --as-of is {first}, else today's date; for today, give the date" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("rules", "--as-of", "yesterday"),
        ("good-faith", "examples/history.csv", "--timeline", "today", "2023-02-01"),
    ],
)
def test_another_word_for_a_day_says_to_write_the_date(argv: tuple[str, ...]) -> None:
    code, out, err = _run(*argv)
    assert (code, out) == (2, "")
    assert "(write the date itself: a date is never read from a word)" in err
    assert "leave out" not in err


# -------------------- 3. YAML or JSON given as TOML

_YAML = "yaml"
_JSON = "json"


@pytest.mark.parametrize(
    ("text", "line", "kind"),
    [
        ("account:\n  name: acme\n", 1, _YAML),
        ("---\naccount:\n  name: acme\n", 1, _YAML),
        ("# a plan\naccount:\n  name: acme\n", 2, _YAML),
        ("[account]\nname: acme\n", 2, _YAML),
        ("events:\n  - event: takedown\n", 1, _YAML),
        ('{\n  "account": {"name": "acme"}\n}\n', 1, _JSON),
        ('{"account": {"name": "acme"}}\n', 1, _JSON),
    ],
)
@pytest.mark.parametrize(
    "argv",
    [
        ("check", "{}"),
        ("lifecycle", "{}"),
        ("deadline", "takedown", "--on", "2024-09-27", "--calendar", "{}"),
    ],
)
def test_another_format_given_as_toml_is_named(
    tmp_path: Path, text: str, line: int, kind: str, argv: tuple[str, ...]
) -> None:
    path = tmp_path / "input.toml"
    path.write_text(text, encoding="utf-8")
    code, out, err = _run(*(str(path) if a == "{}" else a for a in argv))
    assert (code, out) == (2, "")
    assert f"input.toml:{line}:" in err
    assert "not valid TOML" in err
    if kind == _YAML:
        assert (
            "(a YAML line? TOML writes key = value: ipprules reads TOML and JSON, not YAML)" in err
        )
    else:
        assert "(the file looks like JSON: name it .json, or write it as TOML)" in err


@pytest.mark.parametrize(
    "text",
    ["url = http://x\n", 'note = "a: b"\nx = \n', "[account\n"],
)
def test_a_toml_mistake_is_not_taken_for_another_format(tmp_path: Path, text: str) -> None:
    path = tmp_path / "input.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ipprules.InputError) as caught:
        ipprules.read_plan(path)
    assert "not valid TOML" in str(caught.value)
    assert "YAML" not in str(caught.value) and "JSON" not in str(caught.value)


# -------------------- 4. a CSV of another command given as a document names its command


@pytest.mark.parametrize(
    ("given", "what"),
    [
        ("examples/history.csv", "a Good Faith history (for `ipprules good-faith`)"),
        ("examples/violations-aliexpress.csv", "a violations file (for `ipprules penalties`)"),
        ("examples/planner-urls.csv", "a list of listing URLs (for `ipprules listings` or `plan`)"),
    ],
)
@pytest.mark.parametrize("excel", [False, True])
def test_a_csv_given_as_a_document_names_its_command(
    tmp_path: Path, given: str, what: str, excel: bool
) -> None:
    path = Path(given)
    if excel:  # Excel's "CSV UTF-8" on a European Windows: a BOM, ';' and CRLF
        text = Path(given).read_text(encoding="utf-8").replace(",", ";").replace("\n", "\r\n")
        path = tmp_path / "export.csv"
        path.write_text(text, encoding="utf-8-sig", newline="")
    for argv in (
        ("check", str(path)),
        ("plan", "examples/planner-urls.csv", "--account", str(path)),
    ):
        code, out, err = _run(*argv)
        assert (code, out) == (2, "")
        assert f"the file looks like {what}, not a JSON or TOML document" in err, err


# -------------------- 5. YAML on stdin, or in a file named neither .toml nor .json

_YAML_PLAN = "# my plan\naccount:\n  name: acme\ncomplaints:\n  - platform: taobao\n"


@pytest.mark.parametrize("command", ["check", "coverage", "lifecycle", "counter-notice"])
@pytest.mark.parametrize("commented", [False, True])  # a '#' line first was TOML already
def test_yaml_on_stdin_is_named(
    monkeypatch: pytest.MonkeyPatch, command: str, commented: bool
) -> None:
    text = _YAML_PLAN if commented else _YAML_PLAN.split("\n", 1)[1]
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, err = _run(command, "-")
    assert (code, out) == (2, "")
    assert f"<stdin>:{2 if commented else 1}:" in err and "not valid TOML" in err, err
    assert "(a YAML line? TOML writes key = value: ipprules reads TOML and JSON, not YAML)" in err


@pytest.mark.parametrize("name", ["plan.yaml", "plan.yml", "plan.txt"])
def test_a_yaml_file_of_another_name_is_named(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_YAML_PLAN, encoding="utf-8")
    code, out, err = _run("check", str(path))
    assert (code, out) == (2, "")
    assert err.rstrip().endswith(
        "(the file looks like YAML: ipprules reads TOML and JSON, not YAML)"
    ), err
    assert "name a TOML document" not in err


def test_toml_in_a_yaml_named_file_is_still_told_to_be_named_toml(tmp_path: Path) -> None:
    path = tmp_path / "plan.yml"
    path.write_text(Path("examples/plan.toml").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = _run("check", str(path))
    assert code == 2
    assert err.rstrip().endswith("name a TOML document *.toml)"), err


# -------------------- 6. a missing file's did-you-mean needs a near stem, not a suffix


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("y.toml", None),
        ("nope.toml", None),
        ("project.toml", "pyproject.toml"),
        ("plan.tom", "plan.toml"),
        ("plans.toml", "plan.toml"),
        ("histroy.csv", "history.csv"),
    ],
)
def test_a_missing_file_is_near_a_file_by_its_stem(
    tmp_path: Path, typed: str, meant: str | None
) -> None:
    for name in ("pyproject.toml", "plan.toml", "history.csv"):
        (tmp_path / name).write_text("", encoding="utf-8")
    code, out, err = _run("check", str(tmp_path / typed))
    assert (code, out) == (2, "")
    assert "No such file or directory" in err
    if meant is None:
        assert "did you mean" not in err, err
    else:
        assert f"(did you mean {str(tmp_path / meant)!r}?)" in err, err


# -------------------- 7. a hint is not read as options typed


def test_a_date_option_of_another_command_suggests_no_option_from_the_hint() -> None:
    code, out, err = _run(
        "lifecycle", "examples/lifecycle-late-counter-notice.toml", "--as-of", "2026-11-23"
    )
    assert (code, out) == (2, "")
    assert "ipprules lifecycle takes its date as --on D1,D2,..." in err
    assert "did you mean" not in err, err


def test_a_misspelt_option_beside_it_is_still_suggested() -> None:
    code, _, err = _run(
        "lifecycle",
        "examples/lifecycle-late-counter-notice.toml",
        "--as-of",
        "2026-11-23",
        "--evnts",
        "takedown",
    )
    assert code == 2
    assert err.count("did you mean") == 1 and "(did you mean --events?)" in err, err
