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
    from ipprules._files import Document
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

    add_as_of(parser, "the plan")
    add_interpretation(parser)
    add_rules(parser)
    add_format(parser, "csv")


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.checks import check, read_plan
    from ipprules.checks.plan import EXAMPLE_PLAN, example_document, placed, plan_from_data
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
    # the example through the package's loader: no file on disk from a wheel on sys.path
    example = example_document() if args.example else None
    plan = (
        read_plan(file)
        if example is None
        else plan_from_data(example.data, file=example.name, locate=example.locate)
    )
    day = resolve_file_as_of(args, plan.as_of, "the plan's")
    try:
        report = check(
            plan, as_of=day, rulebook=rulebook_from(args), interpretation=args.interpretation
        )
    except (CoverageError, InputError) as exc:  # a value of the plan the book refuses: where
        raise in_file(exc, file, args) from None
    name, lines = _lines(report, file, example)
    if args.format == "json":
        data = report.as_dict()
        data["findings"] = [placed(f, name, lines) for f in data["findings"]]
        print_json(data)
    elif args.format == "csv":
        from ipprules.checks.findings import _RECORD_COLUMNS

        at = _RECORD_COLUMNS.index("path") + 1
        columns = (*_RECORD_COLUMNS[:at], "file", "line", *_RECORD_COLUMNS[at:])
        print_csv([placed(r, name, lines) for r in report.to_records()], columns)
    else:
        print(report.text({p: f"{name}:{n}" for p, n in lines.items()}))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _lines(
    report: Report, file: str | os.PathLike[str], doc: Document | None = None
) -> tuple[str, dict[str, int]]:
    """The plan's name as findings show it, and each finding's JSON path's line
    (:func:`~ipprules.checks.plan.finding_lines`); ``doc`` the plan's document when it was
    read already (the shipped example), else ``file`` is read again."""
    from ipprules._files import source_name
    from ipprules.checks.plan import finding_lines
    from ipprules.cli._common import reread

    name = source_name(file)
    doc = doc if doc is not None else reread(file)
    if doc is None:  # pragma: no cover - the file was read just before
        return name, {}
    return name, finding_lines(report, doc)
