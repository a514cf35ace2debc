"""docsrules2: statements of the docs checked against the rule text and the code.

The advisor's note for a patent subtype none of whose codes fits the facts cites the rules of
the codes it names: on Alibaba.com and AliExpress the design codes rest on R52 and R55, not on
R54 (Taobao's design-patent reason texts, S37), which it cited on every platform.
"""

from __future__ import annotations

import pytest

from ipprules import default_rulebook
from ipprules.checks import advise


def _note(platform: str, subtype: str) -> str:
    advice = advise("patent", platform, facts=["design"], subtype=subtype, as_of="2026-11-23")
    assert advice.decision.answer == "unknown"
    return advice.decision.reasons[0]


@pytest.mark.parametrize("platform", ["alibaba_com", "aliexpress", "1688"])
def test_other_subtype_note_cites_the_named_codes_rules_off_the_taobao_family(
    platform: str,
) -> None:
    note = _note(platform, "utility_model")
    rules = default_rulebook().as_of("2026-11-23").reason_codes["pat_design"].rules
    assert "(pat_design)" in note
    assert f"kind (R17, {', '.join(rules)})" in note
    assert (
        "R52" in note and "R54" not in note
    )  # Taobao's design-patent texts do not document these codes


def test_other_subtype_note_on_taobao_still_cites_r54() -> None:
    note = _note("taobao", "utility_model")
    assert "(pat_design_judgment, pat_design_suspected)" in note
    assert "kind (R17, R54" in note


def test_other_subtype_note_article() -> None:
    assert _note("taobao", "utility_model").startswith(
        "no patent reason for a utility_model patent fits design"
    )
    assert _note("aliexpress", "invention").startswith(
        "no patent reason for an invention patent fits design"
    )
