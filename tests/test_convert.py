"""The strict converter: no silent repairs, every problem located, only our own errors."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import InputError
from ipprules._convert import structure, unstructure
from ipprules.rulebook.loader import RuleBookOverride
from ipprules.rulebook.model import Answer, Threshold


@attrs.frozen
class Item:
    name: str
    count: int
    share: Fraction
    on: dt.date
    tags: tuple[str, ...] = ()
    known: Answer = Answer.YES
    extra: dict[str, int] = attrs.field(factory=dict)


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        (
            {"name": 3, "count": 1, "share": "0.5", "on": "2020-01-01"},
            "$.name",
            "expected a string",
        ),
        (
            {"name": "a", "count": True, "share": "0.5", "on": "2020-01-01"},
            "$.count",
            "expected an integer",
        ),
        (
            {"name": "a", "count": "1", "share": "0.5", "on": "2020-01-01"},
            "$.count",
            "expected an integer",
        ),
        ({"name": "a", "count": 1, "share": 0.5, "on": "2020-01-01"}, "$.share", "exact number"),
        ({"name": "a", "count": 1, "share": "0.5", "on": "2020-1-1"}, "$.on", "expected a date"),
        (
            {"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", "tags": "CN"},
            "$.tags",
            "expected a list",
        ),
        (
            {"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", "tags": ["a", 2]},
            "$.tags[1]",
            "expected a string",
        ),
        (
            {"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", "known": "maybe"},
            "$.known",
            "expected one of",
        ),
        (
            {"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", "extra": {"x": "1"}},
            "$.extra",
            "expected an integer",
        ),
        ({"count": 1, "share": "0.5", "on": "2020-01-01"}, "$.name", "required value is missing"),
        (
            {"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", "colour": 1},
            "$",
            "unknown key 'colour'",
        ),
        ([1, 2], "$", "invalid value"),
    ],
)
def test_no_silent_repairs(data, path, message):
    with pytest.raises(InputError) as info:
        structure(data, Item)
    assert any(p.path == path and message in p.message for p in info.value.problems), info.value


def test_every_problem_is_reported_at_once():
    with pytest.raises(InputError) as info:
        structure({"name": 1, "count": "x", "share": "y", "on": 5, "zzz": 1}, Item)
    assert {p.path for p in info.value.problems} == {"$.name", "$.count", "$.share", "$.on", "$"}


def test_exact_numbers_round_trip():
    t = structure({"value": "0.015", "comparison": "<="}, Threshold)
    assert t.value == Fraction(3, 200)
    assert unstructure(t) == {"value": "0.015", "comparison": "<="}
    assert unstructure(structure({"value": "1/3", "comparison": ">"}, Threshold))["value"] == "1/3"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_junk_only_ever_raises_input_error(value):
    for cls in (Item, RuleBookOverride):
        problems = None
        try:
            structure(value, cls)
        except InputError as exc:
            problems = exc.problems
        if problems is not None:
            assert problems
            assert all(p.path.startswith("$") for p in problems)
