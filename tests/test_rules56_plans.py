"""A grader's table of complaint plans (rules56): each plan is a filer's plan that is right, or
wrong in one way a real filer gets wrong (a registration the platform does not take, a missing
or expired certificate or letter, a wrong reason code, too many listings, a store front where
none is taken, a disputed rule). The expected answer of each was decided from the rule text
(/work/shared/domain/ipp-rules.md, part 0 the default) before running it. Each plan is written
to a file and run through ``ipprules check FILE --as-of 2026-11-23 --format json`` and through
``ipprules.checks.check``; both must give the expected exit code and findings."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from tests._cli import run_cli

from ipprules import check
from ipprules.checks import read_plan

pytestmark = pytest.mark.no_cover

AS_OF = "2026-11-23"
NAME = "Lumen Optics Co., Ltd."

URL = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=612345678901",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Desk-Lamp-Logo_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/desk-lamp-i2345678901-s9876543210.html",
    "lazada_th": "https://www.lazada.co.th/products/i3456789012-s1234567890.html",
    "lazada_my": "https://www.lazada.com.my/products/desk-lamp-i2345678902-s9876543211.html",
    "lazada_id": "https://www.lazada.co.id/products/desk-lamp-i2345678903-s9876543212.html",
    "lazada_ph": "https://www.lazada.com.ph/products/desk-lamp-i2345678904-s9876543213.html",
    "lazada_vn": "https://www.lazada.vn/products/desk-lamp-i2345678905-s9876543214.html",
    "xianyu": "https://www.goofish.com/item?id=765432109876",
}

TM_CERT = {"kind": "trademark_certificate", "colour": True, "language": "zh"}


def _base() -> dict[str, Any]:
    """A clean plan: a Hong Kong company files as right holder on Taobao under its CN mark."""
    return {
        "as_of": AS_OF,
        "account": {
            "name": NAME,
            "location": "elsewhere",
            "identity": "enterprise",
            "category": "right_holder",
            "incorporated": "HK",
            "complaints_filed": 40,
            "documents": [
                {
                    "kind": "business_registration",
                    "name": NAME,
                    "language": "en",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        "rights": [
            {
                "id": "tm",
                "ipr_type": "trademark",
                "name": "LUMEN",
                "place": "CN",
                "number": "31234567",
                "registration_date": "2019-06-14",
                "expiry_date": "2029-06-13",
                "classes": [9],
                "registrant": NAME,
                "documents": [dict(TM_CERT)],
            }
        ],
        "complaints": [
            {
                "id": "c1",
                "platform": "taobao",
                "right": "tm",
                "reason": "tm_counterfeit",
                "supplement": "Counterfeit LUMEN lamps.",
                "listings": [URL["taobao"]],
            }
        ],
    }


def _right(d: dict[str, Any]) -> dict[str, Any]:
    return d["rights"][0]


def _complaint(d: dict[str, Any]) -> dict[str, Any]:
    return d["complaints"][0]


def on(platform: str, place: str = "CN", **complaint: Any) -> Callable[[dict[str, Any]], None]:
    """The base complaint moved to PLATFORM (its listing too), the mark registered in PLACE."""

    def mutate(d: dict[str, Any]) -> None:
        _right(d)["place"] = place
        if place != "CN":
            _right(d)["number"] = "5812345"
            _right(d)["documents"] = [{**TM_CERT, "language": "en"}]
        c = _complaint(d)
        c["platform"] = platform
        c["listings"] = [URL[platform]]
        c.update(complaint)

    return mutate


def right(**fields: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        for key, value in fields.items():
            if value is None:
                _right(d).pop(key, None)
            else:
                _right(d)[key] = value

    return mutate


def complaint(**fields: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        for key, value in fields.items():
            if value is None:
                _complaint(d).pop(key, None)
            else:
                _complaint(d)[key] = value

    return mutate


def account(**fields: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        for key, value in fields.items():
            if value is None:
                d["account"].pop(key, None)
            else:
                d["account"][key] = value

    return mutate


def both(*mutations: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        for m in mutations:
            m(d)

    return mutate


# An agent (a brand-protection vendor) filing for Lumen, with a letter that is right in every
# way; the cases below break it in one way each.
AGENT = "Brandguard Ltd."
LETTER = {
    "rights": ["tm"],
    "platforms": [],
    "valid_from": "2026-01-01",
    "valid_until": "2027-12-31",
    "states_scope": True,
    "states_validity": True,
    "issuer": NAME,
    "issuer_identity": "enterprise",
    "template": True,
    "sealed": True,
    "grants_enforcement": True,
    "signatory_title": True,
    "language": "en",
}


def agent(**letter: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        a = d["account"]
        a["name"] = AGENT
        a["category"] = "agent"
        a["documents"][0]["name"] = AGENT
        if letter.get("none"):
            return
        a["authorisations"] = [{**LETTER, **letter}]

    return mutate


# copyright rights
CR_REGISTERED = {
    "id": "tm",
    "ipr_type": "copyright",
    "name": "LUMEN product photographs 2024",
    "place": "CN",
    "number": "2024-L-01234567",
    "registrant": NAME,
    "documents": [{"kind": "copyright_certificate", "colour": True, "language": "zh"}],
}
STATEMENT = {
    "kind": "copyright_claim_statement",
    "statement_form": "template",
    "completed": True,
    "sealed": True,
    "language": "en",
}
CR_UNREGISTERED = {
    "id": "tm",
    "ipr_type": "copyright",
    "name": "LUMEN product photographs 2024",
    "status": "unregistered",
    "registrant": NAME,
    "documents": [STATEMENT],
}


def copyright_right(
    base: dict[str, Any], platform: str, **fields: Any
) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        d["rights"] = [{**copy.deepcopy(base), **fields}]
        c = _complaint(d)
        c["platform"] = platform
        c["listings"] = [URL[platform]]
        c["reason"] = "cr_copied_content"

    return mutate


def patent(
    subtype: str, platform: str, reason: str, report: Any = "positive", **fields: Any
) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        docs: list[Any] = [{"kind": "patent_certificate", "colour": True, "language": "zh"}]
        if report is not None:
            docs.append(
                {"kind": "patent_evaluation_report", "language": "zh", "conclusion": report}
            )
        d["rights"] = [
            {
                "id": "tm",
                "ipr_type": "patent",
                "subtype": subtype,
                "name": "Desk lamp",
                "place": "CN",
                "number": "ZL201930123456.7",
                "filing_date": "2019-03-02",
                "registration_date": "2019-09-20",
                "expiry_date": "2029-03-01",
                "registrant": NAME,
                "documents": docs,
                **fields,
            }
        ]
        c = _complaint(d)
        c["platform"] = platform
        c["listings"] = [URL[platform]]
        c["reason"] = reason

    return mutate


def listings(platform: str, n: int, **fields: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        c = _complaint(d)
        c["platform"] = platform
        if platform == "aliexpress":
            _right(d)["place"] = "CN"
            c["listings"] = [
                f"https://www.aliexpress.com/item/{1005004878600000 + i}.html" for i in range(n)
            ]
        else:
            c["listings"] = [
                f"https://item.taobao.com/item.htm?id={606832600000 + i}" for i in range(n)
            ]
        c.update(fields)

    return mutate


R = "$.complaints[0].right"
E = "error"
W = "warning"
U = "unknown"
I = "info"  # noqa: E741

# (case id, mutation, exit code, findings: (code, severity, path, other readings or None)).
# Every error, warning and unknown of the brief's report is listed (nothing else may appear);
# an info listed must appear. Other readings, where given, are the finding's exactly.
Case = tuple[str, Callable[[dict[str, Any]], None], int, list[tuple[str, str, str, Any]]]
CASES: list[Case] = [
    ("clean-taobao-cn-mark", lambda d: None, 0, []),
    # ---- which registrations each platform takes (B12-B15, R39)
    ("us-mark-on-taobao", on("taobao", "US"), 1, [("right-place-not-accepted", E, R, None)]),
    ("us-mark-on-tmall", on("tmall", "US"), 1, [("right-place-not-accepted", E, R, None)]),
    ("us-mark-on-1688", on("1688", "US"), 1, [("right-place-not-accepted", E, R, None)]),
    ("hk-mark-on-tmall", on("tmall", "HK"), 1, [("right-place-not-accepted", E, R, None)]),
    ("hk-mark-on-1688", on("1688", "HK"), 1, [("right-place-not-accepted", E, R, None)]),
    (
        "us-mark-on-tmall-global",
        on("tmall_global", "US"),
        1,
        [("right-place-not-accepted", E, R, None)],
    ),
    ("hk-mark-on-tmall-global", on("tmall_global", "HK"), 0, []),
    ("cn-mark-on-tmall-global", on("tmall_global", "CN"), 0, []),
    (
        "us-mark-on-aliexpress",
        on("aliexpress", "US"),
        0,
        [("right-place-not-preferred", I, R, None)],
    ),
    (
        "us-mark-on-alibaba-com",
        on("alibaba_com", "US"),
        0,
        [("right-place-not-preferred", I, R, None)],
    ),
    ("cn-mark-on-aliexpress", on("aliexpress", "CN"), 0, []),
    (
        "cn-mark-on-lazada-sg",
        on("lazada_sg", "CN"),
        1,
        [("right-place-not-accepted", E, R, ("official",))],
    ),
    ("sg-mark-on-lazada-sg", on("lazada_sg", "SG"), 0, []),
    (
        "th-mark-on-lazada-my",
        on("lazada_my", "TH"),
        1,
        [("right-place-not-accepted", E, R, ("official",))],
    ),
    ("th-mark-on-lazada-th", on("lazada_th", "TH"), 0, []),
    ("id-mark-on-lazada-id", on("lazada_id", "ID"), 0, []),
    (
        "vn-mark-on-lazada-ph",
        on("lazada_ph", "VN"),
        1,
        [("right-place-not-accepted", E, R, ("official",))],
    ),
    ("vn-mark-on-lazada-vn", on("lazada_vn", "VN"), 0, []),
    # Xianyu is filed by selecting Taobao (B1); official: no source names it (R33, D11)
    (
        "xianyu-listing-filed-as-taobao",
        complaint(listings=[URL["xianyu"]]),
        0,
        [("other-reading-finding", I, "$.complaints[0].listings[0]", ("official",))],
    ),
    (
        "us-mark-xianyu-listing",
        both(on("taobao", "US"), complaint(listings=[URL["xianyu"]])),
        1,
        [("right-place-not-accepted", E, R, None)],
    ),
    (
        "xianyu-as-platform",
        on("xianyu", "CN"),
        1,
        [
            ("platform-unknown", E, "$.complaints[0].platform", ("official",)),
            ("listing-not-judged", U, "$.complaints[0].listings[0]", ("official",)),
        ],
    ),
    (
        "hk-mark-on-alibaba-com",
        on("alibaba_com", "HK"),
        0,
        [("right-place-not-preferred", I, R, None)],
    ),
    (
        "madrid-wo-with-extension-on-taobao",
        right(
            place="WO",
            madrid=True,
            number="1234567",
            documents=[
                {**TM_CERT, "language": "en"},
                {**TM_CERT, "kind": "madrid_extension_certificate"},
            ],
        ),
        0,
        [],
    ),
    (
        "madrid-wo-without-extension-on-taobao",
        right(place="WO", madrid=True, number="1234567", documents=[{**TM_CERT, "language": "en"}]),
        1,
        [("right-place-not-accepted", E, R, None)],
    ),
    (
        "madrid-cn-without-extension",
        right(madrid=True),
        1,
        [("right-document-missing", E, R, None)],
    ),
    (
        "madrid-cn-with-extension",
        right(
            madrid=True, documents=[TM_CERT, {**TM_CERT, "kind": "madrid_extension_certificate"}]
        ),
        0,
        [],
    ),
    # ---- certificates on the filing date (B7, R18, R19, R24)
    ("tm-certificate-missing", right(documents=[]), 1, [("right-document-missing", E, R, None)]),
    (
        "tm-expired-before-filing",
        right(registration_date="2016-10-01", expiry_date="2026-09-30"),
        1,
        [("right-expired", E, R, None)],
    ),
    (
        "tm-expires-on-filing-day",
        right(registration_date="2016-11-24", expiry_date=AS_OF),
        0,
        [("right-expires-soon", W, R, None)],
    ),
    (
        "tm-expires-in-60-days",
        right(expiry_date="2027-01-22"),
        0,
        [("right-expires-soon", W, R, None)],
    ),
    (
        "tm-renewed-without-renewal-certificate",
        right(renewed=True),
        1,
        [("right-document-missing", E, R, None)],
    ),
    (
        "tm-black-and-white-unsealed",
        right(documents=[{**TM_CERT, "colour": False, "sealed": False, "signed": False}]),
        1,
        [("document-copy-not-accepted", E, "$.rights[0].documents[0]", None)],
    ),
    ("tm-pending-application", right(status="pending"), 1, [("right-not-accepted", E, R, None)]),
    # ---- letters of authorisation (R10-R13, R32)
    ("agent-good-letter", agent(), 0, []),
    ("agent-without-letter", agent(none=True), 1, [("authorisation-missing", E, R, None)]),
    (
        "agent-letter-expired",
        agent(valid_until="2026-06-30"),
        1,
        [("authorisation-not-valid", E, R, None)],
    ),
    (
        "agent-letter-not-yet-valid",
        agent(valid_from="2026-12-01"),
        1,
        [("authorisation-not-valid", E, R, None)],
    ),
    (
        "agent-letter-for-other-platform",
        agent(platforms=["aliexpress"]),
        1,
        [("authorisation-missing", E, R, None)],
    ),
    (
        "agent-letter-from-licensee",
        agent(issuer="Lumen Trading (Shenzhen) Co., Ltd."),
        1,
        [("authorisation-issuer-not-holder", E, "$.account.authorisations[0]", None)],
    ),
    (
        "agent-letter-unsealed",
        agent(sealed=False, signed=False),
        1,
        [("authorisation-not-sealed-or-signed", E, "$.account.authorisations[0]", None)],
    ),
    (
        "agent-letter-no-scope-on-taobao",
        agent(states_scope=False),
        1,
        [("authorisation-scope-unstated", E, R, None)],
    ),
    (
        "agent-letter-no-scope-on-aliexpress",
        both(on("aliexpress"), agent(states_scope=False)),
        0,
        [],
    ),
    ("agent-letter-valid-until-filing-day", agent(valid_until=AS_OF), 0, []),
    (
        "agent-letter-for-other-right",
        agent(rights=["tm-other"]),
        1,
        [("authorisation-missing", E, R, None)],
    ),
    (
        "right-expired-on-complaint-filing-date",
        both(
            complaint(filing_date="2029-07-01"),
            account(
                documents=[
                    {
                        "kind": "business_registration",
                        "name": NAME,
                        "language": "en",
                        "valid_until": "2030-06-30",
                    }
                ]
            ),
        ),
        1,
        [("right-expired", E, R, None)],
    ),
    (
        "hk-company-registration-expired",
        account(
            documents=[
                {
                    "kind": "business_registration",
                    "name": NAME,
                    "language": "en",
                    "valid_until": "2026-10-31",
                }
            ]
        ),
        1,
        [("identity-document-expired", E, "$.account.documents[0]", None)],
    ),
    (
        "acceptance-notice-instead-of-certificate",
        right(documents=[{"kind": "trademark_acceptance_notice", "language": "zh"}]),
        1,
        [
            ("right-document-missing", E, R, None),
            ("right-acceptance-notice", W, "$.rights[0].documents[0]", None),
        ],
    ),
    # ---- copyright proof of ownership (B8, R27-R29)
    ("cr-registered-cn-on-taobao", copyright_right(CR_REGISTERED, "taobao"), 0, []),
    (
        "cr-registered-without-certificate",
        copyright_right(CR_REGISTERED, "taobao", documents=[]),
        1,
        [("right-document-missing", E, R, None)],
    ),
    ("cr-unregistered-on-aliexpress", copyright_right(CR_UNREGISTERED, "aliexpress"), 0, []),
    (
        "cr-unregistered-without-statement",
        copyright_right(CR_UNREGISTERED, "aliexpress", documents=[]),
        1,
        [("right-document-missing", E, R, None)],
    ),
    (
        "cr-unregistered-on-taobao",
        copyright_right(CR_UNREGISTERED, "taobao"),
        1,
        [("right-not-accepted", E, R, None)],
    ),
    (
        "cr-statement-word-file",
        copyright_right(
            CR_UNREGISTERED, "aliexpress", documents=[{**STATEMENT, "statement_form": "word_file"}]
        ),
        1,
        [("claim-statement-not-accepted", E, "$.rights[0].documents[0]", None)],
    ),
    (
        "cr-unregistered-on-lazada",
        copyright_right(CR_UNREGISTERED, "lazada_sg"),
        0,
        [("right-acceptance-disputed", I, R, None)],
    ),
    # ---- patents: subtype and reason code (B9, B16, R30, R31, R54)
    ("design-on-taobao-suspected", patent("design", "taobao", "pat_design_suspected"), 0, []),
    (
        "design-with-invention-reason",
        patent("design", "1688", "pat_invention"),
        1,
        [("reason-wrong-subtype", E, "$.complaints[0].reason", None)],
    ),
    (
        "invention-with-design-reason",
        patent("invention", "aliexpress", "pat_design"),
        1,
        [("reason-wrong-subtype", E, "$.complaints[0].reason", None)],
    ),
    (
        "design-on-taobao-1688-reason",
        patent("design", "taobao", "pat_design"),
        1,
        [("reason-wrong-platform", E, "$.complaints[0].reason", None)],
    ),
    (
        "trademark-with-patent-reason",
        complaint(reason="pat_design_suspected"),
        1,
        [("reason-wrong-ipr-type", E, "$.complaints[0].reason", None)],
    ),
    (
        "design-on-taobao-no-report",
        patent("design", "taobao", "pat_design_suspected", report=None),
        1,
        [("right-document-missing", E, R, None)],
    ),
    (
        "invention-on-taobao-no-report",
        patent("invention", "taobao", "pat_invention", report=None),
        1,
        [("right-document-missing", E, R, ("official",))],
    ),
    (
        "design-on-taobao-negative-report",
        patent("design", "taobao", "pat_design_suspected", report="negative"),
        1,
        [("evaluation-report-negative", E, R, None)],
    ),
    (
        "design-before-2010-on-taobao-no-report",
        patent(
            "design",
            "taobao",
            "pat_design_suspected",
            report=None,
            filing_date="2008-05-02",
            registration_date="2009-01-20",
            expiry_date="2028-05-01",
        ),
        1,
        [("right-document-missing", E, R, ("official",))],
    ),
    ("utility-model-on-1688", patent("utility_model", "1688", "pat_invention"), 0, []),
    (
        "us-patent-on-aliexpress",
        patent("invention", "aliexpress", "pat_invention", place="US", number="US 10,123,456"),
        0,
        [("right-place-not-preferred", I, R, None)],
    ),
    (
        "us-patent-on-taobao",
        patent("invention", "taobao", "pat_invention", place="US", number="US 10,123,456"),
        1,
        [("right-place-not-accepted", E, R, None)],
    ),
    (
        "design-judgment-reason-without-judgment",
        patent("design", "taobao", "pat_design_judgment"),
        0,
        [("evidence-recommended", W, "$.complaints[0].evidence", None)],
    ),
    (
        "tm-misleading-on-taobao",
        complaint(reason="tm_misleading"),
        1,
        [("reason-wrong-platform", E, "$.complaints[0].reason", None)],
    ),
    (
        "tm-misleading-on-aliexpress",
        both(on("aliexpress"), complaint(reason="tm_misleading")),
        0,
        [],
    ),
    (
        "gf-reason-by-non-member",
        complaint(reason="gf_counterfeit_simplified"),
        1,
        [("reason-good-faith-only", E, "$.complaints[0].reason", None)],
    ),
    # ---- form limits: listings and test purchases (B2, B17, R43, R44)
    (
        "300-listings",
        listings("aliexpress", 300),
        0,
        [("new-filer-large-batch", W, "$.complaints[0].listings", None)],
    ),
    (
        "301-listings",
        listings("aliexpress", 301),
        1,
        [
            ("listings-too-many", E, "$.complaints[0].listings", None),
            ("new-filer-large-batch", W, "$.complaints[0].listings", None),
        ],
    ),
    (
        "form-10-links",
        both(account(registered=False), listings("taobao", 10, channel="standalone_form")),
        0,
        [],
    ),
    (
        "form-11-links",
        both(account(registered=False), listings("taobao", 11, channel="standalone_form")),
        1,
        [("listings-too-many", E, "$.complaints[0].listings", None)],
    ),
    (
        "form-by-registered-user",
        listings("taobao", 2, channel="standalone_form"),
        1,
        [("channel-registered-account", E, "$.complaints[0].channel", None)],
    ),
    (
        "test-purchase-complete",
        complaint(
            reason="tm_counterfeit_test_purchase",
            order_number="3012345678901234",
            evidence=[{"kind": "test_purchase_report", "language": "zh"}],
        ),
        0,
        [],
    ),
    (
        "two-test-purchases-one-complaint",
        complaint(
            reason="tm_counterfeit_test_purchase",
            order_number="3012345678901234, 3012345678905678",
            evidence=[{"kind": "test_purchase_report", "language": "zh"}],
        ),
        1,
        [("order-number-several", E, "$.complaints[0].order_number", None)],
    ),
    # ---- store fronts (B16, R42, D13)
    (
        "storefront-on-taobao",
        complaint(
            target="storefront",
            reason="tm_store_misuse",
            listings=["https://shop458578821.taobao.com/"],
        ),
        0,
        [],
    ),
    (
        "storefront-on-aliexpress",
        both(
            on("aliexpress"),
            complaint(
                target="storefront",
                reason="tm_store_misuse",
                listings=["https://www.aliexpress.com/store/1104927695"],
            ),
        ),
        1,
        [("storefront-not-allowed", E, "$.complaints[0].target", ("official",))],
    ),
    (
        "storefront-listing-reason",
        complaint(
            target="storefront", reason="tm_misuse", listings=["https://shop458578821.taobao.com/"]
        ),
        1,
        [("reason-wrong-target", E, "$.complaints[0].reason", None)],
    ),
    # ---- disputed readings (D1, D2, B21)
    (
        "batch-100-after-100-complaints",
        both(account(complaints_filed=100), listings("taobao", 100)),
        0,
        [("new-filer-large-batch", W, "$.complaints[0].listings", ("brief-at-least-100",))],
    ),
    (
        "lazada-form-10-links",
        both(
            account(registered=False), on("lazada_sg", "SG"), complaint(channel="standalone_form")
        ),
        0,
        [("channel-platform-inferred", I, "$.complaints[0].channel", ("official",))],
    ),
    (
        "storefront-on-1688",
        both(
            on("1688"),
            complaint(
                target="storefront",
                reason="tm_store_misuse",
                listings=["https://m.1688.com/winport/b2b-2546450021uezz8.html"],
            ),
        ),
        1,
        [("storefront-not-allowed", E, "$.complaints[0].target", ("official",))],
    ),
    (
        "storefront-on-lazada",
        both(
            on("lazada_sg", "SG"),
            complaint(
                target="storefront",
                reason="tm_store_misuse",
                listings=["https://www.lazada.sg/shop/mn7k3oup/"],
            ),
        ),
        1,
        [("storefront-not-allowed", E, "$.complaints[0].target", ("official",))],
    ),
    (
        "storefront-on-tmall-global",
        both(
            on("tmall_global"),
            complaint(
                target="storefront", reason="tm_store_misuse", listings=["https://lumen.tmall.hk/"]
            ),
        ),
        0,
        [],
    ),
    (
        "copyright-storefront-on-taobao",
        both(
            copyright_right(CR_REGISTERED, "taobao"),
            complaint(
                target="storefront",
                reason="cr_misuse",
                listings=["https://shop458578821.taobao.com/"],
            ),
        ),
        0,
        [],
    ),
    (
        "us-copyright-on-taobao",
        copyright_right(CR_REGISTERED, "taobao", place="US", number="VA 2-123-456"),
        1,
        [("right-place-not-accepted", E, R, ("official",))],
    ),
    (
        "cn-copyright-on-alibaba-com-mainland-supplier",
        both(
            copyright_right(CR_REGISTERED, "alibaba_com"),
            account(
                location="mainland_china",
                incorporated="CN",
                documents=[
                    {
                        "kind": "business_registration",
                        "name": NAME,
                        "language": "zh",
                        "sealed": True,
                    }
                ],
            ),
        ),
        0,
        [("complaint-alibaba-com-china-copyright", I, "$.complaints[0].platform", None)],
    ),
    (
        "cn-copyright-on-alibaba-com-foreign-supplier",
        copyright_right(CR_REGISTERED, "alibaba_com"),
        0,
        [],
    ),
    (
        "software-without-screenshot",
        copyright_right(CR_REGISTERED, "taobao", software=True),
        1,
        [("right-document-missing", E, R, None)],
    ),
    (
        "test-purchase-without-order-number",
        complaint(
            reason="tm_counterfeit_test_purchase",
            evidence=[{"kind": "test_purchase_report", "language": "zh"}],
        ),
        1,
        [("evidence-missing", E, "$.complaints[0].order_number", None)],
    ),
    (
        "lazada-five-attachments",
        both(
            on("lazada_sg", "SG"),
            complaint(
                evidence=[{"kind": "test_purchase_report", "language": "en", "size_mb": 1}] * 5
            ),
        ),
        1,
        [("attachments-too-many", E, "$.complaints[0].evidence", None)],
    ),
    (
        "lazada-attachment-6mb",
        both(
            on("lazada_sg", "SG"),
            complaint(evidence=[{"kind": "test_purchase_report", "language": "en", "size_mb": 6}]),
        ),
        1,
        [("attachment-too-large", E, "$.complaints[0].evidence[0]", None)],
    ),
    (
        "member-gf-reason-no-supplement-on-taobao",
        both(
            account(good_faith=True, complaints_filed=400),
            complaint(reason="gf_counterfeit_simplified", supplement=None),
        ),
        0,
        [("supplement-burden-inferred", I, "$.complaints[0].supplement", None)],
    ),
    (
        "member-no-supplement-on-aliexpress",
        both(
            on("aliexpress"),
            account(good_faith=True, complaints_filed=400),
            complaint(supplement=None),
        ),
        1,
        [("supplement-missing", E, "$.complaints[0].supplement", None)],
    ),
    (
        "tm-expires-in-90-days",
        right(expiry_date="2027-02-21"),
        0,
        [("right-expires-soon", W, R, None)],
    ),
    ("tm-expires-in-91-days", right(expiry_date="2027-02-22"), 0, []),
    (
        "tm-without-expiry-date",
        right(expiry_date=None),
        0,
        [("right-expiry-missing", W, "$.rights[0].expiry_date", None)],
    ),
    (
        "tm-class-46",
        right(classes=[46]),
        1,
        [("right-class-invalid", E, "$.rights[0].classes[0]", None)],
    ),
    (
        "tm-verification-pending",
        right(verification="pending"),
        0,
        [("right-verification-pending", W, "$.rights[0].verification", None)],
    ),
    (
        "tm-verification-failed",
        right(verification="failed"),
        1,
        [("right-verification-failed", E, "$.rights[0].verification", None)],
    ),
    ("agent-letter-valid-from-filing-day", agent(valid_from=AS_OF), 0, []),
    (
        "agent-letter-taobao-for-tmall",
        both(on("tmall"), agent(platforms=["taobao"])),
        1,
        [("authorisation-missing", E, R, None)],
    ),
    (
        "agent-letter-tmall-for-tmall-global",
        both(on("tmall_global"), agent(platforms=["tmall"])),
        1,
        [("authorisation-missing", E, R, None)],
    ),
    # B1: Xianyu is filed by selecting Taobao, so a letter for Xianyu covers a Taobao
    # complaint of Xianyu listings (not one of Taobao listings); official: no source (D11)
    (
        "agent-letter-xianyu-for-xianyu-listing",
        both(agent(platforms=["xianyu"]), complaint(listings=[URL["xianyu"]])),
        0,
        [
            ("other-reading-finding", I, R, ("official",)),
            ("other-reading-finding", I, "$.complaints[0].listings[0]", ("official",)),
        ],
    ),
    (
        "agent-letter-xianyu-for-taobao-listing",
        agent(platforms=["xianyu"]),
        1,
        [("authorisation-missing", E, R, None)],
    ),
    (
        "form-storefront-on-taobao",
        both(
            account(registered=False),
            complaint(
                channel="standalone_form",
                target="storefront",
                reason="tm_store_misuse",
                listings=["https://shop458578821.taobao.com/"],
            ),
        ),
        0,
        [("channel-storefront-unknown", U, "$.complaints[0].target", None)],
    ),
    ("batch-99-new-filer", listings("taobao", 99), 0, []),
    (
        "batch-100-after-99-complaints",
        both(account(complaints_filed=99), listings("taobao", 100)),
        0,
        [("new-filer-large-batch", W, "$.complaints[0].listings", ())],
    ),
    (
        "batch-100-after-101-complaints",
        both(account(complaints_filed=101), listings("taobao", 100)),
        0,
        [],
    ),
    # ---- who files (B4, B5, R4, R5, R14) and the "other" type (B10)
    (
        "individual-id-without-photo",
        both(
            right(registrant="Chen Wei"),
            account(
                name="Chen Wei",
                identity="individual",
                incorporated=None,
                documents=[
                    {
                        "kind": "identity_document",
                        "name": "Chen Wei",
                        "original": True,
                        "photo": False,
                        "language": "en",
                    }
                ],
            ),
        ),
        1,
        [("identity-document-no-photo", E, "$.account.documents[0]", None)],
    ),
    (
        "mainland-company-copy-without-chop",
        account(
            location="mainland_china",
            incorporated="CN",
            documents=[
                {
                    "kind": "business_registration",
                    "name": NAME,
                    "language": "zh",
                    "original": False,
                    "sealed": False,
                }
            ],
        ),
        1,
        [("identity-copy-without-chop", E, "$.account.documents[0]", None)],
    ),
    (
        "account-name-not-on-document",
        account(
            documents=[
                {
                    "kind": "business_registration",
                    "name": "Lumen Optics Ltd.",
                    "language": "en",
                    "valid_until": "2027-06-30",
                }
            ]
        ),
        1,
        [("account-name-mismatch", E, "$.account.documents[0]", None)],
    ),
    (
        "certificate-in-german-without-translation",
        right(documents=[{**TM_CERT, "language": "de", "translation": False}]),
        1,
        [("document-translation-missing", E, "$.rights[0].documents[0]", None)],
    ),
    (
        "gf-reason-day-before-2022-upgrade",
        both(
            account(good_faith=True, complaints_filed=400),
            complaint(reason="gf_counterfeit_simplified", filing_date="2022-04-14"),
        ),
        1,
        [("reason-unknown", E, "$.complaints[0].reason", None)],
    ),
    (
        "genuine-goods",
        complaint(genuine_goods=True),
        1,
        [("complaint-genuine-goods", E, "$.complaints[0].genuine_goods", None)],
    ),
]


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _toml_dates(value: Any) -> Any:
    """The plan with its dates as TOML dates (a filer writes ``as_of = 2026-11-23``)."""
    if isinstance(value, dict):
        return {k: _toml_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_toml_dates(v) for v in value]
    if isinstance(value, str) and _DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    return value


def _findings_from_json(out: str) -> list[dict[str, Any]]:
    data = json.loads(out)
    found = data["findings"]
    assert isinstance(found, list)
    return found


@pytest.mark.parametrize(
    ("mutate", "exit_code", "expected", "toml"),
    [pytest.param(m, x, e, n % 2 == 1, id=i) for n, (i, m, x, e) in enumerate(CASES)],
)
def test_plan(
    mutate: Callable[[dict[str, Any]], None],
    exit_code: int,
    expected: list[tuple[str, str, str, Any]],
    toml: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _base()
    mutate(data)
    if toml:  # every other plan is written as TOML, the rest as JSON
        path = tmp_path / "plan.toml"
        path.write_text(tomli_w.dumps(_toml_dates(data)), encoding="utf-8")
    else:
        path = tmp_path / "plan.json"
        path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run_cli(["check", str(path), "--as-of", AS_OF, "--format", "json"], capsys)
    assert code == exit_code, (out, err)
    cli = _findings_from_json(out)
    report = check(read_plan(path), as_of=AS_OF)
    api = [f.to_dict() if hasattr(f, "to_dict") else f for f in report.to_records()]
    for found in (cli, api):
        got = {(f["code"], f["severity"], f["path"]) for f in found if f["severity"] != I}
        want = {(c, s, p) for c, s, p, _ in expected if s != I}
        assert got == want, found
        for c, s, p, others in expected:
            match = [f for f in found if (f["code"], f["severity"], f["path"]) == (c, s, p)]
            assert match, (c, s, p, found)
            if others is not None:
                assert tuple(match[0]["other_readings"]) == others, match[0]
    assert report.ok == (exit_code == 0)
