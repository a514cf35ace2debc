"""left12: small disagreements between the listing engines left by the realurls67 and
lookalike14 sweeps.

Each case is read by every engine (``parse_listing``, ``parse_slowly``, ``parse_listings``)
to the same answer, and ``extract_urls`` finds the link that answer reads.
"""

from __future__ import annotations

import pytest

from ipprules.listings import Listing, Rejection, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly


def _all(text: str) -> list[Listing | Rejection]:
    """The answers of the three parsing engines to ``text``."""
    ((_, bulk),) = list(parse_listings([text]))
    return [parse_listing(text), parse_slowly(text), bulk]


@pytest.mark.parametrize(
    "text", ["tel:6512345678", "TEL:6512345678", "sms:12345", "fax:1", "callto:0044"]
)
def test_hostless_scheme_with_digits_is_a_scheme_not_a_port(text: str) -> None:
    scheme = text.split(":", 1)[0]
    for got in _all(text):
        assert type(got) is Rejection
        assert got.code == "scheme-not-allowed", got
        assert f"{scheme}: links are not accepted" in got.reason
    assert extract_urls(text) == []


def test_host_and_port_still_read() -> None:
    text = "item.taobao.com:443/item.htm?id=606832681234"
    for got in _all(text):
        assert type(got) is Listing
        assert got.id == "606832681234"
