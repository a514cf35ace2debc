"""A second look at the session's merged work (review32): each test holds a bug found in
it, failing before its fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import RuleDataError
from ipprules.lifecycle import deadlines_from
from ipprules.rulebook import load_rulebook

# ------------------------------ R61's windows from a receipt named as such

# R61: each counter-notice window is "counted from receipt of the complaint". Given the
# receipt's day, by its own starts_at name (complaint_received) or as the notice the seller
# received (notice_received), a window is counted from that day, not from the takedown:
# both say so in their note, and neither may say in ``counted_from`` that the count ran from
# the takedown (rules33 left complaint_received's result saying counted_from = takedown).
_R61 = ("counter_notice_round_1", "counter_notice_round_2_3", "counter_notice_lazada")


def _windows(event: str, day: date, platform: str | None) -> dict[str, tuple[object, ...]]:
    return {
        r.deadline_id: (r.start, r.due, r.latest, r.counted_from, r.note)
        for r in deadlines_from(event, day, platform=platform)
        if r.deadline_id in _R61
    }


@settings(max_examples=8)
@given(
    day=st.dates(date(2019, 6, 1), date(2030, 12, 31)),
    platform=st.sampled_from([None, "taobao", "aliexpress", "alibaba_com", "lazada_my"]),
    spelt=st.sampled_from(["complaint_received", "Complaint-Received", " complaint_received "]),
)
@example(day=date(2024, 9, 27), platform="aliexpress", spelt="complaint_received")
def test_a_receipt_named_as_such_counts_as_the_notice_received(
    day: date, platform: str | None, spelt: str
) -> None:
    by_name = _windows(spelt, day, platform)
    assert by_name  # R61's windows are listed from the receipt
    assert by_name == _windows("notice_received", day, platform)
    for start, _due, _latest, counted_from, note in by_name.values():
        assert start == day
        assert counted_from is None, counted_from  # not the takedown: a day outside the machine
        assert note is not None and "the day the seller received the complaint" in note
    # the takedown itself still says it stands for the receipt
    for _start, _due, _latest, counted_from, note in _windows("takedown", day, platform).values():
        assert counted_from is not None and counted_from.value == "takedown"
        assert note is not None and "which stands for" in note


# ------------------------------ unregistered_message where it is never shown (B7)

# ``check`` words a refusal (accepted = "no") of a right never applied for with the rule's
# unregistered_message; a rule that does not refuse (accepted = "unknown" or "yes") never
# shows it, so a rule-book file setting it there is refused at its place, as rules32 refuses
# it on a rule about registered rights.
_OVERRIDE = """
name = "ours"

[[sources]]
id = "OURS"
title = "our notes"
kind = "user"

[[document_rules]]
id = "trademark_certificate"
ipr_type = "trademark"
registered = false
accepted = "{accepted}"
message = "Not taken."
unregistered_message = "Never applied for: not taken."
effective_from = 2015-01-06
sources = ["OURS"]
confidence = "user"
"""


@pytest.mark.parametrize("accepted", ["unknown", "yes"])
def test_unregistered_message_is_refused_on_a_rule_that_does_not_refuse(
    tmp_path: Path, accepted: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(_OVERRIDE.replace("{accepted}", accepted), encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"unregistered_message is for a rule about rights"):
        load_rulebook(bad)
    good = tmp_path / "good.toml"
    good.write_text(_OVERRIDE.replace("{accepted}", "no"), encoding="utf-8")
    rule = load_rulebook(good).as_of("2024-06-03").document_rules["trademark_certificate"]
    assert rule.unregistered_message == "Never applied for: not taken."
