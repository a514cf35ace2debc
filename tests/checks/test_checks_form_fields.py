"""Hypothesis over the trademark form's fields (B7, R20-R23, R26, D9).

* Each B7 field a registered trademark leaves out is one ``right-field-missing`` warning at
  its path, and nothing else changes: no error, so a plan stays valid (the planner needs
  complaints with zero errors, not zero warnings).
* A class is an error exactly when it is outside the Nice Classification's 1-45.
* A registration number with the class typed into it is a warning, the number as printed is
  not.
* A Notice of Acceptance held without the certificate is told it supports no takedown.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.checks import check, evidence
from ipprules.checks.findings import FindingSeverity
from ipprules.checks.model import (
    Account,
    Complaint,
    Document,
    Identity,
    IprType,
    Location,
    MarkKind,
    Plan,
    Right,
    RightStatus,
)

DAY = dt.date(2026, 11, 23)
FIELDS = ("name", "number", "registrant", "classes")

RIGHT = Right(
    id="tm",
    ipr_type=IprType.TRADEMARK,
    place="CN",
    name="ACME",
    number="31234567",
    classes=(9,),
    registrant="Acme",
    expiry_date=dt.date(2035, 1, 1),
    documents=(Document(kind="trademark_certificate", colour=True, language="zh"),),
)
PLAN = Plan(
    account=Account(
        name="Acme",
        location=Location.ELSEWHERE,
        identity=Identity.ENTERPRISE,
        incorporated="SG",
        documents=(Document(kind="business_registration", name="Acme", language="en"),),
        complaints_filed=500,
    ),
    rights=(RIGHT,),
    complaints=(
        Complaint(
            id="c1",
            platform="taobao",
            right="tm",
            reason="tm_counterfeit",
            supplement="Fake.",
            listings=("https://item.taobao.com/item.htm?id=606832683299",),
        ),
    ),
    as_of=DAY,
)
EMPTY = {"name": "", "number": "", "registrant": "", "classes": ()}
BLANK = {"name": " ", "number": "\t", "registrant": "  ", "classes": ()}


def _with(right: Right) -> Plan:
    return attrs.evolve(PLAN, rights=(right,))


def _paths(plan: Plan, code: str) -> set[str]:
    return {f.path for f in check(plan).findings if f.code == code}


def test_the_base_plan_is_clean() -> None:
    assert check(PLAN).findings == ()


@given(
    left_out=st.sets(st.sampled_from(FIELDS)),
    blank=st.booleans(),
    mark=st.sampled_from([None, *MarkKind]),
)
@settings(max_examples=60, deadline=None)
def test_each_field_left_out_is_one_warning_at_its_path(
    left_out: set[str], blank: bool, mark: MarkKind | None
) -> None:
    values = BLANK if blank else EMPTY
    right = attrs.evolve(RIGHT, mark=mark, **{k: values[k] for k in left_out})
    report = check(_with(right))
    found = [f for f in report.findings if f.code == "right-field-missing"]
    # a stated kind of mark without a name is right-name-missing (R21), not asked twice
    asked = {k for k in left_out if not (k == "name" and mark is not None)}
    assert sorted(f.path for f in found) == sorted(f"$.rights[0].{k}" for k in asked)
    assert all(f.severity is FindingSeverity.WARNING and "B7" in f.rule_ids for f in found)
    assert report.ok, [f.code for f in report.findings if f.severity is FindingSeverity.ERROR]
    cited = {f.path.rsplit(".", 1)[1]: set(f.rule_ids) for f in found}
    for key, rule in (("number", "R22"), ("registrant", "R23"), ("classes", "R20")):
        if key in cited:
            assert rule in cited[key], (key, cited[key])


@given(
    left_out=st.sets(st.sampled_from(FIELDS), min_size=1),
    status=st.sampled_from([RightStatus.PENDING, RightStatus.UNREGISTERED]),
)
@settings(max_examples=20, deadline=None)
def test_an_application_is_not_asked_for_the_form(left_out: set[str], status: RightStatus) -> None:
    """B7: a pending application cannot be uploaded at all; that is its finding."""
    right = attrs.evolve(RIGHT, status=status, **{k: EMPTY[k] for k in left_out})
    assert _paths(_with(right), "right-field-missing") == set()


@given(classes=st.lists(st.integers(min_value=0, max_value=200), min_size=1, max_size=4))
@settings(max_examples=80, deadline=None)
def test_a_class_is_an_error_exactly_outside_1_to_45(classes: list[int]) -> None:
    """A class from 0 (a plan file's lowest whole number; below is malformed input, refused) up."""
    right = attrs.evolve(RIGHT, classes=tuple(classes))
    report = check(_with(right))
    found = [f for f in report.findings if f.code == "right-class-invalid"]
    wrong = {f"$.rights[0].classes[{i}]" for i, c in enumerate(classes) if not 1 <= c <= 45}
    assert {f.path for f in found} == wrong
    assert all(f.severity is FindingSeverity.ERROR for f in found)


_NUMBER = st.one_of(
    st.from_regex(r"[1-9][0-9]{6,8}", fullmatch=True),
    st.from_regex(r"(UK0000|EU0|TMA|G)[0-9]{6,7}", fullmatch=True),
    st.from_regex(r"[0-9]{3},[0-9]{3}", fullmatch=True),
)


@given(
    number=_NUMBER,
    cls=st.integers(min_value=1, max_value=45),
    form=st.sampled_from(
        [
            " class {c}",
            " Class {c}",
            " (Cl. {c})",
            ", classes {c}",
            " CLASS: {c}",
            " Klasse {c}",
            " classe {c}",
            " clase {c}",
            " Nice {c}",
            " 第{c}类",
            "（第{c}类）",
            "/{c}类",
            " 第{c}類",
        ]
    ),
)
@settings(max_examples=200, deadline=None)
def test_a_class_typed_into_the_number_is_found_and_the_number_alone_is_not(
    number: str, cls: int, form: str
) -> None:
    """R22: the number field holds only the number printed; the class has its own field."""
    right = attrs.evolve(RIGHT, number=number)
    assert not evidence.classed_number(right)
    classed = attrs.evolve(right, number=number + form.format(c=cls))
    assert evidence.classed_number(classed)
    assert _paths(_with(classed), "right-number-class") == {"$.rights[0].number"}


@given(
    kinds=st.lists(
        st.sampled_from(
            ["trademark_acceptance_notice", "trademark_certificate", "renewal_certificate"]
        ),
        unique=True,
    )
)
@settings(max_examples=30, deadline=None)
def test_a_notice_of_acceptance_without_the_certificate_supports_no_takedown(
    kinds: list[str],
) -> None:
    right = attrs.evolve(RIGHT, documents=tuple(kinds))
    found = [f for f in check(_with(right)).findings if f.code == "right-acceptance-notice"]
    alone = "trademark_acceptance_notice" in kinds and "trademark_certificate" not in kinds
    assert len(found) == int(alone)
    for f in found:
        assert f.path == f"$.rights[0].documents[{kinds.index('trademark_acceptance_notice')}]"
        assert {"R26", "D9"} <= set(f.rule_ids)
        assert "does not support a takedown" in f.message


#: Registration numbers as their offices print them, by place: none is a number "with its
#: digits split" or "holding the class" (US, EU, WIPO/Madrid, HK, TW, UK, CA; CN digits).
_PRINTED = st.one_of(
    st.tuples(
        st.just("US"), st.from_regex(r"[1-7][0-9]{6}|[1-7],[0-9]{3},[0-9]{3}", fullmatch=True)
    ),
    st.tuples(st.just("EU"), st.from_regex(r"0[0-9]{8}", fullmatch=True)),
    st.tuples(st.just("WO"), st.from_regex(r"[0-9]{6,7}", fullmatch=True)),
    st.tuples(st.just("HK"), st.from_regex(r"30[0-9]{7}", fullmatch=True)),
    st.tuples(st.just("TW"), st.from_regex(r"0[0-9]{7}", fullmatch=True)),
    st.tuples(st.just("GB"), st.from_regex(r"UK0000[0-9]{7}", fullmatch=True)),
    st.tuples(st.just("CA"), st.from_regex(r"TMA[0-9]{3},[0-9]{3}", fullmatch=True)),
    st.tuples(st.just("CN"), st.from_regex(r"[1-9][0-9]{6,7}|G[0-9]{6,7}", fullmatch=True)),
)


@given(printed=_PRINTED, cls=st.integers(min_value=1, max_value=45))
@settings(max_examples=150, deadline=None)
def test_numbers_as_their_offices_print_them_are_not_flagged(
    printed: tuple[str, str], cls: int
) -> None:
    """R22 never turns a valid number into a finding: US 1234567 and 5,812,345, EU 018123456,
    WIPO 1234567, HK 302345678, TW 01234567, UK00003123456, TMA123,456, CN 31234567."""
    place, number = printed
    right = attrs.evolve(RIGHT, place=place, number=number, classes=(cls,))
    assert not evidence.separated_number(right) and not evidence.classed_number(right)
    codes = {f.code for f in check(_with(right)).findings}
    assert not codes & {"right-number-separated", "right-number-class", "right-number-labelled"}


@given(
    digits=st.from_regex(r"[1-9][0-9]{6,7}", fullmatch=True),
    cut=st.integers(min_value=1, max_value=6),
    sep=st.sampled_from([" ", "  ", ",", ".", "-", "\u3000", " - "]),
)
@settings(max_examples=150, deadline=None)
def test_a_mainland_china_number_with_its_digits_split_is_a_warning(
    digits: str, cut: int, sep: str
) -> None:
    """A CN certificate prints the number as digits alone (第31234567号): one typed with a
    space or separator inside ("3123 4567") is a warning naming the digits to enter; the same
    number on a mark of another place is left alone (its office may print groups)."""
    number = digits[:cut] + sep + digits[cut:]
    right = attrs.evolve(RIGHT, number=number)
    found = [f for f in check(_with(right)).findings if f.code == "right-number-separated"]
    assert [f.path for f in found] == ["$.rights[0].number"]
    assert found[0].severity is FindingSeverity.WARNING and f"enter {digits}" in found[0].message
    abroad = attrs.evolve(right, place="US")
    assert not [f for f in check(_with(abroad)).findings if f.code == "right-number-separated"]


@given(number=st.from_regex(r"[1-9][0-9]{6,7}", fullmatch=True), cls=st.integers(1, 45))
@settings(max_examples=100, deadline=None)
def test_a_class_after_a_slash_is_the_class_on_a_cn_mark_or_one_of_its_classes(
    number: str, cls: int
) -> None:
    """ "31234567/9": the class typed after a slash. On a mainland China mark (digits alone)
    or where it is one of the right's classes it is right-number-class; elsewhere, a group
    after a slash that is not one of its classes may be the office's, and is left alone."""
    typed = f"{number}/{cls}"
    cn = attrs.evolve(RIGHT, number=typed, classes=(cls % 45 + 1,))
    assert _paths(_with(cn), "right-number-class") == {"$.rights[0].number"}
    assert not _paths(_with(cn), "right-number-separated")
    mine = attrs.evolve(RIGHT, place="US", number=typed, classes=(cls,))
    assert _paths(_with(mine), "right-number-class") == {"$.rights[0].number"}
    other = attrs.evolve(RIGHT, place="US", number=typed, classes=(cls % 45 + 1,))
    assert not _paths(_with(other), "right-number-class")
