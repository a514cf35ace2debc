"""Every date field of the public input models takes a ``date``, a ``datetime`` (its date)
or an ISO ``YYYY-MM-DD`` string, converted at construction (equal objects, equal answers);
anything else is a ``TypeError`` naming the field, at construction, never an internal error
from a comparison deep inside an engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import read_plan
from ipprules.checks.model import Authorisation, Complaint, Document, Plan, Right
from ipprules.goodfaith import History, standing
from ipprules.goodfaith.model import AccountEvent, EventKind
from ipprules.goodfaith.model import Complaint as GfComplaint
from ipprules.penalties import Violation, penalty_standing
from ipprules.planner import PlanLine, Settings, plan_listings

PLAN = read_plan("examples/plan.toml")
RIGHT = PLAN.rights[0]
COMPLAINT = PLAN.complaints[0]

#: field -> a maker of a model with that date (the other arguments fixed)
MAKERS: dict[str, Callable[[Any], object]] = {
    # the right's other dates left out: any day is then in order (an expiry before the
    # registration is refused, tests/test_left4.py)
    "Right.filing_date": lambda v: attrs.evolve(RIGHT, filing_date=v, expiry_date=None),
    "Right.registration_date": lambda v: attrs.evolve(RIGHT, registration_date=v, expiry_date=None),
    "Right.expiry_date": lambda v: attrs.evolve(
        RIGHT, expiry_date=v, registration_date=None, filing_date=None
    ),
    "Document.issued": lambda v: Document(kind="registration_certificate", issued=v),
    "Document.valid_until": lambda v: Document(kind="registration_certificate", valid_until=v),
    "Authorisation.valid_from": lambda v: Authorisation(valid_from=v),
    "Authorisation.valid_until": lambda v: Authorisation(valid_until=v),
    "Complaint.filing_date": lambda v: attrs.evolve(COMPLAINT, filing_date=v),
    "Plan.as_of": lambda v: attrs.evolve(PLAN, as_of=v),
    "goodfaith.Complaint.filed": lambda v: GfComplaint(
        filed=v, platform="taobao", reason_code="tm_counterfeit", listings=3, taken_down=3
    ),
    "goodfaith.AccountEvent.date": lambda v: AccountEvent(date=v, kind=EventKind.DECLARATION),
    "penalties.Violation.on": lambda v: Violation(on=v, kind="counterfeit", points=2),
}

days = st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31))
times = st.times()


@pytest.mark.parametrize("field", sorted(MAKERS))
@settings(max_examples=30, deadline=None)
@given(day=days, time=times)
def test_a_date_a_datetime_and_its_iso_string_make_equal_objects(
    field: str, day: dt.date, time: dt.time
) -> None:
    make = MAKERS[field]
    one = make(day)
    assert make(dt.datetime.combine(day, time)) == one
    assert make(day.isoformat()) == one
    name = field.rpartition(".")[2]
    assert type(getattr(one, name)) is dt.date


@pytest.mark.parametrize("field", sorted(MAKERS))
@settings(max_examples=20, deadline=None)
@given(
    junk=st.one_of(
        st.integers(),
        st.floats(),
        st.binary(max_size=10),
        st.lists(st.integers(), max_size=2),
        st.just(dt.time(1, 2)),
    )
)
def test_junk_is_a_type_error_naming_the_field(field: str, junk: object) -> None:
    name = field.rpartition(".")[2]
    with pytest.raises(TypeError, match=f"^{name} must be a datetime.date or a 'YYYY-MM-DD'"):
        MAKERS[field](junk)


@pytest.mark.parametrize("field", sorted(MAKERS))
def test_a_string_that_is_no_date_is_an_input_error(field: str) -> None:
    with pytest.raises(ipprules.errors.InputError, match="expected a date"):
        MAKERS[field]("01/02/2024")


def _forms(day: dt.date) -> list[object]:
    return [day, dt.datetime.combine(day, dt.time(23, 59)), day.isoformat()]


@pytest.mark.no_cover
@settings(max_examples=10, deadline=None)
@given(day=st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
def test_checks_coverage_and_the_planner_answer_the_same(day: dt.date) -> None:
    """A right's dates and the plan's as_of as strings or datetimes: the same report,
    coverage and plan as with dates (before: a TypeError from a comparison inside)."""
    answers = []
    for form in _forms(day):
        right = attrs.evolve(RIGHT, registration_date="2019-05-01", expiry_date=form)
        plan = attrs.evolve(PLAN, rights=(right, *PLAN.rights[1:]), as_of=form)
        report = ipprules.check(plan)
        cov = ipprules.coverage(plan, horizon=90)
        planned = plan_listings(
            [PlanLine(1, "https://detail.tmall.com/item.htm?id=690091011924")],
            plan,
            settings=Settings(reason="tm_counterfeit", right=RIGHT.id),
        )
        answers.append(
            (
                tuple(report.findings),
                cov.summary(),
                [(o.status, o.code) for o in planned.outcomes],
            )
        )
    assert answers[0] == answers[1] == answers[2]


@settings(max_examples=10, deadline=None)
@given(day=st.dates(dt.date(2023, 1, 1), dt.date(2024, 12, 31)))
def test_good_faith_and_penalties_answer_the_same(day: dt.date) -> None:
    standings = []
    points = []
    for form in _forms(day):
        history = History.from_records(
            [
                AccountEvent(date=form, kind=EventKind.DECLARATION),
                GfComplaint(
                    filed=form, platform="taobao", reason_code="tm_counterfeit",
                    listings=10, taken_down=9, rejected=1,
                ),
            ]
        )  # fmt: skip
        standings.append(standing(history, "2025-01-31"))
        violation = Violation(on=form, kind="counterfeit", points=2)
        points.append(penalty_standing([violation], "taobao", "2025-01-31"))
    assert standings[0] == standings[1] == standings[2]
    assert points[0] == points[1] == points[2]


def test_plan_read_from_a_file_is_unchanged() -> None:
    """Files are structured as before: their dates are dates already."""
    assert isinstance(PLAN, Plan) and type(PLAN.as_of) in (dt.date, type(None))
    assert isinstance(COMPLAINT, Complaint) and isinstance(RIGHT, Right)
