"""``ipprules rules``: browse the rule book as of a date."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ipprules._convert import unstructure
from ipprules._dates import rulebook_keys
from ipprules._table import reading_label
from ipprules.cli._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of,
    add_format,
    add_interpretation,
    add_rules,
    add_trial,
    iso_date,
    print_json,
    resolve_as_of,
    rulebook_from,
    shown,
    table,
    target_type,
    trial_choice,
)
from ipprules.errors import UnknownNameError
from ipprules.rulebook import (
    NOT_ENCODED,
    Citation,
    ResolvedRules,
    RuleBook,
    RuleChanges,
    default_rulebook,
    diff_rules,
    load_rulebook,
)
from ipprules.rulebook.book import _record_data
from ipprules.rulebook.model import (
    SECTIONS,
    Answer,
    Channel,
    DeadlineBound,
    DocumentRule,
    PenaltyRule,
    Platform,
    Registrations,
    Rule,
    read_target,
)

HELP = "browse the rule book: platforms, reason codes, documents, Good Faith, deadlines, penalties"

VIEWS = (
    "summary",
    "platforms",
    "platform",
    "reasons",
    "documents",
    "registrations",
    "account",
    "good-faith",
    "metrics",
    "deadlines",
    "penalties",
    "sources",
    "rule",
    "interpretations",
    "changes",
    "diff",
    "section",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "view",
        nargs="?",
        default="summary",
        choices=VIEWS,
        metavar="VIEW",
        help=f"what to show: {', '.join(VIEWS)} (default: summary)",
    )
    parser.add_argument(
        "name",
        nargs="?",
        metavar="NAME",
        help="a platform id (platform), a source id (sources), a rule id such as R47 (rule) "
        "or a section name (section)",
    )
    add_as_of(parser)
    add_interpretation(parser)
    add_trial(parser)
    add_rules(parser)
    parser.add_argument("--ipr-type", metavar="TYPE", help="filter reasons/documents by IPR type")
    parser.add_argument("--platform", metavar="ID", help="filter by platform id")
    parser.add_argument(
        "--target",
        type=target_type,
        default=None,
        metavar="TARGET",
        help="filter reasons by target, listing or storefront (the IPP form's words 'Product "
        "listing' and 'Store front' too; with --platform: what the platform takes for it, "
        "listing unless given)",
    )
    parser.add_argument("--member", action="store_true", help="include Good-Faith-only codes")
    parser.add_argument("--to", type=iso_date, metavar="DATE", help="diff: the later date")
    parser.add_argument("--against", metavar="FILE", help="diff: an override file to compare with")
    parser.add_argument(
        "--separately",
        action="store_true",
        help="diff: apply the --against file over the embedded book, not over the --rules "
        "one (two files compared, each applied over the embedded book)",
    )
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    args.trial = trial_choice(args)
    book: RuleBook = rulebook_from(args) or default_rulebook()
    as_of = resolve_as_of(args, book=book)
    rules = book.as_of(as_of, args.interpretation, trial=args.trial)
    filed = _filed_as(args, rules)
    if args.platform is not None:
        rules.platform(args.platform)  # an unknown name is exit 2 with a suggestion
    if args.ipr_type is not None:
        rules.ipr_type(args.ipr_type)
    view: str = args.view
    _check_used(args, view)
    if view == "diff":
        return _diff(args, book, rules)
    data, text = _VIEW_FUNCS[view](args, rules)
    differences = _differences(args, book, rules, view, data)
    differ = _other_readings(differences)
    detailed = differences if view == "platform" else _by_field(differences)
    if filed is not None:  # B1: Xianyu is filed as Taobao; R33, D11 under official
        note, key, readings = filed
        text = f"  note: {note}\n{text}"
        if readings:
            differ[key] = readings
    disputed = _disputes_shown(view, rules, data, text)
    said = [f"  disputed: {line}" for line in disputed]
    lines = text.split("\n")  # a rule's own sources stay its view's last line
    at = len(lines) - 1 if view == "rule" and said else len(lines)
    text = "\n".join([*lines[:at], *said, *lines[at:]])
    if args.format == "json":
        print_json(
            {
                "rulebook": rules.rulebook,
                **rulebook_keys(rules.rulebook_version),
                "as_of": as_of,
                "interpretation": rules.interpretation,
                "view": view,
                **_section_named(args, rules, view),
                "data": data,
                **_offered_named(args, rules, view, data),
                "other_readings": differ,
                # each field another reading answers otherwise: [this reading's, theirs]
                "other_answers": {
                    name: {path: list(pair) for path, pair in changed.items()}
                    for name, changed in detailed.items()
                },
                "notes": [*([filed[0]] if filed else []), *_gaps(args, rules), *disputed],
            }
        )
    else:
        print(f"{reading_label(rules.rulebook, rules.interpretation)} · as of {as_of}")
        print(text)
        for key, names in differ.items():
            if view != "platform" or not any(key in changed for changed in detailed.values()):
                print(f"  {key}: differs under {', '.join(names)}")
        for line in _difference_lines(detailed):
            print(line)
        if _more(view):
            print(_more(view))
    return EXIT_OK


_DISPUTE = re.compile(r"\bD(?:[1-9]|1[0-3])\b")


def _disputes_shown(view: str, rules: ResolvedRules, data: Any, text: str) -> list[str]:
    """Each disagreement (``D1``-``D13``) a view shows, said once with what it is
    (:data:`~ipprules.rulebook.background.DISPUTES`): one a shown record cites (its ``rules``,
    a deadline of ``rules platform`` by its id) or the text names. D6 (IPR verification in 3
    or 3-5 days) was shown as one range with no word that the sources disagree; the platform
    view listed Lazada's two counter-notice windows (D4) without naming it."""
    from ipprules.rulebook.background import DISPUTES

    if view in ("interpretations", "sources", "changes", "summary"):
        return []  # these name the disputes as a range or as a source's, no record of one
    ids: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, Mapping):
            cited = value.get("rules")
            if isinstance(cited, list):
                ids.extend(r for r in cited if isinstance(r, str) and _DISPUTE.fullmatch(r))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    if view == "platform" and isinstance(data, Mapping):
        for key in data.get("deadlines") or {}:
            ids.extend(r for r in rules.deadlines[key].rules if _DISPUTE.fullmatch(r))
    ids.extend(_DISPUTE.findall(text))
    return [f"{d}: {DISPUTES[d]}" for d in sorted(set(ids), key=lambda d: int(d[1:]))]


#: The arguments a view reads, of those only some views read: any other given to it is
#: refused (``rules changes --to 2024-01-01`` showed every change, ``rules summary taobao``
#: the summary, ``rules diff --to ... --against ...`` the override alone, in silence).
_VIEW_ARGUMENTS = {
    "platform": ("name", "platform"),
    "reasons": ("ipr_type", "platform", "target", "member"),
    "documents": ("ipr_type", "platform"),
    "registrations": ("platform",),
    "deadlines": ("platform",),
    "penalties": ("platform",),
    "sources": ("name",),
    "rule": ("name",),
    "section": ("name",),
    "diff": ("to", "against", "separately"),
}
_ARGUMENT_NAMES = {
    "name": "name",
    "ipr_type": "--ipr-type",
    "platform": "--platform",
    "target": "--target",
    "member": "--member",
    "to": "--to",
    "against": "--against",
    "separately": "--separately",
}


def _check_used(args: argparse.Namespace, view: str) -> None:
    used = _VIEW_ARGUMENTS.get(view, ())
    for dest, name in _ARGUMENT_NAMES.items():
        value = getattr(args, dest)
        if value not in (None, False) and dest not in used:
            readers = ", ".join(v for v, dests in _VIEW_ARGUMENTS.items() if dest in dests)
            given = f" ({shown(repr(value))[:60]})" if dest == "name" else ""
            raise ValueError(
                f"argument {name}{given}: not used by the {view} view (it goes with: {readers})"
            )
    if view == "diff" and args.to is not None and args.against is not None:
        raise ValueError("argument --to: give --to DATE or --against FILE, not both")
    if args.separately and args.against is None:
        raise ValueError(
            "argument --separately: goes with --against FILE (the file applied over the "
            "embedded book, not over the --rules one)"
        )


#: Fields that document a record rather than decide an answer (not compared across readings).
_DOCUMENTING = frozenset({"interpretation", "sources", "note", "confidence", "rules"})


def _answers(
    view: str, args: argparse.Namespace, rules: ResolvedRules, data: Any = None
) -> dict[str, Any]:
    """What the view answers, by record id, for comparing interpretations (``data``: the
    view's data under ``rules``, when already made)."""
    if view == "summary":  # its table is the platforms' and their registrations'
        data = [*_records(rules.platforms.values()), *_records(rules.registrations.values())]
    elif data is None:
        data = _VIEW_FUNCS[view](args, rules)[0]
    if isinstance(data, list):
        out: dict[str, Any] = {}
        for d in data:
            if isinstance(d, dict) and "id" in d:
                out.setdefault(str(d["id"]), []).append(_decisive(d))
        return out
    if view == "platform":  # field by field, so a difference names its field
        return dict(_leaves(_decisive(data)))
    return {view: _decisive(data)}


def _leaves(data: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """The fields of nested mappings by their dotted paths (``registrations.known``), a
    list, a threshold (``> 100``) or any other value being one field."""
    if isinstance(data, dict) and data and set(data) != {"value", "comparison"}:
        for key, value in data.items():
            yield from _leaves(value, f"{path}.{key}" if path else str(key))
    else:
        yield path, data


def _decisive(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _decisive(v) for k, v in data.items() if k not in _DOCUMENTING}
    if isinstance(data, list):
        return [_decisive(v) for v in data]
    return data


def _differences(
    args: argparse.Namespace, book: RuleBook, rules: ResolvedRules, view: str, data: Any
) -> dict[str, dict[str, tuple[Any, Any]]]:
    """By other interpretation, the records of the view (in the platform view, the fields:
    ``registrations.known``) it answers otherwise, each with this reading's answer and its
    (disputed rules are never silent)."""
    if view in ("sources", "rule", "interpretations", "changes", "section"):
        return {}
    mine = _answers(view, args, rules, data)
    out: dict[str, dict[str, tuple[Any, Any]]] = {}
    for name in book.interpretations:
        if name == rules.interpretation:
            continue
        theirs = _answers(view, args, book.as_of(rules.as_of, name, trial=args.trial))
        changed = {
            key: (mine.get(key), theirs.get(key))
            for key in sorted(set(mine) | set(theirs))
            if mine.get(key) != theirs.get(key)
        }
        if changed:
            out[name] = changed
    return out


def _other_readings(differences: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """The keys of :func:`_differences`, each with the interpretations that answer it
    otherwise."""
    differ: dict[str, list[str]] = {}
    for name, changed in differences.items():
        for key in changed:
            differ.setdefault(key, []).append(name)
    return differ


def _difference_lines(differences: Mapping[str, Mapping[str, tuple[Any, Any]]]) -> list[str]:
    """The platform view's differences, under each other interpretation: each field with its
    answer here and there (``registrations.known: yes -> unknown``). It printed
    ``platform: differs under official, brief-at-least-100``, naming neither."""
    lines = []
    for name, changed in differences.items():
        lines.append(f"  differs under {name}:")
        lines += [f"    {key}: {_change_text(*pair)}" for key, pair in changed.items()]
    return lines


def _by_field(
    differences: Mapping[str, Mapping[str, tuple[Any, Any]]],
) -> dict[str, dict[str, tuple[Any, Any]]]:
    """The differences of a view by record (``lazada_sg``), by the fields that differ in it
    (``lazada_sg.accepted``), so each is printed with both answers, as the platform view's
    are (the other views printed ``lazada_sg: differs under official``, naming no value)."""
    out: dict[str, dict[str, tuple[Any, Any]]] = {}
    for name, changed in differences.items():
        fields: dict[str, tuple[Any, Any]] = {}
        for key, (mine, theirs) in changed.items():
            here, there = _record_fields(key, mine), _record_fields(key, theirs)
            for path in sorted(set(here) | set(there)):
                if here.get(path) != there.get(path):
                    fields[path] = (here.get(path), there.get(path))
        out[name] = fields
    return out


def _record_fields(key: str, answer: Any) -> dict[str, Any]:
    """The fields of a view's answer for ``key`` by dotted path (``lazada_sg.accepted``): of
    its record or records (their ids left out: the key names them), or the answer itself."""
    records = answer if isinstance(answer, list) else [answer]
    if answer is None or not all(isinstance(r, dict) for r in records):
        return {} if answer is None else {key: answer}
    fields: dict[str, Any] = {}
    for index, record in enumerate(records):
        for path, value in _record_leaves({k: v for k, v in record.items() if k != "id"}, key):
            fields[path if fields.get(path, value) == value else f"{path}[{index}]"] = value
    return fields


def _record_leaves(data: Any, path: str) -> Iterator[tuple[str, Any]]:
    """:func:`_leaves`, where a list of records is a record by id (``documents.document_rules
    .patent_evaluation_report.platforms``), not one value."""
    if isinstance(data, list) and data and all(isinstance(d, dict) and "id" in d for d in data):
        for record in data:
            rest = {k: v for k, v in record.items() if k != "id"}
            yield from _record_leaves(rest, f"{path}.{record['id']}")
    elif isinstance(data, dict) and data and set(data) != {"value", "comparison"}:
        for key, value in data.items():
            yield from _record_leaves(value, f"{path}.{key}")
    else:
        yield path, data


def _change_text(mine: Any, theirs: Any) -> str:
    """``yes -> unknown``; two lists by what one has and the other not (``SG -> none``,
    ``patent_evaluation_report -> patent_evaluation_report_elsewhere (the rest the same)``)."""
    if isinstance(mine, list) and isinstance(theirs, list):
        gone = [x for x in mine if x not in theirs]
        new = [x for x in theirs if x not in mine]
        same = " (the rest the same)" if len(gone) < len(mine) else ""
        return f"{_value_text(gone) or 'none'} -> {_value_text(new) or 'none'}{same}"
    return f"{_shown_value(mine)} -> {_shown_value(theirs)}"


def _shown_value(value: Any) -> str:
    return "none" if value is None or value in ([], "") else _value_text(value)


def _filed_as(args: argparse.Namespace, rules: ResolvedRules) -> tuple[str, str, list[str]] | None:
    """Where the platform asked about (``rules platform NAME`` or ``--platform``) is a
    marketplace without a platform of its own that the reading files as one (B1: Xianyu is
    filed by selecting Taobao), ask about that platform instead, as ``advise`` does: the note
    that says so, its key among the other readings and the readings that file it otherwise
    (``official``: no source names Xianyu, R33, D11), or ``None``, from
    :meth:`~ipprules.rulebook.ResolvedRules.filed_as`. A marketplace the reading files as
    nothing is left to be refused by name, with why."""
    dest = "name" if args.view == "platform" and args.name else "platform"
    name = getattr(args, dest)
    if name is None:
        return None
    platform, note, differ = filed_platform(rules, name)
    if note is None:
        return None
    setattr(args, dest, platform)
    return note, f"marketplace {name}", differ.get(f"marketplace {name}", [])


def filed_platform(rules: ResolvedRules, name: str) -> tuple[str, str | None, dict[str, list[str]]]:
    """The platform to answer for ``name``, the note that says so and the other readings
    that file it otherwise (keyed ``marketplace NAME``): a marketplace the reading files as
    one of its platforms (B1: Xianyu is filed by selecting Taobao) is asked as that platform,
    with :meth:`~ipprules.rulebook.ResolvedRules.filed_as`'s note; any other name is itself,
    with no note (a marketplace the reading files as nothing, ``official``, R33, D11, is
    left to be refused by name, with why). ``rules``, ``penalties`` and ``deadline`` share it.

    >>> from ipprules import default_rulebook
    >>> filed_platform(default_rulebook().as_of("2024-06-03"), "xianyu")[::2]
    ('taobao', {'marketplace xianyu': ['official']})
    >>> filed_platform(default_rulebook().as_of("2024-06-03", "official"), "xianyu")
    ('xianyu', None, {})
    """
    filed = rules.filed_as(name)
    if filed is None:
        return name, None, {}
    note = f"{filed.note}, so these are {filed.platform}'s rules"
    differ = {f"marketplace {name}": list(filed.readings)} if filed.readings else {}
    return filed.platform, note, differ


def _records(records: Any) -> list[Any]:
    """The records as JSON; a reason code as :meth:`ReasonCode.as_dict` gives it (a class no
    file states is ``unknown``, with the file that gives the code no ``severity``)."""
    return [_record_data(r) for r in records]


def _summary(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    """The sections' counts, the Good Faith version (with the readings whose Good Faith rules
    differ, which ``rules good-faith`` shows) and the platform table, last, so the notes of what
    differs under another reading, printed after the text, sit under the table they are
    about (they followed the Good Faith line, as if its criteria differed per platform)."""
    gf = rules.good_faith
    data = {
        "coverage_from": rules.book.coverage_from,
        "interpretations": list(rules.book.interpretations),
        "counts": {name: len(rules.section(name)) for name in SECTIONS},
        "good_faith_version": gf.version if gf else None,
    }
    gf_line = f"Good Faith criteria: version {gf.version}" if gf else "Good Faith: not in force"
    differ = _good_faith_differs(args, rules)
    if differ:
        gf_line += f"; differs under {', '.join(differ)} (ipprules rules good-faith)"
    lines = [
        f"coverage from {rules.book.coverage_from}; interpretations: "
        + ", ".join(rules.book.interpretations),
        "",
        table(["section", "records in force"], [(n, len(rules.section(n))) for n in SECTIONS]),
        "",
        gf_line,
        "",
        _platform_table(rules),
    ]
    return data, "\n".join(lines)


def _good_faith_differs(args: argparse.Namespace, rules: ResolvedRules) -> list[str]:
    """The other interpretations whose Good Faith record on the date, as ``rules good-faith``
    shows it, differs from this one's (D1: the brief's strict rates and volume floor against
    the official inclusive ones; B1: the marketplaces counted as a platform's)."""
    mine = _answers("good-faith", args, rules)
    return [
        name
        for name in rules.book.interpretations
        if name != rules.interpretation
        and _answers("good-faith", args, rules.book.as_of(rules.as_of, name, trial=args.trial))
        != mine
    ]


def _more(view: str) -> str:
    """The summary's last line, after the notes of what differs under another reading (it
    came before them, and the platform table's notes read as if they were the views')."""
    if view != "summary":
        return ""
    return "\nMore: ipprules rules {" + ",".join(VIEWS[1:]) + "} [--format json]"


def _platform_table(rules: ResolvedRules) -> str:
    """The summary's platforms with their registrations. Each confidence is its own
    record's: the platform record's (``confidence``) and the registration record's
    (``reg. confidence``), so a brief-only registration rule (B14 on Lazada) is not shown
    next to the platform record's "official" alone."""
    rows = []
    for p in rules.platforms.values():
        reg = rules.registrations.get(p.id)
        accepted = "unknown" if reg is None or reg.known.value == "unknown" else reg.accepted
        reg_confidence = "-" if reg is None else reg.confidence
        rows.append(
            (p.id, p.name, p.group, _storefront(rules, p), p.confidence, accepted, reg_confidence)
        )
    header = ["platform", "name", "group", "storefront", "confidence", "registrations"]
    return table([*header, "reg. confidence"], rows)


def _storefront(rules: ResolvedRules, platform: Platform) -> str:
    """Whether the platform takes store-front complaints, as check answers it per IPR type:
    ``yes: trademark; others unknown`` where only some types are documented (D13)."""
    answers = {ipr: platform.storefront_for(ipr).value for ipr in rules.ipr_types}
    if len(set(answers.values())) == 1:
        return next(iter(answers.values()))
    yes = [ipr for ipr, answer in answers.items() if answer == "yes"]
    return f"yes: {', '.join(yes)}; others unknown"


def _counts(channel: Channel) -> tuple[int | None, int | None, int | None]:
    return channel.max_listings, channel.rights_per_complaint, channel.reasons_per_complaint


def _or_unknown(value: int | None) -> int | str:
    """A count of a channel, or ``unknown`` where the rules do not document it (R16's email)."""
    return "unknown" if value is None else value


def _platforms(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    text = _platform_table(rules)
    channels = table(
        ["channel", "max listings", "rights", "reasons", "registered users", "not sourced on"],
        [
            (c.id, *(_or_unknown(n) for n in _counts(c)), c.registered_users, _unsourced(c))
            for c in rules.channels.values()
        ],
    )
    markets = table(
        ["marketplace", "files as", "known"],
        [(m.id, m.files_as, m.known) for m in rules.marketplaces.values()],
    )
    data = {
        "platforms": _records(rules.platforms.values()),
        "channels": _records(rules.channels.values()),
        "marketplaces": _records(rules.marketplaces.values()),
    }
    return data, f"{text}\n\n{channels}\n\n{markets}"


def _unsourced(channel: Channel) -> str:
    """The platforms a channel is taken to serve by inference, or where that is a gap (the
    stand-alone form on Lazada, B2), with the answer: ``-`` where every one is sourced."""
    parts = [
        f"{', '.join(names)} ({answer})"
        for names, answer in (
            (channel.inferred_platforms, "inferred"),
            (channel.unknown_platforms, "unknown"),
        )
        if names
    ]
    return "; ".join(parts) or "-"


def _platform(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    pid = args.name or args.platform
    if not pid:
        raise ValueError("name a platform: ipprules rules platform PLATFORM_ID")
    data = rules.for_platform(pid)
    place = data["platform"]
    lines = [f"{place['name']} ({pid}), confidence {place['confidence']}"]
    # since when the platform is on IPP, on what; and a start known to the month only (R95)
    lines.append(f"  on IPP: from {place['effective_from']}; rules {_value_text(place['rules'])}")
    lines[-1] += f"; sources {_value_text(place['sources'])}"
    if place.get("caveat") or place.get("note"):
        lines.append(f"    note: {place.get('caveat') or place['note']}")
    for key, value in data.items():
        if key in ("platform", "channel_confidence"):
            continue
        if key == "reason_codes":  # each code's confidence on this platform (R54: inferred)
            value = {code: _code_on(v) for code, v in value.items()}
        elif key == "deadlines":  # each one's span, kind and confidence, one entry each
            value = {d: _deadline_text(v, rules.deadlines[d].bound) for d, v in value.items()}
        elif key == "channels":  # and each channel's (the stand-alone form on Lazada, B2)
            conf = data["channel_confidence"]
            value = {
                c: f"{n if n is not None else 'unknown'} ({conf[c]})" for c, n in value.items()
            }
        elif isinstance(value, dict) and "effective_from" in value:  # a record: readable
            lines += _record_lines(key, value, pid)
            continue
        elif key == "penalties":  # no record on IPP is a gap, as the penalties view says
            value = "unknown (no penalty rules in the rule book: a gap)"
        lines.append(f"  {key}: {_short(value)}")
    return data, "\n".join(lines)


#: The fields of a record that say where it comes from: after what it decides, in brackets.
_PROVENANCE = ("confidence", "effective_from", "effective_until", "trial_from", "rules", "sources")


def _record_lines(key: str, record: Mapping[str, Any], pid: str) -> list[str]:
    """A record of ``rules platform`` (its registrations, penalties, Good Faith criteria):
    what it decides as ``field: value`` pairs joined by ``; `` (its id where it is not the
    platform's), then where it comes from in brackets, and its note on a line of its own.
    The fields it leaves empty are left out (``note=,`` and ``preferred`` were printed as a
    raw ``key=value`` dump, with a nested mapping run into the list: ``points=counterfeit=16,
    content=1``)."""
    decides = [
        f"{name}: {_points_text(record) if name == 'points' else _value_text(value)}"
        for name, value in record.items()
        if name not in (*_PROVENANCE, "note", "interpretation", "points_fixed")
        and value not in (None, "", [], {})
        and not (name == "id" and value == pid)
    ]
    dates = f"from {record['effective_from']}"
    dates += f" until {record['effective_until']}" if record.get("effective_until") else ""
    dates += f", trial from {record['trial_from']}" if record.get("trial_from") else ""
    source = f"{record['confidence']}, {dates}; rules {_value_text(record['rules']) or '-'}"
    source += f"; sources {_value_text(record['sources']) or '-'}"
    lines = [f"  {key}: {'; '.join(decides) or '-'} ({source})"]
    if record.get("note"):
        lines.append(f"    note: {record['note']}")
    return lines


def _points_text(record: Mapping[str, Any]) -> str:
    """A penalty record's points per kind as the rule says them: ``counterfeit=up to 16,
    content=1`` (R88: "up to 16", a maximum, except the kinds in ``points_fixed``, which every
    case costs). ``points_fixed: content`` was the only sign that 16 and 6 are maximums."""
    fixed = set(record.get("points_fixed") or ())
    return ", ".join(
        f"{kind}={n}" if kind in fixed else f"{kind}=up to {n}"
        for kind, n in record["points"].items()
    )


def _value_text(value: Any) -> str:
    """A field's value as ``rules platform`` prints it: a list comma-joined, a threshold
    ``> 0.9``, a place's rules ``HK: R39 (inferred)``, any other mapping ``name=value, ...``."""
    if isinstance(value, dict):
        if set(value) == {"value", "comparison"}:
            return f"{value['comparison']} {value['value']}"
        if set(value) == {"place", "rules", "confidence", "note"}:  # a PlaceRule: R39 on HK
            return f"{value['place']}: {_value_text(value['rules'])} ({value['confidence']})"
        if set(value) == {"name", "rules", "sources", "confidence", "note"}:  # a reading
            said = f"{_value_text(value['rules'])}; {_value_text(value['sources'])}"
            return f"{value['name']} ({said}; {value['confidence']})"
        return ", ".join(f"{k}={_value_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _code_on(entry: dict[str, Any]) -> str:
    """``copyright (inferred)`` and, where the code's class is not sourced on the platform,
    ``copyright (sourced; class serious: unknown)`` (cr_piracy on Alibaba.com: R86-R88): one
    entry of the comma-joined list."""
    text = f"{entry['ipr_type']} ({entry['confidence']}"
    sure = entry.get("severity_confidence")
    if entry.get("severity") == "unknown":  # a user's code whose file states no class
        text += "; class unknown: no severity"
    elif sure in ("inferred", "unknown"):
        text += f"; class {entry['severity']}: {sure}"
    return text + ")"


def _deadline_text(d: Mapping[str, Any], bound: DeadlineBound | None = None) -> str:
    """A deadline of ``rules platform`` as one entry: ``3-5 working days (official
    expectation)``, or ``unknown (inferred)`` where the rule book gives no amount."""
    if d["amount"] is None:
        return f"{d['kind']} ({d['confidence']})"
    most = f"-{d['amount_max']}" if d["amount_max"] is not None else ""
    unit = (d["unit"] or "").replace("_", " ")
    amount = f"{d['amount']}{most}" if most else _under(bound, d["amount"])
    return f"{amount} {unit} ({d['confidence']} {d['kind']})"


def _under(bound: DeadlineBound | None, amount: int) -> str:
    """A deadline's amount as its rule words it: ``under 2`` where the record's bound is
    ``under`` (R92: Lazada IPP Plus "in under 2 business days"; B19: complaints "in under
    three days"), else the bare number; a ``2`` read as "within 2" where the rule says
    "under 2" misstated the bound. The bound is the record's field, not a guess from its
    description."""
    return f"under {amount}" if bound is DeadlineBound.UNDER else str(amount)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_short(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, list):
        return ", ".join(_short(v) for v in value) or "-"
    return "-" if value is None else str(value)


def _gaps(args: argparse.Namespace, rules: ResolvedRules) -> list[str]:
    """The documented gaps the reasons view lists as notes (D13: whether a platform takes a
    store-front complaint for an IPR type), each once; in the platforms view, the counts of a
    channel that the rules do not document (``null`` in its data); in the penalties view, the
    platforms and figures without penalty rules; in the deadlines view with a platform, the
    windows the sources dispute there (D4); in the good-faith view, how
    the complaints on a marketplace without a platform of its own are counted (Xianyu: B1,
    D11), or on a date before its rules, when they start (R68); empty for other views."""
    if args.view == "platforms":
        return _channel_gaps(rules)
    if args.view == "changes":
        return [
            f"{day}: known to the month only: {text}" for day, text in _month_only(rules).items()
        ]
    if args.view == "penalties":
        return _penalty_gaps(args, rules)
    if args.view == "deadlines":
        return _deadline_disputes(args, rules)
    if args.view == "good-faith":
        if rules.good_faith is None:
            return [_good_faith_absent(rules)]
        return _marketplaces_counted(rules.good_faith.platforms, rules)
    if args.view != "reasons" or not args.platform:
        return []
    return [*_storefront_gaps(args, rules), *_member_notes(args, rules)]


def _member_notes(args: argparse.Namespace, rules: ResolvedRules) -> list[str]:
    """With ``--member``, as ``advise`` says them: the programme's scope (D2) where it does not
    cover the platform, and which additional reason codes members get (R50) where that is not
    documented for an IPR type."""
    if not args.member:
        return []
    from ipprules.checks.complaints import good_faith_codes_gap, good_faith_scope_note

    platform = rules.platform(args.platform).id
    aim = read_target(args.target or "listing", "target")
    types = [args.ipr_type] if args.ipr_type else list(rules.ipr_types)
    notes = [good_faith_scope_note(rules, platform)]
    notes += [good_faith_codes_gap(rules, ipr, platform, aim) for ipr in types]
    return [note for note in notes if note]


def _storefront_gaps(args: argparse.Namespace, rules: ResolvedRules) -> list[str]:
    """The reasons view's store-front gaps on a platform (D13), or why it lists none (B16)."""
    if args.target != "storefront":
        return []
    from ipprules.checks.complaints import storefront_gap

    place = rules.platform(args.platform)
    types = [args.ipr_type] if args.ipr_type else list(rules.ipr_types)
    gaps = [
        f"{storefront_gap(place, ipr)} (unknown){_storefront_readings(rules, place.id, ipr)}"
        for ipr in types
        if place.storefront_for(ipr) is Answer.UNKNOWN
    ]
    if not gaps:
        return _storefront_refused(args, rules, types)
    codes = (  # the codes listed are the gap's, not codes documented for store fronts there
        "which reason codes a store-front complaint takes there is not documented either "
        f"(R42, D13): the codes listed are those check and advise leave to storefront-unknown "
        f"on {place.id}, its listing codes and the store-front codes of other platforms"
    )
    return [*dict.fromkeys(gaps), codes]


def _storefront_refused(
    args: argparse.Namespace, rules: ResolvedRules, types: list[str]
) -> list[str]:
    """Why the reasons view of a store front lists no code of an IPR type, as ``advise``
    says it: the platform takes no store-front complaints (B16: only the Taobao family), or
    it does and no reason code of the type is for one; each with what other readings say."""
    place = rules.platform(args.platform)
    out = []
    for ipr in types:
        if place.storefront_for(ipr) is Answer.NO:
            out.append(f"{place.name} has no store-front complaints (B16): file against listings")
        elif not rules.reason_codes_for(ipr, place.id, "storefront", member=args.member):
            out.append(
                f"no {ipr} reason code is for a store-front complaint on {place.id}: file "
                "against listings"
            )
        else:
            continue
        out[-1] += _storefront_differs(rules, place.id, ipr)
    return list(dict.fromkeys(out))


def _storefront_differs(rules: ResolvedRules, platform: str, ipr_type: str) -> str:
    """``; unknown under official``: the readings that answer otherwise whether ``platform``
    takes store-front complaints for ``ipr_type`` (D13 against B16), or ``""``."""
    mine = rules.platforms[platform].storefront_for(ipr_type)
    said: dict[str, list[str]] = {}
    for name in rules.book.interpretations:
        other = rules.book.as_of(rules.as_of, name, trial=rules.trial)
        if name != rules.interpretation and platform in other.platforms:
            answer = other.platforms[platform].storefront_for(ipr_type)
            if answer is not mine:
                said.setdefault(answer.value, []).append(name)
    return "".join(f"; {answer} under {', '.join(names)}" for answer, names in said.items())


def _storefront_readings(rules: ResolvedRules, platform: str, ipr_type: str) -> str:
    """``; no under brief, brief-at-least-100``: what the other readings answer to whether
    ``platform`` takes store-front complaints for ``ipr_type`` where they do not leave it
    unknown (the brief: only the Taobao family, B16), or ``""``."""
    said: dict[str, list[str]] = {}
    for name in rules.book.interpretations:
        if name == rules.interpretation:
            continue
        other = rules.book.as_of(rules.as_of, name, trial=rules.trial)
        if platform in other.platforms:
            answer = other.platforms[platform].storefront_for(ipr_type)
            if answer is not Answer.UNKNOWN:
                said.setdefault(answer.value, []).append(name)
    return "".join(f"; {answer} under {', '.join(names)}" for answer, names in said.items())


def _channel_gaps(rules: ResolvedRules) -> list[str]:
    """``channel email: max_listings, ... not documented (unknown)`` for each channel whose
    counts are ``None`` (R16): a JSON reader must not take ``null`` for "no limit"."""
    counts = ("max_listings", "rights_per_complaint", "reasons_per_complaint")
    out = []
    for channel in rules.channels.values():
        missing = [name for name in counts if getattr(channel, name) is None]
        if missing:
            out.append(
                f"channel {channel.id}: {', '.join(missing)} not documented (unknown; null in "
                "the data, not 'no limit')"
            )
    return out


def _reasons(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    codes = list(rules.reason_codes.values())
    if args.platform:  # what the platform takes, per IPR type (B16: store fronts)
        target = args.target or "listing"
        seen: dict[str, Any] = {}
        for ipr in [args.ipr_type] if args.ipr_type else list(rules.ipr_types):
            for c in rules.reason_codes_for(ipr, args.platform, target, member=args.member):
                seen.setdefault(c.id, c)
        codes = list(seen.values())
    else:
        codes = [
            c
            for c in codes
            if (not args.ipr_type or c.ipr_type == args.ipr_type)
            and (not args.platform or args.platform in c.platforms)
            and (not args.target or args.target in c.targets)
            and (args.member or not c.good_faith_only)
        ]
    rows = [
        (
            c.id,
            c.ipr_type,
            c.label,
            c.targets,
            _class_on(c, args.platform),
            (
                *c.evidence,
                *(f"{d} (recommended)" for d in c.recommended_evidence),
                *(f"no {d}" for d in c.without_evidence),
            ),
            c.good_faith_only,
            # how the platform asked about offers it: by its sources' word or by inference
            *([_offered_on(c, args.platform)] if args.platform else []),
            # offered on the platform asked about by inference (R54 beyond Taobao)
            "inferred" if args.platform in c.inferred_platforms else c.confidence,
        )
        for c in codes
    ]
    # a catalogue in the book's order: with --platform each code is marked, none reordered
    headers = ["code", "IPR type", "label", "targets", "class", "evidence", "GF only"]
    headers += [*(["offered"] if args.platform else []), "confidence"]
    text = table(headers, rows)
    for note in _gaps(args, rules):
        text += f"\nnote: {note}"
    return _records(codes), text


#: ``offered_by_inference`` in ``rules reasons --platform P``'s JSON, by its ``offered`` column.
_OFFERED_JSON = {"sourced": False, "inferred": True, "unknown": None}


def _offered_named(
    args: argparse.Namespace, rules: ResolvedRules, view: str, data: Any
) -> dict[str, Any]:
    """What ``rules reasons --platform P``'s JSON adds beside its records (which stay the
    book's): ``offered_by_inference``, by code, whether P offers it only by the rule book's
    inference (``true``), by its sources' word (``false``) or is a documented gap (``null``)."""
    if view != "reasons" or not args.platform:
        return {}
    return {
        "offered_by_inference": {
            code.id: _OFFERED_JSON[_offered_on(code, args.platform)]
            for code in (rules.reason_codes[d["id"]] for d in data)
        }
    }


def _offered_on(code: Any, platform: str) -> str:
    """How the rule book knows that ``platform`` offers ``code``: ``sourced`` (its sources
    say so), ``inferred`` (the record's ``inferred_platforms``: R50's member codes are not
    public, R54's design texts are Taobao's; ``advise`` ranks such a code after a sourced one
    that fits as well) or ``unknown`` (a store-front code of other platforms, listed where the
    platform's store fronts are a documented gap, D13)."""
    if platform not in code.platforms:
        return "unknown"
    return "inferred" if platform in code.inferred_platforms else "sourced"


def _class_on(code: Any, platform: str | None) -> str:
    """A code's class, marked where no source gives it on ``platform`` (cr_piracy: serious by
    inference on the Taobao family, not documented on Alibaba.com or Lazada); without a
    platform, how many platforms it is not sourced on (``--platform`` names each)."""
    if code.severity_unstated_in:  # a user's code without a class: no answer to mark
        return "unknown (no severity)"
    value = str(code.severity.value)
    inferred, unknown = code.severity_inferred_platforms, code.severity_unknown_platforms
    if platform:
        sure = "unknown" if platform in unknown else "inferred" if platform in inferred else ""
        return f"{value} ({sure})" if sure else value
    marks = [
        f"{sure} on {len(where)}"
        for sure, where in (("inferred", inferred), ("unknown", unknown))
        if where
    ]
    return f"{value} ({', '.join(marks)} platforms)" if marks else value


def _documents(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    doc_rules = [
        r
        for r in rules.document_rules.values()
        if (not args.ipr_type or r.ipr_type == args.ipr_type)
        and (not args.platform or not r.platforms or args.platform in r.platforms)
    ]
    rows = [
        (r.id, r.ipr_type, _conditions(r), r.accepted, r.requires, r.confidence) for r in doc_rules
    ]
    text = table(["rule", "IPR type", "when", "accepted", "requires", "confidence"], rows)
    text = "\n".join([text, *(f"  {line}" for line in _document_readings(args, rules, doc_rules))])
    kinds = table(["document", "name"], [(d.id, d.name) for d in rules.documents.values()])
    return {
        "document_rules": _records(doc_rules),
        "documents": _records(rules.documents.values()),
    }, f"{text}\n\n{kinds}"


def _document_readings(
    args: argparse.Namespace, rules: ResolvedRules, doc_rules: Sequence[DocumentRule]
) -> list[str]:
    """The named alternative readings of the document rules shown, in force on the view's
    date and on its platform (``--platform``), each with its answer, platforms, confidence and
    rules (B8 against B14/R34: ``b14-registered-only`` refuses unregistered copyright on
    Lazada): the table gave only the default reading's answer."""
    out = []
    for rule in doc_rules:
        for other in rule.other_readings:
            if not other.in_force(rules.as_of) or (
                args.platform and other.platforms and args.platform not in other.platforms
            ):
                continue
            where = f" on {', '.join(other.platforms)}" if other.platforms else ""
            out.append(
                f"{rule.id}: the named alternative reading {other.id}{where} answers accepted "
                f"{other.accepted} ({other.confidence}; rules {', '.join(other.rules)}; "
                f"sources {', '.join(other.sources)}), where this rule answers {rule.accepted}"
            )
    return out


def _conditions(rule: Any) -> str:
    parts = []
    for name in ("subtypes", "platforms"):
        value = getattr(rule, name)
        if value:
            parts.append(f"{name}={'/'.join(value)}")
    for name in ("registered", "renewed", "assigned", "changed", "madrid", "software"):
        value = getattr(rule, name)
        if value is not None:
            parts.append(f"{name}={'yes' if value else 'no'}")
    if rule.filed_from:
        parts.append(f"filed>={rule.filed_from}")
    if rule.filed_before:
        parts.append(f"filed<{rule.filed_before}")
    return " ".join(parts) or "always"


def _registrations(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    regs = [r for r in rules.registrations.values() if args.platform in (None, r.id)]
    rows = [
        (r.id, r.known, r.accepted, r.preferred, r.confidence, r.rules, _by_place(r)) for r in regs
    ]
    return _records(regs), table(
        ["platform", "known", "accepted", "preferred", "confidence", "rules", "by place"], rows
    )


def _by_place(record: Registrations) -> str:
    """The rules a registration record cites for one place only (``HK: R39 (inferred)``)."""
    said = (f"{p.place}: {', '.join(p.rules)} ({p.confidence.value})" for p in record.place_rules)
    return "; ".join(said)


def _account(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    reqs = list(rules.account_requirements.values())
    rows = [(r.id, r.subject, r.confidence, r.rules, r.text) for r in reqs]
    return _records(reqs), table(["rule", "subject", "confidence", "rules", "text"], rows)


def _good_faith_absent(rules: ResolvedRules) -> str:
    """What the good-faith view says on a date no Good Faith rules are in force: that they are
    not, and when they start, for this account and for one in the trial they began with (R68:
    trial from 2015-01-06, launch on 2015-04-01), as a standing on that date says."""
    from ipprules.goodfaith.engine import Resolver
    from ipprules.goodfaith.standing import programme_start

    resolver = Resolver(rules.book, rules.interpretation, rules.trial, ())
    day = rules.as_of.toordinal()
    later = any(c > day and resolver.at(c, strict=False) is not None for c in resolver.changes)
    starts = programme_start(resolver) if later else ""  # not after rules that ended
    return f"The Good Faith Program is not in force on this date{starts}."


def _good_faith(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    gf = rules.good_faith
    if gf is None:
        return None, _good_faith_absent(rules)
    rows = [
        ("version", gf.version),
        (
            "takedown rate",
            f"{gf.takedown_rate.comparison.value} {float(gf.takedown_rate.value):.1%}",
        ),
        (
            "counter-notice rate",
            f"{gf.counter_notice_rate.comparison.value} {float(gf.counter_notice_rate.value):.1%}",
        ),
        (
            "complaint volume",
            f"{gf.volume.comparison.value} {gf.volume.value}" if gf.volume else "no floor",
        ),
        ("window", f"{gf.window_months} month(s)"),
        ("declaration", gf.declaration_required),
        ("automatic admission", gf.automatic_admission),
        ("per reason code", gf.per_reason_code),
        ("abusive complaints", _abuse_row(gf.no_abuse_required, gf.abuse_ever)),
        ("lock-out after removal", f"{gf.lockout_removal_months} months"),
        ("lock-out after withdrawal", _withdrawal_row(gf.lockout_withdrawal_months, gf.rules)),
        ("benefits", "; ".join(gf.benefits) if gf.benefits else "not documented"),
        ("platforms", gf.platforms),
        *(("marketplaces", line) for line in _marketplaces_counted(gf.platforms, rules)),
        ("in force from", f"{gf.effective_from} (trial {gf.trial_from or '-'})"),
        ("sources", gf.sources),
        ("confidence", gf.confidence),
    ]
    data = unstructure(gf)
    data["counted_platforms"] = list(_counted(gf.platforms, rules))
    return data, table(["criterion", "value"], rows)


def _withdrawal_row(months: int, rules: Sequence[str]) -> str:
    """The lock-out after a voluntary withdrawal: R73's (of 2020) where the record cites it,
    else the lock-out after an exclusion applied to it, which no source states (2015)."""
    if "R73" in rules:
        return f"{months} months"
    return f"{months} months (inferred: R73's rule for withdrawals is of 2020)"


def _abuse_row(required: bool, ever: bool) -> str:
    """What the ``no_abuse`` criterion reads: every record (the brief, B21) or the window."""
    if not required:
        return "not a criterion"
    return "none on record (any date)" if ever else "none in the window"


def _counted(platforms: Any, rules: ResolvedRules) -> tuple[str, ...]:
    """The programme's platforms and the marketplaces filed as one of them under the reading
    (Xianyu as Taobao under the brief, B1): the complaints a standing counts."""
    from ipprules.goodfaith.engine import filed_in

    filed = {m: v for m, v in rules.marketplaces.items() if v.files_as}
    return filed_in(platforms, filed)


def _marketplaces_counted(platforms: Any, rules: ResolvedRules) -> list[str]:
    """How the complaints on each marketplace without a platform of its own are counted:
    with the platform it is filed as, or not at all where that is not documented (D11)."""
    out = []
    for m in rules.marketplaces.values():
        why = ", ".join(m.rules)
        if m.files_as in platforms:
            out.append(f"{m.id}: complaints counted as {m.files_as}'s (filed as it, {why})")
        elif m.files_as is None:
            out.append(
                f"{m.id}: complaints not counted; what it is filed as is not documented "
                f"({why}; unknown)"
            )
    return out


def _metrics(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    ms = list(rules.metrics.values())
    rows = [
        (
            m.id,
            m.metric,
            m.unit,
            " + ".join(m.numerator) + "".join(f" - {c}" for c in m.minus),
            " + ".join(m.denominator) or "-",
            m.default,
            m.confidence,
            ", ".join(m.rules),
        )
        for m in ms
    ]
    # R91: no source publishes the formulas; the confidence mark says so beside each one
    head = ["metric", "measures", "unit", "numerator", "denominator", "default"]
    return _records(ms), table([*head, "confidence", "rules"], rows)


def _deadlines(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    ds = list(rules.deadlines_for(args.platform))
    rows = []
    for d in ds:
        amount = (
            "-"
            if d.amount is None
            else (f"{d.amount}-{d.amount_max}" if d.amount_max else _under(d.bound, d.amount))
        )
        rows.append(
            (
                d.id,
                d.kind,
                amount,
                d.unit,
                d.who,
                d.platforms or "all",
                d.confidence,
                *_provenance(d),
            )
        )
    head = ["deadline", "kind", "amount", "unit", "who", "platforms", "confidence"]
    text = table([*head, *_PROVENANCE_HEAD], rows)
    said = [f"  {line}" for line in _deadline_disputes(args, rules)]
    return _records(ds), "\n".join([text, *said])


def _deadline_disputes(args: argparse.Namespace, rules: ResolvedRules) -> list[str]:
    """The windows the sources dispute (D4 on Lazada), each saying which is the default reading
    and which the named alternative: on the ``--platform`` given, else on every platform they
    are disputed on, once; none where the sources agree."""
    from ipprules.lifecycle.deadlines import disputed_windows

    if args.platform is not None:
        return [
            f"{d.id}: {line}"
            for d in rules.deadlines_for(args.platform)
            for line in disputed_windows(rules, d, args.platform)
        ]
    # without a platform: each dispute once, naming every platform it is on (D4 on Lazada's
    # six), so the whole table never gives two windows without saying which is the default
    said: dict[tuple[str, str], list[str]] = {}
    for d in rules.deadlines.values():
        for pid in d.platforms or tuple(rules.platforms):
            for line in disputed_windows(rules, d, pid):
                said.setdefault((d.id, line.replace(f"on {pid} ", "on \0 ")), []).append(pid)
    return [
        f"{rid}: {line.replace(chr(0), ', '.join(sorted(pids)))}"
        for (rid, line), pids in said.items()
    ]


def _penalties(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    """The penalty records in force; a figure the rules leave undocumented reads ``unknown``
    (how long violations stay in force where no validity is given, R86/R88; 1688's closure
    count for serious infringements, R64), never ``-`` (no such rule), and each platform on IPP
    with no penalty record is a gap (:func:`_penalty_gaps`)."""
    ps = [p for p in rules.penalties.values() if args.platform in (None, p.id)]
    rows = [
        (
            p.id,
            p.general_points_daily_cap,
            p.serious_merge_days,
            _serious_closure(p),
            p.closure_points,
            _or_unknown(p.validity_days),
            p.counter_notice_bar_points,
            _restores(p.counter_notice_restores),
            p.confidence,
            *_provenance(p),
        )
        for p in ps
    ]
    text = table(
        [
            "platform",
            "daily cap",
            "serious merge days",
            "closure (serious)",
            "closure (points)",
            "validity days",
            "CN bar points",
            "CN restores",
            "confidence",
            *_PROVENANCE_HEAD,
        ],
        rows,
    )
    gaps = _penalty_gaps(args, rules)
    return _records(ps), "\n".join([text, *(f"  {gap}" for gap in gaps)])


#: The columns :func:`_provenance` fills: when a record is in force from, its rules, its sources.
_PROVENANCE_HEAD = ("from", "rules", "sources")


def _provenance(record: Rule) -> tuple[str, str, str]:
    """When a deadline or penalty record is in force from (R61's 27 business days from
    2022-01-20, 30 before), the rules and the sources it rests on: the deadlines and penalties
    tables gave only a confidence mark."""
    return (str(record.effective_from), ", ".join(record.rules), ", ".join(record.sources))


def _restores(value: bool | None) -> str:
    """Whether an accepted counter-notice restores points (``counter_notice_restores``):
    ``yes``, ``no``, or ``unknown`` where the rules do not say (all but 1688, R64)."""
    return "unknown" if value is None else ("yes" if value else "no")


def _serious_closure(rule: PenaltyRule) -> int | str | None:
    """The serious violations that close an account (and those against one right, R86); on a
    platform whose counter-notice bar names a closure count the rules do not give (1688, R64),
    ``unknown``."""
    if rule.closure_serious_count is None:
        if rule.counter_notice_bar_points is not None:
            return "unknown"
        return None
    per_right = rule.closure_serious_per_right
    suffix = f" ({per_right} against one right)" if per_right is not None else ""
    return f"{rule.closure_serious_count}{suffix}"


def _penalty_gaps(args: argparse.Namespace, rules: ResolvedRules) -> list[str]:
    """The platforms on IPP on the date with no penalty record in force (Taobao, Tmall and
    Tmall Global: no penalty data; AliExpress before its rules of 2015-01-21), and the
    undocumented figures of the records shown: notes that say ``unknown``, as a standing does."""
    places = [args.platform] if args.platform else list(rules.platforms)
    out = []
    missing = [p for p in places if p not in rules.penalties]
    if missing:
        out.append(
            f"{', '.join(missing)}: no penalty rules in the rule book on {rules.as_of} (gap): "
            "points, strikes and closure are unknown"
        )
    open_ended = [
        p.id
        for p in rules.penalties.values()
        if args.platform in (None, p.id) and p.validity_days is None
    ]
    if open_ended:
        out.append(
            f"{', '.join(open_ended)}: how long a violation stays in force is not documented "
            "(unknown; null in the data, not 'no limit')"
        )
    return out


def _not_a_rule_id(name: str | None, book: RuleBook) -> None:
    """``rules sources R15`` (or ``B16``): a finding names rules (``B16``, ``R61``, ``D1``)
    beside its sources (``S31``), and a user looks the first up as the second. It said
    "unknown source 'R15'", and for ``b16`` "did you mean 'S16'?", another document."""
    if name is None or name in book.sources:
        return
    if _NAMED_RULE.fullmatch(name.strip().upper()):
        raise ValueError(
            f"{shown(repr(name))[:40]} is the id of a rule of the domain reference (a finding "
            "or a record names its rules, such as B16, R61 or D1, beside its sources), not of "
            "a source: ipprules rules sources lists the sources (BRIEF, S1...), and "
            f"ipprules rules rule {_rule_id(name)} shows what cites the rule"
        )


_NAMED_RULE = re.compile(r"[BRD][0-9]{1,4}")


def _rule_id(name: str) -> str:
    """A rule id as the data writes it (``b16``, ``R015``: ``B16``, ``R15``)."""
    text = name.strip().upper()
    return f"{text[0]}{int(text[1:])}"


def _rule(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    """``rules rule R47``: the records of the book that cite a rule (every date and reading;
    ``*`` marks those in force as of the date under the interpretation), then the findings
    and the lifecycle's states and events that cite it. Without an id: every id the records
    cite, with how many records and which sections."""
    book = rules.book
    if not args.name:
        rows = [
            (rid, len(found), ", ".join(dict.fromkeys(c.section for c in found)))
            for rid in book.cited_rules()
            for found in [book.citing(rid)]
        ]
        listed = [{"rule": rid, "records": n, "sections": s.split(", ")} for rid, n, s in rows]
        return listed, table(["rule", "records", "sections"], rows)
    rule_id = args.name
    if rule_id in book.sources:
        raise ValueError(
            f"{shown(repr(rule_id))[:40]} is the id of a source, not of a rule: "
            f"ipprules rules sources {rule_id} shows it"
        )
    found, others = _citing(book, rule_id)
    in_force = [rules.section(c.section).get(c.id) is c.record for c in found]
    records = [{**c.to_dict(), "in_force": now} for c, now in zip(found, in_force, strict=True)]
    data = {
        "rule": rule_id,
        "records": records,
        "cited_by": [{"kind": kind, "name": name} for kind, name in others],
        "rule_sources": _named_sources(book, rule_id),
    }
    count = f"{len(found)} record(s)" if found else "no record"
    lines = [f"{rule_id}: cited by {count} of the rule book"]
    lines += [_citation_text(c, now) for c, now in zip(found, in_force, strict=True)]
    if found:
        lines.append(f"  (* in force on {rules.as_of} under {rules.interpretation})")
    kinds = dict.fromkeys(kind for kind, _ in others)
    for kind in kinds:
        names = [name for k, name in others if k == kind]
        plural = "s" if len(names) > 1 else ""
        lines.append(f"{rule_id} is cited by the {kind}{plural} {', '.join(names)}")
    lines += _rule_sources_line(rule_id, data["rule_sources"])
    return data, "\n".join(lines)


def _named_sources(book: RuleBook, rule_id: str) -> list[str] | None:
    """The sources the book names for the rule itself (``RuleBook.rule_sources``, the domain
    reference's or a rules file's ``[rule_sources]``): ``[]`` for a rule the reference infers,
    None where the book names none."""
    named = book.data.rule_sources.get(rule_id)
    return None if named is None else list(named)


def _rule_sources_line(rule_id: str, named: list[str] | None) -> list[str]:
    """The text view's last line: the sources of the rule itself, beside its records'."""
    if named is None:
        return []
    if not named:
        return [f"{rule_id}'s own sources (RuleBook.rule_sources): none, an inferred rule"]
    return [f"{rule_id}'s own sources (RuleBook.rule_sources): {', '.join(named)}"]


def _citing(book: RuleBook, rule_id: str) -> tuple[tuple[Citation, ...], list[tuple[str, str]]]:
    """The records that cite ``rule_id`` and the findings, states and events that do; an id
    that nothing cites raises the book's error (``r57``: did you mean ``R57``)."""
    others = _cited_elsewhere(rule_id)
    try:
        return book.citing(rule_id), others
    except UnknownNameError as exc:
        if others:
            return (), others
        if exc.suggestion is not None or not _NAMED_RULE.fullmatch(rule_id.strip().upper()):
            raise
        meant = _rule_id(rule_id)
        if meant != rule_id and _cited_elsewhere(meant):  # r57: R57 (a finding cites it)
            raise UnknownNameError("rule id", rule_id, suggestion=meant) from None
        if meant in NOT_ENCODED:
            raise
        note = (  # the book's note says a finding may: none does here
            f"nothing cites {meant}: no record of the rule book, no finding and no state or "
            "event of the complaint lifecycle (ipprules rules rule lists the ids the records cite)"
        )
        raise UnknownNameError("rule id", rule_id, note=note, nearest=False) from None


def _citation_text(c: Citation, now: bool) -> str:
    dates = f"from {c.effective_from}" + (
        f" until {c.effective_until}" if c.effective_until else ""
    )
    dates += f", trial from {c.trial_from}" if c.trial_from else ""
    reading = f" under {c.interpretation}" if c.interpretation else ""
    head = f"{'*' if now else ' '} {c.section} {c.id}{reading}: {dates}; sources "
    head += f"{', '.join(c.sources)}; {c.confidence.value}"
    body = [f"    {text}" for text in (c.text, c.note and f"note: {c.note}") if text]
    return "\n".join([head, *body])


def _cited_elsewhere(rule_id: str) -> list[tuple[str, str]]:
    """The finding codes and the lifecycle's states and events that cite ``rule_id``."""
    from ipprules._codes import codes_citing
    from ipprules.lifecycle import Event, State, event_info, state_info

    out = [("finding", code) for code in codes_citing(rule_id)]
    out += [("lifecycle state", s.value) for s in State if rule_id in state_info(s).rule_ids]
    out += [("lifecycle event", e.value) for e in Event if rule_id in event_info(e).rule_ids]
    return out


def _sources(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    srcs = list(rules.book.sources.values())
    _not_a_rule_id(args.name, rules.book)
    if args.name:
        srcs = [rules.book.source(args.name)]
    rows = [(s.id, s.kind, s.title, s.url) for s in srcs]
    return _records(srcs), table(["source", "kind", "title", "url"], rows)


def _interpretations(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    items = [rules.book.interpretation(n) for n in rules.book.interpretations]
    text = "\n\n".join(
        f"{i.id}{' (default)' if i.id == rules.book.default_interpretation else ''}"
        f"{' - based on ' + i.base if i.base else ''}\n  {i.title}\n  {i.description}"
        for i in items
    )
    return _records(items), text


def _changes(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    """Every change date; one the rules know only to the month (Lazada on IPP from June 2019,
    R95; the IPP Plus pilot from January 2020, R92) is marked as the platform view marks it,
    with the record's own caveat (also in the JSON ``notes``, :func:`_month_only`)."""
    dates = rules.book.change_dates()
    marks = _month_only(rules)
    return list(dates), "Dates on which some rule starts or ends:\n" + "\n".join(
        f"  {d}" + (f"  (known to the month only: {marks[d]})" if d in marks else "") for d in dates
    )


def _month_only(rules: ResolvedRules) -> dict[Any, str]:
    """The change dates whose day no source documents: a record starting on that date whose
    caveat or note says so (``day not documented``), with the record ids and the caveat's
    first sentence; the rule book starts such a record on the first of the month."""
    found: dict[Any, dict[str, list[str]]] = {}
    for name in SECTIONS:
        for record in rules.book.records(name):
            said = getattr(record, "caveat", None) or getattr(record, "note", None) or ""
            if "day not documented" not in said or record.effective_from is None:
                continue
            first = said.split(": ")[0].split(". ")[0].rstrip(".")
            found.setdefault(record.effective_from, {}).setdefault(first, []).append(record.id)
    return {
        day: "; ".join(f"{text} ({', '.join(dict.fromkeys(ids))})" for text, ids in said.items())
        for day, said in found.items()
    }


def _section(args: argparse.Namespace, rules: ResolvedRules) -> tuple[Any, str]:
    if not args.name:
        raise ValueError(f"name a section: one of {', '.join(SECTIONS)}")
    records: list[Rule] = list(rules.section(args.name).values())
    rows = [
        (r.id, r.effective_from, r.effective_until, r.interpretation, r.sources, r.confidence)
        for r in records
    ]
    return _records(records), table(
        ["id", "from", "until", "interpretation", "sources", "confidence"], rows
    )


def _section_named(args: argparse.Namespace, rules: ResolvedRules, view: str) -> dict[str, Any]:
    """What ``rules section NAME``'s JSON adds so that it reads back as a rules file
    (``--rules``): the section's name and the sources its records cite."""
    if view != "section":
        return {}
    cited = {s.id: s for r in rules.section(args.name).values() for s in rules.sources_of(r)}
    return {"section": args.name, "sources": [unstructure(s) for s in cited.values()]}


def _diff(args: argparse.Namespace, book: RuleBook, rules: ResolvedRules) -> int:
    if args.against:
        base = default_rulebook() if args.separately else book
        other = load_rulebook(args.against, base=base).as_of(
            rules.as_of, args.interpretation, trial=args.trial
        )
        # the file is an override of the book --rules gives (or the embedded one): the label
        # says so, since a file's own name does not ("ACME -> B" was ACME with B applied)
        over = f", {Path(args.against).name} applied over it," if args.rules else ""
        if args.separately and args.rules:
            over = ", each applied over the embedded book,"
        label = f"{rules.rulebook} -> {other.rulebook}{over} as of {rules.as_of}"
    elif args.to:
        other = book.as_of(args.to, args.interpretation, trial=args.trial)
        label = f"{rules.as_of} -> {args.to}"
    else:
        raise ValueError("diff needs --to DATE or --against FILE")
    changes = diff_rules(rules, other)
    if args.format == "json":  # the envelope of every view; the later side in "data"
        print_json(
            {
                "rulebook": rules.rulebook,
                **rulebook_keys(rules.rulebook_version),
                "as_of": rules.as_of.isoformat(),
                "interpretation": rules.interpretation,
                "view": "diff",
                "data": {
                    "diff": label,
                    "to": {
                        "rulebook": other.rulebook,
                        **rulebook_keys(other.rulebook_version),
                        "as_of": other.as_of.isoformat(),
                    },
                    "changes": [c.as_dict() for c in changes],
                },
                "other_readings": {k: list(v) for k, v in changes.other_readings.items()},
                "other_answers": _diff_answers(rules, other, changes),
                "notes": [],
            }
        )
    else:
        print(f"{reading_label(rules.rulebook, rules.interpretation)} · as of {rules.as_of}")
        print(f"diff {label}: {len(changes)} change(s)")
        for c in changes:
            print(f"  {c.kind:8} {c.section}/{c.id}")
            for f in c.fields:
                print(f"           {f.field}: {f.before!r} -> {f.after!r}")
        for key, names in changes.other_readings.items():
            print(f"  {key}: differs under {', '.join(names)}")
    return EXIT_FINDINGS if changes else EXIT_OK


def _diff_answers(
    rules: ResolvedRules, other: ResolvedRules, changes: RuleChanges
) -> dict[str, dict[str, list[Any]]]:
    """The ``other_answers`` of every view for a diff: by reading, each record
    (``section/id``) whose change that reading answers otherwise (``other_readings``), with
    ``[this reading's change, theirs]``, each as ``changes`` lists it (``null``: none)."""
    mine = {f"{c.section}/{c.id}": c.as_dict() for c in changes}
    names = dict.fromkeys(n for found in changes.other_readings.values() for n in found)
    out: dict[str, dict[str, list[Any]]] = {}
    for name in names:
        theirs = {
            f"{c.section}/{c.id}": c.as_dict()
            for c in diff_rules(
                rules.book.as_of(rules.as_of, name, trial=rules.trial),
                other.book.as_of(other.as_of, name, trial=other.trial),
            )
        }
        out[name] = {
            key: [mine.get(key), theirs.get(key)]
            for key, found in changes.other_readings.items()
            if name in found
        }
    return out


_VIEW_FUNCS = {
    "summary": _summary,
    "platforms": _platforms,
    "platform": _platform,
    "reasons": _reasons,
    "documents": _documents,
    "registrations": _registrations,
    "account": _account,
    "good-faith": _good_faith,
    "metrics": _metrics,
    "deadlines": _deadlines,
    "penalties": _penalties,
    "sources": _sources,
    "rule": _rule,
    "interpretations": _interpretations,
    "changes": _changes,
    "section": _section,
}
