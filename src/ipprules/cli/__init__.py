"""The ``ipprules`` command line.

Each subcommand lives in its own module under :mod:`ipprules.cli`, which defines
``HELP`` (one line), ``configure(parser)`` and ``run(args) -> int``. Exit codes
are the same for every subcommand: 0 clean, 1 findings with errors (or a rule
that is not met), 2 unusable input.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import re
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NoReturn

from ipprules.cli._common import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    add_max_bytes,
    as_of_named,
    fail,
    fail_unexpected,
    flush_notices,
    guarded_stderr,
    guarded_stdout,
    option_problem,
    shown,
    shown_escaped,
)

__all__ = ["main"]

#: (subcommand name, module path). Add a line here to add a subcommand.
_COMMANDS: tuple[tuple[str, str], ...] = (
    # one line per subcommand
    ("rules", "ipprules.cli.rules"),
    ("check", "ipprules.cli.check"),
    ("advise", "ipprules.cli.advise"),
    ("explain", "ipprules.cli.explain"),
    ("listings", "ipprules.cli.listings"),
    ("good-faith", "ipprules.cli.good_faith"),
    ("deadline", "ipprules.cli.deadline"),
    ("lifecycle", "ipprules.cli.lifecycle"),
    ("penalties", "ipprules.cli.penalties"),
    ("plan", "ipprules.cli.plan"),
    ("schema", "ipprules.cli.schema"),
    ("coverage", "ipprules.cli.coverage"),
    ("counter-notice", "ipprules.cli.counter_notice"),
    ("version", "ipprules.cli.version"),
)


def _load(module_path: str) -> ModuleType:
    return importlib.import_module(module_path)


class _StoreOnce(argparse._StoreAction):
    """An option of one value refuses a second, other value (``--platform taobao --platform
    tmall``): argparse keeps the last and drops the first in silence. The same value twice is
    taken. Options of several values are ``append`` (``--fact``, ``--metric``)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        given: dict[str, Any] = namespace.__dict__.setdefault("_given", {})
        if self.option_strings and self.dest in given and given[self.dest] != values:
            first, then = (_as_given(v) for v in (given[self.dest], values))
            parser.error(
                f"argument {'/'.join(self.option_strings)}: given twice ('{first}', then "
                f"'{then}'); give it once"
            )
        given[self.dest] = values
        super().__call__(parser, namespace, values, option_string)


def _as_given(value: Any) -> str:
    """An option's value as written (a date as YYYY-MM-DD), cut to 40 characters."""
    parts = value if isinstance(value, list | tuple) else [value]
    return shown(" ".join(str(part) for part in parts))[:40]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose option errors are one line, naming the command and the option
    (``ipprules penalties: error: argument --format: invalid choice: ...``), exit code 2, with
    no usage block before it; ``--help`` is unchanged. Subcommand parsers are of this class too
    (``add_subparsers`` makes its parsers of the parent's class).

    A shortened option is refused as an unknown one (``--work 2`` is not ``--workers 2``):
    argparse guessed the option a prefix stands for, so a later option sharing the prefix
    would silently change what a script means. Subcommand parsers are given it too
    (``add_parser`` does not pass the parent's ``allow_abbrev`` on)."""

    #: The command line being read (set by :func:`main`), for :meth:`error`'s hint.
    given: Sequence[str] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)

    def error(self, message: str) -> NoReturn:
        # each hint reads argparse's message alone, not another's hint (the words of
        # lifecycle's "--on D1,D2,...: the dates of --events, ..." were read as options typed)
        said = _unknown_before_positional(message, self)
        message = said + _dash_value_hint(said, self.given) + _date_option_hint(said, self)
        message += _near_option_hint(said, self) + _near_choice_hint(said)
        message += _csv_hint(said, self) + _today_hint(said, self)
        # argparse names what it could not read as typed ("unrecognized arguments: ..."): a
        # control character or a bidirectional control in it is shown escaped, as every
        # argument's value is refused (an ESC reached the terminal raw)
        # (cut in the middle, as every error's message: a 128 KB argument was echoed whole)
        from ipprules.errors import bounded_text

        line = bounded_text(shown_escaped(" ".join(message.split())))
        self.exit(EXIT_INPUT, f"{self.prog}: error: {line}\n")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        """``--option=--`` is the value ``--``: Python 3.11's argparse drops the ``--`` and
        gives an empty list, which no command expects (a TypeError deep inside)."""
        if arg_strings == ["--"] and action.option_strings and action.nargs is None:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)


#: argparse's error for an option whose value it took for an option (``--column -x``).
_EXPECTED = re.compile(r"argument (--[\w-]+): expected one argument")


def _dash_value_hint(message: str, given: Sequence[str]) -> str:
    """`` (a value that starts with -, as '-x', is given as --column=-x)`` after argparse's
    ``expected one argument`` when the word after the option starts with ``-``: argparse read
    it as an option, and the message did not say how to give it."""
    found = _EXPECTED.fullmatch(message)
    if found is None:
        return ""
    option = found[1]
    after = [given[at + 1] for at, word in enumerate(given[:-1]) if word == option]
    value = next((word for word in after if word.startswith("-") and word != "--"), None)
    if value is None:
        return ""
    return f" (a value that starts with -, as {value!r}, is given as {option}={value})"


#: argparse's error for a positional's value not among its choices (``rules --on D``: D).
_CHOICE = re.compile(r"argument ([^-\s]\S*): invalid choice: ('[^']*'|\"[^\"]*\")")


def _unknown_before_positional(message: str, parser: argparse.ArgumentParser) -> str:
    """``unrecognized arguments: --on 2026-11-23`` where argparse took the value of an option
    the command does not have for its positional (``rules --on 2026-11-23``: "argument VIEW:
    invalid choice: '2026-11-23'", not saying that --on is no option of ``rules``)."""
    import ast
    import itertools

    found = _CHOICE.match(message)
    if found is None:
        return message
    value = ast.literal_eval(found[2])
    for before, word in itertools.pairwise(getattr(parser, "given", ())):
        if word == value and _optionish(before) and before not in parser._option_string_actions:
            return f"unrecognized arguments: {before} {value}"
    return message


#: The options that give a command its date: each command has one of them, or none.
_DATE_OPTIONS = ("--as-of", "--on")


def _date_option_hint(message: str, parser: argparse.ArgumentParser) -> str:
    """`` (ipprules deadline takes its date as --on DATE: ...)`` after ``unrecognized
    arguments: --as-of ...``: a date given with another command's option (``deadline --as-of``,
    ``penalties --on``), or `` (ipprules listings takes no date option)``."""
    if not message.startswith("unrecognized arguments: "):
        return ""
    words = message.removeprefix("unrecognized arguments: ").split()
    options = parser._option_string_actions
    if not any(w.split("=", 1)[0] in _DATE_OPTIONS and w not in options for w in words):
        return ""
    has = next((name for name in _DATE_OPTIONS if name in options), None)
    if has is None:
        return f" ({parser.prog} takes no date option)"
    action = options[has]
    return f" ({parser.prog} takes its date as {has} {action.metavar}: {action.help})"


#: A date option's value that is a word for a day (``--as-of today``), not a date.
_DAY_WORD = re.compile(
    r"argument (--[\w-]+): not a date \(YYYY-MM-DD\): '(today|now|yesterday|tomorrow)'",
    re.IGNORECASE,
)


def _today_hint(message: str, parser: argparse.ArgumentParser) -> str:
    """`` (leave out --as-of for today's date ...)`` after ``argument --as-of: not a date
    (YYYY-MM-DD): 'today'``: an option whose default is today is left out for today (where the
    file's ``as_of`` comes first, as for ``check``, the date itself is given); any other word for
    a day is written as the date itself (no date is read from a word)."""
    found = _DAY_WORD.match(message)
    if found is None:
        return ""
    option, word = found[1], found[2].lower()
    action = parser._option_string_actions.get(option)
    said = re.search(r"default: ([^)]*?)today", action.help or "") if action is not None else None
    if said is not None and word in ("today", "now"):
        first = said[1].replace("\n", " ").removesuffix("else ")  # "the plan's as_of, "
        if first:  # check, coverage, plan: the file's own date comes first
            return (
                f" (left out, {option} is {first}else today's date; for today, give the "
                "date itself)"
            )
        return f" (leave out {option} for today's date: the command prints the date it used)"
    return " (write the date itself: a date is never read from a word)"


def _near_option_hint(message: str, parser: argparse.ArgumentParser) -> str:
    """`` (did you mean --as-of?)`` after ``unrecognized arguments: --as_of ...``: each unknown
    long option near one of the command's (a prefix, another spelling, ``_`` for ``-``), as
    the names of platforms and codes are suggested (``--dedup``: ``--dedupe``), and each
    Windows switch that names one (``/as-of``, ``/format:json``). A date option of another
    command is left to :func:`_date_option_hint`."""
    if not message.startswith("unrecognized arguments: "):
        return ""
    from ipprules.errors import suggest

    options = parser._option_string_actions
    known = [name[2:] for name in options if name.startswith("--")]  # "--" makes all near
    near: dict[str, str] = {}
    slash = False
    for word in message.removeprefix("unrecognized arguments: ").split():
        if _slash_option(parser, word):  # a Windows switch, /as-of or /format:json
            near.setdefault(word, "--" + re.split("[:=]", word[1:], maxsplit=1)[0])
            slash = True
            continue
        name = word.split("=", 1)[0]
        if not name.startswith("--") or name in options or name in _DATE_OPTIONS:
            continue
        meant = suggest(name[2:], known)
        if meant is not None:
            near.setdefault(name, f"--{meant}")
    windows = " options are written with --, not /" if slash else ""
    if len(near) == 1:
        return f" (did you mean {next(iter(near.values()))}?{windows})"
    said = "; ".join(f"{name}: did you mean {meant}?" for name, meant in near.items())
    return f" ({said}{windows})" if said else ""


#: argparse's error for a value not among an argument's choices, with the choices.
_CHOICES = re.compile(r"argument \S+: invalid choice: ('[^']*') \(choose from (.*)\)")


#: Where the rows of a command without ``--format csv`` are (its answer is not one table).
CSV_IN_PYTHON = {
    "good-faith": "ipprules.standing(...).to_records()",
    "deadline": "ipprules.lifecycle.deadlines_from(...).to_records()",
    "lifecycle": "ipprules.lifecycle.lifecycle_report(...).to_records()",
    "penalties": "ipprules.penalty_standing(...).to_records()",
    "counter-notice": "ipprules.counternotice.assess_counter_notice(...).to_records()",
    "rules": "ipprules.default_rulebook().as_of(...).to_records()",
}


def _csv_hint(message: str, parser: argparse.ArgumentParser) -> str:
    """Where the rows are, after argparse's refusal of ``--format csv`` on a command whose
    answer is not one table (a standing, a deadline table with its notes): the file ``plan
    --out`` writes, or the result's ``to_records()`` in Python."""
    if not message.startswith("argument --format: invalid choice: 'csv'"):
        return ""
    command = parser.prog.removeprefix("ipprules ")
    if command == "plan":
        return " (ipprules plan writes its CSV files with --out DIR)"
    rows = CSV_IN_PYTHON.get(command)
    return f" (its answer is not one table: in Python, {rows} gives its rows)" if rows else ""


def _near_choice_hint(message: str) -> str:
    """`` (did you mean 'platform'?)`` after argparse's ``invalid choice: 'platfrom' (choose
    from ...)``: the choice near the value typed (a command, a view of ``rules``, a
    ``--format``), as an unknown option's is suggested by :func:`_near_option_hint`."""
    import ast

    from ipprules.errors import suggest

    found = _CHOICES.fullmatch(message)
    if found is None:
        return ""
    try:
        value = ast.literal_eval(found[1])
        choices = ast.literal_eval(f"[{found[2]}]")
    except (ValueError, SyntaxError):  # a choice argparse did not quote as Python would
        return ""
    meant = suggest(value, [str(c) for c in choices])
    return f" (did you mean {meant!r}?)" if meant is not None and meant != value else ""


class _Version(argparse.Action):
    """``--version``: the package's version and the embedded rule book's
    (``ipprules 0.1.0 (rule book 2026.11.23)``); the book's header is read only when the
    option is given, not each time the parser is built."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from ipprules.cli.version import version_line

        parser._print_message(f"{version_line()}\n", sys.stdout)
        parser.exit()


def _parsers(
    only: str | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The parser and every subcommand's; with ``only`` (a command's name), that command's
    alone: a command run imports its own module, not every command's (``listings`` and
    ``plan`` bring the listing parser and the scale-out modules, ``rules`` the converter)."""
    parser = _Parser(
        prog="ipprules",
        description=(
            "Check IPP complaint plans against the rules of Alibaba Group's IP Protection platform."
        ),
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help=(
            "show the package's version and the embedded rule book's, and exit (always as"
            " text: --format is an option of a command, and --version ignores it; for JSON:"
            " ipprules version --format json)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands: dict[str, argparse.ArgumentParser] = {}
    for name, module_path in _COMMANDS:
        if only is not None and name != only:
            continue
        module = _load(module_path)
        command = sub.add_parser(
            name, help=module.HELP, description=module.HELP, allow_abbrev=False
        )
        module.configure(command)
        if getattr(module, "READS_FILES", True):  # `schema` reads none: no --max-bytes
            add_max_bytes(command, histories=name in _READ_HISTORIES, scaled=name in _SCALED)
        command.set_defaults(_run=module.run)
        commands[name] = command
    return parser, commands


#: The commands that read a Good Faith history (its own cap, 1T: it is streamed).
_READ_HISTORIES = frozenset({"good-faith", "plan"})

#: The commands that take ``--workers``/``--scheduler`` (no size cap there unless given).
_SCALED = frozenset({"listings", "plan"})


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    return _parsers()[0]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 findings, 2 unusable input).

    Nothing escapes as a traceback: an unusable input is reported in one line with
    exit code 2, and so is an unexpected failure (naming the command). Output goes
    out as UTF-8 whatever the locale; if the reader of stdout goes away (``| head``),
    the rest of the output is dropped and the exit code is still the command's.
    ``--help``, ``--version`` and an option that argparse refuses (``--as-of 2023-02-30``)
    end in ``SystemExit`` with that code (0, or 2 after the one error line), as argparse
    does: call ``main`` inside ``try``/``except SystemExit`` to keep a session running.
    """
    from ipprules._options import column_option

    # messages name the command's options (--input lines), not a function's (kind='lines')
    with guarded_stderr(), column_option("--column"):
        try:
            return _main(argv)
        except KeyboardInterrupt:  # before or after the command runs (it catches its own)
            print("ipprules: interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED


def _parsed(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None
) -> tuple[argparse.Namespace, list[str]]:
    """``parser.parse_known_args(argv)``; ``--help`` and ``--version`` printed through the
    guarded stdout. argparse drops an error writing them, so ``--help > /dev/full`` lost the
    text and exited 0; it is the one error line and exit code 2, as a command's output is."""
    import contextlib
    import io

    held = io.StringIO()
    try:
        with contextlib.redirect_stdout(held):
            return parser.parse_known_args(argv)
    except SystemExit:
        if held.getvalue():
            with guarded_stdout():
                try:
                    sys.stdout.write(held.getvalue())
                    sys.stdout.flush()
                except OSError as err:
                    raise SystemExit(fail(err)) from None
        raise


#: A short option (``-w``): only ``-h`` is one (a number such as ``-5`` is a word).
_SHORT = re.compile(r"-[A-Za-z]\w*")


def _option_first(given: Sequence[str], commands: dict[str, argparse.ArgumentParser]) -> str:
    """Why a command's option given before the command (``ipprules --as-of 2026-11-23 check
    plan.toml``), or an option no command has (``ipprules --work 2 listings``), is refused,
    or ``""``: argparse read its value as the command ("invalid choice: '2026-11-23'"), not
    saying where the option goes, or that there is no such option."""
    option = given[0].split("=", 1)[0] if given else ""
    if _SHORT.fullmatch(option) and option != "-h":  # no command has a short option
        return f"unrecognized arguments: {shown_escaped(given[0])}"
    if not option.startswith("--") or option in ("--", "--help", "--version"):
        return ""
    holders = [name for name, cmd in commands.items() if option in cmd._option_string_actions]
    if not holders:  # argparse read its value as the command ("invalid choice: '2'")
        return f"unrecognized arguments: {shown_escaped(given[0])}"
    named = next((word for word in given if word in commands), holders[0])
    return (
        f"{shown_escaped(option)} is an option of a command: give it after the command "
        f"(ipprules {named} ... {shown_escaped(option)})"
    )


#: The most arguments a command line is read with: argparse's time grows with the square
#: of their number (20,000 options took 9 s of CPU, the most an OS passes some minutes), and
#: no command takes more than a few dozen.
_MOST_ARGUMENTS = 10_000


def _optionish(word: str) -> bool:
    """Whether a word argparse left over reads as an option (``--work``, ``-x``, ``-x=2``)."""
    return word.startswith("--") or _SHORT.fullmatch(word.split("=", 1)[0]) is not None


def _as_typed(given: Sequence[str], extra: list[str]) -> tuple[list[str], list[str]]:
    """The words argparse left over, as the user typed them: each unknown option with the
    word after it (``listings --work 2 x`` left ``--work x``, the ``2`` taken as FILE), and
    the words too many. argparse fills the positionals first, so a value taken for an
    unknown option's frees a positional's place: the words too many are the last
    ``len(words left) - len(values)``; an option-like word after ``--`` is one too."""
    unknown = [w for w in extra if _optionish(w)]
    shown: list[str] = []
    values = 0
    words = list(given)
    for at, word in enumerate(words):
        if word == "--":
            break
        if word not in unknown:
            continue
        unknown.remove(word)
        shown.append(word)
        after = words[at + 1] if at + 1 < len(words) else "-"
        if "=" not in word and not after.startswith("-"):
            shown.append(after)
            values += 1
    left = [w for w in extra if not _optionish(w)]
    # too many: the last words left, and an option-like word not found before ``--``; in
    # the order typed (equal words look alike, so counting them is enough)
    count = collections.Counter(unknown + left[min(values, len(left)) :])
    surplus = []
    for word in extra:
        if count[word] > 0:
            count[word] -= 1
            surplus.append(word)
    return shown, surplus


def _taken(command: argparse.ArgumentParser) -> str:
    """What a command takes besides its options, said when a word is one too many
    (``listings a.txt b.txt``: ``only one FILE is taken``)."""
    names = [
        str(action.metavar or action.dest)
        for action in command._actions
        if not action.option_strings and action.nargs != argparse.SUPPRESS
    ]
    if not names:
        return "only options are taken"
    if len(names) == 1:
        return f"only one {names[0]} is taken"
    return f"only {', '.join(names[:-1])} and {names[-1]} are taken"


def _glob_hint(command: argparse.ArgumentParser) -> str:
    """How to pass several files to a command given ``--workers`` or ``--scheduler``."""
    given = getattr(command, "given", ())
    dask = ("--workers", "--scheduler")
    if any(w in dask or w.startswith(tuple(f"{d}=" for d in dask)) for w in given):
        return "; quote a glob, as in 'crawl/*.parquet', or the shell expands it to several"
    return ""


def _refuse_leftover(
    command: argparse.ArgumentParser, shown: list[str], surplus: list[str]
) -> NoReturn:
    """``unrecognized arguments: ...``, and what the command takes when a word is too many;
    with ``--workers``/``--scheduler``, whose FILE may be a glob, that the shell expanded an
    unquoted one (``listings crawl/*.parquet --workers 2``)."""
    hint = f" ({_taken(command)}{_glob_hint(command)})" if surplus else ""
    if any(_slash_option(command, word) for word in surplus):
        hint = ""  # the option it stands for is named below (did you mean --as-of?)
    command.error(f"unrecognized arguments: {' '.join(shown + surplus)}{hint}")


def _slash_option(command: argparse.ArgumentParser, word: str) -> bool:
    """Whether ``word`` is a Windows switch (``/as-of``, ``/format:json``) naming one of the
    command's options: it was said to be a word too many (``only one PLAN is taken``)."""
    if not word.startswith("/") or word.startswith("//"):
        return False
    return "--" + re.split("[:=]", word[1:], maxsplit=1)[0] in command._option_string_actions


def _intermixed(
    command: argparse.ArgumentParser, name: str, given: Sequence[str], extra: list[str]
) -> argparse.Namespace:
    """The command's arguments read again with its positionals mixed among its options
    (``ipprules rules platform --as-of 2026-11-23 taobao``): argparse fills every optional
    positional at the first run of positionals, so the name after an option was left over as
    "unrecognized"; anything still unknown (an option, or a word too many) is refused as
    before, a word too many with what the command takes (``only one FILE is taken``)."""
    if any(word.startswith("-") for word in extra) or not given or given[0] != name:
        _refuse_leftover(command, *_as_typed(given, extra))
    args, left = command.parse_known_intermixed_args(given[1:])
    left = [word for word in left if word != "--"]
    if left:
        _refuse_leftover(command, [], left)
    args.command = name
    return args


def _main(argv: Sequence[str] | None) -> int:
    given = sys.argv[1:] if argv is None else argv
    if len(given) > _MOST_ARGUMENTS:
        print(
            f"ipprules: error: {len(given):,} arguments: a command line takes at most "
            f"{_MOST_ARGUMENTS:,}",
            file=sys.stderr,
        )
        return EXIT_INPUT
    named = given[0] if given and any(given[0] == name for name, _ in _COMMANDS) else None
    parser, commands = _parsers(named)  # the top-level help (no command named) lists them all
    for each in (parser, *commands.values()):
        each.given = given  # type: ignore[attr-defined]  # for the hint of an option's error
    misplaced = _option_first(given, commands) if named is None else None
    if misplaced:
        print(f"ipprules: error: {misplaced}", file=sys.stderr)
        return EXIT_INPUT
    args, extra = _parsed(parser, argv)
    if not getattr(args, "_run", None):
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        parser.print_help(sys.stderr)
        return EXIT_INPUT
    extra = [word for word in extra if word != "--"]  # a separator argparse 3.11 left over
    if extra:
        args = _intermixed(commands[args.command], args.command, given, extra)
    from ipprules.cli._term import width_problem

    problem = option_problem(commands[args.command], args) or width_problem()
    if problem:
        print(f"ipprules {args.command}: error: {problem}", file=sys.stderr)
        return EXIT_INPUT
    from ipprules._files import keeping_stdin, reading_limits
    from ipprules.cli._term import fitted_stdout

    # text is fitted to a terminal; JSON, CSV and verbatim output (_raw_output) never are
    text_output = getattr(args, "format", "text") == "text" and not getattr(
        args, "_raw_output", False
    )
    flush_notices(keep=False)  # none is left from an earlier run in this process
    with guarded_stdout(), fitted_stdout(enabled=text_output):  # fitted only on a terminal
        try:
            with reading_limits(max_bytes=getattr(args, "max_bytes", None)), keeping_stdin():
                code: int = args._run(args)
                sys.stdout.flush()  # what is still buffered: its refusal is the run's error
        except ValueError as exc:  # every ipprules error is a ValueError
            return fail(as_of_named(exc, args), command=args.command)
        except OSError as exc:
            return fail(exc)
        except (Exception, RecursionError, MemoryError) as exc:  # last resort: no traceback
            return fail_unexpected(args.command, exc)
        except KeyboardInterrupt:
            flush_notices(keep=False)
            print(f"ipprules {args.command}: interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        flush_notices(keep=code != EXIT_INPUT)  # a refusal (exit 2) is its error lines alone
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
