"""left13: every result that names its rule book gives its version and date too, and
``--version``'s help says it ignores ``--format``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from tests._cli import run_cli

import ipprules
from ipprules.coverage import CoverageSummary
from ipprules.goodfaith import Complaint


def test_version_says_it_prints_text_whatever_the_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(["--help"], capsys)
    assert code == 0
    help_text = " ".join(out.split())
    assert "--version ignores it" in help_text
    code, out, _ = run_cli(["--version", "--format", "json"], capsys)
    assert code == 0 and out.startswith("ipprules ") and not out.startswith("{")


BOOK = {"rulebook_version": "2026.11.23", "rulebook_date": "2026-11-23"}


def _named(data: dict[str, Any]) -> dict[str, Any]:
    """The rule book's keys of a ``to_dict()``, which must sit right after ``rulebook``."""
    keys = list(data)
    at = keys.index("rulebook")
    assert keys[at + 1 : at + 3] == ["rulebook_version", "rulebook_date"], keys
    return {k: data[k] for k in BOOK}


def test_good_faith_advice_coverage_and_views_name_the_books_version_and_date() -> None:
    history = ipprules.History.from_records(
        [Complaint(filed="2022-12-01", platform="taobao", reason_code="tm_counterfeit",
                   listings=10, taken_down=9, rejected=1)]
    )  # fmt: skip
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    cover = ipprules.coverage(portfolio, as_of="2026-11-23")
    results = [
        ipprules.timeline(history, "2022-12-30", "2022-12-31").to_dict(),
        ipprules.what_if(history, [], "2022-12-31").to_dict(),
        ipprules.advise(
            "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23"
        ).to_dict(),
        cover.to_dict(),
        CoverageSummary.of(cover).to_dict(),
        ipprules.default_rulebook().as_of("2026-11-23").to_dict(),
    ]
    for data in results:
        assert _named(data) == BOOK
    diff = ipprules.coverage_diff(cover, cover).to_dict()
    assert _named(diff["before"]) == _named(diff["after"]) == BOOK


def test_counter_notice_penalties_deadlines_lifecycle_plans_and_diffs_name_them_too(
    tmp_path: Path,
) -> None:
    from ipprules.counternotice import read_counter_notice
    from ipprules.lifecycle import State, deadlines_from, read_events, reject_counter_notices
    from ipprules.penalties import read_violations
    from ipprules.planner import Settings, plan_listings

    book = ipprules.default_rulebook()
    notice = read_counter_notice("examples/counter-notice-alibaba.toml")
    violations = read_violations("examples/violations-aliexpress.csv")
    found = deadlines_from("takedown", "2022-01-19", platform="aliexpress")
    plan = plan_listings(
        ["https://item.taobao.com/item.htm?id=606832683299"],
        ipprules.read_plan("examples/planner-account.toml"),
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit"),
    )
    results = [
        ipprules.assess_counter_notice(notice).to_dict(),
        ipprules.penalty_standing(violations, "aliexpress", "2024-06-30").to_dict(),
        found.to_dict(),
        found[0].to_dict(),
        found[:1].to_dict(),  # a slice keeps its labels
        ipprules.deadline_for("ipr_verification", "2024-09-27").to_dict(),
        read_events("examples/lifecycle-counter-notice.json").report().to_dict(),
        reject_counter_notices({"A1": State.COUNTER_NOTIFIED_1}, reason="forged").to_dict(),
        plan.to_dict(),
        ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20")).to_dict(),
    ]
    for data in results:
        assert _named(data) == BOOK
    from ipprules.planner.export import export  # plan --out's manifest.json

    written = export(plan, tmp_path / "out")
    manifest = next(p for p in written if p.name == "manifest.json")
    assert _named(json.loads(manifest.read_text(encoding="utf-8"))) == BOOK
    # a deadline's record gives its dates as dates, the book's too
    assert found.to_records()[0]["rulebook_date"] == dt.date(2026, 11, 23)
    # two books compared over all dates: no view, no label, no version
    assert _named(ipprules.diff_rules(book, book).to_dict()) == dict.fromkeys(BOOK)


def test_every_public_result_naming_its_rule_book_names_its_version() -> None:
    """Any public class whose results name the book (``rulebook``) and give ``to_dict()``
    also carries ``rulebook_version`` (which ``to_dict()`` gives with its date)."""
    import importlib

    packages = ("checks", "coverage", "goodfaith", "lifecycle", "penalties", "planner")
    modules = [ipprules, *(importlib.import_module(f"ipprules.{n}") for n in packages)]
    modules += [importlib.import_module("ipprules.counternotice"), ipprules.rulebook]
    naming = {
        value
        for module in modules
        for value in (getattr(module, n) for n in module.__all__)
        if isinstance(value, type) and hasattr(value, "to_dict") and _has(value, "rulebook")
    }
    assert len(naming) >= 16, sorted(c.__name__ for c in naming)
    assert sorted(c.__name__ for c in naming if not _has(c, "rulebook_version")) == []


def _has(cls: type, name: str) -> bool:
    return hasattr(cls, name) or name in {a.name for a in getattr(cls, "__attrs_attrs__", ())}


def test_the_commands_json_names_the_version_and_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv, exit_code in (
        (["rules", "summary", "--as-of", "2022-01-19"], 0),
        (["rules", "diff", "--as-of", "2022-01-19", "--to", "2022-01-20"], 1),  # a change
        (["good-faith", "examples/history.csv", "--timeline", "2022-12-30", "2022-12-31"], 0),
        (["deadline", "takedown", "--on", "2022-01-19"], 0),
        (["deadline", "ipr_verification", "--on", "2024-09-27"], 0),  # a deadline's id
    ):
        code, out, err = run_cli([*argv, "--format", "json"], capsys)
        assert code == exit_code, err
        data = json.loads(out)
        assert _named(data) == BOOK, argv
        if argv[1] == "diff":
            assert _named(data["data"]["to"]) == BOOK


def test_plan_json_names_them_on_one_machine_and_with_workers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("https://item.taobao.com/item.htm?id=606832683299\n", encoding="utf-8")
    argv = ["plan", str(urls), "--account", "examples/planner-account.toml"]
    code, out, err = run_cli([*argv, "--as-of", "2026-11-23", "--format", "json"], capsys)
    assert code in (0, 1), err
    assert _named(json.loads(out)) == BOOK
    from ipprules.scale.cli import _plan_summary  # what `plan --workers` prints, summed up

    plan = ipprules.read_plan("examples/planner-account.toml")
    asked = argparse.Namespace(format="json", interpretation=None, strategy="fewest", out=None)
    _plan_summary(asked, None, ["2026-11-23"], plan, {"planned": 1}, 1)
    assert _named(json.loads(capsys.readouterr().out)) == BOOK
