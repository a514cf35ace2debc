"""``ipprules coverage``: which rights a portfolio can enforce where, and what lapses next.

Exit codes: 0 every right covers something and nothing covered lapses within the horizon,
1 a right covers nothing or a covered cell lapses within the horizon, 2 unusable input.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    shown,
)
from ipprules.cli._common import _default as json_default

if TYPE_CHECKING:
    from ipprules.coverage import Coverage

HELP = "rights coverage of a portfolio: right x platform x target, and lapses (exit 1: gaps)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules coverage``."""
    parser.add_argument(
        "portfolio",
        metavar="FILE",
        help="portfolio or plan file (.toml or .json): the account and its rights",
    )
    add_as_of(parser)
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
    add_interpretation(parser)
    add_rules(parser)
    add_format(parser, "csv")


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.checks import read_plan
    from ipprules.cli._common import in_file, resolve_file_as_of, rulebook_from
    from ipprules.cli._term import echo
    from ipprules.coverage import coverage, parse_horizon
    from ipprules.errors import CoverageError, InputError

    try:  # an option, not a value of the portfolio: named as the option, before the file
        parse_horizon(args.horizon)
    except InputError as exc:
        raise InputError(exc.problems[0].message, path="--horizon") from None
    portfolio = read_plan(args.portfolio)
    try:
        result = coverage(
            portfolio,
            as_of=resolve_file_as_of(args, portfolio.as_of, "the portfolio's"),
            horizon=args.horizon,
            rulebook=rulebook_from(args),
            interpretation=args.interpretation,
            platforms=args.platforms,
        )
    except (CoverageError, InputError) as exc:  # a value the book refuses: where it is
        raise in_file(exc, args.portfolio, args) from None
    if args.format == "json":
        _write_json(result, sys.stdout)
    elif args.format == "csv":
        _write_csv(result, sys.stdout)
    else:
        echo("\n".join(shown(line) for line in result.text().split("\n")))
    return EXIT_OK if result.ok else EXIT_FINDINGS


def _write_json(result: Coverage, out: TextIO) -> None:
    """``result.as_dict()`` as :func:`~ipprules.cli._common.print_json` prints it, written a
    cell at a time: a portfolio of 10,000 rights never holds every cell's dict at once."""
    out.write("{")
    for n, (key, value) in enumerate(result._document(None).items()):
        out.write(("," if n else "") + "\n  " + json.dumps(key, ensure_ascii=False) + ": ")
        if key != "cells":
            out.write(_nested(value, "\n  "))
        elif not result.cells:
            out.write("[]")
        else:
            for i, cell in enumerate(result.cells):
                out.write(("," if i else "[") + "\n    " + _nested(cell.to_dict(), "\n    "))
            out.write("\n  ]")
    out.write("\n}\n")


def _nested(value: Any, newline: str) -> str:
    """``value`` as indented JSON placed at a deeper level (JSON text holds no raw newline
    but its own, so each of them takes the level's indent)."""
    text = json.dumps(value, indent=2, ensure_ascii=False, default=json_default)
    return text.replace("\n", newline)


def _write_csv(result: Coverage, out: TextIO) -> None:
    """The records as CSV, a row at a time; the reading and the book are the command's own
    (its --interpretation, --rules), so their columns are left out."""
    rows = (_without_provenance(r) for r in result._records())
    first = next(rows, None)
    writer = csv.DictWriter(out, fieldnames=list(first) if first else ["right"])
    writer.writeheader()
    for row in itertools.chain((first,) if first else (), rows):
        writer.writerow({k: " ".join(v) if isinstance(v, list) else v for k, v in row.items()})


def _without_provenance(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("interpretation", "rulebook")}
