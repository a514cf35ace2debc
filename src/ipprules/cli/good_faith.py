"""``ipprules good-faith``: Good Faith standing, headroom, what-if and timeline from a history.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the Good Faith
criteria, metrics and reason codes are then the overridden book's, in every mode (standing,
``--timeline``, ``--what-if``).

Exit codes: 0 the account qualifies on the as-of date (meets every criterion and is not
locked out; for a what-if, after the planned complaints) or a timeline was printed, 1 it does
not qualify (a criterion fails, or it is locked out and cannot rejoin yet, R72, R73), 2 unusable
input.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    add_trial,
    in_file,
    iso_date,
    print_json,
    resolve_as_of,
    rulebook_from,
    shown,
    trial_choice,
    writing,
)

HELP = "Good Faith standing, headroom, what-if and timeline from a complaint history"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules good-faith``."""
    parser.add_argument(
        "history",
        metavar="HISTORY",
        help="history file (.csv split by commas, ';' or tabs, or .jsonl)",
    )
    parser.add_argument(
        "--account",
        metavar="NAME",
        default=None,
        help="the account to read from a history with an account column (required when it "
        "holds several)",
    )
    add_as_of(parser)
    parser.add_argument(
        "--platform",
        action="append",
        dest="platforms",
        metavar="ID",
        help="count only the complaints on this platform (repeatable; default: the platforms "
        "the criteria cover, the Tao marketplaces)",
    )
    add_interpretation(parser)
    add_trial(parser)
    parser.add_argument(
        "--metric",
        action="append",
        default=[],
        metavar="ID",
        help="use this metric instead of the default of its kind (repeatable), "
        "e.g. takedown_rate_complaint",
    )
    parser.add_argument(
        "--timeline",
        nargs=2,
        type=iso_date,
        metavar=("FROM", "TO"),
        help="print the standing for every day from FROM to TO",
    )
    parser.add_argument(
        "--what-if",
        metavar="FILE",
        help="planned complaints (.toml/.json plan, or a .csv/.jsonl history, "
        ".gz/.bz2/.xz/.lzma/.zip too) to add",
    )
    add_rules(parser)
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.errors import CoverageError
    from ipprules.goodfaith import History

    args.trial = trial_choice(args)
    _check_dates(args)
    args.book = rulebook_from(args)  # a malformed file: exit 2 naming its line
    _check_platforms(args)  # before the history is read
    option = "--timeline" if args.timeline else "--as-of"
    with _history_source(args) as (args.source, args.source_name, args.source_format):
        history = History.from_file(
            args.source, name=args.source_name, format=args.source_format, account=args.account
        )
        try:
            if args.timeline:
                return _run_timeline(args, history)
            if args.what_if:
                return _run_what_if(args, history)
            return _run_standing(args, history)
        except CoverageError as exc:
            raise CoverageError(f"{option}: {exc}") from None


def _batch_file(what_if: str | None) -> bool:
    """Whether ``--what-if`` names a history file (CSV or JSON Lines, compressed too), whose
    complaint ids are compared with the history's; a plan (TOML, JSON) has none."""
    from ipprules._files import compression_of

    if what_if is None or what_if == "-":
        return False
    name = Path(what_if)
    if compression_of(name.name):
        name = name.with_suffix("")
    return name.suffix.lower() in (".csv", ".jsonl", ".ndjson")


def _copy(stream: Any, copy: Path) -> None:
    """Copy ``stream`` into the file ``copy``: an OS error writing it is said as one
    (``cannot write the file``), reading the stream is not writing."""
    with writing(str(copy)):
        out = copy.open("wb")
    try:
        while chunk := stream.read(1 << 20):
            with writing(str(copy)):
                out.write(chunk)
    finally:
        with writing(str(copy)):
            out.close()


@contextlib.contextmanager
def _history_source(args: argparse.Namespace) -> Iterator[tuple[str, str | None, str | None]]:
    """``(path, name, format)`` of the history to read: HISTORY as given, or, for a history
    on stdin compared with a what-if batch file's complaint ids, a temporary copy of stdin
    (named ``<stdin>``, its format told as stdin's is: JSON Lines start with ``{``), which
    can be read again for the ids, as a history file is. The copy is under the cap the
    history reader applies to stdin and to files (``--max-bytes``), and is removed at the
    end."""
    if args.history != "-" or not _batch_file(args.what_if):
        yield args.history, None, None
        return
    import tempfile

    from ipprules._files import cap_set, first_char, open_input
    from ipprules.goodfaith.history import HISTORY_MAX_BYTES

    cap = HISTORY_MAX_BYTES if cap_set() is None else None  # as the history reader's
    with tempfile.TemporaryDirectory(prefix="ipprules-") as folder:
        copy = Path(folder) / "stdin"
        with open_input("-", max_bytes=cap) as stream:
            fmt = "jsonl" if first_char(stream) == "{" else "csv"
            _copy(stream, copy)
        yield str(copy), "<stdin>", fmt


def _run_standing(args: argparse.Namespace, history: Any) -> int:
    from ipprules.goodfaith import standing

    s = _noted(args, standing(history, resolve_as_of(args), **_options(args)))
    if args.format == "json":
        print_json(s.to_dict())
    else:
        _print_standing(s)
    return _exit_code(s)


def _noted(args: argparse.Namespace, s: Any) -> Any:
    """The standing with the notes of ``--platform`` names filed as another platform (B1)
    first."""
    if not args.filed_notes:
        return s
    import attrs

    return attrs.evolve(s, notes=(*args.filed_notes, *s.notes))


def _exit_code(s: Any) -> int:
    """0 where the account qualifies now: it meets every criterion (``qualifies``) and is not
    locked out, since a locked-out account cannot rejoin before its lock-out ends, whatever
    its statistics (R72, R73; the headline says so); 1 otherwise."""
    return EXIT_OK if s.qualifies and s.locked_until is None else EXIT_FINDINGS


def _check_dates(args: argparse.Namespace) -> None:
    """Refuse dates outside what a history may hold, a reversed --timeline range, and
    --what-if with --timeline."""
    from ipprules.errors import InputError

    low, high = dt.date(1900, 1, 1), dt.date(2999, 12, 31)
    dates = [("--as-of", args.as_of)]
    if args.timeline:
        dates += [("--timeline FROM", args.timeline[0]), ("--timeline TO", args.timeline[1])]
    for option, day in dates:
        if day is not None and not low <= day <= high:
            raise InputError(f"{option}: {day} lies outside {low}..{high}")
    if args.timeline and args.timeline[1] < args.timeline[0]:
        start, end = args.timeline
        raise InputError(f"--timeline: TO ({end}) comes before FROM ({start})")
    if args.timeline:  # before the history is read (a file of a million rows takes seconds)
        from ipprules.goodfaith.timeline import MAX_DAYS

        start, end = args.timeline
        if (end - start).days >= MAX_DAYS:
            raise InputError(
                f"--timeline: {start} to {end} is {(end - start).days + 1:,} days; "
                f"a timeline covers at most {MAX_DAYS:,} days"
            )
    if args.timeline and args.what_if:  # the timeline ran and the what-if was dropped
        raise InputError(
            "--what-if: not with --timeline (a timeline of planned complaints is not "
            "computed): run them one at a time"
        )


def _check_platforms(args: argparse.Namespace) -> None:
    """Refuse a ``--platform`` that is not a platform of the rule book on the day asked (the
    as-of date, or a timeline's last day), as the other commands do (the nearest id), and as
    the Python API does (``Resolver.refuse_platforms``). A marketplace the
    reading files as a platform (B1: Xianyu as Taobao) is asked as that platform, whose
    standing counts the marketplace's complaints, with a note (``args.filed_notes``), as
    ``rules``, ``penalties``, ``deadline``, ``lifecycle`` and ``counter-notice`` answer it;
    under a reading that files it as nothing (``official``) it is refused, with why."""
    args.filed_notes = []
    if not args.platforms:
        return
    from ipprules.errors import CoverageError
    from ipprules.rulebook import default_rulebook

    book = args.book or default_rulebook()
    if args.timeline:
        day = args.timeline[1]
    else:
        day = args.as_of = resolve_as_of(args, book=args.book)  # said once, on stderr
    try:
        view = book.as_of(day, args.interpretation, trial=args.trial)
    except CoverageError:
        return  # the command itself says that the rule book does not cover the day
    asked = []
    for platform in args.platforms:
        filed = view.filed_as(platform)
        if filed is None:
            _known_platform(view, platform)
            asked.append(platform)
            continue
        asked.append(filed.platform)
        differ = f" (differs under: {', '.join(filed.readings)})" if filed.readings else ""
        args.filed_notes.append(
            f"--platform {platform}: {filed.note}, so this is {filed.platform}'s standing, "
            f"{platform}'s complaints counted in it{differ}"
        )
    args.platforms = list(dict.fromkeys(asked))
    args.filed_notes = list(dict.fromkeys(args.filed_notes))  # --platform xianyu twice


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "interpretation": args.interpretation,
        "trial": args.trial,
        "metrics": args.metric,
        "platforms": args.platforms,
        "rulebook": args.book,
    }


def _run_timeline(args: argparse.Namespace, history: Any) -> int:
    from ipprules.goodfaith import timeline
    from ipprules.goodfaith.standing import empty_history_notes, shown_trial

    start, end = args.timeline
    t = timeline(history, start, end, other_readings=True, **_options(args))
    notes = (*args.filed_notes, *empty_history_notes(history, "timeline"))  # a Timeline has none
    if args.format == "json":
        data = t.to_dict()  # the timeline's own data, with what only the command knows
        print_json(
            {
                "from": data["start"],
                "to": data["end"],
                "interpretation": data["interpretation"],
                "rulebook": data["rulebook"],
                "rulebook_version": data["rulebook_version"],
                "rulebook_date": data["rulebook_date"],
                "trial": shown_trial(args.trial),
                "changes": data["changes"],
                "days": data["days"],
                "notes": list(notes),
            }
        )
    else:
        _print_timeline(t, args.trial)
        for note in notes:
            print(f"  note: {note}")
    return EXIT_OK


def _run_what_if(args: argparse.Namespace, history: Any) -> int:
    from ipprules.errors import InputError
    from ipprules.goodfaith import what_if

    batch: Any = args.what_if
    stdin_ids = None
    if batch == "-":  # read once, its ids kept for the comparison with the history's
        from ipprules.goodfaith.plan import read_stdin_batch

        batch, stdin_ids = read_stdin_batch(args.account)
    try:
        result = what_if(
            history, batch, resolve_as_of(args), account=args.account, **_options(args)
        )
    except InputError as exc:  # about a value of the plan ($.complaints...): placed in its file
        if all(p.path.startswith("$.") for p in exc.problems):
            raise in_file(exc, args.what_if, args) from None
        raise
    _refuse_known_ids(args, stdin_ids)
    if args.filed_notes:
        import attrs

        before, after = _noted(args, result.before), _noted(args, result.after)
        result = attrs.evolve(result, before=before, after=after)
    if args.format == "json":
        print_json(result.to_dict())
    else:
        print("Before:")
        _print_standing(result.before)
        print(f"\nAfter {result.added} planned complaint(s):")
        _print_standing(result.after)
    return _exit_code(result.after)


def _refuse_known_ids(
    args: argparse.Namespace, stdin_ids: list[tuple[int, str]] | None = None
) -> None:
    """Refuse a batch read from a history file whose complaint ids the history already holds.

    Complaint ids are unique (docs/good-faith.md): a planned complaint with the id of one in
    the history is that complaint counted twice (an overlapping export given as the batch).
    The history's ids are read again only when the batch has some (once, fast; a second
    time for the line numbers when one repeats). A batch read from stdin gives its ids as it
    is read (``stdin_ids``); a history read from stdin is read from its copy
    (:func:`_history_source`).
    """
    from ipprules.errors import InputError
    from ipprules.goodfaith.history import id_lines, ids_among

    if args.what_if == "-":
        pairs = iter(stdin_ids or ())
    elif _batch_file(args.what_if):
        pairs = id_lines(args.what_if)
    else:  # a plan: no ids
        return
    planned: dict[str, int] = {}
    for line, value in pairs:
        planned.setdefault(value, line)
    if not planned:
        return
    source = {"name": args.source_name, "format": args.source_format}
    if not ids_among(args.source, set(planned), **source):  # the usual case: one fast reading
        return
    found: dict[str, int] = {}
    for line, value in id_lines(args.source, **source):  # again, for the lines of the message
        if value in planned:
            found.setdefault(value, line)
    if found:
        value = min(found, key=planned.__getitem__)
        shown = repr(value) if len(value) <= 40 else repr(value[:37] + "...")
        raise InputError(
            f"id {shown} of a planned complaint is already in the history "
            f"{args.source_name or args.history} (line {found[value]}; {len(found)} id(s) "
            "repeat): a what-if "
            "adds complaints the history does not hold",
            path="$.id",
            file="<stdin>" if args.what_if == "-" else str(args.what_if),
            line=planned[value],
        )


def _print_standing(s: Any, out: Any = None) -> None:
    """The standing's text (:func:`ipprules.goodfaith.text.standing_text`), each line safe
    for a terminal."""
    from ipprules.goodfaith.text import standing_text

    for line in standing_text(s).splitlines():
        print(shown(line), file=out or sys.stdout)


def _print_timeline(t: Any, trial: Any) -> None:
    """The timeline's text (:func:`ipprules.goodfaith.text.timeline_text`), with the trials
    the command was given, each line safe for a terminal."""
    from ipprules.goodfaith.text import timeline_text

    for line in timeline_text(t, trial).splitlines():
        print(shown(line))


def _known_platform(view: Any, name: str) -> None:
    """``view.platform(name)``, its refusal of ``taobao,tmall`` saying to give the option once
    for each platform (it is repeatable, and the nearest id alone read as the answer)."""
    from ipprules.errors import InputError, UnknownNameError

    try:
        view.platform(name, filed_as=False)
    except UnknownNameError as exc:
        parts = [part.strip() for part in name.split(",")]
        if len(parts) < 2 or not all(parts):
            raise
        each = " ".join(f"--platform {part}" for part in parts)
        raise InputError(
            f"{exc} (--platform takes one platform: give it once for each, {each})"
        ) from None
