"""Documents as records (#11 item 1): a bare kind or a table, through the one strict converter."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules._convert import unstructure
from ipprules.checks import check, plan_from_data
from ipprules.checks.model import Conclusion, Document, Plan, StatementForm
from ipprules.errors import InputError

from .test_checks_properties import SETTINGS, plans

BASE: dict[str, Any] = {
    "account": {"name": "Acme", "location": "elsewhere", "identity": "enterprise"},
}

TABLE = {
    "kind": "trademark_certificate",
    "original": False,
    "colour": False,
    "sealed": True,
    "signed_by": "Acme",
    "issuer": "CNIPA",
    "name": "Acme",
    "issued": "2019-06-14",
    "valid_until": "2029-06-13",
    "language": "zh",
    "translation": False,
    "class_pages": [9, 25],
    "size_mb": 1.5,
}


def _plan(documents: list[Any]) -> Plan:
    return plan_from_data({**BASE, "account": {**BASE["account"], "documents": documents}})


def test_a_bare_kind_and_a_table_read_into_documents() -> None:
    plan = _plan(["business_registration", TABLE])
    bare, full = plan.account.documents
    assert bare == Document(kind="business_registration")
    assert bare.colour is None and bare.sealed is None
    assert full.kind == "trademark_certificate"
    assert (full.original, full.colour, full.sealed) == (False, False, True)
    assert full.issued == dt.date(2019, 6, 14)
    assert full.class_pages == (9, 25)
    assert full.size_mb == 1.5


def test_report_and_statement_qualities_read() -> None:
    plan = _plan(
        [
            {"kind": "patent_evaluation_report", "conclusion": "negative"},
            {"kind": "copyright_claim_statement", "statement_form": "word_file", "completed": True},
        ]
    )
    report, statement = plan.account.documents
    assert report.conclusion is Conclusion.NEGATIVE
    assert statement.statement_form is StatementForm.WORD_FILE


def test_bad_documents_are_refused_with_their_paths() -> None:
    with pytest.raises(InputError) as caught:
        _plan(
            [3, {"kind": "x", "color": True}, {"colour": True}, {"kind": "x", "conclusion": "ok"}]
        )
    found = {(p.path, p.message) for p in caught.value.problems}
    assert ("$.account.documents[0]", "expected a string (kind) or a table, got int") in found
    assert (
        "$.account.documents[1]",
        "unknown key 'color' (did you mean 'colour'?)",
    ) in found
    assert ("$.account.documents[2].kind", "required value is missing") in found
    assert any(p.path == "$.account.documents[3].conclusion" for p in caught.value.problems)


def test_python_callers_may_pass_bare_kinds() -> None:
    from ipprules.checks.model import Account, Identity, Location

    account = Account(
        name="A",
        location=Location.ELSEWHERE,
        identity=Identity.ENTERPRISE,
        documents=("business_registration", Document(kind="translation")),
    )
    assert [d.kind for d in account.documents] == ["business_registration", "translation"]


def test_unstructure_gives_back_a_bare_kind_when_no_quality_is_stated() -> None:
    plan = _plan(["business_registration", TABLE])
    data = unstructure(plan)
    assert data["account"]["documents"][0] == "business_registration"
    assert data["account"]["documents"][1] == TABLE
    assert plan_from_data(json.loads(json.dumps(data))) == plan


def _as_tables(data: Any) -> Any:
    """Every bare document kind written as a one-key table."""
    out = json.loads(json.dumps(data, default=str))
    out["account"]["documents"] = [{"kind": d} for d in out["account"]["documents"]]
    for right in out["rights"]:
        right["documents"] = [{"kind": d} for d in right["documents"]]
    for complaint in out["complaints"]:
        complaint["evidence"] = [{"kind": d} for d in complaint["evidence"]]
    return out


@pytest.mark.no_cover
@SETTINGS
@given(plans(), st.sampled_from(["brief", "official"]))
def test_a_bare_kind_and_a_kind_only_table_mean_the_same(data, interpretation) -> None:
    bare = plan_from_data(data)
    table = plan_from_data(_as_tables(data))
    assert bare == table
    assert check(bare, interpretation=interpretation) == check(table, interpretation=interpretation)


def test_a_quality_left_unknown_does_not_hash_the_rule_records(monkeypatch) -> None:
    """The rules a document-quality-unknown finding names are told apart by identity: hashing
    a rule record walks every field (it cost coverage about a tenth of its time)."""
    from ipprules.checks import read_plan
    from ipprules.rulebook.model import _Record

    portfolio = read_plan("examples/portfolio.toml")
    expected = check(portfolio, as_of="2026-11-23").findings
    hashed: list[str] = []
    original = _Record.__hash__

    def counting(self: _Record) -> int:
        hashed.append(type(self).__name__)
        return original(self)

    monkeypatch.setattr(_Record, "__hash__", counting)
    findings = check(portfolio, as_of="2026-11-23").findings
    unknown = [f for f in findings if f.code == "document-quality-unknown"]
    assert unknown and all(f.rule_ids for f in unknown)
    assert findings == expected
    assert hashed == []
