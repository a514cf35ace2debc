"""left5: rule data marks, silent answers and wording left by this session's sweeps."""

from __future__ import annotations

from ipprules import default_rulebook

BOOK = default_rulebook()


def test_large_batch_threshold_is_the_projects_reading_not_the_briefs():
    # B18 gives a batch of 300 as its example; the threshold of 100 is ipprules' reading
    record = BOOK.as_of("2026-12-01").limits["large_batch"]
    assert record.value == 100
    assert record.confidence.value == "inferred"


def test_lazada_registration_gap_is_not_labelled_official():
    # R40: no source states whether Lazada needs a registration in its country (a gap)
    rules = BOOK.as_of("2026-12-01", "official")
    for pid in ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"):
        record = rules.registrations[pid]
        assert record.known.value == "unknown"
        assert record.confidence.value == "inferred", pid
