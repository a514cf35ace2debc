"""A new user's notebook session: names, call tips, reprs, inputs built in Python, errors.

Each test holds a friction found by trying what the README and the docs show, and what a
notebook user tries next (tab completion, ``help()``, ``repr()``, a plan given as text...).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import inspect
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import Account, Complaint, Identity, IprType, Location, Plan, Right
from ipprules.errors import InputError


def test_dir_lists_the_public_names_and_no_import_helpers():
    names = dir(ipprules)
    assert set(ipprules.__all__) <= set(names)
    for helper in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
        assert helper not in names
    for name in names:  # everything offered resolves
        getattr(ipprules, name)
    # the packages of optional extras are reached by name, never loaded by listing members
    assert "scale" not in names and "columnar" not in names
    assert ipprules.columnar.__name__ == "ipprules.columnar"


def test_public_packages_load_on_first_access():
    """``ipprules.schemas.schema(...)``, ``ipprules.checks.plan_from_data(...)``, as the docs
    and error messages write them, work after a bare ``import ipprules``."""
    code = (
        "import ipprules\n"
        "print(ipprules.schemas.schema('plan')['title'])\n"
        "print(ipprules.checks.plan_from_data.__name__)\n"
        "print('checks' in dir(ipprules))\n"
        "import inspect, sys\n"
        "inspect.getmembers(ipprules)\n"
        "print('ipprules.scale' in sys.modules, 'dask' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[1:4] == ["plan_from_data", "True", "False False"]


def test_coverage_module_has_the_function_signature():
    """Once ``ipprules.coverage`` is the (callable) package, its call tip is still the
    function's, not ``(*args, **kwargs)``."""
    package = importlib.import_module("ipprules.coverage")
    function = package.coverage
    assert inspect.signature(package) == inspect.signature(function)
    assert "portfolio" in inspect.signature(ipprules.coverage).parameters


# --- a plan given as text ------------------------------------------------------------


@pytest.mark.parametrize("example", ["examples/plan.toml", "examples/portfolio.toml"])
def test_read_plan_reads_toml_text_from_a_stream(example):
    """``read_plan(io.StringIO(text))``: a stream without a name is read as TOML or JSON by its
    text, as stdin is (it was always read as JSON: "not valid JSON" on a TOML plan)."""
    text = Path(example).read_text(encoding="utf-8")
    assert ipprules.read_plan(io.StringIO(text)) == ipprules.read_plan(example)
    assert ipprules.read_plan(io.BytesIO(text.encode())) == ipprules.read_plan(example)


@settings(max_examples=30, deadline=None)
@given(
    before=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")),
    after=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")),
)
@example(before=Path("examples/plan.toml").read_text(encoding="utf-8"), after="")
@example(before='{"account": {"name": "x"}}', after="")
def test_text_where_a_path_belongs_says_so(before, after):
    """``read_plan(text)`` quoted the whole text as a file name ("File name too long", 1,480
    characters for the example plan); it says it is text, how to pass it, and stays short.
    So does a JSON object on one line."""
    for text in (before + "\n" + after, "{" + before.replace("\n", " ") + "}"):
        _assert_said_to_be_text(text)


def _assert_said_to_be_text(text):
    with pytest.raises(InputError) as caught:
        ipprules.read_plan(text)
    message = str(caught.value)
    assert message.startswith("<text ")
    assert "io.StringIO(text)" in message
    assert len(message) < 200


def test_a_missing_file_is_still_a_missing_file():
    with pytest.raises(InputError, match="cannot read the file: No such file"):
        ipprules.read_plan("no-such-plan.toml")


# --- reprs a notebook shows -------------------------------------------------------------


_URL = "https://item.taobao.com/item.htm?id={}"


@settings(max_examples=20, deadline=None)
@given(
    sizes=st.lists(st.integers(0, 300), max_size=6),
    name=st.text(max_size=500),
    as_of=st.none() | st.dates(dt.date(2015, 1, 6), dt.date(2030, 1, 1)),
)
@example(sizes=[100_000], name="Acme", as_of=None)
def test_plan_repr_is_one_short_line(sizes, name, as_of):
    """A plan's repr was every field of every listing (8,951 characters for the example plan,
    megabytes for a planner's); it is one line whatever the size, with the counts."""
    plan = Plan(
        account=Account(name=name, location=Location.ELSEWHERE, identity=Identity.ENTERPRISE),
        rights=(Right(id="tm-1", ipr_type=IprType.TRADEMARK),),
        complaints=tuple(
            Complaint(
                id=f"c{i}",
                platform="taobao",
                right="tm-1",
                reason="tm_misuse",
                listings=tuple(_URL.format(600000000000 + n) for n in range(size)),
            )
            for i, size in enumerate(sizes)
        ),
        as_of=as_of,
    )
    text = repr(plan)
    assert "\n" not in text and len(text) < 200
    assert f"{len(sizes)} complaint(s), {sum(sizes)} listing(s)" in text
    assert (as_of is None) == ("as of" not in text)


def test_plan_repr_of_a_plan_built_wrong_does_not_raise():
    text = repr(Plan(account={"name": "x"}, complaints=("c1",)))  # type: ignore[arg-type]
    assert text == "<Plan {'name': 'x'}: 0 right(s), 1 complaint(s), 0 listing(s)>"


@pytest.mark.parametrize(
    ("ipr_type", "platform", "facts"),
    [
        ("trademark", "taobao", ["counterfeit_product"]),
        ("copyright", "aliexpress", []),
        ("patent", "lazada_sg", ["design"]),
    ],
)
def test_advice_repr_is_one_short_line(ipr_type, platform, facts):
    advice = ipprules.advise(ipr_type, platform, facts=facts, as_of="2026-11-23")
    text = repr(advice)
    assert "\n" not in text and len(text) < 160
    assert text.startswith(f"<Advice {ipr_type}") and f"on {platform} " in text
    assert f"{len(advice.admissible)} admissible" in text
    assert (advice.best is None) == ("best" not in text)


# --- the wrong thing passed: the message names the function that makes the right one -----


def test_a_file_path_for_violations_or_lines_names_the_reader():
    with pytest.raises(TypeError, match=r"ipprules\.penalties\.read_violations\(path\)"):
        ipprules.penalty_standing("examples/violations-aliexpress.csv", "aliexpress", "2026-11-23")
    account = ipprules.read_plan("examples/planner-account.toml")
    for given_lines in ("examples/planner-urls.csv", Path("examples/planner-urls.csv")):
        with pytest.raises(TypeError, match=r"ipprules\.planner\.read_lines\(path\)"):
            ipprules.plan_listings(given_lines, account, as_of="2026-11-23")


_ACCOUNT = {"name": "Acme", "location": "elsewhere", "identity": "enterprise"}


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (lambda: Plan(account=_ACCOUNT), r"account must be an Account, got dict \("),
        (
            lambda: Plan(account=Account(**_ACCOUNT), rights=({"id": "tm-1"},)),
            r"rights\[0\] must be a Right, got dict \(make one with ipprules\.checks\.Right",
        ),
    ],
)
def test_plain_data_in_a_plan_built_in_python_names_the_makers(plan, message):
    """``Plan(account={...})`` said "account must be a Account, got dict"."""
    with pytest.raises(TypeError, match=message) as caught:
        ipprules.check(plan(), as_of="2026-11-23")
    assert "ipprules.checks.plan_from_data(data)" in str(caught.value)
    # both ways the message names work, and agree
    made = ipprules.check(Plan(account=Account(**_ACCOUNT)), as_of="2026-11-23")
    built = ipprules.check(
        ipprules.checks.plan_from_data({"account": _ACCOUNT}), as_of="2026-11-23"
    )
    assert made.findings == built.findings and made.findings


# --- the docs' table of result doors says what each result has --------------------------


_ENGINES = ("checks", "coverage", "goodfaith", "counternotice", "lifecycle", "penalties")


def _result_class(name):
    for engine in (*_ENGINES, "planner", "listings"):
        module = importlib.import_module(f"ipprules.{engine}")
        if name in getattr(module, "__all__", ()):
            return getattr(module, name)
    return getattr(importlib.import_module("ipprules.checks.advisor"), name)


def _door_rows():
    text = Path("docs/architecture.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `") and "(`" in line]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


@pytest.mark.parametrize("row", _door_rows(), ids=lambda row: row[0].split("`")[1])
def test_architecture_table_of_result_doors_matches_the_classes(row):
    """The table said Advice had no ``to_records()``/``to_frame()`` and that Standing,
    WhatIf... had only ``to_dict()``: each had been given them since."""
    name, _, _, data, records, frame = row
    cls = _result_class(name.split("`")[1])
    assert callable(getattr(cls, "to_dict", None))
    assert ("as_dict()" in data) == callable(getattr(cls, "as_dict", None)), name
    assert (not records.startswith("no")) == callable(getattr(cls, "to_records", None)), name
    assert (frame == "yes") == callable(getattr(cls, "to_frame", None)), name


def test_architecture_table_lists_every_result():
    names = {row[0].split("`")[1] for row in _door_rows()}
    assert len(names) == 14 and {"Advice", "Report", "PlanningResult", "CoverageSummary"} <= names


# --- help(): every example of the top-level names runs as shown, in a fresh session ------


def _public_docstrings():
    for name in ipprules.__all__:
        obj = getattr(ipprules, name)
        if isinstance(obj, str):
            continue
        yield name, obj
        if isinstance(obj, type):
            for member, value in vars(obj).items():
                if not member.startswith("_") and (callable(value) or isinstance(value, property)):
                    yield f"{name}.{member}", value


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("label", "obj"),
    [(label, obj) for label, obj in _public_docstrings() if ">>>" in (inspect.getdoc(obj) or "")],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_docstring_examples_run_in_a_fresh_session(label, obj):
    """``help(ipprules.penalty_standing)`` showed ``Violation(on=date(...))`` with neither
    imported, ``help(ipprules.parse_listing)`` a bare ``parse_listing(...)``: pasted into a
    new notebook they raised NameError. Each example now imports what it uses (the doctest
    runs with no globals, not the module's)."""
    import doctest

    test = doctest.DocTestParser().get_doctest(inspect.getdoc(obj), {}, label, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failures = []
    runner.run(test, out=failures.append)
    assert runner.summarize(verbose=False).failed == 0, "".join(failures)


# --- the wrong thing passed, continued ----------------------------------------------------


def _plan_doors(view):
    plan = ipprules.read_plan("examples/plan.toml")
    return [
        lambda: ipprules.check(plan, rulebook=view),
        lambda: ipprules.coverage(plan, rulebook=view),
        lambda: ipprules.advise("trademark", "taobao", as_of="2026-11-23", rulebook=view),
        lambda: ipprules.plan_listings([], plan, rulebook=view),
    ]


@pytest.mark.parametrize("door", range(4))
def test_a_view_where_a_rule_book_belongs_says_to_pass_its_book(door):
    """``check(plan, rulebook=book.as_of(...))`` said only "must be a RuleBook, got
    ResolvedRules" (deadline_for and penalty_standing take a view): it says what to pass,
    and that works."""
    view = ipprules.default_rulebook().as_of("2026-11-23", "official")
    with pytest.raises(TypeError, match=r"rulebook=view\.book, with as_of= and interpretation="):
        _plan_doors(view)[door]()
    report = ipprules.check(
        ipprules.read_plan("examples/plan.toml"),
        rulebook=view.book,
        as_of=view.as_of,
        interpretation=view.interpretation,
    )
    assert report.interpretation == "official"


def test_history_records_given_as_dicts_name_the_record_classes():
    """``History.from_records([{...}])`` (rows of a data frame) said "expected an outcome row
    or an account event" and nothing of how to make one."""
    with pytest.raises(InputError, match=r"ipprules\.goodfaith\.Complaint\(filed=") as caught:
        ipprules.History.from_records([{"date": "2024-01-02", "platform": "taobao"}])
    assert "History.from_file" in str(caught.value)
    from ipprules.goodfaith import Complaint

    made = ipprules.History.from_records(
        [
            Complaint(
                filed="2024-01-02",
                platform="taobao",
                reason_code="tm_misuse",
                listings=3,
                taken_down=3,
            )
        ]
    )
    assert made.complaints == 1


# --- the parts of a result turn into plain data as the result does --------------------------


@pytest.mark.no_cover
@settings(max_examples=4, deadline=None)
@given(as_of=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))
@example(as_of=dt.date(2026, 11, 23))
def test_a_coverage_cell_gives_the_data_its_coverage_holds(as_of):
    """``cov.cell(...)`` had no ``to_dict()``/``as_dict()``, where the coverage, its findings
    and an advice's suggestions have them."""
    import json

    cov = ipprules.coverage(ipprules.read_plan("examples/portfolio.toml"), as_of=as_of)
    cells = cov.to_dict()["cells"]
    assert [c.to_dict() for c in cov.cells] == cells == [c.as_dict() for c in cov.cells]
    json.dumps(cells)


@settings(max_examples=6, deadline=None)
@given(as_of=st.dates(dt.date(2022, 9, 1), dt.date(2023, 12, 31)))
@example(as_of=dt.date(2023, 3, 31))
def test_a_good_faith_criterion_gives_the_data_its_standing_holds(as_of):
    import json

    standing = ipprules.standing(_history(), as_of)
    criteria = standing.to_dict()["criteria"]
    mine = [c.to_dict() for c in standing.criteria]
    assert mine == criteria and mine == [c.as_dict() for c in standing.criteria]
    json.dumps(mine)


@functools.cache
def _history():
    return ipprules.History.from_file("examples/history.csv")


def test_a_report_iterates_over_its_findings():
    """``for finding in report`` raised "'Report' object is not iterable", where a Coverage
    iterates over its cells and a Timeline over its days."""
    report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    assert tuple(report) == report.findings
    assert [f.code for f in report if f.severity.value == "error"] == [
        f.code for f in report.errors
    ]
    clean = ipprules.Report((), dt.date(2026, 11, 23), "brief", "a book")
    assert list(clean) == [] and bool(clean) is True  # no __len__: a report is never falsy


def _other_codes():
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.listings import REJECTION_CODES

    return sorted(REJECTION_CODES) + sorted(counter_notice_codes())


@pytest.mark.parametrize("code", _other_codes())
def test_explain_names_where_another_engines_code_is_explained(code):
    """``ipprules explain short-link`` explains it on the command line, but
    ``ipprules.explain("short-link")`` said only "unknown finding code". Since newuser5,
    ``ipprules.explain`` explains every code; the checks' own ``explain`` (finding codes
    only) names it."""
    assert ipprules.explain(code).code == code
    with pytest.raises(ipprules.UnknownNameError) as caught:
        ipprules.checks.explain(code)
    assert f"ipprules.explain({code!r})" in str(caught.value)
    if code.startswith("cn-"):
        assert ipprules.explain(code) == ipprules.counternotice.explain(code)
    else:
        assert ipprules.explain(code).title == ipprules.listings.REJECTION_CODES[code].title


@pytest.mark.no_cover
@settings(max_examples=4, deadline=None)
@given(as_of=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))
@example(as_of=dt.date(2026, 11, 23))
def test_a_coverage_cell_repr_is_one_short_line(as_of):
    """``cov.cell("tm-us", "taobao")`` in a notebook showed every field, its findings' rule
    ids and sources and what would open it: about 1,000 characters."""
    cov = ipprules.coverage(ipprules.read_plan("examples/portfolio.toml"), as_of=as_of)
    for cell in cov:
        text = repr(cell)
        assert "\n" not in text and len(text) < 200
        head = f"<Cell {cell.right} {cell.platform} {cell.target.value}: {cell.status.value} ("
        assert text.startswith(head)
        assert " ".join(cell.why.split())[:90] in text


@settings(max_examples=25, deadline=None)
@given(count=st.integers(0, 400))
@example(count=5)
@example(count=6)
def test_a_complaint_repr_shows_a_few_listings_and_counts_the_rest(count):
    """``plan.complaints[0]`` of a planner's plan showed its 300 URLs in the notebook."""
    urls = tuple(_URL.format(600000000000 + n) for n in range(count))
    complaint = Complaint(id="c", platform="taobao", right="tm-1", reason="x", listings=urls)
    text = repr(complaint)
    assert len(text) < 700 and "id='c'" in text
    if count <= 5:
        assert f"listings={urls!r}" in text
    else:
        assert f"{urls[2]!r}, ... {count - 3:,} more)" in text and repr(urls[3]) not in text
