"""``ipprules listings FILE|-``: parse, canonicalise and de-duplicate pasted listing URLs.

One input per line (blank lines are skipped; share text around a link is fine). Prints a
table (or ``--format json`` / ``csv``) and a summary line: parsed, duplicates and rejected
by reason. Exit code 0 when every input parsed, 1 when some were rejected, 2 when the input
is unusable (a missing file, say).
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

import attrs

from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, add_format, print_json, table
from ipprules.listings import (
    Duplicate,
    Listing,
    Rejection,
    dedupe,
    parse_listings,
    summarize,
)

HELP = "parse, canonicalise and de-duplicate listing URLs (one per line; - for stdin)"

_CSV_FIELDS = (
    "line",
    "status",
    "platform",
    "marketplace",
    "kind",
    "id",
    "id_type",
    "canonical_url",
    "identity",
    "code",
    "reason",
    "suggestion",
    "duplicate_of",
    "input",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a text file with one URL per line, or -")
    add_format(parser, "csv")
    parser.add_argument(
        "--dedupe", action="store_true", help="mark inputs that repeat an earlier listing"
    )
    parser.add_argument(
        "--derived-aliexpress-ids",
        action="store_true",
        help="with --dedupe, also merge AliExpress ids that differ by 2**51 (unverified)",
    )
    parser.add_argument("--out", metavar="DIR", help="with --workers/--scheduler: Parquet output")
    from ipprules.scale.cli import add_options

    add_options(parser)


def run(args: argparse.Namespace) -> int:
    from ipprules._files import iter_lines
    from ipprules.scale.cli import run_listings, wanted

    if wanted(args) or args.out:
        return run_listings(args)

    numbered = [(number, text) for number, text in iter_lines(args.file) if text.strip()]
    results = parse_listings(text for _, text in numbered)
    if args.dedupe:
        results = dedupe(results, use_derived=args.derived_aliexpress_ids)  # type: ignore[assignment]
    outcomes = list(results)
    line_of = [number for number, _ in numbered]
    rows = [_row(line_of[position], result, line_of) for position, result in outcomes]
    summary = summarize(outcomes)
    if args.format == "json":
        print_json({"results": rows, "summary": attrs.asdict(summary) | {"line": summary.line()}})
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: row.get(key) for key in _CSV_FIELDS})
        print(summary.line(), file=sys.stderr)
    else:
        print(
            table(
                ["line", "status", "platform", "kind", "id", "canonical URL / reason"],
                [_text_row(row) for row in rows],
            )
        )
        print(summary.line())
    return EXIT_FINDINGS if summary.rejected else EXIT_OK


def _row(line: int, result: Listing | Duplicate | Rejection, line_of: list[int]) -> dict[str, Any]:
    data = result.as_dict()
    if isinstance(result, Duplicate):
        data["duplicate_of"] = line_of[result.first]
    status = (
        "duplicate" if isinstance(result, Duplicate) else "listing" if data["ok"] else "rejected"
    )
    listing = result.listing if isinstance(result, Duplicate) else result
    if isinstance(listing, Listing):  # attributes the record schema leaves out
        data["id_type"], data["note"] = listing.id_type, listing.note
    return {"line": line, "status": status, **data}


def _text_row(row: dict[str, Any]) -> list[object]:
    status = row["status"]
    if status == "rejected":
        detail = row["reason"]
        if row.get("suggestion") and row["suggestion"] not in detail:
            detail += f" (try {row['suggestion']})"
        return [row["line"], "rejected", row["code"], None, None, detail]
    detail = row["canonical_url"]
    if status == "duplicate":
        detail = f"same as line {row['duplicate_of']}: {row['identity']}"
    elif row.get("note"):
        detail += f" (note: {row['note']})"
    return [row["line"], status, row["platform"], row["kind"], row["id"], detail]
