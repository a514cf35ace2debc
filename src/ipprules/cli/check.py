"""``ipprules check``: every finding of a complaint plan, grouped by complaint.

Exit codes: 0 no errors (warnings, unknowns and infos allowed), 1 findings with
errors, 2 unusable input (bad file, unknown interpretation, date not covered).
"""

from __future__ import annotations

import argparse
import sys

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
    plan = read_plan(EXAMPLE_PLAN if args.example else args.plan)
    day = resolve_file_as_of(args, plan.as_of, "the plan's")
    try:
        report = check(
            plan, as_of=day, rulebook=rulebook_from(args), interpretation=args.interpretation
        )
    except (CoverageError, InputError) as exc:  # a value of the plan the book refuses: where
        raise in_file(exc, EXAMPLE_PLAN if args.example else args.plan, args) from None
    if args.format == "json":
        print_json(report.as_dict())
    elif args.format == "csv":
        from ipprules.checks.findings import _RECORD_COLUMNS

        print_csv(report.to_records(), _RECORD_COLUMNS)
    else:
        print(report.text())
    return EXIT_OK if report.ok else EXIT_FINDINGS
