"""The planner: from a pile of infringing URLs to complaints ready to file.

>>> from ipprules.checks.model import Account, Plan, Right, IprType, Location, Identity
>>> account = Plan(
...     account=Account(name="Acme Ltd", location=Location.ELSEWHERE,
...                     identity=Identity.ENTERPRISE, documents=("business_registration",)),
...     rights=(Right(id="tm", ipr_type=IprType.TRADEMARK, place="CN", name="ACME",
...                   documents=("trademark_certificate",)),),
... )
>>> lines = read_lines([
...     "https://item.taobao.com/item.htm?id=606832683299",
...     "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
...     "https://s.taobao.com/search?q=acme",
... ])
>>> result = plan_listings(lines, account, as_of="2026-11-23",
...                        settings=Settings(reason="tm_counterfeit"))
>>> result.counts()
{'planned': 1, 'duplicate': 1, 'rejected': 1}
>>> [(o.line, o.status.value, o.complaint or o.duplicate_of or o.code) for o in result.outcomes]
[(1, 'planned', 'c001'), (2, 'duplicate', 1), (3, 'rejected', 'listing:not-a-listing')]
>>> result.report.ok
True
"""

from __future__ import annotations

from ipprules.planner.engine import (
    RECORD_COLUMNS,
    REJECTION_REASONS,
    LineOutcome,
    PlannedComplaint,
    PlanningResult,
    Settings,
    Status,
    Strategy,
    plan_listings,
)
from ipprules.planner.export import ReconciliationFiles, export, manifest_rows
from ipprules.planner.inputs import COLUMNS, PlanLine, parse_confidence, read_lines
from ipprules.planner.projection import project

__all__ = [
    "COLUMNS",
    "RECORD_COLUMNS",
    "REJECTION_REASONS",
    "LineOutcome",
    "PlanLine",
    "PlannedComplaint",
    "PlanningResult",
    "ReconciliationFiles",
    "Settings",
    "Status",
    "Strategy",
    "export",
    "manifest_rows",
    "parse_confidence",
    "plan_listings",
    "project",
    "read_lines",
]
