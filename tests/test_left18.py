"""left18: a complaint filed with a reason code its platform offers only by the rule book's
inference (a record's ``inferred_platforms``: R50's undisclosed member codes, R54's design
texts beyond Taobao) gets the info ``reason-offered-inferred``, naming the codes the platform
offers by its sources' word for the same facts; ``rules reasons --platform P`` marks such a
code (column ``offered``, JSON ``offered_by_inference``) and keeps the catalogue's order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests._cli import run_cli

import ipprules

_CODE = "reason-offered-inferred"

_PLAN = """as_of = 2026-11-23

[account]
name = "Lumen Optics Co., Ltd."
location = "elsewhere"
identity = "enterprise"
documents = ["business_registration"]
complaints_filed = 400
good_faith = {member}

[[rights]]
id = "tm"
ipr_type = "trademark"
place = "CN"
name = "LUMEN"
number = "31234567"
classes = [9]
expiry_date = 2035-06-13
registrant = "Lumen Optics Co., Ltd."
documents = ["trademark_certificate"]

[[rights]]
id = "design"
ipr_type = "patent"
subtype = "design"
place = "CN"
number = "ZL201930123456.7"
expiry_date = 2034-06-13
documents = ["patent_certificate", "patent_evaluation_report"]

[[complaints]]
id = "tm"
platform = "taobao"
right = "tm"
reason = "{reason}"
supplement = "Counterfeit lamps."
listings = ["https://item.taobao.com/item.htm?id=600000000001"]

[[complaints]]
id = "design-tmall"
platform = "tmall"
right = "design"
reason = "pat_design_suspected"
supplement = "The lamps copy the design."
listings = ["https://detail.tmall.com/item.htm?id=600000000002"]

[[complaints]]
id = "design-taobao"
platform = "taobao"
right = "design"
reason = "pat_design_suspected"
supplement = "The lamps copy the design."
listings = ["https://item.taobao.com/item.htm?id=600000000003"]
"""


def _plan(tmp_path: Path, member: bool, reason: str = "gf_counterfeit_simplified") -> Path:
    path = tmp_path / "plan.toml"
    text = _PLAN.replace("{member}", str(member).lower()).replace("{reason}", reason)
    path.write_text(text, encoding="utf-8")
    return path


def _found(report: ipprules.Report) -> dict[str, ipprules.Finding]:
    return {f.path: f for f in report.findings if f.code == _CODE}


def test_check_says_the_code_is_offered_only_by_inference(tmp_path: Path) -> None:
    report = ipprules.check(ipprules.read_plan(_plan(tmp_path, member=True)))
    found = _found(report)
    assert sorted(found) == ["$.complaints[0].reason", "$.complaints[1].reason"]
    member = found["$.complaints[0].reason"]
    assert member.severity.value == "info"
    assert "taobao offers gf_counterfeit_simplified only by the rule book's inference" in (
        member.message
    )
    # the sourced codes for the same fact (counterfeit_product), not tm_misuse
    assert "same facts: tm_counterfeit, tm_counterfeit_test_purchase [" in member.message
    assert member.message.endswith("[confidence inferred: R50, R75, R76]")
    assert member.rule_ids == ("R50", "R75", "R76") and member.sources == ("S11", "S12")
    design = found["$.complaints[1].reason"]  # R54's texts on Tmall; pat_design is not Tmall's
    assert "no code tmall offers by its sources' word fits the same facts" in design.message
    assert design.message.endswith("[confidence inferred: R54, R30]")
    # Taobao offers R54's texts by its source's word: no finding at $.complaints[2]
    assert ipprules.explain(_CODE).severity.value == "info"


def test_no_note_where_the_code_is_refused_or_sourced(tmp_path: Path) -> None:
    # a non-member's stand-in is refused (reason-good-faith-only): the refusal is the answer
    report = ipprules.check(ipprules.read_plan(_plan(tmp_path, member=False)))
    assert "reason-good-faith-only" in {f.code for f in report.findings}
    assert list(_found(report)) == ["$.complaints[1].reason"]
    report = ipprules.check(ipprules.read_plan(_plan(tmp_path, True, "tm_counterfeit")))
    assert list(_found(report)) == ["$.complaints[1].reason"]


def _book(tmp_path: Path, inferred: bool) -> ipprules.RuleBook:
    """The embedded book with a user's code offered on Taobao by inference or not."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[[sources]]\nid = "MINE"\ntitle = "Our account"\nkind = "user"\n\n'
        '[[reason_codes]]\nid = "acme_counterfeit"\nlabel = "Counterfeit"\n'
        'description = "Ours."\nipr_type = "trademark"\nplatforms = ["taobao"]\n'
        + ('inferred_platforms = ["taobao"]\n' if inferred else "")
        + 'severity = "serious"\nfacts = ["counterfeit_product"]\n'
        'effective_from = 2015-01-06\nsources = ["MINE"]\nconfidence = "user"\n',
        encoding="utf-8",
    )
    return ipprules.default_rulebook().with_overrides(path)


def test_the_note_reads_the_records_marks_not_a_code_name(tmp_path: Path) -> None:
    plan = ipprules.read_plan(_plan(tmp_path, True, "acme_counterfeit"))
    marked = _found(ipprules.check(plan, rulebook=_book(tmp_path, inferred=True)))
    assert "taobao offers acme_counterfeit only" in marked["$.complaints[0].reason"].message
    plain = _found(ipprules.check(plan, rulebook=_book(tmp_path, inferred=False)))
    assert "$.complaints[0].reason" not in plain
    # a user's sourced code is named among the alternatives to the stand-in
    plan = ipprules.read_plan(_plan(tmp_path, True))
    found = _found(ipprules.check(plan, rulebook=_book(tmp_path, inferred=False)))
    assert "acme_counterfeit, tm_counterfeit" in found["$.complaints[0].reason"].message


def test_cli_check_and_rules_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["check", str(_plan(tmp_path, member=True))], capsys)
    assert code == 0 and f"info    {_CODE}  $.complaints[0].reason" in out
    argv = ["rules", "reasons", "--platform", "taobao", "--ipr-type", "trademark", "--member"]
    argv += ["--as-of", "2026-11-23"]
    code, out, _ = run_cli(argv, capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split()[-2:] == ["offered", "confidence"]
    rows = {line.split()[0]: line.split()[-2] for line in lines[3:] if line[:1].isalpha()}
    assert list(rows) == [  # the catalogue's order, kept: marked, not reordered
        "gf_counterfeit_simplified",
        "tm_counterfeit",
        "tm_counterfeit_test_purchase",
        "tm_misuse",
    ]
    assert rows["gf_counterfeit_simplified"] == "inferred" and rows["tm_counterfeit"] == "sourced"
    code, out, _ = run_cli([*argv, "--format", "json"], capsys)
    data = json.loads(out)["offered_by_inference"]
    assert list(data) == list(rows)  # one mark per record listed, beside the book's records
    assert data["gf_counterfeit_simplified"] is True and data["tm_counterfeit"] is False
    # a store-front code listed for the documented gap (D13, official): unknown, null
    argv = ["rules", "reasons", "--platform", "aliexpress", "--target", "storefront"]
    argv += ["--interpretation", "official", "--as-of", "2026-11-23", "--format", "json"]
    code, out, _ = run_cli(argv, capsys)
    assert json.loads(out)["offered_by_inference"]["tm_store_misuse"] is None
    # without --platform the catalogue has no such column or key
    code, out, _ = run_cli(["rules", "reasons", "--as-of", "2026-11-23"], capsys)
    assert "offered" not in out.splitlines()[1]
    code, out, _ = run_cli(
        ["rules", "reasons", "--as-of", "2026-11-23", "--format", "json"], capsys
    )
    assert "offered_by_inference" not in json.loads(out)
