"""Hostile inputs and the CLI/notebook surfaces (surfaces10): a wrong ``as_of`` named as a
Python caller typed it, and the refusals of the sweep over every command and reader.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _said(argv: list[str]) -> tuple[int, str]:
    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# -- item 1: a wrong as_of is named as typed -------------------------------------------------

_PLAN = ipprules.read_plan("examples/plan.toml")
_HISTORY = ipprules.History.from_rows([])
_BOOK = ipprules.default_rulebook()

# every public function taking a date by a keyword: (the parameter, the call)
_DATED: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "check": ("as_of", lambda day: ipprules.check(_PLAN, as_of=day)),
    "coverage": ("as_of", lambda day: ipprules.coverage(_PLAN, as_of=day)),
    "plan_listings": ("as_of", lambda day: ipprules.plan_listings([_URL], _PLAN, as_of=day)),
    "advise": ("as_of", lambda day: ipprules.advise("trademark", "taobao", as_of=day)),
    "standing": ("as_of", lambda day: ipprules.standing(_HISTORY, as_of=day)),
    "what_if": ("as_of", lambda day: ipprules.what_if(_HISTORY, [], as_of=day)),
    "penalty_standing": (
        "as_of",
        lambda day: ipprules.penalty_standing((), "aliexpress", as_of=day),
    ),
    "diff_rules": ("as_of", lambda day: ipprules.diff_rules(_BOOK, _BOOK, as_of=day)),
    "timeline start": ("start", lambda day: ipprules.timeline(_HISTORY, day, "2024-01-01")),
    "timeline end": ("end", lambda day: ipprules.timeline(_HISTORY, "2024-01-01", day)),
}


@settings(max_examples=20, deadline=None)
@given(
    call=st.sampled_from(sorted(_DATED)),
    value=st.one_of(
        st.integers(), st.floats(allow_nan=False), st.binary(max_size=12), st.lists(st.text())
    ),
)
@example(call="standing", value=20240102)
@example(call="timeline start", value=2024.0)
def test_a_wrong_as_of_is_named_as_the_python_caller_typed_it(call: str, value: object) -> None:
    """It said ``as-of date must be a datetime.date ...`` (``timeline start must ...``): a
    notebook user typed ``as_of=`` (``start``), so that is the name the TypeError gives."""
    name, function = _DATED[call]
    with pytest.raises(TypeError) as raised:
        function(value)
    assert str(raised.value) == (
        f"{name} must be a datetime.date or a 'YYYY-MM-DD' string, got {type(value).__name__}"
    )


@given(call=st.sampled_from(sorted(_DATED)))
def test_a_string_that_is_no_date_still_says_what_it_is_for(call: str) -> None:
    """The InputError for a string that is no date keeps its words (``as-of date``): they are
    the CLI's too, and read alike with ``--as-of``."""
    what = call if call.startswith("timeline") else "as-of date"
    with pytest.raises(ipprules.InputError, match=rf"for the {what}, got '2024-1-2'"):
        _DATED[call][1]("2024-1-2")


@pytest.mark.parametrize("day", ["99999-01-01", "2024-13-01", "3000-01-01"])
def test_the_cli_still_says_as_of_as_an_option(day: str) -> None:
    code, err = _said(["check", "examples/plan.toml", "--as-of", day])
    assert code == 2
    assert "argument --as-of: " in err and "as_of" not in err


# -- item 3: a word too many says what is taken; --right over a directory of plans -----------


@settings(max_examples=15, deadline=None)
@given(
    command=st.sampled_from(
        [
            (["listings", "examples/urls.txt"], "only one FILE is taken"),
            (["check", "examples/plan.toml"], "only one PLAN is taken"),
            (["rules", "platform", "taobao"], "only VIEW and NAME are taken"),
            (
                ["advise", "--ipr-type", "trademark", "--platform", "taobao"],
                "only options are taken",
            ),
        ]
    ),
    dashes=st.booleans(),
    words=st.lists(st.sampled_from(["b.txt", "-weird.txt", "-x", "3"]), min_size=1, max_size=3),
)
@example(
    command=(["listings", "examples/urls.txt"], "only one FILE is taken"),
    dashes=True,
    words=["-weird.txt"],
)  # said "unrecognized arguments: -weird.txt" alone
@example(
    command=(["listings", "examples/urls.txt"], "only one FILE is taken"),
    dashes=False,
    words=["b.txt"],
)
def test_a_word_too_many_says_what_the_command_takes(
    command: tuple[list[str], str], dashes: bool, words: list[str]
) -> None:
    """``ipprules listings a.txt -- -weird.txt`` said ``unrecognized arguments: -weird.txt``,
    as if ``-weird.txt`` were an unknown option: it is a second FILE, and one is taken."""
    argv, taken = command
    if not dashes:  # without --, an option-like word is an unknown option, said as before
        words = [w for w in words if not w.startswith("-")] or ["b.txt"]
    code, err = _said([*argv, *(["--"] if dashes else []), *words])
    prog = " ".join(argv[:1])
    assert code == 2
    assert err == f"ipprules {prog}: error: unrecognized arguments: {' '.join(words)} ({taken})\n"


def test_an_unknown_option_alone_gets_no_word_about_files() -> None:
    code, err = _said(["listings", "examples/urls.txt", "--bogus"])
    assert (code, err) == (2, "ipprules listings: error: unrecognized arguments: --bogus\n")


def _plans(tmp: Path, rights: dict[str, list[str]]) -> Path:
    text = Path("examples/planner-account.toml").read_text(encoding="utf-8")
    folder = tmp / "plans"
    folder.mkdir()
    for account, ids in rights.items():
        head, _, right = text.partition("[[rights]]")
        body = "".join(
            "[[rights]]" + right.replace('"tm-cn"', repr(i).replace("'", '"')) for i in ids
        )
        (folder / f"{account}.toml").write_text(head + body, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("rights", "said"),
    [
        (
            {"lumen": ["tm-cn"], "outlet": ["tm-other"]},
            "'tm-cn' is not a right of 1 of the 2 plans in {folder}: outlet (its rights: "
            "tm-other); their lines without a right would each be rejected (unknown-right)",
        ),
        (
            {"a": ["tm-cn"], "b": ["x"], "c": []},
            "'tm-cn' is not a right of 2 of the 3 plans in {folder}: b, c;",
        ),
        (
            {"a": ["tm-c"], "b": ["x"]},
            "'tm-cn' is not a right of any plan in {folder} (their rights: tm-c, x) "
            "(did you mean 'tm-c'?)",
        ),
    ],
)
def test_a_right_some_plans_of_a_directory_lack_is_refused_up_front(
    rights: dict[str, list[str]], said: str, tmp_path: Path
) -> None:
    """``ipprules plan --workers 1 --account DIR --right tm-cn``: the lines of an account
    whose plan lacks the right were each rejected (``unknown-right``) after the cluster ran,
    with nothing said of why; one plan lacking it was refused up front. Now a directory is
    held to it too, naming the plans that lack it (before any cluster starts)."""
    folder = _plans(tmp_path, rights)
    argv = ["plan", "--workers", "1", "--account", str(folder), "--right", "tm-cn"]
    code, err = _said([*argv, "examples/planner-accounts.csv"])
    assert code == 2
    assert err.startswith("ipprules plan: error: argument --right: " + said.format(folder=folder))
    assert err.count("\n") == 1


def test_a_right_every_plan_of_a_directory_holds_is_taken(tmp_path: Path) -> None:
    from ipprules.checks.plan import read_plan
    from ipprules.cli._common import right_given

    folder = _plans(tmp_path, {"a": ["tm-cn", "x"], "b": ["tm-cn"]})
    plans = {path.stem: read_plan(path) for path in sorted(folder.iterdir())}
    right_given(plans, "tm-cn", str(folder))  # no refusal
    with pytest.raises(ipprules.InputError, match="not a right of 1 of the 2 plans"):
        right_given(plans, "x", str(folder))


# -- item 4: a long value is said cut, never as if whole --------------------------------------

_LONG_VALUE_OPTIONS = {
    "--max-bytes": ["listings", "examples/urls.txt", "--max-bytes"],
    "--workers": ["listings", "examples/urls.txt", "--workers"],
    "--as-of": ["check", "examples/plan.toml", "--as-of"],
    "--trial-years": ["good-faith", "examples/history.csv", "--trial-years"],
    "--assume-validity": [
        "penalties",
        "examples/violations-aliexpress.csv",
        "--platform",
        "aliexpress",
        "--assume-validity",
    ],
    "--quarantine-below": [
        "plan",
        "examples/urls.txt",
        "--account",
        "examples/planner-account.toml",
        "--strategy",
        "protect",
        "--quarantine-below",
    ],
}


@settings(max_examples=20, deadline=None)
@given(option=st.sampled_from(sorted(_LONG_VALUE_OPTIONS)), length=st.integers(41, 20_000))
@example(option="--max-bytes", length=10_000)  # said '9999...9' (40 digits) as the value
def test_a_long_option_value_is_said_cut(option: str, length: int) -> None:
    """``--max-bytes 999...9`` (10,000 digits) was refused as ``not a size ...:
    '9999999999999999999999999999999999999999'``: forty digits shown as the whole value. A
    value over 40 characters is now shown with ``...`` inside its quotes, as the readers'
    cell errors show one."""
    value = "9" * length
    code, err = _said([*_LONG_VALUE_OPTIONS[option], value])
    assert code == 2
    assert f"argument {option}: " in err
    assert repr("9" * 37 + "...") in err
    assert repr("9" * 40) not in err


@settings(max_examples=10, deadline=None)
@given(column=st.sampled_from(["points", "date"]), length=st.integers(41, 5_000))
@example(column="points", length=10_000)
def test_a_long_cell_of_a_violations_file_is_said_cut(
    column: str, length: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from ipprules.penalties import read_violations

    rows = {"date": "2024-01-08", "points": "2"} | {column: "9" * length}
    path = tmp_path_factory.mktemp("v") / "v.csv"
    path.write_text(
        f"date,kind,platform,points\n{rows['date']},general,aliexpress,{rows['points']}\n",
        encoding="utf-8",
    )
    with pytest.raises(ipprules.InputError) as raised:
        read_violations(path)
    said = str(raised.value)
    assert f"{path}:2:" in said
    assert repr("9" * 37 + "...") in said and repr("9" * 40) not in said


@given(length=st.integers(41, 2_000))
def test_a_long_date_string_is_said_cut(length: int) -> None:
    with pytest.raises(ipprules.InputError) as raised:
        ipprules.standing(_HISTORY, as_of="2" * length)
    assert str(raised.value).endswith(repr("2" * 37 + "..."))


@settings(max_examples=20, deadline=None)
@given(
    option=st.sampled_from([("--workers", 18, "a number"), ("--max-bytes", 15, "a size")]),
    digits=st.integers(4, 12_000),  # --workers 7 (or 99 on 32 CPUs) would start a cluster
    unit=st.sampled_from(["", "K", "mb"]),
)
@example(option=("--max-bytes", 15, "a size"), digits=31, unit="")  # said "not a size"
@example(option=("--workers", 18, "a number"), digits=10_000, unit="")  # "not a whole number"
def test_a_number_of_too_many_digits_is_said_too_large(
    option: tuple[str, int, str], digits: int, unit: str
) -> None:
    """``--max-bytes 10**30`` was ``not a size (a positive number of bytes ...)`` and
    ``--workers 999...9`` ``not a whole number (digits 0-9)``: both are whole numbers, too
    large to be taken. Within the digits taken, nothing changes."""
    name, most, what = option
    value = "9" * digits + (unit if name == "--max-bytes" else "")
    code, err = _said(["listings", "examples/urls.txt", name, value])
    if digits > most:
        assert code == 2
        assert f"argument {name}: {what} too large (over {most} digits" in err
    else:
        assert "too large" not in err


# -- item 4: a file name's control characters are shown escaped --------------------------------

_CONTROLS = ["\n", "\r", "\t", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u2028"]


@settings(max_examples=15, deadline=None)
@given(control=st.sampled_from(_CONTROLS), reader=st.sampled_from(["plan", "history", "batch"]))
@example(control="\x1b", reader="plan")  # ESC reached the terminal raw
@example(control="\n", reader="history")  # the name broke the error line in two
def test_a_file_name_with_a_control_character_is_said_escaped(
    control: str, reader: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A file whose name holds a newline or an ESC (a plan in ``plan --account DIR``, a file
    given in Python) was named raw in its error: the line broke, or the terminal turned red.
    The name is now shown with the character escaped; ``Problem.file`` keeps it as it is."""
    folder = tmp_path_factory.mktemp("names")
    suffix = ".csv" if reader == "history" else ".toml"
    path = folder / f"a{control}b{suffix}"
    path.write_text("as_of = 3\n" if suffix == ".toml" else "type,date\nbogus,2023-01-01\n")
    call = {
        "plan": lambda: ipprules.read_plan(path),
        "history": lambda: ipprules.History.from_file(path),
        "batch": lambda: ipprules.what_if(_HISTORY, path, "2023-01-01"),
    }[reader]
    with pytest.raises(ipprules.InputError) as raised:
        call()
    said = str(raised.value)
    shown = str(folder / "a") + repr(control)[1:-1] + "b" + suffix
    assert said.startswith(shown + ":")
    for line in said.split("\n"):  # one line a problem, each naming the file escaped
        assert line.startswith(shown + ":") and control not in line
    assert raised.value.problems[0].file == str(path)


def test_a_plan_of_a_directory_named_with_an_escape_is_said_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "lu\x1bmen.toml").write_text("as_of = 3\n", encoding="utf-8")
    argv = ["plan", "--workers", "1", "--account", str(folder), "examples/planner-accounts.csv"]
    code, err = _said(argv)
    assert code == 2
    assert f"{folder}/lu\\x1bmen.toml:1:1: $." in err and "\x1b" not in err


# -- item 4: a violations CSV naming a column twice ---------------------------------------------

_VIOLATION_COLUMNS = ["date", "kind", "platform", "points", "right", "id"]


@settings(max_examples=25, deadline=None)
@given(
    twice=st.sampled_from(_VIOLATION_COLUMNS),
    at=st.integers(0, 6),
    upper=st.booleans(),
)
@example(twice="date", at=6, upper=False)  # the second date was read, the first dropped
@example(twice="points", at=0, upper=True)  # Points and points
def test_a_violations_column_named_twice_is_refused_at_its_cell(
    twice: str, at: int, upper: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``date,kind,...,date``: one of the two was read and the other dropped in silence (a
    standing counted from whichever was kept). It is refused at the header cell of the
    second, as a Good Faith history's header is."""
    from ipprules.penalties import read_violations

    header = list(_VIOLATION_COLUMNS)
    header.insert(at, twice.upper() if upper else twice)
    values = {"date": "2024-01-08", "kind": "general", "platform": "aliexpress", "points": "2"}
    row = [values.get(column.lower(), "x") for column in header]
    path = tmp_path_factory.mktemp("dup") / "v.csv"
    path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    second = [i for i, column in enumerate(header) if column.lower() == twice][1]
    column = len(",".join(header[:second])) + (1 if second else 0) + 1
    with pytest.raises(ipprules.InputError) as raised:
        read_violations(path)
    assert str(raised.value) == f"{path}:1:{column}: $: column {twice!r} appears twice"


@given(control=st.sampled_from(_CONTROLS))
def test_an_os_error_naming_a_file_is_said_with_the_name_escaped(control: str) -> None:
    from ipprules.cli._common import fail

    out = io.StringIO()
    code = fail(PermissionError(13, "Permission denied", f"a{control}b.csv"), out)
    assert code == 2
    said = (
        f"ipprules: error: a{repr(control)[1:-1]}b.csv: cannot read the file: Permission denied\n"
    )
    assert out.getvalue() == said


# -- item 4: an option's value that starts with - ---------------------------------------------


@settings(max_examples=20, deadline=None)
@given(
    case=st.sampled_from(
        [
            (["coverage", "examples/portfolio.toml", "--horizon"], "--horizon"),
            (["listings", "examples/urls.txt", "--column"], "--column"),
            (["good-faith", "examples/history.csv", "--account"], "--account"),
        ]
    ),
    value=st.from_regex(r"-[a-z][a-z0-9]{0,8}", fullmatch=True),
)
@example(case=(["coverage", "examples/portfolio.toml", "--horizon"], "--horizon"), value="-1d")
def test_a_value_that_starts_with_a_dash_says_how_to_give_it(
    case: tuple[list[str], str], value: str
) -> None:
    """``coverage --horizon -1d`` said ``expected one argument``: argparse took ``-1d`` for an
    option. The error now says how to give such a value (``--horizon=-1d``)."""
    argv, option = case
    code, err = _said([*argv, value])
    assert code == 2
    assert err.endswith(
        f"argument {option}: expected one argument (a value that starts with -, as "
        f"{value!r}, is given as {option}={value})\n"
    )


def test_an_option_given_no_value_at_all_gets_no_hint() -> None:
    code, err = _said(["coverage", "examples/portfolio.toml", "--horizon"])
    assert (code, err) == (
        2,
        "ipprules coverage: error: argument --horizon: expected one argument\n",
    )
