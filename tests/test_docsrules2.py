"""docsrules2: statements of the docs checked against the rule text and the code.

The advisor's note for a patent subtype none of whose codes fits the facts cites the rules of
the codes it names: on Alibaba.com and AliExpress the design codes rest on R52 and R55, not on
R54 (Taobao's design-patent reason texts, S37), which it cited on every platform.
"""

from __future__ import annotations

import pytest

from ipprules import default_rulebook
from ipprules.checks import advise
from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly


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


# docs/listings.md: "a definition on another host ... is where the link leads (not-alibaba-host),
# as is the definition's own label ([https://…]: https://evil.example)". A label that is only a
# link was read as a listing, and so was [link][] whose definition leads elsewhere.
STORE = "https://uniqlo.tmall.com"


@pytest.mark.parametrize(
    "text",
    [
        f"[{STORE}]: https://evil.cn",
        f"  [{STORE}]: <https://evil.cn/x>",
        f"see [{STORE}][]\n[{STORE}]: https://evil.cn",
        f"[{STORE}/]: https://evil.cn",
    ],
)
def test_a_definitions_bare_label_is_no_listing(text: str) -> None:
    read = parse_listing(text)
    assert not isinstance(read, Listing) and read.code == "not-alibaba-host", (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read.as_dict(), text
    assert not any(isinstance(parse_listing(u), Listing) for u in extract_urls(text)), text


def test_a_definition_to_the_link_itself_and_a_bracketed_link_are_read() -> None:
    for text in (f"[{STORE}]: {STORE}/", f"链接：[{STORE}]", f"[{STORE}] [1]"):
        read = parse_listing(text)
        assert isinstance(read, Listing) and read.identity == "tmall-store:uniqlo", (text, read)
