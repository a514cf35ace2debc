"""``ipprules schema``: the JSON Schema of an input file format (every format without a name).

``ipprules schema NAME`` prints the schema (the same text as the shipped file);
``--path`` prints where the shipped file is instead, to point an editor at it.
Exit codes: 0 shown, 2 unknown name.
"""

from __future__ import annotations

import argparse
import sys

from ipprules.cli._common import EXIT_OK, add_format, print_json, table
from ipprules.cli._term import fit_text, width

HELP = "print the JSON Schema of an input file format (list the formats without a name)"
READS_FILES = False  # prints shipped schemas only: no input file, so no --max-bytes


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules schema``."""
    parser.add_argument(
        "name", nargs="?", metavar="NAME", help="a format: plan, rules, history, what-if, ..."
    )
    parser.add_argument(
        "--path", action="store_true", help="print the path of the shipped schema file instead"
    )
    add_format(parser)
    parser.set_defaults(_raw_output=True)  # a schema is printed verbatim, even on a terminal


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules import schemas

    if args.name is None:
        rows = [[n, schemas.schema(n)["title"], str(schemas.path(n))] for n in schemas.NAMES]
        if args.format == "json":
            print_json([{"name": n, "title": t, "path": p} for n, t, p in rows])
        else:  # the folder once, the file names in the table: it fits, wrapped, when narrow
            folder = schemas.path(schemas.NAMES[0]).parent
            print(f"in {folder}:")
            named = [[n, t, schemas.path(n).name] for n, t, _ in rows]
            print(fit_text(table(["name", "title", "file"], named), width(sys.stdout)))
        return EXIT_OK
    if args.path:
        where = str(schemas.path(args.name))
        if args.format == "json":
            print_json({"name": args.name, "path": where})
        else:
            print(where)
        return EXIT_OK
    # the schema is JSON whatever --format says: print the shipped text exactly
    print(schemas.schema_text(args.name), end="")
    return EXIT_OK
