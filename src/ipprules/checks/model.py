"""The domain model of a complaint plan: the account, its rights and the complaints to file.

Every class is frozen and slotted; closed sets are enums. The plan file format
(TOML or JSON) is exactly these classes, structured by the one strict converter
(:mod:`ipprules._convert`), so unknown keys, wrong types and bad dates are
reported with their JSON path. Ids that refer to the rule book (platforms,
reason codes, documents) are plain strings: the checks, not the file format,
say whether they exist on the filing date.

>>> plan = Plan(
...     account=Account(name="Acme Ltd", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE),
...     rights=(Right(id="tm-1", ipr_type=IprType.TRADEMARK, place="CN"),),
...     complaints=(
...         Complaint(id="c1", platform="taobao", right="tm-1", reason="tm_counterfeit"),
...     ),
... )
>>> plan.right("tm-1").place
'CN'
>>> plan.complaints[0].target
<Target.LISTING: 'listing'>

A flag is a bool (``None`` too where it may be unknown, as ``Document.colour``); any other
value is a TypeError naming the field, as a file's is an InputError at its path:

>>> Account(name="Acme", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE,
...         good_faith="no")
Traceback (most recent call last):
...
TypeError: Account.good_faith must be a bool (True or False), got str
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
import unicodedata
from collections.abc import Sequence

import attrs

from ipprules._args import (
    optional_of,
    refuse_lone_str,
    refuse_two_threads,
    require_bool,
    require_iterable,
)
from ipprules._convert import (
    ONE_OR_MANY,
    ONE_PER,
    PATTERN,
    PATTERN_CHECK,
    PATTERN_MISS,
    PATTERN_TEXT,
    SCHEMA_PATTERN,
)
from ipprules._dates import optional_date_field
from ipprules._places import place_named, place_slip, schema_pattern
from ipprules._table import shown_html
from ipprules._vocab import NamedEnum
from ipprules.errors import InputError, plain, quoted
from ipprules.rulebook.model import Target

__all__ = [
    "Account",
    "Authorisation",
    "Category",
    "ChannelId",
    "Complaint",
    "Conclusion",
    "Document",
    "DocumentSpec",
    "Identity",
    "IprType",
    "Location",
    "MarkKind",
    "PatentSubtype",
    "PendingAssignment",
    "Plan",
    "Right",
    "RightStatus",
    "StatementForm",
    "Target",
    "Verification",
]


# Dates given at construction: a date, a datetime (its date) or a 'YYYY-MM-DD' string, as
# everywhere in the public API; anything else is a TypeError naming the field.


def _issued(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "issued")


def _valid_from(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "valid_from")


def _valid_until(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "valid_until")


def _filing_date(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "filing_date")


def _registration_date(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "registration_date")


def _expiry_date(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "expiry_date")


def _as_of(value: dt.date | str | None) -> dt.date | None:
    return optional_date_field(value, "as_of")


# Flags given at construction: a bool (NumPy's bool is one: ``bool`` of it), or for a flag
# that may be unknown also ``None``; anything else ("no", 0, 1) is a TypeError naming the
# class and the field, not a truth value (``Account(good_faith="no")`` read as a member).


@functools.cache
def _flag_fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """The flags of the library's record class ``cls``: (name, whether ``None`` is allowed).
    Read from the type hints: a field's ``type`` is the annotation's text until the file
    converter resolves it to the type."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (field.name, hints[field.name] is not bool)
        for field in attrs.fields(cls)
        if hints[field.name] in (bool, bool | None)
    )


def _dates_in_order(record: object, *pairs: tuple[str, str, str]) -> None:
    """Refuse two dates of ``record`` that cannot be in their order: for each ``(first,
    then, what)``, a ``then`` date before the ``first`` one is an
    :class:`~ipprules.errors.InputError` at ``$.then`` (a plan file places it at its path,
    file and line; most likely the two dates were swapped), not answered as an expired or
    not yet valid right or document. A date outside the dates a file can hold is left to
    its own refusal (the check's, naming the range), which says more than the order."""
    from ipprules._dates import FIRST_DATE, LAST_DATE

    for first, then, what in pairs:
        before, after = getattr(record, first), getattr(record, then)
        if before is None or after is None:
            continue
        if not (FIRST_DATE <= before <= LAST_DATE and FIRST_DATE <= after <= LAST_DATE):
            continue
        if after < before:
            raise InputError(
                f"{then} {after} is before {first} {before}: {what} (are the two dates swapped?)",
                path=f"$.{then}",
            )


def _check_flags(record: object, cls: type) -> None:
    """Refuse a flag of ``record`` (of the library's class ``cls``) that is not a bool."""
    for name, optional in _flag_fields(cls):
        value = getattr(record, name)
        if value is True or value is False or (optional and value is None):
            continue
        where = f"{cls.__name__}.{name}"
        try:
            shown = require_bool(value, where)
        except TypeError:
            if not optional:
                raise
            kind = type(value).__name__
            raise TypeError(f"{where} must be True, False or None, got {kind}") from None
        object.__setattr__(record, name, shown)  # NumPy's bool: the bool it stands for


#: A place of registration or incorporation: a two-letter code (ISO 3166 and the WIPO
#: ST.3 codes such as EU and WO), any case; files are checked against it where they are read.
PLACE_PATTERN = r"^[A-Za-z]{2}$"
_PLACE_TEXT = "a two-letter code (CN is mainland China; HK, TW, US, EU, WO...)"
_PLACE = re.compile(PLACE_PATTERN)


def _not_registered(code: str) -> str:
    """Why a two-letter ``code`` is no place of registration, else ``""`` (the rules files'
    one rule, :func:`ipprules._places.place_slip`)."""
    slip = place_slip(code.upper())
    return f"{code!r} is not a place of registration ({slip})" if slip else ""


def _not_incorporated(code: str) -> str:
    slip = place_slip(code.upper())
    return f"{code!r} is not a place of incorporation ({slip})" if slip else ""


def _place_meant(value: str) -> str:
    """`` (did you mean 'MY'?)`` after a place named in words (``Malaysia``), or typed in
    full-width letters (``ＣＮ``, a Chinese input method's: ``in ASCII letters``), else ``""``.

    >>> _place_meant("Malaysia"), _place_meant("ＣＮ"), _place_meant("Narnia")
    (" (did you mean 'MY'?)", " (did you mean 'CN', in ASCII letters?)", '')
    """
    folded = unicodedata.normalize("NFKC", value[:60]).strip()
    if folded != value.strip() and _PLACE.fullmatch(folded):
        return f" (did you mean {folded.upper()!r}, in ASCII letters?)"
    named = place_named(folded)
    return f" (did you mean {named!r}?)" if named is not None else ""


_PLACE_FIELD = {
    PATTERN: PLACE_PATTERN,
    PATTERN_MISS: _place_meant,
    PATTERN_TEXT: _PLACE_TEXT,
    PATTERN_CHECK: _not_registered,
    SCHEMA_PATTERN: schema_pattern(),  # the schema refuses what the check refuses
}
_INCORPORATED_FIELD = {**_PLACE_FIELD, PATTERN_CHECK: _not_incorporated}


def place_code(value: str, what: str = "place") -> str:
    """A two-letter place code, upper-cased; anything else is an
    :class:`~ipprules.errors.InputError` (a name such as ``China`` would be compared with
    the codes the rules hold, CN, HK..., and refused or ignored for the wrong reason), as is
    a code that is neither ISO 3166-1 alpha-2 nor a regional office's (``UK``: the United
    Kingdom is ``GB``), by the rule a rules file's places are checked with.

    >>> place_code("cn")
    'CN'
    >>> place_code("China")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.place: expected a two-letter code (CN is mainland China; ...
    >>> place_code("uk")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.place: 'uk' is not a place of registration (not an ISO ...
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    value = plain(value)  # a str subclass's own upper (or repr) is never called
    if not _PLACE.fullmatch(value):  # (match: "$" also before a final line break)
        raise InputError(
            f"expected {_PLACE_TEXT}, got {quoted(value, 40)}{_place_meant(value)}",
            path=f"$.{what}",
        )
    why = (_not_incorporated if what == "incorporated" else _not_registered)(value)
    if why:  # the rules files' one rule (rules53)
        raise InputError(why, path=f"$.{what}")
    return value.upper()


def _place(value: str) -> str:
    return place_code(value, "place")


def _incorporated(value: str | None) -> str | None:
    return None if value is None else place_code(value, "incorporated")


class Location(NamedEnum):
    """Where the IP owner is (a registration choice, B4).

    >>> from ipprules.checks import Location
    >>> Location("mainland_china")
    <Location.MAINLAND_CHINA: 'mainland_china'>
    >>> [m.value for m in Location]
    ['mainland_china', 'elsewhere']
    """

    MAINLAND_CHINA = "mainland_china"
    ELSEWHERE = "elsewhere"


class Identity(NamedEnum):
    """Who the IP owner is: an individual or an enterprise (B4).

    >>> from ipprules.checks import Identity
    >>> Identity("individual")
    <Identity.INDIVIDUAL: 'individual'>
    >>> [m.value for m in Identity]
    ['individual', 'enterprise']
    """

    INDIVIDUAL = "individual"
    ENTERPRISE = "enterprise"


class Category(NamedEnum):
    """The registrant category: the right holder itself, or an authorised agent (B4).

    >>> from ipprules.checks import Category
    >>> Category("right_holder")
    <Category.RIGHT_HOLDER: 'right_holder'>
    >>> [m.value for m in Category]
    ['right_holder', 'agent']
    """

    RIGHT_HOLDER = "right_holder"
    AGENT = "agent"


class IprType(NamedEnum):
    """The type of a right (B6).

    >>> from ipprules.checks import IprType
    >>> IprType("trademark")
    <IprType.TRADEMARK: 'trademark'>
    >>> [m.value for m in IprType]
    ['trademark', 'copyright', 'patent', 'other']
    """

    TRADEMARK = "trademark"
    COPYRIGHT = "copyright"
    PATENT = "patent"
    OTHER = "other"

    @classmethod
    def hint_for(cls, value: object) -> str:
        """What to write for a kind of patent given as the type (B6: designs are filed as
        Patent).

        >>> IprType.hint_for("design")
        'design is a kind of patent: write ipr_type "patent" with subtype "design" (B6)'
        >>> IprType.hint_for("brand")
        ''
        """
        kinds = {kind.value for kind in PatentSubtype}
        if isinstance(value, str) and value in kinds:
            return (
                f'{value} is a kind of patent: write ipr_type "patent" with subtype "{value}" (B6)'
            )
        return ""


class PatentSubtype(NamedEnum):
    """The kind of a patent (R17).

    >>> from ipprules.checks import PatentSubtype
    >>> PatentSubtype("invention")
    <PatentSubtype.INVENTION: 'invention'>
    >>> [m.value for m in PatentSubtype]
    ['invention', 'utility_model', 'design']
    """

    INVENTION = "invention"
    UTILITY_MODEL = "utility_model"
    DESIGN = "design"


class MarkKind(NamedEnum):
    """What a trademark shows, which decides what its name field holds (R21).

    >>> from ipprules.checks import MarkKind
    >>> MarkKind("word")
    <MarkKind.WORD: 'word'>
    >>> [m.value for m in MarkKind]
    ['word', 'figurative', 'combination']
    """

    WORD = "word"
    """A word mark: the name is the word."""
    FIGURATIVE = "figurative"
    """A figurative (device) mark: the name briefly describes the device."""
    COMBINATION = "combination"
    """Words and a device: the name describes both."""


class PendingAssignment(NamedEnum):
    """What the registrant field holds while an assignment of the right is still pending
    (R23). The FAQ (S5) offers two options; the first is to enter the currently valid
    registrant, and the rest of its text is cut off: only ``current_registrant`` is
    documented, any other entry is a documented gap (``unknown``).

    >>> from ipprules.checks import PendingAssignment
    >>> PendingAssignment("current_registrant")
    <PendingAssignment.CURRENT_REGISTRANT: 'current_registrant'>
    >>> [p.value for p in PendingAssignment]
    ['current_registrant', 'assignee', 'other']
    """

    CURRENT_REGISTRANT = "current_registrant"
    """The registrant entered is the currently valid one, as the office's website shows it."""
    ASSIGNEE = "assignee"
    """The registrant entered is the party the right is being assigned to."""
    OTHER = "other"
    """Something else (both parties, a name not yet registered...)."""


class RightStatus(NamedEnum):
    """Whether a right is registered, only applied for, or (copyright) never registered.

    >>> from ipprules.checks import RightStatus
    >>> RightStatus("registered")
    <RightStatus.REGISTERED: 'registered'>
    >>> [m.value for m in RightStatus]
    ['registered', 'pending', 'unregistered']
    """

    REGISTERED = "registered"
    PENDING = "pending"
    UNREGISTERED = "unregistered"


class Verification(NamedEnum):
    """Alibaba's verification of an uploaded right (B11, R7).

    >>> from ipprules.checks import Verification
    >>> Verification("verified")
    <Verification.VERIFIED: 'verified'>
    >>> [m.value for m in Verification]
    ['verified', 'pending', 'failed']
    """

    VERIFIED = "verified"
    PENDING = "pending"
    FAILED = "failed"


class ChannelId(NamedEnum):
    """How a complaint is filed: the IPP portal or the stand-alone form (B1, B2).

    >>> from ipprules.checks import ChannelId
    >>> ChannelId("portal")
    <ChannelId.PORTAL: 'portal'>
    >>> [m.value for m in ChannelId]
    ['portal', 'standalone_form']
    """

    PORTAL = "portal"
    STANDALONE_FORM = "standalone_form"


class Conclusion(NamedEnum):
    """The conclusion of a patent right evaluation report (R30).

    >>> from ipprules.checks import Conclusion
    >>> Conclusion("positive")
    <Conclusion.POSITIVE: 'positive'>
    >>> [m.value for m in Conclusion]
    ['positive', 'negative']
    """

    POSITIVE = "positive"
    NEGATIVE = "negative"


class StatementForm(NamedEnum):
    """How a copyright claim statement was made (R28).

    >>> from ipprules.checks import StatementForm
    >>> StatementForm("template")
    <StatementForm.TEMPLATE: 'template'>
    >>> [m.value for m in StatementForm]
    ['template', 'own', 'word_file']
    """

    TEMPLATE = "template"
    """IPP's downloaded template."""
    OWN = "own"
    """A statement of the holder's own, not the template."""
    WORD_FILE = "word_file"
    """A Word file (not accepted)."""


@attrs.frozen(kw_only=True)
class Document:
    """A document held: its rule-book kind and the qualities the rules ask about.

    In a plan file a document is either a bare kind (``"trademark_certificate"``:
    held, qualities unknown) or a table with these fields. Every quality is
    ``None`` (not stated) unless given; a rule that needs a quality not stated
    answers ``unknown`` and names the field to add.

    * ``kind``: a rule-book document id (``ipprules rules documents``).
    * ``original``: ``true`` for a scan or photo of the original, ``false`` for a copy
      (a personal identity document must be the original, R4).
    * ``colour``: ``true`` for colour, ``false`` for black-and-white (R19, R27).
    * ``sealed``: carries an entity's seal (for a company incorporated in China, its red
      company chop, R4); ``signed``: signed by an individual; ``signed_by``: who sealed
      or signed it.
    * ``issuer``: who issued it; ``name``: the name on it (holder, registrant, company, R5).
    * ``photo``: a personal identity document (identity card, passport, driving licence)
      shows the holder's photo (R4).
    * ``authority_seal``: a registration certificate bears the seal of the authority that
      issued it (R18 gives such certificates as its example of proof; ``false`` is a
      warning, not stated is no finding).
    * ``issued`` / ``valid_until``: its dates (a Hong Kong business registration
      certificate must be valid on the filing date, R4).
    * ``language``: the language it is written in: an ISO 639 code (``en``, ``zh-Hans``,
      ``de``...) or a language's name (``English``, ``Simplified Chinese``, ``中文``,
      ``Deutsch``...), several joined by ``/`` (``English/Chinese``); a value that names no
      language, or a country's code (``CN``, ``UK``), is refused
      (:mod:`ipprules.checks.languages`);
      ``translation``: whether an English or Chinese translation is attached (R14);
      ``translation_certified``: whether that translation is certified (R14 does not say
      whether it must be: a translation not stated certified is ``unknown``).
    * ``conclusion``: a patent evaluation report's conclusion (R30).
    * ``statement_form``, ``completed``: a copyright claim statement's form and whether it
      is filled in (R28; signing is ``sealed`` / ``signed``).
    * ``class_pages``: the classes whose certificate pages are uploaded, one page each (R20).
    * ``size_mb``: the size of the uploaded file, in MB (attachment limits, R47).

    >>> Document(kind="trademark_certificate", colour=False, sealed=True).kind
    'trademark_certificate'
    >>> Document.of("patent_certificate") == Document(kind="patent_certificate")
    True
    """

    #: In a plan file, a bare string stands for a document with only this field.
    __shorthand__ = "kind"

    kind: str
    original: bool | None = None
    colour: bool | None = None
    sealed: bool | None = None
    signed: bool | None = None
    signed_by: str = ""
    issuer: str = ""
    name: str = ""
    photo: bool | None = None
    authority_seal: bool | None = None
    issued: dt.date | None = attrs.field(default=None, converter=_issued)
    valid_until: dt.date | None = attrs.field(default=None, converter=_valid_until)
    language: str | None = None
    translation: bool | None = None
    translation_certified: bool | None = None
    conclusion: Conclusion | None = None
    statement_form: StatementForm | None = None
    completed: bool | None = None
    class_pages: tuple[int, ...] | None = None
    size_mb: float | None = None

    def __attrs_post_init__(self) -> None:
        _check_flags(self, Document)
        _dates_in_order(
            self, ("issued", "valid_until", "a document is not valid until before it is issued")
        )

    @classmethod
    def of(cls, value: DocumentSpec) -> Document:
        """A document from a bare kind or a document (returned as is)."""
        return value if isinstance(value, Document) else cls(kind=value)


#: A document as a caller may give it: a bare rule-book kind, or a :class:`Document`.
DocumentSpec = Document | str


def _documents_named(
    values: tuple[DocumentSpec, ...] | list[DocumentSpec], name: str
) -> tuple[Document, ...]:
    """The documents of a field ``name``: a list or tuple of them (a bare kind or a
    :class:`Document` each). A lone ``str`` is a TypeError, not its characters read as one
    document each (``documents="trademark_certificate"`` made 21 documents)."""
    refuse_lone_str(values, name, "documents")
    try:
        return tuple(Document.of(v) for v in require_iterable(values, name, "documents"))
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, name)  # one converter for every record's documents
        raise


def _documents(values: tuple[DocumentSpec, ...] | list[DocumentSpec]) -> tuple[Document, ...]:
    return _documents_named(values, "documents")


def _evidence(values: tuple[DocumentSpec, ...] | list[DocumentSpec]) -> tuple[Document, ...]:
    return _documents_named(values, "evidence")


@attrs.frozen(kw_only=True)
class Authorisation:
    """A letter of authorisation (POA) from the rights holder to the filing agent.

    ``rights`` and ``platforms`` are its scope (empty: every right, every
    platform); ``valid_from`` / ``valid_until`` its validity (inclusive, open
    where not given). ``states_scope`` and ``states_validity`` say whether the
    letter itself states them (required on Taobao, R32, a third-party source; on Tmall
    and Tmall Global by inference).

    What the letter is (R10-R13; ``None``: not stated, so a rule that needs it
    answers ``unknown``):

    * ``issuer``: who issued it (it must be the rights holder, R10);
      ``issuer_identity``: whether the issuer is an individual or an enterprise;
    * ``template``: ``true`` for IPP's auto-generated template (R11), ``false``
      for the holder's own (R12);
    * ``sealed`` / ``signed``: carries the entity's official seal / a signature;
      ``handwritten``: the signature is handwritten; ``signatory_title``: the
      signatory's job title is on it (R12, R13);
    * ``grants_enforcement``: it explicitly grants the right to enforce the IPRs
      on Alibaba's platforms (R10, R12);
    * ``language`` / ``translation`` / ``translation_certified``: as for a
      :class:`Document` (R14).

    >>> from ipprules.checks import Authorisation
    >>> letter = Authorisation(rights=("tm-cn-9",), platforms=("taobao",),
    ...                        valid_until="2027-06-30", states_scope=True)
    >>> letter.valid_until, letter.valid_from, letter.sealed
    (datetime.date(2027, 6, 30), None, None)
    """

    rights: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    valid_from: dt.date | None = attrs.field(default=None, converter=_valid_from)
    valid_until: dt.date | None = attrs.field(default=None, converter=_valid_until)
    states_scope: bool = False
    states_validity: bool = False
    issuer: str = ""
    issuer_identity: Identity | None = None
    template: bool | None = None
    sealed: bool | None = None
    signed: bool | None = None
    handwritten: bool | None = None
    signatory_title: bool | None = None
    grants_enforcement: bool | None = None
    language: str | None = None
    translation: bool | None = None
    translation_certified: bool | None = None

    def __attrs_post_init__(self) -> None:
        _check_flags(self, Authorisation)
        _dates_in_order(
            self, ("valid_from", "valid_until", "a letter's validity cannot end before it starts")
        )


@attrs.frozen(kw_only=True)
class Account:
    """The IPP account that files the complaints.

    ``documents`` are the identity documents it holds (:class:`Document` s, or
    bare rule-book kinds such as ``business_registration``); ``complaints_filed``
    is its track record (complaints filed before this plan). ``incorporated`` is
    where an enterprise is incorporated (ISO code, ``CN``, ``HK``...; R4); not
    given, an enterprise located in mainland China counts as incorporated there.
    ``good_faith_trial``: the account was in the trials of the Good Faith upgrades
    (R68, R70, R75); ``good_faith_trials``: the years the trials it was in began (2015,
    2018, 2021), for an account in some of them only (give one or the other: a plan giving
    both is refused where it is read, as ``--trial`` with ``--trial-years`` is).
    ``organisation``: the account is a rights-protection organisation acting for rights
    holders, which registers as identity Individual with registrant category agent (B4).

    >>> import ipprules
    >>> account = ipprules.read_plan("examples/plan.toml").account
    >>> account.name, account.identity.value, account.incorporated, account.complaints_filed
    ('Lumen Optics Co., Ltd.', 'enterprise', 'HK', 40)
    >>> account.trial
    False
    """

    name: str
    location: Location
    identity: Identity
    category: Category = Category.RIGHT_HOLDER
    documents: tuple[Document, ...] = attrs.field(default=(), converter=_documents)
    authorisations: tuple[Authorisation, ...] = ()
    good_faith: bool = False
    good_faith_trial: bool = False
    good_faith_trials: tuple[int, ...] = ()
    registered: bool = True
    complaints_filed: int = 0
    incorporated: str | None = attrs.field(
        default=None, converter=_incorporated, metadata=_INCORPORATED_FIELD
    )
    organisation: bool = False

    def __attrs_post_init__(self) -> None:
        _check_flags(self, Account)

    @property
    def trial(self) -> bool | frozenset[int]:
        """The trials the account was in, as the rule book takes them (``trial=``)."""
        return (
            frozenset(self.good_faith_trials) if self.good_faith_trials else self.good_faith_trial
        )


@attrs.frozen(kw_only=True)
class Right:
    """A right (IPR) uploaded to IPP.

    ``place`` is where it is registered (ISO code; ``CN`` is mainland China);
    ``documents`` are the documents held for it (certificates, reports,
    statements: :class:`Document` s or bare rule-book kinds). ``advised``
    records that Alibaba's advice was sought first (recommended for the
    ``other`` type, B10). ``renewed``, ``assigned`` and ``changed`` say the
    right was renewed, transferred or altered: for every IPR type the document
    of that change is then needed (R18; for trademarks R24). ``mark`` is what a
    trademark shows (word, figurative, combination), which decides what its
    ``name`` holds (R21). ``name``, ``number``, ``registrant``, ``classes`` and
    ``expiry_date`` are fields of a trademark's IPP form (B7): a registered
    trademark without one is a warning; ``number`` is the number alone as printed
    (R22), ``registrant`` the current holder (R23), ``classes`` Nice classes 1-45.
    ``pending_assignment`` says an assignment of the right is still pending and what
    ``registrant`` then holds (R23, :class:`PendingAssignment`; ``None``: none is pending).

    >>> import ipprules
    >>> right = ipprules.read_plan("examples/plan.toml").rights[0]
    >>> right.id, right.ipr_type.value, right.place, right.number, right.classes
    ('tm-cn-9', 'trademark', 'CN', '31234567', (9,))
    >>> [d.kind for d in right.documents]
    ['trademark_certificate']
    """

    id: str
    ipr_type: IprType
    subtype: PatentSubtype | None = None
    place: str = attrs.field(default="CN", converter=_place, metadata=_PLACE_FIELD)
    name: str = ""
    mark: MarkKind | None = None
    number: str = ""
    status: RightStatus = RightStatus.REGISTERED
    filing_date: dt.date | None = attrs.field(default=None, converter=_filing_date)
    registration_date: dt.date | None = attrs.field(default=None, converter=_registration_date)
    expiry_date: dt.date | None = attrs.field(default=None, converter=_expiry_date)
    classes: tuple[int, ...] = ()
    registrant: str = ""
    documents: tuple[Document, ...] = attrs.field(default=(), converter=_documents)
    renewed: bool = False
    assigned: bool = False
    pending_assignment: PendingAssignment | None = None
    changed: bool = False
    madrid: bool = False
    software: bool = False
    verification: Verification = Verification.VERIFIED
    advised: bool = False

    def __attrs_post_init__(self) -> None:
        _check_flags(self, Right)
        _dates_in_order(
            self,
            ("registration_date", "expiry_date", "a right cannot expire before it is registered"),
            ("filing_date", "expiry_date", "a right cannot expire before it is applied for"),
        )


def _right_names(value: str | Sequence[str]) -> tuple[str, ...]:
    """The rights a complaint names: a bare id, or a sequence of ids (R8 allows one)."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"right must be a str or a sequence of str, got {value!r}")
    return tuple(value)


def _some_listings(urls: object) -> str:
    """A complaint's listings in its repr: all of a few, the first three and a count of many
    (a planner's complaint holds up to 300; a notebook showed every one)."""
    if not isinstance(urls, tuple | list) or len(urls) <= _LISTINGS_SHOWN:
        return repr(urls)
    shown = ", ".join(repr(url) for url in urls[:3])
    return f"({shown}, ... {len(urls) - 3:,} more)"


#: The most listings a complaint's repr shows in full.
_LISTINGS_SHOWN = 5


#: What the rule says of a complaint's field that holds one value, by field: a list for it
#: (a plan's ``reason = ["a", "b"]``, a planner cell ``a;b``) is refused with these words.
#: ``right`` alone reads as a list in a plan (``complaint-several-rights``).
ONE_PER_COMPLAINT = {
    "right": "one right per complaint (R45: a complaint relies on one IPR document)",
    "reason": "one reason code per complaint (B16, R41: the form takes one)",
    "target": "one target kind per complaint (B16, R41: product listing or store front)",
    "order_number": (
        "one test purchase (one order number) per complaint"
        " (inferred from B17: a test-purchase document may be attached)"
    ),
}


@attrs.frozen(kw_only=True)
class Complaint:
    """One complaint: one right, one reason code, one target kind, its listings.

    ``right`` is the id of a right in the plan. A complaint relies on one IPR
    (R8, R45), but a plan may name several (``right = ["tm-1", "tm-2"]`` in a
    file, a sequence in Python): it reads, and the check reports the error
    ``complaint-several-rights``. ``rights`` holds every id named, in order;
    ``right`` is the first (the one the other checks look at).

    ``listings`` are the URLs as pasted; ``evidence`` holds the documents
    attached (:class:`Document` s or bare rule-book kinds, e.g.
    ``test_purchase_report``); ``filing_date`` defaults to the plan's date.

    What the filer knows about the target (R69, R80-R82): ``genuine_goods`` (the
    goods are genuine), ``parallel_import`` (genuine goods imported without the
    holder's consent), ``authorised_reseller`` (the seller is the holder's own
    authorised reseller), ``competitor_no_infringement`` (a competitor, no
    infringement found). Each makes the complaint abusive.

    The rights are set by their init name ``right`` everywhere, in
    :func:`attrs.evolve` too (attrs passes init names; ``rights=`` is the
    attribute, not an init argument, and is refused with a ``TypeError``):

    >>> c = Complaint(id="c1", platform="taobao", right="tm-1", reason="tm_counterfeit")
    >>> attrs.evolve(c, right=["tm-1", "tm-2"]).rights
    ('tm-1', 'tm-2')
    >>> attrs.evolve(c, right="tm-3").right, attrs.evolve(c, reason="tm_misuse").rights
    ('tm-3', ('tm-1',))
    """

    id: str
    platform: str
    rights: tuple[str, ...] = attrs.field(
        alias="right", converter=_right_names, metadata={ONE_OR_MANY: True}
    )
    reason: str = attrs.field(metadata={ONE_PER: ONE_PER_COMPLAINT["reason"]})
    channel: ChannelId = ChannelId.PORTAL
    target: Target = attrs.field(
        default=Target.LISTING,
        metadata={ONE_PER: ONE_PER_COMPLAINT["target"]},
    )
    listings: tuple[str, ...] = attrs.field(default=(), repr=_some_listings)
    supplement: str = ""
    evidence: tuple[Document, ...] = attrs.field(default=(), converter=_evidence)
    order_number: str | None = attrs.field(
        default=None, metadata={ONE_PER: ONE_PER_COMPLAINT["order_number"]}
    )
    filing_date: dt.date | None = attrs.field(default=None, converter=_filing_date)
    genuine_goods: bool = False
    parallel_import: bool = False
    authorised_reseller: bool = False
    competitor_no_infringement: bool = False

    def __attrs_post_init__(self) -> None:
        _check_flags(self, Complaint)

    @property
    def right(self) -> str:
        """The right the complaint relies on: the first named (``""`` if none is).

        >>> Complaint(id="c1", platform="taobao", right=["tm-1", "tm-2"], reason="x").right
        'tm-1'
        """
        return self.rights[0] if self.rights else ""


@attrs.frozen(kw_only=True)
class Plan:
    """A plan of complaints: who files, on which rights, and what.

    ``as_of`` is the planned filing date (a complaint's own ``filing_date``
    wins for that complaint). ``interpretation`` is the reading of the rule book the plan
    was made under (the planner writes it): ``check``, ``coverage`` and ``plan_listings``
    use it when none is asked for.

    >>> import ipprules
    >>> plan = ipprules.read_plan("examples/plan.toml")
    >>> plan.account.name, [r.id for r in plan.rights][:2], len(plan.complaints) > 0
    ('Lumen Optics Co., Ltd.', ['tm-cn-9', 'tm-us-9'], True)
    """

    account: Account
    rights: tuple[Right, ...] = ()
    complaints: tuple[Complaint, ...] = ()
    as_of: dt.date | None = attrs.field(default=None, converter=_as_of)
    interpretation: str | None = attrs.field(default=None, validator=optional_of(str))

    def __repr__(self) -> str:
        """One line, whatever the plan's size (a notebook showed every field of every listing).

        >>> import ipprules
        >>> ipprules.read_plan("examples/plan.toml")  # doctest: +NORMALIZE_WHITESPACE
        <Plan 'Lumen Optics Co., Ltd.': 4 right(s), 8 complaint(s), 18 listing(s),
         as of 2026-11-23>
        """
        from ipprules.errors import shown_value

        account = self.account
        who = shown_value(account.name if isinstance(account, Account) else account, 60)
        listings = sum(len(c.listings) for c in self.complaints if isinstance(c, Complaint))
        when = f", as of {self.as_of.isoformat()}" if self.as_of is not None else ""
        reading = f" ({self.interpretation})" if self.interpretation is not None else ""
        return (
            f"<Plan {who}: {len(self.rights)} right(s), {len(self.complaints)} complaint(s), "
            f"{listings} listing(s){when}{reading}>"
        )

    def _repr_html_(self) -> str:
        """Notebook rendering: the one line of ``repr`` and a table of the complaints (id,
        platform, right, reason, target, number of listings), every value HTML-escaped.

        >>> import ipprules
        >>> "<td>tb-counterfeit</td>" in ipprules.read_plan("examples/plan.toml")._repr_html_()
        True
        """

        e = shown_html
        rows = "".join(
            f"<tr><td>{e(c.id)}</td><td>{e(c.platform)}</td><td>{e(', '.join(c.rights))}</td>"
            f"<td>{e(c.reason)}</td><td>{e(str(getattr(c.target, 'value', c.target)))}</td>"
            f"<td>{len(c.listings)}</td></tr>"
            for c in self.complaints
            if isinstance(c, Complaint)
        )
        return (
            f"<div><p><strong>{e(repr(self))}</strong></p><table><thead><tr><th>complaint</th>"
            "<th>platform</th><th>right</th><th>reason</th><th>target</th><th>listings</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def to_dict(self) -> dict[str, typing.Any]:
        """The plan as plain JSON-ready data, with a plan file's keys (dates as ISO strings):
        what :func:`~ipprules.checks.plan_from_data` reads back, and what the planner writes
        as ``plan.json`` (``json.dumps`` it, or write it as TOML, for ``ipprules check``).

        >>> import ipprules
        >>> from ipprules.checks import plan_from_data
        >>> plan = ipprules.read_plan("examples/plan.toml")
        >>> data = plan.to_dict()
        >>> data["as_of"], data["complaints"][0]["right"], data["rights"][0]["id"]
        ('2026-11-23', 'tm-cn-9', 'tm-cn-9')
        >>> plan_from_data(data) == plan
        True
        """
        from ipprules._args import require_instance
        from ipprules._convert import structure, unstructure

        require_instance(self.account, Account, "account")
        for name, cls in (("rights", Right), ("complaints", Complaint)):
            items = getattr(self, name)
            if not isinstance(items, tuple | list):  # a str would be read letter by letter
                raise TypeError(f"{name} must be a tuple, got {type(items).__name__}")
            for i, item in enumerate(items):
                require_instance(item, cls, f"{name}[{i}]")
        try:
            data: dict[str, typing.Any] = unstructure(self)
        except (AttributeError, TypeError, ValueError) as exc:  # a record where none belongs
            raise TypeError(f"the plan holds a value of the wrong type ({exc})") from None
        structure(data, Plan)  # a value no plan file could hold: InputError at its JSON path
        return data

    #: The same as :meth:`to_dict`: both names work on every result.
    as_dict = to_dict

    def right(self, right_id: str) -> Right:
        """The right with this id (:class:`~ipprules.errors.UnknownNameError`, with the
        nearest id, if there is none).

        >>> import ipprules
        >>> plan = ipprules.read_plan("examples/plan.toml")
        >>> plan.right("tm-cn-9").place
        'CN'
        >>> plan.right("tm-cn9")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown right 'tm-cn9' (did you mean 'tm-cn-9'?)...
        """
        from ipprules._vocab import check_name

        right_id = check_name("right", right_id, [r.id for r in self.rights], param="right_id")
        return next(item for item in self.rights if item.id == right_id)
