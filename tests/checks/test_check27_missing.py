"""check27: the account requirements, document rules, registrations and IPR types a user's
rule file starts later than the base leave no silent gap (``rule-record-missing``, severity
unknown), as check26 did for channels and limits.

A file's record replaces the base's records of its id for every date (docs/rulebook.md): a
file giving ``registrations/taobao`` from 2024 leaves 2020 with none, and ``check`` then said
a US trademark's place on Taobao "is not documented"; a file giving ``ipr_types/trademark``
from 2024 made ``check`` on a 2020 complaint raise ``UnknownNameError``; the identity
documents and the right's documents were not checked at all.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import check, coverage, default_rulebook, load_rulebook
from ipprules.checks import Plan
from ipprules.checks.model import Authorisation, Category, RightStatus
from ipprules.planner import Settings, plan_listings
from ipprules.rulebook import RuleBook

from .test_check26_missing import _plan

DATA = Path(__file__).parents[2] / "src" / "ipprules" / "rulebook" / "data"
DAY = "2020-03-02"


def _record(section: str, record_id: str) -> dict[str, Any]:
    """The base's record (default reading) of ``record_id``, as written in the book's data."""
    records = json.loads((DATA / f"{section}.json").read_text(encoding="utf-8"))
    return next(r for r in records if r["id"] == record_id and "interpretation" not in r)


def _later(tmp: Path, section: str, record_id: str, start: dt.date | str) -> RuleBook:
    """A user file holding the base's record of ``record_id``, but from ``start``."""
    record = dict(_record(section, record_id), effective_from=str(start))
    path = tmp / "rules.json"
    path.write_text(json.dumps({section: [record]}), encoding="utf-8")
    return load_rulebook(path)


def _without_documents(plan: Plan) -> Plan:
    return attrs.evolve(plan, account=attrs.evolve(plan.account, documents=()))


def _right(plan: Plan, **changes: Any) -> Plan:
    return attrs.evolve(plan, rights=(attrs.evolve(plan.rights[0], **changes),))


def _organisation(plan: Plan) -> Plan:
    return attrs.evolve(plan, account=attrs.evolve(plan.account, organisation=True))


def _agent(plan: Plan) -> Plan:
    letter = Authorisation(issuer="Acme Ltd")
    account = attrs.evolve(
        plan.account, name="Agent Ltd", category=Category.AGENT, authorisations=(letter,)
    )
    return attrs.evolve(plan, account=account)


def _us_trademark(plan: Plan) -> Plan:
    return _right(plan, place="US")


def _no_certificate(plan: Plan) -> Plan:
    return _right(plan, documents=())


#: (section, record id, the plan's change, the finding the full book gives on it).
CASES: dict[str, tuple[str, str, Any, str]] = {
    "identity": (
        "account_requirements",
        "identity_enterprise",
        _without_documents,
        "account-identity-document-missing",
    ),
    "organisation": (
        "account_requirements",
        "rights_protection_organisation",
        _organisation,
        "account-organisation-registration",
    ),
    "letters": (
        "account_requirements",
        "authorisation_scope_validity",
        _agent,
        "authorisation-scope-unstated",
    ),
    "documents": (
        "document_rules",
        "trademark_certificate",
        _no_certificate,
        "right-document-missing",
    ),
    "place": ("registrations", "taobao", _us_trademark, "right-place-not-accepted"),
    "type": ("ipr_types", "trademark", _no_certificate, "right-document-missing"),
}


def _codes(plan: Plan, book: RuleBook | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check(plan, rulebook=book).findings:
        out.setdefault(f.code, []).append(f"{f.path}: {f.message}")
    return out


def _each(tmp_path: Path, name: str, start: str = "2024-01-01") -> tuple[Any, Any, str]:
    section, record_id, change, _ = CASES[name]
    plan = change(_plan(DAY, 1))
    book = _later(tmp_path, section, record_id, start)
    return _codes(plan, None), _codes(plan, book), f"{section}/{record_id}"


def test_identity_documents_from_2024_are_no_silent_gap(tmp_path: Path) -> None:
    full, mine, record = _each(tmp_path, "identity")
    assert "account-identity-document-missing" in full
    (message,) = mine["rule-record-missing"]
    assert message.startswith("$.account.documents: ") and record in message and DAY in message
    assert "account-identity-document-missing" not in mine


def test_an_organisation_record_from_2024_is_no_silent_gap(tmp_path: Path) -> None:
    full, mine, record = _each(tmp_path, "organisation")
    assert "account-organisation-registration" in full
    (message,) = mine["rule-record-missing"]
    assert message.startswith("$.account.organisation: ") and record in message


def test_a_letters_record_from_2024_is_no_silent_gap(tmp_path: Path) -> None:
    full, mine, record = _each(tmp_path, "letters")
    assert "authorisation-scope-unstated" in full
    (message,) = mine["rule-record-missing"]
    assert message.startswith("$.complaints[0].right: ") and record in message


def test_a_document_rule_from_2024_is_no_silent_gap(tmp_path: Path) -> None:
    full, mine, record = _each(tmp_path, "documents")
    assert "right-document-missing" in full and "right-document-missing" not in mine
    (message,) = mine["rule-record-missing"]
    assert message.startswith("$.complaints[0].right: ") and record in message
    assert "2024-01-01" in message


def test_a_registration_record_from_2024_is_named_not_undocumented(tmp_path: Path) -> None:
    full, mine, record = _each(tmp_path, "place")
    assert "right-place-not-accepted" in full
    assert "right-place-unknown" not in mine  # it is documented: on other days
    (message,) = mine["rule-record-missing"]
    assert record in message and DAY in message


def test_an_ipr_type_from_2024_is_a_finding_not_an_error(tmp_path: Path) -> None:
    full, mine, record = _each(tmp_path, "type")
    assert "right-document-missing" in full
    gaps = mine["rule-record-missing"]
    assert any(g.startswith("$.rights[0].ipr_type: ") for g in gaps)
    assert any(g.startswith("$.complaints[0].right: ") for g in gaps)
    assert all(record in g for g in gaps)


def test_a_patent_type_from_2024_says_no_wrong_subtype(tmp_path: Path) -> None:
    """Without the type's record its subtypes are unknown: a design patent is not told it
    has no subtype."""
    plan = _right(
        _plan(DAY, 1),
        ipr_type="patent",
        subtype="design",
        classes=(),
        status=RightStatus.REGISTERED,
        expiry_date=None,
    )
    mine = _codes(plan, _later(tmp_path, "ipr_types", "patent", "2024-01-01"))
    assert "right-subtype-invalid" not in _codes(plan, None)
    assert "right-subtype-invalid" not in mine
    assert any("ipr_types/patent" in g for g in mine["rule-record-missing"])


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    name=st.sampled_from(sorted(CASES)),
    start=st.dates(min_value=default_rulebook().coverage_from, max_value=dt.date(2026, 1, 1)),
)
def test_a_record_starting_later_is_never_silent(
    tmp_path_factory: Any, name: str, start: dt.date
) -> None:
    """check26's property for these four kinds: a user file's record from ``start`` (the
    base's record otherwise): on a day before it, ``check`` gives the full book's finding or
    ``rule-record-missing`` naming the record, never neither; from it on, the full book's."""
    full, mine, record = _each(tmp_path_factory.mktemp("b"), name, str(start))
    code = CASES[name][3]
    assert code in full
    if str(start) <= DAY:
        assert "rule-record-missing" not in mine and code in mine
    else:
        assert any(record in m for m in mine["rule-record-missing"])


#: The records whose absence on the day ``plan`` must not turn into refused lines: the
#: planner's own steps (admissible reason codes, the place of registration, coverage) and
#: the check step, which refuses lines only for errors.
PLANNED = ("document_rules/trademark_certificate", "registrations/taobao", "ipr_types/trademark")


def test_plan_refuses_no_line_for_rule_record_missing(tmp_path: Path) -> None:
    """check26's open question: ``plan`` with a user file that starts a record later plans
    what the full book plans, and notes ``rule-record-missing``: an unknown is no error
    (before, the registrations and IPR type files stopped the whole run with
    UnknownNameError, and the document rule's refused every line as rules-unknown)."""
    lines = [f"https://item.taobao.com/item.htm?id={600000000000 + j}" for j in range(3)]
    plan = _plan(DAY, 1)
    chosen = Settings(reason="tm_counterfeit")
    full = plan_listings(lines, plan, as_of=DAY, settings=chosen)
    assert full.tally.get("planned") == 3
    for name in PLANNED:
        section, record_id = name.split("/")
        book = _later(tmp_path, section, record_id, "2024-01-01")
        mine = plan_listings(lines, plan, as_of=DAY, settings=chosen, rulebook=book)
        assert mine.tally == full.tally and not mine.rejections, name
        assert any("rule-record-missing" in n and name in n for n in mine.notes), name


def test_coverage_says_unknown_for_a_missing_ipr_type(tmp_path: Path) -> None:
    """``coverage`` with a user file that starts ``ipr_types/trademark`` later answers for the
    earlier days (before: UnknownNameError, ``ipprules coverage`` exit 2): each trademark cell
    on Taobao is unknown, with ``rule-record-missing`` naming the record."""
    book = _later(tmp_path, "ipr_types", "trademark", "2024-01-01")
    report = coverage(_plan(DAY, 1), as_of=DAY, rulebook=book)
    full = coverage(_plan(DAY, 1), as_of=DAY)
    cells = report.to_dict()["cells"]
    assert len(cells) == len(full.to_dict()["cells"])
    taobao = [c for c in cells if c["platform"] == "taobao" and c["target"] == "listing"]
    assert taobao and all(c["status"] == "unknown" for c in taobao)
    assert any("ipr_types/trademark" in str(c) for c in taobao)
