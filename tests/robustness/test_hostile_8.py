"""Hostile input, sweep 8: dates that only look like dates, and the scale-out API's contract.

Each test here failed before the fix it pins.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules._dates import date_hint
from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.penalties import read_violations

#: Days ipprules accepts anywhere (1900-01-01 .. 2999-12-31).
DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31))


def _week_date(day: dt.date) -> str:
    """``YYYY-Www-D``: ten characters, read by ``date.fromisoformat`` as a date."""
    year, week, weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}-{weekday}"


def test_fromisoformat_reads_week_dates() -> None:
    """Why the readers need more than ``len(text) == 10`` and ``fromisoformat``."""
    assert dt.date.fromisoformat("2022-W03-4") == dt.date(2022, 1, 20)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=DAYS, suffix=st.sampled_from(["csv", "jsonl"]))
def test_a_week_date_in_a_history_is_refused_where_it_is(
    tmp_path_factory: pytest.TempPathFactory, day: dt.date, suffix: str
) -> None:
    """A Good Faith history line dated ``2022-W03-4`` was read as 2022-01-20 in silence."""
    text = _week_date(day)
    path = tmp_path_factory.mktemp("week") / f"h.{suffix}"
    if suffix == "csv":
        path.write_text(
            "type,date,platform,reason_code,listings,taken_down\n"
            f"complaint,{text},taobao,tm_counterfeit,1,1\n",
            encoding="utf-8",
        )
    else:
        path.write_text(
            f'{{"type": "complaint", "date": "{text}", "platform": "taobao", '
            '"reason_code": "tm_counterfeit", "listings": 1, "taken_down": 1}\n',
            encoding="utf-8",
        )
    with pytest.raises(InputError) as info:
        History.from_file(path)
    message = str(info.value)
    assert f"{path}:2:" in message if suffix == "csv" else f"{path}:1:" in message
    assert "$.date: expected a date (YYYY-MM-DD), got" in message and text in message


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=DAYS,
    form=st.sampled_from(["week", "leading space", "trailing space", "tab"]),
)
def test_a_violation_csv_date_is_read_as_strictly_as_in_json(
    tmp_path_factory: pytest.TempPathFactory, day: dt.date, form: str
) -> None:
    """The violations CSV read ``2024-W03-4`` as a date and stripped `` 2024-01-08``, while
    the same values in a JSON violations file (and in a Good Faith history) were refused."""
    text = {
        "week": _week_date(day),
        "leading space": f" {day.isoformat()}",
        "trailing space": f"{day.isoformat()} ",
        "tab": f"\t{day.isoformat()}",
    }[form]
    folder = tmp_path_factory.mktemp("violations")
    csv_file = folder / "v.csv"
    csv_file.write_text(f"kind,date,points\ngeneral,{text},1\n", encoding="utf-8")
    json_file = folder / "v.json"
    json_file.write_text(json.dumps([{"date": text, "kind": "general"}]), encoding="utf-8")
    for path in (json_file, csv_file):
        with pytest.raises(InputError, match=r"\.date: ") as info:
            read_violations(path)
        assert str(path) in str(info.value)
    said = f"{csv_file}:2:9: $[0].date: not a date (YYYY-MM-DD): {text!r}{date_hint(text)}"
    assert said == str(info.value)


def test_a_plain_violation_csv_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text(" date , kind ,points\n2024-01-08, general , 2 \n", encoding="utf-8")
    (violation,) = read_violations(path)
    assert violation.on == dt.date(2024, 1, 8) and violation.points == 2


# ------------------------------------------------------------ the scale-out API's contract

#: The public callables of the scale-out modules, which the error-contract walk of
#: test_public_api.py leaves out (they need the dask extra).
SCALE_MODULES = ("ipprules.scale", "ipprules.columnar")


def _scale_callables() -> list[tuple[str, Any]]:
    """The functions and classes each module's ``__all__`` names (as test_public_api.py)."""
    import importlib

    from .test_public_api import MODULES

    assert not set(SCALE_MODULES) & set(MODULES)  # else this walk repeats that one
    found = []
    for module_name in SCALE_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj):
                found.append((f"{module_name}.{name}", obj))
    return found


@pytest.mark.parametrize("name", [name for name, _ in _scale_callables()])
def test_the_scale_api_fed_junk_raises_type_error_or_ours(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``read_histories(["a.csv"])`` was an AttributeError, ``read_histories([])`` a bare
    ValueError, ``read_histories("absent.csv")`` a FileNotFoundError from a worker-side
    reader, ``standings(None, ...)`` and ``plan_accounts(None, ...)`` AttributeErrors."""
    from .test_public_api import JUNK, _call

    monkeypatch.chdir(tmp_path)  # "x" is looked up (and never created) here
    function = dict(_scale_callables())[name]
    broken = []
    for count in (1, 2, 3):
        for junk in JUNK:
            exc = _call(function, *([junk] * count))
            if exc is not None:
                shown = ", ".join([repr(junk)] * count)
                broken.append(f"{name}({shown}): {type(exc).__name__}: {exc}")
    assert not broken, "\n".join(broken[:5])


@pytest.mark.parametrize("reader", ["read_histories", "read_urls"])
def test_a_missing_file_or_empty_path_is_an_input_error_naming_it(
    reader: str, tmp_path: Path
) -> None:
    import ipprules.scale

    function = getattr(ipprules.scale, reader)
    missing = tmp_path / "absent.csv"
    with pytest.raises(InputError, match="cannot read the file") as info:
        function(str(missing))
    assert info.value.file == str(missing)
    with pytest.raises(InputError, match="no file matches"):
        function(str(tmp_path / "*.csv"))
    with pytest.raises(InputError, match="empty path"):
        function("  ")
    with pytest.raises(InputError, match="cannot read the file") as info:
        function(missing)  # a pathlib.Path is a path as its text is
    assert info.value.file == str(missing)
    for wrong in (5, b"absent.csv", ["absent.csv"]):
        with pytest.raises(TypeError, match="path must be a str or a path object"):
            function(wrong)


@pytest.mark.parametrize("reader", ["read_urls", "read_histories"])
def test_a_path_object_reads_as_its_text(reader: str, tmp_path: Path) -> None:
    """``pathlib.Path`` is how a notebook names files: read as the same path given as text."""
    import ipprules.scale

    function = getattr(ipprules.scale, reader)
    path = tmp_path / "in.csv"
    if reader == "read_urls":
        path.write_text("url\nhttps://item.taobao.com/item.htm?id=606832683299\n")
    else:
        path.write_text(
            "account,type,date,platform,reason_code,listings,taken_down\n"
            "a,complaint,2023-01-05,taobao,tm_counterfeit,1,1\n"
        )
    by_path = function(path).compute(scheduler="synchronous")
    by_text = function(str(path)).compute(scheduler="synchronous")
    assert by_path.equals(by_text) and len(by_path) == 1


# ------------------------------------------------------------ one line for a refusal

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: Commands that fall back to a date (today, or the file's as_of) and say so on stderr,
#: each with an argument that is refused only after that date is known.
REFUSED_AFTER_THE_DATE = {
    "rules platform": ["rules", "platform", "{bad}"],
    "advise --ipr-type": ["advise", "--ipr-type", "{bad}", "--platform", "taobao"],
    "advise --platform": ["advise", "--ipr-type", "trademark", "--platform", "{bad}"],
    "advise --fact": ["advise", "--ipr-type", "trademark", "--platform", "taobao", "--fact", "{bad}"],
    "penalties --platform": [
        "penalties", str(EXAMPLES / "violations-aliexpress.csv"), "--platform", "{bad}"
    ],
    "good-faith --metric": ["good-faith", str(EXAMPLES / "history.csv"), "--metric", "{bad}"],
    "coverage --platform": ["coverage", str(EXAMPLES / "portfolio.toml"), "--platform", "{bad}"],
    "deadline": ["deadline", "{bad}"],
}  # fmt: skip


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    slot=st.sampled_from(sorted(REFUSED_AFTER_THE_DATE)),
    bad=st.text(st.characters(categories=("Ll", "Nd")), min_size=1, max_size=12).map(
        lambda text: f"zz{text}"  # never a name of the rule book
    ),
    fmt=st.sampled_from(["text", "json"]),
)
def test_a_refusal_after_the_date_is_known_is_one_line(slot: str, bad: str, fmt: str) -> None:
    """'ipprules: as of 2026-12-03 (today)' (or '... (the portfolio's as_of)') was printed
    before the error, so a refused argument gave two lines on stderr."""
    import contextlib
    import io

    from ipprules.cli import main

    argv = [bad if part == "{bad}" else part for part in REFUSED_AFTER_THE_DATE[slot]]
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main([*argv, "--format", fmt])
    assert code == 2
    assert err.getvalue().count("\n") == 1 and err.getvalue().startswith("ipprules: error: ")
    assert bad in err.getvalue() and out.getvalue() == ""


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["rules", "platform", "taobao"], "(today in China, UTC+8)"),
        (["deadline", "takedown"], "(today in China, UTC+8)"),
        (["coverage", str(EXAMPLES / "portfolio.toml")], "(the portfolio's as_of)"),
    ],
)
def test_the_date_is_still_said_before_the_output(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from ipprules.cli import main

    order: list[str] = []
    real_out, real_err = sys.stdout.write, sys.stderr.write
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys.stdout, "write", lambda t: order.append("out") or real_out(t))
        patch.setattr(sys.stderr, "write", lambda t: order.append("err") or real_err(t))
        code = main(argv)
    assert code in (0, 1)
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1
    assert order[0] == "err" and "out" in order


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("y\ny\n", "<stdin>:1:1: $.y: unknown column 'y'"),
        ('{"date": "2022-01-20", "type": "nope"}\n', "<stdin>:1:"),
    ],
)
def test_a_history_on_stdin_is_named_as_every_reader_names_stdin(
    text: str, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """History.from_file("-") named stdin '-' ('-:1:1: $.y: ...'), every other reader
    '<stdin>' (check, penalties, plan --account, lifecycle...)."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), "utf-8"))
    with pytest.raises(InputError) as info:
        History.from_file("-")
    assert str(info.value).startswith(where)
    assert info.value.file == "<stdin>"


# ------------------------------------------------------------ --option=--

#: A run of each subcommand that works (exit 0 or 1) as it stands.
WORKING_RUNS = {
    "rules": ["rules", "reasons", "--as-of", "2026-11-23"],
    "check": ["check", "--example"],
    "advise": ["advise", "--ipr-type", "trademark", "--platform", "taobao", "--as-of", "2026-11-23"],
    "explain": ["explain", "new-filer-large-batch"],
    "listings": ["listings", str(EXAMPLES / "urls.txt")],
    "good-faith": ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2023-01-02"],
    "deadline": ["deadline", "takedown", "--on", "2024-01-02"],
    "lifecycle": ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")],
    "penalties": [
        "penalties", str(EXAMPLES / "violations-aliexpress.csv"), "--platform", "aliexpress",
        "--as-of", "2024-06-01",
    ],
    "plan": [
        "plan", str(EXAMPLES / "planner-urls.csv"), "--account",
        str(EXAMPLES / "planner-account.toml"), "--as-of", "2026-11-23",
    ],
    "schema": ["schema", "plan"],
    "coverage": ["coverage", str(EXAMPLES / "portfolio.toml")],
    "counter-notice": ["counter-notice", str(EXAMPLES / "counter-notice-alibaba.toml")],
    "version": ["version"],
}  # fmt: skip


def _value_options() -> list[tuple[str, str]]:
    """(command, option) for every option that takes one value."""
    import argparse

    from ipprules.cli import _parsers

    _, commands = _parsers()
    found = []
    for name, parser in commands.items():
        for action in parser._actions:
            takes_one = isinstance(action, argparse._StoreAction | argparse._AppendAction)
            if takes_one and action.option_strings and action.nargs is None:
                found.append((name, action.option_strings[-1]))
    return found


def test_every_subcommand_has_a_working_run() -> None:
    assert {name for name, _ in _value_options()} <= set(WORKING_RUNS)


@pytest.mark.parametrize(("command", "option"), _value_options())
def test_an_option_given_as_double_dash_is_a_value(
    command: str,
    option: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--horizon=--`` (any option written ``=--``) reached the command as an empty list:
    Python 3.11's argparse drops the ``--``. Each command then failed deep inside ('unexpected
    failure (TypeError: ... not list)'), or took [] as a value in silence."""
    from ipprules.cli import main

    monkeypatch.chdir(tmp_path)  # plan --out=-- writes a folder named '--' here
    try:
        code = main([*WORKING_RUNS[command], f"{option}=--"])
    except SystemExit as exc:  # argparse's own refusal of the value '--'
        code = exc.code if isinstance(exc.code, int) else 2
    err = capsys.readouterr().err
    assert code in (0, 1, 2), err
    assert "unexpected failure" not in err and "not list" not in err, err
    assert code != 2 or err.count("\n") == 1, err


def _refused_horizon(text: str) -> bool:
    from ipprules.coverage import parse_horizon

    try:
        parse_horizon(text)
    except InputError:
        return True
    return False


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    horizon=st.one_of(
        st.integers(3654, 10**30).map(str),
        st.integers(3654, 10**6).map(lambda days: f"{days}d"),
        st.integers(11, 10**6).map(lambda years: f"{years}y"),
        st.text(st.characters(categories=("Ll", "Nd", "Po")), min_size=1, max_size=8).filter(
            _refused_horizon
        ),
    )
)
def test_a_bad_horizon_is_blamed_on_the_option_not_the_portfolio(horizon: str) -> None:
    """'--horizon 1000y' was reported as 'portfolio.toml: $: horizon ...', a value the
    portfolio file does not hold."""
    import contextlib
    import io

    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["coverage", str(EXAMPLES / "portfolio.toml"), f"--horizon={horizon}"])
    assert code == 2
    assert err.getvalue().startswith("ipprules: error: --horizon: horizon ")
    assert "portfolio.toml" not in err.getvalue() and err.getvalue().count("\n") == 1


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(st.characters(categories=("Ll",)), min_size=41, max_size=200_000))
def test_a_long_unknown_violation_column_is_shown_cut_short(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    """A header cell of 300,000 characters made a 300 KB error line (the cell in full)."""
    path = tmp_path_factory.mktemp("header") / "v.csv"
    path.write_text(f"date,kind,x{name}\n2024-01-02,general,1\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_violations(path)
    message = str(info.value)
    assert f"{path}:1:11: $: unknown column 'x{name[:36]}...'; known: date, kind" in message
    assert len(message) < len(str(path)) + 200


def test_a_long_history_cell_is_read_whatever_ran_before(tmp_path: Path) -> None:
    """In a fresh process a Good Faith history with a 200,000-character note was refused
    ('not valid CSV: field larger than field limit (131072)', the csv module's default),
    and read when another reader had lifted that limit earlier in the process."""
    import subprocess
    import sys

    path = tmp_path / "h.csv"
    path.write_text(
        "type,date,platform,reason_code,listings,taken_down,note\n"
        f"complaint,2024-01-02,taobao,tm_counterfeit,1,1,{'n' * 200_000}\n",
        encoding="utf-8",
    )
    code = (
        "import sys\n"
        "from ipprules.goodfaith import History\n"
        "print(History.from_file(sys.argv[1]).complaints)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(st.characters(categories=("Ll",)), min_size=41, max_size=200_000))
def test_a_long_unknown_history_column_is_shown_cut_short(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    """The JSON path repeated the whole header cell ('$.zzzz...' 300 KB long)."""
    path = tmp_path_factory.mktemp("header") / "h.csv"
    path.write_text(f"type,date,x{name}\ncomplaint,2024-01-02,1\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        History.from_file(path)
    message = str(info.value)
    assert f"{path}:1:11: $: unknown column 'x{name[:36]}...'; known: type, date" in message
    assert len(message) < len(str(path)) + 300


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    # "-": standard input, said so (tests/test_left3.py)
    spec=st.sampled_from(["chna", "chin", "China ", "weekend", "weekens", "cal.txt", "x"]),
    command=st.sampled_from(["deadline", "lifecycle", "counter-notice"]),
)
def test_a_calendar_that_is_neither_a_name_nor_a_file_is_named_as_the_option(
    spec: str, command: str
) -> None:
    """'--calendar chna' said 'chna: $: calendar files must end in .json or .toml', as if
    a file named chna had been given, with no word of the names weekends and china."""
    import contextlib
    import io

    from ipprules.cli import main

    first = {
        "deadline": ["deadline", "takedown", "--on", "2024-09-27"],
        "lifecycle": ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")],
        "counter-notice": ["counter-notice", str(EXAMPLES / "counter-notice-alibaba.toml")],
    }[command]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([*first, f"--calendar={spec}"])
    assert code == 2
    text = err.getvalue()
    assert text.startswith(f"ipprules: error: --calendar: {spec!r} is not a calendar: weekends")
    near = {"chna": "china", "chin": "china", "China ": "china", "weekend": "weekends"}
    if spec in near:
        assert f"(did you mean {near[spec]!r}?)" in text
    assert text.count("\n") == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.integers(0, 4), dates=st.integers(1, 5))
def test_lifecycle_option_errors_name_the_option_first(events: int, dates: int) -> None:
    """'$: --on has 2 date(s) for 1 event(s)' and '$: --events is empty' put the path
    before the option; every other error of --events and --on is 'OPTION: $...: ...'."""
    import contextlib
    import io

    from ipprules.cli import main

    if events and events == dates:
        dates += 1
    argv = ["lifecycle", "--events", ",".join(["ipr_verified"] * events) or ","]
    argv += ["--on", ",".join(["2024-01-02"] * dates)]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    assert code == 2
    expected = (
        f"ipprules: error: --on: $: {dates} date(s) for {events} event(s) of --events\n"
        if events
        else "ipprules: error: --events: $: no event named (EVENT,EVENT,...)\n"
    )
    assert err.getvalue() == expected
