"""``ipprules version``: the package's version and the embedded rule book's, for scripts.

``ipprules --version`` prints them as text whatever ``--format`` says (an option of a
command); this command takes ``--format json``:
``{"ipprules_version": ..., "rulebook_version": ..., "rulebook_date": ...}``, the book's keys
as every command's JSON names them. Only the book's header is read. Exit code 0.
"""

from __future__ import annotations

import argparse

from ipprules.cli._common import EXIT_OK, add_format, print_json

HELP = "print the package's version and the embedded rule book's (--format json for scripts)"
READS_FILES = False  # reads no input file, so no --max-bytes


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules version``."""
    add_format(parser)


def version_line() -> str:
    """``ipprules 0.1.0 (rule book 2026.11.23)``: what ``--version`` and this command print."""
    from ipprules import __version__
    from ipprules.rulebook.loader import embedded_version

    return f"ipprules {__version__} (rule book {embedded_version()})"


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for the output."""
    if args.format == "json":
        from ipprules import __version__
        from ipprules._dates import rulebook_keys
        from ipprules.rulebook.loader import embedded_version

        print_json({"ipprules_version": __version__, **rulebook_keys(embedded_version())})
    else:
        print(version_line())
    return EXIT_OK
