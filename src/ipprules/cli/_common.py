"""Helpers shared by the CLI subcommands: dates, formats, output and exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2


def iso_date(text: str) -> dt.date:
    """argparse type for an ISO date (``YYYY-MM-DD``), strict."""
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_as_of(parser: argparse.ArgumentParser) -> None:
    """Add ``--as-of DATE`` (defaults to today; the CLI prints the date it used)."""
    parser.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="the date to apply the rules as of (YYYY-MM-DD; default: today, printed)",
    )


def resolve_as_of(args: argparse.Namespace, stream: TextIO | None = None) -> dt.date:
    """The ``--as-of`` date, or today; says on stderr which date was used when it defaulted."""
    given: dt.date | None = args.as_of
    if given is not None:
        return given
    today = dt.date.today()  # the CLI is the only place that reads the clock
    print(f"ipprules: as of {today.isoformat()} (today)", file=stream or sys.stderr)
    return today


def add_interpretation(parser: argparse.ArgumentParser) -> None:
    """Add ``--interpretation NAME`` (default: the rule book's default reading)."""
    parser.add_argument(
        "--interpretation",
        default=None,
        metavar="NAME",
        help="reading of the rules: brief (default), official, brief-at-least-100",
    )


def add_format(parser: argparse.ArgumentParser, *choices: str) -> None:
    """Add ``--format`` with ``text`` (default), ``json`` and any extra choices."""
    parser.add_argument(
        "--format",
        choices=("text", "json", *choices),
        default="text",
        help="output format (default: text)",
    )


def print_json(data: Any, stream: TextIO | None = None) -> None:
    """Print data as indented, key-sorted JSON (dates as ISO strings)."""
    json.dump(data, stream or sys.stdout, indent=2, ensure_ascii=False, default=_default)
    (stream or sys.stdout).write("\n")


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def fail(exc: BaseException, stream: TextIO | None = None) -> int:
    """Report an unusable input on stderr (never a traceback) and return exit code 2."""
    print(f"ipprules: error: {exc}", file=stream or sys.stderr)
    return EXIT_INPUT


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table with aligned columns.

    >>> print(table(["id", "max"], [["portal", 300], ["standalone_form", 10]]))
    id               max
    ---------------  ---
    portal           300
    standalone_form  10
    """
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    )
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple | list):
        return ", ".join(_cell(v) for v in value) or "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
