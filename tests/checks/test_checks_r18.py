"""R18 over random plans: a renewed, assigned or changed right of any type needs the document of
that change, and holding it makes the fact cost nothing."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.checks import iter_findings, plan_from_data
from ipprules.checks.model import Document, Plan

from .test_checks_properties import INTERPRETATIONS, SETTINGS, plans

#: Each fact of R18 and the document of that change.
CHANGES = {
    "renewed": "renewal_certificate",
    "assigned": "assignment_certificate",
    "changed": "change_certificate",
}
#: The document held with every quality its rules ask (colour for R19/R27, a language for R14).
GOOD = {"colour": True, "language": "en", "original": True}


def _findings(plan: Plan, interpretation: str | None) -> set[tuple[str, str, str]]:
    return {(f.code, f.path, f.message) for f in iter_findings(plan, interpretation=interpretation)}


def _with(plan: Plan, i: int, fact: str, value: bool, held: bool) -> Plan:
    kind = CHANGES[fact]
    right = plan.rights[i]
    docs = tuple(d for d in right.documents if d.kind != kind)
    if held:
        docs += (Document(kind=kind, **GOOD),)
    rights = list(plan.rights)
    rights[i] = attrs.evolve(right, documents=docs, **{fact: value})
    return attrs.evolve(plan, rights=tuple(rights))


@pytest.mark.no_cover
@SETTINGS
@given(plans(), INTERPRETATIONS, st.sampled_from(sorted(CHANGES)), st.data())
def test_r18_for_every_type(
    data: dict[str, Any], interpretation: str | None, fact: str, draw: st.DataObject
) -> None:
    plan = plan_from_data(data)
    i = draw.draw(st.integers(0, len(plan.rights) - 1))
    right, kind = plan.rights[i], CHANGES[fact]
    base = _with(plan, i, fact, False, held=False)
    flagged = _with(plan, i, fact, True, held=False)
    # stated without its document: exactly the missing-document errors are added
    added = _findings(flagged, interpretation) - _findings(base, interpretation)
    removed = _findings(base, interpretation) - _findings(flagged, interpretation)
    assert removed == set()
    assert {code for code, _, _ in added} <= {"right-document-missing"}
    assert all(f"lacks {kind}" in message for _, _, message in added)
    # one per complaint relying on the right on a platform in force on its filing day
    book = default_rulebook()
    relying = set()
    for j, c in enumerate(plan.complaints):
        day = c.filing_date or plan.as_of
        in_force = day is not None and c.platform in book.as_of(day, interpretation).platforms
        if c.right == right.id and in_force:
            relying.add(f"$.complaints[{j}].right")
    assert {path for _, path, _ in added} == relying
    event(f"complaints relying on the right: {min(len(relying), 2)}")
    # holding the document makes the fact cost nothing, whatever the type
    held_base = _with(plan, i, fact, False, held=True)
    held_flagged = _with(plan, i, fact, True, held=True)
    assert _findings(held_flagged, interpretation) == _findings(held_base, interpretation)
