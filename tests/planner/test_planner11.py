"""planner11: a complaint's confidence is the mean of its lines' (the assumed value for a line
that gives none), an exact Fraction, also when no line gives one (a quick path since)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account
from test_planner_properties import DAY, plan_lines

from ipprules.planner import PlanLine, Settings, plan_listings

TB = "https://item.taobao.com/item.htm?id={}"


@settings(max_examples=30, deadline=None)
@given(
    plan_lines(max_size=30),
    st.sampled_from([0, 1]) | st.fractions(0, 1, max_denominator=20),
    st.booleans(),
)
@example([PlanLine(line=1, url=TB.format(606832683299))], 1, True)  # an int: still a Fraction
@example([PlanLine(line=1, url=TB.format(606832683299))], Fraction(1, 3), False)
def test_a_complaints_confidence_is_its_lines_mean(
    lines: list[PlanLine], assumed: Fraction | int, given_none: bool
) -> None:
    if given_none:  # no line gives a confidence
        lines = [line._replace(confidence=None) for line in lines]
    chosen = Settings(reason="tm_counterfeit", assumed_confidence=assumed)
    result = plan_listings(lines, make_account(), as_of=DAY, settings=chosen)
    given_by = {line.line: line.confidence for line in lines}
    for planned in result.complaints:
        each = [given_by[n] if given_by[n] is not None else assumed for n in planned.lines]
        assert type(planned.confidence) is Fraction
        assert planned.confidence == Fraction(sum(each, Fraction(0))) / len(each)
