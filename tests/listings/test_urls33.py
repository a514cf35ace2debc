"""urls33: links joined by a bare comma, semicolon or bar, the next one without its scheme.

``item.taobao.com/item.htm?id=1,item.taobao.com/item.htm?id=2`` (or ``;``, ``|``: a
spreadsheet's cell, a list typed into one box) was refused as one malformed id
(``'1,item.taobao.com/…' is not a valid item id``); a 1688, AliExpress or Lazada link joined so
read the first listing and lost the second without a word (``other_listings`` found none, so
the planner planned the line and the complaint check did not flag it); two store hosts so
joined (``uniqlo.tmall.com,nike.tmall.com``) were one lookalike host. With the second link's
scheme (``…,https://…``), ``LISTED_LINK`` set them apart. It now also sets them apart before a
marketplace's host without its scheme (no marketplace URL holds a separator before such a
host), on every path: the first link is read, the others are reported, the planner refuses the
line as ``several-listings`` and the check flags ``listing-several-urls``, as with the schemes.
Alone, a cell before such a link (``title,item.taobao.com/…``) made one lookalike host of the
two; it is read as ``title,https://item.taobao.com/…`` and ``see title,item.taobao.com/…`` are.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, table_tests
from _several_reference import reference_several
from ipprules.checks import check
from ipprules.checks.model import Account, Complaint, Identity, IprType, Location, Plan, Right
from ipprules.listings import parse_listing
from ipprules.listings.parser import may_hold_several, other_listings, parse_slowly
from ipprules.planner import Settings, engine, plan_listings

A = "item.taobao.com/item.htm?id=606832683299"
B = "item.taobao.com/item.htm?id=612345678901"

FIXED: list[tuple[str, str | None, str, str | None]] = [
    (f"{A},{B}", "taobao", "listing", "606832683299"),  # the brief's form; was malformed-id
    (f"{A};{B}", "taobao", "listing", "606832683299"),  # was malformed-id
    (f"{A}|{B}", "taobao", "listing", "606832683299"),  # was malformed-id
    (f"https://{A},{B}", "taobao", "listing", "606832683299"),  # the first with its scheme
    ("item.taobao.com/item.htm?spm=a1z09.2&id=606832683299,detail.tmall.com/item.htm?id=612345678901", "taobao", "listing", "606832683299"),
    (f"{A}&#10;{B}", "taobao", "listing", "606832683299"),  # an escaped line break
    ("detail.1688.com/offer/585943639773.html,detail.1688.com/offer/585943639774.html", "1688", "listing", "585943639773"),  # B was lost
    ("www.aliexpress.com/item/1005003264388589.html;www.aliexpress.com/item/1005003264388581.html", "aliexpress", "listing", "1005003264388589"),  # was missing-id
    ("www.lazada.sg/products/pdp-i2896336114-s20072727483.html|www.lazada.sg/products/pdp-i2896336115.html", "lazada_sg", "listing", "2896336114"),
    ("uniqlo.tmall.com,nike.tmall.com", "tmall", "storefront", "uniqlo"),  # was lookalike-host
    ("shop118454188.taobao.com;shop118454189.taobao.com", "taobao", "storefront", "118454188"),  # was lookalike-host
    ("www.goofish.com/item?id=965639435219,m.tb.cn/h.4CEhFr0", "taobao", "listing", "965639435219"),
    ("title,item.taobao.com/item.htm?id=606832683299", "taobao", "listing", "606832683299"),  # a CSV row; was lookalike-host
    ("Shoes;uniqlo.tmall.com", "tmall", "storefront", "uniqlo"),  # was lookalike-host
    ("evil.cn|item.taobao.com/item.htm?id=606832683299", "taobao", "listing", "606832683299"),  # another cell
    ("item.taobao.com,evil.cn/item.htm?id=606832683299", None, "lookalike-host", None),  # control: not a marketplace's
    ("item.taobao.com/item.htm?id=1,2", None, "malformed-id", None),  # control: no host after the comma
    ("item.taobao.com/item.htm?id=606832683299,item.taobao.com.evil.cn/item.htm?id=2", None, "malformed-id", None),  # control: another's host
    ("item.taobao.com/item.htm?id=606832683299,evil.example/item.htm?id=2", None, "malformed-id", None),  # control: not a marketplace's
    ("https://item.taobao.com/item.htm?id=606832683299&x=a,b.c", "taobao", "listing", "606832683299"),  # control: a comma in the query
    ("https://item.taobao.com/item.htm?id=606832683299&x=1|2;3", "taobao", "listing", "606832683299"),  # control
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(FIXED)

DAY = "2026-11-23"
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


def _every_answer(text: str) -> tuple[dict[str, object], bool, list[str], str | None, bool]:
    """What every path answers of ``text``: ``parse_listing``'s record (the thorough parser's
    and the columnar kernel's alike), whether it may hold several (the parser's quick path and
    the planner's agreeing with the reference), the other listings, the planner's code for the
    line, and whether the check flags the entry."""
    records = [parse_listing(text).as_dict() for _ in range(3)]  # the miss cache learns keys
    assert records[0] == records[1] == records[2] == parse_slowly(text).as_dict(), text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text, text]).to_pylist() == records[:2], text
    several = may_hold_several(text)
    assert several is reference_several(text) is engine._holds_several(text), text
    others = other_listings(text, parse_listing(text))
    right = Settings(right="tm-cn", reason="tm_counterfeit")
    (outcome,) = plan_listings([text], ACCOUNT, as_of=DAY, settings=right).outcomes
    complaint = Complaint(
        id="c", platform="taobao", right="tm-cn", reason="tm_counterfeit", supplement="s",
        listings=(text,),
    )  # fmt: skip
    findings = check(attrs.evolve(ACCOUNT, complaints=(complaint,)), as_of=DAY).findings
    flagged = any(f.code == "listing-several-urls" for f in findings)
    return records[0], several, others, outcome.code, flagged


#: The sample links that are read (not the short link), without their schemes.
_BARE = [link.split("://", 1)[1] for link in SAMPLE_LINKS if parse_listing(link).ok]
_READ = ("ok", "platform", "kind", "id", "canonical_url", "identity")


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_BARE),
    st.sampled_from(_BARE),
    st.sampled_from([",", ";", "|", "&#10;"]),
    st.booleans(),
)
@example(A, B, ",", False)  # the brief's form
@example(A, A, ",", False)  # the same listing twice: no other
@example(_BARE[6], "nike.tmall.com/", ",", False)  # two stores
@example(_BARE[4], _BARE[0], "|", True)
def test_links_joined_by_a_separator_answer_as_with_schemes(
    first: str, second: str, separator: str, scheme: bool
) -> None:
    """Two links joined by a bare separator, the second without its scheme (the first with
    or without it), get on every path the answer they get with the second's scheme: the
    first link's listing read, the second reported when it is another listing."""
    head = f"https://{first}" if scheme else first
    text = f"{head}{separator}{second}"
    schemed = f"{head}{separator}https://{second}"
    record, several, others, code, flagged = _every_answer(text)
    alone = parse_listing(head).as_dict()
    assert [record[key] for key in _READ] == [alone[key] for key in _READ], text
    _, _, schemed_others, schemed_code, schemed_flagged = _every_answer(schemed)
    assert several is True, text
    assert others == [link.replace("https://", "", 1) for link in schemed_others], text
    assert (code, flagged) == (schemed_code, schemed_flagged), text
    if parse_listing(second).identity != alone["identity"]:
        assert (others, code, flagged) == ([second], "several-listings", True), text


@pytest.mark.parametrize(
    "text",
    [
        "https://item.taobao.com/item.htm?id=606832683299&x=a,b.c",  # a comma in the query
        "https://item.taobao.com/item.htm?id=606832683299&scm=1007.13,1007.14&x=a|b",
        "https://item.taobao.com/item.htm?id=606832683299&x=a,taobao.com.evil.cn/",
        "item.taobao.com/item.htm?id=606832683299&x=1;2",
        "https://detail.1688.com/offer/585943639773.html,title,12.5",  # a CSV row's cells
    ],
)
def test_no_other_listing_where_there_is_none(text: str) -> None:
    """Controls: a separator before no marketplace's host holds no second link, on every
    path (the parser's and the planner's quick paths agreeing with the reference)."""
    record, _, others, code, flagged = _every_answer(text)
    assert record["ok"], text
    assert (others, code, flagged) == ([], None, False), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["title", "Shoes", "606832683299", "x", "evil.example", "12.5"]),
    st.sampled_from([",", ";", "|"]),
    st.sampled_from(_BARE),
)
@example("title", ",", A)  # a CSV row's cells
@example("Shoes", ";", _BARE[6])  # a store's host alone
def test_a_cell_before_a_link_without_its_scheme_is_no_host(
    cell: str, separator: str, link: str
) -> None:
    """A cell and a separator before a marketplace's link without its scheme get on every
    path the answer they get before the link with its scheme, and the link gets after a word."""
    text = f"{cell}{separator}{link}"
    record = _every_answer(text)[0]
    label = link.partition(".")[0]
    if separator == "|" and cell.isalnum() and cell.islower() and parse_listing(link).id == label:
        # urls37: a word that may start a store's host label, glued to it by a bar, may be a
        # bar typed inside the host (uni|qlo.tmall.com): refused naming both readings
        assert (record["ok"], record["code"]) == (False, "lookalike-host"), text
        return
    schemed = parse_listing(f"{cell}{separator}https://{link}").as_dict()
    after_a_word = parse_listing(f"see {text}").as_dict()
    for other in (schemed, after_a_word):
        assert [record[key] for key in _READ] == [other[key] for key in _READ], text
