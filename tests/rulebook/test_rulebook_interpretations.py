"""The brief's reading and the official wording, where they disagree."""

from __future__ import annotations

import pytest

from ipprules import UnknownNameError, default_rulebook
from ipprules.rulebook import Answer

BOOK = default_rulebook()
DAY = "2023-06-01"


def test_default_interpretation_is_the_brief():
    assert BOOK.default_interpretation == "brief"
    assert BOOK.as_of(DAY) == BOOK.as_of(DAY, "brief")
    assert BOOK.as_of(DAY) != BOOK.as_of(DAY, "official")


def test_unknown_interpretation_names_the_known_ones():
    with pytest.raises(UnknownNameError, match="brief, official"):
        BOOK.as_of(DAY, "lenient")


@pytest.mark.parametrize(
    ("interp", "place", "expected"),
    [("brief", "HK", Answer.YES), ("official", "HK", Answer.NO), ("official", "CN", Answer.YES)],
)
def test_tmall_global_registrations(interp, place, expected):
    assert BOOK.as_of(DAY, interp).accepts_registration("tmall_global", place) is expected


@pytest.mark.parametrize(
    "pid", ["lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"]
)
def test_lazada_jurisdiction_is_a_gap_under_the_official_reading(pid):
    country = pid.split("_")[1].upper()
    assert BOOK.as_of(DAY).accepts_registration(pid, country) is Answer.YES
    assert BOOK.as_of(DAY).accepts_registration(pid, "US") is Answer.NO
    assert BOOK.as_of(DAY, "official").accepts_registration(pid, country) is Answer.UNKNOWN


def test_international_platforms_accept_foreign_rights():
    rules = BOOK.as_of(DAY)
    for pid in ("alibaba_com", "aliexpress"):
        assert rules.accepts_registration(pid, "US") is Answer.YES
        assert rules.registrations_for(pid).preferred == ("CN",)
    assert rules.accepts_registration("taobao", "US") is Answer.NO


def test_storefront_complaints():
    brief, official = BOOK.as_of(DAY), BOOK.as_of(DAY, "official")
    for pid in ("taobao", "tmall", "tmall_global"):
        assert brief.platform(pid).storefront_complaints is Answer.YES
        assert official.platform(pid).storefront_complaints is Answer.YES
    for pid in ("1688", "alibaba_com", "aliexpress", "lazada_sg"):
        assert brief.platform(pid).storefront_complaints is Answer.NO
        assert official.platform(pid).storefront_complaints is Answer.UNKNOWN


def test_patent_evaluation_report_readings():
    brief = BOOK.as_of(DAY).document_rules["patent_evaluation_report"]
    official = BOOK.as_of(DAY, "official").document_rules["patent_evaluation_report"]
    assert brief.subtypes == () and brief.platforms == ()
    assert set(official.subtypes) == {"utility_model", "design"}
    assert official.filed_from is not None and official.filed_from.isoformat() == "2010-01-01"
    assert "patent_evaluation_report_elsewhere" not in BOOK.as_of(DAY).document_rules
    assert (
        BOOK.as_of(DAY, "official").document_rules["patent_evaluation_report_elsewhere"].accepted
        is Answer.UNKNOWN
    )


def test_unregistered_copyright_on_domestic_platforms():
    assert BOOK.as_of(DAY).document_rules["copyright_unregistered_china"].accepted is Answer.NO
    official = BOOK.as_of(DAY, "official").document_rules["copyright_unregistered_china"]
    assert official.accepted is Answer.YES
    assert official.requires == ("copyright_claim_statement",)


def test_xianyu():
    assert BOOK.as_of(DAY).marketplace("xianyu").files_as == "taobao"
    official = BOOK.as_of(DAY, "official").marketplace("xianyu")
    assert official.files_as is None and official.known is Answer.UNKNOWN


def test_brief_at_least_100_inherits_everything_else_from_the_brief():
    brief, alt = BOOK.as_of(DAY), BOOK.as_of(DAY, "brief-at-least-100")
    assert brief.platforms == alt.platforms and brief.reason_codes == alt.reason_codes
    assert brief.good_faith != alt.good_faith


def test_the_takedown_rate_counts_reinstated_listings_per_reading() -> None:
    """review7 F3: B16's "a countered complaint counts as an unsuccessful takedown" is the
    brief's reading (reinstated listings leave the numerator); the official reading keeps
    R91's working definition (a listing removed and later reinstated counts as removed)."""
    book = default_rulebook()
    for metric in ("takedown_rate_listing", "takedown_rate_complaint"):
        for name in book.interpretations:
            record = book.as_of("2023-01-01", name).metric(metric)
            assert record.numerator == ("taken_down",)
            assert record.minus == (() if name == "official" else ("reinstated",)), name
            assert ("BRIEF" in record.sources) is (name != "official"), name
            assert ("B16" in record.rules) is (name != "official"), name
