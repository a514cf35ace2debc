"""Every rule of the domain reference is encoded somewhere, or deliberately not encoded.

The rule ids below are copied from the domain reference, ``../shared/domain/ipp-rules.md``
relative to the checkout (the 2026-12-03 text: part 0's B1-B24, parts 1-2's R1-R95 and
D1-D13, 132 ids). The file lives outside the repository, so the ids are data here: when the
reference gains a rule, add its id, then encode it or list it in
``ipprules.rulebook.NOT_ENCODED`` with the reason.
"""

from __future__ import annotations

import re

import pytest

from ipprules import default_rulebook
from ipprules.checks import catalogue
from ipprules.counternotice import catalogue as counter_notice_catalogue
from ipprules.lifecycle import Event, State, event_info, state_info
from ipprules.lifecycle.states import transitions
from ipprules.rulebook import NOT_ENCODED
from ipprules.rulebook.model import SECTIONS

_COPIED = """
    B1 B2 B3 B4 B5 B6 B7 B8 B9 B10 B11 B12 B13 B14 B15 B16 B17 B18 B19 B20 B21 B22 B23 B24
    D1 D2 D3 D4 D5 D6 D7 D8 D9 D10 D11 D12 D13
    R1 R2 R3 R4 R5 R6 R7 R8 R9 R10 R11 R12 R13 R14 R15 R16 R17 R18 R19 R20 R21 R22 R23 R24
    R25 R26 R27 R28 R29 R30 R31 R32 R33 R34 R35 R36 R37 R38 R39 R40 R41 R42 R43 R44 R45 R46
    R47 R48 R49 R50 R51 R52 R53 R54 R55 R56 R57 R58 R59 R60 R61 R62 R63 R64 R65 R66 R67 R68
    R69 R70 R71 R72 R73 R74 R75 R76 R77 R78 R79 R80 R81 R82 R83 R84 R85 R86 R87 R88 R89 R90
    R91 R92 R93 R94 R95
"""
RULE_IDS = tuple(re.findall(r"\S+", _COPIED))


def cited_by_rule_data() -> set[str]:
    """The rule ids the library's data cites: the rule book's records (every section, date and
    interpretation), the finding catalogues, and the lifecycle's states, events and moves."""
    book = default_rulebook()
    cited = {i for section in SECTIONS for r in book.records(section) for i in r.rules}
    for entries in (catalogue(), counter_notice_catalogue()):
        cited.update(i for entry in entries.values() for i in entry.rules)
    for state in State:
        info = state_info(state)
        cited.update(info.rule_ids)
        cited.update(i for hook in info.deadlines for i in hook.rule_ids)
    cited.update(i for event in Event for i in event_info(event).rule_ids)
    cited.update(i for move in transitions() for i in move.rule_ids)
    return cited


def test_the_copied_ids_are_the_references_132() -> None:
    assert len(RULE_IDS) == len(set(RULE_IDS)) == 132
    assert all(re.fullmatch(r"[BRD][1-9]\d*", i) for i in RULE_IDS)


def test_every_rule_is_encoded_or_listed_as_not_encoded() -> None:
    """Before: B23, B24, R2, R3, R6, R16, R21, R38, R46, R49, R78, R79, R83, R84, R93 and R94
    were in neither (R16, R21, R38, R46, R49, R78 and R79 are encoded now)."""
    cited = cited_by_rule_data()
    missing = [i for i in RULE_IDS if i not in cited and i not in NOT_ENCODED]
    assert missing == [], f"neither cited by rule data nor in NOT_ENCODED: {missing}"


def test_a_rule_listed_as_not_encoded_is_not_cited_either() -> None:
    """The list says why a rule has nothing to answer: one that rule data cites is encoded."""
    assert sorted(set(NOT_ENCODED) & cited_by_rule_data()) == []


def test_the_data_cites_only_rules_of_the_reference() -> None:
    assert sorted(cited_by_rule_data() - set(RULE_IDS)) == []


@pytest.mark.parametrize("rule_id", sorted(NOT_ENCODED))
def test_each_rule_not_encoded_is_of_the_reference_and_says_why(rule_id: str) -> None:
    assert rule_id in RULE_IDS
    assert len(NOT_ENCODED[rule_id]) > 40 and NOT_ENCODED[rule_id].endswith(".")


@pytest.mark.parametrize(
    ("rule_id", "section", "record"),
    [
        ("B3", "account_requirements", "registration_free"),
        ("B5", "account_requirements", "registration_agreement"),
        ("R1", "account_requirements", "registration_agreement"),
        ("R16", "channels", "email"),
        ("R21", "evidence_rules", "trademark_name_by_mark"),
        ("R38", "account_requirements", "place_of_registration"),
        ("R46", "platforms", "alibaba_com"),
        ("R49", "good_faith", "gftm"),
        ("R78", "deadlines", "processing_good_faith"),
        ("R79", "good_faith", "gftm"),
    ],
)
def test_the_rules_encoded_in_this_sweep_sit_on_their_records(
    rule_id: str, section: str, record: str
) -> None:
    records = [r for r in default_rulebook().records(section) if r.id == record]
    assert records and any(rule_id in r.rules for r in records)
    assert all(r.sources and r.confidence for r in records)
