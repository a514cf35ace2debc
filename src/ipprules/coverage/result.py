"""The coverage answer: the matrix, its summaries, and its renderings (text, JSON, HTML, rows).

Rendering lives here beside the values it shows; it imports nothing from the engine.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from ipprules._args import require_member
from ipprules._dates import rulebook_keys
from ipprules._table import reading_label, shown_html
from ipprules._typed import check_types, refuse_below
from ipprules._vocab import check_name
from ipprules.checks.findings import Finding
from ipprules.coverage.model import Cell, CellStatus, Change, Opening
from ipprules.errors import IpprulesError
from ipprules.rulebook.model import Target

__all__ = ["Coverage", "CoverageDiff", "Summary"]

# the columns of Coverage.to_records, in order: a portfolio without cells still gives them all
_RECORD_COLUMNS = (
    "right",
    "platform",
    "target",
    "status",
    "reasons",
    "why",
    "codes",
    "opens",
    "rule_ids",
    "sources",
    "other_readings",
    "other_statuses",
    "changes_on",
    "changes_to",
    "as_of",
    "interpretation",
    "rulebook",
)


@attrs.frozen
class Summary:
    """What a reader wants at a glance.

    ``platforms_without_right``: platforms where no right covers a listing complaint, or
    could (every listing cell is not covered); ``platforms_unknown``: platforms where no right
    covers a listing complaint but some listing cell is unknown (a documented gap, never read
    as "no"); ``rights_usable_nowhere``: rights whose every cell is not covered;
    ``rights_unknown``: rights that cover no cell but have unknown ones; ``best_opening``: the
    single move
    (a document, a registration, a letter) that would open the most cells, with that number
    of cells (``None`` when no single move opens any); ``best_document``: the same among
    documents and letters of authorisation only.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> summary = ipprules.coverage(portfolio, as_of="2026-11-23").summary()
    >>> summary.covered, summary.not_covered, summary.unknown
    (19, 125, 0)
    >>> summary.rights_usable_nowhere
    ('tm-app', 'design-cn')
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a NaN, a float or a bool is no count; a lone str no tuple
        refuse_below(self, 0, "covered", "not_covered", "unknown")

    covered: int
    not_covered: int
    unknown: int
    platforms_without_right: tuple[str, ...]
    rights_usable_nowhere: tuple[str, ...]
    best_opening: tuple[Opening, int] | None
    best_document: tuple[Opening, int] | None = None
    platforms_unknown: tuple[str, ...] = ()
    rights_unknown: tuple[str, ...] = ()


@attrs.frozen
class Coverage:
    """The rights coverage of a portfolio on ``as_of``, with the changes up to ``until``.

    >>> import ipprules
    >>> ipprules.coverage(ipprules.read_plan("examples/portfolio.toml"), as_of="2026-11-23")
    <Coverage as of 2026-11-23: 6 rights x 12 platforms, 19 covered, 125 not, 0 unknown, 10 lapses by 2027-02-21>
    """  # noqa: E501

    as_of: dt.date
    until: dt.date
    interpretation: str
    rulebook: str
    rights: tuple[str, ...]
    platforms: tuple[str, ...]
    cells: tuple[Cell, ...]
    account_findings: tuple[Finding, ...] = ()
    changes: tuple[Change, ...] = ()
    rulebook_version: str | None = None
    """The version of the rule book that answered (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field (and an item's place)

    def __repr__(self) -> str:
        s = self.summary()
        rights, platforms = len(self.rights), len(self.platforms)
        return (  # "1 right x 1 platform" (it said "1 rights x 1 platforms")
            f"<Coverage as of {self.as_of}: {rights} right{'s' * (rights != 1)} x "
            f"{platforms} platform{'s' * (platforms != 1)}, {s.covered} covered, "
            f"{s.not_covered} not, {s.unknown} unknown, {len(self.lapses)} lapses by "
            f"{self.until}>"
        )

    def __str__(self) -> str:
        """:meth:`text`, as ``ipprules coverage`` prints it (``print(coverage)``)."""
        return self.text()

    def __iter__(self) -> Iterator[Cell]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)

    def cell(self, right: str, platform: str, target: Target | str = Target.LISTING) -> Cell:
        """The cell of a right on a platform for a target.

        A right, platform or target not in this answer raises
        :class:`~ipprules.errors.UnknownNameError` (with the nearest name).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> cell = cov.cell("tm-cn", "1688")
        >>> cell.status.value, cell.reasons[0]
        ('covered', 'tm_counterfeit')
        """
        right = check_name("right", right, self.rights)  # a plain str: no subclass's __eq__
        platform = check_name("platform", platform, self.platforms)
        key = (right, platform, require_member(target, Target, "target").value)
        for c in self.cells:
            if c.key == key:
                return c
        raise IpprulesError(f"no cell for right {right!r} on {platform} ({key[2]})")

    def of(self, status: CellStatus | str) -> tuple[Cell, ...]:
        """The cells with one status (an unknown status raises
        :class:`~ipprules.errors.UnknownNameError`).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> len(cov.of("covered")), len(cov.of("not_covered"))
        (19, 125)
        """
        wanted = require_member(status, CellStatus, "status")
        return tuple(c for c in self.cells if c.status is wanted)

    @property
    def lapses(self) -> tuple[Change, ...]:
        """The changes that end a covered cell, by date."""
        return tuple(c for c in self.changes if c.lapse)

    @property
    def ok(self) -> bool:
        """Every right covers something (a right covering only unknown cells does not) and
        nothing covered lapses within the horizon."""
        return self._ok(self.summary())

    def _ok(self, s: Summary) -> bool:
        """:attr:`ok` from a summary already made (of this answer's cells)."""
        return not s.rights_usable_nowhere and not s.rights_unknown and not self.lapses

    def summary(self) -> Summary:
        """Counts, the platforms with no usable right, the rights usable nowhere, the best move.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> s = cov.summary()
        >>> s.covered, s.rights_usable_nowhere, s.best_opening[0].text
        (19, ('tm-app', 'design-cn'), "the registration of 'tm-app' itself (an application is not enough)")
        """  # noqa: E501
        tally = _Tally()
        for c in self.cells:
            tally.add(c)
        return tally.summary(self.rights, self.platforms)

    def matrix(self, target: Target | str = Target.LISTING) -> list[tuple[str, list[CellStatus]]]:
        """Rows of statuses: one per right, one column per platform (an unknown target raises
        :class:`~ipprules.errors.UnknownNameError`)."""
        aim = require_member(target, Target, "target")
        index = {c.key: c.status for c in self.cells}
        return [
            (r, [_status_at(index, (r, p, aim.value)) for p in self.platforms]) for r in self.rights
        ]

    def text(self) -> str:
        """The matrix per target, the summary and the changes, for a terminal.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> print(cov.text().splitlines()[0])
        Coverage as of 2026-11-23 up to 2027-02-21 (ipprules embedded rule book
        """
        return _text(
            self,
            self.summary(),
            {c.key: c.status for c in self.cells},
            [c for c in self.cells if c.other_readings],
            len(self.cells),
        )

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per cell: dates as ``datetime.date``, lists as lists.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> first = cov.to_records()[0]
        >>> first["right"], first["platform"], first["target"], first["status"]
        ('tm-cn', '1688', 'listing', 'covered')
        """
        return list(self._records())

    def _records(self) -> Iterator[dict[str, Any]]:
        """The records of :meth:`to_records`, one at a time (what ``ipprules coverage --format
        csv`` writes row by row, without holding every row of a large portfolio at once).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> next(cov._records())["status"]
        'covered'
        """
        first_change = self._first_changes()
        for c in self.cells:
            yield self._record(c, first_change.get(c.key))

    def _first_changes(self) -> dict[tuple[str, str, str], Change]:
        """The first change of each cell that changes, by the cell's key."""
        first_change: dict[tuple[str, str, str], Change] = {}
        for ch in self.changes:
            first_change.setdefault((ch.right, ch.platform, ch.target.value), ch)
        return first_change

    def _record(self, c: Cell, found: Change | None) -> dict[str, Any]:
        """The record of one cell, ``found`` the first change of its status (or ``None``)."""
        return _record(c, found, self.as_of, self.interpretation, self.rulebook)

    def to_frame(self) -> Any:
        """The cells as a pandas DataFrame (needs the ``pandas`` extra): date columns as
        ``datetime64``, statuses and ids as categoricals, lists as lists."""
        from ipprules._frames import to_frame

        return to_frame(
            self.to_records(),
            dates=("changes_on", "as_of"),
            categories=_cell_categories(),
            lists=(
                "reasons",
                "codes",
                "opens",
                "rule_ids",
                "sources",
                "other_readings",
                "other_statuses",
            ),
            texts=("right", "why", "rulebook"),
            columns=_RECORD_COLUMNS,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output (what ``ipprules coverage --format json`` prints).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> data = cov.as_dict()
        >>> data["as_of"], data["rulebook"], len(data["cells"])
        ('2026-11-23', 'ipprules embedded rule book 2026.11.23', 144)
        """
        return self._document([c.to_dict() for c in self.cells])

    def _document(self, cells: Any, summary: Summary | None = None) -> dict[str, Any]:
        """:meth:`as_dict` with ``cells`` in the place of its cells: what ``ipprules coverage
        --format json`` writes around the cells it writes one at a time.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> cov = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> list(cov._document(None))[10:13]
        ['account_findings', 'cells', 'changes']
        """
        s = self.summary() if summary is None else summary
        return {
            "ok": self._ok(s),
            "as_of": self.as_of.isoformat(),
            "until": self.until.isoformat(),
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "rights": list(self.rights),
            "platforms": list(self.platforms),
            "summary": {
                "covered": s.covered,
                "not_covered": s.not_covered,
                "unknown": s.unknown,
                "platforms_without_right": list(s.platforms_without_right),
                "platforms_unknown": list(s.platforms_unknown),
                "rights_usable_nowhere": list(s.rights_usable_nowhere),
                "rights_unknown": list(s.rights_unknown),
                "best_opening": (
                    None
                    if s.best_opening is None
                    else {
                        "text": s.best_opening[0].text,
                        "cells": s.best_opening[1],
                        **attrs.asdict(s.best_opening[0]),
                    }
                ),
            },
            "account_findings": [f.as_dict() for f in self.account_findings],
            "cells": cells,
            "changes": [
                {
                    "date": ch.date.isoformat(),
                    "right": ch.right,
                    "platform": ch.platform,
                    "target": ch.target.value,
                    "before": ch.before.value,
                    "after": ch.after.value,
                    "lapse": ch.lapse,
                    "cause": ch.cause,
                }
                for ch in self.changes
            ],
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def _repr_html_(self) -> str:
        """A matrix per target: rights as rows, platforms as columns, colour and a reason."""
        e = shown_html
        s = self.summary()
        index = {c.key: c for c in self.cells}
        parts = [
            f"<div><p><strong>{e(repr(self))}</strong> &mdash; "
            f"{e(reading_label(self.rulebook, self.interpretation))}</p>"
        ]
        for target in (Target.LISTING, Target.STOREFRONT):
            head = "".join(f"<th>{e(p)}</th>" for p in self.platforms)
            rows = []
            for r in self.rights:
                tds = []
                for p in self.platforms:
                    c = index.get((r, p, target.value))
                    if c is None:  # a hand-built answer naming a right or platform with no cells
                        tds.append("<td></td>")
                        continue
                    tip = "; ".join(f.message for f in c.findings) or ", ".join(c.reasons)
                    other = (
                        " (" + ", ".join(f"{n}: {st.value}" for n, st in c.other_readings) + ")"
                        if c.other_readings
                        else ""
                    )
                    tds.append(
                        f'<td style="background:{_COLOUR[c.status]}" title="{e(tip)}">'
                        f"{e(c.status.symbol)} <small>{e(c.why)}{e(other)}</small></td>"
                    )
                rows.append(f"<tr><th>{e(r)}</th>{''.join(tds)}</tr>")
            parts.append(
                f"<table><caption>{e(target.value)} complaints</caption><thead><tr><th>right</th>"
                f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            )
        if s.best_opening is not None:
            parts.append(
                f"<p>Opens the most ({s.best_opening[1]} cells): {e(s.best_opening[0].text)}</p>"
            )
        if self.changes:
            items = "".join(
                f"<li>{e(ch.date.isoformat())} {e(ch.right)} {e(ch.platform)} "
                f"{e(ch.target.value)}: {e(ch.before.value)} &rarr; {e(ch.after.value)} "
                f"({e(ch.cause)})</li>"
                for ch in self.changes
            )
            parts.append(f"<p>Changes up to {e(self.until.isoformat())}:</p><ul>{items}</ul>")
        parts.append("</div>")
        return "".join(parts)


#: The columns of :meth:`CoverageDiff.to_records` and :meth:`CoverageDiff.to_frame`.
_DIFF_COLUMNS = (
    "right",
    "platform",
    "target",
    "before",
    "after",
    "reasons_before",
    "reasons_after",
)


@attrs.frozen(repr=False)
class CoverageDiff:
    """The cells that differ between two coverage answers (status or reason codes).

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> diff = ipprules.coverage_diff(ipprules.coverage(portfolio, as_of="2026-11-23"),
    ...                               ipprules.coverage(portfolio, as_of="2027-02-21"))
    >>> diff
    <CoverageDiff as of 2026-11-23 -> 2027-02-21: 10 cell(s) changed>
    >>> bool(diff), len(diff)
    (True, 10)
    """

    a: Coverage
    b: Coverage
    rows: tuple[tuple[tuple[str, str, str], Cell | None, Cell | None], ...]

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def __repr__(self) -> str:
        return (
            f"<CoverageDiff as of {self.a.as_of.isoformat()} -> {self.b.as_of.isoformat()}: "
            f"{len(self.rows)} cell(s) changed>"
        )

    def __str__(self) -> str:
        """:meth:`text`: one line per changed cell (``print(diff)``)."""
        return self.text()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def text(self) -> str:
        """One line per changed cell.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> now = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> print(ipprules.coverage_diff(now, now).text())
        no change
        """
        if not self.rows:
            return "no change"
        out = []
        for (right, platform, target), x, y in self.rows:
            before = x.status.value if x is not None else "absent"
            after = y.status.value if y is not None else "absent"
            out.append(f"{right} {platform} {target}: {before} -> {after}")
        return "\n".join(out)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per changed cell: its status ``before`` and ``after`` (``None`` for
        a cell only one answer has) and their reason codes.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> diff = ipprules.coverage_diff(ipprules.coverage(portfolio, as_of="2026-11-23"),
        ...                               ipprules.coverage(portfolio, as_of="2027-02-21"))
        >>> first = diff.to_records()[0]
        >>> first["right"], first["platform"], first["before"], first["after"]
        ('tm-cn-lapsing', '1688', 'covered', 'not_covered')
        """
        return [
            {
                "right": k[0],
                "platform": k[1],
                "target": k[2],
                "before": x.status.value if x is not None else None,
                "after": y.status.value if y is not None else None,
                "reasons_before": list(x.reasons) if x is not None else [],
                "reasons_after": list(y.reasons) if y is not None else [],
            }
            for k, x, y in self.rows
        ]

    def to_frame(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (needs the ``pandas`` extra): ids and
        statuses categorical, reason codes as lists; the same columns and dtypes when nothing
        changed.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> now = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> frame = ipprules.coverage_diff(now, now).to_frame()
        >>> len(frame), str(frame["after"].dtype)
        (0, 'category')
        """
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import book_ids

        return to_frame(
            self.to_records(),
            categories={
                "platform": book_ids("platforms"),
                "target": Target,
                "before": CellStatus,
                "after": CellStatus,
            },
            lists=("reasons_before", "reasons_after"),
            texts=("right",),
            columns=_DIFF_COLUMNS,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: each answer's date, horizon, reading and rule book
        (``before``, ``after``) and the changed cells (:meth:`to_records`).

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> diff = ipprules.coverage_diff(ipprules.coverage(portfolio, as_of="2026-11-23"),
        ...                               ipprules.coverage(portfolio, as_of="2027-02-21"))
        >>> data = diff.as_dict()
        >>> data["before"]["as_of"], data["after"]["rulebook"], len(data["changes"])
        ('2026-11-23', 'ipprules embedded rule book 2026.11.23', 10)
        """

        def side(c: Coverage) -> dict[str, Any]:
            return {
                "as_of": c.as_of.isoformat(),
                "until": c.until.isoformat(),
                "interpretation": c.interpretation,
                "rulebook": c.rulebook,
                **rulebook_keys(c.rulebook_version),
            }

        return {"before": side(self.a), "after": side(self.b), "changes": self.to_records()}

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def _repr_html_(self) -> str:
        """A notebook's view: both answers' dates and one coloured row per changed cell.

        >>> import ipprules
        >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
        >>> now = ipprules.coverage(portfolio, as_of="2026-11-23")
        >>> "no change" in ipprules.coverage_diff(now, now)._repr_html_()
        True
        """
        e = shown_html
        head = f"<p><strong>{e(repr(self))}</strong></p>"
        if not self.rows:
            return f"<div>{head}<p>no change</p></div>"

        def cell(c: Cell | None) -> str:
            if c is None:
                return "<td>absent</td>"
            return (
                f'<td style="background:{_COLOUR[c.status]}">{e(c.status.symbol)} '
                f"{e(c.status.value)} <small>{e(', '.join(c.reasons))}</small></td>"
            )

        rows = "".join(
            f"<tr><td>{e(right)}</td><td>{e(platform)}</td><td>{e(target)}</td>"
            f"{cell(x)}{cell(y)}</tr>"
            for (right, platform, target), x, y in self.rows
        )
        return (
            f"<div>{head}<table><thead><tr><th>right</th><th>platform</th><th>target</th>"
            f"<th>before ({e(self.a.as_of.isoformat())})</th>"
            f"<th>after ({e(self.b.as_of.isoformat())})</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )


def _status_at(
    index: Mapping[tuple[str, str, str], CellStatus], key: tuple[str, str, str]
) -> CellStatus:
    """The status of the cell ``key`` (right, platform, target); an answer built by hand
    that names a right or platform with no cell raises :class:`~ipprules.errors.IpprulesError`
    (as :meth:`Coverage.cell` does), not a ``KeyError``."""
    found = index.get(key)
    if found is None:
        raise IpprulesError(f"no cell for right {key[0]!r} on {key[1]} ({key[2]})")
    return found


def _text(
    cov: Coverage,
    s: Summary,
    statuses: Mapping[tuple[str, str, str], CellStatus],
    disputed: Sequence[Cell],
    n_cells: int,
) -> str:
    """:meth:`Coverage.text` from the parts it shows: the summary of the cells, their
    statuses by key, those another reading answers otherwise, their number (what ``ipprules
    coverage`` has without keeping every cell's findings)."""
    lines = [
        f"Coverage as of {cov.as_of.isoformat()} up to {cov.until.isoformat()} "
        f"({reading_label(cov.rulebook, cov.interpretation)})",
        "+ covered   - not covered   ? unknown",
    ]
    width = max([len(r) for r in cov.rights] + [len("storefronts")])  # the header too
    short = [_short(p) for p in cov.platforms]
    for target in (Target.LISTING, Target.STOREFRONT):
        lines += ["", f"{target.value}s".ljust(width) + "  " + " ".join(short)]
        for right in cov.rights:
            row = (statuses.get((right, p, target.value)) for p in cov.platforms)
            cells = " ".join(  # a hand-built answer's right or platform with no cells: blank
                (st.symbol if st else " ").center(len(h)) for st, h in zip(row, short, strict=True)
            )
            lines.append(right.ljust(width) + "  " + cells)
    names = ", ".join(f"{h}={p}" for h, p in zip(short, cov.platforms, strict=True))
    later = dict.fromkeys(c.platform for c in cov.changes if c.platform not in cov.platforms)
    names += "".join(f", {_short(p)}={p} (opens later)" for p in later)
    lines += ["", *textwrap.wrap(f"platforms: {names}", 80, subsequent_indent="  ")]
    for f in cov.account_findings:
        lines.append(f"account: {f.severity.value} {f.code}: {f.message}")
    lines.append(_counts(s, n_cells))
    lines += _gaps(s)
    if s.best_opening is not None:
        opening, n = s.best_opening
        lines.append(f"opens the most ({n} cells): {opening.text}")
    if s.best_document is not None and s.best_document != s.best_opening:
        opening, n = s.best_document
        lines.append(f"best single document ({n} cells): {opening.text}")
    if cov.changes:
        lines += ["", f"changes up to {cov.until.isoformat()}:"]
        groups: dict[tuple[dt.date, str, str, str, str], list[str]] = {}
        for ch in cov.changes:
            key = (ch.date, ch.right, ch.before.value, ch.after.value, ch.cause)
            groups.setdefault(key, []).append(f"{_short(ch.platform)}/{ch.target.value[0]}")
        for (when, right, before, after, cause), where in groups.items():
            lines.append(f"  {when.isoformat()} {right}: {before} -> {after} on {len(where)}")
            lines.append(f"    cells ({' '.join(where)}): {cause}")
    if disputed:
        lines += ["", f"{len(disputed)} cells read otherwise under another interpretation:"]
        for c in disputed:
            other = ", ".join(f"{n}: {st.value}" for n, st in c.other_readings)
            lines.append(f"  {c.right} {c.platform} {c.target.value}: {c.status.value} ({other})")
    lines += ["", "OK" if cov._ok(s) else "NOT OK: a right covers nothing or a cell lapses"]
    return "\n".join(_fit(lines, 80))


def _gaps(s: Summary) -> list[str]:
    """The summary's lines of platforms and rights without a usable right (sure or unknown)."""
    named = (
        ("no usable right (listings)", s.platforms_without_right),
        ("usable right unknown (listings)", s.platforms_unknown),
        ("rights usable nowhere", s.rights_usable_nowhere),
        ("rights usable only where unknown", s.rights_unknown),
    )
    return [f"{label}: {', '.join(ids)}" for label, ids in named if ids]


def _counts(s: Summary, n_cells: int) -> str:
    """The summary's line of counts."""
    return (
        f"{s.covered} covered, {s.not_covered} not covered, {s.unknown} unknown of {n_cells} cells"
    )


def _record(
    c: Cell, found: Change | None, as_of: dt.date | None, interpretation: str, rulebook: str
) -> dict[str, Any]:
    """:meth:`Coverage.to_records`' record of one cell (``found``: the first change of its
    status, or ``None``)."""
    return {
        "right": c.right,
        "platform": c.platform,
        "target": c.target.value,
        "status": c.status.value,
        "reasons": list(c.reasons),
        "why": c.why,
        "codes": [f.code for f in c.findings],
        "opens": [o.text for o in c.opens],
        "rule_ids": list(c.rule_ids),
        "sources": list(c.sources),
        "other_readings": [n for n, _ in c.other_readings],
        "other_statuses": [f"{n}:{st.value}" for n, st in c.other_readings],
        "changes_on": found.date if found is not None else None,
        "changes_to": found.after.value if found is not None else None,
        "as_of": as_of,
        "interpretation": interpretation,
        "rulebook": rulebook,
    }


class _Tally:
    """What :meth:`Coverage.summary` counts, gathered a cell at a time (in the cells' order,
    so that the best move among equals is the same)."""

    __slots__ = ("counts", "documents", "gap", "listing_gap", "listing_ok", "openings", "used")

    def __init__(self) -> None:
        self.counts: Counter[CellStatus] = Counter()
        self.listing_ok: set[str] = set()
        self.listing_gap: set[str] = set()
        self.used: set[str] = set()
        self.gap: set[str] = set()
        self.openings: Counter[Opening] = Counter()
        self.documents: Counter[Opening] = Counter()

    def add(self, c: Cell) -> None:
        """Count one cell."""
        self.counts[c.status] += 1
        if c.status is CellStatus.COVERED:
            self.used.add(c.right)
            if c.target is Target.LISTING:
                self.listing_ok.add(c.platform)
            return
        if c.status is CellStatus.UNKNOWN:
            self.gap.add(c.right)
            if c.target is Target.LISTING:
                self.listing_gap.add(c.platform)
        if len(c.opens) != 1 or not c.opens[0].actionable:
            return
        blocking = [f for f in c.findings if f.severity.value in ("error", "unknown")]
        if _no_dead_end(blocking):
            self.openings[c.opens[0]] += 1
            if c.opens[0].kind in ("document", "authorisation"):
                self.documents[c.opens[0]] += 1

    def summary(self, rights: Sequence[str], platforms: Sequence[str]) -> Summary:
        """The summary of the cells counted, of these rights on these platforms."""
        ok, gap_at, gap = self.listing_ok, self.listing_gap, self.gap - self.used
        return Summary(
            covered=self.counts[CellStatus.COVERED],
            not_covered=self.counts[CellStatus.NOT_COVERED],
            unknown=self.counts[CellStatus.UNKNOWN],
            platforms_without_right=tuple(p for p in platforms if p not in ok | gap_at),
            rights_usable_nowhere=tuple(r for r in rights if r not in self.used | gap),
            best_opening=_best(self.openings),
            best_document=_best(self.documents),
            platforms_unknown=tuple(p for p in platforms if p not in ok and p in gap_at),
            rights_unknown=tuple(r for r in rights if r in gap),
        )


def _best(tally: Counter[Opening]) -> tuple[Opening, int] | None:
    """The move that opens the most cells (the earlier kind among equals), or ``None``."""
    if not tally:
        return None
    return max(tally.items(), key=lambda kv: (kv[1], -_order(kv[0])))


_COLOUR = {
    CellStatus.COVERED: "#d4f4dd",
    CellStatus.NOT_COVERED: "#f8d7da",
    CellStatus.UNKNOWN: "#fff3cd",
}

_SHORT = {
    "alibaba_com": "a.cm",
    "aliexpress": "alix",
    "tmall_global": "tmgl",
    "taobao": "taob",
    "tmall": "tmal",
    "1688": "1688",
}


def _short(platform: str) -> str:
    """A four-character column head (``l.sg`` for ``lazada_sg``)."""
    if platform.startswith("lazada_"):
        return "l." + platform[7:9]
    return _SHORT.get(platform, platform[:4])


def _fit(lines: list[str], width: int) -> Iterator[str]:
    """Lines longer than ``width`` wrapped at spaces, continued with an indent."""
    for line in lines:
        if len(line) <= width:
            yield line
            continue
        indent = " " * (len(line) - len(line.lstrip()) + 4)
        yield from textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False)


def _order(opening: Opening) -> int:
    return (
        ("document", "authorisation", "registration", "renewal").index(opening.kind)
        if (opening.kind in ("document", "authorisation", "registration", "renewal"))
        else 9
    )


def _no_dead_end(blocking: list[Finding]) -> bool:
    """Whether some finding blocks and none is a dead end (no store fronts, no reason code)."""
    return len(blocking) > 0 and all(
        f.code not in ("storefront-not-allowed", "reason-wrong-target", "reason-wrong-platform")
        for f in blocking
    )


def _cell_categories() -> dict[str, Any]:
    """The categorical columns of a cell's record in a frame (:meth:`Coverage.to_frame`, and
    the summary's rows): platforms and readings of the book, targets and statuses."""
    from ipprules.rulebook.categories import book_ids, interpretations

    return {
        "platform": book_ids("platforms"),
        "target": Target,
        "status": CellStatus,
        "changes_to": CellStatus,
        "interpretation": interpretations(),
    }
