"""A complaint that differs from one checked before only in its id and its listings gets that
one's own findings at its own path (``ComplaintChecker`` shares them, planner11): the report
is the one each complaint checked whole gives, whatever field the others differ in."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ipprules.checks.complaints as complaints_module
from ipprules.checks import check, plan_from_data

from .test_checks_properties import INTERPRETATIONS, plans, urls

#: the fields of a complaint in ``plans()``' data a copy may take from another complaint
FIELDS = (
    "platform",
    "right",
    "reason",
    "channel",
    "target",
    "supplement",
    "evidence",
    "order_number",
    "filing_date",
    "genuine_goods",
)


@st.composite
def kin_plans(draw: st.DrawFn) -> dict[str, Any]:
    """A plan whose complaints are drawn ones, then copies of them under another id with
    other listings (as many, or another number), some with one field of another complaint's,
    or a flag set."""
    data = draw(plans())
    drawn = data["complaints"]
    if not drawn:
        return data
    out = list(drawn)
    for n in range(draw(st.integers(1, 4))):
        copy = dict(draw(st.sampled_from(drawn)), id=f"k{n}")
        if draw(st.booleans()):
            copy["listings"] = draw(st.lists(urls(), min_size=len(copy["listings"]), max_size=14))
        field = draw(st.sampled_from((None, *FIELDS)))
        if field == "genuine_goods":
            copy[field] = True
        elif field is not None:
            other = draw(st.sampled_from(drawn))
            if field in other:
                copy[field] = other[field]
            else:
                copy.pop(field, None)
        out.insert(draw(st.integers(0, len(out))), copy)
    data["complaints"] = out
    return data


KIN = {
    "as_of": "2026-11-23",
    "account": {"name": "Acme", "location": "elsewhere", "identity": "enterprise"},
    "rights": [{"id": "tm", "ipr_type": "trademark", "place": "CN"}],
    "complaints": [
        {"id": f"c{i}", "platform": "taobao", "right": "tm", "reason": reason, "listings": links}
        for i, (reason, links) in enumerate(
            [
                ("tm_counterfeit", ["https://item.taobao.com/item.htm?id=606832683299"]),
                ("cr_piracy", ["https://item.taobao.com/item.htm?id=606832683298"]),
                (
                    "tm_counterfeit",
                    [f"https://item.taobao.com/item.htm?id=6068326{n:05d}" for n in range(11)],
                ),
                ("tm_counterfeit", []),
                ("tm_counterfeit", ["https://www.goofish.com/item?id=606832683297"]),
            ]
        )
    ],
}


@pytest.mark.no_cover
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kin_plans(), INTERPRETATIONS)
@example(KIN, None)
@example(KIN, "official")
def test_shared_findings_are_each_complaints_own(
    data: dict[str, Any], interpretation: str | None
) -> None:
    plan = plan_from_data(data)
    shared = check(plan, interpretation=interpretation)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(complaints_module, "_same_checks", lambda _complaint: None)
        whole = check(plan, interpretation=interpretation)
    assert shared == whole
