"""rules50: two citations made in code are data of the rule book now.

* R39 (a registration only in Hong Kong or Taiwan is not a mainland-China right) was added
  to a Taobao-family refusal by a condition in the checks; the registration records say it
  per place (``place_rules``), and ``check``, ``coverage``, ``RuleBook.citing`` and the
  ``rules`` views read it there, so a user's rule book can change it.
* The sources of the rules an abuse finding's Good Faith consequence rests on were a table in
  the checks; the rule book names each rule's sources (``rule_sources``,
  ``RuleBook.rule_sources``).
* B9 against R31: the brief asks an invention patent for an evaluation report it cannot have;
  the brief's reading stays the default and every surface says the official one differs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from ipprules import RuleDataError, check, default_rulebook, load_rulebook
from ipprules.checks import plan_from_data
from ipprules.cli import main
from ipprules.coverage import coverage
from ipprules.rulebook import RuleBook
from ipprules.rulebook.loader import load_embedded_data
from ipprules.rulebook.validate import validate

from .test_rule_text_check21 import DESIGN, PATENT_CERT, RULE_SOURCES, taking

DAY = "2026-12-02"
BOOK = default_rulebook()

#: The Taobao family's registration record without its place rules, and with one for Macau.
OVERRIDE = """
[[registrations]]
id = "taobao"
accepted = ["CN"]
effective_from = 2015-01-06
sources = ["BRIEF"]
confidence = "brief"
rules = ["B12", "R34", "R35", "D7"]
place_rules = [{{place = "MO", rules = ["R39"], confidence = "inferred", note = "{note}"}}]
"""
MACAU = "a registration only in Macau is not a mainland-China right"


def _book(tmp_path: Path) -> RuleBook:
    path = tmp_path / "rules.toml"
    path.write_text(OVERRIDE.format(note=MACAU), encoding="utf-8")
    return load_rulebook(path)


def _refusal(data: dict[str, Any], book: RuleBook | None = None) -> Any:
    report = check(plan_from_data(data), rulebook=book)
    (found,) = [f for f in report.findings if f.code == "right-place-not-accepted"]
    return found


# ------------------------------------------------------------------ 1. R39 as data


@pytest.mark.parametrize("platform", ["taobao", "tmall", "1688"])
def test_the_mainland_platforms_registration_records_cite_r39_for_hong_kong_and_taiwan(
    platform: str,
) -> None:
    record = BOOK.as_of(DAY).registrations[platform]
    assert {(p.place, p.rules) for p in record.place_rules} == {
        ("HK", ("R39",)),
        ("TW", ("R39",)),
    }
    assert "R39" not in record.rules  # a mainland right's answer does not cite it
    citing = {(c.section, c.id) for c in BOOK.citing("R39")}
    assert ("registrations", platform) in citing


def test_check_reads_r39_from_the_data_not_from_code(tmp_path: Path) -> None:
    book = _book(tmp_path)
    hk = _refusal(taking("taobao", right_place="HK"), book)
    assert "R39" not in hk.rule_ids and "R39" not in hk.message
    macau = _refusal(taking("taobao", right_place="MO"), book)
    assert "R39" in macau.rule_ids
    assert macau.message.endswith(f"(R39, inferred: {MACAU})")
    # the embedded book: unchanged wording and citation
    embedded = _refusal(taking("taobao", right_place="HK"))
    assert {"R35", "R39"} <= set(embedded.rule_ids)
    assert "(R39, inferred: a registration only in Hong Kong is not a mainland" in embedded.message


def test_coverage_cites_r39_as_the_data_says(tmp_path: Path) -> None:
    def cited(place: str, book: RuleBook | None) -> tuple[str, ...]:
        plan = plan_from_data(taking("taobao", right_place=place))
        cov = coverage(plan, as_of=DAY, horizon=0, rulebook=book, platforms=["taobao"])
        return cov.cell(plan.rights[0].id, "taobao", "listing").rule_ids

    assert "R39" in cited("TW", None) and "R39" not in cited("US", None)
    book = _book(tmp_path)
    assert "R39" not in cited("TW", book) and "R39" in cited("MO", book)


def test_the_registrations_view_shows_the_rules_by_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "registrations", "--as-of", DAY, "--platform", "taobao"]) == 0
    out = capsys.readouterr().out
    assert "by place" in out and "HK: R39 (inferred); TW: R39 (inferred)" in out
    assert main(["rules", "platform", "taobao", "--as-of", DAY]) == 0
    out = capsys.readouterr().out
    assert "place_rules: HK: R39 (inferred), TW: R39 (inferred)" in out
    assert main(["rules", "registrations", "--as-of", DAY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["data"]
    (taobao,) = [r for r in data if r["id"] == "taobao"]
    assert taobao["place_rules"][0] == {
        "place": "HK",
        "rules": ["R39"],
        "confidence": "inferred",
        "note": "a registration only in Hong Kong is not a mainland-China right; it can be "
        "used on AliExpress and Alibaba.com",
    }


def test_the_rules_schema_describes_place_rules() -> None:
    from ipprules.schemas import schema

    defs = schema("rules")["$defs"]
    assert "place_rules" in defs["Registrations"]["properties"]
    assert set(defs["PlaceRule"]["required"]) == {"place", "rules", "confidence"}


# ------------------------------------------------------- 2. each rule's sources as data


def test_the_rule_book_names_each_rules_sources_as_the_rule_text_does() -> None:
    # RULE_SOURCES is the rule text's table, written by hand for check21
    for rule, sources in RULE_SOURCES.items():
        if rule in ("R2", "R3", "R6"):  # not encoded (NOT_ENCODED)
            continue
        assert set(BOOK.rule_sources(rule)) == set(sources), rule
    assert BOOK.rule_sources("B21") == ("BRIEF",)
    assert BOOK.rule_sources("R39") == ()  # inferred: no source of its own


def test_an_abuse_finding_takes_its_consequences_sources_from_the_rule_book() -> None:
    data = taking("taobao", complaint_genuine_goods=True)
    plan = plan_from_data(data)

    def sources(book: RuleBook) -> tuple[str, ...]:
        report = check(plan, rulebook=book, interpretation="official")
        (found,) = [f for f in report.findings if f.code == "complaint-genuine-goods"]
        return found.sources

    assert "S22" in sources(BOOK) and "S21" in sources(BOOK)  # R79's, in the rule text
    named = dict(BOOK.data.rule_sources, R79=("S18",))
    other = RuleBook(attrs.evolve(BOOK.data, rule_sources=named), BOOK.origins)
    assert "S18" in sources(other) and "S22" not in sources(other)


def test_a_rule_source_the_book_does_not_hold_is_refused() -> None:
    data, origins = load_embedded_data()
    named = dict(data.rule_sources, R72=("S11", "S999"))
    with pytest.raises(RuleDataError, match=r"book\.json.*rule_sources\.R72.*'S999'"):
        validate(attrs.evolve(data, rule_sources=named), origins)


# ------------------------------------------------------------------- 3. B9 against R31


def test_the_rule_book_page_states_the_invention_patent_disagreement() -> None:
    text = (Path(__file__).parents[2] / "docs" / "rulebook.md").read_text(encoding="utf-8")
    assert "an invention patent cannot have one" in text


def test_an_invention_patent_without_a_report_says_the_official_reading_differs() -> None:
    fields = {**DESIGN, "right_subtype": "invention", "complaint_reason": "pat_invention"}
    data = taking("taobao", right_documents=[PATENT_CERT], **fields)
    right = data["rights"][0]
    plan = plan_from_data(data)
    report = check(plan)
    (missing,) = [f for f in report.findings if f.code == "right-document-missing"]
    assert "patent_evaluation_report" in missing.message and missing.rule_ids == ("B9",)
    assert "official" in missing.other_readings
    (said,) = [f for f in report.findings if f.code == "other-reading-finding"]
    assert said.message.startswith("under the official interpretation") and "R31" in said.rule_ids
    official = check(plan, interpretation="official")
    assert "right-document-missing" not in [f.code for f in official.findings]
    cov = coverage(plan, as_of=DAY, horizon=0, platforms=["taobao", "aliexpress"])
    for platform in ("taobao", "aliexpress"):
        cell = cov.cell(right["id"], platform, "listing")
        assert "B9" in cell.rule_ids
        assert str(dict(cell.other_readings)["official"]) == "covered"


def test_a_rules_file_names_a_rules_sources_and_an_unknown_one_is_refused_there(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[rule_sources]\nR79 = ["S18"]\n', encoding="utf-8")
    book = load_rulebook(path)
    assert book.rule_sources("R79") == ("S18",)
    assert book.rule_sources("R72") == BOOK.rule_sources("R72")
    report = check(plan_from_data(taking("taobao", complaint_genuine_goods=True)), rulebook=book)
    (found,) = [f for f in report.findings if f.code == "complaint-genuine-goods"]
    assert "S18" in found.sources and "R79" in found.rule_ids
    path.write_text('[rule_sources]\nR72 = ["S11", "S999"]\n', encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.path, problem.line) == (str(path), "$.rule_sources.R72", 2)
    assert "unknown source 'S999' (a source of R72)" in problem.message
