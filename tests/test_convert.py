"""The strict converter: no silent repairs, every problem located, only our own errors."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from ipprules import InputError
from ipprules._convert import as_date, exact_number, structure, unstructure
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
        ([1, 2], "$", "expected a table (an object), got an array"),
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


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("count", -1, "whole number from 0 to 1,000,000,000"),
        ("count", 10**40, "an integer of 41 digits"),
        ("count", 10**9 + 1, "whole number from 0"),
        ("share", "1e-999999999", "exact number"),
        ("share", "1/0", "exact number"),
        ("share", "0." + "1" * 40, "exact number"),
        ("share", -5, "whole number from 0"),
        ("on", "9999-12-31", "outside 1900-01-01..2999-12-31"),
        ("on", "1899-12-31", "outside 1900-01-01..2999-12-31"),
        ("on", dt.date(3000, 1, 1), "outside"),
        ("on", "2022-W03-4", "expected a date (YYYY-MM-DD)"),
        ("on", "2022-013", "expected a date (YYYY-MM-DD)"),
    ],
)
def test_values_out_of_range_are_refused_with_their_path(field, value, message):
    data = {"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", field: value}
    with pytest.raises(InputError, match=re.escape(message)) as info:
        structure(data, Item)
    assert [p.path for p in info.value.problems] == [f"$.{field}"]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), 10**400])
def test_floats_must_be_finite(value):
    @attrs.frozen
    class Reading:
        value: float

    with pytest.raises(InputError, match=r"\$\.value: expected a"):
        structure({"value": value}, Reading)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_as_date_range(day):
    inside = dt.date(1900, 1, 1) <= day <= dt.date(2999, 12, 31)
    for value in (day, day.isoformat() if day.year >= 1000 else None):
        if value is None:
            continue
        if inside:
            assert as_date(value) == day
        else:
            with pytest.raises(InputError, match=r"outside 1900-01-01\.\.2999-12-31"):
                as_date(value, "as-of date")


@pytest.mark.parametrize("junk", [None, 20220101, 1.5, b"2022-01-01", ["2022-01-01"], object()])
def test_as_date_wrong_type_is_a_type_error(junk):
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date"):
        as_date(junk, "as_of")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=70))
def test_exact_number_never_hangs_nor_raises(text):
    number = exact_number(text)
    assert number is None or isinstance(number, Fraction)


def test_the_rule_book_uses_the_one_date_parser():
    from ipprules.rulebook import as_date as rulebook_as_date

    assert rulebook_as_date is as_date


_NUMBERISH = st.text(alphabet="0123456789./+- \t٣", max_size=12)


@settings(max_examples=300, deadline=None)
@given(_NUMBERISH)
def test_the_schema_pattern_accepts_exactly_what_the_reader_reads(text):
    """A file an editor validates against the shipped schema reads, and the other way round."""
    from ipprules.schemas._generate import FRACTION

    assume(not re.search(r"/0+\s*$", text))  # a zero denominator: the schema cannot see it
    pattern = re.compile(FRACTION["anyOf"][1]["pattern"], re.ASCII)
    assert (pattern.search(text) is not None) == (exact_number(text) is not None)


@pytest.mark.parametrize("text", ["0.5/2", "1./3", ".5/1", "٣"])
def test_a_decimal_over_a_denominator_is_not_a_number(text):
    assert exact_number(text) is None


_PLAN_TOML = """\
[account]
name = "Acme"
location = "elsewhere"
identity = "enterprise"

[[rights]]
id = "tm"
ipr_type = "trademark"

[[complaints]]
id = "c1"
platform = "taobao"
right = "tm"
reason = "tm_counterfeit"
supplement = "Counterfeits."
listings = ["https://item.taobao.com/item.htm?id=606832683299"]
"""


@settings(max_examples=60, deadline=None)
@given(key=st.sampled_from(["location", "ipr_type", "platform", "reason", "supplement", "right"]))
@example(key="supplement")  # 'suplement': the key was refused without a word of the one meant
@example(key="right")  # a complaint's right is read by its alias, never 'rights'
def test_a_mistyped_key_names_the_key_meant_at_its_line(tmp_path_factory, key):
    """A key typed with a letter missing names the key meant; the error stays at the line of
    the mistyped key (the hint does not hide the key from the locator)."""
    from ipprules.checks.plan import read_plan

    typo = key[:2] + key[3:]
    lines = _PLAN_TOML.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{key} = "))
    lines[at] = typo + lines[at][len(key) :]
    path = tmp_path_factory.mktemp("typo") / "plan.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_plan(path)
    problem = next(p for p in info.value.problems if p.message.startswith("unknown key"))
    assert problem.message == f"unknown key {typo!r} (did you mean {key!r}?)"
    assert problem.line == at + 1


def test_an_unknown_key_with_no_key_near_is_named_alone():
    """With no did-you-mean, the keys the table takes are listed (as the calendar reader
    lists them)."""
    with pytest.raises(InputError) as info:
        structure({"name": "a", "count": 1, "share": "0.5", "on": "2020-01-01", "zzzz": 1}, Item)
    known = ", ".join(field.name for field in attrs.fields(Item))
    assert [p.message for p in info.value.problems] == [f"unknown key 'zzzz'; known keys: {known}"]
