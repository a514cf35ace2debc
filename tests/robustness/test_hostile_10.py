"""Sweep 10: hostile arguments of the less visited subcommands.

An option given an empty value (``--rules=`` from an unset variable) was read as the option
left out; an option given twice kept its last value and dropped the first; standard input
(``-``) given to two file arguments was read by the first for both. Each is now refused in one
line naming the argument, exit code 2, before anything is read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import _parsers, main
from ipprules.goodfaith import History
from ipprules.lifecycle import State, deadlines_from, next_deadlines

from ._plan_fields import example_fields

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: The smallest arguments each subcommand runs with (its required options given).
BASE: dict[str, list[str]] = {
    "rules": ["rules", "--as-of", "2024-01-02"],
    "check": ["check", str(EXAMPLES / "plan.toml")],
    "advise": [
        "advise",
        "--ipr-type",
        "trademark",
        "--platform",
        "taobao",
        "--as-of",
        "2024-01-02",
    ],
    "explain": ["explain"],
    "listings": ["listings", str(EXAMPLES / "urls.txt")],
    "good-faith": ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2024-01-02"],
    "deadline": ["deadline", "takedown", "--on", "2024-01-02"],
    "lifecycle": ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")],
    "penalties": [
        "penalties",
        str(EXAMPLES / "violations-aliexpress.csv"),
        "--platform",
        "aliexpress",
        "--as-of",
        "2024-06-01",
    ],
    "plan": [
        "plan",
        str(EXAMPLES / "planner-urls.csv"),
        "--account",
        str(EXAMPLES / "planner-account.toml"),
        "--as-of",
        "2024-01-02",
    ],
    "schema": ["schema"],
    "coverage": ["coverage", str(EXAMPLES / "portfolio.toml"), "--as-of", "2024-01-02"],
    "counter-notice": ["counter-notice", str(EXAMPLES / "counter-notice-1688.toml")],
    "version": ["version"],
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    _, err = capsys.readouterr()
    return code, err


def _value_options() -> list[tuple[str, str]]:
    """(command, option) for every option of one value of every subcommand."""
    _, commands = _parsers()
    found = []
    for name, parser in commands.items():
        for action in parser._actions:
            takes_one = action.option_strings and action.nargs in (None, "?")
            if takes_one and isinstance(action, argparse._StoreAction | argparse._AppendAction):
                found.append((name, action.option_strings[-1]))
    return found


def test_the_base_arguments_run(capsys: pytest.CaptureFixture[str]) -> None:
    for command, argv in BASE.items():
        code, err = _run(argv, capsys)
        assert code in (0, 1), (command, err)


@pytest.mark.parametrize(("command", "option"), _value_options())
def test_an_empty_value_is_refused_naming_the_option(
    command: str, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # --rules= (an unset variable) was the rule book, --out= no output folder, in silence
    code, err = _run([*BASE[command], f"{option}="], capsys)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and f"argument {option}" in lines[0], err


@pytest.mark.parametrize(
    ("argv", "empty"),
    [
        (["rules", "sources", ""], "NAME"),
        (["lifecycle", ""], "EVENTS_FILE"),
        (["counter-notice", ""], "COUNTER_NOTICE_FILE"),
    ],
)
def test_an_empty_argument_is_refused_naming_it(
    argv: list[str], empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(argv, capsys)
    assert code == 2
    assert err.strip() == f"ipprules {argv[0]}: error: argument {empty}: an empty value" + (
        f" (expected {empty})" if empty.isupper() else ""
    )


#: (argv, the argument refused): two file arguments given - (stdin)
STDIN_TWICE = [
    (["counter-notice", "-", "--rules", "-"], "--rules"),
    (["good-faith", "-", "--what-if", "-"], "--what-if"),
    (["coverage", "-", "--rules", "-"], "--rules"),
    (["plan", "-", "--account", "-"], "--account"),
    (["plan", "-", "--account", str(EXAMPLES / "planner-account.toml"), "--open", "-"], "--open"),
    (
        ["plan", "-", "--account", str(EXAMPLES / "planner-account.toml"), "--history", "-"],
        "--history",
    ),
    (["rules", "diff", "--rules", "-", "--against", "-"], "--against"),
    (["lifecycle", "-", "--rules", "-"], "--rules"),
    (["penalties", "-", "--platform", "aliexpress", "--rules", "-"], "--rules"),
]


@pytest.mark.parametrize(("argv", "option"), STDIN_TWICE)
def test_stdin_given_to_two_file_arguments_is_refused(
    argv: list[str],
    option: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # counter-notice - --rules - read the counter-notice as a rule book: "unknown key
    # 'complaint_date'"; good-faith - --what-if - read an empty what-if
    stdin = io.StringIO((EXAMPLES / "counter-notice-1688.toml").read_text(encoding="utf-8"))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, err = _run(argv, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"argument {option}: - (standard input) is read by" in lines[0], err
    assert stdin.tell() == 0  # refused before anything is read


def test_stdin_once_and_a_name_of_dash_are_taken(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.StringIO((EXAMPLES / "history.csv").read_text(encoding="utf-8"))
    )
    # --account is a name, not a file: '-' is looked up as an account
    code, err = _run(["good-faith", "-", "--account", "-", "--as-of", "2024-01-02"], capsys)
    assert code == 2 and "account '-'" in err and "standard input" not in err


def _format_options() -> list[tuple[str, str, str]]:
    _, commands = _parsers()
    found = []
    for name, parser in commands.items():
        for action in parser._actions:
            if "--format" in action.option_strings and action.choices:
                first, second = list(action.choices)[:2]
                found.append((name, first, second))
    return found


@pytest.mark.parametrize(("command", "first", "second"), _format_options())
def test_an_option_given_twice_with_two_values_is_refused(
    command: str, first: str, second: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run([*BASE[command], "--format", first, "--format", second], capsys)
    assert code == 2
    assert err.strip() == (
        f"ipprules {command}: error: argument --format: given twice ('{first}', then "
        f"'{second}'); give it once"
    )


_PLATFORMS = ("taobao", "tmall", "aliexpress", "1688", "alibaba_com", "lazada_sg")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_PLATFORMS), st.sampled_from(_PLATFORMS))
def test_deadline_platform_twice(first: str, second: str) -> None:
    # deadline --platform taobao --platform tmall showed tmall's deadlines alone, in silence
    err = io.StringIO()
    out = io.StringIO()
    argv = ["deadline", "takedown", "--on", "2024-01-02", "--platform", first]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stderr", err)
        patch.setattr(sys, "stdout", out)
        try:
            code = main([*argv, "--platform", second])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    if first == second:
        assert code == 0, err.getvalue()
    else:
        assert code == 2
        assert "argument --platform: given twice" in err.getvalue()
        assert f"'{first}', then '{second}'" in err.getvalue()


@settings(max_examples=25, deadline=None)
@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)),
    st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)),
)
def test_a_date_option_twice(first: dt.date, second: dt.date) -> None:
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stderr", err)
        patch.setattr(sys, "stdout", io.StringIO())
        try:
            code = main(["schema", "--format", "json", "--format", "json"])  # same: taken
        except SystemExit as exc:  # pragma: no cover - a refusal is the failure below
            code = exc.code if isinstance(exc.code, int) else 2
        assert code == 0, err.getvalue()
        try:
            code = main(
                ["good-faith", "--as-of", str(first), "--as-of", str(second), "missing.csv"]
            )
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    assert code == 2
    if first != second:
        assert (
            err.getvalue()
            .strip()
            .endswith(f"argument --as-of: given twice ('{first}', then '{second}'); give it once")
        )
    else:
        assert "missing.csv" in err.getvalue()


def test_lifecycle_on_out_of_range_names_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    # was '--on/--ipr-submitted/--notice-received: $: the date ...' (which of them?)
    code, err = _run(
        ["lifecycle", "--events", "ipr_verified,takedown", "--on", "2022-01-03,3022-01-04"], capsys
    )
    assert code == 2
    assert err.strip() == (
        "ipprules: error: --on: $[1].on: the date 3022-01-04 is outside 1900-01-01..2999-12-31"
    )


#: (call with a flag given as ``value``) for every public flag that took any truth value
FLAG_CALLS = {
    "advise(member=)": lambda v: ipprules.advise(
        "trademark", "taobao", member=v, as_of="2024-01-02"
    ),
    "dedupe(use_derived=)": lambda v: list(
        ipprules.dedupe(["https://item.taobao.com/item.htm?id=606832683299"], use_derived=v)
    ),
    "lifecycle_report(counterfeit=)": lambda v: ipprules.lifecycle_report(
        ["ipr_verified"], counterfeit=v
    ),
    "lifecycle_report(ipp_plus=)": lambda v: ipprules.lifecycle_report(
        ["ipr_verified"], ipp_plus=v
    ),
    "deadlines_from(counterfeit=)": lambda v: deadlines_from(
        "takedown", "2024-01-02", counterfeit=v
    ),
    "deadlines_from(ipp_plus=)": lambda v: deadlines_from("takedown", "2024-01-02", ipp_plus=v),
    "next_deadlines(counterfeit=)": lambda v: next_deadlines(State.TAKEN_DOWN, {}, counterfeit=v),
    "next_deadlines(ipp_plus=)": lambda v: next_deadlines(State.TAKEN_DOWN, {}, ipp_plus=v),
    "timeline(other_readings=)": lambda v: ipprules.timeline(
        History.from_rows([]), "2024-01-02", "2024-01-03", other_readings=v
    ),
}


@pytest.mark.parametrize("call", sorted(FLAG_CALLS))
@settings(max_examples=20, deadline=None)
@given(
    value=st.one_of(
        st.none(),
        st.integers(),
        st.text(max_size=5),
        st.floats(allow_nan=True),
        st.lists(st.booleans(), max_size=2),
    )
)
def test_a_flag_that_is_not_a_bool_is_a_type_error(call: str, value: object) -> None:
    # advise(member="no") advised as for a Good Faith member; counterfeit=1 added the
    # counterfeit expectation: any truth value was taken as the flag
    with pytest.raises(TypeError, match="must be a bool"):
        FLAG_CALLS[call](value)


@pytest.mark.parametrize("call", sorted(FLAG_CALLS))
def test_a_flag_takes_true_and_false(call: str) -> None:
    for value in (True, False):
        FLAG_CALLS[call](value)


@pytest.mark.parametrize("call", sorted(FLAG_CALLS))
def test_a_flag_takes_numpys_bool(call: str) -> None:
    """A flag read from a pandas column is NumPy's bool: the same as Python's, not a
    TypeError ('must be a bool (True or False), got bool' under NumPy 2)."""
    np = pytest.importorskip("numpy")
    for value in (True, False):
        assert FLAG_CALLS[call](np.bool_(value)) == FLAG_CALLS[call](value)


def test_a_plan_record_flag_from_a_pandas_column_is_a_bool() -> None:
    """Right(renewed=frame.renewed[0]) is NumPy's bool; the plan was checked as with the
    Python bool before the field-by-field check, and must still be."""
    import attrs

    pd = pytest.importorskip("pandas")
    from ipprules.checks import example_plan

    plan = example_plan()
    for value in (True, False):
        column = pd.Series([value])
        ours, python = (
            attrs.evolve(plan, rights=(attrs.evolve(plan.rights[0], renewed=v), *plan.rights[1:]))
            for v in (column[0], value)
        )
        assert ipprules.check(ours) == ipprules.check(python)


def test_scale_flags_are_bools() -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import parse_urls, read_histories

    with pytest.raises(TypeError, match="history must be a bool"):
        read_histories(str(EXAMPLES / "history-accounts.csv"), history="no")
    for flag in ("dedupe", "use_derived"):
        with pytest.raises(TypeError, match=f"{flag} must be a bool"):
            parse_urls(str(EXAMPLES / "urls.txt"), **{flag: 0})


def _plan_fields() -> list[tuple[str, int | None, str]]:
    """(record, index, field) of every enum or flag field of the example plan's records."""
    return [
        (where, at, name)
        for where, at, name, hint in example_fields()
        if "bool" in str(hint) or "enum" in str(hint) or "model." in str(hint)
    ]


PLAN_FIELDS = _plan_fields()


def _with(where: str, index: int | None, field: str, value: object) -> object:
    import attrs

    from ipprules.checks import example_plan

    plan = example_plan()
    if index is None:
        return attrs.evolve(plan, account=attrs.evolve(plan.account, **{field: value}))
    records = list(getattr(plan, where))
    alias = {f.name: f.alias for f in attrs.fields(type(records[index]))}[field]
    records[index] = attrs.evolve(records[index], **{alias: value})
    return attrs.evolve(plan, **{where: tuple(records)})


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(PLAN_FIELDS),
    st.one_of(
        st.none(),
        st.integers(),
        st.text(max_size=8),
        st.sampled_from(["no", "yes", "trademark", "listing", "0", "elsewhere"]),
        st.floats(),
        st.lists(st.integers(), max_size=2),
    ),
)
def test_a_plan_built_in_python_with_a_junk_field_keeps_the_contract(
    field: tuple[str, int | None, str], value: object
) -> None:
    # Right(ipr_type="trademark") was an AttributeError inside check (a str has no .value);
    # Right(renewed="no") a renewed right
    try:
        plan = _with(*field, value)
    except (TypeError, ipprules.IpprulesError):
        return  # refused by the record itself (a date field's converter)
    result: object
    try:
        result = ipprules.check(plan)  # type: ignore[arg-type]
    except (TypeError, ipprules.IpprulesError) as exc:  # nothing else may escape
        result = exc
    assert isinstance(result, ipprules.Report | TypeError | ipprules.IpprulesError)


@pytest.mark.no_cover
def test_plan_fields_given_as_their_values_read_as_the_enums() -> None:
    from ipprules.checks import example_plan

    plan = example_plan()
    for where, index, field in PLAN_FIELDS:
        record = plan.account if index is None else getattr(plan, where)[index]
        value = getattr(record, field)
        if isinstance(value, str) and type(value) is not str:  # an enum member
            as_text = _with(where, index, field, value.value)
            assert ipprules.check(as_text) == ipprules.check(plan), (where, index, field)  # type: ignore[arg-type]


def _set_past_init(record: object, field: str, value: object) -> object:
    """``record`` with ``field`` set without its ``__init__`` (which refuses a flag that is
    not a bool): the checks' own refusal is what is left for such a record."""
    import copy

    changed = copy.copy(record)
    object.__setattr__(changed, field, value)
    return changed


def test_a_flag_of_a_plan_record_is_a_bool() -> None:
    import attrs

    from ipprules.checks import example_plan

    with pytest.raises(TypeError, match=r"^Right\.renewed must be a bool"):
        _with("rights", 0, "renewed", "no")
    with pytest.raises(TypeError, match=r"^Account\.good_faith must be a bool"):
        _with("account", None, "good_faith", 1)
    plan = example_plan()
    right = _set_past_init(plan.rights[0], "renewed", "no")
    with pytest.raises(TypeError, match=r"rights\[0\]\.renewed must be a bool"):
        ipprules.check(attrs.evolve(plan, rights=(right, *plan.rights[1:])))
    account = _set_past_init(plan.account, "good_faith", 1)
    with pytest.raises(TypeError, match=r"account\.good_faith must be a bool"):
        ipprules.check(attrs.evolve(plan, account=account))


_RULES_VALUES = {
    "--ipr-type": ["--ipr-type", "trademark"],
    "--platform": ["--platform", "taobao"],
    "--target": ["--target", "listing"],
    "--member": ["--member"],
    "--to": ["--to", "2024-06-03"],
    "--against": ["--against", str(EXAMPLES / "rules-override.toml")],
}
_RULES_NAMES = {"platform": "taobao", "sources": "S1", "rule": "R47", "section": "platforms"}


def _rules_cases() -> list[tuple[str, str]]:
    from ipprules.cli.rules import VIEWS

    return [(view, option) for view in VIEWS for option in ["name", *_RULES_VALUES]]


@pytest.mark.parametrize(("view", "option"), _rules_cases())
def test_rules_refuses_an_argument_its_view_does_not_use(
    view: str, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # rules changes --to 2024-01-01 listed every change, rules summary taobao the summary
    from ipprules.cli.rules import _VIEW_ARGUMENTS

    dest = "name" if option == "name" else option[2:].replace("-", "_")
    given = [_RULES_NAMES.get(view, "taobao")] if option == "name" else _RULES_VALUES[option]
    extra = ["--to", "2024-06-04"] if view == "diff" and option not in ("--to", "--against") else []
    argv = ["rules", view, *given, *extra, "--as-of", "2024-06-03"]
    code, err = _run(argv, capsys)
    if dest in _VIEW_ARGUMENTS.get(view, ()):
        assert code in (0, 1), err
    else:
        assert code == 2
        assert err.startswith(f"ipprules rules: error: argument {option}"), err
        assert f"not used by the {view} view" in err and err.count("\n") == 1


def test_rules_diff_takes_to_or_against(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["rules", "diff", *_RULES_VALUES["--to"], *_RULES_VALUES["--against"]]
    code, err = _run([*argv, "--as-of", "2024-06-03"], capsys)
    assert code == 2
    assert err.strip() == (
        "ipprules rules: error: argument --to: give --to DATE or --against FILE, not both"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "argv",
    [
        ["deadline", "takedown", "--on", "2024-01-02"],
        ["schema", "plan"],
        ["explain", "--format", "json"],
        ["rules", "reasons", "--as-of", "2024-01-02"],
    ],
)
def test_a_full_output_is_named_as_the_output(argv: list[str]) -> None:
    # was 'ipprules: error: [Errno 28] No space left on device' (which file?); stdout
    # block-buffered, as without PYTHONUNBUFFERED, a small output met the full disk only at
    # the last flush: a traceback and exit 120 (covback1)
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "ipprules", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
            env=env,
        )
    assert done.returncode == 2
    assert done.stderr == (
        "ipprules: error: <stdout>: cannot write the output: No space left on device\n"
    )


def test_plan_out_onto_a_file_says_it_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "report.txt"
    taken.write_text("mine\n", encoding="utf-8")
    code, err = _run([*BASE["plan"], "--out", str(taken)], capsys)
    assert code == 2
    assert err.strip() == (
        f"ipprules: error: {taken}: $: exists and is not a folder: give a new or an existing folder"
    )
    assert taken.read_text(encoding="utf-8") == "mine\n"


_ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=6)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | _ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_ANY_TEXT, inner, max_size=3),
    max_leaves=12,
)


def _has_surrogate(value: object) -> bool:
    if isinstance(value, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(map(_has_surrogate, value))
    return False


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES, st.booleans())
@example("\ud800", False)  # the character itself, not an escape: it was taken
@example({"k\udc80": [1]}, False)
def test_json_refuses_a_lone_surrogate_and_nothing_else(value: object, ascii_only: bool) -> None:
    # json.loads takes "\ud800" (an escape of half a UTF-16 pair); the str could not be
    # written out as UTF-8: 'utf-8' codec can't encode character '\ud800' ... surrogates
    import json

    from ipprules._files import LoneSurrogate, loads_json

    text = json.dumps(value, ensure_ascii=ascii_only)
    decoded = json.loads(text)  # a pair written as two escapes decodes to one character
    if _has_surrogate(decoded):
        with pytest.raises(LoneSurrogate, match="half of a UTF-16 pair"):
            loads_json(text)
    else:
        assert loads_json(text) == decoded


def _surrogate_files(folder: Path) -> list[tuple[list[str], Path, str]]:
    """(argv, file, JSON path of the string holding \\ud800) for each JSON reader."""
    import json

    bad = "x\ud800y"
    events = json.loads((EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8"))
    events["events"][3]["reason"] = bad
    violations = [{"date": "2024-01-08", "kind": "general", "platform": "aliexpress", "id": bad}]
    calendar = {"name": bad, "weekend": [5, 6], "holidays": ["2024-10-01"]}
    history = {
        "type": "complaint",
        "date": "2024-01-02",
        "platform": "taobao",
        "reason_code": "tm_misuse",
        "listings": 1,
        "taken_down": 1,
        "note": bad,
    }
    urls = {"url": "https://item.taobao.com/item.htm?id=606832683299", "seen": [1, bad]}
    cases = [
        ("events.json", events, ["lifecycle"], "$.events[3].reason"),
        (
            "v.json",
            violations,
            ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
            "$[0].id",
        ),
        (
            "cal.json",
            calendar,
            ["deadline", "takedown", "--on", "2024-10-01", "--calendar"],
            "$.name",
        ),
        ("h.jsonl", history, ["good-faith", "--as-of", "2024-06-01"], "$.note"),
        ("u.jsonl", urls, ["listings"], "$.seen[1]"),
        ("odd key.json", {"a": {bad: 1}}, ["counter-notice"], "$.a"),
    ]
    found = []
    for name, data, argv, path in cases:
        file = folder / name
        one_line = name.endswith(".jsonl")  # JSON Lines: an object a line
        text = json.dumps(data) if one_line else "\n" + json.dumps(data, indent=1)
        file.write_text(text + "\n", encoding="utf-8")
        found.append(([*argv, str(file)], file, path))
    return found


def test_a_lone_surrogate_is_refused_at_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, file, path in _surrogate_files(tmp_path):
        code, err = _run(argv, capsys)
        assert code == 2, (argv, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        head, _, message = lines[0].partition(f": {path}: ")
        assert message == "a lone surrogate (\\ud800, half of a UTF-16 pair) is not text", err
        line, column = (int(n) for n in head.rsplit(":", 2)[1:])
        text = file.read_text(encoding="utf-8").splitlines()[line - 1]
        assert text[column - 1] in '"{', (err, text)  # the string's quote (a key: its object)


@pytest.mark.parametrize("scaled", [[], ["--workers", "1"]])
def test_derived_aliexpress_ids_goes_with_dedupe(
    scaled: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # without --dedupe it merged nothing and said nothing
    code, err = _run([*BASE["listings"], "--derived-aliexpress-ids", *scaled], capsys)
    assert code == 2
    assert (
        err.strip()
        == "ipprules listings: error: argument --derived-aliexpress-ids: goes with --dedupe"
    )
    code, err = _run([*BASE["listings"], "--derived-aliexpress-ids", "--dedupe"], capsys)
    assert code in (0, 1), err


def _subclassed_right() -> tuple[type, type]:
    import attrs

    from ipprules.checks.model import Right

    class Local:
        pass

    @attrs.frozen
    class Unannotated(Right):  # a field with no annotation (attrs.field alone)
        extra = attrs.field(default=None)

    @attrs.frozen
    class LocalHint(Right):  # an annotation only this function can resolve
        extra: Local | None = None

    return Unannotated, LocalHint


@pytest.mark.parametrize("subclass", _subclassed_right())
def test_a_plan_record_of_a_subclass_is_checked_as_its_base(subclass: type) -> None:
    """A subclass of a plan record with fields of its own is checked on the library's fields
    (as before the field-by-field check): its own fields were a KeyError or a NameError."""
    import attrs

    from ipprules.checks import example_plan

    plan = example_plan()
    first = plan.rights[0]
    mine = subclass(
        **{f.alias or f.name: getattr(first, f.name) for f in attrs.fields(type(first))}
    )
    ours = attrs.evolve(plan, rights=(mine, *plan.rights[1:]))
    assert ipprules.check(ours) == ipprules.check(plan)
    with pytest.raises(TypeError, match=r"^Right\.renewed must be a bool"):
        attrs.evolve(mine, renewed="no")  # the base's own check, the subclass's fields aside
    past = _set_past_init(mine, "renewed", "no")
    renewed = attrs.evolve(ours, rights=(past, *plan.rights[1:]))
    with pytest.raises(TypeError, match=r"rights\[0\]\.renewed must be a bool"):
        ipprules.check(renewed)


_HISTORY_HEAD = "type,date,id,platform,reason_code,listings,taken_down\n"
_HISTORY_ROW = "complaint,2023-03-01,{id},taobao,tm_counterfeit,1,1\n"


@settings(max_examples=50, deadline=None)
@given(
    st.integers(min_value=0, max_value=30),
    st.sampled_from(["\ud800", "\udc80", "\udfff"]),
    st.sampled_from(["from_file", "by_account"]),
    st.booleans(),
)
def test_a_history_text_stream_with_a_lone_surrogate_is_refused_at_its_place(
    before: int, surrogate: str, reader: str, jsonl: bool
) -> None:
    """A text stream (io.StringIO, a str built in Python) holding half of a UTF-16 pair: an
    InputError at its line and column, not "UnicodeEncodeError: 'utf-8' codec can't encode
    character '\\ud800' ... surrogates not allowed" from the reader's copy of the stream."""
    import io
    import json

    from ipprules.errors import InputError

    ids = [f"C{i}" for i in range(before)] + [f"X{surrogate}"]
    if jsonl:
        rows = [
            {"type": "complaint", "date": "2023-03-01", "id": i, "platform": "taobao",
             "reason_code": "tm_counterfeit", "listings": 1, "taken_down": 1}
            for i in ids
        ]  # fmt: skip
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        name, line = "h.jsonl", before + 1
        column = json.dumps(rows[-1], ensure_ascii=False).index(surrogate) + 1
    else:
        text = _HISTORY_HEAD + "".join(_HISTORY_ROW.format(id=i) for i in ids)
        name, line, column = "h.csv", before + 2, len("complaint,2023-03-01,X") + 1
    with pytest.raises(InputError, match="lone surrogate") as caught:
        getattr(History, reader)(io.StringIO(text), name=name)
    assert (caught.value.line, caught.value.column) == (line, column)
