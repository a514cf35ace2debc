"""Helpers shared by the CLI subcommands: dates, formats, output and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TextIO

# re-exported: the commands draw with them (the results' text() too, from the base module)
from ipprules._table import shown as shown
from ipprules._table import table as table
from ipprules._table import table_row as table_row

if TYPE_CHECKING:  # pragma: no cover
    from ipprules._files import Document
    from ipprules.errors import IpprulesError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
#: Interrupted by the user (Ctrl-C): 128 + SIGINT, as shells report it.
EXIT_INTERRUPTED = 130


def iso_date(text: str) -> dt.date:
    """argparse type for an ISO date (``YYYY-MM-DD``), strict, within 1900-01-01..2999-12-31.

    >>> iso_date("2024-02-29")
    datetime.date(2024, 2, 29)
    >>> iso_date("2024-W09-4")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: not a date (YYYY-MM-DD): '2024-W09-4'
    """
    from ipprules._dates import date_hint
    from ipprules._dates import iso_date as parse

    if not text.strip():  # a script's unset variable (--as-of "$DAY"), said as for any option
        said = "an empty value" if not text else f"white space only ({text[:40]!r})"
        raise argparse.ArgumentTypeError(f"{said} (expected a date, YYYY-MM-DD)")
    day = parse(text)
    if day is None:
        from ipprules.errors import quoted

        said = f"not a date (YYYY-MM-DD): {quoted(text)}{date_hint(text)}"
        raise argparse.ArgumentTypeError(said)
    return day


def date_option_problem(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The first date option outside 1900-01-01..2999-12-31, as a message naming the option.

    Checked after parsing (not by :func:`iso_date`), so that the command returns exit
    code 2 with the message instead of raising ``SystemExit`` from argparse.
    """
    from ipprules._dates import date_problem

    for action in parser._actions:
        values = getattr(args, action.dest, None)
        for value in values if isinstance(values, list | tuple) else (values,):
            if isinstance(value, dt.date):
                problem = date_problem(value)
                if problem:
                    name = "/".join(action.option_strings) or action.dest
                    return f"argument {name}: {problem}"
    return None


def option_problem(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The first problem of the arguments as given, as a message naming the argument: an empty
    value (``--rules ""``, ``--out=$UNSET``: read as the option left out, it was dropped in
    silence) or one of white space only, a date outside 1900-01-01..2999-12-31, or standard
    input (``-``) given to two file arguments (the first to read it would take the other's
    content).

    >>> from ipprules.cli import _parsers
    >>> command = _parsers()[1]["counter-notice"]
    >>> option_problem(command, command.parse_args(["cn.toml", "--rules="]))
    'argument --rules: an empty value (expected FILE)'
    >>> option_problem(command, command.parse_args(["-", "--rules", "-"]))
    'argument --rules: - (standard input) is read by COUNTER_NOTICE_FILE already; give a file'
    """
    return (
        _empty_value(parser, args)
        or _control_value(parser, args)
        or _blank_value(parser, args)
        or _windows_folder(parser, args)
        or date_option_problem(parser, args)
        or _stdin_twice(parser, args)
    )


#: Characters no argument takes: C0 and C1 controls and DEL (an escape sequence reached the
#: terminal in the messages that name the value, a newline split the one-line error in two,
#: a NUL went into the supplement of every complaint), line and paragraph separators and the
#: bidirectional controls that reorder the text a terminal shows.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
#: The same in free text (the ``TEXT`` options, ``plan --supplement``): a tab and a newline are
#: taken there, as a plan file's supplement takes them (a reason written on several lines), a
#: Windows line end (CR LF) too; a name, a path, a code or a number never holds one.
_CONTROL_IN_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
    "|\r(?!\n)"
)
#: The metavar of a free-text option.
TEXT = "TEXT"


def shown_escaped(text: str) -> str:
    r"""``text`` with each character :func:`_control_value` refuses written as its escape.

    >>> shown_escaped("unrecognized arguments: --a\x1b[31m \u202eb")
    'unrecognized arguments: --a\\x1b[31m \\u202eb'
    """
    return _CONTROL.sub(lambda found: repr(found[0])[1:-1], text)


def _control_value(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """``argument --out: a control character (U+001B) in 'a\\x1b[31mb'``: refused before
    anything is read or written (``plan --out`` made a folder of that name). A free-text
    option (metavar ``TEXT``) takes a tab and a newline."""
    for action, name, value in _arguments(parser, args):
        if not isinstance(value, str):
            continue
        found = (_CONTROL_IN_TEXT if action.metavar == TEXT else _CONTROL).search(value)
        if found:
            text = value if len(value) <= 40 else value[:37] + "..."
            return f"argument {name}: a control character (U+{ord(found[0]):04X}) in {text!r}"
    return None


def _arguments(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> Iterator[tuple[argparse.Action, str, object]]:
    """(action, its name, one value) for every value of every argument, as parsed."""
    for action in parser._actions:
        values = getattr(args, action.dest, None)
        metavar = action.metavar if isinstance(action.metavar, str) else action.dest
        name = "/".join(action.option_strings) or metavar
        for value in values if isinstance(values, list | tuple) else (values,):
            yield action, name, value


def _empty_value(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    for action, name, value in _arguments(parser, args):
        if value == "" and action.default != "":
            wanted = f" (expected {action.metavar})" if isinstance(action.metavar, str) else ""
            return f"argument {name}: an empty value{wanted}"
    return None


def _blank_value(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """``argument --out: white space only (' ')``: a value of white space alone, as ``plan
    --right`` refused it, but for free text (metavar ``TEXT``). ``plan --out ' '`` wrote the
    plan into a folder named ' ', a file argument was said as a name not seen (``error:  :
    $: cannot read the file``), ``good-faith --account ' '`` named no option."""
    for action, name, value in _arguments(parser, args):
        if isinstance(value, str) and value and not value.strip() and action.metavar != TEXT:
            text = value if len(value) <= 40 else value[:37] + "..."
            return f"argument {name}: white space only ({text!r})"
    return None


def _windows_folder(
    parser: argparse.ArgumentParser, args: argparse.Namespace, windows: bool | None = None
) -> str | None:
    r"""``argument --out: 'C:\ci\out' is a Windows path ...``: an output folder (metavar
    ``DIR``) given as a Windows path where paths are not Windows ones (a script written for
    Windows run in a Linux job), refused before anything is written: ``plan --out
    C:\ci\out`` made a folder of that name in the current directory, and said it wrote there.

    >>> from ipprules.cli import _parsers
    >>> command = _parsers()[1]["plan"]
    >>> args = command.parse_args(["u.txt", "--account", "a.toml", "--out", "C:\\ci\\out"])
    >>> print(_windows_folder(command, args, windows=False))  # doctest: +ELLIPSIS
    argument --out: 'C:\\ci\\out' is a Windows path (a drive or a \), and this system's ...
    >>> _windows_folder(command, args, windows=True) is None
    True
    """
    from ipprules._files import windows_path

    for action, name, value in _arguments(parser, args):
        if action.metavar == "DIR" and isinstance(value, str) and windows_path(value, windows):
            text = value if len(value) <= 40 else value[:37] + "..."
            return (
                f"argument {name}: {text!r} is a Windows path (a drive or a \\), and this "
                "system's paths are not: a folder of that very name would be made; give a path "
                "of this system, with / (such as out/sub)"
            )
    return None


def _reads_a_file(action: argparse.Action) -> bool:
    """An argument naming an input file, where ``-`` is standard input."""
    metavar = action.metavar if isinstance(action.metavar, str) else ""
    if not action.option_strings and action.dest == "input":  # plan's INPUT
        return True
    return metavar.endswith("FILE") or metavar in ("PLAN", "HISTORY")


def _stdin_twice(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    first = None
    for action, name, value in _arguments(parser, args):
        if value == "-" and _reads_a_file(action):
            if first is not None:
                return (
                    f"argument {name}: - (standard input) is read by {first} already; give a file"
                )
            first = name
    return None


def exact_between(low: int, high: int) -> Callable[[str], Fraction]:
    """argparse type for an exact number from ``low`` to ``high``: ``0.7``, ``7/10``, ``70%``.

    >>> share = exact_between(0, 1)
    >>> share("0.7"), share("7/10"), share("70%")
    (Fraction(7, 10), Fraction(7, 10), Fraction(7, 10))
    >>> share("1/0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: not a number from 0 to 1 (such as 0.7 or 7/10): '1/0'
    """

    def parse(text: str) -> Fraction:
        from ipprules._convert import exact_number

        percent = text.strip().endswith("%")
        number = exact_number(text.strip().removesuffix("%"))
        if number is not None and percent:
            number /= 100
        if number is None or not low <= number <= high:
            from ipprules.errors import quoted

            raise argparse.ArgumentTypeError(
                f"not a number from {low} to {high} (such as 0.7 or 7/10): {quoted(text)}"
            )
        return number

    parse.__name__ = "number"
    return parse


def target_type(text: str) -> Any:
    """argparse type for ``--target`` (``ipprules plan``, ``ipprules advise``): the words a
    plan file's ``target`` cell takes.

    >>> target_type("Store front")
    <Target.STOREFRONT: 'storefront'>
    >>> target_type("shop")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: unknown target 'shop'; known: listing, storefront, ..., Store front
    """
    from ipprules.errors import InputError, UnknownNameError
    from ipprules.planner.inputs import target_named

    try:
        return target_named(text)
    except UnknownNameError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    except InputError as exc:  # 'listing;storefront': one target kind per complaint
        raise argparse.ArgumentTypeError(exc.problems[0].message) from None


#: The platform's clock: IPP's rules run on China time (UTC+8 all year, no daylight saving),
#: so the CLI's "today" is the date in China, whatever the machine's time zone (a CI job in
#: UTC after 16:00 is on the next day there).
CHINA_TIME = dt.timezone(dt.timedelta(hours=8), "UTC+8")

#: How the CLI says it fell back to today: ``ipprules: as of 2026-11-23 (today in China, UTC+8)``.
TODAY_SAID = "today in China, UTC+8"


def today() -> dt.date:
    """Today's date in China (:data:`CHINA_TIME`), the CLI's default date: the CLI is the only
    place that reads the clock (the library takes ``as_of`` everywhere)."""
    return dt.datetime.now(CHINA_TIME).date()


def add_as_of(parser: argparse.ArgumentParser, file: str | None = None) -> None:
    """Add ``--as-of DATE`` (defaults to today in China, or first to the ``as_of`` of the
    ``file`` the command reads, as ``"the plan"``; the CLI prints the date it used)."""
    default = f"{file}'s as_of, else {TODAY_SAID}; printed" if file else f"{TODAY_SAID}; printed"
    parser.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help=f"the date to apply the rules as of (YYYY-MM-DD; default: {default})",
    )


#: Notices on stderr (the date a command fell back to) held back until the command writes
#: its first output or ends well: a command that refuses its input prints its error alone.
_NOTICES: list[str] = []


def notice(text: str) -> None:
    """Say ``text`` on stderr before the command's first output, unless the command fails.

    >>> notice("ipprules: as of 2026-11-23 (today in China, UTC+8)"); flush_notices(keep=False)
    >>> _NOTICES
    []
    """
    _NOTICES.append(text)


def flush_notices(*, keep: bool = True) -> None:
    """Print the held notices on stderr (``keep``) or drop them (the command failed)."""
    held = list(_NOTICES)
    _NOTICES.clear()
    for text in held if keep else ():
        print(text, file=sys.stderr)


def resolve_as_of(args: argparse.Namespace, book: Any = None) -> dt.date:
    """The ``--as-of`` date, or today in China (:func:`today`); says on stderr which date was
    used when it defaulted (``ipprules: as of 2026-11-23 (today in China, UTC+8)``).

    An unknown ``--interpretation`` is refused first (against ``book``, else the embedded
    book when no ``--rules`` file may add readings), so its error is the only line.
    """
    given: dt.date | None = args.as_of
    if given is not None:
        return given
    known_interpretation(args, book)
    day = today()  # the CLI is the only place that reads the clock
    notice(f"ipprules: as of {day.isoformat()} ({TODAY_SAID})")
    return day


def resolve_file_as_of(args: argparse.Namespace, file_day: dt.date | None, whose: str) -> dt.date:
    """``--as-of`` if given, else the file's own ``as_of`` (said on stderr), else today."""
    if args.as_of is None and file_day is not None:
        known_interpretation(args)
        notice(f"ipprules: as of {file_day.isoformat()} ({whose} as_of)")
        return file_day
    return resolve_as_of(args)


def known_interpretation(args: argparse.Namespace, book: Any = None) -> None:
    """Refuse an unknown ``--interpretation`` (UnknownNameError) before any line is printed.

    Without ``book`` it checks the embedded book, and only when no ``--rules`` file is given
    (an override file may add readings, and is read once, by the command).
    """
    name = getattr(args, "interpretation", None)
    if name is None or (book is None and getattr(args, "rules", None)):
        return
    if book is None:
        from ipprules.rulebook import default_rulebook

        book = default_rulebook()
    book.interpretation(name)


def add_rules(parser: argparse.ArgumentParser) -> None:
    """Add ``--rules FILE`` (a rule-book override file)."""
    parser.add_argument(
        "--rules",
        metavar="FILE",
        action="append",
        help="a TOML or JSON file overriding the rule book; given several times, each file is "
        "applied over the ones before it, in the order given",
    )


def rulebook_from(args: argparse.Namespace) -> Any:
    """The rule book with the ``--rules`` files applied in the order given (each over the
    ones before it, as ``load_rulebook(b, base=load_rulebook(a))``), or ``None`` for the
    embedded one."""
    if not args.rules:
        return None
    from ipprules.rulebook import load_rulebook

    book = None
    for path in args.rules:
        book = load_rulebook(path, base=book)
    return fact_notices(book)


def fact_notices(book: Any) -> Any:
    """``book``, after saying on stderr (:func:`notice`) each fact a reason code of the
    user's file lists that is one slip from a fact the base's codes list (the loader's note
    on the code names the file, the line and the fact meant). Facts are an open vocabulary,
    so a near miss is a notice, not a refusal."""
    for code in book.records("reason_codes"):
        for part in code.note.split("; "):
            if part.startswith("fact '") and "(did you mean" in part:
                notice(f"ipprules: note: reason code {code.id}: {part.split('. ')[0]}")
    return book


def name_option(text: str) -> str:
    """argparse type for a name (interpretation, platform...): not empty, spaces trimmed."""
    name = text.strip()
    if not name:
        raise argparse.ArgumentTypeError("an empty name is not a name")
    return name


def add_interpretation(parser: argparse.ArgumentParser) -> None:
    """Add ``--interpretation NAME`` (default: the rule book's default reading)."""
    parser.add_argument(
        "--interpretation",
        type=name_option,
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


def print_csv(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print a result's records (its ``to_records()``) as CSV with a header, one row per record:
    a list's items joined by a space (as ``coverage --format csv`` writes them; by ``; `` when
    an item holds a space, such as a reason), a date in ISO form, ``None`` an empty cell;
    ``columns`` is the header of no record.

    >>> import datetime as dt
    >>> print_csv([{"code": "x", "rules": ["R1", "R2"], "as_of": dt.date(2026, 1, 2),
    ...             "reasons": ["not offered", "for storefronts"], "complaint": None}], ())
    code,rules,as_of,reasons,complaint
    x,R1 R2,2026-01-02,not offered; for storefronts,
    >>> print_csv([], ("code", "rules"))
    code,rules
    """
    import csv

    fields = list(records[0]) if records else list(columns)
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _csv_cell(v) for k, v in record.items()})


def _csv_cell(value: Any) -> Any:
    if not isinstance(value, list | tuple):
        return value
    items = [str(v) for v in value]
    return ("; " if any(" " in item for item in items) else " ").join(items)


def print_json(data: Any, stream: TextIO | None = None) -> None:
    """Print data as indented JSON (dates as ISO strings), written 64 KiB at a time: the
    encoder's pieces one write each (json.dump) were most of ``plan --format json``'s time
    on a long list of lines (3.7 million writes for 100,000 rejected lines).

    >>> print_json({"on": dt.date(2026, 1, 2), "ids": [1]})
    {
      "on": "2026-01-02",
      "ids": [
        1
      ]
    }
    """
    out = stream or sys.stdout
    pieces: list[str] = []
    size = 0
    encoder = json.JSONEncoder(indent=2, ensure_ascii=False, default=_default)
    for piece in encoder.iterencode(data):
        pieces.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            out.write("".join(pieces))
            pieces.clear()
            size = 0
    pieces.append("\n")
    out.write("".join(pieces))


def write_json(
    document: dict[str, Any], pieces: Iterator[str], key: str, name: str | None = None
) -> None:
    """``document`` as :func:`print_json` prints it, but its ``key`` (a list) written from
    ``pieces`` (the indented text of each element, the first led by ``"\\n    "``, the
    others by ``",\\n    "``) and named ``name`` (default ``key``): a long list (coverage's
    cells, plan's lines) is never held at once.

    >>> write_json({"n": 2, "cells": None}, iter(["\\n    1", ",\\n    2"]), "cells", "ids")
    {
      "n": 2,
      "ids": [
        1,
        2
      ]
    }
    """
    out = sys.stdout
    out.write("{")
    for n, (field, value) in enumerate(document.items()):
        shown_key = (name or key) if field == key else field
        out.write(("," if n else "") + "\n  " + json.dumps(shown_key, ensure_ascii=False) + ": ")
        if field != key:
            out.write(nested_json(value, "\n  "))
            continue
        first = next(pieces, None)
        if first is None:
            out.write("[]")
            continue
        out.write("[" + first)
        for piece in pieces:
            out.write(piece)
        out.write("\n  ]")
    out.write("\n}\n")


def nested_json(value: Any, newline: str) -> str:
    """``value`` as indented JSON placed at a deeper level (JSON text holds no raw newline
    but its own, so each of them takes the level's indent).

    >>> print(nested_json({"a": [1]}, "\\n  "))
    {
        "a": [
          1
        ]
      }
    """
    text = json.dumps(value, indent=2, ensure_ascii=False, default=_default)
    return text.replace("\n", newline)


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def as_of_named(exc: BaseException, args: argparse.Namespace) -> BaseException:
    """A rule book's refusal of a date option's date (outside its coverage) as an error
    naming the option, as ``check`` and ``coverage`` name ``--as-of``: ``rules``, ``advise``,
    ``penalties`` and ``plan --as-of 1900-01-01`` and ``deadline --on 1900-01-01`` said
    ``1900-01-01 is before the rule book's coverage`` alone. Other errors as given.

    >>> from ipprules.errors import CoverageError
    >>> given = argparse.Namespace(as_of=dt.date(1900, 1, 1))
    >>> print(as_of_named(CoverageError("1900-01-01 is before the rule book's coverage"), given))
    --as-of: 1900-01-01 is before the rule book's coverage
    """
    from ipprules.errors import CoverageError, InputError

    if not isinstance(exc, CoverageError):
        return exc
    text = str(exc)
    for dest, value in sorted(vars(args).items()):  # as_of before the others
        if not isinstance(value, dt.date) or not text.startswith(f"{value.isoformat()} is "):
            continue
        if text.split(" (", 1)[0].endswith("the rule book's coverage"):
            return InputError(text, path="--" + dest.replace("_", "-"))
    return exc


#: The note :func:`writing` adds to an OS error raised where the command writes a file.
_WRITING = "ipprules: raised while writing the file"


@contextlib.contextmanager
def writing(name: str) -> Iterator[None]:
    """Where the command writes the file ``name``: an OS error raised there is said by
    :func:`fail` as a file that cannot be written (not read), naming ``name`` where the error
    names no file (a full disk).

    >>> try:
    ...     with writing("out.csv"):
    ...         raise OSError(28, "No space left on device")
    ... except OSError as exc:
    ...     code = fail(exc, sys.stdout)
    ipprules: error: out.csv: cannot write the file: No space left on device
    """
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = name
        exc.add_note(_WRITING)
        raise


def fail(exc: BaseException, stream: TextIO | None = None, *, command: str | None = None) -> int:
    """Report an unusable input on stderr (never a traceback) and return exit code 2. An
    argument's problem (``argument --right: ...``, ``argument name: ...``) found by the
    ``command`` as it runs is said with the command, as argparse says one it refuses
    (``ipprules plan: error: argument --target: ...``): one prefix for every option's error.

    >>> code = fail(ValueError("argument --reason: white space only"), sys.stdout, command="plan")
    ipprules plan: error: argument --reason: white space only
    """
    flush_notices(keep=False)  # the error is the only line
    if isinstance(exc, OutputFailed):
        text = f"<stdout>: cannot write the output: {exc.strerror or exc}"
    elif isinstance(exc, OSError) and exc.filename is not None:
        from ipprules.errors import bounded_text  # a file name too long to open, cut

        name = bounded_text(shown_escaped(str(exc.filename)))  # never a raw ESC or newline
        why = bounded_text(str(exc.strerror or exc))
        verb = "write" if _WRITING in getattr(exc, "__notes__", ()) else "read"
        text = f"{name}: cannot {verb} the file: {why}"
    else:
        text = _shown_problems(exc)
    from ipprules._files import CAP_HINT, CLI_CAP_HINT

    text = text.replace(CAP_HINT, CLI_CAP_HINT)  # the option, not a Python call
    said = f"ipprules {command}" if command and text.startswith("argument ") else "ipprules"
    print(f"{said}: error: {text}", file=stream or sys.stderr)
    return EXIT_INPUT


#: The most problems of one error the command line prints, one a line (a violations CSV of
#: 99,999 bad rows printed 99,999 lines, 15 MB); the exception keeps them all.
SHOWN_PROBLEMS = 100  # (the message says 100)


def _shown_problems(exc: BaseException) -> str:
    """``str(exc)``; for an :class:`~ipprules.errors.InputError` of more than
    :data:`SHOWN_PROBLEMS` problems and one, the first of them and a line saying how many more; for
    one located nowhere (no file, the path ``$``), its message alone."""
    from ipprules.errors import InputError, bounded_text

    if not isinstance(exc, InputError):  # ours are bounded already; another's may not be
        return bounded_text(str(exc))
    problems = exc.problems
    if len(problems) == 1 and problems[0].where() == "$":  # nowhere in a file: an option's
        return problems[0].message  # problem, or the input as a whole ("$: " told nothing)
    if len(problems) <= SHOWN_PROBLEMS + 1:  # one hidden problem takes the line saying so:
        return str(exc)  # show it (a reader's own "and 4,900 more" is often the 101st)
    more = len(problems) - SHOWN_PROBLEMS
    first = "\n".join(str(p) for p in problems[:SHOWN_PROBLEMS])
    plural = "s"  # two or more
    files = {p.file for p in problems[SHOWN_PROBLEMS:]}
    where = f"{files.pop()}: " if len(files) == 1 and None not in files else ""  # as each line
    return f"{first}\n{where}... and {more:,} more problem{plural} (the first 100 shown)"


def fail_unexpected(command: str, exc: BaseException, stream: TextIO | None = None) -> int:
    """The last resort: an unexpected failure in one line naming the command; exit code 2."""
    flush_notices(keep=False)
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    if isinstance(exc, RecursionError):
        reason = "input nested too deeply"
    elif isinstance(exc, MemoryError):
        reason = "out of memory (input too large)"
    elif isinstance(exc, OverflowError):
        reason = "a number or date out of range"
    else:
        reason = "unexpected failure"
    print(
        f"ipprules {command}: error: {reason} ({type(exc).__name__}"
        + (f": {detail}" if detail else "")
        + "); please report this if the input looks valid",
        file=stream or sys.stderr,
    )
    return EXIT_INPUT


#: ``re.ASCII``: ``\d`` alone also matches other scripts' digits (``١٢``), which ``int``
#: reads as 12: a size is written in ASCII digits, as every number an option takes.
#: ``\s*+`` after the digits: blanks there are taken once, not split again with the last
#: ``\s*`` (quadratic time on ``"1" + " " * n + "x"``); the same matches and groups, as a
#: unit after them needs them all and no unit leaves them to either.
#: Zeros before the digits are not counted in their cap: ``007`` is 7, and so is 7 after
#: eighteen zeros, which was said to be "a number too large" (a size of zeros alone matches
#: nothing: it is refused as 0 is).
_SIZE = re.compile(r"\s*0*+(\d{1,15})\s*+([kmgt]?)(?:i?b)?\s*", re.IGNORECASE | re.ASCII)
_WHOLE = re.compile(r"-?0*[0-9]{1,18}")
#: What :data:`_WHOLE` and :data:`_SIZE` would take but for their number of digits.
_DIGITS = re.compile(r"-?[0-9]+", re.ASCII)
_TOO_BIG = re.compile(r"\s*0*+[0-9]{16,}\s*+[kmgt]?(?:i?b)?\s*", re.IGNORECASE | re.ASCII)


def refuse_glob(path: str) -> None:
    """Refuse a quoted glob (``'urls/*.csv'``) that names no file, given to ``listings`` or
    ``plan`` without ``--workers``/``--scheduler``, which read a glob: one machine reads one
    file, and "No such file or directory" did not say why.

    >>> refuse_glob("examples/urls.txt")
    >>> refuse_glob("examples/*.txt")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: examples/*.txt: $: a glob of files is read with --workers N ...
    """
    if not isinstance(path, str) or not any(c in path for c in "*?[") or os.path.exists(path):
        return
    import glob

    from ipprules.errors import InputError

    if next(glob.iglob(path), None) is not None:
        raise InputError(
            "a glob of files is read with --workers N or --scheduler ADDRESS (the dask "
            "extra); without them, give one file",
            file=path,
        )


def whole_number(text: str) -> int:
    """argparse type for a whole number written in ASCII digits (``int`` also reads ``١٢``,
    ``1_000``, `` +7 ``); a sign is kept so that the command names the range it wants.

    >>> whole_number("12"), whole_number("-3")
    (12, -3)
    >>> whole_number("\u0661\u0662")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: not a whole number (digits 0-9): '\u0661\u0662'
    """
    if not _WHOLE.fullmatch(text):
        from ipprules.errors import quoted

        if _DIGITS.fullmatch(text):  # digits, but too many of them
            raise argparse.ArgumentTypeError(f"a number too large (over 18 digits): {quoted(text)}")
        raise argparse.ArgumentTypeError(f"not a whole number (digits 0-9): {quoted(text)}")
    sign, digits = ("-", text[1:]) if text[0] == "-" else ("", text)
    return int(sign + (digits.lstrip("0") or "0"))  # int() reads at most 4,300 digits


def byte_size(text: str) -> int:
    """argparse type for a size in bytes: ``1000000``, ``512K``, ``64M``, ``2G``, ``1T``
    (binary units; ``1T`` is the history cap the help gives as a default).

    >>> byte_size("64M"), byte_size("512k"), byte_size("1000"), byte_size("1T")
    (67108864, 524288, 1000, 1099511627776)
    """
    m = _SIZE.fullmatch(text)
    if m is None or int(m.group(1)) == 0:
        from ipprules.errors import quoted

        if m is None and _TOO_BIG.fullmatch(text):  # digits, but too many of them
            raise argparse.ArgumentTypeError(
                f"a size too large (over 15 digits; give it in K, M, G or T): {quoted(text)}"
            )
        raise argparse.ArgumentTypeError(
            f"not a size (a positive number of bytes, or with K, M, G or T): {quoted(text)}"
        )
    power: int = " kmgt".index(m.group(2).lower() or " ")
    return int(m.group(1)) << (10 * power)


def add_max_bytes(
    parser: argparse.ArgumentParser, *, histories: bool = True, scaled: bool = False
) -> None:
    """Add ``--max-bytes SIZE``: the size cap of every input file (default 64M; 1T for the
    Good Faith histories of a command that reads one, ``histories``; none on Dask, for a
    command that takes ``--workers``/``--scheduler``, ``scaled``)."""
    streamed = ", and 1T for Good Faith histories, which are streamed" if histories else ""
    streamed += "; none with --workers/--scheduler" if scaled else ""
    parser.add_argument(
        "--max-bytes",
        type=byte_size,
        default=None,
        metavar="SIZE",
        help=f"refuse input files larger than this (bytes, or with K, M, G, T; default 64M"
        f"{streamed})",
    )


class OutputFailed(OSError):
    """Standard output refused what was written (``> /dev/full``: no space left), reported as
    the output's failure, not as a file that could not be read."""


class _Guarded(io.TextIOBase):
    """stdout that drops what it cannot deliver once the reader has gone away."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self.broken = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        found = getattr(self._stream, "encoding", None)
        return found if isinstance(found, str) else "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:  # output is fitted to a terminal (cli._term)
        try:
            return bool(self._stream.isatty())
        except (AttributeError, ValueError):
            return False

    def write(self, text: str) -> int:
        if _NOTICES:  # the date the output is for is said before it
            flush_notices()
        if not self.broken:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._gone()
            except OSError as exc:
                self._gone()  # said once; the rest cannot be written either
                raise OutputFailed(exc.errno, exc.strerror) from None
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._gone()
            except OSError as exc:
                self._gone()  # said once (> /dev/full): the interpreter's last flush is quiet
                raise OutputFailed(exc.errno, exc.strerror) from None

    def _gone(self) -> None:
        """Drop the output from now on: the reader went away, or the output refused it."""
        self.broken = True
        # Point the descriptor at /dev/null so that the interpreter's final flush is quiet.
        with contextlib.suppress(Exception):
            fd = self._stream.fileno()  # before /dev/null is opened: none is left open
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, fd)
            finally:
                os.close(null)


class _QuietErrors(_Guarded):
    """stderr that drops what it cannot deliver (``2>&1 | head -1``: the reader went away;
    ``2>/dev/full``): an error cannot be said on the stream that refused it, and the exit
    code still says it. Without this a refused error line raised out of the error handling,
    and the run exited 1, not 2."""

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                self._stream.write(text)
            except (OSError, ValueError):  # ValueError: the stream was closed
                self._gone()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                self._gone()


def as_utf8(stream: TextIO) -> None:
    """Write ``stream`` (stdout, stderr) as UTF-8 whatever the locale, its error handler kept
    (stderr's ``backslashreplace``): an error line naming ``计划.toml`` was written in the
    locale's code page (cp1252, cp936, or ``\\u8ba1`` escapes under ascii) beside UTF-8
    output, so ``> log.txt 2>&1`` made a file that was neither."""
    if (
        isinstance(stream, io.TextIOWrapper)
        and (stream.encoding or "").lower().replace("-", "") != "utf8"
    ):
        with contextlib.suppress(Exception):
            stream.reconfigure(encoding="utf-8")


@contextlib.contextmanager
def guarded_stderr() -> Iterator[None]:
    """Run the command line with a stderr that a closed pipe cannot turn into a traceback
    or another exit code, written as UTF-8. Started with stderr closed (``2>&-``: none), what
    it says is dropped: ``print(..., file=sys.stderr)`` of ``None`` wrote the error line and
    the ``as of`` notice to stdout, before the ``--format json`` document.

    >>> with guarded_stderr():
    ...     print("ipprules: error: a bad file", file=sys.stderr)
    """
    original = sys.stderr
    if original is None:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            sys.stderr = sink
            try:
                yield
            finally:
                if sys.stderr is sink:
                    sys.stderr = None
        return
    as_utf8(original)
    guard = _QuietErrors(original)
    sys.stderr = guard
    try:
        yield
    finally:
        guard.flush()
        if sys.stderr is guard:
            sys.stderr = original


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run a command with stdout as UTF-8 and safe against a closed pipe."""
    original = sys.stdout
    closed = original is None  # started with stdout closed (>&-): the output is dropped
    if closed:
        original = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    as_utf8(original)
    guard = _Guarded(original)
    sys.stdout = guard
    try:
        yield
    finally:
        guard.flush()
        if sys.stdout is guard:
            sys.stdout = None if closed else original
        if closed:
            original.close()


@contextlib.contextmanager
def partial_output_removed(folder: str | None) -> Iterator[None]:
    """On a failed or interrupted run (any exception, Ctrl-C too), remove what the run wrote
    in the output folder ``folder`` (a one-machine ``--out DIR``): a half-written folder
    would read as a result. What the folder held when the run began is left where it was;
    the folder itself, and the parent folders the run made for it, are removed when the run
    made them. Nothing is removed when the run succeeds.

    >>> import pathlib, tempfile
    >>> def failed_run(out: pathlib.Path) -> None:
    ...     try:
    ...         with partial_output_removed(str(out)):
    ...             out.mkdir(parents=True, exist_ok=True)
    ...             _ = (out / "half.csv").write_text("line")
    ...             raise ValueError("a bad cell")
    ...     except ValueError:
    ...         pass
    >>> with tempfile.TemporaryDirectory() as name:
    ...     old = pathlib.Path(name)
    ...     _ = (old / "kept.txt").write_text("mine")
    ...     failed_run(old)
    ...     failed_run(old / "new" / "out")
    ...     sorted(p.name for p in old.iterdir())
    ['kept.txt']
    """
    if not folder:
        yield
        return
    from pathlib import Path

    out = Path(folder)
    made: list[Path] = []  # the folders the run will make, the deepest first
    for step in (out, *out.parents):
        if _there(step):
            break
        made.append(step)
    held = _entries(out)
    try:
        yield
    except BaseException:
        for name in _entries(out) - held:
            _remove(out / name)
        for step in made:
            with contextlib.suppress(OSError):  # not empty: something else is there now
                step.rmdir()
        raise


def _there(path: Any) -> bool:
    """Whether ``path`` is there (a link too); one that cannot be looked at (a name too long,
    a folder not to be searched) is taken to be: not the run's to remove. ``Path.exists``
    raised, and the folder given to ``--out`` was said as a file that could not be read
    (``cannot read the file: File name too long``), before the writer could say it."""
    try:
        return bool(path.exists() or path.is_symlink())
    except OSError:
        return True


def _entries(folder: Any) -> set[str]:
    """The names in ``folder``: none when it is missing or not a folder."""
    try:
        return set(os.listdir(folder))
    except OSError:
        return set()


def _remove(path: Any) -> None:
    """Remove a file or a folder the run made, as far as it can (the run's error is said)."""
    import shutil

    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


_PATH_FIRST = re.compile(r"(\$[^\s:]*): (.+)", re.DOTALL)


def reread(file: str | os.PathLike[str]) -> Document | None:
    """The document of a file read just before (stdin's text is kept from that read), to
    place a JSON path at its line; None when it cannot be read again."""
    from ipprules._files import parse_document, read_document, stdin_format, stdin_text
    from ipprules.errors import IpprulesError

    try:
        if str(file) != "-":
            return read_document(file)
        if (text := stdin_text()) is not None:  # stdin, read once: the text kept
            return parse_document(text, "<stdin>", stdin_format(text))
    except (IpprulesError, OSError):  # pragma: no cover - the file was read just before
        return None
    return None


def in_file(
    exc: IpprulesError, file: str | os.PathLike[str], args: argparse.Namespace
) -> Exception:
    """An engine's error about a plan value (its message starts with the value's JSON path,
    as the rule book's coverage errors do) as an input error naming the file and the line
    of that value; ``--as-of``, when the date came from the option (``--horizon``, which is
    always one). Other errors as given."""
    from ipprules._files import source_name
    from ipprules.errors import InputError, Problem

    if isinstance(exc, InputError):  # an engine's input error: placed where it is not yet
        if any(p.file for p in exc.problems):
            return exc
        pairs = [(p.path, p.message) for p in exc.problems]
    else:
        found = _PATH_FIRST.fullmatch(str(exc))
        if found is None:
            return exc
        pairs = [(found.group(1), found.group(2))]
    if pairs[0][0] == "$.as_of" and getattr(args, "as_of", None) is not None:
        return InputError(pairs[0][1], path="--as-of")
    if pairs[0][0] == "$.horizon" and getattr(args, "horizon", None) is not None:
        return InputError(pairs[0][1], path="--horizon")  # an option, never a file's value
    doc = reread(file)
    problems = []
    for path, message in pairs:
        where = doc.locate(path) if doc is not None else None
        line, column = where if where else (None, None)
        problems.append(Problem(message, path, source_name(file), line, column))
    return InputError(problems=problems)


def _trial_years(text: str) -> frozenset[int]:
    years = [part.strip() for part in text.split(",")]
    if not years or not all(
        y.isascii() and y.isdigit() and len(y) == 4 and y[0] != "0" for y in years
    ):
        from ipprules.errors import quoted

        raise argparse.ArgumentTypeError(
            f"not years such as 2018 or 2018,2021: {quoted(text)} (the years the trials began)"
        )
    return frozenset(int(y) for y in years)


def add_trial(parser: argparse.ArgumentParser) -> None:
    """Add ``--trial`` (every upgrade trial) and ``--trial-years YEARS`` (some of them),
    read together by :func:`trial_choice`."""
    parser.add_argument(
        "--trial",
        action="store_true",
        help="the account was in every trial of the Good Faith upgrades (2015, 2018, 2021)",
    )
    parser.add_argument(
        "--trial-years",
        type=_trial_years,
        default=None,
        metavar="YEARS",
        help="the account was in the trials that began in YEARS only (2015, 2018, 2021; "
        "comma-separated, e.g. 2021)",
    )


def trial_choice(args: argparse.Namespace) -> bool | frozenset[int]:
    """``--trial`` / ``--trial-years`` as the rule book takes them (``trial=``)."""
    years: frozenset[int] | None = getattr(args, "trial_years", None)
    if years is not None:
        if args.trial:
            raise ValueError("give --trial (every trial) or --trial-years, not both")
        return years
    return bool(args.trial)


def reason_given(
    book: Any, reason: str | None, dates: Sequence[dt.date], rules: Sequence[str] | None = None
) -> None:
    """Refuse a ``--reason`` that no platform has as a reason code on any of the ``dates``
    planned, under any reading of the ``book`` (``None``: the embedded one), in a trial or
    not (exit 2, naming the nearest code): every line without a reason of its own was
    rejected as ``reason-not-admissible`` (exit 1). A code in force on some platform but not
    on a line's is still said at that line. A date the book does not cover is left to the
    planner, as it says it. ``rules`` (the ``--rules`` files the book was read from, in order)
    are named in the command that lists the codes."""
    if reason is None or not dates:
        return
    from ipprules.errors import CoverageError, InputError, did_you_mean, quoted

    if book is None:
        from ipprules.rulebook import default_rulebook

        book = default_rulebook()
    known: set[str] = set()
    try:
        for day in dates:
            for name in book.interpretations:
                for trial in (False, True):
                    known.update(book.as_of(day, name, trial=trial).reason_codes)
    except CoverageError:
        return
    if reason in known:  # compared exactly, as the planner compares a line's reason
        return
    hint = did_you_mean(reason.strip(), sorted(known))
    when = f"on {dates[0]}" if len(dates) == 1 else f"between {min(dates)} and {max(dates)}"
    raise InputError(
        f"argument --reason: {quoted(reason, 100)} is no platform's reason code {when}{hint}; "
        f"ipprules rules reasons --as-of {min(dates)}"
        + "".join(f" --rules {shlex.quote(r)}" for r in rules or ())
        + " lists them"
    )


def right_given(plan: Any, right: str | None, account: str) -> None:
    """Refuse a ``--right`` the plan ``account`` does not hold (exit 2, naming its rights):
    every line without a right of its own was rejected as ``unknown-right`` (exit 1).
    ``plan`` may be a directory's plans by account (``plan --workers --account DIR``): a
    right some of them lack is refused up front too, naming them."""
    if right is None:
        return
    from ipprules.errors import InputError, did_you_mean, quoted
    from ipprules.planner.inputs import one_per_complaint, right_meant

    plans = list(plan.values()) if isinstance(plan, dict) else [plan]
    if not any(r.id == right for p in plans for r in p.rights):  # exact match first
        several = one_per_complaint("right", right)
        if several is not None:  # R45, as a plan cell naming several is refused
            ids = [r.id for p in plans for r in p.rights]  # an id holding ";" may be meant
            raise InputError(f"argument --right: {several}{right_meant(right, ids)}")
    if isinstance(plan, dict):
        _right_in_every(plan, right, account)
        return
    known = [r.id for r in plan.rights]
    if right not in known:  # compared exactly, as the planner compares a line's right
        hint = did_you_mean(right.strip(), known)
        raise InputError(
            f"argument --right: {quoted(right, 100)} is not a right of {account} (its rights: "
            f"{', '.join(known) or 'none'}){hint}"
        )


#: The most accounts (or rights) a refused ``--right`` names over a directory of plans.
_NAMED = 5


def _named(names: list[str]) -> str:
    """``a, b, c`` (the first :data:`_NAMED`, then ``and N more``), or ``none``."""
    more = f" and {len(names) - _NAMED:,} more" if len(names) > _NAMED else ""
    return (", ".join(names[:_NAMED]) or "none") + more


def _right_in_every(plans: dict[str, Any], right: str, folder: str) -> None:
    """Refuse a ``--right`` that one of the plans of the directory ``folder`` lacks: that
    account's lines without a right of their own would each be rejected (``unknown-right``),
    line by line, as the command with one plan refuses up front."""
    from ipprules.errors import InputError, did_you_mean, quoted

    held = {name: [r.id for r in plan.rights] for name, plan in plans.items()}
    lacking = [name for name, rights in held.items() if right not in rights]
    if not lacking:
        return
    if len(lacking) == len(held):
        known = sorted({r for rights in held.values() for r in rights})
        hint = did_you_mean(right.strip(), known)
        raise InputError(
            f"argument --right: {quoted(right, 100)} is not a right of any plan in {folder} "
            f"(their rights: {_named(known)}){hint}"
        )
    which = (
        f"{lacking[0]} (its rights: {_named(held[lacking[0]])})"
        if len(lacking) == 1
        else _named(lacking)
    )
    raise InputError(
        f"argument --right: {quoted(right, 100)} is not a right of {len(lacking):,} of the "
        f"{len(held):,} plans in {folder}: {which}; their lines without a right would each "
        "be rejected (unknown-right): name the right on those lines (a right column), or "
        "plan those accounts apart"
    )
