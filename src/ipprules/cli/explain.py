"""``ipprules explain``: what a finding code means and how to fix it (all codes without one).

Exit codes: 0 shown, 2 unknown code.
"""

from __future__ import annotations

import argparse

from ipprules.cli._common import EXIT_OK, add_format, print_json, table

HELP = "explain a finding code of ipprules check (list every code without one)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules explain``."""
    parser.add_argument(
        "code", nargs="?", metavar="CODE", help="a finding code, e.g. right-expired"
    )
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.checks import catalogue, explain
    from ipprules.counternotice import catalogue as counter_notice_codes

    if args.code is None:
        entries = [*catalogue().values(), *counter_notice_codes().values()]
        if args.format == "json":
            print_json([_data(e) for e in entries])
        else:
            print(
                table(
                    ["code", "severity", "title"], [[e.code, e.severity, e.title] for e in entries]
                )
            )
        return EXIT_OK
    entry = counter_notice_codes().get(args.code) or explain(args.code)
    if args.format == "json":
        print_json(_data(entry))
    else:
        print(entry.text())
    return EXIT_OK


def _data(entry: object) -> dict[str, object]:
    from ipprules._convert import unstructure

    data: dict[str, object] = unstructure(entry)
    return data
