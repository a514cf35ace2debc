"""``cells_on`` builds a right's cells on a platform when one of them is first looked up (the
planner asks for a few); whatever the order of the lookups, each cell is the one built with
every other, and the mapping has exactly the cells of building them all."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_coverage_properties import DAY, FAST, portfolios

from ipprules import default_rulebook
from ipprules.coverage.cells import Evaluator
from ipprules.coverage.engine import _all_cells, cells_on

INTERPRETATIONS = ("brief", "official", "brief-at-least-100")


def _eager(plan, interpretation):
    plain = attrs.evolve(plan, complaints=())
    ev = Evaluator(plain, DAY, default_rulebook(), interpretation)
    return {c.key: c for c in _all_cells(ev, plain, list(ev.rules.platforms))}


@pytest.mark.no_cover
@FAST
@given(portfolios(), st.sampled_from(INTERPRETATIONS), st.randoms(use_true_random=False))
def test_lookups_in_any_order_give_the_cells_of_building_them_all(plan, name, rnd):
    eager = _eager(plan, name)
    lazy = cells_on(plan, DAY, default_rulebook(), name)
    assert bool(lazy) == bool(eager)
    keys = [*eager, ("no-such-right", "taobao", "listing"), (plan.rights[0].id, "x", "y")]
    rnd.shuffle(keys)
    for key in keys:
        assert lazy.get(key) == eager.get(key)
    assert dict(lazy) == eager
    assert len(lazy) == len(eager)


def test_a_plan_without_rights_has_no_cell():
    plan = attrs.evolve(_one_plan(), rights=())
    lazy = cells_on(plan, DAY, default_rulebook())
    assert not lazy
    assert dict(lazy) == {} and len(lazy) == 0


def _one_plan():
    from ipprules.checks import example_plan

    return example_plan()
