"""Every result serialises the same way: plain JSON-ready data (``as_dict``/``to_dict``, the
name its package uses) naming the rule book that answered, records and a frame; and the CLI
prints the result's own dict rather than one it builds by hand (they cannot drift apart)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main
from ipprules.counternotice import read_counter_notice
from ipprules.coverage import coverage_summary
from ipprules.goodfaith import History
from ipprules.lifecycle import read_events
from ipprules.listings import Summary
from ipprules.penalties import read_violations
from ipprules.planner import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = "2026-11-23"
BOOK = ipprules.default_rulebook().label


def _plan() -> Any:
    account = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    urls = (EXAMPLES / "urls.txt").read_text(encoding="utf-8").splitlines()
    return ipprules.plan_listings(
        urls, account, as_of=AS_OF, settings=Settings(reason="tm_counterfeit")
    )


def _coverage_diff() -> Any:
    portfolio = ipprules.read_plan(EXAMPLES / "portfolio.toml")
    now = ipprules.coverage(portfolio, as_of=AS_OF)
    return ipprules.coverage_diff(now, ipprules.coverage(portfolio, as_of="2027-02-21"))


def _penalty() -> Any:
    violations = read_violations(EXAMPLES / "violations-aliexpress.csv")
    return ipprules.penalty_standing(violations, "aliexpress", "2024-06-30")


def _history() -> History:
    return History.from_file(EXAMPLES / "history.csv")


#: name -> (make the result, where its rule book is in its dict; None: it depends on none)
RESULTS: dict[str, tuple[Callable[[], Any], tuple[str, ...] | None]] = {
    "Report": (
        lambda: ipprules.check(ipprules.read_plan(EXAMPLES / "plan.toml"), as_of=AS_OF),
        ("rulebook",),
    ),
    "Coverage": (
        lambda: ipprules.coverage(ipprules.read_plan(EXAMPLES / "portfolio.toml"), as_of=AS_OF),
        ("rulebook",),
    ),
    "CoverageDiff": (_coverage_diff, ("before", "rulebook")),
    "CoverageSummary": (
        lambda: coverage_summary(ipprules.read_plan(EXAMPLES / "portfolio.toml"), as_of=AS_OF),
        ("rulebook",),
    ),
    "Standing": (lambda: ipprules.standing(_history(), "2023-03-31"), ("rulebook",)),
    "WhatIf": (lambda: ipprules.what_if(_history(), [], "2023-03-31"), ("after", "rulebook")),
    "Timeline": (
        lambda: ipprules.timeline(_history(), "2022-12-01", "2022-12-31"),
        ("rulebook",),
    ),
    "Assessment": (
        lambda: ipprules.assess_counter_notice(
            read_counter_notice(EXAMPLES / "counter-notice-alibaba.toml")
        ),
        ("rulebook",),
    ),
    "PenaltyStanding": (_penalty, ("rulebook",)),
    "LifecycleReport": (
        lambda: read_events(EXAMPLES / "lifecycle-counter-notice.json").report(),
        ("rulebook",),
    ),
    "PlanningResult": (_plan, ("rulebook",)),
    "ResolvedRules": (lambda: ipprules.default_rulebook().as_of(AS_OF), ("rulebook",)),
    "ParseResults": (lambda: ipprules.parse_listings(["https://a.example/x", "nonsense"]), None),
    "Advice": (
        lambda: ipprules.advise("trademark", "taobao", facts=["counterfeit_product"], as_of=AS_OF),
        ("rulebook",),
    ),
    "Deadlines": (  # a slice keeps the rule book (dl2)
        lambda: ipprules.lifecycle.deadlines_from("takedown", AS_OF)[:1],
        ("rulebook",),
    ),
}


def _as_dict(result: Any) -> dict[str, Any]:
    method = getattr(result, "as_dict", None) or result.to_dict
    data: dict[str, Any] = method()
    return data


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(RESULTS))
def test_every_result_gives_json_ready_data_naming_its_rule_book(name: str) -> None:
    make, where = RESULTS[name]
    result = make()
    assert type(result).__name__ == name
    data = _as_dict(result)
    assert json.loads(json.dumps(data, allow_nan=False)) == data  # plain JSON, no default=
    if where is not None:
        found: Any = data
        for key in where:
            found = found[key]
        assert found == BOOK


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(RESULTS))
def test_every_result_answers_to_both_names_of_its_data(name: str) -> None:
    """``standing(...).as_dict()`` was an AttributeError where ``check(...).as_dict()`` and
    ``coverage(...).as_dict()`` answer: a notebook should not need to know which package
    named it which way."""
    result = RESULTS[name][0]()
    assert result.as_dict() == result.to_dict()


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(RESULTS))
def test_every_result_gives_records_and_a_frame_of_them(name: str) -> None:
    pytest.importorskip("pandas")
    result = RESULTS[name][0]()
    records = result.to_records()
    frame = result.to_frame()
    assert list(frame.columns) == list(records[0]) and len(frame) == len(records) > 0


def test_the_penalty_records_are_the_checks_of_the_standing() -> None:
    standing = _penalty()
    records = standing.to_records()
    checks = [*standing.closure, *standing.bar]
    assert [(r["check"], r["threshold"], r["met"]) for r in records] == [
        (c.name, c.threshold, c.met.value) for c in checks
    ]
    assert {(r["platform"], r["as_of"], r["rulebook"]) for r in records} == {
        ("aliexpress", standing.as_of, BOOK)
    }


def test_the_plan_command_prints_the_results_own_dict(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["plan", str(EXAMPLES / "planner-urls.csv"), "--account"]
    argv += [str(EXAMPLES / "planner-account.toml"), "--as-of", AS_OF, "--format", "json"]
    main(argv)
    printed = json.loads(capsys.readouterr().out)
    lines = ipprules.planner.read_lines(str(EXAMPLES / "planner-urls.csv"))
    account = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    data = ipprules.plan_listings(lines, account, as_of=AS_OF).as_dict()
    assert {k: printed[k] for k in data} == data
    assert set(printed) - set(data) == {"ignored_columns", "projection", "written"}


URL = st.sampled_from(
    [
        "https://www.aliexpress.com/item/1005004878609097.html",
        "https://es.aliexpress.com/item/1005004878609097.html?spm=x",
        "https://detail.tmall.com/item.htm?id=690091011924",
        "not a url",
        "",
    ]
)


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(st.one_of(URL, st.text(max_size=12)), max_size=8))
def test_parse_results_data_is_its_records_and_summary_read_once(texts: list[str]) -> None:
    results = ipprules.parse_listings(texts)
    data = results.as_dict()
    assert data == {"results": results.to_records(), "summary": results.summary().as_dict()}
    assert ipprules.parse_listings(iter(texts)).as_dict() == data  # a one-shot stream: once
    assert json.loads(json.dumps(data)) == data


def test_the_listings_command_prints_the_summarys_own_dict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = ["https://detail.tmall.com/item.htm?id=690091011924", "x", "https://a.example/"]
    (tmp_path / "urls.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
    main(["listings", str(tmp_path / "urls.txt"), "--format", "json"])
    printed = json.loads(capsys.readouterr().out)
    summary = ipprules.parse_listings(texts).summary()
    assert isinstance(summary, Summary)
    # the command adds what only it counts: lines holding other listings (none here)
    assert printed["summary"] == summary.as_dict() | {"holding_others": 0}


def test_the_timeline_command_prints_the_timelines_own_dict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    start, end = "2022-12-01", "2022-12-31"
    main(
        ["good-faith", str(EXAMPLES / "history.csv"), "--timeline", start, end, "--format", "json"]
    )
    printed = json.loads(capsys.readouterr().out)
    data = ipprules.timeline(_history(), start, end, other_readings=True).to_dict()
    assert (printed["from"], printed["to"]) == (data["start"], data["end"])
    for key in ("interpretation", "rulebook", "changes", "days"):  # the rule book was missing
        assert printed[key] == data[key], key


#: The results whose records are rows of their own (not the reconciliation lines of a plan,
#: nor cells compared across two answers): each record names the reading and the rule book,
#: so frames of several runs concatenated still say what answered each row.
PROVENANCE = ("Report", "Coverage", "Standing", "WhatIf", "Timeline", "Assessment")
PROVENANCE += ("LifecycleReport", "Advice")


@pytest.mark.parametrize("name", PROVENANCE)
def test_every_record_names_the_reading_and_the_rule_book(name: str) -> None:
    result = RESULTS[name][0]()
    records = result.to_records()
    assert records
    assert {(r["interpretation"], r["rulebook"]) for r in records} == {("brief", BOOK)}


def test_every_record_names_the_overriding_rule_book() -> None:
    book = ipprules.load_rulebook(EXAMPLES / "rules-override.toml")
    history = _history()
    results = [
        ipprules.standing(history, "2023-03-31", rulebook=book),
        ipprules.timeline(history, "2022-12-30", "2022-12-31", rulebook=book),
        ipprules.coverage(
            ipprules.read_plan(EXAMPLES / "portfolio.toml"), as_of=AS_OF, rulebook=book
        ),
    ]
    for result in results:
        assert {r["rulebook"] for r in result.to_records()} == {book.label} != {BOOK}


#: Every answer that rests on a reading of the disputed rules (name -> make it).
ANSWERS: dict[str, Callable[[], Any]] = {
    **{name: make for name, (make, _) in RESULTS.items() if name in PROVENANCE},
    "PenaltyStanding": _penalty,
    "PlanningResult": _plan,
    "DeadlineResult": lambda: ipprules.deadline_for("ipr_verification", "2024-09-27"),
    "Advice": lambda: ipprules.advise("trademark", "taobao", as_of=AS_OF),
}


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_every_answer_names_its_reading_and_rule_book_in_fields_and_data(name: str) -> None:
    """The reading and the book are fields of the answer and keys of its JSON-ready data
    (a penalty standing and a deadline named no reading, a what-if neither)."""
    result = ANSWERS[name]()
    assert type(result).__name__ == name
    assert (result.interpretation, result.rulebook) == ("brief", BOOK)
    data = _as_dict(result)
    assert (data["interpretation"], data["rulebook"]) == ("brief", BOOK)


def test_a_penalty_standings_records_name_the_reading() -> None:
    records = _penalty().to_records()
    assert records and {(r["interpretation"], r["rulebook"]) for r in records} == {("brief", BOOK)}


def test_the_reading_named_is_the_one_that_answered() -> None:
    book = ipprules.default_rulebook()
    violations = read_violations(EXAMPLES / "violations-aliexpress.csv")
    view = book.as_of("2024-06-30", "official")
    penalties = ipprules.penalty_standing(violations, "aliexpress", "2024-06-30", view)
    assert penalties.interpretation == penalties.to_dict()["interpretation"] == "official"
    assert {r["interpretation"] for r in penalties.to_records()} == {"official"}
    deadline = ipprules.deadline_for(
        "ipr_verification", "2024-09-27", book.as_of("2024-09-27", "official")
    )
    assert deadline.interpretation == deadline.to_dict()["interpretation"] == "official"
    what_if = ipprules.what_if(_history(), [], "2023-03-31", interpretation="official")
    assert what_if.interpretation == what_if.to_dict()["interpretation"] == "official"


def _public_classes() -> dict[str, type]:
    import importlib
    import pkgutil

    found: dict[str, type] = {}
    names = ["ipprules"] + [
        m.name
        for m in pkgutil.walk_packages(ipprules.__path__, "ipprules.")
        if not any(part.startswith("_") for part in m.name.split("."))
    ]
    for module_name in names:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def test_every_public_class_with_as_dict_has_to_dict() -> None:
    """``to_dict()`` is the one name (as ``to_records``, ``to_frame``); the classes that had
    ``as_dict()`` keep it (``Listing.as_dict`` is the Dask path's record schema)."""
    with_as_dict = {n: c for n, c in _public_classes().items() if hasattr(c, "as_dict")}
    assert len(with_as_dict) >= 10
    assert sorted(n for n, c in with_as_dict.items() if not hasattr(c, "to_dict")) == []


@pytest.mark.parametrize("name", sorted(ANSWERS.keys() | RESULTS.keys()))
def test_to_dict_and_as_dict_give_the_same_data(name: str) -> None:
    result = ANSWERS[name]() if name in ANSWERS else RESULTS[name][0]()
    data = result.to_dict()
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    if hasattr(result, "as_dict"):
        assert result.as_dict() == data


def test_an_elements_to_dict_is_its_as_dict() -> None:
    results = ipprules.parse_listings(["https://item.taobao.com/item.htm?id=1234567", "x"])
    for _, item in results:
        assert item.to_dict() == item.as_dict()
    assert results.summary().to_dict() == results.summary().as_dict()
