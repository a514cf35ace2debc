"""Validation of rule data: overlapping dates, unknown references, missing sources.

Every problem names the file and JSON path of the record at fault.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

import attrs

from ipprules._args import require_instance
from ipprules._places import place_slip
from ipprules.errors import Problem, RuleDataError, suggest
from ipprules.rulebook.background import reference_rule_problem
from ipprules.rulebook.model import (
    DEADLINE_ACTORS,
    DEADLINE_MAX_AMOUNT,
    DEADLINE_STARTS,
    EVIDENCE_TESTS,
    FILING_CHANNELS,
    LIFECYCLE_EVENTS,
    LIFECYCLE_MOVES,
    LIFECYCLE_STATES,
    SECTIONS,
    AccountRequirement,
    Answer,
    Channel,
    CounterNoticeRule,
    Deadline,
    DocumentRule,
    EvidenceRule,
    GoodFaithCriteria,
    LifecycleRule,
    Limit,
    Marketplace,
    PenaltyRule,
    Platform,
    ReasonCode,
    Registrations,
    Rule,
    RuleBookData,
)

__all__ = ["Origin", "validate"]

PLATFORM_GROUPS = ("tao", "domestic", "international", "lazada")
#: The longest Good Faith window or lockout, in months (100 years: counted from any date the
#: library takes, 1900 to 2999, it stays within the dates Python has).
MAX_MONTHS = 1200
#: A channel's counts: at least 1 where given (the JSON Schema says so too).
CHANNEL_COUNTS = ("max_listings", "rights_per_complaint", "reasons_per_complaint")
COUNTERS = ("submitted", "taken_down", "reinstated", "rejected", "withdrawn", "pending")


@attrs.frozen
class Origin:
    """Where a record was read from: the file, the JSON path, and a line locator (a helper,
    not part of where: origins equal by file and path, pickled and back too)."""

    file: str
    path: str
    locate: Callable[[str], tuple[int, int] | None] | None = attrs.field(default=None, eq=False)

    def problem(self, message: str, suffix: str = "") -> Problem:
        path = self.path + suffix
        line = column = None
        if self.locate is not None:
            found = self.locate(path)
            if found is not None:
                line, column = found
        return Problem(message, path, self.file, line, column)


Origins = Mapping[str, Sequence[Origin]]


#: The most interpretations a rule book holds, and the longest chain of bases one rests on:
#: every answer resolves and compares each interpretation, each through its chain.
MAX_INTERPRETATIONS = 64
MAX_BASES = 16


def validate(data: RuleBookData, origins: Origins) -> None:
    """Raise :class:`RuleDataError` listing every problem in ``data``, or return None."""
    problems = list(_problems(require_instance(data, RuleBookData, "data"), origins))
    if problems:
        raise RuleDataError(problems=problems)


def _problems(data: RuleBookData, origins: Origins) -> Iterator[Problem]:
    source_ids = {s.id for s in data.sources}
    yield from _rule_sources(data.rule_sources, source_ids, origins.get("rule_sources", ()))
    interp = {i.id: i for i in data.interpretations}
    if data.default_interpretation not in interp:
        yield Problem(
            f"default interpretation {data.default_interpretation!r} is not declared",
            "$.default_interpretation",
        )
    if len(data.interpretations) > MAX_INTERPRETATIONS:
        yield Problem(
            f"{len(data.interpretations)} interpretations; a rule book holds at most "
            f"{MAX_INTERPRETATIONS} (each is resolved and compared in every answer)",
            "$.interpretations",
        )
        return
    for i, item in enumerate(data.interpretations):
        seen: set[str] = set()
        base = item.base
        while base is not None:
            if len(seen) >= MAX_BASES:
                yield origins["interpretations"][i].problem(
                    f"a chain of more than {MAX_BASES} base interpretations", ".base"
                )
                break
            if base not in interp:
                yield origins["interpretations"][i].problem(
                    f"unknown base interpretation {base!r}", ".base"
                )
                break
            if base in seen or base == item.id:
                yield origins["interpretations"][i].problem("interpretations form a cycle", ".base")
                break
            seen.add(base)
            base = interp[base].base
    for i, item in enumerate(data.interpretations):
        if not item.id.strip():
            yield origins["interpretations"][i].problem("the id is empty", ".id")
    yield from _duplicates([s.id for s in data.sources], origins["sources"], "source")
    yield from _duplicates(
        [s.id for s in data.interpretations], origins["interpretations"], "interpretation"
    )

    ids: dict[str, set[str]] = {
        section: {r.id for r in getattr(data, section)} for section in SECTIONS
    }
    ids["subtypes_of"] = {f"{t.id}/{s}" for t in data.ipr_types for s in t.subtypes}
    for section in SECTIONS:
        records: Sequence[Rule] = getattr(data, section)
        where = origins[section]
        for index, record in enumerate(records):
            origin = where[index]
            yield from _envelope(record, origin, source_ids, interp)
            for k, other in enumerate(getattr(record, "other_readings", ())):
                at = attrs.evolve(origin, path=f"{origin.path}.other_readings[{k}]")
                yield from _envelope(other, at, source_ids, interp)
            yield from _cited_ids(record, origin)
            yield from _references(record, origin, ids)
        yield from _overlaps(records, where)
    yield from _lifecycle_owners(data.lifecycle, origins["lifecycle"])
    yield from _ladder_rules(data.penalties, origins["penalties"])
    yield from _one_bar(data, origins)
    yield from _domains(data, origins)


def _rule_sources(
    named: Mapping[str, Sequence[str]], source_ids: set[str], where: Sequence[Origin]
) -> Iterator[Problem]:
    """The sources the reference names for each rule (``rule_sources``) are the book's."""
    for index, (rule_id, sources) in enumerate(named.items()):
        wrong = reference_rule_problem(rule_id)
        messages = [wrong] if wrong else []
        messages += [
            f"unknown source {s!r} (a source of {rule_id})" for s in sources if s not in source_ids
        ]
        for message in messages:
            if index < len(where):
                yield where[index].problem(message)
            else:
                yield Problem(message, f"$.rule_sources.{rule_id}")


def _rule_ids(values: Sequence[str], origin: Origin, field: str) -> Iterator[Problem]:
    """The rule ids a record cites (``field``: its ``rules``, ``ladder_rules`` or a place
    rule's) are rules of the domain reference, written as records cite them, each once."""
    seen: set[str] = set()
    for k, rule_id in enumerate(values):
        wrong = reference_rule_problem(rule_id)
        if wrong is None and rule_id in seen:
            wrong = f"{rule_id} is cited twice"
        if wrong is not None:
            yield origin.problem(wrong, f"{field}[{k}]")
        seen.add(rule_id)


def _cited_ids(record: Rule, origin: Origin) -> Iterator[Problem]:
    """Every rule id a record cites (:func:`_rule_ids`), and a registration record's place
    rules (:func:`_place_rules`)."""
    yield from _rule_ids(record.rules, origin, ".rules")
    if isinstance(record, PenaltyRule):
        yield from _rule_ids(record.ladder_rules, origin, ".ladder_rules")
        for j, reading in enumerate(record.disputed_readings):
            yield from _rule_ids(reading.rules, origin, f".disputed_readings[{j}].rules")
    if isinstance(record, Registrations):
        for field in ("accepted", "preferred"):
            for k, place in enumerate(getattr(record, field)):
                if place != "*" and (why := _not_a_place(place)):
                    yield origin.problem(why, f".{field}[{k}]")
        yield from _place_rules(record, origin)
    if isinstance(record, DocumentRule):
        for k, other in enumerate(record.other_readings):
            yield from _rule_ids(other.rules, origin, f".other_readings[{k}].rules")
    if isinstance(record, EvidenceRule):
        for k, place in enumerate(record.incorporated):
            if why := _not_a_place(place, "incorporation"):
                yield origin.problem(why, f".incorporated[{k}]")


#: A place of registration: an ISO 3166-1 code of two capital letters (``CN``, ``HK``).
_PLACE = re.compile(r"[A-Z]{2}")


def _not_a_place(place: str, kind: str = "registration") -> str:
    """Why ``place`` is not a place of registration (or ``kind``), else ``""``: one rule with
    the plans' (:func:`ipprules._places.place_slip`: ISO 3166-1 alpha-2 and WIPO's regional
    offices)."""
    if _PLACE.fullmatch(place):
        slip = place_slip(place)
        return f"place {place!r} is not a place of {kind} ({slip})" if slip else ""
    near = place.strip().upper()
    if _PLACE.fullmatch(near) and not place_slip(near):
        return (
            f"place {place!r} is not a place of {kind} as records write it (did you mean {near!r}?)"
        )
    return (
        f"place {place!r} is not a place of {kind} (an ISO 3166-1 code of two capital "
        "letters, such as 'HK')"
    )


def _place_rules(record: Registrations, origin: Origin) -> Iterator[Problem]:
    """A place rule names a place of registration once, one the record refuses (its note is
    what ``check`` says when it refuses a right registered there), and cites a rule."""
    seen: set[str] = set()
    for k, item in enumerate(record.place_rules):
        at = f".place_rules[{k}]"
        place = item.place
        if why := _not_a_place(place):
            yield origin.problem(why, f"{at}.place")
        elif place in seen:
            yield origin.problem(f"place {place!r} has a place rule already", f"{at}.place")
        elif "*" in record.accepted or place in record.accepted:
            yield origin.problem(
                f"the record accepts {place!r}, so a place rule for it would never be said "
                "(it is what check says when it refuses a right registered there)",
                f"{at}.place",
            )
        seen.add(place)
        if not item.rules:
            yield origin.problem("a place rule cites at least one rule", f"{at}.rules")
        yield from _rule_ids(item.rules, origin, f"{at}.rules")


def _ladder_rules(records: Sequence[PenaltyRule], where: Sequence[Origin]) -> Iterator[Problem]:
    """A ladder's own rules (``ladder_rules``: R86 for Alibaba.com's steps) are among its
    record's ``rules``, which every answer on the record cites."""
    for record, origin in zip(records, where, strict=True):
        off = [r for r in record.ladder_rules if r not in record.rules]
        if off:
            yield origin.problem(f"{', '.join(off)} not among the record's rules", ".ladder_rules")


def _one_bar(data: RuleBookData, origins: Origins) -> Iterator[Problem]:
    """R64's points bar is in two records, the platform's penalty record (``penalties``
    answers with it) and a ``bar_points`` counter-notice record (``counter-notice`` does):
    where both are in force for the same platform and reading, they must give one bar, or
    one rule book would answer both ways."""
    bars = [
        (i, c)
        for i, c in enumerate(data.counter_notice)
        if c.requirement == "bar_points" and c.value is not None
    ]
    for index, penalty in enumerate(data.penalties):
        points = penalty.counter_notice_bar_points
        if points is None:
            continue
        for at, bar in bars:
            if (
                penalty.id in bar.platforms
                and bar.interpretation == penalty.interpretation
                and _overlap(penalty, bar)
                and bar.value != points
            ):
                yield origins["penalties"][index].problem(
                    f"counter_notice_bar_points {points} of {penalty.id!r} disagrees with the "
                    f"counter-notice record {bar.id!r} (value {bar.value}, in "
                    f"{_where(origins['counter_notice'][at])}) over the same dates: R64 has "
                    "one bar; set both (or replace both sections)",
                    ".counter_notice_bar_points",
                )


#: A site's domain as the rule book gives it: a lower-case host name of two labels or more,
#: without scheme, path or final dot (``tmall.hk``, ``lazada.co.th``).
HOST_NAME = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+"
_HOST = re.compile(HOST_NAME)


def _domains(data: RuleBookData, origins: Origins) -> Iterator[Problem]:
    """Every domain of a platform or marketplace is a host name, and names one site alone:
    shared, ``site_of`` would answer None for it (R33: tmall.hk is Tmall Global). A shared
    domain is reported at the first record of each id that holds it (one may be the user's)."""
    holders: dict[str, dict[str, tuple[Origin, int]]] = defaultdict(dict)
    for section in ("platforms", "marketplaces"):
        records: Sequence[Platform | Marketplace] = getattr(data, section)
        for index, record in enumerate(records):
            origin = origins[section][index]
            for k, domain in enumerate(record.domains):
                if len(domain) > 253 or not _HOST.fullmatch(domain):
                    yield origin.problem(
                        f"domain {domain!r} is not a host name (lower case, like 'tmall.hk': "
                        "no scheme, path, space or final dot)",
                        f".domains[{k}]",
                    )
                else:
                    holders[domain].setdefault(record.id, (origin, k))
    for domain, ids in holders.items():
        for rid, (origin, k) in ids.items() if len(ids) > 1 else ():
            others = ", ".join(repr(i) for i in ids if i != rid)
            yield origin.problem(
                f"domain {domain!r} of {rid!r} is also the site of {others}: a domain names "
                "one platform or marketplace",
                f".domains[{k}]",
            )


def _where(origin: Origin) -> str:
    """A record's file and path, as a message names it (``counter_notice.json $[8]``)."""
    return f"{origin.file.replace(chr(92), '/').rsplit('/', 1)[-1]} {origin.path}"


def _overlap(a: Rule, b: Rule) -> bool:
    """Whether the effective periods of two records share a day."""
    return (a.effective_until is None or a.effective_until > b.effective_from) and (
        b.effective_until is None or b.effective_until > a.effective_from
    )


def _lifecycle_owners(
    records: Sequence[LifecycleRule], where: Sequence[Origin]
) -> Iterator[Problem]:
    """One record id per event sets where it is allowed, and one whether it goes in batches:
    two would leave the machine to choose between them."""
    owners: dict[tuple[str, str], str] = {}
    for index, record in enumerate(records):
        for field, used in (("states", bool(record.states)), ("batch", record.batch is not None)):
            if not used:
                continue
            held = owners.setdefault((record.event, field), record.id)
            if held != record.id:
                yield where[index].problem(
                    f"{field} of event {record.event!r} is already set by record {held!r}",
                    f".{field}",
                )


def _lifecycle_moves(record: LifecycleRule, origin: Origin) -> Iterator[Problem]:
    """Every state a record allows its event in has a move of that event in the table: a state
    without one would be ignored silently."""
    moves = LIFECYCLE_MOVES.get(record.event)
    if moves is None:  # an unknown event, reported apart
        return
    for k, state in enumerate(record.states):
        if state in LIFECYCLE_STATES and state not in moves:
            yield origin.problem(
                f"event {record.event!r} has no move from state {state!r} in the lifecycle "
                f"table, so the record cannot allow it there (it moves from: {', '.join(moves)})",
                f".states[{k}]",
            )


def _duplicates(names: Sequence[str], where: Sequence[Origin], kind: str) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            yield where[index].problem(f"duplicate {kind} id {name!r}", ".id")
        seen.add(name)


def _envelope(
    record: Rule, origin: Origin, source_ids: set[str], interp: Mapping[str, object]
) -> Iterator[Problem]:
    if not record.id.strip():
        yield origin.problem("the id is empty", ".id")
    elif not (record.id.isprintable() and record.id == record.id.strip()):
        # 'tm_counterfeit ' or 'x\x00': a name no option, file or history could give as typed
        yield origin.problem(
            f"the id {record.id!r} holds white space at an end or a control character", ".id"
        )
    if not record.sources:
        yield origin.problem("a rule needs at least one source", ".sources")
    for k, source in enumerate(record.sources):
        if source not in source_ids:
            yield origin.problem(f"unknown source {source!r}", f".sources[{k}]")
    for j, reading in enumerate(getattr(record, "disputed_readings", ())):
        if not reading.sources:
            yield origin.problem("a reading needs at least one source", f".disputed_readings[{j}]")
        for k, source in enumerate(reading.sources):
            if source not in source_ids:
                yield origin.problem(
                    f"unknown source {source!r}", f".disputed_readings[{j}].sources[{k}]"
                )
    if record.interpretation is not None and record.interpretation not in interp:
        yield origin.problem(f"unknown interpretation {record.interpretation!r}", ".interpretation")
    if record.effective_until is not None and record.effective_until <= record.effective_from:
        yield origin.problem("effective_until must be after effective_from", ".effective_until")
    if record.trial_from is not None and record.trial_from >= record.effective_from:
        yield origin.problem("trial_from must be before effective_from", ".trial_from")


def _overlaps(records: Sequence[Rule], where: Sequence[Origin]) -> Iterator[Problem]:
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        groups[(record.id, record.interpretation)].append(index)
    for (rid, _), members in groups.items():
        ordered = sorted(members, key=lambda i: records[i].effective_from)
        for before, after in itertools.pairwise(ordered):
            a, b = records[before], records[after]
            if a.effective_until is None or a.effective_until > b.effective_from:
                yield where[after].problem(
                    f"dates of {rid!r} overlap the record at {where[before].path} "
                    f"(from {a.effective_from}, until {a.effective_until or 'open'})",
                    ".effective_from",
                )


def _unknown(kind: str, value: object, known: set[str] | Sequence[str]) -> str:
    """``unknown platform 'tmal' (did you mean 'tmall'?)``: the name the book does not know,
    with the known one nearest to it where one is near (as a file's unknown key is said), or
    the names it begins where it begins several (``'lazada' (one of lazada_id, ...)``: B14's
    regional sites, none of them guessed)."""
    group = sorted(k for k in known if isinstance(value, str) and k.startswith(f"{value}_"))
    if len(group) > 1:
        return f"unknown {kind} {value!r} (one of {', '.join(group)})"
    near = suggest(value, sorted(known))
    return f"unknown {kind} {value!r}" + (f" (did you mean {near!r}?)" if near else "")


def _ref(
    values: Sequence[str], known: set[str], kind: str, origin: Origin, field: str
) -> Iterator[Problem]:
    for k, value in enumerate(values):
        if value not in known:
            yield origin.problem(_unknown(kind, value, known), f".{field}[{k}]")


def _class_platforms(code: ReasonCode, origin: Origin) -> Iterator[Problem]:
    """The platforms a code's class is official, inferred or unknown on must be the code's
    own, and each in one of those lists at most."""
    fields = (
        "severity_official_platforms",
        "severity_inferred_platforms",
        "severity_unknown_platforms",
    )
    for field in fields:
        off = [p for p in getattr(code, field) if p not in code.platforms]
        if off:
            yield origin.problem(f"{', '.join(off)} not among the code's platforms", f".{field}")
    marked = (*code.severity_inferred_platforms, *code.severity_unknown_platforms)
    both = [p for p in code.severity_official_platforms if p in marked]
    if both:
        yield origin.problem(
            f"{', '.join(both)} both official and inferred or unknown",
            ".severity_official_platforms",
        )


def _references(record: Rule, origin: Origin, ids: Mapping[str, set[str]]) -> Iterator[Problem]:
    platforms = ids["platforms"]
    documents = ids["documents"]
    if isinstance(record, Platform):
        if record.group not in PLATFORM_GROUPS:
            yield origin.problem(
                f"unknown platform group {record.group!r} (one of {', '.join(PLATFORM_GROUPS)})",
                ".group",
            )
        types = record.storefront_ipr_types
        yield from _ref(types, ids["ipr_types"], "IPR type", origin, "storefront_ipr_types")
    if isinstance(record, Marketplace) and record.files_as not in (None, *platforms):
        yield origin.problem(_unknown("platform", record.files_as, platforms), ".files_as")
    if isinstance(record, Registrations | PenaltyRule) and record.id not in platforms:
        yield origin.problem(f"the id must be a platform id, not {record.id!r}", ".id")
    if isinstance(record, ReasonCode | DocumentRule):
        if record.ipr_type not in ids["ipr_types"]:
            yield origin.problem(
                _unknown("IPR type", record.ipr_type, ids["ipr_types"]), ".ipr_type"
            )
        yield from _ref(record.platforms, platforms, "platform", origin, "platforms")
    if isinstance(record, ReasonCode):
        yield from _reason_code(record, origin, ids)
    if isinstance(record, Channel):
        for field in ("inferred_platforms", "unknown_platforms"):
            yield from _ref(getattr(record, field), platforms, "platform", origin, field)
    if isinstance(record, DocumentRule):
        yield from _document_rule(record, origin, documents)
    if isinstance(record, AccountRequirement):
        yield from _ref(record.documents_one_of, documents, "document", origin, "documents_one_of")
        yield from _ref(record.platforms, platforms, "platform", origin, "platforms")
    if isinstance(record, EvidenceRule):
        if record.test not in EVIDENCE_TESTS:
            yield origin.problem(
                f"unknown test {record.test!r} (one of {', '.join(EVIDENCE_TESTS)})", ".test"
            )
        yield from _ref(record.documents, documents, "document", origin, "documents")
        yield from _ref(record.platforms, platforms, "platform", origin, "platforms")
        yield from _ref(record.ipr_types, ids["ipr_types"], "IPR type", origin, "ipr_types")
    if isinstance(record, GoodFaithCriteria | Deadline | Limit | CounterNoticeRule):
        yield from _ref(record.platforms, platforms, "platform", origin, "platforms")
    if isinstance(record, CounterNoticeRule):
        yield from _ref(record.ipr_types, ids["ipr_types"], "IPR type", origin, "ipr_types")
    if isinstance(record, GoodFaithCriteria) and record.window_months < 1:
        yield origin.problem("the window must be at least one month", ".window_months")
    yield from _periods(record, origin)
    if isinstance(record, GoodFaithCriteria):
        for name in ("takedown_rate", "counter_notice_rate"):
            rate = getattr(record, name).value
            if not 0 <= rate <= 1:
                yield origin.problem(f"a rate is from 0 to 1, got {rate}", f".{name}.value")
    if isinstance(record, LifecycleRule):
        if record.event not in LIFECYCLE_EVENTS:
            yield origin.problem(
                f"unknown event {record.event!r} (one of {', '.join(LIFECYCLE_EVENTS)})", ".event"
            )
        yield from _ref(record.states, set(LIFECYCLE_STATES), "state", origin, "states")
        yield from _lifecycle_moves(record, origin)
    if isinstance(record, Deadline):
        yield from _deadline(record, origin, platforms)
    if isinstance(record, Channel):
        yield from _channel(record, origin)


def _reason_code(
    record: ReasonCode, origin: Origin, ids: Mapping[str, set[str]]
) -> Iterator[Problem]:
    """A reason code's subtypes, documents and platforms exist; it names a platform and a
    target at least."""
    documents = ids["documents"]
    for k, subtype in enumerate(record.subtypes):
        if f"{record.ipr_type}/{subtype}" not in ids["subtypes_of"]:
            yield origin.problem(
                f"unknown subtype {subtype!r} of {record.ipr_type}", f".subtypes[{k}]"
            )
    yield from _ref(record.evidence, documents, "document", origin, "evidence")
    yield from _ref(
        record.recommended_evidence, documents, "document", origin, "recommended_evidence"
    )
    yield from _ref(record.without_evidence, documents, "document", origin, "without_evidence")
    yield from _class_platforms(record, origin)
    for k, name in enumerate(record.inferred_platforms):
        if name not in record.platforms:
            yield origin.problem(
                f"inferred platform {name!r} is not among the code's platforms",
                f".inferred_platforms[{k}]",
            )
    if not record.platforms:
        yield origin.problem("a reason code needs at least one platform", ".platforms")
    if not record.targets:
        yield origin.problem("a reason code needs at least one target", ".targets")


def _document_rule(record: DocumentRule, origin: Origin, documents: set[str]) -> Iterator[Problem]:
    """The documents a document rule requires exist; ``unregistered_message`` (the words for
    a right never applied for, B7) only on a rule refusing rights not registered, where it is
    shown (``check``'s right-not-accepted)."""
    yield from _ref(record.requires, documents, "document", origin, "requires")
    if record.unregistered_message is not None and (
        record.registered is not False or record.accepted is not Answer.NO
    ):
        yield origin.problem(
            "unregistered_message is for a rule about rights not registered that refuses them "
            '(registered = false, accepted = "no"), where check shows it',
            ".unregistered_message",
        )


def _channel(record: Channel, origin: Origin) -> Iterator[Problem]:
    """A channel's counts are at least 1 where given; a filing channel gives its listings."""
    if record.max_listings is None and record.id in FILING_CHANNELS:
        yield origin.problem(
            f"the {record.id} channel needs max_listings: complaints filed through it are "
            "counted and split by it",
            ".max_listings",
        )
    for field in CHANNEL_COUNTS:
        value = getattr(record, field)
        if value is not None and value < 1:
            yield origin.problem(f"{field} must be at least 1, got {value}", f".{field}")


def _periods(record: Rule, origin: Origin) -> Iterator[Problem]:
    """Periods in months no longer than :data:`MAX_MONTHS`: a Good Faith window and lockouts,
    a counter-notice rule's ``value`` in months (the purchase window, R63)."""
    fields: tuple[str, ...] = ()
    if isinstance(record, GoodFaithCriteria):
        fields = ("window_months", "lockout_removal_months", "lockout_withdrawal_months")
    elif isinstance(record, CounterNoticeRule) and record.unit == "months":
        fields = ("value",)
    for name in fields:
        value = getattr(record, name)
        if value is not None and value > MAX_MONTHS:
            yield origin.problem(
                f"{value} months is longer than the longest period taken "
                f"({MAX_MONTHS:,} months, 100 years)",
                f".{name}",
            )


def _deadline(
    record: Deadline, origin: Origin, platforms: set[str] | None = None
) -> Iterator[Problem]:
    """A deadline's start, actor and amounts (an amount needs a unit; a range runs upwards;
    no deadline is longer than :data:`~ipprules.rulebook.model.DEADLINE_MAX_AMOUNT`), and the
    platforms it is inferred on (``platforms``: the known ids)."""
    if platforms is not None:
        yield from _ref(
            record.inferred_platforms, platforms, "platform", origin, "inferred_platforms"
        )
    if record.starts_at not in DEADLINE_STARTS:
        known = ", ".join(DEADLINE_STARTS)
        yield origin.problem(f"unknown start {record.starts_at!r} (one of {known})", ".starts_at")
    if record.who not in DEADLINE_ACTORS:
        known = ", ".join(DEADLINE_ACTORS)
        yield origin.problem(f"unknown actor {record.who!r} (one of {known})", ".who")
    if record.amount is not None and record.unit is None:
        yield origin.problem("a deadline with an amount needs a unit", ".unit")
    if record.amount_max is not None and (
        record.amount is None or record.amount_max < record.amount
    ):
        yield origin.problem(
            f"amount_max ({record.amount_max}) needs an amount no larger than it", ".amount_max"
        )
    most = DEADLINE_MAX_AMOUNT.get(record.unit or "", 0)
    for field in ("amount", "amount_max"):
        value = getattr(record, field)
        if record.unit is not None and value is not None and value > most:
            yield origin.problem(
                f"{value} {record.unit} is longer than the longest deadline taken "
                f"({most:,} {record.unit}, 100 years)",
                f".{field}",
            )
