"""left16: listing text corners left by the last sweeps, ``extract_urls`` and ``parse_listing``
agreeing on each.

Fixed (the tests below failed before):

- a link as a Markdown reference link's whole text, ``[https://item.taobao.com/…][1]`` with no
  ``[1]: …`` definition (or ``[…][]``), was refused as ``malformed-id``: the ``][1`` stayed in
  the link's token. Markdown shows an undefined reference as its text, so the link is read (as
  it is with a definition on the same host; one on another host still leads there).
"""

from __future__ import annotations

import pytest

from ipprules.listings import Listing, extract_urls, parse_listing
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
LINK = f"https://item.taobao.com/item.htm?id={ID}"


def _read(text: str) -> str | None:
    """The id both parsers read in ``text`` (they must agree), ``None`` if refused."""
    fast, slow = parse_listing(text), parse_slowly(text)
    assert fast == slow
    return fast.id if isinstance(fast, Listing) else None


@pytest.mark.parametrize(
    "text",
    [
        f"see [{LINK}][1] now",
        f"[{LINK}][]",
        f"[{LINK}][a b]",
        f"see [{LINK}][1]\n\n[1]: {LINK}",
    ],
)
def test_a_link_as_a_reference_links_text_is_read(text: str) -> None:
    assert extract_urls(text)[0] == LINK
    assert _read(text) == ID


def test_a_reference_to_another_host_still_leads_there() -> None:
    text = f"see [{LINK}][1]\n\n[1]: https://evil.cn/x"
    assert extract_urls(text) == ["https://evil.cn/x"]
    assert _read(text) is None
