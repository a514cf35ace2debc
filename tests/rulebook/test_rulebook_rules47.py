"""rules47: a reason code of a user's file without ``severity`` is ``unknown`` everywhere.

rules46 made its class ``unknown`` in ``advise``'s ``why``, ``rules reasons`` and ``rules
platform``; these still gave the model's default, ``general``, as if a source said so:

* ``Suggestion.severity`` (and ``severity`` in ``advise``'s JSON, records and frame);
* ``ReasonCode`` had no ``to_dict()``; ``rules section reason_codes --format json`` and
  ``ResolvedRules.to_dict()`` gave ``"severity": "general"``, ``to_records()`` said nothing.

``check`` reads no reason code's class (its findings rest on the code's platforms, targets,
evidence, subtypes and ``lightens_burden``), so an unstated class changes none of its answers.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import attrs
import pytest
from test_rulebook_rules46 import _book_file

from checks.test_checks_engine import _STATED_BURDEN, ACCOUNT, CLEAN, _complaint
from ipprules import advise, check, default_rulebook, diff_rules, load_rulebook
from test_newuser8 import _run

DAY = "2026-11-23"


def _advice(path: Path):  # type: ignore[no-untyped-def]
    book = load_rulebook(path)
    return advise("trademark", "taobao", facts=["counterfeit_product"], as_of=DAY, rulebook=book)


def test_advise_gives_an_unstated_class_as_unknown(tmp_path: Path) -> None:
    advice = _advice(_book_file(tmp_path, None))
    best = advice.admissible[0]
    assert best.code == "acme_counterfeit"
    assert best.severity is None
    assert best.to_dict()["severity"] == "unknown" == best.as_dict()["severity"]
    assert advice.to_records()[0]["severity"] == "unknown"
    assert "class unknown" in best.why and "general" not in best.why.split("(")[0]
    pytest.importorskip("pandas")
    frame = advice.to_frame()
    assert frame["severity"].tolist()[0] == "unknown"
    assert "unknown" in list(frame["severity"].cat.categories)


@pytest.mark.parametrize("severity", ["serious", "general"])
def test_advise_keeps_a_stated_class(tmp_path: Path, severity: str) -> None:
    best = _advice(_book_file(tmp_path, severity)).admissible[0]
    assert best.severity is not None and best.severity.value == severity
    assert best.to_dict()["severity"] == severity


def test_advise_json_gives_an_unstated_class_as_unknown(tmp_path: Path) -> None:
    path = _book_file(tmp_path, None)
    code, out, err = _run(
        "advise", "--rules", str(path), "--as-of", DAY, "--ipr-type", "trademark",
        "--platform", "taobao", "--fact", "counterfeit_product", "--format", "json",
    )  # fmt: skip
    assert code == 0, err
    assert '"severity": "unknown"' in out and '"severity": "general"' not in out


def test_a_reason_codes_dict_says_its_class_is_unstated(tmp_path: Path) -> None:
    path = _book_file(tmp_path, None)
    rules = load_rulebook(path).as_of(DAY)
    data = rules.reason_code("acme_counterfeit").to_dict()
    assert data["severity"] == "unknown"
    assert data["severity_unstated_in"] == str(path)
    assert rules.reason_code("acme_counterfeit").as_dict() == data
    assert rules.to_dict()["sections"]["reason_codes"]["acme_counterfeit"] == data
    (row,) = [r for r in rules.to_records() if r["id"] == "acme_counterfeit"]
    assert row["note"].startswith(f"class unknown: {path} gives acme_counterfeit no severity")


def test_a_stated_class_is_the_files_word(tmp_path: Path) -> None:
    rules = load_rulebook(_book_file(tmp_path, "general")).as_of(DAY)
    data = rules.reason_code("acme_counterfeit").to_dict()
    assert data["severity"] == "general" and "severity_unstated_in" not in data
    (row,) = [r for r in rules.to_records() if r["id"] == "acme_counterfeit"]
    assert "class unknown" not in row["note"]


def test_rules_section_json_gives_an_unstated_class_as_unknown(tmp_path: Path) -> None:
    path = _book_file(tmp_path, None)
    argv = ("rules", "section", "reason_codes", "--as-of", DAY, "--format", "json")
    code, out, err = _run(*argv, "--rules", str(path))
    assert code == 0, err
    (record,) = json.loads(out)["data"]
    assert record["severity"] == "unknown" and record["severity_unstated_in"] == str(path)


def test_the_embedded_books_dicts_state_every_class() -> None:
    rules = default_rulebook().as_of(DAY)
    codes = rules.to_dict()["sections"]["reason_codes"]
    assert codes and all(c["severity"] in ("serious", "general") for c in codes.values())
    assert all("severity_unstated_in" not in c for c in codes.values())
    for code in rules.reason_codes.values():
        assert code.to_dict()["severity"] == code.severity.value


def test_the_marker_survives_a_pickle_and_counts_in_equality(tmp_path: Path) -> None:
    unstated = load_rulebook(_book_file(tmp_path, None)).as_of(DAY)
    code = unstated.reason_code("acme_counterfeit")
    again = pickle.loads(pickle.dumps(code))
    assert again.severity_unstated_in == code.severity_unstated_in != ""
    assert again == code and hash(again) == hash(code)
    again_book = pickle.loads(pickle.dumps(unstated))
    assert again_book.reason_code("acme_counterfeit").severity_unstated_in == str(
        tmp_path / "acme.toml"
    )
    stated = load_rulebook(_book_file(tmp_path, "general")).as_of(DAY)
    # the same fields but a class no file states: not the same record as a stated general
    assert stated.reason_code("acme_counterfeit") != code


#: The catalogue's counterfeit code, as a member's file states it, with its class left out
_TM = _STATED_BURDEN.replace('severity = "serious"\n', "")


@pytest.mark.parametrize("good_faith", [False, True])
def test_check_reads_no_class_so_an_unstated_one_changes_nothing(
    tmp_path: Path, good_faith: bool
) -> None:
    """The supplement burden (a member leaving the supplement out) and every other finding
    read no class: the findings with the class unstated are those with either class."""
    account = attrs.evolve(ACCOUNT, good_faith=good_faith)
    complaints = (_complaint(0, supplement=""), _complaint(1))
    plan = attrs.evolve(CLEAN, account=account, complaints=complaints)
    assert "severity" not in _TM
    said = []
    for severity in (None, "serious", "general"):
        path = tmp_path / f"{severity}.toml"
        path.write_text(_TM + (f'severity = "{severity}"\n' if severity else ""), "utf-8")
        report = check(plan, rulebook=load_rulebook(path))
        said.append([(f.code, f.severity, f.path, f.message) for f in report.findings])
    assert said[0] == said[1] == said[2]
    # the supplement left out: an error for a non-member, allowed for a member (stated)
    assert bool([s for s in said[0] if s[2].endswith(".supplement")]) is not good_faith


def test_rules_diff_sees_an_unstated_class_become_stated(tmp_path: Path) -> None:
    """Stating ``general`` where no class was stated is a change (unknown -> general); the
    diff compared the model's placeholder with the file's word and found none."""
    unstated = load_rulebook(_book_file(tmp_path, None)).as_of(DAY)
    other = tmp_path / "stated"
    other.mkdir()
    stated = load_rulebook(_book_file(other, "general")).as_of(DAY)
    (change,) = diff_rules(unstated, stated)
    assert change.id == "acme_counterfeit"
    shown = {(f.field, f.before, f.after) for f in change.fields}
    assert ("severity", "unknown", "general") in shown


def test_a_books_data_leaves_an_unstated_class_out_so_it_reads_back_unknown(
    tmp_path: Path,
) -> None:
    """``to_data()`` gave the placeholder ``"severity": "general"``: written out and read
    back, the class was stated (a silent ``general``)."""
    data = load_rulebook(_book_file(tmp_path, None)).to_data()
    (item,) = [c for c in data["reason_codes"] if c["id"] == "acme_counterfeit"]
    assert "severity" not in item
    for key in ("coverage_from", "coverage_until", "default_interpretation"):
        data.pop(key)
    again = tmp_path / "again.json"
    again.write_text(json.dumps(data, default=str), encoding="utf-8")
    code = load_rulebook(again).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == str(again)
    stated = load_rulebook(_book_file(tmp_path, "serious")).to_data()
    (item,) = [c for c in stated["reason_codes"] if c["id"] == "acme_counterfeit"]
    assert item["severity"] == "serious"
