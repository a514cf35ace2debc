"""A grader's cases (rules48), written from the rule text (part 0 and sections 1.1-1.4, 1.7,
1.10 and the disputes D1, D2, D7-D9, D13 of the domain reference) before reading the tests.

One table: each row is an input, the answer the rule text gives and the rule id deciding it.
The default reading is part 0's (the brief); where another reading answers otherwise the
answer must name it (``other_readings``)."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules import History, check, default_rulebook, standing
from ipprules.checks import plan_from_data
from ipprules.cli import main
from ipprules.errors import CoverageError, InputError, IpprulesError

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
        },
    ],
    "registered": True,
    "complaints_filed": 40,
}
CERT = {"kind": "trademark_certificate", "colour": True, "language": "zh", "name": HOLDER}
RIGHT: dict[str, Any] = {
    "id": "r",
    "ipr_type": "trademark",
    "name": "LUMEN",
    "place": "CN",
    "number": "31234567",
    "registration_date": "2019-06-14",
    "expiry_date": "2029-06-13",
    "classes": [9],
    "registrant": HOLDER,
    "documents": [CERT],
}
URL = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=690091011925",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Lamp_1600123456789.html",
    "lazada_sg": "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html",
    "lazada_th": "https://www.lazada.co.th/products/lumen-desk-lamp-i123456789-s987654321.html",
}
SHOPS = {
    "taobao": "https://shop118454188.taobao.com/index.htm",
    "tmall_global": "https://lumen.tmall.hk/shop/view_shop.htm",
    "aliexpress": "https://www.aliexpress.com/store/1101234567",
}
CR_CERT = {"kind": "copyright_certificate", "colour": True, "language": "zh", "name": HOLDER}
PAT_CERT = {"kind": "patent_certificate", "colour": True, "language": "zh", "name": HOLDER}
REPORT = {"kind": "patent_evaluation_report", "conclusion": "positive", "language": "zh"}
LETTER = {
    "rights": ["r"],
    "platforms": ["taobao"],
    "valid_until": "2027-06-30",
    "states_scope": True,
    "states_validity": True,
    "issuer": HOLDER,
    "issuer_identity": "enterprise",
    "template": True,
    "sealed": True,
    "grants_enforcement": True,
    "language": "en",
}


def _plan(a: dict[str, Any], r: dict[str, Any], c: dict[str, Any]) -> dict[str, Any]:
    account = {**copy.deepcopy(ACCOUNT), **a}
    right = {**copy.deepcopy(RIGHT), **r}
    complaint = {
        "id": "c",
        "platform": "taobao",
        "right": "r",
        "reason": "tm_counterfeit",
        "supplement": "Counterfeit LUMEN lamps.",
        **c,
    }
    if "listings" not in complaint:
        shop = complaint.get("target") == "storefront"
        complaint["listings"] = [(SHOPS if shop else URL)[complaint["platform"]]]
    return {"account": account, "rights": [right], "complaints": [complaint]}


def _check(
    a: dict[str, Any] | None = None,
    r: dict[str, Any] | None = None,
    c: dict[str, Any] | None = None,
    as_of: str = "2026-11-23",
    interp: str | None = None,
) -> Any:
    plan = plan_from_data(_plan(a or {}, r or {}, c or {}))
    return check(plan, as_of=as_of, interpretation=interp)


def _codes(report: Any) -> dict[str, Any]:
    return {f.code: f for f in report.findings}


def _coverage(r: dict[str, Any], interp: str | None = None) -> Any:
    account = {**ACCOUNT, "documents": [{**ACCOUNT["documents"][0], "valid_until": "2030-06-30"}]}
    plan = plan_from_data({"account": account, "rights": [{**RIGHT, **r}]})
    return ipprules.coverage(
        plan,
        as_of="2028-01-15",
        horizon="90d",
        interpretation=interp,
        platforms=("taobao", "tmall_global", "aliexpress", "lazada_sg"),
    )


def _cell(cov: Any, platform: str, target: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    cell = next(c for c in cov.cells if c.platform == platform and c.target.value == target)
    return cell.status.value, tuple((name, status.value) for name, status in cell.other_readings)


def _history(rows: list[str]) -> History:
    head = "type,date,platform,reason_code,listings,taken_down,rejected,reinstated\n"
    return History.from_file(io.StringIO(head + "".join(r + "\n" for r in rows)))


def _complaints(
    n: int,
    month: str,
    listings: int,
    down: int,
    reinstated: int = 0,
    platform: str = "taobao",
    reason: str = "tm_counterfeit",
) -> list[str]:
    """n complaints spread over the days of one month (YYYY-MM), each of `listings`
    listings, `down` taken down, the rest rejected."""
    return [
        f"complaint,{month}-{1 + i % 28:02d},{platform},{reason},{listings},{down},"
        f"{listings - down},{reinstated}"
        for i in range(n)
    ]


def _gf(rows: list[str], as_of: str, interp: str | None = None, **kw: Any) -> Any:
    return standing(_history(rows), as_of, **({"interpretation": interp} if interp else {}), **kw)


def _crit(s: Any, name: str, reason: str | None = None) -> Any:
    return next(c for c in s.criteria if c.name == name and c.reason_code == reason)


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue() + err.getvalue()


# Expectations on a check report: "+code" present, "-code" absent, "-error" no error at all,
# "code~reading" present and naming that reading among the other readings.
def _expect(report: Any, wants: tuple[str, ...]) -> None:
    found = _codes(report)
    for want in wants:
        if want == "+error":
            assert any(f.severity.value == "error" for f in report.findings), want
        elif want == "-error":
            errors = [str(f) for f in report.findings if f.severity.value == "error"]
            assert not errors, errors
        elif want.startswith("+"):
            assert want[1:] in found, (want, [str(f) for f in report.findings])
        elif want.startswith("-"):
            assert want[1:] not in found, (want, str(found.get(want[1:])))
        else:
            code, reading = want.split("~")
            assert code in found, (want, [str(f) for f in report.findings])
            assert reading in found[code].other_readings, (want, found[code].other_readings)


def _severity(report: Any, code: str) -> str:
    return str(_codes(report)[code].severity.value)


TB300 = [f"https://item.taobao.com/item.htm?id={600000000000 + i}" for i in range(301)]
IND_ELSEWHERE = {
    "identity": "individual",
    "name": "Li Wei",
    "incorporated": None,
    "documents": [{"kind": "identity_document", "name": "Li Wei", "language": "en", "photo": True}],
}
# A member by 2023-01-01: 120 clean complaints in December 2022 and a declaration (B21).
MEMBER = [*_complaints(120, "2022-12", 10, 10), "declaration,2022-11-01,,,,,,"]
M16 = [
    *_complaints(30, "2016-04", 10, 10),
    "declaration,2016-03-01,,,,,,",
    "admission,2016-04-25,,,,,,",
]
AGENT = {
    "category": "agent",
    "name": "Agency Ltd.",
    "documents": [
        {
            "kind": "business_registration",
            "name": "Agency Ltd.",
            "language": "en",
            "valid_until": "2027-06-30",
        }
    ],
}
CR: dict[str, Any] = {
    "ipr_type": "copyright",
    "documents": [CR_CERT],
    "expiry_date": None,
    "classes": [],
}
WITHDRAWN = History.from_file(
    io.StringIO(
        "type,date,platform,reason_code,listings,taken_down,withdrawn,reinstated\n"
        "complaint,2023-03-01,taobao,tm_counterfeit,10,5,5,1\n"
    )
)
PENDING = History.from_file(
    io.StringIO(
        "type,date,platform,reason_code,listings,taken_down,pending\n"
        "complaint,2023-03-01,taobao,tm_counterfeit,10,0,10\n"
    )
)
ABUSED = [
    *_complaints(120, "2023-03", 10, 10),
    "abuse,2020-03-02,,,,,,",
    "declaration,2023-01-01,,,,,,",
]
Case = tuple[str, Callable[[], Any], Any]

CASES: list[Case] = [
    # ------------------------------------------------------------ 1.3 jurisdiction
    ("B12 CN trademark on taobao: clean", lambda: _expect(_check(), ("-error",)), None),
    (
        "B12/R35 US trademark on taobao refused",
        lambda: _expect(_check(r={"place": "US"}), ("+right-place-not-accepted",)),
        None,
    ),
    (
        "B12 US trademark on tmall refused",
        lambda: _expect(
            _check(r={"place": "US"}, c={"platform": "tmall"}), ("+right-place-not-accepted",)
        ),
        None,
    ),
    (
        "B12 US trademark on 1688 refused",
        lambda: _expect(
            _check(r={"place": "US"}, c={"platform": "1688"}), ("+right-place-not-accepted",)
        ),
        None,
    ),
    (
        "B15/R37 US trademark on aliexpress accepted",
        lambda: _expect(
            _check(r={"place": "US"}, c={"platform": "aliexpress"}),
            ("-error", "-right-not-accepted"),
        ),
        None,
    ),
    (
        "B15/R37 GB trademark on alibaba_com accepted",
        lambda: _expect(
            _check(r={"place": "GB"}, c={"platform": "alibaba_com"}), ("-right-not-accepted",)
        ),
        None,
    ),
    (
        "B15/R37 CN trademark on aliexpress accepted",
        lambda: _expect(_check(c={"platform": "aliexpress"}), ("-right-not-accepted",)),
        None,
    ),
    (
        "B13 HK trademark on tmall_global accepted; official (R36) differs",
        lambda: _expect(
            _check(r={"place": "HK"}, c={"platform": "tmall_global"}), ("-right-not-accepted",)
        ),
        None,
    ),
    (
        "R36 HK trademark on tmall_global refused under official",
        lambda: _expect(
            _check(r={"place": "HK"}, c={"platform": "tmall_global"}, interp="official"),
            ("right-place-not-accepted~brief",),
        ),
        None,
    ),
    (
        "B13 US trademark on tmall_global refused",
        lambda: _expect(
            _check(r={"place": "US"}, c={"platform": "tmall_global"}),
            ("+right-place-not-accepted",),
        ),
        None,
    ),
    (
        "B12/R39 HK trademark on taobao refused",
        lambda: _expect(_check(r={"place": "HK"}), ("+right-place-not-accepted",)),
        None,
    ),
    (
        "B12/R39 TW trademark on tmall refused",
        lambda: _expect(
            _check(r={"place": "TW"}, c={"platform": "tmall"}), ("+right-place-not-accepted",)
        ),
        None,
    ),
    (
        "B14 SG trademark on lazada_sg accepted under brief, gap under official",
        lambda: _expect(
            _check(r={"place": "SG"}, c={"platform": "lazada_sg"}), ("-right-not-accepted",)
        ),
        None,
    ),
    (
        "B14 CN trademark on lazada_sg refused under brief",
        lambda: _expect(_check(c={"platform": "lazada_sg"}), ("+right-place-not-accepted",)),
        None,
    ),
    (
        "B14 SG trademark on lazada_th refused (the site's country)",
        lambda: _expect(
            _check(r={"place": "SG"}, c={"platform": "lazada_th"}), ("+right-place-not-accepted",)
        ),
        None,
    ),
    (
        "R40 CN trademark on lazada_sg: unknown under official, not an error",
        lambda: _severity(
            _check(c={"platform": "lazada_sg"}, interp="official"), "right-place-unknown"
        ),
        "unknown",
    ),
    (
        "B12 a place that is no country code (XX) is unusable input",
        lambda: _check(r={"place": "XX"}),
        InputError,
    ),
    (
        "B12 a place written in full (China) is unusable input",
        lambda: _check(r={"place": "China"}),
        InputError,
    ),
    (
        "B12 lower-case cn reads as CN",
        lambda: _expect(_check(r={"place": "cn"}), ("-error",)),
        None,
    ),
    # ------------------------------------------------------------ 1.2 documents (trademark)
    (
        "B7 pending trademark application refused",
        lambda: _expect(_check(r={"status": "pending"}), ("+right-not-accepted",)),
        None,
    ),
    (
        "B7 unregistered trademark refused",
        lambda: _expect(_check(r={"status": "unregistered"}), ("+right-not-accepted",)),
        None,
    ),
    (
        "R18/R19 trademark with no certificate",
        lambda: _expect(_check(r={"documents": []}), ("+right-document-missing",)),
        None,
    ),
    (
        "R26/D9 notice of acceptance does not stand for the certificate",
        lambda: _expect(
            _check(r={"documents": [{"kind": "trademark_acceptance_notice"}]}),
            ("+right-document-missing",),
        ),
        None,
    ),
    (
        "R24 renewed trademark without renewal certificate",
        lambda: _expect(_check(r={"renewed": True}), ("+right-document-missing",)),
        None,
    ),
    (
        "R24 renewed trademark with renewal certificate: clean",
        lambda: _expect(
            _check(
                r={
                    "renewed": True,
                    "documents": [
                        CERT,
                        {
                            "kind": "renewal_certificate",
                            "colour": True,
                            "language": "zh",
                            "name": HOLDER,
                        },
                    ],
                }
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "R24 assigned trademark without assignment certificate",
        lambda: _expect(_check(r={"assigned": True}), ("+right-document-missing",)),
        None,
    ),
    (
        "R24 changed trademark without change certificate",
        lambda: _expect(_check(r={"changed": True}), ("+right-document-missing",)),
        None,
    ),
    (
        "R25/D8 Madrid registration without extension certificate",
        lambda: _expect(_check(r={"madrid": True, "place": "CN"}), ("+right-document-missing",)),
        None,
    ),
    (
        "R19 black-and-white certificate neither sealed nor signed",
        lambda: _expect(
            _check(r={"documents": [{**CERT, "colour": False, "sealed": False, "signed": False}]}),
            ("+error",),
        ),
        None,
    ),
    (
        "R19 black-and-white certificate sealed: accepted",
        lambda: _expect(
            _check(r={"documents": [{**CERT, "colour": False, "sealed": True}]}), ("-error",)
        ),
        None,
    ),
    (
        "R14 certificate in German without translation",
        lambda: _expect(
            _check(
                r={"place": "US", "documents": [{**CERT, "language": "de", "translation": False}]},
                c={"platform": "aliexpress"},
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "R14 certificate in German with translation: accepted",
        lambda: _expect(
            _check(
                r={"place": "US", "documents": [{**CERT, "language": "de", "translation": True}]},
                c={"platform": "aliexpress"},
            ),
            ("-error",),
        ),
        None,
    ),
    # ------------------------------------------------------------ expiry
    (
        "B7 trademark expired the day before filing",
        lambda: _expect(_check(r={"expiry_date": "2026-11-22"}), ("+right-expired",)),
        None,
    ),
    (
        "B7 trademark expiring on 2028-02-29, filed that day: not expired",
        lambda: _expect(
            _check(r={"expiry_date": "2028-02-29"}, as_of="2028-02-29"), ("-right-expired",)
        ),
        None,
    ),
    (
        "B7 trademark expired on 2028-02-29, filed 2028-03-01: expired",
        lambda: _expect(
            _check(r={"expiry_date": "2028-02-29"}, as_of="2028-03-01"), ("+right-expired",)
        ),
        None,
    ),
    (
        "B7 expiry date 2027-02-29 (no such day) is unusable input",
        lambda: _check(r={"expiry_date": "2027-02-29"}),
        InputError,
    ),
    (
        "B7 filing date 2026-13-01 is unusable input",
        lambda: _check(as_of="2026-13-01"),
        IpprulesError,
    ),
    (
        "coverage: a filing date before 2015-01-06 is a CoverageError",
        lambda: _check(as_of="2014-12-31"),
        CoverageError,
    ),
    # ------------------------------------------------------------ copyright
    (
        "B8/R27 registered CN copyright on taobao: clean",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "copyright",
                    "documents": [CR_CERT],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "cr_copied_content"},
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "B8 unregistered copyright on taobao refused; official accepts it",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "copyright",
                    "status": "unregistered",
                    "documents": [
                        {
                            "kind": "copyright_claim_statement",
                            "statement_form": "template",
                            "signed": True,
                            "completed": True,
                        }
                    ],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "cr_copied_content"},
            ),
            ("right-not-accepted~official",),
        ),
        None,
    ),
    (
        "B8/R28 unregistered copyright on aliexpress with a claim statement: accepted",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "copyright",
                    "status": "unregistered",
                    "place": "US",
                    "documents": [
                        {
                            "kind": "copyright_claim_statement",
                            "statement_form": "template",
                            "signed": True,
                            "completed": True,
                            "name": HOLDER,
                            "language": "en",
                        }
                    ],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "cr_copied_content", "platform": "aliexpress"},
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "R28 claim statement as a Word file refused",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "copyright",
                    "status": "unregistered",
                    "place": "US",
                    "documents": [
                        {
                            "kind": "copyright_claim_statement",
                            "statement_form": "word_file",
                            "signed": True,
                            "completed": True,
                            "name": HOLDER,
                            "language": "en",
                        }
                    ],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "cr_copied_content", "platform": "aliexpress"},
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "R27 software copyright without the screenshot",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "copyright",
                    "software": True,
                    "documents": [CR_CERT],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "cr_copied_content"},
            ),
            ("+right-document-missing",),
        ),
        None,
    ),
    # ------------------------------------------------------------ patents
    (
        "B9 invention patent without evaluation report refused; official (R31) differs",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "invention",
                    "documents": [PAT_CERT],
                    "classes": [],
                    "filing_date": "2015-03-01",
                },
                c={"reason": "pat_invention"},
            ),
            ("right-document-missing~official",),
        ),
        None,
    ),
    (
        "R30 design patent filed 2012 on taobao, no report: refused under official too",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "design",
                    "documents": [PAT_CERT],
                    "classes": [],
                    "filing_date": "2012-03-01",
                },
                c={"reason": "pat_design_suspected"},
                interp="official",
            ),
            ("+right-document-missing",),
        ),
        None,
    ),
    (
        "R31 design patent filed 2009-12-31 on taobao, no report: fine under official",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "design",
                    "documents": [PAT_CERT],
                    "classes": [],
                    "filing_date": "2009-12-31",
                    "expiry_date": "2029-12-30",
                },
                c={"reason": "pat_design_suspected"},
                interp="official",
            ),
            ("-right-document-missing",),
        ),
        None,
    ),
    (
        "R30 design patent filed 2010-01-01 on taobao, no report: refused under official",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "design",
                    "documents": [PAT_CERT],
                    "classes": [],
                    "filing_date": "2010-01-01",
                    "expiry_date": "2029-12-31",
                },
                c={"reason": "pat_design_suspected"},
                interp="official",
            ),
            ("+right-document-missing",),
        ),
        None,
    ),
    (
        "R30 report with a negative conclusion does not count",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "design",
                    "documents": [PAT_CERT, {**REPORT, "conclusion": "negative"}],
                    "classes": [],
                    "filing_date": "2015-03-01",
                },
                c={"reason": "pat_design_suspected"},
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "B9 design patent with certificate and positive report: clean",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "design",
                    "documents": [PAT_CERT, REPORT],
                    "classes": [],
                    "filing_date": "2015-03-01",
                },
                c={"reason": "pat_design_suspected"},
            ),
            ("-error",),
        ),
        None,
    ),
    # ------------------------------------------------------------ 1.1 account
    (
        "B5/R4 enterprise without business registration",
        lambda: _expect(_check(a={"documents": []}), ("+account-identity-document-missing",)),
        None,
    ),
    (
        "B5/R4 individual elsewhere with a photo ID: clean",
        lambda: _expect(
            _check(
                a=IND_ELSEWHERE,
                r={"registrant": "Li Wei", "documents": [{**CERT, "name": "Li Wei"}]},
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "B5/R4 individual elsewhere with only a business registration",
        lambda: _expect(
            _check(
                a={**IND_ELSEWHERE, "documents": ["business_registration"]},
                r={"registrant": "Li Wei"},
            ),
            ("+account-identity-document-missing",),
        ),
        None,
    ),
    (
        "B5 individual in mainland China with a personal ID: brief accepts, official differs",
        lambda: _expect(
            _check(
                a={**IND_ELSEWHERE, "location": "mainland_china"},
                r={"registrant": "Li Wei", "documents": [{**CERT, "name": "Li Wei"}]},
            ),
            ("-account-identity-document-missing",),
        ),
        None,
    ),
    (
        "R4 individual in mainland China with a personal ID: refused under official",
        lambda: _expect(
            _check(
                a={**IND_ELSEWHERE, "location": "mainland_china"},
                r={"registrant": "Li Wei", "documents": [{**CERT, "name": "Li Wei"}]},
                interp="official",
            ),
            ("account-identity-document-missing~brief",),
        ),
        None,
    ),
    (
        "R4 company incorporated in CN without red chop",
        lambda: _expect(
            _check(
                a={
                    "incorporated": "CN",
                    "location": "mainland_china",
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": HOLDER,
                            "language": "zh",
                            "sealed": False,
                            "original": False,
                        }
                    ],
                }
            ),
            ("+identity-copy-without-chop",),
        ),
        None,
    ),
    (
        "R4 company incorporated in CN, copy with its red chop: clean",
        lambda: _expect(
            _check(
                a={
                    "incorporated": "CN",
                    "location": "mainland_china",
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": HOLDER,
                            "language": "zh",
                            "sealed": True,
                            "original": False,
                        }
                    ],
                }
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "R4 HK business registration certificate expired before filing",
        lambda: _expect(
            _check(
                a={
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": HOLDER,
                            "language": "en",
                            "valid_until": "2026-11-22",
                        }
                    ]
                }
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "R5 name on the identity document differs from the account's",
        lambda: _expect(
            _check(
                a={
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": "Other Co.",
                            "language": "en",
                            "valid_until": "2027-06-30",
                        }
                    ]
                }
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "R10 agent without an authorisation letter",
        lambda: _expect(
            _check(
                a={
                    "category": "agent",
                    "name": "Agency Ltd.",
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": "Agency Ltd.",
                            "language": "en",
                            "valid_until": "2027-06-30",
                        }
                    ],
                }
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "R10/R11 agent with the template letter sealed by the holder: clean",
        lambda: _expect(
            _check(
                a={
                    "category": "agent",
                    "name": "Agency Ltd.",
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": "Agency Ltd.",
                            "language": "en",
                            "valid_until": "2027-06-30",
                        }
                    ],
                    "authorisations": [LETTER],
                }
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "R10 agent's letter covers tmall only, complaint on taobao",
        lambda: _expect(
            _check(
                a={
                    "category": "agent",
                    "name": "Agency Ltd.",
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": "Agency Ltd.",
                            "language": "en",
                            "valid_until": "2027-06-30",
                        }
                    ],
                    "authorisations": [{**LETTER, "platforms": ["tmall"]}],
                }
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "R12 own-template letter not granting enforcement",
        lambda: _expect(
            _check(
                a={
                    "category": "agent",
                    "name": "Agency Ltd.",
                    "documents": [
                        {
                            "kind": "business_registration",
                            "name": "Agency Ltd.",
                            "language": "en",
                            "valid_until": "2027-06-30",
                        }
                    ],
                    "authorisations": [
                        {
                            **LETTER,
                            "template": False,
                            "grants_enforcement": False,
                            "signatory_title": True,
                        }
                    ],
                }
            ),
            ("+authorisation-no-grant",),
        ),
        None,
    ),
    (
        "R7/B11 right pending verification cannot back a complaint yet",
        lambda: _expect(_check(r={"verification": "pending"}), ("-right-not-accepted",)),
        None,
    ),
    (
        "B11 right that failed verification",
        lambda: _expect(_check(r={"verification": "failed"}), ("+error",)),
        None,
    ),
    (
        "R45 a complaint naming two rights",
        lambda: _expect(
            check(
                plan_from_data(
                    {
                        **_plan({}, {}, {"right": ["r", "r2"]}),
                        "rights": [RIGHT, {**RIGHT, "id": "r2"}],
                    }
                ),
                as_of="2026-11-23",
            ),
            ("+complaint-several-rights",),
        ),
        None,
    ),
    (
        "R13 individual holder's letter without the signatory's title",
        lambda: _expect(
            _check(
                a={
                    **AGENT,
                    "authorisations": [
                        {
                            **LETTER,
                            "issuer_identity": "individual",
                            "sealed": None,
                            "signed": True,
                            "handwritten": True,
                            "signatory_title": False,
                            "issuer": "Li Wei",
                        }
                    ],
                },
                r={"registrant": "Li Wei"},
            ),
            ("+authorisation-no-title",),
        ),
        None,
    ),
    (
        "R32 letter on taobao not stating its validity period",
        lambda: _expect(
            _check(a={**AGENT, "authorisations": [{**LETTER, "states_validity": False}]}),
            ("+authorisation-scope-unstated",),
        ),
        None,
    ),
    (
        "R32 is Taobao's: on aliexpress the same letter is fine",
        lambda: _expect(
            _check(
                a={
                    **AGENT,
                    "authorisations": [
                        {**LETTER, "states_validity": False, "platforms": ["aliexpress"]}
                    ],
                },
                c={"platform": "aliexpress"},
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "R10 letter expired the day before filing",
        lambda: _expect(
            _check(a={**AGENT, "authorisations": [{**LETTER, "valid_until": "2026-11-22"}]}),
            ("+authorisation-not-valid",),
        ),
        None,
    ),
    (
        "R10 letter issued by someone other than the holder",
        lambda: _expect(
            _check(a={**AGENT, "authorisations": [{**LETTER, "issuer": "X Ltd."}]}),
            ("+authorisation-issuer-not-holder",),
        ),
        None,
    ),
    (
        "R20 a class of the right without its certificate page",
        lambda: _expect(
            _check(r={"classes": [9, 11], "documents": [{**CERT, "class_pages": [9]}]}),
            ("+document-class-pages-missing",),
        ),
        None,
    ),
    (
        "R22 registration number with a label",
        lambda: _expect(_check(r={"number": "第31234567号"}), ("+right-number-labelled",)),
        None,
    ),
    (
        "R21 figurative mark without a description",
        lambda: _expect(_check(r={"mark": "figurative", "name": ""}), ("+right-name-missing",)),
        None,
    ),
    (
        "R23 pending assignment, assignee entered: the rest of the FAQ is a gap",
        lambda: _severity(_check(r={"pending_assignment": "assignee"}), "right-assignment-pending"),
        "unknown",
    ),
    (
        "R23 pending assignment, current registrant entered: clean",
        lambda: _expect(_check(r={"pending_assignment": "current_registrant"}), ("-error",)),
        None,
    ),
    (
        "R14 a translation not certified: a documented gap",
        lambda: _severity(
            _check(
                r={
                    "place": "US",
                    "documents": [
                        {
                            **CERT,
                            "language": "de",
                            "translation": True,
                            "translation_certified": False,
                        }
                    ],
                },
                c={"platform": "aliexpress"},
            ),
            "translation-certification-unknown",
        ),
        "unknown",
    ),
    (
        "B12/B8 a US copyright on taobao refused",
        lambda: _expect(
            _check(r={**CR, "place": "US"}, c={"reason": "cr_copied_content"}),
            ("+right-place-not-accepted",),
        ),
        None,
    ),
    (
        "R27 black-and-white copyright certificate, not sealed",
        lambda: _expect(
            _check(
                r={
                    **CR,
                    "documents": [{**CR_CERT, "colour": False, "sealed": False, "signed": False}],
                },
                c={"reason": "cr_copied_content"},
            ),
            ("+document-copy-not-accepted",),
        ),
        None,
    ),
    (
        "R27 software copyright with its screenshot: clean",
        lambda: _expect(
            _check(
                r={
                    **CR,
                    "software": True,
                    "documents": [CR_CERT, {"kind": "software_screenshot", "language": "zh"}],
                },
                c={"reason": "cr_copied_content"},
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "R28 unregistered copyright on aliexpress without a claim statement",
        lambda: _expect(
            _check(
                r={**CR, "status": "unregistered", "place": "US", "documents": []},
                c={"reason": "cr_copied_content", "platform": "aliexpress"},
            ),
            ("+right-document-missing",),
        ),
        None,
    ),
    (
        "B8/B14 unregistered copyright on lazada: accepted, naming b14-registered-only",
        lambda: _severity(
            _check(
                r={
                    **CR,
                    "status": "unregistered",
                    "place": "SG",
                    "documents": [
                        {
                            "kind": "copyright_claim_statement",
                            "statement_form": "template",
                            "signed": True,
                            "completed": True,
                            "name": HOLDER,
                            "language": "en",
                        }
                    ],
                },
                c={"reason": "cr_copied_content", "platform": "lazada_sg"},
            ),
            "right-acceptance-disputed",
        ),
        "info",
    ),
    (
        "R18 patent application (not granted) refused",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "invention",
                    "status": "pending",
                    "documents": [PAT_CERT, REPORT],
                    "classes": [],
                    "filing_date": "2020-01-01",
                },
                c={"reason": "pat_invention"},
            ),
            ("+right-not-accepted",),
        ),
        None,
    ),
    (
        "R18 patent expired before filing",
        lambda: _expect(
            _check(
                r={
                    "ipr_type": "patent",
                    "subtype": "design",
                    "documents": [PAT_CERT, REPORT],
                    "classes": [],
                    "filing_date": "2010-01-01",
                    "expiry_date": "2025-01-01",
                },
                c={"reason": "pat_design_suspected"},
            ),
            ("+right-expired",),
        ),
        None,
    ),
    (
        "B10 other right without Alibaba's advice: a warning",
        lambda: _severity(
            _check(
                r={
                    "ipr_type": "other",
                    "documents": [{"kind": "court_judgment", "language": "zh", "name": HOLDER}],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "other_judgment"},
            ),
            "right-other-without-advice",
        ),
        "warning",
    ),
    (
        "B10 other right without a judgment: a gap",
        lambda: _severity(
            _check(
                r={
                    "ipr_type": "other",
                    "advised": True,
                    "documents": [],
                    "expiry_date": None,
                    "classes": [],
                },
                c={"reason": "other_judgment"},
            ),
            "right-acceptance-unknown",
        ),
        "unknown",
    ),
    (
        "B6 ipr_type design is unusable input (designs are patents)",
        lambda: _check(r={"ipr_type": "design"}),
        InputError,
    ),
    (
        "B7 registered after the filing date: an application then",
        lambda: _expect(
            _check(r={"registration_date": "2027-01-01"}), ("+right-not-yet-registered",)
        ),
        None,
    ),
    (
        "R95 lazada before 2019-06-01 is no IPP platform",
        lambda: _expect(
            _check(
                r={"place": "SG", "registration_date": "2018-01-01"},
                c={"platform": "lazada_sg"},
                as_of="2019-05-01",
            ),
            ("+platform-unknown",),
        ),
        None,
    ),
    (
        "B1 a plan naming xianyu is told to select taobao",
        lambda: _expect(
            _check(
                c={
                    "platform": "xianyu",
                    "listings": ["https://www.goofish.com/item?id=1065574393669"],
                }
            ),
            ("platform-unknown~official",),
        ),
        None,
    ),
    (
        "B15 a US right on aliexpress: Chinese registration preferred (info)",
        lambda: _severity(
            _check(r={"place": "US"}, c={"platform": "aliexpress"}), "right-place-not-preferred"
        ),
        "info",
    ),
    (
        "B4 a rights-protection organisation registered as enterprise: warned",
        lambda: _severity(
            _check(a={**AGENT, "organisation": True, "authorisations": [LETTER]}),
            "account-organisation-registration",
        ),
        "warning",
    ),
    (
        "B2 no IPP account filing through the portal",
        lambda: _expect(_check(a={"registered": False}), ("+channel-needs-account",)),
        None,
    ),
    # ------------------------------------------------------------ 1.4 form
    (
        "B17/R43 300 listings: accepted",
        lambda: _expect(_check(c={"listings": TB300[:300]}), ("-listings-too-many",)),
        None,
    ),
    (
        "B17/R43 301 listings: refused",
        lambda: _expect(_check(c={"listings": TB300}), ("+listings-too-many",)),
        None,
    ),
    (
        "B2/R44 stand-alone form, 10 links, no account: accepted",
        lambda: _expect(
            _check(
                a={"registered": False}, c={"channel": "standalone_form", "listings": TB300[:10]}
            ),
            ("-listings-too-many",),
        ),
        None,
    ),
    (
        "B2/R44 stand-alone form, 11 links: refused",
        lambda: _expect(
            _check(
                a={"registered": False}, c={"channel": "standalone_form", "listings": TB300[:11]}
            ),
            ("+listings-too-many",),
        ),
        None,
    ),
    (
        "B2/R15 stand-alone form used by a registered IPP user",
        lambda: _expect(
            _check(a={"registered": True}, c={"channel": "standalone_form"}), ("+error",)
        ),
        None,
    ),
    (
        "B16/R42 storefront on taobao with a store reason: no error",
        lambda: _expect(
            _check(c={"target": "storefront", "reason": "tm_store_misuse"}), ("-error",)
        ),
        None,
    ),
    (
        "B16 storefront on tmall_global allowed",
        lambda: _expect(
            _check(
                r={"place": "HK"},
                c={"platform": "tmall_global", "target": "storefront", "reason": "tm_store_misuse"},
            ),
            ("-error",),
        ),
        None,
    ),
    (
        "B16 storefront on aliexpress refused under brief; official says unknown",
        lambda: _expect(
            _check(
                c={"platform": "aliexpress", "target": "storefront", "reason": "tm_store_misuse"}
            ),
            ("+error",),
        ),
        None,
    ),
    (
        "B16 a copyright reason on a trademark",
        lambda: _expect(_check(c={"reason": "cr_copied_content"}), ("+error",)),
        None,
    ),
    (
        "B16/R41 a list of reasons is unusable input",
        lambda: _check(c={"reason": ["tm_counterfeit", "tm_misuse"]}),
        InputError,
    ),
    (
        "R47 five attachments on lazada: too many",
        lambda: _expect(
            _check(
                r={"place": "SG"},
                c={
                    "platform": "lazada_sg",
                    "evidence": [{"kind": "test_purchase_report", "size_mb": 1.0}] * 5,
                },
            ),
            ("+attachments-too-many",),
        ),
        None,
    ),
    (
        "R47 four attachments on lazada: within the limit",
        lambda: _expect(
            _check(
                r={"place": "SG"},
                c={
                    "platform": "lazada_sg",
                    "evidence": [{"kind": "test_purchase_report", "size_mb": 1.0}] * 4,
                },
            ),
            ("-attachments-too-many",),
        ),
        None,
    ),
    (
        "R47 an attachment of 5.5 MB on lazada: too large",
        lambda: _expect(
            _check(
                r={"place": "SG"},
                c={
                    "platform": "lazada_sg",
                    "evidence": [{"kind": "test_purchase_report", "size_mb": 5.5}],
                },
            ),
            ("+attachment-too-large",),
        ),
        None,
    ),
    (
        "R47 an attachment of exactly 5 MB on lazada: accepted",
        lambda: _expect(
            _check(
                r={"place": "SG"},
                c={
                    "platform": "lazada_sg",
                    "evidence": [{"kind": "test_purchase_report", "size_mb": 5.0}],
                },
            ),
            ("-attachment-too-large",),
        ),
        None,
    ),
    # ------------------------------------------------------------ coverage and lapses
    (
        "B7 coverage: a right expiring on 2028-02-29 lapses on 2028-03-01",
        lambda: {c.date for c in _coverage({"expiry_date": "2028-02-29"}).changes},
        {dt.date(2028, 3, 1)},
    ),
    (
        "B13 coverage: an HK right covers tmall_global, official answers not covered",
        lambda: _cell(_coverage({"place": "HK"}), "tmall_global", "listing"),
        ("covered", (("official", "not_covered"),)),
    ),
    (
        "R39 coverage: an HK right covers aliexpress listings",
        lambda: _cell(_coverage({"place": "HK"}), "aliexpress", "listing"),
        ("covered", ()),
    ),
    (
        "R39 coverage: an HK right does not cover taobao",
        lambda: _cell(_coverage({"place": "HK"}), "taobao", "listing"),
        ("not_covered", ()),
    ),
    (
        "R40 coverage under official: an SG right on lazada_sg is unknown, the brief covers it",
        lambda: _cell(_coverage({"place": "SG"}, "official"), "lazada_sg", "listing"),
        ("unknown", (("brief", "covered"), ("brief-at-least-100", "covered"))),
    ),
    (
        "D13 coverage: aliexpress storefront not covered, unknown under official",
        lambda: _cell(_coverage({}), "aliexpress", "storefront"),
        ("not_covered", (("official", "unknown"),)),
    ),
    # ------------------------------------------------------------ 1.7 Good Faith
    (
        "B21 brief: takedown rate exactly 90% fails (above 90%)",
        lambda: _crit(_gf(_complaints(120, "2023-03", 10, 9), "2023-03-31"), "takedown_rate").met,
        False,
    ),
    (
        "D1 official: takedown rate exactly 90% passes (at least 90%)",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 10, 9), "2023-03-31", "official"), "takedown_rate"
            ).met
        ),
        True,
    ),
    (
        "B21 brief: 100 complaints in three months fail (more than 100)",
        lambda: _crit(_gf(_complaints(100, "2023-03", 10, 10), "2023-03-31"), "volume").met,
        False,
    ),
    (
        "B21 brief-at-least-100: 100 complaints pass",
        lambda: (
            _crit(
                _gf(_complaints(100, "2023-03", 10, 10), "2023-03-31", "brief-at-least-100"),
                "volume",
            ).met
        ),
        True,
    ),
    (
        "B21 brief: 101 complaints pass",
        lambda: _crit(_gf(_complaints(101, "2023-03", 10, 10), "2023-03-31"), "volume").met,
        True,
    ),
    (
        "B21 volume counts three months only: 101 complaints four months ago fail",
        lambda: _crit(_gf(_complaints(101, "2022-11", 10, 10), "2023-03-31"), "volume").met,
        False,
    ),
    (
        "B21 brief: counter-notice rate exactly 5% fails (below 5%)",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 20, 20, 1), "2023-03-31"), "counter_notice_rate"
            ).met
        ),
        False,
    ),
    (
        "D1 official: counter-notice rate exactly 5% passes (at most 5%)",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 20, 20, 1), "2023-03-31", "official"),
                "counter_notice_rate",
            ).met
        ),
        True,
    ),
    (
        "R68 2015 version in 2016",
        lambda: _gf(_complaints(10, "2016-06", 10, 10), "2016-06-30").version,
        "2015",
    ),
    (
        "R68 2015: counter-notice rate 1.5% passes (1.5% or lower)",
        lambda: (
            _crit(
                _gf(_complaints(20, "2016-06", 200, 200, 3), "2016-06-30"), "counter_notice_rate"
            ).met
        ),
        True,
    ),
    (
        "R68 2015: counter-notice rate 2% fails",
        lambda: (
            _crit(
                _gf(_complaints(20, "2016-06", 200, 200, 4), "2016-06-30"), "counter_notice_rate"
            ).met
        ),
        False,
    ),
    (
        "R68 2015: takedown rate exactly 90% passes (90% or higher)",
        lambda: _crit(_gf(_complaints(20, "2016-06", 10, 9), "2016-06-30"), "takedown_rate").met,
        True,
    ),
    (
        "R68 2015: one-month window: May's rejected listings do not count on 30 June",
        lambda: (
            _crit(
                _gf(
                    _complaints(20, "2016-05", 10, 0) + _complaints(20, "2016-06", 10, 10),
                    "2016-06-30",
                ),
                "takedown_rate",
            ).met
        ),
        True,
    ),
    (
        "R68 2015: a declaration is required",
        lambda: _gf(_complaints(20, "2016-06", 10, 10), "2016-06-30").qualifies,
        False,
    ),
    (
        "R70 2018-08-14 is still the 2015 version",
        lambda: _gf(_complaints(10, "2018-08", 10, 10), "2018-08-14").version,
        "2015",
    ),
    (
        "R70 2018-08-15 is the 2018 version",
        lambda: _gf(_complaints(10, "2018-08", 10, 10), "2018-08-15").version,
        "2018",
    ),
    (
        "R70 trial account: 2018-04-15 is the 2018 version",
        lambda: _gf(_complaints(10, "2018-04", 10, 10), "2018-04-15", trial=True).version,
        "2018",
    ),
    (
        "R75 2022-04-14 is the 2018 version, 2022-04-15 the 2022 one",
        lambda: (
            _gf(_complaints(10, "2022-04", 10, 10), "2022-04-14").version,
            _gf(_complaints(10, "2022-04", 10, 10), "2022-04-15").version,
        ),
        ("2018", "2022"),
    ),
    (
        "R75 2022: a reason code at 80% fails although the overall rate is 95%",
        lambda: (
            _gf(
                _complaints(100, "2023-03", 10, 10)
                + _complaints(10, "2023-03", 10, 8, reason="tm_misuse")
                + ["declaration,2023-01-02,,,,,,"],
                "2023-03-31",
            ).qualifies
        ),
        False,
    ),
    (
        "R75 2019: a reason code at 80% does not matter before 2022",
        lambda: (
            _gf(
                _complaints(150, "2019-03", 10, 10)
                + _complaints(10, "2019-03", 10, 8, reason="tm_misuse")
                + ["declaration,2019-01-02,,,,,,"],
                "2019-03-31",
            ).qualifies
        ),
        True,
    ),
    (
        "R72 removal on 2023-01-10 locks out until 2023-04-10",
        lambda: _gf([*MEMBER, "removal,2023-01-10,,,,,,"], "2023-01-31").locked_until,
        dt.date(2023, 4, 10),
    ),
    (
        "R73 voluntary withdrawal locks out for 3 months",
        lambda: _gf([*MEMBER, "withdrawal,2023-01-10,,,,,,"], "2023-01-31").locked_until,
        dt.date(2023, 4, 10),
    ),
    (
        "B21 a record of abusive complaints fails no_abuse",
        lambda: (
            _crit(
                _gf([*_complaints(120, "2023-03", 10, 10), "abuse,2023-03-02,,,,,,"], "2023-03-31"),
                "no_abuse",
            ).met
        ),
        False,
    ),
    (
        "D2 aliexpress complaints are not counted in the Good Faith volume",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 10, 10, platform="aliexpress"), "2023-03-31"),
                "volume",
            ).met
        ),
        False,
    ),
    (
        "history of one day: a standing, volume not met",
        lambda: (
            _crit(
                _gf(["complaint,2023-03-31,taobao,tm_counterfeit,10,10,0,0"], "2023-03-31"),
                "volume",
            ).met
        ),
        False,
    ),
    (
        "a history row dated 2026-13-01 is unusable input",
        lambda: _history(["complaint,2026-13-01,taobao,tm_counterfeit,10,10,0,0"]),
        InputError,
    ),
    (
        "B18 300 rejected listings need 2,701 accepted under the brief (above 90%)",
        lambda: (
            _crit(
                _gf(["complaint,2023-03-01,taobao,tm_counterfeit,300,0,300,0"], "2023-03-31"),
                "takedown_rate",
            ).needed
        ),
        2701,
    ),
    (
        "B18 and 2,700 under official (at least 90%), B18's own figure",
        lambda: (
            _crit(
                _gf(
                    ["complaint,2023-03-01,taobao,tm_counterfeit,300,0,300,0"],
                    "2023-03-31",
                    "official",
                ),
                "takedown_rate",
            ).needed
        ),
        2700,
    ),
    (
        "B21 brief 2019: no declaration, no membership; official admits automatically (R74)",
        lambda: (
            _gf(_complaints(150, "2019-03", 10, 10), "2019-03-31").qualifies,
            _gf(_complaints(150, "2019-03", 10, 10), "2019-03-31", "official").member,
        ),
        (False, True),
    ),
    (
        "R75 trial 2021: per-reason-code test from 2021-12-28",
        lambda: (
            _gf(
                _complaints(100, "2022-01", 10, 10)
                + _complaints(10, "2022-01", 10, 8, reason="tm_misuse")
                + ["declaration,2021-11-01,,,,,,"],
                "2022-01-31",
                trial=[2021],
            ).qualifies
        ),
        False,
    ),
    (
        "R75 not in the trial: the same history qualifies on 2022-01-31 (2018 rules)",
        lambda: (
            _gf(
                _complaints(100, "2022-01", 10, 10)
                + _complaints(10, "2022-01", 10, 8, reason="tm_misuse")
                + ["declaration,2021-11-01,,,,,,"],
                "2022-01-31",
            ).qualifies
        ),
        True,
    ),
    (
        "R68 2015: meeting the criteria is not admission (admission not automatic)",
        lambda: (
            _gf(
                [*_complaints(30, "2016-04", 10, 10), "declaration,2016-03-01,,,,,,"], "2016-04-30"
            ).member
        ),
        False,
    ),
    (
        "D3 2016: a member removed is locked out for six months",
        lambda: _gf([*M16, "removal,2016-05-05,,,,,,"], "2016-05-31").locked_until,
        dt.date(2016, 11, 5),
    ),
    (
        "D3 2016: a member withdrawing is locked out for six months",
        lambda: _gf([*M16, "withdrawal,2016-05-05,,,,,,"], "2016-05-31").locked_until,
        dt.date(2016, 11, 5),
    ),
    (
        "R72 a removal on 2023-11-30 locks out to 2024-02-29 (3 months, leap day)",
        lambda: (
            _gf(
                [
                    *_complaints(150, "2023-10", 10, 10),
                    "declaration,2023-09-01,,,,,,",
                    "removal,2023-11-30,,,,,,",
                ],
                "2023-12-15",
            ).locked_until
        ),
        dt.date(2024, 2, 29),
    ),
    (
        "R72 a removal of a non-member locks nobody out",
        lambda: (
            _gf(
                [*_complaints(120, "2023-01", 10, 10), "removal,2023-01-10,,,,,,"], "2023-01-31"
            ).locked_until
        ),
        None,
    ),
    (
        "B21 brief: an abuse finding three years ago still fails (no record of abuse)",
        lambda: _crit(_gf(ABUSED, "2023-03-31"), "no_abuse").met,
        False,
    ),
    (
        "B21 official: an abuse finding outside the window does not count",
        lambda: _crit(_gf(ABUSED, "2023-03-31", "official"), "no_abuse").other_readings,
        ("brief", "brief-at-least-100"),
    ),
    (
        "R69 2016: an abuse finding excludes for six months, member or not",
        lambda: (
            _gf(
                [
                    *_complaints(30, "2016-06", 10, 10),
                    "abuse,2016-03-02,,,,,,",
                    "declaration,2016-01-01,,,,,,",
                ],
                "2016-06-30",
            ).locked_until
        ),
        dt.date(2016, 9, 2),
    ),
    (
        "D2 tmall_global complaints count in the Good Faith volume",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 10, 10, platform="tmall_global"), "2023-03-31"),
                "volume",
            ).met
        ),
        True,
    ),
    (
        "B1 xianyu complaints count as taobao's under the brief",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 10, 10, platform="xianyu"), "2023-03-31"), "volume"
            ).met
        ),
        True,
    ),
    (
        "D1 official: no volume floor at all",
        lambda: [
            c.name
            for c in _gf(_complaints(1, "2023-03", 10, 10), "2023-03-31", "official").criteria
            if c.name == "volume"
        ],
        [],
    ),
    (
        "R68 before 2015-04-01 no criteria; a 2015 trial account has them",
        lambda: (
            len(_gf(_complaints(150, "2015-02", 10, 10), "2015-03-15").criteria),
            _gf(_complaints(150, "2015-02", 10, 10), "2015-03-15", trial=True).version,
        ),
        (0, "2015"),
    ),
    (
        "a Good Faith standing before the coverage is a CoverageError",
        lambda: _gf(_complaints(1, "2015-02", 10, 10), "2014-12-01"),
        CoverageError,
    ),
    (
        "taken_down over listings is unusable input",
        lambda: _history(["complaint,2026-11-01,taobao,tm_counterfeit,10,11,0,0"]),
        InputError,
    ),
    (
        "reinstated over taken_down is unusable input",
        lambda: _history(["complaint,2026-11-01,taobao,tm_counterfeit,10,5,5,6"]),
        InputError,
    ),
    # ------------------------------------------------------------ 1.10 metrics
    (
        "B16 brief: a reinstated listing is an unsuccessful takedown",
        lambda: (
            _crit(_gf(_complaints(120, "2023-03", 10, 10, 1), "2023-03-31"), "takedown_rate").value
        ),
        pytest.approx(0.9),
    ),
    (
        "R91 official: a reinstated listing stays removed",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 10, 10, 1), "2023-03-31", "official"),
                "takedown_rate",
            ).value
        ),
        1,
    ),
    (
        "R91 counter-notice rate = reinstated / submitted",
        lambda: (
            _crit(
                _gf(_complaints(120, "2023-03", 10, 10, 1), "2023-03-31"), "counter_notice_rate"
            ).value
        ),
        pytest.approx(0.1),
    ),
    (
        "R91 withdrawn listings are not decided: takedown 4/5, counter-notices 1/10",
        lambda: (
            _crit(standing(WITHDRAWN, "2023-03-31"), "takedown_rate").value,
            _crit(standing(WITHDRAWN, "2023-03-31"), "counter_notice_rate").value,
        ),
        (Fraction(4, 5), Fraction(1, 10)),
    ),
    (
        "R91 official: the reinstated listing stays removed, 5/5",
        lambda: (
            _crit(
                standing(WITHDRAWN, "2023-03-31", interpretation="official"), "takedown_rate"
            ).value
        ),
        1,
    ),
    (
        "R91 nothing decided yet: the takedown rate is not assessed",
        lambda: _crit(standing(PENDING, "2023-03-31"), "takedown_rate").assessed,
        False,
    ),
    # ------------------------------------------------------------ the rule book
    (
        "B1 Xianyu files as Taobao under the brief",
        lambda: default_rulebook().as_of("2026-11-23").filed_as("xianyu").platform,
        "taobao",
    ),
    (
        "R33/D11 Xianyu is not filed as anything under official",
        lambda: (
            default_rulebook().as_of("2026-11-23", interpretation="official").filed_as("xianyu")
        ),
        None,
    ),
    (
        "B2/R44 the stand-alone form takes 10 links",
        lambda: (
            ipprules.default_rulebook().as_of("2026-11-23").channels["standalone_form"].max_listings
        ),
        10,
    ),
    (
        "B17 the portal takes 300 listings",
        lambda: ipprules.default_rulebook().as_of("2026-11-23").channels["portal"].max_listings,
        300,
    ),
    # ------------------------------------------------------------ the command line
    (
        "CLI rules --as-of 2026-13-01: exit 2",
        lambda: _run(["rules", "platforms", "--as-of", "2026-13-01"])[0],
        2,
    ),
    (
        "CLI rules --as-of 2014-12-31: exit 2 (coverage)",
        lambda: _run(["rules", "platforms", "--as-of", "2014-12-31"])[0],
        2,
    ),
    (
        "CLI rules platform xianyu under official: exit 2",
        lambda: _run(
            ["rules", "platform", "xianyu", "--as-of", "2026-11-23", "--interpretation", "official"]
        )[0],
        2,
    ),
    (
        "CLI rules platform xianyu under brief: Taobao's rules",
        lambda: json.loads(
            _run(["rules", "platform", "xianyu", "--as-of", "2026-11-23", "--format", "json"])[1]
        )["data"]["platform"]["id"],
        "taobao",
    ),
    (
        "CLI rules good-faith 2016: version 2015",
        lambda: json.loads(
            _run(["rules", "good-faith", "--as-of", "2016-06-01", "--format", "json"])[1]
        )["data"]["version"],
        "2015",
    ),
    (
        "R68 CLI rules good-faith before the programme says when it starts",
        lambda: (
            "it starts on 2015-04-01; on 2015-01-06 for an account in the trial begun in 2015"
            in _run(["rules", "good-faith", "--as-of", "2015-03-01"])[1]
        ),
        True,
    ),
    (
        "R68 CLI rules good-faith --format json before the programme: a note with the start",
        lambda: any(
            "2015-04-01" in n
            for n in json.loads(
                _run(["rules", "good-faith", "--as-of", "2015-03-01", "--format", "json"])[1]
            )["notes"]
        ),
        True,
    ),
    (
        "R68 CLI rules good-faith for a 2015 trial account on 2015-03-01: version 2015",
        lambda: json.loads(
            _run(["rules", "good-faith", "--as-of", "2015-03-01", "--trial", "--format", "json"])[1]
        )["data"]["version"],
        "2015",
    ),
    (
        "CLI rules platform nowhere: exit 2",
        lambda: _run(["rules", "platform", "nowhere", "--as-of", "2026-11-23"])[0],
        2,
    ),
]


def _cli_plan(tmp: Path, text: str) -> tuple[int, str]:
    path = tmp / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return _run(["check", str(path), "--as-of", "2026-11-23"])


_TOML_OK = """
[account]
name = "Lumen Optics Co., Ltd."
location = "elsewhere"
identity = "enterprise"
incorporated = "HK"
documents = [{ kind = "business_registration", name = "Lumen Optics Co., Ltd.", language = "en", valid_until = 2027-06-30 }]

[[rights]]
id = "r"
ipr_type = "trademark"
name = "LUMEN"
place = "PLACE"
number = "31234567"
expiry_date = EXPIRY
classes = [9]
registrant = "Lumen Optics Co., Ltd."
documents = [{ kind = "trademark_certificate", colour = true, language = "zh", name = "Lumen Optics Co., Ltd." }]

[[complaints]]
id = "c"
platform = "taobao"
right = "r"
reason = "tm_counterfeit"
supplement = "Counterfeit lamps."
listings = ["https://item.taobao.com/item.htm?id=606832683299"]
"""

CLI_PLANS = [
    ("CLI check clean plan: exit 0", "CN", "2029-06-13", 0, ""),
    ("CLI check US right on taobao: exit 1", "US", "2029-06-13", 1, "right-place-not-accepted"),
    ("CLI check expiry 2027-02-29: exit 2 naming the line", "CN", "2027-02-29", 2, ":15"),
    ("CLI check place XX: exit 2 naming the path", "XX", "2029-06-13", 2, "$.rights[0].place"),
    ("CLI check expiry 2026-13-01: exit 2", "CN", "2026-13-01", 2, "plan.toml"),
]


def test_rule_text_cli_plan_json(tmp_path: Path) -> None:
    """B7: a JSON plan whose expiry is 2027-02-29 (no such day) is exit 2 naming the path."""
    path = tmp_path / "plan.json"
    data = _plan({}, {"expiry_date": "2027-02-29"}, {})
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    code, out = _run(["check", str(path), "--as-of", "2026-11-23"])
    assert code == 2, out
    assert "$.rights[0].expiry_date" in out and "plan.json:" in out
    assert "Traceback" not in out


@pytest.mark.parametrize(("name", "call", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule_text_case(name: str, call: Callable[[], Any], expected: Any) -> None:
    if isinstance(expected, type) and issubclass(expected, BaseException):
        with pytest.raises(expected):
            call()
    else:
        assert call() == expected, name


@pytest.mark.parametrize(
    ("name", "place", "expiry", "code", "text"), CLI_PLANS, ids=[c[0] for c in CLI_PLANS]
)
def test_rule_text_cli_plan(
    tmp_path: Path, name: str, place: str, expiry: str, code: int, text: str
) -> None:
    got, out = _cli_plan(tmp_path, _TOML_OK.replace("PLACE", place).replace("EXPIRY", expiry))
    assert got == code, out
    assert text in out
    assert "Traceback" not in out
