"""The coverage answer in brief: one :class:`CellRow` per right x platform x target, with its
status and counts but no findings (:func:`~ipprules.coverage.coverage_summary`, ``ipprules
coverage --summary``).

A row is what a cell says at a glance: its status, how many reason codes it admits, how many
findings of each severity decide it, how many moves would open it, and the other readings
that answer otherwise. The findings themselves (their messages, paths, rules and sources,
about 17 KB a right) are left out, so a large portfolio's answer stays small.

>>> import ipprules
>>> from ipprules.coverage import coverage_summary
>>> brief = coverage_summary(ipprules.read_plan("examples/portfolio.toml"), as_of="2026-12-02")
>>> brief.rows[0]
<CellRow tm-cn 1688 listing: covered (3 reasons, 0 errors, 0 unknowns)>
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from ipprules._table import reading_label
from ipprules._typed import check_types
from ipprules.checks.findings import Finding
from ipprules.coverage.model import Cell, CellStatus, Change
from ipprules.coverage.result import (
    Coverage,
    Summary,
    _cell_categories,
    _counts,
    _fit,
    _gaps,
    _Tally,
)
from ipprules.rulebook.model import Target

__all__ = ["CellRow", "CoverageSummary"]

#: The columns of :meth:`CoverageSummary.to_records` (and of ``--summary --format csv``).
ROW_COLUMNS = (
    "right",
    "platform",
    "target",
    "status",
    "reasons",
    "errors",
    "unknowns",
    "warnings",
    "opens",
    "other_statuses",
    "changes_on",
    "changes_to",
    "as_of",
    "interpretation",
    "rulebook",
)


@attrs.frozen(slots=True, repr=False)
class CellRow:
    """One cell in brief: where, its status, and counts instead of its findings.

    ``reasons``: the admissible reason codes; ``errors``, ``unknowns``, ``warnings``: the
    cell's findings of each severity (errors and unknowns block); ``opens``: the moves that
    would open it; ``other_readings``: the interpretations under which its status differs,
    with the status they give.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> cell = ipprules.coverage(portfolio, as_of="2026-12-02").cell("tm-us", "taobao")
    >>> row = CellRow.of(cell)
    >>> row.status.value, row.reasons, row.errors, row.opens
    ('not_covered', 3, 2, 2)
    """

    right: str
    platform: str
    target: Target
    status: CellStatus
    reasons: int
    errors: int
    unknowns: int
    warnings: int
    opens: int
    other_readings: tuple[tuple[str, CellStatus], ...] = ()

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    @classmethod
    def of(cls, cell: Cell) -> CellRow:
        """The row of a cell (of :func:`~ipprules.coverage.coverage` or
        :func:`~ipprules.coverage.iter_cells`).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> CellRow.of(ipprules.coverage(portfolio, as_of="2026-12-02").cell("tm-cn", "taobao"))
        <CellRow tm-cn taobao listing: covered (3 reasons, 0 errors, 0 unknowns)>
        """
        if not isinstance(cell, Cell):
            raise TypeError(f"cell must be a coverage Cell, not {type(cell).__name__}")
        by = _severities(cell.findings)
        return cls(
            right=cell.right,
            platform=cell.platform,
            target=cell.target,
            status=cell.status,
            reasons=len(cell.reasons),
            errors=by["error"],
            unknowns=by["unknown"],
            warnings=by["warning"],
            opens=len(cell.opens),
            other_readings=cell.other_readings,
        )

    def __repr__(self) -> str:
        return (
            f"<CellRow {self.right} {self.platform} {self.target.value}: {self.status.value} "
            f"({self.reasons} reasons, {self.errors} errors, {self.unknowns} unknowns)>"
        )

    @property
    def key(self) -> tuple[str, str, str]:
        """``(right, platform, target)``, as :attr:`Cell.key`."""
        return (self.right, self.platform, self.target.value)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the row as ``CoverageSummary.to_dict()["rows"]`` holds it.

        >>> import ipprules
        >>> from ipprules.coverage import coverage_summary
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> brief = coverage_summary(portfolio, as_of="2026-12-02")
        >>> brief.rows[0].to_dict()["status"]
        'covered'
        """
        return {
            "right": self.right,
            "platform": self.platform,
            "target": self.target.value,
            "status": self.status.value,
            "reasons": self.reasons,
            "errors": self.errors,
            "unknowns": self.unknowns,
            "warnings": self.warnings,
            "opens": self.opens,
            "other_readings": {name: status.value for name, status in self.other_readings},
        }

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


def _severities(findings: tuple[Finding, ...]) -> dict[str, int]:
    counts = {"error": 0, "unknown": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity.value] = counts.get(f.severity.value, 0) + 1
    return counts


#: The fields a :class:`CoverageSummary` shares with the :class:`Coverage` it sums up.
_SHARED = (
    "as_of",
    "until",
    "interpretation",
    "rulebook",
    "rights",
    "platforms",
    "account_findings",
    "changes",
    "rulebook_version",
)


@attrs.frozen(repr=False)
class CoverageSummary:
    """:class:`~ipprules.coverage.Coverage` in brief: a :class:`CellRow` per cell instead
    of the cell, the same ``totals`` (what :meth:`Coverage.summary` gives), the same changes
    (without their findings in :meth:`to_dict`, as the full answer's JSON).

    :meth:`of` makes it from a full answer; :func:`~ipprules.coverage.coverage_summary`
    without ever holding every cell's findings. Both give the same value.

    >>> import ipprules
    >>> from ipprules.coverage import coverage_summary
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> brief = coverage_summary(portfolio, as_of="2026-12-02")
    >>> brief
    <CoverageSummary as of 2026-12-02: 6 rights x 12 platforms, 144 rows, 19 covered, 125 not, 0 unknown, 10 lapses by 2027-03-02>
    >>> brief == CoverageSummary.of(ipprules.coverage(portfolio, as_of="2026-12-02"))
    True
    """  # noqa: E501

    as_of: dt.date
    until: dt.date
    interpretation: str
    rulebook: str
    rights: tuple[str, ...]
    platforms: tuple[str, ...]
    rows: tuple[CellRow, ...]
    totals: Summary
    account_findings: tuple[Finding, ...] = ()
    changes: tuple[Change, ...] = ()
    rulebook_version: str | None = None
    """As :attr:`Coverage.rulebook_version <ipprules.coverage.Coverage.rulebook_version>`."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    @classmethod
    def of(cls, coverage: Coverage) -> CoverageSummary:
        """The summary of a full answer: a row per cell, its totals, its changes.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> len(CoverageSummary.of(ipprules.coverage(portfolio, as_of="2026-12-02")))
        144
        """
        if not isinstance(coverage, Coverage):
            raise TypeError(f"coverage must be a Coverage, not {type(coverage).__name__}")
        return cls._of(coverage, tuple(CellRow.of(c) for c in coverage.cells), coverage.summary())

    @classmethod
    def _of(cls, answer: Coverage, rows: tuple[CellRow, ...], totals: Summary) -> CoverageSummary:
        return cls(rows=rows, totals=totals, **{k: getattr(answer, k) for k in _SHARED})

    def __repr__(self) -> str:
        s, rights, platforms = self.totals, len(self.rights), len(self.platforms)
        return (
            f"<CoverageSummary as of {self.as_of}: {rights} right{'s' * (rights != 1)} x "
            f"{platforms} platform{'s' * (platforms != 1)}, {len(self.rows)} rows, "
            f"{s.covered} covered, {s.not_covered} not, {s.unknown} unknown, "
            f"{len(self.lapses)} lapses by {self.until}>"
        )

    def __str__(self) -> str:
        return self.text()

    def __iter__(self) -> Iterator[CellRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def _answer(self) -> Coverage:
        """The full answer's frame (no cells) that renders the parts both share."""
        return Coverage(cells=(), **{k: getattr(self, k) for k in _SHARED})

    @property
    def lapses(self) -> tuple[Change, ...]:
        """The changes that end a covered cell, by date."""
        return tuple(c for c in self.changes if c.lapse)

    @property
    def ok(self) -> bool:
        """The full answer's :attr:`Coverage.ok`: every right covers something for sure and
        nothing covered lapses within the horizon."""
        return self._answer()._ok(self.totals)

    def text(self) -> str:
        """A line per row, then the totals, for a terminal (``ipprules coverage --summary``).

        >>> import ipprules
        >>> from ipprules.coverage import coverage_summary
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> brief = coverage_summary(portfolio, as_of="2026-12-02")
        >>> print("\\n".join(brief.text().splitlines()[3:6]))
        right          platform      target      status       reasons errors unknowns warnings opens  other readings
        tm-cn          1688          listing     covered            3      0        0        0     0
        tm-cn          1688          storefront  not_covered        0      1        0        0     0  official: unknown
        """  # noqa: E501
        return _rows_text(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per row, with the row's first change of status within the horizon
        (``changes_on``, ``changes_to``), the date, the reading and the book (the columns of
        ``--summary --format csv``, which leaves out the reading and the book, as the full
        command's CSV does).

        >>> import ipprules
        >>> from ipprules.coverage import coverage_summary
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> brief = coverage_summary(portfolio, as_of="2026-12-02")
        >>> [r for r in brief.to_records() if r["changes_on"]][0]["changes_to"]
        'not_covered'
        """
        return list(self._records())

    def to_frame(self) -> Any:
        """The rows as a pandas DataFrame (needs the ``pandas`` extra): ``changes_on`` as
        ``datetime64``, statuses and ids as categoricals, counts as integers."""
        from ipprules._frames import to_frame

        return to_frame(
            self.to_records(),
            dates=("changes_on", "as_of"),
            categories=_cell_categories(),
            ints=("reasons", "errors", "unknowns", "warnings", "opens"),
            lists=("other_statuses",),
            texts=("right", "rulebook"),
            columns=ROW_COLUMNS,
        )

    def _records(self) -> Iterator[dict[str, Any]]:
        first = self._answer()._first_changes()
        for row in self.rows:
            found = first.get(row.key)
            yield {
                "right": row.right,
                "platform": row.platform,
                "target": row.target.value,
                "status": row.status.value,
                "reasons": row.reasons,
                "errors": row.errors,
                "unknowns": row.unknowns,
                "warnings": row.warnings,
                "opens": row.opens,
                "other_statuses": [f"{n}:{st.value}" for n, st in row.other_readings],
                "changes_on": found.date if found is not None else None,
                "changes_to": found.after.value if found is not None else None,
                "as_of": self.as_of,
                "interpretation": self.interpretation,
                "rulebook": self.rulebook,
            }

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (``ipprules coverage --summary --format json``): the full
        answer's document with ``rows`` in the place of ``cells``.

        >>> import ipprules
        >>> from ipprules.coverage import coverage_summary
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> data = coverage_summary(portfolio, as_of="2026-12-02").to_dict()
        >>> data["ok"], data["summary"]["covered"], len(data["rows"]), "cells" in data
        (False, 19, 144, False)
        """
        document = self._answer()._document(None, self.totals)
        return {
            ("rows" if k == "cells" else k): (
                [r.to_dict() for r in self.rows] if k == "cells" else v
            )
            for k, v in document.items()
        }

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


_WIDTHS = (("reasons", 7), ("errors", 6), ("unknowns", 8), ("warnings", 8), ("opens", 5))


def _rows_text(brief: CoverageSummary) -> str:
    """:meth:`CoverageSummary.text`: the heading, a line per row, the totals and the verdict
    (the heading and the totals wrapped at 80 columns, the rows never)."""
    s = brief.totals
    right = max([len(r) for r in brief.rights] + [len("right")])
    platform = max([len(p) for p in brief.platforms] + [len("platform")])
    head = [
        f"Coverage as of {brief.as_of.isoformat()} up to {brief.until.isoformat()} "
        f"({reading_label(brief.rulebook, brief.interpretation)})",
    ]
    rows = [
        "",
        f"{'right':<{right}}  {'platform':<{platform}}  {'target':<10}  {'status':<11}  "
        + " ".join(name for name, _ in _WIDTHS)
        + "  other readings",
    ]
    for row in brief.rows:
        counts = (row.reasons, row.errors, row.unknowns, row.warnings, row.opens)
        other = ", ".join(f"{n}: {st.value}" for n, st in row.other_readings)
        line = (
            f"{row.right:<{right}}  {row.platform:<{platform}}  {row.target.value:<10}  "
            f"{row.status.value:<11}  "
            + " ".join(f"{c:>{w}}" for c, (_, w) in zip(counts, _WIDTHS, strict=True))
            + (f"  {other}" if other else "")
        )
        rows.append(line)
    tail = [f"account: {f.severity.value} {f.code}: {f.message}" for f in brief.account_findings]
    tail += ["", _counts(s, len(brief.rows)), *_gaps(s)]
    tail.append(f"{len(brief.changes)} changes, {len(brief.lapses)} lapses up to {brief.until}")
    tail += ["", "OK" if brief.ok else "NOT OK: a right covers nothing or a cell lapses"]
    return "\n".join([*_fit(head, 80), *rows, *_fit(tail, 80)])


def _tally_rows(cells: Iterator[Cell]) -> tuple[tuple[CellRow, ...], _Tally, dict[Any, Any]]:
    """The rows of ``cells``, their tally and their statuses by key, a cell at a time."""
    tally = _Tally()
    state: dict[tuple[str, str, str], CellStatus] = {}
    rows = []
    for cell in cells:
        tally.add(cell)
        state[cell.key] = cell.status
        rows.append(CellRow.of(cell))
    return tuple(rows), tally, state
