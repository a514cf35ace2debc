"""surf21: a finding message that quotes a user rule book's name, or a user's reason code,
cuts a very long one (``errors.bounded_text``) where it is built, in text and in ``to_dict``;
a B1 note on a counter-notice is the assessment's own (``notes``, ``other_readings``)."""

from __future__ import annotations

import json
from pathlib import Path

import ipprules
from ipprules.counternotice import read_counter_notice
from ipprules.lifecycle import deadlines_from

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BIG = "b" * 100_000  # a 100 KB rule book name, and a 100 KB reason code
NOTICE = "counter-notice-alibaba.toml"


def _written(tmp: Path, example: str, old: str, new: str) -> Path:
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    assert old in text
    path = tmp / example
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_an_unknown_reason_code_s_finding_cuts_a_long_book_name_and_code(tmp_path: Path) -> None:
    """Before: the message quoted the book's 100 KB name and the 100 KB code whole."""
    rules = _written(tmp_path, "rules-override.toml", '"ACME account"', json.dumps(BIG))
    plan = _written(tmp_path, "plan.toml", 'reason = "tm_misuse"', f'reason = "{BIG}"')
    book = ipprules.load_rulebook(str(rules))
    report = ipprules.check(ipprules.read_plan(str(plan)), as_of="2026-11-23", rulebook=book)
    said = [f for f in report.findings if "is not a reason code of the rule book" in f.message]
    assert said
    for finding in said:
        assert len(finding.message) < 600 and "characters left out" in finding.message
    messages = [f["message"] for f in report.to_dict()["findings"]]
    lines = [line for line in report.text().splitlines() if "not a reason code" in line]
    assert lines and any("not a reason code" in m for m in messages)
    for said in (*messages, *lines):
        assert BIG not in said


def test_a_good_faith_note_on_unknown_codes_cuts_a_long_book_name_and_code(
    tmp_path: Path,
) -> None:
    """Before: the note quoted the book's 100 KB name and the 100 KB code whole (200 KB)."""
    rules = _written(tmp_path, "rules-override.toml", '"ACME account"', json.dumps(BIG))
    history = _written(tmp_path, "history.csv", ",tm_misuse,", f",zz_{BIG},")
    book = ipprules.load_rulebook(str(rules))
    standing = ipprules.standing(
        ipprules.History.from_file(str(history)), as_of="2022-12-31", rulebook=book
    )
    notes = [n for n in _strings(standing.to_dict()) if "not in the rule book" in n]
    notes += [n for n in standing.text().splitlines() if "not in the rule book" in n]
    assert len(notes) >= 2
    for note in notes:
        assert len(note) < 1_000 and "characters left out" in note


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_a_marketplace_s_note_is_the_counter_notice_assessment_s_own() -> None:
    """Before: ``ipprules counter-notice`` added B1's note and readings to its JSON and text
    only; the assessment carries them, and its text says them as the command did."""
    base = ipprules.assess_counter_notice(read_counter_notice(str(EXAMPLES / NOTICE)))
    noted = type(base)(
        base.notice,
        base.findings,
        base.rulebook,
        base.interpretation,
        base.standing,
        notes=("Xianyu is filed as taobao",),
        other_readings={"marketplace xianyu": ("official",)},
    )
    data = noted.to_dict()
    assert data["notes"] == ["Xianyu is filed as taobao"]
    assert data["other_readings"] == {"marketplace xianyu": ["official"]}
    assert "  marketplace xianyu: differs under official" in noted.text().splitlines()
    assert base.to_dict()["notes"] == [] and "note:" not in base.text()


def test_a_marketplace_s_note_is_said_by_the_deadlines_text() -> None:
    """``Deadlines`` carry B1's note (``ipprules deadline`` sets it): its text says it under
    the table as the command does, and a slice keeps it."""
    found = deadlines_from("takedown", "2022-01-19", platform="taobao")
    noted = found.labelled(
        notes=("Xianyu is filed as taobao",), other_readings={"marketplace xianyu": ("official",)}
    )
    lines = noted[:1].text().splitlines()
    assert lines[-2:] == [
        "note: Xianyu is filed as taobao",
        "  marketplace xianyu: differs under official",
    ]
    assert noted.to_dict()["other_readings"] == {"marketplace xianyu": ["official"]}
    assert "differs under official" not in found.text()
