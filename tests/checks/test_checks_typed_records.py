"""A plan's records are type-checked once: a record found typed as it is is remembered (the
planner builds several contexts a call), and a record holding a list is never remembered."""

from __future__ import annotations

import attrs
import pytest

from ipprules.checks import check, example_plan
from ipprules.checks import context as context_module
from ipprules.checks.context import Context, typed_record
from ipprules.checks.model import Plan


def test_a_record_found_typed_is_not_walked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = example_plan()
    assert typed_record(plan, "") is plan

    def walked(*args: object) -> object:
        raise AssertionError("walked again")

    monkeypatch.setattr(context_module, "_typed_value", walked)
    assert typed_record(plan, "") is plan
    # a new plan sharing the records: only its own fields are walked, not the rights'
    with pytest.raises(AssertionError, match="walked again"):
        typed_record(attrs.evolve(plan, complaints=()), "")
    assert typed_record(plan.rights[0], "") is plan.rights[0]
    assert typed_record(plan.account, "") is plan.account


def test_lists_become_tuples_and_a_plan_holding_one_is_checked_each_time() -> None:
    plan = example_plan()
    urls = list(plan.complaints[0].listings)
    given = attrs.evolve(plan, complaints=(attrs.evolve(plan.complaints[0], listings=urls),))
    ctx = Context(given, None, None, None)
    assert type(ctx.plan.complaints[0].listings) is tuple
    assert ctx.plan.complaints[0].listings == tuple(urls)
    urls.append(3)  # the caller's list changed after the first check: seen by the second
    with pytest.raises(TypeError, match=r"complaints\[0\]\.listings"):
        Context(given, None, None, None)


def test_remembered_records_give_the_same_reports() -> None:
    plan = example_plan()
    first = check(plan)
    again = check(plan)
    fresh = check(Plan(**{f.name: getattr(plan, f.name) for f in attrs.fields(Plan)}))
    assert first == again == fresh
    assert first.findings


def test_an_id_whose_record_died_is_no_hit(monkeypatch: pytest.MonkeyPatch) -> None:
    from ipprules.errors import InputError

    plan = example_plan()
    bad = attrs.evolve(plan.account, complaints_filed=-5)  # refused by the typed walk
    gone = attrs.evolve(plan.account)
    dead = context_module.weakref.ref(gone)
    del gone
    assert dead() is None
    # the id now names another record (ids are reused): its entry is a dead reference
    monkeypatch.setitem(context_module._TYPED, id(bad), dead)
    with pytest.raises(InputError, match="complaints_filed"):
        typed_record(bad, "account")
