"""rules35's left-overs in sections 1.2-1.3 and part 0 on them, case by case (rules36).

Each row quotes the words it checks (section and rule id), the facts it changes in a clean
plan (test_rules35_text's), the reading it is checked under, the finding it looks at and what
that finding must say and cite, and the readings whose answer differs. Every row failed
before rules36:

- B8 against B14: part 0 takes unregistered copyright on Lazada; B14 with R34 reads against
  it, and the answer now names that reading (``b14-registered-only``, rule data);
- B7: a mark never registered (or only applied for) is not said to be "registered in US";
- R18: an expired patent or copyright cites R18 (every IPR type), not B7 and R24 (trademarks);
- R25, R35, R40: a Madrid registration refused on Lazada says that how its designation counts
  there is not documented;
- R10, R11: a right holder's account whose right is registered under another name (a
  licensee) is told that R10 asks for the registrant's letter of authorisation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from _copyright_plans import STATEMENT
from ipprules import load_rulebook
from ipprules.checks import Finding, check, plan_from_data
from ipprules.errors import RuleDataError
from test_rules35_text import HOLDER, LETTER, plan

PATENT_DOCS = [
    {"kind": "patent_certificate", "colour": True, "language": "zh"},
    {"kind": "patent_evaluation_report", "conclusion": "positive", "language": "zh"},
]


def _unregistered_work(platform: str) -> dict[str, Any]:
    right = {"ipr_type": "copyright", "status": "unregistered", "place": "US"}
    return plan(platform, right={**right, "documents": [STATEMENT]})


# (section: the words, the plan, the reading, the code looked at, words its message must hold,
# words it must not hold, rule ids it must cite, rule ids it must not cite, the readings
# whose answer on the plan differs from this one's: the finding's ``other_readings``)
Row = tuple[
    str, dict[str, Any], str | None, str, tuple[str, ...], tuple[str, ...], set[str], set[str]
]
ROWS: list[tuple[Row, tuple[str, ...]]] = [
    (
        (
            "B8: unregistered copyright can be enforced on international platforms (e.g. "
            "AliExpress) with a statement of ownership / B14: Lazada: a right registered in "
            "the respective country",
            _unregistered_work("lazada_sg"),
            None,
            "right-acceptance-disputed",
            ("lazada_sg takes it", "'b14-registered-only'", "answers no"),
            (),
            {"B8", "R28", "B14", "R34"},
            set(),
        ),
        (),
    ),
    (
        (
            "B7: Trademarks must be registered / B12: Taobao: rights registered in China "
            "(a mark never registered, place US)",
            plan("taobao", right={"status": "unregistered", "place": "US"}),
            None,
            "right-place-not-accepted",
            ("is not registered anywhere (place US entered)", "accepts rights registered in CN"),
            ("is registered in US",),
            {"B12"},
            set(),
        ),
        (),
    ),
    (
        (
            "B7 / B15: AliExpress accepts IP rights registered outside China (a mark never "
            "registered, place US)",
            plan("aliexpress", right={"status": "unregistered", "place": "US"}),
            None,
            "right-place-not-preferred",
            ("is not registered anywhere (place US entered)", "must first be registered there"),
            ("right 'r1' is registered in US",),
            {"B15"},
            set(),
        ),
        (),
    ),
    (
        (
            "B7: pending applications cannot be uploaded or relied on (an application, place US)",
            plan("taobao", right={"status": "pending", "place": "US"}),
            None,
            "right-place-not-accepted",
            ("is an application in US, not a registration",),
            ("is registered in US",),
            {"B12"},
            set(),
        ),
        (),
    ),
    (
        (
            "R18: Supporting documents must prove that the rights holder registered or "
            "lawfully owns the IPR ... All IPR types (an expired patent)",
            plan(
                "aliexpress",
                right={
                    "ipr_type": "patent",
                    "subtype": "invention",
                    "expiry_date": "2025-01-01",
                    "documents": PATENT_DOCS,
                },
            ),
            None,
            "right-expired",
            ("expired on 2025-01-01", "[confidence inferred: R18]"),
            (),
            {"R18"},
            {"B7", "R24"},
        ),
        (),
    ),
    (
        (
            "R18 ... All IPR types (an expired registered copyright)",
            plan("aliexpress", right={"ipr_type": "copyright", "expiry_date": "2025-01-01"}),
            "official",
            "right-expired",
            ("expired on 2025-01-01",),
            (),
            {"R18"},
            {"B7", "R24"},
        ),
        (),
    ),
    (
        (
            "B14: Lazada: a right registered in the respective country / R25, R35: only a "
            "Madrid designation of China is said to count / R40: a gap",
            plan("lazada_sg", right={"place": "WO", "madrid": True}),
            None,
            "right-place-not-accepted",
            (
                "whether a Madrid registration designating SG counts on lazada_sg",
                "is not documented (R40)",
                "place SG",
            ),
            ("place CN",),
            {"B14"},
            set(),
        ),
        ("official",),
    ),
    (
        (
            "R10: A complainant who is not the rights holder must supply a letter of "
            "authorization or POA, issued by the rights holder (a right holder's account, the "
            "right registered under another name)",
            plan("taobao", right={"registrant": HOLDER}),
            None,
            "right-registrant-mismatch",
            (
                f"R10 asks for a letter of authorisation issued by {HOLDER!r}",
                "none is in $.account.authorisations",
                "files as an agent",
            ),
            (),
            {"R5", "R23", "R10", "R11"},
            set(),
        ),
        (),
    ),
    (
        (
            "R10 (the registrant's letter held by a right holder's account)",
            plan(
                "taobao",
                right={"registrant": HOLDER},
                account={"authorisations": [LETTER]},
            ),
            None,
            "right-registrant-mismatch",
            ("the letter at $.account.authorisations[0] is one",),
            ("none is in",),
            {"R10"},
            set(),
        ),
        (),
    ),
]


def _found(data: dict[str, Any], reading: str | None, code: str) -> Finding:
    report = check(plan_from_data(data), interpretation=reading)
    (finding,) = [f for f in report.findings if f.code == code]
    return finding


@pytest.mark.parametrize(("row", "differ"), ROWS, ids=[r[0][0][:60] for r in ROWS])
def test_rule_text(row: Row, differ: tuple[str, ...]) -> None:
    section, data, reading, code, holds, lacks, cites, uncited = row
    finding = _found(data, reading, code)
    for words in holds:
        assert words in finding.message, (section, finding.message)
    for words in lacks:
        assert words not in finding.message, (section, finding.message)
    assert cites <= set(finding.rule_ids), (section, finding.rule_ids)
    assert not uncited & set(finding.rule_ids), (section, finding.rule_ids)
    assert finding.other_readings == differ, section


def test_the_default_answer_on_lazada_stays_part_0s() -> None:
    """B8 (part 0): the unregistered work with its statement is taken on Lazada, under each
    reading of the book: the other reading is named as info, never an error or unknown."""
    for reading in (None, "official"):
        report = check(plan_from_data(_unregistered_work("lazada_sg")), interpretation=reading)
        assert report.ok, [f.code for f in report.findings]
        assert "right-acceptance-disputed" in {f.code for f in report.findings}


def test_the_reading_is_named_on_lazada_only() -> None:
    """The reading b14-registered-only is about Lazada: AliExpress (B8's own example) is not
    told of it."""
    report = check(plan_from_data(_unregistered_work("aliexpress")))
    assert "right-acceptance-disputed" not in {f.code for f in report.findings}
    assert report.ok


def test_an_expired_trademark_still_cites_the_trademark_rules() -> None:
    """B7, R24 stay the citation of an expired trademark (part 0's answer)."""
    finding = _found(plan("taobao", right={"expiry_date": "2025-01-01"}), None, "right-expired")
    assert {"B7", "R18", "R24"} <= set(finding.rule_ids)
    assert "confidence" not in finding.message


def test_a_registered_mark_is_still_said_registered_in_its_place() -> None:
    finding = _found(plan("taobao", right={"place": "US"}), None, "right-place-not-accepted")
    assert finding.message.startswith("right 'r1' is registered in US; taobao accepts")


def test_an_other_reading_citing_an_unknown_rule_is_refused(tmp_path: Path) -> None:
    """The named reading is rule data like any record: its rule ids and sources are checked,
    and an error names the file and the JSON path."""
    record = {
        "id": "copyright_unregistered_international",
        "ipr_type": "copyright",
        "registered": False,
        "platforms": ["lazada_sg"],
        "requires": ["copyright_claim_statement"],
        "message": "m",
        "effective_from": "2015-01-06",
        "sources": ["BRIEF"],
        "confidence": "brief",
        "rules": ["B8"],
        "other_readings": [
            {
                "id": "mine",
                "accepted": "no",
                "effective_from": "2019-06-01",
                "sources": ["NOPE"],
                "confidence": "inferred",
                "rules": ["B99"],
            }
        ],
    }
    file = tmp_path / "override.json"
    file.write_text(json.dumps({"document_rules": [record]}), encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rulebook(file)
    text = str(info.value)
    assert "other_readings[0].sources[0]" in text and "NOPE" in text
    assert "other_readings[0].rules[0]" in text
