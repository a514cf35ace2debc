"""The planner's complaints are typed as made, so its check does not type them again (#14).

The check of a plan types every record's fields one by one
(:func:`~ipprules.checks.context.typed_record`: an enum given as its value becomes the enum,
a value of the wrong type is refused). The planner's own check skips that for the
complaints it made (``_planned_context``: about 30 µs a complaint) because it can neither
change nor refuse one. That is what is asserted here, on every complaint the planner makes
from random lines and settings: the check, made afresh (a copy the cache of typed records
has not seen), hands back the very record, with and without its listings, and raises
nothing.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account
from test_planner_properties import DAY, plan_lines

from ipprules.checks.context import typed_record
from ipprules.checks.model import ChannelId
from ipprules.planner import PlanLine, Settings, Strategy, plan_listings
from ipprules.rulebook.model import Target

chosen_settings = st.builds(
    Settings,
    strategy=st.sampled_from(Strategy),
    right=st.sampled_from([None, "tm-cn"]),
    reason=st.sampled_from([None, "tm_counterfeit"]),
    channel=st.sampled_from(ChannelId),
    supplement=st.sampled_from([None, "Our own words."]),
)


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None)
@given(plan_lines(max_size=40), chosen_settings, st.sampled_from(["brief", "official"]))
@example(  # an order number with a test-purchase reason (a Document as evidence), a storefront
    [
        PlanLine(
            1,
            "https://item.taobao.com/item.htm?id=606832683299",
            order_number="A",
            reason="tm_counterfeit_test_purchase",
            right="tm-cn",
        ),
        PlanLine(
            2,
            "https://shop600000000001.taobao.com",
            right="tm-cn",
            reason="tm_store_misuse",
            target=Target.STOREFRONT,
        ),
    ],
    Settings(supplement="Our own words."),
    "brief",
)
def test_every_planned_complaint_is_typed_as_made(lines, chosen, interp) -> None:
    result = plan_listings(lines, make_account(), as_of=DAY, settings=chosen, interpretation=interp)
    for i, complaint in enumerate(result.plan.complaints):
        for record in (complaint, attrs.evolve(complaint, listings=())):
            again = attrs.evolve(record)  # a new object: not in the cache of typed records
            assert typed_record(again, f"complaints[{i}]") is again
