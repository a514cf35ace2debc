"""The engines that read a plan read it alike: its ``as_of`` and its ``interpretation`` are
the defaults of ``check``, ``coverage`` and ``plan_listings``; an argument wins over them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import Plan
from ipprules.errors import IpprulesError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PORTFOLIO = ipprules.read_plan(EXAMPLES / "portfolio.toml")
INTERPRETATIONS = ipprules.default_rulebook().interpretations
URLS = ["https://item.taobao.com/item.htm?id=606832683299"]

ENGINES: dict[str, Callable[..., Any]] = {
    "check": lambda plan, **kw: ipprules.check(plan, **kw),
    "coverage": lambda plan, **kw: ipprules.coverage(plan, **kw),
    "plan_listings": lambda plan, **kw: ipprules.plan_listings(URLS, plan, **kw),
}


@settings(max_examples=12, deadline=None)
@given(
    engine=st.sampled_from(sorted(ENGINES)),
    plans=st.sampled_from(INTERPRETATIONS),
    asked=st.one_of(st.none(), st.sampled_from(INTERPRETATIONS)),
)
def test_the_plans_interpretation_is_the_default(
    engine: str, plans: str, asked: str | None
) -> None:
    plan: Plan = attrs.evolve(PORTFOLIO, as_of=dt.date(2026, 11, 23), interpretation=plans)
    result = ENGINES[engine](plan, interpretation=asked)
    assert result.interpretation == (asked or plans)
    assert result.as_of == dt.date(2026, 11, 23)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_without_either_the_books_default_reading_is_used(engine: str) -> None:
    plan = attrs.evolve(PORTFOLIO, as_of="2026-11-23", interpretation=None)
    assert ENGINES[engine](plan).interpretation == "brief"


@pytest.mark.parametrize("engine", sorted(ENGINES))
@pytest.mark.parametrize("name", ["", "Official", "brief_at_least_100"])
def test_a_name_that_is_no_interpretation_is_refused_alike(engine: str, name: str) -> None:
    plan = attrs.evolve(PORTFOLIO, as_of="2026-11-23")
    with pytest.raises(IpprulesError, match="interpretation"):
        ENGINES[engine](plan, interpretation=name)


_PLAN = attrs.evolve(PORTFOLIO, as_of=None)
_HISTORY = ipprules.History.from_rows([])

# every engine taking an as-of date, called with it
AS_OF: dict[str, Callable[[Any], Any]] = {
    "RuleBook.as_of": lambda day: ipprules.default_rulebook().as_of(day),
    "check": lambda day: ipprules.check(_PLAN, as_of=day),
    "coverage": lambda day: ipprules.coverage(_PLAN, as_of=day),
    "plan_listings": lambda day: ipprules.plan_listings(URLS, _PLAN, as_of=day),
    "advise": lambda day: ipprules.advise("trademark", "taobao", as_of=day),
    "standing": lambda day: ipprules.standing(_HISTORY, day),
    "what_if": lambda day: ipprules.what_if(_HISTORY, [], day).after,
    "penalty_standing": lambda day: ipprules.penalty_standing((), "aliexpress", day),
}


@settings(max_examples=12, deadline=None)
@given(
    engine=st.sampled_from(sorted(AS_OF)),
    day=st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 11, 23)),
    hour=st.integers(0, 23),
    offset=st.integers(-12, 14),
)
def test_every_as_of_reads_a_date_a_datetime_and_a_string_alike(
    engine: str, day: dt.date, hour: int, offset: int
) -> None:
    """A ``datetime`` (naive or aware) gives its own calendar date, as a ``YYYY-MM-DD``
    string and a ``date`` do: the same answer from every engine."""
    zone = dt.timezone(dt.timedelta(hours=offset))
    for value in (
        day.isoformat(),
        dt.datetime.combine(day, dt.time(hour)),
        dt.datetime.combine(day, dt.time(hour), tzinfo=zone),
    ):
        assert AS_OF[engine](value).as_of == day


@pytest.mark.parametrize("engine", sorted(AS_OF))
@pytest.mark.parametrize("value", [20240102, 2024.0, b"2024-01-02", ["2024-01-02"]])
def test_an_as_of_of_the_wrong_type_is_the_same_type_error(engine: str, value: object) -> None:
    with pytest.raises(TypeError, match=r"must be a datetime\.date or a 'YYYY-MM-DD' string"):
        AS_OF[engine](value)


@pytest.mark.parametrize("engine", sorted(AS_OF))
@pytest.mark.parametrize("value", ["2024-1-2", "2024-01-02T10:00", "02/01/2024", ""])
def test_an_as_of_that_is_no_date_is_the_same_input_error(engine: str, value: str) -> None:
    what = "day" if engine == "RuleBook.as_of" else "as-of date"  # its parameter is ``day``
    with pytest.raises(
        ipprules.InputError, match=rf"expected a date \(YYYY-MM-DD\) for the {what},"
    ):
        AS_OF[engine](value)


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2990, 1, 1)),
    amount=st.integers(0, 400),
    unit=st.sampled_from(["business_days", "working_days", "calendar_days", "hours"]),
    hour=st.integers(0, 23),
)
def test_due_date_reads_its_start_alike_in_every_unit(
    day: dt.date, amount: int, unit: str, hour: int
) -> None:
    """``due_date`` took an ISO string for business days only (a bare ``TypeError`` from
    ``str + timedelta`` in calendar days and hours) and gave a ``datetime`` back for a
    ``datetime`` start in those units."""
    from ipprules.lifecycle import due_date

    expected = due_date(day, amount, unit)
    for start in (day.isoformat(), dt.datetime.combine(day, dt.time(hour))):
        got = due_date(start, amount, unit)
        assert type(got) is dt.date and got == expected
