"""urls32: a list of links without their schemes in single quotes.

``other_listings`` reported nothing for ``['item.taobao.com/…?id=1','item.taobao.com/…?id=2']``
(the first link was read right): with the schemes, or in double quotes, the second link was
reported, and so the planner refused the line as ``several-listings`` and the complaint check
flagged the entry ``listing-several-urls``. ``may_hold_several`` answered False: its only test
for a list, ``LISTED_LINK``, wants a scheme, and the text held no ``//``, no white space and
no double quote. The ``','`` (or ``';'``) between two values in single quotes is now one of
its marks, in the reference, the parser's quick path and the planner's alike; and ``_APART``
sets the values apart before a scheme-less host running to a slash, as it did before a scheme.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS
from _several_reference import reference_several
from ipprules.checks import check
from ipprules.checks.model import Account, Complaint, Identity, IprType, Location, Plan, Right
from ipprules.listings import Listing, parse_listing
from ipprules.listings.parser import may_hold_several, other_listings
from ipprules.planner import Settings, engine, plan_listings

DAY = "2026-11-23"
A = "item.taobao.com/item.htm?id=606832683299"
B = "item.taobao.com/item.htm?id=612345678901"
ACCOUNT = Plan(
    account=Account(
        name="Acme Ltd",
        location=Location.ELSEWHERE,
        identity=Identity.ENTERPRISE,
        documents=("business_registration",),
        complaints_filed=500,
    ),
    rights=(
        Right(
            id="tm-cn",
            ipr_type=IprType.TRADEMARK,
            place="CN",
            name="ACME",
            number="12345678",
            documents=("trademark_certificate",),
        ),
    ),
)

#: Links two of which make a list: every sample link with a query or a page, without scheme.
_LINKS = [link.split("://", 1)[1] for link in SAMPLE_LINKS if "?" in link or ".html" in link]
#: A list's opening, separator and closing, in single quotes.
_QUOTED = [("['", "','", "']"), ("('", "','", "')"), ("'", "','", "'"), ("['", "';'", "']")]


def _every_answer(text: str) -> tuple[bool, list[str], str | None, bool]:
    """What every path answers of ``text``: whether it may hold several (the parser's quick
    path, the planner's reading loop and its refusal path agreeing with the reference), the
    other listings, the planner's code for the line, and whether the check flags it."""
    several = may_hold_several(text)
    assert several is reference_several(text) is engine._holds_several(text), text
    assert engine._marked_several(text) is several, text
    others = other_listings(text, parse_listing(text))
    right = Settings(right="tm-cn", reason="tm_counterfeit")
    (outcome,) = plan_listings([text], ACCOUNT, as_of=DAY, settings=right).outcomes
    complaint = Complaint(
        id="c", platform="taobao", right="tm-cn", reason="tm_counterfeit", supplement="s",
        listings=(text,),
    )  # fmt: skip
    findings = check(attrs.evolve(ACCOUNT, complaints=(complaint,)), as_of=DAY).findings
    flagged = any(f.code == "listing-several-urls" for f in findings)
    return several, others, outcome.code, flagged


@pytest.mark.parametrize("around", _QUOTED)
def test_the_second_link_of_a_quoted_list_without_schemes_is_reported(
    around: tuple[str, str, str],
) -> None:
    """The brief's form and its kin: B is reported, the line refused and the entry flagged,
    as with the schemes; A is the listing read."""
    opening, between, closing = around
    text = f"{opening}{A}{between}{B}{closing}"
    read = parse_listing(text)
    assert type(read) is Listing and read.identity == "taobao-item:606832683299", text
    assert _every_answer(text) == (True, [B], "several-listings", True), text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_LINKS), st.sampled_from(_LINKS), st.sampled_from(_QUOTED))
@example(A, B, ("['", "','", "']"))  # the brief's form
@example(A, A, ("['", "','", "']"))  # the same listing twice: no other
@example(A, "detail.1688.com/offer/585943639773.html", ("('", "';'", "')"))
def test_a_quoted_list_answers_as_with_schemes(
    first: str, second: str, around: tuple[str, str, str]
) -> None:
    """A list in single quotes of two links without their schemes gets, on every path, the
    answer the same list with the schemes gets (the others without their schemes)."""
    opening, between, closing = around
    bare = f"{opening}{first}{between}{second}{closing}"
    schemed = f"{opening}https://{first}{between}https://{second}{closing}"
    several, others, code, flagged = _every_answer(bare)
    _, schemed_others, schemed_code, schemed_flagged = _every_answer(schemed)
    assert several is True, bare
    assert others == [link.replace("https://", "", 1) for link in schemed_others], bare
    assert (code, flagged) == (schemed_code, schemed_flagged), bare


@pytest.mark.parametrize(
    "text",
    [
        A,  # a plain link
        f"https://{A}&x='a'",  # single quotes, no list
        f"['{A}','']",  # a list whose other value is empty
        f"['{A}','title']",  # ... or no link
        f"['{A}','a.b']",  # ... or a host with no slash after it
    ],
)
def test_no_other_listing_where_there_is_none(text: str) -> None:
    """Controls: what holds no second link is not refused as several, on every path."""
    several, others, code, flagged = _every_answer(text)
    assert several is reference_several(text), text
    assert (others, code, flagged) == ([], None, False), text
