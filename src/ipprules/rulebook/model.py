"""The rule book's data model: frozen records, each dated and sourced.

Every rule is a :class:`Rule` record: an ``id``, the dates it is in force
(``effective_from`` inclusive, ``effective_until`` exclusive or open), an
optional ``trial_from`` (the date trial accounts got it early), the
interpretation it belongs to (``None``: every interpretation), its sources, a
confidence mark and the rule ids of the rule book (``B16``, ``R61``...) it
encodes. Several records may share an id: they are the successive values of one
rule, and for one interpretation their dates may not overlap.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from ipprules._args import require_bool, require_member
from ipprules._convert import MAX_ITEMS, OMIT_IF_DEFAULT, SCHEMA_ALSO
from ipprules._typed import ReadOnlyDict, check_types, read_only
from ipprules._vocab import NamedEnum
from ipprules.errors import InputError, UnknownNameError, plain

__all__ = [
    "AccountRequirement",
    "Answer",
    "Channel",
    "Comparison",
    "Confidence",
    "CounterNoticeRule",
    "Deadline",
    "DeadlineBound",
    "DeadlineKind",
    "DocumentKind",
    "DocumentRule",
    "EvidenceRule",
    "GoodFaithCriteria",
    "Interpretation",
    "IprType",
    "LifecycleRule",
    "Limit",
    "Marketplace",
    "Metric",
    "PenaltyReading",
    "PenaltyRule",
    "PenaltyStep",
    "Platform",
    "ReasonCode",
    "Registrations",
    "Rule",
    "RuleBookData",
    "RuleSections",
    "Severity",
    "Source",
    "Target",
    "Threshold",
    "TimeUnit",
]


class Confidence(NamedEnum):
    """How sure the rule book is of a value.

    >>> from ipprules.rulebook import Confidence
    >>> Confidence("brief")
    <Confidence.BRIEF: 'brief'>
    >>> [m.value for m in Confidence]
    ['brief', 'official', 'third-party', 'inferred', 'user']
    """

    BRIEF = "brief"
    """Stated by the project's brief (part 0): the default reading."""
    OFFICIAL = "official"
    """Stated on an Alibaba, Lazada or IPP-operated page or an Alibaba-authored document."""
    THIRD_PARTY = "third-party"
    """Stated by a third-party guide, law firm, vendor or news report."""
    INFERRED = "inferred"
    """A researcher's conclusion that no source states word for word."""
    USER = "user"
    """Supplied by the user's own override file."""


class Answer(NamedEnum):
    """A yes/no question the rules may leave open.

    >>> from ipprules.rulebook import Answer
    >>> Answer("yes")
    <Answer.YES: 'yes'>
    >>> [m.value for m in Answer]
    ['yes', 'no', 'unknown']
    """

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Target(NamedEnum):
    """What a complaint targets (the form's "complaint type").

    >>> from ipprules.checks import Target
    >>> Target("listing")
    <Target.LISTING: 'listing'>
    >>> [m.value for m in Target]
    ['listing', 'storefront']
    """

    LISTING = "listing"
    STOREFRONT = "storefront"


#: A target's words, case, spaces, hyphens and underscores aside: ``listing`` and
#: ``storefront``, and the IPP form's complaint types "Product listing" and "Store front"
#: (R41).
_TARGET_WORDS = {
    "listing": Target.LISTING,
    "productlisting": Target.LISTING,
    "storefront": Target.STOREFRONT,
}


def read_target(word: object, name: str = "target") -> Target:
    """The target ``word`` names, on every surface that takes one (the advisor's and the
    planner's ``target``, ``--target``, a plan file's ``target`` cell): ``listing`` or
    ``storefront``, or the IPP form's complaint types "Product listing" and "Store front"
    (R41), in any case, with spaces, hyphens or underscores; a :class:`Target` is itself.
    Another ``str`` raises :class:`~ipprules.errors.UnknownNameError`, anything else
    :class:`TypeError`.

    >>> read_target("Store front"), read_target("product_listing")
    (<Target.STOREFRONT: 'storefront'>, <Target.LISTING: 'listing'>)
    >>> read_target("shop")
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: unknown target 'shop'; known: listing, ..., Store front
    """
    if not isinstance(word, str) or isinstance(word, Target):
        return require_member(word, Target, name)
    from ipprules._files import column_name

    word = plain(word)  # a str subclass's own __eq__/__hash__/strip is not called
    target = _TARGET_WORDS.get(column_name(word).replace("_", ""))
    if target is None:
        known = ["listing", "storefront", "Product listing", "Store front"]
        raise UnknownNameError(name, word, known)
    return target


class Severity(NamedEnum):
    """The class of an infringement for the seller's penalties.

    >>> from ipprules.rulebook import Severity
    >>> Severity("serious")
    <Severity.SERIOUS: 'serious'>
    >>> [m.value for m in Severity]
    ['serious', 'general']
    """

    SERIOUS = "serious"
    GENERAL = "general"


class Comparison(NamedEnum):
    """How a value is compared with a threshold.

    >>> from ipprules.rulebook import Comparison
    >>> Comparison(">")
    <Comparison.GT: '>'>
    >>> [m.value for m in Comparison]
    ['>', '>=', '<', '<=']
    """

    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="

    def holds(self, value: Fraction | int, threshold: Fraction | int) -> bool:
        """Whether ``value <op> threshold`` holds (exact arithmetic).

        >>> Comparison.GE.holds(Fraction(9, 10), Fraction(9, 10))
        True
        >>> Comparison.GT.holds(Fraction(9, 10), Fraction(9, 10))
        False
        """
        if self is Comparison.GT:
            return value > threshold
        if self is Comparison.GE:
            return value >= threshold
        if self is Comparison.LT:
            return value < threshold
        return value <= threshold

    @property
    def strict(self) -> bool:
        """True for ``>`` and ``<``."""
        return self in (Comparison.GT, Comparison.LT)


class DeadlineKind(NamedEnum):
    """Whether a time limit binds someone, is only an expectation, or is not documented."""

    DEADLINE = "deadline"
    EXPECTATION = "expectation"
    UNKNOWN = "unknown"


class DeadlineBound(NamedEnum):
    """How a time limit's source words its end: ``within`` N units (the end is included) or
    ``under`` N units (R92: Lazada IPP Plus processing "under 2 business days"). Counted from
    the event's date, both end on the same day (N units after an event at any hour fall on
    the Nth day, and "under" ends before that hour of it); the bound is carried so that the
    output says what the source says."""

    WITHIN = "within"
    UNDER = "under"


class TimeUnit(NamedEnum):
    BUSINESS_DAYS = "business_days"
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    HOURS = "hours"


class _Record:
    """Generic ``__repr__``, ``__eq__`` and ``__hash__`` for the records.

    attrs would generate (and compile) these for every class; one shared
    implementation keeps the first rule-book load fast. Output matches attrs'.
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        # a wrong type is a TypeError naming the field: sources="S1" is no two sources "S"
        # and "1", a float threshold or a NaN count no rule (it answered wrongly or raised)
        check_types(self)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, f.name) for f in attrs.fields(type(self)))  # type: ignore[arg-type]

    def __repr__(self) -> str:
        fields = attrs.fields(type(self))  # type: ignore[arg-type]
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash(
            (
                type(self),
                *(tuple(sorted(v.items())) if isinstance(v, dict) else v for v in self._values()),
            )
        )


# --------------------------------------------------------------------- envelopes


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Source(_Record):
    """Where a rule comes from."""

    id: str
    title: str
    url: str | None = None
    kind: Confidence = Confidence.OFFICIAL
    note: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Interpretation(_Record):
    """A named reading of the rules where sources disagree.

    Records tagged with an interpretation override, for that interpretation,
    the records of its ``base`` (and of every interpretation further down).
    """

    id: str
    title: str
    description: str
    base: str | None = None


#: The Good Faith upgrade trials an account took part in (R68, R70, R75): ``True`` every one,
#: ``False`` none, or the years the trials began (2015, 2018, 2021: the year of a record's
#: ``trial_from``), for an account in some of them only.
Trial = bool | frozenset[int]


def trial_of(value: object) -> Trial:
    """``value`` (a bool, or an iterable of the years the trials began) as a :data:`Trial`.

    >>> trial_of(True), trial_of([2021, 2018]) == frozenset({2018, 2021}), trial_of(())
    (True, True, False)
    """
    if isinstance(value, bool):
        return value
    kind = type(value)
    if kind.__module__ == "numpy" and kind.__name__ in ("bool_", "bool"):
        return require_bool(value, "trial")  # numpy's bool is a bool, as for member=
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise TypeError(
            f"trial must be a bool or the years the trials began, not {type(value).__name__}"
        )
    from ipprules._args import refuse_two_threads, refuse_used_stream

    refuse_used_stream(value, "trial")
    years: set[int] = set()
    try:
        for index, year in enumerate(value):  # checked as read: an endless generator stops
            # checked before a set hashes them (an object's own __hash__ may raise)
            if isinstance(year, bool) or not isinstance(year, int):
                raise TypeError(f"trial years must be ints, not {type(year).__name__}")
            if index == MAX_ITEMS:
                raise InputError(
                    f"trial: more than {MAX_ITEMS:,} years: at most {MAX_ITEMS:,} are read "
                    "(the reading limit of a list)"
                )
            years.add(int.__index__(year))
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "trial")  # one helper for every function taking the years
        raise
    return frozenset(years) or False


def trial_label(trial: bool | Iterable[int]) -> str:
    """The trials an account was in, as answers' headers show them (``""``: none).

    >>> trial_label(False), trial_label(True)
    ('', 'in every Good Faith trial')
    >>> trial_label((2021,)), trial_label({2021, 2018})
    ('in the Good Faith trial begun in 2021', 'in the Good Faith trials begun in 2018, 2021')
    """
    if isinstance(trial, bool):
        return "in every Good Faith trial" if trial else ""
    years = sorted(trial)
    if not years:
        return ""
    plural = "s" if len(years) > 1 else ""
    return f"in the Good Faith trial{plural} begun in {', '.join(map(str, years))}"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Rule(_Record):
    """The envelope every dated rule record carries."""

    id: str
    effective_from: dt.date
    effective_until: dt.date | None = None
    trial_from: dt.date | None = None
    interpretation: str | None = None
    sources: tuple[str, ...]
    confidence: Confidence
    rules: tuple[str, ...] = ()
    note: str = ""

    def in_force(self, day: dt.date, *, trial: Trial = False) -> bool:
        """Whether the record applies on ``day`` (for an account in its trial, ``trial``)."""
        start = self.start(trial=trial)
        return start <= day and (self.effective_until is None or day < self.effective_until)

    def cited(self) -> tuple[str, ...]:
        """Every rule id the record cites (``rules``; a registration record adds those it
        cites for one place only, :meth:`Registrations.cited`).

        >>> from ipprules import default_rulebook
        >>> default_rulebook().as_of("2026-12-02").registrations["aliexpress"].cited()
        ('B15', 'R34', 'R37', 'D7')
        """
        return self.rules

    def start(self, *, trial: Trial = False) -> dt.date:
        """The first day the record applies (for an account in its trial, ``trial``)."""
        if type(trial) is not bool and type(trial) is not frozenset:  # b"", "2021", [2021]
            trial = trial_of(trial)
        began = self.trial_from
        if began is None or trial is False:
            return self.effective_from
        if trial is True or began.year in trial:
            return began
        return self.effective_from


# ----------------------------------------------------------------------- records


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Platform(Rule):
    """A marketplace that IPP files complaints for."""

    name: str
    domains: tuple[str, ...] = ()
    """The site's registrable domains (``tmall.hk`` for Tmall Global): a platform typed by its
    site is named by them (:meth:`~ipprules.ResolvedRules.site_of`)."""
    group: str
    """``tao`` (Taobao family), ``international`` or ``lazada``."""
    country: str | None = None
    storefront_complaints: Answer = Answer.NO
    storefront_ipr_types: tuple[str, ...] = ()
    """The IPR types store-front complaints are documented for (empty: every type)."""
    caveat: str = ""
    """What the rule book cannot date on this platform before ``caveat_until`` (a start known
    to the month or the year only, R95): said with every answer for a date before it."""
    caveat_until: dt.date | None = None

    def storefront_for(self, ipr_type: str) -> Answer:
        """Whether a right of ``ipr_type`` can back a store-front complaint here: ``unknown``
        where the platform takes them but only for other types is documented (D13)."""
        answer = self.storefront_complaints
        types = self.storefront_ipr_types
        if answer is Answer.YES and types and ipr_type not in types:
            return Answer.UNKNOWN
        return answer


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Marketplace(Rule):
    """A marketplace that has no platform of its own in IPP and is filed as another."""

    name: str
    files_as: str | None
    known: Answer = Answer.YES
    domains: tuple[str, ...] = ()
    """The site's registrable domains (``goofish.com`` for Xianyu), as a platform's."""


#: Confidences a mark names, weakest last: a rule no Alibaba page or the brief states, or a
#: documented gap.
WEAK_CONFIDENCES = ("third-party", "inferred", "unknown")


def confidence_mark(confidence: str, rule_ids: tuple[str, ...] | list[str]) -> str:
    """The mark a result resting on a rule of weak ``confidence`` ends with, as a finding of
    ``check`` does, or ``""`` for a rule the brief or an official page states.

    >>> confidence_mark("third-party", ("R61", "D4")), confidence_mark("official", ("R60",))
    (' [confidence third-party: R61, D4]', '')
    >>> confidence_mark("unknown", ())
    ' [confidence unknown]'
    """
    if confidence not in WEAK_CONFIDENCES:
        return ""
    if not rule_ids:  # a gap the rule book has no record for
        return f" [confidence {confidence}]"
    return f" [confidence {confidence}: {', '.join(rule_ids)}]"


def weakest(*confidences: str) -> str:
    """The weakest of ``confidences`` (``unknown`` weaker than ``inferred``, weaker than
    ``third-party``, weaker than any other).

    >>> weakest("official", "inferred", "third-party")
    'inferred'
    """
    return max(
        confidences, key=lambda c: WEAK_CONFIDENCES.index(c) + 1 if c in WEAK_CONFIDENCES else 0
    )


def _confidence_on(
    platform: str, unknown: tuple[str, ...], inferred: tuple[str, ...], own: Confidence
) -> str:
    """``unknown`` or ``inferred`` where a record marks ``platform`` so, else its own
    confidence (a channel's, a reason code's class)."""
    if platform in unknown:
        return "unknown"
    if platform in inferred:
        return "inferred"
    return str(own.value)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Channel(Rule):
    """A way of filing: the IPP portal, the stand-alone form, or email (R16).

    ``None`` for a count the rules do not document (the email channel's); the channels a
    complaint is filed through (:data:`FILING_CHANNELS`) always have ``max_listings``.
    """

    name: str
    max_listings: int | None = None
    rights_per_complaint: int | None = 1
    reasons_per_complaint: int | None = 1
    registered_users: Answer = Answer.YES
    inferred_platforms: tuple[str, ...] = ()
    """Platforms the channel is taken to serve by the rule book's inference, no source saying
    so (the stand-alone form on Lazada under the brief: B2 names no platform, and its sources
    describe Alibaba's form): its confidence there is ``inferred``."""
    unknown_platforms: tuple[str, ...] = ()
    """Platforms where whether the channel serves them is a documented gap (the stand-alone
    form on Lazada under ``official``): a complaint filed through it there is ``unknown``."""

    def confidence_on(self, platform: str) -> str:
        """The channel's confidence on ``platform``: ``unknown``, ``inferred`` or the
        record's own.

        >>> from ipprules import default_rulebook
        >>> form = default_rulebook().as_of("2024-06-03").channel("standalone_form")
        >>> form.confidence_on("taobao"), form.confidence_on("lazada_sg")
        ('brief', 'inferred')
        """
        return _confidence_on(
            platform, self.unknown_platforms, self.inferred_platforms, self.confidence
        )


#: The channels a complaint or a plan is filed through: the checks and the planner split and
#: count listings by their ``max_listings``, so a rule book must give it for each.
FILING_CHANNELS = ("portal", "standalone_form")


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Limit(Rule):
    """A form limit not tied to a channel (attachments, sizes)."""

    value: int
    unit: str
    platforms: tuple[str, ...] = ()
    description: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class IprType(Rule):
    """A type of right: trademark, copyright, patent, other."""

    name: str
    subtypes: tuple[str, ...] = ()
    description: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class DocumentKind(Rule):
    """A document a filer may have to upload."""

    name: str
    description: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OtherReading(Rule):
    """A second reading of a document rule's text, named by ``id``, with its own dates,
    sources and confidence: on ``platforms`` (empty: wherever the rule applies) it answers
    ``accepted`` instead of the rule's answer, for the reason ``note`` says (B14 read against
    B8: unregistered copyright on Lazada).

    >>> from ipprules import default_rulebook
    >>> rule = default_rulebook().as_of("2026-12-02").document_rules[
    ...     "copyright_unregistered_international"]
    >>> [(o.id, o.accepted.value, o.rules) for o in rule.other_readings]
    [('b14-registered-only', 'no', ('B14', 'R34'))]
    """

    platforms: tuple[str, ...] = ()
    accepted: Answer


@attrs.frozen(kw_only=True, repr=False, eq=False)
class DocumentRule(Rule):
    """What a right needs, or whether it is accepted at all, under stated facts.

    The facts are a closed set: each is ``None`` (does not matter) or the value
    the right must have for the rule to apply. ``filed_from`` / ``filed_before``
    compare with the right's application date.
    """

    ipr_type: str
    subtypes: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    registered: bool | None = None
    renewed: bool | None = None
    assigned: bool | None = None
    changed: bool | None = None
    madrid: bool | None = None
    software: bool | None = None
    places: tuple[str, ...] = ()
    """The places of registration the rule is for (empty: any): a Madrid registration needs
    the China extension certificate where it is relied on as a China right (R25)."""
    filed_from: dt.date | None = None
    filed_before: dt.date | None = None
    accepted: Answer = Answer.YES
    requires: tuple[str, ...] = ()
    message: str
    unregistered_message: str | None = None
    """The message for a right never applied for (status ``unregistered``) where ``message``
    speaks of an application (``None``: ``message`` fits both): ``check`` words its refusal
    by the status it refuses."""
    other_readings: tuple[OtherReading, ...] = ()
    """Named readings of the same rule text that answer otherwise on some platforms
    (:class:`OtherReading`): the record's answer stays the default, and ``check`` names
    each reading that differs where the rule applies."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class PlaceRule(_Record):
    """A rule a platform's registration record cites for one place of registration only
    (R39 for a registration only in Hong Kong or Taiwan on the Taobao family): an answer
    on a right registered in ``place`` cites ``rules`` beside the record's own, and a
    refusal says ``note`` with ``confidence``.

    >>> from ipprules import default_rulebook
    >>> [(p.place, p.rules, p.confidence.value) for p in
    ...  default_rulebook().as_of("2026-12-02").registrations["taobao"].place_rules]
    [('HK', ('R39',), 'inferred'), ('TW', ('R39',), 'inferred')]
    """

    place: str
    rules: tuple[str, ...]
    confidence: Confidence
    note: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Registrations(Rule):
    """Which places of registration a platform accepts (the record id is the platform id).

    ``accepted`` holds ISO country codes (``CN`` is mainland China; ``HK``,
    ``TW``...) or ``*`` for any. ``known`` is ``unknown`` where the rules have a gap.
    ``place_rules`` are the rules cited for one place only (:class:`PlaceRule`).
    """

    accepted: tuple[str, ...] = ()
    preferred: tuple[str, ...] = ()
    known: Answer = Answer.YES
    place_rules: tuple[PlaceRule, ...] = ()

    def place_rule(self, place: str) -> PlaceRule | None:
        """The rule cited for a right registered in ``place`` only, if the record has one.

        >>> from ipprules import default_rulebook
        >>> taobao = default_rulebook().as_of("2026-12-02").registrations["taobao"]
        >>> taobao.place_rule("HK").rules, taobao.place_rule("CN")
        (('R39',), None)
        """
        if not isinstance(place, str):
            raise TypeError(f"place must be a str, got {type(place).__name__}")
        place = plain(place)  # a subclass's own __eq__ is not called
        return next((p for p in self.place_rules if p.place == place), None)

    def cited(self) -> tuple[str, ...]:
        """Every rule id the record cites: its own, then those it cites for one place only.

        >>> from ipprules import default_rulebook
        >>> default_rulebook().as_of("2026-12-02").registrations["taobao"].cited()
        ('B12', 'R34', 'R35', 'D7', 'R39')
        """
        return tuple(dict.fromkeys((*self.rules, *(r for p in self.place_rules for r in p.rules))))


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AccountRequirement(Rule):
    """A rule about the filer's account, identity documents or authorisation."""

    subject: str
    """``option``, ``identity_document``, ``name``, ``authorisation`` or ``organisation``."""
    location: str | None = None
    identity: str | None = None
    category: str | None = None
    platforms: tuple[str, ...] = ()
    documents_one_of: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    text: str


#: The tests an :class:`EvidenceRule` may name; each is implemented by the checks
#: (:mod:`ipprules.checks.evidence`), the record says when and where it applies.
EVIDENCE_TESTS: tuple[str, ...] = (
    "colour_or_sealed_copy",
    "class_pages",
    "translation",
    "evaluation_positive",
    "claim_statement",
    "company_chop",
    "registration_valid",
    "name_matches",
    "identity_photo",
    "identity_original",
    "authorisation_issuer",
    "authorisation_seal_or_signature",
    "authorisation_own_template",
    "authorisation_individual",
    "attachments",
    "one_ipr",
    "one_ipr_per_complaint",
    "number_as_printed",
    "mark_name",
    "abuse_genuine_goods",
    "abuse_authorised_reseller",
    "abuse_competitor",
    "authority_seal",
    "trademark_fields",
    "registrant_current",
)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class EvidenceRule(Rule):
    """A rule about the evidence itself: a quality a document or letter must have, or a
    complaint fact the rules forbid.

    ``test`` names the check that applies it (one of :data:`EVIDENCE_TESTS`);
    the other fields say where it applies (empty or ``None``: everywhere).
    ``documents`` are the document kinds it is about; ``ipr_types`` the types of
    the right a document is held for (a document held for no right, such as an
    account's, is not limited by it); ``incorporated`` the places of
    incorporation of an enterprise account (ISO codes).
    """

    test: str
    documents: tuple[str, ...] = ()
    ipr_types: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    identity: str | None = None
    incorporated: tuple[str, ...] = ()
    text: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ReasonCode(Rule):
    """A complaint reason in the catalogue (the official drop-down texts are not public).

    >>> from ipprules import default_rulebook
    >>> code = default_rulebook().as_of("2026-12-01").reason_code("cr_piracy")
    >>> code.ipr_type, code.severity, code.targets
    ('copyright', <Severity.SERIOUS: 'serious'>, (<Target.LISTING: 'listing'>,))
    >>> "aliexpress" in code.platforms
    True
    """

    label: str
    description: str
    ipr_type: str
    subtypes: tuple[str, ...] = ()
    platforms: tuple[str, ...]
    inferred_platforms: tuple[str, ...] = ()
    """Platforms (of ``platforms``) on which the code is offered by the rule book's inference,
    not by its sources' word: its confidence there is ``inferred`` (R54's texts are Taobao's;
    Tmall and Tmall Global follow by R30's shared TaoTian platform)."""
    targets: tuple[Target, ...] = (Target.LISTING,)
    evidence: tuple[str, ...] = ()
    """Documents (and ``order_number``) the reason needs: an error when missing."""
    recommended_evidence: tuple[str, ...] = ()
    """Documents the source recommends for the reason, without requiring them: a warning
    when missing (R54a: a design-patent ruling on Taobao)."""
    without_evidence: tuple[str, ...] = ()
    """Documents the reason is for the absence of: a warning when one is attached, another
    reason fitting it (R54b: "no judicial judgment or administrative ruling")."""
    severity: Severity = attrs.field(default=Severity.GENERAL, metadata={SCHEMA_ALSO: ("unknown",)})
    """The code's class (R51, R52). A file may write ``"unknown"`` (what ``rules section
    reason_codes --format json`` prints for a class no file states), read as not stating it
    (see ``severity_unstated_in``)."""
    severity_confidence: Confidence | None = None
    """How sure the class (``severity``) is where its sources give it (``None``: the record's
    own confidence): the class of a code can rest on other sources than the code itself."""
    severity_official_platforms: tuple[str, ...] = ()
    """Platforms (of ``platforms``) where an official source classes the code, above the
    class's own ``severity_confidence`` (AliExpress, R51, S40, where 1688's class is a third
    party's copy, R52): the class's confidence there is ``official``."""
    severity_inferred_platforms: tuple[str, ...] = ()
    """Platforms (of ``platforms``) where no source classes the code and the rule book carries
    the class over by inference (piracy as serious on the Taobao family, from R51 and R52):
    the class's confidence there is ``inferred``."""
    severity_unknown_platforms: tuple[str, ...] = ()
    """Platforms where the code's class is a documented gap: the sources that weigh that
    platform's violations name other kinds, not this one (Alibaba.com's serious violations are
    counterfeits, R86, R87; Lazada's points per kind name no piracy, R88): the class's
    confidence there is ``unknown``."""
    good_faith_only: bool = False
    lightens_burden: bool = False
    """Whether Good Faith members may file it without a supplement reason."""
    facts: tuple[str, ...] = ()
    """The infringement facts it fits (for the advisor)."""
    severity_unstated_in: str = attrs.field(default="", metadata={OMIT_IF_DEFAULT: True})
    """The user's file that gives this code no ``severity`` (the loader sets it; a file
    states it only with ``severity = "unknown"``, as ``rules section`` prints it): ``severity``
    is then the section's default, ``general``, which no source gives, so the class is
    ``unknown`` on every platform until the file states it. ``""`` for a code whose record
    states its class (every code of the embedded book). ``attrs.evolve`` keeps it, unless the
    copy is given ``severity="serious"`` (a stated class); to state ``general``, give
    ``severity_unstated_in=""`` too.

    >>> import attrs, datetime as dt
    >>> from ipprules.rulebook.model import Confidence, ReasonCode, Severity
    >>> code = ReasonCode(id="x", label="X", description="", ipr_type="trademark",
    ...     platforms=("taobao",), effective_from=dt.date(2015, 1, 6), sources=("U",),
    ...     confidence=Confidence.USER, severity_unstated_in="mine.toml")
    >>> attrs.evolve(code, label="Y").severity_confidence_on("taobao")
    'unknown'
    >>> attrs.evolve(code, severity=Severity.SERIOUS).severity_unstated_in
    ''
    """

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.severity_unstated_in and self.severity is not Severity.GENERAL:
            object.__setattr__(self, "severity_unstated_in", "")  # a class given: it is stated

    def severity_confidence_on(self, platform: str) -> str:
        """How sure the code's class (``severity``) is on ``platform``: ``unknown``,
        ``inferred`` or the class's own confidence.

        >>> from ipprules import default_rulebook
        >>> piracy = default_rulebook().as_of("2026-12-01").reason_code("cr_piracy")
        >>> [piracy.severity_confidence_on(p) for p in ("aliexpress", "taobao", "alibaba_com")]
        ['official', 'inferred', 'unknown']
        """
        if self.severity_unstated_in:  # a user's code without a class: not a sourced answer
            return "unknown"
        if platform in self.severity_official_platforms:
            return Confidence.OFFICIAL.value
        return _confidence_on(
            platform,
            self.severity_unknown_platforms,
            self.severity_inferred_platforms,
            self.severity_confidence or self.confidence,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, as ``ipprules rules section reason_codes --format json``
        gives it: the record's fields, where a class no file states is ``"unknown"`` with
        ``severity_unstated_in``, the file that gives the code no ``severity`` (the model's
        ``general`` is a placeholder there, not an answer).

        >>> from ipprules import default_rulebook
        >>> data = default_rulebook().as_of("2026-12-01").reason_code("cr_piracy").to_dict()
        >>> data["severity"], "severity_unstated_in" in data
        ('serious', False)
        """
        from ipprules._convert import unstructure

        record: dict[str, Any] = unstructure(self)
        if self.severity_unstated_in:
            record["severity"] = "unknown"
            record["severity_unstated_in"] = self.severity_unstated_in
        return record

    def to_dict(self) -> dict[str, Any]:
        """The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it."""
        return self.as_dict()


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Threshold(_Record):
    """A value to compare against, exactly.

    The value is a :class:`~fractions.Fraction`, never a float.

    >>> from fractions import Fraction
    >>> from ipprules import default_rulebook
    >>> rate = default_rulebook().as_of("2026-12-01").good_faith.takedown_rate
    >>> rate.comparison, rate.value
    (<Comparison.GT: '>'>, Fraction(9, 10))
    >>> rate.holds(Fraction(9, 10)), rate.holds(Fraction(91, 100))
    (False, True)
    """

    value: Fraction
    comparison: Comparison

    def holds(self, value: Fraction | int) -> bool:
        return self.comparison.holds(value, self.value)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class GoodFaithCriteria(Rule):
    """One version of the Good Faith Program's admission and removal criteria.

    >>> from ipprules import default_rulebook
    >>> criteria = default_rulebook().as_of("2026-12-01").good_faith
    >>> criteria.version, criteria.window_months, criteria.volume.value
    ('2022', 3, Fraction(100, 1))
    """

    version: str
    takedown_rate: Threshold
    counter_notice_rate: Threshold
    volume: Threshold | None = None
    """Complaints in the window; ``None`` where no floor applies."""
    window_months: int
    declaration_required: bool
    no_abuse_required: bool = True
    abuse_ever: bool = False
    """Whether an abuse finding on any earlier date bars admission (the brief's "no record of
    abusive complaints", B21, which states no window), not only one inside the window (the
    official lock-outs of 3 or 6 months after bad faith, R69, R82)."""
    abuse_locks_out_non_members: bool = False
    """Whether an abuse finding locks out an account that is not a member (for the removal
    lock-out), as it does a member it removes: the 2015 rules exclude *complainants* who fail
    the good-faith requirements for six months (R69, S54), member or not; from 2018 the
    lock-outs follow a removal from the programme or a withdrawal (R72, R73), which only a
    member undergoes, and R80's sanctions on malicious filers name no lock-out: a non-member's
    finding bars admission through ``no_abuse_required`` instead (B21; R82)."""
    per_reason_code: bool = False
    automatic_admission: bool = True
    lockout_removal_months: int
    lockout_withdrawal_months: int
    platforms: tuple[str, ...]
    not_assessed: tuple[str, ...] = ()
    """Conditions of the criteria a complaint history cannot settle (each standing says them)."""
    benefits: tuple[str, ...] = ()
    """What membership gives (B22, R76); empty where no source lists it for the version."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Metric(Rule):
    """How a Good Faith figure is counted: numerator and denominator over counters."""

    metric: str
    """``takedown_rate``, ``counter_notice_rate`` or ``volume``."""
    unit: str
    """``listing`` or ``complaint``."""
    numerator: tuple[str, ...]
    minus: tuple[str, ...] = ()
    """Counters taken off the numerator (the takedown rate: listings taken down, less those
    reinstated after an upheld counter-notice, B16)."""
    denominator: tuple[str, ...] = ()
    default: bool = False
    description: str = ""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Deadline(Rule):
    """A time limit or an expectation, counted from an event."""

    kind: DeadlineKind
    amount: int | None = None
    amount_max: int | None = None
    unit: TimeUnit | None = None
    platforms: tuple[str, ...] = ()
    inferred_platforms: tuple[str, ...] = ()
    """Platforms the rule is applied on by the rule book's inference, its source naming none
    of them (R61: the notice S25 reproduces names no platform, most likely Alibaba.com): its
    confidence there is ``inferred``."""
    starts_at: str
    who: str
    description: str
    bound: DeadlineBound = DeadlineBound.WITHIN
    """``under`` where the source says "under N" (R92, B19), else ``within``: the same last
    day (:class:`DeadlineBound`)."""

    def confidence_on(self, platform: str | None) -> str:
        """The rule's confidence on ``platform`` (``None``: anywhere it applies):
        ``inferred`` where its source does not name the platform, else the record's.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2024-06-03")
        >>> first = rules.deadline("counter_notice_round_1")
        >>> first.confidence_on("lazada_sg"), first.confidence_on(None)
        ('inferred', 'inferred')
        >>> rules.deadline("seller_response_alibaba_com").confidence_on("alibaba_com")
        'official'
        """
        return "inferred" if self.inferred_on(platform) else str(self.confidence.value)

    def inferred_on(self, platform: str | None) -> bool:
        """Whether the rule's source leaves ``platform`` unnamed (``None``: any platform)."""
        return bool(self.inferred_platforms) and (
            platform is None or platform in self.inferred_platforms
        )


@attrs.frozen(kw_only=True, repr=False, eq=False)
class PenaltyStep(_Record):
    """A rung of a points ladder."""

    points: int
    action: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class PenaltyReading(_Record):
    """A named other reading of a penalty rule the sources leave open: the standing keeps the
    record's answer (the default) and, where this reading answers otherwise, names it in
    :attr:`ipprules.penalties.PenaltyStanding.disputed_answers` with these rules, sources and
    confidence. ``name`` is one the engine knows (``r85_strikes_fixed``: a merged strike,
    fixed when it was counted, stays in force while any of its violations does, R85); it is
    in force with its record (the record's dates)."""

    name: str
    rules: tuple[str, ...]
    sources: tuple[str, ...]
    confidence: Confidence
    note: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class PenaltyRule(Rule):
    """What established complaints cost a seller on one platform (the id is the platform id)."""

    general_points_daily_cap: int | None = None
    serious_merge_days: int | None = None
    closure_serious_count: int | None = None
    closure_serious_per_right: int | None = None
    closure_points: int | None = None
    validity_days: int | None = None
    counter_notice_bar_points: int | None = None
    counter_notice_restores: bool | None = None
    """Whether an accepted counter-notice restores the points and counts of its violation from
    the day it is accepted (1688: ``True``, R64); ``False`` where the rules say it does not,
    ``None`` where they do not say (the standing then holds both answers)."""
    points: dict[str, int] = attrs.field(factory=ReadOnlyDict, converter=read_only)
    """Points per infringement kind (``counterfeit``...): the most a case can cost."""
    points_fixed: tuple[str, ...] = ()
    """The kinds whose points are what every case costs, not a maximum (Lazada's content
    infringement: 1 point, R88)."""
    ladder: tuple[PenaltyStep, ...] = ()
    serious_kinds: tuple[str, ...] = ()
    serious_confidence: Confidence | None = None
    """How sure ``serious_kinds`` is where it is less sure than the record (``None``: the
    record's own confidence): ``inferred`` where the sources give points per kind and name no
    class (Lazada, R88: counterfeits carry the most points), the points staying sourced."""
    ladder_confidence: Confidence | None = None
    """How sure ``ladder`` is where it is less sure than the record (``None``: the record's
    own confidence): ``third-party`` where the steps come from a third-party copy of the rules
    (Alibaba.com, R86: S42), the closure thresholds staying official."""
    ladder_rules: tuple[str, ...] = ()
    """The rules ``ladder`` rests on where they are fewer than the record's (``()``: the
    record's ``rules``): R86 for Alibaba.com's steps, whose record also cites R53, R87 and D10
    for what is established and what closes an account. The ladder step's confidence mark
    names these."""
    disputed_readings: tuple[PenaltyReading, ...] = ()
    """The named other readings of the record's rules that the standing answers beside the
    default (:class:`PenaltyReading`; AliExpress: ``r85_strikes_fixed``)."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class CounterNoticeRule(Rule):
    """What a platform asks of a seller's counter-notice (R63) or whom it bars from one (R64).

    ``requirement`` names the check (one of
    :data:`ipprules.counternotice.REQUIREMENTS`); ``value``, ``unit`` and ``comparison`` give
    its threshold where it has one (6 months, more than 20 pieces, 60 points or more).
    ``channel`` is where sellers counter-notify, for the ``channel`` requirement (R62: the
    platform's appeal page); it is stated to the filer, not checked.
    """

    requirement: str
    platforms: tuple[str, ...]
    ipr_types: tuple[str, ...] = ()
    value: int | None = None
    unit: str | None = None
    comparison: Comparison | None = None
    channel: str | None = None
    text: str


#: The starts a :class:`Deadline` may count from (``starts_at``), and who it may bind
#: (``who``): :data:`ipprules.lifecycle.states.STARTS_AT` maps each start to its event.
DEADLINE_STARTS: tuple[str, ...] = (
    "complaint_received",
    "complaint_filed",
    "counter_notice_received",
    "ipr_submitted",
    "notice_received",
)
DEADLINE_ACTORS: tuple[str, ...] = ("seller", "filer", "platform")
#: The longest deadline a rule book may hold, per unit: 100 years (a count from any date the
#: library takes, 1900 to 2999, then stays within the dates Python has).
DEADLINE_MAX_AMOUNT: Mapping[str, int] = MappingProxyType(
    {
        "business_days": 36_600,
        "working_days": 36_600,
        "calendar_days": 36_600,
        "hours": 36_600 * 24,
    }
)

#: The states and events of the complaint lifecycle, by value (the machine's enums,
#: :class:`ipprules.lifecycle.State` and :class:`ipprules.lifecycle.Event`, have exactly these):
#: what a :class:`LifecycleRule` may name.
LIFECYCLE_STATES: tuple[str, ...] = (
    "pending_verification",
    "under_review",
    "rejected",
    "taken_down",
    "counter_notified_1",
    "counter_notified_2",
    "counter_notified_3",
    "counter_notice_rejected_1",
    "counter_notice_rejected_2",
    "reinstated_by_filer",
    "reinstated_by_platform",
    "withdrawn",
    "withdrawn_before_takedown",
    "closed",
)
LIFECYCLE_EVENTS: tuple[str, ...] = (
    "ipr_verified",
    "ipr_refused",
    "takedown",
    "reject",
    "counter_notice_filed",
    "counter_notice_window_expired",
    "filer_accepts_counter_notice",
    "filer_rejects_counter_notice",
    "platform_accepts_counter_notice",
    "platform_rejects_counter_notice",
    "withdraw",
)
_COUNTER_NOTIFIED = ("counter_notified_1", "counter_notified_2", "counter_notified_3")
_CHANCES = ("taken_down", "counter_notice_rejected_1", "counter_notice_rejected_2")
#: The states each event has a move from in the lifecycle's transition table, under any reading
#: (:func:`ipprules.lifecycle.transitions` holds the same pairs): the states a
#: :class:`LifecycleRule`'s ``states`` may name for its ``event``.
LIFECYCLE_MOVES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "ipr_verified": ("pending_verification",),
        "ipr_refused": ("pending_verification",),
        "takedown": ("under_review",),
        "reject": ("under_review",),
        "counter_notice_filed": _CHANCES,
        "counter_notice_window_expired": _CHANCES,
        "filer_accepts_counter_notice": _COUNTER_NOTIFIED,
        "filer_rejects_counter_notice": _COUNTER_NOTIFIED,
        "platform_accepts_counter_notice": _COUNTER_NOTIFIED,
        "platform_rejects_counter_notice": _COUNTER_NOTIFIED,
        "withdraw": (
            "under_review",
            "taken_down",
            *_COUNTER_NOTIFIED,
            "counter_notice_rejected_1",
            "counter_notice_rejected_2",
        ),
    }
)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class LifecycleRule(Rule):
    """Where the complaint lifecycle depends on the reading: the states an event is allowed
    in (B20's withdrawal window against R65's none), or whether the filer can take it for many
    listings in one action (B20's batch rejection of counter-notices, a gap in R67).

    ``states`` (when not empty) are the states in which ``event`` is allowed: the transition
    table (:func:`ipprules.lifecycle.transitions`) holds every move of the event under any
    reading, and this record keeps those that leave one of these states (each must have a move
    of ``event``: :data:`LIFECYCLE_MOVES`). Where no record in force sets the states of an
    event, only the moves every reading allows apply (a withdrawal while under review needs a
    record that allows it). ``batch`` answers
    whether the filer can apply ``event`` to many listings at once (``unknown`` where the
    rules have a gap); ``None`` where the record does not speak of batches. In a rule book,
    one record id per event sets ``states`` and one sets ``batch``.
    """

    event: str
    states: tuple[str, ...] = ()
    batch: Answer | None = None
    text: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RuleSections(_Record):
    """The sources, interpretations and dated sections a rule book (or an override file) holds."""

    sources: tuple[Source, ...] = ()
    interpretations: tuple[Interpretation, ...] = ()
    platforms: tuple[Platform, ...] = ()
    marketplaces: tuple[Marketplace, ...] = ()
    channels: tuple[Channel, ...] = ()
    limits: tuple[Limit, ...] = ()
    ipr_types: tuple[IprType, ...] = ()
    documents: tuple[DocumentKind, ...] = ()
    document_rules: tuple[DocumentRule, ...] = ()
    registrations: tuple[Registrations, ...] = ()
    account_requirements: tuple[AccountRequirement, ...] = ()
    evidence_rules: tuple[EvidenceRule, ...] = ()
    reason_codes: tuple[ReasonCode, ...] = ()
    good_faith: tuple[GoodFaithCriteria, ...] = ()
    metrics: tuple[Metric, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    penalties: tuple[PenaltyRule, ...] = ()
    counter_notice: tuple[CounterNoticeRule, ...] = ()
    lifecycle: tuple[LifecycleRule, ...] = ()
    rule_sources: dict[str, tuple[str, ...]] = attrs.field(
        factory=ReadOnlyDict, converter=read_only
    )
    """The sources the domain reference names for each rule it states (``R82``: S13, S54,
    S11, in its order; a rule of the brief: BRIEF; an inferred rule: none), whatever record
    cites it (:meth:`~ipprules.RuleBook.rule_sources`); an override's replace the book's
    for the rules it names."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RuleBookData(RuleSections):
    """The whole rule book as it is stored: every record of every date."""

    name: str
    version: str
    coverage_from: dt.date
    coverage_until: dt.date | None = None
    default_interpretation: str = "brief"


#: The dated sections of a rule book, in display order.
SECTIONS: tuple[str, ...] = (
    "platforms",
    "marketplaces",
    "channels",
    "limits",
    "ipr_types",
    "documents",
    "document_rules",
    "registrations",
    "account_requirements",
    "evidence_rules",
    "reason_codes",
    "good_faith",
    "metrics",
    "deadlines",
    "penalties",
    "counter_notice",
    "lifecycle",
)
