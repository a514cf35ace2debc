"""The values of a rights-coverage answer: cells, the moves that would open them, changes.

A :class:`Cell` is one right on one platform for one target (listing or store front). Its
:class:`CellStatus` is decided by the same findings the complaint checks give (see
:mod:`ipprules.coverage.cells`), which the cell carries with their rule ids and sources.

>>> CellStatus.COVERED.symbol, CellStatus.NOT_COVERED.symbol, CellStatus.UNKNOWN.symbol
('+', '-', '?')
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ipprules._typed import check_types
from ipprules._vocab import NamedEnum
from ipprules.checks.findings import Finding
from ipprules.rulebook.model import Target

__all__ = ["Cell", "CellStatus", "Change", "Opening"]


class CellStatus(NamedEnum):
    """Whether a right can back a complaint on a platform for a target.

    >>> from ipprules.coverage import CellStatus
    >>> CellStatus("covered")
    <CellStatus.COVERED: 'covered'>
    >>> [m.value for m in CellStatus]
    ['covered', 'not_covered', 'unknown']
    """

    COVERED = "covered"
    NOT_COVERED = "not_covered"
    UNKNOWN = "unknown"

    @property
    def symbol(self) -> str:
        """One character for a terminal matrix: ``+`` covered, ``-`` not, ``?`` unknown."""
        return _SYMBOLS[self]


_SYMBOLS = {CellStatus.COVERED: "+", CellStatus.NOT_COVERED: "-", CellStatus.UNKNOWN: "?"}


@attrs.frozen
class Opening:
    """One move that would lift a blocker: a document, a registration, a letter, a fact.

    ``kind`` is one of ``document`` (add a document to a right), ``registration`` (a
    registration in another place), ``authorisation`` (a letter of authorisation naming the
    right and the platform, valid on the date), ``renewal`` (renew the right), ``verification``
    (have the right verified), ``fact`` (state a fact the portfolio leaves out) and ``rule``
    (a documented gap in the rules: nothing the filer can do). ``subject`` is the right it
    concerns (or ``account``), ``detail`` the document id, place, platform or field.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> move, cells = ipprules.coverage(portfolio, as_of="2026-11-23").summary().best_opening
    >>> move.kind, move.subject, move.detail, cells
    ('registration', 'tm-app', 'registered', 8)
    >>> move.text
    "the registration of 'tm-app' itself (an application is not enough)"
    """

    kind: str
    subject: str
    detail: str
    text: str

    @property
    def actionable(self) -> bool:
        """Whether the filer can make this move (a gap in the rules is not)."""
        return self.kind != "rule"


@attrs.frozen
class Cell:
    """One right on one platform for one target, as of a date.

    ``reasons`` are the admissible reason codes; ``findings`` what decides the status (errors
    and unknowns block; warnings are kept for the reader); ``opens`` what would open a cell
    that is not covered or unknown; ``other_readings`` the interpretations under which the
    status differs, with the status they give.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> cell = ipprules.coverage(portfolio, as_of="2026-11-23").cell("tm-cn", "taobao")
    >>> cell.right, cell.platform, cell.target.value, cell.status.value
    ('tm-cn', 'taobao', 'listing', 'covered')
    """

    right: str
    platform: str
    target: Target
    status: CellStatus
    reasons: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    opens: tuple[Opening, ...] = ()
    other_readings: tuple[tuple[str, CellStatus], ...] = ()
    rule_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def __repr__(self) -> str:
        """One line: where, the status and why (the fields, findings and all, ran to 1,000
        characters).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> ipprules.coverage(portfolio, as_of="2026-11-23").cell("tm-cn", "taobao")
        <Cell tm-cn taobao listing: covered (3 reason codes)>
        """
        why = " ".join(self.why.split())
        why = why if len(why) <= 100 else why[:97] + "..."
        return (
            f"<Cell {self.right} {self.platform} {self.target.value}: {self.status.value} ({why})>"
        )

    @property
    def key(self) -> tuple[str, str, str]:
        """``(right, platform, target)``."""
        return (self.right, self.platform, self.target.value)

    @property
    def why(self) -> str:
        """A short reason for the status, for a table cell."""
        blocking = [f for f in self.findings if f.severity.value in ("error", "unknown")]
        if blocking:
            return blocking[0].message
        if self.status is CellStatus.COVERED:
            return f"{len(self.reasons)} reason code" + ("" if len(self.reasons) == 1 else "s")
        return "no admissible reason code"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the cell as ``Coverage.to_dict()["cells"]`` holds it.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cell = ipprules.coverage(portfolio, as_of="2026-11-23").cell("tm-us", "taobao")
        >>> data = cell.to_dict()
        >>> data["status"], data["findings"][0]["code"], data["opens"][0]["kind"]
        ('not_covered', 'right-place-not-accepted', 'registration')
        """
        return {
            "right": self.right,
            "platform": self.platform,
            "target": self.target.value,
            "status": self.status.value,
            "reasons": list(self.reasons),
            "findings": [f.as_dict() for f in self.findings],
            "opens": [attrs.asdict(o) for o in self.opens],
            "other_readings": {name: status.value for name, status in self.other_readings},
            "rule_ids": list(self.rule_ids),
            "sources": list(self.sources),
        }

    #: The same as :meth:`to_dict`, the name the checks' results use.
    as_dict = to_dict


@attrs.frozen
class Change:
    """A cell whose status changes on ``date`` (within the horizon), and why.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> change = ipprules.coverage(portfolio, as_of="2026-11-23", horizon="90d").changes[0]
    >>> change.date, change.right, change.before.value, change.after.value
    (datetime.date(2027, 1, 16), 'tm-cn-lapsing', 'covered', 'not_covered')
    >>> change.cause
    "right 'tm-cn-lapsing' expires on 2027-01-15"
    """

    date: dt.date
    right: str
    platform: str
    target: Target
    before: CellStatus
    after: CellStatus
    cause: str
    findings: tuple[Finding, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    @property
    def lapse(self) -> bool:
        """Whether the cell stops being covered."""
        return self.before is CellStatus.COVERED and self.after is not CellStatus.COVERED
