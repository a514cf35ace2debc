"""The rule text, statement by statement, against the engines (rules19).

Each case quotes its sentence of the domain notes (``ipp-rules.md``: part 0's statements on
accounts, rights, jurisdiction and the Good Faith Program, and sections 1.1, 1.2, 1.3, 1.7 and
1.10) with its section, and gives the answer decided from the text: the brief's reading (the
default) and the official one where part 2 gives it. Inputs sit at and around every number of
the text (rates, counts, windows, lock-outs, the day a rule takes effect), on every platform
and place the statement names. The cases run through the public API; a sample through the CLI.
The plan builder and the finding helper are the rules18 table's (``test_rule_text_18``).
"""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipprules.checks import plan_from_data
from ipprules.cli import main
from ipprules.coverage import coverage
from ipprules.errors import CoverageError
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing
from test_rule_text_18 import LAZADA, PLATFORMS, READINGS, _with_right, findings, plan

NAME = "Lumen Optics Co., Ltd."
ID = {"kind": "identity_document", "name": NAME, "language": "en", "original": True, "photo": True}
TPA = {"kind": "true_person_authentication", "name": NAME}
BR = {"kind": "business_registration", "name": NAME, "language": "en"}
CERT = {"kind": "trademark_certificate", "colour": True, "language": "zh", "class_pages": [9]}
LETTER = {
    "rights": ["r1"],
    "valid_from": "2024-01-01",
    "valid_until": "2025-01-01",
    "states_scope": True,
    "states_validity": True,
    "issuer": NAME,
    "issuer_identity": "enterprise",
    "template": True,
    "sealed": True,
    "grants_enforcement": True,
    "language": "en",
}


def agent(**letter: Any) -> dict[str, Any]:
    """An agent account (a vendor) holding one letter of authorisation, changed by the case."""
    return {
        "category": "agent",
        "name": "BrandGuard",
        "documents": [{**BR, "name": "BrandGuard"}],
        "authorisations": [{**LETTER, **letter}],
    }


def individual(doc: dict[str, Any], location: str = "elsewhere") -> dict[str, Any]:
    return {"identity": "individual", "location": location, "documents": [doc]}


Case = tuple[str, str, dict[str, Any], dict[str, list[str]]]

# ------------------------------------------------------------- 1.1 registration and identity
ACCOUNT_CASES: list[Case] = [
    (
        "An individual in mainland China completes True Person Authentication by scanning with "
        "the Taobao App. / B5: an individual gives a personal ID",
        "1.1 R4, 0 B5",
        plan(account=individual(ID, "mainland_china")),
        {"brief": [], "official": ["account-identity-document-missing"]},
    ),
    (
        "An individual in mainland China completes True Person Authentication",
        "1.1 R4",
        plan(account=individual(TPA, "mainland_china")),
        {"brief": []},
    ),
    (
        "An individual outside mainland China uploads a scan or photo of an original identity "
        "card, passport or driving licence that shows a photo (TPA is for mainland China)",
        "1.1 R4",
        plan(account=individual(TPA)),
        {"brief": ["account-identity-document-missing"]},
    ),
    (
        "An enterprise uploads ... its Business Registration Certificate (a personal ID does "
        "not do)",
        "1.1 R4, 0 B5",
        plan(account={"identity": "enterprise", "documents": [ID]}),
        {"brief": ["account-identity-document-missing"]},
    ),
    (
        "an individual gives a personal ID (a business registration does not do)",
        "0 B5, 1.1 R4",
        plan(account=individual(BR)),
        {"brief": ["account-identity-document-missing"]},
    ),
    (
        "An individual outside mainland China uploads ... a passport ... that shows a photo.",
        "1.1 R4",
        plan(account=individual({**ID, "photo": False})),
        {"brief": ["identity-document-no-photo"]},
    ),
    (
        "a scan or photo of an original identity card",
        "1.1 R4",
        plan(account=individual({**ID, "original": False})),
        {"brief": ["identity-document-copy"]},
    ),
    (
        "A company incorporated in China must put its red company chop on the photocopy.",
        "1.1 R4",
        plan(
            account={
                "incorporated": "CN",
                "location": "mainland_china",
                "documents": [{**BR, "sealed": False, "original": False}],
            }
        ),
        {"brief": ["identity-copy-without-chop"]},
    ),
    (
        "A company incorporated in China must put its red company chop on the photocopy (chopped)",
        "1.1 R4",
        plan(
            account={
                "incorporated": "CN",
                "location": "mainland_china",
                "documents": [{**BR, "sealed": True, "original": False}],
            }
        ),
        {"brief": []},
    ),
    *[
        (
            "A Hong Kong company must supply a Business Registration Certificate that is still "
            "within its valid operating period (valid until the day before / the filing day)",
            "1.1 R4",
            plan(
                as_of="2024-06-03",
                account={"incorporated": "HK", "documents": [{**BR, "valid_until": _until}]},
            ),
            {"brief": _want},
        )
        for _until, _want in (("2024-06-02", ["identity-document-expired"]), ("2024-06-03", []))
    ],
    (
        "A Hong Kong company must supply ... within its valid operating period (a US company's "
        "certificate is not held to it)",
        "1.1 R4",
        plan(
            as_of="2024-06-03",
            account={"incorporated": "US", "documents": [{**BR, "valid_until": "2024-06-02"}]},
        ),
        {"brief": []},
    ),
    (
        "The complainant name must be the same as the name (or company name) on the identity "
        "documents.",
        "1.1 R5",
        plan(account={"name": "Lumen Optics Ltd"}),
        {"brief": ["account-name-mismatch", "right-registrant-mismatch"]},
    ),
    (
        "The complainant name must be the same as the name (case does not make another name)",
        "1.1 R5",
        plan(account={"name": NAME.upper(), "documents": [{**BR, "name": NAME.upper()}]}),
        {"brief": []},
    ),
    (
        "The complainant name must be the same as the name (a repeated space does not make "
        "another name: nor against the right's registrant)",
        "1.1 R5, 1.2 R23",
        plan(
            account={
                "name": NAME.replace(" ", "  "),
                "documents": [{**BR, "name": NAME.replace(" ", "  ")}],
            }
        ),
        {"brief": []},
    ),
    (
        "The complainant name must be the same as the name (full-width forms typed by a Chinese "
        "input method do not make another name: nor against the right's registrant)",
        "1.1 R5, 1.2 R23",
        plan(account={"name": "Lumen Optics Co\uff0e\uff0c Ltd\uff0e"}),
        {"brief": []},
    ),
    (
        "A complainant who is not the rights holder must supply a letter of authorization",
        "1.1 R10",
        plan(account={**agent(), "authorisations": []}),
        {"brief": ["authorisation-missing"]},
    ),
    (
        "a letter of authorization or POA, issued by the rights holder",
        "1.1 R10",
        plan(account=agent(issuer="Someone Else Ltd")),
        {"brief": ["authorisation-issuer-not-holder"]},
    ),
    (
        "a letter of authorization ... that allows enforcement (valid on the filing day, its "
        "last day)",
        "1.1 R10",
        plan(as_of="2025-01-01", account=agent()),
        {"brief": []},
    ),
    *[
        (
            "a letter of authorization ... that allows enforcement (not valid on the filing "
            "day: the day after it ends, the day before it starts)",
            "1.1 R10",
            plan(as_of=_on, account=agent()),
            {"brief": ["authorisation-not-valid"]},
        )
        for _on in ("2025-01-02", "2023-12-31")
    ],
    (
        "have the rights holder seal it (entity) or sign it (individual)",
        "1.1 R11",
        plan(account=agent(sealed=False, signed=False)),
        {"brief": ["authorisation-not-sealed-or-signed"]},
    ),
    (
        "It must explicitly grant the right to enforce IPRs.",
        "1.1 R12",
        plan(account=agent(template=False, grants_enforcement=False, signatory_title=True)),
        {"brief": ["authorisation-no-grant"]},
    ),
    (
        "It must carry the official seal (entity) ... together with the signatory's title.",
        "1.1 R12",
        plan(account=agent(template=False, signatory_title=False)),
        {"brief": ["authorisation-no-title"]},
    ),
    (
        "It must carry the official seal (entity) ... together with the signatory's title "
        "(with it)",
        "1.1 R12",
        plan(account=agent(template=False, signatory_title=True)),
        {"brief": []},
    ),
    (
        "A POA issued by an individual rights holder must carry that person's handwritten "
        "signature",
        "1.1 R13",
        plan(
            account=agent(
                issuer_identity="individual",
                sealed=False,
                signed=True,
                handwritten=False,
                signatory_title=True,
            )
        ),
        {"brief": ["account-identity-not-owner", "authorisation-not-handwritten"]},
    ),
    (
        "A POA issued by an individual rights holder must carry ... job title (IPP's template too)",
        "1.1 R13",
        plan(
            account=agent(
                issuer_identity="individual",
                sealed=False,
                signed=True,
                handwritten=True,
                signatory_title=False,
            )
        ),
        {"brief": ["account-identity-not-owner", "authorisation-no-title"]},
    ),
    *[
        (
            "For a non-owner filing on Taobao, the POA must state the validity period and scope "
            "of the authorization (the Taobao family; not 1688 or AliExpress)",
            "1.2 R32",
            plan(
                _p,
                account=agent(platforms=[], states_scope=False, states_validity=False),
            ),
            {"brief": ["authorisation-scope-unstated"] if _p in TAO_FAMILY else []},
        )
        for TAO_FAMILY in [("taobao", "tmall", "tmall_global")]
        for _p in ("taobao", "tmall", "tmall_global", "1688", "aliexpress", "alibaba_com")
    ],
    (
        "Documents that are not in English or Chinese need an English or Chinese translation "
        "(a letter in French)",
        "1.1 R14",
        plan(account=agent(language="fr", translation=False)),
        {"brief": ["document-translation-missing"]},
    ),
    (
        "Documents that are not in English or Chinese need an English or Chinese translation "
        "(a passport in French)",
        "1.1 R14",
        plan(account=individual({**ID, "language": "fr", "translation": False})),
        {"brief": ["document-translation-missing"]},
    ),
    (
        "Its answer text, including any certification requirement, was not retrievable "
        "(a documented gap: unknown)",
        "1.1 R14",
        plan(account=individual({**ID, "language": "fr", "translation": True})),
        {"brief": ["translation-certification-unknown"]},
    ),
    (
        "Its answer text, including any certification requirement, was not retrievable "
        "(a certified translation meets either reading)",
        "1.1 R14",
        plan(
            account=individual(
                {**ID, "language": "fr", "translation": True, "translation_certified": True}
            )
        ),
        {"brief": []},
    ),
    (
        "Registered IPP users cannot use the form.",
        "1.1 R15, 0 B2",
        plan(complaint={"channel": "standalone_form"}),
        {"brief": ["channel-registered-account"]},
    ),
    (
        "Rights holders without an IPP account can use a stand-alone online form",
        "1.1 R15, 0 B2",
        plan(account={"registered": False}, complaint={"channel": "standalone_form"}),
        {"brief": []},
    ),
]

# ------------------------------------------------------------------ 1.2 rights and documents
_CRC = {
    "ipr_type": "copyright",
    "place": "CN",
    "number": "2024-L-1",
    "documents": [{"kind": "copyright_certificate", "colour": True, "language": "zh"}],
}
_STATEMENT = {
    "kind": "copyright_claim_statement",
    "statement_form": "template",
    "completed": True,
    "signed": True,
    "language": "en",
}


def _unregistered(platform: str, *docs: dict[str, Any]) -> dict[str, Any]:
    right = {"ipr_type": "copyright", "status": "unregistered", "documents": list(docs)}
    return _with_right(platform, right, "cr_copied_content")


RIGHT_CASES: list[Case] = [
    (
        "Upload a colour scan ... A black-and-white copy is acceptable only if the registrant "
        "has sealed it (entity) or signed it (individual)",
        "1.2 R19",
        plan(right={"documents": [{**CERT, "colour": False, "sealed": False, "signed": False}]}),
        {"brief": ["document-copy-not-accepted"]},
    ),
    (
        "A black-and-white copy is acceptable only if the registrant has sealed it (entity)",
        "1.2 R19",
        plan(right={"documents": [{**CERT, "colour": False, "sealed": True}]}),
        {"brief": []},
    ),
    (
        "A black-and-white copy is acceptable only if the registrant has sealed it (entity): "
        "signed, not sealed, by an entity registrant",
        "1.2 R19",
        plan(right={"documents": [{**CERT, "colour": False, "sealed": False, "signed": True}]}),
        {"brief": ["document-copy-not-accepted"]},
    ),
    (
        "If the certificate has several class pages, each page is uploaded separately.",
        "1.2 R20",
        plan(right={"classes": [9, 35]}),
        {"brief": ["document-class-pages-missing"]},
    ),
    (
        "If the certificate has several class pages, each page is uploaded separately (both)",
        "1.2 R20",
        plan(right={"classes": [9, 35], "documents": [{**CERT, "class_pages": [9, 35]}]}),
        {"brief": []},
    ),
    *[
        (
            "Trademark fields: ... class (Nice classes 1 to 45)",
            "0 B7, 1.2 R20",
            plan(right={"classes": [_c], "documents": [{**CERT, "class_pages": [_c]}]}),
            {"brief": _want},
        )
        for _c, _want in (
            (0, ["right-class-invalid"]),
            (1, []),
            (45, []),
            (46, ["right-class-invalid"]),
        )
    ],
    (
        "for a figurative mark, briefly describe the device",
        "1.2 R21",
        plan(right={"mark": "figurative", "name": ""}),
        {"brief": ["right-name-missing"]},
    ),
    (
        'The "registration number" field holds only the number printed on the certificate.',
        "1.2 R22",
        plan(right={"number": "31234567 class 9"}),
        {"brief": ["right-number-class"]},
    ),
    *[
        (
            "A renewal certificate is needed when the mark has been renewed. An assignment "
            "certificate ... assigned. A certificate of change ... changed.",
            "1.2 R24, 0 B7",
            plan(right={_fact: True, "documents": _docs}),
            {"brief": _want},
        )
        for _fact, _kind in (
            ("renewed", "renewal_certificate"),
            ("assigned", "assignment_certificate"),
            ("changed", "change_certificate"),
        )
        for _docs, _want in (
            ([CERT], ["right-document-missing"]),
            ([CERT, {"kind": _kind, "colour": True, "language": "zh"}], []),
        )
    ],
    *[
        (
            "If the IPR or its ownership was renewed, altered or transferred, the supporting "
            "documents for that change are needed too. All IPR types.",
            "1.2 R18",
            _with_right("taobao", {**_CRC, _fact: True}, "cr_copied_content"),
            {"brief": ["right-document-missing"]},
        )
        for _fact in ("renewed", "assigned", "changed")
    ],
    (
        "For a WIPO/Madrid international registration that designates China, IPP still "
        "requires a certificate of territorial extension to China (one relied on as a US "
        "right on AliExpress is not)",
        "1.2 R25, 1.3 R37",
        plan("aliexpress", right={"madrid": True, "place": "US", "number": "1234567"}),
        {"brief": ["right-place-not-preferred"]},
    ),
    (
        "It does not support a takedown: IPP asks for registration certificates (also on "
        "AliExpress)",
        "1.2 R26, 2 D9",
        plan("aliexpress", right={"documents": [{"kind": "trademark_acceptance_notice"}]}),
        {"brief": ["right-acceptance-notice", "right-document-missing"]},
    ),
    (
        "Copyright registered in mainland China: Upload a colour copy of the certificate, or a "
        "black-and-white copy sealed or signed by the registrant.",
        "1.2 R27",
        _with_right(
            "taobao",
            {
                **_CRC,
                "documents": [
                    {
                        "kind": "copyright_certificate",
                        "colour": False,
                        "sealed": False,
                        "signed": False,
                        "language": "zh",
                    }
                ],
            },
            "cr_copied_content",
        ),
        {"brief": ["document-copy-not-accepted"]},
    ),
    (
        "For software, upload the software registration certificate and a screenshot of the "
        "running software that shows the ownership information.",
        "1.2 R27",
        _with_right("taobao", {**_CRC, "software": True}, "cr_copied_content"),
        {"brief": ["right-document-missing"]},
    ),
    (
        "For software, upload the software registration certificate and a screenshot (both)",
        "1.2 R27",
        _with_right(
            "taobao",
            {
                **_CRC,
                "software": True,
                "documents": [
                    *_CRC["documents"],
                    {"kind": "software_screenshot", "language": "zh"},
                ],
            },
            "cr_copied_content",
        ),
        {"brief": []},
    ),
    (
        "A Word file is not accepted.",
        "1.2 R28",
        _unregistered("aliexpress", {**_STATEMENT, "statement_form": "word_file"}),
        {"brief": ["claim-statement-not-accepted"]},
    ),
    (
        "Download the template, fill it in and sign or seal it.",
        "1.2 R28",
        _unregistered("aliexpress", {**_STATEMENT, "signed": False, "sealed": False}),
        {"brief": ["claim-statement-not-accepted"]},
    ),
    (
        "Unregistered copyright is claimed with a completed Copyright Claim Statement instead "
        "of a certificate (none held)",
        "1.2 R28",
        _unregistered("aliexpress"),
        {"brief": ["right-document-missing"]},
    ),
    *[
        (
            "Copyright: in China it must be registered to be enforced / Unregistered copyright "
            "is claimed with a completed Copyright Claim Statement",
            "0 B8, 1.2 R28",
            _unregistered(_p, _STATEMENT),
            {"brief": ["right-not-accepted"], "official": []},
        )
        for _p in ("tmall", "tmall_global")
    ],
    *[
        (
            "unregistered copyright can be enforced on international platforms (e.g. "
            "AliExpress) with a statement of ownership",
            "0 B8, 1.2 R28",
            _unregistered(_p, _STATEMENT),
            # taken; B14 read against B8 (reading b14-registered-only) is named (rules36)
            {"brief": ["right-acceptance-disputed"]},
        )
        for _p in LAZADA[1:]
    ],
    (
        "Other: for court judgments (e.g. unfair competition) (with the judgment and advice)",
        "0 B10, 1.2 R17",
        _with_right(
            "taobao",
            {"ipr_type": "other", "advised": True, "documents": [{"kind": "court_judgment"}]},
            "other_judgment",
        ),
        {"brief": []},
    ),
    (
        "Other: ... rights that fit no other type (no judgment: what they need is a gap)",
        "0 B10, 1.2 R17",
        _with_right("taobao", {"ipr_type": "other", "advised": True}, "other_judgment"),
        {"brief": ["right-acceptance-unknown"]},
    ),
]

_PATENT = {
    "ipr_type": "patent",
    "place": "CN",
    "registration_date": "2011-01-01",
    "expiry_date": "2030-01-01",
}
for _p in ("tmall", "tmall_global", "1688", "aliexpress"):
    for _sub, _filed in (("design", "2009-12-31"), ("utility_model", "2010-01-01")):
        _needs = _p in ("tmall", "tmall_global") and _filed >= "2010-01-01"
        _right = {
            **_PATENT,
            "subtype": _sub,
            "filing_date": _filed,
            "documents": [{"kind": "patent_certificate", "language": "zh"}],
        }
        _tao = _p in ("tmall", "tmall_global")
        # R54's design texts are Taobao's: Tmall offers them by inference, said as info
        _said = ["reason-offered-inferred"] if _tao and _sub == "design" else []
        _reason = (
            ("pat_design_suspected" if _tao else "pat_design")
            if _sub == "design"
            else "pat_invention"
        )
        RIGHT_CASES.append(
            (
                "Patents need an evaluation report alongside the patent certificate. / On the "
                "Taobao/Tmall family a design patent or utility-model patent applied for on or "
                "after 1 January 2010 must include a Patent Right Evaluation Report",
                "0 B9, 1.2 R30, R31",
                _with_right(_p, _right, _reason),
                {
                    "brief": [*_said, "right-document-missing"],
                    "official": [
                        *_said,
                        *(
                            ["right-document-missing"]
                            if _needs
                            else ["right-acceptance-unknown"]
                            if _p not in ("tmall", "tmall_global")
                            # R31 (inferred): no report needed, said as info (rules39)
                            else ["right-report-not-needed-inferred"]
                        ),
                    ],
                },
            )
        )
RIGHT_CASES.append(
    (
        "whose conclusion is positive (a negative report on Tmall)",
        "1.2 R30",
        _with_right(
            "tmall",
            {
                **_PATENT,
                "subtype": "design",
                "filing_date": "2012-01-01",
                "documents": [
                    {"kind": "patent_certificate", "language": "zh"},
                    {
                        "kind": "patent_evaluation_report",
                        "conclusion": "negative",
                        "language": "zh",
                    },
                ],
            },
            "pat_design_suspected",
        ),
        {"brief": ["evaluation-report-negative", "reason-offered-inferred"]},
    )
)


def _assert_table(data: dict[str, Any], expected: dict[str, list[str]], where: Any) -> None:
    answers = {reading: findings(data, reading) for reading in READINGS}
    for reading in READINGS:
        want = expected.get(reading, expected["brief"])
        if reading == "brief-at-least-100":
            want = expected.get(reading, expected["brief"])
        assert answers[reading]["codes"] == sorted(want), (*where, reading)
    # an answer another reading would change names that reading (disputes never silent)
    for reading in READINGS:
        for code in answers[reading]["codes"]:
            differ = {r for r in READINGS if code not in answers[r]["codes"]}
            assert differ <= set(answers[reading]["other"][code]), (*where, reading, code)


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("text", "section", "data", "expected"),
    [*ACCOUNT_CASES, *RIGHT_CASES],
    ids=[f"{c[1].split()[0]}-{i}" for i, c in enumerate([*ACCOUNT_CASES, *RIGHT_CASES])],
)
def test_accounts_rights_and_documents(
    text: str, section: str, data: dict[str, Any], expected: dict[str, list[str]]
) -> None:
    _assert_table(data, expected, (section, text))


# ---------------------------------------------------------------- 1.3 jurisdiction, each place
PLACES = ("CN", "HK", "TW", "MO", "US", "EU", "SG", "ID", "MY", "TH", "PH", "VN")


def _jurisdiction(platform: str, place: str, reading: str) -> list[str]:
    """The answer decided from the text: B12 (Taobao, Tmall, 1688: mainland China), B13
    (Tmall Global: mainland China or Hong Kong; R36/R39 official: mainland China only), B14
    (Lazada: the site's country; R40 official: a gap), B15 (Alibaba.com, AliExpress: anywhere,
    a Chinese registration preferred), R38/R39 (Hong Kong, Taiwan are not mainland China)."""
    if platform in LAZADA:
        if reading == "official":
            return ["right-place-unknown"]
        return [] if place == platform[-2:].upper() else ["right-place-not-accepted"]
    if platform in ("alibaba_com", "aliexpress"):
        return [] if place == "CN" else ["right-place-not-preferred"]
    accepted = {"CN", "HK"} if platform == "tmall_global" and reading != "official" else {"CN"}
    return [] if place in accepted else ["right-place-not-accepted"]


@pytest.mark.no_cover
@pytest.mark.parametrize("platform", PLATFORMS)
def test_which_registrations_each_platform_accepts(platform: str) -> None:
    """B12-B15 (0), R34-R40 (1.3): "Taobao, Tmall, 1688: rights registered in China (mainland)
    are required." "Tmall Global: rights registered in mainland China or Hong Kong." "Lazada: a
    right registered in the respective country" (R40: "This is a gap"). "Alibaba.com and
    AliExpress accept IP rights registered outside China; Chinese registration is faster and
    more likely to succeed." R39: "A registration only in Hong Kong or Taiwan is not a
    mainland-China right". Every place against the platform, under every reading."""
    for place in PLACES:
        expected = {r: _jurisdiction(platform, place, r) for r in READINGS}
        _assert_table(plan(platform, right={"place": place}), expected, (platform, place))


@pytest.mark.parametrize(("as_of", "in_force"), [("2019-05-31", False), ("2019-06-01", True)])
def test_lazada_columns_start_with_lazada_on_ipp(as_of: str, in_force: bool) -> None:
    """R33 (1.3) / R95 (1.10): "Lazada's IPR team formed Mar 2019 and Lazada IPP opened to the
    public Jun 2019": the coverage matrix has Lazada's columns from 2019-06-01 (the rule book's
    day for June 2019), and a Singapore mark covers Lazada Singapore under the brief (B14) and
    is unknown under official (R40)."""
    data = plan("lazada_sg", as_of=as_of, right={"place": "SG"})
    data.pop("complaints")
    portfolio = plan_from_data({**data, "complaints": []})
    cov = coverage(portfolio, as_of=as_of)
    assert ("lazada_sg" in cov.platforms) is in_force
    if in_force:
        cell = cov.cell("r1", "lazada_sg")
        assert cell.status.value == "covered"
        assert dict(cell.other_readings)["official"].value == "unknown"


# ------------------------------------------------------------------- 1.7 Good Faith Program
def _history(
    n: int,
    down: int,
    rejected: int,
    reinstated: int = 0,
    *,
    filed: date = date(2024, 5, 1),
    events: tuple[tuple[str, str], ...] = (("2024-01-02", "declaration"),),
    platform: str = "taobao",
    withdrawn: int = 0,
) -> History:
    records: list[Any] = [AccountEvent(date=d, kind=EventKind(k)) for d, k in events]
    for i in range(n):
        records.append(
            Complaint(
                filed=filed,
                platform=platform,
                reason_code="tm_counterfeit",
                listings=1,
                taken_down=int(i < down),
                rejected=int(down <= i < down + rejected),
                withdrawn=int(down + rejected <= i < down + rejected + withdrawn),
                reinstated=int(i < reinstated),
                id=f"c{i}",
            )
        )
    return History.from_records(records)


_JOINED_2015 = (("2015-04-02", "declaration"), ("2015-04-02", "admission"))
_ON_2015 = date(2015, 6, 3)
_F2015 = date(2015, 6, 1)
# (text, section, history, as_of, trial, {reading: (version, qualifies)})
GF_CASES: list[tuple[str, str, History, date, bool, dict[str, tuple[str | None, bool]]]] = [
    (
        "2015: takedown rate 90% or higher (exactly 90.0%)",
        "1.7 R68, 2 D1",
        _history(200, 180, 20, filed=_F2015, events=_JOINED_2015),
        _ON_2015,
        False,
        dict.fromkeys(READINGS, ("2015", True)),
    ),
    (
        "2015: takedown rate 90% or higher (89.5%)",
        "1.7 R68",
        _history(200, 179, 21, filed=_F2015, events=_JOINED_2015),
        _ON_2015,
        False,
        dict.fromkeys(READINGS, ("2015", False)),
    ),
    (
        "2015: rate of successful counter-notifications by sellers 1.5% or lower (3/200)",
        "1.7 R68, 2 D1",
        _history(200, 200, 0, 3, filed=_F2015, events=_JOINED_2015),
        _ON_2015,
        False,
        dict.fromkeys(READINGS, ("2015", True)),
    ),
    (
        "2015: rate of successful counter-notifications by sellers 1.5% or lower (4/200 = 2%)",
        "1.7 R68",
        _history(200, 200, 0, 4, filed=_F2015, events=_JOINED_2015),
        _ON_2015,
        False,
        dict.fromkeys(READINGS, ("2015", False)),
    ),
    (
        "2015: no volume floor in the four criteria (10 complaints)",
        "1.7 R68",
        _history(10, 10, 0, filed=_F2015, events=_JOINED_2015),
        _ON_2015,
        False,
        dict.fromkeys(READINGS, ("2015", True)),
    ),
    *[
        (
            "(b) The assessment period grew from 1 month to 3 months (2015: the month before "
            "3 June holds 4 May, not 3 May)",
            "1.7 R70(b), 2 D1",
            _history(10, 10, 0, filed=_f, events=_JOINED_2015),
            _ON_2015,
            False,
            dict.fromkeys(READINGS, ("2015", _q)),
        )
        for _f, _q in ((date(2015, 5, 3), False), (date(2015, 5, 4), True))
    ],
    (
        "2015 version: trial from 6 Jan 2015, official launch 1 Apr 2015 (31 Mar, no trial)",
        "1.7 R68",
        _history(10, 10, 0, filed=date(2015, 3, 20), events=()),
        date(2015, 3, 31),
        False,
        dict.fromkeys(READINGS, (None, False)),
    ),
    (
        "2015 version: trial from 6 Jan 2015 (31 Mar, a trial account: the 2015 criteria, "
        "declaration signed)",
        "1.7 R68",
        _history(10, 10, 0, filed=date(2015, 3, 20), events=(("2015-03-01", "declaration"),)),
        date(2015, 3, 31),
        True,
        dict.fromkeys(READINGS, ("2015", True)),
    ),
    *[
        (
            "2018 upgrade: ... effective for all rights holders from 15 Aug 2018. (c) The "
            "allowed successful-counter-notification rate rose from <= 1.5% to <= 5% (4%)",
            "1.7 R70",
            _history(
                200, 200, 0, 8, filed=date(2018, 8, 1), events=(("2018-01-02", "declaration"),)
            ),
            _on,
            False,
            _want,
        )
        for _on, _want in (
            (date(2018, 8, 14), dict.fromkeys(READINGS, ("2015", False))),
            (date(2018, 8, 15), dict.fromkeys(READINGS, ("2018", True))),
        )
    ],
    *[
        (
            "2018 upgrade: trial from 15 Apr 2018 (a trial account, 4% counter-notices)",
            "1.7 R70",
            _history(
                200, 200, 0, 8, filed=date(2018, 4, 1), events=(("2018-01-02", "declaration"),)
            ),
            _on,
            True,
            _want,
        )
        for _on, _want in (
            (date(2018, 4, 14), dict.fromkeys(READINGS, ("2015", False))),
            (date(2018, 4, 15), dict.fromkeys(READINGS, ("2018", True))),
        )
    ],
    (
        "successful takedown rate above 90% / removal if below 90% (1799/2000 = 89.95%: no "
        "rounding to 90.0%)",
        "0 B21, 1.7 R71, 2 D1",
        _history(2000, 1799, 201),
        date(2024, 6, 3),
        False,
        dict.fromkeys(READINGS, ("2022", False)),
    ),
    (
        "successful counter-notification rate below 5% / above 5% (101/2000 = 5.05%: no "
        "rounding to 5.0%)",
        "0 B21, 1.7 R71, 2 D1",
        _history(2000, 2000, 0, 101),
        date(2024, 6, 3),
        False,
        dict.fromkeys(READINGS, ("2022", False)),
    ),
    (
        "one wrong batch of 300 rejected URLs needs 2,700 accepted notices to bring the success "
        'rate back to 90% / "above 90%" against "90% or higher"',
        "0 B18, B21, 2 D1",
        _history(3000, 2700, 300),
        date(2024, 6, 3),
        False,
        {
            "brief": ("2022", False),
            "official": ("2022", True),
            "brief-at-least-100": ("2022", False),
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "section", "history", "as_of", "trial", "expected"),
    GF_CASES,
    ids=[f"gf-{i}" for i in range(len(GF_CASES))],
)
def test_good_faith_criteria_by_version(
    text: str,
    section: str,
    history: History,
    as_of: date,
    trial: bool,
    expected: dict[str, tuple[str | None, bool]],
) -> None:
    answers = {r: standing(history, as_of, interpretation=r, trial=trial) for r in READINGS}
    assert {r: (s.version, s.qualifies) for r, s in answers.items()} == expected, (section, text)
    for reading, s in answers.items():
        differ = {r for r in READINGS if expected[r][1] != expected[reading][1]}
        assert differ <= set(s.other_readings), (section, reading)


def test_before_the_rule_book_is_refused() -> None:
    """R68 (1.7): "trial from 6 Jan 2015": no standing is answered for 5 Jan 2015."""
    with pytest.raises(CoverageError):
        standing(_history(10, 10, 0, filed=date(2015, 1, 5), events=()), date(2015, 1, 5))


@pytest.mark.parametrize(
    ("history", "reading", "failures", "needed"),
    [
        # 180 of 190 decided: f more failures keep 180/(190+f) > 0.9 (f <= 9) or >= 0.9 (10)
        ((190, 180, 10), "brief", 9, 0),
        ((190, 180, 10), "official", 10, 0),
        # 1799/2000: k more successes reach > 90% at 11, >= 90% at 10
        ((2000, 1799, 201), "brief", 0, 11),
        ((2000, 1799, 201), "official", 0, 10),
        # B18: 300 rejected against 2,700 accepted
        ((3000, 2700, 300), "brief", 0, 1),
        ((3000, 2700, 300), "official", 0, 0),
    ],
)
def test_headroom_and_path_at_the_threshold(
    history: tuple[int, int, int], reading: str, failures: int, needed: int
) -> None:
    """B21 (0) "above 90%" against D1 (2) "90% or higher"; C5: headroom (how many more failures
    it can absorb) and the path to qualify (the fewest successes needed), exact in integers;
    the criterion names the reading whose verdict differs (left1: not one that fails it too,
    needing another number of successes)."""
    s = standing(_history(*history), date(2024, 6, 3), interpretation=reading)
    rate = s.criterion("takedown_rate")
    assert (rate.headroom, rate.needed) == (failures, needed)
    other = "official" if reading == "brief" else "brief"
    o = standing(_history(*history), date(2024, 6, 3), interpretation=other)
    assert (other in rate.other_readings) == (o.criterion("takedown_rate").met != rate.met)
    if o.criterion("takedown_rate").headroom != failures:
        assert any("headroom differs under" in n and other in n for n in s.notes)


@pytest.mark.parametrize("kind", ["removal", "withdrawal"])
@pytest.mark.parametrize(("on", "member"), [(date(2024, 2, 28), False), (date(2024, 2, 29), True)])
def test_three_month_lockouts(kind: str, on: date, member: bool) -> None:
    """R72 (1.7): "An account removed automatically cannot rejoin for 3 months, even if the next
    month's statistics qualify. After the 3 months its statistics are reviewed for
    readmission." R73: "An account that withdraws voluntarily ... cannot rejoin for 3 months,
    even if its statistics qualify." R74: admission is automatic. Out on 30 Nov 2023: locked
    to 29 Feb 2024 (3 calendar months, the month's end clipped), admitted that day."""
    records: list[Any] = [AccountEvent(date="2023-01-02", kind=EventKind("declaration"))]
    for filed in (date(2023, 11, 1), date(2024, 1, 15), date(2024, 2, 20)):
        records += [
            Complaint(
                filed=filed,
                platform="taobao",
                reason_code="tm_counterfeit",
                listings=1,
                taken_down=1,
                id=f"{filed}-{i}",
            )
            for i in range(200)
        ]
    records.append(AccountEvent(date="2023-11-30", kind=EventKind(kind)))
    for reading in READINGS:
        s = standing(History.from_records(records), on, interpretation=reading)
        assert s.qualifies and s.member is member, reading
        assert s.locked_until == (None if member else date(2024, 2, 29))


def test_2015_exclusion_lasts_six_months() -> None:
    """R69 (1.7) / D3 (2): "Complainants who fail the good-faith requirements ... are excluded
    for six months" (2015): a member failing 90% on 1 Jun 2015 is locked to 1 Dec 2015."""
    s = standing(_history(200, 179, 21, filed=_F2015, events=_JOINED_2015), _ON_2015)
    assert (s.member, s.locked_until) == (False, date(2015, 12, 1))


@pytest.mark.parametrize(
    ("platform", "counted"),
    [
        ("taobao", True),
        ("tmall", True),
        ("tmall_global", True),
        ("1688", False),
        ("alibaba_com", False),
        ("aliexpress", False),
        *((p, False) for p in LAZADA),
    ],
)
def test_scope_is_the_tao_marketplaces(platform: str, counted: bool) -> None:
    """R79 (1.7) / D2 (2): "the Good Faith Program continues to be applicable to the Tao
    marketplaces (Taobao, Tmall and Tmall Global)"; a vendor (S21) claims every platform: not
    counted, and a note says what counting them would give."""
    s = standing(_history(200, 200, 0, platform=platform), date(2024, 6, 3))
    assert s.qualifies is counted
    if not counted:
        assert any("S21" in n or "every platform" in n or "not counted" in n for n in s.notes)


def test_xianyu_counts_as_taobao_under_the_brief_only() -> None:
    """B1 (0): "Xianyu ... is filed by selecting Taobao"; R33 (1.3): "Xianyu: no retrievable
    source confirms it as an IPP complaint target. This is a gap.\""""
    h = _history(200, 200, 0, platform="xianyu")
    brief = standing(h, date(2024, 6, 3))
    official = standing(h, date(2024, 6, 3), interpretation="official")
    assert (brief.qualifies, official.qualifies) == (True, False)
    assert "official" in brief.other_readings and "brief" in official.other_readings


# ---------------------------------------------------------------------------- 1.10 metrics
def test_the_counting_unit_is_not_documented() -> None:
    """R91 (1.10): "Whether the counting unit is the complaint or the listing ... not
    documented": 140 one-listing complaints taken down, 10 ten-listing complaints rejected
    (58.3% per listing, 93.3% per complaint): the answer says the other unit would pass."""
    records: list[Any] = [AccountEvent(date="2024-01-02", kind=EventKind("declaration"))]
    records += [
        Complaint(
            filed="2024-05-01",
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=1,
            taken_down=1,
            id=f"a{i}",
        )
        for i in range(140)
    ]
    records += [
        Complaint(
            filed="2024-05-01",
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=10,
            rejected=10,
            id=f"b{i}",
        )
        for i in range(10)
    ]
    s = standing(History.from_records(records), date(2024, 6, 3))
    assert not s.qualifies
    assert any("per complaint it would be 140/150" in n and "R91" in n for n in s.notes)


def test_a_reinstated_listing_by_reading() -> None:
    """B16 (0): a countered complaint "counts as an unsuccessful takedown"; R91 (1.10):
    "successful takedown rate = complaint items the platform upheld and removed ÷ complaint
    items submitted and decided" (a removed-then-reinstated item was removed)."""
    h = _history(200, 200, 0, 3)
    assert standing(h, date(2024, 6, 3)).criterion("takedown_rate").value == Fraction(197, 200)
    official = standing(h, date(2024, 6, 3), interpretation="official")
    assert official.criterion("takedown_rate").value == 1
    assert official.criterion("counter_notice_rate").value == Fraction(3, 200)


def test_withdrawn_complaints_in_the_volume_are_never_silent() -> None:
    """R91 (1.10): "how withdrawn complaints are treated, are not documented"; B21 (0): "more
    than 100 complaints filed in the last three months". 100 complaints taken down and one
    withdrawn: 101 filed, 100 without the withdrawn one, which would fail "more than 100"."""
    h = _history(101, 100, 0, withdrawn=1)
    s = standing(h, date(2024, 6, 3))
    assert s.qualifies
    assert any("withdrawn" in n and "volume" in n and "R91" in n for n in s.notes), s.notes
    # without a withdrawn complaint, no such note
    assert not any("withdrawn" in n for n in standing(_history(101, 101, 0), "2024-06-03").notes)


def test_withdrawn_listings_in_the_counter_notice_rate_are_never_silent() -> None:
    """R91 (1.10): the counter-notice rate is over "complaint items submitted", and "how
    withdrawn complaints are treated" is not documented: 9 reinstated of 200 submitted (4.5%,
    below 5%) of which 40 withdrawn: 9 of 160 (5.6%) would fail."""
    h = _history(200, 160, 0, 9, withdrawn=40)
    for reading in READINGS:
        s = standing(h, date(2024, 6, 3), interpretation=reading)
        assert s.criterion("counter_notice_rate").met, reading
        assert any("withdrawn" in n and "counter-notice" in n and "R91" in n for n in s.notes), (
            reading,
            s.notes,
        )


# ------------------------------------------------------------------------------- the CLI
def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_check_tmall_global_hong_kong(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """B13 (0): "Tmall Global: rights registered in mainland China or Hong Kong"; R36/R39
    (1.3, inferred): mainland China only. Exit 0 under the brief, 1 under official, and the
    brief's answer names the reading that differs."""
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan("tmall_global", right={"place": "HK"})))
    code, out, _ = _cli(capsys, "check", str(path), "--format", "json")
    assert code == 0
    code, out, _ = _cli(
        capsys, "check", str(path), "--format", "json", "--interpretation", "official"
    )
    assert code == 1
    assert "right-place-not-accepted" in {f["code"] for f in json.loads(out)["findings"]}


def test_cli_good_faith_withdrawn_volume(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """R91 (1.10) through ``ipprules good-faith``: the withdrawn complaint's note is printed."""
    lines = [
        "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
        "reinstated,counter_rejected,note",
        "declaration,2024-01-02,,,,,,,,,,,",
    ]
    lines += [f"complaint,2024-05-01,C{i},taobao,tm_counterfeit,1,1,0,0,0,0,0," for i in range(100)]
    lines.append("complaint,2024-05-01,W1,taobao,tm_counterfeit,1,0,0,1,0,0,0,")
    path = tmp_path / "history.csv"
    path.write_text("\n".join(lines) + "\n")
    code, out, _ = _cli(
        capsys, "good-faith", str(path), "--as-of", "2024-06-03", "--format", "json"
    )
    assert code == 0
    notes = json.loads(out)["notes"]
    assert any("withdrawn" in n and "volume" in n for n in notes)


@pytest.mark.parametrize(("place", "accepted"), [("cn", True), ("hk", True), ("tw", False)])
def test_place_of_registration_in_any_case(place: str, accepted: bool) -> None:
    """R38 (1.3): the "place of registration" drop-down has Mainland China, Hong Kong, China,
    Taiwan, China and Others; B13 (0): Tmall Global takes mainland China or Hong Kong. A code
    in lower case is the same place."""
    codes = findings(plan("tmall_global", right={"place": place}), "brief")["codes"]
    assert ("right-place-not-accepted" not in codes) is accepted


def test_a_place_named_not_coded_is_unusable_input() -> None:
    """R38 (1.3): places are the drop-down's sections; a name ("China") could be mainland China
    or any of its sections, so it is refused as unusable input, never guessed."""
    from ipprules.errors import InputError

    with pytest.raises(InputError, match="two-letter code"):
        plan_from_data(plan("taobao", right={"place": "China"}))


def test_timeline_readmits_on_the_day_the_lockout_ends() -> None:
    """R72 (1.7): removed on 30 Nov 2023, the account "cannot rejoin for 3 months"; "after the
    3 months its statistics are reviewed for readmission" and admission is automatic (R74):
    the timeline gains membership on 29 Feb 2024, not before."""
    from ipprules.goodfaith import timeline

    records: list[Any] = [AccountEvent(date="2023-01-02", kind=EventKind("declaration"))]
    for filed in (date(2023, 11, 1), date(2024, 1, 15), date(2024, 2, 20)):
        records += [
            Complaint(
                filed=filed,
                platform="taobao",
                reason_code="tm_counterfeit",
                listings=1,
                taken_down=1,
                id=f"{filed}-{i}",
            )
            for i in range(200)
        ]
    records.append(AccountEvent(date="2023-11-30", kind=EventKind("removal")))
    t = timeline(History.from_records(records), "2023-11-01", "2024-03-31")
    assert [(c.date, c.change) for c in t.changes] == [
        (date(2023, 11, 1), "gained"),
        (date(2023, 11, 30), "lost"),
        (date(2024, 2, 29), "gained"),
    ]
