"""A rules file's rule ids and places are validated (rules51).

Before, a record citing ``R999``, ``r12``, ``"R12 "`` or ``""`` in its ``rules``, a place rule
of a registration record for ``"XX"``, for the same place twice or for a place the record
accepts (so its refusal note is never said), and ``rule_sources`` for ``R999`` were all
accepted. Now each is refused at the file, line and JSON path (exit code 2 in the CLI), by one
check every record kind shares; the embedded book passes it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules import default_rulebook, load_rulebook
from ipprules.errors import RuleDataError, UnknownNameError
from ipprules.rulebook.background import REFERENCE_RULES, reference_rule_problem
from ipprules.rulebook.loader import load_embedded_data
from ipprules.rulebook.model import SECTIONS, PenaltyRule, Registrations
from test_newuser8 import _run

#: Taobao's registration record, as the embedded book holds it (the line numbers below count
#: the TOML this writes: ``rules`` on line 7, the first place rule from line 8).
_BASE = {
    "id": "taobao",
    "effective_from": "2015-01-06",
    "sources": ["BRIEF", "S30"],
    "confidence": "brief",
    "accepted": ["CN"],
    "rules": ["B12", "R34"],
    "place_rules": [{"place": "HK", "rules": ["R39"], "confidence": "inferred"}],
}


def _toml(record: dict[str, object]) -> str:
    lines = ["[[registrations]]"]
    for key in ("id", "effective_from", "sources", "confidence", "accepted", "rules"):
        lines.append(f"{key} = {json.dumps(record[key])}")
    for place in record["place_rules"]:  # type: ignore[attr-defined]
        lines.append("[[registrations.place_rules]]")
        lines.extend(f"{k} = {json.dumps(v)}" for k, v in place.items())
    return "\n".join(lines) + "\n"


def _with(**changes: object) -> dict[str, object]:
    return {**_BASE, **changes}


def _place(place: str = "HK", rules: list[str] | None = None) -> dict[str, object]:
    return {"place": place, "rules": ["R39"] if rules is None else rules, "confidence": "inferred"}


# (record, JSON path, TOML line, words of the message)
HOSTILE = [
    (_with(rules=["B12", "R999"]), "$.registrations[0].rules[1]", 7, "'R999' is not a rule of"),
    (_with(rules=["r12"]), "$.registrations[0].rules[0]", 7, "did you mean 'R12'?"),
    (_with(rules=["R12 "]), "$.registrations[0].rules[0]", 7, "did you mean 'R12'?"),
    (_with(rules=["R012"]), "$.registrations[0].rules[0]", 7, "did you mean 'R12'?"),
    (_with(rules=[""]), "$.registrations[0].rules[0]", 7, "'' is not a rule id"),
    (_with(rules=["S30"]), "$.registrations[0].rules[0]", 7, "'S30' is not a rule id"),
    (_with(rules=["R34", "R34"]), "$.registrations[0].rules[1]", 7, "R34 is cited twice"),
    (
        _with(place_rules=[_place("XX")]),
        "$.registrations[0].place_rules[0].place",
        9,
        "place 'XX' is not a place of registration",
    ),
    (
        _with(place_rules=[_place("hk")]),
        "$.registrations[0].place_rules[0].place",
        9,
        "place 'hk' is not a place of registration as records write it (did you mean 'HK'?)",
    ),
    (
        _with(place_rules=[_place("HK"), _place("HK")]),
        "$.registrations[0].place_rules[1].place",
        13,
        "place 'HK' has a place rule already",
    ),
    (
        _with(place_rules=[_place("CN")]),
        "$.registrations[0].place_rules[0].place",
        9,
        "the record accepts 'CN'",
    ),
    (
        _with(place_rules=[_place("HK", ["R999"])]),
        "$.registrations[0].place_rules[0].rules[0]",
        10,
        "'R999' is not a rule of",
    ),
    (
        _with(place_rules=[_place("HK", [])]),
        "$.registrations[0].place_rules[0].rules",
        10,
        "a place rule cites at least one rule",
    ),
    (_with(accepted=["CN", "XX"]), "$.registrations[0].accepted[1]", 6, "place 'XX' is not"),
    # rules52: a place in lower case (or with blanks) is refused with the code it means
    (_with(accepted=["CN", "hk"]), "$.registrations[0].accepted[1]", 6, "did you mean 'HK'?"),
    (_with(accepted=[" cn"]), "$.registrations[0].accepted[0]", 6, "did you mean 'CN'?"),
]


def _write(tmp_path: Path, record: dict[str, object], kind: str) -> Path:
    path = tmp_path / f"rules.{kind}"
    if kind == "toml":
        path.write_text(_toml(record), encoding="utf-8")
    else:
        path.write_text(json.dumps({"registrations": [record]}, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("record", "path", "line", "words"), HOSTILE)
@pytest.mark.parametrize("kind", ["toml", "json"])
def test_a_hostile_rule_id_or_place_is_refused_at_its_file_line_and_path(
    tmp_path: Path, record: dict[str, object], path: str, line: int, words: str, kind: str
) -> None:
    file = _write(tmp_path, record, kind)
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    (problem,) = caught.value.problems
    assert (problem.file, problem.path) == (str(file), path)
    assert words in problem.message
    assert problem.line is not None
    if kind == "toml":
        assert problem.line == line


@pytest.mark.parametrize(("record", "path", "line", "words"), HOSTILE[::3])
@pytest.mark.parametrize("command", [("check", "examples/plan.toml"), ("rules", "registrations")])
def test_the_cli_refuses_them_with_exit_code_2(
    tmp_path: Path,
    record: dict[str, object],
    path: str,
    line: int,
    words: str,
    command: tuple[str, str],
) -> None:
    file = _write(tmp_path, record, "toml")
    code, _, err = _run(command[0], "--rules", str(file), command[1])
    assert code == 2
    assert f"{file}:{line}:" in err and path in err and words in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "record",
    [
        _BASE,
        _with(rules=["B24", "D13", "R95", "R93"]),  # the ends of each range; one not encoded
        _with(place_rules=[_place("HK"), _place("TW", ["R39", "R40"])]),
        _with(accepted=["*"], place_rules=[]),
    ],
)
@pytest.mark.parametrize("kind", ["toml", "json"])
def test_valid_rule_ids_and_places_are_accepted(
    tmp_path: Path, record: dict[str, object], kind: str
) -> None:
    book = load_rulebook(_write(tmp_path, record, kind))
    (mine,) = [r for r in book.records("registrations") if r.id == "taobao"]
    assert list(mine.rules) == record["rules"]
    assert [p.place for p in mine.place_rules] == [p["place"] for p in record["place_rules"]]  # type: ignore[attr-defined,index]
    code, _, err = _run("rules", "--rules", str(_write(tmp_path, record, kind)), "registrations")
    assert code == 0, err


def test_rule_sources_for_a_rule_outside_the_reference_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[rule_sources]\nR79 = ["S18"]\nR999 = ["S18"]\n', encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.path, problem.line) == (str(path), "$.rule_sources.R999", 3)
    assert "'R999' is not a rule of the domain reference" in problem.message


def test_every_record_of_the_embedded_book_passes_the_check() -> None:
    data, _ = load_embedded_data()  # validated on load: this only counts what it ran over
    cited = 0
    for section in SECTIONS:
        for record in getattr(data, section):
            ids = list(record.rules)
            if isinstance(record, PenaltyRule):
                ids += record.ladder_rules
            if isinstance(record, Registrations):
                ids += [i for p in record.place_rules for i in p.rules]
            assert all(reference_rule_problem(i) is None for i in ids), record.id
            cited += len(ids)
    assert cited > 100
    assert all(reference_rule_problem(i) is None for i in data.rule_sources)
    assert sum(REFERENCE_RULES.values()) == 132


def test_rule_sources_of_an_unknown_rule_says_so_in_its_own_words() -> None:
    """Before: "no record of the rule book cites R999", about another map than the one
    asked."""
    with pytest.raises(UnknownNameError) as caught:
        default_rulebook().rule_sources("R999")
    text = str(caught.value)
    assert "not a rule of the domain reference" in text and "cites R999" not in text
    assert "cited by no record" not in text
