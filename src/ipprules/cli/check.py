"""``ipprules check``: every finding of a complaint plan, grouped by complaint.

Exit codes: 0 no errors (warnings, unknowns and infos allowed), 1 findings with
errors, 2 unusable input (bad file, unknown interpretation, date not covered).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    add_format,
    add_interpretation,
    add_rules,
    print_csv,
    print_json,
)

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.checks import Report

HELP = "check a complaint plan: every finding at once (exit 1 when there are errors)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules check``."""
    parser.add_argument("plan", nargs="?", metavar="PLAN", help="plan file (.toml or .json)")
    parser.add_argument(
        "--example",
        action="store_true",
        help="check the example plan shipped with ipprules (instead of PLAN)",
    )
    from ipprules.cli._common import add_as_of

    add_as_of(parser)
    add_interpretation(parser)
    add_rules(parser)
    add_format(parser, "csv")


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.checks import check, read_plan
    from ipprules.checks.plan import EXAMPLE_PLAN
    from ipprules.cli._common import in_file, resolve_file_as_of, rulebook_from
    from ipprules.errors import CoverageError, InputError

    if args.example == (args.plan is not None):  # neither was "(not both)" too
        said = (
            "give a PLAN file or --example, not both"
            if args.example
            else "give a PLAN file (or --example: the example plan shipped with ipprules)"
        )
        print(f"ipprules: error: {said}", file=sys.stderr)
        return EXIT_INPUT
    file = EXAMPLE_PLAN if args.example else args.plan
    plan = read_plan(file)
    day = resolve_file_as_of(args, plan.as_of, "the plan's")
    try:
        report = check(
            plan, as_of=day, rulebook=rulebook_from(args), interpretation=args.interpretation
        )
    except (CoverageError, InputError) as exc:  # a value of the plan the book refuses: where
        raise in_file(exc, file, args) from None
    if args.format == "json":
        print_json(report.as_dict())
    elif args.format == "csv":
        from ipprules.checks.findings import _RECORD_COLUMNS

        print_csv(report.to_records(), _RECORD_COLUMNS)
    else:
        print(report.text(_places(report, file)))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _places(report: Report, file: str | os.PathLike[str]) -> dict[str, str]:
    """Each finding's JSON path as ``file:line``, the line where the plan writes its value
    (for a value left out, the nearest one that encloses it)."""
    from ipprules._files import source_name
    from ipprules.cli._common import reread

    doc = reread(file)
    if doc is None:  # pragma: no cover - the file was read just before
        return {}
    name = source_name(file)
    out: dict[str, str] = {}
    for f in report.findings:
        found = doc.locate(f.path)
        if found is not None:
            out[f.path] = f"{name}:{found[0]}"
    return out
