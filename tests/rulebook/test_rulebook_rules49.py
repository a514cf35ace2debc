"""rules49: the left-overs of rules47 and rules48 on the rule book.

* ``attrs.evolve`` on a user's reason code without ``severity`` dropped the mark (an
  ``init=False`` field), so the copy read as a stated ``general``; the mark is kept now.
* What ``rules section NAME --format json`` prints did not read back as a rules file (its
  envelope's keys, and ``"severity": "unknown"``, were refused); it reads back now, with the
  same meaning, and another view's JSON is refused, saying which view's output reads back.
* ``reason-wrong-platform`` and ``supplement-burden-inferred`` cited the code record's (and
  the Good Faith record's) rules; they cite the rules the answer rests on.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from test_rulebook_rules46 import _book_file
from test_rulebook_sweep45 import ACCOUNT, DESIGN, TRADEMARK, _found, _plan

from ipprules import RuleDataError, advise, default_rulebook, diff_rules, load_rulebook
from ipprules.rulebook.model import Severity
from test_newuser8 import _run

DAY = "2026-11-23"


# ------------------------------------------------------------- 1. evolve keeps the mark


def _unstated(tmp_path: Path):  # type: ignore[no-untyped-def]
    return load_rulebook(_book_file(tmp_path, None)).as_of(DAY).reason_code("acme_counterfeit")


def test_evolve_keeps_an_unstated_class_unknown(tmp_path: Path) -> None:
    code = _unstated(tmp_path)
    copy = attrs.evolve(code, label="Counterfeit (ours)")
    assert copy.severity_unstated_in == code.severity_unstated_in != ""
    assert [copy.severity_confidence_on(p) for p in copy.platforms] == ["unknown", "unknown"]
    assert copy.to_dict()["severity"] == "unknown"
    assert copy == attrs.evolve(code, label="Counterfeit (ours)")


def test_evolve_with_a_stated_class_states_it(tmp_path: Path) -> None:
    code = _unstated(tmp_path)
    serious = attrs.evolve(code, severity=Severity.SERIOUS)
    assert serious.severity_unstated_in == "" and serious.to_dict()["severity"] == "serious"
    general = attrs.evolve(code, severity=Severity.GENERAL, severity_unstated_in="")
    assert general.severity_confidence_on("taobao") == "user"
    assert general.to_dict()["severity"] == "general"


def test_an_evolved_book_still_says_unknown_in_advise(tmp_path: Path) -> None:
    """A book whose code was evolved (here: its facts) keeps saying ``unknown``."""
    book = load_rulebook(_book_file(tmp_path, None))
    (index,) = [i for i, c in enumerate(book.data.reason_codes) if c.id == "acme_counterfeit"]
    codes = list(book.data.reason_codes)
    codes[index] = attrs.evolve(codes[index], facts=("counterfeit_product", "logo_in_images"))
    evolved = type(book)(attrs.evolve(book.data, reason_codes=tuple(codes)), book.origins)
    best = advise(
        "trademark", "taobao", facts=["logo_in_images"], as_of=DAY, rulebook=evolved
    ).admissible[0]
    assert best.code == "acme_counterfeit"
    assert best.severity is None and "class unknown" in best.why


# -------------------------------------- 2. rules section's JSON reads back as a rules file


def _section_json(tmp_path: Path, section: str, *rules: str) -> Path:
    argv = ("rules", "section", section, "--as-of", DAY, "--format", "json", *rules)
    code, out, err = _run(*argv)
    assert code == 0, err
    path = tmp_path / f"{section}-out.json"
    path.write_text(out, encoding="utf-8")
    return path


def test_rules_section_json_reads_back_with_an_unknown_class(tmp_path: Path) -> None:
    path = _section_json(tmp_path, "reason_codes", "--rules", str(_book_file(tmp_path, None)))
    printed = json.loads(path.read_text("utf-8"))
    assert printed["section"] == "reason_codes"
    assert printed["data"][0]["severity"] == "unknown"
    code = load_rulebook(path).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == str(path)
    assert code.severity_confidence_on("taobao") == "unknown"
    (tmp_path / "again").mkdir()
    again = _section_json(tmp_path / "again", "reason_codes", "--rules", str(path))
    (record,) = [r for r in json.loads(again.read_text("utf-8"))["data"] if r["id"] == code.id]
    assert {**record, "severity_unstated_in": ""} == {
        **printed["data"][0],
        "severity_unstated_in": "",
    }


@pytest.mark.parametrize("section", ["platforms", "good_faith", "deadlines", "penalties"])
def test_rules_section_json_of_the_embedded_book_reads_back_unchanged(
    tmp_path: Path, section: str
) -> None:
    path = _section_json(tmp_path, section)
    rules = load_rulebook(path).as_of(DAY)
    assert len(diff_rules(default_rulebook().as_of(DAY), rules)) == 0
    assert rules.section(section) == default_rulebook().as_of(DAY).section(section)


def test_a_bad_record_in_section_json_is_placed_in_that_file(tmp_path: Path) -> None:
    path = _section_json(tmp_path, "reason_codes")
    printed = json.loads(path.read_text("utf-8"))
    printed["data"][1]["severity"] = "grave"
    path.write_text(json.dumps(printed, indent=2), encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    (problem,) = info.value.problems
    assert problem.path == "$.reason_codes[1].severity" and problem.line is not None
    assert '"severity": "grave"' in path.read_text("utf-8").splitlines()[problem.line - 1]


@pytest.mark.parametrize("view", ["platform taobao", "reasons", "good-faith"])
def test_another_views_json_is_refused_naming_the_view_that_reads_back(
    tmp_path: Path, view: str
) -> None:
    code, out, err = _run("rules", *view.split(), "--as-of", DAY, "--format", "json")
    assert code == 0, err
    path = tmp_path / "view.json"
    path.write_text(out, encoding="utf-8")
    code, _, err = _run("rules", "--rules", str(path), "--as-of", DAY)
    assert code == 2 and "Traceback" not in err
    assert f"`ipprules rules {view.split()[0]} --format json` prints, not a rules file" in err
    assert "`ipprules rules section NAME --format json`" in err


def test_a_stated_class_with_a_file_that_gives_none_is_refused(tmp_path: Path) -> None:
    path = _book_file(tmp_path, "serious")
    path.write_text(path.read_text("utf-8") + 'severity_unstated_in = "x.toml"\n', "utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    (problem,) = info.value.problems
    assert problem.path == "$.reason_codes[0].severity_unstated_in"
    assert "leave out severity_unstated_in" in problem.message


def test_severity_unknown_in_a_toml_file_is_not_stating_it(tmp_path: Path) -> None:
    path = _book_file(tmp_path, "unknown")
    code = load_rulebook(path).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == str(path)
    assert "severity" not in load_rulebook(path).to_data()["reason_codes"][-1]


# ------------------------------- 3. the two findings cite what their answer rests on


def test_reason_wrong_platform_cites_b16_and_the_platforms_reason_lists() -> None:
    """It cited the code record's rules (``tm_misleading``: R51 alone, not B16, which makes
    the wrong code an error that cannot be fixed after filing)."""
    for right, platform, reason, mark in [
        (TRADEMARK, "taobao", "tm_misleading", "[confidence inferred: R51]"),
        (DESIGN, "taobao", "pat_design", "[confidence inferred: R52, R55]"),
    ]:
        [found] = _found(_plan(right, platform=platform, reason=reason), "reason-wrong-platform")
        assert found.rule_ids == ("B16", "R41", "R48", "R51", "R52", "R54")
        assert found.sources[:2] == ("BRIEF", "S3")
        assert found.message.endswith(mark)  # the code's offers are what is refused


@pytest.mark.parametrize("interpretation", ["brief", "official"])
def test_supplement_burden_inferred_cites_the_lighter_burden_and_its_platforms(
    interpretation: str,
) -> None:
    """It cited the code's and the Good Faith record's rules (B16, R48, R51, ..., D1) and
    marked the code's rules as inferred; what is inferred is R76's bases."""
    member = attrs.evolve(ACCOUNT, good_faith=True)
    plan = _plan(TRADEMARK, account=member, reason="tm_counterfeit", supplement="")
    [found] = _found(plan, "supplement-burden-inferred", interpretation)
    assert found.rule_ids == ("B22", "R76", "R79")
    assert found.message.endswith("[confidence inferred: R76]")
    assert found.confidence == "inferred"


# ------------------------ 4. every rules view gives the values another reading answers


#: (view, reading, a line of the text, a field of ``other_answers``, its two answers)
OTHER_ANSWERS = [
    ("registrations", "official", "lazada_sg.accepted: SG -> none", "lazada_sg.known", ["yes", "unknown"]),
    ("good-faith", "brief-at-least-100", "good-faith.volume: > 100 -> >= 100", "good-faith.declaration_required", None),
    ("good-faith", "official", "good-faith.takedown_rate: > 0.9 -> >= 0.9", "good-faith.declaration_required", [True, False]),
    ("penalties", "official", "alibaba_com.closure_serious_count: 4 -> 3", "alibaba_com.closure_serious_count", [4, 3]),
    ("account", "official", "identity_individual_china.documents_one_of: identity_document -> none", None, None),
    ("metrics", "official", "takedown_rate_listing.minus: reinstated -> none", "takedown_rate_listing.minus", [["reinstated"], []]),
    ("summary", "official", "lazada_sg.known: yes -> unknown", "taobao.storefront_ipr_types", [[], ["trademark"]]),
    ("platforms", "official", "platforms.marketplaces.xianyu.files_as: taobao -> none", None, None),
    ("documents", "official", "documents.document_rules.copyright_unregistered_china.accepted: no -> yes", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("view", "reading", "line", "field", "answers"), OTHER_ANSWERS)
def test_a_rules_view_gives_what_another_reading_answers(
    view: str, reading: str, line: str, field: str | None, answers: list[object] | None
) -> None:
    """Only ``rules platform`` gave the values (rules48); the others said ``KEY: differs
    under official`` and no more."""
    code, out, err = _run("rules", view, "--as-of", DAY)
    assert code == 0, err
    block = out.split(f"  differs under {reading}:\n")[1].split("  differs under ")[0]
    assert any(said.startswith(f"    {line}") for said in block.splitlines()), block
    code, out, err = _run("rules", view, "--as-of", DAY, "--format", "json")
    assert code == 0, err
    theirs = json.loads(out)["other_answers"][reading]
    if field is not None:
        assert (theirs.get(field) == answers) if answers else field not in theirs
