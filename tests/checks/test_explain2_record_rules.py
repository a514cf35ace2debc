"""``explain CODE`` names every rule a finding of that code can cite.

A finding cites the rules of the rule-book records it consulted, or its catalogue entry's when
it consulted none (``checks/context.py``); ``explain`` lists, after the catalogue's, the rules
of the records the code's findings rest on (``checks/findings.py``), read from the book in
use on the date asked. Every case of the case suite (``cases/*.toml``) is checked against it,
on the plan's date and on any date, and the list follows the book: an override whose record
cites another rule changes it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from ipprules import default_rulebook
from ipprules._codes import entry_data
from ipprules.checks import catalogue, check, plan_from_data
from ipprules.checks.findings import RECORD_RULES, record_rules
from ipprules.cli import main

from .conftest import build_case, load_cases

CASES = sorted((Path(__file__).parent / "cases").glob("*.toml"))


def _findings() -> list[tuple[str, dt.date, Any]]:
    """(case name, plan date, finding) of every finding of every case."""
    out = []
    for path in CASES:
        base, cases = load_cases(path)
        for case in cases:
            data = build_case(base, case)
            day = case.get("as_of") or data.get("as_of")
            report = check(
                plan_from_data(data), as_of=day, interpretation=case.get("interpretation")
            )
            out += [(f"{path.stem}: {case['name']}", day, f) for f in report.findings]
    return out


FINDINGS = _findings()


def test_every_finding_cites_only_rules_explain_names() -> None:
    """On the plan's date and on any date (the default), per code: none left out."""
    named: dict[tuple[str, dt.date | None], set[str]] = {}
    missing = []
    for name, day, f in FINDINGS:
        for when in (day, None):
            key = (f.code, when)
            if key not in named:
                named[key] = set(entry_data(f.code, None, when)["rules"])
            if not set(f.rule_ids) <= named[key]:
                missing.append((name, f.code, when, sorted(set(f.rule_ids) - named[key])))
    assert len({f.code for _, _, f in FINDINGS}) > 80  # the suite raises nearly every code
    assert missing == []


def test_the_declared_records_exist_in_the_book() -> None:
    """Each selector names a section of the book and picks at least one record of it."""
    book = default_rulebook()
    assert set(RECORD_RULES) <= set(catalogue())
    for code, selectors in RECORD_RULES.items():
        for selector in selectors:
            if selector[0].isupper():
                assert book.rule_sources(selector) is not None, (code, selector)
                continue
            section, _, match = selector.partition(":")
            field, _, value = match.partition("=")
            picked = [
                r
                for r in book.records(section)
                if not field or str(getattr(r, field, None)) == value
            ]
            assert picked, (code, selector)


def test_a_marketplace_listing_on_another_platform_cites_b16_b17_and_b1() -> None:
    """B16 (one platform per complaint) and B17 (each listing checked) are the rule broken;
    the marketplace's record (B1: Xianyu is filed as Taobao) says where the listing goes."""
    wrong = [f for _, _, f in FINDINGS if f.code == "listing-wrong-platform"]
    assert any("B1" in f.rule_ids for f in wrong)
    assert all({"B16", "B17"} <= set(f.rule_ids) for f in wrong), [f.rule_ids for f in wrong]


def test_explain_reads_the_records_of_the_book_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An override whose reason code cites R5 adds R5 to evidence-missing's rules (a finding
    resting on that reason code cites it); the embedded book's reason codes do not cite it."""
    override = tmp_path / "rules.toml"
    override.write_text(
        'name = "mine"\nreplace = ["reason_codes"]\n\n[[reason_codes]]\nid = "my_counterfeit"\n'
        'label = "Counterfeit"\ndescription = "mine"\nipr_type = "trademark"\n'
        'platforms = ["taobao"]\neffective_from = 2015-01-06\nsources = ["BRIEF"]\n'
        'confidence = "user"\nfacts = ["counterfeit_product"]\nrules = ["R5"]\n',
        encoding="utf-8",
    )
    assert "R5" not in record_rules("evidence-missing")
    mine = default_rulebook().with_overrides(override)
    assert "R5" in record_rules("evidence-missing", mine)
    assert main(["explain", "evidence-missing", "--rules", str(override), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "R5" in data["rules"] and data["catalogue_rules"] == ["B17"]
    assert data["rules_as_of"] is None


def test_explain_as_of_reads_the_records_in_force_then(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record that starts later is left out before its start and named from it. Every
    embedded channel starts with the book's coverage, before which ``--as-of`` is refused
    (rules52), so the later record is a rules file's."""
    late = tmp_path / "late.toml"
    late.write_text(
        'name = "late"\n[[sources]]\nid = "MINE"\ntitle = "ours"\nkind = "user"\n'
        '[[channels]]\nid = "late_form"\nname = "a later form"\nmax_listings = 5\n'
        'effective_from = 2020-01-01\nsources = ["MINE"]\nconfidence = "user"\nrules = ["R94"]\n',
        encoding="utf-8",
    )
    assert "R94" not in catalogue()["listings-empty"].rules
    argv = ["explain", "listings-empty", "--rules", str(late), "--as-of"]
    assert main([*argv, "2019-12-31", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rules_as_of"] == "2019-12-31"
    assert "R94" not in data["rules"]
    assert main([*argv, "2020-01-01"]) == 0
    text = capsys.readouterr().out
    assert "R94" in text
    assert "cited by the rule-book records its findings can rest on, in force on" in text
    assert main(["explain", "listings-empty", "--as-of", "2015-01-05"]) == 2
    assert "before the rule book's coverage (from 2015-01-06)" in capsys.readouterr().err


def test_json_and_csv_name_each_findings_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check --format json`` and ``csv`` give each finding the ``file`` and ``line`` the
    text output shows after its path (``(plan.toml:107)``), from the same locator."""
    import csv
    import io
    import re

    plan = tmp_path / "plan.toml"
    plan.write_text(
        (Path(__file__).parents[2] / "examples" / "plan.toml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    main(["check", "plan.toml"])
    shown = {
        (m[1], m[2], int(m[3]))
        for m in re.finditer(r" (\S+)  (\$\S*)  \(plan\.toml:(\d+)\)", capsys.readouterr().out)
    }
    assert len(shown) > 5
    main(["check", "plan.toml", "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert {(f["code"], f["path"], f["line"]) for f in findings} == shown
    assert {f["file"] for f in findings} == {"plan.toml"}
    assert list(findings[0])[2:5] == ["path", "file", "line"]
    main(["check", "plan.toml", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["code"], r["path"], int(r["line"])) for r in rows} == shown
    assert {r["file"] for r in rows} == {"plan.toml"}
