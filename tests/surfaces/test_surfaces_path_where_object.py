"""A notebook's first try passes a file's path where the library wants the object read from
it: ``check("plan.toml")``, ``check(plan, rulebook="acme.toml")``. The TypeError named the type
wanted and the type given, not how to get one from a file: it now names the function."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import ipprules
from ipprules.goodfaith import History

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PLAN = ipprules.read_plan(EXAMPLES / "plan.toml")
DAY = "2026-11-23"

#: The doors that take a plan, by name: a call with ``value`` as the plan.
PLAN_DOORS: dict[str, Callable[[Any], object]] = {
    "check": lambda v: ipprules.check(v, as_of=DAY),
    "validate": lambda v: ipprules.validate(v, as_of=DAY),
    "is_valid": lambda v: ipprules.is_valid(v, as_of=DAY),
    "iter_findings": lambda v: list(ipprules.iter_findings(v, as_of=DAY)),
    "coverage": lambda v: ipprules.coverage(v, as_of=DAY),
    "plan_listings": lambda v: ipprules.plan_listings([], v, as_of=DAY),
}

#: The doors that take a rule book, by name: a call with ``value`` as the rule book.
BOOK_DOORS: dict[str, Callable[[Any], object]] = {
    "check": lambda v: ipprules.check(PLAN, as_of=DAY, rulebook=v),
    "coverage": lambda v: ipprules.coverage(PLAN, as_of=DAY, rulebook=v),
    "advise": lambda v: ipprules.advise("trademark", "taobao", as_of=DAY, rulebook=v),
    "standing": lambda v: ipprules.standing(History.from_records([]), DAY, rulebook=v),
    "penalty_standing": lambda v: ipprules.penalty_standing([], "aliexpress", DAY, v),
    "deadline_for": lambda v: ipprules.deadline_for("ipr_verification", DAY, v),
    "lifecycle_report": lambda v: ipprules.lifecycle_report([], v),
    "plan_listings": lambda v: ipprules.plan_listings([], PLAN, as_of=DAY, rulebook=v),
}

PATHS = st.one_of(
    st.sampled_from(["plan.toml", "examples/plan.toml", ""]),
    st.text(max_size=20).map(Path),
    st.text(max_size=20),
)


@given(door=st.sampled_from(sorted(PLAN_DOORS)), value=PATHS)
@example(door="check", value="plan.toml")
def test_a_path_where_a_plan_belongs_names_read_plan(door: str, value: object) -> None:
    with pytest.raises(TypeError, match=r"read a plan file with ipprules\.read_plan\(path\)"):
        PLAN_DOORS[door](value)


@pytest.mark.parametrize("door", sorted(PLAN_DOORS))
def test_plain_data_where_a_plan_belongs_names_plan_from_data(door: str) -> None:
    with pytest.raises(TypeError, match=r"ipprules\.checks\.plan_from_data\(data\)"):
        PLAN_DOORS[door]({"account": {"name": "Acme"}})


@given(door=st.sampled_from(sorted(BOOK_DOORS)), value=PATHS)
@example(door="check", value="acme-rules.toml")
def test_a_path_where_a_rule_book_belongs_names_load_rulebook(door: str, value: object) -> None:
    with pytest.raises(TypeError, match=r"ipprules\.load_rulebook\(path\)"):
        BOOK_DOORS[door](value)


@pytest.mark.parametrize("door", sorted(BOOK_DOORS))
def test_another_wrong_type_gets_no_file_hint(door: str) -> None:
    with pytest.raises(TypeError) as info:
        BOOK_DOORS[door](3)
    assert "load_rulebook" not in str(info.value)
