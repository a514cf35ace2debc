"""A new user's first hour, continued (newuser10): Lazada and 1688 plans written from the docs,
the advisor, Good Faith what-if, rule views, schemas and the Python API in a notebook."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main
from ipprules.planner import Settings

_URL = "https://item.taobao.com/item.htm?id=606832683299"
_BOOK = ipprules.default_rulebook()


# -------------------- 1. a planner option given to plan_listings as its own keyword
# `ipprules plan --reason X` is `plan_listings(..., settings=Settings(reason=X))`; the call
# `plan_listings(..., reason=X)` got only Python's "unexpected keyword argument 'reason'".


@settings(max_examples=10, deadline=None, derandomize=True)
@given(field=st.sampled_from([a.name for a in attrs.fields(Settings)]))
def test_a_planner_setting_given_as_a_keyword_names_settings(field: str) -> None:
    plan = ipprules.read_plan("examples/planner-account.toml")
    with pytest.raises(TypeError) as caught:
        ipprules.plan_listings([_URL], plan, **{field: None})
    assert f"a field of Settings, give it as settings=Settings({field}=...)" in str(caught.value)
    assert "from ipprules.planner import Settings" in str(caught.value)


def test_a_misspelt_keyword_of_plan_listings_names_the_one_meant() -> None:
    plan = ipprules.read_plan("examples/planner-account.toml")
    with pytest.raises(TypeError, match=r"'asof' \(did you mean 'as_of'\?\)"):
        ipprules.plan_listings([_URL], plan, asof="2026-11-23")
    with pytest.raises(TypeError, match=r"did you mean settings=Settings\(reason=\.\.\.\)"):
        ipprules.plan_listings([_URL], plan, reasn="tm_counterfeit")
    # the keywords it has still work
    result = ipprules.plan_listings(
        [_URL], plan, as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    assert result.counts()["planned"] == 1


# -------------------- 2. the rules in force as plain data and a frame
# `ipprules.default_rulebook().as_of(day)` is the first thing the README shows; it had no
# to_dict (every other result has one) and nothing for a notebook's table.


@settings(max_examples=8, deadline=None, derandomize=True)
@given(
    day=st.sampled_from(["2019-06-01", "2022-01-20", "2026-11-23"]),
    reading=st.sampled_from(_BOOK.interpretations),
)
def test_the_rules_in_force_are_plain_data_section_by_section(day: str, reading: str) -> None:
    from ipprules.rulebook.model import SECTIONS

    rules = _BOOK.as_of(day, reading, trial=frozenset({2021}))
    data = rules.to_dict()
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert (data["as_of"], data["interpretation"], data["trial"]) == (day, reading, [2021])
    for name in SECTIONS:
        assert sorted(data["sections"][name]) == sorted(rules.section(name))
    records = rules.to_records()
    assert len(records) == sum(len(rules.section(name)) for name in SECTIONS)
    assert {(r["section"], r["id"]) for r in records} == {
        (name, key) for name in SECTIONS for key in rules.section(name)
    }


# -------------------- 3. `ipprules rules rule R47` without the engines
# The findings that cite a rule were found through `all_entries()`, which imports the checks,
# counter-notice and planner packages (about 0.3 s of CPU for a few lists of strings).


def test_the_codes_citing_a_rule_are_those_of_every_entry() -> None:
    from ipprules._codes import all_entries, codes_citing

    entries = all_entries()
    cited = {r for e in entries for r in e.get("rules", ())} | set(_BOOK.cited_rules())
    assert "R47" in cited and "R63" in cited
    for rule_id in sorted(cited):
        # a planner code named as its check's is one entry (newuser15: B16 listed it twice)
        expected = list(dict.fromkeys(e["code"] for e in entries if rule_id in e.get("rules", ())))
        assert codes_citing(rule_id) == expected, rule_id


def test_the_rule_view_imports_no_engine(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from ipprules.cli import main\n"
        "code = main(['rules', 'rule', 'R47', '--as-of', '2026-11-23'])\n"
        "engines = ('ipprules.checks', 'ipprules.planner', 'ipprules.counternotice')\n"
        "print(code, sorted(m for m in sys.modules if m in engines))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(ipprules.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert (
        "R47 is cited by the findings document-quality-unknown, attachment-too-large, attachments-too-many"
        in done.stdout
    )
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr


# -------------------- 4. --format csv where the output is a table: check and advise
# Only `listings` and `coverage` had it; a check's findings and the advisor's codes are one
# row each (their `to_records()`), as a spreadsheet or `pandas.read_csv` wants them.


def _stdout(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, list):
        return ("; " if any(" " in str(v) for v in value) else " ").join(map(str, value))
    return "" if value is None else str(value)


@pytest.mark.parametrize("plan", ["examples/plan.toml", "examples/planner-account.toml"])
def test_check_as_csv_is_one_row_per_finding(plan: str) -> None:
    code, out = _stdout("check", plan, "--as-of", "2026-11-23", "--format", "csv")
    report = ipprules.check(ipprules.read_plan(plan), as_of="2026-11-23")
    assert code == (0 if report.ok else 1)
    rows = list(csv.DictReader(io.StringIO(out)))
    records = report.to_records()
    assert len(rows) == len(records)
    # the command adds each finding's file and line (where the plan writes the value)
    assert all(r.pop("file") == plan and r.pop("line").isdigit() for r in rows)
    assert rows == [{k: _cell(v) for k, v in r.items()} for r in records]


@settings(max_examples=12, deadline=None, derandomize=True)
@given(
    platform=st.sampled_from(["taobao", "lazada_sg", "1688", "aliexpress"]),
    facts=st.lists(st.sampled_from(["counterfeit_product", "test_purchase", "store_name"])),
)
def test_advise_as_csv_is_one_row_per_code(platform: str, facts: list[str]) -> None:
    argv = ["advise", "--ipr-type", "trademark", "--platform", platform, "--as-of", "2026-11-23"]
    for fact in facts:
        argv += ["--fact", fact]
    _, out = _stdout(*argv, "--format", "csv")
    advice = ipprules.advise("trademark", platform, facts=facts, as_of="2026-11-23")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [{k: _cell(v) for k, v in r.items()} for r in advice.to_records()]


# -------------------- 5. the plan schema refuses what reading the plan refuses, where it can
# An account with good_faith_trial = true and good_faith_trials = [2021] was valid under the
# plan and portfolio schemas and refused by every command that reads it.


@pytest.mark.parametrize("name", ["plan", "portfolio"])
@pytest.mark.parametrize(
    ("every", "years", "read"),
    [(True, [2021], False), (True, [], True), (False, [2021], True), (None, [2015], True)],
)
def test_the_schema_refuses_every_trial_with_trial_years(
    name: str, every: bool | None, years: list[int], read: bool, tmp_path: Path
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from ipprules.schemas import schema

    account: dict[str, object] = {
        "name": "Acme",
        "location": "elsewhere",
        "identity": "enterprise",
        "good_faith_trials": years,
    }
    if every is not None:
        account["good_faith_trial"] = every
    data = {"as_of": "2026-11-23", "account": account}
    valid = jsonschema.Draft202012Validator(schema(name)).is_valid(data)
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")
    code, _ = _stdout("coverage", str(tmp_path / "plan.json"))
    assert valid is read
    assert (code != 2) is read


# -------------------- 6. a misspelt keyword, or a command's option name, in Python
# `advise(..., fact=[...])` (the command's --fact), `standing(..., platform=...)`,
# `deadline_for(..., on=...)`, `check(plan, asof=...)` got Python's bare "unexpected keyword
# argument"; the library's own names get "did you mean" everywhere else.


def _history() -> object:
    from ipprules.goodfaith import History

    return History.from_file("examples/history.csv")


_CALLS = {
    "check": (lambda **kw: ipprules.check(ipprules.read_plan("examples/plan.toml"), **kw)),
    "advise": (lambda **kw: ipprules.advise("trademark", "taobao", as_of="2026-11-23", **kw)),
    "standing": (lambda **kw: ipprules.standing(_history(), "2023-03-31", **kw)),
    "what_if": (lambda **kw: ipprules.what_if(_history(), [], "2023-03-31", **kw)),
    "timeline": (lambda **kw: ipprules.timeline(_history(), "2023-03-01", "2023-03-31", **kw)),
    "coverage": (
        lambda **kw: ipprules.coverage(ipprules.read_plan("examples/portfolio.toml"), **kw)
    ),
    "deadline_for": (lambda **kw: ipprules.deadline_for("counter_notice_round_1", **kw)),
    "penalty_standing": (lambda **kw: ipprules.penalty_standing([], "aliexpress", **kw)),
    "diff_rules": (lambda **kw: ipprules.diff_rules(_BOOK, _BOOK, **kw)),
}


@pytest.mark.parametrize(
    ("name", "given", "meant"),
    [
        ("check", "asof", "as_of"),
        ("check", "date", "as_of"),
        ("advise", "fact", "facts"),
        ("advise", "reading", "interpretation"),
        ("standing", "platform", "platforms"),
        ("what_if", "metric", "metrics"),
        ("timeline", "platform", "platforms"),
        ("coverage", "platform", "platforms"),
        ("coverage", "horizen", "horizon"),
        ("deadline_for", "on", "start"),
        ("deadline_for", "as_of", "start"),
        ("penalty_standing", "date", "as_of"),
        ("diff_rules", "reading", "interpretation"),
    ],
)
def test_a_keyword_not_taken_names_the_one_meant(name: str, given: str, meant: str) -> None:
    with pytest.raises(TypeError) as caught:
        _CALLS[name](**{given: "x"})
    said = f"{name}() got an unexpected keyword argument {given!r} (did you mean {meant!r}?)"
    assert str(caught.value) == said
    import inspect

    assert meant in inspect.signature(getattr(ipprules, name)).parameters


def test_a_what_if_plan_key_given_to_what_if_names_the_plan_class() -> None:
    with pytest.raises(TypeError, match=r"give it as batch=WhatIfPlan\(assume=\.\.\.\)"):
        ipprules.what_if(_history(), [], "2023-03-31", assume="success")
    # the old rule-book keyword still reaches the function, with its warning
    with pytest.warns(DeprecationWarning, match=r"call it what_if\(rulebook=\)"):
        ipprules.what_if(_history(), [], "2023-03-31", book=_BOOK)


# -------------------- 7. a what-if rate written as a number
# The docs write `assume = "0.95"`; `assume = 0.95` said only "expected a string, got float".


@pytest.mark.parametrize(
    ("name", "text", "shown"),
    [
        ("w.toml", "assume = 0.95\n", '"0.95"'),
        ("w.toml", "assume = 1\n", '"1"'),
        ("w.json", '{"assume": 0.9, "complaints": []}', '"0.9"'),
    ],
)
def test_a_what_if_rate_written_as_a_number_is_said_to_be_quoted(
    name: str, text: str, shown: str, tmp_path: Path
) -> None:
    from ipprules.errors import InputError
    from ipprules.goodfaith.plan import read_plan

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_plan(path)
    problem = caught.value.problems[0]
    assert problem.path == "$.assume" and problem.line == 1
    assert f"write the rate in quotes, {shown}" in problem.message
    quoted = text.replace(shown.strip('"'), shown, 1)
    path.write_text(quoted, encoding="utf-8")
    assert read_plan(path).assume == shown.strip('"')  # as said, it reads


# -------------------- 8. the history schema takes the nulls the history reader takes
# `"id": null`, `"note": null`, `"account": null` (pandas' to_json for an empty cell) read as
# empty, as docs/good-faith.md says; the schema marked them wrong.


@pytest.mark.parametrize("key", ["id", "note", "account"])
@pytest.mark.parametrize("kind", ["complaint", "declaration"])
def test_the_history_schema_takes_a_null_the_reader_reads(
    key: str, kind: str, tmp_path: Path
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from ipprules.goodfaith import History
    from ipprules.schemas import schema

    row: dict[str, object] = {"type": kind, "date": "2026-10-05", key: None}
    if kind == "complaint":
        row |= {"platform": "taobao", "reason_code": "tm_counterfeit", "listings": 4}
        row |= {"taken_down": 4, "rejected": 0, "withdrawn": 0, "pending": 0}
    assert jsonschema.Draft202012Validator(schema("history")).is_valid(row)
    (tmp_path / "h.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    read = repr(History.from_file(tmp_path / "h.jsonl"))
    assert read.startswith(
        "History(1 complaint(s), 0 event(s)"
        if kind == "complaint"
        else "History(0 complaint(s), 1 event(s)"
    ), read


def test_the_history_schema_takes_an_event_row_as_a_frame_writes_it(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from ipprules.goodfaith import History
    from ipprules.goodfaith.model import CSV_COLUMNS
    from ipprules.schemas import schema

    row: dict[str, object] = dict.fromkeys(CSV_COLUMNS)
    row |= {"type": "declaration", "date": "2026-03-01", "note": "signed"}
    validator = jsonschema.Draft202012Validator(schema("history"))
    assert validator.is_valid(row)
    assert not validator.is_valid(row | {"id": "E1"})  # refused by the reader too
    (tmp_path / "h.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert repr(History.from_file(tmp_path / "h.jsonl")).startswith(
        "History(0 complaint(s), 1 event"
    )


# -------------------- 9. a line with no right, from a plan with none or several
# Both said "the plan has more than one right", a plan with no right too.


@pytest.mark.parametrize("count", [0, 2, 7])
def test_a_line_without_a_right_says_what_the_plan_holds(count: int) -> None:
    from ipprules.checks import Right

    plan = ipprules.read_plan("examples/planner-account.toml")
    template = plan.rights[0]
    rights = tuple(attrs.evolve(template, id=f"tm-{i}") for i in range(count))
    assert all(isinstance(r, Right) for r in rights)
    plan = attrs.evolve(plan, rights=rights)
    result = ipprules.plan_listings(
        [_URL], plan, as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    (outcome,) = result.outcomes
    assert outcome.code == "missing-right"
    assert outcome.message is not None
    if count == 0:
        assert "the plan has no rights" in outcome.message
    else:
        named = ", ".join(f"tm-{i}" for i in range(min(count, 5)))
        assert f"more than one right ({named}" in outcome.message
        assert ("and 2 more)" in outcome.message) is (count == 7)
