"""``ipprules penalties``: a seller's standing on one platform from established violations.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the penalty records
(points, validity, closure and counter-notice bar) are then the overridden book's.

Exit codes: 0 the account is not closed (or it is unknown), 1 it is closed, 2 unusable input.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.penalties import Violation

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
)

HELP = "a seller's penalty points, serious strikes and closure on one platform"


def _days(text: str) -> int:
    digits = text.lstrip("0")  # zeros before the digits are not counted in their cap
    if (
        not (text.isascii() and text.isdigit())
        or len(digits) > 5
        or not 1 <= int(digits or 0) <= 36525
    ):
        from ipprules.errors import quoted

        raise argparse.ArgumentTypeError(
            f"not a whole number of days from 1 to 36525: {quoted(text)}"
        )
    return int(digits)


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules penalties``."""
    parser.add_argument(
        "file",
        metavar="VIOLATIONS_FILE",
        help=(
            "established violations (.csv with date,kind[,platform,points,right,id], split "
            "by commas, ';' or tabs, or .json)"
        ),
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


def _filed(violations: tuple[Violation, ...], market: str, platform: str) -> tuple[Violation, ...]:
    """The violations, those given for the marketplace asked about (``xianyu``) as the
    platform it is filed as (B1), the rest as they are."""
    import attrs

    return tuple(
        attrs.evolve(v, platform=platform) if v.platform == market else v for v in violations
    )


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.cli.rules import filed_platform
    from ipprules.errors import InputError
    from ipprules.penalties import penalty_standing
    from ipprules.penalties.reading import read_located
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import Answer

    book = rulebook_from(args) or default_rulebook()  # a malformed file: exit 2 at its line
    violations, places = read_located(args.file)
    as_of = resolve_as_of(args)
    rules = book.as_of(as_of, args.interpretation)
    platform, note, differ = filed_platform(rules, args.platform)
    if note is not None:  # B1: Xianyu is answered as Taobao, its violations counted there
        violations = _filed(violations, args.platform, platform)
    # asked about Taobao, penalty_standing counts Xianyu's rows as the same account's (B1)
    try:
        s = penalty_standing(violations, platform, as_of, rules, validity_days=args.assume_validity)
    except InputError as exc:  # a violation the platform's rules refuse: at its line
        raise InputError(problems=[places.place(p) for p in exc.problems]) from None
    if not violations:  # a clean seller's export: 0 bytes or a header alone, said, not silent
        import attrs

        held = f"{places.name} holds no violations (no rows): the standing of a clean account"
        s = attrs.evolve(s, notes=(*s.notes, held))
    if note is not None:
        import attrs

        readings = [*s.other_readings, *(r for v in differ.values() for r in v)]
        s = attrs.evolve(s, notes=(note, *s.notes), other_readings=tuple(dict.fromkeys(readings)))
    code = EXIT_FINDINGS if s.closed is Answer.YES else EXIT_OK
    if args.format == "json":
        print_json(s.to_dict())
        return code
    from ipprules.penalties.text import standing_blocks

    for block in standing_blocks(s):  # one print a block: a table is fitted as a table
        print(block)
    return code
