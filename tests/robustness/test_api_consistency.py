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
