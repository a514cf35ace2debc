"""Properties of rights coverage: monotone in rights and documents, never growing past an
expiry, and in agreement with what ``check`` says of a one-listing complaint in every cell."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.checks import (
    Account,
    Authorisation,
    Category,
    Complaint,
    FindingSeverity,
    Identity,
    IprType,
    Location,
    PatentSubtype,
    Plan,
    Right,
    RightStatus,
    check,
)
from ipprules.coverage import CellStatus, coverage
from ipprules.rulebook.model import Target

# Inside one rule-book interval (after the last change date before 2026), so that only the
# portfolio moves the answer.
DAY = dt.date(2026, 12, 2)
PLACES = ("CN", "US", "HK", "SG", "TH", "EU")
DOCS = (
    "trademark_certificate",
    "renewal_certificate",
    "madrid_extension_certificate",
    "copyright_certificate",
    "copyright_claim_statement",
    "software_screenshot",
    "patent_certificate",
    "patent_evaluation_report",
    "trademark_acceptance_notice",
)
PLATFORMS = (
    "taobao",
    "tmall",
    "tmall_global",
    "1688",
    "alibaba_com",
    "aliexpress",
    "lazada_sg",
    "lazada_th",
)
LISTING = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=608529032990",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Lumen-Desk-Lamp_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html",
    "lazada_th": "https://www.lazada.co.th/products/lumen-desk-lamp-i123456789-s987654321.html",
}
STOREFRONT = {
    "taobao": "https://shop118454188.taobao.com/",
    "tmall": "https://lumen.tmall.com/",
    "tmall_global": "https://lumen.tmall.hk/",
}

dates = st.dates(dt.date(2025, 1, 1), dt.date(2029, 12, 31))


@st.composite
def rights(draw: st.DrawFn, index: int) -> Right:
    ipr = draw(st.sampled_from(list(IprType)))
    subtype = draw(st.sampled_from(list(PatentSubtype))) if ipr is IprType.PATENT else None
    return Right(
        id=f"r{index}",
        ipr_type=ipr,
        subtype=subtype,
        place=draw(st.sampled_from(PLACES)),
        status=draw(st.sampled_from(list(RightStatus))),
        filing_date=draw(st.none() | st.dates(dt.date(2005, 1, 1), dt.date(2020, 1, 1))),
        expiry_date=draw(st.none() | dates),
        documents=tuple(draw(st.sets(st.sampled_from(DOCS), max_size=4))),
        madrid=draw(st.booleans()),
        software=draw(st.booleans()) if ipr is IprType.COPYRIGHT else False,
    )


@st.composite
def portfolios(draw: st.DrawFn) -> Plan:
    n = draw(st.integers(1, 3))
    items = tuple(draw(rights(i)) for i in range(n))
    agent = draw(st.booleans())
    letters: tuple[Authorisation, ...] = ()
    if agent:
        letters = tuple(
            Authorisation(
                rights=tuple(draw(st.sets(st.sampled_from([r.id for r in items]), max_size=2))),
                platforms=tuple(draw(st.sets(st.sampled_from(PLATFORMS), max_size=3))),
                valid_until=draw(st.none() | dates),
                states_scope=draw(st.booleans()),
                states_validity=draw(st.booleans()),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
    account = Account(
        name="Filer",
        location=Location.ELSEWHERE,
        identity=Identity.INDIVIDUAL if agent else Identity.ENTERPRISE,
        category=Category.AGENT if agent else Category.RIGHT_HOLDER,
        documents=("identity_document",) if agent else ("business_registration",),
        authorisations=letters,
        good_faith=draw(st.booleans()),
    )
    return Plan(account=account, rights=items)


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def covered(plan: Plan, day: dt.date = DAY) -> set[tuple[str, str, str]]:
    cov = coverage(plan, as_of=day, horizon=0, platforms=PLATFORMS)
    return {c.key for c in cov.cells if c.status is CellStatus.COVERED}


@pytest.mark.no_cover
@FAST
@given(portfolios(), st.data())
def test_adding_a_right_never_removes_coverage(plan: Plan, data: st.DataObject) -> None:
    extra = data.draw(rights(len(plan.rights)))
    assert covered(plan) <= covered(attrs.evolve(plan, rights=(*plan.rights, extra)))


@pytest.mark.no_cover
@FAST
@given(portfolios(), st.data())
def test_adding_a_document_never_removes_coverage(plan: Plan, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(plan.rights) - 1))
    doc = data.draw(st.sampled_from(DOCS))
    right = plan.rights[i]
    more = attrs.evolve(right, documents=tuple(dict.fromkeys((*right.documents, doc))))
    bigger = attrs.evolve(plan, rights=(*plan.rights[:i], more, *plan.rights[i + 1 :]))
    assert covered(plan) <= covered(bigger)


@pytest.mark.no_cover
@FAST
@given(portfolios(), st.integers(1, 900))
def test_moving_past_an_expiry_never_adds_coverage(plan: Plan, days: int) -> None:
    later = DAY + dt.timedelta(days=days)
    # the rule book does not change between DAY and later (no change date after 2022)
    assert not [d for d in default_rulebook().change_dates() if DAY < d <= later]
    before, after = covered(plan), covered(plan, later)
    gained = after - before
    assert not gained, gained


@FAST
@given(portfolios())
def test_changes_agree_with_coverage_on_their_dates(plan: Plan) -> None:
    cov = coverage(plan, as_of=DAY, horizon="1y", platforms=PLATFORMS)
    for change in cov.changes:
        there = coverage(plan, as_of=change.date, horizon=0, platforms=PLATFORMS)
        assert there.cell(change.right, change.platform, change.target).status is change.after
        assert change.date > DAY


def one_complaint(
    plan: Plan, right: Right, platform: str, target: Target, reasons: tuple[str, ...]
) -> Plan:
    rules = default_rulebook().as_of(DAY)
    if reasons:
        reason = reasons[0]
    else:
        reason = next(
            c.id for c in rules.reason_codes.values() if c.ipr_type == right.ipr_type.value
        )
    code = rules.reason_codes[reason]
    url = (STOREFRONT if target is Target.STOREFRONT else LISTING).get(platform, LISTING[platform])
    complaint = Complaint(
        id="c",
        platform=platform,
        right=right.id,
        reason=reason,
        target=target,
        listings=(url,),
        supplement="the listing sells counterfeits of the mark",
        evidence=tuple(d for d in code.evidence if d != "order_number"),
        order_number="4000123456789",
    )
    return attrs.evolve(plan, complaints=(complaint,))


@pytest.mark.no_cover
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portfolios())
def test_every_cell_agrees_with_check_of_a_one_listing_complaint(plan: Plan) -> None:
    cov = coverage(plan, as_of=DAY, horizon=0, platforms=PLATFORMS)
    by_id = {r.id: r for r in plan.rights}
    for cell in cov.cells:
        report = check(
            one_complaint(plan, by_id[cell.right], cell.platform, cell.target, cell.reasons),
            as_of=DAY,
        )
        relevant = [
            f for f in report.findings if f.code not in ("right-unused", "document-quality-unknown")
        ]
        errors = [f for f in relevant if f.severity is FindingSeverity.ERROR]
        unknowns = [f for f in relevant if f.severity is FindingSeverity.UNKNOWN]
        if cell.status is CellStatus.COVERED:
            assert not errors and not unknowns, (cell.key, errors, unknowns)
        elif cell.status is CellStatus.NOT_COVERED:
            assert errors, cell.key
        else:
            assert not errors and unknowns, (cell.key, errors)
