"""check21: the rule text, finding by finding, as a user's plan would hit it.

Each row of ``ROWS`` names a rule of the domain reference, the smallest change to a clean plan
that should trigger its finding and the nearest change that should not, and what the finding
must say: its code, severity, the JSONPath of the field at fault, the rule it rests on and the
readings that answer otherwise. ``RULE_SOURCES`` is the rule text's own list of sources for each
researched rule (parts 1 and 4): a finding, or a catalogue entry, that cites a rule names at
least one of that rule's sources (a brief rule, ``BRIEF``).
"""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from ipprules.checks import catalogue, check, explain, plan_from_data
from ipprules.checks.plan import EXAMPLE_PLAN
from ipprules.cli import main

#: Sources the rule text gives each researched rule (an inference gives none).
RULE_SOURCES: dict[str, tuple[str, ...]] = {
    "R1": ("S1",),
    "R2": ("S1",),
    "R3": ("S9",),
    "R4": ("S23", "S8"),
    "R5": ("S23", "S30"),
    "R6": ("S23",),
    "R7": ("S26", "S27", "S28", "S29"),
    "R8": ("S1", "S5"),
    "R9": ("S1", "S15", "S16"),
    "R10": ("S1", "S8"),
    "R11": ("S6",),
    "R12": ("S6",),
    "R13": ("S6",),
    "R14": ("S2",),
    "R15": ("S19", "S20", "S8"),
    "R16": ("S52", "S9"),
    "R17": ("S1", "S15", "S9"),
    "R18": ("S1",),
    "R19": ("S4", "S5"),
    "R20": ("S4",),
    "R21": ("S5",),
    "R22": ("S5",),
    "R23": ("S5",),
    "R24": ("S1", "S2"),
    "R25": ("S2", "S30"),
    "R27": ("S7",),
    "R28": ("S27", "S35", "S57", "S8"),
    "R29": ("S50b",),
    "R30": ("S36", "S37", "S38"),
    "R32": ("S37",),
    "R33": ("S1", "S16", "S17", "S22", "S9"),
    "R34": ("S30", "S31", "S32", "S33", "S34", "S58b"),
    "R35": ("S30", "S31", "S32", "S34", "S59"),
    "R36": ("S22",),
    "R37": ("S33", "S58b"),
    "R38": ("S2", "S4"),
    "R41": ("S3",),
    "R42": ("S3",),
    "R43": ("S15", "S16", "S3", "S57"),
    "R44": ("S19", "S20"),
    "R45": ("S15", "S16"),
    "R46": ("S26", "S29"),
    "R47": ("S52",),
    "R48": ("S13",),
    "R49": ("S12",),
    "R50": ("S11", "S12"),
    "R51": ("S40",),
    "R52": ("S45",),
    "R53": ("S14",),
    "R54": ("S37",),
    "R55": ("S58",),
    "R56": ("S1",),
    "R57": ("S9",),
    "R58": ("S1", "S16", "S17"),
    "R59": ("S17",),
    "R60": ("S24",),
    "R61": ("S25",),
    "R62": ("S55",),
    "R63": ("S49",),
    "R64": ("S45",),
    "R65": ("S1", "S17", "S56"),
    "R68": ("S13",),
    "R69": ("S13", "S54"),
    "R70": ("S12",),
    "R71": ("S11",),
    "R72": ("S11",),
    "R73": ("S11",),
    "R74": ("S11", "S12"),
    "R75": ("S12",),
    "R76": ("S11", "S12"),
    "R77": ("S21",),
    "R78": ("S33",),
    "R79": ("S21", "S22"),
    "R80": ("S10",),
    "R81": ("S10",),
    "R82": ("S11", "S13", "S54"),
    "R85": ("S39", "S40"),
    "R86": ("S14", "S41", "S42"),
    "R87": ("S43", "S44"),
    "R88": ("S50", "S50c", "S51"),
    "R89": ("S45",),
    "R90": ("S11", "S12", "S13"),
    "R92": ("S18",),
    "R95": ("S15", "S16", "S22", "S47e", "S55"),
}

LISTINGS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=690091011925",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Desk-Lamp_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i123456789-s987654321.html",
    "lazada_th": "https://www.lazada.co.th/products/lamp-i123456789-s987654321.html",
}
STORE = "https://lyb2528.taobao.com/index.htm"


def clean(platform: str = "taobao") -> dict[str, Any]:
    """A plan with no finding: the example plan's account and CN trademark (as ``r1``), one
    complaint of counterfeits with one listing."""
    example = tomllib.loads(EXAMPLE_PLAN.read_text(encoding="utf-8"))
    return {
        "as_of": example["as_of"],
        "account": {**example["account"], "complaints_filed": 400},
        "rights": [{**example["rights"][0], "id": "r1"}],
        "complaints": [
            {
                "id": "c1",
                "platform": platform,
                "right": "r1",
                "reason": "tm_counterfeit",
                "supplement": "Counterfeit LUMEN lamps.",
                "listings": [LISTINGS[platform]],
            }
        ],
    }


def agent(platform: str = "taobao", **letter: Any) -> dict[str, Any]:
    """An agent filing for another registrant with a letter that covers everything."""
    data = clean(platform)
    data["rights"][0]["registrant"] = "Lumen Brands Ltd."
    data["account"]["category"] = "agent"
    data["account"]["authorisations"] = [
        {
            "issuer": "Lumen Brands Ltd.",
            "issuer_identity": "enterprise",
            "rights": ["r1"],
            "platforms": [platform],
            "valid_from": "2026-01-01",
            "valid_until": "2027-11-22",
            "sealed": True,
            "states_scope": True,
            "states_validity": True,
            "template": True,
            "language": "en",
            **letter,
        }
    ]
    return data


def taking(platform: str = "taobao", **changes: Any) -> dict[str, Any]:
    """The clean plan on ``platform``, keys of its right (``right_*``), complaint
    (``complaint_*``) or account (``account_*``) changed."""
    data = clean(platform)
    parts = {
        "right_": data["rights"][0],
        "complaint_": data["complaints"][0],
        "account_": data["account"],
    }
    for key, value in changes.items():
        for prefix, part in parts.items():
            if key.startswith(prefix):
                part[key[len(prefix) :]] = copy.deepcopy(value)
    return data


def many(n: int) -> list[str]:
    return [f"https://item.taobao.com/item.htm?id={606832683299 + i}" for i in range(n)]


def form(n: int, registered: bool = False) -> dict[str, Any]:
    return taking(
        complaint_channel="standalone_form",
        complaint_listings=many(n),
        account_registered=registered,
    )


def lazada_evidence(n: int, **facts: Any) -> dict[str, Any]:
    report = {"kind": "test_purchase_report", "language": "en", "size_mb": 1, **facts}
    return taking("lazada_th", right_place="TH", complaint_evidence=[report] * n)


def account_document(**facts: Any) -> dict[str, Any]:
    data = clean()
    data["account"]["documents"][0].update(facts)
    return data


def suspected(filed: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
    """A design patent filed on ``filed`` on Taobao, under Taobao's suspected-design reason."""
    data = taking(**DESIGN, right_documents=documents)
    data["rights"][0]["filing_date"] = filed
    data["complaints"][0]["reason"] = "pat_design_suspected"
    return data


def two_rights(ids: list[str]) -> dict[str, Any]:
    data = clean()
    second = {**copy.deepcopy(data["rights"][0]), "id": "r2", "number": "31234568"}
    data["rights"].append(second)
    data["complaints"][0]["right"] = ids
    return data


UNREGISTERED_CR = {
    "right_ipr_type": "copyright",
    "right_status": "unregistered",
    "right_classes": [],
    "right_expiry_date": None,
    "right_registration_date": None,
    "complaint_reason": "cr_copied_content",
}
COPYRIGHT = {
    "right_ipr_type": "copyright",
    "right_classes": [],
    "right_expiry_date": None,
    "right_registration_date": None,
    "right_documents": [{"kind": "copyright_certificate", "colour": True, "language": "zh"}],
    "complaint_reason": "cr_piracy",
}
CERT = {"kind": "trademark_certificate", "colour": True}
XIANYU = "https://www.goofish.com/item?id=1065574393669"
STATEMENT = {
    "kind": "copyright_claim_statement",
    "statement_form": "template",
    "completed": True,
    "sealed": True,
    "language": "en",
}
DESIGN = {
    "right_ipr_type": "patent",
    "right_subtype": "design",
    "right_classes": [],
    "right_filing_date": "2019-03-02",
    "right_registration_date": "2019-09-20",
    "right_expiry_date": "2029-03-01",
    "complaint_reason": "pat_design",
}
PATENT_CERT = {"kind": "patent_certificate", "language": "zh"}
REPORT = {"kind": "patent_evaluation_report", "conclusion": "positive", "language": "zh"}
GF_REASON = "gf_counterfeit_simplified"

# (rule, name, trigger, near, interpretation, code, severity, path, other readings)
ROWS: list[tuple[str, str, Any, Any, str, str, str, str, tuple[str, ...]]] = [
    # documents each right needs, per IPR type and platform
    ("R18", "trademark without its certificate", lambda: taking(right_documents=[]),
     lambda: taking(), "brief", "right-document-missing", "error", "$.complaints[0].right", ()),
    ("R24", "renewed mark without the renewal certificate", lambda: taking(right_renewed=True),
     lambda: taking(right_renewed=False), "brief", "right-document-missing", "error",
     "$.complaints[0].right", ()),
    ("R24", "assigned mark without the assignment certificate",
     lambda: taking(right_assigned=True), lambda: taking(), "brief", "right-document-missing",
     "error", "$.complaints[0].right", ()),
    ("R24", "changed mark without the certificate of change", lambda: taking(right_changed=True),
     lambda: taking(), "brief", "right-document-missing", "error", "$.complaints[0].right", ()),
    ("R25", "Madrid mark designating China without the extension certificate",
     lambda: taking(right_madrid=True), lambda: taking(), "brief", "right-document-missing",
     "error", "$.complaints[0].right", ()),
    ("R19", "black-and-white certificate neither sealed nor signed",
     lambda: taking(right_documents=[{"kind": "trademark_certificate", "colour": False,
                                      "sealed": False, "signed": False, "language": "zh"}]),
     lambda: taking(right_documents=[{"kind": "trademark_certificate", "colour": False,
                                      "sealed": True, "language": "zh"}]),
     "brief", "document-copy-not-accepted", "error", "$.rights[0].documents[0]", ()),
    ("B8", "unregistered copyright on Taobao (brief: must be registered in China)",
     lambda: taking(**UNREGISTERED_CR, right_documents=[STATEMENT]),
     lambda: taking("aliexpress", **UNREGISTERED_CR, right_documents=[STATEMENT]),
     "brief", "right-not-accepted", "error", "$.complaints[0].right", ("official",)),
    ("R28", "unregistered copyright on AliExpress without a claim statement",
     lambda: taking("aliexpress", **UNREGISTERED_CR, right_documents=[]),
     lambda: taking("aliexpress", **UNREGISTERED_CR, right_documents=[STATEMENT]),
     "brief", "right-document-missing", "error", "$.complaints[0].right", ()),
    ("B9", "design patent on 1688 without the evaluation report",
     lambda: taking("1688", **DESIGN, right_documents=[PATENT_CERT]),
     lambda: taking("1688", **DESIGN, right_documents=[PATENT_CERT, REPORT]),
     "brief", "right-document-missing", "error", "$.complaints[0].right", ("official",)),
    ("R30", "design patent on Taobao with a negative evaluation report",
     lambda: taking(**DESIGN, right_documents=[PATENT_CERT, {**REPORT, "conclusion": "negative"}]),
     lambda: taking(**DESIGN, right_documents=[PATENT_CERT, REPORT]),
     "brief", "evaluation-report-negative", "error", "$.complaints[0].right", ()),
    # registrations each platform accepts
    ("B12", "US trademark on Taobao", lambda: taking(right_place="US"), lambda: taking(),
     "brief", "right-place-not-accepted", "error", "$.complaints[0].right", ()),
    ("R35", "Taiwan trademark on 1688 (not a mainland right)", lambda: taking("1688", right_place="TW"),
     lambda: taking("1688"), "brief", "right-place-not-accepted", "error",
     "$.complaints[0].right", ()),
    ("R36", "Hong Kong trademark on Tmall Global under the official reading",
     lambda: taking("tmall_global", right_place="HK"), lambda: taking("tmall_global"),
     "official", "right-place-not-accepted", "error", "$.complaints[0].right",
     ("brief", "brief-at-least-100")),
    ("B14", "Singapore trademark on Lazada Thailand",
     lambda: taking("lazada_th", right_place="SG"), lambda: taking("lazada_th", right_place="TH"),
     "brief", "right-place-not-accepted", "error", "$.complaints[0].right", ("official",)),
    ("R40", "Singapore trademark on Lazada Thailand under the official reading (a gap)",
     lambda: taking("lazada_th", right_place="SG"), lambda: taking("taobao"),
     "official", "right-place-unknown", "unknown", "$.complaints[0].right",
     ("brief", "brief-at-least-100")),
    ("B15", "US trademark on AliExpress (accepted; China preferred)",
     lambda: taking("aliexpress", right_place="US"), lambda: taking("aliexpress"),
     "brief", "right-place-not-preferred", "info", "$.complaints[0].right", ()),
    ("B7", "pending trademark application", lambda: taking(right_status="pending"),
     lambda: taking(), "brief", "right-not-accepted", "error", "$.complaints[0].right", ()),
    ("B11", "right that failed verification", lambda: taking(right_verification="failed"),
     lambda: taking(right_verification="verified"), "brief", "right-verification-failed",
     "error", "$.rights[0].verification", ()),
    # validity dates of rights against the filing date
    ("R18", "trademark expired the day before the filing date",
     lambda: taking(right_expiry_date="2026-11-22"), lambda: taking(), "brief",
     "right-expired", "error", "$.complaints[0].right", ()),
    ("B7", "trademark registered the day after the filing date",
     lambda: taking(right_registration_date="2026-11-24"),
     lambda: taking(right_registration_date="2026-11-23"), "brief",
     "right-not-yet-registered", "error", "$.complaints[0].right", ()),
    # reason code x IPR type x platform x target x Good Faith membership
    ("B16", "copyright reason on a trademark", lambda: taking(complaint_reason="cr_piracy"),
     lambda: taking(), "brief", "reason-wrong-ipr-type", "error", "$.complaints[0].reason", ()),
    ("R52", "design reason on an invention patent",
     lambda: taking("1688", **{**DESIGN, "right_subtype": "invention"},
                    right_documents=[PATENT_CERT, REPORT]),
     lambda: taking("1688", **{**DESIGN, "right_subtype": "invention",
                               "complaint_reason": "pat_invention"},
                    right_documents=[PATENT_CERT, REPORT]),
     "brief", "reason-wrong-subtype", "error", "$.complaints[0].reason", ()),
    ("R42", "listing reason on a store front",
     lambda: taking(complaint_target="storefront", complaint_reason="tm_misuse",
                    complaint_listings=[STORE]),
     lambda: taking(complaint_target="storefront", complaint_reason="tm_store_misuse",
                    complaint_listings=[STORE]),
     "brief", "reason-wrong-target", "error", "$.complaints[0].reason", ()),
    ("B16", "store front on AliExpress",
     lambda: taking("aliexpress", complaint_target="storefront"),
     lambda: taking("aliexpress"), "brief", "storefront-not-allowed", "error",
     "$.complaints[0].target", ("official",)),
    ("R50", "Good Faith reason from a non-member",
     lambda: taking(complaint_reason=GF_REASON),
     lambda: taking(complaint_reason=GF_REASON, account_good_faith=True), "brief",
     "reason-good-faith-only", "error", "$.complaints[0].reason", ()),
    ("R41", "copyright complaint without a supplement reason",
     lambda: taking(**COPYRIGHT, complaint_supplement=""), lambda: taking(**COPYRIGHT), "brief",
     "supplement-missing", "error", "$.complaints[0].supplement", ()),
    ("R76", "member's copyright complaint without a supplement reason (bases a gap)",
     lambda: taking(**COPYRIGHT, complaint_supplement="", account_good_faith=True),
     lambda: taking(**COPYRIGHT, account_good_faith=True), "brief",
     "supplement-burden-unknown", "unknown", "$.complaints[0].supplement", ()),
    ("R79", "member's counterfeit complaint on AliExpress without a supplement reason",
     lambda: taking("aliexpress", complaint_supplement="", account_good_faith=True),
     lambda: taking("aliexpress", account_good_faith=True), "brief",
     "supplement-missing", "error", "$.complaints[0].supplement", ()),
    ("R20", "trademark class 46, no Nice class", lambda: taking(right_classes=[46]),
     lambda: taking(right_classes=[45]), "brief", "right-class-invalid", "error",
     "$.rights[0].classes[0]", ()),
    # form limits
    ("R43", "301 listings on the portal", lambda: taking(complaint_listings=many(301)),
     lambda: taking(complaint_listings=many(300)), "brief", "listings-too-many", "error",
     "$.complaints[0].listings", ()),
    ("R44", "11 links on the stand-alone form", lambda: form(11), lambda: form(10), "brief",
     "listings-too-many", "error", "$.complaints[0].listings", ()),
    ("R15", "registered account on the stand-alone form", lambda: form(1, registered=True),
     lambda: form(1), "brief", "channel-registered-account", "error",
     "$.complaints[0].channel", ()),
    ("B17", "complaint without listings", lambda: taking(complaint_listings=[]),
     lambda: taking(), "brief", "listings-empty", "error", "$.complaints[0].listings", ()),
    # one right per complaint
    ("R45", "a complaint naming two rights", lambda: two_rights(["r1", "r2"]),
     lambda: two_rights(["r1"]), "brief", "complaint-several-rights", "error",
     "$.complaints[0].right", ()),
    ("R8", "one right record naming two registrations",
     lambda: taking(right_number="31234567, 31234568"), lambda: taking(), "brief",
     "right-several-iprs", "error", "$.rights[0].number", ()),
    # proof of authorisation for agents
    ("R10", "agent without a letter of authorisation",
     lambda: {**agent(), "account": {**agent()["account"], "authorisations": []}},
     lambda: agent(), "brief", "authorisation-missing", "error", "$.complaints[0].right", ()),
    ("R10", "agent's letter expired the day before the filing date",
     lambda: agent(valid_until="2026-11-22"), lambda: agent(valid_until="2026-11-23"), "brief",
     "authorisation-not-valid", "error", "$.complaints[0].right", ()),
    ("R10", "agent's letter issued by someone else", lambda: agent(issuer="Someone Else"),
     lambda: agent(), "brief", "authorisation-issuer-not-holder", "error",
     "$.account.authorisations[0]", ()),
    ("R11", "agent's letter not sealed", lambda: agent(sealed=False), lambda: agent(), "brief",
     "authorisation-not-sealed-or-signed", "error", "$.account.authorisations[0]", ()),
    ("R32", "agent's letter on Taobao without its scope",
     lambda: agent(states_scope=False), lambda: agent("aliexpress", states_scope=False),
     "brief", "authorisation-scope-unstated", "error", "$.complaints[0].right", ()),
    ("R47", "five attachments on Lazada", lambda: lazada_evidence(5), lambda: lazada_evidence(4),
     "brief", "attachments-too-many", "error", "$.complaints[0].evidence", ()),
    ("R47", "a 6 MB attachment on Lazada", lambda: lazada_evidence(1, size_mb=6),
     lambda: lazada_evidence(1, size_mb=5), "brief", "attachment-too-large", "error",
     "$.complaints[0].evidence[0]", ()),
    # the account: identity, name, registration choices, track record
    ("R4", "Hong Kong business registration expired the day before the filing date",
     lambda: account_document(valid_until="2026-11-22"),
     lambda: account_document(valid_until="2026-11-23"), "brief", "identity-document-expired",
     "error", "$.account.documents[0]", ()),
    ("R5", "complainant name differs from the business registration",
     lambda: account_document(name="Other Name Ltd."), lambda: account_document(), "brief",
     "account-name-mismatch", "error", "$.account.documents[0]", ()),
    ("B4", "rights-protection organisation registered as right holder",
     lambda: taking(account_organisation=True, account_identity="individual"),
     lambda: taking(account_organisation=False), "brief", "account-organisation-registration",
     "warning", "$.account.category", ()),
    ("B18", "100 listings from an account with 100 complaints filed",
     lambda: taking(complaint_listings=many(100), account_complaints_filed=100),
     lambda: taking(complaint_listings=many(99), account_complaints_filed=100), "brief",
     "new-filer-large-batch", "warning", "$.complaints[0].listings", ("brief-at-least-100",)),
    # documents: language, software, patents by date
    ("R14", "French certificate without a translation",
     lambda: taking(right_documents=[{**CERT, "language": "fr", "translation": False}]),
     lambda: taking(right_documents=[{**CERT, "language": "fr", "translation": True,
                                      "translation_certified": True}]),
     "brief", "document-translation-missing", "error", "$.rights[0].documents[0]", ()),
    ("R14", "French certificate with a translation not stated as certified (a gap)",
     lambda: taking(right_documents=[{**CERT, "language": "fr", "translation": True}]),
     lambda: taking(right_documents=[{**CERT, "language": "fr", "translation": True,
                                      "translation_certified": True}]),
     "brief", "translation-certification-unknown", "unknown", "$.rights[0].documents[0]", ()),
    ("R27", "registered software without the screenshot",
     lambda: taking(**{**COPYRIGHT, "complaint_reason": "cr_copied_content"}, right_software=True),
     lambda: taking(**{**COPYRIGHT, "complaint_reason": "cr_copied_content"}), "brief",
     "right-document-missing", "error", "$.complaints[0].right", ()),
    ("R30", "design patent applied for in 2010 on Taobao without a report (official)",
     lambda: suspected("2010-01-01", [PATENT_CERT]),
     lambda: suspected("2009-12-31", [PATENT_CERT]),
     "official", "right-document-missing", "error", "$.complaints[0].right",
     ("brief", "brief-at-least-100")),
    ("R31", "design patent applied for in 2009 on Taobao without a report (official)",
     lambda: suspected("2009-12-31", [PATENT_CERT]),
     lambda: suspected("2009-12-31", [PATENT_CERT, REPORT]),
     "official", "right-report-not-needed-inferred", "info", "$.complaints[0].right",
     ("brief", "brief-at-least-100")),
    # platforms on the filing date
    ("R95", "Lazada complaint filed before Lazada IPP opened",
     lambda: taking("lazada_th", right_place="TH", complaint_filing_date="2019-05-31",
                    right_registration_date="2019-01-01"),
     lambda: taking("lazada_th", right_place="TH", complaint_filing_date="2019-06-01",
                    right_registration_date="2019-01-01"),
     "brief", "platform-unknown", "error", "$.complaints[0].platform", ()),
    ("B1", "a complaint filed on Xianyu (filed as Taobao)",
     lambda: taking(complaint_platform="xianyu", complaint_listings=[XIANYU]),
     lambda: taking(complaint_listings=[XIANYU]), "brief", "platform-unknown", "error",
     "$.complaints[0].platform", ("official",)),
    ("D11", "a Xianyu listing filed as Taobao under the official reading (a gap)",
     lambda: taking(complaint_listings=[XIANYU]), lambda: taking(), "official",
     "listing-marketplace-unknown", "unknown", "$.complaints[0].listings[0]",
     ("brief", "brief-at-least-100")),
    # listing platform vs complaint platform
    ("B16", "a Tmall listing in a Taobao complaint",
     lambda: taking(complaint_listings=[LISTINGS["tmall"]]), lambda: taking(), "brief",
     "listing-wrong-platform", "error", "$.complaints[0].listings[0]", ()),
    ("B16", "an AliExpress listing in an Alibaba.com complaint",
     lambda: taking("alibaba_com", complaint_listings=[LISTINGS["aliexpress"]]),
     lambda: taking("alibaba_com"), "brief", "listing-wrong-platform", "error",
     "$.complaints[0].listings[0]", ()),
]  # fmt: skip


def _findings(data: dict[str, Any], interpretation: str) -> list[Any]:
    return list(check(plan_from_data(data), interpretation=interpretation).findings)


def _cites_its_sources(rule_ids: tuple[str, ...], sources: tuple[str, ...]) -> list[str]:
    """The rules among ``rule_ids`` none of whose own sources is among ``sources``."""
    wrong = []
    for rule in rule_ids:
        own = ("BRIEF",) if rule.startswith("B") else RULE_SOURCES.get(rule, ())
        if own and not set(own) & set(sources):
            wrong.append(rule)
    return wrong


@pytest.mark.no_cover
@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}: {r[1]}" for r in ROWS])
def test_a_plan_breaking_the_rule_gets_its_finding_and_the_nearest_does_not(
    row: tuple[str, str, Any, Any, str, str, str, str, tuple[str, ...]],
) -> None:
    rule, _name, trigger, near, interpretation, code, severity, path, others = row
    found = [f for f in _findings(trigger(), interpretation) if f.code == code]
    assert found, f"{code} not found"
    finding = found[0]
    assert (str(finding.severity), finding.path) == (severity, path)
    assert rule in finding.rule_ids
    assert _cites_its_sources(finding.rule_ids, finding.sources) == []
    assert tuple(finding.other_readings) == others
    assert code not in [f.code for f in _findings(near(), interpretation)]


@pytest.mark.parametrize("code", list(catalogue()))
def test_every_finding_of_the_catalogue_names_its_rules_sources_and_a_fix(code: str) -> None:
    """``ipprules explain CODE``: the rules it rests on, each with at least one of the rule
    text's sources for it, and what to do."""
    entry = explain(code)
    assert entry.fix
    if code not in ("plan-empty", "right-unused", "other-reading-finding", "rule-record-missing"):
        assert entry.rules
    assert _cites_its_sources(entry.rules, entry.sources) == []
    assert all(rule in entry.text() for rule in entry.rules)


@pytest.mark.parametrize("code", list(catalogue()))
def test_every_source_of_a_catalogue_entry_is_one_of_its_rules(code: str) -> None:
    """The reverse: a source the entry names belongs to a rule it cites (``BRIEF`` to a brief
    rule), unless it cites a disagreement or an inferred rule, whose sources are its
    neighbours'. reason-wrong-ipr-type named S3 (R41: the IPR type, then the reason) with B16
    alone; document-not-yet-issued named the brief citing no brief rule."""
    entry = explain(code)
    if not entry.rules or any(
        r[0] == "D" or (r[0] == "R" and r not in RULE_SOURCES) for r in entry.rules
    ):
        return
    own = {s for r in entry.rules for s in (("BRIEF",) if r[0] == "B" else RULE_SOURCES[r])}
    assert [s for s in entry.sources if s not in own] == []


def test_reason_wrong_target_cites_the_complaint_type_not_the_codes_offers() -> None:
    """B16, R41, R42: the form asks for the complaint type before the reason; the code's own
    rules (its penalty classes, R51, R52, R55) are not what refuses it, its mark stays."""
    data = ROWS[[r[1] for r in ROWS].index("listing reason on a store front")][2]()
    (finding,) = [f for f in _findings(data, "brief") if f.code == "reason-wrong-target"]
    assert (finding.rule_ids, finding.sources) == (("B16", "R41", "R42"), ("BRIEF", "S3"))
    assert finding.message.endswith("]") and "[confidence inferred:" in finding.message


def test_the_cli_reports_a_foreign_mark_on_taobao_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """B12, R35: ``ipprules check`` on the example plan's US mark filed on Taobao (the finding
    at the complaint's right, in text and JSON); the same complaint under its CN mark has none."""
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    head = text[: text.index("[[complaints]]")]
    plans = {}
    for right in ("tm-us-9", "tm-cn-9"):
        plans[right] = tmp_path / f"{right}.toml"
        plans[right].write_text(
            f"{head}[[complaints]]\nid = 'c1'\nplatform = 'taobao'\nright = '{right}'\n"
            "reason = 'tm_counterfeit'\nsupplement = 'Counterfeit LUMEN lamps.'\n"
            f"listings = ['{LISTINGS['taobao']}']\n",
            encoding="utf-8",
        )
    assert main(["check", str(plans["tm-us-9"])]) == 1
    assert "error   right-place-not-accepted  $.complaints[0].right" in capsys.readouterr().out
    found = {}
    for right, path in plans.items():
        main(["check", str(path), "--format", "json"])
        findings = json.loads(capsys.readouterr().out)["findings"]
        found[right] = [f for f in findings if f["code"] == "right-place-not-accepted"]
    (finding,) = found["tm-us-9"]
    assert finding["path"] == "$.complaints[0].right" and finding["severity"] == "error"
    assert {"B12", "R35"} <= set(finding["rule_ids"]) and "S30" in finding["sources"]
    assert found["tm-cn-9"] == []


@pytest.mark.parametrize("interpretation", ["brief", "official", "brief-at-least-100"])
def test_every_finding_of_the_example_plan_names_a_source_of_each_rule_it_cites(
    interpretation: str,
) -> None:
    """Every finding (the quoted ones of other readings too) names, for each rule it cites,
    at least one of the sources the rule text gives that rule."""
    report = check(plan_from_data(_example()), interpretation=interpretation)
    assert report.findings
    wrong = {f.code: _cites_its_sources(f.rule_ids, f.sources) for f in report.findings}
    assert {code: rules for code, rules in wrong.items() if rules} == {}


def _example() -> dict[str, Any]:
    return tomllib.loads(EXAMPLE_PLAN.read_text(encoding="utf-8"))
