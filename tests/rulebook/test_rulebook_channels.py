"""The channels of filing: the portal, the stand-alone form and email (R16)."""

from __future__ import annotations

import json

import pytest

from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.rulebook import Answer
from ipprules.rulebook.model import FILING_CHANNELS


def test_the_email_channel_is_in_the_book_with_its_counts_undocumented() -> None:
    """R16 (S9): takedown requests by email to ipr@alibaba-inc.com; no count is documented,
    so none is answered (not the portal's 300 or the form's 10)."""
    email = default_rulebook().as_of("2015-01-06").channel("email")
    assert "ipr@alibaba-inc.com" in email.name
    assert email.rules == ("R16",)
    assert (email.max_listings, email.rights_per_complaint, email.reasons_per_complaint) == (
        None,
        None,
        None,
    )
    assert email.registered_users is Answer.UNKNOWN
    assert "ProtectIP@care.lazada.com" in email.note


def test_the_channels_table_says_unknown_for_an_undocumented_count(capsys) -> None:
    assert main(["rules", "platforms", "--as-of", "2023-01-01"]) == 0
    out = capsys.readouterr().out
    (row,) = [line for line in out.splitlines() if line.startswith("email ")]
    # the last column names the platforms a channel is not sourced on: none for email
    assert row.split() == ["email", "unknown", "unknown", "unknown", "unknown", "-"]
    assert main(["rules", "platforms", "--as-of", "2023-01-01", "--format", "json"]) == 0
    channels = {c["id"]: c for c in json.loads(capsys.readouterr().out)["data"]["channels"]}
    assert channels["email"]["max_listings"] is None
    assert channels["portal"]["max_listings"] == 300


@pytest.mark.parametrize("channel", FILING_CHANNELS)
def test_the_filing_channels_are_the_ones_a_complaint_names(channel: str) -> None:
    from ipprules.checks.model import ChannelId

    assert {c.value for c in ChannelId} == set(FILING_CHANNELS)
    assert default_rulebook().as_of("2023-01-01").channel(channel).max_listings
