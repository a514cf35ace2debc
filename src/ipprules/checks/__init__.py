"""Complaint checks: every finding at once for an account, its rights, its complaints and a
whole plan, and a reason-code advisor.

One engine, several doors: :func:`iter_findings` yields every
:class:`Finding`; :func:`check` returns a :class:`Report`; :func:`validate`
raises :class:`CheckFailed` with the report attached; :func:`is_valid` stops at
the first error. Finding codes come from a catalogue that is data
(:func:`explain`, :func:`catalogue_markdown`).

The modules form a tree; each imports only the ones below it::

    engine        runs the checks in order: account, rights, then each complaint
      complaints  one complaint: channel, right on platform and date, authorisation,
       |          reason code, supplement, evidence, then its listings
       +-- listings   each listing: parses, platform, kind, duplicates
       +-- rights     rights on their own, and on a platform and a date
      account     the filing account's identity documents
    context       the shared context: the plan, the dates, the rules in force, the rights
    findings, model, plan   findings and the report; the plan model; reading plans

>>> from ipprules.checks import check, example_plan
>>> report = check(example_plan(), as_of="2026-11-23")
>>> report.summary()
'FAILED: 14 errors, 1 warning, 0 unknown, 5 info'
>>> report.errors[0].code, report.errors[0].path
('evidence-missing', '$.complaints[2].evidence')
"""

from __future__ import annotations

from ipprules.checks.advisor import (
    Advice,
    Decision,
    NotAdmissible,
    Suggestion,
    advise,
    known_facts,
)
from ipprules.checks.engine import check, is_valid, iter_findings, validate
from ipprules.checks.findings import (
    CatalogueEntry,
    CheckFailed,
    Finding,
    FindingSeverity,
    Report,
    catalogue,
    catalogue_markdown,
    explain,
)
from ipprules.checks.model import (
    Account,
    Authorisation,
    Category,
    ChannelId,
    Complaint,
    Conclusion,
    Document,
    Identity,
    IprType,
    Location,
    MarkKind,
    PatentSubtype,
    PendingAssignment,
    Plan,
    Right,
    RightStatus,
    StatementForm,
    Target,
    Verification,
)
from ipprules.checks.plan import (
    EXAMPLE_PLAN,
    example_plan,
    placed_findings,
    plan_from_data,
    read_plan,
)

__all__ = [
    "EXAMPLE_PLAN",
    "Account",
    "Advice",
    "Authorisation",
    "CatalogueEntry",
    "Category",
    "ChannelId",
    "CheckFailed",
    "Complaint",
    "Conclusion",
    "Decision",
    "Document",
    "Finding",
    "FindingSeverity",
    "Identity",
    "IprType",
    "Location",
    "MarkKind",
    "NotAdmissible",
    "PatentSubtype",
    "PendingAssignment",
    "Plan",
    "Report",
    "Right",
    "RightStatus",
    "StatementForm",
    "Suggestion",
    "Target",
    "Verification",
    "advise",
    "catalogue",
    "catalogue_markdown",
    "check",
    "example_plan",
    "explain",
    "is_valid",
    "iter_findings",
    "known_facts",
    "placed_findings",
    "plan_from_data",
    "read_plan",
    "validate",
]
