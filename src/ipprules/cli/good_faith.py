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
)

HELP = "Good Faith standing, headroom, what-if and timeline from a complaint history"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules good-faith``."""
    parser.add_argument("history", metavar="HISTORY", help="history file (.csv or .jsonl)")
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
    import shutil
    import tempfile

    from ipprules._files import cap_set, first_char, open_input
    from ipprules.goodfaith.history import HISTORY_MAX_BYTES

    cap = HISTORY_MAX_BYTES if cap_set() is None else None  # as the history reader's
    with tempfile.TemporaryDirectory(prefix="ipprules-") as folder:
        copy = Path(folder) / "stdin"
        with open_input("-", max_bytes=cap) as stream, copy.open("wb") as out:
            fmt = "jsonl" if first_char(stream) == "{" else "csv"
            shutil.copyfileobj(stream, out, 1 << 20)
        yield str(copy), "<stdin>", fmt


def _run_standing(args: argparse.Namespace, history: Any) -> int:
    from ipprules.goodfaith import standing

    s = standing(history, resolve_as_of(args), **_options(args))
    if args.format == "json":
        print_json(s.to_dict())
    else:
        _print_standing(s)
    return _exit_code(s)


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
    as-of date, or a timeline's last day), as the other commands do (the nearest id, or what a
    marketplace is filed as: ``xianyu``); the Python API counts no complaint for such a name
    and says so in a note."""
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
    for platform in args.platforms:
        view.platform(platform)


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
    notes = empty_history_notes(history, "timeline")  # as the standing says (a Timeline has none)
    if args.format == "json":
        data = t.to_dict()  # the timeline's own data, with what only the command knows
        print_json(
            {
                "from": data["start"],
                "to": data["end"],
                "interpretation": data["interpretation"],
                "rulebook": data["rulebook"],
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


def _headline(s: Any) -> str:
    """Whether the account qualifies, and its membership. "Qualifies" (meets every criterion)
    is not said of a locked-out account, which cannot rejoin before the lock-out ends (R72,
    R73): the line says what it meets and from when it may rejoin."""
    state = "member" if s.member else "not a member"
    if s.member_since is not None:
        state += f" since {s.member_since}"
    until = s.locked_until
    if until is None:
        return f"{'QUALIFIES' if s.qualifies else 'DOES NOT QUALIFY'}; {state}"
    if s.qualifies:
        return (
            f"MEETS EVERY CRITERION but locked out until {until} (R72, R73); {state}; "
            f"may rejoin from {until} if it still meets them then"
        )
    return f"DOES NOT QUALIFY; {state}; locked out until {until}"


def _print_standing(s: Any, out: Any = None) -> None:
    from ipprules.goodfaith.render import percent

    out = out or sys.stdout
    if s.version is None:
        print(f"as of {s.as_of}: " + " ".join(s.notes), file=out)
        return
    print(
        f"Good Faith standing as of {s.as_of} (version {s.version}, "
        f"interpretation {s.interpretation}{_trial(s.trial)}; window {s.window_from} to "
        f"{s.as_of})",
        file=out,
    )
    print(f"  {_headline(s)}", file=out)
    if s.other_readings:
        other = ", ".join(s.other_readings)
        print(f"  qualification or membership differs under: {other}", file=out)
    for scope, criteria in (
        ("overall", s.criteria),
        *((r.reason_code, r.criteria) for r in s.reason_codes),
    ):
        for c in criteria:
            print("  " + shown(_criterion_line(scope, c, percent)), file=out)
    h = s.headroom
    anywhere = " in any reason code filed in the window" if s.reason_codes else ""
    print(
        f"  headroom: {_limit(h.failures)} more failed takedown(s), "
        f"{_limit(h.counter_notices)} more successful counter-notice(s){anywhere}",
        file=out,
    )
    for note in s.notes:
        print(f"  note: {shown(note)}", file=out)
    p = s.path
    if not s.qualifies and p.barred:
        could = (
            f"; it could under {', '.join(p.qualify_under)}, which count(s) the finding only "
            "while it is in the window (R69, R82)"
            if p.qualify_under
            else ""
        )
        print(
            f"  to qualify: no number of complaints admits the account under this reading "
            f"(the abuse finding on {p.abuse_bar} bars admission for good, B21){could}",
            file=out,
        )
    elif not s.qualifies:
        if p.abuse_clears_on is not None:
            print(
                f"  abuse: no admission before {p.abuse_clears_on}, when the abuse finding on "
                f"{p.abuse_bar} leaves the window (R69, R82)",
                file=out,
            )
        if p.successes != 0:
            need = "no number of" if p.successes is None else f"{p.successes}"
            print(f"  to qualify: {need} more successful takedown(s)", file=out)
        if p.volume:
            print(f"  volume: {p.volume} more complaint(s) in the window", file=out)
        if p.declaration_missing:
            print("  declaration: not signed", file=out)
        if p.rates_pass_on is not None:
            print(f"  with nothing more filed, the rates pass on {p.rates_pass_on}", file=out)
    if p.failures_clear_on is not None:
        print(f"  current failures leave the window on {p.failures_clear_on}", file=out)


def _trial(trial: Any) -> str:
    """The trials the account was in, for a header (``""`` when none)."""
    from ipprules.rulebook.model import trial_label

    label = trial_label(trial)
    return f", {label}" if label else ""


def _limit(value: int | None) -> str:
    return "unlimited" if value is None else str(value)


def _criterion_line(scope: str, c: Any, percent: Any) -> str:
    mark = "ok  " if c.met else "FAIL"
    if c.name in ("takedown_rate", "counter_notice_rate"):
        value = percent(c.value, 3)
        ratio = f"{c.numerator}/{c.denominator}"
        text = f"{value} ({ratio}) {c.comparison.value} {percent(c.threshold, 1)}"
        if c.headroom is not None and c.met:
            text += f"; headroom {c.headroom}"
        if not c.met and c.assessed:
            text += f"; needs {_limit(c.needed)} more successful takedown(s)"
    elif c.name == "volume":
        text = f"{c.numerator} {c.comparison.value} {c.threshold}"
    else:
        text = c.note
    if c.other_readings:
        text += f" [differs under: {', '.join(c.other_readings)}]"
    return f"{mark} {scope:<18} {c.name:<20} {text}"


def _qualifies_on(row: Any) -> str:
    """A timeline day's qualification, as the standing's headline says it: "yes" is not
    said of a locked-out account, which cannot rejoin before the lock-out ends (R72, R73)."""
    if not row.qualifies:
        return "no"
    return "yes" if row.locked_until is None else "locked"


def _print_timeline(t: Any, trial: Any) -> None:
    from ipprules.goodfaith.render import percent

    print(
        f"Good Faith timeline {t.start} to {t.end} "
        f"(interpretation {t.interpretation}{_trial(trial)})"
    )
    for c in t.changes:
        print(f"  {c.date}: membership {c.change} ({c.reason})")
        for note in c.notes:
            print(f"    note: {note}")
    if not t.changes:
        print("  no change of membership in the range")
    print("date        version  takedown    counter    volume  qualifies  member  differs under")
    print("(the first day of each month, days where qualification or membership changes, the end)")
    previous = None
    differ: dict[str, int] = {}
    locked = False
    for row in t:
        for name in row.other_readings:
            differ[name] = differ.get(name, 0) + 1
        said = _qualifies_on(row)
        key = (row.version, said, row.member, row.other_readings)
        if key == previous and row.date.day != 1 and row.date not in (t.start, t.end):
            continue
        previous = key
        locked = locked or said == "locked"
        print(
            f"{row.date}  {row.version or '-':<7}  {percent(row.takedown_rate):>8}  "
            f"{percent(row.counter_notice_rate, 3):>9}  {row.volume:>6}  "
            f"{said:<9}  {'yes' if row.member else 'no':<6}  "
            f"{', '.join(row.other_readings) or '-'}"
        )
    if locked:
        print(
            "qualifies 'locked': meets every criterion, but locked out: it cannot rejoin "
            "before the lock-out ends (R72, R73)"
        )
    for name, days in differ.items():
        print(f"qualification or membership differs under {name} on {days} of {len(t)} day(s)")
