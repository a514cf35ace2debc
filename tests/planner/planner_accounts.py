"""Accounts the planner tests plan for."""

from __future__ import annotations

from ipprules.checks.model import (
    Account,
    Identity,
    IprType,
    Location,
    PatentSubtype,
    Plan,
    Right,
)


def make_account(
    complaints_filed: int = 500, good_faith: bool = False, registered: bool = True
) -> Plan:
    return Plan(
        account=Account(
            name="Acme Ltd",
            location=Location.ELSEWHERE,
            identity=Identity.ENTERPRISE,
            documents=("business_registration",),
            complaints_filed=complaints_filed,
            good_faith=good_faith,
            registered=registered,
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
            Right(
                id="tm-us",
                ipr_type=IprType.TRADEMARK,
                place="US",
                name="ACME",
                documents=("trademark_certificate",),
            ),
            Right(
                id="design",
                ipr_type=IprType.PATENT,
                subtype=PatentSubtype.DESIGN,
                place="CN",
                documents=("patent_certificate", "patent_evaluation_report"),
            ),
        ),
    )
