"""A walk over the registry: every record is described, sourced and dated."""

from __future__ import annotations

import json

import pytest

from ipprules import default_rulebook
from ipprules._convert import structure
from ipprules.rulebook.loader import SECTION_TYPES, _embedded_document
from ipprules.rulebook.model import SECTIONS, Answer, Confidence, Source

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
            # B16: no store-front complaint where the platform takes none, whatever the code
            closed = target == "storefront" and (
                rules.platforms[pid].storefront_for(code.ipr_type) is Answer.NO
            )
            assert (code in admitted) is not closed


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


def test_store_front_codes_follow_the_platform_and_readings_say_so(capsys):
    """B16: store-front complaints only on the Taobao family; the official reading calls the
    others a gap (unknown), so ``rules reasons`` names it as a reading that differs. In the
    gap the codes are those ``check`` leaves to ``storefront-unknown`` and ``advise`` admits:
    the platform's listing codes and the Taobao family's store-front code."""
    gap = ["cr_copied_content", "cr_misuse", "cr_piracy"]
    for name, expected in (("brief", []), ("official", gap)):
        rules = BOOK.as_of("2023-05-01", name)
        found = rules.reason_codes_for("copyright", "aliexpress", "storefront")
        assert [c.id for c in found] == expected
    assert [c.id for c in BOOK.as_of("2023-05-01").reason_codes_for(
        "copyright", "taobao", "storefront")] == ["cr_misuse"]  # fmt: skip
    from ipprules.cli import main

    argv = ["rules", "reasons", "--ipr-type", "copyright", "--platform", "aliexpress",
            "--target", "storefront", "--as-of", "2023-05-01", "--format", "json"]  # fmt: skip
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["data"], data["other_readings"]) == ([], {code: ["official"] for code in gap})


def test_query_methods_refuse_wrong_types_with_the_library_errors():
    from ipprules.errors import UnknownNameError

    rules = BOOK.as_of("2023-05-01")
    with pytest.raises(TypeError, match="place must be a str"):
        rules.accepts_registration("taobao", None)  # type: ignore[arg-type]
    with pytest.raises(UnknownNameError, match="unknown target 'shop'"):
        rules.reason_codes_for("trademark", "taobao", "shop")
    with pytest.raises(TypeError, match="record must be a rule-book record"):
        rules.sources_of("S1")  # type: ignore[arg-type]
