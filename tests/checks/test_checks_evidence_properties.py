"""Hypothesis over the evidence (#11): qualities are monotonic, other readings are consistent.

* Stating a quality with the value that satisfies its rules never adds an error; taking it
  away again (back to "not stated") never removes one.
* ``other_readings`` agrees with checking the same plan under each named interpretation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.checks import check, plan_from_data
from ipprules.checks.findings import Finding, FindingSeverity, Report
from ipprules.checks.model import Conclusion, Document, Plan, StatementForm

from .test_checks_properties import SETTINGS, plans

#: Each document quality and the value that satisfies every rule about it.
GOOD_DOCUMENT: dict[str, Any] = {
    "original": True,
    "colour": True,
    "sealed": True,
    "signed": True,
    "language": "en",
    "translation": True,
    "conclusion": Conclusion.POSITIVE,
    "statement_form": StatementForm.TEMPLATE,
    "completed": True,
    "valid_until": dt.date(2999, 12, 31),
    "size_mb": 0.5,
}
#: The same for letters of authorisation.
GOOD_LETTER: dict[str, Any] = {
    "template": True,
    "sealed": True,
    "signed": True,
    "handwritten": True,
    "signatory_title": True,
    "grants_enforcement": True,
    "language": "en",
    "translation": True,
}
#: Mostly bad, so that one satisfying quality often matters.
_FLAG = st.sampled_from([None, False, False, True])

#: Values a quality may have in a random plan (good, bad or not stated).
ANY_DOCUMENT: dict[str, Any] = {
    "original": _FLAG,
    "colour": _FLAG,
    "sealed": _FLAG,
    "signed": _FLAG,
    "language": st.none() | st.sampled_from(["en", "zh", "de", "de"]),
    "translation": _FLAG,
    "conclusion": st.sampled_from([None, Conclusion.NEGATIVE, Conclusion.POSITIVE]),
    "statement_form": st.sampled_from([None, StatementForm.WORD_FILE, StatementForm.OWN]),
    "completed": _FLAG,
    "valid_until": st.none() | st.dates(dt.date(2015, 1, 6), dt.date(2021, 12, 31)),
    "size_mb": st.none() | st.sampled_from([0.5, 5.0, 7.5]),
    "name": st.sampled_from(["", "Acme", "Other Co"]),
}
ANY_LETTER: dict[str, Any] = {
    "template": _FLAG,
    "sealed": _FLAG,
    "signed": _FLAG,
    "handwritten": _FLAG,
    "signatory_title": _FLAG,
    "grants_enforcement": _FLAG,
    "language": st.sampled_from(["en", "de"]),
    "translation": st.booleans(),
    "issuer": st.sampled_from(["", "Acme", "Other Co"]),
    "issuer_identity": st.sampled_from(["individual", "enterprise"]),
}


@st.composite
def qualified_plans(draw: st.DrawFn) -> Plan:
    """A random plan whose documents and letters carry random qualities."""
    data = draw(plans())
    data["account"]["incorporated"] = draw(st.none() | st.sampled_from(["CN", "HK", "SG"]))
    for letter in data["account"]["authorisations"]:
        letter.update(draw(st.fixed_dictionaries({}, optional=ANY_LETTER)))
    plan = plan_from_data(data)

    def qualify(doc: Document) -> Document:
        fields = draw(st.fixed_dictionaries({}, optional=ANY_DOCUMENT))
        return attrs.evolve(doc, **fields)

    account = attrs.evolve(
        plan.account,
        documents=tuple(qualify(d) for d in plan.account.documents),
    )
    rights = tuple(
        attrs.evolve(r, documents=tuple(qualify(d) for d in r.documents)) for r in plan.rights
    )
    complaints = tuple(
        attrs.evolve(c, evidence=tuple(qualify(d) for d in c.evidence)) for c in plan.complaints
    )
    return attrs.evolve(plan, account=account, rights=rights, complaints=complaints)


def _errors(report: Report) -> set[tuple[str, str]]:
    return {(f.code, f.path) for f in report.errors}


@st.composite
def one_good_quality(draw: st.DrawFn) -> tuple[Plan, Plan]:
    """A plan, and the same plan with one quality of one document or letter set to its
    satisfying value."""
    plan = draw(qualified_plans())
    places: list[tuple[str, int]] = [("account", i) for i in range(len(plan.account.documents))]
    places += [("letter", i) for i in range(len(plan.account.authorisations))]
    places += [
        (f"right{r}", i) for r, right in enumerate(plan.rights) for i in range(len(right.documents))
    ]
    if not places:
        return plan, plan
    where, i = draw(st.sampled_from(places))
    if where == "letter":
        key = draw(st.sampled_from(sorted(GOOD_LETTER)))
        letters = list(plan.account.authorisations)
        letters[i] = attrs.evolve(letters[i], **{key: GOOD_LETTER[key]})
        better = attrs.evolve(
            plan, account=attrs.evolve(plan.account, authorisations=tuple(letters))
        )
        return plan, better
    key = draw(st.sampled_from(sorted(GOOD_DOCUMENT)))
    if where == "account":
        docs = list(plan.account.documents)
        docs[i] = attrs.evolve(docs[i], **{key: GOOD_DOCUMENT[key]})
        return plan, attrs.evolve(plan, account=attrs.evolve(plan.account, documents=tuple(docs)))
    r = int(where.removeprefix("right"))
    rights = list(plan.rights)
    docs = list(rights[r].documents)
    docs[i] = attrs.evolve(docs[i], **{key: GOOD_DOCUMENT[key]})
    rights[r] = attrs.evolve(rights[r], documents=tuple(docs))
    return plan, attrs.evolve(plan, rights=tuple(rights))


@SETTINGS
@given(one_good_quality(), st.sampled_from(["brief", "official"]))
def test_a_satisfying_quality_never_adds_an_error(pair: tuple[Plan, Plan], reading: str) -> None:
    before, after = pair
    assert _errors(check(after, interpretation=reading)) <= _errors(
        check(before, interpretation=reading)
    )


@SETTINGS
@given(one_good_quality(), st.sampled_from(["brief", "official"]))
def test_taking_a_satisfying_quality_away_never_removes_an_error(
    pair: tuple[Plan, Plan], reading: str
) -> None:
    without, with_it = pair  # "without" is the plan before the quality was stated
    assert _errors(check(without, interpretation=reading)) >= _errors(
        check(with_it, interpretation=reading)
    )


def _key(f: Finding) -> tuple[str, str, FindingSeverity, str]:
    return (f.code, f.path, f.severity, f.message)


READINGS = default_rulebook().interpretations


@SETTINGS
@given(qualified_plans())
def test_other_readings_agree_with_checking_under_each_reading(plan: Plan) -> None:
    reports = {name: check(plan, interpretation=name) for name in READINGS}
    own = {
        name: {_key(f) for f in r.findings if f.code != "other-reading-finding"}
        for name, r in reports.items()
    }
    for name, report in reports.items():
        notes = {
            (f.path, f.other_readings, f.message)
            for f in report.findings
            if f.code == "other-reading-finding"
        }
        for f in report.findings:
            if f.code == "other-reading-finding":
                continue
            differs = {other for other in READINGS if other != name and _key(f) not in own[other]}
            assert set(f.other_readings) == differs, (name, f)
        for other in READINGS:
            if other == name:
                continue
            for key in own[other] - own[name]:
                code, path, severity, message = key
                text = f"under the {other} interpretation: {severity.value} {code}: {message}"
                assert (path, (other,), text) in notes, (name, other, key)
