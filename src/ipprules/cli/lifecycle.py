"""``ipprules lifecycle``: replay a complaint's events; show its state and next deadlines.

The events come from a file (JSON or TOML) or from ``--events`` with ``--on`` dates::

    {"platform": "aliexpress", "counterfeit": false, "ipp_plus": false,
     "ipr_submitted": "2024-05-02",
     "events": [{"event": "ipr_verified", "on": "2024-05-06"},
                {"event": "takedown", "on": "2024-05-07"},
                {"event": "filer_rejects_counter_notice", "on": "2024-05-09",
                 "reason": "the invoice is forged"}]}

A bare list of events is accepted too; ``notice_received`` (the day the seller received the
complaint's notice: R61's counter-notice windows run from it, and on Alibaba.com R60's 3 working
days; without it the takedown stands for it) is optional like ``ipr_submitted``. Options given on
the command line win over the file.

``--interpretation`` chooses the reading the moves follow: under the brief (the default) a
complaint can be withdrawn only from the takedown on (B20); under ``official`` it can be withdrawn
while under review too (R65 states no window). A move another reading answers otherwise is said
under the trace ("the readings differ"), and a refused event names the readings that allow it.
``--rules FILE`` applies a rule-book override first (docs/rulebook.md): the moves then follow the
file's ``lifecycle`` records, its deadlines and its own interpretations.

``--platform xianyu`` (or the file's ``platform = "xianyu"``) is replayed as Taobao under the
brief (Xianyu is filed by selecting Taobao, B1), with the note ``ipprules deadline`` gives; under
``--interpretation official`` it is refused (R33, D11).

Exit codes: 0 the events replay in time (a ``disputed`` flag alone included: the sources
differ on the deadline, and the replay keeps the event as recorded, as ``check`` exits 0 on
unknowns), 1 some event came after its deadline or a window was recorded as passed too early
(``late``, ``early``; a late counter-notice uses up its chance), 2 unusable input (an unknown or
illegal event, dates out of order or out of range, a bad file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, add_format, iso_date, print_json, today
from ipprules.cli.deadline import (
    add_calendar,
    add_deadline_filters,
    calendar_short,
    check_ipp_plus_option,
    load_calendar_option,
    rules_for,
)

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

HELP = "replay a complaint's events: its state, its trace and the deadlines that run next"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules lifecycle``."""
    parser.add_argument(
        "file", nargs="?", metavar="EVENTS_FILE", help="a .json or .toml file of events"
    )
    parser.add_argument(
        "--events",
        metavar="E1,E2,...",
        help="the events, comma-separated, instead of a file; EVENT=REASON where a reason is "
        "needed (reject, filer_rejects_counter_notice)",
    )
    parser.add_argument(
        "--on", metavar="D1,D2,...", help="the dates of --events, comma-separated (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--ipr-submitted",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="when the IPR was submitted for verification",
    )
    parser.add_argument(
        "--notice-received",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="when the seller received the complaint's notice: the counter-notice windows run "
        "from it (R61; else from the takedown), and on Alibaba.com its 3 working days (R60)",
    )
    add_deadline_filters(parser)
    add_calendar(parser)
    add_format(parser)


def _from_file(
    path: str, args: argparse.Namespace | None = None
) -> tuple[Any, list[Any], str, str, Any]:
    """The file's events and facts (:class:`~ipprules.lifecycle.ComplaintEvents`), its
    events, their path, its name and ``locate``; an event missing its reason that is not
    allowed where it comes (or an illegal event before it) is refused as illegal first."""
    from ipprules.lifecycle.reading import read_located

    illegal = None
    if args is not None:  # the command's options: the rules the moves follow
        given = args

        def illegal(
            names: list[str], days: list[Any], index: int, facts: Any
        ) -> tuple[int, str] | None:
            return _illegal_first(given, names, days, index, facts)

    also = None if args is None else functools.partial(_platform_problems, args)
    events, prefix, name, locate = read_located(path, illegal=illegal, also=also)
    return events, list(events.events), prefix, name, locate


def _platform_problems(args: argparse.Namespace, doc: Any, said: Sequence[Any]) -> list[Any]:
    """The problem of the file's ``platform`` as written in ``doc`` (the file being refused
    for the problems ``said``), as the replay says it at ``$.platform``: an unknown key or a
    bad event does not hide an unknown platform. None where ``--platform`` overrides it, where
    it is said already, or where an event's date cannot be read (the replay's day is the
    last event's)."""
    from ipprules._dates import iso_date as read_day
    from ipprules.cli.deadline import filed_platform_on
    from ipprules.errors import CoverageError, InputError, Problem, UnknownNameError
    from ipprules.rulebook import ResolvedRules

    data = doc.data if isinstance(doc.data, dict) else {}
    value = data.get("platform")
    if args.platform is not None or not isinstance(value, str):
        return []
    if "$.platform" in {p.path for p in said}:
        return []
    rows = data.get("events")
    days = []
    for row in rows if isinstance(rows, list) else []:
        raw = row.get("on") if isinstance(row, dict) else None
        day = raw if type(raw) is dt.date else read_day(raw)
        if raw is not None and day is None:
            return []
        days += [day] if day is not None else []
    for key in ("ipr_submitted", "notice_received"):  # dates the replay counts from too
        raw = data.get(key)
        day = raw if type(raw) is dt.date else read_day(raw)
        days += [day] if day is not None else []
    on = max(days, default=today())
    try:
        rules = rules_for(args)
        platform, _, _ = filed_platform_on(rules, value, on)
        view = (
            rules.book.as_of(on, rules.interpretation, trial=rules.trial)
            if isinstance(rules, ResolvedRules)
            else rules.as_of(on)
        )
        view.platform(platform or value, filed_as=False)
    except (InputError, CoverageError):  # a bad --rules or day: said in its own turn
        return []
    except UnknownNameError as exc:
        if not exc.kind.startswith("platform"):  # a bad --interpretation: the same
            return []
        at = doc.locate("$.platform")
        line, column = at if at else (None, None)
        return [Problem(str(exc), "$.platform", doc.name, line, column)]
    return []


def _illegal_first(
    args: argparse.Namespace, names: list[str], days: list[Any], index: int, facts: Any
) -> tuple[int, str] | None:
    """Where event ``index`` misses the reason it needs (``reject``, R59;
    ``filer_rejects_counter_notice``, B20): the first event up to it that is not allowed in
    the state the ones before it reach (its index and the refusal), as the replay would say
    it, so that an illegal move is said to be one before its reason is asked for; ``None``
    where each is allowed. ``facts`` (a :class:`~ipprules.lifecycle.ComplaintEvents`) holds
    the events before it and the file's facts: they are replayed with their dates, as the
    command replays them (a late counter-notice that becomes an expiry, R61, moves as
    there). Where that replay stops on something else (a date out of order, a bad calendar,
    an unknown platform) it is ``None`` too: the reason is asked for, and that error is said
    in its own turn. The moves of the names alone stand in for nothing: they miss the
    expiries the dates make, and the replay with the reason given says that other error,
    not a move."""
    said = _dated_illegal(args, facts, names[index], days[index])
    return None if said is False else said


def _dated_illegal(
    args: argparse.Namespace, facts: Any, name: str, day: Any
) -> tuple[int, str] | Literal[False] | None:
    """The replay's refusal of the events of ``facts`` followed by event ``name`` on ``day``
    (its reason stands in: a reason decides no move), ``None`` where it replays, ``False``
    where the replay stops on something else (left to its own turn)."""
    from ipprules.errors import IpprulesError
    from ipprules.lifecycle import EventRecord, IllegalTransition

    try:
        records = [*facts.events, EventRecord(name, on=day, reason="(to be given)")]
        _report_of(args, facts, records, ("$", "--events", None), raw=True)
    except IllegalTransition as exc:
        return (len(records) - 1 if exc.index is None else exc.index), str(exc)
    except IpprulesError:
        return False
    return None


def _from_options(args: argparse.Namespace) -> list[Any]:
    from ipprules._dates import date_problem
    from ipprules.errors import InputError
    from ipprules.lifecycle import EventRecord

    items = [e.strip() for e in args.events.split(",")]
    names = [e for e in items if e]
    if not names:  # the option first, then the path, as the errors about an event
        raise InputError("no event named (EVENT,EVENT,...)", file="--events")
    dates: list[dt.date | None] = [None] * len(names)
    if args.on:
        texts = [t.strip() for t in args.on.split(",")]
        if len(texts) == len(items) != len(names):  # "a,b," with "d1,d2,": skipped in both
            texts = _paired_dates(items, texts)
        if len(texts) != len(names):
            raise InputError(
                f"{len(texts)} date(s) for {len(names)} event(s) of --events", file="--on"
            )
        for index, text in enumerate(texts):
            try:
                day = iso_date(text) if text else None
            except argparse.ArgumentTypeError as exc:
                raise InputError(str(exc), path=f"$[{index}].on", file="--on") from None
            problem = date_problem(day) if day is not None else None
            if problem:  # 0001-01-01, 9999-12-31: named as the date's own place
                raise InputError(problem, path=f"$[{index}].on", file="--on")
            dates[index] = day
    records: list[Any] = []
    for index, (item, on) in enumerate(zip(names, dates, strict=True)):
        name, _, reason = item.partition("=")
        try:
            records.append(EventRecord(name, on=on, reason=reason.strip() or None))
        except ValueError as exc:
            hint = ""
            if "needs a reason" in str(exc):
                from ipprules.lifecycle import ComplaintEvents

                events = [n.partition("=")[0] for n in names]
                before = ComplaintEvents(events=tuple(records))
                illegal = _illegal_first(args, events, dates, index, before)
                if illegal is not None:  # not allowed there: said first, as the replay says it
                    index, message = illegal
                    raise InputError(message, path=f"$[{index}]", file="--events") from None
                hint = " (write EVENT=REASON)"
            raise InputError(f"{exc}{hint}", path=f"$[{index}]", file="--events") from None
    return records


def _paired_dates(items: list[str], texts: list[str]) -> list[str]:
    """The dates of ``--on`` beside the items of ``--events`` that are not empty: an item
    empty in both (``a,,b`` with ``d1,,d2``) is skipped in both, as ``--events`` skips its
    own; a date beside an empty event is refused, naming it."""
    from ipprules.errors import InputError

    for index, (item, text) in enumerate(zip(items, texts, strict=True)):
        if not item and text:
            raise InputError(
                f"the date {text!r} is given for no event (item {index + 1} of --events is empty)",
                path=f"$[{index}].on",
                file="--on",
            )
    return [text for item, text in zip(items, texts, strict=True) if item]


@attrs.frozen
class _Asked:
    """The platform a replay answers for and, for a marketplace filed as another platform
    (B1: Xianyu as Taobao), the name asked, the note that says so and the readings that
    differ (keyed ``marketplace NAME``), as ``ipprules deadline`` gives them."""

    platform: str | None
    asked: str | None = None
    note: str | None = None
    differ: dict[str, list[str]] = attrs.Factory(dict)


def _asked(rules: Any, asked: str | None, records: list[Any], where: tuple[Any, ...]) -> _Asked:
    """:func:`~ipprules.cli.deadline.filed_platform_on` on the date of the last event (the
    replay's reading), today without one; a name filed as nothing (``official``) is left to
    the replay's refusal, at the option or the file's ``platform``, as is a marketplace
    spelt in another case (``XIANYU``) here: ``where`` is the option given, the file's name
    and its locator."""
    from ipprules.cli.deadline import filed_platform_on
    from ipprules.errors import InputError, UnknownNameError

    days = [r.on for r in records if r.on is not None]
    try:
        platform, note, differ = filed_platform_on(rules, asked, max(days, default=today()))
    except UnknownNameError as exc:
        option, name, locate = where
        if option is not None:
            raise InputError(f"--platform: {exc}") from None
        raise _located(str(exc), "$.platform", name, locate) from None
    return _Asked(platform, asked, note, differ)


def _replay(args: argparse.Namespace) -> tuple[Any, _Asked]:
    """The report and the platform; errors about an event name the file and the event's path."""
    from ipprules.errors import InputError
    from ipprules.lifecycle import ComplaintEvents

    if (args.file is None) == (args.events is None):
        raise InputError("give either an EVENTS_FILE or --events (one of them)")
    settings = ComplaintEvents(events=())
    prefix, name, locate = "$", "--events", None
    if args.file is not None:
        if args.on:
            raise InputError("--on goes with --events; put dates in the file")
        settings, records, prefix, name, locate = _from_file(args.file, args)
    else:
        records = _from_options(args)
    return _report_of(args, settings, records, (prefix, name, locate))


def _report_of(
    args: argparse.Namespace,
    settings: Any,
    records: list[Any],
    placed: tuple[str, str, Any],
    *,
    raw: bool = False,
) -> tuple[Any, _Asked]:
    """The replay of ``records`` with the file's ``settings`` and the command's options:
    its errors placed by ``placed`` (the events' path, the file's name, its ``locate``); an
    illegal event raised as it is where ``raw``."""
    from ipprules._dates import date_problem
    from ipprules.errors import CoverageError, InputError, UnknownNameError
    from ipprules.lifecycle import IllegalTransition, lifecycle_report

    prefix, name, locate = placed
    platform = args.platform or settings.platform
    submitted = args.ipr_submitted or settings.ipr_submitted
    noticed = args.notice_received or settings.notice_received
    dates = [r.on for r in records if r.on is not None]
    dates += [d for d in (submitted, noticed) if d is not None]
    for day in dates:
        problem = date_problem(day)
        if problem is not None:
            where = name if args.file is not None else "--on/--ipr-submitted/--notice-received"
            raise InputError(problem, file=where)
    years = [d.year for d in dates] or [today().year]
    calendar = load_calendar_option(args.calendar, min(years), max(years) + 1, platform)
    rules = rules_for(args)
    asked = _asked(rules, platform, records, (args.platform, name, locate))
    _check_ipp_plus(args, settings, rules, asked, name, locate)
    try:
        report = lifecycle_report(
            records,
            rules,
            calendar,
            platform=asked.platform,
            counterfeit=args.counterfeit or settings.counterfeit,
            ipp_plus=args.ipp_plus or settings.ipp_plus,
            ipr_submitted_on=submitted,
            notice_received_on=noticed,
        )
    except IllegalTransition as exc:
        if raw:
            raise
        raise _located(str(exc), f"{prefix}[{exc.index}]", name, locate) from None
    except CoverageError as exc:  # an event dated outside the rule book: name the first
        from ipprules.rulebook import ResolvedRules

        start = (rules.book if isinstance(rules, ResolvedRules) else rules).coverage_from
        index = next((i for i, r in enumerate(records) if r.on and r.on < start), None)
        given = (
            ("notice_received", noticed, args.notice_received),
            ("ipr_submitted", submitted, args.ipr_submitted),
        )
        for key, day, option in given:  # a date beside the events: name its option or key
            if index is None and day is not None and day < start:
                message = f"{day} is before the rule book's coverage (from {start})"
                if option is not None:
                    raise InputError(message, file="--" + key.replace("_", "-")) from None
                raise _located(message, f"$.{key}", name, locate) from None
        if index is None:
            why = "the replay counts the deadlines on it"
            short = calendar_short(args.calendar, calendar, exc, why)
            if short is None:
                raise
            raise short from None
        message = f"{records[index].on} is before the rule book's coverage (from {start})"
        raise _located(message, f"{prefix}[{index}].on", name, locate) from exc
    except InputError as exc:
        raise _input_error(exc, args.notice_received, prefix, name, locate) from None
    except UnknownNameError as exc:
        if platform is None or exc.name != platform or not exc.kind.startswith("platform"):
            raise
        if args.platform is not None:
            raise InputError(f"--platform: {exc}") from None
        # the platform of the file: name its place there
        raise _located(str(exc), "$.platform", name, locate) from None
    return report, asked


def _input_error(exc: Any, option: Any, prefix: str, name: str, locate: Any) -> Exception:
    """The replay's InputError placed: at an event (``$[i]`` under the file's events), or a
    ``notice_received`` at its option or the file's top-level key."""
    from ipprules.errors import InputError

    message = exc.problems[0].message
    if exc.path == "$.notice_received":  # a date beside the events
        if option is not None:
            return InputError(message, file="--notice-received")
        return _located(message, exc.path, name, locate)
    return _located(message, exc.path.replace("$", prefix, 1), name, locate)


def _check_ipp_plus(
    args: argparse.Namespace,
    settings: Any,
    rules: Any,
    asked: _Asked,
    name: str,
    locate: Any,
) -> None:
    """Refuse IPP Plus on a platform it does not apply on: ``--ipp-plus``, or the file's
    ``ipp_plus`` placed at its line (a marketplace filed as another platform named as asked,
    with what it is filed as)."""
    from ipprules.cli.deadline import ipp_plus_named

    if args.ipp_plus:
        check_ipp_plus_option(args, rules, asked.platform, asked.asked)
    elif settings.ipp_plus:
        problem = ipp_plus_named(rules, asked.platform, asked.asked)
        if problem is not None:
            raise _located(problem, "$.ipp_plus", name, locate)


def _located(message: str, path: str, name: str, locate: Any) -> Exception:
    from ipprules.errors import InputError

    found = locate(path) if locate is not None else None
    line, column = found if found else (None, None)
    if name == "--events" and path.endswith(".on"):  # an event's date is given by --on
        name = "--on"
    return InputError(message, path=path, file=name, line=line, column=column)


def _as_asked(report: Any, asked: _Asked) -> Any:
    """``report`` with, for a marketplace filed as another platform (B1), its note and the
    readings that differ, as ``ipprules deadline`` says them: the report carries them
    (``to_dict()``, ``text()``); its ``calendar`` is the calendar's name, as the library's."""
    readings = tuple(dict.fromkeys(r for names in asked.differ.values() for r in names))
    return attrs.evolve(
        report,
        notes=(*report.notes, *([asked.note] if asked.note else [])),
        platform_readings=readings,
        marketplace=asked.asked if asked.note else None,
    )


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    report, asked = _replay(args)
    code = EXIT_FINDINGS if any(f.kind.value != "disputed" for f in report.flags) else EXIT_OK
    noted = _as_asked(report, asked)
    if args.format == "json":
        print_json(noted.to_dict())
        return code
    from ipprules.lifecycle.text import report_blocks

    for block in report_blocks(noted, args.calendar):  # one print a block (tables fitted)
        print(block)  # the blocks of noted.text(): B1's note last
    return code
