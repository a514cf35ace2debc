"""A new user after the rule-sources, store-front and Deadlines changes (newuser15).

1. ``ipprules rules rule R82`` shows the sources of the rule itself (``RuleBook.rule_sources``,
   which a rules file's ``[rule_sources]`` replaces) beside the records that cite it: before,
   a user who set ``[rule_sources]`` saw no sign of it on the command line.
2. ``rules rule B16`` names each finding that cites it once: the planner's
   ``storefront-not-allowed``, decided by the check of that name, was listed twice.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ipprules import default_rulebook
from ipprules._codes import codes_citing
from test_newuser8 import _run

_AS_OF = ("--as-of", "2026-11-23")


@pytest.mark.parametrize("rule_id", ["R82", "B16", "R39", "R59", "D4"])
def test_rules_rule_gives_the_rule_s_own_sources(rule_id: str) -> None:
    named = default_rulebook().rule_sources(rule_id)
    code, out, err = _run("rules", "rule", rule_id, *_AS_OF, "--format", "json")
    assert code == 0, err
    assert json.loads(out)["data"]["rule_sources"] == list(named)
    code, out, err = _run("rules", "rule", rule_id, *_AS_OF)
    assert code == 0, err
    last = out.splitlines()[-1]
    assert last.startswith(f"{rule_id}'s own sources (RuleBook.rule_sources): ")
    assert last.endswith(", ".join(named) if named else "none, an inferred rule")


def test_a_rules_file_s_rule_sources_show_in_the_rule_view(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('name = "mine"\n[rule_sources]\nR79 = ["S3"]\n', encoding="utf-8")
    code, out, err = _run("rules", "rule", "R79", "--rules", str(path), *_AS_OF)
    assert code == 0, err
    assert out.splitlines()[-1] == "R79's own sources (RuleBook.rule_sources): S3"
    code, out, _ = _run("rules", "rule", "R79", *_AS_OF)  # the embedded book: the reference's
    assert out.splitlines()[-1] == "R79's own sources (RuleBook.rule_sources): S22, S21"


@pytest.mark.parametrize("rule_id", ["B16", "R42", "R45", "R41"])
def test_each_finding_citing_a_rule_is_named_once(rule_id: str) -> None:
    found = codes_citing(rule_id)
    assert found and len(found) == len(set(found))
    code, out, err = _run("rules", "rule", rule_id, *_AS_OF, "--format", "json")
    assert code == 0, err
    cited = [(c["kind"], c["name"]) for c in json.loads(out)["data"]["cited_by"]]
    assert len(cited) == len(set(cited))


# -------------------- 3. --help says a history or violations CSV may be split by ';' or tabs


@pytest.mark.parametrize(
    ("command", "metavar"), [("good-faith", "HISTORY"), ("penalties", "VIOLATIONS_FILE")]
)
def test_help_says_which_delimiters_a_csv_may_use(command: str, metavar: str) -> None:
    code, out, _ = _run(command, "--help")
    assert code == 0
    line = " ".join(out.split(f"\n  {metavar}", 1)[1].split("\n  -h", 1)[0].split())
    assert "split by commas, ';' or tabs" in line


# -------------------- 4. the README names what deadlines_from returns


def test_the_readme_names_the_type_deadlines_from_returns() -> None:
    from datetime import date

    from ipprules.lifecycle import deadlines_from

    found = deadlines_from("takedown", date(2022, 1, 19))
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text("utf-8").split())
    said = readme.split("(`ipprules.lifecycle.deadlines_from`)", 1)[1][:80]
    assert f"`{type(found).__name__}`" in said


# -------------------- 5. a --right naming "several" names the account's id it is one slip from


def _account_with_right(tmp_path: Path, right_id: str) -> Path:
    text = (Path(__file__).parents[1] / "examples" / "planner-account.toml").read_text("utf-8")
    assert '\nid = "tm-cn"\n' in text
    path = tmp_path / "account.toml"
    path.write_text(text.replace('\nid = "tm-cn"\n', f'\nid = "{right_id}"\n'), "utf-8")
    return path


@pytest.mark.parametrize(("held", "given"), [("tm-cn;2024", "tm-cn;2025"), ("a|b", "a|c")])
def test_a_right_with_a_separator_one_slip_off_is_named(
    tmp_path: Path, held: str, given: str
) -> None:
    from ipprules import read_plan
    from ipprules.errors import InputError
    from ipprules.planner import Settings, plan_listings

    account = _account_with_right(tmp_path, held)
    urls = "examples/planner-urls.csv"
    code, _, err = _run("plan", urls, "--account", str(account), "--right", given, *_AS_OF)
    assert code == 2 and "one right per complaint (R45" in err
    assert f"(did you mean {held!r}?)" in err
    with pytest.raises(InputError, match=f"did you mean {held!r}") as caught:
        plan_listings([], read_plan(account), as_of="2026-11-23", settings=Settings(right=given))
    assert caught.value.path == "settings.right"
    code, _, err = _run("plan", urls, "--account", str(account), "--right", "x;y", *_AS_OF)
    assert code == 2 and "names 2" in err and "did you mean" not in err


# -------------------- 6. docs/errors.md quotes each refusal of a rule id or a place rule


_REGISTRATION = """name = "mine"
[[registrations]]
id = "taobao"
effective_from = 2015-01-06
sources = ["BRIEF"]
confidence = "brief"
accepted = ["CN"]
known = "yes"
"""
_PLACE = '{{ place = "{}", rules = [{}], confidence = "inferred", note = "x" }}'
_R39 = '"R39"'
_TWICE = f"{_PLACE.format('HK', _R39)}, {_PLACE.format('HK', _R39)}"


@pytest.mark.parametrize(
    "fields",
    [
        'rules = ["B12", "B12"]',
        'rules = [""]',
        'rules = ["r12"]',
        'rules = ["R999"]',
        f'rules = ["B12"]\nplace_rules = [{_PLACE.format("hk", _R39)}]',
        f'rules = ["B12"]\nplace_rules = [{_TWICE}]',
        f'rules = ["B12"]\nplace_rules = [{_PLACE.format("CN", _R39)}]',
        f'rules = ["B12"]\nplace_rules = [{_PLACE.format("MO", "")}]',
    ],
)
def test_errors_page_quotes_each_rule_id_and_place_rule_refusal(
    tmp_path: Path, fields: str
) -> None:
    from ipprules import load_rulebook
    from ipprules.errors import InputError

    path = tmp_path / "mine.toml"
    path.write_text(_REGISTRATION + fields + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rulebook(path)
    page = " ".join((Path(__file__).parents[1] / "docs" / "errors.md").read_text("utf-8").split())
    said = re.findall(r"\$\.\S*: (.*)", str(caught.value))
    assert said
    for message in said:  # up to its first aside: the values quoted are the page's examples
        head = re.split(r" \(|, so |; ", message, maxsplit=1)[0]
        assert head in page, message


# -------------------- 7. --format csv refused says where a command's rows are

_NO_CSV = ["good-faith", "deadline", "lifecycle", "penalties", "counter-notice", "rules", "plan"]


@pytest.mark.parametrize("command", _NO_CSV)
def test_format_csv_refused_says_where_the_rows_are(command: str) -> None:
    import importlib

    from ipprules.cli import CSV_IN_PYTHON

    code, out, err = _run(command, "--format", "csv")
    assert code == 2 and out == ""
    assert err.startswith(f"ipprules {command}: error: argument --format: invalid choice: 'csv'")
    if command == "plan":
        assert err.rstrip().endswith("(ipprules plan writes its CSV files with --out DIR)")
        return
    rows = CSV_IN_PYTHON[command]
    assert err.rstrip().endswith(f"in Python, {rows} gives its rows)")
    *module, name = rows.split("(", 1)[0].split(".")  # the callable named exists
    assert callable(getattr(importlib.import_module(".".join(module)), name))


def test_format_csv_refused_elsewhere_is_argparse_s_refusal_alone() -> None:
    code, _, err = _run("explain", "storefront-not-allowed", "--format", "csv")
    assert code == 2 and err.rstrip().endswith("(choose from 'text', 'json')")
