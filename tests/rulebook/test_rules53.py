"""A rules file's places are ISO 3166-1 alpha-2 codes (rules53).

Before, a registration record's ``accepted``, ``preferred`` and ``place_rules[].place`` were
checked by form (two capitals) and ISO's user-assigned ranges only, so ``UK`` (the United
Kingdom is ``GB``), ``EL`` (Greece is ``GR``) or ``JA`` (Japan is ``JP``), codes ISO has not
assigned, passed and matched no right.
Now each is refused at the file, line and JSON path (exit code 2 in the CLI) by the one rule
the plans' places use (:func:`ipprules._places.place_slip`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_rules51 import _place, _with, _write

from ipprules import load_rulebook
from ipprules._places import ISO_3166_1, REGIONAL, place_slip
from ipprules.errors import Problem, RuleDataError
from ipprules.rulebook.loader import load_embedded_data
from test_newuser8 import _run

_AT = "$.registrations[0].accepted"
_RULE = "$.registrations[0].place_rules"
_GB = "did you mean 'GB', the United Kingdom?"
_NONE = "is not a place of registration (not an ISO 3166-1 code nor a regional office's"

# (record, JSON path, TOML line, words of the message)
UNASSIGNED = [
    (_with(accepted=["UK"], place_rules=[]), f"{_AT}[0]", 6, f"(not an ISO 3166-1 code; {_GB})"),
    (_with(place_rules=[_place("UK")]), f"{_RULE}[0].place", 9, _GB),
    (_with(place_rules=[_place("HK"), _place("JA")]), f"{_RULE}[1].place", 13, f"'JA' {_NONE}"),
    (_with(accepted=["CN", "EL"], place_rules=[]), f"{_AT}[1]", 6, "did you mean 'GR', Greece?"),
    (_with(accepted=["CN", "uk"], place_rules=[]), f"{_AT}[1]", 6, "(an ISO 3166-1 code of two"),
    (_with(accepted=["CN", "gb"], place_rules=[]), f"{_AT}[1]", 6, "did you mean 'GB'?"),
]


def _the_problem(file: Path) -> Problem:
    """The one problem loading ``file`` as a rules file raises."""
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    (problem,) = caught.value.problems
    return problem


@pytest.mark.parametrize("kind", ["toml", "json"])
@pytest.mark.parametrize(("record", "path", "line", "words"), UNASSIGNED)
def test_a_place_iso_has_not_assigned_is_refused_by_the_loader_and_the_cli(
    tmp_path: Path, record: dict[str, object], path: str, line: int, words: str, kind: str
) -> None:
    file = _write(tmp_path, record, kind)
    problem = _the_problem(file)
    where = (problem.file, problem.path, problem.line if kind == "toml" else line)
    assert where == (str(file), path, line) and words in problem.message
    code, _, err = _run("rules", "--rules", str(file), "registrations")
    assert (code, "Traceback" in err) == (2, False)
    assert f"{file}:{problem.line}:" in err and path in err and words in err


@settings(max_examples=30, deadline=None, derandomize=True)
@given(code=st.sampled_from(sorted(ISO_3166_1 | REGIONAL)))
def test_every_iso_code_and_regional_office_is_a_place(code: str) -> None:
    assert place_slip(code) == ""


def test_the_list_is_iso_3166_1_alpha_2() -> None:
    assert len(ISO_3166_1) == 249
    assert {"CN", "HK", "TW", "MO", "GB", "US", "AX", "SS", "BQ"} <= ISO_3166_1
    assert not ISO_3166_1 & {"UK", "EU", "XX", "AA", "ZZ", "QM", "EL", "AN", "YU"}


def test_places_of_the_list_are_accepted(tmp_path: Path) -> None:
    record = _with(accepted=["CN", "GB", "EU"], preferred=["CN"], place_rules=[_place("TW")])
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"registrations": [record]}), encoding="utf-8")
    book = load_rulebook(path)
    (mine,) = [r for r in book.records("registrations") if r.id == "taobao"]
    assert list(mine.accepted) == ["CN", "GB", "EU"]


def test_the_embedded_book_names_only_places_of_the_list() -> None:
    data, _ = load_embedded_data()
    places = [p for r in data.registrations for p in (*r.accepted, *r.preferred) if p != "*"]
    places += [p.place for r in data.registrations for p in r.place_rules]
    assert len(places) > 10
    assert [p for p in places if place_slip(p)] == []


#: R4's red chop rule as the embedded book holds it; in the TOML below ``incorporated`` is on
#: line 7.
_CHOP = {
    "id": "china_company_chop",
    "test": "company_chop",
    "documents": ["business_registration"],
    "identity": "enterprise",
    "effective_from": "2015-01-06",
    "incorporated": ["CN"],
    "text": "A company incorporated in China puts its red company chop on the copy.",
    "sources": ["S23"],
    "confidence": "official",
    "rules": ["R4"],
}


@pytest.mark.parametrize(
    ("places", "index", "words"),
    [
        (["UK"], 0, "place 'UK' is not a place of incorporation (not an ISO 3166-1 code; did"),
        (["CN", "cn"], 1, "place 'cn' is not a place of incorporation as records write it"),
        (["XX"], 0, "not an ISO 3166-1 code nor"),
    ],
)
@pytest.mark.parametrize("kind", ["toml", "json"])
def test_an_evidence_rules_place_of_incorporation_is_checked_the_same_way(
    tmp_path: Path, places: list[str], index: int, words: str, kind: str
) -> None:
    """Before, ``incorporated = ["cn"]`` was read and matched no account (an account's
    place is upper-cased), so R4's chop went unchecked without a word."""
    record = {**_CHOP, "incorporated": places}
    file = tmp_path / f"rules.{kind}"
    if kind == "toml":
        body = "\n".join(f"{k} = {json.dumps(v)}" for k, v in record.items())
        file.write_text(f"[[evidence_rules]]\n{body}\n", encoding="utf-8")
    else:
        file.write_text(json.dumps({"evidence_rules": [record]}, indent=1), encoding="utf-8")
    problem = _the_problem(file)
    assert problem.path == f"$.evidence_rules[0].incorporated[{index}]"
    assert words in problem.message
    if kind == "toml":
        assert problem.line == 7
        code, _, err = _run("rules", "--rules", str(file), "summary")
        assert code == 2 and f"{file}:7:" in err and words in err


def test_the_embedded_evidence_rules_name_only_places_of_the_list() -> None:
    data, _ = load_embedded_data()
    places = [p for r in data.evidence_rules for p in r.incorporated]
    assert places and [p for p in places if place_slip(p)] == []
