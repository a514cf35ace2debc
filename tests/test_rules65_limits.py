"""A grader's cases on form limits and what one complaint may hold (C1, C3, C7).

Each expected answer was decided from the rule text (ipp-rules.md part 0, the default
reading; R15, R41-R47; D13) before the library was run. A check case compares the exact set of
(severity, code) of the findings (the clean base plan gives none but ``right-unused``) and,
where a disputed reading changes the answer, the readings the key finding names. A planner
case checks the complaint sizes and, for every case, that each line is accounted for once and
that every emitted complaint respects every limit and checks with zero errors.
"""

from __future__ import annotations

import copy
import io
from collections import Counter
from typing import Any

import pytest

from ipprules.checks import check, plan_from_data
from ipprules.errors import CoverageError, InputError
from ipprules.planner import PlanLine, Settings, plan_listings, read_lines

pytestmark = pytest.mark.no_cover

AS_OF = "2026-11-23"
STORE_TB = "https://shop123456789.taobao.com/"


def url(platform: str, i: int) -> str:
    n = 600000000000 + i
    return {
        "taobao": f"https://item.taobao.com/item.htm?id={n}",
        "tmall": f"https://detail.tmall.com/item.htm?id={n}",
        "tmall_global": f"https://detail.tmall.hk/hk/item.htm?id={n}",
        "1688": f"https://detail.1688.com/offer/{n}.html",
        "alibaba_com": f"https://www.alibaba.com/product-detail/Widget_{n}.html",
        "aliexpress": f"https://www.aliexpress.com/item/{1005000000000000 + i}.html",
        "lazada_sg": f"https://www.lazada.sg/products/widget-i{n}-s{n + 1}.html",
    }[platform]


def _tm(rid: str, place: str, name: str, number: str, lang: str) -> dict[str, Any]:
    return {
        "id": rid,
        "ipr_type": "trademark",
        "place": place,
        "name": name,
        "number": number,
        "registrant": "Acme Ltd",
        "classes": [9],
        "expiry_date": "2031-05-31",
        "verification": "verified",
        "documents": [
            {"kind": "trademark_certificate", "colour": True, "language": lang, "name": "Acme Ltd"}
        ],
    }


RIGHTS = [
    _tm("tm-cn", "CN", "ACME", "12345678", "zh"),
    _tm("tm-cn2", "CN", "ACMO", "12345679", "zh"),
    _tm("tm-sg", "SG", "ACME", "40201912345X", "en"),
    {
        "id": "pat-cn",
        "ipr_type": "patent",
        "subtype": "invention",
        "place": "CN",
        "name": "Lamp",
        "number": "ZL201910123456.7",
        "expiry_date": "2039-05-31",
        "registrant": "Acme Ltd",
        "verification": "verified",
        "documents": [
            {"kind": "patent_certificate", "colour": True, "language": "zh", "name": "Acme Ltd"},
            {"kind": "patent_evaluation_report", "language": "zh", "conclusion": "positive"},
        ],
    },
    {
        "id": "cr-cn",
        "ipr_type": "copyright",
        "place": "CN",
        "name": "Lamp photo",
        "number": "2020-F-00123456",
        "registrant": "Acme Ltd",
        "verification": "verified",
        "documents": [
            {"kind": "copyright_certificate", "colour": True, "language": "zh", "name": "Acme Ltd"}
        ],
    },
]


def plan(complaints: list[dict[str, Any]], **account: Any) -> dict[str, Any]:
    acct = {
        "name": "Acme Ltd",
        "location": "elsewhere",
        "identity": "enterprise",
        "incorporated": "GB",
        "documents": [{"kind": "business_registration", "name": "Acme Ltd", "language": "en"}],
        "complaints_filed": 500,
    }
    acct.update(account)
    return {
        "as_of": AS_OF,
        "account": acct,
        "rights": copy.deepcopy(RIGHTS),
        "complaints": complaints,
    }


def comp(
    cid: str = "c1",
    platform: str = "taobao",
    n: int = 1,
    start: int = 0,
    right: Any = "tm-cn",
    reason: Any = "tm_counterfeit",
    **kw: Any,
) -> dict[str, Any]:
    c = {
        "id": cid,
        "platform": platform,
        "right": right,
        "reason": reason,
        "listings": [url(platform, start + i) for i in range(n)],
        "supplement": "Counterfeit ACME goods sold under the mark.",
    }
    c.update(kw)
    return c


def att(size: float = 1.0) -> dict[str, Any]:
    return {"kind": "test_purchase_report", "language": "en", "size_mb": size}


def lz(**kw: Any) -> dict[str, Any]:
    return comp(platform="lazada_sg", right="tm-sg", **kw)


TP = {"reason": "tm_counterfeit_test_purchase", "evidence": [att()]}
LZ_OFF = ("info", "other-reading-finding")  # R40: a Lazada place is a gap under official
FORM = {"channel": "standalone_form"}
UNREG = {"registered": False}

E = "error"
W = "warning"
U = "unknown"
I = "info"  # noqa: E741

# (id, plan data, as_of, interpretation, expected {(severity, code)}, key code, its readings)
CHECK_CASES: list[tuple[str, dict[str, Any], str | None, str | None, set[Any], str | None, Any]] = [
    # B17, R43: at most 300 listings a complaint on the portal, every platform family
    ("portal-taobao-299", plan([comp(n=299)]), None, None, set(), None, None),
    ("portal-taobao-300", plan([comp(n=300)]), None, None, set(), None, None),
    ("portal-taobao-301", plan([comp(n=301)]), None, None, {(E, "listings-too-many")}, None, ()),
    ("portal-tmall-300", plan([comp(platform="tmall", n=300)]), None, None, set(), None, None),
    (
        "portal-tmall-301",
        plan([comp(platform="tmall", n=301)]),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "portal-tmall-global-301",
        plan([comp(platform="tmall_global", n=301)]),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    ("portal-1688-300", plan([comp(platform="1688", n=300)]), None, None, set(), None, None),
    (
        "portal-1688-301",
        plan([comp(platform="1688", n=301)]),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "portal-alibaba-com-300",
        plan([comp(platform="alibaba_com", n=300)]),
        None,
        None,
        set(),
        None,
        None,
    ),
    (
        "portal-alibaba-com-301",
        plan([comp(platform="alibaba_com", n=301)]),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "portal-aliexpress-299",
        plan([comp(platform="aliexpress", n=299)]),
        None,
        None,
        set(),
        None,
        None,
    ),
    (
        "portal-aliexpress-301",
        plan([comp(platform="aliexpress", n=301)]),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    # R43: Lazada's SECA answer gives the same 300
    ("portal-lazada-300", plan([lz(n=300)]), None, None, {LZ_OFF}, None, None),
    (
        "portal-lazada-301",
        plan([lz(n=301)]),
        None,
        None,
        {(E, "listings-too-many"), LZ_OFF},
        "listings-too-many",
        (),
    ),
    # B2, R15, R44: the stand-alone form, at most 10 links, accounts without IPP only
    ("form-taobao-9", plan([comp(n=9, **FORM)], **UNREG), None, None, set(), None, None),
    ("form-taobao-10", plan([comp(n=10, **FORM)], **UNREG), None, None, set(), None, None),
    (
        "form-taobao-11",
        plan([comp(n=11, **FORM)], **UNREG),
        None,
        None,
        {(E, "listings-too-many")},
        "listings-too-many",
        (),
    ),
    (
        "form-1688-11",
        plan([comp(platform="1688", n=11, **FORM)], **UNREG),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "form-aliexpress-10",
        plan([comp(platform="aliexpress", n=10, **FORM)], **UNREG),
        None,
        None,
        set(),
        None,
        None,
    ),
    (
        "form-alibaba-com-11",
        plan([comp(platform="alibaba_com", n=11, **FORM)], **UNREG),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "form-tmall-300",
        plan([comp(platform="tmall", n=300, **FORM)], **UNREG),
        None,
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "form-registered-user",
        plan([comp(n=10, **FORM)]),
        None,
        None,
        {(E, "channel-registered-account")},
        None,
        None,
    ),
    (
        "portal-unregistered",
        plan([comp()], **UNREG),
        None,
        None,
        {(E, "channel-needs-account")},
        None,
        None,
    ),
    # B2 names no platform: the form on Lazada is inferred (brief), a gap (official)
    (
        "form-lazada-brief",
        plan([lz(n=3, **FORM)], **UNREG),
        None,
        None,
        {(I, "channel-platform-inferred"), LZ_OFF},
        "channel-platform-inferred",
        ("official",),
    ),
    (
        "form-lazada-11",
        plan([lz(n=11, **FORM)], **UNREG),
        None,
        None,
        {(E, "listings-too-many"), (I, "channel-platform-inferred"), LZ_OFF},
        None,
        None,
    ),
    (
        "form-storefront-gap",
        plan(
            [
                comp(
                    platform="tmall",
                    target="storefront",
                    reason="tm_store_misuse",
                    listings=["https://acme.tmall.com/"],
                    **FORM,
                )
            ],
            **UNREG,
        ),
        None,
        None,
        {(U, "channel-storefront-unknown")},
        None,
        None,
    ),
    ("listings-none", plan([comp(n=0)]), None, None, {(E, "listings-empty")}, None, None),
    # R8, R9, R45: one right per complaint
    (
        "two-rights",
        plan([comp(right=["tm-cn", "tm-cn2"])]),
        None,
        None,
        {(E, "complaint-several-rights")},
        None,
        None,
    ),
    (
        "two-rights-two-places",
        plan([comp(right=["tm-cn", "tm-sg"])]),
        None,
        None,
        {(E, "complaint-several-rights")},
        None,
        None,
    ),
    # B16: one target kind; a URL of the other kind is refused
    (
        "storefront-listing-url",
        plan([comp(target="storefront", reason="tm_store_misuse", listings=[url("taobao", 1)])]),
        None,
        None,
        {(E, "listing-wrong-kind")},
        None,
        None,
    ),
    (
        "listing-storefront-url",
        plan([comp(listings=[STORE_TB, url("taobao", 1)])]),
        None,
        None,
        {(E, "listing-wrong-kind")},
        None,
        None,
    ),
    (
        "storefront-taobao",
        plan([comp(target="storefront", reason="tm_store_misuse", listings=[STORE_TB])]),
        None,
        None,
        set(),
        None,
        None,
    ),
    (
        "storefront-tmall-global",
        plan(
            [
                comp(
                    platform="tmall_global",
                    target="storefront",
                    reason="tm_store_misuse",
                    listings=["https://acme.tmall.hk/"],
                )
            ]
        ),
        None,
        None,
        set(),
        None,
        None,
    ),
    # B16 (brief): store fronts only on the Taobao family; D13 (official): a gap elsewhere
    (
        "storefront-1688",
        plan(
            [
                comp(
                    platform="1688",
                    target="storefront",
                    reason="tm_store_misuse",
                    listings=["https://shop1434560114962.1688.com/"],
                )
            ]
        ),
        None,
        None,
        {(E, "storefront-not-allowed"), (I, "other-reading-finding")},
        "storefront-not-allowed",
        ("official",),
    ),
    (
        "storefront-aliexpress",
        plan(
            [
                comp(
                    platform="aliexpress",
                    target="storefront",
                    reason="tm_store_misuse",
                    listings=["https://www.aliexpress.com/store/912345"],
                )
            ]
        ),
        None,
        None,
        {(E, "storefront-not-allowed"), (I, "other-reading-finding")},
        "storefront-not-allowed",
        ("official",),
    ),
    (
        "storefront-aliexpress-official",
        plan(
            [
                comp(
                    platform="aliexpress",
                    target="storefront",
                    reason="tm_store_misuse",
                    listings=["https://www.aliexpress.com/store/912345"],
                )
            ]
        ),
        None,
        "official",
        {(U, "storefront-unknown"), (I, "other-reading-finding")},
        "storefront-unknown",
        ("brief", "brief-at-least-100"),
    ),
    # B16 (brief): store fronts on Taobao whatever the right; R42: specific products offered
    # for sale (a patent's) are complained of as listings; D13 (official): a gap off trademarks
    (
        "storefront-patent-taobao",
        plan(
            [comp(right="pat-cn", reason="pat_invention", target="storefront", listings=[STORE_TB])]
        ),
        None,
        None,
        {(E, "reason-wrong-target"), (I, "other-reading-finding")},
        "reason-wrong-target",
        ("official",),
    ),
    (
        "storefront-copyright-taobao",
        plan([comp(right="cr-cn", reason="cr_misuse", target="storefront", listings=[STORE_TB])]),
        None,
        None,
        {(I, "other-reading-finding")},
        "other-reading-finding",
        ("official",),
    ),
    (
        "patent-listing-taobao",
        plan([comp(right="pat-cn", reason="pat_invention")]),
        None,
        None,
        set(),
        None,
        None,
    ),
    # R50, R74: members' codes are an IPP account's, not the stand-alone form's
    (
        "form-good-faith-only-code",
        plan([comp(reason="gf_counterfeit_simplified", **FORM)], registered=False, good_faith=True),
        None,
        None,
        {(E, "reason-good-faith-only")},
        None,
        None,
    ),
    # one platform per complaint (B16: the platform is chosen first)
    (
        "tmall-url-in-taobao",
        plan([comp(listings=[url("tmall", 1)])]),
        None,
        None,
        {(E, "listing-wrong-platform")},
        None,
        None,
    ),
    (
        "aliexpress-url-in-1688",
        plan([comp(platform="1688", listings=[url("aliexpress", 1)])]),
        None,
        None,
        {(E, "listing-wrong-platform")},
        None,
        None,
    ),
    # one test purchase per complaint (C7; inferred from B17)
    (
        "test-purchase-one",
        plan([comp(order_number="1234567890123456", **TP)]),
        None,
        None,
        set(),
        None,
        None,
    ),
    (
        "test-purchase-two",
        plan([comp(order_number="1234567890123456; 2234567890123456", **TP)]),
        None,
        None,
        {(E, "order-number-several")},
        None,
        None,
    ),
    (
        "test-purchase-no-order",
        plan([comp(**TP)]),
        None,
        None,
        {(E, "evidence-missing")},
        None,
        None,
    ),
    # R47 (third-party, low): Lazada attachments, at most 4 of at most 5 MB
    ("lazada-attachments-3", plan([lz(evidence=[att()] * 3)]), None, None, {LZ_OFF}, None, None),
    ("lazada-attachments-4", plan([lz(evidence=[att()] * 4)]), None, None, {LZ_OFF}, None, None),
    (
        "lazada-attachments-5",
        plan([lz(evidence=[att()] * 5)]),
        None,
        None,
        {(E, "attachments-too-many"), LZ_OFF},
        None,
        None,
    ),
    (
        "lazada-attachment-5mb",
        plan([lz(evidence=[att(5)])]),
        None,
        None,
        {LZ_OFF},
        None,
        None,
    ),
    (
        "lazada-attachment-4.99mb",
        plan([lz(evidence=[att(4.99)])]),
        None,
        None,
        {LZ_OFF},
        None,
        None,
    ),
    (
        "lazada-attachment-5.01mb",
        plan([lz(evidence=[att(5.01)])]),
        None,
        None,
        {(E, "attachment-too-large"), LZ_OFF},
        None,
        None,
    ),
    (
        "lazada-attachments-5-of-6mb",
        plan([lz(evidence=[att(6)] * 5)]),
        None,
        None,
        {(E, "attachments-too-many"), (E, "attachment-too-large"), LZ_OFF},
        None,
        None,
    ),
    # B17 / R41: a supplement reason is asked; the text gives no length limit
    (
        "supplement-blank",
        plan([comp(supplement="   ")]),
        None,
        None,
        {(E, "supplement-missing")},
        None,
        None,
    ),
    ("supplement-one-char", plan([comp(supplement="x")]), None, None, set(), None, None),
    # R45 and the complaints_per_listing inference: the same listing twice
    (
        "same-listing-twice-in-one",
        plan([comp(listings=[url("taobao", 1), url("taobao", 1) + "&spm=a.b"])]),
        None,
        None,
        {(E, "listing-duplicate")},
        None,
        None,
    ),
    (
        "same-listing-mobile-and-desktop",
        plan(
            [
                comp(
                    listings=[
                        url("taobao", 1),
                        "https://h5.m.taobao.com/awp/core/detail.htm?id=600000000001",
                    ]
                )
            ]
        ),
        None,
        None,
        {(E, "listing-duplicate"), (W, "listing-platform-ambiguous")},
        None,
        None,
    ),
    (
        "same-listing-across-two-same-right",
        plan([comp(n=2), comp(cid="c2", n=2)]),
        None,
        None,
        {(W, "listing-duplicate-in-plan")},
        None,
        None,
    ),
    (
        "same-listing-across-two-rights",
        plan([comp(n=1), comp(cid="c2", n=1, right="tm-cn2")]),
        None,
        None,
        {(W, "listing-duplicate-in-plan")},
        None,
        None,
    ),
    (
        "distinct-listings-two",
        plan([comp(n=2), comp(cid="c2", n=2, start=2)]),
        None,
        None,
        set(),
        None,
        None,
    ),
    # B18, B21: a large batch from a new filer; "more than 100" (brief) vs "at least 100"
    (
        "new-filer-99",
        plan([comp(n=99)], complaints_filed=20),
        None,
        None,
        set(),
        None,
        None,
    ),
    (
        "new-filer-100",
        plan([comp(n=100)], complaints_filed=20),
        None,
        None,
        {(W, "new-filer-large-batch")},
        None,
        None,
    ),
    (
        "filed-100-brief",
        plan([comp(n=100)], complaints_filed=100),
        None,
        None,
        {(W, "new-filer-large-batch")},
        "new-filer-large-batch",
        ("brief-at-least-100",),
    ),
    (
        "filed-100-at-least-100",
        plan([comp(n=100)], complaints_filed=100),
        None,
        "brief-at-least-100",
        {(I, "other-reading-finding")},
        "other-reading-finding",
        ("brief", "official"),
    ),
    ("filed-101", plan([comp(n=100)], complaints_filed=101), None, None, set(), None, None),
    # when the limits start: the rule book from 2015-01-06, Lazada from June 2019 (R95)
    ("limits-first-day", plan([comp(n=300)]), "2015-01-06", None, set(), None, None),
    (
        "limits-first-day-301",
        plan([comp(n=301)]),
        "2015-01-06",
        None,
        {(E, "listings-too-many")},
        None,
        None,
    ),
    (
        "lazada-before-ipp",
        plan([lz(n=1)]),
        "2019-05-31",
        None,
        {(E, "platform-unknown")},
        None,
        None,
    ),
    (
        "lazada-first-day",
        plan([lz(n=300)]),
        "2019-06-01",
        None,
        {(I, "platform-start-undated"), LZ_OFF},
        None,
        None,
    ),
    (
        "lazada-attachments-first-day",
        plan([lz(evidence=[att()] * 5)]),
        "2019-06-01",
        None,
        {(E, "attachments-too-many"), (I, "platform-start-undated"), LZ_OFF},
        None,
        None,
    ),
    # B1: Xianyu is filed as Taobao (brief); not documented (official, R33)
    (
        "xianyu-as-taobao",
        plan([comp(listings=["https://www.goofish.com/item?id=712345678901"])]),
        None,
        None,
        {(I, "other-reading-finding")},
        "other-reading-finding",
        ("official",),
    ),
]


def _findings(data: dict[str, Any], as_of: str | None, interp: str | None) -> list[Any]:
    kw: dict[str, Any] = {}
    if as_of:
        kw["as_of"] = as_of
    if interp:
        kw["interpretation"] = interp
    report = check(plan_from_data(data), **kw)
    return [f for f in report.findings if f.code != "right-unused"]


@pytest.mark.parametrize(
    ("data", "as_of", "interp", "expected", "key", "readings"),
    [pytest.param(*c[1:], id=c[0]) for c in CHECK_CASES],
)
def test_check_case(
    data: dict[str, Any],
    as_of: str | None,
    interp: str | None,
    expected: set[Any],
    key: str | None,
    readings: Any,
) -> None:
    found = _findings(data, as_of, interp)
    assert {(f.severity.value, f.code) for f in found} == expected, [
        (f.code, f.message) for f in found
    ]
    if key is not None:
        assert {f.other_readings for f in found if f.code == key} == {readings}


# B16, R41, C7: one reason, one target kind, one order number: a list is unusable input
@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("reason", ["tm_counterfeit", "tm_misuse"], id="two-reasons"),
        pytest.param("target", ["listing", "storefront"], id="two-targets"),
        pytest.param("order_number", ["1234567890123456", "2234567890123456"], id="two-orders"),
    ],
)
def test_one_per_complaint_refused_on_reading(field: str, value: list[str]) -> None:
    with pytest.raises(InputError, match="per complaint"):
        plan_from_data(plan([comp(**{field: value})]))


def test_a_line_naming_two_rights_is_refused() -> None:
    """R45: a planner line's right cell naming two of the account's rights is refused."""
    text = f"url,right,reason\n{url('taobao', 1)},tm-cn;tm-cn2,tm_counterfeit\n"
    with pytest.raises(InputError, match="one right per complaint"):
        list(read_lines(io.StringIO(text), rights=["tm-cn", "tm-cn2"]))


def test_before_the_rule_book_is_refused() -> None:
    with pytest.raises(CoverageError):
        check(plan_from_data(plan([comp()])), as_of="2015-01-05")


# ---------------------------------------------------------------- the planner (C7)

LIMIT = {"portal": 300, "standalone_form": 10}


def _line(i: int, platform: str = "taobao", **kw: Any) -> PlanLine:
    return PlanLine(line=i + 1, url=url(platform, i), **kw)


def _lines(n: int, platform: str = "taobao", **kw: Any) -> list[PlanLine]:
    return [_line(i, platform, right="tm-cn", reason="tm_counterfeit", **kw) for i in range(n)]


def _store(n: int) -> list[PlanLine]:
    return [
        PlanLine(
            line=i + 1,
            url=f"https://shop{100000000 + i}.taobao.com/",
            right="tm-cn",
            reason="tm_store_misuse",
        )
        for i in range(n)
    ]


_DUPS = [
    _line(0, right="tm-cn", reason="tm_counterfeit"),
    PlanLine(line=2, url=url("taobao", 0) + "&spm=zz", right="tm-cn", reason="tm_counterfeit"),
    PlanLine(line=3, url=url("taobao", 0), right="tm-cn2", reason="tm_counterfeit"),
    PlanLine(line=4, url=url("taobao", 0), right="tm-cn", reason="tm_misuse"),
]

# (id, lines, channel, strategy, registered, filed, sizes, {status: count}, rejected codes,
#  [plan_listings keywords, [a note's words naming the reading that plans otherwise]])
PLAN_CASES: list[tuple[Any, ...]] = [
    ("portal-300", _lines(300), "portal", "fewest", True, 500, [300], {"planned": 300}, {}),
    ("portal-301", _lines(301), "portal", "fewest", True, 500, [300, 1], {"planned": 301}, {}),
    (
        "portal-650",
        _lines(650),
        "portal",
        "fewest",
        True,
        500,
        [300, 300, 50],
        {"planned": 650},
        {},
    ),
    (
        "form-25",
        _lines(25),
        "standalone_form",
        "fewest",
        False,
        0,
        [10, 10, 5],
        {"planned": 25},
        {},
    ),
    ("form-10", _lines(10), "standalone_form", "fewest", False, 0, [10], {"planned": 10}, {}),
    (
        "form-registered",
        _lines(3),
        "standalone_form",
        "fewest",
        True,
        500,
        [],
        {"rejected": 3},
        {"check:channel-registered-account": 3},
    ),
    (
        "mixed-rights-reasons",
        [
            _line(
                i,
                right="tm-cn" if i % 2 else "tm-cn2",
                reason="tm_counterfeit" if i % 3 else "tm_misuse",
            )
            for i in range(12)
        ],
        "portal",
        "fewest",
        True,
        500,
        [2, 4, 4, 2],
        {"planned": 12},
        {},
    ),
    (
        "three-test-purchases",
        [
            _line(
                i,
                right="tm-cn",
                reason="tm_counterfeit_test_purchase",
                order_number=str(1000000000000000 + i % 3),
            )
            for i in range(9)
        ],
        "portal",
        "fewest",
        True,
        500,
        [3, 3, 3],
        {"planned": 9},
        {},
    ),
    (
        "test-purchase-without-order",
        [_line(i, right="tm-cn", reason="tm_counterfeit_test_purchase") for i in range(2)],
        "portal",
        "fewest",
        True,
        500,
        [],
        {"rejected": 2},
        {"missing-order": 2},
    ),
    (
        "duplicates",
        _DUPS,
        "portal",
        "fewest",
        True,
        500,
        [1, 1],
        {"planned": 2, "duplicate": 2},
        {},
    ),
    ("storefronts-301", _store(301), "portal", "fewest", True, 500, [300, 1], {"planned": 301}, {}),
    (
        "storefront-and-listing",
        [*_store(1), _line(1, right="tm-cn", reason="tm_counterfeit")],
        "portal",
        "fewest",
        True,
        500,
        [1, 1],
        {"planned": 2},
        {},
    ),
    (
        "storefront-1688",
        [
            PlanLine(
                line=1,
                url="https://shop1434560114962.1688.com/",
                right="tm-cn",
                reason="tm_store_misuse",
            )
        ],
        "portal",
        "fewest",
        True,
        500,
        [],
        {"rejected": 1},
        {"storefront-not-allowed": 1},
    ),
    (
        "mixed-platforms",
        [
            _line(i, p, right="tm-cn", reason="tm_counterfeit")
            for i, p in enumerate(["taobao", "tmall", "aliexpress", "1688", "taobao"])
        ],
        "portal",
        "fewest",
        True,
        500,
        [2, 1, 1, 1],
        {"planned": 5},
        {},
    ),
    (
        "protect-new-filer",
        _lines(400),
        "portal",
        "protect",
        True,
        20,
        [50, 99, 99, 99, 53],
        {"planned": 400},
        {},
    ),
    (
        "form-two-test-purchases",
        [
            _line(
                i,
                right="tm-cn",
                reason="tm_counterfeit_test_purchase",
                order_number=str(1000000000000000 + (i >= 12)),
            )
            for i in range(15)
        ],
        "standalone_form",
        "fewest",
        False,
        0,
        [10, 2, 3],
        {"planned": 15},
        {},
    ),
    (
        "protect-filed-100-brief",
        _lines(150),
        "portal",
        "protect",
        True,
        100,
        [50, 99, 1],
        {"planned": 150},
        {},
        {},
        "under brief-at-least-100 it is not one (D1)",
    ),
    (
        "protect-filed-100-at-least-100",
        _lines(150),
        "portal",
        "protect",
        True,
        100,
        [150],
        {"planned": 150},
        {},
        {"interpretation": "brief-at-least-100"},
        "under brief, official it is one (D1)",
    ),
    (
        "already-open-listing",
        _lines(3),
        "portal",
        "fewest",
        True,
        500,
        [2],
        {"planned": 2, "rejected": 1},
        {"already-open": 1},
        {"open_listings": [url("taobao", 1)]},
    ),
]


@pytest.mark.parametrize(
    (
        "lines",
        "channel",
        "strategy",
        "registered",
        "filed",
        "sizes",
        "counts",
        "rejected",
        "extra",
        "note",
    ),
    [pytest.param(*(c[1:] + ({}, None)[len(c) - 9 :]), id=c[0]) for c in PLAN_CASES],
)
def test_plan_case(
    lines: list[PlanLine],
    channel: str,
    strategy: str,
    registered: bool,
    filed: int,
    sizes: list[int],
    counts: dict[str, int],
    rejected: dict[str, int],
    extra: dict[str, Any],
    note: str | None,
) -> None:
    account = plan_from_data(plan([], registered=registered, complaints_filed=filed))
    result = plan_listings(
        lines,
        account,
        settings=Settings(channel=channel, strategy=strategy),
        as_of=AS_OF,
        **extra,
    )
    if note is not None:  # D1: the reading that would plan otherwise is named
        assert any(note in n for n in result.notes), result.notes
    made = [p.complaint for p in result.complaints]
    assert [len(c.listings) for c in made] == sizes
    # every line accounted for once
    assert sorted(o.line for o in result.outcomes) == sorted(line.line for line in lines)
    assert dict(Counter(o.status.value for o in result.outcomes)) == counts
    assert dict(Counter(o.code for o in result.outcomes if o.status.value == "rejected")) == (
        rejected
    )
    planned = Counter(o.complaint for o in result.outcomes if o.status.value == "planned")
    assert planned == Counter({c.id: len(c.listings) for c in made})
    for c in made:  # every limit, by construction
        assert len(c.listings) <= LIMIT[channel]
        assert isinstance(c.right, str) and isinstance(c.reason, str)
        assert c.order_number is None or ";" not in c.order_number
        assert len(set(c.listings)) == len(c.listings)
    if made:  # and the complaints check with zero errors
        assert len(result.plan.complaints) == len(made)
        report = check(result.plan, as_of=AS_OF, interpretation=extra.get("interpretation"))
        assert not [f for f in report.findings if f.severity.value == "error"]


def test_form_complaints_add_nothing_to_good_faith() -> None:
    """B2, R15: the stand-alone form serves rights holders without an IPP account; the Good
    Faith statistics are an IPP account's (B21, R90). The projection of a plan of form
    complaints counted them as the account's complaints (3 added, 100% takedown rate)."""
    from ipprules.planner import project

    account = plan_from_data(plan([], registered=False, complaints_filed=0))
    result = plan_listings(
        _lines(25), account, settings=Settings(channel="standalone_form"), as_of=AS_OF
    )
    assert len(result.complaints) == 3
    effect = project(result)
    assert effect.added == 0
    assert effect.after.counts == effect.before.counts
    assert any("stand-alone" in n and "3 complaint(s)" in n for n in effect.after.notes)
