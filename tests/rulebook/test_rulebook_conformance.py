"""A walk over the registry: every record is described, sourced and dated."""

from __future__ import annotations

import pytest

from ipprules import default_rulebook
from ipprules._convert import structure
from ipprules.rulebook.loader import SECTION_TYPES, _embedded_document
from ipprules.rulebook.model import SECTIONS, Confidence, Source

BOOK = default_rulebook()
ALL = [(section, r) for section in SECTIONS for r in BOOK.records(section)]


@pytest.mark.parametrize(("section", "record"), ALL, ids=[f"{s}:{r.id}" for s, r in ALL])
def test_every_record_is_sourced_and_dated(section, record):
    assert record.sources, "no source"
    for sid in record.sources:
        assert sid in BOOK.sources
    assert record.effective_from >= BOOK.coverage_from or record.trial_from
    if record.effective_until:
        assert record.effective_until > record.effective_from
    assert isinstance(record.confidence, Confidence)
    assert record.rules, "no rule id (B/R/D) recorded"


@pytest.mark.parametrize("pid", sorted({r.id for r in BOOK.records("platforms")}))
def test_every_platform_is_complete(pid):
    rules = BOOK.as_of("2023-01-01")
    platform = rules.platform(pid)
    assert platform.name
    assert rules.registrations_for(pid).id == pid
    assert any(pid in code.platforms for code in rules.reason_codes.values())


@pytest.mark.parametrize("code", BOOK.records("reason_codes"), ids=lambda c: c.id)
def test_every_reason_code_is_described_and_admissible_somewhere(code):
    assert code.label and code.description and code.facts
    rules = BOOK.as_of(code.effective_from)
    for pid in code.platforms:
        if pid not in rules.platforms:
            continue
        for target in code.targets:
            admitted = rules.reason_codes_for(code.ipr_type, pid, target, member=True)
            assert code in admitted


def test_every_source_has_a_url_except_the_brief():
    for source in BOOK.sources.values():
        assert (source.url is None) == (source.id == "BRIEF"), source.id


def test_every_source_is_used():
    used = {sid for _, r in ALL for sid in r.sources}
    assert set(BOOK.sources) == used


@pytest.mark.parametrize("section", ["sources", *SECTIONS])
def test_fast_path_equals_strict_converter(section):
    doc = _embedded_document(f"{section}.json")
    cls = Source if section == "sources" else SECTION_TYPES[section]
    strict = structure(doc.data, tuple[cls, ...])
    fast = tuple(BOOK.sources.values()) if section == "sources" else BOOK.records(section)
    assert strict == fast
