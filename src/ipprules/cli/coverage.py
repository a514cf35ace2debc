"""``ipprules coverage``: which rights a portfolio can enforce where, and what lapses next.

Exit codes: 0 every right covers something and nothing covered lapses within the horizon,
1 a right covers nothing or a covered cell lapses within the horizon, 2 unusable input.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    nested_json,
    shown,
    write_json,
)

if TYPE_CHECKING:
    from ipprules.checks import Plan
    from ipprules.coverage import Cell
    from ipprules.coverage.engine import _Streamed

T = TypeVar("T")

#: How many characters of cells the JSON and CSV writers hold in memory before they go to a
#: temporary file (the cells are written after the summary, which needs every cell).
SPOOL_MEMORY = 1 << 24

HELP = "rights coverage of a portfolio: right x platform x target, and lapses (exit 1: gaps)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules coverage``."""
    parser.add_argument(
        "portfolio",
        metavar="FILE",
        help="portfolio or plan file (.toml or .json): the account and its rights",
    )
    add_as_of(parser, "the portfolio")
    parser.add_argument(
        "--horizon",
        default="90d",
        metavar="SPAN",
        help="how far ahead to look for lapses: days or 90d, 12w, 6m, 1y (default 90d)",
    )
    parser.add_argument(
        "--platform",
        action="append",
        dest="platforms",
        metavar="ID",
        help="only this platform (repeatable; default: every platform in force)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="one row per right x platform x target: status and counts, no findings",
    )
    add_interpretation(parser)
    add_rules(parser)
    add_format(parser, "csv")


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.checks import read_plan
    from ipprules.cli._term import echo
    from ipprules.coverage import parse_horizon
    from ipprules.coverage.engine import _streamed
    from ipprules.errors import InputError

    try:  # an option, not a value of the portfolio: named as the option, before the file
        parse_horizon(args.horizon)
    except InputError as exc:
        raise InputError(exc.problems[0].message, path="--horizon") from None
    portfolio = read_plan(args.portfolio)
    if args.summary:
        return _run_summary(args, portfolio)
    with _Spool(args.format) as spool:
        done = _answered(args, portfolio, lambda p, **asked: _streamed(p, spool.add, **asked))
        if args.format == "json":
            write_json(done.answer._document(None, done.summary), spool.written(), "cells")
        elif args.format == "csv":
            _write_csv(done, spool, sys.stdout)
        else:
            echo("\n".join(shown(line) for line in done.text().split("\n")))
    return EXIT_OK if done.answer._ok(done.summary) else EXIT_FINDINGS


def _answered(args: argparse.Namespace, portfolio: Plan, make: Callable[..., T]) -> T:
    """``make(portfolio, **options)`` with the command's options (the date, horizon, book,
    reading and platforms); a value the book refuses is named where it is in the file."""
    from ipprules.cli._common import in_file, resolve_file_as_of, rulebook_from
    from ipprules.errors import CoverageError, InputError

    try:
        return make(
            portfolio,
            as_of=resolve_file_as_of(args, portfolio.as_of, "the portfolio's"),
            horizon=args.horizon,
            rulebook=rulebook_from(args),
            interpretation=args.interpretation,
            platforms=args.platforms,
        )
    except (CoverageError, InputError) as exc:  # a value the book refuses: where it is
        raise in_file(exc, args.portfolio, args) from None


def _run_summary(args: argparse.Namespace, portfolio: Plan) -> int:
    """``--summary``: :func:`~ipprules.coverage.coverage_summary`, as text, JSON or CSV (the
    rows of its ``to_records``, without a column for the reading and the book)."""
    from ipprules.cli._term import echo
    from ipprules.coverage import coverage_summary
    from ipprules.coverage.rows import ROW_COLUMNS

    brief = _answered(args, portfolio, coverage_summary)
    if args.format == "json":
        rows = (
            ("\n    " if i == 0 else ",\n    ") + nested_json(row.to_dict(), "\n    ")
            for i, row in enumerate(brief.rows)
        )
        write_json(brief._answer()._document(None, brief.totals), rows, "cells", "rows")
    elif args.format == "csv":
        columns = [c for c in ROW_COLUMNS if c not in ("interpretation", "rulebook")]
        writer = csv.DictWriter(
            sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        for record in brief._records():
            record["other_statuses"] = " ".join(record["other_statuses"])
            writer.writerow(record)
    else:
        echo("\n".join(shown(line) for line in brief.text().split("\n")))
    return EXIT_OK if brief.ok else EXIT_FINDINGS


class _Spool:
    """Where the cells go as they are worked out, before the summary (which the JSON gives
    first) is known: for JSON each cell's text, for CSV each record's values but its first
    change and date, in a temporary file once past :data:`SPOOL_MEMORY` characters; nothing
    for the text, which shows statuses only. A large portfolio's cells and findings are never
    all held at once."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        # closed by __exit__: the spool lives as long as the command writes
        self.file = tempfile.SpooledTemporaryFile(SPOOL_MEMORY, "w+", encoding="utf-8")  # noqa: SIM115
        self.count = 0

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def add(self, cell: Cell) -> None:
        """Write down one cell."""
        from ipprules.coverage.result import _record

        if self.fmt == "json":
            head = ",\n    " if self.count else "\n    "
            self.file.write(head + nested_json(cell.to_dict(), "\n    "))
        elif self.fmt == "csv":
            row = _without_provenance(_record(cell, None, None, "", ""))
            values = [" ".join(v) if isinstance(v, list) else v for v in row.values()]
            self.file.write(json.dumps(values, ensure_ascii=False) + "\n")
        self.count += 1

    def written(self) -> Iterator[str]:
        """What was written, in pieces (JSON) or one line a record (CSV)."""
        self.file.seek(0)
        if self.fmt == "csv":
            yield from self.file
            return
        while piece := self.file.read(1 << 20):
            yield piece


def _write_csv(done: _Streamed, spool: _Spool, out: TextIO) -> None:
    """The records as CSV, a row at a time from the spool, each given its first change and
    the date; the reading and the book are the command's own (its --interpretation,
    --rules), so their columns are left out."""
    from ipprules.coverage.result import _RECORD_COLUMNS

    columns = [c for c in _RECORD_COLUMNS if c not in ("interpretation", "rulebook")]
    writer = csv.DictWriter(
        out, fieldnames=columns if spool.count else ["right"], lineterminator="\n"
    )
    writer.writeheader()
    first_change = done.answer._first_changes()
    as_of = done.answer.as_of
    for line in spool.written():
        row = dict(zip(columns, json.loads(line), strict=True))
        found = first_change.get((row["right"], row["platform"], row["target"]))
        if found is not None:
            row["changes_on"], row["changes_to"] = found.date, found.after.value
        row["as_of"] = as_of
        writer.writerow(row)


def _without_provenance(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("interpretation", "rulebook")}
