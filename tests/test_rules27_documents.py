"""The documents each right needs and the registrations each platform accepts, case by case
from the rule text (rulesleft2): B4-B15 of part 0 (the default reading) and R4-R40 of parts
1-2 (``official`` where they differ), written from ipp-rules.md, not from the code.

Each case is one right (and, where the rule is about the filer, one account) in a portfolio
of its own, asked through the public API: the coverage cell of the right on one platform
(``covered`` exactly when a one-listing complaint would check without an error or an unknown)
and, where the rule names a finding, the finding's code in that cell or in ``check``. The
qualities of a document the case does not state are left aside by coverage (input still to
give); the cases state the qualities their rule is about.
"""

from __future__ import annotations

from typing import Any

import pytest

from ipprules.checks import check, plan_from_data
from ipprules.coverage import coverage

DAY = "2024-06-03"
HOLDER = "Lumen Optics Co., Ltd."
ACCOUNT: dict[str, Any] = {
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
            "valid_until": "2027-06-30",
        }
    ],
}
CERT_ZH = {"kind": "trademark_certificate", "colour": True, "language": "zh"}
CERT_EN = {"kind": "trademark_certificate", "colour": True, "language": "en"}


def tm(place: str = "CN", **extra: Any) -> dict[str, Any]:
    """A registered trademark in force on DAY, its colour certificate in a language IPP reads."""
    right: dict[str, Any] = {
        "ipr_type": "trademark",
        "place": place,
        "name": "LUMEN",
        "number": "31234567",
        "registration_date": "2019-06-14",
        "expiry_date": "2029-06-13",
        "classes": [9],
        "registrant": HOLDER,
        "documents": [CERT_ZH if place in ("CN", "HK", "TW") else CERT_EN],
    }
    right.update(extra)
    return right


def cr(**extra: Any) -> dict[str, Any]:
    right: dict[str, Any] = {
        "ipr_type": "copyright",
        "place": "CN",
        "name": "LUMEN photographs",
        "number": "2024-L-01234567",
        "registrant": HOLDER,
        "documents": [{"kind": "copyright_certificate", "colour": True, "language": "zh"}],
    }
    right.update(extra)
    return right


def pat(subtype: str, filed: str = "2019-03-02", **extra: Any) -> dict[str, Any]:
    right: dict[str, Any] = {
        "ipr_type": "patent",
        "subtype": subtype,
        "place": "CN",
        "name": "Desk lamp",
        "number": "ZL201930123456.7",
        "filing_date": filed,
        "registration_date": "2019-09-20",
        "expiry_date": "2029-03-01",
        "registrant": HOLDER,
        "documents": [{"kind": "patent_certificate", "colour": True, "language": "zh"}],
    }
    right.update(extra)
    return right


REPORT = {"kind": "patent_evaluation_report", "conclusion": "positive", "language": "zh"}
LETTER = {
    "rights": ["r"],
    "issuer": HOLDER,
    "issuer_identity": "enterprise",
    "sealed": True,
    "grants_enforcement": True,
    "valid_from": "2024-01-01",
    "valid_until": "2025-12-31",
    "states_scope": True,
    "states_validity": True,
    "language": "en",
}
AGENT = {
    "name": "Brand Guard Ltd.",
    "category": "agent",
    "identity": "enterprise",
    "documents": [
        {
            "kind": "business_registration",
            "name": "Brand Guard Ltd.",
            "language": "en",
            "valid_until": "2027-06-30",
        }
    ],
}
COVERED, NOT, UNKNOWN = "covered", "not_covered", "unknown"

#: (case id, right, account changes, platform, reading, expected status, a finding code the
#: cell must hold or None, the rule text).
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str, str, str, str | None, str]] = [
    # ---- B12/R35: Taobao, Tmall, 1688 need rights registered in mainland China
    *[
        (f"cn-tm-{p}", tm(), {}, p, "brief", COVERED, None, "B12")
        for p in ("taobao", "tmall", "1688")
    ],
    *[
        (f"us-tm-{p}-{r}", tm("US"), {}, p, r, NOT, "right-place-not-accepted", "B12, R35")
        for p in ("taobao", "tmall", "1688")
        for r in ("brief", "official")
    ],
    ("eu-tm-taobao", tm("EU"), {}, "taobao", "brief", NOT, "right-place-not-accepted", "B12"),
    # ---- B13: Tmall Global takes mainland China or Hong Kong; R36, R39: CN only (inferred)
    ("cn-tm-tmall_global", tm(), {}, "tmall_global", "brief", COVERED, None, "B13"),
    ("cn-tm-tmall_global-official", tm(), {}, "tmall_global", "official", COVERED, None, "R36"),
    ("hk-tm-tmall_global", tm("HK"), {}, "tmall_global", "brief", COVERED, None, "B13"),
    (
        "hk-tm-tmall_global-official",
        tm("HK"),
        {},
        "tmall_global",
        "official",
        NOT,
        "right-place-not-accepted",
        "R36, R39",
    ),
    (
        "us-tm-tmall_global",
        tm("US"),
        {},
        "tmall_global",
        "brief",
        NOT,
        "right-place-not-accepted",
        "B13",
    ),
    (
        "tw-tm-tmall_global",
        tm("TW"),
        {},
        "tmall_global",
        "brief",
        NOT,
        "right-place-not-accepted",
        "B13",
    ),
    # R39: Hong Kong or Taiwan alone is not a mainland-China right
    *[
        (f"{pl.lower()}-tm-{p}-{r}", tm(pl), {}, p, r, NOT, "right-place-not-accepted", "B12, R39")
        for pl in ("HK", "TW")
        for p in ("taobao", "1688")
        for r in ("brief", "official")
    ],
    # ---- B15, R37: Alibaba.com and AliExpress take rights registered outside China
    *[
        (f"{pl.lower()}-tm-{p}-{r}", tm(pl), {}, p, r, COVERED, None, "B15, R37")
        for pl in ("CN", "US", "HK", "TW")
        for p in ("alibaba_com", "aliexpress")
        for r in ("brief", "official")
        if r == "brief" or pl in ("US", "HK")
    ],
    # ---- B14: Lazada takes a right registered in the site's country; R40: a gap (unknown)
    *[
        (
            f"{c.lower()}-tm-lazada_{c.lower()}",
            tm(c),
            {},
            f"lazada_{c.lower()}",
            "brief",
            COVERED,
            None,
            "B14",
        )
        for c in ("SG", "ID", "MY", "TH", "PH", "VN")
    ],
    ("my-tm-lazada_sg", tm("MY"), {}, "lazada_sg", "brief", NOT, "right-place-not-accepted", "B14"),
    ("cn-tm-lazada_th", tm(), {}, "lazada_th", "brief", NOT, "right-place-not-accepted", "B14"),
    ("us-tm-lazada_ph", tm("US"), {}, "lazada_ph", "brief", NOT, "right-place-not-accepted", "B14"),
    ("sg-tm-lazada_sg-official", tm("SG"), {}, "lazada_sg", "official", UNKNOWN, None, "R40"),
    ("cn-tm-lazada_vn-official", tm(), {}, "lazada_vn", "official", UNKNOWN, None, "R40"),
    # ---- B7, R26, D9: a pending application is not enough, nor its Notice of Acceptance
    *[
        (f"pending-tm-{p}", tm(status="pending", documents=[]), {}, p, "brief", NOT, None, "B7")
        for p in ("taobao", "aliexpress")
    ],
    (
        "pending-tm-notice",
        tm(status="pending", documents=[{"kind": "trademark_acceptance_notice", "language": "zh"}]),
        {},
        "taobao",
        "brief",
        NOT,
        None,
        "B7, R26, D9",
    ),
    (
        "pending-tm-notice-official",
        tm(status="pending", documents=[{"kind": "trademark_acceptance_notice", "language": "zh"}]),
        {},
        "taobao",
        "official",
        NOT,
        None,
        "R26, D9",
    ),
    # ---- R18, R19: the registration certificate, in colour (or sealed or signed in b/w)
    (
        "tm-no-certificate",
        tm(documents=[]),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "R18, R19",
    ),
    (
        "tm-no-certificate-aliexpress",
        tm("US", documents=[]),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-document-missing",
        "R18, R19",
    ),
    (
        "tm-bw-unsealed",
        tm(documents=[{**CERT_ZH, "colour": False, "sealed": False, "signed": False}]),
        {},
        "taobao",
        "brief",
        NOT,
        "document-copy-not-accepted",
        "R19",
    ),
    (
        "tm-bw-sealed",
        tm(documents=[{**CERT_ZH, "colour": False, "sealed": True}]),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "R19",
    ),
    (
        "tm-bw-signed-individual",
        tm(registrant="Li Wei", documents=[{**CERT_ZH, "colour": False, "signed": True}]),
        {
            "name": "Li Wei",
            "identity": "individual",
            "documents": [
                {
                    "kind": "identity_document",
                    "name": "Li Wei",
                    "photo": True,
                    "language": "en",
                    "valid_until": "2030-01-01",
                }
            ],
        },
        "taobao",
        "brief",
        COVERED,
        None,
        "R19",
    ),
    # ---- R14: a document in neither English nor Chinese needs a translation
    (
        "tm-de-untranslated",
        tm("EU", documents=[{**CERT_EN, "language": "de", "translation": False}]),
        {},
        "aliexpress",
        "brief",
        NOT,
        "document-translation-missing",
        "R14",
    ),
    (
        "tm-de-translated",
        tm(
            "EU",
            documents=[
                {**CERT_EN, "language": "de", "translation": True, "translation_certified": True}
            ],
        ),
        {},
        "aliexpress",
        "brief",
        COVERED,
        None,
        "R14",
    ),
    (
        "tm-ja-untranslated-alibaba",
        tm("JP", documents=[{**CERT_EN, "language": "ja", "translation": False}]),
        {},
        "alibaba_com",
        "official",
        NOT,
        "document-translation-missing",
        "R14",
    ),
    ("tm-en-certificate", tm("US"), {}, "alibaba_com", "brief", COVERED, None, "R14"),
    # ---- R24, B7: renewed, assigned, altered marks need proof of the change
    (
        "tm-renewed-no-proof",
        tm(renewed=True),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "R24",
    ),
    (
        "tm-renewed-proof",
        tm(renewed=True, documents=[CERT_ZH, {"kind": "renewal_certificate", "language": "zh"}]),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "R24",
    ),
    (
        "tm-assigned-no-proof",
        tm(assigned=True),
        {},
        "tmall",
        "brief",
        NOT,
        "right-document-missing",
        "R24",
    ),
    (
        "tm-assigned-proof",
        tm(
            assigned=True, documents=[CERT_ZH, {"kind": "assignment_certificate", "language": "zh"}]
        ),
        {},
        "tmall",
        "brief",
        COVERED,
        None,
        "R24",
    ),
    (
        "tm-changed-no-proof",
        tm(changed=True),
        {},
        "1688",
        "official",
        NOT,
        "right-document-missing",
        "R24",
    ),
    (
        "tm-changed-proof",
        tm(changed=True, documents=[CERT_ZH, {"kind": "change_certificate", "language": "zh"}]),
        {},
        "1688",
        "official",
        COVERED,
        None,
        "R24",
    ),
    # R18 (all IPR types): a patent or copyright changed needs the proof too
    (
        "pat-assigned-no-proof",
        pat(
            "invention",
            assigned=True,
            documents=[{"kind": "patent_certificate", "colour": True, "language": "zh"}, REPORT],
        ),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-document-missing",
        "R18",
    ),
    (
        "cr-assigned-no-proof",
        cr(assigned=True),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "R18",
    ),
    # ---- expired rights and rights not yet registered
    (
        "tm-expired",
        tm(expiry_date="2024-01-31"),
        {},
        "taobao",
        "brief",
        NOT,
        "right-expired",
        "R18, B7",
    ),
    (
        "tm-expired-aliexpress",
        tm("US", expiry_date="2023-12-31"),
        {},
        "aliexpress",
        "official",
        NOT,
        "right-expired",
        "R18",
    ),
    (
        "tm-registered-later",
        tm(registration_date="2024-09-01"),
        {},
        "taobao",
        "brief",
        NOT,
        "right-not-yet-registered",
        "B7",
    ),
    # ---- R25, D8: a Madrid registration designating China needs the extension certificate
    (
        "madrid-no-extension",
        tm(madrid=True),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "R25, D8",
    ),
    (
        "madrid-extension",
        tm(
            madrid=True,
            documents=[CERT_EN, {"kind": "madrid_extension_certificate", "language": "en"}],
        ),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "R25, D8",
    ),
    (
        "madrid-no-extension-official",
        tm(madrid=True),
        {},
        "tmall",
        "official",
        NOT,
        "right-document-missing",
        "R25",
    ),
    # ---- B8, R27-R29: copyright
    ("cr-registered-taobao", cr(), {}, "taobao", "brief", COVERED, None, "B8, R27"),
    ("cr-registered-official", cr(), {}, "tmall", "official", COVERED, None, "R27"),
    (
        "cr-bw-unsealed",
        cr(
            documents=[
                {
                    "kind": "copyright_certificate",
                    "colour": False,
                    "sealed": False,
                    "signed": False,
                    "language": "zh",
                }
            ]
        ),
        {},
        "taobao",
        "brief",
        NOT,
        "document-copy-not-accepted",
        "R27",
    ),
    (
        "cr-software-no-screenshot",
        cr(software=True),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "R27",
    ),
    (
        "cr-software-screenshot",
        cr(
            software=True,
            documents=[
                {"kind": "copyright_certificate", "colour": True, "language": "zh"},
                {"kind": "software_screenshot"},
            ],
        ),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "R27",
    ),
    (
        "cr-unregistered-taobao",
        cr(
            status="unregistered",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "taobao",
        "brief",
        NOT,
        None,
        "B8",
    ),
    (
        "cr-unregistered-aliexpress",
        cr(
            status="unregistered",
            place="US",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "aliexpress",
        "brief",
        COVERED,
        None,
        "B8, R28",
    ),
    (
        "cr-unregistered-no-statement",
        cr(status="unregistered", place="US", documents=[]),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-document-missing",
        "R28",
    ),
    (
        "cr-unregistered-alibaba",
        cr(
            status="unregistered",
            place="US",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "alibaba_com",
        "official",
        COVERED,
        None,
        "R28, R37",
    ),
    (
        "cr-unregistered-taobao-official",
        cr(
            status="unregistered",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "taobao",
        "official",
        COVERED,
        None,
        "R28, R29",
    ),
    (
        "cr-statement-word-file",
        cr(
            status="unregistered",
            place="US",
            documents=[
                {
                    "kind": "copyright_claim_statement",
                    "signed": True,
                    "language": "en",
                    "statement_form": "word_file",
                }
            ],
        ),
        {},
        "aliexpress",
        "brief",
        NOT,
        "claim-statement-not-accepted",
        "R28",
    ),
    # ---- B9, R30, R31: patents and the evaluation report
    (
        "design-no-report-taobao",
        pat("design"),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "B9, R30",
    ),
    (
        "design-no-report-taobao-official",
        pat("design"),
        {},
        "taobao",
        "official",
        NOT,
        "right-document-missing",
        "R30",
    ),
    (
        "design-report-taobao",
        pat(
            "design",
            documents=[{"kind": "patent_certificate", "colour": True, "language": "zh"}, REPORT],
        ),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "B9, R30",
    ),
    (
        "utility-no-report-tmall-official",
        pat("utility_model"),
        {},
        "tmall",
        "official",
        NOT,
        "right-document-missing",
        "R30",
    ),
    (
        "invention-no-report-taobao",
        pat("invention"),
        {},
        "taobao",
        "brief",
        NOT,
        "right-document-missing",
        "B9",
    ),
    (
        "invention-no-report-taobao-official",
        pat("invention"),
        {},
        "taobao",
        "official",
        COVERED,
        None,
        "R31",
    ),
    (
        "design-2009-no-report-official",
        pat("design", filed="2009-11-30"),
        {},
        "taobao",
        "official",
        COVERED,
        None,
        "R31",
    ),
    (
        "design-2010-no-report-official",
        pat("design", filed="2010-01-01"),
        {},
        "taobao",
        "official",
        NOT,
        "right-document-missing",
        "R30",
    ),
    (
        "design-negative-report",
        pat(
            "design",
            documents=[
                {"kind": "patent_certificate", "colour": True, "language": "zh"},
                {**REPORT, "conclusion": "negative"},
            ],
        ),
        {},
        "taobao",
        "brief",
        NOT,
        "evaluation-report-negative",
        "R30",
    ),
    (
        "design-no-report-aliexpress",
        pat("design"),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-document-missing",
        "B9",
    ),
    (
        "design-no-report-aliexpress-official",
        pat("design"),
        {},
        "aliexpress",
        "official",
        UNKNOWN,
        None,
        "R30 (Taobao family only; elsewhere a gap)",
    ),
    (
        "pat-no-certificate",
        pat("invention", documents=[REPORT]),
        {},
        "1688",
        "brief",
        NOT,
        "right-document-missing",
        "B9, R18",
    ),
    (
        "us-patent-taobao",
        pat(
            "invention",
            place="US",
            documents=[{"kind": "patent_certificate", "colour": True, "language": "en"}, REPORT],
        ),
        {},
        "taobao",
        "brief",
        NOT,
        "right-place-not-accepted",
        "B12, R35",
    ),
    (
        "us-patent-alibaba",
        pat(
            "invention",
            place="US",
            documents=[{"kind": "patent_certificate", "colour": True, "language": "en"}, REPORT],
        ),
        {},
        "alibaba_com",
        "brief",
        COVERED,
        None,
        "B15, R37",
    ),
    (
        "pending-patent",
        pat("invention", status="pending", documents=[]),
        {},
        "taobao",
        "brief",
        NOT,
        None,
        "B7, R18",
    ),
    # ---- B10: other rights rest on a court judgment
    (
        "other-judgment",
        {
            "ipr_type": "other",
            "place": "CN",
            "name": "Unfair competition ruling",
            "number": "(2023) Zhe 01 Min Chu 123",
            "registrant": HOLDER,
            "advised": True,
            "documents": [{"kind": "court_judgment", "language": "zh"}],
        },
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "B10",
    ),
    (
        "other-no-judgment",
        {
            "ipr_type": "other",
            "place": "CN",
            "name": "Unfair competition ruling",
            "number": "(2023) Zhe 01 Min Chu 123",
            "registrant": HOLDER,
            "advised": True,
            "documents": [],
        },
        {},
        "taobao",
        "brief",
        UNKNOWN,
        "right-acceptance-unknown",
        "B10 (a right that fits no other type: what it needs is not documented)",
    ),
    # ---- R10-R13, R32: an agent needs the holder's letter of authorisation
    ("agent-no-letter", tm(), AGENT, "taobao", "brief", NOT, "authorisation-missing", "R10"),
    (
        "agent-letter",
        tm(),
        {**AGENT, "authorisations": [LETTER]},
        "taobao",
        "brief",
        COVERED,
        None,
        "R10",
    ),
    (
        "agent-letter-aliexpress",
        tm("US"),
        {**AGENT, "authorisations": [LETTER]},
        "aliexpress",
        "brief",
        COVERED,
        None,
        "R10",
    ),
    (
        "agent-letter-expired",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "valid_until": "2024-05-31"}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-not-valid",
        "R10",
    ),
    (
        "agent-letter-not-yet",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "valid_from": "2024-07-01"}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-not-valid",
        "R10",
    ),
    (
        "agent-letter-other-right",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "rights": ["x"]}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-missing",
        "R10",
    ),
    (
        "agent-letter-unsealed",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "sealed": False, "signed": False}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-not-sealed-or-signed",
        "R11, R12",
    ),
    (
        "agent-letter-no-grant",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "template": False, "grants_enforcement": False}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-no-grant",
        "R12",
    ),
    (
        "agent-letter-other-issuer",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "issuer": "Someone Else Ltd."}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-issuer-not-holder",
        "R10",
    ),
    (
        "agent-letter-individual-typed",
        tm(registrant="Li Wei"),
        {
            **AGENT,
            "authorisations": [
                {
                    **LETTER,
                    "issuer": "Li Wei",
                    "issuer_identity": "individual",
                    "sealed": None,
                    "signed": True,
                    "handwritten": False,
                    "signatory_title": True,
                }
            ],
        },
        "taobao",
        "brief",
        NOT,
        "authorisation-not-handwritten",
        "R13",
    ),
    (
        "agent-letter-individual-no-title",
        tm(registrant="Li Wei"),
        {
            **AGENT,
            "authorisations": [
                {
                    **LETTER,
                    "issuer": "Li Wei",
                    "issuer_identity": "individual",
                    "sealed": None,
                    "signed": True,
                    "handwritten": True,
                    "signatory_title": False,
                }
            ],
        },
        "taobao",
        "brief",
        NOT,
        "authorisation-no-title",
        "R13",
    ),
    (
        "agent-letter-de-untranslated",
        tm("EU"),
        {**AGENT, "authorisations": [{**LETTER, "language": "de", "translation": False}]},
        "aliexpress",
        "brief",
        NOT,
        "document-translation-missing",
        "R14",
    ),
    # ---- R5: the complainant's name matches the identity documents; B4: the IP owner's
    # (names in two scripts or spellings cannot be told apart for sure: a warning)
    (
        "registrant-mismatch",
        tm(registrant="Other Brand GmbH"),
        {},
        "taobao",
        "brief",
        COVERED,
        "right-registrant-mismatch",
        "R5, R23",
    ),
    # ---- R4: identity documents
    (
        "hk-company-registration-expired",
        tm(),
        {
            "documents": [
                {
                    "kind": "business_registration",
                    "name": HOLDER,
                    "language": "en",
                    "valid_until": "2024-01-31",
                }
            ]
        },
        "taobao",
        "brief",
        NOT,
        "identity-document-expired",
        "R4",
    ),
    (
        "cn-company-copy-without-chop",
        tm(),
        {
            "incorporated": "CN",
            "location": "mainland_china",
            "documents": [
                {
                    "kind": "business_registration",
                    "name": HOLDER,
                    "language": "zh",
                    "original": False,
                    "sealed": False,
                }
            ],
        },
        "taobao",
        "brief",
        NOT,
        "identity-copy-without-chop",
        "R4",
    ),
    (
        "individual-id-without-photo",
        tm(registrant="Li Wei"),
        {
            "name": "Li Wei",
            "identity": "individual",
            "documents": [
                {
                    "kind": "identity_document",
                    "name": "Li Wei",
                    "photo": False,
                    "language": "en",
                    "valid_until": "2030-01-01",
                }
            ],
        },
        "aliexpress",
        "brief",
        NOT,
        "identity-document-no-photo",
        "R4",
    ),
    (
        "enterprise-without-registration",
        tm(),
        {"documents": []},
        "taobao",
        "brief",
        NOT,
        "account-identity-document-missing",
        "B5, R4",
    ),
    # ---- B11, R7: only verified IPRs back a complaint
    # R7: a complaint on a right pending verification is prepared and waits (a warning)
    (
        "right-pending-verification",
        tm(verification="pending"),
        {},
        "taobao",
        "brief",
        COVERED,
        "right-verification-pending",
        "R7",
    ),
    (
        "right-verification-failed",
        tm(verification="failed"),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-verification-failed",
        "B11",
    ),
    # ---- R20: each class page of the certificate separately
    (
        "tm-class-page-missing",
        tm(classes=[9, 11], documents=[{**CERT_ZH, "class_pages": [9]}]),
        {},
        "taobao",
        "brief",
        NOT,
        "document-class-pages-missing",
        "R20",
    ),
    (
        "tm-class-pages",
        tm(classes=[9, 11], documents=[{**CERT_ZH, "class_pages": [9, 11]}]),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "R20",
    ),
    # R19: a black-and-white copy is sealed by an entity registrant, signed by an individual
    (
        "tm-bw-signed-entity",
        tm(documents=[{**CERT_ZH, "colour": False, "sealed": False, "signed": True}]),
        {},
        "taobao",
        "brief",
        NOT,
        "document-copy-not-accepted",
        "R19",
    ),
    # ---- R12: the holder's own template carries the signatory's title; R32 on Taobao
    (
        "agent-own-template-no-title",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "template": False, "signatory_title": False}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-no-title",
        "R12",
    ),
    (
        "agent-own-template-title",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "template": False, "signatory_title": True}]},
        "taobao",
        "brief",
        COVERED,
        None,
        "R12",
    ),
    (
        "agent-ipp-template-sealed",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "template": True, "signatory_title": False}]},
        "taobao",
        "brief",
        COVERED,
        None,
        "R11",
    ),
    (
        "agent-letter-scope-unstated-aliexpress",
        tm("US"),
        {**AGENT, "authorisations": [{**LETTER, "states_scope": False, "states_validity": False}]},
        "aliexpress",
        "brief",
        COVERED,
        None,
        "R32 (Taobao only)",
    ),
    # ---- R4, B5: an individual in mainland China
    (
        "cn-individual-id-brief",
        tm(registrant="Li Wei"),
        {
            "name": "Li Wei",
            "identity": "individual",
            "location": "mainland_china",
            "incorporated": None,
            "documents": [
                {
                    "kind": "identity_document",
                    "name": "Li Wei",
                    "photo": True,
                    "language": "zh",
                    "valid_until": "2030-01-01",
                }
            ],
        },
        "taobao",
        "brief",
        COVERED,
        None,
        "B5",
    ),
    (
        "cn-individual-id-official",
        tm(registrant="Li Wei"),
        {
            "name": "Li Wei",
            "identity": "individual",
            "location": "mainland_china",
            "incorporated": None,
            "documents": [
                {
                    "kind": "identity_document",
                    "name": "Li Wei",
                    "photo": True,
                    "language": "zh",
                    "valid_until": "2030-01-01",
                }
            ],
        },
        "taobao",
        "official",
        NOT,
        "account-identity-document-missing",
        "R4",
    ),
    (
        "cn-individual-tpa-official",
        tm(registrant="Li Wei"),
        {
            "name": "Li Wei",
            "identity": "individual",
            "location": "mainland_china",
            "incorporated": None,
            "documents": ["true_person_authentication"],
        },
        "taobao",
        "official",
        COVERED,
        None,
        "R4",
    ),
    # ---- B8, B12: a copyright registered abroad on a domestic platform; B14 and B8 on Lazada
    (
        "us-cr-taobao",
        cr(
            place="US",
            documents=[{"kind": "copyright_certificate", "colour": True, "language": "en"}],
        ),
        {},
        "taobao",
        "brief",
        NOT,
        "right-place-not-accepted",
        "B8, B12",
    ),
    (
        "us-cr-aliexpress",
        cr(
            place="US",
            documents=[{"kind": "copyright_certificate", "colour": True, "language": "en"}],
        ),
        {},
        "aliexpress",
        "brief",
        COVERED,
        None,
        "B15",
    ),
    (
        "cr-unregistered-lazada",
        cr(
            status="unregistered",
            place="SG",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "lazada_sg",
        "brief",
        COVERED,
        None,
        "B8, R28",
    ),
    (
        "cr-software-aliexpress-no-screenshot",
        cr(software=True),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-document-missing",
        "R27",
    ),
    # ---- B13 for other IPR types: a Hong Kong patent or copyright on Tmall Global
    (
        "hk-design-tmall_global",
        pat(
            "design",
            place="HK",
            documents=[{"kind": "patent_certificate", "colour": True, "language": "zh"}, REPORT],
        ),
        {},
        "tmall_global",
        "brief",
        COVERED,
        None,
        "B13",
    ),
    (
        "hk-design-tmall_global-official",
        pat(
            "design",
            place="HK",
            documents=[{"kind": "patent_certificate", "colour": True, "language": "zh"}, REPORT],
        ),
        {},
        "tmall_global",
        "official",
        NOT,
        "right-place-not-accepted",
        "R36, R39",
    ),
    ("hk-cr-taobao", cr(place="HK"), {}, "taobao", "brief", NOT, "right-place-not-accepted", "B12"),
    # ---- R30: the TaoTian platform only; 1688 is not of it
    (
        "utility-no-report-1688-official",
        pat("utility_model"),
        {},
        "1688",
        "official",
        UNKNOWN,
        None,
        "R30",
    ),
    (
        "invention-no-report-tmall-official",
        pat("invention"),
        {},
        "tmall",
        "official",
        COVERED,
        None,
        "R31",
    ),
    # ---- the edges of a right's dates
    (
        "tm-expires-on-the-day",
        tm(expiry_date=DAY),
        {},
        "taobao",
        "brief",
        COVERED,
        "right-expires-soon",
        "B7, R24",
    ),
    (
        "tm-registered-on-the-day",
        tm(registration_date=DAY),
        {},
        "taobao",
        "brief",
        COVERED,
        None,
        "B7",
    ),
    (
        "tm-expired-yesterday",
        tm(expiry_date="2024-06-02"),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-expired",
        "B7, R18",
    ),
    # ---- R28: the claim statement is signed or sealed and filled in (a form of one's own warns)
    (
        "cr-statement-unsigned",
        cr(
            status="unregistered",
            place="US",
            documents=[
                {
                    "kind": "copyright_claim_statement",
                    "signed": False,
                    "sealed": False,
                    "language": "en",
                }
            ],
        ),
        {},
        "aliexpress",
        "brief",
        NOT,
        "claim-statement-not-accepted",
        "R28",
    ),
    (
        "cr-statement-not-filled-in",
        cr(
            status="unregistered",
            place="US",
            documents=[
                {
                    "kind": "copyright_claim_statement",
                    "signed": True,
                    "completed": False,
                    "language": "en",
                }
            ],
        ),
        {},
        "aliexpress",
        "brief",
        NOT,
        "claim-statement-not-accepted",
        "R28",
    ),
    (
        "cr-unregistered-1688",
        cr(
            status="unregistered",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "1688",
        "brief",
        NOT,
        "right-not-accepted",
        "B8",
    ),
    (
        "cr-unregistered-tmall_global",
        cr(
            status="unregistered",
            documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
        ),
        {},
        "tmall_global",
        "brief",
        NOT,
        "right-not-accepted",
        "B8, B13",
    ),
    (
        "cr-pending-taobao",
        cr(status="pending", documents=[]),
        {},
        "taobao",
        "brief",
        NOT,
        "right-not-accepted",
        "B8",
    ),
    (
        "tm-unregistered",
        tm(status="unregistered"),
        {},
        "aliexpress",
        "brief",
        NOT,
        "right-not-accepted",
        "B7",
    ),
    # ---- R14: a translation whose certification is not stated: a documented gap
    (
        "tm-translation-not-certified",
        tm(
            "EU",
            documents=[
                {**CERT_EN, "language": "de", "translation": True, "translation_certified": False}
            ],
        ),
        {},
        "aliexpress",
        "brief",
        UNKNOWN,
        "translation-certification-unknown",
        "R14 (details a gap)",
    ),
    (
        "renewal-de-untranslated",
        tm(
            "EU",
            renewed=True,
            documents=[
                CERT_EN,
                {"kind": "renewal_certificate", "language": "de", "translation": False},
            ],
        ),
        {},
        "aliexpress",
        "brief",
        NOT,
        "document-translation-missing",
        "R14, R24",
    ),
    # ---- R5: the account's name is the name on its identity documents
    (
        "account-name-mismatch",
        tm(),
        {
            "documents": [
                {
                    "kind": "business_registration",
                    "name": "Other Ltd.",
                    "language": "en",
                    "valid_until": "2027-06-30",
                }
            ]
        },
        "taobao",
        "brief",
        NOT,
        "account-name-mismatch",
        "R5",
    ),
    # ---- R10: a letter for another platform does not authorise this one
    (
        "agent-letter-other-platform",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "platforms": ["aliexpress"]}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-missing",
        "R10",
    ),
    (
        "agent-letter-valid-until-the-day",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "valid_until": DAY}]},
        "taobao",
        "brief",
        COVERED,
        None,
        "R10",
    ),
    (
        "hk-registration-valid-until-the-day",
        tm(),
        {
            "documents": [
                {
                    "kind": "business_registration",
                    "name": HOLDER,
                    "language": "en",
                    "valid_until": DAY,
                }
            ]
        },
        "taobao",
        "brief",
        COVERED,
        None,
        "R4",
    ),
    # R32 (Taobao): the letter states the validity period and scope
    (
        "agent-letter-scope-unstated-taobao",
        tm(),
        {**AGENT, "authorisations": [{**LETTER, "states_scope": False, "states_validity": False}]},
        "taobao",
        "brief",
        NOT,
        "authorisation-scope-unstated",
        "R32",
    ),
    # ---- B9 on Lazada (the brief: every patent), R25 for the extension certificate's copy
    (
        "sg-design-lazada-no-report",
        pat(
            "design",
            place="SG",
            documents=[{"kind": "patent_certificate", "colour": True, "language": "en"}],
        ),
        {},
        "lazada_sg",
        "brief",
        NOT,
        "right-document-missing",
        "B9, B14",
    ),
    (
        "madrid-extension-bw-unsealed",
        tm(
            madrid=True,
            documents=[
                CERT_EN,
                {
                    "kind": "madrid_extension_certificate",
                    "language": "en",
                    "colour": False,
                    "sealed": False,
                    "signed": False,
                },
            ],
        ),
        {},
        "taobao",
        "brief",
        NOT,
        "document-copy-not-accepted",
        "R19, R25",
    ),
    (
        "other-us-judgment-taobao",
        {
            "ipr_type": "other",
            "place": "US",
            "name": "Unfair competition",
            "number": "1",
            "registrant": HOLDER,
            "advised": True,
            "documents": [{"kind": "court_judgment", "language": "en"}],
        },
        {},
        "taobao",
        "brief",
        NOT,
        "right-place-not-accepted",
        "B10, B12",
    ),
]


def _cell(right: dict[str, Any], account: dict[str, Any], platform: str, reading: str) -> Any:
    plan = plan_from_data({"account": {**ACCOUNT, **account}, "rights": [{**right, "id": "r"}]})
    answer = coverage(plan, as_of=DAY, interpretation=reading, platforms=[platform])
    return answer.cell("r", platform)


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("right", "account", "platform", "reading", "status", "code", "rule"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_documents_and_registrations(
    right: dict[str, Any],
    account: dict[str, Any],
    platform: str,
    reading: str,
    status: str,
    code: str | None,
    rule: str,
) -> None:
    cell = _cell(right, account, platform, reading)
    codes = [f.code for f in cell.findings]
    assert cell.status.value == status, (rule, codes, [f.message for f in cell.findings])
    if code is not None:
        assert code in codes, (rule, codes)


#: Cases whose finding ``check`` gives a complaint on the same right as coverage does.
CHECKED = {
    "us-tm-taobao-brief": "tm_counterfeit",
    "pending-tm-notice": "tm_counterfeit",
    "tm-bw-unsealed": "tm_misuse",
    "tm-renewed-no-proof": "tm_misuse",
    "madrid-no-extension": "tm_counterfeit",
    "design-no-report-taobao": "pat_design_suspected",
    "cr-statement-word-file": "cr_copied_content",
    "agent-letter-expired": "tm_counterfeit",
    "tm-expired": "tm_misuse",
    "hk-tm-tmall_global-official": "tm_counterfeit",
}
LISTING = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=606832683299",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
}


@pytest.mark.parametrize("case", [c for c in CASES if c[0] in CHECKED], ids=lambda c: c[0])
def test_check_gives_the_same_answer(case: tuple[Any, ...]) -> None:
    """The same right through ``check``: a one-listing complaint with an admissible reason
    fails with the error coverage names for the cell."""
    name, right, account, platform, reading, status, code, rule = case
    assert status == NOT
    plan = plan_from_data(
        {
            "account": {**ACCOUNT, **account},
            "rights": [{**right, "id": "r"}],
            "complaints": [
                {
                    "id": "c",
                    "platform": platform,
                    "right": "r",
                    "reason": CHECKED[name],
                    "supplement": "The listing sells goods that infringe the right.",
                    "listings": [LISTING[platform]],
                }
            ],
        }
    )
    report = check(plan, as_of=DAY, interpretation=reading)
    errors = {f.code for f in report.errors}
    assert (code in errors) if code else errors, (rule, errors)
    assert not report.ok


def test_the_table_is_broad() -> None:
    assert len(CASES) >= 60
    assert len({case[0] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("platform", ["taobao", "tmall", "1688", "tmall_global"])
def test_an_unregistered_work_is_opened_by_registering_it_not_called_an_application(
    platform: str,
) -> None:
    """B8: in China copyright must be registered to be enforced; an unregistered work was
    never applied for. Coverage's way to open the cell said "(an application is not
    enough)", the words for a pending trademark (B7)."""
    statement = {"kind": "copyright_claim_statement", "signed": True, "language": "en"}
    cell = _cell(cr(status="unregistered", documents=[statement]), {}, platform, "brief")
    (opening,) = cell.opens
    assert opening.kind == "registration"
    assert "application" not in opening.text
    assert "unregistered work" in opening.text
    pending = _cell(tm(status="pending", documents=[]), {}, platform, "brief")
    assert "(an application is not enough)" in pending.opens[0].text
