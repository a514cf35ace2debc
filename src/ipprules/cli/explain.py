"""``ipprules explain``: what a code means and how to fix it (all codes without one).

Finding codes of ``check`` and ``counter-notice``; the rejection codes ``listings`` and
``plan`` print (``lookalike-host``, ``listing:lookalike-host``, ``missing-order``,
``check:right-expired``: the prefix names where the code comes from; with ``--workers``,
``unknown-account`` and ``no-account`` too); a planner line's status (``planned``,
``duplicate``, ``rejected``) and a lifecycle event's timing (``late``, ``early``,
``disputed``). The table is :mod:`ipprules._codes`, which :func:`ipprules.explain` reads too.

A finding whose check reads rule-book limits quotes their figures from the book in use: the
embedded one, or with ``--rules FILE`` the book with that override applied (as ``check`` and
the other rule-reading commands take it).

A finding resting on rule-book records cites their rules (a channel's, a reason code's...):
after the catalogue's rules, ``Rules:`` lists those the code's findings can cite from the
book's records, of any date, or with ``--as-of DATE`` of the records in force on that date
(``catalogue_rules`` and ``rules_as_of`` in ``--format json``).

Exit codes: 0 shown, 2 unknown code, an ``--as-of`` outside the rule book's coverage (no
record is in force then) or an unusable ``--rules`` file.
"""

from __future__ import annotations

import argparse

from ipprules._codes import LIMITS_QUOTED, PLANNER_CHECKS
from ipprules.cli._common import EXIT_OK, add_format, add_rules, iso_date, print_json, table

__all__ = ["LIMITS_QUOTED", "PLANNER_CHECKS", "configure", "run"]

HELP = (
    "explain a code of check, counter-notice, listings, plan or lifecycle "
    "(list every code without one)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules explain``."""
    parser.add_argument(
        "code",
        nargs="?",
        metavar="CODE",
        help="a finding or rejection code, e.g. right-expired, short-link, missing-order",
    )
    parser.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="list the rules a finding can cite from the rule-book records in force on DATE "
        "(YYYY-MM-DD; default: the records of any date)",
    )
    add_rules(parser)
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules._codes import all_entries, entry_data, entry_text
    from ipprules.cli._common import rulebook_from

    book = rulebook_from(args)  # a malformed --rules file is exit 2, with or without a code
    if args.code is None:
        entries = all_entries()
        if args.format == "json":
            print_json(entries)
        else:
            rows = [[e["code"], e["severity"], e["title"]] for e in entries]
            print(table(["code", "severity", "title"], rows))
        return EXIT_OK
    entry = entry_data(args.code, book, args.as_of)
    if args.format == "json":
        print_json(entry)
    else:
        print(entry_text(entry))
    return EXIT_OK
