"""``ipprules deadline``: the deadlines and expectations an event starts, from the rule book.

``--rules FILE`` applies a rule-book override (docs/rulebook.md) first: the deadlines are then
those of the overridden book, and ``--interpretation`` may name the file's own readings.

``--ipp-plus`` (the filer is a Lazada IPP Plus member, R92) with a ``--platform`` IPP Plus does
not apply on is refused, never dropped.

Exit codes: 0 the deadlines were computed, 2 unusable input (an unknown event or platform, a
date outside the rule book or the calendar, an unreadable calendar or rules file, ``--ipp-plus``
with another platform than Lazada's).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from ipprules._table import reading_label
from ipprules.cli._common import (
    EXIT_OK,
    TODAY_SAID,
    add_format,
    add_interpretation,
    add_rules,
    iso_date,
    notice,
    print_json,
    today,
)

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.calendars import Calendar
    from ipprules.errors import CoverageError
    from ipprules.lifecycle import DeadlineResult
    from ipprules.rulebook import ResolvedRules, RuleBook

HELP = "the deadlines an event starts (counter-notices, seller response, processing expectations)"


def add_calendar(parser: argparse.ArgumentParser, what: str = "business days") -> None:
    """Add ``--calendar weekends|site|china|sg|my|th|id|ph|vn|FILE``."""
    parser.add_argument(
        "--calendar",
        default="weekends",
        metavar="CAL",
        help=f"{what}: weekends (default); site, the public holidays of the --platform's "
        "country (a Lazada site's: sg, my, th, id, ph or vn; any other platform's: china); "
        "china or a Lazada country's code (sg, my, th, id, ph, vn) (these need the holidays "
        "extra); or a .json/.toml calendar file",
    )


#: The names ``--calendar`` takes besides a calendar file.
CALENDAR_CHOICES = ("weekends", "china", "site", "sg", "my", "th", "id", "ph", "vn")


def calendar_spec_for(spec: str, platform: str | None) -> str:
    """``--calendar site`` as the calendar it stands for on ``platform``: the Lazada site's
    country's code (``th``), ``china`` for any other platform; an
    :class:`~ipprules.errors.InputError` without a platform. Any other spec is returned as
    given."""
    if spec.lower() != "site":
        return spec
    if platform is None:
        from ipprules.errors import InputError

        raise InputError(
            "site is the calendar of the --platform's country: give --platform (or name the "
            "calendar: china, sg, my, th, id, ph or vn)",
            path="--calendar",
        )
    from ipprules.calendars.countries import country_of_site

    country = country_of_site(platform)
    return country.lower() if country is not None else "china"


def add_deadline_filters(parser: argparse.ArgumentParser) -> None:
    """Add ``--platform``, ``--counterfeit``, ``--ipp-plus``, ``--interpretation`` and
    ``--rules`` (the rule book the deadlines and moves come from)."""
    parser.add_argument("--platform", metavar="ID", help="keep the deadlines of this platform")
    parser.add_argument(
        "--counterfeit", action="store_true", help="the complaint is about counterfeits"
    )
    parser.add_argument(
        "--ipp-plus", action="store_true", help="the filer is a Lazada IPP Plus member"
    )
    add_interpretation(parser)
    add_rules(parser)


def load_calendar_option(
    spec: str, first_year: int, last_year: int, platform: str | None = None
) -> Calendar:
    """The calendar named by ``--calendar`` covering ``first_year`` to ``last_year``; a
    :class:`~ipprules.errors.CoverageError` naming the option when there is none.
    ``site`` is the calendar of ``platform``'s country (:func:`calendar_spec_for`)."""
    from ipprules.calendars import (
        LAZADA_COUNTRIES,
        WEEKENDS,
        china_calendar,
        country_calendar,
        last_china_year,
        load_calendar,
    )
    from ipprules.errors import CoverageError

    given, spec = spec, calendar_spec_for(spec, platform)
    shown = given if given == spec else f"{given} ({spec})"
    if spec == "weekends":
        return WEEKENDS
    if spec == "china" or spec.upper() in LAZADA_COUNTRIES:
        try:
            if spec == "china":
                newest = last_china_year()
                return china_calendar(first_year, max(first_year, min(last_year, newest)))
            try:
                return country_calendar(spec, first_year, last_year)
            except CoverageError:  # the next year is beyond the package's: this year alone
                if last_year == first_year:
                    raise
                return country_calendar(spec, first_year, first_year)
        except CoverageError as exc:  # years before or after the installed schedule
            said = str(exc).replace(
                "load your own calendar file with load_calendar()",
                "give your own calendar file (--calendar FILE.json or FILE.toml)",
            )
            raise CoverageError(f"--calendar {shown}: {said}") from None
    if not spec.lower().endswith((".json", ".toml")):  # neither a name nor a calendar file
        from ipprules.errors import InputError, did_you_mean, quoted

        if spec == "-":  # every other file argument reads stdin there; a calendar does not
            raise InputError(
                "'-' (standard input) is not read for a calendar: give a calendar's name "
                f"({', '.join(CALENDAR_CHOICES)}) or the path of a .json or .toml calendar "
                "file (a calendar made by a pipe: write it to a file first)",
                path="--calendar",
            )
        hint = did_you_mean(spec, CALENDAR_CHOICES)
        kind = _not_a_file(spec)  # a directory, a FIFO: said, as a file argument says it
        raise InputError(
            f"{quoted(spec, 1000)} is {kind or 'not a calendar'}: "
            f"{', '.join(CALENDAR_CHOICES)} or a .json or .toml calendar file{hint}",
            path="--calendar",
        )
    return load_calendar(spec)


def _not_a_file(spec: str) -> str | None:
    """What ``spec`` names when it is there and is no regular file (``a directory, not a
    calendar``), else ``None``."""
    import os

    from ipprules._files import _kind_of

    try:
        kind = _kind_of(os.stat(spec).st_mode)
    except (OSError, ValueError):  # not there (a misspelt name), or no path at all
        return None
    return None if kind is None else f"{kind}, not a calendar"


def calendar_short(
    spec: str, calendar: Calendar, exc: CoverageError, why: str
) -> CoverageError | None:
    """``exc`` as an error naming ``--calendar SPEC`` when the calendar raised it (it does
    not cover a day a count runs over), with ``why`` the count needs it; ``None`` when the
    error is not the calendar's (a date outside the rule book)."""
    from ipprules.errors import CoverageError

    name = getattr(calendar, "name", None)
    if spec == "weekends" or not str(exc).startswith(f"calendar {name!r} covers "):
        return None
    return CoverageError(f"--calendar {spec}: {exc} ({why}; give a calendar that covers it)")


def rules_for(args: argparse.Namespace) -> RuleBook | ResolvedRules:
    """The rule book (with ``--rules`` applied), or a view lending the interpretation asked for
    (validated against that book)."""
    from ipprules.cli._common import rulebook_from
    from ipprules.rulebook import default_rulebook

    book: RuleBook = rulebook_from(args) or default_rulebook()
    if args.interpretation is None:
        return book
    book.interpretation(args.interpretation)  # raises UnknownNameError
    return book.as_of(book.coverage_from, args.interpretation)


def check_ipp_plus_option(
    args: argparse.Namespace,
    rules: RuleBook | ResolvedRules,
    platform: str | None,
    asked: str | None = None,
) -> None:
    """Refuse ``--ipp-plus`` with a platform IPP Plus does not apply on (it would be dropped
    without a word); ``platform`` is the one the command uses, ``asked`` the name the user
    gave where it is filed as ``platform`` (B1: ``xianyu``, named with what it is filed as)."""
    from ipprules.errors import InputError

    problem = ipp_plus_named(rules, platform, asked) if args.ipp_plus else None
    if problem is not None:
        raise InputError(problem, path="--ipp-plus")


def ipp_plus_named(
    rules: RuleBook | ResolvedRules, platform: str | None, asked: str | None = None
) -> str | None:
    """:func:`~ipprules.lifecycle.deadlines.ipp_plus_problem`, naming the platform as the user
    asked for it: a marketplace filed as another platform (B1: Xianyu as Taobao) is named
    with what it is filed as, ``'xianyu' (filed as taobao, B1)``, not as ``'taobao'`` alone."""
    from ipprules.lifecycle.deadlines import ipp_plus_problem

    problem = ipp_plus_problem(rules, platform)
    if problem is None or asked in (None, platform):
        return problem
    head = problem.removesuffix(f"not on {platform!r}")
    return f"{head}not on {asked!r} (filed as {platform}, B1)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules deadline``."""
    parser.add_argument(
        "event",
        metavar="EVENT",
        help="the event that starts the count (takedown, ipr_verified, counter_notice_filed, "
        "ipr_submitted, notice_received; or a rule's starts_at name: complaint_filed, "
        "complaint_received, counter_notice_received) or a deadline id "
        "(counter_notice_round_1 ...)",
    )
    parser.add_argument(
        "--on",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="the date of the event (YYYY-MM-DD; default: today in China, UTC+8; printed)",
    )
    add_deadline_filters(parser)
    add_calendar(parser)
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.errors import CoverageError
    from ipprules.lifecycle import OUTSIDE_STARTS, Event, deadline_for, deadlines_from
    from ipprules.lifecycle.machine import name_key
    from ipprules.lifecycle.states import STARTS_AT
    from ipprules.rulebook import ResolvedRules

    on: dt.date | None = args.on
    if on is None:
        on = today()  # the date in China: the CLI is the only place that reads the clock
        notice(f"ipprules: on {on.isoformat()} ({TODAY_SAID})")
    rules = rules_for(args)
    platform, note, differ = filed_platform_on(rules, args.platform, on)
    check_ipp_plus_option(args, rules, platform, args.platform)
    calendar = load_calendar_option(args.calendar, on.year, on.year + 1, platform)
    name = name_key(args.event)  # as parse_event reads it
    options: dict[str, Any] = {
        "platform": platform,
        "counterfeit": args.counterfeit,
        "ipp_plus": args.ipp_plus,
    }
    if name in {e.value for e in Event} or name in OUTSIDE_STARTS or name in STARTS_AT:
        found = deadlines_from(name, on, rules, calendar, **options)
        results: tuple[DeadlineResult, ...] = found
        what = f"Deadlines starting with {name} on {on}"
        said = [_option_spelt(n) for n in found.notes]  # IPP Plus left out before R92
        note = "; ".join(n for n in (note, *said) if n) or None
    else:
        from ipprules.errors import UnknownNameError

        if isinstance(rules, ResolvedRules):
            view = rules.book.as_of(on, rules.interpretation, trial=rules.trial)
        else:
            view = rules.as_of(on)
        if name not in view.deadlines:
            raise UnknownNameError(
                "event or deadline",
                name,
                list(dict.fromkeys([*(e.value for e in Event), *OUTSIDE_STARTS, *STARTS_AT]))
                + list(view.deadlines),  # ipr_submitted is both outside and a starts_at name
                note=(note := view.not_in_force("deadlines", name)),
                nearest=not note,  # a deadline of another date: no other name is nearer
                note_first=True,  # and the message says so first
            )
        try:
            results = (deadline_for(name, on, rules, calendar, platform=platform),)
        except CoverageError as exc:
            short = calendar_short(args.calendar, calendar, exc, f"{name} is counted on it")
            if short is None:
                raise
            raise short from None
        what = f"Deadline {name} from {on}"
    from ipprules.lifecycle import Deadlines
    from ipprules.lifecycle.readings import reading_of

    reading = reading_of(rules)
    if args.format == "json":  # a deadline id's one result is labelled as deadlines_from's
        found = Deadlines(results).labelled(
            event=name,
            on=on,
            platform=platform,
            calendar=str(getattr(calendar, "name", args.calendar)),  # as deadlines_from names it
            rulebook=reading.rulebook,
            rulebook_version=reading.rulebook_version,
            interpretation=reading.interpretation,
            notes=(note,) if note else (),
            other_readings={key: tuple(names) for key, names in differ.items()},
        )
        print_json(found.to_dict())
        return EXIT_OK
    label = reading_label(reading.rulebook, reading.interpretation)
    print(render(what, results, args.calendar, label))
    print_filed_note(note, differ)
    return EXIT_OK


def _option_spelt(note: str) -> str:
    """A note of :func:`~ipprules.lifecycle.deadlines_from` as the command names its option:
    ``ipp_plus: ...`` (the keyword) is ``--ipp-plus: ...``."""
    head = "ipp_plus: "
    return f"--ipp-plus: {note.removeprefix(head)}" if note.startswith(head) else note


def print_filed_note(note: str | None, differ: dict[str, list[str]]) -> None:
    """Under a table: the note that a marketplace is answered as the platform it is filed as
    (B1), and the readings that differ (``deadline``, ``lifecycle``, ``counter-notice``)."""
    from ipprules._table import filed_note_lines

    for line in filed_note_lines([note] if note is not None else [], differ):
        print(line)


def filed_platform_on(
    rules: RuleBook | ResolvedRules, name: str | None, on: dt.date
) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """:func:`ipprules.cli.rules.filed_platform` on the reading asked for, on ``on`` (B1:
    ``--platform xianyu`` is answered as Taobao, with a note; refused under ``official``,
    R33, D11); a day outside the rule book is left to the count's own error. ``lifecycle``
    and ``counter-notice`` share it."""
    from ipprules.cli.rules import filed_platform
    from ipprules.errors import CoverageError
    from ipprules.rulebook import ResolvedRules

    if name is None:
        return None, None, {}
    try:
        view = (
            rules.book.as_of(on, rules.interpretation, trial=rules.trial)
            if isinstance(rules, ResolvedRules)
            else rules.as_of(on)
        )
    except CoverageError:
        return name, None, {}
    _check_marketplace_case(view, name)
    return filed_platform(view, name)


def _check_marketplace_case(view: ResolvedRules, name: str) -> None:
    """A marketplace spelt in another case (``XIANYU``) is refused as an unknown platform
    with the marketplace suggested, as ``TAOBAO`` is with ``taobao``: names are exact."""
    from ipprules.errors import UnknownNameError

    lowered = name.strip().lower()
    if name in view.platforms or name in view.marketplaces or lowered not in view.marketplaces:
        return
    known = (*view.platforms, lowered)
    raise UnknownNameError(f"platform (as of {view.as_of})", name, known)


def render(
    what: str,
    results: tuple[DeadlineResult, ...],
    calendar: str | None = None,
    reading: str | None = None,
) -> str:
    """The text table of deadline results (:func:`ipprules.lifecycle.text.deadlines_text`,
    kept here under its old name)."""
    from ipprules.lifecycle.text import deadlines_text

    return deadlines_text(what, results, calendar, reading)
