"""Hypothesis over the evidence (#11): qualities are monotonic, other readings are consistent.

* Stating a quality with the value that satisfies its rules never adds an error; taking a
  satisfying quality away again (back to "not stated") never removes one.
* ``other_readings`` agrees with checking the same plan under each named interpretation.

Each property is also run against a deliberately broken engine, where it must find a
counterexample (so none of them holds vacuously).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from _hypothesis_profiles import CAPS, profile_name
from ipprules import default_rulebook
from ipprules.checks import check, engine, evidence, iter_findings, plan_from_data
from ipprules.checks.findings import Finding, FindingSeverity, Report
from ipprules.checks.model import Authorisation, Conclusion, Document, Plan, StatementForm

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
    "photo": True,
    "authority_seal": True,
    "name": "Acme",
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
    "photo": _FLAG,
    "authority_seal": _FLAG,
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


def _set(plan: Plan, where: str, i: int, key: str, value: Any) -> Plan:
    """The plan with one quality of one document or letter set to ``value``."""
    if where == "letter":
        letters = list(plan.account.authorisations)
        letters[i] = attrs.evolve(letters[i], **{key: value})
        return attrs.evolve(plan, account=attrs.evolve(plan.account, authorisations=tuple(letters)))
    if where == "account":
        docs = list(plan.account.documents)
        docs[i] = attrs.evolve(docs[i], **{key: value})
        return attrs.evolve(plan, account=attrs.evolve(plan.account, documents=tuple(docs)))
    r = int(where.removeprefix("right"))
    rights = list(plan.rights)
    docs = list(rights[r].documents)
    docs[i] = attrs.evolve(docs[i], **{key: value})
    rights[r] = attrs.evolve(rights[r], documents=tuple(docs))
    return attrs.evolve(plan, rights=tuple(rights))


@st.composite
def one_quality(
    draw: st.DrawFn, *, keys: list[str] | None = None, kinds: frozenset[str] | None = None
) -> tuple[Plan, str, int, str, Any]:
    """A random plan and one quality of one of its documents or letters: where it is, its
    name and the value that satisfies every rule about it (only ``keys`` of documents of
    ``kinds`` when given)."""
    plan = draw(qualified_plans())
    places: list[tuple[str, int]] = [
        ("account", i)
        for i, d in enumerate(plan.account.documents)
        if kinds is None or d.kind in kinds
    ]
    places += [
        (f"right{r}", i)
        for r, right in enumerate(plan.rights)
        for i, d in enumerate(right.documents)
        if kinds is None or d.kind in kinds
    ]
    if kinds is None:
        places += [("letter", i) for i in range(len(plan.account.authorisations))]
    if not places:
        return plan, "", 0, "", None
    where, i = draw(st.sampled_from(places))
    good = GOOD_LETTER if where == "letter" else GOOD_DOCUMENT
    key = draw(st.sampled_from(sorted(keys or good)))
    return plan, where, i, key, good[key]


@st.composite
def one_good_quality(
    draw: st.DrawFn, *, keys: list[str] | None = None, kinds: frozenset[str] | None = None
) -> tuple[Plan, Plan]:
    """A plan, and the same plan with one quality of one document or letter set to its
    satisfying value."""
    plan, where, i, key, value = draw(one_quality(keys=keys, kinds=kinds))
    return plan, (_set(plan, where, i, key, value) if where else plan)


@st.composite
def one_quality_taken_away(
    draw: st.DrawFn, *, keys: list[str] | None = None, kinds: frozenset[str] | None = None
) -> tuple[Plan, Plan]:
    """A plan with one quality of one document or letter at its satisfying value, and the
    same plan with that quality taken away (not stated: the field's default)."""
    plan, where, i, key, value = draw(one_quality(keys=keys, kinds=kinds))
    if not where:
        return plan, plan
    cls = Authorisation if where == "letter" else Document
    good = _set(plan, where, i, key, value)
    return good, _set(good, where, i, key, attrs.fields_dict(cls)[key].default)


def adding_never_adds_an_error(pair: tuple[Plan, Plan], reading: str) -> None:
    before, after = pair
    assert _errors(check(after, interpretation=reading)) <= _errors(
        check(before, interpretation=reading)
    )


def taking_away_never_removes_an_error(pair: tuple[Plan, Plan], reading: str) -> None:
    good, unstated = pair
    assert _errors(check(unstated, interpretation=reading)) >= _errors(
        check(good, interpretation=reading)
    )


@pytest.mark.no_cover
@SETTINGS
@given(one_good_quality(), st.sampled_from(["brief", "official"]))
def test_a_satisfying_quality_never_adds_an_error(pair: tuple[Plan, Plan], reading: str) -> None:
    adding_never_adds_an_error(pair, reading)


@pytest.mark.no_cover
@SETTINGS
@given(one_quality_taken_away(), st.sampled_from(["brief", "official"]))
def test_taking_a_satisfying_quality_away_never_removes_an_error(
    pair: tuple[Plan, Plan], reading: str
) -> None:
    taking_away_never_removes_an_error(pair, reading)


def _key(f: Finding) -> tuple[str, str, FindingSeverity, str]:
    # a finding that differs only in its confidence mark is the same answer (left41)
    return (f.code, f.path, f.severity, engine._verdict(f.message))


READINGS = default_rulebook().interpretations


@pytest.mark.no_cover
@SETTINGS
@given(qualified_plans())
def test_other_readings_agree_with_checking_under_each_reading(plan: Plan) -> None:
    other_readings_agree(plan)


def other_readings_agree(plan: Plan) -> None:
    """Each finding's ``other_readings`` names exactly the readings that lack it, and each
    finding only another reading gives is noted."""
    reports = {name: check(plan, interpretation=name) for name in READINGS}
    own = {
        name: {_key(f) for f in r.findings if f.code != "other-reading-finding"}
        for name, r in reports.items()
    }
    for name, report in reports.items():
        notes = [
            (f.path, f.other_readings, engine._verdict(f.message))
            for f in report.findings
            if f.code == "other-reading-finding"
        ]
        for f in report.findings:
            if f.code == "other-reading-finding":
                continue
            differs = {other for other in READINGS if other != name and _key(f) not in own[other]}
            assert set(f.other_readings) == differs, (name, f)
        others = [other for other in READINGS if other != name]
        # one note per finding only other readings give, naming each of them (rules41)
        only = set().union(*(own[other] for other in others)) - own[name]
        assert len(notes) == len(only), (name, notes)
        for key in only:
            code, path, severity, message = key
            names = tuple(other for other in others if key in own[other])
            said = " and ".join(names) if len(names) < 3 else "unexpected"
            plural = "s" if len(names) > 1 else ""
            text = f"under the {said} interpretation{plural}: {severity.value} {code}: {message}"
            assert (path, names, text) in notes, (name, names, key)


# ------------------------------------------------------------------ the properties can fail

#: The certificates whose colour R19 and R27 look at.
CERTIFICATES = frozenset(
    default_rulebook()
    .as_of("2026-11-23")
    .evidence_rules["certificate_colour_or_sealed_copy"]
    .documents
)


def _finds_a_counterexample(config: pytest.Config, prop: Any, *strategies: Any) -> bool:
    """Whether ``prop`` fails on some drawn example: within the budget the property tests run
    on under this profile (:data:`~_hypothesis_profiles.REPEATABLE_CAP` by default), 100
    under a profile without a cap (``thorough``)."""

    @settings(
        max_examples=CAPS.get(profile_name(config)) or 100,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.tuples(*strategies))
    def run(args: tuple[Any, ...]) -> None:
        prop(*args)

    try:
        run()
    except AssertionError:
        return True
    return False


def _colour_is_an_error(doc: Document, _registrant: object = None) -> list[tuple[str, str]]:
    """A broken R19 test: a colour certificate is refused, an unstated colour is not asked."""
    return [("document-copy-not-accepted", "colour")] if doc.colour else []


@pytest.mark.no_cover
def test_the_quality_properties_fail_on_a_broken_rule(
    monkeypatch: pytest.MonkeyPatch, pytestconfig: pytest.Config
) -> None:
    monkeypatch.setattr(evidence, "colour_or_sealed_copy", _colour_is_an_error)
    colour = {"keys": ["colour"], "kinds": CERTIFICATES}
    reading = st.just("brief")
    assert _finds_a_counterexample(
        pytestconfig, adding_never_adds_an_error, one_good_quality(**colour), reading
    )
    assert _finds_a_counterexample(
        pytestconfig, taking_away_never_removes_an_error, one_quality_taken_away(**colour), reading
    )


def test_the_readings_property_fails_when_readings_are_not_disclosed(
    monkeypatch: pytest.MonkeyPatch, pytestconfig: pytest.Config
) -> None:
    monkeypatch.setattr(engine, "other_readings", lambda ctx, checker, found: found)
    assert _finds_a_counterexample(pytestconfig, other_readings_agree, qualified_plans())


# ------------------------------------------------------------------ one right per complaint (R8)


@SETTINGS
@given(plans(), st.data())
def test_naming_a_second_right_adds_exactly_the_several_rights_error(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    """Naming a second right beside a complaint's right adds one ``complaint-several-rights``
    error at that complaint's ``right``, removes only the second right's ``right-unused``, and
    changes nothing else: the other checks still look at the first right."""
    ids = [r["id"] for r in data["rights"]]
    singles = [i for i, c in enumerate(data["complaints"]) if isinstance(c["right"], str)]
    if len(ids) < 2 or not singles:
        return
    i = draw.draw(st.sampled_from(singles))
    first = data["complaints"][i]["right"]
    second = draw.draw(st.sampled_from([r for r in ids if r != first]))
    before = plan_from_data(data)
    after = attrs.evolve(
        before,
        complaints=tuple(
            attrs.evolve(c, right=(first, second)) if j == i else c
            for j, c in enumerate(before.complaints)
        ),
    )
    old = [_key(f) for f in iter_findings(before)]
    new = [_key(f) for f in iter_findings(after)]
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    assert [(code, path) for code, path, _, _ in added] == [
        ("complaint-several-rights", f"$.complaints[{i}].right")
    ]
    assert added[0][2] is FindingSeverity.ERROR
    assert all(code == "right-unused" for code, *_ in removed), removed
    assert len(removed) == (second not in {r for c in before.complaints for r in c.rights})


_OFFICE = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=0, max_size=3)
_DIGITS = st.text(alphabet="0123456789", min_size=5, max_size=12)


@given(
    office=_OFFICE,
    digits=_DIGITS,
    sep=st.sampled_from(["", " ", ",", "."]),
    label=st.sampled_from(
        [
            "No. ",
            "NO.",
            "Reg. No.: ",
            "Registration Number ",
            "# ",
            "注册号：",
            "第",
            # review 7, F12: the usual forms without the dot or the colon
            "Reg. No ",
            "Registration No ",
            "No ",
            "no ",
            "No",
            "U.S. Reg. No. ",
            "US Reg No ",
            "Serial No. ",
            "注册证号：",
            "商标注册证第",
            "Reg ",
            "TM ",
            "Trademark Registration No. ",
            "Registered Trademark ",
        ]
    ),
)
@settings(max_examples=200, deadline=None)
def test_a_label_is_found_and_a_number_as_printed_is_not(
    office: str, digits: str, sep: str, label: str
) -> None:
    """R22: the number field holds the number alone. A number as offices print it (their
    letters, digit groups) is never flagged; the same number with a label always is."""
    from ipprules.checks.model import IprType, Right

    printed = office + sep.join([digits[:3], digits[3:]]) if sep else office + digits
    right = Right(id="r", ipr_type=IprType.TRADEMARK, place="CN", number=printed)
    assert not evidence.labelled_number(right)
    suffix = "号" if label.endswith("第") else ""
    labelled = attrs.evolve(right, number=label + printed + suffix)
    assert evidence.labelled_number(labelled)


@given(
    country=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2).filter(
        lambda c: c != "TM"
    ),
    digits=_DIGITS,
    sep=st.sampled_from(["", " ", ",", "."]),
)
@settings(max_examples=200, deadline=None)
def test_a_country_code_before_the_number_is_no_label(country: str, digits: str, sep: str) -> None:
    """R22: a number typed after its country's code and a space ("US 5,812,345", "NO 301234",
    Norway's code: not the label "No") is the number as printed. "TM" is the exception: before
    a space it reads as the trademark label ("TM 31234567"), not as Turkmenistan's code."""
    from ipprules.checks.model import IprType, Right

    printed = sep.join([digits[:3], digits[3:]]) if sep else digits
    right = Right(id="r", ipr_type=IprType.TRADEMARK, place="CN", number=f"{country} {printed}")
    assert not evidence.labelled_number(right)


def test_numbers_of_other_types_are_not_read_as_labelled() -> None:
    """R22 is the rule of the trademark fields (S5): a court case number ("(2021)浙0106民初
    1234号") or a software copyright certificate number ("软著登字第1234567号") holds 第...号
    as printed, and no warning is given on them."""
    import tomllib
    from pathlib import Path

    data = tomllib.loads(
        (Path(__file__).parents[2] / "examples" / "plan.toml").read_text(encoding="utf-8")
    )
    for right in data["rights"]:
        right["number"] = "第31234567号"
    labelled = {
        r["id"]
        for f in check(plan_from_data(data)).findings
        if f.code == "right-number-labelled"
        for r in data["rights"]
        if f.path == f"$.rights[{data['rights'].index(r)}].number"
    }
    types = {r["id"]: r["ipr_type"] for r in data["rights"]}
    assert labelled and all(types[r] == "trademark" for r in labelled)
    assert {r for r, t in types.items() if t == "trademark"} == labelled
