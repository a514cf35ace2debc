"""A grader's table: which registrations and documents each platform accepts (C2, C3).

Each case is a one-complaint plan: a right of the portfolio (a trademark, copyright or patent,
registered in some place, pending, expired or expiring), filed on one platform, by the right
holder or by an agent with a letter of authorisation. The expected answer was decided from the
rule text (ipp-rules.md, part 0 the default) before running: the error, warning and unknown
codes the check must give (an empty set: accepted), and the readings under which the answer
differs (part 2's disputes).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from ipprules.checks import check, plan_from_data

pytestmark = pytest.mark.no_cover

AS_OF = "2026-12-01"
HOLDER = "Lumen Optics Co., Ltd."

URLS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "xianyu": "https://www.goofish.com/item?id=1065574393669",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=612345678901",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Desk-Lamp_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i123456789-s987654321.html",
    "lazada_my": "https://www.lazada.com.my/products/lamp-i123456789-s987654321.html",
    "lazada_id": "https://www.lazada.co.id/products/lamp-i123456789-s987654321.html",
    "lazada_th": "https://www.lazada.co.th/products/lamp-i123456789-s987654321.html",
    "lazada_ph": "https://www.lazada.com.ph/products/lamp-i123456789-s987654321.html",
    "lazada_vn": "https://www.lazada.vn/products/lamp-i123456789-s987654321.html",
}

TM_CERT = {"kind": "trademark_certificate", "colour": True, "language": "zh"}
PAT_CERT = {"kind": "patent_certificate", "colour": True, "language": "zh"}
REPORT_POS = {"kind": "patent_evaluation_report", "language": "zh", "conclusion": "positive"}
REPORT_NEG = {"kind": "patent_evaluation_report", "language": "zh", "conclusion": "negative"}
CR_CERT = {"kind": "copyright_certificate", "colour": True, "language": "zh"}
STATEMENT = {
    "kind": "copyright_claim_statement",
    "statement_form": "template",
    "completed": True,
    "sealed": True,
    "language": "en",
}
MADRID_EXT = {"kind": "madrid_extension_certificate", "colour": True, "language": "en"}


def tm(place: str = "CN", **over: Any) -> dict[str, Any]:
    """A registered trademark, every IPP field stated, valid until 2030."""
    right: dict[str, Any] = {
        "ipr_type": "trademark",
        "place": place,
        "classes": [9],
        "expiry_date": "2030-01-01",
        "documents": [TM_CERT],
    }
    return {**right, **over}


def pat(subtype: str, place: str = "CN", **over: Any) -> dict[str, Any]:
    """A granted patent filed in 2019, with its certificate and a positive report."""
    right: dict[str, Any] = {
        "ipr_type": "patent",
        "subtype": subtype,
        "place": place,
        "filing_date": "2019-03-02",
        "registration_date": "2019-09-20",
        "expiry_date": "2029-03-01",
        "documents": [PAT_CERT, REPORT_POS],
    }
    return {**right, **over}


def cr(**over: Any) -> dict[str, Any]:
    """A copyright registered in mainland China with its certificate."""
    return {**{"ipr_type": "copyright", "place": "CN", "documents": [CR_CERT]}, **over}


def letter(**over: Any) -> dict[str, Any]:
    """A letter of authorisation from the registrant for r1 on Taobao, valid, sealed."""
    base: dict[str, Any] = {
        "rights": ["r1"],
        "platforms": ["taobao"],
        "valid_from": "2026-01-01",
        "valid_until": "2027-12-31",
        "states_scope": True,
        "states_validity": True,
        "issuer": HOLDER,
        "issuer_identity": "enterprise",
        "template": True,
        "sealed": True,
        "language": "en",
    }
    return {**base, **over}


def plan(
    platform: str,
    right: dict[str, Any],
    reason: str,
    letters: list[dict[str, Any]] | None,
    listing: str | None,
) -> dict[str, Any]:
    if letters is None:
        account: dict[str, Any] = {
            "name": HOLDER,
            "location": "elsewhere",
            "identity": "enterprise",
            "category": "right_holder",
            "incorporated": "HK",
            "documents": [
                {
                    "kind": "business_registration",
                    "name": HOLDER,
                    "language": "en",
                    "valid_until": "2030-01-01",
                }
            ],
        }
    else:
        account = {
            "name": "BrandGuard Services",
            "location": "elsewhere",
            "identity": "individual",
            "category": "agent",
            "documents": [
                {
                    "kind": "identity_document",
                    "name": "BrandGuard Services",
                    "language": "en",
                    "original": True,
                    "photo": True,
                }
            ],
            "authorisations": letters,
        }
    account["complaints_filed"] = 40
    full = {"id": "r1", "name": "LUMEN", "number": "31234567", "registrant": HOLDER, **right}
    full = {key: value for key, value in full.items() if value is not None}
    return {
        "as_of": AS_OF,
        "account": account,
        "rights": [full],
        "complaints": [
            {
                "id": "c1",
                "platform": platform,
                "right": "r1",
                "reason": reason,
                "supplement": "The listing infringes the right.",
                "listings": [listing or URLS[platform]],
            }
        ],
    }


# Infos that answer the question (a right taken by inference only, or under a dispute).
ANSWERING_INFO = {"right-report-not-needed-inferred", "right-acceptance-disputed"}
_UNDER = re.compile(r"under the ([\w-]+) interpretation")

# (id, platform, right, reason, letters, listing, interpretation, expected codes, differs under)
# Expected codes are "severity:code" for every error, warning and unknown of the report (and
# the infos of ANSWERING_INFO);
# "differs" names the readings the report says answer otherwise.
TM, CRC, PD, PI = "tm_misuse", "cr_copied_content", "pat_design", "pat_invention"
XY = URLS["xianyu"]
OFF = "official"
BRIEFS = {"brief", "brief-at-least-100"}
PDS = "pat_design_suspected"
NOT_PLACE = "error:right-place-not-accepted"
CASES: list[tuple[str, str, dict[str, Any], str, Any, Any, Any, set[str], set[str]]] = [
    # Chinese trademark: every Alibaba platform (B12, B13, B15); Lazada wants its country (B14).
    ("cn-tm-taobao", "taobao", tm(), TM, None, None, None, set(), set()),
    ("cn-tm-tmall", "tmall", tm(), TM, None, None, None, set(), set()),
    ("cn-tm-tmall-global", "tmall_global", tm(), TM, None, None, None, set(), set()),
    ("cn-tm-1688", "1688", tm(), TM, None, None, None, set(), set()),
    ("cn-tm-alibaba", "alibaba_com", tm(), TM, None, None, None, set(), set()),
    ("cn-tm-aliexpress", "aliexpress", tm(), TM, None, None, None, set(), set()),
    ("cn-tm-xianyu", "taobao", tm(), TM, None, XY, None, set(), {OFF}),
    (
        "cn-tm-xianyu-off",
        "taobao",
        tm(),
        TM,
        None,
        XY,
        OFF,
        {"unknown:listing-marketplace-unknown"},
        BRIEFS,
    ),
    ("cn-tm-lz-sg", "lazada_sg", tm(), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("cn-tm-lz-my", "lazada_my", tm(), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("cn-tm-lz-id", "lazada_id", tm(), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("cn-tm-lz-th", "lazada_th", tm(), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("cn-tm-lz-ph", "lazada_ph", tm(), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("cn-tm-lz-vn", "lazada_vn", tm(), TM, None, None, None, {NOT_PLACE}, {OFF}),
    (
        "cn-tm-lz-sg-off",
        "lazada_sg",
        tm(),
        TM,
        None,
        None,
        OFF,
        {"unknown:right-place-unknown"},
        BRIEFS,
    ),
    # US and EU trademarks: only the international platforms (B12, B13, B15, D7).
    ("us-tm-taobao", "taobao", tm("US"), TM, None, None, None, {NOT_PLACE}, set()),
    ("us-tm-tmall", "tmall", tm("US"), TM, None, None, None, {NOT_PLACE}, set()),
    ("us-tm-1688", "1688", tm("US"), TM, None, None, None, {NOT_PLACE}, set()),
    ("us-tm-tmall-global", "tmall_global", tm("US"), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("us-tm-alibaba", "alibaba_com", tm("US"), TM, None, None, None, set(), set()),
    ("us-tm-aliexpress", "aliexpress", tm("US"), TM, None, None, None, set(), set()),
    ("us-tm-lz-sg", "lazada_sg", tm("US"), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("eu-tm-aliexpress", "aliexpress", tm("EU"), TM, None, None, None, set(), set()),
    ("eu-tm-xianyu", "taobao", tm("EU"), TM, None, XY, None, {NOT_PLACE}, {OFF}),
    # Hong Kong and Taiwan (B13, R36, R39).
    ("hk-tm-tmall-global", "tmall_global", tm("HK"), TM, None, None, None, set(), {OFF}),
    ("hk-tm-tmall-global-off", "tmall_global", tm("HK"), TM, None, None, OFF, {NOT_PLACE}, BRIEFS),
    ("hk-tm-taobao", "taobao", tm("HK"), TM, None, None, None, {NOT_PLACE}, set()),
    ("hk-tm-aliexpress", "aliexpress", tm("HK"), TM, None, None, None, set(), set()),
    ("tw-tm-tmall-global", "tmall_global", tm("TW"), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("tw-tm-1688", "1688", tm("TW"), TM, None, None, None, {NOT_PLACE}, set()),
    # Each Lazada country's own trademark (B14; a gap officially, R40).
    ("sg-tm-lz-sg", "lazada_sg", tm("SG"), TM, None, None, None, set(), {OFF}),
    ("my-tm-lz-my", "lazada_my", tm("MY"), TM, None, None, None, set(), {OFF}),
    ("id-tm-lz-id", "lazada_id", tm("ID"), TM, None, None, None, set(), {OFF}),
    ("th-tm-lz-th", "lazada_th", tm("TH"), TM, None, None, None, set(), {OFF}),
    ("ph-tm-lz-ph", "lazada_ph", tm("PH"), TM, None, None, None, set(), {OFF}),
    ("vn-tm-lz-vn", "lazada_vn", tm("VN"), TM, None, None, None, set(), {OFF}),
    (
        "th-tm-lz-th-off",
        "lazada_th",
        tm("TH"),
        TM,
        None,
        None,
        OFF,
        {"unknown:right-place-unknown"},
        BRIEFS,
    ),
    ("sg-tm-lz-my", "lazada_my", tm("SG"), TM, None, None, None, {NOT_PLACE}, {OFF}),
    ("sg-tm-taobao", "taobao", tm("SG"), TM, None, None, None, {NOT_PLACE}, set()),
    ("sg-tm-aliexpress", "aliexpress", tm("SG"), TM, None, None, None, set(), set()),
    # WIPO/Madrid (R25, R35, D8).
    (
        "wo-ext-taobao",
        "taobao",
        tm("WO", madrid=True, documents=[TM_CERT, MADRID_EXT]),
        TM,
        None,
        None,
        None,
        set(),
        set(),
    ),
    ("wo-noext-taobao", "taobao", tm("WO", madrid=True), TM, None, None, None, {NOT_PLACE}, set()),
    ("wo-aliexpress", "aliexpress", tm("WO", madrid=True), TM, None, None, None, set(), set()),
    ("wo-lz-sg", "lazada_sg", tm("WO", madrid=True), TM, None, None, None, {NOT_PLACE}, {OFF}),
    (
        "cn-madrid-noext-tmall",
        "tmall",
        tm(madrid=True),
        TM,
        None,
        None,
        None,
        {"error:right-document-missing"},
        set(),
    ),
    (
        "cn-madrid-ext-tmall",
        "tmall",
        tm(madrid=True, documents=[TM_CERT, MADRID_EXT]),
        TM,
        None,
        None,
        None,
        set(),
        set(),
    ),
    # Pending applications cannot be relied on (B7, R26, D9), on any platform.
    (
        "pending-taobao",
        "taobao",
        tm(status="pending", documents=[{"kind": "trademark_acceptance_notice", "language": "zh"}]),
        TM,
        None,
        None,
        None,
        {"error:right-not-accepted", "warning:right-acceptance-notice"},
        set(),
    ),
    (
        "pending-aliexpress",
        "aliexpress",
        tm("US", status="pending", documents=[]),
        TM,
        None,
        None,
        None,
        {"error:right-not-accepted"},
        set(),
    ),
    # Expiry (B7, R18): expired the day before; expiring the day after; renewed.
    (
        "expired-taobao",
        "taobao",
        tm(expiry_date="2026-11-30"),
        TM,
        None,
        None,
        None,
        {"error:right-expired"},
        set(),
    ),
    (
        "expires-next-day-lz-vn",
        "lazada_vn",
        tm("VN", expiry_date="2026-12-02"),
        TM,
        None,
        None,
        None,
        {"warning:right-expires-soon"},
        {OFF},
    ),
    (
        "expires-next-day-alibaba",
        "alibaba_com",
        tm("US", expiry_date="2026-12-02"),
        TM,
        None,
        None,
        None,
        {"warning:right-expires-soon"},
        set(),
    ),
    (
        "renewed-no-cert",
        "tmall",
        tm(renewed=True),
        TM,
        None,
        None,
        None,
        {"error:right-document-missing"},
        set(),
    ),
    (
        "renewed-with-cert",
        "tmall",
        tm(
            renewed=True,
            documents=[TM_CERT, {"kind": "renewal_certificate", "colour": True, "language": "zh"}],
        ),
        TM,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "assigned-no-cert",
        "1688",
        tm(assigned=True),
        TM,
        None,
        None,
        None,
        {"error:right-document-missing"},
        set(),
    ),
    # The certificate itself (R18, R19, R14).
    (
        "no-certificate",
        "taobao",
        tm(documents=[]),
        TM,
        None,
        None,
        None,
        {"error:right-document-missing"},
        set(),
    ),
    (
        "bw-unsealed",
        "aliexpress",
        tm("US", documents=[{**TM_CERT, "colour": False, "sealed": False, "signed": False}]),
        TM,
        None,
        None,
        None,
        {"error:document-copy-not-accepted"},
        set(),
    ),
    (
        "bw-sealed",
        "aliexpress",
        tm("US", documents=[{**TM_CERT, "colour": False, "sealed": True}]),
        TM,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "german-no-translation",
        "aliexpress",
        tm("DE", documents=[{**TM_CERT, "language": "de", "translation": False}]),
        TM,
        None,
        None,
        None,
        {"error:document-translation-missing"},
        set(),
    ),
    (
        "german-translation-uncertified",
        "aliexpress",
        tm("DE", documents=[{**TM_CERT, "language": "de", "translation": True}]),
        TM,
        None,
        None,
        None,
        {"unknown:translation-certification-unknown"},
        set(),
    ),
    # Copyright (B8, R27, R28).
    ("cr-cn-cert-taobao", "taobao", cr(), CRC, None, None, None, set(), set()),
    (
        "cr-unreg-stmt-taobao",
        "taobao",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        None,
        {"error:right-not-accepted"},
        {OFF},
    ),
    (
        "cr-unreg-stmt-taobao-off",
        "taobao",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        OFF,
        set(),
        BRIEFS,
    ),
    (
        "cr-unreg-stmt-1688",
        "1688",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        None,
        {"error:right-not-accepted"},
        {OFF},
    ),
    (
        "cr-unreg-stmt-tmall-global",
        "tmall_global",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        None,
        {"error:right-not-accepted"},
        {OFF},
    ),
    (
        "cr-unreg-stmt-aliexpress",
        "aliexpress",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "cr-unreg-stmt-alibaba",
        "alibaba_com",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "cr-unreg-nostmt-aliexpress",
        "aliexpress",
        cr(place=None, status="unregistered", documents=[]),
        CRC,
        None,
        None,
        None,
        {"error:right-document-missing"},
        set(),
    ),
    (
        "cr-unreg-word-aliexpress",
        "aliexpress",
        cr(
            place=None,
            status="unregistered",
            documents=[{**STATEMENT, "statement_form": "word_file"}],
        ),
        CRC,
        None,
        None,
        None,
        {"error:claim-statement-not-accepted"},
        set(),
    ),
    (
        "cr-unreg-stmt-lz-ph",
        "lazada_ph",
        cr(place=None, status="unregistered", documents=[STATEMENT]),
        CRC,
        None,
        None,
        None,
        {"info:right-acceptance-disputed"},
        set(),
    ),
    (
        "cr-software-no-screenshot",
        "tmall",
        cr(software=True),
        CRC,
        None,
        None,
        None,
        {"error:right-document-missing"},
        set(),
    ),
    # Patents (B9, R30, R31).
    ("design-report-taobao", "taobao", pat("design"), PDS, None, None, None, set(), set()),
    (
        "design-noreport-taobao",
        "taobao",
        pat("design", documents=[PAT_CERT]),
        PDS,
        None,
        None,
        None,
        {"error:right-document-missing"},
        {OFF},
    ),
    (
        "design-noreport-aliexpress",
        "aliexpress",
        pat("design", documents=[PAT_CERT]),
        PD,
        None,
        None,
        None,
        {"error:right-document-missing"},
        {OFF},
    ),
    (
        "design-noreport-aliexpress-off",
        "aliexpress",
        pat("design", documents=[PAT_CERT]),
        PD,
        None,
        None,
        OFF,
        {"unknown:right-acceptance-unknown"},
        BRIEFS,
    ),
    (
        "design-negative-tmall",
        "tmall",
        pat("design", documents=[PAT_CERT, REPORT_NEG]),
        PDS,
        None,
        None,
        None,
        {"error:evaluation-report-negative"},
        set(),
    ),
    (
        "invention-noreport-taobao",
        "taobao",
        pat("invention", documents=[PAT_CERT]),
        PI,
        None,
        None,
        None,
        {"error:right-document-missing"},
        {OFF},
    ),
    (
        "invention-noreport-taobao-off",
        "taobao",
        pat("invention", documents=[PAT_CERT]),
        PI,
        None,
        None,
        OFF,
        {"info:right-report-not-needed-inferred"},
        BRIEFS,
    ),
    (
        "utility-2008-noreport-tmall-off",
        "tmall",
        pat(
            "utility_model",
            filing_date="2008-05-05",
            registration_date="2009-01-10",
            expiry_date="2028-05-04",
            documents=[PAT_CERT],
        ),
        PI,
        None,
        None,
        OFF,
        {"info:right-report-not-needed-inferred"},
        BRIEFS,
    ),
    ("us-design-taobao", "taobao", pat("design", "US"), PDS, None, None, None, {NOT_PLACE}, set()),
    (
        "us-invention-aliexpress",
        "aliexpress",
        pat("invention", "US"),
        PI,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "design-pending-1688",
        "1688",
        pat("design", status="pending", registration_date=None, expiry_date=None, documents=[]),
        PD,
        None,
        None,
        None,
        {"error:right-not-accepted"},
        set(),
    ),
    # Letters of authorisation (R10-R13, R32).
    ("agent-letter-ok", "taobao", tm(), TM, [letter()], None, None, set(), set()),
    ("agent-no-letter", "taobao", tm(), TM, [], None, None, {"error:authorisation-missing"}, set()),
    (
        "agent-letter-expired",
        "taobao",
        tm(),
        TM,
        [letter(valid_until="2026-11-30")],
        None,
        None,
        {"error:authorisation-not-valid"},
        set(),
    ),
    (
        "agent-letter-other-platform",
        "taobao",
        tm(),
        TM,
        [letter(platforms=["aliexpress"])],
        None,
        None,
        {"error:authorisation-missing"},
        set(),
    ),
    (
        "agent-letter-other-holder",
        "taobao",
        tm(),
        TM,
        [letter(issuer="Other Brand Ltd.")],
        None,
        None,
        {"error:authorisation-issuer-not-holder"},
        set(),
    ),
    (
        "agent-letter-no-scope-taobao",
        "taobao",
        tm(),
        TM,
        [letter(states_scope=False)],
        None,
        None,
        {"error:authorisation-scope-unstated"},
        set(),
    ),
    (
        "agent-letter-no-scope-aliexpress",
        "aliexpress",
        tm(),
        TM,
        [letter(platforms=["aliexpress"], states_scope=False)],
        None,
        None,
        set(),
        set(),
    ),
    (
        "agent-letter-xianyu",
        "taobao",
        tm(),
        TM,
        [letter(platforms=["xianyu"])],
        XY,
        None,
        set(),
        {OFF},
    ),
    (
        "agent-letter-unsealed",
        "tmall",
        tm(),
        TM,
        [letter(platforms=["tmall"], sealed=False)],
        None,
        None,
        {"error:authorisation-not-sealed-or-signed"},
        set(),
    ),
    (
        "agent-letter-lz-sg",
        "lazada_sg",
        tm("SG"),
        TM,
        [letter(platforms=["lazada_sg"])],
        None,
        None,
        set(),
        {OFF},
    ),
    # More dates, letters and places, decided the same way.
    (
        "expires-on-filing-day",
        "taobao",
        tm(expiry_date=AS_OF),
        TM,
        None,
        None,
        None,
        {"warning:right-expires-soon"},
        set(),
    ),
    (
        "expired-aliexpress",
        "aliexpress",
        tm("US", expiry_date="2026-06-30"),
        TM,
        None,
        None,
        None,
        {"error:right-expired"},
        set(),
    ),
    (
        "expired-design-taobao",
        "taobao",
        pat("design", expiry_date="2026-11-01"),
        PDS,
        None,
        None,
        None,
        {"error:right-expired"},
        set(),
    ),
    (
        "pending-lz-sg",
        "lazada_sg",
        tm("SG", status="pending", documents=[]),
        TM,
        None,
        None,
        None,
        {"error:right-not-accepted"},
        {OFF},
    ),
    (
        "verification-failed",
        "tmall",
        tm(verification="failed"),
        TM,
        None,
        None,
        None,
        {"error:right-verification-failed"},
        set(),
    ),
    (
        "wo-ext-tmall-global",
        "tmall_global",
        tm("WO", madrid=True, documents=[TM_CERT, MADRID_EXT]),
        TM,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "wo-ext-1688",
        "1688",
        tm("WO", madrid=True, documents=[TM_CERT, MADRID_EXT]),
        TM,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "wo-ext-lz-ph",
        "lazada_ph",
        tm("WO", madrid=True, documents=[TM_CERT, MADRID_EXT]),
        TM,
        None,
        None,
        None,
        {NOT_PLACE},
        {OFF},
    ),
    ("hk-tm-xianyu", "taobao", tm("HK"), TM, None, XY, None, {NOT_PLACE}, {OFF}),
    ("eu-tm-alibaba", "alibaba_com", tm("EU"), TM, None, None, None, set(), set()),
    (
        "us-cr-aliexpress",
        "aliexpress",
        cr(place="US", documents=[{**CR_CERT, "language": "en"}]),
        CRC,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "us-cr-taobao",
        "taobao",
        cr(place="US", documents=[{**CR_CERT, "language": "en"}]),
        CRC,
        None,
        None,
        None,
        {NOT_PLACE},
        {OFF},
    ),
    (
        "us-cr-taobao-off",
        "taobao",
        cr(place="US", documents=[{**CR_CERT, "language": "en"}]),
        CRC,
        None,
        None,
        OFF,
        {"error:right-document-missing"},
        BRIEFS,
    ),
    (
        "sg-cr-lz-sg",
        "lazada_sg",
        cr(place="SG", documents=[{**CR_CERT, "language": "en"}]),
        CRC,
        None,
        None,
        None,
        set(),
        {OFF},
    ),
    (
        "cr-software-screenshot",
        "tmall",
        cr(software=True, documents=[CR_CERT, {"kind": "software_screenshot", "language": "zh"}]),
        CRC,
        None,
        None,
        None,
        set(),
        set(),
    ),
    (
        "cr-stmt-not-completed",
        "aliexpress",
        cr(place=None, status="unregistered", documents=[{**STATEMENT, "completed": False}]),
        CRC,
        None,
        None,
        None,
        {"error:claim-statement-not-accepted"},
        set(),
    ),
    (
        "invention-noreport-1688-off",
        "1688",
        pat("invention", documents=[PAT_CERT]),
        PI,
        None,
        None,
        OFF,
        {"info:right-report-not-needed-inferred"},
        BRIEFS,
    ),
    (
        "invention-noreport-aliexpress-off",
        "aliexpress",
        pat("invention", documents=[PAT_CERT]),
        PI,
        None,
        None,
        OFF,
        {"info:right-report-not-needed-inferred"},
        BRIEFS,
    ),
    (
        "us-design-noreport-aliexpress",
        "aliexpress",
        pat("design", "US", documents=[PAT_CERT]),
        PD,
        None,
        None,
        None,
        {"error:right-document-missing"},
        {OFF},
    ),
    (
        "design-2009-noreport-taobao",
        "taobao",
        pat(
            "design",
            filing_date="2009-05-05",
            registration_date="2009-11-10",
            expiry_date="2019-05-04",
            documents=[PAT_CERT],
        ),
        PDS,
        None,
        None,
        None,
        {"error:right-expired", "error:right-document-missing"},
        {OFF},
    ),
    (
        "utility-2015-noreport-tmall-global-off",
        "tmall_global",
        pat(
            "utility_model",
            filing_date="2015-05-05",
            registration_date="2016-01-10",
            expiry_date="2025-05-04",
            documents=[PAT_CERT],
        ),
        PI,
        None,
        None,
        OFF,
        {"error:right-expired", "error:right-document-missing"},
        BRIEFS,
    ),
    (
        "agent-letter-until-filing-day",
        "taobao",
        tm(),
        TM,
        [letter(valid_until=AS_OF)],
        None,
        None,
        set(),
        set(),
    ),
    (
        "agent-letter-not-yet-valid",
        "taobao",
        tm(),
        TM,
        [letter(valid_from="2026-12-02")],
        None,
        None,
        {"error:authorisation-not-valid"},
        set(),
    ),
    (
        "agent-letter-all-platforms",
        "lazada_vn",
        tm("VN"),
        TM,
        [letter(platforms=[])],
        None,
        None,
        set(),
        {OFF},
    ),
    (
        "agent-letter-other-right",
        "taobao",
        tm(),
        TM,
        [letter(rights=["r2"])],
        None,
        None,
        {"error:authorisation-missing"},
        set(),
    ),
    (
        "agent-letter-tmall-for-global",
        "tmall_global",
        tm(),
        TM,
        [letter(platforms=["tmall"])],
        None,
        None,
        {"error:authorisation-missing"},
        set(),
    ),
    ("agent-letter-1688", "1688", tm(), TM, [letter(platforms=["1688"])], None, None, set(), set()),
    (
        "agent-letter-thai-untranslated",
        "lazada_th",
        tm("TH"),
        TM,
        [letter(platforms=["lazada_th"], language="th", translation=False)],
        None,
        None,
        {"error:document-translation-missing"},
        {OFF},
    ),
    (
        "agent-letter-individual-typed",
        "aliexpress",
        tm("US"),
        TM,
        [
            letter(
                platforms=["aliexpress"],
                issuer_identity="individual",
                sealed=None,
                signed=True,
                handwritten=False,
                signatory_title=True,
            )
        ],
        None,
        None,
        {"error:authorisation-not-handwritten"},
        set(),
    ),
    (
        "agent-letter-own-template-no-grant",
        "alibaba_com",
        tm("US"),
        TM,
        [
            letter(
                platforms=["alibaba_com"],
                template=False,
                grants_enforcement=False,
                signatory_title=True,
            )
        ],
        None,
        None,
        {"error:authorisation-no-grant"},
        set(),
    ),
]


def _answer(case: tuple[Any, ...]) -> tuple[set[str], set[str]]:
    _, platform, right, reason, letters, listing, interpretation, _, _ = case
    report = check(
        plan_from_data(plan(platform, right, reason, letters, listing)),
        interpretation=interpretation,
    )
    codes = {
        f"{f.severity.value}:{f.code}"
        for f in report
        if f.severity.value != "info" or f.code in ANSWERING_INFO
    }
    differs: set[str] = set()
    for finding in report:
        differs.update(finding.other_readings)
        if finding.code == "other-reading-finding":
            differs.update(_UNDER.findall(finding.message))
    return codes, differs


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_registration_table(case: tuple[Any, ...]) -> None:
    codes, differs = _answer(case)
    assert (codes, differs) == (case[7], case[8])
