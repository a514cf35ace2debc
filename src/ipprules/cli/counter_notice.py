"""``ipprules counter-notice``: does a seller's counter-notice meet its platform's rules?

The file (TOML or JSON) holds the complaint the counter-notice answers, the purchase documents
and authorisation letters the seller sent, and what the filer knows of the seller (see
docs/lifecycle.md, "Counter-notices").

Exit codes: 0 the counter-notice meets every rule that applies (or the rules are unknown), 1 it
fails a rule (the filer has grounds to reject it), 2 unusable input.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the counter-notice
rules, deadlines and penalty records are then the overridden book's.

A file's ``platform = "xianyu"`` is assessed as Taobao under the brief (Xianyu is filed by
selecting Taobao, B1), with the note that says so (``notes`` and ``other_readings`` in JSON,
as the assessment's own ``to_dict()`` gives them);
under ``--interpretation official`` it is refused at its line (R33, D11).
"""

from __future__ import annotations

import argparse

import attrs

from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_format,
    add_interpretation,
    add_rules,
    in_file,
    print_json,
    rulebook_from,
)
from ipprules.cli.deadline import add_calendar, load_calendar_option

HELP = "check a seller's counter-notice and its evidence against the platform's rules (R63, R64)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules counter-notice``."""
    parser.add_argument(
        "file", metavar="COUNTER_NOTICE_FILE", help="a .toml or .json counter-notice file"
    )
    add_interpretation(parser)
    add_calendar(parser, "the business days cn-timing counts the first round's window on")
    add_rules(parser)
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.cli.rules import filed_platform
    from ipprules.counternotice import assess_counter_notice
    from ipprules.counternotice.reading import read_counter_notice_rules
    from ipprules.errors import CoverageError, InputError
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import Answer

    book = rulebook_from(args) or default_rulebook()  # a malformed file: exit 2 at its line
    if args.interpretation is not None:
        book.interpretation(args.interpretation)
    # the complaint date, platform and IPR type are checked against the rules in force on
    # that date where the file is read: their errors name the file, line and JSON path
    notice, rules = read_counter_notice_rules(args.file, book, args.interpretation)
    # B1: a marketplace filed as another platform (Xianyu as Taobao) is assessed as that
    # platform, with the note ipprules deadline gives; under official the read refused it
    platform, note, differ = filed_platform(rules, notice.platform)
    if note is not None:
        notice = attrs.evolve(notice, platform=platform)
    calendar = None
    if args.calendar != "weekends":
        first = notice.complaint_date.year
        calendar = load_calendar_option(args.calendar, first, first + 1, platform)
    try:
        result = assess_counter_notice(notice, rules, calendar=calendar)
    except InputError as exc:  # an engine's error about a value of the file: at its line
        raise in_file(exc, args.file, args) from None
    except CoverageError as exc:  # the calendar does not reach the window's end
        if calendar is None:  # pragma: no cover - the dates were checked where read
            raise
        raise CoverageError(
            f"--calendar {args.calendar}: {exc} (cn-timing counts the first counter-notice "
            "window on it; give a calendar that covers it)"
        ) from None
    if note is not None:  # B1's note and readings: the result carries them (to_dict, text)
        readings = {key: tuple(names) for key, names in differ.items()}
        result = attrs.evolve(result, notes=(note,), other_readings=readings)
    code = EXIT_FINDINGS if result.sufficient is Answer.NO else EXIT_OK
    if args.format == "json":
        print_json(result.to_dict())
        return code
    from ipprules.counternotice.text import assessment_blocks

    for block in assessment_blocks(result):  # one print a block: a table is fitted as one
        print(block)
    return code
