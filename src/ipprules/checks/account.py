"""Checks of the filing account: registration choices, identity documents and document ids
(B4, B5, R4).

Authorisation letters are checked per complaint (they depend on the right and
the platform), in :mod:`ipprules.checks.complaints`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ipprules._args import require_instance
from ipprules.checks._missing import missing_records
from ipprules.checks.context import Context
from ipprules.checks.evidence import _same_name, held_findings, incorporated_in
from ipprules.checks.findings import Finding
from ipprules.checks.model import Category, Identity
from ipprules.rulebook.model import AccountRequirement, DocumentKind

__all__ = ["check_account"]


def check_account(ctx: Context) -> Iterator[Finding]:
    """Findings about the account, as of the plan's date."""
    account = require_instance(ctx, Context, "ctx").plan.account
    rules = ctx.rules()
    held = {d.kind for d in account.documents}
    place = incorporated_in(account)
    # the filing dates the documents must hold on: each complaint's own (a complaint filed
    # earlier is judged on its day, not on a later re-check's), the plan's without one
    days = sorted({c.filing_date or ctx.day for c in ctx.plan.complaints} or {ctx.day})
    yield from held_findings(
        ctx,
        "$.account.documents",
        account.documents,
        rules,
        identity=account.identity.value,
        incorporated=place,
        days=days,
    )
    if account.identity is Identity.ENTERPRISE and place is None:
        placed = [
            r
            for r in rules.evidence_rules.values()
            if r.incorporated and held.intersection(r.documents)
        ]
        if placed:
            yield ctx.finding(
                "document-quality-unknown",
                "$.account.incorporated",
                "state where the company is incorporated (incorporated: an ISO code such as "
                "CN or HK) to settle R4: " + " ".join(r.text for r in placed),
                *placed,
            )
    yield from _organisation(ctx)
    yield from _agent_identity(ctx)
    yield from _agent_category(ctx)
    for req in rules.account_requirements.values():
        if req.subject != "identity_document":
            continue
        if req.location is not None and req.location != account.location.value:
            continue
        if req.identity is not None and req.identity != account.identity.value:
            continue
        if not held.intersection(req.documents_one_of):
            names = " or ".join(_name(rules.documents, d) for d in req.documents_one_of)
            yield ctx.finding(
                "account-identity-document-missing",
                "$.account.documents",
                f"an {account.identity.value} account ({account.location.value.replace('_', ' ')}) "
                f"needs {names}: {req.text}",
                req,
            )
    for code, message, _ in missing_records(
        rules,
        "account_requirements",
        "the account's identity documents",
        lambda r: (
            isinstance(r, AccountRequirement)
            and r.subject == "identity_document"
            and r.location in (None, account.location.value)
            and r.identity in (None, account.identity.value)
        ),
    ):
        yield ctx.finding(code, "$.account.documents", message)


def _organisation(ctx: Context) -> Iterator[Finding]:
    """A rights-protection organisation's registration choices (B4)."""
    account = ctx.plan.account
    if not account.organisation:
        return
    for req in ctx.rules().account_requirements.values():
        if req.subject != "organisation":
            continue
        for field, want, got in (
            ("identity", req.identity, account.identity.value),
            ("category", req.category, account.category.value),
        ):
            if want is not None and want != got:
                yield ctx.finding(
                    "account-organisation-registration",
                    f"$.account.{field}",
                    f"a rights-protection organisation registers with {field} {want!r}, not "
                    f"{got!r}: {req.text}",
                    req,
                )
    for code, message, _ in missing_records(
        ctx.rules(),
        "account_requirements",
        "a rights-protection organisation's registration",
        lambda r: isinstance(r, AccountRequirement) and r.subject == "organisation",
    ):
        yield ctx.finding(code, "$.account.organisation", message)


def _agent_identity(ctx: Context) -> Iterator[Finding]:
    """B4: the identity (Individual or Enterprise) describes the IP owner, not the person
    registering. An agent registered as an enterprise whose letters of authorisation state an
    individual owner chose the wrong identity: acting for an individual it is either the
    owner's agent (identity individual) or a rights-protection organisation (identity
    individual whoever it acts for). An individual agent acting for a company is the
    organisation's registration B4 prescribes, so it is not questioned."""
    account = ctx.plan.account
    if account.category is not Category.AGENT or account.identity is not Identity.ENTERPRISE:
        return
    owners = sorted(
        {
            a.issuer.strip() or "an issuer not named"
            for a in account.authorisations
            if a.issuer_identity is Identity.INDIVIDUAL
        }
    )
    if not owners:
        return
    named = ", ".join(owners[:3]) + (f" and {len(owners) - 3} more" if len(owners) > 3 else "")
    yield ctx.finding(
        "account-identity-not-owner",
        "$.account.identity",
        f"the agent account registers as identity 'enterprise', but its letters of "
        f"authorisation state that the IP owner ({named}) is an individual: the identity "
        "describes the IP owner, not the person registering (an agent acting for an "
        "individual, or a rights-protection organisation acting for anyone, registers as "
        "'individual'), and a wrongly created account delays enforcement (B4).",
        ctx.rules().account_requirements.get("identity"),
    )


def _agent_category(ctx: Context) -> Iterator[Finding]:
    """B4: the registrant category (Right holder or Authorised agent) says who the account
    is, and a wrongly created account delays enforcement. An agent whose plan relies only on
    rights registered in its own name acts for no other holder: it is the right holder. A
    plan mixing its own rights with others' (a group filing for itself and its affiliates)
    is not questioned, nor one whose registrants are not given."""
    account = ctx.plan.account
    if account.category is not Category.AGENT or not account.name.strip():
        return
    registrants = [r.registrant for r in ctx.plan.rights]
    if not registrants or not all(r.strip() and _same_name(r, account.name) for r in registrants):
        return
    yield ctx.finding(
        "account-category-own-rights",
        "$.account.category",
        f"the account registers as an authorised agent, but every right of the plan is "
        f"registered in its own name ({account.name!r}): it acts for no other rights holder, "
        "and a wrongly created account delays enforcement (B4); register as right_holder, "
        "or, if the agent only shares the holder's name, enter the registrants as on the "
        "certificates and add the holder's letter of authorisation (R10).",
        ctx.rules().account_requirements.get("registrant_category"),
    )


def _name(documents: Mapping[str, DocumentKind], doc: str) -> str:
    found = documents.get(doc)
    return f"{doc} ({found.name})" if found is not None else doc
