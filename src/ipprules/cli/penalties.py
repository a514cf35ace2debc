"""``ipprules penalties``: a seller's standing on one platform from established violations.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the penalty records
(points, validity, closure and counter-notice bar) are then the overridden book's.

Exit codes: 0 the account is not closed (or it is unknown), 1 it is closed, 2 unusable input.
"""

from __future__ import annotations

import argparse

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    print_json,
    resolve_as_of,
    rulebook_from,
    table,
)

HELP = "a seller's penalty points, serious strikes and closure on one platform"


def _days(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 5 or not 1 <= int(text) <= 36525:
        raise argparse.ArgumentTypeError(
            f"not a whole number of days from 1 to 36525: {text[:40]!r}"
        )
    return int(text)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules penalties``."""
    parser.add_argument(
        "file",
        metavar="VIOLATIONS_FILE",
        help="established violations (.csv with date,kind[,platform,points,right,id] or .json)",
    )
    parser.add_argument("--platform", required=True, metavar="ID", help="the platform")
    add_as_of(parser)
    add_interpretation(parser)
    parser.add_argument(
        "--assume-validity",
        type=_days,
        default=None,
        metavar="DAYS",
        help="assume violations stay in force this many days where the rules do not say",
    )
    add_rules(parser)
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.errors import InputError
    from ipprules.penalties import penalty_standing
    from ipprules.penalties.reading import read_located
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import Answer

    book = rulebook_from(args) or default_rulebook()  # a malformed file: exit 2 at its line
    violations, places = read_located(args.file)
    as_of = resolve_as_of(args)
    rules = book.as_of(as_of, args.interpretation)
    try:
        s = penalty_standing(
            violations, args.platform, as_of, rules, validity_days=args.assume_validity
        )
    except InputError as exc:  # a violation the platform's rules refuse: at its line
        raise InputError(problems=[places.place(p) for p in exc.problems]) from None
    code = EXIT_FINDINGS if s.closed is Answer.YES else EXIT_OK
    if args.format == "json":
        print_json(s.to_dict())
        return code
    print(f"Penalty standing on {s.platform} as of {s.as_of} ({s.rulebook})")
    rule_ids = ", ".join(s.rule.rules) if s.rule else "-"
    sources = ", ".join(x.id for x in s.sources) or "-"
    rows: list[list[object]] = [
        ["points in force", s.points.text, s.points.basis],
        ["serious (strikes)", s.serious.text, s.serious.basis],
    ]
    if s.serious_per_right is not None:
        rows.append(["most against one right", s.serious_per_right.text, s.serious_per_right.basis])
    closed = s.closed.value + (f" (since {s.closed_on})" if s.closed_on else "")
    rows.append(["closed", closed, [f"{c.name}>={c.threshold}" for c in s.closure]])
    if s.rule is not None and s.rule.ladder:
        low = s.ladder_step.action if s.ladder_step else "none"
        high = s.ladder_step_max.action if s.ladder_step_max else "none"
        rows.append(["ladder step", low if low == high else f"{low} .. {high}", ["ladder"]])
    if s.counter_notice_barred is not None:
        rows.append(
            ["counter-notice barred", s.counter_notice_barred.value, [c.name for c in s.bar]]
        )
    print(table(["figure", "value", "basis"], rows))
    print(f"rules: {rule_ids}; sources: {sources}")
    print(f"{s.counted} violation(s) counted, {len(s.ignored)} left out")
    why: dict[str, list[int]] = {}
    for index, reason in s.ignored:  # grouped by reason: a file may leave out thousands
        why.setdefault(reason, []).append(index)
    for reason, indexes in why.items():
        shown = ", ".join(f"$[{i}]" for i in indexes[:5]) + (" ..." if len(indexes) > 5 else "")
        print(f"  left out ({len(indexes)}): {reason}: {shown}")
    for check in s.closure:
        print(f"  closure check {check.name}: {check.met.value} ({check.reason})")
    for check in s.bar:
        print(f"  bar check {check.name}: {check.met.value} ({check.reason})")
    for note in s.notes:
        print(f"note: {note}")
    if s.other_readings:
        print(f"closure or bar differs under: {', '.join(s.other_readings)}")
    return code
