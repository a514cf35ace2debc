"""``ipprules plan``: turn a list of URLs into complaints ready to file.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the reason codes, the
checks of the planned complaints and the Good Faith projection are then the overridden book's,
on one machine and on Dask (``--workers``, ``--scheduler``) alike.
"""

from __future__ import annotations

import argparse
import heapq
from collections.abc import Callable
from typing import Any

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    TEXT,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    exact_between,
    notice,
    partial_output_removed,
    print_json,
    reason_given,
    refuse_glob,
    resolve_file_as_of,
    right_given,
    rulebook_from,
    table,
    target_type,
    write_json,
)

HELP = "plan complaints from a list of listing URLs (or a CSV) for an account's rights"


_STRATEGY_HELP = (
    "fewest (default): fill each complaint to the channel's limit, in input order; protect: "
    "the surest listings first, the doubtful quarantined, small first batches"
)
_CHANNEL_HELP = (
    "the channel the complaints are filed through (default: portal, 300 listings a complaint; "
    "standalone_form: 10, for accounts not registered with IPP)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input",
        metavar="URLS",
        help="a text file with one URL per line, a CSV with a url (or link..., or --column "
        "NAME) column (and right, reason, target, confidence, order_number, notes), or JSON Lines "
        "with the same keys",
    )
    _add_reading(parser)
    parser.add_argument(
        "--account",
        required=True,
        metavar="PLAN",
        help="a plan file (TOML or JSON) with the account and its rights",
    )
    parser.add_argument(
        "--strategy", choices=("fewest", "protect"), default="fewest", help=_STRATEGY_HELP
    )
    _add_rest(parser)


def _add_reading(parser: argparse.ArgumentParser) -> None:
    """``--input`` and ``--column``: how URLS is read, as by ``ipprules listings``."""
    parser.add_argument(
        "--input",
        dest="kind",
        choices=("auto", "lines", "csv", "jsonl"),
        default="auto",
        help="what URLS is (default: JSON Lines when named *.jsonl or *.ndjson or its first "
        "line starts with {, a CSV when its first line is a header, else lines)",
    )
    parser.add_argument(
        "--column",
        metavar="NAME",
        help="the CSV column or JSON Lines key holding the URLs (default: url, link...), "
        "as ipprules listings --column",
    )


def _add_rest(parser: argparse.ArgumentParser) -> None:
    """The options after ``--strategy``: the defaults of the lines, the channel, the files
    read beside URLS and written, and the common and Dask options."""
    parser.add_argument("--right", help="the right for lines that do not name one")
    parser.add_argument("--reason", help="the reason code for lines that do not name one")
    parser.add_argument(
        "--target",
        type=target_type,
        metavar="{listing,storefront}",
        help="the target for lines that do not name one (default: the URL's kind); the IPP "
        "form's words 'Product listing' and 'Store front' too, as in a target column",
    )
    parser.add_argument(
        "--channel", choices=("portal", "standalone_form"), default="portal", help=_CHANNEL_HELP
    )
    parser.add_argument(
        "--supplement",
        metavar=TEXT,
        help="the supplement reason for every complaint (it may take tabs and newlines)",
    )
    parser.add_argument(
        "--quarantine-below",
        type=exact_between(0, 1),
        default=None,  # not 7/10 here: a value given with --strategy fewest is refused
        metavar="P",
        help="with --strategy protect: confidence under which listings are quarantined "
        "(default 0.7)",
    )
    parser.add_argument(
        "--open", metavar="FILE", help="URLs already in open complaints (one per line): skipped"
    )
    parser.add_argument(
        "--history",
        metavar="FILE",
        help="the account's complaint history (CSV or JSON Lines) for the "
        "projected Good Faith effect",
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write the complaints, manifest, plan and the line-by-line files "
        "(reconciliation.csv, rejections.csv, duplicates.csv) here, and print a summary; "
        "with --workers/--scheduler: outcomes/ and complaints/ as Parquet",
    )
    add_interpretation(parser)
    add_rules(parser)
    add_as_of(parser, "the --account file")
    add_format(parser)
    from ipprules.scale.cli import add_options

    add_options(
        parser,
        "With --workers or --scheduler, URLS is a CSV or Parquet file (or glob) of many "
        "accounts' lines: an 'account' column names each line's account, and --account is a "
        "plan file for every account or a directory of plan files named after them "
        "(lumen.toml plans account lumen); see the Scaling out page.",
        files="CSV or Parquet",
    )


def settings_from(args: argparse.Namespace) -> Any:
    """The planner's :class:`~ipprules.planner.Settings` from the options."""
    from ipprules.checks.model import ChannelId
    from ipprules.planner import Settings, Strategy

    floor = {} if args.quarantine_below is None else {"quarantine_below": args.quarantine_below}
    return Settings(
        strategy=Strategy(args.strategy),
        channel=ChannelId(args.channel),
        right=args.right,
        reason=args.reason,
        target=args.target,
        supplement=args.supplement,
        **floor,
    )


def _open_listings(path: str) -> list[str]:
    """The listings' URLs of ``--open FILE``. Its lines that hold no listing skip nothing: a notice
    names how many and the first (a file of other things, another command's file given by
    mistake, was taken in silence and skipped nothing). A file whose first line is one of
    a TOML or JSON document's (a plan, a report: another command's file, whatever its name)
    is refused at that line, as ``plan`` refuses such a file as its ``.csv`` input."""
    from ipprules._files import document_line
    from ipprules.errors import InputError, quoted
    from ipprules.listings import Listing, parse_listing
    from ipprules.planner import read_lines

    urls: list[str] = []  # the listings only: a line of none skips nothing, and is counted
    read = none = first = 0  # (yes | ipprules plan ... --open - kept 64 MiB of 'y' lines)
    for line in read_lines(path):
        read += 1
        if type(parse_listing(line.url)) is Listing:
            urls.append(line.url)
            continue
        said = None if read > 1 else document_line(line.url, "a list of URLs")
        if said is not None:
            raise InputError(f"--open: {said}", file=path, line=line.line)
        none, first = none + 1, first or line.line
    if none:
        notice(
            f"ipprules: --open {quoted(path, 200)}: {none} of {read} line(s) hold no "
            f"listing and skip nothing (the first: line {first})"
        )
    return urls


def _refuse_plans_folder(account: str) -> None:
    """``--account plans/`` without ``--workers``/``--scheduler``: a folder of plan files named
    after the accounts is read by the Dask path only; one machine plans one account (it said
    ``not a regular file (a directory); give a file or - for stdin``)."""
    import os

    if os.path.isdir(account):
        from ipprules.errors import InputError

        raise InputError(
            "a folder of plan files (one per account) is read with --workers N or "
            "--scheduler ADDRESS; without them, --account is one plan file",
            file=account,
        )


def run(args: argparse.Namespace) -> int:
    from ipprules.planner.inputs import one_per_complaint
    from ipprules.scale.cli import run_plan, wanted

    if args.quarantine_below is not None and args.strategy != "protect":
        # fewest quarantines nothing: the value was taken and ignored in silence
        raise ValueError("argument --quarantine-below: goes with --strategy protect")
    for option in ("right", "reason"):  # Settings refuses it too, naming settings.<field>
        value = getattr(args, option)
        if value is not None and not value.strip():
            raise ValueError(f"argument --{option}: white space only ({value!r})")
    # not checked as one unknown name: as a plan cell is (a --right naming several is refused
    # by right_given, which knows the account's ids: one of them may hold a separator)
    several = one_per_complaint("reason", args.reason)
    if several is not None:
        raise ValueError(f"argument --reason: {several}")
    if wanted(args):
        return run_plan(args, settings_from(args), rulebook_from(args))
    refuse_glob(args.input)
    _refuse_plans_folder(args.account)
    # A planner run makes millions of small objects and no cycles worth collecting: the
    # cyclic collector would rescan them again and again (most of the time at 2M lines).
    from ipprules import _gc

    paused = _gc.pause()
    try:
        return _run(args)
    finally:
        _gc.resume(paused)


def _fresh_out(folder: str) -> None:
    """Refuse an ``--out`` folder that already holds a plan (its complaint files would stay
    beside the new ones, unnamed by the new manifest) or a file of a name the plan writes
    (it would be overwritten, or left half-written by a failed run)."""
    import os

    from ipprules.errors import IpprulesError
    from ipprules.planner.export import RECONCILIATION_FILES

    if os.path.lexists(os.path.join(folder, "manifest.json")):
        raise IpprulesError(
            f"--out: {folder} already holds a plan (manifest.json): choose a new folder, or "
            "empty this one first"
        )
    _no_clash(folder, ["manifest.csv", *RECONCILIATION_FILES, "plan.json"])


def _no_clash(folder: str, names: list[str]) -> None:
    """Refuse an ``--out`` folder holding one of ``names`` (a dangling link too): a run never
    overwrites a file it did not write."""
    import os

    from ipprules.errors import IpprulesError

    held = [name for name in names if os.path.lexists(os.path.join(folder, name))]
    if held:
        more = f" (and {len(held) - 1} more)" if len(held) > 1 else ""
        raise IpprulesError(
            f"--out: {folder} already holds {held[0]}{more}, a file this plan writes: choose "
            "a new folder, or move it first"
        )


def _export(result: Any, folder: str) -> list[Any]:
    """:func:`~ipprules.planner.export` into ``folder``, refused first when it holds a file
    of the name of a complaint file (known only now): a run never overwrites a file it did
    not write."""
    from ipprules.planner import export, manifest_rows

    _no_clash(folder, [row["file"] for row in manifest_rows(result)])
    return export(result, folder)


def _first_rejected(kept: list[Any], rejected: Any) -> Callable[[Any], None]:
    """A reconciliation that keeps in ``kept`` (a heap) the first :data:`SHOWN` rejected
    lines by line number: an endless stream of junk stays in bounded memory."""
    from ipprules.planner.text import SHOWN

    def reconcile(outcome: Any) -> None:
        if outcome[2] is rejected:
            heapq.heappush(kept, (-outcome[0], outcome))
            if len(kept) > SHOWN:
                heapq.heappop(kept)

    return reconcile


def _run(args: argparse.Namespace) -> int:
    from ipprules.checks.plan import read_plan
    from ipprules.cli._plan_json import LineSpool
    from ipprules.cli._term import progress
    from ipprules.errors import CoverageError, InputError
    from ipprules.planner import (
        ReconciliationFiles,
        Status,
        plan_listings,
        project,
        read_lines,
    )

    book = rulebook_from(args)  # a malformed file: exit 2 naming its line
    plan = read_plan(args.account)  # its references and languages checked at their lines
    right_given(plan, args.right, args.account)  # exit 2 for a right the plan lacks
    as_of = resolve_file_as_of(args, plan.as_of, "the account's")  # said on stderr
    reason_given(book, args.reason, [as_of], args.rules)  # exit 2: no platform has it that day
    settings = settings_from(args)
    open_urls = _open_listings(args.open) if args.open else []
    history = _history(args.history) if args.history else None
    ignored: list[str] = []  # CSV columns the planner does not read, said in the output
    lines = progress(
        read_lines(
            args.input,
            rights=[r.id for r in plan.rights],  # a right cell naming one of them exactly
            on_ignored=ignored.extend,
            kind=args.kind,
            column=args.column,
        ),
        desc="planning",
        unit="line",
    )
    files: ReconciliationFiles | None = None
    spool: LineSpool | None = None
    rejected: list[Any] = []
    if args.out:
        _fresh_out(args.out)
    # a failed or interrupted run removes what it wrote: a half-written folder is no result
    with partial_output_removed(args.out):
        if args.out:
            files = ReconciliationFiles(args.out)
            reconcile: Any = files
        elif args.format == "json":
            reconcile = spool = LineSpool()  # every line, in input order, after the counts
        else:
            reconcile = _first_rejected(rejected, Status.REJECTED)
        try:
            result = plan_listings(
                lines,
                plan,
                as_of=as_of,
                settings=settings,
                rulebook=book,
                interpretation=args.interpretation,
                open_listings=open_urls,
                reconcile=reconcile,
            )
        except (InputError, CoverageError) as exc:  # a value of the account file: its line
            raise _in_account(exc, args, as_of) from None
        finally:
            if files is not None:
                files.close()
        try:
            projection: Any = project(result, history, rulebook=book)
        except CoverageError as error:  # before the Good Faith Program: nothing to project
            projection = str(error)
        written = _export(result, args.out) if args.out else []
    if files is not None:
        written[-1:-1] = files.paths
    counts = result.counts()
    if args.format == "json":
        _print_json(result, projection, written, ignored, spool)
    elif files is not None:
        _print_summary(result, projection, written, files, ignored)
    else:
        shown = sorted((o for _, o in rejected), key=lambda o: o[0])
        _print_text(result, projection, shown, ignored)
    return EXIT_FINDINGS if counts["rejected"] else EXIT_OK


def _print_json(
    result: Any, projection: Any, written: list[Any], ignored: list[str], spool: Any
) -> None:
    data = result.as_dict()  # the result's own keys, with what only the command knows
    document = {
        **{
            k: data[k]
            for k in (
                "as_of",
                "rulebook",
                "rulebook_version",
                "rulebook_date",
                "interpretation",
                "strategy",
                "counts",
            )
        },
        "ignored_columns": ignored,
        **{k: data[k] for k in ("rejected_by_code", "complaints", "lines")},
        "projection": _projection_dict(projection),
        "check": data["check"],
        "notes": data["notes"],
        "written": [str(p) for p in written],
    }
    if spool is None:  # --out: the lines are in its files
        print_json(document)
        return
    try:
        write_json(document, spool.pieces(), "lines")
    finally:
        spool.close()


def _projection_dict(w: Any) -> dict[str, Any]:
    if isinstance(w, str):  # why there is none
        return {"before": None, "after": None, "added": None, "note": w}

    def one(c: Any) -> dict[str, Any]:
        return {
            "value": None if c.value is None else str(c.value),
            "met": c.met,
            "other_readings": list(c.other_readings),
        }

    def side(s: Any) -> dict[str, Any]:
        return {
            "version": s.version,
            "qualifies": s.qualifies,
            "member": s.member,
            "locked_until": s.locked_until,
            "other_readings": list(s.other_readings),
            "notes": list(s.notes),
            "criteria": {c.name: one(c) for c in s.criteria},
            "reason_codes": {
                r.reason_code: {c.name: one(c) for c in r.criteria} for r in s.reason_codes
            },
        }

    return {"before": side(w.before), "after": side(w.after), "added": w.added}


def _print(blocks: list[str]) -> None:
    for block in blocks:  # one print a block: a table is fitted to a terminal as a table
        print(block)


def _print_text(result: Any, projection: Any, rejected: list[Any], ignored: list[str]) -> None:
    from ipprules.planner.text import planning_blocks

    _print(planning_blocks(result, projection, rejected, ignored))


#: What the history reader advises for a file of several accounts, in ``good-faith``'s
#: terms; in ``plan``, ``--account`` is the plan file.
_SEVERAL = "read one with account= (--account NAME) or split it with History.by_account"


def _history(path: str) -> Any:
    """``--history``: one account's history. A file of several accounts was refused with
    "read one with account= (--account NAME)", an option that is the plan file here."""
    from ipprules.errors import InputError, Problem
    from ipprules.goodfaith import History

    try:
        return History.from_file(path)
    except InputError as exc:
        if not any(_SEVERAL in p.message for p in exc.problems):
            raise
        said = (
            "ipprules plan projects one account: give --history that account's lines alone "
            "(ipprules good-faith FILE --account NAME reads one of them; in Python, "
            "History.by_account splits the file)"
        )
        raise InputError(
            problems=[
                Problem(p.message.replace(_SEVERAL, said), p.path, p.file, p.line, p.column)
                for p in exc.problems
            ]
        ) from None


def _in_account(exc: Exception, args: argparse.Namespace, as_of: Any) -> Exception:
    """The planner's error about a value of the account file (``$.account...``, or its
    ``as_of`` outside the rule book's coverage when no ``--as-of`` is given) at its line in
    the file; another error as it is."""
    from ipprules.cli._common import in_file
    from ipprules.errors import CoverageError, InputError

    if isinstance(exc, InputError):
        if all(p.path.startswith("$.") for p in exc.problems):
            return in_file(exc, args.account, args)
    elif args.as_of is None and str(exc).startswith(f"{as_of} is "):
        return in_file(CoverageError(f"$.as_of: {exc}"), args.account, args)
    return exc


#: How many rejection codes the ``--out`` summary lists (the files hold every line).
SUMMARY_CODES = 6


def _print_summary(
    result: Any, projection: Any, written: list[Any], files: Any, ignored: list[str]
) -> None:
    """The ``--out`` summary: counts, rejections by code, the projection, the files.

    Short whatever the input size (about 30 lines): every line is in the files.
    """
    from ipprules.planner.text import check_blocks, head_blocks, projection_blocks

    _print(head_blocks(result, ignored))
    platforms = sorted({p.complaint.platform for p in result.complaints})
    print(
        f"complaints on {len(platforms)} platform(s): {', '.join(platforms) or 'none'} "
        "(manifest.csv lists each)"
    )
    codes = sorted(result.rejected_by_code().items(), key=lambda item: (-item[1], item[0]))
    if codes:
        print()
        print("rejected lines by code (rejections.csv lists each line):")
        rows: list[tuple[Any, ...]] = [(code, f"{n:,}") for code, n in codes[:SUMMARY_CODES]]
        if len(codes) > SUMMARY_CODES:
            rest = sum(n for _, n in codes[SUMMARY_CODES:])
            rows.append((f"({len(codes) - SUMMARY_CODES} more codes)", f"{rest:,}"))
        print(table(["code", "lines"], rows))
    _print(projection_blocks(projection))
    _print(check_blocks(result))
    folder = written[0].parent if written else None
    print(
        f"wrote {len(written):,} file(s) to {folder}: {len(result.complaints):,} complaint "
        f"file(s), manifest.json, manifest.csv, plan.json, reconciliation.csv, "
        f"rejections.csv ({files.counts['rejections.csv']:,} line(s)), duplicates.csv "
        f"({files.counts['duplicates.csv']:,} line(s))"
    )
