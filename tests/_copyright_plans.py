"""The account and the copyright (with its documents) of the rule-text tests of copyright
registered abroad (tests/test_rule_text_23.py, tests/test_review27.py): one US company, one
body of product photographs."""

from __future__ import annotations

from typing import Any

NAME = "Lumen Optics Co., Ltd."
ACCOUNT: dict[str, Any] = {
    "name": NAME,
    "location": "elsewhere",
    "identity": "enterprise",
    "category": "right_holder",
    "incorporated": "US",
    "documents": [{"kind": "business_registration", "name": NAME, "language": "en"}],
    "registered": True,
    "complaints_filed": 400,
    "good_faith": False,
}
CERTIFICATE = {"kind": "copyright_certificate", "colour": True, "language": "en"}
STATEMENT = {
    "kind": "copyright_claim_statement",
    "statement_form": "template",
    "completed": True,
    "signed": True,
    "sealed": True,
    "language": "en",
}


def copyright_right(place: str, status: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
    """The plan's right ``r``: the photographs' copyright, registered in ``place`` (with a
    registration number) or not, holding ``documents``."""
    right: dict[str, Any] = {
        "id": "r",
        "ipr_type": "copyright",
        "name": "LUMEN product photographs 2024",
        "place": place,
        "registrant": NAME,
        "status": status,
        "documents": documents,
    }
    if status == "registered":
        right["number"] = "VA0002345678"
    return right
