"""The other readings' findings and notes, made once per complaint and form (planner6, #14),
against the reference: the per-listing comparison they replaced, kept here as it was."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings

from ipprules.checks import check, example_plan, plan_from_data
from ipprules.checks.complaints import ComplaintChecker
from ipprules.checks.context import Context, Draft
from ipprules.checks.engine import _LISTING, _key, _run, other_readings
from ipprules.checks.findings import Finding, FindingSeverity
from ipprules.checks.listings import verdict
from ipprules.listings import Form

from .test_checks_properties import INTERPRETATIONS, SETTINGS, plans


def _reference(ctx: Context, checker: ComplaintChecker, found: list[Finding]) -> list[Finding]:
    """``other_readings`` as it was: every listing's findings under each other reading made
    and compared one listing at a time (ipprules before planner6)."""
    marks: dict[int, list[str]] = {}
    noted: dict[tuple[str, str, FindingSeverity, str], tuple[Finding, list[str]]] = {}
    extra: list[Finding] = []
    general = [(i, _key(f)) for i, f in enumerate(found) if not _LISTING.search(f.path)]
    by_path: dict[str, list[tuple[int, Finding]]] = {}
    for i, f in enumerate(found):
        if _LISTING.search(f.path):
            by_path.setdefault(f.path, []).append((i, f))
    mine = {k for _, k in general}
    for name in ctx.book.interpretations:
        if name == ctx.interpretation:
            continue
        other = ctx.reading(name)
        theirs = list(_run(other, ComplaintChecker(other, with_listings=False)))
        keys = {_key(g) for g in theirs}
        for i, k in general:
            if k not in keys:
                marks.setdefault(i, []).append(name)
        news = [g for g in theirs if _key(g) not in mine]
        for path, gs in _reference_listings(ctx, checker, other, by_path).items():
            here = {_key(f): i for i, f in by_path.get(path, ())}
            there = {_key(g) for g in gs}
            for k, i in here.items():
                if k not in there:
                    marks.setdefault(i, []).append(name)
            news += [g for g in gs if _key(g) not in here]
        for g in news:  # one note per path and finding, naming every reading (rules41)
            names = noted.setdefault((g.path, g.code, g.severity, g.message), (g, []))[1]
            if name not in names:
                names.append(name)
    for (path, *_), (g, names) in noted.items():
        said = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        plural = "interpretations" if len(names) > 1 else "interpretation"
        message = f"under the {said} {plural}: {g.severity.value} {g.code}: {g.message}"
        note = ctx.finding("other-reading-finding", path, message)
        extra.append(Finding(  # citing what it quotes (rules43)
            note.code, note.severity, note.path, note.message, g.rule_ids or note.rule_ids,
            g.sources or note.sources, tuple(names),
        ))  # fmt: skip
    out = [
        Finding(f.code, f.severity, f.path, f.message, f.rule_ids, f.sources, tuple(marks[i]))
        if i in marks
        else f
        for i, f in enumerate(found)
    ]
    return out + extra


def _reference_listings(
    ctx: Context,
    checker: ComplaintChecker,
    other: Context,
    by_path: dict[str, list[tuple[int, Finding]]],
) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for index, complaint in enumerate(ctx.plan.complaints):
        at = f"$.complaints[{index}]"
        forms = checker.listings.forms.get(at)
        if not forms:
            continue
        rules = other.rules(complaint.filing_date or ctx.day)
        changed: dict[Form, tuple[set[tuple[str, str]], list[Draft]]] = {}
        for form, drafts in forms.items():
            theirs = verdict(rules, form, complaint.platform, complaint.target)
            if [d[:2] for d in theirs] != [d[:2] for d in drafts]:
                changed[form] = ({(c, m) for c, m, _ in drafts}, theirs)
        for j, met in enumerate(checker.listings.forms_of(complaint)):
            if met is None or met not in changed:
                continue
            mine, theirs = changed[met]
            path = f"{at}.listings[{j}]"
            same = [f for _, f in by_path.get(path, ()) if (f.code, f.message) not in mine]
            out[path] = same + [other.finding(c, path, m, *rs) for c, m, rs in theirs]
    return out


def _both(plan: Any, interpretation: str | None) -> tuple[list[Finding], list[Finding]]:
    ctx = Context(plan, None, None, interpretation)
    checker = ComplaintChecker(ctx)
    found = list(_run(ctx, checker))
    return other_readings(ctx, checker, found), _reference(ctx, checker, found)


# A listing of a form that reads otherwise under another reading and has findings of its own
# (a repeated Xianyu listing, a Xianyu storefront): the comparison path, not only the notes;
# and listings with none of their own (Xianyu listings filed as Taobao).
_XIANYU = {
    "as_of": "2026-11-23",
    "account": {"name": "A", "location": "elsewhere", "identity": "enterprise"},
    "rights": [{"id": "tm", "ipr_type": "trademark", "place": "CN"}],
    "complaints": [
        {
            "id": f"c{i}",
            "platform": "xianyu",
            "right": "tm",
            "reason": "tm_counterfeit",
            "target": target,
            "listings": [
                "https://www.goofish.com/item?id=1065574393669",
                "https://www.goofish.com/item?id=1065574393669",
                "https://item.taobao.com/item.htm?id=606832683299",
                "not a link",
            ],
        }
        for i, target in enumerate(("listing", "storefront"))
    ]
    + [  # Xianyu listings filed as Taobao (as the planner files them): none has a finding of
        # its own, each has a note under official
        {
            "id": "c2",
            "platform": "taobao",
            "right": "tm",
            "reason": "tm_counterfeit",
            "listings": [
                "https://www.goofish.com/item?id=5571387773210",
                "https://item.taobao.com/item.htm?id=606832683299",
                "https://www.goofish.com/item?id=5571387773211",
            ],
        }
    ],
}


@pytest.mark.no_cover
@settings(SETTINGS, max_examples=60)
@given(plans(), INTERPRETATIONS)
@example(_XIANYU, None)
@example(_XIANYU, "official")
@example(_XIANYU, "brief-at-least-100")
def test_other_readings_as_the_per_listing_reference(data: Any, interpretation: Any) -> None:
    plan = plan_from_data(data)
    made, reference = _both(plan, interpretation)
    assert made == reference  # the same findings, in the same order, before sorting


def test_the_example_plan_and_its_notes_as_the_reference() -> None:
    for interpretation in (None, "official", "brief-at-least-100"):
        made, reference = _both(example_plan(), interpretation)
        assert made == reference
        assert any(f.code == "other-reading-finding" for f in made)
    assert check(example_plan(), as_of="2026-11-23").findings  # the door still works
