"""A space typed or pasted into a listing link cuts it there, and the rejection named only
what the cut link lacks ('missing id', 'not a listing'): the finding now says that the entry,
read without its white space, is a listing, and which."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks import Account, Complaint, Identity, IprType, Location, Plan, Right, check
from ipprules.listings import Listing, parse_listing

LINKS = {
    "taobao": "https://item.taobao.com/item.htm?id=701234567890",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "aliexpress": "https://www.aliexpress.com/item/1005006123456789.html",
    "lazada_sg": "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html",
}

PLAN = Plan(
    account=Account(name="Acme", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE),
    rights=(Right(id="tm", ipr_type=IprType.TRADEMARK),),
    complaints=(),
    as_of=dt.date(2026, 11, 23),
)


def _rejected(platform: str, entry: str) -> list[str]:
    complaint = Complaint(
        id="c", platform=platform, right="tm", reason="tm_counterfeit", listings=(entry,)
    )
    report = check(attrs.evolve(PLAN, complaints=(complaint,)))
    return [f.message for f in report.findings if f.code == "listing-rejected"]


@settings(max_examples=80, deadline=None)
@given(
    platform=st.sampled_from(sorted(LINKS)),
    at=st.integers(min_value=9, max_value=200),
    space=st.sampled_from([" ", "  ", "\t", "\u3000"]),
)
@example(platform="taobao", at=len("https://item.taobao.com/item.htm?id="), space=" ")
@example(platform="taobao", at=len("https://item.taobao.com/item"), space=" ")
def test_a_link_cut_by_a_space_names_the_listing_it_is_without_it(
    platform: str, at: int, space: str
) -> None:
    link = LINKS[platform]
    at = min(at, len(link) - 1)
    entry = link[:at] + space + link[at:]
    canonical = parse_listing(link).canonical_url  # type: ignore[union-attr]
    messages = _rejected(platform, entry)
    if type(parse_listing(entry)) is Listing:
        assert messages == []  # read as it is: nothing to say
    else:
        assert len(messages) == 1
        assert f"read without it is {canonical}: remove the space" in messages[0]


@given(text=st.sampled_from(["https://s.taobao.com/search?q=lamp shade", "lamp shade", "x y"]))
def test_white_space_in_an_entry_that_is_no_listing_without_it_adds_nothing(text: str) -> None:
    (message,) = _rejected("taobao", text)
    assert "white space" not in message
