"""A rule id (``R47``, ``B16``, ``D4``), as findings, notes and records cite it, can be looked
up: :meth:`RuleBook.citing` and ``ipprules rules rule R47`` show the records that cite it.

Before, ``ipprules rules sources S52`` showed a source, but nothing showed what ``R47`` is.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.errors import UnknownNameError
from ipprules.rulebook import NOT_ENCODED, Citation
from ipprules.rulebook.model import SECTIONS
from test_newuser8 import _run

#: The fields a record says what it is in, the first one it has, as the data files hold them.
_TEXT = ("text", "description", "message", "name")


def _raw_citations() -> dict[str, list[tuple[str, str, str, str]]]:
    """Read from the shipped JSON files, not through the book: for each rule id, the records
    that cite it (in ``rules`` or in a registration's ``place_rules``), as (section, id,
    effective_from, text), in the book's section order."""
    data = resources.files("ipprules.rulebook") / "data"
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for section in SECTIONS:
        for row in json.loads((data / f"{section}.json").read_text(encoding="utf-8")):
            text = next((row[f] for f in _TEXT if row.get(f)), "")
            placed = (r for p in row.get("place_rules", ()) for r in p["rules"])
            for rule_id in dict.fromkeys((*row.get("rules", ()), *placed)):
                found.setdefault(rule_id, []).append(
                    (section, row["id"], row["effective_from"], text)
                )
    return found


def _cites(record: object) -> tuple[str, ...]:
    """The rule ids a record cites: its own and, for a registration record, its place rules."""
    cited = getattr(record, "cited", None)
    return cited() if cited is not None else record.rules  # type: ignore[attr-defined,no-any-return]


def test_every_cited_id_answers_the_records_of_the_data_files_that_cite_it() -> None:
    book = default_rulebook()
    raw = _raw_citations()
    assert sorted(book.cited_rules()) == sorted(raw)
    for rule_id, rows in raw.items():
        got = book.citing(rule_id)
        assert all(isinstance(c, Citation) and rule_id in _cites(c.record) for c in got)
        shown = [(c.section, c.id, c.effective_from.isoformat(), c.text) for c in got]
        assert shown == rows, rule_id
        assert [c.sources for c in got] == [c.record.sources for c in got]
    assert book.citing("R47") is book.citing("R47")  # read once per book, then kept


def test_each_book_answers_from_its_own_records() -> None:
    """An override that replaces the reason codes (which cite B16) drops them from its book's
    answer, not from the embedded book's."""
    book = default_rulebook()
    mine = book.with_overrides("examples/rules-override.toml")
    sections = [c.section for c in book.citing("B16")]
    assert "reason_codes" in sections
    assert [c.section for c in mine.citing("B16")] == [s for s in sections if s != "reason_codes"]
    assert "reason_codes" in [c.section for c in book.citing("B16")]


@settings(max_examples=30, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=119),
    lower=st.booleans(),
    zeros=st.integers(min_value=0, max_value=2),
    pad=st.sampled_from(["", " ", "\t"]),
)
@example(index=0, lower=True, zeros=0, pad="")  # b1
@example(index=0, lower=False, zeros=1, pad="")  # B01
def test_a_cited_id_typed_otherwise_is_refused_naming_the_id(
    index: int, lower: bool, zeros: int, pad: str
) -> None:
    """``r47``, ``R047``, `` R47``: an UnknownNameError whose suggestion is ``R47`` (no
    neighbour's number: ``R46`` is another rule)."""
    cited = default_rulebook().cited_rules()
    rule_id = cited[index % len(cited)]
    typed = pad + rule_id[0] + "0" * zeros + rule_id[1:] + pad
    typed = typed.lower() if lower else typed
    if typed == rule_id:
        assert default_rulebook().citing(typed)
        return
    with pytest.raises(UnknownNameError) as caught:
        default_rulebook().citing(typed)
    assert caught.value.suggestion == rule_id
    assert f"(did you mean {rule_id!r}?)" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "error", "says"),
    [
        ("R2", UnknownNameError, "R2 is deliberately not encoded: " + NOT_ENCODED["R2"]),
        ("r93", UnknownNameError, "R93 is deliberately not encoded"),
        ("R57", UnknownNameError, "no record of the rule book cites R57 (a finding"),
        ("S52", UnknownNameError, "S52 is a source, not a rule"),
        ("", UnknownNameError, "unknown rule id '' (an empty name)"),
        ("counterfeit", UnknownNameError, "unknown rule id 'counterfeit'"),
        (None, TypeError, "rule_id must be a str, got NoneType"),
        (47, TypeError, "rule_id must be a str, got int"),
    ],
)
def test_an_id_no_record_cites_is_refused_saying_why(
    typed: object, error: type[Exception], says: str
) -> None:
    with pytest.raises(error) as caught:
        default_rulebook().citing(typed)  # type: ignore[arg-type]
    assert says in str(caught.value)
    if isinstance(caught.value, UnknownNameError) and typed in ("R2", "R57", "S52"):
        assert caught.value.suggestion is None  # R56, R58, R52 are other rules


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["R47"], 0, "* limits lazada_attachment_size: from 2019-06-01; sources S52;"),
        (["R47"], 0, "R47 is cited by the findings document-quality-unknown,"),
        (["R59"], 0, "R59: cited by no record of the rule book\nR59 is cited by the lifecycle"),
        (["D4", "--as-of", "2021-06-01"], 0, "  deadlines counter_notice_round_2_3: from 2022"),
        ([], 0, "\nR47   3        limits, evidence_rules\n"),
        (["R2"], 2, "ipprules: error: unknown rule id (cited by no record) 'R2'; R2 is "),
        (["r47"], 2, "ipprules: error: unknown rule id 'r47' (did you mean 'R47'?)"),
        (["r59"], 2, "ipprules: error: unknown rule id 'r59' (did you mean 'R59'?)"),
        (["S52"], 2, "'S52' is the id of a source, not of a rule: ipprules rules sources S52"),
        (["R96"], 2, "unknown rule id 'R96'; nothing cites R96: no record of the rule book, no"),
        (["B16", "--rules", "examples/rules-override.toml"], 0, "B16: cited by 9 record(s)"),
    ],
)
def test_rules_rule_shows_what_cites_a_rule(argv: list[str], code: int, says: str) -> None:
    got, out, err = _run("rules", "rule", *argv)
    assert got == code, err
    assert says in (out if code == 0 else err)


def test_rules_rule_json_has_the_views_envelope_and_the_records() -> None:
    code, out, err = _run("rules", "rule", "D4", "--as-of", "2021-06-01", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["view"], data["as_of"], data["other_readings"]) == ("rule", "2021-06-01", {})
    records = data["data"]["records"]
    assert [r["id"] for r in records] == [c.id for c in default_rulebook().citing("D4")]
    in_force = {(r["id"], r["effective_from"]) for r in records if r["in_force"]}
    assert ("counter_notice_round_2_3", "2015-01-06") in in_force
    assert ("counter_notice_round_2_3", "2022-01-20") not in in_force
    assert {"kind": "finding", "name": "cn-timing"} in data["data"]["cited_by"]


def test_a_rule_id_given_to_sources_points_at_the_rule_view() -> None:
    code, _, err = _run("rules", "sources", "b16", "--as-of", "2026-11-23")
    assert code == 2 and "ipprules rules rule B16 shows what cites the rule" in err
    views = " ".join(_run("rules", "--help")[1].split()).split("what to show: ", 1)[1]
    assert "sources, rule, interpretations" in views


def test_the_rule_book_page_s_rule_id_commands_run() -> None:
    page = (Path(__file__).parents[1] / "docs" / "rulebook.md").read_text(encoding="utf-8")
    lines = page.splitlines()
    commands = [line.split()[2:] for line in lines if line.startswith("$ ipprules rules rule ")]
    assert len(commands) == 2
    for argv in commands:
        code, out, err = _run(*argv)
        assert code == 0 and all(line.startswith("ipprules: as of ") for line in err.splitlines())
        record = {"R47": "lazada_attachments", "D4": "counter_notice_lazada"}[argv[2]]
        assert record in out and argv[2] in out
