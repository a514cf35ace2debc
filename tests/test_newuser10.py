"""A new user's first hour, continued (newuser10): Lazada and 1688 plans written from the docs,
the advisor, Good Faith what-if, rule views, schemas and the Python API in a notebook."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.planner import Settings

_URL = "https://item.taobao.com/item.htm?id=606832683299"


# -------------------- 1. a planner option given to plan_listings as its own keyword
# `ipprules plan --reason X` is `plan_listings(..., settings=Settings(reason=X))`; the call
# `plan_listings(..., reason=X)` got only Python's "unexpected keyword argument 'reason'".


@settings(max_examples=10, deadline=None, derandomize=True)
@given(field=st.sampled_from([a.name for a in attrs.fields(Settings)]))
def test_a_planner_setting_given_as_a_keyword_names_settings(field: str) -> None:
    plan = ipprules.read_plan("examples/planner-account.toml")
    with pytest.raises(TypeError) as caught:
        ipprules.plan_listings([_URL], plan, **{field: None})
    assert f"give it as settings=Settings({field}=...)" in str(caught.value)
    assert "from ipprules.planner import Settings" in str(caught.value)


def test_a_misspelt_keyword_of_plan_listings_names_the_one_meant() -> None:
    plan = ipprules.read_plan("examples/planner-account.toml")
    with pytest.raises(TypeError, match=r"'asof' \(did you mean 'as_of'\?\)"):
        ipprules.plan_listings([_URL], plan, asof="2026-11-23")
    with pytest.raises(TypeError, match=r"did you mean settings=Settings\(reason=\.\.\.\)"):
        ipprules.plan_listings([_URL], plan, reasn="tm_counterfeit")
    # the keywords it has still work
    result = ipprules.plan_listings(
        [_URL], plan, as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    assert result.counts()["planned"] == 1


# -------------------- 2. the rules in force as plain data and a frame
# `ipprules.default_rulebook().as_of(day)` is the first thing the README shows; it had no
# to_dict (every other result has one) and nothing for a notebook's table.


@settings(max_examples=8, deadline=None, derandomize=True)
@given(
    day=st.sampled_from(["2019-06-01", "2022-01-20", "2026-11-23"]),
    reading=st.sampled_from(ipprules.default_rulebook().interpretations),
)
def test_the_rules_in_force_are_plain_data_section_by_section(day: str, reading: str) -> None:
    import json

    from ipprules.rulebook.model import SECTIONS

    rules = ipprules.default_rulebook().as_of(day, reading, trial=frozenset({2021}))
    data = rules.to_dict()
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert (data["as_of"], data["interpretation"], data["trial"]) == (day, reading, [2021])
    for name in SECTIONS:
        assert sorted(data["sections"][name]) == sorted(rules.section(name))
    records = rules.to_records()
    assert len(records) == sum(len(rules.section(name)) for name in SECTIONS)
    assert {(r["section"], r["id"]) for r in records} == {
        (name, key) for name in SECTIONS for key in rules.section(name)
    }
